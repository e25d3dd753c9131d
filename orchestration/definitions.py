"""The single Dagster code location: `dagster dev -m orchestration.definitions`."""
import dagster as dg

from orchestration.defs.assets.dbt_models import dbt_warehouse
from orchestration.defs.assets.raw_letters import raw_letter_facts, raw_letters
from orchestration.defs.jobs import refresh_warehouse
from orchestration.defs.resources import dbt_resource, warehouse_resource

defs = dg.Definitions(
    assets=[raw_letters, raw_letter_facts, dbt_warehouse],
    jobs=[refresh_warehouse],
    resources={"warehouse": warehouse_resource, "dbt": dbt_resource},
    # Also for materialisations started from the UI (the implicit asset job): one process,
    # one step at a time, so one DuckDB writer.
    executor=dg.in_process_executor,
)
