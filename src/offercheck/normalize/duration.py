"""Durations: "three (3) months", "one month's notice", "90 days", "1-year".

``parse_duration`` finds the first duration in a text and returns a
``values.Duration`` with the unit normalised to ``day``, ``week``, ``month`` or
``year`` (plurals, abbreviations and apostrophes gone). It never raises on any
``str``.

* "three (3) months", "ninety-day (90)", "90 (ninety) days": the digits win over the words.
* "a year", "an additional month": the article is one.
* "two weeks'", "one month's": possessives are ignored.
* "six calendar months", "30 working days", "ten (10) business days": the
  qualifier is dropped, the unit kept (``day`` for working and business days);
  ``raw`` holds the matched words, and ``is_business_days`` reads them, so that
  ``dates.add_duration`` can skip weekends.
* "fortnight": two weeks.
* "the fifteenth (15th) day following" / "the 15th day after": 15 days (a
  deadline counted from an event, as notice clauses write it); "the third business day
  after": three business days.
* A range or a choice ("3 to 6 months", "3-6 months", "12, 6 or 3 months") gives
  ``None``: TERMS records no single value for it.
"""
from __future__ import annotations

import re
from decimal import Decimal

from offercheck.normalize.numbers import (
    ORDINAL_WORD,
    WORD_NUMBER,
    clean,
    never_raises,
    parse_number,
    parse_ordinal,
    strip_group_names,
)
from offercheck.values import Duration

__all__ = ["DURATION", "DURATION_RANGE", "format_duration", "is_business_days", "parse_duration"]

_UNIT_NAMED = (
    r"(?P<unit>days?|weeks?|wks?|months?|mths?|mos?|years?|yrs?|fortnights?)\b"
    r"(?:['’]s|s['’]|['’])?"
)
_QUALIFIER = (
    r"(?:calendar|working|business|clear|consecutive|full|complete|additional|further"
    r"|more|extra|successive)"
)
# "the fifteenth (15th) day following": a deadline counted in days, read as that many days.
_ORDINAL_DAY_NAMED = (
    r"(?P<ordinal>" + ORDINAL_WORD + r"(?:\s*\(\s*\d{1,3}(?:st|nd|rd|th)\s*\))?"
    r"|(?<![\d.,])\d{1,3}(?:st|nd|rd|th))\s+(?:(?:business|working|calendar)\s+)?(?P<ordinal_unit>day|week|month)"
    r"\s+(?:following|after)\b"
)
_DURATION_NAMED = (
    r"(?i:" + _ORDINAL_DAY_NAMED + r"|(?:\[\s*)?(?:(?P<words_paren>" + WORD_NUMBER + r")\s*\(\s*(?P<paren>\d{1,4}(?:\.\d{1,2})?)\s*\)"
    r"|(?<![\d.,])(?P<digits_words>\d{1,4})\s*\(\s*" + WORD_NUMBER + r"\s*\)"
    r"|(?<![\d.,])(?P<digits>\d{1,6}(?:\.\d{1,4})?)(?![\d,])"
    r"|(?P<words>" + WORD_NUMBER + r")"
    r"|(?P<article>\ban?\b))(?:\s*\])?"  # a template's blank filled in: "[one] calendar month's"
    r"[\s-]*(?:(?P<qualifier>" + _QUALIFIER + r")[\s-]+){0,2}"
    + _UNIT_NAMED
    + r"(?:\s*\(\s*(?P<paren_after>\d{1,4})\s*\))?)"
)
DURATION = strip_group_names(_DURATION_NAMED)
"""A length of time: "three (3) months", "one month's", "12-month", "two weeks'"."""

_DURATION_RE = re.compile(_DURATION_NAMED)

_NUMBERISH = r"(?:\d{1,6}(?:\.\d{1,4})?|" + WORD_NUMBER + r"(?:\s*\(\s*\d{1,4}\s*\))?)"
DURATION_RANGE = (
    r"(?i:" + _NUMBERISH + r"\s*(?:-|–|—|\bto\b|\bor\b)\s*" + DURATION + r")"
)
"""A range or choice of durations, "3 to 6 months", "3-6 months": to veto, not to read."""

# What, just before a duration, makes it the end of a range or a choice.
_RANGE_BEFORE_RE = re.compile(
    r"(?i:(?:\d|" + WORD_NUMBER + r"|\))\s*(?:-|–|—|\bto|\bor)\s*$)"
)

_UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "mth": "month", "mths": "month", "mo": "month",
    "mos": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "fortnight": "fortnight", "fortnights": "fortnight",
}


@never_raises
def parse_duration(text: str) -> Duration | None:
    """The first duration in the text; ``None`` if there is none or it is a range.

    >>> parse_duration("three (3) months")
    Duration(value=Decimal('3'), unit='month', raw='three (3) months')
    >>> d = parse_duration("one month's notice"); d.value, d.unit
    (Decimal('1'), 'month')
    >>> d = parse_duration("not less than four weeks"); d.value, d.unit
    (Decimal('4'), 'week')
    >>> [str(parse_duration(t).value) + " " + parse_duration(t).unit
    ...  for t in ("1-year", "a year", "six-month", "90 days", "two weeks'", "sixty-day (60)", "45 (Forty Five) days")]
    ['1 year', '1 year', '6 month', '90 day', '2 week', '60 day', '45 day']
    >>> parse_duration("3 to 6 months") is None, parse_duration("24 hours") is None
    (True, True)
    >>> parse_duration("[one] calendar months’ notice").value, parse_duration("[12] weeks").unit
    (Decimal('1'), 'week')
    >>> parse_duration("[N] weeks' notice") is None, parse_duration("[Notice period] applies") is None
    (True, True)
    """
    s = clean(text)
    for m in _DURATION_RE.finditer(s):
        if _RANGE_BEFORE_RE.search(s[max(0, m.start() - 40) : m.start()]):
            return None
        value = _value(m)
        if value is None:
            continue
        unit = _UNITS[(m.group("unit") or m.group("ordinal_unit")).lower()]
        if unit == "fortnight":
            value, unit = value * 2, "week"
        return Duration(value, unit, text[m.start() : m.end()])
    return None


def _value(m: re.Match) -> Decimal | None:
    if m.group("ordinal"):
        n = parse_ordinal(m.group("ordinal"))
        return None if n is None else Decimal(n)
    for group in ("paren_after", "paren", "digits_words", "digits"):
        if m.group(group):
            return Decimal(m.group(group))
    if m.group("article"):
        return Decimal(1)
    return parse_number(m.group("words"))


def is_business_days(duration: Duration) -> bool:
    """Whether the duration counts working or business days (weekends excluded).

    >>> is_business_days(parse_duration("ten (10) business days"))
    True
    >>> is_business_days(parse_duration("7 days"))
    False
    >>> d = parse_duration("the third business day after"); (d.value, d.unit, is_business_days(d))
    (Decimal('3'), 'day', True)
    """
    return duration.unit == "day" and re.search(r"(?i)\b(?:business|working)\b", duration.raw) is not None


def format_duration(duration: Duration) -> str:
    """A duration as words a letter would use; ``parse_duration`` reads it back.

    >>> format_duration(Duration(Decimal(3), "month")), format_duration(Duration(Decimal("1.50"), "year"))
    ('3 months', '1.5 years')
    >>> format_duration(Duration(Decimal(1), "week"))
    '1 week'
    """
    value = duration.value
    return f"{format(value.normalize(), 'f')} {duration.unit}" + ("" if value == 1 else "s")
