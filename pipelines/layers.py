"""The work of each layer of the pipeline, free of Dagster: ingest, texts, catalogue, observations.

Each function takes an open warehouse connection, does one layer for every bulletin and returns
a small report for the run's metadata. The assets in ``assets/`` only call these, so the CLI and
the tests run exactly the same code. Observation ids and indicator codes are assigned here.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb
import polars as pl

from pipelines import warehouse
from pipelines.catalogue import Catalogue
from pipelines.extract import extract
from pipelines.ingest import Rejection, SourceBulletin, read_inbox
from pipelines.normalise import normalise
from pipelines.observation import Observation

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


def normalised_text(content: bytes, encoding: str | None) -> str:
    """The stored text of a bulletin: its bytes decoded as ingested, then normalised."""
    return normalise(content.decode(encoding or "utf-8")).text


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
    taken: set[str] = set()
    rows = []
    for o in sorted(observations, key=lambda o: (o.char_start, o.char_end, o.measure)):
        code = catalogue.code_for(o.subject, o.breakdown)
        rows.append(
            {
                "observation_id": observation_id(bulletin_id, o, taken),
                "bulletin_id": bulletin_id,
                "indicator_code": code,
                "subject": o.subject,
                "breakdown": o.breakdown
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
                "decided_by": json.dumps(o.trace, ensure_ascii=False, sort_keys=True),
            }
        )
    return rows


def extract_bulletin(
    bulletin_id: str, text: str, published: date | None, catalogue: Catalogue
) -> list[dict]:
    return observation_rows(bulletin_id, extract(text, published), catalogue)


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
        },
    )


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


def ingest_inbox(con: duckdb.DuckDBPyConnection, inbox: Path) -> IngestReport:
    """Record every readable file of the inbox and every rejected one with its reason."""
    report = IngestReport()
    for item in read_inbox(inbox):
        if isinstance(item, SourceBulletin):
            written = warehouse.record_bulletin(con, item)
            getattr(report, written.status).append(item.file_name)
        else:
            report.rejected.append(item)
    warehouse.record_rejections(con, report.rejected)
    return report


def build_texts(con: duckdb.DuckDBPyConnection) -> int:
    """(Re)write the normalised text of every stored bulletin; returns the number of texts."""
    stored = warehouse.stored_bulletins(con)
    frame = pl.DataFrame(
        {
            "bulletin_id": stored["bulletin_id"],
            "text": [
                normalised_text(content, encoding)
                for content, encoding in zip(stored["content"], stored["encoding"], strict=True)
            ],
        },
        schema={"bulletin_id": pl.String, "text": pl.String},
    )
    warehouse.write_texts(con, frame)
    return frame.height


def load_indicators(con: duckdb.DuckDBPyConnection, catalogue: Catalogue) -> int:
    frame = indicator_frame(catalogue)
    warehouse.replace_table(con, "indicators", frame)
    return frame.height


@dataclass
class ObservationReport:
    observations: int = 0
    mapped: int = 0
    per_bulletin: dict[str, int] = field(default_factory=dict)
    measures: Counter = field(default_factory=Counter)
    failures: dict[str, str] = field(default_factory=dict)


def build_observations(con: duckdb.DuckDBPyConnection, catalogue: Catalogue) -> ObservationReport:
    """Extract every stored text and replace each bulletin's observations.

    A bulletin the extractor fails on keeps its previous rows and is reported; the others land.
    """
    report = ObservationReport()
    rows: list[dict] = []
    done: list[str] = []
    for bulletin_id, text, published in warehouse.stored_texts(con).iter_rows():
        try:
            bulletin_rows = extract_bulletin(bulletin_id, text, published, catalogue)
        except Exception as problem:  # one bulletin's failure must not lose the others
            log.exception("extraction failed for bulletin %s", bulletin_id)
            report.failures[bulletin_id] = f"{type(problem).__name__}: {problem}"
            continue
        done.append(bulletin_id)
        rows.extend(bulletin_rows)
        report.per_bulletin[bulletin_id] = len(bulletin_rows)
    frame = observation_frame(rows)
    warehouse.replace_rows_per_bulletin(con, "observations", frame, done)
    report.observations = frame.height
    report.mapped = frame["indicator_code"].is_not_null().sum()
    report.measures = Counter(frame["measure"].to_list())
    return report
