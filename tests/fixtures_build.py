"""Build test documents at test time, so tests never depend on files outside the repo.

PDFs come from fpdf2, DOCX from python-docx; WordprocessingML that python-docx cannot
write (tracked changes, content controls, text boxes, fields) is spliced into
``word/document.xml`` with zipfile.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- PDF

def make_pdf(path: Path, pages: Sequence[Sequence[str]], *, header: str | None = None,
             footer: bool = False, password: str | None = None) -> Path:
    """A text PDF with one ``multi_cell`` per paragraph; optional running header/footer."""
    from fpdf import FPDF

    class _Pdf(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("helvetica", size=9)
                self.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            if footer:
                self.set_y(-15)
                self.set_font("helvetica", size=9)
                self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = _Pdf()
    pdf.set_font("helvetica", size=11)
    for paragraphs in pages:
        pdf.add_page()
        for para in paragraphs:
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
    if password is not None:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.output(str(path))
    return path


def make_scanned_pdf(path: Path, pages: Sequence[str], *, extra_text_pages: Sequence[str] = ()) -> Path:
    """A PDF whose pages are images of text (a scan), optionally followed by text pages."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=44)
    pdf = FPDF()
    for text in pages:
        image = Image.new("L", (1700, 2200), 255)
        draw = ImageDraw.Draw(image)
        y = 150
        for line in text.split("\n"):
            draw.text((150, y), line, fill=0, font=font)
            y += 80
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=pdf.w, h=pdf.h)
    for text in extra_text_pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


# ---------------------------------------------------------------- DOCX

def make_docx(path: Path, build: Callable | None = None, *, paragraphs: Sequence[str] = ()) -> Path:
    """A .docx from python-docx: ``paragraphs`` in order, then whatever ``build(doc)`` adds."""
    import docx

    doc = docx.Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    if build is not None:
        build(doc)
    doc.save(str(path))
    return path


def docx_with_body(path: Path, body_xml: str, *, extra_parts: dict[str, bytes] | None = None) -> Path:
    """A .docx whose ``w:body`` content is ``body_xml`` (WordprocessingML, ``w:`` prefix)."""
    make_docx(path)
    namespaces = (
        f'xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'mc:Ignorable="wps"'
    )
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document {namespaces}><w:body>{body_xml}</w:body></w:document>').encode()
    parts = {"word/document.xml": document, **(extra_parts or {})}
    return replace_parts(path, parts)


def replace_parts(path: Path, parts: dict[str, bytes | None]) -> Path:
    """Rewrite the zip at ``path`` with some members replaced (bytes) or removed (None)."""
    with zipfile.ZipFile(path) as zin:
        members = [(i, zin.read(i.filename)) for i in zin.infolist()]
    existing = {i.filename for i, _ in members}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            if info.filename in parts:
                if parts[info.filename] is not None:
                    zout.writestr(info.filename, parts[info.filename])
            else:
                zout.writestr(info, data)
        for name, data in parts.items():
            if name not in existing and data is not None:
                zout.writestr(name, data)
    return path


def read_part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


def drop_relationship(path: Path, rels_part: str, target_pattern: str) -> Path:
    """Remove every part a matching relationship points to, leaving the relationships dangling."""
    rels = read_part(path, rels_part).decode()
    targets = re.findall(rf'Target="({target_pattern})"', rels)
    assert targets, f"no relationship to {target_pattern} in {rels_part}"
    return replace_parts(path, {"word/" + t: None for t in targets})


def p(text: str) -> str:
    """One plain paragraph of WordprocessingML."""
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


# ---------------------------------------------------------------- archives

def zip_with(path: Path, members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def zip_with_large_member(path: Path, name: str, size: int) -> Path:
    """A zip holding ``size`` zero bytes in one member, written in chunks to spare memory."""
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{W_NS}"><w:body/></w:document>')
        with zf.open(name, "w", force_zip64=True) as f:
            left = size
            while left > 0:
                f.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
    return path


def docx_bytes(build: Callable | None = None) -> bytes:
    """A small python-docx document as bytes (for embedding in other fixtures)."""
    import docx

    doc = docx.Document()
    if build is not None:
        build(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def make_layout_pdf(path: Path, blocks: Sequence[tuple]) -> Path:
    """A one-page PDF from blocks: ("para", text); ("table", rows, borders) drawn with
    fpdf2's ``table()`` (borders "ALL" rules every cell, "NONE" draws no line; cells
    wrap); ("columns", left, right): two text columns written line by line across the
    page, as converters of two-column layouts do."""
    import textwrap

    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    for kind, *args in blocks:
        if kind == "para":
            pdf.multi_cell(0, 6, args[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            rows, borders = args
            with pdf.table(borders_layout=borders, first_row_as_headings=False,
                           col_widths=(35, 65) if len(rows[0]) == 2 else None) as table:
                for values in rows:
                    row = table.row()
                    for value in values:
                        row.cell(value)
        elif kind == "columns":
            left, right = (textwrap.wrap(text, 42) for text in args)
            y = pdf.get_y() + 5
            for k in range(max(len(left), len(right))):
                if k < len(left):
                    pdf.text(pdf.l_margin, y, left[k])
                if k < len(right):
                    pdf.text(pdf.w / 2 + 5, y, right[k])
                y += 5.5
            pdf.set_y(y)
        pdf.ln(3)
    pdf.output(str(path))
    return path


# ---------------------------------------------------------------- assertions

def check_blocks(doc) -> None:
    """Every block is a non-empty, trimmed slice of the text; blocks are ordered and disjoint."""
    last_end = 0
    for b in doc.blocks:
        piece = doc.text[b.start:b.end]
        assert piece and piece == piece.strip(), b
        assert b.start >= last_end, b
        last_end = b.end
        assert doc.block_at(b.start) == b
    # Only separators lie outside blocks.
    covered = set()
    for b in doc.blocks:
        covered.update(range(b.start, b.end))
    outside = {doc.text[i] for i in range(len(doc.text)) if i not in covered}
    assert outside <= {"\n", " ", "|"}, outside
