#!/usr/bin/env python3
"""Build the eighth held-out set under tests/letters_unseen8/<id>/<id>.<ext> from the texts here.

Twelve team-written letters for ordinary and mid-level jobs outside the US (India, the
Philippines, Qatar, England, Ontario, South Australia, Tasmania and Malaysia), kept apart
from tuning. They were written blind: without reading rules/, src/, the corpus or any
earlier set's letters and gold (only the README files of tests/letters_unseen to
tests/letters_unseen6, for the jurisdictions and traps already used, the shared renderers in
tests/blind_letters.py, tests/letters_unseen4/make_letters.py for the format and one gold
file of the fourth set for the YAML shape), without looking at the seventh set (being
written at the same time), and without running offercheck on them. Do not tune rules on
them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen8/make_letters.py             # rewrite every letter
    python tests/letters_unseen8/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen8/make_letters.py --check     # rebuild in memory: fail if a
                                                             # committed file differs or a gold
                                                             # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``) and against the
documents as pypdfium2 and python-docx read them, never against offercheck's reading (the
scanned letter has no text layer at all). Every company, person, address and figure below
is invented, and every sentence was written for this set. The renderers are the shared
ones in tests/blind_letters.py (unchanged). Output is byte-for-byte reproducible.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the shared renderers

from blind_letters import P, LetterSet, main, source_text  # noqa: E402,F401 (the tests read source_text)

SET = LetterSet(Path(__file__))
LETTERS = SET.letters
letter = SET.letter


# ---------------------------------------------------------------------------
# the letters
# ---------------------------------------------------------------------------

# 1. India (Tamil Nadu), banking operations: PDF with ruled tables, 3 pages.
#     Traps: CTC in lakh notation with words in the body and an annexure with monthly and
#     annual columns (basic, HRA, gross, retirals, fixed CTC, variable, total CTC); variable
#     pay "up to"; hours from times less a lunch hour; earned + casual leave with sick leave
#     apart; notice 60 days from the employee and 30 from the company after confirmation;
#     probation notice of 15 days; a deadline "within 7 days of the date of this letter";
#     courts at Chennai named but no governing law.
letter(
    "in-tn-chennai-payments-operations-associate-ctc", "pdf", datetime(2027, 1, 11, 10, 30),
    "Offer of Employment - Nivedha Ramalingam", "Adyar Ledgerworks Private Limited",
    font="DejaVuSerif", size=9.5, footer="Adyar Ledgerworks Private Limited  -  Private and Confidential",
    blocks=[
        ("head", "Adyar Ledgerworks Private Limited",
         "No. 7, Second Main Road, Ambattur Industrial Estate, Chennai - 600058  |  CIN U65999TN2014PTC000000"),
        ("lines", ["Ref: ALW/HR/OL/2027/0143", "Date: 11th January 2027", "",
                   "Ms. Nivedha Ramalingam", "Old No. 12, New No. 31, Bharathi Street", "West Mambalam, Chennai - 600033"]),
        ("para", "Dear Ms. Nivedha,"),
        ("title", "Sub: Offer of Employment"),
        ("para", P("""
            With reference to your application and the subsequent discussions you had with us, we are
            happy to offer you employment with Adyar Ledgerworks Private Limited (hereinafter "the
            Company") on the terms given below. The Company runs payments, clearing and reconciliation
            operations for banks and non-banking finance companies, and you will be part of the Cards
            and Payments Operations vertical.""")),
        ("table", [
            ["Designation", "Associate - Payments Operations"],
            ["Grade", "A2"],
            ["Reporting to", "Team Leader, Payments Operations"],
            ["Date of Joining", "1st February 2027"],
            ["Work Location", "Ambattur delivery centre, Chennai"],
            ["Nature of Employment", "Full-time, permanent (subject to confirmation)"],
        ], False),
        ("heading", "1. Compensation"),
        ("para", P("""
            Your annual Cost to Company (CTC) will be Rs. 4,86,000/- (Rupees Four Lakh Eighty Six
            Thousand only). The break-up of the CTC is set out in Annexure A. The CTC includes the
            Company's contributions to Provident Fund and Gratuity and a variable component, and it is
            not the amount you will receive in hand each month. Salary is credited to your bank
            account on the last working day of every month, after deduction of income tax, professional
            tax and your own Provident Fund contribution.""")),
        ("para", P("""
            The variable pay shown in Annexure A is payable once a year, after the close of the
            financial year, and you can earn up to Rs. 24,000/- depending on your own quality and
            productivity scores and the Company's results. It is pro-rated for the part of the year you
            have worked and is paid only if you are on the rolls on the date of payout.""")),
        ("heading", "2. Working Hours"),
        ("para", P("""
            The office works from 9.30 a.m. to 6.30 p.m., Monday to Friday, with a lunch break of one
            hour. During month-end and quarter-end closing you may be asked to stay back or to come in
            on a Saturday, for which compensatory off will be given. This is a work-from-office role
            and you will be expected at the delivery centre on all working days.""")),
        ("heading", "3. Leave and Holidays"),
        ("para", P("""
            You will be entitled to 12 days of earned leave, 8 days of casual leave and 7 days of sick
            leave in each calendar year, credited on a pro-rata basis in your first year. In addition,
            the Company declares 10 paid holidays every year; the list is published in December.
            Earned leave can be carried forward up to 30 days.""")),
        ("heading", "4. Probation and Confirmation"),
        ("para", P("""
            You will be on probation for six months from your date of joining. On satisfactory
            completion the Company will confirm you in writing; until a confirmation letter is issued
            you will continue to be on probation. While on probation, either of us may end the
            employment by giving 15 days' notice.""")),
        ("heading", "5. Separation"),
        ("para", P("""
            After confirmation, a resignation takes effect only after you have served 60 days'
            notice from the date the Company receives it. The Company may relieve you earlier at its discretion, but shortfall in notice cannot be
            bought out without approval. The Company may terminate your services after confirmation by
            giving you 30 days' notice or basic salary for that period in lieu of notice, and without
            any notice in case of misconduct.""")),
        ("pagebreak",),
        ("heading", "6. Benefits"),
        ("bullets", [
            "Provident Fund and Gratuity as per the applicable Acts.",
            "Group Mediclaim cover of Rs. 3,00,000 per annum for self, spouse and up to two children.",
            "Group Term Life cover of Rs. 10,00,000 for self.",
            "Subsidised lunch at the delivery centre cafeteria.",
        ]),
        ("heading", "7. Confidentiality and Work Product"),
        ("para", P("""
            In the course of your work you will handle card data, account numbers and other
            information of the Company's clients and their customers. You shall keep all such
            information secret, both during and after your employment, and shall use it only for the
            Company's work. Any process documents, macros, reports or software you prepare in the
            course of your employment will be the sole property of the Company.""")),
        ("para", P("""
            For twelve months after you leave the Company, you shall not directly or indirectly
            induce any employee of the Company to leave its service.""")),
        ("heading", "8. Conditions of this Offer"),
        ("para", P("""
            This offer is conditional on a satisfactory background verification carried out by an
            agency appointed by the Company, on verification of your educational certificates and
            mark sheets, and on your being found medically fit by the Company's empanelled doctor. If
            any information you have given is found to be false, the offer or the employment may be
            withdrawn without notice.""")),
        ("heading", "9. Jurisdiction"),
        ("para", P("""
            Any dispute arising out of this letter shall be subject to the exclusive jurisdiction of
            the courts at Chennai.""")),
        ("para", P("""
            Please sign the duplicate copy of this letter as a token of your acceptance and return it
            to us within 7 days of the date of this letter, failing which the offer will lapse. On
            the date of joining, please bring the original documents listed in Annexure B.""")),
        ("para", "We look forward to a long association with you."),
        ("lines", ["For Adyar Ledgerworks Private Limited", "", "", "S. Kalaivani", "Manager - Human Resources", "",
                   "I accept the offer on the above terms.", "Signature: ____________________   Date: __________"]),
        ("pagebreak",),
        ("heading", "Annexure A - Compensation Structure (Grade A2)"),
        ("para", "Name: Nivedha Ramalingam        Designation: Associate - Payments Operations"),
        ("table", [
            ["Component", "Monthly (Rs.)", "Annual (Rs.)"],
            ["Basic Salary", "16,000", "1,92,000"],
            ["House Rent Allowance", "6,400", "76,800"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "11,930", "1,43,160"],
            ["Gross Salary (A)", "35,930", "4,31,160"],
            ["Employer's contribution to PF", "1,800", "21,600"],
            ["Gratuity", "770", "9,240"],
            ["Retirals (B)", "2,570", "30,840"],
            ["Fixed CTC (A + B)", "38,500", "4,62,000"],
            ["Variable Pay (C) - annual, performance linked", "-", "24,000"],
            ["Total CTC (A + B + C)", "-", "4,86,000"],
        ], True),
        ("para", P("""
            Notes: (1) Income tax will be deducted at source as per the regime you choose. (2) Gratuity
            is payable only on completion of five years of continuous service, as per the Payment of
            Gratuity Act, 1972. (3) Mediclaim and term life premiums are borne by the Company and are
            not part of the CTC.""")),
        ("heading", "Annexure B - Documents to be submitted on joining"),
        ("bullets", [
            "Originals and two photocopies of SSLC, HSC and degree certificates and mark sheets",
            "Relieving letter and last three months' pay slips from your previous employer, if any",
            "PAN card, Aadhaar card and four passport-size photographs",
            "Cancelled cheque of your salary account",
        ]),
    ],
)


