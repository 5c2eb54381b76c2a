"""Members named alone: a figure whose subject is only a member (a sector, a kind of goods, a
place, an age group) and no measure, told after a measure in the same paragraph.

全市服务业营业收入增长6.1%。按行业观察，运输业年增8.2%，仓储业年减3.4%: the text
names the measure once and then only the members; each member's figure is of that measure,
and the member is its breakdown.

What belongs here: the pass over a document's observations that gives such members the
measure in force. What does not: lists whose members share a head written after them
(``clauses``), or members read from a table's rows (``tables``).
"""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract import subjects
from pipelines.observation import Observation

# 18—29岁, 60岁及以上, 10岁以下: an age group.
_AGE_GROUP = re.compile(r"\d{1,2}(?:[—\-~～至]\d{1,2})?岁(?:及以上|以上|及以下|以下)?")
_URBAN_RURAL = ("城镇", "农村", "城市", "乡村")
# Rates and shares go with any measure; a level only with one counted in the same unit.
_RATE_UNITS = ("%", "个百分点", "‰")
# A whole or a set of members, not one member: 全省, 各市, 上述重点行业, 部分企业.
_NOT_ONE_MEMBER = re.compile(
    r"^(?:全|各|本|该|上述|其他|部分|主要|重点|多数|少数)|[\d一二三四五六七八九十]"
)
# 其中金银珠宝类增长, 欧洲占, 中部地区占全国的比重较上年提高, 乙工业年增, 丙省仅增长: the
# member, then only how its figure is measured.
_MEMBER_CLAUSE_REST = re.compile(
    r"(?:的)?(?:仅|也|亦|则|均|继续|同比|环比|比上年|较上年|比上月)*"
    r"(?:增长|[年月季]?增|下降|[年月季]?减|降|上涨|涨|上升|回落|提高|减少|增加"
    r"|占比?[^，。；\d]{0,12}?|为|达到?|合计)?"
    r"(?:了|为|至|到|约|近|超过?|逾)?"
)
# Doers counted (企业, 经营主体, 项目): their figures are mostly counts of themselves.
_DOERS = re.compile(r"(?:企业|公司|主体|单位|户|机构|项目|基地|园区|平台|商户|工厂|者)$")
# 与欧美国家, 带动该业, 进口农产品: a comparison, a verb or a trade flow, not a member's name.
_NOT_A_NAME_START = re.compile(r"[与和及同比较对带使让]|进口|出口|进出口")
_CLAUSE_OPENING = re.compile(r"\s*(?:其中[，,]?|另外|另|而)?")


def _is_member(subject: str) -> bool:
    return (
        len(subject) <= 8
        and _NOT_ONE_MEMBER.search(subject) is None
        and _DOERS.search(subject) is None
        and _NOT_A_NAME_START.match(subject) is None
        and (
            subjects.names_category(subject)
            or subjects.is_place(subject)
            or subject in _URBAN_RURAL
            or _AGE_GROUP.fullmatch(subject) is not None
        )
    )


def _measure_noun(subject: str, member: str) -> str | None:
    """The measure a subject names, without the member or scope it was named for (新能源汽车
    零售额 → 零售额): the last figure may be another member's."""
    if subjects.is_gross_product(subject) and not member.endswith("业"):
        return None  # an economy's growth (东盟增长4.7%) is no industry's value added
    noun = subjects.measure_head(subject) or subjects.measure_after_category(subject)
    if noun is None and len(subject) <= 4 and subjects.names_measure(subject):
        noun = subject
    return noun


def _in_prose(obs: Observation) -> bool:
    """Whether the figure stands in a sentence, not in a table's row."""
    return "\t" not in obs.sentence and any(mark in obs.sentence for mark in "，。；、")


def _told_alone(text: str, obs: Observation, member: str) -> bool:
    """Whether the figure's clause is the member and how its figure is measured, no more."""
    clause_start = max(text.rfind(mark, 0, obs.char_start) for mark in "，。；：\n") + 1
    opening = _CLAUSE_OPENING.match(text, clause_start, obs.char_start)
    at = opening.end() if opening else clause_start
    if not text.startswith(member, at):
        return False
    return _MEMBER_CLAUSE_REST.fullmatch(text, at + len(member), obs.char_start) is not None


def members_take_the_measure(text: str, out: list[Observation]) -> None:
    """Give each figure whose subject is a member alone, told alone in its clause, the
    measure the paragraph named last before it; the member becomes its breakdown."""
    converted: dict[int, Observation] = {}  # index -> the figure as first found
    for index, obs in enumerate(out):
        member = obs.subject
        if (
            obs.breakdown is not None
            or not member
            or subjects.names_measure(member)
            or not _is_member(member)
            or not _in_prose(obs)
        ):
            continue
        previous = converted.get(index - 1)
        if (
            previous is not None
            and previous.subject == member
            and previous.sentence == obs.sentence
        ):
            # 电子产品3.62亿元，占14.7%: the member's next figure, its name not repeated.
            out[index] = dataclasses.replace(
                obs,
                subject=out[index - 1].subject,
                breakdown=member,
                trace={**obs.trace, "subject": "measure_named_before", "breakdown": "member_alone"},
            )
            converted[index] = obs
            continue
        if not _told_alone(text, obs, member):
            continue
        paragraph_start = text.rfind("\n", 0, obs.char_start) + 1
        at = next(
            (
                k
                for k in range(index - 1, -1, -1)
                if paragraph_start <= out[k].char_start < obs.char_start
                and subjects.names_measure(out[k].subject)
            ),
            None,
        )
        if at is None:
            continue
        before = out[at]
        if obs.unit not in _RATE_UNITS and obs.unit != before.unit:
            continue  # 营收1000亿元，其中制造业3200个: not an amount of the same kind
        if obs.measure == "share" and before.unit in _RATE_UNITS:
            continue  # 甲类专业占比47%: a share of a whole the paragraph has not named
        first_named = next(o for o in out if o.char_start >= paragraph_start and o.subject)
        if at in converted or (before is first_named and before.breakdown is None):
            # 全国快递业务收入…。西部地区占…: the whole the paragraph opened with, or the one
            # the member before was given, in full.
            measure = subjects.strip_rate_word(before.subject)
        else:
            measure = _measure_noun(subjects.strip_rate_word(before.subject), member)
        if measure is None or member in measure:
            continue
        out[index] = dataclasses.replace(
            obs,
            subject=measure,
            breakdown=member,
            trace={**obs.trace, "subject": "measure_named_before", "breakdown": "member_alone"},
        )
        converted[index] = obs
