"""Every supported format and encoding of a letter reads to the same letter."""
import codecs
import io

import polars as pl
import pytest

from orchestration.extraction import extract
from orchestration.formats import Rejected, join_wrapped_lines, read_docx, read_html, read_pdf
from tests.extraction.letters import letter
from orchestration.ingest import read_letter
from orchestration.settings import DEFAULT_RAW_DIR
from tests.documents import docx_bytes, html_bytes, pdf_bytes

SEED = (DEFAULT_RAW_DIR / "wenke-tifu-2024-120.txt").read_text(encoding="utf-8")
HEADER_FIELDS = ["doc_number", "title", "session", "proposal_no", "proposal_title", "proposer", "proposer_kind",
                 "signature_agency", "signed_date", "contact_name", "contact_phone", "cc", "printed_by", "printed_date"]


def facts(text: str) -> dict:
    out = extract(pl.DataFrame({"letter_id": ["L"], "text": [text]}))
    return {
        "header": out["letter_headers"].select(HEADER_FIELDS).to_dicts()[0],
        "metrics": out["metrics"].select("surface", "value", "unit", "kind", "qualifier", "subject").rows(),
        "commitments": out["commitments"].select("suggestion_no", "ordinal", "heading").rows(),
    }


@pytest.fixture(scope="module")
def original():
    return facts(SEED)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("gb18030"),
        lambda t: t.encode("utf-16"),
        lambda t: t.encode("utf-16-le"),
        lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["gb18030", "utf-16-bom", "utf-16-le", "bom-crlf", "cr"],
)
def test_encodings_yield_the_same_facts(original, encode):
    text, _ = read_letter(".txt", encode(SEED))
    assert text == SEED
    assert facts(text) == original


@pytest.mark.parametrize("suffix,write", [(".docx", docx_bytes), (".pdf", pdf_bytes), (".html", html_bytes)])
def test_other_formats_yield_the_same_facts(original, suffix, write):
    text, how = read_letter(suffix, write(SEED))
    assert how.startswith(suffix[1:])
    got = facts(text)
    assert got["header"] == original["header"]
    assert got["commitments"] == original["commitments"]
    assert got["metrics"] == original["metrics"]


def wrapped_like_a_page(text: str, width: int) -> str:
    """The letter as a PDF's text layer gives it back: every paragraph broken into lines
    of the page's width, and a page number between the pages."""
    lines = []
    for line in text.split("\n"):
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
        lines.append(line)
    return "\n".join([*lines[:40], "- 1 -", *lines[40:]])


@pytest.mark.parametrize("width", [24, 31, 38])
def test_a_pdf_wrapped_at_the_page_width_yields_the_same_facts(original, width):
    text, _ = read_letter(".pdf", pdf_bytes(wrapped_like_a_page(SEED, width)))
    assert "- 1 -" not in text
    got = facts(text)
    assert got["commitments"] == original["commitments"]
    assert got["metrics"] == original["metrics"]
    # The heading that fills a line by chance stays a line of its own.
    assert "一、关于“激发企业创新侧源动力，提升主体创新度”的建议\n" in text


@pytest.mark.parametrize("width", [24, 31, 38])
def test_a_hard_wrapped_text_file_is_stored_as_written_and_yields_the_same_facts(original, width):
    wrapped = wrapped_like_a_page(SEED, width)
    text, _ = read_letter(".txt", wrapped.encode("utf-8"))
    assert text == wrapped
    out = extract(pl.DataFrame({"letter_id": ["L"], "text": [text]}))
    got = facts(text)
    assert got["commitments"] == original["commitments"]
    # The same metrics; a surface the page broke keeps its break, as the stored text has it.
    assert [(m[0].replace("\n", ""), *m[1:]) for m in got["metrics"]] == original["metrics"]
    assert all(text[r["char_start"]:r["char_end"]] == r["surface"] for r in out["metrics"].iter_rows(named=True))


def wrapped_by_display_width(paragraphs: list[str], columns: int) -> list[str]:
    """Lines as a page sets them: a Chinese or full-width character in two columns, a digit
    in one."""
    lines = []
    for paragraph in paragraphs:
        line, width = "", 0
        for ch in paragraph:
            w = 1 if ch.isascii() else 2
            if width + w > columns:
                lines.append(line)
                line, width = "", 0
            line, width = line + ch, width + w
        lines.append(line)
    return lines


