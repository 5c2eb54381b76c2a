"""Targets versus actuals: which stretches of text state goals, plans or expected values.

What belongs here: the cue words of goals (预期目标, 目标是, 力争, 预计, 有望, 到2030年 …)
and how far each governs: a cue that introduces a list with a colon governs the rest of its
paragraph, any other cue the rest of its sentence. What does not: periods of targets (the
driver resolves them like any period).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_TARGET_CUE = re.compile(
    # 预期寿命 (life expectancy) is a statistic's name, not an expectation.
    # Every alternative opens with a literal character (optional words written out, the
    # lookbehind of 到 after it), so that the scanner jumps from one such character to the next.
    r"(?P<cue>主要预期目标|预期目标|主要目标(?:是|为)|发展目标(?:是|为)|总体目标(?:是|为)"
    # 预估4月…将介于: a forecast, as Taiwan's releases write it.
    r"|目标(?:是|为)|力争|确保|预计|预估|有望|可望|或将|料将"
    # 增速或小幅回落至5%: may (a forecast), not or.
    r"|或(?=小幅|大幅|进一步|回落|回升|放缓|加快|反弹|下行|上行)|可能(?=[在达为回升降增下上至超突])"
    # 建议稿提出，…: what a draft plan sets out.
    r"|建议稿提出|建议提出|纲要提出|规划提出|方案提出"
    r"|预期(?!寿命)|到(?<![\u4e00-\u9fff]到)(?P<year>(?:19|20)\d{2})年|目标"
    # 公司拟募集资金不超过12亿元: what a company or body plans to do.
    r"|(?<![虚模比])拟(?=[\u4e00-\u9fff]{2})"
    # 全市将发放消费券300万元: what will be done (not 将近, nor 将…纳入, the object marker).
    r"|将(?=发放|达到|达|突破|超过|增长|增加|提高|提升|实现|新增|建成|开工|完成|形成|推出|举办"
    r"|投入|新建|带动|安排|启动|上线|投产|开通))"
)
_PAST_YEARS_AFTER = re.compile(
    r"[，,；;]\s*(?:(?:19|20)\d{2}[—–\-至到])?(?P<year>(?:19|20)\d{2})年(?:以来)?(?:累计|共|全年)?"
    r"(?:完成|实现|下降|增长|达到|提高|降低|减少|增加)"
)
_EFFECT_VERBS = ("带动", "拉动", "撬动", "吸引", "辐射")
# 预期增长5.8%，实际完成6.4%; 到2030年占六成，眼下这一比重约为四成: the outcome, or the state
# of things now, told after the plan.
_ACTUAL_AFTER = re.compile(
    r"[，,；;]\s*(?:而|但)?(?:实际(?:增长|完成|实现|下降|达到|达|为|执行)|(?:目前|当前|眼下|如今))"
)
# 超出预期, 好于预期: expectations as a yardstick, not a stated target.
_NOT_TARGET_BEFORE = ("超出", "好于", "高于", "低于", "不及", "符合", "超", "稳")
# 低于年初预期目标, 高于年度目标: when the target was set may stand between.
_WHOSE_TARGET = re.compile(r"(?:年初|年度|全年)的?$")
# 高于年度目标1.7个百分点: the figure after is the gap to the target, not the target.
_FIGURE_AFTER_TARGET = re.compile(
    r"值?(?:为|是)?(?:增长|下降)?[\d一二两三四五六七八九十](?![\d.]*个?百分点)"
)
_FIGURE_END_AFTER_TARGET = re.compile(r"[，,；;。的]")
# 增长6.1%，高于6%左右的预期目标，其中…: a target noun after a figure names what that figure
# is (the driver reads it so); it states no target for the clauses after it.
_FIGURE_OF_TARGET = re.compile(
    r"[\d%‰](?:[万亿千百]?[\u4e00-\u9fff]{0,3}?)(?:左右|以上|以内|以下)?的(?:全年|年度)?"
    r"(?:调控|控制|计划)?$"
)

# （增长5%左右）, （3.2万亿元）: a figure in brackets right after the target's noun.
_FIGURE_ASIDE = re.compile(r"[（(][^（()）\d]{0,6}[\d一二三四五六七八九十][^（()）]{0,12}[）)]")


@dataclass(frozen=True, slots=True)
class TargetScope:
    start: int
    end: int
    rule: str


def target_scopes(
    text: str, start: int, end: int, sentence_ends: list[int], published: date | None
) -> list[TargetScope]:
    """Spans of ``text[start:end]`` (one paragraph) governed by a target cue."""
    scopes: list[TargetScope] = []
    for m in _TARGET_CUE.finditer(text, start, end):
        cue = m.group("cue")
        if ("目标" in cue or cue == "预期") and (
            aside := _FIGURE_ASIDE.match(text, m.end(), end)
        ) is not None:
            # 低于年初预期目标（增长6%左右）…个百分点: the aside gives the target itself, even
            # where the sentence only measures against it.
            scopes.append(TargetScope(m.start(), aside.end(), "target_aside"))
            continue
        yardstick = _WHOSE_TARGET.sub("", text[max(start, m.start() - 6) : m.start()])
        if yardstick.endswith(_NOT_TARGET_BEFORE):
            continue
        # 到2030年 is a target only when that year is still ahead.
        if m.group("year") and (published is None or int(m.group("year")) <= published.year):
            continue
        if cue in ("目标", "预期") and _FIGURE_AFTER_TARGET.match(text, m.end()):
            # 为年度目标30万人的104.0%, 已超过2030年目标值25个: the figure is the target; the
            # rest of the clause is not.
            clause_end = _FIGURE_END_AFTER_TARGET.search(text, m.end(), end)
            scopes.append(
                TargetScope(m.start(), clause_end.start() if clause_end else end, "target_figure")
            )
            continue
        if cue == "目标" and not text.startswith(("：", ":", "是", "为"), m.end()):
            continue  # 目标任务的完成 names targets, it does not state one
        if _FIGURE_OF_TARGET.search(text, max(start, m.start() - 12), m.start()):
            continue
        sentence_end = next((e for e in sentence_ends if e > m.start()), end)
        colon = text.find("：", m.end(), sentence_end)
        if colon != -1 and colon - m.end() <= 2:
            # The list runs to the paragraph's end, unless a sentence after it looks back (过去
            # 一年，…增长5.3%: what was done, told after the targets).
            list_end = next(
                (e for e in sentence_ends if e > colon and _looks_back(text, e, end, published)),
                end,
            )
            scopes.append(TargetScope(m.start(), list_end, "target_list"))
        else:
            # 预期增长5.8%，实际完成6.4%: the outcome after the plan is no target.
            actual = _ACTUAL_AFTER.search(text, m.end(), sentence_end)
            past = _PAST_YEARS_AFTER.search(text, m.end(), sentence_end)
            if (
                past is not None
                and published is not None
                and int(past.group("year")) < published.year
                and (actual is None or past.start() < actual.start())
            ):
                actual = past  # 目标为累计下降13%，2026—2028年累计下降6.1%: what was done
            scope_end = actual.start() if actual is not None else sentence_end
            # 预计全年增长5%: an estimate of an outcome (预计带动… is an effect to come).
            estimate = cue in ("预计", "预估") and not text.startswith(_EFFECT_VERBS, m.end())
            if estimate and not _forecasts_later_month(text, m.end(), published):
                # 收入预计完成2285亿元；民间投资下降1.5%: an estimate is of its own clause group,
                # the figures after a semicolon are told as they stand (not so a forecast of
                # a month still to come: 预估5月甲业…；乙业…, every clause of it).
                semicolon = text.find("；", m.end(), scope_end)
                scope_end = semicolon if semicolon != -1 else scope_end
            rule = "estimate_cue" if estimate else "target_cue"
            scopes.append(TargetScope(m.start(), scope_end, rule))
    return scopes


# 过去一年，, 去年，, 2025年，: a sentence that opens on a time already past.
_LOOK_BACK_OPENING = re.compile(
    r"\s*(?:过去(?:的)?一年|过去五年|去年|上年|一年来|五年来|(?P<year>(?:19|20)\d{2})年)[，,]"
)


def _looks_back(text: str, pos: int, end: int, published: date | None) -> bool:
    """Whether the sentence starting at ``pos`` opens on a time before publication's year."""
    m = _LOOK_BACK_OPENING.match(text, pos, end)
    if m is None:
        return False
    return m.group("year") is None or (
        published is not None and int(m.group("year")) < published.year
    )


