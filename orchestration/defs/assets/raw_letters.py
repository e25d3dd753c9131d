"""The `raw_letters` group: decode RAW_DIR into raw.letters and extract the raw fact tables."""
from collections import Counter

import dagster as dg
import polars as pl

from orchestration import ingest
from orchestration.defs.assets.pools import DUCKDB_POOL
from orchestration.defs.resources import WarehouseResource
from orchestration.extraction import extract, schema
from orchestration.warehouse import read_table, write_tables

GROUP = "raw_letters"
LETTERS_KEY = dg.AssetKey(["raw", "letters"])
# Tables extract() fills, in schema.RAW_TABLES order; keyed ["raw", table] so the dbt
# sources of schema `raw` resolve to these assets.
FACT_TABLES = [table for table in schema.RAW_TABLES if table != "letters"]


@dg.asset(
    key=LETTERS_KEY,
    group_name=GROUP,
    pool=DUCKDB_POOL,
    kinds={"python", "duckdb"},
    description="Every file in RAW_DIR decoded into raw.letters, or recorded in ops.rejects with a reason.",
)
def raw_letters(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    raw_dir = warehouse.raw_folder()
    letters, rejects = ingest.scan_raw_dir(raw_dir)
    write_tables(warehouse.database(), {"raw": {"letters": letters}, "ops": {"rejects": rejects}})
    by_reason = dict(sorted(Counter(rejects["reason"].to_list()).items()))
    context.log.info(f"{letters.height} letters loaded, {rejects.height} files rejected {by_reason} from {raw_dir}")
    return dg.MaterializeResult(metadata={
        "raw_dir": dg.MetadataValue.path(str(raw_dir)),
        "letters_loaded": letters.height,
        "rejected": rejects.height,
        "rejected_by_reason": by_reason,
        "encodings": dict(sorted(Counter(letters["encoding"].to_list()).items())),
        "dagster/row_count": letters.height,
    })


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", table], deps=[LETTERS_KEY], group_name=GROUP, kinds={"polars", "duckdb"})
        for table in FACT_TABLES
    ],
    pool=DUCKDB_POOL,
    description="extract() over raw.letters: the raw fact tables the dbt staging models read.",
)
def raw_letter_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    database = warehouse.database()
    letters = read_table(database, "raw.letters", schema.LETTERS)
    facts = extract(letters)
    facts = {table: schema.conform(facts[table], schema.RAW_TABLES[table]) for table in FACT_TABLES}
    facts, decided = ingest.settle_versions(letters, facts)
    rejects = with_extraction_rejects(read_table(database, "ops.rejects", schema.REJECTS), decided)
    counts = write_tables(database, {"raw": facts, "ops": {"rejects": rejects}})
    by_reason = dict(sorted(Counter(decided["reason"].to_list()).items()))
    context.log.info(f"extracted from {letters.height} letters (rejected after extraction: {by_reason}): {counts}")
    for table in FACT_TABLES:
        yield dg.MaterializeResult(
            asset_key=["raw", table],
            metadata={"dagster/row_count": counts[f"raw.{table}"]},
        )


def with_extraction_rejects(rejects: pl.DataFrame, decided: pl.DataFrame) -> pl.DataFrame:
    """ops.rejects with this extraction's rejects replacing those of the previous one."""
    return pl.concat([rejects.filter(~pl.col("reason").is_in(ingest.EXTRACTION_REASONS)), decided]).sort("source_file")
