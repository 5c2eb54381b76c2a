"""Tables flattened to text: rows of cells separated by ``|`` or by tabs (as HTML, spreadsheet
and PDF tables come out of text extraction).

What belongs here: telling a table row from prose, reading a header row (指标 | 数值 | 同比),
and turning a data row (营业收入（亿元） | 1520.4 | 8.8%) into statistics: the row label is
the subject, the unit written in the label applies to the plain numbers of the row, and a
column headed by a growth word (同比, 增长, 增速) holds growth rates, one headed by a share word
(比重, 占比) shares. What does not: prose, which the clause grammar reads.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from pipelines.aligned_headers import ALIGNED_BAR, SPAN_MARK
from pipelines.extract import subjects
from pipelines.extract.kinds import kind_for_future
from pipelines.extract.numbers import Quantity, cjk_number, lex
from pipelines.extract.periods import (
    NO_PERIOD,
    ROC_YEARS,
    Period,
    calendar_year,
    find_times,
    resolve,
    year_period,
)
from pipelines.extract.units import CURRENCIES, base_unit, implied_unit, read_unit
from pipelines.observation import Observation

__all__ = [
    "ALIGNED_BAR",
    "SHARE_OF_WHOLE_HEADER",
    "SPAN_MARK",
    "TABLE_UNIT",
    "TableRow",
    "gloss_unit",
    "is_header",
    "is_table_row",
    "is_year_row",
    "join_wrapped",
    "merge_header",
    "names_periods",
    "read_row",
    "row_observations",
    "title_subject",
    "total_quantity",
    "year_name",
]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CELL = re.compile(r"[^|｜\t]+")
_BAR = re.compile(r"[|｜]")
_NUMBER_CELL = re.compile(
    r"\s*(?P<bound>[≥≤><＞＜]=?|不低于|不少于|不超过|不高于)?\s*"
    # 〔14〕: a plan table's total over the plan period, in the brackets plans use for it.
    # 2 486 315: thousands grouped by spaces, as Macau's and Taiwan's tables print them.
    r"〔?(?P<num>[-+]?(?:\d{1,3}(?:[ \u2009\u202f]\d{3})+|\d[\d,]*)(?:\.\d+)?)(?P<pct>%)?〕?"
    # 4.26①, 31.8*, 86.2[2], 1 234(r): a note's mark after the figure, or a revision's.
    r"(?:[①-⑳*＊#＃※†‡]|[（(](?:\d{1,2}|[a-zA-Z])[）)]|\[\d{1,2}\])?"
    # 95以上, 1.3以下, 8左右: a target cell bounded in words.
    r"(?P<word>以上|以下|以内|左右)?\s*$"
)


# 持平 in a column of rates or of changes: no change, a figure of 0.
_FLAT_CELL = re.compile(r"\s*(?P<num>持平)(?P<bound>(?!))?(?P<pct>(?!))?(?P<word>(?!))?\s*$")


def _digits(number: str) -> str:
    """1,234 / 2 486 315 → the digits, without the marks that group them (持平: 0)."""
    if number == "持平":
        return "0"
    return number.replace(",", "").replace(" ", "").replace("\u2009", "").replace("\u202f", "")


_BOUNDS = {
    "≥": "over",
    ">": "over",
    "＞": "over",
    "≤": "under",
    "<": "under",
    "＜": "under",
    "不低于": "over",
    "不少于": "over",
    "不超过": "under",
    "不高于": "under",
}
# 计划 | 完成: a plan report's columns of targets and of outcomes.
_TARGET_COLUMN = re.compile(
    r"^(?:[^|]{0,8}?)(?:计划|目标|预期|预期目标|计划目标|年度目标|预算)(?:值|数)?$"
)
_FORECAST_COLUMN = re.compile(r"预测|预计")
# 1—5月实际 | 全年预测, 2025A | 2026E: columns that say which of them are forecasts.
_SAYS_WHICH_FORECAST = re.compile(r"预测|预计|实际|\d[AE](?![A-Za-z])")
# 2月预测 | 本次（5月）, 原公布 | 修正后: the time an estimate was made or published, beside the
# figures of the period the row names.
_VINTAGE_COLUMN = re.compile(
    r"\d{1,2}月(?:份)?(?:预测|预估|概估|公布|发布)|^(?:本次|上次|前次|原公布|原发布)|^修正"
)
# 单位：万元, 金额单位：亿元: the unit of a table's cells, set on a line above it.
# 单位：亿元, 单位：新台币亿元、%: the unit of the table's amounts (rates say % themselves).
# 单位：家，亿元，万人，%: several units, one for each run of columns (column_units).
TABLE_UNIT = re.compile(
    # （单位：万人）: the line in brackets.
    r"\s*[（(]?\s*(?:金额|计量)?单位\s*[：:]\s*"
    r"(?:(?P<unit>[^\s，。；、（()）]{1,8}?)(?P<pct>(?:\s*[、，,/;；])?\s*%)?"
    r"|(?P<units>[^\s，。；、（()）]{1,8}(?:\s*[、，,/;；]\s*[^\s，。；、（()）]{1,8})+))\s*[）)]?\s*"
)
# 地区生产总值增长 | % | 5.2: a row whose label names a rate of change; 能耗降低 is a fall.
_COMPARED_TAIL = re.compile(r"(?:比|较)[^（(比较]{0,6}$")
# 经济成长率(%), 消费者物价年增率: a row of growth rates (成长率, 年增率 in Taiwan).
_GROWTH_LABEL = re.compile(
    # GDP实际同比, CPI环比: an analyst's row of a rate's readings.
    r"(?:增长|增速|增幅|涨幅|(?<!自然)增长率|成长率|[年季月]增率|变动率|(?<=[\u4e00-\u9fffA-Z])同比|(?<=[\u4e00-\u9fffA-Z])环比"
    r"|(?P<fall>降低|下降|降幅))"
    r"\s*(?:[（(][%％][）)])?\s*[*＊]?$"
)
_WORD_BOUNDS = {"以上": "over", "以下": "under", "以内": "under", "左右": "about"}
# Columns of a header: the indicator's name (指标), its unit (单位), and those that hold no
# figure of the indicator (序号 numbers the rows, 属性 says whether a target binds).
_YEAR_NAME = re.compile(r"((?:19|20)\d{2})年?")
# 113年: a year of the Republic of China, in a text from Taiwan (periods.ROC_YEARS).
_ROC_YEAR_NAME = re.compile(r"((?:19|20)\d{2}|(?:民国)?1[0-4]\d(?=年))年?")


def year_name(
    text: str, start: int = 0, end: int | None = None, *, whole: bool = True
) -> int | None:
    """The calendar year ``text[start:end]`` names as a column or row label (2024, 2024年,
    or 113年 in a text from Taiwan), or None; with ``whole`` false, the year it opens with."""
    pattern = _ROC_YEAR_NAME if ROC_YEARS.get() else _YEAR_NAME
    end = len(text) if end is None else end
    m = pattern.fullmatch(text, start, end) if whole else pattern.match(text, start, end)
    return None if m is None else calendar_year(m.group(1))


_LABEL_COLUMN = re.compile(r"^(?:主要)?(?:指标|指标名称|项目|名称)$")
_UNIT_COLUMN = re.compile(r"^(?:计量)?单位$")
# 位次, 排名: a rank among the rows is no statistic (FORMAT.md).
_NO_FIGURE_COLUMN = re.compile(
    # 营业收入位次: the rank of each row by one of the columns.
    r"^(?:序号|编号|属性|指标属性|类别|备注|[^（(]{0,12}(?:位次|排名|排序|名次))$"
)
# 比1—8月加快或回落（百分点）: a column of changes in percentage points.
# 排名 | 省份 | …, 序号 | 项目名称 | …: a first column that numbers the rows.
_SERIAL_COLUMN = re.compile(r"^(?:序号|编号|排名|排序|名次|位次)$")
_POINTS_HEADER = re.compile(r"[（(]个?百分点[）)]\s*$")
_SHARE_LABEL = re.compile(r"比重|占比|所占比例")
# 软件业务收入（亿元）: the unit of the row, in the label's last parenthesis.
_LABEL_UNIT = re.compile(r"[（(](?P<unit>[^（()）]{1,6})[）)]\s*$")
_ROW_OPENER = re.compile(
    r"^\s*(?:其中\s*[：:]?|#|\d{1,2}[.、]"
    # 06乙类制造业: a classification's code glued to the name (not 2025年, 12个).
    r"|(?:0[1-9]|[1-9]\d)(?![年月日号个家万亿千百岁周])(?=[\u4e00-\u9fff]))\s*"
)
# 增长率, 占GDP比重, 年增率, 构成: a rate's name is a percentage even without its (%).
_PERCENT_HEADER = re.compile(
    r"[%％]|^\s*(?:[年季月]增率|成长率|增长率|增速|增幅|比重|占比|构成|占[^（()\d]{0,8}?比重)\s*$"
)
_THIS_MONTH = re.compile(r"本月|当月")
# 按年变动（%）, 按季变动: a year-on-year (quarter-on-quarter) change as Hong Kong heads it.
# 年增率, 成长率: Taiwan's words for a year-on-year growth rate.
_GROWTH_HEADER = re.compile(
    r"同比|环比|(?<!自然)增长|增速|增幅|比上年|较上年|^\s*(?:比|较)(?:上|去)[年月季]|按[年季月](?:变动|增减|升跌)|[年季月]增率|成长率|变动率"
)
# 2024年 | 2025年 | 增减量: a column of the change between the two before it, in the row's unit.
# (时期甲 | 时期乙 | 变动: the change between the two, as Hong Kong heads it)
_CHANGE_HEADER = re.compile(
    r"增减量|增减数|增减额|增加量|净增|变动量|^\s*(?:增减|变动|变化)\s*$"
    # 较上月增减, 比上年同期增减: the change against that time, in the row's unit (or points).
    r"|^\s*(?:较|比)[^（(%％]{1,8}增减\s*$"
)
# 比上年增长 under 单位：亿元，%: a rate, in the percent the unit line lists for rates; 比上年增减
# is an amount in the table's unit.
_RATE_HEADER = re.compile(r"^(?!.*(?:增减|增加|减少|增量|净增)).*(?:增长|增速|增幅|涨幅|同比)")
# 行业门类 | 法人单位（万个） | 从业人员（万人）: the rows are members of a classification and
# each column names a quantity of its own, with its unit in parentheses.
_CLASS_COLUMN = re.compile(
    r"(?:类型|门类|行业|地区|区域|城市|省份|设区市|市[（(]州[）)]|分组|组别|类别|部门|区县|县区"
    r"|地市|领域|分类|板块|业态|品类|乡镇|街道|乡镇（街道）|镇街|年龄组|年龄段|年龄|机构|预测机构|市场|组成项目"
    # 岗位 | P10 | 中位数, 民族 | 人口数: people by occupation, schooling, sex…
    r"|职业|工种|岗位|职位|学历|文化程度|受教育程度|性别|民族|城乡|婚姻状况"
    # 口岸 | 进出口（亿元）: trade by the port or customs district it passed.
    r"|口岸|港口|关区|海关"
    r"|^[省市县区镇乡]|^[\u4e00-\u9fff]{1,3}(?<!类|组|级)别)"
    # 乡镇名称, 地区名称: the class's rows by name; 乡镇（区）: with the other kind in brackets.
    r"(?:名称)?(?:[（(][^（()）]{1,6}[）)])?$"
)
# 商品名称 | 出口额（亿元）: goods by name, members of the quantity a column names (where the
# columns name only times, 产品名称 | 9月 | 1—9月, or a unit column gives each row its own
# unit, each row is a quantity of its own).
_GOODS_COLUMN = re.compile(r"^(?:主要)?(?:商品|产品|货品|品种)(?:名称|类别)?$")
# A column naming only how its quantity is counted (单位数, 比重): the table's title names what.
_GENERIC_COLUMN = re.compile(
    r"^(?:单位数|户数|家数|数量|个数|数值|总量|总额|规模|金额|人数|比重|占比|构成|结构|绝对额|绝对数|绝对值)$"
)
_TOTAL_ROW = re.compile(r"^(?:合计|总计|总数|总体|全部|全国|全省|全市|全区|全县)$")
# 从业人员比2017年末增长, 经费同比增长: the quantity before the growth words (人口自然增长率 is
# a rate of its own, in ‰).
_GROWTH_TAIL = re.compile(
    r"(?:(?:比|较)[^（(]*?)?(?:同比)?(?:(?<!自然)增长率|(?<!自然)增长|增速|增幅|增减|按[年季月](?:变动|增减|升跌)率?|(?:按[年季月])?(?:实质|名义)?变动率|[年季月]增率|成长率)?$"
)
# 表2　按行业门类分组的法人单位, 表1 主要指标: a table's title line.
# 表3 …, 表3-1 …, and a yearbook's 12-1 邮电业务主要指标 (chapter-table, then the title's words).
_TABLE_TITLE = re.compile(
    # 表3, 表2-1, 附表, 附表1: a table's number, or an appendix's table that needs none; 表
    # 2026年…: a table without a number, its title opening with a year.
    # 表：…, 附表：…, 表　…: an unnumbered table, its title after a colon or a space.
    r"^\s*(?:(?:(?:附?图|表)\s*(?:\d+(?![\d年])|[一二三四五六七八九十]+(?!年)|(?=(?:19|20)\d{2}年)|(?=[:：])|\s+(?=[\u4e00-\u9fff]|\d{2,4}年))"
    r"|附表\s*[\d一二三四五六七八九十]*)(?:[-－]\d{1,2})?"
    r"[\s　:：.、，]*(?P<title>\S.{0,40})"
    r"|\d{1,2}[-－]\d{1,2}[\s　:：.、]*(?P<yearbook_title>[\u4e00-\u9fff](?<![月日季])\S.{0,40}))$"
)
_SHARE_HEADER = re.compile(r"比重|占比|份额|构成")
# 占比（%）, 占全省比重（%）: the share a column gives is of the quantity before it.
SHARE_OF_WHOLE_HEADER = re.compile(r"(?:占[^（()]{0,8}?)?(?:比重|占比|份额)")


class TableRow(NamedTuple):
    cells: list[tuple[int, int]]  # spans of the cells in the text


def is_table_row(text: str, start: int, end: int, in_table: bool = False) -> bool:
    """A line of cells separated by | (at least one) or by tabs (at least two), with words
    (or, ``in_table``, under a header: 2024 | 164.66 | 35.19, a row labelled by its year)."""
    bars = text.count("|", start, end) + text.count("｜", start, end)
    cells = _CELL.findall(text, start, end) if bars == 1 else []
    # 数说2029｜经济年报出炉: one bar in a headline separates its kicker from its title; a
    # table of two columns holds a figure in its second cell.
    tabs = text.count("\t", start, end)
    separated = (
        bars >= 2
        or (bars == 1 and bool(cells) and _NUMBER_CELL.match(cells[-1]) is not None)
        or tabs >= 2
        or (tabs == 1 and _two_column_row(text, start, end, in_table))
    )
    if in_table and separated and year_name(text, start, whole=False) is not None:
        return True
    if in_table and tabs >= 2 and _figures_only(text, start, end):
        return True  # 5120 | 1830 | — under 全区 | 东湖街道 | 南苑街道: the members' figures
    if separated and bars >= 2 and not tabs and _statements_only(text, start, end):
        return False
    return separated and _CJK.search(text, start, end) is not None


def _figures_only(text: str, start: int, end: int) -> bool:
    cells = text[start:end].split("\t")
    return all(_NUMBER_CELL.match(c) or _MISSING_CELL.fullmatch(c) for c in cells)


# 城区公交线路　86条｜新能源公交车　1,240辆: a cell that is a whole statement, a name then its
# figure and unit.
_STATEMENT_CELL = re.compile(
    r"\s*[^\d\s|｜][^|｜]*?[\u4e00-\u9fffA-Za-z）)]\s*[-+]?\d[\d,]*(?:\.\d+)?\s*"
    r"(?:万亿|亿|万|千)?[^\d\s|｜]{1,8}\s*"
)


def _statements_only(text: str, start: int, end: int) -> bool:
    """A caption strip or a ticker, not a table row: every cell between the bars names a
    quantity and gives its figure with its unit."""
    cells = [c for c in _BAR.split(text[start:end]) if c.strip()]
    return len(cells) >= 2 and all(_STATEMENT_CELL.fullmatch(c) for c in cells)


def _two_column_row(text: str, start: int, end: int, in_table: bool) -> bool:
    """指标 | 比上年涨跌 heading a column of figures, and 衣着 | 1.2 under it: a table of one
    figure a row."""
    label, _, figure = text[start:end].partition("\t")
    if in_table:
        return _NUMBER_CELL.match(figure) is not None
    # (地区 | 产量（万吨）: a class of rows heads the labels as 指标 does)
    return _heads_labels(label.strip()) and _NUMBER_CELL.match(figure) is None


def _bar_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a row ruled with bars, the empty ones too (|发电量|\t|3.2|: the first
    column is blank, not missing), without the blanks outside the first and last bar."""
    spans, at = [], start
    for m in _BAR.finditer(text, start, end):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, end))
    if not text[slice(*spans[0])].strip():
        spans = spans[1:]
    if spans and not text[slice(*spans[-1])].strip():
        spans = spans[:-1]
    return spans


