"""Build orchestration/extraction/word_pairs.tsv.gz: two-character words and how often they occur.

Extraction keeps a long subject's last characters; where that cut would split a two-character
word (…国|家产教融合型企业…), `metrics._subject` moves it one character right, past the word's
second half. The words and their counts come from jieba's dictionary (jieba 0.42.1, MIT licence:
https://github.com/fxsjy/jieba), which is not a dependency: this script is run once by hand.

    python tools/build_word_pairs.py path/to/jieba/dict.txt
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

MIN_COUNT = 20  # rarer words are mostly names and fragments, and would only enlarge the file
OUT = Path(__file__).resolve().parents[1] / "orchestration" / "extraction" / "word_pairs.tsv.gz"


def main(dict_txt: str) -> None:
    pairs = {}
    for line in Path(dict_txt).read_text(encoding="utf-8").splitlines():
        word, count, *_ = line.split()
        if len(word) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word) and int(count) >= MIN_COUNT:
            pairs[word] = max(pairs.get(word, 0), int(count))
    body = "".join(f"{w}\t{n}\n" for w, n in sorted(pairs.items()))
    # (mtime 0: the same input gives the same bytes)
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(body.encode("utf-8"))
    print(f"{len(pairs)} words → {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
