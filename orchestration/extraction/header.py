"""Header facts of a reply letter: the GB/T 9704 elements around the body.

Each field is one regular expression (or a small cascade) applied to all letters at once,
restricted to the zone where the genre puts it: 发文字号 and 标题 above the salutation,
署名/成文日期/抄送/印发 below the body. Values come from the matching text (full-width
ASCII folded); spans index the stored text.
"""
from __future__ import annotations

import functools

import polars as pl

from . import schema
from .clean import PHRASE_FOLDS
from .frames import group_start, shift_in
from .structure import DATE_LINE
from .text import CN_NUMERAL_CHARS, DATE_IN_WORDS, first_span, numeral_value

CN = "〇○零一二两三四五六七八九十"
BRACKET_OPEN = r"[〔\[【(（〖]"
BRACKET_CLOSE = r"[〕\]】)）〗]"
# 发文字号: 机关代字 + 〔年份〕 + 序号 + 号. The closing bracket or 号 may be lost in the wild.
DOC_NUMBER = (
    # (its code may be spaced out on an old web page: 浙水 提复〔2023〕 15号)
    r"(?P<code>\p{Han}{1,12}(?:[ \u3000]\p{Han}{1,8}){0,3})\s*" + BRACKET_OPEN + r"\s*(?P<year>(?:19|20)\d{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*(?:" + BRACKET_CLOSE
    # (the kind may follow the year: 泉城管〔2023〕提复字第12号, 凤城管〔2024〕提复9号)
    # (and the year and number may be in words, the number then with its 号: 鲤民函〔二〇二六〕十五号)
    + r"\s*)?(?:[提建议复函]{1,3}字|提复|建复|议复)?第?\s*(?P<serial>\d{1,5}|[一二三四五六七八九十百〇○零两]{1,6}(?:号|號))(?:\s*(?:号|號))?"
)
# Type characters that follow the agency's code inside 机关代字 (温科 + 提复).
# (会 is a joint reply's, 会办: 南住建会, 青商会办; 建议 spelled out, 赣水建议字; 办 before 函 is an office's own, 台人才办函)
DOC_TYPE_SUFFIX = r"(?:提案复|建议复|建议|提复|建复|议复|提字|建字|议字|案字|复字|会办|函|发|字|复|议|提|会)+$"
# 建 alone marks a reply to a 建议 (杭人社建), except where it is the agency's own (住建, 城建, 规建,
# a city's 市建: 绍市建函);
# a 自然资源和规划 bureau's 资规 is its code whole (遂自然资规建 → 遂自然资规).
SUGGESTION_SUFFIX = r"([^住城规基市]|资规)建$"

SESSION = (
    r"(?P<session>[\p{Han}]{0,16}?第?(?P<term>[" + CN + r"\d]{1,4})\s*[届屆][\p{Han}]{0,12}?第?\s*"
    r"(?P<no>[" + CN + r"\d]{1,3})\s*次(?:全体)?(?:会议|會議))"
)
SESSION_LEAD = r"^(?:.*?(?:关于对|关于|對|对|您在|你们在|您们在|你在|贵单位在|贵会在|在|于|於))?"
PROPOSAL_NO_TITLE = (
    # (of several answered together, the first: 第0123号、第0156号、第0201号提案)
    # (and one 号 for them all: 第0215、0231号, 第12、35、88号)
    # (or in words: 第五十八号提案)
    r"第?\s*[〔\[【(（]?\s*(?P<no>[0-9A-Za-z]{1,14}(?:[-－][0-9]{1,6})?|[一二三四五六七八九十百零〇]{1,6})\s*[〕\]】)）]?\s*(?:号|(?:[、，,]\s*第?\s*[0-9A-Za-z]{1,14}){1,9}\s*号)\s*(?:[、，,和及与]\s*第?\s*[0-9A-Za-z]{1,14}\s*号\s*){0,9}"
    # (a ministry's own class number after it: 第00876号（医疗卫生类103号）提案)
    r"(?:[（(][^（()）\n]{1,12}[)）]\s*)?(?:集体|重点)?(?:代表|委员|委員)?(?:提案|建议|议案|提案的|建議|議案)"
)
PROPOSAL_NO_BODY = (
    r"(?:提案|建议|议案|建議|議案)\s*[:：]?\s*(?:第|编号\s*[:：]?\s*第?)?\s*(?P<no>[0-9A-Za-z]{1,14}(?:[-－][0-9]{1,6})?)\s*号"
    r"|[(（]\s*(?:第\s*(?P<no2>[0-9A-Za-z]{1,14})\s*号|编号\s*[:：]?\s*(?P<no3>[0-9A-Za-z]{1,14}))\s*[)）]"
)
SALUTATION_TITLES = r"(?:委员|代表|委員|同志|先生|女士|主席|主任)"
CC = r"^(?:抄\s*[送报報])\s*[:：]\s*(.+)$"
# A person's name before another's and the title both share (王丽、陈志刚代表).
_NAME = r"\p{Han}[\p{Han}&&[^局委办室会厅院府部处所队站司行社]]{1,2}"
SHARED_TITLE = r"(^|[，,；;\s、])(" + _NAME + r")、(" + _NAME + r")(代表|委员)([，,；;\s、]|$)"
# (the date may be dotted as the signed one may: 2024.6.19印发)
PRINTED = r"^(.+?)\s+(" + DATE_IN_WORDS + r"|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})\s*印\s*发"
# A form's field for the day it answered (答复日期：2024年7月12日).
FORM_DATE = r"^\s*(?:答\s*复|办\s*复|办\s*理|签\s*发|填\s*报|回\s*复|反\s*馈)\s*(?:日\s*期|时\s*间)\s*[:：]"
# (and a joint signer's role: 台州市数据局（协办）)
SEAL = r"\s*[（(]\s*(?:印|章|盖章|公章|签章|印章|主办|协办|会办|牵头|主办单位|协办单位|会办单位|牵头单位)\s*[）)]\s*$"
AGENCY_END = (
    r"(?:局|委|委员会|委員會|办|办公室|辦公室|厅|廳|院|中心|政府|站|处|處|会|所|公司|部|署|队|隊|馆|館|社|行|集团|党委|支队|大队|分局|海关)$"
)
# A title's own 文号 in brackets after it (…的答复（宁信复〔2025〕17号）): no part of the title.
TITLE_DOC_NO = r"\s*[（(][^（()）]{1,24}号[）)]"
# An agency's name before its ending, a place in brackets in it (中国（浙江）自由贸易试验区舟山片区管理委员会).
AGENCY_NAME = r"(?:\p{Han}|[（(][\p{Han}、]{1,8}[）)]){2,30}"
# One agency's full name, and the second name it bears in brackets (嘉兴市市场监督管理局（嘉兴市知识产权局）).
# (or its company's: 北泉市烟草专卖局（公司）)
ONE_AGENCY = AGENCY_NAME + AGENCY_END[:-1] + r"(?:[（(]\p{Han}{0,30}" + AGENCY_END[:-1] + r"[）)])?"


