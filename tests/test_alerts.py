"""Alerts: the webhook (timeout, retries with backoff, redaction), ops.dq_alerts rows, and the
failed-run alert the run-failure sensor writes."""
import base64
import logging
import socket

import dagster as dg
import duckdb
import pytest

from orchestration import alerts, warehouse
from orchestration.defs.resources import WarehouseResource
from orchestration.defs.sensors import alert_on_run_failure
from tests.webhook_receiver import Receiver

SECRETS = ("s3cret", "T0KEN", "sig=abc", "hookuser")


@pytest.fixture
def receiver():
    receiver = Receiver().start()
    yield receiver
    receiver.stop()


def an_alert(**changes) -> alerts.Alert:
    fields = dict(check_name="gx_warnings", asset="marts/proposals", severity="WARN",
                  observed="1 of 2 rows unexpected (50.0%)",
                  failing_sample=[{"source_file": "wenke-tifu-2024-098.txt", "signed_date": None}],
                  run_id="run-1", expectation="expect_column_values_to_not_be_null(signed_date)")
    return alerts.Alert(**(fields | changes))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_alert_is_posted_as_json(receiver):
    assert alerts.post(receiver.url(), an_alert().payload())
    [request] = receiver.requests
    assert request.headers["Content-Type"].startswith("application/json")
    payload = request.json()
    assert payload["source"] == "reply-letters-warehouse"
    assert payload["severity"] == "WARN"
    assert payload["failing_sample"] == [{"source_file": "wenke-tifu-2024-098.txt", "signed_date": None}]
    assert {"check_name", "asset", "observed", "run_id", "alerted_at", "expectation"} <= payload.keys()


def test_server_errors_are_retried_with_exponential_backoff(receiver):
    receiver.statuses = [500, 503, 429]
    waits = []
    assert alerts.post(receiver.url(), an_alert().payload(), retries=3, backoff=0.5, sleep=waits.append)
    assert len(receiver.requests) == 4
    assert waits == [0.5, 1.0, 2.0]


def test_it_gives_up_after_the_retries_without_raising(receiver, caplog):
    receiver.default = 502
    waits = []
    with caplog.at_level(logging.WARNING):
        assert not alerts.post(receiver.url(), {"x": 1}, retries=2, backoff=0.1, sleep=waits.append)
    assert len(receiver.requests) == 3
    assert waits == [0.1, 0.2]
    assert "not delivered after 3 attempt(s): HTTP 502" in caplog.text


def test_a_client_error_is_not_retried(receiver):
    receiver.default = 404
    assert not alerts.post(receiver.url(), {"x": 1}, sleep=lambda _: None)
    assert len(receiver.requests) == 1


def test_an_unreachable_webhook_never_raises():
    waits = []
    url = f"http://127.0.0.1:{closed_port()}/alerts"
    assert not alerts.post(url, {"x": 1}, retries=2, timeout=1, sleep=waits.append)
    assert len(waits) == 2
    assert not alerts.post("not a url at all", {"x": 1}, sleep=waits.append)


def test_a_slow_webhook_times_out(receiver):
    receiver.delay = 1.5
    assert not alerts.post(receiver.url(), {"x": 1}, timeout=0.3, retries=0)


def test_the_url_secrets_are_never_logged_but_credentials_are_used(receiver, caplog):
    receiver.statuses = [500]
    url = f"http://hookuser:s3cret@127.0.0.1:{receiver.port}/hooks/T0KEN?sig=abc"
    with caplog.at_level(logging.DEBUG):
        assert alerts.post_all([an_alert()], url=url, sleep=lambda _: None) == 1
        alerts.post(f"http://hookuser:s3cret@127.0.0.1:{closed_port()}/hooks/T0KEN?sig=abc", {}, retries=0)
    assert receiver.requests[-1].path == "/hooks/T0KEN?sig=abc"
    assert receiver.requests[-1].headers["Authorization"] == "Basic " + base64.b64encode(b"hookuser:s3cret").decode()
    assert f"127.0.0.1:{receiver.port}/***" in caplog.text
    for secret in SECRETS:
        assert secret not in caplog.text


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://hooks.example.org/services/T000/B000/XXXX", "https://hooks.example.org/***"),
        ("http://u:p@127.0.0.1:8080/a?token=1", "http://***@127.0.0.1:8080/***"),
        ("http://127.0.0.1:9000", "http://127.0.0.1:9000"),
        ("http://127.0.0.1:9000/?key=1", "http://127.0.0.1:9000/***"),
    ],
)
def test_redact_url(url, shown):
    assert alerts.redact_url(url) == shown


