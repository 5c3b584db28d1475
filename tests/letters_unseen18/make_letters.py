#!/usr/bin/env python3
"""Build the eighteenth held-out set under tests/letters_unseen18/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning, a mix like the letters real candidates
bring: five US offers and agreements of the kind filed as SEC exhibits (Oklahoma, Kansas,
South Dakota, North Dakota and Alabama, from 1999 to 2026), two from India (Nashik and
Mangaluru), one each from the Philippines (General Santos), Oman (Sohar), Wales (Newport),
Ontario (Sudbury) and Tasmania (Launceston). Written blind: the writer read only the terms
contract (/work/shared/eval/TERMS.md), /work/shared/README.md, scripts/score_letters.py,
tests/letters_scorer.py, tests/test_letters.py, the README files of tests/letters_unseen to
tests/letters_unseen4, tests/blind_letters.py, tests/letters_unseen4/make_letters.py and one
gold file of the fourth set; not rules/, not src/, not the corpus, not the fifth to
seventeenth sets, and offercheck was never run on these letters. Do not tune rules on them;
once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen18/make_letters.py             # rewrite every letter
    python tests/letters_unseen18/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen18/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``) and against the
documents as pypdfium2 and python-docx read them, never against offercheck's reading (the
scanned letter has no text layer at all). Every company, person, address and figure below
is invented, and every sentence was written for this set. The renderers are in
tests/blind_letters.py, shared with the earlier blind sets (unchanged by this one). Output
is byte-for-byte reproducible.
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

# 1. US (Oklahoma), 2006 CFO employment agreement of the SEC-exhibit kind: PDF, Letter paper,
#     the long one (8+ pages with its signature page and release exhibit).
#     Traps: "Base Salary" as a defined term paid bi-weekly; a three-year initial term that renews
#     itself (fixed_term false); restricted shares vesting in thirds; a target bonus with a
#     maximum; a relocation allowance repayable on resignation within a year; 90 days' notice
#     from the executive vs 30 from the Company; severance in months (not notice); a clause saying
#     there is NO non-compete (Oklahoma) beside an 18-month non-solicit; arbitration; no deadline.
letter(
    "us-ok-oklahoma-city-cfo-employment-agreement-2006", "pdf", datetime(2006, 2, 20, 9, 0),
    "Executive Employment Agreement - H. J. Petrakis", "Cimarron Plains Energy Services, Inc.",
    font="DejaVuSerif", size=11, paper="Letter", footer="Exhibit 10.2",
    blocks=[
        ("title", "EXECUTIVE EMPLOYMENT AGREEMENT"),
        ("para", P("""
            THIS EXECUTIVE EMPLOYMENT AGREEMENT (this "Agreement") is entered into as of February 20, 2006,
            by and between Cimarron Plains Energy Services, Inc., an Oklahoma corporation (the "Company"),
            and Harlan J. Petrakis, an individual residing in Edmond, Oklahoma ("Executive").""")),
        ("heading", "RECITALS"),
        ("para", P("""
            A. The Company provides gathering, compression and field services to natural gas producers in
            the Anadarko and Arkoma basins, and its common stock is quoted on the Nasdaq National Market.""")),
        ("para", P("""
            B. The Board of Directors of the Company (the "Board") has concluded that it is in the best
            interests of the Company and its shareholders to secure Executive's services as its chief
            financial officer on the terms below, and Executive is willing to serve on those terms.""")),
        ("para", P("""
            NOW, THEREFORE, each party relying on the promises the other makes below, and intending to be
            legally bound by them, the Company and Executive agree as follows:""")),
        ("heading", "1. EMPLOYMENT; POSITION AND DUTIES"),
        ("para", P("""
            1.1 Position. Commencing on March 13, 2006 (the "Start Date"), the Company shall employ Executive,
            and Executive shall serve, as Senior Vice President and Chief Financial Officer of the Company.
            Executive shall report to the Company's President and Chief Executive Officer and shall have the
            duties, authority and responsibilities customarily held by the chief financial officer of a
            publicly traded company of similar size, together with such other duties consistent with that
            office as the Chief Executive Officer may assign from time to time.""")),
        ("para", P("""
            1.2 Full Business Time. During the Employment Period, Executive shall devote his full business
            time, attention and energies to the business of the Company. Executive may serve on the board of
            one charitable or civic organization, and may manage his personal investments, so long as those
            activities do not interfere in any material way with his duties under this Agreement.""")),
        ("para", P("""
            1.3 Place of Performance. Executive's principal place of employment shall be the Company's
            headquarters in Oklahoma City, Oklahoma, subject to business travel reasonably required in the
            performance of his duties.""")),
        ("heading", "2. TERM"),
        ("para", P("""
            The period of Executive's employment under this Agreement (the "Employment Period") shall begin
            on the Start Date and continue until the third anniversary of the Start Date (the "Initial Term").
            On that anniversary, and on each anniversary thereafter, the Employment Period shall be extended
            automatically by one additional year unless either party delivers written notice of non-renewal
            to the other at least ninety (90) days before the date on which it would otherwise be extended.
            The Employment Period may end earlier under Section 4.""")),
        ("heading", "3. COMPENSATION AND BENEFITS"),
        ("para", P("""
            3.1 Base Salary. During the Employment Period the Company shall pay Executive a base salary at the
            annual rate of $285,000 (as adjusted from time to time, the "Base Salary"), payable in equal
            bi-weekly installments in accordance with the Company's payroll practices for its salaried
            employees and subject to required withholdings. The Compensation Committee of the Board (the
            "Committee") shall review the Base Salary not less often than annually and may increase, but
            not decrease, it.""")),
        ("para", P("""
            3.2 Annual Incentive. For each fiscal year ending during the Employment Period, Executive shall
            be eligible to earn a cash incentive award under the Company's Management Incentive Plan. The
            target award shall be fifty percent (50%) of the Base Salary paid during the fiscal year, and the
            maximum award shall be one hundred percent (100%), with the amount actually earned determined by
            the Committee against financial and individual objectives it sets after consulting Executive.
            For the fiscal year ending December 31, 2006, any award shall be prorated from the Start Date.
            Any award earned shall be paid no later than March 15 of the year after the year to which it
            relates.""")),
        ("para", P("""
            3.3 Restricted Stock. On the Start Date, the Company shall grant Executive 60,000 shares of
            restricted common stock under the Company's 2004 Long-Term Incentive Plan (the "Plan"). The
            restricted shares shall vest in three equal annual installments on the first, second and third
            anniversaries of the Start Date, subject to Executive's continued employment through each
            vesting date, and shall otherwise be governed by the Plan and the award agreement the Company
            customarily uses for its officers. Executive shall be eligible for further equity awards in
            the discretion of the Committee.""")),
        ("para", P("""
            3.4 Benefit Plans. Executive shall be entitled to participate in the employee benefit plans and
            programs the Company maintains for its senior executives from time to time, including its
            medical, dental, group life and long-term disability insurance plans and its 401(k) Savings
            Plan, subject to the terms and eligibility requirements of those plans. Nothing in this
            Agreement prevents the Company from amending or terminating any plan in the ordinary course.""")),
        ("para", P("""
            3.5 Vacation. Each calendar year Executive may take four (4) weeks of vacation with pay,
            prorated for 2006, to be taken at times reasonably acceptable to the Chief Executive
            Officer, in addition to the holidays the Company observes.""")),
        ("para", P("""
            3.6 Business Expenses. The Company shall reimburse Executive for reasonable travel, entertainment
            and other business expenses incurred in performing his duties, in accordance with the expense
            policies applicable to senior executives of the Company, upon presentation of receipts.""")),
        ("para", P("""
            3.7 Relocation. To assist Executive in moving his household from Houston, Texas to the Oklahoma
            City area, the Company shall pay Executive a relocation allowance of $45,000 within thirty days
            after the Start Date, and shall reimburse reasonable temporary housing for up to ninety days.
            If Executive resigns other than for Good Reason before the first anniversary of the Start Date,
            he shall repay the relocation allowance to the Company in full within thirty days after his last
            day of employment.""")),
        ("heading", "4. TERMINATION OF EMPLOYMENT"),
        ("para", P("""
            4.1 Death or Disability. Executive's employment shall end automatically upon his death. The
            Company may terminate Executive's employment upon his Disability, meaning his inability, because
            of a physical or mental condition, to perform the essential functions of his position, with or
            without reasonable accommodation, for one hundred twenty (120) consecutive days.""")),
        ("para", P("""
            4.2 By the Company for Cause. The Company may terminate Executive's employment for Cause at any
            time by written notice. "Cause" means (a) Executive's conviction of, or plea of nolo contendere
            to, a felony; (b) fraud or embezzlement by Executive against the Company; (c) Executive's willful
            and continued failure to perform his material duties after written demand from the Board that
            identifies the failure and gives him thirty days to cure it; or (d) Executive's material breach
            of Section 6, 7 or 8.""")),
        ("para", P("""
            4.3 By the Company without Cause. The Company may terminate Executive's employment without Cause
            by giving Executive not less than thirty (30) days' prior written notice. The Company may, in its
            discretion, relieve Executive of his duties during all or part of that notice period while
            continuing to pay his Base Salary and benefits.""")),
        ("para", P("""
            4.4 By Executive. Executive may resign for Good Reason under Section 4.5, or may resign without
            Good Reason upon not less than ninety (90) days' prior written notice to the Board, which the
            Board may waive in whole or in part.""")),
        ("para", P("""
            4.5 Good Reason. "Good Reason" means, without Executive's written consent, (a) a material
            reduction in the Base Salary or target award; (b) a material diminution of his title, authority
            or duties, or a requirement that he report to anyone other than the Chief Executive Officer; or
            (c) relocation of his principal place of employment by more than fifty miles from Oklahoma City;
            provided that Executive gives written notice of the condition within sixty days after it first
            arises, the Company fails to cure it within thirty days after that notice, and Executive resigns
            within thirty days after the cure period ends.""")),
        ("para", P("""
            4.6 Accrued Amounts. On any termination, the Company shall pay Executive his earned but unpaid
            Base Salary, accrued but unused vacation, any annual incentive earned for a completed fiscal year
            but not yet paid, and unreimbursed business expenses, all within the time required by law.""")),
        ("heading", "5. SEVERANCE"),
        ("para", P("""
            5.1 If the Company terminates Executive's employment without Cause, or Executive resigns for Good
            Reason, Executive shall receive, subject to Section 5.3, (a) continued payment of his Base Salary
            for twelve (12) months after the termination date, in installments on the Company's regular
            paydays; (b) a prorated annual incentive for the year of termination based on actual results;
            and (c) if he timely elects COBRA continuation, payment of the employer portion of his medical
            and dental premiums for the same twelve months or, if earlier, until he becomes eligible for
            coverage with another employer.""")),
        ("para", P("""
            5.2 If the termination described in Section 5.1 occurs within twenty-four months after a Change
            in Control, as defined in the Plan, the salary continuation period shall be eighteen (18) months,
            and all unvested restricted shares granted under Section 3.3 shall vest in full on the
            termination date.""")),
        ("para", P("""
            5.3 No payment under this Section 5 shall be made unless Executive signs a general release of
            claims substantially in the form of Exhibit A, and the release becomes irrevocable, within sixty
            days after the termination date. Payments deferred while the release period runs shall be paid in
            a lump sum on the first regular payday after it becomes irrevocable.""")),
        ("heading", "6. CONFIDENTIAL INFORMATION"),
        ("para", P("""
            Executive acknowledges that in his position he will receive trade secrets and other confidential
            information of the Company, including producer contracts, pricing, acquisition targets, reserve
            and throughput data and financial results not yet released to the public ("Confidential
            Information"). During the Employment Period and at all times afterwards, Executive shall hold
            Confidential Information in strict confidence and shall not use or disclose it except as his
            duties require or as the law compels. On the termination of his employment Executive shall
            return every document and electronic file containing Confidential Information that is in his
            possession.""")),
        ("heading", "7. WORK PRODUCT"),
        ("para", P("""
            All analyses, models, reports, processes, inventions and other work product that Executive
            creates, alone or with others, in the course of his employment, and every intellectual property
            right in them, shall belong to the Company. Executive hereby assigns all such rights to the
            Company and shall sign any document the Company reasonably requests to record or perfect that
            ownership.""")),
        ("heading", "8. RESTRICTIVE COVENANTS"),
        ("para", P("""
            8.1 No Covenant Not to Compete. The parties recognize that Oklahoma law generally does not enforce
            agreements that restrain a former employee from engaging in a lawful profession, trade or
            business. Accordingly, nothing in this Agreement prevents Executive, after the Employment Period
            ends, from working for or owning any business, including a business that competes with the
            Company.""")),
        ("para", P("""
            8.2 Customers. For eighteen (18) months after his employment ends for any reason, Executive shall
            not directly solicit any established customer of the Company with whom he had material dealings
            in his last two years of employment to move gathering or compression business away from the
            Company.""")),
        ("para", P("""
            8.3 Employees. For the same eighteen-month period, Executive shall not, directly or through
            others, solicit or encourage any employee of the Company at the level of manager or above to
            leave the Company's employ.""")),
        ("para", P("""
            8.4 Remedies. Because a breach of Section 6 or this Section 8 could harm the Company in ways that
            money alone would not repair, Executive agrees that the Company may ask a court to restrain any
            breach, in addition to whatever else the law allows it to recover.""")),
        ("heading", "9. ARBITRATION"),
        ("para", P("""
            Except for a claim for injunctive relief under Section 8.4, any dispute arising out of or relating
            to this Agreement or Executive's employment shall be resolved by final and binding arbitration
            before a single arbitrator in Oklahoma City, Oklahoma, administered by the American Arbitration
            Association under its employment arbitration rules then in effect. The Company shall pay the
            arbitrator's fees and the administrative costs of the arbitration. Either party may ask a court
            with jurisdiction to confirm and enforce the arbitrator's award.""")),
        ("heading", "10. SECTION 409A"),
        ("para", P("""
            The parties intend that the payments under this Agreement be exempt from, or comply with, Section
            409A of the Internal Revenue Code and the guidance under it, and this Agreement shall be read
            accordingly. If Executive is a specified employee when his employment ends, any payment of
            deferred compensation that would otherwise be made in the six months after that date shall
            instead be made on the first business day after those six months end. Each installment is a
            separate payment for purposes of Section 409A.""")),
        ("heading", "11. GENERAL PROVISIONS"),
        ("para", P("""
            11.1 Notices. Notices under this Agreement shall be in writing and shall be delivered by hand,
            by overnight courier or by certified mail, return receipt requested, to the Company at its
            headquarters, attention of the Corporate Secretary, and to Executive at the most recent home
            address in the Company's records.""")),
        ("para", P("""
            11.2 Entire Agreement. This Agreement, the Plan and the award agreement under Section 3.3 contain
            the whole agreement of the parties on their subject matter and replace every earlier discussion,
            term sheet and letter between them, including the term sheet dated January 27, 2006.""")),
        ("para", P("""
            11.3 Amendment and Waiver. No change to this Agreement is effective unless it is in writing and
            signed by Executive and an officer authorized by the Board. Letting one breach pass does not excuse
            the next one.""")),
        ("para", P("""
            11.4 Assignment. This Agreement is personal to Executive and he may not assign it. The Company may
            assign it to a successor to all or substantially all of its business or assets, which shall
            assume it expressly.""")),
        ("para", P("""
            11.5 Severability. If a court or arbitrator holds any provision of this Agreement invalid or
            unenforceable, it shall be narrowed only as far as needed to make it enforceable, and the
            rest of this Agreement shall continue to apply.""")),
        ("para", P("""
            11.6 Withholding. The Company may withhold from any amount payable under this Agreement all
            federal, state and local taxes it is required to withhold.""")),
        ("para", P("""
            11.7 Survival. Sections 5 through 11 survive the end of the Employment Period and the
            termination of Executive's employment.""")),
        ("para", P("""
            11.8 Governing Law. This Agreement shall be governed by and construed under the laws of the State
            of Oklahoma, whatever the conflict-of-laws rules of Oklahoma or any other place might otherwise
            point to.""")),
        ("para", P("""
            11.9 Counterparts. The parties may sign separate copies of this Agreement; taken together the
            signed copies make up a single agreement, and a copy signed and sent by facsimile binds the party
            who sent it.""")),
        ("pagebreak",),
        ("para", "Signed by the Company and by Executive on the dates shown below, to take effect as of February 20, 2006."),
        ("lines", ["CIMARRON PLAINS ENERGY SERVICES, INC.", "", "", "By: ______________________________",
                   "Name: Lucinda M. Harjo", "Title: President and Chief Executive Officer", "", "",
                   "EXECUTIVE", "", "", "_________________________________", "Harlan J. Petrakis"]),
        ("pagebreak",),
        ("title", "EXHIBIT A"),
        ("title", "FORM OF GENERAL RELEASE"),
        ("para", P("""
            1. In exchange for the severance benefits described in Section 5 of the Executive Employment
            Agreement dated February 20, 2006 (the "Agreement") between Cimarron Plains Energy Services,
            Inc. (the "Company") and the undersigned ("Executive"), which Executive would not otherwise
            receive, Executive, for himself and his heirs and assigns, releases the Company, its
            subsidiaries and their officers, directors, employees and agents from all claims, known or
            unknown, that he has or may have against any of them up to the date he signs this release.""")),
        ("para", P("""
            2. This release covers, among others, claims arising out of Executive's employment or its
            termination, claims under the Age Discrimination in Employment Act, Title VII of the Civil Rights
            Act of 1964, the Americans with Disabilities Act, the Family and Medical Leave Act and the
            Oklahoma Anti-Discrimination Act, and claims for wages, bonuses, equity or benefits, except as
            stated in paragraph 3.""")),
        ("para", P("""
            3. This release does not cover (a) Executive's rights to the severance benefits under the
            Agreement; (b) vested benefits under any plan governed by ERISA; (c) any right to indemnification
            or to coverage under the Company's directors' and officers' insurance; or (d) claims that cannot
            be released by private agreement as a matter of law.""")),
        ("para", P("""
            4. Executive acknowledges that he has been advised in writing to consult an attorney before
            signing this release; that he has been given at least twenty-one (21) days to consider it; and
            that he may revoke it within seven (7) days after signing it by written notice to the Company's
            Corporate Secretary, in which case it will not take effect and no severance will be paid.""")),
        ("para", P("""
            5. Executive confirms that he has returned all property of the Company, that he has been paid all
            wages due through his last day of employment other than amounts owed under the Agreement, and
            that he has reported any workplace injury he suffered. Nothing in this release prevents Executive
            from filing a charge with, or taking part in an investigation by, a government agency, although
            he waives any right to recover money in connection with such a charge.""")),
        ("para", P("""
            6. This release is governed by the same law as the Agreement. If any part of it is held
            unenforceable, the rest remains in effect.""")),
        ("lines", ["", "_________________________________        Date: _______________", "Harlan J. Petrakis"]),
    ],
)


