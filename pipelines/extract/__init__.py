"""The extractor: statistics (``Observation``) out of a normalised bulletin text.

What belongs here: the driver that walks paragraphs, sentences and clauses, asks the lexer
(``numbers``) for quantities and the rule modules for their measure (``measures``), subject
(``subjects``, with enumerations from ``clauses``), period (``periods``) and kind (``kinds``),
hands table rows to ``tables`` and chart blocks (legend, values, axis years) to ``charts``,
lets ``plans`` re-read the figures of plans beside the figures done, and carries context
forward: the latest period of a paragraph, the heading year of a
section, the previous subject and its breakdown, the members of the previous enumeration. It
also fans one value out to the members before 均 and spreads a list's trailing qualifier.
What does not: the rules themselves, each of which lives in its own module.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

from pipelines.extract import charts, companies, measures, members, periods, plans, subjects, tables
from pipelines.extract import clauses as cl
from pipelines.extract.kinds import TargetScope, kind_at, kind_for_future, target_scopes
from pipelines.extract.numbers import Quantity, cjk_number, lex, may_hold_quantity
from pipelines.extract.periods import (
    NO_PERIOD,
    Period,
    TimeExpr,
    base_end,
    find_times,
    months_ahead_of_writing,
    previous_period,
    resolve,
    year_period,
    years_later,
)
from pipelines.extract.units import COUNT_WORDS, CURRENCIES, implied_unit
from pipelines.observation import Observation

__all__ = ["extract"]

_BARE_OK = re.compile(
    r"(?:为|达到?|是|突破|超过?|约|近|增长|下降|提高|提升|上升|降低|回升|回落|减少|增加|有|缩小|扩大"
    r"|降至|升至|增至|降到|升到|增到"
    r"|(?:缩小|扩大|提高|提升|下降|降低|上升)(?:至|到))$"
)
# PUE控制在1.25以下, 设计PUE不高于1.2, PUE在1.20—1.30之间: a pure number held to a bound.
_BARE_HELD = re.compile(r"(?:(?:控制|稳定|保持|维持)在|不高于|不超过|不低于|介于|介乎)$")
_BARE_BOUNDED = re.compile(r"(?:在|低于|高于)$")
_CHANGE_FROM = re.compile(r"(?:从|由)(?:[^，。；]{0,8}[的之])?$")
_CHANGED_TO = re.compile(r"(?:缩小|扩大|提高|提升|下降|降低|上升|增加|减少|调整|优化)(?:至|到|为)")
_HEADING_MAX = 40
_RATIO_OR_MONEY = frozenset(
    {"%", "‰", "个百分点", "个千分点", "倍", "元", "美元", "欧元", "港元", "澳门元", "日元"}
)


@dataclass(slots=True)
class _Enumeration:
    subjects: list[str]
    breakdowns: list[str | None]
    sentence: tuple[int, int]


@dataclass(slots=True)
class _State:
    """Context carried through a paragraph."""

    period: Period | None = None
    period_expr: TimeExpr | None = None
    # 去年同期: the period just named is last year's, for comparison only
    compared_last_year: bool = False
    subject: str | None = None
    breakdown: str | None = None  # the breakdown of ``subject`` where it had one
    # 甲类的销货价值上升…: the measure a member was named with (甲类的 M), which the members
    # after it in the paragraph share (乙类上升…；丙类、丁类分别上升…).
    members_measure: str | None = None
    subject_sentence: tuple[int, int] | None = None
    # The place the sentence's first subject opens with (临江市算力规模…，数据中心机架…): it scopes
    # the later subjects of the sentence that name no place.
    sentence_place: tuple[tuple[int, int], str | None, str | None] | None = None
    # A clause of the sentence that names a quantity and holds no number (制造业增加值占地区
    # 生产总值的比重，今年预计在52.1%左右): the subject of the numbers after it that name none.
    topic: tuple[tuple[int, int], str] | None = None
    # 甲乙项目，总投资135亿元: a clause that names a project, base or park and holds no
    # number; the sentence's bare amounts after it are its own.
    entity: tuple[tuple[int, int], str] | None = None
    measured: str | None = None  # the last subject naming a measure (…工业增加值)
    industry: str | None = None  # the industry whose accounts the paragraph reports
    # 南渚市最低，为19.6个: the member whose figure is the highest or lowest, named alone.
    extreme: tuple[tuple[int, int], str] | None = None
    extreme_measure: str | None = None  # 户籍人口 of 甲镇户籍人口最多, for 乙乡最少 after it
    # 从事甲业的农民工月均收入最低，为…: the sentence, the measure and the member it ranks.
    ranked: tuple[tuple[int, int], str, str] | None = None
    # the period the paragraph's last change ran from (由10月至12月的3.7%上升至…的3.8%)
    changed_from: Period | None = None
    # 新能源汽车这一块，产量…: a spoken topic, what the sentence's bare measures are of.
    spoken_topic: tuple[tuple[int, int], str] | None = None
    lead: str | None = None  # the paragraph's first subject
    # 受访者中，…: where the paragraph says whom the shares after it are among, and who.
    populations: list[tuple[int, str]] = field(default_factory=list)
    # The named place the paragraph's first subject is of (甲省一季度GDP…), with its sentence.
    paragraph_place: tuple[tuple[int, int], str] | None = None
    subject_unit: str | None = None  # the unit of the latest subject's figure
    level_unit: str | None = None  # the unit of its latest figure that is no rate
    level_subject: str | None = None  # what that figure was of
    excluding: str | None = None  # 扣除房地产开发投资，…: what the next clause's figures leave out
    parent: str | None = None  # the latest subject outside a 其中 list of sub-items
    parent_breakdown: str | None = None
    parent_unit: str | None = None  # the unit of the parent's figure
    enumeration: _Enumeration | None = None
    # The periods of the values of the clause being read when its members are times
    # (7月、8月、9月失业率分别为…), else None.
    member_periods: list[Period] | None = None
    times: list[TimeExpr] = field(default_factory=list)
    # The spans of days the document named so far (春节假期（2月6日至14日）), with the words
    # around each, for later mentions of the holiday or event (假期, 年货节期间).
    spans: list[tuple[str, Period]] = field(default_factory=list)
    time_index: int = 0
    # The time told before the last 五年前 of the paragraph, which a look back leaves untouched.
    before_years_ago: tuple[Period | None, TimeExpr | None] | None = None
    # The period the paragraphs before left in force, for figures this one dates nowhere.
    inherited: Period | None = None
    # The first period the paragraph named (全年… before 1—11月…), its frame.
    first_period: Period | None = None
    # 分品种看，…: the sentences from here on give the kinds of the measure named before.
    kinds_opened: bool = False


_PAST_YEAR = {"去年": -1, "上年": -1, "前年": -2}
# 关于明年的重点工作: a heading may also name the year after the publication, which it plans.
_HEADING_YEAR = {**_PAST_YEAR, "明年": 1}
_TARGET_BEFORE = re.compile(r"(?:力争|到|至|目标|预计|计划|将)\s*$")


def _figure_in(text: str, start: int, end: int) -> bool:
    """Whether a figure with a unit or magnitude stands in ``text[start:end]`` (not 表1)."""
    return may_hold_quantity(text, start, end) and any(
        q.unit or q.magnitude_text or q.word_measure for q in lex(text, start, end)
    )


# Any word or figure: what a line holding only a time expression (and bullets) lacks.
_WORDED = re.compile(r"[\u4e00-\u9fff\dA-Za-z]")


def _heading_period(text: str, start: int, end: int, published: date | None) -> Period | None:
    """The period a heading or title line names (2024年…公报, 2025年1—10月…运行情况,
    前三季度…): the period of the figures below it that name none (not a date line like
    2025年2月28日)."""
    if end - start > _HEADING_MAX or "。" in text[start:end]:
        return None
    if _OCCASION.search(text, start, end):
        # 在2026年第二季度重大项目集中开工活动上的讲话, 2026某市数字经济大会: the occasion of
        # a speech or the name of an event, which dates none of the figures told at it.
        return None
    if _AXIS_YEARS.search(text, start, end):
        return None  # 2027年2028年2029年: a chart's axis labels, left in the text layer
    bracketed = _BRACKETED_YEAR.search(text, start, end)
    index_base = tables.INDEX_BASE.search(text, start, end)
    for expr in find_times(text, start, end):
        if expr.kind != "period" or expr.is_base:
            continue
        if index_base is not None and index_base.start() < expr.start < index_base.end():
            continue  # 消费物价指数（2022年7月至2023年6月=100）: the index's base, no period
        if bracketed is not None and bracketed.start(1) <= expr.start < bracketed.end(1):
            break  # the edition of a report, read below
        if _TARGET_BEFORE.search(text, start, expr.start):
            continue  # 力争2029年产业规模突破千亿元: a headline's target year frames nothing
        if text.startswith("远景目标", expr.end):
            continue  # …规划和二〇三五年远景目标纲要实施情况: the name of the plan reviewed
        if _figure_in(text, start, expr.start) and not _figure_in(text, expr.end, end):
            # 甲规模年增3成 乙业下半年看好: a time after a headline's figures, dating none of
            # them, is of a later part of it that states no figure (an outlook).
            continue
        if expr.sub is None and expr.year is None and published:
            # 某县去年农业总产值创新高, 记者：今年外贸形势怎么看？: a headline's or a question's
            # year, counted from the publication.
            asks = text[start:end].rstrip().endswith(("？", "?"))
            this_year = 0 if asks and expr.rel in ("今年", "本年") else None
            # 关于明年的重点工作 plans the next year; a question about it (明年有哪些目标？)
            # frames only its own answer, which names the year again.
            offset = (_PAST_YEAR if asks else _HEADING_YEAR).get(expr.rel or "", this_year)
            if offset is not None and offset > 0 and _figure_in(text, expr.end, end):
                # 明年产量料增6%: a headline's forecast frames its own figure, not the report
                # of this year's figures below it.
                continue
            if offset is not None:
                year = published.year + offset
                return year_period(year)
        if expr.sub is None and expr.year is not None:
            after = text[expr.end : expr.end + 3]
            if re.match(r"\d{1,2}月", after):
                continue
            if (
                published is not None
                and expr.year_to is None
                and expr.year >= published.year
                and published.month < 12
                and text.rfind("《", start, expr.start) > text.rfind("》", start, expr.start)
                and _REPORT_NAMED.match(text, expr.end, end) is not None
            ):
                # 关于发布《2031年…调查报告》的通知, out in May 2031: the name of a report issued
                # in its year, whose figures cannot be the whole year's.
                continue
            year = expr.year_to or expr.year
            return year_period(year)
        if expr.sub is not None and (expr.year is not None or published is not None):
            period = resolve(expr, None, None, published)
            if (
                period.type == "month"
                and published is not None
                and period.end is not None
                and (period.end.year, period.end.month) == (published.year, published.month)
                and not _WORDED.search(text[start : expr.start] + text[expr.end : end])
            ):
                # …发展报告（2025年） / （2026年3月）: the month a report is issued in, alone on
                # its line under the title; a month's figures come out after it.
                continue
            # A day (the dateline 2025年2月28日) dates the document, not its figures; a plan's
            # span (二、“十五五”时期的主要目标) frames the figures of its section.
            if period.type in ("month", "quarter", "half_year", "year_to_date") or expr.sub in (
                "plan",
                "plan_end",
            ):
                return period
            if (
                expr.year is not None
                and period.rule in ("month_end", "year_end", "quarter_end")
                and not _WORDED.search(text[start : expr.start] + text[expr.end : end])
            ):
                # 截至2021年9月底 / 📅 到2021年底 alone on a line: the day the lines below
                # count to (a dateline names a day, not an end of month or year).
                return period
    bare = _BARE_YEAR.search(text, start, end)
    if bare is not None and bracketed is None:
        # 【2031，接着干】, “数”看2030｜…: a year written as a number alone in a heading.
        year = int(bare.group(1))
        if (
            _EDITION_BEFORE.search(text, start, bare.start())
            and published is not None
            and year >= published.year
            and published.month < 12
        ):
            # 某市统计年鉴2026: the edition of a yearbook, about the year before it.
            year = published.year - 1
            return year_period(year, "edition_year")
        return year_period(year)
    if bracketed is not None:
        # 数字经济发展年度报告（2024）: the edition of a report, written after its title. An
        # edition named for the year it comes out in reports the year before: a year's figures
        # are known only once it is over.
        year = int(bracketed.group(1))
        if published is not None and year >= published.year and published.month < 12:
            year = published.year - 1
        return year_period(year, "bracketed_year")
    return None


_COVER_DATE = re.compile(rf"\s*(?:中华)?({periods.ROC_YEAR})年\d{{1,2}}月\s*")
_OCCASION = re.compile(
    r"(?:会议|大会|论坛|峰会|博览会|年会|座谈会|推进会|活动|仪式|典礼)上的(?:讲话|致辞|发言|报告)$"
    r"|^\s*(?:19|20)\d{2}(?!年)[\u4e00-\u9fff]{2,16}(?:大会|论坛|峰会|博览会|年会|展览会|交易会)"
)
# 统计年鉴—2026, 统计摘要·2026: the separators a cover sets between a title and its edition.
_EDITION_BEFORE = re.compile(r"(?:年鉴|年报|公报|白皮书|蓝皮书|摘要|手册)[ \t\u3000—–\-·•・]*$")


def _heads_rows_below(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """Whether the line of times at ``index`` heads a table: the line below is a row with a
    label and one cell under each time (　2021年　2022年 / 电信业务总量（亿元）　402.6　451.3)."""
    if index + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[index]
    below_start, below_end = paragraphs[index + 1]
    if "\t" not in text[start:end] or not tables.is_table_row(text, below_start, below_end):
        return False
    below = tables.read_row(text, below_start, below_end)
    label = text[slice(*below.cells[0])].strip()
    return (
        len(below.cells) == len(tables.read_row(text, start, end).cells) + 1
        and bool(label)
        and not label[0].isdigit()
    )


def _is_time_axis(text: str, start: int, end: int) -> bool:
    """A line of four time labels or more and nothing else (2026年5月　6月 … 2027年1—2月)."""
    if end - start > 120 or not _AXIS_START.match(text, start, end):
        return False
    times = find_times(text, start, end)
    if len(times) < 4:
        return False
    covered = sum(t.end - t.start for t in times)
    rest = (
        text[start:end].count(" ") + text[start:end].count("\u3000") + text[start:end].count("\t")
    )
    return covered + rest >= end - start


_YEARS_LEGEND = re.compile(
    r"(?:[ \t\u3000]*[■□●○◆◇▲△▪▫◼◻★☆]+[ \t\u3000]*(?:19|20)\d{2}年?(?:\d{1,2}月)?){2,}"
    r"[ \t\u3000]*"
)
_AXIS_START = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d{2}年|(?:\d{1,2}[—–-])?\d{1,2}月)")
_AXIS_YEARS = re.compile(r"(?:(?:19|20)\d{2}年?[ \t]*){3,}")
# 【2031，接着干】: a year alone; not 托位1500个, a count.
_BARE_YEAR = re.compile(
    # 泓市监网〔2026〕7号, 某内资字（2025）第17号: the year of a document's number, not of its
    # figures.
    r"(?<![\dA-Za-z.\-/〔［\[])((?:19|20)\d{2})(?![〕］\]]|[）)]\s*第?\s*\d{1,5}\s*号)"
    # 亩均效益2000多元: an approximate amount (多, 余, 左右) is no year either.
    r"(?![\d年月日.%A-Za-z\-/:]|\s*[万亿千百元人户辆吨米次个家件所座条项套台部名位支艘架列场处篇份本种款门批宗例株棵多余左])"
)
# …数字化转型调查报告》: the name of a report (not of a plan, 行动方案（2026—2028年）》).
_REPORT_NAMED = re.compile(r"[^《》\n]{0,30}?(?:报告|白皮书|蓝皮书|调查|监测)》")
_BRACKETED_YEAR = re.compile(
    r"(?:报告|公报|年报|年鉴|白皮书|蓝皮书|摘要|手册)[（(]((?:19|20)\d{2})年?[）)]"
)


def _inside_title(text: str, pos: int, floor: int) -> bool:
    opened = text.rfind("《", floor, pos)
    return opened != -1 and text.rfind("》", opened, pos) == -1


def extract(text: str, published: date | None) -> list[Observation]:
    """All statistics in a normalised text; see the module docstring."""
    # 113年第2季: a text from Taiwan counts years from 1912, everywhere in it.
    roc = periods.ROC_YEARS.set(periods.counts_roc_years(text))
    try:
        if "依次" not in text and "当中" not in text:
            return _extract(text, published)
        # 使用率依次为37.7%和32.1%, ，当中留宿旅客下跌1.2%: words that say what 分别 and 其中
        # say are read as those (the same length, so every offset holds); each sentence is then
        # given back as written.
        reading = _IN_TURN.sub("分别", _AMONG_THEM.sub("其中", text))
        if reading == text:
            return _extract(text, published)
        return [
            replace(o, sentence=text[at : at + len(o.sentence)])
            if (at := reading.find(o.sentence)) != -1
            else o
            for o in _extract(reading, published)
        ]
    finally:
        periods.ROC_YEARS.reset(roc)


_IN_TURN = re.compile(r"依次(?=[^，。；\d]{0,6}[-+]?\d)")
_AMONG_THEM = re.compile(r"(?<=[，。；：])当中(?=[\u4e00-\u9fff])(?!的)")


def _extract(text: str, published: date | None) -> list[Observation]:
    out: list[Observation] = []
    heading: Period | None = None
    in_notes: bool | str = False  # True in a block of notes, "links" under 往期推荐
    header: list[str] | None = None  # the column names of the table being read
    header_aligned = False  # whether the normaliser wrote it by where its names stand
    carried: _Carried | None = None  # what a short line hands on to the next line
    table_subject: str | None = None  # what the title line of the next table says it counts
    table_total: str | None = None  # the quantity the table's first row names
    row_above: str | None = None  # the last row that is no 其中 part, whose parts follow it
    row_above_unit: str | None = None  # the unit that row's label glosses
    time_above: Period | None = None  # the time the row above is of (2030年第1季 / 第2季)
    in_parts = False  # whether the rows are 其中 parts of that row
    total_unit: str | None = None  # what the unit column says on the total's row
    first_row = True  # whether the next table row is the first below the header
    prose_period: Period | None = None  # the period in force at the end of the last paragraph
    section_heading: Period | None = None  # the heading period the last section opened with
    members_of: str | None = None  # the measure a line such as ▶ 分门类看 breaks down
    # The bullet of the last line of figures and the range in ``out`` of its figures.
    figures_above: tuple[str, int, int] = ("", 0, 0)
    local_heading = False  # whether a line inside that section has named its own since
    cards: list[int] = []  # figures on cards (【4.27万亿元】) that the next paragraph explains
    figures: list[int] = []  # figures on a line of their own, labelled by the line below
    shown_alone: list[int] = []  # the figures of the paragraph before, if it held only figures
    spans: list[tuple[str, Period]] = []  # the spans of days named so far, with their words
    labelled_above = False  # whether the paragraph before was a label line holding no figure
    ranked_measure: str | None = None  # 收入居前五位的省份 / ① 甲省 2981亿元: what is ranked
    # The line before said 比上年增长 or 占…比重 and no more: how the figure below is measured.
    measure_label: re.Match[str] | None = None
    line_before: tuple[int, int] | None = None  # the paragraph before this one
    groups: list[str] | None = None  # what a line above a table's header groups its columns by
    grouped_rows = False  # whether a line inside the table has grouped the rows below it
    shares_of: str | None = None  # the whole a 构成 line says the rows below are parts of
    composed_of: str | None = None  # the whole a table's title says its rows make up
    header_choices: list[list[str]] = []  # two header lines: merged, second, first
    index_table = False  # whether the next table's cells are index numbers (上年=100)
    table_unit: str | None = None  # the unit a line above the table sets (单位：万元)
    rates_in_percent = False  # whether that line lists % for the rates (单位：亿元，%)
    unit_line_at = -2  # the index of the paragraph that set it
    last_unit: tuple[str | None, bool] = (None, False)  # the last table's, for its 续表
    # where the last data row starts, its index, and the quantity its label names
    last_row: tuple[int, int, str | None] | None = None
    unit_wrapped = False  # whether the row above had its unit on the line below it
    growth_table = False  # whether the next table's title says its cells are growth rates
    forecast_table = False  # whether it says they are forecasts
    table_period: Period | None = None  # the period the next table's title names
    numbered = False  # whether the paragraph before was a section's number alone
    # ┌──┬──┐, ├──┼──┤ and |---|---|: the rules of a table drawn in box characters or
    # written as text from a web page part no rows (a header heads the rows below its rule).
    paragraphs = [
        p
        for p in cl.paragraphs(text)
        if not (_BOX_RULE.fullmatch(text, *p) or _MARKDOWN_RULE.fullmatch(text, *p))
    ]
    news_items = _news_item_starts(text, paragraphs)
    line_kinds = _line_kinds(text, paragraphs)
    figures_first = _figures_first(line_kinds)
    chart_end = 0  # the first paragraph after the chart block read last
    for index, (p_start, p_end) in enumerate(paragraphs):
        if index < chart_end:
            continue
        if p_start in news_items:
            # A news item in a collection of briefs: the period of the item before is not its.
            prose_period, heading = None, None
        cover_date = None if out else _COVER_DATE.fullmatch(text, p_start, p_end)
        if (
            cover_date is not None
            and heading is not None
            and heading.end is not None
            and periods.calendar_year(cover_date.group(1)) > heading.end.year
        ):
            # 2029年甲省…报告 / 2030年4月: when a report on a year past came out, not a time of
            # its figures.
            continue
        kind = _note_kind(text, p_start, p_end, in_notes)
        if kind == "notes_heading":
            in_notes = True
        elif kind == "links_heading":
            in_notes = "links"
        if kind is not None:
            continue  # notes define terms and thresholds: their numbers are not statistics
        in_notes = False
        chart = charts.read_chart(text, paragraphs, index, published)
        if chart is None:
            chart = charts.read_labelled_values(
                text,
                paragraphs,
                index,
                published,
                lambda start, end: _heading_period(text, start, end, published),
            )
        if chart is None:
            chart = charts.read_told_series(text, paragraphs, index, published)
        if chart is not None:
            out.extend(chart.observations)
            chart_end = chart.next_index
            line_before = paragraphs[chart_end - 1]
            continue
        if (
            _is_time_axis(text, p_start, p_end) and not _heads_rows_below(text, paragraphs, index)
        ) or _YEARS_LEGEND.fullmatch(text, p_start, p_end):
            # 2026年5月　6月　7月 … 2027年5月, ■2025年　■2026年: a chart's axis or its legend
            # of years, which dates no text after it.
            line_before = (p_start, p_end)
            continue
        if (
            header is not None
            and first_row
            and (under_header := tables.TABLE_UNIT.fullmatch(text, p_start, p_end)) is not None
        ):
            # 年份 | 总人口 | 城镇 … / （单位：万人） / 2015 | 447.92 | …: the unit line under the
            # header holds for the rows below it.
            table_unit = under_header.group("unit") or under_header.group("units")
            rates_in_percent = under_header.group("pct") is not None
            continue
        if (
            header is not None
            and first_row
            and line_before == paragraphs[index - 1]
            and (
                _HEADER_TAIL.fullmatch(text, p_start, p_end)
                # 每万人口高价值 / 发明专利拥有量 over the figure rows: a long last name wrapped.
                or (
                    _NAME_TAIL.fullmatch(text, p_start, p_end)
                    and index + 1 < len(paragraphs)
                    and tables.is_table_row(text, *paragraphs[index + 1], in_table=True)
                    and not tables.is_header(text, tables.read_row(text, *paragraphs[index + 1]))
                    and len(tables.read_row(text, *paragraphs[index + 1]).cells) == len(header)
                )
            )
        ):
            # 2023年比上年 / 增长（%）: the last column's name, wrapped onto a line of its own.
            header = [*header[:-1], header[-1] + text[p_start:p_end].strip()]
            line_before = (p_start, p_end)
            continue
        if (
            header is not None
            and first_row
            and line_before == paragraphs[index - 1]
            and "\t" in text[p_start:p_end]
            and tables.times_wrapped_at_right(header, text[p_start:p_end].split("\t"))
        ):
            # 乡镇 | 2030年 | 2031年 | 2031年比上年 / （区） | 增长（%）: the ends of the names
            # that wrapped, the last column's and the label's.
            header = tables.merge_header(header, text[p_start:p_end].split("\t"))
            line_before = (p_start, p_end)
            continue
        if tables.is_table_row(text, p_start, p_end, in_table=header is not None):
            row = tables.read_row(text, p_start, p_end)
            wrapped_unit = (
                tables.unit_wrapped_below(text, row)
                if header is not None and last_row is not None and last_row[1] == index - 1
                else None
            )
            if wrapped_unit is not None:
                # 电信业务总量 | 186.4 | … / （亿元） | | …: the row above's unit, wrapped onto a
                # line of its own in a drawn table.
                total_units = {
                    o.unit for o in out if o.subject == table_total and o.breakdown is None
                }
                label = last_row[2]
                for k in range(len(out) - 1, -1, -1):
                    if out[k].char_start < last_row[0]:
                        break
                    o = tables.in_unit(out[k], wrapped_unit)
                    if (
                        o.breakdown == label
                        and o.subject == table_total
                        and o.unit not in total_units
                    ):
                        # (移动电话用户 / （万户） under 电信业务总量 in 亿元: its own quantity,
                        # no part of the total)
                        o = dataclasses.replace(o, subject=label, breakdown=None)
                    out[k] = o
                row_above_unit = text[slice(*row.cells[0])].strip().strip("（）() ")
                unit_wrapped = True
                line_before = (p_start, p_end)
                continue
            if tables.is_header(text, row):
                # (─────── under a group's name: the rule drawn under it, no name.)
                # (｜｜年末｜〃｜按性别分: a header the normaliser wrote a cell for each column
                # of keeps its blank cells, which say where each name stands.)
                aligned = tables.ALIGNED_BAR in text[p_start:p_end]
                cells = [
                    text[s:e]
                    for s, e in row.cells
                    if (e > s or aligned) and not _RULE_CELL.fullmatch(text, s, e)
                ]
                header_choices = []
                if (
                    header is not None
                    and first_row
                    and line_before == paragraphs[index - 1]
                    # (｜｜2024年｜2025年｜比上年 over ｜｜｜｜增长%: where each name stands says
                    # which column the line below goes on)
                    and (not tables.names_periods(header) or (aligned and header_aligned))
                ):
                    # 企业单位数 | 营业收入 over 行业 | （个） | 总额（亿元）: two header lines,
                    # unless the second holds the wrapped ends of the first's names (地区生产 /
                    # 总值): the first data row's width decides.
                    wrapped = tables.join_wrapped(header, cells)
                    header_choices = [
                        tables.merge_header(header, cells, aligned and header_aligned),
                        *([wrapped] if wrapped else []),
                        cells,
                        header,
                    ]
                    cells = header_choices[0]
                header, first_row, header_aligned = cells, True, aligned
                # 表1　农民工年龄构成 / 16—20岁 | 1.6: each row's share of the title's whole.
                shares_of = composed_of
                if not header_choices:
                    # (货物运输量 | 旅客运输量 over 绝对数 | 比上年增长 over units: the groups
                    # read over the first header line hold for the merged one.)
                    groups = tables.column_groups(text, line_before, header)
            else:
                if header_choices:
                    fitting = [h for h in header_choices if len(h) == len(row.cells)] or [
                        # 增速(%) | 占…比重(%) over label | 11.8 | 100.0: a blank corner cell
                        h
                        for h in header_choices[:-2]
                        if len(h) == len(row.cells) - 1
                    ]
                    header = fitting[0] if fitting else header_choices[-2]
                    if not fitting and tables.is_year_row(text, row):
                        header = None  # no header fits: which column is which is unknown
                    header_choices = []
                if header is None and tables.is_year_row(text, row):
                    line_before = (p_start, p_end)
                    continue
                parent = tables.total_quantity(text, row, table_subject)
                if first_row or (
                    parent is not None and not tables.is_sub_item(text, row) and not grouped_rows
                ):
                    # 进出口总额 / 其中：出口 / 进口: the parts below a total row are its.
                    table_total, first_row = parent, False
                    total_unit = tables.unit_cell_text(text, row, header)
                # A table without a period of its own is about the title's or the prose's last one.
                period = table_period or heading or prose_period
                # 国内出游人次（亿人次） / 城镇居民 / 农村居民: members of the row above, in its
                # unit (the indent that marks them is layout, gone from the normalised text).
                member_row = (
                    row_above_unit is not None
                    and row_above is not None
                    and not grouped_rows
                    and tables.is_bare_member(text, row)
                    # (after a unit wrapped below its row, only a # row is a part of it)
                    and (not unit_wrapped or text[row.cells[0][0]] in "#＃")
                )
                unit_wrapped = False
                out.extend(
                    tables.row_observations(
                        text,
                        row,
                        header,
                        period,
                        published,
                        table_subject,
                        table_total,
                        groups,
                        growth_table,
                        None if index_table else table_unit,  # 上年=100: indexes have none
                        shares_of,
                        index_table,
                        row_above,
                        total_unit,
                        row_above_unit
                        if in_parts or member_row or tables.is_sub_item(text, row)
                        else None,
                        rates_in_percent,
                        row_above if member_row else None,
                        forecast_table,
                        time_above,
                    )
                )
                time_above = tables.row_time(text, row, time_above, published)
                if member_row or tables.is_sub_item(text, row):
                    in_parts = True  # 其中：销售额 / 采购额: the parts run on below
                elif (own_unit := tables.main_row_unit(text, row)) is not None or not in_parts:
                    row_above_unit, in_parts = own_unit, False
                if not member_row:
                    row_above = tables.main_row_label(text, row) or row_above
                last_row = (p_start, index, tables.main_row_label(text, row))
            line_before = (p_start, p_end)
            continue
        line_before = (p_start, p_end)
        if (
            header is not None
            and last_row is not None
            and last_row[1] == index - 1
            and _ROW_NOTE_LINE.fullmatch(text, p_start, p_end)
            and index + 1 < len(paragraphs)
            and tables.is_table_row(text, *paragraphs[index + 1], in_table=True)
        ):
            # 电信业务总量 | 亿元 | 612.4 / （按2015年价格计算） / 移动电话用户 | …: a note on
            # how the row above is reckoned, wrapped onto a line of its own; the table goes on.
            continue
        if header is not None and (
            _TABLE_SUBHEADING.fullmatch(text, p_start, p_end)
            or (
                _ROW_GROUP_LINE.fullmatch(text, p_start, p_end)
                and index + 1 < len(paragraphs)
                and tables.is_table_row(text, *paragraphs[index + 1])
            )
        ):
            # 按品种分：, 按经营地分: a heading of the rows below inside the table; they are
            # parts of the table's total, not of a row above them.
            grouped_rows = True
            structure = _STRUCTURE_GROUP.fullmatch(text, p_start, p_end)
            shares_of = subjects.clean(structure.group("whole")) if structure else None
            continue
        header, table_total, first_row, grouped_rows = None, None, True, False
        row_above = row_above_unit = time_above = None
        in_parts = False
        shares_of = None
        unit_line = tables.TABLE_UNIT.fullmatch(text, p_start, p_end)
        if unit_line is not None:
            table_unit = unit_line.group("unit") or unit_line.group("units")
            rates_in_percent = unit_line.group("pct") is not None
            unit_line_at = index
            line_before = (p_start, p_end)
            continue
        if _INDEX_BASE_LINE.fullmatch(text, p_start, p_end):
            index_table = True  # 上年=100 above a table: its cells are index numbers
            line_before = (p_start, p_end)
            continue
        table_subject = tables.title_subject(text[p_start:p_end])
        composed = _COMPOSITION_TITLE.fullmatch(table_subject) if table_subject else None
        composed_of = subjects.clean(composed.group("whole")) if composed else None
        if table_unit is not None:
            last_unit = (table_unit, rates_in_percent)
        if _CONTINUED_TITLE.match(text, p_start, p_end) and unit_line_at != index - 1:
            # 表6-5（续）, 续表: the same table goes on after a page break, in its unit.
            table_unit, rates_in_percent = last_unit
        elif unit_line_at == index - 1 and _names_groups_of_columns(text, paragraphs, index):
            # 单位：亿元 / 工业增加值　营业收入 / 行业　总量　增长 …: the names of groups of
            # columns between the unit line and the header; the unit holds under them.
            unit_line_at = index
        elif table_subject is None or unit_line_at != index - 1:
            # Prose between tables, or the next table's title: a unit line above it was the
            # last table's (a unit line right above a title is the titled table's).
            table_unit, rates_in_percent = None, False
        unit_note = _UNIT_NOTE_AT_END.search(text, p_start, p_end) or (
            tables.UNIT_AFTER_TITLE.search(text, p_start, p_end)
            if table_subject is not None
            else None
        )
        if unit_note is not None and _tabular_next(text, paragraphs, index):
            table_unit, unit_line_at = unit_note.group("unit"), index
            rates_in_percent = "%" in unit_note.group("rest")
        elif (
            table_subject is not None
            and (title_unit := _TITLE_UNIT.search(text, p_start, p_end)) is not None
            and tables.gloss_unit(title_unit.group("unit")) is not None
            and not tables.title_is_growth(text[p_start:p_end])
            and _tabular_next(text, paragraphs, index)
        ):
            # 表1　按区域统计的空置率（%）: the unit of every cell the title's figures fill.
            table_unit, unit_line_at = title_unit.group("unit"), index
            rates_in_percent = title_unit.group("pct") is not None
        index_table = table_subject is not None and table_subject.endswith("指数")
        table_period = (
            _heading_period(text, p_start, p_end, published) if table_subject is not None else None
        )
        # 贸发局出口预测（按年变动）: a short line naming the table below it, without 表.
        caption = (
            table_subject is None
            and p_end - p_start <= _CAPTION_MAX
            and not _figure_in(text, p_start, p_end)
            and _tabular_next(text, paragraphs, index)
        )
        growth_table = tables.title_is_growth(text[p_start:p_end], caption)
        forecast_table = (table_subject is not None or caption) and _FORECAST_TITLE.search(
            text, p_start, p_end
        ) is not None
        source_line = (
            _SOURCE_LINE.match(text, p_start) is not None
            or (_FIGURE_TITLE.match(text, p_start) is not None and p_end - p_start <= _HEADING_MAX)
            # ■2023年产量■2024年产量—同比增长: a chart's legend, whose years are its series'.
            or _LEGEND_MARKS.match(text, p_start, p_end) is not None
        )
        own_heading = (
            None
            # · 一季度…收入…亿元: an item of a list that tells a figure is no heading; its
            # time is its own, not the items' after it.
            if source_line or (_LIST_ITEM.match(text, p_start) and _figure_in(text, p_start, p_end))
            else _heading_period(text, p_start, p_end, published)
        )
        heading = own_heading or heading
        if (
            figures_first
            and line_kinds[index] == "figure"
            and _kind_at(line_kinds, index + 1) in ("label", "bulleted")
            and not _measure_label_at(text, paragraphs, index + 1)
        ):
            # 📊经济总量 / 5917.3亿元 / 地区生产总值: where figures stand above their labels, the
            # line above a figure is the heading of a section, or the label of the figure before.
            # (5.2% / 同比增长 below 地区生产总值: a label of the measure only names no subject.)
            carried, labelled_above = None, False
        before = len(out)
        state = _paragraph(
            text,
            p_start,
            p_end,
            published,
            heading,
            out,
            carried,
            _inherited(prose_period, published),
            spans,
        )
        if not source_line and (
            p_end - p_start > _HEADING_MAX or not _OCCASION.search(text, p_start, p_end)
        ):
            handed = _handed_on(state, published)
            if not (
                handed is not None
                and prose_period is not None
                and published is not None
                and handed.end is not None
                and handed.end > published + timedelta(days=31)
                and len(out) > before
                and out[-1].kind == "target"
                and _in_speech(text, p_start, out[-1].char_start)
            ):
                # “…全年产量力争翻一番。”厂长说。/ 从市场看，…: a plan someone is quoted
                # on does not date the report that goes on after it.
                prose_period = handed or prose_period
        if (
            len(out) == before
            and p_end - p_start <= _SECTION_HEADING_MAX
            and _SECTION_OPENER.match(text, p_start)
        ):
            if own_heading is None and local_heading:
                # ③ 服务业 / 1—5月，规模以上服务业… / ④ 投资: a time a section's label line
                # names ends with the section; the next one's figures are of the period the
                # heading above the sections names.
                heading, prose_period = section_heading, None
            section_heading, local_heading = heading, False
        elif (
            own_heading is not None and section_heading is not None and "，" in text[p_start:p_end]
        ):
            # 1—5月，规模以上服务业企业营业收入: a label line's own time, not a heading's.
            local_heading = True
        labels_figures = bool(figures)
        owner = None
        if ranked_measure is not None and len(out) > before and _RANKED_ENTRY.match(text, p_start):
            _members_of_ranking(out, before, ranked_measure)
        elif len(out) == before and (ranking := _RANKING_HEADING.fullmatch(text, p_start, p_end)):
            ranked_measure = subjects.clean(ranking.group("measure")) or None
        else:
            ranked_measure = None
        bullet = text[p_start] if text[p_start] in _LIST_BULLETS else ""
        if (
            members_of is None
            and len(out) > before
            and bullet
            and figures_above[0]
            and bullet != figures_above[0]
            and (
                measure := next(
                    (
                        o.subject
                        for o in reversed(out[figures_above[1] : figures_above[2]])
                        if o.subject and subjects.names_measure(o.subject)
                    ),
                    None,
                )
            )
            is not None
        ):
            # ▲零售额…亿元 / ▶城镇…亿元，+5.2%: lines under a figure's line that another bullet
            # marks are its items, the members of its measure.
            members_of = measure
        if len(out) > before and members_of is None:
            figures_above = (bullet, before, len(out))
        elif len(out) == before:
            figures_above = ("", 0, 0)
        if len(out) == before and _MEMBERS_OPENER_LINE.fullmatch(text, p_start, p_end):
            # ▶ 分门类看 / 采矿业 ↑3.1%: the lines below are members of the measure named last.
            members_of = next(
                (o.subject for o in reversed(out[-3:]) if subjects.names_measure(o.subject or "")),
                None,
            )
        elif len(out) == before and _SECTION_OPENER.match(text, p_start):
            members_of = None
        elif members_of is not None and len(out) > before:
            members_of = _members_of_measure(out, before, members_of)
        if (
            len(out) > before
            and (bar := _FIGURE_BAR_LABEL.fullmatch(text, p_start, p_end)) is not None
        ):
            # 13.8万亿元｜软件业务收入: a card's figure, its label after the bar.
            label_start = next(
                bar.start(g) for g in ("label", "comma_label", "glued_label") if bar.group(g)
            )
            _label_figures(text, out, list(range(before, len(out))), label_start, p_end)
        if figures and (figures_first or line_kinds[index] != "bulleted"):
            # (8953亿元 / ↑13.6% / 🔹西部地区: a bulleted line opens the next section, where
            # labels stand above their figures.)
            owner = _label_figures(text, out, figures, p_start, p_end)
        figures = []
        _name_by_restatement(out, shown_alone, before)
        shown_alone = (
            list(range(before, len(out))) if _FIGURES_ONLY.fullmatch(text, p_start, p_end) else []
        )
        if _CARD.fullmatch(text, p_start, p_end):
            cards.extend(range(before, len(out)))
        elif cards and len(out) > before:
            _explain_cards(out, cards, before)
            cards = []
        elif _FIGURES_ONLY.fullmatch(text, p_start, p_end) and not labelled_above:
            # ●参保人数 / 46.8万人: a line of figures under a label line is named by it.
            figures = list(range(before, len(out)))
        if labelled_above and carried is not None and carried.subject and len(out) > before:
            _measure_of_category_label(out, before, carried.subject)
        if measure_label is not None and len(out) > before:
            _measured_as_label_says(out, before, measure_label)
        measure_label = (
            _GROWTH_LABEL_LINE.fullmatch(text, p_start, p_end)
            or _SHARE_LABEL.match(text, p_start, p_end)
            if len(out) == before
            else None
        )
        carried = _carried(text, p_start, p_end, out[before:], state, carried)
        if owner is not None and len(out) == before:
            carried = _Carried(owner, None)
        labelled_above = (
            carried is not None
            and len(out) == before
            and not labels_figures
            # 总量跃居全省第4位: a remark on the figure above, not a label of the one below
            and _FIGURE_OR_RANK.search(text, p_start, p_end) is None
            # 01 / 总量规模: the title of a section, not the label of its first figure.
            and not numbered
        )
        numbered = _NUMBER_ALONE.fullmatch(text, p_start, p_end) is not None
        # 10月1日至8日国庆假期，…: a span of days opening a paragraph frames the figures of the
        # paragraphs after it too, as a title's period does.
        heading = _opening_days(text, p_start, p_end, heading, published) or heading
        if heading is None:
            heading = _survey_date(text, p_start, p_end, published)
    plans.progress_on_plans(text, out)
    plans.plans_in_asides(text, out)
    plans.plans_named(text, out)
    _date_by_same_subject(out)
    _date_by_data_note(text, out, published)
    _date_by_reference_moment(text, out, published)
    _name_by_section_heading(text, out)
    _name_short_measures(out)
    _date_by_restated_figure(out)
    _measure_by_earlier_statement(out)
    _figures_of_titled_entities(text, out)
    companies.figures_of_listed_companies(text, out)
    members.members_take_the_measure(text, out)
    members.members_of_sections(text, out)
    members.parts_named_after_shares(text, out)
    return out


# What a summary box shortens a name to: 规上工业 for 规模以上工业…, GDP for 地区生产总值.
_SHORT_NAMES = (("规上", "规模以上"), ("GDP", "地区生产总值"))
_SUMMARY_LINE_MAX = 16


def _measure_by_earlier_statement(out: list[Observation]) -> None:
    """📌 划重点 / GDP｜4.4% / 投资｜4.3%: a short label and a percentage on a line of their own
    restate a rate the text gave in full before (地区生产总值…同比增长4.4%); the label says what
    it is of, the earlier statement how it was measured."""
    for index, o in enumerate(out):
        if (
            o.unit != "%"
            or o.measure != "level"
            or len(o.sentence) > _SUMMARY_LINE_MAX
            or not o.subject
            or len(o.subject) > 6
        ):
            continue
        label = o.subject
        for short, full in _SHORT_NAMES:
            label = label.replace(short, full)
        stated = next(
            (
                e
                for e in reversed(out[:index])
                if e.unit == "%"
                and e.measure in ("growth", "share")
                and e.value == o.value
                and e.subject
                and (label in e.subject or e.subject in label)
            ),
            None,
        )
        if stated is not None:
            out[index] = dataclasses.replace(
                o,
                measure=stated.measure,
                trace={**o.trace, "measure": "restated_from_before"},
            )


def _name_by_restatement(out: list[Observation], shown: list[int], first: int) -> None:
    """8.7万人 / 城镇新增就业8.7万人，比上年多0.4万人: a figure displayed on a line of its own
    is what the sentence below it, which restates it, says it is."""
    for index in shown:
        figure = out[index]
        restated = next(
            (
                o
                for o in out[first:]
                if o.value == figure.value and o.unit == figure.unit and o.subject
            ),
            None,
        )
        if restated is not None:
            trace = {**figure.trace, "subject": "restated_below", "period": "restated_below"}
            out[index] = _read_as(figure, restated, trace)


def _read_as(figure: Observation, reading: Observation, trace: dict[str, str]) -> Observation:
    """``figure`` with the meaning of ``reading``, an observation of the same statistic that the
    text states in full (subject, breakdown, measure, period, kind)."""
    return dataclasses.replace(
        figure,
        subject=reading.subject,
        breakdown=reading.breakdown,
        measure=reading.measure,
        period_type=reading.period_type,
        period_start=reading.period_start,
        period_end=reading.period_end,
        kind=reading.kind,
        base_period_end=reading.base_period_end,
        trace=trace,
    )


def _date_by_restated_figure(out: list[Observation]) -> None:
    """A headline's figure dated nowhere (网络零售额增长12%) that the report below restates
    (…期间，全市网络零售额同比增长12%) takes the period of that restatement."""
    for index, o in enumerate(out):
        if o.period_end is not None or o.trace.get("period") != "none":
            continue
        restated = next(
            (
                later
                for later in out[index + 1 : index + 9]
                if later.period_end is not None
                and later.measure == o.measure
                and later.unit == o.unit
                and later.value == o.value
                and later.kind == o.kind  # (翻了一番…再翻一番: an outcome, then a target)
            ),
            None,
        )
        if restated is not None:
            out[index] = dataclasses.replace(
                o,
                period_type=restated.period_type,
                period_start=restated.period_start,
                period_end=restated.period_end,
                trace={**o.trace, "period": "restated_below"},
            )


# （本文数据除注明外均截至2031年5月底）, 注：文中数据截至9月30日: the day the text's figures
# are as of, said once, wherever the note stands.
_DATA_AS_OF_NOTE = re.compile(
    r"(?:本文|文中|上述|以上|报道|报告|本报告)中?(?:所[用列引])?(?:相关)?数据"
    r"(?:除[^，。；（()）]{0,6}外)?[，,]?(?:均|皆|统一)?(?:为)?(?=截[至止])"
)


def _date_by_data_note(text: str, out: list[Observation], published: date | None) -> None:
    """Actual figures the text leaves undated, or dates only by a year the note's day falls
    short of (今年新增…, with data as of November), are as of the day a note of the text gives
    for all its data."""
    note = _DATA_AS_OF_NOTE.search(text)
    if note is None:
        return
    as_of = _as_of_at(text, note.end(), len(text), published)
    if as_of is None or as_of.end is None:
        return
    for index, o in enumerate(out):
        # (今年新增…, taken for a target only because the year had not ended: a figure of the
        # year so far, as the note dates it)
        so_far = o.kind == "actual" or o.trace.get("kind") == "future_period"
        if so_far and (
            (o.period_end is None and o.kind == "actual")
            or (
                o.period_type == "year"
                and o.period_end is not None
                and o.period_end.year == as_of.end.year
                and o.period_end > as_of.end
            )
        ):
            out[index] = dataclasses.replace(
                o,
                period_type="as_of",
                period_start=None,
                period_end=as_of.end,
                kind="actual",
                trace={**o.trace, "period": "data_note", "kind": "data_note"},
            )


# 以2000年11月1日零时为标准时点, 普查标准时点为…: the moment a census counts things at.
_REFERENCE_MOMENT = re.compile(
    r"以(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:零时|0时)?为(?:普查|调查)?标准时点"
    r"|(?:普查|调查)?标准时点(?:为|是)(?P<day2>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
)


_EARLIER_CENSUS = re.compile(
    r"(?:比|较|与)(?P<year>(?:19|20)\d\d)年[^，。；\d]{0,14}普查的(?:约|近)?$"
)


def _date_by_reference_moment(text: str, out: list[Observation], published: date | None) -> None:
    """A census counts at its standard moment (以2000年11月1日零时为标准时点): the figures its
    communiqué leaves undated are as of that day."""
    moment = _REFERENCE_MOMENT.search(text) if "标准时点" in text else None
    if moment is None:
        return
    day = moment.group("day") or moment.group("day2")
    as_of = _as_of_at("截至" + day, 0, len(day) + 2, published)
    if as_of is None or as_of.end is None:
        return
    for index, o in enumerate(out):
        if o.kind != "actual" or o.char_start <= moment.start():
            continue
        earlier = _EARLIER_CENSUS.search(text, max(0, o.char_start - 24), o.char_start)
        if earlier is not None and (o.period_end is None or o.period_type == "year"):
            # 与1990年第四次全国人口普查的…相比: the earlier census, at its own standard moment.
            day = date(int(earlier.group("year")), as_of.end.month, as_of.end.day)
        elif o.period_end is None:
            day = as_of.end
        else:
            continue
        out[index] = dataclasses.replace(
            o,
            period_type="as_of",
            period_start=None,
            period_end=day,
            trace={**o.trace, "period": "reference_moment"},
        )


def _name_by_section_heading(text: str, out: list[Observation]) -> None:
    """二、电信业务 / …业务总量增长…；业务收入…: a measure named by its last words under a
    heading that names the rest (the heading ends with the words it opens with) is the
    heading's: 电信业务总量, 电信业务收入."""
    headings = [(m.start(), m.group("topic")) for m in _SECTION_HEADING.finditer(text)]
    if not headings:
        return
    starts = [start for start, _ in headings]
    for index, o in enumerate(out):
        at = bisect.bisect_left(starts, o.char_start) - 1
        if at < 0 or not o.subject or not subjects.names_measure(o.subject):
            continue
        topic = headings[at][1]
        overlap = next(
            (k for k in (3, 2) if len(topic) > k and topic.endswith(o.subject[:k])), None
        )
        if overlap is None or o.subject.startswith(topic):
            continue
        trace = {**o.trace, "subject": f"{o.trace.get('subject')}+section_heading"}
        out[index] = dataclasses.replace(o, subject=topic + o.subject[overlap:], trace=trace)


# 二、电信业务, 三、工业生产: a numbered heading naming what its section reports.
_SECTION_HEADING = re.compile(
    r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．][ \t\u3000]*"
    r"(?P<topic>[\u4e00-\u9fff]{2,8})[ \t\u3000]*$",
    re.MULTILINE,
)


def _name_short_measures(out: list[Observation]) -> None:
    """A measure the text goes on to call by its last words (快递业务量…；甲市业务量增长…,
    业务量增速…) is the one it named in full before: the short name takes the full one back.
    Only a modifier that names no member (快递, not 第一产业 or 甲市) makes a full name."""
    # The measures named in full so far, in order: the first of a kind is the main one
    # (固定资产投资 before 民间投资), which a short name refers back to.
    named: list[str] = []
    for index, o in enumerate(out):
        if not o.subject:
            continue
        rate = subjects.strip_rate_word(o.subject)
        place = subjects.leading_place(rate) or ""
        short = rate[len(place) :]
        # (a short name alone, 投资 after 民间投资, may be the whole the other was a kind of)
        if (place or rate != o.subject) and len(short) >= 2 and subjects.names_measure(short):
            full = next(
                (
                    f
                    for f in named
                    if f.endswith(short)
                    and 2 <= len(modifier := f[: -len(short)]) <= 6
                    and not subjects.names_category(modifier)
                    and not subjects.names_place(modifier)
                ),
                None,
            )
            if full is not None:
                trace = {**o.trace, "subject": f"{o.trace.get('subject')}+named_in_full_before"}
                out[index] = dataclasses.replace(
                    o, subject=place + full + o.subject[len(rate) :], trace=trace
                )
                continue
        whole = subjects.strip_whole_scope(o.subject)
        if (
            subjects.names_measure(whole)
            and subjects.leading_place(whole) is None
            and not subjects.names_place(whole)
            # (中部占比 of the member 中部: a member's name, not a fuller name of the measure)
            and not (o.breakdown and whole.startswith(o.breakdown))
        ):
            named.append(whole)


def _date_by_same_subject(out: list[Observation]) -> None:
    """A figure the text dates nowhere (a headline's 数字经济突破3万亿) takes the period of the
    nearest figure of the same subject and unit that has one (2025年数字经济规模3.12万亿元)."""
    dated: dict[str, list[Observation]] = {}
    for o in out:
        if o.period_end is not None:
            dated.setdefault(o.subject, []).append(o)
    if not dated:
        return
    for index, o in enumerate(out):
        if o.period_end is not None or o.trace.get("period") != "none" or not o.subject:
            continue
        # 规模突破3万亿 / 规模达3.2万亿元: a level with no unit takes the unit of the same
        # subject's level, as it takes its period.
        same = [
            d
            for d in dated.get(o.subject, ())
            if (d.unit == o.unit or (o.unit is None and o.measure == d.measure == "level"))
            # (…比去年同期翻了一番，计划到2030年再翻一番: a target's year dates no outcome)
            and d.kind == o.kind
        ]
        if not same:
            continue
        nearest = min(same, key=lambda d: abs(d.char_start - o.char_start))
        out[index] = dataclasses.replace(
            o,
            unit=nearest.unit,
            period_type=nearest.period_type,
            period_start=nearest.period_start,
            period_end=nearest.period_end,
            trace={**o.trace, "period": "same_subject_elsewhere"},
        )


# 按品种分：, 分地区： a line heading the rows below it inside a table.
_TABLE_SUBHEADING = re.compile(r"\s*[\u4e00-\u9fff]{2,10}[：:]\s*")
# 按经营地分, 核心产业增加值构成（核心产业=100）: a line grouping the rows below it.
_ROW_GROUP_LINE = re.compile(
    r"\s*[\u4e00-\u9fff（）()、]{2,16}(?:[（(][^（()）]{0,10}=\s*100[）)])?\s*"
)
# …构成（…=100）, …结构: the rows below are the parts of a whole, in percent of it.
# …情况如下（金额单位：亿元；同比、占比单位：%）：, the units of the table below, given at the
# end of the sentence that introduces it.
_UNIT_NOTE_AT_END = re.compile(
    r"[（(]\s*(?:金额|计量)?单位\s*[：:]\s*(?P<unit>[^\s，。；、;）)]{1,8})(?P<rest>[^（()）]*)[）)]"
    r"\s*[：:。]?\s*$"
)
# (…客房收入（单位：澳门元百万元）: the unit line written inside the title's brackets)
# ·, •: the bullet of an item of a list, one paragraph each.
_LIST_ITEM = re.compile(r"\s*[·•‧・]")
# (…出进口概况（亿美元；%）: the amounts' unit, then the rates' %)
_TITLE_UNIT = re.compile(
    r"[（(]\s*(?:(?:计量)?单位\s*[：:]\s*)?(?P<unit>[^\s（()）：:；;，,、]{1,8})"
    r"(?P<pct>\s*[；;，,、]\s*[%％])?\s*[）)]\s*$"
)
_CAPTION_MAX = 24
_ROW_NOTE_LINE = re.compile(r"\s*[（(][^（()）\t]{2,16}[）)]\s*")
# …出口预测, …预测值: a table of forecasts (not 预计完成, a plan report's outturn).
_FORECAST_TITLE = re.compile(r"预测(?!.*(?:比较|对比))")
_INDEX_BASE_LINE = re.compile(r"\s*[（(]?[\u4e00-\u9fff]{1,6}\s*=\s*100[）)]?\s*")
# 农民工年龄构成, 就业人员产业结构: the whole, the dimension its parts are by, and 构成 (not
# 常住人口数及其构成, whose table gives the counts beside the shares).
_COMPOSITION_TITLE = re.compile(
    r"(?P<whole>(?:(?!及|和)[\u4e00-\u9fff]){2,12}?)"
    r"(?:年龄|行业|产业|地区|区域|性别|学历|文化程度|规模|类型|用途|品种|门类|来源)?(?:构成|结构)"
)
_STRUCTURE_GROUP = re.compile(
    r"\s*(?P<whole>[\u4e00-\u9fff]{2,14}?)(?:构成|结构)(?:[（(][^）)]*[）)])?\s*"
)
# 【4.27万亿元】, 【超0.9万亿元】: a figure set on a card, as infographics write it.
_CARD = re.compile(r"\s*【[^】\n]{1,24}】\s*")


# 第3位, 第一名: a figure or a rank (not 第一产业, an industry). Any digit counts: a short line
# with the 5 of 5G in it is as often a fragment of wrapped prose as a label.
_FIGURE_OR_RANK = re.compile(r"[0-9]|第[一二三四五六七八九十](?!产业)")
# 5917.3亿元 / ▲4.6% / 52740元　29380元: a line of figures alone, as an infographic sets them
# above the label that names them.
# 超200家, 近30亿元, 2.5EFLOPS, 31家/95个: a qualifier before, a unit in letters, figures parted
# by a slash.
_FIGURES_ONLY = re.compile(
    r"\s*(?:[▲▼↑↓]?\s*(?:超过|超|近|约|逾)?[\d.,]*\d\s*"
    r"(?:[万亿千百]{0,2}(?:[\u4e00-\u9fff]{0,3}|[A-Za-z]{1,6})|%|‰)\s*[/／]?\s*){1,3}"
)
# 01 / 二、 / （三）: a section's number alone on its line, above the section's title.
_NUMBER_ALONE = re.compile(
    r"\s*(?:0?\d{1,2}|[一二三四五六七八九十]{1,3}、?|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*"
)
_SHARE_LABEL = re.compile(r"\s*占[^，。；\d]{1,16}(?:比重|比例|份额)\s*(?:$|[\n，])")
_LABEL_GROWTH = re.compile(r"(?:增速|增幅|增长率|涨幅)$")
_LABEL_SHARE_END = re.compile(r"(?:占比|比重)$")
_LABEL_RATE_ONLY = re.compile(r"(?:同比|比上年|较上年)?(?:增长|增速|增幅|(?P<fall>下降|降幅))$")


def _line_kinds(text: str, paragraphs: list[tuple[int, int]]) -> list[str]:
    """What each paragraph is, for reading an infographic's short lines: a line of figures
    alone, a label line (a bulleted one may be a section's heading instead), or other text."""
    kinds = []
    for start, end in paragraphs:
        if _FIGURES_ONLY.fullmatch(text, start, end):
            kinds.append("figure")
        elif _RANKING_HEADING.fullmatch(text, start, end):
            kinds.append("bulleted")  # 收入居前五位的省份: the heading of the ranked lines below
        elif (
            _is_short_line(text, start, end)
            and (label := _LABEL.fullmatch(text, start, end)) is not None
            and _FIGURE_OR_RANK.search(text, start, end) is None
        ):
            kinds.append("bulleted" if label.start("label") > start else "label")
        else:
            kinds.append("other")
    return kinds


def _names_groups_of_columns(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """Whether the paragraph at ``index`` is a line of names alone parted by tabs, above a
    table's header (工业增加值　营业收入 over 行业　总量　比上年增长%)."""
    start, end = paragraphs[index]
    if "\t" not in text[start:end] or not _tabular_next(text, paragraphs, index):
        return False
    return all(
        tables.GROUP_LABEL.fullmatch(cell.strip())
        for cell in text[start:end].split("\t")
        if cell.strip()
    ) and tables.is_header(text, tables.read_row(text, *paragraphs[index + 1]))


def _tabular_next(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """Whether the paragraph after ``index`` is a table's line (cells parted by tabs or bars)."""
    if index + 1 >= len(paragraphs):
        return False
    line = text[slice(*paragraphs[index + 1])]
    # (｜｜〃｜2029年: a header the normaliser wrote from a layout of spaces, in its own bars)
    return "\t" in line or line.count("|") + line.count("｜") >= 2


def _measure_label_at(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    start, end = paragraphs[index]
    return bool(
        _GROWTH_LABEL_LINE.fullmatch(text, start, end) or _SHARE_LABEL.match(text, start, end)
    )


def _kind_at(kinds: list[str], index: int) -> str:
    return kinds[index] if 0 <= index < len(kinds) else "other"


def _figures_first(kinds: list[str]) -> bool:
    """Whether the document sets each figure above the label that names it (5917.3亿元 /
    地区生产总值) rather than below it. A label line after a figure and before none can only
    name the figure above; one before a figure and after none, only the figure below. A
    bulleted line may be a section's heading, and tells neither."""
    above = below = 0
    for index, kind in enumerate(kinds):
        if kind != "label":
            continue
        before_is_figure = _kind_at(kinds, index - 1) == "figure"
        after_is_figure = _kind_at(kinds, index + 1) == "figure"
        if before_is_figure and not after_is_figure:
            above += 1
        elif after_is_figure and not before_is_figure:
            below += 1
    return above > below


def _label_figures(
    text: str, out: list[Observation], figures: list[int], start: int, end: int
) -> str | None:
    """Name the figures of a figure line (5917.3亿元) by the label that opens the line below it
    (地区生产总值　增长5.6%): its subject, and for a percentage its measure (…增速 → growth);
    two figures take the members the label lists (城镇、农村常住居民人均可支配收入). Returns the
    subject the lines below go on with when it is not the label's own (a share's owner)."""
    window = text[start : min(end, start + 40)]
    # 5G-A基站: digits in a name are no figure; the label runs to the first quantity.
    quantities = lex(text, start, start + len(window))
    number = quantities[0].start - start if quantities else len(window)
    label, _ = subjects.subject_before(window[:number])
    if (
        _SHARE_LABEL.match(window)
        and figures[0] > 0
        and all(out[i].unit == "%" for i in figures)
        and (owner := out[figures[0] - 1].subject)
    ):
        # 10.3% over 占全市GDP比重: the share of what the figure before measured, as is the
        # change the label line goes on to give.
        for index in figures:
            out[index] = dataclasses.replace(
                out[index],
                subject=owner,
                measure="share",
                trace={
                    **out[index].trace,
                    "subject": "share_label_below",
                    "measure": "share_label",
                },
            )
        return owner
    if (
        len(label) < 2
        and (rate := _LABEL_RATE_ONLY.search(window[:number].rstrip())) is not None
        and all(out[i].unit == "%" and out[i].measure == "level" for i in figures)
    ):
        # 4.9% / 按不变价格计算，同比增长: a label that names only the rate; the figure is the
        # growth of what the card is about, as are the remarks below it.
        for index in figures:
            figure = out[index]
            value = -abs(figure.value) if rate.group("fall") else figure.value
            out[index] = dataclasses.replace(
                figure,
                measure="growth",
                value=value,
                trace={**figure.trace, "measure": "rate_label_below"},
            )
        return out[figures[0]].subject or None
    if len(label) < 2:
        return None
    members: list[str | None] = [None] * len(figures)
    labels: list[str] = [label] * len(figures)
    slashed = [subjects.clean(part) for part in re.split(r"[/／]", window[:number].strip())]
    if len(figures) > 1 and len(slashed) == len(figures) and all(slashed):
        # 31家/95个 over 智能工厂/数字化车间: each figure is the count of its own noun.
        labels = slashed
    elif len(figures) > 1:
        split = cl.split_members(label, len(figures))
        if split is None:
            return None
        parts, head = cl.shared_head(split)
        if not head:
            return None
        labels = [subjects.clean(part + head) for part in parts]
        members = [subjects.clean(part) for part in parts]
    for index, subject, member in zip(figures, labels, members, strict=True):
        figure = out[index]
        measure = figure.measure
        if (
            figure.unit == "%"
            and figure.measure == "level"
            and _LABEL_GROWTH.search(window[:number].rstrip())
        ):
            subject, measure = subjects.strip_rate_word(subject), "growth"
        elif (
            figure.unit == "%"
            # (▲32.5% 网上零售额占社零比重: a box's arrow marks the figure, not a growth)
            and (figure.measure == "level" or figure.trace.get("measure") == "arrow")
            and _LABEL_SHARE_END.search(window[:number].rstrip())
        ):
            measure = "share"  # 62.1% over 智能算力占比
        out[index] = dataclasses.replace(
            figure,
            subject=subject,
            breakdown=member,
            measure=measure,
            trace={**figure.trace, "subject": "label_below_figure"},
        )
    return None


# 比上年增长 / 5.6%, 同比下降 / 2.1%: a label line saying only how the figure below changed.
_GROWTH_LABEL_LINE = re.compile(
    r"\s*(?:比上年末?|较上年末?|比上年同期|同比|与上年相比)?\s*(?:两年平均|年均|平均)?"
    r"(?P<verb>增长|增速|增幅|提高|上升|下降|减少|回落)\s*[：:]?\s*"
)


def _measured_as_label_says(out: list[Observation], first: int, label: re.Match[str]) -> None:
    """比上年增长 / 5.6%, 占全部用户比重 / 41.2%: the percentage below a label that names only
    how it is measured is a growth or a share."""
    figure = out[first]
    if figure.measure != "level" or figure.unit != "%":
        return
    if label.re is _SHARE_LABEL:
        measure, value, rule = "share", figure.value, "share_label_above"
    else:
        fall = label.group("verb") in ("下降", "减少", "回落")
        measure, rule = "growth", "growth_label_above"
        value = -abs(figure.value) if fall else figure.value
    out[first] = dataclasses.replace(
        figure, measure=measure, value=value, trace={**figure.trace, "measure": rule}
    )


def _measure_of_category_label(out: list[Observation], first: int, label: str) -> None:
    """乙类制造业 / 293.6亿元 / 增长9.3% after 核心产业增加值715.9亿元: a category set
    above its figures is a member of the quantity measured just before, in the same unit; so is
    a group that shares a word with the quantity's own (城镇居民 after 全体居民人均收入)."""
    if subjects.names_measure(label):
        return
    figure = out[first]
    if figure.subject != label or figure.measure != "level":
        return
    measured = next(
        (
            o
            for o in reversed(out[max(0, first - 6) : first])
            if o.measure == "level" and o.unit == figure.unit and o.subject
        ),
        None,
    )
    if measured is None:
        return
    head = subjects.measure_head(measured.subject) if subjects.names_category(label) else None
    named = label + head if head is not None else subjects.sibling_of(label, measured.subject)
    if named is None:
        return
    _as_member_of(out, first, label, named, {"breakdown": "category_label_of_measure_before"})


def _explain_cards(out: list[Observation], cards: list[int], first: int) -> None:
    """Give each card's figure the meaning of the statement below it that explains it: the
    same figure, else the first figure in the same unit."""
    explained = out[first:]
    for index in cards:
        card = out[index]
        same_unit = [o for o in explained if o.unit == card.unit]
        match = next(
            (o for o in same_unit if abs(o.value - card.value) <= 1e-9 * max(1.0, abs(o.value))),
            same_unit[0] if same_unit else None,
        )
        if match is None:
            continue
        trace = {
            **card.trace,
            "subject": "explained_below_card",
            "measure": "explained_below_card",
            "period": match.trace.get("period", ""),
        }
        out[index] = _read_as(card, match, trace)


# 《调查报告》显示，截至3月底，… / 普查结果表明，截至…: the date a survey or report counts to.
_CITED_AS_OF = re.compile(
    r"(?:》|报告|调查|普查|监测|统计)(?:结果|数据)?(?:显示|表明|指出)[，,：:]?\s*(?=截[至止])"
)


def _survey_date(text: str, start: int, end: int, published: date | None) -> Period | None:
    """The reference date of a report a release summarises, stated once in its lead: it frames
    the findings listed after it that give no date of their own."""
    cited = _CITED_AS_OF.search(text, start, end)
    return None if cited is None else _as_of_at(text, cited.end(), end, published)


def _as_of_at(text: str, pos: int, end: int, published: date | None) -> Period | None:
    """The day a 截至… expression right at ``pos`` names, or None."""
    for expr in find_times(text, pos, min(end, pos + 16)):
        if expr.as_of and expr.start == pos:
            period = resolve(expr, None, None, published)
            return period if period.type == "as_of" else None
    return None


# 假期, 春节假期, 年货节期间, 活动期间: a holiday or event whose span of days the text gave before.
_NAMED_SPAN = re.compile(
    r"(?P<name>(?:(?![占比较于的])[\u4e00-\u9fff]){0,4}?)"
    # 春运前20天: the first days of a span the text dated before.
    r"(?:假期|期间|(?<![提之以目此])前\d{1,2}天)(?:里|内|中)?"
)
_HOLIDAY_WORDS = re.compile(r"假|春节|国庆|中秋|元旦|清明|端午|五一|劳动节")


def _with_named_spans(text: str, start: int, end: int, times: list[TimeExpr]) -> list[TimeExpr]:
    """``times`` with the mentions of a named span of days (假期, 年货节期间) added, in order,
    outside the expressions already found."""
    named = [
        TimeExpr(m.start(), m.end(), m.group(), "named_span")
        for m in _NAMED_SPAN.finditer(text, start, end)
        if not any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in times)
        # 占假期接待总量的28.9%, 比上年假期: the whole or the base, not the period.
        and text[m.start() - 1 : m.start()] not in ("占", "比", "较", "于")
    ]
    return sorted([*times, *named], key=lambda t: t.start) if named else times


# “双11”, “年货节”: an event the text names in quotes.
_QUOTED_EVENT = re.compile(r"[“\"](?P<name>[^”\"，。；、]{2,8})[”\"]")


def _with_named_events(
    text: str, start: int, end: int, times: list[TimeExpr], spans: list[tuple[str, Period]]
) -> list[TimeExpr]:
    """``times`` with the later mentions of an event whose dates the text gave before (今年
    “双11”商家… after “双11”期间（10月15日至11月11日）): each a mention of its span."""
    named = []
    for m in _QUOTED_EVENT.finditer(text, start, end):
        if not any(f"“{m.group('name')}”期间" in context for context, _ in spans) or any(
            t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in times
        ):
            continue
        # 今年共有52万个商家参与“双11”活动: the event frames this year's figures of its
        # sentence, also those before its name.
        opened = max(text.rfind(mark, start, m.start()) for mark in "。！？\n") + 1
        this_year = [
            t
            for t in times
            if max(opened, start) <= t.start and t.end <= m.start() and t.text in ("今年", "本年")
        ]
        at = this_year[-1].end if this_year else m.start()
        named.append(TimeExpr(at, at, m.group("name") + "期间", "named_span"))
    return sorted([*times, *named], key=lambda t: t.start) if named else times


def _named_span(mention: str, spans: list[tuple[str, Period]]) -> Period | None:
    """The latest span of days whose words name what ``mention`` names: the event (年货节) of an
    X期间, a holiday for 假期."""
    name = _NAMED_SPAN.fullmatch(mention)
    # (“双11”: an event named with digits, which _NAMED_SPAN does not read.)
    event = name.group("name") if name is not None else mention.removesuffix("期间")
    holiday = "假期" in mention
    for context, period in reversed(spans):
        if len(event) >= 2 and event[-2:] in context:
            return period
        if holiday and _HOLIDAY_WORDS.search(context):
            return period
    return None


def _fixed_date_holiday(text: str, mention: TimeExpr, year: int) -> Period | None:
    """The days of a holiday on fixed dates named before ``mention`` (“五一”假期, 国庆黄金周),
    when the text gives no dates: from its first day, for the days the text counts (5天假期,
    假期5天) or the days it usually lasts."""
    named = _FIXED_HOLIDAY.search(text, max(0, mention.start - 8), mention.end)
    if named is None or named.end() != mention.end:
        return None
    month, first_day, usual_days = _FIXED_HOLIDAYS[named.group("name")]
    days = _holiday_days(text, mention) or usual_days
    first = date(year, month, first_day)
    return Period("days", first, first + timedelta(days=days - 1), "fixed_date_holiday")


def _holiday_days(text: str, mention: TimeExpr) -> int | None:
    """The days a holiday lasted, as the words around its mention count them (5天假期, 假期8天)."""
    counted = _DAYS_COUNTED.search(text, max(0, mention.start - 4), mention.end + 4)
    if counted is None:
        return None
    written = counted.group("days")
    days = int(written) if written.isdigit() else cjk_number(written)
    return int(days) if days is not None and 1 <= days <= 10 else None


# Holidays on fixed dates of the solar calendar: (month, first day, the days they usually last).
# 春节, 端午 and 中秋 follow the lunar calendar, so only the dates a text gives date them.
_FIXED_HOLIDAYS = {
    "五一": (5, 1, 5),
    "劳动节": (5, 1, 5),
    "国庆": (10, 1, 7),
    "国庆节": (10, 1, 7),
    "十一": (10, 1, 7),
    "元旦": (1, 1, 1),
}
_FIXED_HOLIDAY = re.compile(
    r"[“\"]?(?P<name>五一|劳动节|国庆节?|(?<![\d一二三四五六七八九十])十一|元旦)[”\"]?"
    r"(?:小长假|长假|黄金周)?(?:假期|期间)"
)
_DAYS_COUNTED = re.compile(r"(?P<days>\d{1,2}|[一二三四五六七八九十])天")


def _handed_on(state: _State, published: date | None) -> Period | None:
    """The period a paragraph hands on to the paragraphs after it: the latest it named, or
    the year it opened with where it went on to months of that year (全年实施项目…；1—11月
    完成投资…: the paragraph is about the year)."""
    first, last = state.first_period, state.period
    if (
        first is not None
        and last is not None
        and first.type == "year"
        and last.type in ("month", "year_to_date", "quarter", "half_year")
        and last.end is not None
        and first.end is not None
        and last.end.year == first.end.year
        # A year far from over at publication frames the months told so far, not what follows
        # (a year-end review given in December frames its year).
        and (published is None or first.end <= published + timedelta(days=31))
    ):
        return first
    return last


def _inherited(period: Period | None, published: date | None) -> Period | None:
    """The period the paragraphs before left in force, for a paragraph that names none: a
    reported period, not a plan's future one."""
    if period is None or period.end is None or published is None:
        return None
    if period.end > published and period.end.year != published.year:
        return None  # a plan's later year (到2030年) frames only its own paragraph
    return period


# A line of a release written one fact per line (▲新增商户 / 3.1万户 / 完成目标的104%):
# short, with no sentence end, opened by a bullet or by nothing.
_SHORT_LINE = 40
_BULLETS = "▲△●○■□◆◇★☆•·◎➤►—\\-"
# A label line: a name with a bullet, an emoji or an arrow before it (🎯地区生产总值).
_LABEL = re.compile(
    rf"(?:[{_BULLETS}\s\u2190-\u2bff\ufe0f]|[\U0001f000-\U0001faff])*"
    # 其中，软件外包服务出口 / 152.7亿美元: the label of a part.
    r"(?:其中[，,：:]?)?"
    # 1—5月，规上服务业企业营业收入 / 增长26.4%: the time the label's figures are of, first.
    r"(?:[\d年月—\-–～至]{2,12}[，,]\s*)?"
    r"(?P<label>[\u4e00-\u9fff“”、（）A-Za-z0-9+]{2,20})"
)


# 软件业务收入居前五位的省份, 营收排名前10的企业: a heading over the ranked members' lines.
_RANKING_HEADING = re.compile(
    r"\s*(?P<measure>[\u4e00-\u9fff]{2,16}?)(?:居|位居|排名|排在|位列)(?:全国|全省|全市)?前"
    r"[\d一二三四五六七八九十]{1,3}(?:位|名)?的?[\u4e00-\u9fff]{0,4}\s*[：:]?\s*"
)
# ① 甲省, 1. 甲市, No.1 甲企业: a ranked member's line.
_RANKED_ENTRY = re.compile(r"\s*(?:[①-⑳]|\d{1,2}[.、．]|No\.\s*\d{1,2}|TOP\s*\d{1,2})\s*")


def _as_member_of(
    out: list[Observation], first: int, member: str, subject: str, rules: dict[str, str]
) -> None:
    """Make the observations from ``first`` on whose subject is ``member`` figures of
    ``subject`` for that member."""
    for index in range(first, len(out)):
        if out[index].subject == member:
            out[index] = dataclasses.replace(
                out[index],
                subject=subject,
                breakdown=member,
                trace={**out[index].trace, **rules},
            )


def _members_of_ranking(out: list[Observation], first: int, measure: str) -> None:
    """① 甲省 2981亿元 ↑12.4% under 软件业务收入居前五位的省份: the member's figures of the
    ranked quantity."""
    member = out[first].subject
    if not member or subjects.names_measure(member) or len(member) > 12:
        return
    _as_member_of(out, first, member, measure, {"subject": "ranked_heading", "breakdown": "ranked"})


# 数据来源：某研究院，2026年6月: when and where the figures were published, not their period.
_SOURCE_LINE = re.compile(r"\s*(?:数据|资料|信息)?来源\s*[：:]")
# 图1　2019—2030年全球市场规模: a chart's title, whose years are the chart's, not the text's.
_FIGURE_TITLE = re.compile(r"\s*图\s*[\d一二三四五六七八九十]+(?:[-—.]\d+)?(?![\d.])")
_LEGEND_MARKS = re.compile(r"\s*[■□●○◆◇▲△][^■□●○◆◇▲△，。；]{1,20}[■□●○◆◇▲△]")
_FIGURE_BAR_LABEL = re.compile(
    # ■ 1874.2亿元　…, ▶10.9%　…: a box's bullet before the figure.
    r"\s*(?:[■□▶►▷●○◆◇★☆▪•▸◎]\s*)?"
    r"(?:约|近|超|超过|逾|将近|接近|突破|[+-])?[\d.,]+\s*[万亿千百]{0,2}[\u4e00-\u9fffA-Za-z%‰]{0,3}"
    r"(?:多|余|以上|左右)?\s*[｜|]\s*"
    r"(?P<label>[\u4e00-\u9fff“”、（）A-Za-z0-9]{2,20})\s*"
    # 3852.4亿元　电子商务交易额 (the wide space read as a comma): a figure box's line, its
    # label after the figure and nothing else, no digit in it.
    r"|\s*(?:[■□▶►▷●○◆◇★☆▪•▸◎]\s*)?(?:约|近|超|超过|逾|将近|接近|突破|[+-]|[↑↓▲▼])?"
    r"[\d.,]+[万亿千百]{0,2}"
    r"[\u4e00-\u9fffA-Za-z%‰]{0,3}(?:多|余|以上|左右)?，"
    # (1—7月限额以上单位商品零售额: the label may open with the months it covers.)
    r"(?P<comma_label>(?:\d{1,2}(?:[—–-]\d{1,2})?月)?[\u4e00-\u9fff“”、（）A-Za-z]{2,20})"
    # ■ 5173.9亿元 全市网络零售额 (the space between CJK dropped): after a bullet, a figure in
    # a common unit glued to its label.
    r"|\s*[■□▶►▷●○◆◇★☆▪•▸◎]\s*(?:约|近|超|超过|逾|突破|[+-]|[↑↓▲▼])?[\d.,]+[万亿千百]{0,2}"
    r"(?:元|美元|%|‰|人次|人|户|件|个|家|台|部|吨|架|辆|项|千瓦|千瓦时|EFLOPS|PFLOPS)"
    r"(?:多|余|以上|左右)?(?P<glued_label>[\u4e00-\u9fff“”、（）]{2,20})\s*"
)


# （三）, 三、, 第三部分: a section's number (第一产业 is an industry, not the first section).
# ④ 投资, 二、工业, （三）消费: a section heading, whose time the one before does not cross.
_SECTION_HEADING_MAX = 20
_SECTION_NUMBER = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、"
    r"|第[一二三四五六七八九十]+(?:章|节|部分|篇|编|条|[、，,：:．.\s]|$))"
)
# ④ 投资, 二、工业, （三）消费: a section a document's heading frames. Narrower than
# _SECTION_NUMBER: a (1) item or a 第一章 chapter keeps the time of the section around it.
_SECTION_OPENER = re.compile(
    r"\s*(?:[①-⑳]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
)


def _is_short_line(text: str, start: int, end: int) -> bool:
    return (
        end - start <= _SHORT_LINE
        and "。" not in text[start:end]
        and text[end - 1] not in "！？；：:"
    )


# ▪其中, ·其中：, 其中，: a line that opens with the sub-items of the figure above.
_SUB_ITEMS_LINE = re.compile(r"[\s\W_]{0,4}其中")


def _whole_in_paragraph_before(
    text: str, p_start: int, out: list[Observation]
) -> Observation | None:
    """The amount (no rate, no part of another) the paragraph right before ended on: its last
    figure, or the amount that figure's change or rate is of."""
    before_start = text.rfind("\n", 0, max(0, p_start - 1)) + 1
    last = out[-1] if out and out[-1].char_end > before_start else None
    if last is None or not last.subject or last.breakdown is not None:
        return None
    for o in reversed(out):
        if o.char_end <= before_start or o.subject != last.subject:
            return None
        if o.measure == "level" and o.unit not in (None, "%", "个百分点"):
            return o
    return None


class _Carried(NamedTuple):
    subject: str | None
    enumeration: _Enumeration | None
    level_unit: str | None = None  # the unit of the subject's last figure that is no rate
    breakdown: str | None = None  # the member the last figure was of


def _carried(
    text: str,
    start: int,
    end: int,
    found: list[Observation],
    state: _State,
    carried: _Carried | None,
) -> _Carried | None:
    """What a short line hands on to the next line: its label when it holds no figure, else
    the subject of its last figure and the list it ended with; None after prose."""
    if not _is_short_line(text, start, end):
        return None
    if found:
        listed = state.enumeration
        if listed is not None and listed.subjects[-1] != found[-1].subject:
            listed = None
        level_unit = next(
            (o.unit for o in reversed(found) if o.unit not in ("%", "个百分点")),
            carried.level_unit if carried else None,
        )
        return _Carried(
            found[-1].subject or (carried.subject if carried else None),
            listed,
            level_unit,
            found[-1].breakdown if found[-1].subject else None,
        )
    label = _LABEL.fullmatch(text, start, end)
    if label is None or _SECTION_NUMBER.match(text, start) or lex(text, start, end):
        return None  # （三）重点行业情况: a section's heading labels no figure
    # 比上年增长 / 5.6%, 两年平均增长, 占移动基站总数比重: a label that names only how the
    # figure below is measured keeps the subject of the figures above.
    if _GROWTH_LABEL_LINE.fullmatch(text, start, end) or _SHARE_LABEL.match(text, start, end):
        return _Carried(carried.subject if carried else None, None)
    named = subjects.clean(label.group("label"))
    return _Carried(named or (carried.subject if carried else None), None)


def _opening_days(
    text: str, start: int, end: int, heading: Period | None, published: date | None
) -> Period | None:
    if text.find("日", start, min(end, start + 16)) == -1:
        return None
    for expr in find_times(text, start, min(end, start + 24)):
        # (春节假期（1月29日至2月6日，共9天），…: the holiday named, its days in brackets)
        named = _HOLIDAY_BEFORE_DAYS.fullmatch(text, start, expr.start) is not None
        if (expr.start - start > 2 and not named) or expr.is_base:
            return None
        year = heading.end.year if heading is not None and heading.end else None
        period = resolve(expr, year, None, published)
        if (
            heading is not None
            and heading.type in ("month", "quarter")
            and heading.start is not None
            and period.start is not None
            and heading.start <= period.start
            and period.end is not None
            and heading.end is not None
            and period.end <= heading.end
        ):
            # 2031年6月入境旅客 / 端午假期（6月9日至11日）期间…: a holiday inside the month
            # the release reports is one part of it; its days frame their own paragraph.
            return None
        return period if period.type == "days" else None
    return None


_HOLIDAY_BEFORE_DAYS = re.compile(r"\s*[“\"]?[\u4e00-\u9fff]{1,6}[”\"]?(?:假期|黄金周|小长假)[（(]")


# 注释： / 注： open a block of notes; [12]… defines a footnoted term; 1. / （1） continue a block.
# 数据说明：, 调查说明：, 指数说明：: notes on how the figures were made.
_NOTES_HEADING = re.compile(
    # 注1：, 注②: a numbered note.
    # (图表说明：, 图片说明：: a chart's caption tells its figures, no note on method)
    r"^\s*(?P<word>注释|注|附注|(?![图表片]{1,2}说明)[\u4e00-\u9fff]{0,4}说明)\s*(?:\d{1,2}|[①-⑩])?\s*[：:]"
)
_REPORTS_CHANGE = re.compile(r"(?:比|较)(?:上年|去年)|同比")
_FOOTNOTE_LINE = re.compile(r"^\s*\[\d{1,3}\]")
# ·一季度全市新设企业0.8万户2027-05-12: the title of another article, listed with its date.
_RELATED_LINK = re.compile(
    r"^\s*(?:[·•]\s*\S.*?\d{4}-\d{1,2}-\d{1,2}\s*$|(?:上一篇|下一篇|上一条|下一条)\s*[：:])"
)
# 往期推荐 / 相关阅读: a web page's list of other articles; their titles follow, one a line.
_LINKS_HEADING = re.compile(
    r"\s*(?:往期推荐|推荐阅读|相关阅读|相关新闻|延伸阅读|热门推荐|猜你喜欢)\s*[：:]?\s*"
)
_NOTE_ITEM = re.compile(r"^\s*(?:\d{1,2}[.、]|[（(]\d{1,2}[）)])")


def _note_kind(text: str, start: int, end: int, in_notes: bool | str) -> str | None:
    """Whether a paragraph is a note (a definition, not a report) or a link to another
    article: its kind, or None."""
    line = text[start:end]
    if (heading := _NOTES_HEADING.match(line)) is not None and not (
        # 说明：…年末全县户籍人口26.47万人，比上年末减少0.24万人: a yearbook's lead, reporting
        # changes over time, which no definition or note on method does.
        heading.group("word").endswith("说明") and _REPORTS_CHANGE.search(line, heading.end())
    ):
        return "notes_heading"
    if _LINKS_HEADING.fullmatch(line):
        return "links_heading"
    if in_notes == "links":
        # The titles listed under it: short lines, no sentence of a report.
        return "related_link" if len(line) <= 40 and "。" not in line else None
    if _RELATED_LINK.match(line):
        return "related_link"
    if _FOOTNOTE_LINE.match(line):
        return "footnote_definition"
    if in_notes and _NOTE_ITEM.match(line):
        return "note_item"
    return None


# 去年同期是…, 高于2024年2.5%的增幅: a clause about the time compared with.
_COMPARED_CLAUSE = re.compile(
    r"\s*(?:而|但)?(?:(?:去年|上年)同期"
    r"|(?:高于|低于|快于|慢于|好于)(?:(?:19|20)\d{2}|[二〇○][〇○一二三四五六七八九]{3})年"
    # 年末…38.2万个，到今年3月末再增至39.7万个。充电桩…: a later reading in passing; the
    # text goes on at the time it told.
    r"|到(?:今年|本年)?\d{1,2}月(?:末|底)?(?:又|再|进一步)"
    # 已超过去年全年8.4亿元的水平: last year's figure, as a mark the figure passed.
    r"|(?:已经?|还|也)?(?:超过|超出|高于|接近|相当于)了?(?:去年|上年)(?:全年|同期)?)"
)
# 同比下降1.1%，1—2月为增长1.4%；日均…: a clause after the figure giving an earlier period's, for
# comparison.
_EARLIER_PERIOD_WAS = re.compile(
    r"\s*(?:\d{1,2}[—–-]\d{1,2}月|\d{1,2}月份?|上月|上年|去年|上季度|[一二三]季度|上半年"
    r"|(?:19|20)\d{2}年|[二〇○][〇○一二三四五六七八九]{3}年)"
    r"为(?:增长|下降|[-−+]?\d)"
)
# 而在2024年，…, 而早在2020年，…: a sentence that looks back, in contrast to the time told.
_LOOK_BACK_OPENER = re.compile(
    r"\s*(?:而|但|然而)(?:在|早在)?"
    r"(?:(?:19|20)\d{2}年|[二〇○][〇○一二三四五六七八九]{3}年|(?:[一二两三四五六七八九十]|\d{1,2})年前)"
)
_SUB_YEAR_TYPES = ("quarter", "half_year", "month", "year_to_date", "as_of")


def _figure_over_label(text: str, q: Quantity) -> bool:
    """Whether a decimal number stands alone on its line with a short label line below it."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    if line_end == -1 or text[line_start : q.start].strip() or text[q.end : line_end].strip():
        return False
    if "." not in text[q.start : q.end]:
        return False  # 2025 / 数据来源: a year or a count alone is no such figure
    label_end = text.find("\n", line_end + 1)
    label = text[line_end + 1 : len(text) if label_end == -1 else label_end]
    if _FIGURE_LABEL.fullmatch(label) is None:
        return False
    # In a run of cards the line two above is the figure before (62.1% / 智能算力占比 / 1.23);
    # in a table's cells laid one a line it is another cell or a header.
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, max(0, above_end)) + 1
    figure_end = above_start - 1
    figure_start = text.rfind("\n", 0, max(0, figure_end)) + 1
    return (
        figure_end > 0
        and _FIGURES_ONLY.fullmatch(text, figure_start, figure_end) is not None
        and _UNIT_AFTER_DIGITS.search(text, figure_start, figure_end) is not None
    )


def _in_speech(text: str, p_start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation (“…) opened in its paragraph and not closed
    before it."""
    return text.rfind("“", p_start, pos) > text.rfind("”", p_start, pos)


def _inside_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a short quotation (“…”)."""
    return any(
        m.start() < pos < m.end() for m in _QUOTED.finditer(text, max(0, pos - 13), pos + 13)
    )


def _named_since_topic(out: list[Observation], sentence: tuple[int, int]) -> bool:
    """Whether a figure of the sentence named its own subject (so that the clauses after it go
    on with that subject, not with a topic named before it)."""
    return any(
        o.char_start >= sentence[0] and o.trace.get("subject") in ("before_number", "before_cue")
        for o in out[-6:]
    )


# 研发开支：312.4亿港元（2024年）: a time alone in brackets right after a figure.
_BRACKETED_TIME = re.compile(r"[（(](?P<time>[^（()），。；]{2,14})[）)]")
_FIGURE_TAIL = re.compile(r"\d(?:[.,]\d+)*\s*(?:[万亿千百]{0,2}[\u4e00-\u9fff]{0,3}|%|‰)\s*$")


def _figure_s_own_time(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` is a year-dated time alone in brackets right after a figure."""
    opening = expr.start - 1
    return (
        expr.kind == "period"
        and expr.year is not None
        and opening >= 1
        and text[opening] in "（("
        and text[expr.end : expr.end + 1] in ("）", ")")
        and _FIGURE_TAIL.search(text, max(0, opening - 12), opening) is not None
    )


def _time_bracketed_after(text: str, pos: int, times: list[TimeExpr]) -> TimeExpr | None:
    """The time written alone in brackets at ``pos``, right after a figure, or None."""
    bracket = _BRACKETED_TIME.match(text, pos)
    if bracket is None:
        return None
    return next(
        (
            t
            for t in times
            if t.start == bracket.start("time")
            and t.end == bracket.end("time")
            and _figure_s_own_time(text, t)
        ),
        None,
    )


_WILL_AFTER = re.compile(r"[^。；]{0,12}?(?:将|拟|计划|预计|预期|力争|有望|要|届时)")


def _context_year(state: _State, heading: Period | None, published: date | None) -> int | None:
    if state.compared_last_year and published is not None:
        # 去年同期还不到六百家。一季度，…: last year's figure for comparison sets no year for
        # the periods after it.
        return heading.end.year if heading is not None and heading.end else published.year
    if state.period is not None and state.period.end is not None:
        return state.period.end.year
    if heading is not None and heading.end is not None:
        return heading.end.year
    return published.year if published else None


def _advance_time(
    text: str,
    state: _State,
    pos: int,
    sentence: tuple[int, int],
    heading: Period | None,
    published: date | None,
    scopes: list[TargetScope],
) -> None:
    """Apply the time expressions that end before ``pos`` to the paragraph state."""
    while state.time_index < len(state.times) and state.times[state.time_index].end <= pos:
        expr = state.times[state.time_index]
        state.time_index += 1
        if expr.kind == "same" and (previous := state.period_expr) is not None:
            state.compared_last_year = (
                previous.rel in _PAST_YEAR and previous.end == expr.start
            ) or state.compared_last_year
        if expr.kind == "same" or expr.is_base:
            continue
        if _figure_s_own_time(text, expr):
            continue  # …312.4亿港元（2024年）: the figure's own time, framing nothing after it
        if expr.kind == "reset":
            told = state.period_expr
            if (
                told is not None
                and told.as_of
                and sentence[0] <= told.start < expr.start
                and text.find("以来", expr.end, expr.end + 12) != -1
            ):
                continue  # 截至9月底，园区自2015年成立以来累计…: the total to the date named
            state.period, state.period_expr = NO_PERIOD, None
            continue
        if expr.kind == "named_span":
            span = _named_span(expr.text, state.spans)
            if (
                span is not None
                and span.rule == "fixed_date_holiday"
                and span.start is not None
                and (days := _holiday_days(text, expr)) is not None
            ):
                # “五一”假期…。4天假期全市…: the days the text counts, not the usual ones.
                span = span._replace(end=span.start + timedelta(days=days - 1))
            if span is None and (year := _context_year(state, heading, published)) is not None:
                span = _fixed_date_holiday(text, expr, year)
                if span is not None:
                    state.spans.append((text[max(0, expr.start - 8) : expr.end], span))
            if span is not None:
                state.period, state.period_expr = span, None
            continue
        previous = state.period_expr
        if (
            expr.rel in ("今年", "本年")
            and expr.sub is None
            and previous is not None
            and previous.as_of
            and 0 <= expr.start - previous.end <= 1
        ):
            continue  # 截至10月底今年新增…: this year's figure counted to the date just named
        if text.startswith("的", expr.start - 1) and text.startswith(_TARGET_NOUNS, expr.end):
            continue  # 高于年初确定的10%以上的全年目标: the target's span, not the time of the text
        if (
            expr.sub == "全年"
            and expr.year is None
            and expr.rel is None
            and text.startswith(_TARGET_NOUNS, expr.end)
            and text.endswith(_MEASURED_AGAINST, max(0, expr.start - 2), expr.start)
        ):
            continue  # 2.27亿美元，完成全年目标4.2亿美元的54.0%: progress so far on the year's plan
        # (甲增长x%，改变了去年同期…, in a paragraph dated by the one before)
        current = state.period if state.period is not None else state.inherited
        if (
            expr.rel in _PAST_YEAR
            and text.startswith("同期", expr.end)
            and current is not None
            and current.type in _SUB_YEAR_TYPES
            and current.end is not None
        ):
            # 一季度…，去年同期是…: the same part of the year before, not the whole year.
            years = _PAST_YEAR[expr.rel]
            state.period = Period(
                current.type,
                years_later(current.start, years) if current.start else None,
                years_later(current.end, years),
                "same_period_before",
            )
            state.period_expr = expr
            continue
        sentence_year = (
            # 澜启芯算2025年营收…；公司今年上半年出货…: 今年 is the year of publication.
            None
            if expr.rel in ("今年", "本年") and published is not None
            else _sentence_year(state, sentence, expr)
        )
        if (
            expr.rel == "上年"
            and sentence_year is None
            and state.period is not None
            and state.period.end is not None
            # (the year just told in this sentence, not a paragraph's earlier one)
            and state.period_expr is not None
            and state.period_expr.start >= sentence[0]
            and text.startswith(("为", "是", "同期为"), expr.end)
            and text[expr.start - 1 : expr.start] in ("，", "（", "(", "；")
        ):
            # 全年…79.3亿元，上年为61.8亿元: the figure of the year before the one just told.
            sentence_year = state.period.end.year
        context_year = _context_year(state, heading, published)
        if (
            published is not None
            and expr.year is None
            and _FORECAST_BEFORE.search(text, max(0, expr.start - 3), expr.start)
            # 一、2023年计划执行情况 / 预计全年…, in January 2024: the estimated outcome of the
            # year the section reviews, just over.
            and not (
                heading is not None
                and heading.end is not None
                and heading.end.year == published.year - 1
                and published.month <= 3
            )
        ):
            # 2024年，…。预计全年…: a forecast is about the year of publication at the earliest.
            context_year = max(context_year or published.year, published.year)
        elif (
            published is not None
            and published.month < 12
            and expr.year is None
            and expr.rel is None
            and expr.sub in ("全年", "年末", "年底")
            and state.period is None
            and heading is None
            and kind_at(expr.start, scopes)[0] == "actual"
        ):
            # 全年蔬菜产量…, reported before the year is out: the year just over.
            context_year = published.year - 1
        elif (
            published is not None
            and expr.year is None
            and expr.rel is None
            and sentence_year is None
            and state.period is None
            and heading is None
            and kind_at(expr.start, scopes)[0] == "actual"
            # (12月份将举办…: a month ahead, told as one)
            and _WILL_AFTER.match(text, expr.end, sentence[1]) is None
            and months_ahead_of_writing(resolve(expr, published.year, None, published), published)
        ):
            # 12月份，…增长5.1%, reported in February: the last December, not the next one.
            context_year = published.year - 1
        elif (
            published is not None
            and expr.year is None
            and expr.rel is None
            and sentence_year is None
            and any(t.rel in _PAST_YEAR for t in state.times if t.start < sentence[0])
            and not any(t.year is not None for t in state.times if t.start < expr.start)
            and (month := _BARE_MONTH.match(expr.text)) is not None
            and int(month.group(1)) <= published.month
        ):
            # 去年底…。截至2月底，…: a month named bare after a sentence on last year is this
            # year's (last year's would be 去年2月), when it is already past.
            context_year = published.year
        if (expr.rel or "").endswith("年前"):
            state.before_years_ago = (state.period, state.period_expr)
        state.period = resolve(expr, context_year, sentence_year, published)
        if state.first_period is None and state.period.end is not None:
            state.first_period = state.period
        state.period_expr = expr
        state.compared_last_year = False
        if state.period.type == "days" or (
            # “双11”期间（10月20日20时至11月11日24时）: an event's dates, bracketed after it.
            state.period.type in ("day", "as_of")
            and (opened := text.rfind("期间（", max(0, expr.start - 20), expr.start)) != -1
            and "）" not in text[opened : expr.start]
        ):
            context = text[max(0, expr.start - 20) : expr.end + 40]
            state.spans.append((context, state.period))


# 培育…, 新建…, 推动…: a sentence that goes on setting out what a plan will do.
_PLAN_GOES_ON = re.compile(
    r"\s*(?:同时|并|还要?|另外)?[，,]?(?:培育|打造|新建|建成|建设|新增|引进|推动|实施|布局|形成"
    r"|发展壮大|累计建成|力争|争取)(?![^。；]*(?:19|20)\d\d\s?年)"
)
# 从16.4%提升到, 从2015年的…: 从 opening the first term of a change (not 从业人员).
_FROM_FIGURE = re.compile(r"从(?:[^，。；]{0,8}?[\d一二三四五六七八九十两]|$)")
_TARGET_NOUNS = ("目标", "预期目标", "计划目标", "目标任务", "任务")
# 完成全年目标, 占全年计划, 达全年任务: a figure measured against a plan of the year.
_MEASURED_AGAINST = ("完成", "为", "占", "超过", "达", "达到", "高于", "低于")
_BARE_MONTH = re.compile(r"(?:截至|截止)?(\d{1,2})月")
_FORECAST_BEFORE = re.compile(r"(?:预计|力争|计划|争取|将)$")


def _sentence_year(state: _State, sentence: tuple[int, int], expr: TimeExpr) -> int | None:
    for other in state.times:
        if other is expr or other.kind != "period" or other.year is None or other.is_base:
            continue  # 较2022年底增加: a base year is not the year the sentence is about
        # 2025年…去年: a year named before frames the relative expression after it; one named
        # after it (今年…力争…；到2027年…) is a later goal's.
        if sentence[0] <= other.start < sentence[1] and (
            other.start < expr.start or expr.rel not in ("今年", "本年")
        ):
            return other.year
    return None


def _paragraph(
    text: str,
    p_start: int,
    p_end: int,
    published: date | None,
    heading: Period | None,
    out: list[Observation],
    carried: _Carried | None = None,
    inherited: Period | None = None,
    spans: list[tuple[str, Period]] | None = None,
) -> _State:
    state = _State(inherited=inherited)
    state.populations = sorted(
        (m.end(), m.group("noun"))
        for pattern in (_POPULATION_OPENER, _POPULATION_SHARED)
        for m in pattern.finditer(text, p_start, p_end)
    )
    source = _PLACE_OF_SOURCE.match(text, p_start, p_end)
    if source is not None and subjects.is_place(source.group("place")):
        # 甲省统计局数据显示，全省…: the figures the paragraph reports are of the source's place.
        state.paragraph_place = ((-1, -1), source.group("place"))
    state.times = [
        t for t in find_times(text, p_start, p_end) if not _inside_title(text, t.start, p_start)
    ]
    axes = [m.span() for m in _AXIS_YEARS.finditer(text, p_start, p_end)]
    if axes:
        # 2027年2028年2029年: a chart's axis labels state no time of the text around them.
        state.times = [t for t in state.times if not any(a <= t.start < b for a, b in axes)]
    if spans is not None:
        state.spans = spans
        if (
            "假期" in text[p_start:p_end]
            or "期间" in text[p_start:p_end]
            or (spans and "天" in text[p_start:p_end])
        ) and (spans or _FIXED_HOLIDAY.search(text, p_start, p_end) is not None):
            state.times = _with_named_spans(text, p_start, p_end, state.times)
        if spans and "“" in text[p_start:p_end]:
            state.times = _with_named_events(text, p_start, p_end, state.times, spans)
    sents = cl.sentences(text, p_start, p_end)
    titled = _RUN_IN_HEADING.match(text, p_start, p_end)
    if titled is not None:
        # （二）政府性基金预算。收入预计…: a run-in heading names what the paragraph's bare
        # measure nouns are of.
        state.subject = subjects.clean(titled.group("title")) or None
    if carried is not None and _is_short_line(text, p_start, p_end):
        state.subject, state.level_unit = carried.subject, carried.level_unit
        # ▪其中智能算力2.7EFLOPS / ▪占比42.2%: the member goes on with the subject.
        state.breakdown = carried.breakdown
        if carried.enumeration is not None:
            # 甲、乙两项分别达3.3万、2.1万 / 同比分别增长2.8%、9.0%: the same members.
            state.enumeration = dataclasses.replace(carried.enumeration, sentence=sents[0])
    if _SUB_ITEMS_LINE.match(text, p_start, p_end) and (
        whole := _whole_in_paragraph_before(text, p_start, out)
    ):
        # …种植面积12.4万亩，比上年增加0.6万亩。 / 其中，辣椒3.1万亩, ▪其中辣椒3.1万亩: the parts
        # of the amount the paragraph (or bullet) before told.
        state.parent, state.parent_unit = whole.subject, whole.unit
    scopes = target_scopes(text, p_start, p_end, [e for _, e in sents], published)
    if (
        state.subject is None
        and _KINDS_OPENER.match(text, p_start)
        and (measured := _measure_of_paragraph_before(text, p_start, out))
    ):
        # 规上工业发电量…。/ 分品种看，…火电同比下降1.3%: the kinds of the measure the
        # paragraph before ended with.
        state.subject, state.subject_unit = measured
        state.subject_sentence = sents[0] if sents else None
    plan_frame: tuple[Period | None, TimeExpr | None] | None = None
    for s_start, s_end in sents:
        sentence_text = text[s_start:s_end].strip()
        outside_plan = None
        if plan_frame is not None:
            if _PLAN_GOES_ON.match(text, s_start, s_end):
                # 到2030年，…达到…。培育…企业10家: the plan goes on in the next sentence, for
                # the same year (and for that sentence only).
                outside_plan = (state.period, state.period_expr)
                state.period, state.period_expr = plan_frame
            else:
                plan_frame = None
        before = (state.period, state.period_expr, len(out))
        if text[s_start : s_start + 1] in _KINDS_OPENER_FIRST and _KINDS_OPENER.match(
            text, s_start
        ):
            state.kinds_opened = True
        if (
            heading is not None
            and heading.type == "multi_year"
            and heading.end is not None
            and published is not None
            and heading.end > published
            and _PROPOSAL_OPENER.match(text, s_start, s_end)
        ):
            # 三、“十五五”时期的主要目标 / …“十四五”时期…。建议稿提出，…: what the proposal
            # sets out is for the plan's span, not the one the paragraph looked back on.
            state.period, state.period_expr = heading, None
        clauses = (
            cl.clauses(text, s_start, s_end)
            if may_hold_quantity(text, s_start, s_end)
            # 人均可支配收入：指居民可用于最终消费支出和储蓄的总和，按每户3人计: a definition of an
            # indicator, whose figures are no statistics.
            and _DEFINITION.match(text, s_start, s_end) is None
            else ()
        )
        revised_from: tuple[Period | None, TimeExpr | None] | None = None
        for clause in clauses:
            if revised_from is not None and _THEREFORE.match(text, clause.start):
                # 4月份…；3月份出口额修正为x亿元，因此环比增长…: what follows from the revision
                # is of the period the sentence reports, not of the month revised.
                _advance_time(
                    text, state, clause.start, (s_start, s_end), heading, published, scopes
                )
                state.period, state.period_expr = revised_from
            revised_from = (
                (state.period, state.period_expr)
                if _REVISED_TO.search(text, clause.start, clause.end) is not None
                and state.period is not None
                else None
            )
            compared = not clause.aside and (
                _COMPARED_CLAUSE.match(text, clause.start) is not None
                or (
                    clause.start > s_start + 1
                    and _EARLIER_PERIOD_WAS.match(text, clause.start) is not None
                )
            )
            if clause.aside or compared:
                # （上年为3172.9亿元）: a time inside an aside dates the aside only.
                _advance_time(
                    text, state, clause.start, (s_start, s_end), heading, published, scopes
                )
                outside = (state.period, state.period_expr)
            quantities = lex(text, clause.start, clause.end)
            if quantities:
                quantities = _keep_statistics(text, clause, quantities)
            if not quantities:
                # The time expressions before the clause's end take effect at the next quantity
                # or at the end of the sentence, in the same order: nothing reads the period
                # in between.
                topic = _topic(text, clause)
                if topic is not None:
                    state.topic = ((s_start, s_end), topic)
                elif (entity := _entity_named(text, clause)) is not None:
                    state.entity = ((s_start, s_end), entity)
                elif (extreme := _EXTREME_MEMBER.fullmatch(text, clause.start, clause.end)) and (
                    member := subjects.clean(extreme.group("member"))
                ):
                    state.extreme = ((s_start, s_end), member)
                elif (
                    (extreme := _EXTREME_IS.fullmatch(text, clause.start, clause.end))
                    and (member := subjects.clean(extreme.group("member")))
                    and (measured := subjects.clean(extreme.group("measure")))
                ):
                    # 增速最快的是乙县: as 乙县增速最快 says it.
                    state.extreme = ((s_start, s_end), member + measured)
                elif (
                    (ranked := _MEMBERS_RANKED_HIGH.fullmatch(text, clause.start, clause.end))
                    and (member := subjects.clean(ranked.group("members")))
                    and (measured := subjects.clean(ranked.group("head")))
                ):
                    state.ranked = ((s_start, s_end), measured, member)
                spoken = (
                    _SPOKEN_TOPIC.fullmatch(text, clause.start, clause.end)
                    if text.find("这", clause.start, clause.end) != -1
                    else None
                )
                if spoken is not None and (topic := subjects.clean(spoken.group("topic"))):
                    state.spoken_topic = ((s_start, s_end), topic)
                excluding = _EXCLUDING.fullmatch(text, clause.start, clause.end)
                if excluding is not None:
                    state.excluding = excluding.group(1)
                turned = _TURNED.fullmatch(text, clause.start, clause.end)
                if turned is not None and (turning := subjects.clean(turned.group("what"))):
                    # 民间投资由降转增，增长0.7%: the figure after is of what turned.
                    state.subject, state.subject_unit = turning, None
                    state.subject_sentence = (s_start, s_end)
                continue
            told = (state.period, state.period_expr)
            _clause(
                text,
                clause,
                quantities,
                (s_start, s_end),
                sentence_text,
                state,
                published,
                heading,
                scopes,
                out,
            )
            if state.member_periods is not None and told[0] is not None:
                # 2025年…。前两季度、前三季度增速分别为…。全年亏损企业156家: the
                # periods listed dated their own values; the text goes on in the time it told.
                state.period, state.period_expr = told
            state.excluding = None
            if clause.aside or compared:
                # 去年同期是…: last year's figure for comparison dates its own clause only.
                _advance_time(text, state, clause.end, (s_start, s_end), heading, published, scopes)
                state.period, state.period_expr = outside
        _advance_time(text, state, s_end, (s_start, s_end), heading, published, scopes)
        expr = state.period_expr
        if (
            expr is not None
            and (expr.rel or "").endswith("年前")
            and expr.start >= s_start
            and state.before_years_ago is not None
            and (earlier := state.before_years_ago[0]) is not None
            and earlier.end is not None
            and state.period is not None
            and state.period.end is not None
            and state.period.end < earlier.end
        ):
            # …超过八成，而在五年前，这一比重还不足五成。: the look back, even inside the
            # sentence, dates only what follows it there; the text goes on in its own time.
            state.period, state.period_expr = state.before_years_ago
        elif (
            expr is not None
            and expr.start >= s_start
            and (
                kind_at(expr.start, scopes)[1] in ("target_cue", "estimate_cue")
                or expr.rel == "明年"
            )
        ):
            # 白皮书预计，今年规模将达…。已有逾20个城市出台…: the year of a forecast does not
            # frame the reported figures after it.
            if (
                published is not None
                and expr.year is not None
                and expr.year > published.year
                and expr.text.startswith("到")
            ):
                # (到2030年: a plan's year, which the next sentence may go on with)
                plan_frame = (state.period, state.period_expr)
            state.period, state.period_expr = before[0], before[1]
        elif (
            expr is not None
            and expr.start >= s_start
            and (_LOOK_BACK_OPENER.match(text, s_start, s_end) or text.startswith("以来", expr.end))
            and before[0] is not None
            and before[0].end is not None
            and state.period is not None
            and state.period.end is not None
            and state.period.end < before[0].end
        ):
            # 2030年，全县…亿元。而在2024年，这一数字还不足…。茶叶…: a look back, in
            # contrast, frames its own sentence only; so does the start of a stretch up to now
            # (前三季度…增长x%。自去年三季度以来，月度增速连续多月在y%以上。…增长z%).
            state.period, state.period_expr = before[0], before[1]
        elif (
            expr is not None
            and expr.start >= s_start
            and expr.rel in _PAST_YEAR
            and heading is not None
            and heading.end is not None
            and state.period is not None
            and state.period.end is not None
            and state.period.end.year < heading.end.year
        ):
            # 二、2028年主要目标 …。去年全市完成投资…。举办活动700场: a look back at last
            # year, inside a section about this one, frames its own sentence only.
            state.period, state.period_expr = before[0], before[1]
        elif (
            expr is not None
            and expr.start >= s_start
            and state.period is not None
            and state.period.rule == "day"
            and before[0] is not None
            and before[0].type in ("month", "quarter", "year_to_date", "half_year", "year")
            and before[0].start is not None
            and before[0].end is not None
            and state.period.end is not None
            and before[0].start <= state.period.end <= before[0].end
        ):
            # 2029年6月入境旅客…。6月14日单日入境旅客达…。旅客平均逗留…: one day's record
            # inside the month told; the text goes on in the month.
            state.period, state.period_expr = before[0], before[1]
        elif (
            expr is not None
            and expr.start >= s_start
            and before[0] is not None
            and state.period is not None
            and state.period.end is not None
            and before[0].end is not None
            and state.period.end < before[0].end
            and _REVISED_TO.search(text, s_start, s_end) is not None
        ):
            # 首季…。统计局同时将2029年全年网上零售额修订为…。首季跨境电商…: a revision of an
            # earlier period's figure, told in passing; the text goes on in the time it told.
            state.period, state.period_expr = before[0], before[1]
        elif (
            expr is not None
            and expr.start >= s_start
            and state.period is not None
            and state.period.rule == "same_period_before"
            and state.period.end is not None
            and (
                before[0] is None
                or (before[0].end is not None and state.period.end < before[0].end)
            )
        ):
            # 上半年…。甲增长x%，改变了去年同期下滑y%的态势。乙…: the
            # same period a year before is what a figure is set against; the text goes on in
            # its own time.
            state.period, state.period_expr = before[0], before[1]
        elif (
            len(out) == before[2]
            and _is_event_date(state.period_expr, s_start)
            # 3月份，火电降幅收窄，水电增速加快。其中…: a sentence on how figures moved is no
            # event; its month dates the figures it goes on to.
            and _FIGURES_MOVED.search(text, s_start, s_end) is None
            # 本报讯（记者 王明）11月3日，…: a news item's dateline dates the figures it reports.
            and not _DATELINE.match(text, p_start, state.period_expr.end)
            # 为期5天的博览会6月8日闭幕。博览会期间，…: the day an event closed dates what the
            # next sentences count over its span.
            and _EVENT_CLOSED.search(text, s_start, s_end) is None
        ):
            # 2021年2月，总书记考察…: the date of an event, not a period framing statistics;
            # it does not carry on to the figures of later sentences.
            state.period, state.period_expr = before[0], before[1]
        if outside_plan is not None and plan_frame is not None:
            if state.period_expr is plan_frame[1]:
                state.period, state.period_expr = outside_plan
            else:
                plan_frame = None  # the sentence named a time of its own
    return state


_DEFINITION = re.compile(
    r"\s*(?:\d{1,2}[.．、]\s*|[（(]\d{1,2}[）)]\s*)?[^，。；：:\d]{2,20}[：:]\s*(?:是)?指(?![标数])"
)
_THEREFORE = re.compile(rf"\s*(?:{subjects.THEREFORE})")
_REVISED_TO = re.compile(r"(?:修订|修正|订正)后?(?:为|至|成)")
_RUN_IN_HEADING = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])"
    r"\s*(?P<title>(?:[^，。；：:\d]|(?<=[A-Za-z])\d+(?:\.\d+)?|\d+(?=[A-Za-z岁]))"
    r"{2,30})[。．：:]"
)


# 甲省统计局数据显示, 据乙市工信局统计: a paragraph opening with the office of a place it quotes.
_PLACE_OF_SOURCE = re.compile(
    r"\s*(?:据|根据)?(?P<place>[^\W\d从向自记者]{2,3}(?:省|市|县|自治区))"
    r"(?:统计局|工业和信息化厅|工信厅|工信局|通信管理局|商务厅|商务局|发展改革委|发改委|数据局|人民政府)"
)


# A month or a day (2021年2月, 3月5日) without 截至/底/末: an event date when its sentence
# reports no figure. Years, quarters, halves and year-to-date spans frame statistics.
_DAY_SPAN = re.compile(r"日[—–\-~至到]")
_EVENT_DATE = re.compile(r"(?:\d{1,2}月份?(?:\d{1,2}日)?|\d{1,2}日)$")


# What a project, a park or a group of firms has, as its own amount (总投资, 注册资本, 产值).
_GROUP_ATTRIBUTE = re.compile(
    r"(?:总|年度计划|年内计划|计划|累计|完成)?投资(?:额)?|注册资本|产值|营业收入|营收"
    r"|(?:建筑|占地|用地)面积|(?:签约|合同)金额|从业人员"
)
# 1.甲乙晶圆制造项目, 丙丁产业园（二期）: a clause that names one project, base or park.
_ENTITY_NAMED = re.compile(
    r"\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*"
    r"(?P<name>[^，。；：\d\s][^，。；：\s]{1,23}?(?:项目|基地|园区|产业园|示范园|中心|工程))"
    r"(?:[（(][^（()）]{1,8}[）)])?$"
)


def _entity_named(text: str, clause: cl.Clause) -> str | None:
    named = _ENTITY_NAMED.match(text, clause.start, clause.end)
    if named is None or _PLANNED.search(named.group("name")):
        return None  # 全省将实施…工程: a plan's action, not the name of a project
    return subjects.group_name(subjects.clean(named.group("name"))) or None


def _figures_of_titled_entities(text: str, out: list[Observation]) -> None:
    """1.甲乙产业园项目。总投资…，完成投资…，已入驻企业30家: a paragraph whose first
    sentence is a project's name alone reports that project; its figures are the project's."""
    if not out:
        return
    starts = [o.char_start for o in out]
    for p_start, p_end in cl.paragraphs(text):
        title_end = text.find("。", p_start, p_end)
        if title_end == -1:
            continue
        named = _ENTITY_NAMED.fullmatch(text, p_start, title_end)
        if named is None or _PLANNED.search(named.group("name")):
            continue
        entity = subjects.group_name(subjects.clean(named.group("name")))
        if not entity:
            continue
        for index in range(bisect.bisect_left(starts, title_end), len(out)):
            o = out[index]
            if o.char_start >= p_end:
                break
            if o.breakdown is None and entity not in o.subject:
                out[index] = dataclasses.replace(
                    o, breakdown=entity, trace={**o.trace, "breakdown": "entity_titled"}
                )


# 完成投资…, 全年实现产值…: a clause that opens with what was achieved, naming no doer.
_ACHIEVED_OPENING = re.compile(
    r"\s*(?P<before>[^，。；：]{0,8}?)(?:累计|共|合计)?(?:实现|完成)(?=[\u4e00-\u9fff]{2})"
)


# An industry or a line of business (核心产业, 服务业, 新兴业务), not a group of its firms (企业).
_INDUSTRY = re.compile(r"(?<![企行])业务?$")


# 本报讯（记者 王明）11月3日, 新华社北京3月5日电, 本报甲市11月4日讯: where and when a news
# item was filed, at the head of its first paragraph.
_DATELINE = re.compile(
    r"\s*(?:(?:本报讯|本报[^，。：\d]{0,8}?(?=\d)|[\u4e00-\u9fff]{2,10}(?:社|网|台)[\u4e00-\u9fff]{0,8}?(?=\d))"
    r"\s*(?:[（(](?:记者|通讯员|见习记者|融媒体记者)[^）)]{0,40}[）)])?"
    r"|[（(](?:记者|通讯员|见习记者|融媒体记者)[^）)]{0,40}[）)])\s*"
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)?$"
)


# 本报讯, 新华社北京3月5日电, （记者 王明）: the opening of a news item.
_NEWS_ITEM_OPENING = re.compile(
    r"\s*(?:本报讯|本报[^，。：]{0,12}?讯|[\u4e00-\u9fff]{2,10}(?:社|网|台)[^，。：]{0,12}?电"
    r"|[（(](?:记者|通讯员|见习记者|融媒体记者))"
)


def _news_item_starts(text: str, paragraphs: list[tuple[int, int]]) -> set[int]:
    """Where each news item of a page of briefs starts: its headline (a short line with no
    sentence) before a paragraph opening with a dateline, else that paragraph."""
    starts: set[int] = set()
    for index, (start, end) in enumerate(paragraphs):
        if _NEWS_ITEM_OPENING.match(text, start, end) is None:
            continue
        if index > 0:
            h_start, h_end = paragraphs[index - 1]
            if h_end - h_start <= 30 and text.find("。", h_start, h_end) == -1:
                start = h_start
        starts.add(start)
    # One article under its dateline keeps its title's period; only a page of briefs parts.
    return starts if len(starts) >= 2 else set()


_FIGURES_MOVED = re.compile(
    r"(?:增速|增幅|降幅|涨幅|跌幅|比重|占比)(?:有所|明显|继续|进一步|均|均有所)?"
    r"(?:加快|放缓|回升|回落|收窄|扩大|提高|下降|上升)"
)


_EVENT_CLOSED = re.compile(r"落下帷幕|闭幕|落幕|圆满结束|顺利结束|收官")


def _is_event_date(expr: TimeExpr | None, sentence_start: int) -> bool:
    return (
        expr is not None
        and expr.start >= sentence_start
        and _DAY_SPAN.search(expr.text) is None  # 2月15日至22日: a holiday frames its figures
        and not expr.as_of
        and expr.kind == "period"
        and _EVENT_DATE.search(expr.text) is not None
        and not expr.text.endswith(("底", "末"))
    )


# 就业人员10万人生产安全事故死亡人数1.157人: a round number glued to the name of a rate whose
# value follows is the rate's denominator (per 100,000 workers), as 每10万人 would be.
# Only a round magnitude (10万人, 1亿元): 100家企业研发投入总额 counts enterprises.
_ROUND = re.compile(r"10*(?:万|亿|百万|千万)[\u4e00-\u9fff]{0,2}$")
_RATE_NAME = re.compile(r"[\u4e00-\u9fff]{2,14}(?:人数|率|量|额|数)$")


def _is_denominator(text: str, q: Quantity, following: Quantity | None) -> bool:
    return (
        following is not None
        and _ROUND.match(text, q.start, q.end) is not None
        and _RATE_NAME.fullmatch(text, q.end, following.start) is not None
    )


# 在受访的260家企业中，: the whole a count of members is taken from.
_SHARE_NOUN_END = re.compile(r"(?:占比|比重|份额)$")
_AMONG = re.compile(r"(?:^|(?<=[，,。；]))\s*在?([^，,。；]{2,24})中[，,]")
# 37个行业中有29个…: the whole named in the clause of the count.
_AMONG_HAS = re.compile(r"\s*在?([^，,。；]{2,24})中(?:有|共有)")
# 纳入考核的30项指标: the noun a whole counts.
_COUNTED_NOUN = re.compile(rf"\d+[{''.join(sorted(COUNT_WORDS))}户类]([\u4e00-\u9fff]{{2,8}})$")
# 每万人 alone: the denominator of a density whose noun comes after the count.
_PER_PEOPLE_ONLY = re.compile(r"每(?:十万|百万|万|千|百)?(?:人|户)口?")
_PER_PEOPLE_BEFORE = re.compile(
    r"(?P<per>每(?:十万|百万|万|千|百)?(?:人|户)口?)(?:约|平均)?(?:拥有|有)?(?:约|近|超过?)?$"
)
# 5座为中营养状态: the copula before what the members are.
_PREDICATE_COPULA = re.compile(r"^(?:为|是|属于|处于)")
# 其中五星级酒店为93.2%: a kind of the whole, and the rate it stands at; 留宿旅客维持2.3日: or
# the average (a time) it comes to.
_STANDS_AT = re.compile(r"(?:为|是|达到?|维持|保持)\s*$")
_DURATION_UNITS = frozenset({"日", "天", "晚", "小时", "分钟"})
_AVERAGE_NAMES = ("时间", "天数", "时长", "日数")
# 分别为甲市（: a member named right before its figure in brackets.
_MEMBER_MOVED_MOST = re.compile(
    r"(?:^|(?<=[，；。：\n]))(?:与[^，。；]{1,10}比较，)?(?P<member>[\u4e00-\u9fff、]{2,24}?)的"
    r"(?P<measure>[\u4e00-\u9fff]{2,8}?)(?P<rate>升幅|增幅|涨幅|跌幅|降幅)最(?:大|小|高|低)\s*[（(]$"
)
_POPULATION_OPENER = re.compile(
    r"(?:^|(?<=[，。；：\n]))(?:在)?(?P<noun>[\u4e00-\u9fff]{0,6}"
    r"(?:受访者|受访企业|网民|用户|样本|调查对象|消费者|从业人员|就业人员|农民工))中"
    # 受访者中男性占…: the first group may follow at once.
    r"(?:[，,]|(?=[\u4e00-\u9fff]{1,10}?占))"
)
# 输往欧盟的, 来自日本的: the market a part of the trade goes to or comes from.
_TRADE_DIRECTION = re.compile(
    # (出口往甲地的货值: the flow first, then 往 and the market, as Macao writes it)
    r"(?P<flow>(?:整体)?(?:出口|转口))?(?:输往|运往|销往|出口到|出口至|来自|进口自|源自|(?<=口)往)"
    r"(?P<member>[\u4e00-\u9fff]{2,8}?)的?"
    r"(?P<rest>(?:整体)?(?:出口|进口|转口)?(?:货值|货量|总值|额)?)$"
)
# 东湖区以92.08分位居第一, 甲镇以12.6亿元居首: a member, then the figure it ranks by.
_RANKED_BY_FIGURE = re.compile(r"(?P<member>[^，。；：、以]{2,12})以$")
_RANK_AFTER_FIGURE = re.compile(r"(?:位居|居|排名|排在|名列|列)(?:全[国省市县区])?(?:第|首|前|末)")
# 开展直播带货的商户占31.5%，开设网店的占27.0%: the first share names the people or
# firms it is of; the next ones leave them out.
_POPULATION_SHARED = re.compile(
    r"的(?P<noun>[\u4e00-\u9fff]{0,4}(?:企业|受访者|受访企业|网民|用户|消费者|居民|家庭|农户|商户|"
    r"单位|机构|学生|群众|职工|员工))(?:中)?占(?=[^，。；]{0,12}\d)"
)
_ADDED_THEN_TOTAL = re.compile(
    r"(?:新增|新建|新认定|新培育|新引进|新开工|新投产)(?=[\u4e00-\u9fffA-Za-z0-9]{2})"
)
_ADDED_ALONE = re.compile(r"[，,\s]*(?:比上年|比去年|全年|当年)?(?:新增|净增)了?\s*")
_TOTAL_SO_FAR = re.compile(r"累计|总数|总量|总计|共计|总规模")
_EXTREME_NAMED = re.compile(
    r"(?:^|(?<=[，；。：\n]))([\u4e00-\u9fff]{2,10}?)(?:最多|最少|最高|最低|最大|最小|最快|最慢)的(?:是|为)$"
)
_MEMBER_BEFORE_ASIDE = re.compile(
    r"(?:分别为|分别是|依次为|依次是|包括|为|是|、|和|及|与|以及|：|:|其中以|以)\s*"
    # (“订单不足”（51.3%）: a member quoted as the answer it was)
    r"[“\"]?([\u4e00-\u9fffA-Za-z]{2,12})[”\"]?\s*[（(]$"
)
# ；住宿(22.4%)及…, 主要购买手信食品(…)、…: the first member, its figure in brackets.
_FIRST_MEMBER_BEFORE_ASIDE = re.compile(
    r"(?:^|(?<=[。\n])|[，；：:。]|购买|包括|其中)\s*([\u4e00-\u9fffA-Za-z]{2,12})\s*[（(]$"
)
# 依次为甲、乙和丙制造业（…）: the pieces a member's name lists, after what opens the list or
# after the brackets of the member before.
_NAME_PIECES_BEFORE = re.compile(
    r"(?:分别为|分别是|依次为|依次是|包括|为|是|：|:|[）)]、?(?:以及|及|和|与)?)"
    r"((?:[\u4e00-\u9fffA-Za-z]{1,12}?、)+)$"
)


def _whole_name_of_member(text: str, floor: int, member: re.Match[str]) -> str:
    """The member whose figure is in the brackets, with the words its name lists before it:
    仪器、仪表制造业（…）, 纺织、服装业（…) is one member, not its last piece."""
    name_start = member.start(1)
    if text[name_start - 1 : name_start] != "、":
        return member.group(1)
    pieces = _NAME_PIECES_BEFORE.search(text, max(floor, name_start - 40), name_start)
    return member.group(1) if pieces is None else pieces.group(1) + member.group(1)


_FIGURE_IN_BRACKETS = re.compile(r"[（(][^（()）]*\d[^（()）]*[）)]")  # （1,206澳门元）
# 成交额行业分布：, 用户年龄结构为：: a whole, then its members with their shares.
_DISTRIBUTION_OPENER = re.compile(
    r"(?P<whole>[^，。；：:\d]{2,20}?)(?:按|分)?(?:行业|地区|区域|领域|类型|用途|年龄|学历|城乡)?"
    r"(?:分布|构成|结构)(?:情况)?(?:为|如下)?[：:]"
)
# （原发布2,947亿元）, （临时估计为上升0.7%）: the figure as first published, in brackets.
_FORMERLY = re.compile(
    r"\s*[（(]\s*(?:(?:先前|此前|早前|原先)?(?:公布|发布)|原发布|原公布|原为|原估计|原数|修订前|修正前|临时估计|初步估计|初值)(?:为|是)?"
    r"(?:上升|下降|增长|下跌)?\s*"
)
_BARE_TOTALS = frozenset({"总数", "总量", "总额", "总体", "全部", "总计", "合计"})
_SHARE_WORD_ONLY = re.compile(r"比重|占比|份额|比例")
# 、餐饮(: the list of bracketed members goes on after the first.
_LIST_GOES_ON = re.compile(
    r"\s*[、和及与][“\"]?[\u4e00-\u9fffA-Za-z]{1,12}(?:、[\u4e00-\u9fffA-Za-z]{1,12})*[”\"]?\s*[（(]"
)
# …及餐饮(19.7%)的比重则分别…: the noun the bracketed list is said of.
_HEAD_AFTER_BRACKETED_LIST = re.compile(
    r"(?:\s*[、和及与][\u4e00-\u9fffA-Za-z]{2,12}\s*[（(][^（()）]{1,16}[）)])*"
    r"的([\u4e00-\u9fff]{2,8}?)(?=则|分别|均|都|为|按|上升|下降|下跌|增加|减少|占)"
)
# 失业率（未经季节性调整）在大部分行业均有所上升: a quantity said to move in its members.
_MOVED_IN_MEMBERS = re.compile(
    r"([\u4e00-\u9fff]{2,12})(?:[（(][^）)]{1,12}[）)])?在[^，。；]{1,16}(?:均|普遍|多数|都)"
)
# R&D经费超过80亿元: a class drawn by a quantity's size (the breakdown of a count of members).
_MEASURED_CLASS = re.compile(
    r"^(.{2,12}?)(?:超过|超|达到|达|突破|在|高于|不低于)(?=[\d一二三四五六七八九十百千万亿两])"
)
# 乙省是: a peer named alone before its figure.
_PEER_IS = re.compile(r"\s*[\u4e00-\u9fff]{2,8}(?:则|也|只)?(?:是|为)\s*")
# 实际完成: the outcome of a plan stated just before.
_OUTCOME = re.compile(r"实际(?:完成|实现|达到|达|为)?\s*$")
# A rate named alone, whose owner the clause before named: 使用率, 普及率, 渗透率.
_BARE_RATES = frozenset({"使用率", "普及率", "渗透率", "覆盖率", "占有率", "使用比例"})
_USERS_OF = re.compile(r"(.{2,12}?)(?:用户规模|用户数|用户|网民规模)")
_JOINT_ACHIEVED = re.compile(r"\s*(?:共|合计|总计|累计)(?:完成|实现)")
_LISTED_GROUP = re.compile(r"等([\u4e00-\u9fff]{2,8})[，,]\s*$")
# Words that report a thing as done, and words of a plan, before a figure of the current year.
_DONE_SO_FAR = re.compile(r"以来|已经|已|了|截至")
# A report from July on looks back on most of its year: its figures of the year are actuals,
# unless a plan or forecast is told in their sentence or just before it (预测全年…, 下半年…,
# 年内新增…: what is still to come).
_LATE_IN_THE_YEAR = 7
_PLAN_LOOKBACK = 80
_FORECAST_OR_REST = re.compile(r"预测|预估|展望|预期|年内|下半年|四季度|全年目标|目标任务")
# Words of a plan (将, 要, 力争 …), not the same characters inside 将近, 要素, 主要, 需要.
_PLANNED = re.compile(
    r"将(?!近)|(?<![主重需纲摘必])要(?![素求点闻件])|计划|(?<![虚模比])拟|争取|确保|力争|预计|目标|有望|可望"
    r"|准备|打算"
)
_FROM_NOW = re.compile(r"从(?:目前|现在|当前|现有)的?(?:约|近|超过?)?$")
# 出口增速, 价格涨幅: a subject that names a growth rate (not 人口自然增长率, a level).
_GROWTH_RATE_SUBJECT = re.compile(r"增速|增幅|涨幅|(?<!自然)增长率|增长速度")
# Rates whose tenths are a level (数控化率达到六成), not growth or contribution rates (年增率六成,
# 贡献率超过四成), which FORMAT.md reads as growths and shares.
_RATE_NAME_END = re.compile(r"(?<!比)(?<!贡献)(?<!增长)(?<!增)(?:率|度)$")
_STREAK_HELD = re.compile(r"连续[^，。；]{1,10}?(?:保持在|稳定在|维持在|保持|稳定|稳居)$")


# 降准, 降息, 加息: verbs that name the move they make.
_VERBS_NAMING_A_MOVE = frozenset({"降准", "降息", "加息"})
# 较1—2月的, 高于市场预期的, 一致预期仅为, 区间为: a rate held against another value of it.
_NAMED_RATE_RULES = frozenset(
    {"rate_of_change", "rate_compared", "reach_growth_rate"}
    # 工业增速为6.5%，明年将提高至7%: a rate noun read as the verb of the figure.
    | {f"verb_{word}" for word in subjects.RATE_OF_CHANGE}
)
_REACH_OR_STAND = re.compile(r"(?:达到|达|在|为|至|到)\s*$")
_RATE_COMPARED = re.compile(
    r"(?:(?:较|比|与|高于|低于|快于|慢于)[^，。；]{0,12}的|预期[^，。；]{0,4}|区间(?:为|在)?)\s*$"
)


def _last_growth_in(out: list[Observation], sentence: tuple[int, int]) -> Observation | None:
    """The sentence's last growth rate in %, if its last figures are that rate and its
    changes in points."""
    for o in reversed(out):
        if o.char_start < sentence[0]:
            return None
        if o.measure != "pp_change":
            return o if o.measure == "growth" and o.unit == "%" else None
    return None


_RISE_FALL_MEMBER = {"rise_fall_up": "上涨", "rise_fall_flat": "持平", "rise_fall_down": "下降"}
_ANAPHOR_WORD = re.compile(r"这|该|此|上述|后者")
_ANAPHOR = re.compile(
    # (眼下这一比重, 目前该比例: the time the anaphor is told at, no place)
    r"(?:目前|当前|眼下|如今|现在)?(?P<place>[\u4e00-\u9fff]{0,4}?)(?:这一|这个|该|此|上述)"
    r"(?:数字|数据|数值|比例|比重|指标|规模|数|占比)?|后者"
)
# 同比增速 → 同比: how the rate is taken, no part of the quantity.
_TRAILING_SAME_PERIOD = re.compile(r"(?:同比|环比|累计|名义|实际)$")


def _share_held(
    text: str, window: str, clause_prefix: str, pos: int, end: int
) -> tuple[str, str, tuple[str, str], str] | None:
    """(subject, breakdown, their rules, the measure's rule) of a percentage before 的 and a
    noun that someone holds or reaches a share of, or None."""
    owned = _population_owned(text, pos, end)
    if len(owned) < 2:
        return None
    gathered = _GATHERS_SHARE.fullmatch(window)
    if gathered is not None and gathered.group("holder") is not None:
        if holder := subjects.clean(gathered.group("holder")):
            # 省会甲市集聚了全省六成的软件企业: the holder's share of the whole's noun.
            return owned, holder, ("share_of_noun_after_de", "holder_of_share"), "share_of_noun"
    elif gathered is not None:
        user = subjects.clean(gathered.group("user") or "") or None
        return owned, user, ("share_of_noun_after_de", "holder_of_share"), "share_of_noun"
    covering = _COVERS_SHARE.fullmatch(clause_prefix)
    if covering is not None and (holder := subjects.clean(covering.group("holder"))):
        # 光纤网络通达所有社区和九成以上的自然村: the share of the places reached, by what
        # reaches them.
        return holder, owned, ("holder_of_coverage", "covered_share"), "share_covered"
    return None


# 八成行政村, 九成以上自然村: places named right after a share in words.
_PLACES_AFTER = re.compile(
    r"(?:以上)?(?P<places>[\u4e00-\u9fff]{0,6}(?:村|社区|乡镇|街道|县|市|区|学校|医院|园区))"
    r"(?=[，。；、和及]|$)"
)


def _population_owned(text: str, pos: int, end: int) -> str:
    """The population a share names after it: after 的 (三成的企业), or the noun that ends what
    follows 是 (一半以上是村里的留守妇女)."""
    if text.startswith("的", pos):
        return subjects.population_after(text, pos + 1, end)
    if (places := _PLACES_AFTER.match(text, pos, end)) is not None:
        return places.group("places")
    phrase = text[pos + 1 : end].strip("。；， ")
    return subjects.clean(phrase.rpartition("的")[2]) if len(phrase) <= 16 else ""


def _last_percent_of(
    out: list[Observation], subject: str, sentence: tuple[int, int]
) -> Observation | None:
    """The sentence's last figure in % of ``subject`` (its level or share, not a change)."""
    for o in reversed(out):
        if o.char_start < sentence[0]:
            return None
        if o.subject == subject and o.unit == "%" and o.measure in ("level", "share"):
            return o
    return None


def _stated_before(text: str, clause: cl.Clause, q: Quantity) -> bool:
    """Whether the sentence gave a figure in the unit of ``q`` before ``q``'s clause."""
    sentence_start = text.rfind("。", 0, clause.start) + 1
    unit = q.unit_written or ""
    return (
        bool(unit)
        and re.search(rf"\d[万亿千百]*{re.escape(unit[-1])}", text[sentence_start : clause.start])
        is not None
    )


_CAP_BEFORE = re.compile(r"(?:给予|奖励|补助|补贴|资助)[^，。；]{0,8}?最高(?:不超过)?$")
_AWARD_AFTER = re.compile(r"[、和\d.万亿元]*(?:的)?(?:奖励|补助|补贴|资助|奖补)")
_SERVICE_AFTER = re.compile(
    # (24小时便利店, 24小时自助银行: a kind of shop by its opening hours)
    r"(?:[\u4e00-\u9fff]{0,4})(?:热线|客服|值守|在线服务|服务热线|便利店|药店|药房|书店|自助)"
)


# 80平方米及以下、80—120平方米和120平方米以上面积段: the bounds of classes, listed, not
# statistics (FORMAT.md: grades and classes).
_CLASS_BOUND = r"[\d.]+(?:[—～~-][\d.]+)?[^\d、和，。；]{0,4}?(?:[及或]以下|[及或]以上|以下|以上)?"
_CLASS_LIST = re.compile(
    rf"{_CLASS_BOUND}(?:[、和]{_CLASS_BOUND}){{1,5}}的?(?:面积段|段|档|组|区间|[两三四五六]类)"
)


def _class_bounds(text: str, clause: cl.Clause) -> list[tuple[int, int]]:
    """The spans of class lists (…及以下、…和…以上面积段) in a clause."""
    if text.find("以", clause.start, clause.end) == -1:
        return []
    return [
        m.span()
        for m in _CLASS_LIST.finditer(text, clause.start, clause.end)
        if "以下" in m.group() or "以上" in m.group()
    ]


# 高于全国平均水平（5.2%）, 低于全省（3.1%）: a benchmark whose figure an aside gives.
_BENCHMARK_BEFORE_ASIDE = re.compile(
    r"(?:高于|低于|快于|慢于|超过|不到|相当于)(全国|全省|全市|全区|周边省份|东部地区|中部地区|西部地区)"
    r"(?:平均)?(?:水平)?(?:的)?[（(]$"
)
_OWN_SCOPE = re.compile(r"^(?:全省|全市|全区|全县|我省|我市)")
# 6个城市新建住宅…: the places a count names, then straight on the quantity they scope.
_PLACES_SCOPING = re.compile(r"(?:城市|省份|省|地区|市（州）|市|县（市、区）|县)[\u4e00-\u9fff]{2}")


def _class_members(members_text: str, count: int) -> tuple[str, list[str | None]] | None:
    """(quantity, classes) of a list of ``count`` classes written before 分别, or None."""
    m = _CLASS_LIST.search(members_text)
    if m is None or ("以下" not in m.group() and "以上" not in m.group()):
        return None
    noun = _CLASS_NOUN.search(m.group())
    classes = [c for c in re.split(r"[、和]", m.group()[: noun.start()].removesuffix("的")) if c]
    if len(classes) != count:
        return None
    head = subjects.clean(members_text[: m.start()] + members_text[m.end() :])
    return (head, [*classes]) if len(head) >= 2 else None


_CLASS_NOUN = re.compile(r"的?(?:面积段|段|档|组|区间|[两三四五六]类)$")


_DISCOURSE_ITEMS = re.compile(
    r"(?:方面|特点|特征|原因|亮点|层面|维度|角度|阶段|问题|变化|趋势|考虑|关键|重点)(?![\u4e00-\u9fff]{0,2}(?:企业|项目))"
)
# 全国有15个省份 / 甲、乙、丙3个城市: a count of members that the clause goes on to qualify.
_MEMBERS_COUNTED_AFTER = re.compile(r"(?:共有|有|、[\u4e00-\u9fff]{1,6})$")
# …省份数字经济规模超过 / …企业营业收入在: what the members' quantity must clear.
_BAR_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,20}?(?:超过|突破|超|逾|高于|不低于|在)$")


def _is_members_threshold(text: str, clause: cl.Clause, count: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is the bar a count of members clears, not a statistic: 有15个省份规模超过
    1万亿元 counts provinces; the 1万亿元 defines which."""
    if (
        count.unit not in COUNT_WORDS
        or q.unit in COUNT_WORDS
        or count.qualifier is not None
        or not _MEMBERS_COUNTED_AFTER.search(text, clause.start, count.start)
        or not _BAR_BEFORE.fullmatch(text, count.end, q.start)
    ):
        return False
    # 在1万亿元以上: 在 states the bar only with the bound after the figure.
    return not text.endswith("在", count.end, q.start) or text.startswith("以上", q.end)


_EQUALS = ("=", "＝")
_QUESTION_WORD = re.compile(r"什么|多少|能否|是否|何时|哪|怎么|怎样|如何|吗|呢")
_SENTENCE_OR_QUESTION_END = re.compile(r"[。！？!?]")


def _asked(text: str, pos: int) -> bool:
    """Whether the sentence going on at ``pos`` ends with a question mark."""
    end = _SENTENCE_OR_QUESTION_END.search(text, max(0, pos - 1))
    return end is not None and end.group() in "？?"


_CLOCK_BEFORE = re.compile(
    r"(?:次日|当日|凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|夜里|零时至?)$"
)
_SPAN_UNITS = frozenset({"天", "日", "周", "个月", "月", "年", "小时", "个小时", "晚"})
_HOLIDAY_LENGTH_BEFORE = re.compile(
    r"(?:假期|长假|假日|黄金周)(?:长达|为|共|达|历时)$|\d日\s*[，,]?\s*共计?$"
)


def _keep_statistics(text: str, clause: cl.Clause, qs: list[Quantity]) -> list[Quantity]:
    if any(q.word_measure for q in qs) and "“" in text[max(0, clause.start - 12) : clause.end]:
        # 实现“时间过半、任务过半”: a share in words inside a quoted slogan states none.
        qs = [q for q in qs if not (q.word_measure and _inside_quotes(text, q.start))]
    classes = _class_bounds(text, clause)
    if classes:
        qs = [q for q in qs if not any(s <= q.start < e for s, e in classes)]
    respectively = text.find("分别", clause.start, clause.end)
    if respectively != -1 and sum(q.start > respectively for q in qs) >= 2:
        # 6个城市新建住宅…价格分别下降a、b和c: a count before the list's 分别 scopes what the
        # list is of; the statistics are the values after it.
        qs = [
            q
            for q in qs
            if q.start > respectively
            or q.unit not in COUNT_WORDS
            or q.qualifier is not None
            or not _PLACES_SCOPING.match(text, q.end, respectively)
        ]
    kept = []
    prev_end = clause.start
    capped_end: int | None = None
    for i, q in enumerate(qs):
        if _is_denominator(text, q, qs[i + 1] if i + 1 < len(qs) else None):
            continue
        window = text[prev_end : q.start]
        if _STREAK_HELD.search(text, clause.start, q.start) and _stated_before(text, clause, q):
            # 产量91.6万吨，连续4年稳定在90万吨以上: the floor of a streak, after the year's
            # own figure (without one, the floor is all the text says of the year).
            continue
        bare = (
            q.unit is None
            and not q.magnitude_text
            and q.word_measure is None
            and q.rule != "ratio_to_one"
            # 五千出头, 八九千, 二点四五: a sum or a decimal said in words is no code or name.
            and not q.rule.startswith("cjk_spoken")
            # 城乡居民收入比：1.88: a label's value.
            and not (
                i == 0
                and q.start == clause.start > 0
                and text[q.start - 1] in "：:"
                and _LABEL_OF_RATE.search(text, max(0, q.start - 12), q.start - 1) is not None
            )
            # 1.23 / 平均PUE: a figure alone on its line over a label line, as infographics set
            # a pure number.
            and not _figure_over_label(text, q)
        )
        # A bare number is a statistic only where a verb or copula governs it, or where it is the
        # start of a change to another value (收入比由上年的2.12缩小至2.08); the next values of
        # a list (指数分别为62.7、55.4和51.8) share the governing of the first.
        if (
            bare
            and not _BARE_OK.search(window)
            # 制造业生产指数120.35: an index's value follows its name directly; so does a
            # ratio's with its decimals (城乡居民收入倍差2.20).
            and not window.endswith("指数")
            and not ("." in text[q.start : q.end] and _RATIO_NAME_END.search(window))
            and not (
                "." in text[q.start : q.end]
                and (
                    _BARE_HELD.search(window)
                    or (
                        _BARE_BOUNDED.search(window)
                        and (q.qualifier is not None or q.range_bound is not None)
                    )
                )
            )
            and not (_CHANGE_FROM.search(window) and _CHANGED_TO.match(text, q.end))
            and not (
                kept
                and kept[-1] is qs[i - 1]
                and kept[-1].unit is None
                and (window in ("、", "和", "及", "与", "以及") or q.range_bound == "upper")
            )
        ):
            continue
        if q.unit in CURRENCIES and (
            _CAP_BEFORE.search(text, clause.start, q.start)
            or (text.endswith("最高", clause.start, q.start) and _AWARD_AFTER.match(text, q.end))
            or (capped_end is not None and text[capped_end : q.start] in ("、", "和", "及"))
        ):
            capped_end = q.end
            continue  # 给予最高150万元奖励: the ceiling of a grant, a rule of a policy
        if q.unit in ("个", "项", "条") and q.value <= 10 and _DISCOURSE_ITEMS.match(text, q.end):
            continue  # 主要有三个特点, 体现在两个方面: how a speaker orders an answer
        if i > 0 and _is_members_threshold(text, clause, qs[0], q):
            continue  # 有15个省份规模超过1万亿元: the bar the counted members clear
        if q.unit == "小时" and (
            _SERVICE_AFTER.match(text, q.end) or text[q.start - 1 : q.start] in ("×", "*")
        ):
            continue  # 24小时服务热线, 7×24小时: a service's name or hours
        if text[q.end : q.end + 1] in _EQUALS or text[q.start - 1 : q.start] in _EQUALS:
            continue  # 1ZB=1024EB: a conversion of units, no quantity of the world
        if _QUESTION_WORD.search(text, clause.start, clause.end) and _asked(text, clause.end):
            continue  # 渗透率什么时候能达到七成？: a question, which states no figure
        if q.unit == "份" and text.endswith(("共印", "印发", "印"), max(0, q.start - 2), q.start):
            continue  # （共印50份）: a document's print run, under its distribution list
        if q.unit == "%" and _GRANT_RATE_AFTER.match(text, q.end):
            continue  # 按不超过合同金额25%的比例予以补助: the rate of a grant, a rule of a policy
        if q.unit in ("点", "时") and _CLOCK_BEFORE.search(text, max(0, q.start - 6), q.start):
            continue  # 营业至次日2点, 凌晨3时: a time of day
        if q.unit in _SPAN_UNITS and (
            text.endswith(("为期", "為期"), max(0, q.start - 2), q.start)
            or _HOLIDAY_LENGTH_BEFORE.search(text, max(0, q.start - 8), q.start)
        ):
            # 为期三天的展会, 活动为期10天, 国庆假期长达8天, （10月1日至8日，共8天）: how long
            # an event or a holiday lasts, no statistic
            continue
        kept.append(q)
        prev_end = q.end
    return kept


def _clause(
    text: str,
    clause: cl.Clause,
    qs: list[Quantity],
    sentence: tuple[int, int],
    sentence_text: str,
    state: _State,
    published: date | None,
    heading: Period | None,
    scopes: list,
    out: list[Observation],
) -> None:
    state.member_periods = None
    enum = _enumeration(text, clause, qs, sentence, state, out)
    continues_share = False
    if (
        enum is not None
        and enum[2] == "list_members_respectively"
        and all(b is None for b in enum[1])
        and all(subjects.is_bare_category(m) for m in enum[0])
        and state.subject_sentence == sentence
    ):
        # 东部地区数据生产量占比为54.3%，中部、西部和东北地区分别为19.6%、21.7%和4.4%: bare
        # members continue the previous clause, whose measure noun (and share) they take.
        head = subjects.measure_after_category(state.subject)
        if (
            state.subject
            and state.breakdown is not None
            and subjects.is_bare_category(state.breakdown)
            and not state.subject.startswith(state.breakdown)
        ):
            # 其中，甲省收入占…；乙省、丙省分别…: the previous clause was the parent in one
            # place; the members are the parent in theirs.
            enum = ([state.subject] * len(enum[0]), list(enum[0]), "list_continues_previous")
            continues_share = bool(out) and out[-1].measure == "share"
            state.enumeration = _Enumeration(enum[0], enum[1], sentence)
        elif head is not None and not subjects.names_part_of_any(enum[0], head):
            enum = ([m + head for m in enum[0]], list(enum[0]), "list_continues_previous")
            continues_share = bool(out) and out[-1].measure == "share"
            # A later list of the sentence (分别增长…) reuses the completed members.
            state.enumeration = _Enumeration(enum[0], enum[1], sentence)
        elif (
            head is None
            and state.subject
            and not subjects.is_bare_category(state.subject)
            and text.find("占", clause.start, qs[0].start) != -1
        ):
            # 全球市场规模约为900亿美元，甲国、乙国分别占31%、18%: the members' shares of it.
            enum = ([state.subject] * len(enum[0]), list(enum[0]), "list_shares_of_previous")
            state.enumeration = _Enumeration(enum[0], enum[1], sentence)
        elif (
            state.parent
            and text.find("其中", sentence[0], clause.start + 3) != -1
            and not subjects.names_part_of_any(enum[0], state.parent)
        ):
            # 挂牌数据产品1137个，其中金融、交通领域分别为312个、158个: the parent's count in
            # each category.
            enum = ([state.parent] * len(enum[0]), list(enum[0]), "list_parts_of_parent")
            state.enumeration = _Enumeration(enum[0], enum[1], sentence)
    # The quantities written before the noun they count (18个城市), with that noun.
    if (
        enum is not None
        and enum[2] == "list_members_respectively"
        and all(b is None for b in enum[1])
        and state.parent
        and text.find("其中", sentence[0], clause.start + 3) != -1
        and not any(subjects.names_measure(m) for m in enum[0])
        and not subjects.names_part_of_any(enum[0], state.parent)
    ):
        # 销售收入增长11.6%，其中研发设计服务、信息技术服务分别增长…: members that name no
        # measure are kinds of the parent.
        enum = ([state.parent] * len(enum[0]), list(enum[0]), "list_parts_of_parent")
        state.enumeration = _Enumeration(enum[0], enum[1], sentence)
    value_first = {
        q: noun
        for q in qs
        if q.unit not in _RATIO_OR_MONEY
        and q.word_measure is None
        and q.rule != "admin_count"  # 四镇三乡: each count names its own noun
        and q.end < clause.end
        and (noun_start := _counted_noun_start(text, q)) is not None
        and not _APPOSITIVE_COUNT.match(text, q.end)
        and (q.range_bound is None or (q.range_bound == "upper" and q.unit in COUNT_WORDS))
        # 从12家跃升到41家: a number after 从 is the start of a change, its subject before it.
        and not (q.start > clause.start and text[q.start - 1] == "从")
        and (noun := subjects.subject_after(text, noun_start, clause.end))
        # (1.40亿至1.45亿吨之间: where the range lies, no noun counted)
        and not noun.startswith(_RANGE_PLACE_WORDS)
    }
    for low, high in itertools.pairwise(qs):
        if low.range_bound == "lower" and high in value_first:
            value_first[low] = value_first[high]  # 新建3至5个产业园区: both bounds count the parks
    each = _each_members(text, clause, qs)
    classed = _money_classed_counts(text, clause, qs)
    first_out = len(out)
    prev_end = clause.start
    run_window = ""
    for i, q in enumerate(qs):
        _advance_time(text, state, q.start, sentence, heading, published, scopes)
        window = text[prev_end : q.start]
        clause_prefix = cue_prefix = text[clause.start : q.start]
        after_sub_items_opener = text.find("其中", sentence[0], q.start) != -1
        trace: dict[str, str] = {"value": q.rule}
        changed_object: str | None = None
        other_reading: tuple[str, Observation] | None = None
        # A value that follows another with only a list separator between them repeats the
        # cue of the list's first value (分别占比41.2%、35.7%).
        if i > 0 and (
            cl.LIST_SEPARATORS.match(window)
            or q.range_bound == "upper"
            # 增加3 740人或5.8%: the same change again, as a rate.
            or (window == "或" and q.unit == "%")
        ):
            # The upper end of a range (增长5%—6%) takes the cue of its lower end too.
            cue_window = run_window
        elif (
            i == 0
            and (opened := _aside_before(text, clause, sentence)) is not None
            and any(c.isdigit() for c in text[opened : clause.start])
        ):
            # 占全市家电产量（193.5万台）的44.7%: a figure given in passing inside the whole's
            # name; the cue is read around it, from where the clause before the aside began.
            aside_clause = max(text.rfind(mark, sentence[0], opened) for mark in "，,；;") + 1
            whole_named = text[max(aside_clause, sentence[0]) : opened]
            if "占" in whole_named:  # (完成年度计划（9亿元）的76.5%: progress, read apart)
                cue_window = run_window = cue_prefix = whole_named + window
            else:
                cue_window = run_window = window
        else:
            cue_window = run_window = window
        verb = subjects.governing_verb(window)
        cue_verb = verb if cue_window is window else subjects.governing_verb(cue_window)
        decision = measures.decide(q, cue_window, cue_prefix, cue_verb)
        if (
            decision.rule == "default_level"
            and q.unit == "%"
            and _rate_label_before_colon(text, clause, i)
        ):
            # 地区生产总值：512.3亿元 / 同比增长：6.1%: a growth, labelled as one.
            decision = decision._replace(measure="growth", rule="rate_label_before_colon")
        if (
            decision.measure == "pp_change"
            and decision.value > 0
            and i == 0
            and not cue_window.strip()
            and (opened := _aside_before(text, clause, sentence)) is not None
            and measures.compares_lower(text[sentence[0] : opened])
        ):
            # 低于全国平均水平（40.2%）13.86个百分点: the benchmark's figure stands in an aside.
            decision = decision._replace(value=-decision.value, rule="lower_than_benchmark")
        if continues_share and decision.measure == "level" and q.unit == "%":
            decision = decision._replace(measure="share", rule="list_continues_share")
        elif (
            # (保持两成以上增长: tenths read as a share, until the rate after them is seen.)
            (decision.measure == "level" or (decision.measure == "share" and q.word_measure))
            and q.unit == "%"
            and (rate_after := _RATE_NAMED_AFTER.match(text, q.end)) is not None
        ):
            # 保持5%左右的增长, 实现两位数的增速, 8.2%的降幅: the rate the noun after it names.
            signed = -abs(decision.value) if rate_after.group(1) else decision.value
            decision = decision._replace(measure="growth", value=signed, rule="rate_named_after")
        elif (
            decision.measure == "level"
            and q.unit == "%"
            and (changed := _VERB_OBJECT_RATE.search(window)) is not None
        ):
            # 平均减少环节55%, 降低成本9%: the verb's object changed by the rate.
            signed = -abs(decision.value) if changed.group("down") else decision.value
            decision = decision._replace(measure="growth", value=signed, rule="verb_object_rate")
            changed_object = changed.group("object")
        trace["measure"] = decision.rule
        qual, qual_rule = measures.qualifier(q, window)
        if qual_rule == "none" and cue_window is not window and cl.LIST_SEPARATORS.match(window):
            # 分别超过5%、6%, 跨越1万亿元、1.2万亿元: the list's qualifier is every value's.
            qual, qual_rule = measures.qualifier(q, cue_window)
        if qual_rule in _COMPARED_TO_TARGET and _TARGET_NAMED_AFTER.match(text, q.end):
            # 89.4%，高于86%的目标: the actual is above the target; the target is exact.
            qual, qual_rule = "exact", "compared_to_target"
        trace["qualifier"] = qual_rule
        # Subject and breakdown.
        breakdown: str | None = None
        if q.rule.startswith("structure_part_"):
            # 三次产业结构为a∶b∶c: the first, second and third industry, in order.
            subject = (
                subjects.subject_before(text[clause.start : qs[0].start])[0]
                or _label_before_colon(text, clause, 0)
                or state.subject
                or ""
            )
            part = int(q.rule[-1])
            parts = _ratio_terms(text, q)
            listed = _STRUCTURE_MEMBERS.match(subject)
            members = (
                re.split(r"[、和与及]", subjects.without_whole_opening(listed.group("members")))
                if listed
                else []
            )
            if len(members) == parts:
                # 种植、养殖、加工三业产值比例为a:b:c, 甲与乙的比例为x∶y: the members the list
                # names, in order.
                breakdown = members[part - 1]
            elif parts == 2 and (pair := _pair_told_before(text, clause, sentence, out)):
                # 甲规模520亿元，乙规模1480亿元，二者之比约为26∶74: the shares of the two just
                # told in their sum.
                subject = pair[part - 1]
            elif "产业" in subject or "产业" in text[clause.start : q.start]:
                breakdown = ("第一产业", "第二产业", "第三产业")[part - 1]
            trace["subject"] = "structure_whole"
        elif q.rule.startswith("rise_fall_"):
            # 八大类价格“五涨三降”: how many kinds rose or fell, of the prices named before.
            subject = (
                subjects.subject_before(text[clause.start : qs[0].start])[0] or state.subject or ""
            )
            breakdown = _RISE_FALL_MEMBER[q.rule]
            trace["subject"], trace["breakdown"] = "kinds_rising_falling", "rise_or_fall"
        elif q in classed:
            subject, breakdown = classed[q]
            trace["subject"], trace["breakdown"] = "noun_after_money_class", "money_class"
        elif changed_object is not None:
            subject = changed_object
            trace["subject"] = "object_of_change_verb"
        elif (
            (reading := _OTHER_READING.search(window)) is not None
            and state.subject
            and (
                read := next(
                    (o for o in reversed(out) if o.char_start >= sentence[0]),
                    None,
                )
            )
            is not None
            and read.unit == q.unit
        ):
            # 同比增长2.5%，前值2.9%，预期2.7%: the same indicator's previous reading and the
            # forecast for this one, measured as the reading reported.
            subject, breakdown = read.subject, read.breakdown
            trace["subject"] = "other_reading"
            if decision.measure == "level" and read.measure != "level":
                signed = -abs(decision.value) if reading.group("fall") else decision.value
                decision = decision._replace(
                    measure=read.measure, value=signed, rule="measure_of_reading"
                )
                trace["measure"] = decision.rule
            other_reading = (reading.group("which"), read)
        elif (
            (
                q.word_measure == "share"
                # 百分之七十的企业表示…: a percentage that no verb or cue governs.
                or (q.unit == "%" and _UNGOVERNED.fullmatch(window) is not None)
            )
            and (
                text.startswith("的", q.end)
                # 其中一半以上是留守妇女: what the share is, after 是 and a clause's opening part.
                or (
                    text.startswith(("是", "为"), q.end)
                    and q.word_measure == "share"
                    and _UNGOVERNED.fullmatch(window) is not None
                )
            )
            and len(owned := _population_owned(text, q.end, clause.end)) >= 2
        ):
            # 超过两成的上市公司…, 一半以上的新建机架…: the share of the noun after 的.
            subject = owned
            trace["subject"] = "share_of_noun_after_de"
            if decision.measure == "level":
                decision = decision._replace(measure="share", rule="share_of_noun")
                trace["measure"] = decision.rule
        elif (
            q.unit == "%"
            and (
                text.startswith("的", q.end)
                # 全市5G信号已经覆盖约七成自然村: a share in words right before the places.
                or (
                    q.word_measure == "share"
                    and _COVERS_SHARE.fullmatch(clause_prefix)
                    and _PLACES_AFTER.match(text, q.end, clause.end)
                )
            )
            and (held := _share_held(text, window, clause_prefix, q.end, clause.end)) is not None
        ):
            subject, breakdown, (trace["subject"], trace["breakdown"]), share_rule = held
            decision = decision._replace(measure="share", rule=share_rule)
            trace["measure"] = decision.rule
        elif (
            q.word_measure == "share"
            and q.qualifier != "exact"
            and _UNGOVERNED.fullmatch(_LIST_NUMBER.sub("", window, count=1)) is not None
            # 在受访企业中，近八成营收增长: the population was named before.
            and not text.startswith("中", clause.start - 2)
            and len(owned := subjects.population_after(text, q.end, clause.end)) >= 2
            and (
                len(owned) < len(text[q.end : clause.end].strip())
                # (近三成受访者表示…: what the population says, to the clause's end)
                or any(word in owned for word in subjects.SAYING)
            )
        ):
            # 近三成受访企业表示…: a share in words, qualified, opening a clause about the
            # population it counts.
            subject = owned
            trace["subject"] = "share_of_noun_after"
        elif enum is not None:
            subject, breakdown = enum[0][i], enum[1][i]
            trace["subject"] = enum[2]
            if (
                breakdown is None
                and i > 0
                and (member := subjects.leading_member(enum[0][0])) is not None
                and member not in subject
                and subjects.may_be_measure_of_member(subject)
            ):
                # 甲类学校招生、在校生分别为3.2万人、9.8万人: the first item's member.
                breakdown = member
                trace["breakdown"] = "member_of_first_item"
        elif _TARGET_NAMED_AFTER.match(text, q.end) and state.subject:
            # 完成全年48万人目标任务…, 低于6%左右的年度调控目标: the target of the quantity
            # named before, not a figure of the target.
            subject = state.subject
            trace["subject"] = "target_of_previous"
            aimed = next(
                (o for o in reversed(out) if o.char_start >= sentence[0] and o.subject == subject),
                None,
            )
            if (
                aimed is not None
                and aimed.measure == "growth"
                and q.unit == "%"
                and decision.measure in ("level", "share")
            ):
                # 增长6.1%，高于6%左右的预期目标: the growth aimed at, measured as the figure
                # it is the target of; 下降3.1%，完成13.5%的目标任务: a fall aimed at.
                decision = decision._replace(
                    measure=aimed.measure,
                    value=-abs(decision.value) if aimed.value < 0 else decision.value,
                    rule="measure_of_aimed",
                )
                trace["measure"] = decision.rule
        elif (
            (q.unit in COUNT_WORDS or q.unit == "类")
            and _HAS_AMONG_CLASS.search(window) is not None
            and (among := _AMONG_INLINE.search(text, clause.start, q.start)) is not None
            # (16个省辖市中有13个市…, 39个大类行业中有31个行业…: the count names its class
            # again, read as such below.)
            and not any(
                text.startswith(among.group("cls")[k:], q.end)
                for k in range(len(among.group("cls")))
            )
            and (met := text[q.end : clause.end].strip("，。；、：: "))
        ):
            # 22类商品中有17类网络零售额同比增长: members of the class named before the count,
            # by what they did.
            subject, breakdown = among.group("cls"), met
            trace["subject"] = trace["breakdown"] = "counted_among_class"
        elif (
            q.unit in COUNT_WORDS
            and 2 <= len(done := window.strip("，、,： ")) <= 8
            and _DONE_OR_NOT.fullmatch(done)
            and (among := _GROUP_COUNTED.search(text, sentence[0], q.start)) is not None
        ):
            # 12项主要指标中，完成或超额完成9项，未完成3项: members of the class, by what they
            # did.
            subject, breakdown = among.group("cls"), done
            trace["subject"] = trace["breakdown"] = "counted_among_class"
        elif (
            q.unit in COUNT_WORDS
            and 2 <= len(done := window.strip("，、,：；; ")) <= 8
            and _DONE_OR_NOT.fullmatch(done)
            # (达到1742家 is the level the count before reached, no class of it.)
            and ("或" in done or done.startswith(("未", "没有", "尚未")))
            and (
                counted := next(
                    (
                        o
                        for o in reversed(out)
                        if o.char_start >= sentence[0]
                        and o.unit == q.unit
                        and o.measure == "level"
                        and o.breakdown is None
                    ),
                    None,
                )
            )
            is not None
        ):
            # 共设置主要指标18项，完成或超额完成14项，未完成4项: members of the class just
            # counted, by what they did.
            subject, breakdown = counted.subject, done
            trace["subject"] = trace["breakdown"] = "counted_before"
        elif q in value_first:
            subject = value_first[q]
            trace["subject"] = "after_number"
            if (condition := subjects.class_condition(text, q.end, clause.end)) is not None:
                # 培育10家以上营收超百亿元的龙头企业: counted among those of that size.
                breakdown = condition[0]
                trace["breakdown"] = "class_condition"
            elif sum(
                1 for counted in value_first if counted.range_bound != "lower"
            ) > 1 and not _count_among_counted(text, value_first):
                breakdown = subject
                trace["breakdown"] = "value_first_list"
            elif q is qs[-1] and (met := _condition_met(text, clause, q, subject)) is not None:
                # 有11个行业增加值保持增长: industries counted by what they did.
                subject, breakdown = met
                trace["breakdown"] = "condition_of_counted"
        elif (
            q.unit is not None
            and q.unit not in COUNT_WORDS
            and q.unit not in ("%", "‰")
            and text.startswith("的", q.end)
            and (named := _CAPACITY_AFTER_DE.match(text, q.end)) is not None
            and not subjects.names_measure(own := subjects.subject_before(window, verb)[0])
        ):
            # 一期6000PFLOPS的算力, 能否把38.4EFLOPS的算力…: the capacity named after the figure,
            # of the part named before it if any.
            lead = (
                ""
                if own.endswith(("把", "让", "使", "将")) or "，" in own
                else _BUILT_TAIL.sub("", own)
            )
            subject = subjects.clean(lead + named.group("noun")) or named.group("noun")
            trace["subject"] = "capacity_named_after"
        elif q.rule == "admin_count":
            subject = q.unit_written or ""  # 辖四镇三乡: the towns, then the townships
            trace["subject"] = "units_counted"
        elif q.unit in COUNT_WORDS and (counted := subjects.counted_after_de(window)):
            subject, breakdown = counted
            trace["subject"] = trace["breakdown"] = "counted_after_de"
        elif q.unit in COUNT_WORDS and (held := _held_among(text, sentence, window)):
            # 全球前二十的芯片企业中，甲国占11家，乙国占4家: each member's count of the group.
            subject, breakdown = held
            trace["subject"] = trace["breakdown"] = "member_holds_of_group"
        elif q.unit in COUNT_WORDS and (among := _counted_among(text, sentence, window)):
            # 全县13个乡镇中，地区生产总值超过15亿元的有4个: members of the class named before.
            subject, breakdown = among
            trace["subject"] = trace["breakdown"] = "counted_among_class"
        else:
            per = _PER_UNIT.search(window) if q.unit in CURRENCIES else None
            # 鲜菜零售价格为每公斤6.35元: 每公斤 is the price's unit, not part of its subject.
            subject_window = window[: per.start()] + window[per.end("per") :] if per else window
            rest_of: str | None = None  # 其余8个市: the quantity the rest is a part of
            if i == 0:
                # 菜籽油（5升桶装）每桶96.50元: the noun before a parenthesis goes on after it.
                subject_window = (
                    _noun_before_aside(text, clause.start, sentence[0]) + subject_window
                )
            elif (rest := _REST_COUNTED.match(text, max(0, qs[i - 1].start - 2))) is not None:
                # 其余6个市合计325.4亿元: the figure of the group the count before names.
                subject_window = text[rest.start() : q.start]
                rest_of = next(
                    (o.subject for o in reversed(out) if o.unit == q.unit and o.subject), None
                )
            elif subject_window.startswith("和") and len(subject_window) >= 3:
                # 甲12亿元、乙9亿元和丙7亿元: the last member, after the list's conjunction.
                subject_window = subject_window[1:]
            subject, rule = subjects.subject_before(
                subject_window, verb if subject_window is window else subjects.LOOK_UP_VERB
            )
            if text.startswith(_COMPARISON_FRAME_END, q.end) and _COMPARED_WITH.search(
                subject_window
            ):
                # 与1990年第四次人口普查的数字相比: the earlier value of the subject named
                # before, not one of what the frame names.
                subject, rule = "", "before_number"
            elif (
                q.unit in ("个百分点", "个千分点") and state.subject and _GAP_TO_BASE.match(subject)
            ):
                # 增长11.6%，高于全部工业4.3个百分点: the gap of the figure before, to the base
                # the comparison names, not the base's own figure.
                subject, rule = "", "before_number"
            anaphor = (
                _ANAPHOR.fullmatch(subject)
                if state.subject and _ANAPHOR_WORD.search(subject)
                else None
            )
            if anaphor is not None:
                # 去年，这一数字已是一万四千多台; 全国这个比重是12%左右: the quantity just named,
                # in the place the phrase names if any.
                subject, rule = state.subject or "", "anaphor"
                if anaphor.group("place"):
                    breakdown = anaphor.group("place")
                    trace["breakdown"] = "place_of_anaphor"
                elif state.breakdown is not None and breakdown is None:
                    # 甲可占乙的三成，眼下这一比例约为两成: the part just named, too.
                    breakdown, trace["breakdown"] = state.breakdown, "anaphor"
            if rest_of and breakdown is None and subjects.names_measure(rest_of):
                # …乙市完成1663.7亿元；其余6个市合计325.4亿元: the rest's part of the quantity
                # the members before were measured by, in the same unit.
                subject, rule = subjects.strip_whole_scope(rest_of), "rest_of_members"
                breakdown, trace["breakdown"] = subjects.clean(rest.group()), "rest_of_members"
            elif (
                state.subject
                and (counted := _COUNTED_MEMBERS.fullmatch(subject)) is not None
                and breakdown is None
            ):
                # 甲市…；乙市…。两市合计占全省比重达77.0%: the members just named, together,
                # of the quantity named before.
                subject, rule = state.subject, "members_counted_back"
                breakdown, trace["breakdown"] = counted.group("members"), "members_counted_back"
            predicate = subjects.predicate_subject(text, q, clause.end, subject)
            if predicate is not None:
                subject, rule = predicate, "predicate_after_people"
            if rule.startswith("progress:"):
                # 新增就业3.2万人，完成年度目标任务的91%: the subject's progress on its plan.
                subject, breakdown = subject or state.subject or "", rule.split(":", 1)[1]
                rule, trace["breakdown"] = "progress_of_previous", "plan"
            elif rule.startswith("category:"):
                breakdown = rule.split(":", 1)[1]
                trace["breakdown"] = "category_de"
                subject, rule = state.subject or "", "category_inherits"
            elif (
                decision.measure == "share"
                and state.subject
                and subject
                and subject not in state.subject
                and state.subject not in subject
                and (member := _MEMBER_SHARE.search(window)) is not None
                and subjects.clean(member.group("member")) == subject
            ):
                # 算力规模4.2EFLOPS，其中甲集群约占七成: the member's share of the whole named
                # before; the whole is what is measured.
                subject, breakdown = state.subject, subject
                rule, trace["breakdown"] = "whole_of_member_share", "member_share"
            elif (
                not subject
                and q.unit == "%"
                and state.subject
                and _rate_label_before_colon(text, clause, i)
            ):
                # 地区生产总值：512.3亿元 / 同比增长：6.1%: the growth of the quantity above.
                subject, rule = state.subject, "rate_label_before_colon"
            elif not subject and (label := _label_before_colon(text, clause, i)):
                subject, rule = label, "label_before_colon"
            elif not subject and (label := _label_after_lead_figure(text, clause, qs, i)):
                subject, rule = label, "label_after_lead_figure"
            elif (
                subject in _BARE_SCALE
                and state.topic is not None
                and state.topic[0] == sentence
                and not _named_since_topic(out, sentence)
            ):
                # 甲业务快速兴起，市场规模达到…: the scale of the topic the sentence opened with.
                subject, rule = state.topic[1] + subject, "topic_scale"
            elif (
                not subject
                and state.topic is not None
                and state.topic[0] == sentence
                and not _named_since_topic(out, sentence)
            ):
                subject, rule = state.topic[1], "topic_clause"
                if state.extreme is not None and state.extreme[0] == sentence:
                    # 从人均收入看，甲市最高，为5.2万元: the figure of the member named.
                    breakdown = state.extreme[1]
                    trace["breakdown"] = "extreme_member"
                if decision.measure == "level" and q.unit == "%" and "比重" in subject:
                    decision = decision._replace(measure="share", rule="topic_share")
                    trace["measure"] = decision.rule
            elif not subject and state.ranked is not None and state.ranked[0] == sentence:
                # 从事住宿餐饮业的农民工月均收入最低，为4158元: the member's figure of the
                # measure its clause names.
                subject, breakdown = state.ranked[1], state.ranked[2]
                rule, trace["breakdown"] = "ranked_member_measure", "ranked_member"
            elif (
                not subject
                and state.extreme is not None
                and state.extreme[0] == sentence
                and (
                    (placed := _extreme_place_measure(state.extreme[1])) is not None
                    or (subjects.names_category(state.extreme[1]) and state.extreme_measure)
                )
            ):
                # 甲镇常住人口最多，占全县的四分之一，乙乡最少，不足8000人: the figure of the
                # place named at the extreme, of the measure named with the first of them.
                if placed is not None:
                    breakdown, state.extreme_measure = placed
                else:
                    breakdown = state.extreme[1]
                subject, rule = state.extreme_measure or "", "extreme_member_measure"
                trace["breakdown"] = "extreme_member"
            elif (
                not subject
                and state.extreme is not None
                and state.extreme[0] == sentence
                and state.members_measure is not None
                and q.unit == "%"
                and (moved := _MEMBER_RATE.fullmatch(state.extreme[1])) is not None
            ):
                # 甲类的销货价值上升…，而丙类跌幅最大，达9.4%: the member's change in the
                # measure the members share; a fall's rate is negative.
                subject, breakdown = (
                    moved.group("member") + state.members_measure,
                    moved.group("member"),
                )
                rule, trace["breakdown"] = "extreme_member_rate", "extreme_member"
                if decision.measure == "level":
                    falling = moved.group("rate") in ("跌幅", "降幅")
                    signed = -abs(decision.value) if falling else decision.value
                    decision = decision._replace(
                        measure="growth", value=signed, rule="extreme_member_rate"
                    )
                    trace["measure"] = decision.rule
            elif (
                not subject
                and state.extreme is not None
                and state.extreme[0] == sentence
                and (rate_of := _extreme_place_rate(state.extreme[1])) is not None
                and out
                and out[-1].char_start >= sentence[0]
                and out[-1].subject
            ):
                # …交易额均超过2万亿元；丙省增速在前五省中最高，为9.6%: the place's growth of
                # the quantity the sentence is measuring.
                subject, breakdown = out[-1].subject, rate_of
                rule, trace["breakdown"] = "extreme_member_rate", "extreme_member"
                if decision.measure == "level" and q.unit == "%":
                    decision = decision._replace(measure="growth", rule="extreme_member_rate")
                    trace["measure"] = decision.rule
            elif (
                not subject
                and state.extreme is not None
                and state.extreme[0] == sentence
                and (rated := _EXTREME_RATE.fullmatch(state.extreme[1])) is not None
            ):
                # 初中学历网民占比最高，为38.4%: the share of the member named highest.
                subject, rule = rated.group("member"), "extreme_member_measure"
                if decision.measure == "level" and q.unit == "%":
                    share = rated.group("rate") in ("占比", "比重")
                    decision = decision._replace(
                        measure="share" if share else "growth", rule="extreme_member_rate"
                    )
                    trace["measure"] = decision.rule
            elif (
                not subject
                and i == 0
                and _JOINT_TOTAL.fullmatch(window) is not None
                and (thing := _thing_offered_before(text, sentence[0], clause.start))
            ):
                subject, rule = thing, "total_of_thing_offered"
            elif not subject and state.lead is not None and _BY_TIME.match(text, sentence[0]):
                # 生产总值…。分季度看，一季度增长4.2%: the quarters of the paragraph's lead.
                subject, rule = state.lead, "lead_by_period"
            elif not subject and verb is not None and verb.group() in _VERBS_NAMING_A_MOVE:
                subject, rule = verb.group(), "move_named_by_verb"  # 降准25个基点: the cut
            elif (
                not subject
                and _OWN_COUNTRY.fullmatch(window.strip("，,；; "))
                and after_sub_items_opener
                and any(
                    o.char_start >= sentence[0] and _PLACE_LIKE.search(o.breakdown or "")
                    for o in out
                )
            ):
                # 其中，美国331家；我国238家: among countries, the writer's own is a member.
                subject, rule = "我国", "before_number"
            elif (
                not subject
                and (said := _said_in_clause_before(text, sentence[0], clause.start, out))
                is not None
                and (not state.subject or _another_of_the_measure(said, state.subject))
            ):
                # 丙市快递业务量连续三年居全省第一，达到…: nothing said before to go on with; the
                # clause before, which tells no figure, names whose figure it is.
                subject, rule = subjects.clean(said.group("subject")), "subject_of_clause_before"
                if decision.measure in ("growth", "share"):
                    subject = subjects.strip_rate_word(subject)  # 甲县增速居首位，增长…: 甲县's
            elif not subject:
                subject, rule = state.subject or "", "inherited"
                if (
                    decision.measure == "level"
                    and _ADDED_ALONE.fullmatch(window)
                    and text[q.end : q.end + 1] in ("，", "。", "；", "")
                    and out
                    and out[-1].char_start >= sentence[0]
                    and out[-1].measure == "level"
                    and out[-1].unit == q.unit
                ):
                    # 企业达到19家，新增3家: the stock just named, grown by the figure.
                    decision = decision._replace(measure="change", rule="added_to_stock")
                    trace["measure"] = decision.rule
                if decision.measure == "level" and _TOTAL_SO_FAR.search(window):
                    # 新建5G基站2713个，累计达到1.92万个: the total is of the stations, not of
                    # those added this year.
                    subject = _total_of(subject)
                if (
                    decision.measure == "level"
                    and q.unit == "%"
                    and decision.rule == "default_level"
                    and (last := _last_percent_of(out, subject, sentence)) is not None
                    and last.measure == "share"
                ):
                    # 比重为8.3%，比上年提高1.7个百分点，首次突破8%: the same share again.
                    decision = decision._replace(measure="share", rule="share_restated")
                    trace["measure"] = decision.rule
                elif (
                    q.rule == "flat"
                    and decision.measure == "growth"
                    and (last := _last_percent_of(out, subject, sentence)) is not None
                    and last.measure == "share"
                    and last is out[-1]
                ):
                    # 比重为12.2%，与上年持平: a share that did not move changed by zero points.
                    decision = decision._replace(
                        measure="pp_change", value=0.0, unit="个百分点", rule="flat_share"
                    )
                    trace["measure"] = decision.rule
                if decision.measure in ("growth", "share"):
                    # 涨幅比上月扩大0.4个百分点；环比上涨0.5%: the growth is the quantity's,
                    # not its rate's; so is a share (增速高于…，占比升至…).
                    subject = subjects.strip_rate_word(subject)
                if state.breakdown is not None:
                    breakdown = state.breakdown
                    trace["breakdown"] = "inherited"
                elif (
                    state.extreme is not None
                    and state.extreme[0] == sentence
                    and _BARE_IS.fullmatch(window)
                    and len(state.extreme[1]) <= 6
                    and not subjects.names_measure(state.extreme[1])
                ):
                    # 收入31250元，其中甲镇最高，为38420元: the figure of the member at the extreme.
                    breakdown = state.extreme[1]
                    trace["breakdown"] = "extreme_member"
            else:
                owner = subjects.owner_after(text, q.end, clause.end, subject)
                if owner is not None:
                    subject, rule = owner, "size_of_noun_after_de"
                elif (
                    (q.unit in CURRENCIES or (q.unit is None and q.magnitude_text))
                    and text.startswith("的", q.end)
                    and _ALLOCATED.search(window)
                    and (fund := subjects.subject_after(text, q.end + 1, clause.end)).endswith(
                        _FUND_WORDS
                    )
                ):
                    # 市财政安排3.5亿元的产业引导资金: the fund the money makes up.
                    subject, rule = fund, "fund_after_de"
                partner = subjects.partner_before(window)
                if partner is not None:
                    subject, breakdown = subjects.split_partner(subject)[0], partner
                    trace["breakdown"] = "partner_group"
                elif (
                    (alone := _PARTNER_ALONE.fullmatch(subject)) is not None
                    and state.subject
                    and (
                        state.subject.startswith(("出口", "进口", "进出口", "贸易"))
                        # 进出口总值…。其中，对甲国增长…，对乙国下降…: the first partner after the
                        # whole trade.
                        or (
                            _TRADE_NAMED.search(state.subject) is not None
                            and state.subject_sentence is not None
                            and state.subject_sentence[1] >= sentence[0] - 1
                        )
                    )
                    and (state.breakdown is not None or not subjects.names_measure(alone.group(1)))
                ):
                    # 对东盟出口增长12.1%，对欧盟下降3.4%: the same trade with another
                    # partner.
                    subject, breakdown = state.subject, alone.group(1)
                    if state.breakdown and subject.startswith(state.breakdown):
                        # 对甲国、乙国分别进出口…（甲国进出口, 乙国进出口）: the trade without the
                        # partner before.
                        subject = subject[len(state.breakdown) :] or subject
                    trace["breakdown"] = "partner_group"
                elif (
                    subject.startswith("对华")
                    and state.subject_sentence == sentence
                    and state.breakdown is not None
                ):
                    # 东盟国家对华新设企业1717家；对华直接投资114亿元: the same partners.
                    breakdown = state.breakdown
                    trace["breakdown"] = "partner_continues"
                if (
                    breakdown is None
                    and (placed := _PLACE_BARE_MEASURE.fullmatch(subject)) is not None
                    and (
                        fuller := next(
                            (
                                o.subject
                                for o in reversed(out[-8:])
                                if o.char_start >= q.start - 300
                                and o.subject.endswith(placed.group("measure"))
                                and len(o.subject) > len(placed.group("measure")) + 1
                                and not _PLACE_BARE_MEASURE.fullmatch(o.subject)
                            ),
                            None,
                        )
                    )
                    is not None
                ):
                    # 甲市完成软件业务收入…；乙市实现收入…: the place's share of the quantity
                    # named in full just before.
                    # (not 全省's, the place's; 增速 kept: the rate of its part)
                    subject = subjects.strip_whole_scope(fuller) + (placed.group("rate") or "")
                    breakdown = placed.group("place")
                    trace["subject"] = trace["breakdown"] = "place_of_quantity_before"
                elif (
                    breakdown is None
                    and _PEER_PLACE.fullmatch(subject)
                    and out
                    and out[-1].char_start >= sentence[0]
                    and out[-1].unit == q.unit
                    and out[-1].breakdown is None
                    and subjects.names_measure(out[-1].subject)
                    and not subjects.leading_place(out[-1].subject)
                ):
                    # 我市人均地区生产总值约7.8万元，像邻近的乙市已超过11万元: a peer
                    # place's figure of the quantity just measured.
                    subject, breakdown = subjects.strip_whole_scope(out[-1].subject), subject
                    trace["subject"] = trace["breakdown"] = "peer_place"
                actor = subjects.actor_before(window, subject)
                listed = (
                    _LISTED_GROUP.search(text, sentence[0], clause.start)
                    if actor is None and _JOINT_ACHIEVED.match(window)
                    else None
                )
                if listed is not None and breakdown is None:
                    # 发展甲、乙等新业态，共实现交易额…: the group listed before.
                    breakdown = listed.group(1)
                    trace["breakdown"] = "group_listed_before"
                if breakdown is None and actor is not None and _INDUSTRY.search(actor):
                    # 加工业实现营业收入…: an industry's revenue is an indicator of its own.
                    subject = actor + subject
                    trace["subject_actor"] = "industry_before_verb"
                    state.industry = actor
                elif (
                    breakdown is None
                    and actor is None
                    and state.industry is not None
                    and _INDUSTRY_MEASURE.match(subject)
                    and subjects.leading_member(subject) is None
                ):
                    # 规模以上电子信息制造业实现营业收入…。营业收入利润率为4.12%: the paragraph's
                    # industry, whose accounts it goes on with.
                    subject = state.industry + subject
                    trace["subject_actor"] = "industry_of_paragraph"
                elif breakdown is None and actor is not None:
                    # 8个中心城市实现软件业务收入…: the figure is that group's.
                    breakdown = actor
                    trace["breakdown"] = "actor_before_verb"
                elif (
                    breakdown is None
                    and state.subject_sentence == sentence
                    and state.subject_unit in COUNT_WORDS
                    and state.breakdown is None
                    and state.subject
                    and (
                        _GROUP_ATTRIBUTE.fullmatch(subject) is not None
                        or (
                            (opening := _ACHIEVED_OPENING.match(window)) is not None
                            and not subjects.clean(opening.group("before"))
                        )
                    )
                    and subjects.names_group(state.subject)
                    # 企业1.4万家，实现营业收入…: completed from the group already.
                    and subjects.complete(subject, state.subject)[1] == "own"
                ):
                    # 在建亿元以上项目587个，完成投资…: what the group counted before achieved.
                    breakdown = subjects.group_name(state.subject)
                    trace["breakdown"] = "doer_counted_before"
                elif (
                    breakdown is None
                    and state.entity is not None
                    and state.entity[0] == sentence
                    and _GROUP_ATTRIBUTE.fullmatch(subject) is not None
                ):
                    # 甲乙晶圆制造项目，总投资135亿元: the amount of the project named before.
                    breakdown = state.entity[1]
                    trace["breakdown"] = "entity_named_before"
                elif (
                    breakdown is None
                    and state.subject_sentence == sentence
                    and state.breakdown is not None
                    and state.subject is not None
                    and _GROUP_ATTRIBUTE.fullmatch(subject) is not None
                    and _GROUP_ATTRIBUTE.fullmatch(state.subject) is not None
                ):
                    # …项目，总投资135亿元，年内计划投资42亿元: the same project's next amount.
                    breakdown = state.breakdown
                    trace["breakdown"] = "next_amount_of_group"
                # 规模以上工业企业实现利润总额: a figure with its own doer completes nothing.
                subject, completed = (
                    subjects.complete(subject, state.subject) if actor is None else (subject, "own")
                )
                if completed != "own":
                    rule = completed
                if (
                    breakdown is None
                    and state.subject_sentence == sentence
                    and state.breakdown is not None
                    and subjects.is_bare_category(state.breakdown)
                    and out
                    and out[-1].breakdown == state.breakdown
                    and "；" not in text[out[-1].char_end : q.start]
                    and (
                        completed == "completed_from_previous"
                        # 其中，美国566家，估值2.4万亿美元: a member's own measure goes on too.
                        or (
                            completed == "own"
                            and after_sub_items_opener
                            and subjects.names_measure(subject)
                            and len(subject) <= 4
                            and _PLACE_LIKE.search(state.breakdown) is not None
                        )
                    )
                ):
                    # 其中，甲国318家，价值11.4万亿美元: the same member's next measure.
                    breakdown = state.breakdown
                    trace["breakdown"] = "member_of_previous_measure"
                elif completed != "own":
                    if (
                        completed == "rate_of_previous"
                        and breakdown is None
                        and (state.subject_sentence == sentence)
                    ):
                        # 乙地区收入增长8%，增速比全行业高1.5个百分点: the same region's rate.
                        breakdown = state.breakdown
                        trace["breakdown"] = "rate_of_previous"
                elif (
                    actor is None
                    and state.subject in subjects.GENERIC
                    and subject in subjects.GENERIC
                    and state.subject_sentence == sentence
                    and state.breakdown is not None
                ):
                    # 企业实现营业收入…；利润总额…: the same group's next measure.
                    breakdown = state.breakdown
                    trace["breakdown"] = "group_of_previous_measure"
                elif (
                    state.subject_sentence == sentence or _BREAKDOWN_OPENER.match(text, sentence[0])
                ) and (
                    q.unit == state.subject_unit
                    or (
                        q.unit == state.level_unit
                        and subject
                        and subjects.is_bare_category(subject)
                        and state.subject is not None
                        and state.level_subject is not None
                        and subjects.measure_head(state.level_subject)
                        == subjects.measure_head(state.subject)
                    )
                    or q.unit in ("%", "‰", "个百分点", "个千分点")
                ):
                    listed = state.enumeration
                    subject, member = subjects.complete_sibling(
                        subject,
                        state.subject,
                        state.breakdown,
                        # 甲、乙商品网络零售额分别增长…；丙增长3.6%: a kind after a list.
                        after_list=_continues_list(listed, sentence, state.subject),
                        kinds_opened=state.kinds_opened,
                        previous_in_sentence=state.subject_sentence == sentence,
                    )
                    if (
                        member is None
                        and q.unit is not None
                        and q.unit == state.subject_unit
                        and q.unit not in ("%", "个百分点")
                        and len(subject) <= 4
                        and not subjects.names_measure(subject)
                        and state.subject
                        and (head := subjects.measure_head(state.subject)) is not None
                        and state.subject.endswith(head)
                        and 2 <= len(state.subject) - len(head) <= 4
                        # 进出口总额…；出口…: a part of the measure, not a sibling's.
                        and not subjects.names_part_of_any([subject], head)
                    ):
                        # 稻谷产量962.7万吨；小麦231.4万吨: a sibling of the same kind.
                        subject, member = subject + head, subject
                    if (
                        member is None
                        and state.measured not in (None, state.subject)
                        and q.unit in ("%", "个百分点")
                        and subject.endswith("业")
                    ):
                        # 有29个行业增加值同比增长，增长面为72.5%。重点行业中，甲业增长…: the
                        # measure the paragraph last named, past a rate of its own.
                        subject, member = subjects.complete_sibling(subject, state.measured)
                    if (
                        member is None
                        and q.unit in ("%", "个百分点")
                        and 2 <= len(subject) <= 12
                        and not subjects.names_measure(subject)
                        and (head := _members_measure(state, sentence)) is not None
                        and not subject.endswith(head)
                    ):
                        # 甲类零售商的销货价值上升9.6%，乙类零售商上升4.1%: the next member's
                        # change in the measure the first member's clause named.
                        subject, member = subject + head, subject
                    if (
                        member is None
                        and q.unit in ("%", "个百分点")
                        and q.unit == state.subject_unit
                        and state.subject_sentence == sentence
                        and verb is not None
                        and _CHANGE_VERB.fullmatch(verb.group())
                        and not text.startswith("其中", clause.start)
                        and 2 <= len(subject) <= 8
                        and not subjects.names_measure(subject)
                        and subjects.strip_rate_word(subject) == subject
                        and not subjects.is_place(subject)
                        and state.subject
                        and (head := subjects.measure_word(state.subject)) is not None
                        and state.subject.endswith(head)
                        and state.breakdown in (None, state.subject[: -len(head)])
                        and 2 <= len(state.subject) - len(head) <= 8
                    ):
                        # 食品类价格上涨2.1%，服装下降0.4%: the kind after the one the clause
                        # before measured, in the same measure.
                        subject, member = subject + head, subject
                    if member is not None:
                        breakdown, rule = member, "sibling_completes_head"
                        trace["breakdown"] = "sibling_category"
            trace["subject"] = rule
            listed = state.enumeration
            if (
                breakdown is None
                and rule == "before_cue"
                and listed is not None
                and listed.sentence == sentence
                and subject in listed.breakdowns
                and decision.measure in ("growth", "change", "pp_change")
            ):
                # 甲类、乙类及丙类的空置率分别为…，丙类按年上升1.2个百分点: a member just listed,
                # its change in the measure listed.
                subject, breakdown = listed.subjects[listed.breakdowns.index(subject)], subject
                trace["subject"] = trace["breakdown"] = "member_listed_before"
            if (
                breakdown is None
                and rule == "before_cue"
                and decision.measure in ("share", "pp_change")
                and state.subject
                and state.subject_sentence == sentence
                and subjects.names_category(subject)
                and (
                    subjects.names_measure(state.subject)
                    or state.subject_unit in COUNT_WORDS
                    or state.level_unit in COUNT_WORDS
                )
                and subject not in state.subject
                and _SHARE_OF_WHOLE_NAMED.search(cue_window) is None
            ):
                # 全省数据标注企业1046家，东部地区占60.1%: the member's share of the whole
                # counted before it.
                subject, breakdown = state.subject, subject
                trace["subject"] = trace["breakdown"] = "member_share_of_whole_before"
            if (
                breakdown is None
                and rule == "before_cue"
                and decision.measure == "share"
                and (population := _population_before(state, q.start)) is not None
                and not subjects.names_measure(subject)
                and (
                    population not in subject
                    or (
                        len(subject) - len(population) >= 3
                        and subject.startswith(population + "中")
                    )
                )
                and _SHARE_OF_WHOLE_NAMED.search(cue_window) is None
            ):
                # 受访者中，男性占48.1%，女性占51.9%: each group's share of the people the
                # paragraph counts among (受访者中男性占…: the group right after them).
                subject, breakdown = population, subject.removeprefix(population + "中")
                trace["subject"] = trace["breakdown"] = "member_share_of_population"
        if (
            breakdown is not None
            and (directed := _TRADE_DIRECTION.match(breakdown)) is not None
            and not directed.group("rest")
        ):
            breakdown = directed.group("member")  # (输往欧盟 of 整体出口货值: the market)
        elif (
            breakdown is not None
            and subject
            and _TRADE_NAMED.search(subject)
            and (alone := _PARTNER_ALONE.fullmatch(breakdown)) is not None
        ):
            breakdown = alone.group(1)  # (往东盟的上升…, 对甲国的…, of the trade: the partner)
        elif (
            breakdown is None
            and subject
            and (directed := _TRADE_DIRECTION.match(subject)) is not None
        ):
            # 输往欧盟的则上升2.3%, 来自日本的下跌4.2%: a market's part of the trade named
            # before it (or of the quantity its clause names: 输往中国内地的货值).
            member, rest = (
                directed.group("member"),
                (directed.group("flow") or "") + directed.group("rest"),
            )
            whole = (
                rest
                if subjects.names_measure(rest)
                else state.subject
                if state.subject and not _TRADE_DIRECTION.match(state.subject)
                else None
            )
            if rest in _BARE_VALUE and (
                flow := _TRADE_ASPECT.match(text, sentence[0], clause.start)
            ):
                # 转口出口方面，输往东盟的货值为…: the value of the trade the sentence is about.
                whole = flow.group("flow") + rest
            if whole:
                subject, breakdown = whole, member
                trace["subject"] = trace["breakdown"] = "market_of_trade"
        elif (
            breakdown is None
            and trace["subject"] == "list_members_respectively"
            and i > 0
            and out
            and out[-1].char_start >= clause.start
            and out[-1].trace.get("subject") == "market_of_trade"
        ):
            # 来自甲地和乙地的分别上升…和…: the markets after the first share its direction.
            subject, breakdown = out[-1].subject, subject
            trace["subject"] = trace["breakdown"] = "market_of_trade"
        if (
            breakdown is None
            and (ranked_by := _RANKED_BY_FIGURE.search(window)) is not None
            and _RANK_AFTER_FIGURE.match(text, q.end)
        ):
            # 东湖区以92.08分位居第一: the member that took the rank, by its figure of the
            # quantity the paragraph scores (a score in 分 is a 得分 where none is named).
            member = subjects.clean(ranked_by.group("member"))
            scored = (
                state.subject
                if state.subject and state.subject_unit == q.unit and member not in state.subject
                else "得分"
                if q.unit == "分"
                else None
            )
            if member and scored:
                subject, breakdown = scored, member
                trace["subject"] = trace["breakdown"] = "member_ranked_by_figure"
        together = state.enumeration
        if (
            i == 0
            and decision.measure == "share"
            and _JOINT_SHARE.match(text, clause.start, q.start)
            and together is not None
            and together.sentence == sentence
            and all(together.breakdowns)
            and len(set(together.breakdowns)) > 1
        ):
            # 甲市、乙市收入分别为…，合计占全省的45.8%: the share of the members together.
            last = together.breakdowns[-1]
            subject = together.subjects[-1].replace(last, "", 1) or together.subjects[-1]
            breakdown = "、".join(b for b in together.breakdowns if b)
            trace["subject"] = trace["breakdown"] = "members_together"
        if (
            q.unit in _SIZE_UNITS
            and text.startswith("的", q.end)
            and trace["subject"] in ("before_number", "before_cue", "inherited")
            and len(sized := subjects.population_after(text, q.end + 1, clause.end)) >= 2
        ):
            # 建起了2.4万平方米的冷链仓库: the size of the noun after 的.
            subject, breakdown = sized, None
            trace["subject"] = "size_of_noun_after_de"
        if (
            decision.measure == "level"
            and q.unit == "%"
            and trace["subject"] == "inherited"
            and _NAMES_SHARE.search(subject) is not None
        ):
            # 3.甲产业增加值占地区生产总值比重。2026年7.2%…: the figures of a share named before.
            decision = decision._replace(measure="share", rule="share_named_before")
            trace["measure"] = decision.rule
        if (
            decision.measure == "level"
            and breakdown is None
            and _PEER_IS.fullmatch(window) is not None
            and subjects.is_bare_category(subject)
            and out
            and out[-1].char_start >= sentence[0]
            and out[-1].unit == q.unit
            and (
                out[-1].breakdown is not None
                or (peer_place := subjects.leading_place(out[-1].subject)) is not None
            )
        ):
            # 甲省社零增长3.9%，乙省是4.4%: the same figure of a peer.
            previous = out[-1]
            subject, breakdown = (
                previous.subject
                if previous.breakdown is not None
                else previous.subject[len(peer_place) :],
                subject,
            )
            decision = decision._replace(measure=out[-1].measure, rule="peer_of_previous")
            trace["subject"], trace["breakdown"], trace["measure"] = (
                "peer_of_previous",
                "peer",
                decision.rule,
            )
        if (
            decision.measure == "level"
            and trace["subject"] == "sibling_completes_head"
            and _PEER_IS.fullmatch(window) is not None
            and out
            and out[-1].char_start >= sentence[0]
            and out[-1].unit == q.unit
        ):
            # 东部地区收入增长6.3%，西部地区为5.7%: the sibling's figure in the same measure.
            decision = decision._replace(measure=out[-1].measure, rule="measure_of_sibling")
            trace["measure"] = decision.rule
        if (
            decision.measure == "level"
            and q.unit == "%"
            and _OUTCOME.search(window)
            and out
            and out[-1].char_start >= sentence[0]
            and out[-1].unit == "%"
            and out[-1].measure in ("growth", "share")
            and trace["subject"] == "inherited"
        ):
            # 预期增长5.8%，实际完成6.4%: the outcome of the planned rate, in its measure.
            decision = decision._replace(measure=out[-1].measure, rule="outcome_of_plan")
            trace["measure"] = decision.rule
        among_in_clause = _AMONG_HAS.fullmatch(window) if q.unit in COUNT_WORDS else None
        if (
            q.unit in COUNT_WORDS
            and (
                (i == 0 and not window.strip())
                # 37个行业中有29个实现增长: the whole named in the clause itself.
                or among_in_clause is not None
            )
            and (
                among := [among_in_clause.group(1)]
                if among_in_clause is not None
                else _AMONG.findall(text, sentence[0], clause.start)
            )
            and len(
                predicate := _PREDICATE_COPULA.sub(
                    "", text[q.end : clause.end].strip("，,。；;： ")
                )
            )
            >= 2
            and lex(text, q.end, clause.end) == []
            # 39个行业中有30个行业增加值增长: the next figures complete from that measure
            # (…中有12家在本市投资: a verb that ends the clause measures nothing).
            and not (
                among_in_clause is not None
                and any(
                    head in predicate and not predicate.endswith(head)
                    for head in subjects.MEASURE_HEADS
                )
            )
        ):
            # 24项指标中，21项如期完成，3项未达预期: how many of the whole did what.
            whole = among[-1]
            counted = _COUNTED_NOUN.search(whole)
            subject = counted.group(1) if counted is not None else subjects.clean(whole)
            breakdown = predicate
            trace["subject"], trace["breakdown"] = "whole_counted_before", "what_they_did"
        elif (
            q.unit in COUNT_WORDS
            and decision.measure == "level"
            and trace["subject"] == "before_number"
            and breakdown is None
            and 2 <= len(subject) <= 10
            and not subjects.names_measure(subject)
            and (group := _GROUP_COUNTED.search(text, sentence[0], clause.start)) is not None
            and group.group("unit") == q.unit_written
            and group.group("cls") not in subject
            # (…个县区中，新上线数据产品287个: things the members did, no members)
            and _DONE_OPENING.match(subject) is None
        ):
            # 216所学校中，小学128所、初中62所: members of the group the count before names.
            subject, breakdown = group.group("cls"), subject
            trace["subject"], trace["breakdown"] = "group_counted_before", "member_of_group"
        if (
            trace["subject"] == "after_number"
            and q.unit in COUNT_WORDS
            and (per := _PER_PEOPLE_BEFORE.search(text, clause.start, q.start)) is not None
        ):
            # 每万人约拥有35座5G基站: the density of the noun counted after the number.
            subject = per.group("per") + subject
            trace["subject"] = "density_of_noun_after"
        elif (
            _PER_PEOPLE_ONLY.fullmatch(subject)
            and q.unit in COUNT_WORDS
            and len(counted := subjects.subject_after(text, q.end, clause.end)) >= 2
        ):
            # 每万人拥有37座5G基站: the density of the noun after the count.
            subject = subject + counted
            trace["subject"] = "density_of_noun_after"
        elif (
            state.spoken_topic is not None
            and state.spoken_topic[0] == sentence
            and subject
            and state.spoken_topic[1] not in subject
        ):
            subject = state.spoken_topic[1] + subject
            trace["subject_topic"] = "spoken_topic"
        elif (
            _PER_PEOPLE_ONLY.fullmatch(subject)
            and q.unit in COUNT_WORDS
            and state.subject
            and state.subject_unit == q.unit
            and state.subject_sentence == sentence
        ):
            # 建成5G基站19.7万个，每万人拥有17个: the density of the figure counted before.
            subject = subject + "拥有" + state.subject
            trace["subject"] = "density_of_previous"
        elif (
            trace["subject"] == "before_number"
            and breakdown is None
            and decision.measure == "level"
            and state.subject
            and state.subject_unit == q.unit
            and state.subject_sentence == sentence
            # 入住率 …93.2%, 平均逗留时间 …2.3日: a rate or an average, not a count or amount
            and (
                (q.unit == "%" and state.subject.endswith("率"))
                or (q.unit in _DURATION_UNITS and state.subject.endswith(_AVERAGE_NAMES))
            )
            and subject
            and not subjects.names_measure(subject)
            and _STANDS_AT.search(window) is not None
        ):
            # 酒店入住率为91.4%，其中五星级酒店为93.2%: the same rate in a kind of the whole.
            subject, breakdown = subjects.strip_whole_scope(state.subject), subject
            trace["subject"], trace["breakdown"] = "rate_of_previous", "kind_before_number"
        if clause.aside and i == 0 and out and out[-1].char_end <= q.start:
            # A figure in brackets right after another: the same quantity's, told again.
            told = out[-1]
            opening = text[told.char_end : q.start].strip()
            if _FORMERLY.fullmatch(text, told.char_end, q.start) is not None:
                # 修正为2,960亿元（原发布2,947亿元）: the same quantity as first published.
                subject, breakdown = told.subject, told.breakdown
                trace["subject"] = "as_first_published"
                if told.unit == q.unit and decision.measure == "level" != told.measure:
                    # 增长3.5%（先前公布为3.3%）: the same growth as first published.
                    decision = decision._replace(measure=told.measure, rule="as_first_published")
                    trace["measure"] = decision.rule
            if (
                told.measure == "growth"
                and decision.measure == "level"
                and q.unit not in ("%", "个百分点", None)
                and opening in ("（", "(", "（+", "(+")
                and (q.value < 0 or text[q.start - 1] == "+")
            ):
                # 增加12.6%（+41.3亿美元）: the signed amount of the same change.
                decision = decision._replace(measure="change", rule="signed_amount_of_growth")
                trace["measure"] = decision.rule
                subject, breakdown = told.subject, told.breakdown
            if (
                told.measure == "change"
                and decision.measure == "level"
                and q.unit != told.unit
                and q.unit not in _RATIO_OR_MONEY
                and opening in ("（", "(", "（约", "(约")
            ):
                # 增加19.5万亩（13.0千公顷）: the same change in other units.
                signed = -abs(q.value) if told.value < 0 else q.value
                decision = decision._replace(
                    measure="change", value=signed, rule="change_in_other_units"
                )
                trace["measure"] = decision.rule
                subject = told.subject
        if (
            clause.aside
            and i > 0
            and not subject
            and out
            and out[-1].trace.get("breakdown") == "member_before_aside"
            and out[-1].char_start >= clause.start
        ):
            # 建造业（由5.4%上升至6.1%）: the member's next figure, inside the same aside.
            subject, breakdown = out[-1].subject, out[-1].breakdown
            trace["subject"], trace["breakdown"] = "measure_of_class", "member_before_aside"
        elif (
            clause.aside
            and i == 0
            and (trace["subject"] == "inherited" or not subject)
            and q.unit == "%"
            and (moved := _MEMBER_MOVED_MOST.search(text, sentence[0], clause.start)) is not None
        ):
            # 甲类的销货价值升幅最大（+12.4%）: the member that moved most, in the measure
            # named; the members after it share that measure.
            breakdown = moved.group("member")
            state.members_measure = moved.group("measure")
            subject = breakdown + state.members_measure
            if moved.group("rate") in ("跌幅", "降幅") and decision.value > 0:
                decision = decision._replace(value=-decision.value)
            trace["subject"], trace["breakdown"] = "member_moved_most", "member_moved_most"
        elif (
            clause.aside
            and i == 0
            and (trace["subject"] == "inherited" or not subject)
            and (
                (member := _MEMBER_BEFORE_ASIDE.search(text, sentence[0], clause.start)) is not None
                # 住宿(22.4%)及餐饮(19.7%)的比重: the first of members each with its figure.
                or (
                    (member := _FIRST_MEMBER_BEFORE_ASIDE.search(text, sentence[0], clause.start))
                    is not None
                    and (
                        _LIST_GOES_ON.match(text, clause.end + 1) is not None
                        # ，经水路抵达的旅客(386,120人次)下降3.6%: one member of the whole
                        # named before, its figure in brackets.
                        or (
                            state.subject
                            # (低于全国平均水平（40.2%）: a benchmark's rate, read below)
                            and q.unit not in ("%", "个百分点", "‰")
                            and not subjects.names_measure(subjects.clean(member.group(1)))
                        )
                    )
                )
            )
        ):
            # 超过千亿元的城市有2个，分别为甲市（1380亿元）、乙市（…）: each member's figure, of
            # the quantity its class was drawn by.
            measured = _MEASURED_CLASS.match(state.breakdown or "")
            subject = measured.group(1) if measured is not None else state.subject or subject
            if state.members_measure is not None:
                # 其次为乙类（+6.1%）: another member, in the measure the members share.
                subject = member.group(1) + state.members_measure
            extreme = _EXTREME_NAMED.search(
                text, max(sentence[0], member.start() - 16), member.start(1)
            )
            if extreme is not None:
                # 社区最多的是东湖街道（12个）: the quantity the extreme is of.
                subject = subjects.clean(extreme.group(1)) or subject
            if (averaged_per := subjects.AVERAGE_PER.match(subject)) is not None:
                subject = subject[averaged_per.end() :] or subject  # members' counts, not averages
            head = _HEAD_AFTER_BRACKETED_LIST.match(text, clause.end + 1)
            if (
                head is not None
                and len(named := subjects.clean(head.group(1))) >= 2
                and not _SHARE_WORD_ONLY.fullmatch(named)
                # (…（由3.1%上升至3.5%）的升幅较为明显: how much they moved, no noun of theirs)
                and not any(word in named for word in (*subjects.RATE_OF_CHANGE, "升幅"))
            ):
                # 香港旅客(1,206澳门元)与台湾旅客(2,430澳门元)的人均消费分别上升…: the members'
                # figures are of the noun the list is said of.
                subject = named
            if not subject:
                # 失业率在多数行业均有所上升，其中以建造业（由5.4%上升至6.1%）…: the quantity
                # the sentence said moved in its members.
                moved = list(_MOVED_IN_MEMBERS.finditer(text, sentence[0], clause.start))
                named = subjects.clean(moved[-1].group(1)) if moved else ""
                subject = named if subjects.names_measure(named) else subject
            breakdown = _whole_name_of_member(text, sentence[0], member)
            trace["subject"], trace["breakdown"] = "measure_of_class", "member_before_aside"
            if (
                q.unit == "%"
                and decision.rule == "default_level"
                # (零售业（由4.1%上升至4.6%）: a rate's move, not a share)
                and text[q.start - 1 : q.start] in ("（", "(")
                and not subjects.names_measure(breakdown)
                and not _RATE_LIKE.search(subject)
            ):
                # 受访者最常选的依次为甲（41.2%）、乙（30.5%）: the member's part of those asked or
                # counted, not a rate of its own (普及率（80.2%）).
                decision = decision._replace(measure="share", rule="share_of_member_in_brackets")
                trace["measure"] = decision.rule
                if not subject:
                    subject = breakdown  # nothing named whose part it is
        elif (
            clause.aside
            and i == 0
            and q.unit not in ("%", "个百分点")
            and (whole := _WHOLE_BEFORE_ASIDE.search(text, sentence[0], q.start)) is not None
            and (named := subjects.clean(whole.group(1)))
        ):
            # 占移动网终端连接总数（47.8亿户）的比重: the whole's own figure, given in passing.
            subject, breakdown = named, None
            trace["subject"] = "whole_before_aside"
        elif (
            clause.aside
            and i == 0
            and trace["subject"] == "inherited"
            and (benchmark := _BENCHMARK_BEFORE_ASIDE.search(text, sentence[0], clause.start))
        ):
            # 低于全国平均水平（40.2%）: the benchmark's own figure, of the same quantity.
            subject = _OWN_SCOPE.sub("", subject) or subject
            breakdown = benchmark.group(1)
            trace["breakdown"] = "benchmark_before_aside"
        elif (
            clause.aside
            and i == 0
            and not subject
            and (named := _NAME_BEFORE_ASIDE.search(text, sentence[0], clause.start)) is not None
            and subjects.names_measure(measure_named := subjects.clean(named.group(1)))
        ):
            # 全市居民互联网普及率（78.4%）高于…: the figure of the quantity just named.
            subject, trace["subject"] = measure_named, "named_before_aside"
        if (
            breakdown is None
            and subject
            and trace["subject"] in ("before_number", "before_cue")
            and subjects.measure_word(subject) == subject
            and (said := _said_in_clause_before(text, sentence[0], clause.start, out)) is not None
            and (owner := subjects.clean(said.group("subject"))) != subject
        ):
            # 丁行业受出口放缓拖累，利润下降6.4%: the measure of the owner the clause before named.
            breakdown, trace["breakdown"] = owner, "subject_of_clause_before"
        if (
            decision.measure == "level"
            and q.unit == "%"
            and subject
            and len(subject) <= 10
            and not subjects.names_measure(subject)
            and text.find("：", sentence[0], q.start) != -1
            and (spread := _DISTRIBUTION_OPENER.search(text, sentence[0], q.start)) is not None
            and (whole := subjects.clean(spread.group("whole")))
            and whole != subject
        ):
            # 去年成交额行业分布：制造业27.5%，批发零售19.8%: the members' shares of the whole.
            decision = decision._replace(measure="share", rule="member_of_distribution")
            trace["measure"] = decision.rule
            subject, breakdown = whole, subject
            trace["subject"] = trace["breakdown"] = "member_of_distribution"
        if (
            subject
            and (head := subjects.measure_head(subject)) is not None
            and len(subject) > len(head)
            and text.find(f"{subject[: -len(head)]}的{head}", sentence[0], q.start) != -1
        ):
            state.members_measure = head  # 甲类的销货价值上升…: the members' measure
        if (
            subject
            and subjects.AVERAGE_PER.fullmatch(subject)
            and (
                averaged := state.subject
                if state.subject_sentence == sentence
                # 业务量 / 4210万件 / 日均 / 11.5万件: a label line of a figure box.
                else out[-1].subject
                if out and q.start - out[-1].char_end < 40
                else None
            )
            and not subjects.AVERAGE_PER.match(averaged)
        ):
            # 抵港旅客共2,871,300人次，平均每日95,710人次: the same quantity's daily average.
            subject = subject + subjects.strip_whole_scope(averaged)
            trace["subject"] = "average_of_previous"
        if (
            not clause.aside
            and i == 0
            and out
            and out[-1].trace.get("breakdown") == "member_before_aside"
            and text[out[-1].char_end : clause.start].strip() in (")", "）")
            and subject
            and subject == subjects.clean(out[-1].breakdown or "")
        ):
            # 经水路抵达的旅客(386,120人次)下降3.6%: the bracketed member's change.
            subject, breakdown = out[-1].subject, out[-1].breakdown
            trace["subject"], trace["breakdown"] = "member_before_aside", "member_before_aside"
        if (
            breakdown is None
            and subject in _BARE_RATES
            and out
            and out[-1].char_start >= sentence[0]
            and (users := _USERS_OF.fullmatch(out[-1].subject or "")) is not None
        ):
            # 网络音频用户规模达…，使用率为…: the rate of the service whose users were counted.
            breakdown = users.group(1)
            trace["breakdown"] = "service_of_previous_users"
        if q.range_bound == "upper" and out and out[-1].range_bound == "lower":
            # 增长5%—6%: the upper end is about what the lower end is about.
            subject, breakdown = out[-1].subject, out[-1].breakdown
            trace["subject"] = "range_shares_subject"
            if out[-1].trace.get("measure") == "rate_of_change" and decision.measure == "level":
                signed = -abs(decision.value) if out[-1].value < 0 else decision.value
                decision = decision._replace(measure="growth", value=signed, rule="rate_of_change")
                trace["measure"] = decision.rule
        in_sub_items = after_sub_items_opener
        if in_sub_items and subjects.is_sibling_holder(subject, state.parent):
            # 住户贷款…，其中短期贷款…；企业贷款增加…: another holder's total, a new parent.
            in_sub_items = False
        listed = state.enumeration
        if (
            in_sub_items
            and breakdown is None
            and subject
            and listed is not None
            and listed.sentence == sentence
            and enum is None
        ):
            for listed_subject, member in zip(listed.subjects, listed.breakdowns, strict=True):
                if (
                    member
                    and listed_subject != member
                    and (member.endswith(subject) or listed_subject.startswith(subject))
                ):
                    # 火电、水电发电量分别为…，其中火电同比下降2.5%: a member of the list before.
                    subject, breakdown = listed_subject, member
                    trace["subject"], trace["breakdown"] = "member_of_list", "member_of_list"
                    break
        if (
            subject
            and breakdown is None
            and q.unit in COUNT_WORDS
            and text.endswith("的有", clause.start, q.start)
            and (subject.endswith(("以上", "以下")) or _THRESHOLD.search(subject))
            and (counted := _count_in_paragraph(text, out, q)) is not None
        ):
            # 经营主体超过3000家，年交易额1000万元以上的有117家: a class of the count before.
            subject, breakdown = counted, subject
            trace["subject"] = trace["breakdown"] = "class_of_count_before"
        whole_of_group = (
            state.parent
            if in_sub_items
            # ▪城镇居民：48726元: a group alone on a post's line, under the whole's figure.
            else state.subject
            if subject is not None
            and len(subject) <= 4
            and q.unit in (state.subject_unit, state.level_unit)
            else None
        )
        listed_group = trace["subject"] == "list_members_respectively" and in_sub_items
        if (
            (breakdown is None or listed_group)
            and whole_of_group
            and subject
            and (
                trace["subject"] in ("before_cue", "before_number", "label_before_colon")
                # 收入增长4.9%，其中城镇、农村居民分别增长4.3%和6.2%: a list of the groups.
                or listed_group
            )
            and (
                subject.endswith(_HOUSEHOLD_GROUPS)
                # 政府债务余额…，其中一般债务…: a kind of the debt, in the parent's balance.
                or (in_sub_items and whole_of_group.endswith(_BALANCES))
            )
            and (named := subjects.sibling_of(subject, whole_of_group)) is not None
        ):
            # 居民人均可支配收入增长5.4%，其中农村居民增长6.3%: the parent's measure of the
            # group, which shares its last word with the parent's.
            subject, breakdown = named, breakdown or subject
            trace["subject"] = trace["breakdown"] = "group_of_parent_measure"
        elif (
            breakdown is None
            and in_sub_items
            and subject
            and state.subject
            and state.subject_sentence == sentence
            and q.unit is not None
            and subject.endswith(_PEOPLE_GROUPS)
            and trace["subject"] in ("before_cue", "before_number")
            and (named := subjects.sibling_of(subject, state.subject)) is not None
        ):
            # 其中，城镇居民人均花费982.3元，农村居民617.8元: the sibling group's measure.
            subject, breakdown = named, subject
            trace["subject"] = trace["breakdown"] = "group_of_sibling_measure"
        sibling = trace["subject"] == "sibling_completes_head"
        parent, parent_unit = state.parent, state.parent_unit
        if (
            in_sub_items
            and q.unit in COUNT_WORDS
            and q.unit != parent_unit
            and _PLACE_LIKE.search(subject or "") is not None
            and len(subject) <= 4
        ):
            # 企业共796家，总价值17.3万亿美元。其中，甲国318家: the parts of the count before.
            counted = _count_in_paragraph(text, out, q)
            if counted is not None:
                parent, parent_unit = counted, q.unit
        category = breakdown if sibling else subject
        if (
            in_sub_items
            and (breakdown is None or sibling)
            and (
                decision.measure == "share"
                or _PLACE_LIKE.search(category or "") is not None
                # 平均利用小时…，其中火电3318小时: the parent's measure, in its unit, of a kind.
                or (q.unit is not None and q.unit == parent_unit and q.unit != "%")
            )
            and parent
            and category
            and category != parent
            and (
                subjects.is_bare_category(category)
                # 床位21.2万张，其中医院16.8万张，乡镇卫生院2.1万张: a kind named in the
                # parent's unit.
                or (
                    q.unit is not None
                    and q.unit == parent_unit
                    and q.unit not in _RATIO_OR_MONEY
                    and len(category) <= 6
                    and not subjects.names_measure(category)
                )
            )
            and trace["subject"] in ("before_cue", "before_number", "sibling_completes_head")
            # 进出口额…，其中出口…: a part of the parent's measure is a quantity of its own.
            and not subjects.names_part_of_any([category], parent)
        ):
            # 网络零售额650亿元，其中城区占比约58%; 价格上涨1.5%，其中城市上涨1.3%: the parent
            # in that place.
            subject, breakdown = parent, category
            trace["subject"], trace["breakdown"] = "parent_of_category", "category_of_parent"
        if (
            in_sub_items
            and breakdown is None
            and q.unit is None
            and q.magnitude_text
            and parent
            and subject
            and subject != parent
            and len(subject) <= 6
            and not subjects.names_measure(subject)
            and trace["subject"] in ("before_cue", "before_number")
            and implied_unit(parent) is not None
        ):
            # 国内出游人次16.45亿，其中城镇居民12.87亿: the parent's count of the group, in the
            # unit the parent's name implies.
            subject, breakdown = parent, subject
            trace["subject"], trace["breakdown"] = "parent_of_category", "category_of_parent"
        if breakdown is None and in_sub_items:
            scope = subjects.parent_scope(state.parent, subject, state.parent_breakdown)
            if scope is not None:
                breakdown = scope
                trace["breakdown"] = "parent_scope"
        if breakdown is None and decision.measure == "share":
            located = subjects.location_after(text, q.end, clause.end)
            if located:
                breakdown = located
                trace["breakdown"] = "located_after_share"
        if (
            breakdown is None
            and subject
            and state.subject
            and (excluding := _EXCLUDING.fullmatch(subject)) is not None
        ):
            # 投资增长1.4%；扣除房地产开发投资后增长4.7%: the same quantity, less a part.
            subject, breakdown = state.subject, excluding.group(1)
            trace["subject"], trace["breakdown"] = "excluding_part", "excluding_in_clause"
        if breakdown is None and state.excluding is not None:
            # 扣除电力投资，全县投资增长3.3%: another figure than the total's.
            breakdown = state.excluding
            trace["breakdown"] = "excluding_before"
        kind = (
            breakdown
            if trace["subject"] == "sibling_completes_head"
            else subject
            if breakdown is None
            and trace["subject"] in ("before_cue", "before_number")
            and subjects.is_bare_category(subject)
            else None
        )
        if kind and (
            whole := _whole_opening(text, sentence[0], clause.start)
            or _ranked_whole(text, sentence[0], clause.start)
            or _topic_with_sub_items(text, state, sentence, clause.start)
        ):
            # 在网上零售额中，吃类商品增长…，穿类商品下降…: each kind is a part of the whole.
            subject, breakdown = whole, kind
            trace["subject"], trace["breakdown"] = "part_of_whole", "kind_of_whole"
        if subject and breakdown is None and trace["subject"] != "inherited":
            # A semicolon opens a new scope: 东部…；中部…: each half names its own region.
            scope = (max(sentence[0], text.rfind("；", sentence[0], clause.start) + 1), sentence[1])
            if state.sentence_place is None or state.sentence_place[0] != scope:
                place = subjects.leading_place(subject)
                member = (
                    subjects.leading_member(subject) if place is None and not in_sub_items else None
                )
                if (
                    place is None
                    and state.paragraph_place is not None
                    and state.paragraph_place[0] != sentence
                    and subjects.within_place(subject, state.paragraph_place[1])
                ):
                    # 甲省一季度GDP…。第二产业增加值…: a paragraph about one named place keeps
                    # to it while its subjects name no other. A member the subject opens with
                    # stays in the subject, and goes on to the sentence's later subjects.
                    breakdown = state.paragraph_place[1]
                    trace["breakdown"] = "paragraph_place"
                    if member is None:
                        place = breakdown
                state.sentence_place = (scope, place, member)
            elif state.sentence_place[1] is not None and not subjects.names_place(subject):
                breakdown = state.sentence_place[1]
                trace["breakdown"] = "sentence_place"
            elif (
                (member := state.sentence_place[2]) is not None
                and not in_sub_items
                and trace["subject"] in ("before_cue", "before_number")
                and member not in subject
                and subjects.may_be_measure_of_member(subject)
                # 乙作物产量…，增长…，单产…: the figure just before is the member's.
                and out
                and out[-1].char_start >= scope[0]
                and (member in (out[-1].subject or "") or out[-1].breakdown == member)
            ):
                # 甲类学校招生3.2万人，在校生9.8万人: the member the sentence opened with.
                breakdown = member
                trace["breakdown"] = "sentence_member"
        if (
            decision.measure == "level"
            and q.unit == "%"
            and decision.rule in ("default_level", "reach_level")
            and (rated_before := _last_growth_in(out, sentence)) is not None
            and (
                _RATE_COMPARED.search(cue_window)
                # 工业增速或回落至5%左右，但二季度整体有望达到5.3%，全年在5%以上: the same
                # rate, named as one, the subject carried on to the later times the clauses name.
                or (
                    trace["subject"] == "inherited"
                    and _REACH_OR_STAND.search(cue_window)
                    and rated_before.subject == subject
                    and rated_before.trace.get("measure") in _NAMED_RATE_RULES
                )
            )
        ):
            # 增长5.9%，较1—2月的5.5%加快…, 高于预期的5.2%, 区间为4.9%—5.4%: the same rate at
            # another time, expected, or its bounds.
            decision = decision._replace(measure="growth", rule="rate_compared")
            trace["measure"] = decision.rule
            subject, breakdown = rated_before.subject, rated_before.breakdown
            trace["subject"] = "rate_compared"
        elif (
            decision.measure == "level"
            and q.unit == "%"
            and (rated := subjects.strip_rate_word(subject)) != subject
        ):
            # 增速将回落至4.8%, 降幅收窄至7%, 增速在4%—4.5%之间: the rate of change is a growth,
            # of the quantity before the rate word; a fall's rate is negative.
            falling = subject.endswith(("降幅", "跌幅"))
            signed = -abs(decision.value) if falling else decision.value
            decision = decision._replace(measure="growth", value=signed, rule="rate_of_change")
            trace["measure"] = decision.rule
            if not rated.endswith("经济"):  # 经济增长率: 经济 alone names no quantity
                subject = _TRAILING_SAME_PERIOD.sub("", rated)
        if (
            decision.measure == "share"
            and len(subject) >= 3
            and subjects.names_category(subject)
            and (whole := _SHARE_OF_WHOLE_NAMED.search(cue_window)) is not None
            and (head := subjects.measure_head(whole.group(1))) is not None
            and not subject.endswith(head)
        ):
            # 甲业占核心产业增加值的比重: the category's part of that quantity, its 增加值.
            subject += head
        elif (
            decision.measure == "share"
            and breakdown is None
            and trace["subject"] in ("before_cue", "before_number")
            and 2 <= len(subject) <= 12
            and not subjects.names_measure(subject)
            and (whole := _SHARE_OF_AMOUNT.search(cue_window)) is not None
            and subjects.names_measure(named := subjects.clean(whole.group(1)))
        ):
            # 钟表及珠宝占整体销售额的26.4%: a kind's part of an amount is that amount's, in it.
            if named in _BARE_TOTALS and state.subject and state.subject not in _BARE_TOTALS:
                named = state.subject  # …旅客(…人次)占总数的76.4%: the total of what was counted
            subject, breakdown = named, subject
            trace["subject"], trace["breakdown"] = "whole_of_share", "part_of_whole"
        elif (
            subject
            and state.parent
            and len(subject) >= 2
            and state.parent.startswith(subject)
            and state.parent != subject
            and _COUNTED_EVENT.search(subject) is not None
            and text.find("其中", sentence[0], clause.start + 3) != -1
        ):
            # 新登记企业583家，其中四季度新登记164家: the part names the parent's words short.
            subject = state.parent
        if (
            subject
            # (甲类的销货价值升幅最大（+12.4%）: the aside holds the sentence's first figure.)
            and (not clause.aside or trace["subject"] == "member_moved_most")
            # 铁路发送旅客…，日均79.4万人次，占…的33.2%: a daily average is no new topic.
            and trace["subject"] not in ("inherited", "average_of_previous")
        ):
            if state.lead is None:
                state.lead = subject
                place = subjects.leading_place(subject) or (
                    breakdown if breakdown is not None and subjects.is_place(breakdown) else None
                )
                # 年初安排省级…: four characters before 省 are seldom a name, often words.
                named = place is not None and (len(place) <= 4 or place.endswith("地区"))
                state.paragraph_place = (sentence, place) if named else None
            # 有12个行业增加值实现增长。其中，甲业增长…: what follows a count of a class by its
            # condition is of the measure the counted noun names (行业增加值).
            named = value_first[q] if trace.get("breakdown") == "condition_of_counted" else subject
            state.subject = named
            if subjects.measure_head(named) is not None:
                state.measured = named
            state.subject_unit = q.unit
            if q.unit not in ("%", "个百分点"):
                # 甲、乙地区分别完成x亿元和y亿元，分别增长a%和b%；丙地区完成z亿元: a sibling
                # of the amounts, past their rates.
                state.level_unit, state.level_subject = q.unit, named
            # 完成预算的102.7%，比上年增长4.4%: the plan a share was of is no member of the
            # quantity the next figures are of.
            carried = None if trace.get("breakdown") == "plan" else breakdown
            state.breakdown = carried
            state.subject_sentence = sentence
            if not in_sub_items and trace["subject"] != "rate_of_previous":
                state.parent, state.parent_breakdown = named, carried
                state.parent_unit = q.unit
        value, unit = decision.value, decision.unit
        per = _PER_UNIT.search(cue_window) if q.unit in CURRENCIES else None
        if per is not None and unit == q.unit:
            unit = f"{unit}/{per.group('per')}"
            trace["unit"] = "price_per_unit"
            if _SELLING_ONLY.fullmatch(subject):
                # 以前一斤卖两三块钱: what a thing sold for by the 斤 is its price.
                subject = "价格"
        if unit is None and decision.measure in ("level", "change") and q.magnitude_text:
            # 千兆用户突破3亿: the head noun of the subject names the unit the text leaves out.
            implied = implied_unit(subject)
            if implied is not None:
                unit = implied
                trace["unit"] = "implied_by_subject"
        if (
            decision.measure == "share"
            and decision.rule.startswith("word_")
            and _RATE_NAME_END.search(subject)
        ):
            # 覆盖率达到七成, 集中度在五成以上: tenths of a rate are its level.
            decision = decision._replace(measure="level", rule="rate_in_tenths")
            trace["measure"] = decision.rule
        if (
            decision.rule == "default_level"
            and decision.unit == "%"
            and _GROWTH_RATE_SUBJECT.search(subject)
        ):
            # 出口增速的预测为6.8%, 增速定在4.2%左右: the level of a growth rate is a growth.
            decision = decision._replace(measure="growth", rule="growth_rate_named")
            trace["measure"] = decision.rule
        # Period.
        period, period_rule, base = _period(
            text, q, window, clause_prefix, decision, state, heading, published
        )
        if state.member_periods is not None and i < len(state.member_periods):
            period, period_rule = state.member_periods[i], "list_member_period"
        elif (dated := _time_bracketed_after(text, q.end, state.times)) is not None:
            # 研发开支：312.4亿港元（2024年）: the year in brackets after the figure is its own.
            resolved = resolve(dated, None, None, published)
            if resolved.end is not None:
                period, period_rule = resolved, "bracketed_after_figure"
        trace["period"] = period_rule
        kind, kind_rule = kind_for_future(*kind_at(q.start, scopes), period.end, published)
        if (
            kind_rule == "future_period"
            and published is not None
            and period.end is not None
            and period.end.year == published.year
            and (
                _DONE_SO_FAR.search(text, sentence[0], q.start) is not None
                # 今年以来，…。…: the sentences after it report the same stretch of the year.
                or (
                    state.period_expr is not None
                    and text.startswith("以来", state.period_expr.end)
                    and period_rule.startswith("paragraph_latest")
                )
            )
            and _PLANNED.search(text, sentence[0], q.start) is None
        ):
            # 今年以来开展活动160场, 今年新开了航线7条: this year's figure so far, reported as
            # done, is an actual of the year to the day of publication (the year is not over).
            kind, kind_rule = "actual", "done_so_far"
            # 截至4月底，…，今年以来新增187个: the stretch of the year ends at the day the
            # sentence counts to, where it names one.
            counted_to = next(
                (
                    o.period_end
                    for o in reversed(out)
                    if o.char_start >= sentence[0]
                    and o.period_type == "as_of"
                    and o.period_end is not None
                    and o.period_end.year == published.year
                    and o.period_end <= published
                ),
                published,
            )
            period = Period("year_to_date", date(published.year, 1, 1), counted_to, "so_far")
            trace["period"] = "year_so_far"
        elif (
            kind_rule == "future_period"
            and published is not None
            and published.month >= _LATE_IN_THE_YEAR
            and period.start is not None
            and period.start <= published
            and period.end is not None
            and period.end.year == published.year
            and _PLANNED.search(text, max(0, sentence[0] - _PLAN_LOOKBACK), sentence[1]) is None
            and _FORECAST_OR_REST.search(text, max(0, sentence[0] - _PLAN_LOOKBACK), sentence[1])
            is None
        ):
            # 今年全县秋粮播种面积…万亩, in October: a figure of the year the report stands in,
            # late in it and told as a fact (no word of a plan), is the year's actual.
            kind, kind_rule = "actual", "current_year_told_late"
        if kind == "target" and (
            _FROM_NOW.search(text, max(clause.start, q.start - 10), q.start)
            or (
                (_FROM_VALUE.search(window) or _FROM_YEAR.search(window))
                and _TO_AFTER.match(text, q.end)
            )
        ):
            # 占比可望从目前的约21%升至近30%, 力争从8万辆增加到15万辆: where a change starts
            # (expected or planned) is a fact.
            kind, kind_rule = "actual", "start_of_expected_change"
            if (
                published is not None
                and period.end is not None
                and period.end > published
                and not trace["period"].startswith("start_of_change")
            ):
                # 到2027年，占比从10.2%提高到15%: the start is no figure of 2027; the text
                # leaves its time unsaid.
                period = NO_PERIOD
                trace["period"] = "start_of_change_undated"
        if trace["subject"] == "target_of_previous" or (
            kind == "actual" and _TARGET_NAMED_AFTER.match(text, q.end)
        ):
            kind, kind_rule = "target", "target_named_after"
        if other_reading is not None:
            which, read = other_reading
            if which in _PRIOR_WORDS:
                kind, kind_rule = "actual", "previous_reading"
                prior = previous_period(
                    Period(read.period_type, read.period_start, read.period_end)
                )
                if prior is not None:
                    period = prior
                    trace["period"] = "previous_reading"
            elif which in _FORECAST_WORDS:
                kind, kind_rule = "target", "forecast_reading"
        if decision.measure == "level" and q.unit == "%" and _SHARE_NOUN_END.search(subject):
            # …的企业占比最高，为61.5%；乙业为…: a percentage of a share's name is a share.
            decision = decision._replace(measure="share", rule="share_named")
            trace["measure"] = decision.rule
        trace["kind"] = kind_rule
        out.append(
            Observation(
                subject=subject,
                measure=decision.measure,
                value=value,
                unit=unit,
                value_text=text[q.start : q.end],
                char_start=q.start,
                char_end=q.end,
                sentence=sentence_text,
                breakdown=breakdown,
                qualifier=qual,
                period_type=period.type,
                # An as-of figure is a stock on one day: it has an end and no start.
                period_start=None if period.type == "as_of" else period.start,
                period_end=period.end,
                kind=kind,
                unit_written=q.unit_written,
                base_period_end=base,
                range_bound=q.range_bound,
                trace=trace,
            )
        )
        if each is not None:
            # 接待游客人次、旅游总花费均增长9%: one number for each of the members.
            made = out.pop()
            topic = (
                state.topic[1] if state.topic is not None and state.topic[0] == sentence else None
            )
            for member, member_breakdown in each:
                trace_each = {**made.trace, "subject": "each_member"}
                if made.trace.get("measure") == "rate_of_change":
                    # 甲业和乙业增加值增速均不足1%: each member's growth, of its 增加值.
                    member = subjects.strip_rate_word(member)
                if topic and member_breakdown is None:
                    # 从核心产业增速看，甲省、乙省均超过10%: each member's figure of the topic.
                    out.append(_member_of_topic(made, topic, member))
                    continue
                if member_breakdown is None and subjects.is_place(member) and made.subject:
                    # 全省收入1500亿元，其中甲市、乙市均超过300亿元: places alone are members of
                    # the quantity the clause reports, not quantities themselves.
                    member_subject = (
                        _measure_of_counted_class(out, made, sentence[0]) or made.subject
                    )
                    if member_subject != member:
                        out.append(
                            dataclasses.replace(
                                made,
                                subject=member_subject,
                                breakdown=member,
                                trace={**trace_each, "breakdown": "each_place"},
                            )
                        )
                        continue
                if (
                    member_breakdown is not None
                    and _PLACE_MEMBER.fullmatch(member_breakdown) is not None
                    and (named := _fuller_name_before(out, member[len(member_breakdown) :]))
                ):
                    # 全国电子商务交易额…；甲省、乙省交易额均超过2万亿元: each place's figure of the
                    # quantity named in full before, its head written short.
                    member = named
                out.append(
                    dataclasses.replace(
                        made,
                        subject=member,
                        breakdown=member_breakdown or made.breakdown,
                        trace=trace_each,
                    )
                )
        prev_end = q.end
    _spread_list_qualifier(text, out, first_out)


def _aside_before(text: str, clause: cl.Clause, sentence: tuple[int, int]) -> int | None:
    """Where the bracketed aside that ends right before ``clause`` opens (…产量（193.5万台）的…),
    after the sentence's start; None when the clause follows no aside."""
    if clause.start <= sentence[0] or text[clause.start - 1] not in "）)":
        return None
    opened = max(
        text.rfind("（", sentence[0], clause.start), text.rfind("(", sentence[0], clause.start)
    )
    return opened if opened > sentence[0] else None


def _fuller_name_before(out: list[Observation], head: str) -> str | None:
    """The last subject of the paragraph's figures that ends with ``head`` and says more (软件业务
    收入 for 收入), without the whole's scope (全国), or None."""
    if len(head) < 2:
        return None
    for earlier in reversed(out[-8:]):
        named = subjects.strip_whole_scope(earlier.subject or "")
        if named.endswith(head) and len(named) > len(head) + 1 and earlier.breakdown is None:
            return named
    return None


_OWN_COUNTRY = re.compile(r"我国|中国")


def _count_in_paragraph(text: str, out: list[Observation], q: Quantity) -> str | None:
    """The subject of the last whole counted in ``q``'s unit earlier in its paragraph."""
    paragraph_start = text.rfind("\n", 0, q.start) + 1
    for earlier in reversed(out):
        if earlier.char_start < paragraph_start:
            return None
        if earlier.unit == q.unit and earlier.measure == "level" and earlier.subject:
            return earlier.subject
    return None


# 超过500亿元, 在10%以上: where a condition's threshold starts, after the quantity it is on.
_THRESHOLD = re.compile(
    r"(?:超过|超|高于|低于|达到|达|突破|不低于|不少于|在)(?=[\d一二三四五六七八九十百千两])"
)


def _measure_of_counted_class(
    out: list[Observation], made: Observation, sentence_start: int
) -> str | None:
    """收入超过500亿元的城市有3个，其中甲市、乙市均突破1000亿元: members of a class counted by a
    condition on a quantity report that quantity, not the class."""
    counts = [o for o in out if o.char_start >= sentence_start and o.unit in COUNT_WORDS]
    if not counts or counts[-1].subject != made.subject or counts[-1].breakdown is None:
        return None
    verb = _THRESHOLD.search(counts[-1].breakdown)
    measure = subjects.clean(counts[-1].breakdown[: verb.start()]) if verb else ""
    return measure if len(measure) >= 2 and subjects.names_measure(measure) else None


# 12个百亿元、70个30亿元以上项目, 5个亿元级项目: a count of things of a money class; the class is
# a breakdown of the noun after it (or after the list's last class).
_MONEY_CLASS = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十])?[十百千]?(?:万亿|亿|万)元(?:以上|以下|级)?"
)


def _money_classed_counts(
    text: str, clause: cl.Clause, qs: list[Quantity]
) -> dict[Quantity, tuple[str, str]]:
    classed: dict[Quantity, tuple[str, str]] = {}
    waiting: list[tuple[Quantity, str]] = []
    for q in qs:
        if q.unit not in COUNT_WORDS or q.word_measure is not None:
            waiting = []
            continue
        m = _MONEY_CLASS.match(text, q.end)
        if m is None:
            waiting = []
            continue
        waiting.append((q, m.group()))
        if text.startswith("、", m.end()):
            continue  # the noun comes after the list's last class
        noun = subjects.subject_after(text, m.end(), clause.end)
        if len(noun) >= 2:
            classed.update({counted: (noun, money) for counted, money in waiting})
        waiting = []
    return classed


# 接待游客人次、旅游总花费均增长9%以上: members before 均/都 share the one value after it.
# 甲市、乙市均超过…; not 平均为 or 人均 (an average, of one quantity).
_EACH = re.compile(
    r"(?:(?<![平人户])均|都)(?:为|达到?|是|增长|下降|提高|超过?|突破|有|不足|不到|低于|高于|在|接近)?$"
)


def _each_members(
    text: str, clause: cl.Clause, qs: list[Quantity]
) -> list[tuple[str, str | None]] | None:
    if len(qs) != 1:
        return None
    before = text[clause.start : qs[0].start]
    m = _EACH.search(before)
    if m is None:
        return None
    members_text = subjects.clean_keep_de(before[: m.start()])
    # 大型及以上数据中心: a class and those above it, one member.
    parts = [p for p in re.split(r"、|和|以及|及(?!以[上下])", members_text) if p]
    if len(parts) < 2:
        return None
    members, head = cl.shared_head([subjects.clean(p) for p in parts])
    if not all(len(m) >= 2 for m in members):
        return None
    # 甲市、乙市软件收入均超过…: the head the last member carries is every member's.
    return [(m + head, m if head else None) for m in members]


def _spread_list_qualifier(text: str, out: list[Observation], first: int) -> None:
    """分别增长12%、30%以上: a qualifier written only after the last value of a list holds
    for every value of the list that has none of its own."""
    if len(out) - first < 2:
        return  # no list: most clauses hold one value
    run_start = first
    for i in range(first, len(out) + 1):
        ends_run = i == len(out) or (
            i > run_start
            and not cl.LIST_SEPARATORS.match(text[out[i - 1].char_end : out[i].char_start])
        )
        if not ends_run:
            continue
        last = out[i - 1] if i > run_start else None
        if (
            last is not None
            and i - run_start > 1
            and last.trace.get("qualifier") == "after_number"
            and last.qualifier in ("over", "under", "about")
        ):
            for j in range(run_start, i - 1):
                if out[j].trace.get("qualifier") == "none":
                    trace = {**out[j].trace, "qualifier": "list_tail"}
                    out[j] = dataclasses.replace(out[j], qualifier=last.qualifier, trace=trace)
        run_start = i


# 分门类看， / 按经济类型分， / 其中， open a breakdown of the quantity named just before.
# Not 扣除价格因素: prices removed give a real growth of the same quantity.
# 民间投资由降转增, 利润降幅收窄: a quantity's turn, named before its figure.
_TURNED = re.compile(
    r"\s*(?P<what>[^，。；\d]{2,16}?)(?:由降转增|由负转正|由跌转涨|止跌回升|止跌回稳|扭亏为盈|触底回升"
    # 总就业人数按季减少，但仍较一年前多约2.3万人: a move stated without its figure.
    r"|(?:按[年季月]|同比|环比)(?:虽然|虽)?(?:有所)?(?:减少|增加|下降|上升|回落|回升))"
    r"[。；]?\s*"
)
_EXCLUDING = re.compile(
    r"\s*((?:扣除|剔除|除去|不含)(?![\u4e00-\u9fff]*(?:因素|影响|价格变动|价格变化|季节))[\u4e00-\u9fff]{2,16}?)后?\s*"
)
_BY_TIME = re.compile(r"\s*分(?:季度|季|月份|月)看")
# 建议稿提出，, 规划纲要提出: what a plan or its draft sets out.
_PROPOSAL_OPENER = re.compile(r"\s*[^，。；]{0,8}?(?:建议稿|建议|纲要|规划|方案)中?提出")
# 货品别, 行业, 地区分布, 学历结构, 经营单位所在地: a way of classifying what a quantity counts
# (not 全年, 总量 or 增速, which frame the figures without parting them).
_CLASSIFICATION = (
    r"[^，。；\d]{0,6}?(?:别|类型|类别|行业|产业|门类|品种|地区|区域|领域|结构|板块|主体|市场"
    r"|渠道|规模|层级|性别|年龄段?|学历|职业|业态|部门|用途|来源|价位|所在地|分布)"
)
# 分品种看，, 按行业分，: the sentence goes on to the kinds of a measure named before; not
# 分季度看 or 分月看, whose members are times.
_KINDS_OPENER = re.compile(
    # （二）制造业四大行业中，甲工业年增…: the sectors among which the figures are shared.
    r"\s*(?:[（(][一二三四五六七八九十]{1,2}[）)]\s*)?"
    r"(?:分(?!季|月|年)[^，。；\d]{1,8}(?:看|观察)|按(?!季|月|年)[^，。；\d]{1,8}分"
    r"|(?:按|从)" + _CLASSIFICATION + r"(?:来看|看|观察)"
    r"|[^，。；\d]{0,6}?(?:[二三四五六七八九十]大|主要|各)(?:行业|产业|门类)中)[，,：:]"
)


_KINDS_OPENER_FIRST = frozenset("分按从（( \t\n\r\f\v\u3000")


def _measure_of_paragraph_before(
    text: str, p_start: int, out: list[Observation]
) -> tuple[str, str | None] | None:
    """The subject and unit of the last figure of the paragraph just before ``p_start`` when
    it names a measure, else None (also when a line without figures stands between)."""
    if not out or not out[-1].subject or not subjects.names_measure(out[-1].subject):
        return None
    between = text[out[-1].char_end : p_start].split("\n")
    if any(line.strip() for line in between[1:]):
        return None
    return out[-1].subject, out[-1].unit


# 分行业看, 按地区分, 其中, 重点行业中: a sentence that goes on to the parts of the one before.
_BREAKDOWN_OPENER = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?"
    r"(?:分[^，。]{1,8}(?:看|观察)|按[^，。]{1,8}分|(?:按|从)"
    + _CLASSIFICATION
    + r"(?:来看|看|观察)"
    r"|其中|(?:在)?(?:重点|主要)[^，。]{1,6}中[，,]"
    # 制造业四大行业中，甲业年增21.4%: the kinds of a whole named before, one by one.
    r"|[^，。]{0,10}(?:行业|大类|门类|领域)中[，,])"
)
_MEMBER_TAIL = re.compile(r"(?:年均|同比|环比|比上年末?|比去年|平均|均)+$")
# Only a base (同比分别, 比上年末分别) or only the whole of a share (占工业增加值的比重分别)
# before 分别: no members of its own.
_BASE_ONLY = re.compile(r"^(?:比|较|与|占[^、]+)$")


def _member_of_topic(made: Observation, topic: str, member: str) -> Observation:
    """A member's figure of the topic its sentence opened with; a percentage of a rate topic
    (…增速) is a growth of the quantity."""
    rated = subjects.strip_rate_word(topic)
    growth = rated != topic and made.unit == "%" and made.measure == "level"
    return dataclasses.replace(
        made,
        subject=rated if growth else topic,
        breakdown=member,
        measure="growth" if growth else made.measure,
        trace={
            **made.trace,
            "subject": "topic_of_members",
            "breakdown": "member_of_topic",
            **({"measure": "rate_topic"} if growth else {}),
        },
    )


def _counted_among(text: str, sentence: tuple[int, int], window: str) -> tuple[str, str] | None:
    """全县13个乡镇中，收入超过15亿元的有4个: the class counted among (乡镇) and the condition
    its counted members meet, or None."""
    condition = _CONDITION_OF_MEMBERS.search(window)
    among = _AMONG_CLASS.match(text, sentence[0]) if condition is not None else None
    if among is None:
        return None
    met = subjects.clean_keep_de(condition.group("condition"))
    return (among.group("cls"), met) if met else None


def _held_among(text: str, sentence: tuple[int, int], window: str) -> tuple[str, str] | None:
    """全球前二十的芯片企业中，甲国占11家: (the group, the member holding a count of it), or
    None."""
    holder = _MEMBER_HOLDS.search(window)
    group = _AMONG_GROUP.match(text, sentence[0]) if holder is not None else None
    if group is None:
        return None
    # (我国 is a member here, not a word that opens a subject.)
    member = subjects.clean(holder.group("member")) or holder.group("member").strip()
    return (group.group("cls"), member) if member else None


# 美国占8家, 我国有2家: a member and the count of the group it holds.
_MEMBER_HOLDS = re.compile(r"(?:^|[，,；;])\s*(?P<member>[^，。；\d]{1,8}?)(?:占|有)$")
# 全球前二十的芯片企业中，: the group a sentence counts the members' shares of.
_AMONG_GROUP = re.compile(
    r"\s*(?:[^，。；]{0,10}[，,])?[^，。；\d]{0,16}?的(?P<cls>[\u4e00-\u9fff]{2,6})中[，,]"
)
# …的有3个, …的共有5家: the members that meet a condition, their noun left out.
_CONDITION_OF_MEMBERS = re.compile(r"(?:^|[，,])(?P<condition>[^，。；]{2,24})的(?:有|共有)$")
_DONE_OPENING = re.compile(
    r"新|上线|上架|建成|建设|开通|开放|完成|实现|累计|培育|引进|认定|发布|打造|推出|签约|落地|组建"
)
# 12项主要指标中，, 全市216所学校中，: a group counted, whose members the sentence goes on to count
# (by what they did, or each by its own count).
_GROUP_COUNTED = re.compile(
    rf"[\d一二三四五六七八九十百千]+(?P<unit>[{''.join(sorted(COUNT_WORDS | {'类'}))}])"
    r"(?P<cls>[\u4e00-\u9fff]{1,8}?)中[，,]"
)
# 完成或超额完成, 未完成, 达到预期: whether members met their plan.
_DONE_OR_NOT = re.compile(
    r"(?:未|没有|尚未)?(?:完成|达到|实现|超额完成)(?:或超额完成)?(?:预期|目标|计划)?"
)
# 20类商品中有, 14个设区市中有: the class counted right before the count of its members.
_AMONG_INLINE = re.compile(
    r"[\d一二三四五六七八九十]+[个类家项所座](?P<cls>[\u4e00-\u9fff]{1,14}?)中(?:已|共|仅|只|尚)?有$"
)
_HAS_AMONG_CLASS = re.compile(r"中(?:已|共|仅|只|尚)?有$")
# 全县13个乡镇中，, 在39个工业大类行业中，: the class a sentence counts its members among.
_AMONG_CLASS = re.compile(
    r"\s*(?:全[省市县区国])?(?:在)?[\d一二三四五六七八九十]+[个家所]?(?P<cls>[\u4e00-\u9fff]{1,8}?)中[，,]"
)


# 东部, 甲市, 美国, 欧盟: a member of a list of places, regions or economies.
_PLACE_MEMBER = re.compile(
    r"东部|中部|西部|东北部?|南部|北部|东南|西南|西北|[\u4e00-\u9fff]{1,6}(?:省|市|县|州|国|盟|地区)"
)
_PLACE_OR_TOWN = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|镇|乡|街道)")
# 中部、西部和北部片区: a word for a part of a territory, the head of members that are places.
_REGION_HEADS = ("片区", "地区", "区域", "板块")


# ▶ 分门类看, 按经营单位所在地分: a line alone that opens the members of the measure before it.
_MEMBERS_OPENER_LINE = re.compile(
    r"[\s▶►▸🔹◆■●•·]*(?:分[^，。；\d]{1,8}看|按[^，。；\d]{1,10}分)[：:]?\s*"
)


# The marks that open the items of a list.
_LIST_BULLETS = frozenset("▲△▶►▸▷➤◆◇■□●○•◦▪🔹🔸")


def _members_of_measure(out: list[Observation], first: int, measure: str) -> str | None:
    """Make the paragraph's figures of bare categories (采矿业, 城镇) members of ``measure``;
    the measure for the lines after, or None once a line names a measure of its own."""
    for k in range(first, len(out)):
        o = out[k]
        if o.subject and subjects.names_measure(o.subject):
            return None
        if o.breakdown is None and o.subject and subjects.is_bare_category(o.subject):
            trace = {**o.trace, "subject": "member_under_opener", "breakdown": "opener_line"}
            out[k] = dataclasses.replace(o, subject=measure, breakdown=o.subject, trace=trace)
    return measure


def _continues_list(
    listed: _Enumeration | None, sentence: tuple[int, int], subject: str | None
) -> bool:
    """Whether ``subject`` is of the measure a list of members in ``sentence`` shares (the
    list's, or a sibling's after it)."""
    if listed is None or listed.sentence != sentence or subject is None:
        return False
    heads = {
        s[len(b) :]
        for s, b in zip(listed.subjects, listed.breakdowns, strict=True)
        if b and s.startswith(b) and len(s) - len(b) >= 2
    }
    return len(heads) == 1 and subject.endswith(heads.pop())


def _enumeration(
    text: str,
    clause: cl.Clause,
    qs: list[Quantity],
    sentence: tuple[int, int],
    state: _State,
    out: list[Observation],
) -> tuple[list[str], list[str | None], str] | None:
    """Subjects and breakdowns of the values of a list, or None if the clause has none.

    ``A、B、C的企业数量分别为x、y、z`` lines members up with values; a later value list of the
    same sentence without members of its own (``与2022年底相比增长了p、q、r``) reuses them.
    """
    if len(qs) < 2:
        return None
    c_start = clause.start
    idx = text.find("分别", c_start, qs[0].start)
    members_text = ""
    if idx != -1:
        # The tail goes before and after cleaning: cleaning strips the year of 比上年末.
        members_text = subjects.clean_keep_de(_MEMBER_TAIL.sub("", text[c_start:idx]))
        if "(" in members_text or "（" in members_text:
            # 香港旅客(1,206澳门元)与台湾旅客(…)的人均消费分别…: each member's figure in passing.
            members_text = _FIGURE_IN_BRACKETS.sub("", members_text)
        members_text = _MEMBER_TAIL.sub("", members_text)
        members_text = _PER_UNIT_TAIL.sub("", members_text)  # 汽油、柴油每吨分别上调…
        # 甲、乙用电量占全社会用电量的比重分别为…: the whole is no part of the members.
        shared_whole = _SHARE_WHOLE_TAIL.search(members_text)
        members_text = _SHARE_WHOLE_TAIL.sub("", members_text)
        # 甲、乙经费所占比重分别为…: the share is the cue, the members own the noun before it.
        members_text = _SHARE_WORD_TAIL.sub("", members_text)
        # 全省养老、失业保险参保人数分别为…: the scope of the whole list, not of its first member;
        # 对欧盟、美国进出口分别为…: the 对 of the partners.
        members_text = _LIST_SCOPE.sub("", members_text)
        # 同比分别增长8.1%和12.0%, 比上年末分别增长…: the members are those of the sentence's
        # previous list.
        members_text = _BASE_ONLY.sub("", members_text)
        if not text[c_start:idx].strip() and c_start > sentence[0]:
            # 主要出口市场：东盟、欧盟、美国，分别占…: the members make the clause before.
            before_start = 1 + max(
                text.rfind(mark, sentence[0], c_start - 1) for mark in ("，", "：", ":", "；")
            )
            listed = subjects.clean_keep_de(text[max(before_start, sentence[0]) : c_start - 1])
            # 甲国、乙国、丙国位列前三大进口来源地，分别进口…: the members, then their rank (a
            # measure on the last member, 丙镇粮食产量居前三位, is read with the rank below).
            unranked = _RANKING_TAIL.sub("", listed)
            if unranked != listed and not subjects.names_measure(unranked):
                listed = unranked
            split = cl.split_members(listed, len(qs)) if "、" in listed else None
            if split is not None and all(len(m) <= 6 and "的" not in m for m in split):
                members_text = listed

            ranked = _MEMBERS_RANKED_HIGH.fullmatch(
                text, max(before_start, sentence[0]), c_start - 1
            )
            ranked_members = (
                cl.split_members(ranked.group("members"), len(qs)) if ranked is not None else None
            )
            if ranked_members is not None and (head := subjects.clean(ranked.group("head"))):
                # 从事甲业和乙业的农民工月均收入较高，分别为…: the members' figures of the
                # measure their clause names.
                breakdowns = [subjects.clean(m) for m in ranked_members]
                state.enumeration = _Enumeration([head] * len(qs), breakdowns, sentence)
                return [head] * len(qs), breakdowns, "list_ranked_before"
    classed = _class_members(members_text, len(qs)) if idx != -1 else None
    if classed is not None:
        # 住宅80平方米及以下、80—120平方米和120平方米以上面积段价格分别下降…: each class's figure
        # of the quantity named around the list.
        head, classes = classed
        state.enumeration = _Enumeration([head] * len(qs), list(classes), sentence)
        return [head] * len(qs), list(classes), "list_of_classes"
    times = _member_times(text, c_start, idx, len(qs)) if idx != -1 else None
    if times is None and idx != -1 and c_start > sentence[0]:
        # 一季度、上半年、前三季度和全年，增加值分别增长…: the periods listed in the clause
        # before, alone in it.
        before_start = max(text.rfind("，", sentence[0], c_start - 1) + 1, sentence[0])
        listed = _member_times(text, before_start, c_start, len(qs))
        if listed is not None and not text[listed[-1].end : c_start].strip("，, "):
            times = listed
    if times is not None:
        # 7月、8月、9月失业率分别为5.3%、5.2%和5.0%: the members are periods of one quantity.
        year = _context_year(state, None, None)
        state.member_periods = [resolve(t, year, None, None) for t in times]
        # 分月看，4月、5月分别增长…: the months of the quantity named before; so are 一季度、
        # 上半年累计增速分别为…, a rate of it.
        subject = subjects.clean(text[times[-1].end : idx])
        if not subject or subject in subjects.RATE_OF_CHANGE:
            subject = state.subject or subject
        return [subject] * len(qs), [None] * len(qs), "list_of_periods"
    sectors = _THREE_SECTORS.match(members_text) if len(qs) == 3 else None
    if sectors is not None:
        # 三次产业增加值占比分别为a、b、c: the first, second and third industry, in order.
        head = _SHARE_WORD_TAIL.sub("", members_text[sectors.end() :])
        head = subjects.clean(head) or subjects.clean(members_text)
        breakdowns = ["第一产业", "第二产业", "第三产业"]
        state.enumeration = _Enumeration([head] * 3, list(breakdowns), sentence)
        return [head] * 3, list(breakdowns), "list_of_three_sectors"
    named = _named_before(text, clause, members_text, len(qs), out)
    if named is not None:
        # 东部…；中部…；西部…。三个地区营业收入占比分别为…: the members named before, in order.
        head, breakdowns = named
        state.enumeration = _Enumeration([head] * len(qs), breakdowns, sentence)
        return [head] * len(qs), list(breakdowns), "list_of_members_named_before"
    if members_text and (places := _PLACES_COUNTED.search(members_text)) is not None:
        # 嘉川、云湖两市分别增长…: the places counted after their names are the members.
        listed = re.split(r"、|和|及|与", members_text[: places.start()])
        if len(listed) == len(qs) and all(listed):
            kind = places.group("kind")
            named = [m if m.endswith(kind) else m + kind for m in listed]
            members_text = "、".join(named) + members_text[places.end() :]
    if members_text:
        group = _APPOSITIVE_GROUP.search(members_text)
        written_head = ""
        if group is not None and group.start() > 0 and group.end() < len(members_text):
            # 甲、乙两大主导产业产值分别增长…: the count names the members; the head follows.
            members_text, written_head = members_text[: group.start()], members_text[group.end() :]
        elif group is not None and group.start() > 0 and "、" in members_text[: group.start()]:
            # 甲、乙两大产业分别增长…: the members are of the kind the count names.
            members_text, written_head = members_text[: group.start()], group.group("kind")
        # 甲、乙业，丙业，丁、戊业增加值分别…: categories set apart by commas hold their own 、
        # and 和; when the clauses before are such categories, they are the members.
        set_apart = _members_in_clauses_before(text, sentence[0], c_start, members_text, len(qs))
        members = (
            set_apart
            if set_apart is not None
            and all(subjects.names_category(m) for m in set_apart[:-1])
            and any("、" in m or "和" in m for m in set_apart[:-1])
            else cl.split_members(members_text, len(qs)) or set_apart
        )
        listed = state.enumeration
        if (
            members is None
            and listed is not None
            and listed.sentence == sentence
            and len(listed.breakdowns) == len(qs)
            and all(listed.breakdowns)
            and len(head := _TRAILING_BASE.sub("", subjects.clean(members_text))) >= 2
        ):
            # 甲、乙、丙业营收分别为…，利润分别为…: the same members, another quantity; 增速
            # 分别为…: the rate of the quantity they were measured by.
            subs = (
                list(listed.subjects)
                if head in subjects.RATE_OF_CHANGE and all(listed.subjects)
                else [head] * len(qs)
            )
            state.enumeration = _Enumeration(subs, list(listed.breakdowns), sentence)
            return subs, list(listed.breakdowns), "previous_list_members_new_head"
        if members is None and _LIST_MARKS.search(members_text) is None:
            # 甲类车间812个、乙类工厂203个，其中上半年新认定分别为64个和25个: no members of
            # its own; the values named before give them.
            named = _values_named_before(out, sentence, len(qs))
            if named is not None and (members_of := _members_of_values(named, members_text)):
                # 甲业营业收入增长…，乙业增长…，利润总额分别增长…: the same members, the
                # quantity the clause names.
                head = subjects.clean(members_text)
                state.enumeration = _Enumeration(
                    [m + head for m in members_of], list(members_of), sentence
                )
                return (
                    [m + head for m in members_of],
                    list(members_of),
                    "values_named_before_new_head",
                )
            if named is not None:
                totals = _TOTAL_SO_FAR.search(members_text) is not None
                return (
                    [_total_of(o.subject) if totals else o.subject for o in named],
                    [o.breakdown for o in named],
                    "values_named_before",
                )
        if members is None:
            return None
        named_after, _ = subjects.subject_before(text[idx + 2 : qs[0].start])
        measured_after = len(named_after) >= 2 and subjects.names_measure(named_after)
        if written_head and not (measured_after and not subjects.names_measure(written_head)):
            head = written_head
        elif measured_after:
            # 甲、乙两大主导产业分别实现营收…: the measure after 分别, not the kind the count
            # names, is what each member's figure is of.
            # 信息安全和嵌入式系统软件分别实现收入…: the measure written after 分别 is every
            # member's; the members are whole (no head of theirs to split off).
            head = named_after
        else:
            members, head = cl.shared_head(members)
            if head and members:
                members, head = _head_named_nearby(
                    members, head, text[idx + 2 : qs[0].start], shared_whole, out
                )
        if head and len(head) <= 2 and listed is not None and listed.breakdowns:
            # 甲、乙地区电信业务收入分别为…。甲、乙地区收入分别增长…: the bare measure noun is
            # the one the list before named in full.
            first, member = listed.subjects[0], listed.breakdowns[0]
            named_head = first[len(member) :] if member and first.startswith(member) else ""
            if len(named_head) > len(head) and named_head.endswith(head):
                head = named_head
        if not head:
            # 甲、乙两地分别完成软件收入x、y: the measure noun written after 分别.
            after, _ = subjects.subject_before(text[idx + 2 : qs[0].start])
            if len(after) >= 2:
                head = after
            elif (
                shared_whole is not None
                and len(whole_subject := subjects.clean(shared_whole.group("whole"))) >= 2
                and not _PLACE_WHOLE.fullmatch(whole_subject)
                and all(len(m) <= 6 and not subjects.names_measure(m) for m in members)
            ):
                # 服装鞋帽、日用品占实物商品网络零售额的比重分别为…: parts of the whole
                # named before 分别.
                subs = [whole_subject] * len(members)
                breakdowns = [subjects.clean(m) or m for m in members]
                state.enumeration = _Enumeration(subs, breakdowns, sentence)
                return subs, breakdowns, "list_parts_of_whole_after"
            elif (
                (whole := _WHOLE_SHARED.match(text, idx + 2, qs[0].start)) is not None
                and not _PLACE_WHOLE.fullmatch(whole.group("whole"))
                and all(subjects.is_bare_category(m) or len(m) <= 4 for m in members)
            ):
                # 东盟、欧盟、美国分别占跨境电商出口的28.3%、…: parts of the whole named
                # after 分别.
                whole_subject = subjects.clean(whole.group("whole"))
                if len(whole_subject) >= 2:
                    subs = [whole_subject] * len(members)
                    breakdowns = [subjects.clean(m) for m in members]
                    state.enumeration = _Enumeration(subs, breakdowns, sentence)
                    return subs, breakdowns, "list_parts_of_whole_after"
        if (
            head in cl.KIND_WORDS
            and state.parent
            and text.find("其中", sentence[0], c_start + 3) != -1
        ):
            # 数据产品1137个，其中金融、交通领域分别为312个、158个: the parent's count in each
            # kind.
            subs = [state.parent] * len(members)
            breakdowns: list[str | None] = [subjects.clean(m + head) for m in members]
            state.enumeration = _Enumeration(subs, breakdowns, sentence)
            return subs, breakdowns, "list_parts_of_parent"
        # 在网上零售额中，吃类、穿类和用类商品分别增长…: a kind word as head leaves the whole
        # named before to be what is measured.
        whole = (
            _whole_before(text, sentence[0], c_start)
            if not head or not subjects.names_measure(head)
            else None
        )
        if whole is not None:
            # 在网上零售额中，吃类、穿类商品分别增长…: parts of the whole named before them.
            subs = [whole] * len(members)
            breakdowns = [subjects.clean(m) for m in members]
            state.enumeration = _Enumeration(subs, breakdowns, sentence)
            return subs, breakdowns, "list_parts_of_whole"
        if not head and state.topic is not None and state.topic[0] == sentence:
            # 从核心产业增速看，…，甲、乙分别为9.4%、8.2%: the members' figures of the topic.
            subs = [state.topic[1]] * len(members)
            breakdowns = [subjects.clean(m) or m for m in members]
            state.enumeration = _Enumeration(subs, breakdowns, sentence)
            return subs, breakdowns, "list_members_of_topic"
        if (
            head in _REGION_HEADS
            and state.subject
            and subjects.names_measure(state.subject)
            and all(_PLACE_MEMBER.fullmatch(m) for m in members)
        ):
            # 东部片区电信业务收入219.6亿元…；中部、西部和北部片区分别完成…: parts of a
            # territory, members of the quantity named before (without its member).
            measured = subjects.measure_after_category(state.subject) or subjects.strip_whole_scope(
                state.subject
            )
            subs = [measured] * len(members)
            breakdowns = [m + head for m in members]
            state.enumeration = _Enumeration(subs, breakdowns, sentence)
            return subs, breakdowns, "list_regions_of_previous"
        if (
            not head
            and state.subject
            and subjects.names_measure(state.subject)
            and all(_PLACE_MEMBER.fullmatch(m) for m in members)
            # 甲县地区生产总值…；乙县、丙县分别为…: siblings of a place's figure complete later;
            # 全省软件业务收入…。甲市、乙市分别完成…: the whole's figure, whose members they are.
            and subjects.leading_place(state.subject) is None
            and subjects.measure_after_category(subjects.strip_whole_scope(state.subject)) is None
        ):
            # 机架总规模…。东部、中部和西部分别占全国的58.2%、…: places that name no measure
            # are members of the quantity named before, in the paragraph's whole.
            measured = subjects.strip_whole_scope(state.subject)
            subs = [measured] * len(members)
            breakdowns = [subjects.clean(m) or m for m in members]
            state.enumeration = _Enumeration(subs, breakdowns, sentence)
            return subs, breakdowns, "list_members_of_previous"
        if head in subjects.RATE_OF_CHANGE and state.measured is not None:
            # 全省规上工业增加值增长6.1%。其中，甲市、乙市增速居前两位，分别增长…: the rate
            # of the measure named before, in each member.
            measured = subjects.strip_whole_scope(state.measured)
            breakdowns = [subjects.clean(m) or m for m in members]
            state.enumeration = _Enumeration([measured] * len(members), breakdowns, sentence)
            return [measured] * len(members), breakdowns, "list_rates_of_previous"
        if (
            not head
            and text.startswith(("减产", "增产"), idx + 2)
            and all(_PLACE_OR_TOWN.fullmatch(m) for m in members)
            and (
                output := next(
                    (
                        o.subject
                        for o in reversed(out)
                        if o.char_start >= sentence[0] and o.subject.endswith("产量")
                    ),
                    None,
                )
            )
        ):
            # 全年粮食总产量…；甲镇、乙乡分别减产3.1%和0.6%: the places' change in the output
            # the sentence measured.
            breakdowns = [subjects.clean(m) or m for m in members]
            subs = [subjects.strip_whole_scope(output)] * len(members)
            state.enumeration = _Enumeration(subs, breakdowns, sentence)
            return subs, breakdowns, "list_places_output_change"
        if (
            not head
            and (measured := _members_measure(state, sentence)) is not None
            and not any(subjects.names_measure(m) for m in members)
        ):
            # 甲类的销货价值上升…，乙类上升…；丙类以及丁类则分别下跌…: more members of the
            # measure the members before were given.
            breakdowns = [subjects.clean(m) or m for m in members]
            subs = [f"{b}{measured}" for b in breakdowns]
            state.enumeration = _Enumeration(subs, breakdowns, sentence)
            return subs, breakdowns, "list_siblings_of_previous"
        subs = [subjects.clean(m + head) for m in members]
        # 国有、民营…: a member is a word of its own, which cleaning must not cut to a letter.
        breakdowns = [
            (cleaned if len(cleaned := subjects.clean(m)) >= 2 else m) if head else None
            for m in members
        ]
        state.enumeration = _Enumeration(subs, breakdowns, sentence)
        return subs, breakdowns, "list_members_respectively"
    enum = state.enumeration
    if (enum is None or enum.sentence != sentence) and idx != -1 and not members_text:
        listed = _listed_in_clause_before(text, sentence[0], c_start, len(qs))
        if listed is not None:
            # 资金主要投向甲业、乙业和丙业，分别为x、y、z: the members the clause before lists.
            whole, members = listed
            if whole in subjects.RATE_OF_CHANGE and state.measured is not None:
                whole = subjects.strip_whole_scope(state.measured)  # 甲市、乙市增速居前两位
            subs = [whole or state.subject or ""] * len(qs)
            breakdowns: list[str | None] = list(members)
            state.enumeration = _Enumeration(subs, breakdowns, sentence)
            return subs, breakdowns, "list_in_clause_before"
    if idx != -1 and (enum is None or enum.sentence != sentence or _named_since(out, enum, qs)):
        # 接待游客372万人次，旅游收入36.4亿元，分别增长10.7%和12.6%: the values named before.
        named = _values_named_before(out, sentence, len(qs))
        if named is not None:
            return [o.subject for o in named], [o.breakdown for o in named], "values_named_before"
        listed_subject = (
            cl.split_members(state.subject, len(qs))
            if state.subject and "、" in state.subject and state.subject_sentence == sentence
            else None
        )
        if listed_subject is not None:
            members, head = cl.shared_head(listed_subject)
            if head:
                # 甲市、乙市规模超过1万亿元，分别达到x和y: the members of the subject before.
                subs = [subjects.clean(m + head) for m in members]
                breakdowns = [subjects.clean(m) or None for m in members]
                state.enumeration = _Enumeration(subs, breakdowns, sentence)
                return subs, breakdowns, "members_of_subject_before"
    if enum is None or enum.sentence != sentence or len(enum.subjects) != len(qs):
        return None
    for prev, q in itertools.pairwise(qs):
        between = text[prev.end : q.start]
        # 分别增长1.3%、下降1.2%: a list whose values each bring their own verb.
        if not cl.LIST_SEPARATORS.match(between) and not _SEPARATOR_AND_VERB.match(between):
            return None
    own, _ = subjects.subject_before(text[c_start : qs[0].start])
    if own:
        return None
    return list(enum.subjects), list(enum.breakdowns), "previous_list_members"


def _members_in_clauses_before(
    text: str, sentence_start: int, clause_start: int, last: str, count: int
) -> list[str] | None:
    """Members that hold a 、 of their own are set apart with commas (甲、乙业，丙业，丁业经费
    分别为…): the ``count - 1`` categories in the clauses before the list's last member."""
    pieces = text[sentence_start:clause_start].rstrip("，, ").split("，")
    earlier = [p.strip() for p in pieces[-(count - 1) :]] if count > 1 else []
    if len(earlier) != count - 1:
        return None
    earlier[0] = _SUB_ITEMS_OPENER.sub("", earlier[0])
    if not all(2 <= len(p) <= 20 and subjects.is_bare_category(p) for p in earlier):
        return None
    if any(ch.isdigit() for p in earlier for ch in p):
        return None
    return [*earlier, last]


_SUB_ITEMS_OPENER = re.compile(r"^(?:其中|其次|包括)[：:]?\s*")


# 居前五位, 排名前三: a rank among the members of a whole.
_RANK = r"(?:居|排名|排|位列|位居)前"
_RANK_TAIL = re.compile(rf"{_RANK}.*$")


_PEOPLE_THEN_MEASURE = re.compile(rf"(.{{2,10}}?(?:{subjects.PEOPLE_NOUNS}))(.{{2,8}})")


def _extreme_place_measure(extreme: str) -> tuple[str, str] | None:
    """(place, measure) of 甲镇户籍人口 before 最多: a place and a plain noun of what it has;
    (member, measure) of 乙业平均工资 before 最高: a sector and a measure of it."""
    placed = _PLACE_THEN_MEASURE.fullmatch(extreme)
    if placed is None:
        measure = subjects.measure_after_category(extreme)
        if measure is None and (people := _PEOPLE_THEN_MEASURE.fullmatch(extreme)) is not None:
            measure = people.group(2)  # 丙类人员年工资中位数: a group of people, then its measure
        if (
            measure is None
            or len(extreme) - len(measure) < 2
            or not subjects.names_measure(measure)
            # (甲国产业数字化占比最高: a share or a rate at the extreme is read apart)
            or _EXTREME_RATE.fullmatch(extreme) is not None
        ):
            return None
        return extreme[: -len(measure)], measure
    measure = placed.group(2)
    if (
        len(measure) > 8
        or subjects.names_category(measure)
        or subjects.governing_verb(measure) is not None  # 甲市增长最快: the topic's rate
        or measure.startswith(subjects.RATE_OF_CHANGE)
        or re.search(r"[在中里]", measure)
    ):
        return None
    return placed.group(1), measure


def _total_of(subject: str) -> str:
    """What a total so far counts, of the things a figure before counted as added (新建5G基站
    → 5G基站)."""
    added = _ADDED_THEN_TOTAL.match(subject)
    return subject[added.end() :] if added is not None else subject


def _population_before(state: _State, pos: int) -> str | None:
    """The people the paragraph last said its shares are among (受访者中，), before ``pos``."""
    among = [noun for end, noun in state.populations if end <= pos]
    return among[-1] if among else None


def _members_of_values(named: list[Observation], members_text: str) -> list[str] | None:
    """The members the values named before are of (乙业 of 乙业营业收入), when the clause's
    own words name another quantity for them (利润总额); else None."""
    head = subjects.clean(members_text)
    if len(head) < 2 or not subjects.names_measure(head) or head in subjects.RATE_OF_CHANGE:
        return None
    members = []
    for o in named:
        measured = subjects.measure_head(o.subject)
        if measured is None or measured == head or not o.subject.endswith(measured):
            return None
        member = o.breakdown or o.subject[: -len(measured)]
        if len(member) < 2:
            return None
        members.append(member)
    return members if len(set(members)) == len(members) else None


_WHOLE_AFTER_EACH = re.compile(r"占(?P<whole>[^、，的]{2,20})的")


def _head_named_nearby(
    members: list[str],
    head: str,
    after_each: str,
    shared_whole: re.Match[str] | None,
    out: list[Observation],
) -> tuple[list[str], str]:
    """The list's head, longer where the whole its members are shares of, or a measure just
    reported, names more of it: 同城、异地、国际快递业务量分别占全部快递业务量的… heads the
    members with 快递业务量, not 业务量."""
    last = members[-1] + head
    wholes = [m.group("whole") for m in (_WHOLE_AFTER_EACH.match(after_each), shared_whole) if m]
    known = [subjects.strip_whole_scope(w) for w in wholes] + [o.subject for o in out[-8:]]
    for name in known:
        if (
            len(name) > len(head)
            and name.endswith(head)
            and last.endswith(name)
            and len(last) - len(name) >= 2
            and not any(m.endswith(name) for m in members[:-1])
        ):
            return [*members[:-1], last[: -len(name)]], name
    return members, head


# 上涨, 下降: a verb whose figure is a change, not a level (为, 达到).
_CHANGE_VERB = re.compile(r"上涨|下降|增长|下跌|上升|回落|回升|减少|增加|提高|降低|涨|降|增|减")


def _members_measure(state: _State, sentence: tuple[int, int]) -> str | None:
    """The measure the members named so far were given in: the one a member was named with
    (甲类的销货价值), else that of the sentence's last member (乙类销货价值, member 乙类)."""
    if state.members_measure is not None:
        return state.members_measure
    if (
        state.subject_sentence == sentence
        and state.subject
        and state.breakdown
        and (head := subjects.measure_head(state.subject)) is not None
        and state.subject == f"{state.breakdown}{head}"
    ):
        return head
    return None


def _extreme_place_rate(extreme: str) -> str | None:
    """The place of 丙省增速在前五省中 before 最高: a place whose rate is at the extreme."""
    placed = _PLACE_THEN_MEASURE.fullmatch(extreme)
    if placed is None or not placed.group(2).startswith(subjects.RATE_OF_CHANGE):
        return None
    return placed.group(1)


_PLACE_THEN_MEASURE = re.compile(r"(.{1,8}?(?:省|市|县|区|镇|乡|村|街道|州|地区))(.{2,})")
# 其余8个市, 其他3个县（区）: the members not yet named, with their number.
_REST_COUNTED = re.compile(
    r"(?:其余|其他)\d{1,3}个(?:省份?|市|州|县|区|地区|乡镇|镇|乡|街道|国家)(?:[（(][^）)]{1,4}[）)])?"
    r"(?:合计|共|累计)?(?:完成|实现)?(?=[\d约近超逾])"
)
_RANKING_TAIL = re.compile(
    r"(?:居|位居|位列|排名|排在)(?:全[国省市县区])?前[一两二三四五六七八九十\d]{1,2}"
    r"(?:位|名|大[\u4e00-\u9fff]{0,8})?$"
)
_MEMBERS_RANKED = re.compile(
    r"(?:^|(?<=[，,。；！？\n]))\s*(?P<list>[^，,。；]{4,50}?)"
    r"(?:居|位居|位列|排名|排在)(?:全[国省市县区])?前[一两二三四五六七八九十\d]{1,2}(?:位|名)?[，,]\s*$"
)
# 主要流向甲、乙和丙, 集中在…, 包括…, 收入居前三位的是…: words that introduce the members of
# a whole.
_LIST_INTRODUCED = re.compile(
    r"(?:^|(?<=[，,。；！？\n]))\s*(?P<whole>[^，,。；]{0,24}?)(?:主要)?"
    r"(?:流向|投向|来自|集中在|集中于|分布在|分布于|包括|涉及|依次为|依次是|主要是|主要为"
    rf"|{_RANK}[一两二三四五六七八九十\d]{{1,2}}(?:位|名)?的?[\u4e00-\u9fff]{{0,3}}?"
    r"(?:是|为|依次是|依次为))"
    r"(?P<list>[^，,。；]{4,60})[，,]\s*$"
)


def _listed_in_clause_before(
    text: str, sentence_start: int, clause_start: int, count: int
) -> tuple[str, list[str]] | None:
    """(whole, members) of a list of ``count`` members that the clause before a 分别 list of
    values introduces, or None."""
    m = _LIST_INTRODUCED.search(text, sentence_start, clause_start)
    if m is None:
        ranked = _MEMBERS_RANKED.search(text, sentence_start, clause_start)
        split = cl.split_members(ranked.group("list"), count) if ranked is not None else None
        if split is None:
            return None
        # 甲镇、乙乡、丙镇粮食产量居全县前三位，分别为…: the members, then what ranks them.
        members = [subjects.clean(p) for p in split]
        place = _PLACE_THEN_MEASURE.fullmatch(members[-1])
        if place is not None:
            members[-1], head = place.group(1), place.group(2)
        else:
            members, head = cl.shared_head(members)
        if not head or any(len(p) < 2 or len(p) > 14 for p in members):
            return None
        return head, members
    members = cl.split_members(m.group("list"), count)
    if members is None or any(len(p) < 2 or len(p) > 14 for p in members):
        return None
    # 授权量居前五位的省份依次为…: the quantity they were ranked by.
    whole = _RANK_TAIL.sub("", m.group("whole"))
    return subjects.clean(whole), [subjects.clean(p) for p in members]


# 增幅比上月分别扩大…: the base a change is measured against is no part of what changed.
_TRAILING_BASE = re.compile(
    r"(?:同比|环比|(?:比|较)(?:上|去|前)(?:年|月|季度|期|年同期|年末|月末)?)$"
)


def _named_since(out: list[Observation], enum: _Enumeration, qs: list[Quantity]) -> bool:
    """Whether the last values before a list each named their own subject after the members
    listed earlier in the sentence: 甲、乙产量分别为…；…收入20.4亿元、…收入8.7亿元，分别增长…
    lists the incomes' rates, not the members'."""
    if len(out) < len(qs):
        return False
    listed = set(zip(enum.subjects, enum.breakdowns, strict=False))
    return all(
        o.trace.get("subject") in ("before_number", "before_cue")
        and (o.subject, o.breakdown) not in listed
        for o in out[-len(qs) :]
    )


def _values_named_before(
    out: list[Observation], sentence: tuple[int, int], count: int
) -> list[Observation] | None:
    """The last ``count`` values of the sentence, when each names its own subject."""
    if len(out) < count:
        return None
    named = out[-count:]
    if any(not (sentence[0] <= o.char_start < sentence[1]) for o in named):
        return None
    if any(o.trace.get("subject") in ("inherited", "range_shares_subject") for o in named):
        return None
    if len({(o.subject, o.breakdown) for o in named}) != count:
        return None
    return named


# 每公斤18.20元, 每吨分别下调150元和145元, 分别为每公斤6.10元: a price per unit of a good.
_PER_UNIT = re.compile(
    # 收购价一斤三块出头, 苹果一斤卖两块: 一 before the unit of a price, or before a unit the
    # verb sells by, says per, as 每 does.
    r"(?:每|(?<=价)一|一(?=(?:公斤|千克|斤|瓶|袋|盒)能?卖))"
    r"(?P<per>公斤|千克|斤|吨|升|桶|瓶|袋|盒|克|平方米|立方米|千瓦时|度|股|件|台|辆|头|只)"
    r"(?:分别|均)?(?:上调|下调|提高|降低|上涨|下降|为|是|达到?|约|能卖|卖)*$"
)


def _noun_before_aside(text: str, clause_start: int, sentence_start: int) -> str:
    """The text before a parenthesis that the clause starting at ``clause_start`` follows."""
    if clause_start <= sentence_start or text[clause_start - 1] not in "）)":
        return ""
    opened = max(
        text.rfind("（", sentence_start, clause_start),
        text.rfind("(", sentence_start, clause_start),
    )
    if opened <= sentence_start:
        return ""
    before = text[sentence_start:opened]
    cut = max(before.rfind(mark) for mark in "，；：,;。")
    return before[cut + 1 :]


def _member_times(text: str, start: int, end: int, count: int) -> list[TimeExpr] | None:
    """The ``count`` time expressions a list before 分别 opens with, or None."""
    times = [t for t in find_times(text, start, end) if not t.is_base]
    if len(times) == 1 and count > 1:
        times = _elided_times(text, start, times[0]) or times
    if (
        len(times) == 2
        and count > 2
        and text[times[0].end : times[1].start] in ("至", "到", "—", "－", "-", "~", "～")
        and times[0].start - start <= 2
    ):
        # 第2季至第4季经济成长率分别为a、b及c: each quarter (month) of the span, in turn.
        return _times_spanned(times[0], times[1], count)
    if len(times) != count or times[0].start - start > 2:
        return None
    for prev, nxt in itertools.pairwise(times):
        if text[prev.end : nxt.start] not in ("、", "和", "及", "与", "，"):
            return None
    return times


_NUMBERED_TIME = re.compile(r"(第?)(1[0-2]|[1-9])(季度?|月份?)")


def _times_spanned(first: TimeExpr, last: TimeExpr, count: int) -> list[TimeExpr] | None:
    """第2季 … 第4季 → 第2季, 第3季, 第4季: the ``count`` times a span names one by one, or
    None when they are not as many."""
    a = _NUMBERED_TIME.fullmatch(first.sub or "")
    b = _NUMBERED_TIME.fullmatch(last.sub or "")
    if a is None or b is None or (a.group(1), a.group(3)) != (b.group(1), b.group(3)):
        return None
    low, high = int(a.group(2)), int(b.group(2))
    if high - low + 1 != count:
        return None
    middle = [
        first._replace(text=f"{a.group(1)}{n}{a.group(3)}", sub=f"{a.group(1)}{n}{a.group(3)}")
        for n in range(low + 1, high)
    ]
    # (2026年第2季至第4季: the year written once, on the first, is the last one's too.)
    return [first, *middle, last if last.year is not None else last._replace(year=first.year)]


_THREE_SECTORS = re.compile(r"(?:三次产业|三大产业|一、二、三产业|一二三产业)(?!结构)")
# 一、二、三季度, 1、2、3月份: the unit of time written once, after the last member.
_ELIDED_MEMBERS = re.compile(r"\s*((?:(?:[一二三四]|1[0-2]|[1-9])[、和及与])+)$")
_TIME_ORDINAL = re.compile(r"^(?:[一二三四]|1[0-2]|[1-9])(?=季度|月)")


def _elided_times(text: str, start: int, last: TimeExpr) -> list[TimeExpr] | None:
    ordinal = _TIME_ORDINAL.match(last.text)
    members = _ELIDED_MEMBERS.fullmatch(text, start, last.start)
    if ordinal is None or members is None or last.year is not None or last.sub != last.text:
        return None
    unit = last.text[ordinal.end() :]
    times = []
    for m in re.finditer(r"1[0-2]|[1-9一二三四]", members.group(1)):
        at = members.start(1) + m.start()
        written = m.group() + unit
        times.append(last._replace(start=at, end=at + len(m.group()), text=written, sub=written))
    return [*times, last]


_LIST_MARKS = re.compile(r"[、和及与]")
_UNIT_AFTER_DIGITS = re.compile(r"\d\s*(?:[%‰]|[\u4e00-\u9fffA-Za-z])")
_FIGURE_LABEL = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,16}")
_NAMES_SHARE = re.compile(r"占[^，。；]{1,20}(?:比重|比例)$|(?:比重|占比)$")
_GRANT_RATE_AFTER = re.compile(r"的?(?:比例|标准)(?:予以|给予)?(?:补助|补贴|奖励|资助|支持|奖补)")
# 前值4.2%，预期3.9%, 前值增长1.1%: a release's previous reading of the indicator it reports,
# and the consensus forecast for this one.
_PRIOR_WORDS = ("前值", "前期值", "上期值", "上期")
_FORECAST_WORDS = ("预期值", "预期", "市场预期", "预测值")
_OTHER_READING = re.compile(
    # （前值+5.3%）: a morning note's previous reading in brackets, signed.
    r"(?:^|[，；,;（(])\s*(?:高于|低于|好于|不及|弱于|强于)?"
    r"(?P<which>前值|前期值|上期值|上期|预期值|预期|市场预期|预测值"
    # 上涨1.6%，上年为1.3%, 2024年为1.3%: the same rate a year (or a named year) before.
    r"|上年|去年|前年|(?:19|20)\d{2}年|[二〇○][〇○一二三四五六七八九]{3}年)的?(?:为|是)?\s*"
    r"(?:增长|上涨|(?P<fall>下降|下跌))?\s*[+＋]?$"
)
# 平均减少环节55%、减少材料41%: a change verb, its object, then the rate it changed by. The
# object is short and names no rate itself (提高比重…个百分点 is a point change).
_VERB_OBJECT_RATE = re.compile(
    r"(?:^|[，、；：,;]|平均|累计|分别|再|共|同比|进一步|大幅)\s*"
    r"(?:(?P<down>减少|降低|压缩|压减|缩短|节约|节省)|提高|提升|增加(?!值))"
    r"(?P<object>(?![到至为了达])[\u4e00-\u9fff]{1,4}?)(?<![的了])(?<!比重)(?<!占比)(?<!比例)"
    r"(?:约|近|超过?|逾)?$"
)
# 农村居民, 城镇职工: groups of people whose income, spending or pay a bulletin splits.
_BALANCES = ("余额", "限额")
_GAP_TO_BASE = re.compile(r"(?:高于|低于|快于|慢于|高出|低出|超出|领先于?|落后于?)")
_NAME_BEFORE_ASIDE = re.compile(r"(?<![为是“])([\u4e00-\u9fffA-Za-z]{2,20})[（(]约?$")
_WHOLE_BEFORE_ASIDE = re.compile(r"占([^，。；、（(占]{2,20})[（(]约?$")
# 营业收入利润率, 出口交货值, 亏损面: an industry's accounts, which its paragraph goes on with.
_INDUSTRY_MEASURE = re.compile(
    r"(?:营业收入|营业成本|利润总额|出口交货值|营业收入利润率|利润率|亏损面|亏损企业|"
    r"每百元营业收入|资产负债率|产成品存货|应收账款)"
)
_HOUSEHOLD_GROUPS = ("居民", "家庭", "住户", "农户", "职工")
# 省外游客, 农民工: groups of people whose per-head figures a text gives side by side.
_PEOPLE_GROUPS = (*_HOUSEHOLD_GROUPS, "游客", "农民工", "学生", "旅客")
# 2023年比上年 / 增长（%）: the last words of a header's last column, wrapped onto a line.
_BOX_RULE = re.compile(r"[\s\u2500-\u257f+=|-]*[┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋][\s\u2500-\u257f+=|-]*")
# |---|:---:|: the line parting a table's header from its rows in text made of web pages.
_MARKDOWN_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")
_CONTINUED_TITLE = re.compile(
    r"\s*(?:续表|表\s*[\d一二三四五六七八九十]+(?:[-－]\d{1,2})?\s*[（(]续[）)])"
)
_RULE_CELL = re.compile(r"[\s\u2500-\u257f\-—－_=]+")
_NAME_TAIL = re.compile(r"\s*[\u4e00-\u9fff]{2,10}(?:[（(][^（()）\d]{1,8}[）)])?\s*")
_HEADER_TAIL = re.compile(
    r"\s*(?:增长|增速|增幅|比重|占比|构成)?\s*[（(][^（()）\d]{0,6}[）)]\s*|\s*(?:增长|增速|比重|占比)\s*"
)
# 两市合计, 上述三省, 两者: members named just before, counted back to.
_COUNTED_MEMBERS = re.compile(
    r"(?P<members>(?:这|上述)?[两二三四五六七八九十](?:个)?(?:市|省|县|区|州|地|城市|集群|园区|者)"
    # 以上城市合计占全省比重为…: the members the sentences before named.
    r"|(?:以上|上述)(?:城市|地区|省份|各市|市|县|区|集群|园区|企业|行业))"
    r"(?:合计|共计|累计|共)?"
)
# 其中甲集群约占七成: a member's share, with no whole named after 占.
_MEMBER_SHARE = re.compile(
    r"^[，,；;]?\s*其中[，,]?\s*(?P<member>[^，。；\d]{2,16}?)(?:约|近|超过?|逾|将近|接近)?占了?(?:约|近)?$"
)
# 乙市实现收入, 其余各市合计完成收入: a place and a bare measure of a quantity named before.
# 沿海汀屿省, 乙市: a place named alone.
_PEER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:省|市|县|州|国)")
# 安排, 设立, 拨付…: money put into a fund named after it (安排10亿元的专项资金).
_ALLOCATED = re.compile(r"(?:安排|设立|拨付|下达|投入|筹集|发放|落实|争取)$")
_FUND_WORDS = ("资金", "基金", "经费", "补贴", "补助", "奖补", "专项债", "贷款")
# 对甲国增长…; 往甲国下跌… (to where the goods go, as written in Macao and Hong Kong).
_PARTNER_ALONE = re.compile(r"(?:对|往|输往|销往|运往)([\u4e00-\u9fff]{2,6})")
_TRADE_NAMED = re.compile(r"(?:进出口|出口|进口|转口|贸易)(?:货值|总值|总额|额|值)?$")
_PLACE_BARE_MEASURE = re.compile(
    r"(?P<place>(?![全本该])[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|盟|旗))(?:合计)?(?:实现|完成)?"
    r"(?P<measure>收入|利润|产值|产量|销售额|出口额?|进口额?|投资|增加值)"
    # 东北片区出口增速低于全市4.1个百分点: the rate of the place's part, in points.
    r"(?P<rate>增速|增幅)?"
)
# 高于86%的目标: words comparing the actual before with the target, not bounding the target.
_COMPARED_TO_TARGET = frozenset({"before_高于", "before_低于"})
_TARGET_NAMED_AFTER = re.compile(
    r"的?(?:全年|年度)?(?:调控|控制|预期|计划)?目标(?:任务)?|的(?:全年|年度)?任务"
)
_SIZE_UNITS = frozenset({"平方米", "亩", "公顷", "平方公里", "立方米", "千瓦", "吨"})
_SEPARATOR_AND_VERB = re.compile(r"^[、和及与]?(?:增长|下降|减少|增加|提高|降低|上升|回落)$")
_LIST_SCOPE = re.compile(r"^(?:全国|全省|全市|全县|全区|对|与)(?=[^、]{2,}、)")
_SHARE_WHOLE_TAIL = re.compile(r"(?<=.{2})占(?P<whole>[^、，]{1,20}?)的?(?:比重|比例)$")
_SHARE_WORD_TAIL = re.compile(r"(?<=.{2})(?:所占比重|占比|比重)$")
_SELLING_ONLY = re.compile(r"(?:以前|过去|现在|如今|去年|今年)?(?:能|就|才)?卖(?:到|了)?")
_PER_UNIT_TAIL = re.compile(r"每(?:公斤|千克|斤|吨|升|桶|瓶|袋|盒|克|平方米|立方米|千瓦时|度)$")
_PLACE_LIKE = re.compile(r"(?:城市|农村|城镇|乡村|城区|郊区|地区|省|市|县|区|国家|国)$")
# 甲类整机企业，现在大概有一百二十家: a population counted in the clause after it.
_MEMBERS_RANKED_HIGH = re.compile(
    r"\s*(?:从事|在)?(?P<members>[^，。；\d]{2,30}?)的(?P<head>[^，。；\d的]{2,12}?)"
    r"(?:较高|较低|较快|较慢|居前|靠前|最高|最低)"
)
_RANGE_PLACE_WORDS = ("之间", "之内", "以内", "左右", "上下", "以上", "以下")
_BARE_IS = re.compile(r"\s*(?:为|是|达|达到|仅|仅为|只有)?\s*")
_EXTREME_MEMBER = re.compile(
    r"\s*(?:而|但|其中[，,]?)?(?P<member>[^，。；\d\s]{2,12}?)(?:最高|最低|最快|最慢|最多|最少|最大|最小|居首|居末)"
)
# 增速最快的是乙县, 占比最高的要数丙类: the measure first, then the member at its extreme.
_EXTREME_IS = re.compile(
    r"\s*(?:而|但|其中[，,]?)?(?P<measure>[^，。；\d\s的]{2,10}?)"
    r"(?:最高|最低|最快|最慢|最多|最少|最大|最小)的(?:是|为|要数|当属)(?P<member>[^，。；\d\s]{2,12})"
)
# 丙类跌幅 (before 最大): a member and the rate it moved by.
_MEMBER_RATE = re.compile(r"(?P<member>.{2,10}?)(?P<rate>跌幅|降幅|升幅|涨幅|增幅|增速)")
_EXTREME_RATE = re.compile(r"(?P<member>.{2,10}?)(?P<rate>占比|比重|增速|增幅|增长率)")
_VIEWED_FROM = re.compile(r"(?:但|而)?(?:从|就)(?P<topic>[^，。；]{2,14}?)(?:来|上)?看")
_TOPIC_WORD = re.compile(
    r"比重|占比|规模|总量|增速|增加值|总额|余额|产值|总值|收入|产量|销量|用电量|企业|用户|人口"
)
_TOPIC_END = re.compile(
    r"(?:比重|占比|规模|总量|增速|增加值|总额|余额|产值|总值|收入|产量|销量|用电量|企业|用户|人口)$"
)


# 推出了“乐购”促销活动 / 举办了系列讲座: a clause saying what was put on, ending with the thing.
_OFFERED = re.compile(
    r"(?:推出|举办|开展|组织|准备|策划|安排|实施|启动|开通|设立|发放|投放)了?"
    r"(?P<thing>[^，。；：\d]{2,16})\s*$"
)
# 新能源汽车这一块呢，: a topic as people speak it.
_SPOKEN_TOPIC = re.compile(
    r"\s*(?P<topic>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:这一块|这块|这一部分|这个板块)(?:呢|啊|的话)?\s*"
)


def _thing_offered_before(text: str, sentence_start: int, clause_start: int) -> str | None:
    """What the clause before says was put on (推出了促销活动，一共…), when it holds no number."""
    before = max(sentence_start, text.rfind("，", sentence_start, clause_start - 1) + 1)
    offered = _OFFERED.search(text, before, clause_start - 1)
    if offered is None:
        return None
    return subjects.clean(offered.group("thing")) or None


# 一共, 共计…: a total that names nothing.
_JOINT_SHARE = re.compile(r"\s*(?:两者|三者|二者)?(?:合计|共计|合起来|总共|一共)占")
_JOINT_TOTAL = re.compile(r"\s*(?:一共|总共|共计|合计|累计|共)(?:有|是|达到?|为)?\s*")


# 新登记, 新认定, 签约: what happened to the things a count counts (新登记企业612家).
_COUNTED_EVENT = re.compile(
    r"(?:登记|注册|设立|成立|开工|竣工|投产|建成|签约|引进|认定|上市|备案|开业|新增|新建)$"
)
# 分别占跨境电商出口的…: the whole that listed members are shares of, named after 分别.
_WHOLE_SHARED = re.compile(r"占(?P<whole>[^，。；的]{2,16})的(?:比重为?|份额为?|比例为?)?$")
# 占全国的, 占全省的: a place, where the whole is the quantity named before.
_PLACE_WHOLE = re.compile(r"(?:全国|全省|全市|全区|全县|全球|全部|总量|总数|全行业)")
# (市占率 is a word, market share: its 占 is no verb.)
_SHARE_OF_WHOLE_NAMED = re.compile(r"占(?!率)([^，。；]{2,16}?)的?(?:比重|份额)")
_SHARE_OF_AMOUNT = re.compile(
    r"占(?!率)([^，。；\d]{2,16}?)的?(?:比重|份额|比例)?(?:约|近)?(?:为|达到?)?(?:约|近)?$"
)
# 港产品出口方面，…: the trade flow a sentence is about.
_TRADE_ASPECT = re.compile(
    rf"\s*(?P<flow>[\u4e00-\u9fff]{{0,8}}(?:{'|'.join(subjects.TRADE_FLOWS)}|转口))方面[，,]"
)
_BARE_VALUE = frozenset({"货值", "价值", "金额", "总值", "总额"})
_BARE_SCALE = frozenset({"规模", "总规模", "市场规模", "产业规模", "交易规模", "用户规模"})
# 甲产业增势强劲, 乙业务发展势头良好, 丙零售快速兴起: a clause saying how something grows; the
# figures after it in the sentence that name nothing are its.
_TRENDING = re.compile(
    r"(?P<topic>[^，。；：]{2,16}?)(?:(?:发展|增长)?(?:增势|势头|态势)"
    r"(?:尤为|十分|更加|更为|较为|持续|依然|仍然|继续)?(?:强劲|迅猛|良好|向好|稳健|亮眼|喜人)"
    r"|(?:快速|加速|蓬勃)(?:兴起|发展|增长|壮大)"
    # 第三产业用电保持较快增长, 出口保持平稳增长: how a quantity kept growing.
    r"|保持(?:较快|快速|平稳|稳定|稳步|较高|两位数)(?:的)?增长)[。！]?"
)


# 从总量看， 按收入组别统计， 按行业分析， （三） 五、: what opens a sentence before its
# subject.
_SENTENCE_OPENER = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?\s*"
    r"(?:(?:从|就|按|分)[^，。；]{1,10}?(?:来看|看|统计|分析|观察|划分|分)[，,])?\s*"
)
# What a clause says of its subject without a figure: a rank, record or step (蝉联第一, 居首位,
# 创新高, 迈上…台阶), what it is (仍是最大来源), the cause of its figure (因需求疲弱), or the topic
# itself (…方面).
_SAID_WITHOUT_FIGURE = re.compile(
    r"(?P<subject>[^，。；：]{2,24}?)"
    r"(?:(?:仍|依然|继续|再次|首次|接连|先后|相继|连)?(?:蝉联|稳居|位居|居于?|位列|排名|创下?"
    r"|成为|为|是|跨越|跨上|跨|迈上|迈过|站上"
    r"|因|受|由于)[^，。；\d]*"
    r"|方面|最高|最低|最多|最少|最大|最小|最快|最慢)"
)


# 普及率, 城镇化率, 价格指数, 满意度: a rate or index of its own, which a percentage is a level of.
_RATE_LIKE = re.compile(r"(?:率|指数|度|比重|占比)$")


def _another_of_the_measure(said: re.Match[str], measured: str) -> bool:
    """高收入户的人均支出最多，为…；低收入户的人均支出最少，仅…: the clause before names another
    owner of the measure in force, which its figure is of."""
    named = subjects.clean(said.group("subject"))
    shortest = min(len(named), len(measured))
    shared = next((n for n in range(shortest) if named[-1 - n] != measured[-1 - n]), shortest)
    return 2 <= shared < shortest


def _said_in_clause_before(
    text: str, sentence_start: int, clause_start: int, out: list[Observation]
) -> re.Match[str] | None:
    """What the clause just before ``clause_start`` in its sentence says of its subject, where
    it tells no figure and says only that (连续三年居首, 仍是最大来源, 因需求疲弱, …方面,
    …最高); None otherwise."""
    end = text.rfind("，", sentence_start, clause_start)
    if end == -1:
        return None
    start = max(
        sentence_start,
        text.rfind("，", sentence_start, end) + 1,
        text.rfind("；", sentence_start, end) + 1,
    )
    if any(start <= o.char_start < end for o in out[-4:]):
        return None  # (a figure of its own: the subject, if any, was said with it)
    opener = _SENTENCE_OPENER.match(text, start, end)
    if opener is not None and opener.end() < end:
        start = opener.end()
    said = _SAID_WITHOUT_FIGURE.fullmatch(text, start, end)
    if said is None or len(subjects.clean(said.group("subject"))) < 2:
        return None
    return said


def _topic(text: str, clause: cl.Clause) -> str | None:
    """The quantity a number-less clause names as its topic, or None."""
    if clause.aside or clause.end - clause.start > 30:
        return None
    trending = _TRENDING.fullmatch(text, clause.start, clause.end)
    if trending is not None:
        return subjects.clean(trending.group("topic")) or None
    named_topic = _TOPIC_WORD.search(text, clause.start, clause.end) is not None
    if not named_topic and text.find("看", clause.start, clause.end) == -1:
        return None  # most clauses without a number name no quantity: spare the cleaning
    phrase = subjects.clean_keep_de(text[clause.start : clause.end]).strip("。！？ ")
    viewed = _VIEWED_FROM.fullmatch(phrase)
    if viewed is not None:
        # 从核心产业增速看，甲省、乙省均超过10%: the measure the members after it are given in
        # (从增速看 names none: a bare measure word is of the figures named around it).
        topic = subjects.clean(viewed.group("topic"))
        measured = _TOPIC_END.search(topic) or subjects.names_measure(topic)
        return topic if measured and len(topic) > 3 else None
    if not named_topic:
        return None
    if not _TOPIC_END.search(phrase) or subjects.governing_verb(phrase) is not None:
        return None
    share_of = phrase.find("占")
    if share_of >= 2 and phrase.endswith(("比重", "占比")):
        return subjects.clean(phrase[:share_of]) + "比重"  # the part whose share it is
    return subjects.clean(phrase)


_LIST_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))")
_BUILT_TAIL = re.compile(r"(?:建成|形成|拥有|具备|提供|部署|上线|投运|新增|达到|达)了?$")
_CAPACITY_AFTER_DE = re.compile(
    r"的(?P<noun>(?:智能|通用|超算|基础)?(?:算力|存力|运力|产能|装机容量))"
)
_UNGOVERNED = re.compile(
    # 全市98.2%的行政村: the whole the share is of, before it.
    r"\s*(?:(?:其中|有|约|近|超过?|逾|将近|大约)?|全[国省市县区]有?(?:约|近|超过?|逾|将近|大约)?)\s*"
)
_GATHERS_SHARE = re.compile(
    r"\s*(?P<holder>[^，。；\d]{2,12}?)(?:集聚|聚集|汇聚|集中|拥有|贡献)了?"
    r"(?:全[国省市县区]|全行业|全部)(?:约|近|超过?|逾)?\s*"
    # 乙市以约占全省12%的土地面积，贡献了两成多的税收: a place's share of the whole's land
    # or people, and of its output (the whole understood, the holder told before).
    r"|\s*(?:(?P<user>[^，。；\d]{2,12}?)(?=以))?(?:以(?:约|近|不到|不足|仅)?占?|(?:约|近)?占)"
    r"(?:全[国省市县区]|全行业)(?:约|近|超过?|逾)?\s*"
    r"|\s*(?:创造|贡献|吸纳)了(?:全[国省市县区])?(?:约|近|超过?|逾)?\s*"
)
# 4G网络已覆盖全部社区和97.5%的自然村: what reaches a share of the places after it, with
# the places it reaches whole listed before.
_COVERS_SHARE = re.compile(
    r"\s*(?P<holder>[^，。；]{2,16}?)(?:已经?)?(?:实现|覆盖|通达|连通|延伸至|通)(?:了|到)?"
    r"(?:[^，。；]{0,30}?(?:、|和|及|与|以及))?(?:全[国省市县区])?(?:约|近|超过?|逾)?\s*"
)
# 城乡居民收入比：1.92, 恩格尔系数：30.1: a label naming a pure number (not 证券代码：600917).
_LABEL_OF_RATE = re.compile(r"(?:比|率|系数|指数|强度|密度|深度|得分|倍数|倍差)$")
# 收入比2.15, 倍差2.20, 基尼系数0.46: the name of a pure number, not a change's base (同比).
# (平均电能利用效率（PUE）1.41: a measure's name glossed with its acronym, then its value.)
_RATIO_NAME_END = re.compile(
    r"(?:(?<![同环占\d])比|倍差|系数|倍数|(?<=[\u4e00-\u9fff])[（(][A-Z]{2,6}[）)])$"
)
_LABEL_START = re.compile(r"[^，。；：:\n]{2,16}$")


# 同比增长, 比上年增长, 增速, 同比: a label that names a rate of growth and no quantity.
_RATE_LABEL = re.compile(rf"{tables.RATE_WORDS}|同比|环比")


def _words_before_colon(text: str, clause: cl.Clause, index: int) -> str | None:
    """The words of a label before the colon that opens the clause, for its first value."""
    if index != 0 or clause.start == 0 or text[clause.start - 1] not in "：:":
        return None
    m = _LABEL_START.search(text, max(0, clause.start - 17), clause.start - 1)
    return m.group().strip() if m else None


def _rate_label_before_colon(text: str, clause: cl.Clause, index: int) -> bool:
    """比上年增长：4.3%: whether the label before the colon names only a rate of growth."""
    words = _words_before_colon(text, clause, index)
    return words is not None and _RATE_LABEL.fullmatch(words) is not None


def _label_before_colon(text: str, clause: cl.Clause, index: int) -> str | None:
    """数据交易额：12.5亿元: in a table written as lines, the label before the colon names the
    first value after it."""
    label = subjects.clean(_words_before_colon(text, clause, index) or "")
    return label if len(label) >= 2 else None


# ◆12.6万户，…: a line led by its figure alone, after a bullet or none.
_LEAD_FIGURE_BEFORE = re.compile(r"[\s◆◇■□●○▲△▶►▷★☆•·]*(?:约|近|超|逾|超过|接近|将近)?")
# ，全市千兆宽带用户，…, ：全市千兆宽带用户: the words of the next clause, set apart after it.
_LABEL_AFTER_FIGURE = re.compile(
    r"[，,：:]\s*(?P<label>[^，,。；：\d\s][^，,。；：\n]{1,40})(?=[，,。；：\n]|$)"
)


def _label_after_lead_figure(
    text: str, clause: cl.Clause, qs: list[Quantity], index: int
) -> str | None:
    """◆1093.67亿元　全市软件业务收入，增长8%: a line led by its figure alone, the clause after
    it names what the figure counts; None if the clause is no such line."""
    q = qs[index]
    if index != 0 or len(qs) != 1 or text[q.end : clause.end].strip("，,。：: "):
        return None
    line_start = text.rfind("\n", 0, q.start) + 1
    if not _LEAD_FIGURE_BEFORE.fullmatch(text, line_start, q.start):
        return None
    m = _LABEL_AFTER_FIGURE.match(text, clause.end)
    if m is None or lex(text, m.start("label"), m.end()):
        return None
    # (…直播账号（截至3月末）: an aside on when, no part of the name)
    label = subjects.clean(_ASIDE_IN_LABEL.sub("", m.group("label")))
    if _RATE_WORD_ONLY.fullmatch(label):
        return None  # 12.5%　同比增速: how the figure is measured, its quantity named before
    return label if len(label) >= 2 else None


_ASIDE_IN_LABEL = re.compile(r"[（(][^（()）]*[）)]")
_RATE_WORD_ONLY = re.compile(
    r"(?:同比|环比|按年|比上年|较上年)?(?:增速|增幅|增长率|增长|涨幅|降幅|占比|比重|份额)"
)


# 在实物商品网上零售额中， / 全部销售额中， : the clause before names a whole by its measure noun.
_PLACES_COUNTED = re.compile(r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十](?P<kind>[省市县区州])")
_APPOSITIVE_GROUP = re.compile(
    r"[两二三四五六七八九十]+(?:大|个|类|项)[\u4e00-\u9fff]{0,6}?(?P<kind>产业|行业|领域|板块|集群|门类)"
)
# 四个地区…分别, 上述三大区域…分别: members counted, not named, in the list's clause.
_COUNTED_GROUP = re.compile(
    r"(?:上述|以上|这)?(?P<n>[两二三四五六七八九十]|\d)(?:大|个|类)?"
    r"(?P<noun>地区|区域|板块|产业|行业|领域|城市|省份|门类)"
)


def _named_before(
    text: str, clause: cl.Clause, members_text: str, count: int, out: list[Observation]
) -> tuple[str, list[str | None]] | None:
    """The head and the members of a list whose members were named, one by one, in the
    paragraph before it (as breakdowns of figures), when the list counts them instead."""
    group = _COUNTED_GROUP.match(members_text)
    if group is None:
        return None
    n = group.group("n")
    if (int(n) if n.isdigit() else cjk_number(n)) != count:
        return None
    head = subjects.clean(members_text[group.end() :])
    paragraph_start = text.rfind("\n", 0, clause.start) + 1
    named: list[str | None] = []
    for o in reversed(out):
        if o.char_start < paragraph_start or len(named) == count:
            break
        if o.breakdown and o.breakdown not in named:
            named.append(o.breakdown)
    if len(head) < 2 or len(named) != count:
        return None
    if not all(b and b[-1] == group.group("noun")[-1] for b in named):
        return None
    return head, named[::-1]


_WHOLE_BEFORE = re.compile(r"(?:^|[，,；;])\s*在?([^，,。；]{2,24})中[，,]\s*$")
# 在网上零售额中，…; 2028年末，全市个体工商户中，…: a whole the sentence opens with, after its
# date if any.
_WHOLE_OPENING = re.compile(
    r"\s*(?:[^，,。；]{0,10}?(?:年|月|末|底|季度)[，,]\s*)?在?([^，,。；]{2,24})中[，,]"
)
# 营业收入居前三位的行业是：…, 排名前4位的城市依次为…: the ranked members of a whole.
_RANKED_WHOLE = re.compile(
    rf"([^，,。；：:]{{2,24}}?){_RANK}[一两二三四五六七八九十\d]{{1,2}}(?:位|名)的"
    r"(?:行业|产业|地区|城市|省份|区县|县区|国家|门类|领域)"
    r"(?:是|为|依次是|依次为|分别是|分别为|有)?[：:]"
)
# A population a whole may be (个体经营户, 法人单位, 网民): its kinds are counted in it.
_POPULATION_END = re.compile(r"(?:企业|单位|户|人员|人口|网民|用户|机构|法人|项目|主体)$")


def _whole_before(text: str, sentence_start: int, clause_start: int) -> str | None:
    return _whole(_WHOLE_BEFORE.search(text[sentence_start:clause_start]))


def _whole_opening(text: str, sentence_start: int, clause_start: int) -> str | None:
    """The whole a sentence opens with (在X中，…), for the kinds in its later clauses."""
    return _whole(_WHOLE_OPENING.match(text, sentence_start, clause_start))


def _whole(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    ranked = _RANKED_IN.fullmatch(m.group(1).strip())
    # 营业收入居前五位的省份中，甲省、乙省…: the leaders in a measure, each with its figure.
    whole = subjects.clean(ranked.group(1) if ranked else m.group(1))
    if whole.endswith(subjects.MEASURE_HEADS) or _POPULATION_END.search(whole):
        return whole
    return None


_RANKED_IN = re.compile(
    rf"(.{{2,16}}?){_RANK}[一两二三四五六七八九十\d]{{1,2}}(?:位|名)的[\u4e00-\u9fff]{{1,4}}"
)


_QUOTED = re.compile(r"“[^”]{1,12}”")


def _topic_with_sub_items(
    text: str, state: _State, sentence: tuple[int, int], clause_start: int
) -> str | None:
    """八大类商品价格“五涨三降”，其中甲类上涨…: the kinds under 其中 are parts of the topic the
    sentence opened with."""
    sub_items = text.find("其中", sentence[0], clause_start + 2)
    if sub_items == -1:
        return None
    if state.topic is not None and state.topic[0] == sentence:
        return state.topic[1]
    # 八大类价格“四涨四降”，其中…: a quoted summary after the topic is no part of it.
    opening = _QUOTED.sub("", text[sentence[0] : sub_items]).strip("，, ")
    if "，" in opening or lex(opening, 0, len(opening)):
        return None
    topic = subjects.clean(opening)
    return topic if topic.endswith((*subjects.MEASURE_HEADS, "价格", "指数")) else None


def _ranked_whole(text: str, sentence_start: int, clause_start: int) -> str | None:
    """The quantity whose top members the sentence lists (…居前三位的行业是：甲业…)."""
    m = _RANKED_WHOLE.search(text, sentence_start, clause_start)
    if m is None:
        return None
    whole = subjects.clean(m.group(1))
    return whole if len(whole) >= 2 else None


# 跨越4万亿、5万亿、6万亿三个大台阶: a count after the values sums them up; it is not the
# noun the last value counts.
_APPOSITIVE_COUNT = re.compile(r"[两二三四五六七八九十]+[个项条大]")


_RATE_NAMED_AFTER = re.compile(
    # 保持约7%的同比增速: how the rate is measured may stand between.
    # 录得6.3%的升幅 (Hong Kong): a rise.
    # 保持20%以上增长: after a bound, 的 may be left out.
    r"(?:的|(?<=以上|以下|左右))(?:同比|环比|按年|按季|年均)?(?:(降幅|跌幅|下降)|增长|增速|增幅|涨幅|升幅)"
    r"(?![\u4e00-\u9fff]{0,2}(?:目标|率))"
)


def _condition_met(
    text: str, clause: cl.Clause, count: Quantity, counted: str
) -> tuple[str, str] | None:
    """The class and the condition its members met when a count is followed by both (有5个省份
    增速高于全国: 省份, 增速高于全国), or None. The class is the counted noun without a measure
    noun (行业增加值保持增长: 行业, 增加值保持增长)."""
    noun_start = _counted_noun_start(text, count)
    if count.unit not in COUNT_WORDS or noun_start is None:
        return None
    group = _class_before_its_measure(counted, text[noun_start + len(counted) : clause.end])
    if not text.startswith(group, noun_start):
        return None
    condition = _GLOSS_OR_QUOTE.sub("", text[noun_start + len(group) : clause.end]).strip(
        "，。；、 "
    )
    if (
        len(condition) > 24
        or condition[:1].isascii()  # 设区市PM2.5…: the noun was cut at a number inside it
        or condition.startswith(("和", "及", "与"))
        or _CONDITION_VERB.search(condition) is None
    ):
        return None
    return group, condition


def _count_among_counted(text: str, value_first: dict[Quantity, str]) -> bool:
    """16个省辖市中有13个市…: a count of those among a counted class, no list of members."""
    counts = sorted(value_first, key=lambda q: q.start)
    return any(
        _AMONG_THEN_COUNT.search(text, before.end, after.start) is not None
        for before, after in itertools.pairwise(counts)
    )


_AMONG_THEN_COUNT = re.compile(r"中[，,]?(?:共有|有|共)?$")


def _class_before_its_measure(counted: str, after: str) -> str:
    """The class a count counts, before the measure its condition is of (行业增加值保持增长:
    行业): the class word whose rest, up to the condition's verb, names a measure and is no
    narrower class, a place that opens the noun first (有12个市规模以上工业增加值实现增长: 市,
    not 市规模以上工业), else the last (规模以上工业企业营业收入: 规模以上工业企业); else the
    whole noun."""
    verb = _CONDITION_VERB.search(after)
    measured_after = after[: verb.start()] if verb is not None else ""
    words = list(_CLASS_WORD.finditer(counted))
    if words and words[0].group() in _PLACE_CLASSES:
        # 市规模以上工业增加值: a place opens the noun; what follows it is measured.
        words = words[:1] + words[:0:-1]
    else:
        # 规模以上工业企业营业收入: the last class is the one counted.
        words.reverse()
    for word in words:
        rest = counted[word.end() :]
        if (
            len(rest) >= 2
            and _CLASS_WORD.match(rest) is None
            and (subjects.names_measure(rest) or subjects.names_measure(rest + measured_after))
        ):
            return counted[: word.end()]
    return counted


_PLACE_CLASSES = frozenset({"地区", "省份", "省", "城市", "市", "县", "区"})


# 市, 行业, 门类, 集群, 产品: the classes a count counts. 营业 is no industry (业), and 地区 before
# 生产总值 is part of the measure.
_CLASS_WORD = re.compile(
    r"地区(?!生产总值)|省份|省|城市|市(?![场值])|县|区(?![域间块])|行业|产业|(?<![营就作毕])业(?!务)"
    r"|企业|公司|部门|门类|大类|集群|产品|园区|平台"
)


# What a class's members did or were: the condition a count of them counts by.
_CONDITION_VERB = re.compile(
    r"保持|实现|增长|下降|增加(?!值)|减少|高于|低于|超过|达到|完成|建成|入选|位居|进入|好于|快于|慢于"
    r"|未|持平|上涨|回落|提高|突破"
)
_GLOSS_OR_QUOTE = re.compile(r"[（(][^（()）]{0,12}[）)]|[“”‘’\"']")


def _counted_noun_start(text: str, q: Quantity) -> int | None:
    """Where the noun a count counts starts right after it (5家企业; 两百个左右的项目), or None.
    A count bounded by 以上 before 的 (300人以上的企业) is a class's threshold, not a count."""
    if _starts_noun(text, q.end):
        return q.end
    if (aged := _AGE_CLASS.match(text, q.end)) is not None and _starts_noun(text, aged.end()):
        return aged.end()  # 4800名60周岁以上老年人: the people counted, of an age
    if (
        text.startswith("的", q.end)
        and q.unit in COUNT_WORDS
        and q.qualifier in (None, "about")
        and q.end + 1 < len(text)
        and _starts_noun(text, q.end + 1)
    ):
        return q.end + 1
    return None


_AGE_CLASS = re.compile(r"\d{1,3}(?:[—–\-~至]\d{1,3})?(?:周岁|岁)(?:及)?(?:以上|以下)?(?:的)?")


def _starts_noun(text: str, pos: int) -> bool:
    char = text[pos]
    if char == "中":
        # 3家中，… is "among"; 2800家中小企业 and 5个中心 open a noun.
        return text.startswith(_ZHONG_WORDS, pos)
    if char == "上":
        # 300家上下 is "about"; 287家上市公司 and 12家上游企业 open a noun.
        return text.startswith(_SHANG_WORDS, pos)
    if char in "可能" and text.startswith(("可以", "可望", "能够", "能"), pos):
        return False  # 19项可以完成: a modal before what the counted do, no noun
    if char == "等":
        # 3家等 closes a list; 1148家等级民宿 opens a noun.
        return text.startswith("等级", pos)
    if char.isdigit():
        # 9家5A级景区, 12个5G工厂: a name opening with a digit glued to a letter.
        return text[pos + 1 : pos + 2].isascii() and text[pos + 1 : pos + 2].isalpha()
    return char == "“" or ("\u4e00" <= char <= "\u9fff" and char not in "的等以左上及和与或至到")


_SHANG_WORDS = ("上市", "上游", "上云", "上规模")
_ZHONG_WORDS = ("中小", "中央", "中国", "中型", "中部", "中心", "中医", "中外", "中资", "中高")


_BASE_WORDS = re.compile(r"比上年末?|较上年末?|比去年|同比|比上月|环比")


# 由2019年的1.9万亿元增加到…: the value a change starts from, and its year.
_FROM_YEAR = re.compile(r"(?:从|由)((?:19|20)\d{2})年(?:末|底)?的(?:约|近)?$")
_FROM_YEAR_LIST = re.compile(r"(?:从|由)((?:19|20)\d{2})年(?:末|底)?的[^，。；从由到至]+$")
_FROM_VALUE = re.compile(r"(?:从|由)(?:约|近|不到)?$")
_FROM_YEAR_BEFORE_LAST = re.compile(r"(?:从|由)前年(?:末|底)?的(?:约|近)?$")

_BOTH_OF_THEM = re.compile(r"(?:二者|两者)(?:之比|的?比例|的?比值)")


def _pair_told_before(
    text: str, clause: cl.Clause, sentence: tuple[int, int], out: list[Observation]
) -> tuple[str, str] | None:
    """The two quantities whose levels the sentence told before a ratio of 二者 (both of
    them), or None."""
    if _BOTH_OF_THEM.search(text, clause.start, clause.end) is None:
        return None
    told: list[str] = []
    for o in reversed(out):
        if o.char_start < sentence[0]:
            break
        if o.measure == "level" and (o.breakdown or o.subject) not in told:
            told.insert(0, o.breakdown or o.subject)
    if len(told) != 2:
        return None
    return told[0], told[1]


def _ratio_span(text: str, q: Quantity) -> tuple[int, int]:
    """The span of the whole ratio (8.7∶43.2∶48.1) one of whose terms is ``q``."""
    first, last = q.start, q.end
    while first > 0 and (text[first - 1].isdigit() or text[first - 1] in ".:∶："):
        first -= 1
    while last < len(text) and (text[last].isdigit() or text[last] in ".:∶："):
        last += 1
    return first, last


def _ratio_terms(text: str, q: Quantity) -> int:
    first, last = _ratio_span(text, q)
    return sum(text.count(colon, first, last) for colon in ":∶：") + 1


# 种植、养殖、加工三业, 甲与乙的比例: the members, then the whole they make up.
_STRUCTURE_MEMBERS = re.compile(
    r"(?P<members>[\u4e00-\u9fff]{1,8}?(?:[、和与及][\u4e00-\u9fff]{1,8}?){1,2})"
    r"(?=[二两三][业类大者个]|(?:的|之间的)?(?:结构|构成|比例|占比|之比))"
)
_FROM_YEARS_AGO = re.compile(r"(?:从|由)([一二两三四五六七八九十]|\d{1,2})年前的(?:约|近)?$")
_FROM_LAST_YEAR = re.compile(r"(?:从|由)(?:上年|去年)(?:末|底)?的(?:约|近)?$")
_FROM_SAME_PERIOD_LAST_YEAR = re.compile(r"(?:从|由)(?:上年|去年)同期的(?:约|近)?$")
_TO_AFTER = re.compile(
    r"(?:轻微|略微|小幅|大幅)?"
    r"(?:提高|增加|增长|上升|扩大|提升|跃升|攀升|升|增|下降|减少|降低|缩小|压缩|降|发展|跨越"
    r"|下跌|上涨|回落|回升|提|收窄|缩短|延长|扩展|拓展)?(?:到|至)"
)


# 五年来, 过去十年, “十四五”时期: a span of years a change is told over; its first value is
# of the year before the span.
def _span_of_section(text: str, paragraph_start: int) -> re.Match[str] | None:
    """一、过去五年工作回顾 / …由8.6亿元增加到13.9亿元: the span of years the heading of the
    section above names, if the nearest heading names one."""
    lines = text[max(0, paragraph_start - 1500) : paragraph_start].split("\n")
    for line in reversed(lines):
        line = line.strip()
        if line and len(line) <= 24 and not line.endswith(("。", "；", "，")):
            return _SPAN_OF_YEARS.search(line)
    return None


_SPAN_OF_YEARS = re.compile(r"(?:过去|近)?([三五十]|\d{1,2})年(?:来|间|里|累计)|过去([三五十])年")
_PLAN_SPANS = {"十四五": 2020, "十三五": 2015, "十二五": 2010}


_COMPARISON_FRAME_END = ("相比", "相较", "比较")
_COMPARED_WITH = re.compile(r"(?:与|同|和)[^，。；与和]{1,20}的(?:约|近)?$")
# 比上半年的5.1%, 较1—3月的5.8%: the figure of the time a comparison is made with.
# 比上半年的, 较2029年同月的, 与1990年第四次人口普查的 (…相比): the time of the value compared
# with.
_AT_BASE_TIME = re.compile(r"(?:比|较|与)([^，。；比较与的]{2,16})的(?:不到|不足|约|近|超过|逾)?$")


def _base_time_period(window: str, period: Period, published: date | None) -> Period | None:
    """The period of a value written as the base of a comparison (增长4.7%，比上半年的4.9%
    回落), or None."""
    m = _AT_BASE_TIME.search(window)
    if m is None or period.end is None:
        return None
    times = find_times(m.group(1))
    if not times or times[0].start != 0:
        return None
    last_year = times[0].rel in ("上年", "去年")
    if last_year and (len(times) > 1 or times[0].sub is None):
        if len(times) > 1 and times[1].kind != "same":
            return None
        # 比上年同期的, 比上年的: the same span a year before.
        start = years_later(period.start, -1) if period.start else None
        return Period(period.type, start, years_later(period.end, -1), "same_period_before")
    named = times[0]
    if (
        named.year is not None
        and named.sub is None
        and named.year < period.end.year
        and m.group(1).startswith(("同月", "同期", "同季"), named.end)
    ):
        # 较2029年同月的3,517亿元: the same span of the year named.
        back = named.year - period.end.year
        start = years_later(period.start, back) if period.start else None
        return Period(period.type, start, years_later(period.end, back), "same_period_of_year")
    if times[0].kind != "period" or len(times) > 1:
        return None
    base = resolve(times[0], period.end.year, None, published)
    return base if base.end is not None and base.end < period.end else None


_OF_THE_TIME = re.compile(r"的(?:约|近)?$")


def _time_changed_from(
    window: str, published: date | None, context_year: int | None = None
) -> Period | None:
    """由2026年10月至12月的3.4%上升至…: the period of the value a change starts from, when a
    time of months or quarters stands before it (a year alone is _start_of_change's)."""
    if not window.endswith(("的", "约", "近")):
        return None
    times = find_times(window)
    if not times:
        return None
    last = times[-1]
    if (
        last.sub is None
        or last.kind != "period"
        or not window.endswith(("由", "从"), 0, last.start)
        or _OF_THE_TIME.fullmatch(window, last.end) is None
    ):
        return None
    period = resolve(last, context_year, None, published)
    return period if period.end is not None else None


def _start_of_change(
    text: str, q: Quantity, window: str, period: Period, published: date | None
) -> int | None:
    """The year of the value a change starts from (从1.74%提高到2.12%), when the text says
    which: a year before it, or a span of years the paragraph tells the change over."""
    if "从" not in window and "由" not in window and window not in ("、", "和", "及"):
        return None  # every start of a change is written after 从 or 由
    explicit = _FROM_YEAR.search(window)
    if explicit is not None:
        return int(explicit.group(1))
    if window in ("、", "和", "及"):
        # 分别从2020年的590元/月、3960元/年提高到…: the next start value of the same year.
        listed = _FROM_YEAR_LIST.search(text, max(0, q.start - 40), q.start)
        if listed is not None:
            return int(listed.group(1))
    before_last = _FROM_YEAR_BEFORE_LAST.search(window)
    if before_last is not None and published is not None:
        return published.year - 2  # 从前年的3.2提升到去年的7.5: two years before the speech
    years_ago = _FROM_YEARS_AGO.search(window)
    if years_ago is not None and published is not None:
        # 从三年前的12.5%提高到目前的18%: so many years before the writer's.
        counted = years_ago.group(1)
        return published.year - (
            int(counted) if counted.isdigit() else int(cjk_number(counted) or 0)
        )
    if (
        _FROM_LAST_YEAR.search(window)
        and period.end is not None
        and (_TO_AFTER.match(text, q.end) or _CHANGED_TO.match(text, q.end))
    ):
        return period.end.year - 1  # 由上年的2.12缩小至2.08: the year before the one told
    if not _FROM_VALUE.search(window) or not _TO_AFTER.match(text, q.end):
        return None
    if period.type == "multi_year" and period.start is not None:
        # “十四五”时期回顾 / 收入由10.4亿元增加到14.73亿元: the value the span started from.
        return period.start.year - 1
    if period.end is None or period.type not in ("year", "as_of"):
        return None
    paragraph = text[text.rfind("\n", 0, q.start) + 1 : q.start]
    for plan, base_year in _PLAN_SPANS.items():
        if plan in paragraph and period.end.year == base_year + 5:
            return base_year
    span = _SPAN_OF_YEARS.search(paragraph) or _span_of_section(text, q.start - len(paragraph))
    if span is None:
        return None
    years = span.group(1) or span.group(2)
    n = int(years) if years.isdigit() else {"三": 3, "五": 5, "十": 10}[years]
    return period.end.year - n


def _frames_nothing(text: str, t: TimeExpr) -> bool:
    """Whether a time names no period of its own for the figures after it: a base (比上年),
    the same period (同期), or the same period a year before (去年同期), which a figure is set
    against."""
    return (
        t.is_base
        or t.kind == "same"
        or (t.rel in _PAST_YEAR and t.sub is None and text.startswith("同期", t.end))
    )


def _period(
    text: str,
    q: Quantity,
    window: str,
    clause_prefix: str,
    decision: measures.MeasureDecision,
    state: _State,
    heading: Period | None,
    published: date | None,
) -> tuple[Period, str, date | None]:
    if q.rule.startswith("structure_part_"):
        # 三次产业结构由上年的8.7∶43.2∶48.1调整为…: every part of a structure is dated as the
        # whole ratio, by the words around it.
        first, last = _ratio_span(text, q)
        q, window = q._replace(start=first, end=last), text[max(0, first - 16) : first]
    period = state.period
    rule = "paragraph_latest"
    expr = state.period_expr
    if period is None:
        if heading is not None:
            # 2023年上半年…运行情况: the title's period frames what names none.
            period = heading
            rule = "heading_year" if heading.type == "year" else f"heading_period:{heading.rule}"
        elif state.inherited is not None and (
            all(_frames_nothing(text, t) for t in state.times)
            or (
                published is not None
                and state.inherited.end is not None
                and state.inherited.end <= published
                and all(_frames_nothing(text, t) or t.start > q.start for t in state.times)
            )
        ):
            # 以2027年末为标准时点…。二、企业…: the period of the paragraphs before, for a
            # paragraph that names no time at all, or only 同期 (the same period), or, when
            # that period is over, none before the figure (交通方面，已建成充电桩…。新增…上半年…:
            # a later time dates what follows it).
            period, rule = state.inherited, "paragraph_before"
        else:
            period, rule = NO_PERIOD, "none"
    elif expr is not None and expr.year_to is not None:
        # 2019年到2024年 …从16.4%提升到32.8%: 从 takes the first year, 到 the last.
        if _FROM_FIGURE.search(window) and not decision.reach:
            period = resolve(expr, None, None, published, range_start=True)
            rule = "range_start"
        else:
            rule = "range_end"
    elif period.rule:
        rule = f"paragraph_latest:{period.rule}"
    start_year = _start_of_change(text, q, window, period, published)
    from_time = _time_changed_from(
        window, published, period.end.year if period.end is not None else None
    )
    if from_time is not None:
        period, rule = from_time, "start_of_change_time"
        state.changed_from = period
    elif (
        state.changed_from is not None
        and rule.startswith("paragraph_latest")
        and period.end is not None
        and state.changed_from.end is not None
        and period.end > state.changed_from.end
        and period.type == state.changed_from.type
        and _FROM_VALUE.search(window)
        and _TO_AFTER.match(text, q.end)
    ):
        # 失业率由10月至12月的3.7%上升至11月至1月的3.8%，就业不足率由1.1%上升至1.2%: the next
        # change of the paragraph runs between the same two periods.
        period, rule = state.changed_from, "start_of_change_time_before"
    elif (
        _FROM_SAME_PERIOD_LAST_YEAR.search(window)
        and period.end is not None
        and (_TO_AFTER.match(text, q.end) or _CHANGED_TO.match(text, q.end))
    ):
        # 占比由上年同期的18.4%下降至16.9%: the same part of the year before.
        period = Period(
            period.type,
            years_later(period.start, -1) if period.start is not None else None,
            years_later(period.end, -1),
            "same_period_before",
        )
        rule = "start_of_change_same_period"
    elif start_year is not None:
        period = year_period(start_year, "change_start")
        rule = "start_of_change"
    at_base = _base_time_period(window, period, published)
    if at_base is not None:
        period, rule = at_base, "base_time"
    if decision.multi_year and period.end is not None:
        period = Period("multi_year", period.start, period.end, "multi_year")
        rule += "+multi_year"
    base = None
    if decision.measure in ("growth", "change", "pp_change"):
        explicit = [t for t in find_times(clause_prefix) if t.is_base and t.year is not None]
        if explicit:
            base_period = resolve(explicit[-1], None, None, published)
            base = base_period.end
        elif _BASE_WORDS.search(clause_prefix):
            base = base_end(period)
    return period, rule, base
