"""Plans and targets written beside the figures done: the year's plan a figure is measured
against (完成年度投资计划1080亿元的58.7%), a plan in an aside (172.4公里（年度任务165公里）) and
a level the text names as the year's plan (年度计划新开工项目548个).

What belongs here: passes over a document's observations that re-read such figures as the
year's targets and the shares done of them. What does not: the kinds of single figures
(``kinds``), or how a share of a plan is first measured (``measures``).
"""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract.periods import year_period
from pipelines.observation import Observation


def progress_on_plans(text: str, out: list[Observation]) -> None:
    """完成年度投资计划1080亿元的58.7%: the plan's own figure is the year's target, and the
    share is the progress on it of the quantity named before the plan."""
    for index in range(1, len(out)):
        plan, progress = out[index - 1], out[index]
        between = _PLAN_AFTER_FIGURE.fullmatch(text, plan.char_end, progress.char_start)
        if progress.unit != "%" or between is None or plan.period_end is None:
            continue
        named = (
            _PLAN_BEFORE_FIGURE.search(text, max(0, plan.char_start - 16), plan.char_start)
            if not between.group("plan")
            # 完成全年1100万人目标任务的92.3%: the plan named after its figure.
            else _YEAR_BEFORE_FIGURE.search(text, max(0, plan.char_start - 6), plan.char_start)
        )
        if named is None:
            continue
        actual = next(
            (
                o
                for o in reversed(out[: index - 1])
                if o.unit == plan.unit and o.char_end >= plan.char_start - 60
            ),
            None,
        )
        year = year_period(plan.period_end.year, "plan_of_year")
        # 开展培训83.2万人次，完成年度计划105万人次的79.2%: the plan is the training's.
        of_actual = actual is not None and _PLAN_NAME_ONLY.fullmatch(plan.subject or "")
        out[index - 1] = dataclasses.replace(
            plan,
            subject=actual.subject if of_actual and actual is not None else plan.subject,
            kind="target",
            period_type=year.type,
            period_start=year.start,
            period_end=year.end,
            trace={**plan.trace, "period": "plan_of_year", "kind": "plan_figure"},
        )
        if actual is None or actual.subject == plan.subject:
            continue
        out[index] = dataclasses.replace(
            progress,
            subject=actual.subject,
            breakdown=between.group("plan") or named.group("plan"),
            measure="share",
            trace={**progress.trace, "subject": "progress_on_plan", "breakdown": "plan"},
        )
        for later in range(index + 1, len(out)):
            part = out[later]
            if part.sentence != progress.sentence or part.subject != plan.subject:
                break
            # …的79.2%，其中培训农民工36.5万人次: a part of the quantity, not of the plan.
            out[later] = dataclasses.replace(
                part, subject=actual.subject, trace={**part.trace, "subject": "part_of_actual"}
            )


def plans_in_asides(text: str, out: list[Observation]) -> None:
    """改造燃气管网172.4公里（年度任务165公里）: the figure in the aside is the year's target of
    the quantity just done."""
    for index in range(1, len(out)):
        done, plan = out[index - 1], out[index]
        aside = _PLAN_ASIDE.search(text, max(0, plan.char_start - 8), plan.char_start)
        if (
            aside is None
            or aside.start() != done.char_end
            or plan.unit != done.unit
            or done.period_end is None
        ):
            continue
        year = year_period(done.period_end.year, "plan_of_year")
        out[index] = dataclasses.replace(
            plan,
            subject=done.subject,
            breakdown=done.breakdown,
            measure=done.measure,
            kind="target",
            period_type=year.type,
            period_start=year.start,
            period_end=year.end,
            trace={**plan.trace, "subject": "plan_in_aside", "kind": "plan_figure"},
        )


def plans_named(text: str, out: list[Observation]) -> None:
    """年度计划新开工项目548个: a level written after the words naming it the year's plan is
    its target (not 年度计划完成率, nor 实际完成… after it)."""
    for index, o in enumerate(out):
        if (
            o.kind == "actual"
            and o.measure == "level"
            and o.period_end is not None
            and o.subject.startswith(_PLAN_NAMES)
            and not o.subject.endswith(("率", "比例"))
            and any(
                text.find(name, max(0, o.char_start - 16), o.char_start) != -1
                for name in _PLAN_NAMES
            )
            and text.find("完成", max(0, o.char_start - 16), o.char_start) == -1
        ):
            year = year_period(o.period_end.year, "plan_of_year")
            out[index] = dataclasses.replace(
                o,
                kind="target",
                period_type=year.type,
                period_start=year.start,
                period_end=year.end,
                trace={**o.trace, "period": "plan_of_year", "kind": "plan_named"},
            )


_PLAN_NAMES = ("年度计划", "全年计划", "年度目标", "全年目标")
_PLAN_NAME_ONLY = re.compile(r"(?:全年|年度|年初)?(?:计划|目标任务|目标|任务)")
# 完成全年目标（60万人）的97.7%: the plan's figure may stand in brackets after its name.
_PLAN_AFTER_FIGURE = re.compile(r"[）)]?(?P<plan>目标任务|目标|任务|计划)?的")
_YEAR_BEFORE_FIGURE = re.compile(r"完成(?:全年|年度)$")
_PLAN_ASIDE = re.compile(r"[（(](?:全年|年度)?(?:计划|任务|目标任务|目标)(?:为|是)?$")
# 完成年度投资计划1080亿元的: the plan whose figure follows, before the share done of it.
_PLAN_BEFORE_FIGURE = re.compile(
    r"完成(?P<plan>(?:全年|年度|年初)[\u4e00-\u9fff]{0,6}?(?:计划|目标任务|目标|任务|预算))[（(]?$"
)
