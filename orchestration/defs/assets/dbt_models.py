"""dbt staging views, seed and marts as assets; their dbt tests become asset checks.

The marts keyed by letter are incremental (dbt_project/macros/incremental.sql). A build is
a full refresh when asked for (config `full_refresh`, `python -m orchestration.cli run
--full-refresh`) or when the dbt project changed since the last build, so rows built by
older SQL never linger; ops.dbt_builds records each build's project digest.
"""
import hashlib
import os
from datetime import datetime

import dagster as dg
import polars as pl
from dagster_dbt import DbtCliResource, dbt_assets
from pydantic import Field

from orchestration.defs.assets.pools import DUCKDB_POOL
from orchestration.defs.project import (
    DBT_PROJECT_DIR,
    dbt_project,
    keep_parse_state,
    project_files,
    prune_run_targets,
    run_target,
    seed_parse_state,
    wait_for_parse_ahead,
)
from orchestration.defs.resources import WarehouseResource
from orchestration.warehouse import apply_changes, query


# What changed since the last complete build, for dbt (dbt_project/macros/incremental.sql).
SINCE_LOAD_SEQ = "DBT_SINCE_LOAD_SEQ"


class DbtBuildConfig(dg.Config):
    full_refresh: bool = Field(
        default=False, description="Rebuild the incremental marts from scratch (dbt build --full-refresh).")


def project_digest() -> str:
    """A digest of the dbt project's own files (models, macros, seeds, dbt_project.yml)."""
    digest = hashlib.sha256()
    for path in sorted(project_files()):
        digest.update(path.relative_to(DBT_PROJECT_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def last_build(database) -> dict | None:
    """The last complete dbt build recorded in ops.dbt_builds (its columns), if any."""
    builds = query(database, "select * from ops.dbt_builds order by built_at desc limit 1", ["ops.dbt_builds"])
    return builds.row(0, named=True) if builds is not None and builds.height else None


def since_load_seq(database, build: dict | None) -> int | None:
    """The load_seq the last complete build had reached, when every letter it had is still
    loaded: then the letters above it are all that changed, and dbt recomputes and tests
    only what they change (dbt_project/macros/incremental.sql). None: everything."""
    if not build or build.get("max_load_seq") is None or build.get("letters") is None:
        return None
    since = int(build["max_load_seq"])
    kept = query(database, f"select count(*) as n from staging.stg_letters where load_seq <= {since}",
                 ["staging.stg_letters"])
    return since if kept is not None and kept["n"][0] == build["letters"] else None


def loaded_letters(database) -> tuple[int | None, int]:
    """(highest load_seq, number of letters) of the letters the marts now hold."""
    loaded = query(database, "select max(load_seq) as max_load_seq, count(*) as letters from staging.stg_letters",
                   ["staging.stg_letters"])
    return (loaded["max_load_seq"][0], loaded["letters"][0]) if loaded is not None else (None, 0)


# What a refresh that adds letters to the last build (`since` is known) leaves as it is: the
# seeds and the staging views are defined by the project alone, and the project is the same
# (else the build is a full refresh), so re-creating them changes nothing. Their data tests go
# with them (dbt's indirect selection); the marts, which hold every staged row, are tested on
# the same keys. 25 of the 79 nodes, each about 0.1-0.2 s of dbt's own overhead. Named by
# their schemas (dbt_project.yml), which are also their asset keys' first part.
UNCHANGED_SCHEMAS = ("reference", "staging")


def excluded_from_build(since: int | None) -> list[str]:
    """dbt's --exclude for a build: unit tests always (they check the SQL, not the data: CI
    runs them in tests/test_dbt_project.py), and the models of UNCHANGED_SCHEMAS when only
    letters loaded after `since` changed."""
    return ["test_type:unit", *(f"config.schema:{schema}" for schema in UNCHANGED_SCHEMAS if since is not None)]


def rebuilt_by_every_build(keys) -> list[dg.AssetKey]:
    """The dbt assets every build materialises, incremental or not (not those of
    UNCHANGED_SCHEMAS): what downstream assets wait for, since Dagster skips a step whose
    upstream asset was not materialised in the run."""
    return [key for key in keys if key.path[0] not in UNCHANGED_SCHEMAS]


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project, pool=DUCKDB_POOL)
def dbt_warehouse(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource,
                  config: DbtBuildConfig):
    database = warehouse.database()
    # dbt runs inside dbt_project/ and reads WAREHOUSE_PATH from the environment it
    # inherits: hand it the resolved absolute path so it builds in the file the raw
    # assets wrote, not one relative to dbt_project/.
    os.environ["WAREHOUSE_PATH"] = str(database)
    build = last_build(database)
    digest, previous = project_digest(), build and build["project_digest"]
    full_refresh = config.full_refresh or digest != previous
    since = None if full_refresh else since_load_seq(database, build)
    if full_refresh:
        why = "asked for" if config.full_refresh else ("first build" if previous is None else "the dbt project changed")
        context.log.info(f"full refresh of the incremental marts ({why})")
    elif since is None:
        context.log.info("cross-letter marts recomputed and tested in full (letters left the marts since the "
                         "last complete build, or none is recorded)")
    else:
        context.log.info(f"dbt recomputes and tests what the letters loaded after load {since} change; "
                         "the seeds and staging views, unchanged, are not re-created")
    # --no-write-json: Dagster reads the results from dbt's event stream
    # and the parse state is partial_parse.msgpack (written anyway), so the run's
    # manifest.json and run_results.json are not needed; writing them took about 1 s a build.
    # A selection made in the UI is built as selected, staging views included.
    args = ["build", "--exclude", " ".join(excluded_from_build(None if context.is_subset else since)), "--no-write-json",
            *(["--full-refresh"] if full_refresh else [])]
    # An env var, not a dbt var: a var changing every run would make dbt parse everything again.
    if since is not None:
        os.environ[SINCE_LOAD_SEQ] = str(since)
    target_path = run_target(context)
    wait_for_parse_ahead(database)
    seed_parse_state(target_path, database)
    try:
        invocation = dbt.cli(args, context=context, target_path=target_path)
        yield from invocation.stream()
    finally:
        os.environ.pop(SINCE_LOAD_SEQ, None)
    keep_parse_state(invocation.target_path, database=database)
    prune_run_targets()
    # What this build had: the cross-letter marts of the next one recompute only what newer
    # letters change when all of these are still loaded (dbt_project/macros/incremental.sql).
    max_load_seq, letters = loaded_letters(database)
    if context.is_subset:
        # Some marts were not built: the next build cannot know what they are missing.
        max_load_seq = None
    apply_changes(database, inserts={"ops.dbt_builds": pl.DataFrame({
        "project_digest": [digest], "full_refresh": [full_refresh], "run_id": [context.run.run_id],
        "built_at": [datetime.now()], "max_load_seq": [max_load_seq], "letters": [letters],
    }, schema_overrides={"max_load_seq": pl.Int64, "letters": pl.Int64})})
