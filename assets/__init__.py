"""Thin Dagster assets and asset checks, by layer: raw -> core -> derived -> published.

Each asset opens the warehouse through its resource and calls one function of ``pipelines``;
parsing rules and SQL never live here.
"""

import dagster as dg
import polars as pl

# Every step that writes the warehouse runs in this pool; dagster.yaml gives pools a limit of 1.
WAREHOUSE_POOL = "warehouse"
# One partition per inbox file, keyed by its file name.
BULLETIN_FILES = dg.DynamicPartitionsDefinition(name="bulletin_files")


def markdown_preview(frame: pl.DataFrame) -> str:
    """A polars frame as a Markdown table for the UI's metadata panel."""
    with pl.Config(
        tbl_formatting="ASCII_MARKDOWN",
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
        tbl_rows=20,
        tbl_cols=20,
        fmt_str_lengths=60,
    ):
        return str(frame)
