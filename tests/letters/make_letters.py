#!/usr/bin/env python3
"""Build the team-written test letters under tests/letters/<id>/<id>.<ext> from the texts here.

Dev-only tool (it needs fpdf2 and python-docx, and the DejaVu fonts for the PDFs that
print ₹, ₱, € or S$ text); the generated files are committed, and the tests read only
those files and the hand-written gold.yaml beside each one.

    python tests/letters/make_letters.py             # rewrite every letter
    python tests/letters/make_letters.py ID ...      # rewrite only these
    python tests/letters/make_letters.py --check     # rebuild in memory: fail if a committed
                                                     # file differs or a gold quote is missing

Every company, person, address and figure below is invented; the wording is the
team's own. The letters vary on purpose (jurisdiction, length, layout, and traps such
as a worked example, a previous employer's non-compete, "holidays" meaning public
holidays, day-first and month-first dates), so that the score on them says something
about letters the rules were not tuned on.

Output is byte-for-byte reproducible: PDF metadata dates are fixed to each letter's
date, the producer string does not carry the fpdf2 version, DOCX core properties are
fixed and every zip entry carries the same timestamp.
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
    pdf.set_producer("offercheck tests/letters/make_letters.py")
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


# 1. US (Ohio), hourly non-exempt warehouse job: PDF, core Helvetica, US Letter, about 1.5 pages.
#    Traps: "within 5 business days of the date of this letter", month-first numeric start date,
#    six paid holidays beside the PTO, a shift differential beside the rate, a 401(k) match
#    written as 50% of the first 6%, weekly hours only as shift times.
letter(
    "us-oh-fulfillment-associate-hourly", "pdf", datetime(2025, 5, 27, 9, 0),
    "Conditional Offer of Employment - Marcus Delgado-Reyes", "Cornfield & Pike Distribution Co.",
    font="Helvetica", size=10, paper="Letter",
    footer="Cornfield & Pike Distribution Co.  |  Groveport DC Human Resources",
    blocks=[
        ("head", "CORNFIELD & PIKE DISTRIBUTION CO.", "2250 Industrial Loop  |  Groveport, Ohio 43125  |  (614) 555-0187"),
        ("lines", ["May 27, 2025", "", "Marcus Delgado-Reyes", "418 Linden Avenue, Apt. 2B", "Columbus, OH 43205"]),
        ("para", "Dear Marcus:"),
        ("para", P("""
            Thank you for interviewing with us last week. Cornfield & Pike Distribution Co. (the
            "Company") is happy to extend to you this conditional offer of employment as a
            Fulfillment Associate II. The main points of our offer are below; please read them
            carefully and call me with any questions.""")),
        ("para", P("""
            **Where you will work.** You will work at our distribution center at 2250 Industrial
            Loop, Groveport, Ohio. This is an on-site role; the work cannot be done remotely.""")),
        ("para", P("""
            **Schedule.** Your regular shift is Monday through Friday, 6:00 a.m. to 2:30 p.m., with
            an unpaid thirty-minute meal break. During peak season (October through December) you
            may be scheduled for additional shifts with at least one week's notice.""")),
        ("para", P("""
            **Pay.** Your starting rate is $19.75 per hour. This position is classified as
            non-exempt under the Fair Labor Standards Act, so you will be paid time and one-half
            your regular rate for all hours worked over 40 in a workweek. If you later move to
            second shift, a shift differential of $1.25 per hour is added to your rate. Associates
            are paid every Friday for the workweek that ended the previous Saturday, by direct
            deposit or pay card.""")),
        ("para", P("""
            **First day.** Your first day will be 06/09/2025, starting with new-hire orientation
            at 6:00 a.m. in the training room by the north entrance. Please wear closed-toe shoes;
            we will issue your safety vest and scanner.""")),
        ("para", P("""
            **Paid time off and holidays.** After you complete 90 days of employment you will begin
            to accrue paid time off, up to 80 hours (ten days) in your first year. In addition, the
            Company observes six paid holidays each year: New Year's Day, Memorial Day,
            Independence Day, Labor Day, Thanksgiving Day and Christmas Day.""")),
        ("para", P("""
            **Benefits.** You will be eligible for medical, dental and vision coverage on the first
            day of the month following 60 days of employment. You may also join the Cornfield &
            Pike 401(k) Savings Plan; the Company matches 50% of the first 6% of pay that you
            contribute.""")),
        ("para", P("""
            **At-will employment.** Your employment with the Company is at will. This means that
            either you or the Company may end the employment relationship at any time, with or
            without cause or notice. Nothing in this letter is a promise of employment for any
            particular length of time.""")),
        ("para", P("""
            **Conditions of this offer.** This offer depends on (1) a negative result on a
            pre-employment drug screen, (2) a satisfactory background check, including a criminal
            history search, and (3) your providing, on your first day, documents that establish
            your identity and eligibility to work in the United States, as required by Form I-9.""")),
        ("para", P("""
            To accept, please sign below and return this letter to me within 5 business days of the
            date of this letter. We look forward to having you on the team.""")),
        ("lines", ["Sincerely,", "", "Denise Okonkwo-Hart", "Site Human Resources Manager",
                   "Cornfield & Pike Distribution Co."]),
        ("heading", "Acceptance"),
        ("para", "I accept this offer of employment on the terms described above."),
        ("lines", ["Signature: ______________________________", "Name: Marcus Delgado-Reyes",
                   "Date: ___________________"]),
    ],
)

# 2. US (California), executive offer: PDF, DejaVu Sans, US Letter, about 4 pages with an exhibit.
#    Traps: sign-on bonus and relocation beside the salary, a worked bonus example, an option
#    grant plus later RSU refreshes, a previous employer's non-compete (not this employer's),
#    US severance (not notice), sick days beside unlimited PTO.
letter(
    "us-ca-vp-engineering-executive-offer", "pdf", datetime(2025, 2, 24, 10, 0),
    "Offer of Employment - Helena Oduya", "Quillfeather Robotics, Inc.",
    font="DejaVuSans", size=9.5, paper="Letter",
    footer="Quillfeather Robotics, Inc.  |  Confidential",
    blocks=[
        ("head", "QUILLFEATHER ROBOTICS", "1 Harbor Lights Way, San Mateo, CA 94401  ·  quillfeather.example"),
        ("lines", ["February 24, 2025", "", "PERSONAL AND CONFIDENTIAL", "Helena Oduya",
                   "2931 Ash Hollow Court", "Denver, CO 80210"]),
        ("heading", "Re: Offer of Employment — Vice President, Engineering"),
        ("para", "Dear Helena,"),
        ("para", P("""
            It is my pleasure to offer you employment with Quillfeather Robotics, Inc., a Delaware
            corporation (the “Company”), on the terms set out in this letter. The board and I were
            impressed by your record of building hardware and software teams that ship, and we are
            excited about what you will do here.""")),
        ("para", P("""
            **1. Position.** You will serve as Vice President, Engineering, reporting to me as Chief
            Executive Officer. This is a full-time, exempt position, and you will not be eligible
            for overtime pay. While employed, you agree to devote your full business time and
            attention to the Company, although you may serve on one outside advisory board with my
            prior written approval.""")),
        ("para", P("""
            **2. Start Date.** Your employment will begin on April 21, 2025 (the “Start Date”), or on
            another date that you and I agree in writing.""")),
        ("para", P("""
            **3. Work Location.** Your principal place of work will be our headquarters in San Mateo,
            California. Our leadership team works from the office Tuesday through Thursday and may
            work remotely on Mondays and Fridays.""")),
        ("para", P("""
            **4. Base Salary.** The Company will pay you a base salary at the annual rate of $285,000,
            payable in semi-monthly installments on the 15th and the last day of each month, less
            required withholdings and deductions. Your salary will be reviewed annually by the
            Compensation Committee.""")),
        ("para", P("""
            **5. Sign-On Bonus.** The Company will pay you a one-time sign-on bonus of $50,000, less
            withholdings, with the first regular payroll after your Start Date. If you resign without
            Good Reason, or the Company terminates your employment for Cause, within twelve (12)
            months after your Start Date, you agree to repay the full gross amount of the sign-on
            bonus within thirty days after your last day of employment.""")),
        ("para", P("""
            **6. Relocation.** To help you move from Denver to the Bay Area, the Company will
            reimburse your documented moving and temporary housing expenses up to a total of
            $35,000, provided the move is completed by September 30, 2025. Reimbursements will be
            grossed up for income taxes where they are taxable to you.""")),
        ("para", P("""
            **7. Annual Bonus.** Beginning with fiscal year 2025, you will be eligible for an annual
            performance bonus with a target of 35% of your base salary, based on Company and
            individual goals set by the Compensation Committee. Your 2025 bonus will be prorated for
            the part of the year you are employed. By way of illustration only: if the plan were
            funded at 120% of target for a full year, your bonus would be $119,700 (35% × $285,000 ×
            120%). You must be employed on the payment date to earn any bonus.""")),
        ("para", P("""
            **8. Stock Option.** Subject to approval by the Company’s Board of Directors, you will be
            granted an option to purchase 160,000 shares of the Company’s common stock at an
            exercise price equal to the fair market value of a share on the grant date. The option
            will vest over four years: 25% of the shares will vest on the first anniversary of the
            Start Date, and the remaining shares will vest in 36 equal monthly installments after
            that, in each case subject to your continued service. Beginning in 2026 you will also be
            eligible for annual refresh awards of restricted stock units under the Company’s equity
            program, in amounts set by the Board.""")),
        ("para", P("""
            **9. Benefits.** You will be eligible to participate in the Company’s employee benefit
            plans on the same terms as other senior employees, currently including medical, dental
            and vision insurance, basic life and AD&D insurance, short- and long-term disability
            insurance, and the Company’s 401(k) plan. The Company also provides 16 weeks of paid
            parental leave.""")),
        ("para", P("""
            **10. Time Off.** As a senior leader you will be eligible for unlimited paid time off
            under the Company’s Flexible Time Off policy, to be scheduled with the CEO. In addition,
            you will receive 40 hours (five days) of paid sick leave each year. The Company also
            observes eleven paid holidays.""")),
        ("para", P("""
            **11. Severance.** If the Company terminates your employment without Cause, or you resign
            for Good Reason, and you sign and do not revoke a general release of claims, the Company
            will continue to pay your base salary for six (6) months after your termination date and
            will pay your COBRA premiums for the same period. “Cause” and “Good Reason” are defined in
            Exhibit B.""")),
        ("para", P("""
            **12. At-Will Employment.** Your employment with the Company is “at will”: either you or
            the Company may end it at any time, for any reason, with or without cause or advance
            notice. The at-will nature of your employment can be changed only in a written agreement
            signed by you and the CEO.""")),
        ("para", P("""
            **13. Confidential Information and Inventions.** As a condition of employment, you must
            sign the Company’s Employee Confidential Information and Inventions Assignment Agreement
            (the “CIIAA”). Among other things, the CIIAA prohibits the unauthorized use or disclosure
            of the Company’s confidential information, assigns to the Company the inventions you
            create in the course of your employment, and prohibits you from soliciting Company
            employees to leave the Company for twelve (12) months after your employment ends.""")),
        ("para", P("""
            **14. Prior Obligations.** You have told us that you remain bound by a twelve-month
            non-competition covenant in favor of your former employer, Saltmarsh Dynamics LLC, and by
            its confidentiality terms. We do not want you to bring any confidential information of
            Saltmarsh Dynamics or any other former employer to the Company, and you represent that
            your work here will not breach any agreement you have with a former employer.""")),
        ("para", P("""
            **15. Arbitration.** You and the Company agree to resolve any dispute arising out of your
            employment or its termination by final and binding arbitration before a single
            arbitrator under the enclosed Mutual Arbitration Agreement, which you must sign with
            this letter.""")),
        ("para", P("""
            **16. Conditions.** This offer is contingent on the satisfactory completion of a
            background and reference check, and on your providing proof of your identity and
            authorization to work in the United States within three business days after your Start
            Date.""")),
        ("para", P("""
            **17. Governing Law.** This letter is governed by the laws of the State of California,
            without regard to its conflict-of-law rules.""")),
        ("para", P("""
            **18. Acceptance.** This offer will remain open until 5:00 p.m. Pacific Time on Friday,
            March 7, 2025. To accept, please sign and date this letter, the CIIAA and the Mutual
            Arbitration Agreement and return them to me.""")),
        ("lines", ["Very truly yours,", "", "Tomasz Rydell", "Chief Executive Officer",
                   "Quillfeather Robotics, Inc."]),
        ("heading", "ACCEPTED AND AGREED:"),
        ("lines", ["______________________________", "Helena Oduya", "Date: _______________"]),
        ("pagebreak",),
        ("title", "Exhibit A — Summary of Compensation"),
        ("table", [
            ["Item", "Amount"],
            ["Base salary", "$285,000 per year, paid semi-monthly"],
            ["Target annual bonus", "35% of base salary"],
            ["Sign-on bonus", "$50,000 (repayable if you leave within 12 months)"],
            ["Relocation", "Up to $35,000 of documented expenses"],
            ["Stock option", "160,000 shares; 4-year vesting, 1-year cliff"],
            ["Severance (without Cause)", "6 months of base salary plus COBRA premiums"],
        ], True),
        ("title", "Exhibit B — Definitions"),
        ("para", P("""
            “Cause” means your (a) conviction of, or plea of no contest to, a felony; (b) willful
            misconduct that materially harms the Company; (c) material breach of the CIIAA that you
            do not cure within 30 days after written notice; or (d) willful refusal to perform your
            lawful duties after written notice and a reasonable opportunity to cure.""")),
        ("para", P("""
            “Good Reason” means, without your written consent, (a) a material reduction in your base
            salary; (b) a material reduction in your duties or authority; or (c) a relocation of your
            principal place of work by more than 35 miles, in each case if you give written notice
            within 60 days, the Company fails to cure within 30 days, and you resign within 30 days
            after the cure period ends.""")),
    ],
)

