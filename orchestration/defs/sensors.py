"""Sensors: refresh when RAW_DIR changes, and alert when a run fails.

Both run in the Dagster daemon (`make dev` starts it with the UI) and are on by default.
"""

import dagster as dg

from orchestration import alerts, raw_state
from orchestration.defs.jobs import refresh_warehouse
from orchestration.defs.resources import WarehouseResource

# Tag values are capped; list at most this many files per kind of change.
TAGGED_FILES = 20


@dg.sensor(
    job=refresh_warehouse,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Requests a refresh_warehouse run when a letter in RAW_DIR is added, changed "
                "(by content hash) or deleted. The cursor holds {source_file: sha256}.",
)
def raw_dir_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    raw_dir = warehouse.raw_folder()
    if not raw_dir.is_dir():
        return dg.SkipReason(f"RAW_DIR {raw_dir} does not exist")
    before = raw_state.FolderState.from_cursor(context.cursor)
    after = raw_state.scan(raw_dir, before)
    changes = raw_state.diff(before, after)
    if not changes:
        # Still store the state: touched files get their new mtime, so they are not hashed again.
        return dg.SensorResult(skip_reason=f"no letter added, changed or deleted in {raw_dir}", cursor=after.to_cursor())
    key = raw_state.run_key(before, after)
    after.generation = before.generation + 1
    context.log.info(f"{raw_dir}: {changes.summary()}")
    tags = {"raw_dir/changes": changes.summary()}
    for kind in ("added", "changed", "deleted"):
        files = getattr(changes, kind)
        if files:
            shown = files[:TAGGED_FILES]
            tags[f"raw_dir/{kind}"] = ", ".join(shown) + (f" (+{len(files) - len(shown)} more)" if len(files) > len(shown) else "")
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=key, tags=tags)],
        cursor=after.to_cursor(),
    )


@dg.run_failure_sensor(
    name="alert_on_run_failure",
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Writes an ERROR row to ops.dq_alerts (and POSTs it to ALERT_WEBHOOK_URL) for every failed run.",
)
def alert_on_run_failure(context: dg.RunFailureSensorContext, warehouse: WarehouseResource):
    run = context.dagster_run
    failures = [
        (event.step_key or "?", alerts.error_message(event.step_failure_data.error if event.step_failure_data else event.message))
        for event in context.get_step_failure_events()
    ]
    alert = alerts.run_failure_alert(run.run_id, run.job_name, failures, context.failure_event.message)
    alerts.emit(warehouse.database(), [alert], log=context.log)
