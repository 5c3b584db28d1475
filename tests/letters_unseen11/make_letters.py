#!/usr/bin/env python3
"""Build the eleventh held-out set under tests/letters_unseen11/<id>/<id>.<ext> from the texts here.

Twelve team-written offer letters kept apart from tuning: US offer letters of the kind filed
as exhibits on SEC EDGAR, from several eras and drafting habits (a 1997 typed letter, 2000s
officer letters, 2010s-2020s offer letters with equity paragraphs, a venture-backed start-up's
offer, a key-terms table letter), in states no earlier set used for this kind of letter
(Ohio, Pennsylvania, New York, California, Massachusetts, Florida, Colorado, Illinois, New
Jersey, Tennessee), one from Quebec (in English) and one from Queensland.

They were written blind: the writer read only the terms contract
(/work/shared/eval/TERMS.md), /work/shared/README.md, scripts/score_letters.py and
tests/letters_scorer.py (how gold is read), the README files of tests/letters_unseen to
tests/letters_unseen4 (for the jurisdictions and traps already used), tests/blind_letters.py,
tests/letters_unseen4/make_letters.py (for the format), one gold file of the fourth set (for
the YAML shape) and tests/test_letters.py; not rules/, not src/, not the corpus, not any other
letter or gold of the earlier sets, nothing of sets five to ten or twelve, and offercheck was
never run on these letters (not even its text reader). Do not tune rules on them; once they
have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen11/make_letters.py             # rewrite every letter
    python tests/letters_unseen11/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen11/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``), not against
offercheck's reading of the documents, so that the check never runs the tool under test
(the scanned letter has no text layer at all); tests/test_letters.py also checks them
against pypdfium2's and python-docx's reading. Every company, person, address and figure
below is invented, and every sentence was written for this set. The renderers are in
tests/blind_letters.py (unchanged by this set). Output is byte-for-byte reproducible.
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

# 1. US (Ohio), 1997 typed letter to a plant manager: a SCANNED PDF (image only).
#     Traps: pay only per bi-weekly pay period (no annual figure), short typed paragraphs,
#     a "physical" and drug screen, a stated 18-month non-compete, 401(k) match as 50 cents
#     on the dollar up to 6%, a company car, no at-will sentence and no governing law,
#     "Please let me have your answer by" a date.
letter(
    "us-oh-vandalia-plant-manager-1997-scan", "scan", datetime(1997, 5, 2, 9, 0),
    "Offer - G. Wojcik", "Stillwater Die & Stamping Co.",
    blocks=[
        ("head", "STILLWATER DIE & STAMPING CO.", "4400 Webster Street  -  Dayton, Ohio 45414  -  (513) 555-0148"),
        ("lines", ["May 2, 1997", "", "PERSONAL AND CONFIDENTIAL", "", "Mr. Gerald T. Wojcik",
                   "118 Ridgeview Court", "Troy, Ohio 45373"]),
        ("para", "Dear Jerry:"),
        ("para", P("""
            Following our meeting on Tuesday with Walt Brandeis and me, I am pleased to confirm our offer
            to you for the position of Plant Manager of our Vandalia, Ohio plant. You will report to me.""")),
        ("para", P("""
            Your starting salary will be $3,269.23 per bi-weekly pay period. Your salary will be reviewed
            each January with the rest of the management group.""")),
        ("para", P("""
            You will participate in the Management Incentive Plan. For plant managers the target award is
            20% of base salary earned during the plan year, paid in March if the plant meets its goals.""")),
        ("para", P("""
            The Company will furnish you a Company automobile under our vehicle policy, with fuel and
            insurance paid.""")),
        ("para", P("""
            You will be eligible for our group medical and dental plans on the first of the month after
            you start, and for Company-paid life insurance at two times salary. You may join the 401(k)
            Savings Plan after ninety days. The Company matches 50 cents on each dollar you save, up to
            6% of pay.""")),
        ("para", P("""
            You will receive three weeks of vacation beginning in 1997, plus the ten paid holidays on the
            plant calendar.""")),
        ("para", P("""
            This is a salaried, exempt position. The plant runs two shifts and you will be expected to
            keep the hours the job requires.""")),
        ("para", P("""
            As we discussed, the offer is contingent upon your passing a physical examination and drug
            screen at Miami Valley Occupational Health.""")),
        ("para", P("""
            You will also be asked to sign our standard Confidentiality and Non-Competition Agreement on
            your first day. Among other things it provides that you will not disclose our customer or
            process information, and that for a period of eighteen (18) months after you leave the
            Company you will not work for a manufacturer of cold-headed or stamped fasteners in Ohio,
            Indiana or Michigan.""")),
        ("para", P("""
            We would like you to start on Monday, June 2, 1997. Please let me have your answer by
            Friday, May 9, 1997.""")),
        ("para", "Jerry, we all look forward to working with you."),
        ("lines", ["Sincerely,", "", "", "Raymond J. Kessler", "Vice President, Operations", "",
                   "RJK:dmh", "cc: Personnel File", "",
                   "ACCEPTED: ______________________   Date: ___________"]),
    ],
)


# 2. US (Pennsylvania), 2004 officer letter to a CFO: PDF, 3 pages, an 8-K exhibit.
#     Traps: "at an annualized rate of", "the Base Salary" as a defined term, a start date
#     "on or before", options vesting in four equal annual installments, severance as months
#     of Base Salary (not notice), an ESPP, acceptance "within five business days" of a dated
#     letter, at-will, Pennsylvania law.
letter(
    "us-pa-pittsburgh-cfo-2004-officer-letter", "pdf", datetime(2004, 7, 20, 15, 0),
    "Exhibit 10.1 - Offer Letter - Whitford", "Allegheny Brightwater Systems, Inc.",
    font="DejaVuSerif", size=10.5, paper="Letter", footer="",
    blocks=[
        ("lines", ["Exhibit 10.1"]),
        ("head", "ALLEGHENY BRIGHTWATER SYSTEMS, INC.", "Two Station Square Plaza, Suite 900, Pittsburgh, Pennsylvania 15219"),
        ("lines", ["July 20, 2004", "", "Ms. Eleanor M. Whitford", "611 Lincoln Avenue", "Sewickley, PA 15143"]),
        ("para", "Dear Eleanor:"),
        ("para", P("""
            On behalf of the Board of Directors of Allegheny Brightwater Systems, Inc. (the "Company"), I am
            pleased to set out the terms on which the Company proposes to employ you as its Senior Vice
            President and Chief Financial Officer. You will report to me as Chief Executive Officer and will
            work at the Company's headquarters in Pittsburgh, Pennsylvania.""")),
        ("heading", "1. Commencement"),
        ("para", P("""
            Your employment will commence on or before August 16, 2004 (the actual first day being the
            "Start Date"). You will devote your full business time and attention to the Company.""")),
        ("heading", "2. Base Salary"),
        ("para", P("""
            The Company will pay you a base salary at an annualized rate of $265,000 (the "Base Salary"),
            payable in accordance with the Company's customary payroll practices for officers, which at
            present provide for payment every other Friday. The Compensation Committee will review the Base
            Salary annually, commencing in 2005, and may increase but not decrease it.""")),
        ("heading", "3. Incentive Compensation"),
        ("para", P("""
            Beginning with fiscal year 2005, you will be eligible to earn an annual cash incentive under the
            Company's Executive Incentive Compensation Plan. Your target award will be 45% of the Base
            Salary, and the maximum award 90% of the Base Salary, with the actual award determined by the
            Compensation Committee based on Company and individual performance. For fiscal 2004 you will
            receive a prorated award at target, payable when awards are paid to other officers.""")),
        ("heading", "4. Stock Option"),
        ("para", P("""
            Subject to approval by the Compensation Committee at its first meeting after the Start Date, you
            will be granted a non-qualified option to purchase 150,000 shares of the Company's common stock
            under the 2001 Stock Incentive Plan. The exercise price will be the Nasdaq National Market
            closing price of our common stock on the grant date. The option will become
            exercisable in four equal annual installments, the first on the first anniversary of the date of
            grant, provided you remain employed on each vesting date, and will have a term of ten years.""")),
        ("heading", "5. Benefits"),
        ("para", P("""
            You will be entitled to participate in the employee benefit plans the Company maintains for its
            senior officers, on the terms of those plans as in effect from time to time, including medical,
            dental, group term life and long-term disability coverage, the 401(k) Retirement Savings Plan and
            the Employee Stock Purchase Plan. You will be entitled to four weeks of paid vacation per year, in
            addition to Company holidays.""")),
        ("heading", "6. Severance"),
        ("para", P("""
            If the Company terminates your employment other than for Cause (as defined in the Plan) during
            the first two years after the Start Date, and you sign a general release of claims in a form
            acceptable to the Company, the Company will continue to pay the Base Salary for twelve (12)
            months following the termination date and will pay the employer portion of your COBRA premiums
            for the same period. Severance under this paragraph is in lieu of any other severance plan or
            policy of the Company.""")),
        ("heading", "7. Proprietary Information"),
        ("para", P("""
            As a condition of employment you will sign the Company's Proprietary Information and Inventions
            Agreement, under which you will hold the Company's confidential information in confidence and
            will assign to the Company all inventions you conceive in the course of your employment.""")),
        ("heading", "8. Nature of Employment"),
        ("para", P("""
            Although we hope your association with the Company will be long and rewarding, your employment
            will be "at will", meaning that either you or the Company may terminate it at any time, for any
            reason, with or without Cause. Paragraph 6 describes the only payments due on a termination by
            the Company.""")),
        ("heading", "9. Conditions"),
        ("para", P("""
            This offer is subject to the Company's satisfactory completion of a background and credit
            investigation and to your providing documentation of your eligibility for employment in the
            United States, as required by federal law.""")),
        ("heading", "10. Miscellaneous"),
        ("para", P("""
            This letter, together with the Proprietary Information and Inventions Agreement, is the entire
            agreement between us regarding its subject and supersedes any earlier discussions. It shall be
            construed under the laws of the Commonwealth of Pennsylvania, without regard to its conflict of
            laws principles.""")),
        ("para", P("""
            If the foregoing is acceptable, please sign and return a copy of this letter to me within five
            business days of the date of this letter, after which this offer will be withdrawn.""")),
        ("lines", ["Very truly yours,", "", "ALLEGHENY BRIGHTWATER SYSTEMS, INC.", "", "",
                   "By: /s/ Lawrence D. Strickler", "Lawrence D. Strickler", "President and Chief Executive Officer", "",
                   "Agreed and accepted:", "", "/s/ Eleanor M. Whitford", "Eleanor M. Whitford",
                   "Date: July 23, 2004"]),
    ],
)


