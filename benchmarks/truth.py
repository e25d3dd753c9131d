"""Compare extracted metrics and headers with the generator's truth."""
from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

HEADER_FIELDS = ("doc_number", "proposal_no", "proposer", "proposer_kind", "session", "signed_date", "contact_phone")


def load_truth(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {row["source_file"]: row for row in map(json.loads, f)}


def score(truth: dict[str, dict], metrics: list[dict], headers: list[dict]) -> dict:
    """Precision and recall of metrics (same letter, overlapping span, same value and unit),
    kind and qualifier accuracy over matches, and header field accuracy."""
    predicted = defaultdict(list)
    for m in metrics:
        predicted[m["source_file"]].append(m)
    tp = fp = fn = kind_ok = qual_ok = 0
    for source_file, letter in truth.items():
        gold = letter["metrics"]
        used = set()
        for p in predicted.get(source_file, []):
            hit = next((i for i, g in enumerate(gold) if i not in used and p["char_start"] < g["end"]
                        and g["start"] < p["char_end"] and p["unit"] == g["unit"]
                        and math.isclose(p["value"], g["value"], rel_tol=1e-6)), None)
            if hit is None:
                fp += 1
                continue
            used.add(hit)
            tp += 1
            kind_ok += p["kind"] == gold[hit]["kind"]
            qual_ok += p["qualifier"] == gold[hit]["qualifier"]
        fn += len(gold) - len(used)
    header_ok = header_n = 0
    by_file = {h["source_file"]: h for h in headers}
    for source_file, letter in truth.items():
        got = by_file.get(source_file, {})
        for field in HEADER_FIELDS:
            header_n += 1
            header_ok += str(got.get(field)) == str(letter["header"][field])
    return dict(precision=tp / max(1, tp + fp), recall=tp / max(1, tp + fn), kind_acc=kind_ok / max(1, tp),
                qualifier_acc=qual_ok / max(1, tp), header_acc=header_ok / max(1, header_n), tp=tp, fp=fp, fn=fn)