# 2. US (Kansas), biotech start-up, 2022: PDF, 2 pages.
#     Traps: salary per year, exempt; "every other Friday"; options with a one-year cliff then
#     monthly vesting over the next three years in separate sentences; unlimited time off beside
#     ten holidays; a 401(k) with no match yet; a PIIA with a 12-month non-solicit and no
#     non-compete mentioned; offer open "through" a date.
letter(
    "us-ks-lenexa-biotech-senior-research-associate-options", "pdf", datetime(2022, 7, 15, 14, 0),
    "Offer letter - Ngozi Abernathy-Lund", "Prairie Helix Therapeutics, Inc.",
    font="DejaVuSans", size=10, paper="Letter", footer="Prairie Helix Therapeutics - offer of employment",
    blocks=[
        ("head", "Prairie Helix Therapeutics, Inc.", "11020 Renner Boulevard, Suite 300, Lenexa, KS 66219"),
        ("lines", ["July 15, 2022", "", "Ngozi Abernathy-Lund", "4418 West 91st Terrace", "Prairie Village, KS 66207"]),
        ("para", "Dear Ngozi,"),
        ("para", P("""
            Everyone you met on Tuesday came away convinced you would make our cell line work better, so I
            am happy to put this in writing. Prairie Helix Therapeutics, Inc. ("Prairie Helix") would like
            you to join us as a Senior Research Associate, Cell Line Development, reporting to Dr. Elan
            Marchetti, our Director of Process Sciences.""")),
        ("para", P("""
            Your first day would be Monday, August 8, 2022. The job is bench work at our laboratory in
            Lenexa, Kansas, so it is fully on site; we are not able to offer remote days for lab roles.
            It is a full-time, exempt position.""")),
        ("heading", "Pay"),
        ("para", P("""
            We will pay you a base salary of $78,400 per year, less payroll deductions and withholdings. We
            run payroll every other Friday. As an exempt employee you will not receive overtime pay.""")),
        ("heading", "Stock options"),
        ("para", P("""
            After you start, management will recommend that our Board of Directors grant you an option to
            buy 9,000 shares of Prairie Helix common stock, priced at the fair market value
            the Board sets on the grant date. Nothing vests during your first year. On the first anniversary of
            your vesting commencement date, 25% of the shares will vest, and the remaining shares will then
            vest in equal monthly amounts over the following 36 months, as long as you keep working for us.
            The option will be governed by our 2020 Stock Plan and the option agreement you will receive.""")),
        ("heading", "Benefits and time away"),
        ("para", P("""
            You will be eligible for our medical, dental and vision plans from your first day, and Prairie
            Helix pays the full premium for employee-only coverage. You may also contribute to our 401(k)
            plan; we do not make matching contributions at this stage of the company, though we expect to
            revisit that once we have a product in the clinic.""")),
        ("para", P("""
            We don't count vacation days. Our time-off policy is unlimited, subject to your manager's
            approval and the needs of the experiments you are running, and we close for ten paid holidays a
            year.""")),
        ("heading", "Conditions"),
        ("para", P("""
            Like every member of the team, you will need to sign our Proprietary Information and Inventions
            Agreement before your first day. Among other things it requires you to keep our data and know-how
            confidential, assigns to Prairie Helix the inventions you make while employed here, and provides
            that for twelve months after you leave you will not recruit Prairie Helix employees to work
            elsewhere.""")),
        ("para", P("""
            This offer also depends on a satisfactory background check and on your showing, within three
            business days of starting, that you are authorized to work in the United States.""")),
        ("para", P("""
            Your employment with Prairie Helix is at will. Either of us may end it at any time, for any
            reason, with or without notice. The laws of the State of Kansas govern this letter.""")),
        ("para", P("""
            If you would like to accept, please sign where shown and email the letter back to me. This offer
            remains open through July 22, 2022.""")),
        ("lines", ["With great enthusiasm,", "", "Corinne Wexler-Ibanez", "Chief Executive Officer", "",
                   "Accepted and agreed:", "", "______________________________   Date: ______________",
                   "Ngozi Abernathy-Lund"]),
    ],
)