# 3. US (New York), 2024 offer to a general counsel: PDF, 3 pages.
#     Traps: "the Base Salary" per annum, a guaranteed minimum bonus for the first year beside a
#     target of 75%, a make-whole RSU award stated as a dollar value vesting annually over
#     three years, severance as months of Base Salary plus target bonus, three office days a
#     week, 60 days' resignation notice inside an at-will letter, a 12-month non-solicit and no
#     non-compete, JAMS arbitration, a deadline with a time of day.
letter(
    "us-ny-manhattan-general-counsel-guaranteed-bonus", "pdf", datetime(2024, 2, 29, 17, 30),
    "Offer Letter - Priya Raghunathan-Cole", "Corvane Meridian Holdings, Inc.",
    font="DejaVuSans", size=10, paper="Letter", footer="Corvane Meridian Holdings, Inc.  -  Confidential",
    blocks=[
        ("head", "Corvane Meridian Holdings, Inc.", "425 Park Avenue South, 19th Floor  ·  New York, NY 10016"),
        ("lines", ["February 29, 2024", "", "BY EMAIL", "", "Priya Raghunathan-Cole",
                   "Address on file"]),
        ("para", "Dear Priya:"),
        ("para", P("""
            I am delighted to extend to you this offer to join Corvane Meridian Holdings, Inc. ("Corvane" or
            the "Company") as Executive Vice President, General Counsel and Corporate Secretary, reporting
            to me. This letter (the "Agreement") sets out the terms of your employment.""")),
        ("heading", "Start Date; Duties"),
        ("para", P("""
            Your employment will begin on April 1, 2024, or another date we agree in writing (the date you
            actually begin, the "Start Date"). You will be expected to devote your full business time and
            best efforts to Corvane. You may serve on one outside not-for-profit board, provided it does not
            interfere with your duties.""")),
        ("heading", "Place of Work"),
        ("para", P("""
            Your principal office will be our headquarters in New York, New York. Consistent with our
            policy for the executive team, you will work from the Park Avenue South office at least three
            days each week, and may work remotely on the other days.""")),
        ("heading", "Base Salary"),
        ("para", P("""
            You will be paid a base salary of $475,000 per annum (as adjusted from time to time, the "Base
            Salary"), less applicable withholdings and deductions, in accordance with the Company's regular
            payroll schedule. The Base Salary will be reviewed annually by the Compensation Committee of the
            Board (the "Committee"). As an executive, your position is exempt from overtime requirements.""")),
        ("heading", "Annual Bonus"),
        ("para", P("""
            You will be eligible for an annual cash bonus under the Corvane Executive Annual Incentive Plan,
            with a target of 75% of your Base Salary (the "Target Bonus"). The actual bonus may range from
            zero to 150% of the Target Bonus, based on the achievement of performance goals set by the
            Committee. For fiscal year 2024 only, your bonus will be no less than $300,000 (the "Guaranteed
            Minimum Bonus"), without proration, payable when bonuses for 2024 are paid to other executives
            in early 2025, provided you are employed by Corvane on the payment date.""")),
        ("heading", "Make-Whole Equity Award"),
        ("para", P("""
            To replace equity you will forfeit on leaving your current employer, on the Start Date you will
            receive a grant of restricted stock units ("RSUs") under the Corvane 2021 Omnibus Incentive Plan
            with a grant-date value of $1,200,000. The number of RSUs will be determined by dividing that
            value by the average closing price of Corvane common stock over the twenty trading days before
            the Start Date, rounded down to a whole unit.""")),
        ("para", P("""
            The RSUs will vest in three equal installments on the first, second and third anniversaries of
            the Start Date, subject to your continued service through each date. Beginning in 2025 you will
            be considered for annual long-term incentive awards on the same basis as other executive
            officers.""")),
        ("heading", "Benefits"),
        ("para", P("""
            You will be eligible to participate in the benefit plans available to Corvane's senior
            executives, including medical, dental and vision coverage, basic and supplemental life
            insurance, short- and long-term disability insurance, and the Corvane 401(k) Plan, in which the
            Company matches 100% of the first 4% of eligible compensation that you defer. You will also have
            access to the pre-tax commuter program. You will be entitled to paid time off in accordance with
            the Company's executive paid time off policy, which does not set a fixed number of days, and to
            sick and safe leave as provided under New York law.""")),
        ("heading", "Severance"),
        ("para", P("""
            If Corvane terminates your employment without Cause, or you resign for Good Reason (each as
            defined in the Corvane Executive Severance Plan), you will receive, subject to your timely
            execution and non-revocation of a release of claims, (i) continued payment of the Base Salary
            for twelve (12) months, (ii) an amount equal to your Target Bonus, paid in installments over the
            same twelve months, and (iii) Company-subsidized COBRA continuation for up to twelve months.""")),
        ("heading", "Notice of Resignation"),
        ("para", P("""
            Your employment with Corvane is at will and may be ended by either party at any time. We ask,
            however, that if you decide to resign you give the Company at least sixty (60) days' advance
            written notice, so that we can arrange for the orderly transition of your responsibilities;
            the Company may waive all or part of that period.""")),
        ("heading", "Restrictive Covenants"),
        ("para", P("""
            As a condition of employment you will sign the Company's Confidentiality, Intellectual Property
            and Non-Solicitation Agreement (the "Covenant Agreement"). Under it you will protect Corvane's
            confidential information during and after your employment, assign to Corvane the work product
            you create for it, and for twelve (12) months after your employment ends refrain from soliciting
            Corvane's employees or inducing its clients to reduce their business with the Company. The
            Covenant Agreement does not contain a covenant not to compete.""")),
        ("heading", "Dispute Resolution"),
        ("para", P("""
            Except for claims for injunctive relief under the Covenant Agreement, any dispute arising out of
            your employment will be resolved exclusively by confidential, binding arbitration before a single
            arbitrator administered by JAMS in New York County under its Employment Arbitration Rules. This
            Agreement is governed by the laws of the State of New York.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is contingent on (a) satisfactory results of a background check, including
            verification of your bar admission in good standing; (b) the Committee's approval of the terms
            above; and (c) your completing the Form I-9 process on your first day.""")),
        ("heading", "Acceptance"),
        ("para", P("""
            Please indicate your acceptance by signing below and returning this Agreement to me. This offer
            will expire if we have not received your signed acceptance by 5:00 p.m. Eastern Time on Friday,
            March 8, 2024.""")),
        ("para", P("""
            Priya, the whole leadership team was impressed by you, and we look forward to your joining us.""")),
        ("lines", ["Sincerely,", "", "/s/ Martin A. Okonkwo-Lyle", "Martin A. Okonkwo-Lyle",
                   "Chief Executive Officer", "", "ACCEPTED AND AGREED:", "",
                   "/s/ Priya Raghunathan-Cole                Date: March 4, 2024",
                   "Priya Raghunathan-Cole"]),
    ],
)


