"""parse_date, add_duration, end_of_term, resolve_relative."""
import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offercheck.normalize.dates import (
    DATE_RE,
    add_duration,
    end_of_term,
    parse_date,
    resolve_relative,
)
from offercheck.values import Duration

D = dt.date

DATES = [
    ("October 6, 2025", None, D(2025, 10, 6)),
    ("6 October 2025", None, D(2025, 10, 6)),
    ("6th October, 2025", None, D(2025, 10, 6)),
    ("Oct. 6, 2025", None, D(2025, 10, 6)),
    ("Oct 6 2025", None, D(2025, 10, 6)),
    ("2025-10-06", None, D(2025, 10, 6)),
    ("2025/10/6", None, D(2025, 10, 6)),
    ("22/09/2025", None, D(2025, 9, 22)),          # first > 12: day first
    ("09/22/2025", None, D(2025, 9, 22)),          # second > 12: month first
    ("03/04/2025", None, D(2025, 4, 3)),           # ambiguous: day first by default
    ("03/04/2025", True, D(2025, 4, 3)),
    ("03/04/2025", False, D(2025, 3, 4)),
    ("22/09/2025", False, D(2025, 9, 22)),         # impossible month-first: day first anyway
    ("06.10.2025", None, D(2025, 10, 6)),
    ("6-10-25", None, D(2025, 10, 6)),
    ("2nd of June 2026", None, D(2026, 6, 2)),
    ("June 2nd, 2026", None, D(2026, 6, 2)),
    ("the 2nd day of June, 2026", None, D(2026, 6, 2)),
    ("the second day of June, 2026", None, D(2026, 6, 2)),
    ("this twenty-third day of May, 2024", None, D(2024, 5, 23)),
    ("12-Nov-2024", None, D(2024, 11, 12)),
    ("12-Nov-24", None, D(2024, 11, 12)),
    ("12 Sept 2024", None, D(2024, 9, 12)),
    ("Sept. 12, 2024", None, D(2024, 9, 12)),
    ("Wednesday, 12 November 2025", None, D(2025, 11, 12)),
    ("Tue., Sep. 30, 2025", None, D(2025, 9, 30)),
    ("Monday 3rd March 2025", None, D(2025, 3, 3)),
    ("5 February, 2018", None, D(2018, 2, 5)),
    ("on or before 29 February 2028.", None, D(2028, 2, 29)),
    ("signed at 4:30 PM on March 9, 2026", None, D(2026, 3, 9)),
    ("1/2/99", False, D(1999, 1, 2)),
    ("Feb 30, 2025 or March 1, 2025", None, D(2025, 3, 1)),  # the first *valid* date
]


@pytest.mark.parametrize(("text", "dayfirst", "expected"), DATES)
def test_parse_date(text, dayfirst, expected):
    assert parse_date(text, dayfirst=dayfirst) == expected


@pytest.mark.parametrize("text", [
    "", "March 2025", "Section 3.1.25", "4.2.2025.1", "page 2 of 5", "31 February 2025",
    "13/13/2025", "15 Jan 24", "2025", "v1.2.3", "clause 12-3", "1.3.25",
])
def test_parse_date_none(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("start", "duration", "expected"), [
    (D(2025, 1, 31), Duration(Decimal(1), "month"), D(2025, 2, 28)),
    (D(2024, 2, 29), Duration(Decimal(1), "year"), D(2025, 2, 28)),
    (D(2025, 11, 15), Duration(Decimal(3), "month"), D(2026, 2, 15)),
    (D(2025, 3, 10), Duration(Decimal(2), "week"), D(2025, 3, 24)),
    (D(2025, 3, 10), Duration(Decimal(30), "day"), D(2025, 4, 9)),
    (D(2025, 3, 10), Duration(Decimal("1.5"), "year"), D(2026, 9, 10)),
    (D(2025, 3, 14), Duration(Decimal(1), "day", "one business day"), D(2025, 3, 17)),   # Fri -> Mon
    (D(2025, 3, 15), Duration(Decimal(5), "day", "5 working days"), D(2025, 3, 21)),     # Sat -> Fri
    (D(2025, 3, 10), Duration(Decimal(10), "day", "10 business days"), D(2025, 3, 24)),
    (D(2025, 3, 10), Duration(Decimal(-1), "month"), D(2025, 2, 10)),
])
def test_add_duration(start, duration, expected):
    assert add_duration(start, duration) == expected


