"""`offercheck offers`: three team-written letters (tests/offers/) in three currencies and
three pay periods, side by side. The totals are recomputed here by hand, from the figures
the letters state, never by calling the code that computed them."""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import os
import warnings
from decimal import Decimal
from pathlib import Path

import pytest

from offercheck import cli
from offercheck.api import check_offer, check_offers
from offercheck.offers import build_offers
from offercheck.render.offers import by_name

ROOT = Path(__file__).resolve().parents[1]
HERE = Path("tests") / "offers"
US, UK, CA = (HERE / "us-staff-engineer-rsu.txt", HERE / "uk-analyst-monthly.txt", HERE / "ca-hourly-options.txt")
EXPECT = HERE / "expect.yaml"
TODAY = dt.date(2026, 6, 3)
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("OFFERCHECK_UPDATE_GOLDEN") == "1"

# The letters' own figures, as they are written in them.
US_SALARY, US_BONUS_PCT, US_SIGNING, US_RSU, US_VEST, US_CLIFF, US_MATCH = 180_000, 15, 20_000, 120_000, 48, 12, 4
UK_MONTHLY, UK_BONUS_PCT, UK_PENSION = 5_000, 10, 6
CA_HOURLY, CA_HOURS, CA_OPTIONS, CA_VEST, CA_MATCH = Decimal("40.00"), Decimal("37.5"), 4_000, 36, 3


@pytest.fixture(scope="module")
def chdir_root():
    cwd = os.getcwd()
    os.chdir(ROOT)
    yield
    os.chdir(cwd)


@pytest.fixture(scope="module")
def reports(chdir_root):
    """Each letter's own report (checked once), in the order US, UK, CA."""
    return [check_offer(p, EXPECT, today=TODAY) for p in (US, UK, CA)]


def offers(reports, **kw):
    return build_offers(reports, [str(p) for p in (US, UK, CA)], expectations_path=str(EXPECT),
                        today=TODAY.isoformat(), **kw)


def amounts(report, key: str, part: str) -> list[dict]:
    """{currency: amount} of each offer in the pay row ``key`` (first_year or over_years)."""
    row = next(r for r in report.pay if r.key == key)
    return [{m.currency: m.amount for m in getattr(cell, part)} for cell in row.cells]


def test_totals_are_what_a_person_computes_by_hand(reports):
    report = offers(reports)
    # A: $180,000 a year, 15% target bonus, $20,000 signing once, $120,000 of RSUs over 48
    # months with a 12-month cliff (a quarter at month 12), 4% 401(k) match
    us_first = 180_000 + 180_000 * 15 / 100 + 20_000 + 120_000 * 12 / 48 + 180_000 * 4 / 100
    us_four = 4 * 180_000 + 4 * 27_000 + 20_000 + 120_000 + 4 * 7_200
    assert (us_first, us_four) == (264_200, 996_800)
    # B: £5,000 a month x 12, 10% target bonus, 6% pension
    uk_first = 5_000 * 12 + 60_000 * 10 / 100 + 60_000 * 6 / 100
    assert uk_first == 69_600
    # C: C$40 an hour x 37.5 hours a week (the letter's own) x 52, 3% RRSP match; the
    # options have no value in money without --price
    ca_first = 40 * 37.5 * 52 + 78_000 * 3 / 100
    assert ca_first == 80_340
    assert amounts(report, "total_first_year", "first_year") == [
        {"USD": us_first}, {"GBP": uk_first}, {"CAD": Decimal(str(ca_first))}]
    assert amounts(report, "total_over_years", "over_years") == [
        {"USD": us_four}, {"GBP": 4 * uk_first}, {"CAD": 4 * Decimal(str(ca_first))}]
    base = next(r for r in report.pay if r.key == "base")
    assert "C$40 an hour × 37.5 hours a week × 52 = C$78,000 a year" in base.cells[2].text
    assert "£5,000 a month × 12 = £60,000 a year" in base.cells[1].text


def test_without_a_rate_currencies_stay_apart_with_a_note(reports):
    report = offers(reports)
    assert not any(r.key.startswith("total_converted") for r in report.pay)
    assert report.rates == () and report.rates_text == "Rates used: none."
    note = next(n for n in report.pay_notes if "different currencies" in n)
    assert "CAD, GBP, USD" in note and "not compared" in note and "--rate" in note


def test_with_rates_every_total_is_converted_and_every_rate_shown(reports):
    from offercheck.offers import parse_rates
    target, rates = parse_rates(["GBP:USD=1.27", "cad:usd=0.73"], None)
    report = offers(reports, currency=target, rates=rates)
    assert amounts(report, "total_converted_first_year", "first_year") == [
        {"USD": 264_200}, {"USD": Decimal("69600") * Decimal("1.27")}, {"USD": Decimal("80340") * Decimal("0.73")}]
    assert Decimal("69600") * Decimal("1.27") == 88_392
    assert amounts(report, "total_converted_over_years", "over_years")[1] == {"USD": Decimal("278400") * Decimal("1.27")}
    assert report.rates_text == "Rates used (yours): 1 GBP = 1.27 USD; 1 CAD = 0.73 USD."
    row = next(r for r in report.pay if r.key == "total_converted_first_year")
    assert row.cells[1].text == "$88,392 (at 1 GBP = 1.27 USD)"
    assert row.cells[0].text == "$264,200"


