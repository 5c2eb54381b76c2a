"""Text normalisation: from a bulletin's decoded text to the text the grammar reads.

What belongs here: undoing layout debris that is not language (PDF line wraps inside
sentences and numbers, spaces between CJK characters, ideographic-space indentation) and
folding full-width digits, letters and number punctuation to ASCII, and converting traditional
characters to simplified ones (OpenCC t2s, one character for one); the cells of tables laid
out with spaces become tab-parted, and their headers cells by column (``aligned_headers``).
Every character of the output keeps the index of the raw character it came from
(``source_offsets``), so a span found later can be traced back to the raw bytes.

What does not belong here: anything that decides meaning (numbers, units, sentences). Chinese
punctuation that delimits clauses (，。；、（）“”《》) is kept as it is.
"""

from __future__ import annotations

import itertools
import re
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain
from typing import Any, overload

from pipelines.aligned_headers import align_spaced_headers

__all__ = ["NormalisedText", "SourceOffsets", "normalise"]


class SourceOffsets(Sequence[int]):
    """For each character of the normalised text, the index of the raw character it came from.

    Held as runs: normalisation copies the raw text in long pieces, each of whose characters
    sits as many places after the piece's first as in the raw text. One entry per piece, not one
    int per character: building the per-character list took about a third of the time of
    normalising, and the pipeline reads an offset only for the rare span it traces back.
    """

    __slots__ = ("_length", "_raw_starts", "_starts")

    def __init__(self, starts: list[int], raw_starts: list[int], length: int) -> None:
        self._starts = starts  # where each run starts in the normalised text, ascending
        self._raw_starts = raw_starts  # where it starts in the raw text
        self._length = length

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("source offset index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._raw_starts[run] + index - self._starts[run]

    def __iter__(self) -> Iterator[int]:
        ends = [*self._starts[1:], self._length]
        # Not strict: without runs (an empty text) ``ends`` still holds the length.
        return chain.from_iterable(
            range(raw, raw + end - start)
            for start, end, raw in zip(self._starts, ends, self._raw_starts, strict=False)
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __repr__(self) -> str:
        return f"SourceOffsets({list(self)!r})"


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """The normalised text and, for each of its characters, the index in the raw text."""

    text: str
    source_offsets: SourceOffsets

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw ``[start, end)`` span that the normalised ``[start, end)`` span came from."""
        if start >= end:
            raw = self.source_offsets[start] if start < len(self.source_offsets) else start
            return raw, raw
        return self.source_offsets[start], self.source_offsets[end - 1] + 1


_BOX_VERTICALS = "│┃┆┇┊┋║╎╏"


def _fold_table() -> dict[int, str]:
    """One-to-one folds (so offsets do not move): full-width ASCII to ASCII, except the
    punctuation that Chinese text uses as clause delimiters."""
    table: dict[int, str] = {}
    keep = set("，。；：、（）！？“”《》【】〔〕")
    for code in range(0xFF01, 0xFF5F):
        char = chr(code)
        if char in keep:
            continue
        table[code] = chr(code - 0xFEE0)
    # Minus signs and the fraction-slash family that PDFs produce in numbers.
    table[0x2212] = "-"
    table[0x2215] = "/"
    table[0x00A0] = " "
    # Tables drawn with box-drawing characters (text exports of spreadsheets and PDFs): a
    # vertical rule parts cells as | does.
    for char in _BOX_VERTICALS:
        table[ord(char)] = "|"
    return table


_FOLD = _fold_table()
# The scanned patterns below open with a single character class (``[x][x]*``, not ``[x]+``)
# or a literal: only then does the regex engine jump from one such character to the next,
# instead of trying the pattern at every position of the text.
# Runs of characters that fold: str.translate with a dict looks up every character of the
# text in Python, so only the (rare) runs that change are translated.
_FOLDABLE_CHAR = "[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]"
_FOLDABLE = re.compile(f"{_FOLDABLE_CHAR}{_FOLDABLE_CHAR}*")
# A full-width comma or colon between digits is a number separator, not a clause break. The
# patterns start with the literal so that the scanner jumps from comma to comma; the
# lookbehind after it checks the digit before.
_DIGIT_COMMA = re.compile(r"，(?<=\d，)(?=\d{3}(?!\d))")
_DIGIT_COLON = re.compile(r"：(?<=\d：)(?=\d{2}(?!\d))")
_WHITESPACE = re.compile(r"[ \t\u3000\r\n\f\v][ \t\u3000\r\n\f\v]*")
# A line break and the blanks around it, ``[blank]*\n[space]*``: a newline, or a blank
# followed by more blanks and a newline, then any blanks and newlines.
_LINE_SPLIT = re.compile(r"[ \t\u3000\r\f\v\n](?:(?<=\n)|[ \t\u3000\r\f\v]*\n)[ \t\u3000\r\n\f\v]*")
# A line that ends a sentence or introduces a list ends a paragraph.
_LINE_END_FINAL = "。！？!?：:；;"
_CLOSERS = "”’」』）)"
# A line ending in one of these clearly continues on the next line.
_LINE_END_CONTINUES = "，,、（(《“"


# A figure, with its unit if any, just before a position.
_FIGURE_END = re.compile(r"\d(?:[%‰]|[万亿千百]{0,2}[\u4e00-\u9fff]{0,2})$")
_HEADLINE_MAX = 40
_MONTHS_THEN_WORDS = re.compile(r"\d{1,2}(?:[—–-]\d{1,2})?月(?:份)?[\u4e00-\u9fff]{2}")
# A headline's first statement: words, then a figure (not 表3-1, a table's number).
_FIRST_STATEMENT = re.compile(r"(?!表|图|附表)\S*?[\u4e00-\u9fff]{2}\S*\d\S*$")
# A headline's second statement: words, then a figure (机架总数达8.2万架, 占比超六成).
_SECOND_STATEMENT = re.compile(
    r"(?!以上|以下|左右|之间|以内|多|余|的|和|及|与)[\u4e00-\u9fff]{2}[^\s，。；]*?"
    r"(?:\d|[一二两三四五六七八九十半](?:成|倍|番))[^\s，。；]*$"
)


def _is_headline_of_two(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the space at ``start:end`` is the only one of a short line without
    punctuation, between a statement with a figure and another (a headline)."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end]
    return (
        line_end - line_start <= _HEADLINE_MAX
        and line.count(" ") == 1
        and "\t" not in line
        and "\u3000" not in line
        and not any(mark in line for mark in "，。；,;：:")
        and _FIRST_STATEMENT.match(text, line_start, start) is not None
        and _SECOND_STATEMENT.match(text, end, line_end) is not None
    )


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF  # remaining full-width forms
        or 0x2000 <= code <= 0x206F  # general punctuation (“”—…)
    )


def _is_ascii_word(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "._%")


def _splits_decimal(text: str, start: int, end: int) -> bool:
    """Whether the whitespace run ``text[start:end]`` cuts a decimal (``4.`` / ``31``, ``4`` /
    ``.31``)."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (
        len(before) == 2 and before[0].isdigit() and before[1] == "." and after[:1].isdigit()
    ) or (before[-1:].isdigit() and len(after) == 2 and after[0] == "." and after[1].isdigit())


# A line with two or more runs of at least two spaces between words: a table row laid out
# with spaces (地区生产总值　　亿元　　2156.4　　6.1), with no clause punctuation of prose.
# Matched at the line's first non-blank character (an indented 其中 row starts after spaces).
_SPACED_ROW = re.compile(
    r"(?=(?:[^\n]*?\S[ \u3000]{2,}(?=\S)){2})(?=[^\n，。；]*$)"
    # （记者  许  可）: names spaced out inside a byline's brackets are no cells.
    r"(?![^\n]*[（(][^）)\n]*[^\s）)][ \u3000]{2,}[^\s）)][^）)\n]*[）)])",
    re.M,
)


_MISSING_MARKS = "…—–"


def _spaced_word(text: str, start: int, end: int, line_start: int) -> bool:
    """Whether the run text[start:end] parts two single characters of one word spread over a
    table's label column (指    标, 合    计)."""
    if start - 1 < line_start or end >= len(text):
        return False
    before = text[start - 2] if start - 2 >= line_start else "\n"
    after = text[end + 1] if end + 1 < len(text) else "\n"
    if not (
        _is_cjk(text[start - 1])
        and _is_cjk(text[end])
        # 1        …        …: the marks of missing figures are cells, not a word's characters.
        and text[start - 1] not in _MISSING_MARKS
        and text[end] not in _MISSING_MARKS
        and before in " \t\u3000\n"
        and after in " \t\u3000\n"
    ):
        return False
    # 城  镇        乡  村: where the character before ends a word spread over a shorter run,
    # a much longer run parts two cells.
    gap_start = start - 1
    while gap_start > line_start and text[gap_start - 1] in " \u3000":
        gap_start -= 1
    before_gap = start - 1 - gap_start
    spread = before_gap > 0 and gap_start > line_start and _is_cjk(text[gap_start - 1])
    if spread and end - start > before_gap + 2:
        return False
    # 男            女         城镇化率: two one-character cells, parted by more than what parts
    # the second from the next cell; a word spread out has its widest gap after it.
    after_gap = end + 1
    while after_gap < len(text) and text[after_gap] in " \u3000":
        after_gap += 1
    if after_gap >= len(text) or text[after_gap] == "\n":
        return end - start <= 2  # the line's last cell
    return after_gap == end + 1 or end - start <= after_gap - end - 1


def _is_spaced_row(text: str, line_start: int, known: dict[int, bool]) -> bool:
    """Whether the line starting at ``line_start`` is a spaced row; ``known`` holds the answers
    already given for lines of ``text``.

    Asked only at a run of spaces, line by line: finding every spaced row up front tried the
    pattern at every offset of the text, a quarter of the time of normalising.
    """
    if line_start not in known:
        known[line_start] = (
            _SPACED_ROW.match(text, line_start) is not None
            or (
                _TWO_CELL_ROW.match(text, line_start) is not None
                and any(_TWO_CELL_ROW.match(text, n) for n in _neighbour_lines(text, line_start))
            )
            or (
                _TWO_NAME_HEADER.match(text, line_start) is not None
                and _heads_spaced_rows(text, line_start)
            )
        )
    return known[line_start]


_CELL_GAP = re.compile(r"[ \t\u3000]{2,}")  # what parts two cells of a row laid out with spaces
_CORNER_INDENT = 8  # spaces before a header line's first name that leave a blank corner
# 增速         占高技术制造 / (%)          业比重(%): a header of two names far apart, over
# rows laid out with spaces (its first cell, over the labels, is blank).
_TWO_NAME_HEADER = re.compile(
    r"[ \t\u3000]*[^\s，。；,;：:][^\s，。；,;]*[ \u3000]{2,}[^\s，。；,;]+[ \t\u3000]*(?:\n|$)"
)


def _heads_spaced_rows(text: str, line_start: int) -> bool:
    """Whether one of the two lines below the line at ``line_start`` is a row laid out with
    runs of spaces, a label and a cell under each name (not a header of more columns, under
    names of groups), and any line between is such a two-name header line too."""
    below = line_start
    for _ in range(2):
        below = text.find("\n", below) + 1
        if below == 0:
            return False
        if _SPACED_ROW.match(text, below) is not None:
            return len(_CELL_GAP.split(text[below : _line_end(text, below)].strip())) == 3
        if _TWO_NAME_HEADER.match(text, below) is None:
            return False
    return False


# 居民消费价格　　　　0.3: a row of a label and one figure parted by a run of spaces. It is a
# table's when a line next to it is one too (a line of prose may be spaced out once).
_TWO_CELL_ROW = re.compile(
    r"[ \t\u3000]*[^\s，。；,;][^\n，。；]*?(?:[ \u3000]{2,}|\u3000)"
    r"[-+]?\d[\d.,]*[ \t\u3000]*(?:\n|$)"
)


# 锂电池正极材料　吨　　9260: a long label leaves one space before the unit column's cell.
_UNIT_AFTER_LONG_LABEL = re.compile(
    r"[万亿千百]{0,2}(?:吨|千克|公斤|千米|公里|平方米|立方米|米|千瓦时|千瓦|台|辆|件|只|双|套|箱"
    r"|条|部|张|亩|头|人次|人|户|家|个|元|美元)[ \u3000]{2,}"
)


# 蔚州市 14250 9180 64.4 78600 1.28: a PDF table row whose cells single spaces part, a label
# and two figures or more; 16 257.71, a figure with its thousands parted by a space, is none.
_FIGURE_ROW = re.compile(
    # 1　地区生产总值增长　%　6.5　5.4　未完成: a row number before the label, an indented
    # 其中： part, a bound (≤4) among the figures and a word after them may come too.
    # 2021  1286.5  9.6: a year labels the row of a table whose rows are years.
    r"[ \t\u3000]*(?:\d{1,2}[ \t\u3000]+)?"
    # 3月  7.1  7.0: a month labels the row of a table whose rows are months.
    r"(?:(?:19|20)\d{2}年?|\d{1,2}月份?|(?:其中[：:])?[^\s\d，。；,;：:][^\n，。；,;：:]*?)"
    r"(?P<figures>(?:[ \t\u3000]+[-+≤≥＜＞]?\d[\d.]*%?)"
    r"(?:[ \t\u3000]+(?:[-+≤≥＜＞]?\d[\d.]*%?|[-—…]+))+)"
    r"(?:[ \t\u3000]+[\u4e00-\u9fff]{1,4})?[ \t\u3000]*(?:\n|$)"
)
# (One space: 31    120.4, two cells a run of spaces parts, is no such figure.)
_THOUSANDS_PARTED = re.compile(r"(?:^|\s)\d{1,3}[ \u00a0\u2009\u202f]\d{3}(?:\.\d+)?(?=\s|$)")
# 地 区 算力总规模（PFLOPS） 智能算力: a header line of such a table, words parted by spaces.
_HEADER_WORD = r"(?![-+]?[\d.,]+%?(?:[ \t\u3000]|\n|$))[^\s，。；,;]+"
_SPACED_HEADER = re.compile(
    rf"[ \t\u3000]*(?!表|附表|图|注|单位){_HEADER_WORD}(?:[ \t\u3000]+{_HEADER_WORD}){{2,}}"
    r"[ \t\u3000]*(?:\n|$)"
)


# （区） 增长（%）: a header's second line, under a longer one, with only the cells that wrapped.
_WRAPPED_HEADER = re.compile(
    rf"[ \t\u3000]*(?!表|附表|图|注|单位){_HEADER_WORD}(?:[ \t\u3000]+{_HEADER_WORD})+"
    r"[ \t\u3000]*(?:\n|$)"
)


# 货物运输量            旅客运输量: the names of groups of columns, far apart, above a header.
_QUANTITY_WORD = r"[\u4e00-\u9fff]{1,10}(?:量|额|值|收入|人次|面积|用户)"
_GROUP_HEADER = re.compile(
    rf"[ \t\u3000]*{_QUANTITY_WORD}(?:[ \t\u3000]{{4,}}{_QUANTITY_WORD})+[ \t\u3000]*(?:\n|$)"
)


def _is_figure_row(text: str, line_start: int) -> bool:
    row = _FIGURE_ROW.match(text, line_start)
    return row is not None and _THOUSANDS_PARTED.search(row.group("figures")) is None


def _in_figure_table(text: str, line_start: int, known: dict[int, bool]) -> bool:
    """Whether the line at ``line_start`` is a row or a header line of a table whose cells
    single spaces part: figure rows next to each other, and up to three header lines above."""
    if line_start in known:
        return known[line_start]
    answer = False
    if _is_figure_row(text, line_start):
        answer = any(_is_figure_row(text, n) for n in _neighbour_lines(text, line_start))
    elif (
        _WRAPPED_HEADER.match(text, line_start)
        and not _SPACED_HEADER.match(text, line_start)
        and (above := _neighbour_lines(text, line_start)[:1])
        and above[0] < line_start
        and _SPACED_HEADER.match(text, above[0])
        and _in_figure_table(text, above[0], known)
    ):
        answer = True  # 乡镇 2030年 2031年 2031年比上年 / （区） 增长（%）: its second line
    elif _SPACED_HEADER.match(text, line_start) or _GROUP_HEADER.match(text, line_start):
        below = _neighbour_lines(text, line_start)[-1:]
        for _ in range(3):
            if not below or below[0] <= line_start:
                break
            if _is_figure_row(text, below[0]):
                after = _neighbour_lines(text, below[0])[-1:]
                # 汽车制造业  88 … / 计算机、通信和其他电子: a second row, or a row's wrapped label.
                answer = (
                    bool(after)
                    and after[0] > below[0]
                    and (
                        _is_figure_row(text, after[0])
                        or _LABEL_ONLY_LINE.fullmatch(text, after[0], _line_end(text, after[0]))
                        is not None
                    )
                )
                break
            if not _SPACED_HEADER.match(text, below[0]) and not _WRAPPED_HEADER.match(
                text, below[0]
            ):
                break
            below = _neighbour_lines(text, below[0])[-1:]
    known[line_start] = answer
    return answer


# 化学原料和化学制品制造业: a row label alone on its line, no figure, digit or clause mark in it.
_LABEL_ONLY_LINE = re.compile(
    # (#计算机、通信和其他电子设备制造业: a "#" sub-row's label wraps as any other.)
    r"[ \t\u3000]*(?:[#＃](?![#＃\s]))?(?!其中|按|注|表|单位|资料)[^\s\d#＃，。；：:,;（(]{2,20}"
    r"[ \t\u3000]*"
)
# 96    8.8    587.1  37.4: a row's figures (or the marks of missing ones) without its label.
_CELLS_ONLY_LINE = re.compile(
    r"[ \t\u3000]*(?:[-+−]?\d[\d.,]*%?|[—…]+|-)(?:[ \t\u3000]+(?:[-+−]?\d[\d.,]*%?|[—…]+|-))+"
    r"[ \t\u3000]*"
)
_INDENT = re.compile(r"[ \t\u3000]*")


def _wrapped_row_label(
    text: str, line_start: int, line_end: int, next_start: int, figure_tables: dict[int, bool]
) -> str | None:
    """How a table's row label that wrapped onto a line of its own joins its row: a tab when
    the next line holds the row's figures alone (化学原料和化学制品制造业 / 96  8.8 …), nothing
    when it holds the label's last words and then the figures (计算机、通信和其他电子 /
    设备制造业  64 …, at the same indent); None when the line is no such label. Only inside a
    table: the line before is a row of figures."""
    if line_start == 0 or not _LABEL_ONLY_LINE.fullmatch(text, line_start, line_end):
        return None
    before = text.rfind("\n", 0, line_start - 1) + 1
    if not (
        _is_figure_row(text, before)
        or _in_figure_table(text, before, figure_tables)
        or _CELLS_ONLY_LINE.fullmatch(text, before, line_start - 1)  # a row wrapped before
    ):
        return None
    next_end = _line_end(text, next_start)
    if _CELLS_ONLY_LINE.fullmatch(text, next_start, next_end):
        return "\t"
    indent = _INDENT.match(text, line_start).end() - line_start
    next_indent = _INDENT.match(text, next_start).end() - next_start
    label_length = len(text[line_start:line_end].strip())
    if (
        _is_figure_row(text, next_start)
        # (化学原料和化学 /   制品制造业  72.6: a long label's rest may be set in further)
        and (next_indent == indent or (next_indent > indent and label_length >= 6))
        and _LABEL_ONLY_LINE.match(text, next_start) is not None
        and text[next_start + next_indent] not in "#＃"
    ):
        return ""
    return None


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _neighbour_lines(text: str, line_start: int) -> list[int]:
    """Where the lines before and after the line at ``line_start`` start."""
    starts = []
    if line_start > 0:
        starts.append(text.rfind("\n", 0, line_start - 1) + 1)
    next_break = text.find("\n", line_start)
    if next_break != -1:
        starts.append(next_break + 1)
    return starts


_OPEN_BEFORE_FIGURE = re.compile(r"(?:分别达到?|分别为|分别是|达到?|控制在|保持在|稳定在|突破)\s*$")
_CJK_DIGITS = "一二两三四五六七八九十百千"


def _visible_length(line: str) -> int:
    return len(line) - line.count(" ") - line.count("\u3000") - line.count("\t")


_SECTION_NUMBER = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、")


def _ends_paragraph(line: str, short_limit: float) -> bool:
    """Whether the line break after ``line`` is a real paragraph break."""
    stripped = line.rstrip(" \t\u3000")
    if not stripped:
        return True
    last = stripped[-1]
    if last in _CLOSERS and len(stripped) > 1:
        # 。” or 。） close a sentence too; a bare closing bracket does not.
        if stripped[-2] in _LINE_END_FINAL:
            return True
        last = stripped[-2] if stripped[-2] in _LINE_END_FINAL else last
    if last in "；;" and short_limit != float("inf"):
        # A line of full column width that stops at a semicolon was cut there by the wrap;
        # its sentence goes on (甲地区完成…；⏎乙地区完成…).
        return _visible_length(stripped) < 0.85 * short_limit / 0.7
    if last in _LINE_END_FINAL:
        return True
    if last in _LINE_END_CONTINUES:
        return False  # 甲、乙、 / 丙: a line stopping at a comma is cut inside its sentence
    if short_limit == float("inf"):
        return True  # not a wrap-formatted text: every line is a paragraph
    # A short line is a heading or a title line, unless it holds clause punctuation (headings
    # do not) or runs into a number: then it is the end of a wrapped sentence.
    # 二、2030年工作回顾: the 、 of a section number is no clause punctuation.
    body = _SECTION_NUMBER.sub("", stripped, count=1)
    if any(mark in body for mark in "，、；,;") or last.isdigit():
        return False
    return _visible_length(stripped) < short_limit


# 5917.3亿元 / 52740元　29380元: a line of figures alone (an infographic's), and a line opened by
# a bullet, stand on their own; no column wraps there.
_FIGURES_LINE = re.compile(
    r"[ \t\u3000]*(?:[▲▼↑↓]?[ \t\u3000]*[\d.,]*\d[ \t\u3000]*"
    r"(?:[万亿千百]{0,2}[\u4e00-\u9fff]{1,3}|%|‰)[ \t\u3000]*){1,3}"
    # 34216 / 10.2: a table's cells laid out one a line.
    r"|[ \t\u3000]*[-−]?[\d.,]*\d[ \t\u3000]*"
)
_BULLETS = "●○■□◆◇★☆▲△▶►✓✔•"


def _blank_lines_part_paragraphs(lines: list[str]) -> bool:
    """Whether a blank line marks a paragraph break: it does, unless the text puts a blank line
    after most of its lines (a PDF text layer written double-spaced)."""
    filled = sum(1 for line in lines if line.strip())
    blank_after = sum(
        1 for line, after in itertools.pairwise(lines) if line.strip() and not after.strip()
    )
    return filled > 0 and blank_after <= 0.8 * filled


def _near(length: float, width: float) -> bool:
    return 0.8 * width <= length <= 1.2 * width


# Lines shorter than this are a table's cells or labels, one a line, not wrapped text.
_CELL_MAX = 8


def _second_column_width(lines: list[str], main_width: float) -> float | None:
    """The width of a second column (a page's sidebar beside its main article): the median
    length of the longest run of four or more consecutive open lines of about one length not
    near the main width. Runs of lines shorter than eight characters are a table's cells, one
    a line, and lines with bars or tabs its rows, not a column of text."""
    best: list[int] = []
    run: list[int] = []
    for line in [*(line for line in lines if line.strip()), ""]:
        stripped = line.rstrip()
        length = _visible_length(stripped)
        fits = (
            stripped
            and stripped[-1] not in _LINE_END_FINAL + _CLOSERS
            and length >= max(_CELL_MAX, 0.5 * main_width)
            and not _near(length, main_width)
            and "|" not in stripped
            and "\t" not in stripped
        )
        if fits and run and _near(length, run[0]):
            run.append(length)
            continue
        if len(run) >= 4 and len(run) > len(best):
            best = run
        run = [length] if fits else []
    return statistics.median(best) if best else None


def _lines_run_in_columns(lines: list[str], widths: list[float], shortest_run: int = 3) -> bool:
    """Whether most open lines of about one of the widths stand in runs of ``shortest_run`` or
    more such lines, as the wrapped lines of a column do; lines of similar length scattered
    among others are an infographic's labels or a list's items."""
    in_runs = near = run = 0
    run_width: float | None = None
    for line in [*(line for line in lines if line.strip()), ""]:
        stripped = line.rstrip()
        length = _visible_length(stripped)
        width = None
        if stripped and stripped[-1] not in _LINE_END_FINAL + _CLOSERS:
            width = next((w for w in widths if _near(length, w)), None)
        if width is not None and width == run_width:
            run += 1
        else:
            if run >= shortest_run:
                in_runs += run
            run, run_width = (1, width) if width is not None else (0, None)
        near += width is not None
    return in_runs >= 0.5 * near


_NUMBER_TOKEN = re.compile(r"[-+]?\d[\d.,]*%?")


def _is_table_line(line: str) -> bool:
    """A line of cells parted by spaces or tabs, two of them figures or more, and more than
    half of them."""
    if any(mark in line for mark in "，。；"):
        return False  # prose with spaces around its figures, as a PDF's text layer gives it
    cells = line.split()
    figures = sum(1 for cell in cells if _NUMBER_TOKEN.fullmatch(cell))
    return figures >= 2 and 2 * figures > len(cells)


def _short_line_limits(all_lines: list[str]) -> list[float] | None:
    """Per line, the length under which the line, if unterminated, counts as a heading rather
    than a wrapped line; None for a text that is not wrap-formatted (every line a paragraph).

    A text is wrap-formatted (a PDF text layer) when many of its lines stop without sentence
    punctuation and are not much shorter than the lines that end a sentence; wrapped lines of a
    column have about the same length, so a line much shorter than the typical one is a heading.
    A page may hold columns of two widths (an article and its sidebar): each line is then held
    to the width of the column it stands in, read off the line after it (or before it, where
    that one ends a paragraph).
    """
    # 1     岱州市     312     280     111.4: a table's rows are not lines of a column of prose.
    # 城镇调查失业率      %      5.5以内      5.1: nor are the rows of one laid out with spaces.
    lines = [line for line in all_lines if not _is_table_line(line) and not _SPACED_ROW.match(line)]
    open_lengths = [
        _visible_length(line)
        for line in lines
        if line.strip() and line.rstrip()[-1] not in _LINE_END_FINAL + _CLOSERS
    ]
    closed_lengths = [
        _visible_length(line)
        for line in lines
        if line.strip() and line.rstrip()[-1] in _LINE_END_FINAL + _CLOSERS
    ]
    total = len(open_lengths) + len(closed_lengths)
    if len(open_lengths) < 8 or len(open_lengths) < 0.4 * total:
        return None
    open_lines = [line.rstrip() for line in lines if line.strip()]
    ending_in_figure = sum(1 for line in open_lines if _FIGURE_AT_END.search(line))
    if ending_in_figure > 0.6 * len(open_lengths):
        # 地区生产总值：173.9亿元，增长4.7%: lines that each end with a figure are a list of
        # statements, one a line, not the wrapped lines of a column.
        return None
    widths = [statistics.median(open_lengths)]
    pool = open_lengths
    if sum(1 for n in open_lengths if _near(n, widths[0])) < 0.5 * len(open_lengths):
        # The median falls between two columns of about as many lines each, or among the cells
        # of a table laid out one a line (short lines, left out here): the main width is then
        # the length most of the other lines are near, if they stand in runs as wrapped lines do.
        pool = [n for n in open_lengths if n >= _CELL_MAX]
        if len(pool) < 8:
            return None
        counts = Counter(pool)
        modal = max(counts, key=lambda w: (sum(c for n, c in counts.items() if _near(n, w)), w))
        widths = [statistics.median(n for n in pool if _near(n, modal))]
        if not _lines_run_in_columns(lines, widths, shortest_run=2):
            return None
    if widths[0] <= _CELL_MAX:
        # Open lines of four or five characters, about equally long: the labels and figures of
        # an infographic, one a line; no column of prose is that narrow.
        return None
    second = _second_column_width(lines, widths[0])
    if second is not None and _lines_run_in_columns(lines, [widths[0], second]):
        widths.append(second)
    near_typical = sum(1 for n in pool if any(_near(n, w) for w in widths))
    if near_typical < 0.5 * len(pool):
        # Wrapped lines of a column are about equally long; open lines of all lengths are the
        # labels and fragments of an infographic or a list, each a line of its own.
        return None
    if closed_lengths and max(widths) < 0.5 * statistics.median(closed_lengths):
        # Open lines much shorter than the paragraphs: headings of a text whose paragraphs are
        # whole lines, not the wrapped lines of a column (which are about as long as the
        # paragraphs' last lines, or longer).
        return None
    if len(widths) == 1:
        return [0.7 * widths[0]] * len(all_lines)
    lengths = [_visible_length(line) for line in all_lines]
    limits = []
    for i in range(len(all_lines)):
        # The column is the one of the next line, or of the line before; a line with neither
        # in a column is held to the wider one.
        column = max(widths)
        for j in (i + 1, i - 1):
            if 0 <= j < len(all_lines) and (near := [w for w in widths if _near(lengths[j], w)]):
                column = near[0]
                break
        limits.append(0.7 * column)
    return limits


_T2S: Any = None
_TRADITIONAL: re.Pattern[str] | None = None


def _converter() -> tuple[Any, re.Pattern[str]]:
    """OpenCC's t2s converter and a character class of the traditional characters it changes
    (built once: the class is the cheap test that spares simplified texts the conversion)."""
    global _T2S, _TRADITIONAL
    if _T2S is None or _TRADITIONAL is None:
        import opencc

        _T2S = opencc.OpenCC("t2s")
        chars = [chr(c) for c in range(0x3400, 0xA000)]
        converted = _T2S.convert("\n".join(chars)).split("\n")
        changed = [c for c, t in zip(chars, converted, strict=False) if t != c and len(t) == 1]
        _TRADITIONAL = re.compile("[" + "".join(changed) + "]")
    return _T2S, _TRADITIONAL


def to_simplified(text: str) -> str:
    """Traditional characters converted to simplified, one character for one, so offsets hold.

    OpenCC converts phrase by phrase (乾隆 stays, 乾燥 → 干燥); where a phrase conversion
    changes the length, the characters are converted one by one instead.
    """
    converter, traditional = _converter()
    if traditional.search(text) is None:
        return text
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    out = []
    for char in text:
        single = converter.convert(char) if traditional.match(char) else char
        out.append(single if len(single) == 1 else char)
    return "".join(out)


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD)


