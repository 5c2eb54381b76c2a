"""The DuckDB warehouse: connecting, the schema, and every write to it.

Writes are made per bulletin inside one transaction, so a re-run on the same inputs leaves the
same rows and a changed bulletin replaces only its own. The schema and the derived-table queries
live in ``sql/``; this module runs them. No Dagster here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
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
# Tables whose rows belong to one bulletin; superseding a bulletin clears it from each.
PER_BULLETIN_TABLES = ("observations", "bulletin_texts", "bulletin_files", "bulletins")


@contextmanager
def connect(path: Path | str, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse and always close it.

    Extensions are never downloaded (the machines have no internet); a writer makes sure the
    schema exists first.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"warehouse {path} does not exist yet: run `gongbao run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(
        str(path), read_only=read_only, config={"autoinstall_known_extensions": False}
    )
    try:
        if not read_only:
            ensure_schema(con)
        yield con
    finally:
        con.close()


def first_row(con: duckdb.DuckDBPyConnection, query: str, params: list | None = None) -> tuple:
    """The first row of a query. (duckdb 2.x leaves a half-read result blocking the connection
    after ``fetchone``, so the rows are read to the end.)"""
    rows = con.execute(query, params or []).fetchall()
    return rows[0] if rows else ()


def scalar(con: duckdb.DuckDBPyConnection, query: str, params: list | None = None):
    return first_row(con, query, params)[0]


def read_sql(name: str) -> str:
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
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


def now_utc() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class BulletinWrite:
    """What recording one inbox file did."""

    file_name: str
    bulletin_id: str
    status: str  # new, unchanged, replaced


def record_bulletin(con: duckdb.DuckDBPyConnection, bulletin: SourceBulletin) -> BulletinWrite:
    """Store a bulletin's provenance and bytes, once per content.

    The same bytes again change nothing (``ingested_at`` keeps the first time). New bytes under a
    file name the warehouse already holds are a corrected version of that bulletin: the old
    version's rows are removed in the same transaction, and only those.
    """
    bulletin_id = bulletin.bulletin_id
    exists = scalar(con, "SELECT count(*) FROM bulletins WHERE bulletin_id = ?", [bulletin_id])
    if exists:
        return BulletinWrite(bulletin.file_name, bulletin_id, "unchanged")
    superseded = [
        row[0]
        for row in con.execute(
            "SELECT bulletin_id FROM bulletins WHERE file_name = ?", [bulletin.file_name]
        ).fetchall()
    ]
    with transaction(con):
        for old_id in superseded:
            delete_bulletin_rows(con, old_id)
        con.execute(
            """
            INSERT INTO bulletins (bulletin_id, file_name, title, publisher, published_date,
                source_url, sha256, format, encoding, char_count, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                bulletin_id,
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
            [bulletin_id, bulletin.content],
        )
    return BulletinWrite(bulletin.file_name, bulletin_id, "replaced" if superseded else "new")


def delete_bulletin_rows(con: duckdb.DuckDBPyConnection, bulletin_id: str) -> None:
    for table in PER_BULLETIN_TABLES:
        con.execute(f"DELETE FROM {table} WHERE bulletin_id = ?", [bulletin_id])


def record_rejections(con: duckdb.DuckDBPyConnection, rejections: Sequence[Rejection]) -> None:
    """Record this run's rejected files; a file rejected again for the same bytes is one row."""
    rejected_at = now_utc()
    with transaction(con):
        for rejection in rejections:
            con.execute(
                "DELETE FROM rejected_bulletins WHERE file_name = ? "
                "AND sha256 IS NOT DISTINCT FROM ?",
                [rejection.file_name, rejection.sha256],
            )
            con.execute(
                "INSERT INTO rejected_bulletins VALUES (?, ?, ?, ?, ?)",
                [
                    rejection.file_name,
                    rejection.sha256,
                    rejection.reason,
                    rejection.detail,
                    rejected_at,
                ],
            )


def stored_bulletins(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Every bulletin with its bytes, encoding and publication date, in id order."""
    return con.sql(
        """
        SELECT b.bulletin_id, b.file_name, b.format, b.encoding, b.published_date, f.content
        FROM bulletins b JOIN bulletin_files f USING (bulletin_id)
        ORDER BY b.bulletin_id
        """
    ).pl()


def stored_texts(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    return con.sql(
        """
        SELECT t.bulletin_id, t.text, b.published_date
        FROM bulletin_texts t JOIN bulletins b USING (bulletin_id)
        ORDER BY t.bulletin_id
        """
    ).pl()


def replace_rows_per_bulletin(
    con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame, bulletin_ids: Iterable[str]
) -> None:
    """Replace ``table``'s rows of the given bulletins with ``frame`` in one transaction."""
    ids = list(bulletin_ids)
    with transaction(con):
        delete_rows_of(con, table, ids)
        insert_frame(con, table, frame)


def delete_rows_of(con: duckdb.DuckDBPyConnection, table: str, bulletin_ids: list[str]) -> None:
    if bulletin_ids:
        con.execute(f"DELETE FROM {table} WHERE bulletin_id IN (SELECT unnest(?))", [bulletin_ids])


def write_texts(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> None:
    """Replace the texts of the frame's bulletins and set their char_count, in one transaction."""
    with transaction(con):
        delete_rows_of(con, "bulletin_texts", frame["bulletin_id"].to_list())
        insert_frame(con, "bulletin_texts", frame)
        con.execute(
            """
            UPDATE bulletins SET char_count = length(t.text)
            FROM bulletin_texts t
            WHERE t.bulletin_id = bulletins.bulletin_id AND bulletins.char_count <> length(t.text)
            """
        )


def replace_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Replace all rows of a table that is rebuilt whole (the catalogue) in one transaction."""
    with transaction(con):
        con.execute(f"DELETE FROM {table}")
        insert_frame(con, table, frame)


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Insert a frame's rows (inside the caller's transaction); it must have every column."""
    if not frame.height:
        return
    ordered = frame.select(con.table(table).columns)
    con.from_arrow(ordered.to_arrow()).insert_into(table)


def rebuild_derived_table(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Recompute a derived table from ``observations`` with its query in ``sql/<table>.sql``."""
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