# 3. US (South Dakota), public company, 2024: DOCX with a key-terms table.
#     Traps: pay stated only per biweekly pay period (no annual figure); a sales incentive target
#     as an amount; RSUs vesting 25% a year; a signing bonus repayable within 12 months; PTO and
#     sick days in days; ESPP; 12-month non-compete and 18-month non-solicit in the table; hybrid
#     home office and Sioux Falls office days; deadline "within seven (7) days of the date of this
#     letter".
letter(
    "us-sd-sioux-falls-regional-sales-director-rsu", "docx", datetime(2024, 9, 9, 11, 0),
    "Offer of Employment - T. Vasquez-Lindgren", "Palisade Grain Logistics Corporation",
    paper="Letter",
    blocks=[
        ("head", "Palisade Grain Logistics Corporation", "600 North Phillips Avenue, Sioux Falls, South Dakota 57104  |  NYSE: PGLX"),
        ("lines", ["September 9, 2024", "", "PERSONAL AND CONFIDENTIAL", "", "Ms. Teodora Vasquez-Lindgren",
                   "1207 South Grange Avenue", "Sioux Falls, SD 57105"]),
        ("para", "Dear Teodora:"),
        ("para", P("""
            I am pleased to confirm the offer we discussed last week for you to join Palisade Grain Logistics
            Corporation (the "Company") as Regional Sales Director, Upper Plains. The principal terms are set
            out in the table below; the paragraphs that follow explain some of them.""")),
        ("table", [
            ["Term", "Details"],
            ["Position", "Regional Sales Director, Upper Plains (full-time, exempt)"],
            ["Reports to", "Marcus Oyelaran, Vice President, Commercial"],
            ["Start date", "Monday, October 7, 2024"],
            ["Work location", "Sioux Falls, South Dakota; in the office Tuesday through Thursday, home office other days"],
            ["Base pay", "$6,346.15 per biweekly pay period"],
            ["Sales incentive", "Annual target award of $70,000 at 100% of quota"],
            ["Sign-on bonus", "$15,000, paid with your first paycheck"],
            ["Equity", "4,000 restricted stock units (RSUs)"],
            ["Paid time off", "18 days of vacation plus 6 days of sick leave each year"],
            ["Non-compete", "12 months after separation, in the Upper Plains territory"],
            ["Non-solicitation", "18 months after separation (customers and employees)"],
        ], True),
        ("heading", "Compensation"),
        ("para", P("""
            Your base pay will be paid every other Friday through direct deposit. Your annual incentive
            under the 2024 Commercial Incentive Plan is calculated on territory gross margin against quota;
            the plan document, which you will receive in your first week, controls how awards are earned and
            paid, and awards for partial years are prorated.""")),
        ("para", P("""
            The sign-on bonus is an advance. If you resign, or the Company ends your employment for cause,
            within twelve months of your start date, you agree to pay the full $15,000 back to the Company
            within 30 days of your final day.""")),
        ("heading", "Restricted stock units"),
        ("para", P("""
            Subject to approval by the Compensation Committee at its next regular meeting, you will receive
            4,000 RSUs under the Company's 2021 Omnibus Incentive Plan. One quarter of the units will vest on
            each of the first four anniversaries of the grant date, provided you remain employed on each
            vesting date.""")),
        ("heading", "Benefits"),
        ("para", P("""
            You will be eligible for the Company's medical, dental and vision coverage on the first of the
            month after your start date, along with company-paid life and long-term disability insurance.
            You may join the 401(k) Retirement Savings Plan immediately; the Company matches 100% of your
            contributions up to 4% of eligible pay. You may also buy Company shares at a 15% discount
            through the Employee Stock Purchase Plan.""")),
        ("heading", "Restrictive covenants"),
        ("para", P("""
            Because you will hold the Company's key customer relationships in the territory, this offer is
            conditional on your signing the Confidentiality, Non-Competition and Non-Solicitation Agreement
            enclosed with this letter, which contains the restrictions summarized in the table and your
            obligations to protect the Company's confidential information.""")),
        ("heading", "Other terms"),
        ("para", P("""
            This offer is also contingent on a satisfactory background check and a pre-employment drug
            screen. Your employment with the Company is at will, meaning that either you or the Company may
            terminate it at any time, with or without cause. This letter is governed by South Dakota law.""")),
        ("para", P("""
            Please sign and return this letter within seven (7) days of the date of this letter. After that
            the offer will expire.""")),
        ("lines", ["Sincerely,", "", "Renata Solberg-Achebe", "Chief Human Resources Officer",
                   "Palisade Grain Logistics Corporation", "",
                   "I accept this offer of employment.", "",
                   "Signature: ___________________________   Date: _____________"]),
    ],
)


