"""`dbt docs generate --static` works on a built warehouse and every mart column has a description."""
import json
import os
import shutil
import subprocess

import pytest

from orchestration.defs.project import DBT_EXECUTABLE
from orchestration.settings import DBT_PROJECT_DIR

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def docs(seed_warehouse, tmp_path_factory):
    # A copy: dbt opens its database for writing, and other tests hold the seed one open.
    tmp = tmp_path_factory.mktemp("dbt_docs")
    database = tmp / "warehouse.duckdb"
    shutil.copyfile(seed_warehouse, database)
    process = subprocess.run(
        [DBT_EXECUTABLE, "docs", "generate", "--static", "--target-path", str(tmp / "target"), "--log-path", str(tmp / "logs")],
        cwd=DBT_PROJECT_DIR, env={**os.environ, "WAREHOUSE_PATH": str(database)},
        capture_output=True, text=True, timeout=300,
    )
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    target = tmp / "target"
    assert (target / "index.html").exists() and (target / "static_index.html").exists()
    return (json.loads((target / "manifest.json").read_text(encoding="utf-8")),
            json.loads((target / "catalog.json").read_text(encoding="utf-8")))


def test_every_mart_column_in_the_catalog_has_a_description(docs):
    manifest, catalog = docs
    marts = {node_id: node for node_id, node in catalog["nodes"].items() if node["metadata"]["schema"] == "marts"}
    assert {node["metadata"]["name"] for node in marts.values()} >= {
        "proposals", "commitments", "metrics", "metric_conflicts", "targets_vs_actuals",
        "policy_references", "agencies", "proposers",
    }
    for node_id, node in marts.items():
        described = manifest["nodes"][node_id]
        assert described["description"], node_id
        for column in node["columns"]:
            assert described["columns"].get(column, {}).get("description"), f"{node_id}.{column}"
