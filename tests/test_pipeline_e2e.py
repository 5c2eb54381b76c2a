"""The real graph, really run: the sample bulletins into a temporary warehouse through Dagster."""

import shutil
from datetime import date

import dagster as dg
import pytest

from pipelines import warehouse as wh
from pipelines.catalogue import Catalogue
from pipelines.definitions import build_defs
from pipelines.explain import explain
from pipelines.runner import run_pipeline
from pipelines.versioning import processing_version

pytestmark = pytest.mark.slow

# Every table a re-run must leave as it was (validation_results is a log and grows).
STABLE_TABLES = (
    "bulletins",
    "bulletin_texts",
    "observations",
    "indicators",
    "rejected_bulletins",
    "compute_hub_capacity",
    "platform_enterprise_growth",
    "core_industry_value_added",
)


@pytest.fixture(scope="module")
def instance():
    with dg.DagsterInstance.ephemeral() as ephemeral:
        yield ephemeral


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory, instance):
    """One run of the whole graph on a copy of the samples, shared by the tests of this module."""
    root = tmp_path_factory.mktemp("e2e")
    inbox = root / "inbox"
    shutil.copytree(wh.PROJECT_ROOT / "samples", inbox)
    warehouse = root / "warehouse.duckdb"
    summary = run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance)
    return summary, inbox, warehouse


def rows(warehouse, query):
    with wh.connect(warehouse, read_only=True) as con:
        return con.sql(query).fetchall()


def snapshot(warehouse):
    with wh.connect(warehouse, read_only=True) as con:
        return {
            t: sorted(map(repr, con.sql(f"SELECT * FROM {t}").fetchall())) for t in STABLE_TABLES
        }


def test_run_succeeds_with_all_checks_passing(sample_run):
    summary, _, _ = sample_run
    assert summary.success, summary.render()
    assert summary.counts["bulletins"] == 4
    assert summary.counts["observations"] > 200
    assert summary.checks_failed == 0 and summary.checks_passed == 9, summary.render()
    assert all(summary.counts[t] > 0 for t in wh.DERIVED_TABLES)
    assert (summary.files, summary.processed) == (4, 4)


def test_every_span_points_into_the_stored_text(sample_run):
    _, _, warehouse = sample_run
    broken = rows(
        warehouse,
        """
        SELECT o.observation_id FROM observations o JOIN bulletin_texts t USING (bulletin_id)
        WHERE substring(t.text, o.char_start + 1, o.char_end - o.char_start) <> o.value_text
        """,
    )
    assert broken == []


def test_compute_hub_capacity(sample_run):
    _, _, warehouse = sample_run
    found = rows(
        warehouse,
        "SELECT scope, total_compute_eflops, intelligent_share_pct, intelligent_compute_eflops, "
        "general_compute_eflops, len(source_observation_ids) FROM compute_hub_capacity "
        "WHERE as_of_date = DATE '2025-03-31'",
    )
    assert len(found) == 1
    scope, total, share, intelligent, general, sources = found[0]
    assert "枢纽" in scope
    assert (total, share, intelligent, general, sources) == (215.5, 80.8, 174.1, 41.4, 2)


def test_platform_enterprise_growth(sample_run):
    _, _, warehouse = sample_run
    found = {
        r[0]: r[1:]
        for r in rows(
            warehouse,
            "SELECT sector, enterprises, growth_pct, base_date, base_enterprises, "
            "net_new_enterprises, share_of_total_pct FROM platform_enterprise_growth "
            "WHERE as_of_date = DATE '2024-11-30'",
        )
    }
    assert set(found) == {
        "total",
        "数字技术应用业",
        "数字要素驱动业",
        "数字产品服务业",
        "数字产品制造业",
    }
    total = found["total"]
    assert total[:3] == (4574100, 17.99, date(2023, 12, 31))
    assert total[3] == round(4574100 / 1.1799)
    assert total[4] == round(4574100 - 4574100 / 1.1799)
    assert total[5] == 100
    assert found["数字技术应用业"][:3] == (2166900, 17.6, date(2023, 12, 31))
    assert found["数字产品制造业"][:2] == (208200, 8.92)
    # Sectors add up to the total within rounding (457.39万 against 457.41万).
    assert abs(sum(v[0] for k, v in found.items() if k != "total") - 4574100) <= 500


def test_core_industry_value_added(sample_run):
    _, _, warehouse = sample_run
    found = {
        r[0]: r[1:]
        for r in rows(
            warehouse,
            "SELECT sector, value_added_cny, share_pct, implied_value_added_cny, gap_pct, "
            "len(source_observation_ids) FROM core_industry_value_added WHERE year = 2023",
        )
    }
    assert set(found) == {"数字技术应用业", "数字产品制造业", "数字要素驱动业", "数字产品服务业"}
    value, share, implied, gap, sources = found["数字技术应用业"]
    assert (value, share) == (5.56e12, 43.6)
    assert implied == pytest.approx(0.436 * 127555e8)
    assert gap == pytest.approx(round(100 * (5.56e12 - 0.436 * 127555e8) / (0.436 * 127555e8), 2))
    assert sources == 3
    assert found["数字产品服务业"][:2] == (None, 3.2)