def test_no_webhook_no_post(monkeypatch):
    monkeypatch.delenv(alerts.WEBHOOK_ENV, raising=False)
    assert alerts.post_all([an_alert()]) == 0


def test_emit_writes_rows_once_and_posts_each_alert(tmp_path, receiver):
    database = tmp_path / "w.duckdb"
    batch = [an_alert(), an_alert(check_name="gx_critical", severity="ERROR", expectation="expect_x(y)")]
    assert alerts.emit(database, batch, webhook_url=receiver.url()) == 2
    alerts.emit(database, batch, webhook_url="")  # the same alerts again: no duplicate rows
    with duckdb.connect(str(database), read_only=True) as con:
        rows = con.execute(
            "select check_name, asset, severity, expectation, failing_sample, run_id from ops.dq_alerts order by severity"
        ).fetchall()
    assert rows == [
        ("gx_critical", "marts/proposals", "ERROR", "expect_x(y)",
         '[{"source_file": "wenke-tifu-2024-098.txt", "signed_date": null}]', "run-1"),
        ("gx_warnings", "marts/proposals", "WARN", "expect_column_values_to_not_be_null(signed_date)",
         '[{"source_file": "wenke-tifu-2024-098.txt", "signed_date": null}]', "run-1"),
    ]
    assert [p["severity"] for p in receiver.payloads()] == ["WARN", "ERROR"]


def test_emit_survives_a_warehouse_it_cannot_write(tmp_path, receiver, monkeypatch):
    monkeypatch.setattr(warehouse, "ALERT_LOCK_WAIT_SECONDS", 0.0)
    database = tmp_path / "w.duckdb"
    with duckdb.connect(str(database)):  # this process holds it read-write ...
        blocked = tmp_path / "blocked"
        blocked.write_text("")
        # ... and a path under a file cannot even be created: neither raises.
        assert alerts.emit(blocked / "w.duckdb", [an_alert()], webhook_url=receiver.url()) == 1
    assert len(receiver.requests) == 1


def test_the_run_failure_sensor_writes_an_error_alert(tmp_path, receiver, monkeypatch):
    monkeypatch.setenv(alerts.WEBHOOK_ENV, receiver.url("/hook/T0KEN"))

    @dg.op
    def explode():
        raise RuntimeError("letters folder vanished")

    @dg.job
    def doomed():
        explode()

    instance = dg.DagsterInstance.ephemeral()
    result = doomed.execute_in_process(instance=instance, raise_on_error=False)
    assert not result.success
    failure = next(e for e in result.all_events if e.event_type == dg.DagsterEventType.RUN_FAILURE)
    database = tmp_path / "w.duckdb"
    context = dg.build_run_status_sensor_context(
        sensor_name="alert_on_run_failure", dagster_event=failure, dagster_instance=instance,
        dagster_run=result.dagster_run,
        resources={"warehouse": WarehouseResource(raw_dir=str(tmp_path), warehouse_path=str(database))},
    ).for_run_failure()
    alert_on_run_failure(context)

    with duckdb.connect(str(database), read_only=True) as con:
        [(check, asset, severity, observed, run_id)] = con.execute(
            "select check_name, asset, severity, observed, run_id from ops.dq_alerts").fetchall()
    assert (check, asset, severity, run_id) == ("run_failure", "explode", "ERROR", result.run_id)
    assert "letters folder vanished" in observed
    [payload] = receiver.payloads()
    assert payload["check_name"] == "run_failure" and payload["failing_sample"][0]["step"] == "explode"
