"""What a reader of the PDF sees is what offercheck reads (issue 11, categories 2 and 3, PDF side):
text drawn invisible, in white on white or off the page is not read as terms (and is reported
when it states terms); invisible text over a scan (its OCR layer) and white type on a dark band
are read, as they are seen.

The PDFs are written byte by byte here, so each case is exactly one trick.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_hostile_support import pdf_from_objects, run_cli

VISIBLE = b"BT /F1 12 Tf 72 680 Td (Your base salary will be $98,000 per year.) Tj ET\n"
HIDDEN_SALARY = b"(Your base salary will be $250,000 per year.) Tj"
GREY_PIXEL = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\xc0\nendstream"


def pdf_bytes(content: bytes, *, crop: bytes | None = None, extra_objects: list[bytes] = (),
              page_extra: bytes = b"", xobjects: bytes = b"", resources: bytes = b"", catalog_extra: bytes = b"") -> bytes:
    """One page, Helvetica as /F1, an image /Im1 (one grey pixel) and ``xobjects`` (more /Name ref
    entries), more ``resources``; objects 5.. are ``extra_objects``."""
    box = b" /CropBox [%s]" % crop if crop else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R" + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]" + box + b" /Resources << /Font << /F1 3 0 R >> "
        b"/XObject << /Im1 %d 0 R " % (5 + len(extra_objects)) + xobjects + b">> " + resources + b">> /Contents %d 0 R"
        % (6 + len(extra_objects)) + page_extra + b" >>",
        *extra_objects,
        GREY_PIXEL,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return pdf_from_objects(objects)


def letter(tmp_path: Path, content: bytes, name: str = "offer.pdf", **kwargs) -> Path:
    path = tmp_path / name
    path.write_bytes(pdf_bytes(b"BT /F1 12 Tf 72 720 Td (Dear Sam,) Tj ET\n" + content, **kwargs))
    return path


def report(capsys, path: Path) -> dict:
    run = run_cli(capsys, "check", path, "--format", "json")
    assert run.code in (0, 1), run.err
    return json.loads(run.out)


HIDDEN = {
    "render-mode-3": b"BT 3 Tr /F1 12 Tf 72 700 Td " + HIDDEN_SALARY + b" 0 Tr ET\n" + VISIBLE,
    "render-mode-7": VISIBLE + b"BT 7 Tr /F1 12 Tf 72 660 Td " + HIDDEN_SALARY + b" 0 Tr ET\n",
    "white-on-white": b"1 1 1 rg BT /F1 12 Tf 72 700 Td " + HIDDEN_SALARY + b" ET 0 g\n" + VISIBLE,
    "white-cmyk": b"0 0 0 0 k BT /F1 12 Tf 72 700 Td " + HIDDEN_SALARY + b" ET 0 g\n" + VISIBLE,
    "right-of-mediabox": b"BT /F1 12 Tf 700 700 Td " + HIDDEN_SALARY + b" ET\n" + VISIBLE,
    "below-mediabox": b"BT /F1 12 Tf 72 -300 Td " + HIDDEN_SALARY + b" ET\n" + VISIBLE,
}


@pytest.mark.parametrize("case", sorted(HIDDEN))
def test_hidden_salary_is_not_read_and_is_flagged(tmp_path: Path, capsys, case: str) -> None:
    pdf = letter(tmp_path, HIDDEN[case])
    text = run_cli(capsys, "text", pdf).out
    assert "$98,000" in text and "$250,000" not in text
    data = report(capsys, pdf)
    salary = data["terms"]["base_salary"]
    assert salary["value"]["amount"] == 98000, salary
    flag = {f["id"]: f for f in data["flags"]}["text.hidden_terms"]
    assert flag["severity"] == "high" and "$250,000" in flag["title"] and "page 1" in flag["title"]
    assert flag["evidence"][0]["page"] == 1


def test_fully_transparent_text_is_hidden(tmp_path: Path, capsys) -> None:
    """Fill alpha 0 from an ExtGState (/ca 0): drawn, but with no ink at all."""
    pdf = letter(tmp_path, b"q /GS0 gs BT /F1 12 Tf 72 700 Td " + HIDDEN_SALARY + b" ET Q\n" + VISIBLE,
                 resources=b"/ExtGState << /GS0 << /Type /ExtGState /ca 0 >> >> ")
    data = report(capsys, pdf)
    assert data["terms"]["base_salary"]["value"]["amount"] == 98000
    assert "transparent" in {f["id"]: f for f in data["flags"]}["text.hidden_terms"]["title"]


def test_hidden_text_inside_a_form_xobject(tmp_path: Path, capsys) -> None:
    """Drawn invisible inside a form XObject (a reusable block of content): found and left out."""
    inner = b"BT 3 Tr /F1 12 Tf 72 700 Td " + HIDDEN_SALARY + b" 0 Tr ET"
    form = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Length %d >>\nstream\n" % len(inner) + inner + b"\nendstream")
    pdf = letter(tmp_path, b"q /Fm1 Do Q\n" + VISIBLE, extra_objects=[form], xobjects=b"/Fm1 5 0 R ")
    assert "$250,000" not in run_cli(capsys, "text", pdf).out
    data = report(capsys, pdf)
    assert data["terms"]["base_salary"]["value"]["amount"] == 98000
    assert "$250,000" in {f["id"]: f for f in data["flags"]}["text.hidden_terms"]["title"]


def test_text_outside_the_crop_box_is_hidden(tmp_path: Path, capsys) -> None:
    """Inside the MediaBox but outside the CropBox: a viewer shows the CropBox only."""
    pdf = letter(tmp_path, b"BT /F1 12 Tf 72 100 Td " + HIDDEN_SALARY + b" ET\n" + VISIBLE, crop=b"0 400 612 792")
    data = report(capsys, pdf)
    assert data["terms"]["base_salary"]["value"]["amount"] == 98000
    assert "outside the page" in {f["id"]: f for f in data["flags"]}["text.hidden_terms"]["title"]


def test_hidden_text_without_terms_is_dropped_quietly(tmp_path: Path, capsys) -> None:
    pdf = letter(tmp_path, b"BT 3 Tr /F1 12 Tf 72 700 Td (Keywords: engineer, Austin) Tj 0 Tr ET\n" + VISIBLE)
    assert "Keywords" not in run_cli(capsys, "text", pdf).out
    assert "text.hidden_terms" not in {f["id"] for f in report(capsys, pdf)["flags"]}


def _read_and_flagged(capsys, pdf: Path) -> None:
    """The visible salary is read; the hidden one beside it (off the image, the band) is flagged."""
    assert "Your base salary will be $98,000 per year." in run_cli(capsys, "text", pdf).out
    data = report(capsys, pdf)
    assert data["terms"]["base_salary"]["value"]["amount"] == 98000
    assert "$250,000" in {f["id"]: f for f in data["flags"]}["text.hidden_terms"]["title"]


def test_invisible_text_over_a_scan_is_its_ocr_layer_and_is_read(tmp_path: Path, capsys) -> None:
    """A searchable scan: the page image, and on it the same words in render mode 3. Invisible
    text elsewhere on the page is still hidden."""
    scan = (b"q 468 0 0 200 72 560 cm /Im1 Do Q\n"
            b"BT 3 Tr /F1 12 Tf 80 700 Td (Your base salary will be $98,000 per year.) Tj 0 Tr ET\n"
            b"BT 3 Tr /F1 12 Tf 80 300 Td " + HIDDEN_SALARY + b" 0 Tr ET\n")
    _read_and_flagged(capsys, letter(tmp_path, scan))


def test_white_type_on_a_dark_band_is_read(tmp_path: Path, capsys) -> None:
    band = (b"0.1 0.2 0.5 rg 60 690 480 30 re f\n"
            b"1 1 1 rg BT /F1 12 Tf 72 700 Td (Your base salary will be $98,000 per year.) Tj ET\n"
            b"BT /F1 12 Tf 72 300 Td " + HIDDEN_SALARY + b" ET 0 g\n")
    _read_and_flagged(capsys, letter(tmp_path, band))


# ---------------------------------------------------------------- category 3: filled form fields

def widget(field: bytes, rect: bytes = b"300 676 500 692") -> bytes:
    return b"<< /Type /Annot /Subtype /Widget " + field + b" /Rect [" + rect + b"] /P 4 0 R /F 4 >>"


def fillable(tmp_path: Path, widgets: list[bytes], content: bytes, name: str = "fillable.pdf") -> Path:
    """A fillable letter: widgets are objects 5.., all in /AcroForm /Fields and on page 1's /Annots."""
    refs = b" ".join(b"%d 0 R" % (5 + i) for i in range(len(widgets)))
    return letter(tmp_path, content, name, extra_objects=widgets, page_extra=b" /Annots [" + refs + b"]",
                  catalog_extra=b" /AcroForm << /Fields [" + refs + b"] /NeedAppearances true >>")


