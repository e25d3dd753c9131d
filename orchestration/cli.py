"""Command line entry point: `python -m orchestration.cli run`.

Runs the `refresh_warehouse` job in this process against the persistent Dagster instance
in DAGSTER_HOME (default <repo>/.dagster, so the run shows up in `dagster dev`), then
prints what the warehouse holds, the failed checks and the alerts. No daemon runs here, so
a failed run's alert (what the `alert_on_run_failure` sensor writes under `make dev`) is
written by this command. Exits non-zero only when the run failed (a blocking check failing
with ERROR fails the run).
"""
from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from orchestration import alerts, warehouse, warm_dbt
from orchestration.quality import worker as validation_worker
from orchestration.settings import (
    DBT_ENV_EXECUTABLE,
    DBT_ENV_PYTHON,
    DEFAULT_DAGSTER_HOME,
    DEFAULT_RAW_DIR,
    DEFAULT_WAREHOUSE_PATH,
    env_path,
)

if TYPE_CHECKING:
    from dagster import AssetCheckEvaluation, ExecuteInProcessResult

INSTANCE_TEMPLATE = Path(__file__).with_name("dagster_instance.yaml")
MARTS = ["marts.proposals", "marts.commitments", "marts.metrics"]
# Step progress at INFO; Dagster's per-event DEBUG lines would drown the dbt output.
RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def export_paths() -> Path:
    """Put absolute RAW_DIR, WAREHOUSE_PATH and DAGSTER_HOME in the environment; returns the warehouse path.

    Relative values count from the current directory. Exported absolute, the resources,
    dbt (which runs inside dbt_project/) and Dagster agree on the same places.
    """
    os.environ["RAW_DIR"] = str(env_path("RAW_DIR", DEFAULT_RAW_DIR))
    os.environ["WAREHOUSE_PATH"] = str(env_path("WAREHOUSE_PATH", DEFAULT_WAREHOUSE_PATH))
    home = env_path("DAGSTER_HOME", DEFAULT_DAGSTER_HOME)
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copyfile(INSTANCE_TEMPLATE, home / "dagster.yaml")
    os.environ["DAGSTER_HOME"] = str(home)
    return Path(os.environ["WAREHOUSE_PATH"])


def run(full_refresh: bool = False) -> int:
    database = export_paths()
    # The run's checks validate in a worker process, which takes longer to import Great
    # Expectations than this process takes to get to the first check: started first.
    # On a new warehouse the mart suites validate whole tables, spread over two workers.
    validation_worker.prestart(helpers=0 if database.exists() else 1)
    # And dbt: its commands fork from a process that has imported it (orchestration/warm_dbt.py),
    # unless DBT_EXECUTABLE names another dbt.
    if not os.environ.get("DBT_EXECUTABLE") and DBT_ENV_PYTHON.exists():
        warm_dbt.prestart(DBT_ENV_PYTHON, DBT_ENV_EXECUTABLE)
    # Imported only now: the resources read RAW_DIR and WAREHOUSE_PATH when they load.
    import dagster as dg

    from orchestration.definitions import defs
    from orchestration.defs.project import parse_ahead

    # What is loaded now (Dagster, dagster-dbt, the definitions) lives until exit: kept out
    # of the collector's generations, every full collection during the run skips it. And a
    # tenth as many full collections: a run's data lives in Polars and DuckDB, not in Python
    # objects (over a 100k run: 10 of them, 2.7 s, became 1, 1.1 s of collecting in all).
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 100)

    # A new warehouse: dbt parses the project while the raw steps run, not after them.
    parse_ahead(database)
    job = defs.resolve_job_def("refresh_warehouse")
    warm_dbt.begin()
    with dg.DagsterInstance.get() as instance:
        run_config = RUN_CONFIG | ({"ops": {"dbt_warehouse": {"config": {"full_refresh": True}}}} if full_refresh else {})
        result = job.execute_in_process(run_config=run_config, instance=instance, raise_on_error=False)
    if not result.success:
        report_run_failure(database, result)
    print(f"run {result.run_id}: {'SUCCESS' if result.success else 'FAILURE'}")
    print_warehouse_summary(database)
    print_failed_checks(result.get_asset_check_evaluations())
    print_alerts(database, result.run_id)
    return 0 if result.success else 1


