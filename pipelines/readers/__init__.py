"""Readers: a bulletin file's bytes to its text, one module per format.

Belongs here: which format a file is (its suffix, or its first bytes when the suffix says
nothing) and the dispatch to that format's reader. Each reader returns a ``Reading`` (the text
as the layout gives it, the encoding, a title the file states) or raises ``UnreadableBulletin``
with a reason code and a sentence for people. Provenance, sidecars and hashing are ``ingest``;
text cleanup is ``normalise``.

``read_content`` is a pure function of the bytes and the format, so the same text can be read
again from the stored raw bytes at any later layer.
"""

from __future__ import annotations

from pipelines.readers.common import REASONS, Reading, UnreadableBulletin

__all__ = [
    "FORMATS",
    "REASONS",
    "Reading",
    "UnreadableBulletin",
    "format_of",
    "read_content",
]

SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
FORMATS = frozenset(SUFFIX_FORMATS.values())
# Formats people send that no reader handles, named so the rejection can say what they are.
KNOWN_UNSUPPORTED = {
    ".doc": "legacy binary Word (.doc) files cannot be read: save it as .docx",
    ".wps": "WPS Office files cannot be read: save it as .docx",
    ".xls": "spreadsheets cannot be read as bulletins",
    ".xlsx": "spreadsheets cannot be read as bulletins",
    ".rtf": "RTF files cannot be read: save it as .docx or plain text",
    ".ofd": "OFD files cannot be read: export it as PDF",
    ".jpg": "images cannot be read: a scan needs OCR first",
    ".jpeg": "images cannot be read: a scan needs OCR first",
    ".png": "images cannot be read: a scan needs OCR first",
}


def format_of(suffix: str, content: bytes) -> str:
    """The format to read a file as.

    A PDF or DOCX signature at the start of the bytes decides first (a PDF saved as ``.txt``
    is still a PDF, and would otherwise pass for text); then the suffix; a suffix that says
    nothing is resolved by looking for PDF, DOCX or HTML in the first bytes.
    """
    signed = _signature(content)
    if signed is not None:
        return signed
    suffix = suffix.lower()
    if suffix in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[suffix]
    if suffix in KNOWN_UNSUPPORTED:
        raise UnreadableBulletin("unsupported_format", KNOWN_UNSUPPORTED[suffix])
    sniffed = _sniff(content)
    if sniffed is None:
        raise UnreadableBulletin(
            "unsupported_format",
            f"unknown file type {suffix or '(no suffix)'}, and its content is not recognisably "
            "PDF, DOCX or HTML",
        )
    return sniffed


def _signature(content: bytes) -> str | None:
    if content.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if content.startswith(b"PK\x03\x04") and b"word/" in content[:65536]:
        return "docx"
    return None


def _sniff(content: bytes) -> str | None:
    head = content[:1024].lstrip().lower()
    if b"%PDF-" in content[:1024]:
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "html"
    return None


def read_content(content: bytes, file_format: str) -> Reading:
    """The text of a file of ``file_format`` (one of ``FORMATS``)."""
    # Imported here so that reading plain text does not load the PDF, HTML and DOCX libraries.
    if file_format in ("txt", "md"):
        from pipelines.readers.text_file import read_text

        return read_text(content)
    if file_format == "pdf":
        from pipelines.readers.pdf_file import read_pdf

        return read_pdf(content)
    if file_format == "html":
        from pipelines.readers.html_file import read_html

        return read_html(content)
    if file_format == "docx":
        from pipelines.readers.docx_file import read_docx

        return read_docx(content)
    raise ValueError(f"no reader for format {file_format!r}")
