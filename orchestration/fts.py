"""DuckDB's full-text search extension (fts), loaded offline from its PyPI wheel.

`INSTALL fts` downloads from DuckDB's own server, which is unreachable here and in CI. The
locked package `duckdb-extension-fts` ships the extension binary for our DuckDB version;
`INSTALL '<that file>'` copies it into the user's extension folder (~/.duckdb/extensions),
after which any later connection on the machine autoloads fts when a query needs it (the
`search_letters` macro does). Where that folder is not writable, `LOAD '<that file>'` still
works for the connection at hand.

No dbt or Dagster import here: dbt loads fts through `orchestration.dbt_fts_plugin`.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb


def fts_extension_path() -> Path:
    """The fts extension binary shipped by the duckdb-extension-fts wheel for this DuckDB."""
    spec = importlib.util.find_spec("duckdb_extension_fts")
    if spec is None or spec.origin is None:
        raise RuntimeError("the package duckdb-extension-fts is not installed (it is in uv.lock)")
    package = Path(spec.origin).parent
    path = package / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not path.exists():
        found = sorted(package.glob("extensions/*/fts.duckdb_extension"))
        raise RuntimeError(f"no fts extension for duckdb {duckdb.__version__} in {package}; found {found}")
    return path


def sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Install fts from the wheel (for later autoloading) and load it into `con`."""
    path = sql_string(str(fts_extension_path()))
    try:
        con.execute(f"install {path}")
        con.execute("load fts")
    except duckdb.Error:
        # No writable extension folder: load the binary directly, for this connection only.
        con.execute(f"load {path}")
