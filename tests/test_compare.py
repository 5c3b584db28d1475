"""Comparison, flags and checklist on hand-built extractions (independent of the rules)."""
from __future__ import annotations

import datetime as dt
import textwrap
from decimal import Decimal as D

import pytest

from offercheck.compare import same_text
from offercheck.report import build_report
from offercheck.describe import clause_number, sentence, where
from offercheck.document import DocumentBuilder
from offercheck.expectations import load_expectations
from offercheck.fields import FIELDS
from offercheck.api import _extractor
from offercheck.flag_checks import CHECKS, working_days
from offercheck.flags import find_flags
from offercheck.model import Evidence, Extraction, Finding, NotFound, Term
from offercheck.suggest import reply
from offercheck.values import Bonus, Covenant, Duration, Equity, Money

TODAY = dt.date(2025, 3, 3)  # a Monday


def extraction(terms: dict, findings: tuple = (), pages: int = 2) -> Extraction:
    """``{field: (clause text, value)}`` as an Extraction whose evidence slices the text."""
    b = DocumentBuilder()
    for i, (text, _) in enumerate(terms.values()):
        b.add(text, page=1 + i % pages)
    doc = b.build("offer.pdf", "pdf", pages=pages)
    out = {}
    for field, (text, value) in terms.items():
        start = doc.text.index(text)
        ev = Evidence(text, start, start + len(text), doc.page_at(start))
        out[field] = Term(field, value, (ev,), 0.9, Finding(field, value, (ev,), f"test.{field}", "p", 0.8, 0.9))
    return Extraction(doc, out, {f: NotFound(f) for f in FIELDS if f not in out}, tuple(findings))


def expect(tmp_path, text: str):
    path = tmp_path / "me.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_expectations(path)


def report(tmp_path, terms: dict, yaml: str, today: dt.date = TODAY):
    return build_report(extraction(terms), expect(tmp_path, yaml), today, "me.yaml")


def usd(n, period="year"):
    return Money(D(n), "USD", period)


def months(n):
    return Duration(D(n), "month")


SALARY = {"base_salary": ("Your salary will be $128,000 per year.", usd(128000))}


# -- statuses and severity -------------------------------------------------------------


def test_money_min_met_and_not_met(tmp_path):
    r = report(tmp_path, SALARY, "defaults: {currency: USD}\nbase_salary: 120000\n")
    (c,) = r.checks
    assert (c.status, c.severity, r.exit_code) == ("met", "high", 0)  # severity: how much it matters
    assert c.found == Money(D(128000), "USD", "year", c.found.raw)  # typed: JSON only in render/json.py
    assert c.evidence[0].text == "Your salary will be $128,000 per year."

    r = report(tmp_path, SALARY, "defaults: {currency: USD}\nbase_salary: {min: 135000, note: as discussed}\n")
    (c,) = r.checks
    assert (c.status, c.severity, r.exit_code) == ("not_met", "high", 1)
    assert (c.expected.min, c.expected.max) == (Money(D(135000), "USD", "year", "135000"), None)
    assert c.suggestion.ask == ("The letter (p. 1) says “Your salary will be $128,000 per year”, which sets the "
                                "base salary at $128,000 a year; could we bring it up to $135,000 a year?")
    assert c.suggestion.fallback == ("If $135,000 a year is not possible, propose meeting halfway at "
                                     "$131,500 a year.")
    assert c.suggestion.reason == "as discussed"
    assert "is below your minimum of $135,000 a year" in c.detail


@pytest.mark.parametrize("priority, severity", [("must", "high"), ("want", "medium"), ("nice", "low")])
def test_severity_follows_priority(tmp_path, priority, severity):
    r = report(tmp_path, SALARY, f"base_salary: {{min: 130000, priority: {priority}}}\n")
    assert r.checks[0].severity == severity
    assert r.exit_code == (1 if priority == "must" else 0)


@pytest.mark.parametrize("priority, walk_away, severity", [
    ("nice", 129000, "medium"),  # found 128k is past the walk-away: one level up
    ("want", 129000, "high"),
    ("must", 129000, "high"),    # high at most
    ("want", 125000, "medium"),  # not past it: unchanged
])
def test_walk_away_raises_severity_one_level(tmp_path, priority, walk_away, severity):
    r = report(tmp_path, SALARY, f"base_salary: {{min: 135000, walk_away: {walk_away}, priority: {priority}}}\n")
    c = r.checks[0]
    assert c.severity == severity
    if walk_away > 128000:
        assert "past your walk-away" in c.suggestion.fallback
    else:
        assert "meeting halfway" in c.suggestion.fallback and "walk-away is $125,000" in c.suggestion.fallback


def test_walk_away_on_a_maximum(tmp_path):
    terms = {"probation": ("A probationary period of nine months applies.", months(9))}
    r = report(tmp_path, terms, "probation: {max: 3 months, walk_away: 6 months, priority: want}\n")
    assert (r.checks[0].status, r.checks[0].severity) == ("not_met", "high")


def test_not_stated_asks_a_question_and_fails_a_must(tmp_path):
    r = report(tmp_path, SALARY, "signing_bonus: {required: true, priority: want}\nprobation: 3 months\n")
    bonus, probation = r.checks
    assert (bonus.status, bonus.severity, bonus.found) == ("not_stated", "medium", None)
    assert bonus.suggestion.question == ("The letter does not mention the signing bonus; "
                                         "could you confirm it in writing?")
    assert probation.status == "not_stated" and r.exit_code == 1


