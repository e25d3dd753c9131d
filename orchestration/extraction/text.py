"""Text helpers shared by the extractors: matching normalisation, spans, numerals.

All spans are code-point offsets into the letter's stored text. Matching runs on a
normalised copy (`mtext`) built with one-to-one character replacements only, so an offset
in `mtext` is the same offset in `text`.
"""
from __future__ import annotations

import re

import polars as pl

from .frames import cum_sum_in

# Full-width ASCII (！..～) and the ideographic space map one-to-one onto ASCII, as do the
# dash and tilde variants used in ranges. Every replacement is a single code point.
_FULLWIDTH = [chr(c) for c in range(0xFF01, 0xFF5F)]
_HALFWIDTH = [chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)]
# (and the small tortoise-shell brackets a 文号 may be typed with: 嘉税建﹝2022﹞9号)
_EXTRA_FROM = ["\u3000", "\u00a0", "\u2014", "\u2013", "\u2012", "\u2212", "\u301c", "\u2236", "\ufe5d", "\ufe5e"]
_EXTRA_TO = [" ", " ", "-", "-", "-", "-", "~", ":", "〔", "〕"]
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


# Marks where a match was cut out of a text (`find_spans`). Texts that contain it take a
# slower route.
CUT = "\x00"


def find_spans(
    frame: pl.DataFrame,
    pattern: str,
    *,
    text: str = "mtext",
    by: str = "letter_id",
    keep: tuple[str, ...] = (),
) -> pl.DataFrame:
    """Every non-overlapping match of `pattern` in `frame[text]`, with code-point spans.

    Vectorised over all letters (Polars' own `str.find` returns the byte offset of the
    first match only): one pass wraps every match in cut marks, and splitting there lays
    the text out as what precedes a match, the match, and so on (`_find_spans_one_pass`).
    Should a text contain the cut mark, `extract_all` lists the matches instead, and
    lazily-prefixed chunks that each end in a match give the text before each (two regex
    passes). `pattern` must not match the empty string. Returns `by`, `keep`, `match`,
    `start`, `end`.
    """
    col, match = pl.col(text), pl.col("match")
    if not frame[text].str.contains(CUT, literal=True).any():
        return _find_spans_one_pass(frame, pattern, text=text, by=by, keep=keep)
    step = pl.col("chunk").str.len_chars()
    found = frame.select(by, *keep, chunk=col.str.extract_all(r"(?s).*?(?:" + pattern + ")"), match=col.str.extract_all(pattern))
    found = found.with_columns(_row=pl.int_range(pl.len(), dtype=pl.UInt32)).explode("chunk", "match").drop_nulls("match")
    found = found.with_columns(_step=step.cast(pl.Int64), _len=match.str.len_chars().cast(pl.Int64))
    return found.with_columns(end=cum_sum_in("_step", "_row")).select(by, *keep, "match", "end", start=pl.col("end") - pl.col("_len"))


# A named group (?P<name>…): the spans need none, and groups would take a slower engine.
NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _find_spans_one_pass(frame: pl.DataFrame, pattern: str, *, text: str, by: str, keep: tuple[str, ...]) -> pl.DataFrame:
    """`find_spans` in one regex pass: every match wrapped in cut marks, so splitting there
    gives the text before the first match, the match, the text up to the next, and so on;
    the odd parts are the matches and the running sum of the parts' lengths their ends."""
    plain = NAMED_GROUP.sub("(?:", pattern)
    parts = frame.select(by, *keep, part=pl.col(text).str.replace_all(plain, CUT + "$0" + CUT).str.split(CUT))
    n = pl.col("part").list.len().cast(pl.Int64)
    parts = parts.with_columns(_row=pl.int_range(pl.len(), dtype=pl.UInt32), _base=n.cum_sum() - n).explode("part")
    parts = parts.with_columns(_len=pl.col("part").str.len_chars().cast(pl.Int64).fill_null(0), _odd=(pl.int_range(pl.len()) - pl.col("_base")) % 2 == 1)
    parts = parts.with_columns(end=cum_sum_in("_len", "_row")).filter("_odd")
    return parts.select(by, *keep, match="part", end="end", start=pl.col("end") - pl.col("_len"))


def first_span(
    frame: pl.DataFrame,
    pattern: str,
    *,
    text: str = "mtext",
    by: str = "letter_id",
    keep: tuple[str, ...] = (),
) -> pl.DataFrame:
    """The first match of `pattern` in each `frame[text]` that has one, like the first row
    per letter of `find_spans` but in one anchored pass that stops at the match.

    The chunk up to the end of the first match holds that same match (a pattern without
    look-around or anchors matches a prefix of the text as it matches the whole), so its
    length gives the end and searching the chunk gives the match."""
    chunk = pl.col(text).str.extract(r"(?s)^.*?(?:" + pattern + ")", 0)
    found = frame.select(by, *keep, chunk=chunk).drop_nulls("chunk").with_columns(match=pl.col("chunk").str.extract(pattern, 0))
    end = pl.col("chunk").str.len_chars().cast(pl.Int64)
    return found.select(by, *keep, "match", end=end, start=end - pl.col("match").str.len_chars().cast(pl.Int64))


def slice_text(col: str, start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """text[start:end] in code points (Polars' str.slice counts characters)."""
    start = pl.max_horizontal(start, pl.lit(0))
    return pl.col(col).str.slice(start, pl.max_horizontal(end - start, pl.lit(0)))


# ---------------------------------------------------------------------------------------
# Chinese numerals

# A date in digits, in words, or both (mtext has a year in words as digits, and a day in words
# where its digits would not fit: 2024年6月二十八日).
DATE_IN_WORDS = (r"(?:\d{4}|[〇○零OＯ一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                 r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
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


def cn_to_number(s: str | None) -> float | None:
    """`cn_to_int`, and decimals read digit by digit after 点: 十二点五 → 12.5."""
    if s is None or "点" not in s:
        value = cn_to_int(s)
        return None if value is None else float(value)
    whole, _, frac = s.partition("点")
    if not frac or any(c not in CN_DIGITS for c in frac):
        return None
    base = cn_to_int(whole) if whole else 0
    return None if base is None else float(f"{base}." + "".join(str(CN_DIGITS[c]) for c in frac))


def numeral_value(col: pl.Expr) -> pl.Expr:
    """Numeric value of a column of Arabic or Chinese numerals.

    Arabic numbers cast directly; the few distinct other values (Chinese numerals) are
    parsed in Python once per distinct value (`replace_strict` over the unique set), not
    once per row.
    """
    return col.map_batches(_numeral_series, return_dtype=pl.Float64)


def _numeral_series(s: pl.Series) -> pl.Series:
    arabic = s.str.replace_all(",", "", literal=True).cast(pl.Float64, strict=False)
    other = s.filter(arabic.is_null()).drop_nulls().unique()
    if other.len() == 0:
        return arabic
    mapping = {u: cn_to_number(u) for u in other.to_list()}
    return arabic.fill_null(s.replace_strict(mapping, default=None, return_dtype=pl.Float64))
