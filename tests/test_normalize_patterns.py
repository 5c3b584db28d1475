"""The rule macros: each matches the whole of its examples, none of the non-examples,
agrees with its parser, and stays linear on adversarial text."""
import re
import time

import pytest

import datetime as dt

from offercheck.normalize.dates import next_day, parse_date
from offercheck.normalize.duration import parse_duration
from offercheck.normalize.money import parse_money, period_of, rate_period_of
from offercheck.normalize.numbers import parse_number, parse_ordinal
from offercheck.normalize.patterns import DURATION_RANGE, MACROS

EXAMPLES = {
    "day": ["Monday, February 1", "the 22nd of January", "Sept. 3", "Friday 5 March", "1st of April"],
    "money": [
        "$142,500", "$142,500.00", "$ 142,500", "USD 95k", "USD 95,000", "95,000 USD", "US$95,000",
        "£41,750", "Rs. 7,20,000", "Rs.7,20,000/-", "Rs 7,20,000", "INR 11,45,250", "₹ 8,00,000",
        "₹2.4 lakh", "€4.125,-", "€ 2.980,00", "4.125 €", "EUR 19.40", "S$7,200", "SGD 96,000",
        "A$88,000", "AUD 71,500", "62,000 AUD", "C$23.75", "CAD 104,000", "NZ$92,000",
        "NZD$4,000.00", "HK$38,000", "RM 4,150", "RM4,150.00", "PHP 31,000", "₱31,000",
        "$95-120k", "$95k-$120k", "$95,000 - $150,000", "$95,000–$150,000", "$95k to $120k",
        "USD 95,000 to 120,000", "$410,000.00 US dollars", "55,000 Canadian dollars",
        "12,000 pounds sterling", "4,800 ringgit", "3 million dollars", "$1.2M",
        "sixty thousand dollars ($60,000)", "Two Hundred Ten Thousand Dollars ($210,000)",
        "Eleven Thousand Two Hundred Dollars and fifty cents ($11,200.50)",
        "Rs. 5,40,000 (Rupees Five Lakh Forty Thousand Only)", "forty thousand dollars",
    ],
    "amount": [
        "142,500", "142,500.00", "7,20,000", "1,05,00,000", "4.125,-", "2.980,00", "31,000/-",
        "37.5", "2024", "64\u00a0000",
    ],
    "number": [
        "3", "37.5", "three", "three (3)", "3 (three)", "forty-five", "twenty five thousand",
        "one and a half", "120k", "1,20,000", "Nine Lakh Twenty Thousand", "fourteen (14)",
        "a hundred",
    ],
    "duration": [
        "four (4) weeks", "3 months", "one week's", "three months'", "three months’", "12-month",
        "nine calendar months", "two weeks'", "a year", "an additional month", "60 days",
        "ten (10) working days", "five business days", "forty-five-day (45)", "one and a half years",
        "6 mths", "2-year", "a fortnight", "twelve (12) consecutive months",
        "twentieth (20th) day following", "45th day after",
    ],
    "date": [
        "October 6, 2025", "6 October 2025", "6th October, 2025", "Oct. 6, 2025", "2025-10-06",
        "22/09/2025", "06.10.2025", "6-10-25", "2nd of June 2026", "June 2nd, 2026",
        "the 2nd day of June, 2026", "the second day of June, 2026", "12-Nov-2024",
        "Wednesday, 12 November 2025", "Tue., Sep. 30, 2025",
    ],
    "period": [
        "per annum", "p.a.", "per year", "a year", "annually", "annual", "yearly", "/yr",
        "per month", "a month", "monthly", "per calendar month", "per mensem", "/month",
        "per week", "weekly", "a week", "per hour", "an hour", "/hr", "/ hour", "hourly",
        "per day", "daily", "per fortnight", "fortnightly", "bi-weekly", "biweekly",
        "semi-monthly", "per semi-monthly pay period", "twice a month",
    ],
}

NON_EXAMPLES = {
    "day": ["may 5", "March 4, 2027", "30 days", "Monday", "March", "31 months"],
    "money": ["2024", "Section 3.1", "page 2 of 5", "401(k)", "$", "3.1", "usd 500", "50 pounds",
              "12 months", "Rs.", "one", "the dollar"],
    "amount": ["Section 3.1", "page 2 of 5", "1,2345", "1,234.567,89", "$5", "three", ""],
    "number": ["Section 3.1", "page 2 of 5", "$5", "5%", "the", "thirtieth", ""],
    "duration": ["Section 3.1", "page 2 of 5", "2024", "3", "months", "36 hours", "monthly",
                 "the 30th day", "weekday"],
    "date": ["Section 3.1", "page 2 of 5", "2024", "March 2025", "3.1.25", "1.2.3",
             "15 Jan 24", "13 Smarch 2025"],
    "period": ["Section 3.1", "page 2 of 5", "pm", "pa", "p.m.", "per", "annum", "month",
               "weekday", "yearbook"],
}

PARSERS = {
    "money": lambda t: parse_money(t),
    "amount": lambda t: parse_number(t),
    "number": lambda t: parse_number(t),
    "duration": lambda t: parse_duration(t),
    "date": lambda t: parse_date(t),
    "day": lambda t: next_day(t, dt.date(2027, 1, 1)),
    "period": lambda t: rate_period_of(t),
}


