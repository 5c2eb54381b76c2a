"""The lexer: quantities in a normalised text, and the numbers that are not statistics.

What belongs here: finding number tokens (Arabic numbers with magnitude, unit and the
qualifiers written inside or right after them; the word quantities 成, 翻番, 持平) and the
rules that reject digits which are not quantities (names like 5G or “5+3”, dates, footnote
markers, ordinals, grades, durations, thresholds, document titles, section numbers, phone
numbers, URLs). What does not: what a quantity measures, its subject or its period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pipelines.extract.units import CURRENCIES, TIME_UNITS, base_unit, read_unit

# Spans that look like numbers but are not quantities; consumed whole so that their digits
# never start a number ("[2]1349084" is a footnote then a number, "2026-02-02" a date).
_NOT_NUMBERS = (
    r"https?://[^\s，。；）]+|www\.[^\s，。；）]+"
    r"|\[\d{1,3}\]"  # footnote marker
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"  # ISO or slashed date
    r"|\d{3,4}-\d{7,8}(?:-\d{1,4})?"  # landline phone
    r"|(?<!\d)1[3-9]\d{9}(?!\d)"  # mobile phone
    r"|\d{1,2}:\d{2}(?::\d{2})?"  # clock time
)
_NUMBER = r"(?P<num>-?\d+(?:,\d{3})*(?:\.\d+)?)"
_LEX = re.compile(rf"(?P<skip>{_NOT_NUMBERS})|{_NUMBER}")

# Word quantities.
_CHINESE_DIGIT = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# 四成半 = 45 %: a tenth-count is a share when something governs it (占…的, 达, 近 …).
_TENTHS = re.compile(r"(?<=[的占达近超约逾为有过])([一二两三四五六七八九])成(半)?(?!员|立|为|果)")
_DOUBLING = re.compile(r"翻(?:了)?([一两二三])?番")
_FLAT = re.compile(r"(?<=上年|去年|同期|同比|环比)(?:基本)?持平(?!的)")

_RANGE_DASH = "—–~-至到"
_AFTER_THRESHOLD = ("及以上", "及以下", "以上的", "以下的")
_GRADE_SUFFIXES = ("级", "星", "档", "代", "型", "类", "期", "版", "维", "线", "轮")
_QUAL_AFTER = (
    ("左右", "about"),
    ("上下", "about"),
    ("以上", "over"),
    ("以下", "under"),
    ("多", "over"),
    ("余", "over"),
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number token: ``text[start:end]`` is its value text (number, magnitude, unit and
    trailing qualifiers such as 左右)."""

    start: int
    end: int
    value: float
    unit: str | None
    unit_written: str | None
    qualifier: str | None = None  # from 多/余/左右/以上 … inside or after the token
    word_measure: str | None = None  # the measure a word quantity implies (成 → share)
    magnitude_text: str = ""
    rule: str = "number"


def _inside_title(text: str, pos: int, floor: int) -> bool:
    """Inside 《…》 (a document title, whose years and numbers are not statistics)."""
    opened = text.rfind("《", floor, pos)
    return opened != -1 and text.rfind("》", opened, pos) == -1


def _reject(
    text: str,
    start: int,
    end: int,
    num: str,
    unit_end: int,
    unit: str | None,
    has_magnitude: bool,
    floor: int,
) -> str | None:
    """Why the number at ``start:end`` is not a statistic, or None if it may be one."""
    before = text[max(floor, start - 2) : start]
    after = text[end : end + 4]
    if before.endswith("第") or before.endswith("连续"):
        return "ordinal_or_streak"
    if before[-1:].isascii() and before[-1:].isalpha():
        return "name"  # G20, PM2.5
    if before.endswith("+") or after.startswith("+"):
        return "name"  # “5+3”, “1+N”
    if before.endswith("每") or before.endswith("/"):
        return "definition"  # 每10万人
    if after[:1] in _RANGE_DASH and after[1:2].isdigit():
        return "range_or_date"  # 1—4月, 2024—2028年, 3-5个
    if start > 0 and text[start - 1] in _RANGE_DASH and start > 1 and text[start - 2].isdigit():
        return "range_or_date"
    if after.startswith(TIME_UNITS) and not has_magnitude:
        return "date_or_duration"
    if unit is None and not has_magnitude:
        if after[:1].isascii() and after[:1].isalpha():
            return "name"  # 5G, 3D, 1000M, 5A
        if after.startswith(_GRADE_SUFFIXES):
            return "grade"
        if after[:1] in ".、" and (start == floor or text[start - 1] in "\n（("):
            return "section_number"
        if after[:1] in ":：" and after[1:2].isdigit():
            return "ratio"
    if unit in ("个月", "天") and before.endswith("近"):
        return "streak"
    if text.startswith(_AFTER_THRESHOLD, unit_end):
        return "threshold"
    if _inside_title(text, start, floor):
        return "title"
    return None


