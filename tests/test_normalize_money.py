"""parse_money and its readers: currencies, periods, ranges, round trips, totality."""
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offercheck.normalize.money import (
    MONEY,
    currency_of,
    format_money,
    is_dollar,
    parse_money,
    pay_frequency_of,
    period_of,
    rate_period_of,
)
from offercheck.values import PERIODS, Money, MoneyRange

# text, keyword arguments, amount, currency, period
MONEY_CASES = [
    ("$142,500", {}, "142500", "USD", None),
    ("$142,500.00 per year", {}, "142500.00", "USD", "year"),
    ("USD 95k", {}, "95000", "USD", None),
    ("£41,750 per annum", {}, "41750", "GBP", "year"),
    ("£41,750 p.a.", {}, "41750", "GBP", "year"),
    ("Rs. 7,20,000", {}, "720000", "INR", None),
    ("Rs.7,20,000/- per annum", {}, "720000", "INR", "year"),
    ("INR 11,45,250", {}, "1145250", "INR", None),
    ("₹ 8,00,000", {}, "800000", "INR", None),
    ("₹2.4 lakh", {}, "240000", "INR", None),
    ("Rs. 38,400/- p.m.", {}, "38400", "INR", "month"),
    ("€4.125,- bruto per maand", {}, "4125", "EUR", None),
    ("€ 2.980,00 gross", {}, "2980.00", "EUR", None),
    ("EUR 19.40 per hour", {}, "19.40", "EUR", "hour"),
    ("S$7,200 a month", {}, "7200", "SGD", "month"),
    ("SGD 96,000", {}, "96000", "SGD", None),
    ("A$88,000", {}, "88000", "AUD", None),
    ("AUD 71,500", {}, "71500", "AUD", None),
    ("62,000 AUD", {}, "62000", "AUD", None),
    ("C$23.75/hr", {}, "23.75", "CAD", "hour"),
    ("CAD 104,000", {}, "104000", "CAD", None),
    ("NZ$92,000", {}, "92000", "NZD", None),
    ("NZD$4,000.00", {}, "4000.00", "NZD", None),
    ("HK$38,000 monthly", {}, "38000", "HKD", "month"),
    ("RM 4,150", {}, "4150", "MYR", None),
    ("(RM 2,900.00 only) a month", {}, "2900.00", "MYR", "month"),
    ("4,800 ringgit", {}, "4800", "MYR", None),
    ("PHP 31,000", {}, "31000", "PHP", None),
    ("₱31,000 per month", {}, "31000", "PHP", "month"),
    ("£12.60 an hour", {}, "12.60", "GBP", "hour"),
    ("$27.00/hour", {}, "27.00", "USD", "hour"),
    ("$190 per day", {}, "190", "USD", "day"),
    ("£640 pw", {}, "640", "GBP", "week"),
    ("$1,150 weekly", {}, "1150", "USD", "week"),
    ("$98,000 annually", {}, "98000", "USD", "year"),
    ("$3,500 ($42,000 on an annual basis)", {}, "3500", "USD", None),
    ("$410,000.00 US dollars", {}, "410000.00", "USD", None),
    ("$55,000 Canadian dollars", {}, "55000", "CAD", None),
    ("12,000 pounds sterling", {}, "12000", "GBP", None),
    ("Rupees 6,50,000", {}, "650000", "INR", None),
    # words, and words with the digits in brackets
    ("sixty thousand dollars ($60,000)", {}, "60000", "USD", None),
    ("Two Hundred Ten Thousand Dollars ($210,000) per annum", {}, "210000", "USD", "year"),
    ("Rs. 5,40,000 (Rupees Five Lakh Forty Thousand Only)", {}, "540000", "INR", None),
    ("Rupees Five Lakh Forty Thousand Only", {}, "540000", "INR", None),
    ("Eleven Thousand Two Hundred Dollars and fifty cents", {}, "11200.50", "USD", None),
    ("3 million dollars", {}, "3000000", "USD", None),
    # fortnightly and semi-monthly rates convert to a week and a month
    ("$3,100 per fortnight", {}, "1550", "USD", "week"),
    ("$2,400.00 bi-weekly", {}, "1200", "USD", "week"),
    ("$6,250 per semi-monthly pay period", {}, "12500", "USD", "month"),
    # the bare "$" and the letter's own currency
    ("$88,000", {"default_currency": "AUD"}, "88000", "AUD", None),
    ("$88,000", {"default_currency": "cad"}, "88000", "CAD", None),
    ("$88,000", {"default_currency": "INR"}, "88000", "USD", None),  # "$" is never rupees
    ("£41,750", {"default_currency": "USD"}, "41750", "GBP", None),  # an explicit marker wins
    ("88,000", {"default_currency": "NZD"}, "88000", "NZD", None),
    ("88,000", {}, "88000", None, None),
    # context: a fallback for what the money text leaves out
    ("$52,000", {"context": "base pay of $52,000, reviewed annually"}, "52000", "USD", "year"),
    ("$31.50", {"context": "paid $31.50 hourly"}, "31.50", "USD", "hour"),
    ("$4,000 a month", {"context": "equal to $48,000 per year"}, "4000", "USD", "month"),
    ("64,000", {"context": "Gross pay 64,000 SGD"}, "64000", "SGD", None),
    ("$64,000", {"default_currency": "SGD", "context": "US$ figures"}, "64000", "SGD", None),
]


