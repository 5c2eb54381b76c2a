"""Headers of tables laid out with spaces (a PDF's text layer, a fixed-width export), read by
where each name stands over the figure columns below it, and written back as cells, one for each
column, in place of the blanks (so offsets hold). Reading each line's cells alone loses which
column a name names: a name wrapped down its column (年末 / 常住人口 / （万人）), a group's name
centred over the columns it spans (按性别分 over 男 and 女), a unit under one column only.

What belongs here: finding such a header, placing its words in columns, writing the cells. The
normaliser calls it; the extractor reads the cells it writes (``ALIGNED_BAR``, ``SPAN_MARK``).
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from typing import NamedTuple

__all__ = ["ALIGNED_BAR", "SPAN_MARK", "align_spaced_headers"]

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Positions are display columns: a CJK character is two wide, as the text layer of a PDF and
# a fixed-width editor lay them out.
_ALIGNED_TOKEN = re.compile(r"[^ \u3000\t\n]+")
_ALIGNED_FIGURE = re.compile(r"[-+−]?\d[\d.,]*%?|[—…\-]+")
_ALIGNED_YEAR = re.compile(r"(?:19|20)\d{2}年?")
_FIGURE_START = re.compile(r"[-+−]?\d")
_NAME_WITH_DIGIT = re.compile(r"\d+[A-Za-z]")  # 5G基站, 4K超高清: a name that opens with a digit
_DRAWN_RULE = re.compile(r"[\u2500-\u257f\-—－_=]{3,}")
# The lines that close a header from above: a title, a unit line, a note, prose.
# (单位 alone heads a unit column: 计量 / 单位 over 亿件, no unit line)
_ABOVE_HEADER = re.compile(
    r"\s*(?:表|附表|续表|资料来源|(?:计量)?单位\s*[：:]|注\s*[：:\d])|[^\n]*[，。；,;]"
)
_MAX_HEADER_LINES = 4
# How far past its ends a name reaches for the centre of a column it names, in column pitches:
# a group's name centred over two columns stands half a pitch from each, give or take a space.
_CLAIM_REACH = 0.5
# How much nearer one column than the next a long name must stand to be that column's, in
# pitches.
_CLEARLY_NEARER = 0.25
SPAN_MARK = "〃"  # a header cell that the name after it spans too (the ditto mark)
# What parts the cells of a header so written: a full-width bar, which folding leaves nowhere
# else in the text (a web page's table rows, ruled with |, keep their own reading).
ALIGNED_BAR = "｜"


class _Token(NamedTuple):
    start: int  # offset in the text
    end: int
    left: int  # display column of its first character
    right: int  # display column after its last

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _aligned_tokens(text: str, start: int, end: int) -> list[_Token]:
    """The words of a line laid out with spaces, at their display columns; a tab gives no
    column, so a line with one gives none."""
    if "\t" in text[start:end]:
        return []
    tokens = []
    column, at = 0, start
    for m in _ALIGNED_TOKEN.finditer(text, start, end):
        column += sum(2 if c == "\u3000" else 1 for c in text[at : m.start()])
        width = sum(2 if _wide(c) else 1 for c in m.group())
        tokens.append(_Token(m.start(), m.end(), column, column + width))
        column, at = column + width, m.end()
    return tokens


_SPREAD_GAP = 4  # at most the display columns between the characters of a word spread out


def _spread_words_joined(tokens: list[_Token], text: str) -> list[_Token]:
    """进  出  口: the characters of one word spread over a header's cell, one token."""
    joined: list[_Token] = []
    for t in tokens:
        before = joined[-1] if joined else None
        if (
            before is not None
            and t.end - t.start == 1
            and _HAN.match(text[t.start]) is not None
            and t.left - before.right <= _SPREAD_GAP
            and all(
                len(w) == 1 and _HAN.match(w) is not None
                for w in _ALIGNED_TOKEN.findall(text, before.start, before.end)
            )
        ):
            joined[-1] = _Token(before.start, t.end, before.left, t.right)
        else:
            joined.append(t)
    return joined


def _figure_cells(tokens: list[_Token], text: str) -> list[tuple[int, int]] | None:
    """The display spans of a figure row's cells: its label (the words before the first
    figure, or a year) and each figure after it; None for a line that is no such row."""
    words = [text[t.start : t.end] for t in tokens]
    first = next((i for i, w in enumerate(words) if _ALIGNED_FIGURE.fullmatch(w)), None)
    if first is None:
        return None
    if first == 0:
        if not _ALIGNED_YEAR.fullmatch(words[0]):
            return None
        first = 1
    if len(tokens) - first < 2 or not all(_ALIGNED_FIGURE.fullmatch(w) for w in words[first:]):
        return None
    if all(len(w) == 1 for w in words[:first]):
        # 合    计: one word spread over the label column
        return [(tokens[0].left, tokens[first - 1].right)] + [
            (t.left, t.right) for t in tokens[first:]
        ]
    return [(t.left, t.right) for t in tokens]  # (a unit column after the label is a cell)


