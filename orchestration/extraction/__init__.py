"""Pure Polars extraction of facts from reply letters (no Dagster import).

`extract(letters)` takes a frame shaped like `schema.LETTERS` holding many letters and
returns the raw fact tables keyed by their name in `schema.RAW_TABLES`. Every step is a
frame-in, frame-out function over all letters at once; nothing loops per letter.
"""
from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor

import polars as pl

from . import schema
from .header import extract_headers, header_table, looks_like_reply
from .metrics import CLASS_YEAR, FIVE_YEAR_PLAN, extract_metrics, five_year_plan_start
from .structure import body_lines, commitments, section_table, sections, split_lines, suggestions, zones
from .clean import clean, to_original
from .text import slice_text

__all__ = ["extract", "looks_like_reply", "schema"]


# Letters per chunk below which running chunks side by side costs more than it saves, and
# above which a chunk's intermediate frames outgrow the caches (100k letters on two threads:
# 9.5 MB/s in two chunks, 10.5 MB/s in four or eight; in five of 20k, 9.6 MB/s, in six of
# 16.7k, 10.0–10.1 MB/s: each thread takes the same number).
MIN_CHUNK = 500
MAX_CHUNK = 20_000


def extract(letters: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The raw fact tables of `letters`.

    Letters are independent of each other, so ranges of letter ids (at most MAX_CHUNK
    letters each) are extracted side by side on Polars' threads (its string kernels are
    single-threaded per column, and they release the GIL). Every table but the headers is
    sorted by letter_id, so the ranges' tables concatenate in order; header rows keep the
    order `clean` leaves the letters in.
    """
    if letters.height == 0:
        return _empty()
    letters = letters.select("letter_id", "text").with_row_index("_in")
    side_by_side = max(1, min(pl.thread_pool_size(), letters.height // MIN_CHUNK))
    # A whole number of chunks per thread: 100k letters in five chunks would keep one thread
    # busy with the fifth while the other waits.
    rounds = -(-letters.height // (MAX_CHUNK * side_by_side))
    chunks = _id_ranges(letters, side_by_side * rounds)
    with ThreadPoolExecutor(side_by_side) as pool:
        parts = list(pool.map(_extract, chunks))
    tables = {name: pl.concat([part[name] for part in parts]) for name in parts[0]}
    tables["letter_headers"] = tables["letter_headers"].sort("folded", "_in").drop("folded", "_in")
    return tables


def _empty() -> dict[str, pl.DataFrame]:
    return {name: schema.empty(s) for name, s in schema.RAW_TABLES.items() if name != "letters"}


def _id_ranges(letters: pl.DataFrame, n: int) -> list[pl.DataFrame]:
    """`letters` cut into `n` ranges of letter_id of about equal size, in id order."""
    ids = letters["letter_id"].sort()
    cuts = [ids[len(ids) * k // n] for k in range(1, n)]
    chunks = []
    for lo, hi in zip([None, *cuts], [*cuts, None]):
        in_range = pl.lit(True) if lo is None else pl.col("letter_id") >= lo
        if hi is not None:
            in_range = in_range & (pl.col("letter_id") < hi)
        chunks.append(letters.filter(in_range))
    return [c for c in chunks if c.height]


def _extract(letters: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """`extract` of one range of letters; the headers keep `folded` and `_in` (the input row)."""
    letters, edits = clean(letters)
    # Texts that are not reply letters produce no facts; ingestion records them as rejects.
    letters = letters.filter(looks_like_reply(pl.col("mtext"))).sort("letter_id")
    if letters.height == 0:
        tables = _empty()
        tables["letter_headers"] = tables["letter_headers"].with_columns(folded=pl.lit(None, pl.Boolean), _in=pl.lit(None, pl.UInt32))
        return tables
    lines = split_lines(letters)
    zone = zones(lines)
    header = header_table(extract_headers(letters, lines, zone))
    # (and its date: a holiday named without a year is the last one before it)
    letter_year = header.select("letter_id", "letter_year", letter_date="signed_date")
    body = body_lines(lines, zone)
    heads = sections(body)
    coms = commitments(body, heads)
    metrics = extract_metrics(letters, zone, heads, coms, letter_year)
    # Everything above is in matching-text offsets; the tables hold stored-text offsets.
    spans = functools.partial(to_original, edits=edits)
    header = spans(header, starts=[c for c in HEADER_SPANS if c.endswith("_start")],
                   ends=[c for c in HEADER_SPANS if c.endswith("_end")])
    heads = spans(heads, starts=["char_start"], ends=["char_end"])
    metrics = spans(metrics, starts=["char_start", "sent_start"], ends=["char_end", "sent_end"])
    return {
        "letter_headers": header.join(letters.select("letter_id", "folded", "_in"), on="letter_id", how="left"),
        "sections": section_table(heads),
        "suggestions": suggestions(heads),
        "commitments": _commitment_table(letters, coms, letter_year, spans),
        "metrics": schema.conform(_metric_evidence(letters, metrics).sort("letter_id", "char_start"), schema.METRICS),
    }


HEADER_SPANS = [c for c in schema.HEADERS if c.endswith(("_start", "_end"))]


def _metric_evidence(letters: pl.DataFrame, metrics: pl.DataFrame) -> pl.DataFrame:
    """Surface and sentence as they stand in the stored text (the surface cut from the
    sentence that holds it: slicing a short string is cheaper than slicing the letter)."""
    at = pl.col("sent_start")
    return (
        metrics.join(letters.select("letter_id", "text"), on="letter_id")
        .with_columns(sentence=slice_text("text", at, pl.col("sent_end")))
        .with_columns(
            metric_id=pl.concat_str("letter_id", pl.lit(":"), pl.col("char_start").cast(pl.String)),
            surface=slice_text("sentence", pl.col("char_start") - at, pl.col("char_end") - at),
            sentence=pl.col("sentence").str.strip_chars(),
        )
    )


# A time that leads an item without a comma (一是年内组织…, 二是2025年计划新建…, 二是8月底前在全县推广…,
# 2025—2027年实施…): not its heading.
LEAD_TIME = (r"^(?:力争|争取|确保)?(?:年内|今年内?|(?:明年|今年)起?|下半年|20\d\d年?\s*[-—－~至到]\s*20\d\d年(?:间)?|(?:到|在|于)?(?:20\d\d年)(?:内|底前)?"
             r"|(?:今年|明年)?\d{1,2}月(?:底|末)?之?前|年底之?前)(?:计划|将|拟|要)?([\p{Han}&&[^的年月度份底末初前后以起来内]])")


def _commitment_table(letters: pl.DataFrame, coms: pl.DataFrame, letter_year: pl.DataFrame, spans) -> pl.DataFrame:
    """Heading and horizon from the matching text, body from the stored text."""
    mbody = slice_text("mtext", pl.col("char_start"), pl.col("char_end"))
    marker = r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d{1,2}\s*[、.）)]|[①-⑩]|[一二三四五六七八九十]+[是要])\s*"
    plan_word = r"^(?:(?:下一步|下步|下阶段|下一阶段|接下来|今后)(?:工作)?(?:打算|计划|思路)?中?[，,：:\s]*|(?:此外|同时|另外|最后)[，,]\s*)"  # (下步工作中，我局将…)
    rest = pl.col("mbody").str.replace(marker, "")
    headed = pl.col("mbody").str.contains(marker)
    # A numbered item's heading is its first sentence, after the marker; an item listed in
    # words (一是) or a paragraph gives its first clause, after the marker or plan word.
    listed = pl.col("mbody").str.contains(r"^\s*(?:[一二三四五六七八九十]+[是要]|[①-⑩]|\d{1,2}[）)])")
    # (a time leading the item is its horizon, not its heading: 二是到2026年，实现…; （一）2025年秋季学期前，…;
    # （三）“十五五”期间，…; （一）6月底前，…; （六）争取到2025年底，…; 今后三年，…; 今年下半年，…)
    # (a plan word and a comma open a numbered item too: （三）下一步，我局将深化…)
    after_marker = pl.when(headed).then(rest.str.replace(r"^(?:下一步|下步|下阶段|接下来)[，,]\s*", "")).otherwise(rest.str.replace(plan_word, "")).str.replace(
        r"^(?:力争|争取|计划|确保)?(?:到|在|于|至|自|从)?(?:20\d\d年?\s*[-—－~至到]\s*20\d\d年(?:间)?|20\d\d年(?:(?:秋季|春季|秋|春)学期)?(?:开学)?(?:底|末)?(?:之?前|起)?|[“\"]?" + FIVE_YEAR_PLAN
        + r"[”\"]?(?:期间|时期|期末|末)?|(?:今年|明年|来年)?(?:下半年|上半年|[一二三四]季度)|(?:今年|明年|来年)起?|年内|全年|(?:今后|未来|近|今明)?[一二两三四五六七八九十\d]{1,2}年(?:内|间|里)?|(?:今年|明年|20\d\d年)?\d{1,2}月(?:底|末|中旬|上旬|下旬)?之?前|年底之?前|年末之?前)[，,]\s*", "")
    # (a first sentence that goes on to figures, as items written inline do, gives its first
    # clause: （一）推进载体提档升级，力争2025年新增…；; a heading of two clauses has none:
    # 坚持规划引领，优化产业布局)
    # (nor is a condition leading it: 根据全市住房公积金流动性状况，动态评估…; 在确保资金安全的前提下，我们将…)
    # (nor whom a rule is for: 对新成立业主委员会的小区，每个给予…)
    condition = r"^(?:根据|依据|结合|针对)[^，,。；;：:\n]{2,30}[，,]\s*|^对[^，,。；;：:\n]{2,30}的\p{Han}{0,8}[，,]\s*|^在[^，,。；;：:\n]{2,30}(?:前提下|基础上|背景下)[，,]\s*(?:我们|我局|我市|我委|我中心)?(?:将|要)?"
    # (…nor a time that leads it without a comma: 一是年内组织专场招聘会…, 二是2025年计划新建…)
    after_marker = after_marker.str.replace(LEAD_TIME, "$1")
    # (nor a lead-in to what follows its colon: 我局将围绕您的建议，重点抓好以下工作：年内新建公厕15座…)
    after_marker = after_marker.str.replace(r"^[^。；;：:\n]{0,40}?(?:以下|如下)[^。；;：:\n，,]{0,10}[：:]\s*", "")
    conditioned = after_marker.str.contains(condition)
    # (and a time after the condition is no heading either: 三是结合城市更新，2025—2027年实施绿道提升工程)
    after_marker = after_marker.str.replace(condition, "").str.replace(LEAD_TIME, "$1")
    # (a ratio's colon is no clause's end: 完成1∶5万地质灾害风险调查, 按3∶7比例承担)
    sentence = after_marker.str.extract(r"^((?:\d[：:∶]\d|[^。；;：:\n])+)", 1)
    # (a thousands comma parts no clause: 6月底前完成全区1,850台…)
    clause = after_marker.str.extract(r"^((?:\d[：:∶]\d|[^，,。；;：:\n]|,\d{3})+)", 1)
    goes_on_to_figures = r"[，,][^\d]*\d"
    heading = (
        # (whether it goes on to figures is read as it stands, its leading time included)
        pl.when(headed & ~listed & ~rest.str.extract(r"^([^。；;：:\n]+)", 1).str.contains(goes_on_to_figures)
                & ~sentence.str.contains(goes_on_to_figures) & ~conditioned).then(sentence)
        .otherwise(clause)
    )
    # (not the base of a comparison or the start of a change: 较2023年, 由2020年的; not a
    # year inside a title: 《…规划（2024—2035年）》)
    # (nor a base year: 在2020年基础上下降50%)
    # (nor a level to get back to: 恢复至2019年的60%-70%)
    # (nor a class by its year: 对2010年以前建成的4处老旧工程进行改造)
    # (nor a long-range vision's year the plan works towards: 围绕2035年远景目标; nor the years of the
    # goals it follows: 按照2030年前碳达峰、2035年生态环境根本好转的目标要求，力争到2030年…)
    untitled = pl.col("mbody").str.replace_all(r"《[^《》]*》|20\d{2}年远景目标|(?:按照|围绕|对标|对照)[^，。；]{0,40}?(?:目标要求|要求|部署)|20\d{2}年(?:的|度)?(?:基础上|基数|水平上)|(?:恢复至|恢复到|相当于)20\d{2}年(?:同期)?(?:水平)?的?|20\d{2}年" + CLASS_YEAR, "")
    # The horizon is the furthest year the item names: 2024年底前完成…，力争到2025年… → 2025.
    # (a year a rule starts from counts: 计划从2026年起，对三类县…提高至每家15万元)
    year = (untitled.str.extract_all(r"(?:^|[^较比与同由从\d])20\d{2}年|从20\d{2}年(?:起|开始)")
            .list.eval(pl.element().str.extract(r"(20\d{2})", 1).cast(pl.Int32)).list.max())
    # (…the title's own years only when the item names no other: 落实《三年行动计划（2025—2027年）》)
    # (not an edition's year: 《…目录（2025年版）》)
    titled = pl.col("mbody").str.extract(r"《[^《》]*?(20\d{2})年(?:[^版《》][^《》]*)?》", 1).cast(pl.Int32)
    plan = five_year_plan_start(pl.col("mbody").str.extract("(" + FIVE_YEAR_PLAN + ")", 1))
    # (and than this year or the next: 年内完成《…规划（2019-2025年）》编制 is this year's)
    # (a five-year plan's end named beside a year: 2023年新认定…；到“十四五”期末，…突破4000家)
    plan_end = pl.when(pl.col("mbody").str.contains(FIVE_YEAR_PLAN + r"[”\"]?(?:时期)?(?:期末|末)")).then(plan + 4)
    # (a plan named as a time, not by its document: 力争“十四五”期间…, not 围绕“十五五”规划重大工程，力争全年…)
    plan_time = pl.col("mbody").str.contains(FIVE_YEAR_PLAN + r"[”\"]?(?:期间|时期|期末|末|内|初)|(?:到|至|在)[“\"]?" + FIVE_YEAR_PLAN)
    horizon = pl.coalesce(
        pl.max_horizontal(year, plan_end),
        pl.when(plan_time).then(plan + 4),
        pl.when(pl.col("mbody").str.contains(r"明年|来年|今明两年")).then(pl.col("letter_year") + 1),
        # …but not a span's 年内 (三年内, 2年内)
        # (and a month's end ahead with no year, 10月底前把剩下14盏坏灯全部修好, is this year's)
        pl.when(pl.col("mbody").str.contains(r"全年|今年|(?:^|[^\d一二两三四五六七八九十个半])年内|年底|年末|本年|下半年|(?:^|[^\d年])\d{1,2}月(?:底|末|份)?之?前")).then(pl.col("letter_year")),
        # (nor a year gone by: 纳入《…考核办法（2023年修订）》 in a reply of 2024)
        # (nor a long-range plan's last year: 《…国土空间总体规划（2021—2035年）》)
        pl.when(titled.is_between(pl.col("letter_year"), pl.col("letter_year") + 5)).then(titled),
        plan + 4,
    )
    # An item ends before the separator and the blank lines that part it from the next.
    # (and the last before the signature where no thanks close the body: …不低于45%。\n\n宁波海关\n2024年10月15日)
    # (cut in the matching text, where no page number or running head between pages is left
    # to look like a signature: …培养项目，\n\n— 2 —\n\n绍卫提〔2024〕35号\n每年招录…)
    ended = (pl.col("mbody").str.replace(r"\n[ \t\u3000]*\n[ \t\u3000]*[^\n。；;，,：:！!？?]{2,30}(?:\n[\s\S]*)?$", "")
             .str.strip_chars_end("；;，, \t\r\n\u3000"))
    out = (
        coms.join(letters.select("letter_id", "mtext"), on="letter_id")
        .join(letter_year, on="letter_id", how="left")
        .with_columns(mbody=mbody)
        .with_columns(heading=heading.str.strip_chars(), horizon_year=horizon,
                      char_end=pl.col("char_start") + ended.str.len_chars().cast(pl.Int64))
        .drop("mtext")
    )
    out = spans(out, starts=["char_start"], ends=["char_end"]).join(letters.select("letter_id", "text"), on="letter_id")
    out = out.with_columns(
        body=slice_text("text", pl.col("char_start"), pl.col("char_end")),
        commitment_id=pl.concat_str("letter_id", pl.lit(":"), pl.col("char_start").cast(pl.String)),
    ).sort("letter_id", "char_start")
    return schema.conform(out, schema.COMMITMENTS)
