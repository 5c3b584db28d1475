"""The report as one self-contained, printable HTML file: inline CSS, no scripts, no
external assets. Every piece of text is HTML-escaped.

Severity shows as a word inside a coloured badge, so the page reads the same printed
in black and white.
"""
from __future__ import annotations

from html import escape

from offercheck.textout import printable

CSS = """
:root{--ink:#1d1d1f;--muted:#5f6368;--rule:#dadce0;--high:#b3261e;--medium:#8a5a00;--low:#0b57d0;
--met:#137333;--paper:#fff;--tint:#f6f8fa}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);
background:var(--paper);max-width:62rem;margin:2rem auto;padding:0 1.25rem}
header{border-bottom:2px solid var(--ink);padding-bottom:.6rem;margin-bottom:1rem}
h1{font-size:1.45rem;margin:0 0 .2rem}
h2{font-size:1.1rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--rule)}
h3{font-size:1rem;margin:0 0 .3rem}
.sub,.muted{color:var(--muted)}.sub{margin:0}
.summary{font-weight:600;margin:.4rem 0}
table{border-collapse:collapse;width:100%;margin:.4rem 0;font-size:.93rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--rule)}
th{background:var(--tint);font-weight:600;border-bottom:1px solid #bbb}
td.num{text-align:right;white-space:nowrap}td.where{white-space:nowrap;color:var(--muted)}
.detail{color:var(--muted);font-size:.88em;margin-top:.15rem}
.badge{display:inline-block;font-size:.78rem;font-weight:700;letter-spacing:.02em;padding:.05rem .4rem;
border-radius:3px;border:1px solid currentColor;white-space:nowrap}
.status-met{color:var(--met)}.status-not_met{color:var(--high)}.status-not_stated{color:var(--medium)}
.status-cannot_compare{color:#6b2c91}.sev-none{color:var(--muted);border-color:transparent}
.sev-high{color:#fff;background:var(--high);border-color:var(--high)}
.sev-medium{color:#4d3300;background:#fde293;border-color:#c99400}
.sev-low{color:var(--low);background:#e8f0fe;border-color:var(--low)}
.card{border:1px solid var(--rule);border-left:4px solid var(--muted);border-radius:4px;padding:.6rem .8rem;
margin:.6rem 0;break-inside:avoid;page-break-inside:avoid}
.card.high{border-left-color:var(--high)}.card.medium{border-left-color:#c99400}.card.low{border-left-color:var(--low)}
.card.met{border-left-color:var(--met)}
blockquote{margin:.35rem 0;padding:.2rem .7rem;border-left:3px solid var(--rule);color:#3c4043;font-style:italic}
blockquote .where{font-style:normal;font-size:.85em;color:var(--muted);margin-right:.3rem}
.advice{margin:.35rem 0 0}
dl.suggestion{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .7rem;margin:.3rem 0 0}
dl.suggestion dt{font-weight:600}dl.suggestion dd{margin:0}
table.terms{font-size:.85rem}table.terms td:nth-child(3){color:#3c4043}
ul.checklist{list-style:none;padding-left:0}
ul.checklist li{position:relative;padding:.3rem 0 .3rem 1.8rem;border-bottom:1px dotted var(--rule)}
ul.checklist li::before{content:"";position:absolute;left:.2rem;top:.5rem;width:.9rem;height:.9rem;
border:1.5px solid var(--ink);border-radius:2px}
footer.disclaimer{margin-top:2rem;padding-top:.6rem;border-top:1px solid var(--rule);color:var(--muted);
font-style:italic}
@page{margin:16mm 14mm}
@media print{
body{margin:0;max-width:none;font-size:10pt;line-height:1.4;padding:0}
h2{margin:1.2rem 0 .4rem}th,td{padding:.25rem .4rem}.card{padding:.4rem .6rem;margin:.4rem 0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{break-after:avoid;page-break-after:avoid}
tr,li,blockquote,.card{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
}
"""


def _e(text) -> str:
    return escape(printable(str(text)), quote=True)


def _badge(word: str, css: str) -> str:
    return f'<span class="badge {css}">{_e(word)}</span>'


def _table(headers: list[str], rows: list[str], css: str = "", id_: str = "") -> list[str]:
    attrs = (f' class="{css}"' if css else "") + (f' id="{id_}"' if id_ else "")
    return [f"<table{attrs}>", "<thead><tr>" + "".join(f'<th scope="col">{_e(h)}</th>' for h in headers)
            + "</tr></thead>", "<tbody>", *rows, "</tbody>", "</table>"]


