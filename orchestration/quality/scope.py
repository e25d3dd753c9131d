"""Which rows a check validates: all of them, or those of newly loaded letters (no Dagster import).

A suite with `"scope": "new_letters"` validates the letters whose load_seq
(raw.extractions) is above the highest one it has passed on before; ops.validations
remembers that high-water mark per suite. A critical failure leaves the mark where it
was, so the failing letters are validated again by the next run. A suite with
`"scope": "unextracted_letters"` (the raw letters, validated before the extraction)
validates the letters not extracted yet: a letter that fails stops the run before its
extraction, so the next run validates it again. The first run validates whole tables,
and the dbt tests still check keys and relationships over whole tables on a full build.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import polars as pl

from orchestration import warehouse
from orchestration.quality.suites import Suite

# Up to this many letter_ids go into a frame's SQL as constants: DuckDB filters a scan by a
# list of constants, but does not push a subquery through the joins of the frames (0.1 s a
# frame of 100k letters, for one new letter). More than that, and the subquery it is.
LITERAL_IDS = 5000


@dataclass(frozen=True)
class Scope:
    letters_sql: str | None  # the letter_ids to validate (a subquery or a list of constants); None: every row
    high_water: int | None   # the highest load_seq this validation covers


def frame_scope(database: str | os.PathLike, suite: Suite) -> Scope:
    if suite.scope == "new_letters":
        loads = warehouse.query(database, "select max(load_seq) as high from raw.extractions", ["raw.extractions"])
        high = loads["high"][0] if loads is not None else None
        done = warehouse.query(
            database, f"select max(high_water) as mark from ops.validations where suite = '{suite.name}'",
            ["ops.validations"])
        mark = done["mark"][0] if done is not None else None
        if mark is None:
            return Scope(None, high)
        return Scope(letter_ids(database, f"select letter_id from raw.extractions where load_seq > {int(mark)}"), high)
    if suite.scope == "unextracted_letters":
        loaded = warehouse.query(database, "select count(*) as n from raw.extractions", ["raw.extractions", "raw.letters"])
        if loaded is None or loaded["n"][0] == 0:
            return Scope(None, None)  # nothing extracted yet: every letter is new
        return Scope(letter_ids(database, "select letter_id from raw.letters anti join raw.extractions using (letter_id)"), None)
    return Scope(None, None)


def letter_ids(database: str | os.PathLike, sql: str) -> str:
    """What a frame's `letter_id in (…)` takes for the letters `sql` selects: the ids
    themselves when there are at most LITERAL_IDS, else `sql`."""
    ids = warehouse.query(database, sql)["letter_id"].sort()
    if len(ids) > LITERAL_IDS:
        return sql
    return ", ".join("'" + str(letter_id).replace("'", "''") + "'" for letter_id in ids) or "null"


def scoped_sql(frame_sql: str, scope: Scope) -> str:
    if scope.letters_sql is None:
        return frame_sql
    return f"select * from (\n{frame_sql.rstrip().rstrip(';')}\n) as frame where letter_id in ({scope.letters_sql})"


def record_passed(database: str | os.PathLike, suite: Suite, scope: Scope, rows: int, run_id: str) -> None:
    """Remember that the suite passed (no critical failure) up to scope.high_water."""
    if scope.high_water is None:
        return
    warehouse.apply_changes(database, inserts={"ops.validations": pl.DataFrame({
        "suite": [suite.name], "high_water": [int(scope.high_water)], "rows_validated": [rows],
        "run_id": [run_id], "validated_at": [datetime.now()],
    })})
