"""The report as Markdown: the same sections as the terminal view.

Document text is escaped so a letter's own asterisks, pipes or angle brackets cannot
change the table or inject HTML where the Markdown is displayed.
"""
from __future__ import annotations

import re

from offercheck.render import (check_row, explain_lines, heading, label, quote, subheading,
                               suggestion_parts, summary, term_row, where)
from offercheck.render.json import DISCLAIMER

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!])")


def esc(text: str) -> str:
    """Text safe inside a Markdown paragraph or table cell, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return out


def _terms(extraction, explain: bool) -> list[str]:
    if not extraction.terms:
        return ["No terms found."]
    rows = []
    for term in extraction.terms.values():
        r = term_row(term)
        rows.append([r["field"], r["value"], r["evidence"], r["page"], r["confidence"]])
    out = _table(["Field", "Value", "Evidence", "Page", "Confidence"], rows)
    if explain:
        for term in extraction.terms.values():
            out += ["", f"**{esc(label(term.field))}**", ""]
            out += [f"- {esc(line)}" for line in explain_lines(term)]
    return out


def render(report, explain: bool = False, color: bool = False) -> str:
    out = [f"# Offer check: {esc(heading(report.extraction))}", "", esc(subheading(report)), ""]
    for note in report.notes:
        out += [esc(note), ""]

    if report.checks:
        out += ["## Checks", "", esc(summary(report)), ""]
        rows = []
        for c in report.checks:
            r = check_row(c)
            rows.append([r["field"], r["status"], r["severity"], r["expected"], r["found"], r["page"]])
        out += _table(["Field", "Status", "Severity", "Expected", "Found", "Page"], rows)
        details = [f"- **{esc(label(c.field))}**: {esc(c.detail)}" for c in report.checks if c.detail]
        if details:
            out += [""] + details
        out.append("")

    out += ["## Red flags", ""]
    if not report.flags:
        out.append("None of the clauses checked for were found.")
    for f in report.flags:
        page = f" ({esc(where(f.evidence))})" if where(f.evidence) else ""
        out.append(f"- **{f.severity.upper()}**: {esc(f.title)}{page}")
        for e in f.evidence[:2]:
            out.append(f"  > “{esc(quote(e.text))}”")
        if f.suggestion:
            out.append(f"  → {esc(f.suggestion)}")
    out += ["", "## Terms found", ""] + _terms(report.extraction, explain) + [""]

    suggested = [c for c in report.checks if c.suggestion]
    if suggested:
        out += ["## Suggestions", ""]
        for c in suggested:
            page = f" ({esc(where(c.evidence))})" if where(c.evidence) else ""
            out += [f"### {esc(label(c.field))}: {check_row(c)['status']}{page}", ""]
            out += [f"- **{name}:** {esc(text)}" for name, text in suggestion_parts(c.suggestion)]
            out.append("")

    out += ["## Before you sign", ""]
    out += [f"- [ ] {esc(line)}" for line in report.checklist]
    out += ["", "---", "", f"*{esc(DISCLAIMER)}*", ""]
    return "\n".join(out)
