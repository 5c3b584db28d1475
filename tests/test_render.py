"""The renderers: every section is present, document text is escaped, colour is optional."""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import textwrap
from decimal import Decimal as D
from pathlib import Path

import pytest

from offercheck.report import build_report
from offercheck.document import DocumentBuilder
from offercheck.errors import UsageError
from offercheck.expectations import load_expectations
from offercheck.fields import FIELDS
from offercheck.model import Evidence, Extraction, Finding, NotFound, Reason, Term
from offercheck.describe import DISCLAIMER, human
from offercheck.render import by_name
from offercheck.render.terminal import terms_table
from offercheck.report import terms_text
from offercheck.values import Bonus, Covenant, Duration, Equity, Money

ESC = "\x1b["
CLAUSES = {
    "base_salary": ("Your salary will be $128,000 per year.", Money(D(128000), "USD", "year")),
    "probation": ("A probation period of nine months applies.", Duration(D(9), "month")),
    "non_compete": ("For 12 months you shall not work for a competitor <script>alert(1)</script> [bold]x[/bold].",
                    Covenant(True, Duration(D(12), "month"))),
    "benefits": ("Medical & vision cover | provided.", ["health", "vision"]),
    "offer_expiry": ("Please accept by 10 March 2025.", dt.date(2025, 3, 10)),
}


