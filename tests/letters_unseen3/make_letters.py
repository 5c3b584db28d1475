#!/usr/bin/env python3
"""Build the third held-out set under tests/letters_unseen3/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning. By December 2026 the rules had been
tuned on the dev corpus and on every earlier team-written set (tests/letters,
tests/letters_unseen, tests/letters_unseen2), so none of them measures any more how the
extractor does on a letter it has never seen. These were written blind: without reading
rules/, src/, the corpus or the earlier sets' letters, and without running offercheck on
them. Do not tune rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen3/make_letters.py             # rewrite every letter
    python tests/letters_unseen3/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen3/make_letters.py --check     # rebuild in memory: fail if a
                                                             # committed file differs or a gold
                                                             # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``), not against
offercheck's reading of the documents, so that the check never runs the tool under test
(the scanned letter has no text layer at all). Every company, person, address and figure
below is invented. The renderers (text and scan) are in tests/blind_letters.py, shared
with the later blind sets; after a change there, `--check` shows whether these files would
change. Output is byte-for-byte reproducible: PDF metadata dates are fixed
to each letter's date, the producer string carries no fpdf2 version, DOCX core properties
are fixed, every zip entry carries the same timestamp, and the scan's speckle comes from a
seeded generator.
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

# 1. US (California), tech company: PDF, 4 pages, Letter paper.
#    Traps: a pay-transparency salary band beside the salary, "semi-monthly", exempt status
#    as a negation, flexible (unlimited) time off, sick leave in hours, options with a
#    one-year cliff, a bonus range of 0-200% of target beside the target, a repayable
#    sign-on bonus, a clause saying no non-compete applies, "no pre-employment drug testing".
letter(
    "us-ca-san-jose-senior-data-engineer-options", "pdf", datetime(2027, 1, 19, 16, 30),
    "Offer of Employment - Darnell Okonkwo-Reyes", "Quillfeather Analytics, Inc.",
    paper="Letter", font="DejaVuSans", size=10, footer="Quillfeather Analytics - Confidential",
    blocks=[
        ("head", "Quillfeather Analytics", "1180 Orchard Parkway, Suite 400, San Jose, CA 95131  |  quillfeather.example"),
        ("lines", ["January 19, 2027", "", "Darnell Okonkwo-Reyes", "2716 Lupine Court", "Milpitas, CA 95035"]),
        ("para", "Dear Darnell,"),
        ("para", P("""
            On behalf of Quillfeather Analytics, Inc. (the "Company"), I am delighted to offer you the
            position of Senior Data Engineer, Platform, reporting to Ines Valderrama, Director of Data
            Infrastructure. This is a full-time, exempt position. We would like you to start on
            Monday, February 22, 2027, or on another date we agree in writing.""")),
        ("heading", "Where you will work"),
        ("para", P("""
            Your primary work location will be our office in San Jose, California. Our engineering
            teams follow a hybrid schedule: you will be expected in the office on Tuesdays, Wednesdays
            and Thursdays, and you may work remotely on the other days.""")),
        ("heading", "Compensation"),
        ("para", P("""
            You will be paid an annual base salary of $186,000.00, less applicable withholdings and
            deductions, paid semi-monthly on the 15th and the last business day of each month. As
            California law requires, we note that the pay scale for this role in the San Jose area is
            $158,000 to $212,000 per year; where you are placed within it reflects your experience and
            our assessment at interview.""")),
        ("para", P("""
            This position is classified as exempt under federal and California wage and hour law,
            which means you will not be eligible for overtime pay.""")),
        ("para", P("""
            You will also be eligible for the Company's Annual Incentive Plan with a target award of
            15% of the base salary you earn in the plan year. Actual awards depend on Company and
            individual performance and may range from 0% to 200% of target; you must be employed on
            the payment date to receive an award.""")),
        ("heading", "Sign-on bonus"),
        ("para", P("""
            We will pay you a one-time sign-on bonus of $25,000, less withholdings, with your first
            regular paycheck. If you resign, or the Company ends your employment for cause, within
            twelve months of your start date, you agree to repay the full gross amount of the sign-on
            bonus within 30 days of your last day.""")),
        ("heading", "Stock options"),
        ("para", P("""
            Subject to approval by the Company's Board of Directors, you will be granted an option to
            purchase 42,000 shares of the Company's common stock under the 2023 Equity Incentive Plan,
            with an exercise price set at the common stock's fair market value on the grant date. The option will vest over four years: 25% of the shares will vest on the first
            anniversary of your vesting commencement date, and the remaining shares will vest in 36
            equal monthly installments after that, as long as you remain in service. The grant is
            governed entirely by the plan and your stock option agreement.""")),
        ("heading", "Benefits and time off"),
        ("para", "You will be eligible for the Company's benefits on the first day of the month following your start date, including:"),
        ("bullets", [
            "medical, dental and vision insurance for you and your eligible dependents",
            "basic life and AD&D insurance, and short- and long-term disability insurance",
            "a 401(k) plan, with the Company matching 100% of the first 4% of eligible pay you contribute",
            "16 weeks of paid parental leave",
            "a $1,200 annual learning and development stipend",
            "pre-tax commuter benefits for Caltrain, VTA and parking",
        ]),
        ("para", P("""
            Quillfeather has a flexible time off policy for exempt employees: there is no fixed number
            of vacation days and no accrual, and you may take time off as your work allows with your
            manager's approval. In addition, you will receive 40 hours of paid sick leave at the start
            of each calendar year, and the Company observes 11 paid holidays.""")),
        ("pagebreak",),
        ("heading", "Confidentiality, inventions and covenants"),
        ("para", P("""
            As a condition of employment you must sign the Company's Employee Confidential Information
            and Inventions Assignment Agreement (the "PIIA"), under which you agree to keep the
            Company's confidential information secret and assign to the Company the inventions you
            create in the course of your work.""")),
        ("para", P("""
            Consistent with California Business and Professions Code section 16600, nothing in this
            letter or in the PIIA restricts you from working for any other employer after your
            employment ends, and you are not bound by any non-compete covenant. You do agree that, for
            twelve months after your employment ends, you will not solicit any Company employee to leave
            the Company.""")),
        ("heading", "Arbitration"),
        ("para", P("""
            You and the Company agree to resolve any dispute arising out of your employment by final and
            binding arbitration, as set out in the enclosed Mutual Arbitration Agreement, which you must
            also sign. This does not prevent either of us from bringing claims that by law cannot be
            arbitrated.""")),
        ("heading", "At-will employment"),
        ("para", P("""
            Your employment with the Company is at-will: either you or the Company may end it at any
            time, with or without cause or advance notice. While your employment is at will, we ask that
            you give us at least two weeks' written notice if you decide to resign. Only the Chief
            Executive Officer, in a signed writing, may change the at-will nature of your employment.""")),
        ("heading", "Conditions of this offer"),
        ("para", P("""
            This offer is contingent on the satisfactory completion of a background check, which we will
            run only after you accept it, and on your providing documents that establish your identity
            and authorization to work in the United States within three business days of your start
            date. Quillfeather does not conduct pre-employment drug testing.""")),
        ("para", P("""
            This letter, together with the PIIA and the Mutual Arbitration Agreement, is the entire
            agreement about your employment and replaces any earlier discussions. It is governed by the
            laws of the State of California.""")),
        ("para", P("""
            To accept, please sign below and return this letter to me no later than 5:00 p.m. Pacific
            Time on Tuesday, January 26. If we have not heard from you by then, the offer will lapse.""")),
        ("para", "We are excited about the prospect of you joining the team."),
        ("lines", ["Sincerely,", "", "Maribel Stroud-Achebe", "VP, People", "Quillfeather Analytics, Inc."]),
        ("heading", "Acceptance"),
        ("para", "I accept this offer on the terms set out above."),
        ("lines", ["Signature: ______________________________", "Name: Darnell Okonkwo-Reyes", "Date: ____________"]),
    ],
)


# 2. US (Illinois), distribution centre: TXT, 1 page.
#    Traps: an hourly rate with a shift differential and a starting-pay range beside it,
#    weekly hours from shift times less an unpaid meal, weekly pay, vacation as an hourly
#    accrual per pay period, sick leave as an accrual with a cap, overtime paid.
letter(
    "us-il-bedford-park-shift-lead-hourly", "txt", datetime(2027, 2, 3, 10, 0),
    "Offer - Shift Lead, Inbound Receiving", "Calumet Crossdock Logistics LLC",
    blocks=[
        ("head", "CALUMET CROSSDOCK LOGISTICS LLC", "6600 W. 65th Street, Bedford Park, IL 60638 | Human Resources"),
        ("lines", ["February 3, 2027", "", "Yesenia Wroblewski", "5127 S. Keating Ave", "Chicago, IL 60632"]),
        ("para", "Dear Yesenia,"),
        ("para", P("""
            We are pleased to offer you the job of Shift Lead, Inbound Receiving, at our Bedford Park,
            Illinois distribution center. This is a full-time, non-exempt position on second shift, and
            your first day will be Monday, February 15, 2027. Please report to the security gate at
            1:30 p.m. for orientation.""")),
        ("para", P("""
            Second shift runs Monday through Friday, 2:00 p.m. to 10:30 p.m., with an unpaid 30-minute
            meal break. Extra hours may be required during our peak season (October through December).""")),
        ("para", P("""
            Your starting rate will be $24.75 per hour, plus a second-shift differential of $1.50 per
            hour for all hours worked on second shift. (For reference, starting pay for Shift Leads
            ranges from $23.00 to $27.50 per hour depending on experience.) You will be paid time and a
            half for all hours worked over 40 in a workweek. Paychecks are issued every Friday, for the
            week before, by direct deposit.""")),
        ("para", P("""
            Vacation: you will accrue 1.54 hours of paid vacation for each weekly pay period (80 hours a
            year), usable after your first 90 days. Sick time: you earn one hour of paid sick leave for
            every 40 hours worked, up to 40 hours a year, as Illinois and Cook County law provide.""")),
        ("para", P("""
            Medical, dental and vision coverage begins on the first of the month after 60 days of
            employment. You may join our 401(k) plan right away; the company matches dollar for dollar
            on the first 3% of pay you put in. Company-paid life insurance of $25,000 is included.""")),
        ("para", P("""
            Your first 90 days are an introductory period during which your lead and I will check in
            with you regularly. This offer depends on your passing a pre-employment drug screen and a
            background check, and on completing your Form I-9 on your first day.""")),
        ("para", P("""
            Employment with Calumet Crossdock is at will, which means you or the company may end it at
            any time, for any reason, with or without notice. Nothing in this letter is a contract for
            a set period.""")),
        ("para", P("""
            Please let me know whether you accept by replying to this email or signing a copy by Friday,
            February 5. Welcome aboard!""")),
        ("lines", ["Regards,", "", "Donnell Haskins", "HR Generalist, Bedford Park DC", "Calumet Crossdock Logistics LLC"]),
    ],
)


# 3. UK (Scotland), renewables: DOCX, 3 pages, with a key-terms table.
#    Traps: salary in a table cell next to a car allowance "per annum", 25 days plus public
#    holidays, company sick pay as weeks in a rolling year, extendable probation, employer
#    notice rising with service beside "one calendar month", overtime not paid, course
#    fees repayable on a sliding scale, Scots law.
letter(
    "uk-sco-edinburgh-grid-planner-main-terms", "docx", datetime(2027, 2, 8, 9, 0),
    "Statement of Main Terms of Employment - C. Lindqvist", "Forthview Renewables Ltd",
    blocks=[
        ("head", "Forthview Renewables Ltd", "Registered in Scotland No. SC718204  |  14 Canongate Works, Edinburgh EH8 8BN"),
        ("lines", ["8 February 2027", "", "Ms Catriona Lindqvist", "3F2, 27 Marchmont Crescent", "Edinburgh EH9 1HQ"]),
        ("para", "Dear Catriona,"),
        ("para", P("""
            Following your interview, I am pleased to offer you permanent employment with Forthview
            Renewables Ltd as a Grid Connections Planner. Your main terms are set out below and in the
            table; together with the Employee Handbook they form your contract of employment. Please
            sign and return one copy by 19 February 2027.""")),
        ("table", [
            ["Job title", "Grid Connections Planner"],
            ["Start date", "1 March 2027 (your continuous employment begins on this date)"],
            ["Place of work", "Our office at 14 Canongate Works, Edinburgh. You may work from home for up to two days each week by agreement with your manager."],
            ["Hours of work", "37.5 hours per week, Monday to Friday, normally 9.00 am to 5.00 pm with a 30-minute unpaid lunch break"],
            ["Basic salary", "£46,250 per annum, paid monthly in arrears on the last working day of each month by BACS"],
            ["Car allowance", "£4,800 per annum, paid monthly with salary (not pensionable)"],
            ["Annual leave", "25 days plus the 9 Scottish public holidays observed by the Company; the holiday year runs January to December"],
            ["Probationary period", "Six months, which the Company may extend by up to a further three months"],
        ], False),
        ("heading", "Additional hours"),
        ("para", P("""
            You may be asked to work additional hours when the needs of the business require. Your
            salary reflects this and additional hours are not paid, although time off in lieu may be
            agreed with your manager.""")),
        ("heading", "Sickness absence"),
        ("para", P("""
            After probation, Company sick pay is full basic salary for up to four weeks of absence in
            any rolling twelve-month period, after which Statutory Sick Pay applies if you qualify.
            During probation only Statutory Sick Pay is paid.""")),
        ("heading", "Pension and benefits"),
        ("para", P("""
            You will be enrolled in the Forthview Group Personal Pension. If you contribute at least 4%
            of basic salary, the Company contributes 6% of basic salary. You will also receive private
            medical insurance, life assurance of four times basic salary, enhanced maternity, paternity
            and adoption pay, access to our Employee Assistance Programme, and the cycle-to-work
            scheme.""")),
        ("heading", "Study support"),
        ("para", P("""
            The Company will pay the fees for an approved professional qualification. If you leave
            within 24 months of completing a Company-funded qualification, you must repay the fees:
            100% within the first year and 50% within the second.""")),
        ("heading", "Notice"),
        ("para", P("""
            During probation either party may end the employment by giving one week's notice. After
            probation you must give one calendar month's written notice. After probation the Company
            will give you one month's notice until you have completed four years' service, and then
            one week for each complete year of service up to a maximum of twelve weeks. The Company may
            pay basic salary in lieu of notice.""")),
        ("heading", "Confidentiality and intellectual property"),
        ("para", P("""
            You must not, during or after your employment, disclose any confidential information about
            the Company, its customers or its projects. All intellectual property you create in the
            course of your employment belongs to the Company.""")),
        ("heading", "Restrictions after employment"),
        ("para", P("""
            For six months after your employment ends you will not be employed or engaged by a
            Competitor in a role similar to the one you held in your last year with us. For twelve
            months after your employment ends you will not solicit or deal with any client of the
            Company with whom you worked, nor solicit any employee to leave the Company.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is conditional on a satisfactory Basic Disclosure from Disclosure Scotland, two
            satisfactory references, and proof of your right to work in the United Kingdom.""")),
        ("heading", "Governing law"),
        ("para", P("""
            This contract is governed by the law of Scotland and the parties submit to the exclusive
            jurisdiction of the Scottish courts.""")),
        ("lines", ["Yours sincerely,", "", "Gregor Ballantyne", "Head of People", "Forthview Renewables Ltd"]),
        ("para", "I accept the terms above. Signed: ____________________  Date: ____________"),
    ],
)


# 4. India (Karnataka), software services: PDF, 3 pages, table-heavy.
#    Traps: the CTC only in Annexure A (the body points to it), lakh notation with the amount
#    in words, monthly gross and a mediclaim sum insured near the CTC, three leave buckets in
#    a table, extendable probation, different notice per side, joining bonus recoverable,
#    relocation reimbursement, office five days a week, deadline counted from the letter date.
letter(
    "in-ka-bengaluru-test-automation-ctc-annexure", "pdf", datetime(2027, 1, 11, 11, 0),
    "Offer cum Appointment Letter - Keerthana Ramaswamy", "Nandivardhan Software Labs Private Limited",
    font="DejaVuSans", size=9.5, footer="Nandivardhan Software Labs Pvt. Ltd. | CIN U72900KA2011PTC058812",
    blocks=[
        ("head", "Nandivardhan Software Labs Private Limited",
         "Prestige Tech Vista, EPIP Zone, Whitefield, Bengaluru 560066, Karnataka"),
        ("lines", ["Ref: NSL/HR/OFR/2027/0143", "Date: 11th January 2027", "",
                   "Ms. Keerthana Ramaswamy", "No. 14, 3rd Cross, Saibaba Colony", "Coimbatore 641011, Tamil Nadu"]),
        ("title", "OFFER CUM APPOINTMENT LETTER"),
        ("para", "Dear Keerthana,"),
        ("para", P("""
            With reference to your application and the subsequent discussions, we are pleased to
            appoint you as Senior Test Automation Engineer (Band L3) in Nandivardhan Software Labs
            Private Limited (hereinafter "the Company") on the following terms and conditions.""")),
        ("heading", "1. Date of Joining and Place of Posting"),
        ("para", P("""
            Your date of joining will be Monday, 1st March 2027. Your place of posting will be our
            development centre at Whitefield, Bengaluru, Karnataka. You are expected to work from the
            office on all five working days; work from home may be permitted only in exceptional
            cases with the prior approval of your reporting manager.""")),
        ("heading", "2. Remuneration"),
        ("para", P("""
            Your annual Cost to Company (CTC) and its break-up are given in Annexure A. Salary is
            credited to your bank account on the last working day of every month, after deduction of
            income tax and other statutory deductions. Your remuneration is personal and confidential
            and must not be discussed with other employees.""")),
        ("heading", "3. Joining Bonus and Relocation"),
        ("para", P("""
            You will receive a one-time joining bonus of ₹1,50,000 (Rupees One Lakh Fifty Thousand
            only), payable with your first month's salary. This amount is recoverable in full if you
            resign or your services are terminated for misconduct within twelve months of joining. The
            Company will also reimburse relocation expenses for your move from Coimbatore up to
            ₹75,000 against original bills submitted within 60 days of joining.""")),
        ("heading", "4. Working Hours"),
        ("para", P("""
            Working hours are 9:30 AM to 6:30 PM, Monday to Friday, including a one-hour lunch break.
            Saturdays and Sundays are weekly offs.""")),
        ("heading", "5. Leave"),
        ("para", "You will be entitled to leave per calendar year, credited pro rata in the year of joining, as below:"),
        ("table", [
            ["Leave type", "Days per year", "Carry forward"],
            ["Earned Leave (EL)", "18", "Up to 45 days"],
            ["Casual Leave (CL)", "7", "Lapses at year end"],
            ["Sick Leave (SL)", "7", "Lapses at year end"],
        ], True),
        ("para", P("""
            In addition, the Company declares 12 paid holidays each year. Maternity and paternity leave
            are as per Company policy and applicable law.""")),
        ("heading", "6. Probation and Confirmation"),
        ("para", P("""
            You will be on probation for six (6) months from your date of joining, which may be
            extended by up to three (3) months at the Company's discretion. On successful completion you
            will be confirmed in writing. During probation, either party may end the employment with
            fifteen (15) days' notice.""")),
        ("heading", "7. Notice Period after Confirmation"),
        ("para", P("""
            After confirmation, you must give ninety (90) days' notice in writing to resign; the Company
            may, at its sole discretion, allow early release. The Company may terminate your services by
            giving you sixty (60) days' notice or basic salary in lieu of notice.""")),
        ("heading", "8. Confidentiality and Intellectual Property"),
        ("para", P("""
            You shall sign the Company's Non-Disclosure and Intellectual Property Agreement on joining.
            All work product, software and inventions developed by you during your employment shall be
            the exclusive property of the Company, and you shall maintain strict confidentiality of all
            information relating to the Company and its clients.""")),
        ("heading", "9. Non-Solicitation"),
        ("para", P("""
            For a period of twelve (12) months after you leave the Company, you shall not directly or
            indirectly solicit any employee or client of the Company.""")),
        ("heading", "10. Benefits"),
        ("bullets", [
            "Group Mediclaim cover of ₹5,00,000 per annum for self, spouse and two children",
            "Group Term Life insurance of three times fixed annual CTC",
            "Provident Fund and Gratuity as per statute (see Annexure A)",
        ]),
        ("heading", "11. Conditions of Offer"),
        ("para", P("""
            This offer is subject to satisfactory background verification, verification of your
            educational certificates and previous employment records, and your submitting the relieving
            letter from your present employer on the date of joining.""")),
        ("heading", "12. Jurisdiction"),
        ("para", P("""
            This appointment shall be governed by the laws of India, and the courts at Bengaluru shall
            have exclusive jurisdiction.""")),
        ("para", P("""
            Please sign and return the duplicate copy of this letter as a token of your acceptance within
            7 days of the date of this letter, failing which this offer stands withdrawn.""")),
        ("lines", ["For Nandivardhan Software Labs Private Limited", "", "Sudhir Venkatachalam",
                   "Associate Vice President - Human Resources"]),
        ("pagebreak",),
        ("title", "ANNEXURE A - COMPENSATION STRUCTURE"),
        ("lines", ["Name: Keerthana Ramaswamy", "Designation: Senior Test Automation Engineer (Band L3)"]),
        ("table", [
            ["Component", "Monthly (₹)", "Annual (₹)"],
            ["Basic Salary", "62,000", "7,44,000"],
            ["House Rent Allowance", "31,000", "3,72,000"],
            ["Leave Travel Allowance", "5,000", "60,000"],
            ["Special Allowance", "30,328", "3,63,934"],
            ["Gross Salary (A)", "1,28,328", "15,39,934"],
            ["Employer's Contribution to PF (12% of Basic)", "7,440", "89,280"],
            ["Gratuity (4.81% of Basic)", "-", "35,786"],
            ["Retirals (B)", "-", "1,25,066"],
            ["Fixed CTC (A + B)", "-", "16,65,000"],
            ["Performance Linked Incentive (C)", "-", "1,85,000"],
            ["Total CTC (A + B + C)", "-", "18,50,000"],
        ], True),
        ("para", P("""
            Total annual CTC: ₹18,50,000 (Rupees Eighteen Lakh Fifty Thousand only). The Performance
            Linked Incentive is 10% of the total CTC at target and is paid annually based on Company and
            individual performance ratings.""")),
        ("para", P("""
            Provident Fund: the Company contributes 12% of Basic Salary to the Provident Fund, matching
            your own contribution of 12% of Basic Salary.""")),
    ],
)


