"""Resources: where the raw letters and the warehouse are, how dbt is invoked, and the
Great Expectations worker the checks validate in."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from pydantic import Field, PrivateAttr

from orchestration.defs.project import DBT_COMMAND, WarehouseDbtCliResource, dbt_project
from orchestration.quality.worker import ValidationPool, answer_or_error
from orchestration.settings import DEFAULT_RAW_DIR, DEFAULT_WAREHOUSE_PATH, resolve_path


class WarehouseResource(dg.ConfigurableResource):
    """The raw letters folder and the DuckDB warehouse file."""

    raw_dir: str
    warehouse_path: str

    def raw_folder(self) -> Path:
        return resolve_path(self.raw_dir)

    def database(self) -> Path:
        return resolve_path(self.warehouse_path)


class GreatExpectationsResource(dg.ConfigurableResource):
    """Validates suites in worker processes: the first starts when a run that checks starts,
    so that importing Great Expectations overlaps the run's first steps; more validate the
    suites of one check step side by side when they are whole tables (quality/worker.py)."""

    workers: int = Field(default=2, ge=0, description=(
        "Worker processes at most; 0 validates in the run's own process (to step through it in a debugger)."))
    _pool: ValidationPool | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        if self.workers:
            self._pool = ValidationPool(self.workers).start()

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._pool is not None:
            self._pool.close()

    def validate_all(self, database, requests, spread: bool = False):
        """ValidationPool.validate_all: (rows, outcomes) or the error, per (suite, scope)."""
        if self._pool is not None:
            return self._pool.validate_all(database, requests, spread=spread)
        from orchestration.quality.validate import validate_scope  # imports GX: seconds

        return [answer_or_error(validate_scope, database, *request) for request in requests]


def env_or_default(name: str, default: Path) -> str | dg.EnvVar:
    # An EnvVar is resolved when a run starts and shown as such in the UI, but it has no
    # default: fall back to the repo location when the variable is not set.
    return dg.EnvVar(name) if os.environ.get(name) else str(default)


warehouse_resource = WarehouseResource(
    raw_dir=env_or_default("RAW_DIR", DEFAULT_RAW_DIR),
    warehouse_path=env_or_default("WAREHOUSE_PATH", DEFAULT_WAREHOUSE_PATH),
)

dbt_resource = WarehouseDbtCliResource(project_dir=dbt_project, dbt_executable=DBT_COMMAND)

gx_resource = GreatExpectationsResource()
