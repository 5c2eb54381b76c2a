"""The lexer: quantities in a normalised text, and the numbers that are not statistics.

What belongs here: finding number tokens (Arabic numbers with magnitude, unit and the
qualifiers written inside or right after them; the word quantities 成, 翻番, 持平) and the
rules that reject digits which are not quantities (names like 5G or “5+3”, dates, footnote
markers, ordinals, grades, durations, thresholds, document titles, section numbers, phone
numbers, URLs). What does not: what a quantity measures, its subject or its period.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from pipelines.extract.units import (
    COUNT_WORDS,
    CURRENCIES,
    TIME_UNITS,
    UnitMatch,
    base_unit,
    read_unit,
)

# Spans that look like numbers but are not quantities; consumed whole so that their digits
# never start a number ("[2]1349084" is a footnote then a number, "2026-02-02" a date).
_NOT_NUMBERS = (
    r"https?://[^\s，。；）]+|www\.[^\s，。；）]+"
    r"|\[\d{1,3}\]"  # footnote marker
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"  # ISO or slashed date
    r"|\d{3,4}-\d{7,8}(?:-\d{1,4})?"  # landline phone
    r"|(?<!\d)1[3-9]\d{9}(?!\d)"  # mobile phone
    r"|\d{1,2}:\d{2}(?::\d{2})?"  # clock time
)
# Thousands are grouped by commas or by a plain, thin or narrow no-break space (16 257.71).
_NUMBER = r"(?P<num>-?\d{1,3}(?:(?:,|[ \u2009\u202f])\d{3})+(?:\.\d+)?(?!\d)|-?\d+(?:\.\d+)?)"
# Every match starts with one of the characters of the lookahead: it lets the scanner reject
# all other positions with one test instead of trying each alternative.
_LEX = re.compile(rf"(?=[-\d\[hw])(?:(?P<skip>{_NOT_NUMBERS})|{_NUMBER})")
# A text without any of these characters holds no quantity at all: no digit (numbers and all
# skipped spans start with one), no CJK numeral (the tenths of 三成 have one), neither 番
# nor the 持 of 持平 (word quantities), nor the 半 of 近半. 成 and 持 alone are frequent words
# (完成, 支持).
_ANY_QUANTITY = re.compile(
    r"[\d零〇一二两三四五六七八九十百千万亿番持半相](?<!持(?!平))(?<!相(?!同))"
)
_ANY_DIGIT = re.compile(r"\d")
# 营收：1,820亿元，+11.6%: a plus sign opening a percentage (not 5+3, 1+N).
_SIGNED_PERCENT = re.compile(r"(?<![0-9A-Za-z+])\+\d+(?:\.\d+)?%|(?<=[（(])\+(?=\d)")

# Word quantities.
_CHINESE_DIGIT = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# 四成半 = 45 %: a tenth-count is a share when something governs it (占…的, 达, 近 …).
_TENTHS = re.compile(
    r"(?<=[的占达到至近超约逾为有过长降升高多少加在于破了增中足比市省县区国持出和及与、，。；：\n])([一二两三四五六七八九1-9])成"
    # 四成半 is 45 %, 八成五 85 %.
    r"(?:(半)|([一二三四五六七八九1-9])(?![十百千万亿成\d.]))?(?!员|立|果)"
    # 约三成为结构化数据: tenths, then 为 (not 成为, become), after a word of how many.
    r"(?:(?!为)|(?<=[约近超逾][一二两三四五六七八九1-9]成))"
)
# 占比达到一半以上, 约为四分之一, 三分之二的企业: fractions of a whole, governed as tenths are;
# 增长一半, 多出一半: a growth by half.
_FRACTION = re.compile(
    r"(?:(?<=[的占达到近超约逾为有过在于了中足，。；：\n])|(?<=增长|增加|多出|将近|大约)|(?<=差不多))"
    r"(?:一半|([二两三四五六七八九十])分之([一二三四五六七八九]))"
    r"|(?<=[近过超逾])半(?![年月天日数小])"
    # 超过半数, 接近半数, 过半数的企业: half of those counted.
    r"|(?<=[近过超逾])半数"
)
_DOUBLING = re.compile(r"翻(?:了)?([一两二三])?番")
_MORE_AFTER = re.compile(r"多|还多|有余")
_DURATION_LABEL = re.compile(r"时长[】\]：:][^，。；]{0,4}$")
_BENCHMARK_LINE = re.compile(r"的?(?:警戒线|荣枯线|临界点|分界线)")
_NOT_ADDING_UP = re.compile(r"(?:(?:之和|合计|总和)(?:不等于|超过|大于|不足)|不等于)$")
# 1EFLOPS指每秒: inside the definition of a unit.
_DEFINED_AS = re.compile(r"(?<![\d.])1[A-Za-z]{1,8}指[^，。；\d]{0,6}$")
# 两块八 (2.8 yuan), 两块八毛五 (2.85), 三块出头, 五块钱, 四块多: 块 as money, not pieces, by
# what follows it.
_SPOKEN_YUAN_TAIL = re.compile(
    r"(?P<tenths>[一二两三四五六七八九])(?![十百千万亿\d亩米斤公平个块张吨间套台只家人元件处层])"
    r"(?:毛(?P<cents>[一二两三四五六七八九])?)?"
    r"|(?=出头|多钱|钱|多(?![\u4e00-\u9fff])|多(?=[了降涨到]))"
)
# 三毛多, 五毛钱, 三毛五: 毛 as a tenth of a yuan, by what follows it (not 毛利率, 三毛的书).
_SPOKEN_MAO_TAIL = re.compile(r"钱|多|出头|[一二两三四五六七八九]?(?=[，。；！？、\s]|$)")
# 八万多。, 五千出头, 七千五左右, 十二亿多一点: a hedge that ends a bare spoken amount.
_SPOKEN_HEDGE = re.compile(r"(?:多一点|多|出头|左右|上下)?(?=[，。；！？、”」）)]|$|\n)")
# Where a word quantity may be: tenths (a numeral before 成), a doubling, 持平, a half or a
# fraction.
_ANY_WORD_QUANTITY = re.compile(
    r"成(?<=[一二两三四五六七八九1-9]成)|番|持平|半|分之|涨(?<=[一二两三四五六七八九]涨)"
    r"|辖[一二两三四五六七八九十]|(?<=同[期月季])相同"
)
# 八大类价格“五涨三降”, “四涨一平三降”: how many of the kinds rose, held and fell.
_RISE_FALL = re.compile(
    r"(?P<up>[一二两三四五六七八九]涨)(?P<flat>[一二两三四五六七八九]平)?(?P<down>[一二两三四五六七八九]降)"
)
_FLAT = re.compile(
    r"(?<=上年|去年|同期|同月|同季|同比|环比|上月|月末|年末|年初|上季|按年|按季|按月|上期|一期)(?:基本)?持平(?!的)"
    # 与去年同月相同: the same as a time before, no change.
    r"|(?<=与去年同期|与去年同月|与去年同季|与上年同期|与上年同月|与上年同季)相同(?![的之])"
)
# 辖四镇三乡: administrative units counted by a numeral alone (辖9个镇 has its measure word).
_ADMIN_UNITS = re.compile(
    r"(?<=辖)(?:[一二两三四五六七八九十]{1,3}(?:镇|乡|街道)){1,4}(?![\u4e00-\u9fff]{0,1}[区县市])"
)
_ADMIN_UNIT = re.compile(r"([一二两三四五六七八九十]{1,3})(镇|乡|街道)")
# 居住持平: a noun's change of nothing, closing its clause (after a base named before it).
_LISTED_FLAT = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<!上年|去年|同期|同月|同季|同比|环比|上月|月末|年末|年初|上季|按年|按季|按月|基本)(?<!与|和|同)持平(?=[，。；]|$)"
)
# 20个行业增长，2个行业持平: how many members held, not a member's change.
_COUNTED_BEFORE_FLAT = re.compile(r"[\d一二两三四五六七八九十]+(?:个|家|项|类|种)")
_CHANGES_AGAINST_BASE = re.compile(r"(?:比|较)(?:上年|去年|上月|上季度?|年初)|同比|环比")

_RANGE_DASH = "—–~～-至到"
# What joins the two ends of a range (5%—6%, 3至5个); a bare hyphen after a number is a dash.
_RANGE_JOIN = frozenset({"—", "–", "~", "～", "-", "至", "到", "——"})
_UPPER_END = re.compile(r"\d+(?:\.\d+)?")
_DATE_AFTER = re.compile(r"[\d.]+(?:年|月|日|号|季度|时|周)")
_TARGET_NOUN = re.compile(r"(?:年度|全年|预期|调控|控制)?(?:目标|任务)")
# 保持20%以上增长, 两成以上的增速: the rate a bound is of, not a class the bound names.
_RATE_AFTER_BOUND = re.compile(
    r"(?:增长|增速|增幅|涨幅|降幅)(?![\u4e00-\u9fff]{0,2}(?:企业|行业|产业))"
)
_CHANGE_AFTER_BOUND = re.compile(
    r"(?:回落|回升|下降|下滑|上升|提高|提升|增长|减少|增加|扩大|缩小|收窄|降|升)(?:至|到)"
)
# (或以上, 或以下: Hong Kong and Macau write 及以上 so.)
_AFTER_THRESHOLD = ("及以上", "及以下", "以上的", "以下的", "或以上", "或以下")


def _share_of_units(text: str, pos: int, unit: str | None) -> bool:
    """90%以上的行政村通千兆光网: a percentage before 以上的 and a kind of units is the share of
    the units that do what follows, where no count of theirs follows (研发强度3%以上的企业135家
    draws a class)."""
    if unit != "%":
        return False
    share = _SHARE_OF_UNITS.match(text, pos)
    return share is not None and not any(c.isdigit() for c in share.group("rest"))


_SHARE_OF_UNITS = re.compile(
    r"以[上下]的[\u4e00-\u9fff]{0,8}?(?:行政村|村|乡镇|企业|学校|家庭|农户|人口|居民|社区|街道)"
    r"(?P<rest>[^，。；]*)"
)
# Words that open with 制 after a count (230家制造业企业): the 制 of a format (3人制) is not one.
_ZHI_WORDS = ("制造", "制品", "制药", "制作", "制度", "制冷", "制剂", "制备")
_PACKAGE = ("装", "桶装", "瓶装", "袋装", "盒装", "罐装", "箱装")
_STRUCTURE = re.compile(
    r"(\d+(?:\.\d+)?)[∶:：](\d+(?:\.\d+)?)(?:[∶:：](\d+(?:\.\d+)?))?(?![\d.∶:：])"
)
# 两者之比约为26∶74, 比例为3∶7: a ratio of two parts said to be one, of their whole.
_TWO_PARTS_OF = re.compile(r"(?:之比|比例|比值|结构|比)(?:约|大约|大致|大体)?(?:为|是|达|约)?$")


def _structure_scale(m: re.Match[str], text: str) -> float | None:
    """The factor to percent of the parts of a whole a ratio gives (三次产业结构为a∶b∶c: 1), or
    None for another ratio: three parts summing to 100; two, said to be a ratio, to 100 or 10."""
    parts = [float(g) for g in m.groups() if g is not None]
    total = sum(parts)
    if len(parts) == 3:
        return 1.0 if abs(total - 100) <= 0.5 else None
    if not _TWO_PARTS_OF.search(text, max(0, m.start() - 6), m.start()):
        return None
    if abs(total - 100) <= 0.5:
        return 1.0
    return 10.0 if total == 10 else None


_TO_ONE = re.compile(r"[∶:：]1(?![\d.∶:：])")
# Both patterns need a colon right after the number the scanner found (a structure's first
# part is that whole number; a grouped one, 1,234, is never a part): most numbers have none,
# and are spared the two patterns.
_RATIO_COLONS = frozenset("∶:：")
_ISSUE_BEFORE = re.compile(r"第[\d\-—－年]*$")
_GRADE_SUFFIXES = ("级", "星", "档", "代", "型", "类", "期", "版", "维", "线", "轮")
_QUAL_FIRST = frozenset("左上以多余出还有开")  # first characters of the words below
_QUAL_AFTER = (
    ("左右", "about"),
    ("上下", "about"),
    ("以上", "over"),
    ("以下", "under"),
    ("以内", "under"),
    ("多", "over"),
    ("余", "over"),
    # 是五年前的三倍还多, 一倍有余, 两万三千户开外: more than that.
    ("还多", "over"),
    ("有余", "over"),
    ("开外", "over"),
    # 两万九千元出头: a little over. (Last: spoken sums read it alone with the first four.)
    ("出头", "over"),
)


class Quantity(NamedTuple):
    """A number token: ``text[start:end]`` is its value text (number, magnitude, unit and
    trailing qualifiers such as 左右)."""

    start: int
    end: int
    value: float
    unit: str | None
    unit_written: str | None
    qualifier: str | None = None  # from 多/余/左右/以上 … inside or after the token
    word_measure: str | None = None  # the measure a word quantity implies (成 → share)
    magnitude_text: str = ""
    rule: str = "number"
    range_bound: str | None = None  # "lower"/"upper" for an end of a range (5%—6%)


_QUOTE_NAME_MAX = 16


def _inside_short_quote(text: str, pos: int, floor: int) -> bool:
    """Inside a short quotation without clause punctuation: a name or a slogan (“1+N”,
    “15分钟生活圈”), whose numbers are part of the name."""
    opened = text.rfind("“", max(floor, pos - _QUOTE_NAME_MAX), pos)
    if opened == -1 or text.rfind("”", opened, pos) != -1:
        return False
    closed = text.find("”", pos, opened + _QUOTE_NAME_MAX + 2)
    if closed == -1:
        return False
    return not any(mark in text[opened:closed] for mark in "，。；：,;")


# 20岁以下、20—29岁: an age class followed by the next class of a list.
_AGE_LIST_NEXT = re.compile(r"(?:及?以[上下])?(?:、|和|及)\s*\d")


def _is_category_head(text: str, pos: int) -> bool:
    """A noun right after the unit makes the number part of a category name (3岁儿童)."""
    return pos < len(text) and (
        (
            "\u4e00" <= text[pos] <= "\u9fff"
            and text[pos] not in "的和或左以及多余，。；、"
            # 由78.6岁提高到79岁: a change goes on from the figure.
            and _CHANGE_AFTER_BOUND.match(text, pos) is None
        )
        or text.startswith(_AFTER_THRESHOLD, pos)
    )


def _inside_title(text: str, pos: int, floor: int) -> bool:
    """Inside 《…》 (a document title, whose years and numbers are not statistics)."""
    opened = text.rfind("《", floor, pos)
    return opened != -1 and text.rfind("》", opened, pos) == -1


_INDEX_BASE = re.compile(r"(?:以[^，。；]{1,10}为|[=＝])\s*$")


# 至40万元的村: the upper bound of a range that draws a class, after its lower bound.
_RANGE_OF_A_CLASS = re.compile(
    r"(?:至|到|[—–～~-])[\d.]+[万亿千百]{0,2}[\u4e00-\u9fff%]{0,2}的(?=[\u4e00-\u9fff])"
)


# 审查周期压减至15.3个月, 基金可支付约15个月: a duration that is itself the measure.
_DURATION_MEASURED = re.compile(r"(?:周期|时间|时长|期限|可支付|月数)[^，。；]{0,6}$")


# 9天春节假期, 假期共8天: the length of a holiday, the window its figures are of.
_HOLIDAY_AFTER_DAYS = re.compile(r"(?:的)?[\u4e00-\u9fff“”]{0,5}?(?:假期|长假|黄金周)")
_HOLIDAY_BEFORE_DAYS = re.compile(r"(?:假期|长假|黄金周)(?:共|为期|延长至|延长到|增至)?$")
# 31家/95个: a count in its own unit before the slash, not a rate's numerator.
_COUNT_BEFORE_SLASH = re.compile(r"\d\s*[\u4e00-\u9fff]{1,2}\s*/$")


# （PDF，3.2MB）, [DOCX 856KB]: the type of an attached file, just before its size.
_FILE_TYPE_BEFORE = re.compile(
    r"(?:PDF|pdf|DOCX?|docx?|XLSX?|xlsx?|WPS|wps|OFD|ofd|ZIP|zip|RAR|rar|文件大小|大小)"
    r"[\s，,：:、/|]*$"
)


# 表 or 图 opening a line or after 附, 续, 见 (not 代表, 发表, 地图).
_TABLE_NUMBER_BEFORE = re.compile(
    r"(?:^|(?<=[\s（(，。；：:、])|(?<=[附续见]))[表图]\s*(?:\d{1,2}[-－—.])?$", re.M
)


# 2-5 人口主要指标 as a line of its own: a yearbook's chapter and table number before the title
# (not the range 2 to 5 persons), as the table title rule reads it.
_YEARBOOK_TABLE_NUMBER = re.compile(
    r"[ \t\u3000]*\d{1,2}[-－]\d{1,2}[ \t\u3000]*[\u4e00-\u9fff][^\n\t|｜，。；]{1,40}(?:\n|$)"
)
_AGE_SPAN_OPENED = re.compile(r"[（(](?:\d{1,3}[—–\-~至到])?$")
_STAY_BEFORE = re.compile(r"留宿|住宿|逗留|过夜|停留|入住")
# (以91.4分位居第一, 以88分排名第二: the score a rank was won with; not 75分位数)
_SCORE_END = re.compile(
    r"$|[^\u4e00-\u9fff]|[，。；、和及与以左上（）]|位居|居[首第前末]|排名|排在|名列|列第"
)


# 阅读 1.3万　点赞 426, 【浏览量：2,418】: the counters a web page or an app shows beside an
# article, no statistic of the text (a count with its unit, 阅读量3.6亿人次, is one).
_ENGAGEMENT_BEFORE = re.compile(
    r"(?:阅读量?|浏览量?|点击量?|播放量?|点赞|(?<![称盛])赞|在看|评论|跟帖|转发|分享|收藏)[：:]?$"
)


def _reject(
    text: str,
    start: int,
    end: int,
    num: str,
    unit_end: int,
    unit: str | None,
    has_magnitude: bool,
    floor: int,
) -> str | None:
    """Why the number at ``start:end`` is not a statistic, or None if it may be one."""
    before = text[max(floor, start - 2) : start]
    after = text[end : end + 4]
    if before.endswith("第") or before.endswith("连续"):
        return "ordinal_or_streak"
    if unit in ("期", "轮") and (num.startswith("0") or _ISSUE_BEFORE.search(text, floor, start)):
        return "issue_number"  # 简报第2027-04期, 第3轮: the number of an issue or a round
    if unit is None and _ENGAGEMENT_BEFORE.search(text, max(0, start - 4), start):
        return "page_engagement"  # 阅读3.6万, 浏览量：2,418: a web page's own counters
    if _TABLE_NUMBER_BEFORE.search(text, max(0, start - 6), start):
        return "table_number"  # 表2-1人口主要指标, 附表3, 图2: a table's or a chart's number
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start <= 6 and _YEARBOOK_TABLE_NUMBER.match(text, line_start):
        return "table_number"
    if unit == "晚" and not _STAY_BEFORE.search(text, max(0, start - 30), start):
        return "not_nights"  # 3日晚, 今晚: an evening, not nights of a stay
    if unit == "分" and (
        # 得分86.4分, 提高3.2分、…: points of a score end their word; 百分之, 分辨率, 分机,
        # 2.2分领域 (a section), 16时30分 (a time of day) and 满分5分 (the scale) are none.
        not _SCORE_END.match(text, unit_end)
        or before.endswith(("时", "满分"))
        or text.endswith("满分", max(floor, start - 3), start)
    ):
        return "not_score_points"
    if unit == "年" and _ITEM_THEN_YEAR.fullmatch(num):
        return "item_number"  # 附件：1.2027年重点工作任务分工表: item 1, then a year
    if before.endswith(("拨打", "致电")) or (
        unit is None
        and (before.endswith(("热线", "电话")) or text.startswith(("热线", "服务热线"), end))
    ):
        return "phone"  # 请拨打12315, 96888服务热线 (not 拦截诈骗电话2860万次)
    if (
        before.endswith("前")
        and unit in COUNT_WORDS
        and not before.endswith(("提前", "之前", "以前", "目前", "此前"))
    ):
        return "top_group"  # 营业收入排名前20位的企业: a group by rank, not a count
    if before[-1:] in ("×", "÷"):
        return "formula"  # 资产负债率=负债总额÷资产总额×100%: how a rate is computed
    if unit == "%" and num == "100" and _NOT_ADDING_UP.search(text, max(floor, start - 6), start):
        return "rounding_note"  # 各项之和不等于100%, 多选项比例之和超过100%: a note on the table
    if before[-1:].isascii() and before[-1:].isalpha():
        return "name"  # G20, PM2.5
    if after.startswith("+") or (
        before.endswith("+") and not _SIGNED_PERCENT.match(text, start - 1)
    ):
        return "name"  # “5+3”, “1+N”
    if unit == "点" and before.endswith(("上午", "下午", "晚上", "凌晨", "中午", "早上", "傍晚")):
        return "clock_time"  # 上午10点
    if unit == "位" and (
        before.endswith(("前移", "后移", "前进", "后退"))
        or (
            before.endswith(("上升", "提升", "下降", "下滑", "跃升"))
            and text.find("第", max(floor, start - 16), start) != -1
        )
    ):
        return "rank_move"  # 居全国第16位，较上年前移3位: places in a ranking, no count
    if unit == "位" and text.startswith("数", unit_end):
        return "digits"  # 降幅接近两位数, 保持两位数增长: how many digits, no count
    if ("线" in (line_after := text[unit_end : unit_end + 4]) or "点" in line_after) and (
        _BENCHMARK_LINE.match(text, unit_end)
    ):
        return "benchmark"  # 接近1.5的警戒线, 高于50%的荣枯线: a line figures are read against
    if text.find("时长", max(floor, start - 8), start) != -1 and _DURATION_LABEL.search(
        text, max(floor, start - 8), start
    ):
        return "duration_label"  # 【时长】3分08秒: how long the programme runs
    if unit in ("KB", "MB", "GB", "K", "M") and _FILE_TYPE_BEFORE.search(
        text,
        max(0, start - 12),
        start,  # (the comma after PDF may have opened a clause)
    ):
        return "file_size"  # 报告全文（PDF，3.2MB）: the size of an attached file
    if text.startswith("指", unit_end) and num in ("1", "一"):
        return "definition"  # 1PFLOPS指每秒1000万亿次浮点运算: what the unit means
    if text.find("指", max(floor, start - 8), start) != -1 and _DEFINED_AS.search(
        text, max(floor, start - 16), start
    ):
        return "definition"  # …指每秒1000万亿次: the definition of a unit, no statistic
    if unit == "天" and (
        _HOLIDAY_AFTER_DAYS.match(text, unit_end)
        or _HOLIDAY_BEFORE_DAYS.search(text, max(floor, start - 8), start)
    ):
        return "holiday_length"  # 5天假期, 假期8天: the window the figures are of
    if before.endswith("每") or (
        before.endswith("/")
        and not (
            unit is not None and _COUNT_BEFORE_SLASH.search(text, max(floor, start - 8), start)
        )
    ):
        return "definition"  # 每10万人 (31家/95个 is two counts)
    if num == "100" and unit is None and _INDEX_BASE.search(text, max(floor, start - 12), start):
        return "index_base"  # 以女性为100, 上年=100: the base an index or ratio is read against
    if unit is None and not has_magnitude and _TENTHS.match(text, start) and len(num) == 1:
        return "tenths_word"  # 年增逾3成: read as a share in words
    if after[:1] in _RANGE_DASH and _DATE_AFTER.match(text, end + 1):
        return "date_range"  # 1—4月, 2024—2028年 (5—6% and 3至5个 are ranges: kept)
    upper = _UPPER_END.match(text, end + 1) if after[:1] in _RANGE_DASH else None
    if (
        upper is not None
        and unit is None
        and text[upper.end() : upper.end() + 1] not in _RANGE_DASH
    ):
        # 0—6岁儿童: the lower end of a range is what its upper end is.
        up_unit = read_unit(text, upper.end())
        why = _reject(
            text,
            upper.start(),
            upper.end(),
            upper.group(),
            up_unit.end,
            up_unit.unit_written,
            bool(up_unit.magnitude_text),
            floor,
        )
        if why is not None:
            return "range_of_" + why
    if after.startswith("级") or (
        unit is not None
        and (
            text.startswith("级", unit_end)
            or (text.startswith("制", unit_end) and not text.startswith(_ZHI_WORDS, unit_end))
        )
    ):
        return "grade"  # 30万千瓦级机组, 30万吨级航道, 3人制篮球 (not 230家制造业企业)
    if unit is not None and text.startswith(_PACKAGE, unit_end):
        return "package_size"  # 5升桶装菜籽油, 50公斤装化肥
    if unit == "岁" and text.startswith("的", unit_end):
        return "age"  # 32岁的店主: a person's age
    if unit == "岁" and _is_category_head(text, unit_end):
        return "age_category"  # 0—6岁儿童, 60岁及以上老年人
    if (
        unit == "岁"
        and text[unit_end : unit_end + 1] in ("）", ")")
        and (_AGE_SPAN_OPENED.search(text, max(0, start - 8), start))
    ):
        return "age_category"  # 劳动年龄人口（16—59岁）: the ages a group is defined by
    if unit == "岁" and _AGE_LIST_NEXT.match(text, unit_end):
        return "age_category"  # 20岁以下、20—29岁、…网民: the classes of a list
    if text[max(0, start - 3) : start].endswith(("标准（", "标准(", "限值（", "限值(")):
        return "standard"  # 低于国家二级标准（70微克/立方米）: the standard, not a reading
    if _inside_short_quote(text, start, floor):
        return "name"  # “10分钟品质文化生活圈”, “3个100万”, “三个80%”
    if (
        after.startswith(TIME_UNITS)
        and not has_magnitude
        and not ("." in num and unit == "年" and not after.startswith(("年代", "年度")))
        and not ("." in num and unit == "日")  # 逗留1.2日: days with decimals are a duration
        and not ("." in num and unit in ("周", "个月"))  # 平均失业21.3周, 平均3.5个月
        and not (
            after.startswith("个月")
            and _DURATION_MEASURED.search(text, max(floor, start - 12), start)
        )
    ):
        return "date_or_duration"
    if unit is None and not has_magnitude:
        if after[:1].isascii() and after[:1].isalpha():
            return "name"  # 5G, 3D, 1000M, 5A
        if after.startswith(_GRADE_SUFFIXES):
            return "grade"
        if after[:1] in ".、" and (start == floor or text[start - 1] in "\n（("):
            return "section_number"
        if after[:1] in ":：" and after[1:2].isdigit():
            return "ratio"
    if unit in ("个月", "天") and before.endswith("近"):
        return "streak"
    if (
        unit in ("天", "日", "周", "个月")
        and before.endswith("前")
        and not before.endswith(("提前", "之前", "以前", "目前", "此前"))
    ):
        return "window"  # 春运前20天: the span the figures are of, no count of days
    if (
        text.startswith(_AFTER_THRESHOLD, unit_end)
        and not _share_of_units(text, unit_end, unit)
        # 完成2.9%以上的目标: the bound of a target, which is a figure; so is 力争15%以上的
        # 增速 of a rate.
        and not (
            text.startswith("的", unit_end + 2)
            and (
                _TARGET_NOUN.match(text, unit_end + 3)
                or _RATE_AFTER_BOUND.match(text, unit_end + 3)
            )
        )
    ):
        return "threshold"
    if _bounds_a_class(text, start, unit_end, unit, floor):
        return "threshold"  # 产值超20亿元的龙头企业: a class of enterprises, not a figure
    if (
        unit not in COUNT_WORDS
        and unit not in ("%", "‰")
        and text.startswith("的", unit_end)
        and _is_cjk_noun(text, unit_end + 1)
        and (before.endswith(("至", "到")) or before[-1:] in _RANGE_DASH)
    ) or (
        text[unit_end : unit_end + 1] in _RANGE_DASH
        and unit not in (*COUNT_WORDS, "%", "‰")
        and _RANGE_OF_A_CLASS.match(text, unit_end)
    ):
        return "threshold"  # 20万元至40万元的村: the bounds of a class of villages
    if text.startswith("的占", unit_end) and (
        before.endswith(("至", "到", "不足", "不到", "少于", "低于", "小于"))
        or before[-1:] in _RANGE_DASH
    ):
        # 每月3—5件的占41%, 不足1天的占…: the bounds of a class, whose share follows.
        return "threshold"
    if _inside_title(text, start, floor):
        return "title"
    return None


class _CompoundRest(NamedTuple):
    head: float  # the magnitude of the number before the rest (兆 of 3兆1,420亿元)
    rest: str  # the digits of the rest
    unit: UnitMatch  # the rest's magnitude and the amount's unit, ending where the amount does


# 3兆1,420亿元, 1亿5000万元: an amount in a large magnitude and the rest of it in a smaller one.
_COMPOUND_HEAD = re.compile(r"(兆|万亿|亿|万)(\d[\d,]*(?:\.\d+)?)")
_HEAD_MAGNITUDE = {"兆": 1e12, "万亿": 1e12, "亿": 1e8, "万": 1e4}


def _compound_rest(text: str, pos: int) -> _CompoundRest | None:
    head = _COMPOUND_HEAD.match(text, pos)
    if head is None:
        return None
    magnitude = _HEAD_MAGNITUDE[head.group(1)]
    unit = read_unit(text, head.end())
    if (
        unit.unit_written is None
        or unit.unit_written.startswith(TIME_UNITS)
        or unit.magnitude >= magnitude
        or unit.approx_marker
    ):
        return None
    return _CompoundRest(magnitude, head.group(2).replace(",", ""), unit)


# HK$, US$, MOP$, NT$, RMB¥: a currency's sign, written before the amount.
_CURRENCY_SIGN = re.compile(r"(?<![A-Za-z])(HK|US|MOP|NT)\$$|(RMB|)[￥¥]$")
_SIGN_CURRENCY = {
    "HK": "港元",
    "US": "美元",
    "MOP": "澳门元",
    "NT": "新台币",
    "RMB": "元",
    "": "元",
}


def may_hold_quantity(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a quantity (False: ``lex`` finds none there)."""
    return _ANY_QUANTITY.search(text, start, end) is not None


