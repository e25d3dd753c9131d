"""Incremental refresh: what a refresh reads, extracts and rebuilds follows what changed."""
import os
import shutil
import subprocess
import time

import duckdb
import polars as pl
import pytest

from orchestration import incremental
from orchestration.ingest import KNOWN, scan_folder
from orchestration.defs.assets.dbt_models import since_load_seq
from orchestration.defs.project import project_target
from orchestration.settings import DEFAULT_RAW_DIR
from tests.conftest import SEED_LETTERS, run_cli

LETTER_98, LETTER_120 = SEED_LETTERS


# --- planning (pure) ------------------------------------------------------------------------

def ids(*letter_ids):
    return pl.DataFrame({"letter_id": list(letter_ids)}, schema={"letter_id": pl.String})


def extractions(rows, version="v1"):
    return pl.DataFrame(
        [{"letter_id": i, "extractor_version": version, "load_seq": seq, "extracted_at": None} for i, seq in rows],
        schema=incremental.EXTRACTIONS,
    )


def test_the_first_load_extracts_everything_from_empty_tables():
    plan = incremental.plan_extraction(ids("A", "B"), None, "v1")
    assert plan.full and sorted(plan.todo["letter_id"]) == ["A", "B"] and plan.load_seq == 1


def test_a_refresh_extracts_only_new_letters_and_drops_the_gone_ones():
    plan = incremental.plan_extraction(ids("A", "C"), extractions([("A", 1), ("B", 1)]), "v1")
    assert not plan.full
    assert plan.todo["letter_id"].to_list() == ["C"]
    assert plan.gone["letter_id"].to_list() == ["B"]
    assert sorted(plan.stale["letter_id"]) == ["B", "C"]
    assert plan.load_seq == 2


def test_new_extraction_code_extracts_everything_again():
    plan = incremental.plan_extraction(ids("A"), extractions([("A", 4)], version="old"), "v1")
    assert plan.full and plan.todo["letter_id"].to_list() == ["A"] and plan.load_seq == 5


def test_the_extractor_version_is_a_digest_of_the_extraction_code():
    assert incremental.extractor_version() == incremental.extractor_version()
    assert len(incremental.extractor_version()) == 16


def test_a_letter_no_longer_superseded_comes_back_with_a_new_load():
    letters = pl.DataFrame({"letter_id": ["A", "B"], "source_file": ["a.txt", "b.txt"]})
    before = pl.DataFrame({"source_file": ["a.txt"]})
    assert incremental.reactivated(letters, before, before.clear())["letter_id"].to_list() == ["A"]
    assert incremental.reactivated(letters, before, before).height == 0


# --- scanning the folder against what is loaded ---------------------------------------------

@pytest.fixture
def folder(tmp_path):
    for name in SEED_LETTERS:
        shutil.copyfile(DEFAULT_RAW_DIR / name, tmp_path / name)
    return tmp_path


def known_from(scan):
    return pl.concat([scan.unchanged, scan.new.select(list(KNOWN))])


def test_unchanged_files_are_not_read_again(folder):
    first = scan_folder(folder)
    assert first.read == 2 and first.new.height == 2
    again = scan_folder(folder, known_from(first))
    assert again.read == 0 and again.new.height == 0 and again.unchanged.height == 2


def test_a_touched_file_with_the_same_bytes_is_unchanged(folder):
    first = scan_folder(folder)
    later = time.time() + 60
    os.utime(folder / LETTER_98, (later, later))
    again = scan_folder(folder, known_from(first))
    assert again.read == 1 and again.new.height == 0
    assert again.touched["source_file"].to_list() == [LETTER_98]


def test_a_changed_file_is_decoded_again(folder):
    first = scan_folder(folder)
    path = folder / LETTER_98
    path.write_text(path.read_text(encoding="utf-8") + "\n附件：无\n", encoding="utf-8")
    again = scan_folder(folder, known_from(first))
    assert again.new["source_file"].to_list() == [LETTER_98]
    assert again.new["letter_id"][0] not in first.new["letter_id"].to_list()


def test_a_copy_of_a_loaded_letter_is_a_duplicate_of_it(folder):
    first = scan_folder(folder)
    shutil.copyfile(folder / LETTER_120, folder / "0-copy.txt")  # sorts first, yet the loaded one stays
    again = scan_folder(folder, known_from(first))
    assert again.new.height == 0
    assert again.rejects.select("source_file", "reason", "detail").rows() == [
        ("0-copy.txt", "duplicate", f"byte-identical to {LETTER_120}")]


