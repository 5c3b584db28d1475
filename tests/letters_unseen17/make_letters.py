#!/usr/bin/env python3
"""Build the seventeenth held-out set under tests/letters_unseen17/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning: a mix like the letters candidates bring
(five US offers of the kind filed as SEC exhibits, from 1999 to 2026, among them a
venture-backed start-up offer with options and an hourly plant job; Patna, Madurai, Bacolod,
Kuwait, Lincoln, Thunder Bay and Dunedin). They were written blind: without reading rules/,
src/, the corpus or any earlier set's letters and gold (only TERMS.md, the scorer, the README
files of the first four held-out sets, tests/blind_letters.py, the fourth set's generator and
one of its gold files, for the format), and without running offercheck on them. Do not tune
rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen17/make_letters.py             # rewrite every letter
    python tests/letters_unseen17/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen17/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``) and, by
tests/test_letters.py, against the documents as pypdfium2 and python-docx read them, never
against offercheck's reading (the scanned letter has no text layer at all). Every company,
person, address and figure below is invented, and every sentence was written for this set.
The renderers are in tests/blind_letters.py (unchanged). Output is byte-for-byte
reproducible (fixed PDF and DOCX dates, no library version in the producer, a seeded scan).
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

# 1. US (Montana), venture-backed robotics start-up, 2021: PDF, 2 pages, Letter paper.
#     Traps: a pay range and a "target total cash" beside the salary, a raise on a later
#     financing, a percent bonus, options with a cliff then monthly vesting, a signing bonus
#     repayable within a year, Montana's good-cause rule after probation ("not at will"),
#     "We do not use non-compete agreements", unlimited time off, deadline "within five days".
letter(
    "us-mt-bozeman-vp-engineering-startup-options", "pdf", datetime(2021, 8, 9, 9, 30),
    "Offer - Teodora Vasquez-Lindqvist", "Glacierline Robotics, Inc.",
    font="DejaVuSans", size=10, paper="Letter", footer="Glacierline Robotics, Inc. | Confidential offer",
    blocks=[
        ("head", "Glacierline Robotics, Inc.", "22 East Mendenhall Street, Third Floor, Bozeman, Montana 59715"),
        ("lines", ["August 9, 2021", "", "Via email", "", "Teodora Vasquez-Lindqvist", "418 Poplar Ridge Court",
                   "Fort Collins, CO 80521"]),
        ("para", "Dear Teodora,"),
        ("para", P("""
            Glacierline Robotics, Inc. (the "Company") is pleased to offer you employment as Vice President of
            Engineering. You will report to our co-founder and Chief Executive Officer, Anders Whitlock-Reyes,
            and you will lead the firmware, perception and field-reliability teams that build our orchard
            harvesting platform. This is a full-time, exempt position, which means you will not be paid overtime.""")),
        ("para", P("""
            Your anticipated first day is Monday, September 13, 2021. Our engineering staff work from the
            Bozeman office at least three days each week and may choose where to work on the remaining days.""")),
        ("heading", "1. Cash Compensation"),
        ("para", P("""
            The Company has set a salary range of $185,000 to $215,000 for this role. Within that range, your
            starting base salary will be $198,000 per year, paid every other Friday through our payroll
            provider and subject to the usual deductions and withholdings. When the Company closes its Series B
            preferred stock financing, your base salary will increase to $215,000 from the first full pay period
            after the closing.""")),
        ("para", P("""
            You will also be eligible for an annual performance bonus with a target of 20% of your base salary,
            measured against engineering milestones the Board of Directors approves each year. Your target total
            cash for 2022 is therefore $237,600. Any bonus is discretionary, and you must be employed on the payment
            date to earn it.""")),
        ("para", P("""
            To help with your move from Colorado, the Company will pay you a one-time signing bonus of $25,000
            with your first regular paycheck. If you resign, or the Company ends your employment for Cause,
            before your first anniversary of employment, you agree to pay the whole signing bonus back to the
            Company within 30 days of your last day.""")),
        ("heading", "2. Stock Options"),
        ("para", P("""
            Management will recommend that the Board grant you an option to purchase 410,000 shares of the
            Company's common stock under its 2019 Stock Plan, at an exercise price equal to the fair market
            value on the grant date. Twenty-five percent of the option shares will vest on the first anniversary
            of your start date. The remainder will vest in 36 equal monthly installments over the following three
            years, provided you remain in service on each vesting date. The Plan and your stock option agreement
            will govern the grant in every respect.""")),
        ("heading", "3. Benefits and Time Off"),
        ("para", P("""
            You may enroll in the Company's group medical, dental and vision plans on the first of the month after
            your start date, and the Company pays for basic life insurance for every employee. You may also
            contribute to our 401(k) plan; the Company does not make matching contributions at this time.""")),
        ("para", P("""
            Glacierline does not track vacation for salaried employees. You may take the time off you need, with
            no set number of days, as long as you coordinate it with your team. We also observe nine paid holidays.""")),
        ("heading", "4. Probationary Period and Termination"),
        ("para", P("""
            Because your employment will be based in Montana, the Montana Wrongful Discharge from Employment Act
            applies. Your first six months are a probationary period during which either you or the Company may
            end the employment at any time, for any lawful reason. After the probationary period, your employment
            is not at will: the Company may discharge you only for good cause, as that Act defines it. If you
            decide to resign, we ask that you give at least four weeks' written notice.""")),
        ("heading", "5. Confidentiality, Inventions and Covenants"),
        ("para", P("""
            As a condition of employment you must sign the Company's Confidential Information and Invention
            Assignment Agreement, under which you will protect the Company's proprietary information and assign to
            the Company the inventions you make in the course of your work. That agreement also bars you, for twelve
            months after you leave, from recruiting Company employees to join another business.
            We do not use non-compete agreements, and you will not be asked to sign one.""")),
        ("heading", "6. Disputes"),
        ("para", P("""
            You and the Company agree that any dispute arising out of your employment or its end will be settled by
            final and binding arbitration before a single arbitrator in Gallatin County, Montana, under the JAMS
            employment rules then in effect. This letter is governed by the laws of the State of Montana.""")),
        ("heading", "7. Conditions"),
        ("para", P("""
            This offer is conditioned on a satisfactory background check and on your proving, within three business
            days after you start, that you are authorized to work in the United States.""")),
        ("para", P("""
            Please sign and return this letter within five (5) days of the date of this letter; if we have not
            received it by then, the offer will lapse. We are excited about what you will build here.""")),
        ("lines", ["Sincerely,", "", "Anders Whitlock-Reyes", "Co-Founder and Chief Executive Officer",
                   "Glacierline Robotics, Inc.", "", "ACCEPTED AND AGREED:", "",
                   "______________________________   Date: ______________", "Teodora Vasquez-Lindqvist"]),
    ],
)