_MONTH_AFTER_CUE = re.compile(r"\s*(?:今年|本年)?(\d{1,2})月(?!\d{1,2}日)")


def _forecasts_later_month(text: str, pos: int, published: date | None) -> bool:
    """Whether the estimate cue ending at ``pos`` is followed by a month of the publication's
    year not yet over when it came out (预估4月…, published on 23 April)."""
    month = _MONTH_AFTER_CUE.match(text, pos)
    return month is not None and published is not None and int(month.group(1)) >= published.month


def kind_at(pos: int, scopes: list[TargetScope]) -> tuple[str, str]:
    for scope in scopes:
        if scope.start <= pos < scope.end:
            return "target", scope.rule
    return "actual", "default_actual"


# A figure for a month not yet over when the bulletin went out can still be reported (截至本月);
# past that, a period ending after publication has not happened yet.
_REPORTING_SLACK = timedelta(days=31)


def kind_for_future(
    kind: str, rule: str, period_end: date | None, published: date | None
) -> tuple[str, str]:
    """An "actual" whose period ends after publication is a plan or expectation: a target.
    An expected value of a period over before publication (a work report's 全年预计增长5%, in
    January) is the first estimate of an actual."""
    if (
        kind == "target"
        and rule == "estimate_cue"
        and period_end is not None
        and published is not None
        and period_end < published
    ):
        return "actual", "estimate_of_past_period"
    if (
        kind == "actual"
        and period_end is not None
        and published is not None
        and period_end > published + _REPORTING_SLACK
    ):
        return "target", "future_period"
    return kind, rule
