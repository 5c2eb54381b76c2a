"""Reading bulletin files from the inbox: bytes, identity, sidecar metadata, format, encoding.

This module turns a file into a ``SourceBulletin`` (raw bytes, sha256, provenance from the
``<stem>.meta.json`` sidecar, decoded text) or a ``Rejection`` that says in words why it could not
be read. It does no cleaning of the text (that is ``normalise``) and no warehouse writes.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from charset_normalizer import from_bytes

SIDECAR_SUFFIX = ".meta.json"
TEXT_FORMATS = {".txt": "txt", ".md": "md", ".text": "txt"}
# Formats a later reader will handle; until then they are rejected with a clear reason rather
# than decoded as if they were text.
KNOWN_BINARY_FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".html": "html",
    ".htm": "html",
}
MAX_FILE_BYTES = 50 * 1024 * 1024
# Below this share of CJK characters among the letters, a text decoded by guess is more likely
# mojibake than a Chinese bulletin.
MIN_CJK_SHARE_OF_GUESS = 0.3


@dataclass(frozen=True)
class SourceBulletin:
    """A readable bulletin file with its provenance."""

    file_name: str
    content: bytes
    sha256: str
    format: str
    encoding: str | None
    text: str
    title: str | None
    publisher: str | None
    published_date: date | None
    source_url: str | None

    @property
    def bulletin_id(self) -> str:
        return bulletin_id_for(self.sha256)


@dataclass(frozen=True)
class Rejection:
    """A file of the inbox that could not be read, and why."""

    file_name: str
    sha256: str | None
    reason: str
    detail: str


class UnreadableBulletin(Exception):
    """Raised by the readers with a reason code and a sentence for people."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def bulletin_id_for(sha256: str) -> str:
    return sha256[:16]


def inbox_files(inbox: Path) -> list[Path]:
    """Bulletin files of the inbox, sorted by name; sidecars and hidden files are not bulletins."""
    if not inbox.is_dir():
        raise FileNotFoundError(f"inbox {inbox} is not a directory")
    return sorted(
        p
        for p in inbox.iterdir()
        if p.is_file() and not p.name.startswith(".") and not p.name.endswith(SIDECAR_SUFFIX)
    )


def read_inbox(inbox: Path) -> Iterator[SourceBulletin | Rejection]:
    """Every file of the inbox, read or rejected; one bad file never stops the others."""
    for path in inbox_files(inbox):
        yield read_bulletin(path)


def read_bulletin(path: Path) -> SourceBulletin | Rejection:
    sha256: str | None = None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableBulletin(
                "oversized", f"{size} bytes, more than the limit of {MAX_FILE_BYTES} bytes"
            )
        content = path.read_bytes()
        sha256 = hashlib.sha256(content).hexdigest()
        if not content.strip():
            raise UnreadableBulletin("empty", "the file has no content")
        file_format = detect_format(path)
        text, encoding = decode_text(content)
        if not text.strip():
            raise UnreadableBulletin("no_text", "the file decodes to whitespace only")
        meta = read_sidecar(path)
    except UnreadableBulletin as problem:
        return Rejection(path.name, sha256, problem.reason, problem.detail)
    except OSError as problem:
        return Rejection(path.name, sha256, "read_error", f"could not read the file: {problem}")
    return SourceBulletin(
        file_name=path.name,
        content=content,
        sha256=sha256,
        format=file_format,
        encoding=encoding,
        text=text,
        title=meta.get("title") or first_line(text),
        publisher=meta.get("publisher"),
        published_date=parse_date(meta.get("published"), path),
        source_url=meta.get("source_url"),
    )


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in TEXT_FORMATS:
        return TEXT_FORMATS[suffix]
    if suffix in KNOWN_BINARY_FORMATS:
        raise UnreadableBulletin(
            "unsupported_format",
            f"{KNOWN_BINARY_FORMATS[suffix]} files cannot be read yet; only plain text can",
        )
    raise UnreadableBulletin("unsupported_format", f"unknown file type {suffix or '(none)'}")


def decode_text(content: bytes) -> tuple[str, str]:
    """Decode bulletin bytes, returning the text and the encoding used.

    A byte-order mark decides first; then strict UTF-8 (most bulletins); otherwise the encoding
    is detected by charset-normalizer, and a guess that does not read as Chinese is refused
    rather than stored as mojibake.
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if content.startswith(bom):
            try:
                return content.decode(name), name
            except UnicodeDecodeError as problem:
                raise UnreadableBulletin(
                    "undecodable", f"starts with a {name} byte-order mark but is not {name}"
                ) from problem
    if b"\x00" in content[:4096]:
        raise UnreadableBulletin("binary", "the file holds binary data (NUL bytes), not text")
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(content).best()
    if best is None:
        raise UnreadableBulletin("undecodable", "no text encoding fits the bytes")
    text = str(best)
    if cjk_share(text) < MIN_CJK_SHARE_OF_GUESS:
        raise UnreadableBulletin(
            "undecodable",
            f"best guess {best.encoding} does not read as Chinese text",
        )
    return text, best.encoding


def cjk_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    cjk = sum(1 for c in letters if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")
    return cjk / len(letters)


def read_sidecar(path: Path) -> dict:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as problem:
        raise UnreadableBulletin(
            "unreadable_sidecar", f"{sidecar.name} is not valid UTF-8 JSON: {problem}"
        ) from problem
    if not isinstance(meta, dict):
        raise UnreadableBulletin("unreadable_sidecar", f"{sidecar.name} is not a JSON object")
    return meta


def parse_date(value: object, path: Path) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as problem:
        raise UnreadableBulletin(
            "unreadable_sidecar",
            f"published date {value!r} in the sidecar of {path.name} is not YYYY-MM-DD",
        ) from problem


def first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return None


def inbox_fingerprint(inbox: Path) -> dict[str, str]:
    """A cheap signature of each bulletin file and its sidecar (size and modification time).

    The sensor compares it between ticks; the run itself identifies content by sha256.
    """
    fingerprint = {}
    for path in inbox_files(inbox):
        stat = path.stat()
        sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
        side = sidecar.stat() if sidecar.exists() else None
        fingerprint[path.name] = f"{stat.st_size}:{stat.st_mtime_ns}" + (
            f"|{side.st_size}:{side.st_mtime_ns}" if side else ""
        )
    return fingerprint


def changed_files(previous: dict[str, str], current: dict[str, str]) -> list[str]:
    """Files that are new or whose signature changed since ``previous``."""
    return sorted(name for name, sig in current.items() if previous.get(name) != sig)
