"""Builders of hostile files and a way to run the CLI in-process, for the test_hostile_* modules.

Everything is built at test time (into tmp_path, or /tmp by scripts/hostile_fixtures.py),
small on disk and quick to make, however large it becomes when a reader opens it.
"""
from __future__ import annotations

import io
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # fixtures_build lives beside the tests

from fixtures_build import W_NS, make_docx, make_pdf, replace_parts  # noqa: E402,F401

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


# ---------------------------------------------------------------- running the CLI

@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def run_cli(capsys, *argv: object) -> Run:
    """``offercheck ARGV`` in this process: exit code, stdout and stderr."""
    from offercheck.cli import main

    capsys.readouterr()  # drop anything printed before
    try:
        main([str(a) for a in argv])
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 0
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def assert_clean_error(run: Run, *fragments: str) -> None:
    """Exit 2, at most three lines on stderr, no traceback, each fragment in the message."""
    assert run.code == 2, (run.code, run.err, run.out[:300])
    assert run.err.startswith("offercheck: "), run.err
    assert 1 <= len(run.err_lines) <= 3, run.err
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    for fragment in fragments:
        assert fragment in run.err, (fragment, run.err)


# ---------------------------------------------------------------- PDF

def flate_repeat(chunk: bytes, times: int) -> bytes:
    """A zlib stream that inflates to ``chunk * times``, built in milliseconds.

    After a full flush deflate forgets its window, so every further copy of ``chunk``
    compresses to the same bytes: compress it twice and repeat the second block.
    """
    c = zlib.compressobj(9)
    head = c.compress(b"")
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    end = c.flush(zlib.Z_FINISH)[:-4]  # final empty block, without the checksum
    checksum = 1
    for _ in range(times):
        checksum = zlib.adler32(chunk, checksum)
    return head + first + again * (times - 1) + end + checksum.to_bytes(4, "big")


def raw_pdf(content: bytes, *, filters: bytes = b"/FlateDecode", page_count: int = 1,
            claimed_count: int | None = None) -> bytes:
    """A minimal PDF whose pages all share one content stream (with ``filters``).

    ``claimed_count`` is the /Count the page tree declares (by default the true one).
    """
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(page_count))
    count = page_count if claimed_count is None else claimed_count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(content), filters) + content + b"\nendstream",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"] * page_count
    return pdf_from_objects(objects)


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF file of these object bodies (numbered from 1, the catalog first) and its xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


TEXT_OP = b"BT /F1 12 Tf 72 700 Td (x) Tj ET\n"


def inflating_pdf(path: Path, inflated_mb: int) -> Path:
    """A PDF of a few hundred kB whose one page's content stream inflates to ``inflated_mb`` MB
    of text-drawing operators; pdfium needs about 16 bytes of memory per inflated byte."""
    chunk = TEXT_OP * ((1 << 20) // len(TEXT_OP))
    stream = flate_repeat(chunk, inflated_mb)
    # Deflating the deflated stream again takes it from ~1 kB per MB to a few bytes per MB.
    path.write_bytes(raw_pdf(zlib.compress(stream, 9), filters=b"[/FlateDecode /FlateDecode]"))
    return path


def many_page_pdf(path: Path, pages: int) -> Path:
    """``pages`` blank pages, written by pdfium itself (20,000 pages in about half a second)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    try:
        for _ in range(pages):
            pdf.new_page(612, 792).close()
        pdf.save(str(path))
    finally:
        pdf.close()
    return path


# ---------------------------------------------------------------- DOCX

def docx_document_xml(path: Path, document_xml: bytes | str, *, part: str = "word/document.xml") -> Path:
    """A real python-docx package whose main document part is replaced by ``document_xml``."""
    make_docx(path, paragraphs=["placeholder"])
    data = document_xml.encode() if isinstance(document_xml, str) else document_xml
    return replace_parts(path, {part: data})


def body_xml(paragraphs: str) -> str:
    return (f'<w:document xmlns:w="{W_NS}"><w:body>{paragraphs}</w:body></w:document>')


def xxe_document(secret: Path, *, prolog_padding: int = 0) -> str:
    """document.xml with a DOCTYPE declaring an external entity on ``secret`` and using it.

    ``prolog_padding`` puts a comment of that many bytes before the DOCTYPE, where a
    reader that only looks at the first few kB would miss it.
    """
    comment = f"<!-- {'x' * prolog_padding} -->\n" if prolog_padding else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + comment
            + f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
            + body_xml('<w:p><w:r><w:t>Salary: &xxe; per year</w:t></w:r></w:p>'))


def billion_laughs_document() -> str:
    """The classic entity-expansion bomb: ten levels of ten, 10^9 'lol's if expanded."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE w:document [' + "".join(entities) + ']>\n'
            + body_xml('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'))


def big_xml_docx(path: Path, xml_mb: float) -> Path:
    """A .docx whose document.xml is ``xml_mb`` MB of tiny, varied paragraphs: compresses only
    ~6 times (so the ratio check passes) yet costs python-docx ~35 bytes of memory per byte."""
    import random

    rnd = random.Random(5)
    para = '<w:p><w:r><w:t>%08x</w:t></w:r></w:p>'
    count = int(xml_mb * 2**20 / len(para % 0))
    paragraphs = "".join(para % rnd.getrandbits(32) for _ in range(count))
    return docx_document_xml(path, body_xml(paragraphs))


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def lying_size_docx(path: Path, real_mb: int) -> Path:
    """A .docx whose document.xml inflates to ``real_mb`` MB while the zip listing says 1 kB."""
    make_docx(path, paragraphs=["placeholder"])
    replace_parts(path, {"word/document.xml": b"<" + b" " * (real_mb * 2**20)})
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    real = (real_mb * 2**20 + 1).to_bytes(4, "little")
    fake = (1024).to_bytes(4, "little")
    # The uncompressed size sits at offset 22 of the local header and 24 of the central one.
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name and data[start + size_offset:start + size_offset + 4] == real:
                data[start + size_offset:start + size_offset + 4] = fake
            start += 4
    path.write_bytes(bytes(data))
    return path


# ---------------------------------------------------------------- YAML

def alias_bomb_yaml(levels: int = 9) -> str:
    """The YAML 'billion laughs': each anchor is a list of ten aliases of the one before."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def giant_page_scan(path: Path) -> Path:
    """One scanned page declared 5 m square: 3.5 gigapixels if rendered at 300 dpi."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 1700), 255)
    ImageDraw.Draw(image).text((100, 800), "Your annual salary will be 85,000 dollars.", fill=0,
                               font=ImageFont.load_default(size=60))
    pdf = FPDF(format=(5000, 5000))
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(str(path))
    return path
