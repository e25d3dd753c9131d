"""The layout of a reply letter (GB/T 9704 公文): lines, zones and the section tree.

A letter reads top to bottom as: metadata and 发文字号, 标题, 主送 (the salutation line
ending in ：), 正文 with numbered sections 一、 （一） 1. （1）, a closing (最后/感谢…),
署名 and 成文日期, then 抄送 and 印发. Everything here works on a frame of lines of many
letters at once.
"""
from __future__ import annotations

import polars as pl
import polars.selectors as cs

from . import schema
from .frames import backward_fill_in, cum_sum_in, forward_fill_in, group_start, row_in, shift_in
from .text import DATE_IN_WORDS, find_spans, numeral_value

CN_NUM = "一二三四五六七八九十"

# Section markers by level, matched at the start of a line's content.
LEVEL_PATTERNS = {
    # (and ordinals: 第一、第二、)
    # (and in black brackets, as a web page or a chat copy sets them: 【一】关于…)
    1: rf"^(?:第|【\s*)?([{CN_NUM}]+)\s*[、.】]",
    2: rf"^[（(]\s*([{CN_NUM}]+)\s*[）)]",
    # (not a decimal, 3.5亿元…; but an item may open with a year or a month: 3.2025年起…, 1.10月底前…,
    # or a span of years: 2.2025—2027年，…)
    3: r"^(\d{1,2})\s*(?:[、]|\.(?:[^\d]|(?:19|20)\d\d(?:年|\s*[-—－~至到]\s*(?:19|20)\d\d)|\d{1,2}月|$))",
    4: r"^[（(]\s*(\d{1,2})\s*[）)]",
}
# An ordinal and a comma on a short line of its own (第一，关于停车设施供给情况): a top-level heading.
ORDINAL_MARK = rf"^第[{CN_NUM}]+[，,]"
ORDINAL_LINE = rf"^(第([{CN_NUM}]+)[，,])\s*[^。；;!！?？，,]{{2,30}}$"  # (1: the marker, 2: its numeral)
# A point-by-point reply heads each suggestion it restates by its number (建议一：…, 问题二：…):
# a top-level section.
POINT_HEADING = rf"^(?:建议|问题)\s*([{CN_NUM}]+)\s*[：:、.]"
# (…or names the point it answers: 关于第一点建议“延长…开放时间”。)
# (…with whose point it is between: 关于您提出的第一点建议, 关于贵会所提第二条意见)
POINT_ABOUT = rf"^(关于(?:您|你们|贵\p{{Han}}{{1,2}}|委员|代表|提案|建议)?(?:所?提出?的?|所提的?|中的?)?第([{CN_NUM}]+)(?:点|条|项)(?:建议|意见|问题))"
# A heading in lenticular brackets alone on its line (【总体情况】, 【下一步工作打算】): a top-level
# section where a body has two or more and no 一、 (not a web page's buttons: 【打印】【关闭】).
BRACKET_HEADING = r"^【[^】【]{2,30}】\s*$"
BRACKET_NOT = r"^【(?:打印|关闭|字体[^】]*|返回|分享|收藏|顶部|大|中|小|附件)】"
# A 1. heading on a line of its own: a short phrase, no sentence after it.
ARABIC_HEADING = r"^\d{1,2}\s*[.、．]\s*[^。；;!！?？，,：:]{2,30}$"
MARKER_PATTERN = rf"^(?:(?:第|【\s*)?[{CN_NUM}]+\s*[、.】]|[（(]\s*[{CN_NUM}\d]+\s*[）)]|\d{{1,2}}\s*[、.]|(?:建议|问题)\s*[{CN_NUM}]+\s*[：:、.])"

# The salutation (主送) line: short, ends with a colon, names who proposed.
# (two addressees may stand apart by a comma where the first is a person's title: 何敏委员，九三学社金华市委会：)
# (two addressees may stand apart by a comma after a person's title or a body's name: 何敏委员，九三学社…：;
# 市工商联，叶青委员：)
# (and up to three more, a delegation among them: 陈建国等12位代表，刘慧敏代表，周卫东代表：)
SALUTATION = (r"^(?:[^，。；;,:：]{1,30}(?:委员|代表|委員|同志|先生|女士|委会|委员会|工商联|科协|侨联|妇联|总工会|民建|民盟|民进|农工党|致公党|九三学社|台盟|民革|代表团)[，,]){0,3}"
              r"[^，。；;,:：]{2,60}[：:]$")
