"""The matching text (`mtext`) and the map from its offsets back to the stored text.

Extraction matches patterns on a cleaned copy of each letter:

1. one-to-one character folds, which keep every offset: full-width ASCII to ASCII,
   traditional to simplified characters (OpenCC's character table, where it is
   unambiguous), an OCR's letter O among digits to 0;
2. deletions: pinyin glosses a scraper left behind, 區(qū) → 区;
3. deletions: the line breaks inside paragraphs a page hard-wrapped, and the page numbers
   and running heads between pages (`wrapping`);
4. insertions: line breaks where a letter flattened onto one line runs its elements
   together (…收悉。一、关于… → …收悉。\\n一、关于…).

Deletions and insertions move offsets, so each step records its edits and `to_original`
maps any span found in `mtext` back to the stored text (spans are evidence only there).
Everything is vectorised over all letters; letters without edits pass through untouched.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import polars as pl

from .flat_tables import FLAT_HINT, pipe_rows
from .text import FOLDED, find_spans, matching_text, slice_text
from .wrapping import PAGE_HINT, STRAY_HINT, WRAP_HINT, wrap_joins

CN_NUM = "一二三四五六七八九十"
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
OCR_ZERO_HINT = r"\d[.．]?[Oo]"
OCR_ZERO = r"(^|[^A-Za-z0-9])(\d+(?:[.．]\d*)?)[Oo]([^A-Za-z]|[Oo]|$)"
# …and its letter l (or I) beside a digit is a one (l2个, 2O2l年), not beside a Latin letter.
OCR_ONE_HINT = r"\d[lI]|[lI]\d"
# (an O after the 1 is a zero still to read: l5O万 → 15O万 → 150万)
OCR_ONE = r"(^|[^A-Za-z])(\d[0-9.]*)?[lI]([0-9.]*)([^A-Za-z]|[Oo][^A-Za-z]|[Oo]$)"
# A full-width comma typed as a thousands separator (涉水企业1，126家), between a group of up to
# three digits that no digit precedes and exactly three: a comma of a number, not of a clause.
THOUSANDS_HINT = r"\d，\d{3}"
THOUSANDS = r"(^|[^\d.,，])(\d{1,3}(?:,\d{3})*)，(\d{3})([^\d]|$)"
# A date in Chinese numerals (二〇二三年, 截至二〇二四年五月底, 二〇二四年六月二十日): its year, and
# the month and day where they have as many characters as their digits (十二月 → 12月, 二十日 →
# 20日; not 十月 nor 二十四日), are digits in mtext, one for one, so periods are read from them.
CN_DATE_HINT = r"[一二][〇○零一二三四五六七八九]{3}年"
CN_DATE = re.compile(r"([一二][〇○零一二三四五六七八九]{3})年(?:(十[一二]|[一二三四五六七八九])月(?:(十[一二三四五六七八九]|[二三]十|[一二三四五六七八九])日)?)?")
# A month in Chinese numerals where a period names it (今年一至六月, 截至九月底, 上年十二月) is its
# digits too, where they have as many characters (not 十月).
_CN_MONTH = r"(?:十[一二]|[一二三四五六七八九])"
CN_MONTH_HINT = r"(?:今年|本年|去年|上年|截至|[至到~\-])" + _CN_MONTH + "月|" + _CN_MONTH + "[至到~\\-]" + _CN_MONTH + "月"
CN_MONTH = re.compile(r"(?:(?<=今年|本年|去年|上年|截至)|(?<=[至到~\-]))" + _CN_MONTH + "(?=月)|" + _CN_MONTH + "(?=[至到~\\-]" + _CN_MONTH + "月)")
CN_DIGITS = str.maketrans("〇○零一二三四五六七八九十", "0001234567891")
ONE_WORKING_DAY = r"(^|[^一二三四五六七八九十百千万两零〇第每])一(个工作日)"
# A range in words that starts at one (降低一到两成, 一至三个百分点): the bare 一 the numeral patterns leave
# as an article, and the numeral after it, as digits. (not 统一到两家, 唯一至两名)
ONE_TO = r"(^|[^一二三四五六七八九十百千万两零〇第每统唯同之逐划专单])一([至到～~—-])([{}])(成|倍|个百分点|次|名|人|家|个|项|期|场|批)"
# A romanised reading in parentheses right after a character: 區(qū), 縣(xiàn).
PINYIN_GLOSS = r"[(（][a-z" + TONED + r"]{1,7}[)）]"

# Where a break belongs in a letter run together on one line: each rule's `pre` group ends
# where the break goes, and the rest of the match is the context that calls for it. Rules
# run as separate passes over the same text (a match of one must not hide another's).
AGENCY = r"\p{Han}{2,20}?(?:局|委员会|委|办公室|办|厅|政府|中心|站)"
SEAL = r"(?:[（(](?:印|章|盖章|公章)[）)])?"
DATE = r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})"
DATE_END = r"[ \t]*(?:\n|\z|[（(]?联\s*系\s*人|抄送|抄报)"
# What a salutation ends in: a member, a deputy, a party's committee or branch (农工党义乌市总支).
SALUTED = r"(?:委员|代表|委会|委员会|同志|单位|先生|女士|总支|支社|支部)"
# A letter's 文号: its year in brackets and its serial.
DOC_NO = r"[〔\[【][12]\d{3}[〕\]】]第?\d{1,5}号"
BREAK_RULES = (
    # before a section heading that follows the end of a sentence or a colon
    # (not a colon between numbers: a ratio or a time, 小学1∶19、初中1∶13.5)
    r"(?P<pre>(?:[。；;!！?？]|[^\d][：:])[ \t]*)(?:[" + CN_NUM + r"]{1,3}、|[（(][" + CN_NUM + r"]{1,3}[)）]|\d{1,2}[.、](?:[^\d]|(?:19|20)\d\d年))",
    # …and before an item numbered in brackets that follows the end of a sentence, the items of a
    # paragraph run together (（1）开展信用评价。…。（2）发布“红黑榜”。…); not after a ； or a colon,
    # where a list run into its clause stays one (…工作：（1）…；（2）…)
    r"(?P<pre>[。!！?？][ \t]*)[（(]\d{1,2}[)）]\p{Han}",
    # …and before the first of a plan's items run into its lead (下一步，我局将（一）实施…；（二）…), or
    # into a heading a scraper ran together with it (四、下步工作打算（一）完善筹资机制)
    r"(?P<pre>将)[（(]一[)）]",
    r"(?P<pre>[一二三四五六七八九十]、[^。；;，,\n（(]{2,16}(?:打算|计划|情况|安排|举措|措施|建议|工作|成效)[ \t]*)[（(]一[)）]",
    # after the title (…的答复函) when the salutation follows on the same line
    # (two proposers too: …的答复李建国、王芳代表：)
    r"(?P<pre>(?:答复的函|答复函|复函|答复|答覆|答復)[ \t]*)[^\s，。；：:,\n]{2,30}?" + SALUTED + "[：:]",
    # …or the 文号 (…的答复函 义人社提复〔2024〕21号)
    r"(?P<pre>(?:答复的函|答复函|复函|答复|答覆|答復)[ \t]+)\p{Han}{1,10}" + DOC_NO,
    # after the salutation when the body follows on the same line
    r"(?P<pre>" + SALUTED + "[：:][ \t]*)(?:您|你|贵|现|对|关于)",
    # after the letter's own 文号 when the title follows on the same line
    # (or the agency's name before it: 瑞人社议〔2024〕17号瑞安市人力资源和社会保障局关于…)
    r"(?P<pre>" + DOC_NO + r"[ \t]*)(?:关于|对|" + AGENCY + r"[ \t]*关于)",
    # …or the salutation, apart from it (义人社提复〔2024〕21号 农工党义乌市总支：)
    r"(?P<pre>" + DOC_NO + r"[ \t]+)[^\s，。；：:,\n]{2,30}?" + SALUTED + "[：:]",
    # before the closing: thanks, contact, distribution
    r"(?P<pre>[。！!][ \t]*)(?:最后|此致|感谢|联系人|联\s*系\s*人|联系电话|抄送|抄报)",
    r"(?P<pre>[^\s][ \t]*)(?:抄送|抄报)[：:]",
    # after a 签发人 when the salutation follows on the same line
    r"(?P<pre>签发人[：:][ \t]*\p{Han}{2,4}[ \t]+)[^\s，。；：:,、\n]{2,30}?" + SALUTED + "[：:]",
    # before a signature (and its seal) that follows the last sentence, and between it and its
    # date (a date that ends its line or the contact or distribution follows: 印发 lines keep
    # agency and date together)
    r"(?P<pre>[。！!][ \t]*)" + AGENCY + SEAL + r"[ \t]*" + DATE + DATE_END,
    r"(?P<pre>[。！!\n][ \t]*" + AGENCY + SEAL + r"[ \t]*)" + DATE + DATE_END,
    r"(?P<pre>[。！!\n][ \t]*" + AGENCY + SEAL + r"[ \t]*" + DATE + r"[ \t]*)(?:[（(]?联\s*系\s*人|抄送|抄报)",
    # before the 印发 line that follows the 抄送 list on the same line
    r"(?P<pre>抄[送报][：:][^\n]*?\S[ \t]+)" + AGENCY + r"[ \t]*\d{4}年\d{1,2}月\d{1,2}日[ \t]*印发",
)


BOLD_HINT = r"(?m)^[ \t\u3000]*\*\*"
# A list of items in brackets run into a paragraph after a sentence: the first item's clause ends
# with a ； and the second follows.
INLINE_LIST = r"(?P<pre>[。!！?？][ \t]*)[（(]\d{1,2}[)）][^。；;!！?？\n（(]*[；;][ \t]*[（(]\d{1,2}[)）]"
# The proposer's asks numbered inside a sentence (您在提案中提出三点建议：1.加大…；2.完善…；3.发挥…。):
# a list run into its paragraph, up to its full stop, not headings.
ASKED_LIST = r"(?:提出|提到|建议)[^。；;!！?？\n]{0,12}[：:][ \t]*1[.、．][^。；;!！?？\n]*[；;][^。!！?？\n]*"
# A letter with fewer line breaks than this was scraped as one line (or near it).
ONE_LINE_BREAKS = 8
# …and one with this many " | " between its blocks had them as lines.
BAR_BLOCKS = 5
# A line that ends with a comma, or holds a section marker alone, goes on in the next (a Word
# document saved a sentence or half of one per line: 经研究， / 现答复如下：; 一、 / 关于…; 1. / 关于…), unless
# the next opens a block of its own.
BROKEN_LINE = r"(?:[，、]|(?m:^)[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、]))[ \t\u3000]*\n[ \t\u3000]*"
# (and a number an OCR broke over two lines inside a sentence: 共5 6⏎3 2个 → 5632个)
NUMBER_BREAK = r"[0-9][ \t]*\n[ \t]*[0-9]"
# (and a web copy's blank line inside a sentence, before its next number: 清理边沟塌方⏎⏎58处，…)
GAP_BREAK = r"\p{Han}[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*[0-9]"
BLOCK_NEXT = r"^(?:[一二三四五六七八九十]{1,2}[、.．是]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．]|抄\s*[送报]|附件|联\s*系|\|)"
PLAN_BREAK = r"(?P<pre>[。；;][ \t]*)(?:下一步|下步|下阶段)(?:[，,：:]|工作|打算|计划|我|将)"


@functools.cache
def _traditional_to_simplified() -> tuple[dict[str, str], dict[str, str]]:
    """Single-character traditional → simplified folds from OpenCC's character table: (those of
    characters no simplified text uses, those of characters it also uses).

    Only one-to-one code point pairs, and only where OpenCC's first choice differs from the
    character itself (覆 stays 覆: it is also a simplified character). A character GB 2312 encodes
    is one simplified text uses: 後 and 於 fold only in a letter written in traditional characters
    (`clean`), and the Hong Kong and Taiwan variant tables' 著, 抬 and 么 never do (著名 stays)."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"

    def pairs(name: str) -> dict[str, str]:
        out = {}
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            first = values.split()[0] if values.split() else key
            if len(key) == 1 and len(first) == 1 and first != key:
                out[key] = first
        return out

    def simplified(c: str) -> bool:
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    ts = pairs("TSCharacters.txt")
    # (and the Hong Kong and Taiwan forms of a character, through its standard traditional one:
    # 衞 → 衛 → 卫, which TSCharacters alone leaves half folded)
    variants = pairs("HKVariantsRev.txt") | pairs("TWVariantsRev.txt")
    folds = ts | {v: ts.get(t, t) for v, t in variants.items() if v not in ts and not simplified(v)}
    folds = {k: v for k, v in folds.items() if k != v}
    # (and only to a character GB 2312 encodes: 蟳埔村's 蟳, a simplified character only GBK has,
    # stays, where a fold would give the rarer 𫊻)
    certain = {k: v for k, v in folds.items() if not simplified(k) and simplified(v)}
    # (folded to a simplified character only: 薹 stays, it is 蒜薹's)
    ambiguous = {k: v for k, v in folds.items() if simplified(k) and simplified(v) and k not in AMBIGUOUS_KEPT}
    return certain, ambiguous


