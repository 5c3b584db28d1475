"""Views of an OffersReport (``offercheck offers``): terminal, Markdown and HTML. The
JSON view is ``render/json.py``'s ``offers_json``. Every sentence comes worded in the
OffersReport (``offers.py``); these functions lay it out and escape it."""
from __future__ import annotations

from typing import Callable

FORMATS = ("terminal", "markdown", "json", "html")


def _legend(report) -> list[str]:
    """One line per offer: its letter, its file and its employer."""
    return [c.heading for c in report.offers]


def _pay_table(report) -> tuple[list[str], list[list[str]]]:
    headers = ["Pay"] + [c.label for c in report.offers]
    return headers, [[row.label, *(cell.text for cell in row.cells)] for row in report.pay]


def _sections(report):
    """(title, intro lines, headers, rows, closing lines) of each section, in order."""
    labels = [c.label for c in report.offers]
    out = [("Terms", [], ["Term", *labels], [[r.label, *r.cells] for r in report.terms], [])]
    if report.checks:
        out.append(("Checks", [report.musts_summary], ["Expectation", *labels],
                    [[r.label, *r.cells] for r in report.checks], []))
    headers, rows = _pay_table(report)
    out.append((f"Pay: the first year and {report.years} years", [], headers, rows,
                [report.rates_text, *report.pay_notes]))
    return out


# -- terminal ----------------------------------------------------------------------------

def render_terminal(report, explain: bool = False, color: bool = False) -> str:
    from rich import box
    from rich.table import Table

    from offercheck.render.terminal import Text, _console, _indented, _output, _section

    console = _console(color, width=120)
    console.print(Text(report.title, style="bold"))
    for line in _legend(report):
        _indented(console, Text(line))
    console.print(Text(report.subtitle, style="dim"))
    for note in report.notes:
        console.print(Text(note))
    for title, intro, headers, rows, closing in _sections(report):
        _section(console, title)
        for line in intro:
            console.print(Text(line))
        table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
        table.add_column(headers[0], style="bold", max_width=24)
        for h in headers[1:]:
            table.add_column(h, ratio=1)
        for row in rows:
            table.add_row(*(Text(c) for c in row))
        console.print(table)
        for line in closing:
            _indented(console, Text("- " + line, style="dim"))
    console.print()
    console.print(Text(report.disclaimer, style="italic"))
    return _output(console)


# -- Markdown ----------------------------------------------------------------------------

def render_markdown(report, explain: bool = False, color: bool = False) -> str:
    from offercheck.render.markdown import _table, esc

    out = [f"# {esc(report.title)}", ""]
    out += [f"- {esc(line)}" for line in _legend(report)]
    out += ["", esc(report.subtitle), ""]
    for note in report.notes:
        out += [esc(note), ""]
    for title, intro, headers, rows, closing in _sections(report):
        out += [f"## {esc(title)}", ""]
        for line in intro:
            out += [esc(line), ""]
        out += _table(headers, rows) + [""]
        out += [f"- {esc(line)}" for line in closing]
        out += [""] if closing else []
    out += ["---", "", f"*{esc(report.disclaimer)}*", ""]
    return "\n".join(out)


# -- HTML --------------------------------------------------------------------------------

def _html_section(title: str, intro, headers, rows, closing, id_: str) -> list[str]:
    from offercheck.render.html import _e, _table

    out = [f'<section id="{id_}-section">', f"<h2>{_e(title)}</h2>"]
    out += [f'<p class="summary">{_e(line)}</p>' for line in intro]
    body = [f'<tr><th scope="row">{_e(row[0])}</th>' + "".join(f"<td>{_e(c)}</td>" for c in row[1:]) + "</tr>"
            for row in rows]
    out += _table(headers, body, "offers", id_)
    if closing:
        out += ['<ul class="notes">'] + [f"<li>{_e(line)}</li>" for line in closing] + ["</ul>"]
    return out + ["</section>"]


def render_html(report, explain: bool = False, color: bool = False) -> str:
    from offercheck.render.html import CSS, _e

    title = report.title
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(title)}</title>",
           f"<style>{CSS}table.offers th[scope=row]{{background:none;width:18%}}ul.notes{{color:var(--muted)}}</style>",
           "</head>", "<body>", "<header>", f"<h1>{_e(title)}</h1>", '<ul class="legend" id="legend">']
    out += [f"<li>{_e(line)}</li>" for line in _legend(report)]
    out += ["</ul>", f'<p class="sub">{_e(report.subtitle)}</p>', "</header>", "<main>"]
    out += [f'<p class="note">{_e(note)}</p>' for note in report.notes]
    for (title_, intro, headers, rows, closing), id_ in zip(_sections(report), _ids(report)):
        out += _html_section(title_, intro, headers, rows, closing, id_)
    out += ["</main>", f'<footer class="disclaimer" id="disclaimer">{_e(report.disclaimer)}</footer>',
            "</body>", "</html>", ""]
    return "\n".join(out)


def _ids(report) -> list[str]:
    return ["terms"] + (["checks"] if report.checks else []) + ["pay"]


def _json(report, explain: bool = False, color: bool = False) -> str:
    from offercheck.render import json as rjson
    return rjson.dumps(rjson.offers_json(report))


def by_name(name: str) -> Callable[..., str]:
    """The view of an OffersReport for a format: ``by_name("html")(report)``."""
    views = {"terminal": render_terminal, "markdown": render_markdown, "html": render_html, "json": _json}
    if name not in views:
        from offercheck.errors import UsageError
        raise UsageError(f"unknown format '{name}'; choose one of: {', '.join(FORMATS)}")
    return views[name]
