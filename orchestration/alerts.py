"""Data-quality and run-failure alerts: a row in ops.dq_alerts and, when ALERT_WEBHOOK_URL is
set, one JSON POST per alert (no Dagster import).

Delivery is best effort by design: the row is written first, the webhook is tried with a
timeout and retries with exponential backoff, and a webhook that keeps failing is logged and
given up on. Nothing here raises into the data run. The webhook URL often carries a secret
(user:password@, a token in the path, ?key=...), so logs only ever show `redact_url(url)`.
"""
from __future__ import annotations

import base64
import json
import logging
import math
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from orchestration import warehouse

LOG = logging.getLogger(__name__)

WEBHOOK_ENV = "ALERT_WEBHOOK_URL"
SOURCE = "reply-letters-warehouse"
RUN_FAILURE_CHECK = "run_failure"
TIMEOUT_SECONDS = 5.0
RETRIES = 3            # after the first attempt: 4 attempts in all
BACKOFF_SECONDS = 0.5  # 0.5 s, 1 s, 2 s between attempts
SAMPLE_ROWS = 5


@dataclass(frozen=True)
class Alert:
    """One row of ops.dq_alerts; `failing_sample` is a list of rows (dicts)."""

    check_name: str
    asset: str
    severity: str  # ERROR | WARN
    observed: str
    failing_sample: list = field(default_factory=list)
    run_id: str | None = None
    expectation: str | None = None
    alerted_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))

    def row(self) -> dict[str, Any]:
        """The ops.dq_alerts row: failing_sample as JSON text."""
        return {**asdict(self), "failing_sample": to_json(self.failing_sample)}

    def payload(self) -> dict[str, Any]:
        """The webhook's JSON body."""
        return {
            "source": SOURCE,
            **asdict(self),
            "failing_sample": json.loads(to_json(self.failing_sample)),
            "alerted_at": self.alerted_at.isoformat(),
        }


def emit(database: str | os.PathLike, alerts: Sequence[Alert], *, log: Any = None,
         webhook_url: str | None = None) -> int:
    """Write `alerts` to ops.dq_alerts, then POST each to the webhook; returns how many were
    delivered. Never raises: a locked warehouse or a dead webhook is logged, not fatal."""
    log = log or LOG
    if not alerts:
        return 0
    try:
        written = warehouse.append_alerts(database, [alert.row() for alert in alerts])
        log.info(f"{written} alert(s) written to ops.dq_alerts in {database}")
    except Exception as err:  # noqa: BLE001 - an alert must never fail the data run
        log.warning(f"could not write {len(alerts)} alert(s) to ops.dq_alerts: {type(err).__name__}: {err}")
    return post_all(alerts, url=webhook_url, log=log)


def post_all(alerts: Iterable[Alert], *, url: str | None = None, log: Any = None, **options) -> int:
    """POST every alert to `url` (default: $ALERT_WEBHOOK_URL); returns how many were delivered."""
    log = log or LOG
    url = url if url is not None else os.environ.get(WEBHOOK_ENV, "").strip()
    if not url:
        return 0
    alerts = list(alerts)
    delivered = sum(post(url, alert.payload(), log=log, **options) for alert in alerts)
    log.info(f"alert webhook {redact_url(url)}: {delivered} of {len(alerts)} alert(s) delivered")
    return delivered


def post(url: str, payload: dict, *, timeout: float = TIMEOUT_SECONDS, retries: int = RETRIES,
         backoff: float = BACKOFF_SECONDS, log: Any = None,
         sleep: Callable[[float], None] = time.sleep) -> bool:
    """POST `payload` as JSON; True once a 2xx answer comes back.

    Connection errors, timeouts, 5xx, 408 and 429 are retried after backoff * 2**attempt
    seconds; other 4xx answers are final. Never raises.
    """
    log = log or LOG
    shown = redact_url(url)
    try:
        target, headers = request_target(url)
        body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    except Exception as err:  # noqa: BLE001 - a malformed URL must not fail the run either
        log.warning(f"alert webhook {shown}: not posted ({type(err).__name__})")
        return False
    attempts = retries + 1
    problem = "no attempt"
    for attempt in range(attempts):
        retry = True
        try:
            request = urllib.request.Request(target, data=body, headers=headers, method="POST")
            with urllib.request.urlopen(request, timeout=timeout) as response:
                status = response.status
            if 200 <= status < 300:
                return True
            problem = f"HTTP {status}"
        except urllib.error.HTTPError as err:
            problem = f"HTTP {err.code}"
            retry = err.code >= 500 or err.code in (408, 429)
        except Exception as err:  # noqa: BLE001 - URLError, timeouts, resets, anything
            problem = describe_error(err, url)
        if not retry:
            break
        if attempt + 1 < attempts:
            sleep(backoff * 2 ** attempt)
    log.warning(f"alert webhook {shown}: not delivered after {attempt + 1} attempt(s): {problem}")
    return False


