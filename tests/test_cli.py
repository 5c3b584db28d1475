"""The command line: commands and options through typer's CliRunner on ``cli.app``, and
exit codes and error messages through ``cli.main`` (the console script), which maps
every error to exit status 2 with a short message.

Exit codes: 0 every ``must`` is met, 1 some ``must`` is not, 2 an error.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from offercheck import __version__, api, cli
from offercheck.errors import InputError
from offercheck.fields import FIELDS

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
US_PDF = SAMPLES / "us-offer-letter.pdf"
US_EXPECT = SAMPLES / "us-offer-letter.expect.yaml"
UK_DOCX = SAMPLES / "uk-contract.docx"
# A short letter (ours, not a team sample) whose only deadline is "by March 10, 2025".
# Plain text reads in milliseconds, so the tests of --output and --today use it.
LETTER = Path(__file__).resolve().parent / "data" / "deadline-letter.txt"
TODAY = ["--today", "2025-03-05"]

runner = CliRunner()


def invoke(*args):
    """Run ``cli.app`` in-process; fail loudly if it raised."""
    return runner.invoke(cli.app, [str(a) for a in args], catch_exceptions=False)


def run_main(capsys, *args) -> tuple[int, str, str]:
    """Run the console script ``offercheck ARGS``: (exit status, stdout, stderr)."""
    with pytest.raises(SystemExit) as info:
        cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return info.value.code, out, err


def assert_short_error(code: int, out: str, err: str, *needles: str) -> None:
    """Exit 2, nothing on stdout, at most three lines on stderr, no traceback."""
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert 1 <= len(lines) <= 3, err
    assert lines[0].startswith("offercheck: ")
    assert "Traceback" not in err and "internal error" not in err, err
    for needle in needles:
        assert needle in err


# --- check: the default command and its exit codes --------------------------------------

def test_a_file_alone_is_short_for_check(capsys):
    short = run_main(capsys, US_PDF, "--format", "json", *TODAY)
    explicit = run_main(capsys, "check", US_PDF, "--format", "json", *TODAY)
    assert short == explicit
    code, out, _ = short
    report = json.loads(out)
    assert code == 0
    assert report["document"]["path"] == str(US_PDF)
    assert report["today"] == "2025-03-05"
    assert report["expectations"] is None and report["checks"] == []
    assert report["terms"]["base_salary"]["value"] == {"amount": 128000, "currency": "USD", "period": "year"}


def test_check_exits_1_when_a_must_expectation_is_not_met(capsys):
    code, out, err = run_main(capsys, US_PDF, "--expect", US_EXPECT, "--format", "json", *TODAY)
    assert (code, err) == (1, "")
    report = json.loads(out)
    assert report["exit_code"] == 1
    salary = next(c for c in report["checks"] if c["field"] == "base_salary")
    assert (salary["status"], salary["priority"]) == ("not_met", "must")
    assert salary["found"] == {"amount": 128000, "currency": "USD", "period": "year"}


def test_check_exits_0_when_every_must_is_met_and_only_a_want_is_not(capsys, tmp_path):
    expect = tmp_path / "me.yaml"
    expect.write_text(textwrap.dedent("""\
        defaults: {currency: USD}
        base_salary: {min: 120000, period: year}
        remote_policy: hybrid
        benefits: {required: [health, dental]}
        pto_days: {min: 30, priority: want}
        """), encoding="utf-8")
    code, out, _ = run_main(capsys, "check", US_PDF, "--expect", expect, "--format", "json", *TODAY)
    report = json.loads(out)
    status = {c["field"]: c["status"] for c in report["checks"]}
    assert status == {"base_salary": "met", "remote_policy": "met", "benefits": "met", "pto_days": "not_met"}
    assert code == 0 and report["exit_code"] == 0


def test_the_terminal_report_is_plain_text_when_not_a_terminal(capsys):
    code, out, _ = run_main(capsys, US_PDF, "--expect", US_EXPECT, *TODAY)
    assert code == 1
    assert "\x1b[" not in out
    assert "base salary" in out and "NOT MET" in out and "$128,000" in out
    assert "today 2025-03-05" in out


def test_explain_shows_the_rule_behind_each_term(capsys):
    _, plain, _ = run_main(capsys, UK_DOCX, *TODAY)
    _, explained, _ = run_main(capsys, UK_DOCX, "--explain", *TODAY)
    assert "compensation.base-salary" not in plain
    assert "rule compensation.base-salary" in explained


# --- extract and text ---------------------------------------------------------------------

def test_extract_json_is_the_terms_contract_and_quotes_the_text_command_verbatim():
    result = invoke("extract", UK_DOCX, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"document", "terms"}
    assert data["document"] == {"path": str(UK_DOCX), "format": "docx", "pages": None}
    assert data["terms"] and set(data["terms"]) <= set(FIELDS)
    text = invoke("text", UK_DOCX).stdout
    for field, entry in data["terms"].items():
        assert set(entry) == {"value", "evidence", "confidence"}, field
        assert entry["value"] is not None and 0 < entry["confidence"] <= 1, field
        for ev in entry["evidence"] if isinstance(entry["evidence"], list) else [entry["evidence"]]:
            assert text[ev["start"]:ev["end"]] == ev["text"], field
            assert ev["page"] is None and ev["block"] >= 1, field
    assert data["terms"]["base_salary"]["value"] == {"amount": 42500, "currency": "GBP", "period": "year"}


def test_extract_json_of_a_pdf_gives_pages():
    data = json.loads(invoke("extract", US_PDF).stdout)  # json is the default
    assert data["document"] == {"path": str(US_PDF), "format": "pdf", "pages": 2}
    pages = {entry["evidence"]["page"] for entry in data["terms"].values() if isinstance(entry["evidence"], dict)}
    assert pages <= {1, 2} and 1 in pages


def test_extract_explain_adds_rule_score_and_runners_up():
    plain = json.loads(invoke("extract", UK_DOCX).stdout)["terms"]["employee"]
    explained = json.loads(invoke("extract", UK_DOCX, "--explain").stdout)["terms"]["employee"]
    assert "explain" not in plain
    why = explained["explain"]
    assert why["rule"] == "parties.employee"
    assert {"pattern", "base_score", "score", "reasons", "runners_up"} <= set(why)
    assert all({"value", "rule", "score", "text"} <= set(r) for r in why["runners_up"])
    assert {k: v for k, v in explained.items() if k != "explain"} == plain


def test_extract_table_lists_fields_values_and_evidence():
    out = invoke("extract", UK_DOCX, "--format", "table").stdout
    assert "\x1b[" not in out
    assert out.splitlines()[0] == f"{UK_DOCX} · DOCX"
    assert "Field" in out and "Evidence" in out
    assert "base salary" in out and "£42,500 a year" in out
    assert "¶" in out  # a DOCX quote says which paragraph
    explained = invoke("extract", UK_DOCX, "--format", "table", "--explain").stdout
    assert "rule compensation.base-salary" in explained and "rule compensation.base-salary" not in out


def test_text_prints_the_canonical_text_of_the_document():
    result = invoke("text", US_PDF)
    assert result.exit_code == 0
    assert result.stdout == api.read(US_PDF).text
    assert "Lanternfish Analytics, Inc." in result.stdout


# --- help and version -----------------------------------------------------------------------

def test_version(capsys):
    assert invoke("--version").stdout == f"offercheck {__version__}\n"
    code, out, _ = run_main(capsys, "--version")
    assert (code, out) == (0, f"offercheck {__version__}\n")


def test_help_lists_the_commands_and_examples(capsys):
    code, out, _ = run_main(capsys, "--help")
    assert code == 0
    assert "Usage: offercheck" in out
    for command in ("check", "extract", "text"):
        assert f"\n  {command} " in out
    assert "Examples:" in out
    assert "offercheck offer.pdf --expect me.yaml" in out
    assert "offercheck extract contract.docx --format json" in out


def test_help_of_a_command_lists_its_options():
    out = invoke("check", "--help").stdout
    for option in ("--expect", "--format", "--output", "--today", "--explain", "--password", "--rules", "--debug"):
        assert option in out


# --- formats and --output -------------------------------------------------------------------

@pytest.mark.parametrize("fmt,check", [
    ("markdown", lambda s: s.startswith("# Offer check") and "| Field |" in s),
    ("html", lambda s: s.lstrip().lower().startswith("<!doctype html>") and s.rstrip().endswith("</html>")),
    ("json", lambda s: json.loads(s)["schema_version"] and json.loads(s)["exit_code"] == 1),
])
def test_each_format_prints_a_whole_report(capsys, fmt, check):
    code, out, _ = run_main(capsys, US_PDF, "--expect", US_EXPECT, "--format", fmt, *TODAY)
    assert code == 1
    assert check(out), out[:300]
    assert "not legal advice" in out


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_output_writes_the_same_report_to_a_file(capsys, tmp_path, fmt):
    _, printed, _ = run_main(capsys, LETTER, "--format", fmt, *TODAY)
    target = tmp_path / f"report.{fmt}"
    code, out, err = run_main(capsys, LETTER, "--format", fmt, "--output", target, *TODAY)
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == printed
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind


def test_output_replaces_an_existing_file_whole(capsys, tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old report\n" * 10_000, encoding="utf-8")
    run_main(capsys, LETTER, "--format", "markdown", "-o", target, *TODAY)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Offer check") and "old report" not in text


def test_output_is_atomic_a_failed_write_leaves_the_old_file(capsys, tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("the previous report\n", encoding="utf-8")

    def fail(src, dst):
        raise OSError("disk full")
    monkeypatch.setattr(cli.os, "replace", fail)
    code, _, err = run_main(capsys, LETTER, "--format", "markdown", "-o", target, *TODAY)
    assert code == 2 and "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_output_refuses_to_overwrite_the_contract(capsys, tmp_path):
    contract = tmp_path / "offer.txt"
    contract.write_bytes(LETTER.read_bytes())
    code, out, err = run_main(capsys, contract, "--output", contract, *TODAY)
    assert_short_error(code, out, err, "is one of the input files")
    assert contract.read_bytes() == LETTER.read_bytes()


def test_output_refuses_to_overwrite_the_expectations_file(capsys, tmp_path):
    expect = tmp_path / "me.yaml"
    expect.write_text("pto_days: 20\n", encoding="utf-8")
    code, out, err = run_main(capsys, LETTER, "--expect", expect, "-o", expect, *TODAY)
    assert_short_error(code, out, err, "is one of the input files")
    assert expect.read_text(encoding="utf-8") == "pto_days: 20\n"


def test_output_into_a_missing_folder_is_an_error(capsys, tmp_path):
    code, out, err = run_main(capsys, LETTER, "-o", tmp_path / "nowhere" / "report.md", *TODAY)
    assert_short_error(code, out, err, "does not exist")
    assert not (tmp_path / "nowhere").exists()


def test_extract_output_writes_the_json(capsys, tmp_path):
    target = tmp_path / "terms.json"
    code, out, _ = run_main(capsys, "extract", LETTER, "-o", target)
    assert (code, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["document"]["format"] == "txt"


# --- --today ----------------------------------------------------------------------------

@pytest.mark.parametrize("today,line", [
    ("2025-03-05", "Reply before the deadline, 2025-03-10 (5 days left)."),
    ("2025-03-09", "Reply before the deadline, 2025-03-10 (1 day left)."),
    ("2025-03-10", "Reply today: the deadline to accept is 2025-03-10."),
    ("2025-03-12", "The deadline to accept (2025-03-10) has already passed"),
])
def test_today_sets_the_days_left_before_the_deadline(capsys, today, line):
    code, out, _ = run_main(capsys, LETTER, "--format", "json", "--today", today)
    report = json.loads(out)
    assert report["terms"]["offer_expiry"]["value"] == "2025-03-10"
    assert report["today"] == today
    assert any(item.startswith(line) for item in report["checklist"]), report["checklist"]


def test_without_today_the_calendar_date_is_used(capsys):
    _, out, _ = run_main(capsys, LETTER, "--format", "json")
    assert json.loads(out)["today"] == dt.date.today().isoformat()


# --- errors: exit 2, a short message, no traceback ----------------------------------------

def test_a_missing_file_is_a_short_error(capsys, tmp_path):
    assert_short_error(*run_main(capsys, tmp_path / "offer.pdf"), "no such file")


def test_a_folder_is_a_short_error(capsys, tmp_path):
    assert_short_error(*run_main(capsys, tmp_path), "is a folder")


def test_an_unsupported_extension_is_a_short_error(capsys, tmp_path):
    sheet = tmp_path / "offer.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    assert_short_error(*run_main(capsys, sheet), "not supported")


def test_a_bad_today_is_a_short_error(capsys):
    assert_short_error(*run_main(capsys, UK_DOCX, "--today", "2025-13-01"), "--today", "2025-13-01")


def test_a_missing_expectations_file_is_a_short_error(capsys, tmp_path):
    code, out, err = run_main(capsys, UK_DOCX, "--expect", tmp_path / "me.yaml")
    assert_short_error(code, out, err, "me.yaml")


@pytest.mark.parametrize("content,needle", [
    ("base_salary: {min: [\n", "me.yaml:2:1"),            # YAML syntax: file:line:column
    ("base_salry: 50000\n", "did you mean 'base_salary'"),  # an unknown field
    ("- just\n- a list\n", "me.yaml"),                      # not a mapping
], ids=["syntax", "unknown-field", "not-a-mapping"])
def test_a_broken_expectations_file_is_a_short_error(capsys, tmp_path, content, needle):
    expect = tmp_path / "me.yaml"
    expect.write_text(content, encoding="utf-8")
    assert_short_error(*run_main(capsys, UK_DOCX, "--expect", expect), needle)


def test_the_extract_and_text_commands_map_errors_too(capsys, tmp_path):
    assert_short_error(*run_main(capsys, "extract", tmp_path / "offer.docx"), "no such file")
    assert_short_error(*run_main(capsys, "text", tmp_path), "is a folder")


@pytest.mark.parametrize("args", [[UK_DOCX, "--bogus"], ["check"]], ids=["unknown-option", "no-contract"])
def test_a_usage_mistake_is_a_short_error_not_an_internal_one(capsys, args):
    assert_short_error(*run_main(capsys, *args))


def test_bare_command_prints_help_and_exits_zero(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main([])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "Usage: offercheck" in out and "Examples:" in out


def test_debug_lets_the_exception_through(capsys, tmp_path):
    with pytest.raises(InputError, match="no such file"):
        cli.main([str(tmp_path / "offer.pdf"), "--debug"])


def test_debug_prints_a_traceback_from_the_real_command(tmp_path):
    missing = str(tmp_path / "offer.pdf")
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    plain = subprocess.run([sys.executable, "-m", "offercheck", missing], capture_output=True, text=True,
                           env=env, timeout=120)
    debug = subprocess.run([sys.executable, "-m", "offercheck", missing, "--debug"], capture_output=True,
                           text=True, env=env, timeout=120)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert plain.stderr.strip() == f"offercheck: {missing}: no such file"
    assert debug.returncode != 0
    assert "Traceback" in debug.stderr and "InputError" in debug.stderr
