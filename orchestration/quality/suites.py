"""The expectation suites kept as files in expectations/ (no Great Expectations import).

Each suite is a Great Expectations 1.x suite in its own JSON serialisation (what
`ExpectationSuite.to_json_dict()` writes), plus what the bridge needs in `meta.dagster`:

    "meta": {"dagster": {
        "asset_key": ["marts", "metrics"],       # the asset it guards
        "frame": "marts_metrics.sql",            # the query giving the frame it validates
        "order_by": ["source_file", "char_start"],  # the frame's row order: which failing rows are sampled
        "sample_columns": ["metric_id", "source_file"],  # identify a failing row
        "scope": "new_letters"                   # optional: validate only newly loaded letters
    }}

With `"scope": "new_letters"` a check validates the rows of the letters loaded since the
suite last passed, with `"unextracted_letters"` those of the letters not extracted yet
(orchestration/quality/scope.py), so its cost follows what a refresh changed; without
it, the whole frame every time.

Every expectation carries GX's own `severity`: `critical` ones form the blocking check
(ERROR), `warning` and `info` ones the non-blocking check (WARN).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from orchestration.settings import REPO_ROOT

EXPECTATIONS_DIR = REPO_ROOT / "expectations"
CRITICAL = "critical"
WARNING_LEVELS = ("warning", "info")


@dataclass(frozen=True)
class Suite:
    name: str
    path: Path
    asset_key: tuple[str, ...]
    frame_sql: str
    sample_columns: tuple[str, ...]
    expectations: tuple[dict, ...]
    document: dict  # the whole JSON file, as GX reads it
    scope: str | None = None  # "new_letters", "unextracted_letters", or None for the whole frame
    order_by: tuple[str, ...] = ()  # frame columns; the first failing rows in this order are sampled

    @property
    def critical(self) -> tuple[dict, ...]:
        return tuple(e for e in self.expectations if severity_of(e) == CRITICAL)

    @property
    def warnings(self) -> tuple[dict, ...]:
        return tuple(e for e in self.expectations if severity_of(e) in WARNING_LEVELS)

    @property
    def asset(self) -> str:
        return "/".join(self.asset_key)


def severity_of(expectation: dict) -> str:
    # GX's default severity is critical.
    return str(expectation.get("severity") or CRITICAL).lower()


def load_suites(directory: str | os.PathLike = EXPECTATIONS_DIR) -> list[Suite]:
    """Every *.json suite in `directory`, by file name."""
    return [load_suite(path) for path in sorted(Path(directory).glob("*.json"))]


def load_suite(path: str | os.PathLike) -> Suite:
    path = Path(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    try:
        bridge = document["meta"]["dagster"]
        frame_file = path.with_name(bridge["frame"])
        asset_key = tuple(bridge["asset_key"])
    except (KeyError, TypeError) as err:
        raise ValueError(f"{path}: meta.dagster needs asset_key and frame ({err})") from None
    expectations = tuple(document.get("expectations") or ())
    for expectation in expectations:
        level = severity_of(expectation)
        if level not in (CRITICAL, *WARNING_LEVELS):
            raise ValueError(f"{path}: unknown severity {level!r} in {expectation.get('type')}")
    return Suite(
        name=document.get("name") or path.stem,
        path=path,
        asset_key=asset_key,
        frame_sql=frame_file.read_text(encoding="utf-8"),
        sample_columns=tuple(bridge.get("sample_columns") or ()),
        expectations=expectations,
        document=document,
        scope=bridge.get("scope"),
        order_by=tuple(bridge.get("order_by") or ()),
    )


def label(expectation: dict) -> str:
    """A short name for one expectation: `expect_column_values_to_not_be_null(signed_date)`,
    with its row condition when it has one."""
    kwargs = expectation.get("kwargs") or {}
    columns = kwargs.get("column") or ", ".join(
        str(kwargs[k]) for k in ("column_A", "column_B") if k in kwargs
    ) or ", ".join(kwargs.get("column_list") or ())
    text = f"{expectation.get('type')}({columns})"
    condition = kwargs.get("row_condition")
    if condition:
        text += f" where {describe_condition(condition)}"
    return text


def describe_condition(condition) -> str:
    if isinstance(condition, str):
        return condition
    kind = condition.get("type")
    if kind == "comparison":
        return f"{condition['column']['name']} {condition['operator']} {condition['parameter']!r}"
    if kind == "nullity":
        return f"{condition['column']['name']} is {'null' if condition['is_null'] else 'not null'}"
    if kind in ("and", "or"):
        return "(" + f" {kind} ".join(describe_condition(c) for c in condition["conditions"]) + ")"
    if kind == "pass_through":
        return condition["pass_through_filter"]
    return json.dumps(condition, ensure_ascii=False)
