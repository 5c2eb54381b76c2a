"""The Dagster code location loads: assets, checks, job, schedule, sensor, pools."""

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from assets.checks import ASSET_CHECKS
from pipelines.definitions import INGEST_JOB, REFRESH_JOB, build_defs

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_ASSETS = {
    "raw_bulletins",
    "bulletin_texts",
    "indicators",
    "observations",
    "compute_hub_capacity",
    "platform_enterprise_growth",
    "core_industry_value_added",
    "unmapped_subjects",
    "published_snapshot",
}


def test_build_defs_loads_the_whole_graph(tmp_path):
    defs = build_defs(inbox=tmp_path, warehouse=tmp_path / "w.duckdb")
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    assert {key.to_user_string() for key in graph.get_all_asset_keys()} == EXPECTED_ASSETS
    checks = {key.name for key in graph.asset_check_keys}
    assert len(checks) == 9
    blocking = {spec.name for check in ASSET_CHECKS for spec in check.check_specs if spec.blocking}
    assert blocking == {
        "bulletins_expectations",
        "bulletin_texts_expectations",
        "indicators_expectations",
        "observations_expectations",
    }
    assert defs.resolve_job_def(INGEST_JOB).partitions_def is not None
    assert defs.resolve_job_def(REFRESH_JOB).partitions_def is None
    assert defs.resolve_schedule_def("daily_refresh").cron_schedule == "0 6 * * *"
    assert defs.resolve_sensor_def("inbox_sensor") is not None
    assert defs.resolve_sensor_def("refresh_after_ingest") is not None


def test_every_writer_is_in_the_warehouse_pool(tmp_path):
    defs = build_defs(inbox=tmp_path, warehouse=tmp_path / "w.duckdb")
    for name in (INGEST_JOB, REFRESH_JOB):
        job = defs.resolve_job_def(name)
        pools = {node.name: node.definition.pool for node in job.graph.node_dict.values()}
        assert pools and set(pools.values()) == {"warehouse"}, pools


@pytest.mark.slow
def test_workspace_yaml_loads_with_the_dagster_cli(tmp_path):
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    done = subprocess.run(
        [sys.executable, "-m", "dagster", "definitions", "validate", "-w", "workspace.yaml"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