# 4. US (North Dakota), 1999 officer offer letter filed as an exhibit: SCANNED PDF (image only).
#     Traps: no text layer; the salary in words only ("One Hundred Twelve Thousand Five Hundred
#     Dollars"); "semi-monthly"; a bonus "up to" a percent; options vesting 20% a year; moving
#     expenses with no amount; six months' salary continuation (severance, not notice); at will in
#     other words; deadline by date.
letter(
    "us-nd-fargo-svp-marketing-offer-1999-scan", "scan", datetime(1999, 5, 14, 10, 0),
    "Offer letter - Bertrand Haugland", "Northern Tallgrass Communications, Inc.",
    blocks=[
        ("head", "NORTHERN TALLGRASS COMMUNICATIONS, INC.", "3100 Broadway North  -  Fargo, North Dakota 58102  -  (701) 555-0140"),
        ("lines", ["Exhibit 10.14", "", "May 14, 1999", "", "Mr. Bertrand Haugland", "2215 Elm Crest Drive",
                   "Eden Prairie, Minnesota 55344"]),
        ("para", "Dear Bert:"),
        ("para", P("""
            The Board of Directors has asked me to write to you with an offer of the position of Senior Vice
            President, Marketing of Northern Tallgrass Communications, Inc. (the "Company"). In this role
            you will lead all of the Company's marketing, product management and advertising activities
            and will report directly to me. Your office will be at our headquarters in Fargo, North
            Dakota. We would like your employment to begin on June 7, 1999.""")),
        ("para", P("""
            Salary. Your base salary will be at the rate of One Hundred Twelve Thousand Five Hundred Dollars
            per year, payable semi-monthly in accordance with the Company's normal payroll practices.""")),
        ("para", P("""
            Incentive Compensation. For 1999 and later years you will participate in the Officers' Incentive
            Plan, under which you may earn a bonus of up to thirty-five percent (35%) of your base salary
            based on the Company's subscriber growth and operating cash flow and on your own objectives.
            Your 1999 bonus will be prorated.""")),
        ("para", P("""
            Stock Options. Management will recommend to the Compensation Committee that you be granted an
            option to purchase 40,000 common shares under the 1996 Stock Option Plan, priced at the closing
            market price on the day the Committee grants it. The option will become
            exercisable as to twenty percent (20%) of the shares on each of the first five anniversaries of
            the date of grant.""")),
        ("para", P("""
            Benefits. You will be eligible for the Company's group health, dental, life and long-term
            disability insurance, and for its 401(k) and profit sharing plan, on the same basis as our other
            officers. You will receive three weeks of vacation per year. The Company will also reimburse the
            reasonable costs of moving your family and household goods from the Minneapolis area to Fargo.""")),
        ("para", P("""
            Severance. If the Company ends your employment for any reason other than cause during your first
            two years, it will continue your base salary for six months.""")),
        ("para", P("""
            Other Matters. As a condition of employment you will be required to sign the Company's standard
            Confidentiality and Non-Disclosure Agreement. Nothing in this letter is a contract of employment
            for any particular period: you and the Company each remain free to end the employment
            relationship at any time, for any reason or no reason. This letter is governed by the laws of
            the State of North Dakota.""")),
        ("para", P("""
            If these terms are acceptable, please sign the enclosed copy of this letter and return it to me
            no later than May 21, 1999.""")),
        ("lines", ["Very truly yours,", "", "/s/ Gerald T. Ostlie", "Gerald T. Ostlie",
                   "President and Chief Executive Officer", "",
                   "Accepted: /s/ Bertrand Haugland          Date: May 18, 1999"]),
    ],
)


