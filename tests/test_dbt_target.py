"""The dbt target folder between runs: parse state carried over, old run folders pruned."""
import os
import subprocess

import duckdb

from orchestration.defs.project import (
    DBT_EXECUTABLE,
    DBT_PROJECT_DIR,
    PARTIAL_PARSE,
    keep_parse_state,
    parse_ahead,
    parse_state_of,
    prune_run_targets,
    seed_parse_state,
    wait_for_parse_ahead,
)


def test_a_runs_parse_state_becomes_the_next_runs_start(tmp_path):
    target, run = tmp_path / "target", tmp_path / "target" / "dbt_warehouse-abc1234-def5678"
    run.mkdir(parents=True)
    (target / PARTIAL_PARSE).write_bytes(b"parsed for another warehouse")
    (run / PARTIAL_PARSE).write_bytes(b"parsed for this warehouse")

    keep_parse_state(run, target)

    assert (target / PARTIAL_PARSE).read_bytes() == b"parsed for this warehouse"
    assert sorted(p.name for p in target.iterdir()) == sorted([PARTIAL_PARSE, run.name])  # no temp file left


def test_a_run_without_parse_state_leaves_the_old_one(tmp_path):
    target, run = tmp_path / "target", tmp_path / "target" / "dbt_warehouse-abc1234-def5678"
    run.mkdir(parents=True)
    (target / PARTIAL_PARSE).write_bytes(b"old")

    keep_parse_state(run, target)

    assert (target / PARTIAL_PARSE).read_bytes() == b"old"


def test_only_the_newest_run_folders_are_kept(tmp_path):
    target = tmp_path / "target"
    runs = [target / f"dbt_warehouse-{i:07d}-aaaaaaa" for i in range(5)]
    for age, run in enumerate(runs):  # runs[0] the newest
        run.mkdir(parents=True)
        (run / "dbt.log").write_text("log")
        os.utime(run, (1_000_000 - age, 1_000_000 - age))
    (target / "compiled").mkdir()
    (target / "manifest.json").write_text("{}")

    prune_run_targets(keep=2, target=target)

    assert sorted(p.name for p in target.iterdir()) == sorted(["compiled", "manifest.json", runs[0].name, runs[1].name])


def test_each_warehouse_starts_from_its_own_last_parse_state(tmp_path):
    target = tmp_path / "target"
    for database, parsed in (("a.duckdb", b"parsed for a"), ("b.duckdb", b"parsed for b")):
        run = target / f"dbt_warehouse-{parsed[-1]:07d}-aaaaaaa"
        run.mkdir(parents=True)
        (run / PARTIAL_PARSE).write_bytes(parsed)
        keep_parse_state(run, target, database=tmp_path / database)
    assert (target / PARTIAL_PARSE).read_bytes() == b"parsed for b"  # the last run's, for any warehouse

    next_on_a = target / "dbt_warehouse-0000003-bbbbbbb"
    seed_parse_state(next_on_a, tmp_path / "a.duckdb", target)
    assert (next_on_a / PARTIAL_PARSE).read_bytes() == b"parsed for a"

    # A warehouse never built: nothing seeded, so dagster-dbt copies target/partial_parse.msgpack.
    first_on_c = target / "dbt_warehouse-0000004-ccccccc"
    seed_parse_state(first_on_c, tmp_path / "c.duckdb", target)
    assert not (first_on_c / PARTIAL_PARSE).exists()
    assert parse_state_of(tmp_path / "a.duckdb", target) != parse_state_of(tmp_path / "b.duckdb", target)


def test_only_the_parse_states_of_the_newest_warehouses_are_kept(tmp_path):
    target = tmp_path / "target"
    states = [parse_state_of(tmp_path / f"w{i}.duckdb", target) for i in range(4)]
    for age, state in enumerate(states):  # states[0] the newest
        state.parent.mkdir(parents=True, exist_ok=True)
        state.write_bytes(b"state")
        os.utime(state, (1_000_000 - age, 1_000_000 - age))

    prune_run_targets(keep=2, target=target)

    assert sorted(p.name for p in states[0].parent.iterdir()) == sorted([states[0].name, states[1].name])


def test_a_moved_project_does_not_start_from_its_old_parse_states(tmp_path, monkeypatch):
    import orchestration.defs.project as project

    here = parse_state_of(tmp_path / "w.duckdb", tmp_path)
    monkeypatch.setattr(project, "DBT_PROJECT_DIR", tmp_path / "elsewhere" / "dbt_project")
    assert parse_state_of(tmp_path / "w.duckdb", tmp_path) != here


def test_a_new_warehouse_is_parsed_ahead_and_its_build_skips_parsing(tmp_path):
    target, database = tmp_path / "target", tmp_path / "new" / "warehouse.duckdb"
    # dbt parse never opens the warehouse: it works while another process writes the file.
    database.parent.mkdir()
    with duckdb.connect(str(database)) as writer:
        writer.execute("create table held as select 1")
        thread = parse_ahead(database, target)
        assert thread is not None and parse_ahead(database, target) is None  # one at a time
        wait_for_parse_ahead(database)
    assert parse_state_of(database, target).exists()
    assert not list(target.glob("parse_ahead-*"))  # its folder is gone
    assert parse_ahead(database, target) is None  # a state is kept: nothing to do

    # A dbt invocation on that warehouse seeded with it reuses it instead of parsing.
    run = target / "dbt_warehouse-0000001-aaaaaaa"
    seed_parse_state(run, database, target)
    process = subprocess.run(
        [DBT_EXECUTABLE, "ls", "--resource-type", "model", "--target-path", str(run), "--log-path", str(run)],
        cwd=DBT_PROJECT_DIR, env={**os.environ, "WAREHOUSE_PATH": str(database)},
        capture_output=True, text=True, timeout=300,
    )
    assert process.returncode == 0, process.stdout[-2000:]
    assert "Nothing changed, skipping partial parsing" in (run / "dbt.log").read_text()