def extraction() -> Extraction:
    b = DocumentBuilder()
    for i, (text, _) in enumerate(CLAUSES.values()):
        b.add(text, page=1 + i // 3)
    doc = b.build("offer.pdf", "pdf", pages=2)
    terms = {}
    for field, (text, value) in CLAUSES.items():
        start = doc.text.index(text)
        ev = Evidence(text, start, start + len(text), doc.page_at(start))
        runner = Finding(field, value, (ev,), f"test.{field}-alt", "loose", 0.3, 0.35)
        finding = Finding(field, value, (ev,), f"test.{field}", "strict", 0.7, 0.9,
                          (Reason("context word 'salary'", 0.2),))
        terms[field] = Term(field, value, (ev,), 0.9, finding, (runner,) if field == "base_salary" else ())
    return Extraction(doc, terms, {f: NotFound(f) for f in FIELDS if f not in terms})


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "me.yaml"
    path.write_text(textwrap.dedent("""\
        defaults: {currency: USD}
        base_salary: {min: 135000, walk_away: 130000, note: the figure in the phone call}
        probation: 3 months
        benefits: [health, dental]
        non_compete: {allowed: false}
        signing_bonus: {priority: nice}
        """), encoding="utf-8")
    return build_report(extraction(), load_expectations(path), dt.date(2025, 3, 3), str(path))


KEY_STRINGS = [
    "offer.pdf", "NOT MET", "NOT STATED", "HIGH", "LOW", "base salary", "at least $135,000 a year",
    "$128,000 a year", "Non-compete after you leave (12 months)", "Probation longer than 6 months (9 months)",
    "could we bring it up to $135,000 a year?", "the figure in the phone call",
    "The letter does not mention the signing bonus; could you confirm it in writing?",
    "Reply before the deadline, 2025-03-10 (7 days left).",
    "Send one consolidated, professional reply rather than a string of emails.", DISCLAIMER,
]


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_every_section_is_present(report, fmt):
    out = by_name(fmt)(report)
    readable = html.unescape(out) if fmt == "html" else re.sub(r"\\(.)", r"\1", out)
    readable = " ".join(readable.split())  # the terminal wraps long lines
    for s in KEY_STRINGS:
        assert s in readable, (fmt, s)
    names = ["Checks", "Red flags", "What to ask for", "Terms found", "Before you sign"]
    titles = {"terminal": names, "markdown": [f"## {n}" for n in names],
              "html": [f"<h2>{n}</h2>" for n in names]}[fmt]
    positions = [out.index(t) for t in titles]
    assert positions == sorted(positions)
    if fmt == "html":  # the last word, before the closing tags
        out = re.sub(r"<[^>]+>", "", out.rsplit("</main>", 1)[1])
    assert out.strip().strip("*").endswith(DISCLAIMER)


def test_json_ends_with_the_disclaimer(report):
    data = json.loads(by_name("json")(report))
    assert list(data)[-1] == "disclaimer" and data["disclaimer"] == DISCLAIMER


def test_terminal_has_no_escape_codes_without_colour(report):
    assert ESC not in by_name("terminal")(report, color=False)


def test_terminal_colour_shows_severity_as_colour_and_word(report, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = by_name("terminal")(report, color=True)
    assert ESC in out
    assert "\x1b[1;31mHIGH" in out  # bold red, and the word


def test_no_color_environment_wins(report, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert ESC not in by_name("terminal")(report, color=True)
    assert ESC not in terms_table(terms_text(report.extraction), color=True)


def test_terminal_prints_document_text_literally(report):
    out = " ".join(by_name("terminal")(report).split())
    assert "<script>alert(1)</script> [bold]x[/bold]" in out  # not read as rich markup


def test_html_escapes_document_text(report):
    out = by_name("html")(report)
    assert "<script" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "Medical &amp; vision cover | provided." in out
    assert out.startswith("<!DOCTYPE html>") and "<style>" in out
    assert "http" not in out and "src=" not in out  # self-contained


def test_markdown_escapes_document_text(report):
    out = by_name("markdown")(report)
    assert "<script>" not in out and "\\<script\\>" in out
    assert "Medical & vision cover \\| provided." in out  # a pipe cannot break the table
    (row,) = [line for line in out.splitlines() if line.startswith("| benefits | health, vision |")]
    assert len(re.findall(r"(?<!\\)\|", row)) == 6  # five cells, whatever the evidence holds


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_explain_adds_the_rule_trail(report, fmt):
    plain, explained = by_name(fmt)(report), by_name(fmt)(report, explain=True)
    assert "test.base_salary" not in plain.replace("\\_", "_")
    text = explained.replace("\\_", "_").replace("&#x27;", "'")
    assert "rule test.base_salary · pattern strict · score 0.70 → 0.90" in text
    assert "+0.20 context word 'salary'" in text
    assert "runner-up: $128,000 a year (test.base_salary-alt, 0.35)" in text


def test_json_report(report):
    data = json.loads(by_name("json")(report))
    assert data["schema_version"] and data["exit_code"] == 1 and data["today"] == "2025-03-03"
    statuses = {c["field"]: c["status"] for c in data["checks"]}
    assert statuses == {"base_salary": "not_met", "probation": "not_met", "benefits": "not_met",
                        "non_compete": "not_met", "signing_bonus": "not_stated"}
    assert {f["id"] for f in data["flags"]} == {"clause.non_compete", "probation.long"}
    explained = json.loads(by_name("json")(report, explain=True))
    assert explained["terms"]["base_salary"]["explain"]["rule"] == "test.base_salary"


def test_terms_table():
    out = terms_table(terms_text(extraction()))
    assert "offer.pdf · PDF, 2 pages" in out and "$128,000 a year" in out and "0.90" in out
    assert "yes, 12 months" in out and ESC not in out


def test_report_without_expectations(report):
    r = build_report(extraction(), None, dt.date(2025, 3, 3), None)
    out = by_name("terminal")(r)
    assert "No expectations given" in " ".join(out.split()) and "NOT MET" not in out
    assert "Red flags" in out and DISCLAIMER in out


def test_unknown_format():
    with pytest.raises(UsageError, match="choose one of: terminal, markdown, json, html"):
        by_name("pdf")


@pytest.mark.parametrize("value, field, text", [
    (Money(D(128000), "USD", "year"), "base_salary", "$128,000 a year"),
    (Money(D("210000.00"), "USD", "year"), "base_salary", "$210,000 a year"),
    (Money(D("17.5"), "GBP", "hour"), "base_salary", "£17.50 an hour"),
    (Money(D(5000), "GBP"), "signing_bonus", "£5,000"),
    (Duration(D(3), "month"), "probation", "3 months"),
    (Duration(D(1), "month"), "probation", "1 month"),
    (dt.date(2025, 3, 1), "start_date", "2025-03-01"),
    (["health", "parental_leave"], "benefits", "health, parental leave"),
    ("full_time", "employment_type", "full time"),
    (D("37.5"), "hours_per_week", "37.5 hours a week"),
    (Covenant(True, None), "non_compete", "yes (length not stated)"),
    (Covenant(True, Duration(D(6), "month")), "non_compete", "yes, 6 months"),
    (Bonus(target_percent=D(15)), "annual_bonus", "15% target"),
    (Bonus(amount=Money(D(5000), "GBP")), "annual_bonus", "£5,000"),
    (Equity("options", D(4000), vesting_months=D(48), cliff_months=D(12)), "equity",
     "4,000 options, vesting over 48 months, 12-month cliff"),
    (Equity("rsu", value=Money(D(20000), "USD"), currency="USD"), "equity", "rsu, worth $20,000"),
    (True, "arbitration", "yes"),
    (None, "employer", "—"),
])
def test_values_read_for_people(value, field, text):
    assert human(value, field) == text


# -- the JSON contract ---------------------------------------------------------------------

SCHEMAS = Path(__file__).resolve().parents[1] / "src" / "offercheck" / "schemas"


def report_validator():
    import jsonschema
    schema = json.loads((SCHEMAS / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def test_json_report_follows_its_schema(report):
    data = json.loads(by_name("json")(report))
    report_validator().validate(data)
    c = {c["field"]: c for c in data["checks"]}
    assert set(c["base_salary"]["suggestion"]) == {"ask", "fallback", "reason"}
    assert set(c["signing_bonus"]["suggestion"]) == {"question", "reason"}
    assert c["base_salary"]["evidence"][0]["clause"] is None  # the fixture does not number its clauses
    assert data["deadline"] == {"date": "2025-03-10", "days_left": 7}


def test_report_schema_rejects_what_the_contract_forbids(report):
    import jsonschema
    validator = report_validator()
    data = json.loads(by_name("json")(report))
    for breaks in (lambda d: d["checks"][0].update(severity="none"),
                   lambda d: d["checks"][0].update(status="ok"),
                   lambda d: d.pop("disclaimer"),
                   lambda d: d["flags"][0].update(evidence=[]),
                   lambda d: d["checks"][0].update(suggestion={"question": "?", "reason": None})):
        broken = json.loads(json.dumps(data))
        breaks(broken)
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(broken)


# -- the reply to the recruiter ----------------------------------------------------------------


def test_email_thanks_asks_and_questions_in_one_reply(report):
    out = by_name("email")(report)
    flat = " ".join(out.split())
    assert out.startswith("Subject: Re: Offer of employment")
    assert "Thank you very much for the offer" in flat and "I am excited about the opportunity" in flat
    assert "1. The letter (p. 1) says “Your salary will be $128,000 per year”, which sets the base salary at " \
           "$128,000 a year; could we bring it up to $135,000 a year?" in flat
    assert "could it be removed?" in flat  # the non-compete
    # the silences: the expected signing bonus, then what any letter should state
    assert ("The letter does not mention the signing bonus, the working hours, the notice period, the paid leave "
            "and the pay frequency; could you confirm them in writing?") in flat
    assert "before the deadline of 2025-03-10" in flat
    # what the candidate keeps to themselves
    assert "130,000" not in flat and "phone call" not in flat and "halfway" not in flat
    assert all(len(line) <= 80 for line in out.splitlines())
    assert ESC not in out


def test_email_with_nothing_to_raise_says_the_offer_is_as_discussed(tmp_path):
    path = tmp_path / "me.yaml"
    path.write_text("base_salary: 100000\n", encoding="utf-8")
    ex = extraction()
    terms = {"base_salary": ex.terms["base_salary"], "offer_expiry": ex.terms["offer_expiry"]}
    # a letter that states what any letter should (hours, notice, leave, pay frequency)
    stated = {"hours_per_week": 40, "notice_employee": "1 month", "pto_days": 25, "pay_frequency": "monthly"}
    terms.update({f: Term(f, v, ex.terms["base_salary"].evidence, 0.9) for f, v in stated.items()})
    ex = Extraction(ex.document, terms, {})
    out = by_name("email")(build_report(ex, load_expectations(path), dt.date(2025, 3, 3), str(path)))
    assert "it reflects what we discussed" in " ".join(out.split())
    assert "Points I would like to discuss" not in out


# -- the command line: --email and init --------------------------------------------------------

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def run_cli(args, capsys) -> tuple[int, str, str]:
    from offercheck.cli import main
    with pytest.raises(SystemExit) as e:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return e.value.code, out, err


def test_cli_email_prints_the_reply_and_keeps_the_exit_code(capsys):
    code, out, err = run_cli([SAMPLES / "us-offer-letter.pdf", "--expect", SAMPLES / "us-offer-letter.expect.yaml",
                              "--today", "2025-03-05", "--email"], capsys)
    assert code == 1  # a must is not met, as in the report
    assert out.startswith("Subject: Re: Offer of employment") and "Kind regards," in out
    assert "could we bring it up to $135,000 a year?" in " ".join(out.split())
    assert "125,000" not in out  # the walk-away stays private


def test_cli_init_writes_a_starter_file_that_loads(tmp_path, capsys):
    target = tmp_path / "me.yaml"
    code, out, err = run_cli(["init", target], capsys)
    assert code == 0 and f"Wrote {target}" in err
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# What you were told") and sys.prefix not in text
    assert load_expectations(target).get("base_salary").min.amount == 90000
    assert not list(tmp_path.glob(".offercheck-*"))  # written atomically: no temporary file left


def test_cli_init_never_overwrites(tmp_path, capsys):
    target = tmp_path / "me.yaml"
    target.write_text("base_salary: 1\n", encoding="utf-8")
    code, out, err = run_cli(["init", target], capsys)
    assert code == 2 and "already exists" in err
    assert target.read_text(encoding="utf-8") == "base_salary: 1\n"


def test_cli_init_dash_prints_it(capsys):
    code, out, err = run_cli(["init", "-"], capsys)
    assert code == 0 and out.startswith("# What you were told") and "base_salary:" in out


def test_email_with_nothing_checked_promises_nothing():
    """No expectations: nothing was compared, so the reply may not say the offer is as
    discussed, nor that the candidate will sign; it says there is nothing to raise."""
    ex = extraction()
    terms = {"base_salary": ex.terms["base_salary"], "offer_expiry": ex.terms["offer_expiry"]}
    stated = {"hours_per_week": 40, "notice_employee": "1 month", "pto_days": 25, "pay_frequency": "monthly"}
    terms.update({f: Term(f, v, ex.terms["base_salary"].evidence, 0.9) for f, v in stated.items()})
    ex = Extraction(ex.document, terms, {})
    flat = " ".join(by_name("email")(build_report(ex, None, dt.date(2025, 3, 3), None)).split())
    assert "I will sign" not in flat and "reflects what we discussed" not in flat
    assert "have no points to raise at this stage. I will confirm my decision before" in flat
