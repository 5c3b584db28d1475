"""DOCX reading: body order, tracked changes, fields, text boxes, tables, numbering, headers."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # fixtures_build lives beside the tests

from fixtures_build import (  # noqa: E402
    W_NS, check_blocks, docx_with_body, drop_relationship, make_docx, p, read_part, replace_parts,
    zip_with, zip_with_large_member)

from offercheck.errors import CorruptDocument, DocumentTooLarge, InputError  # noqa: E402
from offercheck.ingest import docx as docx_reader  # noqa: E402
from offercheck.ingest import read_document  # noqa: E402


def texts(doc) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks]


# ------------------------------------------------------------------ paragraphs

def test_paragraphs_in_order_with_blocks(tmp_path: Path) -> None:
    f = make_docx(tmp_path / "a.docx", paragraphs=["Dear Sam,", "", "Your  salary\tis \u00a350,000.", "Regards"])
    doc = read_document(f)
    assert doc.format == "docx" and doc.pages is None
    assert doc.text == "Dear Sam,\nYour salary is £50,000.\nRegards"
    check_blocks(doc)
    assert [(b.index, b.kind, b.page) for b in doc.blocks] == [(1, "para", None), (2, "para", None), (3, "para", None)]
    assert doc.block_at(doc.text.index("£")).index == 2


INLINE = (
    # tracked insertion kept, deletion dropped
    '<w:p><w:r><w:t xml:space="preserve">Salary: </w:t></w:r>'
    '<w:del w:id="1" w:author="HR"><w:r><w:delText>$90,000</w:delText></w:r></w:del>'
    '<w:ins w:id="2" w:author="HR"><w:r><w:t>$95,000</w:t></w:r></w:ins></w:p>'
    # inline content control, hyperlink, simple field
    '<w:p><w:r><w:t xml:space="preserve">Start date: </w:t></w:r>'
    '<w:sdt><w:sdtPr><w:alias w:val="Start"/></w:sdtPr><w:sdtContent><w:r><w:t>1 March 2025</w:t></w:r>'
    '</w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> at </w:t></w:r>'
    '<w:hyperlink r:id="rId99"><w:r><w:t>our office</w:t></w:r></w:hyperlink></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Employer: </w:t></w:r>'
    '<w:fldSimple w:instr=" DOCPROPERTY Company "><w:r><w:t>Acme Ltd</w:t></w:r></w:fldSimple></w:p>'
    # complex field: instruction hidden, result shown
    '<w:p><w:r><w:t xml:space="preserve">Dated </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>14 February 2025</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    # tab, line break, non-breaking hyphen, symbol, hidden text, ligature
    '<w:p><w:r><w:t>Hours:</w:t><w:tab/><w:t>37.5</w:t><w:br/><w:t>full</w:t><w:noBreakHyphen/><w:t>time</w:t>'
    '<w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Arial" w:char="00A7"/></w:r>'
    '<w:r><w:rPr><w:vanish/></w:rPr><w:t>SECRET NOTE</w:t></w:r>'
    '<w:r><w:t xml:space="preserve"> \ufb01xed</w:t></w:r></w:p>'
)


def test_inline_markup(tmp_path: Path) -> None:
    doc = read_document(docx_with_body(tmp_path / "inline.docx", INLINE))
    assert texts(doc) == [
        "Salary: $95,000",
        "Start date: 1 March 2025 at our office",
        "Employer: Acme Ltd",
        "Dated 14 February 2025",
        "Hours: 37.5\nfull-time§ fixed",
    ]
    assert "$90,000" not in doc.text and "DATE" not in doc.text and "SECRET" not in doc.text
    check_blocks(doc)


def test_space_only_runs_survive_parsing(tmp_path: Path) -> None:
    # python-docx parses with remove_blank_text=True; a run holding only a space must stay.
    body = ('<w:p><w:r><w:t>Base</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
            '<w:r><w:t>salary</w:t></w:r></w:p>')
    assert read_document(docx_with_body(tmp_path / "s.docx", body)).text == "Base salary"


BOXES = (
    p("Before the box")
    # DrawingML text box with a VML fallback: the text must appear once
    + '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
      '<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' + p("Bonus: 10% of salary") +
      '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
      '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + p("Bonus: 10% of salary") +
      '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
      '<w:r><w:t>Anchor paragraph</w:t></w:r></w:p>'
    # VML-only text box
    + '<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>' + p("Legacy box text") +
      '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
    # block-level content control, deleted paragraph
    + '<w:sdt><w:sdtPr/><w:sdtContent>' + p("Inside a block control") + '</w:sdtContent></w:sdt>'
    + '<w:p><w:del w:id="3" w:author="HR"><w:r><w:delText>Removed clause</w:delText></w:r></w:del></w:p>'
    + p("After")
)


def test_text_boxes_once_and_block_controls(tmp_path: Path) -> None:
    doc = read_document(docx_with_body(tmp_path / "boxes.docx", BOXES))
    assert texts(doc) == ["Before the box", "Anchor paragraph", "Bonus: 10% of salary",
                          "Legacy box text", "Inside a block control", "After"]
    check_blocks(doc)


# ------------------------------------------------------------------ tables

def _table_doc(doc) -> None:
    doc.add_paragraph("Particulars")
    t = doc.add_table(rows=4, cols=3)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "Item", "Amount", "Period"
    t.cell(1, 0).text, t.cell(1, 1).text, t.cell(1, 2).text = "Salary", "$100,000", "year"
    merged = t.cell(2, 1).merge(t.cell(2, 2))  # horizontal merge
    t.cell(2, 0).text = "Bonus"
    merged.text = "10% target"
    vertical = t.cell(2, 0).merge(t.cell(3, 0))  # vertical merge: text lives in row 2
    vertical.text = "Bonus"
    t.cell(3, 1).text = "paid in March"
    t.cell(3, 2).add_paragraph("second paragraph")  # cell with two paragraphs (first empty)
    t.cell(3, 2).paragraphs[0].text = "first paragraph"
    inner = t.cell(1, 2).add_table(rows=1, cols=2)  # nested table
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Inner A", "Inner B"
    doc.add_paragraph("After the table")


def test_table_rows_are_lines_and_cells_are_blocks(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "t.docx", _table_doc))
    lines = doc.text.split("\n")
    assert lines == [
        "Particulars",
        "Item | Amount | Period",
        "Salary | $100,000 | year",
        "Inner A | Inner B",
        "Bonus | 10% target",
        "paid in March | first paragraph second paragraph",
        "After the table",
    ]
    check_blocks(doc)
    cells = [b for b in doc.blocks if b.kind == "cell"]
    amount = doc.block_at(doc.text.index("$100,000"))
    assert (amount.kind, amount.table, amount.row, amount.col) == ("cell", 0, 1, 1)
    inner = doc.block_at(doc.text.index("Inner B"))
    assert (inner.table, inner.row, inner.col) == (1, 0, 1)
    target = doc.block_at(doc.text.index("10% target"))
    assert (target.row, target.col) == (2, 1)
    march = doc.block_at(doc.text.index("paid in March"))
    assert (march.row, march.col) == (3, 1)  # column kept although the merged cell is skipped
    # Index counts paragraphs and cells together, 1-based, in reading order.
    assert [b.index for b in doc.blocks] == list(range(1, len(doc.blocks) + 1))
    assert doc.blocks[0].index == 1 and cells[0].index == 2
    assert doc.text.count("Bonus") == 1


# ------------------------------------------------------------------ numbering

def test_style_numbering_and_bullets(tmp_path: Path) -> None:
    def build(doc) -> None:
        doc.add_paragraph("Probation", style="List Number")
        doc.add_paragraph("Notice", style="List Number")
        doc.add_paragraph("a perk", style="List Bullet")
        doc.add_paragraph("Holidays", style="List Number")

    doc = read_document(make_docx(tmp_path / "n.docx", build))
    assert texts(doc) == ["1. Probation", "2. Notice", "• a perk", "3. Holidays"]


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Schedule %1"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
</w:numbering>""".encode()


