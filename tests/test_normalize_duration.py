"""parse_duration / format_duration: written forms, ranges, round trips, totality."""
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offercheck.normalize.duration import (
    DURATION,
    format_duration,
    is_business_days,
    parse_duration,
)
from offercheck.values import UNITS, Duration

DURATIONS = [
    ("four (4) weeks", "4", "week"),
    ("eight weeks", "8", "week"),
    ("5 months", "5", "month"),
    ("one week's notice", "1", "week"),
    ("three months' written notice", "3", "month"),
    ("three months’ written notice", "3", "month"),
    ("2 month", "2", "month"),
    ("no less than eight weeks", "8", "week"),
    ("18 months", "18", "month"),
    ("nine calendar months", "9", "month"),
    ("60 days", "60", "day"),
    ("three weeks'", "3", "week"),
    ("2-year", "2", "year"),
    ("an initial 3-month period", "3", "month"),
    ("a month", "1", "month"),
    ("an additional week", "1", "week"),
    ("two (2) years", "2", "year"),
    ("four-month", "4", "month"),
    ("5 yrs", "5", "year"),
    ("14 calendar days", "14", "day"),
    ("ten (10) working days", "10", "day"),
    ("seven business days", "7", "day"),
    ("forty-five-day (45)", "45", "day"),
    ("one and a half years", "1.5", "year"),
    ("a fortnight", "2", "week"),
    ("2 fortnights", "4", "week"),
    ("6 mths", "6", "month"),
    ("twelve (12) consecutive months", "12", "month"),
    ("six (6) month’s", "6", "month"),
    ("after 2 weeks, then 1 month", "2", "week"),  # the first one
    ("no sooner than the twentieth (20th) day following", "20", "day"),
    ("on the 45th day after the notice", "45", "day"),
]


@pytest.mark.parametrize(("text", "value", "unit"), DURATIONS)
def test_parse_duration(text, value, unit):
    duration = parse_duration(text)
    assert duration is not None
    assert (duration.value, duration.unit) == (Decimal(value), unit)
    assert duration.raw in text


@pytest.mark.parametrize("text", [
    "", "months", "36 hours", "Section 4.2", "page 2 of 9", "2 to 4 months", "1-3 months",
    "three to six months", "6, 3 or 1 months", "two (2) to four (4) weeks", "the 30th day",
    "1,500 days", "monthly", "weekday",
])
def test_parse_duration_none(text):
    assert parse_duration(text) is None


@pytest.mark.parametrize(("text", "business"), [
    ("ten (10) working days", True), ("three business days", True), ("10 days", False),
    ("two weeks", False),
])
def test_is_business_days(text, business):
    assert is_business_days(parse_duration(text)) is business


@pytest.mark.parametrize(("text", "days"), [("2 weeks", 14), ("3 months", 91.32), ("1 year", 365.25)])
def test_days(text, days):
    assert parse_duration(text).days() == pytest.approx(days)


VALUES = st.integers(0, 999_999).map(Decimal) | \
    st.builds(lambda n, p: Decimal(n).scaleb(-p), st.integers(0, 99_999), st.integers(1, 2))
DURATION_VALUES = st.builds(Duration, VALUES, st.sampled_from(UNITS))


@given(DURATION_VALUES)
def test_format_then_parse_round_trips(duration):
    text = format_duration(duration)
    back = parse_duration(text)
    assert back is not None, text
    assert (back.value, back.unit) == (duration.value, duration.unit), text


@given(DURATION_VALUES)
def test_fragment_matches_formatted_durations(duration):
    assert re.fullmatch(DURATION, format_duration(duration), re.IGNORECASE)


DURATIONISH = st.text(alphabet="0123456789 -()'’,.toranweeksmonthdayyrcl", max_size=50)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=80), DURATIONISH))
def test_any_text_never_raises(text):
    result = parse_duration.__wrapped__(text)
    assert result is None or (isinstance(result, Duration) and result.unit in UNITS)


def test_non_str_gives_none():
    assert parse_duration(None) is None and parse_duration(3) is None


def test_digits_with_the_words_in_brackets_read_as_the_digits():
    for text, value, unit in [("60 (Sixty) days' notice", 60, "day"), ("6 (six) calendar months", 6, "month"),
                              ("2 (two) weeks", 2, "week")]:
        d = parse_duration(text)
        assert (d.value, d.unit) == (value, unit), text
    # a number in brackets with no unit after it is not a duration
    assert parse_duration("clause 30 (thirty) of the handbook") is None
