"""Which rows a check validates: all of them, or those of newly loaded letters (no Dagster import).

A suite with `"scope": "new_letters"` validates the letters whose load_seq
(raw.extractions) is above the highest one it has passed on before; ops.validations
remembers that high-water mark per suite. A critical failure leaves the mark where it
was, so the failing letters are validated again by the next run. The dbt tests still
check keys and relationships over whole tables.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import polars as pl

from orchestration import warehouse
from orchestration.quality.suites import Suite


@dataclass(frozen=True)
class Scope:
    letters_sql: str | None  # SQL giving the letter_ids to validate; None: every row
    high_water: int | None   # the highest load_seq this validation covers


def frame_scope(database: str | os.PathLike, suite: Suite) -> Scope:
    if suite.scope != "new_letters":
        return Scope(None, None)
    loads = warehouse.query(database, "select max(load_seq) as high from raw.extractions", ["raw.extractions"])
    high = loads["high"][0] if loads is not None else None
    done = warehouse.query(
        database, f"select max(high_water) as mark from ops.validations where suite = '{suite.name}'",
        ["ops.validations"])
    mark = done["mark"][0] if done is not None else None
    if mark is None:
        return Scope(None, high)
    return Scope(f"select letter_id from raw.extractions where load_seq > {int(mark)}", high)


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
