"""Checks and flags -> the Report, holding every sentence the views show.

The one place where the report's words are put together: after compare (checks), flags
(red flags) and suggest (asks, questions, checklist, the reply's points), each check,
flag and term is worded here once, with ``describe``'s vocabulary, into the frozen
``*Text`` values of ``model``. Renderers lay those strings out and compute nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from offercheck import describe as d
from offercheck.model import (Check, CheckText, Extraction, Flag, FlagText, Report, ReplyText, ReportText,
                              TermRow, TermsText)
from offercheck.sentences import ends_with_stop

NO_EXPECTATIONS = ("No expectations given: only the terms found and the red flags are shown. "
                   "Pass --expect FILE to compare them with what you were told "
                   "(`offercheck init` writes a starter file).")


def build_report(extraction: Extraction, expectations, today: dt.date,
                 expectations_path: str | None = None) -> Report:
    """The report for one letter: checks (when expectations are given), flags, checklist,
    the reply's points, and the words of each."""
    from offercheck.compare import check_expectation
    from offercheck.flags import find_flags
    from offercheck.suggest import checklist, days_left

    flags = find_flags(extraction, today)
    checks: tuple[Check, ...] = ()
    notes: tuple[str, ...] = ()
    left = days_left(extraction, today)
    if expectations is None:
        notes = (NO_EXPECTATIONS,)
    else:
        checks = tuple(_after_deadline(check_expectation(e, extraction, expectations.defaults), left)
                       for e in expectations.items)
    exit_code = 1 if any(c.priority == "must" and c.status != "met" for c in checks) else 0
    report = Report(extraction=extraction, checks=checks, flags=flags,
                    checklist=checklist(extraction, checks, flags, today), today=today.isoformat(),
                    expectations_path=expectations_path, exit_code=exit_code, notes=notes, days_left=left)
    return replace(report, text=_report_text(report, today))


def _after_deadline(check: Check, days_left: int | None) -> Check:
    """A deadline that has passed is not one to ask to extend: the question is whether the
    offer still stands."""
    from offercheck.suggest import passed_deadline
    if check.field != "offer_expiry" or check.status != "not_met" or (days_left or 0) >= 0:
        return check
    return replace(check, suggestion=passed_deadline(check.suggestion))


def _report_text(report: Report, today: dt.date) -> ReportText:
    from offercheck.suggest import reply

    extraction = report.extraction
    document = extraction.document
    checks = tuple(check_text(c, document) for c in report.checks)
    return ReportText(
        title=d.heading(extraction), subtitle=d.subheading(report), summary=d.summary(report),
        checks=checks, asks=tuple(c for c in checks if c.check.suggestion),
        flags=tuple(flag_text(f, document) for f in report.flags),
        terms=terms_text(extraction),
        reply=reply_text(reply(extraction, report.checks, report.flags, today)),
        disclaimer=d.DISCLAIMER)


def _clauses(evidence, document) -> tuple[str | None, ...]:
    return tuple(d.clause_number(document, e.start) for e in evidence)


def check_text(check: Check, document) -> CheckText:
    """One check in words."""
    row = d.check_row(check, document)
    return CheckText(check=check, field=row["field"], status=row["status"], severity=row["severity"],
                     expected=row["expected"], found=row["found"], where=row["where"],
                     clauses=_clauses(check.evidence, document), detail=row["detail"],
                     advice=tuple(d.suggestion_parts(check.suggestion)) if check.suggestion else (),
                     private=tuple(d.private_parts(check)))


def flag_text(flag: Flag, document) -> FlagText:
    """One red flag in words."""
    return FlagText(flag=flag, severity=flag.severity.upper(),
                    quotes=tuple(d.flag_quotes(flag, document)),
                    long_quotes=tuple(d.flag_quotes(flag, document, limit=300)),
                    clauses=_clauses(flag.evidence, document))


def terms_text(extraction: Extraction) -> TermsText:
    """The terms found, as the tables show them (the report's, and ``extract --format table``)."""
    document = extraction.document
    rows = []
    for term in extraction.terms.values():
        row = d.term_row(term, document=document, findings=extraction.findings)
        rows.append(TermRow(field=row["field"], value=row["value"], evidence=row["evidence"],
                            long_evidence=d.quote(term.evidence[0].text, 120) if term.evidence else "",
                            where=row["where"], confidence=row["confidence"],
                            explain=tuple(d.explain_lines(term))))
    return TermsText(heading=d.heading(extraction), rows=tuple(rows))


def _and(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _full_stop(text: str) -> str:
    """ "Acme, Inc." ends a sentence as it is; "Acme Ltd" takes a full stop."""
    return text if ends_with_stop(text) else text + "."


def reply_text(points) -> ReplyText:
    """The reply to the recruiter, worded around its points (``suggest.reply``)."""
    role = f"the {points.role} role" if points.role else "the role"
    at = f" at {points.employer}" if points.employer else ""
    questions = list(points.questions)
    if points.unstated:
        what = _and(f"the {x}" for x in points.unstated)
        questions.insert(0, f"The letter does not mention {what}; could you confirm "
                            f"{'it' if len(points.unstated) == 1 else 'them'} in writing?")
    raising = closing = ""
    if points.asks or questions:
        raising = ("I have read the offer carefully, and before I sign I would like to raise a few "
                   "points together in this one message.")
        when = f" before the deadline of {points.deadline}" if points.deadline else ""
        closing = (f"I would be glad to talk these through on a call if that is easier, and I hope we can "
                   f"settle them{when}.")
    else:
        when = f" before {points.deadline}" if points.deadline else ""
        closing = (f"I have read the offer carefully and it reflects what we discussed. I will sign and "
                   f"return it{when}, together with the documents requested.")
    return ReplyText(
        subject=f"Re: Offer of employment{' – ' + points.role if points.role else ''}",
        thanks=(_full_stop(f"Thank you very much for the offer of {role}{at}")
                + " I am excited about the opportunity and look forward to joining the team."),
        raising=raising, asks=tuple(points.asks), questions=tuple(questions), closing=closing,
        name=points.candidate or "[your name]")
