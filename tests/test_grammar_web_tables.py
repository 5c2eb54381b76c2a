"""Tables as web pages and text exports lay them out: rows ruled with bars (what the HTML reader
makes of <table>), the |---| rule under a header, cells merged across columns, blank cells, and
tables drawn with box characters. Every table here was written for the test."""

from datetime import date

from pipelines.extract import extract
from pipelines.normalise import normalise
from pipelines.readers import read_content


def _run(raw: str, published: date):
    text = normalise(raw).text
    obs = extract(text, published)
    for o in obs:
        assert text[o.char_start : o.char_end] == o.value_text
    return obs


def _cells(obs):
    return [(o.value_text, o.subject, o.breakdown, o.measure, o.period_end) for o in obs]


# A page long enough for the reader's main-content pass (a short one goes to its fallback,
# which flattens tables into a cell a line).
_LEAD = (
    "<p>全县上下坚持稳中求进工作总基调，扎实推进各项工作，经济运行总体平稳、稳中有进，"
    "产业结构持续优化，民生保障有力有效，社会大局和谐稳定，各乡镇发展协调性进一步增强，"
    "为完成全年目标任务打下了坚实基础。现将主要指标公布如下，数据均为初步统计数。</p>"
)


def _page(body: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>某县统计公报</title></head><body>'
        f'<div class="article"><h1>某县统计公报</h1>{_LEAD}{body}{_LEAD}</div></body></html>'
    ).encode()


def test_a_rule_under_the_header_keeps_the_years_of_its_columns():
    obs = _run(
        "表4 历年农村常住人口\n"
        "| 指标 | 2027年 | 2028年 | 2029年 |\n"
        "|---|---|---|---|\n"
        "| 农村常住人口（万人） | 88.4 | 86.9 | 85.1 |\n",
        date(2030, 4, 2),
    )
    assert [(o.value_text, o.period_end.year, o.value) for o in obs] == [
        ("88.4", 2027, 884000),
        ("86.9", 2028, 869000),
        ("85.1", 2029, 851000),
    ]


def test_groups_merged_across_columns_over_repeated_columns():
    page = _page(
        "<p>2029年各镇经济运行平稳。</p><table>"
        '<tr><td rowspan="2">镇</td><td colspan="2">地区生产总值</td>'
        '<td colspan="2">一般公共预算收入</td></tr>'
        "<tr><td>总量(亿元)</td><td>增长(%)</td><td>总量(亿元)</td><td>增长(%)</td></tr>"
        "<tr><td>东岙镇</td><td>31.7</td><td>6.2</td><td>1.46</td><td>-2.1</td></tr>"
        "</table>"
    )
    obs = _run(read_content(page, "html").text, date(2030, 3, 9))
    assert [(o.value_text, o.subject, o.breakdown, o.measure, o.value) for o in obs[-4:]] == [
        ("31.7", "地区生产总值", "东岙镇", "level", 3.17e9),
        ("6.2", "地区生产总值", "东岙镇", "growth", 6.2),
        ("1.46", "一般公共预算收入", "东岙镇", "level", 1.46e8),
        ("-2.1", "一般公共预算收入", "东岙镇", "growth", -2.1),
    ]


def test_a_blank_cell_keeps_the_cells_after_it_in_their_columns():
    page = _page(
        "<p>2030年1-8月全县工业生产情况如下。</p><table>"
        "<tr><th>指标</th><th>8月</th><th></th><th>1-8月</th><th></th></tr>"
        "<tr><th></th><th>绝对量</th><th>同比增长(%)</th><th>绝对量</th><th>同比增长(%)</th></tr>"
        "<tr><td>规模以上工业增加值</td><td></td><td>4.4</td><td></td><td>5.3</td></tr>"
        "<tr><td>光伏电池(万千瓦)</td><td>61.2</td><td>9.5</td><td>402.8</td><td>11.7</td></tr>"
        "</table>"
    )
    obs = _run(read_content(page, "html").text, date(2030, 9, 14))
    table = [
        (o.value_text, o.subject, o.measure) for o in obs if "\t" in o.sentence or "|" in o.sentence
    ]
    assert table[:2] == [
        ("4.4", "规模以上工业增加值", "growth"),
        ("5.3", "规模以上工业增加值", "growth"),
    ]
    assert [o.period_start.month for o in obs if o.subject == "光伏电池"] == [8, 8, 1, 1]


def test_a_table_drawn_in_box_characters():
    obs = _run(
        "表6　2029年分行业软件业务收入\n"
        "                                  单位：亿元、%\n"
        "┌──────────┬──────────┬────────┐\n"
        "│  行  业  │ 业务收入 │  增长  │\n"
        "├──────────┼──────────┼────────┤\n"
        "│ 软件产品 │   97.3   │  8.6   │\n"
        "├──────────┼──────────┼────────┤\n"
        "│ 嵌入式系统软件 │   24.1   │  13.2  │\n"
        "└──────────┴──────────┴────────┘\n",
        date(2030, 2, 20),
    )
    assert [(o.value_text, o.breakdown, o.measure, o.value) for o in obs] == [
        ("97.3", "软件产品", "level", 9.73e9),
        ("8.6", "软件产品", "growth", 8.6),
        ("24.1", "嵌入式系统软件", "level", 2.41e9),
        ("13.2", "嵌入式系统软件", "growth", 13.2),
    ]
    assert {o.subject for o in obs} == {"软件业务收入"}


def test_a_yearbook_table_number_before_a_title_opening_with_a_unit_word():
    obs = _run(
        "3-7 人口变动情况\n年份\t出生率（‰）\t死亡率（‰）\n2029\t6.41\t7.93\n",
        date(2030, 9, 1),
    )
    assert [(o.value_text, o.subject) for o in obs] == [("6.41", "出生率"), ("7.93", "死亡率")]
