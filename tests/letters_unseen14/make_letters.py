#!/usr/bin/env python3
"""Build the fourteenth held-out set under tests/letters_unseen14/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning: a mix like the letters real candidates bring
(two SEC-exhibit style officer offers in Kentucky and Iowa, an hourly job in Connecticut, a
Louisiana start-up offer with options, Nagpur and Visakhapatnam, Johor Bahru, Cork, Christchurch,
Sheffield (scanned), Winnipeg and Hobart). They were written blind: without reading rules/, src/,
the corpus or any earlier set's letters and gold (only the README files of tests/letters_unseen to
tests/letters_unseen4, for their jurisdictions and traps, tests/letters_unseen4/make_letters.py,
for the format, and one gold file of the fourth set, for the YAML shape), and without running
offercheck on them. Do not tune rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen14/make_letters.py             # rewrite every letter
    python tests/letters_unseen14/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen14/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``) and, by
tests/test_letters.py, against the documents as pypdfium2 and python-docx read them, never
against offercheck's reading (the scanned letter has no text layer at all). Every company,
person, address and figure below is invented, and every sentence was written for this set.
The renderers (text PDF, tables, DOCX, TXT and scan) are in tests/blind_letters.py, unchanged.
Output is byte-for-byte reproducible (fixed PDF dates and producer, fixed DOCX properties and
zip times, seeded scan speckle).
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

# 1. US (Kentucky), listed industrial company: PDF, about 9 pages, Letter paper. The long one.
#     SEC-exhibit style officer offer with three exhibits.
#     Traps: "Base Salary" as a defined term, an on-target earnings figure beside the base (the
#     commission target is the difference), RSUs vesting in four annual instalments, a relocation
#     payment repayable on a sliding scale, a 12-month non-compete and 18-month non-solicit in an
#     exhibit, severance (not notice), 30 days' resignation notice asked of the executive only,
#     arbitration in an exhibit, "this letter may be withdrawn if not signed by" a date.
letter(
    "us-ky-louisville-svp-sales-officer-offer", "pdf", datetime(2027, 3, 1, 9, 0),
    "Exhibit 10.2 - Offer Letter - Corbin A. Whitlatch", "Bluegrass Meridian Controls, Inc.",
    font="DejaVuSerif", size=11.5, paper="Letter", footer="Exhibit 10.2",
    blocks=[
        ("title", "Exhibit 10.2"),
        ("head", "BLUEGRASS MERIDIAN CONTROLS, INC.", "9400 Ormsby Station Road  ·  Louisville, Kentucky 40223"),
        ("lines", ["March 1, 2027", "", "PERSONAL AND CONFIDENTIAL", "", "Mr. Corbin A. Whitlatch",
                   "1186 Wyndemere Court", "Carmel, Indiana 46032"]),
        ("para", "Dear Corbin:"),
        ("para", P("""
            I am pleased to confirm, on behalf of the Board of Directors of Bluegrass Meridian Controls, Inc.
            (the "Company"), the terms on which you will join the Company as its Senior Vice President,
            Global Sales. In that role you will lead the Company's direct and distributor sales
            organizations across all three of its business segments and will report to me. You will be
            designated an executive officer of the Company for purposes of Section 16 of the Securities
            Exchange Act of 1934, as amended.""")),
        ("heading", "1. Commencement; Location"),
        ("para", P("""
            Your employment will begin on April 5, 2027, or on such other date as you and I agree in
            writing (the date you actually start, the "Start Date"). Your principal office will be at
            the Company's headquarters in Louisville, Kentucky, and you will be expected to travel
            extensively, both domestically and internationally, to meet customers, channel partners and
            the regional sales teams.""")),
        ("heading", "2. Base Salary"),
        ("para", P("""
            The Company will pay you an annual base salary at the rate of $265,000 (as adjusted from
            time to time, the "Base Salary"), payable in substantially equal installments on the
            Company's regular payroll dates, which currently fall on the fifteenth and the last business
            day of each month. The Compensation Committee of the Board (the "Committee") reviews
            executive salaries each February, and your first review will take place in February 2028.
            Your position is classified as exempt from the overtime requirements of the Fair Labor
            Standards Act.""")),
        ("heading", "3. Sales Incentive Compensation"),
        ("para", P("""
            Beginning with the Company's 2027 fiscal year, you will participate in the Executive Sales
            Incentive Plan (the "SIP"). Your on-target earnings (base plus incentive at 100% attainment)
            will be $410,000, so that your target incentive opportunity is $145,000 for a full fiscal
            year. The incentive is earned against bookings, gross margin and strategic account goals
            that the Committee will set within sixty days after the Start Date, and it is paid
            quarterly in arrears, with a true-up after the fiscal year closes. Payouts are not capped
            but are subject to the terms of the SIP, which the Committee may amend. For fiscal 2027 your
            incentive will be prorated for the portion of the year you are employed, and you will be
            guaranteed no less than 50% of the prorated target for the first two quarters.""")),
        ("heading", "4. Equity Award"),
        ("para", P("""
            At the first regularly scheduled Committee meeting after the Start Date, management will
            recommend that the Committee grant you 36,000 restricted stock units ("RSUs") under the
            Company's 2024 Omnibus Incentive Plan (the "Plan"). Each RSU represents the right to receive
            one share of the Company's common stock upon vesting.""")),
        ("para", P("""
            The RSUs will vest in four equal annual installments beginning on the first anniversary of
            the grant date, provided you remain continuously employed through each vesting date. The
            award will be evidenced by the Company's standard form of RSU award agreement, and the Plan
            and that agreement will govern in the event of any conflict with this letter. Beginning in
            2028, you will be eligible for annual long-term incentive awards on the same basis as the
            Company's other senior vice presidents.""")),
        ("heading", "5. Relocation"),
        ("para", P("""
            You have agreed to move your principal residence to the Louisville metropolitan area no
            later than September 30, 2027. To help with that move, the Company will pay you a one-time
            relocation payment of $40,000, less applicable withholding, within thirty days after the
            Start Date (the "Relocation Payment"). The Relocation Payment is an advance that you will earn
            over your first two years of service. The repayment terms are set out in Exhibit C, and you
            will sign the acknowledgment in that exhibit before the payment is made.""")),
        ("heading", "6. Benefits and Vacation"),
        ("para", P("""
            You will be eligible to take part in the health, welfare and retirement programs that the
            Company offers its salaried employees in the United States, subject to the terms of each
            program. Today these include medical, dental and vision coverage, company-paid life and
            long-term disability insurance, the Bluegrass Meridian 401(k) Savings Plan, under which the
            Company matches 100% of the first 5% of eligible pay that you defer, and the Employee Stock
            Purchase Plan. You will also participate in the Company's executive physical program.""")),
        ("para", P("""
            You will accrue twenty (20) days of paid vacation per calendar year, prorated for 2027, in
            addition to the ten holidays the Company observes. Vacation is to be scheduled with due
            regard for the needs of the business.""")),
        ("heading", "7. Severance"),
        ("para", P("""
            If the Company terminates your employment without Cause (as defined in the Company's
            Executive Severance Plan) before the second anniversary of the Start Date, the Company will
            continue your Base Salary for six months following the termination date, subject to your
            signing and not revoking a general release of claims substantially in the form the Company
            then uses. After the second anniversary, you will participate in the Executive Severance
            Plan at the tier the Committee assigns to senior vice presidents.""")),
        ("heading", "8. Nature of Employment"),
        ("para", P("""
            Your employment with the Company is not for any specified period. Either you or the Company
            may end the relationship at any time and for any reason or no reason, with or without
            Cause. The Company asks, and you agree, that should you decide to resign you will give the
            Company at least thirty (30) days' advance written notice; the Company may waive all or part
            of that period. This at-will relationship may be changed only in a written agreement that I
            sign on the Company's behalf after approval by the Committee.""")),
        ("heading", "9. Conditions"),
        ("para", P("""
            This offer, and your employment, are conditioned on (a) the Company's receipt of a
            satisfactory report from its third-party background screening vendor, including verification
            of your employment history and degrees; (b) your providing documents that establish your
            identity and authorization to work in the United States, as Form I-9 requires; and (c) your
            signing, on or before the Start Date, the Restrictive Covenant Agreement attached as Exhibit
            A and the Mutual Arbitration Agreement attached as Exhibit B.""")),
        ("para", P("""
            You have told us that you are not bound by any agreement with a current or former employer
            that would prevent you from taking this position or performing its duties, and you agree not
            to bring to the Company, or use in your work for it, any confidential information belonging
            to anyone else.""")),
        ("heading", "10. Miscellaneous"),
        ("para", P("""
            This letter, together with its exhibits, sets out the whole of our agreement about your
            employment and replaces any earlier discussions or term sheets. Compensation payable under
            this letter is subject to the Company's Compensation Recovery Policy as in effect from time
            to time. This letter will be interpreted under the laws of the Commonwealth of Kentucky,
            without giving effect to its conflict-of-laws rules.""")),
        ("para", P("""
            If these terms are acceptable, please sign and date this letter and each exhibit where
            indicated and return them to Lorna Bickerstaff, our Chief Human Resources Officer. This offer
            will lapse if we have not received your signed copy by March 12, 2027.""")),
        ("para", "We look forward to welcoming you to Bluegrass Meridian."),
        ("lines", ["Very truly yours,", "", "BLUEGRASS MERIDIAN CONTROLS, INC.", "", "By: /s/ Hollis P. Vantrease",
                   "Hollis P. Vantrease", "President and Chief Executive Officer", "",
                   "ACCEPTED AND AGREED:", "", "/s/ Corbin A. Whitlatch", "Corbin A. Whitlatch",
                   "Date: March 4, 2027"]),
        ("pagebreak",),
        ("title", "Exhibit A - Restrictive Covenant Agreement"),
        ("para", P("""
            This Restrictive Covenant Agreement (this "Agreement") is entered into between Bluegrass
            Meridian Controls, Inc. (together with its subsidiaries, the "Company") and Corbin A.
            Whitlatch ("Executive") in consideration of Executive's employment, the RSU award described
            in the offer letter to which this Agreement is attached, and access to the Company's
            confidential information and customer relationships.""")),
        ("heading", "1. Confidential Information"),
        ("para", P("""
            Executive will hold in strict confidence, and will not use except for the Company's benefit,
            all non-public information about the Company's products, pricing, margins, customers,
            distributors, pipeline, engineering designs, strategies and personnel that Executive learns
            during employment ("Confidential Information"). This duty continues after employment ends for
            as long as the information remains non-public. Nothing in this Agreement prevents Executive
            from reporting possible violations of law to a government agency, from making disclosures
            protected by whistleblower laws, or from discussing wages or working conditions as the
            National Labor Relations Act permits.""")),
        ("heading", "2. Work Product"),
        ("para", P("""
            All inventions, improvements, customer lists, sales methodologies, writings and other work
            product that Executive creates, alone or with others, within the scope of employment or with
            the Company's resources belong to the Company. Executive hereby assigns to the Company all of
            Executive's right, title and interest in that work product and will sign any document
            reasonably needed to record the Company's ownership.""")),
        ("heading", "3. Non-Competition"),
        ("para", P("""
            During employment and for a period of twelve (12) months after it ends for any reason,
            Executive will not, anywhere in the United States, Canada or Mexico, serve in a sales,
            business development or general management capacity for any business that designs or sells
            industrial motion-control, drive or automation products that compete with those the Company
            sold during the last two years of Executive's employment. Owning less than two percent of a
            publicly traded company's stock as a passive investment does not violate this Section.""")),
        ("heading", "4. Non-Solicitation"),
        ("para", P("""
            During employment and for eighteen (18) months after it ends, Executive will not, directly
            or through others, (a) solicit or accept competing business from any customer or distributor
            with which Executive had material contact in the last twenty-four months of employment, or
            (b) recruit or hire, or try to recruit or hire, any person who was an employee of the Company
            at any time during the six months before the solicitation.""")),
        ("heading", "5. Reasonableness; Tolling; Remedies"),
        ("para", P("""
            Executive agrees that the restrictions in Sections 3 and 4 are reasonable in scope and
            duration given Executive's senior role and global responsibilities. If a court finds any
            restriction unenforceable as written, the court may revise it to the extent needed to make
            it enforceable. The restricted periods are extended by any period during which Executive is
            in breach. Because a breach would cause the Company harm that money cannot fully repair, the
            Company may seek an injunction in addition to any other remedy, without posting a bond.""")),
        ("heading", "6. Return of Property; Notice to New Employers"),
        ("para", P("""
            When employment ends, Executive will promptly return all Company property and documents,
            including electronic files and devices, and will not keep copies. For the duration of the
            restricted periods, Executive will tell any prospective employer about this Agreement before
            accepting an offer, and the Company may do so as well.""")),
        ("heading", "7. Miscellaneous"),
        ("para", P("""
            This Agreement survives the end of Executive's employment. It is governed by Kentucky law.
            Any action to enforce Sections 3 through 6 may be brought in the state or federal courts
            located in Jefferson County, Kentucky, and both parties consent to those courts'
            jurisdiction for that purpose, notwithstanding Exhibit B.""")),
        ("lines", ["BLUEGRASS MERIDIAN CONTROLS, INC.", "By: /s/ Lorna Bickerstaff", "Chief Human Resources Officer",
                   "", "EXECUTIVE", "/s/ Corbin A. Whitlatch"]),
        ("pagebreak",),
        ("title", "Exhibit B - Mutual Arbitration Agreement"),
        ("para", P("""
            1. Covered Claims. The Company and Executive agree that any dispute between them arising out
            of or relating to Executive's recruitment, employment, compensation or separation, whether
            based on contract, tort, statute or any other legal theory, will be resolved by final and
            binding arbitration rather than in court, except as stated in Section 4.""")),
        ("para", P("""
            2. Procedure. The arbitration will be conducted by a single neutral arbitrator under the
            Employment Arbitration Rules of the American Arbitration Association then in effect, in
            Louisville, Kentucky, unless the parties agree on another location. The arbitrator may award
            any remedy that a court could award on an individual claim and will issue a written decision
            stating the essential findings and conclusions.""")),
        ("para", P("""
            3. Costs. The Company will pay the arbitrator's fees and the administrative costs of the
            arbitration, except for a filing fee no greater than the fee Executive would have paid to
            file the claim in court. Each party will bear its own attorneys' fees unless the arbitrator
            awards them under an applicable statute.""")),
        ("para", P("""
            4. Exclusions. This Agreement does not cover claims for workers' compensation or
            unemployment benefits, claims that by federal law cannot be made subject to pre-dispute
            arbitration (including claims of sexual harassment or sexual assault, if Executive so
            elects), administrative charges before a government agency, or requests for temporary or
            preliminary injunctive relief to enforce Exhibit A.""")),
        ("para", P("""
            5. Individual Claims Only. To the extent the law allows, claims may be brought only in an
            individual capacity and not as a plaintiff or class member in any purported class,
            collective or representative proceeding.""")),
        ("para", P("""
            6. Federal Arbitration Act. This Agreement is governed by the Federal Arbitration Act. If any
            part of it is held unenforceable, the rest remains in effect.""")),
        ("lines", ["BLUEGRASS MERIDIAN CONTROLS, INC.", "By: /s/ Lorna Bickerstaff", "",
                   "EXECUTIVE", "/s/ Corbin A. Whitlatch"]),
        ("pagebreak",),
        ("title", "Exhibit C - Relocation Payment Acknowledgment"),
        ("para", P("""
            I acknowledge that Bluegrass Meridian Controls, Inc. will advance me a Relocation Payment of
            $40,000 (gross) on the terms of my offer letter dated March 1, 2027. I understand that I earn
            the Relocation Payment over my first twenty-four months of employment.""")),
        ("para", P("""
            If I resign without Good Reason, or the Company terminates my employment for Cause, before the
            first anniversary of my Start Date, I will repay the full gross amount of the Relocation
            Payment. If either event occurs after the first anniversary but before the second, I will
            repay fifty percent of the gross amount. Repayment is due within sixty days after my last day
            of employment, and I authorize the Company, to the extent the law permits, to deduct any
            amount owed from my final pay.""")),
        ("para", P("""
            I will not owe any repayment if the Company ends my employment without Cause, if I resign
            for Good Reason, or if my employment ends because of my death or disability.""")),
        ("lines", ["/s/ Corbin A. Whitlatch", "Corbin A. Whitlatch", "Date: March 4, 2027"]),
    ],
)


