"""dbt-duckdb plugin that loads the fts extension on every dbt connection, offline.

Named in dbt_project/profiles.yml (`plugins: [{module: orchestration.dbt_fts_plugin}]`), so
`dbt build` run by Dagster, by `make run` or by hand can build the full-text index of
`search.letter_bigrams` (its post-hook, see macros/search.sql) without network access.
"""
from __future__ import annotations

from dbt.adapters.duckdb.plugins import BasePlugin
from duckdb import DuckDBPyConnection

from orchestration.fts import load_fts


class Plugin(BasePlugin):
    def configure_connection(self, conn: DuckDBPyConnection) -> None:
        load_fts(conn)
