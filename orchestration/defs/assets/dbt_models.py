"""dbt staging views, seed and marts as assets; their dbt tests become asset checks."""
import os

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from orchestration.defs.assets.pools import DUCKDB_POOL
from orchestration.defs.project import dbt_project
from orchestration.defs.resources import WarehouseResource


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, pool=DUCKDB_POOL)
def dbt_warehouse(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    # dbt runs inside dbt_project/ and reads WAREHOUSE_PATH from the environment it
    # inherits: hand it the resolved absolute path so it builds in the file the raw
    # assets wrote, not one relative to dbt_project/.
    os.environ["WAREHOUSE_PATH"] = str(warehouse.database())
    yield from dbt.cli(["build"], context=context).stream()
