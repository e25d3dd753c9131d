"""Numbers in tables flattened into pipe rows, whose unit sits in a label or a header.

Readers turn a table into lines `| cell | cell |` (docx, html; some letters are typed that
way). A cell holding a number with its unit (| 新增企业 | 120家 |) is found by the
quantity pattern like any other mention. A bare number is a quantity only by its table:

    | 指标 | 2022年 | 2023年 |
    | 民宿数量（家） | 152 | 186 |
    | 营业收入（亿元） | 1.5 | 1.9 |

Its unit is the one noted in its row's label (民宿数量（家）) or in its column's header
(完成值（万元）); the first row of a table is its header, and a header that names a year
dates its column, one that names a target (目标, 计划) makes its column targets.
"""
from __future__ import annotations

import polars as pl

from . import units as U
from .frames import cum_sum_in, shift_in
from .text import find_spans, slice_text

TABLE_ROW = r"(?m)^[ \t]*\|[^\n]*\|[ \t]*$"
# A unit noted at the end of a label or header: 营业收入（亿元）, 完成值(万元).
UNIT_NOTE = r"[（(]\s*(?P<mult>" + U.alternation(U.MULTIPLIERS) + r")?(?P<unit>" + U.alternation(U.UNITS) + r")\s*[）)]\s*$"
# (a rate's cell may be below zero: -2.3; a goal's may be bounded or a range: ≥93, 不少于350, 99以上, 22-25)
NUMBER_CELL = (r"^(\s*(?:[≥≤＞＜><]=?|约|近|不少于|不低于|不超过|不高于|超过|超|达到|达)?\s*)(-?\d[\d,]*(?:\.\d+)?)"
               r"(?:\s*[-~～至]\s*(\d[\d,]*(?:\.\d+)?))?\s*(以上|以下|以内|左右)?\s*$")
# A cell that is a unit alone: 亿元, 万人, （家）.
UNIT_CELL = r"^\s*[（(]?\s*(?P<mult>" + U.alternation(U.MULTIPLIERS) + r")?(?P<unit>" + U.alternation(U.UNITS) + r")\s*[）)]?\s*$"
# A header naming a year, alone or with what its column holds (2023年, 2025年目标, 2022年完成值).
# (and its unit noted after it: 2022年决算数（亿元）)
YEAR_HEADER = r"^\s*((?:19|20)\d{2})\s*(?:年度?[^\d|（(]{0,6})?\s*(?:[（(][^（()）|]{1,8}[）)])?\s*$"
# …or months of a year (2024年1-10月, 2024年前三季度): the year's months it covers.
MONTHS_HEADER = (r"^\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<m1>\d{1,2})\s*[-~至到]\s*(?P<m2>\d{1,2})\s*月(?:份)?|(?P<q>前三季度|上半年|下半年|第?一季度|前两季度))"
                 r"[^\d|]{0,6}\s*$")
