#!/usr/bin/env python3
"""Build the twenty-first held-out set under tests/letters_unseen21/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning, written blind: without reading rules/, src/,
the corpus or any earlier set's letters and gold (only the README files of the first four held-out
sets, the fourth set's generator and one of its gold files, and the folder names of the later
sets), and without running offercheck on them. The mix follows the documents the tool is judged
on: long US agreements of the SEC-exhibit kind (2012, and a 1996 scan), a 2019 senior director
offer with RSUs, a 2024 seasonal hourly offer, an English finance director's service agreement,
two Indian letters (a plant engineer's appointment with a CTC annexure, a developer's offer with
ESOPs), a Newfoundland and Labrador executive agreement, an ACT executive contract with a
schedule, a Singapore contract, an Irish fixed-term contract and a Philippine regularization
contract. Do not tune rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated files are
committed, and the tests read only those files and the hand-written gold.yaml beside each one.

    python tests/letters_unseen21/make_letters.py             # rewrite every letter
    python tests/letters_unseen21/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen21/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``), never against
offercheck's reading of the documents. Every company, person, address and figure below is
invented. The renderers are in tests/blind_letters.py, shared with the earlier blind sets.
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

# 1. US (Texas), 2012 executive employment agreement, SEC-exhibit style: PDF, about 9-10 pages.
#     Traps: Base Salary, Restricted Period and Non-Solicitation Period behind defined terms in
#     Article 1; a three-year term that renews itself (not fixed term); a later salary floor; target
#     bonus beside a maximum; options vesting in annual instalments; a repayable signing bonus; a
#     30-day notice for termination without cause beside severance in months; a recoupment policy.
letter(
    "us-tx-irving-chief-people-officer-agreement-2012", "pdf", datetime(2012, 3, 19, 9, 0),
    "Employment Agreement - Chief People Officer", "Tarrant Ridge Logistics, Inc.",
    font="DejaVuSerif", size=11, paper="Letter", footer="Tarrant Ridge Logistics, Inc. - Employment Agreement (M. L. Ostrander)",
    blocks=[
        ("head", "Exhibit 10.14", "Tarrant Ridge Logistics, Inc.  -  Annual Report on Form 10-K for the fiscal year ended December 31, 2011"),
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This EMPLOYMENT AGREEMENT (this "Agreement") is entered into as of March 19, 2012, by and between
            Tarrant Ridge Logistics, Inc., a Delaware corporation (the "Company"), and Marguerite L. Ostrander
            (the "Executive").""")),
        ("heading", "RECITALS"),
        ("para", P("""
            WHEREAS, the Company desires to employ the Executive as its Chief People Officer, and the Executive
            desires to accept such employment, on the terms and subject to the conditions set forth in this
            Agreement; and""")),
        ("para", P("""
            WHEREAS, the Compensation Committee of the Board of Directors of the Company has approved the terms
            of this Agreement at its meeting held on March 7, 2012.""")),
        ("para", P("""
            NOW, THEREFORE, in return for the promises each party makes in this Agreement, and for other
            consideration whose receipt and sufficiency both parties acknowledge, the parties agree as follows:""")),
        ("heading", "ARTICLE 1. DEFINITIONS"),
        ("para", "For purposes of this Agreement, the following capitalized terms have the meanings set forth below:"),
        ("para", P("""
            1.1 "Base Salary" means the annual rate of base salary payable to the Executive under Section 4.1,
            as adjusted from time to time under that Section.""")),
        ("para", P("""
            1.2 "Board" means the Board of Directors of the Company, and "Committee" means the Compensation
            Committee of the Board or any successor committee.""")),
        ("para", P("""
            1.3 "Cause" means (a) the Executive's conviction of, or plea of nolo contendere to, a felony; (b)
            the Executive's willful and continued failure to perform her material duties after written notice
            from the Chief Executive Officer specifying the failure and a cure period of not less than fifteen
            (15) days; (c) the Executive's willful misconduct or gross negligence that is materially injurious
            to the Company; (d) a material breach by the Executive of Article 8 of this Agreement; or (e) a
            material violation of the Company's Code of Business Conduct and Ethics.""")),
        ("para", P("""
            1.4 "Code" means the Internal Revenue Code of 1986, as amended, and the Treasury regulations and
            guidance issued under it.""")),
        ("para", P("""
            1.5 "Competing Business" means any person or entity engaged in providing truckload brokerage,
            dedicated contract carriage, or third-party warehousing services in the United States or Mexico.""")),
        ("para", P("""
            1.6 "Effective Date" means April 2, 2012, the date on which the Executive's employment with the
            Company begins.""")),
        ("para", P("""
            1.7 "Good Reason" means, without the Executive's written consent, (a) a material diminution in the
            Executive's title, authority or duties; (b) a reduction of more than ten percent (10%) in the Base
            Salary other than an across-the-board reduction applying to all senior officers; (c) the relocation
            of the Executive's principal place of employment by more than fifty (50) miles; or (d) a material
            breach of this Agreement by the Company; provided, in each case, that the Executive gives notice
            within sixty (60) days of the initial occurrence, the Company fails to cure within thirty (30) days,
            and the Executive resigns within thirty (30) days after the end of the cure period.""")),
        ("para", P("""
            1.8 "Non-Solicitation Period" means the period of the Executive's employment and the eighteen (18)
            months following the Termination Date.""")),
        ("para", P("""
            1.9 "Plan" means the Tarrant Ridge Logistics, Inc. 2010 Omnibus Incentive Plan, as amended from time
            to time, or any successor plan.""")),
        ("para", P("""
            1.10 "Restricted Period" means the period of the Executive's employment and the twelve (12) months
            following the Termination Date.""")),
        ("para", P("""
            1.11 "Termination Date" means the last day of the Executive's employment with the Company, for any
            reason.""")),
        ("heading", "ARTICLE 2. EMPLOYMENT; POSITION AND DUTIES"),
        ("para", P("""
            2.1 Position. Beginning on the Effective Date, the Company shall employ the Executive as Chief People
            Officer, reporting to the Chief Executive Officer. The Executive shall have the duties, authority and
            responsibilities customarily associated with that position, including leadership of human
            resources, talent acquisition, compensation and benefits, and driver recruitment and retention.""")),
        ("para", P("""
            2.2 Full Business Time. During the Term, the Executive shall devote her full business time, attention
            and efforts to the business of the Company. The Executive may serve on one outside for-profit board
            with the prior consent of the Board, and on civic and charitable boards, provided such service does
            not materially interfere with her duties.""")),
        ("para", P("""
            2.3 Place of Performance. The Executive's principal place of employment shall be the Company's
            headquarters in Irving, Texas, subject to business travel reasonably required by her duties.""")),
        ("heading", "ARTICLE 3. TERM"),
        ("para", P("""
            3.1 Initial Term. The term of the Executive's employment under this Agreement shall commence on the
            Effective Date and continue through the third anniversary of the Effective Date (the "Initial
            Term"), unless terminated earlier under Article 6.""")),
        ("para", P("""
            3.2 Renewal. On the expiration of the Initial Term and on each anniversary thereafter, the term shall
            be extended automatically for an additional period of one (1) year unless either party gives the
            other written notice of non-renewal at least ninety (90) days before the date on which it would
            otherwise be extended. The Initial Term together with any extension is the "Term". A notice of
            non-renewal by the Company is not a termination without Cause.""")),
        ("heading", "ARTICLE 4. COMPENSATION"),
        ("para", P("""
            4.1 Base Salary. The Company shall pay the Executive a base salary at the annual rate of Three Hundred
            Fifteen Thousand Dollars ($315,000), payable in accordance with the Company's regular payroll
            practices for salaried employees, which currently provide for payment every other Friday. The
            Committee shall review the Base Salary at least annually, beginning in the first quarter of 2013,
            and may increase (but not decrease, except as permitted by Section 1.7(b)) it; provided that
            effective January 1, 2013 the Base Salary shall be not less than $328,000.""")),
        ("para", P("""
            4.2 Annual Bonus. For each fiscal year during the Term, the Executive shall be eligible to earn an
            annual cash bonus under the Company's Management Incentive Program. The Executive's target bonus
            shall be fifty percent (50%) of the Base Salary actually paid for the year (the "Target Bonus"), and
            the maximum bonus shall be one hundred percent (100%) of that Base Salary, in each case based on the
            achievement of performance goals established by the Committee. For fiscal year 2012 the bonus shall
            be prorated from the Effective Date. Any bonus shall be paid no later than March 15 of the year
            following the year to which it relates.""")),
        ("para", P("""
            4.3 Signing Bonus. The Company shall pay the Executive a one-time signing bonus of $60,000 within
            thirty (30) days after the Effective Date. If, before the first anniversary of the Effective Date,
            the Executive resigns without Good Reason or the Company terminates her employment for Cause, the
            Executive shall repay the full gross amount of the signing bonus to the Company within thirty (30)
            days after the Termination Date.""")),
        ("para", P("""
            4.4 Equity Award. On the Effective Date, the Company shall grant the Executive, under the Plan, a
            non-qualified option to purchase 90,000 shares of the Company's common stock (the "Option"), with a
            per-share exercise price set at that stock's New York Stock Exchange closing price on the day of
            grant. The Option shall vest and become exercisable in four equal annual installments on the
            first four anniversaries of the Effective Date, subject to the Executive's continued employment
            through each vesting date, and shall have a term of ten (10) years. Beginning in 2013, the Executive
            shall be eligible for annual long-term incentive awards on the same basis as other executive
            officers of the Company, as determined by the Committee.""")),
        ("para", P("""
            4.5 Recoupment. Any incentive-based compensation paid to the Executive shall be subject to any
            clawback or recoupment policy the Company adopts to comply with Section 10D of the Securities
            Exchange Act of 1934 or other applicable law.""")),
        ("heading", "ARTICLE 5. BENEFITS AND EXPENSES"),
        ("para", P("""
            5.1 Benefit Plans. The Executive shall be eligible to participate in the employee benefit plans the
            Company maintains for its senior officers, which at the date of this Agreement include medical,
            dental and vision coverage, group term life insurance, short- and long-term disability insurance,
            and the Tarrant Ridge 401(k) Savings Plan, under which the Company currently matches one hundred
            percent (100%) of the participant's contributions up to four percent (4%) of eligible compensation.
            The Company may amend or terminate any plan in accordance with its terms.""")),
        ("para", P("""
            5.2 Vacation. The Executive shall be entitled to four (4) weeks of paid vacation in each calendar year,
            prorated for 2012, in addition to the Company's paid holidays, to be taken at times reasonably
            acceptable to the Chief Executive Officer.""")),
        ("para", P("""
            5.3 Expenses. The Company shall reimburse the Executive for reasonable business expenses incurred in
            performing her duties, in accordance with the Company's expense reimbursement policy, and for
            reasonable legal fees, up to $10,000, incurred in reviewing this Agreement.""")),
        ("para", P("""
            5.4 Indemnification. The Company shall indemnify the Executive and cover her under its directors' and
            officers' liability insurance on the same terms as its other executive officers.""")),
        ("heading", "ARTICLE 6. TERMINATION OF EMPLOYMENT"),
        ("para", P("""
            6.1 Death or Disability. The Executive's employment shall end on her death. The Company may terminate
            the Executive's employment if she is unable to perform the essential functions of her position, with
            or without reasonable accommodation, for ninety (90) consecutive days or one hundred twenty (120)
            days in any twelve-month period.""")),
        ("para", P("""
            6.2 By the Company for Cause. The Company may terminate the Executive's employment for Cause upon
            written notice setting forth in reasonable detail the facts and circumstances constituting Cause.""")),
        ("para", P("""
            6.3 By the Company without Cause. The Company may end the Executive's employment without Cause by
            giving her thirty (30) days' advance notice in writing, or Base Salary for that period instead of
            notice.""")),
        ("para", P("""
            6.4 By the Executive. The Executive may terminate her employment for Good Reason in accordance with
            Section 1.7, or without Good Reason upon sixty (60) days' prior written notice to the Company. The
            Company may waive all or part of that notice period, in which case the Termination Date shall be the
            date the Company specifies.""")),
        ("para", P("""
            6.5 Accrued Obligations. Upon any termination, the Company shall pay the Executive (a) earned but
            unpaid Base Salary through the Termination Date, (b) accrued but unused vacation, (c) any annual
            bonus earned for a completed fiscal year but not yet paid, and (d) unreimbursed business expenses
            (together, the "Accrued Obligations").""")),
        ("para", P("""
            6.6 Severance. If the Company terminates the Executive's employment without Cause or the Executive
            resigns for Good Reason, then, in addition to the Accrued Obligations and subject to Section 6.7,
            the Company shall (a) continue to pay the Base Salary for twelve (12) months after the Termination
            Date (the "Severance Period"); (b) pay a prorated Target Bonus for the year of termination; and (c)
            if the Executive timely elects COBRA continuation coverage, pay the employer portion of the premiums
            for the Severance Period. If such a termination occurs within twenty-four (24) months after a Change
            in Control (as defined in the Plan), the Severance Period shall be eighteen (18) months and the
            unvested portion of the Option shall vest in full.""")),
        ("para", P("""
            6.7 Release. The payments in Section 6.6 are conditioned on the Executive signing and not revoking a
            general release of claims substantially in the form of Exhibit A within sixty (60) days after the
            Termination Date, and on her continued compliance with Article 8.""")),
        ("para", P("""
            6.8 Section 280G. If any payment would be subject to the excise tax imposed by Section 4999 of the
            Code, the payments shall be reduced to the extent that reduction would leave the Executive with a
            greater after-tax amount than she would receive without the reduction.""")),
        ("heading", "ARTICLE 7. CONDITIONS"),
        ("para", P("""
            7.1 The Executive represents that she is not bound by any agreement that would prevent or restrict
            her performance of her duties. Her employment is conditioned on her providing, within three business
            days after the Effective Date, documentation of her identity and authorization to work in the United
            States as required by federal law.""")),
        ("heading", "ARTICLE 8. RESTRICTIVE COVENANTS"),
        ("para", P("""
            8.1 Confidential Information. The Executive shall hold in strict confidence, during and after her
            employment, all trade secrets and confidential or proprietary information of the Company, including
            customer lists, rates, carrier agreements, compensation data and personnel records, and shall not use
            or disclose that information except in performing her duties or as required by law.""")),
        ("para", P("""
            8.2 Work Product. All inventions, processes, programs, materials and other work product that the
            Executive conceives or develops, alone or with others, during her employment and that relate to the
            business of the Company are the sole property of the Company. The Executive hereby assigns to the
            Company all of her right, title and interest in that work product and shall sign any document
            reasonably needed to perfect the Company's rights.""")),
        ("para", P("""
            8.3 Non-Competition. During the Restricted Period, the Executive shall not, directly or indirectly,
            own, manage, operate, be employed by, or provide services to any Competing Business, other than as
            the holder of not more than two percent (2%) of a publicly traded class of securities.""")),
        ("para", P("""
            8.4 Non-Solicitation. During the Non-Solicitation Period, the Executive shall not, directly or
            indirectly, (a) solicit or hire any person who is, or was during the preceding six months, an
            employee or contract driver of the Company, or (b) solicit any customer of the Company for the
            purpose of providing services competitive with those of the Company.""")),
        ("para", P("""
            8.5 Reasonableness. The Executive agrees that the restrictions in this Article 8 are reasonable and
            necessary to protect the Company's goodwill and confidential information, which the Company promises
            to provide to her. If a court or arbitrator finds any restriction unenforceable, it shall be reformed
            to the maximum extent enforceable under Texas law.""")),
        ("heading", "ARTICLE 9. DISPUTE RESOLUTION"),
        ("para", P("""
            9.1 Arbitration. Any dispute arising out of or relating to this Agreement or the Executive's
            employment shall be resolved by final and binding arbitration before a single arbitrator administered
            by the American Arbitration Association under its Employment Arbitration Rules, in Dallas County,
            Texas. Either party may seek temporary injunctive relief in court to enforce Article 8 pending the
            arbitration.""")),
        ("para", P("""
            9.2 Costs. The Company shall pay the arbitrator's fees and the administrative costs of the
            arbitration; each party shall otherwise bear its own attorneys' fees.""")),
        ("heading", "ARTICLE 10. GENERAL PROVISIONS"),
        ("para", P("""
            10.1 Governing Law. Texas law, without its choice-of-law rules, governs this Agreement and its
            interpretation.""")),
        ("para", P("""
            10.2 Section 409A. This Agreement is intended to comply with, or be exempt from, Section 409A of the
            Code and shall be interpreted accordingly. Each installment payment is a separate payment, and if the
            Executive is a specified employee, any payment of deferred compensation on separation from service
            shall be delayed until the first business day after six months following the Termination Date.""")),
        ("para", P("""
            10.3 Notices. Notices shall be in writing and delivered by hand, by overnight courier, or by certified
            mail to the Company at 5400 Riverside Crossing Drive, Suite 900, Irving, Texas 75039, attention of
            the General Counsel, and to the Executive at her most recent home address in the Company's records.""")),
        ("para", P("""
            10.4 Entire Agreement. This Agreement, together with the award agreement for the Option, is the entire
            agreement of the parties on its subject matter and supersedes the term sheet dated February 24, 2012.
            It may be amended only in a writing signed by the Executive and an authorized officer of the Company.""")),
        ("para", P("""
            10.5 Withholding; Survival; Counterparts. The Company may withhold all applicable taxes. Articles 6
            through 10 survive the end of the Term. This Agreement may be signed in counterparts, including by
            electronic signature.""")),
        ("para", "[Signature page follows]"),
        ("pagebreak",),
        ("para", P("""
            IN WITNESS WHEREOF, each party has signed this Agreement below, to take effect as of March 19, 2012.""")),
        ("lines", ["TARRANT RIDGE LOGISTICS, INC.", "", "By: /s/ Calvin R. Dufresne", "Name: Calvin R. Dufresne",
                   "Title: President and Chief Executive Officer", "", "", "EXECUTIVE", "",
                   "/s/ Marguerite L. Ostrander", "Marguerite L. Ostrander"]),
        ("pagebreak",),
        ("title", "EXHIBIT A"),
        ("title", "FORM OF GENERAL RELEASE"),
        ("para", P("""
            In exchange for the payments and benefits described in Section 6.6 of the Employment Agreement
            between Tarrant Ridge Logistics, Inc. and the undersigned dated March 19, 2012, the undersigned, on
            behalf of herself and her heirs and assigns, releases the Company, its subsidiaries and their
            officers, directors, employees and agents from all claims arising on or before the date she signs
            this release, including claims under Title VII of the Civil Rights Act of 1964, the Age
            Discrimination in Employment Act, the Americans with Disabilities Act, the Family and Medical Leave
            Act and Chapter 21 of the Texas Labor Code.""")),
        ("para", P("""
            This release does not waive rights to the Accrued Obligations, to vested benefits under any employee
            benefit plan, to indemnification, or any right that cannot be waived by law. The undersigned has been
            advised to consult an attorney, has had at least twenty-one (21) days to consider this release, and
            may revoke it within seven (7) days after signing it, in which case it shall not become effective.""")),
        ("lines", ["Signed: ______________________________", "Date: ________________"]),
        ("pagebreak",),
        ("title", "EXHIBIT B"),
        ("title", "PERMITTED OUTSIDE ACTIVITIES"),
        ("bullets", ["Board of Trustees, North Texas Workforce Solutions Foundation (unpaid).",
                     "Advisory council, Society for Transportation Human Resource Leaders (unpaid).",
                     "Adjunct lecturer, one course per year, in the evening program of a local university, "
                     "with compensation not to exceed $6,000 per course."]),
    ],
)