def lex(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantities in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    if _ANY_QUANTITY.search(text, start, end) is None:
        return []
    found: list[Quantity] = []
    last_end = -1
    numbers = _LEX.finditer(text, start, end) if _ANY_DIGIT.search(text, start, end) else ()
    for match in numbers:
        if match.group("skip") or match.start() < last_end:
            continue
        num = match.group("num")
        n_start, n_end = match.span("num")
        colon_after = text[n_end : n_end + 1] in _RATIO_COLONS
        structure = _STRUCTURE.match(text, n_start, end) if colon_after else None
        scale = _structure_scale(structure, text) if structure is not None else None
        if structure is not None and scale is not None:
            # 三次产业结构为11.4∶42.2∶46.4: the shares of the parts of a whole, in order.
            for part in range(1, 4 if structure.group(3) else 3):
                found.append(
                    Quantity(
                        structure.start(part),
                        structure.end(part),
                        float(Decimal(structure.group(part)) * Decimal(scale)),
                        "%",
                        None,
                        word_measure="share",
                        rule=f"structure_part_{part}",
                    )
                )
            last_end = structure.end()
            continue
        if (
            num.startswith("-")
            and n_start > 0
            and (
                (text[n_start - 1].isascii() and text[n_start - 1].isalnum())
                or (
                    n_start == last_end
                    # 41.3亿美元-3.8%: an amount, then its fall in percent (not 5%-6%).
                    and not (
                        text.startswith("%", n_end)
                        and found
                        and found[-1].unit not in (None, "%")
                        and not text[n_start - 1].isdigit()
                    )
                )
            )
        ):
            # "2024-2025", "5%-6%", "3万-5万": a hyphen right after a number is a dash (a
            # range), not a sign.
            num = num[1:]
            n_start += 1
        to_one = _TO_ONE.match(text, n_end) if colon_after else None
        if to_one is not None and not _reject(text, n_start, n_end, num, n_end, "∶", False, start):
            # 收入之比由2.6∶1缩小到2.1∶1: a ratio to one is its first term.
            found.append(
                Quantity(n_start, to_one.end(), float(num), None, None, rule="ratio_to_one")
            )
            last_end = to_one.end()
            continue
        unit = read_unit(text, n_end)
        compound = (
            _compound_rest(text, n_end)
            if unit.unit_written is None and text[n_end : n_end + 1] in "兆亿万"
            else None
        )
        if compound is not None:
            unit = compound.unit
        elif (
            unit.unit_written is None
            and n_start > 0
            and text[n_start - 1] in "$￥¥"
            and (sign := _CURRENCY_SIGN.search(text, max(0, n_start - 4), n_start)) is not None
        ):
            # 约HK$2.5亿, US$3,200万: the currency written as a sign before the amount.
            unit = unit._replace(unit_written=_SIGN_CURRENCY[sign.group(1) or sign.group(2)])
            n_start = sign.start()  # (the amount's words before it come before the sign)
        elif (
            unit.unit_written is None
            and not unit.magnitude_text
            and "." in num
            and text.startswith("日", unit.end)
        ):
            # 平均逗留时间为1.2日: days as a duration; a day of the month has no decimals.
            unit = unit._replace(unit_written="日", end=unit.end + 1)
        reason = _reject(
            text, n_start, n_end, num, unit.end, unit.unit_written, bool(unit.magnitude_text), start
        )
        if reason:
            continue
        if unit.unit_written == "个月" and not _DURATION_MEASURED.search(
            text, max(start, n_start - 12), n_start
        ):
            continue  # 3个月: a span of the calendar, unless a duration is what is measured
        # Decimal so that 4.31万亿 is 4310000000000, not 4309999999999.9995.
        digits = num
        if len(num) > 4:  # a number grouped by separators (1,234) has at least five characters
            digits = (
                num.replace(",", "").replace(" ", "").replace("\u2009", "").replace("\u202f", "")
            )
        if compound is not None:
            value = float(
                Decimal(digits) * Decimal(compound.head)
                + Decimal(compound.rest) * Decimal(unit.magnitude)
            )
        elif unit.magnitude == 1.0 and len(digits) <= 20:
            # Without a magnitude the product is the number itself (Decimal keeps 28 digits),
            # and float() of a decimal string rounds as float() of the Decimal does.
            value = float(digits)
        else:
            value = float(Decimal(digits) * Decimal(unit.magnitude))
        tok_end = unit.end
        qualifier = "over" if unit.approx_marker else None
        if (
            text.startswith(("以上", "以下"), tok_end)
            # 年收入40万元以上的村: 的 may join the threshold to its class.
            and _is_cjk_noun(text, tok_end + 2 + text.startswith("的", tok_end + 2))
            and unit.unit_written not in COUNT_WORDS
            # 1100万人以上目标任务, 7%以上的预期目标: the bound of a target, which is a figure.
            and not _TARGET_NOUN.match(text, tok_end + 2 + text.startswith("的", tok_end + 2))
            and not _RATE_AFTER_BOUND.match(text, tok_end + 2 + text.startswith("的", tok_end + 2))
            and not _share_of_units(text, tok_end, unit.unit_written)
            # 从70%以上回落至30%: a change from the bound, no class.
            and not _CHANGE_AFTER_BOUND.match(text, tok_end + 2)
        ):
            # 3岁以下婴幼儿, 50万元以上行政村: a threshold inside a category name; a count
            # (150家以上企业) is a count with a qualifier.
            continue
        for word, qual in _QUAL_AFTER if text[tok_end : tok_end + 1] in _QUAL_FIRST else ():
            if text.startswith(word, tok_end):
                # 多/余 after the unit only before another measure word ("20多万" is handled
                # by the magnitude reader); 以上 must not be part of 及以上 (threshold).
                # (增长了3倍多: more than three times, 多 closing the figure.)
                if word in "多余" and unit.unit_written not in (None, "倍"):
                    continue
                qualifier = qual
                tok_end += len(word)
                break
        found.append(
            Quantity(
                start=n_start,
                end=tok_end,
                value=value,
                unit=base_unit(unit.unit_written),
                unit_written=(unit.magnitude_text + (unit.unit_written or "")) or None,
                qualifier=qualifier,
                magnitude_text=unit.magnitude_text,
                rule="number" + ("+" + unit.magnitude_text if unit.magnitude_text else ""),
            )
        )
        last_end = tok_end
    if _ANY_WORD_QUANTITY.search(text, start, end):
        found.extend(_word_quantities(text, start, end))
    if _CJK_RUN_WORTH_READING.search(text, start, end):
        found.extend(_cjk_quantities(text, start, end, found))
    found = _signed_by_word(text, found, start)
    if len(found) < 2:
        return found  # ranges and exchange rates take two quantities
    found.sort(key=lambda q: q.start)
    return _ranges(text, _shared_point_unit(text, _exchange_rates(text, found)))


_LIST_JOIN = frozenset({"、", "和", "及", "与"})


# What the minus sign 负 follows: a verb of change or contribution, 为/是, a list's joint.
_BEFORE_SIGN_WORD = frozenset("献动长速幅率为是达至到及和与、，,：:（( \t")


def _signed_by_word(text: str, found: list[Quantity], floor: int) -> list[Quantity]:
    """``贡献负3.08个百分点``, ``增长负2.1%``: 负 right before a number is its minus sign (not
    the 负 of a word: 减负24.6亿元, 正负0.5%)."""
    for i, q in enumerate(found):
        if (
            q.start > floor
            and text[q.start - 1] == "负"
            and q.value > 0
            and (q.start - 2 < floor or text[q.start - 2] in _BEFORE_SIGN_WORD)
        ):
            found[i] = q._replace(start=q.start - 1, value=-q.value, rule=q.rule + "+sign_word")
    return found


def _shared_point_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """``拉动2.4个和2.7个百分点``: a 个 cut short before a list separator is the 个百分点 the
    list's last value writes out; so is the unit of a bare number before it (``高于2.7和4.5个
    百分点``, ``增长3.1、4.2%``)."""
    for i in range(len(found) - 2, -1, -1):
        q, nxt = found[i], found[i + 1]
        if text[q.end : nxt.start] not in _LIST_JOIN:
            continue
        cut_short = q.unit_written == "个" and nxt.unit == "个百分点"
        bare = (
            q.unit is None
            and not q.magnitude_text
            and q.word_measure is None
            and nxt.unit in ("个百分点", "%")
            and nxt.word_measure is None
        )
        if cut_short or bare:
            found[i] = Quantity(
                q.start,
                q.end,
                q.value,
                nxt.unit,
                nxt.unit_written,
                q.qualifier,
                q.word_measure,
                q.magnitude_text,
                rule=q.rule + "+shared_point_unit",
            )
        elif (
            q.unit is None
            and q.magnitude_text
            and q.word_measure is None
            and nxt.unit is not None
            and nxt.magnitude_text
            and nxt.word_measure is None
        ):
            # 分别为44.5亿、20.4亿和18.9亿元: each value has its magnitude and shares the unit
            # the list's last value writes out.
            own_unit = (nxt.unit_written or "")[len(nxt.magnitude_text) :]
            found[i] = q._replace(
                unit=nxt.unit,
                unit_written=q.magnitude_text + own_unit,
                rule=q.rule + "+shared_list_unit",
            )
    return found


_CHANGED_BY = re.compile(
    r"(?:增加|减少|提高|下降|降低|增长|上升|扩大|缩小|回落|净增|净减|新增|上涨|下跌)约?$"
)


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """``5%—6%``, ``5—6%``, ``3至5个``, ``4万-5万人``: each end of a range is its own quantity,
    marked lower/upper; an end written without unit or magnitude takes those of the other."""
    out = list(found)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        if low.range_bound is not None or text[low.end : high.start] not in _RANGE_JOIN:
            continue
        if low.word_measure or high.word_measure:
            continue
        if low.unit is not None and high.unit is not None and low.unit != high.unit:
            continue
        if (
            low.unit is not None
            and text[low.end : high.start] in ("至", "到")
            and _CHANGED_BY.search(text, max(0, low.start - 4), low.start)
            and abs(high.value) >= 3 * abs(low.value)
        ):
            continue  # 减少2300人至11.9万人: a change, then the level it reached
        if (
            low.unit is None
            and high.unit is None
            and not (low.magnitude_text or high.magnitude_text)
            # PUE在1.20—1.30之间, 指数介于98.5至101.2: pure numbers with decimals, said to be
            # a span.
            and not (
                "." in text[low.start : low.end]
                and "." in text[high.start : high.end]
                and (
                    text.startswith("之间", high.end)
                    or text.endswith(("介于", "介乎"), max(0, low.start - 2), low.start)
                )
            )
        ):
            continue  # two bare numbers with a dash: a code or a date, not a range
        lo_value, lo_unit, lo_written, lo_mag = (
            low.value,
            low.unit,
            low.unit_written,
            low.magnitude_text,
        )
        if low.unit is None and low.magnitude_text:
            # 4万-5万人: the lower end has its own magnitude and shares the unit.
            own_unit = (high.unit_written or "")[len(high.magnitude_text) :]
            lo_unit, lo_written = high.unit, low.magnitude_text + own_unit
        elif low.unit is None:
            # 5—6%, 3至5万个: the lower end is written without unit or magnitude.
            scale = high.value / _digits_value(text, high) if _digits_value(text, high) else 1.0
            lo_value = low.value * scale
            lo_unit, lo_written, lo_mag = high.unit, high.unit_written, high.magnitude_text
        out[i] = Quantity(
            low.start,
            low.end,
            lo_value,
            lo_unit,
            lo_written,
            low.qualifier,
            None,
            lo_mag,
            rule=low.rule + "+range_lower",
            range_bound="lower",
        )
        out[i + 1] = Quantity(
            high.start,
            high.end,
            high.value,
            high.unit,
            high.unit_written,
            high.qualifier,
            None,
            high.magnitude_text,
            rule=high.rule + "+range_upper",
            range_bound="upper",
        )
    return out


def _digits_value(text: str, q: Quantity) -> float:
    """The written digits of a quantity, without its magnitude (6 of 6万)."""
    m = re.match(r"-?[\d,. \u2009\u202f]*\d", text[q.start : q.end])
    if not m:
        return 0.0
    digits = re.sub(r"[, \u2009\u202f]", "", m.group())
    try:
        return float(digits)
    except ValueError:
        return 0.0


def _bounds_a_class(text: str, start: int, unit_end: int, unit: str | None, floor: int) -> bool:
    """Whether the amount at ``start:unit_end`` after 超/逾 is the lower bound of a class
    (收入超20亿元的企业), not a figure: 的 and a noun follow it, or a class noun and its count
    (营收超百亿元企业5家)."""
    before = text[max(floor, start - 2) : start]
    if before.endswith(("不足", "不到", "低于", "少于", "小于")):
        # 增速不足2%的县有3个: the upper bound of a class; not 低于5%的水平, 不足两成的份额.
        # (不足3%的企业: a share of the enterprises, unless a rate is what is bounded)
        return (
            text.startswith("的", unit_end)
            and _is_cjk_noun(text, unit_end + 1)
            # (不足5万元的有3个: the class's members are counted by a rule of their own)
            and text[unit_end + 1] not in "有占为是达"
            and not _TARGET_NOUN.match(text, unit_end + 1)
            and not _LEVEL_NOUN.match(text, unit_end + 1)
            and (
                unit not in ("%", "‰")
                or _RATE_BOUNDED.search(text, max(floor, start - 6), start - 2) is not None
            )
        )
    if not before.endswith(("超", "逾", "超过", "高于", "大于")):
        return False
    if text.startswith("的", unit_end):
        # 高于86%的目标: a target is a figure, not a class. 其中规模超过500P的3个: the class's
        # members counted among those just named, their noun left out.
        if _COUNT_OF_CLASS.match(text, unit_end + 1) and text.find("其中", floor, start) != -1:
            return unit not in ("%", "‰")
        return _is_cjk_noun(text, unit_end + 1) and not _TARGET_NOUN.match(text, unit_end + 1)
    return (
        unit not in COUNT_WORDS
        and unit not in ("%", "‰")
        and _CLASS_THEN_COUNT.match(text, unit_end) is not None
    )


_COUNT_OF_CLASS = re.compile(
    r"(?:有|共|达)?[\d一二两三四五六七八九十]{1,4}(?:个|家|座|所|项|台|户|条)"
)
# 低于5%的水平, 不足一成的份额: the figure itself, set against a level or part of a whole.
_LEVEL_NOUN = re.compile(
    r"水平|份额|比重|比例|占比|幅度|速度|增速|增幅|标准|平均|均值|底线|红线|警戒线"
)
_RATE_BOUNDED = re.compile(r"(?:增速|增幅|增长|涨幅|降幅|率|占比|比重)$")
# 企业5家, 产业集群达到3个, 直播间1.4万个: a class noun right after an amount, then its count.
_CLASS_THEN_COUNT = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:企业|公司|项目|集群|城市|园区|基地|平台|行业|产业|品牌|门店|商户"
    r"|主体|直播间|工厂|机构|景区|单位|县|镇|村)"
    r"(?:有|达|达到|共|共有|数量|总数)?[\d０-９一二两三四五六七八九十百千]"
)


