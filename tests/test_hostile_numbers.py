"""Numbers past Python's int-string limit (issue 11, category 7): a 5,000-digit salary in a
letter, or a DOCX list that starts at a 4,000-digit number, made `extract --format json`
end in an internal error (int() of a 5,000-digit Decimal) and a lowerLetter list try to
build a label 10^3999 letters long. Such a number is refused as a value: not stated, no crash."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from test_hostile_support import W_NS, make_pdf, run_cli

from fixtures_build import docx_with_body

HUGE = "9" * 5000
assert len(HUGE) > sys.get_int_max_str_digits()  # the point of the test

LETTERS = {
    "salary": f"Your annual salary will be ${HUGE} per year.",
    "grouped": "Your annual salary will be $" + ",".join(["999"] * 1700) + " per year.",
    "look-alike": "Your annual salary will be $1" + "O" * 5000 + " per year.",
    "everything": f"Your base salary will be ${HUGE}.00 per year, with a bonus of {HUGE}% and {HUGE} days "
                  f"of paid leave. Either party may give {HUGE} weeks' notice.",
}


def _letter(tmp_path: Path, fmt: str, sentence: str) -> Path:
    paragraphs = ["Dear Ann,", sentence, "You will start on 2 March 2026."]
    if fmt == "txt":
        path = tmp_path / "offer.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        return path
    if fmt == "pdf":
        return make_pdf(tmp_path / "offer.pdf", [paragraphs])
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return docx_with_body(tmp_path / "offer.docx", body)


def _check_every_output(capsys, letter: Path) -> dict:
    run = run_cli(capsys, "extract", letter, "--format", "json")
    assert run.code == 0, run.err
    terms = json.loads(run.out)["terms"]
    for fmt in ("json", "markdown", "html", "terminal"):
        report = run_cli(capsys, "check", letter, "--format", fmt)
        assert report.code == 0, (fmt, report.err)
        assert "Traceback" not in report.err and "internal error" not in report.err
    return terms


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_5000_digit_salary_is_not_stated(tmp_path: Path, capsys, fmt: str) -> None:
    terms = _check_every_output(capsys, _letter(tmp_path, fmt, LETTERS["salary"]))
    assert "base_salary" not in terms
    assert terms["start_date"]["value"] == "2026-03-02"  # the rest of the letter is still read


@pytest.mark.parametrize("case", ["grouped", "look-alike", "everything"])
def test_other_huge_numbers_are_refused_as_values(tmp_path: Path, capsys, case: str) -> None:
    terms = _check_every_output(capsys, _letter(tmp_path, "txt", LETTERS[case]))
    assert not {"base_salary", "bonus", "pto_days", "notice_employee", "notice_employer"} & set(terms)


def test_an_ordinary_salary_beside_a_huge_number_is_still_read(tmp_path: Path, capsys) -> None:
    letter = _letter(tmp_path, "txt", f"Reference {HUGE}. Your annual salary will be $85,000 per year.")
    assert _check_every_output(capsys, letter)["base_salary"]["value"]["amount"] == 85000


NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{ns}">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


def _numbered(text: str, num_id: int) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


@pytest.mark.parametrize("fmt", ["decimal", "lowerLetter", "upperRoman"])
@pytest.mark.parametrize("digits", [4000, 5000, 11])
def test_a_huge_list_start_is_ignored(tmp_path: Path, capsys, fmt: str, digits: int) -> None:
    start = "9" * digits
    numbering = NUMBERING.format(ns=W_NS, start=start, fmt=fmt, override=start).encode()
    body = (_numbered("Your annual salary will be $85,000 per year.", 1)
            + _numbered("You will start on 2 March 2026.", 2))
    letter = docx_with_body(tmp_path / "list.docx", body, extra_parts={"word/numbering.xml": numbering})
    text = run_cli(capsys, "text", letter)
    assert text.code == 0, text.err
    assert "9999" not in text.out and max(map(len, text.out.splitlines())) < 100
    terms = _check_every_output(capsys, letter)
    assert terms["base_salary"]["value"]["amount"] == 85000