# Characters GB 2312 encodes that a traditional letter may use in their simplified sense too (蒜薹).
AMBIGUOUS_KEPT = "薹"
# A letter with this many characters only traditional text uses is written in traditional ones.
TRADITIONAL_MIN = 3
# Same-length phrases whose characters each are also simplified (覆 in 覆盖), folded as phrases:
# 答覆 → 答复. (Not in `_foldable`: 答 alone would send every letter through the folds.)
# (not 函覆: it is also 保函 and 覆盖, 扩大电子保函覆盖面)
PHRASE_FOLDS = {"答覆": "答复", "回覆": "回复"}
# A Markdown copy's heading marks at a line's start (## 一、基本情况).
MARKDOWN_HEADING = r"(?m)^[ \t]*#{1,6}[ \t]+"


def fold_chars(col: str | pl.Expr = "text", traditional: bool = True) -> pl.Expr:
    """One-to-one folds: full-width ASCII and traditional characters; with `traditional`, also
    those simplified text uses in another sense (後 → 后)."""
    certain, ambiguous = _traditional_to_simplified()
    folds = certain | ambiguous if traditional else certain
    return matching_text(col).str.replace_many([*PHRASE_FOLDS, *folds], [*PHRASE_FOLDS.values(), *folds.values()])


def _char_class(chars) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


