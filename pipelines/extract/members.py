"""Members named alone: a figure whose subject is only a member (a sector, a kind of goods, a
place, an age group, a band of values, a level of schooling, an economy) and no measure, told
after a measure in the same paragraph; so are things listed before 分别 and bare nouns told
after 其中.

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

from pipelines.extract import clauses as cl
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
_LIST_JOIN = re.compile(r"[、和及与]")
_DIGIT = re.compile(r"\d")
_LISTED_MEMBERS = re.compile(
    r"(?P<names>[^，。；：、和及与\d]{2,16}?(?:[、和及与][^，。；：、和及与\d]{2,16}?)+?)"
    r"(?=分别|均|都|占|[年月季]?[增减]|增长|下降|上涨|减产|增产)(?:分别|均|都)?"
)
_CLAUSE_OPENING = re.compile(r"\s*(?:其中[，,]?|另外|另|而)?")


# 2000—3999元, 8000元及以上, 35小时及以下, 100—300元: a band of values, as surveys group answers.
_BAND = re.compile(
    r"\d[\d.,]*(?:万)?(?:[—\-~～至]\d[\d.,]*(?:万)?)?(?:元|小时|平方米|公里|分钟|天|年|周)"
    r"(?:及以上|以上|及以下|以下|以内)?"
)
# 本科, 硕士及以上, 高中及以下, 研究生: a level of schooling.
_SCHOOLING = re.compile(
    r"(?:研究生|博士|硕士|本科|大专|专科|高职|中专|高中|初中|小学)(?:生|学历)?"
    r"(?:及以上|以上|及以下|以下)?(?:学历)?"
)
# The economies trade and tourism figures split by, named alone (not provinces or cities,
# which is_place reads).
_ECONOMY = re.compile(
    r"(?:美国|日本|韩国|英国|德国|法国|意大利|俄罗斯|印度|巴西|加拿大|澳大利亚|新加坡|越南|泰国"
    r"|马来西亚|印度尼西亚|印尼|菲律宾|墨西哥|中东|非洲|拉美|拉丁美洲|中国大陆|内地|香港|澳门|台湾"
    r"|中国香港|中国澳门|中国台湾)(?:地区)?"
)
# 家用电器和音像器材类, 计算机、通信和其他电子设备制造业: a long name of a class.
_LONG_CLASS = re.compile(r"[\u4e00-\u9fff、和及]{2,16}(?:业|类)")


def _is_member(subject: str) -> bool:
    if _BAND.fullmatch(subject) or _SCHOOLING.fullmatch(subject) or _ECONOMY.fullmatch(subject):
        return True
    if len(subject) > 8:
        return (
            _LONG_CLASS.fullmatch(subject) is not None
            and _NOT_ONE_MEMBER.search(subject) is None
            and subjects.names_category(subject)
            and not subjects.names_measure(subject)
        )
    return (
        _NOT_ONE_MEMBER.search(subject) is None
        and _DOERS.search(subject) is None
        and _NOT_A_NAME_START.match(subject) is None
        and (
            subjects.names_category(subject)
            or subjects.is_place(subject)
            or subject in _URBAN_RURAL
            or _AGE_GROUP.fullmatch(subject) is not None
        )
    )


def _names_quantity(subject: str) -> bool:
    """…收入, …量, and the trade flows (全省出口), which no measure word ends."""
    return subjects.names_measure(subject) or subject.endswith(subjects.TRADE_FLOWS)


def _measure_noun(subject: str, member: str) -> str | None:
    """The measure a subject names, without the member or scope it was named for (新能源汽车
    零售额 → 零售额): the last figure may be another member's."""
    if subjects.is_gross_product(subject) and not member.endswith("业"):
        return None  # an economy's growth (东盟增长4.7%) is no industry's value added
    noun = subjects.measure_head(subject) or subjects.measure_after_category(subject)
    if noun is None and len(subject) <= 4 and subjects.names_measure(subject):
        noun = subject
    if noun is None:
        # 消费品进口 → 进口: the trade flow (进出口 before 出口, which it ends with)
        noun = next((flow for flow in subjects.TRADE_FLOWS if subject.endswith(flow)), None)
    return noun


