"""Per-bulletin layers, one partition per inbox file: raw bulletin -> text -> observations.

One multi-asset, so that a file's rows in all three tables are written in one transaction: a
run killed at any moment leaves each bulletin whole or absent. The UI still shows the three
assets and their lineage.
"""

import dagster as dg

from assets import BULLETIN_FILES, WAREHOUSE_POOL
from pipelines.layers import FileOutcome, process_files
from pipelines.resources import InboxResource, WarehouseResource


@dg.multi_asset(
    name="bulletin_files",
    specs=[
        dg.AssetSpec(
            "raw_bulletins",
            group_name="raw",
            kinds={"duckdb"},
            description="Bulletin files of the inbox: bytes (sha256 as identity), sidecar "
            "metadata, format and encoding (tables bulletins, bulletin_files); files that "
            "cannot be read go to rejected_bulletins with their reason.",
        ),
        dg.AssetSpec(
            "bulletin_texts",
            deps=["raw_bulletins"],
            group_name="core",
            kinds={"duckdb"},
            description="Normalised text of each bulletin: wrap debris joined, CJK spacing "
            "removed, full-width forms folded, traditional characters simplified. Observation "
            "spans point into it.",
        ),
        dg.AssetSpec(
            "observations",
            deps=["bulletin_texts", "indicators"],
            group_name="core",
            kinds={"duckdb"},
            description="Every statistic of every bulletin: subject, breakdown, measure, value "
            "in base units, unit, qualifier, period, kind, the exact span and the rules that "
            "decided each field.",
        ),
    ],
    partitions_def=BULLETIN_FILES,
    # A backfill of many files is one run that walks its partitions, not a run per file.
    backfill_policy=dg.BackfillPolicy.single_run(),
    pool=WAREHOUSE_POOL,
)
def bulletin_files(
    context: dg.AssetExecutionContext, inbox: InboxResource, warehouse: WarehouseResource
):
    outcomes: list[FileOutcome] = []
    paths = [inbox.directory / file_name for file_name in context.partition_keys]
    with warehouse.connect() as con:
        for outcome in process_files(con, paths):
            outcomes.append(outcome)
            if outcome.rejection:
                r = outcome.rejection
                context.log.warning(f"rejected {r.file_name}: {r.reason} ({r.detail})")
            elif outcome.status == "missing":
                context.log.warning(f"{outcome.file_name} is gone from the inbox; its rows stay")
    by_status = {s: [o for o in outcomes if o.status == s] for s in ("new", "unchanged")}
    rejected = [o.rejection for o in outcomes if o.rejection]
    yield dg.MaterializeResult(
        asset_key="raw_bulletins",
        metadata={
            "files": len(outcomes),
            "new": len(by_status["new"]),
            "unchanged": len(by_status["unchanged"]),
            "rejected": len(rejected),
            "missing": sum(o.status == "missing" for o in outcomes),
            "rejections": dg.MetadataValue.md(
                "\n".join(f"- `{r.file_name}`: {r.reason}: {r.detail}" for r in rejected[:50])
                + (f"\n- … and {len(rejected) - 50} more" if len(rejected) > 50 else "")
                or "none"
            ),
        },
    )
    stored = [o for o in outcomes if o.bulletin_id]
    yield dg.MaterializeResult(asset_key="bulletin_texts", metadata={"texts": len(stored)})
    yield dg.MaterializeResult(
        asset_key="observations",
        metadata={
            "observations": sum(o.observations for o in stored),
            "mapped_to_indicator": sum(o.mapped for o in stored),
        },
    )
