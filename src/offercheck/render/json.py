"""JSON views: the terms contract (TERMS.md) and the report (with schema_version)."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from offercheck.model import Extraction, Report, Term
from offercheck.values import Money, MoneyRange, to_json

SCHEMA_VERSION = "1.2"
"""The report's JSON contract (schemas/report.schema.json); a change of shape changes it."""


def value_json(field: str, value: Any) -> Any:
    """A field's value as TERMS.md writes it: only the salary's amount carries a period."""
    if isinstance(value, (Money, MoneyRange)):
        return value.to_json(with_period=field == "base_salary")
    return to_json(value)


def term_value(term: Term) -> Any:
    """A term's value as TERMS.md writes it."""
    return value_json(term.field, term.value)


EXPECTED_KEYS = ("min", "max", "equals", "one_of", "not_before", "not_after", "required", "allowed", "walk_away")


def expected_json(expectation) -> dict[str, Any]:
    """An expectation's constraints as the report's JSON writes them (``checks[].expected``):
    the constraints set, an amount with its period only where the candidate gave one."""
    out: dict[str, Any] = {}
    for key in EXPECTED_KEYS:
        v = getattr(expectation, key)
        if v is None or v == () or (key == "required" and v is False):
            continue
        if isinstance(v, Money):
            v = v.to_json(with_period=v.period is not None)
        out[key] = to_json(list(v) if isinstance(v, tuple) else v)
    return out


def evidence_json(e) -> dict[str, Any]:
    """One piece of evidence: the verbatim text, where it is, its offsets."""
    out = {"text": e.text, "page": e.page, "block": e.block, "start": e.start, "end": e.end}
    if e.source:
        out["source"] = e.source
    return out


def _evidence(term: Term):
    ev = [evidence_json(e) for e in term.evidence]
    return ev[0] if len(ev) == 1 else ev


def terms_json(extraction: Extraction, explain: bool = False) -> dict[str, Any]:
    out = {}
    for field, term in extraction.terms.items():
        entry = {"value": term_value(term), "evidence": _evidence(term), "confidence": term.confidence}
        if explain and term.finding is not None:
            entry["explain"] = explain_term(term)
        out[field] = entry
    return out


def explain_term(term: Term) -> dict[str, Any]:
    f = term.finding
    return {
        "rule": f.rule, "pattern": f.pattern, "base_score": f.base_score, "score": round(f.score, 3),
        "reasons": [{"what": r.what, "delta": r.delta} for r in f.reasons],
        "runners_up": [{"value": to_json(r.value), "rule": r.rule, "pattern": r.pattern,
                        "score": round(r.score, 3), "text": r.evidence[0].text} for r in term.runners_up],
    }


def document_json(extraction: Extraction) -> dict[str, Any]:
    d = extraction.document
    return {"path": d.path, "format": d.format, "pages": d.pages}


def extraction_json(extraction: Extraction, explain: bool = False) -> dict[str, Any]:
    return {"document": document_json(extraction), "terms": terms_json(extraction, explain)}


def _cited(evidence, clauses) -> list[dict[str, Any]]:
    """Evidence with the clause number, where the document numbers its clauses."""
    return [dict(evidence_json(e), clause=clause) for e, clause in zip(evidence, clauses)]


def suggestion_json(suggestion) -> dict[str, Any] | None:
    """{ask, fallback, reason} for a gap; {question, reason} for a silence."""
    if suggestion is None:
        return None
    if suggestion.question and not suggestion.ask:
        return {"question": suggestion.question, "reason": suggestion.reason}
    return {"ask": suggestion.ask, "fallback": suggestion.fallback, "reason": suggestion.reason}


def _check_json(t) -> dict[str, Any]:
    c = t.check
    return {"field": c.field, "status": c.status, "priority": c.priority, "severity": c.severity,
            "expected": expected_json(c.expected), "found": value_json(c.field, c.found), "detail": c.detail,
            "evidence": _cited(c.evidence, t.clauses), "suggestion": suggestion_json(c.suggestion),
            "private": list(t.private)}


def event_json(t) -> dict[str, Any]:
    """One date of the timeline: the day (null where it counts from a start date the letter
    does not give), how it was counted, the words the report shows, its evidence."""
    e = t.event
    return {"kind": e.kind, "date": to_json(e.date), "label": t.label, "when": t.when,
            "after": to_json(e.after), "since": e.since or None, "since_date": to_json(e.since_date),
            "last_day": e.last_day, "basis": t.basis, "notes": list(t.notes), "fields": list(e.fields),
            "confidence": e.confidence, "unsure": t.unsure, "uid": t.uid, "evidence": _cited(e.evidence, t.clauses)}


def law_json(ref) -> dict[str, Any] | None:
    """A law flag's law: where, the statute and section, the pack's as-of date, the page."""
    if ref is None:
        return None
    return {"jurisdiction": ref.jurisdiction, "citation": ref.citation, "as_of": ref.as_of, "url": ref.url,
            "applies_to": ref.applies_to}


