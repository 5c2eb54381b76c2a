"""Raw layer: the bulletin files of the inbox, their bytes and provenance, untouched."""

import dagster as dg

from assets import WAREHOUSE_POOL
from pipelines.layers import ingest_inbox
from pipelines.resources import InboxResource, WarehouseResource
from pipelines.warehouse import scalar


@dg.asset(
    group_name="raw",
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    description="Bulletin files of the inbox: bytes (sha256 as identity), sidecar metadata, "
    "format and encoding, in tables bulletins and bulletin_files; unreadable files go to "
    "rejected_bulletins with their reason.",
)
def raw_bulletins(
    context: dg.AssetExecutionContext, inbox: InboxResource, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        report = ingest_inbox(con, inbox.directory)
        stored = scalar(con, "SELECT count(*) FROM bulletins")
    for rejection in report.rejected:
        context.log.warning(
            f"rejected {rejection.file_name}: {rejection.reason} ({rejection.detail})"
        )
    return dg.MaterializeResult(
        metadata={
            "inbox": str(inbox.directory),
            "new": len(report.new),
            "replaced": len(report.replaced),
            "unchanged": len(report.unchanged),
            "rejected": len(report.rejected),
            "bulletins_in_warehouse": stored,
            "rejections": dg.MetadataValue.md(
                "\n".join(f"- `{r.file_name}`: {r.reason}: {r.detail}" for r in report.rejected)
                or "none"
            ),
        }
    )
