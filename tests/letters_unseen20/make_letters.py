#!/usr/bin/env python3
"""Build the twentieth held-out set under tests/letters_unseen20/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning, written blind: without reading rules/,
src/, the dev corpus or the letters and gold of tests/letters_unseen5 and later (only the
README files of tests/letters_unseen to tests/letters_unseen4, the fourth set's generator
and one of its gold files, for the format), and without running offercheck on them. Do not
tune rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen20/make_letters.py             # rewrite every letter
    python tests/letters_unseen20/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen20/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``), not against
offercheck's reading of the documents, so that the check never runs the tool under test
(the scanned letter has no text layer at all). Every company, person, address and figure
below is invented. The renderers are in tests/blind_letters.py, shared with the other blind
sets. Output is byte-for-byte reproducible.
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

# 1. US (Wisconsin), SEC exhibit, 2011: PDF, about 3 pages, Letter paper.
#     Traps: "annualized" salary paid every other Friday; target bonus with a maximum; a
#     sign-on bonus repayable in full or half by date of leaving; RSUs vesting in four annual
#     installments; relocation capped in dollars with its own repayment; a 401(k) match in
#     words; a severance multiple (not notice); deadline with a date.
letter(
    "us-wi-madison-vp-supply-chain-offer-2011", "pdf", datetime(2011, 3, 7, 9, 30),
    "Exhibit 10.2 - Offer letter, G. Albrecht-Sayles", "Kettle Moraine Diagnostics, Inc.",
    font="DejaVuSerif", size=10, paper="Letter", footer="Kettle Moraine Diagnostics, Inc.",
    blocks=[
        ("title", "Exhibit 10.2"),
        ("head", "KETTLE MORAINE DIAGNOSTICS, INC.", "8840 Excelsior Drive, Madison, Wisconsin 53717  ·  (608) 555-0148"),
        ("lines", ["March 7, 2011", "", "PERSONAL AND CONFIDENTIAL", "", "Mr. Gregory T. Albrecht-Sayles",
                   "41 Heatherstone Lane", "Naperville, Illinois 60565"]),
        ("para", "Dear Greg:"),
        ("para", P("""
            I am very pleased to confirm the offer of Kettle Moraine Diagnostics, Inc. (the "Company")
            for you to join us as Vice President, Supply Chain, reporting to Lorraine Vanderhoof, our
            Executive Vice President and Chief Operating Officer. This letter sets out the main terms
            of the offer, which the Compensation Committee of our Board of Directors approved on
            March 3, 2011.""")),
        ("heading", "1. Position and Start Date"),
        ("para", P("""
            This is a full-time position based at the Company's headquarters and main distribution
            center in Madison, Wisconsin. We expect your employment to begin on Monday, April 4, 2011,
            or another date on which you and Ms. Vanderhoof agree in writing (the date you actually
            begin work, the "Start Date").""")),
        ("heading", "2. Base Salary"),
        ("para", P("""
            Your base salary will be paid at the annualized rate of $232,000, less required
            withholdings, in installments on the Company's regular payroll dates, which currently fall
            every other Friday. The Committee reviews officer salaries each February; your first review
            will take place in February 2012. Because your position is classified as exempt under the
            Fair Labor Standards Act, you will not receive overtime pay.""")),
        ("heading", "3. Management Incentive Plan"),
        ("para", P("""
            For each fiscal year you will take part in the Company's Management Incentive Plan (the
            "MIP"). Your target award is 35% of the base salary earned during the fiscal year, and the
            MIP caps awards for vice presidents at 70% of base salary when corporate and personal goals
            are exceeded. Your 2011 award will be prorated from the Start Date. Awards are paid by
            March 15 of the following year, and you must be employed on the payment date to receive
            one.""")),
        ("heading", "4. Sign-On Bonus"),
        ("para", P("""
            The Company will pay you a one-time sign-on bonus of $40,000, less withholdings, with the
            first regular paycheck after your Start Date. The bonus is an advance that you earn by
            staying with us. If, before the first anniversary of the Start Date, you resign (other than
            for Good Reason as defined in the Severance Plan) or the Company ends your employment for
            Cause, you will repay the full $40,000 within thirty days after your last day; if that
            happens after the first anniversary but before the second, you will repay $20,000.""")),
        ("heading", "5. Restricted Stock Units"),
        ("para", P("""
            Management will recommend that the Committee grant you 18,000 restricted stock units
            ("RSUs") under the Company's 2007 Omnibus Incentive Plan at its first regular meeting after
            your Start Date. One quarter of the RSUs will vest on each of the first four anniversaries
            of the grant date, provided you remain employed on the applicable date, and each vested
            RSU will be settled in one share of the Company's common stock. The Plan and an award
            agreement will govern the grant.""")),
        ("heading", "6. Relocation"),
        ("para", P("""
            To help you and your family move from the Chicago area to Madison, the Company will
            provide relocation assistance under its executive relocation policy, including
            house-hunting trips, the packing and shipment of household goods, up to ninety days of
            temporary housing and customary closing costs on the sale of your current home. The total
            cost of this assistance will not exceed $85,000, and the Company will gross up the taxable
            portion. If you leave the Company voluntarily within eighteen months after the Start Date,
            you agree to repay a pro rata share of the relocation assistance, reduced by one
            eighteenth for each full month you have worked.""")),
        ("heading", "7. Benefits and Vacation"),
        ("para", P("""
            You will be eligible for the benefit programs the Company offers its officers, on the
            terms of those programs as they change from time to time. Today these include medical,
            dental and vision coverage, basic and supplemental life insurance, short- and long-term
            disability insurance, and the Kettle Moraine 401(k) Savings Plan, in which the Company
            matches, dollar for dollar, the first 4% of base salary that you defer. You may also buy
            Company shares at a discount through the Employee Stock Purchase Plan during its open
            offering periods. You will receive four weeks of paid vacation each calendar year
            (prorated for 2011) in addition to the Company's nine paid holidays.""")),
        ("heading", "8. Severance"),
        ("para", P("""
            You will be designated a participant in the Kettle Moraine Executive Severance Plan. Under
            that Plan, if the Company ends your employment without Cause, or you resign for Good
            Reason, you will receive twelve months of base salary continuation and COBRA premium
            support for the same period, conditioned on a release of claims.""")),
        ("heading", "9. Restrictive Covenants"),
        ("para", P("""
            As a condition of this offer you must sign the Company's Confidentiality, Inventions and
            Restrictive Covenant Agreement (the "Covenant Agreement"). Under it you will protect the
            Company's confidential information, assign to the Company the inventions you conceive
            while employed, refrain for twelve months after your employment ends from working for a
            competitor in clinical diagnostic distribution in the United States, and refrain for
            eighteen months after it ends from recruiting Company employees or soliciting its
            customers.""")),
        ("heading", "10. Conditions"),
        ("para", P("""
            This offer depends on (a) satisfactory results of a background investigation and a
            pre-employment drug screen, which our vendor will arrange after you accept; (b) your
            signing the Covenant Agreement; and (c) your providing, within three business days of the
            Start Date, the documents Form I-9 requires to show your identity and authorization to work
            in the United States.""")),
        ("heading", "11. At-Will Employment; Governing Law"),
        ("para", P("""
            Your employment with the Company will be at will. Either you or the Company may end it at
            any time, for any reason, with or without notice; only a writing signed by the Chief
            Executive Officer can change that. This letter will be interpreted under the internal laws
            of the State of Wisconsin.""")),
        ("para", P("""
            Please confirm your acceptance by signing below and returning this letter to me no later
            than March 14, 2011, after which the offer will lapse. We look forward to welcoming you to
            Madison.""")),
        ("lines", ["Sincerely,", "", "KETTLE MORAINE DIAGNOSTICS, INC.", "", "By: /s/ Harold J. Tiedemann",
                   "Harold J. Tiedemann", "Senior Vice President, Human Resources", "",
                   "Accepted and agreed:", "", "/s/ Gregory T. Albrecht-Sayles", "Gregory T. Albrecht-Sayles",
                   "Date: March 10, 2011"]),
    ],
)