# Who a letter is addressed to, at the end of the salutation line.
ADDRESSEE = (
    r"(?:委员|代表|委員|同志|先生|女士|主席|主任|委会|委员会|委員會|协会|学会|联合会|商会|工商联|科协|侨联|妇联|"
    r"总工会|支部|小组|界别|单位|民建|民盟|民进|农工党|致公党|九三学社|台盟|民革)[：:]$"
)
# A paragraph that announces the forward plan (下一步工作打算).
# (the last of points told 首先…其次…最后 may be the plan: 最后，关于下一步工作。我局将…)
PLAN_INTRO = r"^(?:最后[，,、]\s*)?(?:关于)?(?:下一步|下步|下阶段|下一阶段|今后|接下来|下一步工作|今后工作)"
# A paragraph that leads into a list of what will be done (我们将重点做好以下工作：) is a
# plan intro too; 现将…答复如下 and other reports of what was done are not, nor is what has been
# put into a plan already (我局已将一批项目纳入年度计划，具体如下：).
PLAN_LEAD_IN = r"(?:^|[^现已经])(?:将|拟|计划[^，,。；;：:]|准备)[^。；;]*?(?:以下|如下|下列|几个方面|几方面)[^。；;]*[：:]$"
REPORTING = r"(?:答|回|函)复|复函|报告|汇报|说明|介绍|通报|反馈|汇总|报送|收悉|情况如下|进展如下"
PLAN_REPORTED = r"(?:下一步|下步|下阶段|下一阶段|今后)[^。；;]*(?:如下|以下)[^。；;]*[：:]$"
# …and a paragraph's last sentence that opens with a plan word and ends in a colon (…问题确实存在。
# 下一步，我们打算做好两件事：; …。下一步：), leading into the items below it.
PLAN_CLOSING_LEAD = r"(?:^|[。；;！!？?]\s*)(?:下一步|下步|下阶段|下一阶段|接下来)[^。；;！!？?]*[：:]$"
PLAN_INLINE = r"^(.*?[。；;，,!！]\s*)(?:下一步|下步|下阶段|下一阶段)"
# Lines that close the body: thanks, contact, signature block, distribution.
CLOSING = (
    # (最后 and 再次 close the letter where thanks or a wish follow, not a run of points:
    # 首先…其次…再次，开展技能提升…最后，…)
    r"^(?:最后[，,、]?\s*(?:再次|还要)?(?:感谢|衷心|谢谢|诚挚|真诚|欢迎|恳请|希望|敬请|请您|请你|对您|对你|向您|向你|非常|十分)|此致|此复|特此|专此"
    r"|再次(?:感谢|表示|衷心|谢谢|向|对|致以|诚挚)|衷心|感谢|非常感谢|十分感谢|谢谢|诚挚|以上(?:是|答复|意见)"
    r"|联\s*系|承办|抄\s*[送报]|附件"
    # (an invitation to keep watching, 欢迎您继续关注和监督我们的工作, and the reply's class below
    # the body: 办理情况：A类。 / 办理类别：B类（所提问题列入计划拟解决）)
    r"|欢迎(?:您|你们?)?(?:继续|一如既往地?|今后)?(?:关注|监督|提出|对我|多提)"
    r"|(?:办\s*理\s*(?:情\s*况|结\s*果|类\s*别)|答\s*复\s*类\s*别|类\s*别)\s*[:：]\s*[A-DＡ-Ｄ]类?(?:[（(。\s]|$)"
    # (the request for the proposer's view of the reply: 对本答复有何意见和建议，请填写…征询意见表)
    r"|(?:如|若)?(?:您|你们?)?对(?:本|以上|此|该|上述|我们的)?(?:答复|复函|办理)(?:意见|结果|情况|工作)?(?:有何|如有|还有|有|不满意|是否满意)"
    r"|(?:请|烦请)?(?:填写|填报)[^。；;]{0,24}(?:征询意见表|意见反馈表|回执)"
    # thanks addressed to the proposers by name (王立军委员、罗晓梅委员，感谢你们…)
    r"|[^，。；]{1,40}?(?:委员|代表|同志|主委)们?[，,]\s*(?:再次|非常|衷心|十分)?(?:感谢|谢谢))"
)
DATE_LINE = r"^\s*(?:" + DATE_IN_WORDS + r"|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|20\d{5,6}|20\d{2}\s+\d{3,4})\s*$"


def split_lines(letters: pl.DataFrame) -> pl.DataFrame:
    """One row per line: letter_id, line_no, line_start/line_end, content (stripped) and
    content_start (offset of the first non-blank character)."""
    lines = (
        letters.select("letter_id", line=pl.col("mtext").str.split("\n"))
        .with_columns(line_no=pl.int_ranges(pl.col("line").list.len()))
        .explode("line", "line_no")
        .with_columns(n=pl.col("line").str.len_chars().cast(pl.Int64))
        .with_columns(line_start=cum_sum_in(pl.col("n") + 1, "letter_id") - pl.col("n") - 1)
    )
    stripped = pl.col("stripped")
    return lines.with_columns(stripped=pl.col("line").str.strip_chars_start()).select(
        "letter_id",
        "line_no",
        "line_start",
        line_end=pl.col("line_start") + pl.col("n"),
        content=stripped.str.strip_chars_end(),
        content_start=pl.col("line_start") + pl.col("n") - stripped.str.len_chars(),
    )