@functools.cache
def _foldable() -> str:
    """A character class of everything `fold_chars` changes outside a traditional letter."""
    return _char_class(FOLDED + list(_traditional_to_simplified()[0]))


@functools.cache
def _traditional_only() -> str:
    """A character class of the characters only traditional text uses."""
    return _char_class(_traditional_to_simplified()[0])


def _where(frame: pl.DataFrame, mask: pl.Expr, transform) -> pl.DataFrame:
    """Apply `transform` (frame → frame) only to the rows where `mask` holds: most letters
    need none of the repairs, and a cheap test spares them the expensive passes."""
    hit = frame.with_columns(_hit=mask)
    todo = hit.filter("_hit").drop("_hit")
    if todo.height == 0:
        return frame
    return pl.concat([hit.filter(~pl.col("_hit")).drop("_hit"), transform(todo)], how="vertical_relaxed")


def _edit_table(found: pl.DataFrame, pos: pl.Expr, delta: pl.Expr) -> pl.DataFrame:
    """Per edit: where it starts to apply in the edited text and the cumulative shift."""
    edits = found.select("letter_id", pos=pos, delta=delta).sort("letter_id", "pos")
    cum = pl.col("delta").cum_sum().over("letter_id")
    before = cum - pl.col("delta")
    # An insertion at p applies from the character after the inserted one; a deletion
    # from the position its removed text had.
    applies_at = pl.when(pl.col("delta") > 0).then(pl.col("pos") + before + pl.col("delta")).otherwise(pl.col("pos") + before)
    return edits.select("letter_id", applies_at=applies_at, cum=cum)


