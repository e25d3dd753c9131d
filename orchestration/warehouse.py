"""Reading and writing the DuckDB warehouse file (no Dagster import).

DuckDB lets one process hold the file for writing and blocks every other process while it
does, so each function opens a connection, does its work and closes it at once.
"""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa

from orchestration.extraction import schema

# Created empty here and filled by later steps, so readers can always query them.
OPS_TABLES_DDL = (
    """create table if not exists ops.dq_alerts (
        check_name varchar, asset varchar, severity varchar, observed varchar,
        failing_sample varchar, run_id varchar, alerted_at timestamp)""",
    """create table if not exists ops.rejects (
        source_file varchar, sha256 varchar, size_bytes bigint, reason varchar,
        detail varchar, seen_at timestamp)""",
    # Which expectation failed (NULL for a failed run); added after the first release.
    "alter table ops.dq_alerts add column if not exists expectation varchar",
)
ALERT_LOCK_WAIT_SECONDS = 60.0
ALERT_COLUMNS = ("check_name", "asset", "severity", "observed", "failing_sample", "run_id", "alerted_at", "expectation")


@contextmanager
def connect(path: str | os.PathLike, read_only: bool = False,
            wait_seconds: float = 0.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse file, closed on exit; creates the folder for writing.

    With wait_seconds, a file locked by another process is tried again every half second
    for that long before the lock error is raised.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as err:
            if "lock" not in str(err).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(0.5)
    with closing(con):
        yield con


# DuckDB's row group size: an Arrow scan runs one record batch per thread.
ROW_GROUP = 122_880


def arrow(frame: pl.DataFrame) -> pa.Table:
    """`frame` as an Arrow table of even record batches of ROW_GROUP rows, for DuckDB to scan.

    DuckDB scans an Arrow table one record batch per thread, keeping insertion order. One
    batch is written on one core; the uneven chunks of a frame concatenated from parts
    (extraction chunks) make it merge row groups at commit. Writing the 1.7M metrics of
    100k letters took 8.0 s as one batch, 3.8 s as even batches (zero-copy slices of one
    rechunked copy).
    """
    table = frame.rechunk().to_arrow()
    return pa.Table.from_batches(table.to_batches(max_chunksize=ROW_GROUP), schema=table.schema)


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
                    con.register("incoming_frame", arrow(frame))
                    con.execute(f'create or replace table "{schema_name}"."{table}" as select * from incoming_frame')
                    con.unregister("incoming_frame")
                    counts[f"{schema_name}.{table}"] = frame.height
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return counts


def add_missing_columns(con: duckdb.DuckDBPyConnection, table: str, incoming: str) -> None:
    """Add to `table` the columns of relation `incoming` it lacks (NULL in its older rows):
    a record table such as ops.dbt_builds gains a column without a migration step."""
    schema_name, table_name = table.split(".")
    have = {name for (name,) in con.execute(
        "select column_name from information_schema.columns where table_schema = ? and table_name = ?",
        [schema_name, table_name]).fetchall()}
    for name, column_type, *_ in con.execute(f"describe select * from {incoming}").fetchall():
        if name not in have:
            con.execute(f'alter table {table} add column "{name}" {column_type}')


def apply_changes(
    path: str | os.PathLike,
    deletes: Mapping[str, tuple[str, pl.DataFrame]] | None = None,
    inserts: Mapping[str, pl.DataFrame] | None = None,
    replaces: Mapping[str, pl.DataFrame] | None = None,
    updates: Mapping[str, tuple[str, pl.DataFrame]] | None = None,
) -> None:
    """Change tables in place, in one transaction (all or nothing).

    deletes:  {"schema.table": (key, frame)}: delete the rows whose `key` is in frame[key]
    updates:  {"schema.table": (key, frame)}: set frame's other columns on the rows matching `key`
    inserts:  {"schema.table": frame}: append the rows (by column name; the table is
              created from the frame if it does not exist)
    replaces: {"schema.table": frame}: replace the whole table

    Deletes run before updates and inserts, so deleting and inserting the same keys
    replaces those rows. Cost follows the rows changed, not the size of the tables.
    """
    with connect(path) as con:
        con.begin()
        try:
            ensure_schemas(con, {name.split(".")[0] for name in [*(deletes or {}), *(inserts or {}), *(replaces or {})]})
            existing = {f"{s}.{t}" for s, t in con.execute(
                "select table_schema, table_name from information_schema.tables").fetchall()}
            for n, (table, (key, frame)) in enumerate((deletes or {}).items()):
                if table in existing and frame.height:
                    con.register(f"_keys{n}", frame.select(key).unique().to_arrow())
                    con.execute(f'delete from {table} where "{key}" in (select "{key}" from _keys{n})')
            for n, (table, (key, frame)) in enumerate((updates or {}).items()):
                if table in existing and frame.height:
                    con.register(f"_upd{n}", arrow(frame))
                    sets = ", ".join(f'"{c}" = _upd{n}."{c}"' for c in frame.columns if c != key)
                    con.execute(f'update {table} set {sets} from _upd{n} where {table}."{key}" = _upd{n}."{key}"')
            for n, (table, frame) in enumerate((inserts or {}).items()):
                con.register(f"_ins{n}", arrow(frame))
                if table not in existing:
                    con.execute(f"create table {table} as select * from _ins{n}")
                elif frame.height:
                    add_missing_columns(con, table, f"_ins{n}")
                    con.execute(f"insert into {table} by name select * from _ins{n}")
            for n, (table, frame) in enumerate((replaces or {}).items()):
                con.register(f"_rep{n}", arrow(frame))
                con.execute(f"create or replace table {table} as select * from _rep{n}")
            con.commit()
        except BaseException:
            con.rollback()
            raise


def query(path: str | os.PathLike, sql: str, tables: Iterable[str] = ()) -> pl.DataFrame | None:
    """The result of `sql` as a frame, or None when one of `tables` does not exist (yet)."""
    if not Path(path).exists():
        return None
    with connect(path, read_only=True) as con:
        existing = {f"{s}.{t}" for s, t in con.execute(
            "select table_schema, table_name from information_schema.tables").fetchall()}
        if not set(tables) <= existing:
            return None
        return con.sql(sql).pl()


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


def append_alerts(path: str | os.PathLike, rows: list[dict]) -> int:
    """Append rows to ops.dq_alerts; returns how many were new.

    A row repeating (run_id, check_name, asset, expectation) of one already there is left
    out, so the CLI and the run-failure sensor can both report the same failed run.
    """
    if not rows:
        return 0
    columns = ", ".join(ALERT_COLUMNS)
    # Alerts come after a failure, when another process may still hold the file: wait a bit.
    with connect(path, wait_seconds=ALERT_LOCK_WAIT_SECONDS) as con:
        con.begin()
        try:
            ensure_schemas(con)
            before = con.execute("select count(*) from ops.dq_alerts").fetchone()[0]
            con.executemany(
                f"""insert into ops.dq_alerts ({columns})
                select $1, $2, $3, $4, $5, $6, $7, $8
                where not exists (
                    select 1 from ops.dq_alerts a
                    where a.run_id is not distinct from $6 and a.check_name = $1
                      and a.asset is not distinct from $2 and a.expectation is not distinct from $8)""",
                [[row.get(column) for column in ALERT_COLUMNS] for row in rows],
            )
            after = con.execute("select count(*) from ops.dq_alerts").fetchone()[0]
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return after - before


def alert_counts(path: str | os.PathLike, run_id: str) -> dict[str, int]:
    """Alerts of one run per severity."""
    with connect(path, read_only=True) as con:
        return dict(con.execute(
            "select severity, count(*) from ops.dq_alerts where run_id = ? group by severity order by severity",
            [run_id],
        ).fetchall())


def snapshot_path(path: str | os.PathLike) -> Path:
    """Where the read-only copy of the warehouse is published: warehouse.duckdb →
    warehouse.snapshot.duckdb next to it (DuckDB still names its catalog `warehouse`,
    so the staging views, which name that catalog, work in the copy too)."""
    path = Path(path)
    return path.with_name(f"{path.stem}.snapshot{path.suffix or '.duckdb'}")


def publish_snapshot(path: str | os.PathLike) -> Path:
    """Copy the warehouse to snapshot_path(path) atomically; returns the snapshot's path.

    A checkpoint first folds the write-ahead log into the file, so the file alone is the
    whole database. The copy goes to a temporary name in the same folder and is renamed
    over the old snapshot: a reader sees the old or the new one, never half a file, and
    one that has the old one open keeps reading it. Call it while nothing else writes.
    """
    path = Path(path)
    with connect(path) as con:
        con.execute("checkpoint")
    target = snapshot_path(path)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        shutil.copyfile(path, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
