"""The extractor end to end on short texts: real excerpts and sentences written for the test."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extract import extract
from pipelines.normalise import normalise
from pipelines.observation import KINDS, MEASURES, PERIOD_TYPES, QUALIFIERS

PUB = date(2025, 5, 30)


def _run(raw: str, published: date | None = PUB):
    text = normalise(raw).text
    obs = extract(text, published)
    for o in obs:
        assert text[o.char_start : o.char_end] == o.value_text
        assert o.value_text in o.sentence
    return obs


def _by_text(obs):
    return {o.value_text: o for o in obs}


def test_enumeration_with_respectively_and_second_list_without_it():
    raw = (
        "截至2024年11月底，核心产业企业总量达457.41万家。其中，甲类业、乙类业的企业数量分别为"
        "216.69万家、196.25万家，与2023年底相比增长了17.60%、19.64%。"
    )
    obs = _by_text(_run(raw))
    level, growth = obs["196.25万家"], obs["19.64%"]
    assert (level.measure, level.breakdown, level.value) == ("level", "乙类业", 1962500)
    assert level.subject == "乙类业企业数量"
    assert (growth.measure, growth.breakdown) == ("growth", "乙类业")
    assert growth.period_end == date(2024, 11, 30)
    assert growth.base_period_end == date(2023, 12, 31)
    assert growth.trace["subject"] == "previous_list_members"


def test_value_first_list_without_respectively():
    obs = _by_text(_run("目前，我国已建成3万多家基础级智能工厂、1200余家先进级智能工厂。"))
    first = obs["3万多家"]
    assert (first.value, first.unit, first.qualifier) == (30000, "家", "over")
    assert "基础级" in first.breakdown
    assert first.period_end is None


def test_elided_subject_from_previous_clause_and_quarter_periods():
    raw = "全年国内生产总值增长5.0%。分季度看，一季度国内生产总值同比增长5.3%，二季度增长4.7%。"
    obs = _by_text(_run(raw, date(2025, 2, 28)))
    q2 = obs["4.7%"]
    assert q2.subject == "国内生产总值"
    # Published in February, 全年 is the year just over, and its quarters are that year's.
    assert q2.period_end == date(2024, 6, 30)


def test_communique_year_comes_from_the_title_not_the_publication_date():
    raw = (
        "中华人民共和国2024年国民经济和社会发展统计公报\n国家统计局\n2025年2月28日\n"
        "全国农民工总量29973万人，比上年增长0.7%。"
    )
    obs = _run(raw, date(2025, 2, 28))
    assert {o.period_end for o in obs} == {date(2024, 12, 31)}
    assert obs[1].base_period_end == date(2023, 12, 31)


def test_share_subject_from_preceding_level():
    obs = _by_text(_run("截至2024年底，5G基站数达425.1万个，占移动电话基站数的33.6%。"))
    share = obs["33.6%"]
    assert (share.measure, share.subject) == ("share", "5G基站数")


def test_range_from_to_gives_two_periods():
    raw = "2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%。"
    obs = _by_text(_run(raw, date(2026, 2, 2)))
    assert obs["17.9%"].period_end == date(2020, 12, 31)
    assert obs["35.5%"].period_end == date(2025, 12, 31)
    assert obs["35.5%"].measure == obs["17.9%"].measure == "share"


def test_targets_and_their_year():
    raw = "2026年政府工作报告\n主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人左右。"
    obs = _run(raw, date(2026, 2, 2))
    assert [(o.kind, o.qualifier, o.period_end) for o in obs] == [
        ("target", "about", date(2026, 12, 31)),
        ("target", "about", date(2026, 12, 31)),
    ]


def test_names_dates_and_titles_are_skipped():
    raw = "《数字中国发展报告（2024年）》显示，5G和3D打印发展迅速，“5+3”机制第一次实施连续5年。"
    assert _run(raw) == []


def test_my_own_sentence_with_decrease_and_about():
    obs = _by_text(_run("2024年，某市工业用水量约12.5亿立方米，比上年减少0.8亿立方米，下降6.0%。"))
    assert obs["12.5亿立方米"].qualifier == "about"
    assert obs["0.8亿立方米"].measure == "change"
    assert obs["0.8亿立方米"].value == -80000000
    assert obs["6.0%"].value == -6.0
    assert obs["6.0%"].subject == "某市工业用水量"


def test_vocabularies_are_closed():
    raw = "全年粮食产量70650万吨，比上年增长1.6%，占比45%，提高0.5个百分点，新增10万吨。"
    for o in _run(raw):
        assert o.measure in MEASURES
        assert o.qualifier in QUALIFIERS
        assert o.kind in KINDS
        assert o.period_type in PERIOD_TYPES
        assert {"measure", "period", "subject", "qualifier", "kind"} <= set(o.trace)


_ALPHABET = st.sampled_from(
    [
        *list(
            "0123456789.%‰-、，。；：（）“”《》[]年月日季度全年末底增长下降占比重为达约超近多余万亿元家个百分点"
        ),
        "\n",
        " ",
        "比上年",
        "分别",
        "其中",
        "截至",
        "今年",
        "主要预期目标是：",
        "１",
        "％",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_extract_never_raises_and_spans_hold(raw):
    n = normalise(raw)
    assert len(n.text) == len(n.source_offsets)
    for o in extract(n.text, PUB):
        assert n.text[o.char_start : o.char_end] == o.value_text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_extract_never_raises_on_arbitrary_text(raw):
    n = normalise(raw)
    for o in extract(n.text, None):
        assert n.text[o.char_start : o.char_end] == o.value_text


def test_last_member_measure_noun_is_the_head_of_every_member():
    obs = _by_text(_run("全年光伏电池、锂电池、无人机产量分别增长12.5%、8.1%、30.2%。"))
    assert [obs[v].subject for v in ("12.5%", "8.1%", "30.2%")] == [
        "光伏电池产量",
        "锂电池产量",
        "无人机产量",
    ]
    assert obs["12.5%"].breakdown == "光伏电池"


def test_ratio_without_numerator_takes_the_previous_subject():
    obs = _by_text(_run("全年全省研发经费支出1200亿元，增长6.1%，与地区生产总值之比为2.9%。"))
    assert obs["2.9%"].subject == "全省研发经费支出与地区生产总值之比"
    assert obs["2.9%"].trace["subject"] == "ratio_numerator_from_previous"


def test_a_count_summing_up_values_is_not_their_noun():
    obs = _run("全市工业产值连续跨越1万亿、2万亿两个台阶，年均增长6.2%。")
    assert {o.subject for o in obs} == {"全市工业产值"}
    assert [o.value_text for o in obs] == ["1万亿", "2万亿", "6.2%"]


def test_a_gloss_with_digits_glued_to_letters_stays_in_the_subject():
    obs = _by_text(_run("全年重点城市臭氧（O3）平均浓度140微克/立方米，比上年下降1.4%。"))
    level = obs["140微克/立方米"]
    assert (level.subject, level.unit) == ("重点城市臭氧平均浓度", "微克/立方米")
    assert obs["1.4%"].subject == "重点城市臭氧平均浓度"


def test_a_parenthesis_holding_a_number_is_still_an_aside():
    obs = _by_text(_run("全年新能源汽车产量1300万辆（其中出口200万辆），增长30%。"))
    assert obs["30%"].subject == "新能源汽车产量"


def test_partner_countries_are_the_breakdown_and_pass_to_sub_items():
    raw = (
        "全年对东盟国家进出口额5000亿元，比上年增长3.0%。"
        "其中，出口3000亿元，增长4.0%；进口2000亿元，增长1.5%。"
    )
    obs = _by_text(_run(raw))
    total, growth = obs["5000亿元"], obs["3.0%"]
    assert (total.subject, total.breakdown) == ("进出口额", "东盟国家")
    assert total.trace["breakdown"] == "partner_group"
    assert (growth.subject, growth.breakdown) == ("进出口额", "东盟国家")
    assert (obs["2000亿元"].subject, obs["2000亿元"].breakdown) == ("进口", "东盟国家")
    assert obs["1.5%"].breakdown == "东盟国家"


def test_partner_group_named_by_a_treaty_keeps_its_acronym():
    obs = _run("全年对《某某自由贸易协定》（ABC）其他成员国出口额800亿元。")
    assert (obs[0].subject, obs[0].breakdown) == ("出口额", "《某某自由贸易协定》（ABC）其他成员国")


def test_a_growth_inherits_the_breakdown_of_its_subject():
    obs = _by_text(_run("全年纺织业增加值增长3.1%，化工业增长6.0%，比一季度加快1.2个百分点。"))
    assert (obs["6.0%"].subject, obs["6.0%"].breakdown) == ("化工业增加值", "化工业")
    assert obs["1.2个百分点"].breakdown == "化工业"


def test_each_member_before_jun_gets_the_value():
    obs = _run("全年接待会展人次、会展收入均增长12%以上。")
    assert [(o.subject, o.value, o.qualifier) for o in obs] == [
        ("会展人次", 12.0, "over"),
        ("会展收入", 12.0, "over"),
    ]
    assert {o.trace["subject"] for o in obs} == {"each_member"}
    assert len({(o.char_start, o.char_end) for o in obs}) == 1


def test_a_qualifier_after_the_last_value_of_a_list_holds_for_all():
    obs = _by_text(_run("全年甲市、乙市游客分别增长6%、9%左右，丙市增长3%。"))
    assert obs["6%"].qualifier == "about"
    assert obs["6%"].trace["qualifier"] == "list_tail"
    assert obs["9%左右"].qualifier == "about"
    assert obs["3%"].qualifier == "exact"


def test_a_size_before_de_belongs_to_the_noun_after_it():
    obs = _run("总投资120亿元的滨江大桥项目开工建设，总规模30亿元的产业基金签约落地。")
    assert [o.subject for o in obs] == ["滨江大桥项目总投资", "产业基金总规模"]
    assert obs[0].trace["subject"] == "size_of_noun_after_de"


def test_people_counted_by_what_they_receive():
    obs = _run("年末全省共有52万人享受城市最低生活保障，18万人参加职业技能培训。")
    assert [o.subject for o in obs] == ["享受城市最低生活保障", "参加职业技能培训"]
    assert obs[0].trace["subject"] == "predicate_after_people"


def test_value_first_noun_phrase_stops_at_the_next_value():
    obs = _run("建成投产2个大型水库和12个小型水库，培育8所职业院校21个骨干专业。")
    assert [(o.value_text, o.subject) for o in obs] == [
        ("2个", "大型水库"),
        ("12个", "小型水库"),
        ("8所", "职业院校"),
        ("21个", "骨干专业"),
    ]


def test_a_round_number_before_a_rate_name_is_its_denominator():
    obs = _run("全年建筑业从业人员10万人事故死亡人数0.9人，比上年下降5.0%。")
    assert [o.value_text for o in obs] == ["0.9人", "5.0%"]
    assert obs[0].subject == "建筑业从业人员10万人事故死亡人数"


def test_a_count_of_enterprises_before_a_total_is_kept():
    obs = _by_text(_run("全年100家企业研发投入总额50亿元。"))
    assert "100家" in obs and "50亿元" in obs


def test_the_title_period_frames_figures_that_name_none():
    raw = (
        "2025年1—9月全市工业运行情况\n\n（一）总体情况\n\n"
        "规模以上工业增加值增长6.8%，利润总额320亿元。"
    )
    obs = _by_text(_run(raw, date(2025, 10, 20)))
    for value in ("6.8%", "320亿元"):
        assert (obs[value].period_type, obs[value].period_end) == (
            "year_to_date",
            date(2025, 9, 30),
        )
    assert obs["6.8%"].trace["period"] == "heading_period:month_range"


def test_a_dateline_under_the_title_is_not_the_period_of_the_figures():
    raw = (
        "2024年全市统计公报\n\n2025年3月1日\n\n全年地区生产总值增长5.2%。\n\n年末常住人口1200万人。"
    )
    obs = _by_text(_run(raw, date(2025, 3, 1)))
    assert obs["1200万人"].period_end == date(2024, 12, 31)


def test_share_in_a_whole_and_growth_rate_and_gap_take_the_subject_named_before():
    raw = (
        "前三季度，全市动漫产业收入86.5亿元，同比增长9.2%，在文化产业收入中占比为12.4%，"
        "增速较上半年提高0.5个百分点，高于全省1.1个百分点。"
    )
    obs = _by_text(_run(raw, date(2025, 10, 20)))
    assert obs["12.4%"].subject == "全市动漫产业收入" and obs["12.4%"].measure == "share"
    assert obs["0.5个百分点"].subject == "全市动漫产业收入增速"
    assert obs["1.1个百分点"].subject == "全市动漫产业收入增速"


def test_the_next_value_of_a_list_after_he_has_no_subject_of_its_own():
    obs = _by_text(_run("全年甲类和乙类收入分别为12亿元和30亿元，同比分别增长3.1%和6.0%。"))
    assert obs["30亿元"].subject == "乙类收入"
    assert obs["6.0%"].subject == "乙类收入"


def test_tenths_after_a_change_verb_are_a_growth():
    obs = _by_text(_run("全年会员企业数量增长近三成，订单量下降两成。"))
    assert (obs["三成"].measure, obs["三成"].value, obs["三成"].qualifier) == (
        "growth",
        30.0,
        "under",
    )
    assert (obs["两成"].measure, obs["两成"].value) == ("growth", -20.0)


def test_prices_of_last_year_and_a_multiple_of_last_year_are_no_period():
    raw = (
        "2025年1—10月全市服务业运行情况\n\n"
        "按照上年不变价计算的服务业增加值同比增长6.1%。"
        "数据服务收入达12亿元，是上年同期的近两倍，带动建成数据集80余个。"
    )
    obs = _by_text(_run(raw, date(2025, 11, 20)))
    for value in ("6.1%", "12亿元", "80余个"):
        assert obs[value].period_end == date(2025, 10, 31), value


def test_a_base_before_fenbie_reuses_the_members_of_the_sentence():
    raw = "全年甲类、乙类、丙类的用户分别达3亿户、2亿户和1亿户，比上年末分别增长5%、6%和7%。"
    obs = _by_text(_run(raw))
    assert [obs[v].breakdown for v in ("5%", "6%", "7%")] == ["甲类", "乙类", "丙类"]


def test_a_point_unit_cut_short_in_a_list_and_compressed_ordinals():
    obs = _by_text(_run("全年第一、二产业分别拉动经济增长0.3个和1.9个百分点。"))
    first, second = obs["0.3个"], obs["1.9个百分点"]
    assert (first.measure, first.unit, first.subject) == ("pp_change", "个百分点", "第一产业")
    assert (second.measure, second.subject) == ("pp_change", "第二产业")


def test_units_per_head_and_period_and_orders():
    obs = _by_text(_run("全年户均流量达18.5GB/户·月，外卖订单约120万单。"))
    assert obs["18.5GB/户·月"].unit == "GB/户·月"
    assert (obs["120万单"].value, obs["120万单"].unit) == (1200000, "单")


def test_a_bare_number_after_a_verb_of_reaching_or_narrowing():
    obs = _by_text(_run("全年城乡收入比缩小0.05，数据中心平均PUE降至1.3。"))
    assert (obs["0.05"].measure, obs["0.05"].value) == ("change", -0.05)
    assert obs["1.3"].measure == "level"


def test_a_headline_target_year_frames_no_figure():
    raw = "某市发布行动方案 力争2028年产业规模突破500亿元\n\n在全市企业中，制造企业占比约三成。"
    obs = _by_text(_run(raw, date(2025, 1, 17)))
    assert (obs["三成"].kind, obs["三成"].period_end) == ("actual", None)


def test_a_value_over_which_a_class_is_named_is_a_threshold():
    obs = _run("全年培育产值超50亿元的龙头企业8家以上。")
    assert [o.value_text for o in obs] == ["8家以上"]


def test_data_volumes_and_ascii_thousands_are_read_whole():
    obs = _by_text(_run("全年数据生产总量达到38.2ZB，集资总额约1,150亿港元，增长12%。"))
    assert (obs["38.2ZB"].unit, obs["38.2ZB"].value) == ("ZB", 38.2)
    assert obs["1,150亿港元"].value == 115_000_000_000


def test_dangnian_is_the_year_under_discussion_and_a_forecast_is_not_in_the_past():
    raw = (
        "截至2024年底，全市数据存储总量为1.2EB。当年数据生产量中约6%得到存储。"
        "2023年，全市新增企业1200家，预计全年新增企业将超过1500家。"
    )
    obs = _by_text(_run(raw, date(2025, 5, 20)))
    assert obs["6%"].period_end == date(2024, 12, 31)
    assert (obs["1500家"].period_end, obs["1500家"].kind) == (date(2025, 12, 31), "target")


def test_total_count_share_floor_outperformance_and_plans():
    raw = (
        "全年高新技术企业净增300家、总数达到2100家，民生支出占比保持在七成以上，"
        "指数跑赢基准约9个百分点。公司拟募集资金不超过8亿元。"
    )
    obs = _by_text(_run(raw))
    assert obs["2100家"].subject == "高新技术企业总数"
    assert (obs["七成以上"].measure, obs["七成以上"].value) == ("share", 70.0)
    assert obs["9个百分点"].subject == "指数"
    assert obs["8亿元"].kind == "target"


def test_bare_members_continue_the_previous_clause_and_its_share():
    raw = "全年东部地区软件收入占全国的比重为61.2%，中部、西部和东北地区分别为17.5%、16.3%和5.0%。"
    obs = _by_text(_run(raw))
    west = obs["16.3%"]
    # The 地区 written once, on the last member, is every member's.
    assert (west.subject, west.breakdown, west.measure) == ("西部地区软件收入", "西部地区", "share")
    assert obs["5.0%"].breakdown == "东北地区"


def test_members_with_their_own_measure_noun_keep_it():
    obs = _by_text(_run("全年地区生产总值增长5%，一产增加值、二产增加值分别增长3%、6%。"))
    assert obs["6%"].subject == "二产增加值"


def test_counts_of_a_money_class_are_counts_of_the_noun_after_it():
    obs = _by_text(_run("全年新开工5个百亿元、20个10亿元以上产业项目，建成3个亿元级园区。"))
    assert (obs["5个"].subject, obs["5个"].breakdown) == ("产业项目", "百亿元")
    assert (obs["20个"].subject, obs["20个"].breakdown) == ("产业项目", "10亿元以上")
    assert (obs["3个"].subject, obs["3个"].breakdown) == ("园区", "亿元级")


def test_a_multiple_in_cjk_after_a_change_verb_is_a_growth():
    obs = _run("全年跨境电商交易额同比增长近一倍，进一步扩大开放。")
    assert [(o.value_text, o.measure, o.value, o.qualifier) for o in obs] == [
        ("一倍", "growth", 100.0, "under")
    ]


def test_approximate_marker_between_number_and_magnitude():
    obs = _by_text(_run("全年接待入境游客300多万人次，服务小微商户1200余万家。"))
    assert (obs["300多万人次"].value, obs["300多万人次"].qualifier) == (3_000_000, "over")
    assert (obs["1200余万家"].value, obs["1200余万家"].unit) == (12_000_000, "家")


def test_regions_before_a_measure_noun_with_its_own_modifier():
    raw = "分区域看，东部、西部和东北地区线上销售额分别增长5.1%、6.2%和3.3%。"
    obs = _by_text(_run(raw))
    assert (obs["5.1%"].subject, obs["5.1%"].breakdown) == ("东部地区线上销售额", "东部地区")
    assert (obs["3.3%"].subject, obs["3.3%"].breakdown) == ("东北地区线上销售额", "东北地区")


def test_list_of_parts_takes_the_whole_named_in_the_clause_before():
    raw = "在限额以上单位商品零售额中，粮油类、饮料类商品分别增长8.8%和2.4%。"
    obs = _by_text(_run(raw))
    assert (obs["8.8%"].subject, obs["8.8%"].breakdown) == ("限额以上单位商品零售额", "粮油类")
    assert obs["2.4%"].breakdown == "饮料类"


def test_storage_units_in_chinese_names_and_rate_words():
    raw = "全年数据存储总量达到3.2艾字节，年均增速保持在12%左右；利润增长率为4.5%。"
    obs = _by_text(_run(raw))
    assert (obs["3.2艾字节"].unit, obs["3.2艾字节"].value) == ("EB", 3.2)
    assert (obs["12%左右"].measure, obs["12%左右"].qualifier) == ("growth", "about")
    assert (obs["4.5%"].measure, obs["4.5%"].subject) == ("growth", "利润")


def test_natural_growth_rate_is_a_level():
    obs = _by_text(_run("人口自然增长率为-0.5‰。"))
    assert obs["-0.5‰"].measure == "level"


def test_fractions_halves_and_tenths_after_reach():
    raw = "绿色电力占比达到六成以上，民营企业占全部企业的三分之二，一半以上的受访企业已上云。"
    obs = _by_text(_run(raw))
    assert (obs["六成以上"].value, obs["六成以上"].qualifier) == (60.0, "over")
    assert round(obs["三分之二"].value, 2) == 66.67
    # A share opening a clause is one of the noun after 的 (as annotators count it).
    assert (obs["一半以上"].subject, obs["一半以上"].measure) == ("受访企业", "share")


def test_share_of_the_population_named_after_it():
    raw = "调查显示，超过三成的中小企业已使用云服务，近一半的受访者表示满意。"
    obs = _by_text(_run(raw))
    assert (obs["三成"].subject, obs["三成"].qualifier) == ("中小企业", "over")
    # what the population says is what the share counts
    assert obs["一半"].subject == "受访者表示满意"


def test_thresholds_after_chao_guo_and_top_groups_are_not_counts():
    raw = "全市估值超过10亿美元的独角兽企业达到12家，营收排名前10位的企业研发投入合计80亿元。"
    obs = _run(raw)
    assert [o.value_text for o in obs] == ["12家", "80亿元"]


def test_count_of_a_noun_after_coordinated_modifiers():
    obs = _by_text(_run("全国已有120个县级和市级的融媒体中心开通数据服务。"))
    assert obs["120个"].subject == "融媒体中心"


def test_a_naming_gloss_is_the_subject():
    raw = "其中，500Mbps及以上速率的宽带用户（即高速用户）达120万户，比上年末净增8万户。"
    obs = _by_text(_run(raw))
    assert obs["120万户"].subject == "高速用户"
    assert (obs["8万户"].subject, obs["8万户"].measure) == ("高速用户", "change")


def test_how_much_more_or_less_than_another_quantity_is_a_change():
    obs = _by_text(_run("全市女性从业人员52万人，比男性从业人员少3.5万人，比上年多1.2万人。"))
    assert (obs["3.5万人"].measure, obs["3.5万人"].value) == ("change", -35000)
    assert obs["3.5万人"].subject == "全市女性从业人员"
    assert (obs["1.2万人"].measure, obs["1.2万人"].value) == ("change", 12000)


def test_size_and_area_complete_the_previous_subject():
    obs = _by_text(_run("全年新建标准厂房86栋，总面积超过120万平方米。"))
    assert obs["120万平方米"].subject == "新建标准厂房总面积"


def test_a_second_list_after_the_whole_of_a_share_reuses_the_members():
    raw = "电子工业、医药工业增加值分别增长9.1%、6.6%，占工业增加值的比重分别为21.5%、8.4%。"
    obs = _by_text(_run(raw))
    assert (obs["21.5%"].breakdown, obs["21.5%"].measure) == ("电子工业", "share")
    assert obs["8.4%"].breakdown == "医药工业"


def test_a_gap_to_another_quantitys_rate_is_about_the_subject_before():
    raw = "全年高技术产业投资增长12.5%，快于全部投资增速8.1个百分点。"
    obs = _by_text(_run(raw))
    assert obs["8.1个百分点"].subject == "高技术产业投资"


def test_where_a_share_is_located_is_its_breakdown():
    obs = _by_text(_run("全省软件企业超过3000家，其中约四成集中在省会都市圈。"))
    assert (obs["四成"].breakdown, obs["四成"].qualifier) == ("省会都市圈", "about")


def test_a_place_opening_a_sentence_scopes_its_later_subjects():
    raw = "截至6月末，临江市算力规模达5.2EFLOPS，数据中心机架3.1万架，全省机架12万架。"
    obs = _by_text(_run(raw))
    assert obs["3.1万架"].breakdown == "临江市"
    assert obs["12万架"].breakdown is None  # 全省 names its own scope
    obs = _by_text(_run("新打造省级特色园区5个、示范街区6条。"))
    assert obs["6条"].breakdown is None  # 省级 is a rank, not a place


def test_the_measure_noun_after_respectively_heads_the_members():
    raw = (
        "1—6月，华东地区、华南地区分别完成信息服务收入800亿元、500亿元，"
        "分别增长9.5%、7.1%，占全国的比重分别为40.2%、25.1%。"
    )
    obs = _by_text(_run(raw))
    assert (obs["500亿元"].subject, obs["500亿元"].breakdown) == (
        "华南地区信息服务收入",
        "华南地区",
    )
    assert obs["7.1%"].breakdown == "华南地区"
    assert (obs["40.2%"].breakdown, obs["40.2%"].measure) == ("华东地区", "share")


def test_a_bare_region_continues_a_siblings_income():
    obs = _by_text(_run("其中，甲省完成收入980亿元，增长8.6%；乙省760亿元，增长9.9%。"))
    assert (obs["760亿元"].subject, obs["760亿元"].breakdown) == ("乙省收入", "乙省")


def test_members_before_jun_share_the_head_of_the_last():
    obs = _run("其中，东湖市、西湖市软件业务收入均超过500亿元。")
    assert [(o.subject, o.breakdown) for o in obs] == [
        ("东湖市软件业务收入", "东湖市"),
        ("西湖市软件业务收入", "西湖市"),
    ]


def test_daily_average_nominal_growth_and_new_additions():
    raw = "8月份，规上工业钢材产量1.2亿吨，日均产量387万吨；出口交货值1.1万亿元，同比名义增长3.1%。"
    obs = _by_text(_run(raw))
    assert obs["387万吨"].subject == "规上工业钢材日均产量"
    assert obs["3.1%"].subject == "出口交货值"
    obs = _by_text(_run("上线的数据产品去年新增了六百个左右。"))
    assert (obs["六百个左右"].measure, obs["六百个左右"].value) == ("change", 600)


def test_a_label_before_a_colon_names_the_value_after_it():
    obs = _by_text(_run("主要指标\n政务云节点数：126个\n数据交易额：12.5亿元\n地址：1号楼3层"))
    assert obs["126个"].subject == "政务云节点数"
    assert obs["12.5亿元"].subject == "数据交易额"
    assert "3层" not in obs


def test_visit_counts_and_compute_in_its_short_form():
    obs = _by_text(_run("全市智能算力达到1200P，全年服务企业3.5万家次，起降航班8000架次。"))
    assert (obs["1200P"].unit, obs["1200P"].value) == ("PFLOPS", 1200)
    assert obs["3.5万家次"].unit == "家次"
    assert obs["8000架次"].unit == "架次"


def test_manufacturing_after_a_count_is_not_a_format_like_3_a_side():
    obs = _by_text(_run("全县有制造业企业120家，新增56家制造业企业，举办5人制足球赛。"))
    assert obs["56家"].subject == "制造业企业"
    assert "5人" not in obs


def test_an_ungoverned_percentage_of_a_population():
    obs = _by_text(_run("调查显示，百分之六十的受访者表示满意，约25%的企业计划扩产。"))
    assert (obs["百分之六十"].measure, obs["百分之六十"].subject) == ("share", "受访者表示满意")
    assert (obs["25%"].measure, obs["25%"].qualifier) == ("share", "about")


def test_comparisons_that_come_out_lower_are_negative_and_flat_rates_are_zero_points():
    raw = (
        "6月末，本外币存款余额98万亿元，同比增长6.2%，增速比上月末低0.2个百分点，"
        "同比高0.4个百分点；企业存款增速与上月末持平。债券融资1.1万亿元，同比多2300亿元。"
    )
    obs = _by_text(_run(raw))
    assert obs["0.2个百分点"].value == -0.2
    assert (obs["0.4个百分点"].value, obs["0.4个百分点"].subject) == (0.4, "本外币存款余额增速")
    flat = obs["持平"]
    assert (flat.measure, flat.value, flat.unit) == ("pp_change", 0.0, "个百分点")
    assert (obs["2300亿元"].measure, obs["2300亿元"].subject) == ("change", "债券融资")


def test_the_second_of_two_bases_is_no_period():
    raw = "6月末，M2余额320万亿元，增速分别比上月末和上年同期高0.3个和1.1个百分点。"
    obs = _by_text(_run(raw))
    assert obs["1.1个百分点"].period_end == date(2025, 6, 30)


def test_running_headers_and_page_numbers_of_a_pdf_are_dropped():
    line = "这是一段用于测试的较长文字内容，"
    raw = (
        "某省产业发展报告（2026）（节选）\n"
        + line * 3
        + "\n全省算力规模达到12.5E\nFLOPS，占比达到\n— 7 —\n某省产业发展报告（2026）\n"
        + "61.2%，比上年末提高3.1个百分点。\n"
        + (line + "\n") * 8
    )
    text = normalise(raw).text
    assert "12.5EFLOPS，占比达到61.2%，比上年末" in text
    assert "— 7 —" not in text and text.count("某省产业发展报告") == 1


def test_share_of_gdp_equivalents_particles_and_quotes_around_plans():
    raw = (
        "2025年全市数字经济规模约3200亿元，相当于地区生产总值的约42%。上半年网络零售额为"
        "300亿元，全年则达700亿元，其中城区占比约61%。「十五五」期间年均增速有望保持在9%以上。"
    )
    obs = _by_text(_run(raw, date(2026, 3, 1)))
    assert (obs["42%"].measure, obs["42%"].subject) == ("share", "全市数字经济规模")
    assert obs["700亿元"].subject == "网络零售额"
    assert (obs["61%"].subject, obs["61%"].breakdown) == ("网络零售额", "城区")
    assert (obs["9%以上"].measure, obs["9%以上"].period_end) == ("growth", date(2030, 12, 31))


def test_near_half_and_a_fraction_after_a_decrease():
    obs = _by_text(_run("审批时间由10个工作日缩短逾一半，新开项目中近半为数字项目。"))
    assert (obs["一半"].measure, obs["一半"].value) == ("growth", -50.0)
    assert (obs["半"].value, obs["半"].qualifier) == (50.0, "under")


def test_a_multiple_of_a_base_is_a_growth():
    raw = "全市平台交易额是2022年的近四倍，从业人员比三年前增长了一倍多，产值为上年的1.2倍。"
    obs = _by_text(_run(raw))
    assert (obs["四倍"].measure, obs["四倍"].value, obs["四倍"].qualifier) == (
        "growth",
        300.0,
        "under",
    )
    assert (obs["一倍多"].subject, obs["一倍多"].qualifier) == ("从业人员", "over")
    assert obs["1.2倍"].subject == "产值" and round(obs["1.2倍"].value, 6) == 20.0


def test_kinds_listed_under_qizhong_are_breakdowns_of_the_parent():
    raw = "全市上线数据产品800个，其中政务、文旅、医疗卫生领域分别为300个、200个、100个。"
    obs = _by_text(_run(raw))
    assert obs["200个"].breakdown == "文旅领域"
    assert obs["200个"].subject.endswith("上线数据产品")


def test_parts_of_the_parent_are_not_its_continuation():
    obs = _by_text(_run("全省进出口总额1000亿元，其中出口、进口分别为600亿元和400亿元。"))
    assert obs["600亿元"].subject == "出口"


def test_a_later_list_reuses_members_completed_from_the_previous_clause():
    raw = "甲省完成收入980亿元；乙省、丙省分别完成760亿元和540亿元，分别增长9.9%和7.7%。"
    obs = _by_text(_run(raw))
    assert obs["7.7%"].breakdown == "丙省" and obs["7.7%"].subject.endswith("收入")


def test_a_qizhong_item_that_is_a_member_of_the_list_before():
    raw = "风电、光伏发电量分别为300亿千瓦时和200亿千瓦时，其中光伏同比增长25.1%。"
    obs = _by_text(_run(raw))
    assert (obs["25.1%"].subject, obs["25.1%"].breakdown) == ("光伏发电量", "光伏")


def test_a_count_of_the_noun_a_de_clause_describes():
    raw = "营业收入超五十亿元的企业达12家，研发投入增速高于全国平均水平的城市有9个。"
    obs = _by_text(_run(raw))
    assert (obs["12家"].subject, obs["12家"].breakdown) == ("企业", "营业收入超五十亿元")
    assert obs["9个"].subject == "城市"


def test_the_group_that_achieved_a_figure_is_its_breakdown():
    raw = "1—6月，全省8个中心城市实现软件业务收入1200亿元，同比增长9.1%。上月为增长8.5%。"
    obs = _by_text(_run(raw))
    assert (obs["1200亿元"].subject, obs["1200亿元"].breakdown) == ("软件业务收入", "中心城市")
    assert obs["9.1%"].breakdown == "中心城市"
    assert obs["8.5%"].subject == "软件业务收入"
    obs = _by_text(_run("全市实现数据交易额48.7亿元。"))
    assert obs["48.7亿元"].breakdown is None  # the whole city is no group of it


def test_a_kind_of_the_parents_noun_keeps_the_parents_sector():
    raw = (
        "居民户贷款增加9000亿元，其中，短期贷款增加2000亿元；企业贷款增加2.1万亿元，其中，"
        "中长期贷款增加1.3万亿元。全年粮食产量7亿吨，其中夏粮产量1.5亿吨。"
    )
    obs = _by_text(_run(raw))
    assert (obs["2000亿元"].subject, obs["2000亿元"].breakdown) == ("短期贷款", "居民户")
    assert obs["2.1万亿元"].breakdown is None
    assert obs["1.3万亿元"].breakdown == "企业"
    assert obs["1.5亿吨"].breakdown is None  # 粮食 is a kind of thing, not a holder


def test_respectively_after_values_named_in_earlier_clauses():
    obs = _by_text(_run("全年完成货运量3.2亿吨，客运量1.1亿人次，分别增长4.1%和7.5%。"))
    assert obs["4.1%"].subject == "货运量"
    assert obs["7.5%"].subject == "客运量"


def test_cheng_xiang_lists_town_and_country():
    obs = _by_text(_run("城乡居民人均消费支出分别为3.1万元和1.9万元。"))
    assert (obs["1.9万元"].subject, obs["1.9万元"].breakdown) == ("农村居民人均消费支出", "农村")


def test_an_appositive_count_between_members_and_their_head():
    obs = _by_text(_run("电子信息、生物医药两大支柱产业营收分别增长12.1%和8.4%，收入比缩小至2.1。"))
    assert obs["8.4%"].subject == "生物医药营收"
    assert (obs["2.1"].subject, obs["2.1"].measure) == ("收入比", "level")


def test_progress_on_a_plan():
    raw = "前三季度完成年度计划投资的78%。新增就业3.2万人，完成年度目标任务的91%。完成技改投资"
    raw += "210亿元，完成年度计划的105%。"
    obs = _by_text(_run(raw))
    assert (obs["78%"].measure, obs["78%"].subject) == ("share", "年度计划投资")
    assert (obs["91%"].subject, obs["91%"].breakdown) == ("新增就业", "年度目标任务")
    assert (obs["105%"].measure, obs["105%"].breakdown) == ("level", "年度计划")


def test_first_two_months_and_a_forecast_year_that_frames_nothing_after_it():
    raw = (
        "2025年全市软件收入约900亿元。协会预计，今年软件收入将达1000亿元。全市已有逾20家企业"
        "出台数据制度。今年首两个月，软件出口额约8.6亿元。"
    )
    obs = _by_text(_run(raw, date(2026, 3, 20)))
    assert (obs["1000亿元"].kind, obs["1000亿元"].period_end) == ("target", date(2026, 12, 31))
    assert (obs["20家"].kind, obs["20家"].period_end) == ("actual", date(2025, 12, 31))
    assert obs["20家"].subject == "企业"
    assert obs["8.6亿元"].period_end == date(2026, 2, 28)


def test_a_bare_magnitude_after_a_cue_and_now_as_a_time_word():
    raw = (
        "力争到2028年全市算力产业规模突破千亿元，千户苗寨游客达到二百万人次。"
        "全省企业3000家，现在已经有五千多家。"
    )
    obs = _by_text(_run(raw))
    assert (obs["千亿元"].value, obs["千亿元"].qualifier) == (1e11, "over")
    assert "千户" not in " ".join(obs)
    assert obs["五千多家"].period_end is None


def test_price_release_phrasing():
    raw = (
        "2月份，全市居民消费价格同比上涨1.2%，涨幅比上月扩大0.2个百分点；环比上涨0.4%。其中，"
        "城市上涨1.1%，农村上涨1.5%。食品价格上涨2.6%，影响CPI上涨约0.48个百分点。"
        "鸡肉零售均价每公斤18.20元；菜籽油（5升桶装）每桶96.50元；汽油、柴油每吨分别下调"
        "150元和145元。工业生产者出厂价格同比下降1.8%，降幅比上月收窄0.3个百分点。"
    )
    obs = _by_text(_run(raw))
    assert obs["0.2个百分点"].subject.startswith("全市居民消费价格")
    assert obs["0.4%"].subject == "全市居民消费价格"
    assert (obs["1.5%"].subject, obs["1.5%"].breakdown) == ("全市居民消费价格", "农村")
    assert (obs["0.48个百分点"].subject, obs["0.48个百分点"].value) == ("食品价格", 0.48)
    assert (obs["18.20元"].unit, obs["18.20元"].subject) == ("元/公斤", "鸡肉零售均价")
    assert (obs["96.50元"].unit, obs["96.50元"].subject) == ("元/桶", "菜籽油")
    assert "5升" not in obs
    assert (obs["145元"].measure, obs["145元"].value, obs["145元"].unit) == (
        "change",
        -145,
        "元/吨",
    )
    assert obs["0.3个百分点"].value == 0.3  # a smaller fall


def test_spoken_comparisons_approximations_ages_and_ratios_to_one():
    raw = (
        "1—11月，全市工业增加值同比增长6.1%，比全国高0.5个百分点，比上半年加快了零点三个百分点；"
        "产值差不多是去年同期的一点五倍。28岁的店主说，城乡收入之比由2020年的2.6∶1缩小到2.1∶1。"
    )
    obs = _by_text(_run(raw, date(2025, 12, 20)))
    assert obs["0.5个百分点"].subject == "全市工业增加值"
    assert obs["零点三个百分点"].subject == "全市工业增加值"
    assert (obs["一点五倍"].measure, obs["一点五倍"].value) == ("growth", 50.0)
    assert obs["一点五倍"].period_end == date(2025, 11, 30)
    assert "28岁" not in obs
    assert (obs["2.6∶1"].value, obs["2.6∶1"].unit) == (2.6, None)
    assert obs["2.1∶1"].subject == "城乡收入之比"
    assert obs["2.1∶1"].period_end == date(2025, 11, 30)  # the paragraph’s 1—11月


def test_members_continue_a_parent_named_in_one_place():
    raw = (
        "其中，甲省完成收入980亿元，增长8.6%；乙省720亿元，增长9.1%；丙省、丁省分别完成"
        "510亿元和430亿元，分别增长7.7%和6.5%。"
    )
    obs = _by_text(_run("全国软件业务收入1.2万亿元。" + raw))
    assert obs["430亿元"].breakdown == "丁省"
    assert obs["6.5%"].breakdown == "丁省"


def test_segment_reports_of_an_annual_report():
    raw = (
        "电子元件业务实现收入12,345.67万元，同比增长6.5%，毛利率21.3%，同比减少0.4个百分点。"
        "全市完成投资80亿元。"
    )
    obs = _by_text(_run(raw))
    assert (obs["12,345.67万元"].subject, obs["12,345.67万元"].value) == (
        "电子元件业务收入",
        123456700.0,
    )
    assert obs["21.3%"].subject == "电子元件业务毛利率"
    assert (obs["0.4个百分点"].value, obs["0.4个百分点"].subject) == (-0.4, "电子元件业务毛利率")
    assert obs["80亿元"].subject == "全市完成投资"


def test_a_topic_clause_without_a_number_names_the_numbers_after_it():
    raw = (
        "明年我们考虑，工业投资增长8%左右。服务业增加值占地区生产总值的比重，今年预计在52.1%左右，"
        "明年要提高到53%以上。"
    )
    obs = _by_text(_run(raw, date(2025, 12, 18)))
    assert (obs["52.1%左右"].subject, obs["52.1%左右"].measure) == ("服务业增加值比重", "share")
    assert obs["52.1%左右"].period_end == date(2025, 12, 31)
    assert (obs["53%以上"].period_end, obs["53%以上"].kind) == (date(2026, 12, 31), "target")
    obs = _by_text(_run("明年规上工业增加值增长6.5%左右。全市工业投资增长7%。", date(2025, 12, 18)))
    assert obs["7%"].period_end is None  # 明年 framed its own sentence only


def test_partners_with_an_inclusion_note_go_on_to_the_next_inward_figure():
    raw = "其中，东盟国家（含通过部分自由港对华投资）对华新设企业1717家；对华直接投资114亿元。"
    obs = _by_text(_run(raw))
    assert (obs["1717家"].subject, obs["1717家"].breakdown) == ("新设企业", "东盟国家")
    assert (obs["114亿元"].subject, obs["114亿元"].breakdown) == ("对华直接投资", "东盟国家")


def test_taiwan_and_hong_kong_wording():
    raw = (
        "今年前三季大陸晶片產量達3,482億顆，年增21.3%；其中9月單月產量約412億顆，年增率18.6%。"
        "設備進口金額約1,865億元人民幣（約合新台幣8,200億元），年減7.8%。相關投資約新台幣1.87兆元。"
        "大陸算力總規模約310 EFLOPS。該公司第三季營收約人民幣826億元，季增9.4%。"
    )
    obs = _by_text(_run(raw, date(2026, 11, 6)))
    assert (obs["21.3%"].measure, obs["21.3%"].period_end) == ("growth", date(2026, 9, 30))
    assert obs["412亿颗"].subject == "大陆晶片单月产量"
    assert obs["8,200亿元"].subject == "设备进口金额"
    assert (obs["7.8%"].measure, obs["7.8%"].value) == ("growth", -7.8)
    assert (obs["1.87兆元"].value, obs["1.87兆元"].subject) == (1.87e12, "相关投资")
    assert (obs["310 EFLOPS"].unit, obs["310 EFLOPS"].value) == ("EFLOPS", 310)
    assert obs["826亿元"].period_end == date(2026, 9, 30)
    assert obs["9.4%"].measure == "growth"
    obs = _by_text(_run("全年营业收入120亿元，比上年增长7.2%。"))
    assert obs["7.2%"].measure == "growth"  # 上年增长 holds 年增, which is no verb there


def test_rows_of_a_table_flattened_to_text():
    raw = (
        "附表：2026年1—6月全市电子信息制造业主要指标\n指标 | 数值 | 同比\n"
        "营业收入（亿元） | 1520.4 | 8.8%\n其中：集成电路（亿元） | 312.0 | 15.1%\n"
        "从业人员（万人） | 12.3 | -1.2%\n"
    )
    obs = _run(raw, date(2026, 7, 20))
    # 其中：集成电路（亿元）: the part of the revenue above, in the unit its label glosses.
    assert [(o.subject, o.measure, o.value, o.unit) for o in obs] == [
        ("营业收入", "level", 152040000000.0, "元"),
        ("营业收入", "growth", 8.8, "%"),
        ("营业收入", "level", 31200000000.0, "元"),
        ("营业收入", "growth", 15.1, "%"),
        ("从业人员", "level", 123000.0, "人"),
        ("从业人员", "growth", -1.2, "%"),
    ]
    assert [o.breakdown for o in obs[2:4]] == ["集成电路", "集成电路"]
    assert {o.period_end for o in obs} == {date(2026, 6, 30)}


def test_a_holiday_span_of_days_frames_its_paragraphs():
    raw = (
        "2026年春节假期旅游市场综述\n"
        "2月15日至22日春节假期，全市市场平稳有序。全市共接待游客820万人次，按可比口径同比增长"
        "6.1%。入境游客恢复至2019年同期的108.5%。\n"
        "从客源看，省外游客占比41.2%。\n"
    )
    obs = _by_text(_run(raw, date(2026, 2, 24)))
    visitors = obs["820万人次"]
    assert (visitors.period_type, visitors.period_start, visitors.period_end) == (
        "days",
        date(2026, 2, 15),
        date(2026, 2, 22),
    )
    assert (visitors.kind, obs["6.1%"].subject) == ("actual", "全市共接待游客")
    recovered = obs["108.5%"]
    assert (recovered.measure, round(recovered.value, 6)) == ("growth", 8.5)
    assert recovered.period_end == date(2026, 2, 22)
    assert obs["41.2%"].period_end == date(2026, 2, 22)


def test_kinds_of_the_parent_under_qizhong_and_ordinal_runs_in_longer_lists():
    raw = (
        "第一、二、三产业和居民生活用电量占全社会用电量的比重分别为1.2%、60.1%、22.3%和16.4%。"
        "全省设备平均利用小时2650小时。其中，火电3318小时，比上年同期提高42小时。"
        "全省服务收入增长11.6%，其中软件服务、数据服务分别增长15.8%和13.4%。"
        "新办主体8万户，其中民营经济主体占96.8%。全省进出口额900亿元，其中出口600亿元。"
    )
    obs = _by_text(_run(raw))
    assert (obs["60.1%"].subject, obs["60.1%"].breakdown) == ("第二产业用电量", "第二产业")
    assert obs["16.4%"].subject == "居民生活用电量"
    assert (obs["3318小时"].subject, obs["3318小时"].breakdown) == ("全省设备平均利用小时", "火电")
    assert obs["42小时"].breakdown == "火电"
    assert (obs["13.4%"].subject, obs["13.4%"].breakdown) == ("全省服务收入", "数据服务")
    assert (obs["96.8%"].subject, obs["96.8%"].breakdown) == ("新办主体", "民营经济主体")
    assert obs["600亿元"].subject == "出口"


def test_acronyms_closing_a_subject_ranks_under_qizhong_and_about_before_a_currency():
    raw = (
        "数据中心平均电能利用效率（PUE）为1.31。新建省级以上研发平台27个，其中国家级4个。"
        "进口金额约186亿元人民币（约合新台币820亿元）。全年臭氧（O3）平均浓度140微克/立方米。"
    )
    obs = _by_text(_run(raw))
    assert obs["1.31"].subject == "数据中心平均电能利用效率（PUE）"
    assert (obs["4个"].subject, obs["4个"].breakdown) == ("新建省级以上研发平台", "国家级")
    assert (obs["820亿元"].qualifier, obs["820亿元"].subject) == ("about", "进口金额")
    assert obs["140微克/立方米"].subject == "臭氧平均浓度"


def test_rates_named_with_bili_lists_with_a_scope_averages_and_standards():
    raw = (
        "全年空气质量优良天数比例为91.2%，比上年提高1.1个百分点。截至9月底，全省养老、失业、"
        "工伤保险参保人数分别为3000万人、800万人和900万人。失业率前三季度平均为5.1%。"
        "细颗粒物平均浓度30微克/立方米，低于国家二级标准（35微克/立方米）。"
    )
    obs = _by_text(_run(raw))
    assert (obs["91.2%"].subject, obs["91.2%"].measure) == ("空气质量优良天数比例", "level")
    assert (obs["800万人"].subject, obs["800万人"].breakdown) == ("失业保险参保人数", "失业")
    assert obs["5.1%"].subject == "失业率"
    assert "35微克/立方米" not in obs


def test_a_list_of_one_statement_a_line_and_a_three_part_structure():
    raw = "\n".join(
        [
            "某县2025年统计年报（摘要）",
            "第一部分　综合经济",
            "地区生产总值：186.4亿元，增长5.6%",
            "第一产业增加值：21.2亿元，增长3.4%",
            "第二产业增加值：78.7亿元，增长6.8%",
            "第三产业增加值：86.5亿元，增长5.1%",
            "三次产业结构：11.4∶42.2∶46.4",
            "年末常住人口 28.6万人（比上年末减少0.3万人）",
            "城镇化率 58.7%（提高0.9个百分点）",
            "规上工业企业：112家（新增9家）",
            "规上工业增加值增长7.2%",
        ]
    )
    obs = _by_text(_run(raw, date(2026, 3, 20)))
    assert obs["186.4亿元"].period_end == date(2025, 12, 31)
    assert obs["21.2亿元"].subject == "第一产业增加值"
    assert [(obs[v].measure, obs[v].breakdown) for v in ("11.4", "42.2", "46.4")] == [
        ("share", "第一产业"),
        ("share", "第二产业"),
        ("share", "第三产业"),
    ]
    assert obs["58.7%"].subject == "城镇化率"


def test_customs_and_industry_release_phrasing():
    raw = (
        "城乡居民收入比：1.92（比上年缩小0.03）\n证券代码：600917\n"
        "同期，对东盟、日本进出口分别为852.3亿元、397.6亿元，分别增长4.3%、下降2.1%，"
        "分别占12.4%、5.8%。全省进口芯片86.3亿个，增加12.5%，价值302.7亿元，增长15.3%。"
        "全省数据中心机架总规模11.4万标准机架；平台连接工业设备达860万台套。"
        "数字经济核心产业增加值占比突破一成。"
    )
    obs = _by_text(_run(raw))
    assert (obs["1.92"].subject, obs["0.03"].value) == ("城乡居民收入比", -0.03)
    assert "600917" not in obs
    assert (obs["2.1%"].breakdown, obs["2.1%"].value) == ("日本", -2.1)
    assert obs["5.8%"].measure == "share"
    assert obs["302.7亿元"].subject == "全省进口芯片价值"
    assert (obs["11.4万标准机架"].unit, obs["860万台套"].unit) == ("标准机架", "台套")
    assert (obs["一成"].value, obs["一成"].qualifier) == (10.0, "over")


def test_months_as_list_members_targets_named_after_a_figure_and_kinds_in_the_parent_unit():
    raw = (
        "前三季度，全省城镇新增就业48.6万人，完成全年55万人目标任务的88.4%；再就业7.8万人。"
        "7月、8月、9月全省城镇调查失业率分别为5.3%、5.2%和5.0%，低于5.5%左右的年度调控目标。"
        "全省卫生机构床位21.2万张，其中医院16.8万张，乡镇卫生院2.1万张。"
    )
    obs = _by_text(_run(raw, date(2026, 10, 20)))
    assert (obs["55万人"].subject, obs["55万人"].kind) == ("全省城镇新增就业", "target")
    assert (obs["88.4%"].subject, obs["88.4%"].breakdown) == ("全省城镇新增就业", "目标任务")
    assert obs["7.8万人"].period_end == date(2026, 9, 30)  # 全年 named the target's span
    assert [obs[v].period_end for v in ("5.3%", "5.2%", "5.0%")] == [
        date(2026, 7, 31),
        date(2026, 8, 31),
        date(2026, 9, 30),
    ]
    assert (obs["5.5%左右"].kind, obs["5.5%左右"].subject) == ("target", "全省城镇调查失业率")
    assert (obs["2.1万张"].subject, obs["2.1万张"].breakdown) == ("全省卫生机构床位", "乡镇卫生院")


def test_spoken_changes_in_tenths_a_fall_to_a_level_and_the_size_of_a_built_thing():
    raw = (
        "今年前两个月线上订单又增长了四成左右，改造以后生产效率提高了三成左右，产品不良率"
        "从百分之三降到了百分之一点二。公司在县城建起了2.4万平方米的冷链仓库。"
    )
    obs = _by_text(_run(raw))
    assert (obs["四成左右"].subject, obs["四成左右"].measure) == ("线上订单", "growth")
    assert obs["三成左右"].subject == "生产效率"
    assert (obs["百分之一点二"].subject, obs["百分之一点二"].measure) == ("产品不良率", "level")
    assert obs["2.4万平方米"].subject == "冷链仓库"


def test_tab_separated_tables_with_period_columns_and_a_bracketed_report_year():
    raw = (
        "2026年10月全市经济运行主要指标\n指标名称\t本月\t1—10月\t同比增长(%)\n"
        "社会消费品零售总额（亿元）\t212.5\t2041.8\t5.2\n"
        "某省数字政府建设年度报告（2025）\n全省政务服务事项共9642项。\n"
    )
    obs = _run(raw, date(2026, 11, 15))
    table = [(o.value_text, o.measure, o.value, o.unit, o.period_type, o.period_end) for o in obs]
    assert table[:3] == [
        ("212.5", "level", 21250000000.0, "元", "month", date(2026, 10, 31)),
        ("2041.8", "level", 204180000000.0, "元", "year_to_date", date(2026, 10, 31)),
        # A growth column is of the column before it (1—10月).
        ("5.2", "growth", 5.2, "%", "year_to_date", date(2026, 10, 31)),
    ]
    assert obs[3].period_end == date(2025, 12, 31)


def test_kinds_cores_growth_breadth_and_milestones():
    raw = (
        "全省归集电子证照种类412类；vCPU资源18.6万核。38个行业大类中有29个行业增加值实现增长，"
        "增长面为76.3%。事项分为三类管理。"
    )
    obs = _by_text(_run(raw))
    assert (obs["412类"].unit, obs["18.6万核"].value) == ("类", 186000)
    assert (obs["76.3%"].measure, obs["76.3%"].subject) == ("share", "增长面")
    assert "三类" not in obs
    obs = _by_text(_run("全省规模以上工业增加值突破两万亿元大关。"))
    assert (obs["两万亿元"].value, obs["两万亿元"].qualifier) == (2e12, "over")


def test_a_report_edition_named_for_its_publication_year_reports_the_year_before():
    raw = "某研究院产业观察（2027年）\n\n测算的12个地区产业规模为3.4万亿元，同比增长6.1%。\n"
    obs = _run(raw.replace("产业观察", "产业白皮书"), date(2027, 8, 1))
    assert [(o.period_end, o.kind) for o in obs] == [(date(2026, 12, 31), "actual")] * 3
    obs = _run(raw.replace("产业观察", "产业报告"), date(2028, 3, 1))
    assert obs[1].period_end == date(2027, 12, 31)


def test_an_industry_that_achieved_a_figure_names_it_and_a_forecast_rate_is_a_growth():
    raw = (
        "2026年全县农产品加工业实现营业收入86.4亿元，同比增长7%左右，首次突破80亿元大关。"
        "全县规模以上工业企业实现利润总额9.2亿元。预计明年加工业营收增速将保持在6%至8%之间。"
    )
    obs = _by_text(_run(raw, date(2027, 2, 1)))
    assert obs["86.4亿元"].subject == "农产品加工业营业收入"
    assert obs["80亿元"].subject == "农产品加工业营业收入"
    assert (obs["9.2亿元"].subject, obs["9.2亿元"].breakdown) == ("利润总额", "规模以上工业企业")
    assert [(obs[v].measure, obs[v].kind) for v in ("6%", "8%")] == [("growth", "target")] * 2


def test_quarters_written_once_three_sectors_kinds_of_a_whole_and_exclusions():
    raw = (
        "2027年前三季度，全县生产总值912.4亿元，增长5.1%。三次产业增加值占比分别为8.2%、40.5%和"
        "51.3%。分季度看，一季度增长4.8%，二季度增长5.2%。一、二、三季度出口分别为30.1亿元、"
        "32.4亿元和35.0亿元。在网上零售额中，吃类商品增长12.1%，穿类商品下降2.3%。"
        "全县投资增长2.2%，扣除基础设施投资，全县投资增长3.4%。扣除价格因素，收入实际增长4.0%。"
    )
    obs = _by_text(_run(raw, date(2027, 10, 20)))
    assert [(obs[v].subject, obs[v].breakdown) for v in ("8.2%", "40.5%", "51.3%")] == [
        ("增加值", "第一产业"),
        ("增加值", "第二产业"),
        ("增加值", "第三产业"),
    ]
    assert [(obs[v].subject, obs[v].period_end) for v in ("4.8%", "5.2%")] == [
        ("全县生产总值", date(2027, 3, 31)),
        ("全县生产总值", date(2027, 6, 30)),
    ]
    assert [obs[v].period_end for v in ("30.1亿元", "32.4亿元", "35.0亿元")] == [
        date(2027, 3, 31),
        date(2027, 6, 30),
        date(2027, 9, 30),
    ]
    assert [(obs[v].subject, obs[v].breakdown) for v in ("12.1%", "2.3%")] == [
        ("网上零售额", "吃类商品"),
        ("网上零售额", "穿类商品"),
    ]
    assert (obs["2.2%"].breakdown, obs["3.4%"].breakdown) == (None, "扣除基础设施投资")
    assert obs["4.0%"].breakdown is None


def test_a_headline_past_year_and_a_bare_full_year_reported_early_mean_the_year_just_over():
    raw = (
        "某县去年农业总产值再创新高\n\n分区域看，东部乡镇产值41.2亿元。\n\n全年粮食产量18.6万吨。\n"
    )
    obs = _by_text(_run(raw, date(2027, 1, 18)))
    assert [(obs[v].period_end, obs[v].kind) for v in ("41.2亿元", "18.6万吨")] == [
        (date(2026, 12, 31), "actual")
    ] * 2
    obs = _by_text(_run("全年粮食产量18.6万吨。今年预期目标：粮食产量19万吨。", date(2027, 1, 18)))
    assert (obs["18.6万吨"].period_end, obs["18.6万吨"].kind) == (date(2026, 12, 31), "actual")
    assert (obs["19万吨"].period_end, obs["19万吨"].kind) == (date(2027, 12, 31), "target")


def test_news_wording_first_quarter_slowing_gaps_to_gdp_densities_and_signed_growth():
    raw = (
        "至今年6月底，园区累计注册企业2,480家，其中去年新增312家；今年首季再新增58家。"
        "今年首季，全县旅游收入按年增长8.4%，较去年全年放缓2.1个百分点。"
        "软件业增加值612亿元，增速高于GDP约5个百分点，占GDP比重升至7.5%。"
        "每万人拥有充电桩42个，每千人口执业医师3.2人。\n"
        "软件业营收：1,820亿元，+11.6%\n"
        "团队起步时只有十几人，如今已扩充至300多人，今年目标是再增长三成。"
    )
    obs = _by_text(_run(raw, date(2027, 7, 10)))
    assert (obs["312家"].measure, obs["312家"].period_end) == ("level", date(2026, 12, 31))
    assert obs["58家"].period_end == date(2027, 3, 31)
    assert (obs["2.1个百分点"].value, obs["2.1个百分点"].period_end) == (-2.1, date(2027, 3, 31))
    assert (obs["5个百分点"].measure, obs["7.5%"].subject) == ("pp_change", "软件业增加值")
    # 每万人拥有…42个: the unit as written; the density's 每万人 stays in the subject.
    assert (obs["42个"].unit, obs["42个"].subject) == ("个", "每万人拥有充电桩")
    assert (obs["11.6%"].measure, obs["11.6%"].subject) == ("growth", "软件业营收")
    assert (obs["十几人"].value, obs["十几人"].qualifier, obs["十几人"].subject) == (
        10,
        "over",
        "团队",
    )
    assert obs["300多人"].subject == "团队"
    assert (obs["三成"].measure, obs["三成"].kind) == ("growth", "target")
    assert "5+3" not in _by_text(_run("实施“5+3”计划。"))


def test_a_release_written_one_fact_per_line():
    raw = (
        "“数”读2026丨某区商务年度账单\n\n"
        "▲社会消费品零售总额\n86.2亿元\n完成年度目标的103%\n\n"
        "▲网络零售额\n控制在30亿元\n\n"
        "●限上餐饮、住宿企业营业额分别达\n5.1亿元、2.3亿元\n同比分别增长6.2%、4.4%\n"
        "●发放消费券3000万元\n惠及1.2万人\n"
        "咨询请拨打12315热线\n\n"
        "【2027，我们这样干】\n★社会消费品零售总额增长6%\n"
    )
    obs = _by_text(_run(raw, date(2027, 1, 12)))
    assert (obs["86.2亿元"].subject, obs["86.2亿元"].period_end) == (
        "社会消费品零售总额",
        date(2026, 12, 31),
    )
    assert obs["30亿元"].subject == "网络零售额"
    assert [(obs[v].subject, obs[v].breakdown) for v in ("5.1亿元", "6.2%", "4.4%")] == [
        ("限上餐饮企业营业额", "限上餐饮企业"),
        ("限上餐饮企业营业额", "限上餐饮企业"),
        ("住宿企业营业额", "住宿企业"),
    ]
    assert obs["1.2万人"].subject == obs["3000万元"].subject
    assert "12315" not in " ".join(obs)
    assert (obs["6%"].period_end, obs["6%"].kind) == (date(2027, 12, 31), "target")


def test_a_plan_table_with_category_and_number_columns_and_bounded_targets():
    raw = (
        "表2　某市“十五五”交通发展主要指标\n"
        "类别\t序号\t指标\t2025年\t2030年\t属性\n"
        "运输服务\t1\t公共交通出行分担率（%）\t46.5\t55\t预期性\n"
        "\t2\t港口货物吞吐量（万吨）\t8200\t9500\t预期性\n"
        "绿色低碳\t3\t新能源公交车占比（%）\t78.0\t≥95\t约束性\n"
    )
    obs = _run(raw, date(2026, 3, 1))
    got = [(o.value_text, o.subject, o.measure, o.value, o.qualifier, o.kind) for o in obs]
    assert got == [
        ("46.5", "公共交通出行分担率", "level", 46.5, "exact", "actual"),
        ("55", "公共交通出行分担率", "level", 55.0, "exact", "target"),
        ("8200", "港口货物吞吐量", "level", 82000000.0, "exact", "actual"),
        ("9500", "港口货物吞吐量", "level", 95000000.0, "exact", "target"),
        ("78.0", "新能源公交车占比", "share", 78.0, "exact", "actual"),
        ("≥95", "新能源公交车占比", "share", 95.0, "over", "target"),
    ]
    assert obs[1].period_end == date(2030, 12, 31)


def test_communique_tables_laid_out_with_spaces_two_year_averages_streaks_and_contributions():
    raw = (
        "指标　　　　　　单位　　　2026年　　比上年增长%\n"
        "地区生产总值　　亿元　　　2156.4　　6.1\n"
        "一季度，全县生产总值同比增长12.6%，两年平均增长4.1%。"
        "全年粮食总产量48.2万吨，连续6年稳定在45万吨以上。油料产量连续3年稳定在2万吨以上。"
        "第三产业增加值1100亿元，增长6.6%，对经济增长的贡献率为52.1%。"
        "全年平均降水量1120毫米，比常年偏少4.2%。"
    )
    obs = _by_text(_run(raw, date(2027, 4, 20)))
    assert (obs["2156.4"].value, obs["2156.4"].period_end) == (215640000000.0, date(2026, 12, 31))
    assert (obs["6.1"].measure, obs["6.1"].unit) == ("growth", "%")
    assert obs["4.1%"].subject == "全县生产总值"
    assert "45万吨以上" not in obs  # the floor of a streak, after the year's own figure
    assert (obs["2万吨以上"].subject, obs["2万吨以上"].qualifier) == ("油料产量", "over")
    assert obs["52.1%"].subject == "第三产业增加值对经济增长贡献率"
    assert (obs["1120毫米"].unit, obs["4.2%"].measure, obs["4.2%"].value) == (
        "毫米",
        "growth",
        -4.2,
    )


def test_roundtable_wording_counts_with_more_rates_in_tenths_and_parts_of_the_country():
    raw = (
        "全县已有两百多个智能工厂投产，覆盖纺织、食品等十多个行业。"
        "规模以上企业研发机构覆盖率达到七成左右，关键设备对外依存度仍在六成以上。"
        "全县跨境电商规模只有全国的0.8%左右。目前电商企业已超过1.1万家，比“十三五”末翻了一番。"
        "去年直播销售额约8亿元，今年有望达到20亿元，增长一倍半。"
        "出口占比可望从目前的约21%升至近30%。"
        "全县工业增加值增长6.1%，新增规模以上工业企业86家。"
    )
    obs = _by_text(_run(raw, date(2027, 3, 1)))
    assert (obs["两百多个"].value, obs["两百多个"].qualifier) == (200, "over")
    assert (obs["十多个"].value, obs["十多个"].subject) == (10, "行业")
    assert [(obs[v].measure, obs[v].value) for v in ("七成左右", "六成以上")] == [
        ("level", 70),
        ("level", 60),
    ]
    assert obs["六成以上"].subject == "关键设备对外依存度"
    assert (obs["0.8%左右"].measure, obs["0.8%左右"].subject) == ("share", "全县跨境电商规模")
    assert obs["翻了一番"].subject == "电商企业"
    assert [(obs[v].kind, obs[v].value) for v in ("20亿元", "一倍半")] == [
        ("target", 2e9),
        ("target", 150),
    ]
    assert (obs["21%"].kind, obs["30%"].kind) == ("actual", "target")
    assert obs["86家"].subject == "新增规模以上工业企业"


def test_a_group_listed_before_a_joint_total_and_sibling_revenue_shares():
    raw = (
        "大力发展直播电商、跨境电商等新业态，共实现交易额86.4亿元，占全县网络零售额的31.2%。"
        "农产品营收占电商总额的比重约为40%，工业产品约占52%。"
    )
    obs = _by_text(_run(raw))
    assert [(obs[v].subject, obs[v].breakdown) for v in ("86.4亿元", "31.2%")] == [
        ("交易额", "新业态"),
        ("交易额", "新业态"),
    ]
    assert (obs["52%"].subject, obs["52%"].breakdown) == ("工业产品营收", "工业产品")


def test_spoken_counts_in_total_and_some_tens_of_percent():
    obs = _by_text(_run("全市举办招聘会，一共一百五十多场。补贴资金已经拨付了百分之六十几。"))
    assert (obs["一百五十多场"].value, obs["一百五十多场"].qualifier) == (150, "over")
    assert (obs["百分之六十几"].value, obs["百分之六十几"].qualifier) == (60, "over")


def test_a_survey_reports_date_frames_the_findings_listed_after_it():
    raw = (
        "某市发布第五次居民数字生活调查报告\n"
        "《报告》显示，截至2027年3月，全市网民规模达820万人。\n"
        "一、手机网民规模为815万人，网络音频用户规模达410万人，使用率为50.0%。\n"
        "二、近三成网民每天使用智能音箱，人均每周上网时长为25.5个小时。"
    )
    obs = _by_text(_run(raw, date(2027, 5, 10)))
    assert {obs[v].period_end for v in ("820万人", "815万人", "50.0%", "三成")} == {
        date(2027, 3, 31)
    }
    assert (obs["50.0%"].subject, obs["50.0%"].breakdown) == ("使用率", "网络音频")
    assert (obs["三成"].measure, obs["三成"].subject) == ("share", "网民")
    assert (obs["25.5个小时"].unit, obs["25.5个小时"].value) == ("小时", 25.5)


def test_each_region_is_its_own_actor_and_keeps_its_rate_gap():
    raw = (
        "甲区实现营业收入320亿元，增长6.0%；乙区实现营业收入150亿元，增长9.5%，"
        "增速比全行业高2.4个百分点。"
    )
    obs = _by_text(_run(raw))
    assert [obs[v].breakdown for v in ("320亿元", "150亿元", "9.5%", "2.4个百分点")] == [
        "甲区",
        "乙区",
        "乙区",
        "乙区",
    ]
    assert obs["2.4个百分点"].subject == "营业收入增速"


def test_table_cells_bounded_in_words():
    raw = (
        "指标\t单位\t2026年\t2028年目标\n"
        "绿色电力占比\t%\t40.5\t60以上\n"
        "平均能耗系数\t—\t1.31\t1.25以下\n"
    )
    obs = _by_text(_run(raw))
    assert (obs["60以上"].value, obs["60以上"].qualifier, obs["60以上"].kind) == (
        60,
        "over",
        "target",
    )
    assert (obs["1.25以下"].value, obs["1.25以下"].qualifier) == (1.25, "under")


def test_lists_whose_members_were_named_before_the_values():
    raw = (
        "甲片区实现营业收入80亿元；乙片区实现营业收入50亿元；丙片区实现营业收入20亿元。"
        "三个地区营业收入占全区比重分别为53.3%、33.3%和13.3%。"
        "营业收入居前5位的企业合计实现营业收入60亿元。"
        "资金主要投向软件业、制造业和物流业，分别为6亿元、4亿元和2亿元。"
        "甲工程、乙工程、丙类项目新签合同额分别占40%、35%和25%。"
    )
    obs = _by_text(_run(raw))
    assert [obs[v].breakdown for v in ("53.3%", "33.3%", "13.3%")] == ["甲片区", "乙片区", "丙片区"]
    assert obs["53.3%"].subject == "营业收入"
    assert obs["60亿元"].breakdown == "营业收入居前5位的企业"
    assert [(obs[v].subject, obs[v].breakdown) for v in ("6亿元", "2亿元")] == [
        ("资金", "软件业"),
        ("资金", "物流业"),
    ]
    assert [obs[v].breakdown for v in ("40%", "25%")] == ["甲工程", "丙类项目"]
    assert obs["25%"].subject.endswith("新签合同额")


def test_classification_tables_ranked_members_and_kinds_of_a_population():
    raw = (
        "2026年末，全县共有个体工商户5.2万户。\n"
        "表3　按行业分组的个体工商户\n"
        "行业\t户数（万户）\t从业人员（万人）\t从业人员比2021年末增长（%）\n"
        "合计\t5.2\t9.8\t4.5\n"
        "零售业\t2.1\t3.6\t-1.2\n"
        "营业收入居前两位的行业是：零售业8.1亿元，占40.5%；餐饮业5.2亿元，占26.0%。\n"
        "2026年末，全县个体工商户中，零售业2.1万户，占40.4%。"
    )
    obs = _run(raw, date(2027, 3, 1))
    table = [o for o in obs if o.trace.get("value") == "table_cell"]
    assert [(o.subject, o.breakdown, o.measure, o.value, o.unit) for o in table] == [
        ("个体工商户", None, "level", 52000, "户"),
        ("从业人员", None, "level", 98000, "人"),
        ("从业人员", None, "growth", 4.5, "%"),
        ("个体工商户", "零售业", "level", 21000, "户"),
        ("从业人员", "零售业", "level", 36000, "人"),
        ("从业人员", "零售业", "growth", -1.2, "%"),
    ]
    assert {o.period_end for o in table} == {date(2026, 12, 31)}
    by_text = _by_text(obs)
    assert [(by_text[v].subject, by_text[v].breakdown) for v in ("8.1亿元", "26.0%")] == [
        ("营业收入", "零售业"),
        ("营业收入", "餐饮业"),
    ]
    assert (by_text["40.4%"].subject, by_text["40.4%"].breakdown) == ("全县个体工商户", "零售业")


def test_budget_paragraphs_headed_by_their_account():
    raw = (
        "（二）住房基金预算。收入预计42.50亿元，下降2.1%；支出安排47.80亿元。\n"
        "全县国有资本经营预算收入3.20亿元，完成预算的103.5%，增长8.2%；支出1.10亿元。"
    )
    obs = _by_text(_run(raw, date(2027, 1, 10)))
    assert [obs[v].subject for v in ("42.50亿元", "2.1%", "47.80亿元")] == [
        "住房基金预算收入",
        "住房基金预算收入",
        "住房基金预算支出",
    ]
    assert obs["103.5%"].subject == "全县国有资本经营预算收入"
    assert obs["8.2%"].subject == "全县国有资本经营预算收入"
    assert obs["1.10亿元"].subject == "全县国有资本经营预算支出"


def test_plan_outcomes_against_their_targets():
    raw = (
        "2026年计划确定全县生产总值预期增长6%左右，实际增长5.4%；"
        "工业增加值预期增长7%，实际完成7.6%。\n"
        "表1　2026年主要指标完成情况\n"
        "指标\t单位\t计划\t完成\n"
        "全县生产总值增长\t%\t6左右\t5.4\n"
        "单位产值能耗降低*\t%\t2\t2.6\n"
        "耕地保有量*\t万亩\t不低于120\t121.5\n"
        "1.新增普惠性托位600个；"
    )
    obs = _run(raw, date(2027, 1, 20))
    by_text = _by_text(obs)
    assert [(by_text[v].kind, by_text[v].measure) for v in ("6%左右", "5.4%", "7%", "7.6%")] == [
        ("target", "growth"),
        ("actual", "growth"),
        ("target", "growth"),
        ("actual", "growth"),
    ]
    table = [o for o in obs if o.trace.get("value") == "table_cell"]
    assert [(o.subject, o.measure, o.value, o.kind, o.qualifier) for o in table] == [
        ("全县生产总值", "growth", 6, "target", "about"),
        ("全县生产总值", "growth", 5.4, "actual", "exact"),
        ("单位产值能耗", "growth", -2, "target", "exact"),
        ("单位产值能耗", "growth", -2.6, "actual", "exact"),
        ("耕地保有量", "level", 1_200_000, "target", "over"),
        ("耕地保有量", "level", 1_215_000, "actual", "exact"),
    ]
    assert by_text["600个"].period_end == date(2026, 12, 31)


def test_members_with_their_figures_in_brackets_and_lists_set_apart_by_commas():
    raw = (
        "全市营业收入超过百亿元的园区有2个，分别为甲园区（180.5亿元）和乙园区（120.3亿元）。"
        "其中，纺织、服装和服饰业，木材加工业，家具制造业研发经费分别为3.2亿元、2.1亿元和1.5亿元，"
        "投入强度分别为1.1%、0.9%和0.8%。"
        "丙部门、丁部门经费所占比重分别为60.2%和39.8%。"
    )
    obs = _by_text(_run(raw))
    assert [(obs[v].subject, obs[v].breakdown) for v in ("180.5亿元", "120.3亿元")] == [
        ("全市营业收入", "甲园区"),
        ("全市营业收入", "乙园区"),
    ]
    assert [obs[v].breakdown for v in ("3.2亿元", "2.1亿元", "1.5亿元")] == [
        "纺织、服装和服饰业",
        "木材加工业",
        "家具制造业",
    ]
    assert [(obs[v].subject, obs[v].breakdown) for v in ("1.1%", "0.8%")] == [
        ("投入强度", "纺织、服装和服饰业"),
        ("投入强度", "家具制造业"),
    ]
    assert [(obs[v].subject, obs[v].breakdown) for v in ("60.2%", "39.8%")] == [
        ("丙部门经费", "丙部门"),
        ("丁部门经费", "丁部门"),
    ]


def test_a_paragraph_without_a_date_keeps_the_period_before_it():
    raw = (
        "2026年末，全县共有法人单位1.2万个。\n"
        "二、企业法人单位\n"
        "在企业法人单位中，私营企业1.05万个，占87.5%。"
    )
    obs = _by_text(_run(raw, date(2027, 3, 1)))
    assert {obs[v].period_end for v in ("1.2万个", "1.05万个", "87.5%")} == {date(2026, 12, 31)}


def test_months_listed_after_a_lead_and_kinds_under_a_summarised_topic():
    raw = (
        "前三季度，全市工业增加值同比增长6.0%。分月看，7月、8月分别增长5.1%和5.8%。"
        "八大类消费价格“四涨四降”，其中衣着类上涨1.2%，交通类下降2.3%。"
    )
    obs = _by_text(_run(raw, date(2026, 10, 20)))
    assert [(obs[v].subject, obs[v].period_end) for v in ("5.1%", "5.8%")] == [
        ("全市工业增加值", date(2026, 7, 31)),
        ("全市工业增加值", date(2026, 8, 31)),
    ]
    assert [(obs[v].subject, obs[v].breakdown) for v in ("1.2%", "2.3%")] == [
        ("八大类消费价格", "衣着类"),
        ("八大类消费价格", "交通类"),
    ]


def test_counts_of_a_whole_that_did_something():
    obs = _by_text(
        _run(
            "纳入考核的30项指标中，27项完成或超额完成，3项未达预期。受访的200家企业中，120家为盈利状态。"
        )
    )
    assert [(obs[v].subject, obs[v].breakdown) for v in ("27项", "3项", "120家")] == [
        ("指标", "完成或超额完成"),
        ("指标", "未达预期"),
        ("企业", "盈利状态"),
    ]


def test_ranked_lists_regions_written_once_and_units_written_once():
    raw = (
        "专利授权量居前三位的城市依次为甲市、乙市和丙市，分别授权2.1万件、1.6万件和0.9万件。"
        "东、中、西部地区业务量比重分别为70.1%、18.2%和11.7%。"
        "中部、西部地区收入增速分别高于全国平均水平1.3和2.2个百分点。"
        "软件收入增长11.0%，高出全行业整体水平0.8个百分点。"
    )
    obs = _by_text(_run(raw))
    assert [(obs[v].subject, obs[v].breakdown) for v in ("2.1万件", "0.9万件")] == [
        ("专利授权量", "甲市"),
        ("专利授权量", "丙市"),
    ]
    assert [obs[v].breakdown for v in ("70.1%", "18.2%", "11.7%")] == [
        "东部地区",
        "中部地区",
        "西部地区",
    ]
    assert (obs["1.3"].unit, obs["1.3"].measure, obs["1.3"].breakdown) == (
        "个百分点",
        "pp_change",
        "中部地区",  # the 地区 written once, on the last member
    )
    assert obs["0.8个百分点"].subject == "软件收入"


def test_spoken_comparisons_and_units_of_compute_and_transport():
    raw = (
        "去年澄江省社零增长3.7%，岭北省是4.2%。东部地区收入增长6.6%，西部地区为5.9%。"
        "其中民营企业占了八成五。五年前是两万九千元出头。"
        "城镇化率比全国平均水平还低将近五个百分点。"
        "全市社零总额头一回突破了1.2万亿元。"
        "聚合读写带宽超过10TB/s，时延低于2ms；日均装车1.2万车，每周航班860班。"
    )
    obs = _by_text(_run(raw))
    assert (obs["4.2%"].subject, obs["4.2%"].breakdown, obs["4.2%"].measure) == (
        "社零",
        "岭北省",
        "growth",
    )
    assert obs["5.9%"].measure == "growth"
    assert (obs["八成五"].value, obs["两万九千元出头"].qualifier) == (85, "over")
    assert (obs["五个百分点"].value, obs["五个百分点"].qualifier) == (-5, "under")
    assert obs["1.2万亿元"].subject == "全市社零总额"
    assert [(obs[v].unit, obs[v].qualifier) for v in ("10TB/s", "2ms", "1.2万车", "860班")] == [
        ("TB/s", "over"),
        ("ms", "under"),
        ("车", "exact"),
        ("班", "exact"),
    ]
    assert obs["2ms"].subject == "时延"


def test_the_value_a_change_starts_from_has_the_year_it_starts_in():
    raw = (
        "2025年全市经济运行情况\n"
        "五年来，全市研发投入强度从1.9%提高到2.4%，科技企业从3200家增加到5100家。"
        "地区生产总值由2020年的4100亿元增加到5600亿元。"
    )
    obs = _by_text(_run(raw, date(2026, 1, 20)))
    assert [obs[v].period_end for v in ("1.9%", "2.4%", "3200家", "5100家", "4100亿元")] == [
        date(2020, 12, 31),
        date(2025, 12, 31),
        date(2020, 12, 31),
        date(2025, 12, 31),
        date(2020, 12, 31),
    ]


def test_a_look_back_inside_a_section_about_this_year_frames_its_sentence_only():
    raw = (
        "二、2027年主要目标和重点工作\n"
        "安排市级重点项目800个。去年全市重点项目完成投资2100亿元。举办促消费活动600场以上。"
    )
    obs = _by_text(_run(raw, date(2027, 1, 15)))
    assert [obs[v].period_end for v in ("800个", "2100亿元", "600场以上")] == [
        date(2027, 12, 31),
        date(2026, 12, 31),
        date(2027, 12, 31),
    ]


def test_infographic_cards_headline_kickers_and_taiwan_forms():
    raw = (
        "数说2026｜某省经济年报出炉\n"
        "【3.2万亿元】\n"
        "经济总量再上台阶\n"
        "全省地区生产总值32105.6亿元，增长5.1%。\n"
        "▍工业｜稳中有进\n"
        "【6.8%】\n"
        "规模以上工业增加值增长6.8%，其中12月份增长7.0%。\n"
        "雲端產業衝破2兆人民幣，AI算力年增逾3成，佔比近7成。每萬人約擁有35座5G基地台。"
    )
    obs = _by_text(_run(raw, date(2027, 1, 28)))
    assert (obs["3.2万亿元"].subject, obs["3.2万亿元"].period_end) == (
        "全省地区生产总值",
        date(2026, 12, 31),
    )
    assert (obs["6.8%"].measure, obs["7.0%"].period_end) == ("growth", date(2026, 12, 31))
    assert (obs["2兆人民币"].value, obs["2兆人民币"].unit, obs["2兆人民币"].qualifier) == (
        2e12,
        "元",
        "over",
    )
    assert [(obs[v].measure, obs[v].value) for v in ("3成", "7成")] == [
        ("growth", 30),
        ("share", 70),
    ]
    assert obs["35座"].subject == "每万人5G基地台"


def test_multiples_of_another_quantity_measure_methods_and_glossed_classes():
    raw = (
        "核心产业增加值达到820.5亿元，按现价计算比上年增长8.2%。"
        "研发投入强度为2.1%，是全部企业平均水平的1.6倍；专利数是2021年的2.5倍。"
        "全市生产总值超过200亿元的县（市、区）有4个。"
    )
    obs = _by_text(_run(raw))
    assert obs["8.2%"].subject == "核心产业增加值"
    assert (obs["1.6倍"].measure, obs["1.6倍"].unit, obs["1.6倍"].value) == ("level", "倍", 1.6)
    assert (obs["2.5倍"].measure, obs["2.5倍"].value) == ("growth", 150)
    assert (obs["4个"].subject, obs["4个"].breakdown) == ("县（市、区）", "全市生产总值超过200亿元")


def test_rates_of_good_days_and_waters_are_levels():
    obs = _by_text(_run("全年空气质量优良天数比例达到88.1%，国考断面水质优良比例保持96.0%。"))
    assert [obs[v].measure for v in ("88.1%", "96.0%")] == ["level", "level"]


def test_regions_scope_their_half_sentence_and_a_whole_named_in_the_clause():
    raw = (
        "与去年同期相比，东部地区业务量比重下降0.8个百分点，业务收入比重下降0.5个百分点；"
        "中部地区业务量比重上升0.6个百分点，业务收入比重上升0.3个百分点。"
        "38个工业大类行业中有30个实现增长。"
    )
    obs = _by_text(_run(raw))
    assert [obs[v].breakdown for v in ("0.5个百分点", "0.3个百分点")] == ["东部地区", "中部地区"]
    assert (obs["30个"].subject, obs["30个"].breakdown) == ("工业大类行业", "实现增长")


def test_a_line_of_bars_alone_is_no_table():
    assert _run("|\n｜\n| |") == []


def test_tenths_with_a_tenth_in_digits():
    obs = _by_text(_run("台资企业逾1800家，其中相关企业约620家，约占3成4。"))
    assert (obs["3成4"].measure, obs["3成4"].value) == ("share", 34)


def test_grant_ceilings_service_names_and_related_links_are_not_statistics():
    raw = (
        "对新认定的省级、市级智能工厂分别给予最高150万元、80万元奖励。"
        "全市24小时政务服务热线共受理诉求2.3万件。\n"
        "相关新闻\n"
        "· 一季度全市新设企业1.2万户　2027-04-16\n"
        "全年发放消费券1.1亿元。"
    )
    texts = [o.value_text for o in _run(raw)]
    assert texts == ["2.3万件", "1.1亿元"]


def test_quarters_and_halves_as_companies_write_them_and_growth_columns():
    raw = (
        "公司Q3营收5.2亿元，同比增长41.0%；H1营收8.6亿元。H1N1病例3例。\n"
        "附表　2027年9月主要指标\n"
        "指标名称\t计量单位\t9月\t比上年同期增长（%）\n"
        "业务量\t亿件\t12.5\t9.8\n"
    )
    obs = _by_text(_run(raw, date(2027, 10, 20)))
    assert [obs[v].period_end for v in ("5.2亿元", "41.0%", "8.6亿元")] == [
        date(2027, 9, 30),
        date(2027, 9, 30),
        date(2027, 6, 30),
    ]
    assert (obs["9.8"].measure, obs["9.8"].period_end, obs["9.8"].kind) == (
        "growth",
        date(2027, 9, 30),
        "actual",
    )


def test_spoken_gaps_in_points():
    raw = "服务零售额增长8%，比商品零售额增速快了差不多三个百分点；占比比上年提高了两个多百分点。"
    obs = _by_text(_run(raw))
    assert (obs["三个百分点"].value, obs["三个百分点"].qualifier) == (3, "about")
    assert (obs["两个多百分点"].unit, obs["两个多百分点"].qualifier) == ("个百分点", "over")


def test_spoken_speakers_and_ba_objects_are_no_part_of_a_subject():
    raw = (
        "前五个月全区接待游客六百二十万人次左右，中秋我们预计能突破两百万人次。"
        "二是提升便利度，到年底前把企业网上办税比例提高到百分之九十五。"
        "明年我们计划新建充电桩800个。"
    )
    obs = _by_text(_run(raw, date(2029, 6, 10)))
    assert obs["两百万人次"].subject == "全区接待游客"
    assert obs["两百万人次"].trace["subject"] == "inherited"
    assert obs["百分之九十五"].subject == "企业网上办税比例"
    assert obs["800个"].subject.endswith("充电桩")
    assert "我们" not in obs["800个"].subject


def test_this_years_figures_reported_as_done_are_actuals_and_totals_count_what_was_put_on():
    raw = (
        "今年以来，全县组织了“家电焕新”惠民活动，一共九十多场，发放消费券3200万元。"
        "今年全县将新建充电桩600个。"
        "某交易所截至9月底今年新挂牌数据产品512个。"
    )
    obs = _by_text(_run(raw, date(2031, 10, 8)))
    assert (obs["九十多场"].subject, obs["九十多场"].kind) == ("家电焕新惠民活动", "actual")
    assert obs["3200万元"].kind == "actual"
    # An actual of a year not over runs to the day of publication, as the warehouse requires.
    assert (obs["3200万元"].period_type, obs["3200万元"].period_end) == (
        "year_to_date",
        date(2031, 10, 8),
    )
    assert obs["600个"].kind == "target"
    assert obs["512个"].period_end == date(2031, 9, 30)


def test_same_period_paragraphs_densities_of_the_count_before_and_spoken_topics():
    raw = (
        "今年前三季度全区软件业收入810亿元，增长9.0%。\n"
        "网络方面，同期全区累计建成5G基站3.6万个，每万人约拥有29个；实际使用外资2.1亿美元。\n"
        "家电这一块呢，出口增长了两成。"
    )
    obs = _by_text(_run(raw, date(2032, 10, 30)))
    assert obs["3.6万个"].period_end == date(2032, 9, 30)
    density = obs["29个"]
    assert ("5G基站" in density.subject, density.qualifier) == (True, "about")
    assert density.subject.startswith("每万人")
    assert obs["2.1亿美元"].subject.endswith("实际使用外资")
    assert obs["两成"].subject == "家电出口"


def test_tables_of_members_with_quantity_columns_a_total_row_and_row_subheadings():
    raw = (
        "附表　2031年某省主要作物播种面积和产量\n"
        "指标\t播种面积（万亩）\t总产量（万吨）\n"
        "全年作物\t620.5\t210.4\n"
        "按品种分：\n"
        "1.甲作物\t300.1\t120.2\n"
        "表1　2031年某省数字经济核心产业增加值\n"
        "指标\t绝对额（亿元）\t比上年增长（%）\t占比（%）\n"
        "数字经济核心产业增加值\t820.0\t8.0\t100.0\n"
        "01数字产品制造业\t300.0\t6.5\t36.6\n"
    )
    obs = _run(raw, date(2032, 3, 1))
    crop = next(o for o in obs if o.value_text == "120.2")
    assert (crop.subject, crop.breakdown, crop.unit, crop.value) == (
        "总产量",
        "甲作物",
        "吨",
        1.202e6,
    )
    part = {o.value_text: o for o in obs if o.breakdown == "数字产品制造业"}
    assert part["300.0"].subject == "数字经济核心产业增加值"
    assert (part["300.0"].value, part["300.0"].unit) == (3e10, "元")
    assert (part["6.5"].measure, part["36.6"].measure) == ("growth", "share")


def test_ranked_members_siblings_in_manufacturing_and_restated_shares():
    raw = (
        "分地区看，软件业务收入居前三位的是甲市、乙市和丙市，分别为31.6亿元、18.2亿元和5.7亿元。"
        "其中，甲制造、乙制造增加值分别增长6.5%和11.9%，丙制造下降2.1%。"
        "服务业增加值占地区生产总值的比重为50.4%，比上年提高0.6个百分点，首次突破50%。"
    )
    obs = _by_text(_run(raw))
    assert (obs["18.2亿元"].subject, obs["18.2亿元"].breakdown) == ("软件业务收入", "乙市")
    assert (obs["2.1%"].subject, obs["2.1%"].breakdown) == ("丙制造增加值", "丙制造")
    assert (obs["50%"].measure, obs["50%"].qualifier) == ("share", "over")


def test_population_survey_units_gaps_and_bases():
    raw = (
        "人口自然增长率为-1.20‰，比上年下降0.21个千分点。"
        "户籍人口城镇化率为48.10%，低于常住人口城镇化率11.20个百分点。"
        "人口性别比（以女性为100）为103.5。"
        "15岁及以上人口平均受教育年限为9.86年，比上年提高0.11年。"
        "每10万人中具有大学文化程度的由15010人上升为15320人。"
    )
    obs = _by_text(_run(raw))
    assert (obs["0.21个千分点"].measure, obs["0.21个千分点"].value) == ("pp_change", -0.21)
    assert obs["11.20个百分点"].subject == "户籍人口城镇化率"
    assert "100" not in obs
    assert (obs["9.86年"].unit, obs["0.11年"].measure) == ("年", "change")
    assert obs["15320人"].measure == "level"
    assert obs["15010人"].subject.endswith("大学文化程度")


def test_yields_per_unit_of_area_and_changes_restated_in_other_units():
    raw = (
        "全省粮食播种面积620.5万亩，比上年增加12.6万亩（8.4千公顷）。"
        "全省粮食单产402.3公斤/亩，每亩比上年增加3.2公斤，增长0.8%。"
    )
    obs = _by_text(_run(raw))
    assert (obs["8.4千公顷"].measure, obs["8.4千公顷"].value) == ("change", 8400)
    assert obs["3.2公斤"].subject == "全省粮食单产"
    assert obs["0.8%"].subject == "全省粮食单产"


def test_infographic_figures_set_above_their_labels():
    raw = (
        "首页 > 政务公开 > 图文解读\n\n一图读懂｜政府工作报告\n\n"
        "【2030年成绩单】\n\n"
        "512.5亿元\n地区生产总值　增长5.6%\n总量居全省第5位\n\n"
        "6.9%\n规模以上工业增加值增速\n\n"
        "46830元　21260元\n城镇、农村常住居民人均可支配收入\n\n"
        "●基本养老保险参保人数\n12.4万人\n参保率96.3%，比上年提高0.8个百分点\n"
    )
    obs = _by_text(_run(raw, date(2031, 1, 28)))
    assert (obs["512.5亿元"].subject, obs["512.5亿元"].period_end) == (
        "地区生产总值",
        date(2030, 12, 31),
    )
    assert (obs["6.9%"].subject, obs["6.9%"].measure) == ("规模以上工业增加值", "growth")
    assert (obs["21260元"].subject, obs["21260元"].breakdown) == (
        "农村常住居民人均可支配收入",
        "农村",
    )
    assert obs["12.4万人"].subject == "基本养老保险参保人数"


def test_blank_lines_part_paragraphs_unless_the_text_is_double_spaced():
    assert "\n" in normalise("数据\n\n6328.5亿元\n地区生产总值").text.split("亿元")[0]
    double = "".join(f"第{i}行的文字在这里继续写\n\n" for i in range(12))
    assert normalise(double).text.count("\n") < 3


def test_economists_rates_forecasts_ranges_and_basis_points():
    raw = (
        "3月份，全国甲增加值同比增长6.1%，较1—2月的5.8%加快0.3个百分点，此前一致预期仅为5.7%。"
        "某人预计，二季度乙指数同比增速将回落至4.6%—4.9%区间，丙投资降幅或收窄至6%左右。"
        "二季度可能降准25—50个基点，政策利率下调10个基点。"
        "4月16日10年期国债收益率上行3个基点至1.71%。名义GDP同比增长3.4%，折合年化增速约5.1%。"
    )
    obs = _by_text(_run(raw, date(2029, 4, 17)))
    assert [obs[v].measure for v in ("5.8%", "5.7%")] == ["growth", "growth"]
    assert obs["5.7%"].subject == "全国甲增加值"
    assert obs["0.3个百分点"].subject == "全国甲增加值"
    assert [(obs[v].measure, obs[v].subject) for v in ("4.6%", "4.9%")] == [
        ("growth", "乙指数")
    ] * 2
    assert (obs["6%左右"].value, obs["6%左右"].subject) == (-6, "丙投资")
    assert (obs["50个基点"].subject, obs["50个基点"].value, obs["50个基点"].unit) == (
        "降准",
        -50,
        "个基点",
    )
    assert (obs["1.71%"].subject, obs["1.71%"].measure) == ("10年期国债收益率", "level")
    assert obs["3.4%"].subject == "名义GDP"
    assert obs["5.1%"].subject == "名义GDP"


def test_a_holiday_or_event_named_again_takes_the_span_it_was_given():
    raw = (
        "记者获悉，春节假期（2月11日至18日），全县企业实现销售额1.20亿元。\n"
        "2月14日上午10点，古镇当天接待游客3.1万人次。\n"
        "据统计，假期全县共接待游客76.5万人次，占上年假期的110%。\n"
        "1月15日至2月8日，我县举办首届年货节。年货节期间全县实现网络零售额2.05亿元。\n"
    )
    obs = _by_text(_run(raw, date(2030, 2, 20)))
    assert "10点" not in obs
    assert obs["3.1万人次"].period_end == date(2030, 2, 14)
    assert obs["76.5万人次"].period_end == date(2030, 2, 18)
    assert obs["76.5万人次"].subject == "全县共接待游客"
    assert obs["2.05亿元"].period_end == date(2030, 2, 8)


def test_work_report_reviews_thresholds_of_classes_and_plan_table_brackets():
    raw = (
        "一般公共预算收入18.3亿元，同口径增长4.2%。新开工标准厂房36万平方米，竣工交付21.5万平方米。"
        "村集体经济收入合计382万元，村均27.3万元；其中，年收入50万元以上的村达到2个，"
        "30万元至50万元的村4个。拦截诈骗电话1260万次，咨询请拨打12345服务热线。"
        "建成3个万卡级智算集群。预计行业规模可再增长两成，到2030年规模有望增长一倍。\n"
        "指标\t单位\t2020年\t2025年目标\t2022年\n"
        "单位地区生产总值能源消耗降低\t%\t—\t〔13.5〕\t〔4.8〕\n"
    )
    obs = _by_text(_run(raw, date(2023, 1, 10)))
    assert obs["4.2%"].subject == "一般公共预算收入"
    assert obs["21.5万平方米"].subject.endswith("标准厂房")
    assert obs["27.3万元"].subject == "村均"
    assert not {"50万元", "30万元"} & set(obs)
    assert (obs["1260万次"].unit, "12345" in obs) == ("次", False)
    assert (obs["3个"].value, obs["3个"].unit) == (3, "个")
    assert obs["一倍"].subject == obs["两成"].subject == "行业规模"
    target = obs["13.5"]
    assert (target.value, target.kind, target.period_end) == (-13.5, "target", date(2025, 12, 31))


def test_spoken_ranges_and_remarks_under_infographic_figures():
    obs = _run("“平时一天能卖两三百单，最多的一天卖了五百多单。”", date(2030, 2, 1))
    spoken = [(o.value, o.range_bound) for o in obs if o.value_text == "两三百单"]
    assert spoken == [(200, "lower"), (300, "upper")]
    raw = (
        "首页 > 政务公开 > 图文解读\n\n一图读懂｜政府工作报告\n\n【2030年成绩单】\n\n"
        "512.5亿元\n地区生产总值　增长5.6%\n总量跃居全省第5位\n\n"
        "6.9%\n规模以上工业增加值增速\n\n"
        "46830元　21260元\n城镇、农村常住居民人均可支配收入\n"
    )
    growth = _by_text(_run(raw, date(2031, 1, 28)))["6.9%"]
    assert (growth.subject, growth.measure) == ("规模以上工业增加值", "growth")


def test_magnitudes_after_cues_shares_in_words_starts_of_changes_and_kinds_rising():
    raw = (
        "区内外资企业已逾千家。其中四成以上的企业分布在县城。其中一半以上是返乡的大学生。"
        "本地观众占了一半左右。2030年，城乡居民收入比由上年的2.31缩小至2.26。"
        "八大类商品和服务价格同比“四涨一平三降”。商标平均审查周期压减至4.2个月，连续5个月下降。"
    )
    obs = _by_text(_run(raw, date(2031, 2, 20)))
    assert (obs["千家"].value, obs["千家"].qualifier) == (1000, "over")
    assert (obs["四成以上"].subject, obs["四成以上"].measure) == ("企业", "share")
    assert obs["一半以上"].subject == "大学生"
    assert (obs["一半左右"].subject, obs["一半左右"].value) == ("本地观众", 50)
    assert (obs["2.31"].value, obs["2.31"].period_end) == (2.31, date(2029, 12, 31))
    assert [(obs[v].value, obs[v].breakdown) for v in ("四涨", "一平", "三降")] == [
        (4, "上涨"),
        (1, "持平"),
        (3, "下降"),
    ]
    assert (obs["4.2个月"].unit, obs["4.2个月"].subject) == ("个月", "商标平均审查周期")
    assert "5个月" not in obs


def test_relative_clauses_keep_de_anaphors_take_the_quantity_named_and_verbs_alone_inherit():
    raw = (
        "实现归属于上市公司股东的净利润3.2亿元；经营活动产生的现金流量净额4.1亿元。"
        "二〇二〇年，全省机器人产量还不足六百台；去年，这一数字已是九千多台。"
        "核心产业增加值占比为7.4%，全国这个比重是10%左右。"
        "中欧班列累计开行2600列，其中去年开行720列。1—11月，居民消费价格与上年同期持平。"
    )
    obs = _by_text(_run(raw, date(2031, 3, 1)))
    assert obs["3.2亿元"].subject.endswith("归属于上市公司股东的净利润")
    assert obs["4.1亿元"].subject == "经营活动产生的现金流量净额"
    assert obs["九千多台"].subject == "全省机器人产量"
    assert (obs["10%左右"].subject, obs["10%左右"].breakdown) == ("核心产业增加值", "全国")
    assert "中欧班列" in obs["720列"].subject
    assert obs["持平"].subject == "居民消费价格"


def test_interview_questions_asides_and_undated_headlines_take_their_periods():
    raw = (
        "全省数字经济规模突破2万亿\n\n"
        "2030年，全省数字经济规模达2.1万亿元，增长9.0%。\n\n"
        "记者：去年全省外贸表现如何？\n\n甲：去年全省进出口总额3385亿元，增长5.1%。\n\n"
        "记者：今年外贸形势怎么看？\n\n"
        "甲：力争进出口增长3%左右，进出口总额力争达到3500亿元（上年为3385亿元），出口增长4%以上。\n"
    )
    obs = _by_text(_run(raw, date(2031, 2, 10)))
    assert obs["2万亿"].period_end == date(2030, 12, 31)
    assert (obs["3%左右"].period_end, obs["3%左右"].kind) == (date(2031, 12, 31), "target")
    assert obs["4%以上"].period_end == date(2031, 12, 31)


def test_a_member_the_sentence_opens_with_carries_to_its_later_short_measures():
    raw = (
        "全年甲类学校招生3.6万人，在校生11.2万人，毕业生3.1万人；"
        "乙类学校招生、在校生、毕业生分别为2.2万人、6.8万人和2.0万人。"
        "丙作物产量210.5万吨，增长1.2%，单产402.6公斤/亩。"
        "丁行业R&D经费41.7亿元，投入强度为2.31%。"
        "地区生产总值增长5.1%，规模以上工业增加值增长6.0%，社会消费品零售总额增长4.2%。"
    )
    obs = _by_text(_run(raw, date(2031, 2, 1)))
    assert [(obs[v].subject, obs[v].breakdown) for v in ("11.2万人", "3.1万人")] == [
        ("在校生", "甲类学校"),
        ("毕业生", "甲类学校"),
    ]
    assert [obs[v].breakdown for v in ("6.8万人", "2.0万人")] == ["乙类学校", "乙类学校"]
    assert (obs["402.6公斤/亩"].subject, obs["402.6公斤/亩"].breakdown) == ("单产", "丙作物")
    # An intensity names the quantity it is of, the member's with it.
    assert obs["2.31%"].subject == "丁行业R&D经费投入强度"
    # Whole indicators named one after another are no member's measures.
    assert obs["4.2%"].breakdown is None


def test_infographic_sections_share_labels_category_labels_and_slashed_pairs():
    raw = (
        "一图读懂甲市数字经济\n\n"
        "01\n总体情况\n\n"
        "742.6亿元\n核心产业增加值\n同比增长9.4%\n\n"
        "10.3%\n占全市GDP比重\n比上年提高0.4个百分点\n\n"
        "02\n分类情况\n\n"
        "乙类制造业\n301.2亿元\n增长10.8%\n\n"
        "03\n新型基础设施\n\n"
        "超2.4万个\n累计建成5G基站\n\n"
        "1.6EFLOPS\n算力总规模\n\n"
        "31家/95个\n智能工厂/数字化车间\n\n"
        "往期推荐\n甲市这8个项目入选省重点项目\n"
    )
    obs = _by_text(_run(raw, date(2031, 2, 1)))
    assert obs["742.6亿元"].subject == "核心产业增加值"
    assert (obs["10.3%"].measure, obs["10.3%"].subject) == ("share", "核心产业增加值")
    assert obs["0.4个百分点"].subject == "核心产业增加值"
    assert (obs["301.2亿元"].subject, obs["301.2亿元"].breakdown) == (
        "乙类制造业增加值",
        "乙类制造业",
    )
    assert (obs["2.4万个"].subject, obs["2.4万个"].qualifier) == ("建成5G基站", "over")
    assert obs["1.6EFLOPS"].subject == "算力总规模"
    assert (obs["31家"].subject, obs["95个"].subject) == ("智能工厂", "数字化车间")
    assert "8个" not in obs  # the title of another article


def test_headline_verbs_hong_kong_bases_growth_targets_and_estimates_of_a_past_year():
    raw = (
        "甲地去年GDP增4.2%\u3000出口按年增1.5%\n\n"
        "首季GDP按年增長4.0%，第四季按季增長1.1%。\n\n"
        "市場預期當局會把今年經濟增長目標定在「4.5%左右」。\n\n"
        "年初确定的八件实事全部完成：新增学位2100个。全年地区生产总值预计增长4.3%；"
        "固定资产投资增长0.8%，扣除房地产开发投资后增长5.2%。\n"
    )
    obs = _by_text(_run(raw, date(2031, 1, 20)))
    assert (obs["4.2%"].measure, obs["4.2%"].subject) == ("growth", "甲地GDP")
    assert (obs["1.5%"].measure, obs["1.5%"].value, obs["1.5%"].subject) == (
        "growth",
        1.5,
        "出口",
    )
    assert obs["4.0%"].subject == "GDP"
    assert "按季" not in obs["1.1%"].subject
    assert (obs["4.5%左右"].measure, obs["4.5%左右"].kind) == ("growth", "target")
    assert obs["2100个"].period_end == date(2030, 12, 31)
    assert (obs["4.3%"].kind, obs["4.3%"].period_end) == ("actual", date(2030, 12, 31))
    assert (obs["5.2%"].subject, obs["5.2%"].breakdown) == ("固定资产投资", "扣除房地产开发投资")


def test_briefs_are_dated_by_their_datelines_and_headlines_by_the_figure_restated():
    raw = (
        "甲市数据交易所揭牌\n\n"
        "本报讯（记者 赵一）10月9日，甲市数据交易所揭牌运营，首批挂牌数据产品88个。"
        "今年以来，全市数据要素市场交易额累计突破21亿元。一共签约了三十个左右的数商。\n\n"
        "国庆期间网络零售额增长9%\n\n"
        "本报讯（通讯员 钱二）记者从市商务局获悉，10月1日至7日国庆期间，全市网络零售额"
        "同比增长9%，比上年多了1.2亿元。\n"
    )
    obs = _by_text(_run(raw, date(2031, 10, 12)))
    assert obs["88个"].period_end == date(2031, 10, 9)
    assert (obs["21亿元"].kind, obs["21亿元"].period_end) == ("actual", date(2031, 10, 12))
    assert obs["三十个左右"].subject == "数商"
    assert obs["三十个左右"].kind == "actual"
    headline, body = (o for o in _run(raw, date(2031, 10, 12)) if o.value_text == "9%")
    assert headline.period_end == body.period_end == date(2031, 10, 7)
    assert (obs["1.2亿元"].measure, obs["1.2亿元"].value) == ("change", 1.2e8)


def test_dated_quantity_columns_growth_columns_and_lists_named_in_clauses_before():
    raw = (
        "表1　甲省网民各类应用用户规模和使用率\n"
        "应用\t2030年12月用户规模（万人）\t2030年12月使用率\t2031年6月用户规模（万人）"
        "\t2031年6月使用率\t增长率\n"
        "即时通信\t4120\t97.1%\t4205\t97.6%\t2.1%\n\n"
        "乙市、丙市软件业务收入超过千亿元，分别达到1620亿元和1105亿元。"
        "全省共有平台企业860家，其中，电商平台210家，出行平台96家，分别增长8.2%和11.5%。\n"
    )
    obs = _by_text(_run(raw, date(2031, 8, 20)))
    assert (obs["4120"].subject, obs["4120"].breakdown, obs["4120"].value) == (
        "用户规模",
        "即时通信",
        4.12e7,
    )
    assert (obs["97.6%"].subject, obs["97.6%"].period_end) == ("使用率", date(2031, 6, 30))
    assert (obs["2.1%"].measure, obs["2.1%"].subject) == ("growth", "用户规模")
    assert [obs[v].breakdown for v in ("1620亿元", "1105亿元")] == ["乙市", "丙市"]
    assert obs["860家"].subject == "平台企业"
    assert [obs[v].breakdown for v in ("8.2%", "11.5%")] == ["电商平台", "出行平台"]


def test_industries_set_apart_by_commas_assets_totals_and_a_bare_contribution_rate():
    raw = (
        "其中，批发和零售业，住宿和餐饮业，水利、环境和公共设施管理业增加值分别增长6.1%、4.2%和"
        "3.3%。企业法人单位资产总计12.6万亿元。甲类制造业增加值增长9.4%，拉动规上工业增长2.1个"
        "百分点，贡献率达31.5%。\n"
    )
    obs = _by_text(_run(raw, date(2031, 3, 1)))
    assert [obs[v].breakdown for v in ("6.1%", "4.2%", "3.3%")] == [
        "批发和零售业",
        "住宿和餐饮业",
        "水利、环境和公共设施管理业",
    ]
    assert obs["12.6万亿元"].subject.endswith("资产总计")
    assert obs["31.5%"].subject == "甲类制造业增加值贡献率"


def test_resolve_words_leave_the_subject_and_a_rate_named_after_the_figure_is_a_growth():
    raw = "下半年要确保全年经济增长4.5%左右，需要保持4.2%左右的增长；出口力争实现3%的增幅。\n"
    obs = _by_text(_run(raw, date(2031, 7, 20)))
    assert (obs["4.5%左右"].subject, obs["4.5%左右"].kind) == ("经济", "target")
    assert (obs["4.2%左右"].measure, obs["4.2%左右"].kind) == ("growth", "target")
    assert obs["3%"].measure == "growth"


def test_progress_on_a_yearly_target_plans_made_at_new_year_and_five_year_start_values():
    raw = (
        "2030年前三季度，全省城镇新增就业41.3万人，完成全年目标任务的82.6%。\n\n"
        "2030年，年初安排省重点项目860个，年度计划投资4200亿元，实际完成4388亿元。\n\n"
        "五年累计完成投资9.6万亿元，甲港货物吞吐量由2.1亿吨增加到3.05亿吨。\n\n"
        "按照上年价格计算的电信业务总量同比增长8.8%。\n"
    )
    obs = _by_text(_run(raw, date(2031, 1, 20)))
    assert (obs["82.6%"].kind, obs["82.6%"].period_end) == ("actual", date(2030, 9, 30))
    assert obs["860个"].period_end == date(2030, 12, 31)
    assert obs["2.1亿吨"].period_end == date(2025, 12, 31)
    assert obs["3.05亿吨"].period_end == date(2030, 12, 31)
    assert obs["8.8%"].subject == "电信业务总量"


def test_counted_kinds_after_a_list_and_a_quantity_that_turned():
    raw = "甲、乙两大产业分别增长16.2%和21.4%。制造业投资增长9.9%；民间投资由降转增，增长0.7%。\n"
    obs = _by_text(_run(raw, date(2031, 7, 25)))
    assert [(obs[v].subject, obs[v].breakdown) for v in ("16.2%", "21.4%")] == [
        ("甲产业", "甲"),
        ("乙产业", "乙"),
    ]
    assert obs["0.7%"].subject == "民间投资"


def test_index_tables_growth_tables_cjk_years_and_falls_given_as_rates():
    raw = (
        "二○三○年第四季甲地生產總值按年實質上升2.6%。\n\n"
        "附表　2030年10月份3个城市住宅销售价格指数\n"
        "\t新建住宅\t\t二手住宅\n"
        "城市\t环比（上月=100）\t同比（上年同月=100）\t环比（上月=100）\t同比（上年同月=100）\n"
        "甲市\t100.3\t98.7\t99.6\t95.1\n\n"
        "表1　主要开支组成部分的按年实质增减率（%）\n"
        "\t2028年\t2029年\t2030年\n"
        "私人消费开支\t0.7\t-0.4\t1.3\n\n"
        "全省出口降幅为3.1%。其他城市二手住宅销售价格环比平均下降0.4%。\n"
    )
    obs = _by_text(_run(raw, date(2031, 2, 3)))
    assert obs["2.6%"].period_end == date(2030, 12, 31)
    assert (obs["100.3"].subject, obs["100.3"].breakdown) == ("新建住宅环比指数", "甲市")
    assert (obs["98.7"].measure, obs["98.7"].unit, obs["98.7"].period_end) == (
        "level",
        None,
        date(2030, 10, 31),
    )
    assert obs["95.1"].subject == "二手住宅同比指数"
    assert (obs["-0.4"].measure, obs["-0.4"].unit, obs["-0.4"].period_end) == (
        "growth",
        "%",
        date(2029, 12, 31),
    )
    assert obs["1.3"].period_end == date(2030, 12, 31)
    assert obs["3.1%"].value == -3.1
    assert obs["0.4%"].subject == "其他城市二手住宅销售价格"


def test_monthly_tables_with_point_columns_ranks_sub_rows_and_row_periods():
    raw = (
        "表1　全省主要经济指标（2030年1—10月）\n"
        "指标\t单位\t绝对值\t比上年同期增长（%）\t比1—9月加快（+）或回落（-）（百分点）\n"
        "规模以上工业增加值\t亿元\t—\t6.1\t-0.3\n"
        "进出口总额\t亿元\t5210.4\t3.8\t-0.2\n"
        "其中：出口\t亿元\t3402.5\t6.6\t0.4\n"
        "进口\t亿元\t1807.9\t-1.1\t-0.7\n"
        "工业企业营业收入（1—9月）\t亿元\t30211.6\t4.4\t—\n"
        "居民消费价格指数（上年同期=100）\t—\t100.2\t—\t—\n\n"
        "表2　各市主要指标增速及位次（2030年1—10月）\n"
        "市\t规模以上工业增加值增速（%）\t位次\n"
        "甲市\t7.4\t2\n"
    )
    obs = _by_text(_run(raw, date(2030, 11, 20)))
    assert (obs["6.1"].measure, obs["6.1"].kind, obs["6.1"].period_end) == (
        "growth",
        "actual",
        date(2030, 10, 31),
    )
    assert (obs["-0.3"].measure, obs["-0.3"].unit) == ("pp_change", "个百分点")
    assert (obs["1807.9"].subject, obs["1807.9"].breakdown) == ("进出口总额", "进口")
    assert obs["30211.6"].period_end == date(2030, 9, 30)
    assert (obs["100.2"].subject, obs["100.2"].period_end) == (
        "居民消费价格指数",
        date(2030, 10, 31),
    )
    assert obs["7.4"].breakdown == "甲市"
    assert "2" not in obs  # a rank


def test_spoken_units_gaps_with_qualifiers_and_start_values_of_the_year_before():
    raw = "算力总规模从前年的2.1个EFLOPS提升到去年的4.6个。规上企业比前年多了将近二百家。\n"
    obs = _by_text(_run(raw, date(2031, 2, 10)))
    assert (obs["2.1个EFLOPS"].unit, obs["2.1个EFLOPS"].subject) == ("EFLOPS", "算力总规模")
    assert obs["4.6个"].subject == "算力总规模"
    assert (obs["二百家"].measure, obs["二百家"].qualifier) == ("change", "under")


def test_lists_of_size_classes_are_members_not_statistics():
    raw = (
        "10月份，6个城市新建住宅80平方米及以下、80—120平方米和120平方米以上面积段销售价格"
        "环比分别下降0.4%、0.2%和0.1%。\n\n附注\n1.按建筑面积分为80平方米及以下、80—120平方米、"
        "120平方米以上三类。\n"
    )
    obs = _run(raw, date(2031, 11, 17))
    assert [(o.value, o.breakdown) for o in obs] == [
        (-0.4, "80平方米及以下"),
        (-0.2, "80—120平方米"),
        (-0.1, "120平方米以上"),
    ]
    assert all("新建住宅" in o.subject for o in obs)


def test_a_benchmark_figure_in_an_aside_is_the_benchmarks_and_the_gap_after_it_is_lower():
    raw = "全省数字经济规模占GDP比重为31.4%，仍低于全国平均水平（40.2%）8.8个百分点。\n"
    obs = _by_text(_run(raw, date(2031, 2, 10)))
    assert (obs["40.2%"].breakdown, obs["40.2%"].subject) == ("全国", "数字经济规模")
    assert (obs["8.8个百分点"].value, obs["8.8个百分点"].subject) == (-8.8, "全省数字经济规模")


def test_ten_of_a_magnitude_and_a_multiple_after_de_are_numbers():
    raw = "高端人才缺口在十万人左右。甲类基站数量是三年前的两倍。\n"
    obs = _by_text(_run(raw, date(2031, 2, 10)))
    assert (obs["十万人左右"].value, obs["十万人左右"].qualifier) == (100000, "about")
    assert (obs["两倍"].measure, obs["两倍"].value) == ("growth", 100)


def test_plan_report_targets_named_after_a_figure_are_growths_of_that_year_only():
    raw = (
        "2030年，甲省地区生产总值8123.4亿元，增长5.6%，高于5.5%左右的预期目标，其中乙产业增加值"
        "增长9.1%。城镇新增就业31.2万人，为年度目标30万人的104.0%；城镇调查失业率为5.1%，"
        "低于5.8%左右的控制目标。"
    )
    obs = _by_text(_run(raw, date(2031, 1, 20)))
    aimed = obs["5.5%左右"]
    assert (aimed.measure, aimed.kind, aimed.subject) == ("growth", "target", "甲省地区生产总值")
    assert aimed.period_end == date(2030, 12, 31)
    assert obs["9.1%"].kind == "actual"
    assert (obs["30万人"].subject, obs["30万人"].kind) == ("城镇新增就业", "target")
    assert obs["104.0%"].kind == "actual"
    jobless = [o for o in _run(raw, date(2031, 1, 20)) if o.subject == "城镇调查失业率"]
    assert [(o.measure, o.kind) for o in jobless] == [("level", "actual"), ("level", "target")]


def test_mid_term_review_items_take_their_run_in_heading_and_standing_words_are_no_subjects():
    raw = (
        "二、分领域指标完成情况\n"
        "1.每万人拥有5G基站数。2020年5.1个，2023年28.4个，已超过2030年目标值25个。\n"
        "2.甲乙产业增加值占地区生产总值比重。2020年7.6%，2023年10.2%；2030年目标12%。\n"
        "3.固定资产投资。《规划》目标为“十五五”时期累计完成3100亿元，2026—2028年累计完成"
        "1702.5亿元。\n"
    )
    obs = _by_text(_run(raw, date(2029, 4, 10)))
    assert {obs[t].subject for t in ("5.1个", "28.4个", "25个")} == {"每万人拥有5G基站数"}
    assert (obs["25个"].kind, obs["28.4个"].kind) == ("target", "actual")
    assert obs["12%"].subject == "甲乙产业增加值占地区生产总值比重"
    assert (obs["12%"].kind, obs["12%"].period_end) == ("target", date(2030, 12, 31))
    assert obs["1702.5亿元"].kind == "actual"


def test_verbs_of_cutting_and_their_objects():
    raw = (
        "全市上线集成办理事项58项，平均减少环节61%、减少材料49%。政务服务事项平均办理时限由"
        "20个工作日压缩至6个工作日，压缩70%。到2030年，办理时限在现有基础上再压缩10%。"
    )
    obs = _by_text(_run(raw))
    steps = obs["61%"]
    assert (steps.subject, steps.measure, steps.value) == ("环节", "growth", -61)
    assert (obs["49%"].subject, obs["49%"].value) == ("材料", -49)
    assert (obs["70%"].measure, obs["70%"].value) == ("growth", -70)
    assert obs["70%"].subject == obs["6个工作日"].subject
    assert (obs["10%"].subject, obs["10%"].value, obs["10%"].kind) == ("办理时限", -10, "target")


def test_a_charts_year_axis_left_in_a_text_layer_dates_nothing():
    raw = (
        "甲省新能源汽车产量（万辆）\n2027年2028年2029年2030年数据来源：甲省统计局\n"
        "全省现有电池企业47家。"
    )
    obs = _by_text(_run(raw, date(2031, 3, 2)))
    assert obs["47家"].period_end is None


def test_a_table_laid_out_one_cell_a_line_is_read_as_a_table_of_members():
    raw = "\n".join(
        [
            "表3  2030年甲省分领域收入情况",
            "领域",
            "收入（亿元）",
            "同比增长（%）",
            "占比（%）",
            "软件产品",
            "3421",
            "10.2",
            "22.4",
            "信息技术服务",
            "10367",
            "12.3",
            "67.8",
            "合计",
            "15286",
            "11.4",
            "100.0",
            "资料来源：甲省工业和信息化厅。",
        ]
    )
    obs = _run(raw, date(2031, 3, 2))
    services = {o.measure: o for o in obs if o.breakdown == "信息技术服务"}
    # The short column 收入 is the title's quantity: 甲省's revenue, by field.
    assert services["level"].subject == "甲省收入" and services["level"].value == 1.0367e12
    assert (services["growth"].value, services["share"].value) == (12.3, 67.8)
    assert {o.subject for o in obs} == {"甲省收入"}
    assert len(obs) == 9


def test_a_one_cell_a_line_table_whose_units_sit_under_their_names_with_a_rank_column():
    raw = "\n".join(
        [
            "表5  2030年甲市分区数据中心情况",
            "地区",
            "4K机房",
            "（个）",
            "机架数",
            "（架）",
            "机架数名次",
            "东城区",
            "12",
            "3400",
            "2",
            "西城区",
            "15",
            "5200",
            "1",
            "注：名次按机架数排列。",
        ]
    )
    obs = _run(raw, date(2031, 3, 2))
    west = {o.subject: o for o in obs if o.breakdown == "西城区"}
    assert (west["4K机房"].value, west["4K机房"].unit) == (15, "个")
    assert (west["机架数"].value, west["机架数"].unit) == (5200, "架")
    assert len(obs) == 4  # the rank column holds no statistic


def test_an_amount_in_two_magnitudes_is_one_amount():
    obs = _run("甲省软件收入2兆3,150亿元，乙县财政收入1亿2500万元，2031年完成。", date(2032, 3, 1))
    assert [(o.value_text, o.value, o.unit) for o in obs] == [
        ("2兆3,150亿元", 2.315e12, "元"),
        ("1亿2500万元", 1.25e8, "元"),
    ]


def test_staff_numbers_are_no_start_of_a_span_of_years():
    (growth, staff) = _run("2024—2030年年均增长7.5%；从业人员12.4万人。", date(2031, 3, 2))
    assert growth.period_end == date(2030, 12, 31)
    assert staff.period_end == date(2030, 12, 31)


def test_macau_patacas_are_a_currency():
    (revenue,) = _run("乙澳电讯总收益为3.41亿澳门元。", date(2031, 3, 2))
    assert (revenue.value, revenue.unit) == (3.41e8, "澳门元")


def test_previous_readings_and_forecasts_in_a_newsflash():
    raw = (
        "【甲指标】9月份，甲类零售总额同比增长4.6%，前值5.4%，预期5.1%；环比增长0.21%。\n"
        "9月份，乙类指数为49.8%，前值为50.1%。\n"
        "9月末，丙类余额29.47万亿元，同比增长7.9%，低于预期的8.0%。"
    )
    obs = _by_text(_run(raw, date(2030, 10, 20)))
    prior, forecast = obs["5.4%"], obs["5.1%"]
    assert (prior.subject, prior.measure, prior.kind) == ("甲类零售总额", "growth", "actual")
    assert prior.period_end == date(2030, 8, 31)
    assert (forecast.measure, forecast.kind, forecast.period_end) == (
        "growth",
        "target",
        date(2030, 9, 30),
    )
    assert obs["0.21%"].kind == "actual"
    assert (obs["50.1%"].measure, obs["50.1%"].period_end) == ("level", date(2030, 8, 31))
    assert (obs["8.0%"].measure, obs["8.0%"].kind) == ("growth", "target")


def test_what_will_be_done_is_a_target():
    obs = _by_text(_run("假期期间，全市将发放消费券300万元，推出活动120余项。"))
    assert obs["300万元"].kind == "target" and obs["120余项"].kind == "target"
    assert _by_text(_run("全县将近九成的村通了公交，共有112个村。"))["112个"].kind == "actual"


def test_a_figure_above_a_label_naming_only_the_rate_is_a_growth_of_the_card():
    raw = (
        "【经济总量】\n\n2318.6亿元\n全市地区生产总值\n\n5.2%\n按不变价格计算，同比增长\n\n"
        "比全省高0.3个百分点"
    )
    obs = _by_text(_run(raw, date(2031, 1, 20)))
    assert (obs["5.2%"].measure, obs["5.2%"].subject) == ("growth", "全市地区生产总值")
    assert obs["0.3个百分点"].subject == "全市地区生产总值"


def test_members_ending_in_one_classifier_share_the_noun_after_the_last():
    obs = _by_text(_run("甲类、乙类和其他类产品分别占41.2%、35.5%和23.3%。"))
    assert (obs["41.2%"].breakdown, obs["41.2%"].subject) == ("甲类", "甲类产品")
    assert obs["23.3%"].breakdown == "其他类"
    obs = _by_text(_run("国有、民营和外资企业分别增长3.1%、5.2%和1.8%。"))
    assert [obs[v].breakdown for v in ("3.1%", "5.2%", "1.8%")] == ["国有", "民营", "外资"]
    raw = "在网上零售额中，吃类、穿类和用类商品分别增长9.2%、3.1%和5.4%。"
    obs = _by_text(_run(raw))
    assert {obs[v].subject for v in ("9.2%", "3.1%", "5.4%")} == {"网上零售额"}
    assert obs["5.4%"].breakdown == "用类"


def test_small_rules_of_releases_on_new_kinds_of_things():
    raw = (
        "截至6月底，全省累计建成数字化车间812个、智能工厂203个，其中上半年新认定分别为64个和25个。"
        "目前，全省已有三十款大模型通过备案，一年多时间里增加了十二款。全省大模型日均调用量超过900亿"
        "Tokens。算力券按照不超过合同金额30%的比例予以补助。即办件占比41.5%。"
    )
    obs = _by_text(_run(raw, date(2030, 7, 20)))
    assert obs["64个"].subject.endswith("数字化车间") and obs["25个"].subject == "智能工厂"
    assert (obs["十二款"].subject, obs["十二款"].measure) == ("大模型", "change")
    assert obs["900亿Tokens"].unit == "Tokens"
    assert "30%" not in obs
    assert obs["41.5%"].subject == "即办件"


def test_drags_losses_and_shares_named_in_an_item_heading():
    raw = "全省投资增长2.1%，主要是甲类投资下降9.6%，下拉全部投资增速约1.8个百分点。"
    drag = _by_text(_run(raw))["1.8个百分点"]
    assert (drag.subject, drag.value) == ("甲类投资", -1.8)
    loss = _by_text(_run("规上工业企业中有31家亏损，亏损面为15.2%。"))["15.2%"]
    assert loss.measure == "share"
    raw = (
        "3.甲产业增加值占地区生产总值比重。2026年7.1%，2028年9.4%。\n"
        "4.单位地区生产总值能耗降低。《规划》目标为“十五五”累计下降13%，2026—2028年累计下降6.1%。"
    )
    obs = _by_text(_run(raw, date(2029, 4, 10)))
    assert obs["7.1%"].measure == obs["9.4%"].measure == "share"
    assert obs["13%"].subject == obs["6.1%"].subject == "单位地区生产总值能耗降低"


def test_pdf_layer_debris_periods_listed_before_and_flattened_footnote_marks():
    raw = (
        "2030年，甲省规模以上工业2增加值增长6.1%，规模以上企业①超3.2万家。分季度看，一季度、"
        "上半年、前三季度和全年，全省规模以上工业增加值分别增长5.2%、5.5%、5.8%和6.1%。"
    )
    obs = _run(raw, date(2031, 1, 27))
    assert obs[0].subject == "甲省规模以上工业增加值" and obs[1].subject == "规模以上企业"
    quarters = [o.period_end for o in obs[2:]]
    assert quarters == [date(2030, 3, 31), date(2030, 6, 30), date(2030, 9, 30), date(2030, 12, 31)]


def test_this_year_is_not_the_goal_year_named_later_nor_last_years_comparison():
    raw = (
        "按照计划，今年全市跨境电商进出口额力争突破120亿元，海外仓达到20个以上；到2032年，培育"
        "企业40家。目前，园区入驻企业九百多家，去年同期还不到六百家。一季度，园区实现交易额"
        "二十一点五亿元。"
    )
    obs = _by_text(_run(raw, date(2030, 4, 23)))
    assert obs["120亿元"].period_end == obs["20个以上"].period_end == date(2030, 12, 31)
    assert obs["40家"].period_end == date(2032, 12, 31)
    assert obs["二十一点五亿元"].period_end == date(2030, 3, 31)


def test_spoken_answers_last_years_same_period_topics_and_tenths_with_more():
    raw = (
        "一季度，甲市规上工业增加值增长6.1%。乙类汽车一个季度二百多万辆，去年同期是一百六十万辆左右，"
        "增长了三成多。丙类整机企业，现在大概有一百二十家。一家做泵阀的企业，产品不良率从百分之三"
        "降到了百分之一点五。"
    )
    obs = _by_text(_run(raw, date(2030, 4, 20)))
    assert obs["二百多万辆"].subject == "乙类汽车"
    assert obs["一百六十万辆左右"].period_end == date(2029, 3, 31)
    more = obs["三成多"]
    assert (more.period_end, more.qualifier, more.measure) == (date(2030, 3, 31), "over", "growth")
    assert obs["一百二十家"].subject == "丙类整机企业"
    assert obs["百分之一点五"].subject == "产品不良率"


def test_a_web_table_with_period_groups_over_repeated_columns_and_row_groups():
    raw = "\n".join(
        [
            "附表：2030年10月份甲省社会消费品零售总额主要数据",
            "指标\t10月\t\t1—10月\t",
            "\t绝对额（亿元）\t同比增长（%）\t绝对额（亿元）\t同比增长（%）",
            "社会消费品零售总额\t1186.4\t3.8\t10417.3\t4.6",
            "按经营地分\t\t\t\t",
            "城镇\t1002.5\t3.6\t8796.8\t4.4",
            "按消费类型分\t\t\t\t",
            "餐饮收入\t156.8\t6.9\t1357.9\t7.1",
            "商品零售\t1029.6\t3.4\t9059.4\t4.3",
        ]
    )
    obs = _by_text(_run(raw, date(2030, 11, 16)))
    assert (obs["1186.4"].subject, obs["1186.4"].period_type) == ("社会消费品零售总额", "month")
    ytd = obs["10417.3"]
    assert (ytd.period_type, ytd.period_end, ytd.value) == (
        "year_to_date",
        date(2030, 10, 31),
        1.04173e12,
    )
    assert (obs["8796.8"].subject, obs["8796.8"].breakdown) == ("社会消费品零售总额", "城镇")
    assert obs["1357.9"].subject == "餐饮收入"
    assert (obs["9059.4"].subject, obs["9059.4"].breakdown) == ("社会消费品零售总额", "商品零售")


def test_a_year_a_span_runs_from_dates_nothing_after_it():
    raw = "甲集群自2026年启动建设以来，已累计落地项目43个。截至4月底，集群在用标准机架达28.6万架。"
    obs = _by_text(_run(raw, date(2030, 5, 20)))
    assert obs["43个"].period_end is None
    assert obs["28.6万架"].period_end == date(2030, 4, 30)


def test_a_budget_table_under_a_unit_line_broken_by_a_page_and_budget_terms():
    raw = "\n".join(
        [
            "表1  2030年一般公共预算主要收入项目完成情况",
            "单位：万元",
            "收入项目",
            "预算数",
            "完成数",
            "比上年增长%",
            "一般公共预算收入",
            "82900",
            "86200",
            "4.3",
            "- 1 -",
            "\f其中：增值税",
            "32000",
            "33126",
            "3.1",
            "契税",
            "5200",
            "4413",
            "-11.6",
            "收支平衡情况：一般公共预算收入8.62亿元，加上上级补助收入15.84亿元、上年结转0.66亿元，"
            "收入总计25.12亿元。",
        ]
    )
    obs = _by_text(_run(raw, date(2031, 1, 9)))
    done = obs["33126"]
    assert (done.breakdown, done.value, done.unit, done.kind) == (
        "增值税",
        3.3126e8,
        "元",
        "actual",
    )
    assert obs["32000"].kind == "target"
    assert (obs["-11.6"].measure, obs["-11.6"].breakdown) == ("growth", "契税")
    assert obs["15.84亿元"].subject == "上级补助收入"
    assert (obs["0.66亿元"].subject, obs["0.66亿元"].period_end) == ("上年结转", date(2030, 12, 31))
    assert obs["25.12亿元"].subject == "收入总计"


def test_a_share_of_the_whole_column_is_the_share_of_the_quantity_column_before_it():
    raw = (
        "表1　2030年1—9月各设区市软件业务收入情况\n"
        "地区\t软件业务收入（亿元）\t同比增长（%）\t占全省比重（%）\n"
        "甲市\t2817.6\t13.4\t57.9\n乙市\t842.3\t12.8\t17.3"
    )
    share = _by_text(_run(raw, date(2030, 10, 20)))["57.9"]
    assert (share.subject, share.breakdown, share.measure) == ("软件业务收入", "甲市", "share")


def test_relative_gaps_in_percent_and_share_labels_under_figures():
    obs = _by_text(_run("平均用电价格约0.41元/千瓦时，比东部地区低25%以上。"))
    assert (obs["25%以上"].measure, obs["25%以上"].value) == ("growth", -25)
    raw = (
        "数说\n（数据截至2030年4月底）\n41个\n数据中心项目\n18.2EFLOPS\n算力总规模\n"
        "58.4%\n智能算力占比"
    )
    obs = _by_text(_run(raw))
    assert obs["58.4%"].measure == "share"


def test_a_pure_number_on_a_card_takes_its_label_and_a_table_cell_does_not():
    raw = (
        "数说\n（数据截至2030年4月底）\n18.2EFLOPS\n算力总规模\n62.1%\n智能算力占比\n1.19\n"
        "平均PUE\n846亿元\n核心产业营收"
    )
    obs = _by_text(_run(raw, date(2030, 5, 20)))
    assert obs["1.19"].subject == "平均PUE" and obs["846亿元"].subject == "核心产业营收"
    cells = _by_text(
        _run("主要农产品产量增速（%）\n粮食\n2.1\n油料\n1.8\n水果\n3.1", date(2031, 2, 1))
    )
    assert "1.8" not in cells


def test_a_share_in_words_inside_a_quoted_slogan_is_no_statistic():
    raw = "上半年，全省城镇新增就业41.2万人，实现“时间过半、任务过半”；外贸企业中一半以上实现增长。"
    obs = _by_text(_run(raw, date(2030, 7, 20)))
    assert "过半" not in obs and obs["一半以上"].measure == "share"
