"""Common terms written the ordinary ways letters write them (hours, leave, notice,
probation, covenants, bonuses, equity, first day, kind of job, where it is done), read end
to end. Every sentence here is written for this test: a floor under the everyday wordings
while rules change for unusual ones."""
from __future__ import annotations

import pytest

from offercheck.api import extract_terms
from offercheck.render.json import term_value

CASES = [  # (field, letter, value: the JSON value, or the keys of it that must agree)
 ("hours_per_week", "London\nDear Lee,\nYour normal hours are 9.00am to 5.30pm, Monday to Friday, with an unpaid lunch break of one hour.", 37.5),
 ("hours_per_week", "Dear Lee,\nYou will work 40 hours per week.", 40),
 ("hours_per_week", "Dear Lee,\nThe working week is 37 hours, Monday to Friday.", 37),
 ("hours_per_week", "Dear Lee,\nYou will work five 8-hour shifts each week.", 40),
 ("hours_per_week", "Dear Lee,\nOffice hours are 8:30 a.m. to 5:00 p.m., Monday through Friday, including a 30-minute unpaid lunch.", 40),
 ("hours_per_week", "Dear Lee,\nYou are contracted for 22.5 hours a week over three days.", 22.5),
 ("pto_days", "Dear Lee,\nYou will receive 15 days of paid vacation per year.", 15),
 ("pto_days", "Dear Lee,\nYou are entitled to 25 days' holiday plus bank holidays.", 25),
 ("pto_days", "Dear Lee,\nAnnual leave: 4 weeks per year (pro rata for part-time staff).", 20),
 ("pto_days", "Dear Lee,\nYou'll accrue vacation at 1.25 days per month.", 15),
 ("pto_days", "Dear Lee,\nYou will be eligible for three weeks of vacation annually.", 15),
 ("pto_days", "Dear Lee,\nYou will have 18 days of paid time off each calendar year.", 18),
 ("notice_employee", "Dear Lee,\nShould you wish to resign, please give us four weeks' written notice.", {"value": 4, "unit": "week"}),
 ("notice_employee", "Dear Lee,\nThe notice period is one month on either side.", {"value": 1, "unit": "month"}),
 ("notice_employee", "Dear Lee,\nYou agree to provide at least two weeks' notice of resignation.", {"value": 2, "unit": "week"}),
 ("notice_employer", "Dear Lee,\nEither of us may terminate this agreement on 30 days' written notice to the other.", {"value": 30, "unit": "day"}),
 ("notice_employer", "Dear Lee,\nWe may end your employment by giving you 3 months' notice or pay in lieu.", {"value": 3, "unit": "month"}),
 ("probation", "Dear Lee,\nYour employment is subject to a 90-day introductory period.", {"value": 90, "unit": "day"}),
 ("probation", "Dear Lee,\nThere will be a six-month probationary period.", {"value": 6, "unit": "month"}),
 ("probation", "Dear Lee,\nYou will be on probation for the first 3 months.", {"value": 3, "unit": "month"}),
 ("non_compete", "Dear Lee,\nFor twelve months after your employment ends you must not work for a competitor in the UK.", {"present": True, "duration": {"value": 12, "unit": "month"}}),
 ("non_solicit", "Dear Lee,\nFor six months after leaving you will not solicit our clients or employees.", {"present": True, "duration": {"value": 6, "unit": "month"}}),
 ("signing_bonus", "Dear Lee,\nYou will receive a one-time sign-on bonus of $10,000, payable with your first paycheck.", {"amount": 10000}),
 ("annual_bonus", "Dear Lee,\nYou are eligible for an annual performance bonus with a target of 15% of your base salary.", {"target_percent": 15}),
 ("equity", "Dear Lee,\nYou will be granted an option to purchase 20,000 shares of common stock, vesting over four years with a one-year cliff.", {"quantity": 20000, "vesting_months": 48, "cliff_months": 12}),
 ("start_date", "Dear Lee,\nYour first day of work will be Monday, March 1, 2027.", "2027-03-01"),
 ("start_date", "Dear Lee,\nWe would like you to start on 3 May 2027.", "2027-05-03"),
 ("start_date", "Dear Lee,\nYour date of joining will be 15th June 2027.", "2027-06-15"),
 ("employment_type", "Dear Lee,\nThis is a full-time, permanent position.", "full_time"),
 ("employment_type", "Dear Lee,\nThis is a part-time role of 20 hours per week.", "part_time"),
 ("remote_policy", "Dear Lee,\nThis is a fully remote position.", "remote"),
 ("remote_policy", "Dear Lee,\nYou will work a hybrid schedule, three days in the office.", "hybrid"),
]


@pytest.mark.parametrize("field,text,want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_term_read(tmp_path, field, text, want):
    letter = tmp_path / "offer.txt"
    letter.write_text(text, encoding="utf-8")
    got = term_value(extract_terms(letter).terms[field])
    if isinstance(want, dict):
        assert {k: got.get(k) for k in want} == want
    elif isinstance(want, (int, float)):
        assert float(got) == pytest.approx(want)
    else:
        assert got == want
