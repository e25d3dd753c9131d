"""What RAW_DIR holds, as the sensor's cursor remembers it (no Dagster import).

The state is {source_file: sha256 of the bytes}: a letter is new, changed or deleted by
its path and content hash, never by its modification time. Size and mtime are kept only as
a cache: a file whose size and mtime_ns are unchanged is not read and hashed again.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from orchestration.ingest import list_raw_files

CURSOR_VERSION = 1


@dataclass(frozen=True)
class FileState:
    sha256: str | None  # None: the file could not be read
    size: int
    mtime_ns: int


@dataclass
class FolderState:
    files: dict[str, FileState] = field(default_factory=dict)
    generation: int = 0  # how many changes the cursor has seen

    def hashes(self) -> dict[str, str | None]:
        return {path: state.sha256 for path, state in sorted(self.files.items())}

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.hashes(), sort_keys=True).encode()).hexdigest()

    def to_cursor(self) -> str:
        return json.dumps({
            "version": CURSOR_VERSION,
            "generation": self.generation,
            "files": {path: [s.sha256, s.size, s.mtime_ns] for path, s in sorted(self.files.items())},
        }, separators=(",", ":"))

    @classmethod
    def from_cursor(cls, cursor: str | None) -> FolderState:
        """The state a cursor holds; an empty or unreadable cursor is an empty folder."""
        try:
            data = json.loads(cursor) if cursor else {}
            if data.get("version") != CURSOR_VERSION:
                return cls()
            files = {path: FileState(sha, int(size), int(mtime)) for path, (sha, size, mtime) in data["files"].items()}
            return cls(files=files, generation=int(data.get("generation", 0)))
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls()


@dataclass(frozen=True)
class Changes:
    added: list[str]
    changed: list[str]
    deleted: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.deleted)

    def summary(self) -> str:
        parts = [f"{len(v)} {k}" for k, v in (("added", self.added), ("changed", self.changed), ("deleted", self.deleted)) if v]
        return ", ".join(parts) or "no change"


def scan(raw_dir: str | os.PathLike, previous: FolderState | None = None) -> FolderState:
    """The folder's state now, reusing `previous` hashes of files whose size and mtime_ns
    have not changed. Hidden files and folders are skipped, as ingestion skips them."""
    previous = previous or FolderState()
    files = {}
    for raw in list_raw_files(Path(raw_dir)):
        stat = raw.stat
        if stat is None:
            continue  # gone between listing and stat: it is not there
        known = previous.files.get(raw.source_file)
        if known and known.sha256 and known.size == stat.st_size and known.mtime_ns == stat.st_mtime_ns:
            files[raw.source_file] = known
        else:
            files[raw.source_file] = FileState(file_sha256(raw.path), stat.st_size, stat.st_mtime_ns)
    return FolderState(files=files, generation=previous.generation)


def file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def diff(before: FolderState, after: FolderState) -> Changes:
    old, new = before.hashes(), after.hashes()
    return Changes(
        added=sorted(new.keys() - old.keys()),
        changed=sorted(path for path in new.keys() & old.keys() if new[path] != old[path]),
        deleted=sorted(old.keys() - new.keys()),
    )


def run_key(before: FolderState, after: FolderState) -> str:
    """Names the move from one folder state to the next: a tick evaluated twice on the
    same cursor asks for the same run (Dagster skips the repeat), while the same contents
    seen again after other changes (a file restored) is a new generation, a new key."""
    material = f"{before.generation}:{before.digest()}:{after.digest()}"
    return f"raw-{before.generation + 1}-{hashlib.sha256(material.encode()).hexdigest()[:16]}"
