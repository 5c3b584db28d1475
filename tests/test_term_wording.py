"""Whole letters, written for these tests, read for four terms: the retirement match, overtime,
the governing law and the education check among the contingencies.

A rule's own examples test one sentence against one rule; these test what the whole pipeline
decides when sentences compete (the employer's figure beside the employee's, another grade's
exemption beside the reader's pay, a course the employer pays for beside the conditions).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from offercheck.api import extract_document
from offercheck.document import DocumentBuilder
from offercheck.normalize.registry import percent_v1
from offercheck.render.json import term_value


def _terms(text: str) -> dict:
    b = DocumentBuilder()
    b.add(text, sep="")
    ex = extract_document(b.build("letter.txt", "txt"))
    return {name: term_value(term) for name, term in ex.terms.items()}


PENSION_LETTER = """Dear Ms Okafor,
We are pleased to offer you the post of Housing Officer at Tamworth Homes, starting on 3 May 2027.
Salary. Your salary is £31,200 a year, paid monthly.
Pension
You will join the defined contribution scheme. You put in 4% of your basic salary each month and
the Society pays 9% on top. Members hired before 2012 keep the old final salary section, with an
employer rate of 15%; it is closed to new members.
Yours sincerely,
Priya Lal, Head of People
"""


def test_the_employers_figure_not_the_employees_nor_other_staffs():
    assert _terms(PENSION_LETTER).get("retirement_match_percent") == 9


@pytest.mark.parametrize("text, expected", [
    ("401(k)\nWe match 100% of the first 3% of pay you defer and 50% of the next 2%.\n", 4),
    ("Retirement\nOur plan matches 25% on the first 8% of pay you contribute.\n", 2),
    ("Pension fund\nThe employer contributes 7,5% of your pensionable salary.\n", Decimal("7.5")),
    ("Pension\nWe contribute 5 per cent of your salary; you contribute 3 per cent.\n", 5),
])
def test_a_match_stated_as_a_rule(text, expected):
    assert Decimal(str(_terms(text).get("retirement_match_percent"))) == Decimal(str(expected))


def test_a_bonus_or_a_premium_beside_the_pension_is_not_the_match():
    text = ("Benefits and pension\nYour bonus target is 10% of salary. The Company pays 20% of the premium "
            "for the group life cover.\n")
    assert _terms(text).get("retirement_match_percent") is None


def test_tiers_add_up_to_the_most_they_give():
    class Ctx:
        groups = {"first": "3%", "then": "50%", "next": "2%"}
    assert percent_v1("100%", Ctx(), max=30, of="first", then="then", then_of="next") == Decimal("4")
    assert percent_v1("100%", Ctx(), max=30, of="first") == Decimal("3")
    assert percent_v1("6 per cent", None) == Decimal("6")


OVERTIME_LETTER = """Dear Mr Brennan,
We are pleased to offer you the role of Stores Assistant at our Naas depot.
Hours. Your hours are 39 a week, Monday to Friday.
Overtime. Staff on the management grades are exempt from overtime. Extra hours that your
supervisor approves are paid at time and a half.
"""


def test_another_grades_exemption_does_not_decide_the_readers_overtime():
    assert _terms(OVERTIME_LETTER).get("overtime_eligible") is True


def test_an_exemption_said_only_of_other_staff_leaves_overtime_unstated():
    text = "Hours. You will work 37.5 hours a week. Employees on the management grades are exempt from overtime.\n"
    assert _terms(text).get("overtime_eligible") is None


@pytest.mark.parametrize("text", [
    "Hours. During the first year apprentices are not paid overtime, though an early finish may be agreed.\n",
    "Hours. The annual salary is your complete payment for all the hours you work.\n",
])
def test_overtime_not_paid(text):
    assert _terms(text).get("overtime_eligible") is False


@pytest.mark.parametrize("text, expected", [
    ("21. Governing law\nScots law. The Court of Session hears any dispute.\n", "Scotland"),
    ("22. General\nThe law of Northern Ireland applies to this contract.\n", "Northern Ireland"),
    ("Law\nThis contract is subject to Federal Law No. 8 of 1980 and the wider laws of the United Arab "
     "Emirates.\n", "United Arab Emirates"),
])
def test_governing_law(text, expected):
    assert _terms(text).get("governing_law") == expected


def test_courts_alone_name_no_law():
    text = "Disputes. The courts of Dublin alone may hear any dispute about this contract.\n"
    assert _terms(text).get("governing_law") is None


CONDITIONS_LETTER = """Dear Ms Mahlangu,
Conditions
This offer is subject to a clear criminal record check and to verification of your school-leaving
certificate with the examinations council.
Training
The Company will pay for your diploma in payroll management. A degree in accounting is an advantage.
"""


def test_the_education_check_among_the_conditions():
    assert "education_verification" in (_terms(CONDITIONS_LETTER).get("contingencies") or [])


def test_a_course_paid_for_or_a_degree_preferred_is_no_condition():
    text = ("Conditions\nThis offer is subject to two satisfactory references.\nTraining\nThe Company will pay "
            "for your diploma in payroll management. A degree in accounting is an advantage for this post.\n")
    got = _terms(text).get("contingencies") or []
    assert "references" in got and "education_verification" not in got


def test_a_police_certificate_checked_at_source_is_no_education_check():
    text = "Conditions\nWe will verify your police certificate with the issuing body before you start.\n"
    got = _terms(text).get("contingencies") or []
    assert "background_check" in got and "education_verification" not in got
