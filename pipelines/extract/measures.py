"""Measures, signs and qualifiers: what a number says about its subject.

What belongs here: the rules that give a quantity its measure (level, share, growth,
change, pp_change) from its unit and the cue words before it (占…比重, 增长, 减少, 提高到 …),
its sign (下降, 减少, 贬值 → negative) and its qualifier (约, 超, 突破, 近, 不到 before it;
左右, 以上, 多, 余 inside or after it). What does not: the subject or the period.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipelines.extract.numbers import Quantity
from pipelines.extract.subjects import LOOK_UP_VERB, PAST_TARGET, governing_verb
from pipelines.extract.units import COUNT_WORDS

_SHARE_CUE = re.compile(
    r"占(?!据|领|有(?!效)|用|地(?!区))|占比|比重|(?<!优良)(?<!天数)比例|份额|贡献率|增长面|亏损面"
    # 相当于GDP的四成 (not 相当于2019年同期的87.5%, the same quantity at an earlier time)
    r"|相当于(?!(?:19|20)\d\d\s?年|[上去前]年|上[月季]|同期)[^，。；]{1,20}的"
    # 完成年度计划投资的78%: the part of a plan done.
    r"|完成[^，。；]{2,12}的$"
    # 规模只有全国的0.8%: a part of the whole of the country (or province, city).
    r"|(?:只有|仅有|仅为|只占|仅占|约为|相当于)(?:全国|全省|全市|全区|全球)(?:总量|总额)?的$"
    # 持卡人数5417万人，覆盖常住人口的91.8%: the part of a population reached.
    r"|覆盖[^，。；\d]{2,10}的$"
    # 存储量仅为生产量的5.1%, 销量达到汽车总销量的52.7%: the part of another quantity (not of
    # a plan, nor of an earlier time of the same quantity).
    r"|(?:仅为|只有|仅有|达到|占到)(?![^，。；]*(?:目标|计划|任务|预算|年|同期|月|季|水平))"
    r"[^，。；\d]{2,16}的$"
)
_NEGATIVE = re.compile(
    r"下降|下跌|回落|降低|减少|贬值|收窄|缩小|缩短|缩减|少增|净减|下滑|减产|减收|短收|下调|下修|下行|降准|降息|压减"
    r"|压缩|节约|节省|锐减|骤减|大减|暴跌|大跌|骤降|大降|猛降|微降|略降|小降|微跌|略跌"
    # 年增/年减 as Taiwan and Hong Kong write a growth; 偏少 against the normal year.
    r"|年减|季减|月减|按[年季月]减|跌$|减$|降$|衰退|放缓|减缓|放慢|趋缓|偏少|偏低"
    # 降幅为2.6%, 跌幅在2%—3%之间: the rate of a fall.
    r"|降幅|跌幅"
)
_RATIO_UNITS = frozenset({"%", "‰"})
# (⬆️, ⬇️: the emoji arrows, with the selector that draws them as emoji)
_ARROW_BEFORE = re.compile(r"([↑↓▲▼⬆⬇🔺🔻])\ufe0f?\s*$")
_DRAG = re.compile(r"下拉|拖累|拉低|下拖")
_RELATIVE_GAP = re.compile(
    r"比(?![上去前]年|同期|上月|上季)[^，。；比]{1,15}?(低|少|便宜|高|多|贵)出?了?(?:约|近|超过)?$"
)
# 较2018年同月低约18%, 比上年高5%: higher or lower than an earlier time of the same quantity.
_TIME_GAP = re.compile(
    r"(?:比|较)(?=[上去前]年|同期|上[月季]|(?:19|20)\d\d\s?年)[^，。；比较]{1,15}?(低|少|高|多)出?了?"
    r"(?:约|近|超过)?$"
)
_GROWTH_TARGET = re.compile(
    r"(?:增长|增速)的?(?:预期)?目标(?![^，。；]*(?:完成|率))[^，。；]{0,12}$"
)
_ADDED_SIZE_UNITS = frozenset({"亩", "平方米", "公顷", "平方公里", "公里", "千米", "米", "千瓦"})
_PAST_TARGET = re.compile(rf"{PAST_TARGET}(?:约|近)?$")
_RECOVERED_TO = re.compile(r"恢复(?:至|到)[^，。；]{0,14}的$")
_PLAN_DONE = re.compile(r"完成[^，。；]{2,12}的$")
_MULTIPLE_OF = re.compile(r"(?:是|为|相当于|达到?)[^，。；]{0,14}的(?:近|约|超过?|逾|将近|接近)?$")
# What a multiple is of: an earlier time of the same quantity (2019年, 上年同期, 五年前, 上一个
# 五年).
_IN_TIME = re.compile(
    r"\d{4}\s?年|[去上前]年|同期|年前|上[月季]|十[一二三四五]五|时期|末|上一?个?五年"
)
_BASE_BEFORE = re.compile(r"[比较]")
_BASE_RIGHT_BEFORE = re.compile(
    r"(?:同比|环比|按年|按月)(?:增长|增速|增幅)?[：:]?(?:约|近|超过?)?$"
)
_GROWTH_RATE_NAMED = re.compile(r"(?:增速|增幅|增长率|涨幅)(?:[^，。；]{0,12}?)(?:由|从)")
_RATE_NAMED = re.compile(r"增速|增幅|涨幅|降幅|增长率|比重|占比|利率|[^，]率")
_GAP_WORD_ONLY = re.compile(r"\s*[多少高低]出?(?:了)?(?:将近|接近|近|约|超过|逾)?")
_GAP = re.compile(
    r"(?:比[^，。；比]{1,15}?|较[^，。；比较]{1,15}?|同比|环比)(?<![减增缺至提])([多少高低])"
    # 比上月多出3个 (出: the amount by which it is more)
    r"出?"
    # 同比多投产2140万千瓦: more of what the verb did.
    r"(?:投产|生产|销售|完成|实现|建成|开工|接待|招收)?了?"
    # 比前年多了将近二百家: a qualifier between the gap and its figure.
    r"(?:将近|接近|近|约|大约|差不多|超过|逾)?$"
)
# 增速比上月末低0.2个百分点, 同比低0.5个百分点: a comparison that comes out lower.
_LOWER_THAN = re.compile(
    r"(?:(?:比|较|同比|环比)[^，。；]{0,15}?(?:低|少|慢)了?|低于[^，。；]{1,15})"
    # 比全国还低将近五个百分点: a qualifier between the comparison and the number.
    r"(?:将近|接近|近|约|大约|差不多|超过|逾)?$"
)
# 上升为, 下降为: change verbs (not the rate nouns 增速, 涨幅) that 为 turns into a new level.
# 放缓至1.8%: a pace slowed (or quickened) to the rate, a growth rate.
_PACE_VERBS = frozenset({"放缓", "放慢", "减缓", "加快", "趋缓"})
_CHANGE_VERBS_REACHING = frozenset({"上升", "下降", "提高", "提升", "降低", "增加", "减少", "回落"})
_QUAL_BEFORE = re.compile(
    # (出超, 入超: a trade surplus and deficit, no bound; 收入超 is one.)
    r"(?P<q>大约|约为|约|大概|差不多|将近|接近|近|超过|(?<![出入])超|(?<=[收投输流纳注]入)超"
    r"|(?<=[支输产付]出)超|逾|突破|首破|冲破|不到|不足|至少|不少于|不低于"
    # 迈上1.8万亿元台阶, 跨越1万亿元: a milestone reached, the figure at least that.
    r"|跨越|迈上|迈过|跨上|站上|越过"
    r"|不超过|不高于|低于|高于"
    # 过半, 过亿, 过千家: past it (not 通过, 经过).
    r"|(?<![通经超越])过"
    # 规模破3万亿: a headline's 破, past it.
    r"|(?<![突首冲打击攻跌])破)"
    # 约合新台币820亿元, 约人民币186亿元: the currency between the word and the number.
    r"(?:合)?(?:新台币|人民币|美元|港元|港币|澳门币|日元)?(?:了|达到?|为|到|拥有|有|是|占)?"
    # 不足全省的两成, 超过全省总量的一半: the bound of a share of the whole.
    r"(?:(?<=不足|不到|超过|接近|将近)(?:全国|全省|全市|全区|全球)(?:总量|总额)?的)?$"
)
_QUAL_WORDS = {
    "大约": "about",
    "约为": "about",
    "约": "about",
    "大概": "about",
    "差不多": "about",
    "将近": "under",
    "接近": "under",
    "近": "under",
    "不到": "under",
    "不足": "under",
    "超过": "over",
    "超": "over",
    "过": "over",
    "破": "over",
    "逾": "over",
    "突破": "over",
    "首破": "over",
    "冲破": "over",
    "跨越": "over",
    "迈上": "over",
    "迈过": "over",
    "跨上": "over",
    "站上": "over",
    "越过": "over",
    "至少": "over",
    "不少于": "over",
    "不低于": "over",
    "不超过": "under",
    "不高于": "under",
    "低于": "under",
    "高于": "over",
}


class MeasureDecision(NamedTuple):
    measure: str
    value: float
    unit: str | None
    rule: str
    multi_year: bool = False
    reach: bool = False


def decide(
    quantity: Quantity,
    window: str,
    clause_prefix: str,
    verb: re.Match[str] | None = LOOK_UP_VERB,
) -> MeasureDecision:
    """Measure of ``quantity``; ``window`` is the text since the previous number of the
    clause, ``clause_prefix`` the clause text before the number, ``verb`` the window's
    ``governing_verb``."""
    value, unit = quantity.value, quantity.unit
    if unit == "%" and (arrow := _ARROW_BEFORE.search(window)) is not None:
        # 68.5万辆 ↑42.3%, ▼2.1%: an infographic's arrow is the sign of a growth.
        signed = -abs(value) if arrow.group(1) in "↓▼⬇🔻" else value
        return MeasureDecision("growth", signed, unit, "arrow")
    if verb is LOOK_UP_VERB:
        verb = governing_verb(window)
    negative = bool(verb and _NEGATIVE.match(verb.group()))
    multi_year = "年均" in window or "平均每年" in window
    if unit in ("个百分点", "个千分点"):
        lower_than = _LOWER_THAN.search(window)
        lower = (
            negative
            # 低于收入增速1.9个百分点: the rate named inside the comparison is its base.
            or (lower_than is not None and (verb is None or verb.start() >= lower_than.start()))
            # 下拉全部投资增速1.8个百分点: a drag on a total's growth.
            or _DRAG.search(window) is not None
        )
        if verb is not None and "降幅" in window[: verb.start()]:
            # 降幅收窄0.4个百分点: a smaller fall is a rise of the (negative) rate.
            lower = verb.group() not in ("收窄", "缩小", "回落", "减少", "下降", "降低")
        signed = -abs(value) if lower else value
        return MeasureDecision("pp_change", signed, unit, "unit_percentage_points")
    if (
        quantity.word_measure == "share"
        and verb is not None
        and quantity.rule != "number"
        and (window[verb.end() :].startswith(("到", "至")) or verb.group().endswith(("到", "至")))
    ):
        # 占比提高到三成以上: the tenths a share reached, not its change.
        return MeasureDecision("share", value, unit, "reach_share_tenths", reach=True)
    if quantity.word_measure == "share" and verb is not None and quantity.rule != "number":
        # 增长近三成: tenths after a change verb are the change, not a part of a whole.
        signed = -abs(value) if negative else value
        return MeasureDecision("growth", signed, unit, f"verb_{verb.group()}_tenths", multi_year)
    if quantity.rule == "flat" and _RATE_NAMED.search(clause_prefix):
        # 增速与上月末持平: a rate that did not move changed by zero points.
        return MeasureDecision("pp_change", 0.0, "个百分点", "flat_rate")
    if quantity.word_measure == "share" and (gap := _GAP.search(window)) is not None:
        # 比上半年多了四成: tenths more (or fewer) than another time's or another's are a growth.
        signed = -abs(value) if gap.group(1) in ("少", "低") else value
        return MeasureDecision("growth", signed, unit, "gap_in_tenths")
    if quantity.word_measure is not None:
        return MeasureDecision(
            quantity.word_measure, value, unit, "word_" + quantity.rule, multi_year
        )
    if verb is not None:
        after = window[verb.end() :]
        # 由16285人上升为16637人: 为 after a change verb gives where it ended, as 到 does.
        if (
            after.startswith(("到", "至"))
            or verb.group().endswith(("到", "至"))
            or (after.startswith("为") and verb.group() in _CHANGE_VERBS_REACHING)
        ):
            if unit in _RATIO_UNITS and _SHARE_CUE.search(clause_prefix):
                return MeasureDecision("share", value, unit, "reach_share", reach=True)
            if unit == "%" and (
                _GROWTH_RATE_NAMED.search(clause_prefix) or verb.group() in _PACE_VERBS
            ):
                # 出口增速由7.0%回落至3.0%: the growth rate it came to is a growth.
                return MeasureDecision("growth", value, unit, "reach_growth_rate", reach=True)
            return MeasureDecision("level", value, unit, "reach_level", reach=True)
        signed = -abs(value) if negative else value
        if (
            verb.group().startswith(("新增", "新建"))
            # 累计建成高标准农田38.7万亩，其中当年新建3.1万亩: counts and sizes alike.
            and (unit in COUNT_WORDS or unit in _ADDED_SIZE_UNITS)
            and "其中" in clause_prefix
            and _BASE_BEFORE.search(window) is None
        ):
            # 累计…2480家，其中去年新增312家: the part of a stock added in a period, counted.
            return MeasureDecision("level", value, unit, "new_part_of_stock")
        if unit in _RATIO_UNITS:
            return MeasureDecision("growth", signed, unit, f"verb_{verb.group()}", multi_year)
        if unit == "倍":
            # 增长1.5倍: the new value is 2.5 times the old, a growth of 150 %.
            return MeasureDecision("growth", signed * 100, "%", "verb_times", multi_year)
        return MeasureDecision("change", signed, unit, f"verb_{verb.group()}_amount")
    if unit == "%" and window.endswith("+"):
        # 1,820亿元，+11.6%: a signed percentage after a level is its growth.
        return MeasureDecision("growth", value, unit, "signed_percent")
    if unit == "%" and value < 0 and _RATE_NAMED.search(clause_prefix) is None:
        # 房地产开发投资  -8.7%: a quantity below zero percent is no share; it fell.
        return MeasureDecision("growth", value, unit, "signed_percent")
    if unit == "%" and _RECOVERED_TO.search(window):
        # 恢复至2019年同期的108.5%: 8.5 % above that base.
        return MeasureDecision("growth", round(value - 100, 10), "%", "recovered_to_base")
    multiple = _MULTIPLE_OF.search(window) if unit == "倍" else None
    if multiple is not None and not _IN_TIME.search(multiple.group()):
        # 是全部企业平均水平的1.7倍: a ratio to another quantity, not a change over time.
        return MeasureDecision("level", value, unit, "multiple_of_other")
    if multiple is not None:
        # 是2022年的近四倍: four times the base is a growth of 300 %.
        return MeasureDecision("growth", (value - 1) * 100, "%", "multiple_of_base", multi_year)
    if unit not in _RATIO_UNITS and _PAST_TARGET.search(window):
        # 超过年度目标任务三万人: how far past its target the quantity went.
        return MeasureDecision("change", value, unit, "past_target")
    gap = _GAP.search(window)
    if gap is None and _GAP_WORD_ONLY.fullmatch(window):
        # 较4月的196.7亿元多21.7亿元: the base's own figure stands between 较 and the gap.
        gap = _GAP.search(clause_prefix)
    if gap is not None and unit not in _RATIO_UNITS:
        # 比男性从业人员少3.5万人: how much more (or less) than another quantity.
        signed = -abs(value) if gap.group(1) in ("少", "低") else value
        return MeasureDecision("change", signed, unit, "gap_more_or_less")
    relative = _RELATIVE_GAP.search(window) if unit == "%" else None
    if relative is not None:
        # 平均电价比东部地区低25%以上: how much lower (or higher) than another's, in percent.
        signed = -abs(value) if relative.group(1) in ("低", "少", "便宜") else value
        return MeasureDecision("growth", signed, unit, "relative_gap")
    time_gap = _TIME_GAP.search(window) if unit == "%" else None
    if time_gap is not None and _RATE_NAMED.search(clause_prefix) is None:
        # 总销货价值较2018年同月低约18%: a growth against that time, below zero when lower (a
        # rate's gap in percent is no growth of it).
        signed = -abs(value) if time_gap.group(1) in ("低", "少") else value
        return MeasureDecision("growth", signed, unit, "time_gap")
    if unit == "%" and _GROWTH_TARGET.search(clause_prefix):
        # 经济增长目标定在4.5%左右: the growth aimed at.
        return MeasureDecision("growth", value, unit, "growth_target")
    if unit == "%" and _BASE_RIGHT_BEFORE.search(window):
        # CPI同比0.5%左右, 同比增长：6.1%: a percentage taken against a base is a growth.
        return MeasureDecision("growth", value, unit, "base_right_before")
    if unit in _RATIO_UNITS and _SHARE_CUE.search(clause_prefix):
        if value > 100 and _PLAN_DONE.search(clause_prefix):
            return MeasureDecision("level", value, unit, "plan_overfulfilled")
        return MeasureDecision("share", value, unit, "share_cue")
    return MeasureDecision("level", value, unit, "default_level")


def compares_lower(phrase: str) -> bool:
    """Whether a phrase ends in a comparison that comes out lower (低于全国平均水平)."""
    return _LOWER_THAN.search(phrase) is not None


def qualifier(quantity: Quantity, window: str) -> tuple[str, str]:
    """Qualifier of a quantity from the words around it."""
    if quantity.qualifier is not None:
        return quantity.qualifier, "after_number"
    m = _QUAL_BEFORE.search(window[-8:])
    if m:
        return _QUAL_WORDS[m.group("q")], f"before_{m.group('q')}"
    if _ABOUT_SHARE_OF.search(window[-24:]):
        return "about", "before_约占"
    return "exact", "none"


# 约占全社会用电量的38%, 约占全国的三成: 约 before 占 qualifies the share after the whole.
_ABOUT_SHARE_OF = re.compile(r"(?:大约|约)占(?:到|了)?[^，。；\d%]{1,20}?的?$")
