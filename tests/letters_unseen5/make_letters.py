#!/usr/bin/env python3
"""Build the fifth held-out set under tests/letters_unseen5/<id>/<id>.<ext> from the texts here.

Team-written letters kept apart from tuning. By December 2026 the rules had been tuned on
the dev corpus and on every earlier team-written set (tests/letters, tests/letters_unseen
and tests/letters_unseen2 to tests/letters_unseen4), so none of them measures any more how
the extractor does on a letter it has never seen. These were written blind: without
reading rules/, src/, the corpus or the earlier sets' letters and gold (only the terms
contract, the earlier sets' README files for their jurisdictions and traps,
tests/blind_letters.py and tests/letters_unseen4/make_letters.py for the format, and one
gold file of the fourth set for the YAML shape), and without running offercheck on them.
The set's focus is ordinary jobs outside the US as real employers send them: HR templates,
small businesses, a school trust, a staffing agency, hospitals. Do not tune rules on them;
once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen5/make_letters.py             # rewrite every letter
    python tests/letters_unseen5/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen5/make_letters.py --check     # rebuild in memory: fail if a
                                                             # committed file differs or a gold
                                                             # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``) and, by
tests/test_letters.py, against the documents as pypdfium2 and python-docx read them; never
against offercheck's reading (the scanned letter has no text layer at all). Every company,
person, address and figure below is invented, and every sentence was written for this set.
The renderers are in tests/blind_letters.py, shared with the third and fourth sets (not
changed for this one). Output is byte-for-byte reproducible: PDF metadata dates are fixed
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

# 1. England (Leicester), a staffing agency's assignment confirmation to a warehouse
#     operative: TXT, 1.5 pages.
#     Traps: the employer (the agency) named only in the letterhead and the signature block,
#     the client's name and site beside it; pay only per hour with decimals ("£12.85 per
#     hour") next to an overtime rate; hours from shift times less an unpaid break; weekly
#     pay "for the week before"; holiday as 5.6 weeks with bank holidays inside it; SSP only;
#     an assignment with an expected end that is not the end of the employment; a suburb
#     (Enderby) before the city; no offer deadline.
letter(
    "uk-eng-leicester-warehouse-operative-agency-hourly", "txt", datetime(2027, 1, 6, 9, 30),
    "Assignment confirmation - Dariusz Wroblewski", "Soar Valley Staffing Ltd",
    blocks=[
        ("head", "SOAR VALLEY STAFFING LTD",
         "Unit 4, Westbridge Court, Leicester LE3 5QT | 0116 000 4471 | bookings@soarvalleystaffing.example\n"
         "Employment business. Registered in England and Wales, company no. 10482277"),
        ("lines", ["6 January 2027", "", "Dariusz Wróblewski", "27 Tudor Road", "Leicester LE3 5JF"]),
        ("para", "Dear Dariusz,"),
        ("title", "Your first assignment: confirmation and main terms"),
        ("para", P("""
            Thanks for coming in to register with us on Monday. As promised on the phone, here is
            everything you need for your first assignment. A quick reminder of how this works: you are
            employed by us, under the contract of employment you signed when you registered, and we supply
            you to our client. The client directs your work on site, but your pay, holiday and pension all
            come from us.""")),
        ("heading", "ASSIGNMENT DETAILS"),
        ("kv", [
            ("Client", "Harcastle Foods Distribution Ltd"),
            ("Site", "Harcastle Foods DC, Carrfield Way, Enderby, Leicester LE19 4BW"),
            ("Role", "Warehouse Operative (Chilled Picking)"),
            ("First shift", "Monday 11 January 2027 at 06:00 (please arrive at 05:40 for your site induction)"),
            ("Shift pattern", "Monday to Friday, 06:00 to 14:30, including an unpaid 30 minute break"),
            ("Report to", "Shift Manager, Goods Out (ask for Kelly at the gatehouse)"),
            ("Expected length", "until at least the end of March 2027, to be confirmed by the client"),
        ]),
        ("heading", "PAY"),
        ("para", P("""
            Your basic rate on this assignment is £12.85 per hour. Any hours the client asks you to work
            beyond 40 in a week are paid at £16.06 per hour, which is time and a quarter. Hours are
            recorded on the client's clocking system, approved by the shift manager each Sunday night,
            and paid to your bank by BACS every Friday for the week before. Your payslip will be emailed
            to you on the Thursday.""")),
        ("para", P("""
            If you move to another client later your rate may be different; we will always confirm it in
            writing before the first shift.""")),
        ("heading", "HOLIDAY"),
        ("para", P("""
            You build up paid holiday as you work, at the rate of 5.6 weeks a year. For a five-day week
            that is 28 days, and the eight bank holidays are part of those 28 rather than on top of them.
            Book holiday through the app at least two weeks ahead so we can agree it with the client.""")),
        ("heading", "SICKNESS"),
        ("para", P("""
            If you are too ill to work, ring our duty line (0116 000 4472) before 05:00 on the day, as
            well as telling the client's shift manager. We pay Statutory Sick Pay if you qualify for it;
            there is no additional company sick pay.""")),
        ("heading", "PENSION"),
        ("para", P("""
            Once you have been with us for three months we will auto-enrol you into our workplace pension
            scheme (a master trust), if you are eligible. We put in 3% of your qualifying earnings and you put
            in 5% unless you choose to opt out.""")),
        ("heading", "IF THE ASSIGNMENT OR YOUR JOB ENDS"),
        ("para", P("""
            The client may bring the assignment to an end earlier than expected, or ask for you to stay
            on longer. When an assignment ends your employment with us does not end: we will look for
            the next one with you. If you decide to leave Soar Valley altogether, please give us one
            week's notice in writing. If we need to end your employment, we will give you one week's
            notice, or the statutory amount if that is longer once you have been with us two years or
            more.""")),
        ("heading", "BEFORE YOUR FIRST SHIFT"),
        ("bullets", [
            "Bring your original passport or share code so we can check your right to work in the UK (we cannot let you start without it).",
            "The client runs a drug and alcohol screen at induction for everyone who works in the chilled chamber; you will need a negative result to continue.",
            "Safety boots are supplied by the client on your first day. Thermal jacket and gloves are provided.",
        ]),
        ("para", P("""
            Please remember that anything you see on site, from stock levels to the client's customer
            orders, stays on site: don't share it with anyone, including on social media.""")),
        ("para", P("""
            Any questions at all, call or text me on 07700 900 318. Good luck on Monday!""")),
        ("lines", ["Best wishes,", "", "Hannah Mistry", "Recruitment Consultant (Industrial)", "Soar Valley Staffing Ltd"]),
    ],
)


# 2. Philippines (Cebu City), a contact centre's probationary employment contract for a
#     customer service representative: TXT, 2 pages.
#     Traps: salary in words and figures with de minimis and night differential beside it,
#     "twice a month, on the 15th and the last day", a nine-hour shift "inclusive of" a
#     one-hour unpaid meal, leave granted only on regularization (per month credits), notice
#     as "one (1) month", a validity counted from receipt (no resolvable date), NBI clearance
#     and medical as conditions, the city given as a business park.
letter(
    "ph-cebu-csr-probationary-contract", "txt", datetime(2027, 2, 1, 14, 0),
    "Probationary Employment Contract - Kristine Mae Dumaguing", "Mactan Harbour Contact Solutions, Inc.",
    blocks=[
        ("head", "MACTAN HARBOUR CONTACT SOLUTIONS, INC.",
         "14th Floor, Lumina Tower 5, Cebu IT Park, Lahug, Cebu City 6000, Philippines"),
        ("title", "Probationary Employment Contract"),
        ("para", P("""
            This contract is entered into on 1 February 2027 in Cebu City by and between MACTAN HARBOUR
            CONTACT SOLUTIONS, INC., a corporation organized under Philippine law with office address
            above (the "COMPANY"), represented by its Human Resources Director, and KRISTINE MAE
            DUMAGUING, of legal age, Filipino, residing at 88-B Sitio Kalubihan, Barangay Guadalupe,
            Cebu City (the "EMPLOYEE").""")),
        ("heading", "1. POSITION AND ACCOUNT"),
        ("para", P("""
            The EMPLOYEE is hired as Customer Service Representative I for the COMPANY's travel and
            hospitality account. The EMPLOYEE shall report for new hire training on 15 February 2027 at
            the Cebu IT Park site. Training is paid and forms part of the probationary period.""")),
        ("heading", "2. PROBATIONARY PERIOD"),
        ("para", P("""
            The EMPLOYEE shall undergo a probationary period of six (6) months from the first day of
            training. The standards for regularization (attendance, quality scores, average handling time
            and customer satisfaction) have been explained to the EMPLOYEE at the start of employment and
            are attached as Annex A. An EMPLOYEE who meets them at the end of the period becomes a regular
            employee; one who does not may be separated in accordance with law.""")),
        ("heading", "3. COMPENSATION"),
        ("para", P("""
            The EMPLOYEE shall receive a basic monthly salary of TWENTY-TWO THOUSAND FIVE HUNDRED PESOS
            (PHP 22,500.00). On top of the basic salary, the COMPANY grants a non-taxable de minimis
            allowance of PHP 2,000.00 a month (rice and laundry) and a night shift differential of ten
            percent (10%) of the hourly rate for work performed between 10:00 PM and 6:00 AM.""")),
        ("para", P("""
            Pay is released twice a month, on the 15th and on the last day of the month, through the
            EMPLOYEE's payroll account. Overtime work, when required and approved by the Team Leader,
            is paid at the rates provided by the Labor Code. The EMPLOYEE is also entitled to 13th month
            pay, computed and paid as required by law.""")),
        ("heading", "4. HOURS OF WORK"),
        ("para", P("""
            The EMPLOYEE shall work five (5) days a week on a shifting schedule set by Workforce
            Management, with two consecutive rest days. Each shift is nine (9) hours, inclusive of a one
            (1) hour meal break that is not counted as working time. Because the account follows United
            States business hours, most shifts will fall at night.""")),
        ("heading", "5. LEAVE BENEFITS"),
        ("para", P("""
            Upon regularization, the EMPLOYEE shall earn one (1) day of vacation leave and one (1) day of
            sick leave for every month of service, or twelve (12) days of each per year. Unused sick leave
            may be carried over; unused vacation leave of up to five (5) days may be converted to cash at
            the end of the year. Regular holidays and special non-working days are observed as proclaimed
            by the government.""")),
        ("heading", "6. BENEFITS"),
        ("para", P("""
            The EMPLOYEE will be covered by the COMPANY's HMO plan from the first day of employment, with
            one (1) free dependent upon regularization, and by a group life insurance policy. The COMPANY
            will remit the EMPLOYEE's SSS, PhilHealth and Pag-IBIG contributions, including the
            employer's share, as required by law.""")),
        ("heading", "7. PRE-EMPLOYMENT REQUIREMENTS"),
        ("para", P("""
            This contract takes effect only upon the EMPLOYEE's submission of a valid NBI clearance and
            the COMPANY's receipt of a "fit to work" result from the pre-employment medical examination at
            the COMPANY's accredited clinic. The EMPLOYEE warrants that the school records and certificate
            of employment submitted are genuine; any falsification is a ground for termination.""")),
        ("heading", "8. CONFIDENTIALITY AND DATA PRIVACY"),
        ("para", P("""
            The EMPLOYEE will handle customer names, card details and booking records. None of this
            information may be copied, written down, photographed or disclosed to anyone, during or after
            employment, and the EMPLOYEE shall comply with the Data Privacy Act of 2012 and the COMPANY's
            clean desk policy. Mobile phones are not allowed on the production floor.""")),
        ("heading", "9. RESIGNATION AND TERMINATION"),
        ("para", P("""
            Should the EMPLOYEE decide to resign, the EMPLOYEE shall serve the COMPANY a written notice at
            least one (1) month ahead of the intended last day, to allow proper turnover. Failure to do so
            may make the EMPLOYEE liable for damages. The COMPANY may terminate this contract for just or
            authorized causes under the Labor Code, observing due process.""")),
        ("heading", "10. GOVERNING LAW"),
        ("para", P("""
            Matters not covered by this contract shall be governed by the COMPANY's Code of Conduct and by
            the laws of the Republic of the Philippines.""")),
        ("para", P("""
            This offer is valid for three (3) days from receipt. Kindly sign both copies and return one
            to the Talent Acquisition desk on the ground floor.""")),
        ("lines", [
            "MACTAN HARBOUR CONTACT SOLUTIONS, INC.", "By:", "", "Ma. Lourdes T. Ybañez",
            "Human Resources Director", "",
            "CONFORME:", "", "KRISTINE MAE DUMAGUING", "Employee",
            "", "SIGNED IN THE PRESENCE OF: ______________________  ______________________",
        ]),
    ],
)


