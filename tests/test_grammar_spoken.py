"""Figures as people say them: transcripts of television news, interviews and press conferences
quote farmers, shopkeepers and officials, who shorten numerals (一千五), give money in 块 and
毛, hedge with 出头, 来 and 多, and count magnitudes (三个亿). Sentences written for the test."""

from datetime import date

import pytest

from pipelines.extract import extract
from pipelines.extract.numbers import cjk_number
from pipelines.normalise import normalise

PUB = date(2026, 5, 12)


def _run(raw: str):
    text = normalise(raw).text
    obs = extract(text, PUB)
    for o in obs:
        assert text[o.char_start : o.char_end] == o.value_text
    return obs


def _read(raw: str) -> list[tuple[float, str | None, str]]:
    return [(round(o.value, 6), o.unit, o.qualifier) for o in _run(raw)]


@pytest.mark.parametrize(
    ("run", "value"),
    [
        ("一千五", 1500),
        ("四千五", 4500),
        ("两万三", 23000),
        ("一百二", 120),
        ("三亿五", 3.5e8),
        ("十万八", 108000),
        ("五万三千二", 53200),
        # the written forms keep their reading
        ("一千零五", 1005),
        ("一万五千", 15000),
        ("二十五", 25),
    ],
)
def test_a_numeral_after_a_position_counts_the_position_below(run, value):
    assert cjk_number(run) == value


def test_yuan_and_mao_as_speech_counts_money():
    assert _read("【同期声】摊主：这批苹果一斤卖两块六毛五。") == [(2.65, "元/斤", "exact")]
    assert _read("【同期声】菜农：今年运费省了三毛多。") == [(0.3, "元", "over")]
    assert _read("【同期声】店主：一瓶水涨了五毛钱。") == [(0.5, "元", "exact")]
    assert _read("【同期声】果农：以前一斤才四块多，现在翻了一番。")[0] == (4.0, "元", "over")
    # 毛 that is no money: wool, gross, a name
    assert _run("三毛的书卖得很好。") == []
    assert _run("企业毛利率有所下降。") == []


def test_neighbouring_numerals_before_money_are_a_range():
    assert _read("【同期声】菜农：芹菜一斤卖五六块钱。") == [
        (5.0, "元/斤", "exact"),
        (6.0, "元/斤", "exact"),
    ]
    obs = _run("【同期声】菜农：芹菜一斤卖五六块钱。")
    assert [o.range_bound for o in obs] == ["lower", "upper"]


def test_about_a_magnitude_before_money():
    assert _read("【同期声】摊主：周末一天能挣四百来块钱。") == [(400.0, "元", "about")]
    assert _read("【同期声】摊主：一晚上能卖三万来块。") == [(30000.0, "元", "about")]
    assert _read("【同期声】游客：人均也就花个百来块钱。") == [(100.0, "元", "about")]


def test_a_bare_amount_with_a_spoken_hedge():
    # after a word of money the sum is yuan
    assert _read("【同期声】工人：一个月工资五千出头。") == [(5000.0, "元", "over")]
    assert _read("【同期声】村民：家里今年养鸭收入了八万多。") == [(80000.0, "元", "over")]
    assert _read("【同期声】工人：他家每月到手八九千。") == [
        (8000.0, "元", "exact"),
        (9000.0, "元", "exact"),
    ]
    assert _read("【同期声】村民：政府给每户补了两千五。") == [(2500.0, "元", "exact")]
    # otherwise the unit is left open
    assert _read("【同期声】主播：直播间粉丝涨到七千五左右。") == [(7500.0, None, "about")]
    assert _read("【同期声】主播：直播间的粉丝有五万多。") == [(50000.0, None, "over")]
    # but a lone magnitude word or a bare small numeral is not a sum
    assert _run("【同期声】村民：这事我说了三百遍了，千万别忘。") == []


def test_magnitudes_counted_in_speech_are_money():
    assert _read("【同期声】负责人：去年合作社线上卖了八个亿出头。") == [(8e8, "元", "over")]
    assert _read("【同期声】负责人：以旧换新带动销售两百多个亿。") == [(2e10, "元", "over")]
    assert _read("【同期声】负责人：全年营收十二亿多一点。") == [(1.2e9, "元", "over")]
    obs = _run("【同期声】负责人：今年安排资金5亿元，比去年多了三个亿。")
    assert [(o.measure, o.value, o.unit) for o in obs][-1] == ("change", 3e8, "元")


def test_a_ratio_in_cjk_decimals():
    obs = _run("【解说】全市城乡居民收入比从二点四五缩小到二点三九。")
    assert [(o.value, o.unit) for o in obs] == [(2.45, None), (2.39, None)]
    # times of day are not figures
    assert _run("【解说】活动于晚上八点半开始，上午九点二十闭幕。") == []


def test_rose_or_fell_with_le_right_before_the_figure_is_a_change():
    obs = _run("【同期声】店主：一瓶水涨了五毛钱，运费降了3元，进价涨了5%。")
    assert [(o.measure, round(o.value, 6), o.unit) for o in obs] == [
        ("change", 0.5, "元"),
        ("change", -3.0, "元"),
        ("growth", 5.0, "%"),
    ]


def test_one_yuan_spent_is_the_base_of_a_ratio_not_a_figure():
    assert _read("【同期声】局长：财政每投入一块钱，能带动消费七块多钱。") == [(7.0, "元", "over")]
    assert _read("【同期声】农户：今年收购价是每斤一块三毛五。") == [(1.35, "元/斤", "exact")]


def test_what_sold_by_the_jin_is_a_price_and_an_earning_is_income():
    obs = _run("【同期声】果农：现在一斤能卖五块多，以前一斤卖两三块钱。")
    assert {o.subject for o in obs} == {"价格"}
    obs = _run("【同期声】村民：在合作社干活，一个月能挣四千出头。")
    assert [(o.subject, o.value, o.unit) for o in obs] == [("一个月收入", 4000.0, "元")]


def test_a_figure_said_again_another_way_keeps_the_subject_before():
    obs = _run("【同期声】局长：专项资金已经拨付了百分之七十几，也就是十一亿多一点。")
    assert [o.value_text for o in obs] == ["百分之七十几", "十一亿多一点"]
    assert obs[1].subject == obs[0].subject


@pytest.mark.parametrize(
    ("raw", "value", "qualifier"),
    [
        ("充电桩数量比去年同期增加逾一倍。", 100.0, "over"),
        ("会员人数比去年多出一半。", 50.0, "exact"),
        ("客流比平时增加了将近一半。", 50.0, "under"),
        ("订单量较上月增长一半以上。", 50.0, "over"),
    ],
)
def test_growth_by_a_multiple_or_by_half_in_words(raw, value, qualifier):
    (growth,) = _run(raw)
    assert (growth.measure, growth.value, growth.qualifier) == ("growth", value, qualifier)
