"""The base salary written the many ways letters in many countries write it, read end to end
(the place a letter is written from settles a "$"; the words round the amount its period).
Every sentence here is written for this test."""
from __future__ import annotations

from decimal import Decimal

import pytest

from offercheck.api import extract_terms

CASES = [  # (letter, amount, currency, period)
 ("Ottawa, Ontario\nDear Lee,\nYou will earn $84,500 annually, paid every second Thursday.", 84500, "CAD", "year"),
 ("London EC2\nDear Lee,\nRemuneration\nYou will be paid £41,250 gross a year, in monthly arrears.", 41250, "GBP", "year"),
 ("Pune, India\nDear Lee,\nYour annual fixed compensation will be INR 9,60,000.", 960000, "INR", "year"),
 ("Sydney NSW\nDear Lee,\nYour total fixed remuneration is A$128,000 per annum inclusive of superannuation.", 128000, "AUD", "year"),
 ("Makati City\nDear Lee,\nYou will receive a basic monthly pay of PHP 38,500.00.", 38500, "PHP", "month"),
 ("Austin, Texas\nDear Lee,\nThe position pays $26.75 an hour.", 26.75, "USD", "hour"),
 ("Austin, Texas\nDear Lee,\nCompensation: $3,846.15 bi-weekly ($100,000 annualized).", 100000, "USD", "year"),
 ("Dublin 2, Ireland\nDear Lee,\nThe salary for this role is €58,000 per annum, payable monthly.", 58000, "EUR", "year"),
 ("Kuala Lumpur\nDear Lee,\nYour monthly basic salary shall be RM6,800.00.", 6800, "MYR", "month"),
 ("Singapore 018989\nDear Lee,\nYou will be paid a gross monthly salary of S$7,200.", 7200, "SGD", "month"),
 ("Chicago, IL\nDear Lee,\nWe are offering you a starting annual base of $142,000.", 142000, "USD", "year"),
 ("Denver, CO\nDear Lee,\nBase Compensation. The Company shall pay Executive an annual base salary of Two Hundred Ten Thousand Dollars ($210,000).", 210000, "USD", "year"),
 ("Bengaluru\nDear Lee,\nYour CTC will be Rs. 18 lakhs per annum.", 1800000, "INR", "year"),
 ("Auckland\nDear Lee,\nYour salary will be NZ$92,000 per annum plus KiwiSaver.", 92000, "NZD", "year"),
 ("Houston, TX\nDear Lee,\nYou will be compensated at a rate of $41.20 per hour for all hours worked.", 41.2, "USD", "hour"),
 ("Leeds LS1\nDear Lee,\nPay: £12.60 per hour, paid weekly.", 12.6, "GBP", "hour"),
 ("Toronto, ON\nDear Lee,\nBase salary: $95K per year.", 95000, "CAD", "year"),
 ("Seattle, WA 98101\nDear Lee,\nYour pay will be $5,500 per month.", 5500, "USD", "month"),
 ("Dubai, UAE\nDear Lee,\nBasic salary: AED 12,000 per month\nHousing allowance: AED 5,000 per month\nTotal monthly package: AED 19,000", 12000, "AED", "month"),
 ("Johannesburg\nDear Lee,\nYour cost to company will be R 540 000 per annum.", 540000, "ZAR", "year"),
 ("Boston, MA\nDear Lee,\nIn this role you'll make $118,000 a year.", 118000, "USD", "year"),
 ("Cardiff\nDear Lee,\nYour starting salary is £27,500 per annum (Grade 4, spinal point 12).", 27500, "GBP", "year"),
 ("Nairobi, Kenya\nDear Lee,\nYour gross monthly salary will be KES 185,000.", 185000, "KES", "month"),
 ("Hyderabad\nDear Lee,\nAnnual CTC: ₹ 7,20,000 (Seven Lakh Twenty Thousand Rupees).", 720000, "INR", "year"),
 ("San Jose, CA\nDear Lee,\nYou will be paid at an annual rate of $165,000, less applicable withholdings, in accordance with the Company's normal payroll procedures.", 165000, "USD", "year"),
 ("Calgary, Alberta\nDear Lee,\nYour wage will be $22.50/hr.", 22.5, "CAD", "hour"),
 ("Manila\nDear Lee,\nYou shall receive a monthly salary of Thirty Thousand Pesos (Php 30,000.00).", 30000, "PHP", "month"),
 # where other figures stand beside the salary: a posted range, on-target earnings, an hourly
 # rate's yearly equivalent, a later raise, fixed and variable pay, instalments, later years
 ('Vancouver, BC V6B 1A1\nDear Lee,\nThe posted range for this role is $78,000 - $96,000. Your starting salary will be $84,000 per year.', 84000, 'CAD', 'year'),
 ('Denver, CO 80202\nDear Lee,\nYour on-target earnings are $160,000, made up of a base salary of $100,000 and $60,000 in target commission.', 100000, 'USD', 'year'),
 ('Austin, TX 78701\nDear Lee,\nYou will be paid $28.50 per hour, which is approximately $59,280 annually at 40 hours per week.', 28.5, 'USD', 'hour'),
 ('London SE1\nDear Lee,\nYour salary will be £52,000 per annum. After successful completion of probation it will rise to £54,000.', 52000, 'GBP', 'year'),
 ('Mumbai 400001\nDear Lee,\nYour fixed pay is INR 14,00,000 and variable pay up to INR 2,00,000; total CTC INR 16,00,000 per annum.', 1600000, 'INR', 'year'),
 ('Sydney NSW 2000\nDear Lee,\nYour base salary is $120,000 plus superannuation at the statutory rate (currently 11.5%).', 120000, 'AUD', 'year'),
 ('Toronto, ON M5V 2T6\nDear Lee,\nYou will be paid an annual salary of $95,000, paid semi-monthly in instalments of $3,958.33.', 95000, 'CAD', 'year'),
 ('Chicago, IL 60601\nDear Lee,\nYour salary for 2027 will be $150,000; for 2028, $157,500.', 150000, 'USD', 'year'),
 ('Makati City 1226\nDear Lee,\nYour monthly basic salary is PHP 45,000, plus a rice subsidy of PHP 2,000 and 13th month pay.', 45000, 'PHP', 'month'),
 # currencies a country settles, pay tables set out with spaces or with a code in each cell
 ("Accra, Ghana\nDear Lee,\nPay item | Monthly\nBasic salary | 7,400.00\nTransport allowance | 600.00\nGross pay | 8,000.00", 7400, "GHS", "month"),
 ("Tema\nDear Lee,\nYour basic salary is GH₵ 5,250 per month.", 5250, "GHS", "month"),
 ("Riyadh 11564\nDear Lee,\nArticle 3 - Wages\n\nItem                 SAR / month\nBasic wage           4,100\nHousing allowance (a quarter of basic)  1,025\nTotal                5,125", 4100, "SAR", "month"),
 ("Surabaya, Indonesia\nDear Lee,\nComponent | Per month\nBasic salary | IDR 11.200.000\nMeal allowance | IDR 800.000\nTotal | IDR 12.000.000", 11200000, "IDR", "month"),
 ("Bandung\nDear Lee,\nYour basic salary will be Rp 8.750.000 per month.", 8750000, "IDR", "month"),
 ("Chennai 600032\nDear Lee,\nYour total emoluments will be Rs. 8,40,000/- per annum.\nBasic | 28,000 | 3,36,000\nHRA | 14,000 | 1,68,000", 840000, "INR", "year"),
 # dinars and rials counted to three decimals, by code or by local initials
 ("Kuwait City\nDear Lee,\nYour basic salary will be KD 1,250.000 per month, with a housing allowance of KD 300.000.", 1250, "KWD", "month"),
 ("Muscat, Oman\nDear Lee,\nBasic salary | OMR 780.500 per month\nTransport | OMR 60.000 per month", 780.5, "OMR", "month"),
 ("Manama, Bahrain\nDear Lee,\nYou will be paid a basic salary of BD 900.000 a month.", 900, "BHD", "month"),
 # outside India a basic salary stated beside the cost to company is the salary
 ("Pretoria\nDear Lee,\nYour package: a basic salary of R41,000.00 a month; adding our retirement fund and medical aid share, the cost to company comes to R47,350.00 a month.", 41000, "ZAR", "month"),
 ("Nairobi, Kenya\nDear Lee,\nThe basic salary for the role is KES 210,000 a month; your total cost to company, with the pension contribution, is KES 231,000 a month.", 210000, "KES", "month"),
 # a pay table of dinars or rials to three decimals: the header or caption gives the period
 ("Salmiya, Kuwait\nDear Lee,\nPackage (monthly)\nElement | KWD\nBasic salary | 725.000\nHousing | 200.000\nTotal | 925.000", 725, "KWD", "month"),
 ("Manama\nDear Lee,\nYour pay\nComponent | Amount (BHD a month)\nBasic pay | 1,140.000\nTransport allowance | 90.000\nGross | 1,230.000", 1140, "BHD", "month"),
 # a year's gross beside a monthly pay table: the table's basic row is the salary
 ("Lagos, Nigeria\nDear Lee,\nYour annual gross salary will be ₦6,000,000.00.\nComponent | Monthly\nBasic | 300,000.00\nHousing | 150,000.00\nTransport | 50,000.00\nTotal | 500,000.00", 300000, "NGN", "month"),
]


@pytest.mark.parametrize("text,amount,currency,period", CASES, ids=[c[0].split("\n")[-1][:40] for c in CASES])
def test_salary_read(tmp_path, text, amount, currency, period):
    letter = tmp_path / "offer.txt"
    letter.write_text(text, encoding="utf-8")
    salary = extract_terms(letter).terms["base_salary"].value
    assert (salary.currency, salary.period) == (currency, period)
    assert abs(salary.amount - Decimal(str(amount))) <= Decimal("0.01") * max(Decimal(str(amount)), Decimal(1))