# 4. US (California), venture-backed start-up: DOCX with a "terms summary" table.
#     Traps: the key terms in a two-column table, a salary that rises when a Series B closes
#     (the first figure is the one), options with a one-year cliff and monthly vesting in the
#     following sentences, two office days a week, PTO and California sick days, the
#     "Employee Confidentiality and Invention Assignment Agreement" with no non-compete
#     (California), an arbitration agreement, a deadline by date.
letter(
    "us-ca-oakland-startup-director-engineering-options", "docx", datetime(2027, 2, 22, 11, 0),
    "Offer - Director of Engineering - Mateus Albuquerque", "Tidewell Robotics, Inc.",
    paper="Letter",
    blocks=[
        ("head", "Tidewell Robotics, Inc.", "1911 Embarcadero, Unit B  ·  Oakland, CA 94606  ·  tidewell.example"),
        ("lines", ["February 22, 2027", "", "Mateus Albuquerque", "Sent via DocuSign"]),
        ("para", "Dear Mateus,"),
        ("para", P("""
            Thank you for spending so much time with us over the last month. We are thrilled to offer you a
            place on the Tidewell team as our Director of Engineering. The key terms are summarized in the
            table below; the rest of this letter fills in the details.""")),
        ("table", [
            ["Position", "Director of Engineering, reporting to Noor Haddad-Brennan, Co-founder and CTO"],
            ["Status", "Full-time, exempt"],
            ["Start date", "Monday, March 29, 2027"],
            ["Location", "Oakland, California (hybrid)"],
            ["Base salary", "$150,000 per year, paid twice a month"],
            ["Stock options", "130,000 shares of Common Stock (4-year vesting, 1-year cliff)"],
            ["Time off", "15 days PTO + 5 sick days + company holidays"],
            ["Offer valid until", "March 12, 2027"],
        ], False),
        ("heading", "Compensation"),
        ("para", P("""
            You will start on a base salary of $150,000 per year, paid on the 15th and last day of each month
            and subject to required withholdings. When Tidewell closes a Series B preferred stock financing
            of at least $30 million, your base salary will increase to $175,000 per year, effective the first
            payroll date after the closing. The California pay scale for this role is $150,000 to $190,000.
            You will not be eligible for overtime pay.""")),
        ("heading", "Equity"),
        ("para", P("""
            We will recommend to the Board that you be granted an option to purchase 130,000 shares of
            Tidewell's Common Stock under the 2024 Stock Plan. The per-share exercise price will be what the
            Board determines the Common Stock is worth on the grant date.""")),
        ("para", P("""
            The option will have a four-year vesting schedule. No shares vest during your first twelve
            months of service; on the first anniversary of your vesting commencement date, 25% of the shares
            will vest. The remaining shares will vest in 36 equal monthly installments after that, as long
            as you keep providing services to Tidewell. Details will be in the Plan and your stock option
            agreement.""")),
        ("heading", "Working arrangement"),
        ("para", P("""
            Engineering works together at our Jack London Square office in Oakland every Tuesday and
            Wednesday. On the other days you may work from home.""")),
        ("heading", "Time off and benefits"),
        ("para", P("""
            You will receive 15 days of paid time off each year, accrued ratably, and 5 paid sick days
            available from your first day, in addition to the nine company holidays. Tidewell pays the full
            premium for employee medical, dental and vision coverage through our PEO, and 50% for
            dependents. You may join the PEO's 401(k) plan; Tidewell does not currently make matching
            contributions. We also offer a $1,500 yearly learning budget for courses and conferences.""")),
        ("heading", "Agreements"),
        ("para", P("""
            Like every Tidewell employee, you must sign our Employee Confidentiality and Invention Assignment
            Agreement before your first day. It protects our confidential information and assigns to
            Tidewell the inventions you make as an employee. Consistent with California law, it contains no
            covenant restricting where you may work after you leave.""")),
        ("para", P("""
            You will also be asked to sign our Mutual Arbitration Agreement, under which you and Tidewell
            each agree to resolve employment-related disputes by final and binding arbitration rather than in
            court, to the extent the law allows.""")),
        ("heading", "At-will employment"),
        ("para", P("""
            Tidewell cannot promise employment for any particular length of time. You may resign at any
            time and for any reason, and Tidewell may end the relationship on the same basis, with or
            without cause or advance notice. Only a written agreement signed by our CEO can change this.""")),
        ("heading", "Other terms"),
        ("para", P("""
            This offer depends on satisfactory reference checks and on your proving, within three business
            days of starting, that you are authorized to work in the United States. California law governs
            this letter.""")),
        ("para", P("""
            To accept, please sign through DocuSign by March 12, 2027. After that date the offer lapses. We
            can't wait to have you on board.""")),
        ("lines", ["Best,", "", "Ines Vardakis", "Co-founder and Chief Executive Officer", "Tidewell Robotics, Inc.",
                   "", "Accepted: ____________________   Date: __________", "Mateus Albuquerque"]),
    ],
)


# 5. US (Massachusetts), 2022 offer to a senior scientist: PDF, 2 pages.
#     Traps: "paid in semi-monthly installments", a sign-on bonus repayable pro rata if the
#     employee leaves within 12 months, a target bonus of 15%, options vesting 25% then
#     quarterly, a non-compete and non-solicit referred to only through the enclosed
#     "Employee Confidentiality and Invention Assignment Agreement" (no period in the letter),
#     on-site lab work, a deadline by date.
letter(
    "us-ma-cambridge-senior-scientist-signon-prorata", "pdf", datetime(2022, 10, 7, 14, 0),
    "Offer of Employment - Dr. Hyun-woo Castellanos", "Quillfern Therapeutics, Inc.",
    font="DejaVuSans", size=10, paper="Letter", footer="Quillfern Therapeutics, Inc.",
    blocks=[
        ("head", "QUILLFERN THERAPEUTICS", "300 Binney Street, 4th Floor  |  Cambridge, MA 02142"),
        ("lines", ["October 7, 2022", "", "Dr. Hyun-woo Castellanos", "27 Oakland Street, Apt. 3", "Medford, MA 02155"]),
        ("para", "Dear Hyun-woo:"),
        ("para", P("""
            Quillfern Therapeutics, Inc. ("Quillfern" or the "Company") is pleased to offer you the position
            of Senior Scientist, Protein Engineering, reporting to Dr. Adaeze Moravec, Director of Discovery
            Biology. This is a full-time, exempt position based at our laboratories in Cambridge,
            Massachusetts. Because the role is laboratory-based, you will be expected to work on site.""")),
        ("para", P("""
            Start Date. We propose that you begin on Monday, November 7, 2022, or on another date we agree.""")),
        ("para", P("""
            Compensation. Your annual base salary will be $172,500, paid in semi-monthly installments and
            subject to applicable withholdings. You will also be eligible for an annual performance bonus
            with a target of 15% of your base salary, based on corporate and individual goals and prorated
            for 2022 from your start date.""")),
        ("para", P("""
            Sign-On Bonus. Quillfern will pay you a one-time sign-on bonus of $25,000, less withholdings, in
            your first regular paycheck. If you resign, or Quillfern ends your employment for cause, before
            the first anniversary of your start date, you agree to repay a pro rata portion of the gross
            sign-on bonus, calculated by reference to the number of full months remaining in that first
            year, within thirty days of your last day.""")),
        ("para", P("""
            Equity. Subject to Board approval, you will be granted an option to buy 18,000 shares of
            Quillfern common stock under the 2020 Equity Incentive Plan, priced at fair market value on the
            grant date. Twenty-five percent of the shares will vest on the first
            anniversary of your start date. The balance will vest in twelve equal quarterly installments
            over the following three years, subject to your continuous service.""")),
        ("para", P("""
            Benefits. You will be eligible for the Company's medical, dental and vision plans, life and
            disability insurance, and the 401(k) plan, which matches 50% of your contributions up to 8% of
            your salary. Quillfern also provides a monthly MBTA pass subsidy, paid parental leave of twelve
            weeks, and 20 days of paid vacation a year in addition to holidays and the company-wide winter
            shutdown. Massachusetts earned sick time is provided under our sick time policy.""")),
        ("para", P("""
            Employee Confidentiality and Invention Assignment Agreement. As a condition of employment, you
            must sign the enclosed Employee Confidentiality and Invention Assignment Agreement, which
            contains, among other things, confidentiality obligations, an assignment of inventions,
            non-competition obligations and non-solicitation obligations. We are giving it to you with this
            offer, at least ten business days before your start date, and you have the right to consult
            with counsel before signing it.""")),
        ("para", P("""
            At-Will Employment. Your employment with Quillfern is "at will": it is for no specified period,
            and either you or Quillfern may end it at any time, with or without cause or notice.""")),
        ("para", P("""
            Conditions. This offer is contingent on your satisfactory references and a background check, and
            on your showing us, with the documents federal law asks for, who you are and that you may work in
            the United States. This
            letter is governed by the laws of the Commonwealth of Massachusetts.""")),
        ("para", P("""
            Please sign this letter and the enclosed agreement and return them to me by Friday, October 14,
            2022. We hope you will accept, and we look forward to the science you will bring.""")),
        ("lines", ["Sincerely,", "", "Katarzyna Ellsworth", "Vice President, People", "Quillfern Therapeutics, Inc.",
                   "", "Enclosure: Employee Confidentiality and Invention Assignment Agreement", "",
                   "I accept this offer on the terms above.", "",
                   "______________________________   Date: ______________", "Hyun-woo Castellanos"]),
    ],
)