def _is_cjk_noun(text: str, pos: int) -> bool:
    return pos < len(text) and "\u4e00" <= text[pos] <= "\u9fff" and text[pos] not in "的和或"


_CJK_DIGITS = "零〇一二两三四五六七八九"
# The only lone CJK numerals that can be counts (一 is an article, 十/百/千/万/亿 alone name a
# class, 零 is zero).
_LONE_COUNTS = frozenset("二两三四五六七八九")
_CJK_POSITIONS = {"十": 10, "百": 100, "千": 1000}
_CJK_RUN = re.compile(
    r"(?P<pct>百分之)?(?P<n>[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)"
)
# Where a run of _CJK_RUN can be more than a lone numeral that is no count (进一步, 十分): a
# numeral of _LONE_COUNTS, a numeral followed by another or by 点, a percentage (百分之), or
# 一倍, or 十几. Most clauses with a CJK numeral have none of these, and _cjk_quantities would find
# nothing there. The pattern opens with the numeral class (the other conditions look back at
# it), so that the scanner jumps from numeral to numeral.
_CJK_RUN_WORTH_READING = re.compile(
    r"[零〇一二两三四五六七八九十百千万亿]"
    rf"(?:(?<=[{''.join(sorted(_LONE_COUNTS))}])|[零〇一二两三四五六七八九十百千万亿]|点"
    r"|(?<=百)分之|(?<=一)倍|(?<=十)[几多余]|(?<=十)(?=[个家项所条座件处套间])"
    r"|(?<=一)[块毛]|(?<=[百千])来"
    # 逾千家, 突破百亿: a magnitude alone after the last character of a cue (_MAGNITUDE_CUE).
    r"|(?<=[逾超过近约破达到上越][百千万亿]))"
)
_ITEM_THEN_YEAR = re.compile(r"\d{1,2}\.(?:19|20)\d\d")
_COUNT_AFTER_OBJECT = re.compile(
    r"(?:新增|新建|创建|建成|获批|认定|新认定|培育|引进|落地|入选|获评|创成)[\u4e00-\u9fff“”]{2,16}$"
)
_MAGNITUDE_CUE = re.compile(r"(?:突破|首破|逾|超过?|达到?|近|约|迈上|跨越|站上)$")
# 迈上万亿元台阶, 突破万亿元: a magnitude alone after a cue of passing it, one of it (not
# 签约亿元以上项目, whose 约 is no cue and whose 以上 makes a class).
_MAGNITUDE_ALONE = {"万": 1e4, "亿": 1e8, "万亿": 1e12}
_PASSING_CUE = re.compile(r"(?:突破|首破|逾|超过|迈上|跨越|站上)$")
_APPROACHING_CUE = re.compile(r"(?:接近|将近|逼近)$")
# A lone small numeral (两家, 三个) is a count only where a verb or copula governs it; 一 alone
# is an article in prose (一批, 一个), never a count.
# 十个乡镇, 幼儿园两所: measure words of things counted (COUNT_WORDS less 位 and 名, which
# also rank: 居前三位).
_THINGS_COUNTED = frozenset("个家项所条座件处套间")
_NOUN_BEFORE_COUNT = re.compile(r"[\u4e00-\u9fff”](?<![这那每各第哪几其唯之了的有是为])$")
_CJK_CUE = re.compile(
    r"(?:为|达到?|共有?|有|辖|增加|减少|新增|超过?|突破|近|约|逾|累计|总计|合计|至|增长|提高|扩大"
    # 快了差不多三个百分点, 多了两个亿: spoken comparisons and hedges.
    r"|差不多|大概|大约|将近|快|慢|高|低|多|少"
    # 兴建两座数据中心, 培育了三个产业集群: what was built or set up, counted.
    r"|新建|兴建|建成|培育|打造|引进|设立|新设|组建|创建|开通|开设|举办|认定|获批)了?$"
)


