"""Turn a file into a Document: check the path, sniff the content, hand it to one reader.

The file's first bytes decide the format, not only its name: a letter saved with the
wrong extension is common, and a text file renamed ``.pdf`` must give a clear error,
never a traceback from a parser. Readers import their heavy libraries lazily so that
``import offercheck.ingest`` stays cheap for the CLI.
"""
from __future__ import annotations

import stat
from pathlib import Path

from ..document import Document
from ..errors import DocumentTooLarge, EncryptedDocument, InputError, UnsupportedFormat

__all__ = ["read_document", "sniff_format", "SUPPORTED_EXTENSIONS"]

SUPPORTED_EXTENSIONS = (".pdf", ".docx", ".txt", ".md")
_TEXT_EXTENSIONS = (".txt", ".md", ".text", ".markdown")
_HEAD_BYTES = 2048

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls / .msg
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # local file header; empty archive


def read_document(path: str | Path, *, password: str | None = None, max_pages: int = 500,
                  timeout: float | None = None, isolate: bool = True) -> Document:
    """Read a PDF, DOCX or plain-text file into one canonical text with its block map.

    Raises an :class:`~offercheck.errors.InputError` subclass with a one-line message
    naming the file for every problem the user can fix (missing, empty, wrong type,
    encrypted, corrupt, too large, a scan without Tesseract).

    PDF and DOCX are parsed in a child process with a memory cap and a deadline
    (``timeout`` seconds, default 25; see :mod:`offercheck.sandbox`), since their
    parsers can be made to allocate gigabytes or spin; ``isolate=False`` reads
    in-process. Plain text is read here: its size is checked before it is read.
    """
    p = Path(path)
    head = _read_head(p)
    fmt = sniff_format(p, head)
    if fmt in ("pdf", "docx"):
        if isolate:
            from ..sandbox import Limits, run_isolated

            _import_reader(fmt)  # here, once, rather than in every child
            doc = run_isolated(_read_binary, fmt, p, password, max_pages, label=str(p),
                               limits=Limits.default(timeout))
        else:
            doc = _read_binary(fmt, p, password, max_pages)
    else:
        from .text import read_text

        doc = read_text(p)
    if not doc.text:
        # Later stages would report every term as "not stated", which is misleading.
        raise InputError(f"{p}: the document contains no text")
    if len(doc.text) > MAX_TEXT_CHARS:
        # Extraction takes about 2 s per 100,000 characters; a long contract has 100,000.
        raise DocumentTooLarge(f"{p}: {len(doc.text):,} characters of text is more than the limit of "
                               f"{MAX_TEXT_CHARS:,}; save just the letter's pages as a new file and check that")
    return doc


MAX_TEXT_CHARS = 500_000
"""About 150 dense pages; the longest contracts in our corpus have a fifth of that."""


def reader_formats(paths: list[Path]) -> list[str]:
    """The binary readers ("pdf", "docx") a batch of ``paths`` may need: those their
    names call for, and both when a name could hold anything (it is sniffed).

    >>> reader_formats([Path("offer.pdf"), Path("notes.md")]), reader_formats([Path("scan.jpeg")])
    (['pdf'], ['pdf', 'docx'])
    """
    suffixes = {Path(p).suffix.lower() for p in paths}
    unknown = suffixes - {".pdf", ".docx", *_TEXT_EXTENSIONS}
    return [f for f in ("pdf", "docx") if f".{f}" in suffixes or unknown]


def _import_reader(fmt: str) -> None:
    if fmt == "pdf":
        from . import pdf  # noqa: F401
        import pypdfium2  # noqa: F401
    else:
        from . import docx  # noqa: F401
        import docx as python_docx  # noqa: F401


def _read_binary(fmt: str, p: Path, password: str | None, max_pages: int) -> Document:
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(p, password=password, max_pages=max_pages)
    from .docx import read_docx

    return read_docx(p)


