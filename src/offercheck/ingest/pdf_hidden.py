"""Text a PDF holds but a reader of the page cannot see, found with pdfium's page objects.

A text object is hidden when it is drawn in render mode 3 or 7 (invisible), in white
or fully transparent ink, or entirely outside the page box (the CropBox within the
MediaBox). Invisible or white text over an image or a filled shape is not hidden: that
is how a scanned page carries its OCR text layer, and white type on a dark band is
seen. Text inside form XObjects is judged by its own ink and by where its form sits.

The check walks the page's objects once (a few ctypes calls each); only a page with a
suspect object pays for the rest (its images and shapes, the suspect's text).
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2.raw as c  # this module is imported only to read a PDF

INVISIBLE_MODES = (3, 7)
"""FPDF_TEXTRENDERMODE_INVISIBLE and _CLIP: no ink at all."""
STROKE_ONLY_MODES = (1, 5)
"""Outlined text: its stroke colour is the ink."""
WHITE = 245
"""Each of R, G and B at least this is white (paper)."""
MAX_FORM_DEPTH = 4
SLACK = 1.0
"""Points of tolerance at the page box's edges."""


@dataclass
class Suspect:
    parent: object
    """The form XObject holding the object, or None for the page itself."""
    obj: object
    bounds: tuple[float, float, float, float]
    why: str
    text: str = ""


def hidden_objects(page, textpage) -> list[Suspect]:
    """The text objects of ``page`` that cannot be seen, with their text (from ``textpage``)."""
    box = _page_box(page)
    suspects = [s for s in _text_suspects(page.raw, box)]
    if not suspects:
        return []
    covers = None
    out = []
    for s in suspects:
        if s.why != "outside the page":
            covers = _covers(page.raw) if covers is None else covers
            if any(_inside(_centre(s.bounds), cover) for cover in covers):
                continue
        s.text = _object_text(s.obj, textpage)
        if s.text.strip():
            out.append(s)
    return out


def remove(page, suspects: list[Suspect]) -> None:
    """Take the objects out of the page (the text page made next will not hold them)."""
    for s in suspects:
        removed = (c.FPDFPage_RemoveObject(page.raw, s.obj) if s.parent is None
                   else c.FPDFFormObj_RemoveObject(s.parent, s.obj))
        if removed:
            c.FPDFPageObj_Destroy(s.obj)


def _text_suspects(holder, box, parent=None, depth: int = 0, form_bounds=None):
    count = c.FPDFPage_CountObjects(holder) if parent is None else c.FPDFFormObj_CountObjects(holder)
    for i in range(count):
        obj = c.FPDFPage_GetObject(holder, i) if parent is None else c.FPDFFormObj_GetObject(holder, i)
        kind = c.FPDFPageObj_GetType(obj)
        if kind == c.FPDF_PAGEOBJ_TEXT:
            bounds = form_bounds or _bounds(obj)
            why = _why_hidden(obj, bounds, box)
            if why:
                yield Suspect(holder if parent is not None else None, obj, bounds, why)
        elif kind == c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
            yield from _text_suspects(obj, box, parent=holder, depth=depth + 1,
                                      form_bounds=form_bounds or _bounds(obj))


def _why_hidden(obj, bounds, box) -> str | None:
    if not _overlaps(bounds, box):
        return "outside the page"
    mode = c.FPDFTextObj_GetTextRenderMode(obj)
    if mode in INVISIBLE_MODES:
        return "drawn invisible"
    get = c.FPDFPageObj_GetStrokeColor if mode in STROKE_ONLY_MODES else c.FPDFPageObj_GetFillColor
    if not get(obj, *_RGBA):
        return None
    r, g, b, a = (v.value for v in _RGBA)
    if a == 0:
        return "transparent"
    if min(r, g, b) >= WHITE:
        return "white on white"
    return None


def _covers(holder, in_form: bool = False, depth: int = 0) -> list[tuple[float, float, float, float]]:
    """Bounds of the images and filled, non-white shapes of the page (what text may sit on);
    one inside a form XObject counts with the form's bounds."""
    out = []
    count = c.FPDFFormObj_CountObjects(holder) if in_form else c.FPDFPage_CountObjects(holder)
    for i in range(count):
        obj = c.FPDFFormObj_GetObject(holder, i) if in_form else c.FPDFPage_GetObject(holder, i)
        kind = c.FPDFPageObj_GetType(obj)
        if kind in (c.FPDF_PAGEOBJ_IMAGE, c.FPDF_PAGEOBJ_SHADING) or kind == c.FPDF_PAGEOBJ_PATH and _dark_fill(obj):
            out.append(_bounds(holder if in_form else obj))
        elif kind == c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH and _covers(obj, True, depth + 1):
            out.append(_bounds(obj))
    return out


def _dark_fill(path) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    rgba = [ctypes.c_uint() for _ in range(4)]
    return bool(c.FPDFPath_GetDrawMode(path, fill, stroke) and fill.value != c.FPDF_FILLMODE_NONE
                and c.FPDFPageObj_GetFillColor(path, *rgba) and rgba[3].value > 0
                and min(v.value for v in rgba[:3]) < WHITE)


def _object_text(obj, textpage) -> str:
    size = c.FPDFTextObj_GetText(obj, textpage.raw, None, 0)
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    c.FPDFTextObj_GetText(obj, textpage.raw, ctypes.cast(buf, ctypes.POINTER(c.FPDF_WCHAR)), size)
    return buf.raw.decode("utf-16-le", errors="replace").rstrip("\x00")


def _bounds(obj) -> tuple[float, float, float, float]:
    if not c.FPDFPageObj_GetBounds(obj, *_LBRT):
        return (0.0, 0.0, 0.0, 0.0)
    return tuple(v.value for v in _LBRT)  # type: ignore[return-value]


_RGBA = [ctypes.c_uint() for _ in range(4)]
_LBRT = [ctypes.c_float() for _ in range(4)]
"""Out-parameters reused by every call (a reader process reads one page at a time)."""


def _page_box(page) -> tuple[float, float, float, float]:
    """The visible area: the CropBox within the MediaBox, inherited ones included."""
    rect = c.FS_RECTF()
    if not c.FPDF_GetPageBoundingBox(page.raw, rect):
        return (-float("inf"), -float("inf"), float("inf"), float("inf"))
    return (min(rect.left, rect.right), min(rect.bottom, rect.top),
            max(rect.left, rect.right), max(rect.bottom, rect.top))


def _overlaps(a, b) -> bool:
    return a[0] < b[2] + SLACK and b[0] - SLACK < a[2] and a[1] < b[3] + SLACK and b[1] - SLACK < a[3]


def _centre(b) -> tuple[float, float]:
    return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2


def _inside(point, b) -> bool:
    return b[0] <= point[0] <= b[2] and b[1] <= point[1] <= b[3]
