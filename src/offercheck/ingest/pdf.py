"""PDF -> Document with pypdfium2: one line of text per block, pages split by a blank line.

pypdfium2 is used instead of pdfplumber because it is about fifty times faster and
keeps table rows on one line, which is what the rules need. Running headers and
footers are removed so that "Page 3 of 9" or a letterhead never lands inside a quote,
and image-only pages go to OCR when Tesseract is installed. Ruled tables (pdfplumber,
on the pages that draw ruling lines only) and columns set side by side are regrouped by
``pdf_tables``: a row becomes one line of " | "-joined cells.
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..document import Document, DocumentBuilder, HiddenText
from ..errors import CorruptDocument, DocumentTooLarge, EncryptedDocument, OcrUnavailable
from . import pdf_tables
from .text import page_lines

if TYPE_CHECKING:  # pragma: no cover
    import pypdfium2

    from .pdf_forms import FieldLine

MIN_PAGE_CHARS = 20
"""Fewer non-space characters than this on a page with images means the page is a scan."""

EDGE_LINES = 3
"""How many lines at the top and bottom of a page may hold a running header or footer."""

_DIGITS = re.compile(r"\d+")


def read_pdf(path: Path, *, password: str | None = None, max_pages: int = 500) -> Document:
    """Extract the visible text of every page and its filled form fields; OCR the scanned
    pages; drop running headers and footers."""
    pdf = open_pdf(path, password)
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise CorruptDocument(f"{path}: the PDF has no pages (damaged or truncated?)")
        if n_pages > max_pages:
            raise DocumentTooLarge(f"{path}: {n_pages} pages is more than the limit of {max_pages}; "
                                   "is this really one letter or contract?")
        reads = _read_pages(path, pdf, n_pages)
        pages = [r.lines for r in reads]
        scanned = [i for i, r in enumerate(reads) if r.has_images and _visible_chars(r.lines) < MIN_PAGE_CHARS]
        ocr_done = _ocr_scanned_pages(path, pdf, pages, scanned)
        pdf_tables.read_tables(path, password, pdf, pages, skip=scanned)  # ruled tables: rows of cells
    finally:
        pdf.close()

    pages = strip_running_lines(pages)
    fields = [r.fields for r in reads]
    if not any(pages) and not any(fields):
        raise CorruptDocument(f"{path}: no text could be extracted from the PDF "
                              "(empty pages, or text drawn as shapes)")
    hidden = tuple(h for r in reads for h in r.hidden)
    return dataclasses.replace(_build(path, pages, ocr_done, fields), hidden=hidden)


class _PageRead(NamedTuple):
    lines: list[str]
    has_images: bool
    hidden: list[HiddenText]
    fields: list[FieldLine]


def _read_pages(path: Path, pdf, n_pages: int) -> list[_PageRead]:
    import pypdfium2 as pdfium

    from .pdf_forms import has_form

    if has_form(pdf):
        pdf.init_forms()  # before any page is loaded, so widgets know their fields
    seen_fields: set[str] = set()
    reads = []
    for i in range(n_pages):
        try:
            reads.append(_read_page(pdf, i, seen_fields))
        except pdfium.PdfiumError as e:
            raise CorruptDocument(f"{path}: page {i + 1} cannot be read ({e})") from None
    return reads


def open_pdf(path: Path, password: str | None) -> "pypdfium2.PdfDocument":
    """Open with pdfium, turning its error codes into messages the user can act on."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            if password:
                raise EncryptedDocument(f"{path}: the PDF is encrypted and the password given "
                                        "does not open it") from None
            raise EncryptedDocument(f"{path}: the PDF is encrypted (password-protected); "
                                    "give the password with --password") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedDocument(f"{path}: the PDF uses an unsupported encryption scheme; "
                                    "print it to a new PDF and try again") from None
        if code == pdfium_c.FPDF_ERR_FILE:
            raise CorruptDocument(f"{path}: the PDF cannot be opened (file error)") from None
        raise CorruptDocument(f"{path}: the PDF is damaged or truncated and cannot be read") from None


def _read_page(pdf, index: int, seen_fields: set[str]) -> _PageRead:
    """The cleaned lines of one page (visible text only), whether it draws any image, the
    text it holds but does not show, and its filled form fields; closes what it opens."""
    import pypdfium2.raw as pdfium_c

    from .pdf_forms import field_lines
    from .pdf_hidden import hidden_objects, remove

    page = pdf[index]
    try:
        raw, suspects, lines = _page_text(page, hidden_objects, index)
        if suspects:  # read again without them
            remove(page, suspects)
            raw, _, lines = _page_text(page, None, index)
        lines = page_lines(raw) if lines is None else lines
        has_images = False
        if _visible_chars(lines) < MIN_PAGE_CHARS:  # only then is the answer needed
            images = page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))
            has_images = next(images, None) is not None
        hidden = [HiddenText(index + 1, " ".join(page_lines(s.text)), s.why) for s in suspects]
        return _PageRead(lines, has_images, hidden, field_lines(pdf, page, seen_fields, raw))
    finally:
        page.close()