# 2. US (Illinois), 1996 employment agreement with a division president: scanned PDF, 3-4 pages.
#     Traps: no text layer; a two-year term with no renewal (fixed term, end date stated); salary
#     "semi-monthly"; bonus "up to 35%"; car allowance per month beside the salary; salary
#     continuation as severance (not notice); a 90-day resignation notice; courts-only forum.
letter(
    "us-il-rockford-division-president-agreement-1996-scan", "scan", datetime(1996, 6, 14, 11, 0),
    "Employment Agreement - L. J. Ruhl", "Kishwaukee Fastener Corporation",
    blocks=[
        ("head", "KISHWAUKEE FASTENER CORPORATION", "2710 Harrison Avenue  -  Rockford, Illinois 61108  -  (815) 555-0148"),
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            THIS AGREEMENT is made this 14th day of June, 1996, between KISHWAUKEE FASTENER CORPORATION, an
            Illinois corporation (the "Corporation"), and LEONARD J. RUHL (the "Employee").""")),
        ("para", P("""
            1. Employment. The Corporation hereby employs the Employee as President of the Fastener Products
            Division (the "Division"), and the Employee accepts such employment. The Employee shall report to the
            Chairman of the Corporation and shall have general charge of the manufacturing, sales and engineering
            operations of the Division.""")),
        ("para", P("""
            2. Term. The term of employment shall begin on July 1, 1996 and shall end on June 30, 1998, unless
            sooner terminated as provided in paragraph 8. Any extension of the term shall be by a written
            agreement signed by both parties; absent such an agreement, employment shall end on that date.""")),
        ("para", P("""
            3. Duties and Place. The Employee shall devote his full business time and best efforts to the
            business of the Division. His office shall be at the Division's plant and offices in Rockford,
            Illinois, and he shall travel to the Division's Belvidere warehouse and to customers as needed.""")),
        ("para", P("""
            4. Salary. For all services rendered, the Corporation shall pay the Employee a salary of One Hundred
            Forty-Eight Thousand Dollars ($148,000.00) per annum, payable in equal semi-monthly installments on
            the fifteenth and last day of each month. The Board of Directors shall review the salary in June of
            each year.""")),
        ("para", P("""
            5. Incentive Compensation. The Employee shall participate in the Corporation's Management Incentive
            Plan, under which he may earn an annual award of up to thirty-five percent (35%) of his salary, based
            on the Division's operating profit against the budget approved by the Board. The Employee's award
            for the fiscal year ended March 31, 1996, paid under a prior arrangement, was $31,500; it is not a
            guide to future awards.""")),
        ("para", P("""
            6. Automobile. The Corporation shall pay the Employee an automobile allowance of $650.00 per month,
            out of which he shall bear all costs of a vehicle suitable for his position.""")),
        ("para", P("""
            7. Benefits and Vacation. The Employee shall participate in the Corporation's group hospitalization
            and major medical plan, its group life insurance plan (with coverage of two times salary), its
            salaried employees' pension plan, and its Savings and Profit Sharing Plan, in each case according to
            their terms. The Employee shall be entitled to three (3) weeks' paid vacation each year, in addition
            to the Corporation's holidays.""")),
        ("para", P("""
            8. Termination. (a) The Corporation may terminate this Agreement at any time for cause, meaning
            dishonesty, conviction of a felony, habitual neglect of duties, or a material breach of this
            Agreement, effective immediately upon written notice.""")),
        ("para", P("""
            (b) The Corporation may terminate the Employee's employment without cause at any time. In that event
            the Corporation shall continue to pay his salary for the remainder of the term or for twelve (12)
            months, whichever is shorter, provided he complies with paragraphs 9 and 10.""")),
        ("para", P("""
            (c) The Employee may resign at any time by giving the Corporation not less than ninety (90) days'
            written notice. Upon resignation, salary shall be paid through the last day worked and no incentive
            award shall be payable for the year of resignation.""")),
        ("para", P("""
            9. Confidential Information; Inventions. The Employee shall not, during or after his employment,
            disclose to any person any secret or confidential information concerning the Corporation's
            processes, tooling, costs, prices or customers. All inventions, improvements and designs made by the
            Employee during his employment relating to fasteners or their manufacture shall belong to the
            Corporation, and the Employee hereby assigns them to the Corporation.""")),
        ("para", P("""
            10. Covenant Not to Compete. For a period of eighteen (18) months after his employment ends for any
            reason, the Employee shall not engage in, or be employed by, any business that manufactures or sells
            cold-headed fasteners in the States of Illinois, Wisconsin, Indiana, Iowa or Michigan, nor solicit
            any customer of the Division for the sale of such products.""")),
        ("para", P("""
            11. Applicable Law; Forum. The laws of the State of Illinois shall govern this Agreement. Any action
            to enforce it shall be brought in the Circuit Court of Winnebago County, Illinois.""")),
        ("para", P("""
            12. Entire Agreement. This Agreement contains the entire understanding of the parties and supersedes
            the letter of the Corporation to the Employee dated May 2, 1996.""")),
        ("pagebreak",),
        ("para", "IN WITNESS WHEREOF, the parties have signed this Agreement on the date first above written."),
        ("lines", ["KISHWAUKEE FASTENER CORPORATION", "", "By: Warren T. Lindquist, Chairman", "",
                   "Attest: Joan M. Pettersen, Secretary", "", "EMPLOYEE:", "", "Leonard J. Ruhl"]),
        ("pagebreak",),
        ("title", "SCHEDULE A"),
        ("heading", "Operations of the Fastener Products Division as of June 1, 1996"),
        ("bullets", ["Rockford plant: cold heading, thread rolling and heat treating; 212 hourly employees "
                     "(Local 1147 collective bargaining agreement expires March 31, 1997).",
                     "Belvidere warehouse: finished goods and packaging; 18 hourly employees.",
                     "Sales offices: Rockford; Troy, Michigan.",
                     "Fiscal 1996 net sales of the Division: $41.6 million."]),
        ("para", P("""
            The Employee shall submit the Division's operating budget for each fiscal year to the Chairman not
            later than February 15 of the preceding fiscal year, and a capital expenditure plan with it.""")),
    ],
)


