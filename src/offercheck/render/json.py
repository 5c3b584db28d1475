"""JSON views: the terms contract (TERMS.md) and the report (with schema_version)."""
from __future__ import annotations

import json
from typing import Any

from offercheck.model import Extraction, Report, Term
from offercheck.values import Money, to_json

SCHEMA_VERSION = "1.0"


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


def report_json(report: Report) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document_json(report.extraction),
        "today": report.today,
        "expectations": report.expectations_path,
        "terms": terms_json(report.extraction),
        "checks": [{
            "field": c.field, "status": c.status, "priority": c.priority, "expected": c.expected,
            "found": c.found, "severity": c.severity, "detail": c.detail,
            "evidence": [e.to_json() for e in c.evidence],
            "suggestion": c.suggestion.to_json() if c.suggestion else None,
        } for c in report.checks],
        "flags": [{"id": f.id, "title": f.title, "severity": f.severity,
                   "evidence": [e.to_json() for e in f.evidence], "suggestion": f.suggestion}
                  for f in report.flags],
        "checklist": list(report.checklist),
        "exit_code": report.exit_code,
        "disclaimer": DISCLAIMER,
    }


DISCLAIMER = "This is a checklist to prepare a conversation, not legal advice."


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
