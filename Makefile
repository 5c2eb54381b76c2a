# The README's commands. Every target sets up the virtual environment first, so a fresh clone
# needs nothing but Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export DAGSTER_HOME := $(CURDIR)/.dagster_home

.PHONY: setup run test test-fast lint format ui eval bench bench-scale clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: setup
	$(BIN)/gongbao run

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -q

test-fast: setup
	$(BIN)/pytest -q -m "not slow"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

ui: setup
	$(BIN)/gongbao ui

eval: setup
	$(BIN)/gongbao eval --docs ../shared/gold/docs --gold ../shared/gold

bench: setup
	$(BIN)/python -m benchmarks.bench_extract

bench-scale: setup
	$(BIN)/python -m benchmarks.bench_scale -n $(or $(N),1000)

clean:
	rm -rf $(VENV) data .dagster_home