BLANK_SALARY = b"BT /F1 12 Tf 72 680 Td (Your base salary is set out below.) Tj ET\nBT /F1 12 Tf 72 640 Td (We look forward to working with you.) Tj ET\n"


def test_filled_form_field_is_read_with_its_source(tmp_path: Path, capsys) -> None:
    pdf = fillable(tmp_path, [widget(b"/FT /Tx /T (BaseSalary) /V ($98,000 per year)"),
                              widget(b"/FT /Tx /T (start_date) /TU (Start date) /V (1 April 2025)", b"300 656 500 672"),
                              widget(b"/FT /Tx /T (Empty) /V ()", b"300 636 500 652"),
                              widget(b"/FT /Btn /T (Relocation) /V /Yes /AS /Yes", b"300 616 312 628")],
                   BLANK_SALARY)
    text = run_cli(capsys, "text", pdf).out
    assert text.splitlines() == ["Dear Sam,", "Your base salary is set out below.", "We look forward to working with you.",
                                 "Base Salary: $98,000 per year", "Start date: 1 April 2025", "Relocation: Yes"]
    data = report(capsys, pdf)
    salary = data["terms"]["base_salary"]
    assert salary["value"]["amount"] == 98000
    assert salary["evidence"]["page"] == 1 and salary["evidence"]["source"] == "form field BaseSalary"
    assert data["terms"]["start_date"]["value"] == "2025-04-01"
    run = run_cli(capsys, "check", pdf, "--format", "markdown")
    assert "| Base Salary: $98,000 | p. 1, form field BaseSalary |" in run.out  # the report's "Where"


