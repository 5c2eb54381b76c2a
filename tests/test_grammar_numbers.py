"""Lexer: numbers, magnitudes, units, in-token qualifiers, and digits that are not statistics."""

import pytest

from pipelines.extract.numbers import lex
from pipelines.extract.units import base_unit, read_unit


def _one(text: str):
    found = lex(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        ("网上零售额152287亿元", 15228700000000, "元", "亿元"),
        ("金额为563.70万亿元", 563.70e12, "元", "万亿元"),
        ("产量6.8亿千瓦", 6.8e8, "千瓦", "亿千瓦"),
        ("发电量37126亿千瓦时", 37126e8, "千瓦时", "亿千瓦时"),
        ("周转量261948亿吨公里", 261948e8, "吨公里", "亿吨公里"),
        ("算力规模突破160Eflops", 160, "EFLOPS", "Eflops"),
        ("规模达215.5EFLOPS（每秒百亿亿次浮点运算次数）", 215.5, "EFLOPS", "EFLOPS"),
        ("产能达55GWh", 55, "GWh", "GWh"),
        ("生产率为173898元/人", 173898, "元/人", "元/人"),
        ("普及率为127.1部/百人", 127.1, "部/百人", "部/百人"),
        ("出生率为6.77‰", 6.77, "‰", "‰"),
        ("提高0.84个百分点", 0.84, "个百分点", "个百分点"),
        ("吞吐量33200万标准箱", 332000000, "标准箱", "万标准箱"),
        ("流量3376亿GB", 3376e8, "GB", "亿GB"),
        ("失业率为5.1%", 5.1, "%", "%"),
        ("自然增长率为-0.99‰", -0.99, "‰", "‰"),
        ("达到1,234,567元", 1234567, "元", "元"),
        ("年平均浓度27微克/立方米", 27, "微克/立方米", "微克/立方米"),
        ("已开放档案3200万卷", 32000000, "卷", "万卷"),
    ],
)
def test_values_and_base_units(text, value, unit, written):
    q = _one(text)
    assert q.value == pytest.approx(value, rel=1e-9)
    assert q.unit == unit
    assert q.unit_written == written
    assert text[q.start : q.end].startswith(text[q.start])


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("建成3万多家基础级智能工厂", 30000, "家", "over"),
        ("1200余家先进级智能工厂", 1200, "家", "over"),
        ("数据集300多个", 300, "个", "over"),
        ("比重达10%左右", 10, "%", "about"),
        ("增长7%以上，", 7, "%", "over"),
        ("千兆用户突破2亿，", 2e8, None, None),
    ],
)
def test_in_token_qualifiers(text, value, unit, qualifier):
    q = _one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.qualifier == qualifier


def test_value_text_covers_number_unit_and_trailing_qualifier():
    text = "占GDP比重达10%左右。"
    q = _one(text)
    assert text[q.start : q.end] == "10%左右"


@pytest.mark.parametrize(
    "text",
    [
        "5G基站和4G网络",  # digits in names
        "3D打印设备",
        "“5+3”工作机制",
        "“1+3”政策体系",
        "1000M速率及以上的宽带",
        "2024年11月底",  # dates
        "2026-02-02",
        "1—4月",
        "第15届运动会",  # ordinals
        "连续5年超额完成",  # streaks
        "近10年最好",
        "5A级景区",  # grades
        "《数字中国发展报告（2024年）》",  # titles
        "《统计分类（2021）》",
        "年营业收入2000万元及以上的企业",  # thresholds in definitions
        "3岁以下婴幼儿",
        "每10万人口",
        "电话010-12345678",
        "见https://www.stats.gov.cn/2024",
        "国内生产总值[2]",
        "PM2.5",
    ],
)
def test_not_statistics(text):
    assert lex(text) == []


def test_footnote_marker_glued_to_number():
    text = "全年国内生产总值[2]1349084亿元"
    q = _one(text)
    assert text[q.start : q.end] == "1349084亿元"
    assert q.value == 134908400000000


def test_exchange_rate_unit_and_defining_one():
    text = "平均汇率为1美元兑7.1217元人民币"
    q = _one(text)
    assert q.value == 7.1217
    assert q.unit == "元/美元"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("占全社会发明专利授权总量的四成半", 45, "share"),
        ("占比近三成", 30, "share"),
        ("收入实现翻番", 100, "growth"),
        ("产量比上年持平", 0, "growth"),
    ],
)
def test_word_quantities(text, value, measure):
    q = _one(text)
    assert q.value == value
    assert q.word_measure == measure


def test_flat_as_category_is_not_a_growth():
    assert lex("上涨的城市个数为23个，持平的为4个") != []
    assert all(q.word_measure is None for q in lex("上涨的为23个，持平的为4个"))


def test_read_unit_prefers_unit_starting_with_magnitude_character():
    assert read_unit("千瓦时", 0).unit_written == "千瓦时"
    assert read_unit("千兆用户", 0).unit_written is None
    assert read_unit("万亿元", 0).magnitude == 1e12


def test_base_unit():
    assert base_unit("元人民币") == "元"
    assert base_unit("百分点") == "个百分点"
    assert base_unit("Eflops") == "EFLOPS"
    assert base_unit(None) is None
