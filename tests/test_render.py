"""The renderers: every section is present, document text is escaped, colour is optional."""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import textwrap
from decimal import Decimal as D

import pytest

from offercheck.compare import build_report
from offercheck.document import DocumentBuilder
from offercheck.errors import UsageError
from offercheck.expectations import load_expectations
from offercheck.fields import FIELDS
from offercheck.model import Evidence, Extraction, Finding, NotFound, Reason, Term
from offercheck.render import by_name, human
from offercheck.render.json import DISCLAIMER
from offercheck.render.terminal import terms_table
from offercheck.values import Duration, Money

ESC = "\x1b["
CLAUSES = {
    "base_salary": ("Your salary will be $128,000 per year.", Money(D(128000), "USD", "year")),
    "probation": ("A probation period of nine months applies.", Duration(D(9), "month")),
    "non_compete": ("For 12 months you shall not work for a competitor <script>alert(1)</script> [bold]x[/bold].",
                    {"present": True, "duration": Duration(D(12), "month")}),
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
    titles = {"terminal": ["Checks", "Red flags", "Terms found", "Suggestions", "Before you sign"],
              "markdown": ["## Checks", "## Red flags", "## Terms found", "## Suggestions", "## Before you sign"],
              "html": ["<h2>Checks</h2>", "<h2>Red flags</h2>", "<h2>Terms found</h2>", "<h2>Suggestions</h2>",
                       "<h2>Before you sign</h2>"]}[fmt]
    positions = [out.index(t) for t in titles]
    assert positions == sorted(positions)
    assert readable.rstrip("*").endswith(DISCLAIMER) or fmt == "html"  # the last word


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
    assert ESC not in terms_table(report.extraction, color=True)


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
    out = terms_table(extraction())
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
    ({"amount": 5000, "currency": "GBP"}, "signing_bonus", "£5,000"),
    (Duration(D(3), "month"), "probation", "3 months"),
    (Duration(D(1), "month"), "probation", "1 month"),
    (dt.date(2025, 3, 1), "start_date", "2025-03-01"),
    (["health", "parental_leave"], "benefits", "health, parental leave"),
    ("full_time", "employment_type", "full time"),
    (D("37.5"), "hours_per_week", "37.5 hours a week"),
    ({"target_percent": D(10)}, "annual_bonus", "10% target"),
    ({"present": True, "duration": None}, "non_compete", "yes (length not stated)"),
    (True, "arbitration", "yes"),
    (None, "employer", "—"),
])
def test_values_read_for_people(value, field, text):
    assert human(value, field) == text
