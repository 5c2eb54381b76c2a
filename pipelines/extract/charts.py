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
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from pipelines.extract import subjects
from pipelines.extract.kinds import kind_for_future
from pipelines.extract.periods import Period, month_end, year_period
from pipelines.extract.tables import (
    CLASSIFIED_INSIDE,
    SHARE_OF_WHOLE_HEADER,
    TABLE_UNIT,
    gloss_unit,
    year_name,
)
from pipelines.observation import Observation

__all__ = ["Chart", "read_chart", "read_labelled_values", "read_told_series"]

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
# 图3 , 表1-2：: the number of a figure or table before its caption's words.
# (【图3】, [图3]: a figure's number in brackets, as news pages set it)
_NUMBER_OF_FIGURE = (
    # (图1，: the normaliser writes the wide space after the number as a comma)
    rf"{_SPACE}*[\d一二三四五六七八九十]+(?:[-.－]\d+)?[】\]]?(?:{_SPACE}|[:：.、，])*"
)
_FIGURE_NUMBER = re.compile(rf"^{_SPACE}*[图表]{_NUMBER_OF_FIGURE}")
_WHOLE_PLACE = re.compile(r"^(?:我国|中国|全国|全球|世界)")
_CAPTION_MAX = 48
# （万个）: the unit a caption glosses at its end.
_CAPTION_UNIT = re.compile(r"[（(](?P<unit>[^（()）\s，。；]{1,8})[）)]\s*$")
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


class _Read(NamedTuple):
    """What a chart's words say of one of its values."""

    subject: str
    measure: str
    unit: str | None
    unit_written: str | None
    breakdown: str | None
    period: Period | None


def _chart_value(
    text: str,
    span: tuple[int, int],
    value: float,
    read: _Read,
    sentence: tuple[int, int],
    published: date | None,
    trace: dict[str, str],
) -> Observation:
    """A chart's value as an observation: an actual, unless its period is still to come."""
    period = read.period
    kind, kind_rule = kind_for_future(
        "actual", "default_actual", period.end if period else None, published
    )
    return Observation(
        subject=read.subject,
        measure=read.measure,
        value=value,
        unit=read.unit,
        value_text=text[span[0] : span[1]],
        char_start=span[0],
        char_end=span[1],
        sentence=text[sentence[0] : sentence[1]],
        breakdown=read.breakdown,
        period_type=period.type if period else "none",
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        kind=kind,
        unit_written=read.unit_written,
        trace={**trace, "kind": kind_rule},
    )


def _caption(text: str, span: tuple[int, int] | None) -> str | None:
    """The words of a chart's caption line (图3 2019—2023年我国算力总规模及增速 → 算力总规模及
    增速), or None if the line is no caption."""
    if span is None:
        return None
    line = text[span[0] : span[1]].strip()
    numbered = _FIGURE_NUMBER.match(line)
    words_from = numbered.end() if numbered else 0
    if len(line) > _CAPTION_MAX or any(mark in line[words_from:] for mark in "，。；！？"):
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
    glossed = (
        _CAPTION_UNIT.search(text, start, end)
        if not legend and unit_line is None and text[end - 1 : end] in "）)"
        else None
    )
    if not legend and unit_line is None and glossed is None:
        return None  # most paragraphs: no block starts here, and no caption need be read
    before = paragraphs[index - 1] if index > 0 else None
    caption = _caption(text, before)
    series: list[_Series] = []
    if glossed is not None:
        # 图3 2022—2025年全市数据中心机架数（万架） / 1.1 / 1.4 …: a caption that glosses its one
        # series' unit, over the values.
        before = (start, glossed.start())
        caption = _caption(text, before)
        if not caption or index + 1 >= len(paragraphs):
            return None
        if not _VALUE_LINE.fullmatch(text, *paragraphs[index + 1]):
            return None
        only = _series(subjects.clean(caption), glossed.group("unit"), None)
        if only is None or not only.subject:
            return None
        series.append(only)
    elif unit_line is not None:
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
    named_after = (
        _legend_after(text, paragraphs[i], unit_line.group("unit"))
        if unit_line is not None and i < len(paragraphs) and len(series) == 1
        else None
    )
    axis_periods: list[Period] | None = None
    if named_after is not None and (
        month_axis := _split_month_axis(text, tokens, len(named_after))
    ):
        # 单位：万人 / 2,870　3,015 / 55.2%　57.9% / 2024.12　2025.12 / ■支付用户　●普及率:
        # the series named under the axis, each in the unit line's unit or in percent.
        values, axis_periods = month_axis
        n = len(axis_periods)
        series = [
            _series_in(label, values[k * n : (k + 1) * n], text, unit_line.group("unit"), caption)
            for k, label in enumerate(named_after)
        ]
        if any(s is None for s in series):
            return None
        i += 1
        years = [p.end.year for p in axis_periods]
    else:
        split = _split_axis(text, tokens, len(series))
        if split is None and any(year_name(text, s, e) is not None for s, e in tokens):
            return None  # 2022年　1.8 / 2023年　2.4: years beside their values, read as labels
        values, years = split or (tokens, _caption_years(text, before))
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
        period = (
            axis_periods[n % len(years)]
            if axis_periods is not None
            else year_period(years[n % len(years)], "chart_axis")
        )
        digits = number.group().replace(",", "").replace("−", "-")
        value = float(Decimal(digits) * Decimal(s.magnitude))
        line = next(p for p in paragraphs[index:i] if p[0] <= v_start < p[1] + 1)
        read = _Read(subject, s.measure, s.unit, s.unit_written, None, period)
        trace = {
            "value": "chart_value",
            "subject": "chart_legend",
            "measure": f"chart_legend:{s.label}",
            "unit": "chart_legend",
            "period": "chart_axis",
        }
        out.append(_chart_value(text, (v_start, v_end), value, read, line, published, trace))
    return Chart(out, i)