def _rebuild(frame: pl.DataFrame, found: pl.DataFrame, replacement: pl.Expr) -> pl.DataFrame:
    """frame with every found span of `mtext` replaced by `replacement` (an expression
    over the found rows), for the letters that have any."""
    if found.height == 0:
        return frame
    pieces = found.sort("letter_id", "start").join(frame.select("letter_id", "mtext"), on="letter_id").with_columns(
        prev_end=pl.col("end").shift(1).over("letter_id").fill_null(0),
    ).with_columns(
        piece=pl.col("mtext").str.slice(pl.col("prev_end"), pl.col("start") - pl.col("prev_end")) + replacement,
    )
    tails = pieces.group_by("letter_id").agg(
        pl.col("piece"), tail=pl.col("mtext").first().str.slice(pl.col("end").max())
    )
    rebuilt = tails.select("letter_id", new=pl.col("piece").list.join("") + pl.col("tail"))
    return (
        frame.join(rebuilt, on="letter_id", how="left")
        .with_columns(mtext=pl.coalesce("new", "mtext"))
        .drop("new")
    )


HALF_PUNCT_HINT = r"\p{Han}\.\p{Han}"


def clean(letters: pl.DataFrame) -> tuple[pl.DataFrame, list[pl.DataFrame]]:
    """(letters with `mtext`, the edit tables in the order they were applied).

    `folded` tells the letters that needed character folds; they come after the others."""
    frame = letters.with_columns(mtext=pl.col("text"), folded=pl.col("text").str.contains(_foldable()))
    # (a letter in traditional characters folds those simplified text also uses: 後, 於; one
    # that quotes a name in them does not)
    frame = _where(frame, pl.col("folded"), lambda f: f.with_columns(
        mtext=pl.when(pl.col("mtext").str.count_matches(_traditional_only()) >= TRADITIONAL_MIN)
        .then(fold_chars("mtext")).otherwise(fold_chars("mtext", traditional=False))))
    # An OCR's letter O among digits (3 1O2家, 2.O5万张, 9O%) is a zero; not after a Latin
    # letter (H2O) nor before one. Twice, for OO.
    # (one pass finds the letters with either; each is replaced where it occurs)
    frame = _where(frame, pl.col("mtext").str.contains(OCR_ZERO_HINT + "|" + OCR_ONE_HINT), lambda f: f.with_columns(
        mtext=pl.col("mtext").str.replace_all(OCR_ZERO, "${1}${2}0${3}").str.replace_all(OCR_ZERO, "${1}${2}0${3}")
        .str.replace_all(OCR_ONE, "${1}${2}1${3}${4}").str.replace_all(OCR_ONE, "${1}${2}1${3}${4}")
        .str.replace_all(OCR_ZERO, "${1}${2}0${3}")))
    frame = _where(frame, pl.col("mtext").str.contains(THOUSANDS_HINT),
                   lambda f: f.with_columns(mtext=pl.col("mtext").str.replace_all(THOUSANDS, "${1}${2},${3}${4}").str.replace_all(THOUSANDS, "${1}${2},${3}${4}")))
    # A half-width full stop between Chinese characters is the full-width's (提升签约覆盖面.力争…): folded in
    # place, twice for a character between two. (Commas and semicolons every pattern takes in both widths.)
    # (not a heading's numeral: 一.关于…)
    half = lambda m, mark, full: m.str.replace_all(r"([\p{Han}&&[^一二三四五六七八九十百千万零〇两]])" + mark + r"(\p{Han})", "${1}" + full + "${2}")  # noqa: E731
    frame = _where(frame, pl.col("mtext").str.contains(HALF_PUNCT_HINT), lambda f: f.with_columns(
        mtext=half(half(pl.col("mtext"), r"\.", "。"), r"\.", "。")))
    frame = _fold_cn_dates(frame, pl.col("mtext").str.contains(CN_DATE_HINT + "|" + CN_MONTH_HINT))
    # One working day in words is a time limit (压缩至一个工作日, 一个工作日内办结), not the article the
    # numeral patterns leave a bare 一 as: its digit in mtext, one for one.
    frame = _where(frame, pl.col("mtext").str.contains("一个工作日", literal=True), lambda f: f.with_columns(
        mtext=pl.col("mtext").str.replace_all(ONE_WORKING_DAY, "${1}1${2}")))
    frame = _where(frame, pl.col("mtext").str.contains(r"一[至到～~—-][两二三]"), lambda f: f.with_columns(
        mtext=pl.col("mtext").str.replace_all(ONE_TO.format("两二"), "${1}1${2}2${4}").str.replace_all(ONE_TO.format("三"), "${1}1${2}3${4}")))
    # A page scraped onto one line with its blocks apart by " | " (发布时间：… | 建议编号：… | 一、…): each
    # block a line, the bar folded to a line break in place.
    frame = _where(frame, (pl.col("mtext").str.count_matches("\n") < ONE_LINE_BREAKS) & (pl.col("mtext").str.count_matches(" | ", literal=True) >= BAR_BLOCKS),
                   lambda f: f.with_columns(mtext=pl.col("mtext").str.replace_all(" | ", " \n ", literal=True)))
    # Pinyin glosses: delete. (And the ** of a Markdown copy's bold, where a line opens with it:
    # **（一）强化源头管控。** → （一）强化源头管控。)
    # (and the marks of its headings: ## 一、…, ### （一）…)
    gloss = pl.concat([find_spans(frame.filter(pl.col("mtext").str.contains(PINYIN_GLOSS)), PINYIN_GLOSS),
                       find_spans(frame.filter(pl.col("mtext").str.contains(BOLD_HINT)), r"\*\*"),
                       find_spans(frame.filter(pl.col("mtext").str.contains(MARKDOWN_HEADING)), MARKDOWN_HEADING)]).sort("letter_id", "start")
    deletions = _edit_table(gloss, pl.col("start"), -(pl.col("end") - pl.col("start")))
    frame = _rebuild(frame, gloss, pl.lit(""))
    # Tables a copy flattened (columns apart by spaces, one cell per line): pipe rows,
    # rewritten in place but for a few | inserted.
    frame, piped = _flat_tables(frame)
    pipes = _edit_table(piped, pl.col("start"), pl.lit(1))
    # Spaces an OCR left inside numbers (1 2 0 0名, 占比3 1.7%, 5.6 2万人): delete.
    spaces = _spaces_in_numbers(frame)
    despaced = _edit_table(spaces, pl.col("start"), pl.lit(-1))
    frame = _rebuild(frame, spaces, pl.lit(""))
    # Hard-wrapped paragraphs (a PDF saved as text): delete the breaks inside them.
    joins = _wrap_joins(frame)
    broken = _broken_lines(frame)
    if broken.height:
        # (stable: a join across a page break that starts where a broken line does wins, being first)
        joins = pl.concat([joins, broken]).sort("letter_id", "start", maintain_order=True).unique(["letter_id", "start"], keep="first", maintain_order=True)
    unwraps = _edit_table(joins, pl.col("start"), -(pl.col("end") - pl.col("start")))
    frame = _rebuild(frame, joins, pl.lit(""))
    # (a date in Chinese numerals the wrapping cut, 二〇二 / 三年, is whole now: folded as above)
    if joins.height:
        frame = _fold_cn_dates(frame, pl.col("letter_id").is_in(joins["letter_id"].unique().implode()) & pl.col("mtext").str.contains(CN_DATE_HINT))
    # Run-on letters: insert a line break after each rule's `pre` group.
    candidates = frame.filter(pl.col("mtext").str.contains("|".join(f"(?:{rule})" for rule in BREAK_RULES).replace("?P<pre>", "")))
    points = [_break_points(candidates, rule) for rule in BREAK_RULES]
    # (not before a list run into its paragraph after a sentence, its items closed by ；: 2.补助标准不断提高。（1）对…；（2）对…)
    listed = candidates.filter(pl.col("mtext").str.contains(INLINE_LIST))
    if listed.height:
        points = [p.join(_break_points(listed, INLINE_LIST).select("letter_id", "start"), on=["letter_id", "start"], how="anti") for p in points]
    asked = candidates.filter(pl.col("mtext").str.contains(ASKED_LIST))
    if asked.height:
        spans = find_spans(asked, ASKED_LIST).select("letter_id", list_start="start", list_end="end")
        points = [p.join(p.join(spans, on="letter_id").filter(pl.col("start").is_between("list_start", "list_end"))
                         .select("letter_id", "start"), on=["letter_id", "start"], how="anti") for p in points]
    # (and, in a letter scraped as one line, before the plan a section's paragraph runs into:
    # …。下一步，我局将…; in a letter with lines, a plan inline stays its paragraph's)
    one_line = frame.filter((pl.col("mtext").str.count_matches("\n") < ONE_LINE_BREAKS) & (pl.col("mtext").str.len_chars() > 300))
    if one_line.height:
        points.append(_break_points(one_line, PLAN_BREAK))
    breaks = pl.concat(points).unique(["letter_id", "start"]).with_columns(end=pl.col("start")).sort("letter_id", "start")
    insertions = _edit_table(breaks, pl.col("start"), pl.lit(1))
    frame = _rebuild(frame, breaks, pl.lit("\n"))
    return frame, [deletions, pipes, despaced, unwraps, insertions]


