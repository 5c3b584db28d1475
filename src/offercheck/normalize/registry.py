"""Named, versioned normalizers that rules refer to (``normalizer: money.v1``).

Each takes the matched text and a MatchContext and returns a value or None. An
unknown name fails when the rules load, listing the valid ones.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Callable

from offercheck.values import Money, MoneyRange

NORMALIZERS: dict[str, Callable[..., Any]] = {}


def register(name: str):
    def deco(fn):
        NORMALIZERS[name] = fn
        return fn
    return deco


# Name-shaped fragments for rules that read parties, titles and places. They expect the
# rule to be case-sensitive (``case: true``), since capitals are what mark a name.
_CAP = r"[A-Z][\w&'’.\-]*"
NAME_MACROS = {
    "org": (r"(?:The\s+)?[A-Z][\w&'’.\-]*(?:[ \t]+(?:&|and|of|[A-Z][\w&'’.\-]*|\([A-Z][\w .&\-]{0,40}\))){0,7}?"
            r",?[ \t]+(?:Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Corp\.?|Corporation|Company|Co\.|"
            r"Pty\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Private\s+Limited|Pvt\.?\s+Ltd\.?|GmbH|B\.?V\.?|N\.?V\.?|"
            r"Sdn\.?\s+Bhd\.?|plc|PLC|S\.A\.|AG|L\.P\.|LP)(?![\w])"),
    "person": (r"(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof)\.?\s+)?[A-Z][a-zà-ÿ'’\-]+(?:[ \t]+(?:[A-Z]\.(?:[A-Z]\.)?|"
               r"[A-Z][a-zà-ÿ'’\-]+|van|de|der|den|da|di|von|bin|binti|al|el)){1,3}"),
    "PERSON": r"[A-Z][A-Z'’\-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Z'’\-]+)){1,3}",
    "title": (r"[A-Z][\w/&’'\-]*(?:(?:[ \t]+|,[ \t]+|[ \t]*[/–-][ \t]*)(?:and|of|for|&|in|[A-Z][\w/&’'\-]*|"
              r"\((?!the\b)[^)\n]{1,30}\))){0,8}"),
    "place": r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2}(?:,[ \t]*[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*)?)?",
}


def macros() -> dict[str, str]:
    from offercheck.normalize.patterns import MACROS
    out = dict(MACROS)
    out.update(NAME_MACROS)
    return out


def _money(text: str, ctx) -> Money | None:
    from offercheck.normalize.money import parse_money
    m = parse_money(text, default_currency=ctx.doc.currency if ctx is not None else None)
    if isinstance(m, MoneyRange):
        m = m.low
    if m is None or m.amount <= 0:
        return None
    if m.currency is None and ctx is not None and ctx.doc.currency:
        m = Money(m.amount, ctx.doc.currency, m.period, m.raw)
    return m


@register("money.v1")
def money_v1(text: str, ctx, period: str | None = None, after: int = 45, before: int = 60,
             min_amount: float = 0) -> Money | None:
    """A pay rate: amount, currency, and the period from the text or just around it."""
    from offercheck.normalize.money import period_of
    m = _money(text, ctx)
    if m is None or m.amount < Decimal(str(min_amount)):
        return None
    p = m.period
    if p is None and ctx is not None:
        tail = re.split(r"[.;\n]", ctx.after(after), maxsplit=1)[0]
        p = period_of(tail)
        if p is None:
            head = re.split(r"[.;\n]", ctx.before(before))[-1]
            p = period_of(head)
    p = p or period
    if p is None:
        return None
    return Money(m.amount, m.currency, p, text)


@register("amount.v1")
def amount_v1(text: str, ctx, min_amount: float = 0) -> Money | None:
    """A one-off sum (a bonus, an allowance): amount and currency, no period."""
    m = _money(text, ctx)
    if m is None or m.amount < Decimal(str(min_amount)):
        return None
    return Money(m.amount, m.currency, None, text)


@register("duration.v1")
def duration_v1(text: str, ctx, max_days: float | None = None):
    from offercheck.normalize.duration import parse_duration
    d = parse_duration(text)
    if d is None or d.value <= 0 or (max_days is not None and d.days() > max_days):
        return None
    return d


@register("months.v1")
def months_v1(text: str, ctx):
    """A duration as a whole number of months (vesting, cliff)."""
    d = duration_v1(text, ctx)
    if d is None:
        return None
    factor = {"year": 12, "month": 1}.get(d.unit)
    if factor is None:
        return None
    return int(d.value * factor)


@register("date.v1")
def date_v1(text: str, ctx):
    from offercheck.normalize.dates import parse_date
    return parse_date(text, dayfirst=ctx.doc.dayfirst if ctx is not None else None)


@register("number.v1")
def number_v1(text: str, ctx, min: float | None = None, max: float | None = None, per: float = 1):
    from offercheck.normalize.numbers import parse_number
    n = parse_number(text)
    if n is None:
        return None
    n = n * Decimal(str(per))
    if (min is not None and n < Decimal(str(min))) or (max is not None and n > Decimal(str(max))):
        return None
    return n


@register("percent.v1")
def percent_v1(text: str, ctx, max: float = 100):
    return number_v1(text.replace("%", " ").replace("percent", " "), ctx, min=0.01, max=max)


_QUOTES = "\"'“”‘’`«»"


@register("text.v1")
def text_v1(text: str, ctx, max_words: int = 12, min_chars: int = 2):
    """A name, title or place as written: spaces collapsed, quotes and trailing punctuation off."""
    t = " ".join(text.replace("|", " ").split())
    t = t.strip(_QUOTES + " ,;:-–—").rstrip(".") if not t.endswith(("Inc.", "Ltd.", "Co.", "Corp.", "L.P.", "S.A.", "B.V.", "N.V.", "P.C.", "LLC.", "Pvt.", "Bhd.")) else t.strip(_QUOTES + " ,;:-")
    t = t.strip(_QUOTES + " ")
    if len(t) < min_chars or len(t.split()) > max_words:
        return None
    return t


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


@register("enum.v1")
def enum_v1(text: str, ctx, map: dict | None = None):
    """A word from a small vocabulary, mapped to its canonical value (``map`` in the rule)."""
    table = {_key(k): v for k, v in (map or {}).items()}
    return table.get(_key(text))


_POSTCODE = re.compile(r"\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s*\d[A-Z]\d)\s*$")
_STREET = re.compile(r"^(?:(?:level|floor|suite|unit|flat|apartment|building|plot|no\.?)\s+\S+|\d[\w\-/]*\s+\w.*)$", re.I)
_NOT_PLACE = re.compile(r"^(?:the\s+)?(?:company|employer|office|head\s*office|headquarters|hybrid|remote|tbd|tba|n/?a)\b", re.I)


@register("place.v1")
def place_v1(text: str, ctx, max_words: int = 6):
    """A place of work from a label's value or an address: the town (and region), without
    street, unit or postcode. ``Level 5, 60 Margaret St, Sydney NSW 2000`` is ``Sydney NSW``.
    """
    t = re.split(r"[(\n;]|\s[-–—]\s", text, maxsplit=1)[0].strip(" .,:")
    parts = [p.strip() for p in t.split(",") if p.strip()]
    parts = [_POSTCODE.sub("", p).strip() for p in parts]
    parts = [p for p in parts if p and not _STREET.match(p) and not re.fullmatch(r"[\d\s\-]+", p)]
    if not parts or _NOT_PLACE.match(parts[0]) or not parts[0][:1].isupper():
        return None
    place = ", ".join(parts[:2])
    return text_v1(place, ctx, max_words=max_words)
