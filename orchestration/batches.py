"""Letters in batches: the partitioned path past one machine (no Dagster import).

Every file of RAW_DIR belongs to one of LETTER_BATCHES batches (default 16), decided by a
stable hash of its source_file, so a file stays in its batch from run to run and on every
machine. A batch is decoded and extracted on its own (`build_batch`) and written as
Parquet files (`write_batch`) under `<warehouse folder>/batches/<batch>/`: no DuckDB, so
batches run side by side in separate processes or pods. `load_batches` then writes every
batch into the warehouse's raw tables in one DuckDB transaction, deciding what crosses
batches (byte-identical files, superseded versions) over all of them, so the warehouse
holds what the unpartitioned raw_letters + raw_letter_facts would have written.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polars as pl

from orchestration import incremental, ingest
from orchestration.extraction import extract, schema
from orchestration.warehouse import arrow, connect, ensure_schemas, query

BATCHES_ENV = "LETTER_BATCHES"
DEFAULT_BATCHES = 16
MANIFEST = "batch.json"
# What one batch folder holds: the decoded letters, the facts, the decoding rejects.
FACT_TABLES = [table for table in schema.RAW_TABLES if table != "letters"]
BATCH_TABLES = {**schema.RAW_TABLES, "rejects": schema.REJECTS}


def batch_count() -> int:
    """LETTER_BATCHES, default 16. Changing it moves files to other batches: build them all again."""
    n = int(os.environ.get(BATCHES_ENV, DEFAULT_BATCHES))
    if n < 1:
        raise ValueError(f"{BATCHES_ENV} must be at least 1, not {n}")
    return n


def batch_keys(n: int) -> list[str]:
    """'00' … 'n-1', zero-padded so they sort as numbers do."""
    width = max(2, len(str(n - 1)))
    return [str(k).zfill(width) for k in range(n)]


def batch_of(source_file: str, n: int) -> str:
    """The batch of a file: SHA-1 of its path (not of its bytes, so an edited letter
    stays in its batch), modulo n."""
    return batch_keys(n)[int(hashlib.sha1(source_file.encode()).hexdigest(), 16) % n]


def in_batch(key: str, n: int) -> Callable[[str], bool]:
    """The predicate for ingest.scan_folder(only=...): files of batch `key`."""
    return lambda source_file: batch_of(source_file, n) == key


def batches_of(source_files: Iterable[str], n: int) -> list[str]:
    """The batches holding these files: the partitions to run again after they changed."""
    return sorted({batch_of(f, n) for f in source_files})


def batch_root(database: str | os.PathLike) -> Path:
    """Where the batch folders live: `batches/` next to the warehouse file."""
    return Path(database).parent / "batches"


def file_stats(raw_dir: Path, only: Callable[[str], bool] | None = None) -> dict[str, list[int]]:
    """{source_file: [size, mtime_ns]} of the files under raw_dir (no file is read)."""
    stats = {}
    for raw in ingest.list_raw_files(raw_dir):
        # The listing's own stat; None when the file went meanwhile (the scan skips it too).
        if raw.stat is not None and (only is None or only(raw.source_file)):
            stats[raw.source_file] = [raw.stat.st_size, raw.stat.st_mtime_ns]
    return stats


@dataclass(frozen=True)
class Batch:
    """One batch decoded and extracted: frames keyed as BATCH_TABLES, and its manifest."""

    frames: dict[str, pl.DataFrame]
    manifest: dict


def build_batch(raw_dir: str | os.PathLike, key: str, n: int) -> Batch:
    """Decode and extract the files of batch `key`: what raw_letters and raw_letter_facts
    would write for them, without the decisions that span batches."""
    raw_dir = Path(raw_dir)
    only = in_batch(key, n)
    started = time.perf_counter()
    version = incremental.extractor_version()
    # Stat before the scan: a file changed during it then looks stale to the load, never fresh.
    stats = file_stats(raw_dir, only)
    scan = ingest.scan_folder(raw_dir, only=only)
    facts = extract(scan.new) if scan.new.height else {}
    frames = {"letters": scan.new, "rejects": scan.rejects} | {
        table: schema.conform(facts[table], schema.RAW_TABLES[table]) if table in facts
        else schema.empty(schema.RAW_TABLES[table])
        for table in FACT_TABLES
    }
    manifest = {
        "batch": key,
        "n_batches": n,
        "raw_dir": str(raw_dir),
        "extractor_version": version,
        "built_at": datetime.now().isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - started, 3),
        "rows": {table: frame.height for table, frame in frames.items()},
        "files": stats,
    }
    return Batch(frames, manifest)


def write_batch(root: Path, batch: Batch) -> Path:
    """Write a batch to root/<batch>/ (one Parquet file per table, then batch.json).

    The folder is written under a temporary name and swapped in by renames, so a reader
    finds the old batch, the new one, or (for the instant between two renames) none, which
    the load reports as missing; never a mix of two runs.
    """
    key = batch.manifest["batch"]
    target = root / key
    partial = root / f".{key}.{os.getpid()}.partial"
    old = root / f".{key}.{os.getpid()}.old"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        for table, frame in batch.frames.items():
            frame.write_parquet(partial / f"{table}.parquet")
        (partial / MANIFEST).write_text(json.dumps(batch.manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        if target.exists():
            target.rename(old)
        partial.rename(target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return target


class BatchesNotReady(RuntimeError):
    """Some batches are missing, stale or made for another setting: build them again."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        by_why: dict[str, list[str]] = {}
        for key, why in sorted(problems.items()):
            by_why.setdefault(why, []).append(key)
        listed = "; ".join(f"{','.join(keys)}: {why}" for why, keys in by_why.items())
        super().__init__(f"{len(problems)} batches to materialise again: {listed}")


