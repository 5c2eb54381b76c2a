"""The DuckDB warehouse: connecting, the schema, every write to it, and the published snapshot.

A bulletin's rows (provenance, bytes, text, observations) are written in one transaction by
the caller (``layers.process_file``), so a run killed at any moment leaves either all of a
bulletin or none of it. The write functions here therefore open no transaction of their own,
except the whole-table rebuilds. The schema and the derived-table queries live in ``sql/``.
No Dagster here.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from pipelines.ingest import Rejection, SourceBulletin

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SQL_DIR = PROJECT_ROOT / "sql"
DERIVED_TABLES = (
    "compute_hub_capacity",
    "platform_enterprise_growth",
    "core_industry_value_added",
    "unmapped_subjects",
)
# How long a writer waits for another process (a reader's session, a run outside the pool) to
# let go of the file before it gives up with a clear error.
LOCK_WAIT_SECONDS = 120.0


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse file for longer than a writer waits."""


@contextmanager
def connect(
    path: Path | str, read_only: bool = False, wait_seconds: float = LOCK_WAIT_SECONDS
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse and always close it.

    Extensions are never downloaded (the machines have no internet); a writer makes sure the
    schema exists first. DuckDB lets one process hold a file for writing, and none while another
    writes, so a conflicting lock is waited out, up to ``wait_seconds``.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"warehouse {path} does not exist yet: run `gongbao run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = open_waiting(path, read_only, wait_seconds)
    try:
        if not read_only:
            ensure_schema(con)
        yield con
    finally:
        con.close()


def open_waiting(path: Path, read_only: bool, wait_seconds: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait_seconds
    delay = 0.05
    while True:
        try:
            return duckdb.connect(
                str(path), read_only=read_only, config={"autoinstall_known_extensions": False}
            )
        except duckdb.IOException as problem:
            if "lock" not in str(problem).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"{path} is held by another process for more than {wait_seconds:.0f} s "
                    f"({problem}). Close other sessions on it (query data/snapshot.duckdb "
                    "instead) and run again."
                ) from problem
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def read_sql(name: str) -> str:
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing, all or nothing (a run killed here leaves no half schema)."""
    with transaction(con):
        con.execute(read_sql("schema"))


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def first_row(con: duckdb.DuckDBPyConnection, query: str, params: list | None = None) -> tuple:
    """The first row of a query. (duckdb 2.x leaves a half-read result blocking the connection
    after ``fetchone``, so the rows are read to the end.)"""
    rows = con.execute(query, params or []).fetchall()
    return rows[0] if rows else ()


def scalar(con: duckdb.DuckDBPyConnection, query: str, params: list | None = None):
    return first_row(con, query, params)[0]


def now_utc() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- one bulletin's rows (inside the caller's transaction) ----------------------------------


def insert_bulletin(con: duckdb.DuckDBPyConnection, bulletin: SourceBulletin) -> bool:
    """Store provenance and bytes once per content; False when these bytes are stored already.

    The same bytes again (under any file name) change nothing: ``ingested_at`` keeps the first
    time. New bytes are a new bulletin, or a new version of one (see ``bulletin_versions``);
    earlier versions stay.
    """
    if scalar(con, "SELECT count(*) FROM bulletins WHERE bulletin_id = ?", [bulletin.bulletin_id]):
        return False
    con.execute(
        """
        INSERT INTO bulletins (bulletin_id, file_name, title, publisher, published_date,
            source_url, sha256, format, encoding, char_count, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
            bulletin.bulletin_id,
            bulletin.file_name,
            bulletin.title,
            bulletin.publisher,
            bulletin.published_date,
            bulletin.source_url,
            bulletin.sha256,
            bulletin.format,
            bulletin.encoding,
            len(bulletin.text),
            now_utc(),
        ],
    )
    con.execute(
        "INSERT INTO bulletin_files (bulletin_id, content) VALUES (?, ?)",
        [bulletin.bulletin_id, bulletin.content],
    )
    return True


def update_provenance(con: duckdb.DuckDBPyConnection, bulletin: SourceBulletin) -> bool:
    """Take a corrected sidecar (title, publisher, date, URL) for stored bytes; True if changed."""
    fields = [bulletin.title, bulletin.publisher, bulletin.published_date, bulletin.source_url]
    stored = first_row(
        con,
        "SELECT title, publisher, published_date, source_url FROM bulletins WHERE bulletin_id = ?",
        [bulletin.bulletin_id],
    )
    if list(stored) == fields:
        return False
    con.execute(
        "UPDATE bulletins SET title = ?, publisher = ?, published_date = ?, source_url = ? "
        "WHERE bulletin_id = ?",
        [*fields, bulletin.bulletin_id],
    )
    return True


