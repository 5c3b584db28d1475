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
 # where the letter puts a term: a schedule it points to, a heading, a table, a list of years
 ("base_salary", "Northwind Analytics Ltd\n1 Canal Street, Manchester M1 3HE\n\nDear Lee,\n1. Salary\nYour salary is set out in Item 3 of the Schedule.\n\nSCHEDULE\nItem 1 Position: Analyst\nItem 2 Start Date: 1 May 2027\nItem 3 Salary: £46,000 per annum", {"amount": 46000, "currency": "GBP", "period": "year"}),
 ("base_salary", "Brightwater Pty Ltd, Melbourne VIC 3000\n\nDear Lee,\nThe Base Salary means the amount stated in Schedule 1.\n\nSchedule 1\nBase Salary | $112,000 per annum plus superannuation", {"amount": 112000, "currency": "AUD", "period": "year"}),
 ("base_salary", "Dear Lee,\n| Component | Monthly (INR) | Annual (INR) |\n| Basic | 30,000 | 3,60,000 |\n| HRA | 15,000 | 1,80,000 |\n| Total CTC | 60,000 | 7,20,000 |\nBengaluru, India", {"amount": 720000, "currency": "INR", "period": "year"}),
 ("base_salary", "Pittsburgh, PA 15222\nDear Lee,\nYour annual base salary will be:\nYear 1: $120,000\nYear 2: $126,000", {"amount": 120000, "currency": "USD", "period": "year"}),
 ("notice_employee", "Dear Lee,\n8. Notice\nOne month, in writing, by either party.", {"value": 1, "unit": "month"}),
 ("end_date", "Dear Lee,\nYour employment will start on 1 March 2027 and will end on the second anniversary of the Start Date.", "2029-03-01"),
 ("end_date", "Dear Lee,\nThis fixed-term contract begins on 6 April 2027 and runs for 9 months.", "2028-01-05"),
 # long agreements: a term's end, notice per side, sick days, a sign-on sum, an employer's contribution
 ('end_date', 'EMPLOYMENT AGREEMENT\nThis Agreement is effective January 4, 2027 (the "Effective Date").\n2. Term. The Executive\'s employment under this Agreement shall commence on the Effective Date and shall end on the second anniversary thereof, unless terminated earlier.', '2029-01-04'),
 ('end_date', 'EMPLOYMENT AGREEMENT\n2. Employment Period. The Company shall employ the Executive for a period of two (2) years commencing on January 1, 2027 (the "Employment Period").', '2028-12-31'),
 ('end_date', 'EMPLOYMENT AGREEMENT\n3. Term. The Term begins on March 1, 2027 and shall expire on December 31, 2028, unless extended by written agreement.', '2028-12-31'),
 ('end_date', 'Dear Lee,\nThis is a fixed-term appointment from 1 September 2027 ending on 31 August 2029.', '2029-08-31'),
 ('notice_employer', "EMPLOYMENT AGREEMENT\n7. Termination. (a) The Company may terminate the Executive's employment without Cause upon thirty (30) days' prior written notice to the Executive.", {'value': 30, 'unit': 'day'}),
 ('notice_employer', "CONTRACT OF EMPLOYMENT\n12. Notice. 12.1 The Employer may terminate the Employment by giving not less than three months' notice in writing to the Employee.", {'value': 3, 'unit': 'month'}),
 ('notice_employee', "CONTRACT OF EMPLOYMENT\n12.2 The Employee may terminate the Employment by giving not less than two months' notice in writing to the Employer.", {'value': 2, 'unit': 'month'}),
 ('notice_employee', "EMPLOYMENT AGREEMENT\n7(d) Resignation. The Executive may resign without Good Reason upon sixty (60) days' advance written notice to the Board.", {'value': 60, 'unit': 'day'}),
 ('sick_days', 'Dear Lee,\nYou are entitled to 10 days of paid sick leave per year.', 10),
 ('sick_days', 'Dear Lee,\nSick leave: 14 days per annum on full pay, on production of a medical certificate.', 14),
 ('sick_days', 'Dear Lee,\nYou will receive up to five (5) paid sick days each calendar year.', 5),
 ('signing_bonus', 'EMPLOYMENT AGREEMENT\n4.3 Sign-On Bonus. The Company shall pay the Executive a lump sum of $50,000 within thirty days after the Start Date.', {'amount': 50000}),
 ('signing_bonus', 'Dear Lee,\nWe will also pay you a one-time cash signing bonus in the amount of $25,000, subject to repayment if you leave within a year.', {'amount': 25000}),
 ('signing_bonus', 'Dear Lee,\nA joining bonus of INR 1,50,000 will be paid with your first salary.', {'amount': 150000}),
 ('retirement_match_percent', 'Dear Lee,\nThe Company will match 100% of your 401(k) contributions up to 4% of eligible compensation.', 4),
 ('retirement_match_percent', 'Dear Lee,\nWe will contribute 10% of your basic salary to the Company pension scheme.', 10),
 ('retirement_match_percent', 'Auckland 1010\nDear Lee,\nWe will make an employer KiwiSaver contribution of 3% of your gross taxable earnings.', 3),
 ('retirement_match_percent', 'Sydney NSW 2000\nDear Lee,\nWe will contribute superannuation at 11.5% of your ordinary time earnings.', 11.5),
 ("hours_per_week", "Dear Lee,\nHours of work\nThirty-seven and a half per week, Monday to Friday.", 37.5),
 ("hours_per_week", "Dear Lee,\nYour days are Monday to Thursday, 8 am to 4 pm, with a 30-minute unpaid break.", 30),
 ("hours_per_week", "Dear Lee,\nYou will work Monday, Tuesday and Thursday, 9.00 am to 5.00 pm, with an unpaid lunch hour.", 21),
 # the part-timer's own figures, not the full-time ones they are scaled from
 ("hours_per_week", "Cardiff\nDear Lee,\nThe full-time salary is £24,000 for a 37.5-hour week. You will work 15 hours a week: Mondays and Tuesdays.", 15),
 ("pto_days", "Cardiff\nDear Lee,\nYou work 7.5 hours a day. Staff get 25 days' annual leave plus bank holidays, pro rata for part-time staff, so your entitlement is 75 hours of annual leave each holiday year.", 10),
 # leave buckets in two sentences; a bonus as months of pay
 ("pto_days", "Pune 411001\nDear Lee,\nYou will get 8 days of casual leave a year. Earned leave of 15 days a year is credited after a year's service.", 23),
 ("annual_bonus", "Doha, Qatar\nDear Lee,\nBasic salary: QAR 14,000 per month.\nYou may earn an annual performance bonus of up to two months' basic salary.", {"amount": 28000, "currency": "QAR"}),
 ("annual_bonus", "Kuala Lumpur\nDear Lee,\nYour basic salary is RM 96,000 per annum. A discretionary bonus of up to 1.5 months' basic salary may be paid each March.", {"amount": 12000, "currency": "MYR"}),
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
