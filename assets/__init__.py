"""Thin Dagster assets and asset checks, by layer: raw -> core -> derived, plus the checks.

Each asset opens the warehouse through its resource and calls one function of ``pipelines``;
parsing rules and SQL never live here.
"""

WAREHOUSE_POOL = "warehouse"


def markdown_preview(frame) -> str:
    """A polars frame as a Markdown table for the UI's metadata panel."""
    import polars as pl

    with pl.Config(
        tbl_formatting="ASCII_MARKDOWN",
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
        tbl_rows=20,
        tbl_cols=20,
        fmt_str_lengths=60,
    ):
        return str(frame)
