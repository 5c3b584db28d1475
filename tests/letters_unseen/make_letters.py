#!/usr/bin/env python3
"""Build the held-out letters under tests/letters_unseen/<id>/<id>.<ext> from the texts here.

A second set of twelve team-written letters, kept apart from tuning: the rules were tuned
on the dev corpus and on tests/letters, so neither measures how the extractor does on
letters it has not seen any more. These were written without reading rules/, in phrasing
chosen to differ from tests/letters (see README.md beside this file). Do not tune rules
on them; when they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2 and python-docx, and the DejaVu fonts for the PDFs); the
generated files are committed, and the tests read only those files and the hand-written
gold.yaml beside each one.

    python tests/letters_unseen/make_letters.py             # rewrite every letter
    python tests/letters_unseen/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen/make_letters.py --check     # rebuild in memory: fail if a
                                                            # committed file differs or a gold
                                                            # quote is missing

Every company, person, address and figure below is invented. The renderers are a copy of
tests/letters/make_letters.py's (copied, not imported, so that a change there cannot
silently change these files). Output is byte-for-byte reproducible: PDF metadata dates
are fixed to each letter's date, the producer string carries no fpdf2 version, DOCX core
properties are fixed and every zip entry carries the same timestamp.
"""
from __future__ import annotations

import argparse
import io
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
    fmt: str  # pdf | docx | txt
    date: datetime
    title: str
    author: str
    blocks: list = field(default_factory=list)
    font: str = "DejaVuSans"  # PDF only: DejaVuSans, DejaVuSerif or Helvetica (core, Latin-1 only)
    size: float = 10.0
    paper: str = "A4"
    footer: str = ""


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------

def build(letter: Letter) -> bytes:
    return {"pdf": build_pdf, "docx": build_docx, "txt": build_txt}[letter.fmt](letter)


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
    pdf.set_producer("offercheck tests/letters_unseen/make_letters.py")
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
# the letters
# ---------------------------------------------------------------------------

LETTERS: list[Letter] = []


def letter(*args, **kwargs) -> Letter:
    item = Letter(*args, **kwargs)
    LETTERS.append(item)
    return item


# 1. US (Colorado), seed-stage startup: DOCX, US Letter, about 2 pages, equity in a table.
#    Traps: "annualized" salary, a 409A price and a preferred-share price beside the option
#    count, flexible (unlimited) time off with a suggested minimum, sick time in hours,
#    "we do not ask you to sign a non-compete", month-first numeric dates.
letter(
    "us-co-seed-startup-offer-option-table", "docx", datetime(2026, 12, 2, 16, 30),
    "Offer - Tobias Renwick-Achebe", "Larkspur Signal Labs, Inc.", paper="Letter",
    blocks=[
        ("head", "Larkspur Signal Labs", "1847 Pearl Street, Suite 300 · Boulder, CO 80302 · people@larkspur-signal.example"),
        ("lines", ["December 2, 2026", "", "Tobias Renwick-Achebe", "77 Juniper Run", "Longmont, CO 80501"]),
        ("para", "Hi Tobias,"),
        ("para", P("""
            We loved spending time with you over the last few weeks, and I'm delighted to put this
            in writing: Larkspur Signal Labs, Inc. would like you to join us as our Senior Firmware
            Engineer. You'd be the fourth engineer on the sensor team, working with Mara and me on
            the radio stack for our soil-moisture probes.""")),
        ("heading", "The role"),
        ("para", P("""
            This is a full-time, exempt, salaried role, so you won't be paid overtime. You'll report
            to me. Your first day would be Monday, 01/11/2027, unless we agree on something else.""")),
        ("para", P("""
            We are a Boulder team. We expect everyone in the Pearl Street studio on Tuesdays and
            Wednesdays, which is when we do hardware bring-up together; the rest of the week is yours
            to work from home or from the studio, as you like.""")),
        ("heading", "Cash"),
        ("para", P("""
            Your salary will be $172,000 annualized, paid bi-weekly through our payroll provider,
            less the usual withholdings. We'll also pay you a $10,000 signing bonus with your first
            paycheck. If you leave Larkspur of your own accord within 12 months of your start date,
            you agree to pay back a pro-rated share of that bonus (one-twelfth for each month left in
            the year).""")),
        ("para", P("""
            We don't have a bonus program today. When we add one, we'll tell you how it works before
            it applies to you.""")),
        ("heading", "Equity"),
        ("para", P("""
            Subject to approval by our Board of Directors, you will be granted an option to buy shares
            of Larkspur's common stock on the terms below. The grant will be governed by the 2024
            Equity Incentive Plan and your option agreement.""")),
        ("table", [
            ["Type of award", "Incentive stock option (ISO), to the extent the tax rules allow"],
            ["Number of shares", "42,000 shares of common stock"],
            ["Exercise price", "Fair market value on the date of grant (our most recent 409A valuation was $1.18 per share)"],
            ["Vesting commencement", "Your start date"],
            ["Vesting schedule", "Over 48 months: 25% of the shares after 12 months of continuous service, then 1/48th of the shares each month after that"],
            ["Exercise window", "90 days after your service ends"],
        ], False),
        ("para", P("""
            For context only: our seed round in June 2026 priced the Series Seed preferred stock at
            $3.40 per share. Preferred stock has rights that common stock does not, so that price is
            not the value of your options, and nobody can promise you what they will be worth.""")),
        ("heading", "Time off and benefits"),
        ("para", P("""
            We run flexible time off: there's no accrual and no cap. We do ask that everyone takes at
            least 15 days a year away from work, and we close between Christmas and New Year. Separately,
            you'll accrue paid sick leave at one hour for every 30 hours worked, up to 48 hours a year,
            as Colorado law provides.""")),
        ("para", P("""
            You'll be eligible for our medical, dental and vision plans from your first day, and you can
            contribute to the company 401(k) plan. Everyone also gets a $1,500 learning stipend each year
            for courses, books and conferences.""")),
        ("heading", "The fine print"),
        ("para", P("""
            Employment at Larkspur is at will: you or we may end it at any time, for any reason, with or
            without notice. We don't ask you to sign a non-compete.""")),
        ("para", P("""
            Like everyone here, you'll need to sign our Proprietary Information and Inventions Assignment
            Agreement before you start. It covers keeping our confidential information confidential and
            assigns to Larkspur the inventions you make in your work. You'll also sign our Mutual
            Arbitration Agreement, under which you and Larkspur agree to resolve employment disputes by
            final and binding arbitration rather than in court.""")),
        ("para", P("""
            This offer depends on satisfactory reference checks and on your proving that you are eligible
            to work in the United States on your first day. This letter is governed by the laws of the
            State of Colorado.""")),
        ("para", P("""
            This offer expires if we haven't received your signed copy by 5:00 p.m. Mountain Time on
            12/09/2026. Just sign it in the e-signature envelope and we'll take it from there.""")),
        ("lines", ["Cheers,", "", "Ines Valcourt-Mbeki", "Co-founder and CTO, Larkspur Signal Labs, Inc."]),
        ("heading", "Accepted"),
        ("lines", ["Signature: _________________________", "Printed name: Tobias Renwick-Achebe",
                   "Date: _______________"]),
    ],
)


