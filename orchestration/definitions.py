"""The single Dagster code location: `dagster dev -m orchestration.definitions`."""
import dagster as dg

from orchestration.defs.assets.batches import letter_batch, raw_load
from orchestration.defs.assets.dbt_models import dbt_warehouse
from orchestration.defs.assets.raw_letters import raw_letter_facts, raw_letters
from orchestration.defs.assets.snapshot import warehouse_snapshot
from orchestration.defs.checks import suite_checks
from orchestration.defs.jobs import extract_batches, load_batches, refresh_warehouse
from orchestration.defs.resources import dbt_resource, gx_resource, warehouse_resource
from orchestration.defs.schedules import daily_refresh
from orchestration.defs.sensors import alert_on_run_failure, raw_dir_sensor

defs = dg.Definitions(
    # letter_batch and raw_load: the same raw tables built in partitions (docs/scaling.md).
    assets=[raw_letters, raw_letter_facts, dbt_warehouse, warehouse_snapshot, letter_batch, raw_load],
    # Great Expectations suites from expectations/ (dbt's tests are checks of dbt_warehouse).
    asset_checks=suite_checks(),
    jobs=[refresh_warehouse, extract_batches, load_batches],
    schedules=[daily_refresh],
    sensors=[raw_dir_sensor, alert_on_run_failure],
    resources={"warehouse": warehouse_resource, "dbt": dbt_resource, "gx": gx_resource},
    # Also for materialisations started from the UI (the implicit asset job): one process,
    # one step at a time, so one DuckDB writer.
    executor=dg.in_process_executor,
)
