"""The law where the job is, through the command line and every view: --jurisdiction and
the expectations' defaults.jurisdiction (an unknown name is a short error, exit 2), an
expectation below the legal minimum pointed out, and each law flag's law shown in the
JSON (flags[].law), the terminal, Markdown and HTML reports. Letters are written here."""
from __future__ import annotations

import json

import pytest

from offercheck import cli

UK_LETTER = """Dear Sam,
We are pleased to offer you the position of Analyst at Harbour Company.
The role is based at our Leeds office.
You are entitled to 20 days of paid holiday a year including bank holidays.
Your annual salary will be £32,000.
Yours sincerely,
Human Resources
"""
NO_PLACE = """Dear Sam,
We are pleased to offer you the position of Analyst at Harbour Company.
For 12 months after your employment ends, you will not work for any competitor of the Company.
Yours sincerely,
Human Resources
"""


def run(capsys, *args) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return info.value.code, out, err


@pytest.fixture
def uk(tmp_path):
    p = tmp_path / "uk.txt"
    p.write_text(UK_LETTER, encoding="utf-8")
    return p


@pytest.fixture
def no_place(tmp_path):
    p = tmp_path / "letter.txt"
    p.write_text(NO_PLACE, encoding="utf-8")
    return p


def test_json_flags_carry_their_law(capsys, uk):
    code, out, _ = run(capsys, "check", uk, "--format", "json", "--today", "2026-12-07")
    data = json.loads(out)
    law = [f for f in data["flags"] if f["id"] == "law.annual_leave"]
    assert len(law) == 1
    assert law[0]["law"] == {"jurisdiction": "England and Wales (United Kingdom)",
                             "citation": "Working Time Regulations 1998, regs 13 and 13A",
                             "as_of": "2025-01-01", "url": "https://www.gov.uk/holiday-entitlement-rights",
                             "applies_to": "a full-time worker on a five-day week (5.6 weeks, capped at 28 days); "
                                           "part-time pro rata, not checked"}
    assert all(f["law"] is None for f in data["flags"] if not f["id"].startswith("law."))
    assert any(n.startswith("Where the job is: the United Kingdom") for n in data["notes"])


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_every_view_shows_the_law_and_the_not_advice_line(capsys, uk, fmt):
    code, out, _ = run(capsys, "check", uk, "--format", fmt, "--today", "2026-12-07")
    out = " ".join(out.split())  # the terminal wraps at 100 columns
    assert "Working Time Regulations 1998, regs 13 and 13A" in out
    assert "as of 2025-01-01" in out
    assert "confirm with an adviser or the official source" in out
    assert "Where the job is" in out


def test_jurisdiction_option_sets_the_law(capsys, no_place):
    _, out, _ = run(capsys, "check", no_place, "--format", "json", "--today", "2026-12-07")
    assert not [f for f in json.loads(out)["flags"] if f["id"].startswith("law.")]
    _, out, _ = run(capsys, "check", no_place, "--format", "json", "--today", "2026-12-07",
                    "--jurisdiction", "california")
    flags = [f for f in json.loads(out)["flags"] if f["id"].startswith("law.")]
    assert [f["id"] for f in flags] == ["law.non_compete"]
    assert flags[0]["law"]["jurisdiction"] == "California (United States)"


def test_unknown_jurisdiction_is_a_short_error(capsys, no_place):
    code, out, err = run(capsys, "check", no_place, "--jurisdiction", "Atlantis")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert 1 <= len(lines) <= 3 and "Atlantis" in err and "US-CA" in err and "Traceback" not in err


def test_expectations_default_sets_the_law_and_a_low_expectation_is_pointed_out(capsys, tmp_path, no_place):
    exp = tmp_path / "expect.yaml"
    exp.write_text("defaults: {jurisdiction: UK}\npto_days: 15\nprobation: 6 months\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", no_place, "--expect", exp, "--format", "json", "--today", "2026-12-07")
    data = json.loads(out)
    assert any("England and Wales (United Kingdom), as you set it" in n for n in data["notes"])
    below = [n for n in data["notes"] if n.startswith("Your expectation for paid leave (15)")]
    assert below and "below the legal minimum" in below[0] and "Working Time Regulations 1998" in below[0]
    # the command line wins over the file
    _, out, _ = run(capsys, "check", no_place, "--expect", exp, "--format", "json", "--today", "2026-12-07",
                    "--jurisdiction", "US-CA")
    assert [f["id"] for f in json.loads(out)["flags"] if f["id"].startswith("law.")] == ["law.non_compete"]


def test_an_expectation_at_the_minimum_is_not_pointed_out(capsys, tmp_path, no_place):
    exp = tmp_path / "expect.yaml"
    exp.write_text("defaults: {jurisdiction: UK}\npto_days: 25\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", no_place, "--expect", exp, "--format", "json", "--today", "2026-12-07")
    assert not [n for n in json.loads(out)["notes"] if n.startswith("Your expectation")]


def test_unknown_jurisdiction_in_expectations_names_the_line(capsys, tmp_path, no_place):
    exp = tmp_path / "expect.yaml"
    exp.write_text("pto_days: 20\ndefaults:\n  jurisdiction: Narnia\n", encoding="utf-8")
    code, out, err = run(capsys, "check", no_place, "--expect", exp)
    assert code == 2 and out == ""
    assert "expect.yaml:3" in err and "defaults.jurisdiction" in err and "Narnia" in err


def test_the_reply_raises_the_law_once(capsys, tmp_path):
    p = tmp_path / "ca.txt"
    p.write_text("Dear Sam,\nWe are pleased to offer you the position of Analyst at Harbour Company.\n"
                 "You will work from our office at 500 Market Street, San Francisco, CA 94105.\n"
                 "For 12 months after your employment ends, you will not work for any competitor of the Company.\n",
                 encoding="utf-8")
    _, out, _ = run(capsys, "check", p, "--email", "--today", "2026-12-07")
    text = " ".join(out.split())
    assert "Under the California Business and Professions Code, s.16600" in text
    assert "Could the clause be removed?" in text
    # the plain non-compete ask gives way to the law's
    assert "narrowed to a shorter period" not in text