# 2. US (Iowa), agricultural biotech: PDF, 3 pages, Letter paper. SEC-exhibit style officer offer.
#     Traps: a salary for 2027 and a higher one from January 2028 (the first counts), a bonus as a
#     percent of salary with a maximum of twice target, a signing bonus repayable if the officer
#     resigns within a year, options vesting in three annual instalments, time off with no fixed
#     number of days, a 12-month employee non-solicit and NO non-compete, no offer deadline, "on or
#     about" a start date, two office days a week.
letter(
    "us-ia-ames-chief-scientific-officer-offer", "pdf", datetime(2027, 2, 8, 14, 0),
    "Exhibit 10.1 - Offer Letter", "Prairie Lattice Biosciences, Inc.",
    font="DejaVuSans", size=10, paper="Letter", footer="",
    blocks=[
        ("lines", ["Exhibit 10.1", ""]),
        ("head", "Prairie Lattice Biosciences, Inc.", "2711 South Loop Drive, Ames, IA 50010"),
        ("lines", ["February 8, 2027", "", "Annelise M. Kroeger-Paz, Ph.D.", "Via electronic mail"]),
        ("para", "Dear Dr. Kroeger-Paz:"),
        ("para", P("""
            Prairie Lattice Biosciences, Inc. (the "Company") is delighted to offer you employment as
            Senior Vice President, Research and Chief Scientific Officer. You will report to the Chief
            Executive Officer and will be responsible for the Company's trait discovery, microbial
            platform and field-trial science programs. This letter sets out the terms of your
            employment.""")),
        ("para", P("""
            1. Start Date and Duties. Your employment will begin on or about May 3, 2027 (the actual
            first day, the "Start Date"). You will devote your full business time and attention to the
            Company, although you may continue your unpaid adjunct appointment at Iowa State University
            and serve on one scientific advisory board with the CEO's consent, provided neither interferes
            with your duties. Your work will be based at our research campus in Ames, Iowa; you will be
            on campus at least three days each week and may work from home on the others.""")),
        ("para", P("""
            2. Salary. For calendar year 2027 your base salary will be paid at the annualized rate of
            $318,000. Effective January 1, 2028, it will increase to $330,000, and it will be reviewed
            annually after that by the Compensation Committee of the Board of Directors. Salary is paid
            every other Friday in accordance with the Company's payroll practices, less required
            deductions. As an exempt employee you will not receive overtime pay.""")),
        ("para", P("""
            3. Annual Bonus. You will be eligible for an annual cash bonus with a target equal to 45% of
            your base salary, and a maximum of 90%, based on the achievement of corporate and individual
            goals set by the Compensation Committee. Your 2027 bonus will be prorated from the Start
            Date. You must be employed on the payment date, generally in March of the following year,
            to receive a bonus.""")),
        ("para", P("""
            4. Sign-On Bonus. The Company will pay you a sign-on bonus of $60,000, less withholding, in
            the first regular payroll after the Start Date. If, within twelve months after the Start
            Date, you resign for any reason or the Company terminates your employment for cause, you
            agree to repay the entire gross amount within thirty days after your employment ends.""")),
        ("para", P("""
            5. Stock Option. Subject to approval by the Board, the Company will grant you a
            non-qualified option to purchase 120,000 shares of common stock under the Prairie Lattice
            2022 Equity Incentive Plan. Its exercise price per share will be the Nasdaq Global Market
            closing price of a share on the day of grant. One third of the option shares will vest
            on each of the first three anniversaries of the Start Date, so long as you remain in
            continuous service. The option will have a ten-year term and will otherwise be governed by
            the plan and the Company's form of option agreement.""")),
        ("para", P("""
            6. Benefits; Time Off. You will be eligible for the Company's group medical, dental, vision,
            life and disability insurance and its 401(k) plan, in which the Company matches employee
            deferrals dollar for dollar up to 4% of base salary. Senior leaders participate in the
            Company's discretionary time-off program, which does not cap the number of vacation days you
            may take; time away should be coordinated with the CEO. The Company observes eleven paid
            holidays each year.""")),
        ("para", P("""
            7. Proprietary Information. As a condition of employment you must sign the Company's
            Employee Confidentiality, Non-Solicitation and Invention Assignment Agreement, which
            requires you to protect the Company's trade secrets and confidential information, assigns to
            the Company the inventions and discoveries you make in the course of your work, and provides
            that for twelve months after your employment ends you will not solicit Company employees to
            leave. The Company does not ask its scientific staff, including you, to agree to any
            restriction on where they may work after leaving.""")),
        ("para", P("""
            8. At-Will Employment. Your employment is at will. This means you may resign at any time and
            the Company may end your employment at any time, for any reason, with or without cause or
            advance notice. Only a written agreement signed by the CEO and approved by the Board may
            change this.""")),
        ("para", P("""
            9. Other Terms. This offer depends on satisfactory results of a background investigation and
            on your proof of authorization to work in the United States. This letter, the agreement
            referred to in Section 7 and the equity documents are the complete statement of your terms
            of employment, and they supersede any prior understandings. The laws of the State of Iowa
            govern this letter.""")),
        ("para", P("""
            Please indicate your acceptance by signing below and returning a copy to me. We are excited
            about what your leadership will mean for the Company's science.""")),
        ("lines", ["Sincerely,", "", "PRAIRIE LATTICE BIOSCIENCES, INC.", "", "/s/ Desmond R. Halvorsen",
                   "Desmond R. Halvorsen", "Chief Executive Officer", "", "Agreed and accepted:", "",
                   "/s/ Annelise M. Kroeger-Paz", "Annelise M. Kroeger-Paz, Ph.D.", "Date: February 11, 2027"]),
    ],
)