# ■移动支付用户规模　●移动支付普及率: a legend without units, under the values and axis.
_BARE_LEGEND_ITEM = re.compile(
    rf"[{_MARKERS}]\ufe0f?{_SPACE}*(?P<label>[\u4e00-\u9fffA-Za-z0-9]{{2,16}})"
)
_BARE_LEGEND = re.compile(rf"{_SPACE}*(?:{_BARE_LEGEND_ITEM.pattern}{_SPACE}*){{2,}}")
# 2024.12, 2025.6: a year and a month on a chart's axis (the stock at the month's end).
_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\.(0?[1-9]|1[0-2])")


def _legend_after(text: str, span: tuple[int, int], unit: str) -> list[str] | None:
    """The labels of a legend without units right after a chart's values, or None."""
    if _BARE_LEGEND.fullmatch(text, *span) is None or gloss_unit(unit) is None:
        return None
    return [m.group("label") for m in _BARE_LEGEND_ITEM.finditer(text, *span)]


def _series_in(
    label: str, values: list[tuple[int, int]], text: str, unit: str, caption: str | None
) -> _Series | None:
    """A series named by a legend without units: in percent where its values say so, else in
    the unit the unit line gives."""
    in_percent = [text[s:e].endswith("%") for s, e in values]
    if any(in_percent) and not all(in_percent):
        return None
    return _series(label, "%" if all(in_percent) else unit, caption)


def _split_month_axis(
    text: str, tokens: list[tuple[int, int]], n_series: int
) -> tuple[list[tuple[int, int]], list[Period]] | None:
    """The tokens split into values and an axis of the same month of years in steps of one
    (2023.12　2024.12　2025.12) ending the block; None if there is no such axis."""
    run: list[tuple[int, int]] = []
    for s, e in reversed(tokens):
        m = _YEAR_MONTH.fullmatch(text, s, e)
        if m is None:
            break
        run.append((int(m.group(1)), int(m.group(2))))
    run.reverse()
    n = len(run)
    if n < 2 or len(tokens) - n != n_series * n:
        return None
    if len({month for _, month in run}) != 1 or any(
        b[0] - a[0] != 1 for a, b in itertools.pairwise(run)
    ):
        return None
    periods = [Period("as_of", None, month_end(year, month), "chart_axis") for year, month in run]
    return tokens[: len(tokens) - n], periods


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