def request_target(url: str) -> tuple[str, dict[str, str]]:
    """The URL without user:password@, and the headers (Basic auth from those credentials)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) URL")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": SOURCE}
    if parts.username is not None or parts.password is not None:
        credentials = f"{urllib.parse.unquote(parts.username or '')}:{urllib.parse.unquote(parts.password or '')}"
        headers["Authorization"] = "Basic " + base64.b64encode(credentials.encode()).decode()
        host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        netloc = f"{host}:{parts.port}" if parts.port else host
        url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return url, headers


def redact_url(url: str) -> str:
    """What may be logged of a webhook URL: scheme, host and port; credentials, path and
    query (where tokens live) become '***'."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or "?"
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<unparseable URL>"
    userinfo = "***@" if parts.username is not None or parts.password is not None else ""
    path = "/***" if parts.path.strip("/") or parts.query or parts.fragment else ""
    return f"{parts.scheme}://{userinfo}{host}{port}{path}"


def describe_error(err: BaseException, url: str) -> str:
    """`err` as text with every secret part of `url` scrubbed out."""
    reason = getattr(err, "reason", None) or err
    text = f"{type(err).__name__}: {reason}"
    for secret in secret_parts(url):
        text = text.replace(secret, "***")
    return text


def secret_parts(url: str) -> list[str]:
    try:
        parts = urllib.parse.urlsplit(url)
        candidates = [url, parts.password, parts.username, parts.query, parts.path]
    except ValueError:
        candidates = [url]
    # Longest first, so the whole URL goes before its pieces.
    return sorted({c for c in candidates if c and c not in ("/",)}, key=len, reverse=True)


def to_json(value: Any) -> str:
    """JSON text of `value` with NaN as null and dates, numpy scalars etc. as plain values."""
    return json.dumps(plain(value), ensure_ascii=False, default=str)


def plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "item") and callable(value.item) and not isinstance(value, (str, bytes)):
        try:
            value = value.item()  # numpy scalar
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if value.__class__.__name__ in ("NaTType", "NAType"):
        return None
    return str(value)


def run_failure_alert(run_id: str, job_name: str, step_failures: Sequence[tuple[str, str]],
                      run_error: str | None = None) -> Alert:
    """The alert for a failed run: which steps failed and the first error."""
    messages = [message for _, message in step_failures] or [run_error or "run failed"]
    first = first_line(messages[0])
    steps = [step for step, _ in step_failures]
    return Alert(
        check_name=RUN_FAILURE_CHECK,
        asset=", ".join(steps) if steps else job_name,
        severity="ERROR",
        observed=f"run of {job_name} failed" + (f" in {', '.join(steps)}" if steps else "") + f": {first}",
        failing_sample=[{"step": step, "error": first_line(message)} for step, message in step_failures][:SAMPLE_ROWS],
        run_id=run_id,
        expectation=None,
    )


def error_message(error: Any) -> str:
    """The root cause's message of a Dagster error (SerializableErrorInfo: .message, .cause),
    not the "Error occurred while executing op" wrapper around it."""
    if error is None:
        return ""
    while getattr(error, "cause", None) is not None:
        error = error.cause
    return first_line(getattr(error, "message", None) or str(error))


def first_line(text: str, limit: int = 500) -> str:
    line = next((line.strip() for line in str(text).splitlines() if line.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def webhook_configured() -> str | None:
    """The redacted webhook URL when ALERT_WEBHOOK_URL is set, else None."""
    url = os.environ.get(WEBHOOK_ENV, "").strip()
    return redact_url(url) if url else None
