"""PDF reading: one canonical text, pages and blocks that map back, headers stripped."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # fixtures_build lives beside the tests

from fixtures_build import check_blocks, make_pdf  # noqa: E402

from offercheck.errors import CorruptDocument, DocumentTooLarge, EncryptedDocument  # noqa: E402
from offercheck.ingest import read_document  # noqa: E402
from offercheck.ingest.pdf import strip_running_lines  # noqa: E402
from offercheck.ingest.text import page_lines  # noqa: E402


@pytest.fixture
def four_page_letter(tmp_path: Path) -> Path:
    words = ["one", "two", "three", "four"]
    # Body lines differ in words, not only digits: digit-only differences at page edges
    # are exactly what a running footer looks like.
    pages = [[f"Clause {i}. The employee agrees to a non-\ncompete period of {w} months.",
              f"Salary review {w} happens yearly."] for i, w in enumerate(words, 1)]
    return make_pdf(tmp_path / "letter.pdf", pages, header="ACME Widgets Ltd - Confidential", footer=True)


def test_text_pages_and_blocks(four_page_letter: Path) -> None:
    doc = read_document(four_page_letter)
    assert doc.format == "pdf" and doc.pages == 4 and doc.ocr_pages == ()
    check_blocks(doc)
    for n in range(1, 5):
        start = doc.text.index(f"Clause {n}.")
        assert doc.page_at(start) == n
        assert doc.block_at(start).page == n
    # Pages are separated by exactly one blank line and nothing else.
    assert doc.text.count("\n\n") == 3
    assert "\f" not in doc.text and "\r" not in doc.text
    assert not doc.text.endswith("\n")
    # Block index is the line number on its page.
    first_on_page_2 = doc.block_at(doc.text.index("Clause 2."))
    assert first_on_page_2.index == 1


def test_running_header_and_page_numbers_are_removed(four_page_letter: Path) -> None:
    doc = read_document(four_page_letter)
    # Header kept once (first page), page numbers gone everywhere.
    assert doc.text.count("ACME Widgets Ltd - Confidential") == 1
    assert doc.text.startswith("ACME Widgets Ltd - Confidential\n")
    assert "Page 1 of 4" not in doc.text and "Page 3 of 4" not in doc.text


def test_line_end_hyphen_keeps_the_compound(four_page_letter: Path) -> None:
    doc = read_document(four_page_letter)
    assert "non-compete period of one months" in doc.text
    assert "\ufffe" not in doc.text and "\x02" not in doc.text


def test_page_lines_normalises() -> None:
    raw = "Base  salary:\u00a0$120,000 \ufb01xed\r\nnon\ufffecompete\x02\r\n\r\n  \r\nend"
    assert page_lines(raw) == ["Base salary: $120,000 fixed", "non-compete-", "end"]


def test_strip_needs_three_pages() -> None:
    pages = [["Header", "a"], ["Header", "b"]]
    assert strip_running_lines(pages) == pages


def test_strip_keeps_body_lines_and_house_numbers() -> None:
    words = ["one", "two", "three"]
    pages = [["Letterhead", "3540", *(f"{w} body {k}" for k in "abcde"), f"- {i} -"]
             for i, w in enumerate(words, 1)]
    out = strip_running_lines(pages)
    # The first copy of a running line stays; a lone number larger than the page
    # count is not a page number; page numbers go; body lines all stay.
    assert out[0] == ["Letterhead", "3540", *(f"one body {k}" for k in "abcde")]
    assert out[1] == [f"two body {k}" for k in "abcde"]
    assert out[2] == [f"three body {k}" for k in "abcde"]


def test_lone_number_beyond_page_count_is_kept() -> None:
    pages = [["3540", f"{w} text"] for w in ["a", "b"]]
    assert strip_running_lines(pages) == pages


def test_too_many_pages(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "long.pdf", [["page text here"]] * 6)
    with pytest.raises(DocumentTooLarge, match=r"long\.pdf: 6 pages .* limit of 5"):
        read_document(pdf, max_pages=5)
    assert read_document(pdf, max_pages=6).pages == 6


def test_encrypted_pdf(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "secret.pdf", [["Your salary is $99,000 per year."]], password="s3cret")
    with pytest.raises(EncryptedDocument, match=r"secret\.pdf: .*password-protected"):
        read_document(pdf)
    with pytest.raises(EncryptedDocument, match="password given does not open"):
        read_document(pdf, password="wrong")
    doc = read_document(pdf, password="s3cret")
    assert "Your salary is $99,000 per year." in doc.text


def test_truncated_pdf(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf", [["hello world " * 20]])
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(good.read_bytes()[:400])
    with pytest.raises(CorruptDocument, match=r"truncated\.pdf: .*damaged or truncated"):
        read_document(bad)


def test_garbage_after_pdf_header(tmp_path: Path) -> None:
    bad = tmp_path / "junk.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not really a pdf\n" * 10)
    with pytest.raises(CorruptDocument, match=r"junk\.pdf"):
        read_document(bad)


def test_pdf_without_text_or_images(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.line(10, 10, 100, 100)
    pdf.output(str(tmp_path / "blank.pdf"))
    with pytest.raises(CorruptDocument, match="no text could be extracted"):
        read_document(tmp_path / "blank.pdf")


def test_pdf_with_other_extension_is_read_by_content(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "letter.bin", [["Start date: 1 March 2025"]])
    renamed = pdf.rename(tmp_path / "letter.txt")
    assert read_document(renamed).format == "pdf"