# --- what dbt may take as new: the letters above the last complete build's load -------------

@pytest.fixture
def loaded(tmp_path):
    """A warehouse whose marts hold letters A, B (load 1) and C (load 2)."""
    database = tmp_path / "w.duckdb"
    with duckdb.connect(str(database)) as con:
        con.execute("create schema staging")
        con.execute("create table staging.stg_letters as "
                    "select * from (values ('A', 1), ('B', 1), ('C', 2)) as t(letter_id, load_seq)")
    return database


def test_letters_above_the_last_build_are_the_new_ones(loaded):
    assert since_load_seq(loaded, {"max_load_seq": 1, "letters": 2}) == 1


def test_a_letter_gone_since_the_last_build_means_everything_again(loaded):
    assert since_load_seq(loaded, {"max_load_seq": 2, "letters": 4}) is None


def test_no_complete_build_recorded_means_everything_again(loaded):
    assert since_load_seq(loaded, None) is None
    assert since_load_seq(loaded, {"max_load_seq": None, "letters": 3}) is None  # a subset build
    assert since_load_seq(loaded, {"project_digest": "older warehouse"}) is None


# --- end to end: refreshes through the CLI --------------------------------------------------

def counts(database):
    with duckdb.connect(str(database), read_only=True) as con:
        return {
            "proposals": con.execute("select list(source_file order by source_file) from marts.proposals").fetchone()[0],
            "metrics": con.execute("select count(*) from marts.metrics").fetchone()[0],
            "commitments": con.execute("select count(*) from marts.commitments").fetchone()[0],
            "citations": con.execute("select count(*) from marts.policy_references").fetchone()[0],
            "searchable": con.execute("select count(*) from search.letter_index").fetchone()[0],
            "loads": con.execute("select list(load_seq order by load_seq) from raw.extractions").fetchone()[0],
            "conflicts": con.execute("select list(conflict_id order by conflict_id) from marts.metric_conflicts").fetchone()[0],
            "targets": con.execute(
                "select list(pair_id || ':' || coalesce(attainment::varchar, '') order by pair_id) from marts.targets_vs_actuals"
            ).fetchone()[0],
        }


def warm_servers() -> list[str]:
    found = subprocess.run(["pgrep", "-f", "warm_dbt.py serve"], capture_output=True, text=True)
    return found.stdout.split()


def newer_version_of_98():
    """Letter 98 signed and revised later: same 文号, new text."""
    text = (DEFAULT_RAW_DIR / LETTER_98).read_text(encoding="utf-8")
    return text.rstrip() + "\n\n2024年12月30日\n"


