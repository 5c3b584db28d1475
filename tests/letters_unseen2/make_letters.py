#!/usr/bin/env python3
"""Build the second held-out set under tests/letters_unseen2/<id>/<id>.<ext> from the texts here.

A third set of twelve team-written letters, kept apart from tuning: by December 2026 the
rules had been tuned on the dev corpus, on tests/letters and on tests/letters_unseen, so
none of them measures how the extractor does on letters it has not seen any more. These
were written without reading rules/ or src/, in phrasing chosen to differ from both
earlier sets (see README.md beside this file). Do not tune rules on them; when they have
been used for tuning, write a new set.

Dev-only tool (it needs fpdf2 and python-docx, and the DejaVu fonts for the PDFs); the
generated files are committed, and the tests read only those files and the hand-written
gold.yaml beside each one.

    python tests/letters_unseen2/make_letters.py             # rewrite every letter
    python tests/letters_unseen2/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen2/make_letters.py --check     # rebuild in memory: fail if a
                                                             # committed file differs or a gold
                                                             # quote is missing

Every company, person, address and figure below is invented. The renderers are a copy of
tests/letters_unseen/make_letters.py's (copied, not imported, so that a change there cannot
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
    pdf.set_producer("offercheck tests/letters_unseen2/make_letters.py")
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


# 1. US (Texas), retail store: TXT, half a page, informal.
#    Traps: the employer named only in the letterhead and the signature block, an hourly
#    rate with cents, a range of weekly hours, PTO as an accrual rate, at-will in plain
#    words without the term, a reply-by date with no year.
letter(
    "us-tx-austin-part-time-sales-associate", "txt", datetime(2027, 1, 5, 17, 0),
    "Welcome to the floor team - Marisol Tedeschi-Vang", "Bluebonnet Outfitters, LLC",
    blocks=[
        ("head", "BLUEBONNET OUTFITTERS", "Store #114 | 2901 S. Lamar Blvd, Austin, TX 78704 | (512) 555-0188"),
        ("lines", ["January 5, 2027", "", "Marisol Tedeschi-Vang", "4410 Manchaca Rd, Apt 212", "Austin, TX 78745"]),
        ("para", "Hi Marisol,"),
        ("para", P("""
            Thanks for coming in last week - the whole crew enjoyed meeting you. We'd like you to join
            the floor team at our South Lamar store in Austin as a part-time Sales Associate. Your first
            shift would be Saturday, January 16, 2027, at 9:45 a.m. (we open at 10).""")),
        ("para", "The basics:"),
        ("bullets", [
            "Pay: $16.35/hr, and time and a half for anything over 40 hours in a workweek",
            "Schedule: 20 to 28 hours a week, always including at least one weekend day; schedules go up two weeks ahead",
            "Payday: every other Friday, by direct deposit or pay card",
            "Discount: 40% off almost everything in the store",
            "Time off: once you have been with us 90 days you start earning paid time off, 1 hour for every 30 hours you work",
        ]),
        ("para", P("""
            Nobody here is hired for a set length of time. You can quit whenever you want, and we can let
            you go whenever we decide to, with or without a reason and with or without advance warning.
            Only the owner can change that, and only in writing.""")),
        ("para", P("""
            Before your first shift you'll need to clear our standard background screen (the link is in
            the email with this letter) and bring ID for your I-9 form.""")),
        ("para", "Text me a yes by Friday, January 8 so I can put you on the schedule!"),
        ("lines", ["Dana Whitlock", "Store Manager", "Bluebonnet Outfitters, LLC", "dana.w@bluebonnet-outfitters.example"]),
    ],
)


# 2. US (Massachusetts), hospital nurse: PDF, DejaVu Sans, US Letter, about 2 pages.
#    Traps: hours only from shift times with an unpaid meal (three 12-hour nights), vacation
#    in hours at 12-hour days, shift differentials beside the rate, a sign-on bonus in two
#    instalments with repayment, a 403(b) match "dollar for dollar up to 5%", benefits and
#    conditions as lists, earned sick time with no number, the deadline counted from the date.
letter(
    "us-ma-boston-staff-nurse-night-shift", "pdf", datetime(2027, 2, 1, 10, 0),
    "Offer of Employment - Adaeze Lindqvist, RN", "Fenwick Harbor Medical Center", paper="Letter",
    footer="Fenwick Harbor Medical Center - Talent Acquisition",
    blocks=[
        ("head", "Fenwick Harbor Medical Center", "Talent Acquisition · 600 Harrison Wharf Road · Boston, MA 02118"),
        ("lines", ["February 1, 2027", "", "Ms. Adaeze Lindqvist, RN", "19 Savin Hill Terrace", "Dorchester, MA 02125"]),
        ("para", "Dear Ms. Lindqvist:"),
        ("para", P("""
            On behalf of the Department of Nursing, it is my pleasure to extend to you this conditional offer
            of employment with Fenwick Harbor Medical Center, Inc. ("FHMC") as a Staff Nurse II on 6 North,
            our cardiac step-down unit. Your nurse manager will be Colleen Szymanski, MSN, RN.""")),
        ("heading", "Position details"),
        ("kv", [
            ("Department", "6 North - Cardiac Step-Down"),
            ("Status", "Full-time, benefits eligible, non-exempt"),
            ("Shift", "Nights: three shifts per week, 7:00 p.m. to 7:30 a.m., each including a 30-minute unpaid meal break"),
            ("Base rate", "$51.37 per hour"),
            ("Differentials", "Night $4.25/hour; weekend $3.00/hour; charge nurse $2.50/hour when assigned"),
            ("Work site", "Main campus, Boston, MA"),
        ]),
        ("para", P("""
            You will be paid weekly, each Friday, for the week ending the previous Saturday. As a non-exempt
            employee you will be paid overtime at one and one-half times your regular rate for hours worked
            over forty in a workweek.""")),
        ("heading", "Sign-on bonus"),
        ("para", P("""
            You are eligible for a sign-on bonus of $7,500, less applicable withholdings, paid in two parts:
            $3,750 with your first regular paycheck and $3,750 after you complete twelve months of
            employment. If you resign, or your employment is ended for cause, before your second anniversary
            of hire, you agree to repay the gross amount of each instalment you have received; FHMC may
            deduct the amount owed from your final pay where the law permits.""")),
        ("heading", "Time away from work"),
        ("para", P("""
            Vacation accrues each pay period, at a rate that gives 144 hours in your first year of service.
            FHMC observes eight paid holidays, and nurses scheduled on a holiday receive holiday premium pay.
            You will also earn sick time under the Massachusetts Earned Sick Time Law and FHMC policy.""")),
        ("heading", "Benefits"),
        ("para", "You will be eligible on the first of the month following your date of hire for:"),
        ("bullets", [
            "medical and prescription coverage (three plan options) and dental coverage",
            "vision coverage through EyeMed",
            "basic life and AD&D insurance at one times annual base pay, at no cost to you",
            "short- and long-term disability insurance",
            "the FHMC 403(b) Retirement Savings Plan, with an employer match of dollar for dollar on the first 5% of pay you contribute",
            "tuition reimbursement of up to $5,250 a year toward a BSN, MSN or certification",
            "a 50% subsidy of your MBTA monthly pass",
        ]),
        ("heading", "Introductory period"),
        ("para", P("""
            The first ninety (90) days of employment are an introductory period, during which your preceptor
            and manager will review your orientation goals with you.""")),
        ("heading", "Conditions of this offer"),
        ("para", "This offer, and your continued employment, depend on:"),
        ("bullets", [
            "verification of an active, unrestricted Massachusetts RN license and current BLS and ACLS certification",
            "a pre-placement health assessment, including immunization titers and TB screening",
            "a negative urine drug screen",
            "a satisfactory Criminal Offender Record Information (CORI) check",
            "two professional references, one from a recent nursing supervisor",
            "documents establishing your identity and authorization to work in the United States",
            "your signing the FHMC Confidentiality and Patient Privacy Acknowledgment on your first day",
        ]),
        ("para", P("""
            This letter is not a contract for any definite term. Either you or FHMC may end the employment
            relationship at any time, and nothing in this letter or in FHMC policies changes that. If you
            decide to leave, we ask that you give your manager at least four weeks' notice so that the unit
            can be safely staffed. This letter is governed by the laws of the Commonwealth of
            Massachusetts.""")),
        ("para", P("""
            Your Nursing Orientation begins on Monday, March 1, 2027 at 8:00 a.m. in the Harrison Wharf
            Conference Center. Please confirm your acceptance by signing below and returning this letter
            within seven (7) days of the date of this letter.""")),
        ("lines", ["Sincerely,", "", "Lorraine Petit-Abara", "Senior Talent Acquisition Partner, Nursing",
                   "Fenwick Harbor Medical Center, Inc."]),
        ("lines", ["I accept this offer of employment.", "", "Signature: ____________________________   Date: ____________"]),
    ],
)


# 3. US (Washington), software company: DOCX, US Letter, about 2.5 pages.
#    Traps: "bimonthly" meaning twice a month, an RSU grant given as a dollar value with the
#    vesting and cliff in the sentences after it, a 401(k) match of 50% up to 6%, vacation in
#    hours, a sign-on bonus and relocation allowance with repayment, covenants under RCW 49.62,
#    at-will "terminable at the will of either", an expiry with a time of day.
letter(
    "us-wa-seattle-software-engineer-rsu-value", "docx", datetime(2027, 2, 12, 9, 0),
    "Offer letter - Tomasz Abernathy-Iwu", "Rainshadow Ledger, Inc.", paper="Letter",
    blocks=[
        ("head", "RAINSHADOW LEDGER", "Rainshadow Ledger, Inc. · 401 Terry Avenue North, Floor 9 · Seattle, WA 98109"),
        ("lines", ["February 12, 2027", "", "PERSONAL AND CONFIDENTIAL", "", "Tomasz Abernathy-Iwu",
                   "2215 NE 65th Street", "Seattle, WA 98115"]),
        ("para", "Dear Tomasz,"),
        ("para", P("""
            I'm happy to confirm our offer for you to join Rainshadow Ledger, Inc. ("Rainshadow") in the role
            of Software Engineer II on the Payments Platform team, reporting to Hollis Grau, Engineering
            Manager. The terms are set out below.""")),
        ("heading", "1. Start date and schedule"),
        ("para", P("""
            Your anticipated start date is Monday, March 8, 2027. This is a regular, full-time, exempt
            position, which means you are not eligible for overtime pay. Our teams work from our South Lake
            Union office in Seattle on Tuesdays, Wednesdays and Thursdays and may work remotely on Mondays
            and Fridays.""")),
        ("heading", "2. Compensation"),
        ("para", P("""
            Base pay. Rainshadow will pay you base pay at the rate of $158,000 per year, less deductions and
            withholdings, paid bimonthly on the 15th and the last business day of each month.""")),
        ("para", P("""
            Annual bonus. You will be eligible for Rainshadow's Annual Incentive Plan, with a target award of
            10% of the base pay you earn during the plan year. Awards depend on company and individual
            performance and are paid at the Company's discretion.""")),
        ("para", P("""
            Sign-on bonus. Rainshadow will pay you a one-time sign-on bonus of $20,000 within 30 days of your
            start date. If you resign without Good Reason or are terminated for Cause within twelve months of
            your start date, you must repay the full sign-on bonus within 30 days of your last day.""")),
        ("para", P("""
            Relocation. Because you are moving from Spokane, you will also receive a lump-sum relocation
            allowance of $12,500, which is taxable income, on the same repayment terms as the sign-on
            bonus.""")),
        ("heading", "3. Equity"),
        ("para", P("""
            Management will recommend to the Compensation Committee of the Board that you be granted
            restricted stock units ("RSUs") with a grant value of $120,000. The number of RSUs will be that
            value divided by the average closing price of our common stock over the 30 trading days before
            the grant date, rounded down to a whole unit.""")),
        ("para", P("""
            Your RSUs will vest over four years. Twenty-five percent will vest on the first quarterly vesting
            date after the first anniversary of your start date, and the remainder will vest in twelve equal
            quarterly installments after that, in each case provided you remain in service. The grant is
            subject to the 2025 Omnibus Incentive Plan and your award agreement.""")),
        ("heading", "4. Benefits and time off"),
        ("para", P("""
            You will be eligible to participate in Rainshadow's benefit plans on the terms of each plan,
            which currently include medical, dental and vision coverage, basic life and long-term disability
            insurance, 16 weeks of paid parental leave, an Employee Stock Purchase Plan, a fully paid ORCA
            transit card, and a 401(k) plan in which Rainshadow matches 50% of your contributions up to 6% of
            eligible pay.""")),
        ("para", P("""
            You will accrue 120 hours of vacation per year, in addition to eleven company holidays. You will
            also accrue paid sick leave as Washington law provides, at one hour for every 40 hours
            worked.""")),
        ("heading", "5. Agreements"),
        ("para", P("""
            As a condition of employment you must sign Rainshadow's Confidentiality, Invention Assignment
            and Restrictive Covenants Agreement (the "CIIRCA"), which protects our confidential information
            and assigns to Rainshadow the inventions you create in your work. Because your annualized
            earnings exceed the threshold in RCW 49.62, the CIIRCA contains a noncompetition covenant that
            lasts twelve (12) months after your separation, and a covenant not to solicit Rainshadow
            customers or employees that lasts eighteen (18) months after your separation.""")),
        ("para", P("""
            You will also be asked to sign the Rainshadow Dispute Resolution Agreement, under which you and
            Rainshadow agree that covered claims will be decided by final and binding individual arbitration
            instead of by a judge or jury.""")),
        ("heading", "6. Other terms"),
        ("para", P("""
            Your employment will be terminable at the will of either you or Rainshadow, at any time, with or
            without cause and with or without notice. This offer is contingent on a background check
            satisfactory to Rainshadow and on your providing proof of your identity and eligibility to work
            in the United States within three business days of your start date. This letter is governed by
            the laws of the State of Washington.""")),
        ("para", P("""
            This offer will remain open until 11:59 p.m. Pacific Time on February 19, 2027. To accept, sign
            in DocuSign by then.""")),
        ("lines", ["Warm regards,", "", "Beatriz Oyelowo-Strand", "Director, Talent", "Rainshadow Ledger, Inc."]),
        ("lines", ["Accepted and agreed:", "", "Tomasz Abernathy-Iwu    Date: ______________"]),
    ],
)


