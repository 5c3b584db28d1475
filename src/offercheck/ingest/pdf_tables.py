"""Ruled tables on PDF pages: each row one line, its cells joined by " | ", as from DOCX.

pdfium's plain text (``pdf.py``) reads a ruled table cell by cell along the content
stream: a pay table's "Basic 12000 144000" survives, but a key-terms table whose value
cells wrap ("Start Date:" / "Your employment will" / "commence on ...") loses which value
belongs to which label, and a label beside a three-line value lands on its own line.
Here the pages that may hold a table are found cheaply (ruling lines: pdfium path
objects that make at least three vertical and two horizontal edges), pdfplumber's table
finder ("lines" strategy) runs on those pages only, and the characters pdfium read
inside each table are given to the table's cells by their boxes. The rest of the page
keeps pdfium's text exactly, and a page with no table is never touched.

Cells take pdfium's characters, not pdfplumber's, so the text is the same as everywhere
else in the document (ligatures, line-end hyphens, characters past the page's edge that
pdfplumber would crop) and only the grouping changes. A table is kept only when at
least one row has text in two cells: a box drawn around a paragraph is not a table.
pdfplumber is imported only when a page needs it (it costs ~0.2 s to import).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

SEP = " | "
"""Between the cells of a row, as the DOCX reader writes them."""

_EDGE = 3.0
"""A path object thinner than this (points) is a ruling line; wider and taller, a box."""
_MIN_EDGE_LENGTH = 8.0
_NEAR = 1.5
"""Slack (points) when a character's centre is tested against a cell or table edge."""


class TableRow(str):
    """A page line that is one table row; the str is the row's text, cells joined by SEP.

    ``cells`` holds (text, 0-based grid column) of each non-empty cell, as DOCX rows do.
    """

    cells: tuple[tuple[str, int], ...]
    table: int
    row: int

    def __new__(cls, cells: list[tuple[str, int]], table: int, row: int) -> "TableRow":
        self = super().__new__(cls, SEP.join(text for text, _ in cells))
        self.cells, self.table, self.row = tuple(cells), table, row
        return self


@dataclass
class TableStats:
    """What the table reader did in one process: for the benchmark's profile."""

    pages_checked: int = 0
    pages_searched: int = 0
    tables: int = 0
    seconds: float = 0.0


STATS = TableStats()


def is_row(line: str) -> bool:
    return isinstance(line, TableRow)


def add_line(builder, line: str, *, page: int, kind: str, sep: str) -> None:
    """Add one page line to ``builder``: a table row as one block per cell, else one block."""
    if not isinstance(line, TableRow):
        builder.add(line, page=page, kind=kind, sep=sep)
        return
    for j, (text, col) in enumerate(line.cells):
        last = j == len(line.cells) - 1
        builder.add(text, page=page, kind="cell", sep=sep if last else SEP,
                    table=line.table, row=line.row, col=col)


def read_tables(path: Path, password: str | None, pdf, pages: list[list[str]], skip=()) -> None:
    """Replace, in ``pages``, the lines of each ruled table by one TableRow per row.

    ``pdf`` is the open pypdfium2 document the lines were read from; pages in ``skip``
    (OCR'd scans) are left alone. Tables are numbered from 0 through the document.
    """
    started = time.perf_counter()
    skip = set(skip)
    candidates = []
    for i in range(len(pages)):
        if i in skip or not pages[i]:
            continue
        STATS.pages_checked += 1
        page = pdf[i]
        try:
            if _plain_geometry(page) and _has_ruling(page):
                candidates.append(i)
        finally:
            page.close()
    if candidates:
        _read_candidates(path, password, pdf, pages, candidates)
    STATS.seconds += time.perf_counter() - started


def _read_candidates(path: Path, password: str | None, pdf, pages: list[list[str]],
                     candidates: list[int]) -> None:
    import pdfplumber

    table_no = 0
    with pdfplumber.open(str(path), password=password or "") as plumber:
        for i in candidates:
            STATS.pages_searched += 1
            page = pdf[i]
            try:
                grids = _find_grids(plumber.pages[i], page.get_height())
                if not grids:
                    continue
                textpage = page.get_textpage()
                try:
                    lines, table_no = _page_with_tables(textpage, page.get_height(), grids, table_no)
                finally:
                    textpage.close()
            finally:
                page.close()
            if lines is not None:
                pages[i] = lines


def _plain_geometry(page) -> bool:
    """Unrotated, with the visible box the whole page from the origin: the two libraries'
    coordinates then differ only by a flip of y. (pdfium's ``get_mediabox`` does not see
    a box the page inherits from its parent, so the effective page box is used.)"""
    box = tuple(round(v, 1) for v in page.get_bbox())
    return page.get_rotation() == 0 and box == (0, 0, round(page.get_width(), 1), round(page.get_height(), 1))


def _has_ruling(page) -> bool:
    """At least three vertical and two horizontal edges among the page's path objects
    (a box counts as two of each): the least a two-column, one-row ruled table draws.
    A signature line or an underline alone does not qualify."""
    import pypdfium2.raw as pdfium_c

    horizontal = vertical = 0
    for kind, (left, bottom, right, top) in _path_bounds(page.raw, pdfium_c):
        w, h = right - left, top - bottom
        if h < _EDGE and w >= _MIN_EDGE_LENGTH:
            horizontal += 1
        elif w < _EDGE and h >= _MIN_EDGE_LENGTH:
            vertical += 1
        elif w >= _MIN_EDGE_LENGTH and h >= _MIN_EDGE_LENGTH:
            horizontal += 2
            vertical += 2
        if horizontal >= 2 and vertical >= 3:
            return True
    return False