_BARE_NOUN = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _after_last(text: str, pos: int, marks: str) -> int:
    """Where the text after the last of ``marks`` (or the line's start) before ``pos`` begins;
    the search stays within the line, so a mark the line lacks costs nothing."""
    line_start = text.rfind("\n", 0, pos) + 1
    return max(line_start, *(text.rfind(mark, line_start, pos) + 1 for mark in marks))


def _bare_name(name: str) -> bool:
    """A noun that names a thing and nothing about it: no doer counted (企业), no whole (全省),
    no comparison or verb, no measure."""
    return (
        _BARE_NOUN.fullmatch(name) is not None
        and _DOERS.search(name) is None
        and _NOT_ONE_MEMBER.search(name) is None
        and _NOT_A_NAME_START.match(name) is None
        and not subjects.names_measure(name)
    )


def _sub_item(text: str, obs: Observation, member: str) -> bool:
    """其中小麦30.5万亩、油菜9.6万亩: a bare noun told after 其中 in its sentence, a part of the
    quantity named before (not a doer counted, 其中企业820户)."""
    return (
        _bare_name(member)
        and text.find("其中", _after_last(text, obs.char_start, "。；"), obs.char_start) != -1
    )


def _in_prose(obs: Observation) -> bool:
    """Whether the figure stands in a sentence, not in a table's row."""
    return "\t" not in obs.sentence and any(mark in obs.sentence for mark in "，。；、")


def _clause_opening(text: str, obs: Observation) -> int:
    """Where the figure's clause opens, after 其中/另外/而."""
    clause_start = _after_last(text, obs.char_start, "，。；：")
    opening = _CLAUSE_OPENING.match(text, clause_start, obs.char_start)
    return opening.end() if opening else clause_start


def _listed(text: str, obs: Observation, member: str, at: int) -> list[str] | None:
    """甲镇、乙乡分别减产, 中部、西部地区占全国比重分别为: the members its clause (opening at
    ``at``) lists before how each figure is measured, the figure's among them; None for any
    other clause."""
    if _LIST_JOIN.search(text, at, obs.char_start) is None:
        return None  # (no list at all: the cheap test first)
    listed = _LISTED_MEMBERS.match(text, at, obs.char_start)
    if listed is None:
        return None
    names = _LIST_JOIN.split(listed.group("names"))
    head = names[-1][len(names[-1]) - 2 :]
    if member not in names and not (member.endswith(head) and member[: -len(head)] in names):
        return None
    # (分别下降2.5%和1.8%: the words before the first of the figures)
    first = _DIGIT.search(text, listed.end(), obs.char_start)
    rest_end = first.start() if first else obs.char_start
    if _MEMBER_CLAUSE_REST.fullmatch(text, listed.end(), rest_end) is None:
        return None
    return names


def _members_of_a_list(text: str, obs: Observation, names: list[str] | None, at: int) -> bool:
    """鞋类、箱包分别下降: listed with a member, a member too; 保健食品、化妆品分别增长: things
    listed before 分别 are members of what the paragraph measured."""
    if not names:
        return False
    if any(_is_member(name) for name in names):
        return True
    return "分别" in text[at : obs.char_start] and all(_bare_name(name) for name in names)


