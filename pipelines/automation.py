"""When the pipeline runs by itself: a daily schedule and a sensor on the inbox."""

from __future__ import annotations

import hashlib
import json

import dagster as dg

from pipelines.ingest import changed_files, inbox_fingerprint
from pipelines.resources import InboxResource

DAILY_CRON = "0 6 * * *"


def daily_schedule(job: dg.UnresolvedAssetJobDefinition) -> dg.ScheduleDefinition:
    return dg.ScheduleDefinition(
        name="daily_refresh",
        job=job,
        cron_schedule=DAILY_CRON,
        execution_timezone="Asia/Shanghai",
        description="Re-runs the whole graph every morning (06:00 Beijing time).",
    )


def inbox_sensor(job: dg.UnresolvedAssetJobDefinition) -> dg.SensorDefinition:
    @dg.sensor(
        name="inbox_sensor",
        job=job,
        minimum_interval_seconds=30,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="Starts a run when a bulletin file or its sidecar in the inbox is new or "
        "has changed.",
    )
    def _sensor(context: dg.SensorEvaluationContext, inbox: InboxResource):
        directory = inbox.directory
        if not directory.is_dir():
            return dg.SkipReason(f"inbox {directory} does not exist")
        current = inbox_fingerprint(directory)
        previous = json.loads(context.cursor) if context.cursor else {}
        changed = changed_files(previous, current)
        context.update_cursor(json.dumps(current, sort_keys=True))
        if not changed:
            return dg.SkipReason("no new or changed bulletins")
        run_key = hashlib.sha256(
            json.dumps({n: current[n] for n in changed}, sort_keys=True).encode()
        ).hexdigest()[:16]
        return dg.RunRequest(
            run_key=run_key,
            tags={"gongbao/changed_files": ",".join(changed)[:1000]},
        )

    return _sensor
