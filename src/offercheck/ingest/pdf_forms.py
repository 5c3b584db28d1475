"""Filled-in PDF form fields (AcroForm): the values a viewer shows in the boxes of a
fillable offer letter, which are widgets, not page text, so pdfium's text page misses them.

Each filled field becomes a line "Label: value" on the page its widget sits on, after
that page's text; the label is the field's tooltip name (/TU) if it has one, else its
name with the words split ("BaseSalary" -> "Base Salary"). Text fields, combo and list
boxes give their value; a ticked check box or radio button its export value ("Yes").
A field with several widgets is read once; a value the page text already shows is not
repeated.
"""
from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2.raw as c  # this module is imported only to read a PDF

from .text import clean_lines

MAX_FIELDS = 2000
"""Fields read per document: far more than any letter; bounds a hostile form's cost."""
MAX_VALUE = 2000
"""Characters of one value."""
MAX_ANNOTS = 5000
"""Annotations looked at per page."""


@dataclass(frozen=True)
class FieldLine:
    name: str
    """The field's full name, for the evidence ("form field BaseSalary")."""
    text: str


def has_form(pdf) -> bool:
    return c.FPDF_GetFormType(pdf.raw) != c.FORMTYPE_NONE


def field_lines(pdf, page, seen: set[str], page_text: str) -> list[FieldLine]:
    """The filled fields whose widgets are on ``page`` (not in ``seen``, which grows)."""
    if pdf.formenv is None:
        return []
    form = pdf.formenv.raw
    shown = " ".join(page_text.split())
    out = []
    for i in range(min(c.FPDFPage_GetAnnotCount(page.raw), MAX_ANNOTS)):
        if len(seen) >= MAX_FIELDS:
            break
        annot = c.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        try:
            line = _field_line(form, annot, seen)
        finally:
            c.FPDFPage_CloseAnnot(annot)
        if line is not None and " ".join(line.text.split(": ", 1)[-1].split()) not in shown:
            out.append(line)
    return out


def _field_line(form, annot, seen: set[str]) -> FieldLine | None:
    if c.FPDFAnnot_GetSubtype(annot) != c.FPDF_ANNOT_WIDGET:
        return None
    name = _text(c.FPDFAnnot_GetFormFieldName, form, annot)
    if not name or name in seen:
        return None
    kind = c.FPDFAnnot_GetFormFieldType(form, annot)
    if kind in (c.FPDF_FORMFIELD_TEXTFIELD, c.FPDF_FORMFIELD_COMBOBOX, c.FPDF_FORMFIELD_LISTBOX):
        value = _text(c.FPDFAnnot_GetFormFieldValue, form, annot)
    elif kind in (c.FPDF_FORMFIELD_CHECKBOX, c.FPDF_FORMFIELD_RADIOBUTTON) and c.FPDFAnnot_IsChecked(form, annot):
        value = _text(c.FPDFAnnot_GetFormFieldExportValue, form, annot) or "Yes"
    else:
        return None
    value = _printable(value[:MAX_VALUE])
    if not value:
        return None
    seen.add(name)
    label = _printable(_text(c.FPDFAnnot_GetFormFieldAlternateName, form, annot)[:MAX_VALUE]) or words(name)
    return FieldLine(_printable(name), f"{label}: {value}")


def _printable(text: str) -> str:
    """NFKC, one line, control characters as spaces (a field must not drive the terminal).

    >>> _printable("  $98,000\\x1b[2J\\n per\\u00a0year ")
    '$98,000 [2J per year'
    """
    return " ".join(clean_lines(unicodedata.normalize("NFKC", text)))


def words(name: str) -> str:
    """A field name as words: its last part, split at case changes, "_", "-" and ".".

    >>> words("offer.BaseSalary"), words("start_date"), words("PTODays2")
    ('Base Salary', 'start date', 'PTO Days 2')
    """
    last = name.rsplit(".", 1)[-1]
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[0-9])(?=[A-Za-z])", " ", last)
    return " ".join(spaced.replace("_", " ").replace("-", " ").split()) or name


def _text(fn, form, annot) -> str:
    """A UTF-16 string from one of pdfium's two-call getters (length, then the text)."""
    size = fn(form, annot, None, 0)
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    fn(form, annot, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size)
    return buf.raw.decode("utf-16-le", errors="replace").rstrip("\x00")
