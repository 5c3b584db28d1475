#!/usr/bin/env python3
"""Build the fourth held-out set under tests/letters_unseen4/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning. By December 2026 the rules had been
tuned on the dev corpus and on every earlier team-written set (tests/letters,
tests/letters_unseen, tests/letters_unseen2 and tests/letters_unseen3), so none of them
measures any more how the extractor does on a letter it has never seen. These were written
blind: without reading rules/, src/, the corpus or the earlier sets' letters and gold (only
the earlier sets' README files, for their jurisdictions and traps, and
tests/letters_unseen3/make_letters.py, for the format), and without running offercheck on
them. Do not tune rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen4/make_letters.py             # rewrite every letter
    python tests/letters_unseen4/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen4/make_letters.py --check     # rebuild in memory: fail if a
                                                             # committed file differs or a gold
                                                             # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``), not against
offercheck's reading of the documents, so that the check never runs the tool under test
(the scanned letter has no text layer at all). Every company, person, address and figure
below is invented. The renderers (text and scan) are in tests/blind_letters.py, shared
with the third set; after a change there, `--check` shows whether these files would change.
Output is byte-for-byte reproducible: PDF metadata dates are fixed to each
letter's date, the producer string carries no fpdf2 version, DOCX core properties are fixed,
every zip entry carries the same timestamp, and the scan's speckle comes from a seeded
generator.
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

# 1. US (Colorado), software start-up: PDF, 2 pages, Letter paper.
#     Traps: a pay-transparency range beside the salary, "on the 15th and the last day of each
#     month", PTO as hours per pay period, Colorado sick leave as an hours accrual with a cap,
#     options with a one-year cliff, a signing bonus that an EARLIER offer had (not this one),
#     an explicit statement that there is no non-compete, and no arbitration ("nothing ...
#     requires you to arbitrate").
letter(
    "us-co-denver-product-designer-startup-options", "pdf", datetime(2027, 1, 18, 10, 0),
    "Offer letter - Marisol Quintero-Hayes", "Switchback Ledger, Inc.",
    font="DejaVuSans", size=10, paper="Letter", footer="Switchback Ledger, Inc. - Confidential",
    blocks=[
        ("head", "Switchback Ledger, Inc.", "1777 Wynkoop Street, Suite 410, Denver, CO 80202  ·  people@switchbackledger.example"),
        ("lines", ["January 18, 2027", "", "Marisol Quintero-Hayes", "2290 South Pennsylvania Street", "Denver, CO 80210"]),
        ("para", "Hi Marisol,"),
        ("para", P("""
            It was a pleasure getting to know you over the last few weeks. On behalf of everyone at
            Switchback Ledger, Inc. ("Switchback"), I'm delighted to offer you the role of Senior Product
            Designer on our Reconciliation squad, reporting to Priyanka Velamuri, Head of Design. This is
            a full-time role.""")),
        ("heading", "Start date and where you'll work"),
        ("para", P("""
            We'd like your first day to be Monday, February 15, 2027. Our team works from the LoDo studio
            in Denver, Colorado on Tuesdays and Thursdays; the rest of the week you're free to work from
            home or anywhere else in Colorado with a decent connection.""")),
        ("heading", "Cash compensation"),
        ("para", P("""
            As Colorado law requires, our job posting listed a range of $128,000 to $152,000 for this
            role. Your starting base salary will be $141,500 per year, less applicable withholdings, and
            payroll runs on the 15th and the last day of each month. The position is salaried and exempt,
            which means it is not eligible for overtime pay.""")),
        ("para", P("""
            A note on the sign-on bonus we talked about: the $10,000 signing bonus offered to designers
            who joined in 2025 was a one-time program that has ended, and it is not part of this offer.
            Switchback does not currently have an annual bonus plan.""")),
        ("heading", "Equity"),
        ("para", P("""
            Subject to approval by our Board of Directors, you will be granted an option to purchase
            24,000 shares of Switchback's Common Stock under the 2023 Equity Incentive Plan. The exercise
            price will be set by the Board on the grant date at the fair market value it determines.
            One quarter of the shares will vest on the first anniversary of your start date, and the
            rest will vest in 36 equal monthly installments after that, so the grant is fully vested
            after four years of continuous service. The grant is governed by the Plan and your option
            agreement, which control if anything here differs.""")),
        ("heading", "Time off and benefits"),
        ("para", P("""
            You'll accrue paid time off at 6.67 hours per semi-monthly pay period, which works out to
            160 hours over a full year, and you'll also get the eleven company holidays on our calendar.
            Separately, you'll earn paid sick leave under the Colorado Healthy Families and Workplaces
            Act at one hour for every 30 hours worked, up to 48 hours a year.""")),
        ("para", P("""
            You'll be eligible on your first day for our medical, dental and vision plans (Switchback pays
            90% of the premium for you and 70% for dependants). You can join the 401(k) plan right away,
            and we match 100% of what you put in, up to the first 3% of your base salary. We also
            provide an RTD EcoPass for public transit at no cost to you.""")),
        ("heading", "The fine print"),
        ("para", P("""
            Employment at Switchback is at will: you or Switchback may end the employment at any time,
            with or without cause or notice. Nothing in this letter, and nothing anyone has said to you,
            changes that.""")),
        ("para", P("""
            Like everyone here, you'll need to sign our Employee Proprietary Information and Inventions
            Assignment Agreement before you start. It protects our confidential information and assigns
            to Switchback the designs, code and other work product you create for us.""")),
        ("para", P("""
            You will not be asked to sign a non-compete. Colorado law makes such covenants void for
            nearly all workers, and we don't use them. The inventions agreement does say that for twelve
            months after your employment ends you won't solicit Switchback customers you worked with to
            move their business elsewhere, which Colorado permits at your salary level.""")),
        ("para", P("""
            Nothing in this letter requires you to arbitrate any claim; disputes go to the courts in the
            usual way. This letter is governed by the laws of the State of Colorado.""")),
        ("para", P("""
            Once you accept, an outside screening firm will run a background check on our behalf, and
            this offer depends on that check coming back clear. It also depends on your providing proof
            of your identity and eligibility to work in the United States within three business days of
            your start date.""")),
        ("para", P("""
            To accept, sign below and send the letter back to me. The offer stays open until 5:00 p.m.
            Mountain Time on January 25, 2027.""")),
        ("para", "We can't wait to build with you."),
        ("lines", ["Warmly,", "", "Dana Oyelaran-Fisk", "Chief Operating Officer, Switchback Ledger, Inc.", "",
                   "Accepted: ______________________   Date: ____________", "Marisol Quintero-Hayes"]),
    ],
)


# 2. India (Telangana), analytics firm: PDF, 3 pages, ruled tables (a particulars grid and
#     the CTC break-up).
#     Traps: CTC in lakh notation with words, a break-up table whose rows include a
#     variable pay line and gratuity, a mediclaim sum insured outside the CTC, a joining
#     bonus recoverable within 12 months, hours "including" lunch, privilege + casual leave
#     with sick leave apart, extendable probation, 60 days' resignation vs 30 days' from the
#     company, a deadline counted in days from a letter dated "4th February 2027".
letter(
    "in-tg-hyderabad-associate-data-analyst-ctc", "pdf", datetime(2027, 2, 4, 11, 0),
    "Letter of Offer - Sravani Kothapalli", "Deccanfold Analytics Private Limited",
    font="DejaVuSerif", size=9.5, footer="Deccanfold Analytics Private Limited - CIN U72900TG2016PTC000000",
    blocks=[
        ("head", "Deccanfold Analytics Private Limited", "Plot 14, Raidurg Knowledge Park, Gachibowli, Hyderabad - 500032, Telangana"),
        ("lines", ["Ref: DFA/HR/OL/2027/0219", "Date: 4th February 2027", "", "Ms. Sravani Kothapalli",
                   "H.No. 8-3-228/41, Yousufguda", "Hyderabad - 500045"]),
        ("title", "LETTER OF OFFER"),
        ("para", "Dear Sravani,"),
        ("para", P("""
            With reference to your application and the subsequent discussions, we are pleased to offer you
            the position of Associate Data Analyst (Band A2) in the Insights Delivery practice of Deccanfold
            Analytics Private Limited (hereinafter "the Company") on the following terms and conditions.""")),
        ("table", [
            ["Particular", "Details"],
            ["Designation", "Associate Data Analyst (Band A2)"],
            ["Date of Joining", "1st March 2027"],
            ["Place of Posting", "Gachibowli office, Hyderabad, Telangana"],
            ["Work Arrangement", "Work from office on all working days"],
            ["Annual CTC", "Rs. 9,40,000/- (Rupees Nine Lakh Forty Thousand only) - see Annexure I"],
            ["Reporting To", "Manager - Insights Delivery"],
        ], True),
        ("heading", "1. Remuneration"),
        ("para", P("""
            Your total Cost to Company (CTC) will be Rs. 9,40,000/- per annum, the break-up of which is given
            in Annexure I. Salary will be credited to your bank account on the last working day of every
            month, after deduction of income tax and other statutory deductions. Your remuneration is
            personal to you and must be kept strictly confidential.""")),
        ("para", P("""
            In addition, the Company will pay you a one-time joining bonus of Rs. 50,000/- along with your
            first month's salary. If you resign or your services are terminated for cause within twelve (12)
            months of your date of joining, the joining bonus shall be recovered from you in full, including
            from your full and final settlement.""")),
        ("heading", "2. Working Hours and Leave"),
        ("para", P("""
            The Company follows a five-day week. Office hours are 9:30 AM to 6:30 PM, Monday to Friday,
            including a one-hour lunch break. You will be entitled to 18 days of Privilege Leave and 6 days of
            Casual Leave in each calendar year, credited on a pro-rata basis, and 7 days of Sick Leave. In
            addition, the Company declares 10 paid holidays every year.""")),
        ("heading", "3. Probation and Confirmation"),
        ("para", P("""
            You will be on probation for a period of six (6) months from your date of joining. The Company may
            extend the probation by up to three (3) months if your performance so requires. On successful
            completion you will be confirmed in writing.""")),
        ("heading", "4. Separation"),
        ("para", P("""
            During probation, either party may end the employment with fifteen (15) days' notice. After
            confirmation, you are required to serve a notice period of sixty (60) days if you resign; the
            Company may release you earlier at its discretion. The Company may terminate your employment
            after confirmation by giving thirty (30) days' notice or basic salary in lieu thereof.""")),
        ("heading", "5. Benefits"),
        ("bullets", [
            "Provident Fund: the Company contributes 12% of Basic Salary to the Employees' Provident Fund, subject to the statutory wage ceiling.",
            "Gratuity as per the Payment of Gratuity Act, 1972.",
            "Group Mediclaim: family floater cover with a sum insured of Rs. 5,00,000/- for you, your spouse and two children (premium borne by the Company and not part of CTC).",
            "Group Term Life insurance of three times your fixed annual pay.",
        ]),
        ("heading", "6. Confidentiality and Intellectual Property"),
        ("para", P("""
            You shall keep confidential all information relating to the Company and its clients, during and
            after your employment. All work product, code, models and reports created by you in the course of
            employment shall be the sole property of the Company, and you hereby assign all rights in them to
            the Company.""")),
        ("heading", "7. Non-Solicitation"),
        ("para", P("""
            For a period of twelve (12) months after you leave the Company, you shall not, directly or
            indirectly, solicit any employee of the Company to leave, or solicit any client you served in the
            last year of your employment.""")),
        ("heading", "8. Conditions of this Offer"),
        ("para", P("""
            This offer is subject to (a) satisfactory background verification, including previous employment
            and address checks, by an agency appointed by the Company; (b) verification of your original
            educational certificates and mark sheets on the date of joining; (c) your being found medically fit
            in a pre-employment health check; and (d) submission of the relieving letter from your present
            employer.""")),
        ("heading", "9. Governing Law"),
        ("para", P("""
            This appointment shall be governed by the laws of India, and the courts at Hyderabad shall have
            exclusive jurisdiction.""")),
        ("para", P("""
            Kindly sign and return the duplicate copy of this letter within five (5) days of the date of this
            letter as a token of your acceptance, failing which this offer shall stand withdrawn.""")),
        ("lines", ["For Deccanfold Analytics Private Limited", "", "", "Anjali Reddy Bommareddy",
                   "Head - Talent Acquisition"]),
        ("pagebreak",),
        ("title", "ANNEXURE I - COMPENSATION STRUCTURE"),
        ("para", "Name: Sravani Kothapalli        Designation: Associate Data Analyst (Band A2)"),
        ("table", [
            ["Component", "Monthly (Rs.)", "Annual (Rs.)"],
            ["Basic Salary", "31,333", "3,76,000"],
            ["House Rent Allowance", "15,667", "1,88,000"],
            ["Special Allowance", "16,193", "1,94,315"],
            ["Gross Salary (A)", "63,193", "7,58,315"],
            ["Employer PF Contribution", "1,800", "21,600"],
            ["Gratuity", "1,507", "18,085"],
            ["Retirals (B)", "3,307", "39,685"],
            ["Fixed CTC (A + B)", "66,500", "7,98,000"],
            ["Performance Linked Pay (C)", "-", "1,42,000"],
            ["Total CTC (A + B + C)", "-", "9,40,000"],
        ], True),
        ("bullets", [
            "Performance Linked Pay is variable and is paid annually, up to the amount shown, based on individual and Company performance.",
            "The mediclaim premium and the joining bonus are not part of CTC.",
            "All components are subject to applicable taxes.",
        ]),
        ("lines", ["I accept the above terms.", "", "Signature: ____________________   Date: ____________"]),
    ],
)