def check_batches(root: Path, raw_dir: Path, n: int, version: str) -> list[dict]:
    """The manifests of all n batches, or BatchesNotReady naming the ones to build again.

    A batch is stale when RAW_DIR's files of that batch (by name, size and modification
    time; nothing is read) are not the ones it was built from.
    """
    current: dict[str, dict[str, list[int]]] = {key: {} for key in batch_keys(n)}
    for source_file, stat in file_stats(raw_dir).items():
        current[batch_of(source_file, n)][source_file] = stat
    manifests, problems = [], {}
    for key in batch_keys(n):
        path = root / key / MANIFEST
        if not path.exists():
            problems[key] = "not built"
            continue
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest["n_batches"] != n:
            problems[key] = f"built for {manifest['n_batches']} batches, not {n}"
        elif manifest["raw_dir"] != str(raw_dir):
            problems[key] = f"built from {manifest['raw_dir']}"
        elif manifest["extractor_version"] != version:
            problems[key] = "built by another version of the extraction code"
        elif manifest["files"] != current[key]:
            built, now = manifest["files"], current[key]
            changed = sorted(f for f in built.keys() | now.keys() if built.get(f) != now.get(f))
            problems[key] = f"{len(changed)} files added, changed or deleted since it was built (first: {changed[0]})"
        manifests.append(manifest)
    if problems:
        raise BatchesNotReady(problems)
    return manifests


def batch_file(root: Path, key: str, table: str) -> str:
    return str(root / key / f"{table}.parquet")


def sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True)
class LoadResult:
    letters: int
    rejects: dict[str, int]
    rows: dict[str, int]
    load_seq: int
    letters_new: int  # letters not in raw.extractions before (or all, for new extraction code)


