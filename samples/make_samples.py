#!/usr/bin/env python3
"""Regenerate the bundled sample documents from the text held in this file.

Dev-only tool: it needs fpdf2 (``pip install fpdf2``) and python-docx. The
generated files are committed; the offercheck package never imports this script.

    python samples/make_samples.py            # rewrite the three documents
    python samples/make_samples.py --check    # rebuild in memory; fail if a committed
                                              # file differs or a gold quote is missing

Every company, person, address and figure below is invented. Output is
byte-for-byte reproducible: metadata dates are fixed to each letter's own date,
the PDF producer string does not carry the fpdf2 version, and DOCX zip entries
get a fixed timestamp.

Fonts: the US letter uses the core Helvetica font (it needs only ASCII). The
Indian letter embeds DejaVu Sans so that it can print the rupee sign (U+20B9,
which no core PDF font has); the script stops with a clear message if the font
is missing rather than silently writing a different document.
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")


def P(text: str) -> str:
    """One paragraph written across several source lines: collapse the whitespace."""
    return " ".join(text.split())


# ---------------------------------------------------------------------------
# a. US offer letter (PDF, core Helvetica, US Letter, 2 pages)
# ---------------------------------------------------------------------------

US_LETTERHEAD = ("LANTERNFISH ANALYTICS", "4100 Riverbend Parkway, Suite 300  |  Austin, Texas 78746  |  lanternfish.example")

US_BLOCKS = [
    ("lines", ["March 3, 2025"]),
    ("space", 4),
    ("lines", ["Daniel Okafor", "1827 Willow Creek Drive", "Round Rock, Texas 78664"]),
    ("space", 4),
    ("bold", "Re: Offer of Employment"),
    ("space", 2),
    ("para", "Dear Daniel,"),
    ("para", P("""
        On behalf of everyone at Lanternfish Analytics, Inc., a Delaware corporation (the
        "Company"), I am delighted to offer you a position on our team. We enjoyed getting
        to know you over the past few weeks, and we think your experience building reliable
        data pipelines will make a real difference as we grow. This letter sets out the main
        terms of our offer.""")),
    ("para", P("""
        **Position.** Your title will be Senior Data Engineer, and you will report to Marisol
        Vega, Director of Data Platform. This is a full-time, exempt position, which means
        you will not be eligible for overtime pay.""")),
    ("para", P("""
        **Start date.** Your first day of employment will be Monday, April 7, 2025, or another
        date that we agree in writing.""")),
    ("para", P("""
        **Location and schedule.** You will be based in Austin, Texas, at the office address
        above. The Data Platform team works a hybrid schedule: you will be expected in the
        office three days a week (currently Tuesday through Thursday) and may work remotely
        on the other days.""")),
    ("para", P("""
        **Base salary.** You will be paid a base salary of $128,000 per year, less applicable
        withholdings and deductions, paid bi-weekly on the Company's regular payroll
        schedule. Salaries are reviewed each year in the first quarter.""")),
    ("para", P("""
        **Annual bonus.** You will be eligible for the Company's annual incentive plan with a
        target bonus of 10% of your base salary. The actual amount depends on Company and
        individual performance, is prorated in your first year, and is paid only if you are
        still employed on the payment date.""")),
    ("para", P("""
        **Signing bonus.** The Company will pay you a one-time signing bonus of $10,000, less
        withholdings, with your first regular paycheck. If you resign, or the Company ends
        your employment for cause, within 12 months of your start date, you agree to repay
        the full signing bonus within 30 days of your last day of employment.""")),
    ("para", P("""
        **Stock options.** Subject to approval by the Company's Board of Directors, you will
        be granted an option to purchase 12,000 shares of the Company's common stock at an
        exercise price equal to their fair market value on the grant date. The option will
        vest over four years: 25% of the shares vest on the first anniversary of your start
        date, and the rest vest in 36 equal monthly installments after that, as long as you
        remain in service. The option is governed by the Company's 2021 Equity Incentive Plan
        and your award agreement.""")),
    ("para", P("""
        **Paid time off.** You will accrue 15 days of paid time off per year, prorated in your
        first year, in addition to the Company's paid holidays (currently ten per year).""")),
    ("para", P("""
        **Benefits.** You will be eligible to enroll in the Company's group health, dental and
        vision plans from the first day of the month after your start date. You may also join
        the Company's 401(k) plan, and the Company will match 100% of your contributions up to
        4% of your eligible pay. The Company may change or end its benefit plans from time to
        time.""")),
    ("para", P("""
        **At-will employment.** Your employment with the Company is at will: either you or the
        Company may end it at any time, with or without cause and with or without advance
        notice. Although we ask that you give us at least two weeks' notice if you decide to
        resign, nothing in this letter changes the at-will nature of your employment, which
        can be changed only in a written agreement signed by you and the Company's Chief
        Executive Officer.""")),
    ("para", P("""
        **Confidentiality and inventions.** Like every employee, you must sign the Company's
        Employee Confidentiality and Invention Assignment Agreement (the "Confidentiality
        Agreement") before your start date. It requires you to keep the Company's
        confidential information secret, during and after your employment, and assigns to
        the Company the inventions you make in the course of your work.""")),
    ("para", P("""
        **Non-competition.** Because your role will give you access to our customer data
        models and product plans, the Confidentiality Agreement also contains a covenant not
        to compete. For 12 months after your employment ends, for any reason, you agree not
        to work for or provide services to a competing business in the United States in a
        role similar to the one you held with the Company. Please read this covenant
        carefully before you sign.""")),
    ("para", P("""
        **Arbitration.** You and the Company agree that any dispute arising out of your
        employment or its termination will be resolved by final and binding arbitration in
        Travis County, Texas, before a single neutral arbitrator, and not by a court or jury,
        except where the law does not allow such an agreement.""")),
    ("para", P("""
        **Conditions of this offer.** This offer is contingent upon (a) satisfactory
        completion of a background check; (b) your signing the Confidentiality Agreement;
        and (c) your providing, within three business days of your start date, documents
        that establish your identity and your authorization to work in the United
        States.""")),
    ("para", P("""
        **Entire agreement and governing law.** This letter, together with the
        Confidentiality Agreement and your equity documents, is the complete agreement
        between you and the Company on these subjects and replaces any earlier promises or
        discussions, written or oral. This letter is governed by the laws of the State of
        Texas.""")),
    ("para", P("""
        **Accepting this offer.** To accept, please sign and date this letter below and
        return it to me. This offer will expire if we have not received your signed
        acceptance within 7 days of the date of this letter.""")),
    ("para", P("""
        We are excited about the prospect of you joining Lanternfish, and I look forward to
        working with you.""")),
    ("para", "Sincerely,"),
    ("space", 8),
    ("lines", ["Rachel Lindqvist", "Vice President, People Operations", "Lanternfish Analytics, Inc."]),
    ("space", 8),
    ("bold", "ACCEPTANCE"),
    ("space", 1),
    ("para", P("""
        I have read and understood this offer, and I accept it on the terms above. I am not
        relying on any promise or statement that is not written in this letter.""")),
    ("space", 6),
    ("lines", ["Signature: ________________________________        Date: ____________________"]),
    ("space", 3),
    ("lines", ["Name: Daniel Okafor"]),
]


