"""Renderers: views of one Report (or Extraction). No logic of their own.

This module also holds the words every view shares (a field's label, a value as a
person reads it, a constraint in a phrase), so the terminal, Markdown and HTML
reports, and the sentences that compare and flags write, say things the same way.
Renderer modules are imported only when asked for (rich is slow to import).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Callable

from offercheck.fields import ENUMS, LIST_FIELDS
from offercheck.values import Duration, Money, MoneyRange, Percent

FORMATS = ("terminal", "markdown", "json", "html")

LABELS = {
    "employer": "employer", "employee": "employee name", "job_title": "job title",
    "employment_type": "employment type", "fixed_term": "fixed term", "start_date": "start date",
    "end_date": "end date", "offer_expiry": "deadline to accept", "location": "place of work",
    "remote_policy": "working arrangement", "base_salary": "base salary",
    "pay_frequency": "pay frequency", "hours_per_week": "weekly hours",
    "overtime_eligible": "overtime pay", "signing_bonus": "signing bonus",
    "annual_bonus": "annual bonus", "equity": "equity", "pto_days": "paid time off",
    "sick_days": "paid sick days", "probation": "probation",
    "notice_employee": "notice you must give", "notice_employer": "notice the employer must give",
    "non_compete": "non-compete", "non_solicit": "non-solicitation clause",
    "confidentiality": "confidentiality clause", "ip_assignment": "IP assignment clause",
    "arbitration": "arbitration clause", "at_will": "at-will clause", "clawback": "clawback clause",
    "benefits": "benefits", "retirement_match_percent": "retirement match",
    "relocation": "relocation payment", "governing_law": "governing law",
    "contingencies": "conditions of the offer",
}
_UNITS = {"hours_per_week": "hours a week", "pto_days": "days", "sick_days": "days"}
_WORDY = set(LIST_FIELDS) | set(ENUMS)


def label(field: str) -> str:
    """The field as the candidate calls it: ``notice_employee`` -> "notice you must give"."""
    return LABELS.get(field, field.replace("_", " "))


def a_label(field: str) -> str:
    """The label with its article: "a non-compete", "an arbitration clause"."""
    text = label(field)
    return f"an {text}" if text[:1].lower() in "aeiou" else f"a {text}"


def number(n: Any) -> str:
    """A number with thousands separators and no trailing zeros: 85000 -> "85,000"."""
    d = Decimal(str(n))
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d.quantize(Decimal('0.01')):,}".rstrip("0").rstrip(".")


def money(amount: Any, currency: str | None, period: str | None = None) -> str:
    """ "$128,000 a year", "CAD 95,000", "£12.50 an hour" (cents only when not whole)."""
    from offercheck.normalize.money import format_money
    d = Decimal(str(amount))
    d = d.to_integral_value() if d == d.to_integral_value() else d.quantize(Decimal("0.01"))
    return format_money(Money(d, currency, period))


def duration(value: Any, unit: str) -> str:
    from offercheck.normalize.duration import format_duration
    return format_duration(Duration(Decimal(str(value)), unit))


def human(value: Any, field: str | None = None) -> str:
    """A value as a person reads it. Takes the program's values (Money, Duration, date)
    and their JSON forms alike, since checks carry JSON-ready values."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Money):
        return money(value.amount, value.currency, value.period)
    if isinstance(value, MoneyRange):
        from offercheck.normalize.money import format_money
        return format_money(value)
    if isinstance(value, Duration):
        return duration(value.value, value.unit)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, Percent):
        value = value.value
    if isinstance(value, (int, float, Decimal)):
        text = number(value)
        if field == "retirement_match_percent":
            return f"{text}%"
        return f"{text} {_UNITS[field]}" if field in _UNITS else text
    if isinstance(value, str):
        return value.replace("_", " ") if field in _WORDY else value
    if isinstance(value, (list, tuple)):
        return ", ".join(human(v, field) for v in value) if value else "none"
    if isinstance(value, dict):
        return _human_dict(value, field)
    return str(value)


def _human_dict(v: dict, field: str | None) -> str:
    if "amount" in v and "currency" in v:
        if v.get("amount_max") is not None:
            return human(MoneyRange(Money(Decimal(str(v["amount"])), v["currency"], v.get("period")),
                                    Money(Decimal(str(v["amount_max"])), v["currency"], v.get("period"))))
        return money(v["amount"], v["currency"], v.get("period"))
    if "value" in v and "unit" in v:
        return duration(v["value"], v["unit"])
    if "target_percent" in v:
        return f"{number(v['target_percent'])}% target"
    if "present" in v:
        if not v["present"]:
            return "none"
        return f"yes, {human(v['duration'])}" if v.get("duration") else "yes (length not stated)"
    if "kind" in v:  # equity
        parts = []
        if v.get("quantity") is not None:
            parts.append(f"{number(v['quantity'])} {v.get('kind') or 'units'}")
        elif v.get("kind"):
            parts.append(str(v["kind"]))
        if v.get("value") is not None:
            parts.append(f"worth {money(v['value'], v.get('currency'))}")
        if v.get("vesting_months") is not None:
            parts.append(f"vesting over {number(v['vesting_months'])} months")
        if v.get("cliff_months") is not None:
            parts.append(f"{number(v['cliff_months'])}-month cliff")
        return ", ".join(parts) or "a grant (details not stated)"
    return ", ".join(f"{k}: {human(x)}" for k, x in v.items())


