"""Warehouse writes: the documented schema, idempotent re-runs, per-bulletin replacement."""

import hashlib
from datetime import date

import duckdb
import polars as pl
import pytest

from pipelines import warehouse as wh
from pipelines.ingest import Rejection, SourceBulletin


def bulletin(text: str, file_name: str = "a.txt") -> SourceBulletin:
    content = text.encode()
    return SourceBulletin(
        file_name=file_name,
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        format="txt",
        encoding="utf-8",
        text=text,
        title="t",
        publisher="p",
        published_date=date(2025, 1, 1),
        source_url=None,
    )


def test_every_table_and_column_has_a_comment(warehouse_path):
    with wh.connect(warehouse_path) as con:
        tables = con.sql(
            "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main'"
        ).fetchall()
        columns = con.sql(
            "SELECT table_name, column_name, comment FROM duckdb_columns() "
            "WHERE schema_name = 'main' AND NOT internal"
        ).fetchall()
    assert len(tables) == 11
    assert [t for t, comment in tables if not comment] == []
    assert [(t, c) for t, c, comment in columns if not comment] == []


def test_same_bytes_twice_is_stored_once(warehouse_path):
    with wh.connect(warehouse_path) as con:
        first = wh.record_bulletin(con, bulletin("一"))
        ingested = con.sql("SELECT ingested_at FROM bulletins").fetchall()
        second = wh.record_bulletin(con, bulletin("一"))
        assert (first.status, second.status) == ("new", "unchanged")
        assert con.sql("SELECT ingested_at FROM bulletins").fetchall() == ingested


def test_changed_bulletin_replaces_only_its_own_rows(warehouse_path):
    with wh.connect(warehouse_path) as con:
        old = wh.record_bulletin(con, bulletin("旧", "a.txt"))
        other = wh.record_bulletin(con, bulletin("另", "b.txt"))
        for b in (old, other):
            con.execute("INSERT INTO bulletin_texts VALUES (?, ?)", [b.bulletin_id, "x"])
        new = wh.record_bulletin(con, bulletin("新", "a.txt"))
        assert new.status == "replaced"
        ids = {r[0] for r in con.sql("SELECT bulletin_id FROM bulletins").fetchall()}
        assert ids == {new.bulletin_id, other.bulletin_id}
        texts = {r[0] for r in con.sql("SELECT bulletin_id FROM bulletin_texts").fetchall()}
        assert texts == {other.bulletin_id}


def test_replace_rows_is_one_transaction(warehouse_path):
    with wh.connect(warehouse_path) as con:
        con.execute("INSERT INTO bulletin_texts VALUES ('b1', 'kept')")
        bad = pl.DataFrame({"bulletin_id": ["b1", "b1"], "text": ["x", "y"]})  # breaks the key
        with pytest.raises(duckdb.ConstraintException):
            wh.replace_rows_per_bulletin(con, "bulletin_texts", bad, ["b1"])
        assert con.sql("SELECT text FROM bulletin_texts").fetchall() == [("kept",)]


def test_rejections_are_recorded_once_per_content(warehouse_path):
    rejection = Rejection("x.pdf", "abc", "unsupported_format", "pdf files cannot be read yet")
    with wh.connect(warehouse_path) as con:
        wh.record_rejections(con, [rejection])
        wh.record_rejections(con, [rejection])
        rows = con.sql("SELECT file_name, reason FROM rejected_bulletins").fetchall()
    assert rows == [("x.pdf", "unsupported_format")]


def test_read_only_connection_refuses_writes(warehouse_path):
    with wh.connect(warehouse_path):
        pass
    with (
        wh.connect(warehouse_path, read_only=True) as con,
        pytest.raises(duckdb.Error, match="read-only"),
    ):
        con.execute("DELETE FROM bulletins")