# 全区八个街道, 区内三所卫生院: the things counted within a place (one digit: 全县十个农民里头
# is a way of speaking of shares).
_SCOPE_CUE = re.compile(r"(?:(?:全|本)[国省市县区镇乡]|[省市县区镇乡]内|境内|辖区内?)$")


def cjk_number(run: str) -> float | None:
    """The value of a CJK numeral (一千二百 → 1200, 三万 → 30000, 三十点五 → 30.5), or None
    when the run is not a well-formed number (一二三 as in 一二三产)."""
    whole, _, frac = run.partition("点")
    total = 0.0
    section = 0.0
    digit: float | None = None
    # 一千五, 两万三, 一百二: a numeral after a position with none written after it counts the
    # position below (1500, 23000, 120), as speech shortens it; 一百零五 keeps 零 to say 105.
    if (
        len(whole) >= 3
        and whole[-1] in _CJK_DIGITS
        and whole[-2] in "百千万亿"
        and (whole[-3] in _CJK_DIGITS or whole[-3] == "十")
        and "零" not in whole
    ):
        below = {"百": 10.0, "千": 100.0, "万": 1000.0, "亿": 1e7}[whole[-2]]
        head = cjk_number(whole[:-1])
        tail = _CHINESE_DIGIT.get(whole[-1])
        if head is None or tail is None or frac:
            return None
        return head + tail * below
    for char in whole:
        if char in "零〇" and whole.strip("零〇"):
            continue  # 一百零五: 零 only marks a skipped position
        if char in _CJK_DIGITS:
            if digit is not None:
                return None  # two digits in a row: a list of numerals, not a number
            digit = float(_CHINESE_DIGIT.get(char, 0))
        elif char in _CJK_POSITIONS:
            section += (1.0 if digit is None else digit) * _CJK_POSITIONS[char]
            digit = None
        elif char in "万亿":
            scale = 1e4 if char == "万" else 1e8
            section += digit or 0.0
            if section == 0:
                if char == "亿" and total:
                    total *= scale  # 两万亿: 万 and 亿 together make a trillion
                    digit = None
                    continue
                return None
            total = (
                (total + section) * scale
                if char == "亿" or total < scale
                else total + section * scale
            )
            section, digit = 0.0, None
    if digit is not None:
        section += digit
    value = total + section
    if frac:
        if not whole:
            return None
        value += float("0." + "".join(str(_CHINESE_DIGIT.get(c, 0)) for c in frac))
    return value if whole else None