def test_exit_code_zero_when_every_must_is_met(tmp_path):
    terms = dict(SALARY, probation=("Probation lasts three months.", months(3)))
    r = report(tmp_path, terms, "base_salary: 100000\nprobation: 3 months\n"
                                "job_title: {equals: Manager, priority: want}\n")
    assert [c.status for c in r.checks] == ["met", "met", "not_stated"]
    assert r.exit_code == 0


# -- money: currency and period ----------------------------------------------------------


def test_different_currency_cannot_be_compared(tmp_path):
    terms = {"base_salary": ("Salary: €80,000 gross per annum.", Money(D(80000), "EUR", "year"))}
    r = report(tmp_path, terms, "defaults: {currency: USD}\nbase_salary: 90000\n")
    c = r.checks[0]
    assert c.status == "cannot_compare" and r.exit_code == 1
    assert "in EUR and you expect USD" in c.detail and "not converted" in c.detail
    assert "could you confirm the base salary in USD, or that EUR is intended?" in c.suggestion.question


def test_no_currency_in_the_expectation_reads_as_the_letters(tmp_path):
    r = report(tmp_path, SALARY, "base_salary: 120000\n")
    assert r.checks[0].status == "met"
    assert "Your expectation names no currency; read as USD." in r.checks[0].detail


def test_hourly_expectation_against_a_yearly_salary_uses_the_letters_hours(tmp_path):
    terms = dict(SALARY, hours_per_week=("You will work 37.5 hours per week.", D("37.5")))
    r = report(tmp_path, terms, 'base_salary: "$65 an hour"\n')
    c = r.checks[0]
    # 128,000 / (37.5 x 52) = 65.64 an hour
    assert c.status == "met"
    assert "about $65.64 an hour" in c.detail and "37.5 hours a week, as the letter states" in c.detail


def test_hourly_expectation_without_the_letters_hours_assumes_40(tmp_path):
    r = report(tmp_path, SALARY, 'base_salary: "$65 an hour"\n')
    c = r.checks[0]
    # 128,000 / (40 x 52) = 61.54 an hour
    assert c.status == "not_met"
    assert "about $61.54 an hour" in c.detail
    assert "40 hours a week, assumed: the letter does not state its hours" in c.detail
    assert "52 weeks a year" in c.detail


def test_hourly_with_the_candidates_default_hours(tmp_path):
    r = report(tmp_path, SALARY, 'defaults: {hours_per_week: 35}\nbase_salary: "$65 an hour"\n')
    c = r.checks[0]  # 128,000 / (35 x 52) = 70.33
    assert c.status == "met" and "35 hours a week, your defaults.hours_per_week" in c.detail


def test_monthly_pay_against_a_yearly_expectation(tmp_path):
    terms = {"base_salary": ("A salary of £3,500 per month.", Money(D(3500), "GBP", "month"))}
    r = report(tmp_path, terms, 'base_salary: "£42,000 per year"\n')
    assert r.checks[0].status == "met" and "12 months a year" in r.checks[0].detail


def test_bonus_percent_against_an_amount_goes_through_the_salary(tmp_path):
    terms = dict(SALARY, annual_bonus=("A target bonus of 10% of base salary.", Bonus(target_percent=D(10))))
    r = report(tmp_path, terms, 'annual_bonus: "$15,000"\n')
    c = r.checks[0]
    assert c.status == "not_met" and "10% of $128,000 a year" in c.detail
    r = report(tmp_path, terms, "annual_bonus: 8\n")
    assert r.checks[0].status == "met"
    r = report(tmp_path, {"annual_bonus": terms["annual_bonus"]}, 'annual_bonus: "$15,000"\n')
    assert r.checks[0].status == "cannot_compare"


# -- numbers, durations, dates -------------------------------------------------------------


def test_durations_compare_in_days(tmp_path):
    terms = {"notice_employee": ("You must give thirteen weeks' notice.", Duration(D(13), "week"))}
    assert report(tmp_path, terms, "notice_employee: 3 months\n").checks[0].status == "met"
    assert report(tmp_path, terms, "notice_employee: 1 month\n").checks[0].status == "not_met"
    assert report(tmp_path, terms, "notice_employee: {equals: 3 months}\n").checks[0].status == "met"  # within 3%
    assert report(tmp_path, terms, "notice_employee: {min: 4 months}\n").checks[0].status == "not_met"


def test_duration_fallback_is_halfway_in_whole_units_of_the_field(tmp_path):
    terms = {"probation": ("The probation period is six months.", months(6))}
    c = report(tmp_path, terms, "probation: 3 months\n").checks[0]
    assert c.suggestion.ask.endswith("sets the probation at 6 months; could we bring it down to 3 months?")
    # 4.5 months, rounded toward the ask to a whole month
    assert c.suggestion.fallback == "If 3 months is not possible, propose meeting halfway at 4 months."


def test_dates_compare_as_dates(tmp_path):
    terms = {"start_date": ("Your first day will be 17 March 2025.", dt.date(2025, 3, 17))}
    assert report(tmp_path, terms, "start_date: {not_before: 2025-03-10}\n").checks[0].status == "met"
    c = report(tmp_path, terms, "start_date: {not_before: 2025-04-01}\n").checks[0]
    assert c.status == "not_met" and c.suggestion.ask.endswith("could it be 2025-04-01 or later?")
    assert c.suggestion.fallback == "If 2025-04-01 is not possible, propose meeting halfway at 2025-03-25."
    assert report(tmp_path, terms, "start_date: {not_after: 2025-03-01}\n").checks[0].status == "not_met"
    assert report(tmp_path, terms, "start_date: 2025-03-17\n").checks[0].status == "met"


