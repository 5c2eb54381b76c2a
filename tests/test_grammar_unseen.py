"""Rules for bulletins the grammar was not written on: each rule on a real excerpt and on
sentences written for the test in other genres (a 工信部 telecom release, a provincial
statistics bureau release, a news repost)."""

from datetime import date

import pytest

from pipelines.extract import extract
from pipelines.extract.numbers import cjk_number, lex
from pipelines.extract.periods import counts_roc_years
from pipelines.normalise import normalise

PUB = date(2025, 4, 20)


def _run(raw: str, published: date | None = PUB):
    text = normalise(raw).text
    obs = extract(text, published)
    for o in obs:
        assert text[o.char_start : o.char_end] == o.value_text
    return obs


def _one(obs, value_text):
    found = [o for o in obs if o.value_text == value_text]
    assert len(found) == 1, [(o.value_text, o.subject) for o in obs]
    return found[0]


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("run", "value"),
    [
        ("一千二百", 1200),
        ("两", 2),
        ("三万", 30000),
        ("三十点五", 30.5),
        ("一百零五", 105),
        ("三亿五千万", 3.5e8),
        ("十二", 12),
        ("一二三", None),
    ],
)
def test_cjk_numerals(run, value):
    assert cjk_number(run) == value


def test_cjk_quantities_telecom_and_news():
    # 工信部-style: 百分之 percentages and counts written in words.
    obs = _run("全国移动电话用户中，5G用户占比达到百分之五十点五，新增两家基础电信企业。")
    pct = _one(obs, "百分之五十点五")
    assert (pct.measure, pct.value, pct.unit) == ("share", 50.5, "%")
    assert _one(obs, "两家").value == 2
    # 一 alone is an article, 一二三产 a list of numerals, 第一 an ordinal.
    assert not _run("推出一批新产品，一二三产融合发展，位居全国第一。")
    obs = _run("参会群众达三万多人。")
    q = _one(obs, "三万多人")
    assert (q.value, q.unit, q.qualifier) == (30000, "人", "over")


def test_space_grouped_thousands_and_spaced_magnitudes():
    q = lex("收入16 257.71亿元")[0]
    assert q.value == pytest.approx(1625771000000)
    obs = _run("全省金融机构贷款余额4.31 万 亿 元。")
    assert _one(obs, "4.31万亿元").value == pytest.approx(4.31e12)


def test_decimal_cut_by_line_wrap():
    obs = _run("全市规模以上工业增加值增长4.\n31%。")
    assert _one(obs, "4.31%").value == pytest.approx(4.31)


@pytest.mark.parametrize(
    ("raw", "low", "high", "unit", "measure"),
    [
        ("全省生产总值增长5%—6%。", 5, 6, "%", "growth"),
        ("全省生产总值增长5%-6%。", 5, 6, "%", "growth"),
        ("居民消费价格涨幅5—6%。", 5, 6, "%", "growth"),
        ("每个县新建3至5个数据中心。", 3, 5, "个", "level"),
        ("每年培育3到5个产业园区。", 3, 5, "个", "level"),
    ],
)
def test_ranges_give_two_bounds(raw, low, high, unit, measure):
    obs = [o for o in _run(raw) if o.range_bound]
    assert [(o.range_bound, o.value, o.unit, o.measure) for o in obs] == [
        ("lower", low, unit, measure),
        ("upper", high, unit, measure),
    ]
    assert obs[0].subject == obs[1].subject


def test_dates_ranges_are_not_ranges():
    assert not _run("1—4月份，2024-2025年度。")


# --- not statistics ------------------------------------------------------------------------


def test_numbers_inside_short_quoted_names():
    raw = "新建“15分钟品质文化生活圈”2415个，深入推进“3个100万”行动。"
    obs = _run(raw)
    assert [o.value_text for o in obs] == ["2415个"]
    assert obs[0].subject.endswith("品质文化生活圈")


def test_grades_and_age_categories():
    raw = "建成30万吨级航道，新建3人制篮球场120个，为0—6岁儿童提供筛查服务2万人次。"
    assert sorted(o.value_text for o in _run(raw)) == ["120个", "2万人次"]


def test_footnote_block_defines_terms():
    raw = (
        "全年规模以上工业增加值增长5.8%。\n注释：\n"
        "[1]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。\n"
        "[2]全国人口是指31个省、自治区、直辖市的人口。"
    )
    assert [o.value_text for o in _run(raw)] == ["5.8%"]


# --- units ---------------------------------------------------------------------------------


def test_compound_and_implied_units():
    obs = _run("全员劳动生产率达到30万元/人。千兆宽带用户突破2亿。")
    q = _one(obs, "30万元/人")
    assert (q.value, q.unit) == (300000, "元/人")
    users = _one(obs, "2亿")
    assert (users.unit, users.trace.get("unit")) == ("户", "implied_by_subject")
    # A provincial release: 人口 implies 人.
    assert _one(_run("年末全省常住人口3856万。"), "3856万").unit == "人"


# --- meaning -------------------------------------------------------------------------------


def test_event_date_does_not_date_later_figures():
    raw = "2024年，全省经济稳中向好。2021年2月，总书记来我省考察。地区生产总值增长5.2%。"
    obs = _run(raw, date(2025, 1, 20))
    assert _one(obs, "5.2%").period_end == date(2024, 12, 31)


def test_plan_period_targets():
    raw = "“十五五”时期，全省地区生产总值年均增长5%左右，人均预期寿命提高到80岁。"
    obs = _run(raw, date(2026, 2, 2))
    growth = _one(obs, "5%左右")
    assert (growth.period_end, growth.kind) == (date(2030, 12, 31), "target")
    # 预期寿命 names a statistic; it is not an expectation cue.
    assert _one(_run("人均预期寿命达到79岁。", date(2026, 2, 2)), "79岁").kind == "actual"


def test_subject_is_the_object_of_an_action_verb():
    obs = _run("布局建设省级概念验证中心67家，建成养老服务机构1596个，完成投资1.5万亿元。")
    assert _one(obs, "67家").subject == "省级概念验证中心"
    assert _one(obs, "1596个").subject == "养老服务机构"
    assert _one(obs, "1.5万亿元").subject == "完成投资"  # the object alone is too bare


def test_from_to_keeps_its_subject():
    obs = _run("全国重点实验室从15家跃升到38家。")
    assert {o.subject for o in obs} == {"全国重点实验室"}
    assert _one(obs, "38家").measure == "level"


def test_holding_verbs_and_bounds_end_the_subject():
    obs = _run("城镇调查失业率控制在5.5%左右，耕地保有量不少于5028万亩，失业率5%以内。")
    assert _one(obs, "5.5%左右").subject == "城镇调查失业率"
    bound = _one(obs, "5028万亩")
    assert (bound.subject, bound.qualifier) == ("耕地保有量", "over")
    assert _one(obs, "5%以内").qualifier == "under"


def test_siblings_take_the_measure_noun():
    # A provincial statistics bureau release.
    raw = "分行业看，纺织业增加值增长5.1%，汽车制造业增长9.1%；专业店零售额增长4.2%，超市增长2.7%。"
    obs = _run(raw)
    car = _one(obs, "9.1%")
    assert (car.subject, car.breakdown) == ("汽车制造业增加值", "汽车制造业")
    shop = _one(obs, "2.7%")
    assert (shop.subject, shop.breakdown) == ("超市零售额", "超市")


def test_stock_grew_by_is_a_change():
    obs = _run("各项贷款新增1.91万亿元，其中制造业中长期贷款新增1124亿元。")
    q = _one(obs, "1.91万亿元")
    assert (q.measure, q.subject) == ("change", "各项贷款")


def test_count_with_over_before_its_noun():
    obs = _run("累计引进和培育150家以上生态企业，村集体经营性收入50万元以上的行政村占比达68%。")
    q = _one(obs, "150家以上")
    assert (q.value, q.qualifier) == (150, "over")
    assert "50万元以上" not in {o.value_text for o in obs}


def test_footnote_mark_between_verb_and_number():
    obs = _run("全年全社会固定资产投资520916亿元，比上年增长[41]3.1%。")
    assert _one(obs, "3.1%").measure == "growth"


# --- traditional characters ----------------------------------------------------------------


def test_traditional_text_is_read_as_simplified():
    raw = "全年國內生產總值1349084億元，比上年增長5.0%。"
    n = normalise(raw)
    assert n.text.startswith("全年国内生产总值")
    assert len(n.text) == len(n.source_offsets)
    obs = extract(n.text, PUB)
    assert _one(obs, "5.0%").subject == "国内生产总值"
    assert _one(obs, "1349084亿元").value == pytest.approx(134908400000000)


@pytest.mark.parametrize(
    ("text", "value_text", "unit"),
    [
        ("工商业平均电价下降5分/千瓦时。", "5分/千瓦时", "分/千瓦时"),
        ("低保标准为4318元/年，提高到7226元/年。", "4318元/年", "元/年"),
        ("举办基层文化活动超10万场次。", "10万场次", "场次"),
        ("集装箱吞吐量4387万标箱。", "4387万标箱", "标箱"),
        ("全年平均气温为10.90℃。", "10.90℃", "℃"),
    ],
)
def test_compound_and_counted_units(text, value_text, unit):
    q = lex(text)[0]
    assert (text[q.start : q.end], q.unit) == (value_text, unit)


def test_sub_item_keeps_the_scope_of_its_parent():
    # A customs-style news repost.
    obs = _run("我国对东盟进出口额6.99万亿元，增长7.8%。其中，出口4.16万亿元，进口2.83万亿元。")
    exports = _one(obs, "4.16万亿元")
    assert (exports.subject, exports.breakdown) == ("出口", "东盟")
    # The parent's partner is its breakdown too (对东盟进出口额: the trade, with 东盟).
    whole = _one(obs, "6.99万亿元")
    assert (whole.subject, whole.breakdown) == ("进出口额", "东盟")


def test_adverbs_and_production_verbs_are_not_subjects():
    obs = _run("全省居民人均可支配收入41314元，名义增长5.3%，扣除价格因素实际增长5.1%。")
    assert {o.subject for o in obs} == {"全省居民人均可支配收入"}
    obs = _run("全年粮食产量70650万吨，比上年减产1109万吨。筹集建设保障性租赁住房15.6万套。")
    fall = _one(obs, "1109万吨")
    assert (fall.measure, fall.value, fall.subject) == ("change", -11090000, "粮食产量")
    assert _one(obs, "15.6万套").subject == "保障性租赁住房"


# --- research reports and white papers -----------------------------------------------------


def test_a_clause_saying_how_something_grows_names_the_figures_after_it():
    obs = _run(
        "全省规模以上工业增加值增长6.1%。新能源装备产业增势尤为强劲，全年增长28.4%，"
        "占全省工业的比重由上年的7.2%提升至8.5%。"
    )
    assert {_one(obs, v).subject for v in ("28.4%", "7.2%", "8.5%")} == {"新能源装备产业"}
    obs = _run("跨境电商快速兴起，2025年市场规模达到960亿元，同比增长18.2%。")
    assert _one(obs, "960亿元").subject == "跨境电商市场规模"


def test_a_range_that_a_rate_lies_between_is_a_growth_of_the_quantity():
    obs = _run("预计2026年全市软件收入将达到2100亿元左右，名义增速介于9%—11%之间。")
    low, high = _one(obs, "9%"), _one(obs, "11%")
    assert (low.measure, low.subject, high.measure) == ("growth", "全市软件收入", "growth")


def test_a_gap_to_another_region_is_about_the_subject_before():
    obs = _run("中部地区数据中心机架数同比增长21.5%，增速高于东部地区8.3个百分点。")
    gap = _one(obs, "8.3个百分点")
    assert (gap.measure, gap.subject) == ("pp_change", "中部地区数据中心机架数增速")


def test_bare_members_sharing_out_a_total_before_them():
    obs = _run("全球云服务市场规模约为6200亿美元，甲国、乙国、丙国分别占41.2%、17.5%和9.8%。")
    shares = [(o.subject, o.breakdown, o.measure) for o in obs if o.unit == "%"]
    assert shares == [
        ("全球云服务市场规模", "甲国", "share"),
        ("全球云服务市场规模", "乙国", "share"),
        ("全球云服务市场规模", "丙国", "share"),
    ]


def test_where_a_counted_population_acts_is_not_part_of_it():
    obs = _run("全年共有158家上市公司在年度报告中披露数据资产信息。")
    assert _one(obs, "158家").subject == "上市公司"
    # A short event after 在 is what is counted.
    obs = _run("前三季度共有21家企业在北交所上市。")
    assert _one(obs, "21家").subject == "企业在北交所上市"


def test_the_bar_a_counted_set_of_members_clears_is_no_statistic():
    obs = _run(
        "2025年，全国共有12个省份软件业务收入超过5000亿元，较上年增加1个。"
        "其中，甲、乙、丙3个省份软件业务收入超过1万亿元。"
    )
    assert [o.value_text for o in obs] == ["12个", "1个", "3个"]
    # Without a count of members before it, the figure is the quantity's own.
    obs = _run("全市规模以上工业企业1200家，营业收入超过5000亿元。")
    assert _one(obs, "5000亿元").measure == "level"


def test_a_ranked_table_takes_its_labels_after_the_rank_and_its_quantity_from_the_title():
    raw = (
        "表2 2025年软件业务收入居前三位的城市\n"
        "排名\t城市\t收入（亿元）\t增速（%）\n"
        "1\t甲市\t3120\t12.4\n"
        "2\t乙市\t2210\t10.8\n"
    )
    obs = _run(raw)
    rows = [(o.value_text, o.subject, o.breakdown, o.measure) for o in obs]
    assert rows == [
        ("3120", "软件业务收入", "甲市", "level"),
        ("12.4", "软件业务收入", "甲市", "growth"),
        ("2210", "软件业务收入", "乙市", "level"),
        ("10.8", "软件业务收入", "乙市", "growth"),
    ]


def test_a_first_column_headed_by_a_class_word_still_labels_the_rows():
    raw = "类别\t增加值（亿元）\t增长（%）\n数字产品制造业\t1260\t8.1\n"
    obs = _run(raw)
    assert [(o.value_text, o.breakdown or o.subject) for o in obs] == [
        ("1260", "数字产品制造业"),
        ("8.1", "数字产品制造业"),
    ]


# --- Hong Kong, Macau and Taiwan usage -----------------------------------------------------


def test_months_in_cjk_numerals_date_their_figures():
    pub = date(2027, 5, 20)
    obs = _run("二〇二七年四月訪港旅客約380萬人次，按年上升6.2%。", pub)
    assert {(o.period_type, o.period_end) for o in obs} == {("month", date(2027, 4, 30))}
    obs = _run("二〇二七年二月至四月的失業率為3.0%。", pub)
    assert (_one(obs, "3.0%").period_end, _one(obs, "3.0%").subject) == (
        date(2027, 4, 30),
        "失业率",
    )
    obs = _run("內地首四月軟件收入按年增長9.1%。", pub)
    growth = _one(obs, "9.1%")
    assert (growth.subject, growth.period_type, growth.period_end) == (
        "内地软件收入",
        "year_to_date",
        date(2027, 4, 30),
    )
    obs = _run("七八月份全市接待遊客一千一百萬人次。", date(2027, 9, 10))
    assert (_one(obs, "一千一百万人次").subject, _one(obs, "一千一百万人次").period_end) == (
        "全市接待游客",
        date(2027, 8, 31),
    )


def test_a_table_column_of_year_on_year_changes_holds_growth_rates():
    raw = (
        "表一　按商品類別劃分的零售業銷貨額（二〇二七年三月）\n"
        "商品類別\t銷貨價值（百萬元）\t銷貨價值按年變動（%）\n"
        "食品及飲品\t4,210\t2.3\n"
    )
    obs = _run(raw, date(2027, 5, 2))
    change = _one(obs, "2.3")
    assert (change.subject, change.breakdown, change.measure) == (
        "销货价值",
        "食品及饮品",
        "growth",
    )


def test_a_change_then_the_level_it_reached_is_no_range():
    obs = _run("失業人數由一月至三月的118,600人減少1,900人至116,700人。")
    assert [(o.value_text, o.measure) for o in obs] == [
        ("118,600人", "level"),
        ("1,900人", "change"),
        ("116,700人", "level"),
    ]
    # Close ends after a verb are still a range.
    obs = _run("預計今年增長5%至6%。")
    assert [o.range_bound for o in obs] == ["lower", "upper"]


def test_a_headlines_closing_outlook_dates_none_of_its_figures():
    raw = (
        "陸伺服器出貨年增3成　台鏈下半年看俏\n"
        "\n"
        "截至今年6月底，大陸伺服器出貨量達120萬台，年增31.2%。\n"
    )
    obs = _run(raw, date(2027, 8, 16))
    assert _one(obs, "3成").kind == "actual"
    assert _one(obs, "120万台").period_end == date(2027, 6, 30)


def test_strong_headline_verbs_govern_growth_rates():
    obs = _run("AI伺服器出貨暴增52%，傳統伺服器出貨銳減8%。")
    assert [(o.subject, o.measure, o.value) for o in obs] == [
        ("AI伺服器出货", "growth", 52.0),
        ("传统伺服器出货", "growth", -8.0),
    ]


def test_same_day_visitors_keep_their_name():
    obs = _run("即日來回旅客約190萬人次，按年上升9.8%。")
    assert _one(obs, "190万人次").subject == "即日来回旅客"


# --- digital-economy sector releases -------------------------------------------------------


def test_a_documents_number_dates_none_of_its_figures():
    raw = (
        "甲省数据局关于2025年全省数据产业发展情况的通报\n"
        "\n"
        "甲数发〔2026〕3号\n"
        "\n"
        "一、总体情况\n"
        "\n"
        "按类型分，数据服务企业1260家。\n"
    )
    obs = _run(raw, date(2026, 2, 20))
    firms = _one(obs, "1260家")
    assert (firms.period_end, firms.kind) == (date(2025, 12, 31), "actual")


def test_a_categorys_share_of_a_quantity_is_its_part_of_that_quantity():
    obs = _run("数字产品制造业占核心产业增加值的比重为31.2%，比上年提高0.8个百分点。")
    assert {o.subject for o in obs} == {"数字产品制造业增加值"}
    # A whole that names no measure adds none.
    assert _one(_run("制造业占全市工业的比重为80%。"), "80%").subject == "制造业"


def test_a_sub_item_that_names_only_the_event_counts_the_parents_things():
    obs = _run("全年新注册数据企业845家，其中四季度新注册231家。")
    assert _one(obs, "231家").subject == "新注册数据企业"


# --- press conferences ---------------------------------------------------------------------


def test_a_rate_given_as_the_base_of_a_comparison_is_of_the_base_time():
    pub = date(2026, 10, 20)
    obs = _run("前三季度全省GDP增长5.3%，比上半年的5.5%略有回落。", pub)
    assert _one(obs, "5.3%").period_end == date(2026, 9, 30)
    assert _one(obs, "5.5%").period_end == date(2026, 6, 30)
    obs = _run("1—8月投资增长4.2%，较1—7月的3.9%加快0.3个百分点。", pub)
    assert _one(obs, "3.9%").period_end == date(2026, 7, 31)
    obs = _run("前三季度出口增长6%，比上年同期的2.4%明显加快。", pub)
    assert _one(obs, "2.4%").period_end == date(2025, 9, 30)


def test_progress_on_a_plan_that_states_its_own_figure():
    obs = _run("城镇新增就业56.2万人，完成全年70万人以上目标任务的80.3%。", date(2026, 10, 20))
    target, progress = _one(obs, "70万人以上"), _one(obs, "80.3%")
    assert (target.subject, target.kind, target.qualifier) == ("城镇新增就业", "target", "over")
    assert (progress.subject, progress.breakdown) == ("城镇新增就业", "目标任务")


def test_built_this_year_after_a_stock_is_its_change():
    obs = _run("截至2025年底，全省累计建成充电桩8.6万个，当年新建1.9万个。", date(2026, 3, 1))
    built = _one(obs, "1.9万个")
    assert (built.subject, built.measure, built.period_end) == (
        "全省累计建成充电桩",
        "change",
        date(2025, 12, 31),
    )


def test_how_a_speaker_orders_an_answer_is_no_count():
    obs = _run("今年的数据主要有三个特点：一是总量稳步扩大，全年增长6.2%。")
    assert [o.value_text for o in obs] == ["6.2%"]


# --- statistical yearbooks -----------------------------------------------------------------


def test_a_yearbook_table_with_years_for_columns_and_a_unit_column():
    raw = (
        "表5-3 通信能力（年末数）\n"
        "指标\t单位\t2023\t2024\t2025\n"
        "光缆线路长度\t万公里\t18.2\t19.6\t21.1\n"
    )
    obs = _run(raw, date(2026, 10, 1))
    assert [(o.value, o.unit, o.period_end.year) for o in obs] == [
        (182000.0, "公里", 2023),
        (196000.0, "公里", 2024),
        (211000.0, "公里", 2025),
    ]


def test_rows_labelled_by_year_under_a_header_of_two_lines():
    raw = (
        "表8-1 信息服务业主要指标\n"
        "年份\t营业收入（亿元）\t\t企业数\n"
        "\t合计\t软件业务收入\t（家）\n"
        "2024\t512.6\t301.2\t880\n"
        "2025\t566.0\t342.5\t931\n"
    )
    obs = _run(raw, date(2026, 10, 1))
    rows = [(o.value_text, o.subject, o.unit, o.period_end.year) for o in obs]
    assert rows[:3] == [
        ("512.6", "营业收入", "元", 2024),
        ("301.2", "软件业务收入", "元", 2024),
        ("880", "企业数", "家", 2024),
    ]
    assert len(rows) == 6


def test_a_header_whose_units_stand_below_its_names():
    raw = (
        "表2 分行业主要指标\n"
        "\t企业单位数\t营业收入\t\t利润总额\n"
        "行业\t（个）\t总额（亿元）\t比上年增长（%）\t（亿元）\n"
        "互联网和相关服务\t118\t205.3\t9.4\t21.7\n"
    )
    obs = _run(raw, date(2026, 10, 1))
    assert [(o.subject, o.measure, o.unit, o.breakdown) for o in obs] == [
        ("企业单位数", "level", "个", "互联网和相关服务"),
        ("营业收入", "level", "元", "互联网和相关服务"),
        ("营业收入", "growth", "%", "互联网和相关服务"),
        ("利润总额", "level", "元", "互联网和相关服务"),
    ]


def test_a_structure_line_makes_the_rows_below_it_shares_of_the_whole():
    raw = (
        "表3 软件业务收入构成\n"
        "单位：%\n"
        "指标\t2024年\t2025年\n"
        "软件业务收入比上年增长\t10.2\t11.5\n"
        "软件业务收入构成（软件业务收入=100）\n"
        "软件产品收入\t28.4\t27.9\n"
    )
    obs = _run(raw, date(2026, 10, 1))
    assert [(o.value_text, o.subject, o.breakdown, o.measure) for o in obs] == [
        ("10.2", "软件业务收入", None, "growth"),
        ("11.5", "软件业务收入", None, "growth"),
        ("28.4", "软件业务收入", "软件产品收入", "share"),
        ("27.9", "软件业务收入", "软件产品收入", "share"),
    ]


def test_a_yearbooks_edition_year_is_the_year_after_its_figures():
    raw = "某市统计年鉴2026\n\n年末全市移动电话用户862.4万户。\n"
    assert _one(_run(raw, date(2026, 10, 1)), "862.4万户").period_end == date(2025, 12, 31)


def test_full_time_equivalents_are_counted_in_person_years():
    obs = _run("全省R&D人员折合全时当量12.6万人年，增长5.1%。")
    assert (_one(obs, "12.6万人年").unit, _one(obs, "12.6万人年").value) == ("人年", 126000.0)


def test_a_header_whose_names_wrapped_onto_a_second_line():
    raw = (
        "附件  各市完成情况\n"
        "序号\t设区市\t完成改造\t年度目标\t新认定省级\n"
        "企业数(家)\t(家)\t智能工厂(个)\n"
        "1\t甲市\t312\t280\t12\n"
    )
    obs = _run(raw, date(2026, 4, 20))
    assert [(o.value_text, o.unit, o.breakdown) for o in obs] == [
        ("312", "家", "甲市"),
        ("280", "家", "甲市"),
        ("12", "个", "甲市"),
    ]


def test_a_yearbook_index_table_and_a_unit_line_over_a_classified_table():
    raw = (
        "3-2  地区生产总值指数\n"
        "上年=100\n"
        "年份\t地区生产总值\t第一产业\n"
        "2025\t105.4\t103.6\n"
        "\n"
        "3-3  分行业增加值\n"
        "单位：亿元\n"
        "行业\t增加值\t增长（%）\n"
        "工业\t2310.5\t6.2\n"
    )
    obs = _run(raw, date(2026, 10, 1))
    assert [(o.value_text, o.subject, o.unit) for o in obs] == [
        ("105.4", "地区生产总值指数", None),
        ("103.6", "第一产业指数", None),
        ("2310.5", "增加值", "元"),
        ("6.2", "增加值", "%"),
    ]
    assert _one(obs, "2310.5").value == pytest.approx(231050000000)


# --- speeches and meeting reports ----------------------------------------------------------


def test_the_occasion_of_a_speech_or_an_events_name_dates_no_figure():
    raw = "在2027某市人工智能大会上的讲话\n（2027年6月3日）\n\n目前，全市人工智能企业达到420家。\n"
    firms = _one(_run(raw, date(2027, 6, 4)), "420家")
    assert (firms.period_end, firms.kind) == (None, "actual")
    raw = "在2027年第三季度重大项目集中开工活动上的讲话\n\n这次集中开工项目共32个。\n"
    assert _one(_run(raw, date(2027, 7, 8)), "32个").kind == "actual"


def test_a_paragraph_framed_by_a_year_hands_on_the_year_not_its_months():
    raw = "全年实施省重点项目980个；1—11月完成投资3260亿元。\n全省高新技术企业突破1.1万家。\n"
    obs = _run(raw, date(2026, 12, 18))
    assert _one(obs, "3260亿元").period_end == date(2026, 11, 30)
    assert _one(obs, "1.1万家").period_end == date(2026, 12, 31)


# --- posts of official accounts ------------------------------------------------------------


def test_an_infographics_arrows_sign_growth_rates_and_its_bullets_are_no_subjects():
    obs = _run("🔋新能源汽车52.3万辆↑36.5%，✓工业机器人0.98万套▼4.2%。")
    assert [(o.subject, o.measure, o.value) for o in obs] == [
        ("新能源汽车", "level", 523000.0),
        ("新能源汽车", "growth", 36.5),
        ("工业机器人", "level", 9800.0),
        ("工业机器人", "growth", -4.2),
    ]


def test_a_card_label_names_the_growth_after_it():
    obs = _run("95120元\n人均地区生产总值，比上年增长5.1%\n", date(2026, 3, 10))
    assert _one(obs, "5.1%").subject == "人均地区生产总值"


def test_a_province_by_its_rate_and_card_hours_of_compute():
    obs = _run("乙省以7.1%的增速位居首位。全年调度算力超2.3亿卡时。")
    assert _one(obs, "7.1%").subject == "乙省"
    assert _one(obs, "2.3亿卡时").unit == "卡时"


def test_a_rate_compared_with_the_first_quarter_as_hong_kong_writes_it():
    obs = _run("首四月軟件收入按年增長8.6%，增速較首季回落0.4個百分點。", date(2027, 5, 22))
    assert _one(obs, "0.4个百分点").subject == "软件收入增速"


def test_a_one_character_topic_is_no_topic_to_complete_a_subject_with():
    obs = _run("流量增长逾一成。收入却按年下跌3%。")
    assert _one(obs, "3%").subject == "流量收入"  # not 流收入


def test_today_is_the_day_the_text_is_published():
    raw = "今天，我们在这里举行重大项目集中开工活动。这次集中开工项目共38个，总投资126亿元。"
    obs = _run(raw, date(2027, 4, 12))
    assert {(o.period_type, o.period_end) for o in obs} == {("as_of", date(2027, 4, 12))}
    # A period named after it is the figures' own.
    obs = _run("国家统计局今天发布数据，前三季度GDP增长5.1%。", date(2027, 10, 19))
    assert _one(obs, "5.1%").period_end == date(2027, 9, 30)


def test_a_text_from_taiwan_counts_its_years_from_1912():
    from pipelines.extract import extract
    from pipelines.normalise import normalise

    raw = (
        "甲部統計處新聞稿\n"
        "中華民國121年11月\n"
        "121年第3季出口金額1,520億美元，年增6.1%；121年1至9月累計4,310億美元。\n"
        "甲業產值120年為3兆2,150億元，116至120年平均每年成長8.4%。\n"
    )
    obs = {o.value_text: o for o in extract(normalise(raw).text, date(2032, 11, 20))}
    assert obs["1,520亿美元"].period_end == date(2032, 9, 30)
    assert obs["4,310亿美元"].period_end == date(2032, 9, 30)
    assert (obs["3兆2,150亿元"].value, obs["3兆2,150亿元"].period_end) == (
        3.215e12,
        date(2031, 12, 31),
    )
    average = obs["8.4%"]
    assert (average.measure, average.period_type, average.period_end) == (
        "growth",
        "multi_year",
        date(2031, 12, 31),
    )


def test_years_of_three_digits_elsewhere_are_no_years_of_taiwan():
    from pipelines.extract import extract

    (told,) = extract("2031年，建校110年的甲大学在校生达3.2万人。", date(2032, 3, 1))
    assert told.period_end == date(2031, 12, 31)


def test_a_taiwan_table_of_members_under_the_title_quantity_with_rate_columns():
    from pipelines.extract import extract
    from pipelines.normalise import normalise

    raw = (
        "民國121年甲業概況\n"
        "表2　甲業產值\n"
        "單位：新臺幣億元、%\n"
        "項目\t120年\t121年\t年增率\t占GDP比重\n"
        "硬體\t1,200\t1,320\t10.0\t4.1\n"
        "合計\t2,000\t2,150\t7.5\t6.6\n"
    )
    obs = extract(normalise(raw).text, date(2033, 4, 1))
    got = [(o.subject, o.breakdown, o.measure, o.value, o.period_end.year) for o in obs]
    assert ("甲业产值", "硬体", "level", 1.32e11, 2032) in got
    assert ("甲业产值", "硬体", "growth", 10.0, 2032) in got
    assert ("甲业产值", "硬体", "share", 4.1, 2032) in got
    assert ("甲业产值", None, "level", 2.15e11, 2032) in got


def test_a_month_under_a_report_title_is_its_dateline_and_the_economic_growth_rate_is_named():
    from pipelines.extract import extract
    from pipelines.normalise import normalise

    raw = (
        "2031年甲省经济形势报告\n2032年3月\n\n"
        "全省经济增长率初步统计为5.3%，较前次公布数上修0.1个百分点。\n"
    )
    rate, revised = extract(normalise(raw).text, date(2032, 3, 20))
    assert (rate.subject, rate.measure, rate.period_end) == (
        "全省经济增长率",
        "growth",
        date(2031, 12, 31),
    )
    assert (revised.subject, revised.measure) == ("全省经济增长率", "pp_change")


def test_an_infographic_figure_with_its_unit_and_its_growth_label_on_lines_of_their_own():
    from pipelines.extract import extract
    from pipelines.normalise import normalise

    raw = "■ 总体情况\n甲市软件收入\n1320.5\n亿元\n比上年增长\n9.4%\n同比下降\n1.2%\n"
    level, growth, fall = extract(normalise(raw).text, date(2032, 3, 1))
    assert (level.value_text, level.subject, level.value) == (
        "1320.5亿元",
        "甲市软件收入",
        1.3205e11,
    )
    assert (growth.subject, growth.measure, growth.value) == ("甲市软件收入", "growth", 9.4)
    assert (fall.measure, fall.value) == ("growth", -1.2)


# --- who a figure belongs to -----------------------------------------------------------------


def test_an_amount_after_over_before_a_class_noun_and_its_count_is_the_class_threshold():
    obs = _run("新培育年营收超五十亿元企业4家，总数达到11家；产值超20亿元园区3个。")
    assert [o.value_text for o in obs] == ["4家", "11家", "3个"]
    assert _one(obs, "4家").subject == "年营收超五十亿元企业"
    assert _one(obs, "3个").subject == "产值超20亿元园区"


def test_an_amount_after_over_at_the_end_of_a_clause_is_still_a_figure():
    obs = _run("全年营业收入超300亿元，同比增长7.5%。")
    assert (_one(obs, "300亿元").qualifier, _one(obs, "300亿元").value) == ("over", 3e10)


@pytest.mark.parametrize(
    ("raw", "doer"),
    [
        ("全省内河港口完成货物吞吐量3.2亿吨，增长4.1%。", "内河港口"),
        ("甲市大数据交易中心完成数据交易额12.5亿元。", "甲市大数据交易中心"),
    ],
)
def test_whoever_achieves_a_figure_before_the_verb_is_its_breakdown(raw, doer):
    first = _run(raw)[0]
    assert first.breakdown == doer
    assert first.subject in ("货物吞吐量", "数据交易额")


def test_an_aim_before_the_verb_is_no_doer():
    obs = _run("确保全年完成交通投资420亿元。", date(2032, 1, 20))
    assert _one(obs, "420亿元").breakdown is None


def test_a_group_counted_earlier_in_the_sentence_achieved_the_figure_after_it():
    obs = _run("全区在建5000万元以上项目143个，比上年增加12个，完成投资增长8.8%。")
    growth = _one(obs, "8.8%")
    assert (growth.subject, growth.breakdown) == ("完成投资", "在建5000万元以上项目")
    # A figure completed from the group names it already; no breakdown repeats it.
    obs = _run("全县规模以上工业企业215家，实现营业收入386亿元。")
    revenue = _one(obs, "386亿元")
    assert (revenue.subject, revenue.breakdown) == ("全县规模以上工业企业营业收入", None)


@pytest.mark.parametrize(
    ("raw", "value_text", "subject", "breakdown"),
    [
        ("在35个工业大类中，有27个行业利润总额实现增长。", "27个", "行业", "利润总额实现增长"),
        ("全省有6个市电子商务交易额增速高于全省。", "6个", "市", "电子商务交易额增速高于全省"),
        ("已有120家规上企业完成智能化改造。", "120家", "规上企业", "完成智能化改造"),
        ("9个县（区）全部建成“双千兆县”。", "9个", "县", "全部建成双千兆县"),
    ],
)
def test_a_count_of_a_class_names_the_condition_its_members_met(
    raw, value_text, subject, breakdown
):
    count = _one(_run(raw), value_text)
    assert (count.subject, count.breakdown) == (subject, breakdown)


def test_a_counted_noun_with_a_conjunction_or_a_number_inside_keeps_its_name():
    count = _one(_run("12个重点商圈和交通枢纽实现5G全覆盖。"), "12个")
    assert (count.subject, count.breakdown) == ("重点商圈和交通枢纽", "实现5G全覆盖")


def test_a_paragraph_about_one_named_place_keeps_to_it_while_its_subjects_name_no_other():
    raw = (
        "上半年，丙川省实现地区生产总值9876.5亿元，同比增长5.1%。其中，第三产业增加值"
        "5123.4亿元，增长5.6%。全省社会消费品零售总额增长4.3%；丁州市进出口增长9.9%。\n"
        "戊江省上半年GDP为8765.4亿元，增长4.8%。第二产业增加值3456.7亿元。"
    )
    obs = _run(raw, date(2032, 7, 20))
    assert _one(obs, "9876.5亿元").breakdown == "丙川省"
    assert _one(obs, "5123.4亿元").breakdown == "丙川省"
    assert _one(obs, "4.3%").breakdown == "丙川省"  # 全省 of 丙川省 is 丙川省
    assert _one(obs, "9.9%").breakdown is None  # another place, named in the subject
    assert _one(obs, "3456.7亿元").breakdown == "戊江省"


def test_the_other_side_of_an_account_named_by_its_last_word_is_of_the_same_account():
    raw = (
        "前三季度，全省机关事业单位养老保险基金收入386.4亿元，同比增长5.4%；"
        "基金支出297.8亿元，增长6.1%；9月底基金累计结余143.5亿元。"
    )
    obs = _run(raw, date(2032, 10, 20))
    assert _one(obs, "297.8亿元").subject == "全省机关事业单位养老保险基金支出"
    assert _one(obs, "143.5亿元").subject == "全省机关事业单位养老保险基金累计结余"


def test_the_amounts_of_a_project_named_or_counted_before_in_the_sentence_are_its_own():
    raw = (
        "全年安排县级重点项目86个，总投资412亿元，年度计划投资96亿元。重点推进：\n"
        "1.甲乙8英寸碳化硅衬底项目，总投资45亿元，年内计划投资12亿元；\n"
        "2.丙丁物流产业园（一期），总投资9.6亿元。\n"
        "这次集中开工项目共23个，总投资88亿元。"
    )
    obs = _run(raw, date(2032, 1, 20))
    assert _one(obs, "412亿元").breakdown == "县级重点项目"
    assert _one(obs, "96亿元").breakdown == "县级重点项目"
    assert _one(obs, "45亿元").breakdown == "甲乙8英寸碳化硅衬底项目"
    assert _one(obs, "12亿元").breakdown == "甲乙8英寸碳化硅衬底项目"
    assert _one(obs, "9.6亿元").breakdown == "丙丁物流产业园"
    assert _one(obs, "88亿元").breakdown == "集中开工项目"


def test_a_plan_to_carry_out_a_programme_names_no_project():
    obs = _run("全市将实施数字赋能行动工程，从业人员达到3万人。", date(2032, 1, 20))
    assert _one(obs, "3万人").breakdown is None


def test_an_intensity_or_a_progress_is_of_the_quantity_just_named():
    raw = (
        "规模以上工业企业研发经费投入532.1亿元，增长8.2%；投入强度为1.71%。\n"
        "2.城镇新增就业。2028年目标30万人，2026年实际21.6万人。进度72.0%，达到预期。"
    )
    obs = _run(raw, date(2027, 3, 1))
    assert _one(obs, "1.71%").subject == "规模以上工业企业研发经费投入强度"
    assert _one(obs, "72.0%").subject == "城镇新增就业进度"


# --- infographic posts ---------------------------------------------------------------------


def test_infographic_labels_behind_an_emoji_label_the_figure_below():
    raw = "——2033年主要预期目标——\n🎯地区生产总值\n增长5.5%左右\n🎯城镇新增就业\n42万人以上\n"
    obs = _run(raw, date(2033, 1, 25))
    assert (_one(obs, "5.5%左右").subject, _one(obs, "5.5%左右").kind) == ("地区生产总值", "target")
    assert _one(obs, "42万人以上").subject == "城镇新增就业"


def test_infographic_members_under_a_total_are_measured_as_it_is():
    raw = (
        "■综合实力\n地区生产总值\n4321.5亿元\n比上年增长\n5.2%\n第一产业\n210.4亿元\n+2.9%\n"
        "第二产业\n1802.6亿元\n+6.1%\n■居民收入\n全体居民人均可支配收入\n41230元\n增长5.0%\n"
        "城镇居民\n52110元\n增长4.4%\n农村居民\n23870元\n增长6.2%\n"
    )
    obs = _run(raw, date(2033, 3, 1))
    assert _one(obs, "210.4亿元").subject == "第一产业增加值"
    assert _one(obs, "1802.6亿元").subject == "第二产业增加值"
    assert _one(obs, "52110元").subject == "城镇居民人均可支配收入"
    assert _one(obs, "23870元").subject == "农村居民人均可支配收入"


def test_infographic_labels_that_only_say_how_a_figure_is_measured_keep_the_subject_above():
    raw = (
        "地区生产总值\n9876.5亿元\n同比增长\n6.1%\n两年平均增长\n4.9%\n"
        "5G基站\n3.2万个\n占移动基站总数比重\n38.6%\n"
    )
    obs = _run(raw, date(2033, 7, 20))
    assert [(o.subject, o.measure) for o in obs] == [
        ("地区生产总值", "level"),
        ("地区生产总值", "growth"),
        ("地区生产总值", "growth"),
        ("5G基站", "level"),
        ("5G基站", "share"),
    ]


def test_where_figures_stand_above_their_labels_a_bulleted_line_above_is_a_heading():
    raw = (
        "3月5日，甲市统计局发布2032年全市经济运行情况，一起来看看。\n📊经济总量\n6328.5亿元\n"
        "地区生产总值\n5.2%\n同比增长\n📊工业生产\n2100.3亿元\n规上工业增加值\n6.8%\n同比增长\n"
        "■消费市场\n2450.6亿元\n社会消费品零售总额\n"
    )
    obs = _run(raw, date(2033, 3, 6))
    assert [(o.value_text, o.subject, o.measure) for o in obs] == [
        ("6328.5亿元", "地区生产总值", "level"),
        ("5.2%", "地区生产总值", "growth"),
        ("2100.3亿元", "规上工业增加值", "level"),
        ("6.8%", "规上工业增加值", "growth"),
        ("2450.6亿元", "社会消费品零售总额", "level"),
    ]


def test_places_listed_with_shares_of_the_whole_are_members_of_the_quantity_named_before():
    raw = (
        "2032年，全国智能算力规模达到1280EFLOPS。东部、中部、西部和东北地区分别占全国的"
        "52.4%、20.3%、21.6%和5.7%。"
    )
    obs = _run(raw, date(2033, 3, 1))
    shares = [o for o in obs if o.measure == "share"]
    assert [(o.subject, o.breakdown) for o in shares] == [
        ("智能算力规模", "东部地区"),
        ("智能算力规模", "中部地区"),
        ("智能算力规模", "西部地区"),
        ("智能算力规模", "东北地区"),
    ]


def test_the_later_values_of_a_list_of_pure_numbers_share_the_cue_of_the_first():
    obs = _run("甲、乙、丙三个分项指数分别为58.1、61.4和49.7。", date(2033, 3, 1))
    assert [o.value for o in obs] == [58.1, 61.4, 49.7]
    assert [o.breakdown for o in obs] == ["甲", "乙", "丙"]
    # Figures glued to one another are no list: 115部3490集 counts episodes, a unit not known.
    assert [o.value_text for o in _run("全年生产电视剧115部3490集。")] == ["115部"]


def test_table_cells_with_thousands_grouped_by_spaces_and_units_their_nouns_imply():
    raw = (
        "主要电讯指标\n指标\t2032年6月\t按年变动（%）\n流动电话用户（户）\t1 946 208\t+3.1\n"
        "　月费计划用户\t1 204 517\t+8.6\n宽频互联网用户（户）\t187 430\t-1.2\n"
    )
    obs = _run(raw, date(2032, 7, 20))
    levels = [(o.subject, o.value, o.unit) for o in obs if o.measure == "level"]
    assert levels == [
        ("流动电话用户", 1946208, "户"),
        ("月费计划用户", 1204517, "户"),
        ("宽频互联网用户", 187430, "户"),
    ]


def test_the_items_after_a_count_of_a_class_by_its_condition_are_of_the_measure_it_names():
    raw = "在35个工业大类中，有26个行业增加值保持增长。其中，甲乙制造业增长11.2%，丙丁业下降3.1%。"
    obs = _run(raw, date(2033, 6, 20))
    assert (_one(obs, "26个").subject, _one(obs, "26个").breakdown) == ("行业", "增加值保持增长")
    assert _one(obs, "11.2%").subject == "甲乙制造业增加值"
    assert _one(obs, "3.1%").subject == "丙丁业增加值"


# --- five-year plans in work reports ---------------------------------------------------------


def test_a_plan_heading_frames_its_section_and_a_change_starts_from_the_year_before_it():
    raw = (
        "政府工作报告\n\n一、“十四五”时期工作回顾\n"
        "——实力跃上新台阶。地区生产总值从2020年的212.6亿元增加到301.8亿元，年均增长7.1%；"
        "一般公共预算收入由13.4亿元增加到18.9亿元。\n\n"
        "二、“十五五”时期的主要目标\n今后五年，全县发展的主要目标是：\n"
        "——经济实力再上台阶。地区生产总值年均增长6%左右。\n——城乡融合更加深入。常住人口城镇化率达到61%左右。\n"
    )
    obs = _run(raw, date(2026, 1, 14))
    periods = {o.value_text: (o.period_end, o.kind) for o in obs}
    assert periods["212.6亿元"] == (date(2020, 12, 31), "actual")
    assert periods["301.8亿元"] == (date(2025, 12, 31), "actual")
    assert periods["13.4亿元"] == (date(2020, 12, 31), "actual")
    assert periods["18.9亿元"] == (date(2025, 12, 31), "actual")
    assert periods["6%左右"] == (date(2030, 12, 31), "target")
    assert periods["61%左右"] == (date(2030, 12, 31), "target")


def test_the_start_values_of_a_change_take_the_year_written_before_them():
    raw = (
        "城乡低保平均标准分别从2020年的610元/月、4120元/年提高到2025年的780元/月、6930元/年。"
        "算力总规模从前年的2.6个EFLOPS提升到去年的5.1个。从去年的结构看，软件业营收占比约为42%。"
    )
    obs = _run(raw, date(2026, 3, 1))
    years = {o.value_text: o.period_end.year for o in obs if o.period_end}
    assert years["610元/月"] == years["4120元/年"] == 2020
    assert years["780元/月"] == years["6930元/年"] == 2025
    assert years["2.6个EFLOPS"] == 2024
    assert years["5.1个"] == 2025
    assert years["42%"] == 2025  # 从去年的结构看 is no start of a change


def test_a_table_title_names_the_quantity_of_its_short_column_without_members_or_report_words():
    raw = (
        "附表：2032年四省份数字经济核心产业增加值情况\n省份\t增加值（亿元）\t同比增长（%）\n"
        "甲川\t8120\t9.6\n乙江\t4310\t11.2\n\n"
        "表2 2032年各设区市软件业分领域收入情况\n领域\t收入（亿元）\t增长（%）\n"
        "软件产品\t412.6\t10.2\n信息技术服务\t1203.4\t12.1\n"
    )
    obs = _run(raw, date(2033, 2, 1))
    assert (_one(obs, "8120").subject, _one(obs, "8120").breakdown) == (
        "数字经济核心产业增加值",
        "甲川",
    )
    assert _one(obs, "11.2").subject == "数字经济核心产业增加值"
    assert _one(obs, "412.6").subject == "软件业收入"


def test_members_after_a_viewed_from_topic_are_its_members_and_since_is_no_subject():
    obs = _run("从软件业务收入增速看，甲川、乙江均超过12%，丙山、丁水分别为9.1%、7.6%。")
    assert [(o.subject, o.breakdown, o.measure) for o in obs] == [
        ("软件业务收入", "甲川", "growth"),
        ("软件业务收入", "乙江", "growth"),
        ("软件业务收入", "丙山", "growth"),
        ("软件业务收入", "丁水", "growth"),
    ]
    obs = _run("截至6月底，全区累计建成5G基站1520个，今年以来新增96个。", date(2032, 7, 10))
    assert _one(obs, "96个").subject == "全区累计建成5G基站"


def test_this_years_stretch_so_far_ends_at_the_day_its_sentence_counts_to():
    obs = _run(
        "截至8月底，全县规模以上工业企业达到214家，其中今年新增入规企业17家。", date(2032, 9, 20)
    )
    new = _one(obs, "17家")
    assert (new.period_type, new.period_end) == ("year_to_date", date(2032, 8, 31))
    # Without such a day, the stretch runs to the publication.
    alone = _one(_run("今年以来，全市新登记企业1.2万户。", date(2032, 9, 20)), "1.2万户")
    assert alone.period_end == date(2032, 9, 20)


def test_a_paragraph_quoting_a_places_office_reports_that_places_figures():
    raw = (
        "丙川省统计局数据显示，2032年全省数字经济规模达1.86万亿元。软件业务收入4210亿元，增长9.8%。"
    )
    obs = _run(raw, date(2033, 2, 1))
    assert [o.breakdown for o in obs] == ["丙川省", "丙川省", "丙川省"]
    # 记者从省发展改革委获悉: the reporter's source names no place of its own.
    obs = _run("记者从省发展改革委获悉，全省新开工项目412个。", date(2033, 2, 1))
    assert _one(obs, "412个").breakdown is None


def test_a_figure_restated_in_another_currency_is_of_the_quantity_before():
    raw = "1—9月，全省服务进出口总额986.4亿元，同比增长8.2%；按美元计价为137.5亿美元，增长7.6%。"
    obs = _run(raw, date(2032, 10, 20))
    assert {o.subject for o in obs} == {"全省服务进出口总额"}


def test_county_communique_members_counted_ranked_and_completed():
    raw = (
        "全县15个乡镇中，地区生产总值超过30亿元的有4个。"
        "粮食播种面积41.2万亩，总产量16.08万吨，增长2.1%。"
        "甲镇、乙乡、丙镇粮食产量居全县前三位，分别为2.61万吨、2.12万吨和1.86万吨。"
    )
    obs = _run(raw, date(2033, 3, 1))
    assert (_one(obs, "4个").subject, _one(obs, "4个").breakdown) == (
        "乡镇",
        "地区生产总值超过30亿元",
    )
    assert _one(obs, "16.08万吨").subject == "粮食总产量"
    ranked = [(o.subject, o.breakdown) for o in obs if o.value_text in ("2.61万吨", "1.86万吨")]
    assert ranked == [("粮食产量", "甲镇"), ("粮食产量", "丙镇")]


def test_a_partitive_opener_goes_on_to_the_parts_of_the_sentence_before():
    raw = "全省40个工业大类行业中，有29个行业增加值比上年增长。重点行业中，甲乙制造业增长12.6%。"
    assert _one(_run(raw, date(2033, 3, 1)), "12.6%").subject == "甲乙制造业增加值"


def test_members_each_past_a_threshold_are_members_of_the_quantity():
    raw = "2032年，全省网络零售额2860亿元，其中云塘市、岷溪市均突破600亿元。"
    obs = [o for o in _run(raw, date(2033, 2, 1)) if o.value_text == "600亿元"]
    assert [(o.subject, o.breakdown, o.qualifier) for o in obs] == [
        ("全省网络零售额", "云塘市", "over"),
        ("全省网络零售额", "岷溪市", "over"),
    ]
    # The members of a class counted by a condition report the condition's quantity.
    raw = "软件业务收入超过800亿元的城市有4个，其中云塘市、岷溪市均突破1500亿元。"
    obs = [o for o in _run(raw, date(2033, 2, 1)) if o.value_text == "1500亿元"]
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("软件业务收入", "云塘市"),
        ("软件业务收入", "岷溪市"),
    ]


def test_a_place_name_keeps_its_suffix_before_a_shared_head():
    raw = "国庆期间，松涧古城、白鹭风景区日均客流量均超过3万人次。"
    obs = [o for o in _run(raw, date(2033, 10, 9)) if o.value_text == "3万人次"]
    assert [o.breakdown for o in obs] == ["松涧古城", "白鹭风景区"]
    assert obs[0].subject == "松涧古城日均客流量"
    # A name that already ends in its suffix leaves the rest to the head.
    obs = _run("甲镇、乙镇乡村旅游收入均超过2亿元。", date(2033, 10, 9))
    assert [o.breakdown for o in obs] == ["甲镇", "乙镇"]


def test_a_unit_line_listing_one_unit_for_each_run_of_columns():
    raw = (
        "表3  数据服务业主要指标\n"
        "单位：个，亿元，万美元，万人，%\n"
        "年份\t企业数\t营业收入\t其中：数据加工收入\t技术出口\t从业人员\t营业收入增速\n"
        "2031\t128\t342.5\t88.1\t5120\t3.42\t9.6\n"
        "2032\t141\t379.8\t97.3\t5684\t3.75\t10.9\n"
    )
    obs = [o for o in _run(raw, date(2033, 5, 1)) if o.period_end == date(2032, 12, 31)]
    assert [(o.subject, o.measure, o.value, o.unit) for o in obs] == [
        ("企业数", "level", 141, "个"),
        ("营业收入", "level", 37_980_000_000, "元"),
        ("数据加工收入", "level", 9_730_000_000, "元"),
        ("技术出口", "level", 56_840_000, "美元"),
        ("从业人员", "level", 37_500, "人"),
        ("营业收入", "growth", 10.9, "%"),
    ]


def test_a_two_line_header_with_a_group_spanning_a_sub_column():
    raw = (
        "表5  分行业研发活动情况\n"
        "行业\t研发人员\t研发经费\t专利申请数\t\t有效发明专利数\n"
        "\t（人）\t（万元）\t（件）\t其中：发明专利\t（件）\n"
        "甲乙制造业\t5210\t186400\t683\t287\t1852\n"
    )
    obs = _run(raw, date(2033, 5, 1))
    assert [(o.subject, o.breakdown, o.value, o.unit) for o in obs] == [
        ("研发人员", "甲乙制造业", 5210, "人"),
        ("研发经费", "甲乙制造业", 1_864_000_000, "元"),
        ("专利申请数", "甲乙制造业", 683, "件"),
        ("发明专利", "甲乙制造业", 287, "件"),
        ("有效发明专利数", "甲乙制造业", 1852, "件"),
    ]


def test_rows_with_their_own_units_are_no_parts_of_the_first_row():
    raw = (
        "指    标              单位       2031年    2032年\n"
        "邮电业务收入          亿元        318.4     331.6\n"
        "电话用户              万户       4452.6    4518.3\n"
        "  其中：移动电话      万户       3086.4    3152.9\n"
        "光缆线路长度          万公里       41.2      43.5\n"
    )
    obs = [o for o in _run(raw, date(2033, 5, 1)) if o.period_end == date(2032, 12, 31)]
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("邮电业务收入", None),
        ("电话用户", None),
        ("电话用户", "移动电话"),
        ("光缆线路长度", None),
    ]


def test_release_wording_of_taiwan_and_macau():
    raw = (
        "10月工業生產指數為112.40（2021年=100），較上年同月增加6.12%；其中製造業生產指數113.05，"
        "年增6.80%。累計1至10月工業生產指數較上年同期增加5.02%，製造業增加5.44%。"
    )
    obs = _run(raw, date(2032, 11, 23))
    assert {o.period_end for o in obs} == {date(2032, 10, 31)}
    assert [(o.value_text, o.subject, o.measure) for o in obs[2:]] == [
        ("113.05", "制造业生产指数", "level"),
        ("6.80%", "制造业生产指数", "growth"),
        ("5.02%", "工业生产指数", "growth"),
        ("5.44%", "制造业生产指数", "growth"),
    ]
    raw = "預估11月外銷訂單金額介於600億至630億美元之間，年增率介於8.5%至12.0%。"
    obs = _run(raw, date(2032, 11, 23))
    assert [(o.subject, o.measure) for o in obs[2:]] == [("外销订单金额", "growth")] * 2
    raw = "外銷訂單較上年同月增加86.4億美元或15.1%。留宿旅客平均逗留時間為2.4日，按年持平。"
    obs = _run(raw, date(2032, 11, 23))
    assert [(o.value_text, o.measure, o.unit) for o in obs] == [
        ("86.4亿美元", "change", "美元"),
        ("15.1%", "growth", "%"),
        ("2.4日", "level", "日"),
        ("持平", "growth", "%"),
    ]
    # A day of the month is no duration.
    assert _run("會議於10月12日召開。", date(2032, 11, 23)) == []


def test_three_month_spans_across_a_year_end_and_the_start_of_a_change():
    raw = (
        "經季節性調整的失業率由2032年9月至11月的3.4%上升至2032年10月至2033年1月的3.5%，"
        "勞動人口參與率由58.1%輕微下跌至58.0%。"
    )
    obs = _run(raw, date(2033, 2, 17))
    assert [(o.subject, o.breakdown, o.period_end) for o in obs[:2]] == [
        ("经季节性调整失业率", None, date(2032, 11, 30)),
        ("经季节性调整失业率", None, date(2033, 1, 31)),
    ]
    assert obs[1].period_start == date(2032, 10, 1)
    assert [o.subject for o in obs[2:]] == ["劳动人口参与率", "劳动人口参与率"]


def test_infographic_parts_rankings_bar_cards_and_bulleted_sections():
    raw = (
        "▌数据服务出口\n"
        "86.2\n"
        "亿美元\n"
        "同比增长7.4%\n"
        "其中，数据标注服务出口\n"
        "12.5亿美元\n"
        "\n"
        "🔹甲区\n"
        "318亿元\n"
        "↑9.2%\n"
        "🔹乙区\n"
        "205亿元\n"
        "↑6.1%\n"
        "\n"
        "数据服务收入居前三位的城市\n"
        "① 丙市 412亿元 ↑11.2%\n"
        "② 丁市 356亿元 ↑8.7%\n"
        "\n"
        "📌 数读\n"
        "523亿元｜数据服务收入\n"
    )
    obs = _run(raw, date(2033, 1, 27))
    assert (_one(obs, "12.5亿美元").subject, _one(obs, "9.2%").subject) == (
        "数据标注服务出口",
        "甲区",
    )
    assert [(o.subject, o.breakdown) for o in obs if o.value_text in ("205亿元", "6.1%")] == [
        ("乙区", None),
        ("乙区", None),
    ]
    ranked = [(o.value_text, o.subject, o.breakdown) for o in obs if "市" in (o.breakdown or "")]
    assert ranked == [
        ("412亿元", "数据服务收入", "丙市"),
        ("11.2%", "数据服务收入", "丙市"),
        ("356亿元", "数据服务收入", "丁市"),
        ("8.7%", "数据服务收入", "丁市"),
    ]
    assert _one(obs, "523亿元").subject == "数据服务收入"


def test_chart_titles_and_source_lines_date_no_prose():
    raw = (
        "2032年，全球云计算市场规模达到7120亿美元，增长19.6%。\n"
        "图2　2027—2036年全球云计算市场规模及增速\n"
        "数据来源：某信息通信研究所，2033年6月\n"
        "分区域看，北美市场规模为3150亿美元，占全球的44.2%。\n"
    )
    obs = _run(raw, date(2033, 7, 1))
    assert {o.period_end for o in obs} == {date(2032, 12, 31)}
    assert {o.kind for o in obs} == {"actual"}


def test_countries_as_members_of_a_count_told_before():
    raw = (
        "截至2032年底，全球估值10亿美元以上的独角兽企业共1240家，总估值4.6万亿美元。"
        "其中，美国566家，估值2.4万亿美元；我国342家，占全球数量的27.6%。"
    )
    obs = _run(raw, date(2033, 3, 1))
    assert [(o.subject, o.breakdown) for o in obs[2:]] == [
        ("独角兽企业", "美国"),
        ("估值", "美国"),
        ("独角兽企业", "我国"),
        ("独角兽企业", "我国"),
    ]


def test_yearbook_tables_next_to_each_other():
    raw = (
        "表3-1  地区生产总值\n"
        "单位：亿元\n"
        "指标\t2031\t2032\n"
        "地区生产总值\t21356.8\t22814.6\n"
        "表3-2  地区生产总值指数\n"
        "（上年=100）\n"
        "指标\t2031\t2032\n"
        "地区生产总值\t108.2\t104.1\n"
        "表3-3  电子商务交易情况\n"
        "项目\t2031\t2032\n"
        "电子商务交易额（亿元）\t10754.6\t11921.5\n"
        "其中：电子商务销售额\t6018.4\t6712.9\n"
        "电子商务采购额\t4736.2\t5208.6\n"
        "表3-4  主要出口商品（2032年）\n"
        "商品名称\t计量单位\t数量\t金额（万美元）\t金额（亿元）\n"
        "手机\t万台\t1862\t412630\t296.4\n"
    )
    obs = [o for o in _run(raw, date(2033, 5, 1)) if o.period_end == date(2032, 12, 31)]
    assert [(o.value_text, o.value, o.unit) for o in obs] == [
        ("22814.6", 2_281_460_000_000, "元"),
        ("104.1", 104.1, None),
        ("11921.5", 1_192_150_000_000, "元"),
        ("6712.9", 671_290_000_000, "元"),
        ("5208.6", 520_860_000_000, "元"),
        ("1862", 18_620_000, "台"),
        ("412630", 4_126_300_000, "美元"),
        ("296.4", 29_640_000_000, "元"),
    ]


def test_a_line_holding_only_an_end_date_frames_the_lines_below():
    raw = (
        "一图读懂｜《某市数据中心发展行动计划（2032—2034年）》\n\n"
        "🔷 发展基础\n"
        "截至2032年6月底\n"
        "全市算力总规模\n"
        "9.4\n"
        "EFLOPS\n"
        "较2031年底增长31.5%\n"
        "在用数据中心18个\n\n"
        "🔷 发展目标\n"
        "📅 到2032年底\n"
        "算力总规模达到12EFLOPS\n"
        "📅 到2034年\n"
        "算力总规模达到20EFLOPS\n"
    )
    obs = _run(raw, date(2032, 8, 12))
    assert [(o.period_end, o.kind) for o in obs] == [
        (date(2032, 6, 30), "actual"),
        (date(2032, 6, 30), "actual"),
        (date(2032, 6, 30), "actual"),
        (date(2032, 12, 31), "target"),
        (date(2034, 12, 31), "target"),
    ]
    # A dateline is the day the text came out, and frames nothing.
    obs = _run("2032年8月12日\n全市算力总规模9.4EFLOPS。", date(2032, 8, 12))
    assert obs[0].period_type != "as_of"


def test_a_daily_average_of_the_quantity_just_named():
    obs = _run(
        "本季博彩毛收入為612.4億澳門元，按年上升8.1%，日均約6.7億澳門元。", date(2032, 10, 15)
    )
    assert [o.subject for o in obs] == ["博彩毛收入", "博彩毛收入", "日均博彩毛收入"]


def test_kinds_of_platform_share_the_measure_the_last_one_carries():
    raw = "2032年，电子商务、金融科技、交通出行平台价值分别占41.2%、18.6%和6.3%。"
    obs = _run(raw, date(2033, 3, 1))
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("电子商务平台价值", "电子商务平台"),
        ("金融科技平台价值", "金融科技平台"),
        ("交通出行平台价值", "交通出行平台"),
    ]


def test_members_moving_inside_asides_of_a_quantity_said_to_move():
    raw = (
        "2032年第四季，失業率在多數主要經濟行業均有所上升，其中以批發業（由3.1%上升至3.5%）、"
        "倉庫業（由2.4%上升至2.9%）的升幅較為明顯。"
    )
    obs = _run(raw, date(2033, 1, 17))
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("失业率", "批发业"),
        ("失业率", "批发业"),
        ("失业率", "仓库业"),
        ("失业率", "仓库业"),
    ]


def test_a_one_cell_a_line_table_with_a_unit_column_under_year_columns():
    raw = "\n".join(
        [
            "表12-3  互联网发展主要指标",
            "指标",
            "单位",
            "2031年",
            "2032年",
            "固定宽带接入用户",
            "万户",
            "412.6",
            "436.8",
            "其中：千兆用户",
            "万户",
            "62.4",
            "98.7",
            "数据中心标准机架",
            "万架",
            "2.1",
            "2.6",
            "注：千兆用户指接入速率1000Mbps及以上的用户。",
        ]
    )
    obs = [o for o in _run(raw, date(2033, 5, 1)) if o.period_end == date(2032, 12, 31)]
    assert [(o.subject, o.breakdown, o.value, o.unit) for o in obs] == [
        ("固定宽带接入用户", None, 4_368_000, "户"),
        ("固定宽带接入用户", "千兆用户", 987_000, "户"),
        ("数据中心标准机架", None, 26_000, "架"),
    ]


def test_racks_under_their_figure_and_bandwidth_in_terabits():
    obs = _run("在用标准机架\n4.6\n万架\n城域网出口带宽32Tbps\n", date(2033, 5, 1))
    assert [(o.subject, o.value, o.unit) for o in obs] == [
        ("在用标准机架", 46_000, "架"),
        ("城域网出口带宽", 32, "Tbps"),
    ]


def test_people_counted_with_their_age_before_the_noun():
    raw = "免费为5200名65周岁以上老年人开展体检，为7600名35—64岁适龄妇女开展筛查。"
    obs = _run(raw, date(2033, 2, 1))
    assert [(o.value_text, o.subject) for o in obs] == [
        ("5200名", "老年人"),
        ("7600名", "适龄妇女"),
    ]


def test_class_written_once_on_the_last_one_character_member():
    raw = "3月份，大、中、小型企业景气指数分别为52.1%、49.8%和47.3%。"
    obs = _run(raw, date(2033, 4, 5))
    assert [(o.breakdown, o.value) for o in obs] == [
        ("大型企业", 52.1),
        ("中型企业", 49.8),
        ("小型企业", 47.3),
    ]


def test_whole_opened_after_a_semicolon_keeps_its_kinds():
    raw = (
        "1—8月，全省网上零售额3120亿元，增长8.2%，其中实物商品网上零售额2650亿元，增长7.4%；"
        "在实物商品网上零售额中，甲类、乙类商品分别增长11.5%、4.1%。"
    )
    obs = _run(raw, date(2032, 9, 20))[-2:]
    assert [(o.subject, o.breakdown, o.value) for o in obs] == [
        ("实物商品网上零售额", "甲类", 11.5),
        ("实物商品网上零售额", "乙类", 4.1),
    ]


def test_virtual_and_simulated_are_not_plans():
    obs = _run("全市建成行业虚拟专网1260个，模拟仿真平台35个。", date(2033, 2, 1))
    assert [o.kind for o in obs] == ["actual", "actual"]


def test_class_of_the_count_before_by_a_threshold():
    raw = "全区网络货运企业已超过四百家，年营业收入一亿元以上的有二十七家。"
    obs = _run(raw, date(2033, 2, 1))
    assert [(o.subject, o.breakdown, o.value) for o in obs] == [
        ("全区网络货运企业", None, 400),
        ("全区网络货运企业", "年营业收入一亿元以上", 27),
    ]


def test_year_compared_with_dates_only_its_clause():
    raw = (
        "2032年，全市地区生产总值增长5.6%，高于2031年5.1%的增速，快于2031年0.5个百分点。"
        "全年粮食产量86.2万吨。"
    )
    obs = _run(raw, date(2033, 2, 1))
    assert [(o.value, o.period_end) for o in obs] == [
        (5.6, date(2032, 12, 31)),
        (5.1, date(2031, 12, 31)),
        (0.5, date(2032, 12, 31)),
        (862_000, date(2032, 12, 31)),
    ]


def test_table_of_one_figure_a_row_laid_out_with_spaces():
    raw = "\n".join(
        [
            "表2　2032年工业生产者出厂价格比上年涨跌幅度",
            "　　　　　　　　　　　单位：%",
            "指　　标　　　　　　比上年涨跌",
            "工业生产者出厂价格　　　-1.6",
            "　采掘工业　　　　　　　-4.2",
            "　原料工业　　　　　　　2.3",
        ]
    )
    obs = _run(raw, date(2033, 3, 1))
    assert [(o.subject, o.breakdown, o.measure, o.value) for o in obs] == [
        ("工业生产者出厂价格", None, "growth", -1.6),
        ("工业生产者出厂价格", "采掘工业", "growth", -4.2),
        ("工业生产者出厂价格", "原料工业", "growth", 2.3),
    ]


def test_first_row_naming_the_title_subject_is_the_whole():
    raw = "\n".join(
        [
            "表3　2032年末户籍人口数及其构成",
            "单位：万人、%",
            "指标\t年末数\t比重",
            "户籍人口\t812.6\t100.0",
            "其中：男性\t415.3\t51.11",
            "女性\t397.3\t48.89",
            "其中：70周岁及以上\t96.4\t11.86",
        ]
    )
    obs = _run(raw, date(2033, 3, 1))
    assert [(o.subject, o.breakdown, o.value) for o in obs[2:]] == [
        ("户籍人口", "男性", 4_153_000),
        ("户籍人口", "男性", 51.11),
        ("户籍人口", "女性", 3_973_000),
        ("户籍人口", "女性", 48.89),
        ("户籍人口", "70周岁及以上", 964_000),
        ("户籍人口", "70周岁及以上", 11.86),
    ]


def test_long_label_one_space_before_its_unit_cell():
    raw = "\n".join(
        [
            "产品名称　　　　单位　　　产量　　比上年增长（%）",
            "钢材　　　　　　万吨　　　86.4　　3.2",
            "光伏电池组件制品　千瓦　　　5620　　 41.7",
        ]
    )
    obs = _run(raw, date(2033, 3, 1))
    assert [(o.subject, o.value, o.unit) for o in obs] == [
        ("钢材", 864_000, "吨"),
        ("钢材", 3.2, "%"),
        ("光伏电池组件制品", 5620, "千瓦"),
        ("光伏电池组件制品", 41.7, "%"),
    ]


def test_figure_on_its_own_line_is_what_the_sentence_below_says():
    raw = "■出行\n212.7公里\n城市轨道交通运营里程达到212.7公里，比上年增加18.3公里。\n"
    obs = _run(raw, date(2033, 2, 1))
    assert [(o.subject, o.measure, o.value) for o in obs] == [
        ("城市轨道交通运营里程", "level", 212.7),
        ("城市轨道交通运营里程", "level", 212.7),
        ("城市轨道交通运营里程", "change", 18.3),
    ]


def test_group_of_households_takes_the_parent_measure():
    raw = "前三季度，全市居民人均消费支出21560元，增长4.8%，其中农村居民增长6.1%。"
    obs = _run(raw, date(2032, 10, 25))
    assert [(o.subject, o.breakdown, o.value) for o in obs][-1] == (
        "农村居民人均消费支出",
        "农村居民",
        6.1,
    )


def test_end_of_this_year_after_dao():
    raw = "一季度新建充电桩3200个。到今年底全市充电桩总数将超过4万个。"
    obs = _run(raw, date(2033, 4, 20))
    assert [(o.value, o.period_end, o.kind) for o in obs][-1] == (
        40_000,
        date(2033, 12, 31),
        "target",
    )


def test_measures_after_operating_cost_are_the_industry_s():
    raw = (
        "1—5月，全市规模以上软件业实现营业收入612.4亿元，同比增长9.1%；营业成本488.2亿元，"
        "同比增长8.3%；实现利润总额71.6亿元，同比增长12.0%。"
    )
    obs = _run(raw, date(2033, 6, 20))
    assert [o.subject for o in obs] == [
        "规模以上软件业营业收入",
        "规模以上软件业营业收入",
        "规模以上软件业营业成本",
        "规模以上软件业营业成本",
        "规模以上软件业利润总额",
        "规模以上软件业利润总额",
    ]


def test_places_counted_after_their_names_are_the_members():
    raw = "甲县增速居全市首位，增长18.2%；乙、丙两县分别增长11.4%和9.6%。"
    obs = _run(raw, date(2033, 2, 1))
    assert [o.subject for o in obs][1:] == ["乙县", "丙县"]


def test_member_named_highest_under_a_viewed_from_topic():
    raw = "从每千人拥有托位数看，甲区最高，为5.8个。"
    obs = _run(raw, date(2033, 2, 1))
    assert [(o.subject, o.breakdown, o.value) for o in obs] == [("每千人拥有托位数", "甲区", 5.8)]


def test_share_of_the_members_together():
    raw = "甲市、乙市快递业务量分别为8.6亿件和5.1亿件，合计占全省的61.2%。"
    obs = _run(raw, date(2033, 2, 1))
    assert (obs[-1].subject, obs[-1].breakdown, obs[-1].measure) == (
        "快递业务量",
        "甲市、乙市",
        "share",
    )


def test_pdf_table_with_single_spaces_and_a_two_line_header():
    raw = "\n".join(
        [
            "表2-3 分市数据中心主要指标（2032年末）",
            "地 区 机架总数（架） 智能算力 平均",
            "合计 其中：超大型 占比（%） PUE",
            "全 省 52400 16800 61.2 1.31",
            "甲 市 30100 11200 66.5 1.27",
            "乙 市 22300 5600 54.0 1.36",
        ]
    )
    obs = _run(raw, date(2033, 4, 1))
    assert [(o.subject, o.breakdown, o.measure, o.value, o.unit) for o in obs[4:8]] == [
        ("机架总数", "甲市", "level", 30100, "架"),
        ("超大型", "甲市", "level", 11200, "架"),
        ("智能算力", "甲市", "share", 66.5, "%"),
        ("平均PUE", "甲市", "level", 1.27, None),
    ]


def test_figures_parted_by_a_thousands_space_stay_one_figure():
    raw = "\n".join(
        [
            "指标 2031年 2032年",
            "失业人数 143 200 148 600",
            "就业人数 3 712 400 3 735 100",
            "失业率（%） 3.8 3.9",
        ]
    )
    text = normalise(raw).text
    assert "143 200" in text
    assert "3 712 400" in text


def test_range_in_cjk_numerals():
    obs = _run("每户一次性补贴三至五万元，审核通过后三到五个工作日到账。", date(2033, 2, 1))
    assert [(o.value_text, o.value, o.range_bound) for o in obs] == [
        ("三", 30_000, "lower"),
        ("五万元", 50_000, "upper"),
        ("三", 3, "lower"),
        ("五个工作日", 5, "upper"),
    ]


def test_progress_on_the_target_increment_is_of_the_quantity_before():
    raw = "2032年，每万人口高价值发明专利拥有量达到7.4件，完成规划目标增量的61.5%。"
    obs = _run(raw, date(2033, 2, 1))
    assert [(o.subject, o.breakdown) for o in obs][-1] == (
        "每万人口高价值发明专利拥有量",
        "规划目标增量",
    )


def test_milestones_reached_and_a_list_sharing_its_qualifier():
    raw = "全区经济总量先后跨越500亿元、800亿元两个台阶，两项指标增速分别超过7%、9%。"
    obs = _run(raw, date(2033, 2, 1))
    assert [(o.value_text, o.qualifier) for o in obs] == [
        ("500亿元", "over"),
        ("800亿元", "over"),
        ("7%", "over"),
        ("9%", "over"),
    ]


def test_total_length_of_the_things_counted_before():
    obs = _run("新改建农村公路46条、总长128.5公里。", date(2033, 2, 1))
    assert obs[-1].subject == "新改建农村公路总长"


def test_wrapped_lines_joined_though_a_table_of_figures_follows():
    prose = [
        "　　2032年，全市共推动860家规模以上工业企业完成数字化改造，完成年度目标任务的",
        "107.5%，规模以上工业企业数字化改造覆盖率达71.2%，比上年提高8.6个百",
        "分点。全市关键工序数控化率、数字化研发设计工具普及率分别达到62.5%和81.4%，分",
        "别比上年提高2.1个和1.3个百分点。新认定市级智能工厂36个、数字化车间148个，累",
        "计分别达到152个和604个。入库数字化转型服务商286家，其中本地服务商173家，占",
        "60.5%。全市财政安排专项资金1.62亿元，支持项目287个，带动企业投资31.6亿元。",
        "　　从跟踪监测的近200家试点企业看，改造后生产效率平均提高16.4%，运营成本平均降",
        "低11.8%，产品研制周期平均缩短19.5%，单位产值能耗平均下降7.6%，成效明显。各",
        "区县中，甲区、乙区完成改造企业数分别为214家和187家，居全市前两位；丙县完成率",
        "为96.2%，未完成年度目标任务，需加快进度，切实补齐短板，确保完成全年目标。",
    ]
    table = [
        "序号     区县     完成数     目标数     完成率",
        " 1     甲区     214     190     112.6",
        " 2     乙区     187     170     110.0",
        " 3     丙县     101     105     96.2",
        " 4     丁县     98      92      106.5",
        " 5     戊县     87      80      108.8",
        " 6     己县     76      70      108.6",
        " 7     庚县     54      50      108.0",
        " 8     辛县     43      40      107.5",
    ]
    text = normalise("\n".join(prose + table)).text
    assert "比上年提高8.6个百分点。" in text
    assert "分别比上年提高2.1个和1.3个百分点。" in text
    assert "\n1\t甲区\t214\t190\t112.6\n" in text


def test_chart_axis_of_months_dates_no_text_after_it():
    raw = "\n".join(
        [
            "图1　社会消费品零售总额同比增速（%）",
            "6.0",
            "4.0",
            "2032年3月　4月　5月　6月　7月　8月　9月　10月　11月　12月　2033年1—2月　3月",
            "3月份，社会消费品零售总额4120亿元，同比增长4.6%。",
        ]
    )
    obs = _run(raw, date(2033, 4, 16))
    assert [(o.value, o.period_end) for o in obs][-2:] == [
        (412_000_000_000, date(2033, 3, 31)),
        (4.6, date(2033, 3, 31)),
    ]


def test_industries_after_a_rate_take_the_measure_named_before_it():
    raw = (
        "3月份，全市32个工业大类行业中，有24个行业增加值同比增长，增长面为75.0%。"
        "重点行业中，汽车制造业增长11.2%，医药制造业增长6.4%。"
    )
    obs = _run(raw, date(2033, 4, 20))
    assert [(o.breakdown, o.value) for o in obs if "增加值" in o.subject][-2:] == [
        ("汽车制造业", 11.2),
        ("医药制造业", 6.4),
    ]


def test_members_ranked_by_growth_rate_of_the_measure_before():
    raw = (
        "3月份，全省规模以上工业增加值增长5.9%。其中，甲市、乙市增速居前两位，"
        "分别增长12.1%和10.4%。"
    )
    obs = _run(raw, date(2033, 4, 20))
    assert [(o.subject, o.breakdown) for o in obs][1:] == [
        ("规模以上工业增加值", "甲市"),
        ("规模以上工业增加值", "乙市"),
    ]


def test_spaced_table_with_words_spread_out_and_units_below():
    raw = "\n".join(
        [
            "表1-2  年末户籍人口",
            "年  份      年末户籍人口       城  镇        乡  村          男            女",
            "              （万人）        （万人）      （万人）      （万人）      （万人）",
            "2031           212.40          120.15         92.25        108.31        104.09",
            "2032           213.06          122.84         90.22        108.60        104.46",
        ]
    )
    obs = _run(raw, date(2033, 5, 1))
    assert [(o.subject, o.breakdown, o.value, o.period_end) for o in obs[5:8]] == [
        ("户籍人口", None, 2_130_600, date(2032, 12, 31)),
        ("户籍人口", "城镇", 1_228_400, date(2032, 12, 31)),
        ("户籍人口", "乡村", 902_200, date(2032, 12, 31)),
    ]


def test_title_line_above_a_tabbed_header_stays_its_own_line():
    raw = "\n".join(
        [
            "　　全市户籍人口比上年末增加0.66万人，其中城镇人口增加2.69万人，乡村人口减少2.03万",
            "人，城镇化水平继续提高，人口结构持续优化，老龄化程度有所加深，需要高度关注。",
            "表1-3  2032年末户籍人口年龄构成",
            "年龄组\t人口数（万人）\t比重（%）",
            "总计\t213.06\t100.00",
            "0—14岁\t30.12\t14.14",
        ]
    )
    text = normalise(raw).text
    assert "\n表1-3 2032年末户籍人口年龄构成\n年龄组\t" in text


def test_township_table_with_units_below_and_a_wrapped_name():
    raw = "\n".join(
        [
            "表5-1 各乡镇主要指标（2032年）",
            "乡镇 户籍人口 耕地面积 农村居民人均",
            "(人) (亩) 可支配收入(元)",
            "全 县 186420 312560 21530",
            "甲镇 52318 61240 23416",
            "乙乡 31275 58630 19872",
            "工业园区 6240 - -",
        ]
    )
    obs = _run(raw, date(2033, 5, 1))
    assert [(o.subject, o.breakdown, o.value, o.unit) for o in obs[2:5]] == [
        ("农村居民人均可支配收入", None, 21530, "元"),
        ("户籍人口", "甲镇", 52318, "人"),
        ("耕地面积", "甲镇", 61240, "亩"),
    ]
    assert [(o.breakdown, o.value) for o in obs][-1] == ("工业园区", 6240)


def test_crops_after_the_first_take_its_measure():
    raw = "分品种看，稻谷产量612.4万吨，增长1.2%；小麦86.3万吨，增长2.8%；玉米301.5万吨。"
    obs = _run(raw, date(2033, 2, 1))
    assert [(o.subject, o.breakdown) for o in obs if o.unit == "吨"] == [
        ("稻谷产量", None),
        ("小麦产量", "小麦"),
        ("玉米产量", "玉米"),
    ]


def test_table_in_the_unit_line_s_unit_classifies_its_rows():
    raw = "\n".join(
        [
            "表4　2032年各级各类教育招生和在校生情况",
            "单位：万人",
            "学历层次\t招生数\t在校生数",
            "研究生\t2.41\t7.36",
            "普通高中\t21.5\t63.2",
        ]
    )
    obs = _run(raw, date(2033, 3, 1))
    assert [(o.subject, o.breakdown, o.value) for o in obs][:2] == [
        ("招生数", "研究生", 24_100),
        ("在校生数", "研究生", 73_600),
    ]


def test_plan_indicator_table_with_missing_cells_and_cumulative_points():
    raw = "\n".join(
        [
            "专栏2　“十六五”时期主要指标",
            "类别\t指标\t单位\t2035年\t2040年\t年均增长/累计\t属性",
            "经济发展\t1.地区生产总值增长\t%\t5.1\t—\t5左右\t预期性",
            "\t2.常住人口城镇化率\t%\t71.2\t74\t〔2.8〕\t预期性",
            "绿色生态\t3.单位地区生产总值能源消耗降低\t%\t—\t—\t完成国家下达任务\t约束性",
            "\t4.森林覆盖率\t%\t45.10\t46.0\t〔0.90〕\t约束性",
        ]
    )
    obs = _run(raw, date(2036, 2, 1))
    assert [(o.subject, o.measure, o.value, o.unit, o.period_end) for o in obs] == [
        ("地区生产总值", "growth", 5.1, "%", date(2035, 12, 31)),
        ("地区生产总值", "growth", 5.0, "%", date(2040, 12, 31)),
        ("常住人口城镇化率", "level", 71.2, "%", date(2035, 12, 31)),
        ("常住人口城镇化率", "level", 74.0, "%", date(2040, 12, 31)),
        ("常住人口城镇化率", "pp_change", 2.8, "个百分点", date(2040, 12, 31)),
        ("森林覆盖率", "level", 45.1, "%", date(2035, 12, 31)),
        ("森林覆盖率", "level", 46.0, "%", date(2040, 12, 31)),
        ("森林覆盖率", "pp_change", 0.9, "个百分点", date(2040, 12, 31)),
    ]


def test_groups_of_columns_named_above_a_two_line_spaced_header():
    raw = "\n".join(
        [
            "12-1  各种运输方式完成的运输量（2032年）",
            "                       货物运输量                        旅客运输量",
            "运输方式        绝对数        比上年增长         绝对数        比上年增长",
            "               （万吨）         （%）          （万人次）        （%）",
            "总  计          186420           3.1            21715            2.4",
            "铁  路           21865           1.6             6842            6.9",
            "公  路          143710           3.3            12736           -1.8",
        ]
    )
    obs = _run(raw, date(2033, 5, 1))
    assert [(o.subject, o.breakdown, o.measure, o.value, o.unit) for o in obs[4:8]] == [
        ("货物运输量", "铁路", "level", 218_650_000, "吨"),
        ("货物运输量", "铁路", "growth", 1.6, "%"),
        ("旅客运输量", "铁路", "level", 68_420_000, "人次"),
        ("旅客运输量", "铁路", "growth", 6.9, "%"),
    ]


def test_gap_to_the_urban_figure_and_the_online_retail_head():
    raw = (
        "乡村消费品零售额612.4亿元，增长6.8%，增速高于城镇1.1个百分点。"
        "食品、日用品网络零售额分别占全省实物商品网络零售额的18.2%和13.5%。"
    )
    obs = _run(raw, date(2033, 4, 20))
    assert obs[2].subject.startswith("乡村消费品零售额")
    assert [(o.subject, o.breakdown) for o in obs[3:]] == [
        ("食品网络零售额", "食品"),
        ("日用品网络零售额", "日用品"),
    ]


def test_age_groups_and_industries_as_parts_in_unit_line_tables():
    raw = "\n".join(
        [
            "表3-2  2032年末户籍人口年龄构成",
            "年龄组\t人口数（万人）\t比重（%）",
            "总计\t213.06\t100.00",
            "0—14岁\t30.12\t14.14",
            "表3-3  就业人员",
            "单位：万人",
            "年份\t就业人员合计\t第一产业\t第二产业",
            "2032\t121.4\t10.6\t48.2",
        ]
    )
    obs = _run(raw, date(2033, 5, 1))
    # The share column is each group's share of the whole the title names.
    assert [(o.subject, o.breakdown, o.value) for o in obs][2:4] == [
        ("人口数", "0—14岁", 301_200),
        ("户籍人口", "0—14岁", 14.14),
    ]
    assert [(o.subject, o.breakdown, o.value) for o in obs][4:] == [
        ("就业人员", None, 1_214_000),
        ("就业人员", "第一产业", 106_000),
        ("就业人员", "第二产业", 482_000),
    ]


def test_table_titled_as_changes_on_last_year_holds_growth_rates():
    raw = "\n".join(
        [
            "表2　2032年居民消费价格比上年涨跌幅度",
            "单位：%",
            "指标\t全市\t城市\t农村",
            "居民消费价格\t0.6\t0.7\t0.4",
            "食品烟酒\t-0.8\t-0.6\t-1.1",
        ]
    )
    obs = _run(raw, date(2033, 3, 1))
    assert {o.measure for o in obs} == {"growth"}
    assert [o.value for o in obs] == [0.6, 0.7, 0.4, -0.8, -0.6, -1.1]


def test_wrapped_analysis_with_a_two_figure_table_is_joined():
    prose = [
        "　　(一)增速持续领跑。一季度，全市规模以上工业增加值同比增长6.2%，其中高技术制造",
        "业增加值增长10.4%，增速比上年同期加快1.1个百分点，比上年全年加快0.6个百",
        "分点。高技术制造业增加值占规模以上工业的比重为17.6%，比上年同期提高1.0个百",
        "分点。高技术制造业对规模以上工业增长的贡献率达29.8%，拉动全市工业增长1.8个百",
        "分点。一季度末，全市规模以上高技术制造业企业962家，比上年同期增加61家，增量",
        "主要来自电子及通信设备制造业和医药制造业，两个行业合计新增企业44家，占七成。",
        "　　(二)重点行业多点支撑。电子及通信设备制造业增加值增长13.6%，占高技术制造业",
        "的比重达41.2%，是拉动增长的主要力量；医药制造业增长3.4%，增速有所回落。",
        "　　(三)投资保持较快增长。一季度，全市高技术制造业投资同比增长18.6%，快于全部",
        "工业投资7.2个百分点，其中电子及通信设备制造业投资增长24.1%，医药制造业投资增",
        "长9.8%，计算机及办公设备制造业投资增长31.5%，新开工项目较上年同期明显增多。",
    ]
    table = [
        "表1    2032年一季度全市高技术制造业分行业增加值情况",
        "  高技术制造业                       10.4          100.0",
        "    电子及通信设备制造业             13.6           41.2",
        "    医药制造业                        3.4           22.6",
        "    医疗仪器设备及仪器仪表制造业      8.1           15.3",
        "    计算机及办公设备制造业           16.0           12.5",
        "    信息化学品制造业                 -1.9            4.8",
        "    航空、航天器及设备制造业         19.7            3.6",
    ]
    text = normalise("\n".join(prose + table)).text
    assert "比上年全年加快0.6个百分点。" in text
    assert "拉动全市工业增长1.8个百分点。" in text


def test_communique_table_with_rates_in_the_unit_line_and_parts_of_the_gross_product():
    # 单位：亿元，% lists the unit of the rates too: 比上年增长 is a growth rate, not a change in
    # 亿元; the industries under 地区生产总值 are their value added.
    obs = _run(
        "表1　2025年全县地区生产总值及其增长速度\n单位：亿元，%\n指标\t绝对数\t比上年增长\n"
        "地区生产总值\t812.30\t6.1\n　第一产业\t80.10\t3.1\n　第二产业\t300.20\t7.0\n"
        "　　其中：工业\t250.00\t7.5\n",
        date(2026, 3, 20),
    )
    total = _one(obs, "6.1")
    assert (total.subject, total.measure, total.unit) == ("地区生产总值", "growth", "%")
    first = _one(obs, "80.10")
    assert (first.subject, first.breakdown, first.value) == ("第一产业增加值", "第一产业", 8.01e9)
    rate = _one(obs, "7.5")
    assert (rate.breakdown, rate.measure, rate.value) == ("工业", "growth", 7.5)
    # 比上年末增减 is an amount in the table's unit.
    obs = _run(
        "表8　2025年末全县参加社会保险人数\n单位：万人，%\n指标\t年末数\t比上年末增减\n"
        "失业保险\t50.1\t1.2\n基本医疗保险\t312.0\t-2.1\n　其中：职工基本医疗保险\t90.3\t2.2\n",
        date(2026, 3, 20),
    )
    change = _one(obs, "1.2")
    assert (change.measure, change.value, change.unit) == ("change", 12000, "人")
    # A 其中 row is a part of the row above, not another member of the title's quantity.
    part = _one(obs, "90.3")
    assert (part.subject, part.breakdown) == ("基本医疗保险", "职工基本医疗保险")


def test_row_in_another_magnitude_of_the_total_s_unit_is_a_part():
    obs = _run(
        "表9　2025年各种运输方式完成旅客运输量\n指标\t单位\t绝对数\t比上年增长（%）\n"
        "旅客运输总量\t亿人次\t1.20\t3.3\n　铁路\t亿人次\t0.50\t1.8\n　民航\t万人次\t310.5\t12.7\n",
        date(2026, 3, 20),
    )
    air = _one(obs, "310.5")
    assert (air.subject, air.breakdown, air.value, air.unit) == (
        "旅客运输总量",
        "民航",
        3105000,
        "人次",
    )


def test_spending_heads_a_list_and_price_classes_are_siblings():
    obs = _run("衣着、居住、交通通信消费支出分别为1400元、5000元和3000元。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("衣着消费支出", "衣着"),
        ("居住消费支出", "居住"),
        ("交通通信消费支出", "交通通信"),
    ]
    obs = _run("分类别看，食品烟酒类价格下降0.8%，衣着类上涨1.2%，居住类上涨0.1%。")
    clothing = _one(obs, "1.2%")
    assert (clothing.subject, clothing.breakdown, clothing.measure) == (
        "衣着类价格",
        "衣着类",
        "growth",
    )


def test_values_of_a_list_share_the_unit_the_last_writes_out():
    obs = _run("三类商品的销售额分别为44.5亿、20.4亿及18.9亿元。")
    assert [(o.value, o.unit) for o in obs] == [(4.45e9, "元"), (2.04e9, "元"), (1.89e9, "元")]
    obs = _run("甲州、乙江、丙城软件业务收入分别增长13.2%、12.5%和11.7%。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("甲州软件业务收入", "甲州"),
        ("乙江软件业务收入", "乙江"),
        ("丙城软件业务收入", "丙城"),
    ]


def test_chart_axis_of_cumulative_months_and_legend_of_years_date_nothing():
    obs = _run(
        "甲省通信管理局\n2026年1—9月全省软件业运行情况\n\n"
        "1—9月，全省软件业务收入2100亿元，同比增长11.2%。\n\n"
        "图2　2025年1—9月和2026年1—9月软件业务收入增长情况\n%\n14\n12\n"
        "1—2月　1—3月　1—4月　1—5月　1—6月　1—7月　1—8月　1—9月\n■2025年　■2026年\n\n"
        "二、分领域情况\n软件产品收入600亿元，同比增长10.1%。\n",
        date(2026, 10, 20),
    )
    assert {o.period_end for o in obs} == {date(2026, 9, 30)}


def test_pie_chart_slices_are_shares_of_the_caption_s_whole():
    obs = _run(
        "图4　2025年东、中、西部和东北地区电信业务收入占比\n东部地区\n48.0%\n中部地区\n20.0%\n"
        "西部地区\n27.0%\n东北地区\n5.0%\n\n"
        "图5　2025年各类用户构成\n5G用户　60.5%\n4G用户　35.5%\n",
        date(2026, 3, 20),
    )
    east = _one(obs, "48.0%")
    assert (east.subject, east.breakdown, east.measure, east.period_end) == (
        "电信业务收入",
        "东部地区",
        "share",
        date(2025, 12, 31),
    )
    five_g = _one(obs, "60.5%")
    assert (five_g.subject, five_g.breakdown, five_g.measure) == ("各类用户", "5G用户", "share")


def test_post_lines_of_household_groups_and_signed_rates():
    # A WeChat post: the whole's figure on lines of its own, then a group a bullet line.
    obs = _run(
        "全省居民人均可支配收入\n37120元\n增长5.8%\n\n▪城镇居民：48726元，增长4.9%\n"
        "▪农村居民：22418元，增长6.7%\n其中：\n制造业投资  +11.6%\n房地产开发投资  -8.7%\n"
    )
    town = _one(obs, "48726元")
    assert (town.subject, town.breakdown) == ("城镇居民人均可支配收入", "城镇居民")
    country = _one(obs, "6.7%")
    assert (country.subject, country.breakdown, country.measure) == (
        "农村居民人均可支配收入",
        "农村居民",
        "growth",
    )
    fell = _one(obs, "-8.7%")
    assert (fell.subject, fell.measure, fell.value) == ("房地产开发投资", "growth", -8.7)


def test_regions_after_a_list_of_their_rates_complete_the_measure():
    obs = _run(
        "全年软件业务收入达1.2万亿元。分地区看，东部地区完成9000亿元，增长12.1%；中部和西部地区"
        "分别完成1500亿元和1200亿元，分别增长13.9%和12.1%；东北地区完成300亿元，增长6.4%。"
    )
    assert _one(obs, "9000亿元").subject == "东部地区软件业务收入"
    middle = _one(obs, "13.9%")
    assert (middle.breakdown, middle.measure) == ("中部地区", "growth")
    north_east = _one(obs, "300亿元")
    assert ("软件业务收入" in north_east.subject, north_east.breakdown) == (True, "东北地区")


def test_a_label_line_s_own_time_ends_with_its_section():
    obs = _run(
        "一图读懂丨上半年全市经济运行情况\n\n7月18日，市统计局发布上半年全市经济运行情况。\n\n"
        "③ 服务业\n1—5月，规模以上服务业企业营业收入\n增长12.4%\n\n"
        "④ 投资\n固定资产投资\n增长6.8%\n",
        date(2026, 7, 20),
    )
    assert _one(obs, "12.4%").period_end == date(2026, 5, 31)
    assert _one(obs, "6.8%").period_end == date(2026, 6, 30)


def test_chart_of_labelled_values_months_and_categories():
    obs = _run(
        "图1　2025年10月以来电子信息制造业增加值分月增速（%）\n"
        "2025年10月 9.6　11月 10.2　12月 10.9　2026年1—2月 12.3　3月 11.8\n\n"
        "图2　2026年上半年实物商品网络零售额品类占比（%）\n"
        "服装鞋帽针纺织品 22.4　日用品 15.1　其他 37.4\n",
        date(2026, 7, 20),
    )
    november = _one(obs, "10.2")
    assert (november.subject, november.measure, november.unit, november.period_end) == (
        "电子信息制造业增加值",
        "growth",
        "%",
        date(2025, 11, 30),
    )
    assert _one(obs, "12.3").period_end == date(2026, 2, 28)
    clothes = _one(obs, "22.4")
    assert (clothes.subject, clothes.breakdown, clothes.measure, clothes.period_end) == (
        "实物商品网络零售额",
        "服装鞋帽针纺织品",
        "share",
        date(2026, 6, 30),
    )


def test_ordinal_list_before_its_head_and_a_figure_converted():
    obs = _run("第一、二、三产业对经济增长的贡献率分别为6.1%、40.5%和53.4%。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("第一产业对经济增长贡献率", "第一产业"),
        ("第二产业对经济增长贡献率", "第二产业"),
        ("第三产业对经济增长贡献率", "第三产业"),
    ]
    obs = _run("全年人均地区生产总值90367元，比上年增长5.5%，按年平均汇率折算为12604美元。")
    dollars = _one(obs, "12604美元")
    assert (dollars.subject, dollars.unit) == ("人均地区生产总值", "美元")


def test_age_classes_output_and_sales_and_an_average_of_one_class():
    obs = _run("20岁以下、20—29岁、30—39岁、60岁及以上网民占比分别为16.1%、13.2%、19.5%和14.2%。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("20岁以下网民", "20岁以下"),
        ("20—29岁网民", "20—29岁"),
        ("30—39岁网民", "30—39岁"),
        ("60岁及以上网民", "60岁及以上"),
    ]
    obs = _run("新能源汽车产销分别完成1712.4万辆和1698.6万辆，同比分别增长18.4%和17.9%。")
    assert [o.subject for o in obs] == ["新能源汽车产量", "新能源汽车销量"] * 2
    # 平均为 is an average, not each of two members; 大型及以上 is one class.
    obs = _run("新建大型及以上数据中心PUE平均为1.26。")
    assert [(o.subject, o.value) for o in obs] == [("新建大型及以上数据中心PUE", 1.26)]


def test_schooling_classes_ranked_leaders_and_kinds_of_a_balance():
    obs = _run(
        "小学及以下、高中/中专/技校、大专、大学本科及以上学历网民占比分别为18.2%、20.6%、10.5%和12.3%。"
    )
    assert [o.breakdown for o in obs] == [
        "小学及以下",
        "高中/中专/技校",
        "大专",
        "大学本科及以上学历",
    ]
    assert all(o.subject.endswith("网民") for o in obs)
    obs = _run(
        "东部地区实现营业收入10.47万亿元，同比增长7.9%。"
        "营业收入居前五位的省份中，甲省、乙省、丙省分别增长6.8%、9.5%和11.7%。"
    )
    assert (_one(obs, "9.5%").subject, _one(obs, "9.5%").breakdown) == ("营业收入", "乙省")
    obs = _run("年末全省政府债务余额18934.7亿元，其中一般债务7106.2亿元、专项债务11828.5亿元。")
    general = _one(obs, "7106.2亿元")
    assert (general.subject, general.breakdown) == ("一般债务余额", "一般债务")


def test_kinds_after_a_list_of_kinds_take_its_measure():
    obs = _run(
        "上半年，家用电器和音像器材、通讯器材、日用品网络零售额分别增长14.7%、19.2%和8.4%；"
        "服装鞋帽针纺织品增长3.6%，金银珠宝下降6.3%。"
    )
    gold = _one(obs, "6.3%")
    assert (gold.subject, gold.breakdown, gold.value) == ("金银珠宝网络零售额", "金银珠宝", -6.3)


def test_plan_span_figures_a_whole_given_in_passing_and_the_member_highest():
    obs = _run("全国算力总规模达到280EFLOPS，同比增长22.0%，“十四五”以来年均增长约30%。")
    assert _one(obs, "30%").subject == "全国算力总规模"
    obs = _run("蜂窝物联网终端用户28.68亿户，占移动网终端连接总数（47.8亿户）的比重达62.1%。")
    assert _one(obs, "47.8亿户").subject == "移动网终端连接总数"
    assert _one(obs, "62.1%").subject == "蜂窝物联网终端用户"
    highest = _one(_run("从学历结构看，初中学历网民占比最高，为38.4%。"), "38.4%")
    assert (highest.subject, highest.measure) == ("初中学历网民", "share")
    fastest = _one(_run("从城市看，甲市增速最快，为8.2%。"), "8.2%")
    assert (fastest.subject, fastest.measure) == ("甲市", "growth")


def test_member_lines_under_an_opener_line_of_an_infographic():
    obs = _run(
        "数说｜前三季度全市经济运行\n\n① 工业生产\n规模以上工业增加值\n同比增长\n6.2%\n"
        "两年平均增长5.8%\n▶分行业看\n纺织业↑2.1%\n化学原料和化学制品制造业↑8.4%\n"
        "高技术制造业增加值\n增长10.6%\n",
        date(2026, 10, 20),
    )
    textile = _one(obs, "2.1%")
    assert (textile.subject, textile.breakdown, textile.measure) == (
        "规模以上工业增加值",
        "纺织业",
        "growth",
    )
    # A line naming a measure of its own ends the members.
    assert _one(obs, "10.6%").subject == "高技术制造业增加值"


def test_later_changes_run_between_the_periods_the_first_named():
    obs = _run(
        "經季節性調整的失業率由2026年10月至12月的3.7%上升至2026年11月至2027年1月的3.8%，"
        "而就業不足率則由1.1%上升至1.2%。勞動人口參與率由57.8%輕微下跌至57.7%。",
        date(2027, 2, 17),
    )
    assert _one(obs, "1.1%").period_end == date(2026, 12, 31)
    assert _one(obs, "1.2%").period_end == date(2027, 1, 31)
    assert _one(obs, "57.8%").period_end == date(2026, 12, 31)


def test_a_member_s_share_of_the_whole_counted_before_it():
    obs = _run("全省数据标注企业1046家，东部地区占60.1%，西部地区占比较上年提高6.5个百分点。")
    east, west = _one(obs, "60.1%"), _one(obs, "6.5个百分点")
    assert (east.subject, east.breakdown, east.measure) == ("全省数据标注企业", "东部地区", "share")
    assert (west.subject, west.breakdown, west.measure) == (
        "全省数据标注企业",
        "西部地区",
        "pp_change",
    )


def test_share_of_units_that_do_something_is_no_class_bound():
    obs = _run("全省所有县城城区实现5G网络覆盖，95%以上的行政村通千兆光网。")
    villages = _one(obs, "95%以上")
    assert (villages.measure, villages.value, villages.qualifier) == ("share", 95, "over")
    assert "行政村" in villages.subject
    # A bound followed by the class's count draws the class.
    obs = _run("研发投入强度3%以上的企业有120家。")
    assert [o.value_text for o in obs] == ["120家"]


def test_an_industry_s_accounts_go_on_through_its_paragraph():
    obs = _run(
        "1—8月，全省规模以上电子信息制造业实现营业收入10862.4亿元，同比增长8.7%；"
        "实现利润总额398.6亿元。营业收入利润率为3.67%，较上年同期提高0.18个百分点。"
    )
    margin = _one(obs, "3.67%")
    assert margin.subject == "规模以上电子信息制造业营业收入利润率"
    # Without an industry before, the rate is the text's own.
    obs = _run("全年营业收入利润率为3.67%。")
    assert _one(obs, "3.67%").subject == "营业收入利润率"


def test_counts_of_classes_by_kind_and_the_measure_of_their_condition():
    for sentence, counted, condition in [
        ("有8个门类营业收入实现增长。", "门类", "营业收入实现增长"),
        ("有14个集群增加值实现增长。", "集群", "增加值实现增长"),
        ("有307种产品产量同比增长。", "产品", "产量同比增长"),
    ]:
        (count,) = _run(sentence)
        assert (count.subject, count.breakdown) == (counted, condition), sentence


def test_count_of_places_whose_measure_met_a_condition():
    # The class is the first class word; what follows it is the measure the condition is of.
    for sentence, counted, condition in [
        ("有12个市规模以上工业增加值实现正增长。", "市", "规模以上工业增加值实现正增长"),
        ("全年有9个市地区生产总值增速高于全省平均水平。", "市", "地区生产总值增速高于全省平均水平"),
        ("有6家规模以上工业企业营业收入实现增长。", "规模以上工业企业", "营业收入实现增长"),
    ]:
        (count,) = _run(sentence)
        assert (count.subject, count.breakdown) == (counted, condition), sentence
    # The count of the class among which they were counted is no list member beside them.
    obs = _run("全省14个省辖市中有12个市规模以上工业增加值实现正增长。")
    cities = _one(obs, "12个")
    assert (cities.subject, cities.breakdown) == ("市", "规模以上工业增加值实现正增长")
    assert _one(obs, "14个").breakdown is None


def test_table_whose_header_leaves_its_corner_empty_under_a_title_without_number():
    obs = _run(
        "表　2025年全省规模以上物流企业营业收入情况\n"
        "\t金额（亿元）\t比上年增长（%）\n"
        "总计\t2450\t5.5\n"
        "按业务分\t\t\n"
        "仓储服务\t820\t6.1\n"
    )
    storage = _one(obs, "820")
    assert (storage.subject, storage.breakdown, storage.value) == (
        "全省规模以上物流企业营业收入",
        "仓储服务",
        820e8,
    )
    assert _one(obs, "6.1").measure == "growth"
    assert _one(obs, "2450").breakdown is None


def test_chart_caption_of_growth_by_division():
    obs = _run("图2　2025年软件业分领域收入增长情况（%）\n云服务　14.2\n工业软件　9.6\n")
    cloud = _one(obs, "14.2")
    assert (cloud.subject, cloud.breakdown, cloud.measure, cloud.unit) == (
        "软件业收入",
        "云服务",
        "growth",
        "%",
    )


def test_the_four_regions_with_their_area_written_once():
    obs = _run("东部、中部、西部和东北地区快递业务量分别为12亿件、5亿件、4亿件和1亿件。")
    assert [o.breakdown for o in obs] == ["东部地区", "中部地区", "西部地区", "东北地区"]
    obs = _run("东、中、西部地区分别增长4.1%、5.2%和6.3%。")
    assert [o.subject for o in obs] == ["东部地区", "中部地区", "西部地区"]


def test_an_earlier_period_given_for_comparison_dates_its_clause_only():
    obs = _run(
        "2024年10月份，全省发电量312亿千瓦时，同比下降0.9%，1—9月为增长1.1%；日均发电10.1亿千瓦时。"
    )
    assert _one(obs, "1.1%").period_end == date(2024, 9, 30)
    assert _one(obs, "10.1亿千瓦时").period_end == date(2024, 10, 31)


def test_holidays_on_fixed_dates_date_their_figures_and_their_length_is_no_statistic():
    raw = (
        "今年“五一”假期，全市文旅市场火热。4天假期全市共接待游客86.2万人次，同比增长7.5%。\n"
        "国庆黄金周期间，全市接待游客150万人次。"
    )
    obs = _run(raw, date(2025, 10, 12))
    may = _one(obs, "86.2万人次")
    assert (may.subject, may.period_end, may.kind) == ("全市共接待游客", date(2025, 5, 4), "actual")
    assert _one(obs, "150万人次").period_end == date(2025, 10, 7)
    assert not [o for o in obs if o.unit == "天"]
    # A stay counted in days is a statistic.
    assert _one(_run("游客人均停留2.6天。"), "2.6天").value == 2.6


def test_latin_glosses_and_labels_stay_out_of_the_grammar():
    obs = _run("增程式（EREV，含插混）车型产量8.2万辆，同比增长41.3%。")
    assert [(o.subject, o.measure) for o in obs] == [
        ("增程式车型产量", "level"),
        ("增程式车型产量", "growth"),
    ]
    (cagr,) = _run("2020—2024年，全省光伏组件产量年均复合增长率（CAGR）超过38%。")
    assert (cagr.measure, cagr.value, cagr.qualifier) == ("growth", 38, "over")
    (potential,) = _run("全国潜在增长率在4.8%左右。")
    assert potential.subject == "全国潜在增长率"
    (told,) = _run("【解说】全市重点景区接待游客52.3万人次。")
    assert told.subject == "全市重点景区接待游客"


def test_counted_nouns_opening_with_a_grade_or_a_lettered_name():
    obs = _run("全市826家等级民宿平均入住率达88.5%，其中12家5A级景区接待游客210万人次。")
    assert _one(obs, "826家").subject == "等级民宿"
    assert _one(obs, "88.5%").subject == "等级民宿平均入住率"
    assert _one(obs, "12家").subject.startswith("5A级景区")
    (parcels,) = _run("全年海关监管跨境电商包裹3.6亿票。")
    assert (parcels.value, parcels.unit) == (3.6e8, "票")


def test_chart_caption_with_its_unit_on_a_line_below_and_year_labels():
    raw = (
        "图：2022—2025年全省工业机器人产量\n单位：万套\n"
        "2022年　1.8\n2023年　2.4\n2025年1—9月　2.9\n"
    )
    obs = _run(raw, date(2025, 11, 1))
    assert [(o.value, o.unit, o.period_end) for o in obs] == [
        (18000, "套", date(2022, 12, 31)),
        (24000, "套", date(2023, 12, 31)),
        (29000, "套", date(2025, 9, 30)),
    ]
    assert {o.subject for o in obs} == {"全省工业机器人产量"}


def test_a_bare_measure_noun_after_a_list_is_the_one_the_list_before_named_in_full():
    obs = _run(
        "东部、中部和西部地区快递业务收入分别为820亿元、310亿元和260亿元。"
        "东部、中部地区收入分别增长6.1%和7.3%，西部地区增长8.4%。"
    )
    assert [o.subject for o in obs if o.unit == "%"] == [
        "东部地区快递业务收入",
        "中部地区快递业务收入",
        "西部地区快递业务收入",
    ]


def test_only_a_fixed_date_holiday_right_before_its_span_dates_it():
    # 元旦春节期间 runs into the lunar new year: no fixed dates.
    obs = _run("2025年，全市社零总额增长5%。元旦春节期间，全市重点商贸企业实现销售额12亿元。")
    assert _one(obs, "12亿元").period_end != date(2025, 1, 1)
    (visits,) = _run("“十一五”期间，全市累计接待游客1.2亿人次。")
    assert visits.period_end != date(2010, 10, 7)


def test_every_part_of_a_structure_is_dated_as_the_whole_ratio():
    obs = _run("2024年，三次产业结构由上年的8.1∶37.5∶54.4调整为7.9∶37.0∶55.1。")
    assert [o.period_end.year for o in obs] == [2023, 2023, 2023, 2024, 2024, 2024]
    obs = _run("2024年，三次产业结构由2019年的9.0∶39.2∶51.8调整为7.9∶37.0∶55.1。")
    assert [o.period_end.year for o in obs] == [2019, 2019, 2019, 2024, 2024, 2024]


def test_a_modal_after_a_count_is_no_counted_noun():
    obs = _run("规划确定的20项主要指标，预计18项可以完成。")
    assert _one(obs, "18项").subject == "主要指标"


def test_tenths_a_share_reached_are_its_level():
    (share,) = _run("到2027年，全市数字经济核心产业增加值占比提高到两成以上。")
    assert (share.measure, share.value, share.qualifier) == ("share", 20, "over")
    (growth,) = _run("全年跨境电商进出口额增长近三成。")
    assert growth.measure == "growth"


def test_members_listed_before_their_shares_of_a_whole_named_after():
    for raw in (
        "东盟、欧盟、日本分别占全市外贸出口的31.2%、22.5%和9.8%。",
        "■主要市场：东盟、欧盟、日本，分别占全市外贸出口的31.2%、22.5%和9.8%。",
    ):
        obs = _run(raw)
        assert [(o.subject, o.breakdown, o.measure) for o in obs] == [
            ("全市外贸出口", "东盟", "share"),
            ("全市外贸出口", "欧盟", "share"),
            ("全市外贸出口", "日本", "share"),
        ], raw


def test_a_growth_rate_falling_from_a_bound_to_another_rate():
    obs = _run("2024年，全省出口增速预计从上半年的20%以上回落至10%左右。")
    assert [(o.subject, o.measure, o.value, o.qualifier) for o in obs] == [
        ("全省出口", "growth", 20, "over"),
        ("全省出口", "growth", 10, "about"),
    ]
    assert _one(obs, "20%以上").period_end == date(2024, 6, 30)


def test_a_plan_s_own_figure_is_the_year_s_target_and_the_share_done_is_progress():
    obs = _run("2024年1—8月，全市水利投资52.6亿元，同比增长6.3%，完成年度投资计划80亿元的65.8%。")
    plan = _one(obs, "80亿元")
    assert (plan.kind, plan.period_end) == ("target", date(2024, 12, 31))
    done = _one(obs, "65.8%")
    assert (done.subject, done.breakdown, done.measure) == ("全市水利投资", "年度投资计划", "share")
    # A part after the progress is a part of the quantity, not of the plan.
    obs = _run(
        "前三季度，全省开展技能培训52.1万人次，完成年度计划70万人次的74.4%，其中农民工21.3万人次。"
    )
    assert _one(obs, "21.3万人次").subject == "全省开展技能培训"


def test_rank_moves_and_digit_counts_are_no_statistics():
    obs = _run("全省有效发明专利12.6万件，居全国第11位，较上年前移2位。")
    assert [o.value_text for o in obs] == ["12.6万件"]
    assert _run("全市房地产开发投资降幅接近两位数。") == []


def test_a_rate_named_as_not_moving_changed_by_zero_points():
    obs = _run("核心CPI上涨0.6%，涨幅与上月持平。")
    assert (_one(obs, "持平").measure, _one(obs, "持平").unit) == ("pp_change", "个百分点")
    # Anything else that did not move grew by zero percent (FORMAT.md).
    (price,) = _run("全年居民消费价格与上年持平。")
    assert (price.measure, price.unit) == ("growth", "%")


def test_ahead_of_the_plan_s_pace_is_a_gap_of_the_quantity_before():
    obs = _run("全市重点项目完成投资512亿元，超序时进度4.5个百分点。")
    assert _one(obs, "4.5个百分点").subject == "全市重点项目完成投资"


def test_a_table_titled_as_a_composition_gives_each_row_s_share_of_the_whole():
    raw = (
        "表2　从业人员学历构成\n单位：%\n\t2023年\t2024年\n"
        "初中及以下\t41.2\t39.8\n大专及以上\t22.5\t24.1\n"
    )
    obs = _run(raw)
    assert [(o.subject, o.breakdown, o.measure) for o in obs[:2]] == [
        ("从业人员", "初中及以下", "share"),
        ("从业人员", "初中及以下", "share"),
    ]
    assert [o.period_end.year for o in obs[:2]] == [2023, 2024]
    # A column of growth rates is no share.
    raw = "表4　软件业务收入构成\n指标\t比重（%）\t比上年增长（%）\n软件产品\t30.2\t8.8\n"
    obs = _run(raw)
    assert [o.measure for o in obs] == ["share", "growth"]
    # A column with a unit of its own keeps its quantity.
    raw = "表3　常住人口年龄构成\n指标\t人口数（万人）\t比重（%）\n0—14岁\t63.8\t13.1\n"
    obs = _run(raw)
    assert (_one(obs, "63.8").measure, _one(obs, "63.8").unit) == ("level", "人")


def test_members_ranked_high_or_low_take_the_measure_their_clause_names():
    obs = _run(
        "从事金融业和信息服务业的职工年均工资较高，分别为18.2万元和16.5万元；"
        "从事农林牧渔业的职工年均工资最低，为4.8万元。"
    )
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("职工年均工资", "金融业"),
        ("职工年均工资", "信息服务业"),
        ("职工年均工资", "农林牧渔业"),
    ]
    (older,) = _run("60岁以上职工所占比重为12.4%。")
    assert older.subject == "60岁以上职工"


def test_a_plan_in_an_aside_is_the_year_s_target_of_the_figure_done():
    obs = _run("2024年，新建城市绿道56.2公里（年度任务50公里），抽检食品1.8万批次。")
    plan = _one(obs, "50公里")
    assert (plan.subject, plan.kind, plan.period_end) == (
        "新建城市绿道",
        "target",
        date(2024, 12, 31),
    )
    assert _one(obs, "1.8万批次").unit == "批次"


def test_a_start_value_dates_from_the_span_the_section_heading_names():
    raw = (
        "一、过去五年工作回顾\n\n"
        "全县地区生产总值由2019年的120.4亿元增加到2024年的168.2亿元。"
        "一般公共预算收入由6.1亿元增加到8.9亿元。\n"
    )
    obs = _run(raw, date(2025, 1, 8))
    assert _one(obs, "6.1亿元").period_end == date(2019, 12, 31)
    assert _one(obs, "8.9亿元").period_end == date(2024, 12, 31)


def test_coverage_of_a_population_is_a_share_and_a_bracketed_character_stays_in_a_name():
    obs = _run(
        "全市医保参保人数达812万人，覆盖常住人口的95.6%。住户贷款增加120亿元，企（事）业单位贷款增加86亿元。"
    )
    assert _one(obs, "95.6%").measure == "share"
    assert _one(obs, "86亿元").subject == "企（事）业单位贷款"
    # A longer gloss is no part of the name.
    (users,) = _run("宽带用户（即高速用户）数达到120万户。")
    assert "（" not in users.subject


def test_plans_named_after_or_before_their_figures_are_the_year_s_targets():
    obs = _run("2024年1—9月，全市城镇新增就业8.6万人，完成全年10万人目标任务的86%。")
    plan = _one(obs, "10万人")
    assert (plan.kind, plan.period_end) == ("target", date(2024, 12, 31))
    assert (_one(obs, "86%").subject, _one(obs, "86%").breakdown) == (
        "全市城镇新增就业",
        "目标任务",
    )
    obs = _run("2024年上半年，年度计划新开工项目312个，已开工215个。年度计划完成率为68%。")
    assert (_one(obs, "312个").kind, _one(obs, "312个").period_end) == (
        "target",
        date(2024, 12, 31),
    )
    assert _one(obs, "68%").kind == "actual"


def test_a_paragraph_opened_by_kinds_goes_on_with_the_measure_before_it():
    raw = (
        "10月份，全省规上工业原煤产量1860万吨，同比增长3.2%。\n"
        "分品种看，10月份，规上工业动力煤增速加快，炼焦煤降幅收窄。其中，规上工业动力煤"
        "同比增长5.1%，增速比9月加快1.4个百分点；规上工业炼焦煤下降2.3%。"
    )
    obs = _run(raw, date(2025, 11, 20))
    steam = _one(obs, "5.1%")
    assert (steam.subject, steam.breakdown, steam.period_end) == (
        "全省规上工业原煤产量",
        "动力煤",
        date(2025, 10, 31),
    )
    faster = _one(obs, "1.4个百分点")
    assert (faster.measure, faster.breakdown) == ("pp_change", "动力煤")
    coking = _one(obs, "2.3%")
    assert (coking.subject, coking.breakdown, coking.value) == (
        "全省规上工业原煤产量",
        "炼焦煤",
        -2.3,
    )
    # Without the opener, a kind stays its own subject.
    (alone,) = _run("规上工业动力煤同比增长5.1%。", date(2025, 11, 20))
    assert alone.breakdown is None


def test_a_month_that_opens_a_sentence_on_how_figures_moved_dates_the_figures_after_it():
    (coal,) = _run(
        "9月份，全市原煤产量降幅收窄。其中，动力煤产量同比下降0.6%。", date(2025, 10, 20)
    )
    assert coal.period_end == date(2025, 9, 30)
    # A month that dates an event still does not carry on.
    (later,) = _run("2024年2月，省长到园区调研。园区企业营业收入增长12%。", date(2025, 10, 20))
    assert later.period_end != date(2024, 2, 29)


def test_tenths_more_or_fewer_than_another_figure_are_a_growth():
    obs = _run("全市快递业务量比上年多两成。女性创业者比男性少了三成。")
    assert [(o.measure, o.value) for o in obs] == [("growth", 20), ("growth", -30)]


def test_where_a_change_starts_is_a_fact_and_ti_dao_after_it_is_a_rise():
    obs = _run("今年我们把景区每日最大承载量从五万人次提到了六万人次。", date(2025, 5, 6))
    start, end = _one(obs, "五万人次"), _one(obs, "六万人次")
    assert (start.kind, start.period_end) == ("actual", None)
    assert end.subject == start.subject == "景区每日最大承载量"
    obs = _run("到2027年，全省工业互联网普及率从24.5%提高到35%。", date(2025, 5, 6))
    base, aim = _one(obs, "24.5%"), _one(obs, "35%")
    assert (base.kind, base.period_end) == ("actual", None)
    assert (aim.kind, aim.period_end) == ("target", date(2027, 12, 31))
    # Elsewhere 提到 is "mentions" and governs nothing.
    (sites,) = _run("报告提到，全市有A级景区42家。")
    assert sites.measure == "level"


def test_a_sibling_after_a_list_of_rates_keeps_the_rate_of_the_same_quantity():
    obs = _run(
        "西部省份中，甲省、乙省电子商务交易额增速分别达21.3%和17.6%，西北地区的丙省增长9.2%。"
    )
    third = _one(obs, "9.2%")
    assert "电子商务交易额" in third.subject
    assert third.breakdown is not None and "丙省" in third.breakdown


def test_shares_of_a_whole_held_by_a_place_or_scoped_by_it():
    (held,) = _run("省会甲市集聚了全省72%的集成电路设计企业。")
    assert (held.subject, held.measure) == ("集成电路设计企业", "share")
    assert "甲市" in held.breakdown
    (scoped,) = _run("全县有96.4%的自然村通了光纤。")
    assert scoped.measure == "share" and scoped.subject.startswith("自然村")


def test_streaks_leave_the_name_of_a_rate():
    (rate,) = _run("其中高技术制造业投资增速连续数月保持在12%以上。")
    assert (rate.subject, rate.measure, rate.qualifier) == ("高技术制造业投资", "growth", "over")


def test_a_growth_named_as_the_aim_before_its_target_is_that_target():
    raw = "为实现全年外贸增长5%左右的预期目标，全省出台了12条措施。"
    aim = _one(_run(raw, date(2025, 10, 20)), "5%左右")
    assert (aim.subject, aim.measure, aim.kind) == ("外贸", "growth", "target")


def test_going_past_a_target_by_an_amount_is_a_change_of_the_quantity_before():
    obs = _run("截至9月底，农村劳动力转移就业规模达到86.2万人，超过年度目标任务2.2万人。")
    past = _one(obs, "2.2万人")
    assert (past.subject, past.measure, past.value) == ("农村劳动力转移就业规模", "change", 22000)


def test_a_capacity_named_after_its_figure():
    obs = _run("“二期3000PFLOPS的算力明年上线。”能否让8.5EFLOPS的智能算力用起来，是关键。")
    assert _one(obs, "3000PFLOPS").subject == "二期算力"
    assert _one(obs, "8.5EFLOPS").subject == "智能算力"


def test_member_rows_under_a_row_with_a_unit_are_its_parts_and_rates_follow_the_current_period():
    raw = (
        "表2　2025年前三季度城乡居民出行情况\n"
        "指标\t2025年前三季度\t2024年前三季度\t同比增长（%）\n"
        "跨区域人员流动量（亿人次）\t498.6\t472.3\t5.6\n"
        "城镇居民\t361.2\t339.8\t6.3\n"
        "农村居民\t137.4\t132.5\t3.7\n"
        "公路客运量（万人）\t8620\t8410\t2.5\n"
    )
    obs = _run(raw, date(2025, 10, 28))
    urban = [o for o in obs if o.breakdown == "城镇居民"]
    assert [(o.subject, o.measure, o.value, o.unit) for o in urban] == [
        ("跨区域人员流动量", "level", 36_120_000_000, "人次"),
        ("跨区域人员流动量", "level", 33_980_000_000, "人次"),
        ("跨区域人员流动量", "growth", 6.3, "%"),
    ]
    assert urban[2].period_end == date(2025, 9, 30)
    road = [o for o in obs if o.subject == "公路客运量"]
    assert [o.breakdown for o in road] == [None, None, None]


def test_a_growth_row_of_a_chart_written_as_a_table_is_of_the_row_above():
    raw = (
        "图2　2025年1—5月快递业务量及增速\n时间\t1—3月\t1—4月\t1—5月\n"
        "快递业务量（亿件）\t458.2\t612.9\t771.4\n同比增长（%）\t21.6\t20.8\t20.3\n"
    )
    obs = _run(raw, date(2025, 6, 18))
    growth = [o for o in obs if o.measure == "growth"]
    assert [(o.subject, o.period_end) for o in growth] == [
        ("快递业务量", date(2025, 3, 31)),
        ("快递业务量", date(2025, 4, 30)),
        ("快递业务量", date(2025, 5, 31)),
    ]


def test_sub_items_of_a_count_in_the_unit_its_name_implies():
    raw = (
        "前三季度，全省接待游客人次6.42亿，同比增长9.1%，其中省内游客4.87亿、省外游客1.55亿，"
        "分别增长8.2%和12.0%。其中，省内游客人均花费612.5元，省外游客1403.2元。"
    )
    obs = _run(raw, date(2025, 10, 20))
    inside = _one(obs, "4.87亿")
    assert (inside.subject, inside.breakdown, inside.unit) == (
        "全省接待游客人次",
        "省内游客",
        "人次",
    )
    assert _one(obs, "12.0%").breakdown == "省外游客"
    spent = _one(obs, "1403.2元")
    assert (spent.subject, spent.breakdown) == ("省外游客人均花费", "省外游客")


def test_members_listed_before_a_share_of_a_whole_are_its_parts():
    raw = "家用电器、数码产品占限额以上单位商品零售额的比重分别为8.6%和5.2%。"
    obs = _run(raw)
    assert [(o.subject, o.breakdown, o.measure) for o in obs] == [
        ("限额以上单位商品零售额", "家用电器", "share"),
        ("限额以上单位商品零售额", "数码产品", "share"),
    ]


def test_a_count_of_members_meeting_a_size_names_the_noun_after_the_size():
    (leaders,) = _run("力争到2027年培育8家以上产值超五十亿元的智能制造龙头企业。")
    assert (leaders.subject, leaders.breakdown) == ("智能制造龙头企业", "产值超五十亿元")


def test_the_span_of_days_a_figure_is_of_is_no_count():
    obs = _run("国庆黄金周前3天，全市接待游客186.2万人次。")
    assert [o.value_text for o in obs] == ["186.2万人次"]
    assert obs[0].subject == "全市接待游客"
    # 提前 is how early, not a span.
    assert [o.value_text for o in _run("工程提前15天完工。")] == ["15天"]


def test_the_cause_of_a_change_is_no_part_of_its_subject():
    obs = _run("铁路发送旅客86.4万人次，受降雪天气影响下降2.1%。")
    assert _one(obs, "2.1%").subject == "铁路发送旅客"


def test_a_month_on_month_column_holds_growth_rates():
    raw = (
        "表1　2025年8月摩托车产销\n指标\t8月（万辆）\t环比（%）\t同比（%）\n"
        "摩托车产量\t152.3\t-2.4\t6.8\n"
    )
    obs = _run(raw, date(2025, 9, 12))
    assert [(o.measure, o.value) for o in obs] == [
        ("level", 1_523_000),
        ("growth", -2.4),
        ("growth", 6.8),
    ]


def test_what_a_draft_plan_sets_out_is_for_the_plan_s_span():
    raw = (
        "二、关于“十六五”时期的主要目标\n"
        "“十五五”时期，全市城镇新增就业累计52万人。建议稿提出，劳动年龄人口平均受教育年限由"
        "11.6年提高到12.1年，人均预期寿命由80.1岁提高到81岁左右。"
    )
    obs = _run(raw, date(2030, 11, 26))
    assert _one(obs, "52万人").period_end == date(2030, 12, 31)
    start, end = _one(obs, "11.6年"), _one(obs, "12.1年")
    assert (start.kind, start.period_end) == ("actual", date(2030, 12, 31))
    assert (end.kind, end.period_end) == ("target", date(2035, 12, 31))
    assert _one(obs, "80.1岁").subject == "人均预期寿命"
    # An age that names a class of people stays no figure.
    assert [o.value_text for o in _run("全市60岁以上老年人口41.2万人。")] == ["41.2万人"]


def test_a_grade_after_a_graded_count_is_the_same_things_of_that_grade():
    obs = _run("全市拥有国家级文物保护单位6处、省级28处。")
    provincial = _one(obs, "28处")
    assert (provincial.subject, provincial.breakdown) == ("省级文物保护单位", "省级")


def test_a_place_after_a_place_s_figure_has_the_same_measure():
    raw = "上半年，岚江省GDP为28410.6亿元，增长5.9%；北川省为19866.2亿元，增长6.4%。"
    obs = _run(raw, date(2025, 7, 25))
    other = _one(obs, "19866.2亿元")
    assert (other.subject, other.breakdown) == ("北川省GDP", "北川省")
    assert _one(obs, "6.4%").breakdown == "北川省"


def test_the_base_of_a_change_at_another_time_keeps_that_time():
    raw = (
        "2025年，公司净利润从上年的1.8亿元收窄至0.6亿元。"
        "全市数据中心机架较2023年底的不到3万架增长了2倍多。"
    )
    obs = _run(raw, date(2026, 3, 20))
    assert _one(obs, "1.8亿元").period_end == date(2024, 12, 31)
    assert _one(obs, "3万架").period_end == date(2023, 12, 31)
    grew = _one(obs, "2倍多")
    assert (grew.measure, grew.value, grew.qualifier) == ("growth", 200, "over")


def test_a_share_of_a_whole_whose_name_opens_with_you():
    obs = _run("全省高价值发明专利拥有量4.12万件，占有效发明专利总量的38.7%。")
    share = _one(obs, "38.7%")
    assert (share.subject, share.measure) == ("全省高价值发明专利拥有量", "share")


def test_a_plan_named_only_as_the_year_s_plan_is_the_plan_of_the_quantity_before():
    raw = "1—9月，全市新建充电桩2.4万个，完成年度计划3万个的80%。"
    obs = _run(raw, date(2025, 10, 20))
    plan = _one(obs, "3万个")
    assert (plan.subject, plan.kind, plan.period_end) == (
        "全市新建充电桩",
        "target",
        date(2025, 12, 31),
    )


def test_more_than_doubled_is_over():
    (doubled,) = _run("全县规上工业总产值比2020年翻了一番多。")
    assert (doubled.value_text, doubled.value, doubled.qualifier) == ("翻了一番多", 100, "over")


def test_yuan_and_rough_counts_as_speech_gives_them():
    obs = _run("【同期声】果农：现在一斤能卖到四块五，去年才三块出头。合作社有三十来个人。")
    assert [(o.value_text, o.value, o.unit, o.qualifier) for o in obs] == [
        ("四块五", 4.5, "元", "exact"),
        ("三块出头", 3.0, "元", "over"),
        ("三十来个人", 30, "人", "about"),
    ]
    # Pieces of land stay pieces (a count of plots where a verb counts them, never money).
    assert [(o.value, o.unit) for o in _run("全县建成三块试验田。")] == [(3, "块")]
    assert _run("村里有一块五亩的试验田。") == []


def test_more_of_what_a_verb_did_than_a_year_before_is_a_change():
    obs = _run("1—10月，全省新增光伏装机容量860万千瓦，同比多投产120万千瓦。", date(2025, 11, 20))
    more = _one(obs, "120万千瓦")
    assert (more.subject, more.measure, more.value) == ("全省新增光伏装机容量", "change", 1_200_000)


def test_a_quantity_said_to_keep_growing_is_what_the_figures_after_it_are_of():
    raw = "1—10月，城乡居民生活用电保持较快增长，占全社会用电量的比重为15.1%。"
    (share,) = _run(raw, date(2025, 11, 20))
    assert (share.subject, share.measure) == ("城乡居民生活用电", "share")


def test_a_gloss_of_the_base_and_what_a_figure_aims_at_are_no_subject():
    raw = "10月，全省智能手机产量1260万台，环比（MoM）增长4.2%，预计全年有望冲击1.4亿台。"
    obs = _run(raw, date(2025, 11, 20))
    assert [o.subject for o in obs] == ["全省智能手机产量"] * 3
    assert _one(obs, "1.4亿台").kind == "target"


def test_a_revenue_done_against_its_budget_and_grown_on_a_comparable_basis():
    raw = "全县一般公共预算收入完成预算的102.4%，比上年增长3.6%，按同口径计算增长4.8%。"
    obs = _run(raw, date(2026, 2, 10))
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("全县一般公共预算收入", "预算"),
        ("全县一般公共预算收入", None),
        ("全县一般公共预算收入", None),
    ]


def test_a_size_added_this_year_inside_a_stock_is_a_level():
    obs = _run("年末累计建成高标准农田18.6万亩，其中当年新建1.2万亩。", date(2026, 2, 10))
    assert _one(obs, "1.2万亩").measure == "level"


def test_an_amount_higher_or_lower_than_another_s_is_a_change():
    obs = _run(
        "在本市就业的外来务工人员月均收入6120元，比在外省就业的高860元；甲区房价比乙区低2400元。"
    )
    higher, lower = _one(obs, "860元"), _one(obs, "2400元")
    assert (higher.measure, higher.value) == ("change", 860)
    assert (lower.subject, lower.measure, lower.value) == ("甲区房价", "change", -2400)


def test_later_mentions_of_an_event_whose_dates_were_given_are_of_those_dates():
    raw = (
        "本报讯　据监测，今年“618”期间（5月20日20时至6月18日24时），全网销售额达8520亿元，"
        "同比增长9.6%。\n\n今年共有超过40万个品牌参与“618”活动。\n\n"
        "直播平台数据显示，“618”期间累计开播超过1500万场。"
    )
    obs = _run(raw, date(2025, 6, 20))
    for value_text in ("40万个", "1500万场"):
        found = _one(obs, value_text)
        assert (found.period_end, found.kind) == (date(2025, 6, 18), "actual"), value_text


def test_a_list_of_household_groups_after_the_whole_s_figure_is_of_its_measure():
    raw = "居民人均消费支出27310元，增长4.9%，其中城镇、农村居民分别增长4.1%和6.3%。"
    obs = _run(raw, date(2026, 1, 20))
    assert [(o.subject, o.breakdown) for o in obs][2:] == [
        ("城镇居民人均消费支出", "城镇"),
        ("农村居民人均消费支出", "农村"),
    ]


def test_the_definition_of_a_unit_in_a_note_is_no_statistic():
    raw = "全市算力总规模达到3.2EFLOPS。\n〔1〕算力按FP32精度折算；1EFLOPS指每秒100亿亿次浮点运算。"
    assert [o.value_text for o in _run(raw)] == ["3.2EFLOPS"]


def test_a_concession_and_the_line_a_figure_is_read_against():
    raw = (
        "10月，全国制造业采购经理指数为49.6%，虽比上月上升0.3个百分点，但仍低于50%的荣枯线。"
        "全省累计停航渡口31处次。"
    )
    obs = _run(raw, date(2025, 11, 2))
    assert [o.value_text for o in obs] == ["49.6%", "0.3个百分点", "31处次"]
    assert _one(obs, "0.3个百分点").subject == "全国制造业采购经理指数"
    assert _one(obs, "31处次").unit == "处次"


def test_the_first_days_of_a_dated_span_and_a_daily_average_of_the_quantity_before():
    raw = (
        "2026年暑运自7月1日启动以来，前30天（7月1日至30日）全省发送旅客3120万人次。\n\n"
        "铁路方面，暑运前30天，全省铁路发送旅客1280万人次，同比增长6.1%，日均发送42.7万人次，"
        "占全省发送旅客的41.0%。受暑期假期延长至9天影响，客流更加平稳。"
    )
    obs = _run(raw, date(2026, 7, 31))
    rail = _one(obs, "1280万人次")
    assert (rail.subject, rail.period_end) == ("全省铁路发送旅客", date(2026, 7, 30))
    assert _one(obs, "42.7万人次").subject == "日均全省铁路发送旅客"
    assert _one(obs, "41.0%").subject == "全省铁路发送旅客"
    assert "9天" not in [o.value_text for o in obs]


def test_a_brand_holding_wei_stays_whole_after_its_count():
    (firms,) = _run("力争培育80家以上华为鲲鹏生态企业。", date(2026, 2, 1))
    assert firms.subject == "华为鲲鹏生态企业"


def test_a_price_per_unit_in_speech_and_a_programme_s_length():
    obs = _run(
        "【时长】2分36秒\n【同期声】菜农：收购价一斤两块出头，去年才一块八。", date(2026, 5, 6)
    )
    assert [(o.value_text, o.subject, o.unit) for o in obs] == [
        ("两块出头", "收购价", "元/斤"),
        ("一块八", "收购价", "元"),
    ]


def test_a_generic_measure_after_a_rate_borrows_the_rate_s_quantity():
    raw = (
        "1—9月，全省8个中心城市实现信息服务收入2120亿元，同比增长9.8%，增速较上半年回落0.4个百分点；"
        "实现利润总额318亿元。"
    )
    obs = _run(raw, date(2025, 10, 20))
    assert _one(obs, "318亿元").subject == "信息服务利润总额"


def test_this_year_is_the_year_of_publication_after_a_sentence_names_another():
    raw = "本地存储芯片企业甲芯科技2025年营收9.6亿元；公司今年上半年出货存储芯片约820万颗。"
    obs = _run(raw, date(2026, 8, 12))
    assert _one(obs, "9.6亿元").period_end == date(2025, 12, 31)
    assert _one(obs, "820万颗").period_end == date(2026, 6, 30)


def test_members_counted_among_a_class_named_right_before_the_count():
    obs = _run(
        "重点监测的18类商品中有13类网络零售额同比增长。全市11个县区中有9个地区生产总值增速高于全市。"
    )
    assert (_one(obs, "13类").subject, _one(obs, "13类").breakdown) == (
        "商品",
        "网络零售额同比增长",
    )
    assert (_one(obs, "9个").subject, _one(obs, "9个").breakdown) == (
        "县区",
        "地区生产总值增速高于全市",
    )


def test_a_plan_s_misses_and_the_gap_to_it():
    raw = (
        "列入计划的12项主要指标中，完成或超额完成9项，未完成3项。全年地区生产总值增长5.1%，"
        "低于年度计划0.9个百分点；固定资产投资下降2.4%，与年度计划相差8.4个百分点。"
        "一般公共预算收入12.6亿元，短收0.4亿元。据测算，全年出口增速或落在4%—5%区间，"
        "11—12月需保持月均约6%的同比增速。"
    )
    obs = _run(raw, date(2025, 11, 20))
    assert (_one(obs, "9项").subject, _one(obs, "9项").breakdown) == ("主要指标", "完成或超额完成")
    assert _one(obs, "3项").breakdown == "未完成"
    assert (_one(obs, "0.9个百分点").subject, _one(obs, "0.9个百分点").value) == (
        "地区生产总值",
        -0.9,
    )
    assert _one(obs, "8.4个百分点").subject == "固定资产投资"
    assert (_one(obs, "0.4亿元").measure, _one(obs, "0.4亿元").value) == ("change", -40_000_000)
    assert _one(obs, "4%").measure == "growth" and "增速" not in _one(obs, "4%").subject
    assert _one(obs, "6%").measure == "growth"


def test_a_table_whose_cells_single_ideographic_spaces_part():
    raw = (
        "主要出口商品（金额单位：亿元；同比、占比单位：%）：\n"
        "商品　金额　同比　占比\n机电产品　5126.3　7.9　56.1\n"
        "　其中：工业机器人　312.4　31.2　3.4\n"
        "　　　　新能源汽车　288.6　12.3　3.2\n农产品　256.8　2.4　2.8\n"
    )
    obs = _run(raw, date(2025, 11, 20))
    assert [(o.value_text, o.subject) for o in obs][3:6] == [
        ("312.4", "工业机器人"),
        ("31.2", "工业机器人"),
        ("3.4", "工业机器人"),
    ]
    assert _one(obs, "3.4").measure == "share"
    # A column named only 同比, with no unit of its own, holds growth rates in percent.
    assert (_one(obs, "31.2").measure, _one(obs, "31.2").unit) == ("growth", "%")


def test_a_plan_table_whose_rows_bars_part_under_group_labels():
    raw = (
        "第三节　主要指标\n"
        "今后五年，全市要在稳住经济大盘的基础上推动质量变革，加快构建现代化产业\n"
        "体系，努力在创新能力、民生保障和生态环境等方面取得新的突破，主要指标如\n"
        "下表所示，各项指标均以二〇二五年为基期。\n"
        "分类 | 序号 | 指标 | 2025年 | 2030年 | 年均增长（%）/〔累计〕 | 属性\n"
        "创新 | 1 | 研发人员数（万人） | 4.2 | 6 | 7.4 | 预期性\n"
        " | 2 | 每万人口发明专利拥有量（件） | 18.3 | 30 | 〔11.7〕 | 预期性\n"
        " | 3 | 数字化车间比例（%） | 41.5 | 60 | 〔18.5〕 | 预期性\n"
        "民生 | 4 | 平均受教育年限（年） | 11.2 | 12 | 〔0.8〕 | 约束性\n"
    )
    obs = _run(raw, date(2026, 2, 1))
    # Each row keeps its line: the second and third rows, whose first cell is empty under the
    # group label above, are rows of their own, not text run on from the row before.
    staff = _one(obs, "4.2")
    assert (staff.subject, staff.value, staff.unit) == ("研发人员数", 42000, "人")
    assert _one(obs, "30").subject == "每万人口发明专利拥有量"
    # 〔…〕 totals a quantity over the plan: points for a rate, its own unit for an amount.
    patents = _one(obs, "11.7")
    assert (patents.measure, patents.unit, patents.kind) == ("change", "件", "target")
    share = _one(obs, "18.5")
    assert (share.measure, share.unit) == ("pp_change", "个百分点")
    years = _one(obs, "0.8")
    assert (years.measure, years.unit, years.value) == ("change", "年", 0.8)
    assert _one(obs, "7.4").measure == "growth"


def test_units_of_a_table_given_at_the_end_of_the_sentence_that_introduces_it():
    raw = (
        "据协会统计，1—9月全省软件业主要领域收入如下（金额单位：亿元；增速单位：%）：\n"
        "领域\t收入\t增速\n软件产品\t842.6\t11.3\n信息技术服务\t1630.2\t13.8\n"
    )
    obs = _run(raw, date(2025, 10, 25))
    services = _one(obs, "1630.2")
    assert (services.subject, services.breakdown) == ("收入", "信息技术服务")
    assert (services.value, services.unit) == (1630.2e8, "元")
    assert (_one(obs, "13.8").measure, _one(obs, "13.8").unit) == ("growth", "%")
    # Without the note the amounts have no unit to be read in.
    bare = _run(raw.replace("（金额单位：亿元；增速单位：%）", ""), date(2025, 10, 25))
    assert _one(bare, "1630.2").unit != "元"


def test_a_generic_column_under_a_group_names_the_group_s_quantity():
    raw = (
        "表3　2025年软件企业主要指标（按领域分）\n"
        "项目\t企业数\t软件业务收入\t利润总额\t\n"
        "\t（家）\t（亿元）\t绝对额（亿元）\t比上年增长（%）\n"
        "合计\t1268\t4521.7\t512.4\t6.3\n"
        "嵌入式软件\t214\t688.2\t71.9\t9.1\n"
    )
    obs = _run(raw, date(2026, 3, 1))
    profit = _one(obs, "71.9")
    assert (profit.subject, profit.breakdown) == ("利润总额", "嵌入式软件")
    assert (profit.value, profit.unit) == (71.9e8, "元")
    growth = _one(obs, "9.1")
    assert (growth.subject, growth.measure) == ("利润总额", "growth")


def test_an_analyst_s_forecast_of_a_rate_carried_over_later_clauses():
    raw = (
        "某证券首席分析师林一鸣认为，7月份全省出口增速或小幅回落至4%左右，但三季度整体有望"
        "达到4.6%，全年在5%以上。某研究院则预计四季度增速在3.8%—4.2%区间。"
    )
    obs = _run(raw, date(2026, 7, 10))
    for text, value in (("4%左右", 4), ("4.6%", 4.6), ("5%以上", 5), ("3.8%", 3.8)):
        o = _one(obs, text)
        assert (o.subject, o.measure, o.value, o.kind) == ("全省出口", "growth", value, "target")
    # The forecaster names no quantity; 整体 (as a whole) names none either.
    assert _one(obs, "4.6%").period_end == date(2026, 9, 30)
    assert _one(obs, "5%以上").qualifier == "over"


def test_a_bare_addition_after_a_stock_is_the_stock_s_and_members_share_a_bound():
    obs = _run("全市数据中心上半年新增机架约1.2万架，全年新增有望超过3万架。")
    assert _one(obs, "3万架").subject == "全市数据中心新增机架"
    both = [o for o in _run("造纸业和印刷业增加值增速均不足5%。") if o.value == 5]
    assert [(o.subject, o.breakdown, o.measure, o.qualifier) for o in both] == [
        ("造纸业增加值", "造纸业", "growth", "under"),
        ("印刷业增加值", "印刷业", "growth", "under"),
    ]


def test_no_change_on_the_same_month_a_year_before_and_a_card_s_rounded_figure():
    obs = _run("上半年全市工业品出厂价格同比下降1.2%，其中6月份与上年同月持平。")
    flat = _one(obs, "持平")
    assert (flat.subject, flat.measure, flat.value) == ("全市工业品出厂价格", "growth", 0)
    card = _run("数说上半年\n2.3万家｜新登记企业\n约4500场｜展会活动\n", date(2026, 7, 15))
    assert (_one(card, "4500场").subject, _one(card, "4500场").qualifier) == ("展会活动", "about")


def test_the_span_of_a_target_named_after_a_figure_dates_nothing_after_it():
    raw = (
        "1—8月，全省快递业务收入86.2亿元，同比增长9.4%，低于年初确定的10%以上的全年目标。"
        "实现业务量12.6亿件，同比增长11.2%。"
    )
    obs = _run(raw, date(2026, 9, 20))
    volume = _one(obs, "12.6亿件")
    assert (volume.period_end, volume.kind) == (date(2026, 8, 31), "actual")


def test_members_before_respectively_and_the_measure_written_after_it():
    obs = _run("分业务看，云服务和工业软件分别实现收入88.3亿元和41.5亿元，分别增长16.1%和7.9%。")
    cloud = _one(obs, "88.3亿元")
    assert (cloud.breakdown, "收入" in cloud.subject) == ("云服务", True)
    assert _one(obs, "7.9%").breakdown == "工业软件"
    regions = _run(
        "南部片区快递业务量3.1亿件，占全省比重为41.2%；东部、西部和北部片区分别完成"
        "1.9亿件、1.4亿件和1.1亿件。"
    )
    west = _one(regions, "1.4亿件")
    assert (west.subject, west.breakdown) == ("快递业务量", "西部片区")


def test_a_small_count_after_what_a_verb_made_and_an_item_number_before_a_year():
    obs = _run("全年新认定省级智能工厂五家，建成市级众创空间两个。", date(2026, 1, 20))
    assert (_one(obs, "五家").value, _one(obs, "两个").value) == (5, 2)
    assert _run("附件：3.2025年度项目清单\n", date(2026, 1, 20)) == []


def test_a_yearbook_s_edition_after_a_dash_or_a_dot_is_the_year_after_its_figures():
    for cover in ("某市统计年鉴—2026", "某市统计摘要·2026", "某县统计手册（2026）"):
        obs = _run(
            cover + "\n\n年末全市就业人员287.6万人，比上年末增加1.5万人。\n", date(2026, 5, 20)
        )
        staff = _one(obs, "287.6万人")
        assert (staff.period_end, staff.kind) == (date(2025, 12, 31), "actual"), cover


def test_a_target_named_after_its_bounded_figure_is_a_target_of_the_quantity_before():
    obs = _run(
        "全市研发经费投入强度达到2.64%，完成2.5%以上的目标；空气质量优良天数比率89.3%，"
        "高于86%的目标；蔬菜产量56.2万吨，完成55万吨以上的任务。",
        date(2026, 1, 20),
    )
    research, air, veg = _one(obs, "2.5%以上"), _one(obs, "86%"), _one(obs, "55万吨以上")
    assert (research.subject, research.qualifier, research.kind) == (
        "全市研发经费投入强度",
        "over",
        "target",
    )
    # 高于 compares the actual with the target: the target itself is exact.
    assert (air.subject, air.qualifier, air.kind) == ("空气质量优良天数比率", "exact", "target")
    assert (veg.subject, veg.value, veg.kind) == ("蔬菜产量", 550_000, "target")


def test_a_target_of_a_fall_is_a_fall():
    obs = _run("单位工业增加值用水量下降4.2%，超额完成上级下达的12%的目标任务。")
    aimed = _one(obs, "12%")
    assert (aimed.measure, aimed.value, aimed.kind) == ("growth", -12, "target")


def test_a_pure_number_held_to_a_bound_or_a_span():
    obs = _run(
        "全省在用数据中心平均PUE普遍控制在1.32以下，新建项目设计PUE不高于1.25，"
        "液冷机房PUE在1.10—1.18之间。"
    )
    held = _one(obs, "1.32以下")
    assert (held.subject.endswith("PUE"), held.value, held.qualifier) == (True, 1.32, "under")
    assert (_one(obs, "1.25").value, _one(obs, "1.25").qualifier) == (1.25, "under")
    assert [o.value for o in obs if o.value_text in ("1.10", "1.18")] == [1.1, 1.18]
    # Whole numbers held to a bound are ranks and codes, not pure-number statistics.
    assert _run("全省排名保持在3，代码段在12—18之间。") == []


def test_a_month_alone_under_the_title_is_when_the_report_came_out():
    raw = (
        "某省数字基础设施发展报告（2025年）\n（2026年4月）\n\n"
        "全省在用数据中心机架达到12.4万架。全年数据中心用电量约31亿千瓦时，增长18%左右。\n"
    )
    power = _one(_run(raw, date(2026, 4, 10)), "31亿千瓦时")
    assert (power.period_end, power.kind) == (date(2025, 12, 31), "actual")


def test_progress_on_the_year_s_plan_dates_nothing_after_it():
    obs = _run(
        "上半年，全区实际使用外资2.4亿美元，完成全年目标4亿美元的60%；城镇新增就业1.1万人，"
        "完成全年目标（2万人）的55%。外贸进出口总额86.1亿元，增长4.2%。",
        date(2026, 7, 20),
    )
    plan, jobs_plan = _one(obs, "4亿美元"), _one(obs, "2万人")
    assert (plan.subject, plan.kind, plan.period_end) == (
        "全区实际使用外资",
        "target",
        date(2026, 12, 31),
    )
    assert (jobs_plan.kind, jobs_plan.period_end) == ("target", date(2026, 12, 31))
    trade = _one(obs, "86.1亿元")
    assert (trade.period_end, trade.kind) == (date(2026, 6, 30), "actual")


def test_a_place_and_a_bare_measure_are_the_place_s_part_of_the_quantity_before():
    obs = _run(
        "甲城市完成集成电路销售收入320.5亿元，增长9.1%；乙城市实现收入88.2亿元，增长6.4%；"
        "其余各市合计完成收入41.3亿元，不足全省的一成。"
    )
    second, rest, part = _one(obs, "88.2亿元"), _one(obs, "41.3亿元"), _one(obs, "一成")
    assert (second.subject, second.breakdown) == ("集成电路销售收入", "乙城市")
    assert (rest.subject, rest.breakdown) == ("集成电路销售收入", "其余各市")
    assert (part.measure, part.qualifier) == ("share", "under")


def test_figure_box_lines_with_the_label_after_a_wide_space_and_slight_changes():
    obs = _run(
        "【数说一季度】\n58.2亿元　跨境电商交易额\n↑12.6%　直播电商销售额增速\n", date(2026, 4, 20)
    )
    assert _one(obs, "58.2亿元").subject == "跨境电商交易额"
    assert (_one(obs, "12.6%").subject, _one(obs, "12.6%").measure) == ("直播电商销售额", "growth")
    slight = _one(_run("纺织服装出口312.6亿元，微降0.8%。"), "0.8%")
    assert (slight.subject, slight.measure, slight.value) == ("纺织服装出口", "growth", -0.8)
    doses = _one(_run("全年接种免费流感疫苗不少于15万剂。"), "15万剂")
    assert (doses.unit, doses.qualifier) == ("剂", "over")


def test_a_member_s_share_is_of_the_whole_named_before():
    obs = _run("全市跨境电商交易额86.4亿元，其中甲区约占四成。")
    part = _one(obs, "四成")
    assert (part.subject, part.breakdown, part.measure, part.qualifier) == (
        "全市跨境电商交易额",
        "甲区",
        "share",
        "about",
    )


def test_an_analyst_s_rate_from_one_time_to_another():
    obs = _run(
        "某证券首席经济学家相对乐观，认为消费增速将从前4个月的4.1%回升至全年的5%左右。",
        date(2026, 5, 20),
    )
    start, end = _one(obs, "4.1%"), _one(obs, "5%左右")
    assert (start.subject, start.measure) == ("消费", "growth")
    assert (end.subject, end.measure, end.qualifier) == ("消费", "growth", "about")


def test_forecast_tables_by_column_and_by_institution():
    by_column = _run(
        "表2　某省1—4月主要指标与预测\n指标｜1—4月｜同比(%)｜全年预测(%)\n"
        "规上工业增加值｜—｜6.2｜5.9\n出口（亿元）｜1502.3｜8.4｜7.0\n",
        date(2026, 5, 20),
    )
    forecast = _one(by_column, "5.9")
    assert (forecast.measure, forecast.unit, forecast.kind) == ("growth", "%", "target")
    by_institution = _run(
        "表：部分机构对某省2026年经济增速的预测（%）\n机构　　　全年工业　全年GDP\n"
        "甲证券　　　6.4　　　　5.6\n乙研究院　　6.1　　　　5.3\n",
        date(2026, 5, 20),
    )
    second = _one(by_institution, "5.3")
    assert (second.subject, second.breakdown, second.measure) == ("GDP", "乙研究院", "growth")
    assert (second.period_end, second.kind) == (date(2026, 12, 31), "target")


def test_shares_within_a_whole_and_of_another_quantity():
    obs = _run(
        "车联网终端用户达3260万户，年净增410万户，在物联网终端连接数中的占比达37.5%。"
        "全年数据存储量仅为数据生产量的6.2%。"
    )
    added, within = _one(obs, "410万户"), _one(obs, "37.5%")
    assert (added.subject, added.measure) == ("车联网终端用户", "change")
    assert (within.subject, within.measure) == ("车联网终端用户", "share")
    assert _one(obs, "6.2%").measure == "share"


def test_members_counted_back_and_classes_by_a_threshold_in_digits():
    obs = _run(
        "甲市完成数据服务收入210.4亿元；乙市实现收入96.8亿元。两市合计占全省比重达72.3%。"
        "全省已建成算力中心23个，其中单体规模500P以上的9个。"
    )
    both = _one(obs, "72.3%")
    assert (both.subject, both.breakdown, both.measure) == ("数据服务收入", "两市", "share")
    big = _one(obs, "9个")
    assert ("算力中心" in big.subject, big.breakdown) == (True, "单体规模500P以上")


def test_a_print_run_is_no_statistic():
    assert _run("抄送：市统计局。\n（共印40份）\n") == []


def test_members_of_a_count_by_what_they_did():
    obs = _run("上年计划共设置主要指标18项，完成或超额完成15项，未完成3项。", date(2026, 1, 15))
    done, undone = _one(obs, "15项"), _one(obs, "3项")
    assert ("主要指标" in done.subject, done.breakdown) == (True, "完成或超额完成")
    assert ("主要指标" in undone.subject, undone.breakdown) == (True, "未完成")
    reached = _one(_run("高新技术企业净增120家、达到1460家。"), "1460家")
    assert (reached.subject, reached.breakdown) == ("高新技术企业", None)


def test_a_summary_box_restates_rates_given_before():
    raw = (
        "一季度，全市地区生产总值同比增长5.1%。规模以上工业增加值增长6.6%。"
        "固定资产投资增长3.9%。\n\n📌 划重点\nGDP｜5.1%\n规上工业｜6.6%\n投资｜3.9%\n"
    )
    obs = _run(raw, date(2026, 4, 25))
    boxed = [o for o in obs if o.sentence.startswith(("GDP", "规上", "投资"))]
    assert [(o.subject, o.measure) for o in boxed] == [
        ("GDP", "growth"),
        ("规上工业", "growth"),
        ("投资", "growth"),
    ]


def test_a_yearbook_table_with_years_as_rows_and_names_wrapped_under_their_units():
    raw = (
        "表5-2  软件业务收入及增长速度\n\n"
        "      软件业务收入 比上年增长 #信息技术服务   占全省软件\n"
        "年份  （亿元）  （%）  收入增长（%） 收入比重（%）\n"
        "2024  812.5   11.2     13.6       9.4\n"
        "2025  903.1   11.2     14.1       9.8\n"
    )
    obs = _run(raw, date(2026, 6, 1))
    level, share = _one(obs, "903.1"), _one(obs, "9.8")
    assert (level.subject, level.value, level.period_end) == (
        "软件业务收入",
        90_310_000_000,
        date(2025, 12, 31),
    )
    assert (share.subject, share.measure) == ("软件业务收入", "share")
    assert _one(obs, "14.1").measure == "growth"


def test_a_unit_line_listing_units_for_rows_and_a_header_wrapped_below():
    raw = (
        "表8-4  邮电通信主要指标\n\n"
        "                                 单位：亿元、万户\n"
        "指    标                  2024年    2025年   2025年比上年\n"
        "                                               增长（%）\n"
        "邮政业务收入               86.2      90.7       5.2\n"
        "移动电话用户             3012.6    3088.1       2.5\n"
        "  #5G移动电话用户        1405.3    1720.8      22.5\n"
    )
    obs = _run(raw, date(2026, 6, 1))
    money, users = _one(obs, "90.7"), _one(obs, "3088.1")
    assert (money.value, money.unit) == (9_070_000_000, "元")
    assert (users.subject, users.value, users.unit, users.breakdown) == (
        "移动电话用户",
        30_881_000,
        "户",
        None,
    )
    assert (_one(obs, "22.5").measure, _one(obs, "22.5").unit) == ("growth", "%")


def test_a_change_column_naming_value_and_volume_after_its_rate():
    raw = (
        "表二：按貨品類別劃分的出口貨物價值及按年變動\n"
        "貨品類別\t2026年9月出口貨物價值（百萬港元）\t按年變動（%）價值\t按年變動（%）數量\n"
        "電子零件\t41,206\t12.4\t9.8\n"
    )
    obs = _run(raw, date(2026, 10, 28))
    value, volume = _one(obs, "12.4"), _one(obs, "9.8")
    assert (value.subject, value.breakdown, value.measure) == ("出口货物价值", "电子零件", "growth")
    assert (volume.subject, volume.measure) == ("出口货物数量", "growth")


def test_a_header_parted_by_single_spaces_keeps_its_units_line_and_natural_increase_is_a_level():
    raw = (
        "表3-1  人口变动情况\n\n"
        "年份  年末总人口 城镇人口 出生率 自然增长率\n"
        "       （万人）   （万人）  （‰）    （‰）\n"
        "2024    1520.6    980.3    7.12     0.35\n"
        "2025    1516.9    991.8    6.88    -0.22\n"
    )
    obs = _run(raw, date(2026, 5, 1))
    total, natural = _one(obs, "1516.9"), _one(obs, "-0.22")
    assert (total.subject, total.value, total.period_end) == (
        "总人口",
        15_169_000,
        date(2025, 12, 31),
    )
    assert (natural.subject, natural.measure, natural.unit) == ("自然增长率", "level", "‰")


def test_a_running_header_across_a_blank_line_from_the_page_number_is_no_text():
    raw = (
        "某某统计摘要·2026                              人口与就业\n\n"
        "年末常住人口1180.4万人，比上年末减少3.6万人。\n\n"
        "— 12 —\n\n"
        "某某统计摘要·2026                              人口与就业\n\n"
        "表2-2  就业人员\n"
        "                                    单位：万人\n"
        "项    目          2024年    2025年\n"
        "就业人员合计      702.5     698.1\n"
        "  第一产业        150.2     141.7\n"
    )
    obs = _run(raw, date(2026, 6, 1))
    assert not [o for o in obs if o.value_text.startswith("2026")]
    assert (_one(obs, "698.1").value, _one(obs, "698.1").unit) == (6_981_000, "人")


def test_row_labels_wrapped_in_a_spaced_table_join_their_rows():
    raw = (
        "表6-3  分行业工业企业（2025年）\n\n"
        "                      企业数 营业收入\n"
        "行  业               （个） （亿元）\n"
        "  纺织业                 31    120.4\n"
        "  医药制造业\n"
        "                         22     98.7\n"
        "  铁路、船舶、航空航天和其他\n"
        "  运输设备制造业         9     45.3\n"
        "  食品制造业             17     61.0\n"
    )
    obs = _run(raw, date(2026, 6, 1))
    assert (_one(obs, "98.7").breakdown, _one(obs, "98.7").value) == ("医药制造业", 9_870_000_000)
    assert _one(obs, "22").breakdown == "医药制造业"
    assert _one(obs, "45.3").breakdown == "铁路、船舶、航空航天和其他运输设备制造业"
    assert _one(obs, "61.0").breakdown == "食品制造业"


def test_a_yearbook_lead_under_shuoming_reports_while_a_note_under_it_does_not():
    lead = "说明：本章资料反映全区基本情况。年末全区户籍人口41.2万人，比上年末减少0.4万人。"
    obs = _run(lead, date(2026, 5, 1))
    assert [(o.value, o.measure) for o in obs] == [(412_000, "level"), (-4_000, "change")]
    note = "说明：本资料中户籍人口为公安部门登记数，不含现役军人约0.3万人。"
    assert _run(note, date(2026, 5, 1)) == []


def test_a_composition_column_holds_shares():
    raw = (
        "表2-5  从业人员\n"
        "                                       单位：万人\n"
        "项    目            2024年    2025年   2025年构成（%）\n"
        "从业人员合计        608.0     612.4       100.0\n"
        "  第二产业          199.6     201.3        32.9\n"
    )
    obs = _run(raw, date(2026, 6, 1))
    assert (_one(obs, "32.9").measure, _one(obs, "32.9").unit) == ("share", "%")


def test_taiwan_nominal_and_real_growth_and_contributions_keep_their_subject():
    raw = (
        "本季國內生產毛額為新台幣5兆1,204億元，名目年增4.8%，實質成長3.6%。"
        "民間消費實質成長2.1%，對經濟成長貢獻0.95個百分點；輸出增加8.4%，貢獻3.02個百分點。"
    )
    obs = _run(raw, date(2026, 8, 15))
    assert [(o.subject, o.measure) for o in obs[1:]] == [
        ("国内生产毛额", "growth"),
        ("国内生产毛额", "growth"),
        ("民间消费", "growth"),
        ("民间消费", "pp_change"),
        ("输出", "growth"),
        ("输出", "pp_change"),
    ]


def test_rows_of_growth_rates_named_as_in_taiwan_hold_growth():
    raw = (
        "表1　主要經濟指標\n"
        "項目\t2025年\t2026年(預測)\n"
        "經濟成長率(%)\t3.10\t2.75\n"
        "消費者物價年增率(%)\t2.05\t1.72\n"
        "失業率(%)\t3.41\t3.38\n"
    )
    obs = _run(raw, date(2026, 5, 29))
    assert (_one(obs, "2.75").subject, _one(obs, "2.75").measure) == ("经济成长率", "growth")
    assert (_one(obs, "1.72").subject, _one(obs, "1.72").measure) == ("消费者物价", "growth")
    assert _one(obs, "3.38").measure == "level"


def test_higher_or_lower_than_an_earlier_time_is_growth_and_that_time_no_period():
    raw = (
        "第二季入境旅客消費按年上升4.4%，相當於2019年同期的91.2%。"
        "其中餐飲消費錄得6.3%的升幅，住宿消費則較二零一九年同季低約7%。"
    )
    obs = _run(raw, date(2026, 8, 20))
    base = _one(obs, "91.2%")
    assert (base.measure, base.period_end) == ("level", date(2026, 6, 30))
    assert (_one(obs, "6.3%").subject, _one(obs, "6.3%").measure) == ("餐饮消费", "growth")
    lower = _one(obs, "7%")
    assert (lower.measure, lower.value, lower.qualifier) == ("growth", -7, "about")


def test_yici_before_figures_reads_as_fenbie_and_the_sentence_stays_as_written():
    raw = "全市短视频用户2210万人、网络直播用户1873万人，使用率依次为81.2%和68.8%。"
    obs = _run(raw, date(2026, 8, 26))
    rates = [o for o in obs if o.unit == "%"]
    assert [(o.subject, o.value) for o in rates] == [
        ("全市短视频用户", 81.2),
        ("网络直播用户", 68.8),
    ]
    assert all("依次" in o.sentence for o in rates)
    assert _run("排名前三的城市依次为甲市、乙市和丙市。", date(2026, 8, 26)) == []


def test_notes_on_method_numbered_notes_and_file_sizes_hold_no_statistics():
    raw = (
        "全省网民规模达3862万人。\n"
        "调查说明：本次调查样本量为2.8万个，覆盖9个设区市，置信度为95%。\n"
        "注2：标准机架指额定功率2.5千瓦的机架。\n"
        "附件：调查报告全文（PDF，4.7MB）\n"
    )
    obs = _run(raw, date(2026, 8, 26))
    assert [o.value_text for o in obs] == ["3862万人"]


def test_rates_listed_for_members_just_measured_are_rates_of_that_quantity():
    raw = (
        "全省信息服务收入892.6亿元，增长9.1%。其中，甲州、乙江两市分别完成301.4亿元和"
        "205.8亿元，增速分别为10.3%、8.7%。"
    )
    obs = _run(raw, date(2026, 2, 12))
    rate = _one(obs, "8.7%")
    # A city's figure is of the quantity the province's was, not of the province's whole.
    assert (rate.subject, rate.breakdown, rate.measure) == ("信息服务收入", "乙江市", "growth")


def test_regions_ending_in_bu_share_their_head_and_are_members_of_the_quantity_before():
    raw = "东部片区软件业务收入占全省的45.2%；中部、西部和东北部片区占比分别为28.1%、17.3%和9.4%。"
    obs = _run(raw, date(2026, 1, 23))
    last = _one(obs, "9.4%")
    assert (last.subject, last.breakdown, last.measure) == ("软件业务收入", "东北部片区", "share")


def test_points_below_another_rate_named_in_the_comparison_are_negative():
    obs = _run("上半年利润总额增长6.2%，低于营业收入增速1.8个百分点。", date(2026, 7, 20))
    assert _one(obs, "1.8个百分点").value == -1.8


def test_value_and_volume_change_columns_under_a_title_naming_an_amount():
    raw = (
        "表二　按商品類別劃分的二零二六年八月批發業銷貨額\n"
        "商品類別\t銷貨價值（百萬元）\t價值按年變動（%）\t數量按年變動（%）\n"
        "電子產品\t6,120\t8.2\t5.9\n"
    )
    obs = _run(raw, date(2026, 10, 5))
    assert (_one(obs, "8.2").subject, _one(obs, "8.2").breakdown) == ("批发业销货价值", "电子产品")
    assert (_one(obs, "5.9").subject, _one(obs, "5.9").measure) == ("批发业销货数量", "growth")


def test_economic_growth_rate_keeps_its_whole_name_and_revisions_are_changes():
    raw = (
        "2026年第2季經濟成長率初步統計3.84%，較7月底概估數3.71%上修0.13個百分點；"
        "全年預測則下修0.2個百分點。"
    )
    obs = _run(raw, date(2026, 8, 28))
    assert [(o.subject, o.measure, o.value) for o in obs] == [
        ("经济成长率", "growth", 3.84),
        ("经济成长率", "growth", 3.71),
        ("经济成长率", "pp_change", 0.13),
        ("经济成长率", "pp_change", -0.2),
    ]


def test_a_kind_of_the_whole_at_the_same_rate_or_average_is_a_member_of_it():
    raw = (
        "9月酒店入住率為88.6%，按年上升1.9個百分點，其中四星級酒店為90.1%。"
        "旅客平均逗留時間為1.3日，留宿旅客維持2.4日。"
    )
    obs = _run(raw, date(2026, 10, 20))
    assert (_one(obs, "90.1%").subject, _one(obs, "90.1%").breakdown) == (
        "酒店入住率",
        "四星级酒店",
    )
    assert (_one(obs, "2.4日").subject, _one(obs, "2.4日").breakdown) == (
        "旅客平均逗留时间",
        "留宿旅客",
    )


def test_a_header_wrapped_under_numbered_rows_names_done_counts_and_targets():
    raw = (
        "附件\n\n"
        "        2025年度各县推进数字乡村建设完成情况\n\n"
        "序号   县区      完成建设    年度目标    完成率\n"
        "                 村数(个)    (个)        (%)\n"
        " 1     东坪县     64          60        106.7\n"
        " 2     南渡县     51          55         92.7\n"
    )
    obs = _run(raw, date(2026, 3, 10))
    done, goal = _one(obs, "64"), _one(obs, "60")
    assert (done.subject, done.breakdown, done.kind) == ("建设村数", "东坪县", "actual")
    assert (goal.subject, goal.breakdown, goal.kind) == ("年度目标", "东坪县", "target")


def test_spaced_table_rows_do_not_hide_that_the_prose_is_wrapped():
    prose = (
        "　　——经济运行总体平稳。全市地区生产总值2210.6亿元，增长5.1%，较年度预期目\n"
        "标低0.4个百分点。规模以上工业增加值增长6.8%，其中高技术制造业增加值增长11.2\n"
        "%。社会消费品零售总额962.3亿元，增长4.6%。固定资产投资增长2.9%，一般\n"
        "公共预算收入156.2亿元，增长3.8%。外贸进出口总额402.7亿元，增长8.1%，其中\n"
        "出口288.4亿元，增长10.6%。实际使用外资2.31亿美元，下降12.4%。全年新增经营\n"
        "主体4.8万户，其中新设企业1.36万户，城镇新增就业4.12万人，城镇调查失业率为\n"
        "5.0%。居民人均可支配收入41230元，增长5.2%，城镇和农村居民人均可支配收入分\n"
        "别增长4.6%和6.3%。粮食总产量61.2万吨，增长1.1%。研发经费投入强度达到2.5\n"
        "%，比上年提高0.1个百分点。单位地区生产总值能耗下降3.2%，空气质量优良天数\n"
        "比例为88.6%。全市新建5G基站1260个，累计建成8630个，实现乡镇以上区域全覆\n"
    )
    rows = "".join(
        f"{name}{' ' * 12}%{' ' * 8}{goal}{' ' * 12}{done}\n"
        for name, goal, done in [
            ("地区生产总值增长", "5.5", "5.1"),
            ("固定资产投资增长", "5", "2.9"),
            ("城镇调查失业率", "5.5以内", "5.0"),
            ("居民消费价格涨幅", "2左右", "0.3"),
            ("一般公共预算收入增长", "4", "3.8"),
            ("外贸进出口增长", "6", "8.1"),
            ("研发经费投入强度", "2.6", "2.5"),
            ("单位GDP能耗降低", "3", "3.2"),
            ("城镇新增就业", "4", "4.12"),
            ("粮食总产量", "60", "61.2"),
            ("社会消费品零售总额增长", "5", "4.6"),
            ("规模以上工业增加值增长", "6", "6.8"),
            ("实际使用外资", "2.5", "2.31"),
            ("新建5G基站", "1200", "1260"),
            ("空气质量优良天数比例", "88", "88.6"),
            ("居民人均可支配收入增长", "5.5", "5.2"),
        ]
    )
    raw = prose + "盖。\n\n附表\n" + rows
    obs = _run(raw, date(2026, 1, 14))
    assert _one(obs, "156.2亿元").subject == "一般公共预算收入"
    assert _one(obs, "0.4个百分点").subject == "全市地区生产总值"


def test_per_mille_spelt_percent_o():
    obs = _run("全年出生人口4120人，出生率7.14%o，死亡率8.02%o。", date(2026, 3, 1))
    assert [(o.value, o.unit) for o in obs[1:]] == [(7.14, "‰"), (8.02, "‰")]


def test_a_kind_s_share_of_a_named_amount_is_that_amount_s_in_the_kind():
    obs = _run(
        "全市网上零售额增长9.1%。智能家电占网上零售额的12.4%，比上年提高1.1个百分点。",
        date(2026, 3, 1),
    )
    share, points = _one(obs, "12.4%"), _one(obs, "1.1个百分点")
    assert (share.subject, share.breakdown, share.measure) == ("网上零售额", "智能家电", "share")
    assert (points.subject, points.breakdown) == ("网上零售额", "智能家电")
    # A share of a place's or a whole's that names no amount keeps its subject.
    assert _one(_run("东部地区占全国的比重为35.2%。"), "35.2%").subject == "东部地区"


def test_rates_listed_after_members_belong_to_each_member_and_later_kinds_follow_suit():
    raw = (
        "分商品类别看，限额以上单位金银珠宝类、文化办公用品类零售额分别增长8.3%和5.1%，"
        "增速分别比上月回落1.2个和0.6个百分点；日用品类增长4.4%；建筑及装潢材料类下降6.7%。"
    )
    obs = _run(raw, date(2026, 11, 15))
    points = _one(obs, "0.6个百分点")
    assert (points.subject, points.breakdown) == ("文化办公用品类零售额", "文化办公用品类")
    fall = _one(obs, "6.7%")
    assert (fall.subject, fall.breakdown, fall.value) == (
        "建筑及装潢材料类零售额",
        "建筑及装潢材料类",
        -6.7,
    )


def test_a_note_mark_after_a_table_title_is_no_part_of_its_quantity():
    raw = (
        "表2　2026年9月按商品類別劃分的批發業銷貨價值及按年變動#\n"
        "商品類別\t銷貨價值（百萬港元）\t按年變動（%）：價值\t按年變動（%）：數量\n"
        "燃料\t655\t-1.9\t+0.7\n"
    )
    obs = _run(raw, date(2026, 11, 2))
    assert _one(obs, "+0.7").subject == "批发业销货数量"


def test_a_magnitude_alone_after_a_cue_of_passing_it_is_one_of_it():
    obs = _run(
        "全省本外币存款余额首次突破万亿元，电子信息产业营收首破千亿元，网民迈上百万人。"
        "新签约亿元以上项目46个。",
        date(2026, 3, 1),
    )
    assert [(o.value_text, o.value, o.qualifier) for o in obs[:3]] == [
        ("万亿元", 1e12, "over"),
        ("千亿元", 1e11, "over"),
        ("百万人", 1e6, "over"),
    ]
    assert _one(obs, "千亿元").subject == "电子信息产业营收"
    assert [o.value_text for o in obs[3:]] == ["46个"]


def test_a_two_name_header_over_spaced_rows_with_a_blank_corner():
    raw = (
        "表2    2026年上半年全市装备制造业分行业增加值情况\n"
        "                                    增速         占装备制造\n"
        "                                    (%)          业比重(%)\n"
        "  装备制造业                         9.6          100.0\n"
        "    通用设备制造业                   7.2           18.4\n"
        "    专用设备制造业                  11.5           21.7\n"
    )
    obs = _run(raw, date(2026, 7, 20))
    growth, share = _one(obs, "11.5"), _one(obs, "21.7")
    assert (growth.measure, growth.unit, growth.breakdown) == ("growth", "%", "专用设备制造业")
    assert (share.measure, share.unit) == ("share", "%")


def test_hong_kong_one_character_change_verbs_and_a_growth_label_before_a_colon():
    obs = _run(
        "首三季零售業總銷貨價值按年升4.6%，其中燃料按年跌2.9%。\n地区生产总值同比增长：5.8%\n",
        date(2026, 11, 1),
    )
    assert [(o.subject, o.measure, o.value) for o in obs] == [
        ("零售业总销货价值", "growth", 4.6),
        ("燃料", "growth", -2.9),
        ("地区生产总值", "growth", 5.8),
    ]


def test_or_above_thresholds_make_classes_and_slight_rises_are_growth():
    obs = _run(
        "下載速率1000Mbps或以上的用戶有16.4萬戶。服裝（童裝除外）的銷貨價值微升2.1%。",
        date(2026, 12, 2),
    )
    assert [o.value_text for o in obs] == ["16.4万户", "2.1%"]
    assert (obs[1].measure, obs[1].value) == ("growth", 2.1)


def test_table_and_chart_numbers_are_no_statistics():
    obs = _run("表2-1人口主要指标\n图3网民规模\n（见附表2）全市人大代表512人。", date(2026, 5, 1))
    assert [o.value_text for o in obs] == ["512人"]


def test_an_estimate_for_the_year_a_january_report_reviews_is_of_that_year():
    raw = (
        "一、2025年计划执行情况\n"
        "1.经济运行。预计全年地区生产总值完成412.8亿元，增长5.6%。\n"
        "二、2026年计划安排\n"
        "地区生产总值增长5.5%左右。\n"
    )
    obs = _run(raw, date(2026, 1, 15))
    level = _one(obs, "412.8亿元")
    assert (level.period_end, level.kind) == (date(2025, 12, 31), "actual")
    aim = _one(obs, "5.5%左右")
    assert (aim.period_end, aim.kind) == (date(2026, 12, 31), "target")


def test_the_year_before_restated_after_this_year_s_figure_in_one_sentence():
    obs = _run("全年全市快递业务量3.62亿件，增长14.2%，上年为3.17亿件。", date(2026, 2, 1))
    assert _one(obs, "3.17亿件").period_end == date(2024, 12, 31)
    # 上年 opening a sentence counts back from the day of writing.
    obs = _run("上年末全县户籍人口41.26万人。", date(2026, 5, 1))
    assert _one(obs, "41.26万人").period_end == date(2025, 12, 31)


def test_gaps_to_the_plan_and_earlier_readings_keep_the_quantity_before():
    raw = (
        "一、2025年计划执行情况\n"
        "全年地区生产总值增长6.1%，高于计划0.6个百分点。"
        "八月批發業銷貨價值修訂估計為212億港元（原先公布的臨時估計為209億港元），"
        "按年上升3.1%（早前公布的臨時估計為上升2.8%）。\n"
    )
    obs = _run(raw, date(2026, 1, 20))
    assert [(o.value_text, o.subject) for o in obs] == [
        ("6.1%", "地区生产总值"),
        ("0.6个百分点", "地区生产总值"),
        ("212亿港元", "批发业销货价值"),
        ("209亿港元", "批发业销货价值"),
        ("3.1%", "批发业销货价值"),
        ("2.8%", "批发业销货价值"),
    ]


def test_he_parts_two_members_whose_names_hold_ji():
    obs = _run(
        "五月份零售業總銷貨價值按年上升4.8%，家具及家居用品和書報及文具分別上升3.9%及2.2%。",
        date(2026, 7, 2),
    )
    assert [o.subject for o in obs[1:]] == ["家具及家居用品", "书报及文具"]


def test_dangzhong_opening_a_clause_reads_as_qizhong_and_the_sentence_stays_as_written():
    obs = _run(
        "按季比較，旅客人均消費下跌0.6%，當中留宿旅客下跌1.4%，不過夜旅客則上升2.1%。",
        date(2026, 5, 14),
    )
    stayed = _one(obs, "1.4%")
    assert (stayed.subject, stayed.breakdown) == ("留宿旅客人均消费", "留宿旅客")
    assert "当中" in stayed.sentence


def test_a_span_of_quarters_or_months_before_fenbie_names_each_in_turn():
    obs = _run("2027年第2季至第4季出口分别增长4.1%、3.6%及2.9%。", date(2027, 5, 20))
    assert [o.period_end for o in obs] == [
        date(2027, 6, 30),
        date(2027, 9, 30),
        date(2027, 12, 31),
    ]


def test_members_each_with_its_figure_in_brackets_and_the_noun_the_list_is_of():
    raw = (
        "按客源分析，內地旅客總消費按年上升4.7%；香港旅客(1,318澳門元)與台灣旅客(2,296澳門元)"
        "的人均消費分別上升3.2%及1.1%。購物佔旅客總消費的45.1%；住宿(23.0%)及餐飲(20.4%)"
        "的比重則分別增加0.7個和0.5個百分點。"
    )
    obs = _run(raw, date(2026, 8, 14))
    assert [(o.value_text, o.subject, o.breakdown) for o in obs[1:5]] == [
        ("1,318澳门元", "人均消费", "香港旅客"),
        ("2,296澳门元", "人均消费", "台湾旅客"),
        ("3.2%", "人均消费", "香港旅客"),
        ("1.1%", "人均消费", "台湾旅客"),
    ]
    assert (_one(obs, "23.0%").breakdown, _one(obs, "23.0%").measure) == ("住宿", "share")


def test_a_town_or_street_named_alone_under_qizhong_is_the_parent_in_that_place():
    obs = _run("2026年全镇财政收入12.48亿元，增长3.1%，其中西河街道4.06亿元，占32.5%。")
    town = _one(obs, "4.06亿元")
    assert (town.subject, town.breakdown) == ("全镇财政收入", "西河街道")
    assert _one(obs, "32.5%").breakdown == "西河街道"


def test_rates_after_values_each_naming_its_subject_follow_them_not_an_earlier_list():
    obs = _run(
        "甲、乙两种产品产量分别为3.2万吨和1.6万吨；全市快递业务收入20.4亿元、"
        "邮政业务收入8.7亿元，分别增长9.8%和4.2%。"
    )
    assert [(o.subject, o.breakdown) for o in obs if o.value_text in ("9.8%", "4.2%")] == [
        ("全市快递业务收入", None),
        ("邮政业务收入", None),
    ]


def test_a_base_after_a_rate_of_change_leaves_the_listed_members_measured():
    obs = _run(
        "9月份，甲市、乙市工业用电量同比分别增长4.6%和2.3%，增幅比上月分别扩大0.4个和0.7个百分点。",
        date(2026, 10, 20),
    )
    assert [(o.subject, o.breakdown) for o in obs[2:]] == [
        ("甲市工业用电量", "甲市"),
        ("乙市工业用电量", "乙市"),
    ]


def test_a_share_of_places_reached_after_a_coverage_verb_is_the_reacher_s_share():
    obs = _run("2025年，4G网络实现全县9个乡镇、所有社区和97.5%的自然村全覆盖。")
    reached = _one(obs, "97.5%")
    assert (reached.subject, reached.breakdown, reached.measure) == ("4G网络", "自然村", "share")


def test_a_ratio_s_decimals_right_after_its_name_are_its_level_but_not_an_exchange_rate():
    obs = _run("全县城乡居民人均收入倍差1.86，比上年缩小0.05。（注：美元兑人民币以1比7.12折算）")
    ratio = _one(obs, "1.86")
    assert (ratio.subject, ratio.measure) == ("全县城乡居民人均收入倍差", "level")
    assert _one(obs, "0.05").subject == "全县城乡居民人均收入倍差"
    assert "7.12" not in [o.value_text for o in obs]


def test_a_change_from_the_same_period_last_year_dates_its_start_a_year_earlier():
    obs = _run(
        "1—9月，全省快递业务收入中，同城业务占比由上年同期的18.4%下降至16.9%；"
        "平均投递时长由上年的52.6小时缩短至47.3小时。",
        date(2026, 10, 25),
    )
    assert _one(obs, "18.4%").period_end == date(2025, 9, 30)
    assert _one(obs, "16.9%").period_end == date(2026, 9, 30)
    assert _one(obs, "52.6小时").period_end == date(2025, 12, 31)


def test_a_box_s_bulleted_figure_takes_the_label_after_it():
    obs = _run("【数字看点】\n■ 418.6亿元　全县规上工业总产值\n■ 7.4%　规上工业增加值增速\n")
    assert [(o.subject, o.measure) for o in obs] == [
        ("全县规上工业总产值", "level"),
        ("规上工业增加值", "growth"),
    ]


def test_trade_heads_a_list_and_an_aside_on_a_member_is_no_part_of_its_name():
    obs = _run("1—8月，钢材、船舶（含海工装备）、光伏组件出口分别增长6.1%、22.4%和3.8%。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("钢材出口", "钢材"),
        ("船舶出口", "船舶"),
        ("光伏组件出口", "光伏组件"),
    ]


def test_members_then_their_rank_in_the_clause_before_a_list_of_values():
    obs = _run("日本、韩国、东盟位列全市前三大进口来源地，分别进口86.2亿元、64.5亿元和51.3亿元。")
    assert [o.breakdown for o in obs] == ["日本", "韩国", "东盟"]
    assert all(o.subject.endswith("进口") for o in obs)


def test_tenths_after_buzu_are_a_share():
    share = _one(_run("2025年，全县民营企业出口占比不足三成。"), "三成")
    assert (share.measure, share.value, share.qualifier) == ("share", 30.0, "under")


def test_a_sum_passed_in_numerals_with_no_unit_after_a_cue_of_passing_it():
    obs = _run("今年前三季度全省网络零售额首破三千亿\n")
    passed = _one(obs, "三千亿")
    assert (passed.value, passed.qualifier) == (3e11, "over")


def test_zongliang_after_an_amount_is_that_amount():
    obs = _run("2025年，全县外贸进出口总额86.4亿元，增长9.1%，总量首次突破80亿元。")
    assert _one(obs, "80亿元").subject == "全县外贸进出口总额"


def test_a_change_column_after_two_years_holds_changes_and_points_for_rates():
    table = (
        "表3-2  社会保障基本情况\n"
        "指    标                   2024年      2025年     增减量\n"
        "参加基本养老保险人数（万人）   812.4       826.9       14.5\n"
        "登记失业率（%）                3.1         2.9        -0.2\n"
    )
    obs = _run(table, date(2026, 6, 1))
    assert (_one(obs, "14.5").measure, _one(obs, "14.5").value) == ("change", 145000.0)
    assert (_one(obs, "-0.2").measure, _one(obs, "-0.2").unit) == ("pp_change", "个百分点")


def test_a_qizhong_row_with_its_unit_in_its_label_is_a_part_of_the_row_above():
    table = (
        "表5-1  有线电视发展情况\n"
        "指  标                      2024年   2025年\n"
        "有线电视用户（万户）          412.6    398.1\n"
        "  其中：高清用户（万户）      301.2    322.7\n"
    )
    part = _one(_run(table, date(2026, 6, 1)), "322.7")
    assert (part.subject, part.breakdown) == ("有线电视用户", "高清用户")


def test_periods_listed_as_members_date_their_values_only():
    obs = _run(
        "2025年，全市快递业务量8.6亿件。一季度、上半年、前三季度业务量增速分别为9.1%、"
        "10.4%和11.2%，逐季加快。全市快递网点1260个。"
    )
    assert [o.period_end for o in obs[1:4]] == [
        date(2025, 3, 31),
        date(2025, 6, 30),
        date(2025, 9, 30),
    ]
    assert _one(obs, "1260个").period_end == date(2025, 12, 31)


def test_members_listed_after_the_whole_s_figure_and_the_rest_of_them():
    obs = _run(
        "2025年，全省电子商务交易额9856.4亿元。甲市、乙市分别完成4210.3亿元和2315.8亿元；"
        "其余6个市合计3330.3亿元。"
    )
    assert [(o.subject, o.breakdown) for o in obs if o.unit == "元"][1:] == [
        ("电子商务交易额", "甲市"),
        ("电子商务交易额", "乙市"),
        ("电子商务交易额", "其余6个市"),
    ]


def test_points_of_a_score_but_not_a_time_of_day_a_percent_or_a_scale():
    obs = _run(
        "2025年，全省数字政府评估得分为83.6分，比上年提高2.4分；甲、乙两市分别为88.1分和79.5分。"
        "发布会于上午10时30分举行。群众满意度平均4.7分（满分5分）。"
    )
    assert [(o.value_text, o.unit) for o in obs] == [
        ("83.6分", "分"),
        ("2.4分", "分"),
        ("88.1分", "分"),
        ("79.5分", "分"),
        ("4.7分", "分"),
    ]
    assert _one(obs, "2.4分").measure == "change"


def test_a_member_held_flat_in_a_list_of_changes_but_not_a_count_of_members_held():
    obs = _run(
        "全年全县商品零售价格比上年上涨0.6%，其中日用品上涨1.1%，家用电器持平。"
        "在32个工业大类行业中，20个行业增加值同比增长，2个行业持平。"
    )
    held = [o for o in obs if o.value_text == "持平"]
    assert [(o.subject, o.measure, o.value) for o in held] == [("家用电器", "growth", 0.0)]


def test_a_rate_noun_read_as_its_verb_carries_to_a_later_reach():
    obs = _run("2025年全市服务业增速为5.8%，2026年将提高至6%左右。")
    assert [(o.subject, o.measure) for o in obs] == [("全市服务业", "growth")] * 2


def test_daonian_di_is_the_end_of_the_year_told():
    obs = _run(
        "今年1—8月，全市新增5G基站1860个。全市将力争到年底新增5G基站突破2500个。", date(2026, 9, 15)
    )
    planned = _one(obs, "2500个")
    assert (planned.period_end, planned.kind) == (date(2026, 12, 31), "target")


def test_towns_and_townships_counted_without_a_measure_word():
    obs = _run("2025年末，全县辖六镇两乡一街道，共有112个行政村。")
    assert [(o.value_text, o.subject, o.value, o.unit) for o in obs[:3]] == [
        ("六镇", "镇", 6.0, "个"),
        ("两乡", "乡", 2.0, "个"),
        ("一街道", "街道", 1.0, "个"),
    ]


def test_a_place_at_an_extreme_of_a_measure_and_the_next_extreme_place():
    obs = _run(
        "分乡镇看，东坝镇常住人口最多，占全县的28.4%，西岭乡最少，不足0.9万人。"
        "全县共有74个行政村，行政村最多的南河镇有14个。"
    )
    assert [(o.subject, o.breakdown) for o in obs[:2]] == [
        ("常住人口", "东坝镇"),
        ("常住人口", "西岭乡"),
    ]
    assert (_one(obs, "14个").subject, _one(obs, "14个").breakdown) == ("行政村", "南河镇")


def test_yugu_is_a_forecast():
    obs = _run("預估5月餐飲業營業額將介於820億元至860億元。", date(2026, 5, 22))
    assert {o.kind for o in obs} == {"target"}


def test_a_later_reading_in_passing_dates_its_clause_only():
    obs = _run(
        "2025年末全省充电桩达28.6万个，到今年2月末再增至30.1万个。换电站412座。",
        date(2026, 3, 18),
    )
    assert _one(obs, "30.1万个").period_end == date(2026, 2, 28)
    assert _one(obs, "412座").period_end == date(2025, 12, 31)


def test_a_hash_row_s_wrapped_label_and_missing_marks_in_a_spaced_table():
    table = (
        "表5-3  规模以上工业分行业增加值（2025年）\n"
        "                          企业单位数   增加值    比上年\n"
        "行　　业                    （个）    （万元）   增长(%)\n"
        "    #食品制造业                 58     201340     6.2\n"
        "    #烟草制品业                  1        …        …\n"
        "    #铁路、船舶、航空航天和其他运输设备\n"
        "                                 37     156820     9.8\n"
    )
    obs = _run(table, date(2026, 6, 1))
    assert (_one(obs, "1").subject, _one(obs, "1").breakdown) == ("企业单位数", "烟草制品业")
    assert _one(obs, "156820").breakdown == "铁路、船舶、航空航天和其他运输设备"


def test_a_header_whose_names_wrap_and_whose_last_name_spans_two_columns():
    table = (
        "表3-1\t2025年各乡镇基本情况\n"
        "乡镇\t耕地面积\t年末常住\t农村居民人均可支配收入\n"
        "\t（亩）\t人口（人）\t金额（元）\t比上年增长（%）\n"
        "东溪镇\t31250\t42180\t21460\t6.4\n"
    )
    obs = _run(table, date(2026, 6, 1))
    assert [(o.subject, o.measure) for o in obs] == [
        ("耕地面积", "level"),
        ("常住人口", "level"),
        ("农村居民人均可支配收入", "level"),
        ("农村居民人均可支配收入", "growth"),
    ]


def test_places_with_a_short_head_and_the_place_whose_rate_is_highest():
    obs = _run(
        "1—6月，全国电子商务交易额21.6万亿元，同比增长7.1%；甲省、乙省交易额均超过2万亿元，"
        "增速分别为8.2%和6.9%；丙省增速在前五省份中最高，为9.6%。",
        date(2026, 7, 25),
    )
    assert [(o.subject, o.breakdown, o.measure) for o in obs[2:]] == [
        ("电子商务交易额", "甲省", "level"),
        ("电子商务交易额", "乙省", "level"),
        ("电子商务交易额", "甲省", "growth"),
        ("电子商务交易额", "乙省", "growth"),
        ("电子商务交易额", "丙省", "growth"),
    ]


def test_the_measure_after_fenbie_over_the_kind_the_count_names():
    obs = _run(
        "上半年，新材料、生物医药两大主导产业分别实现产值86.4亿元和52.7亿元。", date(2025, 7, 20)
    )
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("新材料产值", "新材料"),
        ("生物医药产值", "生物医药"),
    ]


def test_a_stock_since_a_founding_to_the_date_named_and_the_built_up_area():
    obs = _run(
        "截至6月底，园区自2012年设立以来累计引进企业860家，建成区面积由5.1平方公里扩展到31.6平方公里。",
        date(2025, 7, 16),
    )
    assert {o.period_end for o in obs} == {date(2025, 6, 30)}
    assert _one(obs, "31.6平方公里").subject == "建成区面积"


def test_a_header_of_years_alone_over_labelled_rows_is_a_table_not_a_chart_axis():
    table = (
        "表8-2  主要年份邮政业发展情况\n"
        "                               2022年    2023年    2024年    2025年\n"
        "快递业务量（亿件）              3.12      3.86      4.41      5.07\n"
    )
    obs = _run(table, date(2026, 6, 1))
    assert [o.period_end.year for o in obs] == [2022, 2023, 2024, 2025]


def test_the_year_a_streak_began_dates_nothing():
    obs = _run(
        "去年末，全省常住人口2836.2万人，人口自然增长率-1.2‰，自2023年起已连续三年为负。"
        "全年城镇新增就业41.8万人。",
        date(2026, 5, 20),
    )
    assert _one(obs, "41.8万人").period_end == date(2025, 12, 31)


def test_trade_with_a_partner_named_alone_and_the_next_partner():
    obs = _run(
        "1—8月，全市外贸出口862.4亿元。其中，对东盟出口增长12.1%，对欧盟下降3.4%；"
        "与美国贸易总额下降1.2%。"
    )
    assert [(o.subject, o.breakdown) for o in obs[1:3]] == [("出口", "东盟"), ("出口", "欧盟")]


def test_sectors_among_the_main_industries_are_members_of_the_index_before():
    raw = (
        "一、工业生产\n"
        "（一）9月工业生产指数为108.6，较上年同月增加4.2%。\n"
        "（二）制造业四大行业中，资讯电子工业年增9.8%，化学工业年减2.1%；另民生工业年增0.6%。\n"
    )
    obs = _run(raw, date(2026, 10, 23))
    assert [(o.subject, o.breakdown) for o in obs[2:4]] == [
        ("资讯电子工业生产指数", "资讯电子工业"),
        ("化学工业生产指数", "化学工业"),
    ]


def test_more_than_a_year_before_is_a_change_and_kinds_of_goods_complete_their_head():
    obs = _run(
        "总就业人数按季减少，但仍较一年前多约2.3万人。超级市场货品销售额按年上升1.8%，"
        "化妆品及卫生用品下跌3.1%。",
        date(2026, 11, 18),
    )
    more = _one(obs, "2.3万人")
    assert (more.subject, more.measure) == ("总就业人数", "change")
    assert _one(obs, "3.1%").subject == "化妆品及卫生用品销售额"


def test_the_same_rate_restated_for_an_earlier_year_and_the_year_counted_whole():
    obs = _run(
        "2025年全年综合消费物价指数按年上升1.6%，2024年为1.3%。零售业总销货价值第四季按年"
        "上升2.2%，惟全年计仍下跌0.5%。不过夜旅客上升8.1%。",
        date(2026, 2, 20),
    )
    earlier = _one(obs, "1.3%")
    assert (earlier.measure, earlier.period_end, earlier.kind) == (
        "growth",
        date(2024, 12, 31),
        "actual",
    )
    assert _one(obs, "0.5%").subject == "零售业总销货价值"
    assert _one(obs, "2.2%").period_end.year == 2025
    assert _one(obs, "8.1%").subject == "不过夜旅客"


def test_an_index_s_bare_change_an_arrow_emoji_and_a_conversion_tail():
    obs = _run(
        "2025年全省数字政府发展指数为71.6，较上年提升3.8。\n"
        "⬆️增速高于全国0.4个百分点\n"
        "全省数据要素市场规模按年均汇率折合约48亿美元。"
    )
    assert (_one(obs, "3.8").measure, _one(obs, "3.8").subject) == (
        "change",
        "全省数字政府发展指数",
    )
    assert _one(obs, "0.4个百分点").subject == "增速"
    assert _one(obs, "48亿美元").subject == "全省数据要素市场规模"


def test_members_holding_counts_of_a_group_and_a_country_under_qizhong():
    obs = _run(
        "2025年，全球市值前二十的芯片企业中，美国占11家，我国占4家。"
        "全球数据中心市场规模约3120亿美元，其中东盟10国约为215亿美元。"
    )
    assert [(o.subject, o.breakdown) for o in obs[:2]] == [
        ("芯片企业", "美国"),
        ("芯片企业", "我国"),
    ]
    part = _one(obs, "215亿美元")
    assert part.breakdown == "东盟10国"


def test_a_peer_place_s_figure_of_the_quantity_just_measured():
    obs = _run("2025年，我市人均地区生产总值约为7.8万元，像邻近的东湖市已超过11万元。")
    peer = _one(obs, "11万元")
    assert (peer.subject, peer.breakdown) == ("人均地区生产总值", "邻近东湖市")


def test_tenths_after_zhanbi_and_after_a_place_s_whole():
    obs = _run("2025年，全县新能源汽车销量增长31%，占比三成以上；规上工业企业860家，约占全市四成。")
    assert [(o.value_text, o.measure, o.value) for o in obs if "成" in o.value_text] == [
        ("三成以上", "share", 30.0),
        ("四成", "share", 40.0),
    ]


def test_nights_of_a_stay_and_flat_against_the_period_before():
    obs = _run(
        "第三季留宿旅客平均留宿2.1晚，较上年同期减少0.2晚。会议于9月3日晚举行。"
        "2026年7月至9月失业率为3.9%，与上一期持平。",
        date(2026, 11, 18),
    )
    assert [(o.value_text, o.unit, o.measure) for o in obs[:2]] == [
        ("2.1晚", "晚", "level"),
        ("0.2晚", "晚", "change"),
    ]
    guests = _run("留宿旅客人均消费3,120澳门元，上升2.1%，平均留宿2.2晚。", date(2026, 5, 18))
    assert _one(guests, "2.2晚").breakdown == "留宿旅客"
    assert "3日晚" not in {o.value_text for o in obs}
    assert (_one(obs, "持平").subject, _one(obs, "持平").value) == ("失业率", 0.0)


def test_the_object_a_verb_added_before_and_a_share_that_rose_to():
    obs = _run(
        "2025年，省数据交易所全年新增登记数据资产860个，累计登记2410个。"
        "国产芯片市场占比有望从目前的约21%升至近30%。"
    )
    assert _one(obs, "2410个").subject == "数据资产"
    assert _one(obs, "30%").subject == _one(obs, "21%").subject


def test_money_put_into_a_fund_named_after_it():
    obs = _run(
        "2026年，市财政安排3.5亿元的人工智能产业引导资金，比上年增加0.8亿元。", date(2026, 3, 1)
    )
    assert [o.subject for o in obs] == ["人工智能产业引导资金"] * 2


def test_the_year_of_a_printing_permit_number_dates_no_figure():
    obs = _run(
        "滨越市统计手册（2026）\n准印证号：滨内资字（2026）第12号\n\n说明\n"
        "1.2025年末，全市户籍人口52.3万人。\n2.年末全市规模以上工业企业131家。",
        date(2026, 7, 15),
    )
    firms = _one(obs, "131家")
    assert (firms.period_end, firms.kind) == (date(2025, 12, 31), "actual")


def test_each_of_the_places_has_the_measure_the_whole_named():
    obs = _run(
        "2025年末，全省常住人口城镇化率为58.2%，比上年末提高0.7个百分点，各市州在39%至71%之间。",
        date(2026, 4, 20),
    )
    for value_text in ("39%", "71%"):
        assert (_one(obs, value_text).subject, _one(obs, value_text).breakdown) == (
            "各市州常住人口城镇化率",
            "各市州",
        )


def test_a_table_whose_first_row_is_the_total_the_title_names():
    obs = _run(
        "表二　抵港旅客按居住地统计\n"
        "居住地\t2026年8月（人次）\t按年变动（%）\n"
        "总数\t2,871,300\t6.4\n"
        "甲地\t1,902,450\t7.9\n",
        date(2026, 9, 20),
    )
    assert [(o.value_text, o.subject, o.breakdown, o.measure) for o in obs] == [
        ("2,871,300", "抵港旅客", None, "level"),
        ("6.4", "抵港旅客", None, "growth"),
        ("1,902,450", "抵港旅客", "甲地", "level"),
        ("7.9", "抵港旅客", "甲地", "growth"),
    ]


def test_daily_average_and_members_with_their_figures_in_brackets():
    obs = _run(
        "2026年8月抵港旅客共2,871,300人次，按年上升6.4%，平均每日92,620人次。"
        "过夜旅客(1,310,200人次)及即日来回旅客(1,561,100人次)分别上升4.1%及8.3%。"
        "按抵达途径统计，经陆路抵达的旅客(2,205,400人次)占总数的76.8%；"
        "经水路抵达的旅客(386,120人次)下降3.6%。",
        date(2026, 9, 20),
    )
    assert _one(obs, "92,620人次").subject == "平均每日抵港旅客"
    for value_text, member in (
        ("1,310,200人次", "过夜旅客"),
        ("4.1%", "过夜旅客"),
        ("8.3%", "即日来回旅客"),
        ("386,120人次", "经水路抵达的旅客"),
        ("3.6%", "经水路抵达的旅客"),
    ):
        assert (_one(obs, value_text).subject, _one(obs, value_text).breakdown) == (
            "抵港旅客",
            member,
        ), value_text
    assert _one(obs, "76.8%").subject == "抵港旅客"


def test_members_after_the_first_take_its_measure_and_a_revised_rate():
    obs = _run(
        "与上年同月比较，家具及装饰品的销货价值上升9.6%，玩具上升4.1%；"
        "鞋类及皮具以及书报、文具及礼品则分别下跌2.2%和0.7%。"
        "2月的按年变动亦由上升2.6%修订为上升3.0%。",
        date(2026, 5, 4),
    )
    assert [(o.subject, o.breakdown) for o in obs[1:4]] == [
        ("玩具销货价值", "玩具"),
        ("鞋类及皮具销货价值", "鞋类及皮具"),
        ("书报、文具及礼品销货价值", "书报、文具及礼品"),
    ]
    assert _one(obs, "2.6%").subject == _one(obs, "3.0%").subject == "书报、文具及礼品销货价值"


def test_a_goods_table_by_class_and_a_signed_amount_in_brackets():
    obs = _run(
        "8月出口订单金额502.6亿美元，较上年同月增加12.6%（+56.2亿美元）；"
        "按新台币计算为1兆6,083亿元，年增率10.1%。\n\n"
        "表2　主要货品出口订单\n货品别\t金额（亿美元）\t年增率（%）\n"
        "机械\t31.4\t5.2\n合计\t502.6\t12.6\n",
        date(2026, 9, 20),
    )
    signed = _one(obs, "56.2亿美元")
    assert (signed.measure, signed.value, signed.subject) == ("change", 5.62e9, "出口订单金额")
    assert _one(obs, "1兆6,083亿元").subject == "出口订单金额"
    assert [
        (o.subject, o.breakdown, o.measure) for o in obs if o.value_text in ("31.4", "5.2")
    ] == [
        ("出口订单金额", "机械", "level"),
        ("出口订单金额", "机械", "growth"),
    ]


def test_members_of_a_distribution_and_cities_counted_back():
    obs = _run(
        "2025年，全省数据交易额52.3亿元。去年成交额行业分布：制造业27.5%，批发零售19.8%，"
        "其他52.7%。全省软件业务收入2450亿元。甲市收入1210亿元，乙市收入640亿元，"
        "以上城市合计占全省比重为75.5%，其余各市收入增速均超过12%。",
        date(2026, 3, 1),
    )
    assert [(o.subject, o.breakdown, o.measure) for o in obs[1:3]] == [
        ("成交额", "制造业", "share"),
        ("成交额", "批发零售", "share"),
    ]
    counted_back = _one(obs, "75.5%")
    assert (counted_back.subject, counted_back.breakdown) == ("软件业务收入", "以上城市")
    rest = _one(obs, "12%")
    assert (rest.subject, rest.breakdown, rest.measure) == ("软件业务收入", "其余各市", "growth")


def test_a_half_year_added_and_last_year_passed_in_passing():
    obs = _run(
        "截至6月底，全省5G移动电话用户3641万户，半年净增287万户。\n\n"
        "今年上半年，交易所完成数据交易额9.6亿元，已超过去年全年8.4亿元的水平。"
        "其中二季度单季交易额5.9亿元。\n\n"
        "算力方面，全市已建成标准机架3.1万架。新建的智算中心6月投运，新增智能算力0.8EFLOPS。",
        date(2026, 8, 6),
    )
    added = _one(obs, "287万户")
    assert (added.subject, added.measure) == ("全省5G移动电话用户", "change")
    assert _one(obs, "8.4亿元").period_end == date(2025, 12, 31)
    assert _one(obs, "5.9亿元").period_end == date(2026, 6, 30)
    assert _one(obs, "3.1万架").period_end == date(2026, 6, 30)


def test_a_sub_item_row_of_a_main_products_table():
    obs = _run(
        "表3　主要工业产品产量\n品种　单位　产量　比上年增长（%）\n"
        "钢材　万吨　312.5　2.4\n　其中：线材　万吨　98.1　-1.3\n水泥　万吨　506.2　-4.1\n",
        date(2026, 3, 20),
    )
    assert [
        (o.subject, o.breakdown) for o in obs if o.value_text in ("312.5", "98.1", "506.2")
    ] == [
        ("产量", "钢材"),
        ("钢材", "线材"),
        ("产量", "水泥"),
    ]


def test_start_ups_of_last_year_and_a_revision_told_in_passing():
    obs = _run(
        "本港去年初创企业逾3,900家，按年增加约260家。\n\n"
        "首季全国网上零售额3.52万亿元，按年增长6.9%。统计局同时将2029年全年网上零售额修订为"
        "14.81万亿元。首季跨境电商进出口5,873亿元，增长9.6%。",
        date(2030, 4, 22),
    )
    start_ups = _one(obs, "3,900家")
    assert (start_ups.subject, start_ups.period_end) == ("本港初创企业", date(2029, 12, 31))
    assert _one(obs, "14.81万亿元").period_end == date(2029, 12, 31)
    assert _one(obs, "5,873亿元").period_end == date(2030, 3, 31)


def test_a_yearbook_header_whose_names_go_on_below_them():
    obs = _run(
        "表6-2  规模以上工业企业分行业主要指标（2029年）\n"
        "                              单位：个、%、亿元\n"
        "                企业    增加值比上     营业      利润\n"
        "行    业       单位数    年增长         收入      总额\n"
        "总  计           842      6.3        3120.5     201.7\n"
        "  纺织业          61     -2.2         188.4       6.9\n",
        date(2030, 11, 2),
    )
    assert [(o.subject, o.breakdown, o.measure, o.value, o.unit) for o in obs[4:]] == [
        ("企业单位数", "纺织业", "level", 61, "个"),
        ("增加值", "纺织业", "growth", -2.2, "%"),
        ("营业收入", "纺织业", "level", 1.884e10, "元"),
        ("利润总额", "纺织业", "level", 6.9e8, "元"),
    ]


def test_only_the_unfinished_names_go_on_below_and_rates_per_thousand():
    obs = _run(
        "表3-1  人口主要指标\n"
        "                                 单位：万人、%、‰\n"
        "年份    年末常住   #城镇     城镇化率   出生率   死亡率    自然\n"
        "          人口      人口                                  增长率\n"
        "2029    3120.4    1987.6     63.70      6.12     7.85     -1.73\n",
        date(2030, 6, 1),
    )
    assert [(o.subject, o.value, o.unit) for o in obs] == [
        ("常住人口", 3.1204e7, "人"),
        ("常住人口", 1.9876e7, "人"),
        ("城镇化率", 63.70, "%"),
        ("出生率", 6.12, "‰"),
        ("死亡率", 7.85, "‰"),
        ("自然增长率", -1.73, "‰"),
    ]
    assert obs[1].breakdown == "城镇人口"  # the part the # marks, of the column before


def test_hong_kong_one_character_verbs_alone_before_the_figure():
    obs = _run(
        "2029年5月，家具及装饰品的销货价值上升7.4%，销货数量亦升5.1%；"
        "玩具的销货价值则下跌2.2%，鞋类亦跌3.0%。该股昨日收报8.46港元，升2.7%。",
        date(2029, 7, 2),
    )
    assert [(o.value_text, o.measure, o.value) for o in obs if o.unit == "%"] == [
        ("7.4%", "growth", 7.4),
        ("5.1%", "growth", 5.1),
        ("2.2%", "growth", -2.2),
        ("3.0%", "growth", -3.0),
        ("2.7%", "growth", 2.7),
    ]
    assert _one(obs, "5.1%").subject == "销货数量"


def test_a_figure_box_with_labels_glued_and_a_headline_of_two_statements():
    obs = _run(
        "数字一览\n■ 731.9亿元 全市网络零售额\n■ 27.3% 直播电商交易额增速\n\n"
        "数据中心机架超8万架 智能算力占比近六成\n\n表2-1 全省算力总规模（2027—2029年）\n",
        date(2030, 1, 20),
    )
    assert [(o.value_text, o.subject) for o in obs] == [
        ("731.9亿元", "全市网络零售额"),
        ("27.3%", "直播电商交易额"),
        ("8万架", "数据中心机架"),
        ("六成", "智能算力"),
    ]


def test_a_forecast_of_a_month_to_come_and_figures_as_first_published():
    obs = _run(
        "3月零售业营业额修正为2,960亿元（原发布2,947亿元），年增率由-0.9%修正为-0.6%。"
        "汽车零售业受去年同月比较基数偏高影响，年减3.8%；家电零售业营业额214亿元。"
        "预估5月批发业营业额介于9,120亿元至9,380亿元；零售业介于3,010亿元至3,090亿元。",
        date(2029, 4, 23),
    )
    first = _one(obs, "2,947亿元")
    assert (first.subject, first.period_end) == ("零售业营业额", date(2029, 3, 31))
    assert [(o.subject, o.measure) for o in obs if o.value_text in ("-0.9%", "-0.6%")] == [
        ("零售业营业额", "growth"),
        ("零售业营业额", "growth"),
    ]
    assert _one(obs, "214亿元").period_end == date(2029, 3, 31)
    assert [o.kind for o in obs if o.value_text in ("3,010亿元", "3,090亿元")] == ["target"] * 2


def test_members_share_the_measure_the_first_was_named_with_across_the_paragraph():
    obs = _run(
        "与一年前比较，2029年5月家具及装饰品的销货价值上升7.4%，销货数量亦升5.1%。"
        "玩具、书报分别上升3.3%及1.2%；文具上升0.8%。"
        "鞋类的销货价值则下跌2.2%，而钟表跌幅最大，达8.1%。",
        date(2029, 7, 2),
    )
    assert [(o.value_text, o.subject, o.breakdown) for o in obs[2:]] == [
        ("3.3%", "玩具销货价值", "玩具"),
        ("1.2%", "书报销货价值", "书报"),
        ("0.8%", "文具销货价值", "文具"),
        ("2.2%", "鞋类销货价值", None),
        ("8.1%", "钟表销货价值", "钟表"),
    ]
    assert _one(obs, "8.1%").value == -8.1


def test_one_days_record_a_revised_figure_and_a_rise_in_hong_kong_words():
    obs = _run(
        "2029年6月入境旅客共2,954,120人次。5月数字经修订后为301.4万人次（原公布为300.9万人次）。"
        "6月14日（星期六）单日入境旅客达13.8万人次。旅客平均逗留时间为1.3日。"
        "访港旅客逾390万人次，其中内地旅客升幅接近18%。",
        date(2029, 7, 30),
    )
    assert _one(obs, "13.8万人次").period_end == date(2029, 6, 14)
    assert _one(obs, "1.3日").period_end == date(2029, 6, 30)
    assert _one(obs, "301.4万人次").subject == _one(obs, "300.9万人次").subject == "入境旅客"
    rise = _one(obs, "18%")
    assert (rise.subject, rise.measure) == ("内地旅客", "growth")


def test_members_counted_among_a_class_that_already_did_something():
    obs = _run("截至4月28日，省内33家数据和软件相关上市公司中已有29家披露年报。", date(2030, 4, 29))
    counted = _one(obs, "29家")
    assert (counted.subject, counted.breakdown) == ("数据和软件相关上市公司", "披露年报")


def test_an_average_per_firm_and_a_box_label_opening_with_its_months():
    obs = _run(
        "数字一览\n▲986.1亿元　1—5月社会消费品零售总额\n\n"
        "全市已有17家企业完成数据资产入表，入表金额合计3.1亿元，平均每家1820万元。",
        date(2030, 6, 15),
    )
    assert _one(obs, "986.1亿元").subject == "社会消费品零售总额"
    assert _one(obs, "1820万元").subject == "平均每家入表金额"


def test_places_change_in_output_and_a_definition_holds_no_statistic():
    obs = _run(
        "全年粮食总产量9.85万吨，比上年增产1.7%；甲关镇、乙坪乡分别减产3.1%和0.6%。\n\n"
        "注：\n粮食产量：指全年生产的谷物、豆类和薯类的总产量，薯类按5公斤鲜薯折1公斤粮食计算。\n",
        date(2030, 6, 18),
    )
    assert [(o.value_text, o.subject, o.breakdown) for o in obs[2:]] == [
        ("3.1%", "粮食总产量", "甲关镇"),
        ("0.6%", "粮食总产量", "乙坪乡"),
    ]


def test_a_box_figure_marked_with_an_arrow_and_labelled_a_share():
    obs = _run("数字一览\n▲31.2%　网上零售额占社零比重\n", date(2030, 6, 15))
    assert (obs[0].subject, obs[0].measure) == ("网上零售额", "share")


def test_another_kind_of_product_has_the_same_measure():
    obs = _run("按货品别，光学产品海外生产比为12.4%，机械产品则为8.9%。", date(2030, 6, 15))
    assert (obs[1].subject, obs[1].breakdown) == ("机械产品海外生产比", "机械产品")


def test_a_township_table_headed_by_the_class_name_and_units_below():
    obs = _run(
        "表3-1  各乡镇基本情况（2030年）\n"
        "乡镇名称        行政村  户籍人口  农村居民人均可支配收入\n"
        "                （个）    （人）  绝对数（元） 增长（%）\n"
        "合  计              64    151220     24180       6.1\n"
        "东坪镇              21     60410     26950       5.8\n",
        date(2031, 6, 1),
    )
    town = [(o.value_text, o.subject, o.breakdown) for o in obs if o.breakdown == "东坪镇"]
    assert town[:2] == [("21", "行政村", "东坪镇"), ("60410", "户籍人口", "东坪镇")]


def test_ten_counted_where_a_verb_governs_it_and_the_most_of_a_class():
    obs = _run(
        "截至2030年末，全区辖十个街道，共有社区64个、行政村21个，社区最多的是东湖街道（12个）。"
        "实施十大工程，七至十项已完成。",
        date(2031, 3, 1),
    )
    assert [o.value_text for o in obs] == ["十个", "64个", "21个", "12个"]
    assert (obs[-1].subject, obs[-1].breakdown) == ("社区", "东湖街道")


def test_a_trade_surplus_is_no_bound():
    obs = _run(
        "2030年4月，本省进口212.4亿美元；出超86.5亿美元。全年营业收入超5800亿元。", date(2030, 5, 9)
    )
    surplus = _one(obs, "86.5亿美元")
    assert (surplus.subject, surplus.qualifier) == ("出超", "exact")
    assert _one(obs, "5800亿元").qualifier == "over"


def test_value_and_volume_of_the_same_sales_and_the_member_that_rose_most():
    obs = _run(
        "2030年首季批发业总销货价值合共512亿元，与2029年同期比较，价值上升3.4%，数量上升1.6%。"
        "与一年前比较，家具及家居用品的销货价值升幅最大（+12.4%），其次为书报及文具（+6.1%）；"
        "燃料则下跌4.2%。",
        date(2030, 5, 9),
    )
    assert _one(obs, "512亿元").subject == "批发业总销货价值"
    assert _one(obs, "1.6%").subject == "批发业总销货数量"
    assert [(o.subject, o.breakdown, o.value) for o in obs[3:]] == [
        ("家具及家居用品销货价值", "家具及家居用品", 12.4),
        ("书报及文具销货价值", "书报及文具", 6.1),
        ("燃料销货价值", "燃料", -4.2),
    ]


def test_a_table_title_glossing_its_unit_and_a_change_column_of_the_latest_month():
    obs = _run(
        "表2　按区域统计的写字楼空置率（%）\n"
        "区域\t2030年6月\t2029年6月\t按年变动（百分点）\n"
        "核心区\t12.4\t13.1\t-0.7\n",
        date(2030, 7, 20),
    )
    assert [(o.unit, o.measure, o.period_end) for o in obs] == [
        ("%", "level", date(2030, 6, 30)),
        ("%", "level", date(2029, 6, 30)),
        ("个百分点", "pp_change", date(2030, 6, 30)),
    ]


def test_part_rows_marked_with_a_spaced_hash_and_a_title_classified_with_an_fen():
    obs = _run(
        "表5-2  规模以上工业分行业增加值（2030年）\n"
        "行    业                （亿元） 增长（%）\n"
        "总    计                1210.5     5.9\n"
        "  # 高技术制造业         301.2    13.7\n"
        "采矿业                    48.3    -1.6\n\n"
        "表3-2　按三次产业分从业人员（2030年）\n单位：万人\n"
        "项　目\t年末数\t比上年增减\n从业人员合计\t812.4\t-3.6\n　第一产业\t101.5\t-4.2\n",
        date(2031, 6, 1),
    )
    assert _one(obs, "301.2").breakdown == "高技术制造业"
    assert (_one(obs, "101.5").subject, _one(obs, "101.5").breakdown) == ("从业人员", "第一产业")


def test_ages_defining_a_group_in_brackets_are_no_statistics():
    obs = _run(
        "2030年末劳动年龄人口（16—59岁）812.5万人，老年人口（60岁及以上）占21.4%。",
        date(2031, 6, 1),
    )
    assert [o.value_text for o in obs] == ["812.5万人", "21.4%"]


def test_a_box_of_goods_with_falls_signed_after_their_amounts():
    obs = _run(
        "【5月主要进口货品】\n原油　86.2亿美元　+12.5%\n铁矿砂　41.3亿美元　-3.8%\n",
        date(2030, 6, 9),
    )
    fall = _one(obs, "-3.8%")
    assert (fall.subject, fall.measure, fall.value) == ("铁矿砂", "growth", -3.8)


def test_a_listed_member_changes_and_an_earlier_provisional_figure():
    obs = _run(
        "2030年6月，甲类、乙类及丙类写字楼的空置率分别为12.4%、15.1%及18.3%，丙类按年上升1.2个百分点。"
        "5月份访客修订为131.2万人次（原公布的临时数字为130.6万人次）。",
        date(2030, 7, 9),
    )
    assert (_one(obs, "1.2个百分点").subject, _one(obs, "1.2个百分点").breakdown) == (
        "丙类写字楼空置率",
        "丙类",
    )
    assert _one(obs, "130.6万人次").subject == "访客"


def test_a_second_quantity_of_members_named_one_by_one_before():
    obs = _run(
        "2030年1—8月，分行业看，甲设备制造业营业收入增长10.7%，乙材料制造业增长12.5%，"
        "丙制造业下降2.1%，利润总额分别增长16.3%、21.8%和下降8.4%。",
        date(2030, 9, 20),
    )
    assert [(o.subject, o.breakdown, o.value) for o in obs[3:]] == [
        ("甲设备制造业利润总额", "甲设备制造业", 16.3),
        ("乙材料制造业利润总额", "乙材料制造业", 21.8),
        ("丙制造业利润总额", "丙制造业", -8.4),
    ]


def test_an_industry_whose_name_lists_its_parts_achieves_a_figure():
    obs = _run(
        "1—10月份，采矿业实现利润总额3396.2亿元，同比下降17.8%；"
        "电力、热力、燃气及水生产和供应业实现利润总额4268.1亿元，增长6.5%。",
        date(2030, 11, 27),
    )
    assert _one(obs, "4268.1亿元").subject == "电力、热力、燃气及水生产和供应业利润总额"


def test_a_total_so_far_counts_what_was_added_and_what_was_there():
    obs = _run(
        "新增专精特新中小企业71家、专精特新小巨人企业9家，总数分别达到318家、41家。"
        "新建5G基站2700个，累计达到1.52万个。",
        date(2031, 1, 15),
    )
    assert _one(obs, "318家").subject == "专精特新中小企业"
    assert _one(obs, "1.52万个").subject == "5G基站"


def test_shares_among_the_people_a_paragraph_names():
    obs = _run(
        "受访者中，男性占48.7%，女性占51.3%；从年龄看，20岁以下占5.2%，20—39岁占46.5%。",
        date(2031, 3, 1),
    )
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("受访者", "男性"),
        ("受访者", "女性"),
        ("受访者", "20岁以下"),
        ("受访者", "20—39岁"),
    ]


def test_a_morning_note_market_moves_previous_readings_and_a_forecast_table():
    obs = _run(
        "2030年12月15日，A股主要指数涨跌互现，上证指数收报3286.52点，涨0.52%；创业板指跌0.45%。\n"
        "1.工业：11月规上工业增加值同比+5.9%（前值+5.1%），环比+0.41%。\n"
        "表1：主要宏观指标预测（%）\n"
        "指标\t2030Q3\t2030Q4E\t2030E\t2031E\n"
        "GDP实际同比\t4.6\t4.7\t4.9\t4.5\n",
        date(2030, 12, 16),
    )
    assert [(o.subject, o.measure, o.value) for o in obs[:3]] == [
        ("上证指数", "level", 3286.52),
        ("上证指数", "growth", 0.52),
        ("创业板指", "growth", -0.45),
    ]
    previous = _one(obs, "5.1%")
    assert (previous.subject, previous.period_end) == ("规上工业增加值", date(2030, 10, 31))
    assert [(o.measure, o.period_end, o.kind) for o in obs[-4:]] == [
        ("growth", date(2030, 9, 30), "actual"),
        ("growth", date(2030, 12, 31), "target"),
        ("growth", date(2030, 12, 31), "target"),
        ("growth", date(2031, 12, 31), "target"),
    ]


def test_small_counts_written_after_their_objects_in_a_list_of_works():
    obs = _run(
        "2030年，培育农民专业合作社六家，改扩建幼儿园两所，建成村级养老服务站八个。"
        "其中两个已投用，这两个项目进展顺利。",
        date(2031, 1, 20),
    )
    assert [(o.value_text, o.subject) for o in obs] == [
        ("六家", "农民专业合作社"),
        ("两所", "幼儿园"),
        ("八个", "村级养老服务站"),
    ]


def test_added_alone_after_a_stock_is_its_change():
    obs = _run(
        "2030年，全镇规上工业企业达到十七家，新增两家。培育历史经典产业，新增3个省级名品。",
        date(2031, 1, 20),
    )
    assert [(o.value_text, o.measure) for o in obs] == [
        ("十七家", "level"),
        ("两家", "change"),
        ("3个", "level"),
    ]


def test_markets_named_by_continent_or_bloc_are_siblings():
    obs = _run(
        "2030年4月，全省对东盟出口额132.5亿美元，增长4.2%；欧盟88.1亿美元，增长2.4%；"
        "非洲11.6亿美元，下降2.2%。",
        date(2030, 5, 20),
    )
    assert [(o.subject, o.breakdown) for o in obs[2:]] == [
        ("欧盟出口额", "欧盟"),
        ("欧盟出口额", "欧盟"),
        ("非洲出口额", "非洲"),
        ("非洲出口额", "非洲"),
    ]


def test_volume_net_of_price_changes_is_no_member_and_a_total_opens_no_member():
    obs = _run(
        "2030年5月批發業總銷貨價值的臨時估計為112億元，較2029年同月上升4.1%。"
        "扣除期間價格變動後，2030年5月批發業總銷貨數量的臨時估計較一年前上升2.4%。"
        "2030年首5個月合計，批發業總銷貨價值較2029年同期上升3.6%，而銷貨數量則上升1.9%。",
        date(2030, 7, 2),
    )
    assert [(o.value_text, o.breakdown) for o in obs] == [
        ("112亿元", None),
        ("4.1%", None),
        ("2.4%", None),
        ("3.6%", None),
        ("1.9%", None),
    ]


def test_a_report_named_for_the_year_it_comes_out_in_dates_no_figure_as_that_year():
    # Out in May: the report's findings are of the survey, not of the whole year its name gives.
    obs = _run(
        "关于发布《2031年某省小微企业经营状况调查报告》的通知\n"
        "调查显示，受访企业中营业收入增长的占41.6%，较上年调查提高2.2个百分点。",
        date(2031, 5, 12),
    )
    share = _one(obs, "41.6%")
    assert share.kind == "actual"
    assert share.period_end is None or share.period_end.year != 2031 or share.period_end.month < 12
    # A report on a year past still dates its figures by that year.
    past = _run(
        "关于发布《2030年某省小微企业经营状况调查报告》的通知\n"
        "调查显示，受访企业中营业收入增长的占41.6%。",
        date(2031, 5, 12),
    )
    assert str(_one(past, "41.6%").period_end) == "2030-12-31"


def test_members_ranked_before_their_figures_without_a_measure_word_after_the_rank():
    obs = _run(
        "1—9月，东江市、西岭市、南湖市快递业务收入位列全省前三，"
        "分别为88.6亿元、61.2亿元和47.9亿元。"
    )
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("快递业务收入", "东江市"),
        ("快递业务收入", "西岭市"),
        ("快递业务收入", "南湖市"),
    ]


def test_a_member_written_as_the_member_before_it_is_of_the_same_quantity():
    obs = _run("北部四县累计建成村级物流站点612个，占全市的57.3%；南部三县455个。")
    south = _one(obs, "455个")
    assert south.breakdown == "南部三县"
    assert south.subject.endswith("物流站点")


def test_a_whole_named_with_its_figure_in_passing_still_cues_a_share():
    obs = _run("全市智能家电产量86.4万台，占全市家电产量（193.5万台）的44.7%。")
    share = _one(obs, "44.7%")
    assert share.measure == "share"
    assert _one(obs, "193.5万台").measure == "level"


def test_a_table_of_rates_of_change_named_in_its_title():
    obs = _run(
        "表2　本地生产总值主要开支组成部分（实质变动百分率）\n"
        "开支组成部分\t2029年\t2030年第一季\n私人消费开支\t1.4\t2.2\n政府消费开支\t3.1\t-0.6\n",
        date(2030, 5, 2),
    )
    assert [(o.value_text, o.measure, o.unit) for o in obs] == [
        ("1.4", "growth", "%"),
        ("2.2", "growth", "%"),
        ("3.1", "growth", "%"),
        ("-0.6", "growth", "%"),
    ]


def test_the_quarter_before_written_in_full_is_a_base_and_adverbs_end_no_subject():
    obs = _run(
        "第一季出口价格指数按年上升2.6%，升幅较上一季扩大0.3个百分点。"
        "全年的进口量亦相应修订为4.2万吨。",
        date(2030, 5, 2),
    )
    assert _one(obs, "0.3个百分点").subject == "出口价格指数升幅"
    assert _one(obs, "4.2万吨").subject == "进口量"


def test_shares_that_leave_out_whom_they_are_of_after_one_that_names_them():
    obs = _run(
        "从收入看，年营业收入5亿元以上的商户占6.1%，1亿元至5亿元的占19.8%，1亿元以下的占74.1%。"
    )
    middle, small = _one(obs, "19.8%"), _one(obs, "74.1%")
    assert middle.measure == small.measure == "share"
    assert "商户" in middle.subject and middle.breakdown == "1亿元至5亿元"
    assert "商户" in small.subject and small.breakdown == "1亿元以下"


def test_a_member_that_takes_a_rank_by_its_score():
    obs = _run("各县政务服务评价得分中，北塘县以93.15分位居第一，南溪县以90.42分居第二。")
    first, second = _one(obs, "93.15分"), _one(obs, "90.42分")
    assert (first.subject, first.breakdown) == ("得分", "北塘县")
    assert (second.subject, second.breakdown) == ("得分", "南溪县")


def test_an_average_a_year_before_a_noun_is_part_of_its_name():
    obs = _run("企业年均办理登记时间为3.5天，较上年减少1.2天。")
    assert _one(obs, "3.5天").subject == "企业年均办理登记时间"
    assert _one(obs, "1.2天").measure == "change"


def test_a_charts_caption_tells_its_figures():
    obs = _run(
        "【图2】移动支付\n图表说明：饼图。全年移动支付金额86.2万亿元，其中个人支付占71.4%。\n",
        date(2031, 3, 1),
    )
    assert _one(obs, "86.2万亿元").subject == "移动支付金额"
    assert _one(obs, "71.4%").measure == "share"


def test_labels_and_figures_one_wide_space_apart_under_a_bracketed_figure_number():
    obs = _run("【图5】分品类网上零售额同比增速（%）\n服装　6.4\n家电　12.9\n图书　-3.1\n")
    assert [(o.breakdown, o.measure, o.value) for o in obs] == [
        ("服装", "growth", 6.4),
        ("家电", "growth", 12.9),
        ("图书", "growth", -3.1),
    ]


def test_a_rise_on_a_year_revised_is_of_the_quantity_named_before():
    obs = _run(
        "2031年第一季实质本地生产总值较一年前同期上升2.7%。2030年第四季的按年升幅修订为2.2%。",
        date(2031, 5, 2),
    )
    assert _one(obs, "2.2%").subject == "实质本地生产总值"
    assert _one(obs, "2.2%").measure == "growth"


def test_a_one_character_rise_before_the_figure_but_not_a_litre():
    obs = _run("其中樓宇開支升4.3%，機器設備開支升6.1%；柴油每升8.02元。")
    assert _one(obs, "4.3%").measure == "growth"
    assert _one(obs, "6.1%").measure == "growth"
    assert _one(obs, "8.02元").measure == "level"


def test_a_dateline_with_its_day_in_cjk_numerals_dates_no_figure():
    obs = _run(
        "二零三零年五月對外商品貿易統計\n\n二零三零年六月二十四日（星期一）\n\n"
        "在整體出口貨值中，轉口貨值為3,904億元，按年上升8.8%。\n",
        date(2030, 6, 24),
    )
    assert str(_one(obs, "3,904亿元").period_end) == "2030-05-31"


def test_a_value_of_the_same_month_of_a_year_named_as_the_base():
    obs = _run("2030年5月的整体出口货值为3,955亿元，较2029年同月的3,517亿元上升12.5%。")
    assert str(_one(obs, "3,517亿元").period_end) == "2029-05-31"
    assert str(_one(obs, "3,955亿元").period_end) == "2030-05-31"


def test_the_market_a_part_of_the_trade_goes_to_or_comes_from():
    obs = _run(
        "2030年5月，输往东盟的整体出口货值上升6.2%，输往日本的则下跌1.4%；"
        "来自韩国的进口货值按年上升9.9%。"
    )
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("整体出口货值", "东盟"),
        ("整体出口货值", "日本"),
        ("进口货值", "韩国"),
    ]


def test_a_holiday_with_its_days_in_brackets_frames_the_paragraphs_after_it():
    obs = _run(
        "2031年国庆假期全省旅游市场情况\n"
        "国庆假期（10月1日至8日，共8天），全省接待游客3124.6万人次，同比增长7.2%。\n"
        "客源结构持续优化。省外游客842.3万人次，占全省接待游客的27.0%。\n",
        date(2031, 10, 9),
    )
    visitors = _one(obs, "842.3万人次")
    assert str(visitors.period_end) == "2031-10-08" and visitors.kind == "actual"


def test_a_price_per_room_and_night():
    obs = _run("全省星级饭店平均房价468元/间夜，上涨2.9%。")
    price = _one(obs, "468元/间夜")
    assert price.unit == "元/间夜" and price.subject.endswith("平均房价")


def test_goods_by_name_are_members_of_the_quantity_a_column_names():
    obs = _run(
        "表4　2030年主要商品进口额及其增长速度\n"
        "商品名称\t进口额（亿元）\t比上年增长（%）\n"
        "集成电路\t412.6\t8.3\n"
        "　其中：存储芯片\t96.1\t15.2\n"
        "原油\t188.0\t-3.7\n",
        date(2031, 3, 1),
    )
    chips = _one(obs, "412.6")
    assert (chips.subject, chips.breakdown, chips.value) == ("进口额", "集成电路", 41_260_000_000)
    assert _one(obs, "-3.7").breakdown == "原油"


def test_members_by_class_count_in_the_unit_column():
    obs = _run(
        "表3　2030年各区县主要农产品产量\n"
        "区县\t单位\t产量\t比上年增长（%）\n"
        "东城区\t万吨\t61.4\t2.2\n"
        "西塘县\t万吨\t23.9\t-1.0\n",
        date(2031, 3, 1),
    )
    east = _one(obs, "61.4")
    assert east.breakdown == "东城区" and (east.value, east.unit) == (614_000, "吨")


def test_goods_under_columns_of_months_are_each_a_quantity_of_their_own():
    obs = _run(
        "主要工业产品产量\n"
        "产品名称\t5月\t1—5月\t1—5月增长（%）\n"
        "家用空调（万台）\t86.1\t402.5\t9.4\n",
        date(2031, 6, 20),
    )
    month = _one(obs, "86.1")
    assert month.subject == "家用空调" and (month.value, month.unit) == (861_000, "台")


def test_a_member_of_the_same_class_takes_the_quantity_of_the_member_before():
    obs = _run(
        "按企业类型分，集体企业进出口220.5亿元，增长3.1%；港澳台投资企业96.3亿元，下降1.2%。"
    )
    member = _one(obs, "96.3亿元")
    assert (member.subject, member.breakdown) == ("港澳台投资企业进出口", "港澳台投资企业")
    assert _one(obs, "1.2%").subject == "港澳台投资企业进出口"


def test_a_whole_among_which_some_did_something_with_a_verb_ending_the_clause():
    obs = _run("跨国公司百强中有26家到本区投资。")
    firms = _one(obs, "26家")
    assert (firms.subject, firms.breakdown) == ("跨国公司百强", "到本区投资")
    # a measure named before the verb still hands on to the figures after it
    obs = _run("41个行业中有33个行业利润总额增长。")
    assert _one(obs, "33个").breakdown == "利润总额增长"


def test_a_note_mark_does_not_hide_who_achieved_the_figure():
    obs = _run("全年新增出口额86.2亿元。规模以上软件企业[12]实现利润总额41.5亿元，增长6.6%。")
    profit = _one(obs, "41.5亿元")
    assert (profit.subject, profit.breakdown) == ("利润总额", "规模以上软件企业")


def test_a_target_given_in_brackets_after_its_noun():
    obs = _run("全年社会消费品零售总额增长6.2%，高于年初预期目标（增长5.5%左右）0.7个百分点。")
    assert _one(obs, "5.5%左右").kind == "target"
    assert _one(obs, "6.2%").kind == "actual"
    assert _one(obs, "0.7个百分点").kind == "actual"


def test_a_percentage_of_a_share_named_by_a_ranking_is_a_share():
    obs = _run(
        "分地区看，东部地区使用云服务的企业占比最高，为71.2%；中部地区为55.0%，西部地区仅43.6%。"
    )
    assert [o.measure for o in obs] == ["share", "share", "share"]
    assert _one(obs, "55.0%").breakdown == "中部地区"


def test_a_line_led_by_its_figure_is_named_by_the_clause_after_it():
    obs = _run(
        "【数读】\n"
        "◆2730亿元　全市软件业务收入，比上年增长12.1%。\n"
        "◆9.4万人　软件从业人员，比上年增加0.6万人。\n"
        "●568家　省级专精特新企业数量，其中制造业企业402家。\n"
    )
    revenue = _one(obs, "2730亿元")
    assert revenue.subject == "全市软件业务收入"
    assert _one(obs, "12.1%").subject == "全市软件业务收入"
    assert _one(obs, "9.4万人").subject == "软件从业人员"
    assert _one(obs, "0.6万人").subject == "软件从业人员"
    assert _one(obs, "568家").subject.endswith("专精特新企业数量")
    # a rate word after the figure names how it is measured, not what
    obs = _run("◆412亿元　全县网络零售额\n◆15.2%　同比增速\n")
    assert _one(obs, "15.2%").subject == "全县网络零售额"
    # a figure inside a sentence is no such line
    obs = _run("全年完成投资86亿元，同比增长7.5%。")
    assert _one(obs, "86亿元").subject != "同比增长7.5%"


def test_a_look_back_in_contrast_frames_its_own_sentence_only():
    obs = _run(
        "2030年，全县农产品网络零售额达5.1亿元，同比增长18.2%。"
        "而在2024年，这一数字还不足一亿元。蜂蜜网销额为0.9亿元。",
        date(2031, 1, 20),
    )
    assert str(_one(obs, "一亿元").period_end) == "2024-12-31"
    assert str(_one(obs, "0.9亿元").period_end) == "2030-12-31"


def test_the_other_half_of_a_pair_takes_the_quantity_of_the_first():
    obs = _run("全省城镇老年网民占58.1%，农村占41.9%。全年男性从业人员212万人，女性187万人。")
    rural = _one(obs, "41.9%")
    assert (rural.subject, rural.breakdown, rural.measure) == ("农村老年网民", "农村", "share")
    assert _one(obs, "187万人").subject == "女性从业人员"


def test_a_table_of_scores_by_prefecture():
    obs = _run(
        "表2　2031年部分地市营商环境指数得分\n"
        "地市\t得分\t较上年变化（分）\t排名\n"
        "北屿\t91.2\t+1.4\t1\n"
        "南屿\t84.7\t-0.3\t2\n",
        date(2032, 2, 1),
    )
    north = _one(obs, "91.2")
    assert (north.subject, north.breakdown) == ("营商环境指数得分", "北屿")
    assert (north.value, north.unit) == (91.2, "分")
    assert _one(obs, "-0.3").measure == "change"
    assert not [o for o in obs if o.value_text == "2"]


def test_more_or_less_than_a_base_whose_figure_is_given():
    obs = _run("全年手机销量为31万台，比上年的35万台少4万台；平板销量较上年的12万台多3万台。")
    fewer = _one(obs, "4万台")
    assert (fewer.subject, fewer.measure, fewer.value) == ("手机销量", "change", -40_000)
    more = _one(obs, "3万台")
    assert (more.subject, more.measure, more.value) == ("平板销量", "change", 30_000)


def test_the_value_of_the_trade_flow_a_sentence_is_about():
    obs = _run(
        "转口出口方面，2031年4月输往东盟的货值为312亿元，按年上升5.1%；"
        "输往欧盟的不足90亿元，按年下跌2.4%。",
        date(2031, 5, 28),
    )
    asean = _one(obs, "312亿元")
    assert (asean.subject, asean.breakdown) == ("转口出口货值", "东盟")
    assert (_one(obs, "2.4%").subject, _one(obs, "2.4%").breakdown) == ("转口出口货值", "欧盟")


def test_markets_listed_after_a_direction_all_take_it():
    obs = _run(
        "2031年4月商品进口货值按年上升8.8%，来自韩国和泰国的分别上升12.0%和3.3%，"
        "来自澳洲的则下跌6.1%。",
        date(2031, 5, 28),
    )
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("商品进口货值", None),
        ("商品进口货值", "韩国"),
        ("商品进口货值", "泰国"),
        ("商品进口货值", "澳洲"),
    ]


def test_the_end_of_a_change_to_a_later_time_keeps_the_subject_before():
    obs = _run(
        "研发人员由2028年底的60人增至去年底约210人。机架总数为4000个，计划今年底前扩充至5200个。",
        date(2031, 4, 10),
    )
    assert _one(obs, "210人").subject == "研发人员"
    planned = _one(obs, "5200个")
    assert (planned.subject, planned.kind) == ("机架总数", "target")


def test_a_bare_month_after_a_sentence_on_last_year_is_of_this_year():
    obs = _run(
        "全市共享单车去年底投放量约12万辆，按年增加近2万辆。截至3月底，注册用户达310万个，"
        "3月份日均骑行约42万人次。",
        date(2031, 4, 20),
    )
    assert str(_one(obs, "12万辆").period_end) == "2030-12-31"
    assert str(_one(obs, "310万个").period_end) == "2031-03-31"
    # a month of a year the paragraph names stays in that year
    obs = _run("2030年全市投放共享单车12万辆。3月份日均骑行约42万人次。", date(2031, 4, 20))
    assert str(_one(obs, "42万人次").period_end) == "2030-03-31"


def test_groups_of_respondents_named_right_after_them_and_in_bins():
    obs = _run(
        "调查显示，受访者中女性占46.2%，较上次调查提高1.1个百分点。"
        "从年龄看，25岁以下占8.4%，25—34岁占40.3%。"
        "从接单量看，每日3—5单的占38.0%，不足3单的占12.5%。"
    )
    women = _one(obs, "46.2%")
    assert (women.subject, women.breakdown) == ("受访者", "女性")
    assert _one(obs, "40.3%").breakdown == "25—34岁"
    assert _one(obs, "38.0%").breakdown == "每日3—5单"
    assert not [o for o in obs if o.value_text in ("5单", "3单")]


def test_the_other_half_of_a_pair_named_with_its_group_noun():
    obs = _run("全职骑手月均收入6920元，兼职骑手2840元。")
    part_time = _one(obs, "2840元")
    assert (part_time.subject, part_time.breakdown) == ("兼职骑手月均收入", "兼职骑手")


def test_a_sub_index_named_after_the_last_member_is_every_members():
    obs = _run("网络基础设施、软件产业、数据治理分项指数分别为132.4、118.9和125.0。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("网络基础设施分项指数", "网络基础设施"),
        ("软件产业分项指数", "软件产业"),
        ("数据治理分项指数", "数据治理"),
    ]
    obs = _run("设施、应用、治理分指数得分分别为88.1、79.4和83.6。")
    assert _one(obs, "79.4").subject == "应用分指数得分"
    # an index with a name of its own keeps it
    obs = _run("甲市、乙市发展指数分别为71.3和68.5。")
    assert _one(obs, "68.5").subject == "乙市发展指数"


def test_a_chart_of_years_and_values_parted_by_bars():
    obs = _run(
        "【图2】软件业务收入（亿元）\n2027　412.5｜2028　455.0｜2029　503.8\n", date(2030, 3, 1)
    )
    assert [(o.subject, o.value, str(o.period_end)) for o in obs] == [
        ("软件业务收入", 41_250_000_000, "2027-12-31"),
        ("软件业务收入", 45_500_000_000, "2028-12-31"),
        ("软件业务收入", 50_380_000_000, "2029-12-31"),
    ]


def test_a_chart_told_in_a_sentence():
    obs = _run(
        "【图1】快递业务量三年走势\n"
        "图表说明：柱状图为快递业务量（亿件），2027年8.6，2028年9.9，2029年11.2；"
        "折线为同比增速（%），依次为12.4、15.1、13.1。\n",
        date(2030, 3, 1),
    )
    volume = _one(obs, "9.9")
    assert (volume.subject, volume.value, volume.unit) == ("快递业务量", 990_000_000, "件")
    growth = _one(obs, "15.1")
    assert (growth.subject, growth.measure, str(growth.period_end)) == (
        "快递业务量",
        "growth",
        "2028-12-31",
    )
    assert len(obs) == 6


def test_a_unit_written_at_the_end_of_a_tables_title_line():
    obs = _run(
        "表2　部分岗位月工资价位　　单位：元\n岗位\t低位数\t中位数\n网络运维员\t5200\t6800\n",
        date(2031, 5, 20),
    )
    assert {o.unit for o in obs} == {"元"}


def test_the_member_at_the_extreme_and_its_peers_of_the_same_measure():
    obs = _run("分行业看，软件业平均工资最高，为19.4万元；金融业17.1万元。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("平均工资", "软件业"),
        ("平均工资", "金融业"),
    ]
    obs = _run("分职业看，技术人员年薪中位数最高，为15.8万元；销售人员9.6万元；行政人员7.2万元。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("年薪中位数", "技术人员"),
        ("年薪中位数", "销售人员"),
        ("年薪中位数", "行政人员"),
    ]


def test_a_change_column_after_two_periods_hong_kong_style():
    obs = _run(
        "主要統計數字\n\t2031年4月至6月\t2031年5月至7月\t變動\n"
        "勞動人口\t3 912 400\t3 905 100\t-7 300\n失業率（%）\t3.9\t3.8\t-0.1\n",
        date(2031, 8, 18),
    )
    labour = _one(obs, "-7 300")
    assert (labour.subject, labour.measure, labour.value, labour.unit) == (
        "劳动人口",
        "change",
        -7300,
        "人",
    )
    assert str(labour.period_end) == "2031-07-31"
    rate = _one(obs, "-0.1")
    assert (rate.measure, rate.unit) == ("pp_change", "个百分点")


def test_lines_of_a_figure_box_each_led_by_its_figure_and_a_colon():
    obs = _run(
        "【数读·上半年】\n▶3.2万场：全县助农直播场次\n▶4.6万个：各类网店（截至6月末）\n▶95.1%：订单按时发货率\n",
        date(2031, 7, 20),
    )
    assert [o.subject for o in obs] == ["全县助农直播场次", "各类网店", "订单按时发货率"]


def test_the_channel_named_with_the_last_members_measure_is_every_members():
    obs = _run("分品类看，蜂蜜、菌菇、茶油网络销售额分别为12亿元、9亿元和6亿元。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("蜂蜜网络销售额", "蜂蜜"),
        ("菌菇网络销售额", "菌菇"),
        ("茶油网络销售额", "茶油"),
    ]


def test_an_item_of_a_list_that_tells_a_figure_is_no_heading():
    obs = _run(
        "各部门近日发布1—4月相关数据，整理如下：\n"
        "【软件业】\n· 软件业务收入3826亿元，▲11.6%\n"
        "· 一季度规模以上互联网企业完成互联网业务收入412亿元，▲6.2%\n"
        "【通信业】\n· 电信业务收入累计593亿元，▲1.7%\n",
        date(2031, 5, 21),
    )
    assert str(_one(obs, "412亿元").period_end) == "2031-03-31"
    assert str(_one(obs, "593亿元").period_end) == "2031-04-30"


def test_a_title_ending_in_a_rates_name_makes_its_cells_rates():
    obs = _run(
        "表2　躉售物價指數年增率\n單位：%\n項目別\t120年3月\t120年4月\n總指數\t2.31\t1.96\n",
        date(2031, 5, 8),
    )
    april = _one(obs, "1.96")
    assert (april.measure, april.unit, april.breakdown) == ("growth", "%", "总指数")
    assert str(april.period_end) == "2031-04-30"


def test_a_district_after_a_district_takes_the_quantity_the_first_one_named():
    obs = _run("分区域看，东坪区零售额45.2亿元，增长8.1%；西岗区31.6亿元，增长6.4%。")
    second = _one(obs, "31.6亿元")
    assert (second.subject, second.breakdown) == ("西岗区零售额", "西岗区")
    assert _one(obs, "6.4%").breakdown == "西岗区"
    obs = _run("全市账户开立数达58.2万个。分区域看，东坪区开立账户21.4万个；西岗区16.8万个。")
    assert (_one(obs, "16.8万个").subject, _one(obs, "16.8万个").breakdown) == (
        "全市账户开立数",
        "西岗区",
    )


def test_a_column_of_changes_against_a_time_in_points_and_a_flat_cell():
    obs = _run(
        "前三季度各县生产总值\n县别　生产总值（亿元）　增长（%）　较上半年（个百分点）\n"
        "东坪县　412.5　6.2　+0.3\n西岗县　388.1　5.4　持平\n南溪县　256.9　4.8　-0.2\n",
        date(2031, 10, 28),
    )
    up = _one(obs, "+0.3")
    assert (up.measure, up.unit, up.value, up.breakdown) == ("pp_change", "个百分点", 0.3, "东坪县")
    flat = _one(obs, "持平")
    assert (flat.measure, flat.value, flat.breakdown) == ("pp_change", 0.0, "西岗县")


def test_more_or_higher_by_an_amount_with_chu():
    obs = _run("今年全市新增上市公司7家，比上年多出3家。")
    assert (_one(obs, "3家").measure, _one(obs, "3家").value) == ("change", 3.0)
    obs = _run("各县合计约2.41万亿元，比全市数据2.35万亿元高出约0.06万亿元。")
    gap = _one(obs, "0.06万亿元")
    assert (gap.measure, gap.qualifier) == ("change", "about")
    assert gap.subject != "高出"


def test_the_upper_bound_of_a_rate_naming_a_class_is_no_figure():
    obs = _run("前三季度，利润增速不足3%的行业仅有4个。")
    assert [o.value_text for o in obs] == ["4个"]
    assert (obs[0].subject, obs[0].breakdown) == ("行业", "利润增速不足3%")
    # a share of the enterprises, bounded: a figure
    obs = _run("调查显示，不足3%的企业表示订单减少。")
    assert [o.value_text for o in obs] == ["3%"]


def test_the_member_named_after_the_extreme_of_a_rate():
    obs = _run("前三季度，全市生产总值增长5.3%。增速最快的是北部的东坪县，为7.9%。")
    fastest = _one(obs, "7.9%")
    assert fastest.measure == "growth"
    assert "东坪县" in fastest.subject


def test_a_cjk_number_with_more_before_its_magnitude_and_no_unit():
    obs = _run("全县户籍人口一百二十多万，其中城镇人口过半。")
    people = _one(obs, "一百二十多万")
    assert (people.value, people.qualifier, people.unit) == (1_200_000, "over", "人")


def test_a_note_giving_the_day_all_data_are_as_of_dates_the_undated_figures():
    obs = _run(
        "全省累计建成充电桩8.4万个，今年新增1.6万个；明年计划再新增2万个。\n"
        "（本文数据除注明外均截至2031年10月底）\n",
        date(2031, 11, 20),
    )
    assert str(_one(obs, "8.4万个").period_end) == "2031-10-31"
    assert str(_one(obs, "1.6万个").period_end) == "2031-10-31"
    plan = _one(obs, "2万个")
    assert (plan.kind, str(plan.period_end)) == ("target", "2032-12-31")


def test_emoji_arrows_sign_a_growth():
    obs = _run("▲光伏电池产量12.4亿千瓦⬆️21.3%\n▲水泥产量8.1亿吨⬇️6.2%\n")
    assert (_one(obs, "21.3%").measure, _one(obs, "21.3%").value) == ("growth", 21.3)
    assert (_one(obs, "6.2%").measure, _one(obs, "6.2%").value) == ("growth", -6.2)


def test_items_under_a_figures_line_marked_by_another_bullet_are_its_members():
    obs = _run(
        "▲快递业务量38.2亿件，增长16.4%\n  ▶东部地区29.6亿件，+15.1%\n  ▶西部地区3.9亿件，+22.8%\n"
        "▲商品房销售面积减少3.2%\n"
    )
    west = _one(obs, "3.9亿件")
    assert (west.subject, west.breakdown) == ("快递业务量", "西部地区")
    assert _one(obs, "22.8%").breakdown == "西部地区"
    assert _one(obs, "3.2%").breakdown is None


def test_a_measure_called_by_its_head_after_its_full_name_takes_the_full_name_back():
    obs = _run(
        "前三季度，全省港口集装箱吞吐量完成412万标箱，增长6.3%；吞吐量增速比上半年加快0.8个百分点。"
        "东港市吞吐量增长9.1%，占全省比重达41.2%。"
    )
    assert _one(obs, "0.8个百分点").subject == "港口集装箱吞吐量增速"
    assert _one(obs, "9.1%").subject == "东港市港口集装箱吞吐量"


def test_a_table_labelled_in_cjk_numerals_or_unnumbered_keeps_its_title():
    # 表一 before a title opening with a year, and 表 alone before the title, a space apart.
    obs = _run(
        "表二　2025年3月及首三个月主要市场入境游客（人次）\n"
        "市场\t3月\t按年变动(%)\t1至3月\t按年变动(%)\n"
        "东南亚\t52,310\t+6.2\t148,905\t+4.4\n"
        "总计\t301,442\t+3.9\t880,120\t+2.7\n"
    )
    q = _one(obs, "52,310")
    assert (q.subject, q.breakdown, q.unit, q.value) == ("入境游客", "东南亚", "人次", 52310)
    assert _one(obs, "880,120").subject == "入境游客"
    obs = _run(
        "表　收支概况（亿元；%）\n项目\t3月金额\t年增率\n收入\t212.4\t3.3\n支出\t198.0\t-1.2\n"
    )
    q = _one(obs, "212.4")
    assert (q.subject, q.value, q.unit) == ("收入", 2.124e10, "元")
    g = _one(obs, "-1.2")
    assert (g.subject, g.measure, g.value, g.unit) == ("支出", "growth", -1.2, "%")


def test_rows_of_quarters_and_half_years_give_their_own_periods():
    obs = _run(
        "表3　全县规模以上工业增加值\n期间\t总量（亿元）\t增速（%）\n"
        "2024年第3季\t88.2\t4.1\n2024年上半年\t170.5\t3.6\n",
        date(2025, 2, 10),
    )
    q = _one(obs, "88.2")
    assert (q.subject, q.value, q.period_end) == (
        "全县规模以上工业增加值",
        8.82e9,
        date(2024, 9, 30),
    )
    g = _one(obs, "3.6")
    assert (g.measure, g.period_end, g.kind) == ("growth", date(2024, 6, 30), "actual")
    # A page's running head with its date is no row of figures.
    assert not _run("2025年1月7日\t星期二\t要闻\t3\n")


def test_columns_of_estimates_made_at_other_times_keep_the_rows_period():
    obs = _run(
        "表2　全市生产总值增长率预测比较\t单位：%\n期间\t1月预测\t本次（4月）\n"
        "2025年第1季\t4.9\t5.2\n2025年全年\t5.0\t5.3\n"
    )
    early = _one(obs, "4.9")
    assert (early.measure, early.period_end, early.kind) == ("growth", date(2025, 3, 31), "target")
    now = _one(obs, "5.2")
    assert (now.period_end, now.kind, now.breakdown) == (date(2025, 3, 31), "actual", None)
    assert _one(obs, "5.3").kind == "target"  # the year not over yet


def test_restated_in_another_currency_and_one_character_change_verbs():
    obs = _run(
        "一季度出口98.6亿美元，年增12.0%；以新台币计为3,121亿元，增10.4%。进口51.0亿美元，减2.2%。"
    )
    q = _one(obs, "3,121亿元")
    assert (q.subject, q.value) == ("出口", 3.121e11)
    assert _one(obs, "10.4%").subject == "出口"
    down = _one(obs, "2.2%")
    assert (down.subject, down.measure, down.value) == ("进口", "growth", -2.2)
    obs = _run("贸易顺差41.2亿美元，扩增逾8亿美元。")
    q = _one(obs, "8亿美元")
    assert (q.subject, q.measure, q.qualifier) == ("贸易顺差", "change", "over")


def test_the_minus_sign_written_as_a_word():
    obs = _run("最终消费拉动增长2.9个百分点，净出口拉动1.6个及负0.4个百分点。")
    assert _one(obs, "1.6个").unit == "个百分点"
    q = _one(obs, "负0.4个百分点")
    assert (q.measure, q.value) == ("pp_change", -0.4)
    assert _one(_run("行业利润增长负3.2%。"), "负3.2%").value == -3.2
    # 负 of a word: 减负 is a relief of burdens, not a sign.
    assert _one(_run("全年为企业减负15.5亿元。"), "15.5亿元").value == 1.55e9


def test_a_revision_from_the_figure_first_published():
    obs = _run("上年第4季度经济增长率由原公布之3.1%修正为3.3%。")
    assert [(o.subject, o.measure, o.value) for o in obs] == [
        ("经济增长率", "growth", 3.1),
        ("经济增长率", "growth", 3.3),
    ]


def test_the_base_period_of_an_index_dates_no_figure():
    obs = _run(
        "二〇二五年五月份居民消费价格\n\n五月份整体物价按年上升1.2%。\n\n"
        "表1　消费价格指数（2022年7月至2023年6月=100）\n"
        "指数\t2025年5月\t按年变动(%)：2025年4月\n整体指数\t104.3\t1.1\n\n"
        "五月份，衣着价格的按年升幅为0.7%。",
        date(2025, 6, 20),
    )
    assert _one(obs, "0.7%").period_end == date(2025, 5, 31)


def test_a_title_of_growth_by_component_names_the_quantity_and_its_members():
    obs = _run(
        "表4　零售价格指数按组成项目划分的按年变动(%)\n组成项目\t2025年4月\t2025年5月\n"
        "食品\t2.2\t2.5\n衣着\t-0.6\t-0.4\n",
        date(2025, 6, 20),
    )
    q = _one(obs, "-0.4")
    assert (q.subject, q.breakdown, q.measure, q.value) == ("零售价格指数", "衣着", "growth", -0.4)
    assert q.period_end == date(2025, 5, 31)
    obs = _run(
        "表　2025年5月出口主要目的地区\n地区\t金额（亿美元）\t年增率（%）\n甲洲\t31.2\t4.4\n",
        date(2025, 6, 20),
    )
    q = _one(obs, "31.2")
    assert (q.subject, q.breakdown) == ("出口金额", "甲洲")


def test_columns_of_change_against_another_time_hold_amounts_or_points():
    obs = _run(
        "表　就业主要指标\n项目\t2025年5月\t较上月增减\t比上年同月增减\n"
        "就业人员（千人）\t8,412\t12\t-5\n登记失业率（%）\t3.90\t-0.04\t0.10\n",
        date(2025, 6, 20),
    )
    q = _one(obs, "-5")
    assert (q.measure, q.value, q.unit) == ("change", -5000, "人")
    p = _one(obs, "0.10")
    assert (p.subject, p.measure, p.value, p.unit) == ("登记失业率", "pp_change", 0.1, "个百分点")


def test_a_fall_written_with_one_character_and_people_counted_by_sector():
    obs = _run("调查失业率为4.8%，较上月下降0.1个百分点，较上年同月亦降0.2个百分点。")
    assert _one(obs, "0.2个百分点").value == -0.2
    obs = _run("分行业看，第二产业就业人员93.4万人；第三产业142.7万人。")
    q = _one(obs, "142.7万人")
    assert (q.subject, q.breakdown) == ("第三产业就业人员", "第三产业")


def test_the_corresponding_rate_and_the_members_called_back_by_a_count():
    obs = _run("零售价格指数按年上升2.0%，上月的相应升幅为1.7%。")
    assert _one(obs, "1.7%").subject == "零售价格指数"
    obs = _run("甲区、乙区零售价格分别上升4.1%和3.3%；剔除折扣后，两者的按年升幅依次为2.9%和2.2%。")
    called_back = [o for o in obs if o.value_text in ("2.9%", "2.2%")]
    assert [o.breakdown for o in called_back] == ["甲区", "乙区"]
    assert not any("者" in o.subject for o in called_back)


def test_a_headline_forecasting_next_year_dates_only_its_own_figure():
    obs = _run(
        "协会：明年产量料增6%\n\n今年首11个月全市产量为812万吨，按年上升4.2%。",
        date(2025, 12, 12),
    )
    q = _one(obs, "812万吨")
    assert (q.period_end, q.kind) == (date(2025, 11, 30), "actual")
    # 明年 is the writer's next year, whatever year the sentence names.
    obs = _run("协会昨日公布2026年展望，预期明年出口增长5%左右。", date(2025, 12, 12))
    assert _one(obs, "5%左右").period_end == date(2026, 12, 31)


def test_a_holiday_inside_the_month_reported_frames_only_its_paragraph():
    obs = _run(
        "2025年5月入境旅客数字\n\n5月入境旅客共2,100,000人次。\n\n"
        "劳动节假期（5月1日至5日）期间入境旅客达512,000人次。\n\n"
        "按客源地统计，内地旅客1,620,000人次。",
        date(2025, 6, 15),
    )
    assert _one(obs, "512,000人次").period_end == date(2025, 5, 5)
    assert _one(obs, "1,620,000人次").period_end == date(2025, 5, 31)


def test_ranges_paces_and_the_figure_first_published():
    obs = _run("预计明年全球经济增长介乎2.8%至3.1%，发达经济体则放缓至1.4%。", date(2025, 12, 1))
    low = _one(obs, "2.8%")
    assert (low.subject, low.measure) == ("全球经济", "growth")
    assert _one(obs, "1.4%").measure == "growth"
    obs = _run("第二季本地生产总值按年增长2.6%（先前公布为2.4%）。", date(2025, 8, 15))
    first = _one(obs, "2.4%")
    assert (first.subject, first.measure) == ("本地生产总值", "growth")


def test_a_captioned_forecast_table_of_signed_changes():
    obs = _run(
        "协会出口预测（按年变动）\n\t2025年\t2026年\n整体出口\t+9%\t+4%\n输往欧洲\t-2%\t+1%\n",
        date(2025, 12, 1),
    )
    q = _one(obs, "-2%")
    assert (q.measure, q.value, q.kind, q.period_end) == (
        "growth",
        -2,
        "target",
        date(2025, 12, 31),
    )
    # 1—5月实际 | 全年预测: the columns say which figures are forecasts.
    obs = _run(
        "表2　主要指标预测\n指标\t1—5月实际\t全年预测\n出口（亿元）\t2100.5\t5000\n",
        date(2025, 6, 20),
    )
    assert _one(obs, "2100.5").kind == "actual"


def test_rate_columns_after_this_and_last_month_are_this_months():
    obs = _run(
        "表：主要金融数据（亿元）\n项目\t5月底\t4月底\t按月变动(%)\t按年变动(%)\n"
        "各项存款\t52,310\t51,806\t1.0\t6.1\n",
        date(2025, 6, 30),
    )
    assert _one(obs, "1.0").period_end == date(2025, 5, 31)
    assert _one(obs, "6.1").period_end == date(2025, 5, 31)


def test_an_index_table_with_its_base_and_columns_named_by_time():
    obs = _run(
        "表1　商品零售价格指数（2020年=100）\n项目\t2025年5月\t较上月(%)\t较上年同月(%)\n"
        "总指数\t103.52\t0.4\t1.8\n服装类\t101.20\t-0.3\t0.9\n",
        date(2025, 6, 20),
    )
    q = _one(obs, "101.20")
    assert (q.subject, q.breakdown, q.measure) == ("商品零售价格指数", "服装类", "level")
    g = _one(obs, "-0.3")
    assert (g.subject, g.measure, g.period_end) == ("商品零售价格指数", "growth", date(2025, 5, 31))


def test_a_text_layer_table_whose_header_wraps_onto_a_shorter_line():
    # Single spaces part the cells; the label's gloss and the last name's end wrap below.
    raw = (
        "表3-4 分街道居民人均消费支出\n单位：元\n"
        "街道 2023年 2024年 2024年比上年\n（镇） 增长（%）\n"
        "全 区 31450 33012 5.0\n东湖街道 35210 36987 5.1\n"
    )
    assert "街道\t2023年\t2024年\t2024年比上年\n（镇）\t增长（%）" in normalise(raw).text
    obs = _run(raw, date(2025, 5, 1))
    q = _one(obs, "36987")
    assert (q.subject, q.breakdown, q.value, q.unit) == (
        "居民人均消费支出",
        "东湖街道",
        36987,
        "元",
    )
    assert q.period_end == date(2024, 12, 31)
    g = _one(obs, "5.0")
    assert (g.measure, g.breakdown) == ("growth", None)
    assert _one(obs, "5.1").breakdown == "东湖街道"


def test_a_label_gloss_and_units_on_the_line_under_the_header():
    obs = _run(
        "表2-2 分乡镇耕地面积和粮食产量（2024年）\n乡镇\t耕地面积\t粮食产量\n"
        "（街道）\t（公顷）\t（吨）\n全县\t21450\t168230\n河口镇\t3120\t24510\n",
        date(2025, 5, 1),
    )
    q = _one(obs, "24510")
    assert (q.subject, q.breakdown, q.unit) == ("粮食产量", "河口镇", "吨")
    obs = _run(
        "1-2 年末户籍人口\n年份\t总人口\t城镇\t乡村\n（单位：万人）\n2024\t212.40\t120.35\t92.05\n",
        date(2025, 5, 1),
    )
    q = _one(obs, "120.35")
    assert (q.subject, q.breakdown, q.value, q.unit) == ("总人口", "城镇", 1203500, "人")


def test_a_note_under_a_row_does_not_end_its_table():
    obs = _run(
        "9-3 邮政电信主要指标\n指标\t单位\t2023年\t2024年\n邮政业务总量\t亿元\t41.2\t45.8\n"
        "（按2020年不变单价）\n固定电话用户\t万户\t88.4\t81.9\n",
        date(2025, 6, 1),
    )
    q = _one(obs, "81.9")
    assert (q.subject, q.value, q.unit, q.period_end) == (
        "固定电话用户",
        819000,
        "户",
        date(2024, 12, 31),
    )


def test_a_numbered_heading_names_the_measures_called_by_their_last_words():
    obs = _run(
        "二、电信业务\n1—10月，全市电信业务收入累计完成86.2亿元。业务总量增长12.4%。\n"
        "三、邮政业务\n1—10月，函件业务量下降6.1%。",
        date(2025, 11, 20),
    )
    assert _one(obs, "12.4%").subject == "电信业务总量"
    assert _one(obs, "86.2亿元").subject == "全市电信业务收入"
    assert _one(obs, "6.1%").subject == "函件业务量"


def test_a_chart_written_out_as_rows_of_months():
    raw = (
        "前三季度全市工业运行平稳。\n\n附图：全市工业投资增速（%）\n"
        "月份　当月同比　累计同比\n7月　5.2　4.8\n8月　5.6　4.9\n"
    )
    assert "月份\t当月同比\t累计同比\n7月\t5.2\t4.8" in normalise(raw).text
    obs = _run(raw, date(2025, 10, 20))
    q = _one(obs, "5.6")
    assert (q.subject, q.measure, q.period_end) == ("全市工业投资", "growth", date(2025, 8, 31))


def test_so_many_years_before_the_writers():
    obs = _run(
        "前10个月，光伏组件出口量占全球的比重超过八成。而在五年前，这一比重还不足五成。"
        "海关数据显示，截至10月底，出口企业达1260家。",
        date(2025, 11, 20),
    )
    assert _one(obs, "五成").period_end == date(2020, 12, 31)
    assert _one(obs, "1260家").period_end == date(2025, 10, 31)
    # The look back after a comma, inside the sentence, as well.
    obs = _run(
        "前10个月，光伏组件出口量占全球的比重超过八成，而在五年前，这一比重还不足五成。"
        "海关数据显示，截至10月底，出口企业达1260家。",
        date(2025, 11, 20),
    )
    assert _one(obs, "五成").period_end == date(2020, 12, 31)
    assert _one(obs, "1260家").period_end == date(2025, 10, 31)
    obs = _run("农村网络零售额占比从三年前的12.5%提高到目前的18%左右。", date(2025, 11, 20))
    assert _one(obs, "12.5%").period_end == date(2022, 12, 31)


def test_a_plan_period_in_single_quotes():
    obs = _run("“全市快递业务量首次突破5亿件，‘十四五’期间年均增长12.2%。”", date(2026, 2, 1))
    q = _one(obs, "12.2%")
    assert (q.subject, q.measure, q.period_end) == ("全市快递业务量", "growth", date(2025, 12, 31))


def test_the_members_of_a_structure_listed_before_it():
    obs = _run("种植、养殖、加工三业产值比例由上年的41.2:33.5:25.3调整为39.8:33.9:26.3。")
    assert [o.breakdown for o in obs] == ["种植", "养殖", "加工"] * 2
    assert [o.measure for o in obs] == ["share"] * 6


def test_rows_whose_cells_write_their_units():
    obs = _run(
        "■全市数字经济主要数据（2025年前三季度）\n"
        "电子商务交易额｜3,412亿元｜+9.6%\n快递业务量｜8.7亿件｜-1.2%\n",
        date(2025, 10, 28),
    )
    q = _one(obs, "3,412亿元")
    assert (q.subject, q.measure, q.value, q.unit) == ("电子商务交易额", "level", 3.412e11, "元")
    assert q.period_end == date(2025, 9, 30)
    g = _one(obs, "-1.2%")
    assert (g.subject, g.measure, g.value) == ("快递业务量", "growth", -1.2)


def test_list_heads_with_an_acronym_or_an_etc_class():
    obs = _run(
        "2024年，高校、科研院所、企业R&D人员分别为12.4万人、6.8万人和52.1万人；"
        "三者所占比重分别为17.2%、9.4%和72.3%。",
        date(2025, 3, 1),
    )
    q = _one(obs, "6.8万人")
    assert (q.subject, q.breakdown) == ("科研院所R&D人员", "科研院所")
    s = _one(obs, "72.3%")
    assert (s.subject, s.breakdown, s.measure) == ("企业R&D人员", "企业", "share")
    obs = _run("纺织、家具、造纸等行业营业收入分别下降4.1%、2.6%和1.9%。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("纺织营业收入", "纺织"),
        ("家具营业收入", "家具"),
        ("造纸营业收入", "造纸"),
    ]


def test_table_laid_one_cell_a_line_with_a_wrapped_header_name_and_row_label():
    # A PDF text layer lays each cell on a line of its own; the growth column's name wraps
    # (比上年末 / 增长（%）), as do labels (10G-PON端口 opens with digits; 城域网出口 / 带宽).
    obs = _run(
        "二、网络能力\n表1  2025年全市主要通信设施\n项目\n单位\n2025年末\n比上年末\n增长（%）\n"
        "4G基站\n万个\n8.21\n3.5\n10G-PON端口\n万个\n41.6\n18.2\n数据中心机架\n万架\n2.45\n12.0\n"
        "城域网出口\n带宽\nTbps\n96.0\n25.4\n（二）用户发展",
        date(2026, 3, 1),
    )
    ports = _one(obs, "41.6")
    assert (ports.subject, ports.measure, ports.value, ports.unit) == (
        "10G-PON端口",
        "level",
        416000,
        "个",
    )
    assert str(ports.period_end) == "2025-12-31"
    growth = _one(obs, "18.2")
    assert (growth.subject, growth.measure) == ("10G-PON端口", "growth")
    bandwidth = _one(obs, "25.4")
    assert (bandwidth.subject, bandwidth.measure) == ("城域网出口带宽", "growth")


def test_table_laid_one_cell_a_line_keeps_a_short_name_and_the_cell_after_it_apart():
    # 产量 / 比上年增长（%）: two header cells, not one name wrapped.
    obs = _run(
        "表1  2025年主要工业产品产量\n产品名称\n单位\n产量\n比上年增长（%）\n"
        "水泥\n万吨\n412.3\n-2.1\n钢材\n万吨\n96.5\n4.4\n发电量\n亿千瓦时\n88.2\n6.0\n",
        date(2026, 3, 1),
    )
    cement = _one(obs, "412.3")
    assert (cement.subject, cement.breakdown) == ("产量", "水泥")
    assert (cement.measure, cement.value) == ("level", 4123000)
    assert _one(obs, "4.4").measure == "growth"


def test_table_laid_one_cell_a_line_goes_on_over_a_page_break():
    # The page's number and form feed fall between rows, and between a row's label and its
    # unit; the first cells of the new page are no running header. An index row's unit cell
    # names the index's base.
    obs = _run(
        "附表：2025年全市主要经济指标\n指标名称\n单位\n绝对量\n同比增长（%）\n"
        "地区生产总值\n亿元\n3,210.5\n5.8\n第一产业\n亿元\n201.3\n3.1\n\n— 4 —\n"
        "\f第二产业\n亿元\n1,310.2\n6.4\n第三产业\n亿元\n1,699.0\n5.6\n工业品出厂价格指数\n"
        "上年=100\n98.7\n—\n城镇居民人均可支配收入\n\n— 5 —\n\f元\n48,215\n4.9\n附注：\n",
        date(2026, 2, 1),
    )
    secondary = _one(obs, "1,310.2")
    assert (secondary.value, secondary.unit) == (131020000000, "元")
    assert "第二产业" in (secondary.subject or "") + (secondary.breakdown or "")
    assert _one(obs, "6.4").measure == "growth"
    income = _one(obs, "48,215")
    assert (income.subject, income.value, income.unit) == ("城镇居民人均可支配收入", 48215, "元")
    assert _one(obs, "4.9").subject == "城镇居民人均可支配收入"


def test_wraps_inside_an_acronym_and_between_a_spaced_figure_and_its_letters_unit():
    # A PDF text layer wraps lines at the column's width, here inside PUE and EFLOPS.
    raw = "\n".join(
        [
            "二、算力基础设施",
            "截至2025年底，全市在用数据中心标准机架达到6.2万架，同",
            "比增长14.8%，全市累计新建成投产的大型以上数据中心平均P",
            "UE降至1.25，较上年下降0.04。全市算力总规模5.6 ",
            "EFLOPS，同比增长了27.3%，其中智能算力为3.4 E",
            "FLOPS，占比60.7%；城域网出口带宽达到42 Tbps",
            "，同比增长16.7%，为全市各类算力中心提供低时延互联，支撑",
            "重点行业应用加快落地，全年新增上云企业1260家，累计达到8",
            "650家，上云用云水平持续提升，数字化转型成效明显。",
        ]
    )
    obs = _run(raw, date(2026, 3, 1))
    assert "PUE" in _one(obs, "1.25").subject
    intelligent = _one(obs, "3.4 EFLOPS")
    assert (intelligent.breakdown, intelligent.unit) == ("智能算力", "EFLOPS")
    assert _one(obs, "60.7%").measure == "share"
    bandwidth = _one(obs, "42 Tbps")
    assert (bandwidth.value, bandwidth.unit) == (42, "Tbps")


def test_kinds_after_the_first_take_its_measure_in_a_run_of_changes():
    obs = _run(
        "全年全市居民消费价格上涨0.6%。分类别看，服务价格上涨1.1%，家庭设备下降0.9%，"
        "文化娱乐上涨2.3%，通信工具下降3.4%。全市工业品产量增长4.2%，其中钢材产量增长5.1%，"
        "水泥下降2.7%。"
    )
    assert [(o.subject, o.breakdown) for o in obs if o.value_text in ("0.9%", "2.3%")] == [
        ("家庭设备价格", "家庭设备"),
        ("文化娱乐价格", "文化娱乐"),
    ]
    tools = _one(obs, "3.4%")
    assert (tools.subject, tools.breakdown, tools.value) == ("通信工具价格", "通信工具", -3.4)
    cement = _one(obs, "2.7%")
    assert (cement.subject, cement.breakdown) == ("水泥产量", "水泥")


def test_a_range_or_a_rate_named_after_a_measure_is_no_kind_of_it():
    obs = _run("机构预计全年出口增长4.5%，区间为3.8%—5.2%；基建投资增速有望回升至6%以上。")
    assert not any((o.breakdown or "") in ("区间", "基建投资增速") for o in obs)
    assert _one(obs, "6%以上").subject.startswith("基建投资")


def test_a_list_takes_the_head_its_whole_or_the_measure_just_reported_names():
    obs = _run(
        "全年完成寄递业务量12.6亿件，增长9.8%。市内、省内、港澳台及国际寄递业务量分别为3.1亿件、"
        "5.2亿件和4.3亿件。市内、省内、港澳台及国际寄递业务量分别占全部寄递业务量的24.6%、"
        "41.3%和34.1%。"
    )
    assert [(o.subject, o.breakdown) for o in obs if o.value_text in ("3.1亿件", "4.3亿件")] == [
        ("市内寄递业务量", "市内"),
        ("港澳台及国际寄递业务量", "港澳台及国际"),
    ]
    share = _one(obs, "34.1%")
    assert (share.subject, share.breakdown) == ("港澳台及国际寄递业务量", "港澳台及国际")
    assert share.measure == "share"


def test_a_value_right_after_a_names_acronym_gloss():
    obs = _run("全市在用数据中心平均电能利用效率（PUE）1.36，较上年下降0.05。")
    pue = _one(obs, "1.36")
    assert (pue.measure, pue.value, pue.unit) == ("level", 1.36, None)
    assert "电能利用效率" in pue.subject


def test_a_bound_of_a_rate_named_after_it_is_a_growth_not_a_class():
    obs = _run("力争软件业务收入保持12%以上增长，电子商务交易额保持8%以上的增速。")
    software = _one(obs, "12%以上")
    assert (software.subject, software.measure, software.qualifier) == (
        "软件业务收入",
        "growth",
        "over",
    )
    assert _one(obs, "8%以上").measure == "growth"
    # A class the bound names stays a class: its figure is the count.
    classed = _run("营业收入增长20%以上的企业有46家。")
    assert [o.value_text for o in classed] == ["46家"]


def test_periods_listed_with_only_a_rate_word_are_of_the_measure_named_before():
    obs = _run(
        "前三季度，全市服务业增加值同比增长6.1%。分季度看，一季度、上半年累计增速分别为5.4%和"
        "5.8%。",
        date(2025, 10, 20),
    )
    first = _one(obs, "5.4%")
    assert (first.subject, first.measure, str(first.period_end)) == (
        "全市服务业增加值",
        "growth",
        "2025-03-31",
    )
    assert _one(obs, "5.8%").subject == "全市服务业增加值"


def test_an_article_jumping_to_another_newspaper_page_goes_on_in_its_sentence():
    lines = [
        "　　记者：今年全市信息基础设施建设进展如何？",
        "　　周主任：今年以来，我们坚持适度超前建设",
        "的思路，统筹推进网络、算力和应用协同发展，",
        "重点抓好城市更新和乡村振兴中的通信配套，全",
        "市信息基础设施能力持续增强。截至9月底，全",
        "市累计建成5G基站",
        "6.4万个，其中今年新建8600个，千兆光网覆盖",
        "全部乡镇。全市蜂窝物联网终端用户达到2860万",
        "户，同比增长21.3%；工业互联网标识解析二级节",
        "（下转第4版）",
        "江城日报　　　　　　　　　　　　3",
        "2025年10月12日　星期日",
        "4　　经济·访谈",
        "（上接第3版）",
        "点12个，累计标识注册量突破45亿个，服务企业",
        "超过1.2万家，带动上下游企业加快数字化转型，",
        "全年有望新增上云企业3000家以上，持续提升水平。",
    ]
    obs = _run("\n".join(lines), date(2025, 10, 12))
    nodes = _one(obs, "12个")
    assert nodes.subject.endswith("二级节点")
    assert not any(o.value_text in ("3", "4") for o in obs)


def test_higher_than_another_group_by_a_percent_is_a_growth():
    obs = _run("千兆用户户均流量86GB，比其他宽带用户高出约40%；城区网速比乡镇快出一倍。")
    gap = _one(obs, "40%")
    assert (gap.subject, gap.measure, gap.qualifier) == ("千兆用户户均流量", "growth", "about")


def test_a_one_character_verb_with_le_before_the_figure():
    obs = _run(
        "今年全县商品房销售额8.2亿元，降了百分之六左右；商品房库存12.4万平方米，减了2万平方米。"
    )
    fall = _one(obs, "百分之六左右")
    assert (fall.subject, fall.measure, fall.value) == ("全县商品房销售额", "growth", -6)
    stock = _one(obs, "2万平方米")
    assert (stock.measure, stock.value) == ("change", -20000)


def test_a_pure_number_reached_with_dao():
    obs = _run("新建数据中心设计PUE普遍在1.3以下，示范园区PUE已经降到1.16。")
    assert _one(obs, "1.16").subject == "示范园区PUE"


def test_a_bound_of_a_class_counted_among_those_just_named_is_no_figure():
    obs = _run("全市建成工业互联网平台36个，其中连接设备超过10万台的9个。")
    assert [o.value_text for o in obs] == ["36个", "9个"]


def test_a_figure_of_the_year_told_as_a_fact_late_in_it_is_an_actual():
    late = date(2025, 10, 18)
    obs = _run("今年全县晚稻种植面积36.4万亩，其中优质稻28.1万亩。", late)
    assert [(o.kind, str(o.period_end)) for o in obs] == [("actual", "2025-12-31")] * 2
    # A forecast or a plan for the rest of the year stays a target.
    planned = _run("预测今年全县晚稻总产量18.2万吨。下半年新建高标准农田2万亩。", late)
    assert [o.kind for o in planned] == ["target", "target"]
    # Early in the year, the year's figure is what the report plans.
    early = _run("今年全县晚稻种植面积36.4万亩。", date(2025, 2, 10))
    assert early[0].kind == "target"


def test_a_charts_legend_naming_years_dates_none_of_the_prose_after_it():
    raw = (
        "2026年1—9月电子信息制造业运行情况\n"
        "1—9月，全市规模以上电子信息制造业增加值同比增长9.6%。\n"
        "图1 2025年—2026年1—9月营业收入增长情况\n"
        "亿元900 600 300 0%15 10 5 0\n"
        "1—3月1—6月1—9月\n"
        "■2025年营业收入■2026年营业收入—同比增长\n"
        "效益稳步改善。1—9月，全市规模以上电子信息制造业实现利润总额86.4亿元，同比增长7.1%。\n"
    )
    obs = _run(raw, date(2026, 10, 20))
    profit = _one(obs, "86.4亿元")
    assert str(profit.period_end) == "2026-09-30"
    assert str(_one(obs, "7.1%").period_end) == "2026-09-30"


def test_the_start_of_a_stretch_up_to_now_frames_its_own_sentence_only():
    obs = _run(
        "前三季度，全市社会消费品零售总额同比增长6.2%。自去年三季度以来，月度增速已连续12个月"
        "保持在5%以上。网上零售额增长11.4%，占社会消费品零售总额的比重为27.3%。",
        date(2025, 10, 22),
    )
    assert str(_one(obs, "11.4%").period_end) == "2025-09-30"
    assert str(_one(obs, "27.3%").period_end) == "2025-09-30"


def test_an_index_base_written_with_yi_and_wei_is_no_period():
    obs = _run("2024年，全市营商环境指数（以2020年为100）为131.5，较上年提高6.2点。")
    index = _one(obs, "131.5")
    assert (index.subject, str(index.period_end)) == ("全市营商环境指数", "2024-12-31")


def test_tenths_after_hold_or_exceed_and_before_a_rate_word():
    obs = _run(
        "预计全市跨境电商进出口额今年仍将保持三成以上增长，到2028年保持两成以上的年均增速；"
        "千兆用户户均流量比普通宽带用户高出四成多。",
        date(2026, 3, 1),
    )
    assert [(o.value_text, o.measure, o.value, o.qualifier) for o in obs] == [
        ("三成以上", "growth", 30, "over"),
        ("两成以上", "growth", 20, "over"),
        ("四成多", "growth", 40, "over"),
    ]


# --- listed companies ---------------------------------------------------------------------


def test_figures_after_a_company_named_with_its_code_are_the_companys():
    obs = _run(
        "存储芯片环节，甲乙存储（688123）前三季度实现营收84.2亿元，同比增长31.5%；"
        "归母净利润6.8亿元，同比增长52.0%。其中三季度单季营收30.1亿元。"
        "公司表示，企业级产品收入占比已升至45%。",
        date(2025, 10, 30),
    )
    for value_text, subject in [
        ("84.2亿元", "营收"),
        ("31.5%", "营收"),
        ("6.8亿元", "归母净利润"),
        ("30.1亿元", "单季营收"),
        ("45%", "企业级产品收入"),
    ]:
        o = _one(obs, value_text)
        assert (o.subject, o.breakdown) == (subject, "甲乙存储"), value_text
        assert o.trace["breakdown"] == "listed_company"


def test_a_company_is_named_after_what_it_is_and_with_an_exchange_suffix():
    obs = _run("封装测试龙头丙丁微电（600456.SH）上半年营业收入52.3亿元，净利润4.1亿元。")
    assert {(o.subject, o.breakdown) for o in obs} == {
        ("营业收入", "丙丁微电"),
        ("净利润", "丙丁微电"),
    }


def test_a_companys_account_ends_where_another_party_or_the_sector_speaks():
    obs = _run(
        "戊己云（300789）上半年营收12.6亿元，同比增长8.2%。据行业协会测算，上半年国内云服务"
        "市场规模约为2100亿元。板块内企业合计实现净利润56亿元。",
        date(2025, 8, 30),
    )
    assert _one(obs, "12.6亿元").breakdown == "戊己云"
    assert _one(obs, "2100亿元").breakdown is None
    assert _one(obs, "56亿元").breakdown != "戊己云"


def test_a_paragraph_opening_with_the_company_goes_on_with_it():
    obs = _run(
        "庚辛软件（002345）一季度营收3.2亿元。\n公司预计，上半年净利润在0.8亿元至1.0亿元之间。\n"
        "全行业软件业务收入增长11%。",
        date(2025, 4, 28),
    )
    assert {o.breakdown for o in obs if o.unit == "元"} == {"庚辛软件"}
    assert _one(obs, "11%").breakdown is None


def test_companies_listed_with_their_codes_are_members():
    obs = _run("壬癸电子（600321）、子丑科技（002987）营收分别为88.1亿元和41.5亿元。")
    assert [o.breakdown for o in obs] == ["壬癸电子", "子丑科技"]


def test_a_year_or_a_customs_code_in_parentheses_names_no_company():
    obs = _run(
        "按《数字产业分类（2021）》测算，核心产业增加值增长9%。一般贸易（0110）方式出口增长6.5%。"
    )
    assert all(o.breakdown is None for o in obs), [(o.subject, o.breakdown) for o in obs]


# --- members named alone ------------------------------------------------------------------


def test_members_named_alone_take_the_measure_named_before():
    obs = _run(
        "1—9月，全市服务业营业收入增长6.1%。按行业观察，运输业年增8.2%，仓储业年减3.4%，"
        "另餐饮业年增1.9%。"
    )
    for value_text, member in [("8.2%", "运输业"), ("3.4%", "仓储业"), ("1.9%", "餐饮业")]:
        o = _one(obs, value_text)
        assert o.breakdown == member and o.subject.endswith("营业收入"), value_text


def test_a_place_named_alone_with_its_share_takes_the_whole_named_before():
    obs = _run("全国快递业务收入1.2万亿元。西部地区占全国的比重较上年提高0.3个百分点。")
    o = _one(obs, "0.3个百分点")
    assert (o.subject, o.breakdown) == ("全国快递业务收入", "西部地区")


def test_a_group_counted_or_a_share_of_no_named_whole_keeps_its_own_subject():
    obs = _run(
        "全市新登记经营主体2.1万户，增长6.3%。本科招生3.2万人，增长2%；工科专业占比超过40%。"
        "东盟增长约4.5%。"
    )
    assert _one(obs, "6.3%").breakdown is None
    assert _one(obs, "40%").subject != "招生"
    assert "member_alone" not in _one(obs, "4.5%").trace.values()


def test_market_share_is_one_word_whose_zhan_parts_nothing():
    obs = _run("存储芯片领域，本土厂商全球市占率达42.3%，较上年提高1.5个百分点。")
    assert {(o.subject, o.breakdown, o.measure) for o in obs} == {
        ("本土厂商全球市占率", None, "share"),
        ("本土厂商全球市占率", None, "pp_change"),
    }


def test_a_paragraph_titled_with_a_projects_name_reports_that_project():
    obs = _run(
        "2.丙丁大道改扩建工程。总投资8.2亿元，完成投资1.35亿元，占年度计划的45.0%。"
        "累计完成路面铺设6.1公里。\n全县完成投资120亿元。"
    )
    for value_text in ("8.2亿元", "1.35亿元", "45.0%", "6.1公里"):
        assert _one(obs, value_text).breakdown == "丙丁大道改扩建工程", value_text
    assert _one(obs, "120亿元").breakdown is None


def test_figures_under_a_series_of_headings_naming_places_are_each_places():
    obs = _run(
        "甲省：算力规模居首\n甲省通信管理局数据显示，该省算力总规模达21.4EFLOPS，全省5G基站"
        "累计建成12.1万个。\n乙省：数据产业起步\n乙省数据产业规模增长18%，中部地区占比提高0.5个"
        "百分点。\n"
    )
    assert _one(obs, "21.4EFLOPS").breakdown == "甲省"
    assert _one(obs, "12.1万个").breakdown == "甲省"
    assert _one(obs, "0.5个百分点").breakdown != "乙省"  # another place's figure
    cards = _run(
        "📍 丙大数据产业园\n机架1.5万架\n投资30亿元\n📍 丁智算基地\n投资12亿元\n💰 补贴3亿元"
    )
    assert [(o.value_text, o.breakdown) for o in cards] == [
        ("1.5万架", "丙大数据产业园"),
        ("30亿元", "丙大数据产业园"),
        ("12亿元", "丁智算基地"),
        ("3亿元", None),
    ]


def test_a_single_heading_or_a_byline_names_no_member():
    obs = _run("作者：王某\n全市软件业务收入增长12%。\n来源：某报\n")
    assert all(o.breakdown is None for o in obs)


# --- census communiqués -------------------------------------------------------------------


def test_a_census_dates_its_figures_at_its_standard_moment():
    obs = _run(
        "本县以2020年11月1日零时为标准时点进行了第七次全国人口普查。\n全县常住人口为412305人，"
        "与2010年第六次全国人口普查的398112人相比，增加14193人。全县共有家庭户138220户。",
        date(2021, 6, 2),
    )
    assert _one(obs, "412305人").period_end == date(2020, 11, 1)
    base = _one(obs, "398112人")
    assert (base.subject, base.period_end) == ("全县常住人口", date(2010, 11, 1))
    change = _one(obs, "14193人")
    assert (change.subject, change.period_end) == ("全县常住人口", date(2020, 11, 1))
    assert _one(obs, "138220户").period_end == date(2020, 11, 1)


def test_a_value_inside_a_comparison_frame_is_the_subjects_earlier_value():
    obs = _run("全年服务业增加值增长6.2%，与上年的5.4%相比加快0.8个百分点。", date(2025, 3, 1))
    base = _one(obs, "5.4%")
    assert (base.subject, base.measure, base.period_end) == (
        "服务业增加值",
        "growth",
        date(2023, 12, 31),
    )
    assert _one(obs, "0.8个百分点").subject == "服务业增加值"
    # 与 naming a partner is no comparison
    trade = _run("与东盟贸易总值为1.2万亿元，增长4.1%。")
    assert _one(trade, "1.2万亿元").subject == "与东盟贸易总值"


def test_a_place_scope_counts_things_in_cjk_numerals():
    obs = _run("全县九个乡镇中，六个乡镇财政收入实现增长。区内两所中心卫生院完成改造。")
    assert (_one(obs, "九个").subject, _one(obs, "九个").value) == ("乡镇", 9)
    assert _one(obs, "两所").value == 2
    assert not [o for o in _run("可以说，全村十个青年里头，有六个在外务工。") if o.value == 10]


def test_a_share_whose_part_is_named_after_wei():
    obs = _run(
        "年末全市数据中心机架5.6万架，其中约四成为智算机架。全区企业8200家，近一半为个体户。"
    )
    four = _one(obs, "四成")
    assert (four.subject, four.breakdown, four.value) == ("全市数据中心机架", "智算机架", 40)
    half = _one(obs, "一半")
    assert (half.subject, half.breakdown) == ("全区企业", "个体户")


def test_a_year_glossed_in_the_other_calendar_keeps_its_month():
    obs = _run(
        "發布日期：113年6月24日\n113年（2024年）5月工業生產統計\n按行業觀察，製造業生產指數為105.3，"
        "較上年同月增加6.2%。",
        date(2024, 6, 24),
    )
    assert {o.period_end for o in obs} == {date(2024, 5, 31)}


def test_only_a_year_of_the_republic_makes_a_text_count_years_so():
    assert counts_roc_years("民国114年全年出口总值年增8.1%。")
    # 居民国内, 公民国籍: the two characters inside other words name no era
    assert not counts_roc_years("全县居民国内旅游花费增长9%，公民国籍登记…")
    obs = _run("全市居民国内旅游人次增长9.1%。截至110年底，全市共有博物馆42家。", date(2026, 3, 1))
    assert _one(obs, "42家").period_end != date(2021, 12, 31)


def test_unit_conversions_service_hours_and_questions_state_no_figure():
    assert _run("存储单位换算关系为：1TB=1024GB，1GB=1024MB。") == []
    assert _run("平台提供7×24小时在线咨询服务。") == []
    assert _run("记者：全省千兆用户占比何时能达到六成？") == []
    # a figure told before the question is asked is a figure
    obs = _run("今年一季度全省快递业务量增长18%，原因是什么？", date(2025, 4, 20))
    assert [o.value_text for o in obs] == ["18%"]


def test_half_of_those_counted_is_a_share_with_its_bound():
    obs = _run(
        "调查显示，近半数商户使用聚合支付；超过半数的受访者表示满意。全县企业中，过半数实现盈利。"
    )
    assert [(o.value, o.measure, o.qualifier) for o in obs] == [
        (50, "share", "under"),
        (50, "share", "over"),
        (50, "share", "over"),
    ]
    # 通过, 经过: no bound
    assert _one(_run("审核通过1200家。"), "1200家").qualifier == "exact"


def test_a_percentage_of_a_named_growth_rate_or_against_a_base_is_a_growth():
    obs = _run("两家券商对全市出口增速的预测分别为6.5%和7.1%。今年把增速定在4.5%左右。")
    assert [(o.measure, o.value) for o in obs] == [
        ("growth", 6.5),
        ("growth", 7.1),
        ("growth", 4.5),
    ]
    obs = _run("机构预计，11月PPI环比0.2%左右，CPI同比约0.8%。")
    assert [(o.measure, o.value) for o in obs] == [("growth", 0.2), ("growth", 0.8)]
    # a rate that is no growth keeps its level; so does the natural growth rate of a population
    obs = _run("全市城镇调查失业率为5.1%，人口自然增长率为0.3%。")
    assert [o.measure for o in obs] == ["level", "level"]


def test_more_kinds_of_members_take_the_measure_named_before():
    # a level of schooling, the measure counted in its unit (not the growth told between)
    obs = _run("全市高校毕业生平均月薪为6120元，比上届增长2.8%；其中研究生8830元，本科生6210元。")
    for value_text, member in [("8830元", "研究生"), ("6210元", "本科生")]:
        o = _one(obs, value_text)
        assert (o.subject, o.breakdown) == ("全市高校毕业生平均月薪", member), value_text
    # an economy, a long class name, members listed before 分别
    obs = _run(
        "全省外贸出口2860亿元，增长6.1%；日本410亿元，增长3.2%。"
        "家用电器和音像器材类增长12.1%，鞋类、箱包分别下降2.5%和1.8%。"
    )
    assert _one(obs, "410亿元").breakdown == "日本"
    assert _one(obs, "12.1%").breakdown == "家用电器和音像器材类"
    assert [_one(obs, v).breakdown for v in ("2.5%", "1.8%")] == ["鞋类", "箱包"]
    # a bare noun after 其中 is a part of the quantity before it
    obs = _run("全县农作物播种面积72.4万亩，其中小麦30.5万亩、油菜9.6万亩。")
    assert [_one(obs, v).breakdown for v in ("30.5万亩", "9.6万亩")] == ["小麦", "油菜"]
    assert _one(obs, "30.5万亩").subject.endswith("播种面积")


def test_things_listed_before_fenbie_are_members_of_the_measure_before():
    obs = _run("全市跨境电商进口86亿元，增长12%。保健食品、化妆品分别增长8.2%和6.5%。")
    assert [(_one(obs, v).subject, _one(obs, v).breakdown) for v in ("8.2%", "6.5%")] == [
        ("跨境电商进口", "保健食品"),
        ("跨境电商进口", "化妆品"),
    ]


def test_a_plan_goes_on_in_the_next_sentence_for_the_same_year():
    obs = _run(
        "到2030年，全市软件业务收入达到1800亿元。培育骨干企业12家，新建数字化车间80个。"
        "全市现有骨干企业7家。",
        date(2026, 6, 18),
    )
    for value_text in ("12家", "80个"):
        o = _one(obs, value_text)
        assert (o.kind, str(o.period_end)) == ("target", "2030-12-31"), value_text
    assert _one(obs, "7家").kind == "actual"
    # a forecast of this year frames no sentence after it
    obs = _run("预计今年规模将达1200亿元。新增市场主体3万户。", date(2026, 6, 18))
    assert _one(obs, "3万户").kind == "actual"


def test_one_character_change_verbs_after_a_member_or_fenbie():
    obs = _run("按行业分，纺织业增2.4%，造纸业及印刷业则分别减1.8%、0.6%，化学品减3%。")
    assert [(o.measure, o.value) for o in obs] == [
        ("growth", 2.4),
        ("growth", -1.8),
        ("growth", -0.6),
        ("growth", -3.0),
    ]


def test_a_formula_or_a_note_that_shares_do_not_add_up_states_no_figure():
    assert _run("注：资产负债率=负债总额÷资产总额×100%。") == []
    assert _run("部分比重因四舍五入，分项之和不等于100%；多选项各比例之和超过100%。") == []
    obs = _run("重点企业产能利用率超过100%。")
    assert [(o.value, o.qualifier) for o in obs] == [(100.0, "over")]


def test_a_trade_flow_of_a_scope_passes_the_scope_to_its_parts():
    obs = _run("全省跨境电商进出口268.5亿元，增长19.4%，其中出口201.7亿元，进口66.8亿元。")
    assert [(o.subject, o.breakdown) for o in obs][2:] == [
        ("出口", "跨境电商"),
        ("进口", "跨境电商"),
    ]
    # the whole (全省) is no scope of its parts
    obs = _run("全省进出口5120亿元，其中出口3260亿元。")
    assert _one(obs, "3260亿元").breakdown is None


def test_classes_told_by_an_observation_opener_measure_their_own_value():
    # 按业别观察 (Taiwan's releases) opens the members as 分行业看 does: each member's figure
    # is its own part of the measure, not the whole industry's.
    obs = _run(
        "本月批发业营业额9200亿元。按业别观察，家用器具批发业2710亿元，年增12.2%；"
        "化工原料批发业630亿元，年减5.5%。"
    )
    household = _one(obs, "2710亿元")
    assert (household.subject, household.breakdown) == ("家用器具批发业营业额", "家用器具批发业")
    chemicals = _one(obs, "5.5%")
    assert (chemicals.subject, chemicals.breakdown, chemicals.measure, chemicals.value) == (
        "化工原料批发业营业额",
        "化工原料批发业",
        "growth",
        -5.5,
    )


def test_orders_are_a_measure_their_kinds_take():
    obs = _run(
        "本季外销订单合计1530亿美元。按货品别观察，光学器材订单93亿美元，年增6.4%；"
        "纺织品47亿美元，年减1.7%。"
    )
    textiles = _one(obs, "47亿美元")
    assert "订单" in textiles.subject and textiles.breakdown == "纺织品"


def test_an_anaphor_of_a_share_keeps_the_part_it_was_of():
    obs = _run("到明年，鲜果有望占全县网销额的一半左右，而目前这一比例仍在四成上下。")
    now = _one(obs, "四成上下")
    assert (now.measure, now.value, now.breakdown) == ("share", 40.0, "鲜果")


def test_a_plan_someone_is_quoted_on_does_not_date_the_report_after_it():
    obs = _run(
        "上半年，全市进出口800亿元，增长6%。\n"
        "“下半年我们将加密航线，全年进出口力争突破1700亿元。”负责人说。\n"
        "从市场看，对东盟进出口210亿元，增长9%。",
        date(2026, 7, 20),
    )
    assert _one(obs, "1700亿元").kind == "target"
    asean = _one(obs, "210亿元")
    assert (asean.period_end, asean.kind) == (date(2026, 6, 30), "actual")


def test_a_target_list_goes_on_over_its_lines():
    obs = _run(
        "2025年全省生产总值增长5.2%。\n2026年主要预期目标是：全省生产总值增长5%左右。\n"
        "城镇新增就业60万人以上。",
        date(2026, 1, 20),
    )
    jobs = _one(obs, "60万人以上")
    assert (jobs.period_end, jobs.kind) == (date(2026, 12, 31), "target")


@pytest.mark.parametrize(
    ("raw", "value_text", "subject"),
    [
        (
            "从体量看，乙省软件业务收入稳居全国首位，达到1.2万亿元。",
            "1.2万亿元",
            "乙省软件业务收入",
        ),
        ("按支出类别统计，住宿仍为游客最大开支，占总支出的38.5%。", "38.5%", "住宿"),
        ("（二）化学材料业因下游需求偏弱，年减4.6%。", "4.6%", "化学材料业"),
        ("服务出口方面，前三季度实现1820亿元，增长7.7%。", "7.7%", "服务出口"),
    ],
)
def test_a_clause_that_only_says_something_of_its_subject_names_the_figure_after_it(
    raw, value_text, subject
):
    assert _one(_run(raw), value_text).subject == subject


def test_a_percentage_in_brackets_after_a_member_is_its_share():
    obs = _run("居民最关注的问题依次为看病贵（47.5%）、养老难（39.2%）和房价高（33.6%）。")
    second = _one(obs, "39.2%")
    assert (second.measure, second.subject, second.breakdown) == ("share", "养老难", "养老难")


def test_a_rate_in_brackets_after_its_name_is_that_rate():
    obs = _run("全市居民互联网普及率（78.4%）高于全省平均水平。")
    rate = _one(obs, "78.4%")
    assert (rate.measure, rate.subject) == ("level", "全市居民互联网普及率")


def test_answers_quoted_in_a_list_take_their_shares_in_brackets():
    obs = _run(
        "受访企业认为最突出的问题依次为“订单不足”（51.3%）、“融资成本高”（36.9%）和“用工难”（22.4%）。"
    )
    assert [(o.breakdown, o.measure) for o in obs] == [
        ("订单不足", "share"),
        ("融资成本高", "share"),
        ("用工难", "share"),
    ]


def test_a_step_crossed_names_the_growth_told_after_it():
    obs = _run("五年来，全区经济总量接连迈上两个百亿元台阶，年均增长6.8%。")
    assert _one(obs, "6.8%").subject == "全区经济总量"


def test_a_bare_measure_after_a_clause_about_its_owner_is_the_owners():
    obs = _run("造纸业受原料涨价拖累，利润18.2亿元，下降6.4%。")
    assert [(o.subject, o.breakdown) for o in obs] == [("利润", "造纸业")] * 2


def test_an_unnumbered_table_title_opening_with_a_year_names_the_quantity():
    raw = (
        "财政部统计处新闻稿\n发布日期：114年12月20日\n\n一、114年11月出口总值421.7亿美元，"
        "年增12.3%。\n\n表　114年11月出口主要市场\n市场\t金额（亿美元）\t年增率（%）\n"
        "东协\t83.6\t15.2\n日本\t31.4\t-3.8\n"
    )
    japan = _one(_run(raw, date(2025, 12, 20)), "-3.8")
    assert (japan.subject, japan.breakdown, japan.value) == ("出口金额", "日本", -3.8)


def test_a_member_in_brackets_keeps_the_pieces_its_name_lists():
    obs = _run(
        "研发投入最多的行业分别为仪器、仪表制造业（41.3亿元）、医药制造业"
        "（36.8亿元）、纺织、服装业（12.5亿元）。"
    )
    assert [o.breakdown for o in obs] == [
        "仪器、仪表制造业",
        "医药制造业",
        "纺织、服装业",
    ]


def test_a_rate_moving_in_brackets_is_no_share():
    obs = _run(
        "失业率升幅较明显的有零售业（由4.1%上升至4.6%）以及住宿、餐饮业（由5.2%上升至5.9%）。"
    )
    assert {o.measure for o in obs} == {"level"}
    assert _one(obs, "5.2%").breakdown == "住宿、餐饮业"


def test_a_gap_to_a_named_base_is_the_gap_of_the_figure_before():
    obs = _run("新能源汽车产量增长21.4%，高于汽车制造业8.7个百分点。")
    gap = _one(obs, "8.7个百分点")
    assert (gap.subject, gap.breakdown, gap.measure) == ("新能源汽车产量", None, "pp_change")


def test_the_state_of_things_now_told_after_a_plan_is_no_target():
    obs = _run("到2029年，新能源重卡有望占重卡销量的约四成，而目前这一比重约为12%。")
    assert _one(obs, "四成").kind == "target"
    assert _one(obs, "12%").kind == "actual"
    assert _one(obs, "12%").breakdown == "新能源重卡"


def test_the_second_extreme_of_a_sentence_is_of_its_own_owner():
    obs = _run("分收入组看，高收入户的人均支出最多，为4.2万元；低收入户的人均支出最少，仅1.1万元。")
    assert [o.subject for o in obs] == ["高收入户人均支出", "低收入户人均支出"]


def test_an_index_forecast_between_two_values_is_a_range():
    obs = _run(
        "预估4月非制造业商业活动指数介于52.3至54.8，年增率介于3.1%至4.6%。", date(2026, 3, 20)
    )
    low, high = _one(obs, "52.3"), _one(obs, "54.8")
    assert (low.subject, low.range_bound, high.range_bound) == (
        "非制造业商业活动指数",
        "lower",
        "upper",
    )
    assert _one(obs, "3.1%").subject == "非制造业商业活动指数"


def test_a_trading_partner_after_zi_or_cong_is_the_breakdown():
    obs = _run("自日本进口68亿元，增长3.2%；从东盟进口农产品41亿元。自主品牌汽车出口12万辆。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("进口", "日本"),
        ("进口", "日本"),
        ("进口农产品", "东盟"),
        ("自主品牌汽车出口", None),
    ]


def test_points_of_a_distribution_in_columns_are_of_the_title_quantity():
    obs = _run(
        "2025年全市共调查企业1200家。\n"
        "表2　部分岗位月薪酬水平　　单位：元\n"
        "岗位\tP10\t中位数\tP90\n"
        "数据标注员\t3900\t5200\t7600\n"
        "网约车司机\t4100\t6300\t9800\n",
        date(2026, 3, 10),
    )
    median = _one(obs, "6300")
    assert (median.subject, median.breakdown) == ("月薪酬水平", "网约车司机、中位数")
    low = _one(obs, "3900")
    assert (low.subject, low.breakdown, low.unit) == ("月薪酬水平", "数据标注员、P10", "元")


def test_the_last_member_of_a_value_list_drops_its_conjunction():
    obs = _run("全年收购稻谷45万吨、小麦31万吨及油菜籽6万吨，玉米80万吨和大豆9万吨。")
    assert _one(obs, "6万吨").subject == "油菜籽"
    assert _one(obs, "9万吨").subject == "大豆"


def test_values_after_respectively_right_after_the_last_value_are_of_each_member():
    obs = _run(
        "前三季度全县销售茶叶3.2亿元、竹笋1.1亿元和香菇0.8亿元分别增长12%、7%和4%。",
        date(2026, 10, 20),
    )
    levels = [o.subject for o in obs if o.measure == "level"]
    assert levels[1:] == ["竹笋", "香菇"]
    assert [(o.subject, o.value) for o in obs if o.measure == "growth"] == list(
        zip(levels, (12, 7, 4), strict=True)
    )


def test_a_column_naming_one_of_two_quantities_of_the_title_is_that_one():
    obs = _run(
        "表三　按地區劃分的轉口貨物價值及數量（二〇二六年五月）\n"
        "地區\t價值（百萬港元）\t按年變動（%）：價值\t按年變動（%）：數量\n"
        "東盟\t8,415\t6.2\t-1.4\n",
        date(2026, 6, 25),
    )
    assert _one(obs, "-1.4").subject == "转口货物数量"
    assert _one(obs, "6.2").subject == "转口货物价值"


def test_a_table_on_its_side_gives_each_member_above_its_figure():
    obs = _run(
        "表7\t2025年各街道新增市场主体\n单位：户\n"
        "全区\t东湖街道\t西城街道\t南苑街道\t北山街道\n"
        "5120\t1830\t1475\t—\t912\n",
        date(2026, 3, 1),
    )
    assert [(o.breakdown, o.value) for o in obs] == [
        (None, 5120),
        ("东湖街道", 1830),
        ("西城街道", 1475),
        ("北山街道", 912),
    ]
    assert {(o.subject, o.unit, o.period_end) for o in obs} == {
        ("新增市场主体", "户", date(2025, 12, 31))
    }


def test_a_title_naming_the_members_ranked_by_its_quantity_names_that_quantity():
    obs = _run(
        "表3-1 2025年数据中心能效指数前三位城市\n排名\t城市\t指数\t较上年变化\n"
        "1\t甲市\t81.2\t+3.1\n2\t乙市\t77.5\t-0.4\n",
        date(2026, 5, 1),
    )
    first = _one(obs, "81.2")
    assert (first.subject, first.breakdown, first.measure) == ("数据中心能效指数", "甲市", "level")
    assert _one(obs, "-0.4").subject == "数据中心能效指数"


def test_a_spaced_out_total_row_and_a_count_beside_its_share():
    obs = _run(
        "表2　全县户籍人口民族构成\n单位：人，%\n民　族\t人口数\t比重\n"
        "合　计\t412680\t100.00\n汉族\t398115\t96.47\n少数民族\t14565\t3.53\n",
        date(2026, 4, 10),
    )
    total = _one(obs, "412680")
    assert (total.breakdown, total.measure, total.unit) == (None, "level", "人")
    minority = _one(obs, "14565")
    assert (minority.breakdown, minority.measure, minority.unit) == ("少数民族", "level", "人")
    assert (_one(obs, "3.53").measure, _one(obs, "3.53").unit) == ("share", "%")


@pytest.mark.parametrize(
    "raw",
    [
        "▪️今年全县蔬菜种植面积12.4万亩\n▪️其中辣椒3.1万亩、番茄2.2万亩\n▪️蔬菜总产量28万吨",
        "今年全县蔬菜种植面积12.4万亩，比上年增加0.6万亩。\n其中，辣椒3.1万亩、番茄2.2万亩。",
    ],
)
def test_sub_items_opening_a_paragraph_are_parts_of_the_amount_before(raw):
    obs = _run(raw, date(2026, 10, 20))
    pepper = _one(obs, "3.1万亩")
    assert (pepper.subject, pepper.breakdown) == ("全县蔬菜种植面积", "辣椒")
    assert _one(obs, "2.2万亩").breakdown == "番茄"


def test_sub_items_after_a_paragraph_ending_on_a_rate_of_another_quantity_stand_alone():
    obs = _run(
        "全县粮食产量21.5万吨，蔬菜产量占农业产值的比重为31.2%。\n其中，辣椒3.1万吨。",
        date(2026, 10, 20),
    )
    assert _one(obs, "3.1万吨").breakdown is None


def test_a_round_magnitude_a_sum_comes_close_to_is_read_as_one_of_it():
    obs = _run("全省平台经济交易规模已接近万亿元大关，同比增长9%。", date(2026, 3, 1))
    near = _one(obs, "万亿元")
    assert (near.value, near.unit, near.qualifier) == (1e12, "元", "under")


def test_a_bullet_after_a_sub_item_goes_on_with_its_member():
    obs = _run(
        "▪全市算力总规模升至6.4EFLOPS\n▪其中智能算力2.7EFLOPS\n▪占比42.2%", date(2026, 7, 20)
    )
    share = _one(obs, "42.2%")
    assert (share.subject, share.breakdown, share.measure) == (
        "全市算力总规模",
        "智能算力",
        "share",
    )


def test_members_counted_after_their_group_are_of_the_group():
    obs = _run("从学段看，全市216所学校中，小学128所、初中62所、高中26所。")
    middle = _one(obs, "62所")
    assert (middle.subject, middle.breakdown) == ("学校", "初中")
    obs = _run("全市12个县区中，新上线数据产品287个。")
    assert _one(obs, "287个").breakdown is None


def test_weeks_and_months_with_decimals_are_durations():
    obs = _run("二季度求职者平均失业期间为18.7周，平均求职时间为2.5个月。")
    weeks = _one(obs, "18.7周")
    assert (weeks.subject, weeks.value, weeks.unit) == ("求职者平均失业期间", 18.7, "周")
    assert _one(obs, "2.5个月").unit == "个月"
    # whole weeks after 连续 or 第 are a span or a date, no figure
    assert all(o.unit != "周" for o in _run("连续3周下降，第2周客流持平。"))


def test_a_small_count_in_words_after_a_verb_of_building_is_a_count():
    obs = _run("去年全县新建三座污水处理厂，培育了两个省级产业集群。")
    plants = _one(obs, "三座")
    assert (plants.subject, plants.value, plants.unit) == ("污水处理厂", 3, "座")
    assert _one(obs, "两个").value == 2


def test_the_kind_of_body_the_last_member_names_is_every_members():
    obs = _run("国有、民营企业数量分别为139家和917家，零售、物流平台数量分别为57家和29家。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("国有企业数量", "国有企业"),
        ("民营企业数量", "民营企业"),
        ("零售平台数量", "零售平台"),
        ("物流平台数量", "物流平台"),
    ]
    # members that name their own kind keep it
    obs = _run("高新技术企业、专精特新企业数量分别为433家和96家。")
    assert [o.breakdown for o in obs] == ["高新技术企业", "专精特新企业"]


def test_a_table_with_places_for_columns_gives_each_place_its_figure():
    obs = _run(
        "表3　各县主要经济指标（2025年）\n"
        "指标\t单位\t全市\t东山县\t西林县\n"
        "地区生产总值\t亿元\t812.6\t301.4\t188.9\n"
        "城镇化率\t%\t58.3\t61.0\t49.7\n"
    )
    gross = [(o.subject, o.breakdown, o.value) for o in obs if o.unit == "元"]
    assert gross == [
        ("地区生产总值", None, 81260000000),
        ("地区生产总值", "东山县", 30140000000),
        ("地区生产总值", "西林县", 18890000000),
    ]
    assert _one(obs, "49.7").breakdown == "西林县"
    # columns of a target and its outcome are no members
    obs = _run("指标\t年度目标\t执行情况\n一般公共预算收入（亿元）\t21.0\t19.6\n")
    assert [o.breakdown for o in obs] == [None, None]


def test_a_line_of_bare_units_under_the_header_gives_each_column_its_unit():
    for units in ("\t万元\t%", "单位\t万元\t%"):
        obs = _run(f"表2　全县财政收支\n指标\t绝对数\t比上年增长\n{units}\n税收收入\t38600\t4.1\n")
        revenue, growth = obs
        assert (revenue.value, revenue.unit, revenue.measure) == (386000000, "元", "level")
        assert (growth.value, growth.unit, growth.measure) == (4.1, "%", "growth")


def test_a_growth_or_composition_column_without_a_unit_holds_percentages():
    obs = _run("表1　2025年主要指标\n指标\t2025年\t比上年增长\n货物周转量（亿吨公里）\t96.2\t3.5\n")
    growth = _one(obs, "3.5")
    assert (growth.measure, growth.unit) == ("growth", "%")
    obs = _run("表4　各乡镇粮食产量\n乡镇\t产量（吨）\t增长\t构成\n石桥镇\t5120\t2.2\t31.4\n")
    assert (_one(obs, "2.2").measure, _one(obs, "2.2").unit) == ("growth", "%")
    assert (_one(obs, "31.4").measure, _one(obs, "31.4").unit) == ("share", "%")


def test_a_two_way_table_gives_the_title_quantity_in_the_row_and_column_members():
    obs = _run(
        "表5　分行业从业人员（单位：万人）\n行业\t合计\t城镇\t乡村\n建筑业\t88.6\t61.2\t27.4\n"
    )
    assert [(o.subject, o.breakdown, o.value) for o in obs] == [
        ("从业人员", "建筑业", 886000),
        ("从业人员", "建筑业、城镇", 612000),
        ("从业人员", "建筑业、乡村", 274000),
    ]
    # a whole of all residents is no member
    obs = _run("项目\t全体居民\t城镇居民\t农村居民\n人均消费支出（元）\t21400\t26050\t15820\n")
    assert [o.breakdown for o in obs] == [None, "城镇居民", "农村居民"]


def test_quarters_under_years_and_rows_of_quarters_written_without_their_year():
    # two years over five quarters, however the years spanned their columns
    obs = _run(
        "表1　本地生產總值\n"
        "\t2028年\t\t\t\t2029年\n"
        "\t第1季\t第2季\t第3季\t第4季\t第1季\n"
        "本地生產總值（億澳門元）\t701\t688\t725\t760\t712\n"
        "實質變動率（%）\t3.1\t2.2\t4.0\t1.3\t-0.8\n"
    )
    assert [str(o.period_end) for o in obs if o.unit == "澳门元"] == [
        "2028-03-31",
        "2028-06-30",
        "2028-09-30",
        "2028-12-31",
        "2029-03-31",
    ]
    fall = _one(obs, "-0.8")
    assert (fall.subject, fall.measure, str(fall.period_end)) == (
        "本地生产总值",
        "growth",
        "2029-03-31",
    )
    # a row of a quarter (a month) below one that named the year is of that year, or the next
    obs = _run(
        "表2　各月客运量\n月份\t客运量（万人次）\t同比增长（%）\n"
        "2028年11月\t410.2\t3.1\n12月\t455.0\t2.8\n2029年1月\t430.1\t4.0\n2月\t401.3\t3.6\n"
    )
    assert [str(o.period_end) for o in obs if o.measure == "level"] == [
        "2028-11-30",
        "2028-12-31",
        "2029-01-31",
        "2029-02-28",
    ]
    obs = _run("期间\t甲类\t乙类\n2028年第3季\t2.1\t3.0\n第4季\t1.5\t2.2\n第1季\t0.9\t1.1\n")
    assert [str(o.period_end) for o in obs][::2] == ["2028-09-30", "2028-12-31", "2029-03-31"]


def test_a_unit_line_with_the_rates_percent_written_after_a_space_and_a_title_of_each_member():
    obs = _run(
        "表1　2027年各行业利润总额\n单位：万元 %\n行业\t利润总额\t比上年增长\n批发业\t6120\t4.5\n"
    )
    profit, growth = obs
    assert (profit.subject, profit.breakdown, profit.value) == ("利润总额", "批发业", 61200000)
    assert (growth.measure, growth.unit) == ("growth", "%")
    obs = _run("表2　2027年各县（市、区）粮食产量\n地区\t产量（万吨）\n南岭县\t31.6\n")
    assert (obs[0].subject, obs[0].breakdown) == ("粮食产量", "南岭县")


def test_a_table_laid_out_with_spaces_with_years_over_quarters_and_its_unit_in_the_title():
    obs = _run(
        "表1  本地生產總值（百萬澳門元）\n"
        "                  2028年                              2029年\n"
        "               第1季     第2季     第3季     第4季     第1季\n"
        "本地生產總值     5012      4980      5055      5101      5030\n"
        "貨物出口         612       580       655       701       630\n"
    )
    gross = [(o.value, str(o.period_end)) for o in obs if o.subject == "本地生产总值"][:5]
    assert gross == [
        (5012e6, "2028-03-31"),
        (4980e6, "2028-06-30"),
        (5055e6, "2028-09-30"),
        (5101e6, "2028-12-31"),
        (5030e6, "2029-03-31"),
    ]
    # a part of the product's spending is a part of the product, not an industry's value added
    exports = _one(obs, "701")
    assert (exports.subject, exports.breakdown, exports.unit) == (
        "本地生产总值",
        "货物出口",
        "澳门元",
    )


def test_a_web_page_s_counters_beside_the_article_are_no_statistics():
    obs = _run(
        "2027-03-02 08:15　来源：某某日报　阅读 4.7万　点赞 318　浏览量：2,906\n"
        "全年图书阅读量3.6亿人次。"
    )
    assert [(o.value_text, o.unit) for o in obs] == [("3.6亿人次", "人次")]


def test_a_currency_written_as_a_sign_before_the_amount():
    obs = _run("該公司預計全年收益約HK$3.8億，海外訂單US$1,250萬。")
    revenue, orders = obs
    assert (revenue.value_text, revenue.value, revenue.unit, revenue.qualifier) == (
        "HK$3.8亿",
        380000000,
        "港元",
        "about",
    )
    assert (orders.subject, orders.value, orders.unit) == ("海外订单", 12500000, "美元")


def test_a_share_of_those_who_say_something_is_of_what_they_say():
    obs = _run("调查显示，有36.5%的受访者承认存在过度消费，近四成受访者表示曾遇到退货难。")
    assert [o.subject for o in obs] == ["受访者承认存在过度消费", "受访者表示曾遇到退货难"]
    # a population that does something still stands alone before what it does
    obs = _run("近三成受访企业每天使用云服务。")
    assert obs[0].subject == "受访企业"


def test_partners_listed_after_from_are_the_members_without_it():
    obs = _run("前两月自甲国及乙国进口分别为31亿美元和17亿美元。")
    assert [o.breakdown for o in obs] == ["甲国", "乙国"]


def test_a_ratio_of_two_parts_of_a_whole_gives_each_part_s_share():
    obs = _run("全县种业与加工业的比例约为3∶7，上午9:30发布。")
    assert [(o.breakdown, o.value, o.unit, o.measure) for o in obs] == [
        ("种业", 30, "%", "share"),
        ("加工业", 70, "%", "share"),
    ]
    obs = _run("线上销售额41亿元，线下销售额59亿元，两者之比为41∶59。")
    assert [(o.subject, o.value) for o in obs if o.measure == "share"] == [
        ("线上销售额", 41),
        ("线下销售额", 59),
    ]


def test_a_target_s_year_dates_no_outcome_of_the_same_quantity():
    obs = _run("全市算力规模比去年同期翻了一番，计划到2031年再翻一番。", date(2027, 3, 1))
    done, planned = obs
    assert (done.kind, planned.kind, str(planned.period_end)) == ("actual", "target", "2031-12-31")
    assert done.period_end is None or done.period_end.year < 2031


def test_a_line_labelled_with_a_growth_word_is_the_growth_of_the_quantity_above():
    obs = _run("一般公共预算收入：18.6亿元\n比上年增长：4.3%\n")
    assert [(o.subject, o.measure) for o in obs] == [
        ("一般公共预算收入", "level"),
        ("一般公共预算收入", "growth"),
    ]


def test_a_seasonally_adjusted_change_and_a_base_year_of_a_volume_measure():
    obs = _run(
        "2028年第二季本地生產總值按年實質上升4.2%，經季節性調整後按季上升0.9%。"
        "以2025年為基期的實質變動率為+4.2%。",
        date(2028, 8, 20),
    )
    assert [(o.subject[:6], o.measure, str(o.period_end)) for o in obs] == [
        ("本地生产总值", "growth", "2028-06-30"),
        ("本地生产总值", "growth", "2028-06-30"),
        ("本地生产总值", "growth", "2028-06-30"),
    ]
    # the adjusted series named as such keeps its name
    obs = _run("4月經季節調整後失業率為3.41%。", date(2028, 5, 22))
    assert obs[0].subject == "经季节调整后失业率"


def test_classes_over_repeated_columns_are_each_column_s_member():
    obs = _run(
        "3-1 户籍人口年龄构成\n"
        "年份\t0—17岁\t\t18—59岁\t\t60岁及以上\n"
        "\t人数(万人)\t比重(%)\t人数(万人)\t比重(%)\t人数(万人)\t比重(%)\n"
        "2027\t41.20\t18.31\t140.05\t62.24\t43.76\t19.45\n",
        date(2028, 6, 1),
    )
    assert [(o.breakdown, o.measure, o.value) for o in obs] == [
        ("0—17岁", "level", 412000),
        ("0—17岁", "share", 18.31),
        ("18—59岁", "level", 1400500),
        ("18—59岁", "share", 62.24),
        ("60岁及以上", "level", 437600),
        ("60岁及以上", "share", 19.45),
    ]
    assert all("户籍人口" in o.subject for o in obs)


def test_the_figure_of_the_member_named_at_the_extreme():
    obs = _run("全区人均可支配收入31250元，其中东湖街道最高，为38420元，北山镇最低，为24610元。")
    assert [o.breakdown for o in obs] == [None, "东湖街道", "北山镇"]


def test_table_cells_with_a_note_s_mark_and_a_rate_s_change_in_points():
    obs = _run(
        "表1　2027年主要农产品产量\n指标\t单位\t产量\t比上年增长（%）\n"
        "茶叶\t万吨\t4.26①\t2.4\n水果\t万吨\t31.8*\t-1.2\n蔬菜\t万吨\t86.2[2]\t3.3\n"
    )
    assert [o.value for o in obs if o.measure == "level"] == [42600, 318000, 862000]
    assert _one(obs, "4.26").value_text == "4.26"
    obs = _run(
        "2027年第一季主要指標\n指標\t3月\t第一季\t第一季按年變動\n平均出租率（%）\t81.2\t79.4\t+2.1*\n"
    )
    change = _one(obs, "+2.1")
    assert (change.measure, change.unit, change.value) == ("pp_change", "个百分点", 2.1)


def test_turnover_and_sales_after_a_clause_are_of_what_it_counted():
    obs = _run("全市12个夜间消费集聚区客流量达1260万人次，同比增长9.1%；营业额42.6亿元，增长5.3%。")
    assert _one(obs, "42.6亿元").subject == "夜间消费集聚区营业额"
    obs = _run("新建商品房销售面积8.1万平方米，下降4.2%；销售额6.3亿元，下降6.8%。")
    assert _one(obs, "6.3亿元").subject == "新建商品房销售额"


def test_an_average_price_after_a_clause_of_goods_is_of_those_goods():
    obs = _run("一季度进口大豆312万吨，增长4.1%；进口均价为3520元/吨，下跌7.3%。")
    assert _one(obs, "3520元/吨").subject == "大豆进口均价"


def test_a_list_of_targets_ends_where_a_sentence_looks_back():
    obs = _run(
        "2028年主要预期目标是：全县生产总值增长6%左右；城镇新增就业3000人以上。"
        "过去一年，全县生产总值增长5.8%，一般公共预算收入9.6亿元。",
        date(2028, 1, 20),
    )
    assert [o.kind for o in obs] == ["target", "target", "actual", "actual"]


def test_both_bounds_of_a_range_of_counts_count_the_noun_after_it():
    obs = _run("明年计划新建2至4个物流园区，货运量在2.10亿至2.25亿吨之间。", date(2027, 12, 1))
    assert [o.subject for o in obs] == ["物流园区", "物流园区", "货运量", "货运量"]


def test_a_partner_after_the_whole_trade_is_a_member_of_that_trade():
    obs = _run(
        "1—8月，全省货物贸易进出口总值5217亿元，同比增长3.37%。"
        "其中，对东盟增长11.63%，对欧盟下降2.71%。",
        date(2027, 9, 20),
    )
    assert [(o.subject, o.breakdown) for o in obs if o.measure == "growth"] == [
        ("全省货物贸易进出口总值", None),
        ("全省货物贸易进出口总值", "东盟"),
        ("全省货物贸易进出口总值", "欧盟"),
    ]
    obs = _run(
        "1—5月，全省进出口3200亿元。对甲国、乙国、丙国分别进出口412.7亿元、368.1亿元和297.3亿元，"
        "对甲国增长14.7%，对丙国下降5.3%。",
        date(2027, 6, 20),
    )
    assert [(o.subject, o.breakdown) for o in obs if o.measure == "growth"] == [
        ("进出口", "甲国"),
        ("进出口", "丙国"),
    ]
    obs = _run("第一季出口货值21.7亿元，按年上升4.6%；往欧盟则下跌6.3%，往东盟上升2.8%。")
    assert [o.breakdown for o in obs if o.measure == "growth"] == [None, "欧盟", "东盟"]


def test_an_approximate_amount_on_a_short_line_is_no_year_heading():
    obs = _run(
        "▪️全年油茶种植面积4.7万亩\n▪️林下套种面积0.9万亩，亩均增收1900多元\n", date(2027, 12, 20)
    )
    assert [o.period_end for o in obs] == [date(2027, 12, 31)] * 3


def test_the_same_period_a_year_before_dates_only_the_figure_set_against():
    obs = _run(
        "一季度，全市规模以上工业增加值增长6.3%。\n"
        "民营企业进出口增长5.7%，改变了去年同期下滑2.4%的态势。"
        "规上服务业企业营业收入812.6亿元，增长7.9%。",
        date(2027, 4, 25),
    )
    assert [(o.subject, o.period_end) for o in obs[1:3]] == [
        ("民营企业进出口", date(2027, 3, 31)),
        ("民营企业进出口", date(2026, 3, 31)),
    ]
    assert {o.period_end for o in obs[3:]} == {date(2027, 3, 31)}


def test_a_share_of_the_whole_s_noun_after_a_place_s_people_or_land():
    obs = _run("全县以不到全省2.3%的耕地，贡献了全省5.6%的粮食产量。")
    assert [(o.subject, o.breakdown, o.measure) for o in obs] == [
        ("耕地", "全县", "share"),
        ("粮食产量", None, "share"),
    ]
    obs = _run("乙市以约占全省12.6%的土地面积，创造了约24.1%的地区生产总值。")
    assert [(o.subject, o.measure) for o in obs] == [
        ("土地面积", "share"),
        ("地区生产总值", "share"),
    ]


def test_a_duration_lengthened_by_an_amount_is_a_change():
    obs = _run("全市人均预期寿命80.6岁，比上年延长0.3岁；平均住院日8.9天，缩短0.4天。")
    assert [(o.measure, o.value) for o in obs] == [
        ("level", 80.6),
        ("change", 0.3),
        ("level", 8.9),
        ("change", -0.4),
    ]


def test_a_share_in_words_of_the_places_a_network_reaches():
    obs = _run("截至9月底，全市5G信号已经覆盖约七成自然村。")
    assert [(o.subject, o.breakdown, o.value, o.qualifier) for o in obs] == [
        ("全市5G信号", "自然村", 70.0, "about")
    ]
    obs = _run("光纤网络通达所有社区和九成以上的自然村。")
    assert [(o.value, o.measure) for o in obs] == [(90.0, "share")]


def test_the_flow_before_the_market_it_goes_to():
    obs = _run("上半年转口往台湾的货值约3.2亿澳门元；往东盟的上升4.4%。", date(2027, 7, 20))
    assert [(o.subject, o.breakdown) for o in obs] == [("转口货值", "台湾"), ("转口货值", "东盟")]


def test_how_long_an_event_lasts_is_no_statistic_and_its_closing_day_dates_its_figures():
    obs = _run(
        "为期5天的第二届数字贸易博览会6月8日闭幕。博览会期间，共达成交易额38.4亿元，同比增长12.3%。",
        date(2027, 6, 10),
    )
    assert [(o.value_text, o.period_end) for o in obs] == [
        ("38.4亿元", date(2027, 6, 8)),
        ("12.3%", date(2027, 6, 8)),
    ]


def test_a_holiday_s_length_and_a_shop_s_hours_are_no_statistics():
    obs = _run(
        "国庆假期（10月1日至8日，共8天），全市接待游客612.3万人次。今年国庆假期长达8天。"
        "城区现有24小时药店52家。",
        date(2027, 10, 10),
    )
    assert [o.value_text for o in obs] == ["612.3万人次", "52家"]


def test_a_time_of_day_is_no_statistic():
    obs = _run("夜市营业至次日2点，日均客流1.2万人次。")
    assert [o.value_text for o in obs] == ["1.2万人次"]


def test_a_month_named_without_its_year_is_the_last_one_before_the_writing():
    obs = _run("12月份，全市规模以上工业增加值增长4.7%。", date(2028, 2, 6))
    assert [(o.period_end, o.kind) for o in obs] == [(date(2027, 12, 31), "actual")]
    obs = _run("11月份将举办消费季活动，预计参与商户1200家。", date(2028, 2, 6))
    assert [(o.period_end, o.kind) for o in obs] == [(date(2028, 11, 30), "target")]
    obs = _run("全市信息通信业运行情况\n12月当月DOU\n突破21GB\n", date(2028, 2, 6))
    assert [(o.period_end, o.kind) for o in obs] == [(date(2027, 12, 31), "actual")]


def test_a_share_that_did_not_move_changed_by_zero_points():
    obs = _run("全镇开展直播销售的农户比重为18.4%，与上年持平；直播销售额9.6亿元，与上年持平。")
    assert [(o.measure, o.unit) for o in obs] == [
        ("share", "%"),
        ("pp_change", "个百分点"),
        ("level", "元"),
        ("growth", "%"),
    ]


def test_the_size_of_what_was_set_up_is_of_the_noun_after_it():
    obs = _run("市财政联合社会资本发起设立总规模30亿元的低空经济产业基金。")
    assert [o.subject for o in obs] == ["低空经济产业基金总规模"]


def test_a_building_verb_alone_counts_what_the_clause_before_named():
    obs = _run("全市充电桩保有量4.6万个，“十四五”时期累计新建3.8万个。", date(2026, 3, 2))
    assert [o.subject for o in obs] == ["全市充电桩保有量", "全市充电桩保有量"]


def test_the_months_of_the_year_are_of_its_quantity():
    obs = _run("全年全市居民消费价格上涨0.4%，各月同比涨幅在-0.2%至1.1%之间。", date(2028, 1, 20))
    assert {o.subject for o in obs} == {"全市居民消费价格"}


def test_about_before_the_share_of_a_whole_qualifies_the_share():
    obs = _run("全县光伏发电量约占全社会用电量的21.7%，乙镇约占全县的三成。")
    assert [(o.measure, o.qualifier) for o in obs] == [("share", "about"), ("share", "about")]


def test_a_headline_s_break_and_a_spoken_point_something_are_over():
    obs = _run("甲市软件业务收入破2千亿元\n今年以来外贸增长了百分之六点多。", date(2027, 6, 1))
    assert [(o.subject, o.qualifier) for o in obs] == [
        ("甲市软件业务收入", "over"),
        ("外贸", "over"),
    ]
    assert obs[1].value_text == "百分之六点多"
    obs = _run("全县网络零售额是五年前的三倍还多，快递业务量是上年的1.4倍有余。")
    assert [(o.value_text, o.qualifier) for o in obs] == [
        ("三倍还多", "over"),
        ("1.4倍有余", "over"),
    ]


def test_a_year_in_brackets_after_a_figure_dates_that_figure_only():
    obs = _run("主要指标\n本地研发开支：312.4亿港元（2024年）\n初创企业数目：4,980家（2025年）\n")
    assert [o.period_end for o in obs] == [date(2024, 12, 31), date(2025, 12, 31)]


def test_compared_with_is_no_part_of_a_subject():
    obs = _run("甲镇和乙镇占比较去年底均提高0.3个百分点；电商收入增速较前5个月加快0.4个百分点。")
    assert [o.subject for o in obs] == ["甲镇占比", "乙镇占比", "电商收入增速"]


def test_bullets_and_a_card_s_bracket_are_no_part_of_a_subject():
    obs = _run(
        "——全县生产总值增长6%左右。\n‧在用标准机架：3.6万架\n【全市算力总规模：5.1EFLOPS】\n"
    )
    assert [o.subject for o in obs] == ["全县生产总值", "在用标准机架", "全市算力总规模"]


def test_the_same_as_the_same_month_a_year_before_is_no_change():
    obs = _run("留宿旅客平均逗留时间为2.3日，与去年同月相同。采用与上年同期相同的统计口径。")
    assert [(o.measure, o.value) for o in obs] == [("level", 2.3), ("growth", 0.0)]


def test_sessions_and_rounds_ending_a_clause_are_counted():
    obs = _run("全年举办农村电商培训37期，发放消费券4轮。一期工程投资8.5亿元，简报第2027-06期。")
    assert [(o.value, o.unit) for o in obs] == [(37.0, "期"), (4.0, "轮"), (850000000.0, "元")]


def test_therefore_and_against_the_period_before_are_no_subjects():
    obs = _run("本季就业人口38.7万人，按期增加1,200人；酒店入住率81.3%，故按季回落1.9个百分点。")
    assert [o.subject for o in obs] == ["就业人口", "就业人口", "酒店入住率", "酒店入住率"]


def test_over_said_as_kaiwai():
    obs = _run("全县经营主体已达两万三千户开外。")
    assert [(o.subject, o.qualifier) for o in obs] == [("全县经营主体", "over")]


def test_a_label_line_opening_on_its_time_names_the_lines_below():
    obs = _run(
        "（三）消费\n1—8月，限额以上单位商品零售额\n增长4.3%\n两年平均增长3.7%\n", date(2027, 9, 20)
    )
    assert [(o.subject, o.period_end) for o in obs] == [
        ("限额以上单位商品零售额", date(2027, 8, 31)),
        ("限额以上单位商品零售额", date(2027, 8, 31)),
    ]


def test_faster_than_in_hong_kong_s_words_is_a_comparison():
    obs = _run("首三季資訊科技業增加值上升9.4%，快過整體經濟約6個百分點。", date(2027, 11, 20))
    assert [o.subject for o in obs] == ["资讯科技业增加值", "资讯科技业增加值"]


def test_an_index_code_is_no_amount_of_data():
    obs = _run("索引号：11440300MB2D17-05-2027-0031\n全县数据存储规模达120PB。")
    assert [(o.value, o.unit) for o in obs] == [(120.0, "PB")]


def test_what_follows_from_a_revised_month_is_of_the_month_reported():
    obs = _run(
        "4月份全市出口额为312.6亿元，同比增长8.1%；3月份出口额修正为298.4亿元，"
        "因此环比增长4.8%。全市进口额为201.3亿元。",
        date(2027, 5, 20),
    )
    assert [(o.period_end, o.breakdown) for o in obs] == [
        (date(2027, 4, 30), None),
        (date(2027, 4, 30), None),
        (date(2027, 3, 31), None),
        (date(2027, 4, 30), None),
        (date(2027, 4, 30), None),
    ]
