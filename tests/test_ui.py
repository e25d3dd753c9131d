"""The Dagster UI as a user meets it: `dagster dev` as `make dev` starts it, on 127.0.0.1.

Starts the UI (with its daemon) on a free port over a temporary RAW_DIR, warehouse and
DAGSTER_HOME, checks through GraphQL that every asset and asset check is listed, launches
the refresh_warehouse job and waits for it to succeed, and, where Debian's chromium is
installed, saves a headless screenshot of the asset graph. Everything started is stopped
through its process group.

RAW_DIR starts empty and gets the seed letters once the daemon's sensor has ticked on it:
otherwise the sensor's own first run (every letter is new to it) would queue ahead of the
one launched here and double the test's time.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from orchestration.settings import DEFAULT_RAW_DIR, REPO_ROOT

pytestmark = [pytest.mark.ui, pytest.mark.slow]

VENV_BIN = Path(sys.executable).parent
CHROMIUM = Path("/usr/bin/chromium")
STARTUP_SECONDS = 120
RUN_SECONDS = 240
REPOSITORIES = """{ repositoriesOrError { __typename ... on RepositoryConnection { nodes { name location { name } } } } }"""
ASSETS = """{ assetNodes { assetKey { path } isMaterializable
    assetChecksOrError { __typename ... on AssetChecks { checks { name blocking } } } } }"""
LAUNCH = """mutation($params: ExecutionParams!) { launchRun(executionParams: $params) {
    __typename ... on LaunchRunSuccess { run { runId } } ... on Error { message } } }"""
RUN_STATUS = """query($runId: ID!) { runOrError(runId: $runId) { __typename ... on Run { status } } }"""
SENSOR_TICKS = """query($selector: SensorSelector!) { sensorOrError(sensorSelector: $selector) {
    __typename ... on Sensor { sensorState { status ticks(limit: 5) { status } } } } }"""
SENSOR_TICK_SECONDS = 45


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphql(base: str, query: str, variables: dict | None = None, timeout: float = 30) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql", data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json"}, method="POST",
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        answer = json.loads(response.read())
    assert "errors" not in answer, answer["errors"]
    return answer["data"]


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the UI's process group (webserver, daemon, code servers), SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    group = os.getpgid(process.pid)
    os.killpg(group, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(group, signal.SIGKILL)
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def ui(tmp_path_factory):
    home = tmp_path_factory.mktemp("ui")
    (home / "raw").mkdir()
    (home / "dagster_home").mkdir()
    # What `make dev` does: the instance settings (the duckdb pool's limit) into DAGSTER_HOME,
    # the venv's bin first on PATH (dagster dev re-parses the dbt project with `dbt`), then
    # dagster dev on 127.0.0.1.
    shutil.copyfile(REPO_ROOT / "orchestration" / "dagster_instance.yaml", home / "dagster_home" / "dagster.yaml")
    port = free_port()
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "DAGSTER_HOME": str(home / "dagster_home"), "RAW_DIR": str(home / "raw"),
           "WAREHOUSE_PATH": str(home / "out" / "warehouse.duckdb")}
    env.pop("ALERT_WEBHOOK_URL", None)
    log = (home / "dagster_dev.log").open("w")
    process = subprocess.Popen(
        [str(VENV_BIN / "dagster"), "dev", "-h", "127.0.0.1", "-p", str(port), "-m", "orchestration.definitions"],
        cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert process.poll() is None, (home / "dagster_dev.log").read_text()[-3000:]
            try:
                # The webserver answers first; the code location loads a little later.
                repositories = graphql(base, REPOSITORIES, timeout=5)["repositoriesOrError"]
                if repositories["__typename"] == "RepositoryConnection" and repositories["nodes"]:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError, AssertionError):
                pass
            assert time.monotonic() < deadline, "the UI did not come up:\n" + (home / "dagster_dev.log").read_text()[-3000:]
            time.sleep(1)
        repository = repositories["nodes"][0]
        wait_for_the_sensor_to_tick(base, repository)
        shutil.copytree(DEFAULT_RAW_DIR, home / "raw", ignore=shutil.ignore_patterns(".*"), dirs_exist_ok=True)
        # Launched now, so that it runs while the listing and the screenshot are checked.
        run_id = launch_refresh(base, repository)
        yield {"base": base, "repository": repository, "home": home, "run_id": run_id}
    finally:
        stop(process)
        log.close()


def wait_for_the_sensor_to_tick(base: str, repository: dict) -> None:
    """Until raw_dir_sensor (on by default) has ticked once on the empty RAW_DIR."""
    selector = {"repositoryName": repository["name"], "repositoryLocationName": repository["location"]["name"],
                "sensorName": "raw_dir_sensor"}
    deadline = time.monotonic() + SENSOR_TICK_SECONDS
    while time.monotonic() < deadline:
        sensor = graphql(base, SENSOR_TICKS, {"selector": selector})["sensorOrError"]
        assert sensor["__typename"] == "Sensor", sensor
        assert sensor["sensorState"]["status"] == "RUNNING"
        if sensor["sensorState"]["ticks"]:
            assert sensor["sensorState"]["ticks"][0]["status"] == "SKIPPED"
            return
        time.sleep(1)


def test_every_asset_and_check_is_listed(ui):
    from orchestration.definitions import defs

    graph = defs.resolve_asset_graph()
    nodes = graphql(ui["base"], ASSETS)["assetNodes"]
    listed = {"/".join(node["assetKey"]["path"]) for node in nodes if node["isMaterializable"]}
    assert listed == {key.to_user_string() for key in graph.get_all_asset_keys()}
    checks = {
        ("/".join(node["assetKey"]["path"]), check["name"], check["blocking"])
        for node in nodes if node["assetChecksOrError"]["__typename"] == "AssetChecks"
        for check in node["assetChecksOrError"]["checks"]
    }
    assert {(asset, name) for asset, name, _ in checks} == {
        (key.asset_key.to_user_string(), key.name) for key in graph.asset_check_keys
    }
    assert ("marts/proposals", "gx_critical", True) in checks
    assert ("marts/proposals", "gx_warnings", False) in checks


def test_a_screenshot_of_the_asset_graph(ui):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    # Otherwise a first visit opens the "Join the Dagster community" dialog over the graph.
    graphql(ui["base"], "mutation { setNuxSeen }")
    screenshot = ui["home"] / "asset-graph.png"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={ui['home'] / 'chromium-profile'}", "--hide-scrollbars", "--window-size=1600,1000",
         "--virtual-time-budget=10000", f"--screenshot={screenshot}", f"{ui['base']}/asset-groups"],
        capture_output=True, timeout=120, start_new_session=True, check=False,
    )
    assert screenshot.exists() and screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 10_000
    print(f"asset graph screenshot: {screenshot}")


def launch_refresh(base: str, repository: dict) -> str:
    params = {"selector": {"repositoryLocationName": repository["location"]["name"],
                           "repositoryName": repository["name"], "jobName": "refresh_warehouse"},
              "runConfigData": {}}
    launched = graphql(base, LAUNCH, {"params": params})["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    return launched["run"]["runId"]


def test_the_materialisation_launched_through_graphql_succeeds(ui):
    deadline = time.monotonic() + RUN_SECONDS
    status = None
    while time.monotonic() < deadline:
        status = graphql(ui["base"], RUN_STATUS, {"runId": ui["run_id"]})["runOrError"]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            break
        time.sleep(2)
    assert status == "SUCCESS", (ui["home"] / "dagster_dev.log").read_text()[-5000:]
    assert (ui["home"] / "out" / "warehouse.snapshot.duckdb").exists()