def report_json(report: Report) -> dict[str, Any]:
    expiry = report.extraction.terms.get("offer_expiry")
    deadline = None
    if expiry is not None and isinstance(expiry.value, dt.date) and report.today:
        deadline = {"date": to_json(expiry.value), "days_left": report.days_left}
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document_json(report.extraction),
        "today": report.today,
        "expectations": report.expectations_path,
        "terms": terms_json(report.extraction),
        "checks": [_check_json(t) for t in report.text.checks],
        "flags": [{"id": f.flag.id, "title": f.flag.title, "severity": f.flag.severity,
                   "evidence": _cited(f.flag.evidence, f.clauses), "suggestion": f.flag.suggestion,
                   "why": f.flag.why, "law": law_json(f.flag.law)}
                  for f in report.text.flags],
        "checklist": list(report.checklist),
        "deadline": deadline,
        "timeline": [event_json(t) for t in report.text.timeline.events] if report.text.timeline else [],
        "notes": list(report.notes),
        "exit_code": report.exit_code,
        "disclaimer": report.text.disclaimer,
    }


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


OFFERS_SCHEMA_VERSION = "offers-1.0"
"""The JSON contract of ``offercheck offers`` (its own, beside the report's)."""


def _moneys(moneys) -> list[dict[str, Any]]:
    return [m.to_json(with_period=False) for m in moneys]


def offers_json(report) -> dict[str, Any]:
    """An OffersReport: each offer (its terms and checks as the report writes them), the
    side-by-side rows, the pay with every amount typed, the rates used and the notes."""
    offers = []
    for c in report.offers:
        r = c.report
        offers.append({"label": c.label, "document": document_json(r.extraction), "employer": c.employer or None,
                       "terms": terms_json(r.extraction), "checks": [_check_json(t) for t in r.text.checks],
                       "musts": c.musts, "musts_met": c.musts_met})
    pay = [{"row": row.key, "label": row.label,
            "cells": [{"offer": c.label, "text": cell.text, "counted": cell.counted,
                       "first_year": _moneys(cell.first_year), "over_years": _moneys(cell.over_years)}
                      for c, cell in zip(report.offers, row.cells)]}
           for row in report.pay]
    return {
        "schema_version": OFFERS_SCHEMA_VERSION,
        "today": report.today,
        "expectations": report.expectations_path,
        "years": report.years,
        "currency": report.currency,
        "rates": [{"from": r.source, "to": r.target, "rate": to_json(r.rate)} for r in report.rates],
        "offers": offers,
        "terms": [{"field": r.key, "label": r.label, "cells": list(r.cells)} for r in report.terms],
        "checks": [{"field": r.key, "label": r.label, "cells": list(r.cells)} for r in report.checks],
        "musts_summary": report.musts_summary,
        "pay": pay,
        "pay_notes": list(report.pay_notes),
        "notes": list(report.notes),
        "exit_code": report.exit_code,
        "disclaimer": report.disclaimer,
    }


# -- offercheck diff ------------------------------------------------------------------------

DIFF_SCHEMA_VERSION = "1.0"
"""The JSON contract of ``offercheck diff`` (schemas/diff.schema.json); a change of shape changes it."""


def _side_json(side, explain: bool = False) -> dict[str, Any] | None:
    """One version's reading of a changed term: its typed value, quote and place."""
    if side is None:
        return None
    t = side.term
    out = {"value": term_value(t), "confidence": t.confidence, "unsure": side.unsure, "quote": side.quote,
           "where": side.where, "clause": side.clause, "evidence": [evidence_json(e) for e in t.evidence]}
    if explain and t.finding is not None:
        out["explain"] = explain_term(t)
    return out


def _clause_side(clause) -> dict[str, Any] | None:
    if clause is None:
        return None
    return {"clause": clause.number, "label": clause.label, "page": clause.page, "start": clause.start,
            "end": clause.end}


def _check_change_json(c) -> dict[str, Any]:
    a, b = c.old.check, c.new.check
    return {"field": b.field, "change": c.kind, "priority": b.priority, "expected": expected_json(b.expected),
            "before": {"status": a.status, "found": value_json(a.field, a.found)},
            "now": {"status": b.status, "found": value_json(b.field, b.found), "detail": b.detail,
                    "evidence": _cited(b.evidence, c.new.clauses), "suggestion": suggestion_json(b.suggestion)}}


def diff_json(diff, explain: bool = False) -> dict[str, Any]:
    """``offercheck diff --format json``: what changed between two versions of an offer."""
    return {
        "schema_version": DIFF_SCHEMA_VERSION,
        "old": document_json(diff.old.extraction),
        "new": document_json(diff.new.extraction),
        "today": diff.today,
        "expectations": diff.expectations_path,
        "summary": diff.summary,
        "terms": [{"field": t.field, "change": t.kind, "sentence": t.sentence, "old": _side_json(t.old, explain),
                   "new": _side_json(t.new, explain)} for t in diff.terms],
        "same_terms": diff.same_terms,
        "clauses": [{"change": c.kind, "label": c.label, "old": _clause_side(c.change.old),
                     "new": _clause_side(c.change.new), "terms": list(c.terms),
                     "words": [{"op": op, "text": text} for op, text in c.pieces]} for c in diff.clauses],
        "checks": [_check_change_json(c) for c in diff.checks],
        "flags": [{"change": f.kind, "id": f.flag.flag.id, "title": f.flag.flag.title,
                   "severity": f.flag.flag.severity} for f in diff.flags],
        "notes": list(diff.notes),
        "exit_code": diff.exit_code,
        "disclaimer": diff.disclaimer,
    }
