"""Tables a copy flattened, rewritten as the pipe rows `tables.py` reads.

Copied out of a PDF or a web page, a table loses its grid in one of two ways:

    指标名称  单位  2023年完成  同比增长（%）          columns apart by runs of spaces
    社会消费品零售总额  亿元  2708.3  7.9                (or tabs, or full-width spaces)

    类别                                                 one cell per line: the header's
    项目数（个）                                          cells, then each row's
    省重大项目                                            (the first number's line tells
    58                                                   how many cells a row has)

Each becomes `| 类别 | 项目数（个） |` rows. The whitespace between cells, newlines
included, is overwritten in place by a `|` and spaces, so offsets do not move; only a row
without indentation before it, or without a space after it, needs a `|` inserted, and
those insertions are returned for the offsets to be mapped back.
"""
from __future__ import annotations

import re

# A whole table on one line, a web page's cells apart by single spaces or tabs, under a
# caption before a colon: 港口 泊位数（个） 吞吐量（万吨） 周口港 72 3820 信阳港 41 1160
ONE_LINE_HINT = r"[\p{Han}）)](?:[ \t\u3000]+[0-9][0-9.,]*[%％]?){2,}[ \t\u3000]+[\p{Han}0-9]"

# A cheap test for the letters worth reading line by line.
# (a line with inner rules only opens with a cell, not a |: pipe tables proper need no reading)
FLAT_HINT = (r"\S(?: {2,}|[ \t]*\t[ \t]*|\u3000+)\S[^\n]*(?: {2,}|[ \t]*\t[ \t]*|\u3000+)\S|\n[ \t\u3000]*\d[\d,.]*[ \t\u3000]*\n"
             r"|(?m:^[ \t\u3000]*[^|\s][^\n|]*\|[^\n|]*\|)"
             # (or a numbered table whose columns single spaces keep apart: 序号 项目名称 建设规模 总投资（万元）)
             r"|(?m:^[ \t\u3000]*序号 \S+ \S+)"
             # (or a header of column names apart by single spaces: 指标名称 单位 2021年 2022年)
             # (not a pipe table proper: | 指标 | 2023年 |)
             r"|(?m:^[ \t\u3000]*(?:[^\s|]+ )*(?:(?:19|20)\d\d年|单位|年度|年份|[^\s|]+?[（(][^（()）\s]{1,8}[）)])[^\s|]* [^\s|])"
             # (or any names under a caption that notes the unit: （单位：万台、%） / 设区市 公共充电桩 乡镇覆盖率)
             r"|单位[:：][^\n]*\n[ \t\u3000]*[^\s|]+ [^\s|]+ [^\s|]|" + ONE_LINE_HINT)
# (or a pipe between cells, where a copy kept the inner rules and lost the outer ones:
# 指标 | 2024年完成 | 2025年目标)
SEPARATOR = re.compile(r" {2,}|\t+|\u3000+| *\| *")
SENTENCE = re.compile(r"[。；;，,：:！？]")
# …but a row's thousands commas (5,820) and a breakdown's label (其中：税收收入) are no sentence's.
NOT_SENTENCE = re.compile(r"(?<=\d),(?=\d{3}(?:\D|$))|^其中(?=[：:])|(?<=^其中)[：:]")
NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:%|％|[^\d\s]{1,4})?$")
TITLE = re.compile(r"^(?:表|附表)\s*[\d一二三四五六七八九十]")
MARKER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))")
HAN = re.compile(r"[\u4e00-\u9fff]")
UNIT_NOTED = re.compile(r"单位\s*[:：]")  # (a caption that notes the unit: （单位：万台、%）)
CELL_MAX = 20  # characters of a cell alone on its line


def _sentence(content: str) -> bool:
    """Whether a line reads as text, not as a table's row (SENTENCE, less NOT_SENTENCE)."""
    return bool(SENTENCE.search(NOT_SENTENCE.sub("", content)))


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(content start, content end, content) of every line."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip(" \t\u3000\r")
        lead = len(line) - len(line.lstrip(" \t\u3000"))
        out.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(line) + 1
    return out


def _spaced_cells(start: int, content: str) -> list[tuple[int, int]] | None:
    """The cells of a line whose columns runs of spaces keep apart, or None."""
    if len(content) > 120 or _sentence(content) or TITLE.match(content) or content.startswith("|"):
        return None
    cells, pos = [], 0
    for gap in SEPARATOR.finditer(content):
        cells.append((start + pos, start + gap.start()))
        pos = gap.end()
    cells.append((start + pos, start + len(content)))
    # A short label spaced out to the column's width is one cell (项  目, 合  计).
    while len(cells) >= 2 and all(e - s == 1 for s, e in cells[:2]) and HAN.match(content[cells[0][0] - start]) \
            and HAN.match(content[cells[1][0] - start]):
        cells[:2] = [(cells[0][0], cells[1][1])]
    return cells if len(cells) >= 3 else None