def _break_points(frame: pl.DataFrame, rule: str) -> pl.DataFrame:
    """Where `rule` calls for a line break in each letter of `frame`: after its `pre` group."""
    pre = pl.col("match").str.extract(rule.replace("(?P<pre>", "^(?P<pre>", 1), 1).str.len_chars().cast(pl.Int64)
    return find_spans(frame, rule).with_columns(start=pl.col("start") + pre)


def _fold_cn_dates(frame: pl.DataFrame, rows: pl.Expr) -> pl.DataFrame:
    """`frame` with the dates in Chinese numerals of the letters `rows` selects folded to digits."""
    return _where(frame, rows, lambda f: f.with_columns(mtext=pl.col("mtext").map_elements(fold_cn_dates, return_dtype=pl.String)))


def fold_cn_dates(text: str) -> str:
    """`text` with the dates in Chinese numerals that CN_DATE matches in digits, offsets kept."""
    def digits(match: re.Match) -> str:
        year, month, day = match.group(1, 2, 3)
        folded = year.translate(CN_DIGITS) + "年"
        if month:
            folded += month.translate(CN_DIGITS) + "月"
        if day:
            # (二十, 三十: the tens digit, then 0)
            folded += (day[0].translate(CN_DIGITS) + "0" if day[1:] == "十" else day.translate(CN_DIGITS)) + "日"
        return folded
    return CN_MONTH.sub(lambda m: m.group(0).translate(CN_DIGITS), CN_DATE.sub(digits, text))


