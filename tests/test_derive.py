"""Derived values on team-written letters: weekly hours from clock times, days and breaks;
leave stated in hours; an end date from a term; fixed_term from what the letter says.

The first group builds the internal terms by hand (so rule tuning cannot move them); the
second runs short invented letters through the whole chain with the shipped rules.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from offercheck.api import extract_document
from offercheck.derive import derive
from offercheck.document import DocumentBuilder
from offercheck.context import DocContext
from offercheck.model import Evidence, Finding, Term
from offercheck.render.json import term_value


def term(field, value, pattern="p", start=0, confidence=0.8):
    ev = Evidence("x" * 10, start, start + 10)
    return Term(field, value, (ev,), confidence, Finding(field, value, (ev,), "test.rule", pattern, 0.7, confidence))


def letter(*paragraphs: str):
    b = DocumentBuilder()
    for p in paragraphs:
        b.add(p, sep="\n\n")
    terms = extract_document(b.build("letter.txt", "txt")).terms
    return {k: term_value(t) for k, t in terms.items()}


# --- by hand -----------------------------------------------------------------------------

def test_a_gross_clock_span_loses_the_break_stated_elsewhere():
    internal = {"_hours_per_day": term("_hours_per_day", D("8.5"), "clock-span"),
                "_break_hours": term("_break_hours", D("0.5"), "half-hour", 50),
                "_days_per_week": term("_days_per_week", D(5), "monday-to-friday", 90)}
    hours = derive({}, internal, DocContext())["hours_per_week"]
    assert hours.value == D(40)
    assert len(hours.evidence) == 3  # the span, the break and the days


def test_a_stated_daily_length_keeps_its_hours_whatever_the_break():
    internal = {"_hours_per_day": term("_hours_per_day", D(8), "hours-a-day"),
                "_break_hours": term("_break_hours", D(1), "one-hour"),
                "_days_per_week": term("_days_per_week", D(5))}
    assert derive({}, internal, DocContext())["hours_per_week"].value == D(40)


def test_a_long_gross_day_needs_a_word_on_its_break():
    internal = {"_hours_per_day": term("_hours_per_day", D(9), "clock-span-days"),
                "_days_per_week": term("_days_per_week", D(5))}
    assert "hours_per_week" not in derive({}, internal, DocContext())
    internal["_break_hours"] = term("_break_hours", D(0), "paid-or-inside-the-hours")
    assert derive({}, internal, DocContext())["hours_per_week"].value == D(45)


def test_a_stated_week_wins_over_a_derived_one():
    stated = term("hours_per_week", D(38))
    internal = {"_hours_per_day": term("_hours_per_day", D(8), "clock-span"),
                "_days_per_week": term("_days_per_week", D(5))}
    assert derive({"hours_per_week": stated}, internal, DocContext())["hours_per_week"] is stated


def test_leave_in_hours_converts_at_the_contracts_day():
    pto = term("pto_days", D(20), "hours-of-pto-a-year")  # 160 hours read at 8 a day
    internal = {"_hours_per_day": term("_hours_per_day", D("7.5"), "hours-a-day"),
                "_days_per_week": term("_days_per_week", D(5))}
    out = derive({"pto_days": pto}, internal, DocContext())
    assert out["pto_days"].value == D("21.33")
    assert derive({"pto_days": pto}, {}, DocContext())["pto_days"] is pto  # no day stated: 8 hours


def test_leave_in_days_is_not_converted():
    pto = term("pto_days", D(20), "days-leave")
    internal = {"_hours_per_day": term("_hours_per_day", D("7.5"), "hours-a-day")}
    assert derive({"pto_days": pto}, internal, DocContext())["pto_days"] is pto


def test_a_self_renewing_term_has_no_end_date():
    out = derive({"fixed_term": term("fixed_term", False, "self-renewing"),
                  "end_date": term("end_date", dt.date(2027, 6, 30))}, {}, DocContext())
    assert out["fixed_term"].value is False and "end_date" not in out


def test_an_offer_with_no_term_is_open_ended_but_a_lone_covenant_says_nothing():
    offer = {"start_date": term("start_date", dt.date(2026, 3, 2)),
             "job_title": term("job_title", "Analyst")}
    assert derive(offer, {}, DocContext())["fixed_term"].value is False
    assert "fixed_term" not in derive({"job_title": term("job_title", "Analyst")}, {}, DocContext())


def test_casual_work_is_not_read_as_open_ended():
    offer = {"start_date": term("start_date", dt.date(2026, 3, 2)),
             "base_salary": term("base_salary", None)}
    assert "fixed_term" not in derive(offer, {"_casual": term("_casual", True)}, DocContext())


def test_a_term_length_alone_makes_the_contract_fixed_term():
    out = derive({"job_title": term("job_title", "Analyst")},
                 {"_term_length": term("_term_length", None)}, DocContext())
    assert out["fixed_term"].value is True


# --- team-written letters through the whole chain ----------------------------------------

@pytest.mark.parametrize("text,hours", [
    ("Your hours of work are 9am - 5:30pm Mon-Fri with a 30-minute unpaid lunch break.", 40),
    ("You will work 9:00 am to 5:30 pm, Monday to Friday, with one hour for lunch.", 37.5),
    ("Hours of Work\nYour hours of work: 9:00 to 17:30, Monday to Friday. "
     "Staff take a one-hour lunch break at midday.", 37.5),
    ("Shift hours, which include a thirty-minute meal break, are 7:00 am to 4:00 pm, "
     "Monday to Saturday.", 54),
    ("Your roster is four 10-hour shifts each week.", 40),
    ("You will work a 6-day week, 8 hours a day.", 48),
    ("You will work five days a week from 8am to 4pm.", 40),
    ("You are rostered for 70 hours per fortnight.", 35),
    ("You will work 38 ordinary hours per week, Monday to Friday, 8am to 5pm with a one-hour lunch.", 38),
])
def test_weekly_hours_in_letters(text, hours):
    got = letter("Dear Priya Nandakumar,", text)
    assert float(got["hours_per_week"]) == pytest.approx(hours)


@pytest.mark.parametrize("text", [
    "Office hours are 9 am to 6 pm, Monday to Friday.",  # a 9-hour day, no word on lunch
    "Part-time staff work between 15 and 25 hours per week.",  # a range
    "Staff work a minimum of 9 hours a day, 6 days a week.",  # a minimum
])
def test_no_weekly_hours_where_the_letter_gives_no_single_figure(text):
    assert "hours_per_week" not in letter("Dear Tomasz Wierzbicki,", text)


@pytest.mark.parametrize("text,start,end", [
    ("You will join on 1 September 2026 and be employed for a period of 12 months from the "
     "commencement date.", "2026-09-01", "2027-08-31"),
    ("This Agreement is effective as of March 1, 2027 (the \"Effective Date\"). The term begins on the "
     "Effective Date and continues until the third anniversary of the Effective Date.",
     "2027-03-01", "2030-02-28"),
    ("You are engaged for a period of nine months from 1 October 2026.", None, "2027-06-30"),
    # a term that ends ON an anniversary ends that day, not the day before
    ("Your employment will start on 1 March 2027 and will end on the second anniversary of the Start Date.",
     "2027-03-01", "2029-03-01"),
    ("The appointment runs from 2 August 2027 (the Commencement Date) and expires on the first anniversary "
     "of the Commencement Date.", "2027-08-02", "2028-08-02"),
])
def test_end_date_from_a_term(text, start, end):
    got = letter("Dear Amara Obi,", text)
    assert got["end_date"] == end
    assert got["fixed_term"] is True
    if start:
        assert got["start_date"] == start


def test_leave_in_hours_at_the_letters_own_day():
    got = letter("Dear Lena Fischer,", "You will work 7.5 hours per day, Monday to Friday.",
                 "Paid time off accrues up to 150 hours per year.")
    assert float(got["pto_days"]) == pytest.approx(20)
    assert float(got["hours_per_week"]) == pytest.approx(37.5)


def test_a_years_salary_from_one_pay_and_the_pay_frequency(tmp_path):
    from offercheck.api import extract_terms
    from offercheck.render.json import term_value

    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Ana,\nWe are pleased to offer you the role of Technician at Redfern Labs in Tucson, "
                      "Arizona.\nYou will be paid $2,884.62 per pay period, and you will be paid bi-weekly.\n",
                      encoding="utf-8")
    salary = term_value(extract_terms(letter).terms["base_salary"])
    assert salary == {"amount": 75000.12, "currency": "USD", "period": "year"}


def test_one_pay_without_a_frequency_gives_no_salary(tmp_path):
    from offercheck.api import extract_terms

    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Ana,\nWe are pleased to offer you the role of Technician in Tucson, Arizona.\n"
                      "You will be paid $2,884.62 per pay period.\n", encoding="utf-8")
    assert "base_salary" not in extract_terms(letter).terms
