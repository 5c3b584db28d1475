#!/usr/bin/env python3
"""Build the sixteenth held-out set under tests/letters_unseen16/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning: a mix like the letters candidates bring.
Five US offer letters of the kind companies file as exhibits to SEC reports (Maine 2001,
Delaware 2015, an Idaho venture-backed start-up, Vermont, Hawaii 2024), two from India
(Bhopal, Surat), one each from the Philippines (Cagayan de Oro, scanned), the UAE (Ras Al
Khaimah), England (Norwich), Canada (Regina) and Australia (Townsville).

They were written blind, on 2026-12-07: the writer read only the terms contract
(/work/shared/eval/TERMS.md), /work/shared/README.md, scripts/score_letters.py and
tests/letters_scorer.py (how gold is read), the README files of tests/letters_unseen to
tests/letters_unseen4 (for the jurisdictions and traps already used),
tests/letters_unseen4/make_letters.py and one of its gold files (for the format),
tests/blind_letters.py (the shared renderers) and tests/test_letters.py. Not rules/, not src/,
not the dev corpus, not any other letter or gold of the earlier sets, not the fifth to
fifteenth sets at all; and offercheck was never run on these letters (not even its text
reader). Do not tune rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen16/make_letters.py             # rewrite every letter
    python tests/letters_unseen16/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen16/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``) and, in
tests/test_letters.py, against the documents as pypdfium2 and python-docx read them, never
against offercheck's reading (the scanned letter has no text layer at all). Every company,
person, address and figure below is invented, and every sentence was written for this set.
The renderers are tests/blind_letters.py, shared with the earlier blind sets (unchanged).
Output is byte-for-byte reproducible.
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

# 1. US (Maine), 2001, an officer's letter as filed with a 10-Q: TXT, 2 pages.
#     Traps: salary in words and figures; "payable in accordance with the Company's regular
#     payroll practices" (no frequency); a bonus of up to 35% of base salary with the 2001
#     bonus pro-rated; options vesting 25% a year; severance of six months' salary (US
#     severance, not notice); a non-compete of one year and a non-solicit of eighteen months
#     in the attached agreement; at-will in other words; offer lapses on a date.
letter(
    "us-me-portland-controller-officer-2001", "txt", datetime(2001, 3, 19, 9, 0),
    "Exhibit 10.22 - Offer letter, Gerald P. Whitcombe", "Casco Ridge Marine Holdings, Inc.",
    blocks=[
        ("lines", ["EXHIBIT 10.22"]),
        ("head", "CASCO RIDGE MARINE HOLDINGS, INC.", "Two Fore River Landing, Portland, Maine 04101  (207) 555-0143"),
        ("lines", ["March 19, 2001", "", "PERSONAL AND CONFIDENTIAL", "", "Mr. Gerald P. Whitcombe",
                   "41 Quarry Hill Road", "Falmouth, Maine 04105"]),
        ("para", "Dear Gerry:"),
        ("para", P("""
            I am pleased to confirm the terms on which Casco Ridge Marine Holdings, Inc. (the "Company")
            proposes to employ you as its Vice President and Corporate Controller. In that role you will
            serve as the Company's principal accounting officer, reporting to Deborah A. Linscott, our
            Chief Financial Officer, and you will work from our headquarters in Portland, Maine. We would
            like your employment to begin on Monday, April 16, 2001, or on another date that you and
            Deborah agree upon.""")),
        ("para", P("""
            1. Base Salary. You will receive an annual base salary of One Hundred Forty-Two Thousand Dollars
            ($142,000), payable in accordance with the Company's regular payroll practices and subject to
            the usual withholdings. The Compensation Committee of the Board of Directors reviews officer
            salaries each January, beginning in January 2002.""")),
        ("para", P("""
            2. Incentive Compensation. You will participate in the Company's Management Incentive Plan,
            under which you may earn an annual cash award of up to thirty-five percent (35%) of your base
            salary, based on the Company's operating income and on personal objectives set by the Chief
            Financial Officer. Any award for fiscal 2001 will be pro-rated from your start date.""")),
        ("para", P("""
            3. Stock Options. Management will recommend that the Compensation Committee grant you, at its
            first meeting after your start date, a non-qualified option covering 40,000 shares, priced at
            the closing price of our common stock on the Nasdaq National Market on the day the option is
            granted. The option will become exercisable as to twenty-five percent of
            the shares on each of the first four anniversaries of the grant date, provided you remain
            employed, and will otherwise be governed by the Company's 1998 Stock Incentive Plan.""")),
        ("para", P("""
            4. Benefits. You will be eligible for the benefit programs the Company makes available to its
            officers, which currently include group medical and dental coverage, term life insurance equal
            to twice your base salary, long-term disability insurance and the Company's 401(k) Savings
            Plan, under which the Company matches one-half of your contributions up to six percent of
            your compensation. You will receive four weeks of paid vacation each year in addition to the
            Company's ten paid holidays.""")),
        ("para", P("""
            5. Severance. If the Company ends your employment for any reason other than Cause (as defined in
            the Stock Incentive Plan) during your first two years of service, it will continue your base
            salary for six months after the termination date, as long as you first give the Company a signed
            release of claims that it finds acceptable.""")),
        ("para", P("""
            6. Non-Competition and Confidentiality Agreement. As a condition of employment you must sign the
            Company's standard Non-Competition, Non-Solicitation and Confidentiality Agreement, a copy of
            which is enclosed. Among other things, it provides that for one (1) year after your employment
            ends you will not be employed by or advise any business that builds or sells recreational
            boats or marine engines in North America, and that for eighteen (18) months after your
            employment ends you will not induce any employee of the Company to leave it. The agreement
            also requires you to keep the Company's non-public financial information in confidence and to
            assign to the Company any inventions you make in the course of your work.""")),
        ("para", P("""
            7. Nature of Employment. This letter is not a contract for employment for any particular period.
            You are free to resign whenever you wish, and the Company may likewise end your employment
            whenever it chooses, with or without a reason, subject only to paragraph 5.""")),
        ("para", P("""
            8. Other Terms. This offer depends on satisfactory results of the Company's standard
            reference and credit checks and on your providing, within three days of your start date,
            documents that establish your identity and your eligibility for employment in the United
            States. This letter will be interpreted under the laws of the State of Maine.""")),
        ("para", P("""
            If these terms are acceptable, please sign and date the enclosed copy of this letter and return
            it to me. This offer will expire if I have not received your signed copy by the close of
            business on March 30, 2001.""")),
        ("para", "We look forward to having you with us."),
        ("lines", ["Very truly yours,", "", "CASCO RIDGE MARINE HOLDINGS, INC.", "", "By: /s/ Walter J. Haskell",
                   "Walter J. Haskell", "President and Chief Executive Officer", "",
                   "Accepted and agreed:", "", "/s/ Gerald P. Whitcombe          Date: March 23, 2001",
                   "Gerald P. Whitcombe"]),
    ],
)


