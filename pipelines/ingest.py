"""Reading bulletin files from the inbox: bytes, identity, sidecar metadata, format, text.

This module turns a file into a ``SourceBulletin`` (raw bytes, sha256, provenance from the
``<stem>.meta.json`` sidecar, the text its format gives) or a ``Rejection`` that says in words why
it could not be read. Reading each format (encodings, PDF layout, HTML main content, DOCX) is
``pipelines.readers``; cleaning the text is ``normalise``; nothing here writes the warehouse.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipelines.readers import REASONS, Reading, UnreadableBulletin, format_of, read_content
from pipelines.readers.text_file import decode_text

__all__ = [
    "MAX_FILE_BYTES",
    "REASONS",
    "Rejection",
    "SourceBulletin",
    "UnreadableBulletin",
    "decode_text",
    "read_bulletin",
    "read_inbox",
]

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.json"
# Larger files are refused before they are read: no bulletin comes near it, and a PDF parser
# given a few hundred megabytes would hold the run for minutes. GONGBAO_MAX_FILE_BYTES changes
# it (read when a file is read, so worker processes see it too).
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_FILE_BYTES_ENV = "GONGBAO_MAX_FILE_BYTES"


def max_file_bytes() -> int:
    return int(os.environ.get(MAX_FILE_BYTES_ENV) or MAX_FILE_BYTES)


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
        limit = max_file_bytes()
        if size > limit:
            raise UnreadableBulletin(
                "oversized", f"{size} bytes, more than the limit of {limit} bytes"
            )
        content = path.read_bytes()
        sha256 = hashlib.sha256(content).hexdigest()
        if not content.strip():
            raise UnreadableBulletin("empty", "the file has no content")
        file_format = format_of(path.suffix, content)
        reading = _read(path, content, file_format)
        if not reading.text.strip():
            raise UnreadableBulletin("no_text", "the file decodes to whitespace only")
        meta = read_sidecar(path)
        published = parse_date(meta.get("published"), path)
    except UnreadableBulletin as problem:
        return Rejection(path.name, sha256, problem.reason, problem.detail)
    except OSError as problem:
        return Rejection(path.name, sha256, "read_error", f"could not read the file: {problem}")
    return SourceBulletin(
        file_name=path.name,
        content=content,
        sha256=sha256,
        format=file_format,
        encoding=reading.encoding,
        text=reading.text,
        title=meta.get("title") or reading.title or first_line(reading.text),
        publisher=meta.get("publisher"),
        published_date=published or date_in_head(reading.text),
        source_url=meta.get("source_url"),
    )


def _read(path: Path, content: bytes, file_format: str) -> Reading:
    """The format's reader; a failure it did not foresee rejects this file, not the run."""
    try:
        return read_content(content, file_format)
    except UnreadableBulletin:
        raise
    except Exception as problem:  # a damaged file can fail deep inside a parser library
        log.exception("the %s reader failed on %s", file_format, path.name)
        raise UnreadableBulletin(
            "read_error",
            f"the {file_format} reader failed on this file ({type(problem).__name__}: "
            f"{problem}); the file may be damaged in a way gongbao does not recognise",
        ) from problem


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


# A bulletin's own dateline: 2025年2月28日, 时间：2026-01-22, 2026/1/22.
_DATELINE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})(?:年|-|/)([0-9]{1,2})(?:月|-|/)([0-9]{1,2})(?:日|(?![0-9]))"
)
HEAD_CHARS = 600


def date_in_head(text: str) -> date | None:
    """Without a sidecar date, the latest full date in the bulletin's first lines: the date it
    carries under its title (a communiqué's 2025年2月28日, a page's 时间：2026-01-22)."""
    found = []
    for m in _DATELINE.finditer(text, 0, min(len(text), HEAD_CHARS)):
        try:
            found.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    return max(found) if found else None


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