# 5. US (Alabama), coffee roaster's cafe, hourly: TXT (an emailed offer).
#     Traps: hourly rate with cents plus tips from a pool; a shift premium; weekly hours from shift
#     times less an unpaid break; overtime paid; PTO in hours after 90 days; a 90-day introductory
#     period; a 3% 401(k) match; deadline a weekday with no year; employer named in the signature
#     block and the subject line only.
letter(
    "us-al-huntsville-barista-supervisor-hourly", "txt", datetime(2026, 3, 9, 16, 30),
    "Your offer - Shift Supervisor", "Spring Branch Coffee Roasters, LLC",
    blocks=[
        ("lines", ["Subject: Your offer from Spring Branch Coffee Roasters - Barista Supervisor, Five Points cafe",
                   "Date: Monday, March 9, 2026", "To: Jalen Whitcomb-Ortiz"]),
        ("para", "Hi Jalen,"),
        ("para", P("""
            Thanks again for coming in for the working interview on Saturday. The whole morning crew was
            impressed with how you handled the rush, and I'm glad to offer you the Barista Supervisor job at
            our Five Points cafe on Holmes Avenue in Huntsville, Alabama. Here are the details.""")),
        ("para", P("""
            Pay: $16.85 an hour, plus your share of the cafe tip pool, which is split every week by hours
            worked. Opening shifts that start before 6:00 a.m. earn an extra $1.25 an hour.""")),
        ("para", P("""
            Schedule: This is a full-time job. You'd work five shifts a week, 5:30 a.m. to 2:00 p.m., with a
            30-minute unpaid meal break, and you'll get your schedule two weeks ahead. Any time over 40
            hours in a week is paid at time and a half.""")),
        ("para", P("""
            Paydays: We pay every other Friday by direct deposit, for the two weeks ending the Sunday
            before.""")),
        ("para", P("""
            Time off: After your first 90 days you'll start earning paid time off, 40 hours for your first
            year and more after that. The first 90 days are an introductory period where we both get to see
            how it's going.""")),
        ("para", P("""
            Benefits: Full-time staff can join our health plan on the first of the month after 60 days.
            After six months you can put money into the 401(k), and we match what you put in, dollar for
            dollar, up to 3% of your pay. You also get a free pound of coffee every week and 30% off
            everything in the cafe.""")),
        ("para", P("""
            First day: Monday, March 23, 2026, at 5:30 a.m. You'll train alongside Brianna for your first two
            weeks. Please bring ID for your I-9 paperwork; the job depends on your being able to show you
            can work in the U.S.""")),
        ("para", P("""
            One more thing: working at Spring Branch is at-will, which means you or we can end things at any
            time, for any reason.""")),
        ("para", P("""
            If you want the job, just reply to this email by Thursday and we'll get your paperwork started.
            Can't wait to have you behind the bar!""")),
        ("lines", ["Dana Kirkpatrick-Yoon", "Cafe Operations Manager",
                   "Spring Branch Coffee Roasters, LLC", "(256) 555-0188"]),
    ],
)


# 6. India (Maharashtra), winery, Head of Marketing: DOCX with the CTC annexure as a table.
#     Traps: CTC in lakh with words; fixed plus a variable "up to" amount inside the CTC; an
#     annexure table with monthly and annual columns; PF and gratuity rows; privilege + casual
#     leave with sick leave apart; probation notice 30 days either side; after confirmation 90 days
#     from the employee vs 60 days from the company; a 12-month non-compete; "on or before" dates.
letter(
    "in-mh-nashik-head-of-marketing-ctc", "docx", datetime(2025, 11, 3, 12, 0),
    "Offer Letter - Aditi Kulkarni-Deshmukh", "Trimbak Ridge Vintners Private Limited",
    blocks=[
        ("head", "TRIMBAK RIDGE VINTNERS PRIVATE LIMITED",
         "Regd. Office: Gat No. 412, Gangapur-Savargaon Road, Nashik 422222, Maharashtra  |  CIN U15549MH2011PTC000000"),
        ("lines", ["Ref: TRV/HR/OL/2025-26/118", "Date: 3rd November 2025", "", "To,", "Ms. Aditi Kulkarni-Deshmukh",
                   "Flat 6, Shraddha Residency, College Road", "Nashik 422005"]),
        ("para", "Subject: Offer of appointment as Head of Marketing"),
        ("para", "Dear Ms. Kulkarni-Deshmukh,"),
        ("para", P("""
            With reference to your discussions with our Managing Director and the Board, we are pleased to
            offer you the position of Head of Marketing with Trimbak Ridge Vintners Private Limited on the
            terms given below.""")),
        ("para", P("""
            1. Date of joining: You are requested to join us on or before 1st December 2025. Your place of
            posting will be our Corporate Office at Nashik, although you will travel to our markets in
            Mumbai, Pune, Bengaluru and Goa as the role requires.""")),
        ("para", P("""
            2. Remuneration: Your annual Cost to Company (CTC) will be Rs. 28,50,000/- (Rupees Twenty Eight
            Lakh Fifty Thousand only), of which Rs. 24,00,000/- is fixed and up to Rs. 4,50,000/- is
            variable pay linked to brand volume and your KRAs, paid once a year after the audited results.
            The component-wise break-up is given in Annexure A. Salary is credited on the last working day
            of every month.""")),
        ("para", P("""
            3. Working hours: Office hours are 9.30 a.m. to 6.30 p.m., Monday to Friday, with a lunch break of
            one hour. Harvest and launch periods may need you to work on some weekends.""")),
        ("para", P("""
            4. Leave: You will be entitled to 18 days of privilege leave and 7 days of casual leave in each
            calendar year, on a pro-rata basis in the year of joining, besides 7 days of sick leave. The
            Company also observes 10 paid festival and national holidays.""")),
        ("para", P("""
            5. Probation and confirmation: You will be on probation for six months from your date of joining.
            During probation either party may terminate the employment by giving 30 days' notice. On
            confirmation in writing, you will be required to give 90 days' notice to resign, and the Company
            may terminate your services by giving you 60 days' notice or salary in lieu thereof.""")),
        ("para", P("""
            6. Benefits: You will be covered under the Company's group mediclaim policy for yourself, your
            spouse and two children, and under a group term life policy. Provident Fund and gratuity will
            apply as per law and are part of your CTC.""")),
        ("para", P("""
            7. Confidentiality: You shall not at any time, during or after your employment, disclose any
            blend, pricing, distributor or other business information of the Company to any outsider.""")),
        ("para", P("""
            8. Restraint: Given the access you will have to our brand plans and distributor terms, you
            agree that for a period of twelve months after leaving the Company you will not take up
            employment with any winery or alcoholic beverage company operating in Maharashtra.""")),
        ("para", P("""
            9. This offer is subject to satisfactory reference checks, verification of your educational
            certificates, a relieving letter from your present employer and your being found medically fit.
            This letter is governed by the laws of India and the courts at Nashik shall have jurisdiction.""")),
        ("para", P("""
            Please sign the duplicate copy of this letter in token of your acceptance and return it to us on
            or before 10th November 2025.""")),
        ("lines", ["For Trimbak Ridge Vintners Private Limited", "", "", "Sameer V. Gokhale", "Managing Director"]),
        ("pagebreak",),
        ("heading", "Annexure A - Compensation Structure (Ms. Aditi Kulkarni-Deshmukh, Head of Marketing)"),
        ("table", [
            ["Component", "Per month (Rs.)", "Per annum (Rs.)"],
            ["Basic salary", "80,000", "9,60,000"],
            ["House rent allowance", "40,000", "4,80,000"],
            ["Leave travel allowance", "6,667", "80,000"],
            ["Special allowance", "59,948", "7,19,376"],
            ["Employer's PF contribution", "9,600", "1,15,200"],
            ["Gratuity", "3,785", "45,424"],
            ["Total fixed", "2,00,000", "24,00,000"],
            ["Variable pay (up to)", "-", "4,50,000"],
            ["Cost to Company (CTC)", "-", "28,50,000"],
        ], True),
        ("para", P("""
            Notes: Income tax will be deducted at source as applicable. The variable pay shown is the maximum
            and is paid in proportion to the achievement of targets.""")),
        ("lines", ["Accepted: ____________________", "Aditi Kulkarni-Deshmukh     Date: __________"]),
    ],
)