_PHRASES = (("equals", "{}"), ("one_of", "one of {}"), ("min", "at least {}"), ("max", "at most {}"),
            ("not_before", "on or after {}"), ("not_after", "on or before {}"))


def describe_expected(expected: dict | None, field: str | None = None) -> str:
    """A check's expectation (its JSON form) in a phrase: "at least $135,000 a year"."""
    if not expected:
        return "—"
    parts = []
    if expected.get("allowed") is False:
        parts.append("none")
    for key, phrase in _PHRASES:
        if expected.get(key) is not None:
            v = expected[key]
            text = " or ".join(human(x, field) for x in v) if key == "one_of" else human(v, field)
            parts.append(phrase.format(text))
    req = expected.get("required")
    if isinstance(req, list):
        parts.append("includes " + human(req, field))
    elif req and not parts:
        parts.append("stated")
    return "; ".join(parts) or "—"


def quote(text: str, limit: int = 140) -> str:
    """Evidence on one line, cut at a word boundary with "…" past ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return (cut if len(cut) > limit // 2 else flat[:limit]).rstrip(" ,;:") + "…"


def where(evidence) -> str:
    """ "p. 2" for a PDF page, "¶ 14" for a DOCX paragraph or cell, "" when unknown."""
    if not evidence:
        return ""
    e = evidence[0]
    if e.page is not None:
        return f"p. {e.page}"
    return f"¶ {e.block}" if e.block is not None else ""


# -- rows every view shows, as plain strings ------------------------------------------

STATUS_WORDS = {"met": "MET", "not_met": "NOT MET", "not_stated": "NOT STATED",
                "cannot_compare": "CANNOT COMPARE"}
SEVERITY_WORDS = {"high": "HIGH", "medium": "MEDIUM", "low": "LOW", "none": "—"}


def heading(extraction) -> str:
    """ "offer.pdf · PDF, 3 pages" """
    d = extraction.document
    pages = f", {d.pages} page{'' if d.pages == 1 else 's'}" if d.pages else ""
    return f"{d.path} · {str(d.format).upper()}{pages}"


def subheading(report) -> str:
    exp = f"expectations: {report.expectations_path}" if report.expectations_path else "no expectations file"
    return f"{exp} · today {report.today}"


def summary(report) -> str:
    """One line: how many expectations are met, and which musts are not."""
    if not report.checks:
        return ""
    met = sum(c.status == "met" for c in report.checks)
    line = f"{met} of {len(report.checks)} expectations met."
    musts = [label(c.field) for c in report.checks if c.priority == "must" and c.status != "met"]
    if musts:
        line += f" Must-haves to resolve: {', '.join(musts)}."
    return line


def check_row(check) -> dict[str, str]:
    return {"field": label(check.field), "status": STATUS_WORDS.get(check.status, check.status),
            "severity": SEVERITY_WORDS.get(check.severity, check.severity.upper()),
            "expected": describe_expected(check.expected, check.field),
            "found": human(check.found, check.field), "page": where(check.evidence)}


def term_row(term, limit: int = 70) -> dict[str, str]:
    return {"field": label(term.field), "value": human(term.value, term.field),
            "evidence": quote(term.evidence[0].text, limit) if term.evidence else "",
            "page": where(term.evidence), "confidence": f"{term.confidence:.2f}"}


def explain_lines(term) -> list[str]:
    """The trail of one term for --explain: rule, pattern, score, reasons, runners-up."""
    f = term.finding
    if f is None:
        return ["no rule recorded"]
    out = [f"rule {f.rule} · pattern {f.pattern} · score {f.base_score:.2f} → {f.score:.2f}"]
    out += [f"{r.delta:+.2f} {r.what}" for r in f.reasons]
    for r in term.runners_up:
        text = quote(r.evidence[0].text, 60) if r.evidence else ""
        out.append(f"runner-up: {human(r.value, term.field)} ({r.rule}, {r.score:.2f}) \"{text}\"")
    return out


def suggestion_parts(suggestion) -> list[tuple[str, str]]:
    """(label, text) pairs of a suggestion, in reading order."""
    pairs = [("Ask", suggestion.ask), ("Fallback", suggestion.fallback), ("Question", suggestion.question),
             ("Why", suggestion.reason)]
    return [(k, v) for k, v in pairs if v]


def _json(report, explain: bool = False, color: bool = False) -> str:
    from offercheck.render import json as rjson
    data = rjson.report_json(report)
    if explain:
        data["terms"] = rjson.terms_json(report.extraction, explain=True)
    return rjson.dumps(data)


def by_name(name: str) -> Callable[..., str]:
    """The renderer for a format: ``by_name("markdown")(report, explain=False, color=False)``."""
    if name == "json":
        return _json
    if name == "terminal":
        from offercheck.render.terminal import render
    elif name == "markdown":
        from offercheck.render.markdown import render
    elif name == "html":
        from offercheck.render.html import render
    else:
        from offercheck.errors import UsageError
        raise UsageError(f"unknown report format '{name}'; choose one of: {', '.join(FORMATS)}")
    return render
