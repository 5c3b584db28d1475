"""Checks and flags -> the Report, holding every sentence the views show.

The one place where the report's words are put together: after compare (checks), flags
(red flags) and suggest (asks, questions, checklist, the reply's points), each check,
flag and term is worded here once, with ``describe``'s vocabulary, into the frozen
``*Text`` values of ``model``. Renderers lay those strings out and compute nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from offercheck import describe as d
from offercheck.compare import check_expectation
from offercheck.confidence import is_unsure
from offercheck.flag_checks import SEVERITY_ORDER
from offercheck.flags import find_flags
from offercheck.law import law_line, law_stage
from offercheck.model import (Check, CheckText, Extraction, Flag, FlagText, Report, ReplyText, ReportText, Term,
                              TermRow, TermsText)
from offercheck.sentences import ends_with_stop
from offercheck.suggest import checklist, days_left, reply, suggestion
from offercheck.values import Duration, Equity, Money, MoneyRange

NO_EXPECTATIONS = ("No expectations given: only the terms found and the red flags are shown. "
                   "Pass --expect FILE to compare them with what you were told "
                   "(`offercheck init` writes a starter file).")


def build_report(extraction: Extraction, expectations, today: dt.date,
                 expectations_path: str | None = None, rules=None, jurisdiction: str | None = None) -> Report:
    """The report for one letter: checks (when expectations are given) with their asks and
    questions, flags (with those of the law where the job is: ``jurisdiction`` names it, else
    the expectations or the letter do), checklist, the reply's points, and the words of each.
    ``rules`` are the rulebook's (with a user's --rules), else the shipped ones."""
    law, law_notes = law_stage(extraction, expectations, today, jurisdiction)
    flags = tuple(sorted(find_flags(extraction, today, rules) + law, key=lambda f: SEVERITY_ORDER.get(f.severity, 3)))
    checks: tuple[Check, ...] = ()
    notes: tuple[str, ...] = ()
    left = days_left(extraction, today)
    if expectations is None:
        notes = (NO_EXPECTATIONS,)
    else:
        checks = tuple(check_expectation(e, extraction, expectations.defaults) for e in expectations.items)
        checks = tuple(replace(c, suggestion=suggestion(c, extraction, left)) for c in checks)
    exit_code = 1 if any(c.priority == "must" and c.status != "met" for c in checks) else 0
    report = Report(extraction=extraction, checks=checks, flags=flags,
                    checklist=checklist(extraction, checks, flags, today), today=today.isoformat(),
                    expectations_path=expectations_path, exit_code=exit_code, notes=notes + law_notes,
                    days_left=left)
    return replace(report, text=_report_text(report, today))


def _report_text(report: Report, today: dt.date) -> ReportText:
    extraction = report.extraction
    document = extraction.document
    checks = tuple(check_text(c, document, report.extraction.findings) for c in report.checks)
    exp = f"expectations: {report.expectations_path}" if report.expectations_path else "no expectations file"
    return ReportText(
        title=heading(extraction), subtitle=f"{exp} · today {report.today}", summary=summary(report.checks),
        checks=checks, asks=tuple(c for c in checks if c.check.suggestion),
        flags=tuple(flag_text(f, document) for f in report.flags),
        terms=terms_text(extraction),
        reply=reply_text(reply(extraction, report.checks, report.flags, today)),
        disclaimer=d.DISCLAIMER)


def heading(extraction: Extraction) -> str:
    """ "offer.pdf · PDF, 3 pages" """
    doc = extraction.document
    pages = f", {doc.pages} page{'' if doc.pages == 1 else 's'}" if doc.pages else ""
    return f"{doc.path} · {str(doc.format).upper()}{pages}"


def summary(checks: tuple[Check, ...]) -> str:
    """One line: how many expectations are met, and which musts are not."""
    if not checks:
        return ""
    met = sum(c.status == "met" for c in checks)
    line = f"{met} of {len(checks)} expectations met."
    musts = [d.named(c.field, c.evidence) for c in checks if c.priority == "must" and c.status != "met"]
    if musts:
        line += f" Must-haves to resolve: {', '.join(musts)}."
    return line


# -- one check ---------------------------------------------------------------------------

STATUS_WORDS = {"met": "MET", "not_met": "NOT MET", "not_stated": "NOT STATED",
                "cannot_compare": "CANNOT COMPARE"}
SEVERITY_WORDS = {"high": "HIGH", "medium": "MEDIUM", "low": "LOW"}
PRIVATE = "private"
"""How a view marks what is the candidate's own: the walk-away, the fallback, the reason."""