# 3. US (Washington), engineering firm, 2025: DOCX, 2 pages.
#     Traps: the posted pay range beside the salary; "on the 10th and 25th"; a 40-hour week;
#     a hybrid Tuesday-Thursday schedule; PTO days beside holidays; sick leave front-loaded in
#     hours; a historical profit-sharing range (not a target); no non-compete stated; a
#     12-month client non-solicit; licence exam fees (education); deadline with a date.
letter(
    "us-wa-spokane-structural-engineer-hybrid", "docx", datetime(2025, 6, 9, 14, 0),
    "Offer of Employment - Marguerite Oyelowo", "Palouse Span Engineering, PLLC",
    blocks=[
        ("head", "Palouse Span Engineering, PLLC", "505 W. Riverside Avenue, Suite 1200, Spokane, WA 99201  |  careers@palousespan.example"),
        ("lines", ["June 9, 2025", "", "Marguerite Oyelowo", "1718 E. 29th Avenue", "Spokane, WA 99203", "",
                   "Sent by email"]),
        ("para", "Dear Marguerite,"),
        ("para", P("""
            Thank you for the time you spent with our bridge and building groups last week. Palouse Span
            Engineering, PLLC ("Palouse Span") is glad to offer you the position of Structural Engineer II
            in our Buildings practice, reporting to Dmitri Halvorsen, PE, SE, Principal.""")),
        ("heading", "Start date and schedule"),
        ("para", P("""
            Your first day will be Monday, July 7, 2025. This is a full-time, salaried position with a
            standard workweek of 40 hours. Our Spokane office runs a hybrid schedule: project teams are in
            the office on Tuesdays, Wednesdays and Thursdays, and you may work remotely on Mondays and
            Fridays unless a site visit or client meeting needs you elsewhere.""")),
        ("heading", "Pay"),
        ("para", P("""
            Under Washington's Equal Pay and Opportunities Act we posted a salary range of $92,000 to
            $118,000 for this role. Your starting salary will be $104,500 per year, paid in equal
            installments on the 10th and 25th of each month. The position is exempt from overtime.
            Palouse Span shares profits with staff in good years; recent distributions have ranged from
            4% to 7% of salary, but any payment is discretionary and none is promised.""")),
        ("heading", "Time off"),
        ("para", P("""
            You will receive 15 days of paid time off per year, accruing evenly each pay period, plus ten
            paid holidays. Washington paid sick leave is provided by front-loading 56 hours on January 1
            of each year; for 2025 you will receive a prorated 28 hours on your first day.""")),
        ("heading", "Benefits"),
        ("bullets", [
            "Medical, dental and vision insurance from the first of the month after your start date; the firm pays 85% of employee premiums.",
            "Basic life insurance and long-term disability coverage at no cost to you.",
            "A 401(k) plan with a match of 100% of your contributions up to 5% of salary, vested immediately.",
            "Six weeks of paid parental leave on top of Washington Paid Family and Medical Leave.",
            "Reimbursement of PE and SE exam fees and review courses, and two paid exam days per sitting.",
        ]),
        ("heading", "Agreements and conditions"),
        ("para", P("""
            Before you start you will sign our Confidentiality and Work Product Agreement, which keeps
            client and firm information confidential and gives Palouse Span ownership of the drawings,
            calculations and models you prepare for us. Washington law does not allow a noncompetition
            covenant at your salary level, and we are not asking for one. The agreement does ask that,
            for 12 months after you leave, you not solicit any client you served during your last year
            with us.""")),
        ("para", P("""
            This offer is contingent on a clean background check, confirmation of your BSCE degree
            with the granting university, and the completion of Form I-9 showing that you may work in
            the United States.""")),
        ("para", P("""
            Employment with Palouse Span is at will, meaning that you or the firm may end it at any time,
            with or without cause. Washington law governs this letter.""")),
        ("para", P("""
            If you would like to accept, please e-sign this letter by Monday, June 16, 2025. Reach out to
            me with any questions.""")),
        ("lines", ["Best regards,", "", "Keiko Farnsworth", "People Operations Manager", "Palouse Span Engineering, PLLC",
                   "", "Accepted: ______________________  Date: __________", "Marguerite Oyelowo"]),
    ],
)


# 4. US (Missouri), trucking company, 2001: scanned PDF, 1 page.
#     Traps: no text layer; salary "bi-weekly"; a bonus "up to" a percent; options vesting
#     25% a year; two weeks' vacation rising later; a fixed 3% company contribution; drug
#     screen and references; a deadline with a date.
letter(
    "us-mo-kansas-city-regional-controller-2001-scan", "scan", datetime(2001, 8, 13, 11, 0),
    "Exhibit 10.14", "Blue Valley Freightways, Inc.",
    blocks=[
        ("head", "BLUE VALLEY FREIGHTWAYS, INC.", "1900 Universal Avenue, Kansas City, Missouri 64120"),
        ("lines", ["Exhibit 10.14", "", "August 13, 2001", "", "Mr. Dennis R. Kowalczyk", "7714 Wornall Road",
                   "Kansas City, Missouri 64114"]),
        ("para", "Dear Dennis:"),
        ("para", P("""
            Blue Valley Freightways, Inc. (the "Company") would like you to join us as Regional
            Controller, Central Region, reporting to me. Your office will be at our
            terminal and regional headquarters in Kansas City, Missouri, and your first day will be
            Tuesday, September 4, 2001.""")),
        ("para", P("""
            Your salary will be $94,000 per year, paid bi-weekly. You will be eligible for an annual
            bonus of up to 20% of your salary under the Management Bonus Program, based on regional
            operating ratio and your own objectives. Subject to Board approval, you will receive options
            to buy 7,500 shares of the Company's common stock at the closing price on the grant date,
            vesting 25% per year over four years.""")),
        ("para", P("""
            You will have two weeks of vacation in each of your first five years of service and three
            weeks after that. You will be eligible for our medical, dental and group life plans, and for
            the 401(k) plan, to which the Company contributes 3% of base salary for every participant.""")),
        ("para", P("""
            This offer is conditional on a negative pre-employment drug screen and on satisfactory
            references. Your employment will be at will.""")),
        ("para", P("""
            Please sign and return one copy of this letter by August 20, 2001.""")),
        ("lines", ["Very truly yours,", "", "/s/ Carolyn M. Esterbrook", "Carolyn M. Esterbrook",
                   "Vice President and Chief Financial Officer", "", "Accepted: /s/ Dennis R. Kowalczyk   8/16/01"]),
    ],
)


# 5. India (Odisha), logistics company: DOCX with a salary break-up table (monthly and annual).
#     Traps: CTC in lakh notation; monthly and annual columns; gross beside fixed CTC and a
#     variable row; employer PF at 12% of basic; relocation recovered if leaving within a year;
#     leave buckets (earned + casual, sick apart); hours from times less lunch; 30 days' notice
#     in probation vs 90 after; deadline seven days from the letter date.
letter(
    "in-or-bhubaneswar-senior-finance-manager-ctc", "docx", datetime(2026, 11, 3, 10, 0),
    "Offer Letter - Sasmita Pattnaik", "Kalinga Mineral Logistics Private Limited",
    blocks=[
        ("head", "Kalinga Mineral Logistics Private Limited",
         "Plot No. 212, Chandaka Industrial Estate, Bhubaneswar - 751024, Odisha  |  CIN U63090OR2011PTC013377"),
        ("lines", ["Ref: KML/HR/OFR/2026/418", "Date: 3rd November 2026", "", "To,", "Ms. Sasmita Pattnaik",
                   "Flat 6B, Utkal Greens, Patia", "Bhubaneswar - 751024"]),
        ("title", "OFFER OF EMPLOYMENT"),
        ("para", "Dear Ms. Pattnaik,"),
        ("para", P("""
            Further to your interviews with our Chief Financial Officer and Managing Director, we are
            pleased to offer you the position of Senior Manager - Finance & Accounts in Grade M3 at
            Kalinga Mineral Logistics Private Limited (hereinafter "the Company"). This is a full-time
            position and the terms are set out below.""")),
        ("heading", "1. Date of joining and place of posting"),
        ("para", P("""
            Your date of joining will be 1st December 2026. You will be posted at our corporate office at
            Bhubaneswar, Odisha, but you may be transferred to any of our sidings, ports or branch
            offices in India as business needs require.""")),
        ("heading", "2. Remuneration"),
        ("para", P("""
            Your total annual Cost to Company (CTC) will be Rs. 24,60,000/- (Rupees Twenty Four Lakh
            Sixty Thousand only), made up of a fixed component of Rs. 22,20,000/- and a target variable
            pay of Rs. 2,40,000/- at 100% achievement of your goals. The break-up is as follows:""")),
        ("table", [
            ["Component", "Monthly (Rs.)", "Annual (Rs.)"],
            ["Basic Salary", "82,000", "9,84,000"],
            ["House Rent Allowance", "41,000", "4,92,000"],
            ["Leave Travel Allowance", "5,000", "60,000"],
            ["Special Allowance", "41,716", "5,00,592"],
            ["Gross Salary (A)", "1,69,716", "20,36,592"],
            ["Employer's PF Contribution (12% of Basic)", "9,840", "1,18,080"],
            ["Gratuity (4.81% of Basic)", "3,944", "47,328"],
            ["Group Mediclaim and Term Life Premium", "1,500", "18,000"],
            ["Fixed CTC (B)", "1,85,000", "22,20,000"],
            ["Target Variable Pay (C), paid annually", "-", "2,40,000"],
            ["Total CTC (B + C)", "-", "24,60,000"],
        ], True),
        ("para", P("""
            Variable pay is paid once a year after the annual results are adopted, on the basis of the
            Company's EBITDA and your individual scorecard, and may range from nil to 120% of the
            target. Salary is credited to your bank account on the last working day of every month,
            after deduction of income tax and statutory contributions.""")),
        ("heading", "3. Relocation"),
        ("para", P("""
            The Company will pay you a one-time relocation assistance of Rs. 75,000/- with your first
            salary. If you resign within twelve months of joining, this amount will be recovered in full
            from your final settlement.""")),
        ("heading", "4. Working hours and leave"),
        ("para", P("""
            Office hours are 9:30 a.m. to 6:00 p.m., Monday to Friday, with a lunch break of thirty
            minutes. You will be entitled to 18 days of earned leave and 8 days of casual leave in a
            calendar year, credited on a pro-rata basis in your first year, besides 7 days of sick leave
            and the holidays in the Company's holiday list.""")),
        ("heading", "5. Benefits"),
        ("para", P("""
            You will be covered under the Company's group mediclaim policy for yourself, your spouse,
            two children and your parents up to a floater sum of Rs. 5,00,000, a group term life policy
            of three times your fixed CTC, and a group personal accident policy. You will be a member of
            the Employees' Provident Fund and eligible for gratuity under the Payment of Gratuity Act,
            1972.""")),
        ("heading", "6. Probation and notice"),
        ("para", P("""
            You will be on probation for six months from your date of joining, after which your
            confirmation will be communicated in writing. During probation, either side may end the
            employment with 30 days' notice. After confirmation, either you or the Company may end
            the employment by giving 90 days' notice in writing or by paying basic salary in lieu of
            the notice period.""")),
        ("heading", "7. Confidentiality and non-solicitation"),
        ("para", P("""
            You will keep all information about the Company, its customers and its financial affairs
            strictly confidential, during your employment and afterwards, and will sign the Company's
            Non-Disclosure Agreement on joining. For twelve months after you leave, you will not induce
            any employee of the Company to resign.""")),
        ("heading", "8. Conditions of this offer"),
        ("para", P("""
            This offer is subject to satisfactory background verification by our agency, verification
            of your educational and professional certificates (including your CA membership), your
            being found medically fit by the Company's empanelled doctor, and your producing a relieving
            letter from your present employer. Any dispute will be subject to the jurisdiction of the
            courts at Bhubaneswar.""")),
        ("para", P("""
            Please sign and return the duplicate copy of this letter as a token of your acceptance within
            7 days of the date of this letter, failing which this offer shall stand withdrawn.""")),
        ("lines", ["For Kalinga Mineral Logistics Private Limited", "", "Sd/-", "Debashree Mohapatra",
                   "Head - Human Resources", "", "I accept the above terms.", "Signature: ______________   Date: __________",
                   "Sasmita Pattnaik"]),
    ],
)


