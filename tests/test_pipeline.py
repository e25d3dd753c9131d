"""End to end: `python -m orchestration.cli run` twice over a small raw folder."""
import os
import re
import subprocess

import duckdb
import pytest

from orchestration import incremental
from orchestration.defs.project import DBT_EXECUTABLE
from orchestration.extraction import schema
from orchestration.settings import DBT_PROJECT_DIR
from orchestration.warehouse import write_tables
from tests.contract import CONTRACT_COLUMNS

pytestmark = pytest.mark.slow

from tests.conftest import JUNK, NOT_A_LETTER, SEED_LETTERS


def test_both_seed_letters_become_proposals(runs):
    database, [(_, first), _] = runs
    assert sorted(source for _, source in first["proposals"]) == SEED_LETTERS


def test_junk_and_non_letters_are_rejected_with_their_reason(runs):
    _, [(_, first), _] = runs
    assert sorted(first["rejects"]) == sorted([(JUNK, "undecodable"), (NOT_A_LETTER, "not_a_letter")])


def test_every_raw_file_is_in_exactly_one_of_proposals_and_rejects(runs):
    _, [(_, first), _] = runs
    places = [source for _, source in first["proposals"]] + [source for source, _ in first["rejects"]]
    assert sorted(places) == sorted([*SEED_LETTERS, JUNK, NOT_A_LETTER])


def test_a_second_run_gives_identical_ids_and_counts(runs):
    _, [(_, first), (_, second)] = runs
    assert first == second


def test_marts_have_the_contract_columns(runs):
    database, _ = runs
    with duckdb.connect(str(database), read_only=True) as con:
        for mart, columns in CONTRACT_COLUMNS.items():
            actual = {row[0] for row in con.execute(f"describe marts.{mart}").fetchall()}
            assert set(columns) <= actual, mart


def test_the_summary_reports_what_the_warehouse_holds(runs):
    _, [(stdout, _), _] = runs
    assert ": SUCCESS" in stdout
    assert "letters loaded: 2" in stdout
    assert "rejected: 2 (not_a_letter 1, undecodable 1)" in stdout
    assert "marts.proposals: 2 rows" in stdout
    # Seed letter 98 has no signed date: the one failed check is that WARN, and nothing fails ERROR.
    assert re.search(r"^failed checks: 1 of \d+ \(ERROR 0, WARN 1\)$", stdout, re.M)
    assert "  marts/proposals gx_warnings (WARN): 1 of 6 expectations failed: expect_column_values_to_not_be_null(signed_date)" in stdout
    assert "alerts: 1 in ops.dq_alerts (WARN 1)" in stdout


def test_dbt_build_passes_on_empty_raw_tables(tmp_path):
    database = tmp_path / "warehouse.duckdb"
    write_tables(database, {"raw": {**{table: schema.empty(columns) for table, columns in schema.RAW_TABLES.items()},
                                    "extractions": schema.empty(incremental.EXTRACTIONS)}})
    process = subprocess.run(
        [DBT_EXECUTABLE, "build", "--target-path", tmp_path / "target", "--log-path", tmp_path / "logs"],
        cwd=DBT_PROJECT_DIR, env={**os.environ, "WAREHOUSE_PATH": str(database)},
        capture_output=True, text=True, timeout=300,
    )
    assert process.returncode == 0, process.stdout[-3000:]
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("select count(*) from marts.proposals").fetchone() == (0,)