# 6. US (Florida), 2019 store manager letter: TXT, 1.5 pages.
#     Traps: the employer named only in the letterhead and the signature block (the body says
#     "we", "the Company" never appears with a name), weekly salary paid weekly, exempt, a
#     50-hour schedule, at-will in unusual words, a store bonus as a yearly maximum amount, a
#     90-day introductory period, vacation after 90 days and sick days, "by Friday, July 12"
#     with no year, no governing law.
letter(
    "us-fl-brandon-store-manager-letterhead-only", "txt", datetime(2019, 7, 8, 10, 0),
    "Store Manager offer - D. Pruitt", "Gulf Tide Home & Hardware",
    blocks=[
        ("head", "GULF TIDE HOME & HARDWARE, INC.", "Store Support Center  |  8200 N. Dale Mabry Hwy  |  Tampa, Florida 33614"),
        ("lines", ["July 8, 2019", "", "Ms. Denise Pruitt", "4107 Bell Shoals Road", "Valrico, FL 33596"]),
        ("para", "Dear Denise,"),
        ("para", P("""
            Congratulations! Following your interviews with Frank Osei and our district team, we are very
            happy to offer you the job of Store Manager at our Brandon store (Store #114, 1850 W. Brandon
            Blvd., Brandon, FL). You will report to Frank, District Manager for Hillsborough County.""")),
        ("para", P("""
            Your first day will be Monday, July 29, 2019. You will spend your first two weeks training at our
            Carrollwood store before taking over in Brandon.""")),
        ("para", P("""
            PAY. You will earn $1,250.00 per week, paid every Friday by direct deposit. Store Manager is a
            salaried position that is exempt from overtime. Store managers normally work a five-day schedule
            of 50 hours a week, including at least one weekend day, set with your district manager.""")),
        ("para", P("""
            BONUS. You will take part in the Store Manager Incentive Plan, which pays up to $9,000 a year
            based on your store's sales, shrink and payroll results against plan. Payouts are made twice a
            year.""")),
        ("para", P("""
            TIME OFF. After your first 90 days you will receive two weeks of paid vacation a year, and you
            will have five paid sick days a year from your first day. We close on Thanksgiving and Christmas
            Day.""")),
        ("para", P("""
            BENEFITS. You can enroll in medical, dental and vision insurance on the first of the month after
            60 days, and in our 401(k) plan, which includes a company match, after one year. You will also get
            a 20% associate discount.""")),
        ("para", P("""
            INTRODUCTORY PERIOD. The first 90 days are an introductory period during which you and your
            district manager will review your progress every month.""")),
        ("para", P("""
            Please understand that nobody here has the authority to promise you a job for any set length of
            time. You are free to resign whenever you choose, and we keep the same freedom to end the
            employment, with or without a reason. This letter is not a contract for any period.""")),
        ("para", P("""
            This offer depends on a negative drug screen and a satisfactory background check, both of which
            we arrange. You will also need to complete Form I-9 on your first day. We ask all managers to sign
            our confidentiality acknowledgement, which covers pricing, vendor terms and customer
            information.""")),
        ("para", P("""
            Please call or e-mail me by Friday, July 12 to let me know your decision. We really hope you will
            join us.""")),
        ("lines", ["Sincerely,", "", "Lorraine Vasquez-Tate", "Regional Human Resources Manager",
                   "Gulf Tide Home & Hardware, Inc.", "lvasqueztate@gulftide.example  |  (813) 555-0172"]),
    ],
)


# 7. US (Colorado), 2027 sales director offer with a commission plan: PDF with ruled tables, 2 pages.
#     Traps: a compensation table with base salary, target commission and on-target earnings
#     rows, the Colorado pay range, commission not a bonus ("not eligible for the annual bonus
#     plan"), relocation up to a capped amount repayable within 12 months, a 9-month customer
#     non-solicit and a non-compete limited by Colorado law, "biweekly", a deadline by date.
letter(
    "us-co-fort-collins-sales-director-commission", "pdf", datetime(2027, 1, 12, 9, 30),
    "Offer letter - Regional Sales Director - Callum Breckenridge", "Horsetooth Analytical Instruments, Inc.",
    font="DejaVuSans", size=9.5, paper="Letter", footer="Horsetooth Analytical Instruments, Inc. - offer letter",
    blocks=[
        ("head", "Horsetooth Analytical Instruments, Inc.", "2500 Research Boulevard, Fort Collins, Colorado 80526"),
        ("lines", ["January 12, 2027", "", "Callum Breckenridge", "6640 Stonebrook Lane", "Plano, TX 75093"]),
        ("para", "Dear Callum,"),
        ("para", P("""
            I'm pleased to offer you employment with Horsetooth Analytical Instruments, Inc. ("Horsetooth")
            as Regional Sales Director, Mountain and Southwest, reporting to Gwendolyn Achterberg, Vice
            President of Sales. Your home office will be our headquarters in Fort Collins, Colorado; as we
            discussed, you'll travel within your territory about 40% of the time.""")),
        ("heading", "Your compensation at a glance"),
        ("table", [
            ["Component", "Annual amount"],
            ["Base salary", "$138,000"],
            ["Target commission (at 100% of quota)", "$92,000"],
            ["On-target earnings", "$230,000"],
            ["Posted range for base salary", "$125,000 - $155,000"],
        ], True),
        ("para", P("""
            Your base salary is paid biweekly, less applicable withholdings. This is an exempt position.
            Commissions are earned and paid under the FY2027 Sales Compensation Plan for Regional Directors,
            which you will receive and acknowledge separately; commissions are uncapped and are paid monthly
            in arrears. For the first two quarters, you will receive a non-recoverable draw of $4,000 per
            month against commissions. Because you are on a sales compensation plan, you are not eligible for
            Horsetooth's annual corporate bonus plan.""")),
        ("heading", "Start date"),
        ("para", "Your start date will be Monday, February 22, 2027."),
        ("heading", "Relocation"),
        ("para", P("""
            To help you move from Plano to the Fort Collins area, Horsetooth will reimburse documented moving
            and temporary housing expenses up to a maximum of $20,000, through our relocation provider. If
            you leave Horsetooth voluntarily within twelve months of your start date, you must repay the
            full amount of relocation assistance paid on your behalf.""")),
        ("heading", "Benefits and time off"),
        ("table", [
            ["Benefit", "Details"],
            ["Medical, dental, vision", "Eligible from day one; Horsetooth pays 85% of employee premiums"],
            ["401(k)", "Dollar-for-dollar match on the first 5% of eligible pay; immediate vesting"],
            ["Life and disability", "Basic life (1x salary), short- and long-term disability"],
            ["Vacation", "Three weeks (15 days) per year, prorated in year one"],
            ["Sick leave", "48 hours per year under Colorado's Healthy Families and Workplaces Act"],
            ["Holidays", "Ten paid holidays"],
        ], True),
        ("heading", "Confidentiality and restrictive covenants"),
        ("para", P("""
            Before your start date you will sign Horsetooth's Confidential Information, Invention Assignment
            and Customer Non-Solicitation Agreement. It requires you to keep Horsetooth's trade secrets and
            pricing confidential, assigns to Horsetooth the work product you create, and, for nine months
            after your employment ends, bars you from soliciting any customer you called on in your last
            two years with Horsetooth. The agreement is limited to what C.R.S. 8-2-113 permits for a worker
            at your compensation level, and we have provided the separate notice that Colorado law requires.
            It does not prevent you from working for a competitor.""")),
        ("heading", "Employment relationship"),
        ("para", P("""
            Your employment with Horsetooth will be at will, which means either of us may end it at any time
            for any lawful reason. This letter is governed by Colorado law.""")),
        ("para", P("""
            This offer is contingent on a satisfactory background check and motor vehicle record review,
            since you will drive for work, and on your completing Form I-9.""")),
        ("heading", "Accepting this offer"),
        ("para", P("""
            Please sign and return this letter by January 19, 2027. If we have not heard from you by then,
            this offer will expire.""")),
        ("lines", ["Sincerely,", "", "Gwendolyn Achterberg", "Vice President of Sales",
                   "Horsetooth Analytical Instruments, Inc.", "",
                   "Accepted: ______________________  Date: ___________", "Callum Breckenridge"]),
    ],
)