def _spaced_tables(text: str, lines) -> list[list[list[tuple[int, int]]]]:
    """Runs of two or more lines of three or more spaced cells, one of them a number."""
    tables, run = [], []
    for start, _, content in [*lines, (0, 0, "")]:
        cells = _spaced_cells(start, content) if content else None
        # (a row may leave its last cell empty: 二级  600元  80%  under four column names with 备注 last)
        if cells is not None and (not run or len(cells) == len(run[0]) or len(cells) == len(run[0]) - 1 >= 3):
            run.append(cells)
            continue
        if len(run) >= 2 and any(NUMBER.match(text[s:e]) for row in run[1:] for s, e in row):
            tables.append(run)
        run = [cells] if cells is not None else []
    return tables


NUMBERED_HEADER = re.compile(r"^序号(?: [^ ]+){2,}$")
NUMBERED_ROW = re.compile(r"^\d{1,3}(?: [^ ]+)+$")


def _numbered_tables(text: str, lines) -> list[list[list[tuple[int, int]]]]:
    """A header that opens with 序号, its labels apart by single spaces, then rows numbered
    1, 2, 3… with as many cells: a table a copy flattened with one space between columns,
    returned without its 序号 column.
    (Single spaces alone are too common in text to be columns; the 序号 header and the
    numbered rows of its width make them so.)"""
    tables, run = [], []
    for start, _, content in [*lines, (0, 0, "")]:
        # (a row's cell may list what a project builds: 占地约12公顷，建设水上运动中心1座)
        numbered = not re.search(r"[。；;：:！？]", content) and len(content) <= 120
        if numbered and not SENTENCE.search(content) and NUMBERED_HEADER.match(content):
            run = [_single_spaced(start, content)]
            continue
        if run and numbered and NUMBERED_ROW.match(content) and len(content.split(" ")) == len(run[0]) \
                and content.split(" ", 1)[0] == str(len(run)):
            run.append(_single_spaced(start, content))
            continue
        if len(run) >= 2 and any(NUMBER.match(text[s:e]) for row in run[1:] for s, e in row[1:]):
            # (without the 序号 column: a row is named by its first cell after it)
            tables.append([row[1:] for row in run])
        run = []
    return tables


# A header of column names apart by single spaces (指标名称 单位 2021年 2022年 2023年): two of
# them name what columns hold, a year or a measure, as prose never does in a row.
# (or a column with its unit in brackets: 缴存额（亿元）; or rows by year: 年度 缴存人数（万人）…)
COLUMN_NAME = re.compile(r"^(?:(?:19|20)\d\d年\S{0,6}|单位|计量单位|数量|金额|合计|小计|目标值?|完成值?|实际|预计|增长|增速|同比\S{0,6}|占比|比重|累计"
                         r"|年度|年份|\S{1,12}[（(][^（()）\s]{1,8}[）)])$")
YEAR_LABEL = re.compile(r"^(?:19|20)\d\d年?度?$")
FILLER = re.compile(r"^(?:[-—–－/]+|\D{1,5})$")  # an empty cell or a unit (万人次, %, 亿元)


def _headed_tables(text: str, lines) -> list[list[list[tuple[int, int]]]]:
    """A header of column names apart by single spaces, then rows of as many cells, each a
    label and then short cells, one a number at least: a table a copy flattened with one space
    between columns, 指标名称 单位 2021年 2022年 / 旅游总收入 亿元 186.4 203.7."""
    tables, run, above = [], [], ""
    for start, _, content in [*lines, (0, 0, "")]:
        plain = bool(content) and not _sentence(content) and len(content) <= 120 and "  " not in content
        cells = content.split(" ") if plain else []
        # (under a caption that notes the unit, any names do: （单位：万台、%） / 设区市 公共充电桩 乡镇覆盖率)
        named = 0 if UNIT_NOTED.search(above) and all(HAN.search(c) for c in cells) else 2
        above = content
        if plain and len(cells) >= 3 and sum(bool(COLUMN_NAME.match(c)) for c in cells) >= named \
                and not any(NUMBER.match(c) and not COLUMN_NAME.match(c) for c in cells):
            if len(run) >= 2:  # (a table right after another)
                tables.append(run)
            run = [_single_spaced(start, content)]
            continue
        labelled = bool(cells) and ((HAN.search(cells[0]) and not NUMBER.match(cells[0])) or YEAR_LABEL.match(cells[0]))
        if run and plain and len(cells) == len(run[0]) and labelled \
                and all(NUMBER.match(c) or FILLER.match(c) or len(c) <= 12 for c in cells[1:]) and any(NUMBER.match(c) for c in cells[1:]):
            run.append(_single_spaced(start, content))
            continue
        if len(run) >= 2:
            tables.append(run)
        run = []
    return tables