QUARTER_MONTHS = {"前三季度": (1, 9), "上半年": (1, 6), "下半年": (7, 12), "一季度": (1, 3), "第一季度": (1, 3), "前两季度": (1, 6)}
TARGET_HEADER = r"目标|计划|预计"
# What a year's header may say besides its year that names no measure (2022年完成值, 2023年决算数).
YEAR_ALONE = r"\d|^[（(]|^(?:完成值?|实际值?|数值?|完成数|实绩|决算数?|预算数?|执行数?|数据|情况|累计|合计|小计|增长|同比\S*|全年|年末|年底|底|末)$"
RANK_HEAD = r"位次|排名|名次|排位"
# A table's unit noted in the line above it: （单位：万元）, 单位:亿元.
CAPTION_UNIT = r"单位\s*[:：]\s*(?P<mult>" + U.alternation(U.MULTIPLIERS) + r")?(?P<unit>" + U.alternation(U.UNITS) + r")"
# …and a second unit there, for the columns that are of it (单位：台、万元: 台 for the counts,
# 万元 for | 补贴资金 |).
CAPTION_UNIT2 = r"单位\s*[:：][^\n）)、，,/]*[、，,/]\s*(?P<mult>" + U.alternation(U.MULTIPLIERS) + r")?(?P<unit>" + U.alternation(U.UNITS) + r")"
MONEY_HEAD = r"资金|金额|投资|经费|补贴|补助|奖补|奖励|费用|收入|产值|营业额|销售额|总额|预算|支出|元"
CAPTION_CHARS = 80
CAPTION_LINE_CHARS = 400  # (the paragraph above, for the time it is told at)
# A caption naming goals or a plan (建设目标如下, 2025年工作计划表), not how they went (目标完成情况).
CAPTION_TARGET = r"(?:目标|计划|任务)值?(?:如下|表|[（(]|[:：]?\s*$)"
# A column of rates (乡镇覆盖率, 占比, 同比增长).
RATE_HEAD = r"(?:率|比例|比重|占比|增长|增速|增幅)\s*$"
# …and its time (截至2024年6月末辖内主要银行贷款情况如下：; 2023年全市主要指标), for columns
# whose headers name none.
# (or months of it: 2024年1-10月全县外贸主要指标)
CAPTION_TIME = r"\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?:(?P<m0>\d{1,2})\s*[-~至到—]\s*)?(?P<m>\d{1,2})\s*月)?"
CAPTION_PERIOD = r"(?P<asof>截至|截止到?)?" + CAPTION_TIME
CAPTION_ASOF = r"(?P<asof>截至|截止到?)" + CAPTION_TIME  # (a point in time only)
# A header naming what its column measures (贷款余额（亿元）, 不良贷款率, 比年初增长): a row
# labels what is measured (国有大型银行), the column the measure; the subject is both.
MEASURE_HEAD = r"余额|总额|金额|增长|增速|增幅|增量|比重|占比|率|数量|收入|产值|规模|面积|人数|户数|家数|个数|投资|价格|利润|税收|资金|任务|产量|新建|新增|改造|提升|建设|标准\s*(?:[（(]|$)|限额|比例"

# A header over a rule's amounts (起付标准, 报销比例, 年度最高支付限额, 补助额度, 收费价格).
RULE_COLUMN = r"标准|限额|上限|下限|封顶|起付|比例|额度|补助|补贴|奖励|费率|价格|收费"

# The candidate columns `metrics.candidates` gives every mention.
CANDIDATE_COLUMNS = {
    "rank_lead": pl.String, "rank": pl.String, "rank_unit": pl.String, "rank_top": pl.Boolean, "num": pl.String, "num2": pl.String,
    "yu": pl.String, "mult": pl.String, "mult0": pl.String, "unit_raw": pl.String, "post": pl.String, "is_cn": pl.Boolean,
    "den": pl.String,
}


