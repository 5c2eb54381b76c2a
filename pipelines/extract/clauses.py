"""Segmentation and enumerations: paragraphs, sentences, clauses, and how list members line
up with list values.

What belongs here: splitting a normalised text into paragraphs (lines), sentences (。！？) and
clauses (，；： and parenthetical asides that hold numbers), and the enumeration rules:
splitting a member list (、 和 及 与), expanding compressed numerals (一二三产 → 一产, 二产,
三产), and finding the head noun the members share (…服务业的企业数量, 城镇和农村常住居民
人均可支配收入). What does not: choosing the subject of a single number (``subjects``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipelines.extract.numbers import lex
from pipelines.extract.subjects import MEASURE_HEADS, is_bare_category, measure_after_category

# Both patterns open with a character class or with a literal in every alternative, so that
# the scanner jumps from one such character to the next (it tries other patterns at every
# position).
_SENTENCE_END = re.compile(r"[。！？!?][。！？!?]*[”’」』）)]?")
# An ASCII comma before a digit groups thousands (1,280亿港元); it ends no clause.
_CLAUSE_DELIM = re.compile(r"，|；|：|;|,(?!\d)")
_OPEN_PAREN = re.compile(r"[（(]")
# A code glossing a name (甲科技（688001）, 乙电子（2330.TW）, …直接出口（9710）), not a year.
_CODE = (
    r"(?:(?:股票|证券)?代码[：:]?\s*)?"
    r"(?:\d{6}(?:\.[A-Z]{1,3})?|\d{4,5}\.[A-Z]{1,3}|(?!19|20)\d{4,5})"
)
CODE_GLOSS = re.compile(rf"[（(]{_CODE}[）)]")
# A parenthesis holding a number (包括…694万辆) is an aside; one whose digits belong to a name
# glued to letters (PM2.5, G20), or a code glossing a name, is a gloss that stays inside its
# noun phrase.
_PAREN_WITH_DIGIT = re.compile(
    rf"[（(](?!{_CODE}[）)])[^（()）]*(?<![A-Za-z0-9._])\d[^（()）]*[）)]"
)
_GLOSS_WITH_DELIM = re.compile(
    r"[（(][^（()）\d，,；;：:]{1,12}[，,][^（()）\d，,；;：:]{1,12}[）)]"
)
LIST_SEPARATORS = re.compile(r"^(?:、|和|及|与|以及|，|,)?$")
_CN_NUMERALS = "一二三四五六七八九十"
KIND_WORDS = ("领域", "行业", "板块", "方面", "类别", "场景")


class Clause(NamedTuple):
    start: int
    end: int
    aside: bool = False  # a parenthetical (包括…694万辆): it does not move the subject


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def clauses(text: str, start: int, end: int) -> list[Clause]:
    """Clauses of one sentence; parentheses holding digits become asides."""
    out: list[Clause] = []
    asides = (
        [m.span() for m in _PAREN_WITH_DIGIT.finditer(text, start, end)]
        if _OPEN_PAREN.search(text, start, end)
        else []
    )
    # 插电混动（PHEV，含增程式）车型: a gloss without digits holds no clause's end.
    glosses = (
        [m.span() for m in _GLOSS_WITH_DELIM.finditer(text, start, end)]
        if asides or _OPEN_PAREN.search(text, start, end)
        else []
    )
    pos = start
    segments: list[tuple[int, int, bool]] = []
    for a_start, a_end in asides:
        segments.append((pos, a_start, False))
        segments.append((a_start + 1, a_end - 1, True))
        pos = a_end
    segments.append((pos, end, False))
    for seg_start, seg_end, aside in segments:
        piece_start = seg_start
        for m in _CLAUSE_DELIM.finditer(text, seg_start, seg_end):
            i = m.start()
            if glosses and any(g_start < i < g_end for g_start, g_end in glosses):
                continue
            if i > piece_start:
                out.extend(_split_before_respectively(text, piece_start, i, aside))
            piece_start = i + 1
        if seg_end > piece_start:
            out.extend(_split_before_respectively(text, piece_start, seg_end, aside))
    return out


# 乙9.8亿元和丙7.1亿元则分别增长2.2%、3.5%: the values after 分别 are of the members named with
# values before it, as they are after a comma.
_RESPECTIVELY_AFTER_VALUE = re.compile(r"(?:则|也|又)?分别[^，；\d]{0,6}\d")


def _split_before_respectively(text: str, start: int, end: int, aside: bool) -> list[Clause]:
    at = text.find("分别", start, end) if not aside else -1
    if at == -1:
        return [Clause(start, end, aside)]
    cut = at - 1 if text[at - 1 : at] in ("则", "也", "又") else at
    told = lex(text, start, cut) if _RESPECTIVELY_AFTER_VALUE.match(text, cut, end) else []
    if len(told) < 1 or told[-1].end != cut:
        return [Clause(start, end, aside)]
    return [Clause(start, cut, aside), Clause(cut, end, aside)]


_STRONG_AND = re.compile(r"以及|和|与")


def split_members(members_text: str, count: int) -> list[str] | None:
    """The ``count`` members of a list written before 分别, or None if they do not line up."""
    text = CODE_GLOSS.sub("", members_text).strip("、，")
    if not text:
        return None
    parts = [p for p in text.split("、") if p]
    if count > 1 and len(joined := text.split("以及")) == count and all(joined):
        # 家具及装饰品以及玩具、文具及体育用品: 以及 joins members whose names hold 及 and 、.
        parts = joined
    elif len(parts) == 1 and count == 2 and text.startswith("城乡") and len(text) > 2:
        # 城乡居民收入分别达到x和y: 城乡 is 城镇 and 农村, the head shared.
        parts = ["城镇", "农村" + text[2:]]
    elif len(parts) == 1 and count == 2 and text.endswith("产销"):
        # 新能源汽车产销分别完成x和y: its output and its sales.
        parts = [text[:-2] + "产量", text[:-2] + "销量"]
    elif len(parts) == count - 1:
        # 药物及化妆品和电器及摄影器材: 和 (or 与) parts two members whose names hold 及.
        last = _STRONG_AND.split(parts[-1], maxsplit=1)
        if len(last) != 2 or not all(last):
            last = re.split(r"和|及|与|以及", parts[-1], maxsplit=1)
        if len(last) == 2 and all(last):
            parts = [*parts[:-1], *last]
    elif len(parts) == 1 and count > 1:
        pieces = [p for p in re.split(r"以及|和|及|与", text) if p]
        if len(pieces) == count:
            parts = pieces
        else:
            expanded = expand_numerals(text, count)
            if expanded:
                return expanded
    if len(parts) != count:
        return None
    if _PARTNER_FROM.match(parts[0]) and parts[-1].endswith(_FLOWS_WITH_PARTNERS):
        # 自甲国及乙国进口分别为…: the partners the goods come from, 自 before the first only.
        parts = [parts[0][1:], *parts[1:]]
    if all(p in _DIRECTIONS for p in parts[:-1]) and parts[-1][:2] in _REGION_HALVES:
        # 东、中、西部地区: the 部 (and 地区) written once, on the last member.
        tail = "部地区" if parts[-1].startswith("地区", 2) else "部"
        parts = [*(p + tail for p in parts[:-1]), parts[-1]]
    elif (
        all(p in _REGIONS for p in parts[:-1])
        and (region := _REGION_AREA.match(parts[-1])) is not None
        and region.group(1) in _REGIONS
    ):
        # 中部和西部地区, 东部、中部、西部和东北地区: the 地区 written once, on the last member.
        parts = [*(p + "地区" for p in parts[:-1]), parts[-1]]
    elif all(len(p) == 1 for p in parts[:-1]) and (shared := _SHARED_CLASS.match(parts[-1])):
        # 大、中、小型企业PMI, 一、二、三级医院: the class written once, on the last member.
        parts = [*(p + shared.group("tail") for p in parts[:-1]), parts[-1]]
    return _expand_ordinals(parts)


_PARTNER_FROM = re.compile(r"(?:自(?![主营有身然动])|从(?!事))[\u4e00-\u9fff]{2}")
_FLOWS_WITH_PARTNERS = ("进口", "出口", "进出口", "接单", "贸易", "订单")


# The class word after a member's one-character name (小型企业, 三级医院, 用类商品).
_SHARED_CLASS = re.compile(
    r"[\u4e00-\u9fff](?P<tail>[型类级等](?:企业|商品|产品|医院|学校|公路|城市)?)"
)
_DIRECTIONS = frozenset("东西南北中")
_REGION_HALVES = frozenset(d + "部" for d in _DIRECTIONS)
_REGIONS = _REGION_HALVES | {"东北"}
_REGION_AREA = re.compile(r"(..)地区")


_ORDINAL = re.compile(r"^第[一二三四五六七八九十]$")
_ORDINAL_NOUN = re.compile(r"产业|季度|阶梯|梯队|批次|批|类|级|档|期")
_NUMERAL_HEAD = re.compile(r"^([一二三四五六七八九十])(.*)$")


def _expand_ordinals(parts: list[str]) -> list[str]:
    """第二、三产业 → [第二产业, 第三产业]: the ordinal's 第 and the last member's tail are
    shared by every member."""
    if not _ORDINAL.match(parts[0]):
        return parts
    # 第一、二、三产业和城乡居民生活: the ordinal run ends at the member with the tail.
    run_end = next((i for i, p in enumerate(parts[1:], 1) if not _NUMERAL_HEAD.match(p)), None)
    if run_end is not None:
        return [*_expand_ordinals(parts[:run_end]), *parts[run_end:]]
    numerals = [_NUMERAL_HEAD.match(p) for p in parts[1:]]
    if not all(numerals) or any(m.group(2) for m in numerals[:-1]) or not numerals[-1].group(2):
        return parts
    tail = numerals[-1].group(2)
    # 第一、二、三产业对经济增长的贡献率: the ordinal's noun is shared; what follows it is the
    # list's head, which the last member carries for all.
    noun = _ORDINAL_NOUN.match(tail)
    shared = noun.group() if noun else tail
    return [
        parts[0] + shared,
        *(f"第{m.group(1)}{shared}" for m in numerals[:-1]),
        f"第{numerals[-1].group(1)}{tail}",
    ]


def expand_numerals(text: str, count: int) -> list[str] | None:
    """一二三产增加值 → [一产增加值, 二产增加值, 三产增加值]: a run of numerals shares what
    follows it (a coordinated compound)."""
    m = re.search(rf"[{_CN_NUMERALS}]{{2,}}", text)
    if not m or len(m.group()) != count:
        return None
    head, tail = text[: m.start()], text[m.end() :]
    return [f"{head}{digit}{tail}" for digit in m.group()]


_CATEGORY_THEN_MEASURE = re.compile(
    r"^(.{2,}?(?:类项目|类企业|类产品|项目|类|领域|行业|产业|平台)(?!务))"
    r"([\u4e00-\u9fff]{0,8}(?:额|量|收入|产值|增加值|规模|人数|数量|价值))$"
)


_OWN_KIND_ENDS = ("业", "类", "项目", "工程", "领域", "平台", "企业")
_CLASSIFIERS = "类层级型档组"
# 中部、西部和东北地区: the last member's place word is its own, not a head of the others.
_PLACE_HEADS = ("地区", "区域", "城市", "省份", "国家")


# What ends a place's name (风景区, 开发区, 古镇); a head noun does not start with one.
_PLACE_SUFFIXES = "区县镇乡园馆"


_HOLDER_BEFORE_HEAD = re.compile(r"(?:居民)?人均$|居民$")
# 国有、民营企业数量, 零售、物流平台数量, 新能源、新材料产业产值: the kind of body the last
# member names is every member's (国有企业, 民营企业), where no member before names its own.
_KIND_OF_MEMBER = re.compile(r"(?:平台|企业|机构|用户|行业|产业|领域)$")


def _kind_shared(members: list[str], named: str, head: str) -> tuple[list[str], str] | None:
    """The members with the kind the last one (``named``, before ``head``) ends with given to
    each of them, or None if it ends with none or a member before names a kind itself."""
    kind = _KIND_OF_MEMBER.search(named)
    if kind is None or kind.start() < 2 or any(m.endswith(_OWN_KIND_ENDS) for m in members[:-1]):
        return None
    return [*(m + kind.group() for m in members[:-1]), named], head


_CLASS_BOUND_END = re.compile(r"岁(?:及?以[上下])?(?:学历)?|及?以[上下](?:学历)?")


_PLACE_END = "部省市州县区镇乡"


_CHANNEL_BEFORE_HEAD = re.compile(r"(?:直播|网络|网上|线上|线下|电商|跨境)$")
_INDEX_HEAD = re.compile(r"(?:分项指数|分指数)(?:得分)?$")
_COUNT_BEFORE_HEAD = re.compile(r"[两二三四五六七八九十\d]+(?:个|大|项|类)$")


_ETC_CLASS = re.compile(
    r"等(?:[一二三四五六七八九十\d]{1,2}[个大类项家])?"
    r"(?:行业|产业|领域|地区|省份|省市|城市|产品|国家|企业|门类|市场|板块)"
)
_ACRONYM_BEFORE_HEAD = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z][A-Za-z&]*$")


def shared_head(members: list[str]) -> tuple[list[str], str]:
    """Split the head noun that the last member carries for all members (see _split_head);
    an acronym is never cut: 企业R&D人员 → 企业 + R&D人员."""
    split, head = _split_head(members)
    if head[:1].isascii() and head[:1].isalpha() and split:
        kept = _ACRONYM_BEFORE_HEAD.search(split[-1])
        if kept is not None and kept.start() >= 2:
            return [*split[:-1], split[-1][: kept.start()]], kept.group() + head
    return split, head


def _split_head(members: list[str]) -> tuple[list[str], str]:
    """Split the head noun that the last member carries for all members.

    ``[数字技术应用业, …, 数字产品服务业的企业数量]`` → members + ``企业数量``;
    ``[城镇, 农村常住居民人均可支配收入]`` → ``[城镇, 农村]`` + ``常住居民人均可支配收入``;
    ``[省外游客, 入境过夜游客人次]`` → ``[省外游客, 入境过夜游客]`` + ``人次``.
    """
    if len(members) < 2:
        return members, ""
    if all(m.endswith(MEASURE_HEADS) and len(m) > 2 for m in members):
        # 新能源汽车产量、新能源汽车销量, 营业收入和利润总额: each names its own measure.
        return members, ""
    last = members[-1]
    first = members[0]
    etc = _ETC_CLASS.search(last)
    if etc is not None and etc.start() >= 1 and len(last) - etc.end() >= 2:
        # 电子、电力设备、汽车等行业归母净利润: 等 and the class end the list; the rest heads it.
        return [*members[:-1], last[: etc.start()]], last[etc.end() :].lstrip("的")
    if "的" in last:
        core, _, head = last.rpartition("的")
        if core and head:
            # 第一产业、第二产业、第三产业对经济增长的贡献率: where the last member opens as
            # the first does, all that follows its name is the head.
            cut = len(first)
            if (
                all(len(m) == cut for m in members[:-1])
                and cut + 1 < len(core)
                and last[cut - 1] == first[-1]
            ):
                return [*members[:-1], last[:cut]], last[cut:]
            return [*members[:-1], core], head
    # The longest suffix of the first member found inside the last member, with more after it.
    for size in range(min(len(first), len(last) - 1), 1, -1):
        suffix = first[-size:]
        pos = last.find(suffix)
        if pos != -1 and pos + size < len(last):
            cut = pos + size
            return [*members[:-1], last[:cut]], last[cut:]
    # 东部、中部和东北地区网上零售额: members naming a region or sector alone, and a last one
    # that opens with one: what follows its category is the head of all of them.
    if all(is_bare_category(m) for m in members[:-1]):
        head = measure_after_category(last)
        if head is not None:
            named = last[: -len(head)]
            return _kind_shared(members, named, head) or ([*members[:-1], named], head)
    # 甲工程、乙工程、丙类项目新签合同额: the last member's category word ends it; the measure
    # noun after it is every member's.
    categorised = _CATEGORY_THEN_MEASURE.match(last)
    if categorised is not None and not any(categorised.group(2) in m for m in members[:-1]):
        named = categorised.group(1)
        return _kind_shared(members, named, categorised.group(2)) or (
            [*members[:-1], named],
            categorised.group(2),
        )
    # 新能源汽车、集成电路、工业机器人产量: the last member ends with a measure noun the others
    # lack, so it is the head of all of them.
    # 衣着、居住、交通通信消费支出: spending, which is no sibling's head, heads a list.
    # 钢材、船舶、光伏组件出口: trade in goods, like their output, heads the list.
    # 甲、乙、丙分项指数: a sub-index (or its score) of every member.
    index = _INDEX_HEAD.search(last)
    if (
        index is not None
        and len(last) - len(index.group()) >= 2
        and not any(_INDEX_HEAD.search(m) for m in members[:-1])
    ):
        # (甲、乙、丙三个分项指数: the count of the members is no part of the last one)
        counted = _COUNT_BEFORE_HEAD.search(last, 0, index.start())
        cut = counted.start() if counted is not None and counted.start() > 0 else index.start()
        return [*members[:-1], last[:cut]], index.group()
    for head in (*MEASURE_HEADS, "消费支出", "支出", "进出口", "出口", "进口"):
        if last.endswith(head) and len(last) > len(head):
            if not any(m.endswith(head) for m in members[:-1]):
                # 城镇、农村居民人均消费支出: the holder and its 人均 are every member's too.
                holder = _HOLDER_BEFORE_HEAD.search(last, 0, len(last) - len(head))
                cut = holder.start() if holder and holder.start() > 0 else len(last) - len(head)
                acronym = _ACRONYM_BEFORE_HEAD.search(last, 0, cut)
                if acronym is not None and acronym.start() >= 2:
                    # 企业、高等学校R&D经费: the acronym names the measure, every member's.
                    cut = acronym.start()
                # 茶叶、柑橘、中药材直播销售额: the channel the sales went through is every
                # member's too.
                channel = _CHANNEL_BEFORE_HEAD.search(last, 0, cut)
                if channel is not None and channel.start() >= 2:
                    cut = channel.start()
                return _kind_shared(members, last[:cut], last[cut:]) or (
                    [*members[:-1], last[:cut]],
                    last[cut:],
                )
            break
    # 金融、交通、医疗健康领域: a kind word on the last member only is every member's.
    for kind in KIND_WORDS:
        if last.endswith(kind) and len(last) > len(kind) + 1:
            if not any(m.endswith(kind) for m in members[:-1]):
                return [*members[:-1], last[: -len(kind)]], kind
            break
    # 20岁以下、20—29岁、60岁及以上网民, 小学及以下、大专、本科及以上学历网民: classes by
    # age or schooling; the last one's noun is every class's.
    classes = all("岁" in m for m in members[:-1]) or any(
        m.endswith(("及以下", "及以上", "以下", "以上")) for m in members[:-1]
    )
    bound = _CLASS_BOUND_END.search(last) if classes else None
    if bound is not None and len(last) - bound.end() >= 2:
        return [*members[:-1], last[: bound.end()]], last[bound.end() :]
    # 甲类、乙类、其他类产品, 上游层、中游层和下游层企业: members ending in the same
    # classifier; what follows it in the last member is every member's.
    classifier = first[-1]
    if classifier in _CLASSIFIERS and all(m.endswith(classifier) for m in members[:-1]):
        cut = last.rfind(classifier) + 1
        if 1 < cut < len(last):
            return [*members[:-1], last[:cut]], last[cut:]
    # 中部、西部和东北部片区, 甲市、乙市和丙市企业: members ending in the same place word;
    # the last member's name ends at its first such word.
    suffix = first[-1]
    if suffix in _PLACE_END and all(m.endswith(suffix) for m in members[:-1]):
        cut = last.find(suffix, 1) + 1
        if 1 < cut < len(last) - 1:
            return [*members[:-1], last[:cut]], last[cut:]
    # Members of the same kind have about the same length; a longer last member carries the
    # head ("城镇和农村常住居民…", 国有、民营和外资企业).
    others = max(len(m) for m in members[:-1])
    shortest = min(len(m) for m in members[:-1])
    if all(len(m) <= 4 for m in members[:-1]) and (
        len(last) >= others + 3
        or (shortest == others == 2 and len(last) == 4 and last[2:] not in _PLACE_HEADS)
    ):
        cut = others
        if (
            last[cut] in _PLACE_SUFFIXES
            and last[cut - 1] not in _PLACE_SUFFIXES + "省市州城"  # 乙镇乡村旅游收入
            and not last.startswith("区域", cut)
            and cut + 3 < len(last)
        ):
            # 海川古城、岱山风景区单日接待量: a longer place name keeps its suffix.
            cut += 1
        return [*members[:-1], last[:cut]], last[cut:]
    # Compressed numerals expand with their shared tail already attached.
    return members, ""
