"""DOCX -> Document: walk the WordprocessingML body ourselves, in order, so nothing is lost.

python-docx opens the package (relationships, parts) but its ``paragraphs`` and
``tables`` views skip content controls, text boxes, hyperlinks in older versions,
tracked insertions and field results, which is where templates put the salary and
the start date. So we walk the lxml tree directly:

* paragraph text includes tracked insertions and field results, and excludes tracked
  deletions, field instructions and hidden text;
* each table row becomes one line, its non-empty cells joined by " | ", and each cell
  is its own block (``kind="cell"``); merged cells are not repeated; nested tables
  follow the row that holds them;
* text boxes follow the paragraph they are anchored in (one alternative of an
  ``mc:AlternateContent`` only, else they would appear twice);
* auto-numbered paragraphs get their number ("3.1") in front, since letters refer to
  clauses by number;
* header and footer text appears once, at the start and the end.

Block.index counts body paragraphs and cells from 1 in reading order (the output
contract's "paragraph or table-cell index"); header and footer blocks are numbered on
their own, and ``kind`` tells them apart.
"""
from __future__ import annotations

import dataclasses
import io
import posixpath
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..document import Document, DocumentBuilder
from ..errors import CorruptDocument, DocumentTooLarge, UnsupportedFormat
from . import altchunk

# Zip-bomb limits: a real letter is well under 1 MB uncompressed (plus images).
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_XML_UNCOMPRESSED = 16 * 1024 * 1024
"""XML is what costs: python-docx and lxml take ~35 bytes of memory and ~0.8 s per kB of
paragraphs, so 16 MB is about 550 MB and 12 s; a 100-page contract has 2 MB."""
MAX_RATIO = 200
RATIO_CHECK_MIN_SIZE = 1024 * 1024
MAX_MEMBERS = 5000
PROLOG_SCAN_BYTES = 64 * 1024
"""How much of each member is read to find its XML prolog; Word's is under 100 bytes."""

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
VAL = W + "val"

# Elements whose content is not visible text of the current document version.
_SKIP_INLINE = {W + t for t in (
    "pPr", "rPr", "del", "moveFrom", "delText", "instrText", "bookmarkStart", "bookmarkEnd",
    "commentRangeStart", "commentRangeEnd", "proofErr", "permStart", "permEnd",
    "sdtPr", "sdtEndPr", "fldData", "footnoteReference", "endnoteReference",
    "commentReference", "annotationRef", "lastRenderedPageBreak")}
_TEXTBOX_HOSTS = {W + "drawing", W + "pict", W + "object", MC + "AlternateContent"}
_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d+(?:\s*(?:of|/)\s*\d+)?", re.IGNORECASE)


@dataclass
class _Para:
    text: str
    kind: str


@dataclass
class _Row:
    cells: list[tuple[str, int]]
    """(text, 0-based grid column) of each non-empty cell."""
    table: int
    row: int
    kind: str


def read_docx(path: Path) -> Document:
    """Read a .docx after checking the archive is safe and really a Word document."""
    check_archive(path)
    document = _open_document(path, str(path))
    walker, headers, footers = _walk_document(path, document, depth=0)
    return _build(path, headers + walker.items + footers)


def _open_document(path: Path, source):
    """python-docx's Document of ``source`` (a path or a file object), errors as messages."""
    import docx
    from docx.opc.exceptions import OpcError
    from lxml import etree

    _chunks_stay_blobs()
    try:
        try:
            document = docx.Document(source)
        except KeyError:
            # python-docx loads every related part and fails on a relationship whose
            # target is missing (some generators write them); drop those and retry.
            document = docx.Document(_without_dangling_relationships(source))
        document.part, document.element.body  # noqa: B018 - both must exist
    except ValueError as e:
        if "not a Word file" in str(e):  # .docm, .dotx: python-docx reads only documents
            raise UnsupportedFormat(f"{path}: is a Word template or macro-enabled file; "
                                    "save it as a plain .docx or PDF") from None
        raise CorruptDocument(f"{path}: the Word document is damaged and cannot be read ({_short(e)})") from None
    except (KeyError, AttributeError, zipfile.BadZipFile, OpcError, etree.XMLSyntaxError) as e:
        raise CorruptDocument(f"{path}: the Word document is damaged and cannot be read ({_short(e)})") from None
    if document.element.body is None:
        raise CorruptDocument(f"{path}: the Word document has no body")
    return document