# 4. UK (England), haulage firm: TXT, about 2 pages, a statement of main terms.
#    Traps: "£33,000 p.a.", the heading carrying the field ("Hours of work", then the number),
#    holidays inclusive of the bank holidays, weekly pay, statutory sick pay only, a joining
#    bonus paid after probation, CPC training fees repayable, notice rising with service.
letter(
    "uk-manchester-hgv-driver-main-terms", "txt", datetime(2027, 1, 11, 8, 30),
    "Statement of main terms - Gareth Oyelaran-Hughes", "Pennine Crossing Haulage Ltd",
    blocks=[
        ("head", "PENNINE CROSSING HAULAGE LTD", "Unit 7, Westinghouse Road, Trafford Park, Manchester M17 1PY - Company No. 08841276"),
        ("title", "Written statement of main terms of employment"),
        ("para", P("""
            This statement is given under section 1 of the Employment Rights Act 1996. It sets out the main
            terms on which Pennine Crossing Haulage Ltd (the Company) employs you. Other terms are in the
            Driver Handbook, which you will receive at induction.""")),
        ("kv", [
            ("Employee", "Gareth Oyelaran-Hughes"),
            ("Job title", "Class 1 HGV Driver (Trunking)"),
            ("Date employment begins", "1 February 2027"),
            ("Continuous employment", "begins on the same date; no previous employment counts"),
        ]),
        ("heading", "Type of contract"),
        ("para", "Permanent. Your employment continues until either you or the Company ends it by notice."),
        ("heading", "Place of work"),
        ("para", P("""
            Trafford Park depot, Manchester. As a trunking driver you will drive to and from other depots and
            customer sites across Great Britain and will sometimes need to take a night out in the cab.""")),
        ("heading", "Pay"),
        ("para", P("""
            £33,000 p.a., paid weekly in arrears by BACS every Friday, for the week ending the previous
            Sunday. Nights out are paid at £35.00 a night.""")),
        ("heading", "Hours of work"),
        ("para", P("""
            42.5 per week, Monday to Friday, on start times set by the Transport Office the day before, with
            breaks and rest periods as the drivers' hours rules and the Road Transport (Working Time)
            Regulations require.""")),
        ("heading", "Overtime"),
        ("para", "Hours worked beyond 42.5 in a week are paid at time and a quarter; Saturday work at time and a half."),
        ("heading", "Joining bonus"),
        ("para", "A joining bonus of £1,000 is paid with the first weekly pay after you pass your probationary period."),
        ("heading", "Probation"),
        ("para", P("""
            The first 3 months are probationary. During that time either side may end the employment by
            giving one week's notice.""")),
        ("heading", "Holidays"),
        ("para", P("""
            28 days a year, inclusive of the eight bank holidays, in a holiday year running from 1 April to
            31 March. Holiday is booked through the Transport Office at least four weeks ahead.""")),
        ("heading", "Sickness"),
        ("para", P("""
            Report sickness to the Transport Office before 6 a.m. Statutory Sick Pay only is paid; there is
            no company sick pay scheme.""")),
        ("heading", "Pension"),
        ("para", P("""
            You will be auto-enrolled in NEST. The Company contributes 3% of qualifying earnings and you
            contribute 5%.""")),
        ("heading", "Driver CPC"),
        ("para", P("""
            The Company pays for your 35 hours of periodic Driver CPC training (currently £450). If you leave
            within 12 months of completing a course paid for by the Company, you must repay the cost and you
            agree that it may be deducted from your final pay.""")),
        ("heading", "Notice after probation"),
        ("para", P("""
            From you: two weeks. From the Company: one week until you have two years' service, and then one
            week for each complete year of service up to twelve weeks.""")),
        ("heading", "Conditions"),
        ("para", P("""
            Your employment is subject to a satisfactory check of your driving licence with the DVLA, sight
            of your Driver Qualification Card and digital tachograph card, proof of your right to work in the
            UK, and a negative drugs and alcohol test. Drivers are tested at random during employment.""")),
        ("heading", "Discipline and grievance"),
        ("para", "The procedures are in the Driver Handbook. They are not contractual."),
        ("heading", "Law"),
        ("para", "This statement is governed by English law."),
        ("lines", ["Signed for the Company: Sharon Etchells, Transport & HR Manager    Date: 11 January 2027", "",
                   "Signed by the Employee: __________________________    Date: ____________"]),
    ],
)