# 2. India (Uttar Pradesh), international voice process: DOCX with a salary table, 2 pages.
#     Traps: CTC as "INR 3.84 LPA" in the body and 3,84,000 only in the table's total row;
#     a per-month column beside a per-annum column; a quarterly performance incentive at
#     target; a joining bonus recovered if the associate leaves within 180 days; night
#     shifts of nine hours including a meal hour, five days; "governed by the leave policy"
#     with no number; cab service; arbitration with a seat; a deadline as a plain date.
letter(
    "in-up-noida-customer-support-associate-night-shift", "docx", datetime(2027, 2, 3, 16, 5),
    "Offer Letter - Aakash Tyagi", "Yamunabridge CX Services Pvt. Ltd.",
    blocks=[
        ("head", "Yamunabridge CX Services Pvt. Ltd.",
         "Tower B, Plot A-41, Sector 62, Noida, Uttar Pradesh 201309  |  careers@yamunabridgecx.example"),
        ("lines", ["3 February 2027", "", "To,", "Mr. Aakash Tyagi", "H. No. 218, Shastri Nagar", "Ghaziabad, Uttar Pradesh 201002"]),
        ("title", "OFFER LETTER"),
        ("para", "Dear Aakash,"),
        ("para", P("""
            Congratulations! Further to your interview and voice assessment on 29 January, we are
            pleased to offer you the position of Customer Support Associate (International Voice) in
            our US Telecom Care process, at level L1. The terms of this offer are as follows.""")),
        ("heading", "Date of joining and place of posting"),
        ("para", P("""
            Your date of joining is 15 February 2027 and you will report at 6.00 p.m. for induction.
            You will be posted at our Sector 62 facility in Noida. The process runs from our floor
            only; work from home is not available for this process.""")),
        ("heading", "Compensation"),
        ("para", P("""
            Your total annual compensation (CTC) is INR 3.84 LPA, as broken up in the table below. Salary
            for each month is paid by the 7th of the following month by bank transfer.""")),
        ("table", [
            ["Component", "Per Month (INR)", "Per Annum (INR)"],
            ["Basic", "12,800", "1,53,600"],
            ["HRA", "6,400", "76,800"],
            ["Special Allowance", "7,880", "94,560"],
            ["Gross Salary", "27,080", "3,24,960"],
            ["PF - Employer Share", "1,536", "18,432"],
            ["Gratuity", "616", "7,392"],
            ["Performance Incentive (at 100% of target, paid quarterly)", "2,768", "33,216"],
            ["Total CTC", "32,000", "3,84,000"],
        ], True),
        ("para", P("""
            The performance incentive depends on your scores for quality, average handling time,
            customer satisfaction and attendance, and can be lower or higher than the target figure
            shown; the process incentive plan is shared during induction.""")),
        ("heading", "Joining bonus"),
        ("para", P("""
            You will receive a one-time joining bonus of INR 15,000, paid along with your first month's
            salary. In case you resign, abscond, or are terminated for misconduct within 180 days of
            your date of joining, the entire joining bonus will be recovered from your full and final
            settlement.""")),
        ("heading", "Shift and working hours"),
        ("para", P("""
            As the process supports customers in the United States, you will work night shifts, which
            rotate every month. Each shift is of nine hours including a one-hour meal break, and you
            will work five shifts a week with two weekly offs, which may not fall on Saturday and
            Sunday.""")),
        ("heading", "Leave"),
        ("para", P("""
            You will be governed by the leave policy of the Company as applicable to your level, as
            amended from time to time.""")),
        ("heading", "Benefits"),
        ("bullets", [
            "Pick-up and drop by company cab for all shifts starting or ending between 8 p.m. and 7 a.m.",
            "Group Medical Insurance of INR 2,00,000 covering you, your spouse, children and parents",
            "Provident Fund and Gratuity as per statute",
            "One meal per shift at the facility cafeteria",
        ]),
        ("heading", "Probation and notice"),
        ("para", P("""
            You will be on probation for six months from your date of joining, which may be extended by
            up to three months if your performance needs more time to be assessed. During probation
            either side can end the employment with 7 days' notice. Once you are confirmed, you must
            give 30 days' notice to resign, and the Company may end your employment with 30 days'
            notice or gross salary in lieu of notice.""")),
        ("heading", "Confidentiality"),
        ("para", P("""
            You will handle personal information of the client's customers. Before you are given
            system access you must sign the Company's Non-Disclosure Agreement and the client's
            information security declaration, and your employment depends on your doing so. Mobile
            phones, paper and pens are not allowed on the production floor.""")),
        ("heading", "Verification"),
        ("para", P("""
            Your appointment is subject to a background verification of your previous employment,
            address and criminal record by a third-party agency. If the report is adverse, the Company
            may end your employment at once.""")),
        ("heading", "Disputes"),
        ("para", P("""
            This offer and your employment are governed by the laws of India. Any dispute that cannot
            be settled amicably will be referred to a sole arbitrator appointed by the Company under
            the Arbitration and Conciliation Act, 1996; the seat of arbitration will be New Delhi.""")),
        ("para", P("""
            Kindly sign and send back a scanned copy of this letter by 7 February 2027. If we do not hear
            from you by then, this offer will stand withdrawn.""")),
        ("lines", ["Best wishes,", "", "Ritika Bhardwaj", "Talent Acquisition - North", "Yamunabridge CX Services Pvt. Ltd.", "",
                   "Accepted: ____________________   Date: ____________"]),
    ],
)


