"""Readers that turn a file's bytes into a letter's text, one per format (no Dagster import).

Each reader returns (text, how it was read) or raises `Rejected` with a reason from
`schema.REJECT_REASONS`. The text is what every span of the letter indexes, so readers
keep the letter's own characters and only decide where lines break: paragraphs become
lines, table rows become `| cell | cell |` lines.
"""
from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable

from .extraction.wrapping import join_wrapped_lines

CJK = re.compile(r"[\u3400-\u9fff]")


class Rejected(Exception):
    """A file that cannot become a letter; `reason` is one of schema.REJECT_REASONS."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


# --- plain text ---------------------------------------------------------------------------

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Characters a Chinese letter is made of: ideographs, CJK and full-width punctuation,
# printable ASCII, white space, common symbols. A wrong decoding scatters over the rest.
PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0003134f\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\u00a0-\u00ff\n\r\t①-⑳]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# In order of preference when two decodings are equally plausible.
CANDIDATE_ENCODINGS = ("utf-8", "gb18030", "utf-16-le", "utf-16-be")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a plain-text letter; returns (text, encoding) or raises Rejected.

    A BOM decides; otherwise every encoding that decodes the bytes cleanly is a candidate
    and the most plausible text wins (UTF-16 of ASCII is valid UTF-8, and GB18030 bytes can
    be valid UTF-16, but their mojibake is mostly characters letters never use)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise Rejected("undecodable", f"starts with a {encoding} BOM but is not {encoding}: {err.reason}") from None
    best, best_score = None, -1.0
    # UTF-16 writes every ASCII character (a digit, a line break) with a zero byte, which
    # GB18030 and UTF-8 never do: without one, UTF-16 is only the reading of last resort
    # (GB18030 bytes of 會(huì)議٣ are valid UTF-16 too, and their mojibake scored higher).
    has_zero = b"\x00" in data
    for encoding in CANDIDATE_ENCODINGS:
        if encoding.startswith("utf-16") and (len(data) % 2 or (not has_zero and best is not None)):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8" and not CONTROL.search(text):
            return text, encoding  # valid UTF-8 without control characters is UTF-8
        score = plausibility(text)
        if score > best_score:
            best, best_score = (text, encoding), score
    if best is None:
        raise Rejected("undecodable", "not valid utf-8, gb18030 or utf-16")
    return best


def plausibility(text: str, sample: int = 20_000) -> float:
    """Share of the first `sample` characters that letters are made of."""
    head = text[:sample]
    return len(PLAUSIBLE.findall(head)) / max(1, len(head))


# --- Word ---------------------------------------------------------------------------------

def read_docx(data: bytes) -> tuple[str, str]:
    """Paragraphs and tables of a .docx in document order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises several types for a broken package
        raise Rejected("undecodable", f"not a readable .docx: {type(err).__name__}: {err}") from None
    numbers = ListNumbers(document)
    lines = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            lines.append(numbers.label(paragraph) + paragraph.text)
        elif tag == "tbl":
            lines.extend(table_lines(Table(child, document)))
    return "\n".join(lines), "docx"


class ListNumbers:
    """The numbers Word draws before list paragraphs (一、 1. （1）), which are not in their
    text: a letter's section headings and plan items are often numbered so, and without
    their markers no section or commitment would be found.

    A paragraph is numbered by its own numPr or its style's; each list (numId) counts per
    level, a level's count restarting when a shallower one moves on, from the level's start
    (or the list's startOverride). Bullets draw nothing; formats not known here draw decimals."""

    def __init__(self, document):
        from docx.oxml.ns import qn

        self._qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counts: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except Exception:  # (no numbering part: nothing is numbered)
            return
        abstract = {}
        for node in numbering.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (self._val(lvl, "w:numFmt", "decimal"), self._val(lvl, "w:lvlText", ""),
                                                            int(self._val(lvl, "w:start", "1")))
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in numbering.findall(qn("w:num")):
            levels = dict(abstract.get(self._val(num, "w:abstractNumId", ""), {}))
            for override in num.findall(qn("w:lvlOverride")):
                ilvl, start = int(override.get(qn("w:ilvl"), "0")), self._val(override, "w:startOverride", None)
                if start is not None and ilvl in levels:
                    levels[ilvl] = (*levels[ilvl][:2], int(start))
            self.levels[num.get(qn("w:numId"))] = levels

    def _val(self, node, tag: str, default):
        child = node.find(self._qn(tag))
        return default if child is None else child.get(self._qn("w:val"), default)

    def _num_pr(self, paragraph):
        """(numId, ilvl) of the paragraph, else of its style or the styles it is based on."""
        sources = [paragraph._p.pPr]
        style = paragraph.style if paragraph._p.pPr is None or paragraph._p.pPr.numPr is None else None
        while style is not None:
            sources.append(style.element.pPr)
            style = style.base_style
        for pPr in sources:
            if pPr is not None and pPr.numPr is not None and pPr.numPr.numId is not None:
                ilvl = pPr.numPr.ilvl.val if pPr.numPr.ilvl is not None else 0
                return str(pPr.numPr.numId.val), ilvl
        return None

    def label(self, paragraph) -> str:
        found = self._num_pr(paragraph) if self.levels else None
        if found is None or found[0] not in self.levels or found[1] not in self.levels[found[0]]:
            return ""
        num_id, ilvl = found
        levels, counts = self.levels[num_id], self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        fmt, text, _ = levels[ilvl]
        if fmt in ("bullet", "none"):
            return ""
        for k in range(ilvl + 1):
            if f"%{k + 1}" in text and k in levels:
                text = text.replace(f"%{k + 1}", _list_number(counts.get(k, levels[k][2]), levels[k][0]))
        return text


