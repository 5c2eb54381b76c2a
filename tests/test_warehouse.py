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
        assert wh.insert_bulletin(con, bulletin("一"))
        ingested = con.sql("SELECT ingested_at FROM bulletins").fetchall()
        assert not wh.insert_bulletin(con, bulletin("一", "copy.txt"))
        assert con.sql("SELECT ingested_at FROM bulletins").fetchall() == ingested


def test_a_corrected_reissue_is_a_new_version_and_the_old_one_stays(warehouse_path):
    with wh.connect(warehouse_path) as con:
        old, other, new = bulletin("旧"), bulletin("另", "b.txt"), bulletin("新")
        other = SourceBulletin(**{**other.__dict__, "title": "another title"})
        for b in (old, other, new):
            wh.insert_bulletin(con, b)
            wh.replace_text(con, b.bulletin_id, b.text)
        versions = dict(
            con.sql("SELECT bulletin_id, (version, is_latest) FROM bulletin_versions").fetchall()
        )
    assert versions[old.bulletin_id] == (1, False)
    assert versions[new.bulletin_id] == (2, True)
    assert versions[other.bulletin_id] == (1, True)


def test_a_failed_write_leaves_the_bulletin_as_it_was(warehouse_path):
    with wh.connect(warehouse_path) as con:
        b = bulletin("一")
        with wh.transaction(con):
            wh.insert_bulletin(con, b)
            wh.replace_text(con, b.bulletin_id, "kept")
        bad = pl.DataFrame({"observation_id": ["x"]})  # lacks columns: the insert fails
        with pytest.raises(pl.exceptions.ColumnNotFoundError), wh.transaction(con):
            wh.replace_text(con, b.bulletin_id, "replaced")
            wh.replace_observations(con, b.bulletin_id, bad)
        assert con.sql("SELECT text FROM bulletin_texts").fetchall() == [("kept",)]


def test_rejections_are_recorded_once_per_content(warehouse_path):
    rejection = Rejection("x.pdf", "abc", "truncated", "the PDF ends before its last page")
    with wh.connect(warehouse_path) as con:
        wh.record_rejection(con, rejection)
        first = con.sql("SELECT * FROM rejected_bulletins").fetchall()
        wh.record_rejection(con, rejection)
        assert con.sql("SELECT * FROM rejected_bulletins").fetchall() == first
        wh.clear_rejections(con, "x.pdf")
        assert con.sql("SELECT count(*) FROM rejected_bulletins").fetchall() == [(0,)]


@pytest.mark.slow
def test_a_writer_waits_for_a_lock_and_then_says_who_to_blame(warehouse_path):
    import subprocess
    import sys
    import time

    with wh.connect(warehouse_path):
        pass
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(warehouse_path)!r}, read_only=True); "
            "time.sleep(3)",
        ]
    )
    try:
        time.sleep(1.0)
        with (
            pytest.raises(wh.WarehouseBusy, match="held by another process"),
            wh.connect(warehouse_path, wait_seconds=0.5),
        ):
            pass
        # Waiting long enough, the writer gets the file once the reader has gone.
        with wh.connect(warehouse_path, wait_seconds=30) as con:
            con.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    finally:
        holder.wait()


def test_published_snapshot_can_stay_open_while_the_warehouse_is_rewritten(warehouse_path):
    with wh.connect(warehouse_path) as con:
        wh.insert_bulletin(con, bulletin("一"))
    snapshot = wh.publish_snapshot(warehouse_path)
    with wh.connect(snapshot, read_only=True) as reader:
        with wh.connect(warehouse_path) as con:
            wh.insert_bulletin(con, bulletin("二", "b.txt"))
        wh.publish_snapshot(warehouse_path)
        assert reader.sql("SELECT count(*) FROM bulletins").fetchall() == [(1,)]
    with wh.connect(snapshot, read_only=True) as fresh:
        assert fresh.sql("SELECT count(*) FROM bulletins").fetchall() == [(2,)]


def test_read_only_connection_refuses_writes(warehouse_path):
    with wh.connect(warehouse_path):
        pass
    with (
        wh.connect(warehouse_path, read_only=True) as con,
        pytest.raises(duckdb.Error, match="read-only"),
    ):
        con.execute("DELETE FROM bulletins")


def test_a_warehouse_from_before_the_processing_version_reads_as_made_by_another(tmp_path):
    old = tmp_path / "old.duckdb"
    with duckdb.connect(str(old)) as con:
        con.execute(
            "CREATE TABLE bulletins (bulletin_id VARCHAR, sha256 VARCHAR, title VARCHAR, "
            "publisher VARCHAR, published_date DATE, source_url VARCHAR)"
        )
        con.execute("CREATE TABLE bulletin_texts (bulletin_id VARCHAR, text VARCHAR)")
        con.execute("INSERT INTO bulletins VALUES ('b1', 'ab', 't', 'p', NULL, NULL)")
        con.execute("INSERT INTO bulletin_texts VALUES ('b1', '全年增长5%。')")
    with duckdb.connect(str(old), read_only=True) as con:
        assert wh.stored_provenance(con) == {"ab": ("t", "p", None, None, None)}
