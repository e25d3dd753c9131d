"""The dbt marts' YAML matches the warehouse contract and the extraction's value sets; the
SQL's unit tests pass."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest
import yaml

from orchestration.defs.project import DBT_EXECUTABLE
from orchestration.settings import DBT_PROJECT_DIR
from tests.contract import ACCEPTED_VALUES, CONTRACT_COLUMNS


def model_yaml(path: Path) -> dict:
    (model,) = yaml.safe_load(path.read_text(encoding="utf-8"))["models"]
    return model


def mart_columns(mart: str) -> dict[str, dict]:
    model = model_yaml(DBT_PROJECT_DIR / "models" / "marts" / f"{mart}.yml")
    assert model["name"] == mart
    return {column["name"]: column for column in model["columns"]}


@pytest.mark.parametrize("mart", CONTRACT_COLUMNS)
def test_marts_document_every_contract_column(mart):
    columns = mart_columns(mart)
    assert set(CONTRACT_COLUMNS[mart]) <= set(columns)
    assert all(column.get("description") for column in columns.values())


@pytest.mark.parametrize(("mart", "column"), ACCEPTED_VALUES)
def test_accepted_values_match_the_extraction_schema(mart, column):
    (test,) = [t["accepted_values"] for t in mart_columns(mart)[column]["data_tests"] if "accepted_values" in t]
    assert tuple(test["arguments"]["values"]) == ACCEPTED_VALUES[mart, column]


@pytest.mark.parametrize("path", sorted((DBT_PROJECT_DIR / "models").rglob("*.sql")), ids=lambda p: p.stem)
def test_every_model_has_its_own_yaml(path):
    assert model_yaml(path.with_suffix(".yml"))["name"] == path.stem


def yaml_nodes() -> list[dict]:
    """Every model and seed the project's YAML describes."""
    return [node for path in sorted(DBT_PROJECT_DIR.glob("[ms]*/**/*.yml"))
            for key in ("models", "seeds")
            for node in (yaml.safe_load(path.read_text(encoding="utf-8")).get(key) or [])]


@pytest.mark.parametrize("node", yaml_nodes(), ids=lambda node: node["name"])
def test_not_null_columns_name_documented_columns(node):
    """One not_null_columns test per model, named after it, on columns the model documents
    (a typo would make the test fail at run time, not here)."""
    tests = [t["not_null_columns"] for t in node.get("data_tests", []) if "not_null_columns" in t]
    assert len(tests) <= 1
    for test in tests:
        assert test["name"] == f"not_null_{node['name']}"
        assert set(test["arguments"]["columns"]) <= {column["name"] for column in node["columns"]}
    assert not any(t == "not_null" for column in node["columns"] for t in column.get("data_tests", []))


@pytest.mark.slow
def test_not_null_columns_fails_with_one_row_per_column_with_nulls(runs, tmp_path):
    database, _ = runs
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(database, copy)
    with duckdb.connect(str(copy)) as con:
        # marts.metrics is a view of int_metric_facts: NULLs in two of its not-null columns, on different rows.
        con.execute("update intermediate.int_metric_facts set source_file = null "
                    "where metric_id = (select min(metric_id) from intermediate.int_metric_facts)")
        con.execute("update intermediate.int_metric_facts set char_end = null "
                    "where metric_id = (select max(metric_id) from intermediate.int_metric_facts)")
    process = subprocess.run(
        [DBT_EXECUTABLE, "test", "--select", "not_null_metrics", "not_null_proposals", "--store-failures",
         "--target-path", tmp_path / "target", "--log-path", tmp_path / "logs"],
        cwd=DBT_PROJECT_DIR, env={**os.environ, "WAREHOUSE_PATH": str(copy)},
        capture_output=True, text=True, timeout=300,
    )
    assert process.returncode == 1, process.stdout[-3000:]
    assert re.search(r"FAIL 2 not_null_metrics", process.stdout), process.stdout[-3000:]
    assert re.search(r"PASS=1 WARN=0 ERROR=1", process.stdout), process.stdout[-3000:]
    with duckdb.connect(str(copy), read_only=True) as con:
        failures = con.execute("select column_name, null_rows from dbt_test__audit.not_null_metrics order by 1").fetchall()
    assert failures == [("char_end", 1), ("source_file", 1)]


@pytest.mark.slow
def test_the_dbt_unit_tests_pass(runs, tmp_path):
    """The SQL's unit tests (models/**.yml `unit_tests`), which refreshes leave out: run on a
    copy of the seed warehouse, where the relations they mock exist."""
    database, _ = runs
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(database, copy)
    process = subprocess.run(
        [DBT_EXECUTABLE, "test", "--select", "test_type:unit", "--target-path", tmp_path / "target",
         "--log-path", tmp_path / "logs"],
        cwd=DBT_PROJECT_DIR, env={**os.environ, "WAREHOUSE_PATH": str(copy)},
        capture_output=True, text=True, timeout=300,
    )
    assert process.returncode == 0, process.stdout[-3000:]
    assert re.search(r"PASS=(\d+)", process.stdout).group(1) == str(len(UNIT_TESTS))


UNIT_TESTS = [
    test["name"]
    for path in sorted(DBT_PROJECT_DIR.glob("models/**/*.yml"))
    for test in (yaml.safe_load(path.read_text(encoding="utf-8")).get("unit_tests") or [])
]