# 3. UK (Wales), housing association: PDF, 5 pages, a written statement of particulars.
#     Traps: a pay grade with its range and an essential car user allowance beside the
#     salary, "on or around the 20th", 35 hours, overtime only as time off, 27 days "plus"
#     bank holidays with a long-service rise, occupational sick pay in working days, extendable
#     probation, one month each side (the employer's "or statutory if greater"), a pension
#     clause about OTHER staff (pre-2019 joiners), a sliding-scale repayment of course fees,
#     "the law of England and Wales", no offer deadline.
letter(
    "uk-wls-cardiff-tenancy-officer-written-statement", "pdf", datetime(2027, 3, 8, 9, 0),
    "Written Statement of Employment Particulars - Rhodri Pennant-Evans", "Cwm Tawel Housing Association Limited",
    font="DejaVuSerif", size=10.5, footer="Cwm Tawel Housing Association - Statement of Particulars",
    blocks=[
        ("head", "Cwm Tawel Housing Association Limited", "Tŷ Tawel, 40 Bute Crescent, Cardiff CF10 5AN  ·  Registered Society No. 00000R"),
        ("title", "WRITTEN STATEMENT OF EMPLOYMENT PARTICULARS"),
        ("para", P("""
            This statement is given under section 1 of the Employment Rights Act 1996. Together with the
            policies referred to in it, it sets out the main terms on which you are employed.""")),
        ("kv", [
            ("Employer", "Cwm Tawel Housing Association Limited (\"the Association\")"),
            ("Employee", "Rhodri Pennant-Evans"),
            ("Date of statement", "8 March 2027"),
        ]),
        ("heading", "1. Job title and duties"),
        ("para", P("""
            You are employed as a Tenancy Sustainment Officer in the Neighbourhoods directorate. Your main
            duties are described in the job description you were given at interview, which does not form
            part of your contract. We may ask you to carry out other reasonable duties that match your
            skills and grade, and we will consult you before making a lasting change to your role.""")),
        ("heading", "2. Start of employment and continuous service"),
        ("para", P("""
            Your employment with the Association begins on 6 April 2027. No employment with a previous
            employer counts as part of your period of continuous employment. This is a permanent
            appointment.""")),
        ("heading", "3. Place of work and agile working"),
        ("para", P("""
            Your normal place of work is our head office at Bute Crescent, Cardiff. Because the role is
            based in the community you will spend much of your time visiting tenants in their homes across
            our Cardiff and Vale of Glamorgan estates. Under the Agile Working Policy you may work from home
            for up to two days a week, agreed with your line manager in advance.""")),
        ("heading", "4. Pay"),
        ("para", P("""
            The post is graded Grade 5 on the Association's pay spine, which runs from spinal column point
            22 (£29,777) to spinal column point 26 (£32,654). You will start on spinal column point 24, which
            is £31,067 a year. You will move up one point each April, subject to satisfactory performance,
            until you reach the top of the grade.""")),
        ("para", P("""
            Because the role needs you to use your own car for work, you will also receive an essential car
            user allowance of £963 a year, paid in monthly instalments with your salary, and mileage at the
            rate set out in the Expenses Policy.""")),
        ("para", P("""
            Pay is made monthly by credit transfer on or around the 20th of each month, and covers the whole
            calendar month. The Association may deduct from your pay any sum you owe it, including an
            overpayment of salary or the course fees described in section 15.""")),
        ("heading", "5. Hours of work"),
        ("para", P("""
            Your normal hours are 35 a week, worked Monday to Friday between 8.00 am and 6.00 pm under the
            Flexible Working Hours Scheme, with core time from 10.00 am to 12.00 noon and 2.00 pm to 4.00 pm.
            You must take an unpaid break of at least 30 minutes if you work more than six hours in a day.""")),
        ("para", P("""
            Overtime is not paid at this grade. If you are asked to work beyond your normal hours, for
            example at an evening residents' meeting, the extra time is credited to your flexi balance and
            taken as time off in lieu.""")),
        ("heading", "6. Holidays"),
        ("para", P("""
            The holiday year runs from 1 April to 31 March. You are entitled to 27 days' paid annual leave in
            each holiday year, plus bank and public holidays. Your entitlement rises to 30 days after five
            years' continuous service. Leave for part of a year is worked out pro rata. Up to five days may be
            carried forward with your manager's agreement. On leaving, you will be paid for leave accrued but
            not taken, and we will deduct pay for leave taken beyond your accrued entitlement.""")),
        ("heading", "7. Sickness absence and sick pay"),
        ("para", P("""
            If you are sick you must tell your line manager by 9.30 am on the first day of absence. You may
            self-certify for up to seven calendar days; after that you must provide a fit note.""")),
        ("para", P("""
            Once you have completed your probationary period, the Association's occupational sick pay scheme
            pays you full pay for up to 20 working days of sickness absence in any rolling twelve-month
            period, and half pay for a further 20 working days. Statutory Sick Pay is included in, not added
            to, these payments. Before then you are entitled to Statutory Sick Pay only.""")),
        ("heading", "8. Probationary period"),
        ("para", P("""
            The first six months of your employment are a probationary period. We will review your progress
            with you at the end of the second and fourth months. The probationary period may be extended by
            up to three further months if we need more time to assess your suitability, and we will tell you
            in writing before the original period ends.""")),
        ("heading", "9. Notice"),
        ("para", P("""
            During the probationary period, either you or the Association may end your employment by giving
            one week's notice. Once you have passed probation, you must give one month's notice in writing if
            you wish to resign. The Association will give you one month's notice, or your statutory notice
            entitlement if that is greater (one week for each complete year of service, up to twelve weeks).
            The Association may pay you in lieu of all or part of your notice.""")),
        ("heading", "10. Pension"),
        ("para", P("""
            You will be enrolled automatically in the defined contribution section of the Social Housing
            Pension Scheme from your start date. You contribute 5% of your basic salary and the Association
            contributes 8%. You may opt out, but we encourage you to take advice first. Membership includes
            life assurance cover of three times your salary while you are employed.""")),
        ("para", P("""
            Colleagues who joined the Association before 1 April 2019 remain in the final salary section of
            the Scheme, with an employer contribution of 16.2%. That section is closed to new entrants and
            does not apply to you.""")),
        ("heading", "11. Family leave"),
        ("para", P("""
            The Association's Family Leave Policy gives enhanced maternity and adoption pay (eighteen weeks
            at full pay) and two weeks' paternity leave at full pay, in addition to the statutory schemes.""")),
        ("heading", "12. Other benefits"),
        ("bullets", [
            "Employee Assistance Programme: free, confidential counselling and advice, 24 hours a day.",
            "Cycle to Work scheme through salary sacrifice.",
            "Paid time off to volunteer: one day a year.",
        ]),
        ("heading", "13. Training and Welsh language"),
        ("para", P("""
            You must complete the mandatory training set out in the Learning and Development Policy within your
            first six months, including safeguarding, lone working and data protection. The Association
            welcomes and supports the use of Welsh at work, and you may take paid time to attend Welsh
            lessons if you wish.""")),
        ("heading", "14. Professional qualification"),
        ("para", P("""
            We will pay the fees for you to study for the CIH Level 4 Certificate in Housing, and give you
            study leave for the taught days and exams.""")),
        ("heading", "15. Repayment of course fees"),
        ("para", P("""
            If you resign, or are dismissed for gross misconduct, within two years of completing the
            qualification in section 14 (or while still studying), you must repay the fees the Association
            paid: all of them if you leave within the first twelve months, and half of them if you leave in
            the second twelve months. You agree that the amount may be deducted from your final pay.""")),
        ("heading", "16. Conditions of employment"),
        ("para", P("""
            Your employment is conditional on our receiving two satisfactory references, one of them from your
            most recent employer; a satisfactory basic disclosure from the Disclosure and Barring Service;
            evidence of your right to work in the United Kingdom; and a completed health questionnaire that
            our occupational health adviser is satisfied with. If any of these is unsatisfactory we may
            withdraw the offer or end your employment.""")),
        ("heading", "17. Confidentiality and data protection"),
        ("para", P("""
            In your work you will see personal and sensitive information about tenants and colleagues. You
            must keep it confidential during and after your employment, and handle it in line with the Data
            Protection Policy and the UK GDPR. Unauthorised disclosure is a disciplinary matter and may be
            gross misconduct.""")),
        ("heading", "18. Work you create"),
        ("para", P("""
            Copyright and any other rights in reports, procedures, training materials or other work you
            produce in the course of your employment belong to the Association.""")),
        ("heading", "19. Other employment and conflicts of interest"),
        ("para", P("""
            You may take other paid work outside your hours with your manager's agreement, provided it does
            not conflict with the Association's interests. You must declare any interest in a property let or
            managed by the Association, and you may not hold a tenancy with us while employed in this team.""")),
        ("heading", "20. Disciplinary and grievance procedures"),
        ("para", P("""
            The disciplinary rules and procedure, and the grievance procedure, are set out in the Staff
            Handbook on the intranet. They do not form part of your contract. If you have a grievance, raise it
            first with your line manager, or with the Head of People if it concerns your line manager. If you
            are dissatisfied with a disciplinary decision, you may appeal to the Director of Neighbourhoods
            within five working days.""")),
        ("heading", "21. Health and safety"),
        ("para", P("""
            You must follow the Health and Safety Policy and the Lone Working Procedure, including the use of
            the lone worker device issued to you on home visits, and report any incident or near miss the
            same day.""")),
        ("heading", "22. Collective agreements"),
        ("para", P("""
            The Association recognises UNISON for collective bargaining on pay and conditions. Changes agreed
            through that process may vary the terms in this statement; there is no other collective agreement
            that directly affects your terms.""")),
        ("heading", "23. Changes to this statement"),
        ("para", P("""
            We will tell you in writing of any change to the particulars in this statement within one month
            of the change.""")),
        ("heading", "24. Law"),
        ("para", P("""
            This statement, and your contract of employment, are governed by the law of England and Wales.""")),
        ("pagebreak",),
        ("heading", "Acknowledgement"),
        ("para", P("""
            I acknowledge receipt of this written statement and confirm that I have read and understood it
            and the policies it refers to.""")),
        ("lines", ["Signed: ______________________________   Date: ______________", "Rhodri Pennant-Evans", "", "",
                   "Signed on behalf of the Association: ______________________________",
                   "Carys Wynne-Bowen, Head of People", "8 March 2027"]),
    ],
)


