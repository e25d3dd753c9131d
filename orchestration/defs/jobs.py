"""Jobs."""
import dagster as dg

# In process: one step at a time in one process, so only one DuckDB writer ever exists.
refresh_warehouse = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="Decode RAW_DIR, extract the raw fact tables and build the dbt marts with their tests.",
)
