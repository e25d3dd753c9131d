"""The `batches` group: the same raw tables, built in partitions that can run in parallel.

`batches/letter_batch` is partitioned by batch (orchestration/batches.py): each partition
decodes and extracts its share of RAW_DIR into Parquet files and never opens DuckDB, so
it is outside the duckdb pool and partitions run side by side, in processes, pods or
Celery workers. `batches/raw_load` (in the pool) then writes all batches into the raw
tables at once; `refresh_warehouse` afterwards finds nothing to decode or extract and
builds the dbt marts on top. See docs/scaling.md.
"""
import time

import dagster as dg

from orchestration import batches
from orchestration.defs.assets.pools import DUCKDB_POOL
from orchestration.defs.resources import WarehouseResource

GROUP = "batches"
BATCH_KEY = dg.AssetKey(["batches", "letter_batch"])
LOAD_KEY = dg.AssetKey(["batches", "raw_load"])
# Fixed when the definitions load: LETTER_BATCHES must be the same wherever runs execute.
batch_partitions = dg.StaticPartitionsDefinition(batches.batch_keys(batches.batch_count()))


@dg.asset(
    key=BATCH_KEY,
    group_name=GROUP,
    partitions_def=batch_partitions,
    kinds={"polars", "parquet"},
    description="One batch of RAW_DIR (files by SHA-1 of their path, modulo LETTER_BATCHES) decoded and "
                "extracted into Parquet files under <warehouse folder>/batches/<batch>/. No DuckDB access.",
)
def letter_batch(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    key, n = context.partition_key, len(batch_partitions.get_partition_keys())
    batch = batches.build_batch(warehouse.raw_folder(), key, n)
    folder = batches.write_batch(batches.batch_root(warehouse.database()), batch)
    rows = batch.manifest["rows"]
    context.log.info(f"batch {key} of {n}: {rows['letters']} letters, {rows['rejects']} rejected, "
                     f"{rows['metrics']} metrics in {batch.manifest['seconds']:.1f} s -> {folder}")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(folder)),
        "files": len(batch.manifest["files"]),
        "seconds": batch.manifest["seconds"],
        **{f"rows_{table}": count for table, count in rows.items()},
        "dagster/row_count": rows["letters"],
    })


@dg.asset(
    key=LOAD_KEY,
    deps=[BATCH_KEY],
    group_name=GROUP,
    pool=DUCKDB_POOL,
    kinds={"duckdb"},
    description="Every batch written into raw.letters, the raw fact tables, raw.extractions and ops.rejects "
                "in one transaction. Fails, naming them, when batches are missing or stale.",
)
def raw_load(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    database, n = warehouse.database(), len(batch_partitions.get_partition_keys())
    started = time.perf_counter()
    try:
        loaded = batches.load_batches(database, batches.batch_root(database), warehouse.raw_folder(), n)
    except batches.BatchesNotReady as err:
        raise dg.Failure(str(err), metadata={"batches_to_materialise": ",".join(sorted(err.problems))}) from err
    seconds = time.perf_counter() - started
    context.log.info(f"loaded {n} batches in {seconds:.1f} s: {loaded.letters} letters "
                     f"({loaded.letters_new} new, load_seq {loaded.load_seq}), rejects {loaded.rejects}, rows {loaded.rows}")
    return dg.MaterializeResult(metadata={
        "batches": n,
        "letters_loaded": loaded.letters,
        "letters_new": loaded.letters_new,
        "load_seq": loaded.load_seq,
        "rejected_by_reason": loaded.rejects,
        "rows": loaded.rows,
        "seconds": round(seconds, 3),
        "dagster/row_count": loaded.letters,
    })
