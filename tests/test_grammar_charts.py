"""Charts flattened to text (legend, values, axis years on lines of their own): every example
is written for the test."""

from datetime import date

from pipelines.extract import extract
from pipelines.normalise import normalise

PUB = date(2026, 3, 10)


def _chart(raw: str, published: date | None = PUB):
    text = normalise(raw).text
    obs = extract(text, published)
    for o in obs:
        assert text[o.char_start : o.char_end] == o.value_text
    return [
        (o.value_text, o.subject, o.measure, o.value, o.unit, o.period_end.year)
        for o in obs
        if o.trace.get("value") == "chart_value"
    ]


def test_two_series_on_one_legend_line_with_a_line_of_values_each_and_bare_axis_years():
    raw = (
        "全省数据中心机架数持续增长。\n"
        "图2 2021—2024年全省在用机架数及增速\n"
        "在用机架数（万架）　增速（%）\n"
        "12.5　14.1　16.8　19.2\n"
        "—　12.8　19.1　14.3\n"
        "2021　2022　2023　2024\n"
        "数据来源：某省通信管理局\n"
    )
    read = _chart(raw)
    assert read[:4] == [
        ("12.5", "全省在用机架数", "level", 125000.0, "架", 2021),
        ("14.1", "全省在用机架数", "level", 141000.0, "架", 2022),
        ("16.8", "全省在用机架数", "level", 168000.0, "架", 2023),
        ("19.2", "全省在用机架数", "level", 192000.0, "架", 2024),
    ]
    # The dash holds the first year's growth, which the chart does not give.
    assert [(v, s, m, y) for v, s, m, _, _, y in read[4:]] == [
        ("12.8", "全省在用机架数", "growth", 2022),
        ("19.1", "全省在用机架数", "growth", 2023),
        ("14.3", "全省在用机架数", "growth", 2024),
    ]


def test_a_unit_line_under_a_numbered_caption_names_one_series_after_the_caption():
    raw = (
        "图5　2022～2025年我国跨境电商进出口规模\n"
        "单位：万亿元\n"
        "2.11　2.38　2.63　2.71\n"
        "2022年　2023年　2024年　2025年\n"
    )
    read = _chart(raw)
    assert [(s, m, v, u, y) for _, s, m, v, u, y in read] == [
        ("跨境电商进出口规模", "level", 2.11e12, "元", 2022),
        ("跨境电商进出口规模", "level", 2.38e12, "元", 2023),
        ("跨境电商进出口规模", "level", 2.63e12, "元", 2024),
        ("跨境电商进出口规模", "level", 2.71e12, "元", 2025),
    ]


def test_values_and_years_one_a_line_take_the_legend_series_in_order():
    raw = "\n".join(
        [
            "2022—2024年某市快递业务量情况",
            "■ 快递业务量（亿件）",
            "— 占全省比重（%）",
            *["8.6", "9.4", "10.9", "21.3", "22.0", "23.5"],
            *["2022", "2023", "2024"],
        ]
    )
    read = _chart(raw)
    assert [(v, m, y) for v, _, m, _, _, y in read] == [
        ("8.6", "level", 2022),
        ("9.4", "level", 2023),
        ("10.9", "level", 2024),
        ("21.3", "share", 2022),
        ("22.0", "share", 2023),
        ("23.5", "share", 2024),
    ]
    # The caption names the series in full, with its place.
    assert {s for _, s, *_ in read} == {"某市快递业务量"}


def test_a_legends_short_label_is_named_in_full_by_the_caption():
    raw = (
        "图1 2023—2025年全市规模以上工业互联网平台企业数量\n"
        "企业数量（家）\n"
        "46　58　71\n"
        "2023　2024　2025\n"
    )
    assert [s for _, s, *_ in _chart(raw)] == ["工业互联网平台企业数量"] * 3


def test_a_block_whose_counts_disagree_is_not_read_as_a_chart():
    # Five values under three years: which value stands on which bar is unknown.
    raw = (
        "图4 2023—2025年某县粮食产量\n粮食产量（万吨）\n"
        "51.2　52.6　53.0　49.8　50.1\n2023　2024　2025\n"
    )
    assert _chart(raw) == []
    # A line of figures that is no chart's: an infographic's card.
    assert _chart("全年主要指标\n6328.5亿元\n地区生产总值\n") == []


def test_years_after_publication_are_targets():
    raw = "图6 2025—2027年算力规模\n算力规模（EFLOPS）\n8.2　11.0　15.0\n2025　2026　2027\n"
    obs = extract(normalise(raw).text, PUB)
    kinds = [(o.value_text, o.kind) for o in obs if o.trace.get("value") == "chart_value"]
    assert kinds == [("8.2", "actual"), ("11.0", "target"), ("15.0", "target")]


def test_each_series_label_over_its_own_values():
    lines = ["图3 2023—2025年某省数据交易情况", "交易额（亿元）", "18.2", "26.5", "41.0"]
    lines += ["交易笔数（万笔）", "3.1", "4.4", "6.2", "2023　2024　2025"]
    raw = "\n".join(lines)
    read = _chart(raw)
    assert [(v, s, u, y) for v, s, _, _, u, y in read] == [
        ("18.2", "交易额", "元", 2023),
        ("26.5", "交易额", "元", 2024),
        ("41.0", "交易额", "元", 2025),
        ("3.1", "交易笔数", "笔", 2023),
        ("4.4", "交易笔数", "笔", 2024),
        ("6.2", "交易笔数", "笔", 2025),
    ]