def stored_provenance(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    """sha256 -> (title, publisher, published_date, source_url, processed_with) of bulletins
    with their text."""
    # A warehouse of a release before the column, opened read-only (no schema upgrade): its
    # rows were made by another version.
    has_version = scalar(
        con,
        "SELECT count(*) FROM duckdb_columns() "
        "WHERE table_name = 'bulletins' AND column_name = 'processed_with'",
    )
    version = "b.processed_with" if has_version else "NULL"
    return {
        row[0]: tuple(row[1:])
        for row in con.execute(
            "SELECT b.sha256, b.title, b.publisher, b.published_date, b.source_url, "
            f"{version} FROM bulletins b JOIN bulletin_texts t USING (bulletin_id)"
        ).fetchall()
    }


def set_processed_with(
    con: duckdb.DuckDBPyConnection, bulletin_id: str, version: str | None
) -> None:
    """Record which version of the code and catalogue made the bulletin's rows."""
    con.execute(
        "UPDATE bulletins SET processed_with = ? WHERE bulletin_id = ?", [version, bulletin_id]
    )


def replace_text(con: duckdb.DuckDBPyConnection, bulletin_id: str, text: str) -> None:
    """The normalised text of a bulletin, and its length in ``bulletins.char_count``."""
    con.execute("DELETE FROM bulletin_texts WHERE bulletin_id = ?", [bulletin_id])
    con.execute("INSERT INTO bulletin_texts VALUES (?, ?)", [bulletin_id, text])
    con.execute(
        "UPDATE bulletins SET char_count = ? WHERE bulletin_id = ?", [len(text), bulletin_id]
    )


def replace_observations(
    con: duckdb.DuckDBPyConnection, bulletin_id: str, frame: pl.DataFrame
) -> None:
    con.execute("DELETE FROM observations WHERE bulletin_id = ?", [bulletin_id])
    insert_frame(con, "observations", frame)


def record_rejection(con: duckdb.DuckDBPyConnection, rejection: Rejection) -> None:
    """One row per file, bytes and reason: a file rejected again the same way changes nothing."""
    same = scalar(
        con,
        "SELECT count(*) FROM rejected_bulletins WHERE file_name = ? "
        "AND sha256 IS NOT DISTINCT FROM ? AND reason = ? AND detail IS NOT DISTINCT FROM ?",
        [rejection.file_name, rejection.sha256, rejection.reason, rejection.detail],
    )
    if same:
        return
    con.execute(
        "DELETE FROM rejected_bulletins WHERE file_name = ? AND sha256 IS NOT DISTINCT FROM ?",
        [rejection.file_name, rejection.sha256],
    )
    con.execute(
        "INSERT INTO rejected_bulletins VALUES (?, ?, ?, ?, ?)",
        [rejection.file_name, rejection.sha256, rejection.reason, rejection.detail, now_utc()],
    )


def clear_rejections(con: duckdb.DuckDBPyConnection, file_name: str) -> None:
    """A file that now reads is no longer rejected (the table lists files that cannot be read)."""
    con.execute("DELETE FROM rejected_bulletins WHERE file_name = ?", [file_name])


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Insert a frame's rows; it must have every column of the table."""
    if not frame.height:
        return
    ordered = frame.select(con.table(table).columns)
    con.from_arrow(ordered.to_arrow()).insert_into(table)


# -- whole tables ------------------------------------------------------------------------------


def replace_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Replace all rows of a table that is rebuilt whole (the catalogue) in one transaction."""
    with transaction(con):
        con.execute(f"DELETE FROM {table}")
        insert_frame(con, table, frame)


def rebuild_derived_table(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Recompute a derived table from the observations with its query in ``sql/<table>.sql``."""
    if table not in DERIVED_TABLES:
        raise ValueError(f"{table} is not a derived table")
    query = read_sql(table)
    with transaction(con):
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} {query}")
    return scalar(con, f"SELECT count(*) FROM {table}")


def table_counts(con: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> dict[str, int]:
    return {t: scalar(con, f"SELECT count(*) FROM {t}") for t in tables}


def record_validation_rows(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple]) -> None:
    if not rows:
        return
    with transaction(con):
        con.executemany(
            "INSERT INTO validation_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )


# -- the snapshot people query ---------------------------------------------------------------


def snapshot_path(warehouse: Path) -> Path:
    return warehouse.with_name("snapshot.duckdb")


def publish_snapshot(warehouse: Path) -> Path:
    """Copy the warehouse to ``snapshot.duckdb`` beside it, replacing the old copy atomically.

    People query the snapshot and may keep it open: a session on the old copy keeps reading it
    (the rename leaves its file in place) and never blocks a run, which writes only the
    warehouse. Called with no connection to the warehouse open, inside the writers' pool.
    """
    with connect(warehouse) as con:
        con.execute("CHECKPOINT")
    target = snapshot_path(warehouse)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    shutil.copyfile(warehouse, partial)
    os.replace(partial, target)
    return target
