"""Shared fixtures: the sample bulletins shipped in the repo and temporary warehouses."""

from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    """Always a temporary warehouse: tests never touch data/warehouse.duckdb."""
    return tmp_path / "warehouse.duckdb"