def unit_wrapped_below(text: str, row: TableRow) -> tuple[float, str, str | None] | None:
    """（亿元） | | | under a row: the unit of the row above, alone on its line with every
    other cell blank; None for any other row."""
    if len(row.cells) < 2 or any(e > s for s, e in row.cells[1:]):
        return None
    first = text[slice(*row.cells[0])].strip()
    if not _GLOSS_ONLY.fullmatch(first):
        return None
    return gloss_unit(first.strip("（）() "))


def in_unit(o: Observation, read: tuple[float, str, str | None]) -> Observation:
    """A level the row gave without its unit, in the unit found below it."""
    if o.measure != "level" or o.unit_written is not None:
        return o
    magnitude, written, unit = read
    value = float(Decimal(repr(o.value)) * Decimal(repr(magnitude)))
    return replace(o, value=value, unit=unit, unit_written=written)


def read_row(text: str, start: int, end: int) -> TableRow:
    # (｜｜（万人）: a header the normaliser wrote by where its names stand keeps its blank
    # cells, however few)
    if text.count("|", start, end) + text.count("｜", start, end) >= 3 or (
        ALIGNED_BAR in text[start:end]
    ):
        spans = _bar_cells(text, start, end)
    else:
        spans = [m.span() for m in _CELL.finditer(text, start, end)]
    cells = []
    for cell_start, cell_end in spans:
        while cell_start < cell_end and text[cell_start].isspace():
            cell_start += 1
        while cell_end > cell_start and text[cell_end - 1].isspace():
            cell_end -= 1
        cells.append((cell_start, cell_end))
    return TableRow(cells)


def is_header(text: str, row: TableRow) -> bool:
    """A row whose cells after the first hold no number (指标 | 数值 | 同比), or only the years
    its columns are for (指标 | 单位 | 2020 | 2023 | 2024)."""
    if len(row.cells) < 2:
        return False
    numbers = [text[s:e] for s, e in row.cells[1:] if _NUMBER_CELL.match(text[s:e])]
    if not numbers:
        # 能源消耗降低 | % | — | — | 完成国家下达任务: a data row with its figures missing.
        return not any(_MISSING_CELL.fullmatch(text[s:e]) for s, e in row.cells[1:])
    years = [year_name(n.strip()) for n in numbers]
    first = text[slice(*row.cells[0])].strip()
    return (
        len(numbers) >= 2
        and None not in years
        # (2026年 | 2025年: this year first, as Hong Kong and Macau tables set them)
        and (
            all(b > a for a, b in itertools.pairwise(y or 0 for y in years))
            or all(b < a for a, b in itertools.pairwise(y or 0 for y in years))
        )
        and (
            _LABEL_COLUMN.match(first) is not None
            or _CLASS_COLUMN.search(first) is not None
            or not first  # ｜｜2024年｜2025年: years over the columns, the corner blank
        )
    )


_GLOSS_ONLY = re.compile(r"\s*[（(][^（()）]{1,8}[）)]\s*")
_GROUP_TOTAL = re.compile(
    r"\s*(?:合计|总计|小计|总额|总量)\s*(?P<gloss>[（(][^（()）]{1,8}[）)])?\s*"
)
_LABEL_HEADS = re.compile(r"^(?:年份|年度|年别|时间)$")


def _names_own_quantity(column: str) -> bool:
    """Whether a column's name says what it counts (出口额（亿元）), not only when (9月), how
    it is measured (同比, 占比, 金额) or in what unit."""
    bare = _LABEL_UNIT.sub("", column).strip()
    return bool(
        bare
        and not _names_time(bare)
        and not _GROWTH_HEADER.search(bare)
        and not _SHARE_HEADER.search(bare)
        and not _UNIT_COLUMN.match(bare)
        and not _NO_FIGURE_COLUMN.match(bare)
        and not _GENERIC_COLUMN.match(bare)
    )


def _heads_labels(cell: str) -> bool:
    """Whether a header cell heads the row labels (指标, 行业, 年份)."""
    return bool(
        _LABEL_COLUMN.match(cell)
        or _CLASS_COLUMN.search(cell)
        or _GOODS_COLUMN.match(cell)
        or _LABEL_HEADS.match(cell)
    )


def _names_only(cells: list[str]) -> bool:
    """Header cells that are names alone: no unit glossed, no 其中 part."""
    return not any(_LABEL_UNIT.search(c) or c.startswith("其中") for c in cells)


def _unfinished_names_wrapped(upper: list[str], lower: list[str]) -> list[str] | None:
    """The upper names, those that name no quantity alone each ended by the next cell below,
    when there are exactly as many of them as cells below (at least two, fewer than above, no
    units or parts below); else None."""
    if not 2 <= len(lower) < len(upper):
        return None
    if not _names_only(lower):
        return None
    unfinished = [i for i, u in enumerate(upper) if not subjects.names_measure(u)]
    if len(unfinished) != len(lower):
        return None
    names = list(upper)
    for i, below in zip(unfinished, lower, strict=True):
        names[i] = upper[i] + below
        if not (
            subjects.names_measure(names[i]) or names[i].endswith(("人口", "人数", "户数", "人员"))
        ):
            return None
    return names


def _each_name_wrapped(upper: list[str], lower: list[str]) -> bool:
    """Whether each name of the upper line ends in the cell below it: as many cells, no units,
    every joined name a quantity or its growth, at least two of them named by neither half
    alone (营业 / 收入; not 营业收入 | 利润总额 over 绝对数 | 比上年增长, groups and columns)."""
    if len(upper) != len(lower) or len(upper) < 2:
        return False
    if not _names_only([*upper, *lower]):
        return False
    joined = [u + w for u, w in zip(upper, lower, strict=True)]
    if not all(subjects.names_measure(j) or _GROWTH_HEADER.search(j) for j in joined):
        return False
    return sum(1 for u in upper if not subjects.names_measure(u)) >= 2


def _units_closed_below(upper: list[str], lower: list[str]) -> list[str] | None:
    """公里） | （个） | 公里） under 土地面积（平方 | … | 村（居）委会 | … | 人口密度（人/平方: the
    ends of units cut by the wrap close the names left open, in order; whole units go to the
    names that have none, in order. None for another layout."""
    if not lower or not any(
        c.endswith(("）", ")")) and "（" not in c and "(" not in c for c in lower
    ):
        return None
    open_names = [
        i
        for i, u in enumerate(upper)
        if u.count("（") + u.count("(") > u.count("）") + u.count(")")
    ]
    unglossed = [
        i for i, u in enumerate(upper) if i not in open_names and not _LABEL_UNIT.search(u)
    ]
    closers = [c for c in lower if "（" not in c and "(" not in c and c.endswith(("）", ")"))]
    units = [c for c in lower if _GLOSS_ONLY.fullmatch(c)]
    if len(closers) + len(units) != len(lower) or len(closers) != len(open_names):
        return None
    if len(units) != len(unglossed):
        return None
    names = list(upper)
    for i, end in zip(open_names, closers, strict=True):
        names[i] += end
    for i, unit in zip(unglossed, units, strict=True):
        names[i] += unit
    return names


def _units_for_unglossed(upper: list[str], lower: list[str]) -> list[str] | None:
    """（人年） | （亿元） | （%） under names of which as many lack a unit: each unit is the
    next unit-less name's, in order (a name whose unit went on a line above keeps it). None
    for another layout."""
    if not lower or not all(_GLOSS_ONLY.fullmatch(c) for c in lower):
        return None
    unglossed = [i for i, u in enumerate(upper) if not _LABEL_UNIT.search(u)]
    if len(unglossed) != len(lower) or len(unglossed) == len(upper):
        return None
    names = list(upper)
    for i, unit in zip(unglossed, lower, strict=True):
        names[i] = upper[i] + unit
    return names


# What joins a column's class to its name in a merged header (0—14岁 over 人数(万人)): a
# character no text holds, parted again by ``row_observations``.
CLASS_OF_COLUMN = "\u2063"


