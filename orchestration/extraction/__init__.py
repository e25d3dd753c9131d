"""Pure Polars extraction of facts from reply letters (no Dagster import).

`extract(letters)` takes a frame shaped like `schema.LETTERS` holding many letters and
returns the raw fact tables keyed by their name in `schema.RAW_TABLES`. Every step is a
frame-in, frame-out function over all letters at once; nothing loops per letter.
"""
from __future__ import annotations

import functools

import polars as pl

from . import schema
from .header import extract_headers, header_table, looks_like_reply
from .metrics import extract_metrics
from .structure import commitments, section_table, sections, split_lines, suggestions, zones
from .clean import clean, to_original
from .text import slice_text

__all__ = ["extract", "looks_like_reply", "schema"]


def extract(letters: pl.DataFrame) -> dict[str, pl.DataFrame]:
    if letters.height == 0:
        return {name: schema.empty(s) for name, s in schema.RAW_TABLES.items() if name != "letters"}
    letters, edits = clean(letters.select("letter_id", "text"))
    # Texts that are not reply letters produce no facts; ingestion records them as rejects.
    letters = letters.filter(looks_like_reply(pl.col("mtext")))
    if letters.height == 0:
        return extract(letters.select("letter_id", "text").clear())
    lines = split_lines(letters)
    zone = zones(lines)
    header = header_table(extract_headers(letters, lines, zone))
    letter_year = header.select("letter_id", "letter_year")
    heads = sections(lines, zone)
    coms = commitments(lines, zone, heads)
    metrics = extract_metrics(letters, zone, heads, coms, letter_year)
    # Everything above is in matching-text offsets; the tables hold stored-text offsets.
    spans = functools.partial(to_original, edits=edits)
    header = spans(header, starts=[c for c in HEADER_SPANS if c.endswith("_start")],
                   ends=[c for c in HEADER_SPANS if c.endswith("_end")])
    heads = spans(heads, starts=["char_start"], ends=["char_end"])
    metrics = spans(metrics, starts=["char_start", "sent_start"], ends=["char_end", "sent_end"])
    return {
        "letter_headers": header,
        "sections": section_table(heads),
        "suggestions": suggestions(heads),
        "commitments": _commitment_table(letters, coms, letter_year, spans),
        "metrics": schema.conform(_metric_evidence(letters, metrics).sort("letter_id", "char_start"), schema.METRICS),
    }


HEADER_SPANS = [c for c in schema.HEADERS if c.endswith(("_start", "_end"))]


def _metric_evidence(letters: pl.DataFrame, metrics: pl.DataFrame) -> pl.DataFrame:
    """Surface and sentence as they stand in the stored text."""
    return metrics.join(letters.select("letter_id", "text"), on="letter_id").with_columns(
        metric_id=pl.concat_str("letter_id", pl.lit(":"), pl.col("char_start").cast(pl.String)),
        surface=slice_text("text", pl.col("char_start"), pl.col("char_end")),
        sentence=slice_text("text", pl.col("sent_start"), pl.col("sent_end")).str.strip_chars(),
    )


def _commitment_table(letters: pl.DataFrame, coms: pl.DataFrame, letter_year: pl.DataFrame, spans) -> pl.DataFrame:
    """Heading and horizon from the matching text, body from the stored text."""
    mbody = slice_text("mtext", pl.col("char_start"), pl.col("char_end"))
    marker = r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d{1,2}\s*[、.]|[一二三四五六七八九十]+是)\s*"
    plan_word = r"^(?:下一步|下步|下阶段|下一阶段|接下来|今后)(?:工作)?(?:打算|计划)?[，,：:\s]*"
    rest = pl.col("mbody").str.replace(marker, "")
    headed = pl.col("mbody").str.contains(marker)
    heading = pl.when(headed).then(rest.str.extract(r"^([^。；;：:]+)", 1)).otherwise(
        rest.str.replace(plan_word, "").str.extract(r"^([^，,。；;：:]+)", 1)
    )
    year = pl.col("mbody").str.extract(r"(?:到|至|在|于)?((?:20)\d{2})年", 1).cast(pl.Int32)
    horizon = pl.coalesce(
        year, pl.when(pl.col("mbody").str.contains(r"全年|今年|年内|年底|本年")).then(pl.col("letter_year"))
    )
    out = (
        coms.join(letters.select("letter_id", "mtext"), on="letter_id")
        .join(letter_year, on="letter_id", how="left")
        .with_columns(mbody=mbody)
        .with_columns(heading=heading.str.strip_chars(), horizon_year=horizon)
        .drop("mtext")
    )
    out = spans(out, starts=["char_start"], ends=["char_end"]).join(letters.select("letter_id", "text"), on="letter_id")
    out = out.with_columns(
        body=slice_text("text", pl.col("char_start"), pl.col("char_end")),
        commitment_id=pl.concat_str("letter_id", pl.lit(":"), pl.col("char_start").cast(pl.String)),
    ).sort("letter_id", "char_start")
    return schema.conform(out, schema.COMMITMENTS)
