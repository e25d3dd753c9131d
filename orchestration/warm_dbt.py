"""dbt started once per run, ahead of time: a warm process that forks a dbt for each command.

Every dbt command is a new Python process that imports dbt before it reads a file: about 3 s
here, and 1-1.5 s more at exit to tear the interpreter down. A refresh that adds one letter
spends ~10 s in dbt's own work, so that is a third again. `python -m orchestration.cli run`
starts this module's server (`prestart()`, in dbt's environment) while Dagster loads; the
server imports dbt and then waits. dagster-dbt runs the launcher `warm_dbt.sh` as its dbt
executable; the launcher's client hands the server its arguments, working directory,
environment and standard streams (file descriptors over a Unix socket), and the server
forks a child that runs dbt's own CLI entry point on them, as `dbt` would. The child
closes dbt's DuckDB connection (DuckDB checkpoints then) and ends with os._exit, so the
exit code is dbt's and no time goes to the teardown. dbt's events stream to dagster-dbt
through the same pipe as from a plain dbt.

Without a server (`dagster dev`, a plain `dbt`, the server gone) the launcher runs the
real dbt instead: same result, the usual start-up. Standard library only at module level:
the client runs under any Python, the server under dbt's environment's, which lacks the
project's packages.
"""
from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

SOCKET_ENV = "WARM_DBT_SOCKET"  # the server's socket, for the launcher
FALLBACK_ENV = "WARM_DBT_FALLBACK"  # the real dbt executable, when there is no server
PYTHON_ENV = "WARM_DBT_PYTHON"  # the Python that runs the launcher's client
LAUNCHER = Path(__file__).with_name("warm_dbt.sh")
HEADER = struct.Struct("!q")

_server: subprocess.Popen | None = None


# --- in the run's process -------------------------------------------------------------------

def prestart(dbt_python: str | os.PathLike, dbt_executable: str | os.PathLike) -> None:
    """Start the server with dbt's Python and point the launcher's variables at it. Stopped
    at exit (the server also ends when this process does: its stdin closes)."""
    global _server
    if _server is not None:
        return
    folder = tempfile.mkdtemp(prefix="warm-dbt-")
    path = os.path.join(folder, "socket")
    _server = subprocess.Popen([str(dbt_python), __file__, "serve", path], stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL, start_new_session=True)
    os.environ.update({SOCKET_ENV: path, FALLBACK_ENV: str(dbt_executable), PYTHON_ENV: sys.executable})
    atexit.register(stop)


def begin() -> None:
    """Let the server import dbt now (else it does when the first command comes)."""
    if _server is not None and _server.poll() is None:
        try:
            _server.stdin.write(b"import\n")
            _server.stdin.flush()
        except OSError:
            pass


def stop() -> None:
    """Kill the server and remove its socket's folder (a killed server cannot)."""
    global _server
    server, _server = _server, None
    path = os.environ.get(SOCKET_ENV)
    for name in (SOCKET_ENV, FALLBACK_ENV, PYTHON_ENV):
        os.environ.pop(name, None)
    if server is not None:
        server.kill()
        server.wait()
        if path:
            shutil.rmtree(os.path.dirname(path), ignore_errors=True)


def executable(default: str) -> str:
    """The dbt executable to run: the launcher while a server is up, else `default`."""
    return str(LAUNCHER) if os.environ.get(SOCKET_ENV) and _server is not None else default


# --- the server, in dbt's environment -------------------------------------------------------

def serve(path: str) -> None:
    """Serve at `path` until stdin closes (the run's process ended, however it ended), then
    remove the socket and its folder."""
    try:
        _serve(path)
    finally:
        shutil.rmtree(os.path.dirname(path), ignore_errors=True)


def _wait(listener: socket.socket) -> list | None:
    """What is readable of the listener and stdin; None once stdin has closed."""
    import select
    readable, _, _ = select.select([listener, sys.stdin], [], [])
    if sys.stdin in readable and not sys.stdin.readline():
        return None  # the run's process has ended
    return readable