# 4. US (Arkansas), hourly plant job, 2019: TXT, 1 page. The employer is named only in
#     the letterhead (the body says "the plant" and "we").
#     Traps: an hourly rate with cents and a shift differential beside it, weekly pay, hours
#     from shift times less an unpaid half hour, overtime over 40, vacation in hours after a
#     waiting period, a forklift certification fee repayable if he leaves within 6 months,
#     drug screen, at will, a deadline with weekday and no year.
letter(
    "us-ar-fort-smith-forklift-operator-hourly", "txt", datetime(2019, 6, 10, 8, 0),
    "Offer of employment", "Ozark Gateway Cabinetry Co.",
    blocks=[
        ("head", "OZARK GATEWAY CABINETRY CO.", "5100 Jenny Lind Road, Fort Smith, AR 72901 | Human Resources (479) 555-0164"),
        ("lines", ["June 10, 2019", "", "Mr. Dwayne Etheridge-Pruitt", "2207 North 41st Street", "Fort Smith, AR 72904"]),
        ("para", "Dear Dwayne:"),
        ("para", P("""
            Thank you for coming out to the plant last week. We are glad to offer you a job as a Forklift
            Operator in the Finished Goods Warehouse on second shift, reporting to Warehouse Supervisor
            Lorena Quattlebaum. You will work at our Jenny Lind Road plant in Fort Smith.""")),
        ("para", P("""
            Start date: Monday, June 24, 2019, at 2:00 p.m. for orientation in the training room.""")),
        ("para", P("""
            Pay: $17.85 per hour. Second shift also earns a shift differential of 75 cents an hour on top of that
            rate. You are an hourly, non-exempt employee and will be paid time and one-half for every hour over
            40 in a workweek. Paychecks are direct deposited each Friday for the week that ended the Sunday before.""")),
        ("para", P("""
            Schedule: Monday through Friday, 3:00 p.m. to 11:30 p.m., with an unpaid 30-minute meal break.
            Some Saturday work is required during peak season, and it is scheduled at least one week ahead.""")),
        ("para", P("""
            Benefits: After 60 days you can join the medical and dental plans, and the plant's 401(k), where we
            match 50 cents on each dollar you put in, up to 6% of your pay. Vacation starts at 40 hours a year after
            your first 90 days and goes to 80 hours after your first full year. We close for seven paid holidays.""")),
        ("para", P("""
            Certification: we will send you to the powered industrial truck operator course at Western Arkansas
            Safety Council at our cost ($450). If you quit within six months of finishing the course, that $450
            will be taken out of your last paycheck where the law allows, or you will pay it back.""")),
        ("para", P("""
            This offer depends on a negative pre-employment drug screen, which you must complete at Riverbend
            Occupational Health before June 19, and on your completing Form I-9 on your first day.""")),
        ("para", P("""
            Nothing in this letter is a contract for any length of time. You are free to quit at any time, and
            we may end your employment at any time, for any reason or none, with or without warning.""")),
        ("para", P("""
            If you accept, please sign below and bring this letter to the front office by Friday, June 14.""")),
        ("lines", ["Sincerely,", "", "Patrice Holloman", "HR Generalist", "",
                   "Accepted: ___________________________   Date: __________", "Dwayne Etheridge-Pruitt"]),
    ],
)


