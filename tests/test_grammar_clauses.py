"""Clauses, enumerations, subjects and measures: the rules one by one."""

import pytest

from pipelines.extract import clauses as cl
from pipelines.extract import measures, subjects
from pipelines.extract.numbers import lex


def test_clauses_split_and_parenthetical_asides():
    text = "年末民用汽车保有量35268万辆（包括低速货车694万辆），比上年末增加1651万辆。"
    parts = [(text[c.start : c.end], c.aside) for c in cl.clauses(text, 0, len(text))]
    assert ("包括低速货车694万辆", True) in parts
    assert ("比上年末增加1651万辆。", False) in parts


def test_split_members_with_and_and_numerals():
    assert cl.split_members("城镇和农村常住居民人均可支配收入", 2) == [
        "城镇",
        "农村常住居民人均可支配收入",
    ]
    assert cl.split_members("甲业、乙业、丙业和丁业", 4) == ["甲业", "乙业", "丙业", "丁业"]
    assert cl.split_members("一二三产增加值", 3) == ["一产增加值", "二产增加值", "三产增加值"]
    assert cl.split_members("甲、乙", 3) is None


@pytest.mark.parametrize(
    ("members", "core", "head"),
    [
        (["甲类企业", "乙类企业的营业收入"], ["甲类企业", "乙类企业"], "营业收入"),
        (["城镇", "农村常住居民人均可支配收入"], ["城镇", "农村"], "常住居民人均可支配收入"),
        (["省外游客", "入境过夜游客人次"], ["省外游客", "入境过夜游客"], "人次"),
        (["一般公共预算收入", "税收收入"], ["一般公共预算收入", "税收收入"], ""),
    ],
)
def test_shared_head(members, core, head):
    assert cl.shared_head(members) == (core, head)


@pytest.mark.parametrize(
    ("window", "subject"),
    [
        ("初步核算，全年国内生产总值[2]", "国内生产总值"),
        ("其中城镇常住人口", "城镇常住人口"),
        ("第一产业增加值占国内生产总值比重为", "第一产业增加值"),
        ("装备制造业[12]增加值比上年增长", "装备制造业增加值"),
        ("我国2024年网上零售额", "网上零售额"),
        ("标注从业人员约", "标注从业人员"),
        ("自然增长率为", "自然增长率"),
        ("工业对经济增长贡献率从", "工业对经济增长贡献率"),
        ("虽然数字经济核心产业的企业数量已超", "数字经济核心产业企业数量"),
        ("水质优良（Ⅰ~Ⅲ类）断面比例为", "水质优良断面比例"),
        ("全年人民币平均汇率为1美元兑", "人民币平均汇率"),
        ("港口完成货物吞吐量", "货物吞吐量"),
        ("新建商品住宅销售价格环比上涨的城市个数为", "新建商品住宅销售价格环比上涨城市个数"),
    ],
)
def test_subject_before(window, subject):
    assert subjects.subject_before(window)[0] == subject


def test_subject_elided_is_empty_and_category_is_reported():
    assert subjects.subject_before("比上年增长")[0] == ""
    assert subjects.subject_before("二季度增长")[0] == ""
    assert subjects.subject_before("折")[0] == ""
    assert subjects.subject_before("持平的为") == ("", "category:持平")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("北京、上海等18个城市开展试点", "城市"),
        ("3641个国家地表水考核断面中，", "国家地表水考核断面"),
        ("12所高水平大学帮扶", "高水平大学"),
        ("17个重点传统制造业增加值增长5.3%", "重点传统制造业增加值"),
    ],
)
def test_subject_after_number(text, subject):
    q = lex(text)[0]
    assert subjects.subject_after(text, q.end, len(text)) == subject


def test_generic_subject_completed_from_previous():
    assert subjects.complete("金额", "移动支付业务量") == (
        "移动支付业务金额",
        "completed_from_previous",
    )
    assert (
        subjects.complete("利润总额", "规模以上服务业企业营业收入")[0]
        == "规模以上服务业企业利润总额"
    )
    assert subjects.complete("网上零售额", "移动支付业务量")[0] == "网上零售额"


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        ("比上年增长5.0%", "growth", 5.0),
        ("工业生产者出厂价格下降2.2%", "growth", -2.2),
        ("比上年贬值1.1%", "growth", -1.1),
        ("居民消费价格涨幅2%左右", "growth", 2),
        ("比上年提高4.9%", "growth", 4.9),
        ("比上年末减少139万人", "change", -1390000),
        ("比上年多增12万人", "change", 120000),
        ("比上年末提高0.84个百分点", "pp_change", 0.84),
        ("拉动国内生产总值增长2.2个百分点", "pp_change", 2.2),
        ("回落0.3个百分点", "pp_change", -0.3),
        ("占国内生产总值比重为6.8%", "share", 6.8),
        ("我国占比61.5%", "share", 61.5),
        ("比重提高到25.5%", "share", 25.5),
        ("转化率提升到2025年的70%", "level", 70),
        ("失业率为5.1%", "level", 5.1),
        ("自然增长率为-0.99‰", "level", -0.99),
        ("下降的为43个", "level", 43),
        ("新增就业1256万人", "level", 12560000),
        ("增长1.5倍", "growth", 150),
        ("占同期总量的四成半", "share", 45),
    ],
)
def test_measures(text, measure, value):
    q = lex(text)[-1]
    decision = measures.decide(q, text[: q.start], text[: q.start])
    assert decision.measure == measure
    assert decision.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("从业人员约5.8万人", "about"),
        ("企业数量已超450万家", "over"),
        ("千兆用户突破2亿", "over"),
        ("接近50%", "under"),
        ("不到3成", "under"),
        ("达到10%左右", "about"),
        ("3万多家", "over"),
        ("增长5%", "exact"),
    ],
)
def test_qualifiers(text, qualifier):
    found = lex(text)
    if not found:
        pytest.skip("not a quantity for the lexer")
    q = found[-1]
    assert measures.qualifier(q, text[: q.start])[0] == qualifier