def zones(lines: pl.DataFrame) -> pl.DataFrame:
    """Per letter: where the salutation is and where the body starts and ends.

    The salutation is the first short line ending in a colon; the body runs from the next
    line to the first closing line that no section heading follows.
    """
    c = pl.col("content")
    # Only lines ending in a colon can be the salutation (extract skips the null rest).
    colon_ended = pl.when(c.str.ends_with("：") | c.str.ends_with(":")).then(c)
    flagged = lines.with_columns(
        is_salutation=colon_ended.str.extract(SALUTATION, 0).is_not_null()
        & colon_ended.str.extract(r"^(?:联\s*系|抄\s*[送报]|附件|签发|来源|索\s*引)", 0).is_null(),
        is_heading=c.str.contains(MARKER_PATTERN) | _bracket_heading(c),
        # (but thanks that lead into the answer, 感谢您…。经认真研究，现答复如下：, open it, with a
        # full stop too: …现将有关情况答复如下。)
        is_closing=c.str.contains(f"(?:{CLOSING})|(?:{DATE_LINE})")
        & ~c.str.contains(r"^(?:感谢|非常感谢|十分感谢|衷心感谢)[^\n]*(?:如下|现答复)[：:。]?\s*$"),
    )
    # Among colon-ended lines (form labels such as 建议人： are too), prefer one that names
    # an addressee or is followed by the acknowledgement (您/你们/贵单位…).
    nonblank = lines.filter(c != "").select("letter_id", next_line="line_no", next_content="content")
    strong = c.str.contains(ADDRESSEE) | pl.col("next_content").str.contains(r"^(?:您|你|贵|尊敬)").fill_null(False)
    sal = (
        flagged.filter("is_salutation")
        .join_asof(nonblank, left_on="line_no", right_on="next_line", by="letter_id", strategy="forward",
                   allow_exact_matches=False, check_sortedness=False)
        .with_columns(strong=strong)
        .group_by("letter_id")
        .agg(pl.all().sort_by(pl.col("strong").not_(), "line_no").first())
        .select(
            "letter_id",
            sal_line=pl.col("line_no"),
            salutation=c.str.strip_chars_end(":：").str.strip_chars(),
            salutation_start=pl.col("content_start"),
            salutation_end=pl.col("line_end"),
        )
    )
    flagged = flagged.join(sal, on="letter_id", how="left").with_columns(
        in_body=pl.col("line_no") > pl.col("sal_line").fill_null(-1)
    )
    # A date right under the salutation (孙立新委员：/ 2025年7月8日) dates the letter; it neither
    # closes the body nor is part of it.
    lead_date = (
        flagged.filter(pl.col("in_body") & pl.col("sal_line").is_not_null() & (c != ""))
        .group_by("letter_id").agg(pl.all().sort_by("line_no").first())
        .filter(pl.col("content").str.contains(DATE_LINE))
        .select("letter_id", lead_date_line="line_no")
    )
    # (and so does one on the letter's first line, above its title, as township sites print them:
    # 2024年9月12日 / 青山镇人民政府关于…的答复)
    top_date = (
        flagged.filter(c != "").group_by("letter_id").agg(pl.all().sort_by("line_no").first())
        .filter(~pl.col("in_body") & pl.col("content").str.contains(DATE_LINE))
        .select("letter_id", lead_date_line="line_no")
    )
    lead_date = pl.concat([lead_date, top_date.join(lead_date, on="letter_id", how="anti")])
    not_lead_date = (pl.col("line_no") != pl.col("lead_date_line")).fill_null(True)
    flagged = flagged.join(lead_date, on="letter_id", how="left").with_columns(
        is_closing=pl.col("is_closing") & not_lead_date, in_body=pl.col("in_body") & not_lead_date,
    )
    # No heading after the date or the 附件 line is the body's: 附件：1.清单 2.意见表 lists
    # attachments.
    hard_end = (
        flagged.filter(pl.col("in_body") & c.str.contains(rf"^附\s*件|{DATE_LINE}"))
        .group_by("letter_id")
        .agg(hard_end=pl.col("line_no").min())
    )
    last_heading = (
        flagged.join(hard_end, on="letter_id", how="left")
        .filter(pl.col("in_body") & pl.col("is_heading") & (pl.col("line_no") < pl.col("hard_end").fill_null(1 << 30)))
        .group_by("letter_id")
        .agg(last_heading=pl.col("line_no").max())
    )
    body_end = (
        flagged.join(last_heading, on="letter_id", how="left")
        .filter(pl.col("in_body") & pl.col("is_closing") & (pl.col("line_no") > pl.col("last_heading").fill_null(-1)))
        .group_by("letter_id")
        .agg(end_line=pl.col("line_no").min(), body_end=pl.col("line_start").min())
    )
    first_body = (
        flagged.filter(pl.col("in_body") & (c != ""))
        .group_by("letter_id")
        .agg(body_start=pl.col("content_start").min(), body_line=pl.col("line_no").min())
    )
    ends = lines.group_by("letter_id").agg(text_end=pl.col("line_end").max(), n_lines=pl.col("line_no").max() + 1)
    return (
        ends.join(sal, on="letter_id", how="left")
        .join(lead_date, on="letter_id", how="left")
        .join(first_body, on="letter_id", how="left")
        .join(body_end, on="letter_id", how="left")
        .with_columns(
            body_end=pl.coalesce("body_end", "text_end"),
            end_line=pl.coalesce("end_line", "n_lines"),
            body_start=pl.coalesce("body_start", pl.lit(0, pl.Int64)),
            body_line=pl.coalesce("body_line", pl.lit(0, pl.Int64)),
        )
    )


# (and a section of what the agency means to do about it: 三、关于完善帮扶机制的考虑, 工作设想)
# (and a plain township's heading: 四、下面我们打算这么做; and a year's work to come: 三、2025年工作安排;
# and what will be mended: 三、改进措施)
PLAN_WORDS = r"(?:下一步|下步|今后|工作打算|工作计划|工作安排\s*$|(?:改进|整改)(?:措施|举措|方向)\s*$|(?:的|工作)(?:考虑|打算)\s*$|工作设想|(?:打算|准备)(?:这么|这样)?(?:做|干)\s*$)"
# A paragraph that turns to the proposer (您的建议中关于…, 关于您提出的…, 对您所提…).
# A paragraph that adds to a plan after its items (此外，我们还将…; 同时，我们将…).
ADDED_ITEM = r"^\s*(?:此外|同时|另外|最后)[，,]\s*[^。；;，,]{0,8}?将"
# A paragraph after a plan's items that tells what else has been done (此外，2024年全市为412名…).
ASIDE = r"^\s*(?:此外|另外|同时)[，,]\s*(?:19|20)\d\d年"
ADDRESSED = r"^\s*(?:(?:关于|对于?|针对)(?:您|你们?)|(?:您|你们?)(?:的建议|的提案|所提|提出的|在建议|在提案))"


