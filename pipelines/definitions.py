"""The one place the Dagster code location is assembled: ``build_defs``.

``workspace.yaml`` loads ``defs`` from here; the CLI and the tests call ``build_defs`` with
their own inbox and warehouse instead of patching anything.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from assets.checks import ASSET_CHECKS
from assets.core import bulletin_texts, indicators, observations
from assets.derived import DERIVED_ASSETS
from assets.raw import raw_bulletins
from pipelines.automation import daily_schedule, inbox_sensor
from pipelines.resources import InboxResource, WarehouseResource

JOB_NAME = "gongbao_job"


def build_defs(
    inbox: str | Path | None = None, warehouse: str | Path | None = None
) -> dg.Definitions:
    """All assets, checks, the job, the schedule and the sensor, wired to one inbox and warehouse.

    ``None`` means: the environment (GONGBAO_INBOX, GONGBAO_WAREHOUSE) or the project defaults,
    looked up when a run uses the resource.
    """
    job = dg.define_asset_job(
        name=JOB_NAME,
        selection=dg.AssetSelection.all(),
        # Every step writes the warehouse and the pool runs them one at a time anyway; one
        # process saves starting a Python (and importing Great Expectations) per step.
        executor_def=dg.in_process_executor,
        description="Ingest the inbox, extract every statistic, load and validate the "
        "warehouse, and rebuild the derived tables.",
    )
    return dg.Definitions(
        assets=[raw_bulletins, bulletin_texts, indicators, observations, *DERIVED_ASSETS],
        asset_checks=ASSET_CHECKS,
        jobs=[job],
        schedules=[daily_schedule(job)],
        sensors=[inbox_sensor(job)],
        resources={
            "inbox": InboxResource(path=str(inbox) if inbox else None),
            "warehouse": WarehouseResource(path=str(warehouse) if warehouse else None),
        },
    )


defs = build_defs()
