"""What a refresh has to redo, decided from what the warehouse already holds (no Dagster import).

A refresh costs what changed, not what the warehouse holds:

- `raw.letters` keeps one row per loaded letter; ingestion reads only files that are new or
  whose size or modification time changed (ingest.scan_folder).
- `raw.extractions` records, per letter, the extractor version that produced its facts and
  the load sequence number (`load_seq`) of the refresh that did. A letter is extracted
  again only when it is new or the extraction code changed.
- The dbt marts are incremental on `load_seq`: a build takes the letters whose load_seq is
  above the mart's highest, and deletes the rows of letters no longer loaded.

A letter that comes back into the marts without being extracted again (an older version
whose newer version was deleted) gets a new load_seq too, so the marts pick it up.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polars as pl

EXTRACTION_DIR = Path(__file__).with_name("extraction")

EXTRACTIONS = {
    "letter_id": pl.String,
    "extractor_version": pl.String,
    "load_seq": pl.Int64,
    "extracted_at": pl.Datetime("us"),
}


def extractor_version() -> str:
    """A digest of the extraction code: facts made by other code are made again."""
    digest = hashlib.sha256()
    for path in sorted(EXTRACTION_DIR.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class ExtractionPlan:
    """todo: letter_ids to extract now; gone: letter_ids whose facts are to be dropped
    (no longer loaded, or extracted again); full: the whole fact tables are rebuilt."""

    todo: pl.DataFrame
    gone: pl.DataFrame
    full: bool
    load_seq: int

    @property
    def stale(self) -> pl.DataFrame:
        """Every letter_id whose old facts must go before the new ones are written."""
        return pl.concat([self.todo, self.gone]).unique()


def plan_extraction(letters: pl.DataFrame, extractions: pl.DataFrame | None, version: str) -> ExtractionPlan:
    """What to extract, given raw.letters' letter_ids and raw.extractions (None: none yet)."""
    ids = letters.select("letter_id")
    if extractions is None or extractions.height == 0 or (extractions["extractor_version"] != version).any():
        # First load, or the extraction code changed: every letter, from empty tables.
        previous = extractions["load_seq"].max() if extractions is not None and extractions.height else None
        return ExtractionPlan(todo=ids, gone=ids.clear(), full=True, load_seq=(previous or 0) + 1)
    done = extractions.select("letter_id")
    return ExtractionPlan(
        todo=ids.join(done, on="letter_id", how="anti"),
        gone=done.join(ids, on="letter_id", how="anti"),
        full=False,
        load_seq=int(extractions["load_seq"].max()) + 1,
    )


def extraction_rows(plan: ExtractionPlan, version: str) -> pl.DataFrame:
    return plan.todo.select(
        "letter_id",
        extractor_version=pl.lit(version),
        load_seq=pl.lit(plan.load_seq, dtype=pl.Int64),
        extracted_at=pl.lit(datetime.now(), dtype=pl.Datetime("us")),
    )


def reactivated(letters: pl.DataFrame, old_rejects: pl.DataFrame, new_rejects: pl.DataFrame) -> pl.DataFrame:
    """letter_ids that the previous refresh kept out of the marts (superseded, not a letter)
    and this one lets in: they need a new load_seq for the incremental marts to see them."""
    before = old_rejects.select("source_file")
    after = new_rejects.select("source_file")
    back = before.join(after, on="source_file", how="anti")
    return letters.join(back, on="source_file", how="semi").select("letter_id")
