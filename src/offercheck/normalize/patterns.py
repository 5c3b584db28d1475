"""Regex fragments that rules use as macros: ``{money}``, ``{duration}``, ``{date}`` ...

Each fragment is a string holding one non-capturing group, safe to embed in a
larger Python ``re`` pattern (compiled with ``re.IGNORECASE`` or not: words carry
their own ``(?i:...)``; ISO currency codes stay capitals only via ``(?-i:...)``).

The fragments are the very patterns the parsers use, with their named groups
turned into non-capturing ones, so whatever a fragment matches the matching
``parse_*`` reads:

============  ==========================================================  ===================
macro         matches                                                     read it with
============  ==========================================================  ===================
``money``     an amount with a currency marker: "$120,000", "USD 120k",   ``parse_money``
              "57,000 AUD", "Rs. 3,00,000/-", "€3.650,-", "$120-150k",
              "forty-five thousand dollars ($45,000)"
``amount``    a bare amount in digits: "120,000", "12,00,000", "3.650,-"  ``parse_money`` /
                                                                          ``parse_number``
``number``    digits or words or both: "3", "three (3)", "forty-five",    ``parse_number``
              "120k", "1,20,000"
``duration``  "three (3) months", "one month's", "12-month", "six         ``parse_duration``
              calendar months", "two weeks'", "a year"
``date``      "January 15, 2024", "15th January, 2024", "2025-07-01",     ``parse_date``
              "15/01/2024", "the 1st day of March, 2025"
``day``       a day of a named month without a year: "Monday, February   ``next_day``
              1", "the 22nd of January" (read against the letter's date)
``period``    "per annum", "p.a.", "monthly", "an hour", "/hr",           ``period_of`` /
              "bi-weekly" ("pm"/"pa" only right after an amount)          ``rate_period_of``
``timespan``  two clock times: "9:00 am to 5:30 pm", "09:00-17:30"        ``parse_time_span``
``share``     a part of a whole: "25%", "twenty percent (20%)", "1/48",    ``parse_share``
              "one-fourth", "a quarter"
============  ==========================================================  ===================

``amount`` has no currency marker and matches any number ("2024", "3.1"); use it
only where the words around it make it money ("Salary: {amount}").
``DURATION_RANGE`` ("3 to 6 months") is there to veto a ``{duration}`` that is
the end of a range.

>>> import re
>>> pattern = re.compile(r"salary of ({money})(?:\\s+({period}))?".format(**MACROS), re.I)
>>> pattern.search("a salary of £85,000 per annum, payable monthly").groups()
('£85,000', 'per annum')
"""
from __future__ import annotations

from offercheck.normalize.dates import DATE_RE, DAY_RE, WEEKDAY_RE
from offercheck.normalize.duration import DURATION, DURATION_RANGE
from offercheck.normalize.money import MONEY, PERIOD
from offercheck.normalize.numbers import AMOUNT as _AMOUNT_DIGITS
from offercheck.normalize.numbers import MULTIPLIER, SHARE, TIME_SPAN, WORD_NUMBER

__all__ = ["AMOUNT", "DATE", "DURATION", "DURATION_RANGE", "MACROS", "MONEY", "NUMBER", "PERIOD", "SHARE", "TIME_SPAN"]

AMOUNT = _AMOUNT_DIGITS
"""A bare amount in digits with any grouping and an optional "/-" or ",-"."""

NUMBER = (
    rf"(?i:{WORD_NUMBER}\s*\(\s*{_AMOUNT_DIGITS}\s*\)"
    rf"|{_AMOUNT_DIGITS}\s*\(\s*{WORD_NUMBER}\s*\)"
    rf"|{_AMOUNT_DIGITS}(?:{MULTIPLIER})?"
    rf"|{WORD_NUMBER})"
)
"""A number in digits, words, or words with the digits in brackets."""

DATE = DATE_RE

MACROS: dict[str, str] = {
    "money": MONEY,
    "amount": AMOUNT,
    "number": NUMBER,
    "duration": DURATION,
    "date": DATE,
    "day": DAY_RE,
    "weekday": WEEKDAY_RE,
    "period": PERIOD,
    "share": SHARE,
    "timespan": TIME_SPAN,
}
