"""Read the raw letters folder into decoded letters and rejects (no Dagster import).

Every file under RAW_DIR ends up in exactly one of the two frames `scan_raw_dir` returns:
a decoded letter (schema LETTERS) or a reject with a reason (schema REJECTS). A bad file
never raises; it becomes a reject.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polars as pl

from orchestration.extraction import schema
from orchestration.formats import READERS, Rejected

# Larger files are not single letters (a scan, an archive, a whole bulletin); the limit is
# in MB and can be raised with MAX_LETTER_MB.
MAX_LETTER_MB = float(os.environ.get("MAX_LETTER_MB", "5"))

# A decoded text is binary junk when more than this share of its characters are control
# (other than newline and tab), surrogate, private-use or replacement characters.
# Real letters have none; what a wrong guess at an encoding produces is full of them.
JUNK_SHARE = 0.2
JUNK_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd]")

def normalise_text(text: str) -> str:
    """Unify newlines and drop a leading BOM; everything else stays as written, since
    character offsets into this text are the evidence for every extracted fact."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.removeprefix("\ufeff")


def junk_share(text: str) -> float:
    return len(JUNK_CHARS.findall(text)) / len(text)


def read_letter(suffix: str, data: bytes) -> tuple[str, str]:
    """(text, encoding) of one file's bytes, or raises Rejected."""
    reader = READERS.get(suffix.lower())
    if reader is None:
        raise Rejected("unsupported_format", f"suffix {suffix or '(none)'!r} is not one of {', '.join(READERS)}")
    if not data:
        raise Rejected("empty", "0 bytes")
    if len(data) > MAX_LETTER_MB * 1e6:
        raise Rejected("too_large", f"{len(data) / 1e6:.1f} MB is over the {MAX_LETTER_MB:g} MB limit (MAX_LETTER_MB)")
    text, encoding = reader(data)
    text = normalise_text(text)
    if not text.strip():
        raise Rejected("empty", f"only whitespace ({encoding})")
    share = junk_share(text)
    if share > JUNK_SHARE:
        raise Rejected("undecodable", f"{share:.0%} control or replacement characters as {encoding}: binary junk")
    return text, encoding


@dataclass(frozen=True)
class RawFile:
    location: str  # the file's path
    source_file: str  # relative to the raw folder, forward slashes
    stat: os.stat_result | None  # taken when the folder was listed; None if that failed

    @property
    def path(self) -> Path:
        return Path(self.location)


def list_raw_files(raw_dir: Path) -> list[RawFile]:
    """Every regular file below raw_dir, hidden files and folders skipped, sorted by source_file.

    os.scandir with plain strings: on a folder of 100,000 letters, building a Path per file
    (and stat-ing it twice) took most of a refresh's scan.
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw letters folder {raw_dir} does not exist")
    found = []
    folders = [(str(raw_dir), "")]
    while folders:
        folder, prefix = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):  # as os.walk: no symlinked folders
                    folders.append((entry.path, f"{prefix}{entry.name}/"))
                elif entry.is_file():
                    try:
                        stat = entry.stat()
                    except OSError:
                        stat = None
                    found.append(RawFile(entry.path, prefix + entry.name, stat))
    return sorted(found, key=lambda f: f.source_file)


# What the warehouse already holds of a letter: enough to tell, from a file's size and
# modification time, that it need not be read again.
KNOWN = {name: schema.LETTERS[name] for name in ("letter_id", "source_file", "sha256", "size_bytes", "modified_at")}


@dataclass(frozen=True)
class FolderScan:
    """RAW_DIR compared with the letters already loaded.

    new:       letters decoded now (new files, or files whose bytes changed), schema LETTERS
    unchanged: loaded letters whose file still holds the same bytes, schema KNOWN
               (modified_at refreshed for files that were touched)
    touched:   the unchanged letters whose file was touched (new modified_at), schema KNOWN
    rejects:   every file that is not a letter, schema REJECTS
    read:      how many files were read and hashed (the others were known by size and mtime)
    """

    new: pl.DataFrame
    unchanged: pl.DataFrame
    touched: pl.DataFrame
    rejects: pl.DataFrame
    read: int


def scan_raw_dir(raw_dir: str | os.PathLike) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Decode every file under raw_dir: (letters, rejects), each sorted by source_file."""
    scan = scan_folder(raw_dir)
    return scan.new, scan.rejects