def test_numbers_and_unlimited_leave(tmp_path):
    terms = {"pto_days": ("You will receive 20 days of paid vacation.", D(20))}
    assert report(tmp_path, terms, "pto_days: 25\n").checks[0].status == "not_met"
    assert report(tmp_path, terms, "pto_days: {max: 25}\n").checks[0].status == "met"
    terms = {"pto_days": ("Our vacation policy is unlimited.", "unlimited")}
    assert report(tmp_path, terms, "pto_days: 25\n").checks[0].status == "met"
    assert report(tmp_path, terms, "pto_days: unlimited\n").checks[0].status == "met"
    hours = {"hours_per_week": ("Normal hours are 45 per week.", D(45))}
    assert report(tmp_path, hours, "hours_per_week: 40\n").checks[0].status == "not_met"  # at most 40


# -- names, enums, clauses, lists ------------------------------------------------------------


@pytest.mark.parametrize("found, wanted, ok", [
    ("Sr. Software Engineer", "Senior Software Engineer", True),
    ("senior software engineer", "Senior Software Engineer", True),
    ("Software Engineer", "Senior Software Engineer", False),
    ("Senior Software Engineer", "Software Engineer", False),
    ("Product Manager", "Senior Software Engineer", False),
])
def test_titles_compare_fuzzily_but_notice_a_missing_word(tmp_path, found, wanted, ok):
    terms = {"job_title": (f"You are hired as {found}.", found)}
    c = report(tmp_path, terms, f"job_title: {wanted}\n").checks[0]
    assert c.status == ("met" if ok else "not_met")
    if not ok:
        assert c.suggestion.ask.endswith(f"gives the job title as {found}; could it be {wanted}?")


def test_names_and_places_compare_fuzzily():
    assert same_text("Acme Widgets, Inc.", "acme widgets")
    assert same_text("Bangalore, Karnataka", "Bangalore", place=True)
    assert not same_text("Bangalore, Karnataka", "Mumbai", place=True)
    assert not same_text("Globex Corporation", "Acme Widgets")


def test_enum_one_of(tmp_path):
    terms = {"remote_policy": ("You will work from the office Monday to Thursday.", "hybrid")}
    assert report(tmp_path, terms, "remote_policy: {one_of: [remote, hybrid]}\n").checks[0].status == "met"
    c = report(tmp_path, terms, "remote_policy: remote\n").checks[0]
    assert c.status == "not_met" and c.suggestion.ask.endswith("could it be remote?")


def test_allowed_false_clause(tmp_path):
    nc = {"non_compete": ("For twelve months after you leave you shall not join a competitor.",
                          Covenant(True, months(12)))}
    c = report(tmp_path, nc, "non_compete: {allowed: false}\n").checks[0]
    assert c.status == "not_met" and "The letter has a non-compete." in c.detail
    assert c.suggestion.ask.endswith("includes a non-compete; could it be removed?")
    assert c.suggestion.fallback.startswith("If they will not remove it, ask to narrow it")

    c = report(tmp_path, SALARY, "non_compete: false\narbitration: {allowed: false}\n").checks
    assert [(x.status, x.detail) for x in c] == [("met", "No non-compete found in the letter."),
                                                 ("met", "No arbitration clause found in the letter.")]
    stated_no = {"arbitration": ("Nothing in this letter requires arbitration.", False)}
    c = report(tmp_path, stated_no, "arbitration: false\n").checks[0]
    assert (c.status, c.detail) == ("met", "The letter rules out an arbitration clause.")
    yes = {"arbitration": ("All disputes shall be settled by binding arbitration.", True)}
    assert report(tmp_path, yes, "arbitration: false\n").checks[0].status == "not_met"


def test_non_compete_length(tmp_path):
    nc = {"non_compete": ("You shall not compete for 12 months.", Covenant(True, months(12)))}
    c = report(tmp_path, nc, "non_compete: {max: 6 months}\n").checks[0]
    assert c.status == "not_met" and "could we bring it down to 6 months?" in c.suggestion.ask
    vague = {"non_compete": ("You shall not compete.", Covenant(True, None))}
    c = report(tmp_path, vague, "non_compete: {max: 6 months}\n").checks[0]
    assert c.status == "cannot_compare" and "how long the non-compete lasts" in c.suggestion.question


def test_required_list(tmp_path):
    terms = {"benefits": ("Medical and vision cover are provided.", ["health", "vision"])}
    assert report(tmp_path, terms, "benefits: [health, vision]\n").checks[0].status == "met"
    c = report(tmp_path, terms, "benefits: [health, dental, retirement]\n").checks[0]
    assert c.status == "not_met" and c.detail == "Missing: dental, retirement."
    assert "but not dental, retirement; could dental, retirement be included?" in c.suggestion.ask
    c = report(tmp_path, SALARY, "benefits: [health]\n").checks[0]
    assert c.status == "not_stated"


def test_bool_equals(tmp_path):
    terms = {"overtime_eligible": ("This position is exempt from overtime.", False)}
    assert report(tmp_path, terms, "overtime_eligible: true\n").checks[0].status == "not_met"
    assert report(tmp_path, terms, "overtime_eligible: false\n").checks[0].status == "met"