def body_lines(lines: pl.DataFrame, zone: pl.DataFrame) -> pl.DataFrame:
    """The lines of every letter's body with what `sections` and `commitments` read of
    them: section level, ordinal and marker, plan cues, and `seg1`, the number of level-1
    headings so far. Sorted by letter_id, line_no like `lines`."""
    body = lines.join(zone.select("letter_id", "body_line", "end_line", "body_end"), on="letter_id", maintain_order="left").filter(
        (pl.col("line_no") >= pl.col("body_line")) & (pl.col("line_no") < pl.col("end_line"))
    )
    c = pl.col("content")
    body = body.with_columns(
        *(c.str.extract(LEVEL_PATTERNS[lvl], 1).alias(f"_hit{lvl}") for lvl in LEVEL_PATTERNS if lvl > 1),
        _hit1=pl.coalesce(c.str.extract(LEVEL_PATTERNS[1], 1), c.str.extract(POINT_HEADING, 1), c.str.extract(POINT_ABOUT, 2), c.str.extract(ORDINAL_LINE, 2)),
        # (a whole heading in black brackets keeps its own marker: 【一、基本情况】 is 一、)
        marker=pl.coalesce(c.str.extract(r"^(" + MARKER_PATTERN[1:] + ")", 1).str.replace_all(r"\s", "").str.replace(r"^【([^】]+[、.])$", "$1"),
                           c.str.extract(ORDINAL_LINE, 1), c.str.extract(POINT_ABOUT, 1)),
        plan_intro=c.str.contains(PLAN_INTRO) | _leads_in(c),
        # (a point a run-in heading names is a plan by its name only: 关于第一点建议“…”。目前…。下一步，…)
        plan_words=pl.when(c.str.contains(POINT_ABOUT)).then(c.str.extract(r"^([^。；;]*)", 1)).otherwise(c).str.contains(PLAN_WORDS),
    )
    # (bracketed headings numbered in their order: 【总体情况】 is the first; the windows only
    # where a body has such a line at all)
    body = body.with_columns(_bracket=_bracket_heading(c))
    if body.select(pl.col("_bracket").any()).item():
        bracket = pl.col("_bracket")
        bracketed = bracket & (bracket.sum().over("letter_id") >= 2) & pl.col("_hit1").is_null().all().over("letter_id")
        body = body.with_columns(_bracket_no=pl.when(bracketed).then(bracketed.cast(pl.Int32).cum_sum().over("letter_id").cast(pl.String)))
        body = body.with_columns(_hit1=pl.coalesce("_hit1", "_bracket_no"),
                                 marker=pl.coalesce("marker", pl.when(pl.col("_bracket_no").is_not_null()).then(pl.lit("【") + pl.col("_bracket_no") + pl.lit("】"))))
    body = body.drop("_bracket", "_bracket_no", strict=False)
    level = pl.lit(None, pl.Int32)
    ordinal_text = pl.lit(None, pl.String)
    for lvl in sorted(LEVEL_PATTERNS, reverse=True):
        hit = pl.col(f"_hit{lvl}")
        level = pl.when(hit.is_not_null()).then(pl.lit(lvl, pl.Int32)).otherwise(level)
        ordinal_text = pl.when(hit.is_not_null()).then(hit).otherwise(ordinal_text)
    body = body.with_columns(level=level, ordinal_text=ordinal_text).drop(cs.starts_with("_hit"))
    # (ordinals under a top-level heading are a level below it: 二、… / 第一、… 第二、…)
    ordinal = ((pl.col("level") == 1) & pl.col("marker").str.starts_with("第")).fill_null(False)
    if body.select(ordinal.any()).item():
        plain_before = cum_sum_in(((pl.col("level") == 1) & ~ordinal).fill_null(False).cast(pl.Int32), "letter_id") > 0
        body = body.with_columns(level=pl.when(ordinal & plain_before).then(pl.lit(2, pl.Int32)).otherwise("level"))
    body = _arabic_top(body)
    body = _bracket_top(body)
    body = _wrapped_markers(body)
    # A heading that is itself the plan: 三、下一步工作打算 (a level-1 heading naming it
    # anywhere), or （三）下一步工作打算 where a letter's top sections are （一）.
    after_marker = pl.when(pl.col("level") > 1).then(c).str.replace(MARKER_PATTERN + r"\s*", "")
    plan_heading = ((pl.col("level") == 1) & pl.col("plan_words")) | after_marker.str.contains(PLAN_INTRO)
    return body.with_columns(
        plan_heading=plan_heading.fill_null(False),
        seg1=cum_sum_in((pl.col("level") == 1).fill_null(False), "letter_id"),
    )


def _bracket_top(body: pl.DataFrame) -> pl.DataFrame:
    """A body without 一、 whose top headings answer the points one by one, （一）关于…, （二）关于…,
    has them for its top-level sections, as `_arabic_top` reads 1.: every level moves up one. Not
    where the first （一） comes after the plan's lead-in (those are the plan's items), nor where
    they are the parts of one answer (（一）发展情况 （二）存在的问题 （三）下一步打算)."""
    second = pl.col("level") == 2
    line = pl.col("line_no")
    about = second & pl.col("content").str.contains(r"^[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*关于")
    tops = (body.group_by("letter_id")
            .agg(higher=(pl.col("level") == 1).any(), headings=about.sum(),
                 first=line.filter(second).min(), plan=line.filter(pl.col("plan_intro")).min())
            .filter(~pl.col("higher") & (pl.col("headings") >= 2) & (pl.col("plan").is_null() | (pl.col("first") < pl.col("plan")))))
    if tops.height == 0:
        return body
    top = pl.col("letter_id").is_in(tops["letter_id"].implode())
    return body.with_columns(level=pl.when(top & (pl.col("level") >= 2)).then(pl.col("level") - 1).otherwise("level"))


def _wrapped_markers(body: pl.DataFrame) -> pl.DataFrame:
    """`body` without the top-level headings a copy's line wrapping made: a numeral that a
    sentence broke before (…每周⏎五、周六延长运营至23:00) is out of its headings' order, and the
    line before it is a paragraph's that ends mid-sentence."""
    top = pl.col("level") == 1
    if not body.select(top.any()).item():
        return body
    prev = shift_in("content", "letter_id")
    mid_sentence = prev.str.contains(r"\p{Han}$") & (prev.str.len_chars() >= 20) & shift_in("level", "letter_id").is_null()
    value = pl.when(top).then(numeral_value(pl.col("ordinal_text")))
    last = forward_fill_in(shift_in(value, "letter_id"), "letter_id").fill_null(0)
    wrapped = (top & mid_sentence & (value != last + 1)).fill_null(False)
    if not body.select(wrapped.any()).item():
        return body
    return body.with_columns(level=pl.when(wrapped).then(None).otherwise("level"), marker=pl.when(wrapped).then(None).otherwise("marker"),
                             ordinal_text=pl.when(wrapped).then(None).otherwise("ordinal_text"))


def _arabic_top(body: pl.DataFrame) -> pl.DataFrame:
    """A body without 一、 or （一） whose 1. headings stand on lines of their own (1.夜间消费市场规模稳步扩大,
    （1） under it) has them for its top-level sections, as GB/T 9704 allows where a text needs
    fewer levels: 1. becomes level 1 and （1） level 2. Not where the first 1. comes after the plan's
    lead-in: those are the plan's items."""
    third = pl.col("level") == 3
    standalone = pl.when(third).then(pl.col("content")).str.contains(ARABIC_HEADING).fill_null(False)
    found = body.filter(standalone).select("letter_id").unique()
    if found.height == 0:
        return body
    line = pl.col("line_no")
    tops = (body.join(found, on="letter_id", how="semi").group_by("letter_id")
            .agg(higher=(pl.col("level") <= 2).any(), headings=standalone.sum(),
                 first=line.filter(third).min(), plan=line.filter(pl.col("plan_intro")).min(),
                 # (a 1. again after the plan's heading restarts the count: 下一步打算 / 1、…2、…)
                 ones=line.filter(third & (pl.col("ordinal_text").str.strip_chars() == "1")))
            .filter(~pl.col("higher") & (pl.col("headings") >= 2) & (pl.col("plan").is_null() | (pl.col("first") < pl.col("plan")))))
    if tops.height == 0:
        return body
    # (the 1. items after an unnumbered plan heading restart the count: they are the plan's, 下一步打算 / 1、…)
    second_one = pl.col("ones").list.sort().list.get(1, null_on_oob=True)
    tops = tops.with_columns(_restart=pl.when(second_one > pl.col("plan")).then(second_one))
    body = body.join(tops.select("letter_id", "_restart", _top=pl.lit(True)), on="letter_id", how="left", maintain_order="left")
    before_plan = pl.col("_restart").is_null() | (line < pl.col("_restart"))
    return body.with_columns(level=pl.when(pl.col("_top").fill_null(False) & (pl.col("level") >= 3) & before_plan)
                             .then(pl.col("level") - 2).otherwise("level")).drop("_restart", "_top")


