"""The evidence report: nested, escaped marks that give back the text; pages for the seed
letters; a headless Chromium screenshot where chromium is installed."""
import html
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from orchestration.report import Span, build_report, render_text
from tests.analysts.conftest import records

TAG = re.compile(r"<[^>]+>")
BODY = re.compile(r'<div id="letter-text" class="letter-text">(.*?)</div>', re.S)
CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")


def strip(markup: str) -> str:
    return html.unescape(TAG.sub("", markup))


class MarkTree(HTMLParser):
    """Checks that <mark> tags nest; records each mark's attributes, text and enclosing marks' ids."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.closed = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            ancestors = [mark["attrs"].get("id") for mark in self.stack]
            self.stack.append({"attrs": dict(attrs), "text": "", "ancestors": ancestors})

    def handle_endtag(self, tag):
        if tag == "mark":
            self.closed.append(self.stack.pop())

    def handle_data(self, data):
        for mark in self.stack:
            mark["text"] += data

    def marks(self, markup):
        self.feed(markup)
        self.close()
        assert self.stack == []
        return self.closed


def metric(start, end, title="m"):
    return Span(start, end, "metric", "metric kind-actual", title, anchor=f"m{start}")


def commitment(start, end):
    return Span(start, end, "commitment", "commitment", "c", anchor=f"c{start}")


def test_metrics_nest_inside_commitments():
    text = "下步，力争全年新增300家以上。"
    markup = render_text(text, [metric(9, 15), commitment(3, 16)])
    assert markup == (
        '下步，<mark class="commitment" title="c" id="c3">力争全年新增'
        '<mark class="metric kind-actual" title="m" id="m9">300家以上</mark>。</mark>'
    )
    assert strip(markup) == text


def test_crossing_spans_are_split_and_still_give_back_the_text():
    text = "甲乙丙丁戊己庚"
    markup = render_text(text, [commitment(0, 4), metric(2, 6), metric(6, 7)])
    marks = MarkTree().marks(markup)
    assert strip(markup) == text
    assert [m["text"] for m in marks if "metric" in m["attrs"]["class"]] == ["丙丁", "戊己", "庚"]
    assert "continued" in markup


def test_text_and_tooltips_are_escaped():
    text = "<b>&\"'</b> 1<2家"
    markup = render_text(text, [metric(12, 15, title='value: "<1>" & more')])
    assert "<b>" not in markup and 'title="value: &quot;&lt;1&gt;&quot; &amp; more"' in markup
    assert strip(markup) == text


def test_spans_outside_the_text_are_left_out():
    assert render_text("短文", [metric(1, 9), metric(-1, 1), metric(1, 1)]) == "短文"


@pytest.fixture(scope="module")
def report(seed_warehouse, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    return build_report(seed_warehouse, out)


@pytest.mark.slow
def test_a_page_per_letter_and_an_index(report, con):
    index, *pages = report
    letters = {row[0] for row in con.execute("select letter_id from marts.proposals").fetchall()}
    assert index.name == "index.html"
    assert {page.stem for page in pages} == letters
    index_html = index.read_text(encoding="utf-8")
    for page in pages:
        assert f'href="{page.name}"' in index_html


@pytest.mark.slow
def test_letter_pages_give_back_the_text_with_every_metric_and_commitment_marked(report, con, texts):
    nested = 0
    for page in report[1:]:
        letter_id = page.stem
        markup = page.read_text(encoding="utf-8")
        body = BODY.search(markup).group(1)
        assert strip(body) == texts[letter_id]
        marks = MarkTree().marks(body)
        by_id = {m["attrs"]["id"]: m for m in marks if "id" in m["attrs"]}
        metrics = records(con, "select * from marts.metrics where letter_id = ?", [letter_id])
        for row in metrics:
            mark = by_id[f"m{row['char_start']}"]
            assert mark["text"] == row["surface"]
            assert mark["attrs"]["data-kind"] == row["kind"] and mark["attrs"]["data-unit"] == row["unit"]
            for part in (f"unit: {row['unit']}", f"kind: {row['kind']}", f"qualifier: {row['qualifier']}", "period: "):
                assert part in mark["attrs"]["title"]
        commitments = records(con, "select * from marts.commitments where letter_id = ?", [letter_id])
        for row in commitments:
            assert by_id[f"c{row['char_start']}"]["text"] == texts[letter_id][row["char_start"]:row["char_end"]]
        # A metric inside a commitment is marked inside the commitment's mark.
        inside = [(m, c) for m in metrics for c in commitments
                  if c["char_start"] <= m["char_start"] and m["char_end"] <= c["char_end"]]
        nested += len(inside)
        for m, c in inside:
            assert f"c{c['char_start']}" in by_id[f"m{m['char_start']}"]["ancestors"]
        header = markup[: markup.index('<div id="letter-text"')]
        doc_number = con.execute("select doc_number from marts.proposals where letter_id = ?", [letter_id]).fetchone()[0]
        assert f"<td>{html.escape(doc_number)}</td>" in header
    # (some letter's plan holds figures, so the nesting above is tested; not every plan need hold one)
    assert nested


@pytest.mark.slow
def test_make_report_entry_point(seed_warehouse, tmp_path):
    process = subprocess.run(
        [sys.executable, "-m", "orchestration.report", "--warehouse", str(seed_warehouse), "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert process.returncode == 0, process.stderr
    assert "(2 letters)" in process.stdout
    assert (tmp_path / "index.html").exists()


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_headless_chromium_renders_a_letter_page(report, tmp_path):
    page = max(report[1:], key=lambda path: path.stat().st_size)
    png = tmp_path / "letter.png"
    process = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}", "--window-size=1400,1000",
         page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert process.returncode == 0, process.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1400, 1000)
    assert len(data) > 20_000  # a rendered page, not a blank one