# 3. US (Colorado), 2019 offer to a senior director: DOCX, about 3 pages.
#     Traps: RSUs with a one-year cliff then quarterly vesting, a PSU "eligible to be considered"
#     sentence (not the grant), a sign-on bonus repayable within 12 months, "Flexible Time Off"
#     with no set number of days, a 401(k) match beside a Colorado posting range, hybrid days.
letter(
    "us-co-boulder-senior-director-rsu-psu-offer-2019", "docx", datetime(2019, 5, 31, 16, 0),
    "Offer letter - Rohan Kessler-Amadi", "Sanitas Biometrics, Inc.",
    paper="Letter",
    blocks=[
        ("head", "Sanitas Biometrics, Inc.", "3300 Walnut Street, Suite 200  |  Boulder, Colorado 80301  |  talent@sanitasbio.example"),
        ("lines", ["May 31, 2019", "", "PERSONAL AND CONFIDENTIAL", "", "Rohan D. Kessler-Amadi",
                   "1188 Gilpin Street", "Denver, CO 80218"]),
        ("para", "Dear Rohan,"),
        ("para", P("""
            On behalf of Sanitas Biometrics, Inc. (the "Company"), I am very pleased to offer you the position of
            Senior Director, Clinical Data Science, reporting to Dr. Ilse Marchbanks, our Chief Scientific
            Officer. We were impressed by every conversation and think you will make an immediate difference to
            our biomarker programs. The terms of our offer are below.""")),
        ("heading", "Start date, location and schedule"),
        ("para", P("""
            Your anticipated start date is Monday, July 8, 2019. This is a full-time, exempt position, which means
            you are not eligible for overtime pay. Your team works from our Walnut Street office in Boulder,
            Colorado on Tuesdays, Wednesdays and Thursdays; on Mondays and Fridays you may work from home.""")),
        ("heading", "Base salary"),
        ("para", P("""
            Your starting salary will be $212,000 per year, less required deductions; payroll runs twice a month,
            on the 15th and on the final business day. Salaries are reviewed each March; your first review will be
            in March 2020.""")),
        ("heading", "Annual bonus"),
        ("para", P("""
            You will be eligible for the Company's annual cash incentive plan with a target of 25% of your base
            salary earned during the year, prorated for 2019. Actual payouts depend on Company and individual
            performance and may range from zero to 150% of target.""")),
        ("heading", "Sign-on bonus"),
        ("para", P("""
            We will pay you a one-time sign-on bonus of $35,000, less withholdings, in your first regular paycheck.
            If you resign, or are terminated for cause, within 12 months of your start date, you agree to repay
            the gross amount of the sign-on bonus in full within 30 days of your last day.""")),
        ("heading", "Equity"),
        ("para", P("""
            Subject to approval by the Compensation Committee of our Board, you will be granted 7,200 restricted
            stock units (RSUs) under the Sanitas Biometrics, Inc. 2016 Equity Incentive Plan. The RSUs will vest
            over four years: 25% on the first anniversary of the vesting commencement date (the 15th day of the
            month in which you start) and the rest in twelve equal quarterly installments after that, provided
            you remain in service on each date.""")),
        ("para", P("""
            Separately, as a member of the senior leadership group you will be eligible to be considered for a
            performance stock unit (PSU) award in the Company's 2020 annual grant cycle. The size and terms of any
            PSU award will be set by the Compensation Committee and are not part of this offer.""")),
        ("heading", "Benefits and time off"),
        ("para", P("""
            You will be eligible for our medical, dental and vision plans from your first day, as well as basic
            life and long-term disability insurance at no cost to you and our 401(k) plan, to which the Company
            contributes a dollar-for-dollar match on the first 5% of your eligible pay. We also offer 12 weeks of
            paid parental leave after six months of service.""")),
        ("para", P("""
            Senior staff are covered by our Flexible Time Off policy: there is no set number of vacation days and
            no accrual; you take the time you need in agreement with your manager. The Company also observes ten
            paid holidays.""")),
        ("heading", "Conditions and agreements"),
        ("para", P("""
            This offer is contingent on the successful completion of a background check and on your providing
            documents that establish your identity and employment eligibility within three days of your start
            date. As a condition of employment you will sign the Company's Employee Confidential Information and
            Inventions Assignment Agreement and its Mutual Agreement to Arbitrate, under which you and the Company
            agree to resolve employment disputes through binding individual arbitration rather than in court.""")),
        ("heading", "At-will employment"),
        ("para", P("""
            Your employment with the Company is at will: either you or the Company may end it at any time, with or
            without cause or notice. This letter, together with the agreements described above, is the entire
            agreement on its subject and can be changed only in a writing signed by our Chief Executive Officer.""")),
        ("para", P("""
            Please sign and return this letter by June 7, 2019, after which the offer will lapse. We are excited
            about what we will build together.""")),
        ("lines", ["Sincerely,", "", "Teodora Vasquez-Lind", "Vice President, People", "Sanitas Biometrics, Inc.", "",
                   "Accepted and agreed:", "", "______________________________      Date: _______________",
                   "Rohan D. Kessler-Amadi"]),
    ],
)