def _numbered(text: str, num_id: int, ilvl: int) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


def test_multilevel_numbering(tmp_path: Path) -> None:
    body = (_numbered("Pay", 1, 0) + _numbered("Salary", 1, 1) + _numbered("monthly", 1, 2)
            + _numbered("in arrears", 1, 2) + _numbered("Review", 1, 1) + _numbered("Leave", 1, 0)
            + _numbered("Holidays", 2, 1)  # another instance of the same list continues it
            + _numbered("Equity", 3, 0) + _numbered("", 1, 0) + _numbered("Notice", 1, 0)
            + '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>'
              '<w:r><w:t>Not numbered</w:t></w:r></w:p>'
            + _numbered("Unknown list", 42, 0))
    f = docx_with_body(tmp_path / "ml.docx", body, extra_parts={"word/numbering.xml": NUMBERING})
    assert texts(read_document(f)) == [
        "1. Pay", "1.1 Salary", "(a) monthly", "(b) in arrears", "1.2 Review", "2. Leave",
        "2.1 Holidays", "Schedule III Equity", "4. Notice", "Not numbered", "Unknown list"]


# ------------------------------------------------------------------ headers and footers

def _with_header_footer(doc) -> None:
    doc.add_paragraph("Body text")
    section = doc.sections[0]
    section.header.paragraphs[0].text = "ACME Widgets Ltd, 1 High Street"
    section.footer.paragraphs[0].text = "Confidential"
    section.footer.add_paragraph("3")  # a page number: dropped
    second = doc.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "ACME Widgets Ltd, 1 High Street"  # same text: once
    doc.add_paragraph("Schedule")


