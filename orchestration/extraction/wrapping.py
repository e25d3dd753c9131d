"""Hard line wrapping: where a page broke a paragraph into lines of one width.

A PDF's text layer, or a .txt someone saved from one, breaks lines where the page did: a
paragraph comes out as lines of about the page's width, and a sentence (a number and its
unit, even) runs across them. `continued` tells which lines go on in the next one; PDF
decoding joins them in the stored text, and `clean` joins them in the matching text of
letters stored as written.
"""
from __future__ import annotations

import re
import unicodedata

# What a line that ends its paragraph ends with.
LINE_END = set("。！？；：!?;:）)…|")  # | closes a table row
# A line that starts a block of its own: a section marker, an item, a table row, the closing
# elements.
BLOCK_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d{1,2}\s*[、.．](?!\d)|\d{1,2}[.．](?=(?:19|20)\d\d年)"
    r"|[一二三四五六七八九十]是|\||抄\s*[送报]|附件|联\s*系|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$"
    # (the 印发 line: its office, then its date)
    r"|[^\n]{2,40}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发\s*$"
    # (and the 文号 under a title, a line of its own: 桃水提复〔2024〕3号; not one a sentence cites,
    # wrapped to open a line: 浙财社〔2023〕12号）要求…)
    r"|[\u4e00-\u9fff]{1,12}\s*[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*第?\s*\d{1,5}\s*号\s*(?:签\s*发\s*人\s*[:：]\s*\S{2,4}\s*)?$)"
)
# A title's end (…第23号提案的答复, …的答复函): the line after it is none of the title's.
TITLE_END = re.compile(r"(?:答复|答覆|答復|复函|的函)\s*$")
# A heading that fills the line by chance: it ends as headings do.
DATE_ALONE = re.compile(r"^\s*(?:\d{4}|[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年[^。，；\n]{1,8}日\s*$")
HEADING_END = re.compile(r"(?:建议|提案|意见|情况|问题|打算|计划|工作|措施|举措|成效|做法)$")
# (and the page told in words between dashes: — 第 1 页 共 3 页 —)
_PAGE_LINE = r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|(?:[-—–－]+\s*)?第\s*\d{1,3}\s*页(?:\s*[，,、]?\s*[共/]\s*\d{1,3}\s*页)?(?:\s*[-—–－]+)?)\s*$"
PAGE_NUMBER = re.compile(_PAGE_LINE)
# The same as a cheap test (Polars regex) for a text with a page number on a line of its own.
PAGE_HINT = "(?m)" + _PAGE_LINE
# A cheap test a wrapped text passes (Polars regex): three long lines open at their end,
# and not in a character headings and titles end with (…的建议, …的答复函). Texts that fail
# it, nearly all, skip the line-by-line reading.
WRAP_HINT = r"(?m)^[^\n]{15,}[^\n。！？；：!?;:）)…|\s议案见况题算划作施措效法函复][ \t]*$"
# A cheap test (Polars regex) for a text whose paragraphs open with an indent and one of them
# broke mid-sentence (a web page's <br>, a pasted copy): an indented line of a paragraph (it has
# a comma or a full stop), open at its end, and the next line not indented.
STRAY_HINT = r"(?m)^[ \t\u3000]+[^\n]*[，。；,;][^\n]*[^\n。！？；：!?;:）)…|\s议案见况题算划作施措效法函复告][ \t]*\n[^\s]"
# A line that is a label of its own (发布日期：…, 联系人：…, 附件：…), no continuation.
LABEL_LINE = re.compile(r"^\S{1,6}\s*[：:]")
# A line is full by its characters (a text cut every N characters) or as a page sets it, a
# Chinese character in two columns and a digit or a Latin letter in one (a PDF's lines: one of
# Chinese and one with numbers in it are equally wide).
MIN_WIDTH = 16


def display_width(line: str) -> int:
    # (quotes and dashes of ambiguous width are set full width in Chinese: “”—…)
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in line)


def page_breaks(lines: list[str]) -> set[int]:
    """The lines of the breaks between pages: page numbers, the blank lines around them, and
    a running head repeated on the next page (the letter's title or agency, a line met before)."""
    breaks: set[int] = set()
    heads: list[int] = []  # the first line after each page number
    for i, line in enumerate(lines):
        if PAGE_NUMBER.match(line.rstrip()):
            breaks.add(i)
            _blank_run(lines, i - 1, -1, breaks)
            k = _blank_run(lines, i + 1, 1, breaks)
            if k < len(lines) and len(lines[k].strip()) >= 6:
                heads.append(k)
    # (a running head: met before its page break, or heading another page too)
    texts = [lines[k].strip() for k in heads]
    for k, text in zip(heads, texts):
        if texts.count(text) > 1 or any(line.strip() == text for line in lines[:k]):
            breaks.add(k)
            _blank_run(lines, k + 1, 1, breaks)
    return breaks


