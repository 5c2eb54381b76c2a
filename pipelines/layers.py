"""The work of the pipeline, free of Dagster: one inbox file into the warehouse, the catalogue.

``process_file`` takes one file through every per-bulletin layer (read, normalise, extract,
map to indicators) and writes all its rows in one transaction. The assets in ``assets/`` only
call these, so the CLI and the tests run exactly the same code. Observation ids and indicator
codes are assigned here.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from pipelines import warehouse
from pipelines.catalogue import CATALOGUE_PATH, Catalogue, context_before
from pipelines.extract import extract
from pipelines.ingest import (
    Rejection,
    SourceBulletin,
    UnreadableBulletin,
    inbox_files,
    parse_date,
    read_bulletin,
    read_sidecar,
)
from pipelines.normalise import normalise
from pipelines.observation import Observation
from pipelines.versioning import processing_version

log = logging.getLogger(__name__)

OBSERVATION_SCHEMA = {
    "observation_id": pl.String,
    "bulletin_id": pl.String,
    "indicator_code": pl.String,
    "subject": pl.String,
    "breakdown": pl.String,
    "measure": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "value_text": pl.String,
    "qualifier": pl.String,
    "period_type": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "kind": pl.String,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "unit_written": pl.String,
    "base_period_end": pl.Date,
    "range_bound": pl.String,
    "decided_by": pl.String,
}


def observation_id(bulletin_id: str, observation: Observation, taken: set[str]) -> str:
    """Readable and stable: bulletin, then the span; a second reading of one span gets a suffix."""
    base = f"{bulletin_id[:12]}-{observation.char_start}-{observation.char_end}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def observation_rows(
    bulletin_id: str, observations: Sequence[Observation], catalogue: Catalogue
) -> list[dict]:
    """One row per observation, in text order, each mapped to its indicator.

    The catalogue's rule 6 needs the indicators of the observations before this one in the
    same sentence (``其中城镇为30.2%`` after ``全国居民恩格尔系数为31.4%``); they are collected
    here, nearest first, and only specific ones (a family has no members).
    """
    taken: set[str] = set()
    rows = []
    sentence, earlier_codes = None, []
    for o in sorted(observations, key=lambda o: (o.char_start, o.char_end, o.measure)):
        if o.sentence != sentence:
            sentence, earlier_codes = o.sentence, []
        found = catalogue.resolve_observation(
            o.subject,
            o.breakdown,
            context_before(o.sentence, o.value_text),
            unit=o.unit,
            measure=o.measure,
            earlier_codes=earlier_codes,
        )
        code = found.code if found else None
        if found and found.via != "family":
            earlier_codes.insert(0, found.code)
        rows.append(
            {
                "observation_id": observation_id(bulletin_id, o, taken),
                "bulletin_id": bulletin_id,
                "indicator_code": code,
                "subject": o.subject,
                "breakdown": o.breakdown
                or (found.breakdown if found else None)
                or (catalogue.member_in(code, o.subject) if code else None),
                "measure": o.measure,
                "value": float(o.value),
                "unit": o.unit,
                "value_text": o.value_text,
                "qualifier": o.qualifier,
                "period_type": o.period_type,
                "period_start": o.period_start,
                "period_end": o.period_end,
                "kind": o.kind,
                "sentence": o.sentence,
                "char_start": o.char_start,
                "char_end": o.char_end,
                "unit_written": o.unit_written,
                "base_period_end": o.base_period_end,
                "range_bound": o.range_bound,
                # How the catalogue mapped it, beside how the grammar read it: the route as
                # it was at ingest, whatever the catalogue says later.
                "decided_by": json.dumps(
                    {**o.trace, "indicator": f"{found.via}: {found.matched}"} if found else o.trace,
                    ensure_ascii=False,
                    sort_keys=True,
                ),
            }
        )
    return rows


def observation_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=OBSERVATION_SCHEMA)


def indicator_frame(catalogue: Catalogue) -> pl.DataFrame:
    return pl.DataFrame(
        catalogue.rows(),
        schema={
            "indicator_code": pl.String,
            "name_zh": pl.String,
            "name_en": pl.String,
            "unit": pl.String,
            "description": pl.String,
            "synonyms": pl.List(pl.String),
            "is_family": pl.Boolean,
        },
    )


@dataclass(frozen=True)
class FileOutcome:
    """What processing one inbox file did."""

    file_name: str
    status: str  # new, unchanged, rejected, missing
    bulletin_id: str | None = None
    observations: int = 0
    mapped: int = 0
    rejection: Rejection | None = None


@dataclass(frozen=True)
class Prepared:
    """One file read and extracted, ready to be written: the pure part of processing it."""

    path: Path
    bulletin: SourceBulletin | None = None
    text: str | None = None
    rows: list[dict] | None = None
    rejection: Rejection | None = None
    processed_with: str | None = None  # versioning.processing_version of code and catalogue


def prepare_file(path: Path, catalogue: Catalogue) -> Prepared:
    """Read, normalise, extract and map one file; touches no database (runs in any process)."""
    if not path.exists():
        return Prepared(path)
    read = read_bulletin(path)
    if isinstance(read, Rejection):
        return Prepared(path, rejection=read)
    try:
        text = normalise(read.text).text
        rows = observation_rows(read.bulletin_id, extract(text, read.published_date), catalogue)
    except Exception as problem:  # a bug of ours must not stop the other files: record it
        log.exception("extraction failed on %s", path.name)
        return Prepared(
            path,
            rejection=Rejection(
                path.name,
                read.sha256,
                "extraction_error",
                f"gongbao failed to extract this file ({type(problem).__name__}: {problem}); "
                "this is a bug in gongbao, not in the file",
            ),
        )
    return Prepared(path, read, text, rows, processed_with=processing_version(catalogue.digest))


def write_prepared(con: duckdb.DuckDBPyConnection, prepared: Prepared) -> FileOutcome:
    """Write one prepared file's rows in one transaction.

    A file that cannot be read is recorded in ``rejected_bulletins``; the same bytes again leave
    every row as it was; new bytes are a new bulletin (or a new version of one), and earlier
    bulletins are never touched.
    """
    name = prepared.path.name
    if prepared.rejection is not None:
        with warehouse.transaction(con):
            warehouse.record_rejection(con, prepared.rejection)
        return FileOutcome(name, "rejected", rejection=prepared.rejection)
    if prepared.bulletin is None:
        return FileOutcome(name, "missing")
    read, frame = prepared.bulletin, observation_frame(prepared.rows or [])
    with warehouse.transaction(con):
        is_new = warehouse.insert_bulletin(con, read)
        if not is_new:
            warehouse.update_provenance(con, read)
        warehouse.replace_text(con, read.bulletin_id, prepared.text or "")
        warehouse.replace_observations(con, read.bulletin_id, frame)
        warehouse.set_processed_with(con, read.bulletin_id, prepared.processed_with)
        warehouse.clear_rejections(con, name)
    log.info("stored %s: bulletin %s, %d observations", name, read.bulletin_id, frame.height)
    return FileOutcome(
        name,
        "new" if is_new else "unchanged",
        read.bulletin_id,
        observations=frame.height,
        mapped=int(frame["indicator_code"].is_not_null().sum()),
    )


def process_file(con: duckdb.DuckDBPyConnection, path: Path, catalogue: Catalogue) -> FileOutcome:
    return write_prepared(con, prepare_file(path, catalogue))


# Below this many files, starting worker processes costs more than it saves.
MIN_FILES_FOR_WORKERS = 8


def process_files(
    con: duckdb.DuckDBPyConnection,
    paths: Sequence[Path],
    catalogue_path: Path = CATALOGUE_PATH,
    workers: int | None = None,
) -> Iterator[FileOutcome]:
    """Process files in order, reading and extracting in worker processes (one per core) while
    this process writes each file's transaction as its result arrives."""
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(paths) < MIN_FILES_FOR_WORKERS:
        catalogue = Catalogue.load(catalogue_path)
        for path in paths:
            yield process_file(con, path, catalogue)
        return
    # spawn, not fork: the workers must not inherit this process's open database handles.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_load_catalogue,
        initargs=(catalogue_path,),
    ) as pool:
        for item in pool.map(_prepare_in_worker, paths, chunksize=4):
            yield write_prepared(con, item)


