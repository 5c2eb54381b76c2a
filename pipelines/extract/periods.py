"""Time expressions and the periods they name.

What belongs here: finding time expressions (2024年, 截至2024年11月底, 今年一季度, 上半年,
前三季度, 1—4月, 全年, 年末, 2019年到2024年, 目前 …), telling a comparison base (比上年,
与2022年底相比) from the period a statistic refers to, and turning an expression into a
``Period`` given the year of its context. What does not: which statistic an expression
governs (the driver carries the latest period through a paragraph).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import date
from typing import NamedTuple

from pipelines.extract.numbers import cjk_number


def _cn_int(numeral: str) -> int:
    """一 → 1, 十二 → 12; 0 for what is no number (the lexer's reading of CJK numerals)."""
    return int(cjk_number(numeral) or 0)


def _month_int(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else _cn_int(numeral)


_DASH = "[—–\\-~至到]"
# 二十七日, 三十一日, 九日: a day of the month in CJK numerals (二零二六年四月二十七日).
_DAY_CJK = r"(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
# The pieces of _TIME that _TIME_ANYWHERE shares: the first character of every expression (the
# reset and same words too), the first few characters of each non-empty expression but those
# words, and the words.
_TIME_FIRST = r"[截到\d今去上明当本前全年一二两三四五六七八九十第目现近同下首头如QH过{ERA}]"
_YEAR = r"(?:19|20)\d{2}"
# 民国114年, 115年第3季, 110至114年: the years of the Republic of China, as Taiwan's releases
# count them (year 1 is 1912). Read only in a text that counts its years so (ROC_YEARS).
ROC_YEAR = r"(?:(?:19|20)\d{2}|(?:民国)?(?<![\d.])1[0-4]\d)"
_ROC_OFFSET = 1911
ROC_YEARS: ContextVar[bool] = ContextVar("roc_years", default=False)
# 115年第3季, 113年10月, 114年上半年, 民国: a text that counts years from 1912.
_ROC_EVIDENCE = re.compile(r"(?<![\d.])1[0-4]\d年(?!代|前|来|间|历史|校庆)")
_WESTERN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}年")
# 民国114年, 民国一一四年: the era named with a year (not 居民国内, 公民国籍).
_ROC_ERA = re.compile(r"民国\s*(?:\d{1,3}|[〇零一二三四五六七八九十百]{1,6})\s*年")


def counts_roc_years(text: str) -> bool:
    """Whether ``text`` counts its years as Taiwan does (民国114年, or mostly 1xx年)."""
    if "民国" in text and _ROC_ERA.search(text) is not None:
        return True
    roc = len(_ROC_EVIDENCE.findall(text))
    return roc >= 3 and roc > len(_WESTERN_YEAR.findall(text))


def calendar_year(written: str) -> int:
    """2025 for 2025, 114 or 民国114 (a year of the Republic of China)."""
    year = int(written.removeprefix("民国"))
    return year + _ROC_OFFSET if year < 1000 else year


# 4月, 十二月, 三月份: a month, in digits or (as Hong Kong, Taiwan and formal texts write it)
# in CJK numerals.
_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_TIME_OPENERS_SOURCE = (
    rf"截[至止]|到|{{YEAR}}|{_MONTH}月?(?:{_DASH}{_MONTH})?月|[1-4]季度"
    r"|[一二三四五六七八九][二三四五六七八九十]月"
    r"|[今去上明当本前]年|(?:[一二两三四五六七八九十]|\d{1,2})年前|过去(?:的)?一年|上半年|下半年|全年|年[末底初]|[前首][三两二23]季|第?[一二三四1-4]季度|第[一二三四1-4]季"
    r"|[前首头](?:\d{1,2}|十[一二]?|[一二两三四五六七八九])个?月|首季"
    r"|Q[1-4]|H[12]"
)
_RESET_WORDS = r"目前|当前|现阶段|现在|如今|近年来|近期|近几年"
_TODAY_WORDS = r"今天|今日"
_SAME_WORDS = r"同期"
_TIME_SOURCE = (
    # Every expression starts with one of these characters; the lookahead lets the scanner
    # skip all other positions fast.
    rf"(?={_TIME_FIRST})"
    # At those characters (every digit, every 年), the first few characters of each non-empty
    # expression: a cheap test that spares the optional groups below, which are slow to try
    # and almost always fail. It only rejects positions where the alternative could match the
    # empty string alone, which the caller skips.
    r"(?={OPENERS})"
    r"(?P<asof>截至|截止到|截止|到)?"
    rf"(?:(?P<y1>{{YEAR}})年?{_DASH}(?P<y2>{{YEAR}})年"
    # 115年（2026年）2月: a year glossed in the other calendar is still the month's year (read
    # from either side of the gloss).
    r"|(?:(?P<year>{YEAR})(?:年度?(?![末底初])(?:[（(]\d{2,4}年?[）)]|[）)](?=[\d一二三四五六七八九十]{1,2}月))?"
    r"|(?=年[末底初]))|(?P<rel>今年|去年|上年(?!结转|结余)|明年|当年|本年|前年|过去的?一年"
    # 三年前的12.5%: so many years before the writer's.
    r"|(?:[一二两三四五六七八九十]|\d{1,2})年前(?![的]?(?:\d|[一二三四五六七八九十]{1,3}月))))?"
    # 前三季, 首三季, 前3季, 第三季, 首季: quarters as Taiwan and Hong Kong write them.
    # 今年底, 去年末: the 年 of the relative year is the year-end's too.
    # 去年初创企业: 初创 (start-up) is a word, not the start of the year.
    r"(?P<sub>全年|年末|年底|年初(?![创始])|(?<=[今去明本当上前]年)(?:[底末]|初(?![创始]))|上半年|下半年|[前首][三两二23]季度?|(?:第)?[一二三四1-4]季度末?"
    r"|第[一二三四1-4]季(?!度)|首季度?"
    # Q3营收, H1末: quarters and halves as companies and tech news write them.
    r"|(?<![A-Za-z\d])(?:Q[1-4]|H[12])(?![A-Za-z\d])"
    rf"|(?P<m1>{_MONTH})月?{_DASH}(?P<m2>{_MONTH})月份?"
    # 前两个月, 今年首两个月: the months of the year so far.
    # 首四月, 前3月: the same, as Hong Kong writes it.
    r"|[前首头](?P<mn>\d{1,2}|十[一二]?|[一二两三四五六七八九])个?月"
    # 七八月份: two months next to each other.
    r"|(?P<ma>[一二三四五六七八九])(?P<mb>[二三四五六七八九十])月份?"
    # 2月15日至22日, 9月29日—10月6日: a span of days (a holiday, a fair).
    rf"|(?P<dm1>\d{{1,2}})月(?P<d1>\d{{1,2}})日{_DASH}(?:(?P<dm2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})日"
    rf"|(?P<month>{_MONTH})月份?(?P<mend>底|末)?(?:(?P<day>\d{{1,2}}|{_DAY_CJK})日)?)?)"
    # 今天集中开工的项目: the day the text is published (a speech's, a report's day).
    rf"|(?P<today>{_TODAY_WORDS})"
    rf"|(?P<reset>{_RESET_WORDS})"
    rf"|(?P<same>{_SAME_WORDS})"
)
# Where _TIME can match (a new alternative of _TIME belongs here too): most phrases hold a
# character of _TIME_FIRST, few an expression. The test opens with that character class,
# which lets the scanner jump from one such character to the next (a pattern that opens with
# a lookahead is tried at every position); the lookbehind then tries the opening words there.
_ANYWHERE_SOURCE = (
    rf"{_TIME_FIRST}(?<=(?={{OPENERS}}|{_RESET_WORDS}|{_SAME_WORDS}|{_TODAY_WORDS})[\s\S])"
)


def _compiled(year: str, era: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """_TIME and _TIME_ANYWHERE for years written as ``year`` (and opening with ``era``)."""
    openers = _TIME_OPENERS_SOURCE.replace("{YEAR}", year)
    time = _TIME_SOURCE.replace("{OPENERS}", openers).replace("{YEAR}", year)
    anywhere = _ANYWHERE_SOURCE.replace("{OPENERS}", openers)
    return re.compile(time.replace("{ERA}", era)), re.compile(anywhere.replace("{ERA}", era))


_TIME, _TIME_ANYWHERE = _compiled(_YEAR, "")
_ROC_TIME, _ROC_TIME_ANYWHERE = _compiled(ROC_YEAR, "民")
_BASE_BEFORE = re.compile(r"(?:比|较|与|同|相对于|对比|相较于?|由|恢复至|恢复到)$")
# 按照上年不变价计算, 按上年价格计算: the prices a volume is measured in, not its period.
# 分别比上月末和上年同期高: the second of two bases joined by 和.
_SECOND_BASE = re.compile(r"(?:比|较)[^，。；比较]{1,8}(?:和|及|、)$")
_BASE_AFTER = ("相比", "比较", "相较", "同期相比", "不变价", "价格")
# 为“十三五”时期的2.2倍, 是2020年的1.5倍, 是上年同期的近两倍: the period a multiple is taken
# of is its base.
# 完成全年55万人目标任务的88.4%: the year of a target the figure is measured against.
# 完成全年目标任务的82.6%: the same without the target's figure.
_TARGET_AFTER = re.compile(r"[\d.]+[万亿]?[\u4e00-\u9fff]{0,2}目标|目标(?:任务)?的")
_GAP_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|好于)$")
_GAP_AFTER = re.compile(r"(?:同期)?[\d.]+个百分点")
_MULTIPLE_OF = re.compile(
    r"(?:同期)?的(?:近|约|超过?|逾|将近|差不多|大概)?[\d.一二两三四五六七八九十点]+倍"
    # 为2019年同期的87.5%, 恢复到上年同月的九成: the time a percentage is taken of (not
    # 提高到2024年的2.65%, the rate that year).
    r"|(?:同期|同月|同季度?)(?:水平)?的(?:近|约|超过?|逾|将近)?(?:[\d.]+%|[一二三四五六七八九]成)"
)


class TimeExpr(NamedTuple):
    """A time expression at ``start:end``; ``kind`` is ``period``, ``reset`` (目前: no
    period) or ``same`` (同期: the period already in force)."""

    start: int
    end: int
    text: str
    kind: str
    is_base: bool = False
    year: int | None = None
    rel: str | None = None
    sub: str | None = None
    as_of: bool = False
    year_to: int | None = None  # second year of a range 2019年到2024年
    # 2027年11月至2028年1月: the first month of a span of months that crosses a year's end.
    span_from: date | None = None

    @property
    def names_year(self) -> bool:
        return self.year is not None


class Period(NamedTuple):
    """A resolved period: type (one of PERIOD_TYPES), first and last day."""

    type: str
    start: date | None
    end: date | None
    rule: str = ""


NO_PERIOD = Period("none", None, None, "none")


def year_period(year: int, rule: str = "") -> Period:
    """The calendar year ``year``."""
    return Period("year", date(year, 1, 1), date(year, 12, 31), rule)


# A five-year plan period (“十四五”时期, 十五五期间): plan n runs from 1951 + 5n (n ≥ 3).
_PLAN = re.compile(r"[“「‘]?十([一二三四五六七八九])五[”」’]?(?:时期|期间|规划期)(?P<end>末)?")
# The name of a plan, without which _PLAN cannot match: a scan for it jumps from 十 to 十, while
# _PLAN, which opens with an optional quote, is tried at every position (五 alone is frequent).
_PLAN_NAME = re.compile(r"十[一二三四五六七八九]五")


def plan_years(numeral: str) -> tuple[int, int]:
    n = 10 + _cn_int(numeral)
    first = 1951 + 5 * n
    return first, first + 4


def _is_base(text: str, floor: int, expr_start: int, expr_end: int) -> bool:
    """Whether the time expression at ``expr_start:expr_end`` is what a change is measured
    against (比上年, 与2023年相比, 是2020年的1.5倍, 按上年不变价) rather than a period."""
    before = text[max(floor, expr_start - 4) : expr_start]
    return (
        _BASE_BEFORE.search(before) is not None
        or _SECOND_BASE.search(text, max(floor, expr_start - 10), expr_start) is not None
        or text.startswith(_BASE_AFTER, expr_end)
        # 受去年同月比较基数偏高影响: the same month of last year, as a base.
        or (
            text.startswith(("同月", "同期", "同季"), expr_end)
            and text.startswith((*_BASE_AFTER, "基数"), expr_end + 2)
        )
        or _MULTIPLE_OF.match(text, expr_end) is not None
        # 高于2024年0.3个百分点: the year the gap is taken from (not 高于2024年2.5%的增幅).
        or (_GAP_BEFORE.search(before) is not None and _GAP_AFTER.match(text, expr_end) is not None)
        or _TARGET_AFTER.match(text, expr_end) is not None
        # 从2020年的158.3亿元增加到…: the value a change starts from (not 从2020年起, nor
        # 从去年的结构看).
        or (before.endswith("从") and _VALUE_OF_TIME.match(text, expr_end) is not None)
        # 指数（以基期年份为100）为x: the base period of an index.
        or (before.endswith("以") and _INDEX_BASE_AFTER.match(text, expr_end) is not None)
        # 以2023年为基期的实质变动率, 以2020年为基年: the base of a chained volume measure.
        or (before.endswith("以") and _BASE_YEAR_AFTER.match(text, expr_end) is not None)
    )


_VALUE_OF_TIME = re.compile(r"的(?:约|近|超过?|逾)?[\d一二两三四五六七八九十]")
_BASE_YEAR_AFTER = re.compile(r"(?:价格)?(?:为|作为)(?:基期|基年|参考年|基准年)")
_INDEX_BASE_AFTER = re.compile(r"(?:的?(?:价格|水平|数值))?为\s*100(?![\d.])")


def _plans(text: str, start: int, end: int) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    if _PLAN_NAME.search(text, start, end) is None:
        return found
    for m in _PLAN.finditer(text, start, end):
        first, last = plan_years(m.group(1))
        is_base = _is_base(text, start, m.start(), m.end())
        found.append(
            TimeExpr(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                kind="period",
                is_base=is_base,
                year=first,
                sub="plan_end" if m.group("end") else "plan",
                year_to=last,
            )
        )
    return found


def _time_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The non-empty matches of _TIME in ``text[start:end]``, those of ``_TIME.finditer``.

    _TIME is tried only where _TIME_ANYWHERE finds that it can match. Where it matches the
    empty string it has no other match (its alternatives that match something open with other
    words), so the scan goes on at the next character, as finditer's does.
    """
    pos = start
    time, anywhere = (_ROC_TIME, _ROC_TIME_ANYWHERE) if ROC_YEARS.get() else (_TIME, _TIME_ANYWHERE)
    while (candidate := anywhere.search(text, pos, end)) is not None:
        at = candidate.start()
        m = time.match(text, at, end)
        if m is None or m.end() == at:
            pos = at + 1
        else:
            yield m
            pos = m.end()


_DECIDED_AT = re.compile(
    r"(?:确定|制定|提出|部署|下达|设定|确立|承诺|许诺|公布)的|安排(?![\d，。；])"
    # 年初向全区居民承诺的, 年初区人代会定下的: who made the plan may stand between.
    r"|(?<=初)[^，。；\d]{1,10}?(?:确定|制定|提出|部署|下达|设定|确立|承诺|许诺|定下)的"
    # 低于年初预期目标0.5个百分点: the target set at the start of the year, not a time of the gap.
    r"|(?<=年初)的?(?:预期目标|预期|目标|计划|预算)"
)


_SINCE = re.compile(r"[^，。；\d]{0,12}?以来")


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeExpr]:
    """All time expressions in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    found: list[TimeExpr] = []
    if text.find("五", start, end) != -1:
        found.extend(_plans(text, start, end))
    for m in _time_matches(text, start, end):
        if m.group("reset"):
            found.append(TimeExpr(m.start(), m.end(), m.group(), "reset"))
            continue
        if m.group("same"):
            found.append(TimeExpr(m.start(), m.end(), m.group(), "same"))
            continue
        if m.group("today"):
            found.append(TimeExpr(m.start(), m.end(), m.group(), "period", sub="today"))
            continue
        if not (m.group("y1") or m.group("year") or m.group("rel") or m.group("sub")):
            continue  # a bare 到/截至
        if m.group("asof") == "到" and not (
            m.group("year")
            or m.group("y1")
            # 到今年底: the end of a year named relative to now; 到年底, of the year told.
            or (m.group("rel") and m.group("sub") in ("年底", "年末", "底", "末"))
            or m.group("sub") in ("年底", "年末")
            # 到今年2月末: a month's end of a year named relative to now.
            or (m.group("rel") and m.group("mend"))
        ):
            continue
        if _DECIDED_AT.match(text, m.end(), end):
            continue  # 年初确定的八件实事: when a plan was made, not when its figures held
        if text.startswith(("=", "＝"), m.end()):
            continue  # （2021年=100）: the base year of an index, not a time of its figures
        if (
            m.group("year")
            and not m.group("sub")
            and not m.group("y2")
            and (
                text.startswith("以来", m.end())
                or (text[m.start() - 1 : m.start()] in ("自", "从") and _SINCE.match(text, m.end()))
            )
        ):
            # 自2026年启动建设以来，累计…: the start of a span running to now, which dates the
            # figures to no year of its own (nor the periods named after it).
            found.append(TimeExpr(m.start(), m.end(), m.group(), "reset"))
            continue
        if (
            m.group("year")
            and not m.group("sub")
            and text[m.start() - 1 : m.start()] in ("自", "从")
            and text.startswith(("起", "开始"), m.end())
        ):
            continue  # 自2023年起已连续三年为负: when a streak began, not a time of figures
        is_base = _is_base(text, start, m.start(), m.end())
        sub = m.group("sub")
        if sub in ("底", "末", "初"):
            sub = "年" + sub
        year = m.group("year") or m.group("y1")
        found.append(
            TimeExpr(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                kind="period",
                is_base=is_base,
                year=calendar_year(year) if year else None,
                rel=m.group("rel"),
                sub=sub,
                as_of=m.group("asof") in ("截至", "截止", "截止到"),
                year_to=calendar_year(m.group("y2")) if m.group("y2") else None,
            )
        )
    if len(found) > 1 and found[0].sub in ("plan", "plan_end"):
        found.sort(key=lambda t: t.start)
        found = [t for i, t in enumerate(found) if i == 0 or t.start >= found[i - 1].end]
    return _months_across_years(text, found)


_YEAR_MONTH = re.compile(r"(?:民国)?(\d{2,4})年(\d{1,2})月")


def _months_across_years(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """2026年11月至2027年1月, as Hong Kong dates its three-month figures: one span of months,
    not two months."""
    if len(found) < 2:
        return found
    merged: list[TimeExpr] = []
    for expr in found:
        first = merged[-1] if merged else None
        if (
            first is not None
            and first.kind == expr.kind == "period"
            and first.year is not None
            and expr.year == first.year + 1
            and text[first.end : expr.start] in ("至", "到", "—", "–", "-", "~")
            and (opening := _YEAR_MONTH.fullmatch(first.text)) is not None
            and _YEAR_MONTH.fullmatch(expr.text) is not None
        ):
            merged[-1] = expr._replace(
                start=first.start,
                is_base=first.is_base,
                span_from=date(first.year, int(opening.group(2)), 1),
            )
            continue
        merged.append(expr)
    return merged


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def expr_year(
    expr: TimeExpr, context_year: int | None, sentence_year: int | None, published: date | None
) -> int | None:
    """The calendar year an expression is about."""
    if expr.year is not None:
        return expr.year_to if expr.year_to is not None else expr.year
    if expr.rel == "当年":
        # 截至2022年底…当年数据生产量: the year under discussion, not the year of publication.
        anchor = sentence_year or context_year or (published.year if published else None)
        return anchor
    if expr.rel is not None:
        anchor = sentence_year or (published.year if published else context_year)
        if expr.rel == "明年" and published is not None and anchor > published.year:
            # 公布2027年出口预测，预期明年…: next to the writer's year, not to the year ahead
            # the sentence names (a year past it names may anchor it: 2023年…，明年…).
            anchor = published.year
        if anchor is None:
            return None
        # 过去一年: a work report's review of the year before the one it opens.
        offset = {"去年": -1, "上年": -1, "前年": -2, "明年": 1, "过去一年": -1, "过去的一年": -1}
        if expr.rel.endswith("年前"):
            counted = expr.rel[:-2]
            return anchor - (int(counted) if counted.isdigit() else _cn_int(counted))
        offset = offset.get(expr.rel, 0)
        return anchor + offset
    return context_year if context_year is not None else (published.year if published else None)


def resolve(
    expr: TimeExpr,
    context_year: int | None,
    sentence_year: int | None,
    published: date | None,
    range_start: bool = False,
) -> Period:
    """The period an expression names; ``range_start`` picks the first year of a range."""
    period = _resolve(expr, context_year, sentence_year, published, range_start)
    if (
        published is not None
        and expr.year is None
        and expr.rel is None
        and context_year is None
        and sentence_year is None
        and months_ahead_of_writing(period, published)
    ):
        # 12月份…增长5.1% in a February bulletin, 1—11月… in January: a month named without
        # its year is the last one before the writing, not one most of a year ahead.
        return _resolve(expr, published.year - 1, None, published, range_start)
    return period


_MONTH_RULES = frozenset({"month", "month_end", "month_range", "day", "day_range", "first_months"})


def months_ahead_of_writing(period: Period, published: date) -> bool:
    """Whether ``period`` is months or days ending more than half a year after ``published``."""
    return (
        period.rule in _MONTH_RULES
        and period.end is not None
        and (period.end - published).days > 183
    )


def _resolve(
    expr: TimeExpr,
    context_year: int | None,
    sentence_year: int | None,
    published: date | None,
    range_start: bool = False,
) -> Period:
    if expr.kind == "reset":
        return NO_PERIOD
    if expr.sub == "today":
        if published is None:
            return NO_PERIOD
        return Period("as_of", published, published, "today")
    year = expr_year(expr, context_year, sentence_year, published)
    if year is None:
        return NO_PERIOD
    if expr.sub in ("plan", "plan_end") and expr.year is not None and expr.year_to is not None:
        last = date(expr.year_to, 12, 31)
        if expr.sub == "plan_end":
            return Period("as_of", last, last, "plan_end")
        return Period("multi_year", date(expr.year, 1, 1), last, "plan_period")
    if expr.year_to is not None:
        if range_start:
            return year_period(expr.year, "range_start")
        return year_period(year, "range_end")
    sub = expr.sub
    if sub is None or sub == "全年":
        if expr.as_of:
            return Period("as_of", date(year, 12, 31), date(year, 12, 31), "as_of_year")
        return year_period(year, "year")
    if sub in ("年末", "年底"):
        return Period("as_of", date(year, 12, 31), date(year, 12, 31), "year_end")
    if sub == "年初":
        return Period("as_of", date(year, 1, 1), date(year, 1, 1), "year_start")
    if sub in ("H1", "H2"):
        sub = "上半年" if sub == "H1" else "下半年"
    if sub[0] == "Q":
        quarter = int(sub[1])
        last = month_end(year, quarter * 3)
        if expr.as_of:
            return Period("as_of", last, last, "quarter_end")
        return Period("quarter", date(year, quarter * 3 - 2, 1), last, "quarter")
    if sub == "上半年":
        return Period("half_year", date(year, 1, 1), date(year, 6, 30), "first_half")
    if sub == "下半年":
        return Period("half_year", date(year, 7, 1), date(year, 12, 31), "second_half")
    if sub[0] in "前首" and sub[1] in "三两二23" and sub[2] == "季":
        months = 9 if sub[1] in "三3" else 6
        return Period("year_to_date", date(year, 1, 1), month_end(year, months), "quarters_ytd")
    if "季" in sub:
        digit = "1" if sub.startswith("首") else sub.replace("第", "")[0]  # 首季: the first
        quarter = int(digit) if digit.isdigit() else _cn_int(digit)
        last = month_end(year, quarter * 3)
        if expr.as_of or sub.endswith("末"):
            return Period("as_of", last, last, "quarter_end")
        return Period("quarter", date(year, quarter * 3 - 2, 1), last, "quarter")
    m = _ROC_TIME.fullmatch(expr.text)
    if m is None:  # pragma: no cover - expr.text always came from _TIME
        return NO_PERIOD
    if m.group("d1"):
        first_month = int(m.group("dm1"))
        last_month = int(m.group("dm2") or first_month)
        try:
            first = date(year, first_month, int(m.group("d1")))
            last = date(year, last_month, int(m.group("d2")))
        except ValueError:
            return NO_PERIOD
        return Period("days", first, last, "day_range") if first <= last else NO_PERIOD
    if m.group("m1") or m.group("ma"):
        first = _month_int(m.group("m1") or m.group("ma"))
        last = _month_int(m.group("m2") or m.group("mb"))
        if not (1 <= first <= last <= 12):
            return NO_PERIOD
        kind = "year_to_date" if first == 1 else "month"
        return Period(kind, date(year, first, 1), month_end(year, last), "month_range")
    if m.group("mn"):
        months = m.group("mn")
        n = int(months) if months.isdigit() else _cn_int(months)
        if not 1 <= n <= 12:
            return NO_PERIOD
        return Period("year_to_date", date(year, 1, 1), month_end(year, n), "first_months")
    month = _month_int(m.group("month"))
    if not 1 <= month <= 12:
        return NO_PERIOD
    if m.group("day"):
        day = _month_int(m.group("day"))
        try:
            when = date(year, month, day)
        except ValueError:
            return NO_PERIOD
        return Period("as_of", when, when, "day")
    last = month_end(year, month)
    if m.group("mend") or expr.as_of:
        return Period("as_of", last, last, "month_end")
    if expr.span_from is not None and expr.span_from < last:
        return Period("month", expr.span_from, last, "months_across_years")
    return Period("month", date(year, month, 1), last, "month")


def years_later(day: date, years: int) -> date:
    """The same day ``years`` years later (earlier when negative); 29 February falls to 28."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def base_end(period: Period) -> date | None:
    """End of the period one year earlier (the base of 比上年 / 同比)."""
    return years_later(period.end, -1) if period.end is not None else None


def _months_back(day: date, months: int) -> date:
    """The first day of the month ``months`` before the month of ``day``."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def previous_period(period: Period) -> Period | None:
    """The period a release's previous reading (前值) is of: the month, quarter, half or year
    before; for a span from January, the span one month shorter. None where there is none."""
    if period.end is None:
        return None
    span = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}.get(period.type)
    if span is not None and period.start is not None:
        start = _months_back(period.start, span)
        end = _months_back(period.start, 0).replace(day=1)
        end = date.fromordinal(end.toordinal() - 1)
        return Period(period.type, start, end, "previous_reading")
    if period.type in ("year_to_date", "as_of"):
        first_of_month = period.end.replace(day=1)
        end = date.fromordinal(first_of_month.toordinal() - 1)
        if period.start is not None and end < period.start:
            return None
        return Period(period.type, period.start, end, "previous_reading")
    return None