# 3. UAE (Abu Dhabi), a private hospital's offer to an overseas-recruited staff nurse: DOCX
#     with a pay table, 2.5 pages.
#     Traps: a monthly pay table whose basic row (the salary) differs from the gross row the
#     body repeats; a limited two-year contract from the joining date (end date derived);
#     an average 48-hour week over a roster; 30 calendar days' leave; a relocation allowance
#     repayable within 12 months; 14 days' notice in probation vs 60 days after; DOH licence
#     with primary source verification, police clearance, medical fitness and visa as
#     conditions; a deadline counted from the letter's date.
letter(
    "ae-abu-dhabi-registered-nurse-limited-contract", "docx", datetime(2027, 3, 8, 10, 15),
    "Offer of Employment - Registered Nurse", "Al Reem Bayview Hospital L.L.C.",
    blocks=[
        ("head", "Al Reem Bayview Hospital L.L.C.",
         "Marina Square Road, Al Reem Island, P.O. Box 000417, Abu Dhabi, United Arab Emirates  |  Human Capital Department"),
        ("lines", ["Ref: ARBH/HC/NUR/0388/2027", "8 March 2027", "", "Ms. Anjali Mathew Varghese",
                   "Thekkekara House, Kaloor", "Kochi, Kerala 682017, India"]),
        ("title", "OFFER OF EMPLOYMENT"),
        ("para", "Dear Ms. Varghese,"),
        ("para", P("""
            Following your interview with our nursing panel on 24 February 2027, we are delighted to offer
            you the position of Registered Nurse in the Medical-Surgical Unit of Al Reem Bayview Hospital,
            reporting to the Nurse Manager of the unit. Your employment will be based at the hospital on Al
            Reem Island, Abu Dhabi.""")),
        ("heading", "Contract and joining"),
        ("para", P("""
            This offer is for a limited-term employment contract of two (2) years from your date of joining,
            which may be renewed by mutual agreement in writing. We expect your date of joining to be 1 May
            2027, subject to the completion of your licensing and visa formalities.""")),
        ("heading", "Monthly remuneration"),
        ("para", P("""
            Your gross monthly salary will be AED 14,000 (fourteen thousand UAE dirhams), made up as
            follows:""")),
        ("table", [
            ["Component", "AED per month"],
            ["Basic Salary", "8,750"],
            ["Housing Allowance", "3,500"],
            ["Transportation Allowance", "1,000"],
            ["Other Allowance", "750"],
            ["Gross Monthly Salary", "14,000"],
        ], True),
        ("para", P("""
            Salaries are transferred monthly through the Wage Protection System (WPS), normally by the third
            working day of the following month. End of service gratuity is calculated on the Basic Salary
            only, in accordance with the UAE Labour Law.""")),
        ("heading", "Working hours"),
        ("para", P("""
            Nursing staff work a roster of 8-hour and 12-hour shifts, including nights, weekends and public
            holidays, averaging 48 hours per week over each four-week roster. Overtime worked at the request
            of your Nurse Manager is paid as provided by the UAE Labour Law.""")),
        ("heading", "Leave and travel"),
        ("para", P("""
            You are entitled to 30 calendar days of paid annual leave for each completed year of service,
            to be taken at times agreed with your Nurse Manager, together with the official public holidays
            announced for the private sector. Sick leave is granted in accordance with the UAE Labour Law.
            Once in each contract year the Hospital will provide a return economy-class air ticket between
            Abu Dhabi and Kochi.""")),
        ("heading", "Other benefits"),
        ("bullets", [
            "Enhanced medical insurance for you from your date of joining, with dental cover for emergencies.",
            "Group life and personal accident insurance, 24 months of Basic Salary.",
            "A one-way economy-class joining ticket from Kochi.",
            "Relocation allowance of AED 4,000, paid with your first salary.",
            "Continuing professional development: the Hospital funds the CPD hours required for DOH licence renewal.",
        ]),
        ("para", P("""
            If you resign within twelve (12) months of your date of joining, you will be required to repay
            the relocation allowance in full, and the Hospital may deduct it from any amount owed to you
            on exit.""")),
        ("heading", "Probation and notice"),
        ("para", P("""
            The first six (6) months of employment are a probationary period. During probation, the Hospital
            may end your employment by giving you fourteen (14) days' written notice, and you must give one
            month's notice if you wish to leave. Once you have completed probation, either party may end the
            contract before its expiry by giving sixty (60) days' written notice.""")),
        ("heading", "Conditions of this offer"),
        ("para", "This offer and your joining are conditional on:"),
        ("bullets", [
            "passing the Department of Health - Abu Dhabi licensing examination (if not exempt) and a satisfactory primary source verification of your nursing qualifications, registration and experience;",
            "a police clearance certificate from India issued within the last three months;",
            "being declared medically fit at the pre-employment medical examination required for your residence visa;",
            "the issue of your UAE employment visa, work permit and Emirates ID.",
        ]),
        ("heading", "Confidentiality"),
        ("para", P("""
            You will have access to patient records and to the Hospital's clinical and business information.
            You must keep all of it confidential during your employment and after it ends, except as
            required for patient care or by law.""")),
        ("heading", "Governing law"),
        ("para", P("""
            This offer and your employment contract are governed by Federal Decree-Law No. 33 of 2021 on the
            Regulation of Labour Relations and the other laws of the United Arab Emirates as applied in the
            Emirate of Abu Dhabi. The Ministry of Human Resources and Emiratisation standard contract will be
            issued with your work permit and will follow the terms of this offer.""")),
        ("para", P("""
            To accept, please sign each page of this letter and return a scanned copy to
            nursing.recruitment@arbh.example within ten (10) days of the date of this letter. After that the
            offer will lapse.""")),
        ("lines", ["Yours sincerely,", "", "Dr. Hessa Al Mazrouei", "Chief Human Capital Officer",
                   "Al Reem Bayview Hospital L.L.C.", "", "Accepted by: ______________________  Date: __________",
                   "Anjali Mathew Varghese"]),
    ],
)