def _path_bounds(raw_page, pdfium_c, form=None, depth: int = 0):
    """(type, bounds) of each path object, also inside form XObjects (two levels)."""
    import ctypes

    count = pdfium_c.FPDFFormObj_CountObjects(form) if form else pdfium_c.FPDFPage_CountObjects(raw_page)
    for k in range(count):
        obj = pdfium_c.FPDFFormObj_GetObject(form, k) if form else pdfium_c.FPDFPage_GetObject(raw_page, k)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            box = [ctypes.c_float() for _ in range(4)]
            if pdfium_c.FPDFPageObj_GetBounds(obj, *map(ctypes.byref, box)):
                yield kind, tuple(v.value for v in box)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
            yield from _path_bounds(raw_page, pdfium_c, obj, depth + 1)


@dataclass
class _Grid:
    """One table pdfplumber found: rows of (grid column, x0, x1) cells and each row's band."""

    bbox: tuple[float, float, float, float]
    """x0, top, x1, bottom; top measured down from the top of the page (pdfplumber's)."""
    page_width: float
    rows: list[tuple[float, float, list[tuple[int, float, float]]]] = field(default_factory=list)


def _find_grids(plumber_page, height: float) -> list[_Grid]:
    """The page's ruled tables, with two cells in some row; none if pdfplumber sees the
    page at another size than pdfium (the coordinates would not line up)."""
    grids: list[_Grid] = []
    if abs(plumber_page.height - height) > 0.5 or plumber_page.bbox[:2] != (0, 0):
        return grids
    for table in plumber_page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}):
        grid = _Grid(tuple(table.bbox), plumber_page.width)
        for row in table.rows:
            cells = [(col, bbox[0], bbox[2]) for col, bbox in enumerate(row.cells) if bbox is not None]
            if cells:
                grid.rows.append((row.bbox[1], row.bbox[3], cells))
        if grid.rows and max(len(cells) for _, _, cells in grid.rows) >= 2:
            grids.append(grid)
    return grids


def _page_with_tables(textpage, page_top: float, grids: list[_Grid], table_no: int):
    """The page's lines with each table's characters taken out and put back as rows.

    Returns (lines, next table number), or (None, table_no) when no grid turns out to
    hold text in two cells of one row (nothing to change).
    """
    from .pdf import page_lines

    raw = textpage.get_text_range()
    n = textpage.count_chars()
    if len(raw) != n:  # characters outside the BMP: indices would not line up; keep plain text
        return None, table_no
    where = [None] * n  # (grid, row, col) of each character inside a table
    for k in range(n):
        if raw[k].isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(k)
        if right <= left and top <= bottom:
            continue
        where[k] = _locate(grids, (left + right) / 2, page_top - (bottom + top) / 2)
    _spaces_follow(raw, where)

    cells: dict[tuple[int, int, int], list[str]] = {}
    for k, place in enumerate(where):
        if place is not None:
            cells.setdefault(place, []).append(raw[k])
    kept = {}
    for g, grid in enumerate(grids):
        rows = []
        for r in range(len(grid.rows)):
            row_cells = []
            for col, _, _ in grid.rows[r][2]:
                text = " ".join(page_lines("".join(cells.get((g, r, col), ())))).strip(" |")
                if text:
                    row_cells.append((" ".join(text.split()), col))
            if row_cells:
                rows.append(row_cells)
        if any(len(row) >= 2 for row in rows):
            kept[g] = rows
    if not kept:
        return None, table_no

    lines: list[str] = []
    piece: list[str] = []
    numbers: dict[int, int] = {}
    for k, place in enumerate(where):
        if place is None or place[0] not in kept:
            piece.append(raw[k])
            continue
        g = place[0]
        if g in numbers:
            continue
        numbers[g] = table_no
        table_no += 1
        lines += page_lines("".join(piece))
        piece = []
        lines += [TableRow(row, numbers[g], r) for r, row in enumerate(kept[g])]
    lines += page_lines("".join(piece))
    STATS.tables += len(numbers)
    return lines, table_no


def _locate(grids: list[_Grid], x: float, y: float):
    """(grid, row, column) of the point, or None outside every table. Text past the page's
    right edge (a table wider than the page, clipped when printed) belongs to the last
    cell of its row, as pdfium reads it while pdfplumber crops it."""
    for g, grid in enumerate(grids):
        x0, top, x1, bottom = grid.bbox
        if not (top - _NEAR <= y <= bottom + _NEAR and x0 - _NEAR <= x):
            continue
        for r, (row_top, row_bottom, cells) in enumerate(grid.rows):
            if row_top - _NEAR <= y <= row_bottom + _NEAR:
                if x > x1 + _NEAR and x1 < grid.page_width - _NEAR:
                    return None
                for col, c0, c1 in cells:
                    if x <= c1 + _NEAR:
                        return g, r, col
                return g, r, cells[-1][0]
    return None


def _spaces_follow(raw: str, where: list) -> None:
    """A space or line break pdfium put between two characters of one cell joins them:
    it belongs to that cell; any other stays with the page's plain text."""
    last = None
    for k, ch in enumerate(raw):
        if where[k] is not None:
            last = k
            continue
        if not ch.isspace() or last is None:
            continue
        nxt = k + 1
        while nxt < len(raw) and raw[nxt].isspace():
            nxt += 1
        if nxt < len(raw) and where[nxt] is not None and where[nxt] == where[last]:
            where[k] = where[last]
