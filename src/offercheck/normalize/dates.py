"""Calendar dates as letters write them, and arithmetic on them.

``parse_date`` finds the first date in a text and returns a ``datetime.date``, or
``None``. It never raises on any ``str``. Forms read:

* ISO: "2025-07-01" (also "2025/07/01").
* Numbers: "15/01/2024", "1-3-25", "01.07.2025" (dots only with a four-digit
  year, so a section number "3.1.25" is not a date). A first number over 12 means
  day first, a second over 12 means month first; otherwise ``dayfirst`` decides,
  and ``None`` means day first (most of the world; pass ``dayfirst=False`` for US
  letters).
* Day, month name, year: "15 January 2024", "15th January, 2024", "1st of March
  2025", "the 1st day of March, 2025", "the first day of March, 2025",
  "01-Aug-2025", "01-Aug-25".
* Month name, day, year: "January 15, 2024", "Jan. 15, 2024", "March 1st, 2025".
* A weekday in front ("Tuesday, 14 October 2025") is allowed and not checked.

A month and year alone ("March 2025") is not a date. Two-digit years are 2000-2069
for 00-69 and 1970-1999 for 70-99.

Relative dates resolve against a reference the caller gives (the letter's own
date), never against today: ``resolve_relative("within 7 days", letter_date)``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal

from offercheck.normalize.duration import is_business_days, parse_duration
from offercheck.normalize.numbers import (
    ORDINAL_WORD,
    clean,
    never_raises,
    parse_ordinal,
    strip_group_names,
)
from offercheck.values import Duration

__all__ = ["DATE_RE", "DAY_RE", "add_duration", "end_of_term", "next_day", "parse_date", "resolve_relative"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b\.?,?\s+"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
_YEAR4 = r"(?:1[89]|2\d)\d\d(?!\d)"

_DATE_NAMED = (
    r"(?i:"
    # 2025-07-01
    r"(?<![\d./-])(?P<iso_y>(?:1[89]|2\d)\d\d)[-/.](?P<iso_m>0?[1-9]|1[0-2])[-/.]"
    r"(?P<iso_d>[12]\d|3[01]|0?[1-9])(?![\d]|[./-]\d)"
    # 15/01/2024, 1-3-25, 01.07.2025
    r"|(?<![\d./-])(?P<num_a>\d{1,2})(?:[/-](?P<num_b>\d{1,2})[/-](?P<num_y>" + _YEAR4 + r"|\d\d(?!\d))"
    r"|\.(?P<num_b2>\d{1,2})\.(?P<num_y2>" + _YEAR4 + r"))(?![./-]\d)"
    # 15 January 2024, the 1st day of March, 2025, 01-Aug-25
    r"|\b(?:" + _WEEKDAY + r")?(?:the\s+)?(?:(?P<dmy_d>" + _DAY + r")|(?P<dmy_dw>" + ORDINAL_WORD + r"))"
    r"(?:\s+day)?(?:\s+of)?[\s-]+(?P<dmy_m>" + _MONTH + r")"
    r"(?:,?[\s-]+(?P<dmy_y>" + _YEAR4 + r")|-(?P<dmy_yy>\d\d)(?!\d))"
    # January 15, 2024, March 1st, 2025
    r"|\b(?:" + _WEEKDAY + r")?(?P<mdy_m>" + _MONTH + r")\s*(?:the\s+)?(?P<mdy_d>" + _DAY + r")"
    r",?\s+(?P<mdy_y>" + _YEAR4 + r")"
    r")"
)
DATE_RE = strip_group_names(_DATE_NAMED)
"""A calendar date in any of the forms above (no capturing groups)."""

_DATE_SEARCH = re.compile(_DATE_NAMED)


# A day and month with no year ("Monday, February 1", "the 22nd of January"): letters write
# a date so when it falls within weeks of their own. Month names in capitals only, so "may"
# the verb is never a month; a year after it makes it a full date, not this.
_MONTH_CAP = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
              r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
_NO_YEAR = r"(?!,?[\s-]*(?:" + _YEAR4 + r"|'?\d\d\b))"
_DAY_NAMED = (
    r"(?i:\b(?:" + _WEEKDAY + r")?(?:"
    r"(?P<md_m>" + _MONTH_CAP + r")\s*(?:the\s+)?(?P<md_d>" + _DAY + r")"
    r"|(?:the\s+)?(?P<dm_d>" + _DAY + r")(?:\s+day)?(?:\s+of)?\s+(?P<dm_m>" + _MONTH_CAP + r"))" + _NO_YEAR + r")"
)
DAY_RE = strip_group_names(_DAY_NAMED)
"""A day of a named month without a year (no capturing groups)."""
_DAY_SEARCH = re.compile(_DAY_NAMED)


@never_raises
def next_day(text: str, reference: dt.date) -> dt.date | None:
    """A day and month without a year, as the first such day on or after ``reference``
    (the letter's own date): a letter of 14 January 2027 asking for a reply "by Friday,
    January 22" means 2027, one of 20 December 2026 saying "January 5" means 2027 too.

    >>> ref = dt.date(2027, 1, 14)
    >>> next_day("by Friday, January 22", ref), next_day("the 1st of February", ref)
    (datetime.date(2027, 1, 22), datetime.date(2027, 2, 1))
    >>> next_day("January 5", dt.date(2026, 12, 20)), next_day("may 5", ref), next_day("30 February", ref)
    (datetime.date(2027, 1, 5), None, None)
    >>> next_day("Sept. 3", ref), next_day("March 4, 2027", ref)  # a year makes it a full date
    (datetime.date(2027, 9, 3), None)
    """
    m = _DAY_SEARCH.search(clean(text))
    if m is None:
        return None
    g = m.groupdict()
    month = _month(g["md_m"] or g["dm_m"])
    day = int(re.match(r"\d+", g["md_d"] or g["dm_d"]).group())
    for year in (reference.year, reference.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:  # 30 February, 29 February outside a leap year
            continue
        if date >= reference:
            return date
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_RE = (r"(?-i:\b(?:" + "|".join(d.capitalize() for d in _WEEKDAYS) + "|"
              + "|".join(d.upper() for d in _WEEKDAYS) + r")\b)(?!,?\s+(?:the\s+)?\d|,?\s+" + _MONTH_CAP + ")")
"""A weekday named alone, with no date after it ("by close of business on Thursday")."""


@never_raises
def next_weekday(text: str, reference: dt.date) -> dt.date | None:
    """A weekday named alone, as the first such day after ``reference`` (the letter's date):
    a letter of Monday 15 February 2027 asking for an answer "by Thursday" means 18 February.

    >>> ref = dt.date(2027, 2, 15)
    >>> next_weekday("by close of business on Thursday", ref), next_weekday("Monday", ref)
    (datetime.date(2027, 2, 18), datetime.date(2027, 2, 22))
    >>> next_weekday("Thursday, February 25", ref) is None, next_weekday("soon", ref) is None
    (True, True)
    """
    m = re.search(WEEKDAY_RE, clean(text))
    if m is None:
        return None
    ahead = (_WEEKDAYS.index(m.group().lower()) - reference.weekday()) % 7 or 7
    return reference + dt.timedelta(days=ahead)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _month(text: str) -> int:
    return _MONTHS[text.lower()[:3]]


def _from_match(m: re.Match, dayfirst: bool | None) -> dt.date | None:
    g = m.groupdict()
    if g["iso_y"]:
        y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
    elif g["num_a"]:
        a, b = int(g["num_a"]), int(g["num_b"] or g["num_b2"])
        y = _year(g["num_y"] or g["num_y2"])
        if a > 12:
            d, mo = a, b
        elif b > 12:
            d, mo = b, a
        elif dayfirst is False:
            d, mo = b, a
        else:
            d, mo = a, b
    elif g["dmy_m"]:
        d = parse_ordinal(g["dmy_dw"]) if g["dmy_dw"] else int(re.match(r"\d+", g["dmy_d"]).group())
        mo = _month(g["dmy_m"])
        y = _year(g["dmy_y"] or g["dmy_yy"])
    else:
        d, mo, y = int(re.match(r"\d+", g["mdy_d"]).group()), _month(g["mdy_m"]), int(g["mdy_y"])
    if d is None:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:  # 31 February
        return None


@never_raises
def parse_date(text: str, *, dayfirst: bool | None = None) -> dt.date | None:
    """The first valid date in the text.

    >>> parse_date("January 15, 2024"), parse_date("15th January, 2024"), parse_date("2025-07-01")
    (datetime.date(2024, 1, 15), datetime.date(2024, 1, 15), datetime.date(2025, 7, 1))
    >>> parse_date("the 1st day of March, 2025"), parse_date("01-Aug-2025")
    (datetime.date(2025, 3, 1), datetime.date(2025, 8, 1))
    >>> parse_date("05/06/2025"), parse_date("05/06/2025", dayfirst=False), parse_date("1/3/25")
    (datetime.date(2025, 6, 5), datetime.date(2025, 5, 6), datetime.date(2025, 3, 1))
    >>> parse_date("04/15/2025"), parse_date("March 2025"), parse_date("30 February 2025")
    (datetime.date(2025, 4, 15), None, None)
    """
    s = clean(text)
    for m in _DATE_SEARCH.finditer(s):
        date = _from_match(m, dayfirst)
        if date is not None:
            return date
    return None


def _add_months(date: dt.date, months: int) -> dt.date:
    y, m = divmod(date.month - 1 + months, 12)
    year, month = date.year + y, m + 1
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


def _add_business_days(date: dt.date, days: int) -> dt.date:
    step = 1 if days >= 0 else -1
    # Any seven days in a row hold five weekdays, so whole weeks jump; the last
    # stretch is walked so the result is the weekday the count ends on.
    weeks, rest = divmod(abs(days), 5)
    if weeks and not rest:
        weeks, rest = weeks - 1, 5
    date += dt.timedelta(weeks=weeks * step)
    while rest:
        date += dt.timedelta(days=step)
        if date.weekday() < 5:
            rest -= 1
    return date


def add_duration(date: dt.date, duration: Duration) -> dt.date:
    """``date`` plus ``duration``, month- and year-aware (31 January + 1 month = 28/29 February).

    Business and working days (see ``duration.is_business_days``) skip weekends,
    not public holidays. A fraction of a month becomes days (x 30.44), of a year
    months; a fraction of a day is dropped. A negative duration counts back.
    Raises ``OverflowError`` outside years 1-9999.

    >>> add_duration(dt.date(2024, 1, 31), Duration(Decimal(1), "month"))
    datetime.date(2024, 2, 29)
    >>> add_duration(dt.date(2025, 8, 1), Duration(Decimal(3), "day", "three (3) business days"))
    datetime.date(2025, 8, 6)
    """
    value, unit = Decimal(duration.value), duration.unit
    if unit == "year":
        value, unit = value * 12, "month"
    if unit == "month":
        whole = int(value)
        try:
            date = _add_months(date, whole)
        except ValueError as e:
            raise OverflowError(str(e)) from None
        return date + dt.timedelta(days=round(float(value - whole) * 30.44))
    days = int(value * 7) if unit == "week" else int(value)
    if unit == "day" and is_business_days(duration):
        return _add_business_days(date, days)
    return date + dt.timedelta(days=days)


def end_of_term(start: dt.date, duration: Duration) -> dt.date:
    """The last day of a term of ``duration`` from ``start``: the day before the anniversary.

    >>> end_of_term(dt.date(2025, 4, 14), Duration(Decimal(12), "month"))
    datetime.date(2026, 4, 13)
    """
    return add_duration(start, duration) - dt.timedelta(days=1)


_BEFORE_RE = re.compile(r"(?i)\b(?:before|prior\s+to|preceding)\b")


@never_raises
def resolve_relative(text: str, reference: dt.date) -> dt.date | None:
    """A date stated as a duration from a reference: "within 7 days of the date of this letter".

    The reference is the date the caller knows the text counts from (the letter's
    date); a date written in the text itself overrides it ("within 7 days of
    1 March 2025"). "before"/"prior to" after the duration counts back.

    >>> resolve_relative("within seven (7) days of the date of this letter", dt.date(2025, 1, 10))
    datetime.date(2025, 1, 17)
    >>> resolve_relative("will remain open for three (3) business days", dt.date(2025, 8, 4))
    datetime.date(2025, 8, 7)
    >>> resolve_relative("within 2 weeks", dt.date(2025, 1, 10)), resolve_relative("soon", dt.date(2025, 1, 10))
    (datetime.date(2025, 1, 24), None)
    """
    s = clean(text)
    duration = parse_duration(s)
    if duration is None or not isinstance(reference, dt.date):
        return None
    reference = parse_date(s) or reference
    after = s[s.find(duration.raw) + len(duration.raw) :] if duration.raw in s else s
    if _BEFORE_RE.search(after):
        duration = Duration(-duration.value, duration.unit, duration.raw)
    try:
        return add_duration(reference, duration)
    except OverflowError:  # "within 99999 years"
        return None
