"""PDF tables and two-column pages: each table row one line, its cells joined by " | "
(as the DOCX reader writes them), and columns side by side read one after the other.

pdfium's plain text (``pdf.py``) reads a ruled table cell by cell along the content
stream: a pay table's "Basic 12000 144000" survives, but a key-terms table whose value
cells wrap ("Start Date:" / "Your employment will" / "commence on ...") loses which value
belongs to which label, and a label beside a three-line value lands on its own line.
And where two columns are written line by line across the page, pdfium joins what
stands on one baseline: "salary is $72,000 a Either party may end".

Ruled tables (``read_tables``, after all pages are read): the pages that may hold one
are found cheaply (pdfium path objects that make at least three vertical and two
horizontal edges); pdfplumber's table finder ("lines" strategy) runs on those pages
only, and is imported only then. Columns without lines (``reflow_columns``, from
``pdf._read_page`` with its open text page): pdfium's text rectangles, one or a few a
line, show a gutter that at least three lines left of it and three right of it share;
running text in two columns is read column after column, labels beside values and
borderless tables become rows. pdfplumber's "text" strategy is not used: on a page of
prose it finds a "table" of the whole page (6 to 10 columns cut at word gaps that
happen to line up), and it would have to parse every page.

Either way the grid only decides where pdfium's own characters go (by their boxes), so
the text is the same as everywhere else in the document (ligatures, line-end hyphens,
text past the page's edge that pdfplumber would crop): a table regroups words, never
adds or drops one, and a page with no table is not touched. A table is kept only when
some row has text in two cells: a box drawn around a paragraph is not a table.
"""
from __future__ import annotations

import re
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from .text import page_lines

MAX_SEARCHED_PAGES = 20
"""pdfplumber takes ~0.15 s a page: past this many pages with ruling lines in one
document the rest keep pdfium's plain text, so that a contract ruled on every page
stays within the reading deadline."""

SEP = " | "
"""Between the cells of a row, as the DOCX reader writes them."""

_EDGE = 3.0
"""A path object thinner than this (points) is a ruling line; wider and taller, a box."""
_MIN_EDGE_LENGTH = 8.0
_PROSE_LINES = 6
"""Two cells of one row with this many lines each are columns of text that a frame or
a rule between them makes look like a table: they are read one after the other."""
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

    def __reduce__(self):  # str's own would rebuild a plain str
        return TableRow, (list(self.cells), self.table, self.row)


@dataclass
class TableStats:
    """What the table reader did in one process: for the benchmark's profile."""

    pages_checked: int = 0
    """Pages whose path objects were looked at for ruling."""
    pages_searched: int = 0
    """Pages pdfplumber's table finder ran on."""
    tables: int = 0
    """Tables kept (ruled, or a label column beside values)."""
    seconds: float = 0.0
    """Ruling check, pdfplumber and regrouping, in all."""
    column_pages: int = 0
    """Pages read as two columns or label | value rows."""
    column_seconds: float = 0.0
    """The two-column check of every page and the regrouping of those pages."""


STATS = TableStats()