def _single_spaced(start: int, content: str) -> list[tuple[int, int]]:
    cells, pos = [], start
    for cell in content.split(" "):
        cells.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return cells


def _stacked_tables(lines) -> list[list[list[tuple[int, int]]]]:
    """Runs of short lines, one cell each: header cells, then rows that open with a label.

    A table whose first column is 序号 opens each row with its number instead (1, 2, …, 合计),
    and may leave cells blank (a total has no 项目名称): blank lines are its cells."""
    tables, run = [], []
    for start, end, content in [*lines, (0, 0, None)]:
        numbered = bool(run) and run[0][2] in ORDINAL_HEADS
        short = content is not None and ((0 < len(content) <= CELL_MAX and not SENTENCE.search(content) and not TITLE.match(content)
                                          and not MARKER.match(content) and not SEPARATOR.search(content)) or (numbered and content == ""))
        if short:
            run.append((start, end, content))
            continue
        if run and run[0][2] in ORDINAL_HEADS:
            table = _numbered_stack(run)
            if table:
                tables.append(table)
            run = []
            continue
        numeric = [i for i, (_, _, text) in enumerate(run) if NUMBER.match(text)]
        if len(numeric) >= 2:
            width = numeric[0] - 1  # the header's cells, then the first row's label
            if width >= 2 and len(run) % width == 0 and len(run) >= 2 * width:
                rows = [run[i:i + width] for i in range(0, len(run), width)]
                if all(not NUMBER.match(row[0][2]) for row in rows):
                    tables.append([[(s, e) for s, e, _ in row] for row in rows])
        run = []
    return tables


ORDINAL_HEADS = ("序号", "编号", "序")


def _numbered_stack(run) -> list[list[tuple[int, int]]] | None:
    """A stacked table under 序号: its header runs to the first row's number 1."""
    width = next((i for i, (_, _, text) in enumerate(run) if text == "1"), 0)
    while run and run[-1][2] == "" and len(run) % max(width, 1):
        run = run[:-1]  # (a blank line after the table is no cell)
    if width < 3 or len(run) % width or len(run) < 2 * width:
        return None
    rows = [run[i:i + width] for i in range(0, len(run), width)]
    # (each row opens with its number, or with a total's label; and holds a number of its own)
    if all(row[0][2].isdigit() or (row[0][2] and not NUMBER.match(row[0][2])) for row in rows[1:]) \
            and all(any(NUMBER.match(text) for _, _, text in row[1:]) for row in rows[1:]):
        return [[(s, e) for s, e, _ in row] for row in rows]
    return None


ONE_LINE = re.compile(ONE_LINE_HINT.replace(r"\p{Han}", "\u4e00-\u9fff"))  # (the hint in Python's re)
CELL_GAP = re.compile(r"[ \t\u3000]+")
VALUE = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:%|％)?$")  # (a cell's number alone: a column's name holds its unit)


def _one_line_tables(lines) -> list[tuple[bool, list[list[tuple[int, int]]]]]:
    """(whether a caption before a colon opens its line; rows) of every line that holds a whole table: k
    column names, then rows of k cells, each a label and k - 1 numbers or blanks, two rows at
    least. The first number tells k: it is the first row's second cell."""
    tables = []
    for start, _, content in lines:
        if len(content) < 12 or len(content) > 3000 or not CELL_GAP.search(content):
            continue
        colon = max(content.rfind("："), content.rfind(":"))
        body = content[colon + 1:]
        lead = len(body) - len(body.lstrip(" \t\u3000"))  # (情况： 年度 …: the gap after the colon)
        body = body[lead:]
        if _sentence(body) or TITLE.match(body):
            continue
        at = start + colon + 1 + lead
        cells, pos = [], 0
        for gap in CELL_GAP.finditer(body):
            cells.append((at + pos, at + gap.start(), body[pos:gap.start()]))
            pos = gap.end()
        cells.append((at + pos, at + len(body), body[pos:]))
        first = next((i for i, cell in enumerate(cells) if VALUE.match(cell[2])), 0)
        width = first - 1
        if width < 3 or len(cells) % width or len(cells) < 3 * width or cells[0][0] != at:
            continue
        rows = [cells[i:i + width] for i in range(0, len(cells), width)]
        if all(not NUMBER.match(text) or COLUMN_NAME.match(text) for _, _, text in rows[0]) \
                and all((HAN.search(row[0][2]) and not NUMBER.match(row[0][2])) or YEAR_LABEL.match(row[0][2]) for row in rows[1:]) \
                and all(all(VALUE.match(text) or FILLER.match(text) for _, _, text in row[1:]) for row in rows[1:]):
            tables.append((colon >= 0, [[(s, e) for s, e, _ in row] for row in rows]))
    return tables


