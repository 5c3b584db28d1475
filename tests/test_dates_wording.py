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

We are pleased to confirm your appointment as Stores Assistant, on a permanent basis, from Monday 5 April 2027.

Probationary Period
Three months.

Notice
During the probationary period: one week by either party. After it: one month by you to the Company; one month by the Company to you, or the statutory minimum if that is longer.

If you wish to accept, please sign the copy below and scan it to me by 4.30 pm on Friday 12 March 2027.
"""

CLINIC = """Lakeside Vet Clinic
9 February 2027

Dear Morgan,

We would like your first day to be Monday, March 1, 2027. Your first review is on 1 June 2027.

Probation and notice
Your post is subject to a three-month trial. During probation either you or the Clinic may end the employment with one week's notice. Once your post is confirmed, the notice period on either side is one calendar month.

Please let me know by Friday 19 February whether you accept.
"""

DEPOT = """Northgate Freight Inc.
8 March 2027

Dear Alex,

The Employee shall report for new-starter training on 22 March 2027 at the north depot.

Ending employment
After probation, if the company ends your employment without cause, it will give you notice or pay in lieu as the Employment Standards Act requires, and in any case not less than three weeks. Should you decide to resign, you shall serve the company a written notice at least two weeks ahead of your last day.

To accept, please sign every page and return a scanned copy to people.team@northgate.example within ten (10) days of the date of this letter.
"""

CONTRACT_AFTER_ACCEPTANCE = """Corran Tools Limited
8 March 2027

Dear Jo,

Thank you for accepting our offer on the phone last week. Here is your contract: please sign both copies and return one to Payroll by 19 March.

Your first shift: Monday 29 March 2027 at 07:00.
"""


def _terms(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract_terms(path)
    return {field: term_value(term) for field, term in extraction.terms.items()}


@pytest.mark.parametrize("name,text,expected", [
    ("shop", SHOP, {"start_date": "2027-04-05", "offer_expiry": "2027-03-12",
                    "notice_employee": {"value": 1, "unit": "month"},
                    "notice_employer": {"value": 1, "unit": "month"}}),
    ("clinic", CLINIC, {"start_date": "2027-03-01", "offer_expiry": "2027-02-19",
                        "notice_employee": {"value": 1, "unit": "month"},
                        "notice_employer": {"value": 1, "unit": "month"}}),
    ("depot", DEPOT, {"start_date": "2027-03-22", "offer_expiry": "2027-03-18",
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
    assert "1 month after probation (1 week during probation)" in shown