# 2. US (Michigan), union plant job: TXT, about 1.5 pages.
#    Traps: shift differentials and a later wage step beside the starting rate, monthly union
#    dues, a pension contribution per hour (not a percent), eleven paid holidays beside the
#    vacation, a deadline counted from receipt (cannot be resolved), no at-will statement.
letter(
    "us-mi-union-machine-operator-shift-differential", "txt", datetime(2026, 12, 14, 8, 0),
    "Offer of employment - Darnell K. Wojcik", "Tittabawassee Gear & Axle LLC",
    blocks=[
        ("head", "TITTABAWASSEE GEAR & AXLE LLC", "Bay City Works - 3100 N. Water Street, Bay City, MI 48708 - Human Resources"),
        ("lines", ["December 14, 2026", "", "Mr. Darnell K. Wojcik", "1206 Fremont Avenue", "Saginaw, MI 48601"]),
        ("para", "Re: Offer of employment - Machine Operator, Grade B (bargaining unit position)"),
        ("para", "Dear Mr. Wojcik:"),
        ("para", P("""
            Tittabawassee Gear & Axle LLC is pleased to offer you a regular, full-time position as a
            Machine Operator, Grade B, at our Bay City Works plant in Bay City, Michigan. This position
            is in the bargaining unit represented by Local 2217 of the United Allied Metal Trades, and
            your wages, hours and other conditions of employment are governed by the Collective
            Bargaining Agreement between the Company and Local 2217 (the "Agreement"). Where this
            letter and the Agreement differ, the Agreement controls.""")),
        ("para", "WAGES AND SHIFT"),
        ("para", P("""
            You will be hired at the Grade B, Step 1 rate in Article 14 of the Agreement, which is
            currently $23.85 per hour. You will progress to Step 2 ($25.05 per hour) after 9 months and
            to Step 3 ($26.40 per hour) after 18 months, subject to the Agreement.""")),
        ("para", P("""
            You are being hired onto second shift (3:00 p.m. to 11:30 p.m.). A shift premium of $0.85
            per hour is paid for all hours worked on second shift, and $1.10 per hour on third shift.
            The normal work week is five eight-hour shifts, Monday through Friday, with a 30-minute
            unpaid lunch.""")),
        ("para", P("""
            Overtime is paid at time and one-half for hours worked beyond eight in a day or forty in a
            week, and at double time for work on Sundays and holidays. Paydays are every Thursday, by
            direct deposit, for the week ending the previous Sunday.""")),
        ("para", "PROBATIONARY PERIOD"),
        ("para", P("""
            Under Article 6 of the Agreement, new hires serve a probationary period of sixty (60)
            calendar days. During probation you are not covered by the grievance procedure for
            discharge. After probation you may be disciplined or discharged only for just cause, as
            the Agreement provides.""")),
        ("para", "UNION MEMBERSHIP"),
        ("para", P("""
            Membership in Local 2217 is voluntary. If you join, dues (currently $48.00 per month) can be
            deducted from your pay with your written authorization. A union steward will meet you
            during orientation.""")),
        ("para", "BENEFITS"),
        ("para", P("""
            On the first of the month after you complete probation, you and your eligible dependents
            will be enrolled in medical, prescription, dental and vision coverage through the Local 2217
            Health & Welfare Fund. The Company also provides $25,000 of basic life insurance and
            contributes $1.75 for every hour you work to the Local 2217 Pension Trust.""")),
        ("para", P("""
            You will receive eleven paid holidays a year, listed in Article 19. Vacation starts at 80
            hours (two weeks) once you reach your first anniversary and increases with seniority. You
            will also accrue paid sick time at one hour for every 35 hours worked, up to 40 hours in a
            year.""")),
        ("para", "BEFORE YOU START"),
        ("para", P("""
            This offer is conditional on your passing a post-offer physical examination and a
            ten-panel drug screen at Bayside Occupational Health, and on your completing Form I-9 with
            acceptable documents on your first day. Please bring steel-toed boots; the Company provides
            safety glasses and hearing protection.""")),
        ("para", P("""
            If you accept, please report to the Gate 3 guard house on Monday, January 4, 2027 at
            2:30 p.m. for orientation. Should you later decide to leave, we ask that you give your
            supervisor two weeks' notice.""")),
        ("para", P("""
            Please call me at (989) 555-0143 within three business days of receiving this letter to
            accept the offer and schedule your physical.""")),
        ("lines", ["Sincerely,", "", "Raymond T. Gaskill", "Labor Relations & HR Manager",
                   "Tittabawassee Gear & Axle LLC", "", "cc: Local 2217 Recording Secretary"]),
    ],
)


