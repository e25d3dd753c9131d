"""The evidence report: one static HTML page per letter, plus an index, next to the warehouse.

    python -m orchestration.report            # or: make report
    python -m orchestration.report --out DIR  # somewhere else

Reads the warehouse (WAREHOUSE_PATH, default warehouse/warehouse.duckdb) read-only and
writes `<warehouse folder>/report/index.html` and `<letter_id>.html` for every letter in
marts.proposals: the header fields in a table, then the letter's text with every
commitment and every metric highlighted at its span — commitments as outer
`<mark class="commitment">` blocks, metrics as inner `<mark class="metric">` — whose
tooltips (`title`) give value, unit, kind, qualifier, period and subject. Pages are
self-contained (inline CSS, no script, no server needed).

Spans are code-point offsets into raw.letters.text, so Python slicing of that text gives
the evidence; every string is HTML-escaped, and removing the tags from a rendered letter
body gives back exactly the letter text.
"""
from __future__ import annotations

import argparse
import html
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from orchestration.settings import DEFAULT_WAREHOUSE_PATH, env_path

# Nesting order of overlapping spans: lower levels are the outer marks.
LEVELS = {"commitment": 0, "reference": 1, "metric": 2}

HEADER_FIELDS = [
    ("doc_number", "发文字号 document number"),
    ("title", "标题 title"),
    ("body_kind", "kind of body answered"),
    ("session", "会议 session"),
    ("proposal_no", "提案号 proposal number"),
    ("proposal_title", "提案标题 proposal title"),
    ("proposer", "提案人 proposer"),
    ("proposer_kind", "proposer kind"),
    ("issuing_agency", "答复单位 issuing agency"),
    ("agency_from", "agency taken from"),
    ("signed_date", "成文日期 signed"),
    ("contact_name", "联系人 contact"),
    ("contact_phone", "联系电话 phone"),
    ("cc", "抄送 cc"),
    ("printed_by", "印发机关 printed by"),
    ("printed_date", "印发日期 printed"),
    ("n_suggestions", "suggestions answered"),
    ("n_commitments", "commitments"),
    ("n_metrics", "metrics"),
    ("n_targets", "targets"),
]

CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif;
       margin: 1.5rem auto; max-width: 90rem; padding: 0 1.5rem; color: #1f2328; line-height: 1.6; }
