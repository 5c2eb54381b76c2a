"""When the pipeline runs by itself: the inbox sensor, the refresh after an ingest, the daily
schedule."""

from __future__ import annotations

import json

import dagster as dg

from assets import BULLETIN_FILES
from pipelines.catalogue import default_catalogue
from pipelines.ingest import changed_files, inbox_fingerprint
from pipelines.resources import InboxResource
from pipelines.versioning import processing_version

DAILY_CRON = "0 6 * * *"
PARTITION_RANGE_START = "dagster/asset_partition_range_start"
PARTITION_RANGE_END = "dagster/asset_partition_range_end"


def contiguous_ranges(ordered_keys: list[str], wanted: set[str]) -> list[tuple[str, str]]:
    """The wanted keys as runs of neighbours in partition order: one run can take each range."""
    ranges: list[tuple[str, str]] = []
    start = previous = None
    for key in ordered_keys:
        if key in wanted:
            start = start or key
            previous = key
        elif start is not None:
            ranges.append((start, previous))
            start = None
    if start is not None:
        ranges.append((start, previous))
    return ranges


def range_tags(first: str, last: str) -> dict[str, str]:
    return {PARTITION_RANGE_START: first, PARTITION_RANGE_END: last}


def daily_schedule(refresh: dg.UnresolvedAssetJobDefinition) -> dg.ScheduleDefinition:
    return dg.ScheduleDefinition(
        name="daily_refresh",
        job=refresh,
        cron_schedule=DAILY_CRON,
        execution_timezone="Asia/Shanghai",
        description="Rebuilds the derived tables and the snapshot every morning (06:00 Beijing "
        "time); new files are taken by the inbox sensor as they arrive.",
    )


def inbox_sensor(ingest: dg.UnresolvedAssetJobDefinition) -> dg.SensorDefinition:
    @dg.sensor(
        name="inbox_sensor",
        job=ingest,
        minimum_interval_seconds=30,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="Adds a partition for each new inbox file and starts ingest runs for new "
        "or changed files only (a file or its sidecar changed size or time), and for every "
        "file once after an upgrade of the grammar or the catalogue.",
    )
    def _sensor(context: dg.SensorEvaluationContext, inbox: InboxResource):
        directory = inbox.directory
        if not directory.is_dir():
            return dg.SkipReason(f"inbox {directory} does not exist")
        current = inbox_fingerprint(directory)
        version = processing_version(default_catalogue().digest)
        cursor = json.loads(context.cursor) if context.cursor else {}
        # After an upgrade of the grammar or the catalogue every file is due again.
        previous = cursor.get("files", {}) if cursor.get("version") == version else {}
        changed = changed_files(previous, current)
        if not changed:
            return dg.SkipReason("no new or changed bulletins")
        known = set(context.instance.get_dynamic_partitions(BULLETIN_FILES.name))
        new = [name for name in changed if name not in known]
        requests = [
            # New files are added together, after every known one: one run takes them all.
            dg.RunRequest(
                run_key=f"new:{first}..{last}:{current[last]}", tags=range_tags(first, last)
            )
            for first, last in ([(new[0], new[-1])] if new else [])
        ] + [
            dg.RunRequest(run_key=f"changed:{name}:{current[name]}", partition_key=name)
            for name in changed
            if name in known
        ]
        context.update_cursor(json.dumps({"version": version, "files": current}, sort_keys=True))
        return dg.SensorResult(
            run_requests=requests,
            dynamic_partitions_requests=[BULLETIN_FILES.build_add_request(new)] if new else [],
        )

    return _sensor


def refresh_after_ingest(
    ingest: dg.UnresolvedAssetJobDefinition, refresh: dg.UnresolvedAssetJobDefinition
) -> dg.RunStatusSensorDefinition:
    @dg.run_status_sensor(
        name="refresh_after_ingest",
        run_status=dg.DagsterRunStatus.SUCCESS,
        monitored_jobs=[ingest],
        request_job=refresh,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="Rebuilds the derived tables and the snapshot after each successful ingest "
        "run (a failed blocking check leaves them as they were).",
    )
    def _sensor(context: dg.RunStatusSensorContext):
        return dg.RunRequest(run_key=f"after:{context.dagster_run.run_id}")

    return _sensor
