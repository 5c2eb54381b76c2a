"""What every reader returns or raises: the text it read, or a reason it could not.

Belongs here: the ``Reading`` result and the ``UnreadableBulletin`` error with its reason codes.
Reading any particular format does not: each format has its own module beside this one.
"""

from __future__ import annotations

from dataclasses import dataclass

# The reason codes reading a file may end in (``rejected_bulletins.reason``; the pipeline adds
# its own, such as ``extraction_error``, for failures after reading).
REASONS = {
    "oversized": "the file is larger than the limit",
    "empty": "the file has no content",
    "binary": "a text file that holds binary data",
    "undecodable": "no text encoding reads the bytes as Chinese",
    "mojibake": "the text is garbled (decoded with the wrong encoding upstream) beyond repair",
    "truncated": "the file is cut off or damaged (PDF that does not parse, DOCX that is no zip)",
    "encrypted": "the file is password-protected",
    "no_text_layer": "a PDF without usable text (scanned images), which needs OCR",
    "no_text": "the file was read but holds no text",
    "unsupported_format": "a kind of file no reader handles",
    "unreadable_sidecar": "the <stem>.meta.json beside the file is not valid",
    "read_error": "the operating system could not read the file",
}


@dataclass(frozen=True)
class Reading:
    """The text of a file as its format gives it, before any normalisation.

    ``encoding`` is the character encoding the text was decoded with, with a note when the text
    had to be repaired; ``None`` for binary formats (PDF, DOCX) read without repair. ``title``
    is a title the file itself states (an HTML page's title), if any.
    """

    text: str
    encoding: str | None = None
    title: str | None = None


class UnreadableBulletin(Exception):
    """Raised by the readers with a reason code and a sentence for people."""

    def __init__(self, reason: str, detail: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown rejection reason {reason!r}")
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
