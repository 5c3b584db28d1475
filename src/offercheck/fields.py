"""The fields of the terms contract and how each is shaped (``offercheck fields`` lists
them, one line each, from ABOUT)."""
from __future__ import annotations

FIELDS = (
    "employer", "employee", "job_title", "employment_type", "fixed_term",
    "start_date", "end_date", "offer_expiry", "location", "remote_policy",
    "base_salary", "pay_frequency", "hours_per_week", "overtime_eligible",
    "signing_bonus", "annual_bonus", "equity", "pto_days", "sick_days",
    "probation", "notice_employee", "notice_employer", "non_compete",
    "non_solicit", "confidentiality", "ip_assignment", "arbitration", "at_will",
    "clawback", "benefits", "retirement_match_percent", "relocation",
    "governing_law", "contingencies",
)
ABOUT = {
    "employer": "the company making the offer",
    "employee": "your name as the letter gives it",
    "job_title": "the title of the role",
    "employment_type": "full_time or part_time",
    "fixed_term": "whether the job ends on a set date",
    "start_date": "your first day (a date)",
    "end_date": "the last day of a fixed term (a date)",
    "offer_expiry": "the deadline to accept the offer (a date)",
    "location": "where you will work",
    "remote_policy": "onsite, hybrid or remote",
    "base_salary": "the pay figure the letter states, with its period (a CTC or package where so named)",
    "pay_frequency": "how often you are paid: weekly, biweekly, semimonthly or monthly",
    "hours_per_week": "working hours a week",
    "overtime_eligible": "whether extra hours are paid",
    "signing_bonus": "a one-off payment for joining",
    "annual_bonus": "a yearly bonus: a target percent of salary or an amount",
    "equity": "shares, options or units granted, their value, vesting and cliff",
    "pto_days": "days of paid leave a year (or unlimited)",
    "sick_days": "days of paid sick leave a year",
    "probation": "how long the probation lasts",
    "notice_employee": "the notice you must give to leave",
    "notice_employer": "the notice the employer must give to end the job",
    "non_compete": "a clause barring work for competitors after you leave, and for how long",
    "non_solicit": "a clause barring approaches to clients or staff after you leave, and for how long",
    "confidentiality": "a confidentiality clause",
    "ip_assignment": "a clause giving the employer what you create",
    "arbitration": "disputes go to arbitration, not a court",
    "at_will": "either side may end the job at any time",
    "clawback": "money you must repay if you leave early",
    "benefits": "the benefits listed: health, dental, vision, life, disability, retirement, ...",
    "retirement_match_percent": "the employer's pension or retirement contribution, in percent",
    "relocation": "a payment toward moving",
    "governing_law": "the law the contract is read under",
    "contingencies": "conditions of the offer: background check, references, right to work, ...",
}
"""One line on each field, for ``offercheck fields``."""
LIST_FIELDS = {
    "benefits": ("health", "dental", "vision", "life", "disability", "retirement",
                 "parental_leave", "relocation", "education", "commuter", "wellness",
                 "stock_purchase"),
    "contingencies": ("background_check", "drug_test", "right_to_work", "references",
                      "medical", "education_verification", "agreement_signature"),
}
# composite values assembled from parts found separately ("equity.kind", ...)
COMPOSITES = {
    "equity": ("kind", "quantity", "value", "currency", "vesting_months", "cliff_months"),
    "non_compete": ("present", "duration"),
    "non_solicit": ("present", "duration"),
    "annual_bonus": ("target_percent", "amount"),
}
ENUMS = {
    "employment_type": ("full_time", "part_time"),
    "remote_policy": ("onsite", "hybrid", "remote"),
    "pay_frequency": ("weekly", "biweekly", "semimonthly", "monthly"),
}
BOOL_FIELDS = {"fixed_term", "overtime_eligible", "confidentiality", "ip_assignment",
               "arbitration", "at_will", "clawback"}
DATE_FIELDS = {"start_date", "end_date", "offer_expiry"}
DURATION_FIELDS = {"probation", "notice_employee", "notice_employer"}
MONEY_FIELDS = {"base_salary", "signing_bonus", "relocation"}
TEXT_FIELDS = {"employer", "employee", "job_title", "location", "governing_law"}
NUMBER_FIELDS = {"hours_per_week", "sick_days", "retirement_match_percent"}
# fields used inside the pipeline only, never printed
INTERNAL_FIELDS = {"_jurisdiction", "_letter_date", "_term_length", "_expiry_within",
                   "_days_per_week", "_hours_per_day", "_break_hours",
                   "_casual", "_pay_per_period", "_bonus_months",
                   "_signing_block", "_extra_hours", "_unpaid_overtime", "_pay_table_header", "_pay_row",
                   "_pay_measure", "_repay_within", "_vesting_start", "_starts_on_letter_date"}
"""The last six are read by the flag stage: where the signature and acceptance blocks
begin, extra hours asked for, overtime said to be unpaid, a pay table's header and rows,
what a pay figure measures (CTC, net, gross, basic). The timeline (timeline.py) reads
``_repay_within`` (how long after the start a payment must be repaid on leaving) and
``_vesting_start`` (a vesting commencement or grant date); derive reads ``_starts_on_letter_date``
(the employment begins on the date of the letter or agreement itself)."""


def all_field_names() -> set[str]:
    names = set(FIELDS) | INTERNAL_FIELDS
    for field, parts in COMPOSITES.items():
        names |= {f"{field}.{p}" for p in parts}
    return names