.layout { display: grid; grid-template-columns: minmax(16rem, 24rem) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
.layout aside table { width: 100%; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.sub { color: #59636e; margin-top: 0; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #d1d9e0; padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.letter-text { white-space: pre-wrap; font-size: 1.02rem; line-height: 1.9; border: 1px solid #d1d9e0;
               border-radius: 6px; padding: 1rem 1.25rem; background: #fff; }
mark { border-radius: 3px; padding: 0 1px; }
mark.commitment { background: #e6f0ff; box-shadow: inset 3px 0 0 #4c8dff; padding: 0 2px; }
mark.reference { background: #f3e8ff; }
mark.metric { font-weight: 600; cursor: help; }
mark.metric.kind-actual { background: #c8f0d0; }
mark.metric.kind-target { background: #ffe08a; }
mark.metric.kind-policy { background: #ffd0c8; }
mark.metric.kind-rank { background: #d0e4ff; }
mark:hover { outline: 2px solid #1f2328; }
.legend mark { margin-right: .6rem; }
a { color: #0969da; }
"""


@dataclass
class Span:
    """A highlighted span: [start, end) in code points, its mark's class and tooltip."""

    start: int
    end: int
    kind: str
    css_class: str
    title: str
    anchor: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)

    def sort_key(self) -> tuple:
        return (LEVELS[self.kind], self.start, -self.end, self.anchor or "")


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def open_tag(span: Span, continued: bool) -> str:
    classes = span.css_class + (" continued" if continued else "")
    attrs = {"class": classes, "title": span.title, **span.attrs}
    if span.anchor and not continued:
        attrs["id"] = span.anchor
    return "<mark " + " ".join(f'{name}="{esc(value)}"' for name, value in attrs.items()) + ">"


def render_text(text: str, spans: Iterable[Span]) -> str:
    """The escaped text with every span as a <mark>, properly nested.

    Spans nest by LEVELS (commitments outside metrics); a span that crosses the end of an
    enclosing one is closed there and reopened (class `continued`), so the markup stays
    well formed whatever the spans. Spans outside the text or empty are left out.
    """
    spans = sorted((s for s in spans if 0 <= s.start < s.end <= len(text)), key=Span.sort_key)
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[Span] = []
    opened: set[int] = set()
    for left, right in zip(bounds, bounds[1:]):
        active = [s for s in spans if s.start <= left and right <= s.end]
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        del stack[keep:]
        for span in active[keep:]:
            out.append(open_tag(span, continued=id(span) in opened))
            opened.add(id(span))
            stack.append(span)
        out.append(esc(text[left:right]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def fmt_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def fmt_period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "unstated (as of the letter)"
    if start is None:
        return f"as of {end}"
    return f"{start} – {end}"


def metric_span(m: dict) -> Span:
    value = fmt_number(m["value"]) + (f"–{fmt_number(m['value_high'])}" if m["value_high"] is not None else "")
    title = "\n".join([
        f"{m['surface']}",
        f"value: {value}",
        f"unit: {m['unit']} ({m['unit_family']})",
        f"kind: {m['kind']}",
        f"qualifier: {m['qualifier']}",
        f"period: {fmt_period(m['period_start'], m['period_end'])}"
        + (f" ({m['period_text']})" if m["period_text"] else ""),
        f"subject: {m['subject'] or ''}",
    ])
    return Span(
        m["char_start"], m["char_end"], "metric", f"metric kind-{m['kind']}", title,
        anchor=f"m{m['char_start']}",
        attrs={"data-value": "" if m["value"] is None else repr(m["value"]), "data-unit": m["unit"] or "",
               "data-kind": m["kind"] or "", "data-qualifier": m["qualifier"] or ""},
    )


def commitment_span(c: dict) -> Span:
    where = f"suggestion {c['suggestion_no']}, " if c["suggestion_no"] is not None else ""
    title = f"commitment ({where}item {c['ordinal']}): {c['heading']}\ntargets inside: {c['n_targets']}"
    if c["horizon_year"] is not None:
        title += f"\nhorizon: {c['horizon_year']}"
    return Span(c["char_start"], c["char_end"], "commitment", "commitment", title, anchor=f"c{c['char_start']}")


def reference_span(r: dict) -> Span:
    title = f"cited {'document number' if r['reference_kind'] == 'doc_number' else 'document'}: {r['reference']}"
    if r["is_proposal_title"]:
        title += "\n(the proposal this letter answers)"
    if r["n_citing_letters"] > 1:
        title += f"\ncited by {r['n_citing_letters']} letters"
    return Span(r["char_start"], r["char_end"], "reference", "reference", title)


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence = ()) -> list[dict]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return bool(con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?", [schema, table]
    ).fetchone()[0])


def page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{esc(title)}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def letter_page(proposal: dict, text: str, metrics: list[dict], commitments: list[dict], references: list[dict]) -> str:
    header_rows = []
    for name, label in HEADER_FIELDS:
        value = proposal.get(name)
        if isinstance(value, list):
            value = "、".join(str(v) for v in value)
        header_rows.append(f"<tr><th>{esc(label)}</th><td>{esc(value)}</td></tr>")
    spans = [commitment_span(c) for c in commitments] + [reference_span(r) for r in references]
    spans += [metric_span(m) for m in metrics]
    metric_rows = [
        "<tr>"
        f"<td><a href=\"#m{m['char_start']}\">{esc(m['surface'])}</a></td>"
        f"<td class=\"num\">{esc(fmt_number(m['value']))}</td><td>{esc(m['unit'])}</td><td>{esc(m['kind'])}</td>"
        f"<td>{esc(m['qualifier'])}</td><td>{esc(fmt_period(m['period_start'], m['period_end']))}</td>"
        f"<td>{esc(m['subject'])}</td><td class=\"num\">{m['char_start']}–{m['char_end']}</td>"
        "</tr>"
        for m in metrics
    ]
    commitment_rows = [
        "<tr>"
        f"<td>{esc(c['suggestion_no'])}</td><td>{esc(c['ordinal'])}</td>"
        f"<td><a href=\"#c{c['char_start']}\">{esc(c['heading'])}</a></td>"
        f"<td class=\"num\">{c['n_targets']}</td><td class=\"num\">{c['char_start']}–{c['char_end']}</td>"
        "</tr>"
        for c in commitments
    ]
    name = proposal["doc_number"] or proposal["source_file"]
    body = f"""<p><a href="index.html">← all letters</a></p>
<h1>{esc(name)}</h1>
<p class="sub">{esc(proposal['title'])} · <code>{esc(proposal['source_file'])}</code> · letter_id <code>{esc(proposal['letter_id'])}</code></p>
<div class="layout">
<aside>
<h2>Header</h2>
<table class="header-fields">
{chr(10).join(header_rows)}
</table>
</aside>
<main>
<h2>Text with evidence</h2>
<p class="legend">Hover a mark for its facts:
<mark class="commitment">commitment</mark><mark class="metric kind-actual">actual</mark><mark class="metric kind-target">target</mark><mark class="metric kind-policy">policy</mark><mark class="metric kind-rank">rank</mark><mark class="reference">cited document</mark></p>
<div id="letter-text" class="letter-text">{render_text(text, spans)}</div>
</main>
</div>
<h2>Metrics ({len(metrics)})</h2>
<table class="metrics">
<tr><th>surface</th><th>value</th><th>unit</th><th>kind</th><th>qualifier</th><th>period</th><th>subject</th><th>span</th></tr>
{chr(10).join(metric_rows)}
</table>
<h2>Commitments ({len(commitments)})</h2>
<table class="commitments">
<tr><th>suggestion</th><th>item</th><th>heading</th><th>targets</th><th>span</th></tr>
{chr(10).join(commitment_rows)}
</table>"""
    return page(f"{name} — evidence", body)


def index_page(proposals: list[dict], files: dict[str, str]) -> str:
    lines = [
        "<tr>"
        f"<td><a href=\"{esc(files[p['letter_id']])}\">{esc(p['doc_number'] or p['source_file'])}</a></td>"
        f"<td>{esc(p['title'])}</td><td>{esc(p['proposer'])}</td><td>{esc(p['issuing_agency'])}</td>"
        f"<td>{esc(p['signed_date'])}</td><td class=\"num\">{p['n_commitments']}</td>"
        f"<td class=\"num\">{p['n_metrics']}</td><td class=\"num\">{p['n_targets']}</td>"
        f"<td><code>{esc(p['source_file'])}</code></td>"
        "</tr>"
        for p in proposals
    ]
    body = f"""<h1>Reply letters — evidence report</h1>
<p class="sub">{len(proposals)} letters. Each page shows the letter's text with every commitment and metric highlighted where the warehouse found it.</p>
<table class="letters">
<tr><th>document</th><th>title</th><th>proposer</th><th>agency</th><th>signed</th><th>commitments</th><th>metrics</th><th>targets</th><th>file</th></tr>
{chr(10).join(lines)}
</table>"""
    return page("Reply letters — evidence report", body)


def build_report(database: Path, out_dir: Path | None = None) -> list[Path]:
    """Write the index and one page per letter; returns the files written (index first)."""
    out_dir = out_dir or database.parent / "report"
    with duckdb.connect(str(database), read_only=True) as con:
        proposals = rows(con, "select * from marts.proposals order by source_file")
        texts = dict(con.execute(
            "select letter_id, text from raw.letters where letter_id in (select letter_id from marts.proposals)"
        ).fetchall())
        metrics = rows(con, "select * from marts.metrics order by letter_id, char_start")
        commitments = rows(con, "select * from marts.commitments order by letter_id, char_start")
        references = (
            rows(con, "select * from marts.policy_references order by letter_id, char_start")
            if table_exists(con, "marts", "policy_references") else []
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {p["letter_id"]: f"{p['letter_id']}.html" for p in proposals}
    written = [out_dir / "index.html"]
    written[0].write_text(index_page(proposals, files), encoding="utf-8")
    for proposal in proposals:
        letter_id = proposal["letter_id"]
        html_text = letter_page(
            proposal,
            texts[letter_id],
            [m for m in metrics if m["letter_id"] == letter_id],
            [c for c in commitments if c["letter_id"] == letter_id],
            [r for r in references if r["letter_id"] == letter_id],
        )
        path = out_dir / files[letter_id]
        path.write_text(html_text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m orchestration.report", description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, help="the DuckDB file (default: WAREHOUSE_PATH or warehouse/warehouse.duckdb)")
    parser.add_argument("--out", type=Path, help="output folder (default: <warehouse folder>/report)")
    args = parser.parse_args(argv)
    database = (args.warehouse.absolute() if args.warehouse else env_path("WAREHOUSE_PATH", DEFAULT_WAREHOUSE_PATH))
    if not database.exists():
        print(f"no warehouse at {database}: run `make run` first", file=sys.stderr)
        return 1
    written = build_report(database, args.out.absolute() if args.out else None)
    print(f"report: {written[0]} ({len(written) - 1} letters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
