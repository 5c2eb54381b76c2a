"""Core layer: normalised texts, the indicator catalogue, and the extracted observations."""

import dagster as dg

from assets import WAREHOUSE_POOL, markdown_preview
from pipelines.catalogue import Catalogue
from pipelines.layers import build_observations, build_texts, load_indicators
from pipelines.resources import WarehouseResource
from pipelines.warehouse import first_row, scalar


@dg.asset(
    group_name="core",
    deps=["raw_bulletins"],
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    description="Normalised text of each bulletin (table bulletin_texts): wrap debris joined, "
    "CJK spacing removed, full-width forms folded. Observation spans point into it.",
)
def bulletin_texts(warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        written = build_texts(con)
        chars = scalar(con, "SELECT coalesce(sum(length(text)), 0) FROM bulletin_texts")
    return dg.MaterializeResult(metadata={"texts": written, "characters": int(chars)})


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


@dg.asset(
    group_name="core",
    deps=["bulletin_texts", "indicators"],
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    description="Every statistic of every bulletin (table observations): subject, breakdown, "
    "measure, value in base units, unit, qualifier, period, kind and the exact span.",
)
def observations(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        report = build_observations(con, Catalogue.load())
        preview = con.sql(
            "SELECT observation_id, subject, breakdown, measure, value, unit, period_end "
            "FROM observations ORDER BY bulletin_id, char_start LIMIT 10"
        ).pl()
        periods = first_row(con, "SELECT min(period_end), max(period_end) FROM observations")
    if report.failures:
        failures = "; ".join(f"{b}: {why}" for b, why in report.failures.items())
        raise dg.Failure(
            description=f"extraction failed for {len(report.failures)} bulletin(s): {failures}",
            metadata={"observations_written": report.observations},
        )
    context.log.info(f"{report.observations} observations, {report.mapped} mapped to indicators")
    return dg.MaterializeResult(
        metadata={
            "observations": report.observations,
            "mapped_to_indicator": int(report.mapped),
            "by_measure": dict(report.measures),
            "per_bulletin": report.per_bulletin,
            "period_range": f"{periods[0]} .. {periods[1]}",
            "preview": dg.MetadataValue.md(markdown_preview(preview)),
        }
    )