# 8. US (Illinois), 2013 product manager offer: DOCX with a key-terms table, 2 pages.
#     Traps: pay stated per semi-monthly pay period in the table, the annual figure only in the
#     bonus sentence, RSUs vesting in four equal annual installments, a safe-harbor style match
#     (100% of 3% plus 50% of the next 2%), one PTO bank for vacation, personal and sick time,
#     a 12-month non-compete and non-solicit in one sentence, a deadline by date.
letter(
    "us-il-schaumburg-product-manager-rsu-2013", "docx", datetime(2013, 9, 9, 10, 0),
    "Offer Letter - K. Oyelowo-Brandt", "Wexmoor Payments Corporation",
    paper="Letter",
    blocks=[
        ("head", "Wexmoor Payments Corporation", "1450 American Lane, Suite 1200, Schaumburg, Illinois 60173"),
        ("lines", ["September 9, 2013", "", "Ms. Kemi Oyelowo-Brandt", "2319 N. Kedzie Boulevard, Unit 2", "Chicago, IL 60647"]),
        ("para", "Dear Kemi:"),
        ("para", P("""
            It is my pleasure to offer you a position with Wexmoor Payments Corporation ("Wexmoor"). We were
            impressed by your background in merchant acquiring and believe you will be a strong addition to
            the Product Management group. The principal terms of our offer are as follows:""")),
        ("table", [
            ["Term", "Offer"],
            ["Title", "Senior Product Manager, Merchant Services"],
            ["Reports to", "Vice President, Product Management"],
            ["Work location", "Schaumburg, Illinois headquarters"],
            ["Start date", "Monday, September 30, 2013"],
            ["Base pay", "$4,791.67 per semi-monthly pay period (24 pay periods per year)"],
            ["Annual incentive", "Target 10% of annual base salary"],
            ["Restricted stock units", "1,600 RSUs, vesting in four equal annual installments"],
            ["Paid time off", "18 days per calendar year, prorated for 2013"],
        ], True),
        ("heading", "Compensation"),
        ("para", P("""
            Your pay will be deposited on the 15th and the last business day of each month. You will be
            classified as an exempt employee. You will participate in the Wexmoor Annual Incentive Plan with a
            target award of 10% of your annual base salary of $115,000; awards depend on company and
            individual results and are paid in March for the prior year. Your 2013 award will be prorated
            from your start date.""")),
        ("heading", "Restricted Stock Units"),
        ("para", P("""
            Management will recommend to the Compensation Committee of the Board that you receive 1,600
            restricted stock units under the Wexmoor 2010 Long-Term Incentive Plan at the Committee's next
            regular meeting. One-fourth of the units will vest on each of the first four anniversaries of the
            grant date, provided you are still employed by Wexmoor on each vesting date. The award will be
            governed by the plan and an award agreement.""")),
        ("heading", "Benefits"),
        ("para", P("""
            You will be eligible to participate in Wexmoor's medical, dental, vision, life and disability
            plans on the first day of the month after your start date. Under the Wexmoor 401(k) Savings Plan,
            Wexmoor matches 100% of the first 3% of pay you contribute and 50% of the next 2%. You may also
            buy Wexmoor shares at a 15% discount through the Employee Stock Purchase Plan and receive up to
            $5,250 a year in tuition assistance.""")),
        ("para", P("""
            Your 18 days of paid time off may be used for vacation, personal business or illness; Wexmoor
            does not maintain a separate sick leave bank. You will also have eight paid company holidays.""")),
        ("heading", "Agreement and conditions"),
        ("para", P("""
            As a condition of employment, you will sign Wexmoor's Employee Non-Competition, Non-Solicitation
            and Confidentiality Agreement. Under that agreement, for twelve months following separation from
            Wexmoor for any reason you may not provide product management services to a competing merchant
            acquirer or payment processor, nor solicit Wexmoor's merchants, partners or employees. It also
            protects Wexmoor's confidential information and assigns to Wexmoor inventions and work product
            you develop while employed.""")),
        ("para", P("""
            This offer is contingent upon satisfactory completion of a background check, which includes a
            credit review and verification of your academic degrees, and on your completing Form I-9
            within three days of starting.""")),
        ("para", P("""
            Employment at Wexmoor is at will. Neither this letter nor the table above creates a contract of
            employment for any definite term. This letter is governed by the laws of the State of Illinois.""")),
        ("para", P("""
            Kindly return your signed acceptance by Friday, September 13, 2013. We look forward to
            welcoming you to Wexmoor.""")),
        ("lines", ["Sincerely,", "", "Douglas P. Farrington", "Vice President, Human Resources",
                   "Wexmoor Payments Corporation", "", "Accepted and agreed:", "",
                   "_____________________________   Date: ______________", "Kemi Oyelowo-Brandt"]),
    ],
)