# 2. US (Wyoming), hospital operator, 2008: PDF, the long one (a letter agreement in
#     numbered sections, Letter paper, a larger type), an officer's offer of the SEC-exhibit kind.
#     Traps: semi-monthly payroll "currently", an incentive target as an amount with a maximum,
#     RSUs in four annual instalments, a relocation allowance repayable pro rata within two
#     years, notice differing per side (90 days from the executive, 30 from the company) beside
#     severance, at will in other words, an 18-month non-compete and 24-month non-solicit in a
#     covenant section, arbitration, a deadline with a time of day.
letter(
    "us-wy-casper-chief-medical-officer-agreement", "pdf", datetime(2008, 3, 3, 14, 0),
    "Letter Agreement - Chief Medical Officer", "High Plains Regional Health Corporation",
    font="DejaVuSerif", size=12, paper="Letter", footer="Exhibit 10.14",
    blocks=[
        ("head", "High Plains Regional Health Corporation", "1400 East Second Street, Casper, Wyoming 82601"),
        ("lines", ["March 3, 2008", "", "PERSONAL AND CONFIDENTIAL", "", "Marguerite Asante-Holloway, M.D.",
                   "77 Larkspur Bend", "Billings, Montana 59106"]),
        ("para", "Dear Dr. Asante-Holloway:"),
        ("para", P("""
            On behalf of the Board of Directors of High Plains Regional Health Corporation (together with its
            subsidiaries, "High Plains" or the "Corporation"), I am pleased to confirm the terms on which the
            Corporation will employ you. This letter (the "Agreement") sets out those terms in full. When you
            have signed it, it will be a binding agreement between you and the Corporation.""")),
        ("heading", "1. Position and Duties"),
        ("para", P("""
            You will serve as Chief Medical Officer of the Corporation, reporting to the President and Chief
            Executive Officer. You will be responsible for the quality of clinical care across our three acute care
            hospitals and eleven outpatient clinics, for physician recruitment and credentialing, and for the
            medical staff's relations with management. You will be an executive officer of the Corporation for
            purposes of its filings with the Securities and Exchange Commission.""")),
        ("para", P("""
            You will devote your full business time, attention and skill to the Corporation. You may serve on the
            board of one professional or charitable organization, and you may keep up a limited clinical practice at
            the Corporation's facilities of no more than four half-day sessions a month, so long as neither
            interferes with your duties here. Your office will be at the Corporation's headquarters in Casper,
            Wyoming, and you will travel to the other facilities as your duties require.""")),
        ("heading", "2. Commencement"),
        ("para", P("""
            Your employment under this Agreement will begin on April 21, 2008, or on such other date as you and the
            Chief Executive Officer agree in writing (the date you actually begin, the "Start Date").""")),
        ("heading", "3. Base Salary"),
        ("para", P("""
            The Corporation will pay you a salary at the annual rate of $412,000 (the "Base Salary"). The Base Salary
            will be paid in accordance with the Corporation's normal payroll practices for its executives, which
            currently provide for payment on a semi-monthly basis, less required withholdings. The Compensation
            Committee of the Board (the "Committee") will review the Base Salary each year and may raise it but may
            not lower it, except as part of a reduction applied to all senior executives alike.""")),
        ("heading", "4. Annual Incentive"),
        ("para", P("""
            Beginning with fiscal year 2008, you will take part in the Corporation's Executive Incentive Plan. Your
            target award for each full fiscal year will be $95,000, and your award may reach as much as $142,500 for
            results well above plan. Your award for fiscal 2008 will be prorated for the part of the year you are
            employed. The Committee will set the performance measures, which will include clinical quality and
            patient safety goals as well as financial results, and will decide in its discretion whether they have
            been met. Any award will be paid in cash no later than March 15 of the year after the year to which it
            relates.""")),
        ("heading", "5. Restricted Stock Units"),
        ("para", P("""
            On the Start Date, or the first trading day after it if the market is closed, the Committee will grant
            you 18,000 restricted stock units under the Corporation's 2005 Long-Term Incentive Plan. Each unit
            represents the right to receive one share of the Corporation's common stock. The units will vest in four
            equal annual installments on the first four anniversaries of the grant date, if you are still employed
            on each of those dates, and will be settled in shares within thirty days after each vesting date. The
            terms of the Plan and of the award agreement you will receive will control.""")),
        ("heading", "6. Relocation"),
        ("para", P("""
            To help you move your household from Billings to the Casper area, the Corporation will pay you a
            relocation allowance of $40,000, grossed up for income taxes, within thirty days after the Start Date,
            and will reimburse up to ninety days of temporary housing. If, before the second anniversary of the Start
            Date, you resign other than for Good Reason or the Corporation ends your employment for Cause, you will
            repay a pro rata share of the allowance, reduced by one twenty-fourth for each full month you were
            employed, within sixty days after your employment ends.""")),
        ("heading", "7. Benefits and Paid Time Off"),
        ("para", P("""
            You will be eligible for the health, dental, vision, group life and long-term disability plans the
            Corporation offers its senior executives, on the same terms as those executives. You may defer part of
            your pay into the Corporation's 401(k) Savings Plan, to which the Corporation currently contributes a
            matching amount equal to your own deferrals up to 5% of your Base Salary, subject to the limits of the
            Internal Revenue Code. You will be reimbursed for the dues of your professional societies, for the cost
            of keeping your Wyoming medical license and board certification, and for up to $7,500 a year of
            continuing medical education.""")),
        ("para", P("""
            You will receive twenty-five (25) days of paid time off in each calendar year (prorated for 2008), in
            addition to the holidays the Corporation observes. Paid time off not used by the end of a year may be
            carried into the next year up to a maximum of ten days.""")),
        ("heading", "8. Nature of Employment; Notice"),
        ("para", P("""
            Nothing in this Agreement gives you the right to remain employed for any particular period. Either you or
            the Corporation may end the employment relationship at any time and for any reason, subject only to the
            notice requirements of this Section 8 and to Section 9.""")),
        ("para", P("""
            You agree to give the Corporation at least ninety (90) days' advance written notice of your resignation,
            so that the Corporation can arrange for an orderly transition of your duties; the Corporation may waive
            all or part of that period and pay you the Base Salary for the part it waives. The Corporation will give
            you at least thirty (30) days' advance written notice of a termination without Cause, or Base Salary for
            those thirty days in place of notice. No notice is required for a termination for Cause or on your death
            or Disability.""")),
        ("heading", "9. Severance"),
        ("para", P("""
            If the Corporation ends your employment without Cause, or you resign for Good Reason, the Corporation
            will continue the Base Salary for twelve (12) months after your last day and will pay the employer's
            share of COBRA premiums for the same period, provided that you sign, and do not revoke, a general release
            of claims in the form the Corporation provides and continue to comply with Section 10. No severance is
            payable on a termination for Cause, on a resignation without Good Reason, or on your death or
            Disability.""")),
        ("para", P("""
            For this Agreement, "Cause" means (a) your conviction of, or plea of no contest to, a felony; (b) the
            loss, suspension or restriction of your license to practice medicine in Wyoming or your exclusion from
            any federal health care program; (c) willful misconduct or gross negligence that materially harms the
            Corporation; or (d) your continued failure to perform your material duties after written notice and
            thirty days in which to cure. "Good Reason" means, without your consent, (i) a material reduction of your
            duties or authority, (ii) a reduction of the Base Salary other than one permitted by Section 3, or (iii)
            a requirement that you relocate more than fifty miles from Casper, in each case not cured within thirty
            days after you give written notice of it. "Disability" has the meaning given in the Corporation's
            long-term disability plan.""")),
        ("heading", "10. Restrictive Covenants"),
        ("para", P("""
            (a) Confidential information. During and after your employment, you will keep in confidence, and will
            not use except for the Corporation's benefit, all non-public information about the Corporation, its
            patients, physicians and payers, including protected health information, strategic plans and contract
            terms. This obligation has no end date.""")),
        ("para", P("""
            (b) Work product. All policies, clinical protocols, software, writings and inventions you create in
            the scope of your employment belong to the Corporation, and you assign to the Corporation all your rights
            in them.""")),
        ("para", P("""
            (c) Competitive activity. During your employment and for eighteen (18) months afterward, you will not
            serve as an officer, director, administrator or medical director of any hospital, ambulatory surgery
            center or physician group that competes with the Corporation within sixty (60) miles of any hospital the
            Corporation operates. This paragraph does not prevent you from practicing medicine as a treating
            physician.""")),
        ("para", P("""
            (d) People and relationships. For twenty-four (24) months after your employment ends, you will not,
            directly or through others, hire or try to hire any physician or management employee of the Corporation,
            or induce any physician group to end its relationship with the Corporation.""")),
        ("para", P("""
            (e) You agree that these covenants are reasonable and necessary to protect the Corporation's legitimate
            interests, that a breach would cause harm that money could not fully repair, and that the Corporation may
            seek an injunction in addition to any other remedy.""")),
        ("heading", "11. Dispute Resolution"),
        ("para", P("""
            Except for a claim for injunctive relief under Section 10, any dispute between you and the Corporation
            arising out of this Agreement or your employment will be resolved by final and binding arbitration in
            Casper, Wyoming, conducted by a single arbitrator under the Employment Arbitration Rules of the American
            Arbitration Association. The Corporation will pay the arbitrator's fees. Judgment on the award may be
            entered in any court with jurisdiction.""")),
        ("heading", "12. Section 409A"),
        ("para", P("""
            The parties intend that payments under this Agreement be exempt from, or comply with, Section 409A of the
            Internal Revenue Code, and this Agreement will be read accordingly. Each installment of severance is a
            separate payment. If you are a specified employee when your employment ends, any payment that would be
            deferred compensation will be delayed until the first business day after six months have passed, to the
            extent Section 409A requires.""")),
        ("heading", "13. Indemnification"),
        ("para", P("""
            The Corporation will indemnify you and advance your expenses to the fullest extent its articles and
            bylaws permit for its officers, and will cover you under its directors' and officers' liability insurance
            on the same basis as its other executive officers, during your employment and for six years afterward.""")),
        ("heading", "14. Conditions"),
        ("para", P("""
            This offer depends on (a) the Corporation's receipt of a satisfactory criminal background check and
            verification of your licensure and board certification, (b) a negative result on a pre-employment drug
            test, and (c) your approval for membership and privileges by the medical staff of Wyoming Plains
            Hospital. You represent that no agreement with a former employer prevents you from accepting this
            position.""")),
        ("heading", "15. General"),
        ("para", P("""
            This Agreement is the whole understanding between you and the Corporation about its subject and replaces
            every earlier discussion, term sheet or offer. It may be changed only by a writing signed by you and by
            the Chairman of the Committee. If any provision is found unenforceable, the rest will remain in effect
            and the provision will be enforced to the extent the law allows. Notices must be in writing and delivered
            by hand or overnight courier, to you at your most recent home address on file and to the Corporation at
            its headquarters, to the attention of the General Counsel. This Agreement is governed by the laws of the
            State of Wyoming, without regard to its rules on conflicts of law. It may be signed in counterparts.""")),
        ("para", P("""
            If these terms are acceptable, please sign and date this Agreement where indicated and return it to me.
            This offer will expire at 5:00 p.m. Mountain Time on Friday, March 14, 2008 unless I have received your
            signed copy by then.""")),
        ("lines", ["Very truly yours,", "", "HIGH PLAINS REGIONAL HEALTH CORPORATION", "", "By: /s/ Gerald T. Brannock",
                   "Gerald T. Brannock", "President and Chief Executive Officer", "",
                   "Agreed and accepted:", "", "/s/ Marguerite Asante-Holloway", "Marguerite Asante-Holloway, M.D.",
                   "Date: March 7, 2008"]),
        ("pagebreak",),
        ("title", "Exhibit A - Form of Separation Release"),
        ("para", P("""
            This Separation Release (the "Release") is given by the undersigned former executive (the "Executive")
            to High Plains Regional Health Corporation (the "Corporation") in exchange for the severance benefits
            described in Section 9 of the letter agreement between them dated March 3, 2008 (the "Agreement"). The
            Executive would not otherwise be entitled to those benefits.""")),
        ("para", P("""
            1. Release of claims. The Executive, for the Executive and the Executive's heirs, executors and assigns,
            gives up and releases every claim the Executive has or may have against the Corporation, its
            subsidiaries and affiliates, and each of their directors, officers, employees, agents and benefit plans,
            arising at any time up to the date the Executive signs this Release. The released claims include, without
            limit, claims arising from the Executive's employment or its end; claims for wages, bonuses, commissions
            or equity; claims under Title VII of the Civil Rights Act of 1964, the Age Discrimination in Employment Act
            of 1967, the Americans with Disabilities Act, the Family and Medical Leave Act and the Employee Retirement
            Income Security Act; and claims under any Wyoming statute or the common law of any state, including claims
            for breach of contract, wrongful discharge, defamation or emotional distress.""")),
        ("para", P("""
            2. Claims not released. This Release does not give up (a) the Executive's right to the severance
            benefits themselves; (b) benefits already vested under any retirement or welfare plan; (c) any right to
            indemnification or insurance coverage as a former officer; (d) any claim that cannot be waived by law,
            such as a claim for unemployment or workers' compensation benefits; or (e) the Executive's right to file
            a charge with, or take part in an investigation by, a government agency, although the Executive waives
            any personal monetary recovery from such a charge.""")),
        ("para", P("""
            3. Review and revocation. The Executive acknowledges that the Corporation advised the Executive in
            writing to consult a lawyer before signing; that the Executive had at least twenty-one (21) days to
            consider this Release; and that the Executive may revoke it within seven (7) days after signing by
            delivering a written revocation to the General Counsel. This Release becomes effective on the eighth day
            after signature if not revoked. If the Executive revokes it, no severance benefits will be paid.""")),
        ("para", P("""
            4. Return of property; continuing duties. The Executive confirms that all Corporation property,
            including records containing patient or business information, has been returned, and that the
            Executive's obligations under Section 10 of the Agreement continue according to their terms.""")),
        ("para", P("""
            5. No admission. Neither this Release nor the payment of severance is an admission of wrongdoing by
            anyone. Section 15 of the Agreement applies to this Release as if set out here in full.""")),
        ("lines", ["EXECUTIVE", "", "______________________________", "Name:", "Date signed:", "",
                   "HIGH PLAINS REGIONAL HEALTH CORPORATION", "", "By: ____________________________", "Title:"]),
        ("pagebreak",),
        ("title", "Exhibit B - Summary of Executive Perquisites (fiscal 2008)"),
        ("para", P("""
            The following summary is attached for the information of the Compensation Committee and is not a
            separate promise. Where it differs from the Agreement, the Agreement controls.""")),
        ("table", [
            ("Item", "Terms"),
            ("Annual executive physical", "Paid by the Corporation, up to $2,500"),
            ("Automobile", "Monthly allowance of $900; the Executive pays fuel and insurance"),
            ("Club membership", "None"),
            ("Supplemental disability", "Individual policy replacing up to 60% of Base Salary, premium paid by the Corporation"),
            ("Financial planning", "Reimbursement up to $5,000 in the first year, $3,000 a year after that"),
            ("Spousal travel", "Only to Board-approved events"),
        ], True),
        ("para", P("""
            Perquisites are reported as taxable income where the Internal Revenue Code so requires and are disclosed
            in the Corporation's annual proxy statement. The Committee may change or end any perquisite for all
            executive officers at the same time.""")),
    ],
)


