"""Jobs."""
import dagster as dg

from orchestration.defs.assets.batches import BATCH_KEY, LOAD_KEY
from orchestration.defs.assets.batches import GROUP as BATCHES_GROUP

# In process: one step at a time in one process, so only one DuckDB writer ever exists.
# The batches group is the partitioned path (extract_batches, load_batches), not part of it.
refresh_warehouse = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all() - dg.AssetSelection.groups(BATCHES_GROUP),
    executor_def=dg.in_process_executor,
    description="Decode RAW_DIR, extract the raw fact tables and build the dbt marts with their tests.",
)

# One run per batch (a backfill): batches touch no DuckDB, so runs go side by side. Each
# run's step executes in its own process here; on a cluster the executor is swapped for
# k8s_job_executor (a pod per step) or celery_executor (docs/scaling.md).
extract_batches = dg.define_asset_job(
    "extract_batches",
    selection=dg.AssetSelection.assets(BATCH_KEY),  # partitioned as the asset is
    executor_def=dg.multiprocess_executor,
    description="Decode and extract one batch of RAW_DIR into Parquet (backfill it over all batches).",
)

# The single writer: every batch into the raw tables; then refresh_warehouse builds the marts.
load_batches = dg.define_asset_job(
    "load_batches",
    selection=dg.AssetSelection.assets(LOAD_KEY),
    executor_def=dg.in_process_executor,
    description="Write all batches into the raw tables in one transaction (then run refresh_warehouse).",
)
