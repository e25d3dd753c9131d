"""The dbt project and its manifest, which dagster-dbt reads when the definitions load."""
from __future__ import annotations

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


# `dagster dev` re-parses on every code reload (it needs `dbt` on PATH; `make dev` puts the
# venv's bin first). Everywhere else (the CLI, tests, `dagster definitions validate`) parse
# only when the manifest is missing or older than the project, so a fresh checkout loads.
dbt_project.prepare_if_dev()
if manifest_is_stale():
    parse_manifest()