# 5. Ireland, insurer: TXT, one page.
#    Traps: a "Remuneration" heading over "gross per month" (the word salary never used),
#    pay day as "on or before the 25th", probation that may be extended, company sick pay
#    that includes the statutory days, "greater of" notice, PRSA contribution, a deadline
#    counted from the letter date.
letter(
    "ie-limerick-claims-handler-remuneration", "txt", datetime(2027, 3, 15, 11, 0),
    "Offer of employment - Clodagh Brennan-Osei", "Ardcarn Mutual Assurance DAC",
    blocks=[
        ("head", "Ardcarn Mutual Assurance DAC", "Harbour House, Dock Road, Limerick V94 X2T6 | Registered in Ireland No. 701452"),
        ("lines", ["15 March 2027", "", "Ms Clodagh Brennan-Osei", "11 Ennis Road", "Limerick"]),
        ("para", "Dear Clodagh,"),
        ("para", P("""
            Following your recent interview, we are pleased to offer you the permanent post of Claims
            Handler in our Motor Claims unit, on the terms below. Your start date will be Monday 5 April
            2027.""")),
        ("para", "Remuneration"),
        ("para", P("""
            €3,250 gross per month, paid by credit transfer on or before the 25th of each month. Remuneration
            is reviewed each January; any change is at the Company's discretion.""")),
        ("para", "Working week"),
        ("para", P("""
            39 hours, Monday to Friday, within our flexitime scheme (core hours 10.00 to 16.00). You will be
            based at Harbour House, Limerick; after probation you may work from home for up to two days a
            week with your manager's agreement.""")),
        ("para", "Leave and sickness"),
        ("para", P("""
            21 days' annual leave a year plus public holidays. Subject to certification, the Company pays
            full pay for up to 15 days' sickness absence in any 12-month period, which includes your
            entitlement under the Sick Leave Act 2022.""")),
        ("para", "Probation and notice"),
        ("para", P("""
            Your first six months are probationary; the Company may extend this once, to no more than eleven
            months in total. After probation, either party may end the employment by giving one month's
            notice in writing, or the notice required by the Minimum Notice and Terms of Employment Acts
            1973 to 2005 if that is longer.""")),
        ("para", "Pension and health"),
        ("para", P("""
            After six months' service the Company will contribute 5% of your basic pay to a PRSA in your
            name, and will pay half of the premium for VHI cover for you under the Company scheme.""")),
        ("para", P("""
            Your appointment is subject to two satisfactory references, proof of your QFA qualification and
            your acceptance of the Company's confidentiality and data protection policies. Your contract will
            be governed by Irish law.""")),
        ("para", P("""
            To accept, please sign and return one copy of this letter within 10 days of the date above.
            We look forward to welcoming you.""")),
        ("lines", ["Yours sincerely,", "", "Fionnuala Garvey", "HR Business Partner"]),
    ],
)


