"""Tests of pipelines/validation.py and the suites of expectations/: every suite loads whole,
the closed sets match pipelines/observation.py, a good warehouse passes and broken ones fail
with their failing rows reported."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import duckdb
import numpy as np
import pandas as pd
import polars as pl
import pytest

from pipelines import observation, validation
from pipelines.validation import (
    CHECK_SQL_DIR,
    SUITES_DIR,
    TABLES,
    VALIDATION_RESULT_COLUMNS,
    SuiteError,
    check_query,
    load_suite,
    outcome_rows,
    suite_from_spec,
    validate_frame,
    validate_table,
)

SCHEMA = (validation.SQL_DIR / "schema.sql").read_text(encoding="utf-8")

# A short bulletin in the style of the 人民日报 roundtable sample (already normalised).
TEXT = (
    "截至2024年11月底，数字经济核心产业企业总量达457.41万家，与2023年底相比增长17.99%。"
    "其中，数字技术应用业、数字要素驱动业、数字产品服务业、数字产品制造业的企业数量分别为"
    "216.69万家、196.25万家、23.63万家、20.82万家。"
    "2023年，数字技术应用业、数字产品制造业、数字要素驱动业、数字产品服务业的增加值分别占比"
    "43.6%、33.8%、19.4%、3.2%。"
    "截至今年一季度，八大枢纽节点算力总规模达215.5EFLOPS。智能算力规模占枢纽节点算力规模的80.8%。"
)
SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
BID = SHA[:16]
PUBLISHED = dt.date(2025, 5, 30)
INGESTED = dt.datetime(2026, 1, 5, 8, 0, 0)

SECTORS = {  # sector -> (enterprises, growth %), from the sample bulletin
    "数字技术应用业": (2166900.0, 17.60),
    "数字要素驱动业": (1962500.0, 19.64),
    "数字产品服务业": (236300.0, 16.70),
    "数字产品制造业": (208200.0, 8.92),
}
SHARES_2023 = {
    "数字技术应用业": 43.6,
    "数字产品制造业": 33.8,
    "数字要素驱动业": 19.4,
    "数字产品服务业": 3.2,
}
VALUE_ADDED_2023 = {"数字技术应用业": 5.56e12, "数字产品制造业": 4.31e12, "数字要素驱动业": 2.47e12}
CORE_TOTAL_2023 = 12.7555e12


def _obs(value_text: str, measure: str, value: float, unit: str | None, **extra) -> dict:
    start = TEXT.index(value_text)
    end = start + len(value_text)
    row = {
        "observation_id": f"{BID[:12]}-{start}-{end}",
        "bulletin_id": BID,
        "indicator_code": None,
        "subject": "数字经济核心产业企业",
        "breakdown": None,
        "measure": measure,
        "value": value,
        "unit": unit,
        "value_text": value_text,
        "qualifier": "exact",
        "period_type": "as_of",
        "period_start": None,
        "period_end": dt.date(2024, 11, 30),
        "kind": "actual",
        "sentence": "…",
        "char_start": start,
        "char_end": end,
        "unit_written": None,
        "base_period_end": None,
    }
    row.update(extra)
    return row


def _observations() -> list[dict]:
    return [
        _obs("457.41万家", "level", 4574100.0, "家", indicator_code="core_digital_enterprises"),
        _obs("17.99%", "growth", 17.99, "%", base_period_end=dt.date(2023, 12, 31)),
        _obs("216.69万家", "level", 2166900.0, "家", breakdown="数字技术应用业"),
        _obs(
            "43.6%",
            "share",
            43.6,
            "%",
            subject="增加值",
            breakdown="数字技术应用业",
            period_type="year",
            period_start=dt.date(2023, 1, 1),
            period_end=dt.date(2023, 12, 31),
        ),
        _obs("215.5EFLOPS", "level", 215.5, "EFLOPS", period_end=dt.date(2025, 3, 31)),
        _obs("80.8%", "share", 80.8, "%", period_end=dt.date(2025, 3, 31)),
    ]


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    marks = ", ".join("?" for _ in columns)
    con.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
        [[row[c] for c in columns] for row in rows],
    )


def _platform_rows(obs_ids: list[str], drop: str | None = None) -> list[dict]:
    total = 4574100.0
    rows = []
    for sector, (count, growth) in [("total", (total, 17.99)), *SECTORS.items()]:
        if sector == drop:
            continue
        # Rounded like sql/platform_enterprise_growth.sql: whole enterprises, 0.01 point.
        base = round(count / (1 + growth / 100))
        rows.append(
            {
                "as_of_date": dt.date(2024, 11, 30),
                "sector": sector,
                "enterprises": count,
                "growth_pct": growth,
                "base_date": dt.date(2023, 12, 31),
                "base_enterprises": base,
                "net_new_enterprises": round(count - count / (1 + growth / 100)),
                "share_of_total_pct": round(count / total * 100, 2),
                "source_observation_ids": obs_ids,
            }
        )
    return rows


def _core_rows(obs_ids: list[str], shares: dict[str, float] = SHARES_2023) -> list[dict]:
    rows = []
    for sector, share in shares.items():
        value = VALUE_ADDED_2023.get(sector)
        implied = share / 100 * CORE_TOTAL_2023
        rows.append(
            {
                "year": 2023,
                "sector": sector,
                "value_added_cny": value,
                "share_pct": share,
                "implied_value_added_cny": implied,
                "gap_pct": None if value is None else round((value - implied) / implied * 100, 2),
                "source_observation_ids": obs_ids,
            }
        )
    return rows


def _warehouse(
    observations: list[dict] | None = None,
    platform: list[dict] | None = None,
    core: list[dict] | None = None,
    hub: list[dict] | None = None,
) -> duckdb.DuckDBPyConnection:
    """An in-memory warehouse with the real schema holding one consistent bulletin."""
    con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False})
    con.execute(SCHEMA)
    _insert(
        con,
        "bulletins",
        [
            {
                "bulletin_id": BID,
                "file_name": "2025-rmrb-digital-economy-core-industries.txt",
                "title": "培育壮大数字经济核心产业",
                "publisher": "人民日报",
                "published_date": PUBLISHED,
                "source_url": None,
                "sha256": SHA,
                "format": "txt",
                "encoding": "utf-8",
                "char_count": len(TEXT),
                "ingested_at": INGESTED,
            }
        ],
    )
    _insert(con, "bulletin_texts", [{"bulletin_id": BID, "text": TEXT}])
    _insert(
        con,
        "indicators",
        [
            {
                "indicator_code": "core_digital_enterprises",
                "name_zh": "数字经济核心产业企业数量",
                "name_en": "Enterprises of the core digital economy industries",
                "unit": "家",
                "description": None,
                "synonyms": ["数字经济核心产业企业"],
                "is_family": False,
            }
        ],
    )
    obs = _observations() if observations is None else observations
    _insert(con, "observations", obs)
    ids = [o["observation_id"] for o in _observations()[:3]]
    _insert(
        con, "platform_enterprise_growth", _platform_rows(ids) if platform is None else platform
    )
    _insert(con, "core_industry_value_added", _core_rows(ids) if core is None else core)
    hub_rows = hub
    if hub_rows is None:
        hub_rows = [
            {
                "as_of_date": dt.date(2025, 3, 31),
                "scope": "东数西算八大枢纽节点",
                "total_compute_eflops": 215.5,
                "intelligent_share_pct": 80.8,
                # Rounded to 0.1 EFLOPS like sql/compute_hub_capacity.sql.
                "intelligent_compute_eflops": 174.1,
                "general_compute_eflops": 41.4,
                "source_observation_ids": ids[:1],
            }
        ]
    _insert(con, "compute_hub_capacity", hub_rows)
    return con


def _failed(outcome: validation.SuiteOutcome) -> dict[tuple[str, str | None], list]:
    return {(r.expectation_type, r.column): r.failing_examples for r in outcome.failed}


def _result(outcome: validation.SuiteOutcome, type_: str, column: str | None):
    matches = [r for r in outcome.results if r.expectation_type == type_ and r.column == column]
    assert len(matches) == 1, (type_, column)
    return matches[0]


# --- suites -----------------------------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES)
def test_suite_loads_every_expectation_of_its_json(table):
    spec = json.loads((SUITES_DIR / f"{table}.json").read_text(encoding="utf-8"))
    suite = load_suite(table)
    assert suite.name == table
    assert len(suite.expectations) == len(spec["expectations"]) > 0
    assert [e.expectation_type for e in suite.expectations] == [
        e["type"] for e in spec["expectations"]
    ]


@pytest.mark.parametrize("table", TABLES)
def test_every_expectation_states_its_reason(table):
    spec = json.loads((SUITES_DIR / f"{table}.json").read_text(encoding="utf-8"))
    assert spec["meta"]["notes"]
    for item in spec["expectations"]:
        assert item.get("meta", {}).get("notes"), item


def test_every_suite_file_belongs_to_a_table():
    assert sorted(p.stem for p in SUITES_DIR.glob("*.json")) == sorted(TABLES)
    assert {p.stem for p in CHECK_SQL_DIR.glob("*.sql")} <= set(TABLES)


def test_unknown_expectation_type_raises_instead_of_being_skipped():
    spec = {
        "name": "broken",
        "expectations": [
            {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "a"}},
            {"type": "expect_column_values_to_be_wonderful", "kwargs": {"column": "a"}},
        ],
    }
    with pytest.raises(SuiteError, match="expect_column_values_to_be_wonderful"):
        suite_from_spec(spec)


def test_misspelt_kwarg_raises():
    spec = {
        "name": "broken",
        "expectations": [
            {
                "type": "expect_column_values_to_be_between",
                "kwargs": {"column": "a", "min_valu": 0, "max_value": 1},
            }
        ],
    }
    with pytest.raises(SuiteError, match="min_valu"):
        suite_from_spec(spec)


def test_unknown_table_is_refused():
    with pytest.raises(SuiteError):
        load_suite("observations; DROP TABLE bulletins")
    with pytest.raises(SuiteError):
        check_query("nope")


@pytest.mark.parametrize(
    ("column", "vocabulary"),
    [
        ("measure", observation.MEASURES),
        ("qualifier", observation.QUALIFIERS),
        ("kind", observation.KINDS),
        ("period_type", observation.PERIOD_TYPES),
    ],
)
def test_closed_sets_equal_the_vocabularies_of_observation_py(column, vocabulary):
    spec = json.loads((SUITES_DIR / "observations.json").read_text(encoding="utf-8"))
    sets = [
        e["kwargs"]["value_set"]
        for e in spec["expectations"]
        if e["type"] == "expect_column_values_to_be_in_set" and e["kwargs"]["column"] == column
    ]
    assert sets == [list(vocabulary)]


def test_check_query_reads_sql_checks_or_selects_the_table():
    assert check_query("observations") == (CHECK_SQL_DIR / "observations.sql").read_text()
    assert check_query("indicators") == "SELECT * FROM indicators"


# --- good and broken warehouses ---------------------------------------------------------------


def test_good_warehouse_passes_every_suite():
    con = _warehouse()
    for table in TABLES:
        outcome = validate_table(con, table)
        assert outcome.success, (table, _failed(outcome))
        assert outcome.suite_name == table
        assert len(outcome.results) == len(load_suite(table).expectations)
        for r in outcome.results:
            assert r.failing_examples == []
            assert r.element_count is not None


def test_broken_observations_fail_with_their_rows():
    good = _observations()
    share_140 = _obs("80.8%", "share", 140.0, "%", period_end=dt.date(2025, 3, 31))
    unknown_measure = _obs("17.99%", "ratio", 17.99, "%")
    outside = dict(good[2], char_start=len(TEXT) - 2, char_end=len(TEXT) + 5)
    shifted = dict(good[0], char_start=good[0]["char_start"] + 1, char_end=good[0]["char_end"] + 1)
    far_future = dict(good[4], period_end=dt.date(2031, 3, 31))  # actual, 6 years ahead
    reversed_period = dict(good[3], period_start=dt.date(2024, 1, 1))
    rows = [share_140, unknown_measure, outside, shifted, far_future, reversed_period]
    con = _warehouse(observations=rows)
    outcome = validate_table(con, "observations")
    assert not outcome.success
    failed = _failed(outcome)

    share = failed[("expect_column_values_to_be_between", "share_value")]
    assert [(e["observation_id"], e["share_value"]) for e in share] == [
        (share_140["observation_id"], 140.0)
    ]
    measure = failed[("expect_column_values_to_be_in_set", "measure")]
    assert [e["measure"] for e in measure] == ["ratio"]
    inside = failed[("expect_column_values_to_be_in_set", "span_inside_text")]
    assert [e["observation_id"] for e in inside] == [outside["observation_id"]]
    assert inside[0]["char_end"] == len(TEXT) + 5
    assert inside[0]["text_length"] == len(TEXT)
    matches = {
        e["observation_id"]
        for e in failed[("expect_column_values_to_be_in_set", "span_matches_value_text")]
    }
    assert matches == {outside["observation_id"], shifted["observation_id"]}
    periods = failed[("expect_column_values_to_be_in_set", "period_end_plausible")]
    assert [(e["period_end"], e["published_date"]) for e in periods] == [
        ("2031-03-31", "2025-05-30")
    ]
    pair = failed[("expect_column_pair_values_a_to_be_greater_than_b", None)]
    assert [(e["period_start"], e["period_end"]) for e in pair] == [("2024-01-01", "2023-12-31")]
    # Every example survives json.dumps: no numpy or pandas scalars left.
    json.dumps([r.failing_examples for r in outcome.results])


def test_target_may_reach_ten_years_ahead_but_an_actual_only_a_month():
    # Published 2025-05-30: goals for 2035 pass, 2036 does not; an actual may end by 2025-06-30.
    target = dict(_observations()[4], kind="target", period_end=dt.date(2035, 12, 31))
    late_target = dict(_observations()[3], kind="target", period_end=dt.date(2036, 12, 31))
    actual = dict(_observations()[0], period_end=dt.date(2025, 6, 30))
    late_actual = dict(_observations()[5], period_end=dt.date(2025, 7, 31))
    rows = [target, late_target, actual, late_actual]
    outcome = validate_table(_warehouse(observations=rows), "observations")
    periods = _failed(outcome)[("expect_column_values_to_be_in_set", "period_end_plausible")]
    assert {e["observation_id"] for e in periods} == {
        late_target["observation_id"],
        late_actual["observation_id"],
    }


def test_duplicate_observation_id_fails():
    # The table's primary key stops duplicates in DuckDB, so test the frame directly.
    frame = _warehouse().sql(check_query("observations")).df()
    frame = pd.concat([frame, frame.iloc[[0]]], ignore_index=True)
    outcome = validate_frame(frame, "observations")
    unique = _result(outcome, "expect_column_values_to_be_unique", "observation_id")
    assert not unique.success
    assert unique.unexpected_count == 2
    dup = frame.loc[0, "observation_id"]
    assert [e["observation_id"] for e in unique.failing_examples] == [dup, dup]
    assert unique.failing_examples[0]["value_text"] == "457.41万家"


def test_observation_of_a_bulletin_without_text_fails_its_span():
    con = _warehouse()
    con.execute("DELETE FROM bulletin_texts")
    failed = _failed(validate_table(con, "observations"))
    assert len(failed[("expect_column_values_to_be_in_set", "span_inside_text")]) == 6


def test_missing_part_fails_parts_against_total():
    ids = [o["observation_id"] for o in _observations()[:3]]
    platform = _platform_rows(ids, drop="数字产品服务业")  # about 5 % of the total
    outcome = validate_table(_warehouse(platform=platform), "platform_enterprise_growth")
    gap = _failed(outcome)[("expect_column_values_to_be_between", "parts_vs_total_gap_pct")]
    assert len(gap) == 1
    assert gap[0]["sector"] == "total"
    assert gap[0]["as_of_date"] == "2024-11-30"
    assert gap[0]["parts_vs_total_gap_pct"] == pytest.approx(-236300 / 4574100 * 100 + 0.0044, 1e-2)
    assert gap[0]["part_count"] == 3


def test_rounded_parts_within_half_a_percent_pass():
    # The sample's own parts sum to 457.39万 against 457.41万: rounding, not an error.
    outcome = validate_table(_warehouse(), "platform_enterprise_growth")
    gap = _result(outcome, "expect_column_values_to_be_between", "parts_vs_total_gap_pct")
    assert gap.success


def test_shares_of_a_year_must_sum_to_100():
    ids = [_observations()[3]["observation_id"]]
    shares = dict(SHARES_2023, 数字产品服务业=13.2)  # 110 in all
    outcome = validate_table(_warehouse(core=_core_rows(ids, shares)), "core_industry_value_added")
    failed = _failed(outcome)
    sums = failed[("expect_column_values_to_be_between", "year_share_sum_pct")]
    assert len(sums) == 1
    assert sums[0]["year"] == 2023
    assert sums[0]["year_share_sum_pct"] == pytest.approx(110.0)


def test_compute_parts_must_add_up_and_share_stay_in_range():
    hub = [
        {
            "as_of_date": dt.date(2025, 3, 31),
            "scope": "东数西算八大枢纽节点",
            "total_compute_eflops": 215.5,
            "intelligent_share_pct": 180.8,
            "intelligent_compute_eflops": 174.124,
            "general_compute_eflops": 50.0,
            "source_observation_ids": ["nonexistent-1-2"],
        },
        {  # Guizhou: total reported, no share: nothing derived, nothing to compare
            "as_of_date": dt.date(2025, 12, 31),
            "scope": "贵州全省",
            "total_compute_eflops": 160.0,
            "intelligent_share_pct": None,
            "intelligent_compute_eflops": None,
            "general_compute_eflops": None,
            "source_observation_ids": [_observations()[4]["observation_id"]],
        },
    ]
    outcome = validate_table(_warehouse(hub=hub), "compute_hub_capacity")
    failed = _failed(outcome)
    assert set(failed) == {
        ("expect_column_values_to_be_between", "intelligent_share_pct"),
        ("expect_column_values_to_be_in_set", "parts_match_total"),
        ("expect_column_values_to_be_in_set", "intelligent_matches_share"),
        ("expect_column_values_to_be_in_set", "sources_known"),
    }
    for examples in failed.values():
        assert [e["scope"] for e in examples] == ["东数西算八大枢纽节点"]


# --- empty frames, polars, missing columns ----------------------------------------------------


@pytest.mark.parametrize(
    "table", ["compute_hub_capacity", "platform_enterprise_growth", "core_industry_value_added"]
)
def test_empty_derived_table_fails_its_row_count(table):
    con = _warehouse()
    con.execute(f"DELETE FROM {table}")
    outcome = validate_table(con, table)
    assert not outcome.success
    assert [(r.expectation_type, r.failing_examples) for r in outcome.failed] == [
        ("expect_table_row_count_to_be_between", [{"observed_value": 0}])
    ]


def test_empty_observations_pass():
    # With an empty inbox there is nothing to extract: no row breaks a column expectation.
    outcome = validate_table(_warehouse(observations=[]), "observations")
    assert outcome.success
    assert all(r.element_count == 0 for r in outcome.results)


def test_polars_frame_is_validated_like_pandas():
    good = pl.DataFrame(
        {
            "indicator_code": ["core_digital_enterprises", "gdp"],
            "name_zh": ["数字经济核心产业企业数量", "国内生产总值"],
            "name_en": ["Enterprises", "GDP"],
            "is_family": [False, False],
        }
    )
    assert validate_frame(good, "indicators").success
    bad = good.with_columns(pl.Series("indicator_code", ["gdp", "gdp"]))
    outcome = validate_frame(bad, "indicators")
    unique = _result(outcome, "expect_column_values_to_be_unique", "indicator_code")
    assert not unique.success
    assert unique.failing_examples == [{"indicator_code": "gdp"}, {"indicator_code": "gdp"}]


def test_polars_dates_and_nulls_convert():
    frame = pl.DataFrame(
        {
            "d": [dt.date(2024, 1, 1), None],
            "b": [True, None],
            "i": [1, None],
            "f": [1.5, None],
            "s": ["a", None],
        }
    )
    converted = validation._polars_to_pandas(frame)
    assert str(converted["d"].dtype).startswith("datetime64")
    assert converted["b"].dtype == "boolean"
    assert converted["i"].dtype == "Int64"
    assert np.isnan(converted["f"][1])
    assert converted["s"].tolist() == ["a", None]


def test_missing_column_fails_with_the_reason():
    frame = pd.DataFrame({"indicator_code": ["gdp"], "name_zh": ["国内生产总值"]})
    outcome = validate_frame(frame, "indicators")
    name_en = _result(outcome, "expect_column_values_to_not_be_null", "name_en")
    assert not name_en.success
    assert "name_en" in name_en.failing_examples[0]["error"]


def test_other_frame_types_are_refused():
    with pytest.raises(TypeError):
        validate_frame([{"indicator_code": "gdp"}], "indicators")


# --- results into the warehouse ---------------------------------------------------------------


def test_outcome_rows_fit_validation_results():
    con = _warehouse(observations=[_obs("80.8%", "share", 140.0, "%")])
    outcome = validate_table(con, "observations")
    checked_at = dt.datetime(2026, 1, 5, 9, 30)
    rows = outcome_rows(outcome, "run-1", checked_at)
    assert len(rows) == len(outcome.results)
    schema_columns = [r[0] for r in con.sql("DESCRIBE validation_results").fetchall()]
    assert list(VALIDATION_RESULT_COLUMNS) == schema_columns
    marks = ", ".join("?" for _ in VALIDATION_RESULT_COLUMNS)
    con.executemany(f"INSERT INTO validation_results VALUES ({marks})", rows)
    stored = con.sql(
        "SELECT column_name, unexpected_count, failing_examples FROM validation_results "
        "WHERE NOT success"
    ).fetchall()
    assert [(c, n) for c, n, _ in stored] == [("share_value", 1)]
    assert json.loads(stored[0][2])[0]["share_value"] == 140.0
    assert outcome_rows(outcome, None, checked_at)[0][0] is None


def test_json_safe_unwraps_numpy_pandas_and_dates():
    safe = validation._json_safe(
        {
            "i": np.int64(3),
            "b": np.bool_(True),
            "f": np.float64("nan"),
            "d": pd.Timestamp("2024-11-30"),
            "t": pd.Timestamp("2024-11-30 08:15"),
            "na": pd.NA,
            "nat": pd.NaT,
            "arr": np.array(["a", "b"]),
            "date": dt.date(2024, 1, 1),
        }
    )
    assert safe == {
        "i": 3,
        "b": True,
        "f": None,
        "d": "2024-11-30",
        "t": "2024-11-30T08:15:00",
        "na": None,
        "nat": None,
        "arr": ["a", "b"],
        "date": "2024-01-01",
    }
    json.dumps(safe)


def test_concurrent_validations_share_one_context():
    from concurrent.futures import ThreadPoolExecutor

    frames = {t: _warehouse().sql(check_query(t)).df() for t in TABLES}
    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(lambda t: validate_frame(frames[t], t), [*TABLES, *TABLES]))
    assert all(o.success for o in outcomes), [o.table for o in outcomes if not o.success]


def test_as_of_period_start_is_null():
    good = _observations()
    day = dict(good[0], period_start=None)  # the contract: a stock on one day has no start
    other = dict(good[1], period_start=dt.date(2024, 1, 1))  # an as-of day has no span
    none_with_date = dict(good[2], period_type="none")  # 'none' but a period_end is given
    outcome = validate_table(_warehouse(observations=[day, other, none_with_date]), "observations")
    failed = _failed(outcome)[("expect_column_values_to_be_in_set", "period_fields_match_type")]
    assert {e["observation_id"] for e in failed} == {
        other["observation_id"],
        none_with_date["observation_id"],
    }


def test_rejected_reason_set_is_every_reason_the_pipeline_can_give():
    from pipelines.readers import REASONS

    spec = json.loads((SUITES_DIR / "rejected_bulletins.json").read_text(encoding="utf-8"))
    (reasons,) = [
        e["kwargs"]["value_set"]
        for e in spec["expectations"]
        if e["kwargs"].get("column") == "reason"
    ]
    assert set(reasons) == set(REASONS) | {"extraction_error"}