def _told(text: str, obs: Observation, member: str) -> tuple[bool, list[str] | None, int]:
    """Whether the figure's clause is the member and how its figure is measured, no more; else
    the members its clause lists, the member among them (None if it lists none); and where the
    clause opens."""
    at = _clause_opening(text, obs)
    if text.startswith(member, at) and _MEMBER_CLAUSE_REST.fullmatch(
        text, at + len(member), obs.char_start
    ):
        return True, None, at
    return False, _listed(text, obs, member, at), at


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
            or not _in_prose(obs)
        ):
            continue
        previous = converted.get(index - 1)
        goes_on = (
            previous is not None
            and previous.subject == member
            and previous.sentence == obs.sentence
        )
        alone, names, opening = _told(text, obs, member)
        if not goes_on and not alone and names is None:
            continue  # (the cheap test first: most figures' clauses say more than a member)
        if not (
            _is_member(member)
            or _sub_item(text, obs, member)
            or _members_of_a_list(text, obs, names, opening)
        ):
            continue
        if goes_on:
            # 电子产品3.62亿元，占14.7%: the member's next figure, its name not repeated.
            out[index] = dataclasses.replace(
                obs,
                subject=out[index - 1].subject,
                breakdown=member,
                trace={**obs.trace, "subject": "measure_named_before", "breakdown": "member_alone"},
            )
            converted[index] = obs
            continue
        paragraph_start = text.rfind("\n", 0, obs.char_start) + 1
        # 营收1000亿元，增长8%，其中制造业3200亿元: an amount is of the last measure counted
        # in its unit (营收1000亿元，其中制造业3200个 has none).
        at = next(
            (
                k
                for k in range(index - 1, -1, -1)
                if paragraph_start <= out[k].char_start < obs.char_start
                and _names_quantity(out[k].subject)
                and (obs.unit in _RATE_UNITS or out[k].unit == obs.unit)
            ),
            None,
        )
        if at is None:
            continue
        before = out[at]
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


# ■乡村旅游, 📍 甲智算中心二期, 🥇 乙市, 01 丙：规模领跑, 丁省：产业数字化见长: a heading naming one
# member, over the section that reports it. A mark before the name, or a subtitle after a
# colon, tells the heading from a short line of text.
_MEMBER_HEADING = re.compile(
    r"[ \t\u3000]*(?:(?P<mark>[^\w\s（()）“”《》]{1,2}|\d\ufe0f?\u20e3|\d{1,2}(?=[ \t\u3000])"
    r"|0\d(?=[\u4e00-\u9fff])|\d{1,2}[.．、])[ \t\u3000]*)?"
    r"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]{1,11})"
    r"(?:[ \t\u3000]*[（(][^（()）\n]{1,16}[）)])?"
    r"(?:[：:](?P<subtitle>[^。；，\n\d][^。；\n]{1,20}))?[ \t\u3000]*"
)
_MEDALS = "🥇🥈🥉🏅"
# 乙市, 丙县, 丁智算中心二期, 戊大数据产业园: one place, or one site (not 景区, 园区 or 社区,
# kinds of places).
_PLACE_OR_SITE = re.compile(
    r"(?:省|市|县|州|盟|镇|乡|(?<![景园社城街校])区)$"
    r"|(?:数据中心|智算中心|算力中心|产业园|基地|集群)(?:[一二三四五六七八九十]期)?$"
)
# 一、…, （二）…, 第三章: a heading of a higher level, which ends the sections under it.
_HIGHER_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分])"
)
_OWN_SCOPE = re.compile(r"^(?:全|本|该|我)(?:省|市|县|区|州)")
# A line opening with a mark (■, 📋, 💰 …) or a glued ordinal (01…), which heads something.
_MARKED_LINE = re.compile(r"[ \t\u3000]*(?:[^\w\s（()）“”《》‘’\"'“]|0\d|\d\ufe0f?\u20e3)")
_FIGURE_LINE = re.compile(r"[ \t\u3000]*[^\w\s]{0,2}[ \t\u3000]*[\d+\-.]")
_WIDER_SCOPE = re.compile(r"全国|全球|国内|国家|世界")


def _heading_shape(line: str) -> tuple[str, str] | None:
    """The kind of heading a line is (its mark, or ：) and the name it gives, if it is one."""
    m = _MEMBER_HEADING.fullmatch(line)
    if m is None or not (m.group("mark") or m.group("subtitle")):
        return None
    mark = m.group("mark") or "："
    # 01 甲, 1️⃣ 乙, 🥇 丙 🥈 丁: numbers and medals count the sections whatever their value.
    kind = "number" if mark[0].isdigit() or mark[0] in _MEDALS else mark
    return kind, m.group("name")