def _widen_groups(
    owner: dict[int, _Token], tokens: list[_Token], columns: int, label_edge: float, last: bool
) -> None:
    """出口 over 金额｜增长% and 进口 set over the first of its two: the names of groups on one
    line span as many columns each, so a name reaches the blank columns after it up to the
    widest group's width (not on the last line, which names each column alone; not where a word
    of the line has no column yet)."""
    spans = {t: sorted(c for c, o in owner.items() if o is t) for t in tokens}
    widest = max((len(owned) for owned in spans.values()), default=0)
    if last or widest < 2:
        return
    if any(not owned and t.centre >= label_edge for t, owned in spans.items()):
        return
    for t, owned in spans.items():
        column = owned[-1] + 1 if owned else columns
        while column < columns and column not in owner and column - owned[0] < widest:
            owner[column] = t
            column += 1


def _header_columns(
    lines: list[list[_Token]], spans: list[tuple[int, int]]
) -> list[list[tuple[list[_Token], int]]] | None:
    """For each header line, each column's words and how many columns they span (1, or more
    for a group's name centred over its columns; 0 for a column under such a name). None when
    some word or column finds no place."""
    centres = [(a + b) / 2 for a, b in spans]
    pitch = (
        statistics.median(b - a for a, b in itertools.pairwise(centres[1:]))
        if len(spans) > 2
        else 8
    )
    label_edge = (spans[0][1] + spans[1][0]) / 2
    resolved = []
    owners_above: list[dict[int, _Token]] = []  # each line's owners, for the lines below it
    for number, tokens in enumerate(lines):
        owner: dict[int, _Token] = {}  # column → the word whose name it bears
        for column in range(1, len(spans)):
            near = min(
                (t for t in tokens if t.centre >= label_edge),
                key=lambda t: abs(t.centre - centres[column]),
                default=None,
            )
            if near is not None and abs(near.centre - centres[column]) <= (
                (near.right - near.left) / 2 + pitch * _CLAIM_REACH
            ):
                owner[column] = near
        for t in set(owner.values()):
            owned = [c for c, o in owner.items() if o is t]
            if len(owned) < 2:
                continue
            named_apart = any(
                len({above.get(c) for c in owned} - {None}) > 1 for above in owners_above
            )
            near, far = sorted(abs(t.centre - centres[c]) for c in owned)[:2]
            if far - near >= pitch * _CLEARLY_NEARER and (named_apart or number == len(lines) - 1):
                # 宽带接入用户 under 固定互联网 | 5G基站, long enough to reach the next column: a
                # group stands over the names it spans, not under names of each of its columns;
                # a long name on the last line, which names each column alone (比上年增长（%）),
                # is the column's it stands clearly nearer. (Standing between two, it says the
                # columns do not line up: the header is left as it is.)
                nearest = min(owned, key=lambda c: abs(t.centre - centres[c]))
                for c in owned:
                    if c != nearest:
                        del owner[c]
        owners_above.append(dict(owner))
        _widen_groups(owner, tokens, len(spans), label_edge, last=number == len(lines) - 1)
        cells: list[list[_Token]] = [[] for _ in spans]
        widths = [1] * len(spans)
        for t in tokens:
            owned = sorted(c for c, o in owner.items() if o is t)
            if t.centre < label_edge:
                cells[0].append(t)
                continue
            if not owned:
                column = min(range(1, len(spans)), key=lambda c: abs(t.centre - centres[c]))
                if abs(t.centre - centres[column]) > (t.right - t.left) / 2 + pitch:
                    return None
                owned = [column]
            if owned != list(range(owned[0], owned[-1] + 1)):
                return None
            if len(owned) > 1 and number == len(lines) - 1:
                return None  # the last line names each column alone
            cells[owned[0]].append(t)
            if len(owned) > 1:
                widths[owned[0]] = len(owned)
                for c in owned[1:]:
                    widths[c] = 0
        if any(
            later.start < earlier.start
            for earlier_cell, later_cell in itertools.pairwise(cells)
            for earlier in earlier_cell
            for later in later_cell
        ):
            return None  # the words' order is not the columns'
        resolved.append(list(zip(cells, widths, strict=True)))
    named = {c for line in resolved for c, (words, width) in enumerate(line) if words or width == 0}
    if any(c not in named for c in range(1, len(spans))):
        return None
    return resolved


