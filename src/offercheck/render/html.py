"""The report as one self-contained, printable HTML file: inline CSS, no scripts, no
external assets. Every piece of text is HTML-escaped."""
from __future__ import annotations

from html import escape

from offercheck.render import (check_row, explain_lines, heading, label, quote, subheading,
                               suggestion_parts, summary, term_row, where)
from offercheck.render.json import DISCLAIMER

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;max-width:60rem;
margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
.sub{color:#555;margin-top:0}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #e3e3e3}
th{background:#f4f4f4}.num{text-align:right;white-space:nowrap}
.status,.sev{font-weight:600;white-space:nowrap}
.met{color:#17663a}.not_met{color:#b00020}.not_stated{color:#8a5a00}.cannot_compare{color:#6b2c91}
.sev-high{color:#fff;background:#b00020;padding:0 .3rem;border-radius:3px}
.sev-medium{background:#ffd666;padding:0 .3rem;border-radius:3px}
.sev-low{background:#d6ecff;padding:0 .3rem;border-radius:3px}.sev-none{color:#777}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ccc;color:#444;font-style:italic}
.detail{color:#555;font-size:.92em}ul.checklist{list-style:none;padding-left:0}
ul.checklist li:before{content:"\\2610\\00a0\\00a0"}.disclaimer{margin-top:2rem;color:#555;font-style:italic}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}tr,li{break-inside:avoid}}
"""


def _e(text) -> str:
    return escape(str(text), quote=True)


def _table(headers: list[str], rows: list[str]) -> list[str]:
    return ["<table>", "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in headers) + "</tr></thead>",
            "<tbody>", *rows, "</tbody>", "</table>"]


def _terms(extraction, explain: bool) -> list[str]:
    if not extraction.terms:
        return ["<p>No terms found.</p>"]
    rows = []
    for term in extraction.terms.values():
        r = term_row(term, limit=120)
        rows.append(f"<tr><td>{_e(r['field'])}</td><td>{_e(r['value'])}</td><td>{_e(r['evidence'])}</td>"
                    f"<td>{_e(r['page'])}</td><td class=\"num\">{_e(r['confidence'])}</td></tr>")
    out = _table(["Field", "Value", "Evidence", "Page", "Confidence"], rows)
    if explain:
        for term in extraction.terms.values():
            out.append(f"<h3>{_e(label(term.field))}</h3><ul>")
            out += [f"<li>{_e(line)}</li>" for line in explain_lines(term)]
            out.append("</ul>")
    return out


def render(report, explain: bool = False, color: bool = False) -> str:
    title = "Offer check: " + heading(report.extraction)
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
           f"<h1>{_e(title)}</h1>", f'<p class="sub">{_e(subheading(report))}</p>']
    out += [f"<p>{_e(note)}</p>" for note in report.notes]

    if report.checks:
        out += ["<h2>Checks</h2>", f"<p>{_e(summary(report))}</p>"]
        rows = []
        for c in report.checks:
            r = check_row(c)
            detail = f'<div class="detail">{_e(c.detail)}</div>' if c.detail else ""
            rows.append(f"<tr><td>{_e(r['field'])}</td><td class=\"status {_e(c.status)}\">{_e(r['status'])}</td>"
                        f"<td><span class=\"sev sev-{_e(c.severity)}\">{_e(r['severity'])}</span></td>"
                        f"<td>{_e(r['expected'])}</td><td>{_e(r['found'])}{detail}</td><td>{_e(r['page'])}</td></tr>")
        out += _table(["Field", "Status", "Severity", "Expected", "Found", "Page"], rows)

    out.append("<h2>Red flags</h2>")
    if not report.flags:
        out.append("<p>None of the clauses checked for were found.</p>")
    for f in report.flags:
        page = f" ({where(f.evidence)})" if where(f.evidence) else ""
        out.append(f'<p><span class="sev sev-{_e(f.severity)}">{_e(f.severity.upper())}</span> '
                   f"<strong>{_e(f.title)}</strong>{_e(page)}</p>")
        out += [f"<blockquote>{_e(quote(e.text, 300))}</blockquote>" for e in f.evidence[:2]]
        if f.suggestion:
            out.append(f"<p>{_e(f.suggestion)}</p>")

    out.append("<h2>Terms found</h2>")
    out += _terms(report.extraction, explain)

    suggested = [c for c in report.checks if c.suggestion]
    if suggested:
        out.append("<h2>Suggestions</h2>")
        for c in suggested:
            page = f" ({where(c.evidence)})" if where(c.evidence) else ""
            out.append(f"<h3>{_e(label(c.field))}: <span class=\"status {_e(c.status)}\">"
                       f"{_e(check_row(c)['status'])}</span>{_e(page)}</h3><ul>")
            out += [f"<li><strong>{_e(name)}:</strong> {_e(text)}</li>" for name, text in suggestion_parts(c.suggestion)]
            out.append("</ul>")

    out += ["<h2>Before you sign</h2>", '<ul class="checklist">']
    out += [f"<li>{_e(line)}</li>" for line in report.checklist]
    out += ["</ul>", f'<p class="disclaimer">{_e(DISCLAIMER)}</p>', "</body>", "</html>", ""]
    return "\n".join(out)
