"""Word (.docx) bulletins: the body's paragraphs and tables, in document order.

Belongs here: opening the DOCX with python-docx, its paragraphs one per line, each table row
one line with its cells separated by tabs (a merged cell once), and the reasons a DOCX cannot
be read: a broken zip (cut off), an encrypted Office file, a zip that is not a Word document,
the legacy binary .doc. Page headers and footers of the document are not body text and are left
out. Text-level cleanup is ``normalise``.

Why python-docx: the maintained standard for reading DOCX in Python, with the body's paragraphs
and tables in order (``iter_inner_content``).
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from pipelines.readers.chinese import as_chinese_reading
from pipelines.readers.common import Reading, UnreadableBulletin

# The header of an OLE2 compound file: the legacy .doc format, and also the envelope in which
# Office stores a password-protected .docx (with an "EncryptedPackage" stream inside).
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
ZIP_MAGIC = b"PK\x03\x04"


def read_docx(content: bytes) -> Reading:
    document = _open(content)
    text = "\n".join(_block_lines(document))
    if not text.strip():
        raise UnreadableBulletin("no_text", "the Word document has no text in its body")
    return as_chinese_reading(text, "its text")


def _open(content: bytes):
    if content.startswith(OLE2_MAGIC):
        if ENCRYPTED_PACKAGE in content:
            raise UnreadableBulletin(
                "encrypted", "the Word document is password-protected (an encrypted package)"
            )
        raise UnreadableBulletin(
            "unsupported_format",
            "named .docx but it is a legacy binary Word (.doc) file: save it as .docx",
        )
    if not content.startswith(ZIP_MAGIC):
        raise UnreadableBulletin(
            "truncated", "not a valid DOCX: a DOCX is a zip archive and this file is not one"
        )
    try:
        return docx.Document(io.BytesIO(content))
    except zipfile.BadZipFile as problem:
        raise UnreadableBulletin(
            "truncated", f"the DOCX's zip archive is damaged or cut off: {problem}"
        ) from problem
    except (KeyError, PackageNotFoundError) as problem:
        raise UnreadableBulletin(
            "unsupported_format", f"a zip archive without a Word document inside: {problem}"
        ) from problem
    except ValueError as problem:
        # python-docx says so when the main part is a spreadsheet or a presentation.
        raise UnreadableBulletin("unsupported_format", str(problem)) from problem


def _block_lines(container) -> list[str]:
    lines: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return lines


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        seen: list = []  # the cells' XML elements, held so that ``is`` compares nodes
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans: keep it once.
            if any(cell._tc is element for element in seen):
                continue
            seen.append(cell._tc)
            # A cell's own paragraphs (and nested tables) on one line, so the row stays one.
            cells.append(" ".join(line for line in _block_lines(cell) if line.strip()))
        lines.append("\t".join(cells))
    return lines
