"""Bad paths and file types, in every command: one clear line, exit 2."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_hostile_support import SAMPLES, assert_clean_error, make_pdf, run_cli

COMMANDS = ["check", "extract", "text"]


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_file(tmp_path: Path, capsys, command) -> None:
    assert_clean_error(run_cli(capsys, command, tmp_path / "nope.pdf"), "nope.pdf: no such file")


def test_default_command_with_missing_file(tmp_path: Path, capsys) -> None:
    assert_clean_error(run_cli(capsys, tmp_path / "nope.docx"), "nope.docx: no such file")


@pytest.mark.parametrize("command", COMMANDS)
def test_directory(tmp_path: Path, capsys, command) -> None:
    folder = tmp_path / "letters.pdf"
    folder.mkdir()
    assert_clean_error(run_cli(capsys, command, folder), "letters.pdf: is a folder, not a file")


def test_path_through_a_file(tmp_path: Path, capsys) -> None:
    not_a_dir = tmp_path / "offer.txt"
    not_a_dir.write_text("hello")
    assert_clean_error(run_cli(capsys, "check", not_a_dir / "offer.pdf"), "offer.pdf: no such file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_blocking(tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "offer.pdf"
    os.mkfifo(fifo)  # opening it for reading would block for ever
    assert_clean_error(run_cli(capsys, "text", fifo), "offer.pdf: is not a regular file")


def test_unreadable_file(tmp_path: Path, capsys, monkeypatch) -> None:
    # As root chmod 000 does not stop reading, so deny the open itself.
    pdf = make_pdf(tmp_path / "locked.pdf", [["Salary: $90,000"]])
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self.name == "locked.pdf":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    assert_clean_error(run_cli(capsys, "check", pdf), "locked.pdf: permission denied")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_by_mode(tmp_path: Path, capsys) -> None:
    pdf = make_pdf(tmp_path / "locked.pdf", [["Salary: $90,000"]])
    pdf.chmod(0)
    assert_clean_error(run_cli(capsys, "text", pdf), "locked.pdf: permission denied")


def test_io_error_while_reading(tmp_path: Path, capsys, monkeypatch) -> None:
    pdf = make_pdf(tmp_path / "flaky.pdf", [["Salary: $90,000"]])
    real_open = Path.open

    def failing(self, *args, **kwargs):
        if self.name == "flaky.pdf":
            raise OSError(5, "Input/output error")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", failing)
    assert_clean_error(run_cli(capsys, "text", pdf), "flaky.pdf: cannot be read (Input/output error)")


@pytest.mark.parametrize("name", ["offer.odt", "offer.pages", "offer.xlsx", "offer.html", "offer"])
def test_unsupported_extension(tmp_path: Path, capsys, name) -> None:
    f = tmp_path / name
    f.write_text("Your salary is $90,000 per year.")
    assert_clean_error(run_cli(capsys, "check", f), "not supported", "use PDF, DOCX or plain text")


def test_control_characters_in_a_file_name_are_shown_escaped(tmp_path: Path, capsys) -> None:
    name = "offer\x1b[2J\nreal.pdf"  # an escape sequence and a newline, as a hostile name could hold
    run = run_cli(capsys, "text", tmp_path / name)
    assert_clean_error(run, r"offer\x1b[2J\nreal.pdf: no such file")
    assert "\x1b" not in run.err and len(run.err_lines) == 1


@pytest.mark.parametrize("command", ["check", "extract"])
def test_missing_expectations_and_rules_paths(tmp_path: Path, capsys, command) -> None:
    letter = SAMPLES / "us-offer-letter.pdf"
    if command == "check":
        assert_clean_error(run_cli(capsys, "check", letter, "--expect", tmp_path / "me.yaml"),
                           "me.yaml not found", "offercheck init")
    assert_clean_error(run_cli(capsys, command, letter, "--rules", tmp_path / "my-rules"),
                       "rules path not found", "my-rules")