# 7. India (Karnataka), IT services, IT Support Analyst: PDF, 2 pages.
#     Traps: CTC as "4.2 lakh per annum" (decimal lakh, no full figure); a quarterly performance
#     incentive amount inside the CTC; shifts of nine hours including an hour's break, five days;
#     a night-shift allowance; earned + casual leave with sick leave apart; a training bond (a
#     penalty for leaving, not clawback); notice "one month" either side; deadline "within three
#     days from the date of this letter".
letter(
    "in-ka-mangaluru-it-support-analyst", "pdf", datetime(2026, 7, 14, 10, 0),
    "Offer letter - Prajwal Shetty", "Netravati Softlink Services Pvt. Ltd.",
    font="DejaVuSans", size=9.5, footer="Netravati Softlink Services Pvt. Ltd.  -  Private and confidential",
    blocks=[
        ("head", "Netravati Softlink Services Pvt. Ltd.", "4th Floor, Sapthagiri Towers, Bendoorwell, Mangaluru 575002, Karnataka"),
        ("lines", ["NSS/HR/2026/0741", "14 July 2026", "", "Mr. Prajwal Shetty", "S/o Shri Ravindra Shetty",
                   "Near Durga Temple, Kulai", "Mangaluru 575019"]),
        ("title", "LETTER OF OFFER"),
        ("para", "Dear Prajwal,"),
        ("para", P("""
            We are happy to offer you employment as IT Support Analyst (L1) in our Managed Desktop Services
            practice. You will be based at our delivery centre in Mangaluru and will support end-user
            devices for our clients in the UK and India from the centre; work from home is not offered for
            this role.""")),
        ("kv", [
            ("Designation", "IT Support Analyst (L1), Grade A2"),
            ("Date of joining", "3 August 2026"),
            ("Total CTC", "Rs. 4.2 lakh per annum"),
            ("Fixed pay", "Rs. 3.9 lakh per annum"),
            ("Performance incentive", "Rs. 30,000 per annum, paid quarterly against SLA scores"),
            ("Shift allowance", "Rs. 250 per night shift worked (outside the CTC)"),
        ]),
        ("para", P("""
            Your salary will be paid monthly, on or before the 7th of the following month, after deduction
            of tax, provident fund and professional tax. The salary structure is strictly confidential and
            must not be discussed with colleagues.""")),
        ("heading", "Shifts"),
        ("para", P("""
            The centre works in three rotating shifts. Each shift is of nine hours including a one-hour meal
            break, five days a week, with two weekly offs on a roster. Cab drop is provided for women
            employees and for all employees on the night shift.""")),
        ("heading", "Leave"),
        ("para", P("""
            You will earn 15 days of earned leave and 6 days of casual leave per year, credited monthly,
            together with 6 days of sick leave. Public holidays follow the centre's holiday list, which is
            published every December.""")),
        ("heading", "Probation and separation"),
        ("para", P("""
            You will be on probation for six months. After confirmation, either side may end the employment
            by giving one month's notice in writing or one month's gross salary in lieu of it.""")),
        ("heading", "Training commitment"),
        ("para", P("""
            The company will fund your Microsoft and ITIL Foundation certifications in the first quarter.
            If you leave within 18 months of joining, you agree to pay Rs. 40,000 towards the training cost,
            as set out in the training agreement you will sign on joining.""")),
        ("heading", "Benefits"),
        ("para", P("""
            You will be covered under our group health insurance from the date of joining, for yourself and
            your dependants up to Rs. 3,00,000 a year, and will be a member of the Employees' Provident Fund.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is subject to a satisfactory background verification by our agency and to
            verification of your original degree and mark sheets at the time of joining. You must treat all
            client data you handle as confidential, and sign the Non-Disclosure Agreement on your first day.""")),
        ("para", P("""
            Please confirm your acceptance by signing and returning a copy of this letter within three days
            from the date of this letter, after which the offer will stand withdrawn.""")),
        ("lines", ["Warm regards,", "", "Shwetha Kamath", "Manager - Talent Acquisition",
                   "Netravati Softlink Services Pvt. Ltd.", "", "Accepted: ____________________   Date: __________"]),
    ],
)


# 8. Philippines (General Santos City), tuna processor, Payroll Officer: DOCX.
#     Traps: the employer is named only in the letterhead (the body says "the Company"); monthly
#     salary in words and figures; a rice allowance beside it; "bi-monthly, every 15th and 30th"
#     (semimonthly); 44 hours from times including a Saturday half-day; probationary six months;
#     vacation and sick leave upon regularization; 30 days' resignation notice only; 13th-month pay.
letter(
    "ph-general-santos-payroll-officer", "docx", datetime(2026, 5, 27, 9, 0),
    "Job Offer - Maricel D. Panganiban", "HR Department",
    blocks=[
        ("head", "SARANGANI BAY TUNA PROCESSORS, INC.",
         "Purok Malakas, Barangay Tambler, General Santos City 9500, South Cotabato, Philippines"),
        ("lines", ["27 May 2026", "", "MS. MARICEL D. PANGANIBAN", "Blk 7 Lot 12, Doña Soledad Subdivision",
                   "Barangay Lagao, General Santos City"]),
        ("para", "Dear Ms. Panganiban:"),
        ("para", P("""
            We are pleased to inform you that you have been selected for the position of Payroll Officer
            under our Finance and Administration Department. The terms of our offer are as follows:""")),
        ("bullets", [
            "Status: Probationary for six (6) months, with regularization upon meeting the performance standards explained to you on your first day.",
            "Assignment: Administration Building, Plant Site, General Santos City.",
            "Start of work: June 15, 2026.",
            "Monthly basic salary: Twenty-Six Thousand Five Hundred Pesos (PHP 26,500.00).",
            "Rice allowance: PHP 2,000.00 per month, not part of basic pay.",
            "Pay schedule: Bi-monthly, every 15th and 30th of the month, through payroll account.",
            "Work schedule: Monday to Friday, 8:00 AM to 5:00 PM with a one-hour lunch break, and Saturday, 8:00 AM to 12:00 NN.",
        ]),
        ("heading", "Compensation and Benefits"),
        ("para", P("""
            You will receive the 13th month pay required by law, prorated in your first year. The Company
            will enroll you with SSS, PhilHealth and Pag-IBIG and remit both the employer and employee
            shares on time. Upon regularization you will be enrolled in the Company's HMO plan, which also
            covers dental check-ups, and in its group life insurance.""")),
        ("para", P("""
            Upon regularization you will also be granted fifteen (15) days of vacation leave and ten (10)
            days of sick leave per year. Unused sick leave may be converted to cash at year end.""")),
        ("heading", "Duties and Conduct"),
        ("para", P("""
            As Payroll Officer you will prepare the semi-monthly payroll of around 900 plant workers,
            compute statutory deductions and prepare remittance reports. Because of the nature of this work,
            you must keep all salary and personal information of employees strictly confidential, both
            during and after your employment.""")),
        ("heading", "Separation"),
        ("para", P("""
            Should you decide to resign, you are required to submit a written notice at least thirty (30)
            days before the effective date, to allow proper turnover of your work.""")),
        ("heading", "Pre-employment Requirements"),
        ("para", P("""
            Please submit your NBI clearance, the result of your pre-employment medical examination from
            our accredited clinic, your transcript of records and your SSS, PhilHealth, Pag-IBIG and TIN
            numbers before your start date.""")),
        ("para", P("""
            Kindly signify your acceptance by signing the conforme below and returning this letter to the HR
            Department not later than June 5, 2026.""")),
        ("lines", ["Very truly yours,", "", "", "ENGR. ROMMEL A. DELA PEÑA", "HR and Admin Manager", "", "",
                   "CONFORME:", "", "______________________________", "Maricel D. Panganiban     Date: ___________"]),
    ],
)


