"""The fields of the terms contract (TERMS.md) and how each is shaped."""
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
                   "_casual"}


def all_field_names() -> set[str]:
    names = set(FIELDS) | INTERNAL_FIELDS
    for field, parts in COMPOSITES.items():
        names |= {f"{field}.{p}" for p in parts}
    return names
