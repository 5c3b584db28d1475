"""The report as Markdown: the same sections as the terminal view.

Document text is escaped so a letter's own asterisks, pipes or angle brackets cannot
change the table or inject HTML where the Markdown is displayed.
"""
from __future__ import annotations

import re

from offercheck.describe import (DISCLAIMER, STATUS_WORDS, check_row, explain_lines, flag_quotes, heading,
                                 named, subheading, suggestion_parts, summary, term_row)
from offercheck.textout import printable

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!])")


def esc(text: str) -> str:
    """Text safe inside a Markdown paragraph or table cell, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(printable(str(text)).split()))


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return out


def _terms(extraction, explain: bool) -> list[str]:
    if not extraction.terms:
        return ["No terms found."]
    rows = []
    for term in extraction.terms.values():
        r = term_row(term, document=extraction.document, findings=extraction.findings)
        rows.append([r["field"], r["value"], r["evidence"], r["where"], r["confidence"]])
    out = _table(["Field", "Value", "Evidence", "Where", "Confidence"], rows)
    if explain:
        for term in extraction.terms.values():
            out += ["", f"**{esc(named(term.field, term.evidence))}**", ""]
            out += [f"- {esc(line)}" for line in explain_lines(term)]
    return out


def render(report, explain: bool = False, color: bool = False) -> str:
    document = report.extraction.document
    out = [f"# Offer check: {esc(heading(report.extraction))}", "", esc(subheading(report)), ""]
    for note in report.notes:
        out += [esc(note), ""]

    if report.checks:
        out += ["## Checks", "", esc(summary(report)), ""]
        rows = []
        for c in report.checks:
            r = check_row(c, document)
            rows.append([r["field"], r["status"], r["severity"], r["expected"], r["found"], r["where"]])
        out += _table(["Field", "Status", "Severity", "Expected", "Found", "Where"], rows)
        details = [f"- **{esc(named(c.field, c.evidence))}**: {esc(check_row(c)['detail'])}" for c in report.checks
                   if check_row(c)["detail"]]
        if details:
            out += [""] + details
        out.append("")

    out += ["## Red flags", ""]
    if not report.flags:
        out.append("None of the clauses checked for were found.")
    for f in report.flags:
        out.append(f"- **{f.severity.upper()}**: {esc(f.title)}")
        for place, text in flag_quotes(f, document):
            out.append(f"  > {esc(place) + ': ' if place else ''}“{esc(text)}”")
        if f.suggestion:
            out.append(f"  → {esc(f.suggestion)}")
    out.append("")

    suggested = [c for c in report.checks if c.suggestion]
    if suggested:
        out += ["## What to ask for", ""]
        for c in suggested:
            sev = f" ({check_row(c)['severity']})" if c.status != "met" else ""
            out += [f"### {esc(named(c.field, c.evidence))}: {STATUS_WORDS.get(c.status, c.status)}{sev}", ""]
            out += [f"- **{name}:** {esc(text)}" for name, text in suggestion_parts(c.suggestion)]
            out.append("")

    out += ["## Terms found", ""] + _terms(report.extraction, explain) + [""]

    out += ["## Before you sign", ""]
    out += [f"- [ ] {esc(line)}" for line in report.checklist]
    out += ["", "---", "", f"*{esc(DISCLAIMER)}*", ""]
    return "\n".join(out)