# 3. US (New Hampshire), medical-device maker, 2026: DOCX with a key-terms table.
#     Traps: pay stated only per semi-monthly pay period (no annual figure), a commission plan
#     and "not eligible for the annual bonus plan", remote work with a payroll office that is
#     not a place of work, sick days apart from PTO, a car allowance, an ESPP, a nine-month
#     non-compete disclosed as New Hampshire law requires and a 12-month customer non-solicit,
#     two weeks' notice asked of the employee only, no arbitration clause.
letter(
    "us-nh-portsmouth-strategic-account-manager", "docx", datetime(2026, 2, 23, 10, 15),
    "Offer letter - Rosalind Okonkwo-Barrett", "Piscataqua Instruments Corp.",
    paper="Letter",
    blocks=[
        ("head", "Piscataqua Instruments Corp.", "300 Heritage Avenue, Portsmouth, New Hampshire 03801 | Talent Acquisition"),
        ("lines", ["February 23, 2026", "", "Rosalind Okonkwo-Barrett", "19 Old Stage Road", "Dover, NH 03820"]),
        ("para", "Dear Rosalind,"),
        ("para", P("""
            Thank you for the time you spent with our commercial leadership team. We are happy to offer you a
            position with Piscataqua Instruments Corp. on the terms summarized in the table below and explained
            in the rest of this letter.""")),
        ("table", [
            ("Position", "Strategic Account Manager, Northeast Hospital Accounts"),
            ("Reports to", "Colm Radebe-Fairweather, Director of Key Accounts"),
            ("Classification", "Full-time; exempt from overtime"),
            ("Start date", "Monday, March 30, 2026"),
            ("Work arrangement", "Remote. You will work from home and travel to customer sites across New England, "
                                 "about 40% of the time. For payroll and reporting you are assigned to our Portsmouth, "
                                 "New Hampshire office."),
            ("Base pay", "$2,980.00 per semi-monthly pay period, paid on the 15th and on the last business day of each month"),
            ("Incentive", "Account Management Commission Plan (FY2026), provided separately"),
            ("Car allowance", "$550 per month"),
            ("Paid time off", "18 days per calendar year, accrued each pay period, prorated in your first year"),
            ("Sick time", "5 days per calendar year"),
            ("Offer valid until", "March 13, 2026"),
        ], False),
        ("heading", "Compensation"),
        ("para", P("""
            Your base pay will be reviewed each January with the rest of the commercial team. Because your role is
            covered by the Account Management Commission Plan, you will not be eligible for the Company's annual
            bonus plan; your commission statements will be issued monthly.""")),
        ("heading", "Benefits"),
        ("para", P("""
            You will be eligible for medical, dental and vision coverage from the first day of the month after your
            start date. Piscataqua matches 100% of your 401(k) contributions up to 4% of eligible pay, and you may
            buy company stock at a 15% discount through our Employee Stock Purchase Plan in each offering period.
            You will also have ten paid company holidays.""")),
        ("heading", "Customer Protection Agreement"),
        ("para", P("""
            New Hampshire law requires an employer to give a candidate a copy of any non-compete before the
            candidate accepts an offer. The enclosed Customer Protection Agreement is part of this offer, so please
            read it before you decide. In short: for nine months after your employment ends, you agree not to sell
            or support competing infusion or patient-monitoring products in New England; for twelve months after
            your employment ends, you agree not to solicit any hospital account you managed during your last two
            years with us. The agreement also requires you to keep our pricing, customer and product information
            confidential.""")),
        ("heading", "Other terms"),
        ("para", P("""
            Employment with Piscataqua is at will, meaning that you or the Company can end it at any time, with or
            without cause. We do ask for two weeks' notice if you decide to resign, so that your accounts can be
            handed over properly.""")),
        ("para", P("""
            This offer is contingent on a satisfactory background check, including a motor vehicle record check
            because the role requires regular driving, on proof of your eligibility to work in the United States,
            and on your signing the Customer Protection Agreement. This letter is governed by the laws of the State
            of New Hampshire.""")),
        ("para", P("""
            To accept, please sign below and return this letter and the signed Customer Protection Agreement to me
            by the date shown in the table.""")),
        ("lines", ["Kind regards,", "", "Imogen Sutcliffe-Dane", "Senior Talent Partner", "",
                   "I accept this offer: ___________________________  Date: ____________"]),
    ],
)


# 5. US (Mississippi), bank holding company, 1999: a SCANNED PDF (image only), 2 pages.
#     Traps: the salary in words only, "equal monthly installments", a bonus "up to" a percent,
#     options vesting in five annual fifths, three weeks' vacation, moving expenses up to an
#     amount, a board approval and a fingerprint check as conditions, no deadline at all.
letter(
    "us-ms-jackson-vp-human-resources-1999-scan", "scan", datetime(1999, 5, 17, 11, 0),
    "Offer letter", "Magnolia Delta Bancorp, Inc.",
    blocks=[
        ("head", "MAGNOLIA DELTA BANCORP, INC.", "210 East Capitol Street  -  Jackson, Mississippi 39201"),
        ("lines", ["May 17, 1999", "", "Ms. Cordelia Winfield-Baptiste", "4410 Old Canton Road", "Jackson, Mississippi 39211"]),
        ("para", "Dear Ms. Winfield-Baptiste:"),
        ("para", P("""
            It is my pleasure to confirm our offer for you to join Magnolia Delta Bancorp, Inc. (the "Company") as
            Senior Vice President - Human Resources, reporting to me. In this position you will be responsible for
            personnel policy, compensation and benefits administration, and employee relations for the Company and
            its subsidiary bank, Magnolia Delta Bank. Your office will be at our main office in Jackson.""")),
        ("para", P("""
            We would like you to begin on Tuesday, June 1, 1999.""")),
        ("para", P("""
            Compensation. You will receive an annual base salary of One Hundred Twelve Thousand Five Hundred
            Dollars, payable in equal monthly installments, which will be reviewed by the Compensation Committee of
            the Board of Directors at the end of each calendar year.""")),
        ("para", P("""
            Incentive. You will participate in the Company's Officer Incentive Program, under which you may earn a
            cash award of up to thirty percent (30%) of your base salary based on the Company's return on equity
            and your individual goals. Your award for 1999 will be prorated.""")),
        ("para", P("""
            Stock options. Subject to the approval of the Board of Directors at its meeting on May 25, 1999, you
            will be granted an option to purchase fifteen thousand (15,000) shares of the Company's common stock
            under the 1996 Stock Option Plan at the closing price on the grant date. The option will become
            exercisable as to one-fifth of the shares on each of the first five anniversaries of the grant.""")),
        ("para", P("""
            Benefits. You will be eligible for the group hospitalization and major medical plan, group life
            insurance equal to twice your salary, the long-term disability plan and the Company's 401(k) Savings and
            Profit Sharing Plan, according to their terms. You will be entitled to three weeks of paid vacation each
            year, in addition to the bank holidays.""")),
        ("para", P("""
            Relocation. Since you are returning to Jackson from Birmingham, the Company will reimburse your
            reasonable moving expenses up to $15,000 on presentation of receipts.""")),
        ("para", P("""
            Confidentiality. Given your access to personnel and customer records, you will be asked to sign the
            Company's standard confidentiality undertaking on your first day.""")),
        ("para", P("""
            Your employment will be on an at-will basis; either you or the Company may end it at any time. As a
            bank holding company we are required to obtain fingerprints and a criminal history report for every
            officer, and this offer is conditioned on a satisfactory report.""")),
        ("para", P("""
            This letter will be interpreted under the laws of the State of Mississippi. Please indicate your
            acceptance by signing and returning the enclosed copy. We look forward to having you with us.""")),
        ("lines", ["Sincerely,", "", "Beauregard L. Tillman", "President and Chief Executive Officer", "",
                   "Accepted: _____________________________", "Cordelia Winfield-Baptiste      Date: ____________"]),
    ],
)