def lex(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantities in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    found: list[Quantity] = []
    for match in _LEX.finditer(text, start, end):
        if match.group("skip"):
            continue
        num = match.group("num")
        n_start, n_end = match.span("num")
        if (
            num.startswith("-")
            and n_start > 0
            and text[n_start - 1].isascii()
            and text[n_start - 1].isalnum()
        ):
            # "2024-2025": a dash after a digit is a range, not a sign.
            num = num[1:]
            n_start += 1
        unit = read_unit(text, n_end)
        reason = _reject(
            text, n_start, n_end, num, unit.end, unit.unit_written, bool(unit.magnitude_text), start
        )
        if reason:
            continue
        if unit.unit_written in ("个月",):
            continue
        # Decimal so that 4.31万亿 is 4310000000000, not 4309999999999.9995.
        value = float(Decimal(num.replace(",", "")) * Decimal(unit.magnitude))
        tok_end = unit.end
        qualifier = "over" if unit.approx_marker else None
        if text.startswith(("以上", "以下"), tok_end) and _is_cjk_noun(text, tok_end + 2):
            continue  # 3岁以下婴幼儿, 50万元以上行政村: a threshold inside a category name
        for word, qual in _QUAL_AFTER:
            if text.startswith(word, tok_end):
                # 多/余 after the unit only before another measure word ("20多万" is handled
                # by the magnitude reader); 以上 must not be part of 及以上 (threshold).
                if word in "多余" and unit.unit_written is not None:
                    continue
                qualifier = qual
                tok_end += len(word)
                break
        found.append(
            Quantity(
                start=n_start,
                end=tok_end,
                value=value,
                unit=base_unit(unit.unit_written),
                unit_written=(unit.magnitude_text + (unit.unit_written or "")) or None,
                qualifier=qualifier,
                magnitude_text=unit.magnitude_text,
                rule="number" + ("+" + unit.magnitude_text if unit.magnitude_text else ""),
            )
        )
    found.extend(_word_quantities(text, start, end))
    found.sort(key=lambda q: q.start)
    return _exchange_rates(text, found)


def _is_cjk_noun(text: str, pos: int) -> bool:
    return pos < len(text) and "\u4e00" <= text[pos] <= "\u9fff" and text[pos] not in "的和或"


def _word_quantities(text: str, start: int, end: int) -> list[Quantity]:
    words: list[Quantity] = []
    for match in _TENTHS.finditer(text, start, end):
        value = _CHINESE_DIGIT[match.group(1)] * 10 + (5 if match.group(2) else 0)
        q_end = match.end()
        qualifier = None
        for word, qual in _QUAL_AFTER[:4]:
            if text.startswith(word, q_end):
                qualifier, q_end = qual, q_end + len(word)
                break
        words.append(
            Quantity(
                match.start(),
                q_end,
                float(value),
                "%",
                match.group(0),
                qualifier,
                "share",
                rule="tenths",
            )
        )
    for match in _DOUBLING.finditer(text, start, end):
        times = {"一": 1, None: 1, "两": 2, "二": 2, "三": 3}[match.group(1)]
        value = (2**times - 1) * 100.0
        words.append(
            Quantity(match.start(), match.end(), value, "%", None, None, "growth", rule="doubling")
        )
    for match in _FLAT.finditer(text, start, end):
        words.append(
            Quantity(match.start(), match.end(), 0.0, "%", None, None, "growth", rule="flat")
        )
    return words


def _exchange_rates(text: str, found: list[Quantity]) -> list[Quantity]:
    """``1美元兑7.1217元人民币``: the 1 defines the rate's unit; the rate is 元/美元."""
    out: list[Quantity] = []
    for i, q in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and q.unit in CURRENCIES
            and nxt.unit in CURRENCIES
            and text[q.end : nxt.start] in ("兑", "兑换", "折合", "=")
        ):
            base, quote = q.unit, nxt.unit
            found[i + 1] = Quantity(
                nxt.start,
                nxt.end,
                nxt.value,
                f"{quote}/{base}",
                nxt.unit_written,
                nxt.qualifier,
                None,
                nxt.magnitude_text,
                rule="exchange_rate",
            )
            continue
        out.append(q)
    return out