def _bracket_heading(c: pl.Expr) -> pl.Expr:
    """Whether a line is a heading in lenticular brackets (BRACKET_HEADING); only lines that
    start with 【 are tested (null skips)."""
    bracketed = pl.when(c.str.starts_with("【")).then(c)
    return (bracketed.str.contains(BRACKET_HEADING) & ~bracketed.str.contains(BRACKET_NOT)).fill_null(False)


def _leads_in(c: pl.Expr) -> pl.Expr:
    """PLAN_LEAD_IN without REPORTING, or a report of the plan itself (现将下一步工作安排答复如下：);
    only lines ending in a colon are tested (null skips)."""
    colon_ended = pl.when(c.str.ends_with("：") | c.str.ends_with(":")).then(c)
    return ((colon_ended.str.contains(PLAN_LEAD_IN) & ~colon_ended.str.contains(REPORTING))
            | colon_ended.str.contains(PLAN_REPORTED) | colon_ended.str.contains(PLAN_CLOSING_LEAD)).fill_null(False)


def sections(body: pl.DataFrame) -> pl.DataFrame:
    """The section tree of every letter's body (`body_lines`), plus plan (下一步) membership."""
    level = pl.col("level")
    # A heading that is itself the plan (三、下一步工作打算) opens a plan too.
    # (a plan's paragraph right under a heading that is the plan, （二）下一步工作 / 下一步，我关将…, is the
    # heading's text, no plan of its own)
    under_plan_heading = (shift_in("plan_heading", "letter_id").fill_null(False)
                          | ((shift_in("content", "letter_id") == "") & shift_in("plan_heading", "letter_id", n=2)).fill_null(False))
    body = body.with_columns(
        ordinal=numeral_value(pl.col("ordinal_text")).cast(pl.Int32),
        is_plan_intro=(pl.col("plan_intro") & pl.col("ordinal_text").is_null() & ~under_plan_heading).fill_null(False) | pl.col("plan_heading"),
    )
    # Segment ids: a new level-1 heading starts a new top segment; a plan intro starts a plan
    # that lasts until the next level-1 heading.
    body = body.with_columns(plan_no=cum_sum_in(pl.col("is_plan_intro").cast(pl.Int32), "letter_id", "seg1"))
    heads = body.filter(level.is_not_null())
    # Each heading ends where the next heading of the same or a higher level starts.
    next_start = pl.lit(None, pl.Int64)
    for lvl in sorted(LEVEL_PATTERNS):
        after = backward_fill_in(shift_in(pl.when(level <= lvl).then("line_start"), "letter_id", n=-1), "letter_id")
        next_start = pl.when(level == lvl).then(after).otherwise(next_start)
    heads = heads.with_columns(next_start=next_start)
    # Plans also end sections that began inside them (the first plan after the heading in
    # its top segment), and the body end bounds everything.
    plan_starts = body.filter("is_plan_intro").select("letter_id", "seg1", plan_start=pl.col("line_start"))
    heads = heads.join_asof(plan_starts, left_on="line_start", right_on="plan_start", by=["letter_id", "seg1"],
                            strategy="forward", allow_exact_matches=False, check_sortedness=False)
    heads = heads.with_columns(
        char_end=pl.min_horizontal(
            pl.coalesce("next_start", "body_end"),
            # A plan closes the sub-sections before it, not the top-level section holding it.
            pl.when(level > 1).then(pl.col("plan_start")),
            "body_end",
        ),
    ).drop("plan_start")
    # Paths: the ordinals of the enclosing headings.
    heads = heads.with_columns(
        l1=forward_fill_in(pl.when(level == 1).then("marker"), "letter_id", "seg1"),
        _l1_no=forward_fill_in(pl.when(level == 1).then("ordinal"), "letter_id", "seg1"),
    )
    # Each level's marker, carried forward until a higher-level heading starts a new parent, or a
    # plan's lead-in does: it closes the sub-sections before it (…（二）…。下一步，我们将：1.… is 一、/1.).
    parents = heads
    for lvl in (2, 3, 4):
        parents = parents.with_columns(_reset=cum_sum_in(level < lvl, "letter_id")).with_columns(
            forward_fill_in(pl.when(level == lvl).then("marker"), "letter_id", "_reset", "plan_no").alias(f"l{lvl}")
        )
    parts = [pl.col(f"l{k}") for k in (1, 2, 3, 4)]
    parents = parents.drop("_reset").with_columns(
        path=pl.concat_str(
            [pl.when(level >= k).then(p) for k, p in zip((1, 2, 3, 4), parts)],
            separator="/",
            ignore_nulls=True,
        ),
        suggestion_no=pl.when(pl.col("l1").is_not_null()).then(pl.col("_l1_no")),
        heading=pl.col("content").str.replace(r"^" + MARKER_PATTERN[1:] + r"\s*", "").str.replace(ORDINAL_MARK + r"\s*", "").str.replace(r"^【([^】]*)】\s*$", "$1")
        .str.replace(r"^([^【】]+)】\s*$", "$1").str.extract(r"^((?:\d[：:∶]\d|[（(][^（()）。；;]*[）)]|[^。；;：:])*)", 1)
        # (a note in brackets is the heading's, colon and all: 关于调整…的建议（采纳情况：留作参考）)
        # (where a copy ran the body into its heading, the heading ends at the gap the line break
        # left, or at the end of the suggestion's name, or before the plan's own 下一步:
        # 基本情况 近年来，…; 关于“…”的建议近年来，…; 下一步工作计划下一步，我局将…)
        # (not where words are spaced apart: 深化 数字化 改革; the text after the gap reads as a sentence)
        .str.replace(r"^(\S{2,}?)[ \u3000\t]+(?:[^\s，。；]{0,20}[，。；]|[^\s“”「」]\S{5}).*$", "$1")
        .str.replace(r"^(关于\S{2,60}?的(?:建议|提案|意见|问题))[^”」’的\s].{5,}$", "$1")
        .str.replace(r"^((?:下一步|下步|下阶段)\S{0,6}?)(?:下一步|下步|下阶段).+$", "$1"),
        in_plan=pl.col("plan_no") > 0,
    ).drop("_l1_no")
    return parents.with_columns(
        section_id=pl.concat_str("letter_id", pl.lit(":"), pl.col("line_start").cast(pl.String)),
        char_start=pl.col("content_start"),
    )