# 4. England (Bristol), a multi-academy trust's offer to a part-time, term-time teaching
#     assistant: PDF (text layer), 2 pages.
#     Traps: a full-time equivalent salary and grade beside the actual pro-rata salary (the
#     pay); hours from times of day less an unpaid lunch (27.5) and also stated; term time
#     only (39 weeks); leave "25 days plus bank holidays ... pro rata" built into the salary;
#     sick pay in months (no day count); the pension rate "currently" 17.5%; extra hours at
#     the normal rate; a reply date with a weekday and no year.
letter(
    "uk-eng-bristol-teaching-assistant-term-time-pro-rata", "pdf", datetime(2027, 3, 12, 15, 40),
    "Conditional offer of employment - Teaching Assistant", "Avon Meadow Learning Trust",
    font="DejaVuSerif", size=10, footer="Avon Meadow Learning Trust is an exempt charity and a company limited by guarantee",
    blocks=[
        ("head", "Avon Meadow Learning Trust",
         "Central Team, The Old Library, 42 Wick Road, Brislington, Bristol BS4 4HE  ·  hr@avonmeadow.example"),
        ("lines", ["Private and confidential", "", "Mrs Charlotte Okonkwo-Reid", "19 Allison Avenue",
                   "Bristol BS4 4NY", "", "Friday 12 March 2027"]),
        ("para", "Dear Charlotte,"),
        ("para", "**Conditional offer of employment: Teaching Assistant, Brislington Vale Primary Academy**"),
        ("para", P("""
            Thank you for attending interview on Wednesday. I am pleased to confirm the panel's decision to
            offer you the post of Teaching Assistant (Level 2) at Brislington Vale Primary Academy, working
            mainly with children with special educational needs in Year 3. The post is permanent and
            part-time, and is subject to the conditions set out at the end of this letter.""")),
        ("kv", [
            ("Start date", "Monday 19 April 2027 (the first day of the summer term)"),
            ("Place of work", "Brislington Vale Primary Academy, Kensington Hill, Bristol BS4 3QF"),
            ("Grade", "Grade D, spinal column points 5 to 8; you will start on point 5"),
            ("Working weeks", "term time only: 39 weeks a year (the 190 school days plus 5 training days)"),
        ]),
        ("heading", "Hours"),
        ("para", P("""
            Your hours will be 8.30 am to 2.30 pm, Monday to Friday, with an unpaid lunch break of 30
            minutes, a total of 27.5 hours a week during term time. You may occasionally be asked to attend
            a parents' evening or a training session outside these hours; any additional hours agreed in
            advance with the Headteacher are paid at your normal hourly rate.""")),
        ("heading", "Salary"),
        ("para", P("""
            The full-time equivalent salary for point 5 is currently £25,584 a year, for 37 hours a week
            worked all year round. Because you will work 27.5 hours a week for 39 weeks of the year, your
            actual salary will be £14,962.40 a year, pro rata. It is paid in twelve equal monthly
            instalments, by credit transfer on the 26th of each month, so your pay is the same in school
            holidays as in term time. You will move up one point each April until you reach the top of the
            grade, and pay awards agreed nationally for support staff will apply.""")),
        ("heading", "Annual leave"),
        ("para", P("""
            The annual leave entitlement for the post is 25 days plus bank holidays, rising to 30 days after
            five years of continuous local government service, pro rata to your hours. As a term-time
            employee you must take your leave during the school holidays; the pay for it is already built
            into the salary calculation above.""")),
        ("heading", "Sickness"),
        ("para", P("""
            Sick pay follows the national scheme for support staff. During your first year you may receive
            one month's full pay and, once you have completed four months' service, two months' half pay.
            Entitlement increases with length of service.""")),
        ("heading", "Pension"),
        ("para", P("""
            You will be enrolled automatically in the Local Government Pension Scheme through the local
            administering authority's fund. The Trust's employer contribution is currently 17.5% of your pensionable pay, and your own
            contribution is set by the scheme's pay bands.""")),
        ("heading", "Probation and notice"),
        ("para", P("""
            Your appointment is subject to a six-month probationary period. During probation either you or
            the Trust may end the employment with one week's notice. Once your appointment is confirmed, the
            notice period on either side is one calendar month.""")),
        ("heading", "Other benefits"),
        ("para", P("""
            All staff can use our employee assistance programme, which offers confidential counselling and
            advice at any time, and the cycle to work scheme.""")),
        ("heading", "Safeguarding and confidentiality"),
        ("para", P("""
            You will have access to information about pupils and their families. It must be kept
            confidential, shared only in line with the Trust's safeguarding and data protection policies,
            and never discussed outside school.""")),
        ("heading", "Conditions of this offer"),
        ("para", P("""
            As the post involves regulated activity with children, this offer is conditional on: an enhanced
            DBS certificate with a check of the children's barred list that the Trust finds satisfactory;
            two satisfactory references, one of them from your current or most recent employer; proof of
            your right to work in the UK; a satisfactory occupational health questionnaire; and sight of the
            original certificate for your Level 3 Diploma for Teaching Assistants. You will not be able to
            start until the DBS check and references have been received.""")),
        ("para", P("""
            Please confirm whether you accept this offer by emailing me by Friday 19 March. Your written
            statement of terms and conditions will then be sent to you.""")),
        ("lines", ["Yours sincerely,", "", "Rachel Fennimore", "HR Business Partner", "Avon Meadow Learning Trust"]),
    ],
)


# 5. India (Gujarat), a speciality chemicals plant's appointment letter to a junior production
#     engineer: PDF with ruled tables (particulars and the CTC annexure), 3 pages.
#     Traps: CTC as "INR 3.60 Lakhs per annum" (lakh as a decimal, not 3,60,000) in the body and
#     "3,60,000" only in the annexure; monthly and annual columns with gross, fixed CTC and a
#     target variable pay row; a six-day week in shifts including a meal break; no overtime
#     for a supervisory post; leave buckets in a table; one-year probation; three months from
#     the employee vs one month from the company; a day-first hyphenated date ("08-03-2027");
#     a company bus; courts-only clause.
letter(
    "in-gj-vadodara-junior-production-engineer-ctc", "pdf", datetime(2027, 2, 15, 12, 0),
    "Appointment Letter - Hardik J. Parmar", "Narmada Vale Speciality Chemicals Limited",
    font="DejaVuSans", size=9.5, footer="Narmada Vale Speciality Chemicals Limited  -  CIN L24100GJ1998PLC000000",
    blocks=[
        ("head", "Narmada Vale Speciality Chemicals Limited",
         "Regd. Office & Works: Plot 211/B, GIDC Industrial Estate, Makarpura, Vadodara - 390010, Gujarat"),
        ("lines", ["NVSCL/HRD/APT/2027/041", "Date: 15-02-2027", "", "To,", "Mr. Hardik Jayeshbhai Parmar",
                   "B-12, Shivalay Society, Near Tarsali Crossing", "Vadodara - 390009"]),
        ("para", "**Sub: Appointment as Junior Engineer - Production**"),
        ("para", "Dear Mr. Parmar,"),
        ("para", P("""
            With reference to your application and the interview held at our Makarpura works, the management
            is pleased to appoint you on the following terms and conditions. Please read them carefully.""")),
        ("table", [
            ["Designation", "Junior Engineer - Production"],
            ["Grade", "E1 (Engineer cadre)"],
            ["Department", "Production - Multipurpose Plant II"],
            ["Place of posting", "Makarpura Works, Vadodara"],
            ["Date of joining", "08-03-2027"],
            ["Reporting to", "Shift In-charge / Plant Manager"],
        ], False),
        ("heading", "1. Emoluments"),
        ("para", P("""
            Your Cost to Company will be INR 3.60 Lakhs per annum (Rupees Three Lakh Sixty Thousand only).
            The component-wise details are shown in Annexure - A. Salary for each month is paid on or before
            the 7th of the following month by transfer to your salary account. Income tax and statutory
            deductions will be made at source. The variable pay shown in the annexure depends on your own
            rating and the plant's safety and output performance for the financial year.""")),
        ("heading", "2. Working hours"),
        ("para", P("""
            The works operate round the clock. You will work in the general shift (08:00 to 16:30, including
            a half-hour meal break) or in rotating A, B and C shifts of the same length, six days a week, with
            a weekly off as per the shift roster. As yours is a supervisory position, no overtime allowance
            is payable.""")),
        ("heading", "3. Leave"),
        ("para", "Leave will be credited to you in each calendar year, pro-rata in the year of joining:"),
        ("table", [
            ["Type of leave", "Days per year", "Remarks"],
            ["Earned Leave (EL)", "15", "Encashable / carry forward up to 45"],
            ["Casual Leave (CL)", "7", "Lapses at year end"],
            ["Sick Leave (SL)", "7", "Medical certificate beyond 2 days"],
        ], True),
        ("para", P("""
            In addition, the Company declares ten paid holidays each year, including the three national
            holidays.""")),
        ("heading", "4. Probation and confirmation"),
        ("para", P("""
            You will be on probation for one year from your date of joining. On satisfactory completion you
            will be confirmed in writing; until then you will be deemed to be on probation.""")),
        ("heading", "5. Termination"),
        ("para", P("""
            During probation either side may terminate the appointment with one month's notice. After
            confirmation you will be required to give three months' notice in writing, or pay basic salary
            in lieu of the unexpired period, should you wish to leave. The Company may terminate your
            services after confirmation by giving one month's notice or one month's gross salary in lieu.
            Notice will not be accepted during a plant shutdown without the Plant Manager's approval.""")),
        ("heading", "6. Whole-time employment"),
        ("para", P("""
            You shall devote your whole time and attention to the Company's work and shall not take up any
            other employment, business or assignment, paid or honorary.""")),
        ("heading", "7. Secrecy and inventions"),
        ("para", P("""
            Process parameters, formulations, customer lists and drawings that you see in the course of your
            work are the Company's secrets. You shall not divulge them to any person during your service or
            after it. Any process improvement, design or invention you make, alone or with others, while in
            the Company's service shall belong to the Company, and you will sign any papers needed to record
            this.""")),
        ("heading", "8. Benefits"),
        ("bullets", [
            "Provident Fund and Gratuity as per the Acts (shown in Annexure - A).",
            "Group Mediclaim policy covering you, your spouse and two children, sum insured INR 3,00,000 per family.",
            "Group Personal Accident policy.",
            "Company bus from Vadodara city for all shifts, and subsidised canteen meals.",
        ]),
        ("heading", "9. Conditions"),
        ("para", P("""
            This appointment is subject to (a) your being found medically fit by the Company's Medical
            Officer, (b) verification of your original B.E. (Chemical) degree and mark sheets, and (c) a
            satisfactory report from the two referees you have named. If any information you have given is
            found to be false, your services are liable to be terminated without notice.""")),
        ("heading", "10. Jurisdiction"),
        ("para", P("""
            Any dispute arising out of this appointment shall be subject to the jurisdiction of the courts
            at Vadodara only.""")),
        ("para", P("""
            Kindly sign and return the duplicate copy of this letter as a token of your acceptance within
            seven days from the date of this letter, failing which the offer shall stand withdrawn.""")),
        ("lines", ["For Narmada Vale Speciality Chemicals Limited", "", "", "(Kalpesh N. Raval)",
                   "General Manager - HR & Admin", "", "Accepted: ____________________  (Hardik J. Parmar)"]),
        ("pagebreak",),
        ("title", "Annexure - A: Compensation Structure"),
        ("para", "Name: Hardik Jayeshbhai Parmar    Designation: Junior Engineer - Production    Grade: E1"),
        ("table", [
            ["Component", "Monthly (INR)", "Annual (INR)"],
            ["Basic Salary", "12,000", "1,44,000"],
            ["House Rent Allowance", "4,800", "57,600"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "6,583", "78,996"],
            ["Gross Salary (A)", "24,983", "2,99,796"],
            ["Employer's PF contribution (12% of Basic)", "1,440", "17,280"],
            ["Gratuity (4.81% of Basic)", "577", "6,924"],
            ["Fixed CTC (B) = A + PF + Gratuity", "27,000", "3,24,000"],
            ["Variable Pay at target (C), paid annually", "-", "36,000"],
            ["Total Cost to Company (B + C)", "30,000", "3,60,000"],
        ], True),
        ("para", P("""
            Notes: (1) Variable pay is paid once a year after the annual appraisal; the amount shown is the
            target, and the actual payment may be lower or higher. (2) Mediclaim premium is borne by the
            Company and is not included above. (3) The above structure is confidential; do not share it with
            other employees.""")),
    ],
)