def test_equity(tmp_path):
    terms = {"equity": ("You will be granted 8,000 RSUs vesting over four years.",
                        Equity("rsu", D(8000), vesting_months=D(48), cliff_months=D(12)))}
    checks = report(tmp_path, terms, "equity: {min: 10000, one_of: [rsu, options]}\n").checks
    assert checks[0].status == "not_met" and "could we bring it up to 10,000?" in checks[0].suggestion.ask
    c = report(tmp_path, terms, 'equity: {min: "$50,000"}\n').checks[0]
    assert c.status == "cannot_compare" and "does not state the size of the grant" in c.detail
    terms = {"equity": ("A grant of Restricted Stock Units worth $150,000.",
                        Equity("rsu", value=Money(D(150000), "USD"), currency="USD"))}
    c = report(tmp_path, terms, "equity: {min: 10000}\n").checks[0]
    assert c.status == "cannot_compare"
    assert c.suggestion.question.endswith("gives the equity as rsu, worth $150,000; could you confirm the size of the grant?")
    assert report(tmp_path, terms, 'equity: {min: "$100,000"}\n').checks[0].status == "met"


# -- the report as a whole ---------------------------------------------------------------------


def test_report_without_expectations_has_flags_and_checklist_but_no_checks():
    ex = extraction({"arbitration": ("Disputes go to binding arbitration.", True)})
    r = build_report(ex, None, TODAY, None)
    assert r.checks == () and r.exit_code == 0 and r.today == "2025-03-03"
    assert [f.id for f in r.flags] == ["clause.arbitration"]
    assert "No expectations given" in r.notes[0]
    assert any("Ask to remove or narrow: arbitration clause." == line for line in r.checklist)


def test_checklist_lines(tmp_path):
    terms = dict(SALARY,
                 benefits=("Health insurance is provided.", ["health"]),
                 contingencies=("This offer is subject to a background check.", ["background_check"]),
                 offer_expiry=("Please accept by 10 March 2025.", dt.date(2025, 3, 10)))
    r = report(tmp_path, terms, "base_salary: 135000\nbenefits: [health, dental]\nprobation: 3 months\n"
                                "clawback: false\n")
    lines = r.checklist
    assert lines[0] == "Read every page (all 2), including any handbook or policy it refers to."
    assert lines[1] == ("Confirm the salary, hours, benefits and terms are as agreed "
                        "(base salary: $128,000 a year; benefits: health).")
    assert ("Put 5 questions to the recruiter in writing: probation, working hours, notice period, paid leave, "
            "pay frequency.") in lines
    assert "Send a counter-proposal for each gap (2): base salary, benefits." in lines
    assert ("When everything is as agreed, sign and return the letter with the documents requested "
            "(background check).") in lines
    assert "Reply before the deadline, 2025-03-10 (7 days left)." in lines
    assert lines[-1] == "Send one consolidated, professional reply rather than a string of emails."


def test_checklist_deadline_passed_today_and_missing(tmp_path):
    terms = {"offer_expiry": ("Please accept by 10 March 2025.", dt.date(2025, 3, 10))}
    passed = report(tmp_path, terms, "probation: 3 months\n", today=dt.date(2025, 3, 12)).checklist
    assert "The deadline to accept (2025-03-10) has already passed; ask whether the offer still stands." in passed
    today = report(tmp_path, terms, "probation: 3 months\n", today=dt.date(2025, 3, 10)).checklist
    assert "Reply today: the deadline to accept is 2025-03-10." in today
    none = report(tmp_path, SALARY, "probation: 3 months\n").checklist
    assert "Reply promptly: the letter gives no deadline, so ask by when they need your answer." in none


# -- flags ------------------------------------------------------------------------------------


def flag_ids(terms: dict, findings=(), today=TODAY) -> dict:
    return {f.id: f for f in find_flags(extraction(terms, findings), today)}


def test_flag_non_compete():
    long = flag_ids({"non_compete": ("No competing for 12 months.", Covenant(True, months(12)))})
    f = long["clause.non_compete"]
    assert (f.severity, f.title) == ("high", "Non-compete after you leave (12 months)")
    assert f.evidence[0].text == "No competing for 12 months." and f.suggestion
    short = flag_ids({"non_compete": ("No competing for 3 months.", Covenant(True, months(3)))})
    assert short["clause.non_compete"].severity == "medium"
    assert flag_ids({"non_compete": ("No non-compete.", Covenant(False))}) == {}


def test_flag_clawback_and_arbitration():
    ids = flag_ids({"clawback": ("You must repay the bonus if you leave within a year.", True),
                    "arbitration": ("Disputes go to binding arbitration.", True)})
    assert set(ids) == {"clause.clawback", "clause.arbitration"}
    assert flag_ids({"arbitration": ("No arbitration applies.", False)}) == {}


def test_flag_long_probation():
    assert "probation.long" in flag_ids({"probation": ("Probation is nine months.", months(9))})
    assert flag_ids({"probation": ("Probation is six months.", months(6))}) == {}
    assert flag_ids({"probation": ("Probation is 26 weeks.", Duration(D(26), "week"))}) == {}


def test_flag_uneven_notice():
    ids = flag_ids({"notice_employee": ("You must give three months' notice.", months(3)),
                    "notice_employer": ("We will give you one month's notice.", months(1))})
    f = ids["notice.uneven"]
    assert f.title == "You must give more notice (3 months) than the employer (1 month)"
    assert len(f.evidence) == 2
    assert flag_ids({"notice_employee": ("One month.", months(1)),
                     "notice_employer": ("Four weeks.", Duration(D(4), "week"))}) == {}


