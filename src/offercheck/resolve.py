"""Findings -> one term per field: overlaps settled, the best kept, the runner-up remembered.

Deterministic: ties go to the higher base score, then to the earlier place in the text.
"""
from __future__ import annotations

from collections import defaultdict

from offercheck.fields import COMPOSITES, FIELDS, LIST_FIELDS
from offercheck.model import Finding, NotFound, Term
from offercheck.values import Bonus, Covenant, Duration, Equity, Money, MoneyRange, same_value

MIN_SCORE = 0.5


def _order(f: Finding):
    return (-f.score, -f.base_score, f.start, f.rule, f.pattern)


def _same_value(a: Finding, b: Finding) -> bool:
    return same_value(a.value, b.value)


def _best(findings: list[Finding]) -> tuple[Finding, tuple[Finding, ...]]:
    ranked = sorted(findings, key=_order)
    best = ranked[0]
    runners, seen = [], [best]
    for f in ranked[1:]:
        if not any(_same_value(f, s) for s in seen):
            runners.append(f)
            seen.append(f)
        if len(runners) == 3:
            break
    return best, tuple(runners)


def _agreement_bonus(best: Finding, findings: list[Finding]) -> float:
    """Several places stating the same value make it more certain."""
    others = sum(1 for f in findings if f is not best and _same_value(f, best))
    return min(0.06, 0.03 * others)


def _term(field: str, findings: list[Finding]) -> Term:
    best, runners = _best(findings)
    conf = min(0.99, best.score + _agreement_bonus(best, findings))
    return Term(field, best.value, best.evidence, round(conf, 2), best, runners)


def _list_term(field: str, findings: list[Finding]) -> Term:
    order = LIST_FIELDS[field]
    by_value: dict = {}
    for f in sorted(findings, key=_order):
        by_value.setdefault(f.value, f)
    values = sorted(by_value, key=lambda v: order.index(v) if v in order else len(order))
    chosen = [by_value[v] for v in values]
    evidence = tuple(e for f in sorted(chosen, key=lambda f: f.start) for e in f.evidence)
    conf = round(min(f.score for f in chosen), 2)
    return Term(field, list(values), evidence, conf, chosen[0], tuple(chosen[1:]))


def _amount(value) -> Money:
    """An amount without its period (a range counts from its low end)."""
    low = value.low if isinstance(value, MoneyRange) else value
    return Money(low.amount, low.currency)


def _bonus_term(by_part: dict[str, list[Finding]]) -> Term | None:
    cands = by_part.get("target_percent", []) + by_part.get("amount", [])
    if not cands:
        return None
    best, runners = _best(cands)
    if best.field.endswith("target_percent"):
        value = Bonus(target_percent=best.value)
    else:
        value = Bonus(amount=_amount(best.value))
    return Term("annual_bonus", value, best.evidence, round(best.score, 2), best, runners)


LONGEST_AMONG = 0.58
"""A covenant's length: where confident readings differ (two non-competes in one contract, or
alternatives "12, 6 or 3 months"), the terms contract takes the longest."""


def _part_best(field: str, part: str, findings: list[Finding]) -> Finding:
    """The best finding of a composite's part; a covenant's duration is its longest confident one."""
    best = _best(findings)[0]
    if part != "duration" or field not in ("non_compete", "non_solicit"):
        return best
    sure = [f for f in findings if f.score >= LONGEST_AMONG and isinstance(f.value, Duration)]
    longest = max(sure, key=lambda f: (f.value.days(), f.score), default=best)
    return longest if isinstance(best.value, Duration) and longest.value.days() > best.value.days() else best


def _assemble(field: str, parts: dict[str, Finding]):
    """The typed value of a composite field from the best finding of each part."""
    values = {p: f.value for p, f in parts.items()}
    if field == "equity":
        worth = values.pop("value", None)
        if worth is not None:
            worth = _amount(worth)
            values["currency"] = values.get("currency") or worth.currency
        return Equity(value=worth, **values)
    if values.get("present") is None:
        values["present"] = True
    return Covenant(**values)


def _composite_term(field: str, by_part: dict[str, list[Finding]]) -> Term | None:
    if field == "annual_bonus":
        return _bonus_term(by_part)
    chosen = {part: _part_best(field, part, by_part[part]) for part in COMPOSITES[field] if by_part.get(part)}
    if not chosen:
        return None
    ordered = sorted(chosen.values(), key=lambda f: f.start)
    evidence = tuple(e for f in ordered for e in f.evidence)
    conf = round(sum(f.score for f in chosen.values()) / len(chosen), 2)
    lead = chosen.get("kind") or chosen.get("present") or ordered[0]
    return Term(field, _assemble(field, chosen), evidence, conf, lead, ())


def _by_field(findings: list[Finding], min_score: float) -> dict[str, list[Finding]]:
    by_field: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.score >= min_score:
            by_field[f.field].append(f)
    return by_field


def resolve_scalars(findings: list[Finding], min_score: float = MIN_SCORE) -> dict[str, Term]:
    """The best finding per field, each field a plain value (the internal fields)."""
    return {field: _term(field, fs) for field, fs in _by_field(findings, min_score).items()}


def resolve(findings: list[Finding], min_score: float = MIN_SCORE) -> tuple[dict[str, Term], dict[str, NotFound]]:
    """The best term per field, and an explicit NotFound for every field without one."""
    by_field = _by_field(findings, min_score)
    terms: dict[str, Term] = {}
    for field, fs in by_field.items():
        if "." in field:
            continue
        terms[field] = _list_term(field, fs) if field in LIST_FIELDS else _term(field, fs)
    for field in COMPOSITES:
        parts = {p: by_field.get(f"{field}.{p}", []) for p in COMPOSITES[field]}
        if any(parts.values()):
            term = _composite_term(field, parts)
            if term is not None:
                terms[field] = term
    missing = {f: NotFound(f) for f in FIELDS if f not in terms}
    return terms, missing
