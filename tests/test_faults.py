"""Faults a real deployment meets: a run killed mid-write, overlapping runs and a reader.

These start real processes (`gongbao run`) and kill them for real.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipelines import warehouse as wh

pytestmark = pytest.mark.slow

SAMPLES = wh.PROJECT_ROOT / "samples"


def make_inbox(folder: Path, copies: int) -> Path:
    """The samples, ``copies`` times over with distinct bytes (a line naming the copy)."""
    folder.mkdir(parents=True)
    for i in range(copies):
        for sample in sorted(SAMPLES.glob("*.txt")):
            stem = f"{i:03d}-{sample.stem}"
            (folder / f"{stem}.txt").write_text(
                sample.read_text(encoding="utf-8") + f"\n（副本{i}）\n", encoding="utf-8"
            )
            meta = sample.with_name(sample.stem + ".meta.json")
            shutil.copy(meta, folder / f"{stem}.meta.json")
    return folder


def gongbao(*args: str, home: Path) -> subprocess.Popen:
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", *args],
        env=env,
        cwd=wh.PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def kill_after(process: subprocess.Popen, marker: str, count: int, timeout: float = 300) -> str:
    """SIGKILL the process group once ``count`` lines of its output contain ``marker``."""
    seen, lines = 0, []
    deadline = time.monotonic() + timeout
    for line in process.stdout:
        lines.append(line)
        seen += marker in line
        if seen >= count or time.monotonic() > deadline:
            break
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return "".join(lines)


def consistent(warehouse: Path) -> dict[str, int]:
    """Every stored bulletin is whole: bytes, text and observations together, nothing orphaned."""
    with wh.connect(warehouse, read_only=True) as con:
        if not con.sql("SELECT * FROM duckdb_tables() WHERE table_name = 'bulletins'").fetchall():
            return {}  # killed before the schema was committed: nothing landed
        partial = con.sql(
            """
            SELECT b.bulletin_id FROM bulletins b
            LEFT JOIN bulletin_files f USING (bulletin_id)
            LEFT JOIN bulletin_texts t USING (bulletin_id)
            WHERE f.bulletin_id IS NULL OR t.bulletin_id IS NULL
            """
        ).fetchall()
        orphans = con.sql(
            "SELECT count(*) FROM observations WHERE bulletin_id NOT IN "
            "(SELECT bulletin_id FROM bulletins)"
        ).fetchall()[0][0]
        counts = dict(
            con.sql("SELECT bulletin_id, count(*) FROM observations GROUP BY ALL").fetchall()
        )
    assert partial == [] and orphans == 0
    return counts


def test_a_run_killed_mid_write_leaves_whole_bulletins_and_the_next_run_completes(tmp_path):
    inbox = make_inbox(tmp_path / "inbox", copies=30)
    reference = tmp_path / "reference.duckdb"
    done = gongbao(
        "run", "--inbox", str(inbox), "--warehouse", str(reference), home=tmp_path / "h1"
    )
    assert done.wait(timeout=600) == 0, done.stdout.read()
    expected = consistent(reference)
    assert len(expected) == 120

    warehouse = tmp_path / "warehouse.duckdb"
    home = tmp_path / "h2"
    landed: list[int] = []
    for stored_before_kill in (3, 20):
        victim = gongbao(
            "run", "--verbose", "--inbox", str(inbox), "--warehouse", str(warehouse), home=home
        )
        # Kill as soon as the run says it has committed a few files: mid-write, not by a clock.
        said = kill_after(victim, "stored ", stored_before_kill)
        partial = consistent(warehouse)
        # What landed is exactly what a clean run writes for those bulletins.
        assert all(expected[b] == n for b, n in partial.items())
        landed.append(len(partial))
        assert 0 < landed[-1] < len(expected), (landed, said[-600:])
    finished = gongbao("run", "--inbox", str(inbox), "--warehouse", str(warehouse), home=home)
    output = finished.communicate(timeout=600)[0]
    assert finished.returncode == 0, output
    assert consistent(warehouse) == expected


READER = """
import sys, time, duckdb
snapshot, seconds = sys.argv[1], float(sys.argv[2])
deadline = time.monotonic() + seconds
queries = 0
while time.monotonic() < deadline:
    # A person's session: open the published snapshot read-only, keep it open, query it.
    con = duckdb.connect(snapshot, read_only=True)
    for _ in range(20):
        con.sql("SELECT count(*) FROM observations").fetchall()
        queries += 1
        time.sleep(0.05)
    con.close()
print("queries", queries)
"""


def test_overlapping_runs_and_a_reader_lose_nothing_and_hit_no_lock(tmp_path):
    inbox = make_inbox(tmp_path / "inbox", copies=6)
    warehouse = tmp_path / "warehouse.duckdb"
    home = tmp_path / "home"
    first = gongbao("run", "--inbox", str(inbox), "--warehouse", str(warehouse), home=home)
    assert first.wait(timeout=600) == 0, first.stdout.read()
    expected = consistent(warehouse)
    # New files for two runs that overlap, while a person reads the snapshot all along.
    for sample in sorted(SAMPLES.glob("*.txt")):
        (inbox / f"new-{sample.name}").write_text(
            sample.read_text(encoding="utf-8") + "\n（新增）\n", encoding="utf-8"
        )
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(wh.snapshot_path(warehouse)), "25"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    runs = [
        gongbao("run", "--inbox", str(inbox), "--warehouse", str(warehouse), home=home)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=600)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert not any("lock" in out.lower() for out in outputs), outputs
    read = reader.communicate(timeout=120)[0]
    assert reader.returncode == 0 and "queries" in read, read
    after = consistent(warehouse)
    assert len(after) == len(expected) + 4
    assert {b: n for b, n in after.items() if b in expected} == expected