def scan_folder(raw_dir: str | os.PathLike, known: pl.DataFrame | None = None,
                only: Callable[[str], bool] | None = None) -> FolderScan:
    """Decode what changed under raw_dir since `known` (schema KNOWN) was loaded.

    With `only`, just the files whose source_file it accepts (one batch of the folder).

    A known letter whose file has the same size and modification time is not read again;
    one whose file was touched but holds the same bytes stays as it is. Everything else is
    read, hashed and decoded. Of byte-identical files the one already loaded is kept,
    else the first by name; rejected files are read on every scan (there are few).
    """
    seen_at = datetime.now()
    listed = [raw for raw in list_raw_files(Path(raw_dir)) if only is None or only(raw.source_file)]
    # Compared as frames: on 100,000 known letters, a dict per known row and a loop over
    # them took half a second of the 2.1-2.5 s scan of a refresh.
    files = pl.DataFrame({
        "file_no": range(len(listed)),
        "source_file": [raw.source_file for raw in listed],
        "listed_size": [raw.stat.st_size if raw.stat else None for raw in listed],
        "listed_modified_at": [datetime.fromtimestamp(raw.stat.st_mtime) if raw.stat else None for raw in listed],
    }, schema={"file_no": pl.Int64, "source_file": pl.String, "listed_size": pl.Int64,
               "listed_modified_at": schema.LETTERS["modified_at"]})
    compared = files.join(known if known is not None else pl.DataFrame(schema=KNOWN), on="source_file", how="left")
    same = ((pl.col("size_bytes") == pl.col("listed_size"))
            & (pl.col("modified_at") == pl.col("listed_modified_at"))).fill_null(False)
    unchanged_known = compared.filter(same).select(list(KNOWN))
    differing = compared.filter(~same).sort("file_no")  # in name order, as listed
    known_by_file = {row["source_file"]: row for row in
                     differing.filter(pl.col("letter_id").is_not_null()).select(list(KNOWN)).iter_rows(named=True)}
    pending = [(listed[n], modified_at) for n, modified_at in
               zip(differing["file_no"], differing["listed_modified_at"], strict=True)]

    rejects: list[dict] = []
    touched: list[dict] = []
    hashed: list[tuple[RawFile, datetime, bytes, str]] = []
    for raw, modified_at in pending:
        data, sha256, error = read_and_hash(raw.location)
        if error is not None:
            rejects.append(reject_row(raw.source_file, None, None, "undecodable", f"cannot read: {error}", seen_at))
            continue
        row = known_by_file.get(raw.source_file)
        if row and row["sha256"] == sha256:  # touched, same bytes
            touched.append({**row, "modified_at": modified_at})
        else:
            hashed.append((raw, modified_at, data, sha256))

    unchanged = pl.concat([unchanged_known, pl.DataFrame(touched, schema=KNOWN)])
    kept_by_sha = dict(zip(unchanged["sha256"], unchanged["source_file"], strict=True))
    letters: list[dict] = []
    for raw, modified_at, data, sha256 in hashed:
        try:
            text, encoding = read_letter(os.path.splitext(raw.location)[1], data)
            # Only a decodable letter can be kept; its byte-identical copies repeat it.
            if sha256 in kept_by_sha:
                raise Rejected("duplicate", f"byte-identical to {kept_by_sha[sha256]}")
        except Rejected as rejected:
            rejects.append(reject_row(raw.source_file, sha256, len(data), rejected.reason, rejected.detail, seen_at))
            continue
        kept_by_sha[sha256] = raw.source_file
        letters.append({
            "letter_id": letter_id(sha256),
            "source_file": raw.source_file,
            "sha256": sha256,
            "size_bytes": len(data),
            "encoding": encoding,
            "text": text,
            "n_chars": len(text),
            "modified_at": modified_at,
        })
    return FolderScan(
        new=pl.DataFrame(letters, schema=schema.LETTERS).sort("source_file"),
        unchanged=unchanged.sort("source_file"),
        touched=pl.DataFrame(touched, schema=KNOWN).sort("source_file"),
        rejects=pl.DataFrame(rejects, schema=schema.REJECTS).sort("source_file"),
        read=len(pending),
    )


