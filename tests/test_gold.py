"""The seed letters' hand-annotated gold, scored on the warehouse the CLI builds.

Thresholds from the core-warehouse issue. The gold and its scorer live in ../shared; the
test skips where that folder is absent.
"""
import json
import subprocess
import sys

import pytest

from tests.conftest import SHARED

pytestmark = pytest.mark.slow

SCORER = SHARED / "gold" / "score.py"
THRESHOLDS = {  # metric -> minimum
    "f1": 0.98,
    "kind_acc": 0.95,
    "qualifier_acc": 0.95,
    "subject_acc": 0.85,
    "header_acc": 1.0,
    "commitment_acc": 1.0,
}


@pytest.fixture(scope="module")
def summary(runs):
    if not SCORER.exists():
        pytest.skip(f"no gold scorer at {SCORER}")
    database, _ = runs
    process = subprocess.run([sys.executable, str(SCORER), str(database), "--json"],
                             capture_output=True, text=True, timeout=300)
    assert process.returncode == 0, process.stdout[-2000:] + process.stderr[-2000:]
    # Per-letter lines, then the JSON report, then the TOTAL line.
    out = process.stdout
    report = json.loads(out[out.index("\n{") + 1: out.rindex("\nTOTAL")])
    return report["summary"]


@pytest.mark.parametrize("metric,minimum", THRESHOLDS.items())
def test_seed_gold_threshold(summary, metric, minimum):
    assert summary[metric] >= minimum, summary


def test_no_forbidden_numbers_are_metrics(summary):
    assert summary["forbidden"] == 0, summary
