"""Text helpers shared by the extractors: matching normalisation, spans, numerals.

All spans are code-point offsets into the letter's stored text. Matching runs on a
normalised copy (`mtext`) built with one-to-one character replacements only, so an offset
in `mtext` is the same offset in `text`.
"""
from __future__ import annotations

import polars as pl

# Full-width ASCII (！..～) and the ideographic space map one-to-one onto ASCII, as do the
# dash and tilde variants used in ranges. Every replacement is a single code point.
_FULLWIDTH = [chr(c) for c in range(0xFF01, 0xFF5F)]
_HALFWIDTH = [chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)]
_EXTRA_FROM = ["\u3000", "\u00a0", "\u2014", "\u2013", "\u2012", "\u2212", "\u301c", "\u2236"]
_EXTRA_TO = [" ", " ", "-", "-", "-", "-", "~", ":"]
# Keep Chinese punctuation that the genre relies on distinct from ASCII: （）、，：；
# are full-width and meaningful (（一） headings, 、 enumerations), so they are excluded
# from the ASCII fold and handled by the patterns themselves.
_KEEP = set("（），：；！？")
_FROM = [f for f in _FULLWIDTH if f not in _KEEP] + _EXTRA_FROM
_TO = [h for f, h in zip(_FULLWIDTH, _HALFWIDTH) if f not in _KEEP] + _EXTRA_TO
FOLDED = list(_FROM)  # the characters `matching_text` changes

# CJK ideograph class used in patterns.
HAN = r"\p{Han}"


def matching_text(col: str | pl.Expr = "text") -> pl.Expr:
    """Length-preserving normalisation of the letter text for pattern matching."""
    expr = pl.col(col) if isinstance(col, str) else col
    return expr.str.replace_many(_FROM, _TO)


def find_spans(
    frame: pl.DataFrame,
    pattern: str,
    *,
    text: str = "mtext",
    by: str = "letter_id",
    keep: tuple[str, ...] = (),
) -> pl.DataFrame:
    """Every non-overlapping match of `pattern` in `frame[text]`, with code-point spans.

    Vectorised over all letters: `extract_all` of lazily-prefixed chunks that each end in a
    match, whose running length sum gives each match's end (Polars' own `str.find` returns
    byte offsets). `extract_all` of the bare pattern yields the same leftmost-first matches
    in the same order, so the two lists explode side by side and the match's length gives
    its start. `pattern` must not match the empty string. Returns `by`, `keep`, `match`,
    `start`, `end`.
    """
    found = frame.select(
        by,
        *keep,
        chunk=pl.col(text).str.extract_all(r"(?s).*?(?:" + pattern + ")"),
        match=pl.col(text).str.extract_all(pattern),
    ).explode("chunk", "match")
    return (
        found.drop_nulls("chunk")
        .with_columns(end=pl.col("chunk").str.len_chars().cast(pl.Int64).cum_sum().over(by))
        .with_columns(start=pl.col("end") - pl.col("match").str.len_chars().cast(pl.Int64))
        .drop("chunk")
    )


def slice_text(col: str, start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """text[start:end] in code points (Polars' str.slice counts characters)."""
    start = pl.max_horizontal(start, pl.lit(0))
    return pl.col(col).str.slice(start, pl.max_horizontal(end - start, pl.lit(0)))


# ---------------------------------------------------------------------------------------
# Chinese numerals

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "O": 0, "o": 0, "Ｏ": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2,
             "兩": 2, "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
             "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_BIG)


def cn_to_int(s: str | None) -> int | None:
    """Parse a Chinese numeral (三, 十二, 二十七, 一百零五, 两千, 二〇二四) or digits."""
    if s is None:
        return None
    s = s.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if all(c in CN_DIGITS for c in s):  # digit-by-digit form: 二〇二四, 二OO五
        return int("".join(str(CN_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        elif c in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[c]
            digit = None
        elif c in CN_BIG:
            section += digit or 0
            total += (section or 1) * CN_BIG[c]
            section, digit = 0, None
        elif c.isdigit():
            digit = (digit or 0) * 10 + int(c)
        else:
            return None
    return total + section + (digit or 0)


def numeral_value(col: pl.Expr) -> pl.Expr:
    """Numeric value of a column of Arabic or Chinese numerals.

    Arabic numbers cast directly; the few distinct Chinese numerals are parsed in Python
    once per distinct value (`replace_strict` over the unique set), not once per row.
    """
    arabic = col.str.replace_all(",", "").cast(pl.Float64, strict=False)
    return pl.coalesce(arabic, col.map_batches(_cn_series, return_dtype=pl.Float64))


def _cn_series(s: pl.Series) -> pl.Series:
    uniq = s.drop_nulls().unique()
    mapping = {u: (None if (v := cn_to_int(u)) is None else float(v)) for u in uniq.to_list()}
    return s.replace_strict(mapping, default=None, return_dtype=pl.Float64)
