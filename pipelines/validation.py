"""Great Expectations 1.x validation of warehouse tables, without Dagster.

What belongs here: loading the suites of ``expectations/<table>.json``, the check query of each
table (``sql/checks/<table>.sql``, else the whole table), running a suite on a frame or a table
with an ephemeral GE context, and turning the result into plain, JSON-safe outcomes and rows of
the ``validation_results`` table. The Dagster asset checks that call this live in ``assets/``;
no Dagster import belongs here.

We call GE 1.x ourselves because dagster-ge requires GE < 1. Two GE behaviours shape the code:
GE 1.x skips an expectation of an unknown type (or with bad kwargs) with a log line, so suites
are built one expectation at a time and any failure raises; and GE cannot read polars frames,
so those are converted to pandas first.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

import great_expectations as gx
import numpy as np
import pandas as pd
from great_expectations.data_context.types.base import (
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)
from great_expectations.exceptions import (
    ExpectationNotFoundError,
    InvalidExpectationConfigurationError,
)
from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

from pipelines.warehouse import PROJECT_ROOT, SQL_DIR

if TYPE_CHECKING:
    import duckdb
    import polars as pl

SUITES_DIR = PROJECT_ROOT / "expectations"
CHECK_SQL_DIR = SQL_DIR / "checks"

# The tables that have a suite; also the only names check_query will put into SQL.
TABLES = (
    "bulletins",
    "rejected_bulletins",
    "bulletin_texts",
    "observations",
    "indicators",
    "compute_hub_capacity",
    "platform_enterprise_growth",
    "core_industry_value_added",
    "unmapped_subjects",
)

MAX_EXAMPLES = 20

# Column names of validation_results (sql/schema.sql), in order; outcome_rows follows them.
VALIDATION_RESULT_COLUMNS = (
    "run_id",
    "checked_at",
    "table_name",
    "suite_name",
    "expectation_type",
    "column_name",
    "success",
    "element_count",
    "unexpected_count",
    "failing_examples",
)


class SuiteError(ValueError):
    """A suite file that cannot be turned into a complete GE suite."""


@dataclass(frozen=True, slots=True)
class ExpectationOutcome:
    """One expectation's result: plain values only, ready for metadata and the warehouse."""

    expectation_type: str
    column: str | None  # None for table-level and multi-column expectations
    success: bool
    element_count: int | None
    unexpected_count: int | None
    # Up to MAX_EXAMPLES failing values or rows (dicts), JSON-serialisable.
    failing_examples: list[Any]


@dataclass(frozen=True, slots=True)
class SuiteOutcome:
    """The result of one suite on one table or frame; results in the suite's order."""

    table: str
    suite_name: str
    success: bool
    results: tuple[ExpectationOutcome, ...]

    @property
    def failed(self) -> tuple[ExpectationOutcome, ...]:
        return tuple(r for r in self.results if not r.success)


# --- suites -----------------------------------------------------------------------------------


def _check_table_name(table: str) -> None:
    # The name goes into a file path and, without a check query, into SQL: only known tables.
    if table not in TABLES:
        raise SuiteError(f"no expectation suite for table {table!r}; known tables: {TABLES}")


def suite_spec(table: str) -> dict[str, Any]:
    """The suite of ``table`` as its JSON file states it."""
    _check_table_name(table)
    path = SUITES_DIR / f"{table}.json"
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SuiteError(f"cannot read suite {path}: {exc}") from exc
    if not isinstance(spec, dict) or not isinstance(spec.get("expectations"), list):
        raise SuiteError(f"{path}: expected an object with an 'expectations' list")
    return spec


def suite_from_spec(spec: Mapping[str, Any], source: str = "<spec>") -> gx.ExpectationSuite:
    """Build a GE suite from its JSON form, raising on any expectation GE would skip."""
    name = spec.get("name")
    if not isinstance(name, str) or not name:
        raise SuiteError(f"{source}: suite needs a non-empty 'name'")
    expectations = []
    for i, item in enumerate(spec["expectations"]):
        if not isinstance(item, Mapping) or "type" not in item:
            raise SuiteError(f"{source}: expectation #{i} has no 'type'")
        try:
            config = ExpectationConfiguration(
                type=item["type"], kwargs=dict(item.get("kwargs", {})), meta=item.get("meta")
            )
            expectations.append(config.to_domain_obj())
        # pydantic's ValidationError (bad kwargs) is a ValueError; unknown types raise
        # ExpectationNotFoundError. Both would be skipped with a log line by ExpectationSuite.
        except (ExpectationNotFoundError, InvalidExpectationConfigurationError, ValueError) as exc:
            raise SuiteError(
                f"{source}: expectation #{i} ({item['type']}) is not valid in GE "
                f"{gx.__version__}: {exc}"
            ) from exc
    suite = gx.ExpectationSuite(name=name, expectations=expectations, meta=spec.get("meta"))
    if len(suite.expectations) != len(spec["expectations"]):
        # Belt and braces: GE must not have dropped anything we handed it.
        raise SuiteError(
            f"{source}: GE kept {len(suite.expectations)} of "
            f"{len(spec['expectations'])} expectations"
        )
    return suite