def table_cells(framed: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Bare numbers in the body's pipe tables whose unit the table notes, shaped like
    `metrics.candidates` plus `table_year` and `table_target` (the column header's); and what
    the headers say of every other cell below them (letter_id, cell_start, cell_end and the
    same table_ columns), for the mentions with a unit of their own inside them
    (| 高新技术企业 | 120家 | under 2022年; | 一级 | 300元 | under 起付标准).

    `framed` holds letter_id, mtext, body_start and body_end."""
    piped = framed.filter(pl.col("mtext").str.contains("|", literal=True))
    if piped.height == 0:
        return _empty(framed), _empty_context()
    rows = find_spans(piped, TABLE_ROW, keep=("body_start", "body_end"))
    rows = rows.filter((pl.col("start") >= pl.col("body_start")) & (pl.col("end") <= pl.col("body_end")))
    if rows.height == 0:
        return _empty(framed), _empty_context()
    # A table is a run of rows on consecutive lines; its first row is its header.
    rows = rows.sort("letter_id", "start").with_columns(
        first=(pl.col("start") != shift_in("end", "letter_id") + 1).fill_null(True)
    ).with_columns(table=cum_sum_in("first", "letter_id"), row=pl.int_range(pl.len(), dtype=pl.UInt32))
    # Cells with their offsets: each is followed by its |, so a cell starts after the
    # lengths (plus one) of the cells before it in its row.
    cells = rows.with_columns(cell=pl.col("match").str.split("|")).with_columns(
        col=pl.int_ranges(pl.col("cell").list.len())
    ).explode("cell", "col").with_columns(
        cell_start=pl.col("start") + cum_sum_in(pl.col("cell").str.len_chars().cast(pl.Int64) + 1, "row")
        - pl.col("cell").str.len_chars().cast(pl.Int64) - 1,
    )
    header = cells.filter("first").select(
        # (a bare % after a name notes the unit as brackets would: 同比增长%)
        "letter_id", "table", "col", head=pl.col("cell").str.strip_chars().str.replace(r"(\p{Han})\s*[%％]$", "$1（%）")
    )
    label = cells.filter(pl.col("col") == 1).select("row", label=pl.col("cell").str.strip_chars())
    # A row may give its unit a column of its own (| 外贸进出口总额 | 亿元 | 3871.6 |).
    row_unit = (
        cells.filter(~pl.col("first") & (pl.col("col") >= 2))
        .with_columns(_unit=pl.col("cell").str.extract_groups(UNIT_CELL))
        .filter(pl.col("_unit").struct.field("unit").is_not_null())
        .group_by("row").agg(row_unit=pl.col("_unit").first())
    )
    # …or the table as a whole, in the line above it (表1 转移支付情况（单位：万元）), a blank line between or not.
    def line_above(width: int) -> pl.Expr:
        return slice_text("mtext", pl.col("start") - width, pl.col("start")).str.extract(r"([^\n]*)\n?(?:[ \t\u3000]*\n)?[ \t\u3000]*$", 1)
    caption = (
        rows.filter("first").select("letter_id", "table", "start")
        .join(piped.select("letter_id", "mtext"), on="letter_id")
        .with_columns(_above=line_above(CAPTION_CHARS), _line=line_above(CAPTION_LINE_CHARS))
        # The time its caption names dates the table (2023年全市主要指标如下：); a time in an
        # earlier sentence of the paragraph does only where it is a point the state is told at
        # (截至2023年5月底，全省累计…。其中，2022年完成…。各设区市情况如下：) or a time a sentence
        # opens with, not a year of one part of it (较2022年翻了一番).
        .with_columns(_last=pl.col("_line").str.extract(r"([^。；;！!？?]*)[。；;！!？?：:\s]*$", 1).str.extract_groups(CAPTION_PERIOD),
                      _asof=pl.col("_line").str.extract_groups(CAPTION_ASOF),
                      # (…or a time a sentence of it opens with: 2024年，全省科技保险保费收入…。各险种…情况如下：)
                      # (not where a later time or the present takes over: 2023年，…。今年1-5月，…。目前重点推进的项目情况如下：)
                      _open=pl.when(~pl.col("_line").str.extract(r"(?:^|[。；;])\s*(?:19|20)\d{2}\s*年[^。；;，,]{0,8}[，,](.*)$", 1)
                                    .str.contains(r"今年|去年|上年|本年|目前|当前|现有|截至|同期").fill_null(True))
                      .then(pl.col("_line").str.extract_groups(r"(?:^|[。；;])\s*" + CAPTION_PERIOD + r"(?:底|末)?[，,]")))
        .select("letter_id", "table", caption_unit=pl.col("_above").str.extract_groups(CAPTION_UNIT),
                caption_unit2=pl.when(pl.col("_above").str.contains(r"单位\s*[:：][^\n）)]*[、，,/]")).then(pl.col("_above")).str.extract_groups(CAPTION_UNIT2),
                caption_period=pl.when(pl.col("_last").struct.field("y").is_not_null()).then("_last")
                .when(pl.col("_asof").struct.field("y").is_not_null()).then("_asof").otherwise("_open"),
                # (a caption that notes percent beside its unit, for the columns of rates: 单位：万台、%)
                caption_pct=pl.col("_above").str.contains(r"单位\s*[:：][^\n）)]*[、，,/]\s*[%％]"),
                # (and a caption that names goals: 2025—2027年全省充电设施建设目标如下)
                caption_target=pl.col("_above").str.contains(CAPTION_TARGET))
    )
    body = (
        cells.filter(~pl.col("first") & (pl.col("col") >= 2))
        .with_columns(_cell=pl.col("cell").str.extract_groups(NUMBER_CELL))
        .with_columns(num=pl.col("_cell").struct.field("2"), num2=pl.col("_cell").struct.field("3"), post=pl.col("_cell").struct.field("4"),
                      _lead=pl.col("_cell").struct.field("1").str.len_chars().cast(pl.Int64))
        # (the cell's number with its bound, range and 以上, without the spaces around them)
        .with_columns(_core=pl.col("cell").str.strip_chars_end().str.len_chars().cast(pl.Int64) - pl.col("_lead"))
        .drop("_cell")
        # (a cell that holds a number with its unit, for its context; not an empty one)
        .filter(pl.col("num").is_not_null() | pl.col("cell").str.contains(r"\d"))
        .join(label, on="row", how="left")
        .join(row_unit, on="row", how="left")
        .join(header, on=["letter_id", "table", "col"], how="left")
        .join(caption, on=["letter_id", "table"], how="left")
    )
    # The row's label notes the unit, else the column's header does (with its 万/亿), else
    # the row's unit column.
    in_label = pl.col("label").str.extract_groups(UNIT_NOTE)
    in_head = pl.col("head").str.extract_groups(UNIT_NOTE)
    # (but a column of rates is in percent whatever its rows count: | 执业医师（人） | 5860 | 7.9 | under 增长（%）)
    # (and a column of ranks takes no unit: its cells are places, not amounts: | 3 | under 全市位次)
    is_money = lambda unit: unit.struct.field("unit").str.ends_with("元").fill_null(False)  # noqa: E731
    second = pl.col("caption_unit2").struct.field("unit").is_not_null()
    money_second = second & is_money(pl.col("caption_unit2")) & ~is_money(pl.col("caption_unit"))
    money_first = second & is_money(pl.col("caption_unit")) & ~is_money(pl.col("caption_unit2")) & (pl.col("caption_unit2").struct.field("unit") != "%")
    note = (pl.when(pl.col("head").str.contains(RANK_HEAD).fill_null(False)).then(None)
            .when(in_head.struct.field("unit").is_in(["%", "‰", "个百分点", "百分点"])).then(in_head)
            .when(in_label.struct.field("unit").is_not_null()).then(in_label)
            .when(in_head.struct.field("unit").is_not_null()).then(in_head)
            .when(pl.col("row_unit").struct.field("unit").is_not_null()).then(pl.col("row_unit"))
            .when(pl.col("caption_pct").fill_null(False) & pl.col("head").str.contains(RATE_HEAD).fill_null(False)).then(pl.struct(mult=pl.lit(None, pl.String), unit=pl.lit("%")))
            # (of a caption's two units, the money's for the columns of money, the other's for the rest)
            .when(money_second & pl.col("head").str.contains(MONEY_HEAD).fill_null(False)).then(pl.col("caption_unit2"))
            .when(money_first & ~pl.col("head").str.contains(MONEY_HEAD).fill_null(True)).then(pl.col("caption_unit2"))
            .otherwise(pl.col("caption_unit")))
    by_caption_unit = in_label.struct.field("unit").is_null() & in_head.struct.field("unit").is_null() & pl.col("row_unit").struct.field("unit").is_null()
    body = body.with_columns(_note=note, _by_caption_unit=by_caption_unit).with_columns(unit_raw=pl.col("_note").struct.field("unit"), mult=pl.col("_note").struct.field("mult"))
    out = body.filter(pl.col("unit_raw").is_not_null() | pl.col("num").is_null()).with_columns(
        match=pl.col("num"),
        start=pl.col("cell_start") + pl.col("_lead"),
    ).with_columns(
        end=pl.col("start") + pl.col("_core"),
        # (or the row's label, marked as a plan: | 2023年（计划） | 106 |)
        table_target=pl.col("head").str.contains(TARGET_HEADER).fill_null(False) | pl.col("caption_target").fill_null(False)
        | pl.col("label").str.contains(r"[（(](?:" + TARGET_HEADER + r")[）)]\s*$").fill_null(False),
        _months=pl.col("head").str.extract_groups(MONTHS_HEADER),
    )
    out = out.with_columns(_label_months=pl.col("label").str.extract_groups(MONTHS_HEADER))
    months, label_months = pl.col("_months").struct, pl.col("_label_months").struct
    quarter = lambda m, i: m.field("q").replace_strict({k: v[i] for k, v in QUARTER_MONTHS.items()}, default=None, return_dtype=pl.Int32)  # noqa: E731
    column_year = pl.coalesce(pl.col("head").str.extract(YEAR_HEADER, 1), months.field("y")).cast(pl.Int32)
    # (a row labelled by a year alone dates its cells as a header would: 2019 | 19 | 15 under 年份;
    # and so does a row labelled by months of a year: 2024年1-6月 | 29 | 24)
    label_year = pl.coalesce(pl.col("label").str.extract(r"^\s*((?:19|20)\d\d)\s*年?度?\s*$", 1), label_months.field("y")).cast(pl.Int32)
    head_year = pl.coalesce(column_year, label_year)
    cap = pl.col("caption_period").struct
    by_caption = head_year.is_null() & cap.field("y").is_not_null()
    # A column of growth (增长, 同比) beside dated columns compares the last of them with the one
    # before: it is the last one's, a year or months of one (| 2023年 | 2024年1-6月 | 同比增长（%） |).
    col_m1 = pl.coalesce(months.field("m1").cast(pl.Int32), quarter(months, 0))
    col_m2 = pl.coalesce(months.field("m2").cast(pl.Int32), quarter(months, 1))
    out = out.with_columns(_hy=column_year, _hm1=col_m1, _hm2=col_m2)
    # (a goal's column is no result to compare: | 2025年 | 同比增长% | 2026年目标 |)
    last = (out.filter(pl.col("_hy").is_not_null() & ~pl.col("head").str.contains(TARGET_HEADER).fill_null(False)).sort("col").group_by("letter_id", "table")
            .agg(_gy=pl.col("_hy").last(), _gm1=pl.col("_hm1").last(), _gm2=pl.col("_hm2").last()))
    out = out.join(last, on=["letter_id", "table"], how="left").drop("_hy", "_hm1", "_hm2")
    growth = head_year.is_null() & pl.col("head").str.contains(r"^\s*(?:增长|增幅|增速|同比|比上年|较上年)").fill_null(False)
    # (the header past its year, for the measure a dated or a goal's column names)
    after_year = _head_name(pl.col("head")).str.replace(r"^(?:19|20)\d{2}年度?", "")
    out = out.with_columns(
        table_year=pl.coalesce(head_year, pl.when(growth).then("_gy"), cap.field("y").cast(pl.Int32)),
        table_m1=pl.when(by_caption).then(pl.coalesce(cap.field("m0"), cap.field("m")).cast(pl.Int32)).otherwise(pl.coalesce(
            col_m1, label_months.field("m1").cast(pl.Int32), quarter(label_months, 0), pl.when(growth).then("_gm1"))),
        table_m2=pl.when(by_caption).then(cap.field("m").cast(pl.Int32)).otherwise(pl.coalesce(
            col_m2, label_months.field("m2").cast(pl.Int32), quarter(label_months, 1), pl.when(growth).then("_gm2"))),
        # (截至 a time is a point in time: the cells have no start)
        table_asof=by_caption & cap.field("asof").is_not_null(),
        # (rows by year name what they measure in their column's header: | 2021年 | 108.6 | under 缴存额（亿元）)
        table_head=pl.when((head_year.is_null() | label_year.is_not_null()) & ~pl.col("head").str.contains(TARGET_HEADER)
                           & (pl.col("head").str.contains(MEASURE_HEAD) | label_year.is_not_null() | pl.col("_by_caption_unit")
                              # (a name before a unit note says what its column measures: 泊位数（个）, 安全防护（公里）)
                              | pl.col("head").str.contains(r"\p{Han}\s*" + UNIT_NOTE))
                           # (…unless the row's label is what it counts: 58 under 项目数（个） in the row 省重大项目)
                           & ~_counts_label(pl.col("head"), pl.col("label")))
        .then(_head_name(pl.col("head")).str.replace(r"^其中[:：]?", ""))
        # (a year's header that names its measure after the year names the cells too: 2025年省运会金牌（枚）)
        .when(column_year.is_not_null() & ~pl.col("head").str.contains(TARGET_HEADER)).then(
            after_year.pipe(lambda name: pl.when((name.str.len_chars() >= 2) & ~name.str.contains(YEAR_ALONE)).then(name)))
        # (and a goal's header that names its measure past the goal's word: 年度计划投资（亿元）, 计划新增)
        .when(pl.col("head").str.contains(TARGET_HEADER) & ~_counts_label(pl.col("head"), pl.col("label"))).then(
            after_year.str.replace(r"[（(][^（()）]*[）)]$", "")
            .pipe(lambda name: pl.when(name.str.replace_all(TARGET_HEADER + r"|年度|全年|值|数", "").str.len_chars() >= 2).then(name))),
    ).drop("_gy", "_gm1", "_gm2")
    # (a cell with its own unit is named by its column's header where that names a rule's amount,
    # not a year or a goal: | 一级 | 300元 | under 起付标准; its row's label names it elsewhere)
    # (and so is one under a column of rates: | 合肥市 | 98.5% | under 自来水普及率)
    # (and one in a row by year, as the row's other cells are: | 2022年 | 98.5% | under 支出进度)
    named = (((head_year.is_null() & pl.col("head").str.contains(RULE_COLUMN + "|" + RATE_HEAD)) | (column_year.is_null() & label_year.is_not_null()))
             & ~pl.col("head").str.contains(TARGET_HEADER + r"|\d") & (pl.col("head").str.len_chars() <= 12)).fill_null(False)
    context = out.filter(pl.col("num").is_null()).select(
        "letter_id", "cell_start", cell_end=pl.col("cell_start") + pl.col("cell").str.len_chars().cast(pl.Int64),
        table_year="table_year", table_m1="table_m1", table_m2="table_m2", table_target="table_target", table_asof="table_asof",
        table_head=pl.when(named).then(pl.col("head").str.replace_all(r"\s", "")),
    ).filter(pl.col("table_year").is_not_null() | pl.col("table_target") | pl.col("table_head").is_not_null())
    return _shape(out.filter(pl.col("num").is_not_null()), framed), context


def _head_name(head: pl.Expr) -> pl.Expr:
    """A column's header without its unit note or spaces: what the column measures."""
    return head.str.replace(UNIT_NOTE, "").str.replace_all(r"\s", "")


def _counts_label(head: pl.Expr, label: pl.Expr) -> pl.Expr:
    """Whether a column's header counts what the row's label names (项目数 for 省重大项目)."""
    stem = _head_name(head).str.replace(r"(?:个数|数量|数)$", "")
    return (stem.str.len_chars() >= 2) & head.str.contains(r"数\s*(?:[（(][^（()）]*[）)])?\s*$") & label.str.replace_all(r"\s", "").str.ends_with(stem)


def _shape(found: pl.DataFrame, framed: pl.DataFrame) -> pl.DataFrame:
    missing = {name: pl.lit(None, dtype) for name, dtype in CANDIDATE_COLUMNS.items() if name not in found.columns}
    found = found.with_columns(**missing).with_columns(is_cn=pl.lit(False))
    return found.select(
        pl.col("letter_id").cast(framed.schema["letter_id"]), "match", "start", "end", *CANDIDATE_COLUMNS,
        "table_year", "table_m1", "table_m2", "table_target", "table_asof", "table_head",
    )


CONTEXT = {"letter_id": pl.String, "cell_start": pl.Int64, "cell_end": pl.Int64, "table_year": pl.Int32, "table_m1": pl.Int32,
           "table_m2": pl.Int32, "table_target": pl.Boolean, "table_asof": pl.Boolean, "table_head": pl.String}


def _empty_context() -> pl.DataFrame:
    return pl.DataFrame(schema=CONTEXT)


def _empty(framed: pl.DataFrame) -> pl.DataFrame:
    schema = {"letter_id": framed.schema["letter_id"], "match": pl.String, "start": pl.Int64, "end": pl.Int64,
              **CANDIDATE_COLUMNS, "table_year": pl.Int32, "table_m1": pl.Int32, "table_m2": pl.Int32, "table_target": pl.Boolean,
              "table_asof": pl.Boolean, "table_head": pl.String}
    return pl.DataFrame(schema=schema)
