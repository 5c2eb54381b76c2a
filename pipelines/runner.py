"""Running the graph in this process on the project's Dagster instance, and its summary.

Used by ``gongbao run`` and by the end-to-end tests. It registers a partition for each new inbox
file, runs ``ingest_bulletins`` for the files that are new or changed (one run per contiguous
range of partitions), then ``refresh_warehouse``. Both runs are recorded in the instance, so
they appear in the UI's run history.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from assets import BULLETIN_FILES
from pipelines import warehouse as wh
from pipelines.automation import contiguous_ranges, range_tags
from pipelines.catalogue import Catalogue
from pipelines.definitions import INGEST_JOB, REFRESH_JOB, build_defs
from pipelines.layers import pending_files
from pipelines.resources import resolve_inbox, resolve_warehouse
from pipelines.versioning import processing_version

SUMMARY_TABLES = ("bulletins", "rejected_bulletins", "observations", "indicators")
# Tags on runs this process executes, so that a later run can tell a run whose process was
# killed (and still holds the warehouse pool's slot) from one that is still going.
PID_TAG, HOST_TAG = "gongbao/pid", "gongbao/host"
LIVE_STATUSES = [
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
]


@dataclass
class CheckSummary:
    name: str
    passed: bool
    severity: str
    description: str | None


@dataclass
class RunSummary:
    run_ids: list[str]
    success: bool
    inbox: Path
    warehouse: Path
    files: int = 0
    processed: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    mapped_observations: int = 0
    checks: list[CheckSummary] = field(default_factory=list)
    failed_steps: list[str] = field(default_factory=list)

    @property
    def checks_passed(self) -> int:
        return sum(c.passed for c in self.checks)

    @property
    def checks_failed(self) -> int:
        return sum(not c.passed for c in self.checks)

    def render(self) -> str:
        lines = [
            f"gongbao run: {'succeeded' if self.success else 'FAILED'}"
            f"  (Dagster runs {', '.join(r[:8] for r in self.run_ids)})",
            f"  inbox      {self.inbox}  ({self.files} files, {self.processed} new or changed)",
            f"  warehouse  {self.warehouse}",
            f"  bulletins        {self.counts.get('bulletins', 0)}"
            f"  (rejected files: {self.counts.get('rejected_bulletins', 0)})",
            f"  observations     {self.counts.get('observations', 0)}"
            f"  (mapped to an indicator: {self.mapped_observations})",
            f"  indicators       {self.counts.get('indicators', 0)}",
            f"  checks           {self.checks_passed} passed, {self.checks_failed} failed",
        ]
        lines += [
            f"    {'WARNING' if c.severity == 'WARN' else 'FAILED'} {c.name}: {c.description or ''}"
            for c in self.checks
            if not c.passed
        ]
        lines.append("  derived tables")
        lines += [f"    {t:<28} {self.counts.get(t, 0)} rows" for t in wh.DERIVED_TABLES]
        lines += [f"  failed step: {s}" for s in self.failed_steps]
        return "\n".join(lines)


def register_partitions(instance: dg.DagsterInstance, names: list[str]) -> None:
    """Add the inbox files Dagster does not know yet as partitions of the bulletin files.

    Two runs that overlap can both find the same new file and both add it; the storage then
    refuses the second insert of a key. That is not a failure: what matters is that every file
    is a partition afterwards, which is checked again before the error is passed on.
    """
    known = set(instance.get_dynamic_partitions(BULLETIN_FILES.name))
    new_keys = [name for name in names if name not in known]
    if not new_keys:
        return
    try:
        instance.add_dynamic_partitions(BULLETIN_FILES.name, new_keys)
    except Exception:
        known = set(instance.get_dynamic_partitions(BULLETIN_FILES.name))
        if any(name not in known for name in new_keys):
            raise


def run_pipeline(
    inbox: Path | str | None = None,
    warehouse: Path | str | None = None,
    instance: dg.DagsterInstance | None = None,
    log_level: str = "WARNING",
    reprocess_all: bool = False,
) -> RunSummary:
    """Ingest what is new or changed, then refresh; never raises for a failed step, reports it.

    ``reprocess_all`` runs every inbox file again (after a change of the extractor or the
    catalogue). The console shows Dagster's log from ``log_level`` up; the full log is in the
    instance.
    """
    if instance is None:
        with dg.DagsterInstance.get() as owned:
            return run_pipeline(inbox, warehouse, owned, log_level, reprocess_all)
    inbox_path, warehouse_path = resolve_inbox(inbox), resolve_warehouse(warehouse)
    defs = build_defs(inbox=inbox_path, warehouse=warehouse_path)
    run_config = {"loggers": {"console": {"config": {"log_level": log_level}}}}
    own_tags = {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}
    release_dead_runs(instance)

    stored: dict[str, tuple] = {}
    if warehouse_path.exists() and not reprocess_all:
        with wh.connect(warehouse_path, read_only=True) as con:
            stored = wh.stored_provenance(con)
    state = pending_files(inbox_path, stored, processing_version(Catalogue.load().digest))
    register_partitions(instance, state.files)
    ordered = instance.get_dynamic_partitions(BULLETIN_FILES.name)

    summary = RunSummary([], True, inbox_path, warehouse_path, files=len(state.files))
    summary.processed = len(state.pending)
    ingest = defs.resolve_job_def(INGEST_JOB)
    for first, last in contiguous_ranges(ordered, set(state.pending)):
        result = ingest.execute_in_process(
            instance=instance,
            run_config=run_config,
            tags={**range_tags(first, last), **own_tags},
            raise_on_error=False,
        )
        record(summary, result)
    if summary.success:
        # A failed blocking check on the observations leaves the derived tables as they were.
        refresh = defs.resolve_job_def(REFRESH_JOB)
        record(
            summary,
            refresh.execute_in_process(
                instance=instance, run_config=run_config, tags=own_tags, raise_on_error=False
            ),
        )
    if warehouse_path.exists():
        with wh.connect(warehouse_path, read_only=True) as con:
            summary.counts = wh.table_counts(con, SUMMARY_TABLES + wh.DERIVED_TABLES)
            summary.mapped_observations = wh.scalar(
                con, "SELECT count(*) FROM observations WHERE indicator_code IS NOT NULL"
            )
    return summary


def release_dead_runs(instance: dg.DagsterInstance) -> list[str]:
    """Mark failed the runs of this host whose process is gone, and free their pool slots.

    A run killed mid-write (its transaction rolled back by DuckDB) would otherwise hold the
    warehouse pool's only slot for ever, and every later run would wait on it.
    """
    released = []
    runs = instance.get_runs(
        filters=dg.RunsFilter(statuses=LIVE_STATUSES, tags={HOST_TAG: socket.gethostname()})
    )
    for run in runs:
        pid = int(run.tags.get(PID_TAG, "0"))
        if pid and not process_alive(pid):
            instance.report_run_failed(run, f"its process {pid} ended without finishing the run")
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
            released.append(run.run_id)
    return released


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def record(summary: RunSummary, result: dg.ExecuteInProcessResult) -> None:
    summary.run_ids.append(result.run_id)
    summary.success = summary.success and result.success
    summary.checks += [
        CheckSummary(e.check_name, e.passed, e.severity.value, e.description)
        for e in result.get_asset_check_evaluations()
    ]
    summary.failed_steps += [
        event.step_key for event in result.all_events if event.is_step_failure and event.step_key
    ]
