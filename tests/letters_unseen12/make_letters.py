#!/usr/bin/env python3
"""Build the twelfth held-out set under tests/letters_unseen12/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning: ordinary to senior jobs in India
(Chennai, Kolkata, Noida, Kochi), the Philippines (Makati, Cebu), the UAE (Sharjah), Saudi
Arabia (Riyadh), Wales (Swansea), England (Leeds), Indonesia (Jakarta) and Ghana (Tema).
They were written blind: the writer read only the terms contract
(/work/shared/eval/TERMS.md), /work/shared/README.md, scripts/score_letters.py and
tests/letters_scorer.py (how gold is read), the README files of tests/letters_unseen ...
tests/letters_unseen4 (for the jurisdictions and traps already used),
tests/blind_letters.py and tests/letters_unseen4/make_letters.py (for the format) and one
gold file of the fourth set (for the YAML shape); not rules/, not src/, not the dev corpus,
not the fifth to eleventh sets, and offercheck was never run on these letters (not even its
text reader: the gold quotes are checked against the documents as pypdfium2 and
python-docx read them). Do not tune rules on them; once they have been used for tuning,
write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen12/make_letters.py             # rewrite every letter
    python tests/letters_unseen12/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen12/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``), not against
offercheck's reading of the documents, so that the check never runs the tool under test
(the scanned letter has no text layer at all). Every company, person, address and figure
below is invented, and every sentence was written for this set. The renderers are in
tests/blind_letters.py, shared with the earlier blind sets. Output is byte-for-byte
reproducible (fixed metadata dates, no library version in the producer string, fixed DOCX
properties and zip times, a seeded speckle for the scan).
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

# 1. India (Tamil Nadu), product software firm: PDF, ruled tables (particulars grid, CTC annexure
#     with monthly and annual columns).
#     Traps: CTC in lakh ("₹18.6 lakh") in the text, the monthly gross only in the annexure; a
#     fixed/variable split; a nine-hour day "including" a lunch hour (40 h); hybrid three days;
#     earned + casual leave in working days with sick leave apart; 15 days' notice in probation,
#     60 days after; options with a one-year cliff then quarterly; an in-term exclusivity duty
#     (not a non-compete) beside a 12-month non-solicit; arbitration seated in Chennai; deadline
#     seven days from the letter date.
letter(
    "in-tn-chennai-senior-software-engineer-ctc-annexure", "pdf", datetime(2027, 1, 11, 10, 30),
    "Offer of Employment - Karthikeyan Balasubramaniam", "Kaveripak Software Labs Private Limited",
    font="DejaVuSans", size=9.5, footer="Kaveripak Software Labs Private Limited | CIN U72200TN2015PTC000000 | Private and confidential",
    blocks=[
        ("head", "Kaveripak Software Labs Private Limited",
         "No. 41, Old Mahabalipuram Road, Perungudi, Chennai 600 096, Tamil Nadu  |  careers@kaveripak.example"),
        ("lines", ["KSL/TA/2027/0043", "11 January 2027", "", "Mr. Karthikeyan Balasubramaniam",
                   "Flat 3C, Lakshmi Enclave, 7th Cross Street", "Besant Nagar, Chennai 600 090"]),
        ("title", "OFFER OF EMPLOYMENT"),
        ("para", "Dear Karthikeyan,"),
        ("para", P("""
            Thank you for the time you gave our engineering panel over the past fortnight. We are glad to
            offer you a full-time position with Kaveripak Software Labs Private Limited ("Kaveripak" or "the
            Company") on the terms set out in this letter and its annexure. The key particulars are these:""")),
        ("table", [
            ["Item", "Particulars"],
            ["Role", "Senior Software Engineer - Payments Platform"],
            ["Level", "L4 (Individual Contributor)"],
            ["Reporting manager", "Engineering Manager, Payments Platform"],
            ["Base location", "Perungudi campus, Chennai"],
            ["Joining date", "Monday, 15 February 2027"],
            ["Annual CTC", "₹18.6 lakh (fixed ₹16.8 lakh + variable ₹1.8 lakh)"],
        ], True),
        ("heading", "1. Compensation"),
        ("para", P("""
            Your annual cost to the Company will be ₹18.6 lakh (Rupees Eighteen Lakh Sixty Thousand only). Of
            this, ₹16.8 lakh is fixed pay and ₹1.8 lakh is variable pay. The fixed pay is divided into the
            components shown in Annexure A and is credited to your salary account on the last working day of
            each month, after tax and statutory deductions have been withheld.""")),
        ("para", P("""
            The variable pay is linked to the Company's results and your own rating for the financial year.
            At 100% achievement you will receive the full ₹1.8 lakh; the actual payout may be lower or
            higher and is paid once a year in June. For the current financial year it will be prorated from
            your joining date.""")),
        ("heading", "2. Stock options"),
        ("para", P("""
            Subject to approval by the Board, you will be granted 1,200 options under the Kaveripak Employee
            Stock Option Plan 2024. The options vest over four years. No options vest until the first
            anniversary of the grant date, when 25% vest; the remainder vest in twelve equal quarterly
            tranches over the following three years, as long as you are still in service. The exercise price
            and other terms will be set out in your grant letter.""")),
        ("heading", "3. Working hours and work arrangement"),
        ("para", P("""
            We work a five-day week, Monday to Friday. The normal working day is nine hours, including a
            one-hour lunch break. Our engineering teams follow a hybrid pattern: you are expected at the
            Perungudi campus at least three days every week and may work from home on the other days, with
            your manager's agreement.""")),
        ("heading", "4. Leave"),
        ("para", P("""
            In each calendar year you will be entitled to 18 working days of earned leave and 6 days of casual
            leave, credited pro rata for the part of the year you are in service. Sick leave is separate: 8 days
            a year, with a medical certificate for absences of more than two days. The Company also publishes a
            list of 11 paid holidays each year.""")),
        ("heading", "5. Probation and separation"),
        ("para", P("""
            You will be on probation for six months from your joining date. While you are on probation, either
            you or the Company may end the employment by giving 15 days' notice in writing. Once you are
            confirmed, the notice period on either side is 60 days. The Company may, at its discretion, pay
            you basic salary for the notice period instead of asking you to work it, and may accept a shorter
            period from you if handover permits.""")),
        ("heading", "6. Benefits"),
        ("bullets", [
            "Provident Fund: the Company contributes 12% of your basic salary to the EPF (included in the CTC).",
            "Gratuity under the Payment of Gratuity Act, 1972, once you are eligible (included in the CTC).",
            "Group medical insurance of ₹5 lakh a year for you, your spouse, two children and your parents (premium outside the CTC).",
            "Term life cover of three times your fixed pay.",
            "A learning budget of ₹25,000 a year for courses and certification exams.",
        ]),
        ("heading", "7. Your obligations"),
        ("para", P("""
            While you are employed by Kaveripak you will give your whole working time to the Company and will
            not take up any other paid work or business without written consent. You will keep confidential
            all information about the Company, its clients and its technology, both during your employment
            and after it ends. All software, designs, inventions and other work you create in the course of
            your employment will belong to the Company, and you assign to the Company all rights in them.""")),
        ("para", P("""
            For a period of twelve months after you leave the Company, you will not, directly or through
            anyone else, solicit or encourage any employee of Kaveripak to resign, or solicit any client you
            dealt with in your last year of service to move its business away from the Company.""")),
        ("heading", "8. Disputes and law"),
        ("para", P("""
            This offer and your employment are governed by the laws of India. Any dispute that cannot be
            settled by discussion will be referred to a sole arbitrator appointed by mutual agreement under
            the Arbitration and Conciliation Act, 1996, and the seat of arbitration will be Chennai.""")),
        ("heading", "9. Conditions and acceptance"),
        ("para", P("""
            This offer is conditional on a satisfactory background verification, which will include your
            previous employment and the degree certificates you have declared. Please sign the duplicate
            copy of this letter and return it to us within seven days of the date of this letter; if we do not
            hear from you by then, the offer will lapse.""")),
        ("para", "We look forward to having you on the Payments Platform team."),
        ("lines", ["For Kaveripak Software Labs Private Limited", "", "Meenakshi Raghunathan",
                   "Head - Talent Acquisition", "",
                   "I accept the offer on the terms above.", "Signature: ____________________   Date: ____________"]),
        ("pagebreak",),
        ("title", "ANNEXURE A - COMPENSATION STRUCTURE"),
        ("para", "Name: Karthikeyan Balasubramaniam     Role: Senior Software Engineer (L4)     Amounts in ₹"),
        ("table", [
            ["Component", "Monthly", "Annual"],
            ["Basic salary", "56,000", "6,72,000"],
            ["House rent allowance", "22,400", "2,68,800"],
            ["Special allowance", "48,186", "5,78,232"],
            ["Leave travel allowance", "4,000", "48,000"],
            ["Gross salary (A)", "1,30,586", "15,67,032"],
            ["Employer PF contribution", "6,720", "80,640"],
            ["Gratuity", "2,694", "32,328"],
            ["Total fixed pay (B)", "1,40,000", "16,80,000"],
            ["Variable pay at 100% (C)", "-", "1,80,000"],
            ["Cost to Company (B + C)", "-", "18,60,000"],
        ], True),
        ("para", P("""
            Notes: income tax is deducted at source each month. Professional tax is deducted as levied by
            the Greater Chennai Corporation. The medical insurance premium is paid by the Company over and
            above the CTC.""")),
    ],
)