# 3. US (Connecticut), distribution centre: DOCX, 2 pages. Hourly, non-exempt.
#     Traps: an hourly rate with cents beside the posted wage range, shift times less an unpaid
#     meal break, a shift differential for other shifts, Connecticut paid sick leave in hours,
#     PTO in days accruing per pay period, a 3% match, "by close of business on Thursday" in a
#     letter dated Monday, February 15, 2027.
letter(
    "us-ct-wallingford-logistics-coordinator-hourly", "docx", datetime(2027, 2, 15, 10, 30),
    "Offer of employment - Logistics Coordinator", "Quinnipiac Harbor Distribution LLC",
    blocks=[
        ("head", "Quinnipiac Harbor Distribution LLC", "1150 Research Parkway East, Wallingford, CT 06492  |  (203) 555-0187"),
        ("lines", ["Monday, February 15, 2027", "", "Ms. Yesenia Ortolani-Grant", "48 Dudley Avenue, Apt 2",
                   "Meriden, CT 06450"]),
        ("para", "Dear Yesenia,"),
        ("para", P("""
            Thank you for coming in to meet the inbound team last week. We are happy to offer you the
            position of Logistics Coordinator at our Wallingford distribution center, reporting to Gideon
            Baptiste, Inbound Operations Supervisor. The details of our offer are below.""")),
        ("heading", "Pay"),
        ("para", P("""
            This is a full-time, hourly, non-exempt position. Connecticut asks employers to share the
            wage range for a role, and the range for Logistics Coordinator is $24.50 to $31.00 per hour.
            Your starting rate will be $27.35 per hour. Any hours you work beyond 40 in a workweek are
            paid at one and one-half times your regular rate. Associates on second or weekend shift earn
            an extra $2.00 per hour; you will be on first shift, so the differential does not apply to
            you at this time.""")),
        ("para", P("""
            We pay every other Friday by direct deposit for the two weeks ending the previous Saturday.""")),
        ("heading", "Schedule"),
        ("para", P("""
            Your regular schedule is Monday through Friday from 6:30 a.m. to 3:00 p.m., with an unpaid
            30-minute meal break. The coordinator role is performed on site at the distribution center,
            and remote work is not available. During peak season (mid-October to early January) you may
            be asked to work some Saturdays.""")),
        ("heading", "Start date"),
        ("para", P("""
            Your first day will be Monday, March 8, 2027. Please report to the front lobby at 6:15 a.m.
            for orientation and bring safety-toe footwear.""")),
        ("heading", "Time off"),
        ("para", P("""
            You will earn paid time off from your first day at a rate that adds up to 12 days in your
            first year, and you can use it once you have completed 90 days. In addition, you will accrue
            paid sick leave at one hour for every 30 hours worked, up to 40 hours per year, which you
            may use for the reasons Connecticut law allows. We close for seven holidays a year.""")),
        ("heading", "Benefits"),
        ("para", P("""
            You will be eligible for our medical, dental and vision plans on the first of the month after
            30 days of employment. You can join our 401(k) plan after 60 days; we match dollar for
            dollar up to 3% of your pay. We also offer a tuition assistance program of up to $3,000 a
            year for job-related courses after one year of service.""")),
        ("heading", "Before you start"),
        ("para", P("""
            Our offer depends on a clear pre-employment drug screen and a background check, which our
            recruiting coordinator will set up once you accept. On your first day you will need to
            provide documents for Form I-9 showing that you are authorized to work in the United States.""")),
        ("heading", "Employment at will"),
        ("para", P("""
            We hope you will be with us for a long time, but employment with Quinnipiac Harbor is on an
            at-will basis. You are free to leave at any time and the company has the same right, with or
            without a reason or notice.""")),
        ("para", P("""
            To accept, please sign below and email a scan to careers@qhdist.example by close of business
            on Thursday. If you have questions in the meantime, call me at (203) 555-0142.""")),
        ("lines", ["Best regards,", "", "Renata Skowronek", "Human Resources Generalist",
                   "Quinnipiac Harbor Distribution LLC", "",
                   "I accept this offer of employment.", "Signature: ____________________   Date: __________"]),
    ],
)


