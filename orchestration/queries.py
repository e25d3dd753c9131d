"""Run SQL against the warehouse, read-only: the worked queries in docs/queries.sql or your own.

    python -m orchestration.queries                      # list the worked queries
    python -m orchestration.queries conflicting-figures  # run one (or several) by name
    python -m orchestration.queries --all                # run them all
    python -m orchestration.queries --sql "from marts.agencies"

The warehouse is WAREHOUSE_PATH (default warehouse/warehouse.duckdb). A running `make run`
holds the file for writing; query it when the run has finished (or query the snapshot).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import duckdb

from orchestration.settings import DEFAULT_WAREHOUSE_PATH, REPO_ROOT, env_path

QUERIES_FILE = REPO_ROOT / "docs" / "queries.sql"
NAME_LINE = re.compile(r"^-- name: *(\S+) *$", re.MULTILINE)


def parse_queries(path: Path = QUERIES_FILE) -> dict[str, str]:
    """{name: sql} for every `-- name: <slug>` block (its comment lines included), in file order."""
    text = path.read_text(encoding="utf-8")
    marks = list(NAME_LINE.finditer(text))
    queries = {}
    for mark, following in zip(marks, [*marks[1:], None]):
        body = text[mark.end(): following.start() if following else len(text)].strip()
        if mark.group(1) in queries:
            raise ValueError(f"{path}: query name {mark.group(1)!r} is used twice")
        queries[mark.group(1)] = body.rstrip(";").strip()
    return queries


def connect(database: Path | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse."""
    return duckdb.connect(str(database or env_path("WAREHOUSE_PATH", DEFAULT_WAREHOUSE_PATH)), read_only=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m orchestration.queries", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="worked queries to run (default: list them)")
    parser.add_argument("--all", action="store_true", help="run every worked query")
    parser.add_argument("--sql", help="run this SQL instead")
    parser.add_argument("--file", type=Path, default=QUERIES_FILE, help="the worked queries file")
    args = parser.parse_args(argv)
    queries = parse_queries(args.file)
    if args.sql:
        selected = {"sql": args.sql}
    elif args.all or args.names:
        unknown = [name for name in args.names if name not in queries]
        if unknown:
            parser.error(f"unknown queries {unknown}; known: {', '.join(queries)}")
        selected = queries if args.all else {name: queries[name] for name in args.names}
    else:
        for name, sql in queries.items():
            question = next((line[3:] for line in sql.splitlines() if line.startswith("-- ")), "")
            print(f"{name:40} {question}")
        return 0
    with connect() as con:
        for name, sql in selected.items():
            print(f"-- {name}")
            con.sql(sql).show(max_width=200, max_rows=50)
    return 0


if __name__ == "__main__":
    sys.exit(main())
