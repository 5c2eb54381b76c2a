"""Properties of normalise and extract that hold for any input: no exception, spans inside
the text and equal to their value text, offsets monotonic and in range."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extract import extract
from pipelines.normalise import normalise
from pipelines.observation import MEASURES, QUALIFIERS, RANGE_BOUNDS

PUB = date(2025, 2, 28)

# Pieces a bulletin is made of, so that random mixes hit the grammar's rules, not only its
# fallbacks: CJK words and numerals, digits in every width, units, magnitudes, cue words,
# time words, punctuation, footnote marks, quotes, traditional characters, wraps.
_PIECES = st.sampled_from(
    [
        *"0123456789.,%‰-—～~/ \u2009\n，。；：、（）“”《》[]",
        *"一二两三四五六七八九十百千万亿点零成半",
        "１２３",
        "％",
        "亿元",
        "万人",
        "万 亿 元",
        "个百分点",
        "元/人",
        "部/百人",
        "千瓦时",
        "吨公里",
        "人次",
        "EFLOPS",
        "5G",
        "“十四五”",
        "[2]",
        "百分之",
        "增长",
        "下降",
        "比上年",
        "与2023年底相比",
        "占",
        "比重为",
        "分别",
        "其中",
        "截至",
        "今年一季度",
        "同期",
        "全年",
        "年末",
        "1—4月",
        "2021年2月",
        "预期目标",
        "力争",
        "到2030年",
        "左右",
        "以上",
        "不低于",
        "至",
        "注释：",
        "國內生產總值",
        "发电量",
        "用户",
        "企业",
        "第",
        "连续",
        "https://x.cn/1",
        "010-12345678",
    ]
)
_BULLETIN_LIKE = st.lists(_PIECES, max_size=80).map("".join)


def _check(raw: str, published: date | None) -> None:
    n = normalise(raw)
    assert len(n.text) == len(n.source_offsets)
    assert all(0 <= o < len(raw) for o in n.source_offsets)
    assert all(a < b for a, b in zip(n.source_offsets, n.source_offsets[1:], strict=False))
    for o in extract(n.text, published):
        assert 0 <= o.char_start < o.char_end <= len(n.text)
        assert n.text[o.char_start : o.char_end] == o.value_text
        assert o.measure in MEASURES
        assert o.qualifier in QUALIFIERS
        assert o.range_bound is None or o.range_bound in RANGE_BOUNDS
        assert o.value == o.value  # not NaN
        if o.period_type == "as_of":
            assert o.period_start is None


@settings(max_examples=200, deadline=None)
@given(_BULLETIN_LIKE)
def test_bulletin_like_mixes(raw):
    _check(raw, PUB)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode(raw):
    _check(raw, None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x3000, max_codepoint=0x9FFF), max_size=200))
def test_arbitrary_cjk(raw):
    _check(raw, PUB)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=300).map("".join))
def test_long_bulletin_like_mixes(raw):
    _check(raw, PUB)
