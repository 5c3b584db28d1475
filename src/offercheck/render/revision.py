"""Views of a DiffReport (``offercheck diff``): terminal, Markdown, HTML; JSON through
``render/json.py``. Every sentence comes worded in the DiffReport (``revision.py``);
these lay it out and escape it, and share the report views' pieces.

A clause's changed words show as ``[-removed-]{+added+}`` in the terminal (coloured
where colour is on), ~~removed~~ **added** in Markdown and <del>/<ins> in HTML, so the
change reads without colour too.
"""
from __future__ import annotations

from typing import Callable

FORMATS = ("terminal", "markdown", "json", "html")
KIND_HEADS = {"changed": "Changed", "added": "Added", "removed": "Removed", "moved": "Moved"}
NO_TERMS = "No term changed: every term either version states has the same value in the other."
NO_CLAUSES = "No clause's words changed."


def by_name(name: str) -> Callable[..., str]:
    """The view of a DiffReport for a format: ``by_name("html")(diff, explain=False, color=False)``."""
    views = {"terminal": terminal, "markdown": markdown, "html": html, "json": _json}
    if name not in views:
        from offercheck.errors import UsageError
        raise UsageError(f"unknown format '{name}'; choose one of: {', '.join(FORMATS)}")
    return views[name]


def _json(diff, explain: bool = False, color: bool = False) -> str:
    from offercheck.render import json as rjson
    return rjson.dumps(rjson.diff_json(diff, explain=explain))


def _sides(t):
    return [(name, side) for name, side in (("before", t.old), ("now", t.new)) if side is not None]


# -- terminal ------------------------------------------------------------------------------


def _words_text(pieces, color: bool):
    from offercheck.render.terminal import Text

    line = Text()
    for op, words in pieces:
        if line.plain:
            line.append(" ")
        if op == "del":
            line.append(f"[-{words}-]", style="red strike" if color else None)
        elif op == "ins":
            line.append(f"{{+{words}+}}", style="green" if color else None)
        else:
            line.append(words, style="dim" if op == "gap" else None)
    return line


def terminal(diff, explain: bool = False, color: bool = False) -> str:
    from offercheck.render.terminal import SEVERITY_STYLE, Text, _console, _indented, _output, _section

    console = _console(color)
    console.print(Text("Offer revision: " + diff.title, style="bold"))
    console.print(Text(diff.subtitle, style="dim"))
    console.print(Text(diff.summary))
    for note in diff.notes:
        console.print(Text(note, style="dim"))
    _section(console, "Terms that changed")
    if not diff.terms:
        console.print(Text(NO_TERMS))
    for t in diff.terms:
        console.print(Text(t.sentence, style="bold"))
        for name, side in _sides(t):
            _indented(console, Text(f"{name}{' (' + side.where + ')' if side.where else ''}: “{side.quote}”",
                                    style="italic"), 4)
            for line in side.explain if explain else ():
                _indented(console, Text(line, style="dim"), 6)
    _section(console, "Clauses whose text changed")
    if not diff.clauses:
        console.print(Text(NO_CLAUSES))
    for c in diff.clauses:
        head = Text(f"{KIND_HEADS[c.kind]}: {c.label}", style="bold")
        head.append(f"  {c.where}" if c.where else "", style="dim")
        if c.terms:
            head.append(f"  (terms: {', '.join(c.terms)})", style="dim")
        console.print(head)
        if c.pieces:
            _indented(console, _words_text(c.pieces, color), 4)
    if diff.checks:
        _terminal_checks(console, diff, Text, _section, _indented)
    if diff.flags:
        _section(console, "Red flags")
        for f in diff.flags:
            line = Text(f"{'+' if f.kind == 'raised' else '-'} {f.kind} ")
            line.append(f"[{f.flag.severity}] ", style=SEVERITY_STYLE.get(f.flag.flag.severity, ""))
            line.append(f.flag.title, style="bold")
            console.print(line)
            for place, quoted in f.quotes:
                _indented(console, Text(f"{place + ': ' if place else ''}“{quoted}”", style="italic"), 4)
    console.print()
    console.print(Text(diff.disclaimer, style="italic"))
    return _output(console)


