"""Red flags: the stage that turns findings and terms into flags, and the checks it runs.

What a flag says is data: each rule under ``rules/flags/`` has a title, a severity, why
it matters and what to ask (``offercheck.rulebook.flagspec``). What raises it is one of:

- **wording** matched by the flag rule's own patterns in the extraction pass (another
  document the letter relies on, a blank left in it, terms the employer may change at
  its discretion ...): its findings, outside the signature blocks where the rule says
  so, become one flag naming what was found;
- **a term and a threshold** (``when: {term: probation, longer_than: 6 months}``);
- **a named, versioned check** in CHECKS (``when: {check: pay.components.v1}``) where
  logic is needed: a non-compete's length, uneven notice, a deadline, long hours without
  overtime pay, and consistency inside the document (two different salaries, a monthly
  figure that is not a twelfth of the annual one, CTC components that do not add up,
  look-alike digits, hidden text). A check reads the terms, the findings of the
  extraction pass (``_extra_hours``, ``_unpaid_overtime``, ``_signing_block``, ...) and
  the Document's structure.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterable

from offercheck.describe import human
from offercheck.flag_checks import (CHECKS, MAX_EVIDENCE, SEVERITY_ORDER, Hit, _found, _quoted, _term)
from offercheck.model import Extraction, Flag
from offercheck.values import Covenant, Duration


@lru_cache(maxsize=1)
def _shipped_rules() -> tuple:
    from offercheck.rulebook import load_rulebook
    return tuple(load_rulebook([]).rules)


def find_flags(extraction: Extraction, today: dt.date, rules=None) -> tuple[Flag, ...]:
    """Every flag that applies to the letter, the most severe first (then in the rules' order).
    ``rules`` defaults to the shipped rulebook's flag rules."""
    if rules is None:
        rules = _shipped_rules()
    flag_rules = sorted((r for r in rules if r.flag is not None), key=lambda r: (r.flag.order, r.id))
    flags = [flag for rule in flag_rules for flag in _raise(rule.flag, rule.id, extraction, today)]
    return tuple(sorted(flags, key=lambda f: SEVERITY_ORDER.get(f.severity, 3)))


def _raise(spec, rule_id: str, extraction: Extraction, today: dt.date) -> list[Flag]:
    if spec.when is None:
        hits = _wording(spec, rule_id, extraction)
    elif spec.when.check:
        hits = CHECKS[spec.when.check].fn(extraction, today)
    else:
        hits = _term_condition(spec.when, extraction)
    return [Flag(spec.id, spec.title.format(**h.values), h.severity or spec.severity, h.evidence,
                 spec.ask.format(**h.values.get("_ask", h.values)), spec.why) for h in hits]


# -- wording and terms ----------------------------------------------------------------------


def _signing_start(extraction: Extraction) -> int | None:
    """Where the first signature or acceptance block begins (None if none was found)."""
    blocks = _found(extraction, lambda f: f.field == "_signing_block")
    return blocks[0].start if blocks else None


def _wording(spec, rule_id: str, extraction: Extraction) -> list[Hit]:
    """The flag rule's findings as one hit: the first few places, and what they name."""
    found = _found(extraction, lambda f: f.rule == rule_id)
    signing = None if spec.signing_blocks else _signing_start(extraction)
    if signing is not None:
        found = [f for f in found if f.start < signing]
    if not found:
        return []
    values: dict = {}
    if spec.items:
        named = _items((str(f.value) for f in found), spec.items.drop)
        if not named:
            return []
        shown = ", ".join(f"“{x}”" if spec.items.quoted else x for x in named[:MAX_EVIDENCE])
        if len(named) > MAX_EVIDENCE:
            shown += f" and {len(named) - MAX_EVIDENCE} more"
        values = {"items": shown, "_ask": {"items": _and(named[:MAX_EVIDENCE]) or spec.items.none}}
    return [Hit(_quoted(extraction, found[:MAX_EVIDENCE]), values)]


def _term_condition(when, extraction: Extraction) -> list[Hit]:
    t = _term(extraction, when.term)
    if t is None:
        return []
    v = t.value
    if when.is_ is not None and not (v == when.is_ and type(v) is type(when.is_)):
        return []
    if when.present is not None and bool(v.present if isinstance(v, Covenant) else v) != when.present:
        return []
    # a day's grace: "26 weeks" and "6 months" are the same promise
    if when.longer_than is not None and not (isinstance(v, Duration) and v.days() > when.longer_than.days() + 1):
        return []
    return [Hit(t.evidence, {"value": human(v)})]


def _same_name(a: str, b: str) -> bool:
    """ "Confidentiality Agreement" is the short name of "Employee Confidentiality and
    Invention Assignment Agreement"."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _items(found: Iterable[str], drop: frozenset[str] = frozenset()) -> list[str]:
    """Distinct names, the same document once: its defined short name ("Confidentiality
    Agreement") where it has one, its full name where the short one is a bare word ("Plan")."""
    out: list[str] = []
    for item in found:
        item = " ".join(item.split())
        same = next((i for i, x in enumerate(out) if _same_name(item, x)), None)
        if same is None:
            out.append(item)
        else:
            short, long = sorted((item, out[same]), key=len)
            out[same] = long if len(short.split()) == 1 else short
    return [x for x in out if x.lower() not in drop]


def _and(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C" """
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