# 4. US (Louisiana), seed-stage start-up: TXT (an emailed offer), 1.5 pages.
#     Traps: a salary band and the actual figure, options with a one-year cliff and monthly
#     vesting after it, "two anchor days" in the office, PTO and sick days apart, a 401(k) with no
#     match yet, a deadline counted in days from the email's date.
letter(
    "us-la-new-orleans-senior-data-engineer-startup", "txt", datetime(2027, 1, 14, 16, 45),
    "Your offer from Crescent Tideline", "Crescent Tideline Labs, Inc.",
    blocks=[
        ("lines", ["From: Odalys Fontenot <odalys@crescenttideline.example>",
                   "To: Teodoro Baptiste-Lemaire <teo.bl@mailbox.example>",
                   "Date: Thursday, January 14, 2027 4:45 PM",
                   "Subject: Your offer from Crescent Tideline"]),
        ("para", "Hi Teo,"),
        ("para", P("""
            The whole team loved talking with you, and I'm thrilled to put this in writing. Crescent
            Tideline Labs, Inc. would like you to join us as a Senior Data Engineer on the Port Signals
            team, reporting to our CTO, Wendell Aucoin. Here's everything in one place.""")),
        ("para", P("""
            Salary. We publish a band for every role so nobody has to guess: Senior Data Engineer is
            $142,000 to $168,000. We're offering you $155,000 a year, paid biweekly. It's a full-time,
            exempt role (no overtime pay).""")),
        ("para", P("""
            Equity. We'll recommend to the board that you receive an incentive stock option for 30,000
            shares of common stock under our 2025 Stock Plan, priced at fair market value on the grant
            date. Nothing vests in your first year; on your one-year anniversary 25% vests at once, and
            the remaining shares vest in equal monthly amounts over the following 36 months. For
            context, that's about 0.30% of our fully diluted shares today.""")),
        ("para", P("""
            Where we work. Our office is on Tchoupitoulas Street in New Orleans. Everybody comes in on
            Tuesdays and Wednesdays (our two anchor days) and works wherever they like the rest of the
            week.""")),
        ("para", P("""
            Time off and benefits. You get 15 days of PTO a year plus the nine holidays on our calendar,
            and 5 sick days on top of that. We cover 100% of your medical, dental and vision premiums and
            75% for your family. There's a 401(k) through Guideline you can join on day one, though we
            can't offer a company match yet. We also give everyone $600 a year for a gym, a class or
            anything else that keeps you well.""")),
        ("para", P("""
            Start date. We'd love you to start on Monday, February 8, 2027. Let me know if that doesn't
            work.""")),
        ("para", P("""
            The legal bits. Before your first day you'll sign our Proprietary Information and
            Inventions Agreement, which covers keeping our and our customers' information confidential
            and confirms that what you build here belongs to Crescent Tideline. You'll also need to
            complete the usual I-9 paperwork to confirm you're authorized to work in the U.S. Your
            employment is at will, meaning either of us can end it whenever we choose, for any reason.
            This offer is governed by Louisiana law.""")),
        ("para", P("""
            This offer is good for five days from the date of this email. If you have any questions at
            all, just call me.""")),
        ("lines", ["Cheers,", "Odalys Fontenot", "Co-founder & CEO, Crescent Tideline Labs, Inc.", "(504) 555-0119"]),
        ("para", P("""
            To accept: reply "I accept" to this email and we'll send the e-signature packet.""")),
    ],
)


