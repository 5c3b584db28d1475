"""The document's facts, read before any term: where the letter is from (and so what a bare
"$" means, whether 04/05 is April or May) and when it is dated (so "by Friday, January 22"
has a year). Found by the rules under rules/context/ in a pass of their own; every other
rule is then read in their light (api.extract_document).
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from offercheck.model import Finding, Term
from offercheck.normalize.money import DOLLAR_CURRENCIES


@dataclass
class DocContext:
    """What the whole document tells the normalizers: where it is from, when it is dated."""

    jurisdiction: str | None = None
    currency: str | None = None
    dayfirst: bool | None = None
    letter_date: Any = None
    letter_date_finding: Any = None
    """The finding ``letter_date`` was read from (its evidence is cited by dates derived from it)."""
    dollar: str | None = "USD"
    """What a bare "$" means: the dollar of the document's country, None where the
    document does not settle it (the default is for a snippet read on its own)."""


CURRENCY_OF = {"US": "USD", "UK": "GBP", "IN": "INR", "CA": "CAD", "AU": "AUD", "NZ": "NZD",
               "SG": "SGD", "IE": "EUR", "NL": "EUR", "DE": "EUR", "FR": "EUR", "MY": "MYR",
               "PH": "PHP", "HK": "HKD", "ZA": "ZAR", "AE": "AED", "JP": "JPY", "KE": "KES", "NG": "NGN",
               "SA": "SAR", "QA": "QAR", "ID": "IDR", "GH": "GHS", "PK": "PKR", "LK": "LKR", "BD": "BDT",
               "KW": "KWD", "BH": "BHD", "OM": "OMR", "EG": "EGP"}
MONTH_FIRST = {"US", "PH"}


CONTEXT_FIELDS = frozenset({"_jurisdiction", "_letter_date"})
"""The fields doc_context reads: found before any other rule, which is read in their light."""


def doc_context(findings: list[Finding]) -> DocContext:
    """Jurisdiction by the weight of its signals; the letter's date by the best finding."""
    weight: dict[str, float] = defaultdict(float)
    for f in findings:
        if f.field == "_jurisdiction":
            weight[f.value] += f.score
    jur = max(sorted(weight), key=lambda k: weight[k]) if weight else None
    dates = sorted((f for f in findings if f.field == "_letter_date"), key=lambda f: (-f.score, f.start))
    currency = CURRENCY_OF.get(jur or "")
    return DocContext(jurisdiction=jur, currency=currency,
                      dayfirst=None if jur is None else jur not in MONTH_FIRST,
                      letter_date=dates[0].value if dates else None,
                      letter_date_finding=dates[0] if dates else None,
                      dollar=currency if currency in DOLLAR_CURRENCIES else None)



def context_of(extraction) -> DocContext:
    """The DocContext an Extraction was read in; for one built by hand (no context), read
    from its findings the same way."""
    if extraction.context is not None:
        return extraction.context
    return doc_context([f for f in extraction.findings if f.field in CONTEXT_FIELDS])


def letter_date_term(ctx: DocContext) -> Term | None:
    """The letter's date as the document context read it, as a term a derived date cites."""
    f = ctx.letter_date_finding
    if f is None or not isinstance(f.value, _dt.date):
        return None
    return Term("_letter_date", f.value, f.evidence, f.score, f)