_worker_catalogue: Catalogue | None = None


def _load_catalogue(path: Path) -> None:
    global _worker_catalogue
    _worker_catalogue = Catalogue.load(path)


def _prepare_in_worker(path: Path) -> Prepared:
    assert _worker_catalogue is not None, "the pool's initializer loads the catalogue"
    return prepare_file(path, _worker_catalogue)


def load_indicators(con: duckdb.DuckDBPyConnection, catalogue: Catalogue) -> int:
    frame = indicator_frame(catalogue)
    warehouse.replace_table(con, "indicators", frame)
    return frame.height


@dataclass
class InboxState:
    """Which inbox files a run must process: new, changed, or not readable before."""

    files: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)


def pending_files(inbox: Path, stored: dict[str, tuple], version: str | None = None) -> InboxState:
    """Files whose bytes are not stored yet, whose sidecar says something else than the stored
    provenance, that were not readable (they are tried again: their sidecar may be fixed), or
    whose rows were made by another ``version`` of the code and catalogue than ``version``.

    ``stored`` is ``warehouse.stored_provenance``: sha256 -> (title, publisher, date, URL,
    processed_with). Titles and dates are compared only when the sidecar gives them (else they
    came from the text, which is unchanged when its bytes are).
    """
    state = InboxState()
    for path in inbox_files(inbox):
        state.files.append(path.name)
        sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        known = stored.get(sha256)
        if known is None:
            state.pending.append(path.name)
            continue
        try:
            meta = read_sidecar(path)
            published = parse_date(meta.get("published"), path)
        except UnreadableBulletin:
            state.pending.append(path.name)
            continue
        title, publisher, stored_date, url, processed_with = known
        if (
            (version is not None and processed_with != version)
            or (meta.get("title") and meta.get("title") != title)
            or meta.get("publisher") != publisher
            or (published is not None and published != stored_date)
            or meta.get("source_url") != url
        ):
            state.pending.append(path.name)
    return state
