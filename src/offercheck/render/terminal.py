"""The report for a terminal, drawn with rich into a string.

Severity shows as a word and, with colour, as a colour; NO_COLOR or ``color=False``
gives plain text without escape codes. Every piece of document text goes in as a
``Text`` so brackets in a letter are never read as rich markup.
"""
from __future__ import annotations

import io
import os

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text as _RichText

from offercheck.textout import fit, printable

WIDTH = 100
STATUS_STYLE = {"met": "green", "not_met": "bold red", "not_stated": "yellow", "cannot_compare": "magenta"}
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


class Text(_RichText):
    """rich's Text, its words fitted to the encoding the report will be written in
    (textout.aim) before the table is laid out."""

    def __init__(self, text: str = "", *args, **kwargs):
        super().__init__(fit(printable(text)), *args, **kwargs)

    def append(self, text, style=None):
        return super().append(fit(printable(text)) if isinstance(text, str) else text, style)


def _console(color: bool, width: int = WIDTH) -> Console:
    color = color and "NO_COLOR" not in os.environ
    return Console(file=io.StringIO(), width=width, force_terminal=color, no_color=not color,
                   color_system="standard" if color else None, highlight=False, emoji=False,
                   markup=False, legacy_windows=False)


def _indented(console: Console, text: Text, by: int = 2) -> None:
    """Printed with its wrapped lines kept under the first."""
    console.print(Padding(text, (0, 0, 0, by), expand=False))


def _section(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))


def _severity(check) -> str:
    return "dim" if check.status == "met" else SEVERITY_STYLE.get(check.severity, "")


def _terms(console: Console, terms, explain: bool) -> None:
    if not terms.rows:
        console.print(Text("No terms found."))
        return
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
    for name, kw in (("Field", {"style": "bold", "max_width": 22}), ("Value", {"max_width": 26}),
                     ("Evidence", {"ratio": 1}), ("Where", {"max_width": 16}), ("Conf.", {"justify": "right"})):
        table.add_column(name, **kw)
    for row in terms.rows:
        table.add_row(*(Text(x) for x in (row.field, row.value, row.evidence, row.where, row.confidence)))
    console.print(table)
    if explain:
        for row in terms.rows:
            console.print(Text(row.field, style="bold"))
            for line in row.explain:
                _indented(console, Text(line))


def terms_table(terms, explain: bool = False, color: bool = False) -> str:
    """The terms found (a ``TermsText``), as a table (``offercheck extract --format table``)."""
    console = _console(color)
    console.print(Text(terms.heading, style="bold"))
    _terms(console, terms, explain)
    return _output(console)


def _checks(console: Console, text) -> None:
    _section(console, "Checks")
    console.print(Text(text.summary))
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
    for name, kw in (("Field", {"style": "bold", "max_width": 22}), ("Status", {"no_wrap": True}),
                     ("Severity", {"no_wrap": True}), ("Expected", {"ratio": 1}), ("Found", {"ratio": 1}),
                     ("Where", {"max_width": 16})):
        table.add_column(name, **kw)
    for c in text.checks:
        table.add_row(Text(c.field), Text(c.status, style=STATUS_STYLE.get(c.check.status, "")),
                      Text(c.severity, style=_severity(c.check)),
                      Text(c.expected), Text(c.found), Text(c.where))
    console.print(table)
    for c in text.checks:
        if c.detail:
            _indented(console, Text(f"{c.field}: {c.detail}", style="dim"))


def _flags(console: Console, flags) -> None:
    _section(console, "Red flags")
    if not flags:
        console.print(Text("None of the clauses checked for were found."))
    for f in flags:
        line = Text()
        line.append(f"[{f.severity}] ", style=SEVERITY_STYLE.get(f.flag.severity, ""))
        line.append(f.title, style="bold")
        console.print(line)
        for place, quoted in f.quotes:
            _indented(console, Text(f"{place + ': ' if place else ''}“{quoted}”", style="italic"), 4)
        if f.advice:
            _indented(console, Text(f"→ {f.advice}"), 4)
        if f.law:
            _indented(console, Text(f.law, style="dim"), 4)


def _asks(console: Console, checks) -> None:
    _section(console, "What to ask for")
    for c in checks:
        head = Text(c.field, style="bold")
        head.append(f" — {c.status}", style=STATUS_STYLE.get(c.check.status, ""))
        if c.check.status != "met":
            head.append(f" ({c.severity})", style=_severity(c.check))
        console.print(head)
        for name, said in c.advice:
            _indented(console, Text(f"{name}: {said}"))


def render(report, explain: bool = False, color: bool = False) -> str:
    console = _console(color)
    text = report.text
    console.print(Text("Offer check: " + text.title, style="bold"))
    console.print(Text(text.subtitle, style="dim"))
    for note in report.notes:
        console.print(Text(note))
    if text.checks:
        _checks(console, text)
    _flags(console, text.flags)
    if text.asks:
        _asks(console, text.asks)

    _section(console, "Terms found")
    _terms(console, text.terms, explain)

    _section(console, "Before you sign")
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for line in report.checklist:
        grid.add_row(Text("[ ]"), Text(line))
    console.print(grid)
    console.print()
    console.print(Text(text.disclaimer, style="italic"))
    return _output(console)


def _output(console: Console) -> str:
    """What was drawn, without the spaces rich pads lines with."""
    return "\n".join(line.rstrip() for line in console.file.getvalue().split("\n"))