# 2. US (Delaware), 2015, a chief revenue officer's offer letter as filed with an 8-K: PDF, 8
#     pages (the long one): the letter, then Exhibit A (the covenant agreement) and Exhibit B
#     (the form of release), each from a new page.
#     Traps: salary "payable in equal installments every two weeks"; target bonus as 60% of
#     base salary beside a 120% maximum; RSUs vesting in four annual quarters (cliff 12); a
#     sign-on bonus repayable within a year; relocation "up to $50,000" repaid pro rata; the
#     employee's 30 days' notice of resignation vs no employer notice (at will) and severance in
#     months (not notice); non-compete 12 months and non-solicit 18 months only in Exhibit A's
#     numbered sections; the release's 21 and 7 days (not an offer deadline); JAMS arbitration.
letter(
    "us-de-wilmington-chief-revenue-officer-2015", "pdf", datetime(2015, 8, 3, 14, 0),
    "Exhibit 10.1 - Offer Letter - L. Abernathy-Cole", "Brandywine Quay Software, Inc.",
    font="DejaVuSerif", size=10.5, paper="Letter", footer="Exhibit 10.1",
    blocks=[
        ("head", "Brandywine Quay Software, Inc.", "1201 North Orange Street, Suite 900, Wilmington, Delaware 19801"),
        ("lines", ["August 3, 2015", "", "Lorraine T. Abernathy-Cole", "2418 North Kenmore Avenue", "Chicago, Illinois 60614"]),
        ("para", "Re: Offer of Employment"),
        ("para", "Dear Lorraine:"),
        ("para", P("""
            On behalf of the Board of Directors (the "Board") of Brandywine Quay Software, Inc. (the
            "Company"), I am delighted to offer you the position of Chief Revenue Officer. This letter
            agreement (the "Agreement") sets out the terms of your employment. You will report to me, as
            the Company's Chief Executive Officer, and you will be responsible for the Company's direct
            sales, channel partnerships, customer success and revenue operations functions worldwide.""")),
        ("heading", "1. Position, Duties and Start Date"),
        ("para", P("""
            Your employment will begin on September 8, 2015 (the "Start Date"). You will be based at the
            Company's headquarters in Wilmington, Delaware, and you understand that the position calls for
            substantial travel to customers and to the Company's offices in Austin and Dublin. During your
            employment you will devote your full business time, attention and energy to the Company, and
            you will not take on any other employment or consulting work without the prior written consent
            of the Board. You may serve on one outside board of a non-profit organization, provided that
            doing so does not interfere with your duties here.""")),
        ("heading", "2. Base Salary"),
        ("para", P("""
            The Company will pay you a base salary at the annual rate of $340,000 (as adjusted from time to
            time, the "Base Salary"), payable in equal installments every two weeks in accordance with the
            Company's standard payroll practices and subject to applicable withholdings. The Compensation
            Committee of the Board (the "Committee") will review the Base Salary annually and may increase,
            but not decrease, it.""")),
        ("heading", "3. Annual Incentive"),
        ("para", P("""
            Beginning with the 2016 fiscal year, you will be eligible to earn an annual performance bonus
            under the Company's Executive Incentive Plan. Your target bonus opportunity will be sixty percent
            (60%) of the Base Salary actually paid during the fiscal year, and the maximum bonus will be one
            hundred twenty percent (120%) of that amount. The Committee will set the performance goals,
            which will be weighted toward annual contract value bookings and net revenue retention, and will
            determine in its sole discretion whether and to what extent they have been met. For fiscal 2015
            you will be eligible for a guaranteed bonus of $45,000, payable in March 2016 if you are then
            still employed. Except as provided in Section 9, you must be employed on the payment date to
            earn any bonus.""")),
        ("heading", "4. Sign-On Bonus"),
        ("para", P("""
            The Company will pay you a one-time cash sign-on bonus of $75,000, less applicable withholdings,
            within thirty (30) days after the Start Date. Should you resign without Good Reason, or should
            the Company terminate your employment for Cause, before the first anniversary of the Start Date,
            you agree to repay the full gross amount of the sign-on bonus to the Company within thirty (30)
            days after your last day of employment.""")),
        ("heading", "5. Equity Award"),
        ("para", P("""
            Subject to approval by the Committee, the Company will grant you 90,000 restricted stock units
            (the "RSUs") under the Company's 2012 Equity Incentive Plan (the "Plan") on the first regular
            grant date after the Start Date. Each RSU represents the right to receive one share of the
            Company's common stock upon vesting. Twenty-five percent (25%) of the RSUs will vest on each of
            the first four anniversaries of the grant date, subject to your continued service through each
            vesting date. The RSUs will be governed in all respects by the Plan and by the Company's standard
            form of restricted stock unit agreement, except as provided in Section 9.""")),
        ("heading", "6. Relocation"),
        ("para", P("""
            The Company will reimburse you for reasonable, documented expenses of moving your household from
            Chicago to the Wilmington area, including temporary housing for up to ninety days, up to a total
            of $50,000, grossed up for income taxes. If you resign without Good Reason within twelve (12)
            months after the Start Date, you will repay a pro rata portion of the reimbursed amount, reduced
            by one-twelfth for each full month you were employed.""")),
        ("heading", "7. Benefits and Time Off"),
        ("para", P("""
            You will be eligible to take part in the employee benefit plans the Company maintains for its
            senior executives, subject to the terms of those plans, including medical, dental and vision
            coverage, group term life and long-term disability insurance, the Company's 401(k) plan (the
            Company currently matches 100% of employee deferrals up to 4% of eligible compensation) and the
            Employee Stock Purchase Plan. Your paid time off allowance is twenty (20) days in each calendar
            year, accruing ratably and pro-rated for 2015, on top of the Company's paid holidays. The
            Company will reimburse your reasonable business expenses under its travel and expense policy.""")),
        ("heading", "8. At-Will Employment; Notice of Resignation"),
        ("para", P("""
            Your employment with the Company is "at will." Either you or the Company may terminate it at any
            time and for any reason, with or without Cause or advance notice, subject to the payments
            described in Section 9. As a courtesy, and to permit an orderly transition of your
            responsibilities, you agree to give the Company at least thirty (30) days' written notice before
            resigning; the Company may waive all or part of that period and, if it does, your employment will
            end on the date it specifies.""")),
        ("heading", "9. Severance"),
        ("para", P("""
            If the Company terminates your employment without Cause, or you resign for Good Reason, then,
            subject to your signing and not revoking a separation agreement and release substantially in the
            form attached as Exhibit B (the "Release") and its becoming effective within sixty (60) days
            after your separation, the Company will (a) continue the Base Salary for nine (9) months after
            your separation date, (b) pay the COBRA premiums for you and your covered dependants for the same
            nine months, and (c) accelerate the vesting of the RSUs that would have vested in the twelve
            months after your separation. If that termination occurs within twelve months after a Change in
            Control, the salary continuation period will be twelve (12) months and all unvested RSUs will
            vest in full.""")),
        ("para", P("""
            For purposes of this Agreement, "Cause" means (i) your conviction of, or plea of no contest to, a
            felony; (ii) your willful misconduct or gross negligence that materially harms the Company;
            (iii) your material breach of this Agreement or of the Covenant Agreement that, if curable, you
            have not cured within fifteen days after written notice; or (iv) your material violation of a
            written Company policy. "Good Reason" means, without your consent, (i) a material reduction in
            the Base Salary or target bonus; (ii) a material diminution in your authority or duties; or (iii)
            the relocation of your principal place of work by more than fifty miles, in each case after you
            have given written notice within sixty days of its first occurrence and the Company has failed
            to cure it within thirty days.""")),
        ("heading", "10. Covenant Agreement"),
        ("para", P("""
            As a condition of this offer, you must sign, on or before the Start Date, the Company's
            Confidential Information, Invention Assignment and Restrictive Covenant Agreement attached as
            Exhibit A (the "Covenant Agreement"), which includes post-employment restrictions on competition
            and solicitation.""")),
        ("heading", "11. Dispute Resolution"),
        ("para", P("""
            You and the Company agree that any dispute, claim or controversy arising out of or relating to
            this Agreement or your employment will be resolved exclusively by final and binding arbitration
            before a single arbitrator administered by JAMS in Wilmington, Delaware, under its Employment
            Arbitration Rules then in effect. The Company will pay the arbitrator's fees. Either party may
            seek temporary injunctive relief in court to protect its confidential information pending
            arbitration.""")),
        ("heading", "12. Conditions; Miscellaneous"),
        ("para", P("""
            This offer is contingent on the satisfactory completion of a background investigation and on
            your providing documentation of your identity and authorization to work in the United States, as
            federal law requires. You represent that you are not bound by any agreement with a former
            employer that would prevent you from performing the duties of this position.""")),
        ("para", P("""
            This Agreement, together with the Covenant Agreement and the Plan documents, is the entire
            agreement between you and the Company about its subject matter and supersedes any earlier
            discussions or term sheets. It may be amended only in a writing signed by you and a duly
            authorized officer of the Company. It is governed by the laws of the State of Delaware, without
            regard to its conflict of laws principles. Payments under this Agreement are intended to be
            exempt from or to comply with Section 409A of the Internal Revenue Code and will be interpreted
            accordingly.""")),
        ("para", P("""
            Lorraine, the entire Board is excited about what you will build here. Please indicate your
            acceptance by countersigning below.""")),
        ("lines", ["Sincerely,", "", "BRANDYWINE QUAY SOFTWARE, INC.", "", "By: /s/ Martin E. Szymanski",
                   "Martin E. Szymanski, President and Chief Executive Officer", "",
                   "ACCEPTED AND AGREED:", "", "/s/ Lorraine T. Abernathy-Cole", "Lorraine T. Abernathy-Cole",
                   "Date: August 5, 2015"]),
        ("pagebreak",),
        ("title", "EXHIBIT A"),
        ("title", "CONFIDENTIAL INFORMATION, INVENTION ASSIGNMENT AND RESTRICTIVE COVENANT AGREEMENT"),
        ("para", P("""
            In consideration of my employment by Brandywine Quay Software, Inc. (together with its
            subsidiaries, the "Company"), the compensation paid to me and my access to the Company's
            Confidential Information, I agree as follows:""")),
        ("heading", "1. Confidential Information"),
        ("para", P("""
            1.1 During and after my employment, I will hold in strictest confidence, and will not use except
            for the Company's benefit or disclose to any person without written authorization from the
            Board, any Confidential Information. "Confidential Information" means any non-public information
            of the Company or of its customers and partners, including product roadmaps, source code,
            pricing, discount structures, pipeline data, customer lists and contacts, financial results and
            forecasts, and personnel information, in any form.""")),
        ("para", P("""
            1.2 Confidential Information does not include information that becomes publicly known through no
            wrongful act of mine. Nothing in this Agreement prevents me from reporting a possible violation of
            law to a government agency, or from making disclosures that are protected by the whistleblower
            provisions of applicable law, and I understand the immunity provided by the Defend Trade Secrets
            Act of 2016 for disclosures made in confidence to an attorney or government official.""")),
        ("para", P("""
            1.3 When my employment ends, or sooner if the Company asks, I will return all Company property and
            documents in my possession, and I will permanently delete Company information from any personal
            device or account after first returning a copy to the Company.""")),
        ("heading", "2. Inventions"),
        ("para", P("""
            2.1 I hereby assign to the Company all of my right, title and interest in any inventions,
            discoveries, works of authorship, designs, developments and improvements that I conceive, develop
            or reduce to practice, alone or with others, during my employment and that relate to the
            Company's business or result from work I perform for the Company ("Inventions"). I will promptly
            disclose each Invention to the Company and will sign any document the Company reasonably requests
            to perfect its rights in it.""")),
        ("para", P("""
            2.2 This assignment does not apply to an invention that I develop entirely on my own time without
            using the Company's equipment, supplies, facilities or trade secret information, unless it relates
            to the Company's business or to its actual or demonstrably anticipated research or development.
            I have listed on Schedule 1 all inventions I made before my employment that I wish to exclude
            from this Agreement; if Schedule 1 is blank, there are none.""")),
        ("heading", "3. Restrictive Covenants"),
        ("para", P("""
            3.1 Non-Competition. While I am employed and for a period of twelve (12) months after my employment
            ends for any reason (the "Restricted Period"), I will not, anywhere in the United States, Canada,
            the United Kingdom or Ireland, directly or indirectly, own, manage, operate, be employed by,
            provide services to or otherwise participate in any Competing Business in a role similar to the
            one I held at the Company or in which I could use the Company's Confidential Information.
            "Competing Business" means any business that develops or sells subscription software for
            commercial insurance carriers and brokers. Owning less than two percent of the stock of a
            publicly traded company is not a breach of this Section.""")),
        ("para", P("""
            3.2 Non-Solicitation. While I am employed and for eighteen (18) months after my employment ends, I
            will not, directly or through others, (a) solicit, induce or encourage any employee or contractor
            of the Company to leave the Company, or hire any person who was an employee of the Company during
            the last six months of my employment; or (b) solicit any customer or actively pursued prospect of
            the Company with which I had material contact in my last two years of employment for the purpose
            of selling products or services that compete with the Company's.""")),
        ("para", P("""
            3.3 Reasonableness; Tolling. I agree that the restrictions in this Section 3 are reasonable and
            necessary to protect the Company's goodwill, trade secrets and customer relationships, which I
            will help build with the Company's resources. If I breach Section 3.1 or 3.2, the period of that
            restriction will be extended by the length of the breach. If a court or arbitrator finds any
            restriction unenforceable as written, it may modify the restriction to the extent needed to make
            it enforceable.""")),
        ("para", P("""
            3.4 Notice to New Employers. During the Restricted Period, I will tell any prospective employer
            about my obligations under this Agreement before I accept an offer, and the Company may give a
            copy of this Section 3 to that employer.""")),
        ("heading", "4. Prior Agreements"),
        ("para", P("""
            I represent that my performance of my duties will not breach any agreement to keep in confidence
            information I acquired before my employment, and I will not bring to the Company, or use for it,
            any confidential document or information of a former employer. I have identified to the Company
            every agreement with a former employer that restricts my activities.""")),
        ("heading", "5. General"),
        ("para", P("""
            5.1 Remedies. A breach of this Agreement would cause the Company irreparable harm for which money
            damages would not be an adequate remedy, and the Company may seek an injunction from any court of
            competent jurisdiction, in addition to any other remedy, without posting a bond.""")),
        ("para", P("""
            5.2 No Employment Contract. This Agreement does not create an obligation on the Company or on me to
            continue my employment for any period.""")),
        ("para", P("""
            5.3 Law; Severability; Survival. This Agreement is governed by the laws of the State of Delaware.
            Each provision is severable from the others. My obligations under Sections 1 through 4 survive
            the end of my employment, whatever the reason it ends.""")),
        ("lines", ["EMPLOYEE:", "", "/s/ Lorraine T. Abernathy-Cole", "Date: August 5, 2015", "",
                   "BRANDYWINE QUAY SOFTWARE, INC.", "", "By: /s/ Martin E. Szymanski", "Date: August 5, 2015"]),
        ("pagebreak",),
        ("title", "SCHEDULE 1 TO EXHIBIT A - PRIOR INVENTIONS"),
        ("para", "None."),
        ("pagebreak",),
        ("title", "EXHIBIT B"),
        ("title", "FORM OF SEPARATION AGREEMENT AND GENERAL RELEASE"),
        ("para", P("""
            This Separation Agreement and General Release (the "Release") is entered into between
            Brandywine Quay Software, Inc. (the "Company") and Lorraine T. Abernathy-Cole ("Executive") in
            connection with the end of Executive's employment on [DATE] (the "Separation Date").""")),
        ("para", P("""
            1. Severance Benefits. Provided that Executive signs this Release and does not revoke it, the
            Company will provide the severance benefits described in Section 9 of the letter agreement
            between Executive and the Company dated August 3, 2015 (the "Offer Letter"). Executive
            acknowledges that these benefits are more than she would otherwise be entitled to receive.""")),
        ("para", P("""
            2. General Release. In exchange for those benefits, Executive, on behalf of herself and her heirs
            and assigns, releases the Company, its affiliates and their directors, officers, employees and
            agents from all claims of any kind, known or unknown, arising on or before the date she signs
            this Release, including claims arising from her employment or its termination and claims under
            Title VII of the Civil Rights Act of 1964, the Americans with Disabilities Act, the Family and
            Medical Leave Act, the Age Discrimination in Employment Act (the "ADEA"), the Delaware
            Discrimination in Employment Act and any other federal, state or local law. This Release does not
            waive any right to vested benefits, to indemnification as an officer, or to any claim that cannot
            be waived by law.""")),
        ("para", P("""
            3. Review and Revocation. Executive acknowledges that she has been advised in writing to consult
            an attorney before signing this Release; that she has been given twenty-one (21) days to consider
            it; and that she may revoke it within seven (7) days after signing it by written notice to the
            Company's General Counsel. This Release becomes effective on the eighth day after she signs it if
            she has not revoked it.""")),
        ("para", P("""
            4. Continuing Obligations. Executive reaffirms her obligations under the Confidential Information,
            Invention Assignment and Restrictive Covenant Agreement, which remain in full force after the
            Separation Date.""")),
        ("para", P("""
            5. Miscellaneous. This Release is governed by the laws of the State of Delaware. It is the entire
            agreement between the parties on its subject matter, and neither party relies on any promise not
            written in it.""")),
        ("lines", ["EXECUTIVE:", "", "______________________________", "Lorraine T. Abernathy-Cole", "Date: ____________", "",
                   "BRANDYWINE QUAY SOFTWARE, INC.", "", "By: ___________________________", "Title: _________________________",
                   "Date: ____________"]),
    ],
)