def test_headers_first_footers_last_once(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "hf.docx", _with_header_footer))
    assert doc.text == "ACME Widgets Ltd, 1 High Street\nBody text\nSchedule\nConfidential"
    assert [(b.kind, b.index) for b in doc.blocks] == [("header", 1), ("para", 1), ("para", 2), ("footer", 1)]
    check_blocks(doc)


def test_missing_header_part_is_skipped(tmp_path: Path) -> None:
    f = make_docx(tmp_path / "hf.docx", _with_header_footer)
    drop_relationship(f, "word/_rels/document.xml.rels", r"header\d*\.xml")
    doc = read_document(f)
    assert doc.text == "Body text\nSchedule\nConfidential"


def test_missing_styles_and_numbering_parts_are_tolerated(tmp_path: Path) -> None:
    f = make_docx(tmp_path / "nostyles.docx", paragraphs=["hello"])
    drop_relationship(f, "word/_rels/document.xml.rels", r"(?:styles|numbering)\.xml")
    assert read_document(f).text == "hello"


def test_broken_document_xml_is_corrupt(tmp_path: Path) -> None:
    f = make_docx(tmp_path / "broken.docx", paragraphs=["hello"])
    replace_parts(f, {"word/document.xml": b"<w:document><w:body><w:p>"})
    with pytest.raises(CorruptDocument, match=r"broken\.docx"):
        read_document(f)


def test_document_without_text_is_an_error(tmp_path: Path) -> None:
    f = make_docx(tmp_path / "empty.docx", paragraphs=["", "  "])
    with pytest.raises(InputError, match=r"empty\.docx: the document contains no text"):
        read_document(f)


# ------------------------------------------------------------------ hostile archives

def test_doctype_is_refused(tmp_path: Path) -> None:
    f = make_docx(tmp_path / "dtd.docx", paragraphs=["hello"])
    xml = read_part(f, "word/document.xml")
    evil = xml.replace(b"?>", b'?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>', 1)
    replace_parts(f, {"word/document.xml": evil})
    with pytest.raises(CorruptDocument, match=r"dtd\.docx: 'word/document.xml' declares a DOCTYPE"):
        read_document(f)


def test_high_compression_ratio_is_refused(tmp_path: Path) -> None:
    f = zip_with_large_member(tmp_path / "bomb.docx", "word/media/image1.bin", 3 * 2**20)
    with pytest.raises(DocumentTooLarge, match=r"bomb\.docx: 'word/media/image1.bin' is compressed \d+ times"):
        read_document(f)


def test_total_uncompressed_size_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_TOTAL_UNCOMPRESSED", 2 * 2**20)  # spare the test 200 MB
    f = zip_with_large_member(tmp_path / "big.docx", "word/media/big.bin", 3 * 2**20)
    with pytest.raises(DocumentTooLarge, match=r"big\.docx: the document unpacks to 3 MB \(limit 2 MB\)"):
        read_document(f)


def test_too_many_members_is_refused(tmp_path: Path) -> None:
    members = {f"word/m{i}.xml": b"" for i in range(docx_reader.MAX_MEMBERS + 1)}
    members["word/document.xml"] = b"<x/>"
    f = zip_with(tmp_path / "many.docx", members, compression=zipfile.ZIP_STORED)
    with pytest.raises(DocumentTooLarge, match=r"many\.docx: the archive holds 5002 files"):
        read_document(f)