def test_lines_wrapped_by_their_printed_width_join_across_a_page_break():
    """A line of Chinese and one with digits in it are equally full on the page, though not
    of equally many characters; a page number between blank lines is the break between pages."""
    stock = ("截至２０２３年底，经统计，全市共有注册卫生技术人员2.36万人，其中执业医师和乡村医生合计9870人，"
             "注册护士和药剂技术人员合计1.05万人，每千常住人口执业医师数为3.12人，每千常住人口注册护士数为"
             "3.65人，每万常住人口全科医生数为4.2人，基层医疗卫生机构本科以上学历人员占比提高到42.7%，比上年"
             "提高3.6个百分点。")
    lines = wrapped_by_display_width(["一、人才队伍现状", stock], 48)
    lines[5:5] = ["", "— 2 —", ""]  # the page ends inside the paragraph
    text = letter("\n".join(lines) + "\n")
    metrics = extract(pl.DataFrame({"letter_id": ["L"], "text": [text]}))["metrics"].sort("char_start").to_dicts()
    assert [m["surface"].replace("\n", "") for m in metrics][:3] == ["2.36万人", "9870人", "1.05万人"]
    assert all(m["subject"] for m in metrics)
    assert metrics[0]["subject"] == "注册卫生技术人员" and metrics[0]["period_end"].year == 2023
    assert metrics[-1]["subject"].endswith("占比") or "学历人员" in metrics[-1]["subject"]


def test_lines_that_are_paragraphs_already_stay_as_they_are():
    letter = (DEFAULT_RAW_DIR / "wenke-tifu-2024-098.txt").read_text(encoding="utf-8")
    assert join_wrapped_lines(letter.split("\n")) == "\n".join(line.rstrip() for line in letter.split("\n"))


def test_html_keeps_the_article_and_drops_the_page_around_it():
    text, how = read_html(html_bytes("关于提案的答复\n李明委员：\n您所提的提案收悉。", encoding="gb2312"))
    assert how == "html/gb18030"
    assert text == "关于提案的答复\n李明委员：\n您所提的提案收悉。"


def test_tables_become_pipe_rows():
    text, _ = read_docx(docx_bytes("主要指标：", table=[["指标", "完成值"], ["新增企业", "120家"]]))
    assert text.split("\n") == ["主要指标：", "| 指标 | 完成值 |", "| 新增企业 | 120家 |"]
    page = "<html><body><div id='content'><table><tr><td>新增企业</td><td>120家</td></tr></table></div></body></html>"
    assert read_html(page.encode())[0].strip() == "| 新增企业 | 120家 |"
    # rows stay on consecutive lines however the page's source spaces its <tr>s
    page = ("<html><body><div id='content'><table>\n<tr><td>指标</td><td>2023年</td></tr>\n\n"
            "<tr><td>医养结合机构（家）</td><td>53</td></tr>\n</table></div></body></html>")
    assert read_html(page.encode())[0].strip().split("\n") == ["| 指标 | 2023年 |", "| 医养结合机构（家） | 53 |"]
    # (and a paragraph inside a cell, as Word exports its tables, keeps its row on one line)
    page = ("<html><body><div id='content'><table><tr><td><p>类别</p></td><td><p>数量（家）</p></td></tr>"
            "<tr><td><p>国有博物馆</p></td><td><p>23</p></td></tr></table></div></body></html>")
    assert [" ".join(line.split()) for line in read_html(page.encode())[0].strip().split("\n")] == ["| 类别 | 数量（家） |", "| 国有博物馆 | 23 |"]


@pytest.mark.parametrize(
    "reader,data,reason",
    [
        (read_docx, b"PK\x03\x04 not really a zip", "undecodable"),
        (read_pdf, b"%PDF-1.4 truncated", "undecodable"),
        (read_pdf, pdf_bytes("Scanned page 1"), "no_text_layer"),
    ],
)
def test_broken_documents_are_rejected_with_a_reason(reader, data, reason):
    with pytest.raises(Rejected) as err:
        reader(data)
    assert err.value.reason == reason


def numbered_docx(paragraphs: list[tuple[str, int | None]]) -> bytes:
    """A .docx whose (text, level) paragraphs at a level are numbered by Word, not typed:
    level 0 in Chinese counting (一、), level 1 in decimals (1.) restarting under each."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, level in paragraphs:
        paragraph = document.add_paragraph(text)
        if level is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_numId().val = 90
            num_pr.get_or_add_ilvl().val = level
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_words_automatic_numbers_are_drawn_so_sections_and_plan_items_are_found():
    paragraphs = [("测科提复〔2024〕7号", None), ("关于市政协九届二次会议12号提案的答复函", None), ("李明委员：", None),
                  ("您所提的《关于测试的提案》收悉。现答复如下：", None), ("关于平台建设的建议", 0), ("全市新增企业研发机构120家。", None),
                  ("下一步工作打算", 0), ("加快平台建设。新建概念验证中心8个。", 1), ("深化企业培育。新增高新技术企业300家。", 1),
                  ("感谢您对科技工作的支持。", None), ("测试市科学技术局", None), ("2024年6月1日", None)]
    text, how = read_docx(numbered_docx(paragraphs))
    assert how == "docx"
    assert "\n一、关于平台建设的建议\n" in text and "\n二、下一步工作打算\n1.加快平台建设。" in text and "\n2.深化企业培育。" in text
    facts = extract(pl.DataFrame({"letter_id": ["L1"], "text": [text]}))
    assert facts["sections"]["path"].to_list()[:2] == ["一、", "二、"]
    assert list(zip(facts["commitments"]["suggestion_no"], facts["commitments"]["heading"])) == [(2, "加快平台建设"), (2, "深化企业培育")]
