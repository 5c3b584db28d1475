"""--output onto things that are not regular files: devices, FIFOs, /dev/stdout (issue 11, category 1).

A regular file is replaced atomically (test_hostile_cli.py); anything else is written in place,
as the shell's ``>`` does: replacing /dev/null with a regular file (as root, the default in
containers) would break every later program on the machine.
"""
from __future__ import annotations

import os
import stat
import tempfile
import threading
from pathlib import Path

import pytest

from test_hostile_cli import letter  # noqa: F401 - the fixture: a short letter in tmp_path
from test_hostile_support import assert_clean_error, run_cli


def _char_device(path: str) -> bool:
    try:
        return stat.S_ISCHR(os.stat(path).st_mode)
    except OSError:
        return False


@pytest.fixture
def null_device(tmp_path: Path) -> Path:
    """A private copy of /dev/null (same major and minor), so a failing test damages nothing."""
    dev = tmp_path / "null"
    try:
        os.mknod(dev, stat.S_IFCHR | 0o666, os.stat("/dev/null").st_rdev)
    except (PermissionError, OSError) as e:
        pytest.skip(f"cannot make a device node here ({e})")
    return dev


@pytest.fixture
def no_temporary_files(monkeypatch):
    """As a user who may not create files in /dev: any attempt at a temporary file fails."""
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


@pytest.mark.parametrize("command", ["check", "extract"])
def test_output_to_a_null_device_keeps_the_device(null_device: Path, letter: Path, capsys, command) -> None:
    rdev = null_device.stat().st_rdev
    run = run_cli(capsys, command, letter, "-o", null_device)
    assert run.code in (0, 1) and run.err == "" and run.out == ""
    assert stat.S_ISCHR(os.stat(null_device).st_mode) and null_device.stat().st_rdev == rdev
    assert sorted(p.name for p in null_device.parent.iterdir()) == ["null", "offer.txt"]


def _first_on_a_fifo(tmp_path: Path, letter: Path, capsys) -> None:
    """Guard for the tests on the real /dev: the same write onto a FIFO of our own must leave
    it a FIFO, or the real device is never touched (a broken build would replace it)."""
    fifo = tmp_path / "guard.fifo"
    os.mkfifo(fifo)
    thread = threading.Thread(target=lambda: open(fifo, "rb").read(), daemon=True)
    thread.start()
    run_cli(capsys, "check", letter, "-o", fifo)
    thread.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "a FIFO was replaced: not trying /dev"


@pytest.mark.skipif(not _char_device("/dev/null"), reason="/dev/null is not a character device here")
def test_output_to_dev_null_keeps_dev_null(tmp_path: Path, letter: Path, capsys) -> None:
    """The real /dev/null (we run as root): still a character device afterwards. Nothing restores it."""
    _first_on_a_fifo(tmp_path, letter, capsys)
    run = run_cli(capsys, "check", letter, "-o", "/dev/null")
    assert run.code in (0, 1) and run.err == ""
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not [p for p in os.listdir("/dev") if p.startswith(".offercheck-")]


def test_devices_work_without_write_access_to_their_folder(null_device: Path, letter: Path, capsys,
                                                          no_temporary_files) -> None:
    """A non-root user cannot create files in /dev; writing to /dev/null needs none."""
    run = run_cli(capsys, "check", letter, "-o", null_device)
    assert run.code in (0, 1) and run.err == ""
    if _char_device("/dev/null"):
        _first_on_a_fifo(null_device.parent, letter, capsys)
        run = run_cli(capsys, "extract", letter, "-o", "/dev/null")
        assert run.code == 0 and run.err == "" and _char_device("/dev/null")


def test_output_to_a_fifo_is_written_through_it(tmp_path: Path, letter: Path, capsys, no_temporary_files) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as fh:
            received.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    run = run_cli(capsys, "check", letter, "--format", "markdown", "-o", fifo)
    thread.join(timeout=30)
    assert run.code in (0, 1) and run.err == ""
    assert received and b"$98,000" in received[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_output_to_dev_stdout_goes_to_standard_output(letter: Path, capsys, no_temporary_files) -> None:
    run = run_cli(capsys, "check", letter, "--format", "markdown", "-o", "/dev/stdout")
    assert run.code in (0, 1) and run.err == "" and "$98,000" in run.out


@pytest.mark.skipif(not _char_device("/dev/full"), reason="no /dev/full here")
def test_output_to_dev_full_is_a_clear_error(tmp_path: Path, letter: Path, capsys) -> None:
    _first_on_a_fifo(tmp_path, letter, capsys)
    run = run_cli(capsys, "check", letter, "-o", "/dev/full")
    assert_clean_error(run, "--output /dev/full", "could not be written (No space left on device)")
    assert _char_device("/dev/full")


def test_a_regular_file_is_still_replaced_atomically(tmp_path: Path, letter: Path, capsys) -> None:
    out = tmp_path / "report.md"
    out.write_text("OLD\n")
    before = out.stat().st_ino
    run = run_cli(capsys, "check", letter, "--format", "markdown", "-o", out)
    assert run.code in (0, 1) and "$98,000" in out.read_text()
    assert out.stat().st_ino != before  # a new file renamed over the old one, not written in place


def test_batch_output_to_a_null_device_keeps_the_device(tmp_path: Path, null_device: Path, capsys) -> None:
    """Several letters (one report each, gathered) go the same way."""
    letters = []
    for name in ("a.txt", "b.txt"):
        letters.append(tmp_path / name)
        letters[-1].write_text("Dear Sam,\n\nYour base salary will be $98,000 per year.\n")
    run = run_cli(capsys, "extract", *letters, "--format", "jsonl", "-j", "1", "-o", null_device)
    assert run.code == 0 and run.out == "", run.err
    assert stat.S_ISCHR(os.stat(null_device).st_mode)