# 3. UK (England), consulting engineers: PDF, DejaVu Serif, A4, about 4 pages: a short
#    "subject to contract" offer letter followed by the written statement of particulars.
#    Traps: a car allowance beside the salary, a historical profit-share range, notice
#    during vs after probation and "whichever is greater", garden leave, a course-fees
#    repayment (clawback), a start date written once in words and once day-first.
letter(
    "uk-bristol-offer-subject-to-contract-with-statement", "pdf", datetime(2026, 12, 4, 11, 0),
    "Offer and statement of particulars - Imogen Treadwell-Bakare", "Halloran Marsh Consulting Engineers LLP",
    font="DejaVuSerif", size=10, paper="A4",
    footer="Halloran Marsh Consulting Engineers LLP - Private and confidential",
    blocks=[
        ("head", "HALLORAN MARSH", "Consulting Engineers LLP · 14 Redcliff Wharf, Bristol BS1 6QT · Registered in England, OC412907"),
        ("lines", ["4 December 2026", "", "Ms Imogen Treadwell-Bakare", "Flat 3, 22 Cotham Brow", "Bristol", "BS6 6AR"]),
        ("title", "SUBJECT TO CONTRACT"),
        ("para", "Dear Imogen,"),
        ("para", P("""
            Following your interviews with Colm and me, I am delighted to offer you the position of
            Senior Hydraulic Modeller in our Water and Flood Risk team. This letter sets out the
            headline terms. It is subject to contract: no contract of employment will exist until the
            enclosed written statement has been signed by both parties.""")),
        ("para", P("""
            **Salary and allowances.** Your starting salary will be £54,750 per annum. In addition you
            will receive a car allowance of £4,200 per annum, paid monthly with your salary and not
            pensionable. Salaries are reviewed each April.""")),
        ("para", P("""
            **Profit share.** Members of staff take part in the LLP's discretionary profit share. To
            give you an idea, awards for the year to 30 April 2026 ranged from 3% to 9% of salary;
            past awards are no guide to future ones.""")),
        ("para", P("""
            **Start date.** We would like you to join us on Monday 1 March 2027, which I understand
            fits with the notice you owe your current employer.""")),
        ("para", P("""
            **Conditions.** The offer is conditional on our receiving two references satisfactory to
            us, one of them from your current employer; on your showing us your degree certificate;
            and on your proving your right to work in the UK before you start.""")),
        ("para", P("""
            If you are happy to accept, please sign and return the statement by Friday, 18 December
            2026. If you have any questions in the meantime, do call me on 0117 496 0382.""")),
        ("lines", ["With best wishes,", "", "Harriet Okafor-Lyle", "Head of People"]),
        ("pagebreak",),
        ("title", "WRITTEN STATEMENT OF PARTICULARS OF EMPLOYMENT"),
        ("para", P("""
            This statement is given under section 1 of the Employment Rights Act 1996. It is made
            between Halloran Marsh Consulting Engineers LLP (the "Firm") and Imogen Treadwell-Bakare
            (the "Employee").""")),
        ("heading", "1. Job title and duties"),
        ("para", P("""
            You are employed as Senior Hydraulic Modeller. You will carry out the duties of that role and
            any other reasonable duties the Firm asks of you.""")),
        ("heading", "2. Start of employment"),
        ("para", P("""
            Your employment begins on 01/03/2027. No employment with a previous employer counts as part
            of your period of continuous employment.""")),
        ("heading", "3. Nature of employment"),
        ("para", P("""
            Your employment is permanent and continues until ended by either of us giving notice under
            clause 12. The first six months are a probationary period.""")),
        ("heading", "4. Place of work"),
        ("para", P("""
            Your normal place of work is the Firm's office at 14 Redcliff Wharf, Bristol. Under the
            Firm's hybrid working policy you are expected to work from the office for a minimum of two
            days each week and may work from home on the other days. You may be asked to visit client
            sites elsewhere in the UK.""")),
        ("heading", "5. Hours of work"),
        ("para", P("""
            Your normal hours are 37.5 a week, 9.00 am to 5.30 pm Monday to Friday with an hour for
            lunch. Your salary takes account of the need to work extra hours from time to time, and no
            additional payment is made for hours worked beyond your normal hours.""")),
        ("heading", "6. Pay"),
        ("para", P("""
            Your salary is £54,750 a year, paid in twelve monthly instalments in arrears on or around
            the 28th of each month by bank transfer.""")),
        ("heading", "7. Holidays"),
        ("para", P("""
            The holiday year runs from 1 January. You are entitled to 25 days' paid annual leave in each
            holiday year, plus the usual bank and public holidays in England. In your first year the
            entitlement is pro rata to the part of the year you work.""")),
        ("heading", "8. Sickness"),
        ("para", P("""
            Once you have completed your probationary period, the Firm will pay your normal salary for
            up to 20 working days' sickness absence in any rolling period of 12 months. After that, and
            during probation, you will receive Statutory Sick Pay if you qualify for it.""")),
        ("heading", "9. Pension and other benefits"),
        ("para", P("""
            You will be enrolled in the Firm's group personal pension plan. Where you contribute at least
            4% of your salary, the Firm contributes 6% of your salary. You will also be covered by life
            assurance at four times salary, private medical insurance and income protection insurance,
            and you may join the cycle to work scheme.""")),
        ("para", P("""
            The Firm will pay the fees of professional courses that it approves in advance. If you leave
            within 24 months of completing such a course, you must repay the fees on a sliding scale:
            100% in the first 12 months and 50% in the following 12 months.""")),
        ("heading", "10. Confidentiality"),
        ("para", P("""
            You must not, during your employment or after it ends, use or disclose any confidential
            information about the Firm, its members or its clients, except as your duties require.""")),
        ("heading", "11. Intellectual property"),
        ("para", P("""
            All intellectual property created by you in the course of your employment, including models,
            drawings, software and reports, belongs to the Firm, and you assign it to the Firm
            absolutely.""")),
        ("heading", "12. Notice"),
        ("para", P("""
            During the probationary period either party may end the employment by giving one week's
            notice. After the probationary period you must give the Firm one month's written notice.
            The Firm will give you one month's written notice or your statutory entitlement, whichever
            is greater. The Firm may pay you salary in lieu of all or part of your notice, and may
            require you to spend all or part of any notice period on garden leave.""")),
        ("heading", "13. Restrictions after employment"),
        ("para", P("""
            For six months after your employment ends you will not, without the Firm's consent, solicit
            or deal with any client of the Firm with whom you had material dealings in the last twelve
            months of your employment.""")),
        ("para", P("""
            For three months after your employment ends you will not work for or be engaged in any
            business that competes with the Firm's Water and Flood Risk practice within 25 miles of
            Bristol. Any time you spend on garden leave will reduce these periods.""")),
        ("heading", "14. Disciplinary and grievance procedures"),
        ("para", P("""
            The Firm's disciplinary and grievance procedures are in the staff handbook. They do not form
            part of your contract. If you have a grievance, raise it with your line manager.""")),
        ("heading", "15. Law"),
        ("para", "This statement is governed by the law of England and Wales."),
        ("lines", ["Signed for the Firm: ________________________   Date: ____________",
                   "Signed by the Employee: _____________________   Date: ____________"]),
    ],
)


# 4. UK (England), academy trust, part-time term-time teaching assistant: DOCX, about 2 pages.
#    Traps: a full-time-equivalent salary beside the actual salary, leave included in pay (no
#    day count), sick pay in months (no day count), an employer pension rate, a day-first
#    numeric start date (4 January, not 1 April), a school letterhead address.
letter(
    "uk-york-term-time-teaching-assistant-contract", "docx", datetime(2026, 12, 9, 14, 0),
    "Contract of employment - Rukhsana Pettifer", "The Kestrel Vale Academy Trust",
    blocks=[
        ("head", "The Kestrel Vale Academy Trust", "Registered office: Kestrel House, Clifton Moor Gate, York YO30 4WY · Company no. 09811274"),
        ("title", "Contract of Employment: Support Staff (Term Time Only)"),
        ("kv", [("Employee", "Mrs Rukhsana Pettifer"),
                ("Post", "Teaching Assistant (Level 2)"),
                ("School", "Ashcombe Primary School"),
                ("Issued", "9 December 2026")]),
        ("para", P("""
            This contract is between The Kestrel Vale Academy Trust (the "Trust") and you. It sets out
            the main terms on which you are employed. Other terms are in the NJC national agreement on
            pay and conditions ("the Green Book") and in Trust policies, as amended from time to
            time.""")),
        ("heading", "1. Commencement and continuity"),
        ("para", P("""
            Your employment with the Trust will begin on 04/01/2027. Your previous employment with
            North Yorkshire Council counts towards your continuous service with the Trust for
            redundancy purposes only.""")),
        ("heading", "2. Status"),
        ("para", P("""
            This is a permanent, part-time, term-time only post. It is subject to a probationary period
            of six months.""")),
        ("heading", "3. Place of work"),
        ("para", P("""
            You will be based at Ashcombe Primary School, Tadcaster Road, York. The Trust may ask you
            to work at another of its schools within reasonable travelling distance.""")),
        ("heading", "4. Hours and weeks"),
        ("para", P("""
            You will work 27.5 hours a week, Monday to Friday, 8.30 am to 2.30 pm with an unpaid
            lunch break of 30 minutes. You will work 39 weeks a year: the 38 weeks of the school year
            and five training days.""")),
        ("heading", "5. Pay"),
        ("para", P("""
            Your post is graded Grade 3, spinal column point 5, which has a full-time equivalent salary
            of £24,790 a year for 37 hours a week over 52.143 weeks. Because you work part time and term
            time only, your actual salary is £14,214.59 a year. It is paid in twelve equal instalments
            on the 20th of each month, by credit transfer.""")),
        ("heading", "6. Annual leave"),
        ("para", P("""
            Your paid annual leave and bank holidays are included in the calculation of your pay. You
            must take your leave during school closure periods; leave in term time is granted only in
            exceptional circumstances.""")),
        ("heading", "7. Sickness absence"),
        ("para", P("""
            You must follow the Trust's sickness absence procedure. Sick pay is paid under the Green
            Book scheme: in your first year of service, one month's full pay and, after completing four
            months' service, two months' half pay.""")),
        ("heading", "8. Pension"),
        ("para", P("""
            You will be enrolled in the Local Government Pension Scheme, administered by North Yorkshire
            Pension Fund. The employer contribution rate is currently 18.9% of pensionable pay; your own
            contribution depends on your pay band.""")),
        ("heading", "9. Wellbeing"),
        ("para", P("""
            You have free access to the Trust's employee assistance programme, which offers confidential
            counselling, 24 hours a day.""")),
        ("heading", "10. Safeguarding and confidentiality"),
        ("para", P("""
            You must follow the Trust's safeguarding and child protection policy. You must keep
            confidential all information about pupils, their families and staff that you learn through
            your work, both during and after your employment.""")),
        ("heading", "11. Pre-employment checks"),
        ("para", P("""
            Your appointment is subject to: an enhanced Disclosure and Barring Service check with a
            barred list check; two satisfactory references; evidence of your right to work in the UK;
            a satisfactory pre-employment health questionnaire; and sight of the original certificates
            of the qualifications required for the post.""")),
        ("heading", "12. Notice"),
        ("table", [
            ["", "During probation", "After probation"],
            ["Notice you give", "1 week", "1 month"],
            ["Notice the Trust gives", "1 week", "1 month, or your statutory entitlement if greater"],
        ], True),
        ("heading", "13. Grievance and discipline"),
        ("para", P("""
            The Trust's grievance and disciplinary procedures are available from the school office and
            on the staff intranet.""")),
        ("lines", ["Signed on behalf of the Trust: Geraldine Ashworth, Director of HR", "",
                   "I accept the terms of this contract.", "Signed: ________________________  Date: __________"]),
    ],
)