def letter_dated(day: dt.date) -> Finding:
    ev = Evidence("3 March 2025", 0, 12, 1)
    return Finding("_letter_date", day, (ev,), "test.letter-date", "p", 0.8, 0.9)


def test_flag_deadline_passed_and_short():
    expiry = {"offer_expiry": ("Please accept by 5 March 2025.", dt.date(2025, 3, 5))}
    passed = flag_ids(expiry, today=dt.date(2025, 3, 6))
    assert passed["deadline.passed"].severity == "high"
    # dated Monday 3 March, due Wednesday 5 March: 2 working days
    short = flag_ids(expiry, findings=(letter_dated(dt.date(2025, 3, 3)),))
    assert short["deadline.short"].title.startswith("Short deadline: 2 working days")
    # dated the Friday before: Mon, Tue, Wed = 3 working days: fine
    assert flag_ids(expiry, findings=(letter_dated(dt.date(2025, 2, 28)),)) == {}
    # no letter date: only "passed" can be judged
    assert flag_ids(expiry) == {}


def test_working_days_skip_weekends():
    assert working_days(dt.date(2025, 2, 28), dt.date(2025, 3, 5)) == 3
    assert working_days(dt.date(2025, 3, 3), dt.date(2025, 3, 3)) == 0


def test_each_flag_is_a_rule_and_its_checks_are_registered():
    rules = {r.flag.id: r for r in _extractor(()).rulebook.rules if r.flag is not None}
    assert set(rules) >= {"clause.non_compete", "clause.clawback", "clause.arbitration", "probation.long",
                          "notice.uneven", "deadline.passed", "deadline.short", "discretion.terms",
                          "overtime.unpaid", "pay.two_salaries", "start.two_dates", "pay.components"}
    assert all(r.flag.why and r.flag.ask for r in rules.values())
    assert all(r.flag.when.check in CHECKS for r in rules.values() if r.flag.when and r.flag.when.check)


# -- flags from the wording of the letter -------------------------------------------------


WORDING = ("_signing_block", "_extra_hours", "_unpaid_overtime", "_pay_table_header", "_pay_row", "_pay_measure")


def wording_findings(doc) -> list[Finding]:
    """What the extraction pass finds for the flag stage: the flag rules' wording, and where
    the signature blocks, extra hours, unpaid overtime, pay tables and
    the words that say what a pay figure measures are."""
    ex = _extractor(())
    return ex.findings(doc, [r for r in ex.rulebook.rules if r.flag is not None or r.field in WORDING])


def text_flags(*paragraphs: str, terms: dict | None = None, findings=(), today=TODAY) -> dict:
    """Flags of a letter made of these paragraphs (one line each), plus hand-built terms."""
    b = DocumentBuilder()
    for p in paragraphs:
        b.add(p, page=1)
    for text, _ in (terms or {}).values():
        b.add(text, page=2)
    doc = b.build("offer.pdf", "pdf", pages=2)
    out = {}
    for field, (text, value) in (terms or {}).items():
        start = doc.text.index(text)
        ev = Evidence(text, start, start + len(text), doc.page_at(start))
        out[field] = Term(field, value, (ev,), 0.9, Finding(field, value, (ev,), f"test.{field}", "p", 0.8, 0.9))
    ex = Extraction(doc, out, {f: NotFound(f) for f in FIELDS if f not in out},
                    tuple(findings) + tuple(wording_findings(doc)))
    flags = find_flags(ex, today)
    for f in flags:  # evidence is always a verbatim slice of the document
        assert f.evidence and all(doc.text[e.start:e.end] == e.text for e in f.evidence), f
    return {f.id: f for f in flags}


def test_flag_terms_in_another_document():
    ids = text_flags("Sick pay above SSP is governed by the sickness absence policy in the Staff Handbook.",
                     "You must sign the Company's Employee Confidentiality and Invention Assignment Agreement "
                     "(the \"Confidentiality Agreement\") before you start.",
                     "The Confidentiality Agreement also contains a covenant not to compete.")
    f = ids["refers.other_document"]
    assert f.title == "Terms set out in another document: Staff Handbook, Confidentiality Agreement"
    assert f.suggestion == ("Ask for a copy of the Staff Handbook and Confidentiality Agreement before you sign, "
                            "and which parts of them bind you.")
    assert f.severity == "medium" and len(f.evidence) == 3
    # the letter itself, and documents named in lowercase, are not "another document"
    assert "refers.other_document" not in text_flags("This Agreement is the whole agreement.",
                                                     "You may join the company pension plan.")


@pytest.mark.parametrize("text, shown", [
    ("Line manager | [insert]", "“[insert]”"),
    ("Your salary will be £[●] per annum.", "“[●]”"),
    ("Start date: [DATE TO BE AGREED]", "“[DATE TO BE AGREED]”"),
    ("Your bonus target is TBD.", "“TBD”"),
    ("Reporting to {{manager_name}}.", "“{{manager_name}}”"),
])
def test_flag_placeholder_left_in_the_letter(text, shown):
    f = text_flags(text)["blank.placeholder"]
    assert f.title == f"A blank left in the letter: {shown}"