# 4. US (Maine), 2024 seasonal part-time hourly offer in hospitality: TXT, 1 page.
#     Traps: employer only in the letterhead and signature; a season ending on a date (fixed term)
#     beside at-will words; hours from four shifts less an unpaid break; weekly pay; a staff-housing
#     deduction and an end-of-season completion bonus per hour near the rate; Maine earned paid
#     leave as an accrual; reply-by date with no year.
letter(
    "us-me-bar-harbor-seasonal-room-attendant-hourly-2024", "txt", datetime(2024, 4, 19, 9, 0),
    "Seasonal offer", "Schoodic Point Inn & Cottages, LLC",
    blocks=[
        ("head", "SCHOODIC POINT INN & COTTAGES, LLC", "41 Eden Street, Bar Harbor, ME 04609 | hiring@schoodicinn.example | (207) 555-0163"),
        ("lines", ["April 19, 2024", "", "Tessa Marchetti-Boyle", "77 Ledgelawn Avenue, Apt 2", "Bar Harbor, ME 04609"]),
        ("para", "Hi Tessa,"),
        ("para", P("""
            Thanks for coming in last week. We'd love to have you on the housekeeping team for the 2024 season as a
            Seasonal Room Attendant. Here are the details.""")),
        ("kv", [("Season", "Monday, May 13, 2024 through Sunday, October 20, 2024. The job ends on October 20; it is a seasonal position"),
                ("Where", "At the Inn and its cottages on Eden Street in Bar Harbor, Maine"),
                ("Schedule", "Part-time: four shifts a week, Thursday through Sunday, 8:00 a.m. to 2:30 p.m., with an unpaid 30-minute break"),
                ("Pay", "$17.25 per hour, plus your share of the housekeeping gratuity pool"),
                ("Payday", "Every Friday, by direct deposit, for the week ending the previous Sunday"),
                ("Overtime", "Any hours over 40 in a workweek are paid at one and a half times your hourly rate")]),
        ("para", P("""
            Season completion bonus: if you work through October 20, we'll add $1.00 for every hour you worked this
            season, paid with your last paycheck. Staff housing is available in our Cromwell Harbor Road house at
            $95 per week, taken from your pay if you choose it.""")),
        ("para", P("""
            Earned paid leave: under Maine law you earn one hour of paid leave for every 40 hours you work, which
            you can use after 120 days of employment. Staff meals are free on shift.""")),
        ("para", P("""
            Even though the job is for the season, your employment is at will, which means you or the Inn can end
            it at any time. Guest names, room numbers and anything you see in a guest room stay private: please
            keep them confidential.""")),
        ("para", P("""
            On your first day, bring documents that show your identity and that you are authorized to work in the
            U.S. (for Form I-9). Let me know by Friday, April 26 if you'd like the job, by replying to this e-mail
            or calling me.""")),
        ("lines", ["Cheers,", "Brenna Stoddard", "Executive Housekeeper", "Schoodic Point Inn & Cottages, LLC"]),
    ],
)


# 5. UK (England), finance director's service agreement: PDF, about 8 pages.
#     Traps: salary "by equal monthly instalments in arrears", a car allowance and pension percent
#     near it; "up to 40%" bonus; hours with a lunch hour; 27 days plus bank holidays; company sick
#     pay in working days; probation notice beside the main notice; PILON and garden leave;
#     covenants of 9 and 12 months reduced by garden leave; a DBS check and references.
letter(
    "uk-eng-milton-keynes-finance-director-service-agreement", "pdf", datetime(2025, 3, 3, 10, 0),
    "Service Agreement - Finance Director", "Ouzel Valley Packaging Limited",
    font="DejaVuSerif", size=11, paper="A4", footer="Ouzel Valley Packaging Limited - Service Agreement - Private and Confidential",
    blocks=[
        ("head", "Ouzel Valley Packaging Limited", "Registered in England and Wales no. 08813427  ·  Unit 6, Tanners Drive, Blakelands, Milton Keynes MK14 5BW"),
        ("title", "SERVICE AGREEMENT"),
        ("para", "THIS AGREEMENT is dated 3 March 2025"),
        ("heading", "PARTIES"),
        ("para", P("""
            (1) OUZEL VALLEY PACKAGING LIMITED, incorporated and registered in England and Wales with company
            number 08813427, whose registered office is at Unit 6, Tanners Drive, Blakelands, Milton Keynes MK14
            5BW (the "Company"); and""")),
        ("para", P("""
            (2) HARRIET OKONJO-LYLE of 14 Chantry Close, Olney, Buckinghamshire MK46 4DN (the "Executive").""")),
        ("heading", "AGREED TERMS"),
        ("heading", "1. Interpretation"),
        ("para", P("""
            1.1 In this Agreement: "Board" means the board of directors of the Company; "Capacity" means as agent,
            consultant, director, employee, owner, partner, shareholder or in any other capacity; "Commencement
            Date" means 1 May 2025; "Group Company" means the Company, any holding company of the Company and any
            subsidiary of the Company or of such holding company; "Restricted Business" means the design,
            manufacture or supply of corrugated and moulded-fibre packaging; "Termination Date" means the date on
            which the Executive's employment ends, however that happens.""")),
        ("para", P("""
            1.2 The headings in this Agreement do not affect its interpretation. A reference to a statute includes
            any amendment or re-enactment of it.""")),
        ("heading", "2. Appointment and term"),
        ("para", P("""
            2.1 The Company shall employ the Executive and the Executive shall serve the Company as Finance
            Director on the terms of this Agreement.""")),
        ("para", P("""
            2.2 The appointment shall start on the Commencement Date and shall continue, subject to the remaining
            terms of this Agreement, until terminated by either party giving the other notice under clause 15.""")),
        ("para", P("""
            2.3 The first six months of the appointment are a probationary period. During it either party may end
            the appointment by giving the other one month's written notice. The Company may extend the
            probationary period by up to three months by notice before it ends.""")),
        ("para", P("""
            2.4 No employment with a previous employer counts towards the Executive's period of continuous
            employment, which begins on the Commencement Date.""")),
        ("para", P("""
            2.5 This appointment is conditional on the Executive producing evidence of her right to work in the
            United Kingdom before the Commencement Date, on the Company receiving two references satisfactory to
            it, and on a basic disclosure from the Disclosure and Barring Service that the Company considers
            satisfactory.""")),
        ("heading", "3. Duties"),
        ("para", P("""
            3.1 The Executive shall be responsible for the financial management, reporting, treasury, tax and
            information technology functions of the Company and shall attend meetings of the Board. She shall
            report to the Chief Executive Officer.""")),
        ("para", P("""
            3.2 During her employment the Executive shall devote the whole of her working time, attention and
            abilities to the business of the Company and shall not, without the prior written consent of the
            Board, be engaged or interested in any other business, other than holding up to three per cent of the
            shares of a listed company.""")),
        ("para", P("""
            3.3 The Executive shall comply with the Company's anti-bribery, share dealing and data protection
            policies as in force from time to time, and shall promptly disclose to the Board any wrongdoing by any
            employee or director of which she becomes aware.""")),
        ("heading", "4. Place of work"),
        ("para", P("""
            4.1 The Executive's normal place of work is the Company's head office in Milton Keynes, or any other
            place within 25 miles that the Company reasonably requires. She is expected to work there at least
            three days in each week; on other days she may work from home, subject to the needs of the
            business.""")),
        ("para", P("""
            4.2 The Executive shall travel within the United Kingdom and to the Group's customers in the Republic
            of Ireland and the Netherlands as her duties require. She will not be required to work outside the
            United Kingdom for any continuous period of more than one month.""")),
        ("heading", "5. Hours of work"),
        ("para", P("""
            5.1 The Executive's normal hours of work are 9.00 am to 5.30 pm, Monday to Friday, with one hour for
            lunch, and such additional hours as are necessary for the proper performance of her duties. She shall
            not be entitled to any additional remuneration for work done outside her normal hours.""")),
        ("para", P("""
            5.2 The Executive agrees that the 48-hour average weekly limit in regulation 4 of the Working Time
            Regulations 1998 shall not apply to her employment. She may withdraw that agreement by giving the
            Company three months' written notice.""")),
        ("heading", "6. Salary"),
        ("para", P("""
            6.1 The Executive shall be paid a salary of £142,500 per annum (the "Salary"), which shall accrue from
            day to day and be payable by equal monthly instalments in arrears on or about the 28th day of each
            month, by credit transfer to her bank account.""")),
        ("para", P("""
            6.2 The Salary shall be reviewed by the Remuneration Committee in April each year, the first review to
            take place in April 2026. The Company is under no obligation to award an increase following a review.
            The Salary includes any fees to which the Executive may be entitled as a director of any Group
            Company.""")),
        ("para", P("""
            6.3 The Company may deduct from the Salary, or any other sums owed to the Executive, any money she
            owes to any Group Company.""")),
        ("heading", "7. Bonus"),
        ("para", P("""
            7.1 The Executive is eligible to participate in the Company's discretionary annual bonus scheme, under
            which she may receive a bonus of up to 40% of the Salary, subject to the achievement of targets set by
            the Remuneration Committee. The amount of any bonus is at the Committee's absolute discretion.""")),
        ("para", P("""
            7.2 No bonus is payable if, on the payment date, the Executive's employment has ended or either party
            has given notice to terminate it. Any bonus is not pensionable.""")),
        ("heading", "8. Car allowance"),
        ("para", P("""
            8.1 The Company shall pay the Executive a car allowance of £9,600 per year, payable monthly with the
            Salary. The allowance is not pensionable and shall not count towards bonus. The Company shall
            reimburse business mileage at the advisory fuel rates published by HM Revenue & Customs.""")),
        ("heading", "9. Pension"),
        ("para", P("""
            9.1 The Company shall contribute an amount equal to 8% of the Salary to the Company's group personal
            pension plan, or to another registered pension scheme that the Executive nominates, provided that she
            contributes at least 4% of the Salary. A contracting-out certificate is not in force.""")),
        ("para", P("""
            9.2 Instead of some or all of the employer contribution, the Executive may elect to receive a cash
            allowance of equal cost to the Company, less employer's national insurance contributions.""")),
        ("heading", "10. Insurance benefits"),
        ("para", P("""
            10.1 The Executive is entitled to participate, at the Company's expense, in the Company's private
            medical expenses insurance scheme for herself, her spouse or civil partner and her children under 21;
            its life assurance scheme, which pays a lump sum of four times the Salary on death in service; and its
            income protection scheme, subject to the rules of each scheme and to the insurer accepting her on
            ordinary terms.""")),
        ("heading", "11. Holidays"),
        ("para", P("""
            11.1 The Executive is entitled to 27 working days' paid holiday in each holiday year, which runs from
            1 January to 31 December, in addition to the usual public holidays in England. In the years in which
            her employment starts or ends, her entitlement shall be calculated pro rata.""")),
        ("para", P("""
            11.2 Up to five days' untaken holiday may be carried forward to the next holiday year with the consent
            of the Chief Executive Officer. On termination the Company shall pay in lieu of accrued but untaken
            holiday, at 1/260th of the Salary per day, or may require her to take it during any notice period.""")),
        ("heading", "12. Incapacity"),
        ("para", P("""
            12.1 If the Executive is absent because of sickness or injury, she shall notify the Chief Executive
            Officer by 10.00 am on the first day of absence and provide a fit note for any absence of more than
            seven days.""")),
        ("para", P("""
            12.2 Subject to compliance with this clause, the Company shall pay the Executive her full Salary for up
            to 20 working days' absence in aggregate in any period of 12 months, and then Statutory Sick Pay only.
            Any payment includes Statutory Sick Pay.""")),
        ("heading", "13. Confidential information"),
        ("para", P("""
            13.1 The Executive shall not (except in the proper performance of her duties, with the Board's consent,
            or as required by law) use or disclose any confidential information of any Group Company, including
            information about its customers, prices, margins, budgets, forecasts and plans, during her employment
            or at any time after it ends.""")),
        ("para", P("""
            13.2 Nothing in this clause prevents the Executive from making a protected disclosure under section
            43A of the Employment Rights Act 1996 or from reporting an offence to a law enforcement agency.""")),
        ("heading", "14. Intellectual property"),
        ("para", P("""
            14.1 All intellectual property rights in any work, process, design or improvement made by the
            Executive in the course of her employment shall vest in the Company, and she hereby assigns to the
            Company all such rights, present and future, with full title guarantee, and waives her moral rights
            in any such work.""")),
        ("heading", "15. Notice and termination"),
        ("para", P("""
            15.1 After the probationary period, the Company may end the Executive's employment by giving her not
            less than six months' written notice, and the Executive may end it by giving the Company not less than
            six months' written notice.""")),
        ("para", P("""
            15.2 Payment in lieu of notice. The Company may, in its sole discretion, terminate the employment at
            any time and with immediate effect by paying a sum in lieu of notice equal to the basic Salary (as at
            the date of termination) that the Executive would have received during the notice period, or any
            remaining part of it, less deductions for tax and national insurance. That sum may be paid in equal
            monthly instalments over the notice period.""")),
        ("para", P("""
            15.3 The Company may end the employment without notice or payment in lieu if the Executive commits
            any serious or persistent breach of this Agreement, is guilty of gross misconduct, is disqualified
            from acting as a director, or is convicted of any criminal offence (other than a road traffic offence
            not punishable by imprisonment).""")),
        ("para", P("""
            15.4 On termination for any reason the Executive shall resign from any office she holds in any Group
            Company and shall return all Company property in her possession.""")),
        ("heading", "16. Garden leave"),
        ("para", P("""
            16.1 After notice to terminate has been given by either party, or if the Executive purports to resign
            without giving proper notice, the Board may require her to stay away from the Company's premises,
            carry out no duties or only specified duties, and have no contact with customers, suppliers or
            employees of any Group Company, for all or part of the notice period ("Garden Leave").""")),
        ("para", P("""
            16.2 During Garden Leave the Executive remains an employee, shall continue to receive her Salary and
            contractual benefits, and remains bound by her duties of good faith and fidelity. She shall remain
            contactable and available for work.""")),
        ("heading", "17. Restrictive covenants"),
        ("para", P("""
            17.1 In order to protect the confidential information, trade connections and workforce stability of the
            Group, the Executive covenants with the Company that she shall not, in any Capacity and without the
            prior written consent of the Board:""")),
        ("para", P("""
            (a) for 9 months after the Termination Date, be engaged or concerned in any business carried on in
            competition with any Restricted Business in the United Kingdom with which she was materially
            involved in the 12 months before the Termination Date;""")),
        ("para", P("""
            (b) for 12 months after the Termination Date, solicit or endeavour to entice away from the Company the
            business or custom of any person who was a customer of the Company in the 12 months before the
            Termination Date and with whom she had material dealings;""")),
        ("para", P("""
            (c) for 12 months after the Termination Date, deal with any such customer in competition with the
            Company; and""")),
        ("para", P("""
            (d) for 12 months after the Termination Date, offer to employ or engage, or solicit the employment of,
            any senior employee of the Company with whom she worked in the 12 months before the Termination
            Date.""")),
        ("para", P("""
            17.2 The periods in clause 17.1 shall be reduced by one day for every day that the Executive spends on
            Garden Leave. Each restriction is separate and severable.""")),
        ("heading", "18. Disciplinary and grievance procedures"),
        ("para", P("""
            18.1 The Executive is subject to the Company's disciplinary and grievance procedures, copies of which
            are in the staff handbook. Those procedures do not form part of her contract of employment. If she
            wishes to raise a grievance, she shall apply in writing to the Chair of the Board.""")),
        ("heading", "19. General"),
        ("para", P("""
            19.1 No collective agreement affects the Executive's terms and conditions of employment. This
            Agreement and the documents referred to in it constitute the entire agreement between the parties.
            This Agreement, together with the Schedule, is the written statement of particulars required by Part
            I of the Employment Rights Act 1996.""")),
        ("para", P("""
            19.2 The law of England and Wales governs this Agreement and every dispute or claim that comes from it
            or is connected with it, and only the courts of England and Wales may decide them.""")),
        ("pagebreak",),
        ("title", "SCHEDULE"),
        ("title", "Summary of principal terms (for information; the clauses prevail)"),
        ("table", [["Item", "Particulars"],
                   ["Position", "Finance Director"],
                   ["Commencement Date", "1 May 2025"],
                   ["Normal place of work", "Head office, Milton Keynes (at least three days each week)"],
                   ["Salary", "£142,500 per annum, paid monthly"],
                   ["Car allowance", "£9,600 per year"],
                   ["Annual bonus", "Discretionary, up to 40% of Salary"],
                   ["Pension", "Company 8% of Salary; Executive at least 4%"],
                   ["Holiday", "27 working days plus public holidays"],
                   ["Notice", "One month during probation; six months either side thereafter"],
                   ["Post-termination restrictions", "Non-compete 9 months; non-solicit, non-dealing and non-poach 12 months"]], True),
        ("pagebreak",),
        ("para", "This Agreement has been entered into on the date stated at the beginning of it."),
        ("lines", ["Signed by Adebayo Tennant-Price, Chief Executive Officer,", "for and on behalf of",
                   "OUZEL VALLEY PACKAGING LIMITED", "", "..........................................", "",
                   "", "Signed by HARRIET OKONJO-LYLE", "", "..........................................",
                   "", "Date: ..............................."]),
    ],
)


