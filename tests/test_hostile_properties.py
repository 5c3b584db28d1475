"""Property tests for every normalizer, as the rules call them: any text gives a value or
None, never an exception; what the report prints reads back as the same value.

tests/test_normalize_*.py cover the parsers one by one (parse_money, parse_duration,
parse_date, parse_number ...). This module covers what they leave open: the registered
normalizers (money.v1, duration.v1, ...) with every parameter set the rules use and text
around the match, values as the report shows them (describe.human), the expectations
file reading those strings back, and date arithmetic on absurd durations.
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from offercheck.context import DocContext
from offercheck.extract import MatchContext
from offercheck.normalize.registry import NORMALIZERS
from offercheck.values import PERIODS, UNITS, Duration, Money, MoneyRange

# Text that looks like what the rules match, and text that looks like nothing.
LETTERISH = st.text(alphabet="0123456789,.-/ ()$£€₹%kKmMlakhcroe'’:;\n\tAaBbDdFfHhIiJjMmNnOoPpRrSsTtUuWwYy",
                    max_size=60)
ANY_TEXT = st.one_of(st.text(max_size=80), LETTERISH,
                     st.sampled_from(["$1e400", "9" * 400, "1/0", "0%", "0 months", "-5 days", "½ year",
                                      "٣ months", "NaN", "inf", "Infinity dollars", "$.", "£,", "9:99 pm to 5 am",
                                      "25% each year", "1/0 monthly", "99999 years", "\x00", "\ufffe"]))

DOC_CONTEXTS = st.builds(
    DocContext,
    jurisdiction=st.sampled_from([None, "US", "UK", "IN", "CA", "AU", "IE", "XX"]),
    currency=st.sampled_from([None, "USD", "GBP", "INR", "EUR", "", "ZZZ"]),
    dayfirst=st.sampled_from([None, True, False]),
    letter_date=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)


@lru_cache(maxsize=1)
def normalizer_calls() -> tuple[tuple[str, str], ...]:
    """(normalizer, params as JSON) for every pattern of every rule, plus each normalizer bare."""
    from offercheck.rulebook import load_rulebook

    calls = {(name, "{}") for name in NORMALIZERS}
    for rule in load_rulebook().rules:
        for pattern in rule.patterns:
            if pattern.normalizer and not pattern.has_value:
                calls.add((pattern.normalizer, json.dumps(pattern.params, sort_keys=True)))
    return tuple(sorted(calls))


RESULT_TYPES = {
    "money.v1": (Money,), "amount.v1": (Money,), "duration.v1": (Duration,), "months.v1": (int,),
    "date.v1": (dt.date,), "number.v1": (Decimal,), "percent.v1": (Decimal,),
}


def _context(doc: DocContext, before: str, text: str, after: str, groups: dict) -> MatchContext:
    full = before + text + after
    start, end = len(before), len(before) + len(text)
    return MatchContext(doc, full, start, end, start, end, groups)


def test_every_registered_normalizer_is_exercised() -> None:
    used = {name for name, _ in normalizer_calls()}
    assert used == set(NORMALIZERS) and len(used) >= 10


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), text=ANY_TEXT, before=st.text(max_size=60), after=st.text(max_size=60), doc=DOC_CONTEXTS)
def test_registered_normalizers_give_a_value_or_none(data, text, before, after, doc) -> None:
    name, params_json = data.draw(st.sampled_from(normalizer_calls()), label="normalizer")
    params = json.loads(params_json)
    groups = {key: data.draw(ANY_TEXT, label=f"group {key}") for key in ("plus", "value")}
    fn = NORMALIZERS[name]
    value = fn(text, _context(doc, before, text, after, groups), **params)
    if value is None:
        return
    if name in RESULT_TYPES:
        assert isinstance(value, RESULT_TYPES[name]), (name, text, value)
    if isinstance(value, Money):
        assert value.amount > 0 and value.amount.is_finite()
        assert value.period in (None, *PERIODS)
    if isinstance(value, Duration):
        assert value.value > 0 and value.unit in UNITS
    if isinstance(value, Decimal):
        assert value.is_finite()
    if isinstance(value, str):
        assert value == value.strip() and value


@settings(max_examples=200, deadline=None)
@given(text=ANY_TEXT)
def test_registered_normalizers_take_a_missing_context(text) -> None:
    for name, fn in NORMALIZERS.items():
        try:
            fn(text, None)
        except AttributeError as e:  # a normalizer that needs its context may say so, nothing worse
            assert "NoneType" in str(e), (name, e)


# ---------------------------------------------------------------- round trips

CURRENCIES = [None, "USD", "GBP", "EUR", "INR", "CAD", "AUD"]
AMOUNTS = st.one_of(st.integers(1, 10**10).map(Decimal),
                    st.builds(lambda n: Decimal(n).scaleb(-2), st.integers(1, 10**9)))
MONIES = st.builds(Money, AMOUNTS, st.sampled_from(CURRENCIES), st.sampled_from([None, *PERIODS]))


@given(MONIES, st.sampled_from(["Your base salary will be {} from the start date.", "Salary: {}",
                                "| Base salary | {} |", "we will pay you {}, subject to deductions"]))
def test_money_as_the_report_prints_it_reads_back_through_money_v1(money, sentence) -> None:
    """describe.human is what reports show; money.v1 is what the salary rules call."""
    from offercheck.describe import human

    shown = human(money)
    full = sentence.format(shown)
    start = full.index(shown)
    ctx = MatchContext(DocContext(currency=None), full, start, start + len(shown), start, start + len(shown))
    reader = NORMALIZERS["money.v1" if money.period else "amount.v1"]
    back = reader(shown, ctx)
    assert isinstance(back, Money), shown
    assert (back.amount, back.currency) == (money.amount, money.currency), shown
    if money.period:
        assert back.period == money.period, shown


@given(st.builds(MoneyRange, MONIES.filter(lambda m: m.currency is not None), AMOUNTS))
def test_money_ranges_as_printed_read_back(value) -> None:
    from offercheck.describe import human
    from offercheck.normalize.money import parse_money

    low = value.low
    rng = MoneyRange(low, Money(low.amount + value.high, low.currency, low.period))
    back = parse_money(human(rng))
    assert isinstance(back, MoneyRange), human(rng)
    assert (back.low.amount, back.high.amount, back.low.currency) == (rng.low.amount, rng.high.amount, low.currency)


DURATIONS = st.builds(Duration, st.one_of(st.integers(1, 9999).map(Decimal),
                                          st.builds(lambda n: Decimal(n).scaleb(-1), st.integers(1, 999))),
                      st.sampled_from(UNITS))


@given(DURATIONS, st.sampled_from(["a notice period of {}", "Probation: {}.", "for {} from the start date"]))
def test_duration_as_printed_reads_back_through_duration_v1(duration, sentence) -> None:
    from offercheck.describe import human

    shown = human(duration)
    full = sentence.format(shown)
    start = full.index(shown)
    ctx = MatchContext(DocContext(), full, start, start + len(shown), start, start + len(shown))
    back = NORMALIZERS["duration.v1"](shown, ctx)
    assert isinstance(back, Duration), shown
    assert (back.value, back.unit) == (duration.value, duration.unit), shown


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(money=MONIES.filter(lambda m: m.currency is not None and m.period is not None), duration=DURATIONS)
def test_what_the_report_shows_can_be_pasted_into_the_expectations_file(tmp_path, money, duration) -> None:
    """A candidate copies "$128,000 a year" from a report into their expectations: same value."""
    from offercheck.describe import human
    from offercheck.expectations import load_expectations

    assume(duration.unit != "year" or duration.value <= 50)
    me = tmp_path / "me.yaml"
    me.write_text(f"base_salary: {{min: {json.dumps(human(money))}}}\n"
                  f"notice_employee: {{max: {json.dumps(human(duration))}}}\n")
    expectations = load_expectations(me)
    salary = expectations.get("base_salary").min
    assert (salary.amount, salary.currency, salary.period) == (money.amount, money.currency, money.period), human(money)
    notice = expectations.get("notice_employee").max
    assert (notice.value, notice.unit) == (duration.value, duration.unit), human(duration)


# ---------------------------------------------------------------- date arithmetic

HUGE_DURATIONS = st.builds(Duration, st.one_of(st.integers(1, 10**7).map(Decimal),
                                               st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**6),
                                                           allow_nan=False, allow_infinity=False, places=2)),
                           st.sampled_from([*UNITS, "business_day"]))


@settings(max_examples=300)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1)), HUGE_DURATIONS,
       st.sampled_from(["add_duration", "end_of_term"]))
def test_derived_dates_are_a_date_or_none_even_past_the_calendar(start, duration, name) -> None:
    """add_duration raises past year 9999; the derivation that uses it gives None instead,
    so "a fixed term of 99999 years" cannot crash a check."""
    from offercheck.derive import _safe_date
    from offercheck.normalize import dates

    result = _safe_date(getattr(dates, name), start, duration)
    assert result is None or isinstance(result, dt.date)


def test_a_term_of_ninety_nine_thousand_years_does_not_crash_the_check(tmp_path) -> None:
    from offercheck.api import extract_terms

    letter = tmp_path / "letter.txt"
    letter.write_text("Your employment will commence on 1 March 2025. This is a fixed-term contract "
                      "for a period of 99999 years.\n", encoding="utf-8")
    terms = extract_terms(letter).terms
    assert "start_date" in terms and "end_date" not in terms


@settings(max_examples=300)
@given(ANY_TEXT, st.dates(min_value=dt.date(1, 1, 2), max_value=dt.date(9999, 12, 30)))
def test_relative_dates_never_raise_even_at_the_ends_of_the_calendar(text, reference) -> None:
    from offercheck.normalize.dates import resolve_relative

    result = resolve_relative.__wrapped__(text, reference)
    assert result is None or isinstance(result, dt.date)