def _blank_run(lines: list[str], k: int, step: int, into: set[int]) -> int:
    """Add the blank lines from `k` on (in direction `step`) to `into`; the first line that is not."""
    while 0 <= k < len(lines) and not lines[k].strip():
        into.add(k)
        k += step
    return k


def continued(lines: list[str], as_printed: list[str] | None = None, breaks: set[int] | None = None) -> list[bool]:
    """For each line, whether the page's wrapping cut its paragraph there: the next line
    outside a page break goes on with it. All False unless the text looks wrapped.

    A page wraps a paragraph into lines of about one width, each open at its end (no 。
    ！？；： or closing bracket). When a text's lines look like that, a line at least that
    wide and open at its end continues on the next, unless the next starts a block of its
    own (a heading, an item, 抄送, a date). `as_printed`, the same lines before one-to-one
    character folds (２０２３ → 2023), gives the widths the page set; `breaks`, the lines'
    `page_breaks` when the caller has them already."""
    stripped = [line.rstrip() for line in lines]
    breaks = page_breaks(lines) if breaks is None else breaks
    kept = [i for i in range(len(stripped)) if i not in breaks]
    widths = [display_width(line.rstrip()) for line in (as_printed or lines)]
    long_lines = [i for i in kept if len(stripped[i]) >= 10]
    out = [False] * len(lines)
    if len(long_lines) < 5:
        return _stray_breaks(stripped, breaks, _across_page_numbers(stripped, breaks, out))
    width = sorted(len(stripped[i]) for i in long_lines)[len(long_lines) * 3 // 4]
    page_width = sorted(widths[i] for i in long_lines)[len(long_lines) * 3 // 4]

    def full(i: int) -> bool:
        return len(stripped[i]) >= width - 2 or widths[i] >= page_width - 4

    def full_and_open(i: int) -> bool:
        line = stripped[i]
        heading = BLOCK_START.match(line) and HEADING_END.search(line)
        return bool(line) and full(i) and line[-1] not in LINE_END and not heading

    if width < MIN_WIDTH or sum(full_and_open(i) for i in kept) < max(3, len(long_lines) // 3):
        return _stray_breaks(stripped, breaks, _across_page_numbers(stripped, breaks, out))
    # Where paragraphs open with an indent, a line that is not full but open at its end goes on
    # in a next line without one: a copy that wrapped at words or at a narrower box.
    indented = sum(bool(stripped[i]) and stripped[i][0].isspace() for i in kept) >= 2

    def open_before_unindented(i: int, line: str) -> bool:
        before = stripped[i]
        return (indented and len(before) >= width * 3 // 5 and before[-1] not in LINE_END and not line[0].isspace()
                and not (BLOCK_START.match(before) and HEADING_END.search(before)))

    # (…and where paragraphs open with one: the lines after a line that plainly ends its
    # paragraph, short and closed, are indented, three of them at least and all but one in four)
    openers = [stripped[j] for i, j in zip(kept, kept[1:])
               if stripped[i] and stripped[j] and stripped[i][-1] in "。！？；" and len(stripped[i]) < width * 3 // 4]
    paragraphs_indented = len(openers) >= 3 and 4 * sum(line[0].isspace() for line in openers) >= 3 * len(openers)

    def full_before_unindented(i: int, line: str) -> bool:
        # (a full line that a sentence happens to end goes on in a next line without an indent
        # that is no short line of its own: a signer, a date)
        before = stripped[i]
        return (paragraphs_indented and full(i) and before[-1] in "。；;" and not line[0].isspace() and len(line) >= width // 3
                and not (BLOCK_START.match(before) and HEADING_END.search(before)))

    for i, j in zip(kept, kept[1:]):
        before, line = stripped[i], stripped[j]
        # (a date alone, set far to the right under its signer, closes its line: 　　…２０２３年６月２０日)
        out[i] = bool(before and line.strip() and (full_and_open(i) or open_before_unindented(i, line) or full_before_unindented(i, line))
                      and not BLOCK_START.match(line) and not DATE_ALONE.match(before) and not DATE_ALONE.match(line)
                      and not TITLE_END.search(before))
    # (a wrapped copy may break a sentence short of the width too, where it broke many)
    return _stray_breaks(stripped, breaks, out)


def _stray_breaks(stripped: list[str], breaks: set[int], out: list[bool]) -> list[bool]:
    """`out`, and in a text whose paragraphs open with an indent, a paragraph a copy broke
    mid-sentence (…其中城镇生活垃圾 / 19.8万吨；…) goes on in the next line: the line before is
    of a paragraph (indented, or itself continued, with a comma or a full stop), open at its
    end, and the next one is not indented and starts no block of its own."""
    kept = [i for i in range(len(stripped)) if i not in breaks]
    # (paragraphs are told by the lines that open them, after a blank or a closed line: where a
    # copy broke many sentences, the pieces after the breaks are no paragraphs)
    body = [stripped[j] for i, j in zip([None, *kept], kept) if re.search(r"[，。；]", stripped[j])
            and (i is None or not stripped[i].strip() or stripped[i][-1] in LINE_END)]
    indented = [line for line in body if line[:1].isspace()]
    if len(indented) < 3 or 2 * len(indented) < len(body):
        return out
    for i, j in zip(kept, kept[1:]):
        before, line = stripped[i], stripped[j]
        if out[i] or j != i + 1 or not before.strip() or not line or line[0].isspace():
            continue
        opened = before[0].isspace() or (i > 0 and out[i - 1])
        # (a heading of its own line opens no sentence that goes on: （二）聚焦…，加强人员配备 / 表2…)
        heading = BLOCK_START.match(before) and "。" not in before
        if (opened and not heading and re.search(r"[，。；,;]", before) and before[-1] not in LINE_END and not HEADING_END.search(before)
                and before[-1] not in "函复告" and not BLOCK_START.match(line) and not LABEL_LINE.match(line)
                and not DATE_ALONE.match(line)):
            out[i] = True
    return out


def _across_page_numbers(stripped: list[str], breaks: set[int], out: list[bool]) -> list[bool]:
    """`out`, and in a text whose lines are paragraphs, a paragraph that a page number cuts
    mid-sentence (…其中居家上门 / — 2 — / 服务机构73家…) goes on after it: the line before the
    break is open at its end and the one after starts no block of its own."""
    kept = [i for i in range(len(stripped)) if i not in breaks]
    for i, j in zip(kept, kept[1:]):
        cut = j > i + 1 and any(PAGE_NUMBER.match(stripped[k]) for k in range(i + 1, j))
        before, line = stripped[i], stripped[j].strip()
        if cut and before and line and before[-1] not in LINE_END and not BLOCK_START.match(line) \
                and not (BLOCK_START.match(before) and HEADING_END.search(before)):
            out[i] = True
    return out


def join_wrapped_lines(lines: list[str]) -> str:
    """The text with the page's line wrapping undone (paragraphs become lines) and the page
    numbers and running heads between pages gone. Texts whose lines are paragraphs come back as they were."""
    breaks = page_breaks(lines)
    goes_on = continued(lines, breaks=breaks)
    out: list[str] = []
    joining = False
    for i, (line, more) in enumerate(zip(lines, goes_on)):
        if i in breaks and (joining or line.strip()):  # (a page number or a running head)
            continue
        line = line.rstrip()
        if joining:
            out[-1] += line.lstrip()
        else:
            out.append(line)
        joining = more
    return "\n".join(out)


def wrap_joins(text: str, as_printed: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) spans of `text` that joining its wrapped lines removes: from the end
    of a continued line's words to the first word of its continuation (the line break, the
    indent, and any page break in between). A page break between paragraphs goes too, whole
    lines of it, so no page number or running head stays inside a paragraph's or an item's
    text. `as_printed`: see `continued`."""
    lines = text.split("\n")
    breaks = page_breaks(lines)
    goes_on = continued(lines, as_printed.split("\n") if as_printed is not None else None, breaks)
    if not any(goes_on) and not breaks:
        return []
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    starts.append(pos)
    spans = []
    for i, more in enumerate(goes_on):
        if not more:
            continue
        j = next(k for k in range(i + 1, len(lines)) if k not in breaks)
        start = starts[i] + len(lines[i].rstrip())
        end = starts[j] + len(lines[j]) - len(lines[j].lstrip())
        spans.append((start, end))
    # (a break no join bridges: its lines, from the first to the line after the last; the
    # blank line before a break stays when the break ends the text)
    bridged = {k for i, more in enumerate(goes_on) if more
               for k in range(i + 1, next(k for k in range(i + 1, len(lines)) if k not in breaks))}
    run: list[int] = []
    for k in sorted(breaks - bridged) + [-2]:
        if run and k != run[-1] + 1:
            if any(PAGE_NUMBER.match(lines[r].rstrip()) for r in run) and run[-1] + 1 < len(lines):
                spans.append((starts[run[0]], starts[run[-1] + 1]))
            run = []
        run.append(k)
    return sorted(spans)