# 4. Australia (Queensland), environmental consultancy: PDF, 2 pages.
#     Traps: base salary "plus superannuation" beside a total package figure, a field allowance
#     per night, "fortnightly", 38 ordinary hours plus reasonable additional hours with no
#     overtime, four weeks' leave, personal/carer's leave, notice during vs after probation with
#     a different figure for the employee, relocation up to an amount repayable within a year,
#     a reply-by date with no year, "working from home is not available".
letter(
    "au-qld-townsville-field-hydrographer-offer", "pdf", datetime(2027, 3, 9, 14, 0),
    "Letter of Offer - Callum Ashdown-Reyes", "Coral Sea Estuary Consulting Pty Ltd",
    font="Helvetica", size=10, footer="Coral Sea Estuary Consulting Pty Ltd  ABN 00 000 000 000",
    blocks=[
        ("head", "Coral Sea Estuary Consulting Pty Ltd", "Level 2, 118 Flinders Street, Townsville City QLD 4810"),
        ("lines", ["9 March 2027", "", "Mr Callum Ashdown-Reyes", "17 Kedron Street", "Wooloowin QLD 4030"]),
        ("para", "Dear Callum,"),
        ("title", "Letter of Offer: Field Hydrographer"),
        ("para", P("""
            Following your interview with Siobhan and me, we are pleased to offer you full-time employment with
            Coral Sea Estuary Consulting Pty Ltd (ABN 00 000 000 000) as a Field Hydrographer in our Water
            Resources team. Your employment will start on Monday 12 April 2027.""")),
        ("para", P("""
            Location. You will be based at our Townsville office and will spend regular periods in the field
            along the North Queensland coast. Because of the field equipment and vehicle roster, this role is
            office- and field-based; working from home is not available.""")),
        ("para", P("""
            Remuneration. Your base salary will be $92,400 per annum, plus superannuation at the Superannuation
            Guarantee rate (currently 12%) paid into the fund of your choice. Your total remuneration package
            is therefore $103,488. Salary is paid fortnightly in arrears by electronic funds transfer. When you
            camp in the field overnight you will also receive a field allowance of $85 per night.""")),
        ("para", P("""
            Hours. Your ordinary hours are 38 per week, Monday to Friday, plus reasonable additional hours,
            which will be higher during field campaigns. Your salary has been set to compensate you for those
            reasonable additional hours and for any entitlements under the Professional Employees Award 2020,
            so no overtime or penalty rates are payable.""")),
        ("para", P("""
            Leave. You are entitled to four weeks' paid annual leave for each year of service and ten days'
            paid personal/carer's leave per year, both accruing progressively, as well as the public holidays
            gazetted for Townsville, and other leave under the National Employment Standards.""")),
        ("para", P("""
            Probation. The first six months of your employment are a probationary period.""")),
        ("para", P("""
            Ending employment. During probation either of us may end the employment with one week's notice.
            After probation, the Company will give you two weeks' notice, increasing to the periods in the
            National Employment Standards as your service grows, and you must give the Company four weeks'
            notice. The Company may pay in lieu of notice.""")),
        ("para", P("""
            Relocation. To help you move from Brisbane to Townsville, the Company will reimburse removal and
            travel costs up to $6,000 on receipts. If you resign within twelve months of your start date, you
            must repay the full amount reimbursed.""")),
        ("para", P("""
            Confidentiality and intellectual property. You must keep the Company's and its clients'
            information confidential, and all data, models and reports you produce in your employment belong
            to the Company.""")),
        ("para", P("""
            Non-solicitation. For six months after your employment ends you must not solicit any client of the
            Company with whom you dealt in the last twelve months of your employment.""")),
        ("para", P("""
            Conditions. This offer is conditional on a satisfactory National Police Check, a pre-employment
            medical assessment that includes a drug and alcohol screen, and your holding a current Queensland
            open driver licence.""")),
        ("para", P("""
            This letter is governed by the laws of Queensland. The enclosed Employment Policies Manual applies
            to you but does not form part of your contract.""")),
        ("para", P("""
            If you would like to accept, please sign and return the enclosed copy of this letter by Friday
            19 March. Please call me if you have any questions.""")),
        ("lines", ["Yours sincerely,", "", "Grant Fenwick-Taufa", "Principal, Water Resources",
                   "Coral Sea Estuary Consulting Pty Ltd", "",
                   "I, Callum Ashdown-Reyes, accept this offer.  Signed: ______________  Date: __________"]),
    ],
)