def build_us_pdf() -> bytes:
    from fpdf import FPDF

    class Letter(FPDF):
        def header(self):
            self.set_font("Helvetica", "B", 15)
            self.set_text_color(20, 60, 90)
            self.cell(0, 7, US_LETTERHEAD[0], new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 8.5)
            self.set_text_color(90)
            self.cell(0, 5, US_LETTERHEAD[1], new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(20, 60, 90)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(7)
            self.set_text_color(0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(110)
            self.cell(0, 6, f"Lanternfish Analytics, Inc.  |  Confidential  |  Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0)

    pdf = Letter(format="Letter", unit="mm")
    _pdf_metadata(pdf, "Offer of Employment - Daniel Okafor", "Lanternfish Analytics, Inc.", datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc))
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    _render_blocks(pdf, US_BLOCKS, font="Helvetica", size=10, line=4.7)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# c. Indian offer cum appointment letter (PDF, DejaVu Sans, A4, with CTC annexure)
# ---------------------------------------------------------------------------

IN_LETTERHEAD = (
    "KAVERI CLOUDWORKS PRIVATE LIMITED",
    "No. 48, 3rd Floor, Hosur Road, Koramangala, Bengaluru 560 034, Karnataka",
    "CIN: U72200KA2017PTC104381  |  careers@kavericloud.example",
)

# Annexure A: Basic 40% of CTC, HRA 50% of Basic, employer PF 12% of Basic, gratuity
# 4.81% of Basic, Special Allowance the balance. Monthly x 12 = annual, rows add up.
IN_CTC_ROWS = [
    ("section", "A. Fixed Salary"),
    ("row", "Basic Salary", "40,000", "4,80,000"),
    ("row", "House Rent Allowance (HRA)", "20,000", "2,40,000"),
    ("row", "Special Allowance", "33,276", "3,99,312"),
    ("subtotal", "Gross Salary (A)", "93,276", "11,19,312"),
    ("section", "B. Retirals"),
    ("row", "Employer's Contribution to Provident Fund", "4,800", "57,600"),
    ("row", "Gratuity", "1,924", "23,088"),
    ("subtotal", "Total Retirals (B)", "6,724", "80,688"),
    ("total", "Total Cost to Company (A + B)", "1,00,000", "12,00,000"),
]

IN_BLOCKS = [
    ("split", "Ref: KCW/HR/APT/2025/0217", "Date: 14th February 2025"),
    ("space", 4),
    ("lines", ["To,", "Ms. Sneha Raghunathan", "Flat 3B, Lakshmi Apartments", "No. 21, 4th Main Road, Kotturpuram", "Chennai – 600 085, Tamil Nadu"]),
    ("space", 4),
    ("bold", "Subject: Offer cum Appointment Letter – Senior Software Engineer"),
    ("space", 2),
    ("para", "Dear Sneha,"),
    ("para", P("""
        With reference to your application and the interviews you had with us, we are
        pleased to offer you employment with Kaveri Cloudworks Private Limited (the
        "Company") on the following terms and conditions.""")),
    ("para", P("""
        **1. Designation.** You will be appointed as Senior Software Engineer in the Platform
        Engineering department at Grade L3. You will report to the Engineering Manager –
        Platform, or to any other person the Company nominates. This is a full-time
        position.""")),
    ("para", P("""
        **2. Date of Joining.** Your date of joining will be Monday, 17th March 2025. If you do
        not join on this date, this offer will stand cancelled unless a revised date has been
        agreed with us in writing.""")),
    ("para", P("""
        **3. Place of Posting.** Your place of posting will be our office at Koramangala,
        Bengaluru. The Company may transfer you to any of its offices or client locations in
        India as business needs require.""")),
    ("para", P("""
        **4. Compensation.** Your total Cost to Company (CTC) will be ₹12,00,000 (Rupees Twelve
        Lakh only) per annum. The break-up of your compensation is given in Annexure A. Your
        salary will be credited to your bank account on the last working day of every month,
        after deduction of income tax, professional tax and other statutory deductions.""")),
    ("para", P("""
        **5. Probation and Confirmation.** You will be on probation for a period of six (6)
        months from your date of joining. On satisfactory completion of probation, your
        confirmation will be communicated to you in writing. The Company may extend the
        probation period if your performance during it has not been satisfactory.""")),
    ("para", P("""
        **6. Working Hours.** Our office hours are 9:30 AM to 6:30 PM, Monday to Friday. You may
        occasionally be required to work beyond these hours, or on weekends, to meet project
        deadlines.""")),
    ("para", P("""
        **7. Leave.** You will be entitled to 18 days of Earned Leave, 6 days of Casual Leave and
        7 days of Sick Leave in each calendar year, credited on a pro-rata basis in the year of
        joining. In addition, the Company observes 10 declared holidays every year. Unused
        Earned Leave may be carried forward up to a maximum of 45 days.""")),
    ("para", P("""
        **8. Benefits.** You, your spouse and up to two children will be covered under the
        Company's group medical insurance policy for a sum insured of ₹5,00,000 per year. The
        premium is paid by the Company and is not part of your CTC. You will also be a member
        of the Employees' Provident Fund, and gratuity will be payable as per the Payment of
        Gratuity Act, 1972.""")),
    ("para", P("""
        **9. Notice Period.** During probation, either party may end your employment by giving
        30 days' notice in writing or salary in lieu of notice. After confirmation, the notice
        period will be 60 days on either side. The Company may, at its discretion, waive the
        notice period in part or accept basic salary in lieu of it.""")),
    ("para", P("""
        **10. Confidentiality and Intellectual Property.** You shall not, during your employment
        or at any time after it ends, disclose any confidential information of the Company or
        its clients to any person. All software, designs, documents and inventions that you
        create in the course of your employment shall belong exclusively to the Company, and
        you will sign the Company's Non-Disclosure and Assignment of Inventions Agreement on
        your date of joining.""")),
    ("para", P("""
        **11. Background Verification.** This offer is subject to satisfactory background
        verification, including verification of your educational qualifications and previous
        employment. If any information furnished by you is found to be incorrect, the Company
        may withdraw this offer or terminate your employment without notice.""")),
    ("para", P("""
        **12. Documents.** Please bring the originals and one self-attested photocopy of each of
        the following on your date of joining:""")),
    ("bullets", [
        "Relieving letter and experience certificate from your previous employer",
        "Salary slips for the last three months",
        "Mark sheets and certificates for Class X, Class XII and your degree",
        "PAN card and Aadhaar card",
        "Four passport-size photographs",
        "A cancelled cheque for your salary account, and your UAN if you already have one",
    ]),
    ("para", P("""
        **13. General.** You will be governed by the Company's policies and its Employee
        Handbook as amended from time to time. You shall not take up any other employment or
        business while you are employed by the Company. You will retire from service on
        attaining the age of 58 years.""")),
    ("para", P("""
        **14. Jurisdiction.** Any dispute arising out of this appointment shall be subject to the
        exclusive jurisdiction of the courts at Bengaluru.""")),
    ("para", P("""
        This offer is valid until 21st February 2025. Please sign and return the duplicate copy
        of this letter as a token of your acceptance on or before that date, failing which this
        offer will stand withdrawn.""")),
    ("para", P("""
        We welcome you to Kaveri Cloudworks and wish you a long and rewarding career with
        us.""")),
    ("para", "Yours sincerely,"),
    ("para", "For Kaveri Cloudworks Private Limited"),
    ("space", 10),
    ("lines", ["Deepa Venkataraman", "Head – Human Resources"]),
    ("space", 8),
    ("bold", "ACCEPTANCE"),
    ("space", 1),
    ("para", P("""
        I, Sneha Raghunathan, have read and understood the terms and conditions of this
        appointment, and I accept them. I will join the Company on ____________________.""")),
    ("space", 6),
    ("lines", ["Signature: ____________________     Date: ______________     Place: ______________"]),
    ("pagebreak",),
    ("heading", "Annexure A – Compensation Structure"),
    ("space", 2),
    ("lines", [
        "Name: Sneha Raghunathan",
        "Designation: Senior Software Engineer",
        "Grade: L3",
        "Location: Bengaluru",
        "Effective from: 17th March 2025",
    ]),
    ("space", 5),
    ("ctc_table", IN_CTC_ROWS),
    ("space", 5),
    ("bold", "Notes"),
    ("space", 1),
    ("numbered", [
        "The employee's own Provident Fund contribution, professional tax and income tax are deducted from the Gross Salary.",
        "Gratuity is payable on completion of five years of continuous service, as per the Payment of Gratuity Act, 1972.",
        "Group medical insurance is provided in addition to the CTC above.",
        "Your compensation details are confidential and must not be shared with anyone inside or outside the Company.",
    ]),
]


def build_india_pdf() -> bytes:
    from fpdf import FPDF

    regular = DEJAVU_DIR / "DejaVuSans.ttf"
    bold = DEJAVU_DIR / "DejaVuSans-Bold.ttf"
    if not (regular.exists() and bold.exists()):
        sys.exit(f"make_samples: {regular} (and -Bold) are needed for the rupee sign; install fonts-dejavu-core")

    class Letter(FPDF):
        def header(self):
            self.set_font("DejaVu", "B", 13)
            self.set_text_color(120, 40, 20)
            self.cell(0, 7, IN_LETTERHEAD[0], align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(80)
            for line in IN_LETTERHEAD[1:]:
                self.cell(0, 4, line, align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(120, 40, 20)
            self.line(self.l_margin, self.get_y() + 1.5, self.w - self.r_margin, self.get_y() + 1.5)
            self.ln(7)
            self.set_text_color(0)

        def footer(self):
            self.set_y(-13)
            self.set_font("DejaVu", "", 7)
            self.set_text_color(110)
            self.cell(0, 6, f"Private & Confidential  |  Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0)

    pdf = Letter(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    _pdf_metadata(pdf, "Offer cum Appointment Letter - Sneha Raghunathan", "Kaveri Cloudworks Private Limited", datetime(2025, 2, 14, 10, 30, tzinfo=timezone.utc))
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    _render_blocks(pdf, IN_BLOCKS, font="DejaVu", size=9, line=4.5)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# b. UK contract of employment (DOCX: cover letter, Key terms table, clauses)
# ---------------------------------------------------------------------------

UK_COVER = [
    ("lines", ["Halden & Pryce Logistics Limited", "Carrow House, 18 Marlowe Street, Manchester M1 7QX", "Telephone 0161 496 0732"]),
    ("lines", ["Private and confidential", "Ms Chloe Marsden", "Flat 4, 22 Egerton Road", "Stockport", "SK4 2LP"]),
    ("para", "2 December 2024"),
    ("para", "Dear Chloe,"),
    ("bold", "Your contract of employment"),
    ("para", P("""
        Following your interview with Sunil Kapadia and me last week, I am delighted to offer
        you the role of Operations Analyst in our Network Planning team.""")),
    ("para", P("""
        I enclose two copies of your contract of employment. It begins with a table of the
        main terms, and the numbered clauses that follow explain them in more detail. Please read them carefully, sign both copies and return one to me by
        13 December 2024. If we have not heard from you by then, we will assume that you do
        not wish to accept our offer.""")),
    ("para", P("""
        This offer is conditional on you providing evidence of your right to work in the
        United Kingdom and on our receiving two references that are satisfactory to the
        Company.""")),
    ("para", P("""
        On your first day, Monday 6 January 2025, please come to reception at 9.00 am and
        bring your passport (or other proof of your right to work), your P45 from your
        previous employer and your bank details. Sunil will spend the morning with you and
        take you through our induction programme.""")),
    ("para", P("""
        If you have any questions in the meantime, please call me on the number above. We
        are all looking forward to working with you.""")),
    ("para", "Yours sincerely,"),
    ("lines", ["Graham Ellery", "Head of People", "Halden & Pryce Logistics Limited"]),
]

UK_KEY_TERMS = [
    ("Employer", "Halden & Pryce Logistics Limited"),
    ("Employee", "Chloe Marsden"),
    ("Job title", "Operations Analyst"),
    ("Line manager", "[insert]"),
    ("Start date", "6 January 2025"),
    ("Continuous employment", "Begins on the start date. No previous employment counts towards it."),
    ("Type of contract", "Permanent, full-time"),
    ("Place of work", "Manchester"),
    ("Salary", "£42,500 per annum"),
    ("Hours", "37.5 hours per week, Monday to Friday"),
    ("Holiday", "25 days plus bank holidays"),
    ("Probation", "6 months"),
    ("Notice", "During probation: one week by either party. After probation: one month by you and one month by the Company."),
    ("Pension", "Auto-enrolment; Company contribution 5% of qualifying earnings"),
]

# (heading, [sub-clauses]); the numbers are typed text, not Word list numbering,
# so that they survive any reader.
UK_CLAUSES = [
    ("Commencement and continuous employment", [
        "Your employment with the Company begins on the start date shown in the Key terms. Your period of continuous employment begins on the same date.",
        "This contract, together with the Key terms, forms your written statement of employment particulars.",
    ]),
    ("Job title and duties", [
        "You are employed as an Operations Analyst and will report to your line manager named in the Key terms, or to anyone else the Company tells you.",
        "You will carry out the duties of your role and any other reasonable duties that the Company asks of you and that match your skills and experience.",
    ]),
    ("Place of work", [
        "Your normal place of work is our office at Carrow House, 18 Marlowe Street, Manchester M1 7QX. You may be asked to travel to our depots and customers’ sites within the United Kingdom from time to time.",
        "You will not be required to work outside the United Kingdom for more than one month at a time.",
    ]),
    ("Probationary period", [
        "The first 6 months of your employment are a probationary period. The Company may extend it by up to three months if it needs more time to assess you, and will tell you in writing before the period ends.",
        "During the probationary period either party may end your employment by giving the other one week’s written notice.",
    ]),
    ("Salary", [
        "Your salary is £42,500 per annum. It accrues from day to day and is paid monthly in arrears on the last working day of each month, by credit transfer into your bank account.",
        "Your salary will be reviewed each April. The Company is not obliged to increase it.",
        "The Company may deduct from your pay any sums that you owe to it, including any overpayment of salary or holiday taken in excess of your entitlement.",
    ]),
    ("Hours of work", [
        "Your normal hours are 37.5 hours per week, from 9.00 am to 5.30 pm Monday to Friday, with an unpaid lunch break of one hour.",
        "You may be required to work additional hours when the needs of the business require it. You will not receive extra pay for additional hours.",
    ]),
    ("Holidays", [
        "The holiday year runs from 1 January to 31 December. You are entitled to 25 days’ paid holiday in each holiday year, plus the usual bank and public holidays in England. In the year in which your employment starts or ends, your entitlement is calculated pro rata.",
        "You may carry up to five days of unused holiday into the next holiday year. Any other untaken holiday is lost.",
        "When your employment ends, the Company will pay you for holiday accrued but not taken, or deduct from your final pay any holiday taken in excess of your accrued entitlement.",
    ]),
    ("Sickness absence", [
        "If you are unable to work because of sickness or injury, you must tell your line manager by 10.00 am on the first day of absence. For absences of more than seven calendar days you must provide a fit note from your doctor.",
        "You will receive Statutory Sick Pay if you qualify for it. Any payment above Statutory Sick Pay is at the Company’s discretion and is governed by the sickness absence policy in the Staff Handbook.",
    ]),
    ("Pension", [
        "The Company will automatically enrol you into its qualifying workplace pension scheme if you meet the eligibility criteria. You may opt out by contacting the scheme provider.",
        "While you are a member of the scheme, the Company will contribute 5% of your qualifying earnings and you will contribute 3% of your qualifying earnings, which will be deducted from your salary.",
    ]),
    ("Other benefits", [
        "You are eligible for the Company’s life assurance scheme, which pays a lump sum of four times your basic annual salary if you die while employed, subject to the rules of the scheme and to the insurer accepting you.",
    ]),
    ("Confidentiality", [
        "You must not, during your employment or after it ends, use or disclose any confidential information about the Company, its customers or its suppliers, except in the proper course of your duties or as required by law.",
    ]),
    ("Intellectual property", [
        "All intellectual property rights in any work, design, software or invention that you create in the course of your employment belong to the Company. You will sign any documents that the Company reasonably needs to confirm or protect those rights.",
    ]),
    ("Termination and notice", [
        "After you have successfully completed your probationary period, you must give the Company one month’s written notice to end your employment. The Company must give you one month’s written notice, or your statutory minimum notice if that is longer.",
        "The Company may pay you your basic salary in lieu of all or part of your notice period, or require you not to attend work during your notice period.",
        "The Company may end your employment without notice or payment in lieu of notice in the case of gross misconduct.",
    ]),
    ("Post-termination restrictions", [
        "For 6 months after your employment ends you must not, directly or indirectly, solicit or deal with any customer of the Company with whom you had material dealings in the 12 months before your employment ended, or try to persuade any employee of the Company to leave it.",
    ]),
    ("Disciplinary and grievance procedures", [
        "The Company’s disciplinary and grievance procedures are set out in the Staff Handbook. They do not form part of your contract. If you have a grievance, raise it first with your line manager.",
    ]),
    ("Staff Handbook", [
        "The Staff Handbook contains the Company’s policies and procedures. You must read it and comply with it. It does not form part of your contract unless it says so, and the Company may change it from time to time.",
    ]),
    ("Changes to your terms", [
        "The Company may vary these terms at its discretion. We will confirm any change to you in writing within one month of it taking effect.",
    ]),
    ("Collective agreements and training", [
        "No collective agreement affects your terms and conditions of employment.",
        "Apart from the Company’s induction programme and health and safety training, which the Company pays for, there is no training that you are required to complete.",
    ]),
    ("Data protection", [
        "The Company will process your personal data in accordance with its employee privacy notice, a copy of which you will receive with the Staff Handbook.",
    ]),
    ("Governing law", [
        "This contract is governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction over any dispute arising from it.",
    ]),
]

UK_SIGNATURES = [
    ("bold", "Signed for and on behalf of Halden & Pryce Logistics Limited"),
    ("lines", ["Signature: ______________________________", "Name: Graham Ellery", "Title: Head of People", "Date: 2 December 2024"]),
    ("bold", "Acceptance by the Employee"),
    ("para", "I accept the terms and conditions set out in this contract and acknowledge that I have received a copy of the Staff Handbook."),
    ("lines", ["Signature: ______________________________", "Name: Chloe Marsden", "Date: ________________"]),
]


def build_uk_docx() -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(25))
    section.top_margin = section.bottom_margin = Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)

    def add(blocks):
        for kind, *args in blocks:
            if kind == "para":
                doc.add_paragraph(args[0])
            elif kind == "bold":
                doc.add_paragraph().add_run(args[0]).bold = True
            elif kind == "lines":  # one paragraph, lines broken inside it, like an address
                par = doc.add_paragraph()
                for i, line in enumerate(args[0]):
                    run = par.add_run(line)
                    if i < len(args[0]) - 1:
                        run.add_break(WD_BREAK.LINE)

    add(UK_COVER[:1])
    doc.paragraphs[-1].runs[0].bold = True
    doc.paragraphs[-1].runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    add(UK_COVER[1:])
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("Contract of Employment", level=1)
    doc.add_paragraph(P("""
        This contract is made between Halden & Pryce Logistics Limited, a company registered
        in England and Wales under number 10482736 whose registered office is at Carrow
        House, 18 Marlowe Street, Manchester M1 7QX (the “Company”), and the Employee named
        below (“you”).
    """))
    doc.add_heading("Key terms", level=2)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in UK_KEY_TERMS:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Mm(45), Mm(115)

    doc.add_heading("Terms and conditions", level=2)
    for number, (heading, subclauses) in enumerate(UK_CLAUSES, start=1):
        doc.add_paragraph().add_run(f"{number}. {heading}").bold = True
        for sub, text in enumerate(subclauses, start=1):
            doc.add_paragraph(f"{number}.{sub}  {text}").paragraph_format.left_indent = Mm(8)
    add(UK_SIGNATURES)

    props = doc.core_properties
    props.title = "Contract of Employment - Chloe Marsden"
    props.author = props.last_modified_by = "Halden & Pryce Logistics Limited"
    props.created = props.modified = datetime(2024, 12, 2, 9, 0)
    props.revision = 1
    props.comments = ""
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip_times(buffer.getvalue(), (2024, 12, 2, 9, 0, 0))


# ---------------------------------------------------------------------------
# shared PDF rendering
# ---------------------------------------------------------------------------

def _pdf_metadata(pdf, title: str, author: str, when: datetime) -> None:
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator(author)
    pdf.set_producer("offercheck samples/make_samples.py")
    pdf.set_creation_date(when)


def _render_blocks(pdf, blocks, *, font: str, size: float, line: float) -> None:
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font(font, "", size)
    for kind, *args in blocks:
        if kind == "para":
            pdf.multi_cell(0, line, args[0], markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line * 0.55)
        elif kind == "lines":
            for text in args[0]:
                pdf.cell(0, line, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "bold":
            pdf.set_font(font, "B", size)
            pdf.cell(0, line, args[0], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", size)
        elif kind == "heading":
            pdf.set_font(font, "B", size + 2)
            pdf.cell(0, line + 2, args[0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", size)
        elif kind == "split":  # left and right on one line (reference number | date)
            pdf.cell(width / 2, line, args[0])
            pdf.cell(width / 2, line, args[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind in ("bullets", "numbered"):
            for i, text in enumerate(args[0], start=1):
                mark = "•" if kind == "bullets" else f"{i}."
                pdf.set_x(pdf.l_margin + 4)
                pdf.cell(6, line, mark)
                pdf.multi_cell(width - 10, line, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line * 0.55)
        elif kind == "space":
            pdf.ln(args[0])
        elif kind == "pagebreak":
            pdf.add_page()
        elif kind == "ctc_table":
            _ctc_table(pdf, args[0])
        else:
            raise ValueError(f"unknown block kind {kind!r}")


def _ctc_table(pdf, rows) -> None:
    from fpdf.fonts import FontFace

    shade = FontFace(emphasis="BOLD", fill_color=(235, 228, 220))
    strong = FontFace(emphasis="BOLD")
    with pdf.table(
        col_widths=(90, 40, 40),
        text_align=("LEFT", "RIGHT", "RIGHT"),
        line_height=6,
        headings_style=FontFace(emphasis="BOLD", fill_color=(120, 40, 20), color=(255, 255, 255)),
    ) as table:
        table.row(["Component", "Monthly (Rs.)", "Annual (Rs.)"])
        for kind, label, *amounts in rows:
            if kind == "section":
                table.row().cell(label, colspan=3, style=shade, align="LEFT")
            else:
                style = strong if kind in ("subtotal", "total") else None
                row = table.row()
                row.cell(label, style=style)
                for amount in amounts:
                    row.cell(amount, style=style)


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
# command line
# ---------------------------------------------------------------------------

BUILDERS = {
    "us-offer-letter.pdf": build_us_pdf,
    "uk-contract.docx": build_uk_docx,
    "india-appointment-letter.pdf": build_india_pdf,
}


def document_text(path: Path) -> str:
    """Plain text of a generated document, for checking gold quotes against."""
    if path.suffix == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(path)
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def check_evidence(path: Path) -> list[str]:
    """Gold evidence quotes (samples/<name>.terms.yaml) that the document does not contain."""
    import yaml

    gold_path = path.with_name(path.name.rsplit(".", 1)[0] + ".terms.yaml")
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    text = " ".join(document_text(path).split())
    missing = []
    for field, quotes in (gold.get("evidence") or {}).items():
        for quote in quotes if isinstance(quotes, list) else [quotes]:
            if " ".join(str(quote).split()) not in text:
                missing.append(f"{gold_path.name}: evidence for {field} not in document: {quote!r}")
    for field in gold["fields"]:
        if gold["fields"][field] is not None and field not in (gold.get("evidence") or {}):
            missing.append(f"{gold_path.name}: {field} has a value but no evidence quote")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="verify the committed files instead of writing them")
    args = parser.parse_args(argv)
    problems = []
    for name, build in BUILDERS.items():
        path = HERE / name
        data = build()
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                problems.append(f"{name}: differs from what make_samples.py builds; rerun it")
            problems += check_evidence(path)
        else:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(HERE.parent)} ({len(data):,} bytes)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