# 3. US (Idaho), 2019, a venture-backed start-up's offer to its product lead, later filed with
#     its S-1: DOCX, 2 pages, a key-terms table.
#     Traps: the annual salary given only as a semi-monthly instalment with the number of pay
#     periods; options with a one-year cliff then monthly; "we do not ask anyone to sign a
#     non-compete" (present: false) beside a twelve-month no-hire/no-solicit; no bonus plan;
#     a deadline "three business days" from the letter date; Mondays and Fridays at home.
letter(
    "us-id-boise-product-lead-startup-options", "docx", datetime(2019, 5, 6, 16, 30),
    "Offer letter - Devin R. Castellanos", "Sawtooth Relay Labs, Inc.",
    paper="Letter",
    blocks=[
        ("lines", ["Exhibit 10.14"]),
        ("head", "Sawtooth Relay Labs, Inc.", "405 South Eighth Street, Suite 300, Boise, ID 83702"),
        ("lines", ["May 6, 2019", "", "Devin R. Castellanos", "By email"]),
        ("para", "Dear Devin,"),
        ("para", P("""
            Thanks for spending so much time with the team over the past month. We're excited to offer you a
            position with Sawtooth Relay Labs, Inc. ("Sawtooth Relay" or the "Company"), and we think you'll
            shape what the product becomes. The main terms are summarized in the table below; the rest of this
            letter explains them.""")),
        ("table", [
            ["Title", "Director of Product Management"],
            ["Reports to", "Callum Ferreira-Nash, Chief Technology Officer"],
            ["Start date", "June 3, 2019"],
            ["Office", "Boise, Idaho (BoDo office)"],
            ["Pay", "$4,375.00 per semi-monthly pay period (24 pay periods a year)"],
            ["Status", "Full-time; exempt"],
            ["Equity", "An option over 30,000 shares of our Common Stock (see below)"],
            ["Offer good for", "Three business days from the date of this letter"],
        ], False),
        ("heading", "Your pay"),
        ("para", P("""
            Your pay will be made on the 10th and the 25th of each month through our payroll provider, less
            the usual taxes and withholdings. Because the role is exempt, you won't be paid overtime. We don't
            run a cash bonus program yet; when the Board adopts one, you'll be considered for it on the same
            footing as other directors.""")),
        ("heading", "Stock options"),
        ("para", P("""
            We will ask our Board of Directors to grant you an option over 30,000 shares of the Company's
            Common Stock under the 2017 Stock Plan, at an exercise price equal to the
            fair market value on the grant date. The first 25% of the shares vests when you complete twelve
            months of service. After that, the remaining shares vest in equal monthly portions over the next
            36 months, as long as you keep working for us. Everything about the option is governed by the Plan
            and the option agreement you'll receive after the Board meets.""")),
        ("heading", "Where and when we work"),
        ("para", P("""
            The product and engineering teams are together in the BoDo office on Tuesdays, Wednesdays and
            Thursdays. Mondays and Fridays are work-from-home days for everyone.""")),
        ("heading", "Time off and benefits"),
        ("para", P("""
            You'll get 15 days of paid vacation a year, 5 paid sick days, and the 9 holidays on our company
            calendar. The Company pays the full premium for your own medical, dental and vision coverage and
            half of the premium for dependants. You can join our 401(k) plan from your first paycheck; we don't
            make matching contributions at this stage.""")),
        ("heading", "Confidentiality, inventions and non-solicitation"),
        ("para", P("""
            Before your first day you'll need to sign our Employee Confidential Information and Inventions
            Assignment Agreement. It keeps our technical and business information confidential, assigns to the
            Company the inventions you make for us, and says that for twelve months after you leave you won't
            recruit Sawtooth Relay employees to join another business.""")),
        ("para", P("""
            Idaho law does allow non-competition agreements with key employees, but we don't ask anyone at
            Sawtooth Relay to sign one, and nothing in this offer restricts where you may work after you
            leave.""")),
        ("heading", "The legal part"),
        ("para", P("""
            Your employment is at will. You can leave whenever you choose, and the Company can end the
            relationship at any time, with or without a reason. This offer is contingent on satisfactory
            reference checks and on your showing us, within three business days of starting, the documents the
            Form I-9 requires to prove you're authorized to work in the United States. Idaho law governs this
            letter.""")),
        ("para", P("""
            If this all looks right, please sign the letter through DocuSign. The offer will lapse if it isn't
            signed within three business days of the date of this letter.""")),
        ("lines", ["Looking forward to it,", "", "Wren Hallorann-Baptiste", "Co-founder and Chief Executive Officer",
                   "Sawtooth Relay Labs, Inc.", "", "Accepted: ____________________   Date: __________",
                   "Devin R. Castellanos"]),
    ],
)


