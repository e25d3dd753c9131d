"""Shared fixtures: one end-to-end build of a small warehouse per test session."""
import os
import shutil
import subprocess
import sys

import duckdb
import pytest

from orchestration.settings import DEFAULT_RAW_DIR, REPO_ROOT

SHARED = REPO_ROOT.parent / "shared"
SEED_LETTERS = ["wenke-tifu-2024-098.txt", "wenke-tifu-2024-120.txt"]
JUNK = "scanner output.txt"
# A text that decodes fine but is not a reply letter.
NOT_A_LETTER = "会议通知.txt"
ID_QUERIES = {
    "proposals": "select letter_id, source_file from marts.proposals order by all",
    "commitments": "select commitment_id from marts.commitments order by all",
    "metrics": "select metric_id from marts.metrics order by all",
    "rejects": "select source_file, reason from ops.rejects order by all",
}


def run_cli(workdir) -> subprocess.CompletedProcess:
    # Relative paths on purpose: the CLI must read them relative to its working directory.
    env = {**os.environ, "RAW_DIR": "raw", "WAREHOUSE_PATH": "out/warehouse.duckdb", "DAGSTER_HOME": "dagster_home"}
    return subprocess.run(
        [sys.executable, "-m", "orchestration.cli", "run"],
        cwd=workdir, env=env, capture_output=True, text=True, timeout=600,
    )


def snapshot(database) -> dict[str, list[tuple]]:
    with duckdb.connect(str(database), read_only=True) as con:
        return {name: con.execute(sql).fetchall() for name, sql in ID_QUERIES.items()}


@pytest.fixture(scope="session")
def runs(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("pipeline")
    raw = workdir / "raw"
    raw.mkdir()
    for name in SEED_LETTERS:
        shutil.copyfile(DEFAULT_RAW_DIR / name, raw / name)
    (raw / JUNK).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (raw / NOT_A_LETTER).write_text("关于召开2024年科技工作会议的通知\n各有关单位：\n定于6月3日召开会议，请准时参加。\n", encoding="utf-8")
    database = workdir / "out" / "warehouse.duckdb"
    results = []
    for _ in range(2):
        process = run_cli(workdir)
        assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
        results.append((process.stdout, snapshot(database)))
    return database, results