# 6. Philippines, medical distributor: TXT, about 1.5 pages, a company driver.
#    Traps: pay figures with no currency symbol or word (pesos only implied by the Makati
#    address and Philippine law), "bi-monthly" paydays, a six-day week from the times of day,
#    leave granted on regularization, resignation notice "not less than thirty (30) days'
#    prior written notice", clearances and medical as conditions, 13th month pay.
letter(
    "ph-qc-company-driver-probationary", "txt", datetime(2027, 6, 14, 9, 0),
    "Probationary employment - Rodelio B. Manalastas", "Maharlika Medisupply Distribution Corp.",
    blocks=[
        ("head", "MAHARLIKA MEDISUPPLY DISTRIBUTION CORP.", "14/F Ayala Tower Two, 6789 Paseo de Roxas, Makati City 1226 | Human Resources Department"),
        ("lines", ["14 June 2027", "", "MR. RODELIO B. MANALASTAS", "Blk 9 Lot 22, Mabuhay Homes", "Bagong Silangan, Quezon City"]),
        ("para", "Dear Mr. Manalastas:"),
        ("para", P("""
            We are pleased to inform you that MAHARLIKA MEDISUPPLY DISTRIBUTION CORP. (the "COMPANY") has
            approved your PROBATIONARY EMPLOYMENT as COMPANY DRIVER, assigned at the Company's warehouse and
            dispatch center in Quezon City, under the following terms and conditions:""")),
        ("para", P("""
            1. EFFECTIVITY. Your probationary employment shall take effect on July 1, 2027 and shall last for
            six (6) months. You shall be made a regular employee if you meet the reasonable standards for
            regularization made known to you at the start of your employment.""")),
        ("para", P("""
            2. COMPENSATION. You shall receive a basic monthly pay of 21,500.00, subject to withholding tax
            and mandatory contributions, plus a rice subsidy of 2,000.00 per month and a meal allowance of
            150.00 for each day of actual trip. Pay is released on a bi-monthly basis, every 10th and 25th of
            the month. You are entitled to 13th month pay in accordance with law.""")),
        ("para", P("""
            3. WORKING HOURS. Your regular working hours are from 7:00 AM to 4:00 PM, Monday to Saturday, with
            a one-hour meal break. Work rendered beyond eight (8) hours a day shall be paid as overtime in
            accordance with the Labor Code.""")),
        ("para", P("""
            4. LEAVE BENEFITS. Upon regularization you shall be entitled to seven (7) days of vacation leave
            and seven (7) days of sick leave per year, both convertible to cash if unused at the end of the
            year.""")),
        ("para", P("""
            5. OTHER BENEFITS. You will be enrolled in SSS, PhilHealth and Pag-IBIG. Upon regularization you
            will be covered by the Company's HMO plan and group life insurance.""")),
        ("para", P("""
            6. REQUIREMENTS. This offer is subject to your submission of a valid professional driver's license
            (restriction codes B and C), NBI and barangay clearances, and your passing the pre-employment
            medical examination and drug test at the Company's accredited clinic.""")),
        ("para", P("""
            7. DUTIES. You shall observe all traffic laws, keep the company vehicle roadworthy, and keep
            confidential all information on the Company's customers, products and prices that you learn in
            the course of your work.""")),
        ("para", P("""
            8. RESIGNATION AND TERMINATION. The EMPLOYEE may resign by serving not less than thirty (30) days'
            prior written notice to the COMPANY. The COMPANY may terminate this employment for just or
            authorized causes under the Labor Code, observing due process.""")),
        ("para", "9. This agreement shall be governed by the laws of the Republic of the Philippines."),
        ("para", "Kindly signify your conformity by signing below."),
        ("lines", ["Very truly yours,", "", "MA. LOURDES T. SANTIAGO-DELA CRUZ", "HR & Admin Manager"]),
        ("lines", ["CONFORME:", "", "______________________________", "RODELIO B. MANALASTAS", "Date: ________________"]),
    ],
)


# 7. India (Maharashtra), castings manufacturer: PDF, DejaVu Serif, A4, about 3 pages.
#    Traps: "Rs. 6,50,000 per annum" CTC with a break-up annexure (gross, variable, PF and
#    gratuity rows), a trainee year that is the probation, a six-day week from times of
#    day, three leave buckets, a service bond (a penalty, not clawback), courts-only
#    jurisdiction, day-first dotted date, deadline counted from the letter date.
letter(
    "in-mh-pune-graduate-engineer-trainee-ctc", "pdf", datetime(2027, 5, 10, 10, 30),
    "Letter of Offer - Aniket Vasant Jadhav", "Sahyadri Precision Castings Private Limited",
    font="DejaVuSerif", footer="Sahyadri Precision Castings Pvt. Ltd. - Confidential",
    blocks=[
        ("head", "Sahyadri Precision Castings Private Limited", "Regd. Office: Plot D-41, MIDC Chakan Phase II, Pune 410501 · CIN U27310PN2009PTC134772"),
        ("lines", ["Ref: SPC/HR/GET/2027/118", "Date: 10 May 2027", "", "Mr. Aniket Vasant Jadhav",
                   "Flat 7, Shrikrupa Apartments, Bhosari", "Pune 411026"]),
        ("title", "LETTER OF OFFER"),
        ("para", "Dear Aniket,"),
        ("para", P("""
            With reference to your campus interview at the Government College of Engineering, we are pleased
            to offer you the position of Graduate Engineer Trainee (GET) in the Machine Shop of our Chakan
            plant, Pune, on the following terms and conditions.""")),
        ("heading", "1. Date of joining"),
        ("para", P("""
            You are requested to join on 01.07.2027 at 8:00 am at the plant HR office, with the documents
            listed in clause 12.""")),
        ("heading", "2. Compensation"),
        ("para", P("""
            Your total cost to company will be Rs. 6,50,000 per annum (Rupees Six Lakh Fifty Thousand only).
            The break-up is in Annexure A. Salary is credited to your bank account by the 7th of the following
            month.""")),
        ("heading", "3. Training and confirmation"),
        ("para", P("""
            You will undergo training for a period of twelve (12) months from your date of joining, which
            will be your probation period. On successful completion you will be confirmed as Engineer -
            Production. The training may be extended by up to three months if your performance is not
            satisfactory.""")),
        ("heading", "4. Working hours"),
        ("para", P("""
            The plant works a general shift from 8:00 am to 4:30 pm, Monday to Saturday, with a half-hour
            lunch break. You may be posted to other shifts as production requires.""")),
        ("heading", "5. Leave"),
        ("para", P("""
            You will be entitled to 18 days of privilege leave, 7 days of casual leave and 7 days of sick
            leave per calendar year, pro-rated in the year of joining, in addition to 12 paid festival
            holidays.""")),
        ("heading", "6. Benefits"),
        ("para", P("""
            You will be covered under the Provident Fund and Gratuity schemes, the Group Mediclaim policy
            (Rs. 3,00,000 family floater) and the Group Personal Accident policy. Company buses ply from
            Bhosari, Pimpri and Chinchwad to the plant free of charge, and the canteen is subsidised.""")),
        ("heading", "7. Service agreement"),
        ("para", P("""
            As a trainee you will sign a service agreement to serve the Company for at least 24 months from
            your date of joining. If you leave before that, you will pay the Company liquidated damages of
            Rs. 1,00,000 towards the cost of your training.""")),
        ("heading", "8. Notice period"),
        ("para", P("""
            During training, either party may end the employment with 30 days' notice. After confirmation,
            the notice period will be 60 days on either side, or salary in lieu of notice.""")),
        ("heading", "9. Confidentiality and inventions"),
        ("para", P("""
            You will keep confidential all drawings, process sheets, customer information and other
            information of the Company. Any invention, design or improvement you make in the course of your
            employment will be the property of the Company.""")),
        ("heading", "10. Non-solicitation"),
        ("para", P("""
            For twelve (12) months after leaving the Company you shall not, directly or indirectly, induce any
            employee of the Company to leave its employment.""")),
        ("heading", "11. Jurisdiction"),
        ("para", "Any dispute arising out of this letter shall be subject to the exclusive jurisdiction of the courts at Pune."),
        ("heading", "12. Conditions"),
        ("para", P("""
            This offer is subject to (a) your being declared medically fit by the Company's medical officer;
            (b) your producing the original mark sheets and degree certificate of your B.E. (Mechanical); and
            (c) satisfactory background verification by our agency.""")),
        ("para", P("""
            Please confirm your acceptance by signing and returning the duplicate copy of this letter within
            7 days of the date of this letter, failing which the offer will stand withdrawn.""")),
        ("lines", ["For Sahyadri Precision Castings Private Limited", "", "", "Sunil R. Deshpande", "General Manager - Human Resources"]),
        ("pagebreak",),
        ("title", "ANNEXURE A - COMPENSATION STRUCTURE"),
        ("para", "Name: Aniket Vasant Jadhav        Designation: Graduate Engineer Trainee"),
        ("table", [
            ["Component", "Per month (Rs.)", "Per annum (Rs.)"],
            ["Basic", "21,667", "2,60,000"],
            ["House Rent Allowance", "8,667", "1,04,000"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "13,474", "1,61,694"],
            ["Gross Salary (A)", "45,408", "5,44,894"],
            ["Employer's PF contribution", "2,600", "31,200"],
            ["Gratuity", "1,042", "12,506"],
            ["Group Mediclaim premium", "950", "11,400"],
            ["Retirals and benefits (B)", "4,592", "55,106"],
            ["Performance-linked pay at 100% (C)", "-", "50,000"],
            ["Cost to Company (A+B+C)", "-", "6,50,000"],
        ], True),
        ("para", P("""
            Performance-linked pay is paid annually after the appraisal and may range from 0% to 120% of the
            amount shown, depending on individual and plant performance. Income tax is deducted at
            source.""")),
    ],
)


