"""The Dagster definitions load and hold the expected graph, checks, pools and job."""
import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from orchestration import batches
from orchestration.definitions import defs
from orchestration.defs.assets.pools import DUCKDB_POOL
from orchestration.defs.project import DBT_EXECUTABLE, dbt_core_version
from orchestration.extraction import schema
from orchestration.settings import REPO_ROOT

# The raw tables, plus what the extraction records: which letters it extracted, and the rejects.
RAW_KEYS = {dg.AssetKey(["raw", table]) for table in schema.RAW_TABLES} | {
    dg.AssetKey(["raw", "extractions"]), dg.AssetKey(["ops", "rejects"])}
STAGING_KEYS = {dg.AssetKey(["staging", f"stg_{table}"]) for table in schema.RAW_TABLES}
# The analysts' marts and what only they are built from (the search index, the subject seed).
ANALYST_KEYS = {
    *(dg.AssetKey(["marts", name]) for name in
      ("metric_conflicts", "targets_vs_actuals", "policy_references", "agencies", "proposers")),
    dg.AssetKey(["intermediate", "int_metric_facts"]),
    dg.AssetKey(["intermediate", "int_metric_conflict_pairs"]),
    dg.AssetKey(["intermediate", "int_target_actual_pairs"]),
    dg.AssetKey(["intermediate", "int_citations"]),
    dg.AssetKey(["intermediate", "int_reference_counts"]),
    dg.AssetKey(["search", "letter_index"]),
    dg.AssetKey(["reference", "subject_normalisation"]),
}
MART_KEYS = {dg.AssetKey(["marts", name]) for name in ("proposals", "commitments", "metrics")} | ANALYST_KEYS
SEED_KEY = dg.AssetKey(["reference", "agency_prefixes"])
# The read-only copy for analysts, published after everything else (orchestration/defs/assets/snapshot.py).
SNAPSHOT_KEY = dg.AssetKey(["warehouse_snapshot"])
# The partitioned path (orchestration/defs/assets/batches.py, docs/scaling.md): not in refresh_warehouse.
BATCH_KEY = dg.AssetKey(["batches", "letter_batch"])
BATCH_KEYS = {BATCH_KEY, dg.AssetKey(["batches", "raw_load"])}


@pytest.fixture(scope="module")
def asset_graph():
    dg.Definitions.validate_loadable(defs)
    return defs.resolve_asset_graph()


def test_every_expected_asset_is_defined(asset_graph):
    assert RAW_KEYS | STAGING_KEYS | MART_KEYS | {SEED_KEY, SNAPSHOT_KEY} | BATCH_KEYS == set(asset_graph.get_all_asset_keys())


def test_dbt_sources_resolve_to_the_raw_assets(asset_graph):
    letters = dg.AssetKey(["staging", "stg_letters"])
    assert asset_graph.get(letters).parent_keys == {
        dg.AssetKey(["raw", "letters"]), dg.AssetKey(["raw", "extractions"]), dg.AssetKey(["ops", "rejects"])}
    for table in schema.RAW_TABLES:
        if table != "letters":
            # The facts of the letters in stg_letters (superseded versions are left out).
            assert asset_graph.get(dg.AssetKey(["staging", f"stg_{table}"])).parent_keys == {
                dg.AssetKey(["raw", table]), letters}
    assert asset_graph.get(dg.AssetKey(["raw", "metrics"])).parent_keys == {dg.AssetKey(["raw", "letters"])}


@pytest.mark.parametrize(
    ("mart", "check"),
    [
        ("proposals", "unique_proposals_letter_id"),
        ("proposals", "not_null_proposals"),
        ("proposals", "accepted_values_proposals_proposer_kind__member__deputy__organisation"),
        ("commitments", "unique_commitments_commitment_id"),
        ("commitments", "relationships_commitments_letter_id__letter_id__ref_proposals_"),
        ("commitments", "not_null_commitments"),
        ("metrics", "unique_metrics_metric_id"),
        ("metrics", "relationships_metrics_letter_id__letter_id__ref_proposals_"),
        ("metrics", "accepted_values_metrics_kind__actual__target__policy__rank"),
        ("metrics", "not_null_metrics"),
    ],
)
def test_dbt_tests_are_asset_checks(asset_graph, mart, check):
    assert dg.AssetCheckKey(dg.AssetKey(["marts", mart]), check) in asset_graph.asset_check_keys


def test_refresh_job_runs_everything_in_one_process():
    job = defs.resolve_job_def("refresh_warehouse")
    assert job.executor_def is dg.in_process_executor
    assert set(job.asset_layer.selected_asset_keys) == RAW_KEYS | STAGING_KEYS | MART_KEYS | {SEED_KEY, SNAPSHOT_KEY}


def test_every_asset_writing_duckdb_is_in_the_duckdb_pool():
    # The batch asset writes Parquet only: outside the pool, so its partitions run in parallel.
    assert {assets_def.op.pool for assets_def in defs.assets if BATCH_KEY not in assets_def.keys} == {DUCKDB_POOL}
    assert {assets_def.op.pool for assets_def in defs.assets if BATCH_KEY in assets_def.keys} == {None}


def test_batch_jobs_fan_out_the_batches_and_load_them_in_one_process():
    extract = defs.resolve_job_def("extract_batches")
    assert extract.executor_def is dg.multiprocess_executor
    assert extract.partitions_def.get_partition_keys() == batches.batch_keys(batches.batch_count())
    assert set(extract.asset_layer.selected_asset_keys) == {BATCH_KEY}
    load = defs.resolve_job_def("load_batches")
    assert load.executor_def is dg.in_process_executor
    assert set(load.asset_layer.selected_asset_keys) == BATCH_KEYS - {BATCH_KEY}


def test_dbt_runs_from_its_own_environment_not_the_dagster_process():
    # dbt-core in the Dagster environment would be imported with the definitions (seconds).
    code = "import sys, orchestration.definitions; print(any(m.split('.')[0] == 'dbt' for m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert loaded.stdout.strip().splitlines()[-1] == "False"
    assert Path(DBT_EXECUTABLE).is_relative_to(REPO_ROOT / "dbt_env") or "DBT_EXECUTABLE" in os.environ
    version = subprocess.run([DBT_EXECUTABLE, "--version"], capture_output=True, text=True)
    assert f"installed: {dbt_core_version()}" in version.stdout


def test_a_missing_dbt_is_a_clear_error(tmp_path):
    env = {**os.environ, "DBT_EXECUTABLE": str(tmp_path / "no-dbt")}
    loaded = subprocess.run([sys.executable, "-c", "import orchestration.definitions"], capture_output=True,
                            text=True, cwd=REPO_ROOT, env=env)
    assert loaded.returncode != 0
    assert f"dbt not found at {tmp_path / 'no-dbt'}: `make install` creates dbt's environment" in loaded.stderr
