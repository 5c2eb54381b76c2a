"""Charts flattened to text: a bar or line chart's legend, values and axis years, each on lines
of their own, as a report's or a newspaper's text layer gives them under the chart's caption.

What belongs here: telling such a block from prose and from figure cards, and pairing its
values with its series and years. Nothing in a text layer says which value stands on which
bar, so a block is read only when its counts agree: as many values as series times years, the
series in the legend's order, each series' values in the axis's order (the order text layers
give them). What does not: the caption's own words, which the prose grammar reads as a heading.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from pipelines.extract import subjects
from pipelines.extract.kinds import kind_for_future
from pipelines.extract.periods import year_period
from pipelines.extract.tables import SHARE_OF_WHOLE_HEADER, TABLE_UNIT, gloss_unit, year_name
from pipelines.observation import Observation

__all__ = ["Chart", "read_chart", "read_pie"]

_SPACE = r"[ \t\u3000]"
_MARKERS = "■□●○◆◇▲△▼▽★☆•—–－\\-"
# ■ 进出口总值（亿元）　— 同比增长（%）: the series of the chart, each with its unit.
_LEGEND_ITEM = re.compile(
    rf"[{_MARKERS}]?{_SPACE}*(?P<label>[^\s{_MARKERS}（()）\d，。；、：:][^\s（()），。；、：:]{{0,19}})"
    r"[（(](?P<unit>[^（()）\s]{1,8})[）)]"
)
_LEGEND_LINE = re.compile(rf"{_SPACE}*(?:{_LEGEND_ITEM.pattern}{_SPACE}*)+")
# 135　152　183 / —　12.6 / 18.3% / 2020年2021年: a line of values or axis years alone (the
# normaliser may have closed the spaces between them); a dash holds the place of a value the
# chart leaves out (the growth of its first year).
_TOKEN = re.compile(r"((?:19|20)\d{2})年|[-−]?\d[\d,]*(?:\.\d+)?%?|[—–－…]{1,2}|-(?!\d)")
_VALUE_LINE = re.compile(rf"{_SPACE}*(?:(?:{_TOKEN.pattern}){_SPACE}*)+")
_NUMBER = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")
_YEAR_SPAN = re.compile(
    rf"((?:19|20)\d{{2}}){_SPACE}*[—–\-～~至到]{_SPACE}*((?:19|20)\d{{2}}){_SPACE}*年?"
)
_FIGURE_NUMBER = re.compile(
    rf"^{_SPACE}*[图表]{_SPACE}*[\d一二三四五六七八九十]+(?:[-.－]\d+)?(?:{_SPACE}|[:：.、])*"
)
_WHOLE_PLACE = re.compile(r"^(?:我国|中国|全国|全球|世界)")
_CAPTION_MAX = 48
_GROWTH_LABEL = re.compile(r"(?:同比|名义|实际)?(?:增速|增长率|增幅|增长|增减)")
# 平台企业数量及总价值: where a legend's short label (企业数量) is named in full in the caption.
_CAPTION_JOINS = re.compile(r"的|及|和|与|、|以上|以下")


class Chart(NamedTuple):
    observations: list[Observation]
    next_index: int  # the first paragraph after the chart's block


class _Series(NamedTuple):
    label: str
    measure: str
    subject: str
    unit: str | None
    unit_written: str | None
    magnitude: float


def _caption(text: str, span: tuple[int, int] | None) -> str | None:
    """The words of a chart's caption line (图3 2020—2024年我国算力总规模及增速 → 算力总规模及
    增速), or None if the line is no caption."""
    if span is None:
        return None
    line = text[span[0] : span[1]].strip()
    numbered = _FIGURE_NUMBER.match(line)
    if len(line) > _CAPTION_MAX or any(mark in line for mark in "，。；！？"):
        return None
    if numbered is None and _YEAR_SPAN.search(line) is None:
        return None
    words = line[numbered.end() :] if numbered else line
    words = _YEAR_SPAN.sub("", words, count=1).strip()
    return _WHOLE_PLACE.sub("", words)


def _caption_years(text: str, span: tuple[int, int] | None) -> list[int]:
    if span is None or _caption(text, span) is None:
        return []
    m = _YEAR_SPAN.search(text, span[0], span[1])
    if m is None or int(m.group(2)) <= int(m.group(1)):
        return []
    return list(range(int(m.group(1)), int(m.group(2)) + 1))


def _named_in_caption(label: str, caption: str | None) -> str:
    """The label as the caption names it in full (企业数量 → 平台企业数量), else the label."""
    if not caption or label not in caption:
        return label
    before = caption[: caption.index(label)]
    joins = list(_CAPTION_JOINS.finditer(before))
    start = joins[-1].end() if joins else 0
    return before[start:] + label


def _series(label: str, unit_gloss: str, caption: str | None) -> _Series | None:
    read = gloss_unit(unit_gloss)
    if read is None:
        return None
    magnitude, unit_written, unit = read
    if _GROWTH_LABEL.fullmatch(label) or (_GROWTH_LABEL.search(label) and unit == "%"):
        measure, subject = "growth", _GROWTH_LABEL.sub("", label)
    elif SHARE_OF_WHOLE_HEADER.search(label) and unit == "%":
        measure, subject = "share", SHARE_OF_WHOLE_HEADER.sub("", label)
    else:
        measure, subject = "level", label
    subject = subjects.clean(_named_in_caption(subject, caption)) if subject else ""
    return _Series(label, measure, subject, unit, unit_written, magnitude)


def read_chart(
    text: str, paragraphs: list[tuple[int, int]], index: int, published: date | None
) -> Chart | None:
    """The statistics of a chart whose legend (or unit line) is paragraph ``index``, or None if
    no chart block starts there or its counts disagree."""
    start, end = paragraphs[index]
    legend = _LEGEND_LINE.fullmatch(text, start, end) is not None
    unit_line = None if legend else TABLE_UNIT.fullmatch(text, start, end)
    if not legend and unit_line is None:
        return None  # most paragraphs: no block starts here, and no caption need be read
    before = paragraphs[index - 1] if index > 0 else None
    caption = _caption(text, before)
    series: list[_Series] = []
    if unit_line is not None:
        if not caption:
            return None
        only = _series(subjects.clean(caption), unit_line.group("unit"), None)
        if only is None or not only.subject:
            return None
        series.append(only)
    tokens: list[tuple[int, int]] = []  # spans of the values and years, placeholders included
    i = index + 1 if series else index
    while i < len(paragraphs):
        p_start, p_end = paragraphs[i]
        if _LEGEND_LINE.fullmatch(text, p_start, p_end):
            # 企业数量（家） / 193 … / 总价值（万亿美元） / 2.38 …: each series over its values.
            read = [
                _series(item.group("label"), item.group("unit"), caption)
                for item in _LEGEND_ITEM.finditer(text, p_start, p_end)
            ]
            if None in read:
                if i == index:
                    return None
                break  # 表2 分地区指标（2025年末）: the next table's title, whose gloss is no unit
            series.extend(r for r in read if r is not None)
        elif _VALUE_LINE.fullmatch(text, p_start, p_end):
            tokens.extend(m.span() for m in _TOKEN.finditer(text, p_start, p_end))
        else:
            break
        i += 1
    if not series:
        return None
    values, years = _split_axis(text, tokens, len(series)) or (tokens, _caption_years(text, before))
    if len(years) < 2 or len(values) != len(series) * len(years):
        return None
    level_subject = next((s.subject for s in series if s.measure == "level" and s.subject), None)
    out: list[Observation] = []
    for n, (v_start, v_end) in enumerate(values):
        number = _NUMBER.fullmatch(text, v_start, v_end - text[v_start:v_end].endswith("%"))
        if number is None:
            continue  # a placeholder
        s = series[n // len(years)]
        subject = s.subject or level_subject or (caption or "")
        if not subject:
            continue
        period = year_period(years[n % len(years)], "chart_axis")
        kind, kind_rule = kind_for_future("actual", "default_actual", period.end, published)
        digits = number.group().replace(",", "").replace("−", "-")
        value = float(Decimal(digits) * Decimal(s.magnitude))
        line = next(p for p in paragraphs[index:i] if p[0] <= v_start < p[1] + 1)
        out.append(
            Observation(
                subject=subject,
                measure=s.measure,
                value=value,
                unit=s.unit,
                value_text=text[v_start:v_end],
                char_start=v_start,
                char_end=v_end,
                sentence=text[line[0] : line[1]],
                period_type=period.type,
                period_start=period.start,
                period_end=period.end,
                kind=kind,
                unit_written=s.unit_written,
                trace={
                    "value": "chart_value",
                    "subject": "chart_legend",
                    "measure": f"chart_legend:{s.label}",
                    "unit": "chart_legend",
                    "period": "chart_axis",
                    "kind": kind_rule,
                },
            )
        )
    return Chart(out, i)


def _split_axis(
    text: str, tokens: list[tuple[int, int]], n_series: int
) -> tuple[list[tuple[int, int]], list[int]] | None:
    """The tokens split into values and axis years: the axis is a run of years in steps of one
    size at the end of the block (or at its start), leaving as many values as series times
    years; None if no such run."""
    for at_end in (True, False):
        ordered = tokens[::-1] if at_end else tokens
        run: list[int] = []
        for s, e in ordered:
            year = year_name(text, s, e)
            if year is None:
                break
            run.append(year)
        if at_end:
            run.reverse()
        for n in range(len(run), 1, -1):
            years = run[len(run) - n :] if at_end else run[:n]
            step = years[1] - years[0]
            if step <= 0 or any(b - a != step for a, b in itertools.pairwise(years)):
                continue
            values = tokens[: len(tokens) - n] if at_end else tokens[n:]
            if len(values) == n_series * n:
                return values, years
    return None


# 图3　2025年各地区电信业务收入占比: a pie chart's caption, the whole its slices are shares of.
_PIE_CAPTION = re.compile(
    rf"{_SPACE}*[图]{_SPACE}*[\d一二三四五六七八九十]+(?:[-.－]\d+)?(?:{_SPACE}|[:：.、])*"
    rf"(?:(?P<year>(?:19|20)\d{{2}})年末?)?(?P<whole>[^，。；\d%]{{2,40}}?)"
    rf"(?:占比|构成|比重|结构|分布)(?:情况)?{_SPACE}*"
)
# 东部地区 / 48.9%, or 东部地区　48.9%: a slice's label and its share.
_SLICE_LABEL = re.compile(
    rf"{_SPACE}*(?P<label>(?:[^\s\d%，。；：:]|\d+[A-Za-z])[^\s%，。；：:]{{0,15}}){_SPACE}*"
)
_SLICE_VALUE = re.compile(rf"{_SPACE}*(?P<value>\d{{1,3}}(?:\.\d+)?)%{_SPACE}*")
_SLICE = re.compile(
    rf"{_SPACE}*(?P<label>(?:[^\s\d%，。；：:]|\d+[A-Za-z])[^\s%，。；：:]{{0,15}}?)"
    rf"{_SPACE}*(?P<value>\d{{1,3}}(?:\.\d+)?)%{_SPACE}*"
)
# 东、中、西部和东北地区电信业务收入: the members the slices name, before the whole.
_MEMBERS_BEFORE = re.compile(
    r"^[^、和及]+(?:[、和及][^、和及]+?)+(?:地区|省份|城市|行业|领域|产业)(?=.{2,})"
)


def read_pie(
    text: str, paragraphs: list[tuple[int, int]], index: int, published: date | None
) -> Chart | None:
    """The shares of a pie chart whose first slice is paragraph ``index``, under a caption
    naming what the slices divide (图3 …收入占比), or None if there is no such block: each
    slice a label and a percentage, on one line or on two, at least two slices."""
    if index == 0:
        return None
    caption = _PIE_CAPTION.fullmatch(text, *paragraphs[index - 1])
    if caption is None:
        return None
    slices: list[tuple[str, int, int, int]] = []  # label, value start, value end, line start
    i = index
    while i < len(paragraphs):
        start, end = paragraphs[i]
        one_line = _SLICE.fullmatch(text, start, end)
        if one_line is not None:
            slices.append((one_line.group("label"), *one_line.span("value"), start))
            i += 1
            continue
        label = _SLICE_LABEL.fullmatch(text, start, end)
        value = (
            _SLICE_VALUE.fullmatch(text, *paragraphs[i + 1]) if i + 1 < len(paragraphs) else None
        )
        if label is None or value is None:
            break
        slices.append((label.group("label"), *value.span("value"), start))
        i += 2
    if len(slices) < 2:
        return None
    whole = subjects.clean(_MEMBERS_BEFORE.sub("", caption.group("whole").strip()))
    if not whole:
        return None
    period = (
        year_period(int(caption.group("year")), "pie_caption") if caption.group("year") else None
    )
    out: list[Observation] = []
    for label, v_start, v_end, line_start in slices:
        kind, kind_rule = kind_for_future(
            "actual", "default_actual", period.end if period else None, published
        )
        out.append(
            Observation(
                subject=whole,
                measure="share",
                value=float(text[v_start:v_end]),
                unit="%",
                value_text=text[v_start : v_end + 1],
                char_start=v_start,
                char_end=v_end + 1,
                sentence=text[line_start : v_end + 1],
                breakdown=label,
                period_type=period.type if period else "none",
                period_start=period.start if period else None,
                period_end=period.end if period else None,
                kind=kind,
                unit_written="%",
                trace={
                    "value": "pie_slice",
                    "subject": "pie_caption",
                    "measure": "pie_slice_share",
                    "unit": "pie_slice",
                    "period": "pie_caption" if period else "none",
                    "kind": kind_rule,
                },
            )
        )
    return Chart(out, i)
