"""Hostile and broken DOCX through the real CLI: zip bombs, XML attacks, wrong archives, missing parts."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from test_hostile_support import (assert_clean_error, big_xml_docx, billion_laughs_document, body_xml,
                                  docx_document_xml, lying_size_docx, make_docx, replace_parts, run_cli,
                                  xxe_document, zip_bytes)

from fixtures_build import read_part, zip_with_large_member

SECRET = "TOP-SECRET-7f3a9c-never-print-me"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    return secret


def _assert_nothing_leaked(run, secret: str = SECRET) -> None:
    assert secret not in run.out and secret not in run.err
    assert "root:x:0:0" not in run.out and "root:x:0:0" not in run.err


# ---------------------------------------------------------------- XML attacks

@pytest.mark.parametrize("command", ["text", "extract", "check"])
def test_external_entity_is_refused_and_never_read(tmp_path: Path, capsys, secret_file: Path, command) -> None:
    docx = docx_document_xml(tmp_path / "xxe.docx", xxe_document(secret_file))
    run = run_cli(capsys, command, docx)
    assert_clean_error(run, "xxe.docx", "word/document.xml", "DOCTYPE")
    _assert_nothing_leaked(run)


def test_etc_passwd_entity_is_refused(tmp_path: Path, capsys) -> None:
    docx = docx_document_xml(tmp_path / "passwd.docx", xxe_document(Path("/etc/passwd")))
    run = run_cli(capsys, "text", docx)
    assert_clean_error(run, "passwd.docx", "DOCTYPE")
    _assert_nothing_leaked(run)


def test_doctype_hidden_behind_a_long_comment_is_found(tmp_path: Path, capsys, secret_file: Path) -> None:
    # A reader that looked only at the first few kB of each part would miss this one.
    docx = docx_document_xml(tmp_path / "padded.docx", xxe_document(secret_file, prolog_padding=20_000))
    run = run_cli(capsys, "text", docx)
    assert_clean_error(run, "padded.docx", "DOCTYPE")
    _assert_nothing_leaked(run)


def test_overlong_prolog_is_refused(tmp_path: Path, capsys, secret_file: Path) -> None:
    docx = docx_document_xml(tmp_path / "long-prolog.docx", xxe_document(secret_file, prolog_padding=200_000))
    assert_clean_error(run_cli(capsys, "text", docx), "long-prolog.docx", "has no root element in its first")


def test_utf16_doctype_is_found(tmp_path: Path, capsys, secret_file: Path) -> None:
    xml = xxe_document(secret_file).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    docx = docx_document_xml(tmp_path / "utf16.docx", "\ufeff".encode("utf-16-le") + xml.encode("utf-16-le"))
    run = run_cli(capsys, "text", docx)
    assert_clean_error(run, "utf16.docx", "DOCTYPE")
    _assert_nothing_leaked(run)


def test_doctype_in_a_part_with_an_unusual_name_is_found(tmp_path: Path, capsys, secret_file: Path) -> None:
    # Relationships may point anywhere: the main part can be called document.dat.
    docx = make_docx(tmp_path / "renamed.docx", paragraphs=["placeholder"])
    rels = read_part(docx, "_rels/.rels").replace(b"word/document.xml", b"word/document.dat")
    types = read_part(docx, "[Content_Types].xml").replace(b"/word/document.xml", b"/word/document.dat")
    replace_parts(docx, {"_rels/.rels": rels, "[Content_Types].xml": types,
                         "word/document.dat": xxe_document(secret_file).encode()})
    run = run_cli(capsys, "text", docx)
    assert_clean_error(run, "renamed.docx", "word/document.dat", "DOCTYPE")
    _assert_nothing_leaked(run)


def test_doctype_in_relationships_part_is_found(tmp_path: Path, capsys, secret_file: Path) -> None:
    docx = make_docx(tmp_path / "rels.docx", paragraphs=["Salary: $90,000"])
    rels = read_part(docx, "word/_rels/document.xml.rels").decode()
    evil = rels.replace("<Relationships", f'<!DOCTYPE r [<!ENTITY x SYSTEM "{secret_file.as_uri()}">]>\n<Relationships', 1)
    replace_parts(docx, {"word/_rels/document.xml.rels": evil.encode()})
    assert_clean_error(run_cli(capsys, "text", docx), "word/_rels/document.xml.rels", "DOCTYPE")


def test_billion_laughs_is_refused_quickly(tmp_path: Path, capsys) -> None:
    docx = docx_document_xml(tmp_path / "laughs.docx", billion_laughs_document())
    started = time.monotonic()
    run = run_cli(capsys, "check", docx)
    assert_clean_error(run, "laughs.docx", "DOCTYPE")
    assert time.monotonic() - started < 5


def test_parser_behind_the_check_resolves_nothing_either(tmp_path: Path, monkeypatch, secret_file: Path) -> None:
    """Defence in depth: with the DOCTYPE check switched off, python-docx's parser (lxml
    with resolve_entities=False) still neither reads the file nor expands the bomb."""
    from offercheck.errors import InputError
    from offercheck.ingest import docx as docx_reader
    from offercheck.ingest import read_document

    monkeypatch.setattr(docx_reader, "xml_prolog_problem",
                        lambda head: None if head.lstrip()[:1] == b"<" else docx_reader._NOT_XML)
    leaky = docx_document_xml(tmp_path / "xxe.docx", xxe_document(secret_file))
    doc = read_document(leaky)
    assert SECRET not in doc.text and doc.text.startswith("Salary:")
    laughs = docx_document_xml(tmp_path / "laughs.docx", billion_laughs_document())
    started = time.monotonic()
    with pytest.raises(InputError) as info:  # libxml2 stops the amplification itself
        read_document(laughs)
    assert "lollol" not in str(info.value)
    assert time.monotonic() - started < 5


# ---------------------------------------------------------------- zip bombs

def test_member_with_huge_compression_ratio_is_refused(tmp_path: Path, capsys) -> None:
    bomb = zip_with_large_member(tmp_path / "ratio.docx", "word/media/blank.bin", 150 * 2**20)
    assert bomb.stat().st_size < 2**20
    started = time.monotonic()
    assert_clean_error(run_cli(capsys, "text", bomb), "ratio.docx", "compressed", "zip bomb")
    assert time.monotonic() - started < 5


def test_total_uncompressed_size_is_refused(tmp_path: Path, capsys) -> None:
    # 60 members of 4 MB random bytes: no ratio alarm, 240 MB in all.
    docx = make_docx(tmp_path / "huge.docx", paragraphs=["Salary: $90,000"])
    with zipfile.ZipFile(docx, "a", zipfile.ZIP_STORED) as zf:
        block = bytes(range(256)) * (4 * 2**20 // 256)
        for i in range(60):
            zf.writestr(f"word/media/image{i}.bin", block)
    assert_clean_error(run_cli(capsys, "text", docx), "huge.docx", "unpacks to", "limit 200 MB")


def test_too_much_xml_is_refused_before_parsing(tmp_path: Path, capsys) -> None:
    docx = big_xml_docx(tmp_path / "paragraphs.docx", 17)  # compresses ~6x: no ratio alarm
    started = time.monotonic()
    assert_clean_error(run_cli(capsys, "text", docx), "paragraphs.docx", "more than 16 MB of XML")
    assert time.monotonic() - started < 5


def test_too_many_members_is_refused(tmp_path: Path, capsys) -> None:
    members = {"word/document.xml": body_xml("").encode()}
    members.update({f"word/media/{i}.png": b"" for i in range(5001)})
    docx = tmp_path / "members.docx"
    docx.write_bytes(zip_bytes(members, zipfile.ZIP_STORED))
    assert_clean_error(run_cli(capsys, "text", docx), "members.docx", "5002 files", "limit 5000")


def test_listing_that_understates_a_member_is_caught(tmp_path: Path, capsys) -> None:
    # The listing says 1 kB; the member inflates to 100 MB. zipfile stops at the listed
    # size and the checksum then fails: nothing large is ever inflated.
    docx = lying_size_docx(tmp_path / "liar.docx", 100)
    started = time.monotonic()
    assert_clean_error(run_cli(capsys, "text", docx), "liar.docx", "damaged", "CRC")
    assert time.monotonic() - started < 5


# ---------------------------------------------------------------- not a DOCX, or a broken one

@pytest.mark.parametrize("members, message", [
    ({"readme.txt": b"hello"}, "is a zip archive but not a Word document"),
    ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, "OpenDocument"),
    ({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}, "Excel workbook"),
    ({"[Content_Types].xml": b"<x/>", "ppt/presentation.xml": b"<x/>"}, "PowerPoint"),
])
def test_zip_that_is_not_a_docx(tmp_path: Path, capsys, members, message) -> None:
    z = tmp_path / "offer.docx"
    z.write_bytes(zip_bytes(members))
    assert_clean_error(run_cli(capsys, "check", z), "offer.docx", message)


def test_legacy_doc(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "offer.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    assert_clean_error(run_cli(capsys, "check", doc), "offer.doc", "legacy Word 97-2003", "save it as .docx or PDF")
    renamed = tmp_path / "offer.docx"
    renamed.write_bytes(doc.read_bytes())
    assert_clean_error(run_cli(capsys, "text", renamed), "offer.docx", "legacy Word 97-2003")


def test_relationship_to_a_missing_header_still_reads_the_letter(tmp_path: Path, capsys) -> None:
    docx = make_docx(tmp_path / "nohead.docx", paragraphs=["Your salary is $90,000 per year."],
                     build=lambda d: d.sections[0].header.add_paragraph("ACME Letterhead"))
    targets = [n for n in zipfile.ZipFile(docx).namelist() if n.startswith("word/header")]
    assert targets
    replace_parts(docx, {n: None for n in targets})  # the relationship now dangles
    run = run_cli(capsys, "text", docx)
    assert run.code == 0 and "Your salary is $90,000 per year." in run.out and "ACME" not in run.out


def test_relationship_to_a_missing_main_part_is_a_clear_error(tmp_path: Path, capsys) -> None:
    docx = make_docx(tmp_path / "nomain.docx", paragraphs=["Your salary is $90,000 per year."])
    rels = read_part(docx, "_rels/.rels").replace(b"word/document.xml", b"word/missing.xml")
    replace_parts(docx, {"_rels/.rels": rels})
    assert_clean_error(run_cli(capsys, "text", docx), "nomain.docx", "damaged",
                       "no relationship to the main document part")


@pytest.mark.parametrize("part", ["[Content_Types].xml", "_rels/.rels"])
def test_missing_package_part_is_a_clear_error(tmp_path: Path, capsys, part) -> None:
    docx = make_docx(tmp_path / "broken.docx", paragraphs=["Your salary is $90,000 per year."])
    replace_parts(docx, {part: None})
    assert_clean_error(run_cli(capsys, "text", docx), "broken.docx", "damaged")


def test_malformed_document_xml(tmp_path: Path, capsys) -> None:
    docx = docx_document_xml(tmp_path / "bad.docx", body_xml("<w:p><w:r><w:t>unclosed"))
    assert_clean_error(run_cli(capsys, "text", docx), "bad.docx", "damaged")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.95])
def test_truncated_docx(tmp_path: Path, capsys, keep: float) -> None:
    good = make_docx(tmp_path / "good.docx", paragraphs=["Your salary is $90,000 per year."] * 20)
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[:int(good.stat().st_size * keep)])
    assert_clean_error(run_cli(capsys, "text", cut), "cut.docx", "damaged")


def test_encrypted_zip_member(tmp_path: Path, capsys) -> None:
    docx = make_docx(tmp_path / "enc.docx", paragraphs=["Salary: $90,000"])
    data = bytearray(docx.read_bytes())
    # Set the "encrypted" flag on every local and central header, as a password-zip would.
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + flag_at] |= 1
            start += 4
    docx.write_bytes(bytes(data))
    assert_clean_error(run_cli(capsys, "text", docx), "enc.docx")
