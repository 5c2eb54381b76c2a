"""Asset checks: one Great Expectations suite (expectations/<table>.json) per table.

Generated from one spec list. Checks on the core tables are blocking, so bad observations stop
the derived tables; every expectation's result is written to validation_results and shown in
the UI with failing examples.
"""

import json

import dagster as dg

from assets import WAREHOUSE_POOL
from pipelines.resources import WarehouseResource
from pipelines.validation import outcome_rows, validate_table
from pipelines.warehouse import now_utc, record_validation_rows

# (table, blocking). Core tables block their downstream assets: a derived table computed from
# observations that broke their contract would be wrong in ways nobody sees.
CHECK_SPECS = (
    ("bulletins", True),
    ("bulletin_texts", True),
    ("indicators", True),
    ("observations", True),
    ("compute_hub_capacity", False),
    ("platform_enterprise_growth", False),
    ("core_industry_value_added", False),
    ("unmapped_subjects", False),
)
ASSET_OF_TABLE = {
    "bulletins": "raw_bulletins",
    "bulletin_texts": "bulletin_texts",
    "indicators": "indicators",
    "observations": "observations",
    "compute_hub_capacity": "compute_hub_capacity",
    "platform_enterprise_growth": "platform_enterprise_growth",
    "core_industry_value_added": "core_industry_value_added",
    "unmapped_subjects": "unmapped_subjects",
}


def ge_suite_check(table: str, blocking: bool) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=ASSET_OF_TABLE[table],
        name=f"{table}_expectations",
        blocking=blocking,
        pool=WAREHOUSE_POOL,
        description=f"Great Expectations suite expectations/{table}.json on table {table}.",
    )
    def _check(
        context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource
    ) -> dg.AssetCheckResult:
        with warehouse.connect() as con:
            outcome = validate_table(con, table)
            record_validation_rows(con, outcome_rows(outcome, context.run.run_id, now_utc()))
        failed = [r for r in outcome.results if not r.success]
        metadata = {
            "expectations": len(outcome.results),
            "failed_expectations": len(failed),
        }
        for result in failed:
            label = result.expectation_type + (f"({result.column})" if result.column else "")
            metadata[label] = dg.MetadataValue.json(
                {
                    "unexpected_count": result.unexpected_count,
                    "element_count": result.element_count,
                    "failing_examples": json.loads(
                        json.dumps(result.failing_examples, default=str)
                    ),
                }
            )
        return dg.AssetCheckResult(
            passed=outcome.success,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata=metadata,
            description=f"{len(failed)} of {len(outcome.results)} expectations failed"
            if failed
            else f"all {len(outcome.results)} expectations held",
        )

    return _check


ASSET_CHECKS = [ge_suite_check(table, blocking) for table, blocking in CHECK_SPECS]