_RULED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
"""pdfium document -> {page index: whether it draws ruling}, from reflow_columns while
pdf.py has each page open, so that read_tables need not open the pages again."""


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
    (OCR'd scans) are left alone. Tables, ruled or not, are then numbered from 0
    through the document.
    """
    started = time.perf_counter()
    skip = set(skip)
    ruled = _RULED.pop(pdf, {})
    candidates = []
    for i in range(len(pages)):
        if len(candidates) >= MAX_SEARCHED_PAGES:
            break
        if i in skip or not pages[i]:
            continue
        STATS.pages_checked += 1
        if i not in ruled:
            page = pdf[i]
            try:
                ruled[i] = _plain_geometry(page) and _has_ruling(page)
            finally:
                page.close()
        if ruled[i]:
            candidates.append(i)
    if candidates:
        _read_candidates(path, password, pdf, pages, candidates)
    _number_tables(pages)
    STATS.seconds += time.perf_counter() - started


def _read_candidates(path: Path, password: str | None, pdf, pages: list[list[str]],
                     candidates: list[int]) -> None:
    """Regroup the candidate pages where pdfplumber finds a table. pdfplumber (pdfminer)
    fails on some files pdfium reads, and on those pages pdfium's text stays as it is."""
    import pdfplumber

    try:
        plumber = pdfplumber.open(str(path), password=password or "")
    except Exception:  # noqa: BLE001 - any parser error: the plain text is still good
        return
    with plumber:
        for i in candidates:
            STATS.pages_searched += 1
            page = pdf[i]
            try:
                grids = _find_grids(plumber, i, page.get_height())
                if not grids:
                    continue
                textpage = _visible_textpage(page)
                try:
                    # two columns elsewhere on the page, read by reflow_columns, stay so
                    raw = textpage.get_text_range()
                    columns = [c for c in _column_grids(textpage, raw, page.get_width(), page.get_height())
                               if not any(_overlap(c.bbox, g.bbox) for g in grids)]
                    lines = _regroup(textpage, raw, page.get_height(), grids + columns)
                finally:
                    textpage.close()
            finally:
                page.close()
            if lines is not None:
                pages[i] = lines


def _visible_textpage(page):
    """A text page of what the page shows: the page is loaded afresh here, so the text
    drawn invisible or off the page (pdf_hidden) is taken out again before its cells are read."""
    from .pdf_hidden import hidden_objects, remove

    textpage = page.get_textpage()
    suspects = hidden_objects(page, textpage)
    if suspects:
        textpage.close()
        remove(page, suspects)
        textpage = page.get_textpage()
    return textpage


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _number_tables(pages: list[list[str]]) -> None:
    """TableRow.table from the grid's number on its page to its number in the document."""
    number = -1
    for lines in pages:
        seen: dict[int, int] = {}
        for line in lines:
            if isinstance(line, TableRow):
                if line.table not in seen:
                    number += 1
                    seen[line.table] = number
                    STATS.tables += 1
                line.table = seen[line.table]


def reflow_columns(page, textpage, raw: str, index: int | None = None) -> list[str] | None:
    """The lines of a page that sets text in two columns side by side, or None.

    pdfium joins what stands on one baseline into one line, so two columns written line
    by line across the page (a label column beside wrapped values, a text set in two
    columns line by line) come out mixed. Called for every page with pdfium's open text
    page; the check reads only pdfium's text rectangles (one or a few per line), and
    only a page where at least three lines share a gutter pays for character boxes.
    Two columns of running text become the left column's lines, then the right's; a
    label column beside values becomes "label | value" rows, as from a table.
    """
    started = time.perf_counter()
    lines = None
    plain = _plain_geometry(page)
    if index is not None:  # the ruling check too, while the page is open: read_tables needs it
        _RULED.setdefault(page.pdf, {})[index] = plain and _has_ruling(page)
    if plain:
        grids = _column_grids(textpage, raw, page.get_width(), page.get_height())
        lines = _regroup(textpage, raw, page.get_height(), grids) if grids else None
    STATS.column_pages += lines is not None
    STATS.column_seconds += time.perf_counter() - started
    return lines


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

    box = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(v) for v in box]
    count = pdfium_c.FPDFFormObj_CountObjects(form) if form else pdfium_c.FPDFPage_CountObjects(raw_page)
    for k in range(count):
        obj = pdfium_c.FPDFFormObj_GetObject(form, k) if form else pdfium_c.FPDFPage_GetObject(raw_page, k)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            if pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
                yield kind, tuple(v.value for v in box)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
            yield from _path_bounds(raw_page, pdfium_c, obj, depth + 1)


@dataclass
class _Grid:
    """A table's rows, each a band of the page with (grid column, x0, x1) cells.

    ``flow`` marks two text columns rather than a table: its one row's cells are read
    as lines, the left column's before the right's."""

    bbox: tuple[float, float, float, float]
    """x0, top, x1, bottom; top measured down from the top of the page (pdfplumber's)."""
    page_width: float
    rows: list[tuple[float, float, list[tuple[int, float, float]]]] = field(default_factory=list)
    flow: bool = False


