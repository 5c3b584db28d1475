"""parse_number / parse_ordinal: table of written forms, and totality on any text."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offercheck.normalize.numbers import iter_amounts, parse_number, parse_ordinal

NUMBERS = [
    # Western, Indian and continental grouping
    ("87,500", "87500"),
    ("2,250,000", "2250000"),
    ("4,75,000", "475000"),
    ("18,50,000", "1850000"),
    ("1,05,00,000", "10500000"),
    ("2.875,-", "2875"),
    ("2.875,50", "2875.50"),
    ("2.875", "2875"),  # a single dot and three digits: thousands (documented cost)
    ("1.250.000", "1250000"),
    ("22,75", "22.75"),
    ("64\u00a0000", "64000"),
    ("64\u2019000", "64000"),
    ("37.5", "37.5"),
    ("62.40", "62.40"),
    ("410,000.", "410000"),  # end of sentence
    # multipliers
    ("95k", "95000"),
    ("95K", "95000"),
    ("2.4m", "2400000"),
    ("3 million", "3000000"),
    ("4.5 lakh", "450000"),
    ("7 lakhs", "700000"),
    ("2.25 crore", "22500000"),
    ("1.750 lakh", "175000"),  # with a multiplier the dot is a decimal point
    # words
    ("seven", "7"),
    ("fourteen", "14"),
    ("sixty-two", "62"),
    ("thirty five thousand", "35000"),
    ("two hundred and ten thousand four hundred", "210400"),
    ("Nine Lakh Twenty Thousand", "920000"),
    ("one crore ten lakh", "11000000"),
    ("a hundred", "100"),
    ("an", "1"),
    ("half", "0.5"),
    ("two and a half", "2.5"),
    ("eighteen hundred", "1800"),
    # words with the digits in brackets: the digits win
    ("eight (8)", "8"),
    ("8 (eight)", "8"),
    ("nine (10)", "10"),
]

NOT_NUMBERS = [
    "", "   ", "Section", "Section 4.2", "page 3 of 7", "$500", "15%", "4,3210",
    "1,234.567,89", "seven eight", "eight twenty", "hundred hundred", "and", "clause (4)",
    "(", ")", "()", ",5,", "1.2.3.4,5,6",
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("first", 1), ("third", 3), ("twelfth", 12), ("twenty-second", 22), ("thirty first", 31),
    ("15th", 15), ("2nd", 2), ("fifteenth (15th)", 15), ("sixtieth", 60),
])
def test_parse_ordinal(text, expected):
    assert parse_ordinal(text) == expected


@pytest.mark.parametrize("text", ["fifteen", "twenty", "15", "twenty-tenth", "firstly", ""])
def test_parse_ordinal_rejects(text):
    assert parse_ordinal(text) is None


def test_iter_amounts_finds_each_amount_with_its_multiplier():
    found = [(a.value, a.multiplier) for a in iter_amounts("from 85-110k, or 2,40,000/- and 3.5 lakh")]
    assert found == [(Decimal(85), 1), (Decimal(110000), 1000), (Decimal(240000), 1),
                     (Decimal(350000), 100000)]


@given(st.integers(min_value=0, max_value=10**15))
def test_western_grouping_round_trips(n):
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=10**15))
def test_indian_grouping_round_trips(n):
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    written = ",".join(g for g in [head, *groups, tail] if g)
    assert parse_number(written) == n


NUMBERISH = st.text(alphabet="0123456789,.-/ ()kKmMlakhcroe'\u00a0", max_size=40)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=80), NUMBERISH))
def test_any_text_never_raises(text):
    # __wrapped__ is the parser without its safety net: a bug here is a real bug.
    result = parse_number.__wrapped__(text)
    assert result is None or isinstance(result, Decimal)
    ordinal = parse_ordinal.__wrapped__(text)
    assert ordinal is None or isinstance(ordinal, int)


def test_non_str_gives_none():
    assert parse_number(None) is None and parse_number(12) is None and parse_ordinal(b"1st") is None


# --- shares of a whole and clock spans ------------------------------------------

from offercheck.normalize.numbers import parse_share, parse_time_span  # noqa: E402


@pytest.mark.parametrize("text,expected", [
    ("25%", Decimal("0.25")), ("33%", Decimal("0.33")), ("20 percent", Decimal("0.2")),
    ("twenty percent (20%)", Decimal("0.2")), ("one-fourth", Decimal("0.25")),
    ("one third", Decimal(1) / 3), ("a quarter", Decimal("0.25")), ("1/48", Decimal(1) / 48),
    ("1/36th", Decimal(1) / 36), ("one forty-eighth", Decimal(1) / 48),
])
def test_parse_share(text, expected):
    assert parse_share(text) == expected


@pytest.mark.parametrize("text", ["150%", "0%", "5/4", "quarterly", "", "25"])
def test_parse_share_rejects(text):
    assert parse_share(text) is None


@pytest.mark.parametrize("text,expected", [
    ("9:00 am to 5:30 pm", Decimal("8.5")), ("8.30 a.m. to 5.30 p.m.", Decimal(9)),
    ("09:00-17:30", Decimal("8.5")), ("9 to 5", Decimal(8)), ("10am - 7pm", Decimal(9)),
    ("7:45 AM to 4:15 PM", Decimal("8.5")), ("0700 to 1530 hrs", Decimal("8.5")),
    ("12:30 pm and 1:15 pm", Decimal("0.75")),
])
def test_parse_time_span(text, expected):
    assert parse_time_span(text) == expected


@pytest.mark.parametrize("text", ["9 am", "Clause 3 to 5", "5 pm to 9 am", "13 pm to 5 pm", "",
                                  "2018 to 2022", "1630 to 0830", "3 and 5"])
def test_parse_time_span_rejects(text):
    assert parse_time_span(text) is None


@given(st.text(max_size=40))
def test_share_and_span_never_raise(text):
    parse_share(text)
    parse_time_span(text)