def check_text(check: Check, document, findings=()) -> CheckText:
    """One check in words; ``findings`` (the extraction's) give a value's basis."""
    s = check.suggestion
    found = (_shown_value(check.field, _as_checked(check.field, check.found), check.evidence, document, findings)
             if check.found is not None else _not_found(check))
    # what the candidate keeps to themselves (the fallback, which may name the walk-away, and
    # their own reason) is labelled private: the reply to the recruiter never carries it
    advice = () if s is None else tuple(
        (k, v) for k, v in (("Ask", s.ask), (f"Fallback ({PRIVATE})", s.fallback), ("Question", s.question),
                            (f"Why ({PRIVATE})", s.reason)) if v)
    private = [("expected.walk_away", getattr(check.expected, "walk_away", None)),
               ("suggestion.fallback", s and s.fallback), ("suggestion.reason", s and s.reason)]
    return CheckText(
        check=check, field=d.named(check.field, check.evidence),
        status=STATUS_WORDS.get(check.status, check.status),
        severity="—" if check.status == "met" else SEVERITY_WORDS.get(check.severity, str(check.severity).upper()),
        expected=d.describe_expected(check.expected, check.field), found=found,
        where=d.where(check.evidence, document, d.quoted_piece(check.field)),
        clauses=_clauses(check.evidence, document), detail=_shown_detail(check), advice=advice,
        private=tuple(path for path, value in private if value is not None))


def _not_found(check: Check) -> str:
    if check.status == "met" and check.expected is not None and check.expected.allowed is False:
        return "none found"
    return "not stated" if check.status == "not_stated" else "—"


_ASSUMED = re.compile(r"\(|read as|assum|about ", re.I)


def _shown_detail(check: Check) -> str:
    """The detail worth a line of its own: why a check failed or could not compare, and the
    conversions and assumptions behind a check that passed ("about $61.54 an hour: 40 hours
    a week, assumed"). "hybrid matches hybrid" and "not stated" say nothing new."""
    if check.status in ("not_met", "cannot_compare"):
        return check.detail
    if check.status == "met" and _ASSUMED.search(check.detail or ""):
        return check.detail
    return ""


def _as_checked(field: str, value: Any) -> Any:
    """A found amount as a check shows it: only the salary keeps its period (a signing
    bonus's "a year" says nothing), as the check's JSON writes it."""
    if field == "base_salary":
        return value
    if isinstance(value, Money):
        return Money(value.amount, value.currency)
    if isinstance(value, MoneyRange):
        return MoneyRange(Money(value.low.amount, value.low.currency), Money(value.high.amount, value.high.currency))
    return value


def _clauses(evidence, document) -> tuple[str | None, ...]:
    return tuple(d.clause_number(document, e.start) for e in evidence)


# -- values with the basis the letter gives ------------------------------------------------

_HOLIDAYS_ON_TOP = re.compile(
    r"\b(?:plus|in\s+addition\s+to|on\s+top\s+of|as\s+well\s+as|and)\s+(?:the\s+|all\s+)?(?:usual\s+)?"
    r"(?:(?P<n>\d{1,2})\s+)?(?:paid\s+)?(?:bank|public|statutory)(?:\s+and\s+public)?\s+holidays", re.I)
_HOLIDAYS_IN = re.compile(r"\b(?:including|inclusive\s+of|includes?)\s+(?:the\s+|all\s+)?(?:\w+\s+)?"
                          r"(?:bank|public|statutory)(?:\s+and\s+public)?\s+holidays", re.I)
DURING_PROBATION = ("during probation", "probation right after", "a probation section",
                    "a list under a probation lead-in")
"""The notice rules' context words (rules/termination/) that mark a notice as the one given
during probation; tests/test_report_trust.py holds both rule files to these names."""
OTHER_SIDE = {"notice_employee": "the employer's side only", "notice_employer": "the employee's side only"}
"""The context words of each side's rule that say the sentence binds the other side."""


def _during_probation(field: str, shown: str, findings) -> Duration | None:
    """The notice the same side's rule read as the one during probation, where it differs
    from the one shown: the first such finding in the letter's order."""
    marked = [f for f in findings if f.field == field and isinstance(f.value, Duration)
              and any(r.what.startswith(f"'{name}'") for r in f.reasons for name in DURING_PROBATION)
              and not any(r.what.startswith(f"'{OTHER_SIDE[field]}'") for r in f.reasons)]
    return next((f.value for f in sorted(marked, key=lambda f: f.start) if d.human(f.value) != shown), None)


def _shown_value(field: str, value: Any, evidence=(), document=None, findings=()) -> str:
    """A term's value with the basis the letter gives for it: paid leave "plus 8 bank
    holidays (33 days in all)", notice that steps up after probation "(1 week during
    probation)", when the rules of that side read one. Otherwise ``describe.human``."""
    text = d.human(value, field)
    if not evidence or document is None or not getattr(document, "text", None):
        return text
    if field == "pto_days" and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return _with_holidays(text, value, d.sentence(document, evidence[0], 400))
    if field in ("notice_employee", "notice_employer") and isinstance(value, Duration):
        during = _during_probation(field, text, findings)
        if during is not None:
            return f"{text} after probation ({d.human(during)} during probation)"
    return text


def _with_holidays(text: str, value: Any, around: str) -> str:
    """Paid leave with the bank holidays the sentence ``around`` it adds or includes."""
    on_top = _HOLIDAYS_ON_TOP.search(around)
    if on_top and on_top.group("n"):
        n = int(on_top.group("n"))
        return f"{text} plus {n} bank holidays ({d.number(Decimal(str(value)) + n)} days in all)"
    if on_top:
        return f"{text} plus bank holidays"
    if _HOLIDAYS_IN.search(around):
        return f"{text}, bank holidays included"
    return text


