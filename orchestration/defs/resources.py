"""Resources: where the raw letters and the warehouse are, and how dbt is invoked."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from orchestration.defs.project import DBT_EXECUTABLE, WarehouseDbtCliResource, dbt_project
from orchestration.settings import DEFAULT_RAW_DIR, DEFAULT_WAREHOUSE_PATH, resolve_path


class WarehouseResource(dg.ConfigurableResource):
    """The raw letters folder and the DuckDB warehouse file."""

    raw_dir: str
    warehouse_path: str

    def raw_folder(self) -> Path:
        return resolve_path(self.raw_dir)

    def database(self) -> Path:
        return resolve_path(self.warehouse_path)


def env_or_default(name: str, default: Path) -> str | dg.EnvVar:
    # An EnvVar is resolved when a run starts and shown as such in the UI, but it has no
    # default: fall back to the repo location when the variable is not set.
    return dg.EnvVar(name) if os.environ.get(name) else str(default)


warehouse_resource = WarehouseResource(
    raw_dir=env_or_default("RAW_DIR", DEFAULT_RAW_DIR),
    warehouse_path=env_or_default("WAREHOUSE_PATH", DEFAULT_WAREHOUSE_PATH),
)

dbt_resource = WarehouseDbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)