def test_a_numbered_table_of_one_series_under_a_unit_line_and_the_next_table_title():
    raw = (
        "表2 甲省机架总数（2027—2029年）\n"
        "单位：万架\n"
        "2027年 2028年 2029年\n"
        "10.5 12.0 14.2\n"
        "表3 分地区机架情况（2029年末）\n"
        "地区 机架数\n"
    )
    got = _chart(raw, date(2030, 5, 1))
    assert got == [
        ("10.5", "甲省机架总数", "level", 105000.0, "架", 2027),
        ("12.0", "甲省机架总数", "level", 120000.0, "架", 2028),
        ("14.2", "甲省机架总数", "level", 142000.0, "架", 2029),
    ]


def test_a_caption_glossing_its_unit_heads_the_values_of_its_one_series():
    raw = (
        "全市已建成数据中心标准机架1.9万架。\n"
        "图 3-2　2022—2025 年全市数据中心标准机架数（万架）\n"
        "1.1\n1.4\n1.6\n1.9\n2022 年\n2023 年\n2024 年\n2025 年\n资料来源：市通信管理局\n"
    )
    obs = extract(normalise(raw).text, date(2026, 4, 1))
    charted = [(o.value_text, o.value, o.unit, o.period_end.year) for o in obs if o.period_end]
    assert charted[-4:] == [
        ("1.1", 11000, "架", 2022),
        ("1.4", 14000, "架", 2023),
        ("1.6", 16000, "架", 2024),
        ("1.9", 19000, "架", 2025),
    ]
    assert {o.subject for o in obs[-4:]} == {"全市数据中心标准机架数"}


def test_a_caption_glossing_its_unit_over_prose_reads_no_chart():
    raw = (
        "图1　2025年全市数据中心标准机架数（万架）\n"
        "全市已建成数据中心标准机架1.9万架，同比增长18.8%。\n"
    )
    obs = extract(normalise(raw).text, date(2026, 4, 1))
    assert [o.value_text for o in obs] == ["1.9万架", "18.8%"]


def _labelled(raw: str):
    text = normalise(raw).text
    return [
        (o.value_text, o.subject, o.breakdown, o.measure, o.value, o.unit, o.period_end)
        for o in extract(text, PUB)
    ]


def test_a_caption_strip_of_years_with_thousands_set_apart_by_commas():
    raw = (
        "图：全市登记的社会组织数量（个）\n"
        "2023年 1,204｜2024年 1,318｜2025年 1,452\n"
        "资料来源：市民政局\n"
    )
    assert [(v, value, end.year) for v, _, _, _, value, _, end in _labelled(raw)] == [
        ("1,204", 1204.0, 2023),
        ("1,318", 1318.0, 2024),
        ("1,452", 1452.0, 2025),
    ]


def test_a_caption_strip_of_age_groups_at_the_end_of_the_year():
    raw = "▲图3　2025年末全县户籍人口年龄构成\n0—17岁 18.2% ｜ 18—64岁 64.5% ｜ 65岁及以上 17.3%\n"
    read = _labelled(raw)
    assert [(b, m, v, u, str(e)) for _, _, b, m, v, u, e in read] == [
        ("0—17岁", "share", 18.2, "%", "2025-12-31"),
        ("18—64岁", "share", 64.5, "%", "2025-12-31"),
        ("65岁及以上", "share", 17.3, "%", "2025-12-31"),
    ]


def test_a_strip_of_statements_between_bars_is_no_table():
    raw = "【字幕】城区公交线路　86条｜新能源公交车　1,240辆｜日均客运量　31.5万人次\n"
    read = _labelled(raw)
    assert [(s, v, u) for _, s, _, _, v, u, _ in read] == [
        ("城区公交线路", 86.0, "条"),
        ("新能源公交车", 1240.0, "辆"),
        ("日均客运量", 315000.0, "人次"),
    ]


def test_a_legend_without_units_under_an_axis_of_year_ends_names_each_series():
    read = _chart(
        "图4　全市移动支付用户规模和移动支付普及率\n单位：万人\n2,870　　3,015　　3,142\n"
        "55.2%　　57.9%　　60.3%\n2023.12　　2024.12　　2025.12\n"
        "■移动支付用户规模　●移动支付普及率\n\n"
        "全市移动支付用户稳步增加。"
    )
    assert read == [
        ("2,870", "全市移动支付用户规模", "level", 28_700_000, "人", 2023),
        ("3,015", "全市移动支付用户规模", "level", 30_150_000, "人", 2024),
        ("3,142", "全市移动支付用户规模", "level", 31_420_000, "人", 2025),
        ("55.2%", "移动支付普及率", "level", 55.2, "%", 2023),
        ("57.9%", "移动支付普及率", "level", 57.9, "%", 2024),
        ("60.3%", "移动支付普及率", "level", 60.3, "%", 2025),
    ]