def _page_text(page, find_hidden, index: int) -> tuple[str, list, list[str] | None]:
    """pdfium's text of the page, what ``find_hidden`` finds, and the page's lines in reading
    order where it sets text in two columns (else None), all from one text page."""
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        hidden = find_hidden(page, textpage) if find_hidden else []
        lines = None if hidden else pdf_tables.reflow_columns(page, textpage, raw, index)
        return raw, hidden, lines
    finally:
        textpage.close()


def _visible_chars(lines: list[str]) -> int:
    return sum(len(line) - line.count(" ") for line in lines)


def _ocr_scanned_pages(path: Path, pdf, pages: list[list[str]], scanned: list[int]) -> tuple[int, ...]:
    """Replace the lines of scanned pages by OCR text; return their 1-based numbers.

    Without Tesseract a fully scanned PDF is an error (there is nothing to read), while
    a few scanned pages (a signed last page, say) are skipped and the rest is read.
    """
    if not scanned:
        return ()
    from . import ocr

    if not ocr.tesseract_available():
        if len(scanned) == len(pages):
            raise OcrUnavailable(
                f"{path}: the PDF is a scan (images only) and Tesseract OCR is not installed",
                hint="Install it (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng; "
                     "macOS: brew install tesseract) and run again.")
        return ()
    texts = ocr.ocr_pdf_pages(pdf, scanned, label=str(path))
    for i, text in texts.items():
        pages[i] = page_lines(text)
    return tuple(i + 1 for i in sorted(texts))


def strip_running_lines(pages: list[list[str]], edge: int = EDGE_LINES) -> list[list[str]]:
    """Drop page numbers and running headers and footers from the edges of pages.

    A running line is one of the first or last ``edge`` lines of a page that recurs so
    on at least half the pages (and at least three; on a two-page document, a line of 20
    characters or more on the edges of both). Lines are compared with digits
    masked, so "Page 3 of 9" and "Page 4 of 9" are one footer. Such lines are kept on
    the top of the first page, where they are often real content (the letter's date,
    which later pages repeat in their header; a letterhead); a footer goes everywhere. A line that is only a page number ("3", "- 3 -", "Page 3 of 9") is dropped
    wherever it sits at an edge.

    >>> pages = [["ACME Ltd", word, f"Page {i} of 3"] for i, word in enumerate("xyz", 1)]
    >>> strip_running_lines(pages)
    [['ACME Ltd', 'x'], ['y'], ['z']]
    """
    with_text = sum(1 for lines in pages if lines)
    need = max(3, math.ceil(with_text / 2))
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_line_key(line) for line in _edges(lines, edge)})
    running = {key for key, count in counts.items() if count >= need}
    if with_text == 2:  # a two-page letter: a long line on the edge of both pages is its letterhead
        running |= {key for key, count in counts.items() if count == 2 and len(key.strip()) >= 20}
    out = []
    for page_no, lines in enumerate(pages):
        last = len(lines) - edge
        page_out = []
        for j, line in enumerate(lines):
            if j < edge or j >= last:
                if _is_page_number(line, len(pages)):
                    continue
                # page 1 keeps its header (often the letter's date or letterhead), not its footer
                if (page_no > 0 or j >= max(last, edge)) and _line_key(line) in running:
                    continue
            page_out.append(line)
        out.append(page_out)
    return out


_PAGE_NUMBER = re.compile(r"[-–—\s]*(?:page\s*)?(\d+)(?:\s*(?:of|/)\s*(\d+))?[-–—\s]*", re.IGNORECASE)


def _is_page_number(line: str, n_pages: int) -> bool:
    """"3", "- 3 -", "Page 3", "Page 3 of 9", "3/9", with numbers no larger than the page count.

    The bound keeps a lone house number ("3540") in an address block.
    """
    m = _PAGE_NUMBER.fullmatch(line)
    return bool(m) and all(int(g) <= n_pages for g in m.groups() if g)


def _edges(lines: list[str], edge: int) -> list[str]:
    return lines if len(lines) <= 2 * edge else lines[:edge] + lines[-edge:]


def _line_key(line: str) -> str:
    return _DIGITS.sub("#", line.casefold())