# 3. UK (England), written statement of employment particulars: DOCX, numbered clauses, curly
#    apostrophes, about 3 pages. Traps: holiday "including" public holidays (28 - 8), notice
#    during probation vs after it, day-first dates, shift times beside the weekly total.
letter(
    "uk-statement-of-particulars-production-planner", "docx", datetime(2025, 7, 14, 9, 0),
    "Written Statement of Employment Particulars - Siobhan Achterberg", "Harrowgate Print & Pack Ltd",
    blocks=[
        ("head", "Harrowgate Print & Pack Ltd",
         "Unit 6, Kirkstall Forge Works, Leeds LS5 3BT  ·  Registered in England and Wales No. 08817264"),
        ("title", "Written Statement of Employment Particulars"),
        ("para", P("""
            This statement is given to you under section 1 of the Employment Rights Act 1996. It sets
            out the main terms on which you are employed and, together with the Employee Handbook,
            forms your contract of employment. Issued on 14 July 2025.""")),
        ("table", [
            ["Employer", "Harrowgate Print & Pack Ltd, Unit 6, Kirkstall Forge Works, Leeds LS5 3BT"],
            ["Employee", "Siobhan Achterberg, 22 Brudenell Grove, Leeds LS6 1HR"],
            ["Job title", "Production Planner"],
        ], False),
        ("heading", "1. Start of employment"),
        ("para", P("""
            1.1 Your employment starts on 1 September 2025. No employment with a previous employer
            counts as part of your period of continuous employment.""")),
        ("para", P("""
            1.2 Your employment is conditional on your providing, before your start date, evidence of
            your right to work in the United Kingdom. We will check the original documents on your
            first day.""")),
        ("heading", "2. Job title and duties"),
        ("para", P("""
            2.1 You are employed as a Production Planner, reporting to the Operations Manager. Your
            main duties are described in the attached job description, which we may update from time
            to time after discussing it with you.""")),
        ("heading", "3. Place of work"),
        ("para", P("""
            3.1 Your normal place of work is our factory at Kirkstall Forge Works, Leeds. You may be
            asked to work at our Wakefield site for short periods. You will not be required to work
            outside the UK.""")),
        ("heading", "4. Nature of employment and probation"),
        ("para", P("""
            4.1 Your employment is permanent, subject to the notice provisions in clause 12.""")),
        ("para", P("""
            4.2 The first six months of your employment are a probationary period, during which your
            performance and conduct will be reviewed. We may extend the probationary period by up to
            three months if we need more time to assess your suitability.""")),
        ("heading", "5. Pay"),
        ("para", P("""
            5.1 Your salary is £38,750 a year, which accrues from day to day and is paid in equal
            monthly instalments in arrears on or about the 28th of each month by bank transfer.""")),
        ("para", P("""
            5.2 Your salary is reviewed each April. Any increase is at the Company’s discretion.""")),
        ("heading", "6. Hours of work"),
        ("para", P("""
            6.1 Your normal working hours are 8:30 am to 5:00 pm, Monday to Friday, with an unpaid
            lunch break of one hour, making 37.5 hours a week.""")),
        ("para", P("""
            6.2 You may be asked to work additional hours when the production schedule requires it.
            Overtime is paid at 1.25 times your normal hourly rate when it has been authorised in
            advance by your manager.""")),
        ("heading", "7. Holidays"),
        ("para", P("""
            7.1 The holiday year runs from 1 January to 31 December. You are entitled to 28 days’
            paid holiday in each holiday year, which includes the eight public holidays normally
            observed in England. In the holiday year in which your employment starts or ends, your
            entitlement is calculated pro rata.""")),
        ("para", P("""
            7.2 The factory closes between Christmas and New Year, and you must keep three days of
            your entitlement for that closure.""")),
        ("heading", "8. Sickness absence"),
        ("para", P("""
            8.1 If you are absent because of sickness you must tell your manager by 9:00 am on the
            first day of absence. You are entitled to Statutory Sick Pay if you qualify for it.""")),
        ("para", P("""
            8.2 Once you have completed your probationary period you will also receive company sick
            pay at your full salary (inclusive of Statutory Sick Pay) for up to 10 working days in
            any rolling period of 12 months.""")),
        ("heading", "9. Pension and other benefits"),
        ("para", P("""
            9.1 You will be automatically enrolled into the Company’s workplace pension scheme, run by
            NEST, if you meet the eligibility criteria. The Company contributes 4% of your qualifying
            earnings and you contribute 4%.""")),
        ("para", P("""
            9.2 From your start date you are covered by the Company’s life assurance scheme, which
            pays four times your annual salary if you die in service.""")),
        ("heading", "10. Training"),
        ("para", P("""
            10.1 You must complete the Company’s manual handling and fire safety training in your
            first month. The Company pays for this training. There is no other compulsory
            training.""")),
        ("heading", "11. Confidentiality"),
        ("para", P("""
            11.1 You must not, during your employment or at any time after it ends, use or disclose
            any confidential information about the Company, its customers or its suppliers, except
            in the proper performance of your duties or where the law requires it.""")),
        ("heading", "12. Ending your employment"),
        ("para", P("""
            12.1 During your probationary period either you or the Company may end your employment by
            giving one week’s written notice.""")),
        ("para", P("""
            12.2 After you have completed your probationary period, you must give the Company one
            month’s written notice to end your employment. The Company will give you one month’s
            written notice, or, once you have five or more complete years of service, one week’s
            notice for each complete year of service, up to a maximum of twelve weeks.""")),
        ("para", P("""
            12.3 The Company may pay you your basic salary in lieu of all or part of your notice
            period.""")),
        ("heading", "13. After your employment ends"),
        ("para", P("""
            13.1 For six months after your employment ends you must not, in competition with the
            Company, solicit or deal with any customer of the Company with whom you had dealings in
            the last twelve months of your employment.""")),
        ("heading", "14. Disciplinary and grievance procedures"),
        ("para", P("""
            14.1 The disciplinary and grievance procedures are set out in the Employee Handbook; they
            do not form part of your contract. If you have a grievance, raise it first with the
            Operations Manager.""")),
        ("heading", "15. Collective agreements"),
        ("para", "15.1 No collective agreements affect your terms and conditions of employment."),
        ("heading", "16. Governing law"),
        ("para", "16.1 This statement is governed by the law of England and Wales."),
        ("table", [
            ["Signed for Harrowgate Print & Pack Ltd", "Signed by the Employee"],
            ["Gareth Lindqvist, Operations Director", "Siobhan Achterberg"],
            ["Date: 14 July 2025", "Date:"],
        ], False),
    ],
)