# 6. Nigeria (Lagos), a logistics company's offer to an accountant: DOCX with a pay table,
#     2.5 pages.
#     Traps: "annual gross salary" in naira in figures and words, and a table with monthly and
#     annual columns whose Basic row (the salary) differs from the Gross row; a pension rate
#     of "monthly emoluments" (basic, housing and transport), not of salary; "on or before the
#     25th"; Fridays at home (hybrid); leave "exclusive of public holidays"; statutory-looking
#     sick days; two weeks in probation vs one month after, with salary in lieu; a customer
#     non-solicit; guarantor forms (no category); a deadline with weekday and ordinal.
letter(
    "ng-la-lagos-accountant-offer-naira-table", "docx", datetime(2027, 2, 22, 11, 20),
    "Offer of Employment - Accountant", "Ikoyi Crest Logistics Limited",
    blocks=[
        ("head", "IKOYI CREST LOGISTICS LIMITED",
         "Plot 7, Ajose Close, off Kofo Abayomi Street, Victoria Island, Lagos  |  RC 1184420  |  careers@ikoyicrest.example"),
        ("lines", ["ICL/HR/OFR/27/019", "22nd February, 2027", "", "Mr. Oluwaseun Adebayo-Cole",
                   "15 Bode Thomas Street, Surulere", "Lagos State"]),
        ("para", "Dear Oluwaseun,"),
        ("title", "OFFER OF EMPLOYMENT"),
        ("para", P("""
            We refer to your recent interviews and are pleased to offer you employment as Accountant in the
            Finance Department of Ikoyi Crest Logistics Limited ("the Company"), on the terms and conditions
            below. You will report to the Financial Controller.""")),
        ("heading", "1. Commencement and place of work"),
        ("para", P("""
            Your employment will commence on Thursday, 1st April, 2027. Your place of work is our head office
            at Victoria Island, Lagos. Finance staff work from the office Monday to Thursday and may work from
            home on Fridays, except at month-end close.""")),
        ("heading", "2. Remuneration"),
        ("para", P("""
            Your annual gross salary will be ₦7,800,000.00 (Seven Million, Eight Hundred Thousand Naira only),
            broken down as follows:""")),
        ("table", [
            ["Component", "Monthly (₦)", "Annual (₦)"],
            ["Basic", "325,000.00", "3,900,000.00"],
            ["Housing", "162,500.00", "1,950,000.00"],
            ["Transport", "97,500.00", "1,170,000.00"],
            ["Utility and Meal", "65,000.00", "780,000.00"],
            ["Gross", "650,000.00", "7,800,000.00"],
        ], True),
        ("para", P("""
            Salaries are paid on or before the 25th day of each month, subject to PAYE tax and other statutory
            deductions. A leave allowance of 10% of your annual Basic is paid once a year when you proceed on
            annual leave. As a management staff member, you will not be paid for overtime.""")),
        ("heading", "3. Working hours"),
        ("para", P("""
            Official working hours are 8.00 a.m. to 5.00 p.m., Monday to Friday, with a one-hour lunch break.
            You may be required to work beyond these hours during month-end and year-end closing.""")),
        ("heading", "4. Leave"),
        ("para", P("""
            You are entitled to twenty (20) working days of annual leave in each calendar year, exclusive of
            public holidays, after six months of service. Sick leave on full pay of up to twelve (12) working
            days a year is granted on the certificate of a registered medical practitioner. Maternity and
            paternity leave are granted in line with the Company's HR Policy.""")),
        ("heading", "5. Pension, health and insurance"),
        ("para", P("""
            You will join the Contributory Pension Scheme under the Pension Reform Act 2014 with a Pension Fund
            Administrator of your choice. The Company contributes 10% and you contribute 8% of your monthly
            emoluments (Basic, Housing and Transport). The Company also provides HMO cover for you, your spouse
            and up to four children under 18, and group life insurance as required by law.""")),
        ("heading", "6. Probation and confirmation"),
        ("para", P("""
            You will be on probation for six (6) months, after which your appointment may be confirmed subject
            to a satisfactory performance review. During probation, either party may terminate the employment
            with two (2) weeks' notice or two (2) weeks' Basic salary in lieu of notice.""")),
        ("heading", "7. Termination after confirmation"),
        ("para", P("""
            After confirmation, either party may terminate the employment by giving one (1) month's notice in
            writing or paying one (1) month's Basic salary in lieu of notice.""")),
        ("heading", "8. Confidentiality and customers"),
        ("para", P("""
            You will treat the Company's financial records, rates and customer information as strictly
            confidential, during and after your employment. For a period of twelve (12) months after you leave
            the Company, you shall not, directly or indirectly, approach any customer of the Company that you
            dealt with in your last year of service with a view to taking its business away.""")),
        ("heading", "9. Conditions"),
        ("para", "This offer is subject to the following:"),
        ("bullets", [
            "satisfactory references from two referees, one of whom must be a former employer;",
            "presentation of the originals of your academic and professional certificates (B.Sc. Accounting and ICAN) for sighting;",
            "a medical fitness report from a government hospital;",
            "two guarantor forms duly completed by persons of good standing.",
        ]),
        ("heading", "10. Governing law"),
        ("para", P("""
            This offer and your contract of employment shall be governed by the laws of the Federal Republic of
            Nigeria.""")),
        ("para", P("""
            If these terms are acceptable, kindly sign the duplicate of this letter and return it to the Human
            Resources Department not later than Friday, 5th March, 2027.""")),
        ("lines", ["Yours faithfully,", "For: Ikoyi Crest Logistics Limited", "", "Folasade Ogunleye (Mrs.)",
                   "Head, Human Resources", "", "ACCEPTANCE", "I, ______________________, accept the above offer.",
                   "Signature: ______________  Date: ______________"]),
    ],
)


# 7. South Africa (Gauteng), an insurance call centre's letter of appointment for a claims
#     contact centre agent: PDF, **scanned** (image only), 2 pages.
#     Traps: no text layer; "R16,250.00 per month" beside a non-guaranteed monthly incentive;
#     45 ordinary hours a week stated as a roster between 07h00 and 20h00; overtime at one and
#     a half times; 15 working days (21 consecutive days) of leave; sick leave only per the
#     BCEA; one week in probation vs four weeks after; a provident fund at 6% of basic; a
#     medical aid subsidy; FAIS checks; a deadline with a 24-hour time ("16h00").
letter(
    "za-gp-johannesburg-claims-contact-centre-agent-scan", "scan", datetime(2027, 3, 1, 9, 0),
    "Letter of Appointment - N P Khumalo", "Highveld Assist (Pty) Ltd",
    blocks=[
        ("head", "Highveld Assist (Pty) Ltd",
         "3rd Floor, 21 Baker Street, Rosebank, Johannesburg 2196  ·  Reg. 2011/000000/07  ·  An authorised FSP"),
        ("lines", ["1 March 2027", "", "Ms Nomvula Precious Khumalo", "4417 Ntsane Street, Orlando West",
                   "Soweto 1804"]),
        ("para", "Dear Nomvula"),
        ("title", "LETTER OF APPOINTMENT: CLAIMS CONTACT CENTRE AGENT"),
        ("para", P("""
            We are pleased to confirm your appointment as a Claims Contact Centre Agent in our motor and
            household claims team, on a permanent basis, from Monday 15 March 2027. You will be based at our
            contact centre in Rosebank, Johannesburg. This is an office-based role and agents do not work from
            home.""")),
        ("heading", "Remuneration"),
        ("para", P("""
            Your basic salary will be R16,250.00 per month before deductions, paid into your bank account on
            the 25th of each month (or the last working day before it). You will also take part in the monthly
            quality and service incentive, which is not guaranteed and is paid under the rules of the scheme
            as amended from time to time.""")),
        ("heading", "Working hours"),
        ("para", P("""
            Your ordinary hours of work are 45 hours per week, worked on a rotating roster between 07h00 and
            20h00 from Monday to Saturday, with a one-hour meal interval each day. Overtime must be authorised
            by your team leader and is paid at one and a half times your normal hourly rate.""")),
        ("heading", "Leave"),
        ("para", P("""
            You will receive 15 working days of paid annual leave per year (21 consecutive days), accrued
            monthly. Sick leave and family responsibility leave are granted as provided in the Basic Conditions
            of Employment Act, 75 of 1997.""")),
        ("heading", "Provident fund, medical aid and cover"),
        ("para", P("""
            Membership of the Highveld Assist Provident Fund is a condition of employment: the company
            contributes 6% of your basic salary and you contribute 6%. The company also pays 50% of the
            principal member's contribution to the entry-level option of our chosen medical scheme,
            should you join it, and provides group life and funeral cover from your first day.""")),
        ("heading", "Probation and termination"),
        ("para", P("""
            The first three months are a probationary period, during which either party may end the employment
            on one week's written notice. After probation, four weeks' written notice is required from either
            party.""")),
        ("heading", "Confidentiality"),
        ("para", P("""
            You will handle policyholders' personal information. You must keep it confidential, use it only
            for the claim in hand and comply with the Protection of Personal Information Act, both while
            employed and afterwards.""")),
        ("heading", "Conditions"),
        ("para", P("""
            Because we are an authorised financial services provider, this appointment is conditional on a
            clear criminal record check and credit check, and on verification of your Matric (National Senior
            Certificate) with the issuing body. You must also pass the RE5 regulatory examination within twelve
            months of starting.""")),
        ("para", "This letter is governed by the laws of the Republic of South Africa."),
        ("para", P("""
            Please sign and return this letter by 16h00 on Wednesday, 3 March 2027 to confirm your
            acceptance.""")),
        ("lines", ["Yours sincerely", "", "Thandeka Mokoena", "Human Resources Manager", "Highveld Assist (Pty) Ltd",
                   "", "Accepted: ____________________   Date: ____________"]),
    ],
)


