"""The `raw_letters` group: decode RAW_DIR into raw.letters and extract the raw fact tables.

Both assets are incremental (see orchestration/incremental.py): a refresh reads the files
that changed and extracts the letters that are new, so its cost follows what changed.
"""
import time
from collections import Counter

import dagster as dg
import polars as pl

from orchestration import incremental, ingest
from orchestration.defs.assets.pools import DUCKDB_POOL
from orchestration.defs.resources import WarehouseResource
from orchestration.extraction import extract, schema
from orchestration.warehouse import apply_changes, connect, query

GROUP = "raw_letters"
LETTERS_KEY = dg.AssetKey(["raw", "letters"])
# Tables extract() fills, in schema.RAW_TABLES order; keyed ["raw", table] so the dbt
# sources of schema `raw` resolve to these assets.
FACT_TABLES = [table for table in schema.RAW_TABLES if table != "letters"]
# Also written by the extraction, and read by dbt's staging: which letters were extracted
# (and in which refresh), and the rejects once the extraction has decided its own.
EXTRACTIONS_KEY = dg.AssetKey(["raw", "extractions"])
REJECTS_KEY = dg.AssetKey(["ops", "rejects"])
# Letters extracted per chunk: bounds memory on big loads and gives progress in the log.
EXTRACT_CHUNK = 20_000
KNOWN_COLUMNS = ", ".join(ingest.KNOWN)


