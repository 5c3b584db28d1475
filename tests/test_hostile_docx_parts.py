"""DOCX packages as Word writes them but python-docx's defaults do not (issue 11, categories 3 and 4):
a main part that is not word/document.xml, and altChunk parts that Word shows inline.

Every package here is written by hand (zip and XML), part by part.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from test_hostile_support import assert_clean_error, run_cli

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
STYLES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"


def para(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def rels_xml(rels: list[tuple[str, str, str]]) -> bytes:
    items = "".join(f'<Relationship Id="{rid}" Type="{REL}{kind}" Target="{target}"/>'
                    for rid, kind, target in rels)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>').encode()


def package(body: str, *, main: str = "word/document.xml", main_target: str | None = None,
            parts: dict[str, tuple[str, bytes]] | None = None,
            part_rels: list[tuple[str, str, str]] = ()) -> bytes:
    """A .docx: ``body`` (WordprocessingML) as the main part ``main``, its styles, and ``parts``
    (name -> (content type, bytes)) related to it by ``part_rels`` (id, type, target)."""
    folder, name = main.rsplit("/", 1)
    parts = {f"{folder}/styles.xml": (STYLES_CT, f'<w:styles xmlns:w="{W_NS}"/>'.encode()), **(parts or {})}
    overrides = "".join(f'<Override PartName="/{n}" ContentType="{ct}"/>' for n, (ct, _) in parts.items())
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
             'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
             'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
             f'ContentType="application/xml"/><Override PartName="/{main}" ContentType="{MAIN_CT}"/>'
             f'{overrides}</Types>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>')
    members = {
        "[Content_Types].xml": types.encode(),
        "_rels/.rels": rels_xml([("rId1", "officeDocument", main_target or main)]),
        main: document.encode(),
        f"{folder}/_rels/{name}.rels": rels_xml([("rIdS", "styles", "styles.xml"), *part_rels]),
        **{n: data for n, (_, data) in parts.items()},
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    return buf.getvalue()


LETTER = para("Dear Sam,") + para("Your base salary will be $98,000 per year.")


# ---------------------------------------------------------------- category 4: the main part's name

@pytest.mark.parametrize("target", ["word/document2.xml", "/word/document2.xml"])
def test_main_part_named_document2_is_read(tmp_path: Path, capsys, target: str) -> None:
    """Word Online writes word/document2.xml; the package relationship says so, and Word follows it."""
    docx = tmp_path / "online.docx"
    docx.write_bytes(package(LETTER, main="word/document2.xml", main_target=target))
    assert "word/document.xml" not in zipfile.ZipFile(docx).namelist()
    run = run_cli(capsys, "text", docx)
    assert run.code == 0, run.err
    assert run.out.splitlines() == ["Dear Sam,", "Your base salary will be $98,000 per year."]
    run = run_cli(capsys, "extract", docx)
    assert run.code == 0 and '"amount": 98000' in run.out.replace(".0", "")


def test_main_part_in_another_folder_resolves_its_own_relationships(tmp_path: Path, capsys) -> None:
    """The main part's relationships live beside it (doc/_rels/main.xml.rels): a header there is read."""
    header = (f'<w:hdr xmlns:w="{W_NS}">{para("Lanternfish Analytics letterhead")}</w:hdr>').encode()
    body = LETTER + (f'<w:sectPr><w:headerReference xmlns:r="{R_NS}" w:type="default" r:id="rIdH"/></w:sectPr>')
    docx = tmp_path / "elsewhere.docx"
    docx.write_bytes(package(body, main="doc/main.xml", part_rels=[("rIdH", "header", "header1.xml")],
                             parts={"doc/header1.xml": (
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                                 header)}))
    run = run_cli(capsys, "text", docx)
    assert run.code == 0, run.err
    assert run.out.splitlines()[0] == "Lanternfish Analytics letterhead"
    assert "Your base salary will be $98,000 per year." in run.out


def test_zip_without_a_main_part_relationship_is_still_not_a_word_document(tmp_path: Path, capsys) -> None:
    docx = tmp_path / "nomain.docx"
    data = package(LETTER, main="word/document2.xml")
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(docx, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info)
            zout.writestr(info, body.replace(b"/officeDocument\"", b"/somethingElse\"")
                          if info.filename == "_rels/.rels" else body)
    assert_clean_error(run_cli(capsys, "text", docx), "nomain.docx", "not a Word document")


# ---------------------------------------------------------------- category 3: altChunk parts

def alt_chunk(rid: str) -> str:
    return f'<w:altChunk r:id="{rid}"/>'


HTML_CHUNK = (b"<html><head><meta charset=\"utf-8\"><title>not shown</title><style>p {color: red}</style></head>"
              b"<body><p>Your base salary will be <b>$98,000</b>&nbsp;per year.</p>"
              b"<table><tr><td>Notice period</td><td>4 weeks</td></tr></table></body></html>")