# 8. Scotland (Aberdeen), an instrumentation maintenance firm's offer with a summary of
#     principal terms: PDF (text layer), 3 pages.
#     Traps: the headings carry the fields ("Salary", "Hours of Work", "Holidays", "Notice",
#     "Restrictive Covenants") and the sentences under them do not repeat the word; hours from
#     times less an unpaid half hour; company sick pay in working days in a rolling year;
#     probation extendable; a six-month non-compete and a twelve-month non-solicit inside the
#     covenant section; relocation with a two-step repayment; a share incentive plan (not a
#     grant); Scots law; a deadline in the covering letter.
letter(
    "uk-sco-aberdeen-instrument-technician-principal-terms", "pdf", datetime(2027, 3, 15, 16, 5),
    "Offer of employment and principal terms - C F Ironside", "Dee Valley Process Controls Limited",
    font="DejaVuSans", size=9.5, footer="Dee Valley Process Controls Limited, registered in Scotland SC000000",
    blocks=[
        ("head", "Dee Valley Process Controls",
         "Unit 9, Greenwell Park, Altens Industrial Estate, Aberdeen AB12 3RZ  ·  01224 000 650"),
        ("lines", ["15 March 2027", "", "Mr Callum Fraser Ironside", "62 Menzies Road, Torry", "Aberdeen AB11 9AX"]),
        ("para", "Dear Callum"),
        ("para", P("""
            Following your interview with Graeme and me last week, I am delighted to offer you a place in our
            onshore maintenance team. The principal terms are set out in the attached summary. Your full
            contract and the staff handbook will be issued on your first day; the summary will form part of
            that contract.""")),
        ("para", P("""
            The offer remains open until 26 March 2027. If you are happy to accept, please sign and return
            the duplicate summary by then. We all look forward to working with you.""")),
        ("lines", ["Yours sincerely", "", "Morag Simpson", "Operations Director", "for and on behalf of Dee Valley Process Controls Limited"]),
        ("pagebreak",),
        ("title", "SUMMARY OF PRINCIPAL TERMS"),
        ("heading", "Employer"),
        ("para", "Dee Valley Process Controls Limited (the \"Company\")"),
        ("heading", "Employee"),
        ("para", "Callum Fraser Ironside"),
        ("heading", "Job Title"),
        ("para", "Instrument Technician (Onshore Maintenance), reporting to the Maintenance Supervisor."),
        ("heading", "Commencement"),
        ("para", "Monday 5 April 2027. No previous employment counts towards your continuous service."),
        ("heading", "Place of Work"),
        ("para", P("""
            Altens Industrial Estate, Aberdeen. You will travel to customer sites in Aberdeenshire and the
            North-East as the work requires; the Company provides a van for this.""")),
        ("heading", "Salary"),
        ("para", P("""
            £41,350 per annum, paid monthly in arrears on the last banking day of the month and reviewed each
            January. There is no entitlement to an increase.""")),
        ("heading", "Hours of Work"),
        ("para", P("""
            08:00 to 16:00, Monday to Friday, with an unpaid half hour at midday. You will also take your turn
            on the call-out rota, for which a standby allowance of £45 per week on call is paid.""")),
        ("heading", "Overtime"),
        ("para", P("""
            Time and a half for weekday and Saturday work beyond the normal day; double time on Sundays and
            public holidays. Call-outs are paid at the overtime rate with a minimum of two hours.""")),
        ("heading", "Holidays"),
        ("para", P("""
            Twenty-five days in each holiday year (January to December), plus the local public holidays listed
            in the staff handbook. In your first year the twenty-five days are pro-rated from your start date.""")),
        ("heading", "Sickness Absence"),
        ("para", P("""
            Full basic pay for up to ten working days in any rolling period of twelve months, once you have
            passed your probationary period; Statutory Sick Pay only after that.""")),
        ("heading", "Probationary Period"),
        ("para", P("""
            Six months, which the Company may extend by up to a further three months if it needs more time to
            assess your performance.""")),
        ("heading", "Notice"),
        ("para", P("""
            During the probationary period: one week by either party. After it: one month by you to the
            Company; one month by the Company to you, or the statutory minimum if that is longer. The Company
            may pay salary instead of notice.""")),
        ("heading", "Pension"),
        ("para", P("""
            The Company pays 6% of basic salary into the group personal pension plan if you pay at least 4%.
            You will be enrolled from your first day.""")),
        ("heading", "Other Benefits"),
        ("para", P("""
            Private medical insurance for you (family cover at your own cost), life assurance at four times
            salary, and the option to buy shares in our parent company each month from pre-tax salary through
            the Share Incentive Plan.""")),
        ("heading", "Relocation"),
        ("para", P("""
            Up to £5,000 of receipted removal and temporary accommodation costs for your move from Inverness.
            If you leave within twelve months of commencement the full amount must be repaid, and half of it if
            you leave in the following twelve months.""")),
        ("heading", "Confidential Information"),
        ("para", P("""
            Neither during the employment nor after it ends may you use or disclose the Company's or its
            customers' confidential information, including plant data, drawings and pricing.""")),
        ("heading", "Intellectual Property"),
        ("para", P("""
            Inventions, designs, software and documents that you create in the course of the employment belong
            to the Company from the moment they are created, and you will sign whatever is needed to confirm
            this.""")),
        ("heading", "Restrictive Covenants"),
        ("para", P("""
            (a) For six months after the Termination Date you will not, within thirty miles of Aberdeen, be
            engaged or interested in any business that competes with the Company in the maintenance of
            instrumentation and control systems for the energy sector. (b) For twelve months after the
            Termination Date you will not solicit, or accept business from, any customer with which you dealt
            in the final year of employment. (c) For the same twelve months you will not entice away any
            technician or engineer of the Company. Each restriction is separate and reasonable in the view of
            both parties.""")),
        ("heading", "Conditions"),
        ("para", P("""
            Satisfactory references from your last two employers; a pre-employment medical and a drug and
            alcohol test; proof that you may work in the United Kingdom; and a valid CompEx certificate (units
            Ex01 to Ex04).""")),
        ("heading", "Governing Law"),
        ("para", "Scots law. The Scottish courts have exclusive jurisdiction."),
        ("lines", ["Signed for the Company: ____________________  Morag Simpson, Operations Director", "",
                   "I accept these terms. Signed: ____________________  Date: ____________"]),
    ],
)