# 4. US (Hawaii), 2024, an EVP and chief financial officer's offer letter as filed with an 8-K:
#     PDF, 3 pages.
#     Traps: the Hawaii pay-transparency range beside the salary, and a later increase on a date;
#     a target bonus as a percent of base salary; time-based RSUs as a grant-date value vesting in
#     thirds (cliff 12) beside PSUs from the next year's programme; a Rule 10D-1 recovery policy
#     (not a clawback for leaving early); severance plan (not notice); deadline as a date.
letter(
    "us-hi-honolulu-cfo-officer-2024", "pdf", datetime(2024, 2, 12, 10, 0),
    "Exhibit 10.1 - Offer Letter - Naomi K. Fujioka-Reyes", "Keawe Ridge Holdings, Inc.",
    font="DejaVuSans", size=9.5, paper="Letter", footer="Keawe Ridge Holdings, Inc.",
    blocks=[
        ("head", "KEAWE RIDGE HOLDINGS, INC.", "900 Bishop Street, 21st Floor  |  Honolulu, Hawaii 96813"),
        ("lines", ["Exhibit 10.1", "", "February 12, 2024", "", "Naomi K. Fujioka-Reyes", "Via electronic mail"]),
        ("para", "Dear Naomi:"),
        ("para", P("""
            We are pleased to extend to you this offer to join Keawe Ridge Holdings, Inc. (the "Company") as
            Executive Vice President and Chief Financial Officer, reporting to the President and Chief
            Executive Officer. Upon your start, the Board of Directors (the "Board") intends to appoint you an
            executive officer of the Company and its principal financial officer for purposes of the Company's
            SEC reporting. Your principal office will be at the Company's headquarters in Honolulu, Hawaii.""")),
        ("para", P("""
            Start Date. Your employment will commence on March 18, 2024, or such other date as you and the
            Chief Executive Officer may agree in writing (the actual date, the "Start Date").""")),
        ("para", P("""
            Base Salary. Under Hawaii Revised Statutes Section 378-2.4, we disclose that the base salary range
            for this position is $350,000 to $450,000 per year. Your initial annual base salary will be
            $395,000, paid on the Company's biweekly payroll schedule and less applicable withholdings. In
            recognition of the Company's 2024 merit cycle, which will have closed before your Start Date, your
            base salary will increase to $410,000 effective January 1, 2025, provided you are then employed.
            Thereafter, your base salary will be reviewed annually by the Compensation and Human Capital
            Committee of the Board (the "Committee").""")),
        ("para", P("""
            Annual Incentive. You will be eligible to participate in the Company's Annual Incentive Plan with a
            target award equal to 65% of your base salary earned during the year. The actual award may range
            from 0% to 200% of target, based on Company and individual performance as determined by the
            Committee. Your 2024 award will not be pro-rated.""")),
        ("para", P("""
            New-Hire Equity Award. On the first trading day of the month following your Start Date, the
            Company will grant you restricted stock units under the Company's 2021 Omnibus Incentive Plan (the
            "Plan") with a grant-date value of $600,000 (the "Sign-On RSUs"). The number of units will be
            determined by dividing that value by the average closing price of the Company's common stock over
            the twenty trading days ending on the day before the grant. One-third of the Sign-On RSUs will vest
            on each of the first three anniversaries of the grant date, subject to your continued employment
            through each vesting date.""")),
        ("para", P("""
            Long-Term Incentives. Beginning with the 2025 annual grant cycle, you will be eligible for annual
            long-term incentive awards, currently delivered as 60% performance share units and 40% time-based
            restricted stock units, with a target grant-date value of $900,000. Awards are made at the
            Committee's discretion and are subject to the Plan and the applicable award agreements.""")),
        ("para", P("""
            Benefits. You will be eligible for the health and welfare programs offered to the Company's
            salaried employees, including medical, dental and vision insurance, basic and supplemental life
            insurance, and short- and long-term disability coverage. You may participate in the Company's
            401(k) Retirement Savings Plan, under which the Company matches 100% of your contributions on the
            first 6% of eligible pay, and in the Executive Deferred Compensation Plan. You will also be
            eligible for an annual executive physical at the Company's expense. You will receive twenty-five
            (25) days of paid time off each year under the Company's executive time off policy, together with
            the Company's observed holidays, including the State of Hawaii holidays.""")),
        ("para", P("""
            Severance. You will participate in the Company's Executive Severance Plan as a Tier 1 participant.
            Under the plan as currently in effect, a qualifying termination would entitle you to a cash payment
            equal to one times your base salary and target bonus, or two times those amounts if the
            termination occurs within twenty-four months after a change in control, subject to your signing a
            release of claims.""")),
        ("para", P("""
            Restrictive Covenants. As a condition of employment, you will enter into the Company's Executive
            Confidentiality and Non-Solicitation Agreement, which protects the Company's confidential
            information and trade secrets, provides that work product you create within the scope of your
            employment belongs to the Company, and prohibits you, for twelve (12) months after your employment
            ends, from soliciting the Company's employees to leave the Company.""")),
        ("para", P("""
            Compensation Recovery. You will be subject to the Company's Compensation Recovery Policy, adopted
            under Securities Exchange Act Rule 10D-1 and the related NYSE listing standard, which requires the
            recovery of incentive-based compensation that was erroneously awarded on the basis of financial
            results later restated, and to the Company's stock ownership guidelines for executive officers
            (three times base salary, to be reached within five years).""")),
        ("para", P("""
            At-Will Employment. Employment with the Company is on an "at will" basis: you and the Company are
            each free to end it at any time, with or without cause or notice. Only the Chief Executive
            Officer, with the approval of the Board, may change this in a signed writing.""")),
        ("para", P("""
            Conditions. This offer is contingent upon the satisfactory completion of a background check and a
            pre-employment drug screen, on your signing the agreement described above, and on your furnishing
            proof of your identity and eligibility to work in the United States within three business days of
            your Start Date.""")),
        ("para", P("""
            Miscellaneous. This letter, the Plan and the agreements referred to above contain the entire
            understanding between you and the Company regarding your employment. This letter is governed by the
            laws of the State of Hawaii.""")),
        ("para", P("""
            Please confirm your acceptance by signing and returning this letter no later than February 20, 2024.
            Naomi, we look forward to welcoming you to Keawe Ridge.""")),
        ("lines", ["Sincerely,", "", "/s/ Kainoa T. Medeiros-Lum", "Kainoa T. Medeiros-Lum",
                   "President and Chief Executive Officer", "", "Accepted and agreed:", "",
                   "/s/ Naomi K. Fujioka-Reyes", "Naomi K. Fujioka-Reyes", "Date: February 15, 2024"]),
    ],
)