# 5. India (Maharashtra, Nagpur), food processor: PDF, 3 pages, ruled tables (key particulars and
#     the CTC annexure with monthly and annual columns).
#     Traps: CTC in lakh with words and as "7.20 lakh", fixed and variable rows, employer PF and
#     gratuity inside the CTC, a target variable pay amount, earned + casual leave with sick leave
#     apart, notice during probation vs 90 days from the employee and 30 from the company after
#     confirmation, a two-year service agreement with a liquidated-damages sum (a bond, not a
#     clawback), courts of Nagpur only (no governing law), "on or before" a joining date.
letter(
    "in-mh-nagpur-senior-accountant-ctc", "pdf", datetime(2027, 2, 10, 11, 30),
    "Offer Letter - Harshvardhan Deshmukh", "Vidarbha Orangeleaf Agro Foods Private Limited",
    font="DejaVuSerif", size=9.5, footer="Vidarbha Orangeleaf Agro Foods Pvt. Ltd. - Strictly Private & Confidential",
    blocks=[
        ("head", "Vidarbha Orangeleaf Agro Foods Private Limited",
         "Regd. Office: 3rd Floor, Shraddha Towers, Kingsway, Sadar, Nagpur - 440001, Maharashtra"),
        ("lines", ["Ref. No.: VOAF/HR/2027/OL-044", "Date: 10th February 2027", "",
                   "To,", "Mr. Harshvardhan Deshmukh", "Plot No. 61, Pratap Nagar", "Nagpur - 440022"]),
        ("para", "Sub: Offer of Appointment for the post of Senior Accountant"),
        ("para", "Dear Mr. Deshmukh,"),
        ("para", P("""
            Further to your interview with us on 3rd February 2027, we are pleased to offer you
            appointment in our Finance & Accounts department on the terms summarised below and detailed
            in the clauses and the annexure that follow.""")),
        ("table", [
            ["Item", "Particulars"],
            ["Designation", "Senior Accountant (Grade M1)"],
            ["Department", "Finance & Accounts"],
            ["Place of Posting", "Head Office, Sadar, Nagpur"],
            ["Date of Joining", "On or before 1st March 2027"],
            ["Annual CTC", "Rs. 7,20,000/- (Rupees Seven Lakh Twenty Thousand only)"],
            ["Probation", "Six (6) months from the date of joining"],
        ], True),
        ("heading", "1. Compensation"),
        ("para", P("""
            Your Cost to Company will be Rs. 7.20 lakh per annum, made up of a fixed component of Rs.
            6,48,000/- and a target variable pay of Rs. 72,000/-. The component-wise break-up is shown in
            Annexure A. Variable pay is paid once a year after the annual accounts are adopted, on the
            basis of the Company's results and your individual rating, and may be lower or higher than
            the target. Salary for each month is credited to your bank account on or before the 7th day
            of the following month, after deduction of tax at source and statutory contributions.""")),
        ("para", P("""
            Salary details are personal to you; you shall not discuss or disclose them to any other
            employee.""")),
        ("heading", "2. Working Hours"),
        ("para", P("""
            The office works from Monday to Friday, 9:30 a.m. to 6:00 p.m., with a lunch break of thirty
            minutes. During the closing of quarterly and annual accounts you may be required to attend on
            Saturdays, for which compensatory off will be given.""")),
        ("heading", "3. Leave"),
        ("para", P("""
            You will be entitled to 18 days of earned leave and 7 days of casual leave in each calendar
            year, credited on a pro-rata basis in the year of joining. Sick leave of 7 days per year is
            available separately on production of a medical certificate for absences of more than two
            days. The Company also declares a list of paid holidays at the start of each year.""")),
        ("heading", "4. Probation and Confirmation"),
        ("para", P("""
            You will be on probation for six months. On satisfactory completion you will be confirmed in
            writing; until then you shall continue to be on probation. During probation either party may
            end the employment by giving fifteen days' notice.""")),
        ("heading", "5. Separation"),
        ("para", P("""
            After confirmation, you may resign by giving ninety (90) days' notice in writing. The Company
            may terminate your services after confirmation by giving thirty (30) days' notice or salary in
            lieu thereof. The Company may, at its discretion, relieve you earlier than the end of your
            notice period. No notice is required where your services are terminated for misconduct.""")),
        ("heading", "6. Service Agreement"),
        ("para", P("""
            As the Company will be investing in your training on its SAP and consolidation systems, you
            will be required to execute a service agreement on joining, undertaking to serve the Company
            for a minimum period of two years. If you leave the Company before completing two years of
            service, you shall pay the Company liquidated damages of Rs. 1,00,000/-.""")),
        ("heading", "7. Benefits"),
        ("para", P("""
            You will be a member of the Employees' Provident Fund, to which the Company will contribute 12%
            of your basic salary, subject to the statutory wage ceiling of Rs. 15,000 per month. You and
            your spouse and two children will be covered under the Company's group mediclaim policy for a
            sum insured of Rs. 3,00,000, and you will be eligible for gratuity under the Payment of
            Gratuity Act, 1972.""")),
        ("heading", "8. Confidentiality"),
        ("para", P("""
            You shall not, during your employment or afterwards, disclose any information about the
            Company's business, accounts, suppliers, growers or customers to any person, except as your
            duties require.""")),
        ("heading", "9. Conditions of this Offer"),
        ("para", P("""
            This offer is subject to your being found medically fit by the Company's panel doctor, to
            verification of your educational certificates and previous employment, and to satisfactory
            references from two previous employers. Any dispute arising out of this appointment shall be
            subject to the exclusive jurisdiction of the courts at Nagpur.""")),
        ("para", P("""
            Kindly sign the duplicate copy of this letter as a token of your acceptance and return it to the
            undersigned on or before 20th February 2027, failing which this offer shall stand withdrawn.""")),
        ("lines", ["For Vidarbha Orangeleaf Agro Foods Private Limited", "", "(Sd/-)", "Sunanda Wankhede",
                   "Head - Human Resources"]),
        ("pagebreak",),
        ("title", "Annexure A - Compensation Structure"),
        ("para", "Name: Harshvardhan Deshmukh    Designation: Senior Accountant (M1)"),
        ("table", [
            ["Component", "Monthly (Rs.)", "Annual (Rs.)"],
            ["Basic Salary", "24,000", "2,88,000"],
            ["House Rent Allowance", "9,600", "1,15,200"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "15,846", "1,90,152"],
            ["Gross Salary (A)", "51,046", "6,12,552"],
            ["Employer PF Contribution", "1,800", "21,600"],
            ["Gratuity", "1,154", "13,848"],
            ["Fixed CTC (B)", "54,000", "6,48,000"],
            ["Target Variable Pay (C)", "-", "72,000"],
            ["Total CTC (B + C)", "-", "7,20,000"],
        ], True),
        ("para", P("""
            Note: Mediclaim premium is borne by the Company over and above the CTC. Income tax will be
            deducted as applicable.""")),
        ("lines", ["Accepted: ______________________", "Harshvardhan Deshmukh        Date: __________"]),
    ],
)


# 6. India (Andhra Pradesh, Visakhapatnam), marine construction: DOCX with a key-terms table, 2 pages.
#     Traps: CTC only as "INR 6.40 Lakhs per annum" in a table cell with a fixed/variable split in
#     lakh, a site allowance outside the CTC, a six-day site week from times less lunch, sick leave
#     apart from earned and casual leave, extendable probation, 60 days' notice each side after
#     confirmation, a service bond, a deadline seven days from the letter date.
letter(
    "in-ap-visakhapatnam-site-civil-engineer-bond", "docx", datetime(2027, 2, 22, 10, 0),
    "Appointment Offer - Assistant Engineer (Civil)", "Rushikonda Marine Structures Private Limited",
    blocks=[
        ("head", "RUSHIKONDA MARINE STRUCTURES PRIVATE LIMITED",
         "D.No. 10-50-19, Siripuram Junction, Visakhapatnam - 530003, Andhra Pradesh  |  CIN U45203AP2011PTC000000"),
        ("lines", ["RMS/HRD/APT/2027/118", "22.02.2027", "", "Ms. Lakshmi Prasanna Gorantla",
                   "D.No. 4-27, Gandhi Nagar, Kakinada - 533004"]),
        ("para", "Dear Ms. Gorantla,"),
        ("para", P("""
            We refer to your campus interview and the technical round held at our Siripuram office. The
            management is pleased to offer you the following appointment on the terms stated in the table
            and the conditions below.""")),
        ("table", [
            ["Designation", "Assistant Engineer - Civil (Site Execution)"],
            ["Grade", "E1"],
            ["Work Location", "Outer Harbour Berth Extension Project, Visakhapatnam"],
            ["Reporting To", "Project Manager - Berth Works"],
            ["Date of Joining", "15.03.2027"],
            ["Compensation (CTC)", "INR 6.40 Lakhs per annum (Fixed 5.90 L + Performance Variable 0.50 L)"],
            ["Site Allowance", "INR 3,000 per month, payable only while posted at site; not part of CTC"],
            ["Probation", "6 months, extendable by up to 3 months"],
        ], False),
        ("heading", "Terms and conditions"),
        ("para", P("""
            1. Salary will be credited to your account by the 5th of every month. The detailed salary
            break-up will be given to you on the day of joining along with your appointment order.""")),
        ("para", P("""
            2. Site working hours are 8:00 a.m. to 5:00 p.m. from Monday to Saturday, with a one-hour
            lunch break. Work on Sundays and holidays during concreting cycles will be compensated with
            leave as per site rules.""")),
        ("para", P("""
            3. You are eligible for 15 days of earned leave and 8 days of casual leave in a year. Sick
            leave is a separate 10 days per year. Accommodation at the project camp will be provided
            free of charge.""")),
        ("para", P("""
            4. You will be covered under the Company's group health insurance (self, spouse, children and
            parents) and group personal accident policy, and will be a member of the Provident Fund from
            the date of joining.""")),
        ("para", P("""
            5. During probation your services may be terminated by either side with 15 days' notice. On
            confirmation, either side may end the employment by giving sixty (60) days' notice in writing
            or basic salary in lieu of the notice period.""")),
        ("para", P("""
            6. You will execute a service bond for a period of two (2) years from the date of joining. If
            you leave the services of the Company before completing the bond period, you shall be liable
            to pay the Company a sum of INR 1,50,000 towards the training and induction cost incurred on
            you.""")),
        ("para", P("""
            7. You shall treat as secret all drawings, tender rates, client correspondence and technical
            data of the Company, both while in service and after leaving it.""")),
        ("para", P("""
            8. This appointment is subject to your being declared medically fit for site work and to the
            verification of your original B.Tech (Civil) degree and mark sheets on the day of joining.""")),
        ("para", P("""
            Please confirm your acceptance of this offer within seven (7) days of the date of this letter
            by signing and returning the duplicate copy by email.""")),
        ("lines", ["For Rushikonda Marine Structures Private Limited", "", "K. Venkata Ramana Murthy",
                   "General Manager - HR & Administration", "", "Accepted:", "Lakshmi Prasanna Gorantla"]),
    ],
)