_SPOKEN_RANGE = re.compile(
    r"(?P<a>[一两二三四五六七八])(?P<b>[二三四五六七八九])(?P<mag>[十百千万]{0,2})"
)
_NEXT_DIGIT = dict(zip("一两二三四五六七八", "二三三四五六七八九", strict=True))


# 三到五个工作日, 三至五万元: a range written in CJK numerals, its unit after the upper end.
_CJK_RANGE = re.compile(
    r"(?P<a>[一二两三四五六七八九十百千]+)(?:到|至)(?P<b>[一二两三四五六七八九十百千]+)"
)


def _cjk_ranges(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _CJK_RANGE.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in taken) or text[m.start() - 1 : m.start()] == "第":
            continue
        low, high = cjk_number(m.group("a")), cjk_number(m.group("b"))
        unit = read_unit(text, m.end("b"))
        if low is None or high is None or not low < high or unit.unit_written is None:
            continue
        if text.startswith(TIME_UNITS, m.end("b")) or unit.unit_written in (
            "岁",
            "类",
            "点",
            "项",
            "分",
        ):
            continue
        written = unit.magnitude_text + unit.unit_written
        for value, bound, (q_start, q_end) in (
            (low, "lower", m.span("a")),
            (high, "upper", (m.start("b"), unit.end)),
        ):
            out.append(
                Quantity(
                    q_start,
                    q_end,
                    float(Decimal(str(value)) * Decimal(unit.magnitude)),
                    base_unit(unit.unit_written),
                    written,
                    None,
                    magnitude_text=unit.magnitude_text,
                    rule="cjk_range",
                    range_bound=bound,
                )
            )
    return out