def test_a_missing_rate_leaves_that_offer_unconverted(reports):
    from offercheck.offers import parse_rates
    target, rates = parse_rates(["GBP=1.27"], "USD")
    report = offers(reports, currency=target, rates=rates)
    row = next(r for r in report.pay if r.key == "total_converted_first_year")
    assert not row.cells[2].counted and "no --rate for CAD into USD" in row.cells[2].text
    assert [r.text for r in report.rates] == ["1 GBP = 1.27 USD"]


def test_options_are_a_count_unless_the_user_prices_them(reports):
    report = offers(reports)
    equity = next(r for r in report.pay if r.key == "equity")
    assert not equity.cells[2].counted and "4,000 options: a count, not money" in equity.cells[2].text
    priced = offers(reports, prices={"C": Decimal("5")})
    equity = next(r for r in priced.pay if r.key == "equity")
    # 4,000 x C$5 = C$20,000 over 36 months after a 12-month cliff: a third in the first year
    assert equity.cells[2].first_year[0].amount == Decimal("6666.67")  # 20,000 x 12 / 36, to the cent
    assert equity.cells[2].over_years[0].amount == 20_000  # fully vested within 4 years
    assert amounts(priced, "total_first_year", "first_year")[2] == {"CAD": Decimal("80340") + Decimal("6666.67")}


def test_shorter_horizon_counts_only_what_has_vested(reports):
    report = offers(reports, years=2)
    equity = next(r for r in report.pay if r.key == "equity")
    assert equity.cells[0].over_years[0].amount == 120_000 * 24 / 48
    assert amounts(report, "total_over_years", "over_years")[0] == {"USD": 2 * 180_000 + 2 * 27_000 + 20_000 + 60_000
                                                                    + 2 * 7_200}


def _with_terms(report, terms):
    return dataclasses.replace(report, extraction=dataclasses.replace(report.extraction, terms=terms))


def _with_term(report, field, **changes):
    """The report with one term read otherwise, as another letter might be."""
    terms = dict(report.extraction.terms)
    terms[field] = dataclasses.replace(terms[field], **changes)
    return _with_terms(report, terms)


def test_an_unsure_salary_is_shown_but_not_counted(reports):
    unsure = _with_term(reports[1], "base_salary", confidence=0.5)
    report = offers([reports[0], unsure, reports[2]])
    base = next(r for r in report.pay if r.key == "base")
    assert not base.cells[1].counted and "unsure reading, confidence 0.50: not counted" in base.cells[1].text
    # the bonus and pension are percents of that salary: not counted either
    assert amounts(report, "total_first_year", "first_year")[1] == {}
    assert any(n.startswith("B: the base salary reading is unsure") for n in report.pay_notes)
    assert next(r for r in report.terms if r.key == "base_salary").cells[1].endswith("(unsure, 0.50)")


def test_an_hourly_rate_without_hours_is_not_put_on_a_year(reports):
    terms = dict(reports[2].extraction.terms)
    del terms["hours_per_week"]
    no_hours = _with_terms(reports[2], terms)
    report = offers([reports[0], reports[1], no_hours])
    base = next(r for r in report.pay if r.key == "base")
    assert not base.cells[2].counted and "states no weekly hours" in base.cells[2].text
    assert amounts(report, "total_first_year", "first_year")[2] == {}


def test_checks_per_offer_and_who_meets_more_must_haves(reports):
    report = offers(reports)
    assert [r.key for r in report.checks] == ["pto_days", "start_date", "remote_policy"]
    assert report.checks[0].cells == ("MET: 20 days", "MET: 25 days plus bank holidays", "NOT MET: 15 days")
    assert report.checks[1].cells[1] == "NOT MET: 2026-08-03"
    assert [(c.musts, c.musts_met) for c in report.offers] == [(2, 2), (2, 1), (2, 1)]
    assert "A meets every must-have." in report.musts_summary
    assert "not weighed" in report.musts_summary
    assert report.exit_code == 0
    # without A, no offer meets every must: exit 1, and the leader is named as such
    two = build_offers(reports[1:], [str(UK), str(CA)], expectations_path=str(EXPECT), today=TODAY.isoformat())
    assert two.exit_code == 1
    assert "No offer meets every must-have; A and B meet the most (1 of 2)." in two.musts_summary


def test_every_term_is_one_row_with_a_cell_per_offer(reports):
    report = offers(reports)
    rows = {r.key: r.cells for r in report.terms}
    assert rows["base_salary"] == ("$180,000 a year", "£5,000 a month", "C$40 an hour")
    assert rows["signing_bonus"] == ("$20,000", "not stated", "not stated")
    assert rows["hours_per_week"][0] == "not stated"