@pytest.mark.slow
def test_refreshes_follow_the_changes_and_match_a_full_build(tmp_path):
    work, fresh = tmp_path / "incremental", tmp_path / "fresh"
    (work / "raw").mkdir(parents=True)
    # 120 first: 98, added next, comes before it in reading order, so pairs of letter 120's
    # metrics already built change too (a conflict 98 → 120, 98's targets met by 120).
    shutil.copyfile(DEFAULT_RAW_DIR / LETTER_120, work / "raw" / LETTER_120)
    database = work / "out" / "warehouse.duckdb"

    def refresh():
        process = run_cli(work)
        assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
        # dbt ran forked from the run's warm dbt server (orchestration/warm_dbt.py), which
        # ended with the run.
        assert "warm_dbt.sh build" in process.stdout + process.stderr
        assert not warm_servers()
        return process.stdout

    refresh()
    first = counts(database)
    assert first["proposals"] == [LETTER_120]
    assert first["conflicts"] is None  # one letter: no pairs

    # A new letter: only it is read and extracted (load 2); the marts gain its rows, and the
    # cross-letter marts recompute only the pairs it can change (since load 1).
    shutil.copyfile(DEFAULT_RAW_DIR / LETTER_98, work / "raw" / LETTER_98)
    output = refresh()
    after_add = counts(database)
    assert after_add["proposals"] == SEED_LETTERS
    assert after_add["loads"] == [1, 2]
    assert after_add["conflicts"], "98 and 120 report 企业研发机构 differently"
    for mart in ("int_metric_conflict_pairs", "int_target_actual_pairs", "int_reference_counts"):
        assert f"{mart}: recomputing what the letters loaded after load 1 change" in output
    # ... and dbt's tests read the rows of that letter (dbt_project/macros/tests.sql).
    build = max(project_target().glob("dbt_warehouse-*"), key=lambda path: path.stat().st_mtime)
    assert "where load_seq > 1" in next(build.rglob("unique_metrics_metric_id*.sql")).read_text()
    # The marts take the new letters by a load_seq written in as a number, which DuckDB pushes
    # into its scans (macros/incremental.sql), and the seeds and staging views, the same
    # since the last build, are not re-created (UNCHANGED_SCHEMAS)...
    compiled, ran = build / "compiled" / "reply_letters" / "models", build / "run" / "reply_letters"
    assert "where stg_letters.load_seq > 1\n" in (compiled / "marts" / "proposals.sql").read_text()
    assert (ran / "models" / "marts" / "proposals.sql").exists()
    assert not (ran / "models" / "staging").exists() and not (ran / "seeds").exists()
    # ... yet everything downstream of dbt ran: the analysts' snapshot has the new letter.
    assert counts(work / "out" / "warehouse.snapshot.duckdb")["proposals"] == SEED_LETTERS

    # The same folder built from scratch gives the same marts.
    shutil.copytree(work / "raw", fresh / "raw")
    assert run_cli(fresh).returncode == 0
    assert {k: v for k, v in counts(fresh / "out" / "warehouse.duckdb").items() if k != "loads"} == \
        {k: v for k, v in after_add.items() if k != "loads"}

    # A newer version of 98 supersedes the old one, which leaves every mart.
    (work / "raw" / "98-revised.txt").write_text(newer_version_of_98(), encoding="utf-8")
    refresh()
    revised = counts(database)
    assert revised["proposals"] == ["98-revised.txt", LETTER_120]
    assert revised["searchable"] == 2
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("select reason from ops.rejects where source_file = ?", [LETTER_98]).fetchone() == ("superseded",)

    # Deleting the revision brings the original back, without extracting it again.
    (work / "raw" / "98-revised.txt").unlink()
    refresh()
    back = counts(database)
    assert back["proposals"] == SEED_LETTERS
    assert {k: v for k, v in back.items() if k != "loads"} == {k: v for k, v in after_add.items() if k != "loads"}
    with duckdb.connect(str(database), read_only=True) as con:
        extracted = con.execute("select count(*) from raw.extractions").fetchone()[0]
    assert extracted == 2


@pytest.mark.slow
def test_a_refresh_of_many_letters_pairs_like_a_full_build(tmp_path):
    """Synthetic letters of a few places and subjects, many of them pairing across letters:
    letters added in a refresh reopen only the pairs they can change (macros/incremental.sql),
    and the marts come out as a build of the whole folder from scratch makes them."""
    generated = tmp_path / "generated"
    subprocess.run([os.sys.executable, "benchmarks/generate.py", "--letters", "40", "--seed", "3", "--out", generated],
                   check=True, capture_output=True)
    files = sorted((generated / "raw").iterdir())
    work, fresh = tmp_path / "incremental", tmp_path / "fresh"
    for folder in (work / "raw", fresh / "raw"):
        folder.mkdir(parents=True)
    for path in files:
        shutil.copyfile(path, fresh / "raw" / path.name)
    for path in files[:32]:
        shutil.copyfile(path, work / "raw" / path.name)
    assert run_cli(work).returncode == 0
    before = counts(work / "out" / "warehouse.duckdb")
    for path in files[32:]:
        shutil.copyfile(path, work / "raw" / path.name)
    refreshed = run_cli(work)
    assert refreshed.returncode == 0, refreshed.stdout[-3000:]
    assert "int_target_actual_pairs: recomputing what the letters loaded after load 1 change" in refreshed.stdout
    assert run_cli(fresh).returncode == 0

    after, full = counts(work / "out" / "warehouse.duckdb"), counts(fresh / "out" / "warehouse.duckdb")
    assert len(after["conflicts"]) > len(before["conflicts"]) > 0
    assert {k: v for k, v in after.items() if k != "loads"} == {k: v for k, v in full.items() if k != "loads"}
