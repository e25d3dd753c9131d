"""Run a suite on a frame with Great Expectations 1.x; the bridge Dagster's checks call.

GX 1.x has no DuckDB or Polars data source, so the frame is read from DuckDB into pandas
and validated through an ephemeral context's pandas data source. `import
great_expectations` takes seconds: it happens inside `validate`, never at import time.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from orchestration import warehouse
from orchestration.alerts import SAMPLE_ROWS, plain
from orchestration.quality.scope import Scope, scoped_sql
from orchestration.quality.suites import CRITICAL, Suite, label, severity_of

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Outcome:
    """What one expectation found."""

    expectation: str           # label(): type(column) [where condition]
    severity: str              # critical | warning | info
    success: bool
    observed: str              # the observed value, or how many rows failed out of how many
    sample: list[dict] = field(default_factory=list)  # failing rows (sample_columns + the column)
    description: str | None = None

    @property
    def critical(self) -> bool:
        return self.severity == CRITICAL


def read_frame(database: str | os.PathLike, suite: Suite, scope: Scope | None = None) -> pd.DataFrame:
    """The suite's frame from the warehouse (only the rows in `scope`, when given), through
    a read-only connection closed at once, in the suite's `order_by`."""
    import pandas as pd
    import polars as pl
    import pyarrow as pa

    with warehouse.connect(database, read_only=True) as con:
        frame = pl.from_arrow(con.sql(scoped_sql(suite.frame_sql, scope) if scope else suite.frame_sql).to_arrow_table())
    # Sorted by Polars rather than by an ORDER BY in the frame's SQL: DuckDB sorts the whole
    # wide row (the metrics of 100k letters: 5.9 s to read ordered, 3.1 s this way). The
    # order only decides which failing rows GX samples, but it makes them the same each run.
    if suite.order_by:
        frame = frame.sort(list(suite.order_by), nulls_last=True, maintain_order=True)
    # To pandas through Arrow (DuckDB's .df() builds a Python object per string), one chunk
    # per column: GX copies the frame with pandas' take for every expectation, and Arrow's
    # take over many chunks is slow (the metrics suite of 100k letters: 14.3 s on DuckDB's
    # 15 chunks, 8.6 s on one). Integers become pandas' nullable types, as .df() made them
    # when a column has NULLs (else they would turn float).
    nullable = {arrow: pd.api.types.pandas_dtype(name) for arrow, name in (
        (pa.int8(), "Int8"), (pa.int16(), "Int16"), (pa.int32(), "Int32"), (pa.int64(), "Int64"),
        (pa.uint8(), "UInt8"), (pa.uint16(), "UInt16"), (pa.uint32(), "UInt32"), (pa.uint64(), "UInt64"))}
    return frame.rechunk().to_arrow().to_pandas(types_mapper=nullable.get)


def validate_scope(database: str | os.PathLike, suite: Suite, scope: Scope | None) -> tuple[int, list[Outcome]]:
    """(rows validated, outcomes) of `suite` over the `scope` rows of `database`."""
    frame = read_frame(database, suite, scope)
    return len(frame), validate(suite, frame)


def validate(suite: Suite, frame: pd.DataFrame) -> list[Outcome]:
    """Every expectation of `suite` evaluated on `frame`, in the suite's order (none on an
    empty frame of a scoped suite: no new rows, nothing to check)."""
    if suite.scope and len(frame) == 0:
        return []
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.execution_engine import pandas_execution_engine

    # GX fingerprints every pandas batch smaller than HASH_THRESHOLD bytes by hashing all
    # its values (batch marker pandas_data_fingerprint, which nothing here reads): 3 s of
    # the 10 s that validating the metrics of 100k letters takes. Zero turns it off.
    pandas_execution_engine.HASH_THRESHOLD = 0
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    batch = (
        context.data_sources.add_pandas("warehouse")
        .add_dataframe_asset(suite.name)
        .add_batch_definition_whole_dataframe("whole_frame")
    )
    gx_suite = context.suites.add(gx.ExpectationSuite(
        name=suite.name,
        expectations=[{k: v for k, v in e.items() if k != "id"} for e in suite.expectations],
        meta=suite.document.get("meta") or {},
    ))
    result_format: dict[str, Any] = {"result_format": "SUMMARY", "partial_unexpected_count": SAMPLE_ROWS}
    if suite.sample_columns:
        result_format["unexpected_index_column_names"] = list(suite.sample_columns)
    run = gx.ValidationDefinition(name=suite.name, data=batch, suite=gx_suite).run(
        batch_parameters={"dataframe": frame}, result_format=result_format,
    )
    return [outcome(result) for result in run.results]


def outcome(result) -> Outcome:
    config = result.expectation_config.to_json_dict()
    return Outcome(
        expectation=label(config),
        severity=severity_of(config),
        success=bool(result.success),
        observed=observed(result),
        sample=[] if result.success else sample(result.result or {}),
        description=config.get("description"),
    )


def observed(result) -> str:
    info = result.exception_info or {}
    if info.get("raised_exception"):
        return f"the expectation raised: {info.get('exception_message')}"
    found = result.result or {}
    if "observed_value" in found:
        return f"observed {plain(found['observed_value'])!r}"
    if "unexpected_count" in found:
        count, total = found["unexpected_count"], found.get("element_count")
        share = found.get("unexpected_percent")  # of the rows with a value
        # GX skips NULLs (but in not-null expectations): count against the rows it checked.
        missing = found.get("missing_count") or 0
        checked = f"{total - missing} rows with a value" if missing and total is not None else f"{total} rows"
        text = f"{count} of {checked} unexpected" + (f" ({share:.1f}%)" if share is not None else "")
        values = plain(found.get("partial_unexpected_list") or [])[:SAMPLE_ROWS]
        if any(value is not None for value in values) and not result.success:
            text += f", e.g. {values}"
        return text
    return "passed" if result.success else "failed"


def sample(found: dict) -> list[dict]:
    rows = found.get("partial_unexpected_index_list") or found.get("unexpected_index_list") or []
    return [row if isinstance(row, dict) else {"row": row} for row in plain(rows)[:SAMPLE_ROWS]]
