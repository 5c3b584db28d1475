"""Every fact in every law pack (rules/law/*.yaml): it has a source and an as-of date, and a
short letter written here raises its flag while a near one does not. The letters are the
team's own, built from the fact's figure so a pack's change is tested at once."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from offercheck.api import extract_document
from offercheck.document import DocumentBuilder
from offercheck.law import annual_leave_need, law_stage
from offercheck.lawpack import KINDS, load_packs
from offercheck.report import build_report

PACKS = load_packs()
PLACES = {
    "UK-EW": "The role is based at our Leeds office.",
    "IE": "The role is based at our Galway office.",
    "US": "Please return the signed copy to 455 Harbor Road, Austin, TX 78701.",
    "US-CA": "You will work from our office at 500 Market Street, San Francisco, CA 94105.",
    "US-NY": "You will work from our office at 11 Water Street, Brooklyn, NY 11201.",
    "US-WA": "You will work from our office at 400 Pine Street, Seattle, WA 98101.",
    "CA-ON": "You will work from our office at 90 Front Street, Toronto, ON M5J 2N1.",
    "CA-BC": "You will work from our office at 800 Granville Street, Vancouver, BC V6Z 1K3.",
    "IN": "The role is based at our Bengaluru office in India.",
    "AU": "The role is based at our Adelaide office.",
    "NZ": "The role is based at our Auckland office in New Zealand.",
    "SG": "The role is based at our Singapore office.",
    "PH": "The role is based at our Makati office in the Philippines.",
}
SYMBOL = {"GBP": "£", "EUR": "€", "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$"}


def letter(place: str, *clauses: str) -> str:
    return "\n".join(["Dear Sam,", "We are pleased to offer you the position of Analyst at Harbour Company.",
                      place, *clauses, "Yours sincerely,", "Human Resources"])


def n(x) -> str:
    return str(int(x)) if x == int(x) else str(x)


def _leave(fact, fires):
    need = annual_leave_need(fact)
    days = need - 2 if fires else need + 2
    return [f"You will receive {n(days)} days of paid annual leave a year, in addition to public holidays."], None


def _sick(fact, fires):
    days = max(fact.value - 2, 1) if fires else fact.value + 2
    return [f"You are entitled to {n(days)} days of paid sick leave per year."], None


def _hours(fact, fires):
    hours = fact.value + 4 if fires else fact.value - 3
    return [f"Your normal working hours are {n(hours)} hours per week."], None


def _notice(fact, fires):
    said = "2 days'" if fires else "4 weeks'"
    return [f"The Company may terminate your employment by giving you {said} notice."], None


def _probation(fact, fires):
    months = fact.value + 3 if fires else fact.value
    return [f"Your employment is subject to a probationary period of {n(months)} months."], None


def _wage(fact, fires):
    rate = fact.rates[-1]
    pay = rate.value - 1 if fires else rate.value + 1
    start = rate.start + dt.timedelta(days=14)
    return [f"You will be paid {SYMBOL[fact.currency]}{pay:.2f} per hour.",
            f"Your start date is {start.day} {start:%B %Y}."], start + dt.timedelta(days=-30)


def _non_compete(fact, fires):
    clauses = ["Your annual salary will be $90,000."] if fact.status == "void_below_earnings" else []
    if fires:
        clauses.append("For 12 months after your employment ends, you will not work for any competitor "
                       "of the Company.")
    return clauses, None


def _equal(fact, fires):
    yours = "three months'" if fires else "one month's"
    return [f"You must give the Company {yours} notice to resign.",
            "The Company may terminate your employment by giving you one month's notice."], None


TEMPLATES = {"annual_leave": _leave, "sick_leave": _sick, "weekly_hours": _hours, "notice_employer": _notice,
             "probation": _probation, "minimum_wage": _wage, "non_compete": _non_compete, "equal_notice": _equal}
FACTS = [(pack.id, i, fact) for pack in PACKS.values() for i, fact in enumerate(pack.facts)]


def law_flags_of(text: str, today: dt.date, jurisdiction: str | None = None):
    b = DocumentBuilder()
    b.add(text)
    extraction = extract_document(b.build("letter.txt", "txt"))
    return build_report(extraction, None, today, None, None, jurisdiction)


def test_every_kind_has_a_template():
    assert set(TEMPLATES) == set(KINDS)


@pytest.mark.parametrize("pack_id,i,fact", FACTS, ids=[f"{p}::{i}:{f.kind}" for p, i, f in FACTS])
def test_every_fact_has_a_source_and_an_as_of(pack_id, i, fact):
    assert fact.source.law and fact.source.section and fact.source.url.startswith("http")
    assert isinstance(fact.as_of, dt.date) and fact.as_of >= PACKS[pack_id].as_of
    assert fact.basis
    # a check is claimed only with the stored page it was made against
    assert fact.checked is None or fact.checked.startswith("http")


@pytest.mark.parametrize("fires", [True, False], ids=["fires", "does-not-fire"])
@pytest.mark.parametrize("pack_id,i,fact", FACTS, ids=[f"{p}::{i}:{f.kind}" for p, i, f in FACTS])
def test_every_fact_fires_on_its_letter_and_not_on_the_near_one(pack_id, i, fact, fires):
    clauses, today = TEMPLATES[fact.kind](fact, fires)
    report = law_flags_of(letter(PLACES[pack_id], *clauses), today or dt.date(2026, 12, 7))
    assert any(PACKS[pack_id].name in note for note in report.notes), report.notes
    raised = [f for f in report.flags if f.id == f"law.{fact.kind}" and f.law.jurisdiction == PACKS[pack_id].name]
    assert bool(raised) == fires, [f.title for f in report.flags]
    if fires:
        flag = raised[0]
        assert flag.law.citation == fact.source.citation and flag.law.as_of == fact.as_of.isoformat()
        assert fact.source.citation.split(",")[0] in flag.suggestion
        assert flag.evidence


def test_unknown_place_checks_nothing():
    text = ("Dear Sam,\nWe are pleased to offer you the position of Analyst.\n"
            "You will receive 5 days of paid annual leave a year.\n"
            "For 12 months after your employment ends, you will not work for any competitor of the Company.\n")
    report = law_flags_of(text, dt.date(2026, 12, 7))
    assert not [f for f in report.flags if f.id.startswith("law.")]
    assert any("does not say clearly" in note and "nothing was checked against the law" in note
               for note in report.notes)


def test_a_province_not_told_checks_nothing():
    text = letter("Your salary is paid in CAD into a Canadian account, with CPP deducted.",
                  "You will receive 5 days of paid annual leave a year, in addition to public holidays.")
    report = law_flags_of(text, dt.date(2026, 12, 7))
    assert not [f for f in report.flags if f.id.startswith("law.")]
    assert any("not in a province offercheck has a law pack for" in note for note in report.notes), report.notes


def test_us_without_a_state_is_federal_law_only():
    report = law_flags_of(letter(PLACES["US"], "You will be paid $6.50 per hour."), dt.date(2026, 12, 7))
    assert [f.law.jurisdiction for f in report.flags if f.id == "law.minimum_wage"] == ["United States (federal)"]
    assert any("state could not be told" in note for note in report.notes)


def test_a_candidate_can_set_the_jurisdiction():
    text = ("Dear Sam,\nWe are pleased to offer you the position of Analyst.\n"
            "For 12 months after your employment ends, you will not work for any competitor of the Company.\n")
    assert not [f for f in law_flags_of(text, dt.date(2026, 12, 7)).flags if f.id.startswith("law.")]
    report = law_flags_of(text, dt.date(2026, 12, 7), "California")
    assert [f.id for f in report.flags if f.id.startswith("law.")] == ["law.non_compete"]
    assert any("as you set it" in note for note in report.notes)


def test_scotland_is_not_checked_against_england_and_wales():
    text = letter("The role is based at our Glasgow office in Scotland.",
                  "You will receive 10 days of paid annual leave a year, in addition to public holidays.")
    report = law_flags_of(text, dt.date(2026, 12, 7))
    assert not [f for f in report.flags if f.id.startswith("law.")]
    assert any("no law pack" in note for note in report.notes)


def test_a_pack_older_than_a_year_is_used_with_a_warning():
    text = letter(PLACES["UK-EW"], "You are entitled to 20 days of paid holiday a year including bank holidays.")
    old = law_flags_of(text, dt.date(2027, 6, 1))
    assert any("older than 12 months" in note for note in old.notes)
    assert [f.id for f in old.flags if f.id.startswith("law.")] == ["law.annual_leave"]
    fresh = law_flags_of(text, PACKS["UK-EW"].as_of + dt.timedelta(days=30))
    assert not any("older than 12 months" in note for note in fresh.notes)


def test_the_stage_gives_notes_even_without_flags():
    b = DocumentBuilder()
    b.add(letter(PLACES["NZ"], "You will receive 25 days of paid annual leave a year, in addition to public holidays."))
    flags, notes = law_stage(extract_document(b.build("x.txt", "txt")), None, dt.date(2026, 12, 7))
    assert flags == () and notes and notes[0].startswith("Where the job is: New Zealand")


def test_minimum_wage_uses_the_rate_in_force_on_the_start_date():
    def flags(start: str):
        text = letter(PLACES["UK-EW"], "You will be paid £12.50 per hour.", f"Your start date is {start}.")
        return [f for f in law_flags_of(text, dt.date(2025, 5, 1)).flags if f.id == "law.minimum_wage"]
    assert flags("2 June 2025") == []           # £12.21 in force
    raised = flags("1 June 2026")               # £12.71 in force
    assert raised and "£12.71" in raised[0].title and "2026-04-01" in raised[0].title


def test_washington_non_compete_is_void_only_at_or_below_the_threshold():
    clause = "For 12 months after your employment ends, you will not work for any competitor of the Company."
    low = law_flags_of(letter(PLACES["US-WA"], "Your annual salary will be $90,000.", clause), dt.date(2025, 6, 1))
    high = law_flags_of(letter(PLACES["US-WA"], "Your annual salary will be $200,000.", clause), dt.date(2025, 6, 1))
    assert [f.severity for f in low.flags if f.id == "law.non_compete"] == ["high"]
    assert not [f for f in high.flags if f.id == "law.non_compete"]


def test_ontario_allows_an_executive_non_compete():
    clause = "For 12 months after your employment ends, you will not work for any competitor of the Company."
    text = ("Dear Sam,\nWe are pleased to offer you the position of Chief Financial Officer at Harbour Company.\n"
            f"{PLACES['CA-ON']}\n{clause}\n")
    assert not [f for f in law_flags_of(text, dt.date(2026, 12, 7)).flags if f.id == "law.non_compete"]


def leave_fires(pack_id: str, sentence: str) -> bool:
    report = law_flags_of(letter(PLACES[pack_id], sentence), dt.date(2026, 12, 7))
    return any(f.id == "law.annual_leave" for f in report.flags)


def test_leave_totals_including_bank_holidays_in_england():
    def fires(sentence: str) -> bool:
        return leave_fires("UK-EW", sentence)
    assert fires("You are entitled to 20 days of paid holiday a year including bank holidays.")
    assert not fires("You are entitled to 28 days of paid holiday a year including bank holidays.")
    assert not fires("You will receive 25 days of paid holiday a year plus bank holidays.")
    assert fires("You will receive 15 days of paid holiday a year plus bank holidays.")


def test_leave_including_public_holidays_where_the_law_adds_them():
    def fires(sentence: str) -> bool:
        return leave_fires("IE", sentence)
    # Ireland gives 20 days besides its 10 public holidays
    assert fires("You will receive 25 days of annual leave a year, including public holidays.")
    assert not fires("You will receive 30 days of annual leave a year, including public holidays.")


def test_part_time_leave_is_not_compared():
    text = letter(PLACES["UK-EW"], "This is a part-time position of 20 hours per week.",
                  "You will receive 10 days of paid holiday a year plus bank holidays.")
    assert not [f for f in law_flags_of(text, dt.date(2026, 12, 7)).flags if f.id == "law.annual_leave"]


def test_every_law_flag_says_it_is_not_legal_advice():
    text = letter(PLACES["US-CA"], "For 12 months after your employment ends, you will not work for any "
                                   "competitor of the Company.")
    report = law_flags_of(text, dt.date(2026, 12, 7))
    lines = [f.law for f in report.text.flags if f.flag.id.startswith("law.")]
    assert lines and all("Not legal advice: confirm with an adviser or the official source." in x for x in lines)
    assert all("Business and Professions Code" in x and "as of 2025-01-01" in x for x in lines)


def test_a_place_named_in_passing_does_not_move_the_job():
    # the place of work is Denver; New York is only where the head office is
    text = ("Dear Sam,\nWe are pleased to offer you the position of Analyst at Harbour Company.\n"
            "Your place of work will be our office in Denver, Colorado.\n"
            "Our head office is in New York.\n"
            "You are entitled to 2 days of paid sick leave per year.\n")
    report = law_flags_of(text, dt.date(2026, 12, 7))
    assert not [f for f in report.flags if f.id.startswith("law.")]
    assert any("United States (federal)" in note for note in report.notes), report.notes