# 5. Canada (Alberta), energy: DOCX, 2.5 pages, the key terms in a table.
#     Traps: a salary band in the same table cell as the salary, "semi-monthly", overtime as
#     a negation with the reason, STI "target 12%" beside a 0-24% range, RSUs vesting by
#     thirds, RRSP match "up to 5%", sick days vs vacation weeks, a signing bonus repayable,
#     greater-of employer notice vs two weeks from the employee, a six-month non-compete and a
#     twelve-month non-solicit, deadline seven days from the letter date.
letter(
    "ca-ab-calgary-reservoir-engineer-key-terms", "docx", datetime(2027, 3, 1, 9, 0),
    "Offer of Employment - Darnell Okafor-Whitfield", "Foothills Tern Energy Ltd.",
    blocks=[
        ("head", "Foothills Tern Energy Ltd.", "2100, 333 - 8th Avenue SW, Calgary, Alberta T2P 0Z0"),
        ("lines", ["March 1, 2027", "", "PERSONAL AND CONFIDENTIAL", "Darnell Okafor-Whitfield",
                   "48 Evanston Rise NW", "Calgary, AB T3P 0A0"]),
        ("para", "Dear Darnell:"),
        ("title", "Offer of Employment"),
        ("para", P("""
            Foothills Tern Energy Ltd. (the "Company") is pleased to offer you employment on the terms in this
            letter. The key terms are summarized in the table below; the paragraphs that follow form part of
            the offer.""")),
        ("table", [
            ["Position", "Reservoir Engineer II, Subsurface Team (reporting to the Manager, Reservoir Engineering)"],
            ["Start Date", "March 29, 2027"],
            ["Work Location", "Calgary head office; three days a week in the office and two days remote, per the Hybrid Work Guideline"],
            ["Base Salary", "Salary band E4 ($104,000 - $136,000). Your base salary: $118,750 per year, paid semi-monthly"],
            ["Hours", "40 hours per week, with a flexible start between 7:00 and 9:00 a.m."],
            ["Overtime", "Not eligible. As a professional engineer you are excluded from the overtime provisions of the Employment Standards Code"],
            ["Short-Term Incentive", "Target 12% of base salary; actual payout ranges from 0% to 24% depending on Company and individual results"],
            ["Long-Term Incentive", "1,800 restricted share units (RSUs), vesting in three equal parts on the first, second and third anniversaries of the grant date"],
            ["Signing Bonus", "$7,500 (gross), paid on your first pay date"],
            ["Vacation", "Three (3) weeks per year, increasing to four (4) weeks after five years of service"],
            ["Sick Days", "8 paid sick days per calendar year"],
            ["Group RRSP", "Company matches your contributions dollar-for-dollar, up to 5% of base salary"],
            ["Benefits", "Extended health, dental and vision; life and AD&D insurance; short- and long-term disability; $750 annual wellness spending account"],
        ], False),
        ("heading", "Signing bonus"),
        ("para", P("""
            If you resign or are terminated for just cause within twelve months of your start date, you agree to
            repay the full signing bonus, and you authorize the Company to deduct it from any amounts it owes
            you, as the Employment Standards Code allows.""")),
        ("heading", "Probation"),
        ("para", P("""
            The first three months of your employment are a probationary period, during which the Company may
            end your employment without notice or pay in lieu, as the Employment Standards Code permits.""")),
        ("heading", "Ending your employment"),
        ("para", P("""
            After the probationary period, the Company may end your employment without just cause by giving you
            the greater of four weeks' notice (or pay in lieu) and the notice or pay in lieu required by the
            Employment Standards Code. You agree to give the Company at least two weeks' written notice of your
            resignation.""")),
        ("heading", "Confidentiality, intellectual property and restrictive covenants"),
        ("para", P("""
            As a condition of this offer you must sign the Confidentiality, Intellectual Property and Restrictive
            Covenant Agreement attached as Schedule B. Among other things it requires you to keep the Company's
            confidential information secret, assigns to the Company all inventions and work product you create
            in your employment, and provides that for six months after your employment ends you will not work
            for a competitor of the Company in Alberta in a reservoir engineering role, and that for twelve
            months after it ends you will not solicit the Company's employees or joint-venture partners.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer depends on a satisfactory criminal record check, satisfactory references from two
            previous supervisors, and proof that you are legally entitled to work in Canada. You must also hold,
            or obtain within six months, registration as a Professional Engineer with APEGA.""")),
        ("heading", "General"),
        ("para", P("""
            This letter, its Schedules and the policies referred to in them are the entire agreement about your
            employment. They are governed by the laws of the Province of Alberta and the federal laws of Canada
            applicable there.""")),
        ("para", P("""
            This offer expires if we have not received your signed acceptance within seven (7) days of the date
            of this letter. We look forward to welcoming you to the Subsurface Team.""")),
        ("lines", ["Sincerely,", "", "Lorraine Beaulieu-Stark", "Vice President, People & Culture",
                   "Foothills Tern Energy Ltd.", "", "Accepted and agreed:", "",
                   "______________________________   Date: ______________", "Darnell Okafor-Whitfield"]),
    ],
)


