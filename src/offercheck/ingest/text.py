"""Plain text and Markdown: one block per paragraph (text between blank lines); and the
line cleaning every reader shares (``page_lines`` for a PDF page's text, used by the
page reader and the table reader alike).

Lines inside a paragraph keep their breaks, as in the PDF reader, so rules see the
same shape of text whatever the source.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..document import Document, DocumentBuilder
from ..errors import DocumentTooLarge

MAX_TEXT_BYTES = 20_000_000
"""A letter is a few kB; anything this big is not one and would only be slow."""

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def read_text(path: Path) -> Document:
    """Read ``path`` as UTF-8 (UTF-16 when it has a byte-order mark); bad bytes become U+FFFD."""
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise DocumentTooLarge(f"{path}: {size // 1_000_000} MB of text is too large for a letter "
                               f"(limit {MAX_TEXT_BYTES // 1_000_000} MB)")
    raw = path.read_bytes()
    encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    text = raw.decode(encoding, errors="replace")
    builder = DocumentBuilder()
    paras = split_paragraphs(text)
    for i, para in enumerate(paras):
        builder.add(para, sep="\n\n" if i < len(paras) - 1 else "")
    return builder.build(str(path), "txt")


def split_paragraphs(text: str) -> list[str]:
    r"""Normalise ``text`` (NFKC, ``\n`` line ends, single spaces) and cut it at blank lines.

    >>> split_paragraphs("Salary:  \u00a3 50,000\r\nper annum\r\n\r\n\ufb01nal")
    ['Salary: £ 50,000\nper annum', 'final']
    """
    out = []
    for para in _BLANK_LINES.split(unicodedata.normalize("NFKC", newlines_to_lf(text))):
        para = "\n".join(clean_lines(_columns_as_cells(para)))
        if para:
            out.append(para)
    return out


_COLUMN_GAP = re.compile(r"(?<=\S)(?:[ ]{3,}|[ ]*\t[ \t]*)(?=\S)")
"""Between two columns of a table set out with spaces or tabs: three spaces or more, or a tab."""
_NARROW_GAP = re.compile(r"(?<=\S)(?:[ ]{2,}|[ ]*\t[ \t]*)(?=\S)")
"""The same inside a table, where a long label may leave only two spaces before its figure."""


def _columns_as_cells(para: str) -> str:
    r"""A table a text file sets out in columns, its cells joined by " | " as every other
    reader writes a table row; only where two lines or more of the paragraph have such gaps
    (a lone wide gap in prose is just spacing).

    >>> _columns_as_cells("Item          Per month\nBasic wage    3,200\nHousing (25% of basic)  800\nTotal    4,100")
    'Item | Per month\nBasic wage | 3,200\nHousing (25% of basic) | 800\nTotal | 4,100'
    >>> _columns_as_cells("Pay is monthly.   Hours are 40.\nLeave is 21 days.")
    'Pay is monthly.   Hours are 40.\nLeave is 21 days.'
    """
    lines = para.split("\n")
    if sum(1 for line in lines if _COLUMN_GAP.search(line.strip())) < 2:
        return para
    return "\n".join(_NARROW_GAP.sub(" | ", line.strip()) for line in lines)


def newlines_to_lf(text: str) -> str:
    """``\r\n`` and lone ``\r`` (pdfium, old Mac files) become ``\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
"""Soft hyphen and zero-width characters: they split words for no visible reason."""


def clean_lines(text: str) -> list[str]:
    r"""Non-empty lines of ``text`` with whitespace runs collapsed to one space and trimmed.

    Control characters count as whitespace, so stray ``\x0c`` or ``\x0b`` from a
    converter cannot end up inside a quote.

    >>> clean_lines("  a \t b\u200b c \n\n\x0cd ")
    ['a b c', 'd']
    """
    lines = []
    for line in text.translate(_INVISIBLE).split("\n"):
        line = " ".join(_CONTROL.sub(" ", line).split())
        if line:
            lines.append(line)
    return lines


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


# pdfium marks a hyphen it found at a line end with U+FFFE (older builds: U+0002) and
# joins the two lines itself. In offer letters these are nearly always real compound
# hyphens ("non-compete", "ninety-five", "Vice-President": every case in our corpus), so
# the marker becomes "-" rather than being dropped: a kept hyphen in a word the
# typesetter split is a smaller harm than "noncompete" or "ninetyfive".
_LINE_END_HYPHEN = str.maketrans({"\ufffe": "-", "\x02": "-"})


def page_lines(raw: str) -> list[str]:
    r"""Canonical lines of one page's raw pdfium text.

    NFKC folds ligatures and full-width forms; line-end hyphen markers become "-";
    whitespace runs become one space; empty lines go, so that a blank line in the
    final text always means a page break.

    >>> page_lines("Salary \ufb01xed at  $1\r\nnon\ufffecompete\r\n\r\n")
    ['Salary fixed at $1', 'non-compete']
    """
    text = unicodedata.normalize("NFKC", newlines_to_lf(raw.translate(_LINE_END_HYPHEN)))
    return clean_lines(text)