# 6. India (Bihar), pharmaceutical QC laboratory: PDF, ruled tables, 3 pages.
#     Traps: CTC in lakh with words, fixed plus variable (an amount), an annexure whose rows
#     give monthly and annual figures (basic, HRA, gross, PF, gratuity, fixed CTC, variable,
#     total CTC), hours from times over six days, earned + casual leave with sick leave apart,
#     extendable probation, 15 days' notice during probation, 60 days from the employee and
#     30 from the company after confirmation, courts named but no law, deadline by date.
letter(
    "in-br-patna-qc-microbiologist-ctc-annexure", "pdf", datetime(2026, 10, 5, 11, 30),
    "Offer of Appointment - Ananya Kumari Sinha", "Gangetic Lifesciences Private Limited",
    font="DejaVuSans", size=9.5, footer="Gangetic Lifesciences Private Limited | CIN U24230BR2011PTC000000",
    blocks=[
        ("head", "Gangetic Lifesciences Private Limited",
         "Plot C-7, Patliputra Industrial Area, Patna - 800013, Bihar | hr@gangeticlifesciences.example"),
        ("lines", ["Ref: GLS/HR/OFR/2026/118", "Date: 5th October 2026", "", "Ms. Ananya Kumari Sinha",
                   "D/o Shri Rajesh Prasad Sinha", "Road No. 6, Rajendra Nagar", "Patna - 800016"]),
        ("title", "OFFER OF APPOINTMENT"),
        ("para", "Dear Ms. Sinha,"),
        ("para", P("""
            With reference to your application and the subsequent interviews you had with us, we are pleased to
            offer you the position of Scientist - Quality Control (Microbiology) in our Quality Control department
            at the Patliputra Industrial Area plant, Patna, on the terms and conditions given below.""")),
        ("table", [
            ("Designation", "Scientist - Quality Control (Microbiology)"),
            ("Grade", "S2"),
            ("Department", "Quality Control"),
            ("Reporting to", "Dr. Manoj Kumar Ojha, Head - Quality Control"),
            ("Place of posting", "Patna (QC Laboratory, Patliputra Industrial Area)"),
            ("Date of joining", "Monday, 2nd November 2026"),
        ], False),
        ("heading", "1. Remuneration"),
        ("para", P("""
            Your total Cost to Company (CTC) will be Rs. 7.80 Lakh per annum (Rupees Seven Lakh Eighty Thousand
            only), made up of a fixed component of Rs. 7,02,000 and a variable component of Rs. 78,000. The
            variable component is linked to your performance rating and the plant's quality audit results and is
            paid once a year after the annual appraisal. The break-up is given in Annexure A. Salary is credited to
            your bank account on the last working day of every month.""")),
        ("heading", "2. Working Hours"),
        ("para", P("""
            The laboratory works in a general shift from 9:00 a.m. to 5:30 p.m., Monday to Saturday, with a lunch
            break of 30 minutes. You may be required to attend on Sundays or holidays when batch release or
            regulatory inspections require, for which compensatory off will be given.""")),
        ("heading", "3. Leave"),
        ("para", P("""
            You will be entitled to 15 days of Earned Leave and 7 days of Casual Leave in a calendar year, credited
            on a pro-rata basis in the year of joining, and 7 days of Sick Leave. The Company also observes 10
            declared holidays, the list of which is issued every December.""")),
        ("heading", "4. Probation and Confirmation"),
        ("para", P("""
            You will be on probation for six months from your date of joining, which the Management may extend by up
            to three months. During probation, either side may end the appointment by giving 15 days' notice. On
            confirmation, which will be communicated to you in writing, you will be required to give 60 days'
            notice of resignation, while the Company will give you 30 days' notice or salary in lieu of it.""")),
        ("heading", "5. Conduct, Confidentiality and Intellectual Property"),
        ("para", P("""
            You will keep all information about the Company's products, methods, batch records, suppliers and
            customers strictly confidential, during your service and afterwards. Any method, data or improvement you
            develop in the course of your work will be the sole property of the Company. For twelve months after you
            leave, you shall not induce any employee of the Company to resign and join another organisation.""")),
        ("heading", "6. Conditions of this Offer"),
        ("para", P("""
            This offer is subject to your being declared medically fit by the Company's authorised doctor, to
            verification of your educational certificates (M.Sc. Microbiology) and to a satisfactory background
            verification by our agency. Any dispute arising out of this appointment shall be subject to the
            jurisdiction of the courts at Patna only.""")),
        ("para", P("""
            Please sign the duplicate copy of this letter in token of your acceptance and return it to the HR
            department on or before 14th October 2026, failing which this offer shall stand withdrawn.""")),
        ("lines", ["For Gangetic Lifesciences Private Limited", "", "(Sudhanshu Ranjan)", "General Manager - Human Resources",
                   "", "Encl.: Annexure A - Compensation Structure"]),
        ("pagebreak",),
        ("title", "Annexure A - Compensation Structure"),
        ("para", "Name: Ananya Kumari Sinha | Designation: Scientist - Quality Control (Microbiology) | Grade: S2"),
        ("table", [
            ("Component", "Monthly (Rs.)", "Annual (Rs.)"),
            ("Basic Salary", "26,000", "3,12,000"),
            ("House Rent Allowance", "13,000", "1,56,000"),
            ("Conveyance Allowance", "1,600", "19,200"),
            ("Medical Allowance", "1,250", "15,000"),
            ("Special Allowance", "12,280", "1,47,360"),
            ("Gross Salary (A)", "54,130", "6,49,560"),
            ("Employer's PF Contribution (12% of Basic)", "3,120", "37,440"),
            ("Gratuity (provision)", "1,250", "15,000"),
            ("Fixed CTC (B)", "58,500", "7,02,000"),
            ("Variable Pay (C), paid annually", "-", "78,000"),
            ("Total CTC (B + C)", "-", "7,80,000"),
        ], True),
        ("para", P("""
            In addition to the CTC, you and your spouse, children and parents will be covered under the Company's
            Group Mediclaim Policy for a sum insured of Rs. 3,00,000 per year, and you will be covered under a Group
            Personal Accident Policy. Income tax will be deducted at source as applicable.""")),
        ("lines", ["Accepted: ____________________", "Ananya Kumari Sinha        Date: __________"]),
    ],
)


