"""Hostile and broken PDFs through the real CLI: a clear message, exit 2, bounded time and memory."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from test_hostile_support import (assert_clean_error, giant_page_scan, inflating_pdf, make_pdf, many_page_pdf,
                                  raw_pdf, run_cli)

from fixtures_build import make_scanned_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

LETTER = ["Dear Sam,", "Your base salary will be $98,000 per year.", "You will have 25 days of paid leave."]


def test_encrypted_pdf_needs_its_password(tmp_path: Path, capsys) -> None:
    pdf = make_pdf(tmp_path / "locked.pdf", [LETTER], password="s3cret")
    run = run_cli(capsys, "text", pdf)
    assert_clean_error(run, "locked.pdf", "encrypted", "--password")
    run = run_cli(capsys, "text", pdf, "--password", "wrong")
    assert_clean_error(run, "locked.pdf", "encrypted", "password given does not open it")
    run = run_cli(capsys, "text", pdf, "--password", "s3cret")
    assert run.code == 0 and "Your base salary will be $98,000 per year." in run.out
    # the check command takes the password too, and then finds the salary
    run = run_cli(capsys, "extract", pdf, "--password", "s3cret")
    assert run.code == 0 and '"base_salary"' in run.out and "98000" in run.out.replace(",", "")


def test_pdf_with_only_an_owner_password_opens_without_one(tmp_path: Path, capsys) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Your base salary will be $98,000 per year.")
    pdf.set_encryption(owner_password="owner-only")  # printing/copying restrictions only
    pdf.output(str(tmp_path / "restricted.pdf"))
    run = run_cli(capsys, "text", tmp_path / "restricted.pdf")
    assert run.code == 0 and "$98,000" in run.out


@pytest.mark.parametrize("keep", [0.02, 0.3, 0.6, 0.9])
def test_truncated_pdf_is_a_clear_error_or_a_partial_read(tmp_path: Path, capsys, keep: float) -> None:
    good = make_pdf(tmp_path / "good.pdf", [LETTER] * 3)
    data = good.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:max(int(len(data) * keep), 9)])
    run = run_cli(capsys, "text", cut)
    if run.code == 0:  # pdfium rebuilt what it could: what it read is real text
        assert "salary" in run.out
    else:
        assert_clean_error(run, "cut.pdf")


def test_corrupt_objects_after_a_valid_header(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "corrupt.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                    + bytes(range(256)) * 40 + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    assert_clean_error(run_cli(capsys, "text", bad), "corrupt.pdf", "damaged")


def test_zero_byte_pdf(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert_clean_error(run_cli(capsys, "check", empty), "empty.pdf", "the file is empty (0 bytes)")


def test_text_file_named_pdf(tmp_path: Path, capsys) -> None:
    fake = tmp_path / "offer.pdf"
    fake.write_text("Dear Sam, your salary is $98,000 per year.")
    assert_clean_error(run_cli(capsys, "check", fake), "offer.pdf", "is named .pdf but is not a PDF",
                       "plain text")


def test_html_page_named_pdf(tmp_path: Path, capsys) -> None:
    fake = tmp_path / "offer.pdf"
    fake.write_text("<!doctype html><html><body>Offer</body></html>")
    assert_clean_error(run_cli(capsys, "text", fake), "is named .pdf but is not a PDF", "HTML")


@needs_tesseract
def test_image_only_pdf_is_read_by_ocr(tmp_path: Path, capsys) -> None:
    scan = make_scanned_pdf(tmp_path / "scan.pdf", ["OFFER OF EMPLOYMENT\nYour annual salary will be 85,000 dollars."])
    run = run_cli(capsys, "text", scan)
    assert run.code == 0, run.err
    assert "salary" in run.out.lower() and "85,000" in run.out


def test_image_only_pdf_without_tesseract_says_how_to_install(tmp_path: Path, capsys, monkeypatch) -> None:
    scan = make_scanned_pdf(tmp_path / "scan.pdf", ["OFFER OF EMPLOYMENT\nYour annual salary is 85,000 dollars."])
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda cmd, *a, **k: None if "tesseract" in str(cmd) else real_which(cmd, *a, **k))
    run = run_cli(capsys, "check", scan)
    assert_clean_error(run, "scan.pdf", "a scan", "Tesseract OCR is not installed", "apt-get install tesseract-ocr")
    assert len(run.err_lines) == 2  # the message and how to install


def test_image_only_pdf_with_tesseract_missing_from_path(tmp_path: Path, capsys, monkeypatch) -> None:
    scan = make_scanned_pdf(tmp_path / "scan.pdf", ["Salary 85,000 dollars."])
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin-here"))
    assert_clean_error(run_cli(capsys, "text", scan), "scan.pdf", "Tesseract OCR is not installed")


def test_many_pages_are_refused_before_any_page_is_read(tmp_path: Path, capsys, monkeypatch) -> None:
    from offercheck.ingest import pdf as pdf_reader

    long_pdf = many_page_pdf(tmp_path / "long.pdf", 20_000)

    def must_not_run(*args, **kwargs):
        raise AssertionError("a page was read before the page count was checked")

    monkeypatch.setattr(pdf_reader, "_read_page", must_not_run)  # inherited by the reading process
    started = time.monotonic()
    run = run_cli(capsys, "check", long_pdf)
    assert_clean_error(run, "long.pdf", "20000 pages is more than the limit of 500")
    assert time.monotonic() - started < 10
    run = run_cli(capsys, "text", long_pdf, "--max-pages", "19999")
    assert_clean_error(run, "20000 pages is more than the limit of 19999")


def test_max_pages_lets_a_long_enough_limit_through(tmp_path: Path, capsys) -> None:
    words = ["one", "two", "three", "four", "five", "six"]
    pdf = make_pdf(tmp_path / "six.pdf", [[f"Clause {w}: the {w} salary review."] for w in words])
    assert_clean_error(run_cli(capsys, "text", pdf, "--max-pages", "5"), "6 pages is more than the limit of 5")
    run = run_cli(capsys, "text", pdf, "--max-pages", "6")
    assert run.code == 0 and "Clause six" in run.out


def test_content_stream_that_inflates_to_gigabytes_is_stopped(tmp_path: Path, capsys) -> None:
    bomb = inflating_pdf(tmp_path / "bomb.pdf", 2048)  # 10 kB on disk, 2 GB of operators inside
    assert bomb.stat().st_size < 100_000
    started = time.monotonic()
    run = run_cli(capsys, "check", bomb)
    elapsed = time.monotonic() - started
    assert_clean_error(run, "bomb.pdf", "needs more than", "MB of memory")
    assert elapsed < 30


def test_slow_reader_hits_the_timeout(tmp_path: Path, capsys, monkeypatch) -> None:
    from offercheck.ingest import pdf as pdf_reader

    pdf = make_pdf(tmp_path / "slow.pdf", [LETTER])
    monkeypatch.setattr(pdf_reader, "_read_page", lambda *a: time.sleep(30))  # a reader that hangs
    started = time.monotonic()
    run = run_cli(capsys, "text", pdf, "--timeout", "1")
    assert_clean_error(run, "slow.pdf", "took longer than 1 s", "--timeout")
    assert time.monotonic() - started < 5
    monkeypatch.setenv("OFFERCHECK_TIMEOUT", "1.5")  # the environment sets the default
    assert_clean_error(run_cli(capsys, "text", pdf), "slow.pdf", "took longer than 1.5 s")


def test_pdf_whose_page_tree_claims_a_million_pages_is_refused_cheaply(tmp_path: Path, capsys) -> None:
    # pdfium believes the page tree's /Count; so does the limit, before any page is parsed.
    data = raw_pdf(b"BT /F1 12 Tf 72 700 Td (Salary 50,000 dollars) Tj ET", filters=b"[]",
                   claimed_count=1_000_000)
    liar = tmp_path / "liar.pdf"
    liar.write_bytes(data)
    started = time.monotonic()
    assert_clean_error(run_cli(capsys, "text", liar), "liar.pdf", "1000000 pages is more than the limit")
    assert time.monotonic() - started < 5
    honest = tmp_path / "honest.pdf"
    honest.write_bytes(raw_pdf(b"BT /F1 12 Tf 72 700 Td (Salary 50,000 dollars) Tj ET", filters=b"[]"))
    run = run_cli(capsys, "text", honest)
    assert run.code == 0 and "Salary 50,000 dollars" in run.out


def test_giant_scanned_page_is_rendered_at_a_bounded_size(tmp_path: Path, capsys, monkeypatch) -> None:
    from PIL import Image

    from offercheck.ingest import ocr

    seen = tmp_path / "rendered-size"  # the reader runs in a child process: it reports through a file

    def fake_tesseract(exe, png, label, page_no):
        with Image.open(png) as im:
            seen.write_text("%d %d" % im.size)
        return "Your annual salary will be 85,000 dollars."

    monkeypatch.setattr(ocr, "_tesseract", fake_tesseract)
    monkeypatch.setattr(shutil, "which", lambda cmd, *a, **k: "/usr/bin/tesseract")
    doc_text = run_cli(capsys, "text", giant_page_scan(tmp_path / "giant.pdf"))
    assert doc_text.code == 0 and "85,000" in doc_text.out
    width, height = map(int, seen.read_text().split())
    assert (width - 1) * (height - 1) <= ocr.MAX_PIXELS and width > 1000  # scaled down (pdfium rounds up)


@needs_tesseract
def test_giant_scanned_page_is_read_by_ocr(tmp_path: Path, capsys) -> None:
    started = time.monotonic()
    run = run_cli(capsys, "text", giant_page_scan(tmp_path / "giant.pdf"))
    assert run.code == 0 and "salary" in run.out.lower()
    assert time.monotonic() - started < 30