def report_run_failure(database: Path, result: ExecuteInProcessResult) -> None:
    """The failed run's alert: a row in ops.dq_alerts and the webhook (never raises)."""
    failures = [
        (event.step_key or "?",
         alerts.error_message(event.step_failure_data.error if event.step_failure_data else event.message))
        for event in result.all_events if event.is_step_failure
    ]
    alert = alerts.run_failure_alert(result.run_id, result.job_def.name, failures)
    alerts.emit(database, [alert])


def print_warehouse_summary(database: Path) -> None:
    print(f"warehouse: {database}")
    if not database.exists():
        print("  not written")
        return
    try:
        # A step that failed may leave its dbt process finishing for a moment.
        with warehouse.connect(database, read_only=True, wait_seconds=60):
            pass
    except Exception as err:  # noqa: BLE001 - report, do not hide the run's outcome
        print(f"  cannot be read now: {type(err).__name__}")
        return
    counts = warehouse.table_counts(database, ["raw.letters", "ops.rejects", *MARTS])
    rejects = warehouse.reject_counts(database) if counts["ops.rejects"] is not None else {}
    # A decoded file that is not a reply letter is in raw.letters and in ops.rejects; only
    # the letters that became proposals count as loaded.
    loaded = counts["marts.proposals"] if counts["marts.proposals"] is not None else counts["raw.letters"]
    print(f"  letters loaded: {loaded}")
    by_reason = ", ".join(f"{reason} {n}" for reason, n in rejects.items())
    print(f"  rejected: {counts['ops.rejects']}" + (f" ({by_reason})" if by_reason else ""))
    for mart in MARTS:
        rows = counts[mart]
        print(f"  {mart}: {'not built' if rows is None else f'{rows} rows'}")
    snapshot = warehouse.snapshot_path(database)
    if snapshot.exists():
        print(f"snapshot for readers: {snapshot}")


def print_failed_checks(evaluations: list[AssetCheckEvaluation]) -> None:
    failed = [e for e in evaluations if not e.passed]
    by_severity = ", ".join(f"{s} {sum(e.severity.value == s for e in failed)}" for s in ("ERROR", "WARN"))
    print(f"failed checks: {len(failed)} of {len(evaluations)} ({by_severity})")
    for e in sorted(failed, key=lambda e: (e.asset_key.to_user_string(), e.check_name)):
        print(f"  {e.asset_key.to_user_string()} {e.check_name} ({e.severity.value})"
              + (f": {e.description}" if e.description else ""))


def print_alerts(database: Path, run_id: str) -> None:
    """How many alerts this run left in ops.dq_alerts, and where the webhook went."""
    counts = {}
    if database.exists():
        try:
            counts = warehouse.alert_counts(database, run_id)
        except Exception as err:  # noqa: BLE001 - the summary must not hide the run's outcome
            print(f"alerts: cannot read ops.dq_alerts ({type(err).__name__})")
            return
    detail = ", ".join(f"{severity} {n}" for severity, n in counts.items())
    webhook = alerts.webhook_configured()
    print(f"alerts: {sum(counts.values())} in ops.dq_alerts" + (f" ({detail})" if detail else "")
          + (f", sent to {webhook}" if webhook else ", ALERT_WEBHOOK_URL not set"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m orchestration.cli", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="refresh the warehouse from RAW_DIR and print a summary")
    run_parser.add_argument("--full-refresh", action="store_true",
                            help="rebuild the incremental dbt marts from scratch (they are rebuilt by "
                                 "themselves when the dbt project changed)")
    args = parser.parse_args(argv)
    return run(full_refresh=args.full_refresh)


if __name__ == "__main__":
    code = main()
    # The process ends here and the OS frees its memory: frozen, the objects still alive
    # are not collected again by the interpreter's shutdown (2-3 s after a run).
    gc.freeze()
    sys.exit(code)
