"""Read the raw letters folder into decoded letters and rejects (no Dagster import).

Every file under RAW_DIR ends up in exactly one of the two frames `scan_raw_dir` returns:
a decoded letter (schema LETTERS) or a reject with a reason (schema REJECTS). A bad file
never raises; it becomes a reject.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polars as pl

from orchestration.extraction import schema

# A decoded text is binary junk when more than this share of its characters are control
# (other than newline and tab), surrogate, private-use or replacement characters.
# Real letters have none; what a wrong guess at an encoding produces is full of them.
JUNK_SHARE = 0.2
JUNK_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd]")

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Rejected(Exception):
    """A file that cannot become a letter; `reason` is one of schema.REJECT_REASONS."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a plain-text letter; returns (text, encoding) or raises Rejected."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise Rejected("undecodable", f"starts with a {encoding} BOM but is not {encoding}: {err.reason}") from None
    # BOM-less UTF-16 before UTF-8: text in UTF-8 has no NUL bytes, but UTF-16 of ASCII
    # is valid UTF-8 (full of NULs).
    utf16 = bomless_utf16_encoding(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise Rejected("undecodable", "not valid utf-8, utf-16 or gb18030") from None


def bomless_utf16_encoding(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes cluster on one parity, as the high byte of
    ASCII characters does in UTF-16; else None. CJK code units like 一 (U+4E00) also put
    NULs on the other parity, so one side only has to dominate."""
    if len(data) % 2:
        return None
    nul_even, nul_odd = data[0::2].count(0), data[1::2].count(0)
    units = len(data) // 2
    dominant = max(nul_even, nul_odd)
    if dominant < max(2, units // 100) or dominant < 2 * min(nul_even, nul_odd):
        return None
    return "utf-16-le" if nul_odd > nul_even else "utf-16-be"


# Suffix -> reader. .docx/.pdf/.html readers slot in here.
READERS: dict[str, Callable[[bytes], tuple[str, str]]] = {
    ".txt": decode_text,
    ".text": decode_text,
}


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
    path: Path
    source_file: str  # relative to the raw folder, forward slashes


def list_raw_files(raw_dir: Path) -> list[RawFile]:
    """Every regular file below raw_dir, hidden files and folders skipped, sorted by source_file."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw letters folder {raw_dir} does not exist")
    found = []
    for root, dirs, files in os.walk(raw_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root, name)
            if path.is_file():
                found.append(RawFile(path, path.relative_to(raw_dir).as_posix()))
    return sorted(found, key=lambda f: f.source_file)


def scan_raw_dir(raw_dir: str | os.PathLike) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Decode every file under raw_dir: (letters, rejects), each sorted by source_file."""
    seen_at = datetime.now()
    letters: list[dict] = []
    rejects: list[dict] = []
    kept_by_sha: dict[str, str] = {}
    for raw in list_raw_files(Path(raw_dir)):
        sha256 = size = None
        try:
            data = raw.path.read_bytes()
            sha256, size = hashlib.sha256(data).hexdigest(), len(data)
            text, encoding = read_letter(raw.path.suffix, data)
            # Only a decodable letter can be kept; its byte-identical copies repeat it.
            if sha256 in kept_by_sha:
                raise Rejected("duplicate", f"byte-identical to {kept_by_sha[sha256]}")
        except Rejected as rejected:
            rejects.append(reject_row(raw.source_file, sha256, size, rejected.reason, rejected.detail, seen_at))
            continue
        except OSError as err:
            rejects.append(reject_row(raw.source_file, sha256, size, "undecodable", f"cannot read: {err}", seen_at))
            continue
        kept_by_sha[sha256] = raw.source_file
        letters.append({
            "letter_id": letter_id(sha256),
            "source_file": raw.source_file,
            "sha256": sha256,
            "size_bytes": size,
            "encoding": encoding,
            "text": text,
            "n_chars": len(text),
        })
    return (
        pl.DataFrame(letters, schema=schema.LETTERS),
        pl.DataFrame(rejects, schema=schema.REJECTS),
    )


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