def _repeated_columns(upper: list[str], lower: list[str]) -> list[str] | None:
    """地区生产总值 | 财政收入 over 总量（亿元） | 增长（%） | 总量（亿元） | 增长（%）: each group
    above spans one run of the columns that repeat below, in order. None for another layout."""
    if len(upper) < 2 or len(lower) % len(upper) or len(lower) == len(upper):
        return None
    width = len(lower) // len(upper)
    if any(c != lower[i % width] for i, c in enumerate(lower)) or any(
        _LABEL_UNIT.search(u) for u in upper
    ):
        return None
    if all(_AGE_CLASS.fullmatch(u) or _member_column(u) for u in upper):
        # 0—14岁 | 65岁及以上 over 人数 | 比重: classes of one quantity, each column's class
        # set apart from its name (``column_class``).
        return [upper[i // width] + CLASS_OF_COLUMN + cell for i, cell in enumerate(lower)]
    if not all(subjects.names_measure(u) for u in upper) and not (
        # 地区生产总值 | 第一产业 | 第二产业 over 总量 | 增长 …: the whole, then its parts.
        subjects.names_measure(upper[0]) and not any(subjects.names_measure(u) for u in upper[1:])
    ):
        return None
    names = []
    for i, cell in enumerate(lower):
        group = upper[i // width]
        gloss = _LABEL_UNIT.search(cell)
        if gloss is not None and _GENERIC_COLUMN.match(cell[: gloss.start()]):
            names.append(group + gloss.group())  # 总量（亿元） under 地区生产总值
        elif _GENERIC_COLUMN.match(cell):
            names.append(group)
        else:
            names.append(group + cell)  # 增长（%）, 占比（%）, 其中：农村
    return names


def times_wrapped_at_right(upper: list[str], lower: list[str]) -> bool:
    """乡镇 | 2030年 | 2031年 | 2031年比上年 over （区） | 增长（%）: a header naming times whose
    last names go on below (and the label's gloss, if any, under the label)."""
    upper, lower = [c.strip() for c in upper], [c.strip() for c in lower]
    if upper and lower and _heads_labels(upper[0]):
        upper = upper[1:]
        if _BRACKETED.fullmatch(lower[0]) and gloss_unit(lower[0][1:-1]) is None:
            lower = lower[1:]
    return _wrapped_at_right(upper, lower) is not None


def _wrapped_at_right(upper: list[str], lower: list[str]) -> list[str] | None:
    """2030年 | 2031年 | 2031年比上年 over 增长（%）: names that are times end on their line;
    the last names, longer, go on below, in order. None for another layout."""
    kept = len(upper) - len(lower)
    if (
        not lower
        or kept < 1
        or not all(_mostly_time(u) and _LABEL_UNIT.search(u) is None for u in upper[:kept])
    ):
        return None
    if any(_mostly_time(u) and not _COMPARED_TAIL.search(u) for u in upper[kept:]):
        return None
    return upper[:kept] + [u + w for u, w in zip(upper[kept:], lower, strict=True)]


def _last_name_spans(upper: list[str], lower: list[str]) -> list[str] | None:
    """乡镇 | 土地面积 | 行政村 | 年末户籍 | 农村居民人均可支配收入 over （平方公里） | （个） |
    人口（人） | 金额（元） | 比上年增长（%）: each name above but the last ends on the line below
    with its unit; the last spans the columns left below. None for another layout."""
    aligned = len(upper) - 1
    if len(upper) < 2 or len(lower) < len(upper) + 1:
        return None
    if not all(
        (gloss := _LABEL_UNIT.search(below))
        and not _LABEL_UNIT.search(above)
        and above
        # 营业收入 over 总额（亿元）: a column of a group above, not the end of its name.
        and not _GENERIC_COLUMN.match(below[: gloss.start()])
        and not _GROWTH_HEADER.search(below)
        for above, below in zip(upper[:aligned], lower[:aligned], strict=False)
    ):
        return None
    group = upper[-1]
    if _LABEL_UNIT.search(group) or not all(
        _LABEL_UNIT.search(c) and not _GLOSS_ONLY.fullmatch(c) for c in lower[aligned:]
    ):
        return None
    names = [above + below for above, below in zip(upper[:aligned], lower[:aligned], strict=True)]
    for cell in lower[aligned:]:
        gloss = _LABEL_UNIT.search(cell)
        if gloss is not None and _GENERIC_COLUMN.match(cell[: gloss.start()]):
            names.append(group + gloss.group())  # 金额（元） under 人均可支配收入
        elif _GROWTH_HEADER.search(cell) or _SHARE_HEADER.search(cell):
            names.append(group + cell)  # 比上年增长（%）
        else:
            names.append(cell)
    return names


def _spans_resolved(cells: list[str]) -> tuple[list[str], set[int]]:
    """Each cell's name, 〃 read as the name after it that spans it; and the columns a name
    spans with others."""
    names = list(cells)
    for i in reversed(range(len(names))):
        if names[i] == SPAN_MARK:
            names[i] = names[i + 1] if i + 1 < len(names) else ""
    spanned = {i for i in range(len(cells)) if SPAN_MARK in (cells[i], cells[i - 1] if i else "")}
    return names, spanned


# 人均, 平均, 每: words that a name cannot end with.
_UNFINISHED_NAME = ("人均", "户均", "平均", "每")


def _aligned_names(upper: list[str], lower: list[str]) -> list[str] | None:
    """Two header lines whose cells stand in the columns they name, blank where nothing
    stands (a header laid out with spaces, which the normaliser writes with a cell for each
    column, 〃 where the name after it spans the column too): each column's name read down
    it. A group's name spanning columns below keeps its 〃 for the line under it. None for
    lines without blank cells, which say nothing of where their names stand."""
    if not any(c in ("", SPAN_MARK) for c in (*upper, *lower)):
        return None
    years = [c for c in upper if c not in ("", SPAN_MARK)]
    if (rolled := _years_rolled_over(years, lower)) is not None:
        # 2029年 | 2030年 over 第1季 … 第4季 | 第1季: where a year stands over its quarters
        # says less than the order the quarters run in.
        return [year + below for year, below in zip(rolled, lower, strict=True)]
    width = max(len(upper), len(lower))
    upper = upper + [""] * (width - len(upper))  # blank cells at the end go unwritten
    lower = lower + [""] * (width - len(lower))
    groups, spanned = _spans_resolved(upper)
    lower_names, _ = _spans_resolved(lower)
    names = []
    for i, (group, below) in enumerate(zip(groups, lower_names, strict=True)):
        if group and gloss_unit(below) is not None:
            below = f"（{below}）"  # 亿元 under 商品销售额: a unit written bare, as in brackets
        gloss = _LABEL_UNIT.search(below)
        if not group or not below:
            names.append(group or below)
        elif i not in spanned:
            names.append(group + below)  # 年末 / 常住人口 / （万人）: a name wrapped down
        elif _CLASSIFIED_BY.match(group) or (group.startswith("按") and group.endswith("分")):
            names.append(below)  # 按性别分 over 男 | 女: how the columns are classified
        elif _GROWTH_HEADER.search(below) or _SHARE_HEADER.search(below):
            names.append(group + below)  # 工业增加值 over 比上年增长%
        elif group.endswith(_UNFINISHED_NAME):
            names.append(group + below)  # 农村居民人均 / 可支配收入(元): a name wrapped down
        elif gloss is not None and (
            not below[: gloss.start()].strip() or _GENERIC_COLUMN.match(below[: gloss.start()])
        ):
            # 总量（亿元） under 工业增加值; (万元) alone under 地区生产总值: the group's unit
            names.append(group + gloss.group())
        elif _GENERIC_COLUMN.match(below) or _GROUP_TOTAL.fullmatch(below):
            names.append(group)
        else:
            names.append(below)  # a quantity of its own, or a part, under the group
    for i, cell in enumerate(lower):
        if cell == SPAN_MARK and i + 1 < width and names[i] == names[i + 1]:
            names[i] = SPAN_MARK  # (出口 over 金额 | 增长%: still a group for the line below)
    return names


_BRACKETED = re.compile(r"[（(][^（()）]{1,6}[）)]")


def merge_header(upper: list[str], lower: list[str], aligned: bool = False) -> list[str]:
    """One header out of two lines (企业单位数 | 营业收入 | 利润总额 over 行业 | （个） |
    总额（亿元） | 比上年增长（%） | （亿元））: a unit alone below names the next group above; a
    name below is a column of the group above it (the first such name after a unit opens
    the next group); 合计 and 总额 below are the group itself."""
    upper, lower = [c.strip() for c in upper], [c.strip() for c in lower]
    if len(lower) >= 3 and _UNIT_COLUMN.match(lower[0]) and _bare_units(lower[1:]):
        # 指标 | 绝对数 | 比上年增长 over 单位 | 亿元 | %: a line of the columns' units, headed
        # under the labels' column.
        lower = lower[1:]
    if _bare_units(lower):
        # 绝对数 | 比上年增长 over 亿元 | %: units written bare, as in brackets (not the ends of
        # names wrapped onto the line below).
        lower = [f"（{c}）" for c in lower]
    if aligned and (names := _aligned_names(upper, lower)) is not None:
        return names
    if len(lower) == 1 and _heads_labels(lower[0]) and upper and not _heads_labels(upper[0]):
        # 地区生产总值 | 第一产业 over 年份 (and the rules drawn under the groups): the label's
        # head, below the names of the columns after it.
        return lower + upper
    label: list[str] = []
    if lower and _heads_labels(lower[0]):
        label, lower = lower[:1], lower[1:]
    elif upper and _heads_labels(upper[0]):
        label, upper = upper[:1], upper[1:]
        if _BRACKETED.fullmatch(lower[0] if lower else "") and gloss_unit(lower[0][1:-1]) is None:
            # 乡镇 | 户籍人口 over （区） | （人）: the label's gloss wrapped below it too.
            label, lower = [label[0] + lower[0]], lower[1:]
    spanned = _last_name_spans(upper, lower)
    if spanned is not None:
        return label + spanned
    if (right := _wrapped_at_right(upper, lower)) is not None:
        return label + right
    if (repeated := _repeated_columns(upper, lower)) is not None:
        return label + repeated
    if (wrapped := _unfinished_names_wrapped(upper, lower)) is not None:
        # 年末户籍 | #非农 | 出生率 | 自然 over 人口 | 人口 | 增长率: the names that
        # are no quantity alone go on below, in order.
        return label + wrapped
    if _each_name_wrapped(upper, lower):
        # 企业 | 营业 | 利润 over 单位数 | 收入 | 总额: each name above
        # goes on in the cell below it.
        return label + [u + w for u, w in zip(upper, lower, strict=True)]
    if (
        len(lower) == len(upper) + 1
        and len(upper) >= 2
        and _GROUP_TOTAL.fullmatch(lower[0])
        and lower[1].startswith("其中")
        and not any(_GLOSS_ONLY.fullmatch(c) for c in lower)
    ):
        # 算力总规模（PFLOPS） | 智能算力 | 在用标准 over 合计 | 其中：智能算力 | 占比（%） |
        # 机架（架）: the first name above spans its total and its part; each name after it
        # wrapped onto the line below.
        part_gloss = _LABEL_UNIT.search(upper[0])
        spanned = [upper[0], lower[1] + (part_gloss.group() if part_gloss else "")]
        return label + spanned + [u + w for u, w in zip(upper[1:], lower[2:], strict=True)]
    if (
        len(lower) == len(upper) >= 2
        and all(_LABEL_UNIT.search(c) for c in lower)
        and not any(c.startswith("其中") for c in lower)
    ):
        # 工业增加值 | 比上年增长 | #规模以上工业 | 占地区生产 over 年份 | （亿元） | （%） |
        # 增加值增长（%） | 总值比重（%）: as many names above as columns below, each wrapped
        # onto the line below, which ends it with its unit.
        return label + [u + w for u, w in zip(upper, lower, strict=True)]
    if (glossed := _units_for_unglossed(upper, lower)) is not None:
        return label + glossed
    if (closed := _units_closed_below(upper, lower)) is not None:
        return label + closed
    if (
        len(lower) == len(upper) >= 2
        and not any(c.startswith("其中") for c in lower)
        # (村（居） is a name whose brackets hold no unit)
        and not any(_unit_glossed(c)[1] is not None for c in upper)
    ):
        # R&D人员 | R&D经费 | 比上年 over 全时当量 | 内部支出 | 增长: as many cells below as
        # above, each name going on in the cell below it.
        return label + [u + w for u, w in zip(upper, lower, strict=True)]
    # 亿元 | 比上年增长% under 商品销售额: a unit written bare heads its column as in brackets.
    lower = [f"（{c}）" if gloss_unit(c) is not None else c for c in lower]
    groups = iter(upper)
    group: str | None = None
    opened_by_unit = True
    names = []
    # (人) | (亩) | 可支配收入(元) under … | 农村居民人均: a line of units, one of them with the
    # rest of a name wrapped onto it.
    units_below = sum(1 for c in lower if _GLOSS_ONLY.fullmatch(c)) >= max(2, len(lower) - 1)
    for cell in lower:
        if _GLOSS_ONLY.fullmatch(cell):
            group, opened_by_unit = next(groups, None), True
            names.append((group or "") + cell)
            continue
        if cell.startswith("其中") and opened_by_unit and names:
            # 专利申请数 over （件） | 其中：发明专利: a part of the group just named, in its unit;
            # the group above spans both columns, so the next name above is the next unit's.
            gloss = _LABEL_UNIT.search(names[-1])
            names.append(cell + (gloss.group() if gloss else ""))
            continue
        if group is None or opened_by_unit:
            group, opened_by_unit = next(groups, None), False
        base, gloss = _unit_glossed(group or "")
        own_gloss = _LABEL_UNIT.search(cell)
        total = _GROUP_TOTAL.fullmatch(cell)
        if total is not None:
            names.append(base + (total.group("gloss") or (group or "")[len(base) :]))
        elif (
            group
            and own_gloss is not None
            and _GENERIC_COLUMN.match(cell[: own_gloss.start()])
            # (企业单位数 | 营业收入 | 利润总额 over （家） | （亿元） | 绝对数（亿元）: among bare
            # units, not 人数(万人) | 比重(%) repeated under each group a line above names.)
            and any(_GLOSS_ONLY.fullmatch(c) for c in lower)
        ):
            names.append(base + own_gloss.group())  # 绝对数（亿元） under 利润总额
        elif own_gloss is None and group and gloss is not None:
            names.append(cell + group[len(base) :])  # 邮政业务总量 under 邮电业务总量（亿元）
        elif units_below and own_gloss is not None and group and gloss is None:
            names.append(group + cell)
        elif _GROWTH_HEADER.search(cell) or _SHARE_HEADER.search(cell):
            names.append(base + cell)  # 比上年增长（%） under 营业收入
        else:
            names.append(cell)
    return label + names


def _member_column(name: str) -> str | None:
    """The member a column is headed with (甲市, 城镇, 男), '' for the whole of the members
    (全省, 合计), None for a column that names a time, a measure, a rate, a unit or a plan."""
    bare = _LABEL_UNIT.sub("", name).strip()
    if _TOTAL_ROW.match(bare) or bare in ("全体", "全体居民"):
        return ""
    if (
        len(bare) > 10
        or _DIGIT_OR_LATIN.search(bare)
        or not _names_own_quantity(bare)  # a time, a rate, a unit, a serial or a generic count
        or _CHANGE_HEADER.search(bare)
        or _PERCENT_HEADER.search(bare)
        or _TARGET_COLUMN.match(bare)
        or _SAYS_WHICH_FORECAST.search(bare)
        or _VINTAGE_COLUMN.search(bare)
        or _DISTRIBUTION_POINT.fullmatch(bare)
        or _NOT_A_MEMBER.search(bare)
        or subjects.names_measure(bare)
    ):
        return None
    return bare


def _member_columns(
    names: list[str], label_column: int, every: bool = False
) -> list[str | None] | None:
    """The member each column after the labels names (see ``_member_column``), where two or
    more do (城镇 | 农村, 甲市 | 乙市 | 丙市), or one beside the whole (全省 | 甲市); else None
    (目标 | 执行情况: no members). ``every``: only where every column of figures does, one
    of them the whole (the rows being members too, a column naming a quantity of its own
    makes the others its parts)."""
    members = [_member_column(n) if i > label_column else None for i, n in enumerate(names)]
    if every and "" not in members:
        # (乡镇 | 粮食 | 油料 under …农产品产量: the products side by side, each a quantity;
        # 行业 | 合计 | 城镇 | 乡村: a whole and its parts)
        return None
    if every and any(
        m is None
        for i, (m, n) in enumerate(zip(members, names, strict=True))
        if i > label_column
        and not _UNIT_COLUMN.match(n.strip())
        and not _NO_FIGURE_COLUMN.match(n.strip())
    ):
        return None
    named = sum(1 for m in members if m)
    return members if named >= 2 or (named == 1 and "" in members) else None


# 0—14岁, 65岁及以上, 60岁以上: a class of people by age.
_AGE_CLASS = re.compile(
    r"\d{1,3}(?:\s*[—–\-~至]\s*\d{1,3})?\s*(?:周岁|岁)(?:及以上|以上|以下|及以下)?"
)
_DIGIT_OR_LATIN = re.compile(r"[0-9A-Za-z０-９]")
# 本年 | 上年, 实绩 | 完成: columns of the row's figure at two times or as done, not members.
_NOT_A_MEMBER = re.compile(
    r"本|上|去|当|累计|实际|实绩|完成|执行|情况|进度|预计|规划|合计|小计|总|均|增|减|变|^按|[^\w（）()]"
)


def _bare_units(cells: list[str]) -> bool:
    """Whether a header line is two or more units alone, none in brackets (亿元 | %)."""
    return len(cells) >= 2 and all(gloss_unit(c) is not None for c in cells)


def join_wrapped(upper: list[str], lower: list[str]) -> list[str] | None:
    """A header whose names wrapped onto a second line (完成改造 | 新认定 over 企业数(家) |
    数字化车间(个)): the second line's cells end the last columns' names. None when the second
    line is not shorter."""
    if not lower or len(lower) >= len(upper):
        return None
    offset = len(upper) - len(lower)
    return upper[:offset] + [
        u.strip() + w.strip() for u, w in zip(upper[offset:], lower, strict=True)
    ]


def _column_names(header: list[str] | None, n_cells: int) -> list[str]:
    """The header's name of each cell of a row; a row with fewer cells than its header lost
    its leading cells (a category written once for several rows), so it aligns on the right."""
    if not header:
        return [""] * n_cells
    if len(header) == n_cells - 1 and not _LABEL_COLUMN.match(header[0]):
        # \t2024年\t2025年: a header whose empty corner cell was lost names the columns
        # after the rows' labels.
        return ["", *header]
    names = [close_spaced(n) for n in (header[-n_cells:] if len(header) >= n_cells else header)]
    return names + [""] * (n_cells - len(names))


# 总　计, 年　龄: a two-character name spaced out to the width of the column.
_SPACED_OUT = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def close_spaced(cell: str) -> str:
    """A cell's words without the spaces that set them out to the column's width."""
    return _SPACED_OUT.sub("", cell) if " " in cell or "\u3000" in cell else cell


# 表2　…月薪酬水平　　单位：元: the unit line written at the end of the title's line.
UNIT_AFTER_TITLE = re.compile(
    r"(?<!法人)(?<!事业)(?:金额|计量)?单位\s*[：:]\s*(?P<unit>[^\s，。；、;）)：:]{1,8})(?P<rest>)\s*$"
)


def title_subject(line: str) -> str | None:
    """What a table's title line says the table counts (表1　按单位类型分组的法人单位 →
    法人单位), or None if the line is no table title."""
    m = _TABLE_TITLE.match(line)
    if m is None:
        return None
    # …销货价值及按年变动#, …收入*: a mark that points to a note under the table.
    title = (m.group("title") or m.group("yearbook_title")).strip().rstrip("#＃*＊※")
    title = UNIT_AFTER_TITLE.sub("", title).rstrip("，, \u3000\t")
    # 工业生产指数（105年=100）: the index's base is no part of its name.
    title = INDEX_BASE.sub("", title)
    # 分行业增加值, 按地区分…: how the rows are classified, not what they count.
    title = _CLASSIFIED_BY.sub("", title)
    # 五省份…增加值情况, 各设区市…收入, 软件业分领域收入: the members, how they are classified
    # and the word for a report are not the quantity.
    # (2031年分行业…: after the year too; …（2030年末）leaves its brackets empty.)
    title = _CLASSIFIED_BY.sub("", _EMPTY_BRACKETS.sub("", subjects.strip_times(title)))
    # 5月及首五个月…: the word that joined two times is left with neither.
    title = _JOINER_LEFT.sub("", title)
    title = _TITLE_TAIL.sub("", _MEMBERS_COUNTED.sub("", title))
    title = CLASSIFIED_INSIDE.sub("", title)
    if _GROWTH_TITLE.search(title):
        # …指数的按年变动(%): the cells are the growth of the quantity named before it.
        title = _RATE_AFTER_QUANTITY.sub("", title) or title
    owner, _, counted = title.rpartition("的")
    if owner and _CLASS_COLUMN.search(counted):
        # 表2 …规模居前五位的省份: the rows are the class; the quantity is named before it.
        return subjects.clean(_RANKED_TAIL.sub("", owner)) or None
    return subjects.clean(counted) or None


# …情况表, …销货价值及按年变动, …出口额及其增长速度: the report's word, and the change or
# share given beside the quantity.
_TITLE_TAIL = re.compile(
    r"(?:基本|完成|发展|主要)?(?:情况|概况|统计|一览|汇总)表?$"
    # …成长率预测比较: forecasts of the quantity set side by side.
    r"|(?:预测|预估)?(?:值)?比较表?$"
    r"|及按[年季月]变动$|及其?(?:增长速度|增速|增长率|[年季月]增率|成长率|增幅|比重|构成)$"
)
# （上年=100）, 环比（上月=100）, （2022年7月至2023年6月=100）: the base an index is read against,
# in brackets (a column of index numbers, or a title naming the index).
INDEX_BASE = re.compile(r"\s*[（(][^（()）]{0,24}[=＝]\s*100[）)]")
_EMPTY_BRACKETS = re.compile(r"[（(]\s*[）)]")
_JOINER_LEFT = re.compile(r"^[及和与、]")
_MEMBERS_COUNTED = re.compile(
    r"^(?:全国|全省|全市)?(?:[\d一二三四五六七八九十]+个?|各)"
    r"(?:省份|省区市|省|设区市|城市|市州|市|区县|县|地区|乡镇（街道）|乡镇|街道|社区|村)"
    # 各县（市、区）, 各行业: the members in brackets of their kinds, or a class of them.
    r"(?:[（(][^（()）]{1,6}[）)])?"
    r"|^各(?:行业|产业|门类|领域|类型|部门|机构)(?=[一-鿿]{2})"
    # 主要货品出口订单: the rows are the main goods; the title's quantity is after them.
    r"|^主要(?:货品|商品|农产品|工业产品|产品|国家和地区|国家|地区|市场)(?=[\u4e00-\u9fff]{2})"
    # 外销订单主要接单地区: …or before them, the rows' class closing the title.
    r"|(?<=[\u4e00-\u9fff]{2})主要[\u4e00-\u9fff]{0,3}?(?:国家和地区|国家|地区|市场|省份|城市)$"
    # 数据中心能效指数前三位城市, 利润总额前10位企业: the members ranked by the title's quantity.
    r"|(?<=[\u4e00-\u9fff]{2})(?:位居|居|排名|排在?)?前[\d一二三四五六七八九十]+(?:位|名|强)?"
    r"(?:省份|省区市|省|城市|地市|市州|地区|区县|县|企业|公司|国家|行业)$"
    # 部分地市…得分: some of the members, named in the rows.
    r"|^部分(?:省份|省区市|地市|城市|市州|区县|县|地区|企业|行业|职业|工种|岗位)"
    r"(?:[（(][^（()）]{1,6}[）)])?(?=[\u4e00-\u9fff]{2})"
)
CLASSIFIED_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:分|按)(?:领域|行业|地区|门类|类型|产品)(?:划分|分组)?的?"
    # …指数按组成项目划分的按年变动: how the rows are classified, inside the title.
    r"|(?<=[\u4e00-\u9fff])按[\u4e00-\u9fff]{1,8}?(?:划分|分组)的?"
    # 抵港旅客按居住地(统计): how the rows are classified, at the end of the title.
    r"|(?<=[\u4e00-\u9fff])按[\u4e00-\u9fff]{1,8}(?:分组|划分)?$"
)
_CLASSIFIED_BY = re.compile(
    r"^(?:分|按)(?:行业|产业|三次产业|地区|市州|区县|县区|城市|乡镇|街道|省份|门类|类型|规模|登记注册类型)分?"
    # 按三次产业分就业人员, 按经济类型分企业: any classification the title states with 按…分.
    r"|^按[\u4e00-\u9fff]{2,6}?分(?=[\u4e00-\u9fff]{2})"
    # 各月份客房收入, 分月…: the rows are months.
    r"|^(?:各月份?|分月)(?=[\u4e00-\u9fff]{2})"
)
_RANKED_TAIL = re.compile(r"(?:位居|居|排名|排在?)?(?:前|第)[\d一二三四五六七八九十]+(?:位|名)?$")


# 表1　…的按年实质增减率（%）: a table whose every cell is a growth rate in percent.
_GROWTH_TITLE = re.compile(
    r"(?:增减率|增长率|增速|增幅|变动率|增长|按[年季月](?:变动|增减|升跌))(?:的?(?:预测|预计)值?)?"
    r"\s*[（(]\s*[%％]\s*[）)]\s*$"
    # 居民消费价格比上年涨跌幅度: the cells are the changes on last year, in percent.
    r"|(?:比上年|比上月|同比|环比)(?:涨跌幅度|涨跌幅|增减幅度|涨跌)\s*$"
    # （实质变动百分率）, （按年变动百分率）: the cells are rates of change, in percent.
    r"|[（(](?:实质|名义|按年|按季)?(?:变动|增减)百分率[）)]\s*$"
    # …出口预测（按年变动）: the cells are the changes on a year before.
    r"|[（(]按[年季月](?:变动|增减|升跌)[）)]\s*$"
    # 消费者物价指数年增率 (its % on the unit line below): a title ending in the rate's name.
    r"|(?:增减率|增长率|变动率|[年季月]增率|成长率)\s*$"
)


_RATE_AFTER_QUANTITY = re.compile(
    r"的?(?:按[年季月](?:变动|增减|升跌)|增减率|增长率|增速|增幅|变动率)\s*(?:[（(]\s*[%％]\s*[）)])?\s*$"
)


def title_is_growth(line: str, caption: bool = False) -> bool:
    """Whether a table's title line says its cells are growth rates in percent; with
    ``caption``, a line above the table that names it without a number (出口预测（按年变动）)."""
    m = _TABLE_TITLE.match(line)
    if m is None and not caption:
        return False
    title = m.group("title") or m.group("yearbook_title") if m is not None else line.strip()
    title = UNIT_AFTER_TITLE.sub("", title).rstrip()
    return _GROWTH_TITLE.search(_TITLE_TAIL.sub("", title)) is not None


class _Column(NamedTuple):
    """A column of a classification table: its quantity, unit and magnitude."""

    subject: str
    unit_written: str | None
    unit: str | None
    magnitude: float


_CURRENCY_NAME = re.compile(r"^(?:新台币|人民币|澳门元|港元)(?=[万亿千百十]+元|元)")


def gloss_unit(gloss: str | None) -> tuple[float, str, str | None] | None:
    """(magnitude, unit as written, base unit) of a gloss that is a unit alone (万个, 亿元, %),
    or None."""
    if gloss is not None:
        # 新台币亿元, 人民币万元: the currency named before the magnitude of its 元.
        gloss = _CURRENCY_NAME.sub("", gloss)
    read = read_unit(gloss, 0) if gloss else None
    if (
        read is None
        or read.end != len(gloss or "")
        or not (read.unit_written or read.magnitude_text)
    ):
        return None
    return (
        read.magnitude,
        read.magnitude_text + (read.unit_written or ""),
        base_unit(read.unit_written),
    )


def _same_base_unit(gloss: str | None, other: str | None) -> bool:
    """Whether two unit glosses count in the same base unit (亿吨 and 万吨 both in 吨)."""
    read, other_read = gloss_unit(gloss), gloss_unit(other)
    return read is not None and other_read is not None and read[2] == other_read[2]


# 单位：家，亿元，万美元，万人，%: one unit for each run of columns that share it, in column order.
_UNIT_LIST_SEPARATOR = re.compile(r"\s*[，,、；;/]\s*")
_MONEY_COLUMN = re.compile(
    r"(?:收入|额|产值|增加值|投资|利润|出口|进口|税收|税金|支出|营收|成本|资产|负债|余额|费用|工资|金)$"
)


def _unit_kind(unit: str) -> str:
    if unit == "%":
        return "rate"
    if unit == "‰":
        return "per_mille"
    if "元" in unit:
        return "money"
    return "people" if unit.endswith(("人", "人次")) else "count"


def _counts_apart(label: str, quantity: str) -> bool:
    """固定通信业务收入 / 移动电话用户: users (people, households) are no part of an amount."""
    return _MONEY_COLUMN.search(quantity) is not None and implied_unit(label) in (
        "户",
        "人",
        "人次",
    )


def _unit_of_row(table_unit: str, subject: str) -> tuple[float, str, str | None] | None:
    """Of the units a line above a table lists (亿元、万户), the one a row's quantity is counted
    in: the unit its noun implies (用户 → 户), or the money unit for an amount (收入, 总量 of a
    business); None when the list names no unit for it."""
    listed = [gloss_unit(u) for u in _UNIT_LIST_SEPARATOR.split(table_unit.strip())]
    readable = [read for read in listed if read is not None]
    if len(readable) < 2:
        return None
    implied = implied_unit(subject)
    if implied is not None:
        return next((read for read in readable if read[2] == implied), None)
    money = [read for read in readable if read[2] in CURRENCIES]
    if len(money) == 1 and (_MONEY_COLUMN.search(subject) or subject.endswith("总量")):
        return money[0]
    return None


_PER_MILLE_RATES = ("出生率", "死亡率", "自然增长率")


def _column_kind(name: str) -> str | None:
    """What a column's quantity is measured as (money, people, count, rate), or None if its
    name does not say."""
    bare = _LABEL_UNIT.sub("", name).strip()
    if bare.endswith(_PER_MILLE_RATES):
        return "per_mille"  # births, deaths and natural growth per thousand people
    if _PERCENT_HEADER.search(bare) or _GROWTH_HEADER.search(bare) or bare.endswith("率"):
        return "rate"
    if _MONEY_COLUMN.search(bare):
        return "money"
    implied = implied_unit(bare)
    if implied == "人":
        return "people"
    return "count" if implied is not None or bare.endswith("数") else None


def column_units(names: list[str], first: int, unit_line: str | None) -> dict[int, str]:
    """The unit of each column from a unit line listing several (单位：家，亿元，万美元，万人，%),
    or {} if it lists one. The list names each unit once, in the order of the columns, so
    the columns split into consecutive runs, one per unit, each run of a kind its unit fits."""
    units = [u for u in _UNIT_LIST_SEPARATOR.split(unit_line or "") if u]
    columns = [i for i in range(first, len(names)) if _LABEL_UNIT.search(names[i]) is None]
    if sum(u != "%" for u in units) < 2 or len(units) > len(columns):
        return {}
    if any(gloss_unit(u) is None and u not in ("%", "‰") for u in units):
        return {}
    kinds = [_column_kind(names[i]) for i in columns]
    fits = [[k is None or k == _unit_kind(u) for u in units] for k in kinds]
    # runs[c][u]: whether columns[:c+1] can split into runs of units[:u+1], column c in run u.
    runs = [[False] * len(units) for _ in columns]
    for c in range(len(columns)):
        for u in range(len(units)):
            before = (c == 0 and u == 0) or (
                c > 0 and (runs[c - 1][u] or (u > 0 and runs[c - 1][u - 1]))
            )
            runs[c][u] = fits[c][u] and before
    if not runs[-1][-1]:
        return {}
    # Where the split is free (several money columns, then 亿元, 万美元), a unit changes as
    # late as it can: the list's first units are those of the table's main columns.
    assigned, u = {}, len(units) - 1
    for c in range(len(columns) - 1, -1, -1):
        assigned[columns[c]] = units[u]
        if c > 0 and u > 0 and runs[c - 1][u - 1]:
            u -= 1
    return assigned


_SHARE_TAIL = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])(?:占比|所占比重|比重)$")