def load_suite(table: str) -> gx.ExpectationSuite:
    """A fresh GE ``ExpectationSuite`` from ``expectations/<table>.json``."""
    return suite_from_spec(suite_spec(table), source=str(SUITES_DIR / f"{table}.json"))


def check_query(table: str) -> str:
    """The SQL whose result the suite of ``table`` runs on."""
    _check_table_name(table)
    path = CHECK_SQL_DIR / f"{table}.sql"
    if path.exists():
        return path.read_text(encoding="utf-8")
    return f"SELECT * FROM {table}"


# --- GE context, built once per process -------------------------------------------------------

_lock = threading.RLock()
_context: Any = None


def _ge_context() -> Any:
    global _context
    with _lock:
        if _context is None:
            config = DataContextConfig(
                store_backend_defaults=InMemoryStoreBackendDefaults(),
                # No internet on our machines, and nothing to report anyway.
                analytics_enabled=False,
                # Progress bars would clutter Dagster's captured logs on every check.
                progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
            )
            context = gx.get_context(mode="ephemeral", project_config=config)
            context.data_sources.add_pandas(name="gongbao")
            _context = context
        return _context


_batch_definitions: dict[str, Any] = {}


def _batch_definition(table: str) -> Any:
    # One dataframe asset per table, added once: adding a name twice is an error in GE.
    with _lock:
        if table not in _batch_definitions:
            datasource = _ge_context().data_sources.get("gongbao")
            asset = datasource.add_dataframe_asset(name=table)
            _batch_definitions[table] = asset.add_batch_definition_whole_dataframe(
                name=f"{table}_whole"
            )
        return _batch_definitions[table]


@cache
def _cached_suite(table: str) -> tuple[gx.ExpectationSuite, tuple[str, ...]]:
    # Suites are read once per process: checks run several suites on every pipeline run.
    spec = suite_spec(table)
    suite = suite_from_spec(spec, source=str(SUITES_DIR / f"{table}.json"))
    row_ids = tuple((spec.get("meta") or {}).get("row_id_columns", ()))
    return suite, row_ids


# --- running ----------------------------------------------------------------------------------


def _to_pandas(frame: Any) -> pd.DataFrame:
    if isinstance(frame, pd.DataFrame):
        return frame.reset_index(drop=True)
    module = type(frame).__module__
    if module.startswith("polars"):
        return _polars_to_pandas(frame)
    raise TypeError(f"expected a pandas or polars DataFrame, got {type(frame).__name__}")


def _polars_to_pandas(frame: pl.DataFrame) -> pd.DataFrame:
    # polars' own to_pandas() needs pyarrow, which the project does not install; convert
    # column by column into the dtypes DuckDB's .df() gives, so both paths validate alike.
    import polars as pl

    columns: dict[str, Any] = {}
    for series in frame.get_columns():
        dtype = series.dtype
        if dtype == pl.Date or isinstance(dtype, pl.Datetime):
            values = pd.to_datetime(pd.Series(series.to_list(), dtype=object))
        elif dtype == pl.Boolean:
            values = pd.array(series.to_list(), dtype="boolean")
        elif dtype.is_integer():
            values = pd.array(series.to_list(), dtype="Int64")
        elif dtype.is_float():
            values = np.array([math.nan if v is None else v for v in series.to_list()], float)
        else:
            values = pd.Series(series.to_list(), dtype=object)
        columns[series.name] = values
    return pd.DataFrame(columns, index=pd.RangeIndex(frame.height))


def _expectation_key(type_: str, kwargs: Mapping[str, Any]) -> str:
    kept = {k: v for k, v in kwargs.items() if k != "batch_id"}
    return type_ + json.dumps(kept, sort_keys=True, default=str)


def _columns_of(kwargs: Mapping[str, Any]) -> list[str]:
    if "column" in kwargs:
        return [kwargs["column"]]
    if "column_list" in kwargs:
        return list(kwargs["column_list"])
    return [kwargs[k] for k in ("column_A", "column_B") if k in kwargs]


