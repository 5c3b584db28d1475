"""Control characters from a letter (ESC, BEL, C1 such as U+009B, the one-byte CSI) or
in its file name never reach the output: a document must not drive the terminal."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from test_hostile_support import body_xml, docx_document_xml, run_cli

# ESC and BEL cannot be written in XML 1.0, even as &#27;; a w:sym can name them.
ESC, BEL = '<w:sym w:char="001B"/>', '<w:sym w:char="0007"/>'
CONTROLS = ("\x1b", "\x07", "\x9b")
FORMATS = ["terminal", "markdown", "html", "json"]


def _run(text: str) -> str:
    return f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>"


def _sym_run(sym: str) -> str:
    return f"<w:r>{sym}</w:r>"


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    """A DOCX whose salary and non-compete paragraphs carry ESC[31m, BEL and U+009B."""
    salary = (_run("Your annual base salary will be ") + _sym_run(ESC) + _run("[31m$90,000")
              + _sym_run(BEL) + _run(" per year.\u009b2J"))
    restraint = (_run("You agree to a 12-month ") + _sym_run(ESC) + _run("[5mnon-compete")
                 + _sym_run(BEL) + _run("\u009b after you leave."))
    paragraphs = "".join(f"<w:p>{p}</w:p>" for p in (_run("Dear Alex,"), salary, restraint))
    return docx_document_xml(tmp_path / "offer.docx", body_xml(paragraphs))


@pytest.fixture
def expect(tmp_path: Path) -> Path:
    path = tmp_path / "me.yaml"
    path.write_text("base_salary: {min: 80000, currency: USD}\nnon_compete: false\n")
    return path


def _clean(out: str) -> None:
    for c in CONTROLS:
        assert c not in out, (repr(c), out[:2000])


def test_docx_text_has_no_control_characters(capsys, letter: Path) -> None:
    run = run_cli(capsys, "text", letter)
    assert run.code == 0, run.err
    assert "$90,000" in run.out and "non-compete" in run.out
    _clean(run.out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_reports_quote_the_letter_without_control_characters(capsys, letter: Path, expect: Path, fmt) -> None:
    run = run_cli(capsys, "check", letter, "--expect", expect, "--format", fmt)
    assert run.code in (0, 1), run.err
    assert "non-compete" in run.out.lower() and "90,000" in run.out, run.out[:3000]
    _clean(run.out)


def test_email_without_control_characters(capsys, letter: Path, expect: Path) -> None:
    run = run_cli(capsys, "check", letter, "--expect", expect, "--email")
    assert run.code in (0, 1), run.err
    _clean(run.out)


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_escape_in_file_name_is_not_in_the_header(capsys, letter: Path, fmt) -> None:
    named = letter.with_name("offer\x1b[31m\x07.docx")
    shutil.copy(letter, named)
    run = run_cli(capsys, "check", named, "--format", fmt)
    assert run.code in (0, 1), run.err
    assert "31m.docx" in run.out, run.out[:1000]
    _clean(run.out)


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])  # JSON escapes them as \u001b
def test_renderers_drop_control_characters_of_any_document(capsys, tmp_path: Path, fmt) -> None:
    """Whatever reader made the text (a future one, a plain-text letter), the report strips them."""
    from offercheck import api
    from offercheck.render import by_name

    letter = tmp_path / "offer\x1b]0;pwned\x07.txt"
    letter.write_text("Your annual base salary will be $90,000 per year.\n\n"
                      "You agree to a 12-month non-compete after you leave.\n")
    report = api.check_offer(letter, None)
    out = by_name(fmt)(report, explain=True, color=False)
    assert "pwned" in out
    _clean(out)