# 7. Malaysia (Johor Bahru), lifestyle retailer: PDF, 2 pages, a monthly pay table.
#     Traps: a monthly basic salary with fixed allowances and a gross row, an Annual Wage
#     Supplement of one month's basic (the fixed bonus), a discretionary incentive with no figure,
#     EPF "at the statutory rate, currently 12%", 45 rostered hours over six days, managerial and
#     not eligible for overtime, annual and medical leave in days, one month's notice either side
#     after confirmation, "on or before" a date to accept.
letter(
    "my-johor-bahru-retail-store-manager", "pdf", datetime(2027, 3, 5, 9, 30),
    "Letter of Offer - Store Manager", "Tebrau Straits Lifestyle Retail Sdn. Bhd.",
    font="DejaVuSans", size=9.5,
    blocks=[
        ("head", "Tebrau Straits Lifestyle Retail Sdn. Bhd. (201501000000 (1100000-X))",
         "Level 9, Menara Lingkaran Dalam, Jalan Wong Ah Fook, 80000 Johor Bahru, Johor"),
        ("lines", ["5 March 2027", "", "PRIVATE & CONFIDENTIAL", "", "Ms. Tan Pei Shan",
                   "No. 14, Jalan Harmonium 23/7, Taman Desa Tebrau", "81100 Johor Bahru, Johor"]),
        ("para", "Dear Ms. Tan,"),
        ("title", "LETTER OF OFFER OF EMPLOYMENT"),
        ("para", P("""
            We are pleased to offer you employment with Tebrau Straits Lifestyle Retail Sdn. Bhd. ("the
            Company") as Store Manager of our flagship outlet at Danga Waterfront Mall, Johor Bahru, on the
            following terms.""")),
        ("para", P("""
            1. Commencement. Your employment will commence on 1 April 2027.""")),
        ("para", P("""
            2. Remuneration. Your monthly remuneration is as follows:""")),
        ("table", [
            ["Item", "Amount per month"],
            ["Basic salary", "RM 5,400.00"],
            ["Transport allowance (fixed)", "RM 350.00"],
            ["Mobile phone allowance (fixed)", "RM 100.00"],
            ["Gross monthly salary", "RM 5,850.00"],
        ], True),
        ("para", P("""
            Your salary will be paid into your bank account not later than the 7th day of each
            following month.""")),
        ("para", P("""
            3. Annual Wage Supplement and Incentive. You will receive an Annual Wage Supplement (AWS)
            equal to one month of basic salary, i.e. RM 5,400.00, paid with your December salary and
            pro-rated in your first year. In addition, you may be considered for a store performance
            incentive at the Company's sole discretion.""")),
        ("para", P("""
            4. Working Hours. Your normal working hours are 45 hours per week, rostered over six days
            including weekends and public holidays as the store's trading requires. As the position is
            managerial, you will not be eligible for overtime payment.""")),
        ("para", P("""
            5. Annual Leave and Medical Leave. You are entitled to 14 days of paid annual leave in each
            calendar year, pro-rated in the year you join, in addition to gazetted public holidays. You
            are also entitled to 14 days of paid medical leave per year, or 60 days where hospitalisation
            is necessary.""")),
        ("para", P("""
            6. Statutory Contributions and Benefits. The Company will contribute to the Employees
            Provident Fund at the statutory rate, currently 12% of your monthly wages, and to SOCSO and EIS
            as required. You will be covered by the Company's group hospitalisation and surgical insurance
            and group term life insurance from your date of commencement, and will enjoy a 30% staff
            discount on merchandise.""")),
        ("para", P("""
            7. Probation and Confirmation. You will serve a probation period of three (3) months, during
            which either party may end the employment with two (2) weeks' notice. Upon confirmation, either
            party may terminate the employment by giving one (1) month's written notice or one month's
            basic salary in lieu of notice.""")),
        ("para", P("""
            8. Confidentiality. You shall keep secret all information concerning the Company's suppliers,
            pricing, sales figures and customers, during and after your employment.""")),
        ("para", P("""
            9. Conditions. This offer is conditional upon your passing a medical check-up before you join,
            at a clinic the Company nominates, and on satisfactory references from your last two employers.
            This letter is governed by the laws of Malaysia.""")),
        ("para", P("""
            Please sign and return the duplicate of this letter on or before 19 March 2027 to signify your
            acceptance.""")),
        ("lines", ["Yours faithfully,", "for and on behalf of", "Tebrau Straits Lifestyle Retail Sdn. Bhd.", "",
                   "Nur Aisyah binti Kamarulzaman", "Senior Manager, People & Culture", "",
                   "I accept the above offer.", "Signature: ________________   NRIC: ________________   Date: ________"]),
    ],
)


# 8. Ireland (Cork), physiotherapy clinics: TXT, 2 pages.
#     Traps: the salary in words only ("fifty-three thousand four hundred euro"), 39 hours in
#     shifts, 21 days "plus" the public holidays, ten days' company sick pay, a six-month probation
#     with one week's notice in it, four weeks from the employee vs the statutory minimum from the
#     employer (no number: null), a 5% pension contribution, CPD allowance, no offer deadline.
letter(
    "ie-cork-senior-physiotherapist-contract", "txt", datetime(2027, 3, 10, 12, 0),
    "Offer of employment - Senior Physiotherapist", "Lee Valley Movement Clinics Limited",
    blocks=[
        ("lines", ["LEE VALLEY MOVEMENT CLINICS LIMITED", "Unit 4, Carrigaline Road Business Park, Douglas, Cork T12 XY00",
                   "Registered in Ireland No. 600000"]),
        ("lines", ["10 March 2027", "", "Ms Saoirse Ní Bhraonáin", "22 Magazine Road", "Cork"]),
        ("para", "Dear Saoirse,"),
        ("para", P("""
            Following your interview with Dr Fergal Cotter and me, I am delighted to offer you the
            permanent post of Senior Physiotherapist with Lee Valley Movement Clinics Limited. Your main
            clinic will be our Douglas clinic in Cork, and you may be rostered to cover our Ballincollig
            satellite clinic from time to time. Your terms are set out below; a full contract of
            employment will be issued on your first day, as the Terms of Employment (Information) Acts
            require.""")),
        ("para", "COMMENCEMENT"),
        ("para", P("""
            Your employment will start on Tuesday 6 April 2027.""")),
        ("para", "REMUNERATION"),
        ("para", P("""
            You will receive a salary of fifty-three thousand four hundred euro per annum, gross, paid
            monthly by credit transfer on the 23rd day of each month. Salaries are reviewed each January
            and any change is at the discretion of the directors.""")),
        ("para", "HOURS"),
        ("para", P("""
            Your working week is 39 hours, worked Monday to Friday in rostered shifts between 7.30 am
            and 7.00 pm. You will be asked to cover one Saturday morning clinic in four, for which time
            off in lieu will be given.""")),
        ("para", "ANNUAL LEAVE"),
        ("para", P("""
            21 working days in each leave year (January to December), plus the public holidays. Leave
            in your first year will be pro-rated from your start date.""")),
        ("para", "SICK PAY"),
        ("para", P("""
            After your probation the company will pay you your full basic pay for up to ten days of
            certified sickness absence in any rolling twelve months. This includes your entitlement under
            the Sick Leave Act 2022 and is not in addition to it.""")),
        ("para", "PROBATION"),
        ("para", P("""
            The first six months of your employment are probationary. During this period either of us
            may end your employment by giving one week's notice.""")),
        ("para", "NOTICE"),
        ("para", P("""
            Once you have completed probation you must give us four weeks' notice in writing if you wish
            to resign. We will give you the minimum notice required by the Minimum Notice and Terms of
            Employment Acts.""")),
        ("para", "PENSION AND OTHER BENEFITS"),
        ("para", P("""
            After six months you may join the company's defined contribution pension scheme. The company
            will contribute 5% of your basic salary provided you contribute at least the same amount. We
            also contribute 50% of the cost of VHI health insurance for you, and provide a continuing
            professional development allowance of €1,200 each year for approved courses.""")),
        ("para", "CONFIDENTIALITY"),
        ("para", P("""
            Patient records and clinic business information must be kept confidential at all times,
            during your employment and after it ends, in line with our data protection policy.""")),
        ("para", "CONDITIONS"),
        ("para", P("""
            This offer depends on your current registration with CORU as a physiotherapist, satisfactory
            Garda vetting and two references we are happy with. Your employment is governed by Irish
            law.""")),
        ("para", P("""
            Please confirm that you accept this offer by signing and returning the enclosed copy. We are
            looking forward to having you on the team.""")),
        ("lines", ["Is mise le meas,", "", "Orla Twomey", "Clinical Director", "Lee Valley Movement Clinics Limited", "",
                   "I accept the offer on the terms above.", "Signed: ____________________  Date: ____________"]),
    ],
)


