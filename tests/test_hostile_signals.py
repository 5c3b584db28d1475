"""Ctrl-C, SIGTERM and the deadline during OCR (issue 11, category 13): the rendered page
images of the letter (a private document) were left in $TMPDIR, Ctrl-C exited 2 and SIGTERM
killed the process without a word. Each run below gets a TMPDIR of its own, which must be
empty afterwards."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_hostile_support import run_cli

from fixtures_build import make_scanned_pdf

from offercheck import sandbox
from offercheck.ingest import ocr

pytestmark = [pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed"),
              pytest.mark.skipif(not sandbox.isolation_available(), reason="isolation needs Linux fork")]

PAGE = ("OFFER OF EMPLOYMENT\nYour annual salary will be 85,000 dollars.\nYou will start on Monday.\n"
        "Either party may give one month's notice.\nYou will receive 20 days of paid leave.")


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    return make_scanned_pdf(tmp_path / "scan.pdf", [PAGE] * 6)


@pytest.fixture
def private_tmp(tmp_path: Path) -> Path:
    folder = tmp_path / "private-tmp"
    folder.mkdir()
    return folder


def _leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _start_ocr(scan: Path, private_tmp: Path, *argv: str) -> subprocess.Popen:
    """offercheck on the scan (in a session of its own, as a terminal's job is), returned once
    a page image is on disk (OCR under way)."""
    # as a terminal starts a foreground job: Ctrl-C not ignored, even where these tests run
    # in a background job (a shell's "&" starts it, and its children, ignoring SIGINT)
    proc = subprocess.Popen([sys.executable, "-m", "offercheck", *argv, str(scan)],
                            env=dict(os.environ, TMPDIR=str(private_tmp)), start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not list(private_tmp.rglob("page-*.png")):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "OCR never started"
        time.sleep(0.05)
    return proc


@pytest.mark.parametrize("signum, code, message", [(signal.SIGINT, 130, "offercheck: interrupted"),
                                                    (signal.SIGTERM, 143, "offercheck: terminated")],
                         ids=["SIGINT", "SIGTERM"])
def test_a_signal_during_ocr_leaves_no_page_image(scan: Path, private_tmp: Path, signum, code, message) -> None:
    proc = _start_ocr(scan, private_tmp)
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == code, (proc.returncode, err)
    assert err.splitlines() == [message], err
    assert out == ""
    assert _leftovers(private_tmp) == []


def test_ctrl_c_to_a_batch_stops_every_worker_quietly(scan: Path, private_tmp: Path) -> None:
    folder = scan.parent / "letters"
    folder.mkdir()
    for name in ("a.pdf", "b.pdf"):
        shutil.copy(scan, folder / name)
    proc = _start_ocr(folder, private_tmp, "extract", "--jobs", "2")
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err.splitlines() == ["offercheck: interrupted"], err
    assert _leftovers(private_tmp) == []


def test_the_deadline_during_ocr_leaves_no_page_image(scan: Path, private_tmp: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(ocr, "PAGE_BUDGET_S", 0)  # no more time for the scan than for any file
    monkeypatch.setattr(ocr, "_tesseract", lambda exe, png, *args: time.sleep(60) if png.exists() else "")  # hangs
    monkeypatch.setattr("tempfile.tempdir", str(private_tmp))
    run = run_cli(capsys, "text", scan, "--timeout", "1.5")
    assert run.code == 2 and "reading the file took longer than 1.5 s" in run.err, run.err
    assert _leftovers(private_tmp) == []


def test_a_finished_ocr_leaves_nothing_either(tmp_path: Path, private_tmp: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(private_tmp))
    run = run_cli(capsys, "text", make_scanned_pdf(tmp_path / "one.pdf", [PAGE]))
    assert run.code == 0 and "85,000" in run.out, run.err
    assert _leftovers(private_tmp) == []
