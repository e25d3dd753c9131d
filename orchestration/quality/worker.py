"""Great Expectations in a worker process started with the run (no Dagster import).

`import great_expectations` takes 4-5 s (scipy.stats, altair). In the run's own process
the first check pays it after the letters have been scanned, on a core the run does not
use then. Started when the run starts, a worker imports it on the other core while the
folder is scanned, and then validates every suite of the run: the checks send it a suite
and which rows, it reads them from the warehouse and sends back the outcomes. With more
than one worker (`ValidationPool`), the suites of one check step run side by side.

The run never writes while a worker reads: a check waits for its answers, and a worker
opens the file read-only for each request and closes it before answering (DuckDB lets
several processes read a file that none writes).
"""
from __future__ import annotations

import atexit
import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from orchestration.quality.scope import Scope
    from orchestration.quality.suites import Suite
    from orchestration.quality.validate import Outcome

# The folder that holds the orchestration package, for the worker's imports.
PACKAGE_ROOT = Path(__file__).resolve().parents[2]


class WorkerDied(RuntimeError):
    """The worker process ended before answering (killed, out of memory)."""


class ValidationWorker:
    """One worker process; `validate` blocks until it answers. Use as a context manager,
    or call `start` and `close`.

    A plain `python -m` child speaking pickles over its stdin and stdout, not a
    multiprocessing spawn: spawn runs the parent's main script again in the child, so
    any script that starts a run without a `__main__` guard would start it twice. Its
    first message says that it has imported Great Expectations.
    """

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None
        self.served = 0  # requests answered
        self._ready = False
        self._reading = threading.Lock()  # one reader of the worker's answers at a time

    def start(self) -> ValidationWorker:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(PACKAGE_ROOT), os.environ.get("PYTHONPATH")) if p)}
        # stderr is the run's: the worker's own logs and tracebacks show where the run's do.
        self._process = subprocess.Popen(
            [sys.executable, "-m", "orchestration.quality.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        return self

    @property
    def ready(self) -> bool:
        """Whether the worker has said it imported Great Expectations (never blocks)."""
        return self._ready

    def wait_ready(self) -> None:
        """Block until the worker has imported Great Expectations."""
        with self._reading:
            if not self._ready:
                self._receive("starting")
                self._ready = True

    def validate(self, database: str | os.PathLike, suite: Suite, scope: Scope | None) -> tuple[int, list[Outcome]]:
        """(rows validated, outcomes) of `suite` over the `scope` rows of `database`."""
        if self._process is None:
            raise RuntimeError("the validation worker is not started")
        self.wait_ready()
        with self._reading:
            try:
                pickle.dump((os.fspath(database), suite, scope), self._process.stdin)
                self._process.stdin.flush()
            except OSError as err:
                raise self._died(f"validating suite {suite.name}") from err
            status, answer = self._receive(f"validating suite {suite.name}")
            self.served += 1
        if status == "error":
            raise answer
        return answer

    def _receive(self, doing: str):
        try:
            return pickle.load(self._process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as err:
            raise self._died(doing) from err

    def _died(self, doing: str) -> WorkerDied:
        process, code = self._process, None
        try:
            code = process.wait(timeout=5) if process else None
        except subprocess.TimeoutExpired:
            pass
        return WorkerDied(f"the Great Expectations worker ended (exit code {code}) while {doing}; "
                          "its stderr is in the run's log")

    def close(self) -> None:
        """Stop the worker (at once if it is still importing: nothing is in flight)."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            for pipe in (self._process.stdin, self._process.stdout):
                pipe.close()
            self._process = None

    def __enter__(self) -> ValidationWorker:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


class ValidationPool:
    """Workers that validate suites side by side, one suite per worker at a time.

    The first worker starts with the pool: a run's first check needs it soon. The others
    start only when a check spreads its suites over them (`validate_all(spread=True)`),
    and take requests once they have imported Great Expectations, about 7 s later: worth it
    for whole tables (the metrics of 100k letters take 14 s to validate), not for the few
    rows a refresh validates. Started with the run, a second worker slowed the first one's
    import by 3 s, and the run's own steps after it; `prestart(helpers=1)` starts one once
    the first is ready, and the first spread validation takes it.
    """

    def __init__(self, size: int) -> None:
        self.workers = [ValidationWorker() for _ in range(size)]
        self._closing = threading.Lock()
        self._closed = False

    def start(self) -> ValidationPool:
        adopted = take_prestarted()
        if adopted is not None:
            self.workers[0] = adopted
        else:
            self.workers[0].start()
        return self

    def validate(self, database: str | os.PathLike, suite: Suite, scope: Scope | None) -> tuple[int, list[Outcome]]:
        return self.workers[0].validate(database, suite, scope)

    def validate_all(self, database: str | os.PathLike, requests: list[tuple[Suite, Scope | None]],
                     spread: bool = False) -> list[tuple[int, list[Outcome]] | Exception]:
        """`validate` of every (suite, scope), in request order: each the answer or the
        exception that validating it raised. With `spread`, on every worker of the pool
        (started now if need be), each taking the next request when it is free: put the
        longest first."""
        first, *helpers = self.workers
        if not spread or len(requests) <= 1 or not helpers:
            return [answer_or_error(first.validate, database, *request) for request in requests]
        idle: queue.SimpleQueue[ValidationWorker] = queue.SimpleQueue()
        idle.put(first)
        with self._closing:
            if self._closed:
                raise RuntimeError("the validation pool is closed")
            ahead = take_prestarted_helpers()
            for at, helper in enumerate(helpers, start=1):
                if helper._process is None:  # one started ahead (prestart), else a new one
                    helper = self.workers[at] = ahead.pop() if ahead else helper.start()
                # Offered once it has imported GX: the first worker may do everything before.
                threading.Thread(target=_offer_when_ready, args=(helper, idle), daemon=True).start()
            for spare in ahead:
                spare.close()

        def on_idle_worker(request: tuple[Suite, Scope | None]):
            worker = idle.get()
            try:
                return answer_or_error(worker.validate, database, *request)
            finally:
                idle.put(worker)

        # Threads only wait on the workers' pipes; the validating happens in the workers.
        with ThreadPoolExecutor(len(self.workers)) as threads:
            return list(threads.map(on_idle_worker, requests))

    def close(self) -> None:
        with self._closing:
            self._closed = True
            for worker in self.workers:
                worker.close()

    def __enter__(self) -> ValidationPool:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


_prestarted: ValidationWorker | None = None
# Helpers started ahead for the next spread validation, and whether one has taken them.
_prestarted_helpers: list[ValidationWorker] = []
_helpers_taken = False
_prestarting = threading.Lock()


def prestart(helpers: int = 0) -> None:
    """Start the worker that the next pool of this process adopts as its first.

    For a process that knows it is about to run checks (`python -m orchestration.cli run`):
    started before Dagster is imported and the definitions load, the worker has imported
    Great Expectations by the time the first check needs it. With `helpers`, that many more
    start once the first is ready, for the next spread validation to take (the whole tables
    of a new warehouse): started beside the first they slowed its import by 3 s, and a
    helper started only when the mart suites begin spends 7 of their 15-19 s importing.
    Stopped at exit if no pool took them.
    """
    global _prestarted, _helpers_taken
    with _prestarting:
        if _prestarted is not None:
            return
        _prestarted = first = ValidationWorker().start()
        _helpers_taken = False
    atexit.register(_stop_prestarted)
    if helpers:
        threading.Thread(target=_start_helpers, args=(first, helpers), daemon=True).start()


def _start_helpers(first: ValidationWorker, count: int) -> None:
    try:
        first.wait_ready()
    except (WorkerDied, OSError, ValueError):
        return  # the first one died or was closed: nothing to help
    with _prestarting:
        if not _helpers_taken:
            _prestarted_helpers.extend(ValidationWorker().start() for _ in range(count))


def take_prestarted() -> ValidationWorker | None:
    global _prestarted
    with _prestarting:
        worker, _prestarted = _prestarted, None
    return worker


def take_prestarted_helpers() -> list[ValidationWorker]:
    """The helpers started ahead so far; none start after this."""
    global _helpers_taken
    with _prestarting:
        _helpers_taken = True
        helpers = list(_prestarted_helpers)
        _prestarted_helpers.clear()
    return helpers


def _stop_prestarted() -> None:
    for worker in [take_prestarted(), *take_prestarted_helpers()]:
        if worker is not None:
            worker.close()


def _offer_when_ready(worker: ValidationWorker, idle: queue.SimpleQueue) -> None:
    try:
        worker.wait_ready()
    except (WorkerDied, OSError, ValueError):
        return  # died or closed: the other workers take its share
    idle.put(worker)


def answer_or_error(validate, *args):
    """validate(*args), or the exception it raised."""
    try:
        return validate(*args)
    except Exception as err:
        return err


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    """The worker: import GX, then answer requests until stdin closes."""
    import great_expectations  # noqa: F401  (the point of the worker)
    from great_expectations.execution_engine import pandas_execution_engine  # noqa: F401

    from orchestration.quality.validate import validate_scope

    pickle.dump("ready", answers)
    answers.flush()
    while True:
        try:
            database, suite, scope = pickle.load(requests)
        except EOFError:
            return
        try:
            answer = ("ok", validate_scope(database, suite, scope))
        except Exception as err:  # raised again in the check
            answer = ("error", _picklable(err))
        pickle.dump(answer, answers)
        answers.flush()


def _picklable(err: Exception) -> Exception:
    """`err` with the worker's traceback as a note (or a RuntimeError of it, if it does not pickle)."""
    text = "".join(traceback.format_exception(err))
    try:
        pickle.dumps(err)
    except Exception:
        err = RuntimeError(f"{type(err).__name__}: {err}")
    err.add_note(f"raised in the Great Expectations worker:\n{text}")
    return err


if __name__ == "__main__":
    # The answers go to the real stdout; anything printed goes to stderr instead.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    serve(sys.stdin.buffer, answers)