def test_flag_blank_line_outside_the_signature_block():
    ids = text_flags("Your line manager will be ____________.", "Signed for the Company",
                     "Signature: ______________ Date: __________")
    assert ids["blank.line"].evidence[0].text == "____________"
    assert len(ids["blank.line"].evidence) == 1  # signature and date lines are meant to be blank
    assert text_flags("Dear Daniel,", "ACCEPTANCE", "I will join on ____________.",
                      "Signature: ________ Date: ________") == {}
    # markup-like brackets in a letter are not blanks
    assert text_flags("You shall not work for a competitor [bold]x[/bold].") == {}


def test_flag_discretion_to_change_terms():
    ids = text_flags("17.1 The Company may vary these terms at its discretion.")
    assert ids["discretion.terms"].severity == "high"
    assert "discretion.terms" in text_flags("The Company reserves the right to, at any time, amend your duties.")
    assert "discretion.terms" not in text_flags(
        "Your employment is at will, which can be changed only in a written agreement signed by you.")
    ids = text_flags("The Company may change or end its benefit plans from time to time.",
                     "You are governed by its Employee Handbook as amended from time to time.",
                     "The Company may transfer you to any of its offices in India.")
    assert set(ids) >= {"discretion.policies", "discretion.transfer"}
    assert len(ids["discretion.policies"].evidence) == 2


def test_flag_ip_assignment_beyond_the_job():
    ids = text_flags("You assign to the Company all inventions you make during your employment, whether or "
                     "not during working hours.")
    assert ids["ip.beyond_job"].severity == "high"
    assert "ip.beyond_job" in text_flags("This includes inventions conceived on your own time.")
    assert "ip.beyond_job" in text_flags("It covers any invention you made before your employment.")
    assert text_flags("All inventions that you create in the course of your employment belong to the Company.") == {}
    assert text_flags("This does not apply to inventions you develop on your own time without Company "
                      "equipment (California Labor Code section 2870).") == {}
    # signing a document before the start date is not an invention made before it
    assert text_flags("You must sign the Invention Assignment before your start date.") == {}


def test_flag_no_overtime_pay_with_long_hours():
    ids = text_flags("6.2 You may be required to work additional hours when the needs of the business require it.",
                     "You will not receive extra pay for additional hours.")
    f = ids["overtime.unpaid"]
    assert f.title == "No overtime pay, with long hours (extra hours when needed)" and len(f.evidence) == 2
    ids = text_flags(terms={"hours_per_week": ("You will work 50 hours a week.", D(50)),
                            "overtime_eligible": ("This is an exempt position.", False)})
    assert ids["overtime.unpaid"].title == "No overtime pay, with long hours (50 hours a week)"
    # exempt, but no long hours in sight: nothing to flag
    assert text_flags(terms={"overtime_eligible": ("This is an exempt position.", False)}) == {}
    # extra hours, and the letter says nothing about paying them: a question
    ids = text_flags("You may occasionally be required to work beyond these hours, or on weekends.")
    assert ids["overtime.unstated"].severity == "low"
    assert text_flags("You may be required to work additional hours.", "Overtime is paid at time and a half.",
                      terms={"overtime_eligible": ("Overtime is paid at time and a half.", True)}) == {}


# -- consistency inside the letter ----------------------------------------------------------


def salary_finding(doc, text: str, value, score=0.8) -> Finding:
    start = doc.text.index(text)
    ev = Evidence(text, start, start + len(text), doc.page_at(start))
    return Finding("base_salary", value, (ev,), "test.salary", "p", 0.8, score)


def salary_flags(first: tuple, second: tuple) -> dict:
    b = DocumentBuilder()
    b.add(first[0], page=1)
    b.add(second[0], page=2)
    doc = b.build("offer.pdf", "pdf", pages=2)
    f1, f2 = salary_finding(doc, first[0], first[1]), salary_finding(doc, second[0], second[1], 0.6)
    term = Term("base_salary", f1.value, f1.evidence, 0.9, f1, (f2,))
    ex = Extraction(doc, {"base_salary": term}, {}, (f1, f2) + tuple(wording_findings(doc)))
    return {f.id: f for f in find_flags(ex, TODAY)}


def gbp(n, period):
    return Money(D(n), "GBP", period)


def test_flag_monthly_times_twelve_is_not_the_annual_salary():
    ids = salary_flags(("Your salary is £45,000 per annum.", gbp(45000, "year")),
                       ("You will be paid £3,500 per month.", gbp(3500, "month")))
    f = ids["pay.monthly_annual"]
    assert f.title == "Monthly and annual pay do not agree: £3,500 a month × 12 is £42,000 a year, not £45,000 a year"
    assert f.severity == "high" and len(f.evidence) == 2
    # the same pay, stated twice
    assert salary_flags(("Your salary is £42,000 per annum.", gbp(42000, "year")),
                        ("You will be paid £3,500 per month.", gbp(3500, "month"))) == {}


def test_indian_ctc_is_not_twelve_monthly_gross_salaries():
    inr = lambda n, p: Money(D(n), "INR", p)  # noqa: E731
    assert salary_flags(("Your Cost to Company (CTC) will be ₹12,00,000 per annum.", inr(1200000, "year")),
                        ("Your monthly gross salary will be ₹93,276.", inr(93276, "month"))) == {}


def test_flag_two_different_salaries():
    ids = salary_flags(("Your salary is $128,000 per year.", usd(128000)),
                       ("Base salary: $138,000 per year.", usd(138000)))
    assert ids["pay.two_salaries"].title == "Two different salaries: $128,000 a year and $138,000 a year"