_CJK_NUMERAL = "一二三四五六七八九十〇零"
_CIRCLE_ZERO = re.compile(f"(?<=[{_CJK_NUMERAL}○])○|○(?=[{_CJK_NUMERAL}○])")


# A year written digit by digit in CJK numerals (二〇二五年, 二零二六年), not a count (十二年).
_CJK_YEAR = re.compile(
    "(?<![一二三四五六七八九十〇零百千万])[一二][〇零一二三四五六七八九]{3}(?=年)"
)
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


# O or o read for 0 inside a number (5.O%, 1O.4, 2O25年), l or I read for 1 before digits
# (l8.43亿元): never next to another ASCII letter, so words (IoT, O2O, Il) keep theirs.
_OCR_LETTER_DIGIT = re.compile(
    # Each alternative opens with its letter, so the scanner jumps between those letters.
    r"[Oo](?:(?<=\d[Oo])(?=[\d.%‰万亿千百元个家人户吨])|(?<=\d\.[Oo])(?![A-Za-z]))"
    r"|[lI](?<=[\u4e00-\u9fff，,：:（(][lI])(?=\d)(?=[\d.]*\d(?:[^A-Za-z\d.]|$))"
)


# 余额3 57.42亿元: after a CJK character, one to three digits, one space, and the rest of the
# number with its magnitude (not 2021 2022, nor cells of a table, parted by tabs).
# 表, 表3, 表一, 附表2, 表2-1: the label that opens a table's title line.
_TABLE_LABEL = re.compile(r"\s*(?:附表|表)[\d一二三四五六七八九十]*(?:[-－]\d{1,2})?")
_OCR_NUMBER_HEAD = re.compile(r"[\u4e00-\u9fff]\d{1,3}$")
_OCR_NUMBER_TAIL = re.compile(r"\d+(?:\.\d+)?[万亿]")
_OCR_DAY = re.compile(r"(?<=\d)曰")
_OCR_ALREADY = re.compile(r"(?<![自知])己(?=经|建成|达到?|有|完成|累计|超过?|突破|形成|成为|实现)")