def test_checks_are_written_to_validation_results(sample_run):
    summary, _, warehouse = sample_run
    ids = ", ".join(f"'{run_id}'" for run_id in summary.run_ids)
    tables = rows(
        warehouse, f"SELECT DISTINCT table_name FROM validation_results WHERE run_id IN ({ids})"
    )
    assert len(tables) == 9


def test_rerun_changes_no_row(sample_run, instance):
    _, inbox, warehouse = sample_run
    before = snapshot(warehouse)
    again = run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance)
    assert again.success
    assert again.processed == 0
    assert snapshot(warehouse) == before
    everything = run_pipeline(
        inbox=inbox, warehouse=warehouse, instance=instance, reprocess_all=True
    )
    assert everything.success and everything.processed == 4
    assert snapshot(warehouse) == before


def test_the_snapshot_holds_what_the_warehouse_holds(sample_run):
    _, _, warehouse = sample_run
    snapshot_file = wh.snapshot_path(warehouse)
    with wh.connect(snapshot_file, read_only=True) as con:
        published = con.sql("SELECT count(*) FROM observations").fetchall()
    assert published == rows(warehouse, "SELECT count(*) FROM observations")


def test_bad_file_is_rejected_and_the_rest_lands(tmp_path, instance):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("2025-rmrb-digital-economy-core-industries.txt",):
        shutil.copy(wh.PROJECT_ROOT / "samples" / name, inbox / name)
    (inbox / "garbage.txt").write_bytes(b"\x00\xff\x00" * 50)
    (inbox / "empty.txt").write_bytes(b"")
    warehouse = tmp_path / "w.duckdb"
    summary = run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance)
    assert summary.success, summary.render()
    assert summary.counts["bulletins"] == 1
    assert sorted(rows(warehouse, "SELECT file_name, reason FROM rejected_bulletins")) == [
        ("empty.txt", "empty"),
        ("garbage.txt", "binary"),
    ]


def test_a_corrected_reissue_is_a_new_version_and_only_it_is_processed(tmp_path, instance):
    inbox = tmp_path / "inbox"
    shutil.copytree(wh.PROJECT_ROOT / "samples", inbox)
    warehouse = tmp_path / "w.duckdb"
    assert run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance).success
    query = "SELECT bulletin_id, count(*) FROM observations GROUP BY ALL ORDER BY ALL"
    before = dict(rows(warehouse, query))
    target = inbox / "2026-02-02-guizhou-government-work-report.txt"
    target.write_text(
        target.read_text(encoding="utf-8") + "\n全年新增光伏装机120万千瓦。\n", encoding="utf-8"
    )
    again = run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance)
    assert again.success and again.processed == 1
    after = dict(rows(warehouse, query))
    (new_id,) = set(after) - set(before)
    assert {k: v for k, v in after.items() if k != new_id} == before  # nothing else touched
    latest = dict(
        rows(warehouse, "SELECT bulletin_id, count(*) FROM latest_observations GROUP BY ALL")
    )
    old_id = next(b for b in before if b not in latest)
    assert latest[new_id] == before[old_id] + 1
    versions = rows(
        warehouse,
        f"SELECT version, is_latest FROM bulletin_versions WHERE bulletin_id IN "
        f"('{old_id}', '{new_id}') ORDER BY version",
    )
    assert versions == [(1, False), (2, True)]


def test_a_changed_sidecar_updates_the_provenance(tmp_path, instance):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    name = "2025-rmrb-digital-economy-core-industries"
    for suffix in (".txt", ".meta.json"):
        shutil.copy(wh.PROJECT_ROOT / "samples" / (name + suffix), inbox)
    warehouse = tmp_path / "w.duckdb"
    assert run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance).success
    meta = inbox / f"{name}.meta.json"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace('"source_url": null', '"source_url": "x://y"'),
        encoding="utf-8",
    )
    again = run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance)
    assert again.processed == 1
    assert rows(warehouse, "SELECT source_url FROM bulletins") == [("x://y",)]