# 7. India (Tamil Nadu), foundry: DOCX with a table, 2 pages.
#     Traps: CTC in figures (fixed) with a bonus target as a percent outside it, a salary table
#     of monthly and annual rows, hours from times less a lunch hour, privilege + casual leave
#     and sick leave, one-year probation, one month during probation and three months after,
#     relocation assistance recovered if he leaves within a year, arbitration and "the laws of
#     India", a deadline "within 10 days from the date of this letter".
letter(
    "in-tn-madurai-hr-manager-appointment", "docx", datetime(2026, 9, 14, 10, 0),
    "Letter of Offer - Manager - Human Resources", "Vaigai Precision Castings Limited",
    blocks=[
        ("head", "VAIGAI PRECISION CASTINGS LIMITED", "SIDCO Industrial Estate, Kappalur, Madurai - 625008, Tamil Nadu"),
        ("lines", ["VPCL/HRD/2026/0931", "14 September 2026", "", "Mr. Karthikeyan Sundaravel",
                   "12/4, Bharathi Street, K.K. Nagar", "Tiruchirappalli - 620021"]),
        ("heading", "Sub: Offer of employment - Manager - Human Resources"),
        ("para", "Dear Mr. Karthikeyan,"),
        ("para", P("""
            We refer to your discussions with our Managing Director and are glad to offer you employment as
            Manager - Human Resources at our Kappalur works in Madurai. You will head the personnel, industrial
            relations and statutory compliance functions for about 640 employees and will report to the Managing
            Director. Your date of joining will be 1 October 2026.""")),
        ("para", P("""
            Your fixed Cost to Company will be Rs. 13,20,000 (Rupees Thirteen Lakh Twenty Thousand only) per annum,
            as detailed in the table below. Salary is paid monthly, on or before the 7th of the following month.""")),
        ("table", [
            ("Salary component", "Per month (Rs.)", "Per annum (Rs.)"),
            ("Basic + DA", "44,000", "5,28,000"),
            ("HRA", "17,600", "2,11,200"),
            ("Flexible allowance", "40,592", "4,87,104"),
            ("Gross salary", "1,02,192", "12,26,304"),
            ("Employer PF", "5,280", "63,360"),
            ("Gratuity", "2,528", "30,336"),
            ("Fixed CTC", "1,10,000", "13,20,000"),
        ], True),
        ("para", P("""
            Over and above the fixed CTC, you will be eligible for the Annual Performance Bonus with a target of 12%
            of your fixed CTC, payable in June each year based on the Company's results and your appraisal. You and
            your family will also be covered by our group health insurance (family floater of Rs. 5,00,000) and by
            group term life insurance of three times your fixed CTC.""")),
        ("para", P("""
            Working hours: 8:30 a.m. to 5:30 p.m., Monday to Friday, with a one-hour lunch break. As a member of the
            management staff you may be called to the works at other times, especially during union negotiations.""")),
        ("para", P("""
            Leave: you will be eligible for 15 days of privilege leave and 10 days of casual leave each year, besides
            12 days of sick leave and the national and festival holidays notified by the Company.""")),
        ("para", P("""
            Probation: you will be on probation for one year. During probation, either party may end the employment
            by one month's notice. After confirmation, either party may end the employment by giving three months'
            notice in writing or by paying three months' basic salary in lieu of notice.""")),
        ("para", P("""
            Relocation: the Company will pay a one-time relocation assistance of Rs. 60,000 towards shifting your
            family from Tiruchirappalli. Should you resign within twelve months of joining, this amount will be
            recovered in full from your final settlement.""")),
        ("para", P("""
            You shall maintain the secrecy of all information about the Company that comes to your knowledge, both
            during and after your employment. This appointment is governed by the laws of India, and any dispute
            under it shall be referred to a sole arbitrator appointed by the Managing Director under the Arbitration
            and Conciliation Act, 1996, the seat of arbitration being Madurai.""")),
        ("para", P("""
            This offer is subject to satisfactory background and reference checks, verification of your degree and
            post-graduate diploma certificates, and a pre-employment medical examination.""")),
        ("para", P("""
            Kindly confirm your acceptance by signing and returning a copy of this letter within 10 days from the date
            of this letter.""")),
        ("lines", ["With best wishes,", "for Vaigai Precision Castings Limited", "", "R. Meenakshisundaram",
                   "Managing Director", "", "I accept the above terms.   Signature: ______________   Date: __________"]),
    ],
)


# 8. Philippines (Negros Occidental), sugar trader: DOCX, 2 pages, PART-TIME.
#     Traps: a monthly rate for a four-hour day, "bi-monthly" pay on the 15th and 30th,
#     13th month pay by law, service incentive leave after a year, a six-month probationary
#     period to regular status, 30 days' resignation notice, office-based (no work from home),
#     a deadline counted from receipt (unresolvable), the Labor Code as governing law.
letter(
    "ph-bacolod-part-time-bookkeeper", "docx", datetime(2026, 10, 26, 9, 0),
    "Job Offer - Part-time Bookkeeper", "Negros Sugarland Trading Corporation",
    blocks=[
        ("head", "NEGROS SUGARLAND TRADING CORPORATION", "2/F Lacson Arcade, Lacson Street, Bacolod City 6100, Negros Occidental"),
        ("lines", ["26 October 2026", "", "MS. MARICEL GATUSLAO JAVELLANA", "Purok Mahimaya, Barangay Taculing",
                   "Bacolod City"]),
        ("para", "Dear Ms. Javellana,"),
        ("para", P("""
            Greetings! We are pleased to inform you that you passed our assessment and interviews for the position
            of Part-time Bookkeeper in our Accounting Department. We would like to offer you the position under the
            following terms.""")),
        ("heading", "Nature of Employment"),
        ("para", P("""
            You will be employed on a part-time, probationary basis for a period of six (6) months from your first day
            of work. The standards you need to meet to become a regular employee are set out in the attached job
            description and were explained to you at your final interview. If you meet them, you will be regularized
            at the end of the probationary period.""")),
        ("heading", "Schedule"),
        ("para", P("""
            Your work schedule is Monday to Friday, 8:00 AM to 12:00 NN, at our office on Lacson Street, Bacolod
            City. The position is office-based because the books and vouchers may not leave the premises, so work
            from home is not allowed.""")),
        ("heading", "Compensation"),
        ("para", P("""
            Your salary is Twelve Thousand Five Hundred Pesos (PHP 12,500.00) per month, paid bi-monthly every 15th
            and 30th of the month through your payroll account. You will also receive 13th month pay as required by
            law, computed on the basis of the salary you actually earned during the calendar year. The Company will
            deduct and remit your SSS, PhilHealth and Pag-IBIG contributions together with its own share.""")),
        ("heading", "Leave"),
        ("para", P("""
            After one year of service you will be entitled to five (5) days of service incentive leave with pay each
            year, which you may use as vacation or sick leave. Unused days are converted to cash at the end of the year.""")),
        ("heading", "Duties and Confidentiality"),
        ("para", P("""
            You will record the daily sales and collections of our molasses and raw sugar trading, prepare the bank
            reconciliations and the monthly BIR returns for review by our external accountant. You must treat all
            financial records, prices and customer accounts of the Company as strictly confidential, and you may not
            take copies of them outside the office.""")),
        ("heading", "Resignation"),
        ("para", P("""
            Should you decide to resign, you must submit a written resignation at least thirty (30) days before its
            effectivity.""")),
        ("heading", "Requirements"),
        ("para", P("""
            Before your start date on Tuesday, 3 November 2026, please submit your NBI clearance, the result of your
            pre-employment medical examination at our accredited clinic, and copies of your TIN, SSS, PhilHealth and
            Pag-IBIG numbers. This offer shall be governed by the Labor Code of the Philippines.""")),
        ("para", P("""
            If you accept this offer, please sign the conforme below and return it to the HR Officer within three (3)
            working days from receipt of this letter.""")),
        ("lines", ["Very truly yours,", "", "Ma. Theresa Lizares-Golez", "HR and Admin Officer", "",
                   "CONFORME:", "", "______________________________", "Maricel Gatuslao Javellana",
                   "Date: ____________"]),
    ],
)


