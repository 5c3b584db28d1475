"""One very long paragraph (issue 11, category 12): a 480,000-character paragraph took about
four minutes and a salary of 490,000 digits two, then an internal error. Rule matching ran
outside the reader's deadline, and each context word was looked for in the whole line (or
sentence) once per match, which is quadratic in a paragraph's length."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from test_hostile_support import run_cli

from fixtures_build import docx_with_body

from offercheck import api
from offercheck.document import DocumentBuilder

SENTENCES = ("Your base salary will be $85,000 per year, paid monthly. Either party may give one month's "
             "notice. You will receive 20 days of paid leave. You will start on 2 March 2026. ")


def _paragraph(chars: int) -> str:
    return (SENTENCES * (chars // len(SENTENCES) + 1))[:chars]


def _seconds_to_extract(chars: int) -> float:
    builder = DocumentBuilder()
    builder.add(_paragraph(chars))
    document = builder.build("long.txt", "txt")
    best = float("inf")
    for _ in range(2):  # the quicker of two, against a busy machine
        started = time.perf_counter()
        api.extract_document(document)
        best = min(best, time.perf_counter() - started)
    return best


def test_matching_time_grows_with_the_paragraph_not_its_square() -> None:
    api.extract_document(_warm_document())  # rules loaded and compiled before the clock starts
    small, large = _seconds_to_extract(30_000), _seconds_to_extract(120_000)
    # four times the text: about four times the time; the quadratic matching took 12 times
    assert large < 7 * small + 0.5, (small, large)


def _warm_document():
    builder = DocumentBuilder()
    builder.add(SENTENCES)
    return builder.build("warm.txt", "txt")


def test_a_490000_digit_salary_is_read_quickly_and_not_stated(tmp_path: Path, capsys) -> None:
    letter = tmp_path / "digits.txt"
    letter.write_text("Dear Ann,\n\nYour annual salary will be $" + "7" * 490_000 + " per year.\n")
    started = time.monotonic()
    run = run_cli(capsys, "extract", letter, "--format", "json")
    assert run.code == 0, run.err
    assert "base_salary" not in json.loads(run.out)["terms"]
    assert time.monotonic() - started < 25


def test_a_long_paragraph_is_refused_at_the_deadline(tmp_path: Path) -> None:
    letter = docx_with_body(tmp_path / "long.docx", f"<w:p><w:r><w:t>{_paragraph(480_000)}</w:t></w:r></w:p>")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "offercheck", str(letter), "--timeout", "1"],
                          capture_output=True, text=True, timeout=120)
    elapsed = time.monotonic() - started
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert 1 <= len(lines) <= 3 and "Traceback" not in proc.stderr, proc.stderr
    assert "long.docx: checking its 480,000 characters of text took longer than 1 s" in lines[0], lines
    assert "--timeout" in proc.stderr
    assert elapsed < 1 + 15, elapsed  # the interpreter's start, then the deadline for reading and matching