def load_batches(database: str | os.PathLike, root: Path, raw_dir: Path, n: int) -> LoadResult:
    """Replace raw.letters, the raw fact tables, raw.extractions and ops.rejects with all
    batches, in one transaction.

    The big tables go from Parquet to DuckDB by read_parquet (nothing passes through
    Python); only the small columns that decide across batches are read into frames:
    byte-identical files in different batches (the first by name is kept, as a scan of the
    whole folder keeps it) and the rejects decided after extraction (not a letter,
    superseded). raw.extractions keeps the load_seq of letters extracted before by the
    same code, as raw_letter_facts does, so the incremental marts redo only what changed.
    """
    version = incremental.extractor_version()
    check_batches(root, raw_dir, n, version)
    keys = batch_keys(n)
    meta = pl.concat([
        pl.read_parquet(batch_file(root, key, "letters"),
                        columns=["letter_id", "source_file", "sha256", "size_bytes", "modified_at"])
        .with_columns(batch=pl.lit(key))
        for key in keys
    ]).sort("source_file")
    kept = meta.unique("sha256", keep="first", maintain_order=True)
    duplicates = meta.join(kept.select("source_file"), on="source_file", how="anti")
    first_by_sha = dict(zip(kept["sha256"], kept["source_file"]))
    headers = pl.concat([pl.read_parquet(batch_file(root, key, "letter_headers"),
                                         columns=["letter_id", "doc_number", "signed_date"]) for key in keys])
    headers = headers.unique("letter_id", keep="first")  # a duplicate's facts repeat the kept copy's
    letters = kept.drop("batch")
    decoding = pl.concat([pl.read_parquet(batch_file(root, key, "rejects")) for key in keys])
    rejects = pl.concat([
        schema.conform(decoding, schema.REJECTS),
        schema.conform(duplicates.select("source_file", "sha256", "size_bytes", reason=pl.lit("duplicate"),
                                         seen_at=pl.lit(datetime.now(), dtype=pl.Datetime("us"))), schema.REJECTS),
    ]).with_columns(
        # Duplicates name the file kept over all batches, not the first in their own batch.
        detail=pl.when(pl.col("reason") == "duplicate")
        .then(pl.format("byte-identical to {}", pl.col("sha256").replace_strict(first_by_sha, default=None)))
        .otherwise(pl.col("detail")),
    )
    decided = ingest.extraction_rejects(letters, headers)
    rejects = pl.concat([rejects, decided]).sort("source_file")
    # Which letters get a new load_seq, decided as raw_letter_facts decides it.
    previous = query(database, "select * from raw.extractions", ["raw.extractions"])
    plan = incremental.plan_extraction(letters, previous, version)
    extractions = incremental.extraction_rows(plan, version)
    if not plan.full:
        extractions = pl.concat([schema.conform(previous, incremental.EXTRACTIONS)
                                 .join(letters, on="letter_id", how="semi"), extractions])
    old_rejects = query(database, "select * from ops.rejects", ["ops.rejects"])
    if old_rejects is not None:
        back = incremental.reactivated(
            letters, old_rejects.filter(pl.col("reason").is_in(ingest.EXTRACTION_REASONS)), decided)
        extractions = extractions.with_columns(load_seq=pl.when(pl.col("letter_id").is_in(back["letter_id"]))
                                               .then(pl.lit(plan.load_seq, dtype=pl.Int64))
                                               .otherwise(pl.col("load_seq")))
    # The copies left out: their facts are the kept copy's, once is enough.
    dropped = duplicates.select("batch", "letter_id")
    rows = {}
    with connect(database) as con:
        con.begin()
        try:
            ensure_schemas(con)
            for table in schema.RAW_TABLES:
                files = {key: batch_file(root, key, table) for key in keys}
                con.register("_dropped", dropped.select(
                    pl.col("batch").replace_strict(files, return_dtype=pl.String).alias("file"), "letter_id").to_arrow())
                listed = ", ".join(sql_string(f) for f in files.values())
                con.execute(f"""create or replace table raw.{table} as
                    select t.* exclude (filename) from read_parquet([{listed}], filename = true) t
                    anti join _dropped d on d.file = t.filename and d.letter_id = t.letter_id""")
                con.unregister("_dropped")
                rows[f"raw.{table}"] = con.execute(f"select count(*) from raw.{table}").fetchone()[0]
            for name, frame in (("raw.extractions", extractions), ("ops.rejects", rejects)):
                con.register("_frame", arrow(frame))
                con.execute(f"create or replace table {name} as select * from _frame")
                con.unregister("_frame")
                rows[name] = frame.height
            con.commit()
        except BaseException:
            con.rollback()
            raise
    by_reason = dict(sorted(rejects.group_by("reason").len().iter_rows()))
    return LoadResult(letters=letters.height, rejects=by_reason, rows=rows,
                      load_seq=plan.load_seq, letters_new=plan.todo.height)