# 6. Ireland (Galway), medical devices: DOCX, about 6 pages, a covering letter and a contract.
#     Traps: salary in figures and words beside a salary scale and a shift premium for other
#     staff, paid on "the last Thursday of each month", 39 hours, no overtime, leave "in
#     addition to the public holidays", company sick days that include statutory sick leave,
#     extendable probation, three months from the employee vs one month (or statutory) from
#     the company, on-target bonus with a maximum, tiered pension match, relocation allowance
#     repayable on a sliding scale, six-month non-compete and twelve-month non-solicit, a
#     date to return the signed contract after a verbal acceptance (not an offer deadline),
#     a service award for staff who joined earlier.
letter(
    "ie-galway-senior-quality-engineer-contract", "docx", datetime(2027, 4, 12, 9, 0),
    "Contract of Employment - Aoife Ní Bhriain", "Corrib Stentworks Limited",
    blocks=[
        ("head", "Corrib Stentworks Limited", "Unit 9, Parkmore East Business Park, Ballybrit, Galway H91 X0X0  ·  Registered in Ireland No. 000000"),
        ("lines", ["12 April 2027", "", "Ms Aoife Ní Bhriain", "3 Cois Cladaigh, Salthill", "Galway"]),
        ("para", "Dear Aoife,"),
        ("para", P("""
            We are delighted that you have accepted our verbal offer. Please find below your Contract of
            Employment with Corrib Stentworks Limited. Please read it carefully, sign both copies and return
            one to the People Team by 26 April. If you have any questions, contact me directly.""")),
        ("lines", ["Kind regards,", "", "Fionnuala Keaveney", "People Team Lead"]),
        ("pagebreak",),
        ("title", "CONTRACT OF EMPLOYMENT"),
        ("para", P("""
            This contract is made between Corrib Stentworks Limited, whose registered office is at Unit 9,
            Parkmore East Business Park, Ballybrit, Galway (the "Company"), and Aoife Ní Bhriain (the
            "Employee"). It sets out the terms of employment required by the Terms of Employment (Information)
            Acts 1994 to 2014.""")),
        ("heading", "1. Commencement and Position"),
        ("para", P("""
            1.1 Your employment will commence on 1 June 2027. Your role is Senior Quality Engineer in the
            Quality Assurance department, reporting to the Quality Manager.""")),
        ("para", P("""
            1.2 Your duties include owning the complaint-handling and CAPA processes for the vascular product
            line, supporting design transfer, leading supplier quality audits and preparing for notified body
            audits under the EU Medical Device Regulation. The Company may assign other duties consistent with
            your skills and position.""")),
        ("para", P("""
            1.3 This is a permanent, full-time position. It is subject to the conditions in clause 20.""")),
        ("heading", "2. Probation"),
        ("para", P("""
            2.1 The first six months of your employment are a probationary period. The Company may extend it by
            up to three months where it considers this necessary to assess your performance. You will be told in
            writing of any extension before the original period ends.""")),
        ("para", P("""
            2.2 The Unfair Dismissals Acts 1977 to 2015 do not apply to the termination of your employment during
            probation, provided the termination is notified during that period.""")),
        ("heading", "3. Place of Work"),
        ("para", P("""
            3.1 Your place of work is the Company's manufacturing site at Parkmore East, Galway. You may be
            required to travel to suppliers and customers in Ireland and abroad from time to time.""")),
        ("para", P("""
            3.2 After you complete probation, and subject to production and audit needs, you may work from home
            for up to two days per week under the Company's Blended Working Policy. The Company may change or
            withdraw this arrangement on reasonable notice.""")),
        ("heading", "4. Remuneration"),
        ("para", P("""
            4.1 Your basic salary is €74,500 (seventy-four thousand five hundred euro) gross per annum. This
            places you at point 3 of the Senior Quality Engineer salary scale, which runs from €68,000 to
            €86,000.""")),
        ("para", P("""
            4.2 Salary is paid by credit transfer on the last Thursday of each month, in respect of that month,
            subject to PAYE, PRSI, USC and any other deductions required by law.""")),
        ("para", P("""
            4.3 Salaries are reviewed each January. A review does not guarantee an increase. The general
            increase of 3.5% awarded in January 2027 has been taken into account in your starting salary and is
            not paid in addition to it.""")),
        ("para", P("""
            4.4 Production staff on the two-cycle shift pattern receive a shift premium of 15% of basic pay.
            Your role is not rostered on shifts and the premium does not apply to you.""")),
        ("heading", "5. Annual Incentive Plan"),
        ("para", P("""
            5.1 You are eligible to participate in the Annual Incentive Plan. Your on-target award is 10% of
            your basic salary, with a maximum award of 15%, based on Company results and individual objectives.
            Awards are paid in March for the previous calendar year and are pro-rated in your first year.""")),
        ("para", P("""
            5.2 The Plan is discretionary and the Company may amend or withdraw it. You must be in employment,
            and not under notice, on the payment date to receive an award.""")),
        ("heading", "6. Hours of Work"),
        ("para", P("""
            6.1 Your normal working week is 39 hours, Monday to Friday, with flexible start and finish times
            agreed with your manager. Your salary includes payment for all hours worked, and no overtime is
            paid. You may occasionally be required to work additional hours, including at weekends during
            audits or product recalls.""")),
        ("para", P("""
            6.2 The Company keeps records of working time in accordance with the Organisation of Working Time
            Act 1997.""")),
        ("heading", "7. Annual Leave and Public Holidays"),
        ("para", P("""
            7.1 You are entitled to 23 days' annual leave in each leave year (January to December), in addition
            to the public holidays. Leave in your first year is pro-rated.""")),
        ("para", P("""
            7.2 Annual leave must be agreed in advance with your manager. Up to five days may be carried over to
            the first quarter of the following year.""")),
        ("para", P("""
            7.3 Colleagues who joined the Company before 1 January 2019 receive a service award of €1,000 and two
            additional days' leave after ten years' service. This scheme is closed and does not apply to
            employees who join after that date.""")),
        ("heading", "8. Sick Leave"),
        ("para", P("""
            8.1 If you are absent through illness, you must notify your manager before 10.00 a.m. on the first
            day. A medical certificate is required for absences of more than two consecutive days.""")),
        ("para", P("""
            8.2 After probation, the Company will pay you your basic salary for up to 10 days of certified sick
            leave in any rolling twelve-month period. These 10 days include, and are not in addition to, your
            statutory sick leave under the Sick Leave Act 2022.""")),
        ("heading", "9. Pension"),
        ("para", P("""
            9.1 You are eligible to join the Corrib Stentworks Defined Contribution Pension Scheme from your
            start date. If you contribute at least 5% of your basic salary, the Company will contribute 7% of
            your basic salary. If you contribute less than 5%, the Company will match your contribution. The
            scheme includes death-in-service cover of four times basic salary.""")),
        ("heading", "10. Health Insurance and Other Benefits"),
        ("para", P("""
            10.1 The Company pays the premium for family health insurance cover under its group scheme. The
            benefit-in-kind is taxed through payroll.""")),
        ("para", P("""
            10.2 You will be covered by the Company's income protection scheme, which pays 75% of salary less
            the State Illness Benefit after 26 weeks' continuous absence.""")),
        ("para", P("""
            10.3 The Company supports further education relevant to your role, up to €3,000 a year, under its
            Education Assistance Policy.""")),
        ("heading", "11. Relocation"),
        ("para", P("""
            11.1 The Company will pay you a relocation allowance of €5,000 (gross) with your first salary payment
            to help you move to Galway.""")),
        ("para", P("""
            11.2 If you resign within twelve months of your commencement date, you must repay the relocation
            allowance in full; if you resign within the following twelve months, you must repay 50% of it. You
            agree that the Company may deduct any amount due from your final salary.""")),
        ("heading", "12. Notice"),
        ("para", P("""
            12.1 During probation, either party may terminate your employment by giving one week's notice in
            writing.""")),
        ("para", P("""
            12.2 After probation, you must give the Company three months' notice in writing of your resignation.
            The Company will give you one month's notice in writing, or such longer notice as the Minimum Notice
            and Terms of Employment Acts 1973 to 2005 require.""")),
        ("para", P("""
            12.3 The Company may pay you basic salary in lieu of all or part of any notice period, or require you
            not to attend work during notice (garden leave).""")),
        ("para", P("""
            12.4 Nothing in this clause prevents the Company from terminating your employment without notice for
            gross misconduct.""")),
        ("heading", "13. Confidentiality"),
        ("para", P("""
            13.1 You must not, during or after your employment, use or disclose any confidential information of
            the Company or its customers, including design history files, complaint data, supplier pricing and
            regulatory submissions, except as your duties require or the law obliges.""")),
        ("heading", "14. Intellectual Property"),
        ("para", P("""
            14.1 All inventions, designs, processes, documents and other works that you create in the course of
            your employment belong to the Company. You assign to the Company, by way of present assignment, all
            rights in them, and you will sign any document the Company reasonably needs to register or protect
            them.""")),
        ("heading", "15. Restrictions after Employment"),
        ("para", P("""
            15.1 For six months after your employment ends, you will not be employed by or provide services to a
            business that develops or manufactures vascular stents or catheters in Ireland or the United Kingdom
            in competition with the Company, in a quality or regulatory role.""")),
        ("para", P("""
            15.2 For twelve months after your employment ends, you will not solicit or entice away any employee
            of the Company with whom you worked in your last year of employment, or any supplier or customer with
            whom you dealt in that year.""")),
        ("para", P("""
            15.3 Each restriction is separate. If any is found unenforceable, the others remain in force.""")),
        ("heading", "16. Outside Interests"),
        ("para", P("""
            16.1 While employed, you must not take up any other business or occupation without the Company's
            written consent, which will not be unreasonably withheld.""")),
        ("heading", "17. Company Property"),
        ("para", P("""
            17.1 When your employment ends, or earlier if the Company asks, you must return all Company property,
            including your laptop, access card, documents and data.""")),
        ("para", P("""
            17.2 The Company will provide you with a laptop and a mobile phone for business use. Reasonable
            personal use of the phone is permitted. You must keep both secure, protected by the passwords and
            encryption required by the IT Acceptable Use Policy, and report any loss or theft at once.""")),
        ("heading", "17A. Expenses and Travel"),
        ("para", P("""
            17A.1 The Company will reimburse reasonable travel, accommodation and subsistence expenses that you
            incur in carrying out your duties, in line with the Travel and Expenses Policy, on production of
            receipts. Business travel outside Ireland must be approved in advance by the Quality Manager.""")),
        ("para", P("""
            17A.2 You will not be required to work outside Ireland for a continuous period of more than one
            month. If that changes, the Company will give you the information the Terms of Employment
            (Information) Acts require before you leave.""")),
        ("heading", "17B. Training"),
        ("para", P("""
            17B.1 You must complete the Company's quality system training, including training on the procedures
            for which you are the document owner, before you approve any record under them. The Company will
            record your training in the learning management system and keep it up to date as procedures
            change.""")),
        ("heading", "18. Grievance and Disciplinary Procedures"),
        ("para", P("""
            18.1 The Company's grievance and disciplinary procedures are in the Employee Handbook, which follows
            the Code of Practice on Grievance and Disciplinary Procedures (S.I. No. 146 of 2000). They do not
            form part of this contract.""")),
        ("heading", "19. Data Protection"),
        ("para", P("""
            19.1 The Company processes your personal data as described in its Employee Privacy Notice, which you
            have received.""")),
        ("para", P("""
            19.2 You must handle any personal data you see in your work, including patient information in
            complaint files, in accordance with the General Data Protection Regulation, the Data Protection Acts
            1988 to 2018 and the Company's Data Protection Policy.""")),
        ("heading", "19A. Protected Disclosures"),
        ("para", P("""
            19A.1 Nothing in this contract prevents you from making a protected disclosure under the Protected
            Disclosures Act 2014, or from reporting a safety concern about a medical device to the Health
            Products Regulatory Authority.""")),
        ("heading", "20. Conditions"),
        ("para", P("""
            20.1 This contract is conditional on: (a) satisfactory references from at least two previous
            employers; (b) the Company's verification of your engineering degree; (c) a pre-employment medical
            assessment by the Company's occupational health provider; and (d) your holding the right to live and
            work in Ireland for the duration of your employment.""")),
        ("heading", "21. Collective Agreements"),
        ("para", P("""
            21.1 There are no collective agreements affecting your terms and conditions of employment.""")),
        ("heading", "22. Changes"),
        ("para", P("""
            22.1 The Company will notify you in writing of any change to these terms within one month of the
            change taking effect.""")),
        ("heading", "23. Entire Agreement"),
        ("para", P("""
            23.1 This contract and the Employee Handbook form the entire agreement between you and the Company
            and replace all earlier discussions and offers.""")),
        ("heading", "24. Governing Law"),
        ("para", P("""
            24.1 Irish law governs this contract. A dispute arising from it may be brought before the
            Workplace Relations Commission or the courts of Ireland, as the law allows.""")),
        ("pagebreak",),
        ("para", "Signed for and on behalf of Corrib Stentworks Limited:"),
        ("lines", ["______________________________", "Declan Ó Flatharta, Chief Executive Officer", "Date: 12 April 2027"]),
        ("para", P("""
            I have read and understood this contract and accept employment on the terms set out in it.""")),
        ("lines", ["______________________________", "Aoife Ní Bhriain", "Date: ______________"]),
    ],
)