# 4. UK (England), fixed-term hourly seasonal contract: plain text, about 1 page.
#    Traps: a worked holiday-accrual example in hours, a trial period with its own notice,
#    dd/mm/yyyy dates, part-time hours as shifts.
letter(
    "uk-fixed-term-seasonal-hourly", "txt", datetime(2025, 5, 12, 9, 0),
    "Fixed-term contract - Bartholomew Nkemelu", "Sulis Heritage Enterprises Ltd",
    blocks=[
        ("lines", ["SULIS HERITAGE ENTERPRISES LTD", "The Pump House, 4 Abbey Passage, Bath BA1 1LZ"]),
        ("title", "Fixed-Term Contract of Employment (Hourly Paid)"),
        ("lines", ["Date of issue: 12/05/2025", "Contract reference: SHE/SEAS/25/031"]),
        ("kv", [
            ("1. Employer", "Sulis Heritage Enterprises Ltd"),
            ("2. Employee", "Bartholomew Nkemelu"),
            ("3. Job title", "Seasonal Visitor Experience Assistant"),
            ("4. Place of work", "The Pump House Visitor Centre, Bath (you may be asked to cover at our shop in Wells)"),
            ("5. Start date", "02/06/2025"),
        ]),
        ("para", P("""
            6. Length of contract. This is a fixed-term contract covering the 2025 visitor season. It
            will end automatically on 28/09/2025 unless it is ended earlier under clause 12. No
            further notice of its ending will be given.""")),
        ("para", P("""
            7. Hours. This is a part-time role. You are contracted to work 24 hours a week, as three
            8-hour shifts on a rota published two weeks in advance. Shifts may fall on weekends and
            bank holidays.""")),
        ("para", P("""
            8. Pay. Your rate of pay is £12.85 per hour. You will be paid weekly in arrears, each
            Friday, by bank transfer, for the hours worked in the week ending on the previous
            Sunday.""")),
        ("para", P("""
            9. Holiday. Because your hours vary with the season, your paid holiday accrues at 12.07%
            of the hours you work. For example, if you work 24 hours in a week you will accrue 2.9
            hours of paid holiday. Holiday must be taken before the contract ends; any untaken
            holiday will be paid in your final pay.""")),
        ("para", P("""
            10. Sickness. Statutory Sick Pay is payable if you qualify for it. No other sick pay
            applies.""")),
        ("para", P("""
            11. Trial period. The first four weeks of this contract are a trial period. During the
            trial period either of us may end the contract by giving two days' notice.""")),
        ("para", P("""
            12. Notice. After the trial period, either of us may end this contract before its end
            date by giving one week's notice in writing.""")),
        ("para", P("""
            13. Conditions. This offer is subject to two satisfactory references. Before your first
            shift you must show us original documents proving your right to work in the UK.""")),
        ("para", "14. Law. This contract is governed by English law."),
        ("para", "Please sign both copies and return one to the Visitor Operations office by 23/05/2025."),
        ("lines", ["Signed for Sulis Heritage Enterprises Ltd: R. Penhaligon, Visitor Operations Manager",
                   "Date: 12/05/2025", "", "Signed by the employee: ____________________  Date: __________"]),
    ],
)

