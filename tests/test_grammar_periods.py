"""Time expressions, bases of comparison, and period resolution."""

from datetime import date

import pytest

from pipelines.extract.kinds import kind_at, target_scopes
from pipelines.extract.periods import find_times, resolve

PUB = date(2025, 5, 30)


def _period(text: str, context_year: int | None = 2024):
    exprs = [e for e in find_times(text) if e.kind == "period"]
    assert exprs, text
    sentence_year = next((e.year for e in exprs[:-1] if e.year), None)
    return resolve(exprs[-1], context_year, sentence_year, PUB)


@pytest.mark.parametrize(
    ("text", "ptype", "end"),
    [
        ("2024年，网上零售额", "year", date(2024, 12, 31)),
        ("截至2024年11月底，企业总量", "as_of", date(2024, 11, 30)),
        ("截至2024年底，5G基站", "as_of", date(2024, 12, 31)),
        ("全年国内生产总值", "year", date(2024, 12, 31)),
        ("年末全国人口", "as_of", date(2024, 12, 31)),
        ("一季度国内生产总值", "quarter", date(2024, 3, 31)),
        ("二季度增长", "quarter", date(2024, 6, 30)),
        ("上半年", "half_year", date(2024, 6, 30)),
        ("前三季度", "year_to_date", date(2024, 9, 30)),
        ("1—4月，规模以上工业", "year_to_date", date(2024, 4, 30)),
        ("12月份，70个大中城市", "month", date(2024, 12, 31)),
        ("截至今年一季度，算力", "as_of", date(2025, 3, 31)),
        ("去年全年", "year", date(2024, 12, 31)),
        ("前3季度，营业收入", "year_to_date", date(2024, 9, 30)),
        ("首三季营收", "year_to_date", date(2024, 9, 30)),
        ("前2季出口", "year_to_date", date(2024, 6, 30)),
        ("首两个月出口", "year_to_date", date(2024, 2, 29)),
        ("报告指出，过去一年，全省经济", "year", date(2024, 12, 31)),
    ],
)
def test_resolution(text, ptype, end):
    period = _period(text)
    assert period.type == ptype
    assert period.end == end


def test_relative_year_uses_year_named_in_sentence():
    exprs = [e for e in find_times("2023年数据显示，今年一季度") if e.kind == "period"]
    period = resolve(exprs[-1], None, 2023, PUB)
    assert period.end == date(2023, 3, 31)


def test_relative_year_without_sentence_year_uses_publication():
    assert _period("今年一季度", context_year=None).end == date(2025, 3, 31)


@pytest.mark.parametrize(
    "text", ["比上年增长5.0%", "与2023年底相比增长17.99%", "比上年末减少139万人", "较上年提高"]
)
def test_comparison_base_is_not_a_period(text):
    exprs = [e for e in find_times(text) if e.kind == "period"]
    assert exprs and all(e.is_base for e in exprs)


def test_reset_words():
    assert [e.kind for e in find_times("目前，我国已建成")] == ["reset"]
    assert [e.kind for e in find_times("占同期全社会")] == ["same"]


def test_year_range_start_and_end():
    expr = find_times("2020年到2025年，工业投资")[0]
    assert resolve(expr, None, None, PUB, range_start=True).end == date(2020, 12, 31)
    assert resolve(expr, None, None, PUB).end == date(2025, 12, 31)


def test_target_list_governs_the_paragraph():
    text = "主要预期目标是：地区生产总值增长5%左右。规模以上工业增加值增长7.5%左右。"
    scopes = target_scopes(text, 0, len(text), [text.index("。") + 1, len(text)], PUB)
    assert kind_at(text.index("7.5"), scopes)[0] == "target"


def test_target_cue_governs_its_sentence_only():
    text = "力争全年增长5%。实际增长4.9%。"
    ends = [text.index("。") + 1, len(text)]
    scopes = target_scopes(text, 0, len(text), ends, PUB)
    assert kind_at(text.index("5%"), scopes)[0] == "target"
    assert kind_at(text.index("4.9"), scopes)[0] == "actual"


def test_future_year_is_a_target_past_year_is_not():
    text = "到2030年达到50%。到2020年达到30%。"
    ends = [text.index("。") + 1, len(text)]
    scopes = target_scopes(text, 0, len(text), ends, PUB)
    assert kind_at(text.index("50%"), scopes)[0] == "target"
    assert kind_at(text.index("30%"), scopes)[0] == "actual"


def test_expectation_as_yardstick_is_not_a_target():
    text = "困难挑战超出预期，增长5%。"
    assert target_scopes(text, 0, len(text), [len(text)], PUB) == []


def test_a_period_ending_after_publication_is_a_target():
    from datetime import date

    from pipelines.extract import extract

    published = date(2026, 1, 20)
    (done,) = extract("2025年全省生产总值增长5.5%。", published)
    (planned,) = extract("2026年全省新建5G基站2万个。", published)
    assert done.kind == "actual"
    assert (planned.kind, planned.trace["kind"]) == ("target", "future_period")


def test_target_set_at_the_start_of_the_year_is_a_yardstick_not_a_time():
    from pipelines.extract import extract

    published = date(2031, 12, 20)
    text = "2031年，某市税收收入预计完成86亿元，低于年初预期目标0.6个百分点；工业投资下降2.4%。"
    gap, fell = extract(text, published)[1:]
    assert (gap.measure, gap.period_end) == ("pp_change", date(2031, 12, 31))
    # An estimate governs its own clauses: the figure after the semicolon is an outcome.
    assert (fell.kind, fell.period_end) == ("actual", date(2031, 12, 31))


def test_heading_naming_next_year_frames_its_plans():
    from pipelines.extract import extract

    text = "三、关于明年的重点任务\n\n一是稳住投资。全年开工重大项目320个以上。"
    (planned,) = extract(text, date(2031, 12, 20))
    assert (planned.period_end, planned.kind) == (date(2032, 12, 31), "target")
    # A reporter asking about next year frames nothing: the answer names its own year.
    text = "记者：明年有哪些打算？\n\n答：今年前三季度新开工项目210个。"
    (told,) = extract(text, date(2031, 12, 20))
    assert (told.period_end, told.kind) == (date(2031, 9, 30), "actual")