# 9. New Zealand (Christchurch), community pharmacy group: DOCX, about 2 pages, an individual
#     employment agreement's schedule as "Label: value" lines with the clauses below.
#     Traps: salary "per annum" with fortnightly pay, 40 hours from roster times less an unpaid
#     hour, four weeks' annual holidays "in addition to" public holidays, ten days' sick leave,
#     a 90-day trial period (the probation), four weeks' notice each way, KiwiSaver 3% "on top",
#     a six-month restraint within a radius, a deadline with a time and weekday.
letter(
    "nz-christchurch-pharmacist-employment-agreement", "docx", datetime(2027, 3, 15, 15, 0),
    "Individual Employment Agreement - Pharmacist", "Avonside Dispensary Group Limited",
    blocks=[
        ("head", "Avonside Dispensary Group Limited", "PO Box 13 000, Christchurch 8141  ·  NZBN 9429000000000"),
        ("lines", ["15 March 2027", "", "Rawiri Te Huia-Pennington", "7 Kilmarnock Street", "Riccarton",
                   "Christchurch 8011"]),
        ("para", "Kia ora Rawiri,"),
        ("para", P("""
            Thank you for your time with Bronwyn and the dispensary team. We are pleased to offer you a
            permanent role as a Pharmacist at our Linwood Avenue pharmacy. Your proposed individual
            employment agreement is set out below. You are entitled to seek independent advice about it
            before you sign, and we encourage you to do so.""")),
        ("title", "Schedule of particulars"),
        ("kv", [
            ("Employee", "Rawiri Te Huia-Pennington"),
            ("Employer", "Avonside Dispensary Group Limited"),
            ("Position", "Pharmacist"),
            ("Place of work", "Linwood Avenue Pharmacy, Christchurch"),
            ("Start date", "Monday 12 April 2027"),
            ("Salary", "$98,500 gross per annum"),
            ("Hours", "40 hours per week on a roster (see clause 3)"),
            ("Reports to", "Pharmacy Manager"),
        ]),
        ("heading", "1. Nature of employment"),
        ("para", P("""
            This is a permanent full-time position. Either of us may end it by giving notice under
            clause 9.""")),
        ("heading", "2. Trial period"),
        ("para", P("""
            A trial period of 90 days applies from your start date, under section 67A of the Employment
            Relations Act 2000. If we give you notice of dismissal before the trial period ends, you may
            not bring a personal grievance on the grounds of unjustified dismissal. Notice during the
            trial period is one week.""")),
        ("heading", "3. Hours of work"),
        ("para", P("""
            Your hours are rostered between 8.30 am and 5.30 pm, five days a week, with an unpaid
            one-hour meal break each day. The roster includes one Saturday in every three, with a day
            off during the following week. Your salary compensates you for all hours worked, and no
            overtime is paid.""")),
        ("heading", "4. Remuneration"),
        ("para", P("""
            Your salary is paid fortnightly in arrears by direct credit on Wednesdays. It is reviewed each
            July, with no guarantee of an increase. If you are a KiwiSaver member, we will contribute 3% of
            your gross taxable earnings to your scheme on top of your salary.""")),
        ("heading", "5. Holidays and leave"),
        ("para", P("""
            You are entitled to four weeks' paid annual holidays each year after twelve months of continuous
            employment, in addition to public holidays that fall on days you would otherwise work. We are
            happy to let you take holidays in advance by agreement. You are entitled to ten days' paid sick
            leave per year from your first six months of employment, as the Holidays Act provides.""")),
        ("heading", "6. Professional registration and development"),
        ("para", P("""
            You must hold and keep a current practising certificate from the Pharmacy Council of New
            Zealand. We pay your annual practising certificate fee and give you up to $1,000 a year
            towards continuing education.""")),
        ("heading", "7. Confidentiality"),
        ("para", P("""
            You must keep confidential all patient health information and the business information of the
            company, both during and after your employment, consistent with the Health Information Privacy
            Code.""")),
        ("heading", "8. Restraint of trade"),
        ("para", P("""
            For six months after your employment ends, you will not work as a pharmacist at any community
            pharmacy within 3 km of the Linwood Avenue pharmacy. We consider this reasonable to protect our
            patient relationships; if you disagree, please raise it with us before signing.""")),
        ("heading", "9. Ending employment"),
        ("para", P("""
            After the trial period, either party may end this agreement by giving four weeks' notice in
            writing. Instead of having you work out the notice, we may choose to pay you for some or all of it.""")),
        ("heading", "10. Resolving problems"),
        ("para", P("""
            If you have an employment relationship problem, raise it with your manager first. You can also
            contact the Employment Relationship Problem Resolution service of the Ministry of Business,
            Innovation and Employment. A personal grievance must be raised within 90 days. The law of New
            Zealand applies to this agreement.""")),
        ("heading", "11. Conditions"),
        ("para", P("""
            This offer is subject to a satisfactory New Zealand Police vet and to your holding the right to
            work in New Zealand.""")),
        ("para", P("""
            If you would like to accept, please sign below and return this agreement to me by 5 pm on
            Wednesday 24 March 2027.""")),
        ("lines", ["Ngā mihi,", "", "Bronwyn McCallister", "Operations Manager", "Avonside Dispensary Group Limited", "",
                   "I have read this agreement, have been advised of my right to seek independent advice, and accept it.",
                   "Signed: ____________________   Date: __________"]),
    ],
)


# 10. UK (England, Sheffield), online homeware retailer: SCANNED PDF (image only), 1 page.
#     Part-time statement of particulars.
#     Traps: no text layer; an hourly rate in pence; three days from times less an unpaid half hour
#     (22.5 h); leave as 15 days "pro rata of 25" plus bank holidays falling on working days; SSP
#     only; extra hours at the normal rate; NEST 3%; probation with one week's notice; two weeks from
#     the employee vs a week per year of service from the employer; one office day a week after
#     probation; English law; no offer deadline.
letter(
    "uk-eng-sheffield-customer-support-part-time-scan", "scan", datetime(2027, 3, 22, 10, 0),
    "Statement of main terms - Customer Support Adviser", "Don Valley Homeware Direct Ltd",
    blocks=[
        ("head", "Don Valley Homeware Direct Ltd", "Unit 6, Attercliffe Works, Worksop Road, Sheffield S9 3TL"),
        ("title", "WRITTEN STATEMENT OF MAIN TERMS OF EMPLOYMENT"),
        ("kv", [
            ("Employee", "Kirsty Oyelowo-Marsh"),
            ("Employer", "Don Valley Homeware Direct Ltd"),
            ("Job title", "Customer Support Adviser (part-time)"),
            ("Date of issue", "22 March 2027"),
            ("Start date", "12 April 2027"),
        ]),
        ("para", P("""
            1. Place of work. Your normal place of work is our Attercliffe office in Sheffield. After you
            pass probation you may work from home on one of your three working days each week, with your
            team leader's agreement.""")),
        ("para", P("""
            2. Hours. This is a part-time post. You will work Monday, Tuesday and Wednesday from 9.00 am
            to 5.00 pm, with an unpaid lunch break of 30 minutes. Any extra hours you agree to work will be
            paid at your normal hourly rate.""")),
        ("para", P("""
            3. Pay. Your rate of pay is £12.85 per hour. You will be paid monthly in arrears on the last
            working day of the month by bank transfer.""")),
        ("para", P("""
            4. Holidays. The holiday year runs from 1 January. Your entitlement is 15 days a year (the pro
            rata equivalent of 25 days for a full-time employee), plus any bank holidays that fall on your
            normal working days.""")),
        ("para", P("""
            5. Sickness. Please call your team leader before 9.30 am on the first day of any absence. You
            will receive Statutory Sick Pay if you qualify; the company does not pay sick pay above SSP.""")),
        ("para", P("""
            6. Pension. You will be auto-enrolled into NEST if you are eligible. We contribute 3% of your
            qualifying earnings.""")),
        ("para", P("""
            7. Probation. Your first three months are a probationary period. During it, either you or we
            may end your employment with one week's notice.""")),
        ("para", P("""
            8. Notice. Once you have passed probation, you must give two weeks' notice in writing to leave.
            We will give you one week's notice for each complete year of service, up to twelve weeks, and
            never less than one week.""")),
        ("para", P("""
            9. Confidential information. Customer details and order data must not be shared outside the
            company or used for any other purpose, during or after your employment.""")),
        ("para", P("""
            10. Other terms. Disciplinary and grievance procedures are in the staff handbook, which does
            not form part of your contract. There is no collective agreement affecting your terms. This
            statement is governed by the law of England and Wales.""")),
        ("lines", ["Signed for the company: Imran Chaudhry-Lowe, Customer Services Manager", "",
                   "I have received and agree to this statement.", "Signed: ____________________  Date: __________"]),
    ],
)


