"""Pure Polars extraction of facts from reply letters (no Dagster import).

`extract(letters)` takes a frame shaped like `schema.LETTERS` holding many letters and
returns the raw fact tables keyed by their name in `schema.RAW_TABLES`. Every step is a
frame-in, frame-out function over all letters at once; nothing loops per letter.
"""
from __future__ import annotations

import polars as pl

from . import schema
from .header import extract_headers, header_table, looks_like_reply
from .metrics import extract_metrics
from .structure import commitments, section_table, sections, split_lines, suggestions, zones
from .text import matching_text, slice_text

__all__ = ["extract", "looks_like_reply", "schema"]


def extract(letters: pl.DataFrame) -> dict[str, pl.DataFrame]:
    if letters.height == 0:
        return {name: schema.empty(s) for name, s in schema.RAW_TABLES.items() if name != "letters"}
    letters = letters.select("letter_id", "text").with_columns(mtext=matching_text("text"))
    # Texts that are not reply letters produce no facts; ingestion records them as rejects.
    letters = letters.filter(looks_like_reply(pl.col("mtext")))
    if letters.height == 0:
        return extract(letters.drop("mtext").clear())
    lines = split_lines(letters)
    zone = zones(lines)
    header = header_table(extract_headers(letters, lines, zone))
    letter_year = header.select("letter_id", "letter_year")
    heads = sections(lines, zone)
    coms = _commitment_table(letters, commitments(lines, zone, heads, letter_year), letter_year)
    metrics = extract_metrics(letters, zone, heads, coms, letter_year)
    return {
        "letter_headers": header,
        "sections": section_table(heads),
        "suggestions": suggestions(heads),
        "commitments": coms,
        "metrics": schema.conform(metrics.sort("letter_id", "char_start"), schema.METRICS),
    }


def _commitment_table(letters: pl.DataFrame, coms: pl.DataFrame, letter_year: pl.DataFrame) -> pl.DataFrame:
    """Text, heading and horizon of each commitment from its span."""
    body = slice_text("text", pl.col("char_start"), pl.col("char_end"))
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
        coms.join(letters, on="letter_id")
        .join(letter_year, on="letter_id", how="left")
        .with_columns(body=body, mbody=mbody)
        .with_columns(
            heading=heading.str.strip_chars(),
            horizon_year=horizon,
            commitment_id=pl.concat_str("letter_id", pl.lit(":"), pl.col("char_start").cast(pl.String)),
        )
        .sort("letter_id", "char_start")
    )
    return schema.conform(out, schema.COMMITMENTS)
