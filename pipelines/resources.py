"""Dagster resources: where the inbox and the warehouse are, and opening the warehouse.

Settings are read when a resource is used, never at import: the CLI's options, else the
environment (``GONGBAO_INBOX``, ``GONGBAO_WAREHOUSE``), else the project defaults.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from pipelines import warehouse
from pipelines.warehouse import PROJECT_ROOT

DEFAULT_INBOX = PROJECT_ROOT / "samples"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "data" / "warehouse.duckdb"
INBOX_ENV = "GONGBAO_INBOX"
WAREHOUSE_ENV = "GONGBAO_WAREHOUSE"


def resolve_inbox(explicit: str | Path | None = None) -> Path:
    return Path(explicit or os.environ.get(INBOX_ENV) or DEFAULT_INBOX).resolve()


def resolve_warehouse(explicit: str | Path | None = None) -> Path:
    return Path(explicit or os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE).resolve()


class InboxResource(dg.ConfigurableResource):
    """The folder bulletins are dropped into (``.meta.json`` sidecars beside them)."""

    path: str | None = None

    @property
    def directory(self) -> Path:
        return resolve_inbox(self.path)


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file. Opens read-only where a step only reads, and always closes."""

    path: str | None = None

    @property
    def file(self) -> Path:
        return resolve_warehouse(self.path)

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        with warehouse.connect(self.file, read_only=read_only) as con:
            yield con
