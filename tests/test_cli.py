"""The gongbao command as a person types it."""

import json
import shutil

import pytest
from click.testing import CliRunner

from pipelines import warehouse as wh
from pipelines.cli import main, mapping_split

HEADER = "doc,subject_key,breakdown,measure,value,unit,qualifier,period_end,kind,quote,notes\n"


def test_eval_prints_json_with_the_catalogue_names(tmp_path):
    (tmp_path / "d.txt").write_text("全年国内生产总值1349084亿元，比上年增长5.0%。", "utf-8")
    (tmp_path / "d.meta.json").write_text(json.dumps({"published": "2025-02-28"}))
    (tmp_path / "d.csv").write_text(
        HEADER
        + "d,GDP,,level,134908400000000,元,exact,2024-12-31,actual,,\n"
        + "d,国内生产总值,,growth,5,%,exact,2024-12-31,actual,,\n",
        "utf-8",
    )
    result = CliRunner().invoke(
        main, ["eval", "--docs", str(tmp_path), "--gold", str(tmp_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    # "GDP" is not in the subject: it matches through the catalogue's names of the indicator.
    assert report["overall"]["matched"] == 2


@pytest.mark.slow
def test_run_prints_the_summary(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("2025-rmrb-digital-economy-core-industries",):
        for suffix in (".txt", ".meta.json"):
            shutil.copy(wh.PROJECT_ROOT / "samples" / (name + suffix), inbox)
    warehouse = tmp_path / "w.duckdb"
    result = CliRunner().invoke(main, ["run", "--inbox", str(inbox), "--warehouse", str(warehouse)])
    assert result.exit_code == 0, result.output
    assert "succeeded" in result.output
    assert "bulletins        1" in result.output
    assert "checks           9 passed, 0 failed" in result.output
    assert "compute_hub_capacity         1 rows" in result.output
    assert warehouse.exists()
    report = CliRunner().invoke(main, ["unmapped", "--warehouse", str(warehouse)])
    assert report.exit_code == 0, report.output
    first = report.output.splitlines()[0]
    assert " mapped to a specific indicator (" in first and " to a family (" in first
    assert first.endswith("of 44 observations")


def test_mapping_split_reads_as_the_three_parts():
    assert mapping_split(200, 150, 30, 20) == (
        "150 mapped to a specific indicator (75.0 %), 30 to a family (15.0 %), "
        "20 unmapped (10.0 %) of 200 observations"
    )
    assert mapping_split(0, 0, 0, 0).startswith("0 mapped to a specific indicator (- %)")
