"""Scanned PDFs: OCR with Tesseract when installed, a clear error when it is not."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # fixtures_build lives beside the tests

from fixtures_build import check_blocks, make_scanned_pdf  # noqa: E402

from offercheck.errors import OcrUnavailable  # noqa: E402
from offercheck.ingest import ocr, read_document  # noqa: E402

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

SCAN = "OFFER OF EMPLOYMENT\nYour annual salary will be 85,000 dollars.\nYou will start on Monday."


def test_scan_without_tesseract_says_how_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    pdf = make_scanned_pdf(tmp_path / "scan.pdf", [SCAN])
    with pytest.raises(OcrUnavailable, match=r"scan\.pdf: the PDF is a scan") as info:
        read_document(pdf)
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in info.value.hint


def test_partly_scanned_without_tesseract_keeps_text_pages(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    pdf = make_scanned_pdf(tmp_path / "mixed.pdf", [SCAN],
                           extra_text_pages=["Signed by both parties on 3 March 2025."])
    doc = read_document(pdf)
    assert doc.text == "Signed by both parties on 3 March 2025."
    assert doc.page_at(0) == 2 and doc.pages == 2 and doc.ocr_pages == ()


@needs_tesseract
def test_scanned_page_is_ocred(tmp_path: Path, capsys) -> None:
    pdf = make_scanned_pdf(tmp_path / "scan.pdf", [SCAN],
                           extra_text_pages=["Signed by both parties on 3 March 2025."])
    doc = read_document(pdf)
    assert doc.ocr_pages == (1,)
    check_blocks(doc)
    assert "annual salary will be 85,000 dollars" in doc.text
    at = doc.text.index("85,000")
    assert doc.page_at(at) == 1 and doc.block_at(at).kind == "ocr"
    signed = doc.text.index("Signed by both")
    assert doc.page_at(signed) == 2 and doc.block_at(signed).kind == "para"
    assert capsys.readouterr().err == ""  # progress only on a terminal


@needs_tesseract
def test_tesseract_failure_is_an_input_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(ocr, "LANG", "no-such-language")
    pdf = make_scanned_pdf(tmp_path / "scan.pdf", [SCAN])
    with pytest.raises(OcrUnavailable, match=r"scan\.pdf: OCR failed on page 1"):
        read_document(pdf)