# 9. Oman (Sohar), contractor, Civil Site Engineer: PDF with ruled tables.
#     Traps: basic, housing and transport allowances and a gross row in a ruled table (basic is the
#     salary); a two-year fixed term from the date of joining, renewable only by agreement; 45
#     hours from times less a break, five days; overtime under the Labour Law; 30 days' leave plus
#     an air ticket; three months' probation; notice in a second table differing per side;
#     end-of-service gratuity; "the laws of the Sultanate of Oman"; deadline by date.
letter(
    "om-sohar-civil-site-engineer-fixed-term", "pdf", datetime(2025, 12, 28, 9, 0),
    "Offer of Employment - Rohan Mathew Varghese", "Al Batinah Coastal Contracting LLC",
    font="DejaVuSans", size=9.5, footer="Al Batinah Coastal Contracting LLC - C.R. No. 1000000",
    blocks=[
        ("head", "Al Batinah Coastal Contracting LLC", "P.O. Box 118, P.C. 311, Sohar Industrial Estate, Sultanate of Oman"),
        ("lines", ["Ref.: ABCC/HR/OFR/25/296", "Date: 28 December 2025", "", "Mr. Rohan Mathew Varghese",
                   "Kizhakkekara House, Thiruvalla, Kerala, India"]),
        ("title", "OFFER OF EMPLOYMENT - CIVIL SITE ENGINEER"),
        ("para", "Dear Mr. Varghese,"),
        ("para", P("""
            Further to your interview with our Projects Manager, Al Batinah Coastal Contracting LLC (the
            "Company") is pleased to offer you employment as Civil Site Engineer on the following terms and
            conditions.""")),
        ("heading", "1. Appointment"),
        ("table", [
            ["Item", "Particulars"],
            ["Position", "Civil Site Engineer (Grade E3)"],
            ["Place of work", "Sohar, Sultanate of Oman (Sohar Port expansion and other Company sites in Al Batinah North)"],
            ["Date of joining", "On arrival in Oman, expected 1 February 2026"],
            ["Contract period", "Two (2) years from the date of joining; renewable only by mutual written agreement"],
            ["Probation", "Three (3) months"],
            ["Working hours", "Sunday to Thursday, 7:00 a.m. to 5:00 p.m., with a one-hour break"],
        ], True),
        ("heading", "2. Monthly remuneration"),
        ("table", [
            ["Component", "Amount (OMR)"],
            ["Basic salary", "650.000"],
            ["Housing allowance", "250.000"],
            ["Transport allowance", "100.000"],
            ["Gross monthly salary", "1,000.000"],
        ], True),
        ("para", P("""
            Salary is paid monthly by bank transfer, no later than the 7th day of the following month. Overtime
            worked at the request of the Project Manager will be paid in accordance with the Labour Law.
            End-of-service benefits will be paid on completion of the contract as provided in the Labour Law
            and the Social Protection Law.""")),
        ("heading", "3. Leave and passage"),
        ("para", P("""
            You are entitled to thirty (30) calendar days of paid annual leave for each completed year of
            service, together with one economy-class return air ticket between Muscat and Kochi. Official
            public holidays announced by the Government are given in addition. Sick leave is granted on
            production of a medical certificate, in accordance with the Labour Law.""")),
        ("heading", "4. Other benefits"),
        ("bullets", [
            "Medical insurance for yourself under the Company's group policy.",
            "Company mobile phone and site transport between the camp and project sites.",
        ]),
        ("heading", "5. Termination"),
        ("table", [
            ["Situation", "Notice required"],
            ["During probation, either party", "7 days"],
            ["Resignation by the employee after probation", "60 days"],
            ["Termination by the Company after probation", "30 days, or basic salary in lieu"],
        ], True),
        ("heading", "6. General"),
        ("para", P("""
            You shall keep confidential all drawings, tender prices and client information that you come to
            know during your employment. This offer is subject to your passing the medical examination
            required for the residence visa, to the Company obtaining your work permit, and to attestation of
            your engineering degree and its registration with the Oman Society of Engineers. The contract is
            governed by the laws of the Sultanate of Oman.""")),
        ("para", P("""
            This offer is valid until 10 January 2026. Please sign and return a scanned copy to
            hr@albatinahcoastal.example.""")),
        ("lines", ["For Al Batinah Coastal Contracting LLC", "", "", "Saif bin Hamood Al Maqbali",
                   "Human Resources Manager", "", "Accepted by: ______________________  Date: __________"]),
    ],
)


# 10. UK (Wales), compound-semiconductor firm, Research Associate: PDF, 2 pages.
#     Traps: an 18-month fixed-term post with an end date (no "fixed term" words in the date
#     sentence); salary per annum with a grade range; "on the 28th of each month"; 37 hours;
#     25 days "plus" bank holidays; company sick pay in days; hybrid (three days on site); 6%
#     employer pension; six months' probation with one week's notice; then two months from the
#     employee vs one from the company; a six-month non-compete; "the law of England and Wales";
#     no offer deadline.
letter(
    "uk-wls-newport-research-associate-fixed-term", "pdf", datetime(2026, 1, 26, 10, 0),
    "Offer of employment - Dr Ffion Pritchard-Moss", "Gwent Levels Photonics Limited",
    font="DejaVuSerif", size=10, footer="Gwent Levels Photonics Limited, registered in England and Wales no. 09000000",
    blocks=[
        ("head", "Gwent Levels Photonics Limited", "Unit 7, Langstone Technology Park, Newport NP18 2LH"),
        ("lines", ["26 January 2026", "", "Dr Ffion Pritchard-Moss", "14 Heol y Nant", "Caerphilly CF83 1QT"]),
        ("para", "Dear Ffion,"),
        ("title", "Research Associate, Epitaxy Development"),
        ("para", P("""
            Following your interview on 20 January, I am delighted to offer you the post of Research
            Associate in our Epitaxy Development group. The post is funded by our Innovate UK programme and is
            offered for eighteen months, from Monday 2 March 2026 to Tuesday 31 August 2027. It will end on
            that date unless we agree an extension with you in writing.""")),
        ("heading", "Place of work"),
        ("para", P("""
            Your normal place of work will be our site in Newport. Because most of your work is on the
            growth reactors, you will be on site at least three days a week; you may work from home on the
            remaining days with your line manager's agreement.""")),
        ("heading", "Salary"),
        ("para", P("""
            Your salary will be £36,800 per annum, which is within Grade 5 of our pay structure (£33,500 to
            £41,200). It is paid monthly by credit transfer on the 28th of each month. Salaries are reviewed
            each April; you will first be eligible in April 2027.""")),
        ("heading", "Hours"),
        ("para", P("""
            Your normal hours are 37 per week, Monday to Friday, within our flexitime scheme (core hours
            10.00 to 15.30). The salary covers any extra hours your work reasonably requires.""")),
        ("heading", "Holidays"),
        ("para", P("""
            You are entitled to 25 days' paid holiday in each holiday year (January to December), plus the
            bank holidays, pro rata for a part year. The company closes between Christmas and New Year, and
            three of your days must be kept for that closure.""")),
        ("heading", "Sickness"),
        ("para", P("""
            After you have completed probation, the company pays full salary for up to 10 working days of
            sickness absence in any rolling twelve months; after that, Statutory Sick Pay applies.""")),
        ("heading", "Pension"),
        ("para", P("""
            You will be enrolled in the company's group personal pension. If you contribute 3% of your
            salary, the company will contribute 6%. You will also be covered by our life assurance scheme at
            four times salary.""")),
        ("heading", "Probation and notice"),
        ("para", P("""
            The first six months are a probationary period, during which either of us may end your
            employment with one week's notice. Once you have passed probation, you must give us two months'
            notice in writing if you wish to leave, and we will give you one month's notice, or statutory
            notice if that is longer.""")),
        ("heading", "Confidentiality, inventions and restrictions"),
        ("para", P("""
            Your contract will require you to keep the company's process recipes and customer information
            confidential and will confirm that inventions and know-how you develop in your work belong to
            the company. For six months after your employment ends you must not work on epitaxial growth for
            a competitor of the company in the United Kingdom.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is conditional on two satisfactory references, one from your PhD supervisor, on proof
            of your right to work in the UK, and on Baseline Personnel Security Standard clearance, because
            some of our customers are in the defence sector.""")),
        ("para", P("""
            A full written statement of particulars will be issued before your first day. This offer and your
            contract are governed by the law of England and Wales. I would be grateful if you could let me
            know whether you accept by signing the enclosed copy.""")),
        ("lines", ["Yours sincerely,", "", "Gareth Llewellyn-Bowen", "Head of People",
                   "Gwent Levels Photonics Limited", "", "I accept this offer. Signed: ______________  Date: __________"]),
    ],
)