def _write_aligned(
    chars: list[str], start: int, end: int, line: list[tuple[list[_Token], int]]
) -> bool:
    """Write a header line's cells into its own blanks: ｜ between cells (and one before a
    blank first cell; blank cells at the end are left out). A name spanning several columns
    stands in the last; each column before it under the name holds 〃. False, writing nothing,
    when the blanks are too few."""
    cells: list[list[_Token] | str] = []
    for words, width in line:
        if width > 1:
            cells.extend([SPAN_MARK] * (width - 1))
            cells.append(words)
        elif width == 1:
            cells.append(words)
    while cells and not cells[-1]:
        cells.pop()  # blank cells at the end go unwritten: the header's width is known
    sequence: list[_Token | str] = []
    if cells and not cells[0]:
        sequence.append(ALIGNED_BAR)
    for column, cell in enumerate(cells):
        if isinstance(cell, str):
            sequence.append(cell)
        else:
            sequence.extend(cell)
        if column < len(cells) - 1:
            sequence.append(ALIGNED_BAR)
    writes: list[tuple[int, str]] = []
    gap_start, due = start, []
    for item in [*sequence, None]:
        if isinstance(item, str):
            due.append(item)
            continue
        gap_end = item.start if item is not None else end
        if len(due) > gap_end - gap_start:
            return False
        writes.extend(zip(range(gap_start, gap_start + len(due)), due, strict=True))
        if item is not None:
            gap_start, due = item.end, []
    for at, mark in writes:
        chars[at] = mark
    return True


def align_spaced_headers(text: str) -> tuple[str, set[int]]:
    """The text with each header of a table laid out with spaces written as cells ruled with
    full-width bars, one for each column of the figure rows below, in place of blanks (so
    offsets hold); and where the words of the lines so written begin. Headers of one line, and
    tables whose columns do not line up, are left as they are."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    chars: list[str] | None = None
    written: set[int] = set()
    index = 1
    while index < len(starts):
        if "  " not in text[starts[index] : ends[index]]:
            index += 1
            continue
        first_tokens = _aligned_tokens(text, starts[index], ends[index])
        first = _figure_cells(first_tokens, text) if len(first_tokens) >= 3 else None
        second = None
        # (a row label wrapped onto a line of its own may stand between two figure rows)
        for below in range(index + 1, min(index + 4, len(starts))) if first is not None else ():
            second = _figure_cells(_aligned_tokens(text, starts[below], ends[below]), text)
            if second is not None:
                break
        if first is None or second is None or len(first) != len(second) or len(first) < 3:
            index += 1
            continue
        spans = [(min(a[0], b[0]), max(a[1], b[1])) for a, b in zip(first, second, strict=True)]
        header: list[list[_Token]] = []
        header_rules: list[_Token] = []
        above = index - 1
        while above >= 0 and not text[starts[above] : ends[above]].strip():
            above -= 1  # a blank line between the header and the rows
        while above >= 0 and len(header) < _MAX_HEADER_LINES:
            line = text[starts[above] : ends[above]]
            if not line.strip() or _ABOVE_HEADER.match(line):
                break
            tokens = _spread_words_joined(_aligned_tokens(text, starts[above], ends[above]), text)
            # (───── drawn under a group's name: a rule, no name; it is blanked below)
            rules = [t for t in tokens if _DRAWN_RULE.fullmatch(text, t.start, t.end)]
            tokens = [t for t in tokens if t not in rules]
            if not tokens or any(
                _FIGURE_START.match(text, t.start)
                and not _ALIGNED_YEAR.fullmatch(text, t.start, t.end)
                and not _NAME_WITH_DIGIT.match(text, t.start, t.end)
                for t in tokens
            ):
                break  # (6左右 | 5.6: a row of figures, not of names; 5G基站 is a name)
            header.insert(0, tokens)
            header_rules.extend(rules)
            above -= 1
        index += 2
        if len(header) < 2:
            continue
        columns = _header_columns(header, spans)
        if columns is None:
            continue
        if chars is None:
            chars = list(text)
        trial = list(chars)
        for rule in header_rules:
            trial[rule.start : rule.end] = " " * (rule.end - rule.start)
        lines = range(above + 1, above + 1 + len(header))
        if all(
            _write_aligned(trial, starts[n], ends[n], line)
            for n, line in zip(lines, columns, strict=True)
        ):
            chars = trial
            for n in lines:
                # (where the line's words begin: the run of blanks before them is the line
                # break's, in the normaliser's reading)
                indent = starts[n]
                while chars[indent] in " \u3000":
                    indent += 1
                written.add(indent)
    return ("".join(chars) if chars is not None else text), written