# 11. Canada (Manitoba, Winnipeg), food ingredients firm: PDF, 2 pages. The employer is named only
#     in the letterhead (the letter says "the Company" and the signature carries no company name).
#     Traps: a fixed-amount annual bonus, hours from times less a half hour, vacation in weeks and
#     personal days, a three-month probation, two weeks from the employee vs four weeks (or the
#     Employment Standards Code if greater) from the employer, RRSP match, an inventions clause,
#     Manitoba law, an offer deadline by date.
letter(
    "ca-mb-winnipeg-research-scientist-offer", "pdf", datetime(2027, 2, 26, 13, 0),
    "Offer of Employment", "Red River Pulse Innovations Ltd.",
    font="DejaVuSans", size=10, paper="Letter", footer="",
    blocks=[
        ("head", "Red River Pulse Innovations Ltd.", "1455 Inkster Boulevard, Winnipeg, Manitoba R2X 1R0  ·  www.rrpulse.example"),
        ("lines", ["February 26, 2027", "", "Dr. Mireille Ouellette-Sandhu", "310-88 Osborne Street",
                   "Winnipeg, MB R3L 1Y5"]),
        ("para", "Dear Dr. Ouellette-Sandhu,"),
        ("para", P("""
            On behalf of the Company, I am very pleased to offer you the position of Research Scientist,
            Pulse Protein Functionality, in our applications laboratory. You will report to Dr. Anton
            Kowalchuk, Director of Research. We believe your work on pea and faba protein extraction will
            make an immediate difference to our product pipeline.""")),
        ("heading", "Start date and location"),
        ("para", P("""
            We propose a start date of Monday, April 5, 2027. You will work at our Inkster Boulevard
            facility in Winnipeg. Because the role is laboratory-based, it is performed on site.""")),
        ("heading", "Compensation"),
        ("para", P("""
            Your starting salary will be $96,000 per year, paid bi-weekly by direct deposit. In addition,
            you will receive an annual bonus of $7,500, paid with the first pay in December, provided you
            are actively employed on the payment date (prorated for 2027). This is a salaried professional
            position; the salary is intended to cover all hours worked.""")),
        ("heading", "Hours of work"),
        ("para", P("""
            Regular hours are 8:30 a.m. to 4:30 p.m., Monday to Friday, including a half-hour unpaid lunch.
            Some trials will need occasional evening monitoring, which you may schedule with your
            director.""")),
        ("heading", "Time off"),
        ("para", P("""
            You will receive three weeks of paid vacation per year, increasing to four weeks after five
            years of service, in addition to Manitoba's general holidays. You will also have five paid
            personal days per year for illness or family responsibilities.""")),
        ("heading", "Benefits"),
        ("para", P("""
            After three months you will be enrolled in our group benefits plan, which includes extended
            health, dental, vision, life and long-term disability insurance. The Company matches your
            contributions to the group RRSP up to 4% of your salary. You will also have access to our
            employee and family assistance program.""")),
        ("heading", "Probation"),
        ("para", P("""
            The first three months of your employment are a probationary period. During this time we will
            assess your fit for the role, and you will assess whether the role suits you.""")),
        ("heading", "Ending employment"),
        ("para", P("""
            If you decide to resign, please give us two weeks' written notice. After probation, the Company
            may end your employment without cause by giving you four weeks' notice or pay in lieu, or the
            notice required by The Employment Standards Code if that is greater.""")),
        ("heading", "Confidentiality and inventions"),
        ("para", P("""
            You will be asked to sign our Confidentiality and Inventions Agreement on your first day. It
            requires you to keep our formulations, process data and customer information confidential and
            provides that inventions and improvements you make in the course of your employment belong to
            the Company.""")),
        ("heading", "General"),
        ("para", P("""
            This offer is conditional on satisfactory reference checks and on proof that you are legally
            entitled to work in Canada. It is governed by the laws of the Province of Manitoba.""")),
        ("para", P("""
            If you accept, please sign and return this letter by March 8, 2027. We look forward to working
            with you.""")),
        ("lines", ["Sincerely,", "", "Gwendolyn Fehr", "Vice-President, People", "",
                   "Accepted: ____________________   Date: ____________", "Mireille Ouellette-Sandhu"]),
    ],
)


# 12. Australia (Tasmania, Hobart), cold-chain freight: DOCX, 2 pages.
#     Traps: a salary stated only per fortnight (no annual figure), an award named with a
#     classification, superannuation on top at the guarantee rate, 38 ordinary hours plus
#     reasonable additional hours paid as overtime under the award, four weeks' leave and ten days'
#     personal/carer's leave, a six-month probation, two weeks from the employee and the NES from
#     the employer (no number: null), a deadline seven days from the letter's date.
letter(
    "au-tas-hobart-logistics-coordinator-award", "docx", datetime(2027, 3, 9, 11, 0),
    "Letter of offer - Logistics Coordinator", "Derwent Estuary Cold Chain Pty Ltd",
    blocks=[
        ("head", "Derwent Estuary Cold Chain Pty Ltd", "ABN 00 000 000 000  ·  22 Lampton Avenue, Derwent Park TAS 7009"),
        ("lines", ["9 March 2027", "", "Mr Callum Fitzgerald-Nguyen", "5/41 Augusta Road", "Lenah Valley TAS 7008"]),
        ("para", "Dear Callum,"),
        ("para", "Offer of full-time employment - Logistics Coordinator"),
        ("para", P("""
            We are pleased to offer you full-time employment as a Logistics Coordinator with Derwent Estuary
            Cold Chain Pty Ltd (ABN 00 000 000 000). You will be based at our Derwent Park depot in Hobart and
            report to the Depot Operations Manager, Shaun Kettering.""")),
        ("heading", "Commencement"),
        ("para", "You will commence on Monday 29 March 2027."),
        ("heading", "Award and classification"),
        ("para", P("""
            Your employment is covered by the Storage Services and Wholesale Award 2020, and you are
            classified at Storeworker Grade 4. Where this letter is silent, the Award and the National
            Employment Standards (NES) apply.""")),
        ("heading", "Remuneration"),
        ("para", P("""
            Your salary is $2,964.40 gross per fortnight, which is above the Award minimum for your
            classification. Pay is deposited fortnightly on Thursdays. The company will also make
            superannuation contributions to your nominated fund at the Superannuation Guarantee rate,
            currently 12%, in addition to your salary.""")),
        ("heading", "Hours"),
        ("para", P("""
            Your ordinary hours are 38 per week, worked Monday to Friday between 6.00 am and 6.00 pm as
            rostered, plus reasonable additional hours. Time worked outside your ordinary hours at our
            direction will be paid at the overtime rates in the Award.""")),
        ("heading", "Leave"),
        ("para", P("""
            You will accrue four weeks of paid annual leave and ten days of paid personal/carer's leave for
            each year of service, as set out in the NES. Public holidays are paid in accordance with the
            NES.""")),
        ("heading", "Probation"),
        ("para", P("""
            The first six months of employment are a probationary period, during which either party may end
            the employment with one week's notice.""")),
        ("heading", "Termination"),
        ("para", P("""
            After probation you must give two weeks' written notice of resignation. The company will provide
            notice of termination in accordance with the NES.""")),
        ("heading", "Confidentiality"),
        ("para", P("""
            Customer freight schedules, rates and client lists are confidential, and you must not disclose
            them during or after your employment.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is conditional on a satisfactory National Police Check, a pre-employment medical
            assessment including a drug and alcohol test, and your holding valid Australian work rights.""")),
        ("para", P("""
            Please sign and return a copy of this letter within 7 days of the date of this letter to confirm
            your acceptance.""")),
        ("lines", ["Yours sincerely,", "", "Tamsin Holroyd", "People and Safety Lead",
                   "Derwent Estuary Cold Chain Pty Ltd", "",
                   "I, Callum Fitzgerald-Nguyen, accept this offer.", "Signature: ________________  Date: ________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
