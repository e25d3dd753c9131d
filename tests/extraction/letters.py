"""Build small synthetic letters and run the extraction on them."""
from __future__ import annotations

import hashlib

import polars as pl

from orchestration.extraction import extract

HEAD = "测科提复〔2024〕7号\n\n关于市政协九届二次会议12号提案的\n答 复 函\n\n李明委员：\n您所提的《关于测试的提案》收悉。现答复如下：\n"
TAIL = "\n感谢您对我们工作的支持。\n\n测试市科学技术局\n2024年6月1日\n"


def letter(body: str, head: str = HEAD, tail: str = TAIL) -> str:
    return head + body + tail


def frame(*texts: str) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "letter_id": ["L" + hashlib.sha256(t.encode()).hexdigest()[:16] for t in texts],
            "text": list(texts),
        }
    )


def run(*texts: str) -> dict[str, pl.DataFrame]:
    return extract(frame(*texts))


def metrics(body: str, **kw) -> list[dict]:
    """The metrics of a letter whose body is `body`, in text order."""
    return run(letter(body, **kw))["metrics"].sort("char_start").to_dicts()


def one(body: str, surface: str) -> dict:
    """The single metric whose surface contains `surface`."""
    hits = [m for m in metrics(body) if surface in m["surface"] or m["surface"] in surface]
    assert len(hits) == 1, f"expected one metric for {surface!r}, got {hits}"
    return hits[0]


def header(text: str) -> dict:
    return run(text)["letter_headers"].to_dicts()[0]
