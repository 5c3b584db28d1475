"""How likely a term is right: a small logistic model over what the extraction knows.

The rule scores say how well a text fits a pattern, not how often such a value is
right, and they crowd between 0.7 and 0.9 whether the value is right or not. This
model turns what is known about a term (its score, the context that raised or lowered
it, how many places agree, how many rival values there are, the kind of field) into
the share of such values that were right in documents it was trained on. It is
trained by ``scripts/train_confidence.py`` under document-level cross-validation (the
script prints the calibration table) and shipped as ``data/confidence.json``: plain
coefficients, applied here in pure Python, the same on every machine.

A value below ``UNSURE_BELOW`` is shown as unsure, and a check on it asks the
candidate to confirm it instead of stating met or not met.
"""
from __future__ import annotations

import json
import math
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from offercheck.fields import (BOOL_FIELDS, COMPOSITES, DATE_FIELDS, DURATION_FIELDS, ENUMS, FIELDS, LIST_FIELDS,
                               MONEY_FIELDS, NUMBER_FIELDS, TEXT_FIELDS)
from offercheck.model import Finding, Term
from offercheck.values import Bonus, Money, MoneyRange, same_value, value_key

UNSURE_BELOW = 0.7
"""Below this, a value is shown as unsure and its checks ask the candidate to confirm it."""

KINDS = {
    "money": MONEY_FIELDS, "duration": DURATION_FIELDS, "date": DATE_FIELDS, "text": TEXT_FIELDS,
    "bool": BOOL_FIELDS, "enum": set(ENUMS), "list": set(LIST_FIELDS), "number": NUMBER_FIELDS | {"pto_days"},
    "composite": set(COMPOSITES),
}


def kind_of(field: str) -> str:
    return next((k for k, fields in KINDS.items() if field in fields), "other")


def _same(a: Finding, value) -> bool:
    return same_value(a.value, value)


def features(term: Term, findings: list[Finding]) -> dict[str, float]:
    """What the model reads of one term. ``findings`` are all of the document's findings."""
    lead = term.finding
    score, base, reasons = _scores(term)
    agree, rivals, runner = _competition(term, findings)
    x = {
        "score": score,
        "base": base,
        "context_up": sum(r.delta for r in reasons if r.delta > 0),
        "context_down": -sum(r.delta for r in reasons if r.delta < 0),
        "section": float(any("section" in r.what for r in reasons)),
        "agree": math.log1p(agree),
        "rivals": math.log1p(rivals),
        "margin": score - runner,
        "derived": float(lead is not None and lead.rule.startswith("derive.")),
        "evidence_places": math.log1p(len(term.evidence)),
        "currency_unknown": float(_currency_unknown(term.value)),
        "list_items": math.log1p(len(term.value)) if isinstance(term.value, list) else 0.0,
    }
    kind = kind_of(term.field)
    x.update((f"kind_{k}", float(kind == k)) for k in KINDS)
    x.update((f"field_{name}", float(term.field == name)) for name in FIELDS)
    return x


def _scores(term: Term) -> tuple[float, float, tuple]:
    """(score, base score, reasons) of the finding a term was read from; a term made
    without one (derived from others) has its confidence for both scores."""
    lead = term.finding
    if lead is None:
        return term.confidence, term.confidence, ()
    return lead.score, lead.base_score, lead.reasons


def _competition(term: Term, findings: list[Finding]) -> tuple[int, int, float]:
    """(other findings of the field with the same value, distinct rival values scored
    0.5 or more, the best rival's score or 0)."""
    mine = [f for f in findings if f.field == term.field]
    agree = sum(1 for f in mine if f is not term.finding and _same(f, term.value))
    others = [f for f in mine if f.score >= 0.5 and not _same(f, term.value)]
    rivals = {value_key(f.value) for f in others}
    return agree, len(rivals), max((f.score for f in others), default=0.0)


def _currency_unknown(value) -> bool:
    """An amount of money (a salary, its range, a bonus) whose currency the letter does not settle."""
    if isinstance(value, MoneyRange):
        value = value.low
    if isinstance(value, Bonus):
        value = value.amount
    return isinstance(value, Money) and not value.currency


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The shipped coefficients, or None where the data file is missing (then rule scores stand)."""
    try:
        text = resources.files("offercheck").joinpath("data/confidence.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return json.loads(text)


def probability(x: dict[str, float], m: dict) -> float:
    z = m["intercept"] + sum(w * (x.get(name, 0.0) - mu) / sd
                             for name, w, mu, sd in zip(m["features"], m["coef"], m["mean"], m["scale"]))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def calibrate(terms: dict[str, Term], findings: list[Finding], scanned: frozenset[int] = frozenset()) -> dict[str, Term]:
    """The terms with their confidence replaced by the model's probability of being right.
    ``scanned``: the pages whose text came from OCR."""
    m = model()
    if m is None:
        return terms
    out = {}
    for field, term in terms.items():
        x = features(term, findings)
        p = min(probability(x, m), _ceiling(term, x, scanned))
        out[field] = replace(term, confidence=round(min(0.99, p), 2))
    return out


SALARY_CEILING = 0.85


def _ceiling(term: Term, x: dict[str, float], scanned: frozenset[int] = frozenset()) -> float:
    """A wrong salary misleads more than any other value, so it is sure (0.9 or more) only
    on the strongest evidence: a specific pay pattern (not the general amount-in-a-pay-
    section one), a known currency, no rival amount, and text that is not a scan's OCR
    (which misreads currency signs and digits: "₦62,500" as "862,500"). Else it stays below 0.9."""
    if term.field != "base_salary":
        return 1.0
    ocr = any(e.page in scanned for e in term.evidence if e.page is not None)
    strong = x["base"] >= 0.7 and not x["currency_unknown"] and x["rivals"] == 0 and not x["derived"] and not ocr
    return 1.0 if strong else SALARY_CEILING


def is_unsure(term: Term | None) -> bool:
    return term is not None and term.confidence < UNSURE_BELOW
