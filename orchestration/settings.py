"""Where things live: the repo's default locations and the environment variables that move them.

RAW_DIR and WAREHOUSE_PATH override the defaults; a relative value is relative to the
current directory, while the defaults are anchored at the repo root so they do not depend
on where a command is started.
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RAW_DIR = REPO_ROOT / "raw"
DEFAULT_WAREHOUSE_PATH = REPO_ROOT / "warehouse" / "warehouse.duckdb"
DEFAULT_DAGSTER_HOME = REPO_ROOT / ".dagster"
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
# dbt's own environment (dbt_env/pyproject.toml): dbt runs as a command, never in-process.
DBT_ENV_DIR = REPO_ROOT / "dbt_env"
DBT_ENV_PYTHON = DBT_ENV_DIR / ".venv" / "bin" / "python"
DBT_ENV_EXECUTABLE = DBT_ENV_DIR / ".venv" / "bin" / "dbt"


def resolve_path(value: str | os.PathLike) -> Path:
    """An absolute path; a relative value counts from the current directory."""
    return Path(value).expanduser().absolute()


def env_path(name: str, default: Path) -> Path:
    """The absolute path the environment variable `name` names, else `default`."""
    value = os.environ.get(name)
    return resolve_path(value) if value else default