@pytest.mark.parametrize(("text", "kwargs", "amount", "currency", "period"), MONEY_CASES)
def test_parse_money(text, kwargs, amount, currency, period):
    money = parse_money(text, **kwargs)
    assert isinstance(money, Money)
    assert (money.amount, money.currency, money.period) == (Decimal(amount), currency, period)
    assert money.raw == text


@pytest.mark.parametrize(("text", "low", "high", "period"), [
    ("$95-120k", "95000", "120000", None),
    ("$95k-$120k per year", "95000", "120000", "year"),
    ("$95,000 - $120,000", "95000", "120000", None),
    ("$95,000 – $120,000 annually", "95000", "120000", "year"),
    ("USD 95,000 to 120,000", "95000", "120000", None),
    ("between £30,000 and £34,000 per annum", "30000", "34000", "year"),
    ("$80,000-130k", "80000", "130000", None),  # 80,000 is not small: no "k" for it
    ("₹12-15 lakh", "1200000", "1500000", None),
])
def test_parse_money_ranges(text, low, high, period):
    money = parse_money(text)
    assert isinstance(money, MoneyRange)
    assert (money.low.amount, money.high.amount) == (Decimal(low), Decimal(high))
    assert money.low.period == money.high.period == period


def test_two_sums_joined_by_and_are_not_a_range():
    money = parse_money("$5,000 and $7,500")
    assert isinstance(money, Money) and money.amount == 5000


def test_second_amount_with_its_own_period_is_ignored():
    money = parse_money("₹45,000 a month (₹5,40,000 a year)")
    assert (money.amount, money.period) == (Decimal(45000), "month")


@pytest.mark.parametrize("text", ["", "per annum", "Rupees", "$", "the salary", "only"])
def test_parse_money_without_an_amount(text):
    assert parse_money(text) is None


@pytest.mark.parametrize(("text", "code"), [
    ("US$5", "USD"), ("U.S.$5", "USD"), ("A$5", "AUD"), ("AU$5", "AUD"), ("C$5", "CAD"),
    ("CDN$5", "CAD"), ("NZ$5", "NZD"), ("S$5", "SGD"), ("HK$5", "HKD"), ("NZD$5", "NZD"),
    ("£5", "GBP"), ("€5", "EUR"), ("₹5", "INR"), ("₱5", "PHP"), ("Rs 5", "INR"), ("Rs. 5", "INR"),
    ("RM5", "MYR"), ("5 ringgit", "MYR"), ("5 euros", "EUR"), ("5 pounds", "GBP"),
    ("pounds sterling", "GBP"), ("Indian rupees", "INR"), ("Australian dollars", "AUD"),
    ("U.S. dollars", "USD"), ("New Zealand dollars", "NZD"), ("Philippine pesos", "PHP"),
    ("5 CHF", "CHF"), ("RMB 5", "CNY"), ("$5 (CAD)", "CAD"),
])
def test_currency_of(text, code):
    assert currency_of(text) == code


@pytest.mark.parametrize("text", ["$5", "5 dollars", "php developer", "usd", "Mrs. Shah", "hrs",
                                  "5 pesos", "CADENCE", "a permanent role", ""])
def test_currency_of_ambiguous_or_absent(text):
    assert currency_of(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("$5", True), ("A$5", True), ("ten dollars", True), ("NZD$5", True), ("£5", False),
    ("Rs. 5", False), ("", False),
])
def test_is_dollar(text, expected):
    assert is_dollar(text) is expected


@pytest.mark.parametrize(("text", "period"), [
    ("per annum", "year"), ("p.a.", "year"), ("£30,000 pa", "year"), ("per year", "year"),
    ("a year", "year"), ("annually", "year"), ("annual salary", "year"), ("yearly", "year"),
    ("$90k/yr", "year"), ("annualised", "year"),
    ("per month", "month"), ("a month", "month"), ("monthly", "month"), ("per calendar month", "month"),
    ("Rs. 25,000 p.m.", "month"), ("25,000pm", "month"), ("Rs. 25,000/- pm", "month"),
    ("per mensem", "month"), ("$4,000/mo", "month"),
    ("per week", "week"), ("weekly", "week"), ("a week", "week"), ("£500 pw", "week"),
    ("per hour", "hour"), ("an hour", "hour"), ("$20/hr", "hour"), ("$20 / hour", "hour"),
    ("hourly rate", "hour"), ("per day", "day"), ("daily", "day"), ("a day", "day"),
])
def test_period_of(text, period):
    assert period_of(text) == period