def _walk_document(path: Path, document, depth: int):
    """The walker over the body (its items in reading order), and the header and footer items."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    part, body = document.part, document.element.body
    try:
        numbering = Numbering.from_part(_related_element(part, RT.NUMBERING),
                                        _related_element(part, RT.STYLES))
        walker = _Walker(numbering, _chunk_reader(path, part, depth))
        walker.walk(body, "body")
        headers = _header_footer_items(walker, part, body, "header")
        footers = _header_footer_items(walker, part, body, "footer")
    except (KeyError, ValueError, AttributeError, etree.XMLSyntaxError) as e:
        raise CorruptDocument(f"{path}: the Word document is damaged and cannot be read ({_short(e)})") from None
    return walker, headers, footers


def _chunks_stay_blobs() -> None:
    """An altChunk part holding a .docx has the main document's content type: python-docx
    would parse the zip as XML. Keep every altChunk part as bytes (read by _chunk_reader)."""
    from docx.opc.part import Part, PartFactory

    PartFactory.part_class_selector = staticmethod(
        lambda content_type, reltype: Part if reltype == altchunk.AF_CHUNK else None)


def _chunk_reader(path: Path, part, depth: int) -> Callable[[str], list[str]]:
    """rId of a w:altChunk -> the lines of text Word shows in its place."""
    def lines(rid: str) -> list[str]:
        chunk = part.related_parts.get(rid) if rid else None
        if chunk is None:
            return []
        kind = altchunk.kind_of(chunk.content_type, str(chunk.partname))
        if kind == "html":
            return altchunk.html_lines(chunk.blob)
        if kind == "mht":
            return altchunk.mht_lines(chunk.blob)
        if kind == "text":
            return altchunk.text_lines(chunk.blob)
        if kind == "docx" and depth < altchunk.MAX_DEPTH:
            return _docx_chunk_lines(path, chunk.blob, depth + 1)
        return []

    return lines


def _docx_chunk_lines(path: Path, blob: bytes, depth: int) -> list[str]:
    """A .docx inside the .docx, checked like the outer one, as lines (headers left out)."""
    check_archive(path, source=io.BytesIO(blob))
    walker, _, _ = _walk_document(path, _open_document(path, io.BytesIO(blob)), depth)
    return [_line(item) for item in walker.items]


def _line(item: "_Para | _Row") -> str:
    return item.text if isinstance(item, _Para) else " | ".join(t for t, _ in item.cells)


def check_archive(path: Path, *, source=None) -> None:
    """Refuse zip bombs, non-Word archives and XML with a DOCTYPE before any parsing.

    The listing is checked first (member count, total size, compression ratio: Python's
    zipfile never inflates a member past its listed size, so the listing bounds the
    work), then the start of every member: any part that is XML counts towards the XML
    limit and must not declare a DOCTYPE. Word never writes one; in a .docx it can only
    be an entity-expansion or external-entity attack or a broken file, and refusing it
    early is cheaper than trusting every parser. Parts are found by content, not by
    name, because the package's relationships may point anywhere. ``source`` is the
    archive to check when it is not the file at ``path`` (an altChunk inside it).
    """
    try:
        with zipfile.ZipFile(source or path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            _check_listing(path, infos)
            _check_xml_parts(path, zf, infos)
            names = {i.filename for i in infos}
            if "word/document.xml" not in names and main_part_name(zf) not in names:
                raise UnsupportedFormat(f"{path}: {_what_zip(names)}")
    except zipfile.BadZipFile as e:
        if "CRC" in str(e) or "Overlapped" in str(e):
            raise CorruptDocument(f"{path}: the Word document is damaged ({_short(e)})") from None
        raise CorruptDocument(f"{path}: the Word document is damaged or truncated (not a valid zip)") from None
    except (OSError, RuntimeError, NotImplementedError, EOFError, zlib.error) as e:
        # RuntimeError: encrypted member; NotImplementedError: unknown compression method
        raise CorruptDocument(f"{path}: the archive cannot be read ({_short(e)})") from None


def _check_listing(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Member count, total size and compression ratios, from the listing alone."""
    if len(infos) > MAX_MEMBERS:
        raise DocumentTooLarge(f"{path}: the archive holds {len(infos)} files "
                               f"(limit {MAX_MEMBERS}); not a normal Word document")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise DocumentTooLarge(f"{path}: the document unpacks to {total // 2**20} MB "
                               f"(limit {MAX_TOTAL_UNCOMPRESSED // 2**20} MB)")
    for i in infos:
        ratio = i.file_size // max(i.compress_size, 1)
        if i.file_size > RATIO_CHECK_MIN_SIZE and ratio > MAX_RATIO:
            raise DocumentTooLarge(f"{path}: '{i.filename}' is compressed {ratio} times "
                                   f"(limit {MAX_RATIO}); refusing a possible zip bomb")