_TOTAL_SUFFIX = re.compile(r"(?:合计|总计|总数)$")


def _class_column(name: str, table_subject: str | None) -> _Column:
    if (rate := _RATE_BEFORE_QUANTITY.match(name)) is not None and rate.end() < len(name):
        # 按年變動（%）價值 | 按年變動（%）數量: the change of the quantity named after it.
        name = name[rate.end() :] + (rate.group("gloss") or "")
    gloss = _LABEL_UNIT.search(name)
    unit_written, unit, magnitude = None, None, 1.0
    if gloss is not None:
        read = gloss_unit(gloss.group("unit"))
        if read is not None:
            magnitude, unit_written, unit = read
        name = name[: gloss.start()]
    # 智能算力占比（%）: the share of 智能算力.
    named = _GROWTH_TAIL.sub("", _SHARE_TAIL.sub("", name))
    if table_subject and (untimed := subjects.strip_times(named).strip()) != named.strip():
        # 2026年11月指数 | 较上月(%): the time is the column's period, not part of its name.
        named = untimed
    quantity = subjects.clean(named) or (
        "" if table_subject and _GROWTH_HEADER.search(name) else subjects.clean(name)
    )
    if _BARE_COUNT.fullmatch(quantity) and named.endswith(quantity) and len(named) > len(quantity):
        # 完成改造企业数: what was done to the things counted names them (not 企业数 alone).
        quantity = _DONE_BEFORE.sub("", named.strip())
    if (
        quantity in _BARE_ASPECTS
        and table_subject
        and (both := _BOTH_ASPECTS.search(table_subject)) is not None
        and both.start() >= 2
    ):
        # 按年變動（%）：數量 under …轉口貨物價值及數量: the one of the two the column names.
        quantity = table_subject[: both.start()] + quantity
    elif (
        quantity in _BARE_ASPECTS
        and table_subject
        and table_subject.endswith(_BARE_ASPECTS)
        and len(table_subject) > 2
    ):
        # 價值 | 數量 under …的銷貨價值及按年變動: the same goods' value and volume.
        quantity = table_subject[:-2] + quantity
    elif (
        quantity in _BARE_ASPECTS
        and table_subject
        and table_subject.endswith("额")
        and len(table_subject) > 2
    ):
        # 價值按年變動 | 數量按年變動 under …零售業銷貨額: the sales' value and volume.
        quantity = table_subject[:-1] + quantity
    elif quantity in _BARE_ASPECTS and table_subject and len(table_subject) >= 2:
        # 價值 | 數量 under …劃分的零售業銷貨: the value and volume of what the title names.
        quantity = table_subject + quantity
    elif table_subject and (
        not quantity
        or _GENERIC_COLUMN.match(quantity)
        or _VINTAGE_COLUMN.search(name)  # 2月预测 | 本次: the title's quantity, as estimated
        # 收入（亿元） under 表2 …软件业务收入…: the column is the title's quantity, named short.
        or (
            len(quantity) >= 2
            and table_subject.endswith(quantity)
            # 法人单位和从业人员: a title naming two quantities names neither in full.
            and not any(join in table_subject for join in "和及与、")
            # (出口 under …货物进出口: the exports, not the trade its name ends)
            and not (quantity == "出口" and table_subject.endswith("进出口"))
        )
    ):
        quantity = table_subject
    elif not quantity and _TARGET_COLUMN.match(named.strip()):
        quantity = named.strip()  # 年度目标(家): a column named only as a target keeps its name
    if unit is None and named.strip().endswith("得分"):
        unit_written = unit = "分"  # 地市 | 得分 | 排名: a score is in points
    return _Column(quantity, unit_written, unit, magnitude)