# 9. England (Leeds), an independent hospital's written statement of particulars for a staff
#     nurse: PDF (text layer), the long one (8 pages, 27 clauses, a schedule and an appendix).
#     Traps: the figures in a Schedule at the back that the clauses point to ("the Basic Salary
#     stated in the Schedule"); a pay band range and an appendix pay scale beside the actual
#     step; annual leave in hours (202.5) at a 7.5-hour standard day, "in addition to" public
#     holidays; company sick pay in weeks of full and half pay; a welcome payment in two
#     instalments repayable on leaving within a year; bank shifts at an enhanced rate; eight
#     weeks from the employee vs four weeks (rising with service) from the employer; a patient
#     and consultant non-solicit beside a statement that there is no non-compete; course fees
#     repayable; a date for returning the signed statement that is not an offer deadline.
letter(
    "uk-eng-leeds-staff-nurse-written-statement", "pdf", datetime(2027, 5, 17, 9, 45),
    "Written statement of employment particulars - E J Whitworth", "Calder & Aire Healthcare Limited",
    font="DejaVuSerif", size=10.5,
    footer="Calder & Aire Healthcare Limited - Statement of Particulars (Nursing) v4.2",
    blocks=[
        ("head", "Calder & Aire Healthcare Limited",
         "trading as Harewood Gate Hospital  ·  Street Lane, Roundhay, Leeds LS8 2ER  ·  Registered in England no. 06000000"),
        ("title", "WRITTEN STATEMENT OF EMPLOYMENT PARTICULARS"),
        ("para", P("""
            This statement is given under section 1 of the Employment Rights Act 1996. Together with the
            Schedule at the end of it and the policies it refers to, it forms your contract of employment with
            Calder & Aire Healthcare Limited. Please read it carefully, keep one copy, and sign and return the
            other copy to the People Team within two weeks of receiving it.""")),
        ("lines", ["Statement issued: 17 May 2027", "Issued to: Ms Eleanor Jane Whitworth",
                   "Employee number: HGH-04417"]),
        ("heading", "Contents"),
        ("lines", [
            "1. Definitions    2. Start of employment    3. Job title and duties    4. Professional registration",
            "5. Place of work    6. Hours of work    7. Pay    8. Additional hours and bank work",
            "9. Welcome payment    10. Annual leave    11. Sickness absence    12. Pension",
            "13. Other benefits    14. Training and development    15. Probation    16. Notice",
            "17. Confidentiality and records    18. Restrictions after employment    19. Conduct, discipline and grievance",
            "20. Pre-employment checks    21. Other employment    22. Uniform and infection control",
            "23. Family leave and time off    24. Health and safety    25. Speaking up    26. Data protection    27. General",
            "Schedule: individual particulars    Appendix: nursing pay scale",
        ]),
        ("heading", "1. Definitions"),
        ("para", P("""
            In this statement: "the Company" means Calder & Aire Healthcare Limited, which runs Harewood Gate
            Hospital; "you" means the employee named in the Schedule; "the Hospital" means Harewood Gate
            Hospital; "the Schedule" means the schedule of individual particulars at the end of this statement;
            "Basic Salary" means the annual salary stated in the Schedule, as changed from time to time; and
            "the Handbook" means the Company's Colleague Handbook, available on the intranet. Headings are for
            convenience only. Where a policy in the Handbook is referred to, it does not form part of your
            contract unless this statement says so, and the Company may change it.""")),
        ("heading", "2. Start of employment"),
        ("para", P("""
            Your employment begins on the date stated in the Schedule. No employment with a previous employer
            counts as part of your period of continuous employment, so your continuous employment begins on the
            same date. Your employment is permanent and is subject to the probation arrangements in clause 15
            and to the pre-employment checks in clause 20.""")),
        ("heading", "3. Job title and duties"),
        ("para", P("""
            You are employed in the role stated in the Schedule. The duties of the role are described in the job
            description you were sent with your offer, which is a guide and not an exhaustive list. You will be
            expected to carry out any other duties that are reasonable for a registered nurse at your level,
            including working on other wards and departments of the Hospital when patient needs require it. You
            will report to the Ward Manager or, in the Ward Manager's absence, to the nurse in charge of the
            shift. The Company may change your duties from time to time to meet the needs of the service, after
            discussing the change with you.""")),
        ("para", P("""
            You must follow the Nursing and Midwifery Council Code, the Hospital's clinical policies and the
            instructions of the clinical team, and you must work only within the limits of your competence. If
            you are asked to do something that you have not been trained to do safely, you must say so to the
            nurse in charge before you start.""")),
        ("heading", "4. Professional registration"),
        ("para", P("""
            It is a condition of your employment that you hold, and keep, effective registration on the NMC
            register as a registered nurse (adult). You must revalidate when required, pay your annual retention
            fee on time and tell the Director of Clinical Services at once if any restriction, condition or
            investigation affects your registration. If your registration lapses, you may not work as a
            registered nurse; the Company may move you to unpaid leave until the registration is restored and,
            if it is not restored within a reasonable time, may end your employment.""")),
        ("heading", "5. Place of work"),
        ("para", P("""
            Your normal place of work is the Hospital, at the address stated in the Schedule. You may be asked
            to work for short periods at the Company's outpatient centre in Wetherby or at its diagnostic unit
            in Harrogate. If you are, the Company will reimburse reasonable extra travel costs under the
            Expenses Policy. You will not be required to work outside the United Kingdom. The nature of the role
            means that it cannot be done from home.""")),
        ("heading", "6. Hours of work"),
        ("para", P("""
            Your contracted hours are stated in the Schedule. They are worked on a rota of early, late, long day
            and night shifts, including weekends and bank holidays, which the Ward Manager publishes at least
            four weeks in advance. A long day runs from 07:30 to 20:00 and includes an unpaid break of one hour;
            other shift times are set out in the rota guidance. For the purposes of leave and pay calculations,
            a standard working day is 7.5 hours.""")),
        ("para", P("""
            You agree that the limit on average weekly working time in the Working Time Regulations 1998 does
            not apply to you if you choose to sign the separate opt-out form; you do not have to sign it, and
            you may withdraw it on three months' notice. You must take the rest breaks the rota allows, and you
            must not work a shift, including bank shifts, that would leave you with less than eleven hours'
            rest before your next shift.""")),
        ("heading", "7. Pay"),
        ("para", P("""
            You will be paid the Basic Salary stated in the Schedule. It is paid by credit transfer on the 28th
            of each month (or the last working day before it, if the 28th is not a working day), and covers
            the month in which it is paid: half in arrears and half in advance. Enhancements for unsocial hours
            worked under the rota, as set out in the Handbook, are paid one month in arrears.""")),
        ("para", P("""
            Your role sits in Nursing Pay Band 5, which is shown in the Appendix. You start on the step stated
            in the Schedule and, subject to satisfactory performance at your annual appraisal, will move to the
            next step on each anniversary of your start date until you reach the top of the band. The Company
            reviews its pay scales each April; it is not obliged to increase them. The Company may deduct from
            your pay any sum you owe it, including overpaid salary, unreturned equipment and any amount you
            must repay under clauses 9 and 14.""")),
        ("heading", "8. Additional hours and bank work"),
        ("para", P("""
            If you work hours beyond your contracted hours at the request of the nurse in charge, you will be
            paid for them at time and a half, or you may choose to take the same number of hours as time off in
            lieu within the following three months. You may also register with the Hospital's staff bank and
            take bank shifts at the published bank rate. Bank shifts must be booked through the bank office,
            and they count towards the working time limits above.""")),
        ("heading", "9. Welcome payment"),
        ("para", P("""
            You will receive a welcome payment of £2,000 in two equal instalments: the first with your first
            month's salary and the second with the salary for the month in which you complete probation. If you
            resign, or are dismissed for gross misconduct, within twelve months of the start date, you must
            repay every instalment already paid to you, and you agree that the Company may deduct it from your
            final salary.""")),
        ("heading", "10. Annual leave"),
        ("para", P("""
            The holiday year runs from 1 April to 31 March. Your annual leave allowance for a full year is stated
            in the Schedule, in hours, and is in addition to the eight public holidays in England. If you are
            rostered to work on a public holiday you will receive the equivalent time off on another day. In the
            holiday year in which your employment starts or ends, the allowance is pro-rated to complete months
            of service. Leave is booked through the rota system and must be agreed by the Ward Manager, and no
            more than two weeks may be taken together between 1 June and 31 August unless the Ward Manager
            agrees. Up to 37.5 hours of unused allowance may be carried into the next holiday year; any other
            unused leave is lost unless you could not take it because of sickness or family leave. On leaving,
            you will be paid for leave accrued but not taken, and any leave taken in excess of accrual will be
            deducted from your final pay.""")),
        ("heading", "11. Sickness absence"),
        ("para", P("""
            If you cannot work because of sickness, you must telephone the nurse in charge at least two hours
            before your shift starts (four hours for a night shift) and keep in contact as the Sickness Absence
            Policy requires. You may certify your own absence for up to seven calendar days; after that you must
            give the Company a fit note from a doctor. You must also tell Occupational Health if you have had
            diarrhoea or vomiting within the last 48 hours, and you must not return to clinical duties until
            cleared.""")),
        ("para", P("""
            Company sick pay is paid in addition to Statutory Sick Pay, so that together they make up your normal
            basic pay, for the number of weeks in any rolling twelve-month period stated in the Schedule. Company
            sick pay is discretionary where you have not followed the reporting procedure or where the absence
            results from sport played professionally or from a cosmetic procedure. Once company sick pay is used,
            you will receive Statutory Sick Pay only, if you qualify for it.""")),
        ("heading", "12. Pension"),
        ("para", P("""
            You will be enrolled automatically in the Calder & Aire Group Personal Pension Plan, administered by
            an external provider, from your first day. The Company contributes 5% of your Basic Salary when you
            contribute at least 5% of it; if you contribute less, the Company matches your contribution down to
            the statutory minimum. Contributions are made by salary exchange unless you ask otherwise. You may
            opt out within one month of enrolment and receive a refund of your own contributions. Life assurance
            of twice your Basic Salary is provided through the pension plan while you are an active member.""")),
        ("heading", "13. Other benefits"),
        ("para", P("""
            While you are employed, you may use the following benefits, which the Company may change or withdraw
            on reasonable notice: a health cash plan that refunds part of the cost of dental treatment, eye
            tests, physiotherapy and prescriptions; the employee assistance programme (counselling and advice,
            24 hours a day); the cycle to work scheme; free car parking at the Hospital; meals in the staff
            restaurant at cost; and enhanced maternity, adoption and shared parental pay after one year of
            service, as described in the Family Leave Policy.""")),
        ("heading", "14. Training and development"),
        ("para", P("""
            The Company will give you the mandatory training your role requires, in paid time. It will also fund
            post-registration courses that your manager approves as part of your development plan, and give you
            paid study time for them. If the Company pays more than £500 for a single course and you resign
            within two years of finishing it, you must repay the fees on a sliding scale: all of them if you
            leave within six months, 75% within twelve months, 50% within eighteen months and 25% within two
            years. You will be asked to sign a training agreement before each funded course.""")),
        ("heading", "15. Probation"),
        ("para", P("""
            The first six months of your employment are a probationary period, during which your manager will
            meet you regularly to review your performance, conduct and attendance. The Company may extend the
            period once by up to three months, telling you in writing before it ends. During probation, either
            you or the Company may end the employment by giving one week's notice in writing.""")),
        ("heading", "16. Notice"),
        ("para", P("""
            After probation, you must give the Company eight weeks' notice in writing if you wish to leave. The
            longer period for nursing staff reflects the time the Hospital needs to recruit and induct a
            registered replacement. The Company will give you four weeks' notice in writing, increasing by one
            week for each complete year of service after your fourth year up to a maximum of twelve weeks. The
            Company may pay you basic salary instead of all or part of your notice, and may ask you not to attend
            work during notice (garden leave). Nothing in this clause stops the Company dismissing you without
            notice for gross misconduct.""")),
        ("heading", "17. Confidentiality and records"),
        ("para", P("""
            You will have access to information about patients, consultants and the Company's business,
            including fees and contracts with insurers. You must not use or disclose any of it, during your
            employment or afterwards, except in the proper course of your duties or where the law requires it.
            Patient information must be handled in line with the Caldicott principles, the Hospital's Records
            Policy and the law on data protection; accessing a patient record without a clinical reason is a
            disciplinary matter. On leaving, you must return all documents, smartcards, ID badges, keys and
            equipment belonging to the Company.""")),
        ("heading", "18. Restrictions after employment"),
        ("para", P("""
            This contract places no restriction on where you may work as a nurse after your employment ends.
            However, for six months after the end of your employment you must not, on your own behalf or for
            anyone else, try to persuade a patient you treated in your last twelve months, or a consultant with
            practising privileges at the Hospital with whom you worked regularly, to move their treatment or
            practice to another private provider; and for the same period you must not try to recruit any nurse
            or healthcare assistant of the Hospital to work elsewhere.""")),
        ("heading", "19. Conduct, discipline and grievance"),
        ("para", P("""
            The disciplinary rules and the disciplinary, capability and grievance procedures are in the Handbook;
            they do not form part of your contract. If you are unhappy with a disciplinary decision, you may
            appeal in writing to the Director of Clinical Services within five working days. If you have a
            grievance about your employment, raise it first with your Ward Manager, and in writing with the
            Head of People if it is not resolved. Where the Company is investigating an allegation against you,
            it may suspend you on full pay for as long as the investigation needs. There are no collective
            agreements that affect your terms and conditions.""")),
        ("heading", "20. Pre-employment checks"),
        ("para", P("""
            Your employment is conditional on the following checks, and continues subject to them: confirmation
            of your NMC registration with no restrictions; an enhanced Disclosure and Barring Service check,
            including the adults' and children's barred lists, that the Company considers satisfactory;
            clearance by Occupational Health, including evidence of immunity to hepatitis B, measles and
            varicella; two references that the Company considers satisfactory, covering at least the last
            three years; and documents proving your right to work in the UK. If a check has not come back by
            your start date, the Company may delay your start or restrict your duties until it does. If any
            check is unsatisfactory, or you have given false information, the Company may end your employment
            with no more than statutory notice.""")),
        ("heading", "21. Other employment"),
        ("para", P("""
            You may work for another employer, including the NHS, as long as you tell the Ward Manager in writing
            first, the work does not conflict with the Company's interests, and your total working time and rest
            remain within the limits in clause 6. You must not work for another private hospital in the Leeds
            area while employed by the Company without the Director of Clinical Services' written consent.""")),
        ("heading", "22. Uniform and infection control"),
        ("para", P("""
            The Company will provide you with five sets of uniform, which must be laundered at the Hospital or
            at home at 60 degrees, and replaced when worn. You must follow the Hospital's Dress Code and Infection
            Prevention and Control Policy: bare below the elbows in clinical areas, no false nails or wrist
            jewellery other than a plain band, and hair tied back. You must not travel to or from work in
            uniform. Uniform must be returned when your employment ends.""")),
        ("heading", "23. Family leave and time off"),
        ("para", P("""
            You are entitled to maternity, paternity, adoption, shared parental and parental bereavement leave,
            and to unpaid parental leave, on the terms set out in the Family Leave Policy, which also explains
            the enhanced pay mentioned in clause 13. You may take reasonable unpaid time off to deal with an
            emergency involving a dependant, and up to one week of carer's leave a year under the Carer's Leave
            Act 2023. Paid time off for jury service, public duties and bereavement is described in the Time Off
            Policy.""")),
        ("heading", "24. Health and safety"),
        ("para", P("""
            You must take reasonable care of your own health and safety and that of patients, visitors and
            colleagues, follow the moving and handling, sharps and lone working procedures, and report every
            incident and near miss through the incident reporting system before the end of your shift. The
            Company will give you the protective equipment your work requires, and will offer you the annual
            influenza vaccination free of charge.""")),
        ("heading", "25. Speaking up"),
        ("para", P("""
            If you are worried about patient safety or any wrongdoing at work, the Company wants you to raise it.
            You can speak to the nurse in charge, the Ward Manager or the Hospital's Freedom to Speak Up Guardian,
            whose details are on the staff noticeboards. No one who raises a concern in good faith will suffer
            any detriment for doing so.""")),
        ("heading", "26. Data protection"),
        ("para", P("""
            The Company processes personal information about you for the purposes of managing your employment,
            as explained in the Colleague Privacy Notice. You must comply with the Data Protection Policy
            whenever you handle personal information in the course of your work.""")),
        ("heading", "27. General"),
        ("para", P("""
            The Company may make reasonable changes to these terms, and will tell you in writing at least one
            month before any change takes effect. This statement, with the Schedule, replaces any earlier offer
            or discussion about your terms. The law of England and Wales applies to your employment and to this
            statement, and the courts of England and Wales alone may hear any dispute about them.""")),
        ("pagebreak",),
        ("title", "SCHEDULE: INDIVIDUAL PARTICULARS"),
        ("table", [
            ["Item", "Particulars"],
            ["Employee", "Ms Eleanor Jane Whitworth"],
            ["Role", "Staff Nurse - Surgical Ward (Aire Ward)"],
            ["Basis", "Full-time, permanent"],
            ["Start date", "Monday 7 June 2027"],
            ["Continuous employment from", "Monday 7 June 2027"],
            ["Normal place of work", "Harewood Gate Hospital, Street Lane, Leeds LS8 2ER"],
            ["Contracted hours", "37.5 hours per week, averaged over a four-week rota"],
            ["Pay band and step", "Nursing Pay Band 5, step 3"],
            ["Basic Salary", "£32,180 per annum"],
            ["Annual leave allowance", "202.5 hours (for a full holiday year), plus public holidays"],
            ["Company sick pay (first year of service)", "4 weeks at full pay, then 4 weeks at half pay"],
            ["Company sick pay (after one year)", "8 weeks at full pay, then 8 weeks at half pay"],
            ["Probationary period", "6 months"],
            ["Notice after probation", "Employee: 8 weeks. Company: 4 weeks (see clause 16)"],
            ["Welcome payment", "£2,000 (clause 9)"],
            ["Line manager", "Ward Manager, Aire Ward"],
        ], True),
        ("para", P("""
            Signed for and on behalf of Calder & Aire Healthcare Limited: ______________________
            Joanne Brearley, Head of People. Date: 17 May 2027""")),
        ("para", P("""
            I have received and read this statement, including the Schedule, and accept its terms.
            Signed: ______________________  Eleanor Jane Whitworth. Date: ______________""")),
        ("pagebreak",),
        ("title", "APPENDIX: NURSING PAY SCALE (FROM 1 APRIL 2027)"),
        ("para", P("""
            The scale below is reviewed each April. It is shown for information: your own band and step are
            those in the Schedule.""")),
        ("table", [
            ["Band and step", "Annual salary", "Hourly equivalent"],
            ["Band 5, step 1", "£30,420", "£15.56"],
            ["Band 5, step 2", "£31,290", "£16.00"],
            ["Band 5, step 3", "£32,180", "£16.46"],
            ["Band 5, step 4", "£33,640", "£17.20"],
            ["Band 5, step 5", "£35,150", "£17.98"],
            ["Band 6, step 1", "£38,020", "£19.44"],
            ["Band 6, step 2", "£40,110", "£20.51"],
            ["Band 6, step 3", "£42,460", "£21.71"],
        ], True),
        ("para", P("""
            Unsocial hours enhancements (Band 5): time plus 30% for hours worked between 20:00 and 07:00 on
            weekdays and for Saturday hours; time plus 60% for Sunday and public holiday hours. Enhancements are
            not paid on bank shifts, which have their own rate.""")),
    ],
)


