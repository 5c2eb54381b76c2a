"""Core layer, unpartitioned: the indicator catalogue."""

import dagster as dg

from assets import WAREHOUSE_POOL
from pipelines.catalogue import Catalogue
from pipelines.layers import load_indicators
from pipelines.resources import WarehouseResource


@dg.asset(
    group_name="core",
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    description="The indicator catalogue (catalogue/indicators.toml) in table indicators.",
)
def indicators(warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        loaded = load_indicators(con, Catalogue.load())
    return dg.MaterializeResult(metadata={"indicators": loaded})