def _names_one_member(name: str) -> bool:
    """乙市, 丙县, 丁大数据产业园: one place or one site, not a topic (■消费, 📊二季度), a set
    (重点文旅项目) or a kind of place (A级旅游景区)."""
    return _NOT_ONE_MEMBER.search(name) is None and (
        _PLACE_OR_SITE.search(name) is not None or subjects.is_place(name)
    )


def _figure_line(line: str) -> bool:
    """▲7.2% ｜ 占比15.1%: a line of figures under a mark, inside a card."""
    return _FIGURE_LINE.match(line) is not None


def _next_text(lines: list[tuple[int, int, str]], at: int) -> str:
    return lines[at + 1][2] if at + 1 < len(lines) else ""


def members_of_sections(text: str, out: list[Observation]) -> None:
    """Under a series of headings that each name one member (two or more of the same kind),
    the figures of each section are that member's: it becomes their breakdown."""
    lines = [(start, end, text[start:end]) for start, end in cl.paragraphs(text)]
    shapes = [(i, _heading_shape(line)) for i, (_, _, line) in enumerate(lines)]
    headings = [
        (i, shape)
        for i, shape in shapes
        if shape is not None
        and _names_one_member(shape[1])
        # 作者：林某, 行业：…: a byline or a label is no heading; a section named 甲省： goes
        # on about 甲省.
        and (shape[0] != "：" or shape[1][:2] in _next_text(lines, i))
    ]
    kinds: dict[str, set[str]] = {}
    for _, (kind, name) in headings:
        kinds.setdefault(kind, set()).add(name)
    series = {kind for kind, names in kinds.items() if len(names) >= 2}
    if not series:
        return
    sections: list[tuple[int, int, str]] = []  # start, end, member
    for at, (kind, name) in headings:
        if kind not in series:
            continue
        end = len(text)
        for j in range(at + 1, len(lines)):
            shape = shapes[j][1]
            line = lines[j][2]
            if (
                (shape is not None and shape[0] == kind)
                or _HIGHER_HEADING.match(line)
                # 📋第4—10名, 💰…: a line under another mark opens another section
                or (kind != "：" and _MARKED_LINE.match(line) and not _figure_line(line))
            ):
                end = lines[j][0]
                break
        sections.append((lines[at][0], end, name))
    for index, o in enumerate(out):
        for start, end, member in sections:
            if not start <= o.char_start < end:
                continue
            if (
                o.breakdown is None
                and member not in o.subject
                and not _WIDER_SCOPE.search(o.subject)
                # 全省…, 该市…: the section's place; 中部地区…, 多数省份…: other places
                and not subjects.names_place(_OWN_SCOPE.sub("", o.subject))
                and "\t" not in o.sentence
            ):
                out[index] = dataclasses.replace(
                    o, breakdown=member, trace={**o.trace, "breakdown": "section_heading"}
                )
            break


# 约三成为结构化数据, 近一半为民营企业: the part a share is of, named after 为.
_PART_AFTER_SHARE = re.compile(r"为(?P<part>[^，。；、\d（(]{2,12}?)(?=[，。；]|$)")


def parts_named_after_shares(text: str, out: list[Observation]) -> None:
    """A share whose part is named after it (数据存储总量…，其中约三成为结构化数据): the part is
    its breakdown, and a share of no named whole is of the last quantity its sentence named."""
    for index, obs in enumerate(out):
        if obs.measure != "share" or obs.breakdown is not None:
            continue
        named = _PART_AFTER_SHARE.match(text, obs.char_end)
        if named is None or not (part := subjects.clean(named.group("part"))):
            continue
        subject = obs.subject
        if subject in ("", part) and index > 0 and out[index - 1].sentence == obs.sentence:
            subject = out[index - 1].subject
        out[index] = dataclasses.replace(
            obs,
            subject=subject,
            breakdown=part,
            trace={**obs.trace, "breakdown": "part_named_after"},
        )
