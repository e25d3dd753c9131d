"""The Dagster instance's event log (orchestration/event_log.py): Dagster's SQLite files, written
through an engine kept per file."""
import shutil

import dagster as dg
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage as DagsterSqliteEventLog

from orchestration import event_log
from orchestration.cli import INSTANCE_TEMPLATE


@dg.asset
def counted() -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={"rows": 3})


@dg.asset_check(asset=counted)
def counted_has_rows() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(passed=True)


def run_once(instance: dg.DagsterInstance) -> str:
    result = dg.materialize([counted, counted_has_rows], instance=instance)
    assert result.success
    return result.run_id


def test_the_instance_template_stores_events_in_dagsters_files_through_kept_engines(tmp_path, monkeypatch):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copyfile(INSTANCE_TEMPLATE, home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        assert isinstance(storage, event_log.SqliteEventLogStorage)
        first = run_once(instance)
        # The index and the run's file, each written through one engine for the whole run.
        assert set(storage._engines) == {"index", first}
        materialized = instance.fetch_materializations(dg.AssetKey("counted"), limit=10).records
        assert [r.run_id for r in materialized] == [first]
        check = instance.event_log_storage.get_latest_asset_check_execution_by_key([counted_has_rows.check_key])
        assert check[counted_has_rows.check_key].run_id == first
        second = run_once(instance)
        events = len(storage.get_logs_for_run(second))

    # Where Dagster's own storage looks, it reads the same runs and events (a `dagster dev`
    # without this template, or any Dagster tool, sees them).
    plain = DagsterSqliteEventLog(str(home / "history" / "runs"))
    assert set(plain.get_all_run_ids()) == {first, second}
    assert len(plain.get_logs_for_run(second)) == events > 10
    assert plain.get_latest_materialization_events([dg.AssetKey("counted")])[dg.AssetKey("counted")].run_id == second


def test_engines_beyond_the_kept_few_are_disposed_and_wipe_starts_anew(tmp_path):
    storage = event_log.SqliteEventLogStorage(base_dir=str(tmp_path))
    for n in range(event_log.ENGINES_KEPT + 3):
        with storage.run_connection(f"run{n}") as conn:
            conn.exec_driver_sql("select 1")
    assert len(storage._engines) == event_log.ENGINES_KEPT
    assert "run0" not in storage._engines and f"run{event_log.ENGINES_KEPT + 2}" in storage._engines
    storage.wipe()
    assert storage.get_all_run_ids() == []
    with storage.run_connection("again") as conn:
        assert conn.exec_driver_sql("select count(*) from event_logs").scalar() == 0
    storage.dispose()


def test_an_instance_opened_from_its_folder_needs_no_dagster_home(tmp_path, monkeypatch):
    shutil.copyfile(INSTANCE_TEMPLATE, tmp_path / "dagster.yaml")
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    with dg.DagsterInstance.from_config(str(tmp_path)) as instance:
        assert isinstance(instance.event_log_storage, event_log.SqliteEventLogStorage)
        run_id = run_once(instance)
    assert (tmp_path / "history" / "runs" / f"{run_id}.db").exists()