# 3. India (West Bengal), retail store: a SCANNED letter (image only), 2 pages.
#     Traps: no text layer; CTC in figures and words with a small monthly table; privilege,
#     casual and sick leave; a 48-hour week with a rostered weekly off; a service agreement
#     with a fixed sum payable for leaving within 18 months (a bond, not a clawback);
#     one month's notice either way; references from two employers; no deadline.
letter(
    "in-wb-kolkata-retail-department-manager-scan", "scan", datetime(2027, 2, 22, 12, 0),
    "Appointment Letter - Sreyashi Mitra", "Hooghly Lane Retail Limited",
    blocks=[
        ("head", "HOOGHLY LANE RETAIL LIMITED", "Regd. Office: 4th Floor, 19B Camac Street, Kolkata 700017, West Bengal"),
        ("lines", ["HLRL/HR/APP/0412/2027", "22.02.2027", "", "Ms. Sreyashi Mitra", "Flat 3C, 45 Purna Das Road",
                   "Kolkata 700029"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Ms. Mitra,"),
        ("para", P("""
            We are pleased to appoint you as Department Manager - Women's Apparel at our Camac Street
            store, Kolkata, with effect from 8th March 2027, on the following terms and conditions.""")),
        ("para", P("""
            1. Remuneration: Your Cost to Company will be Rs. 5,20,000/- (Rupees Five Lakh Twenty
            Thousand only) per annum. The monthly components are shown below; the Company's share of
            Provident Fund and gratuity and an annual performance bonus of up to Rs. 52,720/- make up the
            rest of the CTC.""")),
        ("table", [
            ["Basic + DA", "Rs. 18,500"],
            ["HRA", "Rs. 7,400"],
            ["Other Allowance", "Rs. 10,350"],
            ["Gross per month", "Rs. 36,250"],
        ], False),
        ("para", P("""
            2. Payment: Salary will be paid on or before the 7th of each month into your salary account.""")),
        ("para", P("""
            3. Working Hours: Stores are open seven days a week. You will work 48 hours a week on a roster
            made by the Store Manager, with one weekly off on a weekday. Sundays and festival days are
            peak days and leave on those days will not normally be approved.""")),
        ("para", P("""
            4. Leave: You will be eligible for 18 days of privilege leave, 7 days of casual leave and 7
            days of sick leave in a year, in addition to the national and festival holidays declared
            by the Company.""")),
        ("para", P("""
            5. Probation: You will be on probation for six months. Your services will be confirmed in
            writing on satisfactory completion of the probation period.""")),
        ("para", P("""
            6. Notice: After confirmation, either party may end this employment by giving one month's
            notice in writing or one month's gross salary in lieu of notice.""")),
        ("pagebreak",),
        ("para", P("""
            7. Service Agreement: As the Company will put you through its eight-week Store Leadership
            Programme at its own cost, you are required to sign a Service Agreement to serve the Company
            for at least 18 months from the date of joining. If you leave before that, you will pay the
            Company a sum of Rs. 40,000/- as agreed damages.""")),
        ("para", P("""
            8. Benefits: You will be covered under the Company's group health insurance for yourself and
            your family, and you will be a member of the Employees' Provident Fund. Staff discount on
            merchandise is available as per policy.""")),
        ("para", P("""
            9. Conduct: You will not disclose the Company's sales figures, supplier terms or pricing
            plans to anyone outside the Company, during your employment or after it.""")),
        ("para", P("""
            10. This appointment is subject to satisfactory references from your last two employers.""")),
        ("para", P("""
            Please sign the duplicate copy of this letter and hand it over to the HR department on your
            date of joining.""")),
        ("lines", ["For HOOGHLY LANE RETAIL LIMITED", "", "Arindam Sengupta", "Head - Human Resources (East)", "",
                   "Accepted: ____________________"]),
    ],
)


# 4. Philippines (Taguig), shared services: TXT, 2 pages.
#     Traps: pay "gross per month" in a clause headed Compensation that never says salary;
#     de minimis benefits beside it; "every 15th and 30th"; 13th month pay (a legal
#     entitlement, not a bonus target); probationary six months; vacation and sick leave
#     only upon regularization; HMO with a dependant; 30 days' notice from the employee
#     under the Labor Code and none stated from the company; NBI clearance and medical.
letter(
    "ph-taguig-payroll-timekeeping-specialist-probationary", "txt", datetime(2027, 3, 1, 9, 0),
    "Job Offer - Ma. Cristina Dimaculangan", "Bonifacio Tidewater Shared Services, Inc.",
    blocks=[
        ("head", "BONIFACIO TIDEWATER SHARED SERVICES, INC.",
         "28th Floor, One Lakeshore Tower, 11th Avenue corner 32nd Street, Bonifacio Global City, Taguig City 1634"),
        ("lines", ["March 1, 2027", "", "MS. MA. CRISTINA DIMACULANGAN", "Blk 9 Lot 22 Camia Street, Pembo", "Taguig City"]),
        ("para", "Dear Ms. Dimaculangan,"),
        ("para", P("""
            We are glad to offer you PROBATIONARY EMPLOYMENT as Payroll and Timekeeping Specialist in our
            Finance Operations group, under the terms below. This offer was prepared after your final
            interview with our Payroll Manager on February 24.""")),
        ("heading", "POSITION AND REPORTING"),
        ("para", P("""
            Position: Payroll and Timekeeping Specialist (Rank and File, Level 3). You will report to
            the Payroll Manager, Ms. Leonora Sarmiento, and will handle the timekeeping and semi-monthly
            payroll of our client accounts.""")),
        ("heading", "START OF WORK AND WORKPLACE"),
        ("para", P("""
            Your first day is March 15, 2027. You will work at our office in Bonifacio Global City,
            Taguig, on site five days a week.""")),
        ("heading", "COMPENSATION"),
        ("para", P("""
            You will receive PHP 38,500.00 gross per month, less withholding tax and your share of SSS,
            PhilHealth and Pag-IBIG contributions. Payout is every 15th and 30th of the month through
            your payroll account with our partner bank; when a payday falls on a weekend or holiday,
            payout is on the working day before it.""")),
        ("para", P("""
            On top of this you will receive the following de minimis benefits, which are not taxable
            within the limits set by the BIR: rice subsidy of PHP 2,000.00 a month, laundry allowance
            of PHP 300.00 a month, and a uniform and clothing allowance of PHP 6,000.00 a year.""")),
        ("para", P("""
            You will receive 13th month pay, equal to one-twelfth of the basic pay you earned in the
            calendar year, on or before December 24.""")),
        ("heading", "HOURS OF WORK"),
        ("para", P("""
            Your regular schedule is Monday to Friday, 8:00 AM to 5:00 PM, with a one-hour meal break
            that is not counted as working time. Work beyond eight hours in a day must be approved in
            advance and is paid with the premium required by the Labor Code.""")),
        ("heading", "PROBATIONARY PERIOD"),
        ("para", P("""
            You will be on probation for six (6) months from your first day. The standards you must meet
            to become a regular employee are in the attached Key Result Areas, which your manager will
            go through with you in your first week. If you meet them, you will be made regular at the
            end of the sixth month.""")),
        ("heading", "LEAVE AND HMO"),
        ("para", P("""
            Upon regularization you will earn fifteen (15) days of vacation leave and ten (10) days of
            sick leave per year. Unused sick leave may be converted to cash at year end. You and one
            qualified dependent will be enrolled in our HMO plan from your first day, with a maximum
            benefit limit of PHP 150,000.00 per illness per year, and you will also be covered by group
            life insurance of PHP 300,000.00.""")),
        ("heading", "RESIGNATION"),
        ("para", P("""
            If you decide to resign, please give us written notice at least thirty (30) days before your
            last day, as the Labor Code requires, so that your payroll accounts can be turned over
            properly.""")),
        ("heading", "CONFIDENTIALITY"),
        ("para", P("""
            You will see the pay and personal data of many people. You will be asked to sign our
            Confidentiality and Data Privacy Undertaking, and you must not share any of that data except
            as your work requires, during your employment and after it ends.""")),
        ("heading", "PRE-EMPLOYMENT REQUIREMENTS"),
        ("para", P("""
            This offer is subject to your passing the pre-employment medical examination at our
            accredited clinic and submitting a valid NBI clearance, together with your TIN, SSS,
            PhilHealth and Pag-IBIG numbers and your transcript of records, before your first day.""")),
        ("para", P("""
            Philippine law governs this offer and your employment with us.""")),
        ("para", P("""
            Kindly confirm your acceptance on or before March 5, 2027 by signing this letter and emailing
            a copy to recruitment@btss.example.""")),
        ("lines", ["Very truly yours,", "", "JOSEFINA R. ALCARAZ", "Human Resources Manager", "", "CONFORME:", "",
                   "____________________________", "Ma. Cristina Dimaculangan", "Date: ______________"]),
    ],
)


# 5. Qatar (Doha), hotel front office: DOCX with a pay table, 2 pages.
#     Traps: basic, housing and transport allowances in a table whose Basic row (the salary)
#     differs from the total package row; a two-year limited contract whose end date is
#     derived; 48 hours over six days; overtime paid at 125%; 30 calendar days' leave and an
#     annual air ticket; end-of-service gratuity (not a listed benefit); one month's notice
#     either way; a one-year non-compete; the Labour Law of Qatar; no deadline.
letter(
    "qa-doha-hotel-front-office-supervisor-limited-contract", "docx", datetime(2027, 2, 17, 13, 40),
    "Employment Offer - Kelvin Otieno Wambua", "Simaisma Sands Hospitality W.L.L.",
    blocks=[
        ("head", "Simaisma Sands Hospitality W.L.L.",
         "P.O. Box 24718, Diplomatic Area, West Bay, Doha, State of Qatar  |  C.R. No. 000000"),
        ("lines", ["17 February 2027", "", "Mr. Kelvin Otieno Wambua", "Moi Avenue, Mombasa, Kenya",
                   "By email: kelvin.wambua@mailbox.example"]),
        ("title", "Employment Offer and Summary of Contract Terms"),
        ("para", "Dear Mr. Wambua,"),
        ("para", P("""
            Following your interview with our Front Office Manager, we are pleased to offer you the
            position of Front Office Supervisor at our West Bay property in Doha, the Simaisma Sands
            Hotel & Residences. The main terms are below; they will be carried into the employment
            contract registered with the Ministry of Labour, which will be in Arabic and English.""")),
        ("heading", "Contract period"),
        ("para", P("""
            This is a limited contract for two (2) years starting on the date you report for duty in
            Doha, expected to be 1 April 2027. It may be renewed for a further period by a new written
            agreement between you and the Hotel; otherwise it ends at the end of the two years.""")),
        ("heading", "Monthly salary"),
        ("table", [
            ["Item", "QAR per month"],
            ["Basic Salary", "4,200"],
            ["Housing Allowance", "1,500"],
            ["Transportation Allowance", "600"],
            ["Total Monthly Package", "6,300"],
        ], True),
        ("para", P("""
            Salary is paid monthly into your Qatari bank account through the Wage Protection System.
            Meals are provided in the staff cafeteria while you are on duty, and uniforms are provided
            and laundered by the Hotel.""")),
        ("heading", "Working hours"),
        ("para", P("""
            Normal working hours are 48 hours per week over six days, on rotating shifts. During the
            holy month of Ramadan hours are reduced as the law provides. Hours worked beyond your
            normal hours are paid at 125% of your basic hourly wage, or 150% for work between 9 p.m.
            and 6 a.m.""")),
        ("heading", "Probation"),
        ("para", P("""
            The first six months of the contract are a probation period.""")),
        ("heading", "Annual leave and air ticket"),
        ("para", P("""
            You are entitled to 30 calendar days of paid annual leave for each completed year of
            service, in addition to the official public holidays of Qatar. Each year the Hotel provides
            an economy class return air ticket between Doha and Nairobi.""")),
        ("heading", "Medical"),
        ("para", P("""
            You will be covered by the Hotel's group medical insurance in Qatar, in addition to the
            state health card.""")),
        ("heading", "End of service"),
        ("para", P("""
            On completing at least one year of service you will receive an end-of-service gratuity of
            three weeks' basic salary for each year of service, calculated in accordance with the
            Labour Law.""")),
        ("heading", "Termination"),
        ("para", P("""
            After the probation period, either party may terminate the contract by giving one month's
            written notice, in line with the Labour Law for service of up to five years.""")),
        ("heading", "Confidentiality and restriction"),
        ("para", P("""
            You must keep guest information and the Hotel's commercial information confidential. For
            one year after your contract ends, you may not work for another hotel in the Doha
            municipality in a front office or reservations role.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is subject to the Hotel obtaining your work visa and Qatar ID, to your passing
            the medical fitness examination required for residency, and to your providing a police
            clearance certificate from Kenya issued within the last six months.""")),
        ("para", P("""
            The contract will be governed by Law No. 14 of 2004 (the Labour Law of the State of Qatar) and
            its implementing decisions.""")),
        ("para", "Please sign below to confirm that you accept these terms."),
        ("lines", ["Yours sincerely,", "", "Noura Al-Kuwari", "Director of Human Resources", "", "Accepted by:",
                   "Kelvin Otieno Wambua   Signature: ________________   Date: ____________"]),
    ],
)


# 6. UK (England, Birmingham), logistics: PDF, the long one (a covering letter, a written
#     statement of particulars in numbered clauses, a Schedule and an acceptance page).
#     Traps: "GBP 33,250 p.a." only in the Schedule, behind the defined term "the Basic
#     Salary"; hours from times less an unpaid half hour; paid overtime; 33 days "inclusive
#     of" the bank holidays; company sick pay at full pay then half pay; pension with the
#     employer's percentage; notice that differs per side (four weeks vs one month); garden
#     leave; restrictive covenants in months under a heading; a training-fee repayment on a
#     sliding scale; a deadline "within 10 days of the date of this letter".
_BHAM_CLAUSES = [
    ("1. Parties and definitions", """
        This statement is given by Tame Valley Freight Solutions Limited, a company registered in
        England with number 09999999 whose registered office is at Unit 4, Wharfdale Road, Tyseley,
        Birmingham B11 2DA (the "Company"), to Harpreet Kaur Bassi (the "Employee"). In this
        statement, "the Schedule" means the schedule at the end of it, and words defined in the
        Schedule have the meanings given there."""),
    ("2. Commencement and continuity", """
        Your employment begins on the Start Date set out in the Schedule, and your continuous
        employment dates from that day: time you worked for any earlier employer is not added to it."""),
    ("3. Job title and duties", """
        You are employed as Transport Planner. You will plan and schedule the Company's trunking and
        multi-drop routes, allocate loads to drivers and subcontract hauliers, monitor tachograph and
        working-time compliance, and carry out any other duties the Company reasonably gives you that
        are consistent with your role. You report to the Transport Manager."""),
    ("4. Place of work", """
        Your normal place of work is the Company's Tyseley depot in Birmingham. The Company may ask
        you to work at its Minworth cross-dock site for short periods to cover peaks, and you may be
        asked to attend customer meetings elsewhere in the West Midlands. You will not be required to
        work outside the United Kingdom."""),
    ("5. Probationary period", """
        The first six months of your employment are a probationary period, during which your
        performance and conduct will be reviewed. The Company may extend the probationary period by
        up to three months. During the probationary period either party may end the employment by
        giving one week's notice in writing."""),
    ("6. Remuneration", """
        You will be paid the Basic Salary, which accrues from day to day and is paid monthly in
        arrears by credit transfer on the 28th day of each month (or the last working day before it
        when the 28th is not a working day). The Basic Salary is reviewed each April; a review does
        not mean that it will be increased. The Company may deduct from your pay any sums you owe
        it, including any overpayment of wages or expenses and any training costs due under clause 20."""),
    ("7. Hours of work", """
        Your normal working hours are 08:30 to 16:30, Monday to Friday, with an unpaid lunch break of
        30 minutes, making 37.5 hours a week. Planning runs around the clock, so you will also join an
        on-call rota for out-of-hours queries, roughly one week in six, for which an on-call payment
        of GBP 120 a week is made."""),
    ("8. Overtime", """
        Additional hours may be needed at busy times, in particular in the weeks before Christmas.
        Overtime authorised in advance by your manager is paid at time and a quarter of your basic
        hourly rate for hours worked beyond 37.5 in a week. Overtime is not guaranteed."""),
    ("9. Holidays", """
        The holiday year runs from 1 January to 31 December. Your entitlement is 33 days a year
        inclusive of the eight public and bank holidays usually observed in England, pro-rated in the
        year you join and the year you leave. You must book holiday through the HR system at least
        two weeks in advance, and no more than ten working days may be taken together without the
        Transport Manager's approval. Up to five days not taken may be carried into the next
        holiday year. On leaving, holiday taken but not accrued will be deducted from your final pay."""),
    ("10. Sickness absence and sick pay", """
        If you are unable to work because of sickness, you must telephone your manager by 08:00 on
        the first day of absence. For absence of more than seven calendar days you must provide a fit
        note. After you complete your probationary period, the Company will pay company sick pay of 10
        working days at full pay in each rolling twelve-month period, followed by 10 working days at
        half pay; company sick pay includes any statutory sick pay due. Apart from this, you are
        entitled to statutory sick pay only."""),
    ("11. Pension", """
        The Company will enrol you in its group personal pension scheme in line with its
        auto-enrolment duties. The Company contributes 4% of your Basic Salary and you contribute 5%,
        through salary sacrifice unless you choose otherwise. You may opt out within the period the
        scheme provider allows. No contracting-out certificate is in force."""),
    ("12. Other benefits", """
        After your probationary period you will be covered by the Company's life assurance scheme at
        three times your Basic Salary. You may join the Cycle to Work scheme and use the confidential
        employee assistance programme from your first day. Family leave (maternity, paternity,
        adoption and shared parental leave) is paid in line with the Company's family leave policy,
        which improves on statutory pay for employees with one year's service."""),
    ("13. Expenses", """
        The Company will reimburse the reasonable travel and subsistence expenses you incur in doing
        your job, on production of receipts and in line with its expenses policy. Travel between
        your home and the Tyseley depot is not a business expense."""),
    ("14. Termination and notice", """
        Once your probationary period is over, you must give the Company four weeks' notice in
        writing to end your employment. The Company must give you one month's notice in writing,
        increasing to one week for each complete year of service once you have completed five years,
        up to a maximum of twelve weeks. The Company may pay you basic salary in lieu of all or part
        of any notice period, and may end your employment without notice or pay in lieu in a case of
        gross misconduct."""),
    ("15. Garden leave", """
        During all or part of any notice period the Company may require you not to attend work, not to
        carry out some or all of your duties and not to contact its customers, suppliers or staff.
        You will continue to receive your salary and contractual benefits during any such period,
        and you remain an employee bound by all of your duties to the Company."""),
    ("16. Confidential information", """
        You must not, during or after your employment, use or disclose any confidential information
        about the Company, its customers or its suppliers, including customer rates, haulier
        rates, route plans, tender prices and personal data, except in the proper performance of
        your duties or as the law requires."""),
    ("17. Intellectual property", """
        All planning models, spreadsheets, macros, reports and other works and inventions that you
        create in the course of your employment belong to the Company. You waive any moral rights in
        them to the extent the law allows, and will sign any document the Company reasonably needs
        to record its ownership."""),
    ("18. Restrictive Covenants", """
        For six months after the Termination Date you will not, in the Restricted Area, be employed
        or engaged in any business which competes with the part of the Company's business in which
        you worked during your last twelve months of employment. For nine months after the
        Termination Date you will not solicit or deal with any Restricted Customer for the supply of
        road haulage or warehousing services, and you will not try to entice any driver, planner or
        manager of the Company to leave it. Any period spent on garden leave under clause 15 shortens
        each of these periods by the same amount."""),
    ("19. Definitions for clause 18", """
        "Restricted Area" means the area within 30 miles of the Tyseley depot. "Restricted Customer"
        means any person who was a customer of the Company in the twelve months before the
        Termination Date and with whom you had material dealings in that time. "Termination Date"
        means the date your employment ends, however it ends."""),
    ("20. Training and repayment", """
        The Company will pay for you to study for the Certificate of Professional Competence in
        national and international road haulage. If you resign, or are dismissed for gross
        misconduct, within 24 months of passing the examinations, you must repay the course and
        examination fees the Company paid: all of them within the first 12 months, and half of them
        in months 13 to 24. The Company may deduct any sum due from your final pay."""),
    ("21. Driving", """
        Although your role does not involve driving the Company's heavy goods vehicles, you may
        move vehicles within the depot yard if you hold the right licence category. You must tell
        the Company at once of any endorsement, disqualification or medical condition that affects
        your licence."""),
    ("22. Outside interests", """
        While you are employed you must not, without the Company's written consent, work for or hold
        an interest in any other haulage, courier or freight forwarding business, other than holding
        up to 3% of the shares of a listed company as an investment. This applies during employment
        only; clause 18 deals with the period afterwards."""),
    ("23. Health and safety", """
        You must follow the Company's health and safety policy and the depot's site rules, wear the
        high-visibility clothing and safety footwear provided whenever you are in the yard or the
        warehouse, and report any accident or near miss on the day it happens."""),
    ("24. Company systems and monitoring", """
        The Company's transport management system, telematics, email and telephones are provided for
        its business. Calls to and from the planning desk are recorded, and use of the systems is
        monitored, to check compliance with the law and the Company's policies and to resolve
        disputes with customers and hauliers. Limited personal use of email is allowed outside your
        working hours."""),
    ("25. Other absence", """
        You are entitled to reasonable unpaid time off to deal with emergencies involving your
        dependants, and to time off for public duties as the law provides. The Company pays up to
        five days' jury service at full pay, less any allowance the court pays. Compassionate leave
        is at the Transport Manager's discretion and is usually paid for up to three days."""),
    ("26. Uniform and equipment", """
        The Company will give you a company mobile telephone, a laptop and branded workwear. You must
        return all Company property, including documents and data in any form, on the last day of
        your employment or earlier if the Company asks."""),
    ("27. Disciplinary and grievance procedures", """
        The Company's disciplinary and grievance procedures are in the Employee Handbook on the
        intranet. They are not part of your contract. If you are unhappy with a disciplinary decision,
        you may appeal in writing to the Operations Director within five working days. If you have a
        grievance, raise it first with the Transport Manager, and in writing with the HR Business
        Partner if it is not resolved."""),
    ("28. Training", """
        Apart from the course in clause 20, the Company provides induction training and annual
        refresher training in the working-time rules for drivers, which you must complete. The Company
        pays for this training."""),
    ("29. Collective agreements", """
        No collective agreement affects the terms of your employment."""),
    ("30. Data protection", """
        The Company processes personal data about you for purposes connected with your employment,
        as explained in its privacy notice for staff, which you should read."""),
    ("31. Changes to your terms", """
        The Company may make reasonable changes to any of these terms. It will give you written
        notice of any change at least one month before the change takes effect."""),
    ("32. Governing law", """
        This statement and your employment are governed by the law of England and Wales, and the
        courts of England and Wales alone may decide any dispute arising from them."""),
]

letter(
    "uk-eng-birmingham-transport-planner-written-statement", "pdf", datetime(2027, 1, 14, 11, 15),
    "Offer and written statement of particulars - Harpreet Kaur Bassi", "Tame Valley Freight Solutions Limited",
    font="DejaVuSans", size=10.5, footer="Tame Valley Freight Solutions Limited - Written statement of particulars",
    blocks=[
        ("head", "Tame Valley Freight Solutions Limited",
         "Unit 4, Wharfdale Road, Tyseley, Birmingham B11 2DA  |  0121 000 0000  |  www.tamevalleyfreight.example"),
        ("lines", ["Private and confidential", "", "Ms Harpreet Kaur Bassi", "71 Church Road", "Yardley",
                   "Birmingham B25 8UX", "", "14 January 2027"]),
        ("para", "Dear Harpreet,"),
        ("title", "Offer of employment: Transport Planner"),
        ("para", P("""
            Thank you for coming to see us at Tyseley last week. I'm delighted to offer you the job of
            Transport Planner in our general haulage division, starting on Monday 1 March 2027.""")),
        ("para", P("""
            Your written statement of employment particulars is enclosed. It sets out your pay,
            hours, holidays, notice and the other terms of your employment, and the Schedule at the end
            of it holds the figures. Please read it carefully, including clause 18 (Restrictive
            Covenants) and clause 20 (Training and repayment), and ask me about anything that is not
            clear before you sign.""")),
        ("para", P("""
            The offer is conditional on two satisfactory references, one of them from your current
            employer, and on your showing us that you have the right to work in the UK before your
            first day. We will carry out the right to work check on your first morning.""")),
        ("para", P("""
            If you are happy to accept, please sign the acceptance page and return it to me within
            10 days of the date of this letter. The offer will lapse if we have not received it by
            then.""")),
        ("para", "I look forward to working with you."),
        ("lines", ["Yours sincerely,", "", "Gareth Mullins", "HR Business Partner", "Tame Valley Freight Solutions Limited"]),
        ("pagebreak",),
        ("title", "WRITTEN STATEMENT OF EMPLOYMENT PARTICULARS"),
        ("para", P("""
            This statement is given under Part I of the Employment Rights Act 1996. Together with the
            Schedule and the Employee Handbook policies it refers to, it forms your contract of
            employment.""")),
        *[item for heading, body in _BHAM_CLAUSES for item in (("heading", heading), ("para", P(body)))],
        ("pagebreak",),
        ("title", "THE SCHEDULE"),
        ("table", [
            ["Employee", "Harpreet Kaur Bassi"],
            ["Job title", "Transport Planner"],
            ["Start Date", "1 March 2027"],
            ["Basic Salary", "GBP 33,250 p.a."],
            ["Salary band", "Planner band P2: GBP 30,500 - GBP 36,000 p.a."],
            ["Normal hours", "37.5 hours a week (clause 7)"],
            ["Holiday", "33 days including bank holidays (clause 9)"],
            ["Pension", "Employer 4% / employee 5% of Basic Salary (clause 11)"],
            ["Notice after probation", "By the Employee: four weeks. By the Company: one month (clause 14)"],
            ["Restrictive covenants", "Non-compete 6 months; non-solicitation and non-dealing 9 months (clause 18)"],
        ], False),
        ("pagebreak",),
        ("title", "ACCEPTANCE"),
        ("para", P("""
            I accept the offer of employment as Transport Planner with Tame Valley Freight Solutions
            Limited on the terms of the covering letter dated 14 January 2027, the written statement
            of employment particulars and its Schedule. I confirm that I have read clauses 18 and 20.""")),
        ("lines", ["Signed: ______________________________", "", "Name: Harpreet Kaur Bassi", "",
                   "Date: ______________________________"]),
        ("para", P("""
            Please return this page to Gareth Mullins, HR Business Partner, by post or scanned to
            hr@tamevalleyfreight.example, and keep the rest of this statement for your records.""")),
    ],
)


# 7. Canada (Ontario, Ottawa), software: DOCX, 2 pages.
#     Traps: the posted range beside the salary; "every second Friday"; exempt from overtime
#     under the ESA's IT professional exemption; 15 working days plus statutory holidays;
#     paid sick days; benefits after a three-month waiting period; an RRSP match; hybrid
#     three days a week; RSUs with vesting and a one-year cliff in the following sentences;
#     probation of three months; notice "the greater of" four weeks and the ESA minimum from
#     the company, two weeks from the employee; a deadline with a weekday.
letter(
    "ca-on-ottawa-software-developer-hybrid-rsu", "docx", datetime(2027, 2, 15, 14, 20),
    "Offer of Employment - Mathieu Desrochers-Singh", "Rideau Lockstep Software Inc.",
    paper="Letter",
    blocks=[
        ("head", "Rideau Lockstep Software Inc.", "300 Dalhousie Street, Suite 5, Ottawa, Ontario K1N 7E5"),
        ("lines", ["February 15, 2027", "", "Mathieu Desrochers-Singh", "88 Bank Street, Apt. 1207", "Ottawa, ON K1P 5N4"]),
        ("para", "Dear Mathieu,"),
        ("para", P("""
            Thank you for the time you spent with the Platform team over the past three weeks. We are
            happy to offer you the position of Software Developer I at Rideau Lockstep Software Inc.
            ("Rideau Lockstep" or "we"), reporting to Joanne Whitfield, Engineering Manager, Platform.
            This is a permanent, full-time position, and your first day will be Monday, March 22, 2027.""")),
        ("heading", "Salary"),
        ("para", P("""
            The range we posted for this role was $72,000 to $86,000. We are offering a starting salary
            of $78,500 per year, paid in equal instalments every second Friday by direct deposit, less
            the deductions required by law. Your salary will next be reviewed in the spring 2028 cycle.""")),
        ("para", P("""
            Your usual hours will be 9:00 a.m. to 5:00 p.m., Monday to Friday, with a 30-minute lunch,
            although we care more about results than about the clock. Because your role falls within
            the information technology professional exemption under the Employment Standards Act, 2000
            (the "ESA"), you will not be paid overtime.""")),
        ("heading", "Where you'll work"),
        ("para", P("""
            Our teams work a hybrid model: you will be at our ByWard Market office in Ottawa on
            Tuesdays, Wednesdays and Thursdays and may work from your home in Ontario on the other
            days.""")),
        ("heading", "Restricted share units"),
        ("para", P("""
            Subject to approval by the Board, you will receive 1,200 restricted share units (RSUs) under
            our Long-Term Incentive Plan. None of the RSUs vest until you have been with us for a full
            year, at which point 300 vest. The remaining 900 then vest in equal quarterly instalments
            over the following three years. The RSUs are governed by the plan and your award agreement.""")),
        ("heading", "Time off"),
        ("para", P("""
            You will receive 15 working days of paid vacation each year, plus the statutory holidays
            recognized in Ontario and the August Civic Holiday. On top of vacation, you will have six
            paid sick days each calendar year, which do not carry over.""")),
        ("heading", "Benefits"),
        ("para", P("""
            After a three-month waiting period you will be enrolled in our group benefits plan, which
            includes extended health, dental, vision, life insurance and long-term disability
            coverage. At the same time you may join our group RRSP, and we will match your
            contributions up to 4% of your base salary. We also offer an annual learning budget of
            $1,500 for courses and conferences.""")),
        ("heading", "Probation"),
        ("para", P("""
            The first three months of your employment are a probationary period. During it we may end
            your employment with only the notice or pay in lieu that the ESA requires.""")),
        ("heading", "Ending employment"),
        ("para", P("""
            After your probationary period, we may end your employment without cause by giving you the
            greater of four weeks' notice (or pay in lieu) and the notice, termination pay and severance
            pay the ESA requires, and nothing more. If you decide to leave, we ask for two weeks' written
            notice.""")),
        ("heading", "Confidentiality and inventions"),
        ("para", P("""
            Before your start date you must sign our Confidentiality and Intellectual Property
            Agreement, under which you keep our information confidential and assign to us the software
            and other inventions you develop in your work. The agreement also says that for 12 months
            after you leave you will not solicit our customers or recruit our employees.""")),
        ("heading", "Before you start"),
        ("para", P("""
            This offer depends on a satisfactory criminal record check and reference checks, and on
            your showing that you are legally entitled to work in Canada.""")),
        ("para", P("""
            This letter is governed by the laws of the Province of Ontario and the federal laws of Canada
            that apply there.""")),
        ("para", P("""
            If you would like to join us, please sign this letter through our e-signature link by the end
            of the day on Friday, February 19, 2027.""")),
        ("lines", ["Sincerely,", "", "Priya Ramanathan", "Director, People and Culture", "Rideau Lockstep Software Inc.", "",
                   "I accept this offer of employment.", "Signature: _______________________   Date: _____________"]),
    ],
)


# 8. Australia (South Australia, Adelaide), aged care nursing: TXT, 1.5 pages.
#     Traps: pay only per hour with decimals, an Award minimum and an above-award part beside
#     it; "plus superannuation" with its rate; hours as 76 per fortnight; fortnightly pay;
#     five weeks' leave for a shiftworker; personal/carer's leave; the employer's notice
#     only as the National Employment Standards (no number) beside four weeks from the
#     employee; the place of work a suburb of Adelaide; deadline as a weekday and date.
letter(
    "au-sa-adelaide-enrolled-nurse-aged-care-hourly", "txt", datetime(2027, 4, 6, 8, 45),
    "Letter of Offer - Bich Ngoc Tran", "Onkaparinga Grove Aged Care Inc.",
    blocks=[
        ("head", "Onkaparinga Grove Aged Care Inc.", "ABN 00 000 000 000  |  PO Box 310, Noarlunga Centre SA 5168"),
        ("lines", ["6 April 2027", "", "Ms Bich Ngoc Tran", "14 Lonsdale Road", "Hallett Cove SA 5158"]),
        ("para", "Dear Ngoc,"),
        ("para", "Letter of offer - Enrolled Nurse (full-time)"),
        ("para", P("""
            Thanks for meeting with Sandra and me last week. We are delighted to offer you a full-time
            position as an Enrolled Nurse with Onkaparinga Grove Aged Care Inc. Your place of work is
            Grevillea House, our residential care home in Christies Beach, Adelaide, and you will
            start on Monday 26 April 2027.""")),
        ("para", P("""
            Award. Your employment is covered by the Nurses Award 2020, and where this letter is silent
            the Award and the National Employment Standards (NES) apply. Your classification is
            Enrolled Nurse, pay point 3.""")),
        ("para", P("""
            Pay. Your ordinary rate is $35.62 per hour. This is made up of the Award minimum for your
            classification of $33.89 per hour and an above-award payment of $1.73 per hour, which may
            be used to offset future Award increases. Shift penalties and allowances are paid on top
            as the Award sets out. Wages are paid fortnightly by electronic funds transfer, on the
            Thursday after the end of each pay period. We will also pay superannuation at the
            Superannuation Guarantee rate, currently 12%, into the fund you choose.""")),
        ("para", P("""
            Hours. You will work 76 ordinary hours per fortnight on a rotating roster of morning,
            afternoon and night shifts, including weekends. Rosters are published four weeks ahead.
            Any overtime must be approved by the Care Manager and is paid at the Award overtime rates.""")),
        ("para", P("""
            Leave. As a shiftworker under the Award you are entitled to five weeks of paid annual leave
            a year, and to 10 days of paid personal/carer's leave a year, both accruing with service.
            Public holidays are as the NES provide.""")),
        ("para", P("""
            Probation. The first six months are a probationary period, during which we will meet with
            you at three and six months.""")),
        ("para", P("""
            Ending your employment. If you wish to resign, you must give us four weeks' written notice.
            We will give you notice in line with the NES. Serious misconduct may lead to dismissal
            without notice.""")),
        ("para", P("""
            Privacy. Residents' health and personal information is private, and you must not discuss it
            outside the care team, including on social media.""")),
        ("para", P("""
            Other benefits. You will have free, confidential access to our Employee Assistance
            Program, and you can package part of your pay as a not-for-profit employee.""")),
        ("para", P("""
            Before you start. This offer depends on your holding current registration as an enrolled
            nurse with AHPRA without conditions, a satisfactory NDIS Worker Screening Check or National
            Police Certificate, and evidence of your right to work in Australia.""")),
        ("para", P("""
            If you accept, please sign and return a copy of this letter by 5 pm on Wednesday 14 April
            2027.""")),
        ("lines", ["Kind regards,", "", "Helen Karagiannis", "Residential Services Manager",
                   "Onkaparinga Grove Aged Care Inc.", "",
                   "I, Bich Ngoc Tran, accept this offer.   Signed: ______________   Date: ________"]),
    ],
)


# 9. Malaysia (Kuala Lumpur), international school: TXT, 2 pages.
#     Traps: the employer only in the letterhead ("the School" everywhere else, the signature
#     block without the company); a two-year fixed term whose end date is derived; a salary
#     for each of the two years (the first is the salary) and a teaching allowance beside it;
#     AWS (a 13th month, not a bonus target); EPF at a stated employer rate; annual leave by
#     years of service; outpatient medical leave with hospitalisation leave apart; hours from
#     the school day less lunch; two months' notice either way; "within 14 days of the date
#     of this letter".
letter(
    "my-kl-primary-class-teacher-fixed-term", "txt", datetime(2027, 5, 10, 10, 0),
    "Letter of Appointment - Farah Nadhirah binti Zulkifli", "Cendana Hill International School Sdn. Bhd.",
    blocks=[
        ("head", "CENDANA HILL INTERNATIONAL SCHOOL SDN. BHD. (Registration No. 201501000000)",
         "No. 3, Jalan Jalil Perkasa 9, Bukit Jalil, 57000 Kuala Lumpur  |  Tel: +60 3-0000 0000"),
        ("lines", ["Our ref: CHIS/HR/2027/088", "10 May 2027", "", "Puan Farah Nadhirah binti Zulkifli",
                   "B-12-3, Residensi Seri Maya, Jalan Awan Hijau", "58200 Kuala Lumpur"]),
        ("para", "Dear Puan Farah Nadhirah,"),
        ("para", "LETTER OF APPOINTMENT: YEAR 3 CLASS TEACHER (PRIMARY SCHOOL)"),
        ("para", P("""
            We refer to your interview and demonstration lesson on 28 April 2027, and are pleased to
            appoint you as a Year 3 Class Teacher in the School's Primary School, on the terms below.""")),
        ("para", P("""
            1. Term of contract. Your appointment is on a fixed-term contract of two (2) years from 16
            August 2027, the first day of the 2027/2028 academic year. The School will tell you by 31
            January of your second year whether it wishes to offer you a further contract.""")),
        ("para", P("""
            2. Place of work. You will teach at the School's Bukit Jalil campus in Kuala Lumpur.""")),
        ("para", P("""
            3. Salary. Your basic salary will be RM 5,800.00 per month in the first year of the contract
            and RM 6,100.00 per month in the second year. You will also receive a teaching allowance of
            RM 300.00 per month while you hold a class teacher role. Salary is credited to your bank
            account by the 25th of each month.""")),
        ("para", P("""
            4. Annual Wage Supplement. You will receive an Annual Wage Supplement of one month's basic
            salary in December of each year, pro-rated for the months worked in that calendar year.""")),
        ("para", P("""
            5. EPF, SOCSO and EIS. The School contributes 13% of your monthly wages to the Employees
            Provident Fund, which is above the statutory employer rate, and makes the SOCSO and EIS
            contributions that the law requires.""")),
        ("para", P("""
            6. Working hours. The school day for teachers runs from 7.30 a.m. to 4.00 p.m., Monday to
            Friday, with 45 minutes for lunch. You are also expected to attend parents' evenings, two
            weekend open days a year and the after-school activities you lead.""")),
        ("para", P("""
            7. Annual leave. Teachers take their annual leave during the school holidays. Your
            entitlement is 14 working days a year in your first two years of service, 18 working days
            from the third to the fifth year, and 22 working days after five years, in addition to the
            gazetted public holidays of the Federal Territory of Kuala Lumpur.""")),
        ("para", P("""
            8. Medical leave. You are entitled to 14 days of paid outpatient medical leave a year, and up
            to 60 days of hospitalisation leave a year (inclusive of the outpatient days) when a
            registered medical practitioner certifies that you need to be in hospital.""")),
        ("para", P("""
            9. Medical and other benefits. You will be covered by the School's group hospitalisation and
            surgical insurance and may claim outpatient treatment at the School's panel clinics. Dental
            treatment is reimbursed up to RM 500.00 a year. Children of teachers enrolled at the School
            receive a 50% remission of tuition fees.""")),
        ("para", P("""
            10. Probation. The first three (3) months are a probationary period. On satisfactory
            completion you will be confirmed in writing.""")),
        ("para", P("""
            11. Termination. After confirmation, either party may end this contract early by giving two
            (2) months' written notice or paying two months' basic salary in lieu. The School asks that
            notice be timed so that you leave at the end of a term where possible.""")),
        ("para", P("""
            12. Confidentiality. You must keep confidential all information about pupils, parents and
            the School's affairs, and handle personal data in accordance with the Personal Data
            Protection Act 2010.""")),
        ("para", P("""
            13. Conditions. This appointment is subject to a pre-employment medical examination at a
            panel clinic, verification of your degree and teaching qualification, and a clear
            child-protection background check.""")),
        ("para", P("""
            14. Law. This contract is governed by the laws of Malaysia.""")),
        ("para", P("""
            Please sign and return the duplicate copy within 14 days of the date of this letter to
            confirm your acceptance.""")),
        ("lines", ["Yours sincerely,", "", "Dr. Lim Wei Shan", "Principal", "", "ACCEPTANCE",
                   "I accept the appointment on the terms above.",
                   "Name: Farah Nadhirah binti Zulkifli   Signature: ____________   Date: __________"]),
    ],
)


# 10. Australia (Tasmania, Hobart), civil engineering: PDF, 2 pages.
#     Traps: a Remuneration section with a package "inclusive of superannuation" and no
#     separate base (recorded as stated); 38 hours plus reasonable additional hours with no
#     overtime; four weeks' leave and personal/carer's leave; one day a week from home;
#     relocation "up to" an amount with repayment within 12 months; a cascading restraint
#     (12, 6 or 3 months) for both non-compete and non-solicit; a deadline "within seven
#     days of the date of this letter".
letter(
    "au-tas-hobart-civil-engineer-remuneration-package", "pdf", datetime(2027, 3, 8, 15, 0),
    "Offer of employment - Oliver Papadakis", "Sandy Bay Structures Pty Ltd",
    font="DejaVuSans", size=10, footer="Sandy Bay Structures Pty Ltd  ACN 000 000 000",
    blocks=[
        ("head", "Sandy Bay Structures Pty Ltd", "Level 2, 40 Salamanca Place, Hobart TAS 7000  |  ACN 000 000 000"),
        ("lines", ["8 March 2027", "", "Mr Oliver Papadakis", "5 Elphin Road", "Launceston TAS 7250"]),
        ("para", "Dear Oliver,"),
        ("title", "Offer of employment - Civil Engineer"),
        ("para", P("""
            We are pleased to offer you employment with Sandy Bay Structures Pty Ltd (the "Company") as a
            Civil Engineer (Level 2) in our Infrastructure team, on the terms in this letter.""")),
        ("heading", "Commencement and location"),
        ("para", P("""
            Your employment will start on Monday 12 April 2027 and is ongoing and full-time. You will be
            based at our Hobart office. Once you have settled in, you may work from home one day a week
            by agreement with your manager; site visits around southern Tasmania are a regular part of
            the role.""")),
        ("heading", "Remuneration"),
        ("para", P("""
            Your total remuneration package is $96,000 per annum, inclusive of superannuation at the
            statutory rate (currently 12%). Your pay will be paid fortnightly in arrears. The package is
            reviewed each July, with any change at the Company's discretion.""")),
        ("para", P("""
            The Professional Employees Award 2020 covers your position. Your package is more than the
            Award would pay for your ordinary and reasonable additional hours, and is paid in full
            satisfaction of the Award's entitlements, including any overtime, penalty rates and
            allowances.""")),
        ("heading", "Hours of work"),
        ("para", P("""
            Your ordinary hours are 38 per week, Monday to Friday, plus reasonable additional hours as
            the needs of projects require. No overtime is paid.""")),
        ("heading", "Leave"),
        ("para", P("""
            You are entitled to four weeks of paid annual leave and 10 days of paid personal/carer's
            leave for each year of service, accruing progressively, as well as the other leave in the
            National Employment Standards.""")),
        ("heading", "Other benefits"),
        ("bullets", [
            "Professional development: up to $2,500 a year for Engineers Australia membership, CPD courses and conferences.",
            "Income protection insurance through the Company's group salary continuance policy.",
            "Relocation: the Company will reimburse your costs of moving from Launceston to Hobart, up to $6,000.",
        ]),
        ("para", P("""
            If you resign within 12 months of your start date, you must repay the relocation costs the
            Company reimbursed, reduced by one-twelfth for each full month you have worked.""")),
        ("heading", "Probation and notice"),
        ("para", P("""
            The first six months are a probationary period, during which either of us may end the
            employment with one week's notice. After that, either of us may end the employment by giving
            four weeks' written notice, or in the Company's case payment in lieu. The Company will give
            an additional week's notice if you are over 45 and have at least two years' service.""")),
        ("heading", "Confidentiality and intellectual property"),
        ("para", P("""
            You must keep the Company's and its clients' confidential information secret during and
            after your employment. Designs, drawings, calculations and other intellectual property you
            create in the course of your employment belong to the Company.""")),
        ("heading", "Restraint"),
        ("para", P("""
            After your employment ends, for the Restraint Period you must not work for a competitor of
            the Company in Tasmania in a civil design role, and you must not solicit any client you
            dealt with in your last year with the Company. The Restraint Period is 12 months; if a
            court finds that too long, it is 6 months; and if that is also too long, 3 months. Each
            restraint is separate.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is subject to a satisfactory National Police Check, certified copies of your
            engineering degree, and proof of your right to work in Australia.""")),
        ("para", P("""
            This letter is governed by the laws of Tasmania.""")),
        ("para", P("""
            To accept, please sign and return this letter within seven days of the date of this letter.
            We look forward to welcoming you to the team.""")),
        ("lines", ["Yours sincerely,", "", "Claire Donnelly", "Managing Director", "Sandy Bay Structures Pty Ltd", "",
                   "Accepted by Oliver Papadakis: ____________________   Date: ____________"]),
    ],
)


# 11. India (Kerala, Kochi), hospital nursing: DOCX, 2 pages.
#     Traps: a "consolidated salary" per month and no CTC (the monthly figure is the salary);
#     a 48-hour week on a roster; earned leave available only after a year, casual and sick
#     leave; a one-year probation; a service bond with a sum payable for leaving (not a
#     clawback) beside a course fee recovered if she leaves within a year (a clawback);
#     three months' notice from the nurse and one month from the hospital; an acceptance
#     deadline counted from receipt (no date: offer_expiry null); courts named, no law.
letter(
    "in-kl-kochi-staff-nurse-cardiac-icu-service-bond", "docx", datetime(2027, 1, 20, 11, 30),
    "Appointment Order - Anju Mariam Varghese", "Periyar Riverside Healthcare Private Limited",
    blocks=[
        ("head", "PERIYAR RIVERSIDE HOSPITAL",
         "A unit of Periyar Riverside Healthcare Private Limited  |  NH 66 Bypass, Edappally, Kochi - 682024, Kerala"),
        ("lines", ["No. PRH/NSG/APPT/27/019", "Date: 20/01/2027", "", "Ms. Anju Mariam Varghese, B.Sc. Nursing",
                   "Puthenpurackal House, Kuruppampady P.O.", "Ernakulam District, Kerala - 683545"]),
        ("title", "APPOINTMENT ORDER"),
        ("para", "Dear Ms. Anju,"),
        ("para", P("""
            With reference to your application and the interview held on 14/01/2027, the Management is
            pleased to appoint you as Staff Nurse in the Cardiac Intensive Care Unit of Periyar
            Riverside Hospital, Kochi, on the following terms and conditions.""")),
        ("para", P("""
            1. You should report for duty to the Nursing Superintendent at 8.00 a.m. on Monday,
            08/02/2027, with your original certificates and your registration with the Kerala Nurses
            and Midwives Council.""")),
        ("para", P("""
            2. You will be paid a consolidated salary of Rs. 27,500/- (Rupees Twenty Seven Thousand Five
            Hundred only) per month. Employee and employer contributions to the Provident Fund will be
            made as per law, and the employee's share will be deducted from this amount. Salary is
            paid on or before the 5th of every month.""")),
        ("para", P("""
            3. You will be on probation for a period of one year from the date of joining, which the
            Management may extend. Confirmation will be intimated in writing.""")),
        ("para", P("""
            4. Duty hours are 48 hours a week in morning, evening and night shifts as per the duty roster
            prepared by the Nursing Superintendent. Extra duties beyond the roster will be compensated by
            off days.""")),
        ("para", P("""
            5. Leave: casual leave of 12 days and sick leave of 12 days in a calendar year. Earned leave of
            15 days a year will be credited on completion of 12 months of continuous service. Leave cannot
            be claimed as a matter of right and must be sanctioned in advance.""")),
        ("para", P("""
            6. You will be entitled to free consultation and a 50% concession on treatment charges at
            this hospital for yourself, your spouse and your children. Hostel accommodation near the
            hospital is available at a nominal rent, subject to availability.""")),
        ("para", P("""
            7. Service bond: In consideration of the specialised training you will receive in the Cardiac
            ICU, you shall execute a bond to serve the hospital for a minimum period of two years from the
            date of joining. If you leave the service of the hospital before completing two years, you
            shall pay Rs. 50,000/- to the hospital as compensation.""")),
        ("para", P("""
            8. The hospital will sponsor your BLS and ACLS certification courses, costing about Rs.
            8,000/-. If you leave within one year of completing the courses, the amount spent by the
            hospital will be recovered from your dues.""")),
        ("para", P("""
            9. After confirmation, you may resign by giving three months' notice in writing. The
            Management may end your services with one month's notice, or pay you one month's salary
            instead of that notice. During probation your services may be terminated without notice.""")),
        ("para", P("""
            10. You shall maintain strict confidentiality of patient information and medical records, and
            shall not share any information or photographs from the hospital on social media.""")),
        ("para", P("""
            11. This appointment is subject to your being declared medically fit by the hospital's
            Medical Officer, the verification of your original certificates, and a police clearance
            certificate from the station in your area.""")),
        ("para", P("""
            12. Any dispute arising out of this appointment shall be subject to the jurisdiction of the
            courts at Ernakulam only.""")),
        ("para", P("""
            Please return the duplicate of this order duly signed in token of your acceptance within
            three days of its receipt.""")),
        ("lines", ["For PERIYAR RIVERSIDE HOSPITAL", "", "Sr. Lissy Thomas", "Nursing Superintendent", "",
                   "Dr. Mathew Kuriakose", "Medical Director", "",
                   "I accept the appointment on the above terms and conditions.",
                   "Signature of the employee: ____________________   Date: __________"]),
    ],
)


# 12. UK (England, London), dental practice: PDF, 1.5 pages.
#     Traps: part-time three days from times less an unpaid hour (24 hours); pay only per hour
#     with decimals ("£14.95 per hour") beside the London Living Wage; extra hours at the plain
#     rate; 12 days' holiday "plus" the bank holidays on working days; SSP only; two weeks
#     from the employee vs one month from the practice; an LLP employer; a name with a
#     diacritic; a deadline as a weekday and day with no year.
letter(
    "uk-eng-london-dental-receptionist-part-time-hourly", "pdf", datetime(2027, 3, 5, 17, 10),
    "Offer of employment - Zofia Kamińska", "Harwood & Oyelaran Dental Care LLP",
    font="DejaVuSans", size=10, footer="Harwood & Oyelaran Dental Care LLP, registered in England and Wales, OC000000",
    blocks=[
        ("head", "Harwood & Oyelaran Dental Care", "214 Upper Street, Islington, London N1 1RU  |  020 0000 0000"),
        ("lines", ["5 March 2027", "", "Ms Zofia Kamińska", "Flat 6, 31 Caledonian Road", "London N7 9RB"]),
        ("para", "Dear Zofia,"),
        ("title", "Part-time Dental Receptionist"),
        ("para", P("""
            Following your interview with Dr Oyelaran and our Practice Manager, I am pleased to offer you
            the part-time post of Dental Receptionist at our Upper Street practice in London. The
            practice is run by Harwood & Oyelaran Dental Care LLP, which will be your employer. We would
            like you to start on Tuesday 6 April 2027.""")),
        ("kv", [
            ("Days and hours", "Tuesday, Wednesday and Friday, 8.30 am to 5.30 pm, with an unpaid lunch hour"),
            ("Rate of pay", "£14.95 per hour"),
            ("Pay day", "The last working day of each month, by bank transfer"),
            ("Probation", "Three months"),
        ]),
        ("para", P("""
            Pay. Your hourly rate is above the London Living Wage, and will be reviewed every April.
            If you agree to work extra hours to cover colleagues' holidays, they are paid at your normal
            hourly rate. Pay slips are sent by email.""")),
        ("para", P("""
            Holidays. You are entitled to 12 days' paid holiday a year plus the bank holidays that fall on
            your working days. The holiday year runs from April to March, and the practice closes between
            Christmas and New Year, which you should keep days for.""")),
        ("para", P("""
            Sickness. If you are off sick you will receive Statutory Sick Pay if you qualify for it; the
            practice does not pay sick pay of its own. Please call the Practice Manager before 8.00 am
            on any day you cannot come in.""")),
        ("para", P("""
            Pension and benefits. We will enrol you in our workplace pension if you are eligible, and pay
            the minimum employer contribution of 3% of your qualifying earnings. You and your partner or
            children will receive routine dental treatment at the practice free of charge, and after
            probation you can apply for an interest-free season ticket loan.""")),
        ("para", P("""
            Notice. After your probation, you need to give us two weeks' notice if you decide to leave,
            and we will give you one month's notice, or more if the law requires it. During probation,
            one week's notice applies on both sides.""")),
        ("para", P("""
            Patient records and patients. Everything you learn about our patients is confidential, under
            the GDC's standards and data protection law, during your employment and afterwards. For six
            months after you leave you must not contact any patient of the practice to encourage them to
            move to another dental practice.""")),
        ("para", P("""
            Conditions. This offer depends on a basic DBS check, two references that we find
            satisfactory, and your showing us your right to work in the UK on or before your first day.""")),
        ("para", P("""
            A full written statement of your terms will be given to you on your first day. Please let me
            know by Friday 12 March whether you accept, by signing and returning the enclosed copy.""")),
        ("lines", ["Best wishes,", "", "Adaeze Oyelaran", "Partner, Harwood & Oyelaran Dental Care LLP", "",
                   "I accept this offer.  Signed: ____________________  Date: ____________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
