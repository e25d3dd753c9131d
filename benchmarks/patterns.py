"""Time each regex the extraction runs over every letter, one pass each, and flag a slow one.

    .venv/bin/python benchmarks/patterns.py --letters 3000

Polars' regex engine runs a pattern through a lazy DFA while its states fit a fixed cache, and
falls back to a far slower engine when they do not. A few characters can tip a large
alternation over: a Unicode class (`\\d` is every Unicode decimal digit) or an open one
(`[^，。]{0,12}`) repeated inside it. The pipeline then still gives the same output, only a
hundred times slower, and nothing but a benchmark notices (docs/performance.md tells two such
cases). This script makes the check cheap: it passes every whole-letter pattern over the
generator's letters (cleaned, as the extraction sees them) and prints MB/s beside a bare
digit pattern's. A pattern far below the bare one is flagged. The last line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

# A pattern slower than the bare digit pattern by more than this is flagged: inside the lazy DFA
# the whole-letter patterns run within a few times of it; off it, a hundred times slower.
SLOW_FACTOR = 20


def patterns() -> dict[str, str]:
    """The patterns every letter is passed through, by name."""
    from orchestration.extraction import flat_tables, metrics, wrapping
    return {
        "bare digits (reference)": r"[0-9]+",
        "metrics.CANDIDATE": metrics.CANDIDATE,
        "metrics.PERIOD_PATTERN": metrics.PERIOD_PATTERN,
        "metrics.LATE_PERIOD_PATTERN": metrics.LATE_PERIOD_PATTERN,
        # (the ratio and named-count passes run over the letters their hints find; timed here over all)
        "metrics.RATIO_HINT": metrics.RATIO_HINT,
        "metrics.RATIO": metrics.RATIO,
        "metrics.NAMED_COUNT_HINT": metrics.NAMED_COUNT_HINT,
        "metrics.NAMED_COUNT": metrics.NAMED_COUNT,
        "metrics.SENTENCE": metrics.SENTENCE,
        "flat_tables.FLAT_HINT": flat_tables.FLAT_HINT,
        "wrapping.PAGE_HINT": wrapping.PAGE_HINT,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    import polars as pl

    from generate import generate, generator_version
    from orchestration.extraction.clean import clean
    from orchestration.extraction.text import find_spans
    from orchestration.ingest import scan_raw_dir

    data = HERE / "data" / f"{args.seed}-{args.letters}-{generator_version()}"
    if not (data / "truth.jsonl").exists():
        generate(args.letters, args.seed, data)
    letters, _ = scan_raw_dir(data / "raw")
    texts = clean(letters)[0].select("letter_id", "mtext")
    mb = texts.select(pl.col("mtext").str.len_bytes().sum()).item() / 1e6
    print(f"{texts.height} letters, {mb:.1f} MB of cleaned text")

    figures = {}
    # Timed as the extraction runs them, through find_spans: its one pass replaces every match,
    # which can fall off the lazy DFA where a pass that only lists the matches does not.
    for name, pattern in patterns().items():
        find_spans(texts.head(20), pattern)  # (compiles it)
        start = time.perf_counter()
        found = find_spans(texts, pattern).height
        figures[name] = {"mb_s": round(mb / (time.perf_counter() - start), 1), "matches": found}
    reference = figures["bare digits (reference)"]["mb_s"]
    slow = [name for name, f in figures.items() if f["mb_s"] * SLOW_FACTOR < reference]
    for name, f in figures.items():
        flag = "   SLOW: off the lazy DFA? see docs/performance.md" if name in slow else ""
        print(f"{name:28} {f['mb_s']:8.1f} MB/s {f['matches']:>10,} matches{flag}")
    print(json.dumps({"letters": texts.height, "text_mb": round(mb, 2), "patterns": figures, "slow": slow}, ensure_ascii=False))
    sys.exit(1 if slow else 0)


if __name__ == "__main__":
    main()