def test_flag_two_start_dates():
    b = DocumentBuilder()
    b.add("Your first day will be 7 April 2025.", page=1)
    b.add("Start date: 14 April 2025", page=2)
    doc = b.build("offer.pdf", "pdf", pages=2)

    def finding(text, day, score):
        start = doc.text.index(text)
        ev = Evidence(text, start, start + len(text), doc.page_at(start))
        return Finding("start_date", day, (ev,), "test.start", "p", 0.8, score)
    f1, f2 = finding("Your first day will be 7 April 2025.", dt.date(2025, 4, 7), 0.9), \
        finding("Start date: 14 April 2025", dt.date(2025, 4, 14), 0.7)
    term = Term("start_date", f1.value, f1.evidence, 0.9, f1, (f2,))
    ids = {f.id: f for f in find_flags(Extraction(doc, {"start_date": term}, {}, (f1, f2)), TODAY)}
    assert ids["start.two_dates"].title == "Two different start dates: 2025-04-07 and 2025-04-14"
    weak = finding("Start date: 14 April 2025", dt.date(2025, 4, 14), 0.3)  # below the trusted score
    assert find_flags(Extraction(doc, {"start_date": term}, {}, (f1, weak)), TODAY) == ()


CTC_TABLE = """\
Annexure A – Compensation Structure
Component Monthly (Rs.) Annual (Rs.)
A. Fixed Salary
Basic Salary 40,000 4,80,000
House Rent Allowance (HRA) 20,000 2,40,000
Special Allowance 33,276 3,99,312
Gross Salary (A) 93,276 11,19,312
B. Retirals
Employer's Contribution to Provident Fund 4,800 57,600
Gratuity 1,924 23,088
Total Retirals (B) 6,724 80,688
Total Cost to Company (A + B) 1,00,000 12,00,000
Notes
1. The employee's own Provident Fund contribution is deducted from the Gross Salary."""


def ctc_flags(table: str, ctc: int | None = None) -> dict:
    b = DocumentBuilder()
    line = f"Your total Cost to Company (CTC) will be ₹{ctc:,} per annum." if ctc else "Welcome."
    b.add(line, page=1)
    for row in table.splitlines():
        b.add(row, page=3)
    doc = b.build("offer.pdf", "pdf", pages=3)
    terms = {}
    if ctc:
        f = salary_finding(doc, line, Money(D(ctc), "INR", "year"))
        terms["base_salary"] = Term("base_salary", f.value, f.evidence, 0.9, f)
    found = tuple(t.finding for t in terms.values()) + tuple(wording_findings(doc))
    flags = find_flags(Extraction(doc, terms, {}, found), TODAY)
    for f in flags:
        assert all(doc.text[e.start:e.end] == e.text for e in f.evidence)
    return {f.id: f for f in flags}


def test_ctc_table_that_adds_up_is_no_flag():
    assert ctc_flags(CTC_TABLE, ctc=1200000) == {}


def test_flag_ctc_components_that_do_not_add_up():
    ids = ctc_flags(CTC_TABLE.replace("Special Allowance 33,276 3,99,312", "Special Allowance 38,276 4,59,312"))
    f = ids["pay.components"]
    assert f.title == "The monthly pay components add up to 105,000, not the stated total of 100,000"
    ids = ctc_flags(CTC_TABLE.replace("Special Allowance 33,276 3,99,312", "Special Allowance 38,276 4,59,312"),
                    ctc=1200000)  # the letter's currency shows where it is known
    assert ids["pay.components"].title == ("The monthly pay components add up to ₹1,05,000, not the stated "
                                           "total of ₹1,00,000")
    assert f.evidence[0].text == "Total Cost to Company (A + B) 1,00,000 12,00,000"


def test_flag_ctc_row_whose_annual_figure_is_not_twelve_months():
    ids = ctc_flags(CTC_TABLE.replace("Gratuity 1,924 23,088", "Gratuity 1,924 25,088")
                    .replace("12,00,000", "12,02,000"))
    f = ids["pay.monthly_annual"]
    assert f.title == "Gratuity: 1,924 a month × 12 is 23,088, not 25,088 a year"


def test_flag_ctc_in_the_letter_is_not_the_tables_total():
    ids = ctc_flags(CTC_TABLE, ctc=1300000)
    assert ids["pay.two_salaries"].title == ("The letter's CTC (₹13,00,000 a year) is not the total of its "
                                             "break-up (₹12,00,000 a year)")


def test_flags_come_most_severe_first():
    ids = text_flags("The Company may transfer you to any of its offices.",
                     "The Company may vary these terms at its discretion.")
    assert [f.severity for f in ids.values()] == ["high", "medium"]


# -- where a clause is, and what it says -----------------------------------------------------

NUMBERED = """\
Dear Chloe,
Please read the terms below.
1. Commencement
1.1 Your employment begins on 6 January 2025.
4. Compensation. Your total Cost to Company will be ₹12,00,000 per annum. The break-up is in Annexure A.
5. Salary
Your salary is paid monthly in arrears on the last working day of each month.
11. Background Verification. This offer is subject to satisfactory background verification, including
verification of your educational qualifications.
(b) your signing the agreement; and
Annexure A
Notes
1. The employee's own contribution is deducted from the Gross Salary."""


def doc_of(text: str):
    b = DocumentBuilder()
    for line in text.split("\n"):
        b.add(line, page=1)
    return b.build("offer.pdf", "pdf", pages=1)


