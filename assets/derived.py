"""Derived layer: tables computed in SQL (sql/<table>.sql) from the observations, never typed
in; and the published snapshot people query."""

import dagster as dg

from assets import WAREHOUSE_POOL, markdown_preview
from pipelines.resources import WarehouseResource
from pipelines.warehouse import DERIVED_TABLES, publish_snapshot, rebuild_derived_table

DESCRIPTIONS = {
    "compute_hub_capacity": "Compute capacity by scope and date, with intelligent-compute share "
    "and the implied intelligent and general compute (EFLOPS).",
    "platform_enterprise_growth": "Core digital-industry enterprises by sector: count, growth, "
    "implied base count, net new enterprises and share of the total.",
    "core_industry_value_added": "Core digital-industry value added by sector: reported values "
    "against those implied by the reported shares of the total.",
    "unmapped_subjects": "Observation subjects that map to no catalogue indicator, with counts "
    "and an example, for review of catalogue/indicators.toml.",
}


def derived_table_asset(table: str) -> dg.AssetsDefinition:
    @dg.asset(
        name=table,
        group_name="derived",
        deps=["observations"],
        pool=WAREHOUSE_POOL,
        kinds={"duckdb", "sql"},
        description=DESCRIPTIONS[table],
    )
    def _derived(warehouse: WarehouseResource) -> dg.MaterializeResult:
        with warehouse.connect() as con:
            rows = rebuild_derived_table(con, table)
            preview = con.sql(f"SELECT * FROM {table} LIMIT 10").pl()
        return dg.MaterializeResult(
            metadata={"rows": rows, "preview": dg.MetadataValue.md(markdown_preview(preview))}
        )

    return _derived


DERIVED_ASSETS = [derived_table_asset(table) for table in DERIVED_TABLES]


@dg.asset(
    group_name="published",
    deps=["indicators", *DERIVED_TABLES],
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    description="A copy of the warehouse (snapshot.duckdb beside it) for people to query and "
    "keep open without ever blocking a run.",
)
def published_snapshot(warehouse: WarehouseResource) -> dg.MaterializeResult:
    target = publish_snapshot(warehouse.file)
    return dg.MaterializeResult(metadata={"path": str(target), "bytes": target.stat().st_size})