# A reply letter answers (答复, 复函, 收悉, 办理) something proposed (提案, 建议, 议案) or
# someone who proposed it (委员, 代表). Both halves are needed: a notice or a news item may
# mention proposals without answering one.
# (and a co-handler's opinion to the lead agency: 现提出如下协办意见, …的会办意见)
ANSWERS = r"答\s*[复復覆]|復\s*函|回\s*复|收\s*悉|办理(?:情况|结果|意见)|辦理|现将.{0,12}如下|[会协]办意见|会签意见"
PROPOSED = r"提案|建议|议案|建議|議案|委员|委員|代表"

# One to three agencies on a line, apart by spaces.
JOINT_SIGNERS = r"^\S{1,30}?" + AGENCY_END[:-1] + r"(?:\s+\S{1,30}?" + AGENCY_END[:-1] + r"){0,2}$"

# The labels besides 联系人 that name who handled the reply (承办人：…, 经办人：…).
HANDLER = r"承办人|经办人"
# The name after 联系人：, after the office it works in where that comes first (省卫生健康委
# 基层卫生健康处 刘敏), before a note of its unit (周磊（水生态环境处）) or the phone.
CONTACT_NAME = (
    r"(?:联\s*系\s*人|" + HANDLER + r")(?:及(?:联系)?(?:电话|方式))?\s*[:：]\s*(?:[^\s，,；;。]{2,24}?(?:处|科|室|股|办|局|委|中心|会|联|社|院|馆)\s+)?"
    r"([\p{Han}·][\p{Han}·\s]{0,10}?)(?:\s*(?:[，,;；。\d（()）]|联系|电话|手机|座机|传真|邮箱|$)|[ \t\u3000]*\n)"
)


def looks_like_reply(text: pl.Expr) -> pl.Expr:
    head = text.str.slice(0, 2000)
    return head.str.contains(ANSWERS) & head.str.contains(PROPOSED)


def _date(expr: pl.Expr) -> pl.Expr:
    """Parse 2024年6月28日, 二〇二四年六月二十八日, 2024-06-28, 2022726 to a Date."""
    return expr.map_batches(_dates, return_dtype=pl.Date)


def _dates(s: pl.Series) -> pl.Series:
    """`_date` of a whole column, each part computed once."""
    text = pl.col("s")
    f = pl.DataFrame({"s": s}).with_columns(
        ymd=text.str.extract_groups(
            r"(?P<y>\d{4}|[" + CN + r"OＯ]{4})\s*年\s*(?P<m>\d{1,2}|[" + CN + r"]{1,3})\s*月\s*(?P<d>\d{1,2}|[" + CN + r"]{1,3})\s*日"
        ),
        iso=text.str.extract_groups(r"(?P<y>\d{4})[.\-/](?P<m>\d{1,2})[.\-/](?P<d>\d{1,2})"),
        # A bare run of digits (2022726): year, then the month/day split that yields a valid date.
        bare=text.str.extract(r"^\s*(20\d{2}\s*\d{3,4})\s*$", 1).str.replace_all(r"\s", ""),
    )
    ymd, iso, bare = pl.col("ymd").struct.field, pl.col("iso").struct.field, pl.col("bare")
    f = f.with_columns(
        y=pl.coalesce(numeral_value(ymd("y").str.replace_all("[OＯ]", "〇")), iso("y").cast(pl.Float64)),
        m=pl.coalesce(numeral_value(ymd("m")), iso("m").cast(pl.Float64)),
        d=pl.coalesce(numeral_value(ymd("d")), iso("d").cast(pl.Float64)),
    )
    bare_date = pl.coalesce(
        pl.when(bare.str.len_chars() == 8).then(bare.str.to_date("%Y%m%d", strict=False)),
        pl.when(bare.str.len_chars() == 7).then(
            pl.coalesce(
                (bare.str.slice(0, 4) + "0" + bare.str.slice(4, 1) + bare.str.slice(5, 2)).str.to_date("%Y%m%d", strict=False),
                (bare.str.slice(0, 6) + "0" + bare.str.slice(6, 1)).str.to_date("%Y%m%d", strict=False),
            )
        ),
    )
    return f.select(pl.coalesce(_safe_date(pl.col("y"), pl.col("m"), pl.col("d")), bare_date).alias(s.name)).to_series()


def _safe_date(y: pl.Expr, m: pl.Expr, d: pl.Expr) -> pl.Expr:
    ok = y.is_between(1949, 2100) & m.is_between(1, 12) & d.is_between(1, 31)
    s = pl.when(ok).then(
        pl.format("{}-{}-{}", y.cast(pl.Int32), m.cast(pl.Int32).cast(pl.String).str.zfill(2), d.cast(pl.Int32).cast(pl.String).str.zfill(2))
    )
    return s.str.to_date("%Y-%m-%d", strict=False)


def _issuer_code(written: pl.Expr) -> pl.Expr:
    """The agency's code in a 文号's 机关代字, without the kind of document after it (温科提复 → 温科).
    建 is 建议's only where no 提 or 议 names the kind already and more than a city's one character
    stands before it: 洛民建复 → 洛民, but 嘉建提复 and 嘉建函 are a 住建 bureau's, 嘉建."""
    code = written.str.replace(DOC_TYPE_SUFFIX, "")
    kind_named = written.str.slice(code.str.len_chars()).str.contains(r"^[提议案]")
    # (建复 after 住 or 城 is the bureau's 建 and a reply: 昆住建复 → 昆住建; and 建字, 建议复: 石住建字, 宁住建议复)
    code = pl.when(code.str.contains("[住城]$") & written.str.contains("[住城]建(?:复|字|议)")).then(code + "建").otherwise(code)
    # (a province's or a city's one character is no agency: 湘建复, 苏建议复, 鲁建议字 are its 住建's, 湘建)
    code = pl.when((code.str.len_chars() == 1) & written.str.slice(1, 1).eq("建")).then(code + "建").otherwise(code)
    return pl.when((code.str.len_chars() >= 3) & ~kind_named).then(code.str.replace(SUGGESTION_SUFFIX, "$1")).otherwise(code)