def test_field_value_inherited_from_its_parent_field_is_read_once(tmp_path: Path, capsys) -> None:
    """A field whose value sits on the parent and whose two widgets are its kids."""
    kids = [b"<< /Type /Annot /Subtype /Widget /Parent 7 0 R /Rect [300 676 500 692] /P 4 0 R /F 4 >>",
            b"<< /Type /Annot /Subtype /Widget /Parent 7 0 R /Rect [300 606 500 622] /P 4 0 R /F 4 >>",
            b"<< /FT /Tx /T (offer) /Kids [5 0 R 6 0 R] /V ($98,000) /TU (Annual salary) >>"]
    pdf = letter(tmp_path, BLANK_SALARY, "kids.pdf", extra_objects=kids, page_extra=b" /Annots [5 0 R 6 0 R]",
                 catalog_extra=b" /AcroForm << /Fields [7 0 R] >>")
    text = run_cli(capsys, "text", pdf).out
    assert text.count("Annual salary: $98,000") == 1
    assert report(capsys, pdf)["terms"]["base_salary"]["value"]["amount"] == 98000


def test_a_value_the_page_already_shows_is_not_repeated(tmp_path: Path, capsys) -> None:
    pdf = fillable(tmp_path, [widget(b"/FT /Tx /T (Salary) /V ($98,000 per year.)"),
                              widget(b"/FT /Tx /T (SigningBonus) /V ($5,000)", b"300 656 500 672")], VISIBLE)
    text = run_cli(capsys, "text", pdf).out
    assert text.count("$98,000") == 1 and text.splitlines()[-1] == "Signing Bonus: $5,000"