# 图3　2025年各地区电信业务收入占比, 图1　2024年8月以来…分月增速（%）: a chart whose labels
# stand beside their values, under a caption naming the quantity and how it is measured.
# (▲图2　…: a post marks its captions)
_LABELLED_CAPTION = re.compile(
    rf"{_SPACE}*[▲△■□●◆★•]?{_SPACE}*[【\[]?图(?:{_NUMBER_OF_FIGURE}|{_SPACE}*[:：]{_SPACE}*)(?P<words>[^，。；]{{2,48}}?)(?:[（(](?P<unit>[^（()）]{{1,8}})[）)])?{_SPACE}*"
)
_CAPTION_MEASURE = re.compile(
    r"(?P<share>占比|构成|比重|结构|分布)(?:情况)?$|(?P<growth>增速|增长率|增长速度|增幅|增长)(?:情况)?$"
)
# 分月增速, 品类占比: how the chart divides the quantity, not part of its name.
_CAPTION_DIVISION = re.compile(r"(?:分月|各月|累计|分品类|品类|类别|分类|分地区|各地区)$")
# 东、中、西部和东北地区电信业务收入: the members the slices name, before the whole.
_MEMBERS_BEFORE = re.compile(
    r"^[^、和及]+(?:[、和及][^、和及]+?)+(?:地区|省份|城市|行业|领域|产业)(?=.{2,})"
)
_LABEL_CHARS = r"[^\s\d%，。；：:（()）]"
_LABEL_REST = r"[^\s%，。；：:（()）]"
# 东部地区 48.9%, 5G用户 60.5%, 2025年10月 9.6, 2026年1—2月 12.3, 2024年 31.2: a label and its
# value.
_LABELLED_VALUE = re.compile(
    rf"(?P<label>(?:19|20)\d{{2}}年(?:\d{{1,2}}(?:[—–-]\d{{1,2}})?月)?|\d{{1,2}}(?:[—–-]\d{{1,2}})?月"
    # 2021　14.2: a year without its 年, set apart from its value.
    rf"|(?:19|20)\d{{2}}(?={_SPACE})"
    # 0—17岁 18.2%, 65岁及以上 17.3%: an age group.
    r"|\d{1,3}(?:[—–-]\d{1,3})?岁(?:及以上|以上|及以下|以下)?"
    rf"|(?:{_LABEL_CHARS}|\d+[A-Za-z]){_LABEL_REST}{{0,15}}?)"
    # (2023年 1,204: thousands set apart by a comma)
    rf"{_SPACE}*(?P<value>-?\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|-?\d{{1,5}}(?:\.\d+)?)(?P<pct>%)?"
)
_LABEL_LINE = re.compile(
    rf"{_SPACE}*(?P<label>(?:{_LABEL_CHARS}|\d+[A-Za-z])[^\s%，。；：:]{{0,15}}){_SPACE}*"
)
_VALUE_ALONE = re.compile(rf"{_SPACE}*(?P<value>-?\d{{1,5}}(?:\.\d+)?)(?P<pct>%)?{_SPACE}*")
_YEAR_LABEL = re.compile(r"((?:19|20)\d{2})年?")
_YEAR_END = re.compile(r"((?:19|20)\d{2})年(?:末|底)")
_MONTH_LABEL = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})年)?(?:(?P<first>\d{1,2})[—–-])?(?P<month>\d{1,2})月"
)


# What parts the pairs on a line: spaces, or the commas the normaliser puts for wide ones, or
# bars (2021　14.2｜2022　15.6).
_PAIR_GAP = " \t\u3000，,、；|｜"


def _pairs_on_line(text: str, start: int, end: int) -> list[re.Match[str]] | None:
    """The label-value pairs a line holds and nothing else, or None."""
    pairs, at = [], start
    while at < end:
        while at < end and text[at] in _PAIR_GAP:
            at += 1
        if at == end:
            break
        m = _LABELLED_VALUE.match(text, at, end)
        if m is None or (m.end() < end and text[m.end()] not in _PAIR_GAP):
            return None
        pairs.append(m)
        at = m.end()
    return pairs or None


def _caption_reading(words: str, unit_gloss: str | None) -> tuple[str, str, str | None] | None:
    """(subject, measure, unit gloss) a caption's words give its values, or None."""
    measure = "level"
    m = _CAPTION_MEASURE.search(words)
    if m is not None:
        measure = "share" if m.group("share") else "growth"
        words = words[: m.start()]
    # 软件业分领域收入: how the chart divides the quantity, inside its name.
    words = CLASSIFIED_INSIDE.sub("", _CAPTION_DIVISION.sub("", words))
    subject = subjects.clean(_MEMBERS_BEFORE.sub("", words.strip()))
    if not subject:
        return None
    if measure != "level":
        return subject, measure, "%"
    return (subject, measure, unit_gloss) if unit_gloss else None