def _flat_tables(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """frame with its flattened tables as pipe rows, and the | inserted (letter_id, start).
    Only the few texts that pass a cheap test are read line by line."""
    hinted = frame.filter(pl.col("mtext").str.contains(FLAT_HINT)).select("letter_id", "mtext")
    rewritten = [(lid, *pipe_rows(mtext)) for lid, mtext in hinted.iter_rows()]
    lid_type = frame.schema["letter_id"]
    inserted = pl.DataFrame([(lid, at) for lid, _, ats in rewritten for at in ats],
                            schema={"letter_id": lid_type, "start": pl.Int64}, orient="row")
    new = pl.DataFrame([(lid, text) for lid, text, _ in rewritten], schema={"letter_id": lid_type, "_piped": pl.String}, orient="row")
    if new.height:
        frame = frame.join(new, on="letter_id", how="left").with_columns(mtext=pl.coalesce("_piped", "mtext")).drop("_piped")
    return frame, inserted


# Digit groups apart by single spaces, one of them a single digit: an OCR's spacing, not two
# numbers (a phone number 0577 88962022 or a table row 110 115.3 keeps its spaces).
SPACED_DIGITS = r"[0-9][0-9.]*(?: [0-9][0-9.]*)+"
# Thousands parted by spaces, a unit after them (12 000余个): from the first digit to the last group.
THOUSANDS_SPACED = r"(?:^|[^0-9. ])[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?(?:[余多]?[万亿]?[\p{Han}%])"

SPACED_DATE = (r"[0-9] [年月日]", r"(?:年|月|至) [0-9]")


def _spaces_in_numbers(frame: pl.DataFrame) -> pl.DataFrame:
    """letter_id, start, end of every space inside a SPACED_DIGITS run that has a lone digit."""
    # (one pass finds the letters with a space beside a digit, before a digit or around a point)
    spaced = frame.filter(pl.col("mtext").str.contains(r"[0-9] [0-9.．]|[0-9][.．,] [0-9]"))
    runs = find_spans(spaced.filter(pl.col("mtext").str.contains("[0-9] [0-9]")), SPACED_DIGITS)
    runs = runs.filter(pl.col("match").str.contains(r"(?:^| )[0-9](?: |$)"))
    groups = runs.with_columns(group=pl.col("match").str.split(" ")).explode("group")
    # (and the spaces around a decimal point: 3 . 2万, 0. 6名)
    dotted = find_spans(spaced, r"[0-9] [.．] ?[0-9]|[0-9][.．] [0-9]")
    first = dotted.filter(pl.col("match").str.slice(1, 1) == " ").select("letter_id", start=pl.col("start") + 1)
    dot = pl.lit(1, pl.Int64) + (pl.col("match").str.slice(1, 1) == " ").cast(pl.Int64)
    second = dotted.filter(pl.col("match").str.slice(dot + 1, 1) == " ").select("letter_id", start=pl.col("start") + dot + 1)
    # Each group but the last is followed by a space at start + (lengths + 1 so far) - 1.
    steps = pl.col("group").str.len_chars().cast(pl.Int64) + 1
    spaces = groups.with_columns(
        at=pl.col("start") + steps.cum_sum().over("letter_id", "start") - 1,
        last=pl.int_range(pl.len()).over("letter_id", "start") == pl.len().over("letter_id", "start") - 1,
    ).filter(~pl.col("last"))
    around_dots = pl.concat([first, second]).with_columns(end=pl.col("start") + 1)
    # (and a space that parts thousands before a unit: 12 000余个, 1 250 000元)
    # (its groups are three digits each: the spaces stand 4 apart from the first)
    grouped = find_spans(spaced, THOUSANDS_SPACED)
    first = pl.col("start") + pl.col("match").str.extract(r"^([^0-9]?[0-9]{1,3}) ", 1).str.len_chars().cast(pl.Int64)
    thousands = (grouped.with_columns(at=first + 4 * pl.int_ranges(pl.col("match").str.count_matches(" ", literal=True)))
                 .explode("at").select("letter_id", start="at", end=pl.col("at") + 1))
    # (and the space after a thousands comma: 1, 200家, 2, 000平方米)
    commas = find_spans(spaced, r"(?:^|[^0-9.,])[0-9]{1,3}(?:, [0-9]{3})+(?:[^0-9]|$)")
    commas = (commas.with_columns(at=pl.col("start") + pl.col("match").str.extract(r"^([^0-9]?[0-9]{1,3}),", 1).str.len_chars().cast(pl.Int64) + 1
                                  + 5 * pl.int_ranges(pl.col("match").str.count_matches(", ", literal=True)))
              .explode("at").select("letter_id", start="at", end=pl.col("at") + 1))
    # (and a space a copy left inside a date, between its digits and 年, 月 or 日, or after 年, 月 or
    # 至 before them: 截至 2023 年 5 月底, 今年 1-4 月)
    # (two patterns, as 年 may have a space on both sides)
    dated = frame.filter(pl.col("mtext").str.contains("|".join(SPACED_DATE)))
    dates = pl.concat([find_spans(dated, pattern) for pattern in SPACED_DATE])
    dates = dates.select("letter_id", start=pl.col("start") + 1, end=pl.col("start") + 2)  # (the space is second in both)
    return pl.concat([spaces.select("letter_id", start="at", end=pl.col("at") + 1), around_dots, thousands, commas, dates]).unique().sort("letter_id", "start")


def _wrap_joins(frame: pl.DataFrame) -> pl.DataFrame:
    """letter_id, start, end of every line break inside a hard-wrapped paragraph. Only the
    few texts that pass a cheap test are read line by line."""
    hinted = frame.filter((pl.col("mtext").str.count_matches(WRAP_HINT) >= 3) | pl.col("mtext").str.contains(f"(?:{PAGE_HINT})|(?:{STRAY_HINT})")).select("letter_id", "mtext", "text")
    # Widths as printed: the stored text, when only one-to-one folds (２０２３ → 2023) made mtext
    # and none of them a line break (the bars of a page scraped onto one line).
    rows = [(lid, start, end) for lid, mtext, text in hinted.iter_rows()
            for start, end in wrap_joins(mtext, text if len(text) == len(mtext) and text.count("\n") == mtext.count("\n") else None)]
    schema = {"letter_id": frame.schema["letter_id"], "start": pl.Int64, "end": pl.Int64}
    return pl.DataFrame(rows, schema=schema, orient="row")


def _broken_lines(frame: pl.DataFrame) -> pl.DataFrame:
    """letter_id, start, end of every BROKEN_LINE break (from after the comma or marker to the
    next line's first character) whose next line opens no block."""
    hinted = frame.filter(pl.col("mtext").str.contains(BROKEN_LINE)).select("letter_id", "mtext")
    spans = find_spans(hinted, BROKEN_LINE, keep=("mtext",))
    # (the comma or the marker stays: the break starts after it)
    kept = pl.col("match").str.extract(r"^([ \t\u3000]*[^ \t\u3000\n]+)", 1).str.len_chars().cast(pl.Int64)
    lines = (spans.with_columns(start=pl.col("start") + kept)
             .filter(~slice_text("mtext", pl.col("end"), pl.col("end") + 4).str.contains(BLOCK_NEXT)
                     & (slice_text("mtext", pl.col("end"), pl.col("end") + 1) != ""))
             .select("letter_id", "start", "end"))
    # (only inside prose, the number going on in a unit: a table's rows end and start with figures too)
    numbers = find_spans(frame.filter(pl.col("mtext").str.contains(NUMBER_BREAK)).select("letter_id", "mtext"), NUMBER_BREAK, keep=("mtext",))
    numbers = numbers.with_columns(start=pl.col("start") + 1, end=pl.col("end") - 1).filter(
        slice_text("mtext", pl.col("end"), pl.col("end") + 12).str.contains(r"^[0-9][0-9.]*[\p{Han}%]")
        & slice_text("mtext", pl.col("start") - 30, pl.col("start")).str.contains(r"[，。；][^\n|]*$")).select("letter_id", "start", "end")
    # (only where the line broke off after a comma of its sentence and the next goes on with a count and
    # a comma or a full stop: not a heading, a table's row, a numbered item or a paragraph that opens with a year)
    gaps = find_spans(frame.filter(pl.col("mtext").str.contains(GAP_BREAK)).select("letter_id", "mtext"), GAP_BREAK, keep=("mtext",))
    gaps = gaps.with_columns(start=pl.col("start") + 1, end=pl.col("end") - 1).filter(
        slice_text("mtext", pl.col("end"), pl.col("end") + 40).str.contains(r"^[0-9]+(?:\.[0-9]+)?[万亿千百]?(?:[\p{Han}&&[^年月日号]]|%)[^\n|]*[，。；]")
        & slice_text("mtext", (pl.col("start") - 40).clip(0), pl.col("start")).str.contains(r"，[^\n。；：:|、]*$")).select("letter_id", "start", "end")
    return pl.concat([lines, numbers, gaps]).sort("letter_id", "start")


def to_original(frame: pl.DataFrame, edits: list[pl.DataFrame], starts: list[str], ends: list[str]) -> pl.DataFrame:
    """Map span columns from `mtext` offsets back to stored-text offsets.

    Edits are undone last first. A start maps through every edit at or before it; an end
    (exclusive) only through deletions strictly before it, so a span never swallows a deleted
    gloss at its edge, and through an insertion just inside it too, so a span that ends with an
    inserted break (a section run into its paragraph, …；（二）) ends where the next begins."""
    for table in reversed(edits):
        if table.height == 0:
            continue
        table = table.sort("letter_id", "applies_at")
        inserts = bool((table["cum"] > 0).all())  # (each table is all insertions or all deletions)
        frame = frame.with_columns(_row=pl.int_range(pl.len()))
        for cols, exact in ((starts, True), (ends, inserts)):
            for col in cols:
                mapped = (
                    frame.select("letter_id", "_row", col)
                    .filter(pl.col(col).is_not_null())
                    .sort("letter_id", col)
                    .join_asof(table, left_on=col, right_on="applies_at", by="letter_id", strategy="backward",
                               allow_exact_matches=exact, check_sortedness=False)
                    .select("_row", _mapped=pl.col(col) - pl.col("cum").fill_null(0))
                )
                frame = frame.join(mapped, on="_row", how="left").with_columns(
                    pl.coalesce("_mapped", col).alias(col)
                ).drop("_mapped")
        frame = frame.drop("_row")
    return frame