def section_table(heads: pl.DataFrame) -> pl.DataFrame:
    return schema.conform(heads.sort("letter_id", "char_start"), schema.SECTIONS)


def suggestions(heads: pl.DataFrame) -> pl.DataFrame:
    """Top-level sections answer the proposal's suggestions (一、关于“…”的建议)."""
    top = heads.filter((pl.col("level") == 1) & ~pl.col("is_plan_intro"))
    # (the quote is the topic where it is the heading's whole object, not a word inside it: 关于“十四五”规划实施情况)
    # (a few words may lead it, and the heading may run on into its text: 提案所提“三个短板”的说明, “…”的建议 近年来…)
    quoted = pl.col("heading").str.extract(
        r"^(?:关于)?(?:\p{Han}{0,4}(?:所提|提出的|提到的|中的))?(?:第[" + CN_NUM + r"]+(?:点|条|项)(?:建议|意见|问题))?[“\"「]([^”\"」]+)[”\"」]\s*(?:的|方面的)?\s*(?:建议|问题|意见|提案|说明|情况)?(?:[\s，,。：:].*)?$", 1)
    about = pl.col("heading").str.extract(r"关于(.+?)(?:的|方面的)?(?:建议|问题|意见|提案)?$", 1)
    # (a heading that is all generic words keeps its noun: 关于建议中提出的具体问题, 关于提案所提建议的办理意见)
    # (and one that ends in who raised it: 关于代表提出的问题, 关于建议中提到的问题, 关于提案中提出的几点建议)
    about = pl.when(about.str.contains(r"(?:具体|相关|有关|所提|办理|其他|若干|提出|提到|所提出|几点|几个)$")).then(pl.col("heading").str.extract(r"关于(.+)$", 1)).otherwise(about)
    return schema.conform(
        top.with_columns(topic=pl.coalesce(quoted, about, pl.col("heading"))).sort("letter_id", "char_start"),
        schema.SUGGESTIONS,
    )