@dg.asset(
    key=LETTERS_KEY,
    group_name=GROUP,
    pool=DUCKDB_POOL,
    kinds={"python", "duckdb"},
    description="Every file in RAW_DIR decoded into raw.letters, or recorded in ops.rejects with a reason. "
                "Files whose size and modification time are unchanged are not read again.",
)
def raw_letters(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    raw_dir, database = warehouse.raw_folder(), warehouse.database()
    known = query(database, f"select {KNOWN_COLUMNS} from raw.letters", ["raw.letters"])
    scan = ingest.scan_folder(raw_dir, schema.conform(known, ingest.KNOWN) if known is not None else None)
    previous = known.height if known is not None else 0
    kept = pl.concat([scan.unchanged.select("source_file"), scan.new.select("source_file")])
    removed = (known.select("source_file").join(kept, on="source_file", how="anti")
               if known is not None else pl.DataFrame(schema={"source_file": pl.String}))
    old_rejects = query(database, "select * from ops.rejects", ["ops.rejects"])
    carried = (old_rejects.filter(pl.col("reason").is_in(ingest.EXTRACTION_REASONS))
               if old_rejects is not None else schema.empty(schema.REJECTS))
    apply_changes(
        database,
        deletes={"raw.letters": ("source_file", pl.concat([removed, scan.new.select("source_file")]))},
        updates={"raw.letters": ("source_file", scan.touched.select("source_file", "modified_at"))},
        inserts={"raw.letters": scan.new},
        # Decoding rejects are decided afresh; the extraction's own (superseded, not a
        # letter) stay until the extraction decides again.
        replaces={"ops.rejects": pl.concat([scan.rejects, schema.conform(carried, schema.REJECTS)]).sort("source_file")},
    )
    loaded = scan.unchanged.height + scan.new.height
    by_reason = dict(sorted(Counter(scan.rejects["reason"].to_list()).items()))
    context.log.info(
        f"{raw_dir}: {loaded} letters ({scan.new.height} new or changed, {removed.height} removed, "
        f"{scan.read} files read, {scan.unchanged.height} known unchanged), {scan.rejects.height} rejected {by_reason}"
    )
    return dg.MaterializeResult(metadata={
        "raw_dir": dg.MetadataValue.path(str(raw_dir)),
        "letters_loaded": loaded,
        "letters_new_or_changed": scan.new.height,
        "letters_removed": removed.height,
        "letters_before": previous,
        "files_read": scan.read,
        "rejected": scan.rejects.height,
        "rejected_by_reason": by_reason,
        "encodings": dict(sorted(Counter(scan.new["encoding"].to_list()).items())),
        "dagster/row_count": loaded,
    })


@dg.multi_asset(
    specs=[
        dg.AssetSpec(["raw", table], deps=[LETTERS_KEY], group_name=GROUP, kinds={"polars", "duckdb"})
        for table in FACT_TABLES
    ] + [
        dg.AssetSpec(EXTRACTIONS_KEY, deps=[LETTERS_KEY], group_name=GROUP, kinds={"duckdb"},
                     description="Per extracted letter: the extractor version and the load_seq of its refresh."),
        dg.AssetSpec(REJECTS_KEY, deps=[LETTERS_KEY], group_name=GROUP, kinds={"duckdb"},
                     description="Every raw file that is not in the marts, with the reason."),
    ],
    pool=DUCKDB_POOL,
    description="extract() over the letters of raw.letters not yet extracted by this version of the "
                "extraction code: the raw fact tables the dbt staging models read.",
)
def raw_letter_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    database = warehouse.database()
    version = incremental.extractor_version()
    letters = query(database, f"select {KNOWN_COLUMNS} from raw.letters", ["raw.letters"])
    extractions = query(database, "select * from raw.extractions", ["raw.extractions"])
    plan = incremental.plan_extraction(letters, extractions, version)
    facts = extract_letters(context, database, plan)
    stale = ("letter_id", plan.stale)
    apply_changes(
        database,
        deletes={**{f"raw.{t}": stale for t in FACT_TABLES}, "raw.extractions": stale},
        inserts={"raw.extractions": incremental.extraction_rows(plan, version),
                 **({} if plan.full else {f"raw.{t}": facts[t] for t in FACT_TABLES})},
        replaces={f"raw.{t}": facts[t] for t in FACT_TABLES} if plan.full else None,
    )
    # Versions and non-letters are decided over all letters, from the small header columns.
    headers = query(database, "select letter_id, doc_number, signed_date from raw.letter_headers")
    decided = ingest.extraction_rejects(letters, headers)
    old_rejects = query(database, "select * from ops.rejects")
    back = incremental.reactivated(letters, old_rejects.filter(pl.col("reason").is_in(ingest.EXTRACTION_REASONS)), decided)
    apply_changes(
        database,
        replaces={"ops.rejects": with_extraction_rejects(schema.conform(old_rejects, schema.REJECTS), decided)},
        updates={"raw.extractions": ("letter_id", back.with_columns(load_seq=pl.lit(plan.load_seq, dtype=pl.Int64)))},
    )
    by_reason = dict(sorted(Counter(decided["reason"].to_list()).items()))
    counts = {t: facts[t].height for t in FACT_TABLES}
    context.log.info(
        f"extracted {plan.todo.height} letters ({'all: new extractor version' if plan.full else 'new only'}), "
        f"dropped the facts of {plan.gone.height}; facts added {counts}; after extraction {by_reason}"
    )
    for table in FACT_TABLES:
        yield dg.MaterializeResult(
            asset_key=["raw", table],
            metadata={"rows_added": counts[table], "letters_extracted": plan.todo.height,
                      "load_seq": plan.load_seq, "full_rebuild": plan.full},
        )
    yield dg.MaterializeResult(asset_key=EXTRACTIONS_KEY, metadata={
        "letters_extracted": plan.todo.height, "letters_dropped": plan.gone.height,
        "letters_back_in_the_marts": back.height, "load_seq": plan.load_seq})
    yield dg.MaterializeResult(asset_key=REJECTS_KEY, metadata={"rejected_after_extraction": by_reason})


def extract_letters(context: dg.AssetExecutionContext, database, plan: incremental.ExtractionPlan) -> dict[str, pl.DataFrame]:
    """extract() over plan.todo, a chunk at a time, conformed to the raw schemas."""
    todo = plan.todo["letter_id"].sort()
    parts: dict[str, list[pl.DataFrame]] = {t: [schema.empty(schema.RAW_TABLES[t])] for t in FACT_TABLES}
    started = time.perf_counter()
    for offset in range(0, len(todo), EXTRACT_CHUNK):
        chunk = todo.slice(offset, EXTRACT_CHUNK)
        letters = read_letters(database, chunk)
        facts = extract(letters)
        for table in FACT_TABLES:
            parts[table].append(schema.conform(facts[table], schema.RAW_TABLES[table]))
        done = offset + len(chunk)
        if len(todo) > EXTRACT_CHUNK:
            context.log.info(f"extracted {done} of {len(todo)} letters ({time.perf_counter() - started:.1f} s)")
    return {table: pl.concat(frames) for table, frames in parts.items()}


def read_letters(database, letter_ids: pl.Series) -> pl.DataFrame:
    with connect(database, read_only=True) as con:
        con.register("_ids", pl.DataFrame({"letter_id": letter_ids}).to_arrow())
        frame = con.sql("select l.* from raw.letters l semi join _ids using (letter_id) order by l.source_file").pl()
    return schema.conform(frame, schema.LETTERS)


def with_extraction_rejects(rejects: pl.DataFrame, decided: pl.DataFrame) -> pl.DataFrame:
    """ops.rejects with this extraction's rejects replacing those of the previous one."""
    return pl.concat([rejects.filter(~pl.col("reason").is_in(ingest.EXTRACTION_REASONS)), decided]).sort("source_file")