# -- flags and terms ---------------------------------------------------------------------


def flag_text(flag: Flag, document) -> FlagText:
    """One red flag in words."""
    return FlagText(flag=flag, severity=flag.severity.upper(), title=flag.title, advice=flag.suggestion,
                    quotes=_flag_quotes(flag, document, 160),
                    long_quotes=_flag_quotes(flag, document, 300), clauses=_clauses(flag.evidence, document),
                    law=law_line(flag.law) if flag.law else "")


def _flag_quotes(flag: Flag, document, limit: int, most: int = 3) -> tuple[tuple[str, str], ...]:
    """(where, sentence) for each piece of a flag's evidence, the same place once."""
    out: list[tuple[str, str]] = []
    for e in flag.evidence:
        item = (d.where((e,), document), d.sentence(document, e, limit))
        if item not in out:
            out.append(item)
        if len(out) == most:
            break
    return tuple(out)


def terms_text(extraction: Extraction) -> TermsText:
    """The terms found, as the tables show them (the report's, and ``extract --format table``)."""
    return TermsText(heading=heading(extraction),
                     rows=tuple(term_row(t, extraction.document, extraction.findings)
                                for t in extraction.terms.values()))


def term_row(term: Term, document=None, findings=()) -> TermRow:
    """A term as the tables show it; ``findings`` (the extraction's) name any further equity grants."""
    more = _other_grants(term, findings)
    text = term.evidence[0].text if term.evidence else ""
    return TermRow(field=d.named(term.field, term.evidence),
                   value=_shown_value(term.field, term.value, term.evidence, document, findings)
                   + (f"; also {', '.join(more)}" if more else ""),
                   evidence=d.quote(text, 70) if text else "", long_evidence=d.quote(text, 120) if text else "",
                   where=d.where(term.evidence, document),
                   confidence=f"{term.confidence:.2f}" + (" unsure" if is_unsure(term) else ""),
                   explain=_explain_lines(term))


_GRANT_WORDS = {"options": "options", "rsu": "RSUs", "shares": "shares", "units": "units"}


def _other_grants(term: Term, findings) -> list[str]:
    """Equity grants of other kinds than the one the equity term describes ("2,000 RSUs"
    beside 10,000 options): each kind the letter names with the number nearest after it."""
    if term.field != "equity" or not isinstance(term.value, Equity):
        return []
    kinds = [f for f in findings if f.field == "equity.kind" and f.score >= 0.5 and f.evidence]
    counts = [f for f in findings if f.field == "equity.quantity" and f.score >= 0.5 and f.evidence]
    out: dict[str, str] = {}
    for k in kinds:
        if k.value == term.value.kind or k.value in out:
            continue
        at = k.evidence[0]
        near = [q for q in counts if abs(q.evidence[0].start - at.start) <= 60 or
                q.evidence[0].start <= at.start < q.evidence[0].end]
        if near and near[0].value == term.value.quantity:
            continue  # the same grant in other words ("an option to purchase 10,000 shares")
        word = _GRANT_WORDS.get(k.value, str(k.value))
        out[k.value] = f"{d.number(near[0].value)} {word}" if near else word
    return list(out.values())


def _explain_lines(term: Term) -> tuple[str, ...]:
    """The trail of one term for --explain: rule, pattern, score, reasons, runners-up."""
    f = term.finding
    if f is None:
        return ("no rule recorded",)
    out = [f"rule {f.rule} · pattern {f.pattern} · score {f.base_score:.2f} → {f.score:.2f}"]
    out += [f"{r.delta:+.2f} {r.what}" for r in f.reasons]
    for r in term.runners_up:
        text = d.quote(r.evidence[0].text, 60) if r.evidence else ""
        out.append(f"runner-up: {d.human(r.value, term.field)} ({r.rule}, {r.score:.2f}) \"{text}\"")
    return tuple(out)


# -- the reply to the recruiter ------------------------------------------------------------


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
    elif points.settled:
        when = f" before {points.deadline}" if points.deadline else ""
        closing = (f"I have read the offer carefully and it reflects what we discussed. I will sign and "
                   f"return it{when}, together with the documents requested.")
    else:
        # nothing to raise here, but no checked expectations (or a serious red flag the
        # candidate weighs alone): the reply commits to nothing the tool has not seen
        when = f" before {points.deadline}" if points.deadline else " shortly"
        closing = (f"I have read the offer carefully and have no points to raise at this stage. "
                   f"I will confirm my decision{when}.")
    return ReplyText(
        subject=f"Re: Offer of employment{' – ' + points.role if points.role else ''}",
        thanks=(_full_stop(f"Thank you very much for the offer of {role}{at}")
                + " I am excited about the opportunity and look forward to joining the team."),
        raising=raising, asks=tuple(points.asks), questions=tuple(questions), closing=closing,
        name=points.candidate or "[your name]")