def read_labelled_values(
    text: str,
    paragraphs: list[tuple[int, int]],
    index: int,
    published: date | None,
    period_of_line: Callable[[int, int], Period | None],
) -> Chart | None:
    """The values of a chart whose labels stand beside them (东部地区 48.9%, 11月 10.2), on the
    lines from paragraph ``index`` on, under a caption on the line before that names what they
    measure (图3 …收入占比, 图1 …分月增速（%）); None if there is no such block or it holds
    fewer than two values. A time label dates its value; another label is its member."""
    if index == 0:
        return None
    caption_line = paragraphs[index - 1]
    unit_line = TABLE_UNIT.fullmatch(text, *caption_line)
    if unit_line is not None and index >= 2:
        # 图：…月度产量 / 单位：万辆: the caption's unit on a line of its own below it.
        caption_line = paragraphs[index - 2]
    caption = _LABELLED_CAPTION.fullmatch(text, *caption_line)
    if caption is None:
        return None
    unit_gloss = caption.group("unit")
    if unit_line is not None:
        if unit_gloss or not unit_line.group("unit") or unit_line.group("pct"):
            return None
        unit_gloss = unit_line.group("unit")
    pairs: list[tuple[str, int, int, bool, int]] = []  # label, value span, has %, line start
    i = index
    while i < len(paragraphs):
        start, end = paragraphs[i]
        on_line = _pairs_on_line(text, start, end)
        if on_line is not None:
            pairs.extend(
                (m.group("label"), *m.span("value"), bool(m.group("pct")), start) for m in on_line
            )
            i += 1
            continue
        label = _LABEL_LINE.fullmatch(text, start, end)
        value = (
            _VALUE_ALONE.fullmatch(text, *paragraphs[i + 1]) if i + 1 < len(paragraphs) else None
        )
        if label is None or value is None:
            break
        pairs.append((label.group("label"), *value.span("value"), bool(value.group("pct")), start))
        i += 2
    if len(pairs) < 2:
        return None
    reading = _caption_reading(caption.group("words"), unit_gloss)
    if reading is None:
        return None
    subject, measure, unit_gloss = reading
    read = gloss_unit(unit_gloss)
    if read is None:
        return None
    magnitude, unit_written, unit = read
    if unit != "%" and any(has_pct for *_, has_pct, _ in pairs):
        return None
    caption_period = None
    year_in_caption = re.search(r"((?:19|20)\d{2})年", caption.group("words"))
    if not _MONTH_LABEL.match(pairs[0][0]):
        # 图1　2023年上半年…品类占比: the caption's time is every slice's.
        caption_period = period_of_line(*caption_line)
        year_end = _YEAR_END.search(caption.group("words"))
        if caption_period is None and year_end is not None:
            # 图3　2025年末…户籍人口年龄构成: the stock at the end of the year.
            end_of_year = date(int(year_end.group(1)), 12, 31)
            caption_period = Period("as_of", end_of_year, end_of_year, "chart_caption")
    out: list[Observation] = []
    year = int(year_in_caption.group(1)) if year_in_caption else None
    for label, v_start, v_end, has_pct, line_start in pairs:
        month = _MONTH_LABEL.fullmatch(label)
        period, breakdown = caption_period, label
        if (year_label := _YEAR_LABEL.fullmatch(label)) is not None:
            # 2024年　31.2: a year's value.
            period, breakdown = year_period(int(year_label.group(1)), "chart_label"), None
        elif month is not None:
            year = int(month.group("year")) if month.group("year") else year
            if year is None:
                return None
            last = int(month.group("month"))
            first = int(month.group("first")) if month.group("first") else last
            if not 1 <= first <= last <= 12:
                return None
            end_day = month_end(year, last)
            period = Period(
                "year_to_date" if first == 1 and last > 1 else "month",
                date(year, first, 1),
                end_day,
                "chart_label",
            )
            breakdown = None
        value_end = v_end + (1 if has_pct else 0)
        value = float(Decimal(text[v_start:v_end].replace(",", "")) * Decimal(magnitude))
        read = _Read(subject, measure, unit, unit_written, breakdown, period)
        trace = {
            "value": "chart_label_value",
            "subject": "chart_caption",
            "measure": f"chart_caption:{measure}",
            "unit": "chart_caption",
            "period": "chart_label"
            if month or year_label
            else "chart_caption"
            if period
            else "none",
        }
        sentence = (line_start, value_end)
        out.append(
            _chart_value(text, (v_start, value_end), value, read, sentence, published, trace)
        )
    return Chart(out, i)