# 2. India (West Bengal), small finance bank: DOCX, an appointment letter with a salary annexure
#     table (per month and per annum).
#     Traps: the CTC with its words in brackets and "p.a."; a performance incentive row "up to";
#     dates as 01.03.2027; one year's probation; one month in probation vs three months after;
#     leave in days with sick leave apart; a service undertaking with a training-cost sum to pay
#     on leaving early (a bond, not a clawback); courts only (no governing law); working hours
#     only by reference to branch timings.
letter(
    "in-wb-kolkata-relationship-officer-appointment", "docx", datetime(2027, 2, 8, 12, 0),
    "Appointment Letter - Srijita Mukhopadhyay", "Bhagirathi Small Finance Bank Limited",
    blocks=[
        ("head", "Bhagirathi Small Finance Bank Limited",
         "Regd. Office: 12B Lord Sinha Road, Kolkata 700 071  |  Human Resources Department"),
        ("lines", ["Ref: BSFB/HRD/APT/2027/118", "Date: 08.02.2027", "", "Ms. Srijita Mukhopadhyay",
                   "D/o Shri Arindam Mukhopadhyay", "23/4 Jatin Das Road, Kolkata 700 029"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Ms. Mukhopadhyay,"),
        ("para", P("""
            Further to your interview at our Head Office, we are pleased to appoint you as Relationship
            Officer - Retail Liabilities in Officer Scale I of Bhagirathi Small Finance Bank Limited (the
            "Bank") on the terms and conditions given below.""")),
        ("heading", "1. Posting and date of joining"),
        ("para", P("""
            You are posted at our Salt Lake Sector V branch, Kolkata. Your date of joining will be 01.03.2027.
            Your services are transferable to any branch or office of the Bank in India as the Bank may decide
            from time to time.""")),
        ("heading", "2. Emoluments"),
        ("para", P("""
            Your total emoluments will be ₹ 6,48,000/- p.a. (Rupees Six Lakh Forty-Eight Thousand only),
            inclusive of all allowances, the Bank's contributions and the performance incentive, as shown
            in the Annexure. The salary will be credited to your savings account with the Bank on the last
            working day of every month.""")),
        ("heading", "3. Probation"),
        ("para", P("""
            You will be on probation for a period of one year from the date of joining. Your confirmation will
            depend on satisfactory performance and conduct, and on your passing the JAIIB Paper I or an
            equivalent internal certification during the probation.""")),
        ("heading", "4. Termination"),
        ("para", P("""
            During probation, your services may be terminated by either side by giving one month's notice or
            one month's gross salary in lieu of notice. After confirmation, you will be required to give three
            months' notice in writing should you wish to resign, and the Bank may likewise terminate your
            services by giving three months' notice or three months' gross salary in lieu thereof. The Bank
            may terminate your services without notice for misconduct.""")),
        ("heading", "5. Working hours"),
        ("para", P("""
            You will follow the business hours and working days notified for your branch from time to time,
            and you may be required to attend on holidays for audit, year-end closing or customer camps.""")),
        ("heading", "6. Leave"),
        ("para", P("""
            You will be entitled to Privilege Leave of 21 days and Casual Leave of 8 days in each calendar year,
            together with Sick Leave of 10 days on full pay on production of a medical certificate. Privilege
            Leave may be accumulated up to 90 days. Maternity leave will be granted as per the Maternity Benefit
            Act, 1961.""")),
        ("heading", "7. Induction training and service undertaking"),
        ("para", P("""
            You will attend a six-week residential induction programme at the Bank's learning centre in New
            Town. Before joining you will execute a service undertaking to remain in the Bank's service for at
            least 24 months from the date of joining. If you leave before that, you will pay the Bank
            ₹ 1,00,000/- towards the cost of your training, reduced proportionately for each completed month of
            service.""")),
        ("heading", "8. Secrecy and conduct"),
        ("para", P("""
            You will observe strict secrecy about the accounts and affairs of the Bank's customers and about
            the Bank's own business, during your service and at all times afterwards. You will be governed by
            the Bank's Staff Service Rules and Code of Conduct as amended from time to time.""")),
        ("heading", "9. Other benefits"),
        ("para", P("""
            You will be covered under the Bank's group mediclaim policy for yourself, your spouse and dependent
            children, and under the group term life policy. The Bank contributes 12% of your basic pay to the
            Employees' Provident Fund. Staff loans (housing, vehicle and personal) are available under the
            Bank's staff loan policy after confirmation.""")),
        ("heading", "10. Conditions of appointment"),
        ("bullets", [
            "A pre-employment medical examination by the Bank's panel doctor, declaring you fit.",
            "Verification of your original mark sheets and degree certificates.",
            "Two references from persons not related to you.",
            "Police verification of your antecedents and a satisfactory credit bureau report.",
            "Execution of the service undertaking referred to in clause 7.",
        ]),
        ("heading", "11. Jurisdiction"),
        ("para", P("""
            All matters arising out of this appointment shall be subject to the exclusive jurisdiction of the
            competent courts at Kolkata.""")),
        ("para", P("""
            If these terms are acceptable, please sign and return the duplicate copy of this letter. This
            appointment will stand withdrawn if your acceptance does not reach the Head Office by 15.02.2027.""")),
        ("lines", ["Yours faithfully,", "for Bhagirathi Small Finance Bank Limited", "", "Debashree Sen-Choudhury",
                   "Deputy General Manager - HRD"]),
        ("pagebreak",),
        ("title", "ANNEXURE - SALARY STRUCTURE"),
        ("para", "Name: Srijita Mukhopadhyay   Designation: Relationship Officer (Officer Scale I)"),
        ("table", [
            ["Component", "Per Month (₹)", "Per Annum (₹)"],
            ["Basic Pay", "21,000", "2,52,000"],
            ["House Rent Allowance", "10,500", "1,26,000"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "14,070", "1,68,840"],
            ["Gross Salary", "47,170", "5,66,040"],
            ["Bank's contribution to PF (12% of Basic)", "2,520", "30,240"],
            ["Gratuity", "1,010", "12,120"],
            ["Performance Incentive (annual, up to)", "-", "39,600"],
            ["Total Emoluments (CTC)", "-", "6,48,000"],
        ], True),
        ("para", P("""
            The performance incentive is paid once a year after the annual appraisal, depending on the
            achievement of your deposit and cross-sell targets; the figure above is the most that can be
            earned. All payments are subject to deduction of income tax and professional tax.""")),
        ("lines", ["Accepted: ______________________", "Srijita Mukhopadhyay        Date: __________"]),
    ],
)


# 3. India (Uttar Pradesh), consumer goods: TXT, an offer sent as an e-mail.
#     Traps: the salary as "INR 5,40,000/- (Rupees Five Lakh Forty Thousand only) per annum" beside
#     an approximate monthly in-hand figure; hours from times less a 30-minute lunch; Fridays from
#     home after 90 days (hybrid); a joining bonus repayable within six months (clawback); notice
#     15 days in probation and 30 after; a six-month non-solicit; the employer only in the signature.
letter(
    "in-up-noida-hr-executive-email-offer", "txt", datetime(2027, 3, 19, 16, 5),
    "Offer - HR Executive (Talent Acquisition)", "Yamunaview Consumer Brands Pvt. Ltd.",
    blocks=[
        ("lines", ["From: Talent Team <talent@yamunaview.example>",
                   "To: Ritika Chauhan <ritika.chauhan@mailbox.example>",
                   "Date: Friday, 19 March 2027 16:05",
                   "Subject: Your offer - HR Executive (Talent Acquisition)"]),
        ("para", "Hi Ritika,"),
        ("para", P("""
            Congratulations! Following your discussions with Shalini and Varun, we are happy to offer you the
            role of HR Executive - Talent Acquisition in our People team. The details are below; the formal
            letter of appointment will be handed to you on your first day.""")),
        ("kv", [
            ("Role", "HR Executive - Talent Acquisition"),
            ("Reporting to", "Manager - Talent Acquisition"),
            ("Office", "Tower B, Sector 62, Noida (Uttar Pradesh)"),
            ("Start date", "Monday, 5 April 2027"),
            ("Fixed compensation", "INR 5,40,000/- (Rupees Five Lakh Forty Thousand only) per annum"),
        ]),
        ("para", P("""
            The fixed compensation above is your full CTC, including our PF contribution; after PF and tax
            your take-home should come to roughly Rs. 40,500 a month, depending on the tax regime you choose.
            Salary is credited by the 7th of the following month.""")),
        ("para", P("""
            Joining bonus: we will pay you a one-time joining bonus of Rs. 25,000 with your first salary. If you
            resign within six months of your start date, you will need to pay it back in full.""")),
        ("para", P("""
            Timings: 9:30 am to 6:00 pm, Monday to Friday, with a 30-minute lunch break. For your first 90 days
            we would like you in the office every day; after that, you can work from home on Fridays.""")),
        ("para", P("""
            Leave: 15 days of earned leave, 7 days of casual leave and 7 days of sick leave in a year (all in
            working days), plus the 10 holidays on our yearly holiday list.""")),
        ("para", P("""
            Probation and notice: the first three months are probation. During probation either side can end
            the employment with 15 days' notice; after confirmation it is 30 days from either side, or salary
            in lieu of the notice period.""")),
        ("para", P("""
            Benefits: group medical insurance of Rs. 3 lakh for you and your family, group term life cover of
            Rs. 10 lakh, and PF as per the EPF Act.""")),
        ("para", P("""
            A couple of conditions: the offer is subject to a background check by our verification partner
            and to two professional references. You will also be asked to keep candidate and salary data
            confidential, and for six months after you leave you must not approach any of our employees to
            join another company.""")),
        ("para", P("""
            Please reply to this e-mail with your acceptance by 23 March 2027. If you have any questions at
            all, call me on the number below.""")),
        ("lines", ["Warm regards,", "Nidhi Kapoor", "Senior Manager - People",
                   "Yamunaview Consumer Brands Pvt. Ltd.", "+91 120 400 0000 (ext. 214)"]),
    ],
)


# 4. India (Kerala), hospital: SCANNED PDF (image only).
#     Traps: a consolidated monthly salary in figures and words with a night-duty allowance per night;
#     hours from a three-shift roster (six eight-hour shifts a week, 48 h); casual + earned leave with
#     sick leave apart; seven days' notice in probation, one month after; a one-year service bond with
#     liquidated damages (not a clawback); an acceptance "within five days of receipt" (no date).
letter(
    "in-kl-kochi-staff-nurse-icu-scan", "scan", datetime(2027, 2, 2, 9, 0),
    "Appointment order - Anju Mariam Kuriakose", "Vembanad Mission Hospital",
    blocks=[
        ("head", "VEMBANAD MISSION HOSPITAL", "Kaloor, Kochi - 682 017, Kerala  |  Managed by the Vembanad Medical Trust"),
        ("lines", ["No. VMH/NSG/APPT/27/061", "Date: 02/02/2027", "", "To", "Ms. Anju Mariam Kuriakose",
                   "Kuriakose Bhavan, Near St. Mary's Church", "Kolenchery, Ernakulam District"]),
        ("title", "APPOINTMENT ORDER"),
        ("para", "Madam,"),
        ("para", P("""
            With reference to your application and the interview held on 27/01/2027, you are hereby appointed
            as Staff Nurse (ICU) in this hospital on the following terms.""")),
        ("para", P("""
            1. Posting. You are posted to the Medical Intensive Care Unit of our main hospital at Kaloor, Kochi.
            You should report to the Nursing Superintendent on 16/02/2027 at 8.00 a.m.""")),
        ("para", P("""
            2. Salary. You will be paid a consolidated salary of Rs. 27,500/- (Rupees Twenty Seven Thousand Five
            Hundred only) per month. A night duty allowance of Rs. 150/- will be paid for each night duty
            performed. The salary for each month will be paid on or before the 7th of the following month.""")),
        ("para", P("""
            3. Duty. Duty is arranged on a rotating roster of three shifts: 8.00 a.m. to 4.00 p.m., 4.00 p.m. to
            12 midnight, and 12 midnight to 8.00 a.m. You will work six shifts in a week and will have one
            weekly off. The duty roster is published by the Nursing Office every Saturday.""")),
        ("para", P("""
            4. Probation. You will be on probation for six months. During probation your services may be
            terminated by either side with seven days' notice.""")),
        ("para", P("""
            5. Leave. You will be eligible for 12 days of casual leave in a year. Earned leave of 12 days a year
            will be credited after you complete one year of service. Sick leave of 6 days a year is allowed on a
            doctor's certificate.""")),
        ("para", P("""
            6. Bond. You shall execute a bond on stamp paper to serve the hospital for a minimum period of one
            year from the date of joining. If you leave before completing one year, you shall pay Rs. 30,000/-
            to the hospital as liquidated damages.""")),
        ("para", P("""
            7. Resignation and termination. After confirmation, either side may end the appointment by giving
            one month's notice in writing or by paying one month's salary instead of notice.""")),
        ("para", P("""
            8. Benefits. You will be covered by the Employees' Provident Fund and the Employees' State
            Insurance scheme. Treatment at this hospital will be free for you and at half the tariff for your
            spouse and children. Hostel accommodation is available at a subsidised rent, subject to vacancy.""")),
        ("para", P("""
            9. Confidentiality. You shall not disclose any information about patients or their treatment to
            anyone except in the course of your duty.""")),
        ("para", P("""
            10. You must produce a medical fitness certificate from a registered medical practitioner, your
            Kerala Nurses and Midwives Council registration, and your original certificates for verification
            at the time of joining.""")),
        ("para", P("""
            Please sign the duplicate of this order in token of your acceptance and return it to this office
            within five days of receipt.""")),
        ("lines", ["", "Sr. Lissy Thomas", "Nursing Superintendent", "For Vembanad Mission Hospital", "",
                   "Copy to: Accounts Section / Personnel File"]),
    ],
)


# 5. Philippines (Makati), contact centre: PDF, 2 pages.
#     Traps: a basic monthly salary beside a de minimis allowance and a night differential; paid on
#     the 10th and 25th (semimonthly); a night shift from times "inclusive of" an unpaid meal hour;
#     leave with pay only on regularization, vacation and sick apart; 13th month pay (statutory, not
#     a bonus); overtime paid per the Labor Code; 30 days' resignation notice and no employer notice;
#     "work-from-home arrangements are not offered" (onsite).
letter(
    "ph-makati-customer-service-representative-night-shift", "pdf", datetime(2027, 1, 6, 14, 0),
    "Job Offer - Ma. Kristine D. Villanueva", "Bluewater Relay Contact Solutions, Inc.",
    font="DejaVuSans", size=10, footer="Bluewater Relay Contact Solutions, Inc. | Human Resources",
    blocks=[
        ("head", "Bluewater Relay Contact Solutions, Inc.",
         "18th Floor, Torre Alcaraz, 6780 Ayala Avenue, Makati City 1226, Metro Manila"),
        ("lines", ["January 6, 2027", "", "MS. MA. KRISTINE D. VILLANUEVA", "Blk 9 Lot 22, Mabuhay Homes",
                   "Barangay Pio del Pilar, Makati City"]),
        ("para", "Dear Ms. Villanueva:"),
        ("para", P("""
            We are pleased to confirm our offer for you to join Bluewater Relay Contact Solutions, Inc. as a
            Customer Service Representative assigned to our telecommunications account. Your employment will
            be probationary and full-time, starting on January 18, 2027, the first day of new-hire training.""")),
        ("heading", "Compensation"),
        ("table", [
            ["Pay item", "Amount"],
            ["Basic monthly salary", "PHP 22,000.00"],
            ["De minimis allowance (non-taxable)", "PHP 2,500.00 per month"],
            ["Night differential", "10% of the hourly rate for work between 10:00 PM and 6:00 AM"],
        ], True),
        ("para", P("""
            Salaries are released twice a month, every 10th and 25th, through your payroll account. You will also
            receive 13th month pay as required by law, computed on the basic salary you earned in the calendar
            year. Approved overtime and work on rest days and holidays are paid at the premium rates of the Labor
            Code.""")),
        ("heading", "Work schedule"),
        ("para", P("""
            Your regular schedule is 10:00 PM to 7:00 AM, five days a week, inclusive of a one-hour unpaid meal
            break. Rest days follow the account's roster and may change with business needs, with at least one
            week's notice. This is an on-site role at our Ayala Avenue site in Makati City; work-from-home
            arrangements are not offered to agents.""")),
        ("heading", "Probationary period"),
        ("para", P("""
            You will be on probation for six (6) months. The standards for regularization (attendance, quality
            scores and customer satisfaction) will be explained to you in writing on your first day. If you
            meet them, you will become a regular employee at the end of the probation.""")),
        ("heading", "Leave credits"),
        ("para", P("""
            Upon regularization, you will earn twelve (12) days of vacation leave and ten (10) days of sick leave
            with pay per year. Unused sick leave is converted to cash at the end of the year. The vacation leave
            already includes the five-day service incentive leave under the law.""")),
        ("heading", "Benefits"),
        ("bullets", [
            "HMO coverage from day one, with one dependent enrolled free of charge upon regularization.",
            "Group life insurance with a benefit of PHP 200,000.",
            "Mandatory SSS, PhilHealth and Pag-IBIG contributions, with the employer share paid by the Company.",
            "Free shuttle to MRT Ayala station after night shifts.",
        ]),
        ("heading", "Resignation"),
        ("para", P("""
            Should you decide to resign, please give the Company at least thirty (30) days' written notice so
            that your queue can be covered and your clearance completed.""")),
        ("heading", "Confidentiality"),
        ("para", P("""
            You will handle personal data of our client's subscribers. You must keep it confidential, follow
            the Data Privacy Act of 2012 and our clean-desk rules, and you may not bring mobile phones onto the
            production floor.""")),
        ("heading", "Pre-employment requirements"),
        ("para", P("""
            Before your start date, please submit your NBI clearance, complete the pre-employment medical
            examination and drug test at our partner clinic, and give us your SSS, PhilHealth, Pag-IBIG and TIN
            numbers. Your start may move if any requirement is still pending.""")),
        ("para", P("""
            This offer is valid until January 11, 2027. To accept, sign the conforme below and bring it to the
            recruitment hub on the 18th floor.""")),
        ("lines", ["Very truly yours,", "", "Jonalyn P. Castañeda", "Recruitment Manager", "",
                   "CONFORME:", "", "______________________________", "Ma. Kristine D. Villanueva / Date"]),
    ],
)


# 6. Philippines (Cebu), electronics manufacturer: DOCX, a probationary employment contract in
#     numbered sections.
#     Traps: salary in words before the figure; a rice subsidy; "bi-monthly" pay on the 15th and
#     end of month (semimonthly); hours from times less a lunch hour; vacation and sick leave in
#     working days on regularization; a one-year non-compete in the province; a training agreement
#     that may be signed later (not a clawback); no offer deadline.
letter(
    "ph-cebu-quality-engineer-probationary-contract", "docx", datetime(2027, 3, 1, 9, 30),
    "Probationary Employment Contract - Jerome P. Alcantara", "Mactan Precision Electronics Philippines, Inc.",
    blocks=[
        ("head", "Mactan Precision Electronics Philippines, Inc.",
         "Lot 5-B, Ouano Industrial Park, Mandaue City, Cebu 6014  |  Human Resources and Administration"),
        ("title", "CONTRACT OF PROBATIONARY EMPLOYMENT"),
        ("para", P("""
            This Contract is entered into at Mandaue City, Cebu, on 1 March 2027 by MACTAN PRECISION ELECTRONICS
            PHILIPPINES, INC., a corporation organized under Philippine law, represented by its HR and Admin
            Manager, Ms. Rosalinda T. Abellana (the "Company"), and ENGR. JEROME P. ALCANTARA, of legal age,
            residing at 14 Sikatuna Street, Cebu City (the "Employee").""")),
        ("heading", "1. Position and Place of Work"),
        ("para", P("""
            The Company engages the Employee as Quality Engineer II in the Quality Assurance Department. The
            Employee shall work at the Company's plant in Mandaue City, Cebu, and may be sent to suppliers and
            customers in the Visayas as the work requires.""")),
        ("heading", "2. Probationary Period"),
        ("para", P("""
            The Employee's employment shall begin on 15 March 2027 and shall be probationary for six (6) months.
            The Company has made known to the Employee the standards for regularization, which are attached as
            Annex A. An Employee who meets those standards at the end of the probationary period shall be regular.""")),
        ("heading", "3. Compensation"),
        ("para", P("""
            The Employee shall receive a basic monthly salary of THIRTY-EIGHT THOUSAND FIVE HUNDRED PESOS (PHP
            38,500.00), together with a rice subsidy of PHP 2,000.00 per month. Salary is paid bi-monthly, on the
            15th and on the last day of each month, by credit to the Employee's payroll account. The Employee
            shall receive 13th month pay in accordance with Presidential Decree No. 851.""")),
        ("table", [
            ["Item", "Monthly (PHP)"],
            ["Basic salary", "38,500.00"],
            ["Rice subsidy", "2,000.00"],
            ["Total monthly pay", "40,500.00"],
        ], True),
        ("heading", "4. Hours of Work"),
        ("para", P("""
            Regular working hours are from 7:30 AM to 4:30 PM, Monday to Friday, with a one-hour lunch break
            from 11:30 AM to 12:30 PM. Work beyond these hours, when authorized, shall be paid with the overtime
            premium provided by law.""")),
        ("heading", "5. Leave"),
        ("para", P("""
            Upon regularization, the Employee shall be entitled each year to fifteen (15) working days of
            vacation leave and fifteen (15) working days of sick leave with pay, prorated in the first year.""")),
        ("heading", "6. Benefits"),
        ("para", P("""
            The Employee shall be enrolled in the Company's HMO plan, which also covers two qualified
            dependents and includes annual dental care. The Employee shall be covered by the group life
            insurance and the Company retirement plan, and may ride the Company shuttle from Cebu City and
            Lapu-Lapu City at no cost.""")),
        ("heading", "7. Training"),
        ("para", P("""
            Where the Company sends the Employee to external training costing more than PHP 50,000.00, the
            parties shall sign a separate training agreement before the training begins.""")),
        ("heading", "8. Confidential Information and Inventions"),
        ("para", P("""
            The Employee shall not disclose the Company's drawings, process parameters, customer information or
            other trade secrets during or after employment. Every invention, improvement or process the Employee
            makes in the course of employment belongs to the Company, and the Employee shall sign any document
            needed to record the Company's ownership.""")),
        ("heading", "9. Non-Competition"),
        ("para", P("""
            For one (1) year after separation from the Company for any reason, the Employee shall not work for
            any manufacturer of printed circuit board assemblies that competes with the Company and operates in
            the Province of Cebu.""")),
        ("heading", "10. Resignation"),
        ("para", P("""
            The Employee may resign by serving written notice on the Company at least thirty (30) days before the
            intended date of resignation.""")),
        ("heading", "11. Pre-Employment Requirements"),
        ("para", P("""
            This Contract takes effect only after the Employee has passed the pre-employment medical examination
            and the Company has verified the Employee's transcript of records and PRC licence.""")),
        ("heading", "12. Governing Law"),
        ("para", P("""
            This Contract shall be governed by the laws of the Republic of the Philippines. Matters not covered
            here are governed by the Labor Code and the Company's Code of Conduct.""")),
        ("para", "IN WITNESS WHEREOF, the parties have signed this Contract on the date and at the place first written above."),
        ("table", [
            ["For the Company", "Employee"],
            ["ROSALINDA T. ABELLANA, HR and Admin Manager", "ENGR. JEROME P. ALCANTARA"],
        ], True),
    ],
)


# 7. UAE (Sharjah), home-furnishing retailer: PDF, a limited contract offer with ruled tables.
#     Traps: basic salary with housing and transport allowances and a monthly total in a table (basic
#     is the salary); a two-year term from the commencement date (end date derived); 48 hours over six
#     days; no overtime for a manager; 30 calendar days' leave; an annual bonus "up to one month's
#     basic salary" (an amount); a relocation allowance repayable within 12 months; 14 days' notice in
#     probation vs 30 days after; a six-month non-compete and a 12-month non-solicit; deadline ten
#     days from the date above.
letter(
    "ae-sharjah-store-manager-limited-contract-offer", "pdf", datetime(2027, 2, 14, 11, 0),
    "Offer of Employment - Omar Farouk Haddad", "Sahat Noor Home Retail L.L.C.",
    font="DejaVuSerif", size=9.5, footer="Sahat Noor Home Retail L.L.C. - P.O. Box 00000, Sharjah, U.A.E.",
    blocks=[
        ("head", "Sahat Noor Home Retail L.L.C.", "Head Office: Industrial Area 4, Sharjah, United Arab Emirates  |  hr@sahatnoor.example"),
        ("lines", ["Date: 14 February 2027", "Our ref: SNH/HR/OFR/27/019", "", "Mr. Omar Farouk Haddad",
                   "Apartment 1204, Al Taawun Tower", "Sharjah, U.A.E."]),
        ("title", "OFFER OF EMPLOYMENT - LIMITED CONTRACT"),
        ("para", "Dear Mr. Haddad,"),
        ("para", P("""
            Following our recent meetings, Sahat Noor Home Retail L.L.C. is pleased to offer you employment as
            Store Manager of our Al Majaz showroom in Sharjah. The main terms of our offer are set out below;
            they will be carried into the Ministry of Human Resources and Emiratisation contract that you will
            sign once your work permit is approved.""")),
        ("table", [
            ["Term", "Details"],
            ["Position", "Store Manager"],
            ["Work location", "Al Majaz showroom, Sharjah"],
            ["Type of contract", "Limited (fixed-term) employment contract"],
            ["Commencement Date", "1 April 2027, or the date your employment visa is issued if later"],
            ["Contract period", "Two (2) years from the Commencement Date"],
            ["Probation", "Six (6) months"],
        ], True),
        ("heading", "Monthly remuneration"),
        ("table", [
            ["Component", "AED per month"],
            ["Basic salary", "9,000"],
            ["Housing allowance", "4,500"],
            ["Transport allowance", "1,500"],
            ["Total monthly salary", "15,000"],
        ], True),
        ("para", P("""
            Salary is paid monthly in arrears into your UAE bank account through the Wage Protection System.
            In addition, you may receive an annual performance bonus of up to one month's basic salary, based
            on the store's sales and shrinkage results and your appraisal.""")),
        ("heading", "Working hours"),
        ("para", P("""
            Normal working hours are eight hours a day, six days a week, with one weekly rest day fixed by the
            store roster. During the holy month of Ramadan working hours are reduced by two hours a day. As the
            Store Manager holds a managerial position, you will not be entitled to overtime pay.""")),
        ("heading", "Annual leave and air ticket"),
        ("para", P("""
            You will be entitled to 30 calendar days of paid annual leave for each year of service, and to one
            economy-class return air ticket to your home country each contract year. Public holidays are granted
            as announced by the UAE Government.""")),
        ("heading", "Medical insurance and end of service"),
        ("para", P("""
            The Company will provide medical insurance under its enhanced plan for you, your spouse and up to two
            children. On completion of at least one year of continuous service you will be entitled to end of
            service gratuity as provided by the Labour Law.""")),
        ("heading", "Relocation"),
        ("para", P("""
            To help you move your family, the Company will pay a one-time relocation allowance of AED 5,000
            with your first salary. If you resign within twelve (12) months of the Commencement Date, the full
            allowance will be deducted from your final settlement.""")),
        ("heading", "Probation and notice"),
        ("para", P("""
            During probation, the Company may end your employment by giving you 14 days' written notice. If you
            wish to leave during probation, you must give one month's notice. After probation, either party may
            end the contract before its expiry by giving not less than 30 days' written notice.""")),
        ("heading", "Confidentiality and restrictions"),
        ("para", P("""
            You must keep confidential the Company's supplier prices, sales figures and customer data, during
            the contract and after it ends. For six (6) months after the end of your employment, you will not
            work for a competing home-furnishing retailer in the Emirate of Sharjah. For twelve (12) months after
            that date, you will not solicit any employee of the Company to leave, or any supplier to stop dealing
            with the Company.""")),
        ("heading", "Governing law"),
        ("para", P("""
            This offer and your contract are governed by Federal Decree-Law No. 33 of 2021 and the other laws of
            the United Arab Emirates as applied in the Emirate of Sharjah.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is subject to your passing the government medical fitness test, the issue of your
            employment visa and work permit, a good conduct certificate, and your degree certificate attested
            by the UAE embassy in the country of issue.""")),
        ("para", P("""
            This offer is valid for ten (10) days from the date above. Please sign and return a copy to confirm
            your acceptance.""")),
        ("lines", ["Yours sincerely,", "", "Rania Al Hashemi", "Human Resources Manager",
                   "Sahat Noor Home Retail L.L.C.", "",
                   "Accepted by: ____________________   Date: ____________"]),
    ],
)


# 8. Saudi Arabia (Riyadh), cold-chain logistics: TXT, a fixed-term employment contract.
#     Traps: basic salary with housing (25% of basic), transport and food allowances and a per-trip
#     allowance; a one-year term from a commencement date; 48 hours; overtime at basic plus 50%; 21 days'
#     leave rising to 30 after five years; sick leave only by the Labor Law; 90 days' probation
#     (extendable); 60 days' notice either side; GOSI occupational hazards only (not a pension); no
#     offer deadline.
letter(
    "sa-riyadh-heavy-vehicle-driver-fixed-term", "txt", datetime(2027, 3, 3, 10, 0),
    "Employment Contract - Sajid Hussain Awan", "Najd Cold Chain Logistics Co.",
    blocks=[
        ("head", "NAJD COLD CHAIN LOGISTICS CO.", "Second Industrial City, Riyadh, Kingdom of Saudi Arabia - C.R. 1010000000"),
        ("title", "Fixed-Term Employment Contract"),
        ("para", P("""
            This contract is made in Riyadh on 3 March 2027 between Najd Cold Chain Logistics Co., a limited
            liability company (the "First Party" or "Employer"), and Mr. Sajid Hussain Awan, Pakistani national,
            passport no. AB0000000 (the "Second Party" or "Employee").""")),
        ("para", "Article 1 - Job"),
        ("para", P("""
            The Employer employs the Employee as a Heavy Vehicle Driver (refrigerated trucks). The Employee is
            based at the Employer's depot in the Second Industrial City, Riyadh, and drives routes within the
            Kingdom as assigned by the Fleet Supervisor.""")),
        ("para", "Article 2 - Term"),
        ("para", P("""
            This contract commences on 1 May 2027 and runs for one (1) year from that date. It may be renewed
            only by a new written agreement signed by both parties before it expires.""")),
        ("para", "Article 3 - Probation"),
        ("para", P("""
            The Employee is subject to a probation period of ninety (90) days, which may be extended once by
            written agreement, provided the total does not exceed 180 days. Either party may end the contract
            during probation without compensation or end-of-service award.""")),
        ("para", "Article 4 - Wages"),
        ("table", [
            ["Item", "SAR / month"],
            ["Basic wage", "3,200"],
            ["Housing allowance (25% of basic)", "800"],
            ["Transportation allowance", "320"],
            ["Food allowance", "300"],
            ["Total", "4,620"],
        ], True),
        ("para", P("""
            A trip allowance of SAR 60 is paid for each long-haul trip of more than 400 km. Wages are paid at the
            end of every Gregorian month into the Employee's bank account under the Wage Protection Program.""")),
        ("para", "Article 5 - Working hours"),
        ("para", P("""
            Working time is eight (8) hours a day and forty-eight (48) hours a week, with Friday as the weekly rest
            day. In Ramadan, working hours for Muslim employees are six hours a day. Hours worked beyond these
            limits are paid as overtime at the basic hourly wage plus 50% of the basic hourly wage.""")),
        ("para", "Article 6 - Leave"),
        ("para", P("""
            The Employee is entitled to twenty-one (21) days of paid annual leave for each year of service, rising
            to thirty (30) days after five consecutive years. Sick leave is granted in accordance with Article 117
            of the Labor Law. The Employer provides one economy return ticket Riyadh-Lahore at the end of each
            contract year.""")),
        ("para", "Article 7 - Insurance"),
        ("para", P("""
            The Employer provides health insurance under the Council of Health Insurance rules and registers the
            Employee with GOSI for occupational hazards.""")),
        ("para", "Article 8 - End of contract"),
        ("para", P("""
            Either party may end this contract before its expiry by giving the other sixty (60) days' written
            notice. A party that ends the contract without observing the notice period shall pay the other an
            amount equal to the wage for that period. On the end of the contract the Employee receives the
            end-of-service award under the Labor Law.""")),
        ("para", "Article 9 - Duties of the Employee"),
        ("para", P("""
            The Employee shall hold a valid Saudi heavy vehicle licence, observe traffic and cold-chain rules,
            and keep the Employer's customer names, delivery schedules and prices secret, both during and after
            this contract.""")),
        ("para", "Article 10 - Conditions"),
        ("para", P("""
            This contract depends on the issue of the work visa and Iqama, a medical examination in Pakistan
            and again on arrival, and a police clearance certificate from the Employee's home country.""")),
        ("para", "Article 11 - Law"),
        ("para", P("""
            The Saudi Labor Law and its implementing regulations govern this contract. Disputes are heard by the
            Labor Courts in Riyadh.""")),
        ("lines", ["First Party: Najd Cold Chain Logistics Co.", "Name: Faisal Abdulaziz Al-Otaibi, HR Director",
                   "Signature: ______________", "",
                   "Second Party: Sajid Hussain Awan", "Signature: ______________"]),
    ],
)


# 9. UK (Wales), physiotherapy practice: TXT, a short offer letter.
#     Traps: part-time (22.5 hours on three days, from times less an unpaid half hour); the salary
#     "pro rata" with the full-time equivalent beside it and an hourly rate; extra hours at the plain
#     rate (overtime: true); holiday in HOURS (112.5 h at 7.5 h a day) plus bank-holiday hours; no
#     company sick pay; NEST 3% of qualifying earnings; one week's notice in probation, one month
#     after; the employer named only in the signature block; a deadline with weekday and no year.
letter(
    "uk-wls-swansea-practice-administrator-part-time", "txt", datetime(2027, 1, 25, 15, 0),
    "Offer letter - Bethan Rhys-Lloyd", "Cwm Tawe Physiotherapy Ltd",
    blocks=[
        ("lines", ["25 January 2027", "", "Ms Bethan Rhys-Lloyd", "41 Glanmor Crescent", "Uplands",
                   "Swansea SA2 0PN"]),
        ("para", "Dear Bethan,"),
        ("para", "Practice Administrator (part-time)"),
        ("para", P("""
            Thanks for coming in to see Owain and me last week. I'm very pleased to offer you the part-time post
            of Practice Administrator at our Sketty clinic in Swansea, starting on Monday 1 March 2027. Reception
            and phone cover mean the role has to be done from the clinic rather than from home.""")),
        ("para", P("""
            Hours. You will work 22.5 hours a week: Mondays, Wednesdays and Thursdays, 8.30am to 4.30pm, with an
            unpaid half-hour for lunch. If you agree to cover extra hours for holidays or sickness, we will pay
            them at your normal hourly rate, up to 37.5 hours in a week.""")),
        ("para", P("""
            Pay. The full-time salary for the post is £21,450 a year for a 37.5-hour week. Your salary will be
            £12,870 a year, pro rata to your hours, which is an hourly rate of £11.00. We pay monthly in arrears by
            bank transfer on the last working day of the month.""")),
        ("para", P("""
            Holidays. Our staff receive 25 days' annual leave plus bank holidays, pro rata for part-timers. We book
            leave in hours, so for your three-day week your entitlement is 112.5 hours of annual leave each
            holiday year (April to March), plus 36 hours in respect of bank holidays.""")),
        ("para", P("""
            Sickness. We do not run a company sick pay scheme; if you are off sick you will receive Statutory Sick
            Pay when you qualify for it.""")),
        ("para", P("""
            Pension. You will be auto-enrolled into NEST after your first three months, and we will contribute 3%
            of your qualifying earnings. We also offer the Cycle to Work scheme.""")),
        ("para", P("""
            Probation and notice. The first three months are a probationary period, during which either of us
            can end the arrangement with one week's notice. After that, we both need to give one month's notice.""")),
        ("para", P("""
            Confidentiality. Patient records and anything you learn about our patients' health must stay within
            the clinic, during and after your employment.""")),
        ("para", P("""
            The offer depends on two satisfactory references, a basic DBS check and proof of your right to work in
            the UK, which we will need to see on your first morning.""")),
        ("para", P("""
            Your written statement of terms will follow before you start. If you'd like the job, please sign the
            enclosed copy and let me have it back by Friday 5 February.""")),
        ("lines", ["Best wishes,", "", "Catrin Pugh", "Practice Manager",
                   "for and on behalf of Cwm Tawe Physiotherapy Ltd", "Registered in Wales, company no. 00000000"]),
    ],
)


# 10. Indonesia (Jakarta), private school foundation: DOCX, a fixed-term contract (PKWT) with a
#     particulars table.
#     Traps: IDR amounts with dots as thousand separators ("IDR 9.500.000"); basic salary beside
#     transport and meal allowances and a monthly total; a twelve-month term from a start date (end
#     date derived); hours from times including a 30-minute break; 12 working days' leave; THR
#     (statutory, not a bonus); no probation (not allowed in a fixed-term contract); 30 days' notice
#     either side; BPJS health and employment (old-age and pension) programmes.
letter(
    "id-jakarta-mathematics-teacher-pkwt", "docx", datetime(2027, 5, 10, 10, 0),
    "PKWT - Ratna Dewi Kusumawardani", "Yayasan Pendidikan Cahaya Nusantara",
    blocks=[
        ("head", "Yayasan Pendidikan Cahaya Nusantara",
         "Sekolah Cahaya Nusantara - Jl. Kemang Selatan Raya No. 00, Jakarta Selatan 12730"),
        ("title", "FIXED-TERM EMPLOYMENT AGREEMENT (PKWT)"),
        ("para", "No. 027/YPCN-HRD/PKWT/V/2027"),
        ("para", P("""
            This agreement is made in Jakarta on 10 May 2027 between Yayasan Pendidikan Cahaya Nusantara, the
            foundation that operates Sekolah Cahaya Nusantara, represented by its Chair, Bapak Hendra Wirawan
            Sutedja (the "Foundation"), and Ibu Ratna Dewi Kusumawardani, holder of identity card no.
            3174000000000000 (the "Teacher").""")),
        ("heading", "Article 1 - Particulars"),
        ("table", [
            ["Item", "Details"],
            ["Position", "Mathematics Teacher (Secondary, Grades 7-9)"],
            ["Place of work", "Kemang campus, South Jakarta (Jakarta Selatan)"],
            ["Agreement period", "Twelve (12) months, beginning 1 July 2027"],
            ["Working days", "Monday to Friday"],
            ["Reports to", "Head of Secondary School"],
        ], True),
        ("heading", "Article 2 - Nature of the Agreement"),
        ("para", P("""
            This is a fixed-term agreement for one academic year. It ends automatically when the agreement period
            expires, unless the parties sign a new agreement. Because it is a fixed-term agreement, no
            probationary period applies.""")),
        ("heading", "Article 3 - Salary and Allowances"),
        ("table", [
            ["Component", "Per month"],
            ["Basic salary (gaji pokok)", "IDR 9.500.000"],
            ["Transport allowance", "IDR 750.000"],
            ["Meal allowance", "IDR 600.000"],
            ["Total", "IDR 10.850.000"],
        ], True),
        ("para", P("""
            Salary is transferred to the Teacher's bank account no later than the 25th of each month, after
            deduction of income tax (PPh 21) and the Teacher's share of BPJS contributions. The Teacher receives
            the religious holiday allowance (THR) required by law, equal to one month's salary after twelve months
            of service and prorated before that.""")),
        ("heading", "Article 4 - Working Time"),
        ("para", P("""
            School hours for teachers are 07.00 to 15.30, Monday to Friday, including a 30-minute break. The Teacher
            may be asked to attend parents' evenings, school events and up to two Saturday activities a term; these
            are compensated with time off.""")),
        ("heading", "Article 5 - Leave"),
        ("para", P("""
            The Teacher is entitled to 12 working days of annual leave, to be taken during the school holidays set
            in the academic calendar. Sick leave is paid on a doctor's certificate in line with the Manpower Law.""")),
        ("heading", "Article 6 - Social Security"),
        ("para", P("""
            The Foundation registers the Teacher in BPJS Kesehatan (health) and in BPJS Ketenagakerjaan, covering
            work accident, death, old-age savings (JHT) and pension (JP), and pays the employer's share of the
            contributions.""")),
        ("heading", "Article 7 - Early Termination"),
        ("para", P("""
            Either party wishing to end this agreement before the end of the agreement period shall notify the
            other in writing at least thirty (30) days in advance. Compensation on the end of the agreement is
            paid as the regulations on fixed-term employment require.""")),
        ("heading", "Article 8 - Confidentiality and Conduct"),
        ("para", P("""
            The Teacher shall keep students' personal data, grades and family information confidential and shall
            not give paid private tuition to students of the school during the agreement.""")),
        ("heading", "Article 9 - Documents"),
        ("para", P("""
            Before the agreement begins the Teacher shall submit a legalised copy of her diploma and teaching
            certificate, a health certificate from a doctor, and a police record certificate (SKCK).""")),
        ("heading", "Article 10 - Law and Disputes"),
        ("para", P("""
            This agreement is governed by the laws of the Republic of Indonesia. Disputes shall first be settled by
            deliberation; if that fails, through the procedures for industrial relations disputes.""")),
        ("table", [
            ["The Foundation", "The Teacher"],
            ["Hendra Wirawan Sutedja, Chair", "Ratna Dewi Kusumawardani"],
        ], True),
    ],
)


# 11. Ghana (Tema), freight and haulage: DOCX, 2 pages, an offer letter with a small salary table.
#     Traps: basic salary with transport and responsibility allowances (basic is the salary); a
#     13% pension contribution under the National Pensions Act; 20 working days' leave and 10 paid
#     sick days; bonus "up to 15%"; one week's notice in probation, one month after; a six-month
#     non-solicit; arbitration under the ADR Act; deadline fourteen days from the letter date.
letter(
    "gh-tema-logistics-supervisor-offer", "docx", datetime(2027, 2, 9, 9, 0),
    "Offer of Employment - Kwabena Asante-Mensah", "Volta Basin Freight & Haulage Limited",
    blocks=[
        ("head", "Volta Basin Freight & Haulage Limited",
         "Harbour Road, Community 1, Tema, Greater Accra Region, Ghana  |  P.O. Box CO 0000, Tema"),
        ("lines", ["9th February, 2027", "", "Mr. Kwabena Asante-Mensah", "House No. 7, Sakumono Estates",
                   "Tema, Ghana"]),
        ("para", "Dear Kwabena,"),
        ("para", "OFFER OF EMPLOYMENT - LOGISTICS SUPERVISOR"),
        ("para", P("""
            We refer to your recent interviews and are pleased to offer you the position of Logistics Supervisor
            in the Operations Department of Volta Basin Freight & Haulage Limited. You will be stationed at our
            Harbour Road depot in Tema and will supervise the dispatch of trucks to the northern corridor.""")),
        ("para", P("""
            Your employment will commence on 1st March, 2027. You will serve a probation period of six (6) months,
            after which your appointment will be confirmed in writing if your performance is satisfactory.""")),
        ("para", "Remuneration"),
        ("table", [
            ["", "GHS per month"],
            ["Basic salary", "6,000.00"],
            ["Transport allowance", "800.00"],
            ["Responsibility allowance", "600.00"],
            ["Gross monthly pay", "7,400.00"],
        ], True),
        ("para", P("""
            Salaries are paid monthly, on or before the 26th day of each month. You will be eligible for a
            discretionary annual bonus of up to 15% of your annual basic salary, depending on the Company's results
            and your appraisal.""")),
        ("para", P("""
            The Company will contribute 13% of your basic salary towards your pension under the National Pensions
            Act, 2008 (Act 766), and will deduct your own 5.5% from your salary.""")),
        ("para", "Hours of work"),
        ("para", P("""
            The normal working hours are 7:30 a.m. to 4:30 p.m., Monday to Friday, with one hour for lunch. As a
            supervisor you may need to stay beyond these hours when vessels are being discharged; you will be
            given time off in lieu rather than overtime pay.""")),
        ("para", "Leave"),
        ("para", P("""
            You will be entitled to twenty (20) working days of annual leave in each calendar year, exclusive of
            public holidays, and to up to ten (10) days of paid sick leave a year on the certificate of a
            registered medical practitioner.""")),
        ("para", "Medical and other benefits"),
        ("para", P("""
            You, your spouse and up to four children under 18 will receive medical care at the Company's retainer
            clinics, and the Company will pay your National Health Insurance premium. You will also be covered by
            the group life assurance scheme at twenty-four months' basic salary.""")),
        ("para", "Termination"),
        ("para", P("""
            During probation, either party may end the employment by giving one week's notice or one week's basic
            salary in lieu. After confirmation, either party may end it by giving one month's notice in writing or
            one month's basic salary in lieu of notice.""")),
        ("para", "Confidentiality and non-solicitation"),
        ("para", P("""
            You will keep confidential all information about the Company's clients, rates and routes. For six (6)
            months after your employment ends you will not induce or try to induce any driver or other employee of
            the Company to leave its service.""")),
        ("para", "Disputes and governing law"),
        ("para", P("""
            Any dispute under this letter which cannot be resolved amicably shall be referred to arbitration under
            the Alternative Dispute Resolution Act, 2010 (Act 798). This letter is governed by the laws of the
            Republic of Ghana.""")),
        ("para", P("""
            This offer is subject to a satisfactory medical examination by the Company's doctor, a police report
            and two satisfactory references. Kindly confirm your acceptance by signing and returning the attached
            copy within fourteen (14) days from the date of this letter.""")),
        ("lines", ["Yours faithfully,", "", "Akosua Ofori-Atta (Mrs.)", "Human Resource Manager",
                   "For: Volta Basin Freight & Haulage Limited", "",
                   "I, Kwabena Asante-Mensah, accept the above offer.", "Signature: ____________  Date: ____________"]),
    ],
)


# 12. UK (England, Leeds), food manufacturer: PDF, the long one (a covering letter, a contract in
#     numbered clauses and two schedules).
#     Traps: the salary as "the Salary" defined in clause 6 beside a grade range and a car allowance;
#     37.5 hours from times less lunch; no overtime; 25 days plus bank holidays; company sick pay as
#     ten days a year at full pay then SSP; six months' probation with one week's notice; employer
#     notice growing with service in a table (one month in the first years), one month from the
#     employee; PILON and garden leave; relocation up to £5,000 repayable on a sliding scale; bonus
#     "up to 10%"; 5% pension; restrictive covenants in a schedule (six-month non-compete, twelve-month
#     non-solicit and non-dealing); "English law"; the offer lapses on a date.
_LEEDS = "Aire and Calder Bakehouse Foods Limited"
letter(
    "uk-eng-leeds-qa-manager-contract-long", "pdf", datetime(2027, 3, 1, 9, 0),
    "Contract of Employment - Connor Haigh", _LEEDS,
    font="DejaVuSans", size=10.5, footer="Aire and Calder Bakehouse Foods Limited - Contract of Employment",
    blocks=[
        ("head", _LEEDS, "Unit 9, Cross Green Industrial Estate, Leeds LS9 0XX  |  Registered in England no. 00000000"),
        ("lines", ["1 March 2027", "", "PRIVATE AND CONFIDENTIAL", "Mr Connor Haigh", "17 Otley Old Road",
                   "Horsforth", "Leeds LS18 5XX"]),
        ("para", "Dear Connor,"),
        ("para", "Quality Assurance Manager"),
        ("para", P("""
            Further to our conversation on Friday, I am delighted to offer you the position of Quality Assurance
            Manager at our Cross Green bakery. I enclose two copies of your contract of employment, which sets out
            your terms and conditions in full and serves as your written statement of particulars.""")),
        ("para", P("""
            The offer is conditional on our receiving two references that we consider satisfactory (one of them
            from your current employer), on your showing us proof of your right to work in the United Kingdom,
            and on your completing our food handler's health questionnaire to the satisfaction of our
            occupational health adviser.""")),
        ("para", P("""
            Please read the contract carefully, in particular Schedule 2 (Restrictive Covenants), and sign and
            return one copy to me. If we have not received your signed copy by 12 March 2027, the offer will
            lapse. I am very much looking forward to working with you.""")),
        ("lines", ["Yours sincerely,", "", "Helen Ackroyd", "Head of People", _LEEDS]),
        ("pagebreak",),
        ("title", "CONTRACT OF EMPLOYMENT"),
        ("para", P(f"""
            This contract is made between {_LEEDS}, whose registered office is at Unit 9, Cross Green Industrial
            Estate, Leeds LS9 0XX (the "Company"), and Connor Haigh of 17 Otley Old Road, Horsforth, Leeds LS18 5XX
            ("you").""")),
        ("heading", "1. Definitions"),
        ("para", P("""
            In this contract "Group" means the Company and any holding company or subsidiary of it or of its holding
            company; "Restricted Business", "Restricted Customer" and "Key Employee" have the meanings given in
            Schedule 2; "Salary" means the annual salary set
            out in clause 6.1 as reviewed from time to time; and "Termination Date" means the date on which your
            employment ends, however it ends.""")),
        ("heading", "2. Commencement and continuous employment"),
        ("para", P("""
            2.1 Your employment under this contract will start on 6 April 2027. Your continuous employment with
            the Company begins on that date; no earlier job with any other employer counts towards it.""")),
        ("para", P("""
            2.2 Your employment is permanent, subject to the probationary period in clause 3 and to termination
            in accordance with clause 16.""")),
        ("heading", "3. Probationary period"),
        ("para", P("""
            3.1 The first six months of your employment are a probationary period. We will review your progress
            with you at three months and again before the end of the period. We may extend the probationary period
            once, by up to three months, if we tell you in writing before it ends.""")),
        ("para", P("""
            3.2 During the probationary period either you or the Company may end your employment by giving one
            week's written notice. The longer notice periods in clause 16 apply only once you have been told in
            writing that you have completed your probation successfully.""")),
        ("heading", "4. Job title and duties"),
        ("para", P("""
            4.1 You are employed as Quality Assurance Manager and you report to the Technical Director. Your main
            duties are to run the site quality management system, lead the HACCP team, manage the three quality
            technicians, host customer and certification audits, investigate complaints and non-conformances, and
            keep the site's BRCGS certification in good standing.""")),
        ("para", P("""
            4.2 The Company may ask you to carry out other reasonable duties that fit your skills and experience,
            including at other sites of the Group for short periods.""")),
        ("para", P("""
            4.3 You must work faithfully and diligently, follow all lawful and reasonable instructions, comply with
            the Company's policies (which do not form part of this contract unless they say so) and promote the
            interests of the Company and the Group.""")),
        ("heading", "5. Place of work"),
        ("para", P("""
            5.1 Your normal place of work is the Company's bakery at Cross Green Industrial Estate, Leeds. Given
            that much of your work takes place on the production floor, you are expected on site on most days, but
            you may work from home for up to one day a week, by agreement with your manager, for report writing and
            planning.""")),
        ("para", P("""
            5.2 You may need to travel within the UK to suppliers, customers and other sites of the Group. You will
            not be required to work outside the UK for more than one month at a time.""")),
        ("heading", "6. Salary"),
        ("para", P("""
            6.1 Your Salary is £46,500 a year. The post is graded M2, which has a salary range of £42,000 to
            £52,000; any movement within the range depends on the annual review in clause 6.3.""")),
        ("para", P("""
            6.2 The Salary accrues from day to day and is paid monthly in arrears on or about the 28th of each month
            by credit transfer into your bank account, after deduction of income tax and National Insurance.""")),
        ("para", P("""
            6.3 The Salary is reviewed each year with effect from 1 July. The first review will be in July 2028.
            There is no obligation to increase the Salary at a review.""")),
        ("para", P("""
            6.4 You will also receive a car allowance of £4,200 a year, paid in monthly instalments with the Salary.
            The car allowance is not pensionable and does not count as Salary for any purpose.""")),
        ("heading", "7. Bonus"),
        ("para", P("""
            7.1 You may take part in the Company's management bonus scheme, under which you may earn a bonus of
            up to 10% of your Salary for each financial year, depending on the Company's profit and on your own
            objectives, which include the site's audit grades and complaint rates.""")),
        ("para", P("""
            7.2 Any bonus is paid in the September after the end of the financial year. You must be employed, and
            not under notice, on the payment date to receive it. The scheme rules may be changed or withdrawn at the
            Company's discretion.""")),
        ("heading", "8. Hours of work"),
        ("para", P("""
            8.1 Your normal hours are 8.30am to 4.30pm, Monday to Friday, with an unpaid lunch break of 30 minutes,
            making 37.5 hours a week.""")),
        ("para", P("""
            8.2 Because of the nature of your role you may be required to work additional hours, including early
            starts to see night-shift handovers, weekend audits and product recalls. Your Salary takes these into
            account, and you will not be paid overtime for them. You agree that the 48-hour limit on average weekly
            working time in the Working Time Regulations 1998 does not apply to you; you may withdraw that agreement
            by giving three months' written notice.""")),
        ("heading", "9. Holidays"),
        ("para", P("""
            9.1 The holiday year runs from 1 January to 31 December. You are entitled to 25 days' paid holiday in
            each holiday year, in addition to the usual bank and public holidays in England. In the holiday year in
            which your employment starts or ends, your entitlement is calculated pro rata.""")),
        ("para", P("""
            9.2 Because the bakery produces through the Christmas period, you may be asked to work on a bank holiday
            and take a day off in lieu at another time. Three days of your entitlement must be kept for the
            shutdown between Christmas and New Year.""")),
        ("para", P("""
            9.3 Holiday must be approved in advance by the Technical Director. Up to five days that are not taken
            may be carried over to the next holiday year if taken by 31 March; other untaken holiday is lost unless
            the law says otherwise. On termination you will be paid for holiday accrued but not taken, or must repay
            pay for holiday taken beyond your accrued entitlement, which the Company may deduct from your final pay.""")),
        ("heading", "10. Sickness absence and sick pay"),
        ("para", P("""
            10.1 If you are unable to work because of sickness or injury, you must telephone your manager before
            10am on the first day of absence. For absences of more than seven calendar days you must provide a fit
            note from your doctor.""")),
        ("para", P("""
            10.2 Once you have completed your probationary period, the Company will pay you company sick pay at
            your full basic Salary for up to ten working days of sickness absence in any rolling period of twelve
            months. Company sick pay includes any Statutory Sick Pay due. Once company sick pay is exhausted, or if
            you are still in your probationary period, you will receive Statutory Sick Pay only, if you qualify.""")),
        ("para", P("""
            10.3 The Company may ask you to see a doctor of its choice, at its cost, and you agree to the doctor's
            report being disclosed to the Company.""")),
        ("heading", "11. Pension"),
        ("para", P("""
            11.1 The Company will auto-enrol you into its group personal pension plan when you start, in line with
            its duties under the Pensions Act 2008. While you remain a member, the Company will contribute 5% of
            your basic Salary, and you will contribute 3%, by salary sacrifice unless you choose otherwise.""")),
        ("para", "11.2 A contracting-out certificate is not in force in respect of your employment."),
        ("heading", "12. Other benefits"),
        ("para", P("""
            12.1 Subject to the rules of the schemes in force from time to time, you are entitled to: private medical
            insurance for yourself; life assurance of three times your Salary while you are a member of the pension
            plan; and access to the employee assistance programme.""")),
        ("para", P("""
            12.2 The Company will pay your annual membership of the Institute of Food Science and Technology and
            support you in completing a BRCGS lead auditor course in your first year.""")),
        ("heading", "13. Relocation"),
        ("para", P("""
            13.1 The Company will reimburse your reasonable relocation expenses, up to £5,000, against receipts, in
            accordance with its relocation policy.""")),
        ("para", P("""
            13.2 If you resign, or are dismissed for gross misconduct, within 24 months of your start date, you must
            repay a proportion of the relocation expenses: all of them if your employment ends within the first 12
            months, and half of them if it ends in the following 12 months. You authorise the Company to deduct any
            sum you owe under this clause from your final pay.""")),
        ("heading", "14. Expenses"),
        ("para", P("""
            The Company will reimburse reasonable travel, hotel and other expenses that you incur in carrying out
            your duties, provided you claim them within one month with receipts and in line with the expenses
            policy.""")),
        ("heading", "15. Family leave"),
        ("para", P("""
            You are entitled to maternity, paternity, adoption, shared parental and parental leave in line with the
            law. After one year's service the Company pays enhanced maternity and adoption pay of twelve weeks at
            full Salary, followed by statutory pay. Details are in the family leave policy.""")),
        ("heading", "16. Termination and notice"),
        ("para", P("""
            16.1 After the probationary period you must give the Company one month's written notice to end your
            employment.""")),
        ("para", P("""
            16.2 After the probationary period the Company must give you written notice in line with the table
            below, based on your length of continuous employment on the date notice is given, or the statutory
            minimum notice if that is longer.""")),
        ("table", [
            ["Length of continuous employment", "Notice from the Company"],
            ["Less than two years", "One month"],
            ["Two years, but less than five years", "Two months"],
            ["Five years or more", "Three months"],
        ], True),
        ("para", P("""
            16.3 The Company may, at its sole discretion, end your employment at any time, with immediate effect, by
            paying you a sum equal to your basic Salary for the notice period or for any part of it that remains.
            The payment will be made less tax and National Insurance.""")),
        ("para", P("""
            16.4 No notice, and no payment in place of notice, is due from the Company if you commit
            gross misconduct or any serious breach of this contract, or are convicted of a criminal offence that in
            the Company's reasonable opinion affects your position.""")),
        ("heading", "17. Garden leave"),
        ("para", P("""
            17.1 During all or part of any notice period, the Company may require you not to attend work, not to do
            any work, and not to contact customers, suppliers or colleagues. Your Salary and benefits continue
            during garden leave, and you remain bound by your duties to the Company.""")),
        ("para", P("""
            17.2 Any period of garden leave will be deducted from the length of the non-competition restriction in
            Schedule 2.""")),
        ("heading", "18. Confidential information"),
        ("para", P("""
            18.1 You must not, during your employment or afterwards, use or disclose any confidential information
            of the Company or the Group, including recipes, process specifications, supplier terms, customer
            pricing, audit reports and personal data, except in the proper course of your duties, as required by
            law, or with the Company's written consent.""")),
        ("para", P("""
            18.2 Nothing in this clause prevents you from making a protected disclosure under the Employment Rights
            Act 1996 or from reporting a food safety concern to the Food Standards Agency or the local authority.""")),
        ("heading", "19. Intellectual property"),
        ("para", P("""
            All inventions, recipes, methods, documents and other works that you create in the course of your
            employment belong to the Company. To the extent they do not do so automatically, you assign to the
            Company, by way of present assignment, all rights in them, and you waive any moral rights you hold in
            them to the extent the law permits.""")),
        ("heading", "20. Other interests"),
        ("para", P("""
            While you are employed you must not, without the Company's written consent, be engaged or interested in
            any other business that competes with the Company or that may affect your ability to perform your
            duties, other than as the holder of up to 3% of a listed company's shares.""")),
        ("heading", "21. Company property"),
        ("para", P("""
            On the Termination Date, or earlier if the Company asks, you must return all property of the Company,
            including your laptop, phone, pass, keys and documents, and delete any Company information held on your
            own devices.""")),
        ("heading", "22. Disciplinary and grievance"),
        ("para", P("""
            The disciplinary and grievance rules and procedures that apply to you are in the Staff Handbook and do
            not form part of your contract. If you are dissatisfied with a disciplinary decision, you may appeal to
            the Operations Director. If you have a grievance, raise it first with the Technical Director.""")),
        ("heading", "23. Deductions"),
        ("para", P("""
            You agree that the Company may deduct from your pay any sum you owe it, including any overpayment of
            salary or expenses, any loan and any amount due under clause 13.""")),
        ("heading", "24. Data protection"),
        ("para", P("""
            The Company processes your personal data as described in its employee privacy notice, which you have
            received. You must comply with the data protection policy when you handle the personal data of others.""")),
        ("heading", "25. Collective agreements"),
        ("para", "No collective agreement affects the terms of your employment."),
        ("heading", "26. Training"),
        ("para", P("""
            You must complete the mandatory food safety, allergen and health and safety training set out in the
            training policy. The Company pays for it. Apart from the course in clause 12.2, there is no other
            training that the Company requires you to complete.""")),
        ("heading", "27. Changes to your terms"),
        ("para", P("""
            The Company may make reasonable changes to your terms of employment. It will tell you in writing of any
            change no later than one month before it takes effect.""")),
        ("heading", "28. Entire agreement"),
        ("para", P("""
            This contract and the documents it refers to are the whole agreement between you and the Company about
            your employment, and replace any earlier promise or representation, whether written or spoken.""")),
        ("heading", "29. Governing law and jurisdiction"),
        ("para", P("""
            English law governs this contract and any dispute arising from it, and the courts of England and Wales
            have exclusive jurisdiction over any such dispute.""")),
        ("pagebreak",),
        ("title", "SCHEDULE 1 - PARTICULARS"),
        ("kv", [
            ("Employee", "Connor Haigh"),
            ("Job title", "Quality Assurance Manager (grade M2)"),
            ("Start date", "6 April 2027"),
            ("Normal place of work", "Cross Green Industrial Estate, Leeds"),
            ("Salary", "see clause 6.1"),
            ("Hours", "37.5 a week (clause 8)"),
            ("Holiday", "25 days plus bank and public holidays (clause 9)"),
            ("Probation", "six months (clause 3)"),
            ("Notice", "clause 16"),
        ]),
        ("pagebreak",),
        ("title", "SCHEDULE 2 - RESTRICTIVE COVENANTS"),
        ("para", P("""
            1. Definitions. In this Schedule: "Restricted Business" means the manufacture or supply of bakery or
            chilled dessert products for retail or food-service customers in the United Kingdom; "Restricted
            Customer" means any person who was a customer of the Company in the 12 months before the Termination
            Date and with whom you dealt, or about whom you had confidential information, in that period; "Key
            Employee" means any employee at manager grade or above, or in the technical team, with whom you worked
            in the 12 months before the Termination Date.""")),
        ("para", P("""
            2. Non-competition. For six months after the Termination Date, you will not, without the Company's prior
            written consent, be employed or engaged in any Restricted Business in a technical, quality or
            operational role, within 50 miles of Leeds.""")),
        ("para", P("""
            3. Non-solicitation of customers. For twelve months after the Termination Date, you will not, on your
            own behalf or for anyone else, solicit or try to entice away from the Company the business of any
            Restricted Customer.""")),
        ("para", P("""
            4. Non-dealing. For twelve months after the Termination Date, you will not deal with any Restricted
            Customer in the course of any Restricted Business.""")),
        ("para", P("""
            5. Non-poaching. For twelve months after the Termination Date, you will not offer employment to, or try
            to entice away from the Company, any Key Employee.""")),
        ("para", P("""
            6. Each restriction in this Schedule is a separate undertaking. If any of them is found to be
            unenforceable, the others will continue to apply, and the one found unenforceable will apply with such
            deletions as are needed to make it enforceable. You agree that you have had the opportunity to take
            independent advice on them, and that they are reasonable to protect the Company's legitimate interests.""")),
        ("pagebreak",),
        ("title", "ACCEPTANCE"),
        ("para", P("""
            Signed for and on behalf of the Company by Helen Ackroyd, Head of People.""")),
        ("lines", ["Signature: ____________________________   Date: ______________", "",
                   "I have read and understood this contract, including Schedule 2, and accept its terms.", "",
                   "Signed by Connor Haigh: ____________________________   Date: ______________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