def _cjk_quantities(text: str, start: int, end: int, arabic: list[Quantity]) -> list[Quantity]:
    """Quantities written in CJK numerals: 百分之五, 一千二百家, 三万多人, 两家 (after a cue)."""
    taken = [(q.start, q.end) for q in arabic]
    out = _cjk_ranges(text, start, end, taken)
    taken += [(q.start, q.end) for q in out]
    for m in _CJK_RUN.finditer(text, start, end):
        run = m.group("n")
        if (
            len(run) == 1
            and run not in _LONE_COUNTS
            and not m.group("pct")
            and not (run == "一" and text.startswith("倍", m.end()))
            # 一块八: yuan as speech counts them.
            and not (text.startswith("块", m.end()) and _SPOKEN_YUAN_TAIL.match(text, m.end() + 1))
            # 一毛五, 百来块: a tenth of a yuan, about a hundred.
            and not (text.startswith("毛", m.end()) and _SPOKEN_MAO_TAIL.match(text, m.end() + 1))
            and not (run in "百千" and text.startswith("来", m.end()))
            and not (run == "十" and text[m.end() : m.end() + 1] in ("几", "多", "余"))
            and not (run == "十" and text[m.end() : m.end() + 1] in _THINGS_COUNTED)
            # 逾千家, 突破百亿: a magnitude alone after a cue is one of that size.
            and not (
                run in "百千万亿"
                and _MAGNITUDE_CUE.search(text, max(start, m.start() - 3), m.start())
            )
        ):
            continue  # the checks below reject any other lone character; this is the cheap one
        n_start, n_end = m.start(), m.end()
        if taken and any(a <= n_start < b for a, b in taken):
            continue
        if text[max(start, n_start - 1) : n_start] in ("第", "初", "周", "星"):
            continue  # ordinals and names of days
        if _inside_title(text, n_start, start) or _inside_short_quote(text, n_start, start):
            continue
        if m.group("pct"):
            value = cjk_number(run)
            if value is None:
                continue
            q_end, qualifier = n_end, None
            if run[-1] == "十" and text.startswith("几", q_end):
                q_end, qualifier = q_end + 1, "over"  # 百分之六十几: sixty-some percent
            elif text.startswith(("点多", "点几"), q_end):
                q_end, qualifier = q_end + 2, "over"  # 百分之五点几: five-point-something
            for word, qual in _QUAL_AFTER if qualifier is None else ():
                if text.startswith(word, q_end):
                    qualifier, q_end = qual, q_end + len(word)
                    break
            out.append(Quantity(n_start, q_end, value, "%", "%", qualifier, rule="cjk_percent"))
            continue
        # 三万多人, 4.31万亿 style: magnitude characters at the end of the run belong to the
        # unit reader only when the run has no other numerals (万人 alone is not a number).
        written_run = run
        spoken = _SPOKEN_RANGE.fullmatch(run)
        upper = None
        if spoken is not None and _NEXT_DIGIT.get(spoken.group("a")) == spoken.group("b"):
            # 三四百单, 四五十家: two neighbouring numerals are a range, as speech gives one.
            run, upper = (
                spoken.group("a") + spoken.group("mag"),
                spoken.group("b") + spoken.group("mag"),
            )
        value = cjk_number(run)
        if (
            value is None
            and run in _MAGNITUDE_ALONE
            and (
                _PASSING_CUE.search(text, max(start, n_start - 3), n_start)
                # 接近万亿元大关: the round magnitude a sum comes close to.
                or _APPROACHING_CUE.search(text, max(start, n_start - 3), n_start)
            )
        ):
            value = _MAGNITUDE_ALONE[run]
        if value is None or value == 0:
            continue
        # 十几人, 二十几家, 三百多个: some more than the tens or hundreds written.
        few = run[-1] in "十百千" and text[n_end : n_end + 1] in ("几", "多", "余")
        # 二十来个人, 四万来块: about twenty, about forty thousand, as speech gives it.
        about = run[-1] in "十百千万亿" and text.startswith("来", n_end) and not few
        if few or about:
            n_end += 1
        if (
            not few
            and not about
            and not any(c in "一二两三四五六七八九" for c in run)
            and not (
                run in ("十", "百", "千", "万", "亿", "千亿", "百亿", "万亿", "百万", "千万")
                and _MAGNITUDE_CUE.search(text, max(start, n_start - 3), n_start)
            )
            # 十万户, 十亿元: ten of a magnitude is a number (十万级 stays a class, below).
            and not (len(run) == 2 and run[0] == "十" and run[1] in "万亿")
            and not (run == "十" and text[n_end : n_end + 1] in _THINGS_COUNTED)
        ):
            # 千户苗寨, 百亿元级: a magnitude word alone names a class, not a count; after a
            # cue (突破千亿元, 逾百款) it is one of that magnitude.
            continue
        if text[max(start, n_start - 1) : n_start] == "每" or (
            run == "一" and _PER_SPENT.search(text, max(start, n_start - 4), n_start)
        ):
            continue  # 每百元营业收入, 每花一块钱: a definition's denominator
        unit = read_unit(text, n_end)
        spoken_mao = (
            _SPOKEN_MAO_TAIL.match(text, n_end + 1) if text.startswith("毛", n_end) else None
        )
        if spoken_mao is not None:
            unit = UnitMatch("", 1.0, "", "毛", n_end + 1)
        elif spoken is not None and not spoken.group("mag") and unit.unit_written is None:
            continue  # 二三产业: two numerals before no unit are no range
        # 八个亿出头, 两百多个亿: a magnitude counted in speech is a figure however it is
        # governed.
        counted_magnitude = unit.unit_written is None and text.startswith(
            ("个亿", "个万", "多个亿", "多个万"), n_end
        )
        hedge = _bare_spoken_amount(text, written_run, spoken, unit, counted_magnitude, start)
        if (
            # 百分之六, 五分: CJK numerals before 分 are a percent or a fraction, not a score.
            unit.unit_written in ("点", "分")
            or (
                unit.unit_written is None
                and hedge is None
                # 网络零售额首破三千亿, 营收突破万亿: a sum passed, its unit the subject's.
                and not (
                    (unit.magnitude_text or run[-1] in "万亿")
                    and text[unit.end : unit.end + 1] in ("，", "。", "；", "！", "\n", "")
                    and (
                        _PASSING_CUE.search(text, max(start, n_start - 3), n_start)
                        # 常住人口九百三十多万。: a number of several numerals and a magnitude
                        # is no word, its unit the subject's.
                        or (
                            len(run) >= 3
                            and (bool(unit.magnitude_text) or run[-1] in "万亿")
                            and any(c in "一二两三四五六七八九" for c in run)
                        )
                    )
                )
            )
        ):
            continue
        if text.startswith(TIME_UNITS, n_end) or text.startswith(TIME_UNITS, unit.end):
            continue
        # 两块八, 三块出头: yuan as speech counts them, with the tenths after 块.
        spoken_yuan = _SPOKEN_YUAN_TAIL.match(text, unit.end) if unit.unit_written == "块" else None
        if unit.unit_written in ("个月", "天", "小时", "分钟", "秒", "岁", "类"):
            continue  # durations, ages, and 分为三类: a classification
        if unit.unit_written == "位" and text.startswith("数", unit.end):
            continue  # 接近两位数: how many digits
        single = len(run) == 1 and run in _CJK_DIGITS
        # 增长近一倍: 一 is a count only as a multiple, where a cue governs it.
        article = run == "一" and unit.unit_written != "倍"
        # 改扩建幼儿园两所，建成养老服务中心一个。: a list of what was done, each count after
        # its object and ending its clause (not 这两个, 其中一个, 唯一一个).
        count_after_object = (
            unit.unit_written in _THINGS_COUNTED
            and text[unit.end : unit.end + 1] in ("，", "。", "；", "、", "")
            and _NOUN_BEFORE_COUNT.search(text, max(start, n_start - 2), n_start) is not None
        )
        if (
            single
            and spoken_yuan is None
            and spoken_mao is None
            and not counted_magnitude
            and not count_after_object
            and (
                article
                or not (
                    _CJK_CUE.search(text[max(start, n_start - 3) : n_start])
                    or _SCOPE_CUE.search(text, max(start, n_start - 3), n_start)
                    # 是五年前的两倍: a multiple of the time before.
                    or (unit.unit_written == "倍" and text[n_start - 1 : n_start] == "的")
                    # 新增国家级工业互联网平台三个: the count after what the verb made.
                    or (
                        text[unit.end : unit.end + 1] in ("，", "。", "；", "、", "")
                        and _COUNT_AFTER_OBJECT.search(text, max(start, n_start - 20), n_start)
                        is not None
                    )
                )
            )
        ):
            continue
        if (
            len(run) == 1
            and run == "十"
            and not few
            # 全县辖十个乡镇, 共有十家: ten things counted where a verb governs it (not
            # 十大工程, 十项行动 as a name).
            and not (
                text[n_end : n_end + 1] in _THINGS_COUNTED
                and _CJK_CUE.search(text[max(start, n_start - 3) : n_start])
                # (七至十项: items seven to ten, not a count)
                and text[max(start, n_start - 2) : n_start - 1] not in _CJK_DIGITS + "十"
            )
        ):
            continue
        if (
            unit.unit_written is not None
            and text.startswith(("级", "制", "大"), unit.end)
            and not text.startswith("大关", unit.end)  # 突破两万亿元大关: a milestone, reached
            and not text.startswith("大模型", unit.end)  # 两百多个大模型: models counted
        ):
            continue
        if text.startswith(_AFTER_THRESHOLD, unit.end):
            continue
        if _bounds_a_class(text, n_start, unit.end, unit.unit_written, start):
            continue  # 收入超五十亿元的企业: a class of enterprises, not a figure
        value = float(Decimal(str(value)) * Decimal(unit.magnitude))
        qualifier = "over" if unit.approx_marker or few else "about" if about else None
        q_end = unit.end
        unit_written = unit.unit_written
        if (
            unit_written == "个"
            and text.startswith("人", q_end)
            and not "\u4e00" <= text[q_end + 1 : q_end + 2] <= "\u9fff"
        ):
            # 团队有二十来个人: persons counted (not 个人工智能项目).
            unit_written, q_end = "人", q_end + 1
        if spoken_yuan is not None:
            unit_written = "元"
            if (tenths := spoken_yuan.group("tenths")) is not None:
                value, q_end = value + _CHINESE_DIGIT[tenths] / 10, spoken_yuan.end()
                if (cents := spoken_yuan.group("cents")) is not None:
                    value += _CHINESE_DIGIT[cents] / 100
                value = round(value, 2)
            elif text.startswith("多", q_end):
                qualifier, q_end = "over", q_end + 1  # 四块多, 七块多钱
        elif unit_written == "块" and about:
            unit_written = "元"  # 三万来块: a rough sum is money
        # 挣了四万出头, 工资五千出头, 卖了八个亿出头: a sum said with no unit after a word of
        # money is yuan; so is a count of 亿, which speech keeps for money.
        money = (
            "元"
            if unit_written is None
            and hedge is not None
            and "点" not in run
            and (
                text.startswith(("个亿", "多个亿"), n_end)
                or _MONEY_SAID.search(text, start, n_start) is not None
            )
            else None
        )
        if spoken_mao is not None:
            unit_written = "元"
            value = value / 10
            tail = spoken_mao.group()
            if tail in _CHINESE_DIGIT:
                value += _CHINESE_DIGIT[tail] / 100  # 三毛五
            value = round(value, 2)
            q_end = spoken_mao.end() if tail != "钱" else q_end
            if tail in ("多", "出头"):
                qualifier = "over"
        if hedge:
            q_end = unit.end + len(hedge)
            qualifier = "about" if hedge in ("左右", "上下") else "over"
        for word, qual in (*_QUAL_AFTER[:4], ("开外", "over"), _QUAL_AFTER[-1]):
            if text.startswith(word, q_end):
                qualifier, q_end = qual, q_end + len(word)
                break
        else:
            if unit.unit_written == "倍" and text[q_end : q_end + 1] in ("多", "余"):
                qualifier, q_end = "over", q_end + 1  # 增长了一倍多
            elif unit.unit_written == "倍" and text.startswith(("还多", "有余"), q_end):
                qualifier, q_end = "over", q_end + 2  # 两倍还多, 一倍有余
            elif unit.unit_written == "倍" and text[q_end : q_end + 1] == "半":
                value, q_end = value + 0.5, q_end + 1  # 增长一倍半: 1.5 times
        magnitude_text = unit.magnitude_text
        if unit.unit_written == "毛":
            magnitude_text = ""
        if unit.unit_written is None and not magnitude_text:
            # 两千亿 with no unit: the magnitude the run ends with is the figure's.
            magnitude_text = run[len(run.rstrip("万亿")) :]
        bounds = [(value, None)]
        if upper is not None and (high := cjk_number(upper)) is not None:
            high_value = float(Decimal(str(high)) * Decimal(unit.magnitude))
            bounds = [(value, "lower"), (high_value, "upper")]
        for bound_value, bound in bounds:
            out.append(
                Quantity(
                    n_start,
                    q_end,
                    bound_value,
                    money or base_unit(unit_written),
                    (magnitude_text + (unit.unit_written or "")) or None,
                    qualifier,
                    magnitude_text=magnitude_text,
                    rule=(
                        "cjk_spoken_range"
                        if bound
                        else "cjk_spoken_sum"
                        if hedge is not None
                        else "cjk_numeral"
                    ),
                    range_bound=bound,
                )
            )
        taken.append((n_start, q_end))
    return out


