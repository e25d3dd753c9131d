"""Operations end to end, through `python -m orchestration.cli run` (what `make run` calls):
alerts reach a webhook receiver on 127.0.0.1, readers use the snapshot while a refresh
writes, a deleted letter leaves the marts, and a failed run leaves an alert."""
import os
import re
import shutil
import subprocess
import sys
import time

import duckdb
import pytest

from orchestration.quality.suites import load_suites
from orchestration.quality.validate import read_frame, validate
from orchestration.settings import DEFAULT_RAW_DIR
from tests.conftest import SEED_LETTERS
from tests.webhook_receiver import Receiver

pytestmark = pytest.mark.slow

LETTER_98, LETTER_120 = SEED_LETTERS
SECRETS = ("hookuser", "s3cret", "T0KEN", "sig=abc")
MART_QUERIES = {
    "proposals": "select distinct source_file from marts.proposals",
    "commitments": "select distinct source_file from marts.commitments",
    "metrics": "select distinct source_file from marts.metrics",
}


def start_cli(workdir, **env) -> subprocess.Popen:
    env = {**os.environ, "RAW_DIR": "raw", "WAREHOUSE_PATH": "out/warehouse.duckdb",
           "DAGSTER_HOME": "dagster_home", **env}
    return subprocess.Popen([sys.executable, "-m", "orchestration.cli", "run"], cwd=workdir, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    stdout, stderr = process.communicate(timeout=600)
    return process.returncode, stdout, stderr


def run_id(stdout: str) -> str:
    return re.search(r"^run (\S+): ", stdout, re.M).group(1)


def sources(database, mart) -> set[str]:
    with duckdb.connect(str(database), read_only=True) as con:
        return {row[0] for row in con.execute(MART_QUERIES[mart]).fetchall()}


@pytest.fixture(scope="module")
def operations(tmp_path_factory):
    """Run 1 over both seed letters with a webhook whose first answer is a 500; then delete
    letter 120 and run 2 while a reader keeps querying the snapshot."""
    workdir = tmp_path_factory.mktemp("operations")
    shutil.copytree(DEFAULT_RAW_DIR, workdir / "raw", ignore=shutil.ignore_patterns(".*"))
    receiver = Receiver(statuses=[500]).start()
    url = f"http://hookuser:s3cret@127.0.0.1:{receiver.port}/alerts/T0KEN?sig=abc"
    try:
        first = finish(start_cli(workdir, ALERT_WEBHOOK_URL=url))
        assert first[0] == 0, first[1][-3000:] + first[2][-3000:]
        database = workdir / "out" / "warehouse.duckdb"
        snapshot = workdir / "out" / "warehouse.snapshot.duckdb"
        before = {mart: sources(database, mart) for mart in MART_QUERIES}

        (workdir / "raw" / LETTER_120).unlink()
        process = start_cli(workdir, ALERT_WEBHOOK_URL=url)
        reads, errors = 0, []
        while process.poll() is None:
            try:
                with duckdb.connect(str(snapshot), read_only=True) as con:
                    con.execute("select count(*) from marts.metrics").fetchone()
                reads += 1
            except duckdb.Error as err:
                errors.append(str(err))
            time.sleep(0.2)
        second = finish(process)
        assert second[0] == 0, second[1][-3000:] + second[2][-3000:]
        yield {"workdir": workdir, "database": database, "snapshot": snapshot, "first": first, "second": second,
               "before": before, "receiver": receiver, "reads": reads, "read_errors": errors}
    finally:
        receiver.stop()


def test_the_run_reports_the_warn_for_letter_98(operations):
    _, stdout, _ = operations["first"]
    assert ": SUCCESS" in stdout
    assert re.search(r"^failed checks: 1 of \d+ \(ERROR 0, WARN 1\)$", stdout, re.M)
    assert "marts/proposals gx_warnings (WARN): 1 of 6 expectations failed: expect_column_values_to_not_be_null(signed_date)" in stdout
    assert "alerts: 1 in ops.dq_alerts (WARN 1), sent to http://***@127.0.0.1:" in stdout


def test_the_warn_alert_is_a_row_in_ops_dq_alerts(operations):
    first_run = run_id(operations["first"][1])
    with duckdb.connect(str(operations["database"]), read_only=True) as con:
        rows = con.execute(
            "select check_name, asset, severity, expectation, observed, failing_sample from ops.dq_alerts where run_id = ?",
            [first_run]).fetchall()
    [(check, asset, severity, expectation, observed, sample)] = rows
    assert (check, asset, severity) == ("gx_warnings", "marts/proposals", "WARN")
    assert expectation == "expect_column_values_to_not_be_null(signed_date)"
    assert observed == "1 of 2 rows unexpected (50.0%)"
    assert LETTER_98 in sample


def test_the_webhook_received_it_after_a_retry(operations):
    receiver = operations["receiver"]
    first_run = run_id(operations["first"][1])
    deliveries = [r for r in receiver.requests if r.json()["run_id"] == first_run]
    # The receiver answered the first POST with a 500: the alert came again and got through.
    assert len(deliveries) == 2 and deliveries[0].body == deliveries[1].body
    payload = deliveries[0].json()
    assert payload["severity"] == "WARN" and payload["asset"] == "marts/proposals"
    assert payload["failing_sample"][0]["source_file"] == LETTER_98
    assert deliveries[0].path == "/alerts/T0KEN?sig=abc"


def test_the_webhook_secrets_are_not_in_the_output(operations):
    for _, stdout, stderr in (operations["first"], operations["second"]):
        for secret in SECRETS:
            assert secret not in stdout and secret not in stderr


def test_a_deleted_letter_leaves_the_marts(operations):
    assert all(LETTER_120 in found for found in operations["before"].values())
    for mart in MART_QUERIES:
        assert sources(operations["database"], mart) == {LETTER_98}, mart
    with duckdb.connect(str(operations["database"]), read_only=True) as con:
        assert con.execute("select count(*) from ops.rejects").fetchone() == (0,)


def test_readers_query_the_snapshot_while_a_refresh_writes(operations):
    assert operations["reads"] >= 10 and operations["read_errors"] == []
    # The snapshot is the finished state of the last run, with the staging views working.
    with duckdb.connect(str(operations["snapshot"]), read_only=True) as con:
        assert {row[0] for row in con.execute("select source_file from marts.proposals").fetchall()} == {LETTER_98}
        assert con.execute("select count(*) from staging.stg_letters").fetchone() == (1,)
    assert f"snapshot for readers: {operations['snapshot']}" in operations["second"][1]


def test_only_letter_98_fails_an_expectation_on_the_seed_letters(runs):
    database, _ = runs
    failed = []
    for suite in load_suites():
        for outcome in validate(suite, read_frame(database, suite)):
            if not outcome.success:
                failed.append((suite.name, outcome.severity, outcome.expectation, outcome.sample))
    assert failed == [("marts_proposals", "warning", "expect_column_values_to_not_be_null(signed_date)",
                       [{"signed_date": None, "letter_id": failed[0][3][0]["letter_id"], "source_file": LETTER_98}])]


def test_a_failed_run_writes_an_error_alert(tmp_path):
    receiver = Receiver().start()
    try:
        code, stdout, stderr = finish(start_cli(tmp_path, RAW_DIR="no_such_folder", ALERT_WEBHOOK_URL=receiver.url("/x")))
    finally:
        receiver.stop()
    assert code == 1 and ": FAILURE" in stdout
    assert "alerts: 1 in ops.dq_alerts (ERROR 1)" in stdout
    with duckdb.connect(str(tmp_path / "out" / "warehouse.duckdb"), read_only=True) as con:
        [(check, severity, observed, found_run)] = con.execute(
            "select check_name, severity, observed, run_id from ops.dq_alerts").fetchall()
    assert (check, severity, found_run) == ("run_failure", "ERROR", run_id(stdout))
    assert "does not exist" in observed
    [payload] = receiver.payloads()
    assert payload["check_name"] == "run_failure" and payload["severity"] == "ERROR"