@pytest.mark.parametrize(("start", "duration", "expected"), [
    (D(2025, 4, 14), Duration(Decimal(12), "month"), D(2026, 4, 13)),
    (D(2026, 1, 5), Duration(Decimal(3), "year"), D(2029, 1, 4)),
    (D(2025, 3, 1), Duration(Decimal(6), "month"), D(2025, 8, 31)),
])
def test_end_of_term(start, duration, expected):
    assert end_of_term(start, duration) == expected


LETTER = D(2025, 6, 9)  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("within 10 days of the date of this letter", D(2025, 6, 19)),
    ("within ten (10) days", D(2025, 6, 19)),
    ("within 3 weeks", D(2025, 6, 30)),
    ("valid for one month", D(2025, 7, 9)),
    ("open for four (4) business days", D(2025, 6, 13)),
    ("within 5 days of 20 June 2025", D(2025, 6, 25)),   # the date in the text wins
    ("at least 2 weeks before your start date", D(2025, 5, 26)),
])
def test_resolve_relative(text, expected):
    assert resolve_relative(text, LETTER) == expected


@pytest.mark.parametrize("text", ["as soon as possible", "", "within 2 to 3 weeks"])
def test_resolve_relative_none(text):
    assert resolve_relative(text, LETTER) is None


def test_resolve_relative_out_of_range_is_none():
    assert resolve_relative("within 999999 years", LETTER) is None
    assert resolve_relative("within 7 days", "2025-06-09") is None


# --- properties --------------------------------------------------------------

DAYS = st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31))


@given(DAYS)
def test_isoformat_round_trips(day):
    assert parse_date(day.isoformat()) == day


@given(DAYS, st.sampled_from(["%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b. %d, %Y", "%A, %d %B %Y",
                              "%d-%b-%Y", "%Y-%m-%d"]))
def test_written_forms_round_trip(day, form):
    text = day.strftime(form)
    assert parse_date(text) == day, text
    assert re.fullmatch(DATE_RE, text, re.IGNORECASE), text


@given(DAYS)
def test_numeric_forms_round_trip_with_the_right_order(day):
    assert parse_date(day.strftime("%d/%m/%Y"), dayfirst=True) == day
    assert parse_date(day.strftime("%m/%d/%Y"), dayfirst=False) == day


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2900, 1, 1)), st.integers(0, 1200))
def test_months_land_on_the_same_day_or_the_month_end(day, months):
    later = add_duration(day, Duration(Decimal(months), "month"))
    assert (later.year - day.year) * 12 + later.month - day.month == months
    assert later.day == day.day or later.day < day.day and (later + dt.timedelta(days=1)).day == 1


@given(DAYS, st.integers(0, 400))
def test_business_days_land_on_a_weekday(day, n):
    later = add_duration(day, Duration(Decimal(n), "day", "business days"))
    if n:
        assert later.weekday() < 5
        weekdays = sum((day + dt.timedelta(days=i)).weekday() < 5 for i in range(1, (later - day).days + 1))
        assert weekdays == n


DATEISH = st.text(alphabet="0123456789/-. ,thesndJanuryFebMcApilOctNov", max_size=40)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=80), DATEISH), st.sampled_from([None, True, False]))
def test_any_text_never_raises(text, dayfirst):
    result = parse_date.__wrapped__(text, dayfirst=dayfirst)
    assert result is None or isinstance(result, dt.date)
    resolve_relative.__wrapped__(text, LETTER)
