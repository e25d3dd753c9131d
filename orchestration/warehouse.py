"""Reading and writing the DuckDB warehouse file (no Dagster import).

DuckDB lets one process hold the file for writing and blocks every other process while it
does, so each function opens a connection, does its work and closes it at once.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path

import duckdb
import polars as pl

from orchestration.extraction import schema

# Created empty here and filled by later steps, so readers can always query them.
OPS_TABLES_DDL = (
    """create table if not exists ops.dq_alerts (
        check_name varchar, asset varchar, severity varchar, observed varchar,
        failing_sample varchar, run_id varchar, alerted_at timestamp)""",
    """create table if not exists ops.rejects (
        source_file varchar, sha256 varchar, size_bytes bigint, reason varchar,
        detail varchar, seen_at timestamp)""",
)


@contextmanager
def connect(path: str | os.PathLike, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse file, closed on exit; creates the folder for writing."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    with closing(duckdb.connect(str(path), read_only=read_only)) as con:
        yield con


def write_tables(path: str | os.PathLike, tables: Mapping[str, Mapping[str, pl.DataFrame]]) -> dict[str, int]:
    """Replace `schema.table` for every frame in {schema: {table: frame}} in one transaction.

    Either every table is replaced or none is, and writing the same frames twice gives the
    same warehouse. Returns the row count per qualified table name.
    """
    counts = {}
    with connect(path) as con:
        con.begin()
        try:
            ensure_schemas(con, tables.keys())
            for schema_name, frames in tables.items():
                for table, frame in frames.items():
                    con.register("incoming_frame", frame.to_arrow())
                    con.execute(f'create or replace table "{schema_name}"."{table}" as select * from incoming_frame')
                    con.unregister("incoming_frame")
                    counts[f"{schema_name}.{table}"] = frame.height
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return counts


def ensure_schemas(con: duckdb.DuckDBPyConnection, schema_names: Iterable[str] = ()) -> None:
    """Schemas raw, ops (and any others named) plus the ops tables."""
    for schema_name in sorted({"raw", "ops", *schema_names}):
        con.execute(f'create schema if not exists "{schema_name}"')
    for ddl in OPS_TABLES_DDL:
        con.execute(ddl)


def read_table(path: str | os.PathLike, table: str, table_schema: dict) -> pl.DataFrame:
    """`table` ('schema.name') as a frame conformed to `table_schema`."""
    with connect(path, read_only=True) as con:
        return schema.conform(con.sql(f"select * from {table}").pl(), table_schema)


def table_counts(path: str | os.PathLike, tables: list[str]) -> dict[str, int | None]:
    """Row count per 'schema.name'; None for a table that does not exist (yet)."""
    with connect(path, read_only=True) as con:
        existing = {
            f"{s}.{t}" for s, t in con.execute(
                "select table_schema, table_name from information_schema.tables"
            ).fetchall()
        }
        return {
            t: con.execute(f"select count(*) from {t}").fetchone()[0] if t in existing else None
            for t in tables
        }


def reject_counts(path: str | os.PathLike) -> dict[str, int]:
    """Rejected files per reason."""
    with connect(path, read_only=True) as con:
        return dict(con.execute(
            "select reason, count(*) from ops.rejects group by reason order by reason"
        ).fetchall())