# 9. US (New Jersey), 2027 offer to a vice president with three exhibits: PDF, the long one
#     (8+ pages).
#     Traps: salary "at the rate of" per year in a numbered letter, biweekly pay, target bonus
#     40%, a sign-on bonus repayable in full within 12 months, relocation up to a cap repayable
#     pro rata, RSUs vesting 25% a year, office Monday to Thursday, PTO plus New Jersey earned
#     sick leave in hours, 30 days' resignation notice, severance in an exhibit as months of
#     base salary (not notice), a 12-month non-compete and an 18-month non-solicit in an
#     exhibit, AAA arbitration, New Jersey law, a deadline by date.
letter(
    "us-nj-princeton-vp-regulatory-offer-exhibits", "pdf", datetime(2027, 1, 8, 16, 0),
    "Offer Letter and Exhibits - Renata J. Halvorsen", "Ashgrove Lindqvist Pharmaceuticals, Inc.",
    font="DejaVuSerif", size=11, paper="Letter", footer="Ashgrove Lindqvist Pharmaceuticals, Inc. - Confidential",
    blocks=[
        ("head", "Ashgrove Lindqvist Pharmaceuticals, Inc.", "600 College Road East, Princeton, New Jersey 08540"),
        ("lines", ["January 8, 2027", "", "PERSONAL AND CONFIDENTIAL", "",
                   "Renata J. Halvorsen, Pharm.D.", "5418 Washington Boulevard East", "Indianapolis, IN 46220"]),
        ("para", "Dear Renata:"),
        ("para", P("""
            On behalf of Ashgrove Lindqvist Pharmaceuticals, Inc. (the "Company"), it gives me great pleasure to
            extend to you an offer as Vice President, Regulatory Affairs, reporting to Dr. Samuel Achebe-Ward, Chief
            Medical Officer. This letter and its three exhibits describe the terms of our offer. Please read
            them carefully; Exhibit A in particular contains post-employment restrictions.""")),
        ("heading", "1. Position and Duties"),
        ("para", P("""
            You will lead the Company's regulatory strategy and submissions for its neurology portfolio and
            will have the duties customarily associated with that position, together with such other duties
            as the Chief Medical Officer may assign. You will serve the Company on a full-time basis and will
            not engage in other business activities without the prior written consent of the Chief Executive
            Officer, except for passive personal investments.""")),
        ("heading", "2. Start Date and Place of Work"),
        ("para", P("""
            Your first day of employment will be Tuesday, February 16, 2027 (the "Start Date"). Your place
            of work will be the Company's headquarters in Princeton, New Jersey. Under the Company's workplace
            guidelines, employees at your level work in the office Monday through Thursday and may work
            remotely on Fridays. Travel to regulatory agency meetings, to our contract research partners and
            to scientific conferences will be required from time to time.""")),
        ("heading", "3. Base Salary"),
        ("para", P("""
            The Company will pay you a base salary at the rate of $310,000 per year (your "Base Salary"),
            payable biweekly in accordance with the Company's payroll practices and subject to withholding.
            Your position is classified as exempt under the Fair Labor Standards Act and the New Jersey Wage
            and Hour Law. Your Base Salary will be reviewed each year in the Company's merit cycle, beginning
            in March 2028.""")),
        ("heading", "4. Annual Bonus"),
        ("para", P("""
            For each calendar year beginning with 2027, you will be eligible for a discretionary annual bonus
            under the Company's Annual Incentive Program, with a target amount equal to 40% of your Base
            Salary earned during that year. The amount of any bonus will depend on the Company's achievement
            of its corporate goals and on your individual performance, as determined by the Company in its
            sole discretion, and will be paid by March 15 of the following year. You must be employed on the
            payment date to earn a bonus.""")),
        ("heading", "5. Sign-On Bonus"),
        ("para", P("""
            The Company will pay you a one-time sign-on bonus of $60,000, less withholdings, within thirty
            days after the Start Date. The sign-on bonus is an advance that you earn by remaining employed
            for twelve months. If, before the first anniversary of the Start Date, you resign without Good
            Reason or the Company terminates your employment for Cause (both as defined in Exhibit B), you
            must repay the entire gross amount of the sign-on bonus within thirty days after your last day of
            employment.""")),
        ("heading", "6. Relocation"),
        ("para", P("""
            To assist with your move from Indianapolis to the Princeton area, the Company will provide
            relocation benefits under its Executive Relocation Policy, including household goods shipment,
            up to ninety days of temporary housing, and home-sale assistance, with a maximum total cost to
            the Company of $50,000 (grossed up for taxes where the policy so provides). You are expected to
            complete your relocation within six months after the Start Date. If you resign without Good
            Reason or are terminated for Cause within twelve months after the Start Date, you must repay a
            pro rata portion of the relocation benefits, reduced by one-twelfth for each full month you were
            employed.""")),
        ("heading", "7. Equity Award"),
        ("para", P("""
            Once the Board's Compensation Committee approves it, you will receive an
            award of 18,500 restricted stock units ("RSUs") under the Company's 2023 Equity Incentive Plan on
            the first trading day of the month following the Start Date. The RSUs will vest as to 25% of the
            units on each of the first four anniversaries of the grant date, subject to your continuous
            service through the applicable vesting date. Each vested RSU will be settled in one share of the
            Company's common stock. The award will be governed in all respects by the plan and the award
            agreement.""")),
        ("heading", "8. Benefits and Time Off"),
        ("para", P("""
            You will be eligible to participate in the employee benefit plans the Company offers to similarly
            situated employees, subject to the terms of those plans. These currently include medical,
            prescription, dental and vision coverage; basic and supplemental life insurance; short-term and
            long-term disability insurance; the Ashgrove Lindqvist 401(k) Plan, under which the Company
            matches 100% of your contributions up to 6% of eligible compensation; and tuition reimbursement
            for job-related graduate study. The Company may amend or end any benefit plan at any time.""")),
        ("para", P("""
            You will receive 25 days of paid time off per calendar year, prorated for 2027, to be scheduled
            with your manager's approval, plus the Company's eleven paid holidays and a year-end shutdown
            between December 24 and January 1. In addition, you will accrue earned sick leave under the New
            Jersey Earned Sick Leave Law at the rate of one hour for every thirty hours worked, up to 40 hours
            per benefit year.""")),
        ("heading", "9. At-Will Employment; Notice of Resignation"),
        ("para", P("""
            Your employment with the Company is at will. Either of us is free to bring it to an end whenever
            we choose, for Cause or otherwise and with or without advance notice, subject only to the
            severance terms of Exhibit B. Because of the seniority of your position, you
            agree to give the Company at least thirty (30) days' prior written notice of your resignation.
            The Company may place you on paid leave for all or part of that period or may accept your
            resignation effective on an earlier date.""")),
        ("heading", "10. Severance"),
        ("para", P("""
            If your employment is terminated by the Company without Cause or by you for Good Reason, you
            will be eligible for the severance benefits described in Exhibit B, on the conditions stated
            there.""")),
        ("heading", "11. Restrictive Covenants"),
        ("para", P("""
            As a condition of this offer and of your employment, you must sign the Employee Restrictive
            Covenant Agreement attached as Exhibit A on or before the Start Date. You acknowledge that the
            sign-on bonus, the equity award and your access to the Company's confidential information are
            good and valuable consideration for that agreement.""")),
        ("heading", "12. Pre-Employment Conditions"),
        ("para", P("""
            This offer is contingent on (a) the satisfactory completion of a background check, including
            confirmation of your Pharm.D. degree and professional licensure, and a pre-employment drug
            screen, (b) your presenting documents that establish your identity and employment authorization
            for Form I-9 purposes, and (c) confirmation that you are not debarred, excluded or otherwise
            ineligible to take part in federal health care programs or to work in a regulated role.""")),
        ("heading", "13. Dispute Resolution and Governing Law"),
        ("para", P("""
            Any controversy or claim arising out of or relating to this letter, your employment or its
            termination, other than an application for injunctive relief under Exhibit A, shall be settled by
            binding arbitration administered by the American Arbitration Association under its Employment
            Arbitration Rules, before one arbitrator sitting in Mercer County, New Jersey. By signing this
            letter you and the Company each waive the right to a jury trial on those claims. This letter and
            its exhibits shall be governed by and construed under the laws of the State of New Jersey.""")),
        ("heading", "14. Entire Agreement"),
        ("para", P("""
            This letter, with Exhibits A, B and C, the plan documents referred to above and your award
            agreement, is the complete statement of the terms of your employment and replaces any earlier
            discussions or offers. It may be modified only in a writing signed by you and the Chief Executive
            Officer.""")),
        ("para", P("""
            To accept this offer, please sign and date this letter and Exhibit A and return them to me no
            later than January 22, 2027. If I have not received them by that date, the offer will lapse.""")),
        ("para", "We are excited about the prospect of your joining Ashgrove Lindqvist and look forward to working with you."),
        ("lines", ["Sincerely,", "", "ASHGROVE LINDQVIST PHARMACEUTICALS, INC.", "", "",
                   "By: ______________________________", "Marguerite O. Castellano",
                   "Senior Vice President, Human Resources", "", "ACCEPTED AND AGREED:", "",
                   "______________________________   Date: ______________", "Renata J. Halvorsen"]),
        ("pagebreak",),
        ("title", "EXHIBIT A"),
        ("title", "EMPLOYEE RESTRICTIVE COVENANT AGREEMENT"),
        ("para", P("""
            This Employee Restrictive Covenant Agreement (this "Agreement") is entered into between Ashgrove
            Lindqvist Pharmaceuticals, Inc. (together with its subsidiaries, the "Company") and the employee
            named in the signature block below ("Employee"), in consideration of Employee's employment, the
            sign-on bonus and equity award described in the offer letter, and Employee's access to
            Confidential Information.""")),
        ("heading", "A.1 Confidential Information"),
        ("para", P("""
            "Confidential Information" means information that is not generally known outside the Company
            and that the Company treats as confidential, including regulatory strategies, correspondence
            with health authorities, clinical data, manufacturing processes, product pipelines, pricing,
            business plans and personnel information. During employment and at all times afterwards,
            Employee will not use Confidential Information except in performing Employee's duties, and will
            not disclose it to anyone outside the Company without written authorization. Nothing in this
            Agreement prevents Employee from reporting possible violations of law to a government agency or
            from making disclosures protected by whistleblower laws, and Employee is notified of the
            immunity provided by 18 U.S.C. Section 1833(b) for certain confidential disclosures of trade
            secrets.""")),
        ("heading", "A.2 Inventions"),
        ("para", P("""
            Employee will promptly disclose to the Company, and hereby assigns to the Company, all right,
            title and interest in any invention, discovery, data, regulatory filing, writing or other work
            product that Employee makes, alone or with others, during the period of employment and that
            relates to the Company's actual or anticipated business or results from work performed for the
            Company. This assignment does not apply to an invention that qualifies for protection under
            N.J.S.A. 34:1B-265, namely one developed entirely on Employee's own time without using the
            Company's equipment, supplies, facilities or trade secret information, unless it relates to the
            Company's business or results from Employee's work for the Company.""")),
        ("heading", "A.3 Non-Competition"),
        ("para", P("""
            During employment and for a period of twelve (12) months after the termination of Employee's
            employment for any reason (the "Restricted Period"), Employee will not, within the United States,
            perform regulatory affairs, regulatory strategy or regulatory submission services for any person
            or entity that is developing or commercializing a product for the treatment of epilepsy,
            migraine or Parkinson's disease that competes with a product the Company is developing or
            selling at the time of termination. Ownership of less than two percent of the publicly traded
            stock of any company is not a breach of this section.""")),
        ("heading", "A.4 Non-Solicitation"),
        ("para", P("""
            For eighteen (18) months after the termination of Employee's employment for any reason, Employee
            will not, directly or through others, (a) solicit, recruit or hire any person who was an employee
            or consultant of the Company during the last twelve months of Employee's employment, or (b)
            induce any clinical research organization, contract manufacturer, licensor or other business
            partner of the Company to terminate or adversely change its relationship with the Company.""")),
        ("heading", "A.5 Reasonableness; Remedies"),
        ("para", P("""
            Employee agrees that the restrictions in this Agreement are reasonable in duration, geography and
            scope, and are necessary to protect the Company's legitimate interests. If a court or arbitrator
            finds any restriction unenforceable as written, it shall be modified to the minimum extent
            necessary to make it enforceable. Employee agrees that a breach would cause the Company
            irreparable harm, and that the Company may seek an injunction in addition to any other remedy,
            without posting a bond. The Restricted Period shall be extended by any period during which
            Employee is in breach.""")),
        ("heading", "A.6 Return of Property; Notice to New Employers"),
        ("para", P("""
            On leaving the Company, Employee will return all Company documents, devices and data, and will
            not keep copies in any form. During the Restricted Period, Employee will inform any prospective
            employer of this Agreement before accepting employment, and agrees that the Company may send a
            copy of this Agreement to any such employer.""")),
        ("heading", "A.7 General"),
        ("para", P("""
            This Agreement survives the end of Employee's employment, is governed by New Jersey law, and may
            be assigned by the Company to a successor to its business. It is not a contract of employment for
            any period, and the employment remains at will.""")),
        ("lines", ["ASHGROVE LINDQVIST PHARMACEUTICALS, INC.        EMPLOYEE", "",
                   "By: __________________________                  ______________________________",
                   "Marguerite O. Castellano                        Renata J. Halvorsen",
                   "Date: ______________                            Date: ______________"]),
        ("pagebreak",),
        ("title", "EXHIBIT B"),
        ("title", "SEVERANCE TERMS"),
        ("heading", "B.1 Qualifying Termination"),
        ("para", P("""
            A "Qualifying Termination" means a termination of Employee's employment by the Company without
            Cause, or by Employee for Good Reason, in either case other than by reason of death or
            disability. A resignation without Good Reason, or a termination for Cause, is not a Qualifying
            Termination and carries no severance.""")),
        ("heading", "B.2 Severance Benefits"),
        ("para", P("""
            Upon a Qualifying Termination, and subject to Section B.4, the Company will (a) continue to pay
            Employee's Base Salary, at the rate in effect on the termination date, for twelve (12) months in
            accordance with its regular payroll schedule (the "Severance Period"); (b) pay a prorated portion
            of Employee's target annual bonus for the year of termination, based on the number of days
            employed in that year, in a lump sum; (c) if Employee timely elects COBRA continuation coverage,
            pay the employer share of the premiums for Employee and covered dependents until the earlier of
            the end of the Severance Period and the date Employee becomes eligible for group health coverage
            through another employer; and (d) provide outplacement services for up to six months, at a cost
            not to exceed $10,000.""")),
        ("heading", "B.3 Definitions"),
        ("para", P("""
            "Cause" means Employee's (i) conviction of, or plea of guilty or no contest to, a felony or any
            crime involving fraud or dishonesty; (ii) willful misconduct or gross negligence that injures the
            Company; (iii) material breach of the offer letter, Exhibit A or a written Company policy,
            including its code of conduct and policies governing interactions with regulators, which, if
            curable, is not cured within fifteen days after written notice; or (iv) debarment or exclusion
            from federal health care programs.""")),
        ("para", P("""
            "Good Reason" means, without Employee's consent, (i) a material reduction of Employee's Base
            Salary, other than a reduction applied to senior leaders generally of not more than ten percent;
            (ii) a material diminution of Employee's title, authority or responsibilities; or (iii) a
            relocation of Employee's principal place of work by more than fifty miles; provided that Employee
            gives written notice of the condition within sixty days after it first arises, the Company fails
            to cure it within thirty days after the notice, and Employee resigns within thirty days after the
            cure period ends.""")),
        ("heading", "B.4 Release and Continuing Obligations"),
        ("para", P("""
            The severance benefits are conditioned on Employee's signing, and not revoking, a separation
            agreement and general release of claims in a form provided by the Company within the period
            stated in it, and on Employee's continued compliance with Exhibit A. Payments will begin on the
            first payroll date after the release becomes irrevocable; if the release period spans two
            calendar years, payments will begin in the second year.""")),
        ("heading", "B.5 Section 409A"),
        ("para", P("""
            The payments under this Exhibit are intended to be exempt from, or to comply with, Section 409A of
            the Internal Revenue Code, and each installment is a separate payment for that purpose. If
            Employee is a "specified employee" on the termination date, any payment that is deferred
            compensation and is payable on a separation from service will be delayed until the first payroll
            date after six months have passed, to the extent Section 409A requires.""")),
        ("heading", "B.6 No Duplication"),
        ("para", P("""
            The benefits in this Exhibit are in place of, and not in addition to, benefits under any other
            severance plan, policy or practice of the Company, and will be reduced by any pay in lieu of notice
            required by law, including under the New Jersey Millville Dallas Airmotive Plant Job Loss
            Notification Act.""")),
        ("pagebreak",),
        ("title", "EXHIBIT C"),
        ("title", "SUMMARY OF EXECUTIVE RELOCATION BENEFITS"),
        ("para", P("""
            This summary is provided for your convenience. The Executive Relocation Policy governs, and the
            total of the benefits below may not exceed the maximum stated in Section 6 of the offer letter.""")),
        ("table", [
            ["Benefit", "Description"],
            ["Home-finding trip", "One trip of up to four days for you and your spouse or partner, with airfare, lodging and meals"],
            ["Household goods", "Packing, shipment and unpacking by the Company's carrier; storage up to 60 days"],
            ["Temporary housing", "Furnished apartment near Princeton for up to 90 days"],
            ["Home sale", "Reimbursement of real estate commission up to 6% of the sale price"],
            ["Final move", "Mileage for up to two vehicles, or airfare, and one night's lodging en route"],
            ["Miscellaneous allowance", "$5,000, paid in the first payroll after the Start Date"],
            ["Tax assistance", "Gross-up of taxable items except the miscellaneous allowance"],
        ], True),
        ("para", P("""
            To obtain reimbursement, submit receipts through the relocation provider within sixty days after
            the expense is incurred. Expenses incurred more than nine months after the Start Date will not be
            reimbursed. The repayment obligation in Section 6 of the offer letter applies to all benefits
            listed here, including amounts paid directly to vendors on your behalf.""")),
        ("para", P("""
            Questions about relocation should be directed to the Human Resources Business Partner for the
            Medical organization, who will coordinate with the relocation provider on your behalf.""")),
    ],
)