def _read_head(p: Path) -> bytes:
    """The first bytes of ``p``, after the checks that give the clearest message first."""
    name = str(p)
    try:
        mode = p.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{name}: no such file") from None
    except PermissionError:  # a folder on the path that this user may not open
        raise InputError(f"{name}: permission denied (a folder on its path cannot be opened)") from None
    except OSError as e:
        raise InputError(f"{name}: cannot be read ({e.strerror or e})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{name}: is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise InputError(f"{name}: is not a regular file")
    try:
        with p.open("rb") as f:
            head = f.read(_HEAD_BYTES)
    except PermissionError:
        raise InputError(f"{name}: permission denied (cannot read the file)") from None
    except OSError as e:
        raise InputError(f"{name}: cannot be read ({e.strerror or e})") from None
    if not head:
        raise InputError(f"{name}: the file is empty (0 bytes)")
    return head


def sniff_format(p: Path, head: bytes) -> str:
    """"pdf", "docx" or "txt", from the content first and the extension second.

    A recognised binary signature wins over the name (a DOCX saved as ``.pdf`` is read
    as DOCX); a name promising a binary format whose bytes are something else is an
    error naming both.
    """
    name = str(p)
    ext = p.suffix.lower()
    # PDF readers accept the header anywhere in the first KB (some generators prepend junk).
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_ZIP_MAGIC):
        if ext in (".pdf",) or ext in _TEXT_EXTENSIONS or ext in (".docx", ".zip", ""):
            return "docx"  # docx.py checks that the archive really is a Word document
        raise UnsupportedFormat(_unsupported_message(name, ext))
    if head.startswith(_OLE_MAGIC):
        if _is_encrypted_ooxml(p):
            raise EncryptedDocument(
                f"{name}: is a password-protected Word document; remove the password in Word "
                "(File > Info > Protect Document) and save it again, or export it to PDF")
        raise UnsupportedFormat(
            f"{name}: is a legacy Word 97-2003 (.doc) or other OLE file; "
            "save it as .docx or PDF and try again")
    if head.lstrip().startswith(b"{\\rtf"):
        raise UnsupportedFormat(f"{name}: is an RTF document; save it as .docx or PDF and try again")
    if ext == ".pdf":
        raise UnsupportedFormat(f"{name}: is named .pdf but is not a PDF ({_describe(head)})")
    if ext == ".docx":
        raise UnsupportedFormat(f"{name}: is named .docx but is not a Word document ({_describe(head)})")
    if ext == ".doc":
        raise UnsupportedFormat(f"{name}: legacy .doc files are not supported; save it as .docx or PDF")
    if ext in _TEXT_EXTENSIONS:
        if _looks_binary(head):
            raise UnsupportedFormat(f"{name}: is named {ext} but holds binary data, not text")
        return "txt"
    raise UnsupportedFormat(_unsupported_message(name, ext))


def _is_encrypted_ooxml(p: Path) -> bool:
    """Word saves a password-protected .docx as an OLE container with an EncryptedPackage stream."""
    marker = "EncryptedPackage".encode("utf-16-le")  # directory entries are UTF-16 names
    try:
        with p.open("rb") as f:
            return marker in f.read(_OLE_SCAN_BYTES)
    except OSError:
        return False


_OLE_SCAN_BYTES = 32 * 2**20


def _unsupported_message(name: str, ext: str) -> str:
    what = f"'{ext}' files are" if ext else "files without an extension are"
    return f"{name}: {what} not supported; use PDF, DOCX or plain text (.txt, .md)"


def _looks_binary(head: bytes) -> bool:
    """NUL bytes mean binary, unless the text is UTF-16 with a byte-order mark."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def _describe(head: bytes) -> str:
    if _looks_binary(head):
        return "it holds unrecognised binary data"
    if head.lstrip()[:1] == b"<":
        return "it looks like HTML or XML"
    return "it looks like plain text"