# 6. India (Punjab), forging plant: PDF with a ruled wage table, 2-3 pages.
#     Traps: an appointment letter (not an offer) under certified standing orders; monthly gross
#     in a table beside an annual CTC; PF at 12% of basic plus DA; a 48-hour, six-day week;
#     overtime at twice the rate; probation extendable; confirmation in writing; one month's
#     notice after confirmation; leave as earned, casual and sick buckets; no deadline.
letter(
    "in-pb-ludhiana-production-supervisor-appointment", "pdf", datetime(2026, 9, 14, 11, 0),
    "Appointment Letter - Harpreet Singh Grewal", "Sutlej Precision Forgings Limited",
    font="DejaVuSans", size=10, paper="A4", footer="Sutlej Precision Forgings Limited - HR/APPT/2026",
    blocks=[
        ("head", "SUTLEJ PRECISION FORGINGS LIMITED",
         "Regd. Office & Works: C-118, Focal Point Phase VIII, Ludhiana - 141010 (Punjab)  ·  CIN L28910PB1994PLC014852"),
        ("lines", ["Ref. No.: SPFL/HR/APPT/2026/0917", "Date: 14.09.2026", "", "Mr. Harpreet Singh Grewal",
                   "S/o Sh. Jaswant Singh Grewal", "House No. 2231, Street No. 4, Haibowal Kalan", "Ludhiana - 141001"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Mr. Grewal,"),
        ("para", P("""
            With reference to your application and the subsequent interview, the management is pleased
            to appoint you as Production Supervisor (Forge Shop) in the Supervisory cadre, Grade S-2, on
            the following terms and conditions.""")),
        ("heading", "1. Joining and place of posting"),
        ("para", P("""
            You are required to report for duty on 5th October 2026 at 8:00 a.m. to the Personnel
            Department. Your place of posting will be Plant II, Focal Point, Ludhiana (Punjab). The
            management may transfer you to any department, shift or unit of the Company, present or
            future, and your refusal to join on transfer shall be treated as misconduct.""")),
        ("heading", "2. Emoluments"),
        ("para", "Your monthly emoluments will be as below:"),
        ("table", [
            ["Head", "Per month (Rs.)", "Per annum (Rs.)"],
            ["Basic Pay", "18,500", "2,22,000"],
            ["Dearness Allowance", "4,200", "50,400"],
            ["House Rent Allowance", "5,000", "60,000"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "3,700", "44,400"],
            ["Gross Wages", "33,000", "3,96,000"],
            ["Employer PF (12% of Basic + DA)", "2,724", "32,688"],
            ["Cost to Company", "35,724", "4,28,688"],
        ], True),
        ("para", P("""
            Your annual cost to company is therefore Rs. 4,28,688/-. Wages for each month shall be paid
            by bank transfer before the 7th day of the following month, after statutory deductions. The
            Dearness Allowance will be revised every April and October in line with the consumer price
            index, and the revision will not require a fresh letter.""")),
        ("heading", "3. Hours of work and overtime"),
        ("para", P("""
            The plant works in three rotating shifts. You will work 48 hours a week over six working days,
            with Sunday as the weekly off unless a different rest day is notified for your shift. Work
            beyond nine hours in a day or 48 hours in a week shall be paid as overtime at twice your
            ordinary rate of wages, as provided in the Factories Act, 1948.""")),
        ("heading", "4. Probation and confirmation"),
        ("para", P("""
            You will be on probation for six months from the date of joining. The management may extend
            the probation by up to three further months if your work or conduct is not found
            satisfactory. You will be deemed to be on probation until a letter of confirmation is issued
            to you in writing. During probation your services may be terminated without notice or
            assigning any reason.""")),
        ("heading", "5. Leave and holidays"),
        ("para", P("""
            You will be entitled to 15 days of earned leave, 7 days of casual leave and 7 days of sick
            leave in each calendar year, pro rata in the year of joining, and to 10 national and
            festival holidays notified at the start of the year.""")),
        ("heading", "6. Standing orders and conduct"),
        ("para", P("""
            Your service will be governed by the Certified Standing Orders of the Company under the
            Industrial Employment (Standing Orders) Act, 1946, as amended from time to time, and by the
            rules and safety instructions of the plant. A copy of the Standing Orders is displayed in
            English, Hindi and Punjabi at the time office.""")),
        ("heading", "7. Termination after confirmation"),
        ("para", P("""
            After confirmation, either party may end the employment by giving one month's notice in
            writing, or the Company may pay one month's wages in lieu of notice. Nothing in this clause
            limits action for misconduct under the Standing Orders.""")),
        ("heading", "8. Benefits"),
        ("para", P("""
            You will be a member of the Employees' Provident Fund and will be paid gratuity under the
            Payment of Gratuity Act, 1972, on becoming eligible. You and your dependants will be covered
            by the Company's group mediclaim policy up to Rs. 2,00,000 a year. Two sets of uniform and a
            pair of safety shoes will be issued every year, and a subsidised canteen is available in
            each shift.""")),
        ("heading", "9. Secrecy"),
        ("para", P("""
            You shall not disclose to anyone outside the Company any drawing, die design, process sheet
            or customer information that comes to your knowledge in the course of your work.""")),
        ("heading", "10. Conditions"),
        ("para", P("""
            This appointment is subject to your being declared medically fit by the Company's factory
            medical officer, to verification of your Diploma in Mechanical Engineering and previous
            experience certificates, and to a satisfactory police verification report. If any
            particulars furnished by you are found false, your services are liable to be terminated
            without notice.""")),
        ("para", P("""
            Kindly sign the duplicate copy of this letter in token of your acceptance and hand it over
            to the Personnel Department on the day of joining.""")),
        ("lines", ["For Sutlej Precision Forgings Limited", "", "Sd/-", "Manpreet Kaur Sandhu",
                   "Deputy General Manager - Personnel & Administration", "", "ACCEPTANCE",
                   "I have read and understood the above terms and accept them.",
                   "Signature: ____________________   Date: ____________", "(Harpreet Singh Grewal)"]),
    ],
)


# 7. Singapore, trading company: PDF, 2 pages, with a short key-terms table.
#     Traps: monthly basic salary beside a fixed transport allowance; an AWS of one month
#     (a 13th month) beside a discretionary variable bonus; CPF at a stated current rate;
#     overtime excluded by a salary threshold (a number near the salary that is not it);
#     14 days' leave rising with service; outpatient sick leave inside hospitalisation leave;
#     one week's notice in probation vs one month after; deadline as a date.
letter(
    "sg-tampines-accounts-executive-appointment-aws", "pdf", datetime(2026, 3, 2, 9, 0),
    "Letter of Appointment - Rachel Tan Hui Ling", "Meridian Harbour Supplies Pte. Ltd.",
    font="DejaVuSans", size=10, paper="A4", footer="Meridian Harbour Supplies Pte. Ltd.  -  Private & Confidential",
    blocks=[
        ("head", "Meridian Harbour Supplies Pte. Ltd.",
         "UEN 200914377K  ·  9 Tampines Industrial Crescent #04-11, Singapore 528611  ·  Tel 6555 0192"),
        ("lines", ["2 March 2026", "", "PRIVATE & CONFIDENTIAL", "", "Ms Rachel Tan Hui Ling",
                   "Blk 488 Tampines Street 44, #09-216", "Singapore 520488"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Rachel,"),
        ("para", P("""
            We are pleased to appoint you to Meridian Harbour Supplies Pte. Ltd. (the "Company") on the
            terms in this letter. The main terms are summarised in the table below and set out in full
            in the clauses that follow.""")),
        ("table", [
            ["Item", "Details"],
            ["Position", "Senior Accounts Executive, Finance Department"],
            ["Reporting to", "Finance Manager"],
            ["Commencement date", "1 April 2026"],
            ["Place of work", "9 Tampines Industrial Crescent, Singapore"],
            ["Basic salary", "S$4,850 per month"],
            ["Transport allowance", "S$150 per month (fixed)"],
            ["Annual Wage Supplement", "One month's basic salary, payable in December"],
            ["Probation", "3 months"],
        ], True),
        ("heading", "1. Remuneration"),
        ("para", P("""
            Your basic salary is S$4,850 per month, with a fixed transport allowance of S$150 per month.
            Salary is paid monthly by GIRO into your bank account, no later than the last working day
            of the month. You will receive an Annual Wage Supplement (AWS) of one month's basic salary
            in December each year, pro-rated in your first year by completed months of service. The
            Company may in addition pay a variable bonus at its sole discretion, depending on the
            Company's results and your own performance.""")),
        ("heading", "2. Central Provident Fund"),
        ("para", P("""
            The Company will contribute to your CPF account at the statutory rates in force, currently
            17% of ordinary wages for employees aged 55 and below, and will deduct your own share from
            your wages.""")),
        ("heading", "3. Working hours"),
        ("para", P("""
            Your working hours are 8.30 a.m. to 5.30 p.m., Monday to Friday, including a one-hour lunch
            break. As your monthly basic salary exceeds S$2,600, Part IV of the Employment Act does not
            apply to you, and no overtime payment is made for work beyond these hours.""")),
        ("heading", "4. Leave"),
        ("para", P("""
            You are entitled to 14 working days of annual leave per calendar year, increasing by one day
            for every completed year of service up to a maximum of 18 days, in addition to gazetted
            public holidays. Paid outpatient sick leave is 14 days a year and hospitalisation leave is
            60 days a year, the latter inclusive of the former, on production of a medical certificate
            from a registered doctor.""")),
        ("heading", "5. Medical and insurance"),
        ("para", P("""
            You will be covered under the Company's group hospitalisation and surgical plan and group
            term life insurance, and may claim outpatient treatment at panel clinics. Dental treatment
            is reimbursed up to S$200 per year.""")),
        ("heading", "6. Probation, confirmation and notice"),
        ("para", P("""
            You will serve a probation of three months, during which either party may end the
            employment with one week's notice or one week's salary in lieu. On confirmation, the notice
            period on either side becomes one month, or one month's basic salary in lieu.""")),
        ("heading", "7. Confidentiality and non-solicitation"),
        ("para", P("""
            You shall not, during or after your employment, use or disclose any trade secret or
            confidential information of the Company or its customers. For six months after your
            employment ends, you shall not solicit any customer or supplier of the Company with whom
            you dealt in your final year.""")),
        ("heading", "8. General"),
        ("para", P("""
            Before you start, you will need to be certified fit for work after a medical check-up at
            the Company's panel clinic, and the appointment takes effect only if you are. This letter is governed by the laws of Singapore.""")),
        ("para", P("""
            Please sign and return the duplicate of this letter to Human Resources by 9 March 2026 to
            confirm your acceptance.""")),
        ("lines", ["Yours sincerely,", "", "Ong Siew Ping", "Human Resources Manager",
                   "for and on behalf of Meridian Harbour Supplies Pte. Ltd.", "",
                   "I, Rachel Tan Hui Ling, accept the appointment on the terms above.",
                   "Signature: __________________   NRIC (last 4): _______   Date: ___________"]),
    ],
)


# 8. Ireland (Sligo), medical-device plant: DOCX, 3 pages, contract in numbered clauses.
#     Traps: weekly hours stated beside daily times; overtime at time and a half; a shift
#     premium for other staff; leave "in addition to public holidays"; company sick pay that
#     includes statutory sick leave; a matched pension contribution; one month's notice from
#     the employee, one month or statutory from the company; six-month non-compete; site-based.
letter(
    "ie-sligo-validation-technician-contract", "docx", datetime(2026, 1, 20, 10, 0),
    "Contract of Employment - Niamh Gilhooley", "Garavogue Medical Components Limited",
    blocks=[
        ("head", "Garavogue Medical Components Limited",
         "Unit 7, Finisklin Business Park, Sligo F91 X2P4  |  Registered in Ireland No. 604218"),
        ("title", "CONTRACT OF EMPLOYMENT"),
        ("para", P("""
            This contract is made on 20 January 2026 between Garavogue Medical Components Limited (the
            "Company") and Niamh Gilhooley of 14 Cairns Hill, Sligo (the "Employee"). It sets out the
            terms of employment required by the Terms of Employment (Information) Acts 1994 to 2014 and
            the European Union (Transparent and Predictable Working Conditions) Regulations 2022.""")),
        ("heading", "1. Commencement and position"),
        ("para", P("""
            1.1 Your employment begins on Monday 2 March 2026. No previous employment counts towards
            continuous service. 1.2 You are employed as a Validation Technician in the Quality
            department, reporting to the Validation Lead. 1.3 Your employment is full-time and
            permanent.""")),
        ("heading", "2. Place of work"),
        ("para", P("""
            2.1 Your place of work is the Company's plant at Finisklin Business Park, Sligo. 2.2 The role
            is site-based: validation work is done on the production floor and in the clean rooms, and
            home working is not available for it.""")),
        ("heading", "3. Probation"),
        ("para", P("""
            3.1 The first six months of your employment are a probationary period. 3.2 During it either
            party may end the employment with one week's notice.""")),
        ("heading", "4. Salary"),
        ("para", P("""
            4.1 Your salary is €41,250 (forty-one thousand two hundred and fifty euro) a year, paid
            monthly by credit transfer on the 25th of each month. 4.2 Salaries are reviewed every
            January; the 2026 review has already been applied to this figure. 4.3 Staff rostered on the
            two-shift pattern in Moulding receive a shift premium of 15%; this role is on days and the
            premium does not apply to you.""")),
        ("heading", "5. Hours of work"),
        ("para", P("""
            5.1 Your normal working week is 39 hours: 08:00 to 17:00 Monday to Thursday, with an unpaid
            lunch break of 45 minutes, and 08:00 to 14:00 on Friday. 5.2 Overtime must be approved in
            advance by your manager and is paid at time and a half for hours beyond 39 in a week.""")),
        ("heading", "6. Annual leave and public holidays"),
        ("para", P("""
            6.1 You are entitled to 23 days of paid annual leave in each leave year (1 January to 31
            December), pro rata in 2026. 6.2 This is in addition to the public holidays, which are
            dealt with as the Organisation of Working Time Act 1997 provides.""")),
        ("heading", "7. Sick leave"),
        ("para", P("""
            7.1 After probation the Company will pay your basic salary for up to 10 days of certified
            sick leave in any rolling twelve-month period; these days include, and are not additional
            to, your statutory sick leave entitlement. 7.2 You must notify your manager before 09:00 on
            the first day of absence.""")),
        ("heading", "8. Pension and health"),
        ("para", P("""
            8.1 You may join the Garavogue Defined Contribution Pension Scheme. Where you contribute at
            least 3% of basic salary, the Company will contribute 5% of basic salary. 8.2 The Company
            pays 50% of the cost of your own membership of an approved health insurance plan.""")),
        ("heading", "9. Notice"),
        ("para", P("""
            9.1 After probation you must give one month's written notice to resign. 9.2 The Company will
            give you one month's written notice, or the minimum notice under the Minimum Notice and
            Terms of Employment Acts 1973 to 2005 if that is longer. 9.3 The Company may pay salary in
            lieu of notice.""")),
        ("heading", "10. Confidential information and inventions"),
        ("para", P("""
            10.1 You will not disclose any confidential information of the Company, its group or its
            customers, during or after your employment. 10.2 Inventions, improvements, documents and
            software that you create in the course of your work belong to the Company, and you will sign
            any document needed to confirm this.""")),
        ("heading", "11. Restriction after employment"),
        ("para", P("""
            11.1 For six months after your employment ends you will not work in a validation or
            quality role for a competitor that makes orthopaedic or cardiovascular components in
            Ireland. 11.2 The Company considers this restriction reasonable given your access to
            validation protocols.""")),
        ("heading", "12. Conditions"),
        ("para", P("""
            12.1 This contract is conditional on two satisfactory references, on a completed
            pre-employment medical questionnaire, and on your showing that you are entitled to work in
            Ireland.""")),
        ("heading", "13. Grievance, discipline and law"),
        ("para", P("""
            13.1 The grievance and disciplinary procedures are in the Employee Handbook, which does not
            form part of this contract. 13.2 Irish law applies to this contract.""")),
        ("para", "Signed for the Company:"),
        ("lines", ["______________________", "Fergal Kilfeather, HR Manager", "Date: 20 January 2026", "",
                   "Signed by the Employee:", "______________________", "Niamh Gilhooley", "Date: ____________"]),
    ],
)


# 9. UK (England, Exeter), marketing agency: TXT, 1.5 pages.
#     Traps: holiday "33 days including the eight bank holidays"; hours from times less lunch;
#     hybrid only after probation; no paid overtime; SSP only; auto-enrolment pension at 4% of
#     qualifying earnings; references and right-to-work checks; one week's notice in
#     probation vs one month after; deadline with a date.
letter(
    "uk-eng-exeter-digital-marketing-executive-offer", "txt", datetime(2026, 5, 11, 16, 0),
    "Offer of employment", "Haldon Reach Marketing Ltd",
    blocks=[
        ("head", "Haldon Reach Marketing Ltd", "3 Southernhay West, Exeter EX1 1JG  |  Company No. 11829405"),
        ("lines", ["11 May 2026", "", "Josephine Mabry", "22 Polsloe Road", "Exeter EX1 2DN"]),
        ("para", "Dear Josephine,"),
        ("para", "Offer of employment - Digital Marketing Executive"),
        ("para", P("""
            Following your interview on 6 May, I'm delighted to offer you the job of Digital Marketing
            Executive with Haldon Reach Marketing Ltd, working in the paid-social team. This offer is
            subject to the conditions at the end of this letter. The main terms are below; your full
            written statement of terms will be sent to you before your first day.""")),
        ("kv", [
            ("Start date", "Monday 15 June 2026"),
            ("Place of work", "our studio at 3 Southernhay West, Exeter"),
            ("Salary", "£29,500 a year, paid monthly on the last working day of the month"),
            ("Hours", "9.00am to 5.30pm, Monday to Friday, with an unpaid hour for lunch"),
            ("Holiday", "33 days a year including the eight bank holidays"),
        ]),
        ("para", P("""
            The role is full-time. For the first six months you'll be in the studio every day so you
            can learn our accounts quickly; once you've passed probation you can work from home up to
            two days a week, agreed with your team lead. Your salary covers any occasional extra hours
            needed around campaign launches, and no overtime is paid.""")),
        ("para", P("""
            Probation lasts six months. During it, either of us can end your employment with one week's
            notice. After it, you'll need to give us one month's notice if you decide to leave, and we'll
            give you one month's notice (or your statutory entitlement if that is longer).""")),
        ("para", P("""
            We'll enrol you in our workplace pension with Aviva, and we'll pay 4% of your qualifying
            earnings into it, with you contributing 5%. Sick pay is Statutory Sick Pay only. You can
            join our cycle-to-work scheme, and our employee assistance programme offers free,
            confidential counselling.""")),
        ("para", P("""
            Client information, campaign results and anything you learn about our pricing must be kept
            confidential, while you work for us and afterwards.""")),
        ("para", P("""
            Conditions: this offer depends on our receiving two references we are happy with, one of
            them from your current employer, and on our checking that you have the right to work in the
            UK (please bring your passport, or a share code from the Home Office, on your first day).""")),
        ("para", P("""
            Your employment terms will be governed by the law of England and Wales. Please reply by
            email to accept by Friday 22 May 2026.""")),
        ("lines", ["Best wishes,", "", "Tamsin Ellacott", "Operations Director", "Haldon Reach Marketing Ltd"]),
    ],
)


# 10. Canada (New Brunswick, Moncton), insurer: PDF, 3 pages, ruled compensation schedule.
#     Traps: salary in the schedule and the text; "every second Thursday"; vacation in weeks
#     rising with service; sick days beside personal days; incentive target with a maximum;
#     RRSP match; greater-of employer notice; two weeks from the employee; a 12-month
#     non-solicit and no non-compete stated; hybrid by days; signing deadline.
letter(
    "ca-nb-moncton-customer-insights-manager-agreement", "pdf", datetime(2026, 10, 5, 13, 0),
    "Employment Agreement - Melanie Cormier", "Tidewater Shore Mutual Insurance Company",
    font="DejaVuSans", size=10, paper="Letter", footer="Tidewater Shore Mutual - Employment Agreement",
    blocks=[
        ("head", "Tidewater Shore Mutual Insurance Company",
         "1250 Main Street, Moncton, New Brunswick E1C 1H9  ·  tidewatershore.example"),
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This Employment Agreement is dated October 5, 2026 and is between Tidewater Shore Mutual
            Insurance Company (the "Company") and Mélanie Cormier (the "Employee").""")),
        ("heading", "1. Position"),
        ("para", P("""
            1.1 The Company will employ the Employee in the full-time position of Manager, Customer
            Insights, reporting to the Vice-President, Marketing and Distribution. 1.2 The Employee's
            employment will begin on November 2, 2026 (the "Start Date") and will continue for an
            indefinite period until ended under section 8.""")),
        ("heading", "2. Place of work and schedule"),
        ("para", P("""
            2.1 The Employee's home office is the Company's head office in Moncton, New Brunswick. 2.2 The
            Company follows a hybrid model: the Employee will work at the head office on Mondays, Tuesdays
            and Thursdays and may work from home on the other days. 2.3 Normal hours are 37.5 per week.
            As a manager, the Employee is not eligible for overtime pay.""")),
        ("heading", "3. Compensation"),
        ("para", P("""
            3.1 The Employee's compensation is summarized in Schedule A. 3.2 The base salary is paid by
            direct deposit every second Thursday, in arrears. 3.3 The base salary will be reviewed in
            March of each year, beginning in March 2027.""")),
        ("heading", "4. Annual incentive"),
        ("para", P("""
            4.1 The Employee will participate in the Company's Short-Term Incentive Plan. The target
            incentive is 10% of base salary, with a maximum payout of 20% when corporate results exceed
            plan. 4.2 For 2026, no incentive is payable because the Start Date falls after October 1.""")),
        ("heading", "5. Vacation, sick days and benefits"),
        ("para", P("""
            5.1 The Employee is entitled to three weeks of paid vacation per year, increasing to four
            weeks after five years of service, in addition to statutory holidays. 5.2 The Company provides
            six paid sick days and two paid personal days in each calendar year. 5.3 The Employee may
            join the group benefits plan (extended health, dental, vision, life insurance and long-term
            disability) from the Start Date, and the group RRSP, in which the Company matches the
            Employee's contributions up to 4% of base salary.""")),
        ("heading", "6. Confidential information and work product"),
        ("para", P("""
            6.1 The Employee will hold in confidence all non-public information about the Company, its
            members and its policyholders, during employment and after it ends. 6.2 All reports, models,
            data sets and other work product the Employee creates in the course of employment belong to
            the Company, and the Employee assigns to it any rights in them.""")),
        ("heading", "7. Non-solicitation"),
        ("para", P("""
            7.1 For twelve months after the employment ends, for any reason, the Employee will not,
            directly or indirectly, solicit any policyholder or broker of the Company with whom the
            Employee had dealings in the last year of employment, or encourage any employee of the
            Company to leave it.""")),
        ("heading", "8. Ending the employment"),
        ("para", P("""
            8.1 The Employee's first three months are a probationary period. 8.2 The Employee may resign
            by giving the Company two weeks' written notice. 8.3 After the probationary period the
            Company may end the employment without cause by giving four weeks' written notice, or pay in
            lieu of notice, or the notice or pay required by the Employment Standards Act (New
            Brunswick), whichever is greater. 8.4 The Company may end the employment for just cause
            without notice or pay in lieu.""")),
        ("heading", "9. Conditions"),
        ("para", P("""
            9.1 This Agreement is conditional on a satisfactory criminal record and credit check, which
            the Employee consents to, and on the Employee signing and returning it by October 16,
            2026.""")),
        ("heading", "10. General"),
        ("para", P("""
            10.1 This Agreement is governed by the laws of the Province of New Brunswick and the federal
            laws of Canada that apply there. 10.2 It replaces all earlier discussions about the
            Employee's employment.""")),
        ("lines", ["TIDEWATER SHORE MUTUAL INSURANCE COMPANY", "", "Per: ______________________",
                   "Réjean Arsenault, Vice-President, People and Culture", "",
                   "EMPLOYEE", "", "______________________", "Mélanie Cormier", "Date: ______________"]),
        ("pagebreak",),
        ("title", "Schedule A - Compensation Summary"),
        ("table", [
            ["Item", "Amount or entitlement"],
            ["Base salary", "$96,000 per year"],
            ["Pay schedule", "Bi-weekly (every second Thursday)"],
            ["Short-Term Incentive", "Target 10% of base salary (maximum 20%)"],
            ["Vacation", "3 weeks per year (4 weeks after 5 years)"],
            ["Sick and personal days", "6 sick days and 2 personal days per year"],
            ["Group RRSP", "Company match up to 4% of base salary"],
            ["Group benefits", "Extended health, dental, vision, life, LTD"],
            ["Salary range for the role", "$84,000 - $108,000 (Grade 9)"],
        ], True),
        ("para", "All amounts are in Canadian dollars."),
    ],
)


# 11. Australia (Victoria, Geelong), dental practice: TXT, 1.5 pages, part-time under an award.
#     Traps: hourly rate above the award minimum (a second hourly figure); 24 hours from three
#     days' times less breaks; "fortnightly"; super "on top"; leave in weeks, pro rata for the
#     part-timer; personal leave in days; overtime under the award; a 6-month probation; one
#     week's notice in the first year; police check and right to work; deadline with a weekday.
letter(
    "au-vic-geelong-dental-assistant-part-time-award", "txt", datetime(2026, 7, 14, 12, 0),
    "Letter of offer - part-time dental assistant", "Corio Bay Dental Pty Ltd",
    blocks=[
        ("head", "Corio Bay Dental Pty Ltd", "ABN 61 622 418 907  |  88 Malop Street, Geelong VIC 3220"),
        ("lines", ["14 July 2026", "", "Ms Chloe Papadakis", "5/19 Aberdeen Street", "Newtown VIC 3220"]),
        ("para", "Dear Chloe,"),
        ("para", "LETTER OF OFFER - PART-TIME EMPLOYMENT"),
        ("para", P("""
            We are pleased to offer you part-time employment with Corio Bay Dental Pty Ltd as a Dental
            Assistant at our Malop Street clinic in Geelong, Victoria. Your employment is covered by the
            Health Professionals and Support Services Award 2020 (the Award), and you will be classified
            as a Support Services Employee Level 3.""")),
        ("para", "1. Commencement. Your employment will start on Monday 3 August 2026."),
        ("para", P("""
            2. Hours. You will work 24 ordinary hours a week: Tuesday, Wednesday and Friday, 8.00am to
            4.30pm, with an unpaid 30-minute meal break each day. Any change to these agreed hours will
            be made in writing. Hours worked beyond them at our request are paid at the overtime rates
            in the Award.""")),
        ("para", P("""
            3. Pay. Your rate of pay is $31.40 per hour, above the Award minimum for your
            classification (currently $27.86 per hour). Pay is deposited fortnightly, on Thursday, for
            the fortnight ending the previous Sunday. Superannuation at the Superannuation Guarantee
            rate (currently 12%) is paid on top of your wages into the fund of your choice.""")),
        ("para", P("""
            4. Leave. You will accrue four weeks of annual leave and ten days of personal/carer's leave
            each year, both pro rata to your ordinary hours, under the National Employment Standards.
            Public holidays that fall on your usual working days are paid.""")),
        ("para", P("""
            5. Probation. The first six months of your employment are a probationary period, during which
            we will meet with you at three months to review how things are going.""")),
        ("para", P("""
            6. Ending employment. In your first year of service, either you or the practice may end your
            employment by giving one week's notice (the periods increase with service as the Fair Work Act
            sets out). Notice may be paid out instead of worked.""")),
        ("para", P("""
            7. Privacy. Patient records and anything you learn about patients' health must be kept
            strictly confidential, in line with our privacy policy and the Health Records Act 2001
            (Vic).""")),
        ("para", P("""
            8. Conditions. This offer is subject to a satisfactory National Police Check, evidence of your
            right to work in Australia, and proof of your hepatitis B vaccination status.""")),
        ("para", P("""
            Please sign and return a copy of this letter by Tuesday 21 July 2026 if you accept.""")),
        ("lines", ["Kind regards,", "", "Dr Anton Kyriazis", "Principal Dentist, Corio Bay Dental Pty Ltd", "",
                   "I accept the offer of part-time employment on the terms above.",
                   "Signed: __________________   Date: __________"]),
    ],
)


# 12. Poland (Wroclaw), software company, written in English: DOCX, 2 pages.
#     Traps: gross monthly pay in PLN with a posted band; a three-month trial-period contract
#     followed by an indefinite one (probation, not fixed term); PPK employer contribution at
#     1.5%; 20 days' leave rising to 26; notice by length of service; a six-month non-compete
#     with compensation; copyright transfer; hybrid two days; medical exam; deadline date.
letter(
    "pl-wroclaw-senior-backend-developer-offer", "docx", datetime(2026, 1, 12, 15, 0),
    "Offer - Bartosz Zielonka", "Odra Ledger Systems sp. z o.o.",
    blocks=[
        ("head", "Odra Ledger Systems sp. z o.o.",
         "ul. Legnicka 48F, 54-202 Wroclaw, Poland  |  KRS 0000781244  |  NIP 8943166120"),
        ("lines", ["Wroclaw, 12 January 2026", "", "Mr Bartosz Zielonka", "ul. Kasprowicza 113/7",
                   "51-137 Wroclaw"]),
        ("title", "Employment Offer"),
        ("para", "Dear Bartosz,"),
        ("para", P("""
            We are happy to offer you employment with Odra Ledger Systems sp. z o.o. ("Odra Ledger") as a
            Senior Backend Developer in the Payments Platform team. As we discussed, the offer is for an
            employment contract under the Polish Labour Code (umowa o pracę), not a B2B contract. Below are
            the terms; the contracts themselves will be drawn up in Polish and English.""")),
        ("heading", "Contract and start"),
        ("para", P("""
            We will first sign a contract for a trial period of three months, starting on 2 March 2026.
            If the trial period goes well, it will be followed without a break by an employment contract
            for an indefinite period. The position is full-time (pełny etat).""")),
        ("heading", "Pay"),
        ("table", [
            ["Item", "Terms"],
            ["Gross monthly salary", "PLN 21,500 (brutto)"],
            ["Band for the role", "PLN 19,000 - 25,000 gross per month"],
            ["Annual bonus", "up to 15% of annual base salary, on company and personal goals"],
            ["Salary payment", "monthly, by the 10th day of the following month"],
        ], True),
        ("para", P("""
            Overtime, where it is ordered, is compensated with the allowances under Article 151(1) of the
            Labour Code or with time off.""")),
        ("heading", "Working time and place"),
        ("para", P("""
            Working time is 8 hours a day and 40 hours a week on average in a one-month settlement period,
            in a flexible system with core hours of 10:00 to 14:00. Your place of work is our office in
            Wroclaw. Under the remote-work provisions of the Labour Code, you will work remotely on three
            days a week and from the office on Tuesdays and Thursdays.""")),
        ("heading", "Leave and benefits"),
        ("para", P("""
            You are entitled to 20 working days of paid holiday a year, or 26 days once your total
            service (with periods of education counted as the Labour Code provides) reaches ten years.
            Odra Ledger provides private medical care for you and your family, group life insurance, a
            sports card, and an English or German language course. You will be enrolled in the Employee
            Capital Plan (PPK), to which Odra Ledger contributes 1.5% of your gross salary.""")),
        ("heading", "Notice"),
        ("para", P("""
            During the trial period, either side may end the contract with two weeks' notice. Under the
            indefinite contract, the notice period for either side is one month once your service with us
            reaches six months, and three months once it reaches three years.""")),
        ("heading", "Confidentiality, copyright and non-competition"),
        ("para", P("""
            You will keep Odra Ledger's business secrets confidential. Author's economic rights to the code
            and documentation you produce as part of your duties pass to Odra Ledger on creation. You will
            also sign a separate non-competition agreement for the six months after your employment ends,
            for which Odra Ledger will pay you compensation of 50% of your salary for that period.""")),
        ("heading", "Before you start"),
        ("para", P("""
            You will need a certificate from an occupational medicine doctor confirming that you are fit
            for the job; we will send you the referral. This offer is made under Polish law.""")),
        ("para", P("""
            Please let us know by 23 January 2026 whether you accept. We hope you will join us.""")),
        ("lines", ["Kind regards,", "", "Agnieszka Wróblewska-Kot", "Head of People, Odra Ledger Systems sp. z o.o."]),
    ],
)


# 2. US (Virginia), bank holding company, 2009: PDF, the long one (8-10 pages).
#     Traps: an amended and restated agreement for a sitting CEO (start date null); a
#     self-renewing term (fixed_term false); salary with later raises; bonus target and
#     maximum; a new restricted stock award beside older option grants; five weeks' vacation;
#     notice from each side; severance multiples (not notice); an 18-month non-compete and a
#     24-month non-solicit; arbitration; a recoupment policy tied to restatements (not early
#     leaving); Virginia law; no deadline.
_R = "Shockoe Ridge Holdings, Inc."
letter(
    "us-va-richmond-ceo-amended-restated-agreement-2009", "pdf", datetime(2009, 1, 2, 10, 0),
    "Exhibit 10.1 - Amended and Restated Employment Agreement (W. A. Marchetti)", _R,
    font="DejaVuSerif", size=12, paper="Letter", footer="Shockoe Ridge Holdings, Inc. - Exhibit 10.1",
    blocks=[
        ("head", "Exhibit 10.1", "Shockoe Ridge Holdings, Inc. - Form 8-K filed January 6, 2009"),
        ("title", "AMENDED AND RESTATED EMPLOYMENT AGREEMENT"),
        ("para", P("""
            THIS AMENDED AND RESTATED EMPLOYMENT AGREEMENT (this "Agreement") is entered into as of
            January 1, 2009 (the "Effective Date") by and between Shockoe Ridge Holdings, Inc., a Virginia
            corporation (the "Company"), and Whitfield A. Marchetti (the "Executive").""")),
        ("heading", "RECITALS"),
        ("para", P("""
            A. The Executive has served as the President and Chief Executive Officer of the Company and of
            its principal subsidiary, Shockoe Ridge Bank (the "Bank"), since March 14, 2005, under an
            Employment Agreement dated as of that date (the "Prior Agreement").""")),
        ("para", P("""
            B. The Company and the Executive wish to amend and restate the Prior Agreement in its entirety,
            among other reasons so that its payment provisions comply with Section 409A of the Internal
            Revenue Code of 1986, as amended (the "Code"), and the final regulations issued under it, and
            so that it reflects the compensation the Board of Directors of the Company (the "Board")
            approved on December 16, 2008.""")),
        ("para", P("""
            NOW, THEREFORE, in consideration of the mutual promises below, and intending to be legally
            bound, the parties agree as follows.""")),
        ("heading", "1. Employment; Duties"),
        ("para", P("""
            1.1 Position. The Company shall continue to employ the Executive, and the Executive shall
            continue to serve, as President and Chief Executive Officer of the Company. The Executive shall
            also serve as President and Chief Executive Officer of the Bank and as a member of the Board
            and of the board of directors of the Bank for so long as the shareholders elect him.""")),
        ("para", P("""
            1.2 Duties. The Executive shall have the powers and duties customarily held by the chief
            executive of a publicly traded bank holding company of comparable size, subject to the
            direction of the Board. All other officers of the Company shall report to the Executive or to
            his designees, except that the head of internal audit shall report to the Audit Committee.""")),
        ("para", P("""
            1.3 Time and Attention. The Executive shall give substantially all of his business time,
            energy and skill to the business of the Company and the Bank. He may serve on the boards of up
            to two for-profit companies that do not compete with the Bank, with the prior consent of the
            Nominating and Governance Committee, and on civic and charitable boards, so long as that
            service does not materially interfere with his duties here.""")),
        ("para", P("""
            1.4 Place of Performance. The Executive's principal place of employment shall be the Company's
            headquarters in Richmond, Virginia, apart from travel that the business reasonably calls
            for.""")),
        ("heading", "2. Term"),
        ("para", P("""
            2.1 Initial Term. The term of the Executive's employment under this Agreement began on the
            Effective Date and, unless ended earlier under Section 5, will run through December 31, 2011
            (the "Initial Term").""")),
        ("para", P("""
            2.2 Renewal. On January 1, 2012 and on every January 1 after that, the term will extend
            itself by one additional year unless either party has told the other in writing, at least
            ninety (90) days before that January 1, that it does not wish the term to be extended. The
            Initial Term and every extension are together the "Term". A notice of non-renewal given by
            the Company is not, by itself, a termination without Cause.""")),
        ("heading", "3. Compensation"),
        ("para", P("""
            3.1 Base Salary. Beginning on the Effective Date, the Company shall pay the Executive a base
            salary at the annual rate of $485,000 ("Base Salary"), in substantially equal installments
            according to the Company's payroll practices for senior executives, and in no event less
            often than monthly. The Compensation Committee of the Board (the "Committee") shall review the
            Base Salary at least once a year and may increase it but not reduce it, other than in an
            across-the-board reduction applying to all senior officers of the Company by the same
            percentage. The Board has already approved an increase of the Base Salary to $505,000 with
            effect from January 1, 2010, provided the Bank remains well capitalized on December 31,
            2009.""")),
        ("para", P("""
            3.2 Annual Bonus. For each fiscal year ending during the Term, the Executive shall have the
            opportunity to earn an annual cash bonus under the Company's Executive Annual Incentive Plan.
            The target bonus shall be 75% of the Base Salary in effect at the end of that year, and the
            maximum bonus shall be 150% of that Base Salary, in each case based on performance goals that
            the Committee sets within ninety days after the year begins. Any bonus earned shall be paid
            in cash no later than March 15 of the year after the year to which it relates. For context
            only, the bonus the Executive received for fiscal 2007 equaled 62% of his then base
            salary.""")),
        ("para", P("""
            3.3 Restricted Stock Award. On the Effective Date, the Company shall grant the Executive an
            award of 40,000 restricted shares of the Company's common stock, par value $1.00 per share,
            under the Shockoe Ridge Holdings 2006 Stock Incentive Plan (the "Plan"). The restricted
            shares shall vest in three equal installments on each of the first three anniversaries of
            the Effective Date, as long as the Executive remains employed through the relevant vesting
            date, and shall otherwise be governed by the Plan and the Company's standard form of
            restricted stock agreement.""")),
        ("para", P("""
            3.4 Prior Awards. The stock options granted to the Executive in 2005, 2006 and 2007 under the
            Prior Agreement (covering 150,000, 60,000 and 45,000 shares respectively) remain outstanding
            on their existing terms, and nothing in this Agreement accelerates or otherwise changes
            them.""")),
        ("para", P("""
            3.5 Recoupment. Any incentive compensation paid to the Executive on the basis of financial
            results that are later restated because of material noncompliance with financial reporting
            requirements is subject to recovery by the Company under any recoupment policy the Board
            adopts, and under any requirement of applicable law, including any limits that apply to the
            Company as a participant in the U.S. Treasury's Capital Purchase Program.""")),
        ("heading", "4. Benefits; Expenses; Vacation"),
        ("para", P("""
            4.1 Employee Benefit Plans. The Executive may participate in all retirement, savings, welfare
            and fringe benefit plans the Company makes available to its senior executives generally,
            including its 401(k) savings plan, group health, dental and vision coverage, and group life
            and long-term disability insurance, on the terms of those plans.""")),
        ("para", P("""
            4.2 Supplemental Executive Retirement Plan. The Executive shall continue to participate in the
            Shockoe Ridge Bank Supplemental Executive Retirement Plan, as amended effective January 1,
            2009 to comply with Section 409A, under which the Executive's annual retirement benefit at age
            65 is targeted at 50% of his final average compensation, reduced by his benefits under the
            qualified plans and Social Security.""")),
        ("para", P("""
            4.3 Life Insurance. The Company shall maintain, at its expense, a term life insurance policy
            on the Executive's life with a death benefit of $2,000,000 payable to the beneficiaries he
            names, in addition to the group life coverage provided under Section 4.1.""")),
        ("para", P("""
            4.4 Automobile and Club. The Company shall provide the Executive with a monthly automobile
            allowance of $1,200 and shall pay the initiation fee and annual dues of one country club in
            the Richmond area that the Executive uses in part for business development.""")),
        ("para", P("""
            4.5 Vacation. The Executive shall be entitled to no fewer than five weeks of paid vacation in
            each calendar year, to be taken at times that are reasonable having regard to the needs of
            the business. Unused vacation carries over only as the Company's policies allow.""")),
        ("para", P("""
            4.6 Expenses. The Company shall reimburse the Executive for reasonable business expenses he
            incurs in performing his duties, subject to the Company's policies on documentation. Any
            reimbursement shall be paid no later than the last day of the calendar year following the
            year in which the expense was incurred, and expenses eligible for reimbursement in one year
            shall not affect those eligible in any other year.""")),
        ("heading", "5. Termination of Employment"),
        ("para", P("""
            5.1 Death or Disability. The Executive's employment ends automatically on his death. The
            Company may end the employment on written notice if the Executive has a Disability. For this
            Agreement, "Disability" means that the Executive has been unable, because of a physical or
            mental condition, to perform the essential functions of his position, with or without
            reasonable accommodation, for 120 consecutive days or for 180 days in any twelve-month
            period.""")),
        ("para", P("""
            5.2 By the Company for Cause. The Company may end the Executive's employment for Cause by a
            resolution adopted by at least two-thirds of the Board, other than the Executive, after the
            Executive has been given written notice describing the conduct in question and a chance to be
            heard, with counsel, before the Board. "Cause" means (a) the Executive's conviction of, or plea
            of guilty or no contest to, a felony or any crime involving dishonesty or breach of trust;
            (b) his willful and continued failure to perform his material duties, after written demand
            and thirty days to cure; (c) his willful misconduct that materially harms the Company or the
            Bank; (d) his material breach of Section 7; or (e) an order of a federal or state banking
            regulator removing him from office or prohibiting him from taking part in the affairs of an
            insured depository institution.""")),
        ("para", P("""
            5.3 By the Company without Cause. The Company may end the Executive's employment without
            Cause at any time by giving him thirty (30) days' prior written notice.""")),
        ("para", P("""
            5.4 By the Executive for Good Reason. The Executive may resign for Good Reason. "Good Reason"
            means any of the following without the Executive's written consent: (a) a material reduction
            in the Base Salary, other than one permitted by Section 3.1; (b) a material reduction in his
            authority, duties or responsibilities, including his ceasing to report directly to the Board;
            (c) a relocation of his principal place of employment by more than thirty-five miles; or (d)
            a material breach of this Agreement by the Company. To resign for Good Reason, the Executive
            must give notice of the condition within sixty days after it first arises, the Company must
            fail to remedy it within thirty days after that notice, and the Executive must resign within
            thirty days after the remedy period ends.""")),
        ("para", P("""
            5.5 By the Executive without Good Reason. The Executive may resign without Good Reason by
            giving the Board at least sixty (60) days' prior written notice. The Board may waive all or
            part of that period, in which case the resignation takes effect on the date the Board
            sets.""")),
        ("heading", "6. Payments on Termination"),
        ("para", P("""
            6.1 Accrued Obligations. On any termination, the Company shall pay the Executive (or his
            estate) his earned but unpaid Base Salary, any bonus earned for a completed year but not yet
            paid, his accrued but unused vacation, and unreimbursed expenses, and shall provide any
            vested benefits under its plans in accordance with their terms.""")),
        ("para", P("""
            6.2 Without Cause or for Good Reason. If the Company ends the Executive's employment without
            Cause, or he resigns for Good Reason, in either case other than during a Change in Control
            Period, then, subject to Section 6.4, the Company shall (a) pay him an amount equal to two
            times the sum of his Base Salary and his target bonus, in twenty-four substantially equal
            monthly installments; (b) pay a prorated bonus for the year of termination based on actual
            performance; and (c) if he elects COBRA continuation coverage, pay the employer share of the
            premiums for up to eighteen months.""")),
        ("para", P("""
            6.3 Change in Control. If, during the period beginning six months before and ending
            twenty-four months after a Change in Control (the "Change in Control Period"), the Company
            ends the Executive's employment without Cause or he resigns for Good Reason, then, in place of
            the amounts in Section 6.2(a), the Company shall pay him a lump sum equal to 2.99 times the
            sum of his Base Salary and target bonus within sixty days after the termination, and all of
            his unvested equity awards shall vest in full. "Change in Control" has the meaning given in
            the Plan. If any payment to the Executive would be an excess parachute payment under Section
            280G of the Code, the payments shall be reduced to the extent needed to avoid the excise tax
            under Section 4999 of the Code, but only if the reduction leaves the Executive better off
            after taxes.""")),
        ("para", P("""
            6.4 Release. The payments and benefits in Sections 6.2 and 6.3, other than the accrued
            obligations, are conditioned on the Executive signing, and not revoking, a general release of
            claims in favor of the Company and its affiliates in a form reasonably satisfactory to the
            Company, within sixty days after his termination date.""")),
        ("para", P("""
            6.5 Regulatory Limits. Any payment under this Agreement is subject to, and shall be reduced
            as necessary to comply with, Section 18(k) of the Federal Deposit Insurance Act and 12 C.F.R.
            Part 359, and the executive compensation rules that apply to the Company while the Treasury
            holds any of its securities under the Capital Purchase Program.""")),
        ("heading", "7. Protective Covenants"),
        ("para", P("""
            7.1 Confidential Information. The Executive acknowledges that he has had and will have access
            to confidential information of the Company and the Bank, including customer lists, loan and
            deposit information, pricing, strategic plans and supervisory material. During the Term and
            at all times after it, he shall not disclose that information to anyone outside the Company
            or use it for any purpose other than the Company's business, except as required by law or
            legal process.""")),
        ("para", P("""
            7.2 Work Product. All ideas, processes, products and materials that the Executive develops,
            alone or with others, in connection with his employment are the sole property of the Company,
            and he hereby assigns to the Company every right he may have in them.""")),
        ("para", P("""
            7.3 Non-Competition. During his employment and for eighteen (18) months after it ends for any
            reason, the Executive shall not, without the Board's written consent, serve as an officer,
            director, employee or consultant of any bank, savings institution or other financial
            institution that has an office within fifty miles of any branch the Bank operates on his
            termination date.""")),
        ("para", P("""
            7.4 Non-Solicitation. During his employment and for twenty-four (24) months after it ends for
            any reason, the Executive shall not, directly or through others, (a) solicit any customer of
            the Bank to move its deposit, loan or trust business elsewhere, or (b) solicit or hire any
            officer of the Company or the Bank, or encourage any officer to leave.""")),
        ("para", P("""
            7.5 Remedies. The Executive agrees that a breach of this Section 7 would cause the Company
            harm that money damages alone could not repair, and that the Company may seek an injunction
            in addition to any other remedy, without posting a bond. If a court finds any restriction in
            this Section 7 too broad to enforce, it may narrow the restriction to the extent needed to
            make it enforceable.""")),
        ("heading", "8. Dispute Resolution"),
        ("para", P("""
            8.1 Arbitration. Apart from a request for injunctive relief under Section 7.5, any controversy
            arising out of this Agreement or the Executive's employment shall be settled by binding
            arbitration before a single arbitrator in Richmond, Virginia, administered by the American
            Arbitration Association under its employment arbitration rules then in force. The Company
            shall pay the arbitrator's fees. Judgment on the award may be entered in any court having
            jurisdiction.""")),
        ("para", P("""
            8.2 Legal Fees. If the Executive prevails on at least one material issue in an arbitration
            under this Section 8, the Company shall reimburse his reasonable attorneys' fees.""")),
        ("heading", "9. Section 409A"),
        ("para", P("""
            9.1 Intent. The parties intend this Agreement to comply with, or be exempt from, Section 409A
            of the Code, and it shall be read accordingly. Each installment is a separate payment for
            Section 409A purposes. References to a termination of employment mean a "separation from
            service" within the meaning of Section 409A.""")),
        ("para", P("""
            9.2 Specified Employee. If the Executive is a specified employee on his separation from
            service, any payment of deferred compensation that would otherwise be made within six months
            after that separation shall instead be paid, without interest, on the first business day of
            the seventh month after it, or on his death if earlier.""")),
        ("heading", "10. Indemnification"),
        ("para", P("""
            The Company shall indemnify the Executive, and advance his expenses, to the fullest extent
            permitted by the Virginia Stock Corporation Act and its articles of incorporation, and shall
            keep him covered under its directors' and officers' liability insurance, during the Term and
            for six years after it, on terms no less favorable than those given to any other director or
            officer.""")),
        ("heading", "11. General Provisions"),
        ("para", P("""
            11.1 Entire Agreement. This Agreement supersedes the Prior Agreement in full and is the entire
            understanding of the parties about its subject; no promise outside it binds either party.""")),
        ("para", P("""
            11.2 Amendment; Waiver. This Agreement may be amended only in a writing signed by the Executive
            and by a director authorized by the Board. A waiver of one breach is not a waiver of any
            other.""")),
        ("para", P("""
            11.3 Successors. The Company shall require any successor to all or substantially all of its
            business or assets to assume this Agreement expressly. The Executive may not assign it.""")),
        ("para", P("""
            11.4 Notices. Notices must be in writing and delivered by hand, by overnight courier or by
            certified mail, to the Company at 901 East Cary Street, Richmond, Virginia 23219, attention
            of the Chair of the Committee, and to the Executive at the most recent home address in the
            Company's records.""")),
        ("para", P("""
            11.5 Withholding. The Company may withhold from any payment the taxes it is required to
            withhold.""")),
        ("para", P("""
            11.6 Governing Law. Virginia law, without regard to its choice-of-law principles, governs this
            Agreement and every question about its validity, meaning and performance.""")),
        ("para", P("""
            11.7 Severability; Counterparts. If any provision is held invalid, the others remain in effect.
            This Agreement may be signed in counterparts, each of which is an original.""")),
        ("para", P("""
            IN WITNESS WHEREOF, the parties have signed this Agreement as of the Effective Date.""")),
        ("lines", ["SHOCKOE RIDGE HOLDINGS, INC.", "", "By: /s/ Eleanor B. Haskins",
                   "Eleanor B. Haskins", "Chair, Compensation Committee", "",
                   "EXECUTIVE", "", "/s/ Whitfield A. Marchetti", "Whitfield A. Marchetti"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