# 每花一块钱, 每投入一元: the yuan a ratio is per.
_PER_SPENT = re.compile(r"每(?:投入|花|用|消费|支出|拿出)了?$")
# Words of money in a clause before a sum said with no unit.
_MONEY_SAID = re.compile(
    r"收入|收益|挣|赚|到手|能拿|拿到|工资|薪|营收|营业额|销售额|成交额|交易额|利润|产值|资金|财政|投入|拨付"
    r"|补贴|补了|花了|花个|卖了|卖出|成本|价|钱|费"
)
_ABBREVIATED = re.compile(r"[一二两三四五六七八九十][百千万亿][一二两三四五六七八九]$")
# 晚上八点三十, 上午九点二: a time of day, not a decimal.
_TIME_OF_DAY = re.compile(r"(?:上午|下午|晚上|凌晨|早上|中午|傍晚|夜里|夜间|早晨)$")


def _bare_spoken_amount(
    text: str,
    run: str,
    spoken: re.Match[str] | None,
    unit: UnitMatch,
    counted_magnitude: bool,
    floor: int,
) -> str | None:
    """The hedge after a sum said with no unit, "" when it has none, or None when the numerals
    are no such sum: 八万多, 五千出头 and 七千五左右 (a magnitude or a shortened numeral, then
    a hedge), 两千五 and 八九千 ending a clause, 八个亿出头, and 二点四五 (a decimal)."""
    if unit.unit_written is not None:
        return None
    if "点" in run and not unit.magnitude_text:
        # 二点四五: a decimal said in words (not 八点三十 or 上午九点二, times of day)
        n_start = unit.end - len(run)
        if text[unit.end : unit.end + 1] in ("十", "分", "钟", "时", "刻", "半") or (
            _TIME_OF_DAY.search(text, max(floor, n_start - 3), n_start)
        ):
            return None
        return ""
    hedge = _SPOKEN_HEDGE.match(text, unit.end)
    if hedge is None or not any(c in "一二两三四五六七八九" for c in run):
        return None
    said = hedge.group()
    if counted_magnitude:
        return said
    shortened = _ABBREVIATED.search(run) is not None
    ranged = spoken is not None and bool(spoken.group("mag"))
    if said and (run[-1] in "百千万亿" or unit.magnitude_text or shortened or ranged):
        return said
    if len(run) >= 3 and (shortened or ranged):
        return said
    return None


