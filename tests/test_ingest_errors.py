"""read_document's dispatch: content decides the format; every bad input is a clear InputError."""
from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # fixtures_build lives beside the tests

from fixtures_build import docx_bytes, make_docx, make_pdf, replace_parts, zip_with  # noqa: E402

from offercheck.errors import CorruptDocument, EncryptedDocument, InputError, UnsupportedFormat  # noqa: E402
from offercheck.ingest import read_document  # noqa: E402


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.pdf: no such file"):
        read_document(tmp_path / "nope.pdf")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "letters.pdf"
    folder.mkdir()
    with pytest.raises(InputError, match=r"letters\.pdf: is a folder"):
        read_document(folder)


def test_zero_bytes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.docx: the file is empty \(0 bytes\)"):
        read_document(empty)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable(tmp_path: Path) -> None:
    f = make_pdf(tmp_path / "locked.pdf", [["text"]])
    f.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_document(f)


def test_unreadable_maps_permission_error(tmp_path: Path, monkeypatch) -> None:
    f = make_pdf(tmp_path / "locked.pdf", [["text"]])

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(InputError, match=r"locked\.pdf: permission denied"):
        read_document(f)


def test_text_file_named_pdf(tmp_path: Path) -> None:
    fake = tmp_path / "offer.pdf"
    fake.write_text("Dear Sam, we are pleased to offer you the job.")
    expected = r"offer\.pdf: is named \.pdf but is not a PDF \(it looks like plain text\)"
    with pytest.raises(UnsupportedFormat, match=expected):
        read_document(fake)


def test_html_named_docx(tmp_path: Path) -> None:
    fake = tmp_path / "offer.docx"
    fake.write_text("<html><body>offer</body></html>")
    with pytest.raises(UnsupportedFormat, match=r"is named \.docx but is not a Word document \(it looks like HTML"):
        read_document(fake)


def test_legacy_doc_extension(tmp_path: Path) -> None:
    doc = tmp_path / "offer.doc"
    doc.write_text("anything")
    with pytest.raises(UnsupportedFormat, match="save it as .docx or PDF"):
        read_document(doc)


def test_legacy_doc_content_with_docx_name(tmp_path: Path) -> None:
    ole = tmp_path / "offer.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(UnsupportedFormat, match=r"legacy Word 97-2003 .*save it as \.docx or PDF"):
        read_document(ole)


def test_password_protected_docx(tmp_path: Path) -> None:
    # Word wraps an encrypted .docx in an OLE container with an "EncryptedPackage" stream.
    ole = tmp_path / "locked.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000)
                    + "EncryptedPackage".encode("utf-16-le") + bytes(100))
    with pytest.raises(EncryptedDocument, match=r"locked\.docx: is a password-protected Word document"):
        read_document(ole)


def test_rtf(tmp_path: Path) -> None:
    rtf = tmp_path / "offer.docx"
    rtf.write_bytes(rb"{\rtf1\ansi hello}")
    with pytest.raises(UnsupportedFormat, match="RTF"):
        read_document(rtf)


def test_unsupported_extension(tmp_path: Path) -> None:
    f = tmp_path / "offer.odt"
    f.write_text("text")
    with pytest.raises(UnsupportedFormat, match=r"'\.odt' files are not supported; use PDF, DOCX or plain text"):
        read_document(f)


def test_binary_named_txt(tmp_path: Path) -> None:
    f = tmp_path / "offer.txt"
    f.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(UnsupportedFormat, match="binary data"):
        read_document(f)


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    z = zip_with(tmp_path / "offer.docx", {"readme.txt": b"hello"})
    with pytest.raises(UnsupportedFormat, match=r"offer\.docx: is a zip archive but not a Word document"):
        read_document(z)


def test_excel_workbook_named_docx(tmp_path: Path) -> None:
    z = zip_with(tmp_path / "offer.docx", {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"})
    with pytest.raises(UnsupportedFormat, match="Excel workbook"):
        read_document(z)


def test_truncated_docx(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", paragraphs=["hello"])
    bad = tmp_path / "bad.docx"
    bad.write_bytes(good.read_bytes()[:-200])
    with pytest.raises(CorruptDocument, match=r"bad\.docx: .*damaged"):
        read_document(bad)


def test_docx_named_pdf_is_read_as_docx(tmp_path: Path) -> None:
    f = tmp_path / "offer.pdf"
    f.write_bytes(docx_bytes(lambda d: d.add_paragraph("Notice period: one month")))
    doc = read_document(f)
    assert doc.format == "docx" and doc.text == "Notice period: one month"


def test_plain_text_round_trip(tmp_path: Path) -> None:
    f = tmp_path / "offer.md"
    f.write_text("# Offer\n\nSalary:  £50,000\r\nper year\n\n\n\ufb01nal para\n", encoding="utf-8")
    doc = read_document(f)
    assert doc.format == "txt" and doc.pages is None
    assert doc.text == "# Offer\n\nSalary: £50,000\nper year\n\nfinal para"
    assert [doc.text[b.start:b.end] for b in doc.blocks] == ["# Offer", "Salary: £50,000\nper year", "final para"]
    assert [b.index for b in doc.blocks] == [1, 2, 3]


def test_plain_text_bad_bytes_and_utf16(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Salary: \u00a350,000".encode("latin-1"))
    assert read_document(f).text == "Salary: \ufffd50,000"
    g = tmp_path / "utf16.txt"
    g.write_bytes("Salary: €50,000".encode("utf-16"))
    assert read_document(g).text == "Salary: €50,000"


def test_whitespace_only_text(tmp_path: Path) -> None:
    f = tmp_path / "blank.txt"
    f.write_text("  \n\n \t\n")
    with pytest.raises(InputError, match=r"blank\.txt: the document contains no text"):
        read_document(f)


def test_macro_enabled_document_named_docx(tmp_path: Path) -> None:
    f = make_docx(tmp_path / "macro.docx", paragraphs=["hello"])
    with zipfile.ZipFile(f) as zf:
        types = zf.read("[Content_Types].xml").replace(
            b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
    replace_parts(f, {"[Content_Types].xml": types})
    with pytest.raises(UnsupportedFormat, match="macro-enabled"):
        read_document(f)


def test_zip_extension_check_happens_before_docx(tmp_path: Path) -> None:
    z = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a.txt", "x")
    with pytest.raises(UnsupportedFormat, match=r"'\.xlsx' files are not supported"):
        read_document(z)