def _terminal_checks(console, diff, Text, _section, _indented) -> None:
    from rich import box
    from rich.table import Table

    from offercheck.render.terminal import STATUS_STYLE

    _section(console, "Your expectations")
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
    for name, kw in (("Field", {"style": "bold", "max_width": 22}), ("Change", {"no_wrap": True}),
                     ("Before", {"no_wrap": True}), ("Now", {"no_wrap": True}), ("Expected", {"ratio": 1}),
                     ("Found (before → now)", {"ratio": 1})):
        table.add_column(name, **kw)
    for c in diff.checks:
        table.add_row(Text(c.field), Text(c.change), Text(c.before, style=STATUS_STYLE.get(c.old.check.status, "")),
                      Text(c.now, style=STATUS_STYLE.get(c.new.check.status, "")), Text(c.expected), Text(c.found))
    console.print(table)
    if diff.still_open:
        _section(console, "Still open")
        for c in diff.still_open:
            console.print(Text(f"{c.field} — {c.now}", style="bold"))
            for name, said in c.advice:
                _indented(console, Text(f"{name}: {said}"))


# -- Markdown ------------------------------------------------------------------------------


def _md_words(pieces) -> str:
    from offercheck.render.markdown import esc

    marks = {"del": "~~{}~~", "ins": "**{}**"}
    # a letter's own tildes must not strike words through
    return " ".join(marks.get(op, "{}").format(esc(words).replace("~", "\\~")) for op, words in pieces)


def markdown(diff, explain: bool = False, color: bool = False) -> str:
    from offercheck.render.markdown import _table, esc

    out = [f"# Offer revision: {esc(diff.title)}", "", esc(diff.subtitle), "", esc(diff.summary), ""]
    for note in diff.notes:
        out += [f"*{esc(note)}*", ""]
    out += ["## Terms that changed", ""]
    if not diff.terms:
        out += [esc(NO_TERMS)]
    for t in diff.terms:
        out.append(f"- **{esc(t.sentence)}**")
        for name, side in _sides(t):
            out.append(f"  - {name}{' (' + esc(side.where) + ')' if side.where else ''}: “{esc(side.quote)}”")
            out += [f"    - {esc(line)}" for line in (side.explain if explain else ())]
    out += ["", "## Clauses whose text changed", ""]
    if not diff.clauses:
        out += [esc(NO_CLAUSES)]
    for c in diff.clauses:
        terms = f" (terms: {esc(', '.join(c.terms))})" if c.terms else ""
        out.append(f"- **{KIND_HEADS[c.kind]}: {esc(c.label)}** {esc(c.where)}{terms}")
        out += [f"  > {_md_words(c.pieces)}"] if c.pieces else []
    if diff.checks:
        out += ["", "## Your expectations", ""]
        out += _table(["Field", "Change", "Before", "Now", "Expected", "Found (before → now)"],
                      [[c.field, c.change, c.before, c.now, c.expected, c.found] for c in diff.checks])
        if diff.still_open:
            out += ["", "### Still open", ""]
            for c in diff.still_open:
                out.append(f"- **{esc(c.field)}**: {esc(c.now)}")
                out += [f"  - **{name}:** {esc(said)}" for name, said in c.advice]
    if diff.flags:
        out += ["", "## Red flags", ""]
        out += [f"- {f.kind}: **{f.flag.severity}** {esc(f.flag.title)}" for f in diff.flags]
    out += ["", "---", "", f"*{esc(diff.disclaimer)}*", ""]
    return "\n".join(out)


# -- HTML ----------------------------------------------------------------------------------

DIFF_CSS = """
del{color:var(--high);background:#fce8e6;text-decoration:line-through}
ins{color:var(--met);background:#e6f4ea;text-decoration:underline}
.words{margin:.35rem 0;padding:.2rem .7rem;border-left:3px solid var(--rule)}
.card.changed{border-left-color:#c99400}.card.added{border-left-color:var(--met)}
.card.removed{border-left-color:var(--high)}.card.moved{border-left-color:var(--low)}
.kind{font-size:.78rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;margin-right:.3rem}
.gap{color:var(--muted)}
"""


def _html_words(pieces) -> str:
    from offercheck.render.html import _e

    tags = {"del": "<del>{}</del>", "ins": "<ins>{}</ins>", "gap": '<span class="gap">{}</span>'}
    return " ".join(tags.get(op, "{}").format(_e(words)) for op, words in pieces)


