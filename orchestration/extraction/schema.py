"""Schemas of the frames the extraction produces (the `raw.*` tables in DuckDB).

These are the internal interface between the pure Polars extraction and everything
downstream (the Dagster assets that write them, the dbt sources that read them).
`conform` casts a frame to its schema so empty inputs still give typed, empty tables.
"""
from __future__ import annotations

import polars as pl

# One row per decoded letter (written by ingestion, read by extraction).
LETTERS = {
    "letter_id": pl.String,      # "L" + first 16 hex digits of the sha256 of the bytes
    "source_file": pl.String,    # path relative to RAW_DIR, forward slashes
    "sha256": pl.String,
    "size_bytes": pl.Int64,
    "encoding": pl.String,       # utf-8, utf-8-sig, gb18030, utf-16
    "text": pl.String,           # decoded text, newlines normalised to \n; all spans index this
    "n_chars": pl.Int64,
    "modified_at": pl.Datetime("us"),  # the file's modification time: orders revisions
}

HEADERS = {
    "letter_id": pl.String,
    "doc_number": pl.String,
    "issuer_code": pl.String,
    "doc_year": pl.Int32,
    "doc_serial": pl.Int32,
    "doc_number_start": pl.Int64,
    "doc_number_end": pl.Int64,
    "title": pl.String,
    "title_start": pl.Int64,
    "title_end": pl.Int64,
    "body_kind": pl.String,      # proposal | suggestion
    "session": pl.String,
    "committee_term": pl.Int32,
    "session_no": pl.Int32,
    "proposal_no": pl.String,
    "proposal_title": pl.String,
    "salutation": pl.String,
    "salutation_start": pl.Int64,
    "salutation_end": pl.Int64,
    "proposer": pl.String,
    "proposer_kind": pl.String,  # member | deputy | organisation
    "signature_agency": pl.String,  # the signing agency as written in the signature, else NULL
    "signature_start": pl.Int64,
    "signature_end": pl.Int64,
    "signed_date": pl.Date,
    "signed_date_start": pl.Int64,
    "signed_date_end": pl.Int64,
    "letter_year": pl.Int32,     # doc_year, else year of signed_date/printed_date; resolves 今年/全年
    "contact_name": pl.String,
    "contact_phone": pl.String,
    "cc": pl.List(pl.String),
    "printed_by": pl.String,
    "printed_date": pl.Date,
    # What a reader should know about this letter: no_doc_number, no_signed_date,
    # no_salutation, no_signature, truncated (the text stops before any closing).
    "flags": pl.List(pl.String),
}

SECTIONS = {
    "letter_id": pl.String,
    "section_id": pl.String,     # letter_id:char_start
    "level": pl.Int32,           # 1 一、 2 （一） 3 1. 4 （1） 5 一是
    "marker": pl.String,         # the enumerator as written: 一、 （二） 3. （1） 一是
    "ordinal": pl.Int32,
    "path": pl.String,           # 一/（二）
    "heading": pl.String,        # text after the marker up to the first 。；：
    "char_start": pl.Int64,
    "char_end": pl.Int64,        # end of the section's body (before the next sibling or ancestor)
    "suggestion_no": pl.Int32,   # ordinal of the enclosing level-1 section, NULL if none
    "in_plan": pl.Boolean,       # lies inside a 下一步 plan
}

SUGGESTIONS = {
    "letter_id": pl.String,
    "suggestion_no": pl.Int32,
    "topic": pl.String,          # the suggestion answered, e.g. 激发企业创新侧源动力，提升主体创新度
    "char_start": pl.Int64,
    "char_end": pl.Int64,
}

COMMITMENTS = {
    "letter_id": pl.String,
    "commitment_id": pl.String,  # letter_id:char_start
    "suggestion_no": pl.Int32,
    "ordinal": pl.Int32,
    "heading": pl.String,
    "body": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "horizon_year": pl.Int32,
}

METRICS = {
    "metric_id": pl.String,      # letter_id:char_start
    "letter_id": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "surface": pl.String,
    "value": pl.Float64,
    "value_high": pl.Float64,
    "unit": pl.String,
    "unit_family": pl.String,
    "kind": pl.String,           # actual | target | policy | rank
    "qualifier": pl.String,      # exact | at_least | over | approx | at_most | range
    "period_start": pl.Date,
    "period_end": pl.Date,
    "period_text": pl.String,    # the period phrase as written (截至4月末, 今年以来, 2023年)
    "subject": pl.String,
    "sentence": pl.String,
    "section_path": pl.String,
    "suggestion_no": pl.Int32,
    "commitment_ordinal": pl.Int32,
}

REJECTS = {
    "source_file": pl.String,
    "sha256": pl.String,
    "size_bytes": pl.Int64,
    "reason": pl.String,         # one of REJECT_REASONS
    "detail": pl.String,
    "seen_at": pl.Datetime("us"),
}

# Table name in DuckDB schema `raw` -> schema. Order is the write order.
RAW_TABLES = {
    "letters": LETTERS,
    "letter_headers": HEADERS,
    "sections": SECTIONS,
    "suggestions": SUGGESTIONS,
    "commitments": COMMITMENTS,
    "metrics": METRICS,
}

KINDS = ("actual", "target", "policy", "rank")
QUALIFIERS = ("exact", "at_least", "over", "approx", "at_most", "range")
PROPOSER_KINDS = ("member", "deputy", "organisation")
BODY_KINDS = ("proposal", "suggestion")
REJECT_REASONS = (
    "empty", "undecodable", "unsupported_format", "no_text_layer", "too_large", "not_a_letter", "duplicate", "superseded",
)
HEADER_FLAGS = ("no_doc_number", "no_signed_date", "no_salutation", "no_signature", "truncated")


def conform(df: pl.DataFrame, schema: dict) -> pl.DataFrame:
    """Select and cast `df` to `schema` (missing columns become typed NULLs)."""
    cols = [
        (pl.col(name) if name in df.columns else pl.lit(None)).cast(dtype).alias(name)
        for name, dtype in schema.items()
    ]
    return df.select(cols)


def empty(schema: dict) -> pl.DataFrame:
    return pl.DataFrame(schema=schema)

UNIT_FAMILIES = ("count", "currency", "percent", "area", "ratio", "rank", "length", "mass", "volume", "power", "energy", "duration", "concentration", "score", "temperature", "sound", "data", "compute", "pressure")
