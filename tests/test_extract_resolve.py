"""Score, then context, then resolve, then derive: each step on small texts and findings.

The context tests run a rule written here (so rule tuning elsewhere cannot move them);
the resolve and derive tests build findings and terms by hand; the last group runs the
whole chain through the shipped rules on short letters.
"""
from __future__ import annotations

import datetime as dt
import textwrap
from decimal import Decimal as D

import pytest

from offercheck.api import extract_document
from offercheck.context import doc_context
from offercheck.derive import derive
from offercheck.document import DocumentBuilder
from offercheck.context import DocContext
from offercheck.extract import Extractor
from offercheck.fields import FIELDS
from offercheck.model import Evidence, Finding, NotFound, Reason, Term
from offercheck.render.json import term_value
from offercheck.resolve import MIN_SCORE, resolve
from offercheck.rulebook import load_rulebook
from offercheck.values import Duration, Money


def make_doc(*paragraphs: str, fmt: str = "txt"):
    b = DocumentBuilder()
    for p in paragraphs:
        b.add(p, sep="\n\n")
    return b.build(f"letter.{fmt}", fmt)


# --- token patterns: a spaCy Matcher, started only when the words are there -----------

TOKEN_RULE = textwrap.dedent("""\
    field: at_will
    description: At-will, written as spaCy token patterns.
    patterns:
      - name: at-will-tokens
        value: true
        tokens: [{LOWER: at}, {ORTH: "-", OP: "?"}, {LOWER: will}, {IS_PUNCT: true, OP: "?"},
                 {LOWER: {IN: [employment, employee, basis]}}]
    examples:
      - {text: "You will be an at-will employee.", match: "at-will employee"}
      - {text: "We will meet at noon.", match: null}
    """)