def _check_xml_parts(path: Path, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """The start of every member: XML counts towards the XML limit and declares no DOCTYPE."""
    xml_total = 0
    for i in sorted(infos, key=lambda i: i.filename):
        with zf.open(i) as f:
            head = f.read(PROLOG_SCAN_BYTES)
        problem = xml_prolog_problem(head)
        if problem == _NOT_XML:
            continue
        if problem:
            raise CorruptDocument(f"{path}: '{i.filename}' {problem}; refusing to parse it")
        xml_total += i.file_size
        if xml_total > MAX_XML_UNCOMPRESSED:
            raise DocumentTooLarge(f"{path}: the document holds more than "
                                   f"{MAX_XML_UNCOMPRESSED // 2**20} MB of XML; "
                                   "not a normal letter or contract")


OFFICE_DOCUMENT = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                   "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
"""The package relationship to the main part (transitional and strict OOXML)."""


def main_part_name(zf: zipfile.ZipFile) -> str | None:
    """The main document part named by the package relationships (``_rels/.rels``), as Word
    finds it: Word Online writes ``word/document2.xml``. None if there is no such relationship.

    Only called after the prolog check, so ``_rels/.rels`` declares no DOCTYPE.
    """
    from lxml import etree

    try:
        data = zf.read("_rels/.rels")
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except (KeyError, etree.XMLSyntaxError):
        return None
    for rel in root:
        if rel.get("Type") in OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
            return posixpath.normpath(rel.get("Target", "").lstrip("/"))
    return None


_NOT_XML = "not XML"
_PROLOG_ITEM = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)


def xml_prolog_problem(head: bytes) -> str | None:
    """What is wrong with the prolog of a part starting with ``head``, or None if nothing.

    Returns :data:`_NOT_XML` for content that is not XML (images). The prolog (XML
    declaration, comments, processing instructions) must reach the root element
    within ``head``; a DOCTYPE or any other ``<!`` declaration there is refused.

    >>> xml_prolog_problem(b'<?xml version="1.0"?>\\n<w:document/>') is None
    True
    >>> xml_prolog_problem(b'<?xml version="1.0"?><!-- x --><!DOCTYPE d [<!ENTITY e "x">]><d/>')
    'declares a DOCTYPE (entities), which Word never writes'
    >>> xml_prolog_problem(b'\\x89PNG\\r\\n')
    'not XML'
    >>> xml_prolog_problem(b'<!DOCTYPE html>\\n<html><body>x</body></html>') is None
    True
    >>> xml_prolog_problem(b'<!DOCTYPE html [<!ENTITY e "x">]><html/>')
    'declares a DOCTYPE (entities), which Word never writes'
    """
    text = _decode_head(head)
    stripped = text.lstrip()
    if not stripped.startswith("<"):
        return _NOT_XML
    pos = len(text) - len(stripped)
    while True:
        m = _PROLOG_ITEM.match(text, pos)
        if not m:
            break
        pos = m.end()
    rest = text[pos:].lstrip()
    if not rest or rest.startswith(("<?", "<!--")):  # an unterminated or overlong prolog
        return f"has no root element in its first {max(len(head) // 1024, 1)} kB"
    if _HTML_DOCTYPE.match(rest):  # an HTML altChunk's own "<!DOCTYPE html ...>": no entities
        return None
    if rest.startswith("<!"):
        return "declares a DOCTYPE (entities), which Word never writes"
    return None


_HTML_DOCTYPE = re.compile(r"""<!DOCTYPE\s+html(?:\s+(?:PUBLIC|SYSTEM)(?:\s+(?:"[^"<>\[\]]*"|'[^'<>\[\]]*'))*)?\s*>""",
                           re.IGNORECASE)


