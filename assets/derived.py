"""Derived layer: tables computed in SQL (sql/<table>.sql) from observations, never typed in."""

import dagster as dg

from assets import WAREHOUSE_POOL, markdown_preview
from pipelines.resources import WarehouseResource
from pipelines.warehouse import DERIVED_TABLES, rebuild_derived_table

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
            metadata={
                "rows": rows,
                "preview": dg.MetadataValue.md(markdown_preview(preview)),
            }
        )

    return _derived


DERIVED_ASSETS = [derived_table_asset(table) for table in DERIVED_TABLES]