# 5. Canada (Ontario), credit union: DOCX, 2.5 pages, a fixed-term agreement.
#    Traps: a twelve-month term whose last day is 29 February 2028 (derived), an annual rate
#    with its hourly equivalent in brackets, hours from times less an unpaid lunch, vacation as
#    a monthly accrual, overtime after 44 hours, no retirement plan for term staff (negation),
#    "contains no non-compete", a greater-of employer notice, different notice per side.
letter(
    "ca-on-toronto-payroll-specialist-fixed-term", "docx", datetime(2027, 1, 25, 14, 0),
    "Fixed-Term Employment Agreement - T. Vasquez-Lind", "Humber Ridge Credit Union Limited",
    paper="Letter",
    blocks=[
        ("head", "Humber Ridge Credit Union Limited", "2250 Kipling Avenue, Toronto, Ontario M9W 4L2"),
        ("lines", ["January 25, 2027", "", "PERSONAL AND CONFIDENTIAL", "Teodora Vasquez-Lind",
                   "88 Lavender Road", "Toronto, Ontario M6N 2B4"]),
        ("title", "Fixed-Term Employment Agreement"),
        ("para", P("""
            Dear Teodora: Humber Ridge Credit Union Limited (the "Credit Union") is pleased to offer you
            full-time, temporary employment as Payroll Specialist (Parental Leave Coverage) on the terms
            of this agreement (the "Agreement").""")),
        ("heading", "1. Term"),
        ("para", P("""
            Your employment will begin on Monday, March 1, 2027 (the "Start Date") and will continue for
            a term of twelve (12) months from the Start Date (the "Term"). The Agreement will end
            automatically at the end of the Term unless you and the Credit Union both sign a written
            extension before then. No notice is required for the Agreement to end at the end of the
            Term.""")),
        ("heading", "2. Duties and place of work"),
        ("para", P("""
            You will report to the Payroll Manager and perform the duties in the attached role profile.
            This role is performed in the office five days a week at our head office at 2250 Kipling
            Avenue, Toronto, Ontario.""")),
        ("heading", "3. Hours"),
        ("para", P("""
            Your regular hours are 8:30 a.m. to 4:30 p.m., Monday to Friday, with an unpaid half-hour
            lunch. Overtime must be approved in advance and is paid at 1.5 times your hourly rate for
            hours worked beyond 44 in a week, as the Employment Standards Act, 2000 (the "ESA")
            provides.""")),
        ("heading", "4. Compensation"),
        ("para", P("""
            You will be paid at the rate of $71,760 per annum ($36.80 per hour), less required
            deductions, paid bi-weekly by direct deposit. There is no incentive or bonus plan for
            temporary positions.""")),
        ("heading", "5. Vacation and sick days"),
        ("para", P("""
            You will earn paid vacation at 1.25 days for each month of service during the Term. You
            will also have six (6) paid personal and sick days per calendar year.""")),
        ("heading", "6. Benefits"),
        ("para", P("""
            From your first day you will participate in the group benefits plan (extended health,
            dental and vision care) and the Employee and Family Assistance Program. Because this is a
            fixed-term assignment of less than two years, you are not eligible for the Credit Union's
            pension plan or its RRSP matching program.""")),
        ("heading", "7. Probation"),
        ("para", "The first three (3) months of the Term are a probationary period."),
        ("heading", "8. Ending the Agreement early"),
        ("para", P("""
            You may resign before the end of the Term by giving the Credit Union three (3) weeks'
            written notice. After the probationary period, the Credit Union may end the Agreement before
            the end of the Term without cause by giving you two (2) weeks' notice or pay in lieu of
            notice, or the notice or pay in lieu required by the ESA, whichever is greater, together
            with any other minimum entitlements under the ESA. The Credit Union may end the Agreement
            for just cause at any time without notice.""")),
        ("heading", "9. Confidentiality"),
        ("para", P("""
            You will not, during the Term or at any time after, disclose member, payroll or other
            confidential information of the Credit Union except as your duties require.""")),
        ("heading", "10. Non-solicitation"),
        ("para", P("""
            In keeping with the ESA, this Agreement contains no non-compete covenant. For six (6) months
            after the Term ends or the Agreement is ended, you will not solicit any member of the Credit
            Union to move their accounts to another financial institution.""")),
        ("heading", "11. Conditions"),
        ("para", P("""
            As a regulated financial institution, the Credit Union requires a satisfactory criminal
            record check and credit check before your Start Date.""")),
        ("heading", "12. Governing law"),
        ("para", P("""
            This Agreement is governed by the laws of the Province of Ontario and the federal laws of
            Canada applicable in it.""")),
        ("para", P("""
            This offer is open until February 3, 2027. To accept, sign and return a copy of this
            Agreement to Human Resources.""")),
        ("lines", ["Humber Ridge Credit Union Limited", "", "Per: Rosalind Achterberg, Director, People & Culture", "",
                   "Accepted: ______________________   Teodora Vasquez-Lind   Date: __________"]),
    ],
)