# 5. India (Maharashtra), letter of appointment with a CTC annexure: PDF, DejaVu Sans (₹), A4,
#    3 pages. Traps: lakh grouping and "lakh" notation, monthly columns that are a breakdown
#    (no pay schedule is stated), an annual incentive line in the CTC, leave buckets with sick
#    leave apart, notice during probation vs after confirmation, dd-mm-yyyy dates, "within 7
#    days from the date of this letter".
letter(
    "in-mh-appointment-letter-ctc-lakh", "pdf", datetime(2025, 6, 20, 10, 0),
    "Letter of Appointment - Aniruddha Kulkarni", "Sahyadri Ledgerworks Private Limited",
    font="DejaVuSans", size=9.5, footer="Sahyadri Ledgerworks Private Limited  |  CIN U72900PN2016PTC163204",
    blocks=[
        ("head", "SAHYADRI LEDGERWORKS PRIVATE LIMITED",
         "Sai Radiance, 4th Floor, Baner Road, Baner, Pune 411045, Maharashtra"),
        ("lines", ["Ref: SLW/HR/APT/2025/0418", "Date: 20-06-2025", "",
                   "Mr. Aniruddha Kulkarni", "Flat 7, Shree Ganesh Apartments", "Karve Nagar, Pune 411052"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Mr. Kulkarni,"),
        ("para", P("""
            With reference to your application and the subsequent discussions you had with us, we
            are pleased to appoint you as Senior Risk Analyst in Grade L4 of Sahyadri Ledgerworks
            Private Limited (hereinafter "the Company") at our Baner office, Pune, on the following
            terms and conditions.""")),
        ("para", P("""
            1. Date of joining: You are required to join duty on or before 15-07-2025. If you do not
            join by this date, this appointment will stand withdrawn unless the date is extended by
            the Company in writing.""")),
        ("para", P("""
            2. Remuneration: Your annual Cost to Company (CTC) will be ₹14,50,000 (Rupees Fourteen
            Lakh Fifty Thousand only), i.e. ₹14.50 lakh per annum. The break-up of your CTC is given
            in Annexure A. All payments are subject to deduction of income tax and other statutory
            deductions as applicable. Your remuneration is personal to you and must be kept strictly
            confidential.""")),
        ("para", P("""
            3. Probation and confirmation: You will be on probation for a period of six months from
            the date of joining. On successful completion of probation your services will be
            confirmed in writing. The Company may extend the probation if your performance is not
            found satisfactory.""")),
        ("para", P("""
            4. Working hours: The normal office hours are 9:30 a.m. to 6:30 p.m., Monday to Friday,
            including a lunch break of one hour. You may be required to work on Saturdays during the
            quarterly close.""")),
        ("para", P("""
            5. Leave: You will be entitled to 18 days of privilege leave and 7 days of casual leave in
            each calendar year, credited on a pro rata basis, and 8 days of sick leave. Holidays will
            be as per the list of declared holidays for the Pune office, issued every December.""")),
        ("para", P("""
            6. Notice period: During probation, either party may terminate this appointment by giving
            15 days' notice in writing. After confirmation, the notice period will be 60 days on
            either side, or basic salary in lieu thereof.""")),
        ("para", P("""
            7. Transfer: Your services are transferable to any office or associate company of the
            Company in India. On transfer you will be governed by the rules applicable at the new
            location.""")),
        ("para", P("""
            8. Confidentiality: You shall not, during your employment or thereafter, disclose to any
            person any information relating to the Company, its clients or their customers, which
            has come to your knowledge in the course of your work.""")),
        ("para", P("""
            9. Intellectual property: All work products, software, models, reports and documents
            created by you during your employment shall be the sole and exclusive property of the
            Company.""")),
        ("para", P("""
            10. Non-solicitation: For a period of twelve months after you leave the Company, you shall
            not directly or indirectly solicit or induce any employee of the Company to leave its
            employment.""")),
        ("para", P("""
            11. Verification and medical fitness: This appointment is subject to satisfactory
            verification of your educational qualifications, previous employment and residential
            address, and to your being declared medically fit by a doctor nominated by the Company.
            If any information furnished by you is found to be false, your services may be
            terminated without notice.""")),
        ("para", P("""
            12. Benefits: You will be covered under the Company's group medical insurance policy and
            group term life insurance, and you will be a member of the Employees' Provident Fund and
            the gratuity scheme as per law.""")),
        ("para", P("""
            13. Governing law: This letter shall be governed by the laws of India, and the courts at
            Pune shall have exclusive jurisdiction.""")),
        ("para", P("""
            Please sign and return the duplicate copy of this letter within 7 days from the date of
            this letter as a token of your acceptance. We welcome you to the Sahyadri Ledgerworks
            family and wish you a long and rewarding career with us.""")),
        ("lines", ["For Sahyadri Ledgerworks Private Limited", "", "Sd/-", "Meenakshi Deshpande",
                   "Head - Human Resources"]),
        ("para", P("""
            I have read and understood the terms of this letter of appointment and accept them.""")),
        ("lines", ["Signature: ____________________", "Name: Aniruddha Kulkarni", "Date: ____________"]),
        ("pagebreak",),
        ("title", "ANNEXURE A - SALARY STRUCTURE"),
        ("lines", ["Name: Aniruddha Kulkarni", "Designation: Senior Risk Analyst (Grade L4)",
                   "Location: Pune"]),
        ("table", [
            ["Component", "Monthly (₹)", "Annual (₹)"],
            ["Basic Salary", "48,000", "5,76,000"],
            ["House Rent Allowance", "24,000", "2,88,000"],
            ["Special Allowance", "35,740", "4,28,880"],
            ["Gross Salary (A)", "1,07,740", "12,92,880"],
            ["Employer's Contribution to PF", "5,760", "69,120"],
            ["Gratuity", "2,309", "27,708"],
            ["Group Medical and Term Insurance", "1,500", "18,000"],
            ["Retirals and Benefits (B)", "9,569", "1,14,828"],
            ["Performance Linked Incentive (C), annual, at target", "-", "42,292"],
            ["Total Cost to Company (A+B+C)", "1,20,833", "14,50,000"],
        ], True),
        ("para", P("""
            Notes: (1) The Performance Linked Incentive is paid once a year, after the annual
            appraisal, and the actual amount may range from 0% to 150% of the target shown above
            depending on individual and Company performance. (2) Gratuity is payable as per the
            Payment of Gratuity Act, 1972. (3) Take-home pay will depend on your tax
            declarations.""")),
    ],
)

# 6. India (Karnataka), startup offer letter with only in-hand pay: DOCX, "Label: value" list,
#    about 1 page. Traps: probation "3 to 6 months" (null), a joining bonus repayable within six
#    months, a sum insured beside the salary, ordinal day-first dates ("1st August 2025").
letter(
    "in-ka-offer-letter-in-hand-salary", "docx", datetime(2025, 7, 10, 11, 0),
    "Offer Letter - Sneha Ramachandran", "Tinkerbyte Labs Pvt. Ltd.",
    blocks=[
        ("head", "Tinkerbyte Labs Pvt. Ltd.",
         "No. 112, 27th Main Road, HSR Layout Sector 2, Bengaluru 560102  ·  careers@tinkerbyte.example"),
        ("lines", ["10th July 2025", "", "To,", "Sneha Ramachandran", "Bengaluru"]),
        ("title", "OFFER LETTER"),
        ("para", "Dear Sneha,"),
        ("para", P("""
            We are happy to offer you the role of Associate Software Engineer at Tinkerbyte Labs Pvt.
            Ltd. This is a full-time position. Here are the details of your offer:""")),
        ("kv", [
            ("Designation", "Associate Software Engineer"),
            ("Department", "Platform Engineering"),
            ("Reporting to", "Karthik Iyengar, Engineering Manager"),
            ("Work location", "HSR Layout, Bengaluru (work from office, five days a week)"),
            ("Date of joining", "1st August 2025"),
            ("Monthly in-hand salary", "Rs. 42,500/- (Rupees Forty-Two Thousand Five Hundred only), after statutory deductions"),
            ("Salary credit", "On or before the 7th of every month"),
            ("Joining bonus", "Rs. 30,000/- (one time), paid with your first salary"),
            ("Probation", "3 to 6 months, depending on your performance review"),
            ("Leave", "12 casual leaves and 6 sick leaves per calendar year, plus declared holidays"),
            ("Notice period", "15 days during probation; 30 days from either side after confirmation"),
        ]),
        ("para", P("""
            The joining bonus must be repaid in full if you resign, or your services are terminated
            for misconduct, within six months of your date of joining.""")),
        ("para", P("""
            You will be covered under our group health insurance policy for yourself, your spouse and
            up to two children, with a sum insured of Rs. 3,00,000 per year.""")),
        ("para", P("""
            This offer is conditional on successful verification of your documents and previous
            employment by our background verification partner. As a condition of this offer you must
            also sign our Non-Disclosure and IP Assignment Agreement on your first day.""")),
        ("para", P("""
            This offer is valid till 18th July 2025. Kindly reply to this email with a signed copy of
            this letter to confirm your acceptance.""")),
        ("lines", ["Warm regards,", "Deepa Nair", "People Operations, Tinkerbyte Labs Pvt. Ltd."]),
        ("lines", ["Accepted by: ____________________", "Sneha Ramachandran", "Date:"]),
    ],
)

# 7. Philippines (Makati), BPO job offer: DOCX with a compensation table and a CONFORME block,
#    about 2 pages. Traps: "bi-monthly" pay (semimonthly), monthly allowances and a monthly
#    incentive beside the basic salary, 13th month pay, statutory SSS/PhilHealth/Pag-IBIG,
#    a nine-hour shift that includes an unpaid hour.
letter(
    "ph-mm-job-offer-conforme-csr", "docx", datetime(2025, 5, 30, 14, 0),
    "Job Offer - Maria Katrina D. Villanueva", "Lumenbridge Contact Solutions, Inc.",
    blocks=[
        ("head", "LUMENBRIDGE CONTACT SOLUTIONS, INC.",
         "27/F Lumenbridge Tower, 6790 Ayala Avenue, Makati City 1226, Metro Manila"),
        ("lines", ["May 30, 2025", "", "MS. MARIA KATRINA D. VILLANUEVA", "Blk 4 Lot 11 Sampaguita St.",
                   "Brgy. Pinagsama, Taguig City"]),
        ("title", "JOB OFFER"),
        ("para", "Dear Ms. Villanueva:"),
        ("para", P("""
            Congratulations! We are pleased to offer you the position of Customer Service
            Representative for our Healthcare Account at Lumenbridge Contact Solutions, Inc. (the
            "Company"), subject to the terms below.""")),
        ("heading", "Compensation Package"),
        ("table", [
            ["Basic monthly salary", "₱26,000.00"],
            ["Rice subsidy", "₱2,000.00 per month"],
            ["Transportation allowance", "₱1,500.00 per month"],
            ["Performance incentive", "Up to ₱3,000.00 per month, based on your monthly scorecard"],
            ["Night shift differential", "10% of your hourly rate for work between 10:00 PM and 6:00 AM"],
            ["13th month pay", "In accordance with Presidential Decree No. 851"],
        ], False),
        ("para", P("""
            Salary is paid bi-monthly, every 15th and 30th of the month, through your payroll account
            with our partner bank. Overtime work must be approved in advance by your team leader and
            is paid in accordance with the Labor Code.""")),
        ("heading", "Terms of Employment"),
        ("para", P("""
            Employment status: You will be hired on a probationary basis for six (6) months. If you
            meet the standards for regularization that were explained to you at hiring, you will
            become a regular employee at the end of the probationary period.""")),
        ("para", "Start date: June 16, 2025 (Monday), 8:00 AM, for the new-hire training class."),
        ("para", P("""
            Work schedule: Five (5) days a week, nine (9) hours per shift inclusive of a one-hour
            unpaid meal break. Shifts are assigned by Workforce Management and may fall on nights,
            weekends and holidays.""")),
        ("para", P("""
            Work site: Lumenbridge Tower, Ayala Avenue, Makati City. This is an on-site position; work
            from home is not available for this account.""")),
        ("para", P("""
            Leaves: Upon regularization you will earn 12 vacation leaves and 12 sick leaves per year.
            Unused sick leaves are convertible to cash at the end of the year.""")),
        ("para", P("""
            Benefits: HMO coverage from day one, with one free dependent upon regularization; group
            life insurance; and SSS, PhilHealth and Pag-IBIG contributions as mandated by law.""")),
        ("para", P("""
            Confidentiality: Because you will handle patient information, you will be required to sign
            a Non-Disclosure Agreement and to comply with the Data Privacy Act of 2012.""")),
        ("para", P("""
            Pre-employment requirements: NBI clearance, a pre-employment medical examination at our
            accredited clinic, and Certificates of Employment from your previous employers. Your
            employment is subject to the satisfactory completion of these requirements.""")),
        ("para", P("""
            This offer is valid until June 6, 2025. Please sign the CONFORME below to signify your
            acceptance.""")),
        ("lines", ["Very truly yours,", "", "JOSEFINA R. DE CASTRO", "Head, Talent Acquisition"]),
        ("heading", "CONFORME:"),
        ("para", "I have read and understood the terms of this job offer and I accept them."),
        ("lines", ["______________________________", "MARIA KATRINA D. VILLANUEVA", "Date: _______________"]),
    ],
)

# 8. Philippines (Cebu), contract of probationary employment: PDF, DejaVu Serif (₱), A4, 3 pages.
#    Traps: probation dates that look like a fixed term, "bi-monthly" pay on the 10th and 25th, a
#    six-day week from daily times, a rice allowance per month, service incentive leave,
#    resignation notice only.
letter(
    "ph-cebu-probationary-contract-accountant", "pdf", datetime(2025, 3, 3, 9, 0),
    "Contract of Probationary Employment - Jerome P. Abellanosa", "Kalamansi Foods Trading Corporation",
    font="DejaVuSerif", size=9.5, footer="Kalamansi Foods Trading Corporation",
    blocks=[
        ("head", "KALAMANSI FOODS TRADING CORPORATION",
         "88 Osmeña Boulevard, Cebu City 6000, Philippines  ·  Tel. (032) 555-0142"),
        ("title", "CONTRACT OF PROBATIONARY EMPLOYMENT"),
        ("para", "KNOW ALL MEN BY THESE PRESENTS:"),
        ("para", P("""
            This Contract is entered into this 3rd day of March 2025 in Cebu City, Philippines, by and
            between:""")),
        ("para", P("""
            KALAMANSI FOODS TRADING CORPORATION, a corporation organized under Philippine law with
            principal office at 88 Osmeña Boulevard, Cebu City, represented by its General Manager,
            ROGELIO T. MANSUETO (the "EMPLOYER");""")),
        ("para", "- and -"),
        ("para", P("""
            JEROME P. ABELLANOSA, Filipino, of legal age, single, and residing at 15-B Juana Osmeña
            Extension, Cebu City (the "EMPLOYEE").""")),
        ("heading", "WITNESSETH:"),
        ("para", P("""
            1. POSITION. The EMPLOYER engages the EMPLOYEE as Junior Accountant in its Finance
            Department. The EMPLOYEE shall report to the Finance Manager at the head office at 88
            Osmeña Boulevard, Cebu City.""")),
        ("para", P("""
            2. PROBATIONARY PERIOD. The EMPLOYEE is engaged on probationary status for a period of six
            (6) months, from 17 March 2025 to 16 September 2025. The standards for regularization
            have been explained to the EMPLOYEE and are attached as Annex "A". If the EMPLOYEE meets
            these standards, he shall be made a regular employee at the end of the probationary
            period; otherwise his employment may be terminated in accordance with law.""")),
        ("para", P("""
            3. COMPENSATION. The EMPLOYEE shall receive a monthly salary of Twenty-Four Thousand Five
            Hundred Pesos (₱24,500.00), payable bi-monthly on the 10th and 25th of each month, less
            withholding tax and the EMPLOYEE's share of statutory contributions. The EMPLOYEE shall
            also receive a de minimis rice allowance of ₱1,800.00 per month and 13th month pay,
            prorated for the months actually worked.""")),
        ("para", P("""
            4. HOURS OF WORK. The EMPLOYEE shall work eight (8) hours a day, from 8:00 AM to 5:00 PM
            with a one-hour lunch break, Monday to Saturday. Work beyond eight hours a day, when
            authorized, shall be paid overtime pay of an additional twenty-five percent (25%) of the
            hourly rate.""")),
        ("para", P("""
            5. LEAVE. The EMPLOYEE shall be entitled to a service incentive leave of five (5) days
            with pay upon completion of one year of service.""")),
        ("para", P("""
            6. BENEFITS. The EMPLOYER shall register the EMPLOYEE with, and remit the required
            contributions to, the SSS, PhilHealth and the Pag-IBIG Fund. Upon regularization the
            EMPLOYEE shall be enrolled in the EMPLOYER's HMO plan.""")),
        ("para", P("""
            7. DOCUMENTS. This Contract shall take effect only upon the EMPLOYEE's submission of his
            Transcript of Records and diploma for verification by the EMPLOYER.""")),
        ("para", P("""
            8. CONFIDENTIALITY. The EMPLOYEE shall keep in strict confidence all records, prices,
            supplier terms and other information of the EMPLOYER that come to his knowledge, during
            and after his employment.""")),
        ("para", P("""
            9. RESIGNATION. The EMPLOYEE may terminate his employment by serving a written notice on
            the EMPLOYER at least thirty (30) days in advance, in accordance with Article 300 of the
            Labor Code.""")),
        ("para", P("""
            10. NON-COMPETITION. For one (1) year after his separation from the EMPLOYER for any
            reason, the EMPLOYEE shall not work for, or render services to, any direct competitor of
            the EMPLOYER engaged in food distribution within the Province of Cebu.""")),
        ("para", P("""
            11. GOVERNING LAW. This Contract shall be governed by the laws of the Republic of the
            Philippines.""")),
        ("para", P("""
            IN WITNESS WHEREOF, the parties have signed this Contract on the date and at the place
            first written above.""")),
        ("table", [
            ["KALAMANSI FOODS TRADING CORPORATION", "CONFORME:"],
            ["By: ROGELIO T. MANSUETO, General Manager", "JEROME P. ABELLANOSA, Employee"],
        ], False),
        ("lines", ["SIGNED IN THE PRESENCE OF:", "", "____________________        ____________________"]),
    ],
)

# 9. Canada (Ontario), offer with a "Key terms" table: DOCX, about 2.5 pages.
#    Traps: vacation in weeks with vacation pay as a percentage, nine public holidays, employer
#    notice as "the greater of four weeks or the ESA minimum", a probation without notice, an
#    RRSP match "up to 4%", the start date in a table cell.
letter(
    "ca-on-offer-key-terms-account-executive", "docx", datetime(2025, 4, 28, 9, 30),
    "Offer of Employment - Olusegun Fairbairn", "Northmarch Insurance Brokers Ltd.",
    blocks=[
        ("head", "Northmarch Insurance Brokers Ltd.", "120 Adelaide Street West, Suite 1800, Toronto, Ontario M5H 1T1"),
        ("lines", ["April 28, 2025", "", "Olusegun Fairbairn", "66 Roncesvalles Avenue", "Toronto, ON M6R 2K5"]),
        ("para", "Dear Olusegun,"),
        ("para", P("""
            Further to our recent conversations, Northmarch Insurance Brokers Ltd. (“Northmarch” or
            the “Company”) is pleased to offer you employment on the terms set out in this letter.
            The key terms are summarized in the table below; the paragraphs that follow form part of
            the offer.""")),
        ("heading", "Key terms"),
        ("table", [
            ["Position", "Commercial Lines Account Executive"],
            ["Reports to", "Director, Commercial Lines"],
            ["Start date", "June 2, 2025"],
            ["Status", "Permanent, full-time"],
            ["Location", "120 Adelaide Street West, Toronto, Ontario. Hybrid: in the office Tuesday, Wednesday and Thursday"],
            ["Base salary", "$74,000 per year, paid biweekly by direct deposit"],
            ["Hours", "37.5 hours per week"],
            ["Vacation", "3 weeks per year"],
            ["Annual incentive", "Target of 8% of base salary"],
            ["Probation", "3 months"],
        ], False),
        ("heading", "Compensation"),
        ("para", P("""
            Your base salary is subject to applicable deductions and withholdings and will be reviewed
            annually. You will participate in the Account Executive Incentive Plan, with an annual
            target of 8% of your base salary, paid in March for the previous calendar year based on
            new and retained commissions.""")),
        ("heading", "Vacation, holidays and sick days"),
        ("para", P("""
            You will receive three (3) weeks of paid vacation in each vacation entitlement year. Your
            vacation pay will be the greater of your regular pay for the time taken or 6% of the
            wages you earned in the year, as the Employment Standards Act, 2000 (the “ESA”)
            requires. You will also be paid for the nine public holidays recognized in Ontario. In
            addition to your leaves under the ESA, you will have five (5) paid sick days each
            calendar year.""")),
        ("heading", "Benefits"),
        ("para", P("""
            From your first day you will be enrolled in the Company’s group benefits plan, which
            includes extended health, dental and vision coverage, life insurance and long-term
            disability insurance. You may also join the group RRSP; the Company matches your
            contributions dollar for dollar up to 4% of your base salary.""")),
        ("heading", "Probation"),
        ("para", P("""
            Your first three months of employment are a probationary period. During that period the
            Company may end your employment without notice or pay in lieu of notice, as the ESA
            permits.""")),
        ("heading", "Ending your employment"),
        ("para", P("""
            You may resign by giving the Company at least two (2) weeks’ written notice. After your
            probationary period, the Company may end your employment without cause by providing you
            with the greater of (a) four (4) weeks’ notice or pay in lieu of notice, or (b) your
            minimum entitlements under the ESA. The Company may end your employment for cause
            without notice.""")),
        ("heading", "Confidentiality and client relationships"),
        ("para", P("""
            You must sign the enclosed Confidentiality and Intellectual Property Agreement before your
            start date. For twelve (12) months after your employment ends, you will not solicit, for
            the purpose of placing insurance, any client of the Company whose account you serviced
            in your last year of employment.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is conditional on your holding a valid Registered Insurance Brokers of Ontario
            (RIBO) licence on your start date and on a satisfactory criminal record check.""")),
        ("heading", "Governing law"),
        ("para", P("""
            This letter is governed by the laws of the Province of Ontario and the federal laws of
            Canada that apply in it.""")),
        ("para", P("""
            Please sign and return this letter by May 9, 2025 to accept our offer. We look forward to
            welcoming you to Northmarch.""")),
        ("lines", ["Yours truly,", "", "Priya Lachance", "Vice President, People & Culture",
                   "Northmarch Insurance Brokers Ltd."]),
        ("para", "I accept the offer of employment on the terms set out above."),
        ("lines", ["Signature: ____________________", "Olusegun Fairbairn", "Date: ____________"]),
    ],
)

# 10. Canada (British Columbia), tech offer with RSUs and a relocation allowance: PDF, DejaVu
#     Sans, US Letter, about 3 pages. Traps: employer notice only "as required under the ESA"
#     (null), overtime excluded, RSU vesting with a one-year cliff then quarterly, a wellness
#     account amount, a repayable relocation allowance.
letter(
    "ca-bc-offer-rsu-relocation-programmer", "pdf", datetime(2025, 6, 9, 9, 0),
    "Offer Letter - Wen-Li Harcourt", "Saltspray Games Studio Inc.",
    font="DejaVuSans", size=9.5, paper="Letter", footer="Saltspray Games Studio Inc.",
    blocks=[
        ("head", "Saltspray Games Studio Inc.", "455 Granville Street, 6th Floor, Vancouver, BC V6C 1T1"),
        ("lines", ["June 9, 2025", "", "Wen-Li Harcourt", "2047 Agricola Street", "Halifax, NS B3K 4B9"]),
        ("para", "Hi Wen-Li,"),
        ("para", P("""
            We loved meeting you, and we’re thrilled to offer you the position of Senior Gameplay
            Programmer at Saltspray Games Studio Inc. (“Saltspray”). This is a full-time, permanent
            position on the Tidebreaker team. Here are the details.""")),
        ("heading", "Start date and place of work"),
        ("para", P("""
            Your first day will be Monday, July 14, 2025. You will work from our studio at 455
            Granville Street, Vancouver, British Columbia, and you may work from home up to two days
            a week with your lead’s agreement.""")),
        ("heading", "Salary and hours"),
        ("para", P("""
            Your annual base salary will be CAD $118,500, paid semi-monthly on the 15th and the last
            business day of each month, less statutory deductions. Our standard work week is 40
            hours. As a high technology professional under the BC Employment Standards Regulation,
            you are excluded from the hours of work and overtime provisions of the Employment
            Standards Act, and overtime is not paid.""")),
        ("heading", "Restricted share units"),
        ("para", P("""
            Subject to approval by our Board of Directors, you will receive a grant of 3,600
            restricted share units (RSUs) under the Saltspray 2023 Equity Incentive Plan. One-third
            of the RSUs will vest on the first anniversary of the grant date, and the rest will vest
            in eight equal quarterly instalments over the following two years, provided you are
            still employed on each vesting date.""")),
        ("heading", "Relocation"),
        ("para", P("""
            Because you are moving from Halifax, we will pay you a lump-sum relocation allowance of
            CAD $12,000 (less applicable deductions) on your first pay date. If you resign within 12
            months of your start date, you agree to repay a pro-rated portion of the allowance.""")),
        ("heading", "Time off"),
        ("para", P("""
            You will receive 20 days of paid vacation each year, increasing to 25 days after three
            years of service. You will also receive 5 paid sick days each year, consistent with the
            Employment Standards Act. The studio closes for the BC statutory holidays.""")),
        ("heading", "Benefits"),
        ("para", P("""
            From your first day you and your dependants will be covered by our extended health and
            dental plan, which includes vision care, together with basic life and AD&D insurance. You
            will also receive a $500 annual wellness spending account.""")),
        ("heading", "Probation"),
        ("para", "The first three months of your employment are a probationary period."),
        ("heading", "Ending employment"),
        ("para", P("""
            If you decide to leave Saltspray, you agree to give us two (2) weeks’ written notice of
            your resignation. Saltspray may terminate your employment without cause by giving you
            notice, or pay in lieu of notice, as required under the Employment Standards Act of
            British Columbia.""")),
        ("heading", "Confidentiality, inventions and non-solicitation"),
        ("para", P("""
            Before you start, you will need to sign our Proprietary Information and Inventions
            Agreement. It protects our confidential information, assigns to Saltspray the rights in
            work you create for us, and includes your promise not to solicit Saltspray employees to
            leave for six (6) months after your employment ends.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is conditional on your eligibility to work in Canada and on satisfactory
            reference checks.""")),
        ("heading", "Governing law"),
        ("para", "This offer is governed by the laws of British Columbia."),
        ("para", P("""
            This offer expires at 5:00 p.m. (Pacific) on June 20, 2025. To accept, sign below and
            send a copy to me. Welcome aboard!""")),
        ("lines", ["Cheers,", "", "Marisol Teague", "Head of People, Saltspray Games Studio Inc.", "",
                   "Accepted: ____________________   Wen-Li Harcourt      Date: __________"]),
    ],
)

# 11. Australia (Victoria), employment agreement with a schedule and cascading restraint: DOCX,
#     numbered clauses, about 5-6 pages. Traps: base vs total remuneration with super, an STI
#     "up to 15%" with a worked example on a $100,000 salary, notice in probation vs after it,
#     a 12/6/3-month restraint cascade, an in-term exclusivity duty, public holidays.
AU_RESTRAINT_CLAUSES = [
    ("1. Definitions and interpretation", [
        "In this agreement: Company means Kestrel & Finch Advisory Pty Ltd (ABN 41 602 118 775); "
        "Employment means your employment under this agreement; Schedule means the schedule at the "
        "front of this agreement; Restraint Period and Restraint Area have the meanings in clause 13; "
        "and Confidential Information means any information of the Company or its clients that is not "
        "in the public domain.",
        "Headings are for convenience only. A reference to a clause or item is to a clause of, or an "
        "item in the Schedule to, this agreement.",
    ]),
    ("2. Commencement and probation", [
        "The Employment starts on the Commencement Date and continues until it is ended under this "
        "agreement.",
        "The first six months of the Employment are a probationary period. During the probationary "
        "period either party may end the Employment by giving one week’s written notice.",
    ]),
    ("3. Position and duties", [
        "You are employed in the Position and must perform the duties that the Company reasonably "
        "directs, consistent with your skills and the Position.",
        "You must devote your full time and attention during working hours to the business of the "
        "Company and must not, during the Employment, be engaged or interested in any other business "
        "without the Company’s prior written consent.",
    ]),
    ("4. Hours of work", [
        "Your ordinary hours of work are 38 hours per week, Monday to Friday, plus reasonable "
        "additional hours that are necessary to perform your duties.",
        "Your remuneration compensates you for all hours worked, including reasonable additional "
        "hours, and no separate overtime payment is made.",
    ]),
    ("5. Remuneration", [
        "The Company will pay you the base salary set out in Item 7, fortnightly in arrears, by "
        "electronic transfer into your nominated account.",
        "The Company will make superannuation contributions on your behalf at the rate required by "
        "the Superannuation Guarantee (Administration) Act 1992 (Cth), currently 12% of your ordinary "
        "time earnings, into a complying fund that you nominate.",
        "Your remuneration will be reviewed annually in August. A review does not oblige the Company "
        "to increase it.",
    ]),
    ("6. Short-term incentive", [
        "You are eligible to participate in the Company’s short-term incentive (STI) plan, under which "
        "you may receive up to 15% of your base salary each financial year, depending on your "
        "performance against a scorecard agreed with your manager.",
        "For illustration only, an employee on a base salary of $100,000 who achieves 80% of their "
        "scorecard would receive an STI of $12,000. Any STI is paid in September and is not "
        "superannuable.",
    ]),
    ("7. Leave", [
        "Annual leave: you are entitled to four weeks of paid annual leave for each year of service, "
        "accruing progressively, in accordance with the National Employment Standards.",
        "Personal/carer’s leave: you are entitled to 10 days of paid personal/carer’s leave for each "
        "year of service.",
        "Public holidays: you are entitled to be absent on the public holidays observed in Victoria "
        "without loss of pay.",
        "Parental leave: after 12 months of continuous service, a primary carer is entitled to 12 "
        "weeks of paid parental leave under the Company’s Parental Leave Policy, in addition to "
        "Government-funded parental leave pay.",
        "Long service leave accrues in accordance with the Long Service Leave Act 2018 (Vic).",
    ]),
    ("8. Policies", [
        "You must comply with the Company’s policies as in force from time to time. The policies do not "
        "form part of this agreement.",
    ]),
    ("9. Confidential Information", [
        "You must not, during the Employment or afterwards, use or disclose any Confidential "
        "Information except in the proper performance of your duties or as required by law.",
        "On the Company’s request, and in any event when the Employment ends, you must return all "
        "Company property and documents containing Confidential Information.",
    ]),
    ("10. Intellectual property", [
        "All intellectual property created by you in the course of the Employment vests in the "
        "Company on creation, and you assign to the Company all present and future rights in it.",
        "You consent to any act or omission by the Company that would otherwise infringe your moral "
        "rights in works created in the course of the Employment.",
    ]),
    ("11. Termination after probation", [
        "After the probationary period, either party may end the Employment by giving four weeks’ "
        "written notice, or five weeks’ notice where you are over 45 years of age and have at least "
        "two years of continuous service with the Company.",
        "The Company may pay you in lieu of all or part of the notice period.",
    ]),
    ("12. Summary dismissal", [
        "The Company may end the Employment without notice for serious misconduct, as defined in the "
        "Fair Work Regulations 2009.",
    ]),
    ("13. Restraint", [
        "After the Employment ends, you must not, for the Restraint Period and within the Restraint "
        "Area, without the Company’s prior written consent: (a) be engaged or interested in a business "
        "that competes with the Company in the provision of advisory services; (b) solicit, canvass or "
        "accept business from any client of the Company with whom you dealt in the last 12 months of "
        "the Employment; or (c) solicit or induce any employee of the Company to leave it.",
        "Restraint Period means 12 months after the Employment ends, or if a court holds that period "
        "unenforceable, 6 months, or if a court holds that period unenforceable, 3 months. Restraint "
        "Area means Victoria and New South Wales, or if a court holds that area unenforceable, "
        "Victoria, or if a court holds that area unenforceable, the Melbourne metropolitan area.",
        "You acknowledge that each restraint is reasonable and necessary to protect the Company’s "
        "goodwill and Confidential Information.",
    ]),
    ("14. Governing law", [
        "This agreement is governed by the laws of Victoria, and the parties submit to the "
        "non-exclusive jurisdiction of its courts.",
    ]),
    ("15. Entire agreement", [
        "This agreement and the offer letter together are the entire agreement between you and the "
        "Company about the Employment and replace any earlier representations.",
    ]),
]


def _au_clause_blocks():
    out = []
    for heading, subs in AU_RESTRAINT_CLAUSES:
        out.append(("heading", heading))
        number = heading.split(".")[0]
        for i, text in enumerate(subs, start=1):
            out.append(("para", f"{number}.{i} {text}"))
    return out


letter(
    "au-vic-employment-agreement-restraint", "docx", datetime(2025, 6, 6, 10, 0),
    "Employment Agreement - Rhiannon Baptiste-Walsh", "Kestrel & Finch Advisory Pty Ltd",
    blocks=[
        ("head", "Kestrel & Finch Advisory Pty Ltd", "Level 14, 200 Collins Street, Melbourne VIC 3000  ·  ABN 41 602 118 775"),
        ("lines", ["6 June 2025", "", "Ms Rhiannon Baptiste-Walsh", "9 Napier Street", "Fitzroy VIC 3065"]),
        ("para", "Dear Rhiannon,"),
        ("heading", "Offer of employment"),
        ("para", P("""
            I am delighted to offer you employment with Kestrel & Finch Advisory Pty Ltd (the
            Company) as a Senior Account Manager. Your terms of employment are set out in the
            enclosed Employment Agreement, including the Schedule.""")),
        ("para", P("""
            This offer is conditional on a satisfactory National Police Check and on your providing
            evidence of your right to work in Australia before the Commencement Date.""")),
        ("para", P("""
            Please read the agreement carefully; you may wish to obtain independent advice before you
            sign it. To accept, please sign and return the agreement by Friday 20 June 2025.""")),
        ("lines", ["Kind regards,", "", "Anneliese Strachan", "Managing Director"]),
        ("pagebreak",),
        ("title", "EMPLOYMENT AGREEMENT"),
        ("heading", "Schedule"),
        ("table", [
            ["Item 1 – Employee", "Rhiannon Baptiste-Walsh"],
            ["Item 2 – Position", "Senior Account Manager"],
            ["Item 3 – Commencement Date", "Monday 7 July 2025"],
            ["Item 4 – Employment status", "Full-time, ongoing"],
            ["Item 5 – Location", "Level 14, 200 Collins Street, Melbourne VIC 3000"],
            ["Item 6 – Ordinary hours", "38 hours per week, plus reasonable additional hours"],
            ["Item 7 – Remuneration", "Base salary of $118,000 per annum, plus superannuation at the statutory rate (currently 12%), a total remuneration package of $132,160"],
            ["Item 8 – Short-term incentive", "Up to 15% of base salary (clause 6)"],
            ["Item 9 – Probationary period", "6 months"],
            ["Item 10 – Notice", "See clauses 2 and 11"],
            ["Item 11 – Restraint Period", "12 months, 6 months or 3 months (clause 13)"],
        ], False),
        *_au_clause_blocks(),
        ("heading", "Execution"),
        ("table", [
            ["Signed for Kestrel & Finch Advisory Pty Ltd by its authorised officer", "Signed by the Employee"],
            ["Anneliese Strachan, Managing Director", "Rhiannon Baptiste-Walsh"],
            ["Date: 6 June 2025", "Date:"],
        ], False),
    ],
)

# 12. Australia (Queensland), casual engagement by email: plain text, half a page.
#     Traps: casual (employment_type null), an hourly rate that includes casual loading,
#     superannuation rate, dd/mm/yyyy start, no leave entitlements.
letter(
    "au-qld-casual-barista-letter", "txt", datetime(2025, 7, 3, 16, 0),
    "Casual employment - Tayla Nguyen-Price", "Paperbark Kitchen Pty Ltd",
    blocks=[
        ("lines", ["From: Paperbark Kitchen Pty Ltd <jobs@paperbark.example>", "To: Tayla Nguyen-Price",
                   "Date: 3 July 2025", "Subject: Casual employment – Barista"]),
        ("para", "Hi Tayla,"),
        ("para", P("""
            Thanks for coming in for a trial shift last week, the team loved working with you. We'd
            like to offer you casual employment as a Barista at our Fortitude Valley café, starting
            with your first shift on Monday 14/07/2025 at 6:30am.""")),
        ("para", P("""
            As a casual employee you'll be offered shifts on a roster that changes from week to week.
            There is no firm advance commitment to ongoing work, and you can accept or decline any
            shift we offer. Your employment is covered by the Restaurant Industry Award 2020.""")),
        ("para", P("""
            Your pay rate is $31.40 per hour, which includes the 25% casual loading paid instead of
            annual leave and paid personal leave. Weekend and public holiday penalty rates apply as
            set out in the Award. You'll be paid weekly, every Wednesday, for the week ending the
            previous Sunday. We also pay superannuation at 12% of your ordinary time earnings into
            the fund you nominate.""")),
        ("para", P("""
            Either of us can end this casual engagement at any time. We'll always give you as much
            warning as we can of any changes to the roster.""")),
        ("para", "Please reply to this email by Friday 11 July 2025 to let us know if you accept."),
        ("lines", ["Cheers,", "Dom Vercoe", "Owner, Paperbark Kitchen Pty Ltd",
                   "31 Ann Street, Fortitude Valley QLD 4006"]),
    ],
)

# 13. Singapore, letter of appointment with CPF: PDF, DejaVu Sans, A4, about 3 pages.
#     Traps: monthly salary in S$, an AWS "13th month" beside a discretionary bonus "up to 15%",
#     weekly hours only as daily times that differ on Friday, notice in probation vs after
#     confirmation, outpatient vs hospitalisation sick leave.
letter(
    "sg-letter-of-appointment-product-designer", "pdf", datetime(2025, 5, 2, 9, 0),
    "Letter of Appointment - Rachel Lim Shu Fen", "Merlion Tidewater Analytics Pte. Ltd.",
    font="DejaVuSans", size=9.5, footer="Merlion Tidewater Analytics Pte. Ltd.  |  UEN 201934712K  |  Private and confidential",
    blocks=[
        ("head", "MERLION TIDEWATER ANALYTICS PTE. LTD.", "71 Robinson Road, #14-01, Singapore 068895"),
        ("lines", ["2 May 2025", "", "Ms Rachel Lim Shu Fen", "Blk 512 Bishan Street 13, #08-221",
                   "Singapore 570512"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Rachel,"),
        ("para", P("""
            We are pleased to offer you employment with Merlion Tidewater Analytics Pte. Ltd. (the
            "Company") on the terms and conditions set out below.""")),
        ("para", P("""
            1. Position. You will be employed as Senior Product Designer in the Design team, reporting
            to the Head of Design. This is a full-time position.""")),
        ("para", P("""
            2. Commencement. Your employment will commence on 1 July 2025, or on such other date as
            may be mutually agreed in writing.""")),
        ("para", P("""
            3. Place of work. Your place of work is the Company's office at 71 Robinson Road,
            Singapore. Under our Flexible Work Arrangement policy you may work from home on up to two
            days per week, subject to business needs.""")),
        ("para", P("""
            4. Probation and confirmation. You will be on probation for three (3) months from your
            commencement date. During probation, either party may terminate this employment by giving
            one (1) week's notice in writing. Upon confirmation, either party may terminate this
            employment by giving two (2) months' notice in writing or two (2) months' salary in lieu
            of notice.""")),
        ("para", P("""
            5. Salary. Your gross monthly salary will be S$8,400, payable monthly in arrears on or
            before the last working day of each month by GIRO to your bank account.""")),
        ("para", P("""
            6. Annual Wage Supplement and bonus. You will be eligible for an Annual Wage Supplement
            (AWS) equivalent to one month's basic salary, payable in December and pro-rated in your
            first year. You will also be eligible for a discretionary performance bonus of up to 15%
            of your annual basic salary, based on the Company's results and your performance.""")),
        ("para", P("""
            7. Central Provident Fund. If you are a Singapore Citizen or Permanent Resident, the
            Company will make CPF contributions for you at the prevailing rates under the Central
            Provident Fund Act 1953.""")),
        ("para", P("""
            8. Working hours. Your normal working hours are 8.30 a.m. to 6.00 p.m. from Monday to
            Thursday and 8.30 a.m. to 5.30 p.m. on Friday, with a one-hour lunch break each day. As
            your monthly basic salary exceeds S$2,600, Part IV of the Employment Act does not apply to
            you and you are not entitled to overtime pay.""")),
        ("para", P("""
            9. Leave. You are entitled to 18 working days of annual leave per calendar year, pro-rated
            in your first year. You are also entitled to 14 days of outpatient sick leave and up to 60
            days of hospitalisation leave (inclusive of the 14 days of outpatient sick leave) per year,
            on production of a medical certificate. Public holidays gazetted in Singapore are paid
            holidays.""")),
        ("para", P("""
            10. Medical and insurance benefits. You will be covered by the Company's group
            hospitalisation and surgical insurance and group term life insurance, and you may claim
            outpatient medical expenses and dental treatment of up to S$500 per year.""")),
        ("para", P("""
            11. Confidentiality. You shall not, during or after your employment, disclose any
            confidential information of the Company or its clients to any person, except as required
            in the proper performance of your duties.""")),
        ("para", P("""
            12. Intellectual property. All designs, drawings, prototypes, software and other works
            that you create in the course of your employment shall belong to the Company, and you
            hereby assign all rights in them to the Company.""")),
        ("para", P("""
            13. Restrictive covenants. For six (6) months after the cessation of your employment, you
            shall not be employed by or engaged in any business that competes with the Company in
            Singapore, Malaysia or Indonesia. For twelve (12) months after the cessation of your
            employment, you shall not solicit any client or employee of the Company.""")),
        ("para", P("""
            14. Conditions. This offer is subject to your obtaining an Employment Pass, if one is
            required, and to satisfactory reference checks.""")),
        ("para", P("""
            15. Governing law. This letter shall be governed by and construed in accordance with the
            laws of Singapore.""")),
        ("para", P("""
            Please indicate your acceptance by signing and returning a copy of this letter by 9 May
            2025. We look forward to having you with us.""")),
        ("lines", ["Yours sincerely,", "", "Ong Bee Leng", "Director, People Operations",
                   "Merlion Tidewater Analytics Pte. Ltd."]),
        ("heading", "ACCEPTANCE"),
        ("para", P("""
            I, Rachel Lim Shu Fen, accept the appointment on the terms and conditions set out in this
            letter.""")),
        ("lines", ["Signature: ____________________", "NRIC / FIN: ____________________",
                   "Date: ____________________"]),
    ],
)

# 14. Ireland (Galway), permanent contract of employment: DOCX, numbered clauses, about 3 pages.
#     Traps: a dd/mm/yyyy start date that reads as June in US order, annual leave "in addition to
#     public holidays", a pension contribution conditional on the employee's, notice "the greater
#     of one month or the statutory minimum".
letter(
    "ie-galway-contract-quality-engineer", "docx", datetime(2025, 8, 19, 9, 0),
    "Contract of Employment - Cathal Ó Briain", "Brackenridge Medical Devices Ireland Limited",
    blocks=[
        ("head", "Brackenridge Medical Devices Ireland Limited",
         "Unit 9, Ballybrit Business Park, Galway H91 X2C4  ·  Registered in Ireland No. 642018"),
        ("title", "CONTRACT OF EMPLOYMENT"),
        ("para", P("""
            This contract is dated 19 August 2025 and is made between Brackenridge Medical Devices
            Ireland Limited (the “Company”) and Cathal Ó Briain of 14 Father Griffin Road, Galway
            (“you”). It sets out your terms of employment as required by the Terms of Employment
            (Information) Acts 1994 to 2014.""")),
        ("table", [
            ["Job title", "Quality Engineer"],
            ["Start date", "06/10/2025"],
            ["Place of work", "Unit 9, Ballybrit Business Park, Galway"],
            ["Type of contract", "Permanent, full-time"],
            ["Reporting to", "Quality Manager"],
        ], False),
        ("heading", "1. Duties"),
        ("para", P("""
            1.1 You will carry out the duties of a Quality Engineer set out in your job description
            and any other reasonable duties the Company assigns to you.""")),
        ("heading", "2. Place of work"),
        ("para", P("""
            2.1 Your role is fully site-based at our Ballybrit facility in Galway, because it requires
            regular access to the clean room and the test laboratory.""")),
        ("heading", "3. Probation"),
        ("para", P("""
            3.1 The first six months of your employment are probationary. The Company may extend the
            probationary period by up to three months, and will tell you in writing before the
            original period ends.""")),
        ("heading", "4. Hours of work"),
        ("para", P("""
            4.1 Your normal working week is 39 hours, Monday to Friday. Overtime is paid at time and a
            half where it has been approved in advance by your manager.""")),
        ("heading", "5. Salary"),
        ("para", P("""
            5.1 Your gross salary is €54,500 per annum, paid monthly in arrears by credit transfer on
            the 20th day of each month, subject to PAYE, PRSI and USC deductions.""")),
        ("heading", "6. Annual leave and public holidays"),
        ("para", P("""
            6.1 You are entitled to 23 days’ paid annual leave in each leave year (January to
            December), in addition to public holidays. Leave must be agreed in advance with your
            manager.""")),
        ("heading", "7. Sick leave"),
        ("para", P("""
            7.1 The Company will pay your full salary for up to ten days of certified sick leave in
            any leave year. This includes, and is not in addition to, your entitlement under the Sick
            Leave Act 2022.""")),
        ("heading", "8. Pension and health insurance"),
        ("para", P("""
            8.1 After you complete your probation you may join the Brackenridge Defined Contribution
            Pension Scheme. The Company will contribute 6% of your basic salary, provided that you
            contribute at least 3%.""")),
        ("para", P("""
            8.2 The Company pays 50% of the premium for you and your dependants under its group health
            insurance scheme.""")),
        ("heading", "9. Termination"),
        ("para", P("""
            9.1 During probation, either party may end your employment by giving one week’s notice.
            After probation, you must give one month’s written notice of resignation, and the Company
            will give you one month’s notice or your minimum notice under the Minimum Notice and
            Terms of Employment Acts 1973 to 2005, whichever is longer.""")),
        ("heading", "10. Confidentiality and inventions"),
        ("para", P("""
            10.1 You must keep confidential all information about the Company’s products, processes
            and customers, both during and after your employment.""")),
        ("para", P("""
            10.2 All inventions, designs and improvements that you make in the course of your
            employment belong to the Company, and you will sign any documents needed to register the
            Company’s rights in them.""")),
        ("heading", "11. Restriction after employment"),
        ("para", P("""
            11.1 For six months after your employment ends, you must not be employed or engaged by a
            competitor of the Company in the design or manufacture of cardiovascular catheters within
            the Republic of Ireland.""")),
        ("heading", "12. Conditions"),
        ("para", P("""
            12.1 This contract is subject to a satisfactory pre-employment medical assessment and to
            verification of your qualifications.""")),
        ("heading", "13. Grievance and discipline"),
        ("para", P("""
            13.1 The Company’s grievance and disciplinary procedures are in the Employee Handbook.
            There are no collective agreements affecting your employment.""")),
        ("heading", "14. Governing law"),
        ("para", "14.1 This contract is governed by the laws of Ireland."),
        ("table", [
            ["For the Company", "Employee"],
            ["Signed: ____________________", "Signed: ____________________"],
            ["Niamh Kavanagh, HR Manager", "Cathal Ó Briain"],
            ["Date: 19 August 2025", "Date:"],
        ], True),
    ],
)

# 15. New Zealand (Wellington), individual employment agreement with KiwiSaver: plain text,
#     about 2 pages. Traps: a 90-day trial period, KiwiSaver 4% where the compulsory 3% is also
#     mentioned, twelve public holidays, weekly hours from daily times.
letter(
    "nz-wellington-individual-agreement-kiwisaver", "txt", datetime(2025, 6, 16, 9, 0),
    "Individual Employment Agreement - Aroha Whitcombe-Ngata", "Tawa Ridge Software Limited",
    blocks=[
        ("title", "Individual Employment Agreement"),
        ("lines", ["Tawa Ridge Software Limited", "Level 3, 40 Taranaki Street, Wellington 6011", "",
                   "Dated: 16 June 2025"]),
        ("para", P("""
            This agreement is between Tawa Ridge Software Limited (the "employer", "we") and Aroha
            Whitcombe-Ngata (the "employee", "you").""")),
        ("para", P("""
            1. Position. You are employed as a Platform Engineer in our Infrastructure team. This is a
            permanent full-time position starting on 4 August 2025.""")),
        ("para", P("""
            2. Trial period. A trial period of 90 days applies from your start date, under section 67A
            of the Employment Relations Act 2000. If we give you notice of dismissal during the trial
            period, you will not be able to raise a personal grievance for unjustified dismissal. You
            can still raise a grievance on other grounds.""")),
        ("para", P("""
            3. Place of work. Your place of work is our office at Level 3, 40 Taranaki Street,
            Wellington. You may work from home up to two days a week by agreement with your
            manager.""")),
        ("para", P("""
            4. Hours of work. Your hours are 8:30am to 5:00pm, Monday to Friday, with a 30-minute
            unpaid lunch break.""")),
        ("para", P("""
            5. Salary. You will be paid a salary of NZ$112,000 gross per annum, paid fortnightly by
            direct credit. Your salary compensates you for all hours worked, and no overtime is
            payable.""")),
        ("para", P("""
            6. KiwiSaver. If you are a KiwiSaver member, we will contribute 4% of your gross taxable
            earnings to your KiwiSaver scheme. This is more than the compulsory employer contribution
            of 3%.""")),
        ("para", P("""
            7. Annual holidays. You are entitled to four weeks' paid annual holidays after each 12
            months of continuous employment, under the Holidays Act 2003.""")),
        ("para", P("""
            8. Sick leave. After six months of continuous employment you are entitled to 10 days'
            paid sick leave a year.""")),
        ("para", P("""
            9. Public holidays. You are entitled to a paid day off on each of the 12 public holidays
            that fall on a day you would otherwise work.""")),
        ("para", P("""
            10. Other benefits. We provide income protection insurance at our cost once you have
            completed the trial period.""")),
        ("para", P("""
            11. Confidentiality and intellectual property. You must keep our confidential information
            confidential during and after your employment. We own all intellectual property that you
            create in the course of your employment.""")),
        ("para", P("""
            12. Non-solicitation. For 6 months after your employment ends you must not solicit any of
            our clients or employees.""")),
        ("para", P("""
            13. Ending employment. Either party may end this agreement by giving four weeks' written
            notice. We may pay you in lieu of notice. We may dismiss you without notice for serious
            misconduct.""")),
        ("para", P("""
            14. Conditions. This offer is subject to your being legally entitled to work in New
            Zealand and to a satisfactory Ministry of Justice criminal conviction check.""")),
        ("para", P("""
            15. Resolving employment relationship problems. If you have a problem, raise it with your
            manager first. You can also contact the Employment Relations Authority, and you must raise
            any personal grievance within 90 days.""")),
        ("para", "16. Law. This agreement is governed by New Zealand law."),
        ("para", P("""
            Acceptance. This offer is open until 5pm on 27 June 2025. You have the right to seek
            independent advice before signing this agreement.""")),
        ("lines", ["Signed for Tawa Ridge Software Limited: Hemi Tautahi, Chief Technology Officer",
                   "", "Signed by Aroha Whitcombe-Ngata: ____________________  Date: __________"]),
    ],
)

# 16. Malaysia (Selangor), letter of offer with ticked checkboxes: DOCX table, about 2 pages.
#     Traps: ☒/☐ boxes for status, arrangement, probation and overtime; monthly allowances; a
#     historical bonus (null); an EPF rate; an unticked acceptance box; dd/mm/yyyy dates.
letter(
    "my-selangor-letter-of-offer-checkboxes", "docx", datetime(2025, 6, 2, 9, 0),
    "Letter of Offer - Muhammad Faris bin Azlan", "Jentayu Precision Components Sdn. Bhd.",
    blocks=[
        ("head", "JENTAYU PRECISION COMPONENTS SDN. BHD. (1287734-W)",
         "Lot 12, Jalan Hi-Tech 3, Seksyen 26, 40400 Shah Alam, Selangor Darul Ehsan"),
        ("lines", ["Our ref: JPC/HR/OL/2025/112", "Date: 02/06/2025", "", "Encik Muhammad Faris bin Azlan",
                   "No. 8, Jalan Kenari 5, Taman Puchong Jaya", "47100 Puchong, Selangor"]),
        ("title", "LETTER OF OFFER"),
        ("para", "Dear Encik Faris,"),
        ("para", P("""
            We refer to your interview on 22 May 2025 and are pleased to offer you employment with
            Jentayu Precision Components Sdn. Bhd. (the "Company") on the terms below.""")),
        ("table", [
            ["Position", "Process Engineer"],
            ["Department", "Manufacturing Engineering"],
            ["Employment category", "☒ Permanent   ☐ Contract   ☐ Internship"],
            ["Working pattern", "☒ Full-time   ☐ Part-time"],
            ["Work arrangement", "☒ On-site   ☐ Hybrid   ☐ Remote"],
            ["Place of work", "Lot 12, Jalan Hi-Tech 3, Seksyen 26, Shah Alam, Selangor"],
            ["Date of joining", "1 July 2025"],
            ["Basic salary", "RM 6,800.00 per month"],
            ["Fixed allowances", "Transport RM 300.00 per month; mobile phone RM 100.00 per month"],
            ["Probation", "☐ None   ☒ 3 months   ☐ 6 months"],
            ["Annual leave", "16 days per year"],
            ["Medical leave", "14 days per year"],
            ["Notice period (either party)", "During probation: 2 weeks. After confirmation: 2 months"],
            ["Overtime", "☐ Eligible   ☒ Not eligible (executive grade)"],
            ["Statutory contributions", "EPF (employer contribution 12%), SOCSO and EIS"],
        ], False),
        ("para", P("""
            1. Salary payment. Your salary will be credited to your bank account on the 25th of each
            month.""")),
        ("para", P("""
            2. Working hours. Your working hours are 8.00 a.m. to 5.00 p.m., Monday to Friday, with a
            one-hour lunch break.""")),
        ("para", P("""
            3. Benefits. You will be covered by the Company's group hospitalisation and surgical
            insurance, outpatient treatment at our panel clinics, and a dental and optical allowance
            of RM 400 a year.""")),
        ("para", P("""
            4. Performance bonus. Any bonus is at the Company's sole discretion. In previous years the
            Company has paid between one and three months' basic salary to eligible staff.""")),
        ("para", P("""
            5. Confidentiality. You must not disclose the Company's drawings, process parameters,
            customer information or any other confidential information, during or after your
            employment.""")),
        ("para", P("""
            6. Medical examination. This offer is subject to your passing a pre-employment medical
            examination at one of our panel clinics.""")),
        ("para", "7. Governing law. This offer is governed by the laws of Malaysia."),
        ("para", P("""
            Please indicate your decision below, and sign and return this letter to the Human
            Resources Department by 13/06/2025.""")),
        ("lines", ["Yours faithfully,", "", "Norhayati binti Kamarudin", "Senior Manager, Human Resources"]),
        ("heading", "ACKNOWLEDGEMENT AND ACCEPTANCE"),
        ("lines", ["☐ I accept the offer of employment on the terms above.",
                   "☐ I decline the offer.", "",
                   "Signature: ____________________", "Name: Muhammad Faris bin Azlan",
                   "NRIC No.: ____________________", "Date: ____________________"]),
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
