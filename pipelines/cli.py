"""The ``gongbao`` command: run the graph, score extraction, serve the UI.

``run`` materialises the whole graph through Dagster in this process, on the project's Dagster
instance (``.dagster_home``), so its runs show in the UI's history.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import click

from pipelines.warehouse import PROJECT_ROOT

DAGSTER_HOME_DEFAULT = PROJECT_ROOT / ".dagster_home"
INSTANCE_TEMPLATE = PROJECT_ROOT / "dagster.yaml"


def ensure_dagster_home() -> Path:
    """Use DAGSTER_HOME if set, else the project's own; make sure its dagster.yaml is ours."""
    home = Path(os.environ.get("DAGSTER_HOME") or DAGSTER_HOME_DEFAULT).resolve()
    home.mkdir(parents=True, exist_ok=True)
    target = home / "dagster.yaml"
    if not target.exists() or target.read_bytes() != INSTANCE_TEMPLATE.read_bytes():
        shutil.copyfile(INSTANCE_TEMPLATE, target)
    os.environ["DAGSTER_HOME"] = str(home)
    return home


@click.group()
def main() -> None:
    """gongbao: Chinese statistics bulletins into a validated DuckDB warehouse."""


@main.command()
@click.option(
    "--inbox",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of bulletins (default: $GONGBAO_INBOX, else samples/).",
)
@click.option(
    "--warehouse",
    type=click.Path(dir_okay=False, path_type=Path),
    help="DuckDB file (default: $GONGBAO_WAREHOUSE, else data/warehouse.duckdb).",
)
@click.option("--verbose", "-v", is_flag=True, help="Show Dagster's step log (INFO and up).")
def run(inbox: Path | None, warehouse: Path | None, verbose: bool) -> None:
    """Materialise the whole graph and print a summary."""
    from pipelines.runner import run_pipeline

    ensure_dagster_home()
    summary = run_pipeline(
        inbox=inbox, warehouse=warehouse, log_level="INFO" if verbose else "WARNING"
    )
    click.echo(summary.render())
    sys.exit(0 if summary.success else 1)


@main.command(name="eval")
@click.option(
    "--docs", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option(
    "--gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def evaluate_command(docs: Path, gold: Path, as_json: bool) -> None:
    """Score extraction against gold files (recall, precision, attribute accuracy, misses)."""
    from pipelines.catalogue import Catalogue
    from pipelines.evaluate import evaluate, format_report

    catalogue = Catalogue.load()

    def indicator_names(observation):
        code = catalogue.code_for(observation.subject, observation.breakdown)
        return catalogue.names_for(code) if code else ()

    report = evaluate(docs, gold, indicator_names=indicator_names)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(format_report(report))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=3000, show_default=True, type=int)
def ui(host: str, port: int) -> None:
    """Serve the Dagster web UI (with the daemon, for the schedule and the sensor)."""
    ensure_dagster_home()
    os.chdir(PROJECT_ROOT)
    argv = [
        sys.executable,
        "-m",
        "dagster",
        "dev",
        "-w",
        str(PROJECT_ROOT / "workspace.yaml"),
        "-h",
        host,
        "-p",
        str(port),
    ]
    click.echo(f"Dagster UI on http://{host}:{port} (instance home {os.environ['DAGSTER_HOME']})")
    os.execv(sys.executable, argv)