# 5. India (Telangana), campus offer to a graduating student: PDF, DejaVu Sans, A4, about
#    3 pages with a CTC break-up of fixed pay and variable pay.
#    Traps: monthly columns in the break-up (not a pay frequency), fixed pay and gross beside
#    the CTC, variable pay as an amount at 100%, a joining bonus and a training-cost bond,
#    training inside probation, dates with dots and slashes (day-first), a courts-only clause.
letter(
    "in-ts-campus-offer-ctc-fixed-variable", "pdf", datetime(2026, 12, 18, 10, 0),
    "Offer Letter - Keerthana Raghunathan", "Nalanda Cloudworks Private Limited",
    font="DejaVuSans", size=9.5, paper="A4",
    footer="Nalanda Cloudworks Private Limited · CIN U72900TG2014PTC094417",
    blocks=[
        ("head", "NALANDA CLOUDWORKS", "Plot 21, Survey No. 64, Madhapur, Hyderabad 500081, Telangana · careers@nalandacloud.example"),
        ("lines", ["Ref: NCW/CAMPUS/2027/0418", "Date: 18/12/2026", "", "Ms. Keerthana Raghunathan",
                   "B.Tech (Computer Science and Engineering), Batch of 2027",
                   "Sri Venkatadri Institute of Technology, Tirupati"]),
        ("title", "OFFER LETTER"),
        ("para", "Dear Keerthana,"),
        ("para", P("""
            Congratulations! With reference to the campus recruitment drive held at your institute on
            02/12/2026, Nalanda Cloudworks Private Limited (hereinafter "the Company") is pleased to
            offer you the position of Associate Engineer (Trainee) in our Cloud Platform Services
            business unit.""")),
        ("para", P("""
            **1. Date of joining.** Your date of joining will be 05.07.2027. You will receive joining
            instructions by e-mail at least three weeks before that date.""")),
        ("para", P("""
            **2. Place of posting.** Your initial place of posting will be Hyderabad. During your
            employment you may be transferred to any of the Company's offices or client locations in
            India. All employees work from the office five days a week.""")),
        ("para", P("""
            **3. Compensation.** Your total annual Cost to Company (CTC) will be ₹7,80,000 (Rupees Seven
            Lakh Eighty Thousand only). The break-up is given in Annexure A. Salary is paid on the last
            working day of each month, after statutory deductions.""")),
        ("para", P("""
            **4. Joining bonus.** You will receive a one-time joining bonus of ₹40,000 with your first
            month's salary. It is not part of your CTC. If you leave the Company for any reason within
            twelve months of joining, the joining bonus will be recovered from you in full.""")),
        ("para", P("""
            **5. Training and service commitment.** The first three months after joining are a structured
            training programme at our Learning Centre. The Company invests substantially in this
            training; if you resign within 18 months of your date of joining, you agree to reimburse
            ₹75,000 towards its cost.""")),
        ("para", P("""
            **6. Probation and confirmation.** You will be on probation for six months from your date of
            joining; the training programme is part of the probation period. On successful completion of
            probation you will be confirmed in writing.""")),
        ("para", P("""
            **7. Notice period.** During probation, either side may end the employment with 30 days'
            notice. After confirmation the notice period is 90 days on either side. The Company may, at
            its discretion, accept salary in lieu of the notice period.""")),
        ("para", P("""
            **8. Working hours.** You are expected to work 9 hours a day, including a one-hour lunch break,
            five days a week. Shift timings depend on the client project.""")),
        ("para", P("""
            **9. Leave.** You will be entitled to 18 days of earned leave, 6 days of casual leave and
            6 days of sick leave each calendar year, credited pro rata, in addition to 10 declared
            holidays.""")),
        ("para", P("""
            **10. Benefits.** You will be covered under the Company's group medical insurance (sum insured
            ₹3,00,000 for you, your spouse and up to two children), group term life insurance and group
            personal accident insurance. You will be a member of the Employees' Provident Fund and
            eligible for gratuity under the Payment of Gratuity Act, 1972.""")),
        ("para", P("""
            **11. Conditions.** This offer is subject to your successfully completing your B.Tech degree
            with no pending backlogs and an aggregate of at least 60%, and to a satisfactory background
            verification by an agency appointed by the Company.""")),
        ("para", P("""
            **12. Confidentiality and intellectual property.** You will be required to sign the Company's
            Non-Disclosure Agreement on joining. You shall keep all information about the Company and its
            clients confidential during your employment and after it ends. All intellectual property
            created by you in the course of your employment shall belong to the Company.""")),
        ("para", P("""
            **13. Jurisdiction.** Any dispute arising from this offer shall be subject to the exclusive
            jurisdiction of the courts at Hyderabad.""")),
        ("para", P("""
            Please accept this offer on the campus recruitment portal within 10 days from the date of
            this letter, after which it will stand withdrawn.""")),
        ("lines", ["For Nalanda Cloudworks Private Limited", "", "Authorised Signatory",
                   "Sunanda Mallavarapu, Head - Campus Hiring"]),
        ("pagebreak",),
        ("title", "ANNEXURE A - COMPENSATION BREAK-UP"),
        ("kv", [("Name", "Keerthana Raghunathan"), ("Designation", "Associate Engineer (Trainee)"),
                ("Band", "E0")]),
        ("table", [
            ["Component", "Per month (₹)", "Per annum (₹)"],
            ["Basic salary", "23,400", "2,80,800"],
            ["House rent allowance", "11,700", "1,40,400"],
            ["Special allowance", "20,474", "2,45,693"],
            ["Gross salary", "55,574", "6,66,893"],
            ["Employer contribution to PF", "1,800", "21,600"],
            ["Gratuity", "-", "13,507"],
            ["A. Fixed pay", "", "7,02,000"],
            ["B. Variable pay (at 100% achievement)", "-", "78,000"],
            ["Total Cost to Company (A + B)", "", "7,80,000"],
        ], True),
        ("para", P("""
            Variable pay is paid once a year, in April, on the basis of company and individual
            performance. The actual payout may range from 0% to 100% of the amount shown above, and
            employees who join after 1 October are eligible for a pro-rated amount.""")),
        ("para", P("""
            Note: Gratuity is payable on completion of five years of continuous service as per the Act.
            Income tax is deducted at source as applicable.""")),
    ],
)


