"""The report as Markdown: the same sections as the terminal view.

Document text is escaped so a letter's own asterisks, pipes or angle brackets cannot
change the table or inject HTML where the Markdown is displayed.
"""
from __future__ import annotations

import re

from offercheck.textout import printable

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!])")


def esc(text: str) -> str:
    """Text safe inside a Markdown paragraph or table cell, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(printable(str(text)).split()))


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return out


def _terms(terms, explain: bool) -> list[str]:
    if not terms.rows:
        return ["No terms found."]
    out = _table(["Field", "Value", "Evidence", "Where", "Confidence"],
                 [[r.field, r.value, r.evidence, r.where, r.confidence] for r in terms.rows])
    if explain:
        for r in terms.rows:
            out += ["", f"**{esc(r.field)}**", ""]
            out += [f"- {esc(line)}" for line in r.explain]
    return out


def _checks(text) -> list[str]:
    out = ["## Checks", "", esc(text.summary), ""]
    out += _table(["Field", "Status", "Severity", "Expected", "Found", "Where"],
                  [[c.field, c.status, c.severity, c.expected, c.found, c.where] for c in text.checks])
    details = [f"- **{esc(c.field)}**: {esc(c.detail)}" for c in text.checks if c.detail]
    if details:
        out += [""] + details
    return out + [""]


def _flags(flags) -> list[str]:
    out = ["## Red flags", ""]
    if not flags:
        out.append("None of the clauses checked for were found.")
    for f in flags:
        out.append(f"- **{f.severity}**: {esc(f.title)}")
        for place, text in f.quotes:
            out.append(f"  > {esc(place) + ': ' if place else ''}“{esc(text)}”")
        if f.advice:
            out.append(f"  → {esc(f.advice)}")
        if f.law:
            out.append(f"  {esc(f.law)}")
    return out + [""]


def _asks(checks) -> list[str]:
    out = ["## What to ask for", ""]
    for c in checks:
        sev = f" ({c.severity})" if c.check.status != "met" else ""
        out += [f"### {esc(c.field)}: {c.status}{sev}", ""]
        out += [f"- **{name}:** {esc(text)}" for name, text in c.advice]
        out.append("")
    return out


def render(report, explain: bool = False, color: bool = False) -> str:
    text = report.text
    out = [f"# Offer check: {esc(text.title)}", "", esc(text.subtitle), ""]
    for note in report.notes:
        out += [esc(note), ""]
    if text.checks:
        out += _checks(text)
    out += _flags(text.flags)
    if text.asks:
        out += _asks(text.asks)
    out += ["## Terms found", ""] + _terms(text.terms, explain) + [""]
    out += ["## Before you sign", ""]
    out += [f"- [ ] {esc(line)}" for line in report.checklist]
    out += ["", "---", "", f"*{esc(text.disclaimer)}*", ""]
    return "\n".join(out)
