"""What the blind letter sets (tests/letters_unseen3, tests/letters_unseen4 and later ones)
share: the letter model, the TXT, PDF, DOCX and scan renderers, the gold check and the
command line. Each set's make_letters.py holds only its letters (a ``LetterSet``) and
calls :func:`main`. Output is byte-for-byte reproducible; a change here changes every
set's files, so run each set's ``make_letters.py --check`` after one.
"""
from __future__ import annotations

import argparse
import io
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")


def P(text: str) -> str:
    """One paragraph written across several source lines: collapse the whitespace."""
    return " ".join(text.split())


@dataclass
class Letter:
    """One letter: its id (folder and file stem), output format and content blocks.

    Blocks are tuples, the first item naming the kind:
    ("head", name, subline)      letterhead (PDF: running header on every page)
    ("title", text)              centred bold title
    ("heading", text)            bold heading
    ("para", text)               a paragraph
    ("lines", [text, ...])       short lines kept as lines (addresses, signature blocks)
    ("bullets", [text, ...])     a bulleted list
    ("kv", [(label, value), ...])  "Label: value" lines, label in bold where the format allows
    ("table", rows, header)      a grid; header=True makes the first row a heading row
    ("pagebreak",)
    """

    id: str
    fmt: str  # pdf | docx | txt | scan (an image-only PDF)
    date: datetime
    title: str
    author: str
    blocks: list = field(default_factory=list)
    font: str = "DejaVuSans"  # PDF only: DejaVuSans, DejaVuSerif or Helvetica (core, Latin-1 only)
    size: float = 10.0
    paper: str = "A4"
    footer: str = ""
    folder: Path = Path(".")
    """The set's folder: the letter is written to folder/<id>/<id>.<ext>, its gold beside it."""
    producer: str = ""
    """The PDF producer string (the set's generator, no library version)."""


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------

def build(letter: Letter) -> bytes:
    return {"pdf": build_pdf, "docx": build_docx, "txt": build_txt, "scan": build_scan}[letter.fmt](letter)


