"""JSON views: the terms contract (TERMS.md) and the report (with schema_version)."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from offercheck.describe import DISCLAIMER, clause_number, private_parts
from offercheck.model import Extraction, Report, Term
from offercheck.values import Money, to_json

SCHEMA_VERSION = "1.1"
"""The report's JSON contract (schemas/report.schema.json); a change of shape changes it."""


def term_value(term: Term) -> Any:
    """A term's value as TERMS.md writes it."""
    v = term.value
    if isinstance(v, Money):
        return v.to_json(with_period=term.field == "base_salary")
    return to_json(v)


def _evidence(term: Term):
    ev = [e.to_json() for e in term.evidence]
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


def _cited(evidence, document) -> list[dict[str, Any]]:
    """Evidence with the clause number, where the document numbers its clauses."""
    out = []
    for e in evidence:
        item = e.to_json()
        item["clause"] = clause_number(document, e.start)
        out.append(item)
    return out


def suggestion_json(suggestion) -> dict[str, Any] | None:
    """{ask, fallback, reason} for a gap; {question, reason} for a silence."""
    if suggestion is None:
        return None
    if suggestion.question and not suggestion.ask:
        return {"question": suggestion.question, "reason": suggestion.reason}
    return {"ask": suggestion.ask, "fallback": suggestion.fallback, "reason": suggestion.reason}


def report_json(report: Report) -> dict[str, Any]:
    from offercheck.suggest import days_left

    document = report.extraction.document
    expiry = report.extraction.terms.get("offer_expiry")
    today = report.today
    deadline = None
    if expiry is not None and isinstance(expiry.value, dt.date) and today:
        deadline = {"date": to_json(expiry.value),
                    "days_left": days_left(report.extraction, dt.date.fromisoformat(today))}
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document_json(report.extraction),
        "today": today,
        "expectations": report.expectations_path,
        "terms": terms_json(report.extraction),
        "checks": [{
            "field": c.field, "status": c.status, "priority": c.priority, "severity": c.severity,
            "expected": c.expected, "found": c.found, "detail": c.detail,
            "evidence": _cited(c.evidence, document),
            "suggestion": suggestion_json(c.suggestion),
            "private": private_parts(c),
        } for c in report.checks],
        "flags": [{"id": f.id, "title": f.title, "severity": f.severity,
                   "evidence": _cited(f.evidence, document), "suggestion": f.suggestion, "why": f.why}
                  for f in report.flags],
        "checklist": list(report.checklist),
        "deadline": deadline,
        "notes": list(report.notes),
        "exit_code": report.exit_code,
        "disclaimer": DISCLAIMER,
    }


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