# 9. Kuwait, pharmacy chain: PDF with a ruled salary table, 2 pages.
#     Traps: a monthly basic with housing and transport allowances and a total (basic is the
#     salary), Kuwaiti dinars with three decimals, a two-year fixed term from a start date,
#     48 hours over six days, overtime at a premium, 30 days' annual leave, sick leave only by
#     the law, three months' notice each side, a one-year non-compete, a validity of 15 days.
letter(
    "kw-kuwait-city-pharmacist-allowances", "pdf", datetime(2026, 11, 10, 10, 0),
    "Employment Offer - Pharmacist", "Bayan Gulf Pharmacies Co. W.L.L.",
    font="DejaVuSans", size=9.5, footer="Bayan Gulf Pharmacies Co. W.L.L. - Commercial Registration 000000",
    blocks=[
        ("head", "Bayan Gulf Pharmacies Co. W.L.L.", "Block 2, Jaber Al-Mubarak Street, Sharq, Kuwait City, State of Kuwait"),
        ("lines", ["Ref: BGP/HR/2026/774", "Date: 10 November 2026", "", "Mr. Joby Mathew Kuriakose",
                   "Kottayam, Kerala, India"]),
        ("title", "EMPLOYMENT OFFER"),
        ("para", "Dear Mr. Kuriakose,"),
        ("para", P("""
            Further to your interview with our Pharmacy Operations Manager, Bayan Gulf Pharmacies Co. W.L.L. is pleased to
            offer you the position of Pharmacist on the following terms and conditions.""")),
        ("kv", [
            ("Position", "Pharmacist"),
            ("Place of work", "Kuwait City (Sharq branch), with transfer to any company branch in the State of Kuwait as required"),
            ("Contract period", "Two (2) years starting 1 February 2027, renewable only by a new written agreement"),
            ("Probation", "Three (3) months"),
        ]),
        ("heading", "Monthly Salary"),
        ("table", [
            ("Item", "Amount (KWD per month)"),
            ("Basic salary", "450.000"),
            ("Housing allowance", "150.000"),
            ("Transportation allowance", "50.000"),
            ("Total monthly salary", "650.000"),
        ], True),
        ("para", P("""
            The salary is paid by bank transfer to your account in Kuwait no later than the 5th day of the following
            month. End-of-service indemnity will be calculated on the basic salary in accordance with the Kuwait
            Labour Law.""")),
        ("heading", "Working Hours"),
        ("para", P("""
            Forty-eight (48) hours a week, over six days, in morning or evening shifts as scheduled by the branch
            supervisor, with one rest day a week. Hours worked beyond the schedule will be paid as overtime at the
            rates set by the Labour Law.""")),
        ("heading", "Leave and Travel"),
        ("para", P("""
            Thirty (30) days of paid annual leave per contract year, in addition to the official public holidays of
            the State of Kuwait, with an economy class return air ticket to Kochi once a year. Sick leave is granted
            in accordance with the Labour Law on presentation of a medical certificate.""")),
        ("heading", "Medical and Other Benefits"),
        ("para", P("""
            The Company will provide medical insurance for you from your arrival, and will bear the cost of your work
            visa, residence permit and Ministry of Health licensing fees.""")),
        ("heading", "Termination"),
        ("para", P("""
            After the probation period, either party may terminate this contract before its expiry by giving three
            (3) months' written notice to the other. During probation, the contract may be ended without notice.""")),
        ("heading", "Confidentiality and Competition"),
        ("para", P("""
            You must not disclose the Company's prices, supplier terms or patient information to anyone. For one (1)
            year after this contract ends, you may not work for another retail pharmacy located within the Capital
            Governorate.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is subject to your obtaining the Ministry of Health licence to practise as a pharmacist,
            passing the medical fitness examination required for the residence permit, presenting a police clearance
            certificate from India, and submitting your B.Pharm degree certificate attested by the Kuwait Embassy.
            This contract is subject to the Kuwait Labour Law for the private sector (Law No. 6 of 2010).""")),
        ("para", P("""
            This offer is valid for fifteen (15) days from the date of issue. Please sign and return a copy to confirm
            your acceptance.""")),
        ("lines", ["For Bayan Gulf Pharmacies Co. W.L.L.", "", "Hamad Faisal Al-Otaibi", "Human Resources Manager", "",
                   "Accepted by: ____________________   Date: ____________"]),
    ],
)


# 10. UK (England, Lincolnshire), turbine components maker: PDF, 3 pages, numbered clauses.
#     Traps: salary per annum with a pay review date, "the last working day of each month",
#     hours from day times over a short Friday (37), holiday "plus the usual bank holidays",
#     company sick pay in days, notice differing per side after probation and one week during
#     it, headings that carry the meaning ("Restrictive Covenants"), hybrid only after
#     probation, pension as employer/employee percents, "English law", a date to reply.
letter(
    "uk-eng-lincoln-mechanical-design-engineer", "pdf", datetime(2026, 11, 6, 12, 0),
    "Offer of employment - Mechanical Design Engineer", "Witham Valley Turbines Ltd",
    font="DejaVuSerif", size=10, footer="Witham Valley Turbines Ltd, registered in England and Wales No. 00000000",
    blocks=[
        ("head", "Witham Valley Turbines Ltd", "Station Works, Firth Road, Lincoln LN6 7AA"),
        ("lines", ["6 November 2026", "", "Private & Confidential", "Mr Callum Ashworth-Mensah", "14 Vicarage Lane",
                   "Newark-on-Trent", "NG24 1QT"]),
        ("para", "Dear Callum,"),
        ("para", P("""
            Following your interview on 29 October, I am delighted to offer you the role of Mechanical Design
            Engineer in our Combustion Components team. The main terms are below; your full written statement of
            particulars will be sent to you before your first day.""")),
        ("heading", "1. Start date and place of work"),
        ("para", P("""
            Your employment will start on Monday 4 January 2027. Your normal place of work is our Station Works site
            in Lincoln. Once you have completed your probationary period you may apply to work from home for up to
            two days a week, with the agreement of your manager.""")),
        ("heading", "2. Salary"),
        ("para", P("""
            Your starting salary is £41,750 per annum, paid monthly in arrears on the last working day of each month
            by credit transfer. Salaries are reviewed each April; your first review will be in April 2028. The
            Company's discretionary profit share scheme may pay an award in a good year, but no award is guaranteed
            and none is promised in this letter.""")),
        ("heading", "3. Hours of work"),
        ("para", P("""
            Your normal hours are 8.00 am to 4.30 pm Monday to Thursday and 8.00 am to 1.00 pm on Friday, with an
            unpaid half-hour lunch break on Monday to Thursday. Your salary takes account of occasional additional
            hours needed to meet project deadlines, which are not paid separately.""")),
        ("heading", "4. Holidays"),
        ("para", P("""
            25 days a year plus the usual bank holidays. The holiday year runs from 1 January to 31 December, and
            three of your days must be kept for the Christmas shutdown.""")),
        ("heading", "5. Sickness"),
        ("para", P("""
            After probation, you will receive full pay for up to 10 working days of sickness absence in any rolling
            twelve-month period; after that, Statutory Sick Pay only, if you qualify.""")),
        ("heading", "6. Probation"),
        ("para", P("""
            The first six months of your employment are probationary. During probation either of us may end your
            employment by giving one week's notice.""")),
        ("heading", "7. Notice"),
        ("para", P("""
            Once you have passed probation, you must give the Company two months' written notice to end your
            employment. The Company will give you one month's written notice, or the statutory minimum if that is
            longer.""")),
        ("heading", "8. Pension"),
        ("para", P("""
            You will be auto-enrolled in the Witham Valley group personal pension plan. The Company contributes 6% of
            your basic salary, provided that you contribute at least 4%.""")),
        ("heading", "9. Other benefits"),
        ("para", P("""
            Life assurance of four times your salary from day one; private medical insurance for you after
            probation; and the Cycle to Work scheme.""")),
        ("heading", "10. Confidentiality and inventions"),
        ("para", P("""
            You will keep the Company's drawings, test data and commercial information confidential during and after
            your employment. Designs and inventions you produce in your work belong to the Company.""")),
        ("heading", "11. Restrictive Covenants"),
        ("para", P("""
            For six months after your employment ends you will not work on the design of combustion or hot-gas-path
            components for any business that competes with the Company in the United Kingdom. For twelve months you
            will not approach any customer you dealt with in your last year with us to take work away from the
            Company.""")),
        ("heading", "12. Conditions"),
        ("para", P("""
            This offer is conditional on proof of your right to work in the UK, two satisfactory references (one
            from your current employer) and a copy of your engineering degree certificate.""")),
        ("heading", "13. Law"),
        ("para", "This letter and your contract of employment are governed by English law."),
        ("para", P("""
            This offer remains open until 20 November 2026. To accept, please sign and return the enclosed copy, or
            email me a scan of it.""")),
        ("lines", ["Yours sincerely,", "", "Harriet Cowling", "Head of People", "Witham Valley Turbines Ltd", "",
                   "I accept the offer on the terms above.", "Signed: ________________________   Date: ____________"]),
    ],
)