def _decode_head(head: bytes) -> str:
    """The start of an XML part as text, in whichever of UTF-8 or UTF-16 it is written."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif head[:2] == b"<\x00" or head[:4] == b"\x00\x00\x00<":
        encoding = "utf-16-le" if head[:2] == b"<\x00" else "utf-32-be"
    elif head[:2] == b"\x00<":
        encoding = "utf-16-be"
    else:
        encoding = "utf-8-sig"
    return head.decode(encoding, errors="replace").replace("\x00", "")


def _without_dangling_relationships(path) -> io.BytesIO:
    """An in-memory copy of the package without relationships to parts that do not exist.

    Only called after :func:`check_archive`, so sizes are bounded and no part has a DOCTYPE.
    """
    from lxml import etree

    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        names = set(zin.namelist())
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith(".rels"):
                root = etree.fromstring(data, etree.XMLParser(resolve_entities=False))
                base = posixpath.dirname(posixpath.dirname(info.filename))  # word/_rels/x.rels -> word
                for rel in list(root):
                    target = rel.get("Target", "")
                    if rel.get("TargetMode") == "External":
                        continue
                    name = (target.lstrip("/") if target.startswith("/")
                            else posixpath.normpath(posixpath.join(base, target)))
                    if name not in names:
                        root.remove(rel)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(info, data)
    out.seek(0)
    return out


def _what_zip(names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "is an Excel workbook, not a Word document; save the letter as .docx or PDF"
    if "ppt/presentation.xml" in names:
        return "is a PowerPoint file, not a Word document; save the letter as .docx or PDF"
    if "content.xml" in names and "mimetype" in names:
        return "is an OpenDocument file; save it as .docx or PDF"
    return "is a zip archive but not a Word document (no word/document.xml)"


def _short(e: BaseException) -> str:
    """The first line of an error, readable: KeyError's quotes and relationship URIs dropped.

    >>> _short(KeyError("no relationship of type 'http://schemas.openxmlformats.org/"
    ...                 "officeDocument/2006/relationships/officeDocument' in collection"))
    'no relationship to the main document part'
    """
    raw = e.args[0] if isinstance(e, KeyError) and e.args and isinstance(e.args[0], str) else str(e)
    m = re.match(r"no relationship of type '[^']*/(\w+)'", raw)
    if m:
        return "no relationship to the main document part" if m.group(1) == "officeDocument" \
            else f"no relationship of type {m.group(1)}"
    text = raw.strip().splitlines()[0] if raw.strip() else type(e).__name__
    return text[:120]


def _related_element(part, reltype: str):
    """The root element of the part related by ``reltype``, or None if absent or broken."""
    try:
        return part.part_related_by(reltype).element
    except (KeyError, AttributeError, ValueError):
        return None


class _Walker:
    """Collects paragraphs and table rows, in reading order, from block-level XML."""

    def __init__(self, numbering: Numbering, chunks: Callable[[str], list[str]] = lambda rid: []) -> None:
        self.items: list[_Para | _Row] = []
        self.numbering = numbering
        self.chunks = chunks
        self.tables = 0

    def walk(self, parent, kind: str) -> None:
        def on_para(p) -> None:
            text, boxes = self.paragraph(p)
            if text:
                self.items.append(_Para(text, kind))
            for box in boxes:
                self.walk(box, kind)

        self._blocks(parent, on_para, lambda tbl: self.table(tbl, kind))

    def _blocks(self, parent, on_para: Callable, on_table: Callable) -> None:
        """Dispatch block-level children, looking through content controls and wrappers."""
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                on_para(child)
            elif tag == W + "tbl":
                on_table(child)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self._blocks(content, on_para, on_table)
            elif tag in (W + "customXml", W + "ins", W + "moveTo", W + "smartTag"):
                self._blocks(child, on_para, on_table)
            elif tag == MC + "AlternateContent":
                self._blocks(_alternative(child), on_para, on_table)
            elif tag == W + "altChunk":  # another part Word imports here: its lines as paragraphs
                for line in self.chunks(child.get(R_ID)):
                    on_para(_text_paragraph(line))

    def paragraph(self, p) -> tuple[str, list]:
        """The visible text of a paragraph (numbered if it is a list item) and its text boxes."""
        parts: list[str] = []
        boxes: list = []
        self._inline(p, parts, boxes)
        text = _clean("".join(parts))
        label = self.numbering.label(p)  # also for empty items: Word numbers them too
        if text and label:
            text = f"{label} {text}"
        return text, boxes

    def _inline(self, el, parts: list[str], boxes: list) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_INLINE:
                continue  # comments and processing instructions have non-str tags
            if tag == W + "r":
                self._run(child, parts, boxes)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self._inline(content, parts, boxes)
            elif tag == MC + "AlternateContent":
                self._inline(_alternative(child), parts, boxes)
            elif tag.startswith(MATH):
                parts.extend(t.text or "" for t in child.iter(MATH + "t"))
            else:  # ins, moveTo, hyperlink, fldSimple, smartTag, customXml, dir, bdo ...
                self._inline(child, parts, boxes)

    def _run(self, r, parts: list[str], boxes: list) -> None:
        if _hidden(r):
            return
        for child in r:
            tag = child.tag
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "sym":
                parts.append(_symbol(child))
            elif tag in _TEXTBOX_HOSTS:
                boxes.extend(_text_boxes(_alternative(child) if tag == MC + "AlternateContent" else child))
            # rPr, delText, instrText, fldChar, footnote references...: not text

    def table(self, tbl, kind: str) -> None:
        """Each row one line; nested tables are flattened after the row that holds them."""
        table_no = self.tables
        self.tables += 1
        for row_no, tr in enumerate(_descend(tbl, W + "tr")):
            if _deleted_row(tr):
                continue
            cells: list[tuple[str, int]] = []
            nested: list = []
            col = _grid_before(tr)
            for tc in _descend(tr, W + "tc"):
                span, continued = _cell_span(tc)
                if not continued:  # a vertically merged cell's text lives in its first row
                    text = self._cell_text(tc, nested)
                    if text:
                        cells.append((text, col))
                col += span
            if cells:
                self.items.append(_Row(cells, table_no, row_no, kind))
            for inner in nested:
                self.table(inner, kind)

    def _cell_text(self, tc, nested: list) -> str:
        texts: list[str] = []

        def on_para(p) -> None:
            text, boxes = self.paragraph(p)
            texts.append(text)
            for box in boxes:
                self._blocks(box, on_para, nested.append)

        self._blocks(tc, on_para, nested.append)
        return " ".join(" ".join(t.split()) for t in texts if t)


def _text_paragraph(text: str):
    """A w:p holding ``text`` in one run."""
    from lxml import etree

    p = etree.Element(W + "p")
    etree.SubElement(etree.SubElement(p, W + "r"), W + "t").text = text
    return p


def _descend(el, tag: str) -> Iterator:
    """Children with ``tag``, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            yield from _descend(child, tag)


