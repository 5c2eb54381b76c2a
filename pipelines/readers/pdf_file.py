"""PDF bulletins: the text layer, read in reading order, without page furniture.

Belongs here: the layout work that only a PDF needs, done on pdfplumber's characters and their
positions: doubled glyphs (bold drawn twice) removed; each page read column by column when it
has several text columns; running headers and footers (the same line on most pages) and bare
page numbers dropped; and the reasons a PDF cannot be read (cut off, password, no text layer).
What does not: joining wrapped lines, spaces between CJK characters, full-width folding. That
text-level cleanup is ``normalise``; lines leave here as the layout gives them.

Why pdfplumber: it exposes every character with its box (pdfminer.six underneath, pure Python,
maintained), which the column and header work needs; pypdf gives text without positions.
"""

from __future__ import annotations

import io
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from pipelines.readers.chinese import plausibility, repair_mojibake
from pipelines.readers.common import Reading, UnreadableBulletin

# Characters of one line: tops within this many points (superscripts aside).
LINE_TOLERANCE_PT = 3.0
# A gap wider than this between two characters of a line is a space (pdfplumber's default).
SPACE_GAP_PT = 3.0
# A gap at least this wide splits a line into segments: a column gutter or a table's cell gap.
# CJK body text has at most a point or two between characters, newspaper gutters 8 pt or more.
MIN_GUTTER_PT = 6.0
# A gutter is looked for in the middle half of a region, so that indents and margins are not one.
GUTTER_SEARCH = (0.25, 0.75)
# Lines crossing a gutter (a title over both columns) may be at most this share of the lines.
MAX_SPANNING_SHARE = 0.25
MIN_COLUMN_LINES = 3
# Column lines fill their column: a typical line is at least this share of the column width.
# Table rows, whose cells also leave vertical gaps, are far shorter, and stay read row by row.
MIN_COLUMN_FILL = 0.6
# Columns within columns, read recursively to this depth (a four-column newspaper page).
MAX_COLUMN_DEPTH = 3
# Headers and footers live in the top and bottom share of the page, on its first/last lines.
MARGIN_SHARE = 0.12
MARGIN_LINES = 2
# A margin line (digits masked) found on at least this share of the pages is a running one.
RUNNING_SHARE = 0.5
# Doubled glyphs: same character, font and size within this distance.
DEDUPE_TOLERANCE_PT = 1.0
# pdfminer writes "(cid:N)" for a glyph its font maps to no character.
UNMAPPED_GLYPH = re.compile(r"^\(cid:\d+\)$")
UNMAPPED_TOO_MANY = 0.1
PAGE_NUMBER = re.compile(
    r"^(?:[-–—−·•\s]*\d{1,4}[-–—−·•\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)
# A PDF's header may sit after some junk, within its first kilobyte; its end marker may be
# followed by a little whitespace or padding.
HEADER_WINDOW = 1024
TRAILER_WINDOW = 2048


@dataclass(frozen=True)
class Segment:
    """A run of characters on one line with no gap as wide as a gutter."""

    chars: tuple[dict, ...]
    top: float
    bottom: float
    x0: float
    x1: float

    @property
    def text(self) -> str:
        out: list[str] = []
        previous = None
        for char in self.chars:
            if previous is not None and char["x0"] - previous["x1"] > SPACE_GAP_PT:
                out.append(" ")
            out.append(char["text"])
            previous = char
        return "".join(out)


@dataclass(frozen=True)
class Line:
    """Segments of one page at the same height, left to right."""

    segments: tuple[Segment, ...]

    @property
    def top(self) -> float:
        return min(s.top for s in self.segments)

    @property
    def bottom(self) -> float:
        return max(s.bottom for s in self.segments)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)


@dataclass(frozen=True)
class PdfPage:
    lines: tuple[Line, ...]
    width: float
    height: float
    images: int
    unmapped: int
    chars: int


def read_pdf(content: bytes) -> Reading:
    check_complete(content)
    pages, encrypted = _parse(content)
    chars = sum(p.chars for p in pages)
    unmapped = sum(p.unmapped for p in pages)
    if chars and unmapped / chars > UNMAPPED_TOO_MANY:
        if encrypted:
            raise UnreadableBulletin(
                "encrypted",
                f"the PDF is encrypted (it opens without a password) and {unmapped} of its "
                f"{chars} characters do not decode to text",
            )
        raise UnreadableBulletin(
            "no_text_layer",
            f"{unmapped} of the {chars} characters of its text layer are glyphs its fonts map "
            "to no character, so the text cannot be recovered (it needs OCR)",
        )
    text = pages_text(pages)
    if not text.strip():
        images = sum(p.images for p in pages)
        raise UnreadableBulletin(
            "no_text_layer",
            f"none of its {len(pages)} pages has text to read"
            + (f" ({images} images: a scan, which needs OCR)" if images else ""),
        )
    score = plausibility(text)
    if not score.acceptable:
        # Fonts whose Unicode maps were built for the wrong code page give the same mojibake
        # as a misread text file.
        repair = repair_mojibake(text)
        if repair is None:
            raise UnreadableBulletin(
                "mojibake",
                f"its text layer does not read as Chinese ({score.share:.0%} of "
                f"{score.letters} letters are common Chinese characters) and cannot be repaired",
            )
        return Reading(text=repair.text, encoding=repair.note)
    return Reading(text=text, encoding=None)