# 7. Kenya (Nairobi), agritech: DOCX, 2 pages.
#     Traps: basic salary and a house allowance making up a larger gross (a small table), a
#     medical cover limit in shillings, "on or before the 28th", hours from times less lunch,
#     21 working days' leave, sick leave only by reference to the Employment Act, pension as a
#     percent of basic "in addition to" NSSF, bonus "up to 15%", one month each side after
#     probation, deadline fourteen days from the letter date.
letter(
    "ke-nairobi-finance-officer-receivables", "docx", datetime(2027, 2, 15, 10, 0),
    "Offer of Employment - Wanjiru Kamau-Otieno", "Mvuli Agritech Kenya Limited",
    blocks=[
        ("head", "Mvuli Agritech Kenya Limited", "4th Floor, Lantana Court, Rhapta Road, Westlands, P.O. Box 00000-00100, Nairobi"),
        ("lines", ["Our Ref: MAK/HR/27/044", "15 February 2027", "", "Ms. Wanjiru Kamau-Otieno",
                   "P.O. Box 51720-00200", "Nairobi"]),
        ("para", "Dear Wanjiru,"),
        ("title", "RE: OFFER OF EMPLOYMENT - FINANCE OFFICER (RECEIVABLES)"),
        ("para", P("""
            We refer to your recent interviews and are pleased to offer you employment with Mvuli Agritech Kenya
            Limited (the "Company") as Finance Officer (Receivables) in the Finance department, on permanent
            and pensionable terms, with effect from 15 March 2027.""")),
        ("heading", "1. Place of work"),
        ("para", P("""
            Your duty station will be our head office in Westlands, Nairobi. You may be required to visit our
            collection centres in Nakuru and Eldoret from time to time.""")),
        ("heading", "2. Remuneration"),
        ("para", "Your monthly remuneration will be as follows:"),
        ("table", [
            ["Item", "KES per month"],
            ["Basic salary", "157,250"],
            ["House allowance", "27,750"],
            ["Gross monthly pay", "185,000"],
        ], True),
        ("para", P("""
            Your salary will be paid into your bank account on or before the 28th of each month, less PAYE,
            NSSF, SHIF, the Affordable Housing Levy and any other statutory deductions.""")),
        ("heading", "3. Hours of work"),
        ("para", P("""
            Normal working hours are 8.00 a.m. to 5.00 p.m., Monday to Friday, with one hour for lunch. You may
            from time to time be required to work beyond these hours during month-end closing.""")),
        ("heading", "4. Leave"),
        ("para", P("""
            You will be entitled to 21 working days of paid annual leave for each completed year of service,
            excluding public holidays. Sick leave will be granted in accordance with section 30 of the Employment
            Act, 2007. Maternity and paternity leave are granted as provided in the Act.""")),
        ("heading", "5. Performance bonus"),
        ("para", P("""
            You will be eligible for an annual performance bonus of up to 15% of your annual basic salary,
            payable in March, based on your appraisal rating and the Company's results for the year.""")),
        ("heading", "6. Medical cover and pension"),
        ("para", P("""
            You, your spouse and up to four children will be covered under the Company's medical scheme, with an
            inpatient limit of KES 1,000,000 and an outpatient limit of KES 100,000 per family per year. The
            Company will also provide Group Life and Group Personal Accident cover.""")),
        ("para", P("""
            You will join the Mvuli Staff Retirement Benefits Scheme. The Company contributes 7.5% of your basic
            salary to the Scheme and you contribute 5%, in addition to statutory NSSF contributions.""")),
        ("heading", "7. Probation and termination"),
        ("para", P("""
            You will serve a probationary period of six (6) months, during which either party may terminate the
            contract by giving seven (7) days' notice. On confirmation, the contract may be terminated by either
            party giving one (1) month's notice in writing or one month's basic salary in lieu of notice.""")),
        ("heading", "8. Confidentiality"),
        ("para", P("""
            You shall not disclose to any person any information concerning the business, customers or suppliers
            of the Company that you learn during your employment, either during or after it.""")),
        ("heading", "9. Conditions"),
        ("para", P("""
            This offer is subject to your providing a valid Certificate of Good Conduct from the Directorate of
            Criminal Investigations, and original academic and CPA(K) certificates for verification, on or before
            your first day.""")),
        ("para", "This contract shall be governed by the laws of Kenya."),
        ("para", P("""
            Kindly confirm your acceptance by signing and returning the duplicate of this letter within fourteen
            (14) days of the date hereof.""")),
        ("lines", ["Yours faithfully,", "For: Mvuli Agritech Kenya Limited", "", "",
                   "Njeri Wambugu-Sang", "Head of Human Resources", "",
                   "ACCEPTANCE", "I, ______________________, accept the offer on the terms above.",
                   "Signature: __________________  Date: __________"]),
    ],
)