def _cases(table):
    return [pytest.param(name, text, id=f"{name}::{text}") for name, texts in table.items() for text in texts]


@pytest.mark.parametrize(("name", "text"), _cases(EXAMPLES))
def test_macro_matches_whole_example_and_its_parser_reads_it(name, text):
    assert re.fullmatch(MACROS[name], text, re.IGNORECASE)
    assert PARSERS[name](text) is not None


@pytest.mark.parametrize(("name", "text"), _cases(NON_EXAMPLES))
def test_macro_rejects_non_example(name, text):
    assert not re.fullmatch(MACROS[name], text, re.IGNORECASE)


CAPITALS = {
    "money": "SIXTY THOUSAND DOLLARS ($60,000)", "amount": "142,500", "number": "FORTY-FIVE (45)",
    "duration": "THREE (3) CALENDAR MONTHS", "date": "THE 2ND DAY OF JUNE, 2026", "period": "PER ANNUM",
    "share": "TWENTY PERCENT (20%)", "timespan": "9:00 AM TO 5:30 PM",
    "day": "FRIDAY, January 22",  # month names in capitals only: "may" the verb is no month
    "weekday": "THURSDAY",  # a weekday alone, as a deadline: title case or capitals, never "friday"
}


@pytest.mark.parametrize("name", MACROS)
def test_macro_has_no_capturing_groups_and_works_without_ignorecase(name):
    assert re.compile(MACROS[name]).groups == 0
    assert re.compile(MACROS[name], re.IGNORECASE).groups == 0
    # Words carry their own (?i:...), so a case-sensitive rule still reads them.
    assert re.fullmatch(MACROS[name], CAPITALS[name])


def test_currency_codes_stay_capitals_even_under_ignorecase():
    assert not re.search(MACROS["money"], "we use php 8 and cad tools", re.IGNORECASE)
    assert re.fullmatch(MACROS["money"], "CAD 8,000", re.IGNORECASE)


def test_period_abbreviations_only_after_an_amount():
    pattern = re.compile(r"{money}\s*(?:{period})".format(**MACROS), re.IGNORECASE)
    assert pattern.fullmatch("Rs. 38,400 p.m.")
    assert pattern.fullmatch("Rs. 38,400/- pm")
    assert pattern.fullmatch("£30,000 pa")
    assert not re.search(MACROS["period"], "from 9 a.m. to 6.15 p.m.", re.IGNORECASE)
    assert not re.search(MACROS["period"], "Harrisburg, PA 17101", re.IGNORECASE)


def test_macros_compose_into_rules():
    rule = re.compile(r"salary of (?P<pay>{money})(?:\s+(?P<per>{period}))?".format(**MACROS), re.I)
    m = rule.search("The role carries a salary of ₹14,25,000 per annum, paid monthly.")
    assert (m["pay"], m["per"]) == ("₹14,25,000", "per annum")
    money = parse_money(m["pay"], context=m.group())
    assert (money.amount, money.currency, money.period) == (1425000, "INR", "year")

    notice = re.compile(r"(?P<d>{duration})\s+(?:written\s+)?notice".format(**MACROS), re.I)
    m = notice.search("either party may end this by giving six (6) weeks’ written notice")
    assert parse_duration(m["d"]).to_json() == {"value": 6, "unit": "week"}

    start = re.compile(r"commence on (?P<d>{date})".format(**MACROS), re.I)
    m = start.search("You shall commence on Monday, 5 January 2026 at our office.")
    assert parse_date(m["d"]).isoformat() == "2026-01-05"


def test_duration_range_vetoes_a_range():
    text = "a trial period lasting three to six months"
    assert re.search(DURATION_RANGE, text, re.IGNORECASE)
    assert parse_duration(text) is None


def test_period_of_agrees_with_the_fragment():
    for text in EXAMPLES["period"]:
        rate = rate_period_of(text)
        assert rate is not None, text
        if rate[1] == 1:
            assert period_of(text) == rate[0]


def test_ordinals_in_dates_use_the_number_reader():
    assert parse_ordinal("second") == 2


# --- adversarial input: everything stays linear -------------------------------

ADVERSARIAL = [
    "1," * 10_000,
    "$" + "9" * 10_000,
    "9" * 20_000,
    "11," * 6_666,
    "1." * 10_000,
    "1-" * 10_000,
    "1 " * 10_000,
    "one " * 5_000,
    "one and " * 2_500,
    "a " * 10_000,
    "(" * 20_000,
    "(" + "1" * 19_998 + ")",
    " " * 20_000,
    "January " * 2_500,
    "12 January " * 1_800,
    "$1," * 6_000,
    "Rs." * 6_000,
    "000 pm " * 3_000,
    "1 to " * 4_000,
    "three (3) " * 2_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_adversarial_text_parses_quickly(text):
    start = time.perf_counter()
    parse_number(text)
    parse_ordinal(text)
    parse_money(text, context=text)
    parse_duration(text)
    parse_date(text)
    for fragment in MACROS.values():
        for _ in re.finditer(fragment, text, re.IGNORECASE):
            pass
    # Linear work takes about a second here even on a busy machine; catastrophic
    # backtracking takes minutes. The bound tells the two apart without timing noise.
    assert time.perf_counter() - start < 15.0