# 5. US (Vermont), 2020, a general counsel's offer letter as filed with a 10-Q: DOCX, 2.5 pages.
#     Traps: the salary paid weekly; the annual bonus as a fixed dollar target; a restricted stock
#     award (kind shares) vesting in thirds; Vermont earned sick time in hours; 30 days' notice from
#     either side beside at-will words; hybrid days in a pandemic paragraph; a non-solicit without a
#     non-compete; no offer deadline.
letter(
    "us-vt-south-burlington-general-counsel-2020", "docx", datetime(2020, 10, 5, 11, 0),
    "Offer of Employment - Colette A. Marchetti", "Lamoille Precision Instruments, Inc.",
    paper="Letter",
    blocks=[
        ("head", "Lamoille Precision Instruments, Inc.", "60 Kimball Avenue, South Burlington, Vermont 05403"),
        ("lines", ["October 5, 2020", "", "Colette A. Marchetti, Esq.", "118 Pearl Street, Apt. 4", "Essex Junction, VT 05452"]),
        ("para", "Dear Colette:"),
        ("para", P("""
            Following your conversations with the Board's search committee and with me, I am very pleased to
            offer you the position of Senior Vice President, General Counsel and Corporate Secretary of
            Lamoille Precision Instruments, Inc. (the "Company"). You will report to me and, on matters of
            governance, to the Chair of the Board. This letter sets out the terms we discussed.""")),
        ("para", P("""
            Commencement. We propose that your employment begin on Monday, November 2, 2020.""")),
        ("para", P("""
            Working arrangements. Your office will be at our South Burlington headquarters. While the current
            public health guidance remains in place, the legal department works a hybrid schedule: in the
            office Tuesday through Thursday, and from home on Mondays and Fridays. We will let you know well in
            advance if that pattern changes.""")),
        ("para", P("""
            Compensation. Your base salary will be $285,000 per year, less required deductions. Like every
            employee of the Company, you will be paid weekly, on Fridays. Your salary will be reviewed each
            February together with those of the other officers.""")),
        ("para", P("""
            Annual bonus. You will be eligible for an annual bonus under the Officer Bonus Program, with a
            target of $60,000 for a full year, payable in the first quarter following the year in which it was
            earned. The Compensation Committee determines the amount, which may be higher or lower than the
            target depending on the Company's results and your contribution. Your 2020 bonus will be pro-rated
            for your months of service.""")),
        ("para", P("""
            Restricted stock. Subject to the approval of the Compensation Committee, you will receive a
            restricted stock award of 12,000 shares of the Company's common stock under the 2016 Equity
            Incentive Plan, granted on your first day of employment. The restrictions will lapse as to one-third
            of the shares on each of the first, second and third anniversaries of the grant date, as long as you
            are then employed by the Company.""")),
        ("para", P("""
            Benefits and time off. You will be eligible for the Company's medical and dental plans, company-paid
            life and long-term disability insurance, and its 401(k) plan, to which the Company contributes a
            matching amount of up to 5% of your salary, dollar for dollar. You will have four weeks of vacation
            per year. In addition, you will accrue earned sick time as Vermont law provides, up to 40 hours in
            each year. The Company will pay your annual Vermont bar dues and reasonable continuing legal
            education costs.""")),
        ("para", P("""
            Termination. You will be employed at will, which means that your employment is not for any fixed
            period. Nevertheless, so that the legal function is never left without cover, you and the Company
            each agree to give the other thirty (30) days' written notice of the termination of your employment,
            except that the Company may terminate your employment immediately for cause. The Company may elect
            to pay you your base salary for the notice period instead of having you work it.""")),
        ("para", P("""
            Confidentiality and non-solicitation. Beyond your professional duties as a lawyer, you will be
            required to protect the Company's confidential business information both during and after your
            employment. For twelve (12) months after you leave, you agree not to solicit any of the Company's
            employees or customers on behalf of a competitor. The Company does not ask you to agree to any
            broader restriction.""")),
        ("para", P("""
            Conditions. This offer is conditioned on a satisfactory background check and on your registration
            as in-house counsel or admission to the Vermont bar within six months of your start date. This
            letter shall be governed by the laws of the State of Vermont.""")),
        ("para", P("""
            If you agree with these terms, please sign where indicated and return a copy to me. We are
            genuinely delighted at the prospect of your joining us.""")),
        ("lines", ["Sincerely,", "", "/s/ Everett J. Tolland", "Everett J. Tolland", "Chief Executive Officer", "",
                   "Agreed and accepted:", "", "/s/ Colette A. Marchetti", "Colette A. Marchetti",
                   "October 8, 2020"]),
    ],
)


# 6. India (Madhya Pradesh), software services: PDF, 3 pages, ruled tables (particulars and the
#     CTC annexure).
#     Traps: CTC in lakh notation with words, fixed plus a variable "up to" amount; gross,
#     employer PF and gratuity rows inside the CTC and a mediclaim cover outside it; salary
#     "on or before the 7th of the following month"; hybrid (three office days); earned + casual
#     leave with sick leave apart; notice of two months from the employee vs one month from the
#     Company after confirmation, fifteen days each in probation; a twelve-month non-solicit;
#     courts at Bhopal only (no governing law); deadline as a day-first date.
letter(
    "in-mp-bhopal-qa-engineer-ctc-annexure", "pdf", datetime(2025, 8, 4, 12, 0),
    "Offer Letter - Ananya Chaturvedi", "Narmadaline Software Solutions Pvt. Ltd.",
    font="DejaVuSans", size=9.5, footer="Narmadaline Software Solutions Pvt. Ltd. | CIN U72200MP2014PTC000000 | Private & Confidential",
    blocks=[
        ("head", "Narmadaline Software Solutions Pvt. Ltd.", "3rd Floor, Shakti Towers, Zone-II, M.P. Nagar, Bhopal - 462011, Madhya Pradesh"),
        ("lines", ["NSS/HR/2025-26/OL/0847", "Dated: 04.08.2025", "", "To,", "Ms. Ananya Chaturvedi",
                   "E-7/214, Arera Colony", "Bhopal - 462016"]),
        ("para", "Subject: Offer of Employment - QA Engineer II"),
        ("para", "Dear Ananya,"),
        ("para", P("""
            Further to your interviews with us, we are happy to offer you employment with Narmadaline Software
            Solutions Pvt. Ltd. (the "Company") on the terms below and in Annexure A. Please read them
            carefully.""")),
        ("table", [
            ["Item", "Particulars"],
            ["Designation", "QA Engineer II (Grade E2)"],
            ["Department", "Quality Engineering - Payments Platform"],
            ["Date of joining", "1st September 2025"],
            ["Place of work", "Bhopal (M.P. Nagar office)"],
            ["Annual CTC", "Rs. 7,80,000/- (Rupees Seven Lakh Eighty Thousand only)"],
            ["Reporting manager", "Lead - Quality Engineering"],
        ], True),
        ("heading", "1. Compensation"),
        ("para", P("""
            1.1 Your annual Cost to Company (CTC) is Rs. 7,80,000/-, made up of a fixed component of
            Rs. 7,20,000/- and a variable component of up to Rs. 60,000/-, as detailed in Annexure A. The
            variable component is paid once a year after the annual appraisal, in proportion to your rating
            and the Company's performance, and only if you are on the rolls on the date of payment.""")),
        ("para", P("""
            1.2 Salary is paid monthly, on or before the 7th of the following month, by credit to your salary
            account, after deduction of income tax at source and other statutory deductions. Details of your
            compensation are confidential between you and the Company and must not be discussed with
            colleagues.""")),
        ("heading", "2. Working Hours and Arrangement"),
        ("para", P("""
            2.1 Our working week is Monday to Friday. Working hours are 9:30 a.m. to 6:30 p.m., with a lunch
            break of one hour. Depending on release schedules, you may occasionally be asked to work beyond these
            hours or on a weekend, for which compensatory off will be given.""")),
        ("para", P("""
            2.2 The Quality Engineering team follows a hybrid arrangement: you will work from the M.P. Nagar
            office on Tuesday, Wednesday and Thursday and may work from home on Monday and Friday.""")),
        ("heading", "3. Leave"),
        ("para", P("""
            3.1 You will be entitled to 15 days of Earned Leave and 6 days of Casual Leave in a calendar year,
            credited monthly on a pro-rata basis, and to 6 days of Sick Leave. Earned Leave may be carried
            forward up to 30 days. Holidays are declared each year by the Company (currently 10 days).""")),
        ("heading", "4. Probation and Confirmation"),
        ("para", P("""
            4.1 You will be on probation for six (6) months from your date of joining. On satisfactory
            completion your confirmation will be communicated in writing; until then you remain on
            probation.""")),
        ("heading", "5. Notice Period"),
        ("para", P("""
            5.1 During probation either party may terminate the employment by giving fifteen (15) days' notice.
            After confirmation, you must give two (2) months' notice in writing should you wish to resign, and
            the Company may terminate your employment by giving you one (1) month's notice or one month's
            gross salary in lieu of notice. Leave balance may not be adjusted against the notice period.""")),
        ("heading", "6. Benefits"),
        ("bullets", [
            "Group mediclaim insurance of Rs. 3,00,000/- per annum for you, your spouse and children (outside CTC).",
            "Group term life cover of three times the fixed annual CTC.",
            "Provident Fund and Gratuity as per applicable law (the Company's contributions are part of the CTC).",
        ]),
        ("heading", "7. Confidentiality and Non-Solicitation"),
        ("para", P("""
            7.1 You shall keep confidential all information relating to the Company's clients, software, test
            data and business, during and after your employment, and shall sign the Company's Non-Disclosure
            Agreement on joining. All work product, including test scripts and tools you develop while employed,
            shall be the exclusive property of the Company.""")),
        ("para", P("""
            7.2 For a period of twelve (12) months after leaving the Company, you shall not, directly or
            indirectly, solicit or entice away any employee of the Company, or approach any client of the
            Company for whom you worked in your last year of service.""")),
        ("heading", "8. Conditions of this Offer"),
        ("para", P("""
            8.1 This offer is subject to satisfactory background verification through the Company's agency and
            to verification of your original educational certificates and mark sheets on the date of joining.
            You must also produce a relieving letter from your present employer.""")),
        ("para", P("""
            8.2 Any dispute arising out of this employment shall be subject to the exclusive jurisdiction of the
            courts at Bhopal.""")),
        ("para", P("""
            Kindly sign the duplicate copy of this letter as a token of your acceptance and return it to us on or
            before 12th August 2025, failing which this offer shall stand withdrawn.""")),
        ("lines", ["For Narmadaline Software Solutions Pvt. Ltd.", "", "(Shweta Khare)", "Head - Human Resources", "",
                   "I accept the above terms and conditions.", "Signature: ____________  Date: ____________"]),
        ("pagebreak",),
        ("title", "ANNEXURE A - COMPENSATION STRUCTURE"),
        ("lines", ["Name: Ananya Chaturvedi", "Designation: QA Engineer II (Grade E2)"]),
        ("table", [
            ["Component", "Monthly (Rs.)", "Annual (Rs.)"],
            ["Basic Salary", "24,000", "2,88,000"],
            ["House Rent Allowance", "12,000", "1,44,000"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "19,446", "2,33,352"],
            ["Gross Salary (A)", "57,046", "6,84,552"],
            ["Employer's PF Contribution", "1,800", "21,600"],
            ["Gratuity", "1,154", "13,848"],
            ["Retirals (B)", "2,954", "35,448"],
            ["Fixed CTC (A + B)", "60,000", "7,20,000"],
            ["Variable Pay (up to)", "-", "60,000"],
            ["Total CTC", "-", "7,80,000"],
        ], True),
        ("para", P("""
            Notes: (1) Income tax is deducted at source as applicable. (2) Employer PF is calculated on a wage
            ceiling of Rs. 15,000 per month. (3) Gratuity is payable under the Payment of Gratuity Act, 1972 on
            completing five years of continuous service. (4) Mediclaim premium is borne by the Company and is not
            part of the CTC.""")),
    ],
)