# 6. India (Karnataka), startup offer by e-mail with ESOPs: TXT, about 1.5 pages, informal.
#    Traps: fixed pay beside the total CTC, an "up to" bonus as an amount, a per-share funding
#    price beside the option count, a joining bonus repayable, relocation on actuals with a cap,
#    leave with sick days and holidays nearby, day-first dates.
letter(
    "in-ka-startup-offer-email-esops", "txt", datetime(2026, 11, 27, 19, 45),
    "Your offer from Kadamba Mobility", "Kadamba Mobility Technologies Pvt. Ltd.",
    blocks=[
        ("lines", ["From: Ananya Hegde <ananya@kadamba.example>",
                   "To: Siddharth Venkatesan <sid.venkatesan@mailbox.example>",
                   "Date: 27/11/2026",
                   "Subject: Your offer - Staff Backend Engineer, Kadamba"]),
        ("para", "Hi Siddharth,"),
        ("para", P("""
            As promised on the call, here's your formal offer. All of us at Kadamba Mobility Technologies
            Pvt. Ltd. ("Kadamba") are really excited - we'd love you to join us as Staff Backend Engineer on
            the Dispatch team.""")),
        ("para", "THE BASICS"),
        ("lines", ["- Role: Staff Backend Engineer (full-time)",
                   "- Reporting to: Vikram Sethuraman, VP Engineering",
                   "- Office: 2nd floor, 27th Main, HSR Layout, Bengaluru",
                   "- Date of joining: 1 Feb 2027",
                   "- Way of working: we're in the office three days a week (Mon, Wed, Thu); Tue and Fri are work-from-home days"]),
        ("para", "MONEY"),
        ("para", P("""
            Your annual CTC is Rs. 42,00,000 (Rupees Forty-Two Lakhs only). That's made up of fixed pay of
            Rs. 38,00,000 a year and a performance bonus of up to Rs. 4,00,000, paid every April based on
            how you and Kadamba did. Fixed pay is credited monthly, by the 1st working day of the following
            month. The detailed salary structure will come from our payroll team once you accept.""")),
        ("para", P("""
            On top of the CTC, there's a joining bonus of Rs. 3,00,000 with your first salary. If you
            resign within 12 months of joining, you'll need to return it.""")),
        ("para", P("""
            Since you're moving from Chennai, we'll also reimburse your relocation (movers, travel, two
            weeks of stay) on actuals against bills, capped at Rs. 1,00,000.""")),
        ("para", "ESOPS"),
        ("para", P("""
            You'll be granted 1,200 stock options under the Kadamba ESOP Plan 2023, at an exercise price of
            Rs. 10 per option. They vest over four years: 25% at the end of 12 months from your date of
            joining, and the rest in 12 equal quarterly instalments after that. For reference, the price
            per share in our Series B (March 2026) was Rs. 2,150. Vested options can be exercised at a
            liquidity event or within 5 years of leaving.""")),
        ("para", "LEAVE AND BENEFITS"),
        ("para", P("""
            - 24 days of paid leave a year (we don't split it into casual and earned), plus 12 sick days
            and 10 company holidays.""")),
        ("para", P("""
            - Health insurance for you, your spouse, kids and parents (Rs. 10 lakh family floater), plus
            PF at the statutory rate.""")),
        ("para", P("""
            - A wellness allowance of Rs. 2,000 a month (gym, sports, therapy - your call) and a learning
            budget of Rs. 50,000 a year.""")),
        ("para", "THE LEGAL BITS"),
        ("para", P("""
            Probation is 3 months. During probation either of us can end things with 15 days' notice;
            once you're confirmed, the notice period is 60 days either way.""")),
        ("para", P("""
            This offer is conditional on (1) a clean background check - employment and education
            verification through our third-party agency - and (2) your signing our Confidentiality and
            Invention Assignment Agreement (CIAA), which keeps Kadamba's information confidential and
            assigns to Kadamba whatever you build for us.""")),
        ("para", P("""
            For 6 months after you leave, you agree not to join any of the direct competitors listed in
            Annexure B to the CIAA, and for 12 months not to solicit Kadamba's employees or customers.""")),
        ("para", P("""
            This offer is governed by the laws of India. Any dispute will be referred to arbitration by a
            sole arbitrator under the Arbitration and Conciliation Act, 1996, seated at Bengaluru.""")),
        ("para", P("""
            Please e-sign through the link in the next mail by 04/12/2026. Shout if anything's unclear -
            happy to jump on a call.""")),
        ("lines", ["Cheers,", "Ananya Hegde", "Head of People, Kadamba Mobility Technologies Pvt. Ltd."]),
    ],
)


# 7. Philippines (Pasig), probationary employment: DOCX, about 2 pages, with tick boxes.
#    Traps: unticked boxes (Regular, Hybrid, Work-from-home), de minimis and transport
#    allowances beside the basic salary, 13th month pay (statutory, not a bonus), one leave
#    pool that includes the service incentive leave, a deadline counted from receipt.
letter(
    "ph-pasig-probationary-employment-qa-analyst", "docx", datetime(2026, 12, 10, 9, 30),
    "Probationary Employment Contract - Ma. Cristina D. Villanueva", "Tanglaw Digital Solutions, Inc.",
    blocks=[
        ("head", "TANGLAW DIGITAL SOLUTIONS, INC.", "Unit 1904, Jade Summit Tower, Ortigas Center, Pasig City 1605 · (02) 8555 0172"),
        ("lines", ["December 10, 2026", "", "MS. MA. CRISTINA D. VILLANUEVA", "Blk 7 Lot 12, Sampaguita St.",
                   "Brgy. Rosario, Pasig City"]),
        ("title", "CONTRACT OF PROBATIONARY EMPLOYMENT"),
        ("para", "Dear Ms. Villanueva:"),
        ("para", P("""
            We are pleased to engage your services as Junior Quality Assurance Analyst of TANGLAW DIGITAL
            SOLUTIONS, INC. (the "Company") under the following terms and conditions:""")),
        ("table", [
            ["Employment status", "☐ Regular   ☒ Probationary   ☐ Project-based"],
            ["Work arrangement", "☒ On-site   ☐ Hybrid   ☐ Work-from-home"],
            ["Place of assignment", "Ortigas Center, Pasig City"],
            ["Effectivity", "January 18, 2027"],
            ["Basic monthly salary", "PHP 28,500.00"],
            ["Allowances", "Rice subsidy PHP 2,000.00 and transportation allowance PHP 1,500.00 per month"],
        ], False),
        ("para", P("""
            1. PROBATIONARY PERIOD. Your employment shall be probationary for a period of six (6) months
            from January 18, 2027. The reasonable standards under which you will qualify as a regular
            employee are set out in the attached Key Performance Indicators, which have been explained to
            you. If you meet these standards, you shall be regularized at the end of the probationary
            period.""")),
        ("para", P("""
            2. COMPENSATION. Your basic salary shall be paid semi-monthly, every 15th and 30th of the
            month, through your payroll account. You shall also receive the 13th month pay required by
            Presidential Decree No. 851, computed on your basic salary.""")),
        ("para", P("""
            3. WORKING HOURS. Your regular working hours are eight (8) hours a day, exclusive of a one-hour
            meal break, Monday to Friday. Overtime work must be approved in advance by your immediate
            superior and shall be paid in accordance with the Labor Code.""")),
        ("para", P("""
            4. LEAVE BENEFITS. Upon regularization you shall earn fifteen (15) days of paid leave per year,
            which you may use for vacation or sickness. These leave credits are inclusive of, and not in
            addition to, the five (5) days of service incentive leave under the Labor Code.""")),
        ("para", P("""
            5. OTHER BENEFITS. Upon regularization you shall be covered by the Company's HMO plan, with one
            qualified dependent, and by group life insurance of PHP 300,000.00. The Company shall remit
            your SSS, PhilHealth and Pag-IBIG contributions as required by law.""")),
        ("para", P("""
            6. CONFIDENTIALITY. You shall sign the Company's Non-Disclosure Undertaking and shall not
            disclose any client data, test results, source code or other confidential information of the
            Company or its clients, during or after your employment.""")),
        ("para", P("""
            7. PRE-EMPLOYMENT REQUIREMENTS. Your employment is subject to your submission of a valid NBI
            clearance, your Transcript of Records and diploma, and the results of a pre-employment medical
            examination at the Company's accredited clinic, on or before your first day.""")),
        ("para", P("""
            8. RESIGNATION. Should you wish to resign, you shall serve a written notice upon the Company at
            least thirty (30) days before the intended date of resignation.""")),
        ("para", "9. GOVERNING LAW. This contract shall be governed by the laws of the Philippines."),
        ("para", P("""
            Kindly signify your conformity by signing below and returning a copy to the HR Department
            within five (5) days from your receipt of this contract.""")),
        ("lines", ["Very truly yours,", "", "JOSEFINA R. MACARAEG", "HR and Admin Manager"]),
        ("heading", "CONFORME:"),
        ("lines", ["____________________________", "MA. CRISTINA D. VILLANUEVA", "Date: _______________"]),
    ],
)