# P25, P50, 中位数, 平均数, 最低值: a point of a distribution, not a quantity of its own.
_DISTRIBUTION_POINT = re.compile(
    r"P\d{1,2}|[前后]?\d{1,2}%分位(?:数|值)?|(?:[低中高]位|平均|算术平均|众)数|均值|中位值"
    r"|最[高低大小]值?|(?:上|下)四分位(?:数|值)?"
)
_BARE_COUNT = re.compile(r"[\u4e00-\u9fff]{1,2}数")  # 企业数, 户数
_DONE_BEFORE = re.compile(r"^(?:完成|实现|累计)")
_RATE_BEFORE_QUANTITY = re.compile(
    r"(?:按[年季月]变动|同比增长|比上年增长|增长)(?P<gloss>[（(][%％][）)])?[：:]?"
)
_BARE_ASPECTS = ("价值", "数量", "金额")
_BOTH_ASPECTS = re.compile(r"(?:价值|数量|金额)(?:及|和|与)(?:价值|数量|金额)$")


def _unit_glossed(name: str) -> tuple[str, tuple[float, str, str | None] | None]:
    """A header split into its name and the unit its parenthesis glosses (绝对额（亿元）), or
    the whole name and None."""
    gloss = _LABEL_UNIT.search(name)
    if gloss is None:
        return name, None
    return name[: gloss.start()], gloss_unit(gloss.group("unit"))


def _column_unit(name: str) -> tuple[float, str, str | None] | None:
    """The unit a column's header glosses (绝对额（亿元）), other than a percentage."""
    read = _unit_glossed(name)[1]
    return read if read is not None and read[2] != "%" else None


# 出口 | 进口 under 单位：亿元: a flow of trade is a quantity, though its name has no measure noun.


def _quantity_columns(names: list[str], label_column: int, table_unit: str | None = None) -> int:
    """How many columns after the label name a quantity of their own with its unit (播种面积
    （万亩） | 总产量（万吨））, or in the unit a line above the table sets (单位：万人 / 招生数 |
    在校生数): two or more make the rows members of a classification, as in a table of crops
    or of regions headed only 指标."""
    count = 0
    for name in names[label_column + 1 :]:
        quantity, read = _unit_glossed(name)
        if read is None and not (
            table_unit and (subjects.names_measure(quantity) or quantity in subjects.TRADE_FLOWS)
        ):
            continue
        # 2030年12月用户规模（万人）: a quantity at a time is still a quantity of its own.
        quantity = subjects.strip_times(quantity)
        if (
            len(quantity) >= 2
            and not _names_time(quantity)
            # 绝对额（亿元）: the value of the row's own quantity, whatever its unit
            and not _GENERIC_COLUMN.match(quantity)
            and _GROWTH_HEADER.search(quantity) is None
            and _SHARE_HEADER.search(quantity) is None
            and _TARGET_COLUMN.match(quantity) is None
        ):
            count += 1
    return count