def _alternative(alt):
    """The one branch of mc:AlternateContent to read: the first Choice with text, else Fallback."""
    choices = alt.findall(MC + "Choice")
    for choice in choices:
        if next(choice.iter(W + "t"), None) is not None:
            return choice
    fallback = alt.find(MC + "Fallback")
    if fallback is not None:
        return fallback
    return choices[0] if choices else alt


def _text_boxes(el) -> Iterator:
    """w:txbxContent elements under a drawing, taking one branch of each AlternateContent."""
    for child in el:
        if child.tag == W + "txbxContent":
            yield child
        elif child.tag == MC + "AlternateContent":
            yield from _text_boxes(_alternative(child))
        elif isinstance(child.tag, str):
            yield from _text_boxes(child)


def _hidden(r) -> bool:
    vanish = r.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(VAL, "true") not in ("0", "false", "off")


def _symbol(sym) -> str:
    """w:sym text when it is a real character; symbol-font glyphs (U+F0xx) are not text."""
    try:
        code = int(sym.get(W + "char", ""), 16)
    except ValueError:
        return ""
    return "" if 0xE000 <= code <= 0xF8FF else chr(code)


def _deleted_row(tr) -> bool:
    return tr.find(f"{W}trPr/{W}del") is not None


def _grid_before(tr) -> int:
    el = tr.find(f"{W}trPr/{W}gridBefore")
    return _int(el.get(VAL) if el is not None else None, 0)


def _cell_span(tc) -> tuple[int, bool]:
    """(columns spanned, whether this cell continues a vertical merge from the row above)."""
    pr = tc.find(W + "tcPr")
    if pr is None:
        return 1, False
    span_el = pr.find(W + "gridSpan")
    span = _int(span_el.get(VAL) if span_el is not None else None, 1)
    vmerge = pr.find(W + "vMerge")
    continued = vmerge is not None and vmerge.get(VAL, "continue") == "continue"
    return max(span, 1), continued