# 8. Canada (Alberta), geoscience firm: PDF, core Helvetica, US Letter, about 2.5 pages.
#    Traps: a field-day allowance beside the salary, an "up to" incentive, notice during vs
#    after probation and "the greater of", sick days called personal days, a relocation
#    allowance with a sliding repayment, field rotation outside the office.
letter(
    "ca-ab-calgary-offer-project-geologist", "pdf", datetime(2027, 1, 8, 13, 0),
    "Offer of Employment - Jordan Whitecalf", "Foothills Ridge Geoservices Ltd.",
    font="Helvetica", size=10, paper="Letter",
    footer="Foothills Ridge Geoservices Ltd.",
    blocks=[
        ("head", "FOOTHILLS RIDGE GEOSERVICES LTD.", "600, 333 - 7 Avenue SW, Calgary, Alberta T2P 2Z1  |  403-555-0119"),
        ("lines", ["January 8, 2027", "", "Jordan Whitecalf", "58 Lindsay Street", "Winnipeg, Manitoba R3N 1H2"]),
        ("para", "Dear Jordan,"),
        ("para", P("""
            On behalf of Foothills Ridge Geoservices Ltd. (the "Company"), I am pleased to offer you the
            position of Project Geologist in our Reservoir Characterization group, reporting to Anjali
            Desrosiers, Manager, Subsurface. This is a permanent, full-time position.""")),
        ("para", P("""
            **Start date and location.** Your employment will begin on Monday, February 1, 2027. You will
            work from our Calgary office at the address above. You should also expect to spend up to 40
            days a year at field and well sites in northern Alberta and northeastern British Columbia.""")),
        ("para", P("""
            **Base salary.** Your base salary will be $104,000 per year, paid bi-weekly by direct deposit
            and subject to required deductions. For each day you spend at a field site you will also receive
            a field allowance of $85.""")),
        ("para", P("""
            **Short-term incentive.** You will be eligible to participate in the Company's Short-Term
            Incentive Plan, with an annual award of up to 15% of your base salary, based on Company and
            individual results. Awards are pro-rated in your first year.""")),
        ("para", P("""
            **Hours of work.** Regular office hours are 8:00 a.m. to 4:30 p.m., Monday to Friday, with a
            thirty-minute unpaid lunch. Because your position is professional in nature, it is exempt
            from the overtime provisions of the Alberta Employment Standards Code, and you will not be
            paid overtime.""")),
        ("para", P("""
            **Vacation and personal days.** You will receive three (3) weeks of paid vacation each year,
            increasing to four (4) weeks after five years of service. You will also have six (6) paid
            personal days a year, which may be used for your own illness or for family
            responsibilities.""")),
        ("para", P("""
            **Benefits.** From your first day you will be covered by the Company's group benefits plan,
            which includes extended health, dental and vision care, life insurance and long-term
            disability insurance. You will also receive a wellness spending account of $600 a year. You
            may join the Group RRSP; the Company matches your contributions dollar for dollar up to 5% of
            your base salary.""")),
        ("para", P("""
            **Relocation.** To help with your move from Winnipeg, the Company will pay you a relocation
            allowance of $12,000 (gross), with your first pay. If you resign within 12 months of your
            start date you must repay the full allowance, and if you resign in the following 12 months,
            50% of it.""")),
        ("para", P("""
            **Probation and termination.** The first three (3) months of your employment are a
            probationary period, during which the Company may end your employment without notice or pay
            in lieu, as the Code permits. After probation, the Company may end your employment without
            cause by giving you the greater of (a) four (4) weeks' notice or pay in lieu, and (b) the
            notice required by the Code. You agree to give the Company at least two (2) weeks' written
            notice of your resignation.""")),
        ("para", P("""
            **Confidentiality, inventions and non-solicitation.** As a condition of employment, you must
            sign the enclosed Confidentiality, Inventions and Non-Solicitation Agreement. Among other
            things, it requires you to keep the Company's and its clients' information confidential,
            assigns to the Company all inventions and work product you create in your employment, and
            provides that for twelve (12) months after your employment ends you will not solicit the
            Company's clients or employees.""")),
        ("para", P("""
            **Conditions.** This offer is conditional on a satisfactory criminal record check, on proof
            that you are legally entitled to work in Canada, and on your passing the pre-access drug and
            alcohol test that our clients require for site work.""")),
        ("para", P("""
            **Governing law.** This letter and your employment are governed by the laws of the Province
            of Alberta and the federal laws of Canada that apply there.""")),
        ("para", P("""
            This offer remains open until 4:30 p.m. (Mountain Time) on January 15, 2027. To accept, please
            sign and return this letter and the enclosed agreement to me.""")),
        ("lines", ["Yours truly,", "", "Colette Brandvold", "Director, People & Culture",
                   "Foothills Ridge Geoservices Ltd."]),
        ("para", "I accept the offer of employment on the terms set out above."),
        ("lines", ["_____________________________          ________________", "Jordan Whitecalf                                  Date"]),
    ],
)


# 9. Australia (NSW), award-covered administration role: TXT, about 1 page.
#    Traps: the award minimum rate and the weekly equivalent beside the hourly rate, annual
#    leave loading (not a bonus), superannuation on top, ordinary hours as 7.6 a day, notice
#    by the National Employment Standards table (first year: one week).
letter(
    "au-nsw-award-warehouse-administration-officer", "txt", datetime(2027, 1, 15, 10, 0),
    "Letter of offer - Taneesha Marlowe", "Hunter Coast Freight Pty Ltd",
    blocks=[
        ("head", "Hunter Coast Freight Pty Ltd  ABN 63 118 402 975", "Lot 9 Egret Street, Kooragang NSW 2304"),
        ("lines", ["Date: 15/01/2027", "", "Ms Taneesha Marlowe", "31 Dora Street", "Mayfield NSW 2304"]),
        ("para", "Dear Taneesha,"),
        ("para", "LETTER OF OFFER - WAREHOUSE ADMINISTRATION OFFICER"),
        ("para", P("""
            Hunter Coast Freight Pty Ltd is pleased to offer you permanent full-time employment as a
            Warehouse Administration Officer. Your employment is covered by the Clerks - Private Sector
            Award 2020 (the Award), and you are classified at Level 2. If anything in this letter is less
            favourable to you than the Award or the National Employment Standards (NES), the Award or NES
            applies.""")),
        ("kv", [("Commencement", "Monday 8 February 2027"),
                ("Place of work", "our Kooragang depot in Newcastle, NSW"),
                ("Ordinary hours", "38 per week: 7.6 hours a day, 7:30 am to 3:36 pm Monday to Friday, with a 30-minute unpaid meal break"),
                ("Rate of pay", "$31.85 per ordinary hour, which is $1,210.30 for a 38-hour week"),
                ("Pay cycle", "paid fortnightly in arrears by EFT")]),
        ("para", P("""
            Your rate is above the Award minimum for Level 2 (currently $26.46 per hour), and the amount
            above the minimum may be set off against any Award entitlement other than overtime.
            Overtime worked at our direction outside your ordinary hours is paid under the Award: time
            and a half for the first three hours and double time after that.""")),
        ("para", P("""
            Superannuation: we will contribute 12% of your ordinary time earnings to the complying fund
            you nominate, on top of your rate of pay.""")),
        ("para", P("""
            Leave: you are entitled to four weeks of paid annual leave each year, with annual leave
            loading of 17.5% as the Award provides, and 10 days of paid personal/carer's leave each year.
            Both accrue progressively. Public holidays are in addition.""")),
        ("para", P("""
            Probation and notice: the first six months are a probationary period. Either of us may end
            the employment by giving notice under the NES: one week if your continuous service is one
            year or less, two weeks if it is more than one year but not more than three years, three
            weeks up to five years and four weeks after that, plus one week if you are over 45 and have
            at least two years' service. Under the Award you must give us the same notice, without the
            extra week for age.""")),
        ("para", P("""
            Confidentiality: you must keep our customers' freight and pricing information confidential,
            during and after your employment.""")),
        ("para", P("""
            This offer is subject to a satisfactory national police check and to your showing us evidence
            of your right to work in Australia. This letter is governed by the laws of New South Wales.""")),
        ("para", P("""
            To accept, please sign and return this letter by 22/01/2027. A copy of the Fair Work
            Information Statement is enclosed.""")),
        ("lines", ["Yours sincerely,", "", "Brendan Kovacic", "Operations Manager", "",
                   "I accept: __________________  Date: ________"]),
    ],
)


