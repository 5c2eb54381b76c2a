"""gongbao: Chinese statistics bulletins into a validated DuckDB warehouse.

Domain modules here hold no Dagster code (ingest, normalise, extract, catalogue, warehouse,
validation, evaluate); the Dagster wiring lives in ``definitions``, ``resources``, ``sensors``
and the CLI in ``cli``.
"""