# 柱状图为网上零售额（亿元），…；折线为同比增速（%），…: a chart told in a sentence, each series
# named with its unit.
_SERIES_TOLD = re.compile(
    r"(?:柱状图|柱形图|条形图|折线图?|曲线图?|面积图)(?:为|表示|代表|显示)"
    r"(?P<label>[^（()），,。；：:\d]{2,24})[（(](?P<unit>[^（()）]{1,8})[）)][，,：:]?"
)
# 2021年1846.2，2022年2015.7: each year with its value.
_YEAR_VALUE = re.compile(r"((?:19|20)\d{2})年[：:]?\s*(-?\d[\d,]*(?:\.\d+)?)")
# 依次为9.2、9.2、14.0: the values in the order of the years told before.
_IN_TURN_VALUES = re.compile(r"(?:依次|分别)(?:为|是)")
_TOLD_VALUE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_TOLD_GAP = re.compile(r"\s*(?:[，,、]|和|及)\s*")
_TOLD_PREFIX = re.compile(rf"{_SPACE}*(?:(?:图表|图示|图)(?:说明|注)?[：:])?{_SPACE}*")


def read_told_series(
    text: str, paragraphs: list[tuple[int, int]], index: int, published: date | None
) -> Chart | None:
    """The values of a chart told in one paragraph (图表说明：柱状图为…（亿元），2021年1846.2，…；
    折线为同比增速（%），依次为9.2、…), or None unless the whole paragraph reads so. A growth
    series without a name of its own is of the series before it, year for year."""
    start, end = paragraphs[index]
    at = _TOLD_PREFIX.match(text, start, end).end()
    series: list[tuple[str, str, list[tuple[int | None, int, int]]]] = []
    while at < end:
        told = _SERIES_TOLD.match(text, at, end)
        if told is None:
            return None
        at = told.end()
        values: list[tuple[int | None, int, int]] = []
        if (in_turn := _IN_TURN_VALUES.match(text, at, end)) is not None:
            at = in_turn.end()
            while (value := _TOLD_VALUE.match(text, at, end)) is not None:
                values.append((None, *value.span()))
                at = value.end()
                gap = _TOLD_GAP.match(text, at, end)
                if gap is None or not _TOLD_VALUE.match(text, gap.end(), end):
                    break
                at = gap.end()
        else:
            while (pair := _YEAR_VALUE.match(text, at, end)) is not None:
                values.append((int(pair.group(1)), *pair.span(2)))
                at = pair.end()
                gap = _TOLD_GAP.match(text, at, end)
                if gap is None or not _YEAR_VALUE.match(text, gap.end(), end):
                    break
                at = gap.end()
        if len(values) < 2:
            return None
        series.append((told.group("label").strip(), told.group("unit"), values))
        if at < end and text[at] in "；;。":
            at += 1
        while at < end and text[at] in " \t\u3000":
            at += 1
    if not series or series[0][2][0][0] is None:
        return None
    years = [year for year, _, _ in series[0][2]]
    out: list[Observation] = []
    for label, unit_gloss, values in series:
        measure, subject = "level", subjects.clean(label)
        if _GROWTH_LABEL.fullmatch(label):
            measure, subject = "growth", subjects.clean(series[0][0])
        if values[0][0] is None:
            if len(values) != len(years):
                return None
            values = [
                (y, v_start, v_end) for y, (_, v_start, v_end) in zip(years, values, strict=True)
            ]
        read = gloss_unit(unit_gloss)
        if read is None or not subject:
            return None
        magnitude, unit_written, unit = read
        for year, v_start, v_end in values:
            period = year_period(year, "chart_told") if year else None
            value = float(Decimal(text[v_start:v_end].replace(",", "")) * Decimal(magnitude))
            read = _Read(subject, measure, unit, unit_written, None, period)
            trace = {
                "value": "chart_told_value",
                "subject": "chart_told_series",
                "measure": f"chart_told:{measure}",
                "unit": "chart_told_series",
                "period": "chart_told_year",
            }
            out.append(
                _chart_value(text, (v_start, v_end), value, read, (start, end), published, trace)
            )
    return Chart(out, index + 1)