# 7. India (Gujarat), textiles: DOCX, 3 pages, the salary annexure as a Word table.
#     Traps: CTC stated "Rs. 14.50 lakh per annum" then in full; a target performance pay as a
#     fixed amount inside the CTC; a six-day week from times less a 45-minute lunch (46.5 h);
#     privilege + casual leave, sick leave apart; three months' notice either side; relocation
#     assistance repayable within a year; an in-term exclusivity duty (not a non-compete) beside a
#     twelve-month non-solicit of suppliers; Indian law; deadline seven days from the letter date.
letter(
    "in-gj-surat-senior-buyer-offer", "docx", datetime(2025, 11, 17, 15, 0),
    "Appointment offer - Kunal Maheshwari", "Tapi Weaveworks Limited",
    blocks=[
        ("head", "TAPI WEAVEWORKS LIMITED", "Plot No. 3115-3118, Road No. 7, Sachin G.I.D.C., Surat - 394230, Gujarat"),
        ("lines", ["Ref. TWL/HRD/OFR/1125/063", "17 November 2025", "", "Mr. Kunal Maheshwari",
                   "B-402, Shantivan Residency, Goregaon (East)", "Mumbai - 400063"]),
        ("title", "OFFER OF APPOINTMENT"),
        ("para", "Dear Mr. Maheshwari,"),
        ("para", P("""
            We refer to your application and the discussions you had with our Director (Operations) and our
            Purchase Head at Surat. We are pleased to offer you the post of Senior Buyer - Yarn & Chemicals in
            our Purchase Department at the Sachin G.I.D.C. works, Surat, on the following terms.""")),
        ("heading", "1. Date of Joining"),
        ("para", "You are requested to join on or before Monday, 5 January 2026."),
        ("heading", "2. Remuneration"),
        ("para", P("""
            Your Cost to Company will be Rs. 14.50 lakh per annum, that is Rs. 14,50,000/- (Rupees Fourteen
            Lakh Fifty Thousand only), as per the salary structure in the Annexure. It includes a target
            performance pay of Rs. 1,45,000/- per year, payable after the close of each financial year on the
            basis of savings achieved, supplier delivery performance and your appraisal. Salary will be paid
            every month by bank transfer on or before the last working day of the month.""")),
        ("heading", "3. Working Hours"),
        ("para", P("""
            The works office functions six days a week, Monday to Saturday, from 9:30 a.m. to 6:00 p.m., with a
            lunch break of 45 minutes. Sunday is the weekly off. You may be required to visit suppliers in
            Surat, Bhiwandi, Ludhiana and elsewhere as the work requires.""")),
        ("heading", "4. Leave and Holidays"),
        ("para", P("""
            You will be entitled to 18 days of privilege leave and 7 days of casual leave in each calendar year,
            and 7 days of sick leave. Privilege leave can be availed after six months of service. The Company
            observes 9 paid festival holidays, including Diwali and Uttarayan.""")),
        ("heading", "5. Probation and Notice"),
        ("para", P("""
            You will be on probation for a period of six months, which may be extended at the discretion of the
            management. During probation your services may be terminated by either side with one week's notice.
            After confirmation, the employment may be terminated by either party by giving three months' notice
            in writing or three months' gross salary in lieu thereof.""")),
        ("heading", "6. Relocation"),
        ("para", P("""
            To help you move from Mumbai, the Company will reimburse your actual shifting expenses up to
            Rs. 75,000/- and provide company guest house accommodation for your first 30 days in Surat. If you
            leave the Company of your own accord within twelve months of joining, the relocation amount
            reimbursed to you will be recovered from your full and final settlement.""")),
        ("heading", "7. Benefits"),
        ("para", P("""
            You will be covered under the Company's group mediclaim policy for Rs. 3,00,000/- (self, spouse and
            two children) and the group personal accident policy. You will be a member of the Employees'
            Provident Fund, and gratuity will be paid in accordance with the Payment of Gratuity Act.""")),
        ("heading", "8. Conduct, Confidentiality and Suppliers"),
        ("para", P("""
            While you are in the service of the Company you shall devote your whole time to its work and shall
            not engage in any other business or trade, directly or indirectly. You shall keep confidential all
            information about the Company's prices, suppliers, formulations and customers, and you shall not
            accept any gift or commission from any supplier. For a period of twelve months after leaving the
            Company, you shall not induce any supplier or employee of the Company to end or reduce its dealings
            with the Company.""")),
        ("heading", "9. General"),
        ("para", P("""
            This offer is subject to your being found medically fit by the Company's medical officer, to
            satisfactory references from your two previous employers, and to your signing the Company's
            Confidentiality Undertaking on joining. The terms of your employment shall be governed by the laws
            of India, and the courts at Surat shall have jurisdiction.""")),
        ("para", P("""
            Please return the duplicate copy of this letter, duly signed, within seven days of the date of this
            letter, failing which this offer will lapse.""")),
        ("lines", ["Yours faithfully,", "For TAPI WEAVEWORKS LIMITED", "", "Rakesh Nanavati",
                   "General Manager - HR & Administration", "", "Encl.: Annexure - Salary Structure"]),
        ("pagebreak",),
        ("title", "ANNEXURE - SALARY STRUCTURE"),
        ("kv", [("Name", "Kunal Maheshwari"), ("Designation", "Senior Buyer - Yarn & Chemicals")]),
        ("table", [
            ["Salary Component", "Per Month (Rs.)", "Per Annum (Rs.)"],
            ["Basic", "43,500", "5,22,000"],
            ["House Rent Allowance", "17,400", "2,08,800"],
            ["Conveyance", "3,000", "36,000"],
            ["Special Allowance", "33,245", "3,98,940"],
            ["Gross Salary", "97,145", "11,65,740"],
            ["Provident Fund (Employer)", "5,220", "62,640"],
            ["Gratuity", "2,092", "25,104"],
            ["Bonus / Ex-gratia (statutory)", "-", "51,516"],
            ["Fixed CTC", "-", "13,05,000"],
            ["Target Performance Pay", "-", "1,45,000"],
            ["Total Cost to Company", "-", "14,50,000"],
        ], True),
    ],
)


# 8. Philippines (Cagayan de Oro), logistics: a probationary employment contract, SCANNED (image
#     only), 2 pages.
#     Traps: no text layer; monthly salary in words and figures ("PHP" only once) beside rice and
#     communication allowances; "every 15th and 30th" (semimonthly); a six-day week of eight hours
#     exclusive of the meal hour (48 h); overtime under the Labor Code; five days' service incentive
#     leave after a year beside vacation and sick leave on regularization; thirty days' notice from
#     the employee only; 13th month pay; HMO on regularization; NBI clearance, medical and drug test.
letter(
    "ph-cdo-fleet-dispatcher-probationary-scan", "scan", datetime(2025, 6, 9, 9, 0),
    "Probationary Employment Contract - Jerome P. Lagunday", "Macajalar Freight and Logistics Corporation",
    blocks=[
        ("head", "MACAJALAR FREIGHT AND LOGISTICS CORPORATION", "Km. 6 National Highway, Barangay Bugo, Cagayan de Oro City 9000, Misamis Oriental"),
        ("lines", ["June 9, 2025", "", "MR. JEROME P. LAGUNDAY", "Zone 4, Barangay Puerto", "Cagayan de Oro City"]),
        ("title", "PROBATIONARY EMPLOYMENT CONTRACT"),
        ("para", "Dear Mr. Lagunday:"),
        ("para", P("""
            We are pleased to engage your services as FLEET DISPATCHER of Macajalar Freight and Logistics
            Corporation (the "Company") at its Bugo terminal, Cagayan de Oro City, under the following terms
            and conditions:""")),
        ("para", P("""
            1. Status and Effectivity. You will be employed on probationary status for a period of six (6)
            months starting July 1, 2025. The reasonable standards for your regularization have been explained
            to you and are attached as Annex "A". If you meet them, you will become a regular employee at the
            end of the probationary period.""")),
        ("para", P("""
            2. Compensation. You will receive a monthly salary of Twenty-Two Thousand Eight Hundred Pesos
            (PHP 22,800.00), less withholding tax and your share of SSS, PhilHealth and Pag-IBIG contributions.
            You will also receive a rice subsidy of 2,000.00 per month and a communication allowance of 500.00
            per month. Salaries are paid every 15th and 30th of the month through your payroll account.""")),
        ("para", P("""
            3. Hours of Work. Dispatch runs on two shifts, 5:00 AM to 2:00 PM and 1:00 PM to 10:00 PM. You will
            work eight (8) hours a day, exclusive of a one-hour meal break, six (6) days a week, on the shift
            and rest day assigned to you in the monthly schedule. Work beyond eight hours, on your rest day or
            on a holiday, when authorized, will be paid the premiums required by the Labor Code.""")),
        ("para", P("""
            4. Leave. You will earn five (5) days of service incentive leave after one year of service. Upon
            regularization, you will instead be entitled to twelve (12) days of vacation leave and seven (7)
            days of sick leave each year, which are inclusive of the service incentive leave.""")),
        ("para", P("""
            5. Benefits. You will receive 13th month pay in accordance with law. Upon regularization you will be
            enrolled in the Company's HMO plan with a yearly limit of 150,000.00 per illness, and in the group
            life insurance plan.""")),
        ("para", P("""
            6. Duties and Conduct. You will schedule and monitor trucks and drivers, issue trip tickets, and keep
            dispatch records. You will observe the Company's Code of Conduct and keep strictly confidential all
            customer, cargo and rate information you come to know.""")),
        ("para", P("""
            7. Termination. The Company may terminate this contract for just or authorized causes, or if you
            fail to meet the standards for regularization. If you decide to resign, you must serve a written
            notice at least thirty (30) days before the effective date of your resignation.""")),
        ("para", P("""
            8. Pre-employment Requirements. This contract takes effect only upon your submission of an NBI
            clearance, a pre-employment medical examination with a fit-to-work result, and a negative drug test
            from a DOH-accredited laboratory.""")),
        ("para", P("""
            9. Governing Law. This contract shall be governed by the laws of the Republic of the Philippines.""")),
        ("para", P("""
            Please signify your conformity by signing below and returning this contract to the HR Office on or
            before June 16, 2025.""")),
        ("lines", ["Very truly yours,", "", "ROSALINDA V. ACABAL", "HR and Admin Manager", "",
                   "CONFORME:", "", "______________________________", "JEROME P. LAGUNDAY", "Date: ______________"]),
    ],
)