# 10. Singapore, fintech: DOCX with a key-terms table, A4, about 2 pages.
#     Traps: unticked arrangement boxes, a one-month AWS (not the bonus), an "up to" variable
#     bonus, hospitalisation leave beside outpatient sick leave, a cascading non-compete
#     (12, 6 or 3 months), a relative deadline from a dated letter, CPF at statutory rates.
letter(
    "sg-fintech-letter-key-terms-table", "docx", datetime(2026, 11, 27, 15, 0),
    "Letter of Employment - Rachel Chua Wei Ling", "Serangoon Quant Labs Pte. Ltd.",
    blocks=[
        ("head", "SERANGOON QUANT LABS PTE. LTD.", "UEN 201934418K · 18 Kallang Junction Road, #07-11, Singapore 339488"),
        ("lines", ["27 November 2026", "", "Private & Confidential", "Ms Rachel Chua Wei Ling",
                   "Blk 455 Hougang Avenue 10, #12-218", "Singapore 530455"]),
        ("title", "LETTER OF EMPLOYMENT"),
        ("para", "Dear Rachel,"),
        ("para", P("""
            Serangoon Quant Labs Pte. Ltd. (the "Company") is pleased to offer you employment on the key
            terms in the table below and the further terms that follow it.""")),
        ("table", [
            ["Key term", "Details"],
            ["Position", "Senior Data Engineer, Data Platform"],
            ["Commencement date", "11 January 2027"],
            ["Place of work", "18 Kallang Junction Road, Singapore"],
            ["Working arrangement", "☐ Fully on-site   ☒ Hybrid (three office days a week)   ☐ Fully remote"],
            ["Working hours", "Monday to Friday, 9.00 am to 6.00 pm, including a one-hour lunch break"],
            ["Monthly basic salary", "S$9,400"],
            ["Annual Wage Supplement", "One month's basic salary, paid in December (pro-rated in the first year)"],
            ["Variable bonus", "Up to 20% of annual basic salary, at the Company's discretion"],
            ["Sign-on bonus", "S$15,000, paid with the first month's salary"],
            ["Probation", "Three (3) months"],
            ["Notice of termination", "During probation: one (1) week. After confirmation: two (2) months. Either party."],
            ["Annual leave", "20 working days per calendar year, pro-rated in the first year"],
            ["Sick leave", "14 days of outpatient sick leave, within up to 60 days of hospitalisation leave"],
            ["Overtime", "Not applicable"],
        ], True),
        ("heading", "Further terms"),
        ("para", P("""
            1. Salary. Your salary is paid monthly, on or before the last working day of each month, and
            the Company will make CPF contributions at the prevailing statutory rates.""")),
        ("para", P("""
            2. Sign-on bonus. If you resign, or give notice of resignation, within twelve (12) months of
            the commencement date, you shall repay the sign-on bonus in full.""")),
        ("para", P("""
            3. Benefits. You will be covered under the Company's group hospitalisation and surgical plan
            and outpatient GP scheme, and you may claim dental treatment of up to S$500 a year. You will
            also receive flexible benefit credits of S$1,200 a year, which may be used for fitness,
            health screening and other wellness purposes.""")),
        ("para", P("""
            4. Confidentiality and intellectual property. You shall keep confidential all information
            about the Company, its trading strategies and its clients, both during and after your
            employment. All inventions, code and models developed by you in the course of your
            employment shall belong to the Company.""")),
        ("para", P("""
            5. Restrictions. After your employment ends you shall not, for twelve (12) months (or if that
            period is held unenforceable, six (6) months, or if that is held unenforceable, three (3)
            months), be employed by or engaged in any business in Singapore that competes with the
            Company's payments analytics business. For six (6) months after your employment ends you
            shall not solicit any employee or client of the Company.""")),
        ("para", P("""
            6. Screening. This offer is conditional on a satisfactory background screening covering your
            employment history, educational qualifications and criminal record.""")),
        ("para", P("""
            7. Law. This letter shall be governed by the laws of the Republic of Singapore.""")),
        ("para", P("""
            This offer will lapse unless we receive your signed acceptance within seven (7) days of the
            date of this letter.""")),
        ("lines", ["Yours sincerely,", "", "Lim Hui Min", "Head of Talent, Serangoon Quant Labs Pte. Ltd."]),
        ("heading", "Acceptance"),
        ("lines", ["I, Rachel Chua Wei Ling, accept the above terms.", "Signature: ______________  Date: __________"]),
    ],
)


# 11. South Africa (Western Cape), actuarial analyst: TXT, half a page.
#     Traps: "21 consecutive days" of leave (15 working days), sick leave per 36-month cycle,
#     year-first numeric date, a working-day deadline, a restraint of trade.
letter(
    "za-wc-short-offer-actuarial-analyst", "txt", datetime(2026, 12, 3, 9, 0),
    "Offer of employment - Lwazi Mthembu-Fortuin", "Kalkbaai Analytics (Pty) Ltd",
    blocks=[
        ("head", "Kalkbaai Analytics (Pty) Ltd", "Reg. No. 2015/204471/07 | The Foundry, Ebenezer Road, Cape Town"),
        ("lines", ["2026/12/03", "", "Dear Lwazi Mthembu-Fortuin"]),
        ("para", P("""
            We are pleased to offer you the position of Actuarial Analyst with Kalkbaai Analytics (Pty) Ltd,
            starting on 1 March 2027, at our office in Woodstock, Cape Town. We work a hybrid model: two
            days a week from home and three in the office. Key terms:""")),
        ("lines", [
            "* Basic salary: R 47,250 per month, paid on the 25th of each month.",
            "* Annual performance bonus: target of 10% of annual basic salary.",
            "* Provident fund: the Company contributes 8% of your basic salary to the Kalkbaai Provident Fund.",
            "* Medical aid: the Company pays 50% of your medical aid contributions.",
            "* Hours: 40 hours per week, Monday to Friday.",
            "* Leave: 21 consecutive days' annual leave per leave cycle; sick leave as per the BCEA (30 days in each 36-month cycle).",
            "* Probation: six (6) months; one week's notice by either party during probation.",
            "* Notice after probation: one calendar month in writing by either party.",
            "* Restraint of trade: twelve (12) months after termination, within the Western Cape.",
        ]),
        ("para", P("""
            The offer is subject to satisfactory credit and criminal record checks and to verification of
            your qualifications. Your contract will be governed by the laws of the Republic of South
            Africa. Please confirm your acceptance within 5 working days from the date of this letter.""")),
        ("lines", ["Kind regards,", "Nomvula Jacobs-Adonis, HR Business Partner"]),
    ],
)