def check_complete(content: bytes) -> None:
    """A PDF starts with its header and ends with its end-of-file marker."""
    if b"%PDF-" not in content[:HEADER_WINDOW]:
        looks = "an HTML page" if content.lstrip()[:1] == b"<" else f"{content[:12]!r}"
        raise UnreadableBulletin(
            "unsupported_format",
            f"named .pdf but it is not a PDF: it has no PDF header and begins with {looks}",
        )
    if b"%%EOF" not in content.rstrip(b"\x00\r\n\t ")[-TRAILER_WINDOW:]:
        raise UnreadableBulletin(
            "truncated",
            f"the PDF ends after {len(content)} bytes without its end-of-file marker: "
            "the file was cut off (an interrupted download?)",
        )


def _parse(content: bytes) -> tuple[list[PdfPage], bool]:
    try:
        with pdfplumber.open(io.BytesIO(content)) as pdf:
            encrypted = pdf.doc.encryption is not None
            pages = [_read_page(page) for page in pdf.pages]
    except PdfminerException as problem:
        cause = problem.args[0] if problem.args else problem
        if isinstance(cause, PDFEncryptionError):
            raise UnreadableBulletin(
                "encrypted",
                "the PDF is password-protected: it cannot be opened without its password",
            ) from problem
        raise UnreadableBulletin(
            "truncated", f"the PDF is damaged and does not parse: {_describe(cause)}"
        ) from problem
    except (PSException, MalformedPDFException) as problem:
        raise UnreadableBulletin(
            "truncated", f"a page of the PDF is damaged and does not parse: {_describe(problem)}"
        ) from problem
    return pages, encrypted


def _describe(problem: BaseException) -> str:
    return f"{type(problem).__name__}: {problem}" if str(problem) else type(problem).__name__


def _read_page(page: pdfplumber.page.Page) -> PdfPage:
    chars = dedupe_chars(page.chars)
    unmapped = sum(1 for c in chars if UNMAPPED_GLYPH.match(c["text"]))
    visible = [
        # An unmapped glyph stays visible as one replacement character, not "(cid:N)".
        {**c, "text": "\ufffd"} if UNMAPPED_GLYPH.match(c["text"]) else c
        for c in chars
        if c["text"].strip()
    ]
    return PdfPage(
        lines=tuple(group_lines(visible)),
        width=float(page.width),
        height=float(page.height),
        images=len(page.images),
        unmapped=unmapped,
        chars=len(chars),
    )


def dedupe_chars(chars: Sequence[dict]) -> list[dict]:
    """Drop characters drawn again on top of themselves (fake bold: "数数字字" → "数字").

    The same test as pdfplumber's ``dedupe_chars`` (same text, font and size within 1 pt), in
    linear time: pdfplumber's keeps order with ``list.index``, quadratic on a full page.
    """
    seen: dict[tuple, list[tuple[float, float]]] = defaultdict(list)
    kept = []
    for char in chars:
        key = (char["text"], char.get("fontname"), round(float(char.get("size", 0)), 1))
        top, x0 = float(char["top"]), float(char["x0"])
        places = seen[key]
        if any(
            abs(top - t) <= DEDUPE_TOLERANCE_PT and abs(x0 - x) <= DEDUPE_TOLERANCE_PT
            for t, x in places
        ):
            continue
        places.append((top, x0))
        kept.append(char)
    return kept


def group_lines(chars: Sequence[dict]) -> list[Line]:
    """Characters into lines (by top), each line cut into segments at gutter-wide gaps."""
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if lines and char["top"] - lines[-1][0]["top"] <= LINE_TOLERANCE_PT:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [Line(tuple(_segments(line))) for line in lines]


def _segments(line: list[dict]) -> list[Segment]:
    runs: list[list[dict]] = []
    for char in sorted(line, key=lambda c: c["x0"]):
        if runs and char["x0"] - max(c["x1"] for c in runs[-1]) < MIN_GUTTER_PT:
            runs[-1].append(char)
        else:
            runs.append([char])
    return [
        Segment(
            chars=tuple(run),
            top=min(c["top"] for c in run),
            bottom=max(c["bottom"] for c in run),
            x0=min(c["x0"] for c in run),
            x1=max(c["x1"] for c in run),
        )
        for run in runs
    ]


