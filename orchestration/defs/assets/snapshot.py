"""The `publish` group: a read-only copy of the warehouse for analysts, published last.

DuckDB lets one process write a file and then blocks every other process, readers
included, so nobody can query warehouse.duckdb while a refresh writes it. At the end of
each successful refresh this asset copies it to warehouse.snapshot.duckdb (atomically):
analysts query the snapshot, which is never locked by the pipeline.
"""
import dagster as dg

from orchestration import warehouse as warehouse_files
from orchestration.defs.assets.dbt_models import dbt_warehouse, rebuilt_by_every_build
from orchestration.defs.assets.pools import DUCKDB_POOL
from orchestration.defs.resources import WarehouseResource

SNAPSHOT_KEY = dg.AssetKey(["warehouse_snapshot"])


@dg.asset(
    key=SNAPSHOT_KEY,
    # After everything dbt builds (and the blocking checks on it): a failed critical
    # expectation keeps bad data out of the analysts' copy.
    deps=rebuilt_by_every_build(dbt_warehouse.keys),
    group_name="publish",
    pool=DUCKDB_POOL,
    kinds={"duckdb"},
    description="A consistent read-only copy of the warehouse (warehouse.snapshot.duckdb next to "
                "WAREHOUSE_PATH) for analysts to query while a refresh writes the warehouse.",
)
def warehouse_snapshot(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    target = warehouse_files.publish_snapshot(warehouse.database())
    context.log.info(f"published {target}")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(target)),
        "size_bytes": target.stat().st_size,
    })
