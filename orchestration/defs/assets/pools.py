# Every asset that writes the DuckDB file runs in this concurrency pool; its limit of 1
# (DAGSTER_HOME/dagster.yaml) keeps to DuckDB's one-writer-process rule across runs.
DUCKDB_POOL = "duckdb"
