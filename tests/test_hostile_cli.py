"""The CLI's contract for every error (one short message, exit 2, a traceback only with --debug)
and for output files (written atomically, never over an input)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_hostile_support import SAMPLES, assert_clean_error, inflating_pdf, run_cli

LETTER_TEXT = "Dear Sam,\n\nYour base salary will be $98,000 per year.\n"


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    f = tmp_path / "offer.txt"
    f.write_text(LETTER_TEXT)
    return f


# ---------------------------------------------------------------- error format

def test_usage_errors_are_short(tmp_path: Path, capsys, letter: Path) -> None:
    for argv in (["check", letter, "--format", "pdf"], ["check", letter, "--max-pages", "many"],
                 ["check", letter, "--today", "yesterday"], ["text", letter, "--timeout", "0"],
                 ["check", letter, "--no-such-option"], ["frobnicate", letter]):
        assert_clean_error(run_cli(capsys, *argv))


def test_internal_error_is_two_lines_without_debug(letter: Path, capsys, monkeypatch) -> None:
    import offercheck.ingest.text as text_reader

    def bug(path):
        raise ZeroDivisionError("a bug in a reader")

    monkeypatch.setattr(text_reader, "read_text", bug)
    run = run_cli(capsys, "text", letter)
    assert run.code == 2 and len(run.err_lines) == 2 and "Traceback" not in run.err
    assert "internal error (ZeroDivisionError: a bug in a reader)" in run.err and "--debug" in run.err


def test_bug_in_the_isolated_reader_keeps_its_traceback_for_debug(tmp_path: Path, capsys, monkeypatch) -> None:
    from fixtures_build import make_pdf

    from offercheck.ingest import pdf as pdf_reader

    pdf = make_pdf(tmp_path / "offer.pdf", [["Salary: $90,000"]])

    def bug(*args):
        raise KeyError("inner detail")

    monkeypatch.setattr(pdf_reader, "_read_page", bug)
    run = run_cli(capsys, "text", pdf)
    assert run.code == 2 and len(run.err_lines) == 2 and "Traceback" not in run.err
    assert "internal error (RuntimeError: KeyError: 'inner detail')" in run.err
    with pytest.raises(RuntimeError) as info:  # --debug re-raises; the child's traceback is a note
        run_cli(capsys, "text", pdf, "--debug")
    assert any("_read_page" in note or "bug" in note for note in info.value.__notes__)


def _offercheck(*argv: object, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "offercheck", *map(str, argv)], capture_output=True,
                          text=True, timeout=120, **kwargs)


def test_debug_shows_a_traceback_only_when_asked(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pdf"
    plain = _offercheck("text", missing)
    assert plain.returncode == 2 and plain.stderr.strip() == f"offercheck: {missing}: no such file"
    debug = _offercheck("text", missing, "--debug")
    assert debug.returncode != 0 and "Traceback (most recent call last)" in debug.stderr
    assert "InputError" in debug.stderr


def test_memory_bomb_message_in_a_real_process(tmp_path: Path) -> None:
    """The whole CLI in its own process: the message, exit 2, nothing else on stderr."""
    bomb = inflating_pdf(tmp_path / "bomb.pdf", 2048)
    run = _offercheck("check", bomb)
    assert run.returncode == 2 and run.stdout == ""
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and "bomb.pdf: reading the file needs more than 896 MB of memory" in lines[0]


# ---------------------------------------------------------------- output files

def test_report_is_written_and_replaces_the_old_one_whole(tmp_path: Path, capsys, letter: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text("OLD REPORT\n" * 1000)
    run = run_cli(capsys, "check", letter, "--format", "markdown", "-o", out)
    assert run.code in (0, 1) and run.out == ""
    text = out.read_text()
    assert "OLD REPORT" not in text and "$98,000" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".offercheck-")] == []


def test_failure_mid_write_leaves_the_old_file_intact(tmp_path: Path, capsys, letter: Path, monkeypatch) -> None:
    out = tmp_path / "report.md"
    out.write_text("OLD REPORT\n")
    real_fdopen = os.fdopen

    class DiskFull:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, text):
            self.fh.write(text[: len(text) // 2])  # half of it lands, then the disk is full
            self.fh.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: DiskFull(real_fdopen(fd, *a, **k)))
    run = run_cli(capsys, "check", letter, "--format", "markdown", "-o", out)
    assert_clean_error(run, "report.md", "could not be written (No space left on device)", "unchanged")
    assert out.read_text() == "OLD REPORT\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".offercheck-")] == []


def test_failure_at_the_rename_leaves_the_old_file_intact(tmp_path: Path, capsys, letter: Path, monkeypatch) -> None:
    out = tmp_path / "report.json"
    out.write_text("{}")

    def no_rename(src, dst):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "replace", no_rename)
    run = run_cli(capsys, "extract", letter, "-o", out)
    assert_clean_error(run, "report.json", "Read-only file system")
    assert out.read_text() == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offer.txt", "report.json"]


def test_interrupted_write_leaves_no_temporary_file(tmp_path: Path, capsys, letter: Path, monkeypatch) -> None:
    out = tmp_path / "report.md"
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(KeyboardInterrupt()))
    run = run_cli(capsys, "check", letter, "-o", out)
    assert run.code != 0 and "Traceback" not in run.err  # 130, the shell's code for Ctrl-C
    assert not out.exists() and list(tmp_path.iterdir()) == [letter]


@pytest.mark.parametrize("command", ["check", "extract"])
def test_never_writes_over_the_input(tmp_path: Path, capsys, letter: Path, command) -> None:
    before = letter.read_bytes()
    assert_clean_error(run_cli(capsys, command, letter, "-o", letter), "is one of the input files")
    link = tmp_path / "hard-link.txt"
    os.link(letter, link)
    assert_clean_error(run_cli(capsys, command, letter, "-o", link), "is one of the input files")
    symlink = tmp_path / "sym-link.txt"
    symlink.symlink_to(letter)
    assert_clean_error(run_cli(capsys, command, letter, "-o", symlink), "is one of the input files")
    assert letter.read_bytes() == before


def test_never_writes_over_the_expectations_file(tmp_path: Path, capsys, letter: Path) -> None:
    me = tmp_path / "me.yaml"
    me.write_text("base_salary: 90000\n")
    assert_clean_error(run_cli(capsys, "check", letter, "--expect", me, "-o", me), "is one of the input files")
    assert me.read_text() == "base_salary: 90000\n"


def test_output_into_a_missing_folder_or_onto_a_folder(tmp_path: Path, capsys, letter: Path) -> None:
    assert_clean_error(run_cli(capsys, "check", letter, "-o", tmp_path / "nope" / "r.md"), "does not exist")
    assert_clean_error(run_cli(capsys, "check", letter, "-o", tmp_path), "is a folder")


def test_sample_letters_still_exit_0_or_1(capsys) -> None:
    """The hardening does not turn ordinary letters into errors."""
    for letter in sorted(SAMPLES.glob("*.pdf")) + sorted(SAMPLES.glob("*.docx")):
        expect = letter.with_suffix(".expect.yaml")
        run = run_cli(capsys, "check", letter, "--expect", expect, "--today", "2025-03-10")
        assert run.code in (0, 1), (letter, run.err)
        assert run.err == ""


def test_very_long_text_is_refused_before_extraction(tmp_path: Path, capsys) -> None:
    # Extraction takes ~2 s per 100,000 characters; 600,000 would take half a minute.
    long = tmp_path / "handbook.txt"
    long.write_text(("Your base salary will be $98,000 per year. " * 20 + "\n\n") * 700)
    import time

    started = time.monotonic()
    run = run_cli(capsys, "check", long)
    assert_clean_error(run, "handbook.txt", "characters of text is more than the limit of 500,000")
    assert time.monotonic() - started < 10


# ---------------------------------------------------------------- option and environment values

@pytest.mark.parametrize("argv", [
    ["check", SAMPLES / "us-offer-letter.pdf", "--timeout", "inf"],
    ["check", SAMPLES / "us-offer-letter.pdf", "--timeout", "1e308"],
    ["extract", SAMPLES / "us-offer-letter.pdf", "--timeout", "1e308"],
    ["text", SAMPLES / "us-offer-letter.pdf", "--timeout", "inf"],
])
def test_a_timeout_past_the_maximum_is_a_usage_error(capsys, argv) -> None:
    assert_clean_error(run_cli(capsys, *argv), "--timeout", "3600")


@pytest.mark.parametrize("name, value", [("OFFERCHECK_TIMEOUT", "inf"), ("OFFERCHECK_TIMEOUT", "1e308"),
                                         ("OFFERCHECK_MEMORY_MB", "inf"), ("OFFERCHECK_MEMORY_MB", "1e30")])
def test_limits_past_the_maximum_in_the_environment_are_clamped(capsys, monkeypatch, name, value) -> None:
    """Once an internal error (a deadline past time_t, inf to int) or a crashed reader."""
    monkeypatch.setenv(name, value)
    run = run_cli(capsys, "check", SAMPLES / "us-offer-letter.pdf", "--format", "json")
    assert run.code in (0, 1), run.err
    assert '"base_salary"' in run.out


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_today_out_of_the_calendar_arithmetic_is_a_usage_error(capsys, day) -> None:
    run = run_cli(capsys, SAMPLES / "us-offer-letter.pdf", "-e", SAMPLES / "us-offer-letter.expect.yaml",
                  "--today", day, "--email")
    assert_clean_error(run, "--today must be a date between 1900-01-01 and 2999-12-31")


# ---------------------------------------------------------------- `--` ends the options

@pytest.mark.parametrize("argv", [["--", "-rf.pdf"], ["--debug", "--", "-rf.pdf"]])
def test_double_dash_ends_the_options_of_the_default_command(tmp_path: Path, capsys, monkeypatch, argv) -> None:
    import shutil
    shutil.copy(SAMPLES / "us-offer-letter.pdf", tmp_path / "-rf.pdf")
    monkeypatch.chdir(tmp_path)
    run = run_cli(capsys, *argv)
    assert run.code in (0, 1), run.err
    assert "-rf.pdf" in run.out and "No such option" not in run.err


def test_after_double_dash_a_file_named_like_an_option_is_a_file(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert_clean_error(run_cli(capsys, "--", "--debug"), "--debug: no such file")


# ---------------------------------------------------------------- names that are not UTF-8, report modes

@pytest.fixture
def undecodable(tmp_path: Path) -> bytes:
    """A letter whose name has the byte 0xff: no UTF-8 (Python holds it as the surrogate U+DCFF)."""
    name = os.path.join(os.fsencode(tmp_path), b"offer-\xff.txt")
    with open(name, "wb") as fh:
        fh.write(LETTER_TEXT.encode())
    return name


def _raw(*argv, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "offercheck", *argv], capture_output=True, timeout=120,
                          env={**os.environ, "LC_ALL": "C.UTF-8", **(env or {})})


def test_an_undecodable_name_on_a_strict_utf8_stdout(undecodable: bytes) -> None:
    proc = _raw(undecodable, env={"PYTHONIOENCODING": "utf-8:strict"})
    assert proc.returncode == 0, proc.stderr
    assert "offer-\\xff.txt" in proc.stdout.decode("utf-8")


def test_batch_json_lines_stay_utf8_with_an_undecodable_name(undecodable: bytes, letter: Path) -> None:
    proc = _raw("extract", "--format", "jsonl", undecodable, letter)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [Path(x["document"]["path"]).name for x in lines] == ["offer-\\xff.txt", "offer.txt"]


@pytest.mark.parametrize("suffix", [".md", ".json", ".html"])
def test_an_undecodable_name_in_a_report_file(undecodable: bytes, tmp_path: Path, capsys, suffix) -> None:
    out = tmp_path / f"report{suffix}"
    run = run_cli(capsys, os.fsdecode(undecodable), "-o", out)
    assert run.code == 0, run.err
    text = out.read_bytes().decode("utf-8")
    assert "offer-\\xff.txt" in (json.loads(text)["document"]["path"] if suffix == ".json" else text)


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_a_report_file_gets_the_mode_the_umask_allows(tmp_path: Path, capsys, letter: Path, umask, mode) -> None:
    old = os.umask(umask)
    try:
        run = run_cli(capsys, letter, "-o", tmp_path / "report.md")
    finally:
        os.umask(old)
    assert run.code == 0, run.err
    assert (tmp_path / "report.md").stat().st_mode & 0o777 == mode