# 10. Australia (Victoria), a family-owned community pharmacy's letter of offer to a part-time
#     pharmacy assistant under a modern award: DOCX, 2 pages.
#     Traps: pay only per hour with decimals ("$28.45 per hour") described against the Award
#     minimum; hours only from three days' times less an unpaid meal break (21); a trading name
#     with "Sydney" in it for a shop in Brunswick, Melbourne; the employer as a trustee company
#     "ATF" a family trust "trading as" the pharmacy; leave "in proportion to your ordinary
#     hours"; superannuation at the SG rate "currently 12%"; NES notice; a reply time and date.
letter(
    "au-vic-melbourne-pharmacy-assistant-part-time-award", "docx", datetime(2027, 3, 10, 17, 30),
    "Letter of offer - Pharmacy Assistant (part-time)", "Sydney Road Family Pharmacy",
    blocks=[
        ("head", "Sydney Road Family Pharmacy",
         "412 Sydney Road, Brunswick VIC 3056  ·  (03) 9000 1184  ·  ABN 00 000 000 000"),
        ("lines", ["10 March 2027", "", "Thi Ngoc Anh Tran", "7/33 Albion Street", "Brunswick East VIC 3057"]),
        ("para", "Dear Anh,"),
        ("heading", "Offer of permanent part-time employment - Pharmacy Assistant"),
        ("para", P("""
            Thank you for your time at the trial shift last Saturday. The team enjoyed working with you and I'm
            pleased to offer you a permanent part-time position as a Pharmacy Assistant at our Brunswick
            pharmacy, starting on Tuesday 6 April 2027. The key terms are below, and everything not covered here
            is governed by the Pharmacy Industry Award 2020 (the Award) and the National Employment Standards
            (NES).""")),
        ("kv", [
            ("Classification", "Pharmacy Assistant Level 2 under the Award"),
            ("Employment type", "Permanent part-time"),
            ("Reporting to", "Pharmacist in Charge / Pharmacy Manager"),
            ("Work location", "412 Sydney Road, Brunswick (Melbourne)"),
        ]),
        ("heading", "Your days and times"),
        ("para", P("""
            Your agreed regular pattern is Tuesday and Thursday from 9.00 am to 5.30 pm, each with an unpaid
            30-minute meal break, and Saturday from 8.30 am to 1.30 pm with a paid 10-minute rest break. We will
            give you at least seven days' notice in writing of any change to this pattern, as the Award requires,
            and we may ask you to work extra hours to cover leave. Extra hours you agree to work beyond your
            regular pattern are paid as overtime at the Award rates.""")),
        ("heading", "Pay"),
        ("para", P("""
            You will be paid $28.45 per hour for ordinary hours, which is above the Award minimum for your
            classification. Saturday morning hours attract the Award penalty rate on top of the Award minimum,
            and any amount we pay above the Award can be offset against penalties, loadings and allowances the
            Award requires. Wages are paid by direct deposit every second Wednesday, covering the fortnight that
            ended the previous Sunday. Superannuation is paid on top of your wages at the Superannuation
            Guarantee rate (currently 12%) to the fund you nominate.""")),
        ("heading", "Leave"),
        ("para", P("""
            You will accrue four weeks of paid annual leave each year and ten days of paid personal/carer's leave,
            both in proportion to your ordinary hours, under the NES. You are also entitled to public holidays,
            community service leave, family and domestic violence leave and long service leave under the Long
            Service Leave Act 2018 (Vic).""")),
        ("heading", "Probation and notice"),
        ("para", P("""
            The first three months are a probationary period, during which we will check in with you regularly.
            Either of us may end the employment with one week's notice during or after probation while you have
            less than one year of service. After one year, the notice we must give increases under the NES; the
            notice you must give us stays at one week.""")),
        ("heading", "Privacy and confidentiality"),
        ("para", P("""
            You will see prescriptions, medication histories and other health information about our patients. It
            must never be discussed outside the dispensary or with anyone who does not need to know it, and it
            stays confidential after you leave us.""")),
        ("heading", "Before you start"),
        ("para", P("""
            This offer depends on a National Police Check that is clear of relevant offences and on your showing
            us evidence of your right to work in Australia. We will pay the cost of the police check. Two polo
            shirts with our logo are provided; please wear black trousers and closed shoes.""")),
        ("para", P("""
            This letter is governed by the laws of Victoria. If you'd like to accept, please sign the copy below
            and bring it in or email it to me by 5.00 pm on Monday 22 March 2027.""")),
        ("lines", ["Kind regards,", "", "Minh Nguyen", "Pharmacist and Proprietor",
                   "Brunswick Apothecary Pty Ltd ATF the Nguyen Family Trust, trading as Sydney Road Family Pharmacy",
                   "", "I accept this offer on the terms above.",
                   "Signed: ______________________   Name: Thi Ngoc Anh Tran   Date: __________"]),
    ],
)


