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
            first meeting after your start date, a non-qualified option to purchase 40,000 shares of the
            Company's common stock at an exercise price equal to the closing price on the Nasdaq National
            Market on the date of grant. The option will become exercisable as to twenty-five percent of
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
            salary for six months after the termination date, provided that you sign a general release of
            claims in a form acceptable to the Company.""")),
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
            You may resign at any time, and the Company may end your employment at any time, for any reason
            or for no reason, subject only to paragraph 5.""")),
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
            Employee Stock Purchase Plan. You will be entitled to twenty (20) days of paid time off per
            calendar year, accruing ratably and pro-rated for 2015, plus the Company's paid holidays. The
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
            ["Equity", "Option to purchase 30,000 shares of Common Stock"],
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
            We will recommend to the Board of Directors that you be granted an option to purchase 30,000
            shares of the Company's Common Stock under the 2017 Stock Plan, at an exercise price equal to the
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
            At-Will Employment. Your employment with the Company will be "at will," meaning that either you or
            the Company may terminate it at any time, with or without cause or notice. Only the Chief Executive
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
