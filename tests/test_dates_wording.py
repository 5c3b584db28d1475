"""Deadlines, first days and notice written the many ways letters write them, read end
to end (rules, then derive: a year or a count of days taken from the letter's date).
Every letter here is written for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from offercheck.api import check_offer, extract_terms
from offercheck.render.json import term_value

TODAY = dt.date(2027, 3, 1)

SHOP = """Harbour & Finch Ltd
2 March 2027

Dear Sam,

We are pleased to confirm your appointment as Stores Assistant, an open-ended post, from Monday 5 April 2027.

Probationary Period
Three months.

Notice
While on probation, one week by either side is enough. After it: two months by you to the Company, and two months by the Company to you unless the law asks for longer.

To take up this offer, sign where shown and email it back to me by 4.30 pm on Friday 12 March 2027.
"""

CLINIC = """Lakeside Vet Clinic
9 February 2027

Dear Morgan,

Our hope is for your first day to be Monday, March 1, 2027. Your first review is on 1 June 2027.

Probation and notice
Your post is subject to a three-month trial. During probation either you or the Clinic may end the employment with one week's notice. When you are confirmed in post, the notice period on either side will be six weeks.

Do let me know by Friday 19 February if you will accept.
"""

DEPOT = """Northgate Freight Inc.
8 March 2027

Dear Alex,

The Employee shall report for induction at the north depot on 22 March 2027.

Ending employment
Should the firm dismiss you without cause after probation, we will give you written notice as provincial law requires, and never less than three weeks. If you resign, you must hand us written notice no less than two weeks ahead of your final shift.

To accept, initial each page and send a scan of it to people.team@northgate.example within twelve (12) days of the date of this letter.
"""

CONTRACT_AFTER_ACCEPTANCE = """Corran Tools Limited
8 March 2027

Dear Jo,

Thank you for accepting our offer by phone last week. Enclosed is the full contract; kindly sign it and send one copy to Payroll by 19 March.

Your first shift: Monday 29 March 2027 at 07:00.
"""


def _terms(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract_terms(path)
    return {field: term_value(term) for field, term in extraction.terms.items()}


@pytest.mark.parametrize("name,text,expected", [
    ("shop", SHOP, {"start_date": "2027-04-05", "offer_expiry": "2027-03-12",
                    "notice_employee": {"value": 2, "unit": "month"},
                    "notice_employer": {"value": 2, "unit": "month"}}),
    ("clinic", CLINIC, {"start_date": "2027-03-01", "offer_expiry": "2027-02-19",
                        "notice_employee": {"value": 6, "unit": "week"},
                        "notice_employer": {"value": 6, "unit": "week"}}),
    ("depot", DEPOT, {"start_date": "2027-03-22", "offer_expiry": "2027-03-20",
                      "notice_employee": {"value": 2, "unit": "week"},
                      "notice_employer": {"value": 3, "unit": "week"}}),
])
def test_dates_and_notice_in_other_words(tmp_path, name, text, expected):
    terms = _terms(tmp_path, name, text)
    got = {field: terms.get(field) for field in expected}
    for field, value in expected.items():
        if isinstance(value, dict):
            got[field] = {k: (got[field] or {}).get(k) for k in value}
    assert got == expected


def test_a_contract_returned_after_the_offer_was_accepted_has_no_offer_deadline(tmp_path):
    terms = _terms(tmp_path, "contract", CONTRACT_AFTER_ACCEPTANCE)
    assert "offer_expiry" not in terms
    assert terms["start_date"] == "2027-03-29"


def test_the_notice_during_probation_stays_apart_from_the_one_after(tmp_path):
    path = tmp_path / "shop.txt"
    path.write_text(SHOP, encoding="utf-8")
    report = check_offer(path, today=TODAY)
    shown = " ".join(str(report.text).split())
    assert "2 months after probation (1 week during probation)" in shown
