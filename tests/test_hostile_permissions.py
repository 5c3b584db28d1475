"""Files that exist but may not be read (issue 11): a letter, an expectations file or an
--output inside a folder this user may not open ended in an internal error (Path.exists()
raises PermissionError there). Each is now exit 2 with a one-line message.

Root reads everything, so as root the CLI runs as ``nobody`` (setpriv), on files in a
folder of /tmp that nobody may enter."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from fixtures_build import make_pdf

ROOT = os.geteuid() == 0
pytestmark = pytest.mark.skipif(ROOT and shutil.which("setpriv") is None, reason="root without setpriv")

LETTER = "Dear Ann,\n\nYour annual salary will be $85,000 per year.\n\nYou will start on 2 March 2026.\n"


@pytest.fixture
def place():
    """A folder of /tmp anyone may enter (tmp_path is root's own), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="offercheck-perm-"))
    folder.chmod(0o755)
    yield folder
    for p in [folder, *folder.rglob("*")]:
        if p.is_dir() and not p.is_symlink():
            p.chmod(0o755)
    shutil.rmtree(folder)


def _readable(path: Path, text: str = LETTER) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o644)
    path.parent.chmod(0o755)
    return path


def _locked(folder: Path) -> Path:
    folder.chmod(0o000)
    return folder


def _as_another_user(*argv: object) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "offercheck", *map(str, argv)]
    if ROOT:
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd="/")


def _assert_clean(proc: subprocess.CompletedProcess, *fragments: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert 1 <= len(lines) <= 3 and lines[0].startswith("offercheck: "), proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    for fragment in fragments:
        assert fragment in proc.stderr, (fragment, proc.stderr)


@pytest.mark.parametrize("command", ["check", "extract", "text"])
def test_a_letter_in_a_locked_folder(place: Path, command: str) -> None:
    letter = _readable(place / "locked" / "offer.txt")
    _locked(letter.parent)
    _assert_clean(_as_another_user(command, letter), "offer.txt", "permission denied")


def test_a_pdf_in_a_locked_folder(place: Path) -> None:
    (place / "locked").mkdir()
    pdf = make_pdf(place / "locked" / "offer.pdf", [["Your annual salary will be $85,000 per year."]])
    _locked(pdf.parent)
    _assert_clean(_as_another_user(pdf), "offer.pdf", "permission denied")


def test_an_unreadable_letter(place: Path) -> None:
    letter = _readable(place / "offer.txt")
    letter.chmod(0o000)
    _assert_clean(_as_another_user(letter), "offer.txt", "not readable")


def test_expectations_in_a_locked_folder(place: Path) -> None:
    letter = _readable(place / "offer.txt")
    expect = _readable(place / "locked" / "me.yaml", "base_salary: 80000\n")
    _locked(expect.parent)
    _assert_clean(_as_another_user(letter, "--expect", expect), "me.yaml", "permission denied")


def test_output_into_a_locked_folder(place: Path) -> None:
    letter = _readable(place / "offer.txt")
    _locked(_readable(place / "locked" / "keep.txt", "mine").parent)
    _assert_clean(_as_another_user(letter, "-o", place / "locked" / "report.md"), "report.md", "permission denied")


def test_an_unreadable_file_in_a_batch_fails_alone(place: Path) -> None:
    good = _readable(place / "letters" / "a.txt")
    bad = _readable(place / "letters" / "b.txt")
    bad.chmod(0o000)
    proc = _as_another_user("extract", good.parent, "--jobs", "1")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.splitlines() == [f"offercheck: {bad}: permission denied (cannot read the file)"]
    assert '"base_salary"' in proc.stdout  # the readable letter is still read