# 9. UAE (Ras Al Khaimah), ceramics: PDF, 3 pages, ruled tables (the salary table and the
#     contract particulars).
#     Traps: a monthly pay table with basic, housing, transport and food rows and a gross total
#     (basic is the salary); a two-year fixed term "renewable by mutual agreement" (end date
#     derived); nine-hour days "including" a one-hour break over six days (48 h); overtime under
#     the law; 30 days' annual leave; sick leave only by the law; 60 days' notice from the employee
#     vs 30 from the Company; a one-year non-compete in the UAE; deadline ten days from the letter.
letter(
    "ae-rak-production-supervisor-pay-table", "pdf", datetime(2025, 9, 22, 10, 0),
    "Offer of Employment - Anoop Varghese Mathew", "Saqr Coast Ceramics Industries L.L.C.",
    font="DejaVuSans", size=9.5, footer="Saqr Coast Ceramics Industries L.L.C. - Human Resources",
    blocks=[
        ("head", "Saqr Coast Ceramics Industries L.L.C.", "P.O. Box 31877, Al Ghail Industrial Zone, Ras Al Khaimah, United Arab Emirates"),
        ("lines", ["Ref: SCC/HR/OFF/2025/214", "Date: 22 September 2025", "", "Mr. Anoop Varghese Mathew",
                   "Thrissur, Kerala, India", "Email: anoop.vm@mail.example"]),
        ("title", "OFFER OF EMPLOYMENT"),
        ("para", "Dear Mr. Anoop,"),
        ("para", P("""
            Saqr Coast Ceramics Industries L.L.C. (the "Company") is pleased to offer you employment as
            Production Supervisor - Kiln & Glazing at its tile plant in Al Ghail, Ras Al Khaimah. The main
            particulars of the offer are set out below.""")),
        ("table", [
            ["Particular", "Detail"],
            ["Position", "Production Supervisor - Kiln & Glazing"],
            ["Grade", "S2"],
            ["Place of work", "Al Ghail plant, Ras Al Khaimah"],
            ["Type of contract", "Fixed term of two (2) years, renewable by mutual agreement"],
            ["Expected joining date", "2 November 2025"],
            ["Probation", "Six (6) months"],
            ["Visa sponsor", "The Company"],
        ], True),
        ("heading", "1. Salary and Allowances"),
        ("para", "Your monthly remuneration will be as follows:"),
        ("table", [
            ["Component", "AED per month"],
            ["Basic salary", "6,800"],
            ["Housing allowance", "2,700"],
            ["Transport allowance", "900"],
            ["Food allowance", "400"],
            ["Total monthly gross salary", "10,800"],
        ], True),
        ("para", P("""
            Salary is paid monthly through the Wage Protection System, by the 5th day of the following month,
            into a UAE bank account in your name. End-of-service gratuity will be calculated on the basic salary
            only, in accordance with the UAE Labour Law.""")),
        ("heading", "2. Working Hours"),
        ("para", P("""
            The plant works three shifts. You will work nine hours a day, including a one-hour rest break, six
            days a week, on the shift to which you are rostered; Friday is the usual weekly rest day. The role
            is based entirely at the plant and cannot be performed remotely. Overtime worked at the Company's
            request is paid in accordance with the Federal Decree-Law No. 33 of 2021 and its Executive
            Regulations.""")),
        ("heading", "3. Leave"),
        ("para", P("""
            You are entitled to thirty (30) days' paid annual leave for each year of service, in addition to the
            official public holidays announced by the Government. Sick leave is granted in accordance with the
            UAE Labour Law on production of a medical certificate.""")),
        ("heading", "4. Benefits"),
        ("bullets", [
            "Medical insurance under the Company's group health policy, as required in Ras Al Khaimah.",
            "One economy-class return air ticket to Kochi each contract year.",
            "Group life insurance cover of AED 100,000.",
            "Employment visa, Emirates ID and labour card costs borne by the Company.",
        ]),
        ("heading", "5. Probation and Termination"),
        ("para", P("""
            During the probation period, either party may terminate the contract by giving the notice the Labour
            Law prescribes for that period. After probation, the Employee shall give sixty (60) days' written
            notice of resignation, and the Company shall give thirty (30) days' written notice, or pay basic
            salary in lieu of any unserved notice.""")),
        ("heading", "6. Confidentiality and Competition"),
        ("para", P("""
            You must keep confidential the Company's glaze formulas, kiln profiles, production data and customer
            information, during your employment and after it ends. For one (1) year after the end of your
            employment, you shall not work for or set up any business manufacturing ceramic or porcelain tiles
            within the United Arab Emirates.""")),
        ("heading", "7. Conditions"),
        ("para", P("""
            This offer is conditional on your passing the medical fitness test required for a UAE residence
            visa, on the approval of your work permit by the Ministry of Human Resources and Emiratisation, on
            your providing educational certificates attested by the UAE embassy, and on a police clearance
            certificate from your country of residence.""")),
        ("heading", "8. Governing Law"),
        ("para", P("""
            Your employment will be governed by the laws of the United Arab Emirates, and the MOHRE contract
            issued on your joining will reflect the terms of this offer.""")),
        ("para", P("""
            If you accept this offer, please sign and return a copy within ten (10) days of the date of this
            offer. After that, the offer will lapse without further notice.""")),
        ("lines", ["For Saqr Coast Ceramics Industries L.L.C.", "", "Hamad Rashid Al Shehhi", "HR Manager", "",
                   "Accepted by: ____________________   Date: ____________"]),
    ],
)


# 10. UK (Norwich), a veterinary practice: TXT, 2 pages, part-time.
#     Traps: the employer named only in the letterhead ("the Practice" everywhere else); three
#     days from times less an unpaid hour (27 h); the pro-rata salary beside the full-time figure;
#     "the last working day of each month"; holiday pro rata "plus" bank holidays; company sick pay
#     in working days; extra hours as time off in lieu (overtime false); three months from the
#     employee vs one month from the Practice; a six-month radius restriction and a twelve-month
#     client non-solicit under headings; no offer deadline; English law.
letter(
    "uk-norwich-veterinary-surgeon-part-time", "txt", datetime(2025, 10, 14, 17, 0),
    "Offer of employment - Dr Imogen Castellane", "Yare Meadow Veterinary Partnership",
    blocks=[
        ("head", "YARE MEADOW VETERINARY PARTNERSHIP", "Unit 2, Harvey Lane Business Park, Thorpe St Andrew, Norwich NR7 0BQ  |  01603 555 218"),
        ("lines", ["14 October 2025", "", "Dr Imogen Castellane MRCVS", "27 Earlham Grove", "Norwich NR2 3AQ"]),
        ("para", "Dear Imogen,"),
        ("para", P("""
            Thank you for coming in to meet the team and for the consults you did with us last week. I'm very
            pleased to offer you the post of Veterinary Surgeon (small animal) at our Thorpe St Andrew
            surgery in Norwich. Below are the main terms. Your written statement of particulars will follow
            before you start.""")),
        ("para", "START DATE"),
        ("para", "Monday 5 January 2026."),
        ("para", "HOURS"),
        ("para", P("""
            This is a part-time post. You will work Mondays, Wednesdays and Thursdays, 8.30am to 6.30pm, with an
            unpaid hour for lunch. You will not be on the out-of-hours rota; nights and weekends are covered by
            our emergency partner. If a consult or surgery runs late you will be given the time back as time off
            in lieu; additional hours are not paid.""")),
        ("para", "SALARY"),
        ("para", P("""
            £37,800 a year, which is 72% of the full-time salary of £52,500 for this post, paid monthly by BACS
            on the last working day of each month. Salaries are reviewed every April. In addition we pay your
            RCVS registration fee, your VDS professional indemnity cover and your BSAVA membership.""")),
        ("para", "HOLIDAYS"),
        ("para", P("""
            18 days a year (the full-time entitlement of 25 days, pro rata), plus the bank holidays that fall on
            your working days. The holiday year runs from January to December.""")),
        ("para", "SICKNESS"),
        ("para", P("""
            After your probationary period, the Practice pays full pay for up to 10 working days of sickness
            absence in any 12 months, and Statutory Sick Pay after that.""")),
        ("para", "PENSION AND CPD"),
        ("para", P("""
            You will be auto-enrolled in our group personal pension, and the Practice will contribute 5% of your
            basic salary. You also have an annual CPD allowance of £1,200 and three days' paid CPD leave.""")),
        ("para", "PROBATION"),
        ("para", P("""
            The first three months are a probationary period. During it, either of us can end your employment
            with one week's notice.""")),
        ("para", "NOTICE"),
        ("para", P("""
            Once you have completed probation, you must give three months' written notice if you wish to leave.
            The Practice will give you one month's notice, or the statutory minimum if that is longer.""")),
        ("para", "AFTER YOU LEAVE"),
        ("para", P("""
            For six months after your employment ends you must not practise as a small animal vet within a
            five-mile radius of the Thorpe St Andrew surgery. For twelve months after it ends you must not
            try to take away any client you treated in your last year with us.""")),
        ("para", "CONFIDENTIALITY"),
        ("para", P("""
            Clients' records and the Practice's business information are confidential, during and after your
            employment.""")),
        ("para", "CONDITIONS"),
        ("para", P("""
            The offer depends on your remaining registered with the RCVS, two satisfactory references and our
            checking that you have the right to work in the UK.""")),
        ("para", P("""
            The terms of your employment are governed by English law. If you're happy with all of this, please
            reply by email or give me a ring and we will send you the statement to sign.""")),
        ("lines", ["Best wishes,", "", "Dr Alastair Penhaligon BVSc MRCVS", "Clinical Director"]),
    ],
)