# 8. Canada (Nova Scotia), software company: DOCX, A4-ish Letter, about 2 pages.
#    Traps: pay stated per bi-weekly pay period only ("$2,115.38 per bi-weekly pay period"),
#    values in a key-terms table, benefits and conditions as bullets, RRSP match "up to 4%",
#    resignation "not less than thirty (30) days' prior written notice" inside a Termination
#    section, "greater of" employer notice, a non-solicit covenant in a Schedule.
letter(
    "ca-ns-halifax-customer-success-biweekly-pay", "docx", datetime(2027, 3, 22, 14, 0),
    "Offer of employment - Siobhan MacIsaac-Tremblay", "Chebucto Tidal Systems Inc.", paper="Letter",
    blocks=[
        ("head", "Chebucto Tidal Systems Inc.", "1959 Upper Water Street, Suite 1100, Halifax, NS B3J 3N2"),
        ("lines", ["March 22, 2027", "", "Siobhan MacIsaac-Tremblay", "88 Purcells Cove Road", "Halifax, NS B3P 1B4"]),
        ("para", "Dear Siobhan,"),
        ("para", P("""
            Further to our recent discussions, Chebucto Tidal Systems Inc. ("Chebucto") is pleased to offer
            you permanent full-time employment on the terms in this letter and its Schedule.""")),
        ("heading", "Key terms"),
        ("table", [
            ["Position", "Customer Success Manager, Utilities"],
            ["Reports to", "Director, Customer Success"],
            ["Start date", "April 12, 2027"],
            ["Work location", "Halifax, Nova Scotia - in the office Monday to Wednesday, remote Thursday and Friday"],
            ["Hours", "37.5 hours per week"],
            ["Pay", "$2,115.38 per bi-weekly pay period"],
            ["Vacation", "Three (3) weeks per year, rising to four (4) weeks after three years"],
            ["Personal and sick days", "Five (5) paid days per year"],
            ["Probation", "Three (3) months"],
        ], False),
        ("para", P("""
            This is a salaried position and is not eligible for overtime pay. Your pay is subject to the
            usual statutory deductions and is reviewed annually in March.""")),
        ("heading", "Benefits"),
        ("para", "From your first day you will be enrolled in Chebucto's group plan, which includes:"),
        ("bullets", [
            "extended health and dental coverage for you and your dependants",
            "life insurance of two times annual pay, and long-term disability insurance",
            "a group RRSP to which Chebucto matches your contributions up to 4% of your base pay",
            "a $500 annual wellness spending account",
        ]),
        ("heading", "Termination"),
        ("para", P("""
            You may resign at any time by providing Chebucto with not less than thirty (30) days' prior
            written notice. Chebucto may waive all or part of that period, and will pay you for the period
            it waives.""")),
        ("para", P("""
            After your probation, Chebucto may end your employment without cause by giving you four (4)
            weeks' notice, or pay in lieu of notice, or the notice or pay in lieu required by the Nova Scotia
            Labour Standards Code, whichever is greater. Chebucto may end your employment for just cause
            without notice or pay in lieu.""")),
        ("heading", "Conditions"),
        ("para", "This offer is conditional on:"),
        ("bullets", [
            "a satisfactory criminal record check;",
            "satisfactory references from two former supervisors;",
            "proof that you are legally entitled to work in Canada; and",
            "your signing the Confidentiality, Intellectual Property and Non-Solicitation terms in the Schedule.",
        ]),
        ("para", P("""
            This letter is governed by the laws of the Province of Nova Scotia and the federal laws of Canada
            that apply there. Please sign and return it by April 2, 2027, after which the offer lapses.""")),
        ("lines", ["Yours truly,", "", "Ewan Theriault-Nakamura", "Vice-President, People & Culture", "Chebucto Tidal Systems Inc."]),
        ("heading", "Schedule - Confidentiality, Intellectual Property and Non-Solicitation"),
        ("para", P("""
            1. You will hold in confidence, during and after your employment, all confidential information of
            Chebucto and its customers, and use it only for your work.""")),
        ("para", P("""
            2. All work product, inventions and intellectual property you create in the course of your
            employment belong to Chebucto, and you assign to Chebucto all your rights in them.""")),
        ("para", P("""
            3. For twelve (12) months after your employment ends, however it ends, you will not solicit any
            customer of Chebucto with whom you dealt in your last year of employment for the purpose of
            providing competing products or services.""")),
        ("lines", ["Accepted: ______________________________   Date: ______________"]),
    ],
)


