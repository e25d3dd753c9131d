"""The dbt marts' YAML matches the warehouse contract and the extraction's value sets; the
SQL's unit tests pass."""
import os
import re
import shutil
import subprocess
from pathlib import Path

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