# 11. Canada (Saskatchewan), an electrical contractor: PDF, 2 pages.
#     Traps: an hourly rate with cents beside a journeyperson scale; "every second Friday"; hours
#     from times less a 30-minute unpaid lunch; daily and weekly overtime; vacation in weeks
#     rising with service; a 90-day probation in days; two weeks from the employee vs the
#     statutory week from the employer; tool allowance; RRSP match; no restrictive covenant;
#     drug and alcohol test; deadline as a date.
letter(
    "ca-sk-regina-journeyperson-electrician-hourly", "pdf", datetime(2026, 2, 24, 8, 30),
    "Offer of Employment - Tyler Wojcik-Bergstrom", "Lumsden Bluff Electric Ltd.",
    font="DejaVuSans", size=10, paper="Letter", footer="Lumsden Bluff Electric Ltd.",
    blocks=[
        ("head", "Lumsden Bluff Electric Ltd.", "1840 Park Street, Regina, SK  S4N 2G5  |  306-555-0187"),
        ("lines", ["February 24, 2026", "", "Tyler Wojcik-Bergstrom", "3312 Argyle Road", "Regina, SK  S4S 2B9"]),
        ("para", "Hi Tyler,"),
        ("para", P("""
            Good news: we'd like you to join Lumsden Bluff Electric Ltd. as a Journeyperson Electrician on our
            industrial and commercial crew. You'll work out of our Park Street shop in Regina and on customer
            sites in and around the city. Here is what we're offering.""")),
        ("heading", "Start"),
        ("para", "Monday, March 16, 2026, 7:00 a.m. at the shop for orientation and safety training."),
        ("heading", "Wages"),
        ("para", P("""
            Your rate will be $44.37 an hour. Our journeyperson scale runs from $41.50 to $48.25, and we review
            rates each April. Pay is by direct deposit every second Friday, for the two weeks ending the Sunday
            before. We'll also pay you a tool allowance of $600 a year and reimburse up to $250 a year for CSA
            safety boots.""")),
        ("heading", "Hours and overtime"),
        ("para", P("""
            Regular hours are Monday to Friday, 7:00 a.m. to 3:30 p.m., with a 30-minute unpaid lunch. Time
            worked over 8 hours in a day or over 40 hours in a week is paid at one and one-half times your rate,
            as required by The Saskatchewan Employment Act.""")),
        ("heading", "Vacation and sick time"),
        ("para", P("""
            Three weeks of paid vacation a year, going up to four weeks after ten years with us. You'll also get
            six paid sick days a year, and the statutory holidays.""")),
        ("heading", "Benefits"),
        ("para", P("""
            After three months you join our group plan: extended health, dental and vision care, life insurance,
            and long-term disability. We match your contributions to the group RRSP up to 4% of your wages.
            We'll pay the course fees when you take an approved code update or upgrading course.""")),
        ("heading", "Probation and leaving"),
        ("para", P("""
            Your first 90 days are probationary. If you decide to leave after that, we ask for two weeks'
            written notice. If we end your employment without just cause, we'll give you the notice (or pay in
            lieu) set out in The Saskatchewan Employment Act, which is one week during your first year.""")),
        ("heading", "Safety and site rules"),
        ("para", P("""
            Because you'll be working on industrial sites, the offer is subject to a negative pre-access drug
            and alcohol test and a clean criminal record check. You'll need to show us your Saskatchewan
            journeyperson certificate and a valid driver's licence on your first day. Customer site drawings,
            pricing and security information stay confidential.""")),
        ("heading", "The paperwork"),
        ("para", P("""
            This letter is governed by the laws of Saskatchewan. To accept, sign below and drop it off at the shop
            or email a scan to us by March 4, 2026.""")),
        ("lines", ["Thanks,", "", "Marnie Olafson", "Operations Manager", "",
                   "I accept: ______________________   Date: ______________"]),
    ],
)


# 12. Australia (Queensland), a private hospital: DOCX, 2.5 pages.
#     Traps: an annual salary "plus superannuation" beside an hourly equivalent; the enterprise
#     agreement classification; "fortnightly"; 38 ordinary hours on a rotating roster; shift
#     penalties and overtime under the agreement; four weeks' leave and personal/carer's leave in
#     days; four weeks' notice each side; super at 12%; police check, Blue Card and a health
#     declaration; deadline with a weekday and time.
letter(
    "au-qld-townsville-registered-nurse-offer", "docx", datetime(2025, 11, 3, 13, 0),
    "Letter of offer - Bronwyn Tuilagi-Marsh", "Magnetic Reef Private Hospital Pty Ltd",
    blocks=[
        ("head", "Magnetic Reef Private Hospital Pty Ltd", "ABN 00 000 000 000  ·  48 Fulham Road, Pimlico QLD 4812"),
        ("lines", ["3 November 2025", "", "Ms Bronwyn Tuilagi-Marsh", "17 Eyre Street", "North Ward QLD 4810"]),
        ("para", "Dear Bronwyn,"),
        ("title", "Letter of offer - Registered Nurse, Surgical Ward"),
        ("para", P("""
            Following your interview with our Nurse Unit Manager, Magnetic Reef Private Hospital Pty Ltd (the
            Hospital) is pleased to offer you permanent full-time employment as a Registered Nurse on the
            surgical ward of our Townsville hospital.""")),
        ("kv", [
            ("Position", "Registered Nurse, Surgical Ward (4 West)"),
            ("Classification", "Registered Nurse Level 1, Pay Point 4"),
            ("Employment type", "Permanent full-time"),
            ("Commencement", "Monday 12 January 2026"),
            ("Reports to", "Nurse Unit Manager, 4 West"),
        ]),
        ("heading", "Remuneration"),
        ("para", P("""
            Your base salary will be $91,240 per annum (an hourly rate of $46.05), plus superannuation
            contributions at the rate of 12% of ordinary time earnings, paid into your nominated fund. Pay is
            deposited fortnightly, on alternate Thursdays. Shift penalties, weekend and public holiday rates and
            overtime are paid as set out in the Magnetic Reef Private Hospital Nurses and Midwives Enterprise
            Agreement 2024 (the Agreement), which covers your employment.""")),
        ("heading", "Hours of work"),
        ("para", P("""
            You will work 38 ordinary hours per week, on a rotating roster of morning, afternoon and night shifts
            that includes weekends and public holidays. Rosters are published four weeks in advance.""")),
        ("heading", "Leave"),
        ("para", P("""
            You will receive four weeks of annual leave for each year of service and 10 days of paid
            personal/carer's leave a year, as well as long service leave under the Industrial Relations Act 2016 (Qld).
            Paid parental leave is available under the Hospital's policy after twelve months of service.""")),
        ("heading", "Probation"),
        ("para", P("""
            Your employment starts with a six-month probationary period, and your clinical practice will be
            reviewed at the three-month and six-month marks.""")),
        ("heading", "Ending employment"),
        ("para", P("""
            After probation, either you or the Hospital may end your employment by giving four weeks' written
            notice. Instead of having you work the notice, the Hospital may choose to pay it out in full or in part.""")),
        ("heading", "Other benefits"),
        ("bullets", [
            "Salary packaging of up to $9,010 a year for living expenses, as a not-for-profit hospital.",
            "Annual professional development allowance of $750 and two days of study leave.",
            "Uniforms supplied, and free on-site staff parking.",
            "Access to our Employee Assistance Program and staff flu vaccination.",
        ]),
        ("heading", "Conditions of employment"),
        ("para", P("""
            This offer is conditional on your holding current general registration with AHPRA throughout your
            employment, on a satisfactory National Police Check, on a current Blue Card (working with children
            check), and on your completing a pre-employment health declaration and providing evidence of
            vaccination. You must also keep patient information strictly confidential.""")),
        ("heading", "General"),
        ("para", P("""
            Your employment is governed by the Agreement, the National Employment Standards and the laws of
            Queensland. Where this letter and the Agreement differ, the Agreement applies.""")),
        ("para", P("""
            To accept this offer, please sign and return the acceptance below by 5.00 pm on Friday 14 November
            2025. We look forward to welcoming you to 4 West.""")),
        ("lines", ["Kind regards,", "", "Deirdre Cavanagh-Pohl", "Director of Nursing", "",
                   "Acceptance: I, Bronwyn Tuilagi-Marsh, accept this offer on the terms above.",
                   "Signed: ______________________   Date: ______________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