# 9. New Zealand, early learning centre: DOCX, A4, about 3 pages, an individual employment
#    agreement with a Schedule.
#    Traps: defined terms pointing to Items of the Schedule ("the Salary means the amount in
#    Item 6"), a three-year salary schedule (the first year is the salary), hours only from
#    times of day less an unpaid lunch, a 90-day trial period, fortnightly pay, KiwiSaver at
#    3%, notice in the Schedule, Police vetting, a macron in the employer's name.
letter(
    "nz-christchurch-ece-teacher-agreement-schedule", "docx", datetime(2027, 3, 29, 15, 30),
    "Individual Employment Agreement - Mereana Holloway-Tupou", "Te Puna Kōwhai Early Learning Limited",
    blocks=[
        ("head", "Te Puna Kōwhai Early Learning Limited", "42 Harewood Road, Papanui, Christchurch 8053 · kiaora@tepunakowhai.example"),
        ("lines", ["29 March 2027", "", "Kia ora Mereana,"]),
        ("para", P("""
            We are delighted to offer you a position with us. Attached is your proposed individual employment
            agreement. You are entitled to seek independent advice about it, and we encourage you to do so.
            If you would like to accept, please sign and return the agreement to me by 9 April 2027.""")),
        ("lines", ["Ngā mihi,", "", "Aroha Pennington-Siale", "Centre Manager"]),
        ("pagebreak",),
        ("title", "INDIVIDUAL EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This agreement is between Te Puna Kōwhai Early Learning Limited (the "Employer") and the person
            named in Item 1 of the Schedule (the "Employee").""")),
        ("heading", "1. Definitions"),
        ("para", P("""
            In this agreement, "Commencement Date" means the date in Item 3 of the Schedule; "Place of Work"
            means the place in Item 4 of the Schedule; "Hours of Work" means the hours in Item 5 of the
            Schedule; and "the Salary" means the amount in Item 6 of the Schedule for the relevant year of
            service.""")),
        ("heading", "2. Position and term"),
        ("para", P("""
            The Employer employs the Employee in the position in Item 2 of the Schedule from the Commencement
            Date. The employment is permanent and continues until ended under clause 11.""")),
        ("heading", "3. Trial period"),
        ("para", P("""
            The first 90 days of employment are a trial period under section 67A of the Employment Relations
            Act 2000. The Employer may dismiss the Employee within the trial period by giving notice, and the
            Employee may not bring a personal grievance on the grounds of unjustified dismissal.""")),
        ("heading", "4. Place and hours of work"),
        ("para", P("""
            The Employee will work at the Place of Work during the Hours of Work. Because the centre has
            ratio requirements, the Employee cannot work from home.""")),
        ("heading", "5. Remuneration"),
        ("para", P("""
            The Employer will pay the Employee the Salary, by direct credit, fortnightly in arrears on
            Wednesday. The Salary will move to the next year's amount on each anniversary of the
            Commencement Date, provided the Employee holds a current practising certificate.""")),
        ("heading", "6. KiwiSaver"),
        ("para", P("""
            The Employer will make employer contributions to the Employee's KiwiSaver scheme at 3% of gross
            taxable earnings, in addition to the Salary.""")),
        ("heading", "7. Professional learning"),
        ("para", P("""
            The Employer will pay the cost of renewing the Employee's practising certificate and up to $600 a
            year towards approved professional learning.""")),
        ("heading", "8. Holidays and leave"),
        ("para", P("""
            The Employee is entitled to four weeks' paid annual holidays each year, public holidays and
            bereavement leave in accordance with the Holidays Act 2003, and to ten days' paid sick leave each
            year after six months' continuous employment.""")),
        ("heading", "9. Confidentiality"),
        ("para", P("""
            The Employee must not, during or after employment, disclose confidential information about the
            Employer, the children enrolled at the centre or their whānau, except as the law requires.""")),
        ("heading", "10. Non-solicitation"),
        ("para", P("""
            For six months after the employment ends, the Employee will not solicit or encourage any family
            with a child enrolled at the centre to move that child to another early childhood service.""")),
        ("heading", "11. Ending employment"),
        ("para", P("""
            Either party may end this agreement by giving the period of notice in Item 7 of the Schedule, in
            writing. The Employer may pay salary in lieu of all or part of the notice. Nothing in this clause
            prevents summary dismissal for serious misconduct.""")),
        ("heading", "12. Conditions"),
        ("para", P("""
            This agreement is conditional on a satisfactory safety check and Police vet under the Children's
            Act 2014, two satisfactory referee checks, and the Employee's being legally entitled to work in
            New Zealand.""")),
        ("heading", "13. Resolving problems"),
        ("para", P("""
            Any employment relationship problem should first be raised with the Centre Manager. Mediation and
            the Employment Relations Authority, described in the attached plain-language explanation, are
            available to both parties, and a personal grievance must be raised within 90
            days. This agreement is governed by the law of New Zealand.""")),
        ("heading", "SCHEDULE"),
        ("table", [
            ["Item 1 - Employee", "Mereana Holloway-Tupou"],
            ["Item 2 - Position", "Registered Early Childhood Teacher (Kōtare room, ages 2 to 5)"],
            ["Item 3 - Commencement Date", "19 April 2027"],
            ["Item 4 - Place of Work", "42 Harewood Road, Papanui, Christchurch"],
            ["Item 5 - Hours of Work", "8:30am to 5:00pm, Monday to Friday, with a 30-minute unpaid lunch break"],
            ["Item 6 - Salary", "Year 1: $64,480 gross per annum; Year 2: $67,100 gross per annum; Year 3: $69,850 gross per annum"],
            ["Item 7 - Notice", "Four weeks"],
        ], False),
        ("lines", ["Signed for the Employer: ______________________  Date: ________",
                   "Signed by the Employee: ______________________  Date: ________"]),
    ],
)


# 10. UAE (Dubai), hotel company: DOCX, A4, about 2 pages, an employment contract summary.
#     Traps: a particulars table with basic, allowances and a total monthly package, a fixed
#     term ending "on the second anniversary of the Commencement Date", 30 calendar days'
#     leave, hours as nine a day including a break over six days, a non-compete under the
#     2021 Decree-Law, visa, medical and attested certificates as conditions.
letter(
    "ae-dubai-executive-chef-fixed-term-package", "docx", datetime(2027, 8, 2, 11, 0),
    "Employment Offer - Rohan Fernandes-Mirza", "Qasr Al Nakheel Hotels Management L.L.C.",
    blocks=[
        ("head", "Qasr Al Nakheel Hotels Management L.L.C.", "Office 2104, Jumeirah Bay Tower X2, Jumeirah Lake Towers, P.O. Box 336187, Dubai, United Arab Emirates"),
        ("lines", ["Date: 2 August 2027", "Ref: QAN/HR/OFF/0419", "", "Mr. Rohan Fernandes-Mirza", "Panaji, Goa, India"]),
        ("title", "EMPLOYMENT OFFER"),
        ("para", P("""
            Qasr Al Nakheel Hotels Management L.L.C. (the "Company") is pleased to offer you employment on the
            following terms, which will be reflected in your Ministry of Human Resources and Emiratisation
            (MOHRE) employment contract.""")),
        ("table", [
            ["Position", "Executive Chef - Qasr Al Nakheel Marina Resort"],
            ["Place of work", "Dubai, United Arab Emirates"],
            ["Commencement Date", "1 September 2027, or the date you arrive in the UAE on your employment visa if later"],
            ["Basic salary", "AED 14,000 per month"],
            ["Housing allowance", "AED 5,000 per month"],
            ["Transport allowance", "AED 1,500 per month"],
            ["Total monthly package", "AED 20,500"],
            ["Probation", "Six (6) months"],
            ["Annual leave", "Thirty (30) calendar days per year of service"],
        ], False),
        ("heading", "Term of contract"),
        ("para", P("""
            Your contract is for a fixed term. It starts on the Commencement Date and expires on the second
            anniversary of the Commencement Date, unless the parties renew it by a new written agreement
            before then.""")),
        ("heading", "Working hours"),
        ("para", P("""
            Nine hours a day, including a one-hour break, six days a week, with one rest day a week on a day
            set by the roster. As a senior management employee you are not eligible for overtime payment.""")),
        ("heading", "Payment of salary"),
        ("para", "Salary is paid monthly in UAE Dirhams through the Wage Protection System, by the 5th of the following month."),
        ("heading", "Benefits"),
        ("bullets", [
            "Medical insurance for you, your spouse and up to two children under the Company's group policy",
            "Life insurance of 24 months' basic salary",
            "An annual economy return air ticket to Goa",
            "Joining ticket and up to seven nights' hotel accommodation on arrival",
            "Duty meals in the staff restaurant",
            "End-of-service gratuity as provided by the UAE Labour Law",
        ]),
        ("heading", "Termination and notice"),
        ("para", P("""
            During probation, the Company may end your employment on 14 days' written notice, and you must
            give 30 days' written notice if you resign to join another employer in the UAE. After probation
            either party may terminate the contract before its expiry by giving the other not less than
            sixty (60) days' written notice.""")),
        ("heading", "Confidentiality and competition"),
        ("para", P("""
            You will keep confidential all recipes, menus, supplier terms, guest data and other information
            of the Company and its hotels, during and after your employment. For a period of twelve (12)
            months after your employment ends you shall not work for a hotel or restaurant company that
            competes with the Company's business in the Emirate of Dubai.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is subject to the issue of your employment visa and work permit, your passing the UAE
            medical fitness test, a police clearance certificate from your country of residence, and the
            attestation of your culinary diploma by the UAE embassy.""")),
        ("heading", "Law"),
        ("para", P("""
            Your employment is governed by Federal Decree-Law No. 33 of 2021 on the Regulation of Labour
            Relations and the other laws of the United Arab Emirates as applied in the Emirate of Dubai.""")),
        ("para", P("""
            This offer is valid for ten (10) days from the date of issue. Please sign below to accept.""")),
        ("lines", ["For Qasr Al Nakheel Hotels Management L.L.C.", "", "Farida Al Mansoori-Keane",
                   "Director of Talent & Culture", "", "Accepted: ______________________  Date: ___________"]),
    ],
)


# 11. Netherlands, robotics company, in English: PDF, DejaVu Sans, A4, about 2.5 pages.
#     Traps: "EUR 5,420 gross per month" in a pay article that never says salary, a holiday
#     allowance of 8%, a definite period of twelve months (end date derived), a one-month
#     probation, employer's notice only "statutory", overtime compensated in time only, a
#     non-competition and a relationship clause with written reasons, VOG.
letter(
    "nl-amsterdam-controls-engineer-definite-period", "pdf", datetime(2027, 5, 3, 12, 0),
    "Employment contract - Tiago Brandão Sørensen", "Kanaalzicht Robotics B.V.",
    footer="Kanaalzicht Robotics B.V. - employment contract",
    blocks=[
        ("head", "Kanaalzicht Robotics B.V.", "Radarweg 29-H, 1043 NX Amsterdam · KvK 81234567"),
        ("title", "EMPLOYMENT CONTRACT FOR A DEFINITE PERIOD"),
        ("para", P("""
            The undersigned: Kanaalzicht Robotics B.V., having its registered office in Amsterdam,
            represented by its managing director Mr. J.W. Roodbeen (the "Employer"); and Mr. Tiago Brandão
            Sørensen, born 14 February 1991, residing in Haarlem (the "Employee"), agree as follows.""")),
        ("heading", "Article 1 - Position"),
        ("para", P("""
            The Employee enters the Employer's service in the position of Senior Controls Engineer in the
            Motion Systems department. The Employee's place of work is the Employer's office in Amsterdam.
            The Employee may work from home up to two days a week, in consultation with his manager.""")),
        ("heading", "Article 2 - Duration"),
        ("para", P("""
            This contract is entered into for a definite period of twelve months, starting on 1 June 2027.
            It ends by operation of law at the end of that period, without notice being required. The
            Employer will tell the Employee in writing, at least one month before the end of the period,
            whether it wishes to continue the employment.""")),
        ("heading", "Article 3 - Probation"),
        ("para", "There is a probationary period of one month. During it, either party may end the contract with immediate effect."),
        ("heading", "Article 4 - Interim termination"),
        ("para", P("""
            Each party may terminate this contract before the end of the definite period. The Employee must
            observe a notice period of one month; the Employer must observe the statutory notice period.
            Notice is given in writing to the end of a calendar month.""")),
        ("heading", "Article 5 - Working hours"),
        ("para", P("""
            The working week is 40 hours, Monday to Friday. Overtime is compensated with time off in lieu
            only; it is not paid.""")),
        ("heading", "Article 6 - Pay"),
        ("para", P("""
            The Employee receives EUR 5,420 gross per month, based on a full-time working week, paid before
            the 25th of each month into the Employee's bank account. In May of each year the Employee
            receives a holiday allowance of 8% of the gross pay earned in the preceding twelve months.""")),
        ("para", P("""
            The Employee is eligible for the Employer's variable bonus scheme, with a maximum bonus of 10% of
            annual gross pay (excluding holiday allowance), depending on the targets agreed each
            year.""")),
        ("heading", "Article 7 - Holidays"),
        ("para", "The Employee is entitled to 25 vacation days a year on a full-time basis, in addition to the public holidays."),
        ("heading", "Article 8 - Pension and travel"),
        ("para", P("""
            The Employee will participate in the Employer's pension scheme, administered by Zuiderzee
            Pensioen N.V.; the Employer pays two-thirds of the premium. The Employer reimburses commuting by
            public transport in full, or EUR 0.23 per kilometre for other means of transport.""")),
        ("heading", "Article 9 - Confidentiality and intellectual property"),
        ("para", P("""
            The Employee shall keep secret, during and after the employment, everything he learns about the
            Employer's business that he knows or should understand to be confidential. All intellectual
            property rights in the results of the Employee's work belong to the Employer; to the extent
            necessary the Employee assigns them to the Employer now.""")),
        ("heading", "Article 10 - Non-competition and relationship clause"),
        ("para", P("""
            Because the Employee will have access to the Employer's motion-control source code and its
            customers' production plans, which a competitor could use directly, the Employer considers a
            non-competition clause necessary despite the definite duration of this contract. For a period of
            twelve months after the end of the employment, the Employee shall not be employed by or work for
            any business in the Netherlands that develops motion-control systems for industrial robots. For
            the same period the Employee shall not work for or approach any customer of the Employer with whom
            he had contact in the last year of the employment.""")),
        ("heading", "Article 11 - Conditions"),
        ("para", P("""
            This contract is entered into on condition that the Employee submits a Certificate of Conduct
            (VOG) before the start date and holds a residence permit that allows him to work for the Employer
            as a highly skilled migrant.""")),
        ("heading", "Article 12 - Applicable law"),
        ("para", "This contract is governed by Dutch law."),
        ("para", P("""
            Please return this contract, signed, by 14 May 2027. Agreed and signed in duplicate in Amsterdam
            on 3 May 2027.""")),
        ("lines", ["Kanaalzicht Robotics B.V.", "J.W. Roodbeen, managing director", "", "", "T. Brandão Sørensen"]),
    ],
)


# 12. Australia (Western Australia), listed lithium miner: PDF, DejaVu Serif, A4, about 5
#     pages, an executive services agreement.
#     Traps: a "Remuneration" clause with a table (Base Salary, superannuation, Total Fixed
#     Remuneration), "Base Salary" as a defined term, an STI "up to 40%", unlisted options with
#     vesting in tranches in the sentences after the grant, a cascading restraint (12/9/6/3
#     months), notice 3 months from the Executive and 6 months from the Company, relocation
#     assistance with pro-rata repayment, no overtime, a malus clause that is not clawback.
letter(
    "au-wa-perth-cfo-executive-services-agreement", "pdf", datetime(2027, 7, 5, 9, 0),
    "Executive Services Agreement - Catriona Vanstone-Achterberg", "Murchison Lithium Resources Limited",
    font="DejaVuSerif", size=9.5, footer="Executive Services Agreement - Murchison Lithium Resources Limited",
    blocks=[
        ("head", "Murchison Lithium Resources Limited", "ACN 612 448 905 · Level 12, 1205 Hay Street, West Perth WA 6005"),
        ("lines", ["5 July 2027", "", "Private and confidential", "Ms Catriona Vanstone-Achterberg",
                   "31 Jacaranda Crescent", "Bulimba QLD 4171"]),
        ("para", "Dear Catriona,"),
        ("para", P("""
            On behalf of the Board, I am pleased to enclose the Executive Services Agreement for your
            appointment as Chief Financial Officer. The key terms are summarised in Schedule 1. This offer
            lapses if the signed Agreement is not returned to me by 5:00 pm (AWST) on 16 July 2027.""")),
        ("lines", ["Yours sincerely,", "", "Graeme Tuhiwai-Booth", "Chair, Remuneration and Nomination Committee"]),
        ("pagebreak",),
        ("title", "EXECUTIVE SERVICES AGREEMENT"),
        ("para", P("""
            Parties: Murchison Lithium Resources Limited ACN 612 448 905 (the "Company"); and Catriona
            Vanstone-Achterberg (the "Executive").""")),
        ("heading", "1. Definitions"),
        ("para", P("""
            In this Agreement: "Base Salary" means the amount shown as Base Salary in Schedule 1, as reviewed
            under clause 5.3; "Commencement Date" means the date shown in Schedule 1; "Group" means the
            Company and its subsidiaries; "Restraint Area" and "Restraint Period" have the meanings in clause
            13; and "TFR" means Total Fixed Remuneration.""")),
        ("heading", "2. Appointment and term"),
        ("para", P("""
            2.1 The Company appoints the Executive as Chief Financial Officer from the Commencement Date. 2.2
            The appointment continues until terminated under clause 11. There is no probationary
            period.""")),
        ("heading", "3. Duties"),
        ("para", P("""
            The Executive reports to the Managing Director, will serve on the boards of Group companies as
            reasonably required, and must devote the whole of her time, attention and skill during normal
            business hours, and at other times as reasonably necessary, to the business of the
            Group.""")),
        ("heading", "4. Place of work and hours"),
        ("para", P("""
            4.1 The Executive will be based at the Company's head office in Perth, Western Australia, and must
            travel to the Group's Mt Magnet operations and elsewhere as required. 4.2 The Executive's ordinary
            hours are 38 per week plus reasonable additional hours, which the parties agree are necessary for
            a role of this seniority. The Remuneration compensates the Executive for all hours worked and no
            overtime or penalty rates are payable.""")),
        ("heading", "5. Remuneration"),
        ("para", P("""
            5.1 The Company will pay the Executive the Total Fixed Remuneration set out below, inclusive of
            superannuation contributions:""")),
        ("table", [
            ["Component", "Amount per annum (AUD)"],
            ["Base Salary", "$398,000"],
            ["Superannuation (12% of Base Salary, limited to the maximum superannuation contribution base)", "$30,000"],
            ["Total Fixed Remuneration", "$428,000"],
        ], True),
        ("para", P("""
            5.2 Base Salary is paid monthly in arrears by equal instalments into an account nominated by the
            Executive. 5.3 The Board will review the TFR annually, with the first review in July 2028. The
            review does not oblige the Board to increase it.""")),
        ("heading", "6. Short-term incentive"),
        ("para", P("""
            6.1 The Executive may participate in the Company's short-term incentive plan, with an opportunity
            of up to 40% of Base Salary in respect of each financial year, payable in cash and measured against
            key performance indicators set by the Board. For the financial year ending 30 June 2028 the award
            will be pro-rated from the Commencement Date. 6.2 Any award is subject to the Company's Malus and
            Clawback Policy, under which the Board may reduce or recover an award where it was paid on the basis
            of misstated financial results or where the Executive has engaged in serious misconduct.""")),
        ("heading", "7. Long-term incentive"),
        ("para", P("""
            7.1 Subject to shareholder approval to the extent required by the ASX Listing Rules, the Company
            will issue to the Executive 1,200,000 unlisted options over fully paid ordinary shares, under the
            Company's Employee Securities Incentive Plan, each exercisable at $0.85 and expiring four years
            after issue. 7.2 The options vest in three equal tranches of 400,000 on the first, second and third
            anniversaries of the Commencement Date, provided the Executive remains employed on the vesting
            date. 7.3 Unvested options lapse on cessation of employment unless the Board determines
            otherwise.""")),
        ("heading", "8. Relocation"),
        ("para", P("""
            8.1 The Company will reimburse reasonable costs of relocating the Executive and her family from
            Brisbane to Perth, including removal, temporary accommodation for up to eight weeks and one
            house-hunting trip, up to a total of $25,000 (excluding GST). 8.2 If the Executive resigns within twelve
            months of the Commencement Date, she must repay a pro-rata portion of the amounts reimbursed, in
            proportion to the part of those twelve months not worked.""")),
        ("heading", "9. Leave"),
        ("para", P("""
            9.1 The Executive is entitled to four weeks' annual leave per year of service, and 10 days' paid
            personal/carer's leave per year, accruing in accordance with the National Employment Standards.
            9.2 Long service leave is in accordance with the Long Service Leave Act 1958 (WA).""")),
        ("heading", "10. Other benefits"),
        ("para", P("""
            10.1 The Company will provide the Executive with a mobile telephone and laptop, will include her
            in its directors' and officers' liability insurance, will enter into a deed of access, indemnity and
            insurance with her,
            and will provide income protection insurance on the terms of the Company's group policy. 10.2 The
            Company will pay the Executive's annual CPA Australia membership fees.""")),
        ("heading", "11. Termination"),
        ("para", P("""
            11.1 The Executive may terminate this Agreement by giving the Company three (3) months' written
            notice. 11.2 The Company may terminate this Agreement at any time without cause by giving the
            Executive six (6) months' written notice, or by paying TFR in lieu of all or part of that notice.
            11.3 The Company may terminate this Agreement immediately, without notice or payment in lieu, if
            the Executive commits serious misconduct, becomes bankrupt, or is disqualified from managing
            corporations. 11.4 Any termination payment is subject to the limits in Part 2D.2 of the
            Corporations Act 2001 (Cth).""")),
        ("heading", "12. Confidential information and intellectual property"),
        ("para", P("""
            12.1 The Executive must keep confidential, during and after her employment, all confidential
            information of the Group, including information about resources, reserves, offtake negotiations
            and financing, and must comply with the Company's Securities Trading Policy. 12.2 All intellectual
            property created by the Executive in the course of her employment vests in the Company on
            creation.""")),
        ("heading", "13. Restraint"),
        ("para", P("""
            13.1 In this clause, "Restraint Period" means the period starting on the termination date and
            ending: (a) 12 months after it; or, if that period is held unenforceable, (b) 9 months after it;
            or, if that period is held unenforceable, (c) 6 months after it; or, if that period is held
            unenforceable, (d) 3 months after it. "Restraint Area" means Western Australia; or, if that is
            held unenforceable, the Perth metropolitan area.""")),
        ("para", P("""
            13.2 During the Restraint Period the Executive must not, in the Restraint Area, be engaged or
            interested in any business that explores for, mines or processes lithium in competition with the
            Group. 13.3 During the Restraint Period the Executive must not solicit, canvass or entice away any
            employee, customer, offtake partner or financier of the Group with whom she dealt in the last
            twelve months of her employment.""")),
        ("para", P("""
            13.4 The Executive acknowledges that each restraint is reasonable and that the Remuneration
            includes adequate consideration for it.""")),
        ("heading", "14. Conditions precedent"),
        ("para", P("""
            The Executive's appointment is conditional on the Company receiving a satisfactory national police
            certificate, confirmation that the Executive is not disqualified from managing corporations or an
            undischarged bankrupt, and two references satisfactory to the Board.""")),
        ("heading", "15. Governing law"),
        ("para", P("""
            This Agreement is governed by the laws of Western Australia. Each party submits to the
            non-exclusive jurisdiction of the courts of that State.""")),
        ("heading", "SCHEDULE 1 - KEY TERMS"),
        ("table", [
            ["Item", "Detail"],
            ["Executive", "Catriona Vanstone-Achterberg"],
            ["Position", "Chief Financial Officer"],
            ["Commencement Date", "2 August 2027"],
            ["Base Salary", "$398,000 per annum (plus superannuation)"],
            ["Total Fixed Remuneration", "$428,000 per annum"],
            ["Short-term incentive", "Up to 40% of Base Salary"],
            ["Long-term incentive", "1,200,000 unlisted options, exercise price $0.85, vesting in three annual tranches"],
            ["Notice", "Executive: 3 months. Company: 6 months"],
            ["Restraint", "Up to 12 months (cascading), Western Australia"],
        ], True),
        ("lines", ["Executed as an agreement.", "",
                   "Signed for Murchison Lithium Resources Limited by: ____________________ (Director)   ____________________ (Director/Secretary)",
                   "", "Signed by Catriona Vanstone-Achterberg: ____________________   Date: ____________"]),
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
