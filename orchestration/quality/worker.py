"""Great Expectations in a worker process started with the run (no Dagster import).

`import great_expectations` takes 4-5 s (scipy.stats, altair). In the run's own process
the first check pays it after the letters have been scanned, on a core the run does not
use then. Started when the run starts, a worker imports it on the other core while the
folder is scanned, and then validates every suite of the run: the checks send it a suite
and which rows, it reads them from the warehouse and sends back the outcomes.

The run and the worker never hold the warehouse at the same time: a check waits for its
answer, and the worker opens the file read-only for each request and closes it.
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
import traceback
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
    any script that starts a run without a `__main__` guard would start it twice.
    """

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None

    def start(self) -> ValidationWorker:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(PACKAGE_ROOT), os.environ.get("PYTHONPATH")) if p)}
        # stderr is the run's: the worker's own logs and tracebacks show where the run's do.
        self._process = subprocess.Popen(
            [sys.executable, "-m", "orchestration.quality.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        return self

    def validate(self, database: str | os.PathLike, suite: Suite, scope: Scope | None) -> tuple[int, list[Outcome]]:
        """(rows validated, outcomes) of `suite` over the `scope` rows of `database`."""
        if self._process is None:
            raise RuntimeError("the validation worker is not started")
        try:
            pickle.dump((os.fspath(database), suite, scope), self._process.stdin)
            self._process.stdin.flush()
            status, answer = pickle.load(self._process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError) as err:
            try:
                code = self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                code = None
            raise WorkerDied(f"the Great Expectations worker ended (exit code {code}) while validating "
                             f"suite {suite.name}; its stderr is in the run's log") from err
        if status == "error":
            raise answer
        return answer

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


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    """The worker: import GX, then answer requests until stdin closes."""
    import great_expectations  # noqa: F401  (the point of the worker)
    from great_expectations.execution_engine import pandas_execution_engine  # noqa: F401

    from orchestration.quality.validate import read_frame, validate

    while True:
        try:
            database, suite, scope = pickle.load(requests)
        except EOFError:
            return
        try:
            frame = read_frame(database, suite, scope)
            answer = ("ok", (len(frame), validate(suite, frame)))
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