def _html_terms(diff, _e, explain: bool) -> list[str]:
    out = ['<section id="terms-section">', "<h2>Terms that changed</h2>"]
    if not diff.terms:
        out.append(f"<p>{_e(NO_TERMS)}</p>")
    for t in diff.terms:
        out.append(f'<article class="card term {_e(t.kind)}" data-field="{_e(t.field)}">')
        out.append(f'<h3><span class="kind">{_e(t.kind)}</span>{_e(t.sentence)}</h3>')
        for name, side in _sides(t):
            where = f'<span class="where">{_e(name)}{", " + _e(side.where) if side.where else ""}</span>'
            out.append(f"<blockquote>{where}“{_e(side.quote)}”</blockquote>")
            if explain and side.explain:
                out += ['<ul class="explain">', *(f"<li>{_e(line)}</li>" for line in side.explain), "</ul>"]
        out.append("</article>")
    return out + ["</section>"]


def _html_clauses(diff, _e) -> list[str]:
    out = ['<section id="clauses-section">', "<h2>Clauses whose text changed</h2>"]
    if not diff.clauses:
        out.append(f"<p>{_e(NO_CLAUSES)}</p>")
    for c in diff.clauses:
        terms = f' <span class="muted">(terms: {_e(", ".join(c.terms))})</span>' if c.terms else ""
        out.append(f'<article class="card clause {_e(c.kind)}">')
        out.append(f'<h3><span class="kind">{_e(c.kind)}</span>{_e(c.label)} '
                   f'<span class="muted">{_e(c.where)}</span>{terms}</h3>')
        out += ([f'<p class="words">{_html_words(c.pieces)}</p>'] if c.pieces else []) + ["</article>"]
    return out + ["</section>"]


def _html_checks(diff, _e, _badge, _table) -> list[str]:
    out = ['<section id="checks-section">', "<h2>Your expectations</h2>"]
    rows = []
    for c in diff.checks:
        rows.append(f'<tr class="check {_e(c.kind)}"><td>{_e(c.field)}</td><td>{_e(c.change)}</td>'
                    f"<td>{_badge(c.before, 'status-' + _e(c.old.check.status))}</td>"
                    f"<td>{_badge(c.now, 'status-' + _e(c.new.check.status))}</td>"
                    f"<td>{_e(c.expected)}</td><td>{_e(c.found)}</td></tr>")
    out += _table(["Field", "Change", "Before", "Now", "Expected", "Found (before → now)"], rows, "checks", "checks")
    if diff.still_open:
        out.append('<h3 id="still-open">Still open</h3><dl class="suggestion">')
        for c in diff.still_open:
            out.append(f"<dt>{_e(c.field)}</dt><dd>{_e(c.now)}</dd>")
            out += [f"<dt></dt><dd><strong>{_e(name)}:</strong> {_e(said)}</dd>" for name, said in c.advice]
        out.append("</dl>")
    return out + ["</section>"]


def html(diff, explain: bool = False, color: bool = False) -> str:
    from offercheck.render.html import CSS, _badge, _e, _table

    title = "Offer revision: " + diff.title
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(title)}</title>", f"<style>{CSS}{DIFF_CSS}</style>", "</head>", "<body>",
           "<header>", f"<h1>{_e(title)}</h1>", f'<p class="sub">{_e(diff.subtitle)}</p>', "</header>", "<main>",
           f'<p class="summary" id="summary">{_e(diff.summary)}</p>']
    out += [f'<p class="note">{_e(note)}</p>' for note in diff.notes]
    out += _html_terms(diff, _e, explain) + _html_clauses(diff, _e)
    if diff.checks:
        out += _html_checks(diff, _e, _badge, _table)
    if diff.flags:
        out += ['<section id="flags">', "<h2>Red flags</h2>"]
        for f in diff.flags:
            sev = _e(f.flag.flag.severity)
            out.append(f'<article class="card flag {sev}" data-flag="{_e(f.flag.flag.id)}" data-change="{_e(f.kind)}">'
                       f'<h3><span class="kind">{_e(f.kind)}</span>{_badge(f.flag.severity, "sev-" + sev)} '
                       f"{_e(f.flag.title)}</h3></article>")
        out.append("</section>")
    out += ["</main>", f'<footer class="disclaimer" id="disclaimer">{_e(diff.disclaimer)}</footer>', "</body>",
            "</html>", ""]
    return "\n".join(out)
