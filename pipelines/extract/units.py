"""Units and magnitude words: what may follow a number, and its base unit.

What belongs here: the closed lists of magnitude words (万, 亿, 万亿 …) and of units and
measure words (元, 家, 千瓦时, EFLOPS, 个百分点 …), the rule that picks the longest unit after a
number, and the mapping from a written unit to its base unit (FORMAT.md "Units"). What does not:
deciding whether a number is a statistic (``numbers``) or what it measures (``measures``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

MAGNITUDES: dict[str, float] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "十亿": 1e9,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "十万": 1e5,
    "万": 1e4,
    "千": 1e3,
    "百": 1e2,
}

# Units that stay as written; base unit = written unit without magnitude. Measure words
# (classifiers) are units too: 家, 个, 件 …
UNITS: tuple[str, ...] = (
    # money
    "元人民币",
    # 2兆人民币, 600亿人民币: the currency after the magnitude, as Hong Kong and Taiwan write.
    "人民币",
    "新台币",
    "美元",
    "欧元",
    "港元",
    # 15.8亿澳门元, 3.2亿港币: Macau's and Hong Kong's currencies as their releases name them.
    "澳门元",
    "澳门币",
    "港币",
    "日元",
    "英镑",
    "元",
    # counts (measure words)
    "家",
    "个",
    "件",
    "辆",
    "户",
    "人次",
    # R&D人员折合全时当量21.64万人年: full-time equivalents, in person-years.
    "人年",
    # 调度算力1.5亿卡时: accelerator-card hours of compute.
    "卡时",
    # Counts of visits or services: 服务企业2万家次, 起降5000架次.
    "家次",
    # 审批平均耗时3个工作日: a duration in working days.
    "个工作日",
    "工作日",
    "户次",
    "架次",
    "艘次",
    "辆次",
    "车次",
    "件次",
    # 停航渡口17处次: closings counted per place and time.
    "处次",
    "列次",
    "人",
    "名",
    "位",
    "所",
    "座",
    "条",
    "项",
    "套",
    "台",
    "台套",
    # 电子证照种类412类, vCPU资源18.6万核: kinds, and processor cores.
    "类",
    "核",
    "标准机架",
    "部",
    "笔",
    "张",
    "只",
    "头",
    "匹",
    "艘",
    "架",
    "列",
    "次",
    "场",
    "处",
    "篇",
    "份",
    "本",
    "册",
    "卷",
    "株",
    "棵",
    "起",
    "宗",
    "单",
    # 跨境电商出口包裹1.48亿票: shipments, as customs counts them.
    "票",
    "例",
    # 接种疫苗20万剂: doses.
    "剂",
    "批次",
    "批",
    "种",
    "款",
    "支",
    "根",
    "块",
    "间",
    "栋",
    "幢",
    "门",
    "片",
    "对",
    "枚",
    "颗",
    "粒",
    "盏",
    "辆次",
    "架次",
    "艘次",
    "场次",
    "户次",
    "车次",
    "处次",
    "列次",
    "班次",
    "航次",
    "亩次",
    "标箱",
    "℃",
    "标准箱",
    "床",
    "张床",
    # physical
    "吨公里",
    "人公里",
    "吨标准煤",
    "吨",
    "千克",
    "公斤",
    "毫克",
    "微克",
    "克",
    "斤",
    "千瓦时",
    "千瓦",
    "兆瓦时",
    "兆瓦",
    "吉瓦时",
    "吉瓦",
    "瓦",
    "千伏安",
    "千伏",
    "度",
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "公顷",
    "亩",
    "公里",
    "千米",
    "毫米",
    "厘米",
    "米",
    "升",
    "毫秒",
    "秒",
    # 每周航班1800班, 日均装车1.3万车: flights and wagon loads.
    "班",
    "车",
    "分钟",
    # 得分86.4分: points of a score (分钟 above is read first).
    "分",
    # 平均留宿1.8晚: nights a stay lasts (read only after a word of staying, see numbers).
    "晚",
    # 每周上网12.5个小时: hours counted with a measure word.
    "个小时",
    "小时",
    # 审查周期15.3个月: months as a duration measured (a month of the calendar is a time).
    "个月",
    "周",
    "天",
    "岁",
    # ASCII units (case matters only for the base form, see BASE_UNITS)
    "EFLOPS",
    "Eflops",
    "EFlops",
    "PFLOPS",
    # 智能算力1500P: compute written in its short form.
    "P",
    "Pflops",
    "TFLOPS",
    "Tflops",
    "GWh",
    "MWh",
    "kWh",
    "TWh",
    "GW",
    "MW",
    "kW",
    "TB",
    "PB",
    "EB",
    "ZB",
    "YB",
    "GB",
    "MB",
    "Tbps",
    "Gbps",
    "Mbps",
    # 日均调用量超过900亿Tokens: the units of text a language model reads and writes.
    "Tokens",
    "tokens",
    "Token",
    "TB/s",
    "GB/s",
    "PB/s",
    "ms",
    "TEU",
    # Storage in Chinese names; their base is the ASCII symbol.
    "太字节",
    "拍字节",
    "艾字节",
    "泽字节",
    "尧字节",
    # ratios
    "%",
    "‰",
    # 平均受教育年限10.12年: a duration in years, read only after a decimal (a year is whole).
    "年",
    "个百分点",
    "百分点",
    # 下调15个基点: a hundredth of a percentage point, as markets count rate moves.
    "个基点",
    "基点",
    # 下降0.28个千分点: a change of a rate in per mille.
    "个千分点",
    "千分点",
    "倍",
    "点",
)

# Written unit -> base unit where they differ beyond the magnitude.
BASE_UNITS: dict[str, str] = {
    "元人民币": "元",
    "人民币": "元",
    "澳门币": "澳门元",
    "港币": "港元",
    "个小时": "小时",
    "百分点": "个百分点",
    "千分点": "个千分点",
    "基点": "个基点",
    "Eflops": "EFLOPS",
    "EFlops": "EFLOPS",
    "Pflops": "PFLOPS",
    "Tflops": "TFLOPS",
    "P": "PFLOPS",
    "太字节": "TB",
    "拍字节": "PB",
    "艾字节": "EB",
    "泽字节": "ZB",
    "尧字节": "YB",
}

# Measure words that count things (classifiers): 150家以上企业 is a count, not a threshold.
COUNT_WORDS = frozenset(set("家个件所座条项套台部名位支艘架列场处篇份本种款门批宗例株棵"))
CURRENCIES = frozenset({"元人民币", "美元", "欧元", "港元", "澳门元", "日元", "英镑", "元"})
# A number followed by one of these is a time or a duration, not a quantity.
TIME_UNITS = ("年代", "周年", "年", "个月", "月", "日", "号", "季度", "时", "周", "届")

_MAGNITUDE_RE = "|".join(sorted(MAGNITUDES, key=len, reverse=True))
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# Compound units as written: 元/人, 部/百人, 元/吨, 元/平方米.
# The denominator is a unit (千瓦时 before 千瓦: the unit is tried before a magnitude prefix), a
# time unit (元/年, 元/月, 元/日), or a short noun that ends the token (元/人).
_COMPOUND = re.compile(
    # (元/间夜, 元/床夜: a price per room or bed and night, read before the room alone)
    rf"(?:{_UNIT_RE}|分|角)/(?:[间床人]夜|{_UNIT_RE}|年|月|日|(?:百|千|万)?(?:{_UNIT_RE}|"
    r"[\u4e00-\u9fff]{1,2}(?![\u4e00-\u9fff])))"
    # GB/户·月, 元/人·年: a rate per head and per period.
    r"(?:·(?:年|月|日|天))?"
)
# 举办培训86期, 发放消费券3轮: sessions and rounds counted, ending the clause (一期工程, 三轮
# 车 are a phase and a kind, whose noun follows).
_UNIT_AT = re.compile(rf"{_UNIT_RE}|[期轮](?=[，。；、）)\n]|$)")
_ASCII_UNIT_AT = re.compile(
    r"(?:EFLOPS|PFLOPS|TFLOPS|GWh|MWh|kWh|TWh|GW|MW|kW|TB|PB|EB|ZB|GB|Tbps|Gbps|Mbps|TEU)"
    r"(?![A-Za-z])"
)
_CURRENCY_AT = re.compile(r"(?:元人民币|美元|欧元|港元|港币|澳门元|澳门币|日元|元|人民币|新台币)")
_LONGEST_UNIT = max(len(u) for u in UNITS)
_MAGNITUDE_AT = re.compile(_MAGNITUDE_RE)
# Units written in ASCII letters must not be followed by another letter (GB, not GBK) or a
# digit (…0300MB2D17…, an index code).
_ASCII_UNIT_END = re.compile(r"[A-Za-z0-9]")


class UnitMatch(NamedTuple):
    """What follows a number: magnitude, approximate marker 多/余, unit; end offset."""

    magnitude_text: str
    magnitude: float
    approx_marker: str  # "多" / "余" between the magnitude and the measure word, or ""
    unit_written: str | None
    end: int


def base_unit(written: str | None) -> str | None:
    """The base unit of a written unit (magnitude already split off)."""
    if written is None:
        return None
    if "/" in written:
        head, _, tail = written.partition("/")
        return f"{BASE_UNITS.get(head, head)}/{tail}"
    return BASE_UNITS.get(written, written)


def _unit_at(text: str, pos: int) -> str | None:
    # A compound has its slash right after its first unit: most tokens have none.
    compound = (
        _COMPOUND.match(text, pos) if text.find("/", pos, pos + _LONGEST_UNIT + 1) != -1 else None
    )
    if compound:
        return compound.group()
    match = _UNIT_AT.match(text, pos)
    if not match:
        return None
    unit = match.group()
    end = match.end()
    ascii_word = unit.isascii() and unit[-1].isalpha()
    if ascii_word and end < len(text) and _ASCII_UNIT_END.match(text, end):
        return None
    return unit


def read_unit(text: str, pos: int) -> UnitMatch:
    """Read magnitude, 多/余 and unit after a number ending at ``pos``.

    A unit that starts with a magnitude character (千瓦, 百分点) wins over reading that
    character as a magnitude: ``5.9亿千瓦`` is 亿 + 千瓦, ``0.57个百分点`` is 个百分点.
    """
    # Most numbers are followed by none of the characters the special readings below open
    # with: one look at the first character spares them the tests.
    first = text[pos : pos + 1]
    if (
        first == "%"
        and text.startswith("%o", pos)
        and not (text[pos + 2 : pos + 3].isascii() and text[pos + 2 : pos + 3].isalnum())
    ):
        # 出生率5.93%o: per mille as a PDF's text layer or an OCR spells ‰.
        return UnitMatch("", 1.0, "", "‰", pos + 2)
    if first == " " and (spaced := _ASCII_UNIT_AT.match(text, pos + 1)):
        # 310 EFLOPS: an ASCII unit may stand one space after the number.
        return UnitMatch("", 1.0, "", spaced.group(), spaced.end())
    if first == "个":
        if text.startswith("个多百分点", pos):
            # 提高了两个多百分点: a little over two points.
            return UnitMatch("", 1.0, "多", "个百分点", pos + 5)
        after = text[pos + 2 : pos + 3]
        if text.startswith(("个亿", "个万"), pos) and (
            not ("\u4e00" <= after <= "\u9fff") or after in "多左的了和及出"
        ):
            # 多了两个亿: a magnitude counted in speech, its unit implied (3个亿元级园区 counts
            # parks, 2个万卡级集群 clusters).
            return UnitMatch(text[pos + 1], MAGNITUDES[text[pos + 1]], "", None, pos + 2)
        if (spoken := _ASCII_UNIT_AT.match(text, pos + 1)) is not None:
            # 2.1个EFLOPS: a unit in letters counted in speech.
            return UnitMatch("", 1.0, "", spoken.group(), spoken.end())
    elif first == "兆" and (money := _CURRENCY_AT.match(text, pos + 1)):
        # 2.4兆元 (a trillion, as Taiwan and Japan write it); 兆瓦 is a unit of its own.
        return UnitMatch("兆", 1e12, "", money.group(), money.end())
    unit = _unit_at(text, pos)
    if unit is not None and (unit[0] in "千百" or unit not in MAGNITUDES):
        return UnitMatch("", 1.0, "", unit, pos + len(unit))
    magnitude = _MAGNITUDE_AT.match(text, pos)
    if magnitude:
        mag_text = magnitude.group()
        after = magnitude.end()
        marker = ""
        if after < len(text) and text[after] in "多余":
            marker = text[after]
            after += 1
        unit = _unit_at(text, after)
        if mag_text in ("千", "百") and unit is None:
            # 千/百 alone are magnitudes only before a unit ("3千家"); "千兆" is a name.
            return UnitMatch("", 1.0, "", None, pos)
        end = after + len(unit) if unit else after
        return UnitMatch(mag_text, MAGNITUDES[mag_text], marker, unit, end)
    return _with_marker(text, pos)


def _with_marker(text: str, pos: int) -> UnitMatch:
    """What follows a number that neither a unit nor a magnitude follows: a marker before one,
    or nothing."""
    # "300多个", "1200余家": the marker sits between the number and the measure word.
    if pos < len(text) and text[pos] in "多余":
        if text.startswith(("个亿", "个万"), pos + 1):
            # 两百多个亿: a magnitude counted in speech, its unit implied.
            return UnitMatch(text[pos + 2], MAGNITUDES[text[pos + 2]], text[pos], None, pos + 3)
        unit = _unit_at(text, pos + 1)
        if unit is not None:
            return UnitMatch("", 1.0, text[pos], unit, pos + 1 + len(unit))
        # "400多万人次", "1500余万家": or between the number and its magnitude.
        magnitude = _MAGNITUDE_AT.match(text, pos + 1)
        if magnitude is not None:
            unit = _unit_at(text, magnitude.end())
            if unit is not None or magnitude.group() in ("万", "亿", "万亿"):
                end = magnitude.end() + (len(unit) if unit else 0)
                return UnitMatch(
                    magnitude.group(), MAGNITUDES[magnitude.group()], text[pos], unit, end
                )
    return UnitMatch("", 1.0, "", None, pos)


# The unit a head noun implies when the text leaves it out (千兆用户突破3亿 → 户,
# 全国人口1.4亿 → 人): the subject's last word decides; longer heads first.
_IMPLIED_HEADS: tuple[tuple[str, str], ...] = (
    ("人次", "人次"),
    ("户数", "户"),
    ("用户", "户"),
    ("农户", "户"),
    ("住户", "户"),
    ("人口", "人"),
    ("人数", "人"),
    ("人员", "人"),
    ("劳动力", "人"),
    ("游客", "人"),
    ("旅客", "人"),
    ("居民", "人"),
    ("群众", "人"),
    ("职工", "人"),
    ("学生", "人"),
    ("人才", "人"),
    ("就业", "人"),
    ("企业", "家"),
    ("公司", "家"),
    ("机构", "家"),
    ("家数", "家"),
    ("个数", "个"),
    ("件数", "件"),
    ("户", "户"),
)


def implied_unit(subject: str | None) -> str | None:
    """The base unit implied by a subject's head noun, or None when it implies none."""
    if not subject:
        return None
    for head, unit in _IMPLIED_HEADS:
        if subject.endswith(head):
            return unit
    return None
