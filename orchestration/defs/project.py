"""The dbt project and its manifest, which dagster-dbt reads when the definitions load."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import threading
import tomllib
import uuid
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject
from packaging import version

from orchestration import warm_dbt
from orchestration.settings import DBT_ENV_DIR, DBT_ENV_EXECUTABLE, DBT_PROJECT_DIR

# dbt from its own environment (`make install` creates it), whatever PATH says; DBT_EXECUTABLE
# names another dbt-core 1.x.
DBT_EXECUTABLE = os.environ.get("DBT_EXECUTABLE") or str(DBT_ENV_EXECUTABLE)
# What commands run: the launcher of the warm dbt when `orchestration.cli run` started one
# (orchestration/warm_dbt.py), else DBT_EXECUTABLE.
DBT_COMMAND = warm_dbt.executable(DBT_EXECUTABLE)


def dbt_core_version() -> str:
    """The dbt-core version dbt's environment pins (dbt_env/pyproject.toml)."""
    with (DBT_ENV_DIR / "pyproject.toml").open("rb") as handle:
        pins = tomllib.load(handle)["project"]["dependencies"]
    return next(pin.split("==", 1)[1] for pin in pins if pin.startswith("dbt-core=="))


class WarehouseDbtCliResource(DbtCliResource):
    """DbtCliResource without two start-up costs we do not use.

    Before every invocation dagster-dbt runs `dbt --version` in a subprocess and loads the
    dbt adapter with its macros in-process (about 5 s together here, and dbt-core is not
    in this environment), only to offer column and row-count metadata fetched through the
    adapter, which this project does not ask for. The version is the dbt-core pinned for
    dbt's environment (dagster-dbt asks only whether it is dbt-core, 1.x, or Fusion);
    without the adapter, dbt runs exactly the same.
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(dbt_core_version())

    def _initialize_dbt_core_adapter(self, args):  # noqa: ANN001, ANN202 - the library's signature
        return None


dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)

# Folders dbt writes into; changes there do not make the manifest stale.
DBT_OUTPUT_DIRS = ("target", "logs", "dbt_packages")


def manifest_is_stale() -> bool:
    """No manifest yet, or a project file changed after it was written."""
    manifest = dbt_project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    return any(path.stat().st_mtime > built for path in project_files())


def project_files() -> Iterator[Path]:
    """The dbt project's own files: sources, YAML, seeds, macros (not what dbt writes)."""
    for entry in DBT_PROJECT_DIR.iterdir():
        if entry.name in DBT_OUTPUT_DIRS:
            continue
        if entry.is_file():
            yield entry
        else:
            yield from (path for path in entry.rglob("*") if path.is_file())


def parse_manifest() -> None:
    """`dbt parse` into target/manifest.json with dbt's environment."""
    (
        WarehouseDbtCliResource(project_dir=dbt_project, dbt_executable=DBT_COMMAND)
        .cli(["parse", "--quiet"], target_path=dbt_project.target_path)
        .wait()
    )


PARTIAL_PARSE = "partial_parse.msgpack"
# Each dbt invocation writes into its own target/<asset>-<run>-<id>/ folder; the newest are
# kept for debugging, older ones go (a daily refresh would otherwise pile up gigabytes).
RUN_TARGETS_KEPT = 20


def project_target() -> Path:
    return dbt_project.project_dir / dbt_project.target_path


# Parse state per warehouse: target/parse_state/<digest>.msgpack.
PARSE_STATES = "parse_state"


def parse_state_of(database: str | os.PathLike, target: Path | None = None) -> Path:
    """Where the parse state of runs on `database` is kept. The digest covers the project's
    place too: a parse state holds absolute paths (a seed's root_path), so a project
    moved elsewhere starts afresh rather than from states that point at the old place."""
    where = f"{os.path.abspath(DBT_PROJECT_DIR)}\n{os.path.abspath(database)}"
    digest = hashlib.sha256(os.fsencode(where)).hexdigest()[:16]
    return (target or project_target()) / PARSE_STATES / f"{digest}.msgpack"


def run_target(context, target: Path | None = None) -> Path:
    """A new target folder for one dbt invocation, named as dagster-dbt names its own."""
    return (target or project_target()) / f"{context.op_execution_context.op.name}-{context.run.run_id[:7]}-{uuid.uuid4().hex[:7]}"


def seed_parse_state(run_target: Path, database: str | os.PathLike, target: Path | None = None) -> None:
    """Start a run on `database` from the parse state of the last run on it.

    dagster-dbt seeds a run's target folder with target/partial_parse.msgpack only when the
    folder has none, and dbt discards that file when it was parsed for another profile,
    which holds WAREHOUSE_PATH: after a run on another warehouse (a test, a benchmark)
    the whole project was parsed again (about 6 s). Without a state of its own, the run
    starts from that last one, as before.
    """
    own = parse_state_of(database, target)
    if own.exists():
        run_target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(own, run_target / PARTIAL_PARSE)


