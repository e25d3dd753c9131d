"""The dbt target folder between runs: parse state carried over, old run folders pruned."""
import os

from orchestration.defs.project import PARTIAL_PARSE, keep_parse_state, prune_run_targets


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