def _find_grids(plumber, index: int, height: float) -> list[_Grid]:
    """The page's ruled tables, with two cells in some row; none if pdfplumber cannot
    read the page or sees it at another size than pdfium (coordinates would not match)."""
    grids: list[_Grid] = []
    try:
        plumber_page = plumber.pages[index]
        if abs(plumber_page.height - height) > 0.5 or plumber_page.bbox[:2] != (0, 0):
            return grids
        tables = plumber_page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})
    except Exception:  # noqa: BLE001 - pdfminer's many parse errors: keep the plain text
        return grids
    for table in tables:
        grid = _Grid(tuple(table.bbox), plumber_page.width)
        for row in table.rows:
            cells = [(col, bbox[0], bbox[2]) for col, bbox in enumerate(row.cells) if bbox is not None]
            if cells:
                grid.rows.append((row.bbox[1], row.bbox[3], cells))
        if grid.rows and max(len(cells) for _, _, cells in grid.rows) >= 2:
            grids.append(grid)
    return grids


def _regroup(textpage, raw: str, page_top: float, grids: list[_Grid]) -> list[str] | None:
    """The page's lines with each grid's characters taken out of pdfium's order and put
    back where the grid begins: a table as TableRows (``table`` numbers the grid on the
    page until read_tables numbers them through the document), two columns as lines.

    None when no grid holds text in two cells of one row (nothing to change), or when
    pdfium's text does not line up with its characters (text outside the BMP).
    """
    n = textpage.count_chars()
    if len(raw) != n:
        return None
    where, ys = _char_places(textpage, raw, page_top, grids)
    _spaces_follow(raw, where)
    cells = _cell_texts(raw, where, ys)
    kept: dict[int, list] = {}
    for g, grid in enumerate(grids):
        lines = _flow_lines(cells, g, grid) if grid.flow else _table_lines(cells, g, grid)
        if lines is not None:
            kept[g] = lines
    if not kept:
        return None
    return _spliced(raw, where, kept)


def _char_places(textpage, raw: str, page_top: float, grids: list[_Grid]) -> tuple[list, list]:
    """For each character: (grid, row, column) where it lies inside a grid, else None;
    and (its height's middle from the top of the page, its height), None for white space
    and characters without a box."""
    where: list = [None] * len(raw)
    ys: list = [None] * len(raw)
    for k in range(len(raw)):
        if raw[k].isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(k)
        if right <= left and top <= bottom:
            continue
        ys[k] = (page_top - (bottom + top) / 2, top - bottom)
        where[k] = _locate(grids, (left + right) / 2, ys[k][0])
    return where, ys


def _flow_lines(cells: dict, g: int, grid: _Grid) -> list[str] | None:
    """Two columns of running text, one after the other; None unless both hold text."""
    columns = [page_lines(cells.get((g, 0, col), "")) for col, _, _ in grid.rows[0][2]]
    if sum(1 for lines in columns if lines) < 2:
        return None
    return [line for lines in columns for line in lines]


def _table_lines(cells: dict, g: int, grid: _Grid) -> list[str] | None:
    """A table's rows as TableRows (a row whose cells are columns of text in a frame, as
    their lines); None unless some row has text in two cells."""
    out: list[str] = []
    tabular = False
    for r, (_, _, row_cells) in enumerate(grid.rows):
        texts = [(page_lines(cells.get((g, r, col), "")), col) for col, _, _ in row_cells]
        if sum(1 for lines, _ in texts if len(lines) >= _PROSE_LINES) >= 2:
            out += [line for lines, _ in texts for line in lines]  # columns of text in a frame
            continue
        texts = [(" ".join(lines).strip(" |"), col) for lines, col in texts]
        texts = [(text, col) for text, col in texts if text]
        if texts:
            out.append(TableRow(texts, g, r))
            tabular = tabular or len(texts) >= 2
    return out if tabular else None


