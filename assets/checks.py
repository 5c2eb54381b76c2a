"""Asset checks: one Great Expectations suite (expectations/<table>.json) per table.

Generated from one spec list. Checks on the per-bulletin tables are blocking: a run whose
observations break their contract fails, and the derived tables are not refreshed from them.
Every expectation's result is written to validation_results and shown in the UI with failing
examples.
"""

import json
from typing import NamedTuple

import dagster as dg

from assets import WAREHOUSE_POOL
from pipelines.resources import WarehouseResource
from pipelines.validation import outcome_rows, validate_table
from pipelines.warehouse import now_utc, record_validation_rows

ERROR, WARN = dg.AssetCheckSeverity.ERROR, dg.AssetCheckSeverity.WARN


class CheckSpec(NamedTuple):
    table: str
    asset: str
    blocking: bool
    severity: dg.AssetCheckSeverity


CHECK_SPECS = (
    CheckSpec("bulletins", "raw_bulletins", True, ERROR),
    # Unreadable files are the inbox's problem, not the warehouse's: shown, never blocking.
    CheckSpec("rejected_bulletins", "raw_bulletins", False, WARN),
    CheckSpec("bulletin_texts", "bulletin_texts", True, ERROR),
    CheckSpec("observations", "observations", True, ERROR),
    CheckSpec("indicators", "indicators", True, ERROR),
    CheckSpec("compute_hub_capacity", "compute_hub_capacity", False, ERROR),
    CheckSpec("platform_enterprise_growth", "platform_enterprise_growth", False, ERROR),
    CheckSpec("core_industry_value_added", "core_industry_value_added", False, ERROR),
    CheckSpec("unmapped_subjects", "unmapped_subjects", False, WARN),
)


def ge_suite_check(spec: CheckSpec) -> dg.AssetChecksDefinition:
    table = spec.table

    @dg.asset_check(
        asset=spec.asset,
        name=f"{table}_expectations",
        blocking=spec.blocking,
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
        metadata = {"expectations": len(outcome.results), "failed_expectations": len(failed)}
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
            severity=spec.severity,
            metadata=metadata,
            description=f"{len(failed)} of {len(outcome.results)} expectations failed"
            if failed
            else f"all {len(outcome.results)} expectations held",
        )

    return _check


ASSET_CHECKS = [ge_suite_check(spec) for spec in CHECK_SPECS]
