"""The warm dbt server (orchestration/warm_dbt.py): commands fork from a process that has
imported dbt, with the caller's arguments, directory, environment, streams and exit code."""
import os
import socket
import subprocess
import sys
import threading
import time

import pytest

from orchestration import warm_dbt
from orchestration.settings import DBT_ENV_EXECUTABLE as DBT, DBT_ENV_PYTHON, DBT_PROJECT_DIR

pytestmark = pytest.mark.skipif(not DBT_ENV_PYTHON.exists(), reason="dbt's environment is not installed")


def launch(*args, cwd, env=None):
    return subprocess.run([str(warm_dbt.LAUNCHER), *args], cwd=cwd, env={**os.environ, **(env or {})},
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def server():
    warm_dbt.prestart(DBT_ENV_PYTHON, DBT)
    warm_dbt.begin()
    yield warm_dbt._server
    warm_dbt.stop()


def test_without_a_server_the_launcher_runs_the_real_dbt(tmp_path):
    fake = tmp_path / "dbt"
    fake.write_text('#!/bin/sh\necho "real dbt: $*"; exit 3\n')
    fake.chmod(0o755)
    env = {warm_dbt.SOCKET_ENV: str(tmp_path / "no-such-socket"), warm_dbt.FALLBACK_ENV: str(fake),
           warm_dbt.PYTHON_ENV: sys.executable}
    process = launch("build", "--select", "a b", cwd=tmp_path, env=env)
    assert (process.returncode, process.stdout) == (3, "real dbt: build --select a b\n")


def test_the_launcher_is_the_dbt_command_only_while_a_server_runs(server):
    assert warm_dbt.executable("dbt") == str(warm_dbt.LAUNCHER)
    warm_dbt.stop()
    assert warm_dbt.executable("dbt") == "dbt"
    assert warm_dbt.SOCKET_ENV not in os.environ
    assert server.poll() is not None


def test_the_server_runs_dbt_with_the_callers_directory_environment_streams_and_code(server, tmp_path):
    version = launch("--version", cwd=tmp_path)
    assert version.returncode == 0 and "installed: " in version.stdout
    # The profiles folder dbt reports comes from the caller's environment, else its directory.
    assert launch("debug", "--config-dir", cwd=DBT_PROJECT_DIR).stdout.rstrip().endswith(str(DBT_PROJECT_DIR))
    told = launch("debug", "--config-dir", cwd=DBT_PROJECT_DIR, env={"DBT_PROFILES_DIR": str(tmp_path)})
    assert told.stdout.rstrip().endswith(str(tmp_path))
    wrong = launch("no-such-command", cwd=tmp_path)
    assert wrong.returncode == 2 and "No such command" in wrong.stderr
    assert server.poll() is None  # one server, a child per command


def test_a_dbt_that_ends_without_a_code_is_a_failure_not_a_hang(tmp_path):
    # A stand-in server: takes the request, names a child, then goes (as a killed child would).
    path = str(tmp_path / "socket")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(1)
    seen = {}

    def serve_once():
        connection, _ = listener.accept()
        request, fds = warm_dbt.receive(connection)
        seen.update(request, fds=len(fds))
        for fd in fds:
            os.close(fd)
        connection.sendall(warm_dbt.HEADER.pack(os.getpid()))
        connection.close()

    thread = threading.Thread(target=serve_once)
    thread.start()
    env = {warm_dbt.SOCKET_ENV: path, warm_dbt.FALLBACK_ENV: "/bin/false", warm_dbt.PYTHON_ENV: sys.executable,
           "SOME_SETTING": "kept"}
    process = launch("run", "--select", "x", cwd=tmp_path, env=env)
    thread.join(timeout=30)
    assert seen["argv"] == ["run", "--select", "x"] and seen["cwd"] == str(tmp_path)
    assert seen["env"]["SOME_SETTING"] == "kept" and seen["fds"] == 3
    assert process.returncode == 1 and "ended without an exit code" in process.stderr


def test_a_server_whose_run_ended_removes_its_socket(tmp_path):
    # However the run's process ends (killed too), the server's stdin closes.
    folder = tmp_path / "warm"
    folder.mkdir()
    server = subprocess.Popen([str(DBT_ENV_PYTHON), str(warm_dbt.__file__), "serve", str(folder / "socket")],
                              stdin=subprocess.PIPE)
    for _ in range(200):
        if (folder / "socket").exists():
            break
        time.sleep(0.05)
    assert (folder / "socket").exists()
    server.stdin.close()
    assert server.wait(timeout=60) == 0
    assert not folder.exists()
