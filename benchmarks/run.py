"""Benchmark the warehouse on N synthetic letters and print what it measured.

    .venv/bin/python benchmarks/run.py --letters 1000

Generates the letters (cached by seed and N under benchmarks/data/), then measures, each
stage in its own process so its wall time and peak RSS are its own:

  decode_load   scan RAW_DIR, decode, hash, write raw.letters
  extract       the Polars extraction over all letters (MB/s of letter text)
  baseline      the same extraction called letter by letter in a Python loop (a sample)
  dbt_build     dbt build (staging, marts and their tests) on the extracted tables
  checks        the Great Expectations suites on the built tables
  end_to_end    `python -m orchestration.cli run`, the path `make run` takes
  refresh_one   the same command again after one new letter is added (incremental)

and scores the end-to-end marts against the generator's truth, then prints where the two
runs spent their time (Dagster's step timings). The last line printed is
one JSON object with every figure, with cpu_reference_s (a fixed Python loop timed at the
start and before the refresh) to tell a slow machine from a slow pipeline.
"""
from __future__ import annotations

import argparse
import json
import random
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]



def peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def cpu_reference_s() -> float:
    """Seconds for a fixed pure-Python loop, best of three: how fast this machine is right
    now. Shared machines vary (the same run here has taken 1.5x longer an hour later), so
    figures from different runs compare only at similar reference times."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        sum(range(10_000_000))
        best = min(best, time.perf_counter() - start)
    return best


# --- stages: each runs in a child process and prints one JSON line --------------------------

def stage_decode_load(raw: Path, database: Path) -> dict:
    from orchestration import ingest
    from orchestration.warehouse import write_tables

    letters, rejects = ingest.scan_raw_dir(raw)
    write_tables(database, {"raw": {"letters": letters}, "ops": {"rejects": rejects}})
    return {"letters": letters.height, "rejected": rejects.height,
            "text_mb": letters["text"].str.len_bytes().sum() / 1e6}


def stage_extract(database: Path) -> dict:
    from orchestration import incremental, ingest
    from orchestration.extraction import extract, schema
    from orchestration.warehouse import read_table, write_tables

    letters = read_table(database, "raw.letters", schema.LETTERS)
    extract(letters.head(50))  # warm-up: regex compilation, thread pool
    start = time.perf_counter()
    facts = extract(letters)
    seconds = time.perf_counter() - start
    # What raw_letter_facts records beside the facts, so that dbt's staging reads them.
    version = incremental.extractor_version()
    plan = incremental.plan_extraction(letters.select("letter_id"), None, version)
    decided = ingest.extraction_rejects(letters, facts["letter_headers"])
    write_tables(database, {"raw": {**facts, "extractions": incremental.extraction_rows(plan, version)},
                            "ops": {"rejects": decided}})
    text_mb = letters["text"].str.len_bytes().sum() / 1e6
    return {"extract_only_s": seconds, "extract_mb_s": text_mb / seconds, "metrics": facts["metrics"].height}


def stage_baseline(database: Path, sample: Path) -> dict:
    from orchestration.extraction import extract, schema
    from orchestration.warehouse import read_table

    letters = read_table(database, "raw.letters", schema.LETTERS).head(int(sample.name))
    start = time.perf_counter()
    for row in range(letters.height):
        extract(letters.slice(row, 1))
    seconds = time.perf_counter() - start
    return {"baseline_extract_mb_s": letters["text"].str.len_bytes().sum() / 1e6 / seconds, "sample": letters.height}


def stage_dbt_build(database: Path) -> dict:
    from orchestration.defs.project import DBT_EXECUTABLE
    from orchestration.settings import DBT_PROJECT_DIR

    with tempfile.TemporaryDirectory() as tmp:
        process = subprocess.run(
            [DBT_EXECUTABLE, "build", "--target-path", f"{tmp}/target", "--log-path", f"{tmp}/logs", "--quiet"],
            cwd=DBT_PROJECT_DIR, env={**os.environ, "WAREHOUSE_PATH": str(database)}, capture_output=True, text=True,
        )
    return {"ok": process.returncode == 0, "tail": process.stdout[-500:]}


def stage_checks(database: Path) -> dict:
    from orchestration.quality.suites import load_suites
    from orchestration.quality.validate import validate_scope

    rows = failed = 0
    for suite in load_suites():
        validated, outcomes = validate_scope(database, suite, None)
        rows += validated
        failed += sum(not outcome.success for outcome in outcomes)
    return {"rows_validated": rows, "expectations_failed": failed}


def stage_cli(raw: Path, database: Path, home: Path) -> dict:
    env = {**os.environ, "RAW_DIR": str(raw), "WAREHOUSE_PATH": str(database), "DAGSTER_HOME": str(home)}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([sys.executable, "-m", "orchestration.cli", "run"], cwd=REPO, env=env,
                                   stdout=out, stderr=err, text=True)
        # The run's processes live side by side (the run, its Great Expectations worker, dbt):
        # what they hold together, sampled, beside the peak of the largest one.
        tree_peak = 0
        while process.poll() is None:
            tree_peak = max(tree_peak, tree_rss_bytes(process.pid))
            time.sleep(0.2)
        out.seek(0)
        err.seek(0)
        tail = out.read()[-800:] + err.read()[-800:]
    return {"ok": process.returncode == 0, "tail": tail, "tree_rss_mb": round(tree_peak / 2**20)}


def tree_rss_bytes(root: int) -> int:
    """Resident bytes of process `root` and all its descendants now (Linux /proc; 0 elsewhere)."""
    parents, rss = {}, {}
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
            pages = int((entry / "statm").read_text().split()[1])
        except (OSError, ValueError, IndexError):
            continue  # ended meanwhile
        pid = int(entry.name)
        parents[pid] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[pid] = pages * page
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(rss.get(pid, 0) for pid in tree)


STAGES = {"decode_load": stage_decode_load, "extract": stage_extract, "baseline": stage_baseline,
          "dbt_build": stage_dbt_build, "checks": stage_checks, "cli": stage_cli}


def run_stage(name: str, *args: Path) -> dict:
    """Run one stage in a child process; its figures plus wall seconds and peak RSS."""
    start = time.perf_counter()
    process = subprocess.run([sys.executable, __file__, "--stage", name, *map(str, args)],
                             capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"stage {name} failed:\n{process.stdout[-2000:]}\n{process.stderr[-3000:]}")
    result = json.loads(process.stdout.strip().splitlines()[-1])
    result["seconds"] = seconds
    print(f"{name:12s} {seconds:8.2f} s  peak RSS {result['peak_rss_mb']:8.0f} MB  "
          + "  ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()
                      if k not in ("seconds", "peak_rss_mb", "tail", "ok")), flush=True)
    if result.get("ok") is False:
        sys.exit(f"stage {name} did not succeed:\n{result['tail']}")
    return result


def run_steps(home: Path, runs: int) -> list[dict]:
    """The step timings of the last `runs` runs recorded in DAGSTER_HOME `home`, oldest
    first: where each end-to-end and refresh run spent its time."""
    import dagster as dg

    with dg.DagsterInstance.from_config(str(home)) as instance:
        recorded = []
        for run in reversed(instance.get_runs(limit=runs)):
            stats = instance.get_run_stats(run.run_id)
            steps = sorted(instance.get_run_step_stats(run.run_id), key=lambda step: step.start_time or 0)
            recorded.append({
                "run_s": round((stats.end_time or 0) - (stats.start_time or stats.launch_time or 0), 2),
                "steps_s": {step.step_key: round((step.end_time or 0) - (step.start_time or 0), 2) for step in steps},
            })
        return recorded


def print_steps(label: str, wall_s: float, recorded: dict) -> None:
    steps = ", ".join(f"{key} {seconds:.1f}" for key, seconds in recorded["steps_s"].items())
    print(f"{label:12s} {recorded['run_s']:.1f} s in the run of {wall_s:.1f} s wall: {steps}")


def marts_accuracy(database: Path, truth_path: Path) -> dict:
    import duckdb

    from truth import load_truth, score

    with duckdb.connect(str(database), read_only=True) as con:
        metrics = con.sql("select source_file, char_start, char_end, value, unit, kind, qualifier from marts.metrics").pl()
        headers = con.sql("select *, signed_date::varchar as signed_date from marts.proposals").pl()
    return score(load_truth(truth_path), metrics.to_dicts(), headers.to_dicts())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=None, help="where the warehouses go (default: a temp folder)")
    parser.add_argument("--baseline-sample", type=int, default=200, help="letters the per-letter loop runs")
    parser.add_argument("--stage", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        name, *paths = args.stage
        result = STAGES[name](*map(Path, paths))
        print(json.dumps({**result, "peak_rss_mb": peak_rss_mb()}))
        return

    from generate import generate, generator_version, make_letter

    data = HERE / "data" / f"{args.seed}-{args.letters}-{generator_version()}"
    if not (data / "truth.jsonl").exists():
        start = time.perf_counter()
        generate(args.letters, args.seed, data)
        print(f"generated {args.letters} letters in {time.perf_counter() - start:.1f} s → {data}")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="letters-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    staged, e2e = workdir / "staged.duckdb", workdir / "e2e.duckdb"
    for path in (staged, e2e):
        path.unlink(missing_ok=True)

    reference = cpu_reference_s()
    print(f"cpu reference {reference:.3f} s (a fixed Python loop; lower is a faster machine)", flush=True)
    load = run_stage("decode_load", data / "raw", staged)
    ext = run_stage("extract", staged)
    base = run_stage("baseline", staged, Path(str(args.baseline_sample)))
    dbt = run_stage("dbt_build", staged)
    checks = run_stage("checks", staged)
    # The end-to-end runs read a hard-linked copy of the letters, so that the refresh can
    # add one without touching the cache.
    raw = workdir / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    subprocess.run(["cp", "-al", str(data / "raw"), str(raw)], check=True)
    end = run_stage("cli", raw, e2e, workdir / "dagster_home")
    accuracy = marts_accuracy(e2e, data / "truth.jsonl")
    print(f"accuracy     precision={accuracy['precision']:.4f} recall={accuracy['recall']:.4f} "
          f"kind={accuracy['kind_acc']:.4f} qualifier={accuracy['qualifier_acc']:.4f} header={accuracy['header_acc']:.4f}")

    # Refresh after one new letter: one more from the generator, numbered above every 文号
    # it has given out.
    _, letter = make_letter(args.letters, random.Random(args.seed + 1), {}, serial_base=1_000_000)
    (raw / "zz-new-letter.txt").write_text(letter.text(), encoding="utf-8")
    refresh_reference = cpu_reference_s()
    refresh = run_stage("cli", raw, e2e, workdir / "dagster_home")

    # Where the time went, from Dagster's record of both runs (read after every timing).
    end_run, refresh_run = run_steps(workdir / "dagster_home", 2)
    print_steps("end_to_end", end["seconds"], end_run)
    print_steps("refresh_one", refresh["seconds"], refresh_run)

    summary = {
        "letters": load["letters"],
        "text_mb": round(load["text_mb"], 3),
        "decode_load_s": round(load["seconds"], 2),
        "extract_s": round(ext["seconds"], 2),
        "extract_only_s": round(ext["extract_only_s"], 2),
        "extract_mb_s": round(ext["extract_mb_s"], 2),
        "baseline_extract_mb_s": round(base["baseline_extract_mb_s"], 3),
        "vectorised_vs_loop": round(ext["extract_mb_s"] / base["baseline_extract_mb_s"], 1),
        "dbt_build_s": round(dbt["seconds"], 2),
        "checks_s": round(checks["seconds"], 2),
        "end_to_end_s": round(end["seconds"], 2),
        # The largest process of any stage, or what the end-to-end run's processes held together.
        "peak_rss_mb": round(max([r["peak_rss_mb"] for r in (load, ext, base, dbt, checks, end, refresh)]
                                 + [end["tree_rss_mb"], refresh["tree_rss_mb"]])),
        "end_to_end_peak_rss_mb": round(end["peak_rss_mb"]),
        "end_to_end_tree_rss_mb": end["tree_rss_mb"],
        "refresh_one_s": round(refresh["seconds"], 2),
        "precision": round(accuracy["precision"], 4),
        "recall": round(accuracy["recall"], 4),
        "kind_acc": round(accuracy["kind_acc"], 4),
        "header_acc": round(accuracy["header_acc"], 4),
        "cpu_reference_s": round(reference, 3),
        "cpu_reference_at_refresh_s": round(refresh_reference, 3),
        "end_to_end_steps_s": end_run["steps_s"],
        "refresh_one_steps_s": refresh_run["steps_s"],
    }
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