# 12. Ireland (Cork), biologics plant: PDF, DejaVu Sans, A4, about 3 pages: a fixed-term
#     contract.
#     Traps: an 18-month term (end date is the day before the anniversary), a shift allowance
#     beside the salary, statutory sick days beside company sick pay, probation that may be
#     extended, an in-term exclusivity duty (not a non-compete), notice "whichever is greater".
letter(
    "ie-cork-fixed-term-contract-process-scientist", "pdf", datetime(2027, 1, 21, 12, 0),
    "Fixed-Term Contract of Employment - Saoirse Ní Bhriain", "Lough Mahon Biologics Limited",
    font="DejaVuSans", size=9.5, paper="A4",
    footer="Lough Mahon Biologics Limited · Registered in Ireland No. 598114",
    blocks=[
        ("head", "LOUGH MAHON BIOLOGICS", "Ringaskiddy, Co. Cork, P43 KX62, Ireland"),
        ("title", "FIXED-TERM CONTRACT OF EMPLOYMENT"),
        ("kv", [("Date", "21/01/2027"), ("Employer", "Lough Mahon Biologics Limited (the \u201cCompany\u201d)"),
                ("Employee", "Dr Saoirse Ní Bhriain"), ("Job title", "Senior Process Development Scientist")]),
        ("para", P("""
            This contract, together with the Company's Employee Handbook, sets out the terms of your
            employment, as required by the Terms of Employment (Information) Acts 1994 to 2014.""")),
        ("heading", "1. Term"),
        ("para", P("""
            Your employment will commence on 15 February 2027 and will continue for a fixed term of
            eighteen (18) months from that date, to support the technology transfer of the LMB-204
            programme. It will end automatically at the end of the term unless it is renewed in writing
            before then. The Unfair Dismissals Acts 1977 to 2015 shall not apply to a dismissal consisting
            only of the expiry of this fixed term.""")),
        ("heading", "2. Place of work"),
        ("para", P("""
            Your place of work is the Company's facility at Ringaskiddy, Co. Cork. The role is site-based:
            the laboratory and pilot plant work it involves cannot be done from home.""")),
        ("heading", "3. Probation"),
        ("para", P("""
            The first six (6) months of your employment are a probationary period. The Company may extend
            it by up to three (3) months if it needs more time to assess your performance.""")),
        ("heading", "4. Hours"),
        ("para", P("""
            Your normal working week is 39 hours, Monday to Friday. Your salary is inclusive of any
            additional hours you may need to work, and no overtime is payable.""")),
        ("heading", "5. Remuneration"),
        ("para", P("""
            Your salary is €71,500 gross per annum, paid monthly in arrears by credit transfer on the 23rd
            of each month. If you are rostered onto the four-cycle shift pattern during the campaign
            phase, a shift allowance of 15% of basic salary will be paid for that period.""")),
        ("para", P("""
            You will be eligible for the Company's annual bonus scheme. For 2027 the on-target bonus for
            your grade is 10% of base salary, pro-rated for the part of the year you are employed.""")),
        ("heading", "6. Pension and insurance"),
        ("para", P("""
            You may join the Company's defined contribution pension scheme. Provided you contribute at
            least 5% of basic salary, the Company will contribute 7% of your basic salary. The Company
            also provides private health insurance for you and your dependants, death-in-service cover
            of four times salary and income continuance cover.""")),
        ("heading", "7. Relocation"),
        ("para", P("""
            The Company will reimburse vouched relocation expenses up to €8,000. If you resign within
            twelve (12) months of the commencement date you must repay the full amount reimbursed.""")),
        ("heading", "8. Annual leave"),
        ("para", P("""
            You are entitled to 23 working days' annual leave in each leave year, in addition to the
            public holidays (currently ten a year). Leave is pro-rated for the part of a leave year you
            are employed.""")),
        ("heading", "9. Sick leave"),
        ("para", P("""
            You are entitled to statutory sick leave under the Sick Leave Act 2022 (currently five days a
            year). In addition, the Company will pay your full salary for up to ten (10) days of certified
            sick leave in any rolling 12-month period; these ten days include the statutory days.""")),
        ("heading", "10. Notice"),
        ("para", P("""
            During probation either party may end this contract with one week's notice. After probation
            you must give the Company one month's written notice. The Company will give you one month's
            written notice, or the minimum notice under the Minimum Notice and Terms of Employment Acts
            1973 to 2005, whichever is greater.""")),
        ("heading", "11. Other work"),
        ("para", P("""
            During your employment you must devote your full working time to the Company and must not take
            up any other business or employment without the Company's written consent.""")),
        ("heading", "12. Confidentiality and inventions"),
        ("para", P("""
            You must not disclose any confidential information of the Company or its clients during your
            employment or at any time afterwards. All inventions, processes and data that you create in the
            course of your employment vest in the Company.""")),
        ("heading", "13. Non-solicitation"),
        ("para", P("""
            For six (6) months after your employment ends you will not solicit or entice away any employee
            of the Company with whom you worked in your last year of employment.""")),
        ("heading", "14. Conditions"),
        ("para", P("""
            This contract is conditional on satisfactory references, on a pre-employment medical assessment
            by the Company's occupational health provider, and on your holding the right to work in
            Ireland.""")),
        ("heading", "15. Governing law"),
        ("para", "This contract is governed by the laws of Ireland."),
        ("para", P("""
            Please sign and return one copy within 14 days of the date of this contract.""")),
        ("lines", ["Signed for the Company: ________________  Niamh Kearney-Oyedele, HR Director",
                   "Signed by the Employee: ________________  Date: __________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

def output_path(item: Letter) -> Path:
    return HERE / item.id / f"{item.id}.{item.fmt}"


def gold_problems(item: Letter) -> list[str]:
    """Gold quotes that the document's text (as offercheck reads it) does not contain, and
    non-null gold values without a quote."""
    import yaml

    from offercheck.api import read

    gold_path = HERE / item.id / "gold.yaml"
    if not gold_path.exists():
        return [f"{item.id}: gold.yaml is missing"]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    text = " ".join(read(output_path(item)).text.split())
    problems = []
    evidence = gold.get("evidence") or {}
    for fld, quotes in evidence.items():
        for quote in quotes if isinstance(quotes, list) else [quotes]:
            if " ".join(str(quote).split()) not in text:
                problems.append(f"{item.id}: evidence for {fld} is not in the document: {quote!r}")
    for fld, value in (gold.get("fields") or {}).items():
        if value is not None and fld not in evidence:
            problems.append(f"{item.id}: {fld} has a value but no evidence quote")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="*", help="only these letters")
    parser.add_argument("--check", action="store_true",
                        help="verify the committed files and gold quotes instead of writing")
    args = parser.parse_args(argv)
    known = {item.id for item in LETTERS}
    unknown = [i for i in args.ids if i not in known]
    if unknown:
        parser.error(f"unknown letter id(s): {', '.join(unknown)}")
    if len(known) != len(LETTERS):
        parser.error("two letters share an id")
    problems = []
    for item in LETTERS:
        if args.ids and item.id not in args.ids:
            continue
        path = output_path(item)
        data = build(item)
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                problems.append(f"{path.name}: differs from what make_letters.py builds; rerun it")
            else:
                problems += gold_problems(item)
        else:
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(HERE)} ({len(data):,} bytes)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
