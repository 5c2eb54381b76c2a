"""The one place the Dagster code location is assembled: ``build_defs``.

``workspace.yaml`` loads ``defs`` from here; the CLI and the tests call ``build_defs`` with
their own inbox and warehouse instead of patching anything.

Two jobs over one asset graph: ``ingest_bulletins`` loads the catalogue and takes inbox files
(one partition each) into the per-bulletin tables and checks them; ``refresh_warehouse``
rebuilds the derived tables, checks them and publishes the snapshot. A successful ingest run
starts a refresh (sensor ``refresh_after_ingest``); ``gongbao run`` runs both.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from assets.bulletins import bulletin_files
from assets.checks import ASSET_CHECKS
from assets.core import indicators
from assets.derived import DERIVED_ASSETS, published_snapshot
from pipelines.automation import daily_schedule, inbox_sensor, refresh_after_ingest
from pipelines.resources import InboxResource, WarehouseResource

INGEST_JOB = "ingest_bulletins"
REFRESH_JOB = "refresh_warehouse"
# The catalogue goes with the ingest: observations refer to its codes when they are checked.
INGEST_ASSETS = ("indicators", "raw_bulletins", "bulletin_texts", "observations")


def build_jobs() -> tuple[dg.UnresolvedAssetJobDefinition, dg.UnresolvedAssetJobDefinition]:
    ingested = dg.AssetSelection.assets(*INGEST_ASSETS)
    # Every step writes the warehouse and the pool runs them one at a time anyway; one process
    # saves starting a Python (and importing Great Expectations) per step.
    ingest = dg.define_asset_job(
        name=INGEST_JOB,
        selection=ingested,
        partitions_def=bulletin_files.partitions_def,
        executor_def=dg.in_process_executor,
        description="Load the indicator catalogue; read, normalise and extract inbox files (one "
        "partition per file) into bulletins, bulletin_texts and observations; check them.",
    )
    refresh = dg.define_asset_job(
        name=REFRESH_JOB,
        selection=dg.AssetSelection.all() - ingested,
        executor_def=dg.in_process_executor,
        description="Rebuild and check the derived tables and publish the snapshot people query.",
    )
    return ingest, refresh


def build_defs(
    inbox: str | Path | None = None, warehouse: str | Path | None = None
) -> dg.Definitions:
    """All assets, checks, jobs, the schedule and the sensors, wired to one inbox and warehouse.

    ``None`` means: the environment (GONGBAO_INBOX, GONGBAO_WAREHOUSE) or the project defaults,
    looked up when a run uses the resource.
    """
    ingest, refresh = build_jobs()
    return dg.Definitions(
        assets=[bulletin_files, indicators, *DERIVED_ASSETS, published_snapshot],
        asset_checks=ASSET_CHECKS,
        jobs=[ingest, refresh],
        schedules=[daily_schedule(refresh)],
        sensors=[inbox_sensor(ingest), refresh_after_ingest(ingest, refresh)],
        resources={
            "inbox": InboxResource(path=str(inbox) if inbox else None),
            "warehouse": WarehouseResource(path=str(warehouse) if warehouse else None),
        },
    )


defs = build_defs()