def _terms(terms, explain: bool) -> list[str]:
    if not terms.rows:
        return ["<p>No terms found.</p>"]
    rows = [f"<tr><td>{_e(r.field)}</td><td>{_e(r.value)}</td><td>{_e(r.long_evidence)}</td>"
            f"<td class=\"where\">{_e(r.where)}</td><td class=\"num\">{_e(r.confidence)}</td></tr>"
            for r in terms.rows]
    out = _table(["Field", "Value", "Evidence", "Where", "Confidence"], rows, "terms", "terms")
    if explain:
        for r in terms.rows:
            out.append(f"<h3>{_e(r.field)}</h3><ul>")
            out += [f"<li>{_e(line)}</li>" for line in r.explain]
            out.append("</ul>")
    return out


def _checks(text) -> list[str]:
    out = ['<section id="checks-section">', "<h2>Checks</h2>", f'<p class="summary">{_e(text.summary)}</p>']
    rows = []
    for c in text.checks:
        status = c.check.status
        sev = "sev-none" if status == "met" else f"sev-{_e(c.check.severity)}"
        detail = f'<div class="detail">{_e(c.detail)}</div>' if c.detail else ""
        rows.append(f'<tr class="check {_e(status)}"><td>{_e(c.field)}</td>'
                    f"<td>{_badge(c.status, 'status-' + _e(status))}</td>"
                    f"<td>{_badge(c.severity, sev)}</td>"
                    f"<td>{_e(c.expected)}</td><td>{_e(c.found)}{detail}</td>"
                    f'<td class="where">{_e(c.where)}</td></tr>')
    out += _table(["Field", "Status", "Severity", "Expected", "Found", "Where"], rows, "checks", "checks")
    return out + ["</section>"]


def _flags(flags) -> list[str]:
    out = ['<section id="flags">', "<h2>Red flags</h2>"]
    if not flags:
        out.append("<p>None of the clauses checked for were found.</p>")
    for f in flags:
        severity = _e(f.flag.severity)
        out.append(f'<article class="card flag {severity}" data-flag="{_e(f.flag.id)}">')
        out.append(f"<h3>{_badge(f.severity, 'sev-' + severity)} {_e(f.title)}</h3>")
        for place, text in f.long_quotes:
            where_ = f'<span class="where">{_e(place)}</span>' if place else ""
            out.append(f"<blockquote>{where_}“{_e(text)}”</blockquote>")
        if f.advice:
            out.append(f'<p class="advice">→ {_e(f.advice)}</p>')
        if f.law:
            out.append(f'<p class="law">{_e(f.law)}</p>')
        out.append("</article>")
    return out + ["</section>"]


def _asks(checks) -> list[str]:
    out = ['<section id="asks">', "<h2>What to ask for</h2>"]
    for c in checks:
        status, severity = _e(c.check.status), _e(c.check.severity)
        sev = "" if status == "met" else " " + _badge(c.severity, "sev-" + severity)
        out.append(f'<article class="card {severity}">')
        out.append(f"<h3>{_e(c.field)} {_badge(c.status, 'status-' + status)}{sev}</h3>")
        out.append('<dl class="suggestion">')
        out += [f"<dt>{_e(name)}</dt><dd>{_e(text)}</dd>" for name, text in c.advice]
        out += ["</dl>", "</article>"]
    return out + ["</section>"]


def render(report, explain: bool = False, color: bool = False) -> str:
    text = report.text
    title = "Offer check: " + text.title
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
           "<header>", f"<h1>{_e(title)}</h1>", f'<p class="sub">{_e(text.subtitle)}</p>', "</header>",
           "<main>"]
    out += [f'<p class="note">{_e(note)}</p>' for note in report.notes]
    if text.checks:
        out += _checks(text)
    out += _flags(text.flags)
    if text.asks:
        out += _asks(text.asks)
    out += ['<section id="terms-section">', "<h2>Terms found</h2>"]
    out += _terms(text.terms, explain)
    out.append("</section>")
    out += ['<section id="checklist-section">', "<h2>Before you sign</h2>", '<ul class="checklist" id="checklist">']
    out += [f"<li>{_e(line)}</li>" for line in report.checklist]
    out += ["</ul>", "</section>", "</main>",
            f'<footer class="disclaimer" id="disclaimer">{_e(text.disclaimer)}</footer>', "</body>", "</html>", ""]
    return "\n".join(out)