def _spliced(raw: str, where: list, kept: dict[int, list]) -> list[str]:
    """The page's lines with each kept grid's lines where its first character was."""
    lines: list[str] = []
    piece: list[str] = []
    done: set[int] = set()
    for k, place in enumerate(where):
        if place is None or place[0] not in kept:
            piece.append(raw[k])
        elif place[0] not in done:
            done.add(place[0])
            lines += page_lines("".join(piece))
            piece = []
            lines += kept[place[0]]
    return lines + page_lines("".join(piece))


def _cell_texts(raw: str, where: list, ys: list) -> dict:
    """Each cell's characters in pdfium's order. Where pdfium read something else between
    two characters of a cell (the other column of a line), a line break goes between
    them if they sit on different lines, else a space."""
    cells: dict[tuple, list[str]] = {}
    last: dict[tuple, tuple[int, float, float]] = {}
    for k, place in enumerate(where):
        if place is None:
            continue
        buf = cells.setdefault(place, [])
        prev = last.get(place)
        if ys[k] is not None:
            if prev is not None and prev[0] < k - 1 and not buf[-1].isspace():
                buf.append("\n" if abs(ys[k][0] - prev[1]) > prev[2] / 2 else " ")
            last[place] = (k, *ys[k])
        elif prev is not None:
            last[place] = (k, prev[1], prev[2])
        buf.append(raw[k])
    return {key: "".join(chars) for key, chars in cells.items()}


def _locate(grids: list[_Grid], x: float, y: float):
    """(grid, row, column) of the point, or None outside every grid. Text past the page's
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
                for col, _, c1 in cells:
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


_MIN_GUTTER = 12.0
"""Points of blank between two columns (a word space is 2-4; a tab stop or a gutter more)."""
_MIN_SHARED = 3
_WORD = re.compile(r"[^\W\d_]{3}")
"""A left column whose lines mostly have no word of three letters holds list markers."""
"""Lines with text on both sides of one gutter before the page counts as two columns."""


@dataclass
class _Line:
    """A visual line from pdfium's text rectangles: its vertical extent and its runs of
    text (x0, x1) with less than a gutter between them."""

    top: float
    bottom: float
    segments: list[tuple[float, float]]

    def gaps(self) -> list[tuple[float, float]]:
        return [(a[1], b[0]) for a, b in zip(self.segments, self.segments[1:])]

    def free(self, g0: float, g1: float) -> tuple[float, float] | None:
        """The widest part of (g0, g1) that no segment of this line covers, if wide enough."""
        best, start = None, g0
        for a, b in self.segments + [(g1, g1)]:
            end = min(a, g1)
            if end - start >= _MIN_GUTTER and (best is None or end - start > best[1] - best[0]):
                best = (start, end)
            start = max(start, b)
            if start >= g1:
                break
        return best

    def sides(self, g0: float, g1: float) -> tuple[list, list] | None:
        """The segments left and right of the gutter (g0, g1), or None if one crosses it."""
        left = [s for s in self.segments if s[1] <= g0 + _NEAR]
        right = [s for s in self.segments if s[0] >= g1 - _NEAR]
        return (left, right) if len(left) + len(right) == len(self.segments) else None


def _column_grids(textpage, raw: str, width: float, height: float) -> list[_Grid]:
    lines = _visual_lines(textpage, raw, height)
    grids = []
    i = 0
    while i < len(lines):
        found = None
        for g0, g1 in lines[i].gaps():
            run = _run(lines, i, g0, g1)
            if run and (found is None or run[0] > found[0]):
                found = run
        if found is None:
            i += 1
            continue
        end, g0, g1 = found
        grid, used = _column_grid(lines[i:end], g0, g1, width, _label_reader(textpage, height))
        if grid is not None:
            grids.append(grid)
        i += max(used, 1)
    return grids


def _visual_lines(textpage, raw: str, height: float) -> list[_Line]:
    """pdfium's text rectangles grouped into lines, top to bottom (y measured down).

    None found where there are no more rectangles than lines of text: no line has two
    runs of text, so no gutter (the common page, checked with one call)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    n = pdfium_c.FPDFText_CountRects(textpage.raw, 0, -1)
    if n < 2 * _MIN_SHARED:
        return []
    box = [ctypes.c_double() for _ in range(4)]
    refs = [ctypes.byref(v) for v in box]
    rects = []
    for k in range(n):
        if pdfium_c.FPDFText_GetRect(textpage.raw, k, *refs):
            left, top, right, bottom = (v.value for v in box)
            if right > left and top > bottom:
                rects.append((height - top, height - bottom, left, right))
    rects.sort(key=lambda r: (r[0] + r[1]) / 2)
    lines: list[_Line] = []
    spans: list[list[tuple[float, float]]] = []
    for top, bottom, left, right in rects:
        last = lines[-1] if lines else None
        if last and abs((top + bottom) / 2 - (last.top + last.bottom) / 2) < min(bottom - top, last.bottom - last.top) / 2:
            last.top, last.bottom = min(last.top, top), max(last.bottom, bottom)
            spans[-1].append((left, right))
        else:
            lines.append(_Line(top, bottom, []))
            spans.append([(left, right)])
    for line, line_spans in zip(lines, spans):
        for left, right in sorted(line_spans):
            if line.segments and left - line.segments[-1][1] < _MIN_GUTTER:
                line.segments[-1] = (line.segments[-1][0], max(right, line.segments[-1][1]))
            else:
                line.segments.append((left, right))
    return lines