def read_and_hash(location: str) -> tuple[bytes | None, str | None, OSError | None]:
    """(bytes, hex sha256, None) of the file, or (None, None, the error) when it cannot be read."""
    try:
        with open(location, "rb") as file:
            data = file.read()
    except OSError as err:
        return None, None, err
    return data, hashlib.sha256(data).hexdigest(), None


def letter_id(sha256: str) -> str:
    return "L" + sha256[:16]


def reject_row(source_file: str, sha256: str | None, size_bytes: int | None,
               reason: str, detail: str, seen_at: datetime) -> dict:
    return {"source_file": source_file, "sha256": sha256, "size_bytes": size_bytes,
            "reason": reason, "detail": detail, "seen_at": seen_at}


def not_a_letter_rejects(letters: pl.DataFrame, headers: pl.DataFrame) -> pl.DataFrame:
    """Rejects for decoded files that extract() gave no header row.

    Deciding that a text is not a reply letter is the extraction's call; it signals it by
    leaving the letter out of `letter_headers`. This only keeps such files from vanishing
    between raw.letters and marts.proposals.
    """
    missing = letters.join(headers.select("letter_id"), on="letter_id", how="anti")
    return schema.conform(
        missing.select(
            "source_file", "sha256", "size_bytes",
            reason=pl.lit("not_a_letter"),
            detail=pl.lit("extraction found no reply-letter header"),
            seen_at=pl.lit(datetime.now()),
        ),
        schema.REJECTS,
    ).sort("source_file")


def superseded_rejects(letters: pl.DataFrame, headers: pl.DataFrame) -> pl.DataFrame:
    """Rejects for older versions of a letter: files that share a 文号 with a newer one.

    The newest version is the one signed last, then the one whose file changed last, then
    the last by name; the others are superseded by it.
    """
    versions = (
        headers.filter(pl.col("doc_number").is_not_null())
        .select("letter_id", "doc_number", "signed_date")
        .join(letters.select("letter_id", "source_file", "sha256", "size_bytes", "modified_at"), on="letter_id")
        .sort(["signed_date", "modified_at", "source_file"], descending=True, nulls_last=True)
        .with_columns(newest=pl.col("source_file").first().over("doc_number"))
    )
    older = versions.filter(pl.col("source_file") != pl.col("newest"))
    return schema.conform(
        older.select(
            "source_file", "sha256", "size_bytes",
            reason=pl.lit("superseded"),
            detail=pl.format("an older version of {}; replaced by {}", "doc_number", "newest"),
            seen_at=pl.lit(datetime.now()),
        ),
        schema.REJECTS,
    ).sort("source_file")


# Reasons decided after extraction; each run recomputes them.
EXTRACTION_REASONS = ("not_a_letter", "superseded")


def extraction_rejects(letters: pl.DataFrame, headers: pl.DataFrame) -> pl.DataFrame:
    """The rejects decided from the extracted headers of all letters: texts that are not
    reply letters, and older versions of a letter."""
    return pl.concat([not_a_letter_rejects(letters, headers), superseded_rejects(letters, headers)]).sort("source_file")


def settle_versions(letters: pl.DataFrame, facts: dict[str, pl.DataFrame]) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Drop the facts of superseded letters; returns (facts, rejects decided by extraction)."""
    headers = facts["letter_headers"]
    superseded = superseded_rejects(letters, headers)
    gone = letters.join(superseded.select("source_file"), on="source_file", how="semi").select("letter_id")
    kept = {table: frame.join(gone, on="letter_id", how="anti") for table, frame in facts.items()}
    return kept, extraction_rejects(letters, headers)