def column_groups(
    text: str, line_before: tuple[int, int] | None, header: list[str]
) -> list[str] | None:
    """The group each column of ``header`` falls under, from the line above it (新建住宅
    二手住宅 over 城市 | 环比 | 同比 | 环比 | 同比), or None. Each group is taken to span an
    equal share of the columns after the label, as such headers are drawn."""
    if line_before is None:
        return None
    labels = [cell.strip() for cell in _CELL.findall(text, *line_before) if cell.strip()]
    if labels and _LABEL_COLUMN.match(labels[0]):
        labels = labels[1:]  # 指标 | 10月 | 1—10月: the corner heads the labels' column
    if (rolled := _years_rolled_over(labels, header)) is not None:
        return rolled
    if (
        len(labels) >= 2
        and len(header) % len(labels) == 0
        and (period := len(header) // len(labels)) >= 2
        and all(header[i] == header[i + period] for i in range(len(header) - period))
        and all(GROUP_LABEL.fullmatch(label) or _TIME_LABEL.fullmatch(label) for label in labels)
    ):
        # 10月 | 1—10月 over 绝对额 | 同比 | 绝对额 | 同比, a header that lost its corner cell:
        # each group over the columns that repeat under it.
        return ["", *(labels[i // period] for i in range(len(header)))]
    data_columns = len(header) - 1
    if (
        len(labels) < 2
        or data_columns % len(labels) != 0
        or data_columns == len(labels)
        or any(not GROUP_LABEL.fullmatch(label) for label in labels)
    ):
        return None
    span = data_columns // len(labels)
    return ["", *(labels[i // span] for i in range(data_columns))]


# 第1季, 一季度, Q3, 11月: a time of the year, numbered in its sequence.
_TIME_IN_YEAR = re.compile(
    r"\s*(?:第\s*)?(?P<quarter>[1-4一二三四])\s*季度?\s*|\s*[Qq](?P<q>[1-4])\s*"
    r"|\s*(?P<month>1[0-2]|0?[1-9])\s*月份?\s*"
)


def _years_rolled_over(labels: list[str], header: list[str]) -> list[str] | None:
    """2029年 | 2030年 over 第1季 | 第2季 | 第3季 | 第4季 | 第1季: the year each quarter (month)
    is of, the next year from where the sequence starts again, however the years spanned
    their columns; None unless the years run out exactly with the sequence."""
    if len(labels) < 2 or any(year_name(label) is None for label in labels):
        return None
    groups, year, last = [], 0, None
    for name in header:
        m = _TIME_IN_YEAR.fullmatch(name)
        if m is None:
            if last is not None:
                return None  # (a column of another kind among the times)
            groups.append("")
            continue
        number = m.group("quarter") or m.group("q") or m.group("month")
        number = int(cjk_number(number)) if not number.isdigit() else int(number)
        if last is not None and number <= last:
            year += 1
            if year == len(labels):
                return None
        groups.append(labels[year])
        last = number
    return groups if year == len(labels) - 1 else None


GROUP_LABEL = re.compile(r"[\u4e00-\u9fff（）()]{2,16}")
_TIME_LABEL = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}[—–\-~至])?\d{1,2}月份?|(?:\d{4}年)?[一二三四]季度|\d{4}年"
)


def _index_cell(
    text: str,
    m: re.Match[str],
    label: str,
    group: str,
    name: str,
    subject: str,
    breakdown: str | None,
    period: Period,
    sentence: str,
) -> Observation:
    """An index number in a table (上月=100): a level, without unit, of the table's period; its
    subject is the column's index under its group (新建住宅环比指数), the row its member."""
    index_name = INDEX_BASE.sub("", name).strip() + "指数"
    return _fixed_cell(
        text,
        m,
        f"{group}{index_name}" if group else f"{subject}{index_name}",
        breakdown or subjects.clean(label) or None,
        ("level", None, None),
        period,
        sentence,
    )


def _fixed_cell(
    text: str,
    m: re.Match[str],
    subject: str,
    breakdown: str | None,
    measure_unit: tuple[str, str | None, str | None],
    period: Period,
    sentence: str,
) -> Observation:
    """A cell whose column fixes its measure and unit (measure, base unit, unit as written):
    an exact actual of the table's period."""
    measure, unit, written = measure_unit
    start, end = m.start("num"), m.end("num")
    return Observation(
        subject=subject,
        measure=measure,
        value=float(_digits(m.group("num"))),
        unit=unit,
        value_text=text[start:end],
        char_start=start,
        char_end=end,
        sentence=sentence,
        breakdown=breakdown,
        period_type=period.type,
        period_start=None if period.type == "as_of" else period.start,
        period_end=period.end,
        kind="actual",
        qualifier="exact",
        unit_written=written,
        trace={
            "value": "table_cell",
            "subject": "table_row_label",
            "measure": f"table_column:{measure}",
            "unit": "table_column",
            "period": "table_period" if period.end else "none",
            "kind": "table_row",
        },
    )


def _label_period(label: str, period: Period | None, published: date | None) -> Period | None:
    """The period a row's label names for its own figures (营业收入（1—9月）, 存款余额（10月末）)
    in a table of another period, or None."""
    if "月" not in label and "季" not in label and "年" not in label:
        return None
    year = period.end.year if period and period.end else (published.year if published else None)
    for expr in find_times(label):
        if not expr.is_base:
            resolved = resolve(expr, year, None, published)
            return resolved if resolved.end else None
    return None


def row_time(
    text: str, row: TableRow, above: Period | None, published: date | None
) -> Period | None:
    """The time a row's label names with its year (2030年第1季, 2030年3月), or in the year
    the rows above named (第2季 below it); None for a row of something else."""
    label = _row_label(text, *row.cells[0]).strip()
    if (carried := _time_carried(label, above, published)) is not None:
        return carried
    if year_name(label, whole=False) is None or not _TIME_IN_YEAR.search(label):
        return None
    return _label_period(label, None, published)


def _time_carried(label: str, above: Period | None, published: date | None) -> Period | None:
    """第2季 below 2030年第1季, 4月 below 3月: the time of the year the label names, in the
    year of the row above, or in the next where the sequence starts again."""
    if above is None or above.end is None or not _TIME_IN_YEAR.fullmatch(label.strip()):
        return None
    for year in (above.end.year, above.end.year + 1):
        expr = next((e for e in find_times(label) if not e.is_base), None)
        if expr is None:
            return None
        resolved = resolve(expr, year, None, published)
        if resolved.end is None or resolved.type != above.type:
            return None
        if resolved.end > above.end:
            return resolved
    return None


# 1月, 1—5月, 首5个月, 前三季度: a row of a time of the year.
_MONTHS_LABEL = re.compile(
    r"(?:\d{1,2}[—–\-~至])?\d{1,2}月份?|[前首]\d{1,2}个?月|[前首]?[一二三四1-4]季度?|上半年|下半年"
)
_MONTHS_HEAD = re.compile(r"月份|时间|时期|期间|季度|月度")
_NUMBERED_ROW = re.compile(r"\s*\d{1,2}[.．、](?!\d)")
# —, …: a cell with no figure (not available, not applicable), in a data row.
_MISSING_CELL = re.compile(r"\s*(?:[—–\-－]{1,2}|…{1,2}|\.{3})\s*")


def is_sub_item(text: str, row: TableRow) -> bool:
    """Whether a row opens with 其中 (a part of the row above it)."""
    return text[slice(*row.cells[0])].strip().startswith("其中")


def is_year_row(text: str, row: TableRow) -> bool:
    """Whether a row is labelled by a year alone (2024 | 164.66 | 35.19)."""
    return bool(row.cells) and year_name(text[slice(*row.cells[0])].strip()) is not None


def names_periods(header: list[str]) -> bool:
    """Whether a header line names periods (10月 | 1—10月): groups of the columns below it,
    which ``column_groups`` reads."""
    return any(_mostly_time(name) for name in header[1:])


def _mostly_time(name: str) -> bool:
    """10月, 1—10月, 2024年末: a name that is a time (not 年末常住人口, a quantity at one)."""
    name = _as_time_words(_LABEL_UNIT.sub("", name).strip())
    spans = [e.end - e.start for e in find_times(name) if not e.is_base and e.kind == "period"]
    return bool(spans) and 2 * sum(spans) > len(name)  # (年末户籍 wraps a name, half a time)


def _names_time(name: str) -> bool:
    name = _as_time_words(name)
    return any(not expr.is_base and expr.kind == "period" for expr in find_times(name))


def _period_compared(before: list[Period], left: Period, published: date | None) -> Period:
    """The period a rate column after period columns is of: the left one's, except after
    2023年上半年 | 2022年上半年, a period over and the same one a year before."""
    if len(before) >= 2 and before[-1] == left:
        current, earlier = before[-2], before[-1]
        if (
            current.type == earlier.type
            and current.end is not None
            and earlier.end is not None
            and (current.end.month, current.end.day) == (earlier.end.month, earlier.end.day)
            and current.end.year == earlier.end.year + 1
            and (published is None or current.end <= published)
        ):
            return current
    same_type = [p for p in before if p.type == left.type and p.end is not None]
    if len(same_type) >= 2 and left in same_type:
        # 9月底 | 8月底 | 按月变动: a change of the latest of the times it compares.
        latest = max(same_type, key=lambda p: p.end or date.min)
        if published is None or (latest.end is not None and latest.end <= published):
            return latest
    return left


# 2026Q3, 2026Q4E, 2027E, 2027F: an analyst's quarter or year, the E (F, P) marking an estimate.
_YEAR_QUARTER_ESTIMATE = re.compile(r"\s*((?:19|20)\d{2})(?:[Qq]([1-4]))?([EeFfPp])?\s*")


def _as_time_words(name: str) -> str:
    """2026Q3 → 2026年第3季度, 2027E → 2027年: an analyst's column name as the words of a time."""
    m = _YEAR_QUARTER_ESTIMATE.fullmatch(name)
    if m is None or not (m.group(2) or m.group(3)):
        return name
    return f"{m.group(1)}年" + (f"第{m.group(2)}季度" if m.group(2) else "")


def _column_period(name: str, period: Period, published: date | None) -> Period:
    """The period a column header names (1—11月, 本月, 2024), else the table's own."""
    if not name or _THIS_MONTH.search(name) or _VINTAGE_COLUMN.search(name):
        return period
    name = _as_time_words(name)
    if (year := year_name(name.strip())) is not None:
        # 2024: a column of a year's figures (of its end, for a table of stocks).
        return year_period(year, "column_year")
    year = period.end.year if period.end else (published.year if published else None)
    for expr in find_times(name):
        # 比上年同期增长: 同期 is the table's own period, measured against the year before.
        if not expr.is_base and expr.kind == "period":
            resolved = resolve(expr, year, None, published)
            return resolved if resolved.end else period
    return period


def _row_label(text: str, start: int, end: int) -> str:
    """A row's label without its opener (其中：, 1., 01) or the star of a binding target (粮食产量*,
    explained in a note below the table)."""
    label = _ROW_OPENER.sub("", close_spaced(text[start:end])).rstrip("*＊ ")
    # 出口值（年增率，%）: the rate the row gives and its unit, in one bracket.
    return _RATE_AND_UNIT_GLOSS.sub(r"\g<rate>（\g<unit>）", label)


# （年增率，%）, （同比增长，%）: a row's rate and its unit glossed together.
_RATE_AND_UNIT_GLOSS = re.compile(
    r"[（(](?P<rate>[年季月]增率|增长率|同比增长|同比|增速)[，,、]\s*(?P<unit>[%％])[）)]\s*$"
)


def _unit_column(names: list[str]) -> int | None:
    """Which column holds each row's unit (指标 | 单位 | 2024), or None."""
    return next((i for i, n in enumerate(names) if _UNIT_COLUMN.match(n)), None)


def unit_cell_text(text: str, row: TableRow, header: list[str] | None) -> str | None:
    """What a row's unit column says (万户), or None if the table has none."""
    column = _unit_column(_column_names(header, len(row.cells)))
    return text[slice(*row.cells[column])].strip() if column is not None else None


def main_row_unit(text: str, row: TableRow) -> str | None:
    """The unit a row that is no 其中 part glosses in its label (电子商务交易额（亿元）), or
    None."""
    if not row.cells or is_sub_item(text, row):
        return None
    label = _row_label(text, *row.cells[0])
    gloss = _LABEL_UNIT.search(label)
    return gloss.group("unit") if gloss is not None and not _reckoned_in(label, gloss) else None


def _reckoned_in(label: str, gloss: re.Match[str] | None) -> bool:
    """出口同比（美元）: whether the label's bracket names the currency a growth is reckoned in,
    not the unit of the row's cells."""
    return (
        gloss is not None
        and gloss.group("unit") in CURRENCIES | {"人民币", "按美元计", "以美元计"}
        and _GROWTH_LABEL.search(label, 0, gloss.start()) is not None
    )


# 比上年增长, 同比增速, 增长率: words naming a rate of growth and no quantity.
RATE_WORDS = r"(?:(?:比|较)(?:上|去)年(?:同期)?|同比|环比)?(?:名义|实际)?(?:增长率|增长|增速|增幅)"
# 比上年增长, 同比增速 with no unit of its own: a rate, in percent, whatever the row's unit (an
# amount of change is headed 增加, 增减 or 增量).
_UNGLOSSED_RATE = re.compile(RATE_WORDS)
# 按年变动, 同比增减: a column of changes, which of a rate in percent are points.
_CHANGE_OF_RATE_HEADER = re.compile(r"变动|增减|升降|升跌")
_BARE_RATE_HEADER = re.compile(r"(?:同比|环比)(?:增长)?|增速|增幅|增长率")
# 同比增长, 增速, 比上年增长: a row label naming only a rate of change.
_RATE_ONLY_LABEL = re.compile(
    rf"{RATE_WORDS}|(?:同比|环比|比上年同期|比上年|较上年)?增减"
    # 实质变动率（%）: a change in percent, as Macau heads its growth rows.
    r"|(?:按年|按季)?(?:实质|名义)?变动率"
)


def is_bare_member(text: str, row: TableRow) -> bool:
    """Whether a row's label names only a member (城镇居民, 东部地区), with no quantity, unit,
    number or total word of its own."""
    if not row.cells or _NUMBERED_ROW.match(text, row.cells[0][0]):
        return False
    label = _row_label(text, *row.cells[0])
    if _LABEL_UNIT.search(label) or _TOTAL_ROW.match(label.strip()):
        return False
    member = subjects.clean(label)
    return 2 <= len(member) <= 8 and not subjects.names_measure(member)


def main_row_label(text: str, row: TableRow) -> str | None:
    """The quantity a row that is no 其中 part names, for the parts below it; None for a part."""
    if not row.cells or is_sub_item(text, row):
        return None
    label = _row_label(text, *row.cells[0])
    return subjects.clean(_LABEL_UNIT.sub("", label)) or None


def _amount_with_unit(text: str, start: int, end: int) -> Quantity | None:
    """The one figure a cell writes with its magnitude or unit (3,412亿元), or None."""
    found = lex(text, start, end)
    if len(found) != 1 or text[start:end].strip() != text[found[0].start : found[0].end]:
        return None
    q = found[0]
    return q if q.unit not in (None, "%") and q.word_measure is None else None


def _names_whole(label: str, table_subject: str) -> bool:
    """总数, and 总指数 under …价格指数: a row naming the whole the title counts."""
    return label == "总数" or (
        len(label) >= 3 and label[0] == "总" and table_subject.endswith(label[1:])
    )


def total_quantity(text: str, row: TableRow, table_subject: str | None = None) -> str | None:
    """The quantity a table's first data row names (数字经济核心产业增加值 | 6284.5 | …), whose
    parts the rows below it are when their labels name no quantity; None if it names none.
    A row naming what the table's title is about (常住人口 under 年末常住人口数及其构成) names
    the whole too."""
    if len(row.cells) < 2:
        return None
    label = _row_label(text, *row.cells[0])
    if _LABEL_UNIT.search(label):
        return None  # 营业收入（亿元）: rows that carry their units name quantities of their own
    if _NUMBERED_ROW.match(text, row.cells[0][0]):
        return None  # 5.常住人口城镇化率 / 6.…: numbered indicators, none a part of another
    label = subjects.clean(label)
    if table_subject and _names_whole(label, table_subject):
        return table_subject  # 表二 抵港旅客按居住地统计 / 总数 | …: the whole the title names
    if subjects.names_measure(label):
        return label
    titled = len(label) >= 2 and bool(table_subject) and table_subject.startswith(label)
    return label if titled else None


# 全区 | 东湖街道 | 西城街道 over 5120 | 1830 | 1475: a table laid on its side, the members
# across its one header line and the title's quantity of each below (a dash where a member has
# none).


def _members_across(text: str, row: TableRow, header: list[str]) -> list[str] | None:
    """The members a header line names above a row of bare figures, one for each cell, or None
    if the header names anything else (quantities, times, a label column) or the row is not
    all figures."""
    if len(header) != len(row.cells) or len(header) < 3:
        return None
    members = [name.strip() for name in header]
    if any(
        len(m) < 2
        or len(m) > 12
        or any(c.isdigit() for c in m)
        or _names_time(m)
        or subjects.names_measure(m)
        or _LABEL_UNIT.search(m)
        or _LABEL_HEADS.match(m)
        or _LABEL_COLUMN.match(m)
        for m in members
    ):
        return None
    cells = [text[a:b] for a, b in row.cells]
    if not all(_NUMBER_CELL.match(c) or _MISSING_CELL.fullmatch(c) for c in cells):
        return None
    if sum(1 for c in cells if _NUMBER_CELL.match(c)) < 2:
        return None
    return members


def _across_observations(
    text: str,
    row: TableRow,
    members: list[str],
    table_subject: str,
    table_unit: str | None,
    period: Period | None,
    published: date | None,
) -> Iterator[Observation]:
    read = gloss_unit(table_unit)
    magnitude, unit_written, unit = read if read is not None else (1.0, None, None)
    period = period or NO_PERIOD
    kind, kind_rule = kind_for_future("actual", "table_row", period.end, published)
    sentence = text[row.cells[0][0] : row.cells[-1][1]]
    for member, (cell_start, cell_end) in zip(members, row.cells, strict=True):
        m = _NUMBER_CELL.match(text, cell_start, cell_end)
        if m is None:
            continue  # —: the member has none
        percent = bool(m.group("pct")) or unit == "%"
        yield Observation(
            subject=table_subject,
            measure="level",
            value=float(_digits(m.group("num")))
            if percent
            else float(Decimal(_digits(m.group("num"))) * Decimal(magnitude)),
            unit="%" if percent else unit or implied_unit(table_subject),
            value_text=text[m.start("num") : m.end("pct") if m.group("pct") else m.end("num")],
            char_start=m.start("num"),
            char_end=m.end("pct") if m.group("pct") else m.end("num"),
            sentence=sentence,
            breakdown=None if _TOTAL_ROW.match(member) else subjects.clean(member) or member,
            period_type=period.type,
            period_start=None if period.type == "as_of" else period.start,
            period_end=period.end,
            kind=kind,
            unit_written="%" if percent else unit_written,
            trace={
                "value": "table_cell",
                "subject": "table_title",
                "breakdown": "member_across_header",
                "measure": "table_cell",
                "unit": "table_unit_line" if read is not None else "implied",
                "period": f"table_period:{period.rule}" if period.end else "none",
                "kind": kind_rule,
            },
        )


def row_observations(
    text: str,
    row: TableRow,
    header: list[str] | None,
    period: Period | None,
    published: date | None,
    table_subject: str | None = None,
    total: str | None = None,
    groups: list[str] | None = None,
    growth_table: bool = False,
    table_unit: str | None = None,
    share_of: str | None = None,
    index_table: bool = False,
    row_above: str | None = None,
    total_unit: str | None = None,
    row_above_unit: str | None = None,  # the unit of the row whose part this row is
    rates_in_percent: bool = False,  # the unit line lists % for the rates (单位：亿元，%)
    part_of: str | None = None,  # the quantity of the row above, of which this row is a member
    forecast: bool = False,  # the title says the table forecasts (…出口预测)
    time_above: Period | None = None,  # the time the row above is of (see ``row_time``)
) -> Iterator[Observation]:
    """The statistics of one data row; ``header`` names the columns (None if unknown),
    ``table_subject`` is what the table's title says it counts, ``total`` the quantity its
    first row named and ``groups`` what a header line above the header names each column
    under (新建住宅 over 环比 and 同比)."""
    if len(row.cells) < 2:
        return
    if (
        table_subject
        and header is not None
        and (across := _members_across(text, row, header)) is not None
    ):
        yield from _across_observations(
            text, row, across, table_subject, table_unit, period, published
        )
        return
    names = _column_names(header, len(row.cells))
    classes = [n.partition(CLASS_OF_COLUMN)[0] if CLASS_OF_COLUMN in n else "" for n in names]
    names = [n.rpartition(CLASS_OF_COLUMN)[2] for n in names]
    if groups is not None and header and len(groups) == len(header) and names[1:] == header:
        groups = ["", *groups]  # (the groups over a header that lost its corner cell)
    # 排名 | 省份 | 规模（万亿元）: a rank or serial column before the labels holds no label.
    label_column = next(
        (i for i, n in enumerate(names) if _LABEL_COLUMN.match(n)),
        1 if len(names) > 2 and _SERIAL_COLUMN.match(names[0]) else 0,
    )
    if label_column >= len(row.cells):
        return
    # 货物运输量 | 旅客运输量 over 绝对数 | 比上年增长: each group names a quantity of its own.
    measured_groups = {
        g
        for g in groups or ()
        if g
        and not _names_time(g)
        and not _GENERIC_COLUMN.match(_LABEL_UNIT.sub("", g).strip())
        and not _GROWTH_HEADER.search(g)
        and not _SHARE_HEADER.search(g)
    }
    classified = (
        bool(header)
        and (
            _CLASS_COLUMN.search(names[label_column]) is not None
            or (
                _GOODS_COLUMN.match(names[label_column].strip()) is not None
                # (产品名称 | 单位 | 产量: each row in its own unit, a quantity of its own)
                and _unit_column(names) is None
                and (
                    bool(table_subject)
                    or any(_names_own_quantity(n) for n in names[label_column + 1 :])
                )
            )
            or _quantity_columns(names, label_column, table_unit) >= 2
            or len(measured_groups) >= 2
        )
    )
    label_start, label_end = row.cells[label_column]
    # 居民消费价格指数（上年同期=100）: the index's base is no part of its name or period.
    label = INDEX_BASE.sub("", _row_label(text, label_start, label_end))
    own_period = _label_period(label, period, published)
    if (carried := _time_carried(label, time_above, published)) is not None:
        own_period = carried
    if (year := year_name(label.strip())) is not None and (
        _LABEL_HEADS.match(names[label_column].strip())
        # 2029年 | 513.1 | … under a header whose corner is blank: the year heads its row.
        or not names[label_column].strip()
    ):
        # 年份 | 营业收入（亿元） | … / 2024 | 2561.2: a row of one year's figures.
        own_period = year_period(year, "row_year")
        label, classified, year_row = "", True, True
    elif (
        own_period is not None
        and (
            "年" in label
            or carried is not None
            # 月份 | 当月同比 | 累计同比 / 3月 | 7.1 | 7.0 under a title naming the quantity
            or (
                bool(table_subject)
                and _MONTHS_HEAD.fullmatch(names[label_column].strip())
                # (月份 | 2026年 | 2025年: each column a year of the month, read below)
                and not any(year_name(n.strip()) for n in names[label_column + 1 :])
            )
        )
        and "日" not in label  # (2026年4月28日 | 星期二 | 7: a page's running head)
        and not subjects.strip_times(label).strip()
        and (
            _LABEL_HEADS.match(names[label_column].strip())
            or _MONTHS_HEAD.fullmatch(names[label_column].strip())
            or not names[label_column].strip()
        )
    ):
        # 期间 | 总量 | 增速 / 2031年第3季 | 812 | 4.4: a row of one quarter's (half-year's,
        # month's) figures, as a year's row is.
        label, classified, year_row = "", True, True
    else:
        year_row = False
    # 月份 | 2031年 | 2030年 / 1月 | 2,416 | 2,105: a month's figures of the title's quantity,
    # one column for each year.
    month_row = (
        label.strip()
        if not year_row
        and table_subject
        and _MONTHS_LABEL.fullmatch(label.strip())
        and (_MONTHS_HEAD.fullmatch(names[label_column].strip()) or not names[label_column].strip())
        and sum(1 for n in names[label_column + 1 :] if year_name(n.strip()) is not None) >= 2
        else None
    )
    if month_row is not None:
        label, own_period = table_subject, None
    magnitude, unit_written, row_unit = 1.0, None, None
    unit_gloss = _LABEL_UNIT.search(label)
    if _reckoned_in(label, unit_gloss):
        label, unit_gloss = label[: unit_gloss.start()], None
    unit_cell = _unit_column(names)
    # The unit in the label's parenthesis, else in the unit column (5G基站数（累计） | 个).
    glosses = (
        unit_gloss.group("unit") if unit_gloss is not None else None,
        text[slice(*row.cells[unit_cell])].strip()
        if unit_cell is not None and unit_cell < len(row.cells)
        else None,
    )
    if glosses == (None, None) and row_above_unit is not None:
        # 电子商务交易额（亿元） / 其中：销售额 / 　　采购额: parts in the unit of the row above.
        glosses = (row_above_unit, None)
    for gloss in glosses:
        read = gloss_unit(gloss)
        if read is not None:
            magnitude, unit_written, row_unit = read
            break
    if unit_gloss is not None:
        label = label[: unit_gloss.start()]
    subject = subjects.clean(label)
    if table_subject and _names_whole(subject, table_subject) and not total:
        subject = table_subject  # 总指数 | 103.5 under …价格指数: the whole the title names
    if subject == "总数" and (total or table_subject):
        subject = total or table_subject  # 总数 | 2,871,300: the whole the table counts
    if row_above is not None and _RATE_ONLY_LABEL.fullmatch(label.strip()):
        # 软件业务收入（亿元） | 19,860 / 同比增长（%） | 10.4: the growth of the row above.
        subject = row_above
    total_row = classified and (year_row or _TOTAL_ROW.match(label.strip()) is not None)
    breakdown = None
    if (
        not classified
        and total is None
        and table_subject
        and subjects.names_measure(table_subject)
        # 按年实质增减率, 渗透率: a rate's rows are rates of their own, not parts of it.
        and _GROWTH_HEADER.search(table_subject) is None
        and not table_subject.endswith(("率", "指数"))
        and unit_gloss is None
        and (_TOTAL_ROW.match(label.strip()) or (subject and not subjects.names_measure(subject)))
    ):
        # 表1 软件业务规模 / 项目 | 2030年 / 甲类产品 | 3421 / 合计 | 5120: the rows are the
        # members of the quantity the title names, and their total.
        subject, breakdown = table_subject, (None if _TOTAL_ROW.match(label.strip()) else subject)
        if breakdown is not None and row_above is not None and is_sub_item(text, row):
            # 参保人数 / 城镇职工基本养老保险 | 1862.4 / 其中：在职职工 | 1326.5: a part of the
            # row above, not a member of the title's quantity beside it.
            subject = row_above
    if not subject and not total_row:
        return
    if classified and not total_row:
        # 采矿业 | 0.21 | 12.6: the row is a member; the columns name the quantities.
        breakdown = subject
    elif (
        part_of is not None
        and breakdown is None
        and not subjects.names_measure(subject)
        # 流动电话用户（户） / 月费计划用户: a kind with the row's own head noun counts itself.
        and subject[-2:] != part_of[-2:]
        and not _counts_apart(subject, part_of)
    ):
        # 国内出游人次（亿人次） | 32.85 / 　城镇居民 | 25.42: a member of the row above.
        subject, breakdown = part_of, subject
    elif (
        (unit_cell is not None or unit_gloss is not None)
        and row_above is not None
        and breakdown is None  # (not once more, after the title's quantity made it a part)
        and is_sub_item(text, row)
        and not subjects.names_measure(subject)
    ):
        # 固定宽带用户 | 万户 | … / 其中：1000Mbps及以上 | 万户 | …: a part of the row above,
        # its unit in a column or in its label (其中：1000Mbps及以上（万户）).
        subject, breakdown = row_above, subject
    elif (
        total is not None
        and unit_gloss is None
        and subject != total
        and not subjects.names_measure(subject)
        # 电信业务收入 | 亿元 / 移动电话用户 | 万户: a row in another unit is no part.
        and (unit_cell is None or is_sub_item(text, row) or _same_base_unit(glosses[1], total_unit))
        and not _counts_apart(subject, total)
        # (#5G用户 under 移动电话用户 in its unit: the row above's part, not the total's)
        and row_above_unit is None
    ):
        # 核心产业增加值 | 6284.5 / 数字产品制造业 | 1856.3: a part of the first row's quantity;
        # 地区生产总值 / 第一产业: an industry's part of the gross product is its value added
        # (私人消费开支, 货物出口: a part of its spending is a part of the product).
        subject, breakdown = (
            (
                subject + "增加值"
                if subjects.is_gross_product(total) and subject.endswith("业")
                else total
            ),
            subject,
        )
    if month_row is not None and breakdown is None:
        breakdown = month_row  # (1月, 首2个月: the row's time, named as its part of the year)
    period = own_period or period or NO_PERIOD
    sentence = text[label_start : row.cells[-1][1]]
    listed_units = column_units(names, label_column + 1, table_unit) if classified else {}
    column_members = (
        _member_columns(names, label_column, every=classified)
        if not classified or table_subject
        else None
    )
    row_level: tuple[float, str | None, str | None] | None = None  # the row's unit, set aside
    left_period: Period | None = None
    periods_before: list[Period] = []  # of the columns since the last rate column
    part_before: tuple[str, str] | None = None  # the quantity and part a column gave
    quantity_before = ""  # the last column's quantity with a unit of its own
    for column, (cell_start, cell_end) in enumerate(row.cells):
        column_member: str | None = None  # 城镇 under 年末常住人口 | 城镇: the column's part
        name = names[column]
        if column <= label_column or column == unit_cell or _NO_FIGURE_COLUMN.match(name):
            continue
        listed, listed_before = listed_units.get(column), listed_units.get(column - 1)
        m = _NUMBER_CELL.match(text, cell_start, cell_end)
        if m is None and (
            _POINTS_HEADER.search(name)
            or _GROWTH_HEADER.search(name)
            or _CHANGE_HEADER.search(name)
        ):
            m = _FLAT_CELL.match(text, cell_start, cell_end)
        if m is None:
            if _names_time(name):
                # 2025年 | 2030年 | 年均增长 over 5.4 | — | 5左右: the growth is to the blank year.
                left_period = _column_period(name, period, published)
                periods_before.append(left_period)
            elif (
                not name
                and subject
                and (written_in := _amount_with_unit(text, cell_start, cell_end))
            ):
                # 电子商务交易额 | 3,412亿元 | +9.6%: a cell that writes its figure with its unit.
                kind, kind_rule = kind_for_future("actual", "table_row", period.end, published)
                yield Observation(
                    subject=subject,
                    measure="level",
                    value=written_in.value,
                    unit=written_in.unit,
                    value_text=text[written_in.start : written_in.end],
                    char_start=written_in.start,
                    char_end=written_in.end,
                    sentence=sentence,
                    breakdown=breakdown,
                    period_type=period.type,
                    period_start=None if period.type == "as_of" else period.start,
                    period_end=period.end,
                    kind=kind,
                    qualifier="exact",
                    unit_written=written_in.unit_written,
                    trace={
                        "value": "table_cell_with_unit",
                        "subject": "table_row_label",
                        "measure": "table_cell",
                        "unit": "table_cell",
                        "period": f"table_period:{period.rule}" if period.end else "none",
                        "kind": kind_rule,
                    },
                )
            continue
        digits = _digits(m.group("num"))
        group = groups[column] if groups is not None and column < len(groups) else ""
        if classes[column]:
            # 2025 | 62.84 | 12.92 under 0—14岁 over 人数 | 比重: the column's class of people.
            column_member = "、".join(filter(None, (breakdown, classes[column])))
        if _POINTS_HEADER.search(name):
            # 比1—8月加快或回落（百分点）: the change of the row's rate, in points; 2030年6月 |
            # 2029年6月 | 按年变动（百分点）: of the latest of the periods before it.
            compared = (
                _period_compared(periods_before, left_period, published)
                if left_period is not None
                else period
            )
            yield _fixed_cell(
                text, m, subject, breakdown, ("pp_change", "个百分点", "百分点"), compared, sentence
            )
            continue
        if INDEX_BASE.search(name):
            # 甲市 | 100.3 under 新建住宅 / 环比（上月=100）: an index read against its base,
            # a level of the table's period.
            yield _index_cell(text, m, label, group, name, subject, breakdown, period, sentence)
            continue
        # (2030年 | 2031年 | 变动: a change column is of the latest period before it too)
        rate_column = bool(
            _GROWTH_HEADER.search(name) or _SHARE_HEADER.search(name) or _CHANGE_HEADER.search(name)
        )
        column_period = (
            # 10月 | 比上年同期增长（%）: a growth column is of the period of the column before it;
            # 2023年上半年 | 2022年上半年 | 同比增长: of the latest of the periods before it.
            # 2029 | 2030 | 占比: a share column is of the latest year's figures too.
            _period_compared(periods_before, left_period, published)
            if left_period is not None and rate_column and not _names_time(name)
            # 10月 | 1—10月 over 绝对额 | 同比 | …: the period of the group the column is under.
            else _column_period(group, period, published)
            if group and not _names_time(name) and _names_time(group)
            # 第1季 under 2030年: the quarter of the year its group names.
            else _column_period(group + name.strip(), period, published)
            if group and year_name(group) is not None and _TIME_IN_YEAR.fullmatch(name)
            else _column_period(name, period, published)
        )
        if month_row is not None and (column_year := year_name(name.strip())) is not None:
            column_period = (
                _label_period(month_row, year_period(column_year), published) or column_period
            )
        left_period = column_period
        if rate_column:
            periods_before = []
        elif _names_time(name):
            periods_before.append(column_period)
        if not classified and breakdown is None and column_members:
            # 指标 | 甲市 | 乙市 / 地区生产总值（亿元） | 5120.3 | 3268.1: the row's quantity in
            # the member each column names (全省, 合计: the whole, no part).
            column_member = column_members[column] or None
        if classified:
            member = column_members[column] if column_members else None
            column = _class_column(name, table_subject)
            subject = column.subject
            if member is not None:
                # 行业 | 合计 | 城镇 | 乡村 under 分行业就业人员: the title's quantity, in the
                # row's member and the column's.
                subject = table_subject
                column_member = "、".join(filter(None, (breakdown, member)))
            elif table_subject and _DISTRIBUTION_POINT.fullmatch(_LABEL_UNIT.sub("", name).strip()):
                # 岗位 | P10 | 中位数 | P90 under …月薪酬水平: points of the distribution of the
                # title's quantity, in each row's members.
                subject = table_subject
                column_member = "、".join(
                    filter(None, (breakdown, _LABEL_UNIT.sub("", name).strip()))
                )
            if group in measured_groups and (
                not subject or _GENERIC_COLUMN.match(subject) or _GROWTH_HEADER.search(name)
            ):
                subject = subjects.clean(group) or subject  # 绝对数 under 货物运输量
            if subject in ("人均", "户均", "平均") and quantity_before:
                subject += quantity_before  # 地区生产总值 | 比上年增长 | 人均（元）: per head of it
            bare_name = _LABEL_UNIT.sub("", name).strip()
            if quantity_before and (
                (
                    _GROWTH_HEADER.search(name)
                    and not subjects.clean(_GROWTH_TAIL.sub("", bare_name))
                )
                or SHARE_OF_WHOLE_HEADER.fullmatch(bare_name)
            ):
                # … | 用户规模（万人） | 增长率 | 占比（%）: the growth and the share of the
                # quantity before them.
                subject = quantity_before
            elif (
                quantity_before
                and breakdown is None
                and column.unit != "%"
                # in the unit of the column before (户数（万户） | 从业人员（万人）: no part), or
                # in the one unit the line above the table gives every column
                and (
                    (column.unit, column.magnitude) == (row_unit, magnitude)
                    if column.unit is not None
                    else table_unit is not None and (listed is None or listed == listed_before)
                )
                and len(subject) <= 4
                and not subjects.names_measure(subject)
                and len(quantity_before) >= len(subject)
                # (全县 | 粮食 | 油料 under 乡镇: the whole's products side by side, none a part of
                # the one before)
                and not (total_row and not year_row)
            ):
                # 年末常住人口（万人） | 城镇（万人） | 乡村（万人）, 就业人员合计 | 第一产业:
                # parts of the quantity before.
                subject = _TOTAL_SUFFIX.sub("", quantity_before) or quantity_before
                column_member = _class_column(name, table_subject).subject
                part_before = (subject, column_member)
            elif (
                part_before is not None
                and _GROWTH_HEADER.search(name)
                and subject == part_before[1]
            ):
                # 第一产业 | 第一产业增长（%）: the growth of the part the column before gave.
                subject, column_member = part_before
            elif column.unit not in (None, "%"):
                quantity_before = subject
            # (产品名称 | 单位 | 产量: a column that glosses no unit counts in the row's)
            if column.unit != "%" and (column.unit is not None or unit_cell is None):
                row_unit, unit_written, magnitude = (
                    column.unit,
                    column.unit_written,
                    column.magnitude,
                )
            if listed is not None and listed != "%":
                # 单位：家，亿元，万人 over 企业个数 | 营业收入 | 从业人员: the unit listed for it.
                magnitude, unit_written, row_unit = gloss_unit(listed)
                quantity_before = subject
            elif (
                listed is None
                and column.unit is None
                and table_unit is not None
                and not _GROWTH_HEADER.search(name)
                and not _PERCENT_HEADER.search(name)
                and (read := gloss_unit(table_unit)) is not None
            ):
                # 单位：亿元 / 行业 | 营业收入 | 利润总额: the unit line's unit for every column.
                magnitude, unit_written, row_unit = read
                quantity_before = subject
        elif (
            unit_cell is not None
            and unit_gloss is None
            and row_unit is not None
            and (own_unit := _column_unit(name)) is not None
        ):
            # 计量单位 | 数量 | 金额（万美元）: an amount in the column's unit, not in the row's
            # (the row's unit is the count's, for the columns that gloss none).
            row_level = magnitude, unit_written, row_unit
            magnitude, unit_written, row_unit = own_unit
        elif row_unit is None and (column_unit := _column_unit(name)) is not None:
            # 指标 | 绝对额（亿元） | 增长（%）: a column's unit serves labels that name none.
            magnitude, unit_written, row_unit = column_unit
        elif (
            row_unit is None
            and table_unit is not None
            and not _PERCENT_HEADER.search(name)
            and (read := gloss_unit(table_unit)) is not None
        ):
            # 单位：万元 above the table: the unit of the cells no column or label gives one.
            magnitude, unit_written, row_unit = read
        elif (
            row_unit is None
            and table_unit is not None
            and not classified
            and not _PERCENT_HEADER.search(name)
            and (read := _unit_of_row(table_unit, subject)) is not None
        ):
            # 单位：亿元、万户 over 电信业务收入 and 移动电话用户: each row takes the listed unit
            # its quantity is counted in.
            magnitude, unit_written, row_unit = read
        growth_label = _GROWTH_LABEL.search(label)
        if growth_label is not None and not classified:
            # 营业收入比上年增长: the quantity, without its base either.
            quantity = _COMPARED_TAIL.sub("", label[: growth_label.start()])
            # (同比增长 names no quantity: 同 is what is left of its base.)
            # (经济增长率: 经济 alone names no quantity; the rate's whole name does.)
            subject = (
                named
                if len(named := subjects.clean(quantity)) >= 2 and named != "经济"
                else subject
            )
        if index_table and not subject.endswith("指数"):
            subject += "指数"  # 上年=100 / 第一产业 | 103.6: the index of the quantity
        if (
            share_of is not None
            and growth_label is None
            and _GROWTH_HEADER.search(name) is None
            and ((own := _column_unit(name)) is None or own[2] == "%")
            # (单位：人，% over 人口数 | 比重: the unit line gives the count its own unit)
            and listed in (None, "%")
            and not (
                rates_in_percent
                and table_unit not in (None, "%")
                and _RATE_HEADER.search(name) is None
            )
        ):
            # 核心产业增加值构成（核心产业=100） / 甲业 | 35.0: each member's share of the whole
            # (not a row or a column naming a rate, nor a column with a unit of its own: 人口数
            # （万人） beside 比重（%））.
            unit: str | None = "%"
            measure, value, written = "share", float(digits), "%"
            subject, breakdown = share_of, subjects.clean(label) or breakdown
        elif not (
            # 发明专利拥有量（件） | 21.6 | 35 | 〔13.4〕: the total over the plan period of a
            # quantity in units of its own is an amount in that unit, not a rate.
            row_unit not in (None, "%")
            and growth_label is None
            and not m.group("pct")
            and text.startswith("〔", m.start("num") - 1)
        ) and (
            m.group("pct")
            or _PERCENT_HEADER.search(name)
            or (
                row_unit == "%"
                and (growth_label or growth_table or _GROWTH_HEADER.search(name))
                and not _CHANGE_HEADER.search(name)
            )
            or (growth_table and row_unit is None)
            # 商品 | 金额 | 同比 | 占比: a column named only as a rate holds rates, in percent.
            or (row_unit is None and _BARE_RATE_HEADER.fullmatch(name.strip()) is not None)
            or _UNGLOSSED_RATE.fullmatch(name.strip()) is not None
            or listed == "%"
            or (rates_in_percent and _RATE_HEADER.search(name) and _column_unit(name) is None)
        ):
            unit = "%"
            measure = (
                "growth"
                if _GROWTH_HEADER.search(name)
                or growth_label
                or growth_table
                # +13% | -5%: a signed percentage is a change (no share is below zero)
                or (m.group("pct") and m.group("num").startswith(("-", "+")))
                # 同比(%) | 全年预测(%): the forecast of the rate the table gives beside it.
                or (
                    _FORECAST_COLUMN.search(name)
                    and any(_GROWTH_HEADER.search(other) for other in names if other != name)
                )
                else "share"
                if _SHARE_HEADER.search(name) or _SHARE_LABEL.search(label)
                else "level"
            )
            value, written = float(digits), "%"
            if growth_label is not None and growth_label.group("fall") and value > 0:
                value = -value  # 能耗降低 | % | 3.3: a fall of 3.3 %
            elif (
                measure == "growth"
                and row_unit == "%"
                and growth_label is None
                and text.startswith("〔", m.start("num") - 1)
            ):
                # 城镇化率 | % | 66.8 | 70 | 〔3.2〕: a rate's change over the plan, in points.
                unit, measure, written = "个百分点", "pp_change", "个百分点"
            elif (
                measure == "growth"
                and row_unit == "%"
                and growth_label is None
                and not m.group("pct")
                and _CHANGE_OF_RATE_HEADER.search(name)
                and subjects.clean(label).endswith("率")
            ):
                # 平均出租率（%） | 81.2 | +2.1 under 按年变动: a rate's change, in points.
                unit, measure, written = "个百分点", "pp_change", "个百分点"
        else:
            unit = row_unit
            measure = (
                "change"
                if _GROWTH_HEADER.search(name) or _CHANGE_HEADER.search(name)
                else "share"
                if unit == "%" and _SHARE_LABEL.search(label)
                else "level"
            )
            if measure == "change" and unit == "%":
                # 城镇调查失业率（%） | 5.2 | 5.0 | -0.2 under 增减量: a rate's change, in points.
                unit, measure = "个百分点", "pp_change"
            # Decimal so that 12.3万 is 123000, not 123000.00000000001.
            value, written = float(Decimal(digits) * Decimal(magnitude)), unit_written
            if unit is None and measure in ("level", "change") and magnitude == 1:
                # 　月费计划用户 | 1 673 675 under 流动电话用户（户）: a count whose unit its
                # noun implies.
                unit = implied_unit(subject)
        if _TARGET_COLUMN.match(_LABEL_UNIT.sub("", name).strip()):  # 年度目标(家), too
            kind, kind_rule = "target", "table_target_column"
        elif (estimate := _YEAR_QUARTER_ESTIMATE.fullmatch(name)) and estimate.group(3):
            kind, kind_rule = "target", "table_estimate_column"  # 2027E: an analyst's forecast
        elif (
            forecast and not any(_SAYS_WHICH_FORECAST.search(n) for n in names)
        ) or "预测" in name:
            # 2月预测: an expected value (预计完成 in a plan report is the year's outturn)
            kind, kind_rule = "target", "table_forecast_column"
        else:
            kind, kind_rule = kind_for_future("actual", "table_row", column_period.end, published)
        value_start = m.start("bound") if m.group("bound") else m.start("num")
        value_end = (
            m.end("word") if m.group("word") else m.end("pct") if m.group("pct") else m.end("num")
        )
        yield Observation(
            subject=subject,
            measure=measure,
            value=value,
            unit=unit,
            value_text=text[value_start:value_end],
            char_start=value_start,
            char_end=value_end,
            sentence=sentence,
            breakdown=column_member or breakdown,
            period_type=column_period.type,
            period_start=None if column_period.type == "as_of" else column_period.start,
            period_end=column_period.end,
            kind=kind,
            qualifier=_BOUNDS.get(m.group("bound") or "")
            or _WORD_BOUNDS.get(m.group("word") or "", "exact"),
            unit_written=written,
            trace={
                "value": "table_cell",
                "subject": "table_row_label",
                "measure": f"table_column:{name}" if name else "table_cell",
                "unit": "table_row_label" if written and written != "%" else "table_cell",
                "period": f"table_column_period:{column_period.rule}"
                if column_period.end
                else "none",
                "kind": kind_rule,
            },
        )
        if row_level is not None:
            magnitude, unit_written, row_unit = row_level
            row_level = None