# 6. Australia (New South Wales), software: DOCX, 3 pages, letter with a Schedule.
#    Traps: Base Salary and superannuation only in Schedule Items (the body points to them),
#    a Total Fixed Remuneration figure larger than the salary, "fortnightly", 38 ordinary
#    hours, "up to 10%" STI, RSUs in annual tranches, no separate overtime, a non-solicit
#    period defined in the Schedule.
letter(
    "au-nsw-sydney-ux-researcher-schedule", "docx", datetime(2027, 2, 2, 15, 0),
    "Letter of Offer - Hamish Nakagawa-Burke", "Tasman Lantern Pty Ltd",
    blocks=[
        ("head", "Tasman Lantern Pty Ltd", "ABN 61 604 218 337  |  Level 9, 31 Clarence Street, Sydney NSW 2000"),
        ("lines", ["2 February 2027", "", "Private and confidential", "Hamish Nakagawa-Burke",
                   "12/48 Addison Road", "Marrickville NSW 2204"]),
        ("para", "Dear Hamish,"),
        ("title", "Letter of Offer"),
        ("para", P("""
            Tasman Lantern Pty Ltd (we, us or the Company) is pleased to offer you full-time permanent
            employment in the position set out in Item 1 of the Schedule. This letter and its Schedule
            set out the terms of your employment. Capitalised terms used in this letter have the
            meaning given in the Schedule.""")),
        ("heading", "1. Commencement and location"),
        ("para", P("""
            Your employment starts on the Commencement Date and you will be based at the Location. We
            work in a hybrid way: you will work at least three days a week from the Sydney office, and
            the balance from home, unless your manager agrees otherwise.""")),
        ("heading", "2. Remuneration"),
        ("para", P("""
            You will be paid the Base Salary, together with superannuation contributions at the rate in
            Item 4, which together make up your Total Fixed Remuneration. Base Salary is paid fortnightly
            in arrears by electronic funds transfer. Your remuneration compensates you for all hours
            worked, including reasonable additional hours, and you are not entitled to separate overtime
            payments, penalty rates or allowances.""")),
        ("heading", "3. Short Term Incentive"),
        ("para", P("""
            You are eligible to participate in the Short Term Incentive (STI) plan, with an opportunity
            of up to 10% of Base Salary each financial year. Any STI is at the Company's sole discretion
            and depends on company and individual performance.""")),
        ("heading", "4. Equity"),
        ("para", P("""
            Subject to Board approval, you will be offered 2,400 restricted share units (RSUs) under the
            Tasman Lantern Equity Plan. The RSUs vest in three equal annual tranches, the first on the
            first anniversary of the grant date, provided you remain employed on each vesting date.""")),
        ("heading", "5. Hours of work"),
        ("para", P("""
            Your ordinary hours are 38 hours per week, plus reasonable additional hours needed to perform
            your role.""")),
        ("heading", "6. Leave"),
        ("para", P("""
            You are entitled to four weeks of paid annual leave per year of service, accruing
            progressively, and ten days of paid personal/carer's leave per year. Paid parental leave of
            14 weeks is available under our Parental Leave Policy after twelve months' service.""")),
        ("heading", "7. Probation and notice"),
        ("para", P("""
            The first six months of your employment are a probationary period, during which either party
            may end your employment on one week's notice. After that, you must give four weeks' written
            notice to resign, and the Company may end your employment by giving you four weeks' notice
            (or payment in lieu), or the notice required by the Fair Work Act 2009 (Cth) if that is
            longer.""")),
        ("heading", "8. Other benefits"),
        ("bullets", [
            "a wellbeing allowance of $600 a year for gym, fitness or mental-health services",
            "a professional development budget of $2,000 per year",
        ]),
        ("heading", "9. Confidentiality, IP and restraint"),
        ("para", P("""
            You must keep the Company's confidential information confidential during and after your
            employment. All intellectual property you create in the course of your employment vests in
            the Company on creation. During the Restraint Period after your employment ends you must not
            solicit or entice away any client or employee of the Company with whom you dealt in your last
            12 months of employment.""")),
        ("heading", "10. Conditions"),
        ("para", P("""
            This offer is conditional on a satisfactory National Police Check and on you providing
            evidence of your right to work in Australia before the Commencement Date.""")),
        ("heading", "11. Governing law"),
        ("para", "This letter is governed by the laws of New South Wales."),
        ("para", P("""
            To accept this offer, please sign and return this letter by 12 February 2027.""")),
        ("lines", ["Yours sincerely,", "", "Priya Wetherall", "Chief People Officer", "Tasman Lantern Pty Ltd"]),
        ("pagebreak",),
        ("title", "Schedule"),
        ("table", [
            ["Item", "Term"],
            ["1. Position", "Senior UX Researcher"],
            ["2. Commencement Date", "Monday 8 March 2027"],
            ["3. Location", "Level 9, 31 Clarence Street, Sydney NSW 2000"],
            ["4. Base Salary and superannuation", "Base Salary: $132,500 per annum. Superannuation: 12% of Base Salary ($15,900), paid to your nominated fund."],
            ["5. Total Fixed Remuneration", "$148,400 per annum (Base Salary plus superannuation)"],
            ["6. Restraint Period", "Nine (9) months"],
            ["7. Reports to", "Head of Research and Design"],
        ], True),
        ("para", "Accepted by Hamish Nakagawa-Burke: ____________________  Date: __________"),
    ],
)


