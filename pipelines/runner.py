"""Running the whole graph in this process on the project's Dagster instance, and its summary.

Used by ``gongbao run`` and by the end-to-end tests; the run is recorded in the instance, so it
appears in the UI's run history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipelines import warehouse as wh
from pipelines.definitions import JOB_NAME, build_defs
from pipelines.resources import resolve_inbox, resolve_warehouse

SUMMARY_TABLES = ("bulletins", "rejected_bulletins", "observations", "indicators")


@dataclass
class CheckSummary:
    name: str
    passed: bool
    description: str | None


@dataclass
class RunSummary:
    run_id: str
    success: bool
    inbox: Path
    warehouse: Path
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
            f"gongbao run {self.run_id}: {'succeeded' if self.success else 'FAILED'}",
            f"  inbox      {self.inbox}",
            f"  warehouse  {self.warehouse}",
            f"  bulletins        {self.counts.get('bulletins', 0)}"
            f"  (rejected files: {self.counts.get('rejected_bulletins', 0)})",
            f"  observations     {self.counts.get('observations', 0)}"
            f"  (mapped to an indicator: {self.mapped_observations})",
            f"  indicators       {self.counts.get('indicators', 0)}",
            f"  checks           {self.checks_passed} passed, {self.checks_failed} failed",
        ]
        lines += [
            f"    FAILED {c.name}: {c.description or ''}" for c in self.checks if not c.passed
        ]
        lines.append("  derived tables")
        lines += [f"    {t:<28} {self.counts.get(t, 0)} rows" for t in wh.DERIVED_TABLES]
        lines += [f"  failed step: {s}" for s in self.failed_steps]
        return "\n".join(lines)


def run_pipeline(
    inbox: Path | str | None = None,
    warehouse: Path | str | None = None,
    instance: dg.DagsterInstance | None = None,
    log_level: str = "WARNING",
) -> RunSummary:
    """Materialise every asset and check; never raises for a failed step, reports it instead.

    The console shows Dagster's log from ``log_level`` up; the full log is in the instance.
    """
    inbox_path, warehouse_path = resolve_inbox(inbox), resolve_warehouse(warehouse)
    job = build_defs(inbox=inbox_path, warehouse=warehouse_path).resolve_job_def(JOB_NAME)
    run_config = {"loggers": {"console": {"config": {"log_level": log_level}}}}
    if instance is None:
        with dg.DagsterInstance.get() as owned:
            result = job.execute_in_process(
                instance=owned, run_config=run_config, raise_on_error=False
            )
    else:
        result = job.execute_in_process(
            instance=instance, run_config=run_config, raise_on_error=False
        )
    summary = RunSummary(
        run_id=result.run_id,
        success=result.success,
        inbox=inbox_path,
        warehouse=warehouse_path,
        checks=[
            CheckSummary(e.check_name, e.passed, e.description)
            for e in result.get_asset_check_evaluations()
        ],
        failed_steps=[
            event.step_key
            for event in result.all_events
            if event.is_step_failure and event.step_key
        ],
    )
    if warehouse_path.exists():
        with wh.connect(warehouse_path, read_only=True) as con:
            summary.counts = wh.table_counts(con, SUMMARY_TABLES + wh.DERIVED_TABLES)
            summary.mapped_observations = wh.scalar(
                con, "SELECT count(*) FROM observations WHERE indicator_code IS NOT NULL"
            )
    return summary