# -- the command line ----------------------------------------------------------------------

def run_main(capsys, *args) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return info.value.code, out, err


@pytest.mark.parametrize("args, needle", [
    ([US], "at least two files"),
    ([US, US], "given twice"),
    ([US, ROOT / US], "given twice"),
    ([US, UK, "--years", "0"], "--years must be between 1 and 30"),
    ([US, UK, "--years", "1000"], "--years must be between 1 and 30"),
    ([US, UK, "--rate", "GBP=1.27"], "names no currency to convert into"),
    ([US, UK, "--rate", "GBP:USD"], "has no '='"),
    ([US, UK, "--rate", "GBP:USD=abc"], "is not a number"),
    ([US, UK, "--rate", "GBP:USD=-1"], "positive number"),
    ([US, UK, "--rate", "GB:USD=1.2"], "three-letter currency code"),
    ([US, UK, "--rate", "GBP:USD=1.2", "--rate", "GBP:USD=1.3"], "given twice"),
    ([US, UK, "--rate", "GBP:USD=1.2", "--rate", "CAD:EUR=0.7"], "several currencies"),
    ([US, UK, "--price", "Z=3"], "must name an offer by its letter"),
])
def test_bad_input_is_a_short_error(capsys, chdir_root, args, needle):
    code, out, err = run_main(capsys, "offers", *args, "--today", "2026-06-03")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert 1 <= len(lines) <= 3 and lines[0].startswith("offercheck: ") and "Traceback" not in err, err
    assert needle in err


def test_cli_json_and_exit_status(capsys, chdir_root):
    code, out, err = run_main(capsys, "offers", US, UK, CA, "-e", EXPECT, "-f", "json", "--today", "2026-06-03",
                              "--rate", "GBP:USD=1.27", "--rate", "CAD:USD=0.73")
    data = json.loads(out)
    assert code == 0 == data["exit_code"]
    assert data["schema_version"] == "offers-1.0" and data["currency"] == "USD"
    assert data["rates"] == [{"from": "GBP", "to": "USD", "rate": 1.27}, {"from": "CAD", "to": "USD", "rate": 0.73}]
    total = next(r for r in data["pay"] if r["row"] == "total_converted_first_year")
    assert total["cells"][1]["first_year"] == [{"amount": 88392, "currency": "USD"}]
    assert [o["label"] for o in data["offers"]] == ["A", "B", "C"]
    code, _, _ = run_main(capsys, "offers", UK, CA, "-e", EXPECT, "--today", "2026-06-03")
    assert code == 1


def test_api_checks_options_before_reading_any_letter(tmp_path):
    from offercheck.errors import UsageError
    with pytest.raises(UsageError, match="--years"):
        check_offers([tmp_path / "missing-a.pdf", tmp_path / "missing-b.pdf"], years=0)


# -- golden views --------------------------------------------------------------------------

VIEWS = {"txt": "terminal", "md": "markdown", "json": "json"}


@pytest.mark.parametrize("ext", list(VIEWS))
def test_golden_offers(chdir_root, ext):
    report = check_offers([US, UK, CA], EXPECT, today=TODAY, rates=["GBP:USD=1.27"], currency="USD")
    actual = by_name(VIEWS[ext])(report, color=False)
    path = GOLDEN / f"offers-us-uk-ca.{ext}"
    if UPDATE:
        if not path.exists() or path.read_text(encoding="utf-8") != actual:
            path.write_text(actual, encoding="utf-8")
            warnings.warn(f"rewrote {path.name}")
        return
    expected = path.read_text(encoding="utf-8")
    if expected != actual:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "stored", "now", n=2))
        pytest.fail(f"the offers view changed; if intended, run OFFERCHECK_UPDATE_GOLDEN=1 python -m pytest -q "
                    f"tests/test_offers.py\n\n{diff}", pytrace=False)


def test_a_ctc_in_lakh_is_named_as_such_and_converted_only_with_a_rate(chdir_root):
    """An Indian CTC of 18 lakh a year beside the UK letter's £5,000 a month."""
    india = HERE / "in-ctc-lakh.txt"
    report = check_offers([india, UK], today=TODAY, rates=["INR:GBP=0.0095"])
    ctc = 18 * 100_000  # 18 lakh
    assert amounts(report, "total_first_year", "first_year")[0] == {"INR": ctc}
    # 18,00,000 x 0.0095 = 17,100; the UK total (69,600) needs no conversion
    assert amounts(report, "total_converted_first_year", "first_year") == [{"GBP": 17_100}, {"GBP": 69_600}]
    assert next(r for r in report.terms if r.key == "base_salary").cells[0] == \
        "CTC (total cost to company): ₹18,00,000 a year"
    assert any(n.startswith("A: the pay figure is a CTC (total cost to company)") for n in report.pay_notes)
    assert report.exit_code == 0 and report.checks == () and "No expectations given" in report.notes[0]
