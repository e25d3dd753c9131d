"""Write a letter's text as .docx, .pdf (with a text layer), .html or another encoding."""
from __future__ import annotations

import html
import io


def docx_bytes(text: str, table: list[list[str]] | None = None) -> bytes:
    """Each line a paragraph; an optional table after the first paragraph."""
    import docx

    document = docx.Document()
    lines = text.split("\n")
    document.add_paragraph(lines[0])
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    for line in lines[1:]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(text: str) -> bytes:
    """A one-page PDF whose text layer holds `text`, one line per text line.

    The font is a non-embedded CID font with Identity-H codes and a ToUnicode map, which
    is how real Chinese PDFs carry extractable text; viewers substitute a system font."""
    chars = sorted({c for c in text if c != "\n"})
    code = {c: i + 1 for i, c in enumerate(chars)}
    lines = text.split("\n")
    ops = ["BT", "/F1 10 Tf", "40 800 Td", "14 TL"]
    for line in lines:
        ops.append("<" + "".join(f"{code[c]:04X}" for c in line) + "> Tj T*")
    ops.append("ET")
    content = "\n".join(ops).encode("ascii")
    bfchars = []
    for start in range(0, len(chars), 100):
        block = chars[start:start + 100]
        bfchars.append(f"{len(block)} beginbfchar")
        bfchars += [f"<{code[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>" for c in block]
        bfchars.append("endbfchar")
    cmap = "\n".join([
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
        "1 begincodespacerange <0000> <FFFF> endcodespacerange",
        *bfchars,
        "endcmap CMapName currentdict /CMap defineresource pop end end",
    ]).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def html_bytes(text: str, encoding: str = "utf-8") -> bytes:
    """A government-site page: navigation, metadata, the letter in #zoom, a footer."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
    page = (
        f'<html><head><meta charset="{encoding}"><title>政府信息公开</title>'
        "<script>var x = '答复函 2024年';</script><style>p{margin:0}</style></head><body>"
        '<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a></div>'
        '<div class="sidebar"><ul><li>通知公告</li><li>政策解读</li></ul></div>'
        '<div class="meta">发布日期：2024-07-01 来源：市科技局</div>'
        f'<div id="zoom" class="article-content">{paragraphs}</div>'
        '<div class="footer">主办单位：某某市人民政府办公室 网站标识码：3303000001</div></body></html>'
    )
    return page.encode(encoding)