def keep_parse_state(run_target: Path, target: Path | None = None, database: str | os.PathLike | None = None) -> None:
    """Make a finished run's parse state the one the next invocation starts from: the
    next one on any warehouse (target/partial_parse.msgpack) and, given `database`, the
    next one on that warehouse (see seed_parse_state). Replaced atomically: a run starting
    now reads the old file or the new one, never half of one.
    """
    source = run_target / PARTIAL_PARSE
    if not source.exists():
        return
    destinations = [(target or project_target()) / PARTIAL_PARSE]
    if database is not None:
        destinations.append(parse_state_of(database, target))
    for destination in destinations:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(f".{destination.name}.{os.getpid()}")
        shutil.copyfile(source, partial)
        os.replace(partial, destination)


# Parses running in the background, by warehouse (parse_ahead).
_PARSING: dict[str, threading.Thread] = {}


def parse_ahead(database: str | os.PathLike, target: Path | None = None) -> threading.Thread | None:
    """Parse the project for `database` in the background when no parse state is kept for it.

    On a new warehouse (a first `make run`, a benchmark, a test) dbt has no state it may
    reuse and parses the whole project when the dbt step starts: 5–6 s of the critical path
    of a run. `dbt parse` only renders the project and never opens the warehouse, so it can
    run beside the raw steps, which write it; its state becomes parse_state_of(database),
    which seed_parse_state hands the build (wait_for_parse_ahead first). Should it fail,
    the build parses as before. Returns the thread, or None when there is nothing to do.
    """
    database = os.path.abspath(database)
    target = target or project_target()
    if database in _PARSING or parse_state_of(database, target).exists():
        return None
    # Named like a run's target folder, so that prune_run_targets clears one left behind.
    work = target / f"parse_ahead-{os.getpid()}-{uuid.uuid4().hex[:7]}"
    command = [DBT_COMMAND, "parse", "--quiet", "--target-path", str(work), "--log-path", str(work / "logs")]
    # The same WAREHOUSE_PATH as the build's (dbt_models.py): the profile is part of the state.
    env = {**os.environ, "WAREHOUSE_PATH": database}

    def parse() -> None:
        try:
            subprocess.run(command, cwd=DBT_PROJECT_DIR, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=600, check=True)
            keep_parse_state(work, target, database=database)
        except (OSError, subprocess.SubprocessError):
            pass
        finally:
            shutil.rmtree(work, ignore_errors=True)

    thread = threading.Thread(target=parse, name="dbt-parse-ahead", daemon=True)
    _PARSING[database] = thread
    thread.start()
    return thread


def wait_for_parse_ahead(database: str | os.PathLike, timeout: float = 600.0) -> None:
    """Let a parse_ahead of `database` in this process finish (a no-op without one)."""
    thread = _PARSING.pop(os.path.abspath(database), None)
    if thread is not None:
        thread.join(timeout)


def prune_run_targets(keep: int = RUN_TARGETS_KEPT, target: Path | None = None) -> None:
    """Delete all but the newest `keep` per-run target folders, and all but the parse
    states of the `keep` warehouses built last."""
    target = target or project_target()
    for stale in newest_first(path for path in target.glob("*-*-*") if path.is_dir())[keep:]:
        shutil.rmtree(stale, ignore_errors=True)
    for stale in newest_first((target / PARSE_STATES).glob("*.msgpack"))[keep:]:
        stale.unlink(missing_ok=True)


def newest_first(paths) -> list[Path]:
    return sorted(paths, key=lambda path: path.stat().st_mtime, reverse=True)


if shutil.which(DBT_EXECUTABLE) is None:
    # dagster-dbt's own error would suggest installing dbt-core next to Dagster.
    raise FileNotFoundError(
        f"dbt not found at {DBT_EXECUTABLE}: `make install` creates dbt's environment "
        "(dbt_env/.venv, from dbt_env/uv.lock), or set DBT_EXECUTABLE to a dbt-core 1.x with dbt-duckdb")
# `dagster dev` re-parses on every code reload, which is what DbtProject.prepare_if_dev()
# does, but with dbt's environment (that one runs the `dbt` on PATH through a resource that
# imports dbt-core). Everywhere else (the CLI, tests, `dagster definitions validate`) parse
# only when the manifest is missing or older than the project, so a fresh checkout loads.
if os.environ.get("DAGSTER_IS_DEV_CLI") or manifest_is_stale():
    parse_manifest()