# 11. Canada (Ontario), private medical laboratory: DOCX, 2 pages.
#     Traps: an hourly rate with cents, 75 hours a fortnight (37.5 a week), bi-weekly pay,
#     overtime over 37.5, three weeks' vacation and sick days, a three-month probation, the
#     employer's notice only "in accordance with the Employment Standards Act" (no number),
#     two weeks from the employee, a signing bonus in two instalments (no repayment: clawback
#     null), "we do not ask employees to agree to a non-compete", a deadline with a time.
letter(
    "ca-on-thunder-bay-clinical-laboratory-scientist", "docx", datetime(2026, 11, 13, 15, 0),
    "Offer of employment - Clinical Laboratory Scientist", "Lakehead Shield Diagnostics Inc.",
    blocks=[
        ("head", "Lakehead Shield Diagnostics Inc.", "980 Memorial Avenue, Thunder Bay, Ontario P7B 4A3"),
        ("lines", ["November 13, 2026", "", "Noor Hassan-Whitfield", "51 Algoma Street North", "Thunder Bay, ON P7A 4Z2"]),
        ("para", "Dear Noor:"),
        ("heading", "Re: Offer of Employment - Clinical Laboratory Scientist (Permanent Full-Time)"),
        ("para", P("""
            I am pleased to offer you the permanent, full-time position of Clinical Laboratory Scientist in the
            Microbiology section of Lakehead Shield Diagnostics Inc. ("Lakehead Shield"). You will report to Bogdan
            Lindqvist-Achebe, Section Lead, and your first day will be Monday, January 4, 2027.""")),
        ("para", P("""
            The work is performed on site at our laboratory on Memorial Avenue in Thunder Bay; specimen handling means
            this position cannot be done remotely.""")),
        ("para", P("""
            Your rate of pay will be $44.62 per hour. You will be scheduled for 75 hours in each two-week period, in
            rotating day and evening shifts of 7.5 hours, including one weekend in four. Pay is deposited bi-weekly
            on Thursdays. Hours worked beyond 37.5 in a week are paid at one and one-half times your hourly rate.""")),
        ("para", P("""
            In recognition of the difficulty of recruiting to the northwest, Lakehead Shield will pay you a signing
            bonus of $4,000, in two instalments of $2,000: the first with your first pay, the second after you
            complete six months of service.""")),
        ("para", P("""
            You will receive three weeks of paid vacation per year, increasing to four weeks after five years of
            service, in addition to statutory holidays, and six paid sick days per year.""")),
        ("para", P("""
            Our group benefits plan includes extended health, dental and vision care, life insurance and long-term
            disability coverage, and an employee assistance program, all effective on your first day. After three
            months you may join the group RRSP, to which Lakehead Shield adds an amount equal to your contribution up
            to 4% of your earnings.""")),
        ("para", P("""
            The first three months of employment are a probationary period. After probation, if Lakehead Shield ends
            your employment without cause, you will receive notice or pay in lieu of notice, and severance pay where
            it applies, in accordance with the Employment Standards Act, 2000 (Ontario). If you choose to resign, we
            ask for two weeks' written notice.""")),
        ("para", P("""
            You will be required to sign our confidentiality agreement, which protects patient health information and
            our test methods. Consistent with Ontario law, we do not ask employees to agree to a non-compete.
            This letter is governed by the laws of the Province of Ontario.""")),
        ("para", P("""
            This offer is conditional on proof of your current registration with the College of Medical Laboratory
            Technologists of Ontario, a satisfactory vulnerable sector check, and proof of immunization.""")),
        ("para", P("""
            Please confirm your acceptance by signing and returning a copy of this letter by 4:00 p.m. (Eastern Time) on
            Friday, November 20, 2026.""")),
        ("lines", ["Sincerely,", "", "Wendell Oskineegish", "Manager, Human Resources", "",
                   "Accepted: ____________________________  Date: ______________"]),
    ],
)


# 12. New Zealand (Otago), secondary school: TXT, 1.5 pages.
#     Traps: a fixed term to cover parental leave ending on a date, salary on a step of a
#     scale with an allowance beside it, fortnightly pay, four weeks' annual holidays "taken
#     during the school vacations", ten days' sick leave, no trial period, one month's notice
#     each side, KiwiSaver 3%, Police vetting, a deadline "within 7 days".
letter(
    "nz-dunedin-school-guidance-counsellor-fixed-term", "txt", datetime(2026, 12, 2, 9, 0),
    "Letter of offer - Guidance Counsellor", "Board of Kaikorai Ridge College",
    blocks=[
        ("head", "KAIKORAI RIDGE COLLEGE", "112 Taieri Road, Dunedin 9010 | office@kaikorairidge.school.example"),
        ("lines", ["2 December 2026", "", "Hemi Pohatu-Grainger", "7 Cargill Street", "Dunedin 9016"]),
        ("para", "Kia ora Hemi,"),
        ("title", "Letter of offer: Guidance Counsellor (fixed term)"),
        ("para", P("""
            On behalf of the Board of Kaikorai Ridge College (the Board), I am pleased to offer you a fixed-term
            appointment as Guidance Counsellor at the College. The position covers the parental leave of our
            permanent counsellor, and is full-time.""")),
        ("para", P("""
            Term of appointment: from Wednesday 27 January 2027 to Thursday 16 December 2027. The appointment is fixed
            term because it replaces an employee on parental leave, who has the right to return; it will end on the
            date above without further notice, unless the Board and you agree otherwise in writing.""")),
        ("para", P("""
            Terms and conditions: your employment is covered by the Secondary Teachers' Collective Agreement (the
            STCA), as varied from time to time. Where this letter is silent, the STCA applies.""")),
        ("para", P("""
            Salary: you will be placed on step 8 of the base salary scale in the STCA, which is currently $92,415 per
            annum. You will also receive the guidance allowance, currently $2,500 per annum. Salaries are paid
            fortnightly through the education payroll.""")),
        ("para", P("""
            Place of work: the College campus in Dunedin. Your hours will be those needed to perform the role,
            normally while the school is open, including some evening meetings with whānau.""")),
        ("para", P("""
            Holidays and leave: your entitlement of four weeks' annual holidays under the Holidays Act 2003 is taken
            during the school vacation periods, and public holidays are paid as they fall. You are entitled to ten days
            of sick leave in your first year.""")),
        ("para", P("""
            There is no trial period. Either party may end the appointment before its end date by giving one month's
            notice in writing.""")),
        ("para", P("""
            KiwiSaver: if you are a KiwiSaver member the Board will contribute 3% of your gross salary to your
            KiwiSaver scheme.""")),
        ("para", P("""
            Confidentiality: information shared with you by students and their families must be kept confidential
            except where the law or a student's safety requires otherwise.""")),
        ("para", P("""
            This offer is subject to a satisfactory Police vet under the Children's Act 2014 safety checking rules,
            and to your holding a current practising certificate from the Teaching Council.""")),
        ("para", P("""
            Please confirm your acceptance within 7 days of the date of this letter by signing the attached copy.""")),
        ("lines", ["Ngā mihi,", "", "Anahera Whitcombe-Rangi", "Principal, for the Board of Kaikorai Ridge College", "",
                   "I accept this appointment on the terms above.", "Signed: ____________________  Date: __________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