def _serve(path: str) -> None:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)  # bound before dbt is imported: early clients wait in the backlog
    listener.listen(8)
    # dbt is imported on the word of the run's process (begin()) or when a client comes,
    # whichever is first: on two cores, importing it while Dagster loads the definitions
    # and Great Expectations' worker imports slowed the definitions by 1-1.5 s.
    if _wait(listener) is None:
        return
    from dbt.cli.main import cli  # the import this process exists for
    import dbt.adapters.duckdb  # noqa: F401 - and the adapter's
    import threading
    if threading.active_count() > 1:
        # Forking a process with threads is unsafe (dbt 1.11 starts none at import): the
        # clients, refused, run the real dbt.
        listener.close()
        return

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    while True:
        readable = _wait(listener)
        if readable is None:
            return
        if listener not in readable:
            continue
        connection, _ = listener.accept()
        if os.fork() == 0:
            listener.close()
            run_child(connection, cli)
        connection.close()


def run_child(connection: socket.socket, cli) -> None:
    """In the forked child: take over the client's streams and environment, run dbt, send
    the exit code, end without tearing down."""
    code = 1
    try:
        request, fds = receive(connection)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        connection.sendall(HEADER.pack(os.getpid()))
        sys.argv = ["dbt", *request["argv"]]
        try:
            cli.main(args=request["argv"], prog_name="dbt")
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        finally:
            close_duckdb()
            # What exit does before the teardown: the handlers (multiprocessing's releases
            # the semaphores dbt made, else its resource tracker warns of leaked ones).
            atexit._run_exitfuncs()
    except BaseException:  # noqa: BLE001 - whatever happens, the client gets a code
        import traceback
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001
                pass
        try:
            connection.sendall(HEADER.pack(code))
        finally:
            os._exit(code)


def close_duckdb() -> None:
    """Close dbt-duckdb's shared database (it checkpoints), which interpreter exit would do."""
    try:
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    except ImportError:
        return
    environment = DuckDBConnectionManager._ENV
    if environment is not None:
        environment.close()


def receive(connection: socket.socket) -> tuple[dict, list[int]]:
    data, fds, _, _ = socket.recv_fds(connection, 1 << 16, 3)
    while len(data) < HEADER.size:
        data += connection.recv(1 << 16)
    (size,) = HEADER.unpack_from(data)
    while len(data) < HEADER.size + size:
        more = connection.recv(1 << 16)
        if not more:
            raise EOFError("the client left before its request was complete")
        data += more
    return json.loads(data[HEADER.size:HEADER.size + size]), list(fds)


# --- the launcher's client ------------------------------------------------------------------

def client(argv: list[str]) -> int:
    path, fallback = os.environ.get(SOCKET_ENV), os.environ.get(FALLBACK_ENV)
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(path or "")
        request = json.dumps({"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ)}).encode()
        socket.send_fds(connection, [HEADER.pack(len(request)) + request], [0, 1, 2])
        pid = read_number(connection)
    except (OSError, EOFError):
        pid = None
    if pid is None:  # no server, or it could not start dbt: the real one, as if called
        connection.close()
        if not fallback:
            print(f"warm dbt: no server at {path} and no {FALLBACK_ENV}", file=sys.stderr)
            return 2
        os.execv(fallback, [fallback, *argv])
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda number, _frame: os.kill(pid, number))
    try:
        code = read_number(connection)
    except (OSError, EOFError):
        code = None
    if code is None:
        print(f"warm dbt: dbt (pid {pid}) ended without an exit code", file=sys.stderr)
        return 1
    return code


def read_number(connection: socket.socket) -> int:
    data = b""
    while len(data) < HEADER.size:
        more = connection.recv(HEADER.size - len(data))
        if not more:
            raise EOFError("connection closed")
        data += more
    return HEADER.unpack(data)[0]


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        serve(sys.argv[2])
    else:
        sys.exit(client(sys.argv[1:]))