# 6. India (Tamil Nadu), appointment letter for a plant engineer: PDF with ruled tables, 3 pages.
#     Traps: CTC in lakh notation with words, a CTC annexure with monthly and annual columns (basic,
#     HRA, gross, employer PF, gratuity, insurance), a night-shift allowance outside the CTC, a
#     six-day week from times less lunch, three leave buckets, probation and notice by stage, a
#     service agreement with liquidated damages (a bond, not clawback), courts only, day-first dates.
letter(
    "in-tn-hosur-plant-engineer-appointment-ctc-annexure", "pdf", datetime(2025, 2, 12, 10, 30),
    "Appointment Letter - Karthikeyan S", "Thenpennai Castings Private Limited",
    font="DejaVuSans", size=10, paper="A4", footer="Thenpennai Castings Pvt. Ltd. - HR/APPT/2025/0417",
    blocks=[
        ("head", "Thenpennai Castings Private Limited", "Plot 88-B, SIPCOT Industrial Complex Phase II, Hosur 635 109, Tamil Nadu  ·  CIN U27310TZ2009PTC015562"),
        ("lines", ["Ref: HR/APPT/2025/0417", "Date: 12.02.2025", "", "Mr. Karthikeyan Soundararajan",
                   "No. 21, Anna Nagar 3rd Street", "Krishnagiri 635 001"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Mr. Karthikeyan,"),
        ("para", P("""
            With reference to your application and the subsequent interviews you had with us, we are pleased to
            appoint you in our organisation on the following terms and conditions.""")),
        ("table", [["Designation", "Plant Engineer"],
                   ["Department", "Maintenance (Foundry and Machine Shop)"],
                   ["Grade", "M2"],
                   ["Place of posting", "Hosur Works, SIPCOT Phase II, Hosur"],
                   ["Date of joining", "03.03.2025"],
                   ["Reporting to", "Manager - Plant Maintenance"]], False),
        ("para", P("""
            1. Remuneration: Your Cost to Company (CTC) will be Rs. 7,80,000/- (Rupees Seven Lakh Eighty Thousand
            only) per annum. The break-up of your CTC is given in Annexure I. Your monthly salary is transferred to your
            bank account by the 7th of the next month. All payments are subject to deduction of
            income tax at source.""")),
        ("para", P("""
            2. Shift allowance: When rostered on the third (night) shift you will be paid a night shift allowance of
            Rs. 150/- per shift, over and above the CTC.""")),
        ("para", P("""
            3. Working hours: You will work in the General Shift from 8.30 a.m. to 5.00 p.m. with a lunch break of
            30 minutes, six days a week (Monday to Saturday). You may be required to work in other shifts according
            to the needs of production. Your position is in the managerial cadre and overtime is not applicable.""")),
        ("para", P("""
            4. Probation: You will be on probation for a period of six months from the date of joining, which may
            be extended by up to three months at the discretion of the management. On satisfactory completion you
            will be confirmed in writing.""")),
        ("para", P("""
            5. Leave: You will be entitled to 15 days of earned leave, 7 days of casual leave and 7 days of sick
            leave in a calendar year, pro-rated in the year of joining, besides the declared holidays of the
            factory.""")),
        ("para", P("""
            6. Benefits: You will be covered under the Employees' Provident Fund (the Company contributing 12% of
            your basic salary), the Payment of Gratuity Act, the Group Mediclaim policy for yourself, your spouse
            and two children (sum insured Rs. 3,00,000/-), and the Group Personal Accident policy. Company transport
            is provided from Hosur bus stand.""")),
        ("para", P("""
            7. Notice: During probation, either party may end this appointment by giving 15 days' notice or salary
            in lieu. After confirmation, the notice period on either side is 60 days, or basic salary in lieu of the
            notice not served.""")),
        ("para", P("""
            8. Service agreement: As you will be trained on the induction furnace and the vertical moulding line at
            the Company's cost, you are required to sign a Service Agreement to serve the Company for a minimum
            period of 24 months from the date of joining. If you leave before completing that period, you shall pay
            the Company Rs. 1,00,000/- as liquidated damages.""")),
        ("para", P("""
            9. Confidentiality: You shall not disclose any information about the Company's processes, drawings,
            customers or prices to any person during or after your employment. You shall also keep your salary
            confidential.""")),
        ("para", P("""
            10. Conditions: This appointment is subject to your being found medically fit by the Company's doctor,
            to verification of your original educational certificates and your relieving letter from your previous
            employer, and to your signing the Service Agreement on the date of joining.""")),
        ("para", P("""
            11. Jurisdiction: Any dispute arising from this appointment shall be subject to the jurisdiction of the
            courts at Krishnagiri only.""")),
        ("para", P("""
            Please sign the duplicate copy of this letter and the Annexure as a token of your acceptance and return
            it to the HR department within 5 days from the date of this letter, failing which this offer stands
            withdrawn.""")),
        ("lines", ["For Thenpennai Castings Private Limited", "", "", "R. Sathyamoorthy", "Head - Human Resources", "",
                   "I accept the above terms and conditions.", "", "Signature: ____________________   Date: __________"]),
        ("pagebreak",),
        ("title", "ANNEXURE I - SALARY STRUCTURE (CTC)"),
        ("para", "Name: Karthikeyan Soundararajan    Designation: Plant Engineer    Grade: M2"),
        ("table", [["Component", "Monthly (Rs.)", "Annual (Rs.)"],
                   ["Basic Salary", "26,000", "3,12,000"],
                   ["House Rent Allowance", "10,400", "1,24,800"],
                   ["Conveyance Allowance", "1,600", "19,200"],
                   ["Special Allowance", "21,630", "2,59,560"],
                   ["Gross Salary (A)", "59,630", "7,15,560"],
                   ["Employer PF contribution (12% of basic)", "3,120", "37,440"],
                   ["Gratuity (provision)", "1,250", "15,000"],
                   ["Group Mediclaim and Accident premium", "1,000", "12,000"],
                   ["Retirals and Insurance (B)", "5,370", "64,440"],
                   ["Cost to Company (A + B)", "65,000", "7,80,000"]], True),
        ("para", P("""
            Notes: (1) Night shift allowance and reimbursement of business travel are not part of CTC. (2) Gratuity
            is payable as per the Payment of Gratuity Act, 1972 after five years of continuous service. (3) Employee
            PF contribution of 12% of basic and professional tax will be deducted from the gross salary.""")),
        ("lines", ["Accepted: ____________________", "Karthikeyan Soundararajan"]),
    ],
)


# 7. India (Kerala), offer to a software developer at a product company: DOCX with a pay table.
#     Traps: CTC with fixed pay and a performance bonus inside it (the CTC is the salary), a joining
#     bonus repayable within 12 months, ESOPs with a cliff and monthly vesting, hybrid days, leave
#     buckets, PF at the statutory ceiling (no percent), a 12-month non-solicit, deadline from the
#     letter date.
letter(
    "in-kl-thiruvananthapuram-software-developer-esop-offer", "docx", datetime(2026, 1, 6, 11, 0),
    "Offer of employment - Aiswarya Raveendran", "Ponmudi Stack Technologies Private Limited",
    blocks=[
        ("head", "Ponmudi Stack Technologies Private Limited", "Level 4, Thejaswini, Technopark Phase I, Kazhakkoottam, Thiruvananthapuram 695 581, Kerala"),
        ("lines", ["6 January 2026", "", "Ms. Aiswarya Raveendran", "TC 14/2231, Vazhuthacaud", "Thiruvananthapuram 695 014"]),
        ("para", "Dear Aiswarya,"),
        ("heading", "Offer of employment: Software Developer II"),
        ("para", P("""
            Thank you for the time you spent with our engineering team. We are happy to offer you the role of
            Software Developer II in our Payments Platform team at Ponmudi Stack Technologies Private Limited
            ("Ponmudi Stack" or the "Company"). You will report to Sreejith Nambiar, Engineering Manager.""")),
        ("para", P("""
            This is a full-time, permanent role. Your date of joining will be Monday, 2 February 2026. You will be based at our Technopark office in
            Thiruvananthapuram, Kerala. Our teams work from the office on Tuesdays, Wednesdays and Thursdays and
            from home on the other working days.""")),
        ("heading", "Compensation"),
        ("para", P("""
            Your annual Cost to Company (CTC) will be ₹18,40,000 (Rupees Eighteen Lakh Forty Thousand), made up
            as below. Salary is paid monthly, on the last working day of each month.""")),
        ("table", [["Component", "Annual (₹)"],
                   ["Fixed pay (basic, HRA, flexible benefit plan)", "16,56,000"],
                   ["Employer PF (at the statutory ceiling of ₹1,800 a month)", "21,600"],
                   ["Performance bonus (at 100% achievement)", "1,62,400"],
                   ["Total CTC", "18,40,000"]], True),
        ("para", P("""
            The performance bonus is paid once a year in May, based on your rating and the Company's results, and
            can range from 0% to 150% of the amount shown.""")),
        ("heading", "Joining bonus"),
        ("para", P("""
            You will receive a one-time joining bonus of ₹1,50,000, paid with your first month's salary. If you
            resign or your employment is terminated for misconduct within 12 months of your date of joining, you
            must repay the joining bonus in full.""")),
        ("heading", "Employee stock options"),
        ("para", P("""
            Subject to approval by the Board, you will be granted 1,200 stock options under the Ponmudi Stack
            Employee Stock Option Plan 2023 at an exercise price of ₹10 per option. The options vest over four years
            from your date of joining: 25% after the first year, and the balance in equal monthly instalments over
            the following 36 months, as long as you remain employed. The terms of the ESOP plan and your grant letter
            will govern.""")),
        ("heading", "Leave and benefits"),
        ("bullets", ["Leave: 18 days of privilege leave and 6 days of casual leave a year, plus 8 days of sick leave, "
                     "in addition to 10 declared holidays.",
                     "Group health insurance of ₹5,00,000 for you, your spouse, children and parents, and term life "
                     "cover of three times your fixed pay.",
                     "A learning allowance of ₹30,000 a year for courses and certifications.",
                     "A monthly wellness allowance of ₹1,500 for a gym or fitness app."]),
        ("heading", "Probation and notice"),
        ("para", P("""
            You will be on probation for three months from your date of joining. During probation the notice period
            is 15 days on either side. After confirmation, either you or the Company may end the employment by
            giving 60 days' written notice, or pay in lieu of it.""")),
        ("heading", "Confidentiality, inventions and non-solicitation"),
        ("para", P("""
            On joining you will sign our Non-Disclosure and Creations Ownership Agreement, under which all code and
            inventions you create in the course of your work belong to, and are assigned to, the Company. For 12 months after you leave,
            you may not solicit any employee of the Company to leave it.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is subject to a satisfactory background verification by our third-party partner, including
            verification of your degree and your previous employment. This offer letter is governed by the laws of
            India.""")),
        ("para", P("""
            Please accept this offer on our hiring portal within 3 days of the date of this letter. We look forward
            to working with you.""")),
        ("lines", ["Warm regards,", "", "Meera Pillai-Thomas", "Head of People", "Ponmudi Stack Technologies Private Limited"]),
    ],
)


# 8. Canada (Newfoundland and Labrador), executive employment agreement: PDF, about 4 pages.
#     Traps: termination without cause as weeks per year of service with a minimum and a cap (the
#     first-year case is the minimum); resignation notice in weeks; RSUs in three annual tranches;
#     an RRSP match; relocation with pro-rated repayment; "no probationary period"; arbitration
#     under the provincial act.
letter(
    "ca-nl-st-johns-chief-operating-officer-agreement", "pdf", datetime(2025, 7, 21, 14, 0),
    "Executive Employment Agreement - D. Furey", "Signal Hill Offshore Services Ltd.",
    font="DejaVuSans", size=10, paper="Letter", footer="Signal Hill Offshore Services Ltd. - Executive Employment Agreement",
    blocks=[
        ("head", "Signal Hill Offshore Services Ltd.", "140 Water Street, Suite 700, St. John's, NL  A1C 1A9"),
        ("title", "EXECUTIVE EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This Agreement is made effective July 21, 2025 between Signal Hill Offshore Services Ltd. (the
            "Corporation") and Declan Patrick Furey, of the City of Calgary, in the Province of Alberta (the
            "Executive").""")),
        ("heading", "1. Position and Start"),
        ("para", P("""
            1.1 The Corporation will employ the Executive in the position of Chief Operating Officer, reporting to
            the President and Chief Executive Officer, commencing on September 8, 2025 (the "Start Date"). The
            Executive will work full-time and devote his full working time to the Corporation.""")),
        ("para", P("""
            1.2 The Executive's principal place of work will be the Corporation's head office in St. John's,
            Newfoundland and Labrador. The position requires regular travel to the Corporation's supply base in
            Marystown and to offshore installations.""")),
        ("para", P("""
            1.3 Given the Executive's seniority, there is no probationary period.""")),
        ("heading", "2. Compensation"),
        ("para", P("""
            2.1 Base Salary. The Corporation will pay the Executive an annual base salary of CAD $228,000 (the "Base
            Salary"), less statutory deductions, paid in bi-weekly instalments. The Base Salary will be reviewed
            annually by the Human Resources and Compensation Committee of the Board.""")),
        ("para", P("""
            2.2 Short-Term Incentive. The Executive will participate in the Short-Term Incentive Plan with a target
            award of 35% of Base Salary, and a maximum of 70%, based on corporate safety, financial and operational
            measures and on individual objectives. The 2025 award will be prorated from the Start Date.""")),
        ("para", P("""
            2.3 Long-Term Incentive. As soon as practicable after the Start Date, the Corporation will recommend that
            the Board grant the Executive 15,000 restricted share units under the Corporation's Long-Term Incentive
            Plan. The units will vest in three equal annual tranches on the first, second and third anniversaries of
            the grant date, subject to the terms of the plan.""")),
        ("heading", "3. Benefits and Vacation"),
        ("para", P("""
            3.1 The Executive will be eligible for the Corporation's group benefits program, including extended
            health, dental, life insurance, and short- and long-term disability coverage, subject to the terms of
            the plans. The Corporation will match the Executive's contributions to the group RRSP up to 6% of Base
            Salary.""")),
        ("para", P("""
            3.2 The Executive will be entitled to five (5) weeks of paid vacation per calendar year, prorated in
            2025, in addition to statutory holidays.""")),
        ("para", P("""
            3.3 Relocation. The Corporation will reimburse the Executive's reasonable, receipted costs of moving his
            household from Calgary to St. John's, up to a maximum of $45,000, including one house-hunting trip and
            up to 60 days of temporary accommodation. If the Executive resigns within 12 months after the Start
            Date, he will repay a pro-rated portion of the amounts reimbursed, reduced by one-twelfth for each full
            month worked.""")),
        ("heading", "4. Termination"),
        ("para", P("""
            4.1 Resignation. The Executive may resign by giving the Corporation eight (8) weeks' written notice. The
            Corporation may waive that notice in whole or in part, paying Base Salary only to the date it sets.""")),
        ("para", P("""
            4.2 Just Cause. The Corporation may terminate the Executive's employment for just cause at any time
            without notice or pay in lieu.""")),
        ("para", P("""
            4.3 Without Cause. The Corporation may terminate the Executive's employment without cause by giving him
            working notice, or pay in lieu of notice, or a combination of them, equal to four (4) weeks for each
            completed year of service, with a minimum of twelve (12) weeks and a maximum of seventy-eight (78) weeks,
            together with the continuation of group benefits for that period where the insurer allows. This is
            inclusive of all notice, termination pay and severance under the Labour Standards Act of Newfoundland and
            Labrador, and the Executive will receive no less than that Act requires.""")),
        ("heading", "5. Confidentiality and Intellectual Property"),
        ("para", P("""
            5.1 The Executive will keep confidential all non-public information of the Corporation and its clients,
            during his employment and afterwards. All work product and inventions the Executive creates in the course
            of his employment belong to the Corporation, and the Executive assigns to it any rights he may have in
            them and waives his moral rights.""")),
        ("heading", "6. Restrictive Covenants"),
        ("para", P("""
            6.1 Non-Competition. For twelve (12) months after his employment ends for any reason, the Executive will
            not be employed by or provide services to any business that supplies marine logistics, supply vessel or
            offshore base services in Newfoundland and Labrador or Nova Scotia.""")),
        ("para", P("""
            6.2 Non-Solicitation. For eighteen (18) months after his employment ends for any reason, the Executive
            will not solicit any client of the Corporation for competing services, or induce any employee of the
            Corporation to leave it.""")),
        ("heading", "7. Disputes and Governing Law"),
        ("para", P("""
            7.1 Any dispute under this Agreement, other than an application for an injunction under section 6, will be
            resolved by final and binding arbitration before a single arbitrator in St. John's under the Arbitration
            Act of Newfoundland and Labrador.""")),
        ("para", P("""
            7.2 This Agreement is governed by the laws of the Province of Newfoundland and Labrador and the federal
            laws of Canada that apply there.""")),
        ("heading", "8. General"),
        ("para", P("""
            8.1 This Agreement, the Long-Term Incentive Plan and the Corporation's written policies are the entire
            agreement between the parties. The Executive acknowledges that he has had the opportunity to obtain
            independent legal advice before signing it.""")),
        ("lines", ["SIGNAL HILL OFFSHORE SERVICES LTD.", "", "Per: ______________________________",
                   "Bernadette Kielley, President and Chief Executive Officer", "", "",
                   "______________________________", "Declan Patrick Furey", "Date: ______________"]),
    ],
)


# 9. Australia (ACT), executive contract with a schedule: DOCX with a table, about 3 pages.
#     Traps: position, dates, place, remuneration and notice only in Schedule items behind defined
#     terms; Total Fixed Remuneration inclusive of super (no base figure without super); STI "up to
#     30% of TFR"; fortnightly pay; 38 hours "plus reasonable additional hours"; cascading restraint
#     12/9/6/3 months; 6 vs 3 months' notice; a cover-letter deadline.
letter(
    "au-act-canberra-chief-digital-officer-contract-schedule", "docx", datetime(2025, 7, 4, 9, 30),
    "Executive Employment Contract - G. Tran-Whitlam", "Molonglo Civic Systems Pty Ltd",
    blocks=[
        ("head", "Molonglo Civic Systems Pty Ltd  ACN 613 442 905", "Level 3, 21 National Circuit, Barton ACT 2600"),
        ("lines", ["4 July 2025", "", "Ms Genevieve Tran-Whitlam", "9 Throsby Crescent", "Griffith ACT 2603"]),
        ("para", "Dear Genevieve,"),
        ("para", P("""
            I am delighted to enclose your Executive Employment Contract. If you agree with its terms, please sign
            and return a copy to me by 18 July 2025. The key particulars are in the Schedule at the end.""")),
        ("lines", ["Yours sincerely,", "Callum Ashworth-Nguyen", "Managing Director"]),
        ("title", "EXECUTIVE EMPLOYMENT CONTRACT"),
        ("para", P("""
            Parties: Molonglo Civic Systems Pty Ltd ACN 613 442 905 (Employer) and the person named in Item 1 of the
            Schedule (Executive).""")),
        ("heading", "1. Definitions"),
        ("para", P("""
            In this contract, Commencement Date means the date in Item 3; Position means the position in Item 2;
            Location means the place in Item 4; TFR means the Total Fixed Remuneration in Item 5; Notice Period
            means the period in Item 7; and Restraint Period means the period in Item 8.""")),
        ("heading", "2. Appointment"),
        ("para", P("""
            2.1 The Employer employs the Executive in the Position on a full-time basis from the Commencement Date
            until this contract is ended under clause 9. The first six months of employment are a probationary
            period, during which either party may end the employment on two weeks' notice.""")),
        ("para", P("""
            2.2 The Executive will work at the Location. With the Managing Director's agreement, the Executive may
            work from home for up to two days in each week.""")),
        ("heading", "3. Hours"),
        ("para", P("""
            The Executive's ordinary hours are 38 hours per week plus reasonable additional hours needed to perform
            the role. The TFR compensates the Executive for all hours worked, and no overtime or penalty rates are
            payable.""")),
        ("heading", "4. Remuneration"),
        ("para", P("""
            4.1 The Employer will pay the TFR, less any superannuation contributions and salary-sacrificed amounts,
            in equal fortnightly instalments in arrears. The TFR includes the superannuation guarantee contributions
            the Employer must make on the Executive's behalf, currently 12% of ordinary time earnings.""")),
        ("para", P("""
            4.2 The TFR will be reviewed each July. The Executive may participate in the Short-Term Incentive Plan
            described in Item 6, at the Employer's discretion.""")),
        ("heading", "5. Leave"),
        ("para", P("""
            The Executive is entitled to 20 days of paid annual leave and 10 days of paid personal/carer's leave for
            each year of service, accruing progressively, and to long service leave under the Long Service Leave
            (Private Sector Employees) Act 2009 (ACT). Paid parental leave of 14 weeks is available after 12 months
            of service under the Employer's policy.""")),
        ("heading", "6. Confidential information and intellectual property"),
        ("para", P("""
            6.1 The Executive must not use or disclose the Employer's confidential information except in performing
            the role, during or after employment.""")),
        ("para", P("""
            6.2 All intellectual property created by the Executive in the course of employment vests in the Employer
            on creation, and the Executive assigns it to the Employer to the extent it does not.""")),
        ("heading", "7. Restraint"),
        ("para", P("""
            7.1 During the Restraint Period after employment ends, the Executive must not, within the Australian
            Capital Territory and New South Wales, (a) carry on or be engaged in a business that competes with the
            Employer's digital services business, (b) solicit or deal with any client of the Employer with whom the
            Executive dealt in the last 12 months of employment, or (c) solicit any employee of the Employer to
            leave.""")),
        ("para", P("""
            7.2 Each of the Restraint Periods in Item 8 is a separate restraint. If the longest is unenforceable,
            the next shorter one applies, and so on.""")),
        ("heading", "8. Conditions"),
        ("para", P("""
            This contract is conditional on the Executive providing a satisfactory national police check and
            evidence of the right to work in Australia before the Commencement Date.""")),
        ("heading", "9. Termination"),
        ("para", P("""
            9.1 After the probationary period, the Employer may end the employment by giving the Notice Period for
            the Employer, and the Executive may end it by giving the Notice Period for the Executive, in each case in
            writing. The Employer may pay the TFR in lieu of all or part of the notice.""")),
        ("para", P("""
            9.2 The Employer may end the employment without notice for serious misconduct.""")),
        ("heading", "10. Governing law"),
        ("para", P("""
            This contract is governed by the law in force in the Australian Capital Territory.""")),
        ("title", "SCHEDULE"),
        ("table", [["Item", "Particulars"],
                   ["1. Executive", "Genevieve Tran-Whitlam"],
                   ["2. Position", "Chief Digital Officer"],
                   ["3. Commencement Date", "4 August 2025"],
                   ["4. Location", "Barton office, Canberra, ACT"],
                   ["5. Total Fixed Remuneration", "$310,000 per annum, inclusive of superannuation"],
                   ["6. Short-Term Incentive", "Up to 30% of TFR, subject to the achievement of KPIs set by the Board"],
                   ["7. Notice Period", "Employer: 6 months. Executive: 3 months"],
                   ["8. Restraint Period", "12 months, or if unenforceable 9 months, or if unenforceable 6 months, or if unenforceable 3 months"]], True),
        ("lines", ["Signed for Molonglo Civic Systems Pty Ltd by its Managing Director: ____________________", "",
                   "Signed by the Executive: ____________________   Date: __________"]),
    ],
)


# 10. Singapore, employment contract: PDF, 2-3 pages.
#     Traps: basic monthly salary with a fixed transport allowance under it; AWS of one month;
#     hours from times less lunch; not covered for overtime; annual leave rising with years of
#     service (the first year's figure); outpatient vs hospitalisation leave; CPF with no percent;
#     probation and notice by stage; deadline within 7 days of the letter date.
letter(
    "sg-jurong-procurement-executive-employment-contract", "pdf", datetime(2025, 5, 12, 10, 0),
    "Employment Contract - Charmaine Lim", "Pandan Reach Marine Supplies Pte. Ltd.",
    font="DejaVuSans", size=10, paper="A4", footer="Pandan Reach Marine Supplies Pte. Ltd. (UEN 201418827K)",
    blocks=[
        ("head", "PANDAN REACH MARINE SUPPLIES PTE. LTD.", "18 Penjuru Road, #04-02, Singapore 609132  ·  UEN 201418827K"),
        ("lines", ["12 May 2025", "", "Ms Charmaine Lim Wei Ling", "Blk 231 Jurong East Street 21, #09-114", "Singapore 600231"]),
        ("title", "CONTRACT OF EMPLOYMENT"),
        ("para", P("""
            We are pleased to offer you employment with Pandan Reach Marine Supplies Pte. Ltd. (the "Company") on
            the following terms.""")),
        ("kv", [("Position", "Procurement Executive"),
                ("Reporting to", "Procurement Manager"),
                ("Commencement", "2 June 2025"),
                ("Place of work", "The Company's office and warehouse at Penjuru Road, Jurong, Singapore")]),
        ("heading", "1. Salary and allowances"),
        ("para", P("""
            1.1 Your basic salary will be S$4,600 per month. You will also receive a fixed transport allowance of
            S$200 per month. Salary is paid monthly, by the 7th day of the following month, by GIRO to your bank
            account.""")),
        ("para", P("""
            1.2 You will be eligible for an Annual Wage Supplement (AWS) of one month's basic salary, payable in
            December and pro-rated in your first year, provided you are still employed and not serving notice on
            the payment date. A variable bonus may be paid at the Company's discretion based on the Company's and
            your performance.""")),
        ("para", P("""
            1.3 The Company and you will make contributions to the Central Provident Fund in accordance with the
            Central Provident Fund Act 1953.""")),
        ("heading", "2. Hours of work"),
        ("para", P("""
            2.1 Normal working hours are 8.30 a.m. to 6.00 p.m., Monday to Friday, with a one-hour lunch break. As
            your basic monthly salary exceeds S$4,500, you are not covered by Part 4 of the Employment Act and are not
            eligible for overtime payment.""")),
        ("heading", "3. Probation and confirmation"),
        ("para", P("""
            3.1 You will serve a probation period of three months. During probation, either party may terminate
            employment by giving one week's notice or one week's salary in lieu. Upon confirmation, the notice period
            is one month on either side, or one month's salary in lieu of notice.""")),
        ("heading", "4. Leave"),
        ("para", P("""
            4.1 You are entitled to 14 days of annual leave in your first year of service, increasing by one day for
            each completed year of service up to a maximum of 18 days.""")),
        ("table", [["Year of service", "Annual leave (working days)"],
                   ["1st year", "14"],
                   ["2nd year", "15"],
                   ["3rd year", "16"],
                   ["4th year", "17"],
                   ["5th year and after", "18"]], True),
        ("para", P("""
            4.2 After three months of service, you are entitled to 14 days of paid outpatient sick leave and up to
            60 days of hospitalisation leave a year, inclusive of the outpatient sick leave, on production of a
            medical certificate.""")),
        ("heading", "5. Medical and insurance benefits"),
        ("para", P("""
            5.1 You will be covered by the Company's group hospitalisation and surgical insurance and group term life
            insurance, and may consult the Company's panel clinics for outpatient treatment. Dental treatment is
            reimbursed up to S$300 a year.""")),
        ("heading", "6. Confidentiality and non-solicitation"),
        ("para", P("""
            6.1 You shall not disclose any confidential information of the Company, including supplier prices and
            customer lists, during or after your employment.""")),
        ("para", P("""
            6.2 For six months after your employment ends, you shall not solicit any customer or supplier of the
            Company with whom you dealt in your last year of service, or entice any employee to leave the Company.""")),
        ("heading", "7. Conditions of offer"),
        ("para", P("""
            7.1 This offer is conditional on your passing a pre-employment medical examination at a clinic we
            designate and on verification of your diploma and degree certificates.""")),
        ("heading", "8. Governing law"),
        ("para", "8.1 This contract is governed by the laws of Singapore."),
        ("para", P("""
            Please sign and return the duplicate copy of this contract within 7 days of the date of this letter to
            confirm your acceptance.""")),
        ("lines", ["Yours sincerely,", "", "Goh Siew Peng", "Human Resource Manager",
                   "Pandan Reach Marine Supplies Pte. Ltd.", "",
                   "I, Charmaine Lim Wei Ling, accept the terms above.", "Signature: __________________   Date: __________"]),
    ],
)


# 11. Ireland (Donegal), fixed-term contract of employment: TXT, 2 pages.
#     Traps: a twelve-month term from the commencement date (end date derived, the day before the
#     anniversary) with an earlier-completion clause; the Unfair Dismissals Acts exclusion; salary on
#     a scale point beside the scale; fortnightly pay; 39 hours; overtime at time and a quarter;
#     leave pro rata for the term; company sick pay including statutory sick pay; onsite only.
letter(
    "ie-dl-letterkenny-laboratory-analyst-fixed-term-contract", "txt", datetime(2025, 9, 15, 10, 0),
    "Fixed-term contract - N. Gallagher-Doherty", "Errigal Diagnostics Limited",
    blocks=[
        ("head", "ERRIGAL DIAGNOSTICS LIMITED", "Unit 12, Letterkenny Business Park, Port Road, Letterkenny, Co. Donegal F92 X2T6"),
        ("title", "Contract of Employment (Fixed Term)"),
        ("para", "Date: 15 September 2025"),
        ("para", P("""
            This contract is between Errigal Diagnostics Limited (the "Company") and Niamh Gallagher-Doherty of
            4 Ballyraine Park, Letterkenny, Co. Donegal (the "Employee"). It sets out the Employee's terms of
            employment as required by the Terms of Employment (Information) Acts 1994 to 2014.""")),
        ("para", P("""
            1. Position. The Employee is employed as a Laboratory Analyst in the Quality Control laboratory,
            reporting to the QC Laboratory Supervisor.""")),
        ("para", P("""
            2. Term and purpose. Employment will begin on Monday, 6 October 2025 (the "Commencement Date") and is for
            a fixed term of twelve months from the Commencement Date. The position is created for the validation of
            the new immunoassay production line. If the validation is completed earlier, the Company may end the
            contract on giving the notice in clause 11. The Unfair Dismissals Acts 1977 to 2015 shall not apply to a
            dismissal consisting only of the expiry of this term.""")),
        ("para", P("""
            3. Place of work. The Employee's place of work is the Company's laboratory at Letterkenny Business Park,
            Letterkenny, Co. Donegal. Because the work is laboratory-based, remote working is not available.""")),
        ("para", P("""
            4. Hours. Normal working hours are 39 hours per week, Monday to Friday, between 8.00 a.m. and 4.30 p.m.
            on Monday to Thursday and 8.00 a.m. to 3.30 p.m. on Friday, with an unpaid lunch break of 30 minutes each
            day. Overtime worked with the Supervisor's prior approval is paid at time and a quarter.""")),
        ("para", P("""
            5. Salary. The Employee will be paid €41,200 per annum (point 3 of the Analyst scale, €37,900 to €46,500),
            paid fortnightly in arrears by credit transfer every second Thursday.""")),
        ("para", P("""
            6. Probation. The first four months are a probationary period, during which either party may end the
            contract by one week's notice.""")),
        ("para", P("""
            7. Annual leave. The Employee is entitled to 22 working days' annual leave per leave year, pro rata to
            the length of the term, in addition to public holidays under the Organisation of Working Time Act 1997.""")),
        ("para", P("""
            8. Sick pay. The Company will pay full basic pay for up to 10 days of certified sick leave in any rolling
            12 months. This includes, and is not in addition to, the Employee's entitlement to statutory sick pay.""")),
        ("para", P("""
            9. Pension. The Employee may join the Company's PRSA scheme through payroll deduction. The Company does
            not make employer contributions to it for fixed-term staff.""")),
        ("para", P("""
            10. Confidentiality and results. The Employee shall keep confidential all test results, batch records
            and customer information. All data, methods and results arising from the Employee's work are the
            property of the Company.""")),
        ("para", P("""
            11. Notice. After probation, the Employee must give two weeks' written notice to resign, and the Company
            will give two weeks' written notice, or the statutory minimum if greater.""")),
        ("para", P("""
            12. Grievance and disciplinary procedures are in the Employee Handbook. There are no collective agreements
            affecting this employment.""")),
        ("para", P("""
            13. This contract is subject to the receipt of two satisfactory references. Irish law governs this
            contract.""")),
        ("lines", ["Signed for the Company: ____________________  Declan Boyce, Operations Director",
                   "Signed by the Employee: ____________________  Date: __________"]),
    ],
)


# 12. Philippines, regular employment contract after probation: DOCX with a pay table, 2-3 pages.
#     Traps: an employee already employed (regularization: start date null, probation completed);
#     basic monthly salary with rice, transportation and meal allowances and a monthly total in a
#     table; "every 15th and 30th"; a six-day week from times less a meal hour; overtime premium;
#     13th month pay; vacation and sick leave counts (SIL inside); 30 days' resignation notice.
letter(
    "ph-baguio-production-supervisor-regular-employment", "docx", datetime(2025, 2, 24, 9, 0),
    "Contract of Regular Employment - M. A. Bautista", "Cordillera Highland Foods Corporation",
    blocks=[
        ("head", "CORDILLERA HIGHLAND FOODS CORPORATION", "Km. 4, Asin Road, Baguio City 2600, Philippines  |  hr@cordillerahighland.example"),
        ("title", "CONTRACT OF REGULAR EMPLOYMENT"),
        ("para", P("""
            This Contract is entered into on February 24, 2025 in Baguio City by CORDILLERA HIGHLAND FOODS
            CORPORATION, a corporation organized under Philippine law (the "Company"), represented by its HR and
            Admin Manager, and MARK ANTHONY D. BAUTISTA, of legal age, residing at 22 Bokawkan Road, Baguio City (the
            "Employee").""")),
        ("para", P("""
            WHEREAS, the Employee was engaged on probationary status as Production Supervisor on September 2, 2024
            and has satisfactorily completed the probationary period of six (6) months based on the standards made
            known to him at the time of engagement;""")),
        ("para", P("""
            NOW, THEREFORE, the Company confirms the Employee's appointment as a REGULAR EMPLOYEE effective March 1,
            2025, under the following terms and conditions:""")),
        ("para", P("""
            1. Position and place of work. The Employee shall continue to serve as Production Supervisor of the
            Bakery and Preserves Line at the Company's plant on Asin Road, Baguio City.""")),
        ("para", P("""
            2. Compensation. The Employee shall receive the following monthly compensation, payable every 15th and
            30th of the month:""")),
        ("table", [["Item", "Amount per month (PHP)"],
                   ["Basic salary", "32,500.00"],
                   ["Rice subsidy", "2,000.00"],
                   ["Transportation allowance", "1,500.00"],
                   ["Meal allowance", "1,300.00"],
                   ["Total monthly pay", "37,300.00"]], True),
        ("para", P("""
            The Employee shall also receive 13th month pay equivalent to one-twelfth of the basic salary earned in
            the calendar year, paid not later than December 24.""")),
        ("para", P("""
            3. Working hours. The Employee shall work from Monday to Saturday, 7:00 AM to 4:00 PM, with a one-hour
            unpaid meal break. Work beyond eight hours a day, when authorized in advance, shall be paid with the
            overtime premium under the Labor Code.""")),
        ("para", P("""
            4. Leave. The Employee is entitled to fifteen (15) days of vacation leave and fifteen (15) days of sick
            leave each year, which include the five-day service incentive leave under the Labor Code. Unused sick
            leave of up to ten days may be converted to cash at the end of the year.""")),
        ("para", P("""
            5. Benefits. The Employee and two qualified dependents shall be enrolled in the Company's HMO plan, which
            covers consultations, hospitalization and annual dental cleaning. The Employee shall be covered by the
            Company's retirement plan, in addition to SSS, PhilHealth and Pag-IBIG contributions as required by law.""")),
        ("para", P("""
            6. Confidentiality. The Employee shall keep in strict confidence the Company's recipes, formulations,
            supplier terms and production data, during and after employment.""")),
        ("para", P("""
            7. Resignation and termination. The Employee may resign by serving written notice on the Company at least
            thirty (30) days in advance. The Company may terminate employment only for a just or authorized cause
            under the Labor Code, observing due process.""")),
        ("para", P("""
            8. Governing law. This Contract shall be governed by the laws of the Republic of the Philippines.""")),
        ("lines", ["IN WITNESS WHEREOF, the parties sign this Contract on the date and place first written above.", "",
                   "CORDILLERA HIGHLAND FOODS CORPORATION", "By: Ma. Consuelo P. Dulay, HR and Admin Manager", "",
                   "CONFORME:", "Mark Anthony D. Bautista, Employee", "",
                   "Signed in the presence of: ____________________   ____________________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