# 8. US (Georgia), freight brokerage: DOCX, 1.5 pages.
#     Traps: an hourly non-exempt rate with its annual equivalent, weekly pay one week in
#     arrears, time-and-a-half over 40, a combined PTO bank in hours (vacation and sick), bonus
#     "up to 8%" of eligible earnings, a safe-harbor 401(k) contribution (not a match), a
#     12-month non-compete and an 18-month non-solicit, arbitration, at-will, a deadline with
#     no year, an education stipend for a certification.
letter(
    "us-ga-atlanta-transportation-analyst-hourly", "docx", datetime(2027, 4, 5, 8, 30),
    "Offer Letter - Tavish Ellington-Moore", "Peachtree Cradle Freight Systems, LLC",
    paper="Letter",
    blocks=[
        ("head", "Peachtree Cradle Freight Systems, LLC", "1190 West Peachtree Street NW, Floor 14, Atlanta, GA 30309"),
        ("lines", ["April 5, 2027", "", "Tavish Ellington-Moore", "602 Boulevard SE, Apt 3", "Atlanta, GA 30312"]),
        ("para", "Dear Tavish,"),
        ("para", P("""
            Peachtree Cradle Freight Systems, LLC ("Peachtree Cradle") is excited to offer you the position of
            Transportation Analyst on the Carrier Procurement team. Your first day will be April 26, 2027.
            Details of the offer are below.""")),
        ("para", P("""
            Pay. This is a full-time, non-exempt position. You will be paid $31.25 per hour, which comes to
            about $65,000 a year at 40 hours a week. Because the position is non-exempt, you will be paid
            time-and-a-half for all hours worked over 40 in a workweek. Paychecks are issued every Friday, one
            week in arrears.""")),
        ("para", P("""
            Schedule and location. Your regular schedule is Monday through Friday, 8:00 a.m. to 4:30 p.m., with
            a 30-minute unpaid lunch, at our Midtown Atlanta office. The Carrier Procurement team works fully on
            site, five days a week.""")),
        ("para", P("""
            Bonus. You will be eligible for our annual performance bonus of up to 8% of your eligible earnings
            for the calendar year, prorated for 2027, based on team margin targets and your own performance.""")),
        ("para", P("""
            Time off. You will receive a PTO bank of 120 hours per year, accrued each pay period, to use for
            vacation, illness or personal time, plus nine paid company holidays.""")),
        ("para", P("""
            Benefits. You will be eligible for medical, dental and vision coverage on the first of the month
            after your start date, along with company-paid basic life and long-term disability insurance. Our
            401(k) plan is a safe-harbor plan: Peachtree Cradle contributes 3% of your eligible pay every pay
            period whether or not you contribute yourself. We also subsidize a MARTA transit pass up to $100 a
            month, and analysts who earn the Certified Transportation Broker credential receive a one-time
            $2,000 education stipend.""")),
        ("para", P("""
            Restrictive Covenant Agreement. Before you start, you must sign our Restrictive Covenant Agreement.
            It provides that for 12 months after your employment ends you will not work in a sales or
            procurement role for a competing freight brokerage within 50 miles of Atlanta, and that for 18
            months you will not solicit the customers or carriers you worked with. It also contains
            confidentiality obligations and an assignment to Peachtree Cradle of work product you create.""")),
        ("para", P("""
            Dispute resolution. You and Peachtree Cradle agree to resolve any dispute relating to your employment
            through final and binding arbitration on an individual basis under the Employment Arbitration Rules
            of the American Arbitration Association, rather than in court.""")),
        ("para", P("""
            At-will employment. Georgia is an employment-at-will state. Your employment with Peachtree Cradle is
            at will, and either you or the company may end it at any time, for any lawful reason. This letter is
            governed by the laws of the State of Georgia.""")),
        ("para", P("""
            Contingencies. This offer is contingent on a negative pre-employment drug screen, a satisfactory
            background check including a motor vehicle record, completion of Form I-9 with documents showing
            you are authorized to work in the United States, and your signing the Restrictive Covenant
            Agreement.""")),
        ("para", P("""
            Please sign and return this letter by April 12 to accept. We're looking forward to having you on
            the team.""")),
        ("lines", ["Sincerely,", "", "Keisha Oduya-Brandt", "Director of Talent", "Peachtree Cradle Freight Systems, LLC",
                   "", "Accepted: ________________________  Date: ___________"]),
    ],
)

# 9. US (New York), bakery: TXT, 1 page.
#     Traps: a weekly salary with a higher weekly figure from a phone call that included a
#     weekend premium, exempt, "every Thursday", hours from shift times less an unpaid hour,
#     vacation in weeks, NYC safe and sick time in hours, a 401(k) with no match, Paid Family
#     Leave and disability, a start date and deadline with no year.
letter(
    "us-ny-queens-assistant-production-manager", "txt", datetime(2027, 4, 19, 16, 0),
    "Offer - Yesenia Ruiz-Albrecht", "Knickerbocker Rye Bakehouse Corp.",
    blocks=[
        ("head", "KNICKERBOCKER RYE BAKEHOUSE CORP.", "31-10 Thomson Avenue, Long Island City, NY 11101"),
        ("lines", ["April 19, 2027", "", "Yesenia Ruiz-Albrecht", "by email"]),
        ("para", "Dear Yesenia,"),
        ("para", P("""
            Thanks for coming in for the bake test last week - the team is still talking about your rye
            starter. We'd like you to join Knickerbocker Rye Bakehouse Corp. as Assistant Production Manager
            at our production kitchen in Long Island City, Queens, New York, starting Monday, May 3.""")),
        ("para", P("""
            Your salary will be $1,450.00 per week, paid every Thursday for the week before. (The $1,600 a
            week we mentioned on the phone assumed a Sunday premium for weekend shifts; the schedule below has
            no Sunday shifts, so the premium is not included.) This is an exempt, salaried position, so there
            is no overtime pay.""")),
        ("para", P("""
            Your schedule will be Monday to Friday, 6:00 a.m. to 3:00 p.m., with an unpaid one-hour meal
            break. Holiday weeks may be busier.""")),
        ("para", P("""
            You'll get two weeks of paid vacation in your first year, and 56 hours of paid sick and safe leave
            each calendar year under the NYC Earned Safe and Sick Time Act. We close on six holidays a year,
            which are paid.""")),
        ("para", P("""
            We offer a medical and dental plan (we pay 80% of your premium), and you're covered by New York
            Paid Family Leave and state disability insurance. You can contribute to our 401(k) from your first
            paycheck; we don't make matching contributions at this time.""")),
        ("para", "The first 60 days are a probationary period."),
        ("para", P("""
            Our recipes and supplier terms are trade secrets, so before your first shift you'll sign our
            Recipe and Trade Secret Confidentiality Agreement. This offer is also contingent on verification
            of your identity and work authorization on Form I-9.""")),
        ("para", P("""
            Employment with us is at will, which means either you or the company can end it at any time, with
            or without a reason.""")),
        ("para", P("""
            If this all works for you, please reply to this email with the signed letter by Friday, April 23.
            Welcome aboard (we hope)!""")),
        ("lines", ["Best,", "", "Tomasz Wieczorek-Lane", "Owner & Head Baker",
                   "Knickerbocker Rye Bakehouse Corp."]),
    ],
)


# 10. New Zealand (Wellington), research company: TXT, 1.5 pages, a fixed-term agreement.
#     Traps: a salary band and percentage of midpoint beside the salary, fortnightly pay, a
#     fixed term ending on a date for a project, 37.5 hours, four weeks' annual holidays
#     with a fifth after two years, sick leave after six months, NO trial or probationary
#     period (a negation), four weeks' notice each side, KiwiSaver 4%, hybrid up to two days,
#     deadline ten days from the letter date.
letter(
    "nz-wellington-senior-policy-advisor-fixed-term", "txt", datetime(2027, 6, 9, 12, 0),
    "Fixed-term Offer - Mere Tautahi-Lockwood", "Rimutaka Civic Data Limited",
    blocks=[
        ("head", "Rimutaka Civic Data Limited", "Level 6, 15 Brandon Street, Wellington Central, Wellington 6011"),
        ("lines", ["9 June 2027", "", "Mere Tautahi-Lockwood", "22 Kāpiti Road", "Paraparaumu 5032"]),
        ("para", "Tēnā koe Mere,"),
        ("title", "Offer of fixed-term employment"),
        ("para", P("""
            I am pleased to offer you the role of Senior Policy Advisor with Rimutaka Civic Data Limited, in the
            Regional Water Data Programme. This letter and the attached Individual Employment Agreement set out
            the terms; please read them together.""")),
        ("para", P("""
            Term. This is fixed-term employment because the Programme is funded only until mid-2028. Your
            employment starts on Monday 5 July 2027 and ends on 30 June 2028, unless it ends earlier under the
            agreement. There is no expectation that it will be extended.""")),
        ("para", P("""
            Where you'll work. Your base is our Wellington office. You may work from home up to two days a week
            under our Flexible Working Policy, once agreed with your manager.""")),
        ("para", P("""
            Salary. The position sits in Band 17, which runs from $112,000 to $136,000. Your salary on
            appointment is $121,340 gross per annum, which is 98% of the band midpoint. It is paid fortnightly
            by direct credit, on alternate Wednesdays.""")),
        ("para", P("""
            Hours. Your hours are 37.5 per week, usually worked between 8.30am and 5.00pm Monday to Friday. Your
            salary is full compensation for all hours worked, including any reasonable additional hours.""")),
        ("para", P("""
            Leave. You will receive four weeks' annual holidays a year under the Holidays Act 2003, and a fifth
            week once you have completed two years of service. You are also entitled to 10 days' sick leave a
            year after six months of continuous employment.""")),
        ("para", P("""
            KiwiSaver. If you are a KiwiSaver member, we will contribute 4% of your gross taxable earnings to
            your KiwiSaver scheme.""")),
        ("para", P("""
            Other benefits. We subsidise Southern Cross health insurance for staff, offer a free annual flu
            vaccination and a $400 yearly wellbeing allowance, and top up paid parental leave to full salary for
            the first six weeks.""")),
        ("para", P("""
            No trial period. There is no trial or probationary period in this agreement.""")),
        ("para", P("""
            Ending the agreement early. Either you or the company may end this agreement before its end date by
            giving four weeks' notice in writing.""")),
        ("para", P("""
            Confidentiality and work product. You must keep confidential any information about the company's
            clients and the data we hold for them, both during and after your employment, and the company owns
            the intellectual property in everything you create for it.""")),
        ("para", P("""
            Conditions. The offer depends on a satisfactory Ministry of Justice criminal record check and on
            your providing proof of your right to work in New Zealand.""")),
        ("para", P("""
            The agreement is governed by New Zealand law. You are entitled to seek independent advice about
            it, and we encourage you to do so.""")),
        ("para", P("""
            If you would like to accept, please sign the agreement and return it to me within ten days of the
            date of this letter.""")),
        ("lines", ["Ngā mihi,", "", "Hemi Pākura-Dalton", "General Manager, Operations", "Rimutaka Civic Data Limited"]),
    ],
)