# 11. Canada (Ontario), refinery laboratory, Plant Chemist: TXT.
#     Traps: a posted salary range beside the starting salary and a raise after probation (the
#     initial salary is gold); biweekly; 40 hours in 8-hour rotating shifts; overtime after 44
#     hours (ESA) paid; three weeks' vacation; six sick days; employer notice only "as the ESA
#     requires" (null) vs two weeks from the employee; RRSP match 4%; a 12-month non-solicit and no
#     non-compete mentioned; deadline by date and time.
letter(
    "ca-on-sudbury-plant-chemist-offer", "txt", datetime(2026, 1, 12, 15, 0),
    "Offer of employment - Mathieu Desrosiers-Kaur", "Nickel Basin Metallurgical Services Inc.",
    blocks=[
        ("lines", ["NICKEL BASIN METALLURGICAL SERVICES INC.",
                   "1450 Lorne Street, Sudbury, Ontario P3C 4R9", "", "January 12, 2026", "",
                   "Mathieu Desrosiers-Kaur", "88 Bancroft Drive", "Sudbury, ON P3B 1N2"]),
        ("para", "Dear Mathieu,"),
        ("para", "RE: OFFER OF EMPLOYMENT - PLANT CHEMIST, ASSAY LABORATORY"),
        ("para", P("""
            We are pleased to offer you the position of Plant Chemist in the assay laboratory at our refinery
            in Sudbury, Ontario, reporting to Hélène Tremblay, Laboratory Superintendent. This is a
            permanent, full-time, on-site role. Your first day will be Monday, February 2, 2026.""")),
        ("para", "1. COMPENSATION"),
        ("para", P("""
            The posted salary range for this position is $84,000 to $98,000 per year. Your starting salary
            will be $89,500 per year, paid biweekly by direct deposit. On successful completion of your
            probationary period, your salary will increase to $92,000 per year.""")),
        ("para", "2. HOURS OF WORK"),
        ("para", P("""
            The laboratory runs around the clock. You will work 40 hours per week on a rotating schedule of
            8-hour day, afternoon and night shifts. Hours worked over 44 in a week are paid at one and a half
            times your regular rate, as the Employment Standards Act, 2000 (the "ESA") provides.""")),
        ("para", "3. VACATION AND SICK DAYS"),
        ("para", P("""
            You will receive three weeks of paid vacation per year, prorated in 2026, plus the statutory
            holidays. You will also have six paid sick days a year, which include the sick leave days the
            ESA provides.""")),
        ("para", "4. BENEFITS"),
        ("para", P("""
            You and your family will be covered by our group health, dental and vision plan, with life and
            long-term disability insurance, from your first day. We match your contributions to the group
            RRSP up to 4% of your base salary, and provide an employee assistance program and a $250
            annual safety-boot allowance.""")),
        ("para", "5. PROBATION AND TERMINATION"),
        ("para", P("""
            Your first three months are a probationary period. If we end your employment after that, we will
            give you notice or pay in lieu, severance and benefit continuation only as the ESA requires. If
            you decide to resign, we ask that you give us at least two weeks' written notice.""")),
        ("para", "6. CONFIDENTIALITY AND NON-SOLICITATION"),
        ("para", P("""
            As a condition of this offer, you must sign our Confidentiality and Intellectual Property
            Agreement, which assigns to us the methods and improvements you develop at work. It also provides
            that for 12 months after you leave you will not solicit our laboratory clients or employees.""")),
        ("para", "7. CONDITIONS"),
        ("para", P("""
            This offer depends on a pre-employment medical assessment, including a fit test for respiratory
            protection, and on satisfactory references. This letter is governed by the laws of the Province
            of Ontario.""")),
        ("para", P("""
            Please sign below and return this letter to me by 4:00 p.m. on Friday, January 16, 2026.""")),
        ("lines", ["Yours truly,", "", "Patrick Oduya", "Manager, Human Resources",
                   "Nickel Basin Metallurgical Services Inc.", "",
                   "I accept the above offer.", "Signature: ____________________  Date: ____________"]),
    ],
)


# 12. Australia (Tasmania), animal hospital, part-time Veterinary Nurse: PDF, 1.5 pages.
#     Traps: part-time, three days from times less an unpaid half hour (24 h); an hourly rate with
#     cents "plus superannuation" at 12%; fortnightly; four weeks' leave and ten days' personal/
#     carer's leave, both pro rata; six months' probation; one week's notice each side by Award; a
#     CPD allowance; "the laws of Tasmania"; deadline a weekday and date with no year.
letter(
    "au-tas-launceston-veterinary-nurse-part-time", "pdf", datetime(2026, 2, 9, 9, 30),
    "Letter of offer - Jess O'Halloran", "Tamar Valley Animal Hospital Pty Ltd",
    font="Helvetica", size=10, footer="Tamar Valley Animal Hospital Pty Ltd  ABN 00 000 000 000",
    blocks=[
        ("head", "Tamar Valley Animal Hospital", "212 Invermay Road, Invermay TAS 7248  -  (03) 6300 0000"),
        ("lines", ["9 February 2026", "", "Ms Jess O'Halloran", "31 Abbott Street", "Newstead TAS 7250"]),
        ("para", "Dear Jess,"),
        ("title", "Letter of offer - Veterinary Nurse (part-time)"),
        ("para", P("""
            Thank you for your time at the hospital last week. Tamar Valley Animal Hospital Pty Ltd is pleased
            to offer you permanent part-time employment as a Veterinary Nurse (Certificate IV) at our
            Invermay hospital in Launceston, starting on Monday 2 March 2026.""")),
        ("para", P("""
            Award and classification. Your employment is covered by the Animal Care and Veterinary Services
            Award 2020, and you will be classified as a Veterinary Nurse Level 4.""")),
        ("para", P("""
            Hours. You will work three days a week, Monday, Wednesday and Thursday, from 8:00 am to 4:30 pm,
            with an unpaid meal break of 30 minutes. Any change to these days will be agreed with you in
            writing.""")),
        ("para", P("""
            Pay. Your rate will be $33.42 per hour, above the Award minimum for your level, plus
            superannuation at the Superannuation Guarantee rate, currently 12%, paid to the fund you
            nominate. Pay is deposited fortnightly on Wednesday. Additional hours beyond your agreed hours
            are paid at overtime rates under the Award.""")),
        ("para", P("""
            Leave. You will receive four weeks' paid annual leave and ten days' paid personal/carer's leave
            each year, both pro rata to your ordinary hours, in addition to Tasmanian public holidays falling
            on your working days.""")),
        ("para", P("""
            Probation and notice. The first six months are a probationary period. During and after it, either
            of us may end the employment by giving one week's notice, or more where the National Employment
            Standards require it because of your length of service.""")),
        ("para", P("""
            Development and uniform. We will pay up to $600 a year towards your continuing professional
            development and provide five sets of scrubs.""")),
        ("para", P("""
            Confidentiality. Client, patient and practice records must be kept confidential during and after
            your employment.""")),
        ("para", P("""
            Conditions. This offer depends on your holding a current Working with Vulnerable People
            registration and on a satisfactory reference from your current practice. This letter is governed
            by the laws of Tasmania.""")),
        ("para", P("""
            If you would like to accept, please sign and return a copy of this letter by Friday 20 February.""")),
        ("lines", ["Kind regards,", "", "Dr Siobhan Marlowe", "Practice Owner and Clinical Director", "",
                   "I accept this offer of employment.", "Signed: ______________________   Date: __________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