def _run(lines: list[_Line], i: int, g0: float, g1: float) -> tuple[int, float, float] | None:
    """How far down from line i a gutter (g0, g1) goes: (end, g0, g1) of the run it
    narrows to, if at least _MIN_SHARED lines in it have text left of it and as many
    right of it (a label centred on its wrapped value shares no line with it)."""
    left = right = 0
    end = i
    for j in range(i, len(lines)):
        line = lines[j]
        if j > i and line.top - lines[j - 1].bottom > 2.5 * (line.bottom - line.top):
            break  # a wide vertical gap ends the layout
        sides = line.sides(g0, g1)
        if sides is None:
            free = line.free(g0, g1)
            if free is None:
                break
            g0, g1 = free
            sides = line.sides(g0, g1)
        left += bool(sides[0])
        right += bool(sides[1])
        end = j + 1
    return (end, g0, g1) if min(left, right) >= _MIN_SHARED else None


def _label_reader(textpage, height: float):
    """The text pdfium has in a segment of a line (for labels only: a few per page)."""
    def text(line: _Line, segment: tuple[float, float]) -> str:
        return textpage.get_text_bounded(segment[0], height - line.bottom, segment[1], height - line.top)
    return text


def _column_grid(lines: list[_Line], g0: float, g1: float, width: float,
                 label_text) -> tuple[_Grid | None, int]:
    """Two columns of running text (the left one's lines reach the gutter) as a flow
    grid; labels beside values, or a borderless table, as rows split at every gutter.
    Returns the grid and how many of ``lines`` it takes: one-sided lines at the end
    that stand apart (the next paragraph, a closing line) are left to the page."""
    last_right = max(k for k, line in enumerate(lines) if line.sides(g0, g1)[1])
    gutters = _gutters(lines[:last_right + 1])  # a closing line of the left column's alone may cover one
    if not gutters:  # the lines reach into the gap by less than the tolerance, leaving too little of it
        return None, len(lines)
    g0, g1 = gutters[0]  # labels stand left of the first gutter
    crossing = [k for k, line in enumerate(lines) if line.sides(g0, g1) is None]
    lines = lines[:crossing[0]] if crossing else lines
    labelled = [(line, line.sides(g0, g1)[0]) for line in lines if line.sides(g0, g1)[0]]
    words = sum(1 for line, left in labelled if _WORD.search(label_text(line, (left[0][0], left[-1][1]))))
    if len(labelled) < _MIN_SHARED or words < len(labelled) / 2:
        return None, len(lines)  # bullets or clause numbers hanging beside their text
    colons = sum(1 for line, left in labelled if label_text(line, (left[0][0], left[-1][1])).rstrip().endswith(":"))
    flow = len(gutters) == 1 and colons < len(labelled) / 2 and _left_runs_on(lines, labelled, g0)
    lines = lines[:_taken(lines, g0, g1, flow)]
    bbox, cells = _frame(lines)
    if flow:
        return _Grid(bbox, width, [(bbox[1], bbox[3], cells)], flow=True), len(lines)
    return _Grid(bbox, width, _label_rows(lines, g0, g1, bbox, cells, label_text)), len(lines)