def _opens_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a clause or follows 其中 (no cue before it)."""
    return pos == 0 or text[pos - 1] in "，。；：\n" or text.endswith("其中", 0, pos)


def _share_word(text: str, match: re.Match[str], value: float, rule: str) -> Quantity:
    """A share written in words (三成, 四分之一), with a qualifier written after it."""
    q_end = match.end()
    qualifier = None
    # 三成多, 四成余: over; not 一半多, where 多 starts the next word as often as not.
    after = _QUAL_AFTER if rule == "tenths" else _QUAL_AFTER[:4]
    for word, qual in after:
        if text.startswith(word, q_end):
            qualifier, q_end = qual, q_end + len(word)
            break
    return Quantity(match.start(), q_end, value, "%", match.group(0), qualifier, "share", rule=rule)


def _word_quantities(text: str, start: int, end: int) -> list[Quantity]:
    words: list[Quantity] = []
    # Each pattern holds its word: a clause without it is spared the scan.
    tenths = _TENTHS.finditer(text, start, end) if text.find("成", start, end) != -1 else ()
    for match in tenths:
        tens = match.group(1)
        value = (int(tens) if tens.isdigit() else _CHINESE_DIGIT[tens]) * 10 + (
            5
            if match.group(2)
            else 0
            if not match.group(3)
            else int(match.group(3))
            if match.group(3).isdigit()
            else _CHINESE_DIGIT[match.group(3)]
        )
        word = _share_word(text, match, float(value), "tenths")
        if _opens_clause(text, match.start()) and not text.startswith("的", word.end):
            continue  # 九成以上的事项: at a clause's start only as a share of the noun after it
        words.append(word)
    fractions = (
        _FRACTION.finditer(text, start, end)
        if text.find("半", start, end) != -1 or text.find("分之", start, end) != -1
        else ()
    )
    for match in fractions:
        if match.group(1) is None:
            value = 50.0
        else:
            value = round(
                100 * _CHINESE_DIGIT[match.group(2)] / (cjk_number(match.group(1)) or 1.0), 4
            )
        word = _share_word(text, match, value, "fraction")
        if _opens_clause(text, match.start()) and not text.startswith(("的", "是", "为"), word.end):
            continue  # 一半以上是…: at a clause's start only as a share of what it names
        words.append(word)
    doublings = _DOUBLING.finditer(text, start, end) if text.find("番", start, end) != -1 else ()
    for match in doublings:
        times = {"一": 1, None: 1, "两": 2, "二": 2, "三": 3}[match.group(1)]
        value = (2**times - 1) * 100.0
        # 翻了一番多: more than doubled.
        more = _MORE_AFTER.match(text, match.end())
        end_at = more.end() if more else match.end()
        words.append(
            Quantity(
                match.start(),
                end_at,
                value,
                "%",
                None,
                "over" if more else None,
                "growth",
                rule="doubling",
            )
        )
    rise_fall = _RISE_FALL.finditer(text, start, end) if text.find("涨", start, end) != -1 else ()
    for match in rise_fall:
        for part in ("up", "flat", "down"):
            if match.group(part):
                words.append(
                    Quantity(
                        match.start(part),
                        match.end(part),
                        float(_CHINESE_DIGIT[match.group(part)[0]]),
                        "类",
                        "类",
                        None,
                        rule="rise_fall_" + part,
                    )
                )
    flats = (
        [
            *_FLAT.finditer(text, start, end),
            # 价格比上年上涨0.6%，…，日用品上涨1.1%，家用电器持平: a member held, in a list of
            # changes against the base the sentence named.
            *(
                m
                for m in _LISTED_FLAT.finditer(text, start, end)
                if _held_in_list_of_changes(text, m.start())
            ),
        ]
        if text.find("持平", start, end) != -1 or text.find("相同", start, end) != -1
        else []
    )
    for match in flats:
        words.append(
            Quantity(match.start(), match.end(), 0.0, "%", None, None, "growth", rule="flat")
        )
    counted_units = (
        _ADMIN_UNITS.finditer(text, start, end) if text.find("辖", start, end) != -1 else ()
    )
    for match in counted_units:
        for unit in _ADMIN_UNIT.finditer(text, match.start(), match.end()):
            value = cjk_number(unit.group(1))
            if value:
                # 全县辖四镇三乡: the towns and townships counted, without a measure word.
                words.append(
                    Quantity(
                        unit.start(), unit.end(), value, "个", unit.group(2), rule="admin_count"
                    )
                )
    return words


def _held_in_list_of_changes(text: str, pos: int) -> bool:
    """Whether a 持平 at ``pos`` closes a member's clause in a sentence of changes against a
    base (not 1个行业持平, how many members held)."""
    sentence_start = max(text.rfind(mark, 0, pos) for mark in "。\n") + 1
    clause_start = max(text.rfind(mark, 0, pos) for mark in "，。；\n") + 1
    return (
        _CHANGES_AGAINST_BASE.search(text, sentence_start, pos) is not None
        and _COUNTED_BEFORE_FLAT.search(text, clause_start, pos) is None
    )


def _exchange_rates(text: str, found: list[Quantity]) -> list[Quantity]:
    """``1美元兑7.0835元人民币``: the 1 defines the rate's unit; the rate is 元/美元."""
    out: list[Quantity] = []
    for i, q in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and q.unit in CURRENCIES
            and nxt.unit in CURRENCIES
            and text[q.end : nxt.start] in ("兑", "兑换", "折合", "=")
        ):
            base, quote = q.unit, nxt.unit
            found[i + 1] = Quantity(
                nxt.start,
                nxt.end,
                nxt.value,
                f"{quote}/{base}",
                nxt.unit_written,
                nxt.qualifier,
                None,
                nxt.magnitude_text,
                rule="exchange_rate",
            )
            continue
        out.append(q)
    return out