def _one_line_rewrite(text: str, chars: list[str], tables) -> list[tuple[int, str]]:
    """Each one-line table's rows on lines of their own, in `chars`: the gap between cells
    becomes a |, the gap between rows |, a newline and | (in place where it is wide enough,
    else inserted). Returns the insertions (position, character)."""
    inserts = []
    for captioned, rows in tables:
        if captioned:
            inserts += [(rows[0][0][0], "\n"), (rows[0][0][0], "|")]
        elif rows[0][0][0] == 0 or text[rows[0][0][0] - 1] == "\n":
            inserts.append((rows[0][0][0], "|"))
        else:
            chars[rows[0][0][0] - 1] = "|"
        for row, following in zip(rows, [*rows[1:], None], strict=True):
            for (_, end), (start, _) in zip(row, row[1:], strict=False):
                chars[end:start] = ["|"] + [" "] * (start - end - 1)
            end = row[-1][1]
            if following is None:
                line_end = text.find("\n", end)
                line_end = len(text) if line_end < 0 else line_end
                if line_end > end:
                    chars[end] = "|"
                else:
                    inserts.append((end, "|"))
                continue
            start = following[0][0]
            gap = start - end
            if gap >= 3:
                chars[end:start] = ["|", "\n"] + [" "] * (gap - 3) + ["|"]
            elif gap == 2:
                chars[end:start] = ["|", "\n"]
                inserts.append((start, "|"))
            else:
                chars[end] = "\n"
                inserts += [(end, "|"), (start, "|")]
    return inserts


def pipe_rows(text: str) -> tuple[str, list[int]]:
    """`text` with its flattened tables as pipe rows, and where a character was inserted (a `|`,
    or the line break before a one-line table's header; in the offsets of `text`, ascending)."""
    lines = _lines(text)
    tables = _spaced_tables(text, lines) + _stacked_tables(lines) + _numbered_tables(text, lines) + _headed_tables(text, lines)
    one_line = _one_line_tables(lines) if ONE_LINE.search(text) else []
    if not tables and not one_line:
        return text, []
    chars, inserts = list(text), []
    # (a table two readings find, 指标 | 2021年 | 2022年 as cells apart by " | " and as names apart by
    # single spaces, is rewritten once, by the first: twice, its bars would double)
    rewritten: set[int] = set()
    for table in tables:
        rows_at = {text.rfind("\n", 0, row[0][0]) + 1 for row in table}
        if rows_at & rewritten:
            continue
        rewritten |= rows_at
        for row in table:
            first, last = row[0][0], row[-1][1]
            # The indentation before a row ends in its |, in plain spaces (full-width ones
            # would hide the | from TABLE_ROW); so does the space after it.
            line_start = text.rfind("\n", 0, first) + 1
            if first > line_start:
                chars[line_start:first] = [" "] * (first - line_start - 1) + ["|"]
            else:
                inserts.append(first)
            for (_, end), (start, _) in zip(row, row[1:], strict=False):
                chars[end:start] = ["|"] + [" "] * (start - end - 1)
            line_end = text.find("\n", last)
            line_end = len(text) if line_end < 0 else line_end
            if line_end > last:
                chars[last:line_end] = ["|"] + [" "] * (line_end - last - 1)
            else:
                inserts.append(last)
    added = sorted([(at, "|") for at in inserts] + _one_line_rewrite(text, chars, one_line), key=lambda insert: insert[0])
    out, prev = [], 0
    for at, char in added:
        out.append("".join(chars[prev:at]))
        out.append(char)
        prev = at
    out.append("".join(chars[prev:]))
    return "".join(out), [at for at, _ in added]