def commitments(body: pl.DataFrame, heads: pl.DataFrame) -> pl.DataFrame:
    """The items of every 下一步 plan, from `body_lines` and the `sections`.

    A plan runs from its intro paragraph, or its heading (三、下一步工作打算), to the next
    top-level heading, the end of its heading's section, or the body end. Its items are the
    headings of the shallowest level inside it, else the items it lists as 一是…二是…; a
    plan without items is one commitment (its intro paragraph, or what its heading's section
    says). A 下一步 inside a running paragraph makes that paragraph's remainder a commitment.
    (Headings are given to the items by the caller, from the items' text.)
    """
    c = pl.col("content")
    is_heading = pl.col("marker").is_not_null()
    intro = pl.col("plan_intro") & ~is_heading
    body = body.with_columns(
        intro=intro | pl.col("plan_heading"),
        # Text before a 下一步 that opens a clause in the middle of a paragraph.
        # (a numbered paragraph's too, its heading a sentence of its own: （三）关于加强…培养。我馆每年…。下一步，计划…)
        inline_prefix=pl.when(~intro & (~is_heading | c.str.contains(POINT_ABOUT) | c.str.contains(r"^[^。；;]{2,60}。[^。]")) & c.str.contains("下", literal=True))
        .then(c).str.extract(PLAN_INLINE, 1),
    )
    # A plan starts at the first intro line of its top segment.
    plans = (
        body.filter("intro")
        .filter(group_start("letter_id", "seg1"))
        .select("letter_id", "seg1", "body_end", plan_line=pl.col("line_no"), plan_start=pl.col("content_start"),
                plan_end=pl.col("line_end"), plan_heading="plan_heading",
                # (an intro that announces what follows: 下一步，我局将重点做好以下工作：)
                plan_colon=c.str.contains(r"[：:]\s*$"))
    )
    # (a paragraph that turns to the proposer again ends the plan before it: 您的建议中关于…的意见，我们已…)
    # (not one that goes on to the plan itself: 您提出的…等建议，我们将积极吸纳。下一步重点抓好以下几方面：一是…)
    # (nor one that leads into the items after it: 您提出的…等建议很有针对性，我们将认真吸纳，重点抓好以下工作：)
    addressed = body.filter(~is_heading & c.str.contains(ADDRESSED) & ~c.str.contains(r"下一步|下步|下阶段|今后|以下|如下|[：:]\s*$")).select("letter_id", next_top=pl.col("line_start"))
    seg_end = pl.concat([
        heads.filter(pl.col("level") == 1).select("letter_id", next_top=pl.col("line_start")),
        addressed,
    ]).sort("letter_id", "next_top")
    # A plan that is a heading ends with its section, one below the top level too.
    section_end = heads.select("letter_id", plan_start="char_start", section_end="char_end")
    plans = (
        plans.sort("letter_id", "plan_start")
        .join_asof(seg_end.rename({"next_top": "region_end"}), left_on="plan_start", right_on="region_end",
                   by="letter_id", strategy="forward", allow_exact_matches=False, check_sortedness=False)
        .join(section_end, on=["letter_id", "plan_start"], how="left")
        .with_columns(region_end=pl.min_horizontal(pl.coalesce("region_end", "body_end"), "body_end", "section_end"))
    )
    items = heads.join(plans, on=["letter_id", "seg1"]).filter(
        (pl.col("line_start") > pl.col("plan_start")) & (pl.col("line_start") < pl.col("region_end"))
    )
    items = items.filter(pl.col("level") == pl.col("level").min().over("letter_id", "seg1")).sort("letter_id", "line_start")
    items = items.with_columns(
        ordinal=pl.col("line_start").rank("ordinal").over("letter_id", "seg1").cast(pl.Int32),
        char_end=pl.min_horizontal(
            pl.col("line_start").shift(-1).over("letter_id", "seg1") - 1,  # drop the separating newline
            pl.col("region_end") - 1,
        ),
        char_start=pl.col("content_start"),
        suggestion_no=pl.col("suggestion_no"),
    )
    # (the last item of items set line under line ends at a blank line: what follows it is a
    # paragraph of its own, 此外，我县自2024年起…, not the item's)
    blanks = body.filter(c == "").select("letter_id", blank=pl.col("line_start")).sort("letter_id", "blank")
    if blanks.height and items.height:
        items = items.sort("letter_id", "line_start").join_asof(
            blanks, left_on="line_start", right_on="blank", by="letter_id", strategy="forward", check_sortedness=False)
        next_item = pl.col("line_start").shift(-1).over("letter_id", "seg1")
        spaced = (pl.col("blank") < next_item).fill_null(False).any().over("letter_id", "seg1")
        last = next_item.is_null() & (pl.len().over("letter_id", "seg1") >= 2) & ~spaced & (pl.col("blank") < pl.col("region_end")).fill_null(False)
        items = items.with_columns(char_end=pl.when(last).then(pl.min_horizontal("char_end", pl.col("blank") - 1)).otherwise("char_end")).drop("blank")
    # (a paragraph after a plan's last item that adds to the plan is an item of its own: 此外，我们还将…;
    # 同时，我们将继续把…)
    last_items = items.group_by("letter_id", "seg1").agg(last_line=pl.col("line_start").max(), last_ordinal=pl.col("ordinal").max(),
                                                         region_end=pl.col("region_end").first(), suggestion_no=pl.col("suggestion_no").first())
    past_last = (pl.col("line_start") > pl.col("last_line")) & (pl.col("line_start") < pl.col("region_end"))
    added = (
        body.filter(~is_heading & c.str.contains(ADDED_ITEM))
        .join(last_items, on=["letter_id", "seg1"])
        .filter(past_last)
        .sort("letter_id", "line_start")
        .with_columns(ordinal=pl.col("last_ordinal") + row_in("letter_id", "seg1").cast(pl.Int32) + 1,
                      char_start=pl.col("content_start"), char_end=pl.col("line_end"))
    )
    # (and one that tells what else was done ends the last item: 此外，2024年全市为412名残疾学生…)
    aside = (
        body.filter(~is_heading & c.str.contains(ASIDE) & ~c.str.contains(ADDED_ITEM))
        .join(last_items.select("letter_id", "seg1", "last_line", "region_end"), on=["letter_id", "seg1"])
        .filter(past_last)
        .select("letter_id", "seg1", "line_start")
    )
    cuts = pl.concat([added.select("letter_id", "seg1", "line_start"), aside])
    if cuts.height:
        first_added = cuts.group_by("letter_id", "seg1").agg(_added=pl.col("line_start").min())
        items = items.join(first_added, on=["letter_id", "seg1"], how="left").with_columns(
            char_end=pl.when(pl.col("line_start") < pl.col("_added")).then(pl.min_horizontal("char_end", pl.col("_added") - 1)).otherwise("char_end")).drop("_added")
    # Plans with no numbered items: the intro paragraph is the single commitment.
    single = plans.join(items.select("letter_id", "seg1").unique(), on=["letter_id", "seg1"], how="anti").with_columns(
        ordinal=pl.lit(1, pl.Int32),
        char_start=pl.col("plan_start"),
        char_end=pl.col("plan_end"),
    )
    # 下一步 in the middle of a paragraph that is not itself a plan intro.
    inline = (
        body.filter(pl.col("inline_prefix").is_not_null())
        .join(plans.select("letter_id", "seg1"), on=["letter_id", "seg1"], how="anti")
        .group_by("letter_id", "seg1")
        .agg(pl.all().sort_by("line_no").first())
        .with_columns(
            char_start=pl.col("content_start") + pl.col("inline_prefix").str.len_chars().cast(pl.Int64),
            ordinal=pl.lit(1, pl.Int32),
            # (up to a sentence that turns to the next point: …下步将研究调整。关于“加强护理人员培训”的建议，我局已…)
            _told=c.str.slice(pl.col("inline_prefix").str.len_chars()).str.extract(r"^(.*?[。；;])\s*(?:关于|对于?|针对)(?:您|你|[“\"「])", 1),
        )
        .with_columns(char_end=pl.when(pl.col("_told").is_not_null())
                      .then(pl.col("char_start") + pl.col("_told").str.len_chars().cast(pl.Int64)).otherwise("line_end"))
        .drop("_told")
    )
    # A plan heading without items of its own (三、下一步打算 and a paragraph), or an intro
    # that ends in a colon before a paragraph: what its section says after it is the commitment.
    said = (
        body.filter(c != "").join(single.filter(pl.col("plan_heading") | pl.col("plan_colon")).select("letter_id", "seg1", "plan_line", "region_end"), on=["letter_id", "seg1"])
        .filter((pl.col("line_no") > pl.col("plan_line")) & (pl.col("line_start") < pl.col("region_end")))
        .group_by("letter_id", "seg1").agg(said_start=pl.col("content_start").min(), said_end=pl.col("line_end").max())
    )
    single = single.join(said, on=["letter_id", "seg1"], how="left").with_columns(
        char_start=pl.coalesce("said_start", "char_start"), char_end=pl.coalesce("said_end", "char_end"))
    # A plan of paragraphs, each opening with its plan word (下一步…。下阶段…。今后…): each
    # paragraph is a commitment.
    paragraphs = (
        body.filter(pl.col("intro") & ~pl.col("plan_heading"))
        .join(single.filter(~pl.col("plan_heading")).select("letter_id", "seg1", "plan_start", "region_end"), on=["letter_id", "seg1"])
        .filter((pl.col("content_start") >= pl.col("plan_start")) & (pl.col("line_start") < pl.col("region_end")))
        .sort("letter_id", "line_no")
        .filter(pl.len().over("letter_id", "seg1") >= 2)
        .with_columns(ordinal=row_in("letter_id", "seg1").cast(pl.Int32) + 1, char_start=pl.col("content_start"), char_end=pl.col("line_end"))
    )
    single = single.join(paragraphs.select("letter_id", "seg1").unique(), on=["letter_id", "seg1"], how="anti")
    # A plan without numbered items may still list them as 一是…二是…: each is a commitment.
    listed = _listed_items(body, pl.concat([
        single.select("letter_id", "seg1", r_start="plan_start", r_end="region_end"),
        inline.select("letter_id", "seg1", r_start="char_start", r_end="char_end"),
    ]))
    # (…and a paragraph after such a list that adds to the plan is an item of its own, as after
    # numbered items: 一是…；二是…；三是…。⏎同时，我们将进一步优化…)
    listed_last = listed.group_by("letter_id", "seg1").agg(last_end=pl.col("char_end").max(), last_ordinal=pl.col("ordinal").max()).join(
        single.select("letter_id", "seg1", "region_end"), on=["letter_id", "seg1"])
    added_listed = (
        body.filter(~is_heading & c.str.contains(ADDED_ITEM))
        .join(listed_last, on=["letter_id", "seg1"])
        .filter((pl.col("line_start") > pl.col("last_end")) & (pl.col("line_start") < pl.col("region_end")))
        .sort("letter_id", "line_start")
        .with_columns(ordinal=pl.col("last_ordinal") + row_in("letter_id", "seg1").cast(pl.Int32) + 1,
                      char_start=pl.col("content_start"), char_end=pl.col("line_end"))
        .select("letter_id", "seg1", "ordinal", "char_start", "char_end")
    )
    listed = pl.concat([listed, added_listed], how="vertical_relaxed")
    single = single.join(listed, on=["letter_id", "seg1"], how="anti")
    inline = inline.join(listed, on=["letter_id", "seg1"], how="anti")
    # The single, inline and listed plans belong to the top-level section they sit in.
    sugg = heads.filter(pl.col("level") == 1).select("letter_id", "seg1", suggestion_no="suggestion_no").unique(["letter_id", "seg1"])
    cols = ["letter_id", "suggestion_no", "ordinal", "char_start", "char_end"]
    unheaded = [plan.join(sugg, on=["letter_id", "seg1"], how="left").select(cols) for plan in (single, inline, listed, paragraphs)]
    return pl.concat([items.select(cols), added.select(cols), *unheaded], how="vertical_relaxed")


