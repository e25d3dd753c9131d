"""Resources: where the raw letters and the warehouse are, how dbt is invoked, and the
Great Expectations worker the checks validate in."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from pydantic import Field, PrivateAttr

from orchestration.defs.project import DBT_EXECUTABLE, WarehouseDbtCliResource, dbt_project
from orchestration.quality.worker import ValidationWorker
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
    """Validates suites in a worker process started when a run that checks starts, so that
    importing Great Expectations overlaps the run's first steps (quality/worker.py)."""

    in_worker: bool = Field(
        default=True, description="False: validate in the run's own process (to step through it in a debugger).")
    _worker: ValidationWorker | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        if self.in_worker:
            self._worker = ValidationWorker().start()

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._worker is not None:
            self._worker.close()

    def validate(self, database, suite, scope):
        """(rows validated, outcomes): see ValidationWorker.validate."""
        if self._worker is not None:
            return self._worker.validate(database, suite, scope)
        from orchestration.quality.validate import read_frame, validate  # imports GX: seconds

        frame = read_frame(database, suite, scope)
        return len(frame), validate(suite, frame)


def env_or_default(name: str, default: Path) -> str | dg.EnvVar:
    # An EnvVar is resolved when a run starts and shown as such in the UI, but it has no
    # default: fall back to the repo location when the variable is not set.
    return dg.EnvVar(name) if os.environ.get(name) else str(default)


warehouse_resource = WarehouseResource(
    raw_dir=env_or_default("RAW_DIR", DEFAULT_RAW_DIR),
    warehouse_path=env_or_default("WAREHOUSE_PATH", DEFAULT_WAREHOUSE_PATH),
)

dbt_resource = WarehouseDbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)

gx_resource = GreatExpectationsResource()
