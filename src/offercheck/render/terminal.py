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

from offercheck.describe import (DISCLAIMER, STATUS_WORDS, check_row, explain_lines, flag_quotes, heading,
                                 named, subheading, suggestion_parts, summary, term_row)
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


def _terms(console: Console, extraction, explain: bool) -> None:
    if not extraction.terms:
        console.print(Text("No terms found."))
        return
    document = extraction.document
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
    for name, kw in (("Field", {"style": "bold", "max_width": 22}), ("Value", {"max_width": 26}),
                     ("Evidence", {"ratio": 1}), ("Where", {"max_width": 16}), ("Conf.", {"justify": "right"})):
        table.add_column(name, **kw)
    for term in extraction.terms.values():
        row = term_row(term, document=document, findings=extraction.findings)
        table.add_row(*(Text(row[k]) for k in ("field", "value", "evidence", "where", "confidence")))
    console.print(table)
    if explain:
        for term in extraction.terms.values():
            console.print(Text(named(term.field, term.evidence), style="bold"))
            for line in explain_lines(term):
                _indented(console, Text(line))


def terms_table(extraction, explain: bool = False, color: bool = False) -> str:
    """The terms found, as a table (``offercheck extract --format table``)."""
    console = _console(color)
    console.print(Text(heading(extraction), style="bold"))
    _terms(console, extraction, explain)
    return _output(console)


def render(report, explain: bool = False, color: bool = False) -> str:
    console = _console(color)
    document = report.extraction.document
    console.print(Text("Offer check: " + heading(report.extraction), style="bold"))
    console.print(Text(subheading(report), style="dim"))
    for note in report.notes:
        console.print(Text(note))

    if report.checks:
        _section(console, "Checks")
        console.print(Text(summary(report)))
        table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
        for name, kw in (("Field", {"style": "bold", "max_width": 22}), ("Status", {"no_wrap": True}),
                         ("Severity", {"no_wrap": True}), ("Expected", {"ratio": 1}), ("Found", {"ratio": 1}),
                         ("Where", {"max_width": 16})):
            table.add_column(name, **kw)
        for c in report.checks:
            row = check_row(c, document)
            table.add_row(Text(row["field"]), Text(row["status"], style=STATUS_STYLE.get(c.status, "")),
                          Text(row["severity"], style=_severity(c)),
                          Text(row["expected"]), Text(row["found"]), Text(row["where"]))
        console.print(table)
        for c in report.checks:
            detail = check_row(c)["detail"]
            if detail:
                _indented(console, Text(f"{named(c.field, c.evidence)}: {detail}", style="dim"))

    _section(console, "Red flags")
    if not report.flags:
        console.print(Text("None of the clauses checked for were found."))
    for f in report.flags:
        line = Text()
        line.append(f"[{f.severity.upper()}] ", style=SEVERITY_STYLE.get(f.severity, ""))
        line.append(f.title, style="bold")
        console.print(line)
        for place, text in flag_quotes(f, document):
            _indented(console, Text(f"{place + ': ' if place else ''}“{text}”", style="italic"), 4)
        if f.suggestion:
            _indented(console, Text(f"→ {f.suggestion}"), 4)

    suggested = [c for c in report.checks if c.suggestion]
    if suggested:
        _section(console, "What to ask for")
        for c in suggested:
            head = Text(named(c.field, c.evidence), style="bold")
            head.append(f" — {STATUS_WORDS.get(c.status, c.status)}", style=STATUS_STYLE.get(c.status, ""))
            if c.status != "met":
                head.append(f" ({check_row(c)['severity']})", style=_severity(c))
            console.print(head)
            for name, text in suggestion_parts(c.suggestion):
                _indented(console, Text(f"{name}: {text}"))

    _section(console, "Terms found")
    _terms(console, report.extraction, explain)

    _section(console, "Before you sign")
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for line in report.checklist:
        grid.add_row(Text("[ ]"), Text(line))
    console.print(grid)
    console.print()
    console.print(Text(DISCLAIMER, style="italic"))
    return _output(console)


def _output(console: Console) -> str:
    """What was drawn, without the spaces rich pads lines with."""
    return "\n".join(line.rstrip() for line in console.file.getvalue().split("\n"))