def _left_runs_on(lines: list[_Line], labelled: list, g0: float) -> bool:
    """Whether the left side is a column of running text: most of its lines reach the
    gutter, and it is a good part of the width."""
    x0 = min(line.segments[0][0] for line in lines)
    full = sum(1 for _, left in labelled if left[-1][1] >= g0 - 0.2 * (g0 - x0))
    return full >= 0.6 * len(labelled) and g0 - x0 >= 0.25 * (lines[0].segments[-1][1] - x0)


def _frame(lines: list[_Line]) -> tuple[tuple, list]:
    """The grid's box around ``lines``, and its cells: split at every gutter."""
    x0 = min(line.segments[0][0] for line in lines) - _NEAR
    x1 = max(line.segments[-1][1] for line in lines) + _NEAR
    bbox = (x0, lines[0].top - _NEAR, x1, lines[-1].bottom + _NEAR)
    edges = [x0, *((a + b) / 2 for a, b in _gutters(lines)), x1]
    return bbox, [(k, edges[k], edges[k + 1]) for k in range(len(edges) - 1)]


def _label_rows(lines: list[_Line], g0: float, g1: float, bbox: tuple, cells: list, label_text) -> list:
    """Rows of labels beside values: a row begins at the first line, after a gap, or at
    a new label (one not in lower case, after a line that had a label)."""
    rows: list[tuple[float, float, list]] = []
    has_label = False
    for k, line in enumerate(lines):
        left = line.sides(g0, g1)[0]
        spaced = k and line.top - lines[k - 1].bottom > 0.6 * (line.bottom - line.top)
        new_label = left and has_label and not label_text(line, left[0]).lstrip()[:1].islower()
        if k == 0 or spaced or new_label:
            if rows:
                rows[-1] = (rows[-1][0], line.top - _NEAR, cells)
            rows.append((line.top - _NEAR if k else bbox[1], bbox[3], cells))
            has_label = False
        has_label = has_label or bool(left)
    return rows


def _gutters(lines: list[_Line]) -> list[tuple[float, float]]:
    """The blanks, left to right, that no segment of any of ``lines`` covers."""
    spans = sorted(segment for line in lines for segment in line.segments)
    gutters, right = [], spans[0][1]
    for left, end in spans[1:]:
        if left - right >= _MIN_GUTTER:
            gutters.append((right, left))
        right = max(right, end)
    return gutters


def _taken(lines: list[_Line], g0: float, g1: float, flow: bool) -> int:
    """Two columns end with their last line at the columns' own spacing after the last
    line with text on both sides; labels and values with the last line holding a value."""
    if not flow:
        return max(k for k, line in enumerate(lines) if line.sides(g0, g1)[1]) + 1
    last = max(k for k, line in enumerate(lines) if all(line.sides(g0, g1)))
    spacing = sorted(lines[k + 1].top - lines[k].bottom for k in range(last)) or [0.0]
    usual = spacing[len(spacing) // 2]
    end = last + 1
    while end < len(lines) and lines[end].top - lines[end - 1].bottom <= usual + 0.25 * (lines[end].bottom - lines[end].top):
        end += 1
    return end