def extract_headers(letters: pl.DataFrame, lines: pl.DataFrame, zone: pl.DataFrame) -> pl.DataFrame:
    """One row per letter with every header field of schema.HEADERS."""
    z = zone.select("letter_id", "sal_line", "salutation", "salutation_start", "salutation_end", "body_line", "end_line", "lead_date_line",
                    "body_start", "body_end", "text_end")
    # Lines with their letter's zones, sorted by letter_id, line_no like `lines`.
    lz = lines.join(z, on="letter_id", how="left", maintain_order="left")
    head = lz.filter(pl.col("line_no") < pl.coalesce("sal_line", pl.lit(12)))
    c = pl.col("content")

    # 发文字号: the first one above the salutation (cited numbers in the body are never taken).
    docs = first_span(letters.join(z.select("letter_id", "salutation_start"), on="letter_id"), DOC_NUMBER,
                      keep=("salutation_start",))
    docs = docs.filter(pl.col("start") < pl.coalesce("salutation_start", pl.lit(400))).select("letter_id", "match", "start", "end")
    # …else one on a line of its own below the body (some print it at the bottom left, above 抄送).
    below = (
        lz.filter((pl.col("content_start") >= pl.col("body_end")) & c.str.contains(r"^\s*" + DOC_NUMBER + r"\s*$"))
        .filter(group_start("letter_id"))
        .join(docs.select("letter_id"), on="letter_id", how="anti")
        .select("letter_id", match=c.str.strip_chars(),
                start=pl.col("content_start") + c.str.len_chars().cast(pl.Int64) - c.str.strip_chars_start().str.len_chars().cast(pl.Int64))
        .with_columns(end=pl.col("start") + pl.col("match").str.len_chars().cast(pl.Int64))
    )
    docs = (
        pl.concat([docs, below])
        .with_columns(g=pl.col("match").str.extract_groups(DOC_NUMBER))
        .select(
            "letter_id",
            doc_number=pl.col("match").str.replace_all(r"\s", ""),
            issuer_code=_issuer_code(pl.col("g").struct.field("code").str.replace_all(r"\s", "")),
            doc_year=numeral_value(pl.col("g").struct.field("year").str.replace_all("○", "〇")).cast(pl.Int32),
            doc_serial=numeral_value(pl.col("g").struct.field("serial").str.replace(r"[号號]$", "")).cast(pl.Int32),
            doc_number_start="start",
            doc_number_end="end",
        )
    )
    # 标题: the block ending in 答复/复函 above the salutation, starting at its 关于/对 line.
    title_end = (
        # (or a report on how it was handled: …第45号建议办理情况的报告)
        # (and its own 文号 in brackets after it: …建议的答复（宁信复〔2025〕17号）)
        head.filter(c.str.contains(r"(?:答\s*复|复\s*函|答\s*覆|回\s*复|復\s*函|办理(?:情况|意见)(?:的\s*报\s*告)?|[会协]办意见|的\s*函)\s*(?:函|意见|书|表)?(?:" + TITLE_DOC_NO + ")?$")  # (a form: …代表建议办理情况答复表)
                    # (a line break inside 答复: …第26号建议的答 / 复)
                    | (c.str.contains(r"^[复覆]\s*函?$") & shift_in("content", "letter_id").str.ends_with("答").fill_null(False)))
        .group_by("letter_id").agg(title_line=pl.col("line_no").max())
    )
    title_lines = head.join(title_end, on="letter_id").filter(pl.col("line_no") <= pl.col("title_line"))
    # The title starts at its last 关于/对 line, or is the single 答复 line.
    title_start = (
        title_lines.group_by("letter_id")
        .agg(
            # (or the agency's name before 对: 农业农村部对十四届全国人大二次会议 / 第4127号建议的答复)
            opener=pl.col("line_no").filter(c.str.contains(r"^(?:关于|对|關於|對|\p{Han}{0,30}关于|\p{Han}{1,30}[部委局厅办院会府]对)")).max(),
            title_line=pl.col("title_line").first(),
        )
        .select("letter_id", start_line=pl.coalesce("opener", "title_line"))
    )
    # The agency's name on the line right above 关于 is the title's first line (上海市浦东新区人民政府 /
    # 关于…会议 / 第0123号代表建议的答复); a masthead stands apart, above the 文号.
    # (and so are the names of agencies replying together: 台州市残疾人联合会　台州市民政局)
    agency_above = title_lines.join(title_start, on="letter_id").filter(
        (pl.col("line_no") == pl.col("start_line") - 1)
        & c.str.contains(r"^" + ONE_AGENCY + r"(?:[\s、]+" + ONE_AGENCY + ")*$")
        & ~c.str.contains(r"关于|对|答复|文件$")
    ).select("letter_id", agency_line="line_no")
    title_start = title_start.join(agency_above, on="letter_id", how="left").select(
        "letter_id", start_line=pl.coalesce("agency_line", "start_line"))
    titles = (
        title_lines.join(title_start, on="letter_id")
        .filter(pl.col("line_no") >= pl.col("start_line"))
        .sort("letter_id", "line_no")
        .group_by("letter_id")
        .agg(title=c.str.join(""), title_start=pl.col("content_start").first(), title_end=pl.col("line_end").last())
        # (a word spaced out in a traditional letter folds once its spaces are gone: 答　覆　函 → 答复函)
        .with_columns(title=pl.col("title").str.replace_all(r"\s+", "").str.replace_many(list(PHRASE_FOLDS), list(PHRASE_FOLDS.values())))
        # (a web page's label before it is no part of it: 【标题】关于…, 【建议答复】关于…)
        .with_columns(_label=pl.col("title").str.extract(r"^(【[^】]{1,8}】)(?:关于|对)", 1).str.len_chars().fill_null(0).cast(pl.Int64))
        .with_columns(title=pl.col("title").str.slice(pl.col("_label")), title_start=pl.col("title_start") + pl.col("_label")).drop("_label")
        .with_columns(_doc=pl.col("title").str.extract("(" + TITLE_DOC_NO + ")$", 1).str.len_chars().fill_null(0).cast(pl.Int64))
        .with_columns(title=pl.col("title").str.head(pl.col("title").str.len_chars().cast(pl.Int64) - pl.col("_doc")), title_end=pl.col("title_end") - pl.col("_doc")).drop("_doc")
    )
    # The acknowledgement paragraph: the first body line (…所提的《…》收悉).
    # (not a web page's or a form's field: 公开方式：主动公开, 办理结果：A类; and where no salutation
    # opens the body, the line that acknowledges the proposal: …提出的《…》收悉)
    opening_lines = lz.filter((pl.col("line_no") >= pl.col("body_line")) & (c != "") & ~c.str.contains(
        r"^\s*(?:公开方式|公开属性|公开类型|发布时间|发布日期|来源|签发人|办理结果|答复类别|密级|紧急程度|主题词|索引号|分类)\s*[:：]"))
    acknowledging = (
        opening_lines.filter(pl.col("sal_line").is_null() & (pl.col("line_no") < pl.col("body_line") + 20)
                           & c.str.contains(r"收悉|提出的|所提|领衔"))
        .filter(group_start("letter_id")).select("letter_id", _ack=c)
    )
    ack = (
        opening_lines.filter(group_start("letter_id")).select("letter_id", ack=c)
        .join(acknowledging, on="letter_id", how="left").select("letter_id", ack=pl.coalesce("_ack", "ack"))
    )
    hz_text = head.group_by("letter_id").agg(head=c.str.join("\n"))

    # A letter stops short when no closing was found and its last line ends mid-sentence.
    ending = letters.select("letter_id", last=pl.col("mtext").str.strip_chars().str.slice(-1))
    base = (
        letters.select("letter_id")
        .join(z.select("letter_id", "salutation", "salutation_start", "salutation_end", "body_end", "text_end"), on="letter_id", how="left")
        .join(ending, on="letter_id", how="left")
        .with_columns(truncated=(pl.col("body_end") >= pl.col("text_end")) & ~pl.col("last").str.contains(r"[。！？!?”」）)》…\d日]"))
        .join(docs, on="letter_id", how="left")
        .join(titles, on="letter_id", how="left")
        .join(ack, on="letter_id", how="left")
        .join(hz_text, on="letter_id", how="left")
    )
    # Each field below reads some of these more than once: compute them once.
    base = base.with_columns(
        _title_or_head=pl.coalesce("title", "head"),
        # Without the courtesy before it, the sector (经济界别) or group size around it:
        # 尊敬的经济界别李明委员（经济界）, 李明委员等5人.
        _sal_core=pl.col("salutation").str.replace(r"^(?:尊敬的|尊敬|敬爱的)", "").str.replace_all(r"\s", "")
        # (but a 界别 addressed as a whole, 市政协经济界别委员, is the proposer: a group)
        .str.replace(r"^(\p{Han}{1,10}界别)(?:各位)?(?:委员|委員)(?:们|們)?$", "$1")
        .str.replace(r"^\p{Han}{1,8}界别(\p{Han})", "$1").str.replace(r"[（(][^（()）]*[）)]$", "")
        # (张宁委员等, 王芳委员等5位委员)
        .str.replace(r"(" + SALUTATION_TITLES + r")等(?:(?:\d+|[" + CN_NUMERAL_CHARS + r"]+)[人名位]" + SALUTATION_TITLES + r"?)?$", "$1"),
    )
    title_or_head, ack, sal_core = pl.col("_title_or_head"), pl.col("ack"), pl.col("_sal_core")
    base = base.with_columns(
        _sess=pl.concat_str([title_or_head, ack], separator="\n", ignore_nulls=True).str.extract_groups(SESSION),
        _ack_no=ack.str.extract_groups(PROPOSAL_NO_BODY),
    )
    sess = pl.col("_sess")
    proposal_no = pl.coalesce(
        title_or_head.str.extract_groups(PROPOSAL_NO_TITLE).struct.field("no"),
        title_or_head.str.extract_groups(PROPOSAL_NO_BODY).struct.field("no"),
        pl.col("_ack_no").struct.field("no"),
        pl.col("_ack_no").struct.field("no2"),
        pl.col("_ack_no").struct.field("no3"),
        ack.str.extract_groups(PROPOSAL_NO_TITLE).struct.field("no"),  # …提出的第45号提案《…》
        # (a form's field above a title without one: 建议编号：第41号)
        pl.when(pl.col("title").is_not_null()).then("head").str.extract_groups(PROPOSAL_NO_BODY).struct.field("no"),
    )
    # Who proposed it: the addressee, unless the acknowledgement names someone else, as
    # a co-handling agency's letter to the lead agency does (由民盟市委会提出的《…》).
    # (贵局转来的张建华委员等提出的《…》, 贵局主办的、由王建国委员提出的《…》 too).
    # (and where agencies are addressed, 主送 to several, the names the acknowledgement opens
    # with or puts in brackets: 吴建华、周丽萍等5位代表在…提出的; 《…》（陈立新委员提出）)
    # (the ends of a group's name that proposes: a party's committee, a federation, a sector)
    group_end = r"(?:委员会|委会|支社|工商联|联合会|总工会|妇联|科协|侨联|界别|小组|总支|支部)"
    to_person = sal_core.str.contains(r"(?:代表|委员|委員|同志|先生|女士)$").fill_null(False)
    # (the group's size may come after the title: 许文涛委员等6人)
    names = r"([^各诸贵您你\W\d]\p{Han}{1,3}(?:、\p{Han}{2,4})*(?:等(?:\d+|[一二三四五六七八九十]+)[位名人])?(?:代表|委员)(?:等(?:\d+|[一二三四五六七八九十]+)[位名人])?)"
    # (由贵委主办、我局协办的九三学社金华市委会提出的《…》: a co-handling agency's opinion)
    named = pl.coalesce(ack.str.extract(r"^(?:由?(?:贵|你)\p{Han}{1,2}(?:主办|转来|转办|交办)(?:[、，,]?我\p{Han}{1,2}(?:协办|会办))?的?[、，,]?\s*由?|由)\s*([^的，,。；\s]{2,30}?)\s*(?:提出|所提|领衔提出)的", 1).str.replace(r"等$", "")
                        # (not the meeting it was proposed at: 贵局转来的叶建明委员在市政协五届三次会议上提出的)
                        .str.replace(r"^(\p{Han}{2,12}?(?:代表|委员|委員)|\p{Han}{2,20}?" + group_end + r")(?:在|于)\p{Han}{2,24}?(?:会议|会)(?:期间|上)?$", "$1"),
                        pl.when(~to_person).then(pl.coalesce(
                            # (after the session it was proposed at: 市十六届人大三次会议期间，张建国代表提出的)
                            ack.str.extract(r"^(?:[^，,。；《]{2,30}(?:期间|会议上|会上)[，,]\s*)?" + names + r"(?:们)?(?:在|于|领衔|联名|提出|所提)", 1),
                            ack.str.extract(r"[（(]" + names + r"(?:领衔)?提出[）)]", 1),
                            # (a group: 九三学社湖南省委员会在省政协…期间提出的《…》)
                            ack.str.extract(r"^(\p{Han}{2,20}?" + group_end + r")(?:在|于)[^，。；《]{0,30}?(?:提出|所提)的", 1),
                            # (a group a lead agency's letter names, to a co-handler: 贵厅转来的民进江西省委会《…》,
                            # 民进江西省委会《…》收悉, 该提案由民进江西省委会提出)
                            ack.str.extract(r"^(?:由?(?:贵|你)\p{Han}{1,2}(?:主办|转来|转办|交办)的[、，,]?\s*)?(\p{Han}{2,20}?" + group_end + r")(?:所提的?|提出的|的)?《", 1),
                            ack.str.extract(r"由(\p{Han}{2,20}?" + group_end + r")(?:领衔)?提出", 1))))
    # (…read as the size before it: 许文涛委员等6人 → 许文涛等6位委员)
    # (the addressee named by its 贵 is no one new: 贵总支部提出的《…》)
    named = pl.when(named.str.contains(r"^(?:贵|你|您)")).then(None).otherwise(named)
    # (…and named twice: 马俊杰代表等8名代表)
    named = named.str.replace(r"(代表|委员)等(\d+|[一二三四五六七八九十]+)[位名人](?:代表|委员)?$", "等${2}位$1")
    sal_core = pl.coalesce(named, sal_core)
    # (a title before the name: 市人大代表张晓峰, 临江市政协委员李明)
    # (and the size of the group after it: 市人大代表孙志刚等5名代表)
    titled = sal_core.str.extract_groups(r"^\p{Han}{0,8}?(?P<t>人大代表|政协委员|政協委員)(?P<n>\p{Han}{2,4}?)"
                                         r"(?:等(?:\d+|[" + CN_NUMERAL_CHARS + r"]+)[名位人](?:代表|委员|委員))?$")
    who = sal_core.str.replace(r"(?:等)?(?:(?:\d+|[" + CN_NUMERAL_CHARS + r"]+)[名位])?" + SALUTATION_TITLES + r"$", "")
    # …and after each name of a list (周建华委员、沈晓燕委员).
    # (and its group's size: 杨蕾等15位代表、泸州代表团)
    who = who.str.replace_all(r"(?:等(?:\d+|[" + CN_NUMERAL_CHARS + r"]+)[名位人])?" + SALUTATION_TITLES + r"([、，,])", "$1")
    # Honorific region/body prefixes before a deputy's name (王亚春区人大代表 → 王亚春).
    who = who.str.replace(r"(?:[省市县区縣區]?(?:人大|政协|政協))$", "").str.replace(r"[省市县区縣區]$", "")
    who = who.str.replace(r"等$", "").str.replace(r"(\p{Han})联名$", "$1")  # (…、九三学社无锡市委会联名)
    # (a deputy's town or delegation before the name, as county replies address township deputies:
    # 龙塘镇杨秀芬代表, 雅阳镇代表团周德明等代表; and who proposed it with them: …代表联名提出建议的黄志强等5位代表)
    who = pl.when(sal_core.str.contains(r"(?:代表|委员|委員)$")).then(who.str.replace(r"^\p{Han}{2,12}?(?:镇|乡|街道|代表团|代表组)(\p{Han}{2,4})$", "$1").str.replace(
        r"^[^的，,]{2,40}?(?:提出|联名|领衔)[^的，,]{0,8}的(\p{Han}{2,4})$", "$1")).otherwise(who)
    who = pl.coalesce(titled.struct.field("n"), who)
    # (the first-named decides: 王海军委员、农工党仙居县总支 is a member's)
    first_person = sal_core.str.extract(r"^([^、，,]{2,12})[、，,]", 1)
    person_kind = (
        pl.when(titled.struct.field("t") == "人大代表").then(pl.lit("deputy"))
        .when(titled.struct.field("t").is_not_null()).then(pl.lit("member"))
        .when(first_person.str.contains(r"代表$")).then(pl.lit("deputy"))
        .when(first_person.str.contains(r"(?:委员|委員)$")).then(pl.lit("member"))
        .when(sal_core.str.contains(r"代表$")).then(pl.lit("deputy"))
        .when(sal_core.str.contains(r"(?:委员|委員)$")).then(pl.lit("member"))
    )
    org_end = r"(?:委员会|委員會|委会|党|民盟|民建|民进|农工|致公|九三|台盟|民革|工商联|协会|学会|联合会|商会|总工会|团|妇联|科协|侨联|支部|总支|支社|委|社|界别|小组|组|会|单位|政府|局|办)"
    org = sal_core.str.contains(org_end + "$") & ~first_person.str.contains(r"(?:代表|委员|委員)$").fill_null(False)
    # A body named first with members after it (致公党金华市委会、刘建国委员) proposed as a body: the
    # first-named decides.
    first_org = sal_core.str.extract(r"^([^、，,]{5,30})[、，,]", 1).str.contains(org_end + "$").fill_null(False)
    person_kind = pl.when(~first_org).then(person_kind)
    org = org | first_org
    # (a report on a batch of suggestions to the standing committee, 县人大常委会, or a copy to a
    # government office names who receives it, not who proposed)
    # (nor does a lead agency a co-handler writes to: 省教育厅, 市住建局)
    # (a co-handler's reply to the lead agency names the proposer by a label: （提案人：民革宁波市委会）)
    head_and_ack = pl.concat_str([pl.col("head"), ack], separator="\n", ignore_nulls=True)
    labelled = head_and_ack.str.extract(r"(?:提案人|建议人|领衔代表|领衔人|提出人)\s*[:：]\s*([^）)\n，,。；;、]{2,30})", 1)
    addressee_only = (sal_core.str.contains(r"人大常委会|人代工委|代表工作委员会|选举任免联络工作委员会|提案委员会|提案委$|政府办公室$|政府办公厅$|督查室$"
                                            r"|^\p{Han}{1,12}(?:厅|局|厅局|委办|管委会)$")
                      # (a commission too, where a label names the proposer: 市发展改革委 … （提案人：赵立群委员）)
                      | (sal_core.str.contains(r"^\p{Han}{2,12}委$") & labelled.is_not_null())).fill_null(False)
    # (the label may say the kind: 领衔代表：陈志强)
    labelled_deputy = head_and_ack.str.contains(r"(?:领衔|附议)代表\s*[:：]")
    ptitle = pl.coalesce(
        # a form's field above the letter (建议标题：关于…的建议) names it in full
        pl.col("head").str.extract(r"(?m)^(?:建议|提案|议案)(?:标题|题目|名称)\s*[:：]\s*《?([^《》\n]{4,120}?)》?\s*$", 1),
        ack.str.extract(r"《([^》]{4,120})》", 1),
        # (a quote that names a title: 关于… or …的提案/建议 follows, not a slogan: “见面率、落实率、满意率”)
        ack.str.extract(r"[“\"](关于[^”\"]{2,120}?)[”\"]", 1),
        ack.str.extract(r"[“\"]([^”\"]{4,120}?)[”\"]\s*的?(?:提案|建议|议案|建議|議案)", 1),
        ack.str.extract(r"(关于[^，。；,;]{2,100}?的(?:提案|建议|议案|建議|議案))", 1),
    )
    header = base.with_columns(
        session=sess.struct.field("session").str.replace(SESSION_LEAD, ""),
        committee_term=numeral_value(sess.struct.field("term")).cast(pl.Int32),
        session_no=numeral_value(sess.struct.field("no")).cast(pl.Int32),
        proposal_no=pl.when(proposal_no.str.contains(r"^[一二三四五六七八九十百零〇]+$"))
        .then(numeral_value(proposal_no).cast(pl.Int64).cast(pl.String)).otherwise(proposal_no.str.replace(r"^0+(\d)", "$1")),
        proposal_title=ptitle,
        proposer=pl.when((who.str.len_chars() > 0) & ~addressee_only).then(who).otherwise(labelled.str.replace(SALUTATION_TITLES + "$", "")),
        proposer_kind=pl.when(~addressee_only).then(pl.coalesce(person_kind, pl.when(org).then(pl.lit("organisation"))))
        .otherwise(pl.when(labelled.str.contains(r"(?:委员|委員)$")).then(pl.lit("member")).when(labelled.str.contains("代表$") | labelled_deputy).then(pl.lit("deputy"))
                   .when(labelled.str.contains(org_end + "$")).then(pl.lit("organisation"))),
    )
    # The body that met decides (政协 → proposal, 人大 → suggestion); else the document's
    # own word for what it answers (提案 / 建议, 议案); else who is addressed.
    session, kind = pl.col("session"), pl.col("proposer_kind")
    cppcc, npc = r"政协|政協", r"人大|人民代表大会|人民代表大會"
    proposal_word, suggestion_word = r"提案", r"议案|議案|建议|建議"
    body_kind = pl.lit(None, pl.String)
    for src in (ack, title_or_head, session):  # later sources take precedence
        body_kind = (
            pl.when(src.str.contains(proposal_word)).then(pl.lit("proposal"))
            .when(src.str.contains(suggestion_word)).then(pl.lit("suggestion"))
            .otherwise(body_kind)
        )
    body_kind = (
        pl.when(session.str.contains(cppcc)).then(pl.lit("proposal"))
        .when(session.str.contains(npc)).then(pl.lit("suggestion"))
        .otherwise(body_kind)
    )
    body_kind = pl.coalesce(
        body_kind,
        pl.when(kind == "member").then(pl.lit("proposal")).when(kind == "deputy").then(pl.lit("suggestion")),
    )
    header = header.with_columns(body_kind=body_kind)
    # A person addressed as 同志 (先生, 女士) proposed what the letter answers: a 提案 comes
    # from a CPPCC member, a 建议 from a deputy.
    comrade = sal_core.str.contains(r"(?:同志|先生|女士)$") & pl.col("proposer_kind").is_null()
    header = header.with_columns(proposer_kind=pl.when(comrade).then(
        pl.col("body_kind").replace_strict({"proposal": "member", "suggestion": "deputy"}, default=None)
    ).otherwise("proposer_kind")).drop("_title_or_head", "_sal_core", "_sess", "_ack_no")
    return header.join(_closing(lz), on="letter_id", how="left")