def _build(path: Path, pages: list[list[str]], ocr_pages: tuple[int, ...],
           fields: list[list[FieldLine]]) -> Document:
    """One block per line, lines joined by "\\n", pages by "\\n\\n"; block index counts per page.
    A page's filled form fields follow its text, a line each."""
    builder = DocumentBuilder()
    last_page = max(i for i in range(len(pages)) if pages[i] or fields[i])
    ocr_set = set(ocr_pages)
    for i, lines in enumerate(pages):
        full = _full_width(lines)
        kind = "ocr" if i + 1 in ocr_set else "para"
        items = [(line, kind, None) for line in lines] + [(f.text, "field", f"form field {f.name}") for f in fields[i]]
        for j, (line, line_kind, source) in enumerate(items):
            if j < len(items) - 1:
                following = items[j + 1]
                joins = (following[1] == line_kind != "field" and not pdf_tables.is_row(line)
                         and not pdf_tables.is_row(following[0]))
                sep = " " if joins and _continues(line, following[0], full) else "\n"
            else:
                sep = "\n\n" if i < last_page else ""
            if source is None:
                pdf_tables.add_line(builder, line, page=i + 1, kind=line_kind, sep=sep)
            else:
                builder.add(line, page=i + 1, kind=line_kind, sep=sep, source=source)
    doc = builder.build(str(path), "pdf", pages=len(pages), ocr_pages=ocr_pages)
    return dataclasses.replace(doc, blocks=_number_per_page(doc.blocks))


_LIST_START = re.compile(r"^(?:[•●▪◦·\-–*]|\(?[a-z0-9]{1,3}[.)]\s|[A-Z][A-Z &/,'’\-]{3,}$)")


_SALUTATION = re.compile(r"^\s*(?:(?:dear|hi|hello|re|attn|attention)\b|to\b(?!\s+(?-i:[a-z])))", re.I)
"""An address or greeting line ("Dear Ms Roy,", "To: HR", "To Mr A. Shah"); not a sentence that
opens with "To accept, please sign ..." """
_CLAUSE_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)+\b|^\s*\d+\.?\s+[A-Z][\w'’&-]*(?:\s+[A-Z&][\w'’&-]*)*\s*$")
"""A line that opens with a clause number ("4.2 ...") or is a numbered heading ("7 Holidays")."""
_JOINING_WORDS = {"and", "or", "of", "the", "a", "an", "to", "in", "for", "with", "by", "on", "at",
                  "as", "from", "that", "your", "our", "its", "their", "his", "her", "any", "all",
                  "this", "such", "is", "are", "be", "will", "shall", "may", "not", "which", "who"}


def _full_width(lines: list[str]) -> int:
    """How long a page's full lines are: the length most body lines wrap at (the 90th
    percentile of the lengths, 0 on a page with too few lines to tell).

    >>> _full_width(["a" * 60] * 8 + ["Dear Sam,", "short"])
    60
    """
    lengths = sorted(len(line) for line in lines)
    return lengths[len(lengths) * 9 // 10] if len(lengths) >= 6 else 0


_WRAPPED = 0.85
"""A line at least this share of the page's full width that ends with no stop was cut by
the margin: "... The Company will reimburse / Executive for the costs ..."."""


def _continues(line: str, following: str, full: int = 0) -> bool:
    """A visual line break inside a sentence: join the lines with a space, so rules read
    sentences, not the page's line lengths. Headings, labels, list items and lines that
    end a sentence keep their break.

    >>> _continues("The Company will pay the Executive a salary and will reimburse", "Executive for costs.", 64)
    True
    >>> _continues("Allowances: night and weekend rates apply as set by the hospital", "Work site: Leeds", 64)
    False
    >>> _continues("EMPLOYMENT AGREEMENT BETWEEN THE COMPANY AND THE EXECUTIVE", "This Agreement is made", 60)
    False
    >>> _continues("To accept, please sign and return it. If we have not heard from you by the end of", "day on 9 June, the offer lapses.", 90)
    True
    >>> _continues("The bonus plan can pay up to", "12% of base salary.", 90), _continues("the holiday year runs with the", "4.2 The Employee", 90)
    (True, False)
    >>> _continues("To", "Ms Asha Rao", 90), _continues("benefits are set out in the", "7 Holidays", 90)
    (False, False)
    >>> _continues("We offer you employment with Harbour Foods Ltd (the", '"Company") as a Baker.', 90)
    True
    """
    end = line.rstrip()[-1:]
    if not end or end in ".:;!?)\"”’|" or _LIST_START.match(following) or _SALUTATION.match(line):
        return False
    first = following.lstrip()[:1]
    if first.islower():
        return True
    last_word = line.rsplit(None, 1)[-1].lower().lstrip("([\"“‘'")
    if (end in ",–(" or last_word in _JOINING_WORDS) and not (first.isdigit() and _CLAUSE_NUMBER.match(following)):
        return True
    return (full > 0 and len(line) >= _WRAPPED * full and end.isalpha() and first.isalpha()
            and line.upper() != line and not _SALUTATION.match(following) and not _LABEL.match(following))


_LABEL = re.compile(r"^\s*[A-Z][\w()/&'’ -]{0,30}:\s")
"""A line that starts with a label ("Work site: ...") is a row of its own, not a wrapped line."""


def _number_per_page(blocks):
    """Block.index for PDF is the block's number on its page (Document's contract)."""
    out, seen = [], Counter()
    for b in blocks:
        seen[b.page] += 1
        out.append(dataclasses.replace(b, index=seen[b.page]))
    return tuple(out)