def test_a_token_pattern_matches_through_spacy_and_only_when_its_words_are_in_order(tmp_path):
    import subprocess
    import sys

    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "at-will.yaml").write_text(TOKEN_RULE, encoding="utf-8")
    probe = textwrap.dedent("""\
        import sys
        from offercheck.extract import Extractor
        from offercheck.rulebook import load_rulebook
        from offercheck.document import DocumentBuilder
        book = load_rulebook([sys.argv[1]])
        rule = book.by_id("t.at-will")
        b = DocumentBuilder(); b.add(sys.argv[2])
        found = Extractor(book).findings(b.build("x.txt", "txt"), [rule])
        print([f.evidence[0].text for f in found], "spacy" in sys.modules)
        """)
    def run(text):
        r = subprocess.run([sys.executable, "-c", probe, str(tmp_path), text], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        return r.stdout.strip()
    assert run("Your employment is at-will employment, as the law allows.") == "['at-will employment'] True"
    assert run("Your employment is at will: basis of pay is set at the end.") == "['at will: basis'] True"
    # the words are all there, but not in the pattern's order: spaCy is never imported
    assert run("We will look at your employment history.") == "[] False"


# --- context: boosts, penalties and vetoes change the score and say why ----------------

BONUS_RULE = textwrap.dedent("""\
    field: signing_bonus
    description: A bonus amount, with context that raises, lowers or vetoes it.
    normalizer: amount.v1
    score: 0.6
    context:
      - {name: one-time, near: 'one[- ]time', side: before, within: 30, add: 0.2}
      - {name: sign-on, near: 'sign[- ]on', side: line, add: 0.3}
      - {name: discretionary, near: 'discretion', side: after, within: 40, add: -0.3}
      - {name: worked example, near: 'for example', side: before, within: 40, veto: true}
      - {name: repayable, near: 'repay', side: sentence, add: -0.2}
      - {name: pro rata, near: 'pro rata', side: clause, add: -0.1}
    patterns:
      - name: bonus-of
        regex: 'bonus of (?P<value>{money})'
    examples:
      - {text: "a one-time bonus of $5,000", match: "bonus of $5,000"}
      - {text: "no bonus", match: null}
    """)


@pytest.fixture(scope="module")
def bonus(tmp_path_factory):
    root = tmp_path_factory.mktemp("rules")
    (root / "test").mkdir()
    (root / "test" / "bonus.yaml").write_text(BONUS_RULE, encoding="utf-8")
    book = load_rulebook([root])
    extractor = Extractor(book)
    rule = book.by_id("test.bonus")

    def run(text: str) -> list[Finding]:
        return extractor.findings(make_doc(text), [rule], DocContext(currency="USD"))
    return run


def test_without_context_a_finding_keeps_its_base_score(bonus):
    [f] = bonus("You will receive a bonus of $5,000.")
    assert (f.base_score, f.score, f.reasons) == (0.6, 0.6, ())
    assert f.value == Money(D(5000), "USD", None, "$5,000")
    assert f.evidence[0].text == "bonus of $5,000"


def test_a_context_word_in_its_window_raises_the_score_and_is_the_reason(bonus):
    [f] = bonus("You will receive a one-time bonus of $5,000.")
    assert f.base_score == 0.6
    assert f.score == pytest.approx(0.8)
    assert f.reasons == (Reason("'one-time' before", 0.2),)


def test_a_context_word_outside_its_window_changes_nothing(bonus):
    [f] = bonus("A one-time payment is not planned this year; you will receive a bonus of $5,000.")
    assert f.score == 0.6 and f.reasons == ()


def test_boosts_add_up_and_the_score_is_capped_below_one(bonus):
    [f] = bonus("As a sign-on award you get a one-time bonus of $5,000.")
    assert [r.what for r in f.reasons] == ["'one-time' before", "'sign-on' line"]
    assert f.score == 0.99  # 0.6 + 0.2 + 0.3, capped


def test_a_negative_context_lowers_the_score_below_what_resolve_keeps(bonus):
    findings = bonus("You may receive a bonus of $5,000 at the Company's sole discretion.")
    [f] = findings
    assert f.score == pytest.approx(0.3)
    assert f.reasons == (Reason("'discretionary' after", -0.3),)
    terms, missing = resolve(findings)
    assert "signing_bonus" not in terms
    assert missing["signing_bonus"] == NotFound("signing_bonus")


def test_a_veto_word_removes_the_finding(bonus):
    assert bonus("For example, a one-time bonus of $5,000 would be paid in March.") == []
    assert len(bonus("A one-time bonus of $5,000 would be paid in March.")) == 1


def test_a_sentence_window_reaches_past_an_abbreviation_and_stops_at_the_sentence_end(bonus):
    [f] = bonus("You repay it, e.g. on leaving, with a bonus of $5,000 paid now.")
    assert f.reasons == (Reason("'repayable' sentence", -0.2),)
    for text in ("You repay nothing. A bonus of $5,000 is paid now.",
                 "A bonus of $5,000 is paid now. You repay nothing."):
        [f] = bonus(text)
        assert f.reasons == ()


def test_a_clause_window_is_the_sentence_cut_at_line_breaks(bonus):
    [f] = bonus("Paid pro rata, a bonus of $5,000 is due.")
    assert f.reasons == (Reason("'pro rata' clause", -0.1),)
    [f] = bonus("Paid pro rata\na bonus of $5,000 is due.")
    assert f.reasons == ()


# --- resolve: the best finding per field, deterministic, runners-up kept ---------------

TEXT = "x" * 400


def finding(field, value, start, score, base=0.7, rule="test.rule", pattern="p"):
    ev = Evidence(TEXT[start:start + 10], start, start + 10)
    return Finding(field, value, (ev,), rule, pattern, base, score)


def salary(amount):
    return Money(D(amount), "USD", "year")


def test_resolve_picks_the_higher_score_wherever_it_is():
    early, late = finding("base_salary", salary(90000), 10, 0.7), finding("base_salary", salary(95000), 200, 0.9)
    terms, _ = resolve([early, late])
    term = terms["base_salary"]
    assert term.value == salary(95000)
    assert term.finding is late
    assert term.confidence == 0.9
    assert term.evidence == late.evidence
    assert term.runners_up == (early,)


def test_resolve_breaks_a_score_tie_by_base_score_then_by_the_earlier_place():
    a = finding("pto_days", D(20), 300, 0.8, base=0.6)
    b = finding("pto_days", D(25), 200, 0.8, base=0.8)
    c = finding("pto_days", D(30), 100, 0.8, base=0.6)
    assert resolve([a, b, c])[0]["pto_days"].value == D(25)  # higher base score
    assert resolve([a, c])[0]["pto_days"].value == D(30)  # same base: the earlier one
    assert resolve([c, a])[0]["pto_days"].value == D(30)  # whatever the input order


def test_runners_up_are_the_next_distinct_values_at_most_three():
    findings = [finding("pto_days", D(20), 0, 0.9), finding("pto_days", D(20), 20, 0.85),
                finding("pto_days", D(15), 40, 0.8), finding("pto_days", D(10), 60, 0.75),
                finding("pto_days", D(15), 80, 0.7), finding("pto_days", D(5), 100, 0.65),
                finding("pto_days", D(1), 120, 0.6)]
    term = resolve(findings)[0]["pto_days"]
    assert term.value == D(20)
    assert [r.value for r in term.runners_up] == [D(15), D(10), D(5)]


def test_the_same_value_stated_twice_raises_confidence():
    once = resolve([finding("pto_days", D(20), 0, 0.8)])[0]["pto_days"]
    twice = resolve([finding("pto_days", D(20), 0, 0.8), finding("pto_days", D(20), 50, 0.7)])[0]["pto_days"]
    assert once.confidence == 0.8
    assert twice.confidence == 0.83


def test_findings_below_the_minimum_score_leave_the_field_not_found():
    terms, missing = resolve([finding("pto_days", D(20), 0, MIN_SCORE - 0.01)])
    assert terms == {}
    assert missing["pto_days"] == NotFound("pto_days")
    assert "pto_days" in resolve([finding("pto_days", D(20), 0, MIN_SCORE)])[0]


def test_a_list_field_is_the_union_of_its_findings_in_vocabulary_order():
    findings = [finding("benefits", "retirement", 10, 0.9), finding("benefits", "health", 200, 0.6),
                finding("benefits", "dental", 100, 0.8), finding("benefits", "health", 300, 0.7)]
    term = resolve(findings)[0]["benefits"]
    assert term.value == ["health", "dental", "retirement"]
    assert [e.start for e in term.evidence] == [10, 100, 300]  # one per value, best of each, in text order
    assert term.confidence == 0.7  # the weakest value chosen


def test_equity_is_assembled_from_its_parts():
    findings = [finding("equity.kind", "options", 10, 0.8), finding("equity.quantity", D(12000), 30, 0.7),
                finding("equity.vesting_months", 48, 50, 0.8), finding("equity.cliff_months", 12, 70, 0.6),
                finding("equity.value", Money(D(50000), "USD", None), 90, 0.7)]
    term = resolve(findings)[0]["equity"]
    assert term_value(term) == {"kind": "options", "quantity": 12000, "value": 50000, "currency": "USD",
                                "vesting_months": 48, "cliff_months": 12}
    assert [e.start for e in term.evidence] == [10, 30, 50, 70, 90]
    assert term.confidence == 0.72  # the mean of the parts
    assert term.finding.field == "equity.kind"


def test_equity_parts_not_found_are_null():
    term = resolve([finding("equity.kind", "rsu", 10, 0.8)])[0]["equity"]
    assert term_value(term) == {"kind": "rsu", "quantity": None, "value": None, "currency": None,
                                "vesting_months": None, "cliff_months": None}


def test_a_non_compete_duration_alone_means_a_non_compete_is_present():
    term = resolve([finding("non_compete.duration", Duration(D(12), "month"), 10, 0.7)])[0]["non_compete"]
    assert term_value(term) == {"present": True, "duration": {"value": 12, "unit": "month"}}


def test_a_non_compete_without_a_duration_has_a_null_duration():
    term = resolve([finding("non_compete.present", True, 10, 0.8)])[0]["non_compete"]
    assert term_value(term) == {"present": True, "duration": None}


def test_of_two_confident_covenant_lengths_the_longest_is_taken():
    # TERMS.md: where a contract states two lengths (two non-competes, or alternatives "12, 6 or
    # 3 months"), the longest; a weak reading never lengthens a covenant
    year = finding("non_compete.duration", Duration(D(1), "year"), 10, 0.8)
    two_years = finding("non_compete.duration", Duration(D(2), "year"), 200, 0.6)
    weak = finding("non_compete.duration", Duration(D(3), "year"), 300, 0.55)
    assert term_value(resolve([year, two_years])[0]["non_compete"])["duration"] == {"value": 2, "unit": "year"}
    assert term_value(resolve([year, weak])[0]["non_compete"])["duration"] == {"value": 1, "unit": "year"}
    solicit = [finding("non_solicit.duration", Duration(D(18), "month"), 10, 0.8),
               finding("non_solicit.duration", Duration(D(6), "month"), 50, 0.9)]
    assert term_value(resolve(solicit)[0]["non_solicit"])["duration"] == {"value": 18, "unit": "month"}


def test_annual_bonus_takes_the_better_of_a_percent_and_an_amount():
    percent = finding("annual_bonus.target_percent", D(10), 10, 0.8)
    amount = finding("annual_bonus.amount", Money(D(20000), "USD", None), 50, 0.7)
    assert term_value(resolve([percent, amount])[0]["annual_bonus"]) == {"target_percent": 10}
    stronger = finding("annual_bonus.amount", Money(D(20000), "USD", None), 50, 0.9)
    term = resolve([percent, stronger])[0]["annual_bonus"]
    assert term_value(term) == {"amount": 20000, "currency": "USD"}
    assert term.runners_up == (percent,)


# --- derive: values a careful reader works out from others -----------------------------

def term(field, value, start=0, confidence=0.8):
    f = finding(field, value, start, confidence)
    return Term(field, value, f.evidence, confidence, f)


def test_hours_per_week_is_hours_a_day_times_days_a_week():
    per_day, days = term("_hours_per_day", D("7.5"), 10), term("_days_per_week", D(5), 40, 0.7)
    out = derive({}, {"_hours_per_day": per_day, "_days_per_week": days}, DocContext())
    hours = out["hours_per_week"]
    assert hours.value == D("37.5")
    assert hours.evidence == per_day.evidence + days.evidence
    assert hours.confidence == 0.6  # the weaker source, less 0.1
    assert hours.finding.rule == "derive.hours_per_week"


def test_derived_hours_never_override_stated_hours_or_leave_a_plausible_week():
    stated = term("hours_per_week", D(40))
    internal = {"_hours_per_day": term("_hours_per_day", D(8)), "_days_per_week": term("_days_per_week", D(6))}
    assert derive({"hours_per_week": stated}, internal, DocContext())["hours_per_week"] is stated
    internal["_hours_per_day"] = term("_hours_per_day", D(14))
    internal["_days_per_week"] = term("_days_per_week", D(7))
    assert "hours_per_week" not in derive({}, internal, DocContext())  # 98 hours: not a working week


@pytest.mark.parametrize("hours,expected", [(D(35), "full_time"), (D("37.5"), "full_time"), (D(30), None)])
def test_employment_type_is_full_time_from_35_hours_a_week(hours, expected):
    out = derive({"hours_per_week": term("hours_per_week", hours)}, {}, DocContext())
    assert (out["employment_type"].value if "employment_type" in out else None) == expected


def test_a_stated_employment_type_is_kept():
    stated = term("employment_type", "part_time")
    out = derive({"hours_per_week": term("hours_per_week", D(38)), "employment_type": stated}, {}, DocContext())
    assert out["employment_type"] is stated


def test_end_date_is_the_day_before_the_anniversary_of_the_start():
    start, length = term("start_date", dt.date(2025, 4, 14)), term("_term_length", Duration(D(12), "month"))
    out = derive({"start_date": start}, {"_term_length": length}, DocContext())
    assert out["end_date"].value == dt.date(2026, 4, 13)
    assert out["end_date"].evidence == start.evidence + length.evidence
    assert out["fixed_term"].value is True


def test_offer_expiry_is_the_letter_date_plus_the_days_to_accept():
    # the letter's date is the document context's reading of it (context.doc_context)
    letter, within = term("_letter_date", dt.date(2025, 3, 3)), term("_expiry_within", Duration(D(7), "day"))
    ctx = DocContext(letter_date=letter.value, letter_date_finding=letter.finding)
    out = derive({}, {"_expiry_within": within}, ctx)
    assert out["offer_expiry"].value == dt.date(2025, 3, 10)
    assert out["offer_expiry"].evidence == letter.evidence + within.evidence


def test_a_stated_offer_expiry_is_kept():
    stated = term("offer_expiry", dt.date(2025, 3, 31))
    internal = {"_letter_date": term("_letter_date", dt.date(2025, 3, 3)),
                "_expiry_within": term("_expiry_within", Duration(D(7), "day"))}
    assert derive({"offer_expiry": stated}, internal, DocContext())["offer_expiry"] is stated


def test_at_will_employment_is_not_fixed_term():
    at_will = term("at_will", True)
    out = derive({"at_will": at_will}, {}, DocContext())
    assert out["fixed_term"].value is False
    assert out["fixed_term"].evidence == at_will.evidence


def test_fixed_term_is_not_guessed_without_a_sign():
    assert "fixed_term" not in derive({"at_will": term("at_will", False)}, {}, DocContext())
    assert "fixed_term" not in derive({"pto_days": term("pto_days", D(20))}, {}, DocContext())


# --- doc_context: where the letter is from decides what "$" means -----------------------

def test_doc_context_takes_the_jurisdiction_with_the_most_weight_and_the_best_letter_date():
    findings = [finding("_jurisdiction", "US", 0, 0.6), finding("_jurisdiction", "CA", 20, 0.6),
                finding("_jurisdiction", "CA", 40, 0.6),
                finding("_letter_date", dt.date(2025, 1, 2), 60, 0.6),
                finding("_letter_date", dt.date(2025, 1, 5), 80, 0.85)]
    ctx = doc_context(findings)
    assert (ctx.jurisdiction, ctx.currency, ctx.dayfirst) == ("CA", "CAD", True)
    assert ctx.letter_date == dt.date(2025, 1, 5)
    us = doc_context([finding("_jurisdiction", "US", 0, 0.6)])
    assert (us.currency, us.dayfirst) == ("USD", False)
    # no evidence of a country: a bare "$" is a dollar of no known country
    assert doc_context([]) == DocContext(dollar=None)
    uk = doc_context([finding("_jurisdiction", "UK", 0, 0.6)])
    assert (uk.currency, uk.dollar) == ("GBP", None)


@pytest.mark.parametrize("place,currency", [("Toronto, Ontario", "CAD"), ("Austin, Texas", "USD")])
def test_a_bare_dollar_takes_the_currency_of_where_the_letter_is_from(place, currency):
    doc = make_doc(f"Maple Byte\n100 King Street, {place}", "Dear Sam Lee,",
                   "Your annual salary will be $85,000.")
    salary_term = extract_document(doc).terms["base_salary"]
    assert term_value(salary_term) == {"amount": 85000, "currency": currency, "period": "year"}


# --- the whole chain through the shipped rules -----------------------------------------

@pytest.mark.parametrize("paragraphs,expected", [
    (["You will work 8 hours per day, Monday to Friday."],
     {"hours_per_week": 40, "employment_type": "full_time"}),
    (["Your employment will commence on 1 April 2025.", "This contract is for a fixed term of 12 months."],
     {"start_date": "2025-04-01", "end_date": "2026-03-31", "fixed_term": True}),
    (["March 3, 2025", "Dear Sam,", "Please sign and return this offer within 7 days of the date of this letter."],
     {"offer_expiry": "2025-03-10"}),
    (["Your employment with the Company is at will."], {"at_will": True, "fixed_term": False}),
], ids=["hours", "end-date", "offer-expiry", "at-will"])
def test_derived_values_from_short_letters(paragraphs, expected):
    terms = extract_document(make_doc(*paragraphs)).terms
    assert {f: term_value(terms[f]) for f in expected if f in terms} == expected


LETTER = (
    "Kestrel Robotics Ltd\n12 Harbour Row, Manchester M1 2AB",
    "2 December 2024",
    "Dear Priya Shah,",
    "We are delighted to offer you the role of Senior Test Engineer. Your salary will be £48,000 per annum,\n"
    "paid monthly in arrears. You will work 37.5 hours per week.",
    "You are entitled to 25 days’ holiday plus bank holidays. Your probation period is six months.",
    "After probation either party may end your employment by giving one month’s notice.",
    "You will be enrolled in the Company’s pension scheme and private medical insurance.",
    "Please sign and return this letter by 13 December 2024.",
)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_every_term_and_finding_quotes_the_text_verbatim(fmt):
    doc = make_doc(*LETTER, fmt=fmt)
    extraction = extract_document(doc)
    assert len(extraction.terms) >= 8, sorted(extraction.terms)
    for field, t in extraction.terms.items():
        assert t.evidence, field
        for ev in t.evidence:
            assert ev.text and doc.text[ev.start:ev.end] == ev.text, field
            assert ev.text == ev.text.strip(), field
            assert ev.page is None
            assert ev.block is not None, field  # DOCX and text: the paragraph; page is for PDF
    for f in extraction.findings:
        for ev in f.evidence:
            assert doc.text[ev.start:ev.end] == ev.text, f.rule


def test_every_field_is_either_a_term_or_explicitly_not_found():
    extraction = extract_document(make_doc(*LETTER))
    assert not set(extraction.terms) & set(extraction.missing)
    assert set(extraction.terms) | set(extraction.missing) == set(FIELDS)
    assert all(isinstance(m, NotFound) for m in extraction.missing.values())