def pages_text(pages: Sequence[PdfPage]) -> str:
    """Every page's text in reading order, running headers, footers and page numbers dropped."""
    running = running_lines(pages)
    texts = []
    for page in pages:
        body = [
            line
            for index, line in enumerate(page.lines)
            if not _is_furniture(page, index, line, running)
        ]
        segments = [s for line in body for s in line.segments]
        blocks = reading_blocks(segments)
        texts.append("\n".join(line for block in blocks for line in _block_lines(block)))
    return "\n".join(t for t in texts if t)


def _margin_line(page: PdfPage, index: int, line: Line) -> bool:
    """On the first or last lines of the page, and in its top or bottom margin."""
    near_edge = index < MARGIN_LINES or index >= len(page.lines) - MARGIN_LINES
    in_margin = (
        line.top < MARGIN_SHARE * page.height or line.bottom > (1 - MARGIN_SHARE) * page.height
    )
    return near_edge and in_margin


def _furniture_key(text: str) -> str:
    # Digits masked: "第3页" and "第4页" are the same footer.
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def running_lines(pages: Sequence[PdfPage]) -> set[str]:
    """Keys of the margin lines repeated on most pages (running headers and footers)."""
    if len(pages) < 2:
        return set()
    pages_with: dict[str, int] = defaultdict(int)
    for page in pages:
        keys = {
            _furniture_key(line.text)
            for index, line in enumerate(page.lines)
            if _margin_line(page, index, line)
        }
        for key in keys:
            pages_with[key] += 1
    needed = max(2, math.ceil(RUNNING_SHARE * len(pages)))
    return {key for key, count in pages_with.items() if count >= needed}


def _is_furniture(page: PdfPage, index: int, line: Line, running: set[str]) -> bool:
    if not _margin_line(page, index, line):
        return False
    text = line.text.strip()
    return bool(PAGE_NUMBER.match(text)) or _furniture_key(text) in running


def reading_blocks(segments: list[Segment], depth: int = 0) -> list[list[Segment]]:
    """The segments of a region in reading order, as blocks each read top to bottom.

    When the region has a gutter, it is cut into horizontal bands at the lines that cross the
    gutter (a title over both columns); each band gives its left column, then its right one,
    each of them looked at again for columns of its own.
    """
    gutter = find_gutter(segments) if depth < MAX_COLUMN_DEPTH else None
    if gutter is None:
        return [segments] if segments else []
    blocks: list[list[Segment]] = []
    band: list[Segment] = []

    def flush() -> None:
        left = [s for s in band if s.x1 <= gutter]
        right = [s for s in band if s.x0 >= gutter]
        blocks.extend(reading_blocks(left, depth + 1))
        blocks.extend(reading_blocks(right, depth + 1))
        band.clear()

    for segment in sorted(segments, key=lambda s: (s.top, s.x0)):
        if segment.x0 < gutter < segment.x1:
            flush()
            blocks.append([segment])
        else:
            band.append(segment)
    flush()
    return blocks


def find_gutter(segments: list[Segment]) -> float | None:
    """The x of a vertical gutter between text columns in these segments, if there is one."""
    if len(segments) < 2 * MIN_COLUMN_LINES:
        return None
    left_edge = min(s.x0 for s in segments)
    right_edge = max(s.x1 for s in segments)
    width = right_edge - left_edge
    lo, hi = left_edge + GUTTER_SEARCH[0] * width, left_edge + GUTTER_SEARCH[1] * width
    # Candidate gutters: x positions no segment covers, between the segments' edges.
    edges = sorted({lo, hi, *(e for s in segments for e in (s.x0, s.x1) if lo <= e <= hi)})
    best: tuple[int, float, float] | None = None
    for a, b in itertools.pairwise(edges):
        x = (a + b) / 2
        crossing = sum(1 for s in segments if s.x0 < x < s.x1)
        gap = b - a
        if best is None or (crossing, -gap) < (best[0], -best[2]):
            best = (crossing, x, gap)
    if best is None:
        return None
    crossing, x, _ = best
    if crossing > MAX_SPANNING_SHARE * len(segments):
        return None
    left = [s for s in segments if s.x1 <= x]
    right = [s for s in segments if s.x0 >= x]
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return None
    # Where the columns really are: from the leftmost text to the gutter, and on from it.
    left_width = max(s.x1 for s in left) - left_edge
    right_width = right_edge - min(s.x0 for s in right)
    if _median([s.x1 - s.x0 for s in left]) < MIN_COLUMN_FILL * left_width:
        return None
    if _median([s.x1 - s.x0 for s in right]) < MIN_COLUMN_FILL * right_width:
        return None
    return x


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _block_lines(block: list[Segment]) -> list[str]:
    """A block's segments as lines of text, top to bottom, left to right within a line."""
    rows: list[list[Segment]] = []
    for segment in sorted(block, key=lambda s: (s.top, s.x0)):
        if rows and segment.top - rows[-1][0].top <= LINE_TOLERANCE_PT:
            rows[-1].append(segment)
        else:
            rows.append([segment])
    return [" ".join(s.text for s in sorted(row, key=lambda s: s.x0)) for row in rows]