def validate_frame(frame: Any, table: str) -> SuiteOutcome:
    """Run the suite of ``table`` on a pandas or polars frame.

    An empty frame is valid input: column expectations hold vacuously on no rows (GE's
    behaviour, and right: no row breaks them); only the suites of tables that must have rows
    (the catalogue and the derived tables) carry a row-count minimum that an empty frame fails.
    A missing column fails its expectations with GE's error message as the example.
    """
    suite, row_ids = _cached_suite(table)
    data = _to_pandas(frame)
    # The context's pandas execution engine holds the loaded batch: one validation at a time
    # per process (Dagster's default executor runs checks in separate processes anyway).
    with _lock:
        batch = _batch_definition(table).get_batch(batch_parameters={"dataframe": data})
        result = batch.validate(
            suite,
            result_format={"result_format": "SUMMARY", "partial_unexpected_count": MAX_EXAMPLES},
        )
    # GE returns results in its own order; put them back in the suite's order.
    by_key: dict[str, list[Any]] = {}
    for r in result.results:
        cfg = r.expectation_config
        by_key.setdefault(_expectation_key(cfg.type, cfg.kwargs), []).append(r)
    outcomes = []
    for expectation in suite.expectations:
        cfg = expectation.configuration
        matches = by_key.get(_expectation_key(cfg.type, cfg.kwargs))
        if not matches:
            raise RuntimeError(f"GE returned no result for {cfg.type} {cfg.kwargs} on {table}")
        outcomes.append(_outcome(matches.pop(0), cfg, data, row_ids))
    return SuiteOutcome(
        table=table,
        suite_name=suite.name,
        success=bool(result.success),
        results=tuple(outcomes),
    )


def _outcome(
    r: Any, cfg: ExpectationConfiguration, data: pd.DataFrame, row_ids: Sequence[str]
) -> ExpectationOutcome:
    kwargs = cfg.kwargs
    res = r.result or {}
    success = bool(r.success)
    examples: list[Any] = []
    errors = _exception_messages(r.exception_info)
    if errors:
        examples = [{"error": message} for message in errors]
    elif not success:
        examples = _failing_examples(res, cfg, data, row_ids)
    element_count = res.get("element_count")
    unexpected_count = res.get("unexpected_count")
    return ExpectationOutcome(
        expectation_type=cfg.type,
        column=kwargs.get("column"),
        success=success,
        # Table-level expectations report no element count; the rows checked are the frame's.
        element_count=int(element_count) if element_count is not None else len(data),
        unexpected_count=int(unexpected_count) if unexpected_count is not None else None,
        failing_examples=examples,
    )


def _exception_messages(info: Any) -> list[str]:
    # GE reports an expectation that raised either flat ({"raised_exception": True, ...}) or
    # per metric ({metric id: {"raised_exception": True, ...}}), e.g. for a missing column.
    if not isinstance(info, Mapping):
        return []
    if "raised_exception" in info:
        return [str(info.get("exception_message"))] if info["raised_exception"] else []
    messages = [m for v in info.values() for m in _exception_messages(v)]
    return list(dict.fromkeys(messages))


def _failing_examples(
    res: Mapping[str, Any],
    cfg: ExpectationConfiguration,
    data: pd.DataFrame,
    row_ids: Sequence[str],
) -> list[Any]:
    index = res.get("partial_unexpected_index_list")
    if index:
        # Whole rows say more than the bare value (a False of span_inside_text says nothing):
        # the row's ids, the expectation's columns, and the context columns the suite names.
        wanted = [*row_ids, *_columns_of(cfg.kwargs), *(cfg.meta or {}).get("example_columns", ())]
        columns = [c for c in dict.fromkeys(wanted) if c in data.columns]
        rows = data.loc[list(index)[:MAX_EXAMPLES], columns]
        return [
            {c: _json_safe(v) for c, v in zip(columns, values, strict=True)}
            for values in rows.itertuples(index=False, name=None)
        ]
    if res.get("partial_unexpected_list"):
        return [_json_safe(v) for v in res["partial_unexpected_list"][:MAX_EXAMPLES]]
    if "observed_value" in res:
        return [{"observed_value": _json_safe(res["observed_value"])}]
    return []


def _json_safe(value: Any) -> Any:
    """Plain JSON values: numpy scalars unwrapped, missing values as None, dates as ISO text."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else _json_safe(pd.Timestamp(value))
    if isinstance(value, pd.Timestamp):
        # DuckDB DATE columns arrive as midnight timestamps; show them as dates.
        if value.tzinfo is None and value == value.normalize():
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, np.generic):
        return _json_safe(value.item())
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | np.ndarray):
        return [_json_safe(v) for v in value]
    return str(value)


def validate_table(con: duckdb.DuckDBPyConnection, table: str) -> SuiteOutcome:
    """Run the check query of ``table`` through ``con`` and validate the result."""
    # .df(), not .pl(): duckdb's polars export needs pyarrow, which is not installed.
    frame = con.sql(check_query(table)).df()
    return validate_frame(frame, table)


def outcome_rows(
    outcome: SuiteOutcome, run_id: str | None, checked_at: dt.datetime
) -> list[tuple[Any, ...]]:
    """Rows for ``validation_results``, in the order of VALIDATION_RESULT_COLUMNS."""
    return [
        (
            run_id,
            checked_at,
            outcome.table,
            outcome.suite_name,
            r.expectation_type,
            r.column,
            r.success,
            r.element_count,
            r.unexpected_count,
            json.dumps(r.failing_examples, ensure_ascii=False),
        )
        for r in outcome.results
    ]