CN_DIGITS = "〇一二三四五六七八九"


def _list_number(n: int, fmt: str) -> str:
    """`n` drawn in a Word number format (decimal, chineseCounting, decimalEnclosedCircle…)."""
    if fmt.startswith("chinese") or fmt in ("ideographTraditional", "japaneseCounting", "taiwaneseCounting"):
        if n < 10:
            return CN_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "") if n < 100 else str(n)
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("upperLetter", "lowerLetter") and 1 <= n <= 26:
        return chr((0x41 if fmt == "upperLetter" else 0x61) + n - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    return str(n)


def table_lines(table) -> list[str]:
    """A Word table as `| a | b |` lines (merged cells repeat, as python-docx reports them)."""
    rows = []
    for row in table.rows:
        cells = [cell.text.replace("\n", " ").strip() for cell in row.cells]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


# --- PDF ----------------------------------------------------------------------------------

def read_pdf(data: bytes) -> tuple[str, str]:
    """The text layer of a PDF, page after page. Scanned PDFs without one are rejected."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as err:
        raise Rejected("undecodable", f"not a readable PDF: {type(err).__name__}: {err}") from None
    text = "\n".join(page.strip("\n") for page in pages)
    if not CJK.search(text):
        raise Rejected("no_text_layer", f"{len(pages)} page(s) without Chinese text: a scan needs OCR first")
    return join_wrapped_lines(text.split("\n")), "pdf"


# --- HTML ---------------------------------------------------------------------------------

# Containers government sites put the article in, by id or class.
ARTICLE_HINT = re.compile(r"zoom|content|article|detail|main|text|trs_editor|pages?_content|news|wzy|zw", re.I)
BLOCK_TAGS = ("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table")
DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "select", "button")
BOILERPLATE = re.compile(r"nav|footer|foot\b|header|sidebar|side\b|breadcrumb|crumb|menu|share|copyright|bottom|top\b|banner", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def read_html(data: bytes) -> tuple[str, str]:
    """The article text of a government web page: the densest text container, with block
    elements as line breaks."""
    from selectolax.lexbor import LexborHTMLParser

    html, encoding = decode_html(data)
    tree = LexborHTMLParser(html)
    tree.strip_tags(list(DROP_TAGS))
    root = article_node(tree)
    if root is None:
        raise Rejected("undecodable", "HTML page without a body")
    # Block elements break lines; table cells become `| a | b |` rows. (A paragraph inside a
    # cell, as Word exports its tables, <td><p>23</p></td>, parts words only: its row stays one line.)
    for tag in BLOCK_TAGS:
        for node in root.css(tag):
            node.insert_before(" " if tag in ("p", "div", "br", "span") and _in_cell(node) else "\n")
    for node in root.css("td, th"):
        node.insert_before(" | ")
    for node in root.css("tr"):
        node.insert_after(" |")
    text = root.text(deep=True)
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    # A table's rows on consecutive lines, however the page's source spaced its <tr>s.
    text = re.sub(r"(?m)(^\|[^\n]*\|)\n(?:[ \t]*\n)+(?=\|)", "\\1\n", text)
    return text, f"html/{encoding}"


def _in_cell(node) -> bool:
    """Whether a node sits inside a table cell."""
    parent = node.parent
    while parent is not None:
        if parent.tag in ("td", "th"):
            return True
        if parent.tag in ("tr", "table", "body"):
            return False
        parent = parent.parent
    return False


def decode_html(data: bytes) -> tuple[str, str]:
    declared = META_CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    for encoding in [*candidates, "utf-8", "gb18030"]:
        if encoding in ("gb2312", "gbk"):
            encoding = "gb18030"  # a superset: pages labelled GB2312 often hold GBK characters
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise Rejected("undecodable", "HTML in no known encoding")


def article_node(tree):
    """The container most likely to hold the letter: page furniture (navigation, footers,
    sidebars) removed, then the hinted container with the most Chinese text outside
    links; the whole body when no container is hinted."""
    body = tree.body
    if body is None:
        return None
    for node in body.css("div, ul, ol, section, aside, span, table"):
        if BOILERPLATE.search(_hint(node)):
            node.decompose()
    best, best_score = body, 0
    for node in body.css("div, article, section, td"):
        if not ARTICLE_HINT.search(_hint(node)):
            continue
        links = sum(len(CJK.findall(a.text(deep=True))) for a in node.css("a"))
        score = len(CJK.findall(node.text(deep=True))) - links
        if score > best_score:
            best, best_score = node, score
    return best


def _hint(node) -> str:
    return (node.attributes.get("id") or "") + " " + (node.attributes.get("class") or "")


READERS: dict[str, Callable[[bytes], tuple[str, str]]] = {
    ".txt": decode_text,
    ".text": decode_text,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
}