# 7. Ireland (Dublin), payments: TXT, 2 pages, a contract in numbered clauses.
#    Traps: salary in figures and words next to a shift allowance and a salary scale, "on the
#    23rd of each month", leave "in addition to public holidays", company sick pay
#    "inclusive of" statutory sick pay, greater-of notice, pension match, "does not require a
#    non-compete", a deadline counted in days from the letter date.
letter(
    "ie-dublin-fraud-analyst-contract", "txt", datetime(2027, 1, 14, 12, 0),
    "Contract of Employment - Aoife Brennan-Okafor", "Liffeyside Payments Technology Limited",
    blocks=[
        ("head", "Liffeyside Payments Technology Limited", "Registered in Ireland No. 688142 | 4 Grand Canal Quay, Dublin 2, D02 KX61"),
        ("lines", ["14 January 2027", "", "Ms Aoife Brennan-Okafor", "31 Ashgrove Park", "Tallaght, Dublin 24"]),
        ("para", "Dear Aoife,"),
        ("para", P("""
            We are delighted to offer you the permanent, full-time position of Fraud Operations Analyst.
            This letter and the clauses below form your contract of employment and your written
            statement of terms under the Terms of Employment (Information) Acts. To accept, please sign
            and return it within ten days of the date of this letter.""")),
        ("para", "1. COMMENCEMENT. Your employment will commence on Monday 1 February 2027. No previous employment counts towards your continuous service."),
        ("para", P("""
            2. PLACE OF WORK. Your normal place of work is our office at Grand Canal Quay, Dublin 2.
            Under our blended working policy you will attend the office on Tuesdays and Wednesdays and on
            one further day each week agreed with your team lead, and may work from home on the other
            days.""")),
        ("para", P("""
            3. HOURS. Your normal working week is 37.5 hours, Monday to Friday, 9.00 a.m. to 5.30 p.m.,
            with one hour for lunch. Overtime approved in advance by your team lead is paid at time and a
            half.""")),
        ("para", P("""
            4. REMUNERATION. Your gross basic salary is €54,500 (fifty-four thousand five hundred euro)
            per annum, payable monthly in arrears by credit transfer on the 23rd of each month. When you
            work on the weekend rota you will also receive a shift allowance of €2,600 per annum,
            pro-rated. For information, the salary scale for this grade runs from €49,000 to €61,000 and
            salaries are reviewed each April.""")),
        ("para", P("""
            5. ANNUAL LEAVE. You are entitled to 23 working days' annual leave in each leave year
            (January to December), in addition to the public holidays. Leave in your first year is
            pro-rated.""")),
        ("para", P("""
            6. SICK LEAVE. Statutory sick pay is payable under the Sick Leave Act 2022. In addition, once
            you have completed probation, the Company pays full basic salary for up to 10 days of
            certified sick leave in any leave year, inclusive of statutory sick pay.""")),
        ("para", P("""
            7. PENSION AND BENEFITS. You may join the Liffeyside Group Pension Scheme, to which the
            Company matches your contributions up to 6% of basic salary. You will also receive private
            health insurance for you and your dependants, income protection cover, a death-in-service
            benefit of three times salary, and access to the Taxsaver commuter ticket and bike-to-work
            schemes.""")),
        ("para", P("""
            8. PROBATION. Your first six months are a probationary period, which the Company may extend
            by up to three further months. During probation either party may end your employment by
            giving one week's notice.""")),
        ("para", P("""
            9. NOTICE. After probation you must give one month's written notice of resignation. The
            Company will give you one month's notice or the statutory minimum notice under the Minimum
            Notice and Terms of Employment Acts 1973 to 2005, whichever is greater.""")),
        ("para", P("""
            10. CONFIDENTIALITY AND INTELLECTUAL PROPERTY. You must keep confidential, during and after
            your employment, all information about the Company, its merchants and cardholders. All
            intellectual property you create in your work belongs to the Company.""")),
        ("para", P("""
            11. RESTRICTIONS. The Company does not require a non-compete undertaking from employees in
            this grade. For six months after your employment ends you will not solicit any merchant
            client of the Company with whom you dealt in your last year of employment.""")),
        ("para", P("""
            12. CONDITIONS. This offer is subject to background screening including a credit check, two
            satisfactory references, and evidence of your entitlement to work in Ireland.""")),
        ("para", "13. GOVERNING LAW. This contract is governed by the laws of Ireland."),
        ("lines", ["Yours sincerely,", "", "Colm Ferriter", "HR Business Partner",
                   "Liffeyside Payments Technology Limited", "",
                   "Signed by the employee: ____________________   Date: __________"]),
    ],
)


