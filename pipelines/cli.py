"""The ``gongbao`` command: run the graph, score extraction, serve the UI.

``run`` materialises the whole graph through Dagster in this process, on the project's Dagster
instance (``.dagster_home``), so its runs show in the UI's history.
"""

from __future__ import annotations

import json
import logging
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
@click.option(
    "--all",
    "reprocess_all",
    is_flag=True,
    help="Process every inbox file again, not only new or changed ones (after an upgrade of "
    "the extractor or the catalogue).",
)
@click.option("--verbose", "-v", is_flag=True, help="Show Dagster's step log and each file stored.")
def run(inbox: Path | None, warehouse: Path | None, reprocess_all: bool, verbose: bool) -> None:
    """Ingest new and changed bulletins, refresh the derived tables, print a summary."""
    from pipelines.runner import run_pipeline

    ensure_dagster_home()
    if verbose:
        logging.basicConfig(format="%(asctime)s %(name)s %(message)s")
        logging.getLogger("pipelines").setLevel(logging.INFO)
    summary = run_pipeline(
        inbox=inbox,
        warehouse=warehouse,
        log_level="INFO" if verbose else "WARNING",
        reprocess_all=reprocess_all,
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
    from pipelines.evaluate import catalogue_names, evaluate, format_report

    report = evaluate(docs, gold, indicator_names=catalogue_names(Catalogue.load()))
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(format_report(report))


def readable_copy(warehouse: Path | None) -> Path:
    """The published snapshot when there is one: reading it never blocks a run."""
    from pipelines import warehouse as wh
    from pipelines.resources import resolve_warehouse

    path = resolve_warehouse(warehouse)
    snapshot = wh.snapshot_path(path)
    return snapshot if snapshot.exists() else path


WAREHOUSE_OPTION = click.option(
    "--warehouse",
    type=click.Path(dir_okay=False, path_type=Path),
    help="DuckDB file (default: $GONGBAO_WAREHOUSE, else data/warehouse.duckdb).",
)


@main.command()
@click.argument("observation_id")
@WAREHOUSE_OPTION
def explain(observation_id: str, warehouse: Path | None) -> None:
    """Show an observation's sentence with the number marked and how each field was decided."""
    from pipelines import warehouse as wh
    from pipelines.catalogue import Catalogue
    from pipelines.explain import UnknownObservation
    from pipelines.explain import explain as explain_observation

    with wh.connect(readable_copy(warehouse), read_only=True) as con:
        try:
            click.echo(explain_observation(con, observation_id, Catalogue.load()))
        except UnknownObservation as problem:
            raise click.ClickException(str(problem)) from problem


@main.command()
@WAREHOUSE_OPTION
@click.option("--limit", default=50, show_default=True, help="Rows to show.")
def unmapped(warehouse: Path | None, limit: int) -> None:
    """How the latest observations map (specific indicator, family, none), then the subjects
    that map to no catalogue indicator, most frequent first."""
    from pipelines import warehouse as wh

    with wh.connect(readable_copy(warehouse), read_only=True) as con:
        total, family, none = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE i.is_family), "
            "count(*) FILTER (WHERE o.indicator_code IS NULL) "
            "FROM latest_observations o LEFT JOIN indicators i USING (indicator_code)"
        ).fetchone()
        rows = con.execute(
            "SELECT observation_count, subject, example_observation_id FROM unmapped_subjects "
            "ORDER BY observation_count DESC, subject LIMIT ?",
            [limit],
        ).fetchall()
    click.echo(mapping_split(total, total - family - none, family, none))
    click.echo(f"{none} of {total} observations map to no indicator; subjects by count:")
    for count, subject, example in rows:
        click.echo(f"{count:>5}  {subject}   (e.g. {example})")


def mapping_split(total: int, specific: int, family: int, unmapped: int) -> str:
    """``N mapped to a specific indicator (x %), M to a family (y %), K unmapped (z %)``."""

    def pct(n: int) -> str:
        return f"{100 * n / total:.1f} %" if total else "- %"

    return (
        f"{specific} mapped to a specific indicator ({pct(specific)}), "
        f"{family} to a family ({pct(family)}), {unmapped} unmapped ({pct(unmapped)}) "
        f"of {total} observations"
    )


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


if __name__ == "__main__":
    main()
