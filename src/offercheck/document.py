"""Document: one canonical text plus a map from offsets to page and block.

Every later stage works on ``[start, end)`` offsets into ``Document.text``; evidence
is always ``text[start:end]``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from offercheck.clauses import Numbering, number_clauses
from offercheck.model import Evidence


@dataclass(frozen=True)
class Block:
    """A run of text that came from one place: a paragraph, a table cell, a page line group."""

    start: int
    end: int
    page: int | None
    """1-based PDF page; None for DOCX and text."""
    index: int
    """1-based paragraph or table-cell index (DOCX), or block number on the page (PDF)."""
    kind: str = "para"
    """"para", "cell", "header", "footer", "ocr", "field" (a PDF form field's value)."""
    table: int | None = None
    """Which table (0-based) a cell belongs to."""
    row: int | None = None
    col: int | None = None
    source: str | None = None
    """Where the text came from when the page does not say: "form field BaseSalary"."""


@dataclass(frozen=True)
class HiddenText:
    """Text in the file that a reader of the page cannot see, left out of ``Document.text``."""

    page: int | None
    text: str
    why: str
    """"drawn invisible", "white on white", "transparent", "outside the page"."""


@dataclass(frozen=True)
class Document:
    path: str
    format: str
    """"pdf", "docx" or "txt"."""
    text: str
    blocks: tuple[Block, ...] = ()
    pages: int | None = None
    ocr_pages: tuple[int, ...] = ()
    hidden: tuple[HiddenText, ...] = ()
    """Text the file holds but does not show (PDF), for a red flag; never read as terms."""
    numbering: Numbering = field(default=Numbering(), repr=False, compare=False)
    """The numbered clauses of ``text``, worked out once when the document is built."""
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_starts", tuple(b.start for b in self.blocks))

    def block_at(self, offset: int) -> Block | None:
        """The block holding ``offset``, or None (between blocks)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < max(self.blocks[i].end, self.blocks[i].start + 1):
            return self.blocks[i]
        return None

    def page_at(self, offset: int) -> int | None:
        b = self.block_at(offset)
        if b is not None:
            return b.page
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.blocks[i].page if i >= 0 else None

    def evidence(self, start: int, end: int) -> Evidence:
        """The slice [start, end) of the text, less its outer whitespace, as evidence: with
        its page, and for a format without pages the block (paragraph, cell) it is in."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        block = self.block_at(start)
        return Evidence(text[start:end], start, end, self.page_at(start),
                        None if self.format == "pdf" or block is None else block.index,
                        block.source if block is not None else None)


class DocumentBuilder:
    """Appends text pieces and records their blocks, so offsets are right by construction."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.blocks: list[Block] = []

    def add(self, text: str, *, page: int | None = None, kind: str = "para", sep: str = "\n",
            table=None, row=None, col=None, source: str | None = None) -> None:
        if not text:
            return
        start = self._len
        self._parts.append(text)
        self._len += len(text)
        self.blocks.append(Block(start, self._len, page, len(self.blocks) + 1, kind, table, row, col, source))
        if sep:
            self._parts.append(sep)
            self._len += len(sep)

    def build(self, path: str, fmt: str, pages: int | None = None, ocr_pages=()) -> Document:
        text = "".join(self._parts)
        return Document(path=path, format=fmt, text=text, blocks=tuple(self.blocks),
                        pages=pages, ocr_pages=tuple(ocr_pages), numbering=number_clauses(text))