MAX_WORD_NUMBER = 32767
"""The largest list number, start, span or level Word itself accepts; a larger (or a
4,000-digit) value in the XML is treated as absent, never converted or repeated."""


def _int(value: str | None, default: int) -> int:
    if value is None or len(value) > 12:  # past the int-string limit int() raises; short of it, it is slow
        return default
    try:
        number = int(value)
    except ValueError:
        return default
    return number if abs(number) <= MAX_WORD_NUMBER else default


_SPACES = re.compile(r"[ \t\u00a0]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: str) -> str:
    """NFKC, tabs and space runs to one space, trimmed lines, no empty lines."""
    text = unicodedata.normalize("NFKC", text.replace("\u00ad", "").replace("\u200b", ""))
    text = _CONTROLS.sub(" ", text)  # ESC, BEL, C1 (U+009B): a letter must not drive a terminal
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _header_footer_items(walker: _Walker, part, body, which: str) -> list[_Para | _Row]:
    """The distinct text of every section's headers (or footers), in section order.

    A header part whose relationship is missing is skipped: losing a letterhead is
    better than refusing the letter. Page-number-only lines are dropped.
    """
    kind = which
    seen_parts: set[str] = set()
    seen_text: set[str] = set()
    items: list[_Para | _Row] = []
    for sect in body.iter(W + "sectPr"):
        for ref in sect.findall(f"{W}{which}Reference"):
            rid = ref.get(R_ID)
            if not rid or rid in seen_parts:
                continue
            seen_parts.add(rid)
            try:
                root = part.related_parts[rid].element
            except (KeyError, AttributeError):
                continue
            sub = _Walker(walker.numbering)  # no altChunks: their ids would be the header part's
            sub.tables = walker.tables
            sub.walk(root, kind)
            for item in sub.items:
                line = _line(item)
                if line in seen_text or _PAGE_NUMBER.fullmatch(line):
                    continue
                seen_text.add(line)
                items.append(_Para(line, kind))
    return items


def _build(path: Path, items: list[_Para | _Row]) -> Document:
    builder = DocumentBuilder()
    for n, item in enumerate(items):
        last = n == len(items) - 1
        if isinstance(item, _Para):
            builder.add(item.text, kind="para" if item.kind == "body" else item.kind,
                        sep="" if last else "\n")
            continue
        for j, (text, col) in enumerate(item.cells):
            end_of_row = j == len(item.cells) - 1
            sep = ("" if last else "\n") if end_of_row else " | "
            builder.add(text, kind="cell", sep=sep, table=item.table, row=item.row, col=col)
    doc = builder.build(str(path), "docx")
    return dataclasses.replace(doc, blocks=_renumber(doc.blocks))


def _renumber(blocks):
    """Body paragraphs and cells count 1, 2, ... in order; headers and footers count on their own."""
    counters: dict[str, int] = {}
    out = []
    for b in blocks:
        group = b.kind if b.kind in ("header", "footer") else "body"
        counters[group] = counters.get(group, 0) + 1
        out.append(dataclasses.replace(b, index=counters[group]))
    return tuple(out)


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    legal: bool
    """w:isLgl: show every level's number as decimal ("1.1", not "I.a")."""


class Numbering:
    """Word's automatic list numbering, enough to print "1.", "3.2" or "(a)" before a clause.

    Counters are kept per abstract list, as Word does (two list instances of one
    abstract list continue each other), except for an instance that restarts with
    ``w:startOverride``, which counts on its own (pandoc writes one per list).
    Not modelled: ``w:lvlRestart``, ``w:numStyleLink`` and legacy fields such as
    LISTNUM; such paragraphs simply keep their text without a number.
    """

    def __init__(self, levels: dict[str, dict[int, _Level]],
                 nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]],
                 styles: dict[str, tuple[str | None, int | None, str | None]]) -> None:
        self._levels = levels
        self._nums = nums
        self._styles = styles
        self._counters: dict[str, dict[int, int]] = {}

    @classmethod
    def from_part(cls, numbering, styles) -> "Numbering":
        """Parse numbering.xml and styles.xml roots (either may be None)."""
        levels: dict[str, dict[int, _Level]] = {}
        nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        if numbering is not None:
            for abstract in numbering.findall(W + "abstractNum"):
                levels[abstract.get(W + "abstractNumId", "")] = {
                    _int(lvl.get(W + "ilvl"), 0): _parse_level(lvl) for lvl in abstract.findall(W + "lvl")}
            for num in numbering.findall(W + "num"):
                starts: dict[int, int] = {}
                redefined: dict[int, _Level] = {}
                for override in num.findall(W + "lvlOverride"):
                    ilvl = _int(override.get(W + "ilvl"), 0)
                    start = override.find(W + "startOverride")
                    if start is not None:
                        starts[ilvl] = _int(start.get(VAL), 1)
                    lvl = override.find(W + "lvl")
                    if lvl is not None:
                        redefined[ilvl] = _parse_level(lvl)
                nums[num.get(W + "numId", "")] = (_val(num.find(W + "abstractNumId")) or "", starts, redefined)
        style_map: dict[str, tuple[str | None, int | None, str | None]] = {}
        if styles is not None:
            for style in styles.findall(W + "style"):
                numpr = style.find(f"{W}pPr/{W}numPr")
                num_id = _val(numpr.find(W + "numId")) if numpr is not None else None
                ilvl = _val(numpr.find(W + "ilvl")) if numpr is not None else None
                style_map[style.get(W + "styleId", "")] = (
                    num_id, _int(ilvl, 0) if ilvl is not None else None, _val(style.find(W + "basedOn")))
        return cls(levels, nums, style_map)

    def label(self, p) -> str:
        """The number Word shows before paragraph ``p`` ("" for none), advancing the counters."""
        num_id, ilvl = self._num_pr(p)
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return ""
        abstract_id, starts, redefined = self._nums[num_id]
        levels = {**self._levels.get(abstract_id, {}), **redefined}
        level = levels.get(ilvl)
        if level is None:
            return ""
        # A list instance that restarts (w:startOverride) counts on its own; the others
        # continue whatever list shares their abstract definition, as Word does.
        counters = self._counters.setdefault(f"num:{num_id}" if starts else abstract_id, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else starts.get(ilvl, level.start)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return _bullet(level.text)

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, level)
            value = counters.get(k, starts.get(k, lv.start))
            return _format_number(value, "decimal" if level.legal and lv.fmt != "none" else lv.fmt)

        return re.sub(r"%([1-9])", number, level.text).strip()

    def _num_pr(self, p) -> tuple[str | None, int]:
        ppr = p.find(W + "pPr")
        if ppr is None:
            return None, 0
        num_id = ilvl = None
        numpr = ppr.find(W + "numPr")
        if numpr is not None:
            num_id = _val(numpr.find(W + "numId"))
            ilvl = _val(numpr.find(W + "ilvl"))
        if num_id is None:
            style_num, style_ilvl = self._style_num(_val(ppr.find(W + "pStyle")))
            num_id = style_num
            if ilvl is None and style_ilvl is not None:
                return num_id, style_ilvl
        return num_id, _int(ilvl, 0)

    def _style_num(self, style_id: str | None) -> tuple[str | None, int | None]:
        for _ in range(20):  # basedOn chains are short; the bound stops cycles
            if style_id is None or style_id not in self._styles:
                return None, None
            num_id, ilvl, based_on = self._styles[style_id]
            if num_id is not None:
                return num_id, ilvl
            style_id = based_on
        return None, None


def _bullet(text: str) -> str:
    """The bullet Word shows: symbol-font glyphs (Symbol, Wingdings) become "•"; a blank one stays blank."""
    text = text.strip()
    if not text:
        return ""
    if text in ("o", "§") or any(0xE000 <= ord(c) <= 0xF8FF for c in text):
        return "•"
    return text


def _parse_level(lvl) -> _Level:
    return _Level(
        start=_int(_val(lvl.find(W + "start")), 0),
        fmt=_val(lvl.find(W + "numFmt")) or "decimal",
        text=_val(lvl.find(W + "lvlText")) or "",
        legal=lvl.find(W + "isLgl") is not None,
    )


def _val(el) -> str | None:
    return el.get(VAL) if el is not None else None


def _format_number(n: int, fmt: str) -> str:
    """A list counter in Word's number format.

    >>> cases = [(3, "lowerLetter"), (28, "upperLetter"), (14, "lowerRoman"), (7, "decimalZero")]
    >>> [_format_number(n, f) for n, f in cases]
    ['c', 'BB', 'xiv', '07']
    """
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter") and 0 < n <= 780:  # then decimal: no label 10^4000 letters long
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # Word repeats: y, z, aa, bb
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        roman = _roman(n)
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)