# 11. Ireland (Cork), a small chartered accountancy practice's offer of a training contract to a
#     graduate trainee: TXT, 2 pages.
#     Traps: salary for three years in a small text table, the first year also in words; "every
#     second Friday"; hours from times less a lunch hour; no overtime but time in lieu; home
#     working up to two days after three months (hybrid); leave "plus public holidays"; sick pay
#     days "including" statutory sick leave; four weeks from the trainee vs only the statutory
#     minimum from the firm (null); a PRSA match; exam fees repayable; a client non-dealing
#     clause; an employer whose name carries fadas and an ampersand.
letter(
    "ie-cork-trainee-accountant-training-contract", "txt", datetime(2027, 3, 24, 12, 0),
    "Offer of training contract - Siobhan Ni Mhurchu", "Keane Ó Súilleabháin & Co.",
    blocks=[
        ("head", "KEANE Ó SÚILLEABHÁIN & CO.",
         "Chartered Accountants and Registered Auditors\n3rd Floor, 71 South Mall, Cork T12 R6K2  |  021 000 3390  |  www.keaneos.example"),
        ("lines", ["24 March 2027", "", "Ms Siobhán Ní Mhurchú", "Apartment 12, Lancaster Quay", "Western Road, Cork"]),
        ("para", "Dear Siobhán,"),
        ("para", "RE: OFFER OF ACA TRAINING CONTRACT"),
        ("para", P("""
            Further to your interview with Declan and Aoife, we are delighted to offer you a place on our ACA
            training programme as a Trainee Accountant in the audit and assurance department. This letter sets
            out the main terms; your training contract with Chartered Accountants Ireland will be signed
            separately in your first week.""")),
        ("para", P("""
            1. Start date. Your employment, and your training contract, will begin on Monday 6 September 2027.
            The training contract runs for three and a half years. When it ends your employment continues, on
            terms we will agree with you then, unless either side ends it by notice.""")),
        ("para", P("""
            2. Place of work. You will be based in our offices on South Mall, Cork, and will spend much of your
            time at clients' premises in Cork city and county. After your first three months you may work from
            home on up to two days a week, agreed with your manager, except during client fieldwork.""")),
        ("para", P("""
            3. Salary. Your salary in the first year will be €31,000 (thirty-one thousand euro) a year. Trainee
            salaries increase each September on the following scale, subject to satisfactory progress in
            your exams and work:""")),
        ("table", [
            ["Year 1 (from September 2027)", "€31,000"],
            ["Year 2 (from September 2028)", "€34,000"],
            ["Year 3 (from September 2029, on passing CAP 2)", "€37,500"],
        ], False),
        ("para", P("""
            You will be paid by credit transfer every second Friday. A bonus of €750 is paid for passing each
            set of exams at the first attempt.""")),
        ("para", P("""
            4. Hours. Our office hours are 9.00 a.m. to 5.30 p.m., Monday to Friday, with one hour for lunch.
            During busy periods and at clients' year ends you will sometimes need to work later. Trainees are
            not paid overtime; time in lieu may be given with your manager's agreement.""")),
        ("para", P("""
            5. Holidays. 21 working days' annual leave in each calendar year, plus public holidays. In addition
            you will receive paid study leave before each of your exams, as set out in our Trainee Handbook.""")),
        ("para", P("""
            6. Sick pay. The firm pays full salary for up to eight days of certified sickness absence in any
            calendar year, including your entitlement to statutory sick leave.""")),
        ("para", P("""
            7. Probation. The first six months are probationary. We will review your progress at three and six
            months.""")),
        ("para", P("""
            8. Notice. After probation you must give us four weeks' written notice if you decide to leave. The
            firm will give you the notice required by the Minimum Notice and Terms of Employment Acts.""")),
        ("para", P("""
            9. Exam and tuition fees. The firm pays your Chartered Accountants Ireland registration, tuition and
            exam fees. If you leave the firm, for any reason other than redundancy, before your training contract
            ends or within one year after it ends, you must repay the fees the firm paid for you in the two years
            before your leaving date.""")),
        ("para", P("""
            10. Pension and benefits. After six months' service you may join the firm's group PRSA. The firm will
            contribute 4% of your salary if you contribute at least 4%. We also contribute €400 a year towards
            your health insurance, offer the Cycle to Work and TaxSaver commuter schemes, and give all staff
            access to a confidential employee assistance programme.""")),
        ("para", P("""
            11. Confidentiality. Our clients trust us with their affairs. You must not disclose any information
            about the firm's clients or their businesses to anyone outside the firm, during your employment or
            afterwards.""")),
        ("para", P("""
            12. Clients after you leave. For twelve months after you leave the firm you must not solicit, or act
            for, any client of the firm on whose work you were engaged in your last year with us.""")),
        ("para", P("""
            13. Conditions. This offer is subject to two satisfactory references and to your final degree
            results, which we will confirm directly with the university.""")),
        ("para", P("""
            14. Law. This letter and your contract of employment are subject to the laws of Ireland.""")),
        ("para", P("""
            This offer remains open until close of business on Friday 9 April 2027. To accept, please sign and
            return the enclosed copy of this letter. We look forward to welcoming you in September.""")),
        ("lines", ["Yours sincerely,", "", "Aoife Keane FCA", "Partner", "Keane Ó Súilleabháin & Co.", "",
                   "I accept the offer above.", "Signed: ____________________  Date: ____________"]),
    ],
)


# 12. Canada (Manitoba), a credit union's offer to an IT service desk analyst: DOCX, 2 pages.
#     Traps: a salary range and an hourly equivalent beside the annual salary; a 36.25-hour week
#     from 8:15 to 4:30 less an hour; overtime under the Employment Standards Code; "every other
#     Thursday"; vacation in weeks "in addition to" general holidays; an incentive target
#     percent; an RRSP-style match "up to 6%"; a 90-day probation; "at least two weeks" from
#     the employer under the Code and two weeks asked of the employee; fully on site; the
#     employer's legal name only in the signature block.
letter(
    "ca-mb-winnipeg-it-service-desk-analyst", "docx", datetime(2027, 3, 23, 14, 10),
    "Offer of Employment - IT Service Desk Analyst I", "Red River Prairie Credit Union",
    paper="Letter",
    blocks=[
        ("head", "Red River Prairie Credit Union",
         "Head Office  ·  1450 Pembina Highway, Winnipeg, Manitoba R3T 2B9  ·  people@rrpcu.example"),
        ("lines", ["March 23, 2027", "", "PERSONAL & CONFIDENTIAL", "", "Jaspreet Kaur Dhillon",
                   "88 Frontenac Bay", "Winnipeg, MB R2M 3X7"]),
        ("para", "Dear Jaspreet:"),
        ("para", P("""
            Re: Offer of Employment - IT Service Desk Analyst I""")),
        ("para", P("""
            On behalf of Red River Prairie, I am very pleased to offer you the permanent, full-time position of
            IT Service Desk Analyst I in our Technology Services department, reporting to the Service Desk Team
            Lead. We were impressed by your troubleshooting exercise and by how you explained your answers to a
            non-technical panel member. The details of our offer are below.""")),
        ("heading", "Start date and location"),
        ("para", P("""
            Your first day will be Monday, April 19, 2027. The position is based at our Head Office on Pembina
            Highway in Winnipeg and is fully on-site, because the service desk also supports branch hardware and
            walk-up requests from Head Office staff.""")),
        ("heading", "Compensation"),
        ("para", P("""
            The salary range for this position is $52,800 to $66,000. Your starting salary will be $56,400
            annually (equivalent to $29.92 per hour), paid by direct deposit every other Thursday. You will also
            participate in the Annual Incentive Plan, with a target award of 4% of your base salary, depending on
            credit union and individual results.""")),
        ("heading", "Hours of work"),
        ("para", P("""
            Regular hours are 8:15 a.m. to 4:30 p.m., Monday to Friday, including a one-hour unpaid lunch, for a
            36.25-hour work week. You will also join the after-hours on-call rotation about one week in six. The
            position is not exempt from the overtime provisions of The Employment Standards Code, so you are
            eligible for overtime at time and one-half for approved hours over 8 in a day or 40 in a week.""")),
        ("heading", "Time away"),
        ("para", P("""
            You will receive three weeks of paid vacation each year, in addition to general holidays, rising to
            four weeks after five years. You will also have up to 9 paid sick days per calendar year and 2 paid
            personal days.""")),
        ("heading", "Benefits and pension"),
        ("bullets", [
            "Extended health, dental and vision care, with premiums shared 75/25 by the credit union and you, effective on your first day.",
            "Group life insurance and long-term disability.",
            "The Red River Prairie Group RRSP and DPSP: the credit union matches your contributions up to 6% of base salary.",
            "Employee and Family Assistance Program.",
            "Tuition reimbursement for approved courses, such as ITIL or CompTIA certifications.",
        ]),
        ("heading", "Probation and ending employment"),
        ("para", P("""
            The first 90 calendar days of your employment are a probationary period. After probation, if the
            credit union ends your employment without cause, it will give you notice or pay in lieu as The
            Employment Standards Code requires, and in any case not less than two weeks. We ask that you give us
            at least two weeks' notice if you decide to resign.""")),
        ("heading", "Confidentiality and work product"),
        ("para", P("""
            You will have administrator access to systems holding members' financial information. You will be
            asked to sign our Confidentiality and Acceptable Use Agreement on your first day. Scripts,
            documentation and other work product you create in your role belong to the credit union.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is conditional on a satisfactory criminal record check and credit check (required for our
            bonding coverage), two satisfactory references, and proof of your eligibility to work in Canada.""")),
        ("para", P("""
            This offer is governed by the laws of the Province of Manitoba and the federal laws of Canada that
            apply there. Please sign below and return a copy to me by end of day on March 31, 2027.""")),
        ("para", "We look forward to welcoming you to the team."),
        ("lines", ["Sincerely,", "", "Colleen Bergmann", "Manager, People & Culture",
                   "Red River Prairie Credit Union Limited", "",
                   "I accept this offer of employment.",
                   "Signature: ______________________   Date: ______________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