@pytest.mark.parametrize("needle, number", [
    ("Your employment begins", "1.1"),
    ("₹12,00,000", "4"),
    ("paid monthly in arrears", "5"),              # a paragraph under a short numbered heading
    ("verification of your educational", "11"),    # a line that carries on the clause above
    ("your signing the agreement", "11"),
    ("own contribution is deducted", None),        # a list that starts again at 1 is not the clauses
    ("Please read the terms", None),
])
def test_clause_numbers(needle, number):
    doc = doc_of(NUMBERED)
    assert clause_number(doc, doc.text.index(needle)) == number


def test_no_clause_numbers_where_the_document_does_not_number_its_clauses():
    doc = doc_of("Dear Daniel,\n1. Please sign below.\nBase salary. You will be paid $128,000 per year.")
    assert clause_number(doc, doc.text.index("$128,000")) is None


def ev_of(doc, needle: str) -> Evidence:
    start = doc.text.index(needle)
    return Evidence(needle, start, start + len(needle), doc.page_at(start))


def test_sentence_quotes_the_whole_sentence_verbatim():
    doc = doc_of(NUMBERED)
    assert sentence(doc, ev_of(doc, "₹12,00,000")) == "Your total Cost to Company will be ₹12,00,000 per annum."
    # a heading alone says little: the next sentence joins it
    doc = doc_of("Non-competition. Because of your role, the Agreement contains a covenant not to compete.")
    assert sentence(doc, ev_of(doc, "Non-competition")) == (
        "Non-competition. Because of your role, the Agreement contains a covenant not to compete.")
    # abbreviations do not end a sentence
    doc = doc_of("You will work for Acme Widgets, Inc. as a Senior Engineer from Monday.")
    assert sentence(doc, ev_of(doc, "Senior Engineer")) == doc.text.strip()


def test_a_long_sentence_is_cut_around_the_evidence_which_stays_whole():
    words = " ".join(f"word{i}" for i in range(60))
    doc = doc_of(f"{words} a salary of $128,000 per year {words}.")
    out = sentence(doc, ev_of(doc, "a salary of $128,000 per year"), limit=80)
    assert out.startswith("…") and out.endswith("…") and len(out) <= 82
    assert "a salary of $128,000 per year" in out
    assert out.strip("…") in doc.text


def test_the_ask_quotes_the_clause_with_its_number_and_page(tmp_path):
    doc = doc_of(NUMBERED)
    ev = ev_of(doc, "₹12,00,000")
    value = Money(D(1200000), "INR", "year")
    ex = Extraction(doc, {"base_salary": Term("base_salary", value, (ev,), 0.9)}, {})
    r = build_report(ex, expect(tmp_path, "base_salary: 1400000\n"), TODAY, "me.yaml")
    assert r.checks[0].suggestion.ask == (
        "Clause 4 (p. 1) says “Your total Cost to Company will be ₹12,00,000 per annum”, which sets the base "
        "salary at ₹12,00,000 a year; could we bring it up to ₹14,00,000 a year?")
    assert where(r.checks[0].evidence, doc) == "p. 1, clause 4"


def test_questions_to_the_recruiter_do_not_say_you_for_the_candidate(tmp_path):
    r = report(tmp_path, SALARY, "notice_employee: 1 month\n")
    assert r.checks[0].suggestion.question == ("The letter does not mention the notice I would have to give; "
                                               "could you confirm it in writing?")


# -- one reply to the recruiter ---------------------------------------------------------------


def test_reply_lists_asks_and_questions_but_keeps_walk_away_and_notes_private(tmp_path):
    terms = dict(SALARY,
                 non_compete=("For 12 months you shall not work for a competitor.",
                              Covenant(True, months(12))),
                 arbitration=("Disputes go to binding arbitration.", True),
                 offer_expiry=("Please accept by 10 March 2025.", dt.date(2025, 3, 10)),
                 job_title=("You will join as Senior Data Engineer.", "Senior Data Engineer"))
    r = report(tmp_path, terms, "defaults: {currency: USD}\n"
                                "base_salary: {min: 135000, walk_away: 125000, note: my secret other offer}\n"
                                "non_compete: {allowed: false}\nsick_days: {min: 5, priority: want}\n"
                                "pto_days: {min: 20, priority: nice}\n")
    out = reply(r.extraction, r.checks, r.flags, dt.date.fromisoformat(r.today))
    assert out.role == "Senior Data Engineer" and out.deadline == "2025-03-10"
    assert out.asks[0].endswith("could we bring it up to $135,000 a year?")
    assert out.asks[1].endswith("which includes a non-compete; could it be removed?")
    # the non-compete flag is already an ask; arbitration (a flag only) is raised once
    assert sum("non-compete" in a for a in out.asks) == 1
    assert any("arbitration covers" in a for a in out.asks)
    # then what any letter should state; paid leave is already asked as paid time off
    assert out.unstated == ("paid sick days", "paid time off", "working hours", "notice period", "pay frequency")
    text = " ".join(out.asks + out.questions + out.unstated)
    assert "125,000" not in text and "secret" not in text and "halfway" not in text


def test_reply_puts_a_passed_deadline_first(tmp_path):
    terms = {"offer_expiry": ("Please accept by 10 March 2025.", dt.date(2025, 3, 10))}
    r = report(tmp_path, terms, "probation: 3 months\n", today=dt.date(2025, 3, 12))
    out = reply(r.extraction, r.checks, r.flags, dt.date.fromisoformat(r.today))
    assert out.questions[0] == "The date to accept in the letter has passed; could you confirm the offer still stands?"
    assert out.deadline is None