def _ocr_digit(match: re.Match[str]) -> str:
    return "0" if match.group() in "Oo" else "1"


def _arabic_year(match: re.Match[str]) -> str:
    return match.group().translate(_YEAR_DIGITS)


def _fold(raw: str) -> str:
    """``raw.translate(_FOLD)``, translating only the runs that change."""
    if _FOLDABLE.search(raw) is None:
        return raw
    return _FOLDABLE.sub(_fold_run, raw)


# Page furniture of a PDF's text layer: a page number (— 3 —, - 12 -, 第3页, 3/20) ...
_PAGE_NUMBER = re.compile(
    r"[ \t\u3000]*(?:[-—–－·•]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[-—–－·•]+"
    r"|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页(?:[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页)?"
    r"|\d{1,4}[ \t\u3000]*/[ \t\u3000]*\d{1,4})[ \t\u3000]*"
)
_HEADER_MAX = 40
_RUNNING_HEADER_MIN = 8  # visible characters of a header found across a blank line
_PAGE_DATE = r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[.-]\d{1,2}[.-]\d{1,2})"
_PAGE_NO = r"第[ \t\u3000]*\d{1,3}[ \t\u3000]*版"
_NEWSPAPER_PAGE_LINE = re.compile(
    rf"{_PAGE_DATE}[ \t\u3000]*(?:星期[一二三四五六日天][ \t\u3000]*)?{_PAGE_NO}"
    rf"|{_PAGE_NO}[ \t\u3000]*{_PAGE_DATE}"
)
# 本版责编：甲 乙 版式设计：丙: a newspaper page's credits, printed at a column's foot, so a text
# layer puts them inside the sentence the column breaks.
_CREDITS_LINE = re.compile(
    r"[ \t\u3000\f]*[【\[]?(?:本版责编|责任编辑|本版编辑|版式设计|美术编辑|视觉设计|责任校对|校对)"
    r"[ \t\u3000]*[：:][^，。；！？,;]{0,40}"
)
_FIGURE_AT_END = re.compile(r"\d[\d.,]*\s*(?:%|‰|[\u4e00-\u9fff]{1,4})?[）)]?$")
_UNIT_AFTER_NUMBER = re.compile(r"\d ?[A-Za-z]{1,5}$")
# 平均P / UE降至: the two halves of an acronym in capitals, between Chinese words.
_ACRONYM_HEAD = re.compile(r"[\u4e00-\u9fff] ?[A-Z]{1,4}$")
_ACRONYM_TAIL = re.compile(r"[A-Z]{1,4}(?= ?[\u4e00-\u9fff])")