# 10. US (Tennessee), 2008 officer letter to a controller, as filed in plain text: TXT, 2 pages.
#     Traps: EDGAR exhibit lines above the letterhead, salary per month paid semi-monthly,
#     a start date "on or about", a target bonus with a maximum, options vesting in three
#     annual installments, relocation under policy with no amount (benefit only), severance as
#     months of base salary, "three weeks" of vacation, no offer deadline, Tennessee law.
letter(
    "us-tn-knoxville-controller-2008-exhibit", "txt", datetime(2008, 5, 12, 8, 0),
    "EX-10.2 Offer letter - Thomas E. Gallardo", "Clinch Ridge Foods Corporation",
    blocks=[
        ("lines", ["EX-10.2 3 dex102.txt LETTER AGREEMENT WITH THOMAS E. GALLARDO", "", "Exhibit 10.2"]),
        ("head", "CLINCH RIDGE FOODS CORPORATION", "9300 Parkside Drive, Knoxville, Tennessee 37922"),
        ("lines", ["May 12, 2008", "", "Mr. Thomas E. Gallardo", "2950 Mabry Court", "Marietta, Georgia 30062"]),
        ("para", "Dear Tom:"),
        ("para", P("""
            This letter confirms the terms of your employment with Clinch Ridge Foods Corporation (the
            "Company") as Vice President, Corporate Controller and Chief Accounting Officer. In that role
            you will report to the Executive Vice President and Chief Financial Officer and will be based at
            the Company's corporate offices in Knoxville, Tennessee.""")),
        ("para", P("""
            1. Commencement. Your employment will commence on or about June 2, 2008.""")),
        ("para", P("""
            2. Salary. Your base salary will be $16,250 per month, payable in semi-monthly installments in
            accordance with the Company's normal payroll practices and subject to customary withholdings.
            Your salary will be reviewed in connection with the Company's annual review of officer
            compensation.""")),
        ("para", P("""
            3. Annual Incentive. You will participate in the Company's Management Incentive Plan beginning
            with the fiscal year that starts on July 1, 2008. Your target incentive will be 35% of your base
            salary, with a maximum of 70%, based on the achievement of financial objectives established by
            the Compensation Committee.""")),
        ("para", P("""
            4. Stock Options. Management will recommend to the Compensation Committee that you be granted an
            option covering 40,000 shares of Company common stock, exercisable at the stock's fair market
            value on the grant date. The option will vest in three equal annual
            installments beginning on the first anniversary of the grant date and will otherwise be subject
            to the terms of the Company's 2005 Long-Term Incentive Plan and the related option agreement.""")),
        ("para", P("""
            5. Relocation. The Company will reimburse your reasonable expenses of relocating your family and
            household from Marietta to the Knoxville area in accordance with the Company's relocation
            policy for officers, a copy of which is enclosed.""")),
        ("para", P("""
            6. Benefits. You will be eligible to participate in the Company's medical, dental, life and
            disability insurance programs and in the Clinch Ridge Foods Retirement Savings Plan (401(k)) on
            the same terms as other officers. You will be entitled to three weeks of vacation annually.""")),
        ("para", P("""
            7. Severance. If the Company terminates your employment without cause (as determined by the
            Board of Directors in good faith) before the second anniversary of your start date, the Company
            will continue your base salary for a period of six months, provided you sign a release of claims
            in a form satisfactory to the Company.""")),
        ("para", P("""
            8. Confidentiality. You will be required to sign the Company's Confidentiality and Intellectual
            Property Agreement, which provides among other things that the Company's financial and customer
            information must be held in confidence during and after your employment.""")),
        ("para", P("""
            9. Employment at Will. This letter does not create an employment contract for any specified
            term. Your employment is at will and may be terminated by you or by the Company at any time.""")),
        ("para", P("""
            10. Conditions. This offer is subject to the completion of a satisfactory background check and
            reference checks and to your passing the Company's pre-employment drug test.""")),
        ("para", P("""
            11. Governing Law. This letter shall be governed by the laws of the State of Tennessee.""")),
        ("para", P("""
            Please indicate your agreement by signing and returning the enclosed copy of this letter.""")),
        ("lines", ["Sincerely,", "", "CLINCH RIDGE FOODS CORPORATION", "", "By: /s/ Harold W. Ambrose",
                   "Harold W. Ambrose", "Executive Vice President and Chief Financial Officer", "",
                   "Agreed and Accepted:", "", "/s/ Thomas E. Gallardo", "Thomas E. Gallardo",
                   "Date: May 14, 2008"]),
    ],
)