def build_txt(letter: Letter) -> bytes:
    out: list[str] = []
    for kind, *args in letter.blocks:
        if kind == "head":
            out.append(f"{args[0]}\n{args[1]}")
        elif kind in ("title", "heading", "para"):
            out.append(args[0].upper() if kind == "title" else args[0])
        elif kind == "lines":
            out.append("\n".join(args[0]))
        elif kind == "bullets":
            out.append("\n".join(f"- {b}" for b in args[0]))
        elif kind == "kv":
            out.append("\n".join(f"{k}: {v}" for k, v in args[0]))
        elif kind == "table":
            rows = args[0]
            widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            out.append("\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows))
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(f"{letter.id}: unknown block kind {kind!r}")
    return ("\n\n".join(out) + "\n").encode("utf-8")


def build_pdf(letter: Letter) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    head = next((b for b in letter.blocks if b[0] == "head"), None)
    font = letter.font

    class Doc(FPDF):
        def header(self):
            if head is None:
                return
            self.set_font(font, "B", letter.size + 4)
            self.cell(0, 7, head[1], new_x="LMARGIN", new_y="NEXT")
            self.set_font(font, "", letter.size - 1.5)
            self.set_text_color(90)
            self.cell(0, 5, head[2], new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(60)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0)

        def footer(self):
            if not letter.footer:
                return
            self.set_y(-14)
            self.set_font(font, "", letter.size - 2)
            self.set_text_color(110)
            self.cell(0, 6, f"{letter.footer}  |  Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0)

    pdf = Doc(format=letter.paper, unit="mm")
    if font != "Helvetica":
        for style, suffix in (("", ""), ("B", "-Bold")):
            path = DEJAVU_DIR / f"{font}{suffix}.ttf"
            if not path.exists():
                sys.exit(f"make_letters.py: {path} is missing (apt-get install fonts-dejavu-core)")
            pdf.add_font(font, style, str(path))
    pdf.set_title(letter.title)
    pdf.set_author(letter.author)
    pdf.set_creator(letter.author)
    pdf.set_producer(letter.producer)
    pdf.set_creation_date(letter.date.replace(tzinfo=timezone.utc))
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    size, line = letter.size, letter.size * 0.47
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font(font, "", size)
    for kind, *args in letter.blocks:
        if kind == "head":
            continue
        if kind == "title":
            pdf.set_font(font, "B", size + 2)
            pdf.multi_cell(0, line + 2, args[0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", size)
            pdf.ln(line * 0.6)
        elif kind == "heading":
            pdf.ln(line * 0.3)
            pdf.set_font(font, "B", size)
            pdf.multi_cell(0, line, args[0], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", size)
            pdf.ln(line * 0.3)
        elif kind == "para":
            text = args[0]
            md = "**" in text and "__" not in text and "--" not in text
            pdf.multi_cell(0, line, text, markdown=md, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line * 0.55)
        elif kind == "lines":
            for text in args[0]:
                pdf.cell(0, line, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line * 0.55)
        elif kind == "bullets":
            for text in args[0]:
                pdf.set_x(pdf.l_margin + 4)
                pdf.cell(5, line, "-" if font == "Helvetica" else "•")
                pdf.multi_cell(width - 9, line, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line * 0.55)
        elif kind == "kv":
            label_w = max(pdf.get_string_width(k + ":") for k, _ in args[0]) + 4
            for k, v in args[0]:
                pdf.set_font(font, "B", size)
                pdf.cell(label_w, line, k + ":")
                pdf.set_font(font, "", size)
                pdf.multi_cell(width - label_w, line, v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line * 0.55)
        elif kind == "table":
            rows, header = args[0], args[1]
            ncol = len(rows[0])
            widths = (0.34, 0.66) if ncol == 2 else tuple([0.46] + [0.54 / (ncol - 1)] * (ncol - 1))
            with pdf.table(col_widths=tuple(round(w * 100) for w in widths), line_height=line + 1,
                           first_row_as_headings=header,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                           text_align=("LEFT",) + ("RIGHT" if header and ncol > 2 else "LEFT",) * (ncol - 1)) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(line)
        elif kind == "pagebreak":
            pdf.add_page()
        else:
            raise ValueError(f"{letter.id}: unknown block kind {kind!r}")
    return bytes(pdf.output())


def build_docx(letter: Letter) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(210), Mm(297)) if letter.paper == "A4" else (Mm(215.9), Mm(279.4))
    section.left_margin = section.right_margin = Mm(24)
    section.top_margin = section.bottom_margin = Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    for kind, *args in letter.blocks:
        if kind == "head":
            par = doc.add_paragraph()
            run = par.add_run(args[0])
            run.bold, run.font.size = True, Pt(14)
            run.add_break(WD_BREAK.LINE)
            par.add_run(args[1]).font.size = Pt(8.5)
        elif kind == "title":
            par = doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = par.add_run(args[0])
            run.bold, run.font.size = True, Pt(13)
        elif kind == "heading":
            doc.add_paragraph().add_run(args[0]).bold = True
        elif kind == "para":
            doc.add_paragraph(args[0])
        elif kind == "lines":
            par = doc.add_paragraph()
            for i, text in enumerate(args[0]):
                run = par.add_run(text)
                if i < len(args[0]) - 1:
                    run.add_break(WD_BREAK.LINE)
        elif kind == "bullets":
            for text in args[0]:
                doc.add_paragraph(text, style="List Bullet")
        elif kind == "kv":
            for k, v in args[0]:
                par = doc.add_paragraph()
                par.paragraph_format.space_after = Pt(2)
                par.add_run(k + ":").bold = True
                par.add_run("\t" + v)
        elif kind == "table":
            rows, header = args[0], args[1]
            table = doc.add_table(rows=0, cols=len(rows[0]))
            table.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = table.add_row().cells
                for j, c in enumerate(r):
                    run = cells[j].paragraphs[0].add_run(c)
                    run.bold = (header and i == 0) or (j == 0 and len(r) == 2)
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(f"{letter.id}: unknown block kind {kind!r}")
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = letter.title, letter.author, letter.author
    props.created = props.modified = letter.date
    props.revision = 1
    props.comments = ""
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip_times(buffer.getvalue(), letter.date.timetuple()[:6])


def _fixed_zip_times(data: bytes, date_time: tuple) -> bytes:
    """Rewrite a zip (DOCX) with one fixed timestamp on every entry."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# the scan
# ---------------------------------------------------------------------------

SCAN_DPI = 200
SCAN_PAGE = (1654, 2339)  # A4 at 200 dpi
SCAN_MARGIN = 160


def _scan_lines(letter: Letter, draw, fonts) -> list[tuple[str, str, int]]:
    """The letter as (font, text, indent) lines wrapped to the page width; ("gap", "", n)
    is n pixels of space and ("page", "", 0) a page break."""
    width = SCAN_PAGE[0] - 2 * SCAN_MARGIN
    out: list[tuple[str, str, int]] = []

    def wrap(text: str, font: str, indent: int = 0, hang: int = 0) -> None:
        words, line, first = text.split(), "", True
        for word in words:
            trial = f"{line} {word}".strip()
            room = width - indent - (0 if first else hang)
            if line and draw.textlength(trial, font=fonts[font]) > room:
                out.append((font, line, indent + (0 if first else hang)))
                line, first = word, False
            else:
                line = trial
        out.append((font, line, indent + (0 if first else hang)))

    for kind, *args in letter.blocks:
        if kind == "head":
            out += [("big", args[0], 0), ("small", args[1], 0), ("rule", "", 0)]
        elif kind == "title":
            out.append(("boldc", args[0], 0))
        elif kind == "heading":
            out.append(("bold", args[0], 0))
        elif kind == "para":
            wrap(args[0], "reg")
        elif kind == "lines":
            out += [("reg", t, 0) for t in args[0]]
        elif kind == "bullets":
            for t in args[0]:
                wrap("-  " + t, "reg", indent=30, hang=34)
        elif kind == "kv":
            for k, v in args[0]:
                wrap(f"{k}: {v}", "reg", hang=40)
        elif kind == "table":
            for r in args[0]:
                out.append(("row", "\t".join(r), 0))
        elif kind == "pagebreak":
            out.append(("page", "", 0))
            continue
        else:
            raise ValueError(f"{letter.id}: unknown block kind {kind!r}")
        out.append(("gap", "", 14))
    return out


def build_scan(letter: Letter) -> bytes:
    """An image-only PDF: the text drawn on 200 dpi greyscale pages, slightly skewed and
    speckled like a photocopy, with no text layer."""
    import random

    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    fonts = {
        "reg": ImageFont.truetype(str(DEJAVU_DIR / "DejaVuSerif.ttf"), 27),
        "bold": ImageFont.truetype(str(DEJAVU_DIR / "DejaVuSerif-Bold.ttf"), 27),
        "boldc": ImageFont.truetype(str(DEJAVU_DIR / "DejaVuSerif-Bold.ttf"), 31),
        "big": ImageFont.truetype(str(DEJAVU_DIR / "DejaVuSerif-Bold.ttf"), 38),
        "small": ImageFont.truetype(str(DEJAVU_DIR / "DejaVuSerif.ttf"), 22),
    }
    fonts["row"] = fonts["reg"]
    rng = random.Random(letter.id)
    probe = ImageDraw.Draw(Image.new("L", (10, 10)))
    lines = _scan_lines(letter, probe, fonts)
    pages: list[Image.Image] = []
    page = draw = None
    y = 0

    def new_page():
        nonlocal page, draw, y
        page = Image.new("L", SCAN_PAGE, 250)
        draw = ImageDraw.Draw(page)
        pages.append(page)
        y = SCAN_MARGIN

    new_page()
    usable = SCAN_PAGE[1] - SCAN_MARGIN
    for font, text, indent in lines:
        if font == "page":
            new_page()
            continue
        if font == "gap":
            y += indent
            continue
        if font == "rule":
            draw.line((SCAN_MARGIN, y + 4, SCAN_PAGE[0] - SCAN_MARGIN, y + 4), fill=60, width=3)
            y += 22
            continue
        height = 44 if font == "big" else 38
        if y + height > usable:
            new_page()
        x = SCAN_MARGIN + indent
        if font == "boldc":
            x = (SCAN_PAGE[0] - draw.textlength(text, font=fonts[font])) // 2
        if font == "row":
            cells = text.split("\t")
            span = SCAN_PAGE[0] - 2 * SCAN_MARGIN
            first = int(span * 0.46)
            col = (span - first) // max(1, len(cells) - 1)
            for i, cell in enumerate(cells):
                draw.text((SCAN_MARGIN + (0 if i == 0 else first + (i - 1) * col), y), cell,
                          font=fonts["reg"], fill=25)
        else:
            draw.text((x, y), text, font=fonts[font], fill=25)
        y += height
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_title(letter.title)
    pdf.set_author(letter.author)
    pdf.set_creator("scanner")
    pdf.set_producer(letter.producer + " (scan)")
    pdf.set_creation_date(letter.date.replace(tzinfo=timezone.utc))
    pdf.set_auto_page_break(False)
    for n, img in enumerate(pages):
        for _ in range(900):  # photocopier speckle
            px, py = rng.randrange(SCAN_PAGE[0]), rng.randrange(SCAN_PAGE[1])
            img.putpixel((px, py), rng.randrange(120, 200))
        img = img.rotate(0.35 if n % 2 == 0 else -0.25, resample=Image.BICUBIC, fillcolor=250)
        buffer = io.BytesIO()
        img.save(buffer, format="PNG", optimize=False)
        pdf.add_page()
        pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


SUFFIX = {"pdf": "pdf", "docx": "docx", "txt": "txt", "scan": "pdf"}


def output_path(item: Letter) -> Path:
    return item.folder / item.id / f"{item.id}.{SUFFIX[item.fmt]}"


def source_text(item: Letter) -> str:
    """Every string the letter is built from, whitespace collapsed: what a reader of the
    document sees, independent of any extractor."""
    parts: list[str] = []
    for kind, *args in item.blocks:
        if kind in ("head",):
            parts += [args[0], args[1]]
        elif kind in ("title", "heading", "para"):
            parts.append(args[0])
        elif kind in ("lines", "bullets"):
            parts += list(args[0])
        elif kind == "kv":
            parts += [f"{k}: {v}" for k, v in args[0]]
        elif kind == "table":
            parts += [c for r in args[0] for c in r]
    return " ".join(" ".join(parts).split())


def gold_problems(item: Letter) -> list[str]:
    """Gold quotes that the letter's text does not contain, non-null values without a quote,
    and a gold id that is not the folder's."""
    import yaml

    gold_path = item.folder / item.id / "gold.yaml"
    if not gold_path.exists():
        return [f"{item.id}: gold.yaml is missing"]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    text = source_text(item)
    problems = [] if gold.get("id") == item.id else [f"{item.id}: gold id is {gold.get('id')!r}"]
    evidence = gold.get("evidence") or {}
    for fld, quotes in evidence.items():
        for quote in quotes if isinstance(quotes, list) else [quotes]:
            if " ".join(str(quote).split()) not in text:
                problems.append(f"{item.id}: evidence for {fld} is not in the letter: {quote!r}")
    for fld, value in (gold.get("fields") or {}).items():
        if value is not None and fld not in evidence:
            problems.append(f"{item.id}: {fld} has a value but no evidence quote")
    return problems


def main(letters: list[Letter], description: str, argv: list[str] | None = None) -> int:
    """The command line of a set's make_letters.py: write its letters, or ``--check`` them."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("ids", nargs="*", help="only these letters")
    parser.add_argument("--check", action="store_true",
                        help="verify the committed files and gold quotes instead of writing")
    args = parser.parse_args(argv)
    known = {item.id for item in letters}
    unknown = [i for i in args.ids if i not in known]
    if unknown:
        parser.error(f"unknown letter id(s): {', '.join(unknown)}")
    if len(known) != len(letters):
        parser.error("two letters share an id")
    problems = []
    for item in letters:
        if args.ids and item.id not in args.ids:
            continue
        path = output_path(item)
        data = build(item)
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                problems.append(f"{path.name}: differs from what make_letters.py builds; rerun it")
            problems += gold_problems(item)
        else:
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(item.folder)} ({len(data):,} bytes)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


class LetterSet:
    """The letters of one set, each made with :meth:`letter` (which files it under the
    set's folder and stamps its PDFs with the set's generator)."""

    def __init__(self, generator: Path):
        self.folder = generator.resolve().parent
        self.producer = f"offercheck tests/{self.folder.name}/{generator.name}"
        self.letters: list[Letter] = []

    def letter(self, *args, **kwargs) -> Letter:
        item = Letter(*args, folder=self.folder, producer=self.producer, **kwargs)
        self.letters.append(item)
        return item