_NOTE_MARKS = "①②③④⑤⑥⑦⑧⑨⑩"
_BYLINE = re.compile(r"本报讯|本报记者|本报通讯员|新华社[^，。\n]{0,12}电|记者[ \u3000]")


def _follows(lines: list[str], i: int, marked: set[int]) -> bool:
    """Whether one of the three non-blank lines before line ``i`` is marked."""
    seen = 0
    j = i - 1
    while j >= 0 and seen < 3:
        if lines[j].strip():
            if j in marked:
                return True
            seen += 1
        j -= 1
    return False


def _nearest_line(lines: list[str], i: int, step: int) -> int:
    """The index of the nearest non-blank line from line ``i`` in direction ``step``, or -1."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else -1


# （下转第6版） / （上接第5版）: where an article leaves a newspaper's page and where it goes on.
_JUMP_LINE = re.compile(
    r"[ \t\u3000\f]*[（(](?:下转|上接|转|接|续)第?[ \t\u3000]*\d{1,3}[ \t\u3000]*版[）)]"
    r"[ \t\u3000]*"
)
_JUMP_SPAN_MAX = 8  # lines of mastheads, dates and page names between the two jump lines


def _jumped_pages(lines: list[str]) -> set[int]:
    """The jump lines of an article that goes on over a newspaper's pages, and the page
    furniture between a 下转 line and the 上接 line after it (masthead, date, page number and
    name: short lines without clause punctuation)."""
    jumps = [i for i, line in enumerate(lines) if "版" in line and _JUMP_LINE.fullmatch(line)]
    found = set(jumps)
    for i, j in itertools.pairwise(jumps):
        if (
            lines[i].strip().startswith(("（下转", "(下转", "（转", "(转"))
            and j - i <= _JUMP_SPAN_MAX
            and all(
                _visible_length(line.strip()) <= _HEADER_MAX
                and not any(mark in line for mark in "，。；！？,;")
                for line in lines[i + 1 : j]
            )
        ):
            found.update(range(i + 1, j))
    return found


def _blank_page_furniture(text: str) -> tuple[str, list[int]]:
    """The text with page numbers and running headers blanked (same length, so offsets hold),
    and where the blanked lines start.

    A running header is a short line without clause punctuation that repeats, or that repeats
    the start of the title line next to a page number, or a newspaper's page line (a date with
    the page number or weekday, 晨报 2025年3月4日 星期二 第5版).
    """
    if "\n" not in text:
        return text, []
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    credits = {i for i, line in enumerate(lines) if _CREDITS_LINE.fullmatch(line)}
    jumps = _jumped_pages(lines)
    pages = {
        i
        for i, line in enumerate(lines)
        if line.strip()
        and (
            _PAGE_NUMBER.fullmatch(line)
            or (
                len(line) <= _HEADER_MAX
                and "版" in line
                and _NEWSPAPER_PAGE_LINE.search(line)
                and not any(mark in line for mark in "，。；！？,;")
            )
        )
    }
    if not pages and not credits and not jumps:
        return text, []
    title = next((line.strip() for line in lines if line.strip()), "")
    counts = Counter(line.strip() for line in lines if line.strip())
    blank = pages | credits | jumps
    running: set[str] = set()  # the running headers found next to a page number
    for i, line in enumerate(lines):
        core = line.strip()
        if (
            not core
            # 统计摘要·2026            人口与就业: a header's halves at the page's two edges
            or _visible_length(core) > _HEADER_MAX
            or any(mark in core for mark in "，。；！？,;")
        ):
            continue
        # 第二产业 / 亿元 / 4,918.7: a table laid one cell a line going on over the page; its
        # first cells on the new page are no header.
        table_goes_on = any(
            _CELL_NUMBER.fullmatch(below)
            for below in itertools.islice((n for n in lines[i + 1 :] if n.strip()), 2)
        )
        next_to_page = ((i - 1) in pages and not table_goes_on) or (i + 1) in pages
        # — 6 — / (blank) / 统计摘要·2026  人口与就业: a blank line may part a long header from
        # the page number (a short line there may be a table's cell going on over the page).
        if (
            counts[core] >= 2
            and _visible_length(core) >= _RUNNING_HEADER_MIN
            and (_nearest_line(lines, i, -1) in pages or _nearest_line(lines, i, 1) in pages)
        ):
            running.add(core)
        repeats_title = i > 0 and len(core) >= 6 and title.startswith(core) and core != title
        # A page's first line, after the form feed that ends the page before and its number,
        # is the running header of the new page.
        heads_page = (
            line.lstrip(" \t\u3000").startswith("\f")
            and _follows(lines, i, pages)
            # 其中：增值税 / 52000: a table's row going on over the page is no header.
            and not table_goes_on
        )
        # 理论版 beside the page's credits: the name of the page, printed at its foot.
        names_page = (
            core.endswith("版")
            and len(core) <= 10
            and any(_nearest_line(lines, i, step) in credits for step in (-1, 1))
        )
        if (next_to_page and (counts[core] >= 2 or repeats_title)) or heads_page or names_page:
            blank.add(i)
    # The first page's running header stands above its text, far from any page number.
    blank.update(i for i, line in enumerate(lines) if line.strip() in running)
    for page in pages:
        # ① 本章所称规模以上企业指…: the footnotes at a page's foot, between the text the page
        # breaks and its number; the sentence they cut goes on on the next page.
        i = page - 1
        while i >= 0 and not lines[i].strip():
            i -= 1
        notes = []
        while i >= 0 and lines[i].strip()[:1] in _NOTE_MARKS:
            notes.append(i)
            i -= 1
            while i >= 0 and not lines[i].strip():
                i -= 1
        blank.update(notes)
    chars = list(text)
    for i in blank:
        for j in range(starts[i], starts[i] + len(lines[i])):
            chars[j] = " "
    return "".join(chars), sorted(starts[i] for i in blank)


# A table whose layout a PDF text layer lost: its header cells, then each row's label and
# numbers, one a line. Header cells are short; the number columns name a unit (（亿元）, （%）).
_CELL_NUMBER = re.compile(r"[ \t\u3000\f]*(?:[-−+]?[\d.,]*\d%?|[—–\-…]{1,2})[ \t\u3000]*")
# A header cell's name: no figures, though a name may hold a digit that is part of a word (5G).
_HEADER_CELL = re.compile(
    r"(?:[^，。；;\d]|\d+[A-Za-z])(?:[^，。；;\d]|\d+[A-Za-z]){0,13}"
    r"|[^，。；;]{1,10}[（(][^）)]{1,8}[）)]"
)
# （万户）, (%): a header cell's unit laid on the line under its name.
_UNIT_CELL = re.compile(r"[ \t\u3000]*[（(][^（）()，。；;\d]{1,8}[）)][ \t\u3000]*")
# A row's label; it may open with a digit that is part of a word (10G-PON端口, 5G基站).
_ROW_LABEL = re.compile(r"[ \t\u3000\f]*(?:[^，。；;\d\s]|\d+[A-Za-z])[^，。；;]{0,19}")
# 比上年末 / 增长（%）: the rest of a header cell's name wrapped onto the next line, with the
# column's unit.
_WRAPPED_NAME_END = re.compile(
    r"[ \t\u3000]*[^，。；;\d（()]{1,8}[（(][^（）()，。；;\d]{1,8}[）)][ \t\u3000]*"
)
_MAX_COLUMNS = 8
_HEADER_CELL_MAX = 20  # the longest cell _HEADER_CELL matches
# 2024年 / 2025年末: a header cell naming the year of a column.
_YEAR_CELL = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}年(?:底|末)?[ \t\u3000]*")
# 单位 / 万户: the column of each row's unit, and a unit in it.
_UNIT_HEADER = re.compile(r"[ \t\u3000]*(?:计量)?单位[ \t\u3000]*")
# (上年同期=100: the base of an index row, in the unit's column.) A cell may open a page.
_UNIT_WORD = re.compile(
    r"[ \t\u3000\f]*(?:[万亿千百]{0,2}[\u4e00-\u9fff]{1,2}(?:/[\u4e00-\u9fff]{1,3})?"
    r"|%|‰|[A-Za-z]{1,6}|[\u4e00-\u9fff]{1,6}=100)[ \t\u3000]*"
)


def _header_cells(lines: list[str], i: int, columns: int, wrapped_names: bool) -> list[int] | None:
    """How many lines each of ``columns`` header cells from line ``i`` takes (a name, and
    the unit under it if it has one), or None if no such header starts there. With
    ``wrapped_names``, a name without a unit goes on over the next line when that line ends
    with the unit (比上年末 / 增长（%）); without, that line is a cell of its own (产量 /
    比上年增长（%）). The rows under the header tell which reading holds."""
    spans: list[int] = []
    k = i
    while len(spans) < columns:
        if k >= len(lines):
            return None
        cell = lines[k].strip()
        if _YEAR_CELL.fullmatch(cell):
            spans.append(1)
            k += 1
            continue
        if _UNIT_CELL.fullmatch(cell) or not _HEADER_CELL.fullmatch(cell):
            return None
        if _CELL_NUMBER.fullmatch(cell):
            return None
        below = lines[k + 1] if k + 1 < len(lines) else ""
        unit_below = _UNIT_CELL.fullmatch(below) is not None or (
            wrapped_names
            and not any(mark in cell for mark in "（(%")
            and _WRAPPED_NAME_END.fullmatch(below) is not None
        )
        spans.append(2 if unit_below else 1)
        k += spans[-1]
    return spans


def _row_cells_valid(row: list[str], unit_column: int | None) -> bool:
    """Whether ``row`` (its label, then one line a cell) is a data row of such a table."""
    return all(
        _CELL_NUMBER.fullmatch(cell)
        or (n == unit_column and _UNIT_WORD.fullmatch(cell) is not None)
        for n, cell in enumerate(row[1:], 1)
    )


def _table_at(lines: list[str], i: int) -> tuple[list[int], list[int]]:
    """(lines per header cell, lines per row label) of the widest table laid out one cell a
    line starting at line ``i`` with its header, or ([], [])."""
    best: tuple[list[int], list[int]] = ([], [])
    if len(lines[i]) > _HEADER_CELL_MAX and len(lines[i].strip()) > _HEADER_CELL_MAX:
        return best  # a line of prose opens no header
    for columns, wrapped_names in itertools.product(range(2, _MAX_COLUMNS + 1), (False, True)):
        spans = _header_cells(lines, i, columns, wrapped_names)
        if spans is None:
            if wrapped_names:
                break
            continue
        header = lines[i : i + sum(spans)]
        # 指标 / 单位 / 2024年 / 2025年: a column of each row's unit, under columns of years.
        unit_column = next(
            (
                n
                for n, line in enumerate(itertools.accumulate([0, *spans[:-1]]))
                if _UNIT_HEADER.fullmatch(lines[i + line])
            ),
            None,
        )
        if unit_column is None and not any(mark in cell for cell in header[1:] for mark in "（(%"):
            continue
        labels: list[int] = []
        start = i + sum(spans)
        while start + columns <= len(lines):
            row = lines[start : start + columns]
            if not _ROW_LABEL.fullmatch(row[0]) or _CELL_NUMBER.fullmatch(row[0]):
                break
            if _row_cells_valid(row, unit_column):
                labels.append(1)
            elif (
                # 互联网宽带接入 / 端口 / 万个 / 3062.4: a label wrapped onto a second line,
                # below a row that shows the columns (above the first, a wrapped label cannot
                # be told from a header cell's name and unit).
                labels
                and start + columns + 1 <= len(lines)
                and not any(mark in row[0] for mark in "（(%")
                and _ROW_LABEL.fullmatch(row[1])
                and not _CELL_NUMBER.fullmatch(row[1])
                and _row_cells_valid([row[0], *lines[start + 2 : start + columns + 1]], unit_column)
            ):
                labels.append(2)
            else:
                break
            start += columns + labels[-1] - 1
        # The most cells wins; of as many, the reading that wraps fewer labels.
        if len(labels) >= 2 and (len(labels) * columns, -sum(labels)) > (
            len(best[0]) * len(best[1]),
            -sum(best[1]),
        ):
            best = (spans, labels)
    return best


_UNIT_ON_NEXT_LINE = re.compile(
    r"^([ \t\u3000]*[-+−]?[\d.,]*\d)\n(?=[ \t\u3000]*(?:万亿|亿|万|千|百)?"
    r"(?:元|美元|人|户|人次|个|家|件|辆|吨|部|台|套|项|座|条|所|架|张|公里|千瓦"
    r"|EFLOPS|PFLOPS|TB|PB|EB|GB|%|‰)"
    r"[ \t\u3000]*$)",
    re.MULTILINE,
)


def _rejoin_cells_laid_one_a_line(text: str) -> str:
    """The text with each such table's header and rows put back on a line each, their cells
    parted by tabs and a header cell's unit put beside its name (a newline becomes a tab or a
    space: offsets hold)."""
    all_lines = text.split("\n")
    if len(all_lines) < 8:
        return text
    all_starts = list(itertools.accumulate((len(line) + 1 for line in all_lines[:-1]), initial=0))
    # Blank lines (a page's blanked number and header among them) stand between no two cells.
    kept = [k for k, line in enumerate(all_lines) if line.strip()]
    lines = [all_lines[k] for k in kept]
    parted: list[tuple[int, str]] = []  # (line index in ``lines`` before a break, its filler)

    i = 0
    while i < len(lines):
        spans, labels = _table_at(lines, i)
        if not spans:
            i += 1
            continue
        k = i
        for n, span in enumerate(spans):
            if span == 2:
                parted.append((k, " "))
            if n < len(spans) - 1:
                parted.append((k + span - 1, "\t"))
            k += span
        for label_lines in labels:
            if label_lines == 2:
                parted.append((k, " "))
                k += 1
            parted.extend((k + c, "\t") for c in range(len(spans) - 1))
            k += len(spans)
        i = k
    if not parted:
        return text
    chars = list(text)
    for line, filler in parted:
        cell_end = all_starts[kept[line]] + len(all_lines[kept[line]])
        next_start = all_starts[kept[line + 1]]
        for p in range(cell_end, next_start):
            if text[p] == "\n":
                chars[p] = filler
    return "".join(chars)


def _figure_line_at(text: str, start: int) -> bool:
    """Whether the line starting at ``start`` holds figures alone (1975.3亿元)."""
    return _FIGURES_LINE.fullmatch(text, start, _line_end(text, start)) is not None


def _count_between(sorted_offsets: list[int], start: int, end: int) -> int:
    """How many of the offsets lie in [start, end)."""
    if not sorted_offsets:
        return 0
    return bisect_left(sorted_offsets, end) - bisect_left(sorted_offsets, start)


def normalise(raw: str) -> NormalisedText:
    """Normalise a bulletin text; see the module docstring for what is and is not done."""
    folded = to_simplified(_fold(raw))
    if "○" in folded:
        # 二○二五年: a circle typed for the numeral zero (〇), one character for one.
        folded = _CIRCLE_ZERO.sub("〇", folded)
    if "〇" in folded or "零" in folded:
        # 二〇二五年 is the year 2025: its digits one for one, so that offsets do not move.
        folded = _CJK_YEAR.sub(_arabic_year, folded)
    folded = _DIGIT_COMMA.sub(",", folded)
    folded = _DIGIT_COLON.sub(":", folded)
    if _OCR_LETTER_DIGIT.search(folded):
        # 增长5.O%, l8.43亿元: letters an OCR read for digits, one for one.
        folded = _OCR_LETTER_DIGIT.sub(_ocr_digit, folded)
    if "曰" in folded or "己" in folded:
        # 3月18曰, 己建成: look-alikes an OCR read for 日 and 已.
        folded = _OCR_DAY.sub("日", _OCR_ALREADY.sub("已", folded))
    folded, furniture_starts = _blank_page_furniture(folded)
    if "\n" in folded:
        folded = _rejoin_cells_laid_one_a_line(folded)
        # 6842.7 / 亿元: an infographic's figure with its unit on the line below (a space for
        # the newline, which the spacing rules below then close: offsets hold).
        folded = _UNIT_ON_NEXT_LINE.sub(r"\1 ", folded)
    aligned_lines: set[int] = set()
    if "\n" in folded and "  " in folded:
        folded, aligned_lines = align_spaced_headers(folded)

    # Only a wrap-formatted text joins lines; in any other every line ends a paragraph.
    short_limits = _short_line_limits(_LINE_SPLIT.split(folded))
    blank_lines_part = short_limits is not None and _blank_lines_part_paragraphs(folded.split("\n"))
    line_index = 0
    spaced_rows: dict[int, bool] = {}  # the answers of _is_spaced_row for this text
    figure_tables: dict[int, bool] = {}  # the answers of _in_figure_table for this text

    pieces: list[str] = []
    raw_starts: list[int] = []  # where each piece starts in ``folded``
    pos = 0
    line_start = 0
    text_len = len(folded)
    for match in _WHITESPACE.finditer(folded):
        start, end = match.span()
        if start > pos:
            pieces.append(folded[pos:start])
            raw_starts.append(pos)
        pos = end
        prev_char = folded[start - 1] if start > 0 else ""
        next_char = folded[end] if end < text_len else ""
        run = match.group()
        if "\n" in run:
            line = folded[line_start:start]
            row_start, line_start = line_start, end
            short_limit = float("inf") if short_limits is None else short_limits[line_index]
            line_index += 1
            if not prev_char or not next_char:
                continue
            if _splits_decimal(folded, start, end):
                continue  # 4.\n31: a decimal number cut by a line wrap
            ends = (
                _ends_paragraph(line, short_limit)
                # A blank line parts paragraphs, unless the line before stops inside a clause.
                or (
                    blank_lines_part
                    and run.count("\n") - _count_between(furniture_starts, start, end) >= 2
                    and line.rstrip()[-1:] not in _LINE_END_CONTINUES
                )
                or next_char in _BULLETS
                or next_char in _NOTE_MARKS
                # 本报讯（记者…）: a byline opens the article after its headline.
                or (next_char in "本新记" and _BYLINE.match(folded, end) is not None)
                or "\t" in line  # a table's row
                or line.count("|") >= 2  # 指标 | 2025年 | 2030年: a row whose cells bars part
                or row_start in aligned_lines
                or end in aligned_lines
                or _is_table_line(line)
                # 年  份      年末常住人口       城  镇: a header laid out with spaces.
                or _is_spaced_row(folded, row_start, spaced_rows)
                # 年份  年末常住人口 城镇人口 / （万人） （万人）: a header line whose cells
                # single spaces part, above its units' line and the figure rows.
                or _in_figure_table(folded, row_start, figure_tables)
                # 表2-2 …年龄构成 / 年龄组\t人口数（万人）: a title above a table's first row.
                or "\t" in folded[end : _line_end(folded, end)]
                # 经济发展 | 1 | 地区生产总值 / 　| 2 | 人均地区生产总值: a row whose first cell
                # is empty under the group label of the row above.
                or folded.count("|", end, _line_end(folded, end)) >= 2
                or _FIGURES_LINE.fullmatch(line) is not None
                # 数说2030 / 3518.2亿元 / 全省…: a figure alone on its line is an infographic's,
                # not the rest of a wrapped sentence.
                or (next_char.isdigit() and _figure_line_at(folded, end))
            )
            if (
                "\t" not in line
                and (
                    joint := _wrapped_row_label(
                        folded,
                        folded.rfind("\n", 0, start) + 1,
                        start,
                        folded.rfind("\n", start, end) + 1,
                        figure_tables,
                    )
                )
                is not None
            ):
                if joint:
                    pieces.append(joint)
                    raw_starts.append(start)
                continue
            if ends and not (
                # 营业额分别达 / 5.1亿元、2.3亿元: a line stopping at the verb of its figure.
                _OPEN_BEFORE_FIGURE.search(line)
                and (next_char.isdigit() or next_char in _CJK_DIGITS)
            ):
                pieces.append("\n")
                raw_starts.append(start)
                corner = folded.rfind("\t", start, end)
                if corner > folded.rfind("\n", start, end) and (
                    "\t" in (next_line := folded[end : _line_end(folded, end)])
                    and "\t\t" not in next_line
                ):
                    # \t绝对额（亿元）\t比上年增长（%）: a header whose corner cell is empty keeps
                    # the tab that stands for it (not a group line over two headers, \t新建\t\t
                    # 二手, whose empty cells the header merge reads without it).
                    pieces.append("\t")
                    raw_starts.append(corner)
                elif (
                    end - (next_start := folded.rfind("\n", start, end) + 1) >= _CORNER_INDENT
                    and _TWO_NAME_HEADER.match(folded, next_start) is not None
                    and _heads_spaced_rows(folded, next_start)
                ):
                    # 　　　　　增速　　占…比重: a header indented past the rows' labels has a
                    # blank corner cell; a tab stands for it.
                    pieces.append("\t")
                    raw_starts.append(end - 1)
                continue
            # A wrap inside a sentence: glue, except between two ASCII letters (a word break)
            # that do not continue a unit after a number (12.3E / FLOPS, 11.2 E / FLOPS) or an
            # acronym in Chinese words (平均P / UE降至).
            if (
                prev_char.isascii()
                and prev_char.isalpha()
                and next_char.isascii()
                and next_char.isalpha()
                and not _UNIT_AFTER_NUMBER.search(folded, max(0, start - 8), start)
                and not (
                    _ACRONYM_HEAD.search(folded, max(0, start - 6), start)
                    and _ACRONYM_TAIL.match(folded, end)
                )
            ):
                pieces.append(" ")
                raw_starts.append(start)
            continue
        if not prev_char or not next_char or line_start in aligned_lines:
            continue  # (a header written as cells ruled with bars keeps no blanks)
        if prev_char in "#＃" and not folded[line_start : start - 1].strip():
            continue  # # 高技术制造业: the mark of a part row stays with its label
        if (
            run == " "
            and _is_cjk(prev_char)
            and _is_cjk(next_char)
            and "\t" in folded[line_start : _line_end(folded, start)]
        ):
            continue  # 互联网宽带接入 端口\t万个: tabs part this row's cells; a space parts none
        if (
            "\t" in run
            or (len(run) >= 2 and _is_spaced_row(folded, line_start, spaced_rows))
            or (
                run == "\u3000"
                and (
                    _UNIT_AFTER_LONG_LABEL.match(folded, end) is not None
                    # 服装　6.4 / 家电　12.9: a label and its figure, one wide space apart,
                    # in lines of such pairs.
                    or _TWO_CELL_ROW.match(folded, line_start) is not None
                )
                and _is_spaced_row(folded, line_start, spaced_rows)
            )
            # 年末户籍人口 （人）: a unit in brackets stays with the name it glosses.
            or (
                # (a long run before a bracket parts a unit's cell from the cell before it)
                (next_char not in "（(" or prev_char in "）)" or len(run) >= 4)
                and _in_figure_table(folded, line_start, figure_tables)
            )
        ):
            if "\t" not in run and _spaced_word(folded, start, end, line_start):
                continue  # 指    标, 总    计: one word of two characters spaced out
            # A tab separates the cells of a table row (指标\t本月\t1—11月): it stays, as one.
            # So do runs of spaces in a row laid out with them (指标　　单位　　2025年).
            pieces.append("\t")
            raw_starts.append(start)
            continue
        if (
            (
                run == "\u3000"
                # 前4月进出口1638.2亿元 外资企业占比近三成: in a headline of two statements
                # an ASCII space after the first's figure parts them too.
                or (run == " " and _is_headline_of_two(folded, line_start, start, end))
            )
            and (
                "\u4e00" <= next_char <= "\u9fff"
                # ▲5173.9亿元　1—7月限额以上单位商品零售额: a label opening with its months.
                or (run == "\u3000" and _MONTHS_THEN_WORDS.match(folded, end) is not None)
            )
            and _FIGURE_END.search(folded, max(line_start, start - 4), start)
        ):
            # GDP增4.2%　数字经济占比…: in a headline an ideographic space after a figure parts
            # two statements, as a comma would.
            pieces.append("，")
            raw_starts.append(start)
            continue
        if (
            run == " "
            and prev_char.isdigit()
            and _OCR_NUMBER_HEAD.search(folded, max(line_start, start - 4), start)
            and _OCR_NUMBER_TAIL.match(folded, end)
        ):
            continue  # 总额2 47.16亿元: a space an OCR put inside a number
        if _TABLE_LABEL.fullmatch(folded, line_start, start) and not next_char.isspace():
            # 表　出进口概况, 表一　2026年…: the space after a table's label parts it from
            # the title, which may open with a word or a year.
            pieces.append(" ")
            raw_starts.append(start)
            continue
        # Spaces matter only between two ASCII words ("AI model", "2023 2024").
        if _is_ascii_word(prev_char) and _is_ascii_word(next_char):
            if prev_char == "%" or next_char == "%":
                continue
            pieces.append(" ")
            raw_starts.append(start)
    if pos < text_len:
        pieces.append(folded[pos:])
        raw_starts.append(pos)
    text = "".join(pieces)
    run_starts = list(accumulate(map(len, pieces), initial=0))[:-1]
    return NormalisedText(text, SourceOffsets(run_starts, raw_starts, len(text)))