# 11. Canada (Quebec, in English), 2027 offer to a director of FP&A: TXT, 2 pages.
#     Traps: "$" with no currency code (Canadian from the Montreal address and Quebec law), pay
#     "every second Thursday", hours per week, two days a week from home, a bonus "up to 20%",
#     four weeks' vacation, paid sick days, a three-month probation, two weeks' resignation
#     notice vs statutory notice from the employer (null), a group RRSP match, a 12-month
#     non-solicit, a line that the letter is in English at the candidate's request.
letter(
    "ca-qc-montreal-fpa-director-offer", "txt", datetime(2027, 5, 7, 10, 0),
    "Offer of employment - Anne-Sophie Dufresne-Kaur", "Verdun Circuitworks Inc.",
    blocks=[
        ("head", "VERDUN CIRCUITWORKS INC.", "1200, rue Ottawa, bureau 500, Montréal (Québec) H3C 0K5"),
        ("lines", ["Montréal, May 7, 2027", "", "Ms. Anne-Sophie Dufresne-Kaur", "4471, avenue de Lorimier",
                   "Montréal (Québec) H2H 2B4"]),
        ("para", "Subject: Offer of employment - Director, Financial Planning & Analysis"),
        ("para", "Dear Anne-Sophie,"),
        ("para", P("""
            Further to our recent conversations, Verdun Circuitworks Inc. (the "Company") is happy to offer
            you the permanent, full-time position of Director, Financial Planning & Analysis, reporting to
            the Chief Financial Officer, Mr. Étienne Brassard-Leung. The conditions of employment are set out
            below.""")),
        ("para", P("""
            Start date. Your employment will begin on June 1, 2027.""")),
        ("para", P("""
            Workplace. Your workplace is our head office in Griffintown, Montréal. Our hybrid arrangement
            calls for three days a week at the office; on the remaining two days you may work from home, as
            long as you are available during core hours.""")),
        ("para", P("""
            Hours. The normal work week is 37.5 hours, Monday to Friday. As a manager, you will not be paid
            for overtime.""")),
        ("para", P("""
            Salary. Your annual salary will be $128,000, paid by direct deposit every second Thursday. It will
            be reviewed each April.""")),
        ("para", P("""
            Incentive. You will be eligible for the Company's short-term incentive program, which can pay up
            to 20% of your base salary depending on the Company's EBITDA and your objectives. Payment, if
            any, is made in March for the previous year.""")),
        ("para", P("""
            Vacation and leave. You will have four (4) weeks of paid vacation per year from your first year,
            in addition to the statutory holidays, and six (6) paid sick days per year.""")),
        ("para", P("""
            Group insurance and savings. You will be covered by our group insurance plan (health, dental,
            life and long-term disability) after three months of service. You may join the group RRSP, to
            which the Company contributes an amount equal to your own contributions, up to 5% of your base
            salary.""")),
        ("para", P("""
            Probation. The first three (3) months of employment are a probationary period.""")),
        ("para", P("""
            End of employment. Should you decide to resign, we ask that you give the Company two (2) weeks'
            written notice. The Company will give you notice of termination, or pay in lieu, in accordance
            with the Act respecting labour standards and the Civil Code of Québec.""")),
        ("para", P("""
            Confidentiality and non-solicitation. You will sign the Company's Confidentiality and
            Non-Solicitation Agreement, under which you will keep confidential the Company's financial and
            commercial information and, for twelve (12) months after your employment ends, will not solicit
            the Company's customers or employees. The agreement does not restrict your ability to work for
            another employer.""")),
        ("para", P("""
            Conditions. This offer is conditional on a satisfactory criminal record check and on the
            references you provided.""")),
        ("para", P("""
            Governing law and language. This letter is governed by the laws of the Province of Québec and the
            federal laws of Canada that apply there. At your request, it has been drawn up in English only.""")),
        ("para", P("""
            If these conditions suit you, please sign and return a copy of this letter no later than May 14,
            2027.""")),
        ("lines", ["Sincerely,", "", "Geneviève Thibodeau-Marsh", "Director, Human Resources",
                   "Verdun Circuitworks Inc.", "", "I accept the above offer.", "",
                   "Signature: ______________________   Date: ______________"]),
    ],
)


# 12. Australia (Queensland), 2027 letter of offer: DOCX with a remuneration table, 2.5 pages.
#     Traps: base salary "plus superannuation" with a total remuneration row above it in the
#     table, paid monthly, 38 hours plus reasonable additional hours (no overtime), four weeks'
#     annual leave and ten days' personal/carer's leave, probation with one week's notice and
#     four weeks each side after it, STI "up to 10%", a 6-month non-solicit, three office days,
#     Queensland law, a deadline with a time and weekday.
letter(
    "au-qld-brisbane-senior-product-manager-super", "docx", datetime(2027, 4, 6, 9, 0),
    "Letter of offer - Senior Product Manager - Tomasz Wilkinson-Arora", "Moreton Tidewater Software Pty Ltd",
    blocks=[
        ("head", "Moreton Tidewater Software Pty Ltd", "ABN 00 000 000 000  ·  Level 6, 88 Ann Street, Fortitude Valley QLD 4006"),
        ("lines", ["6 April 2027", "", "Private and confidential", "Mr Tomasz Wilkinson-Arora",
                   "14 Latrobe Terrace", "Paddington QLD 4064"]),
        ("para", "Dear Tomasz,"),
        ("title", "Letter of offer - Senior Product Manager"),
        ("para", P("""
            We are delighted to offer you employment with Moreton Tidewater Software Pty Ltd (ABN 00 000 000
            000) ("Moreton Tidewater", "we") in the full-time role of Senior Product Manager, Freight
            Platform. This letter, with our policies as in force from time to time, forms your employment
            contract.""")),
        ("heading", "1. Commencement and location"),
        ("para", P("""
            Your employment starts on Monday 3 May 2027. You will be based at our Brisbane office in Fortitude
            Valley. We work on a hybrid pattern: you will be in the office on Tuesdays, Wednesdays and
            Thursdays, and may work from home on the other days.""")),
        ("heading", "2. Remuneration"),
        ("table", [
            ["Component", "Amount per annum"],
            ["Total remuneration package", "$159,040"],
            ["Base salary", "$142,000"],
            ["Superannuation (12%)", "$17,040"],
        ], True),
        ("para", P("""
            Your base salary of $142,000 per annum is paid monthly, in arrears, on the 15th day of each month.
            In addition to your base salary, we will contribute superannuation to your nominated fund at the
            rate required by the Superannuation Guarantee legislation, currently 12%. Your salary is reviewed
            each July and is not automatically increased.""")),
        ("para", P("""
            You are eligible for our short-term incentive plan, with a payment of up to 10% of base salary
            each financial year depending on product and company results. Any STI payment is at the Board's
            discretion.""")),
        ("heading", "3. Hours of work"),
        ("para", P("""
            Your ordinary hours are 38 per week, worked between 8.00 am and 6.00 pm Monday to Friday, plus
            reasonable additional hours needed to perform your role. Your salary has been set to compensate
            you for all hours you work, and no separate overtime is payable.""")),
        ("heading", "4. Leave"),
        ("para", P("""
            You are entitled to four weeks of paid annual leave for each year of service, accruing
            progressively, and 10 days of paid personal/carer's leave per year, in line with the National
            Employment Standards. Public holidays in Queensland are paid days off. After 12 months' service
            you may access our paid parental leave policy (16 weeks for a primary carer).""")),
        ("heading", "5. Probation"),
        ("para", P("""
            The first six months of your employment are a probationary period. During probation either party
            may end the employment by giving one week's notice.""")),
        ("heading", "6. Ending employment"),
        ("para", P("""
            After probation, you or Moreton Tidewater may end your employment by giving four weeks' written
            notice (or five weeks' notice from us if you are over 45 and have at least two years' service).
            Instead of having you work out your notice, we may choose to pay you for some or all of it. We may end your employment without
            notice for serious misconduct.""")),
        ("heading", "7. Confidentiality, IP and restraint"),
        ("para", P("""
            You must keep our confidential information confidential, during and after your employment. All
            intellectual property you create in the course of your employment belongs to Moreton Tidewater.
            For six months after your employment ends you must not solicit or deal with any customer you
            managed in your last year with us, or entice any of our employees to leave.""")),
        ("heading", "8. Other benefits"),
        ("para", P("""
            You will receive a wellbeing allowance of $600 a year for gym, fitness or mental health services,
            and a professional development budget of $2,000 a year.""")),
        ("heading", "9. Conditions and law"),
        ("para", P("""
            This offer is subject to you holding the right to work in Australia, a satisfactory national
            police check and two satisfactory references. Your employment is governed by the laws of
            Queensland.""")),
        ("heading", "10. Acceptance"),
        ("para", P("""
            To accept, please sign this letter and return it by 5.00 pm (AEST) on Friday 16 April 2027. We
            are looking forward to having you on the team.""")),
        ("lines", ["Yours sincerely,", "", "Bridget O'Halloran-Yeo", "Head of People and Culture",
                   "Moreton Tidewater Software Pty Ltd", "",
                   "I accept the offer of employment on the terms in this letter.", "",
                   "Signed: ______________________   Date: ______________", "Tomasz Wilkinson-Arora"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