# 11. Malaysia (Penang), photonics manufacturer: TXT, 1.5 pages.
#     Traps: "RM 6,800.00" with a fixed transport allowance and a per-shift allowance beside
#     it, "credited on the 25th", hours from times less a 75-minute lunch, overtime excluded
#     because the salary is above the Employment Act threshold (a number near the salary that
#     is not it), medical leave with hospitalisation "inclusive of", a historical bonus, a
#     training bond for the future (not a clawback now), notice tiers by service.
letter(
    "my-penang-process-engineer-offer", "txt", datetime(2027, 2, 24, 9, 0),
    "Letter of Offer - Nurul Izzati binti Kamarulzaman", "Bayan Lepas Photonics Sdn. Bhd.",
    blocks=[
        ("head", "BAYAN LEPAS PHOTONICS SDN. BHD. (Registration No. 000000000000)", "Plot 88, Lintang Bayan Lepas 7, Bayan Lepas Free Industrial Zone Phase 4, 11900 Bayan Lepas, Pulau Pinang"),
        ("lines", ["Date: 24 February 2027", "", "PRIVATE & CONFIDENTIAL", "Cik Nurul Izzati binti Kamarulzaman",
                   "No. 12, Jalan Sungai Dua 3", "11700 Gelugor, Pulau Pinang"]),
        ("para", "Dear Cik Nurul Izzati,"),
        ("title", "Letter of Offer of Employment"),
        ("para", P("""
            We refer to your interview and are pleased to offer you the position of Process Engineer (Grade E2)
            in our Wafer Backend department, on the following terms.""")),
        ("kv", [
            ("Date of commencement", "5 April 2027"),
            ("Place of work", "our plant in Bayan Lepas, Penang"),
            ("Basic salary", "RM 6,800.00 per month"),
            ("Fixed transport allowance", "RM 450.00 per month"),
            ("Shift allowance", "RM 15.00 per night shift worked, when assigned to shift support"),
        ]),
        ("para", P("""
            1. Payment. Your salary and allowances are credited to your bank account on the 25th of each month.
            Statutory deductions (EPF, SOCSO, EIS and PCB) will be made from your salary.""")),
        ("para", P("""
            2. Working hours. Normal hours of work are from 8.00 a.m. to 5.15 p.m., Monday to Friday, with a
            lunch break of one hour and fifteen minutes. You may be required to support production outside these
            hours.""")),
        ("para", P("""
            3. Overtime. Overtime under the Employment Act 1955 applies to employees whose monthly wages do not
            exceed RM 4,000. As your basic salary is above this limit, you are not eligible for overtime pay.""")),
        ("para", P("""
            4. Leave. You are entitled to 16 days of annual leave per calendar year, prorated in the year you
            join, and 14 days of paid medical leave per year. Hospitalisation leave is up to 60 days per year,
            inclusive of medical leave. You are also entitled to the gazetted public holidays of Penang.""")),
        ("para", P("""
            5. EPF and insurance. The Company will contribute 12% of your monthly wages to the Employees Provident
            Fund. You will be covered by the Company's group hospitalisation and surgical insurance, group term
            life insurance, and outpatient treatment at our panel clinics.""")),
        ("para", P("""
            6. Bonus. Any annual bonus is paid at the sole discretion of the Company, depending on Company and
            individual performance. For your information, the bonus paid for financial year 2026 was 2.5 months
            of basic salary.""")),
        ("para", P("""
            7. Probation. You will be on probation for three (3) months from your date of commencement. The
            Company may extend the probation at its discretion, and will confirm your appointment in writing.""")),
        ("para", P("""
            8. Termination. During probation, either party may terminate your employment with two (2) weeks'
            notice or salary in lieu. After confirmation, the notice period for either party is one (1) month if
            you have less than two years of service, two (2) months from two to five years, and three (3) months
            after five years, or salary in lieu of notice.""")),
        ("para", P("""
            9. Training. If the Company sponsors overseas training for you costing more than RM 10,000, you will
            be asked to sign a separate training agreement with a service period before the training starts.""")),
        ("para", P("""
            10. Confidentiality. You must not disclose the Company's process recipes, customer information or
            other confidential information to anyone during or after your employment.""")),
        ("para", P("""
            11. This offer is conditional on your passing a pre-employment medical examination at our panel
            clinic and on verification of your original academic certificates.""")),
        ("para", "12. This letter is governed by the laws of Malaysia."),
        ("para", P("""
            Please sign and return the duplicate of this letter by 5 March 2027, failing which this offer will
            lapse.""")),
        ("lines", ["Yours faithfully,", "for BAYAN LEPAS PHOTONICS SDN. BHD.", "", "",
                   "Lim Siew Peng", "Senior Manager, Human Resources", "",
                   "I accept the offer on the terms and conditions stated above.",
                   "Signature: ____________________  NRIC No.: ____________________  Date: __________"]),
    ],
)


# 12. UK (Northern Ireland), veterinary practice: a SCANNED PDF (image only), 1 page.
#     Traps: no text layer; part-time, three days a week from times less an unpaid half hour;
#     a full-time-equivalent salary beside the actual pro-rata salary; a uniform laundering
#     allowance; "last Friday of the month"; 14 days plus public holidays; SSP only; extra
#     hours paid at the normal rate (overtime paid); NEST 3%; a deadline with no year;
#     "the law of Northern Ireland".
letter(
    "uk-nir-belfast-veterinary-nurse-part-time-scan", "scan", datetime(2027, 5, 12, 10, 0),
    "Offer of employment - Ciarán McGoldrick", "Cave Hill Veterinary Group Ltd",
    blocks=[
        ("head", "Cave Hill Veterinary Group Ltd", "214 Cavehill Road, Belfast BT15 5BB  ·  Tel 028 9000 0000"),
        ("lines", ["12 May 2027", "", "Mr Ciarán McGoldrick", "9 Glandore Avenue", "Belfast BT15 3FB"]),
        ("para", "Dear Ciarán,"),
        ("title", "Offer of employment - Registered Veterinary Nurse (part-time)"),
        ("para", P("""
            Thank you for meeting Dr Haslett and me last Thursday. I am pleased to offer you a permanent,
            part-time post as a Registered Veterinary Nurse at our Cavehill Road surgery in Belfast, starting on
            Tuesday 1 June 2027.""")),
        ("para", P("""
            Hours. You will work three days a week, Tuesday, Wednesday and Friday, from 8.30 a.m. to 4.30 p.m.
            with an unpaid lunch break of 30 minutes. Any additional hours you agree to work beyond your
            contracted hours are paid at your normal hourly rate.""")),
        ("para", P("""
            Pay. The full-time salary for this post is £28,600 a year (37.5 hours). Your pro-rata salary for
            22.5 hours is £17,160 a year, paid monthly by bank transfer on the last Friday of the month. You will
            also receive a uniform laundering allowance of £2.50 a week.""")),
        ("para", P("""
            Holidays. You are entitled to 14 days' paid holiday a year, already worked out for your
            three-day week, plus the public holidays that fall on your working days. Sick pay is Statutory
            Sick Pay only.""")),
        ("para", P("""
            Pension and development. You will be enrolled in NEST, and the practice will contribute 3% of your
            qualifying earnings. We also give you £300 a year towards CPD courses.""")),
        ("para", P("""
            Probation and notice. There is a three-month probationary period, during which either side may end
            the employment with one week's notice. After that, either side must give one month's notice.""")),
        ("para", P("""
            Confidentiality. You must keep clients' details and the practice's records confidential.""")),
        ("para", P("""
            Conditions. This offer is subject to your remaining on the RCVS Register of Veterinary Nurses, a
            basic AccessNI check, and two satisfactory references.""")),
        ("para", P("""
            A full statement of terms will follow before your start date. This letter is governed by the law of
            Northern Ireland.""")),
        ("para", P("""
            Please let me know by Friday 21 May whether you accept, by signing the copy enclosed.""")),
        ("lines", ["Yours sincerely,", "", "Roisin Magowan", "Practice Manager", "Cave Hill Veterinary Group Ltd",
                   "", "I accept this offer. Signed: ______________  Date: __________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