# An item of a list run into a paragraph, at the start of a line or a clause: written out
# in words (一是…；二是…, 一要…；二要…) or numbered inline (…工作：（1）…；（2）…, 1、…；2、…).
# (将 too: 下一步，我厅将一是…；二是…)
LISTED_SEP = r"^(?:[。；;：:，,！!]|将)?\s*"
# (and circled or half-bracketed numbers: ①…②…, 1）…2）…)
LISTED_ITEM = rf"(?:^|[。；;：:，,！! \u3000]|将)\s*(?:[{CN_NUM}]{{1,2}}[是要]|[（(][{CN_NUM}\d]{{1,2}}[）)]|\d{{1,2}}[、）)]|[①-⑩])"
CIRCLED = [chr(0x2460 + i) for i in range(10)]


def _listed_items(body: pl.DataFrame, regions: pl.DataFrame) -> pl.DataFrame:
    """The 一是, 二是, … items inside each plan region (letter_id, seg1, r_start, r_end), for
    regions that list at least two in order. An item runs to the next one (its separator
    left out), or to the end of its line when it is the last."""
    lines = (
        body.filter(pl.col("content").str.contains(r"[是要）)、①-⑩]"))
        .join(regions, on=["letter_id", "seg1"])
        .filter((pl.col("line_end") > pl.col("r_start")) & (pl.col("line_start") < pl.col("r_end")))
    )
    found = find_spans(lines, LISTED_ITEM, text="content", keep=("seg1", "line_start", "line_end", "content_start", "r_start", "r_end"))
    sep = pl.col("match").str.extract(LISTED_SEP, 0).str.len_chars().cast(pl.Int64)
    marker = pl.col("match").str.slice(sep)
    found = found.with_columns(
        char_start=pl.col("content_start") + pl.col("start") + sep,
        cut=pl.col("content_start") + pl.col("start"),
        ordinal=numeral_value(marker.str.replace_many(CIRCLED, [str(i) for i in range(1, 11)]).str.extract(rf"([{CN_NUM}\d]{{1,2}})", 1)).cast(pl.Int32),
        # The kind of marker (一是, （一）, （1）, 1、, ①): one list uses one kind.
        style=marker.str.replace_all("[①-⑩]", "O").str.replace_all(rf"[{CN_NUM}]", "C").str.replace_all(r"\d", "D").str.replace_all("[(（]", "(").str.replace_all("[)）]", ")"),
    # (not the marker of a plan's own heading: （二）下一步打算 then 一是…；二是…)
    ).filter((pl.col("char_start") > pl.col("r_start")) & (pl.col("char_start") < pl.col("r_end"))).sort("letter_id", "seg1", "char_start")
    # Only the run 一是, 二是, … (of the kind the region's first item uses) from the first
    # item on, and only lists of two or more.
    found = found.filter(pl.col("style") == pl.col("style").first().over("letter_id", "seg1"))
    found = found.filter(pl.col("ordinal") == row_in("letter_id", "seg1") + 1)
    found = found.filter(pl.col("ordinal").max().over("letter_id", "seg1") >= 2)
    next_cut, next_line = shift_in("cut", "letter_id", "seg1", n=-1), shift_in("line_start", "letter_id", "seg1", n=-1)
    char_end = (
        pl.when(next_cut.is_null()).then(pl.col("line_end"))
        .when(next_line == pl.col("line_start")).then(next_cut)
        .otherwise(next_line - 1)  # up to the line break before the next item
    )
    return found.select("letter_id", "seg1", "ordinal", "char_start", char_end=pl.min_horizontal(char_end, "r_end"))