def test_rows_made_by_another_version_are_made_again(tmp_path, instance):
    """After an upgrade of the grammar or the catalogue a plain run re-processes the bulletins
    stored by the earlier version, and only those."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in (
        "2025-rmrb-digital-economy-core-industries",
        "2026-02-02-guizhou-government-work-report",
    ):
        for suffix in (".txt", ".meta.json"):
            shutil.copy(wh.PROJECT_ROOT / "samples" / (name + suffix), inbox)
    warehouse = tmp_path / "w.duckdb"
    assert run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance).success
    current = processing_version(Catalogue.load().digest)
    assert rows(warehouse, "SELECT DISTINCT processed_with FROM bulletins") == [(current,)]
    with wh.connect(warehouse) as con:
        # What an earlier release left: another version, and rows that version got wrong.
        con.execute(
            "UPDATE bulletins SET processed_with = 'earlier' WHERE file_name LIKE '2025-rmrb%'"
        )
        con.execute(
            "UPDATE observations SET indicator_code = NULL WHERE bulletin_id = "
            "(SELECT bulletin_id FROM bulletins WHERE processed_with = 'earlier')"
        )
    again = run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance)
    assert again.success and again.processed == 1
    assert rows(warehouse, "SELECT DISTINCT processed_with FROM bulletins") == [(current,)]
    mapped = "SELECT count(*) FROM observations WHERE indicator_code IS NOT NULL"
    assert rows(warehouse, mapped)[0][0] > 0
    assert run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance).processed == 0


def test_a_broken_table_fails_its_blocking_check(tmp_path, instance):
    inbox = tmp_path / "inbox"
    shutil.copytree(wh.PROJECT_ROOT / "samples", inbox)
    warehouse = tmp_path / "w.duckdb"
    assert run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance).success
    with wh.connect(warehouse) as con:
        con.execute(
            "UPDATE observations SET value = 140 WHERE observation_id = "
            "(SELECT min(observation_id) FROM observations WHERE measure = 'share')"
        )
    check_key = dg.AssetCheckKey(dg.AssetKey("observations"), "observations_expectations")
    only_the_check = dg.define_asset_job("only_the_check", dg.AssetSelection.checks(check_key))
    defs = dg.Definitions.merge(
        build_defs(inbox=inbox, warehouse=warehouse), dg.Definitions(jobs=[only_the_check])
    )
    job = defs.resolve_job_def("only_the_check")
    result = job.execute_in_process(instance=instance, raise_on_error=False)
    evaluations = result.get_asset_check_evaluations()
    assert [e.check_name for e in evaluations] == ["observations_expectations"]
    assert not evaluations[0].passed
    failed = rows(
        warehouse,
        "SELECT expectation_type, failing_examples FROM validation_results "
        f"WHERE run_id = '{result.run_id}' AND NOT success",
    )
    assert failed and any("140" in (examples or "") for _, examples in failed)


def test_every_format_lands_and_every_bad_file_is_rejected_with_its_reason(
    tmp_path, instance, monkeypatch
):
    from tests.test_readers import mixed_inbox

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good, bad = mixed_inbox(inbox, monkeypatch)
    warehouse = tmp_path / "w.duckdb"
    summary = run_pipeline(inbox=inbox, warehouse=warehouse, instance=instance)
    assert summary.success, summary.render()
    assert dict(rows(warehouse, "SELECT file_name, reason FROM rejected_bulletins")) == bad
    stored = dict(rows(warehouse, "SELECT file_name, format FROM bulletins"))
    assert set(stored) == set(good)
    assert stored == {
        "a.pdf": "pdf",
        "b.html": "html",
        "c.docx": "docx",
        "d.txt": "txt",
        "e.txt": "txt",
    }
    observed = rows(
        warehouse,
        "SELECT b.file_name, count(o.observation_id) FROM bulletins b "
        "LEFT JOIN observations o USING (bulletin_id) GROUP BY ALL",
    )
    assert all(n > 0 for _, n in observed), observed
    warning = [c for c in summary.checks if c.name == "rejected_bulletins_expectations"]
    assert warning and not warning[0].passed and warning[0].severity == "WARN"


def test_explain_shows_the_marked_sentence_the_rules_and_the_catalogue_route(sample_run):
    _, _, warehouse = sample_run
    catalogue = Catalogue.load()
    with wh.connect(warehouse, read_only=True) as con:
        oid, value_text, code = con.sql(
            "SELECT observation_id, value_text, indicator_code FROM observations "
            "WHERE indicator_code IS NOT NULL ORDER BY observation_id LIMIT 1"
        ).fetchall()[0]
        family = con.sql(
            "SELECT observation_id FROM observations WHERE indicator_code LIKE 'family_%' "
            "ORDER BY observation_id LIMIT 1"
        ).fetchall()[0][0]
        shown = explain(con, oid, catalogue)
        shown_family = explain(con, family, catalogue)
    assert f"【{value_text}】" in shown
    assert f"indicator   {code}   catalogue " in shown
    assert "measure" in shown and "rule:" in shown
    assert "catalogue family: " in shown_family
