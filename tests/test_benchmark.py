"""A small run of the benchmark, so the script and the generator cannot rot."""
import json
import subprocess
import sys

import pytest

from orchestration.settings import REPO_ROOT

pytestmark = pytest.mark.slow

KEYS = {"letters", "text_mb", "extract_mb_s", "baseline_extract_mb_s", "end_to_end_s", "peak_rss_mb",
        "refresh_one_s", "precision", "recall"}


def test_benchmark_on_1k_letters(tmp_path):
    process = subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "run.py"), "--letters", "1000", "--seed", "11",
         "--baseline-sample", "10", "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=900,
    )
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    summary = json.loads(process.stdout.strip().splitlines()[-1])
    assert KEYS <= set(summary)
    assert summary["letters"] == 1000
    assert summary["precision"] >= 0.98 and summary["recall"] >= 0.98
    assert summary["extract_mb_s"] > summary["baseline_extract_mb_s"]
    # Where the time went: every step of both runs, the refresh's dbt step among them.
    steps = {"raw__letters", "gx_raw", "raw_letter_facts", "dbt_warehouse", "gx_marts", "warehouse_snapshot"}
    assert steps <= set(summary["end_to_end_steps_s"]) and steps <= set(summary["refresh_one_steps_s"])
    assert 0 < summary["refresh_one_steps_s"]["dbt_warehouse"] < summary["refresh_one_s"]
    assert "s in the run of" in process.stdout
    # The run's processes together hold more than its largest one (the GX worker beside it).
    assert summary["end_to_end_tree_rss_mb"] > summary["end_to_end_peak_rss_mb"] > 0
    assert summary["peak_rss_mb"] >= summary["end_to_end_tree_rss_mb"]
