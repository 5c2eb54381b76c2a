"""PDF bulletins: the text layer, read in reading order, without page furniture.

Belongs here: the layout work that only a PDF needs, done on the characters of the text layer
and their boxes: doubled glyphs (bold drawn twice) removed; each page read column by column
when it has several text columns; running headers and footers (the same line on most pages)
and bare page numbers dropped; and the reasons a PDF cannot be read (cut off, password, no text
layer). What does not: joining wrapped lines, spaces between CJK characters, full-width
folding. That text-level cleanup is ``normalise``; lines leave here as the layout gives them.

Why PDFium (pypdfium2): it gives every character with its box, which the column and header
work needs, from a C++ engine, five to ten times faster than pdfminer.six (pdfplumber) on a
dense page; pypdf gives text without positions, and PyMuPDF is AGPL. pdfminer stays for the
one case PDFium's text page gets wrong (``_drops_text``): a page is then read with it.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import math
import operator
import re
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipelines.readers.chinese import as_chinese_reading
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
# A glyph its font maps to no character is shown as this and counted.
UNMAPPED = "\ufffd"
# pdfminer (the slow path) writes "(cid:N)" for such a glyph.
UNMAPPED_GLYPH = re.compile(r"^\(cid:\d+\)$")
# A text object narrower than this is one PDFium leaves out of its text page.
ZERO_WIDTH_PT = 0.01
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
FONT_NAME_BYTES = 128
# PDFium is not thread-safe: one document at a time per process. The pipeline reads in worker
# processes, so this only serialises threads that would otherwise corrupt PDFium's state.
_PDFIUM = threading.Lock()
_X0 = operator.attrgetter("x0")
# Char(...) without NamedTuple's keyword handling: a third of the cost, on every character.
_new_char = tuple.__new__


class Char(NamedTuple):
    """One drawn character: its box in points from the page's top-left, font and size.

    The fields are in reading order, so that sorting characters sorts them by top, then left.
    ``size`` is the height of the font's box in tenths of a point, which tells two sizes of the
    same font apart whatever text matrix scaled them.
    """

    top: float
    x0: float
    x1: float
    bottom: float
    text: str
    font: bytes
    size: int


@dataclass(frozen=True)
class Segment:
    """A run of characters on one line with no gap as wide as a gutter."""

    chars: tuple[Char, ...]
    top: float
    bottom: float
    x0: float
    x1: float

    @property
    def text(self) -> str:
        out: list[str] = []
        previous_x1 = None
        for char in self.chars:
            if previous_x1 is not None and char.x0 - previous_x1 > SPACE_GAP_PT:
                out.append(" ")
            out.append(char.text)
            previous_x1 = char.x1
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
    unmapped: int
    chars: int


def read_pdf(content: bytes) -> Reading:
    check_complete(content)
    with _PDFIUM:
        document = _open(content)
        try:
            widths: dict[tuple, float] = {}
            pages = [_read_page(document, content, index, widths) for index in range(len(document))]
            encrypted = pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1
            chars = sum(p.chars for p in pages)
            unmapped = sum(p.unmapped for p in pages)
            text = pages_text(pages)
            # Counted only for the message about a scan, so only when there is no text.
            images = _count_images(document) if not text.strip() else 0
        finally:
            document.close()
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
    if not text.strip():
        raise UnreadableBulletin(
            "no_text_layer",
            f"none of its {len(pages)} pages has text to read"
            + (f" ({images} images: a scan, which needs OCR)" if images else ""),
        )
    # Fonts whose Unicode maps were built for the wrong code page give the same mojibake as a
    # misread text file.
    return as_chinese_reading(text, "its text layer")


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


def _open(content: bytes) -> pdfium.PdfDocument:
    try:
        document = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as problem:
        code = getattr(problem, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableBulletin(
                "encrypted",
                "the PDF is password-protected: it cannot be opened without its password",
            ) from problem
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise UnreadableBulletin(
                "encrypted", f"the PDF is encrypted with an unsupported security handler: {problem}"
            ) from problem
        raise UnreadableBulletin(
            "truncated", f"the PDF is damaged and does not parse: {problem}"
        ) from problem
    if len(document) == 0:
        document.close()
        # PDFium rebuilds a broken cross-reference table by scanning; what it cannot rebuild
        # leaves no page tree.
        raise UnreadableBulletin("truncated", "the PDF is damaged: it has no readable pages")
    return document


def _read_page(document: pdfium.PdfDocument, content: bytes, index: int, widths: dict) -> PdfPage:
    try:
        page = document[index]
    except pdfium.PdfiumError as problem:
        raise UnreadableBulletin(
            "truncated", f"page {index + 1} of the PDF is damaged and does not load: {problem}"
        ) from problem
    try:
        left, bottom, right, top = page.get_cropbox()
        if _drops_text(page):
            chars, total, unmapped = _pdfminer_chars(content, index)
        else:
            textpage = page.get_textpage()
            try:
                chars, total, unmapped = _page_chars(textpage.raw, top, widths)
            finally:
                textpage.close()
    finally:
        page.close()
    lines = group_lines(chars)
    # Doubled glyphs drawn once are counted once, as pdfminer counted them.
    total -= len(chars) - sum(len(segment.chars) for line in lines for segment in line.segments)
    return PdfPage(
        lines=tuple(lines),
        width=float(right - left),
        height=float(top - bottom),
        unmapped=unmapped,
        chars=total,
    )


def _page_chars(
    textpage, page_top: float, widths: dict[tuple, float]
) -> tuple[list[Char], int, int]:
    """The page's drawn characters (no whitespace), how many it draws, how many are unmapped.

    Raw PDFium calls, three per character: pypdfium2's helper objects would cost more than the
    reading itself. ``widths`` caches advances by font, character and size for the document.
    """
    text = _page_text(textpage)
    box = pdfium_c.FS_RECTF()
    font_name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    chars: list[Char] = []
    append = chars.append
    spaces = unmapped = 0
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    get_font = pdfium_c.FPDFText_GetFontInfo
    map_error = pdfium_c.FPDFText_HasUnicodeMapError
    for i, char in enumerate(text):
        if char.isspace():
            # PDFium inserts spaces and line breaks of its own; drawn spaces are counted.
            if not pdfium_c.FPDFText_IsGenerated(textpage, i):
                spaces += 1
            continue
        if map_error(textpage, i):
            # PDFium passes the glyph's code through as if it were a character.
            unmapped += 1
            char = UNMAPPED
        get_box(textpage, i, box)
        get_font(textpage, i, font_name, FONT_NAME_BYTES, flags)
        font = font_name.value
        left, top, bottom = box.left, box.top, box.bottom
        size = int((top - bottom) * 10 + 0.5)
        key = (font, char, size)
        width = widths.get(key)
        if width is None:
            width = widths[key] = _advance(textpage, i, box)
        append(
            _new_char(
                Char, (page_top - top, left, left + width, page_top - bottom, char, font, size)
            )
        )
    return chars, len(chars) + spaces, unmapped


def _page_text(textpage) -> str:
    """The page's characters, one per character index (PDFium's own line breaks included).

    One call for the whole page; but PDFium leaves control characters out of it, and then the
    indices do not line up and the characters are asked for one by one.
    """
    count = pdfium_c.FPDFText_CountChars(textpage)
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    text = bytes(buffer)[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="replace")
    if len(text) == count:
        return text
    codes = (pdfium_c.FPDFText_GetUnicode(textpage, i) for i in range(count))
    return "".join(chr(code) if 0 < code < 0x110000 else " " for code in codes)


def _advance(textpage, index: int, box) -> float:
    """How far the character moves the pen, in points: its width in the PDF's font widths.

    PDFium's loose box is as wide as the glyph of the font it renders with, which for a font
    not embedded (reportlab's STSong-Light) is a substitute with other widths; pdfminer, whose
    boxes the gap thresholds were set on, uses the widths the PDF declares.
    """
    fallback = box.right - box.left
    text_object = pdfium_c.FPDFText_GetTextObject(textpage, index)
    if not text_object:
        return fallback
    font = pdfium_c.FPDFTextObj_GetFont(text_object)
    width = ctypes.c_float()
    matrix = pdfium_c.FS_MATRIX()
    code = pdfium_c.FPDFText_GetUnicode(textpage, index)
    if not font or not pdfium_c.FPDFFont_GetGlyphWidth(font, code, 1.0, ctypes.byref(width)):
        return fallback
    if not pdfium_c.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix)):
        return fallback
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    advance = width.value * size * math.hypot(matrix.a, matrix.b)
    return advance if advance > 0 else fallback


def _drops_text(page: pdfium.PdfPage) -> bool:
    """Whether PDFium's text page would leave out text drawn on this page.

    PDFium skips a text object whose box has no width. A CJK font that is not embedded is
    drawn with a substitute, and where the system has no CJK font that substitute has no glyph,
    so no box: a line of one CJK character ("】") vanishes. pdfminer reads such pages.
    """
    for text_object in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
        left, _, right, _ = text_object.get_bounds()
        if right - left >= ZERO_WIDTH_PT:
            continue
        font = pdfium_c.FPDFTextObj_GetFont(text_object.raw)
        if font and not pdfium_c.FPDFFont_GetIsEmbedded(font) and _is_cjk(font):
            return True
    return False


def _is_cjk(font) -> bool:
    width = ctypes.c_float()
    return bool(pdfium_c.FPDFFont_GetGlyphWidth(font, ord("中"), 1.0, ctypes.byref(width)))


def _pdfminer_chars(content: bytes, index: int) -> tuple[list[Char], int, int]:
    """A page's characters as pdfminer reads them (the slow path, see ``_drops_text``)."""
    import pdfplumber  # only here: pdfminer takes a while to import and is rarely needed

    with pdfplumber.open(io.BytesIO(content)) as pdf:
        drawn = pdf.pages[index].chars
    chars = []
    spaces = unmapped = 0
    for c in drawn:
        text = c["text"]
        if not text.strip():
            spaces += 1
            continue
        if UNMAPPED_GLYPH.match(text):
            unmapped += 1
            text = UNMAPPED
        # pdfplumber measures from the page's top too; sizes in tenths of a point.
        chars.append(
            Char(
                float(c["top"]),
                float(c["x0"]),
                float(c["x1"]),
                float(c["bottom"]),
                text,
                str(c.get("fontname", "")).encode(),
                round(float(c.get("size", 0)) * 10),
            )
        )
    return chars, len(chars) + spaces, unmapped


def _count_images(document: pdfium.PdfDocument) -> int:
    count = 0
    for index in range(len(document)):
        page = document[index]
        try:
            count += sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        finally:
            page.close()
    return count


def group_lines(chars: list[Char]) -> list[Line]:
    """Characters into lines (by top), each line cut into segments at gutter-wide gaps."""
    lines: list[list[Char]] = []
    line_top = -math.inf
    for char in sorted(chars):
        if char.top - line_top <= LINE_TOLERANCE_PT:
            lines[-1].append(char)
        else:
            lines.append([char])
            line_top = char.top
    return [Line(tuple(_segments(dedupe_line(line)))) for line in lines]


def dedupe_line(line: list[Char]) -> list[Char]:
    """A line's characters left to right, without those drawn again on top of themselves
    (fake bold: "数数字字" → "数字").

    The same test as pdfplumber's ``dedupe_chars`` (same text, font and size within 1 pt), done
    within a line sorted by x, where a copy can only follow the few characters that start
    within 1 pt of it: linear, where comparing with the whole page is quadratic.
    """
    kept: list[Char] = []
    for char in sorted(line, key=_X0):
        doubled = False
        for earlier in reversed(kept):
            if char.x0 - earlier.x0 > DEDUPE_TOLERANCE_PT:
                break
            if (
                earlier.text == char.text
                and earlier.font == char.font
                and earlier.size == char.size
                and abs(earlier.top - char.top) <= DEDUPE_TOLERANCE_PT
            ):
                doubled = True
                break
        if not doubled:
            kept.append(char)
    return kept


def _segments(line: list[Char]) -> list[Segment]:
    """A line's characters, sorted by x, cut at gaps at least as wide as a gutter."""
    runs: list[list[Char]] = []
    right = -math.inf  # the rightmost x1 of the current run
    for char in line:
        if char.x0 - right < MIN_GUTTER_PT:
            runs[-1].append(char)
            if char.x1 > right:
                right = char.x1
        else:
            runs.append([char])
            right = char.x1
    return [
        Segment(
            chars=tuple(run),
            top=min(c.top for c in run),
            bottom=max(c.bottom for c in run),
            x0=run[0].x0,
            x1=max(c.x1 for c in run),
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