def test_html_alt_chunk_is_read_in_place(tmp_path: Path, capsys) -> None:
    body = para("Dear Sam,") + alt_chunk("rIdC") + para("Kind regards, Ana")
    docx = tmp_path / "chunk.docx"
    docx.write_bytes(package(body, part_rels=[("rIdC", "aFChunk", "afchunk.htm")],
                             parts={"word/afchunk.htm": ("text/html", HTML_CHUNK)}))
    run = run_cli(capsys, "text", docx)
    assert run.code == 0, run.err
    assert run.out.splitlines() == ["Dear Sam,", "Your base salary will be $98,000 per year.",
                                    "Notice period | 4 weeks", "Kind regards, Ana"]
    run = run_cli(capsys, "extract", docx)
    assert run.code == 0
    import json

    salary = json.loads(run.out)["terms"]["base_salary"]
    assert salary["value"]["amount"] == 98000
    assert salary["evidence"]["block"] == 2  # the chunk's paragraph, second in body order
    assert "$98,000" in salary["evidence"]["text"]


@pytest.mark.parametrize("doctype", [b"<!DOCTYPE html>\n", b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                                     b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'])
def test_html_alt_chunk_with_an_html_doctype_is_read(tmp_path: Path, capsys, doctype: bytes) -> None:
    """Word's own HTML chunks start with an HTML DOCTYPE: that is no entity declaration."""
    docx = tmp_path / "doctype.docx"
    docx.write_bytes(package(para("Dear Sam,") + alt_chunk("rIdC"), part_rels=[("rIdC", "aFChunk", "a.htm")],
                             parts={"word/a.htm": ("text/html", doctype + HTML_CHUNK)}))
    run = run_cli(capsys, "text", docx)
    assert run.code == 0, run.err
    assert "Your base salary will be $98,000 per year." in run.out


def test_mhtml_alt_chunk_is_read(tmp_path: Path, capsys) -> None:
    """A web archive (MHTML), as HTML-to-Word converters embed it: its HTML part, decoded."""
    mht = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n\r\n'
           b'------=_NextPart\r\nContent-Location: file:///C:/chunk.htm\r\n'
           b'Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n'
           b'<html><body><p>Your base salary will be $98,000 per=\r\n year.</p><p>Start date: 1 April 2025=\r\n'
           b'</p></body></html>\r\n------=_NextPart--\r\n')
    docx = tmp_path / "mht.docx"
    docx.write_bytes(package(para("Dear Sam,") + alt_chunk("rIdM") + para("Ana"),
                             part_rels=[("rIdM", "aFChunk", "chunk.mht")], parts={"word/chunk.mht": ("message/rfc822", mht)}))
    run = run_cli(capsys, "text", docx)
    assert run.code == 0, run.err
    assert run.out.splitlines() == ["Dear Sam,", "Your base salary will be $98,000 per year.", "Start date: 1 April 2025", "Ana"]


def test_html_alt_chunk_with_entity_declarations_is_refused(tmp_path: Path, capsys) -> None:
    docx = tmp_path / "entities.docx"
    evil = b'<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<html><body><p>&x;</p></body></html>'
    docx.write_bytes(package(para("Dear Sam,") + alt_chunk("rIdC"), part_rels=[("rIdC", "aFChunk", "a.htm")],
                             parts={"word/a.htm": ("text/html", evil)}))
    assert_clean_error(run_cli(capsys, "text", docx), "entities.docx", "DOCTYPE")


def test_text_and_docx_alt_chunks_are_read_in_body_order(tmp_path: Path, capsys) -> None:
    inner = package(para("Inner: your start date is 1 April 2025.") + alt_chunk("rIdT"),
                    part_rels=[("rIdT", "aFChunk", "deeper.txt")],
                    parts={"word/deeper.txt": ("text/plain", b"Deeper: a signing bonus of $5,000.\n")})
    body = (para("First") + alt_chunk("rIdT") + para("Second")
            + f"<w:tbl><w:tr><w:tc>{alt_chunk('rIdD')}</w:tc></w:tr></w:tbl>" + para("Last"))
    docx = tmp_path / "chunks.docx"
    docx.write_bytes(package(body, part_rels=[("rIdT", "aFChunk", "chunk1.txt"), ("rIdD", "aFChunk", "chunk2.docx")],
                             parts={"word/chunk1.txt": ("text/plain", "Plain: 25 days of paid leave.\r\n\r\nok\n".encode("utf-8-sig")),
                                    "word/chunk2.docx": (MAIN_CT, inner)}))
    run = run_cli(capsys, "text", docx)
    assert run.code == 0, run.err
    assert run.out.splitlines() == ["First", "Plain: 25 days of paid leave.", "ok", "Second",
                                    "Inner: your start date is 1 April 2025. Deeper: a signing bonus of $5,000.",
                                    "Last"]


def test_docx_alt_chunk_with_a_doctype_is_refused(tmp_path: Path, capsys) -> None:
    inner = package(para("x"))
    evil = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(inner)) as zin, zipfile.ZipFile(evil, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>\n<w:document", b"?>\n<!DOCTYPE d [<!ENTITY e \"x\">]><w:document")
            zout.writestr(info, data)
    docx = tmp_path / "evil-chunk.docx"
    docx.write_bytes(package(para("Hi") + alt_chunk("rIdD"), part_rels=[("rIdD", "aFChunk", "c.docx")],
                             parts={"word/c.docx": (MAIN_CT, evil.getvalue())}))
    assert_clean_error(run_cli(capsys, "text", docx), "evil-chunk.docx", "DOCTYPE")