@pytest.mark.parametrize("text", [
    "the office closes at 6.45 p.m.", "at 4 pm", "Pittsburgh, PA", "fortnightly", "bi-weekly",
    "semi-monthly", "periodically", "the company", "", "weekday", "yearbook",
])
def test_period_of_none(text):
    assert period_of(text) is None


@pytest.mark.parametrize(("text", "rate"), [
    ("per fortnight", ("week", Decimal("0.5"))),
    ("fortnightly", ("week", Decimal("0.5"))),
    ("biweekly", ("week", Decimal("0.5"))),
    ("semi-monthly", ("month", Decimal(2))),
    ("twice a month", ("month", Decimal(2))),
    ("per month", ("month", Decimal(1))),
])
def test_rate_period_of(text, rate):
    assert rate_period_of(text) == rate


@pytest.mark.parametrize(("text", "frequency"), [
    ("salary is paid bi-weekly", "biweekly"), ("paid biweekly", "biweekly"),
    ("paid fortnightly into your account", "biweekly"), ("every two weeks", "biweekly"),
    ("every other week", "biweekly"), ("on alternate Wednesdays", "biweekly"),
    ("paid semi-monthly", "semimonthly"), ("twice a month", "semimonthly"),
    ("paid bi-monthly", "semimonthly"), ("on the 15th and the last day of each month", "semimonthly"),
    ("paid monthly by direct deposit", "monthly"), ("on the 25th of each month", "monthly"),
    ("once per month", "monthly"), ("on the last business day of the month", "monthly"),
    ("paid weekly", "weekly"), ("every week on Thursday", "weekly"),
])
def test_pay_frequency_of(text, frequency):
    assert pay_frequency_of(text) == frequency


@pytest.mark.parametrize("text", ["an annual bonus", "a month's notice", "", "weekday"])
def test_pay_frequency_of_none(text):
    assert pay_frequency_of(text) is None


# --- properties --------------------------------------------------------------

FORMATTED_CURRENCIES = [None, "USD", "GBP", "EUR", "INR", "PHP", "JPY", "AUD", "CAD", "NZD",
                        "SGD", "HKD", "MYR", "CHF", "ZAR"]
AMOUNTS = st.decimals(min_value=0, max_value=10**12, allow_nan=False, allow_infinity=False, places=0) | \
    st.builds(lambda n, places: Decimal(n).scaleb(-places), st.integers(0, 10**12), st.integers(0, 4))
MONIES = st.builds(Money, AMOUNTS, st.sampled_from(FORMATTED_CURRENCIES),
                   st.sampled_from([None, *PERIODS]))


@given(MONIES)
def test_format_then_parse_round_trips(money):
    text = format_money(money)
    back = parse_money(text)
    assert isinstance(back, Money), text
    assert (back.amount, back.currency, back.period) == (money.amount, money.currency, money.period), text


@given(MONIES, AMOUNTS)
def test_ranges_round_trip(low, high_amount):
    money = MoneyRange(low, Money(high_amount, low.currency, low.period))
    back = parse_money(format_money(money))
    assert isinstance(back, MoneyRange)
    assert (back.low.amount, back.high.amount) == (money.low.amount, money.high.amount)
    assert back.low.currency == money.low.currency and back.low.period == money.low.period


@given(MONIES.filter(lambda m: m.currency is not None))
def test_money_fragment_matches_formatted_money(money):
    text = format_money(Money(money.amount, money.currency))
    assert re.fullmatch(MONEY, text, re.IGNORECASE), text


MONEYISH = st.text(alphabet="0123456789,.-/ ()$£€₹kKmRsUSDINRperannumhoulyfrtigt", max_size=50)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=80), MONEYISH), st.one_of(st.none(), st.text(max_size=5)),
       st.text(max_size=40))
def test_any_text_never_raises(text, default, context):
    result = parse_money.__wrapped__(text, default_currency=default, context=context)
    assert result is None or isinstance(result, (Money, MoneyRange))
    for reader in (currency_of, is_dollar, period_of, rate_period_of, pay_frequency_of):
        reader(text)


def test_non_str_gives_none():
    assert parse_money(None) is None and currency_of(5) is None and period_of(None) is None


# --- money.v1: the period around an amount ----------------------------------------

def _money_in(text: str, amount: str):
    from offercheck.context import DocContext
    from offercheck.extract import MatchContext
    from offercheck.normalize.registry import money_v1
    start = text.index(amount)
    ctx = MatchContext(DocContext(currency="USD"), text, start, start + len(amount), 0, len(text))
    return money_v1(amount, ctx)


@pytest.mark.parametrize("text,amount,period", [
    ("Your monthly salary will be $9,000 ($108,000 on an annualized basis).", "$9,000", "month"),
    ("Your salary will be $9,000 per month ($108,000 a year).", "$9,000", "month"),
    ("A salary of $108,000, payable in equal instalments.", "$108,000", None),
    ("Base salary of $108,000 ($9,000 per month) per annum.", "$108,000", "year"),
])
def test_money_v1_reads_the_period_of_its_own_amount(text, amount, period):
    m = _money_in(text, amount)
    assert (m.period if m else None) == period
