"""The confidence model: shipped, deterministic, a ceiling on salaries, and unsure values asked about."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

from test_compare import SALARY, expect, extraction, usd

from offercheck import confidence
from offercheck.report import build_report, term_row
from offercheck.model import Evidence, Finding, Reason, Term

TODAY = __import__("datetime").date(2025, 3, 3)


def _salary_term(base: float, currency="USD", rivals=0):
    ev = Evidence("Your salary will be $91,000 per year.", 0, 37, 1)
    value = usd(91000) if currency else replace(usd(91000), currency=None)
    lead = Finding("base_salary", value, (ev,), "compensation.base-salary", "p", base, base + 0.1,
                   (Reason("'a pay heading' section", 0.25),))
    others = [Finding("base_salary", usd(5000 + i), (ev,), "compensation.base-salary", "q", 0.7, 0.7)
              for i in range(rivals)]
    return Term("base_salary", value, (ev,), 0.8, lead), [lead, *others]


def test_the_model_ships_and_gives_a_probability():
    m = confidence.model()
    assert m is not None and len(m["features"]) == len(m["coef"]) == len(m["mean"]) == len(m["scale"])
    term, findings = _salary_term(0.8)
    x = confidence.features(term, findings)
    p = confidence.probability(x, m)
    assert 0 < p < 1
    assert p == confidence.probability(x, m)  # pure arithmetic, no randomness


def test_more_agreement_and_fewer_rivals_raise_confidence():
    m = confidence.model()
    term, findings = _salary_term(0.8)
    alone = confidence.probability(confidence.features(term, findings), m)
    _, crowded = _salary_term(0.8, rivals=3)
    rivalled = confidence.probability(confidence.features(term, crowded), m)
    assert rivalled < alone


def test_a_salary_is_sure_only_on_strong_evidence():
    for term, findings in (_salary_term(0.3), _salary_term(0.8, currency=None), _salary_term(0.8, rivals=1)):
        (out,) = confidence.calibrate({"base_salary": term}, findings).values()
        assert out.confidence <= confidence.SALARY_CEILING


def test_a_salary_read_from_a_scan_is_never_sure():
    term, findings = _salary_term(0.9)  # read on page 1
    (typed,) = confidence.calibrate({"base_salary": term}, findings).values()
    (scanned,) = confidence.calibrate({"base_salary": term}, findings, scanned=frozenset({1})).values()
    (other_page,) = confidence.calibrate({"base_salary": term}, findings, scanned=frozenset({2})).values()
    assert scanned.confidence <= confidence.SALARY_CEILING < typed.confidence
    assert other_page.confidence == typed.confidence


def test_an_unsure_value_is_marked_and_its_check_asks_to_confirm(tmp_path):
    ex = extraction(SALARY)
    ex.terms["base_salary"] = replace(ex.terms["base_salary"], confidence=0.55)
    rep = build_report(ex, expect(tmp_path, "base_salary: {min: 100000, currency: USD, period: year}\n"),
                       TODAY, "me.yaml")
    check = next(c for c in rep.checks if c.field == "base_salary")
    assert check.status == "cannot_compare"  # not "met", though $128,000 is above the minimum
    assert check.detail.startswith("Unsure reading") and "$128,000" in check.detail
    assert "confirm" in check.suggestion.question
    assert term_row(ex.terms["base_salary"]).confidence == "0.55 unsure"


def test_a_sure_value_is_compared_as_before(tmp_path):
    rep = build_report(extraction(SALARY), expect(tmp_path, "base_salary: {min: 100000, currency: USD, period: year}\n"),
                       TODAY, "me.yaml")
    assert next(c for c in rep.checks if c.field == "base_salary").status == "met"
