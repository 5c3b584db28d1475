"""The basic salary from a pay table (offercheck.paytable): letters the team wrote, each
table laid out in another way, and near misses that must leave the salary alone."""
from __future__ import annotations

from decimal import Decimal

import pytest

from offercheck.api import extract_terms
from offercheck.paytable import read_pay_table


def salary(tmp_path, text: str):
    letter = tmp_path / "offer.txt"
    letter.write_text(text, encoding="utf-8")
    term = extract_terms(letter).terms.get("base_salary")
    return None if term is None else (term.value.amount, term.value.currency, term.value.period)


@pytest.mark.parametrize("letter,expected", [
    # the period in the column header, the currency beside it
    ("Marigold Haulage Ltd, Mombasa, Kenya\nDear Mr Otieno,\nWe offer you the post of Fleet Clerk.\n"
     "Item | Per month (KES)\nBasic pay | 64,000\nHouse allowance | 9,600\nTotal | 73,600\nYours sincerely,\n",
     (Decimal(64000), "KES", "month")),
    # the period in a caption above the table
    ("Harmattan Print Limited, Abuja, Nigeria\nDear Ms Eze,\nYour monthly emoluments will be as follows:\n"
     "Component | Amount (NGN)\nBasic Salary | 280,000.00\nRent allowance | 120,000.00\nTransport allowance | "
     "45,000.00\nGross emoluments | 445,000.00\nYours faithfully,\n",
     (Decimal(280000), "NGN", "month")),
    # the total stated with its period in a sentence, the table without one
    ("Falcon Crest Hospital LLC, Dubai, United Arab Emirates\nDear Ms Reyes,\nYour total monthly package "
     "will be AED 16,250, made up as shown:\nElement | AED\nBasic salary | 10,000\nHousing allowance | 4,500\n"
     "Transport allowance | 1,750\nTotal package | 16,250\nKind regards,\n",
     (Decimal(10000), "AED", "month")),
])
def test_the_basic_row_is_the_salary_where_a_table_also_has_allowances_or_a_total(tmp_path, letter, expected):
    assert salary(tmp_path, letter) == expected


def test_an_indian_ctc_table_is_left_to_the_rules(tmp_path):
    letter = ("Dear Ms Iyer,\nWe are pleased to offer you the role of Analyst at a CTC of Rs. 7,20,000 per annum.\n"
              "Component | Monthly (Rs.) | Annual (Rs.)\nBasic | 24,000 | 2,88,000\nHRA | 12,000 | 1,44,000\n"
              "Special allowance | 24,000 | 2,88,000\nTotal CTC | 60,000 | 7,20,000\nRegards,\n")
    assert salary(tmp_path, letter) == (Decimal(720000), "INR", "year")


def test_a_salary_the_letter_states_otherwise_is_not_replaced(tmp_path):
    # the table is of benefits' values, not pay: the rules' salary stands
    letter = ("Brightwater Foods Pty Ltd, Adelaide SA\nDear Sam,\nYour base salary will be $78,000 per annum "
              "plus superannuation.\nBenefit | Value\nBasic cover | 1,200\nVehicle allowance | 6,000\n"
              "Total benefits | 7,200\nRegards,\n")
    assert salary(tmp_path, letter) == (Decimal(78000), "AUD", "year")


@pytest.mark.parametrize("text", [
    "Name | Role | Start\nLee | Analyst | 1 May\nKim | Clerk | 3 May\n",              # no pay at all
    "Leave | Days\nBasic leave | 20\nCarry-over allowance | 5\nTotal | 25\n",          # days, not money
    "Grade | Minimum | Maximum\nBasic | 30,000 | 36,000\nSenior | 36,000 | 44,000\n",  # a scale: no allowance or total
])
def test_tables_that_are_not_pay_tables(text):
    assert read_pay_table(text) is None