def _closing(lz: pl.DataFrame) -> pl.DataFrame:
    """署名, 成文日期, 联系人, 抄送 and 印发 from the lines below the body."""
    c = pl.col("content")
    tail = lz.filter(pl.col("line_no") >= pl.col("body_line"))
    # Most lines below the body start are body text: cheap tests spare them the patterns
    # (filtered out, or null: extract skips null rows).
    # 印发 line: agency and date followed by 印发.
    printed = (
        tail.filter(c.str.contains("印", literal=True)).filter(c.str.contains(PRINTED))
        .group_by("letter_id").agg(c.sort_by("line_no").last().alias("p"))
        .select(
            "letter_id",
            printed_by=pl.col("p").str.extract(PRINTED, 1).str.strip_chars(),
            printed_date=_date(pl.col("p").str.extract(PRINTED, 2)),
        )
    )
    # 成文日期: the last standalone date line (optionally preceded on the line by the signer).
    # (a date right under the salutation too: the closing's, where there is one, is later)
    dated = lz.filter((pl.col("line_no") >= pl.col("body_line")) | (pl.col("line_no") == pl.col("lead_date_line"))).with_columns(
        date_part=pl.when(c.str.contains(r"[\d日]\s*$")).then(c).str.extract(r"(\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|" + DATE_IN_WORDS + r"|20\d{5,6}|20\d{2}\s+\d{3,4})\s*$", 1),
    ).filter(pl.col("date_part").is_not_null()).filter(~c.str.contains("印发") & (
        c.str.contains(DATE_LINE) | c.str.contains(r"^\p{Han}{2,30}" + AGENCY_END[:-1] + r"\s+(?:\d{4}|[〇○零OＯ一二三四五六七八九]{4})\s*年")
        # (or a form's field: 答复日期：2024年7月12日)
        | c.str.contains(FORM_DATE)
    ))
    signed = (
        dated.group_by("letter_id").agg(pl.all().sort_by("line_no").last())
        .with_columns(same_line_signer=c.str.extract(r"^(\S.*?)\s+\S+$", 1))
        .select(
            "letter_id",
            date_line="line_no",
            signed_date=_date(pl.col("date_part")),
            signed_date_end=pl.col("line_end"),
            signed_date_start=pl.col("line_end") - pl.col("date_part").str.len_chars().cast(pl.Int64)
            - (pl.col("line_end") - pl.col("content_start") - c.str.len_chars().cast(pl.Int64)),
            same_line_signer="same_line_signer",
            same_line_start="content_start",
        )
    )
    # 署名: the nearest non-empty line above the date, when it names an agency.
    # (a note in brackets on a line of its own, （此件公开发布）, （长兴县应急管理局代章）, is skipped)
    # (and so is a line of joint signers' roles under their names: （主办）　　（协办）)
    nonblank = tail.filter((c != "") & ~c.str.contains(r"^\s*(?:[（(][^（()）]*[）)]\s*)+$")).select("letter_id", "line_no", "content", "content_start")
    # (a date of year and month alone, 2023年11月, dates no signing but gives the letter's year, and the signer is above it)
    month_only = (
        tail.filter(c.str.contains("月", literal=True)).filter(c.str.contains(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*$"))
        .group_by("letter_id").agg(pl.all().sort_by("line_no").last())
        .select("letter_id", month_line="line_no", signed_year=pl.col("content").str.extract(r"((?:19|20)\d{2})", 1).cast(pl.Int32))
    )
    date_lines = pl.concat([signed.select("letter_id", "date_line"),
                            month_only.join(signed, on="letter_id", how="anti").select("letter_id", date_line="month_line")]).sort("letter_id")
    # The signer, without the note of its seal (温州市科学技术局（印）).
    # (and without another name it goes by, in brackets: 嘉兴市综合行政执法局（嘉兴市城市管理局）)
    # (and each joint signer's role, side by side on one line: 庐江县粮食和物资储备局（主办）　　庐江县供销合作社（协办）)
    # (the first of joint signers may have one too: 绍兴市综合行政执法局（市城市管理局）    绍兴市生态环境局)
    signed_text = c.str.replace(SEAL, "").str.replace_all(r"[（(]\p{Han}{0,30}" + AGENCY_END[:-1] + r"[）)](\s+|\s*$)", "$1").str.strip_chars_end()
    signer = signed_text.str.replace_all(r"\s*[（(]\s*(?:主办|协办|会办|牵头)(?:单位)?\s*[）)](\s+)", "$1")
    # A signing line: one agency, or two or three side by side (联合答复: 临泽县农业农村局  临泽县财政局);
    # its agencies joined by 、, and its span.
    signs = signer.str.contains(JOINT_SIGNERS) & ~signer.str.contains(r"[，。；,:：]")

    def signed_by(name: str) -> dict[str, pl.Expr]:
        return {name: signer.str.replace_all(r"\s+", "、"), f"{name}_start": pl.col("content_start"),
                f"{name}_end": pl.col("content_start") + signed_text.str.len_chars().cast(pl.Int64)}

    # (the signing lines by their number, for the signers stacked above the nearest one)
    signing = nonblank.filter(signs).select("letter_id", pl.col("line_no").alias("up"), **signed_by("up_sig")).drop("up_sig_end")
    above = (
        date_lines.join_asof(nonblank, left_on="date_line", right_on="line_no", by="letter_id", strategy="backward",
                             allow_exact_matches=False, check_sortedness=False)
        .filter(signs)
        .select("letter_id", "line_no", **signed_by("sig"))
    )

    def stacked(above: pl.DataFrame) -> pl.DataFrame:
        """A joint reply stacks its signers one per line (主办 first, then 协办: 济南市住房和城乡建设局 /
        济南市自然资源和规划局 / 济南市财政局): up to three, joined by 、."""
        for _ in range(2):
            lead = (
                above.join_asof(nonblank.select("letter_id", "line_no").rename({"line_no": "up"}), left_on="line_no", right_on="up",
                                by="letter_id", strategy="backward", allow_exact_matches=False, check_sortedness=False)
                .join(signing, on=["letter_id", "up"])
            )
            above = above.join(lead.select("letter_id", "up", "up_sig", "up_sig_start"), on="letter_id", how="left").select(
                "letter_id", "sig_end",
                line_no=pl.coalesce("up", "line_no"),
                sig=pl.when(pl.col("up").is_not_null()).then(pl.concat_str("up_sig", pl.lit("、"), "sig")).otherwise("sig"),
                sig_start=pl.coalesce("up_sig_start", "sig_start"),
            )
        return above.drop("line_no")

    above = stacked(above)
    # Web copies sometimes put the signer below the date, ahead of the contact details
    # (舞钢市教育体育局  联系电话:…): its first field, when that names an agency.
    below = (
        date_lines.join_asof(nonblank, left_on="date_line", right_on="line_no", by="letter_id", strategy="forward",
                             allow_exact_matches=False, check_sortedness=False)
        .with_columns(first_field=c.str.extract(r"^(\S{2,30}?)(?:\s|$)", 1))
        .filter(pl.col("first_field").str.contains(AGENCY_END) & ~pl.col("first_field").str.contains(r"[，。；,:：]"))
        .select("letter_id", below=pl.col("first_field"), below_start="content_start")
    )
    # Without a date line (the date only in the 印发 line), the last line below the body that
    # is an agency alone, above the copies and the print line, signs.
    closing = nonblank.join(lz.select("letter_id", "end_line").unique("letter_id"), on="letter_id").filter(pl.col("line_no") >= pl.col("end_line"))
    stop = closing.filter(pl.col("content").str.contains(CC) | pl.col("content").str.contains("印发", literal=True)).group_by("letter_id").agg(stop=pl.col("line_no").min())
    undated = (
        # (a date under the salutation is no closing's date line)
        closing.join(date_lines.join(lz.select("letter_id", "body_line").unique("letter_id"), on="letter_id")
                     .filter(pl.col("date_line") >= pl.col("body_line")), on="letter_id", how="anti")
        .join(stop, on="letter_id", how="left")
        .filter(pl.col("line_no") < pl.coalesce("stop", pl.lit(1 << 30)))
        .filter(signs)
        .group_by("letter_id").agg(pl.all().sort_by("line_no").last())
        .select("letter_id", "line_no", **signed_by("sig"))
        .pipe(stacked).rename({"sig": "sig2", "sig_start": "sig2_start", "sig_end": "sig2_end"})
    )
    # A 联系单位/承办单位 line names the agency when the signature is missing, and so does a
    # joint reply's labelled signers (主办单位：湖州市科学技术局 / 协办单位：湖州市财政局): the lead's.
    unit_line = (
        tail.filter(c.str.contains(r"^(?:联\s*系|承\s*办|主\s*办)\s*单\s*位\s*[:：]"))
        .filter(group_start("letter_id"))
        .select("letter_id", unit=c.str.extract(r"[:：]\s*(\S+)", 1))
    )
    # (a form names the office that answers in a field above the body: 主办单位：武义县民政局)
    form_unit = (
        lz.filter((pl.col("line_no") < pl.col("body_line")) & c.str.contains(r"^\s*(?:主\s*办|承\s*办|办\s*理|答\s*复)\s*单\s*位\s*[:：]\s*\S"))
        .filter(group_start("letter_id"))
        .select("letter_id", form_unit=c.str.extract(r"[:：]\s*([^\s，,、；;]+)", 1))
    )
    unit_line = unit_line.join(form_unit, on="letter_id", how="full", coalesce=True).select("letter_id", unit=pl.coalesce("unit", "form_unit"))
    # Contact and phone anywhere below the body start.
    # (a form's fields above the salutation name them too, after what the closing says:
    # 联系人：黄丽娟 / 联系电话：… under 建议题目 and 办理单位)
    form_fields = lz.filter((pl.col("line_no") < pl.col("body_line")) & c.str.contains(r"^\s*(?:联\s*系\s*人|联系电话|" + HANDLER + ")"))
    contact_src = (
        pl.concat([tail.filter(c.str.contains(r"联\s*系|电\s*话|" + HANDLER)).with_columns(_form=pl.lit(False)),
                   form_fields.with_columns(_form=pl.lit(True))])
        # (a contact line before a body's sentence that names a hotline: 公布投诉举报电话0572-2398000)
        .with_columns(_unlabelled=~c.str.contains(r"联\s*系|" + HANDLER))
        .sort("letter_id", "_form", "_unlabelled", "line_no")
        .group_by("letter_id", maintain_order=True).agg(ct=c.str.join("\n"))
    )
    contact = contact_src.select(
        "letter_id",
        # (an office written close before the name: 营销部陈晓东, 市妇联发展部郭晓燕)
        contact_name=pl.col("ct").str.extract(CONTACT_NAME, 1).str.replace_all(r"\s", "")
        .str.replace(r"^\p{Han}+?(?:部|处|司|科|室|股|办|中心|局|委|队|所)(\p{Han}{2,3})$", "$1"),
        contact_phone=pl.coalesce(
            pl.col("ct").str.extract(
                # (spaces around the dash too: 0731 - 88770123)
                # (and a space inside the local number: 0571-8765 4321)
                r"(?:电\s*话|联系电话|联系方式|手机)[^\d\n(（]{0,12}?(1\d{10}|(?:\d{3,4}\s?[-－]\s?)?(?:\d{7,8}|\d{3,4} \d{4})|[(（]\d{3,4}[)）]\s*\d{7,8})(?:\D|$)", 1).str.replace_all(r"\s", "").str.replace("－", "-"),
            # (a number after the name with no label: 联系人：陆建华（…），0573-82071234)
            pl.col("ct").str.extract(r"(?:^|[^\d-])(1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?:[^\d]|$)", 1)),
    )
    cc = (
        # (抄报 to superiors and 抄送 to peers, each on its own line: all of them)
        tail.filter(c.str.contains(CC))
        .group_by("letter_id").agg(c.str.extract(CC, 1).str.strip_chars_end("。.；;，, ").sort_by(pl.col("line_no")).str.join("，").alias("cc_line"))
        .select(
            "letter_id",
            # Copy counts such as (2份) are not recipients.
            cc=pl.col("cc_line")
            .str.replace_all(r"[(（]?\s*\d+\s*份\s*[)）]", "")
            # (nor a scraped page's buttons after them: 【打印本页】【关闭窗口】)
            .str.replace(r"\s*【[^】]*】.*$", "")
            .str.strip_chars_end("。.；;，, ")
            # (a set phrase of places is one recipient: 各区、县（市）综合行政执法局, 各县（市、区）)
            .str.replace_all(r"(各\p{Han}{1,2})、(\p{Han}{1,2}[（(])", "${1}\u0002${2}")
            .str.replace_all(r"([（(]\p{Han}{1,2})、(\p{Han}{1,2}[）)])", "${1}\u0002${2}")
            # (names that share one title carry it each: 王丽、陈志刚代表 → 王丽代表, 陈志刚代表)
            .pipe(lambda line: functools.reduce(lambda l, _: l.str.replace_all(SHARED_TITLE, "$1$2$4、$3$4$5"), range(3), line))
            .str.replace_all(r"[，,、；;\s]+", "\u0001")
            .str.replace_all("\u0002", "、", literal=True)
            .str.split("\u0001"),
        )
        .with_columns(cc=pl.col("cc").list.eval(pl.element().str.strip_chars().filter(pl.element().str.len_chars() > 0)))
    )
    out = (
        lz.select("letter_id").unique()
        .join(signed, on="letter_id", how="left")
        .join(month_only.drop("month_line"), on="letter_id", how="left")
        .join(above, on="letter_id", how="left")
        .join(below, on="letter_id", how="left")
        .join(undated, on="letter_id", how="left")
        .join(unit_line, on="letter_id", how="left")
        .join(printed, on="letter_id", how="left")
        .join(contact, on="letter_id", how="left")
        .join(cc, on="letter_id", how="left")
    )
    same_line = pl.col("same_line_signer").str.strip_chars()
    same_line_ok = same_line.str.contains(AGENCY_END)
    return out.with_columns(
        signature_agency=pl.coalesce(pl.col("sig").str.strip_chars(), pl.when(same_line_ok).then(same_line), "below", "sig2", "unit"),
        signature_start=pl.coalesce("sig_start", pl.when(same_line_ok).then("same_line_start"), "below_start", "sig2_start"),
        signature_end=pl.coalesce(
            "sig_end",
            pl.when(same_line_ok).then(pl.col("same_line_start") + same_line.str.len_chars().cast(pl.Int64)),
            pl.col("below_start") + pl.col("below").str.len_chars().cast(pl.Int64),
            "sig2_end",
        ),
        cc=pl.coalesce("cc", pl.lit([], pl.List(pl.String))),
    ).drop("date_line", "sig", "sig_start", "sig_end", "sig2", "sig2_start", "sig2_end", "same_line_signer", "same_line_start", "unit", "below", "below_start")


def header_table(header: pl.DataFrame) -> pl.DataFrame:
    flags = pl.concat_list(
        pl.when(pl.col("doc_number").is_null()).then(pl.lit("no_doc_number")),
        pl.when(pl.col("signed_date").is_null()).then(pl.lit("no_signed_date")),
        pl.when(pl.col("salutation").is_null()).then(pl.lit("no_salutation")),
        pl.when(pl.col("signature_agency").is_null()).then(pl.lit("no_signature")),
        pl.when(pl.col("truncated")).then(pl.lit("truncated")),
    ).list.drop_nulls()
    header = header.with_columns(flags=flags)
    letter_year = pl.coalesce(
        "doc_year", pl.col("signed_date").dt.year(), "signed_year", pl.col("printed_date").dt.year(),
        pl.col("title").str.extract(r"((?:19|20)\d{2})年", 1).cast(pl.Int32),
    )
    return schema.conform(header.with_columns(letter_year=letter_year.cast(pl.Int32)), schema.HEADERS)
