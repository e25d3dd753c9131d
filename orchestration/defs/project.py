"""The dbt project and its manifest, which dagster-dbt reads when the definitions load."""
from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject

from orchestration.settings import DBT_PROJECT_DIR

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)

# The venv's dbt, next to the running interpreter, whatever PATH says.
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))

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
    """`dbt parse` into target/manifest.json with the venv's dbt."""
    (
        DbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)
        .cli(["parse", "--quiet"], target_path=dbt_project.target_path)
        .wait()
    )


PARTIAL_PARSE = "partial_parse.msgpack"
# Each dbt invocation writes into its own target/<asset>-<run>-<id>/ folder; the newest are
# kept for debugging, older ones go (a daily refresh would otherwise pile up gigabytes).
RUN_TARGETS_KEPT = 20


def project_target() -> Path:
    return dbt_project.project_dir / dbt_project.target_path


def keep_parse_state(run_target: Path, target: Path | None = None) -> None:
    """Make a finished run's parse state the one the next invocation starts from.

    dagster-dbt seeds each run's target folder with target/partial_parse.msgpack. dbt
    discards it when the profile differs from the one it was parsed with, and the profile
    holds WAREHOUSE_PATH: left as `dbt parse` wrote it, every run on another warehouse
    parsed the whole project again (about 6 s). Replaced atomically: a run starting now
    reads the old file or the new one, never half of one.
    """
    source = run_target / PARTIAL_PARSE
    if not source.exists():
        return
    destination = (target or project_target()) / PARTIAL_PARSE
    partial = destination.with_name(f".{PARTIAL_PARSE}.{os.getpid()}")
    shutil.copyfile(source, partial)
    os.replace(partial, destination)


def prune_run_targets(keep: int = RUN_TARGETS_KEPT, target: Path | None = None) -> None:
    """Delete all but the newest `keep` per-run target folders."""
    folders = (path for path in (target or project_target()).glob("*-*-*") if path.is_dir())
    runs = sorted(folders, key=lambda path: path.stat().st_mtime, reverse=True)
    for stale in runs[keep:]:
        shutil.rmtree(stale, ignore_errors=True)


# `dagster dev` re-parses on every code reload (it needs `dbt` on PATH; `make dev` puts the
# venv's bin first). Everywhere else (the CLI, tests, `dagster definitions validate`) parse
# only when the manifest is missing or older than the project, so a fresh checkout loads.
dbt_project.prepare_if_dev()
if manifest_is_stale():
    parse_manifest()