# 8. Singapore, treasury: DOCX, 2 pages, a letter of appointment with a particulars table.
#    Traps: a monthly salary in figures and words beside a transport allowance in the same
#    table, 8.45 a.m. to 6.00 p.m. less lunch (41.25 hours), not covered by Part IV (no
#    overtime), outpatient and hospitalisation leave, CPF with no rate, a repayable sign-on
#    bonus, the Employment Pass and a medical examination as conditions.
letter(
    "sg-singapore-treasury-analyst-appointment", "docx", datetime(2027, 2, 4, 10, 0),
    "Letter of Appointment - Janelle Tan Wei Ling", "Marina Kestrel Pte. Ltd.",
    blocks=[
        ("head", "Marina Kestrel Pte. Ltd.", "UEN 201834417K  |  8 Temasek Boulevard, #22-03 Suntec Tower Three, Singapore 038988"),
        ("lines", ["4 February 2027", "", "Ms Janelle Tan Wei Ling", "Blk 412 Bedok North Avenue 2, #07-118", "Singapore 460412"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Janelle,"),
        ("para", P("""
            We are pleased to offer you employment with Marina Kestrel Pte. Ltd. (the "Company") on the
            following terms and conditions.""")),
        ("table", [
            ["Position", "Regional Treasury Analyst"],
            ["Commencement date", "15 March 2027"],
            ["Place of work", "The Company's office at 8 Temasek Boulevard, Singapore"],
            ["Basic monthly salary", "S$7,850 (Singapore Dollars Seven Thousand Eight Hundred and Fifty only)"],
            ["Transport allowance", "S$250 per month"],
            ["Working hours", "Monday to Friday, 8.45 a.m. to 6.00 p.m., including a one-hour lunch break"],
            ["Probation", "Three (3) months"],
        ], False),
        ("heading", "1. Salary"),
        ("para", P("""
            Your salary will be paid monthly, on or before the last working day of each month, by
            GIRO to your bank account. As your basic salary exceeds the threshold in Part IV of the
            Employment Act, you will not be entitled to overtime pay.""")),
        ("heading", "2. Sign-on bonus"),
        ("para", P("""
            You will receive a sign-on bonus of S$5,000, payable with your first month's salary. If you
            resign within one year of your commencement date, you must repay the sign-on bonus in
            full.""")),
        ("heading", "3. Performance bonus"),
        ("para", P("""
            You will be eligible for an annual performance bonus with a target of 12% of your annual
            basic salary, payable at the Company's discretion, taking into account the Company's and
            your individual performance.""")),
        ("heading", "4. Leave"),
        ("para", P("""
            You are entitled to 14 days of annual leave per calendar year, increasing by one day for
            each completed year of service up to 21 days. You are also entitled to 14 days of paid
            outpatient sick leave and up to 60 days of hospitalisation leave a year (inclusive of
            outpatient sick leave), supported by a medical certificate.""")),
        ("heading", "5. Benefits"),
        ("para", P("""
            The Company will make Central Provident Fund contributions in accordance with the Central
            Provident Fund Act. You are eligible for the Company's outpatient medical and dental
            benefits, group hospitalisation and surgical insurance, group term life insurance, and a
            flexible wellness benefit of S$800 a year.""")),
        ("heading", "6. Termination"),
        ("para", P("""
            During probation, either party may terminate your employment by giving one (1) week's
            notice. Upon confirmation, either party may terminate your employment by giving two (2)
            months' notice in writing or salary in lieu of notice.""")),
        ("heading", "7. Confidentiality and restrictive covenants"),
        ("para", P("""
            You shall not, during or after your employment, disclose any confidential information of the
            Company or its clients. For a period of six (6) months after the termination of your
            employment, you shall not be engaged in any Competing Business in Singapore, Malaysia or Hong
            Kong. For twelve (12) months after termination, you shall not solicit any employee or client
            of the Company.""")),
        ("heading", "8. Conditions"),
        ("para", P("""
            This appointment is subject to the approval of an Employment Pass by the Ministry of
            Manpower, a satisfactory pre-employment medical examination, and satisfactory reference
            checks.""")),
        ("heading", "9. Governing law"),
        ("para", "This letter of appointment is governed by the laws of Singapore."),
        ("para", P("""
            Please indicate your acceptance by signing and returning the duplicate copy of this letter
            by 11 February 2027.""")),
        ("lines", ["Yours sincerely,", "", "Gwendolyn Seah", "Head, Human Resources", "Marina Kestrel Pte. Ltd."]),
    ],
)


# 9. South Africa (Western Cape), cold-chain logistics: a SCANNED PDF (image only), 2 pages.
#    Traps: no text layer, amounts with spaces as thousands separators and decimal commas, a
#    package table whose total cost to company exceeds the basic salary, "07h30 to 16h30",
#    sick leave per 36-month cycle, BCEA earnings threshold (no overtime), a restraint of trade.
letter(
    "za-cape-town-maintenance-planner-scan", "scan", datetime(2027, 1, 18, 9, 0),
    "Offer of Employment - T. Abrahams", "Kogelberg Cold Chain (Pty) Ltd",
    blocks=[
        ("head", "KOGELBERG COLD CHAIN (PTY) LTD", "Reg. No. 2009/114382/07  |  17 Bofors Circle, Epping Industria, Cape Town 7460"),
        ("lines", ["18 January 2027", "", "Ms Thandiwe Abrahams", "22 Protea Street, Kuils River", "Cape Town 7580"]),
        ("para", "Dear Ms Abrahams"),
        ("title", "OFFER OF EMPLOYMENT: MAINTENANCE PLANNER"),
        ("para", P("""
            We are pleased to offer you permanent, full-time employment with Kogelberg Cold Chain (Pty)
            Ltd in the position of Maintenance Planner, reporting to the Engineering Manager. Your
            employment will start on 1 March 2027 and you will be based at our Epping Industria depot
            in Cape Town.""")),
        ("para", "Your remuneration package is made up as follows:"),
        ("table", [
            ["Component", "Per month", "Per annum"],
            ["Basic salary", "R 47 500,00", "R 570 000,00"],
            ["Retirement fund (employer, 7,5%)", "R 3 562,50", "R 42 750,00"],
            ["Medical aid subsidy", "R 2 450,00", "R 29 400,00"],
            ["Total cost to company", "R 53 512,50", "R 642 150,00"],
        ], True),
        ("para", P("""
            The employer contributes 7,5% of your basic salary to the Kogelberg Retirement Fund. Salaries
            are paid by EFT on the 25th of each month.""")),
        ("para", P("""
            Ordinary hours are 07h30 to 16h30, Monday to Friday, with a one-hour lunch break. Because
            your earnings exceed the BCEA earnings threshold, you are not entitled to overtime pay.""")),
        ("para", P("""
            You will receive 18 working days' annual leave per leave cycle, and sick leave of 30 days in
            every three-year cycle as provided by the Basic Conditions of Employment Act.""")),
        ("para", P("""
            Your other benefits are membership of the Kogelberg Retirement Fund, the medical aid subsidy
            shown above, group life cover of three times annual basic salary, and disability income
            cover.""")),
        ("pagebreak",),
        ("para", P("""
            The first six months of your employment are a probationary period. Thereafter either party
            may terminate the employment by giving one calendar month's written notice.""")),
        ("para", P("""
            You will keep all information about the Company and its customers confidential. For twelve
            months after your employment ends you will not take up employment with a competitor of the
            Company within the Western Cape province (restraint of trade).""")),
        ("para", P("""
            This offer is subject to satisfactory criminal record and credit checks, verification of
            your National Diploma in Mechanical Engineering, and a medical fitness assessment.""")),
        ("para", "Kindly confirm your acceptance by signing this letter and returning it by 29 January 2027."),
        ("lines", ["Yours faithfully", "", "Riaan van der Merwe", "Human Resources Manager", "",
                   "Accepted: ____________________   Date: __________"]),
    ],
)


# 10. Germany (Bavaria), robotics, in English: PDF, 6+ pages, a fixed-term contract in sections.
#     Traps: a two-year term whose end date is derived, salary in figures and words beside
#     capital-forming benefits and a job ticket, 30 working days' leave beside the statutory
#     20, continued pay in sickness (not sick days), mobile work up to 40%, notice "to the end
#     of a calendar month", a pension subsidy that is a percent of the converted amount (not of
#     salary), a compensated post-contractual non-compete, repayable relocation costs.
letter(
    "de-munich-embedded-engineer-fixed-term-contract", "pdf", datetime(2027, 2, 22, 10, 0),
    "Fixed-Term Employment Agreement - Jonas Ferreira-Kuehn", "Isarwerk Robotics GmbH",
    font="DejaVuSerif", size=11.5, footer="Isarwerk Robotics GmbH - Employment Agreement J. Ferreira-Kühn",
    blocks=[
        ("head", "Isarwerk Robotics GmbH", "Lilienthalallee 29, 80939 München  |  Amtsgericht München HRB 241877"),
        ("title", "FIXED-TERM EMPLOYMENT AGREEMENT"),
        ("para", "between"),
        ("lines", ["Isarwerk Robotics GmbH, Lilienthalallee 29, 80939 München,",
                   "represented by its managing director Dr. Henrike Vogelsang",
                   "- hereinafter the \"Company\" -", "", "and", "",
                   "Mr Jonas Ferreira-Kühn, Tulbeckstraße 41, 80339 München",
                   "- hereinafter the \"Employee\" -"]),
        ("heading", "§ 1 Commencement and Term"),
        ("para", P("""
            (1) The employment relationship commences on 1 April 2027.""")),
        ("para", P("""
            (2) The employment relationship is limited to a period of two years without objective
            reason pursuant to section 14(2) of the Part-Time and Fixed-Term Employment Act (TzBfG). It
            ends upon expiry of two years after its commencement without the need for notice of
            termination. Any extension requires a written agreement concluded before the end of the
            term.""")),
        ("para", P("""
            (3) This Agreement is concluded subject to the Employee presenting, before commencement, a
            certificate of the university degree stated in his application.""")),
        ("heading", "§ 2 Position and Duties"),
        ("para", P("""
            (1) The Employee is employed as Embedded Software Engineer (Motion Control) in the Drives &
            Control department. He reports to the Head of Firmware.""")),
        ("para", P("""
            (2) The Employee's duties include the design, implementation and testing of real-time
            firmware for servo drives and motion controllers, the review of code written by colleagues,
            and the documentation of his work in accordance with the Company's engineering standards. The
            Company may assign other reasonable duties that correspond to the Employee's qualifications
            and do not reduce his remuneration.""")),
        ("para", P("""
            (3) The Employee shall devote his full working capacity to the Company and shall perform his
            duties conscientiously and in accordance with the instructions of his superiors.""")),
        ("heading", "§ 3 Place of Work and Mobile Work"),
        ("para", P("""
            (1) The Employee's place of work is the Company's premises in Munich. The Company reserves the
            right to assign the Employee temporarily to customer sites within Germany for commissioning
            work, for no more than four weeks in each case.""")),
        ("para", P("""
            (2) In agreement with his line manager, the Employee may work remotely (mobile work) for up to
            40% of his working time in each calendar month. The Company's policy on mobile work applies in
            its current version; it creates no right to a particular home office arrangement.""")),
        ("heading", "§ 4 Working Time"),
        ("para", P("""
            (1) The regular weekly working time is 39 hours, excluding breaks. Working time is generally
            distributed over Monday to Friday in accordance with the Company's flexitime arrangement,
            with core time from 10:00 to 15:00.""")),
        ("para", P("""
            (2) The Employee shall record his working time in the Company's time-recording system. The
            Employee is obliged to work overtime where operationally necessary and within the limits of the
            Working Hours Act (ArbZG).""")),
        ("heading", "§ 5 Remuneration"),
        ("para", P("""
            (1) The Employee receives a gross annual salary of EUR 76,800 (in words: seventy-six thousand
            eight hundred euros), payable in twelve equal monthly instalments at the end of each calendar
            month by bank transfer to an account named by the Employee.""")),
        ("para", P("""
            (2) In addition, the Company pays capital-forming benefits (vermögenswirksame Leistungen) of
            EUR 40 gross per month, provided that the Employee concludes a corresponding savings
            contract.""")),
        ("para", P("""
            (3) The salary is reviewed annually with effect from 1 July. A review does not create a right
            to an increase.""")),
        ("heading", "§ 6 Variable Remuneration"),
        ("para", P("""
            (1) The Employee participates in the Company's annual bonus scheme. The target bonus amounts to
            10% of the gross annual salary at 100% target achievement. The targets are set each year in a
            separate target agreement; 50% relate to company targets and 50% to individual targets.""")),
        ("para", P("""
            (2) The bonus is paid with the salary for the month following the adoption of the annual
            financial statements. In the year of joining and in the year of leaving the bonus is paid
            pro rata temporis.""")),
        ("heading", "§ 7 Additional Benefits"),
        ("para", P("""
            (1) Company pension: the Employee may convert part of his salary into contributions to the
            Company's direct insurance scheme (betriebliche Altersversorgung). The Company adds a subsidy of
            20% of the amount converted.""")),
        ("para", P("""
            (2) The Company provides a Deutschlandticket as a job ticket free of charge for the duration of
            the employment, and subsidises membership of a fitness network (currently Urban Sports Club) by
            EUR 30 per month.""")),
        ("para", P("""
            (3) The Employee has a personal training budget of EUR 1,500 per calendar year for courses and
            conferences agreed with his line manager.""")),
        ("heading", "§ 8 Relocation"),
        ("para", P("""
            (1) The Company reimburses the Employee's documented costs of moving to the Munich area up to a
            maximum of EUR 5,000 gross.""")),
        ("para", P("""
            (2) If the employment ends within 24 months of its commencement by the Employee's own
            resignation, or by the Company's termination for reasons related to the Employee's conduct,
            the Employee shall repay the relocation costs pro rata, by 1/24 for each full month of
            employment not completed.""")),
        ("heading", "§ 9 Vacation"),
        ("para", P("""
            (1) The Employee is entitled to 30 working days of paid vacation per calendar year, based on a
            five-day week. This includes the statutory minimum vacation of 20 working days under the
            Federal Vacation Act (BUrlG); statutory vacation is granted first.""")),
        ("para", P("""
            (2) In the year of joining, the Employee receives one twelfth of the annual vacation for each
            full month of employment. Vacation not taken by 31 March of the following year lapses, to the
            extent the law permits, provided that the Company has reminded the Employee in good time.""")),
        ("heading", "§ 10 Incapacity for Work"),
        ("para", P("""
            (1) The Employee shall notify the Company of any incapacity for work and its expected duration
            without delay, at the latest at the beginning of the working day.""")),
        ("para", P("""
            (2) In case of incapacity for work due to illness, the Company continues to pay the remuneration
            for up to six weeks in accordance with the Continued Remuneration Act (EFZG).""")),
        ("heading", "§ 11 Secondary Employment"),
        ("para", P("""
            Any secondary employment, paid or unpaid, requires the Company's prior written consent. Consent
            shall be granted unless the Company's legitimate interests are affected. Academic publications
            and lectures are permitted if they do not disclose confidential information.""")),
        ("heading", "§ 12 Confidentiality"),
        ("para", P("""
            (1) The Employee shall keep secret all business and trade secrets of the Company and of its
            customers and suppliers, during the employment and after it ends. This includes in particular
            source code, designs, pricing and customer information.""")),
        ("para", P("""
            (2) The Employee shall keep the terms of this Agreement confidential, except towards
            authorities, his advisers and his family.""")),
        ("heading", "§ 13 Inventions and Copyrights"),
        ("para", P("""
            (1) The Employee Inventions Act (ArbnErfG) applies to inventions made by the Employee. The
            Employee shall report any invention to the Company without delay.""")),
        ("para", P("""
            (2) The Employee grants the Company the exclusive, unlimited right to use all work results,
            including software and copyright-protected works, that he creates in the course of the
            employment. This right is compensated by the remuneration under § 5.""")),
        ("heading", "§ 14 Return of Property"),
        ("para", P("""
            When the employment ends, or earlier if the Company requests it, the Employee shall return all
            property of the Company, including laptops, access cards, documents and copies of data. The
            Employee has no right of retention.""")),
        ("heading", "§ 15 Data Protection"),
        ("para", P("""
            The Company processes the Employee's personal data for the purposes of the employment
            relationship in accordance with the GDPR and the Federal Data Protection Act (BDSG). Details
            are set out in the data protection notice handed to the Employee with this Agreement.""")),
        ("heading", "§ 16 Probation and Termination"),
        ("para", P("""
            (1) The first six months of the employment are a probationary period. During the probationary
            period either party may terminate the employment with two weeks' notice.""")),
        ("para", P("""
            (2) Notwithstanding the fixed term, after the probationary period either party may terminate
            the employment with a notice period of three months to the end of a calendar month (section
            15(4) TzBfG). Any extension of the statutory notice periods for the Company applies equally to
            the Employee.""")),
        ("para", P("""
            (3) The right to terminate for good cause without notice remains unaffected. Notice of
            termination must be given in written form; electronic form is excluded.""")),
        ("para", P("""
            (4) After notice of termination has been given, the Company may release the Employee from his
            duty to work, with continued pay, and set off any remaining vacation against the release.""")),
        ("heading", "§ 17 Post-Contractual Non-Compete"),
        ("para", P("""
            (1) For a period of twelve months after the end of the employment relationship, the Employee
            shall not work for, or hold an interest in, any enterprise that competes with the Company in
            the development of motion-control firmware or drive systems.""")),
        ("para", P("""
            (2) For the duration of the non-compete, the Company pays the Employee compensation of 50% of
            the contractual remuneration last received, as required by sections 74 et seq. of the German
            Commercial Code (HGB). The Company may waive the non-compete before the end of the employment
            in accordance with section 75a HGB.""")),
        ("heading", "§ 18 Non-Solicitation"),
        ("para", P("""
            For twelve months after the end of the employment relationship the Employee shall not actively
            entice any employee of the Company to leave it.""")),
        ("heading", "§ 19 Forfeiture of Claims"),
        ("para", P("""
            All claims arising from the employment relationship are forfeited unless asserted in text form
            against the other party within three months of becoming due. This does not apply to claims
            arising from intentional or grossly negligent conduct, to claims for the statutory minimum
            wage, or to claims arising from injury to life, body or health.""")),
        ("heading", "§ 20 Final Provisions"),
        ("para", P("""
            (1) There are no oral side agreements. Amendments and additions to this Agreement must be made
            in text form; this applies equally to any waiver of this text-form requirement. Individual
            agreements take precedence.""")),
        ("para", P("""
            (2) This Agreement is governed by the laws of the Federal Republic of Germany.""")),
        ("para", P("""
            (3) Should any provision of this Agreement be or become invalid, the validity of the remaining
            provisions shall not be affected. The invalid provision shall be replaced by a valid provision
            that comes closest to the economic purpose of the invalid one.""")),
        ("para", P("""
            (4) This Agreement is made in English. A German convenience translation is attached; in case
            of doubt the English version prevails.""")),
        ("pagebreak",),
        ("lines", ["Munich, 22 February 2027", "", "", "______________________________",
                   "Isarwerk Robotics GmbH", "Dr. Henrike Vogelsang, Managing Director", "", "",
                   "______________________________", "Jonas Ferreira-Kühn"]),
        ("heading", "Annex 1 - Role Profile"),
        ("bullets", [
            "Develop and maintain firmware for servo drives (C, C++, Rust) on ARM Cortex-M and Cortex-R targets",
            "Design control loops together with the controls engineering team and verify them on the test bench",
            "Write unit and hardware-in-the-loop tests and keep the CI pipeline green",
            "Support commissioning at customer sites (see § 3(1))",
            "Take part in design reviews and mentor working students",
        ]),
        ("heading", "Annex 2 - Acknowledgements"),
        ("para", P("""
            The Employee confirms receipt of the data protection notice (§ 15), the policy on mobile work
            (§ 3), the information on the direct insurance scheme (§ 7) and the German convenience
            translation (§ 20).""")),
    ],
)


# 11. Hong Kong, insurance broker: TXT, 1.5 pages.
#     Traps: a transport allowance beside the monthly salary, hours from weekday times plus
#     alternate Saturday mornings (an average), "not entitled to overtime pay", MPF at 5%
#     with a cap in dollars, sick leave only "under the Employment Ordinance" (no number), a
#     discretionary bonus with no figure, a deadline in days from the letter date.
letter(
    "hk-kwun-tong-claims-executive-offer", "txt", datetime(2027, 3, 9, 11, 0),
    "Offer of Employment - Chan Ka Yan", "Harbourlight Insurance Brokers Limited",
    blocks=[
        ("head", "HARBOURLIGHT INSURANCE BROKERS LIMITED", "18/F, Millennium Gateway, 72 How Ming Street, Kwun Tong, Kowloon, Hong Kong"),
        ("lines", ["9 March 2027", "", "Ms Chan Ka Yan (Kelly)", "Flat C, 11/F, Block 3, Amoy Gardens", "Ngau Tau Kok, Kowloon"]),
        ("para", "Dear Ms Chan,"),
        ("title", "Offer of Employment - Claims Executive"),
        ("para", P("""
            We are pleased to offer you the position of Claims Executive in the Commercial Lines Claims
            team of Harbourlight Insurance Brokers Limited (the "Company"), commencing on 6 April 2027,
            on the terms below.""")),
        ("kv", [
            ("Place of work", "our office in Kwun Tong, Hong Kong"),
            ("Monthly salary", "HK$28,500, paid monthly in arrears, not later than the 7th day of the following month"),
            ("Transport allowance", "HK$1,200 per month"),
            ("Working hours", "Monday to Friday 9:00 a.m. to 6:00 p.m. with a one-hour lunch break, and alternate Saturdays 9:00 a.m. to 1:00 p.m."),
            ("Annual leave", "12 working days per year, in addition to statutory holidays"),
            ("Sick leave", "in accordance with the Employment Ordinance"),
        ]),
        ("para", P("""
            Overtime: you are not entitled to overtime pay. Time off in lieu may be granted for work on a
            rest day at your manager's discretion.""")),
        ("para", P("""
            Bonus: you may be considered for a discretionary year-end bonus depending on the Company's
            results and your individual performance. Any bonus is entirely at the Company's discretion.""")),
        ("para", P("""
            Retirement: the Company will enrol you in its Mandatory Provident Fund scheme and contribute
            5% of your relevant income each month, subject to the maximum of HK$1,500 per month set by the
            MPF Schemes Ordinance.""")),
        ("para", P("""
            Insurance: you will be covered by the Company's group outpatient and hospitalisation medical
            insurance and group life insurance from your first day.""")),
        ("para", P("""
            Probation and notice: the first three months of employment are a probationary period. During
            probation, either party may end the employment by giving seven days' notice or payment in
            lieu. After probation, either party may end the employment by giving one month's notice in
            writing or one month's salary in lieu.""")),
        ("para", P("""
            Confidentiality: you must not disclose any information about the Company's clients, policies
            or claims, during or after your employment.""")),
        ("para", P("""
            This offer is subject to satisfactory reference checks from your two most recent employers.
            This letter is governed by the laws of the Hong Kong Special Administrative Region.""")),
        ("para", P("""
            Please sign and return the duplicate copy within 7 days of the date of this letter to
            confirm your acceptance.""")),
        ("lines", ["Yours sincerely,", "", "Winnie Lau Sze Man", "Senior Manager, Human Resources",
                   "Harbourlight Insurance Brokers Limited", "",
                   "I accept the above offer.  Signature: ______________  Date: ____________"]),
    ],
)


# 12. Japan (Tokyo), games studio, in English: TXT, 1.5 pages.
#     Traps: a monthly figure that includes a fixed overtime allowance (base pay is a part of
#     it), an annual figure for the total, a commuting allowance cap, a historical bonus, leave
#     granted after six months, notice "at least one month in advance" vs "30 days' notice",
#     a defined-contribution pension in yen (no percent), remote up to two days a week.
letter(
    "jp-tokyo-localization-producer-offer", "txt", datetime(2027, 3, 1, 9, 30),
    "Offer of Employment - Rafael Lindstrom", "Sumida Lantern Games K.K.",
    blocks=[
        ("head", "Sumida Lantern Games K.K.", "Shibuya Stream Annex 7F, 3-21-3 Shibuya, Shibuya-ku, Tokyo 150-0002"),
        ("lines", ["March 1, 2027", "", "Mr. Rafael Lindstrom"]),
        ("para", "Dear Rafael,"),
        ("para", P("""
            Thank you for your time during the interviews. Sumida Lantern Games K.K. is happy to offer you
            employment as a full-time regular employee (seishain), without a fixed term, in the role of
            Localization Producer.""")),
        ("para", "Start date: April 1, 2027"),
        ("para", P("""
            Work location: our Shibuya office in Tokyo. Remote work is permitted up to two days per week
            under our telework rules.""")),
        ("para", P("""
            Working hours: 10:00 to 19:00 with a one-hour break, Monday to Friday. Weekends and national
            holidays are days off.""")),
        ("para", P("""
            Salary: JPY 7,200,000 per year, paid in twelve monthly payments of JPY 600,000 on the 25th
            of each month (the preceding business day if the 25th is a holiday). Each monthly payment
            consists of base pay of JPY 515,000 and a fixed overtime allowance of JPY 85,000 covering up
            to 20 hours of overtime a month. Overtime beyond 20 hours in a month is paid separately at the
            statutory premium rates.""")),
        ("para", P("""
            Commuting allowance: actual commuting costs are reimbursed up to JPY 50,000 per month.""")),
        ("para", P("""
            Bonus: a company performance bonus may be paid twice a year, in June and December. For
            reference, last fiscal year's bonus was equivalent to 2.3 months of base pay; this is not a
            guarantee of future bonuses.""")),
        ("para", P("""
            Paid leave: 10 days of annual paid leave are granted six months after your start date, in
            accordance with the Labor Standards Act, and increase with length of service. In addition,
            you receive 5 days of paid sick leave per year.""")),
        ("para", P("""
            Insurance and pension: you will be enrolled in Health Insurance, Employees' Pension Insurance,
            Employment Insurance and Workers' Accident Compensation Insurance as required by law. The
            company also contributes JPY 20,000 per month to a corporate defined-contribution pension
            plan.""")),
        ("para", "Trial period: the first three months of employment are a trial period."),
        ("para", P("""
            Resignation and termination: if you wish to resign, please notify the company at least one
            month in advance. The company will give at least 30 days' notice, or pay in lieu of notice, as
            required by Article 20 of the Labor Standards Act.""")),
        ("para", P("""
            Conditions: this offer is conditional on your obtaining a status of residence that permits
            this work, and on your submitting your graduation certificate before the start date. You will
            also be asked to sign the company's confidentiality pledge on your first day.""")),
        ("para", "This offer and your employment contract are governed by the laws of Japan."),
        ("para", "Please reply by March 12 to let us know your decision."),
        ("lines", ["Best regards,", "", "Noriko Aizawa", "HR Manager", "Sumida Lantern Games K.K."]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
