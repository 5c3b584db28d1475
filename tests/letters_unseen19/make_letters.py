#!/usr/bin/env python3
"""Build the nineteenth held-out set under tests/letters_unseen19/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning, written blind: without reading rules/, src/,
the dev corpus or any letter or gold of tests/letters_unseen5 and later (only the README files of
tests/letters_unseen to tests/letters_unseen4, tests/letters_unseen4/make_letters.py and one of its
gold files, for the format, and the folder names of the other sets, to choose places none used), and
without running offercheck on them. Do not tune rules on them; once they have been used for tuning,
write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated files are
committed, and the tests read only those files and the hand-written gold.yaml beside each one.

    python tests/letters_unseen19/make_letters.py             # rewrite every letter
    python tests/letters_unseen19/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen19/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``), not against offercheck's
reading of the documents. Every company, person, address and figure below is invented. The renderers
are in tests/blind_letters.py, shared with the other blind sets. Output is byte-for-byte reproducible.
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

# 1. US (Maryland), officer offer letter filed as an SEC exhibit, 2003: PDF, 2 pages, Letter paper,
#    core Helvetica. Traps: base salary beside the target bonus as a percent and a maximum; options
#    vesting in four annual installments; a signing bonus repayable on resignation within a year;
#    severance of six months' salary (not notice); vacation in weeks; a non-compete and non-solicit
#    inside a separate agreement; the 401(k) with a match; deadline as a date.
letter(
    "us-md-columbia-vp-finance-officer-2003", "pdf", datetime(2003, 3, 10, 9, 0),
    "Exhibit 10.14 - Offer Letter - Theodore R. Vasquez-Whitley", "Patuxent BioAnalytics, Inc.",
    font="Helvetica", size=10, paper="Letter", footer="Exhibit 10.14",
    blocks=[
        ("head", "PATUXENT BIOANALYTICS, INC.", "9160 Guilford Road, Columbia, Maryland 21046  -  (410) 555-0187"),
        ("title", "Exhibit 10.14"),
        ("lines", ["March 10, 2003", "", "PERSONAL AND CONFIDENTIAL", "", "Mr. Theodore R. Vasquez-Whitley",
                   "47 Tamar Drive", "Ellicott City, Maryland 21043"]),
        ("para", "Dear Ted:"),
        ("para", P("""
            On behalf of the Board of Directors of Patuxent BioAnalytics, Inc. (the "Company"), I am pleased to
            confirm our offer to you of the position of Vice President, Finance and Chief Accounting Officer.
            You will report to me, and your office will be at the Company's headquarters in Columbia,
            Maryland. The terms we discussed are set out below.""")),
        ("para", P("""
            1. Start Date. We expect you to begin work on Monday, April 7, 2003, or on another date that you
            and I agree in writing.""")),
        ("para", P("""
            2. Base Salary. Your base salary will be paid at the annual rate of $212,000, in equal installments
            on the Company's regular semi-monthly paydays and subject to the usual withholdings. The
            Compensation Committee reviews officer salaries each February; your first review will take place
            in February 2004.""")),
        ("para", P("""
            3. Annual Incentive. You will take part in the Company's Officer Incentive Plan. Your target award
            is 35% of the base salary you earn in the fiscal year, and the Committee may award up to 70% where
            corporate and individual goals are exceeded. For fiscal 2003 your award will be prorated from your
            start date. Awards are paid by March 15 of the following year, and only to officers still
            employed on the payment date.""")),
        ("para", P("""
            4. Stock Options. Management will recommend that the Committee grant you, at its first meeting
            after your start date, a non-qualified option to buy 80,000 shares of the Company's common stock
            at the closing price on the Nasdaq National Market on the grant date. The option will become
            exercisable as to one quarter of the shares on each of the first four anniversaries of the grant
            date, so long as you remain employed, and will otherwise be governed by the Company's 2001 Stock
            Incentive Plan and the award agreement.""")),
        ("para", P("""
            5. Signing Bonus. The Company will pay you a one-time signing bonus of $30,000 within thirty days
            after you begin work. Should you resign, or be terminated for cause, before the first
            anniversary of your start date, you agree to pay the full bonus back to the Company within
            thirty days after your last day.""")),
        ("para", P("""
            6. Benefits and Vacation. You will be eligible for the benefit programs the Company offers its
            officers, which today include medical and dental coverage, group term life insurance equal to two
            times base salary, long-term disability insurance, and the Patuxent 401(k) Savings Plan, under which
            the Company matches one-half of your contributions up to 6% of pay. You will receive four weeks of
            paid vacation each calendar year, prorated for 2003, in addition to the Company's nine paid
            holidays.""")),
        ("para", P("""
            7. Severance. If the Company ends your employment without cause during your first two years, it
            will continue your base salary for six months after your termination date, provided you sign a
            general release of claims in a form the Company supplies.""")),
        ("para", P("""
            8. Company Agreements. As a condition of your employment you must sign the Company's Employee
            Confidentiality, Inventions and Non-Competition Agreement. Among other things, it obliges you to
            hold the Company's proprietary information in confidence, assigns to the Company inventions you
            make in the course of your work, and for a period of twelve months after your employment ends
            bars you from working for a competitor and from soliciting the Company's employees or
            customers.""")),
        ("para", P("""
            9. At-Will Employment. Your employment with the Company will be at will. Either you or the Company
            may end it at any time, for any reason, with or without notice. This letter does not promise
            employment for any particular length of time.""")),
        ("para", P("""
            10. Other Terms. This offer depends on the satisfactory completion of a background and credit
            check. This letter will be interpreted under the laws of the State of Maryland. It, together
            with the agreement described in section 8, is the full understanding between you and the Company
            about your employment and replaces any earlier discussions.""")),
        ("para", P("""
            If these terms are acceptable, please sign and return the enclosed copy of this letter to me no
            later than Friday, March 21, 2003, after which the offer will lapse.""")),
        ("lines", ["Very truly yours,", "", "/s/ Gwendolyn A. Pruett", "Gwendolyn A. Pruett",
                   "President and Chief Executive Officer", "", "Agreed and accepted:", "",
                   "/s/ Theodore R. Vasquez-Whitley          Date: March 14, 2003",
                   "Theodore R. Vasquez-Whitley"]),
    ],
)


# 2. US (Texas), executive employment agreement filed as an SEC exhibit, 2017: PDF, the long one
#    (8-10 pages), Letter paper. Traps: defined terms; an initial term that renews itself year by year
#    (fixed_term false); base salary with a later review; target bonus as a percent with a maximum;
#    an RSU award vesting in three annual installments beside performance units; a signing bonus and a
#    relocation allowance repayable on an early resignation; the Executive's 60 days' notice and the
#    Company's 30 days' notice of a termination without Cause; severance as a multiple (not notice);
#    covenants in a later section with an 18-month non-compete and a 24-month non-solicit; arbitration
#    in Dallas; Texas law.
_EA = "Executive Employment Agreement - Cedar Elm Logistics Holdings, Inc."
letter(
    "us-tx-plano-chief-operating-officer-agreement-2017", "pdf", datetime(2017, 6, 19, 16, 0),
    _EA, "Cedar Elm Logistics Holdings, Inc.",
    font="DejaVuSerif", size=10.5, paper="Letter", footer="Exhibit 10.2 - Executive Employment Agreement (Okonkwo-Lind)",
    blocks=[
        ("head", "Cedar Elm Logistics Holdings, Inc.", "Exhibit 10.2 to Current Report on Form 8-K"),
        ("title", "EXECUTIVE EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This Executive Employment Agreement (this "Agreement") is entered into on June 19, 2017, by and
            between Cedar Elm Logistics Holdings, Inc., a Delaware corporation (the "Company"), and Marguerite
            D. Okonkwo-Lind (the "Executive"). The Company and the Executive are each a "Party" and together the
            "Parties".""")),
        ("heading", "RECITALS"),
        ("para", P("""
            A. The Company, through its subsidiaries, operates temperature-controlled distribution centers and
            a regional truckload network across the southern United States.""")),
        ("para", P("""
            B. The Company wishes to employ the Executive as its Executive Vice President and Chief Operating
            Officer, and the Executive wishes to accept that employment, in each case on the terms of this
            Agreement.""")),
        ("para", P("""
            NOW, THEREFORE, in consideration of the promises in this Agreement and other good and valuable
            consideration, the receipt and sufficiency of which the Parties acknowledge, the Parties agree as
            follows.""")),
        ("heading", "1. DEFINITIONS"),
        ("para", P("""
            Capitalized words used in this Agreement have the meanings given below or where they first
            appear.""")),
        ("para", P("""
            1.1 "Board" means the Board of Directors of the Company, and "Committee" means the Compensation
            Committee of the Board.""")),
        ("para", P("""
            1.2 "Cause" means the Executive's (a) conviction of, or plea of no contest to, a felony or any crime
            involving fraud or dishonesty; (b) willful and continued failure to perform her material duties
            after written notice from the Chief Executive Officer describing the failure and a period of
            thirty (30) days to cure it; (c) willful misconduct that causes material harm to the Company's
            business or reputation; (d) material breach of Section 8; or (e) material violation of a written
            Company policy on harassment, discrimination or insider trading.""")),
        ("para", P("""
            1.3 "Effective Date" means July 3, 2017, or such other date as the Parties may agree in writing as
            the Executive's first day of employment.""")),
        ("para", P("""
            1.4 "Good Reason" means, without the Executive's written consent, (a) a material reduction in Base
            Salary or Target Bonus other than an across-the-board reduction of not more than ten percent
            applied to all senior executives; (b) a material diminution of her title, authority or duties;
            (c) a requirement that she report to anyone other than the Chief Executive Officer; or (d) the
            relocation of her principal place of work by more than fifty (50) miles. A resignation is for
            Good Reason only if the Executive gives written notice within sixty (60) days after the condition
            first arises, the Company fails to cure it within thirty (30) days after that notice, and she
            resigns within thirty (30) days after the cure period ends.""")),
        ("para", P("""
            1.5 "Change in Control" has the meaning given in the Company's 2014 Omnibus Incentive Plan (the
            "Plan").""")),
        ("para", P("""
            1.6 "Restricted Business" means the warehousing, cross-docking or truckload transport of
            refrigerated or frozen food products, and "Restricted Territory" means each state of the United
            States in which the Company operates a distribution center on the date the Executive's employment
            ends.""")),
        ("heading", "2. EMPLOYMENT AND DUTIES"),
        ("para", P("""
            2.1 Position. Beginning on the Effective Date, the Company will employ the Executive as Executive
            Vice President and Chief Operating Officer. She will report to the Chief Executive Officer and
            will have the duties and authority customary for that office in a public company of the
            Company's size, together with those the Chief Executive Officer assigns from time to time.""")),
        ("para", P("""
            2.2 Full Business Time. During the Term the Executive will devote her full business time, attention
            and skill to the Company. With the Board's prior consent, which it will not unreasonably withhold,
            she may serve on one outside for-profit board, and she may manage her personal investments and take
            part in civic and charitable activities, so long as none of these interferes with her duties.""")),
        ("para", P("""
            2.3 Place of Performance. The Executive's principal place of employment will be the Company's
            headquarters in Plano, Texas, subject to business travel reasonably required by her duties. The
            Executive will relocate her primary residence to the Dallas-Fort Worth area no later than December
            31, 2017.""")),
        ("heading", "3. TERM"),
        ("para", P("""
            3.1 Initial Term. The Executive's employment under this Agreement starts on the Effective Date and
            continues until the third anniversary of the Effective Date (the "Initial Term"), unless ended
            earlier under Section 6.""")),
        ("para", P("""
            3.2 Renewal. At the end of the Initial Term, and at the end of each renewal period, the term will
            extend automatically for a further period of one (1) year unless either Party gives the other
            written notice of non-renewal at least ninety (90) days before the scheduled expiration. The
            Initial Term together with any renewal periods is the "Term". A notice of non-renewal by the
            Company is not, by itself, a termination without Cause.""")),
        ("heading", "4. COMPENSATION"),
        ("para", P("""
            4.1 Base Salary. The Company will pay the Executive a base salary at the annual rate of Four Hundred
            Sixty-Five Thousand Dollars ($465,000) ("Base Salary"), payable in accordance with the Company's
            normal payroll practices for senior executives. The Committee will review Base Salary at least once
            a year, starting in the first quarter of 2018, and may increase but not decrease it, other than as
            permitted by Section 1.4(a).""")),
        ("para", P("""
            4.2 Annual Bonus. For each fiscal year ending during the Term, the Executive will be eligible for an
            annual cash bonus under the Company's Management Incentive Program. Her target bonus will be
            seventy-five percent (75%) of Base Salary (the "Target Bonus"), and the maximum bonus will be one
            hundred fifty percent (150%) of Base Salary, in each case based on the achievement of performance
            goals that the Committee sets after consulting with her. The bonus for fiscal 2017 will be prorated
            for the part of the year she is employed. Any bonus will be paid when bonuses are paid to other
            senior executives, and in all events by March 15 of the following year.""")),
        ("para", P("""
            4.3 Inducement Award of Restricted Stock Units. On the Effective Date the Company will grant the
            Executive 120,000 restricted stock units under the Plan (the "Inducement RSUs"). The Inducement RSUs
            will vest in three equal installments on each of the first three anniversaries of the Effective
            Date, subject to her continued employment through each vesting date, and will be settled in shares
            of the Company's common stock. The award agreement will govern in all other respects.""")),
        ("para", P("""
            4.4 Performance Units. Beginning with the 2018 grant cycle, the Executive will be eligible for
            annual long-term incentive awards, which are expected to be made half in performance stock units
            earned over a three-year period and half in time-vesting restricted stock units, with a target
            grant-date value of not less than $900,000. The Committee determines the size, form and terms of
            each award.""")),
        ("para", P("""
            4.5 Signing Bonus. The Company will pay the Executive a cash signing bonus of $150,000 within
            thirty (30) days after the Effective Date. If, before the first anniversary of the Effective Date,
            the Executive resigns without Good Reason or the Company terminates her employment for Cause, she
            will repay the signing bonus in full, less any taxes she cannot recover, within thirty (30) days
            after her employment ends.""")),
        ("para", P("""
            4.6 Relocation. The Company will reimburse the Executive's reasonable costs of moving her household
            from Atlanta, Georgia to the Dallas-Fort Worth area, including temporary housing for up to six
            months, up to a total of $85,000, together with a tax gross-up on any reimbursement that is
            taxable income to her. The repayment terms of Section 4.5 apply to these amounts as well.""")),
        ("para", P("""
            4.7 Recoupment. Incentive compensation paid to the Executive is subject to any clawback policy the
            Board adopts to comply with applicable law or listing standards, as in effect from time to time.""")),
        ("heading", "5. BENEFITS AND EXPENSES"),
        ("para", P("""
            5.1 Benefit Plans. The Executive may participate in the employee benefit plans the Company maintains
            for its senior executives, on the terms of those plans, including its medical, dental and vision
            plans, group life and long-term disability insurance, the Cedar Elm 401(k) Retirement Savings
            Plan and the Executive Deferred Compensation Plan. The Company may amend or end any plan in
            accordance with its terms.""")),
        ("para", P("""
            5.2 Paid Time Off. The Executive will be entitled to twenty (20) days of paid vacation in each
            calendar year, prorated for 2017, to be taken at times that do not unreasonably interfere with the
            Company's operations, in addition to Company holidays.""")),
        ("para", P("""
            5.3 Expenses. The Company will reimburse reasonable travel and business expenses that the Executive
            incurs in carrying out her duties, subject to its expense policy for senior executives, and will pay
            the reasonable legal fees she incurs in reviewing this Agreement, up to $15,000.""")),
        ("heading", "6. TERMINATION OF EMPLOYMENT"),
        ("para", P("""
            6.1 Death or Disability. Employment ends automatically on the Executive's death. The Company may end
            it on written notice if the Executive is unable, because of illness or injury, to perform her
            essential duties with or without reasonable accommodation for one hundred twenty (120) consecutive
            days or one hundred eighty (180) days in any twelve-month period.""")),
        ("para", P("""
            6.2 By the Company for Cause. The Company may terminate the Executive's employment for Cause at any
            time by written notice that states the grounds, after any cure period that Section 1.2
            requires.""")),
        ("para", P("""
            6.3 By the Company without Cause. The Company may terminate the Executive's employment without Cause
            by giving her not less than thirty (30) days' prior written notice. The Company may, in its
            discretion, relieve her of her duties during all or part of that notice period while continuing her
            pay and benefits.""")),
        ("para", P("""
            6.4 By the Executive. The Executive may resign for Good Reason under the procedure in Section 1.4,
            and may resign without Good Reason by giving the Company not less than sixty (60) days' prior
            written notice. The Company may waive all or part of that notice period, in which case the
            resignation will take effect on the date the Company specifies.""")),
        ("para", P("""
            6.5 Accrued Obligations. On any termination, the Company will pay the Executive her earned but
            unpaid Base Salary, accrued and unused vacation, any annual bonus earned for a completed fiscal year
            but not yet paid, and unreimbursed business expenses, and she will keep her vested rights under the
            Company's benefit plans (together, the "Accrued Obligations").""")),
        ("para", P("""
            6.6 Severance. If the Company terminates the Executive's employment without Cause, or she resigns
            for Good Reason, outside the period described in Section 6.7, then, in addition to the Accrued
            Obligations and subject to Section 6.8, the Company will (a) pay her an amount equal to one and
            one-half (1.5) times the sum of her Base Salary and Target Bonus, in equal installments over the
            eighteen (18) months following the termination date on the Company's regular paydays; (b) pay her a
            prorated bonus for the year of termination, based on actual performance; and (c) if she elects
            COBRA continuation coverage, pay the employer portion of the premiums for up to eighteen (18)
            months.""")),
        ("para", P("""
            6.7 Change in Control. If the termination described in Section 6.6 occurs within the three months
            before, or the twenty-four (24) months after, a Change in Control, the multiple in Section 6.6(a)
            will be two (2.0), the amount will be paid in a lump sum, and all unvested time-based equity awards
            will vest in full on the date the release becomes effective.""")),
        ("para", P("""
            6.8 Release. The payments and benefits in Sections 6.6 and 6.7 are conditioned on the Executive
            signing, and not revoking, a general release of claims substantially in the form of Exhibit A within
            sixty (60) days after the termination date, and on her continued compliance with Section 8.""")),
        ("para", P("""
            6.9 No Mitigation; Resignation from Offices. The Executive is not required to seek other employment
            to mitigate any payment under this Section 6. On any termination she will resign from every office
            and directorship she then holds with the Company and its subsidiaries.""")),
        ("heading", "7. SECTION 409A"),
        ("para", P("""
            The Parties intend the payments under this Agreement to be exempt from, or to comply with, Section
            409A of the Internal Revenue Code and the regulations under it, and this Agreement will be read
            accordingly. Each installment is a separate payment. If the Executive is a specified employee on
            the date of her separation from service, any payment of deferred compensation that would otherwise
            be made in the six months after that date will be delayed and paid, without interest, on the first
            business day after those six months end.""")),
        ("heading", "8. PROTECTION OF THE COMPANY'S INTERESTS"),
        ("para", P("""
            8.1 Confidential Information. The Executive will not, during the Term or at any time afterward,
            disclose to anyone outside the Company, or use for any purpose other than the Company's business,
            any non-public information about the Company, its customers, carriers, pricing, routes, systems or
            plans that she learns during her employment. This obligation does not apply to information that
            becomes public other than through her breach, and nothing in this Agreement prevents her from
            reporting a possible violation of law to a government agency.""")),
        ("para", P("""
            8.2 Work Product. All inventions, processes, software, reports and other work product that the
            Executive creates, alone or with others, within the scope of her employment are the Company's sole
            property, and she hereby assigns to the Company all of her rights in them. She will sign any
            document the Company reasonably asks for to record or protect those rights.""")),
        ("para", P("""
            8.3 Non-Competition. During her employment and for the eighteen (18) months after it ends for any
            reason (the "Restricted Period"), the Executive will not, directly or through another person, own,
            manage, operate, be employed by or provide services to any business engaged in the Restricted
            Business in the Restricted Territory. Owning two percent or less of a publicly traded company is
            not a breach of this Section.""")),
        ("para", P("""
            8.4 Non-Solicitation. During her employment and for twenty-four (24) months after it ends, the
            Executive will not (a) solicit or induce any employee of the Company at the level of director or
            above to leave the Company, or hire any such person, or (b) solicit any customer of the Company with
            which she had material dealings in her last two years of employment to reduce or move its business
            away from the Company.""")),
        ("para", P("""
            8.5 Reasonableness; Remedies. The Executive agrees that the restrictions in this Section 8 are
            reasonable in time, place and scope, are ancillary to an otherwise enforceable agreement, and are
            supported by the confidential information and equity the Company provides to her. If a court finds
            any restriction too broad, it may reform the restriction to the extent needed to enforce it. The
            Company may seek an injunction to stop a breach, in addition to any other remedy.""")),
        ("para", P("""
            8.6 Return of Property. When her employment ends, the Executive will promptly return all Company
            property, documents and data in her possession, and will keep no copies.""")),
        ("heading", "9. DISPUTE RESOLUTION"),
        ("para", P("""
            9.1 Arbitration. Except for a claim for injunctive relief under Section 8.5, every dispute arising
            out of or relating to this Agreement or the Executive's employment will be settled by final and
            binding arbitration before a single arbitrator administered by the American Arbitration
            Association under its Employment Arbitration Rules then in force. The arbitration will take place in
            Dallas, Texas. The Company will pay the arbitrator's fees and the administrative costs, and each
            Party will otherwise bear its own attorneys' fees unless the arbitrator awards them under an
            applicable statute.""")),
        ("para", P("""
            9.2 Governing Law. Texas law, without regard to its conflict-of-laws principles, governs this
            Agreement and every dispute between the Parties about it.""")),
        ("heading", "10. GENERAL PROVISIONS"),
        ("para", P("""
            10.1 Entire Agreement. This Agreement, the Plan and the award agreements referred to in it contain
            the whole agreement between the Parties about the Executive's employment, and replace the term sheet
            dated May 24, 2017 and every other earlier understanding, written or oral.""")),
        ("para", P("""
            10.2 Amendment and Waiver. This Agreement may be changed only by a written document signed by the
            Executive and by a duly authorized officer of the Company other than the Executive. A waiver of any
            breach is not a waiver of any other breach.""")),
        ("para", P("""
            10.3 Assignment. The Company may assign this Agreement to a successor to all or substantially all
            of its business or assets, and will require any such successor to assume it. The Executive may not
            assign it, but it will benefit her heirs and estate.""")),
        ("para", P("""
            10.4 Notices. Notices under this Agreement must be in writing and delivered by hand, by a national
            overnight courier or by certified mail, to the Company at 5800 Granite Parkway, Suite 900, Plano,
            Texas 75024, Attention: General Counsel, and to the Executive at the most recent home address in
            the Company's records.""")),
        ("para", P("""
            10.5 Withholding; Severability; Counterparts. The Company may withhold from any payment the taxes it
            is required to withhold. If any provision of this Agreement is held invalid, the remaining
            provisions stay in effect. This Agreement may be signed in counterparts, and signatures delivered by
            PDF count as originals.""")),
        ("para", P("""
            10.6 Survival. Sections 6 through 10 survive the end of the Term and of the Executive's employment,
            to the extent needed to give them effect.""")),
        ("pagebreak",),
        ("para", P("""
            IN WITNESS WHEREOF, the Parties have signed this Executive Employment Agreement on the date first
            written above.""")),
        ("lines", ["CEDAR ELM LOGISTICS HOLDINGS, INC.", "", "By: /s/ Harlan J. Bessemer",
                   "Name: Harlan J. Bessemer", "Title: President and Chief Executive Officer", "", "",
                   "EXECUTIVE", "", "/s/ Marguerite D. Okonkwo-Lind", "Marguerite D. Okonkwo-Lind"]),
        ("pagebreak",),
        ("title", "EXHIBIT A"),
        ("title", "FORM OF GENERAL RELEASE"),
        ("para", P("""
            In exchange for the severance payments and benefits described in Section 6 of the Executive
            Employment Agreement between Cedar Elm Logistics Holdings, Inc. (the "Company") and the undersigned
            (the "Agreement"), which the undersigned would not otherwise receive, the undersigned, for herself
            and her heirs and assigns, releases the Company, its subsidiaries and affiliates, and their
            directors, officers, employees and agents, from every claim she has or may have against any of them
            up to the date she signs this Release, whether known or unknown, including claims under Title VII of
            the Civil Rights Act of 1964, the Age Discrimination in Employment Act, the Americans with
            Disabilities Act, the Family and Medical Leave Act, Chapter 21 of the Texas Labor Code, and any
            other federal, state or local law, regulation or ordinance.""")),
        ("para", P("""
            This Release does not cover (a) the undersigned's rights to the payments and benefits described in
            Section 6 of the Agreement; (b) vested benefits under the Company's retirement and welfare plans;
            (c) rights to indemnification and to coverage under directors' and officers' liability insurance;
            or (d) any claim that by law cannot be released by private agreement.""")),
        ("para", P("""
            The undersigned acknowledges that she has been advised in writing to consult an attorney before
            signing this Release; that she has had at least twenty-one (21) days to consider it; that she may
            revoke it within seven (7) days after signing it by written notice to the Company's General
            Counsel; and that it will not become effective until that revocation period has passed.""")),
        ("lines", ["Signed: ______________________________", "Marguerite D. Okonkwo-Lind", "",
                   "Date: _______________"]),
    ],
)


# 3. US (Nevada), hourly warehouse job: DOCX, 2 pages, with a small pay table.
#    Traps: an hourly rate beside a swing-shift differential and a peak-season rate; weekly pay on
#    Fridays; shift times less an unpaid half hour (40 hours); daily and weekly overtime; a sign-on
#    bonus in two parts, the first repayable on leaving within 90 days; a 90-day introductory period;
#    vacation in hours and Nevada paid leave in hours per hours worked; a 401(k) match stated as cents
#    per dollar; drug screen and background check; a reply date.
letter(
    "us-nv-reno-warehouse-associate-swing-shift", "docx", datetime(2025, 8, 4, 11, 0),
    "Offer of Employment - Warehouse Associate II", "Truckee Meadows Fulfillment LLC",
    paper="Letter",
    blocks=[
        ("head", "Truckee Meadows Fulfillment LLC", "2455 Larkin Circle, Sparks, NV 89431  |  Talent Team: (775) 555-0142"),
        ("lines", ["August 4, 2025", "", "Deshawn K. Marroquin", "1180 Sutro Street, Apt. 6", "Reno, NV 89512"]),
        ("para", "Dear Deshawn,"),
        ("para", P("""
            Thanks for coming out to the building last week and walking the floor with Lupe. We are glad to
            offer you a full-time job as a Warehouse Associate II (Inbound Receiving) at our Reno distribution
            center, 9870 North Virginia Street, Reno, Nevada. You will report to the swing shift Operations
            Supervisor, Guadalupe Ferris-Nakamura.""")),
        ("heading", "Your schedule"),
        ("para", P("""
            You will be on the swing shift, Monday through Friday, from 2:30 p.m. to 11:00 p.m., with an unpaid
            30-minute meal break near the middle of the shift and two paid 10-minute rest breaks. From
            mid-November through December we may schedule some Saturdays; we will post that schedule at least
            two weeks ahead.""")),
        ("heading", "Your pay"),
        ("table", [
            ["Pay item", "Rate"],
            ["Base hourly rate (Warehouse Associate II)", "$21.40 per hour"],
            ["Swing shift differential", "+ $1.35 per hour worked on swing shift"],
            ["Peak season rate (Nov 15 - Dec 31 only)", "+ $2.00 per hour"],
            ["Overtime", "1.5 x your regular rate"],
        ], True),
        ("para", P("""
            This is an hourly, non-exempt position. You will be paid time and a half for hours over 40 in a
            workweek, and for hours over 8 in any 24-hour period where Nevada law calls for daily overtime.
            Our workweek runs Sunday through Saturday, and you will be paid every Friday by direct deposit for
            the week before.""")),
        ("para", P("""
            You will also receive a $1,000 sign-on bonus, paid in two parts: $400 on your first paycheck and
            $600 after you complete 90 days. If you quit or are let go for misconduct before your 90th day,
            the $400 already paid will be taken back from your final check or you will need to pay it back to
            us.""")),
        ("heading", "Time off and benefits"),
        ("para", P("""
            Full-time associates earn vacation at 3.08 hours per weekly pay period, which comes to 160 hours
            (20 days) a year, and can use it after the 90-day introductory period. Separately, you will earn paid
            sick leave at 0.01923 hours for every hour you work, which is about 40 hours a year at full time,
            usable for your own or a family member's illness once you have worked 90 days.""")),
        ("para", P("""
            On the first of the month after 60 days, you and your family can enroll in our medical, dental and
            vision plans. You can save in the 401(k) plan from your first paycheck, and we add 50 cents for each
            dollar you put in, on the first 6% of your pay. We also provide basic life insurance of $25,000 at
            no cost to you and safety boot reimbursement of up to $150 a year.""")),
        ("heading", "The first 90 days and other conditions"),
        ("para", P("""
            Your first 90 days are an introductory period in which you will be trained on receiving,
            put-away and powered industrial truck safety. Finishing the period does not change the at-will
            nature of your employment: you and the company can each end it at any time, for any reason. We ask
            for two weeks' notice if you decide to leave.""")),
        ("para", P("""
            This offer depends on a negative result on a pre-employment drug screen (we do not test for
            marijuana, as Nevada law provides), a background check, and your completing Form I-9 with
            documents showing you may work in the U.S. on or before your first day.""")),
        ("para", P("""
            Your first day is Monday, August 18, 2025, at 2:30 p.m.; come to the employee entrance on the north
            side of the building, and bring your steel-toe boots. Please let us know by Monday, August 11, 2025
            whether you accept, by signing below or by replying to the email this letter came with.""")),
        ("lines", ["Welcome to the team,", "", "Marisela Obuya", "HR Generalist, Truckee Meadows Fulfillment LLC", "",
                   "I accept this offer.", "Signature: ________________________   Date: ______________"]),
    ],
)


# 4. US (North Carolina), start-up offer, 2023: DOCX, 2 pages. Remote.
#    Traps: the option grant in one sentence and its vesting and cliff in the sentences after it; a
#    salary with a pay-range note; biweekly pay; flexible time off with no cap (unlimited); a one-time
#    home-office stipend (not a signing bonus); a 401(k) with no match; fully remote work; arbitration
#    in a separate agreement; at-will; deadline as a date.
letter(
    "us-nc-raleigh-backend-engineer-startup-remote", "docx", datetime(2023, 5, 15, 14, 0),
    "Offer letter - Priyamvada Soto-Lindqvist", "Longleaf Circuit, Inc.",
    paper="Letter",
    blocks=[
        ("head", "Longleaf Circuit, Inc.", "301 Hillsborough Street, 14th Floor, Raleigh, NC 27603  ·  longleafcircuit.example"),
        ("lines", ["May 15, 2023", "", "Priyamvada Soto-Lindqvist", "Sent by email"]),
        ("para", "Dear Priya,"),
        ("para", P("""
            Everyone you met on Thursday came away excited, so I'm happy to make it official: Longleaf Circuit,
            Inc. ("Longleaf") would like you to join us as a Senior Backend Engineer on the Grid Telemetry team,
            reporting to Okwudili Brandt, our VP of Engineering. This is a full-time, exempt position.""")),
        ("para", P("""
            Where you'll work. Longleaf is a remote-first company, and this role is fully remote: you can do
            your job from your home anywhere in the continental United States. We get the whole company together
            twice a year for a planning week, and we'll book and pay for your travel to it. To help you set up,
            we'll send you a $1,200 home-office stipend with your first paycheck, plus a laptop and monitor.""")),
        ("para", P("""
            Salary. Your base salary will be $172,000 a year, paid every other Friday. For transparency: the
            band for this level is $155,000 to $190,000, and we place people in it by experience, not by what
            they earned before.""")),
        ("para", P("""
            Equity. We will recommend to our Board that you be granted an option to purchase 36,000 shares of
            Longleaf common stock under our 2021 Stock Plan, at an exercise price equal to the fair market value
            on the date of grant. The option vests over four years of service. None of it vests until you have
            completed twelve months of service, when 25% vests at once. After that, the remaining 75% vests in
            36 equal monthly installments. Longleaf's Series A preferred stock was priced at $4.18 per share in
            March 2023; common stock is valued separately and will be lower.""")),
        ("para", P("""
            Time off. We offer flexible time off: there is no set number of vacation days and no accrual, and we
            expect people to take at least three weeks a year. We also close for ten company holidays and for
            the week between December 25 and January 1.""")),
        ("para", P("""
            Benefits. You'll be eligible from your first day for medical, dental and vision coverage (we pay
            100% of employee premiums and half for dependents), along with 12 weeks of fully paid parental
            leave. You can contribute to our 401(k) plan; Longleaf does not make matching contributions at this
            time. There is no annual bonus program for this role.""")),
        ("para", P("""
            The paperwork. Before you start, you'll need to sign our Confidential Information and Invention
            Assignment Agreement, which keeps our confidential information confidential and assigns to Longleaf
            the inventions and code you create in your work, and our Mutual Arbitration Agreement, under which
            you and Longleaf both agree to resolve employment disputes through binding individual arbitration
            rather than in court. You'll also need to complete Form I-9 verification within three business days
            of starting. We do not ask anyone to sign a non-compete.""")),
        ("para", P("""
            At will. Your employment with Longleaf is at will, meaning you or Longleaf can end it at any time,
            with or without cause or advance notice. North Carolina law governs this letter.""")),
        ("para", P("""
            We're hoping for a start date of Monday, June 5, 2023. If this all looks right, please sign with the
            e-signature link by the end of the day on May 22, 2023; the offer expires after that.""")),
        ("lines", ["Looking forward to it,", "", "Temperance Achterberg", "Co-founder and CEO, Longleaf Circuit, Inc.",
                   "", "Accepted and agreed: ______________________   Date: ____________",
                   "Priyamvada Soto-Lindqvist"]),
    ],
)


# 5. US (West Virginia), offer letter, 1998: scanned (image only), 2 pages.
#    Traps: no text layer; salary with a first-year review; semi-monthly pay on the 15th and last day;
#    bonus "up to 20%"; three weeks' vacation; a defined benefit pension beside a 401(k) match; a
#    relocation allowance with an amount, repayable within a year; physical examination and drug
#    screen; at-will; a date to reply.
letter(
    "us-wv-morgantown-plant-controller-1998-scan", "scan", datetime(1998, 5, 8, 10, 0),
    "Offer letter - Plant Controller", "Monongahela Refractories Company",
    blocks=[
        ("head", "MONONGAHELA REFRACTORIES COMPANY", "One Dorsey Avenue  -  Morgantown, West Virginia 26501  -  (304) 555-0136"),
        ("lines", ["May 8, 1998", "", "Mr. Lawrence P. Abernathy-Cole", "2214 Maple Crest Lane", "Washington, Pennsylvania 15301"]),
        ("para", "Dear Mr. Abernathy-Cole:"),
        ("para", P("""
            I am pleased to offer you the position of Plant Controller at our Morgantown, West Virginia brick and
            castables plant, reporting to Mr. Gerald Stavros, Plant Manager, and on a dotted line to Mrs. Iona
            McCutcheon, Corporate Controller, in Pittsburgh.""")),
        ("para", P("""
            Your starting salary will be $68,400 per year, paid semi-monthly on the 15th and the last working day
            of each month. Your salary will be reviewed after one year, in June 1999, and yearly after that with
            the other salaried staff. You will also take part in the Salaried Incentive Plan, which for your
            grade can pay up to 20% of base salary when plant and corporate goals are met.""")),
        ("para", P("""
            You will be entitled to three weeks of vacation each year, starting in 1998, and to the eleven
            holidays the plant observes. The Company provides hospital and medical coverage, a dental plan, life
            insurance of twice your salary and salary continuation during disability. You will be a member of
            the Monongahela Salaried Employees' Pension Plan, which the Company pays for in full, and you may
            join the Thrift and Savings Plan, to which the Company adds 50 cents for every dollar you save on the
            first 6% of your pay.""")),
        ("para", P("""
            To help with your move from Washington, Pennsylvania, the Company will pay the cost of moving your
            household goods and give you a relocation allowance of $7,500 for your other expenses. If you leave
            the Company of your own choice within one year of your starting date, you agree to repay the
            allowance.""")),
        ("para", P("""
            Like all new employees, you will need to pass a pre-employment physical examination and drug screen
            at Monongalia General Hospital before you start work. We would like you to begin on Monday, June 1,
            1998.""")),
        ("para", P("""
            This letter is not a contract of employment for any definite period. Your employment will be at the
            will of either you or the Company.""")),
        ("para", P("""
            Please let me know your decision by signing and returning one copy of this letter by May 18, 1998.
            We look forward to having you with us.""")),
        ("lines", ["Sincerely,", "", "Raymond T. Kuzniar", "Director, Human Resources", "", "Accepted: ____________________________",
                   "Date: ________________"]),
    ],
)


# 6. India (Odisha), appointment letter with a CTC annexure: PDF with ruled tables, 3 pages.
#    Traps: CTC in lakh notation with words and a "fixed CTC" figure beside it; monthly and annual
#    columns with a gross row, employer PF at 12% of basic, gratuity, insurance premium and a target
#    variable pay row inside the CTC; privilege and casual leave with sick leave apart; six days a
#    week from times less lunch; extendable probation; notice in days; a jurisdiction clause naming
#    only courts; deadline ten days from the letter date.
letter(
    "in-or-bhubaneswar-procurement-assistant-manager-ctc", "pdf", datetime(2026, 6, 5, 10, 30),
    "Letter of Appointment - Ipsita Nandini Routray", "Kalinga Alumina & Metals Limited",
    font="DejaVuSans", size=9.5, paper="A4", footer="KAML/HR/APT/2026/0418",
    blocks=[
        ("head", "Kalinga Alumina & Metals Limited", "Corporate Office: Plot No. 27, Chandaka Industrial Estate, Bhubaneswar - 751024, Odisha  |  CIN U27203OR2009PLC010877"),
        ("lines", ["Ref: KAML/HR/APT/2026/0418", "Date: 5th June 2026", "", "To,", "Ms. Ipsita Nandini Routray",
                   "Plot 112, Saheed Nagar", "Bhubaneswar - 751007"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Ms. Routray,"),
        ("para", P("""
            With reference to your application and the subsequent interviews you had with us, we are pleased to
            appoint you in our organisation on the following terms and conditions.""")),
        ("table", [
            ["Designation", "Assistant Manager - Procurement (Grade M1)"],
            ["Department", "Materials & Contracts"],
            ["Place of posting", "Corporate Office, Bhubaneswar"],
            ["Date of joining", "1st July 2026"],
            ["Reporting to", "Deputy General Manager - Procurement"],
        ], False),
        ("para", P("""
            1. Remuneration. Your total Cost to Company (CTC) will be Rs. 11,40,000/- (Rupees Eleven Lakh Forty
            Thousand only) per annum, of which the fixed CTC is Rs. 10,26,000/- and the balance is the
            performance-linked variable pay. The component-wise break-up is given in Annexure I. Salary will be
            credited to your bank account on the last working day of every month, after deduction of taxes at
            source.""")),
        ("para", P("""
            2. Variable Pay. The variable pay shown in Annexure I is a target amount. The actual payout will
            depend on your individual rating and the Company's performance for the financial year, and will be
            paid with the salary for June of the following year to employees on the rolls on that date.""")),
        ("para", P("""
            3. Place of Posting and Transfer. You will be posted at our Corporate Office at Bhubaneswar, Odisha.
            During your service you may be transferred to any of our units, including the refinery at Angul
            and the port office at Paradip, or to any associate company, without a change in your
            emoluments.""")),
        ("para", P("""
            4. Working Hours. The general shift at the Corporate Office is 9:00 a.m. to 5:45 p.m. from Monday to
            Saturday, with a lunch break of 45 minutes. Being in a managerial grade, you will not be entitled to
            overtime payment.""")),
        ("para", P("""
            5. Probation and Confirmation. You will be on probation for a period of six months from your date of
            joining, which may be extended by up to three months at the discretion of the management. On
            satisfactory completion you will be confirmed in writing; until then you will be treated as being on
            probation.""")),
        ("para", P("""
            6. Leave. You will be eligible for 18 days of privilege leave and 8 days of casual leave in each
            calendar year, and 10 days of sick leave on production of a medical certificate, credited
            proportionately in the year of joining. Privilege leave may be accumulated up to 60 days. Public and
            festival holidays are as per the Company's declared list.""")),
        ("para", P("""
            7. Benefits. You and your dependent family members will be covered under the Group Mediclaim Policy
            for a sum insured of Rs. 4,00,000, and you will be covered under the Group Term Life and Group
            Personal Accident policies. You will be a member of the Employees' Provident Fund, to which the
            Company contributes 12% of your basic salary, and you will be entitled to gratuity under the Payment
            of Gratuity Act, 1972.""")),
        ("para", P("""
            8. Notice Period. During probation either side may end the employment by giving 30 days' notice.
            After confirmation, the employment may be ended by either party by giving sixty days' notice in
            writing, or basic salary in lieu of the notice period.""")),
        ("para", P("""
            9. Confidentiality and Intellectual Property. You will keep in strict confidence all information
            about the Company's suppliers, prices, tenders and processes that comes to your knowledge, both
            during and after your employment. All work products, reports and improvements that you create in the
            course of your duties will be the exclusive property of the Company.""")),
        ("para", P("""
            10. Conditions. This appointment is subject to (a) your being declared medically fit by the Company's
            medical officer, (b) satisfactory verification of your educational qualifications, for which you
            must produce the originals of your degree and marksheets on joining, (c) a satisfactory background
            and reference check, and (d) a relieving letter from your present employer.""")),
        ("para", P("""
            11. Jurisdiction. Any dispute arising out of this appointment shall be subject to the exclusive
            jurisdiction of the courts at Bhubaneswar.""")),
        ("para", P("""
            Kindly sign and return the duplicate copy of this letter as a token of your acceptance within ten
            days from the date of this letter, failing which the offer will stand withdrawn.""")),
        ("lines", ["For Kalinga Alumina & Metals Limited", "", "(Sd/-)", "Bibhuti Bhusan Nayak",
                   "Chief General Manager - Human Resources", "", "Accepted: __________________   Date: __________",
                   "(Ipsita Nandini Routray)"]),
        ("pagebreak",),
        ("title", "ANNEXURE I - COMPENSATION STRUCTURE"),
        ("kv", [("Name", "Ipsita Nandini Routray"), ("Designation", "Assistant Manager - Procurement (M1)"),
                ("Effective", "Date of joining")]),
        ("table", [
            ["Component", "Per Month (Rs.)", "Per Annum (Rs.)"],
            ["Basic Salary", "36,500", "4,38,000"],
            ["House Rent Allowance", "14,600", "1,75,200"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "25,650", "3,07,800"],
            ["(A) Gross Salary", "78,350", "9,40,200"],
            ["Employer's Contribution to PF (12% of Basic)", "4,380", "52,560"],
            ["Gratuity (4.81% of Basic)", "-", "21,068"],
            ["Group Mediclaim, GTL and GPA Premium", "-", "12,172"],
            ["(B) Fixed CTC (A + retirals + insurance)", "-", "10,26,000"],
            ["(C) Performance Variable Pay (target)", "-", "1,14,000"],
            ["Total Cost to Company (B + C)", "-", "11,40,000"],
        ], True),
        ("para", P("""
            Notes: (1) Income tax and professional tax will be deducted at source as applicable. (2) Gratuity is
            payable on completion of five years of continuous service, as per the Act. (3) The mediclaim premium
            is an indicative figure and may vary at renewal. (4) Your salary and its break-up are confidential
            and must not be disclosed to other employees.""")),
        ("lines", ["(Sd/-)", "Chief General Manager - Human Resources"]),
    ],
)


# 7. India (Haryana), email offer to a fresher: TXT, 1.5 pages.
#    Traps: CTC in lakh ("4.8 LPA") and in figures, with an approximate monthly in-hand figure; a
#    performance bonus "up to" an amount inside the CTC; a twelve-week training period inside a six
#    months' probation; a 24-month service agreement with liquidated damages (a bond: not clawback);
#    relocation assistance with an amount; earned, casual and sick leave; office five days a week;
#    60 days from the employee vs 30 days from the company; a reply date three days on.
letter(
    "in-hr-gurugram-graduate-engineer-trainee-bond", "txt", datetime(2025, 1, 20, 18, 5),
    "Offer of Employment - Graduate Engineer Trainee", "Aravalli Byteworks Private Limited",
    blocks=[
        ("lines", ["From: Campus Hiring Team <campus.hiring@aravallibyteworks.example>",
                   "To: Harshvardhan Sehrawat <harsh.sehrawat.2024@mail.example>",
                   "Date: Monday, 20 January 2025, 6:05 PM",
                   "Subject: Offer of Employment - Graduate Engineer Trainee - Aravalli Byteworks"]),
        ("para", "Dear Harshvardhan,"),
        ("para", P("""
            Congratulations! Following your campus interview at our Manesar drive and the HR discussion on 16
            January, we are happy to offer you the position of Graduate Engineer Trainee with Aravalli Byteworks
            Private Limited ("Aravalli" or "the Company"). The main terms are below; the formal appointment
            letter will be handed over on your joining day.""")),
        ("kv", [
            ("Designation", "Graduate Engineer Trainee (GET), Cloud Platforms"),
            ("Date of joining", "Monday, 3 February 2025, 9:30 AM"),
            ("Work location", "Aravalli Tech Park, Sector 44, Gurugram, Haryana"),
            ("Annual CTC", "Rs. 4,80,000 (4.8 LPA)"),
        ]),
        ("para", P("""
            Compensation. Your CTC of Rs. 4,80,000 per annum includes the employer's PF contribution at 12% of
            basic salary and a performance bonus of up to Rs. 24,000 a year, paid in April based on your rating.
            Your take-home pay will be about Rs. 34,900 a month after PF and tax deductions, depending on the tax
            regime you choose. Salary is credited on the first working day of the following month.""")),
        ("para", P("""
            Training and probation. The first twelve weeks are a training programme at our Learning Centre in
            Gurugram, after which you will be assigned to a project team. You will be on probation for six months
            from your date of joining, and this includes the training period.""")),
        ("para", P("""
            Service agreement. Since the Company invests substantially in your training, you will be required to
            sign a service agreement on joining to serve the Company for a minimum of 24 months from your date of
            joining. If you leave before completing 24 months, you will be liable to pay the Company Rs. 1,50,000
            as liquidated damages.""")),
        ("para", P("""
            Work timings. Office hours are 9:30 AM to 6:30 PM, Monday to Friday, with a one-hour lunch break. All
            trainees work from the office five days a week; work from home is not available during training and
            probation.""")),
        ("para", P("""
            Leave. You will earn 15 days of earned leave and 7 days of casual leave in a calendar year, credited
            month by month, and 7 days of sick leave. Leave can be used only after the training period is over.""")),
        ("para", P("""
            Benefits. From day one you will be covered under our group medical insurance for Rs. 3,00,000 a year
            (self, spouse and two children), and you will be a member of the Provident Fund and eligible for
            gratuity as per law. If you are relocating from outside Delhi NCR, we will pay one-time relocation
            assistance of Rs. 15,000 with your first salary.""")),
        ("para", P("""
            Notice period. During probation either side may end the employment with 15 days' notice. After
            confirmation you will need to give 60 days' notice if you resign, and the Company will give you 30
            days' notice (or pay in lieu) if it ends your employment.""")),
        ("para", P("""
            Before you join. This offer is subject to a background verification by our third-party partner and
            to verification of your B.Tech degree or final-semester marksheet; please bring the originals, along
            with your Aadhaar and PAN cards. On your first day you will also sign the Company's Non-Disclosure and
            IP Assignment Agreement, under which all code and documents you create at work belong to
            Aravalli.""")),
        ("para", P("""
            This offer is governed by the laws of India. Please confirm your acceptance by replying "I accept"
            to this email within 3 days, that is, by Thursday, 23 January 2025. If we do not hear from you by
            then, the offer will lapse.""")),
        ("para", "We look forward to welcoming you to Aravalli!"),
        ("lines", ["Warm regards,", "Kritika Dahiya", "Talent Acquisition - Campus Hiring",
                   "Aravalli Byteworks Private Limited", "Plot 8, Udyog Vihar Phase IV, Gurugram 122015"]),
    ],
)


# 8. Philippines (Iloilo), probationary employment contract: DOCX, 2.5 pages, with a pay table.
#    Traps: basic monthly pay beside rice and transport allowances and a daily-rate equivalent;
#    "bi-monthly" on the 15th and 30th (semimonthly); hours Monday to Friday plus a Saturday half-day
#    (44); overtime at 25%; leave only after regularization, inclusive of the service incentive leave;
#    13th month pay (statutory, not a bonus target); a probationary period with its end date (not a
#    fixed term); 30 days' notice of resignation; witnesses.
letter(
    "ph-iloilo-inventory-control-assistant-probationary", "docx", datetime(2026, 7, 20, 9, 0),
    "Probationary Employment Contract - Belarmino", "Panay Harvest Foods Corporation",
    blocks=[
        ("head", "PANAY HARVEST FOODS CORPORATION", "Lopez Jaena Street, Jaro, Iloilo City 5000  |  hr@panayharvest.example  |  (033) 555 0194"),
        ("title", "PROBATIONARY EMPLOYMENT CONTRACT"),
        ("para", "KNOW ALL MEN BY THESE PRESENTS:"),
        ("para", P("""
            This Probationary Employment Contract is entered into this 20th day of July 2026 in Iloilo City,
            Philippines, by and between PANAY HARVEST FOODS CORPORATION, a corporation organized under Philippine
            law with office address at Lopez Jaena Street, Jaro, Iloilo City, represented by its HR and Admin
            Manager, Ms. Rosalinda G. Tupas (the "COMPANY"), and MA. KRISTINE D. BELARMINO, of legal age,
            Filipino, residing at Brgy. Balabago, Jaro, Iloilo City (the "EMPLOYEE").""")),
        ("heading", "1. Position and Place of Assignment"),
        ("para", P("""
            The COMPANY engages the EMPLOYEE on probationary status as Inventory Control Assistant. She will be
            assigned at the COMPANY's central warehouse in Barangay Tabuc Suba, Jaro, Iloilo City, and may be
            assigned to the Pavia or Oton depots when operations require, without reduction in pay.""")),
        ("heading", "2. Probationary Period"),
        ("para", P("""
            The probationary period is six (6) months, from 3 August 2026 to 2 February 2027. The reasonable
            standards under which the EMPLOYEE will qualify as a regular employee (stock count accuracy of at
            least 98%, timely posting of receipts and issues, attendance, and conduct) were made known to her
            at the time of her engagement and are attached as Annex A. If she meets these standards and is
            allowed to work after the probationary period, she will become a regular employee.""")),
        ("heading", "3. Compensation"),
        ("table", [
            ["Item", "Amount"],
            ["Basic salary", "PHP 18,900.00 per month"],
            ["Rice subsidy (de minimis)", "PHP 2,000.00 per month"],
            ["Transportation allowance", "PHP 1,200.00 per month"],
            ["Equivalent daily rate (basic / 26.08 days)", "PHP 724.69"],
        ], True),
        ("para", P("""
            Salary is paid bi-monthly, every 15th and 30th of the month, through the EMPLOYEE's payroll account,
            less withholding tax and her share of SSS, PhilHealth and Pag-IBIG contributions. She will receive
            13th month pay as required by law. Allowances are not part of basic pay and are not paid during
            unpaid absences.""")),
        ("heading", "4. Hours of Work"),
        ("para", P("""
            Regular working hours are 8:00 AM to 5:00 PM from Monday to Friday, with a one-hour unpaid meal break
            from 12:00 NN to 1:00 PM, and 8:00 AM to 12:00 NN on Saturday. Work beyond eight (8) hours in a day,
            when authorized in advance by the Warehouse Supervisor, is paid an overtime premium of 25% of her
            hourly rate, and work on rest days and holidays is paid at the premiums set by the Labor Code.""")),
        ("heading", "5. Leave and Benefits"),
        ("para", P("""
            During probation the EMPLOYEE earns no paid leave other than as the law requires. Once regular, she
            will be entitled to ten (10) days of vacation leave and seven (7) days of sick leave with pay per
            year, which already include the five-day service incentive leave under the Labor Code. After
            regularization she will also be enrolled in the COMPANY's HMO plan for hospitalization and
            outpatient care.""")),
        ("heading", "6. Duties and Company Rules"),
        ("para", P("""
            The EMPLOYEE will perform the duties in the job description attached as Annex B and others
            reasonably related to them, and will follow the COMPANY's Code of Conduct and warehouse safety
            rules, which she acknowledges having received.""")),
        ("heading", "7. Confidentiality"),
        ("para", P("""
            The EMPLOYEE will not disclose to any outside person the COMPANY's stock levels, supplier prices,
            customer lists or other business information that she learns in her work, during her employment and
            after it ends.""")),
        ("heading", "8. Termination"),
        ("para", P("""
            The COMPANY may end this contract for a just or authorized cause under the Labor Code, or if the
            EMPLOYEE fails to qualify as a regular employee under the standards made known to her, after due
            process. The EMPLOYEE may resign by serving written notice on the COMPANY at least thirty (30) days
            in advance, and must clear all accountabilities before her final pay is released.""")),
        ("heading", "9. Pre-employment Requirements"),
        ("para", P("""
            This contract takes effect only upon the EMPLOYEE's submission of a fit-to-work result from the
            pre-employment medical examination by the COMPANY-accredited clinic, an NBI clearance, and her SSS,
            PhilHealth, Pag-IBIG and TIN numbers.""")),
        ("heading", "10. Governing Law"),
        ("para", P("""
            This contract is governed by the Labor Code of the Philippines and its implementing rules. Any matter
            not covered here will be governed by COMPANY policy and Philippine law.""")),
        ("para", "IN WITNESS WHEREOF, the parties have signed this contract on the date and at the place first written above."),
        ("table", [
            ["PANAY HARVEST FOODS CORPORATION", "EMPLOYEE"],
            ["By: ROSALINDA G. TUPAS, HR and Admin Manager", "MA. KRISTINE D. BELARMINO"],
        ], False),
        ("lines", ["Signed in the presence of:", "____________________   ____________________",
                   "Jose Mari L. Espinosa                 Cherry Ann P. Gumban"]),
    ],
)


# 9. UAE (Ajman), limited-term contract offer with a monthly package table: PDF, 2 pages.
#    Traps: basic salary beside housing, transport and other allowances and a monthly and annual total;
#    a two-year term counted from the joining date; 30 calendar days' leave after a year; sick leave
#    in full-pay and half-pay days; 48 hours over six days; overtime at basic plus 25%; probation with
#    its own notice; a one-year non-compete; end-of-service gratuity and an air ticket; validity seven
#    days from the letter date.
letter(
    "ae-ajman-mep-maintenance-supervisor-limited-contract", "pdf", datetime(2026, 9, 14, 12, 0),
    "Offer Letter - MEP Maintenance Supervisor", "Corniche Crest Facilities Management L.L.C.",
    font="DejaVuSans", size=9.5, paper="A4", footer="CCFM/HR/OL/2026/233  -  Private and confidential",
    blocks=[
        ("head", "Corniche Crest Facilities Management L.L.C.", "P.O. Box 20418, Sheikh Khalifa Bin Zayed Street, Ajman, United Arab Emirates  |  Tel +971 6 555 0173"),
        ("lines", ["Ref: CCFM/HR/OL/2026/233", "Date: 14 September 2026", "", "Mr. Vishnu Prasad Kandathil",
                   "Sharjah, United Arab Emirates", "Mobile: +971 50 555 0321"]),
        ("title", "OFFER OF EMPLOYMENT - LIMITED TERM CONTRACT"),
        ("para", "Dear Mr. Kandathil,"),
        ("para", P("""
            Further to your interview on 8 September 2026, Corniche Crest Facilities Management L.L.C. (the
            "Company") is pleased to offer you employment as MEP Maintenance Supervisor on the terms below. On
            your acceptance, an employment contract reflecting these terms will be registered with the Ministry
            of Human Resources and Emiratisation (MOHRE).""")),
        ("para", P("""
            1. Place of work. You will be based in Ajman and will supervise maintenance teams at the residential
            towers and mall sites that the Company manages within the Emirate of Ajman. You may be assigned to
            sites elsewhere in the UAE for short periods.""")),
        ("para", P("""
            2. Contract term. Your contract will be a limited-term contract for a period of two (2) years starting
            on your date of joining, which will be 2 November 2026 subject to your visa being issued. It may be
            renewed for a further period by mutual written agreement before it expires.""")),
        ("para", "3. Monthly remuneration package:"),
        ("table", [
            ["Component", "Monthly (AED)", "Annual (AED)"],
            ["Basic Salary", "5,800", "69,600"],
            ["Housing Allowance", "2,900", "34,800"],
            ["Transport Allowance", "700", "8,400"],
            ["Other Allowance", "600", "7,200"],
            ["Total Monthly Package", "10,000", "120,000"],
        ], True),
        ("para", P("""
            Salary will be paid monthly through the Wage Protection System (WPS) into a UAE bank account in your
            name. End-of-service gratuity will be calculated on basic salary only, as provided in Federal
            Decree-Law No. 33 of 2021.""")),
        ("para", P("""
            4. Working hours. Normal working hours are eight hours a day, six days a week (Monday to Saturday),
            with Sunday as the weekly rest day; hours are reduced by two hours a day during the holy month of
            Ramadan. Overtime that your manager approves will be paid at your basic hourly wage plus 25%, or plus
            50% for work between 10:00 p.m. and 4:00 a.m.""")),
        ("para", P("""
            5. Probation. You will be on probation for six (6) months from your date of joining. During probation
            the Company may end your employment by giving you 14 days' written notice, and you must give 14 days'
            notice if you wish to leave, or one month if you are leaving to join another employer in the UAE.""")),
        ("para", P("""
            6. Notice. After probation, either party may terminate the contract by giving thirty (30) days'
            written notice to the other.""")),
        ("para", P("""
            7. Annual leave and air ticket. After completing one year of service you will be entitled to 30
            calendar days of paid annual leave each year, in addition to official public holidays. You will also
            receive one economy-class return air ticket to Kochi, India each year, or its cash value.""")),
        ("para", P("""
            8. Sick leave. After probation you are entitled to up to 90 days of sick leave a year: the first 15
            days on full pay, the next 30 days on half pay, and the remainder unpaid.""")),
        ("para", P("""
            9. Medical insurance. The Company will provide health insurance for you under its group policy as
            required by law. Family cover may be added at your own cost.""")),
        ("para", P("""
            10. Confidentiality and non-competition. You must keep confidential all information about the
            Company, its clients and their properties. For one (1) year after your employment ends, you may not
            work for a facilities management company that competes with the Company in the Emirates of Ajman or
            Sharjah.""")),
        ("para", P("""
            11. Conditions. This offer is conditional on (a) your passing the medical fitness test required for
            the residence visa, (b) the issue of your work permit and UAE residence visa, (c) your providing an
            attested copy of your Diploma in Mechanical Engineering, and (d) a police clearance certificate
            from your home country.""")),
        ("para", P("""
            12. Governing law. Your employment will be governed by the laws of the United Arab Emirates, including
            Federal Decree-Law No. 33 of 2021 and its Implementing Regulations.""")),
        ("para", P("""
            This offer is valid for seven (7) days from the date of this letter. Please sign below to confirm
            your acceptance and return a copy to hr@cornichecrest.example together with your passport copy.""")),
        ("lines", ["For Corniche Crest Facilities Management L.L.C.", "", "Hessa Al Marzooqi", "HR Manager", "",
                   "Accepted by: Vishnu Prasad Kandathil", "Signature: ____________________   Date: ___________"]),
    ],
)


# 10. UK (England, Devon), written statement of main terms with headed sections: PDF, 3 pages.
#     Traps: a salary with a grade range; "on the 28th of each month"; hours from times less an unpaid
#     lunch (37.5); holiday "including" the eight bank holidays (33 - 8 = 25); company sick pay in working
#     days after probation; probation with its own notice; one month each side after it, the employer's
#     "or statutory if greater"; hybrid working after probation; a 6-month non-compete and a 9-month
#     non-solicit under "Restrictive covenants"; APC fees repayable on a sliding scale (clawback); no
#     paid overtime; employer pension 5%; "the law of England and Wales".
letter(
    "uk-eng-exeter-building-surveyor-written-statement", "pdf", datetime(2026, 9, 1, 9, 30),
    "Written Statement of Main Terms - Imogen Treloar-Baptiste", "Haldon Ridge Surveyors Ltd",
    font="DejaVuSans", size=10, paper="A4", footer="Haldon Ridge Surveyors Ltd - Statement of Main Terms",
    blocks=[
        ("head", "Haldon Ridge Surveyors Ltd", "4 Southernhay East, Exeter EX1 1QD  |  Registered in England and Wales No. 07718340"),
        ("title", "WRITTEN STATEMENT OF MAIN TERMS OF EMPLOYMENT"),
        ("para", P("""
            This statement is given under section 1 of the Employment Rights Act 1996. Together with the offer
            letter dated 11 August 2026 and the Staff Handbook, it forms your contract of employment.""")),
        ("heading", "1. The parties"),
        ("para", P("""
            Employer: Haldon Ridge Surveyors Ltd (the "Company"). Employee: Imogen Treloar-Baptiste, of 19
            Polsloe Road, Exeter EX1 2DU ("you").""")),
        ("heading", "2. Start date and continuous employment"),
        ("para", P("""
            Your employment starts on 7 September 2026. No previous employment counts towards your period of
            continuous employment. Your employment is permanent, subject to the probationary period and notice
            terms below.""")),
        ("heading", "3. Job title"),
        ("para", P("""
            You are employed as a Building Surveyor (Grade S2), reporting to the Associate Director, Building
            Consultancy. A description of your main duties has been given to you separately.""")),
        ("heading", "4. Place of work"),
        ("para", P("""
            Your normal place of work is our office at 4 Southernhay East, Exeter. You will visit client sites
            across Devon and Cornwall and occasionally further afield. After you have completed your
            probationary period you may, with your line manager's agreement, work from home on up to two days in
            each week.""")),
        ("heading", "5. Pay"),
        ("para", P("""
            Your salary is £41,200 a year, which sits within the S2 grade range of £37,500 to £46,000. It is paid
            monthly in arrears by credit transfer on the 28th of each month, or the last working day before the
            28th where it falls on a weekend or bank holiday. Salaries are reviewed each April; you will first be
            eligible for review in April 2027.""")),
        ("heading", "6. Hours of work"),
        ("para", P("""
            Your normal hours are 8:30 a.m. to 4:45 p.m., Monday to Friday, with an unpaid lunch break of 45
            minutes. You may have to work additional hours to meet client deadlines. No additional payment is
            made for these hours; time off in lieu may be agreed with your manager.""")),
        ("heading", "7. Holidays"),
        ("para", P("""
            The holiday year runs from 1 January to 31 December. You are entitled to 33 days' paid holiday in
            each holiday year, including the eight usual bank holidays in England, and your entitlement for 2026
            will be pro rata to your start date. Up to five days may be carried over to the following year with
            your manager's agreement. On leaving, holiday taken but not accrued will be deducted from your final
            pay.""")),
        ("heading", "8. Sickness absence"),
        ("para", P("""
            You must tell your manager by 9:30 a.m. on the first day of any absence. After your probationary
            period you will receive full pay for up to 15 working days of sickness absence in any rolling
            twelve-month period; after that, and during probation, you will receive Statutory Sick Pay only, if
            you qualify for it.""")),
        ("heading", "9. Pension and other benefits"),
        ("para", P("""
            You will be enrolled in the Company's group personal pension plan. The Company contributes 5% of your
            basic salary and you contribute 4%, which may be made by salary sacrifice. You will also be covered by
            life assurance of three times your salary and a health cash plan, and may join the cycle to work
            scheme. The Company pays your annual RICS subscription.""")),
        ("heading", "10. Probationary period"),
        ("para", P("""
            The first six months of your employment are a probationary period, which the Company may extend by up
            to three months. During probation either party may end the employment by giving one week's
            notice.""")),
        ("heading", "11. Notice"),
        ("para", P("""
            After probation you must give the Company one month's written notice to end your employment. The
            Company must give you one month's written notice, or the statutory minimum notice if that is longer.
            The Company may pay you in lieu of all or part of your notice, or place you on garden leave.""")),
        ("heading", "12. Restrictive covenants"),
        ("para", P("""
            For six months after your employment ends you will not, within 25 miles of Exeter, be employed in or
            provide building surveying services to any business that competes with the Company. For nine months
            after your employment ends you will not solicit, or deal with, any client for whom you did work in
            your last twelve months with the Company, nor try to entice any member of staff to leave. These
            periods are reduced by any time spent on garden leave.""")),
        ("heading", "13. Confidentiality and intellectual property"),
        ("para", P("""
            You must not use or disclose any confidential information about the Company or its clients, during
            or after your employment, except as your duties require or the law allows. Reports, drawings and
            other materials you produce in the course of your employment belong to the Company, and any
            copyright in them is the Company's.""")),
        ("heading", "14. Training costs"),
        ("para", P("""
            The Company will pay the fees for your RICS Assessment of Professional Competence (APC), including the
            final assessment fee. If you resign within 12 months of your final assessment you must repay 100% of
            those fees, and 50% if you resign between 12 and 24 months after it. You agree that the Company may
            deduct any sum due from your final pay.""")),
        ("heading", "15. Right to work"),
        ("para", P("""
            Your employment is conditional on your having, and keeping, the right to work in the United Kingdom,
            and you must produce evidence of it when asked.""")),
        ("heading", "16. Disciplinary and grievance procedures"),
        ("para", P("""
            The disciplinary and grievance procedures are set out in the Staff Handbook; they do not form part of
            your contract. If you have a grievance, you should raise it with the Associate Director in writing.
            No collective agreements affect your terms of employment.""")),
        ("heading", "17. Governing law"),
        ("para", "This statement and your contract are governed by the law of England and Wales."),
        ("lines", ["Signed for the Company: ______________________", "Kerensa Polglase, Operations Director",
                   "Date: 1 September 2026", "",
                   "I have received and read this statement.", "Signed: ______________________  Imogen Treloar-Baptiste",
                   "Date: ____________"]),
    ],
)


# 11. Canada (New Brunswick), offer letter: TXT, 1.5 pages.
#     Traps: salary and a bi-weekly amount; hours from times less a half-hour lunch (37.5); hybrid three
#     days in the office; vacation in weeks rising with service; paid sick days; a signing bonus repayable
#     within a year; a group RRSP match "up to 4%"; employer notice by statute only (null) beside two
#     weeks from the employee; a 12-month non-solicit and no non-compete; banked time instead of
#     overtime pay; deadline with weekday and time.
letter(
    "ca-nb-fredericton-gis-analyst-offer", "txt", datetime(2026, 3, 9, 15, 0),
    "Offer of Employment - GIS Analyst II", "Nashwaak Geospatial Ltd.",
    blocks=[
        ("head", "NASHWAAK GEOSPATIAL LTD.", "570 Queen Street, Suite 300, Fredericton, NB E3B 6Z6 | 506-555-0148"),
        ("lines", ["March 9, 2026", "", "Aurelie Thibodeau-MacIsaac", "88 Waterloo Row", "Fredericton, NB E3B 1Y9"]),
        ("para", "Dear Aurelie,"),
        ("para", P("""
            I'm delighted to offer you the position of GIS Analyst II with Nashwaak Geospatial Ltd. ("Nashwaak"),
            in our Forestry and Watershed group, reporting to Benoit Arsenault, Manager of Spatial Analytics. This
            is a permanent, full-time position based at our Fredericton office.""")),
        ("para", P("""
            START DATE: Monday, April 6, 2026.""")),
        ("para", P("""
            SALARY: $76,440 per year, paid bi-weekly by direct deposit ($2,940.00 per pay before deductions). We
            review salaries every January.""")),
        ("para", P("""
            HOURS AND WORKPLACE: Our office hours are 8:30 a.m. to 4:30 p.m., Monday to Friday, with an unpaid
            half-hour lunch. You'll work in the office on Tuesdays, Wednesdays and Thursdays and may work from
            home on Mondays and Fridays. This role is salaried and does not attract overtime pay; extra hours
            needed for field season or deadlines can be banked and taken as time off.""")),
        ("para", P("""
            SIGNING BONUS: You'll receive a one-time signing bonus of $2,500 on your first pay. If you resign
            within 12 months of your start date, you agree to repay it in full.""")),
        ("para", P("""
            VACATION AND SICK DAYS: You'll receive three weeks of paid vacation a year, increasing to four weeks
            after five years of service, plus the statutory holidays observed in New Brunswick. You'll also have
            eight paid sick days each year.""")),
        ("para", P("""
            BENEFITS: After three months you'll be enrolled in our group benefits plan (extended health, dental,
            vision, life and long-term disability insurance), with Nashwaak paying 80% of premiums. You may join
            the group RRSP right away; Nashwaak matches your contributions up to 4% of your salary.""")),
        ("para", P("""
            PROBATION AND ENDING EMPLOYMENT: The first three months are a probationary period. If you decide to
            leave Nashwaak, we ask for two weeks' written notice. If Nashwaak ends your employment other than for
            cause, you'll receive notice or pay in lieu as required by the Employment Standards Act of New
            Brunswick.""")),
        ("para", P("""
            CONFIDENTIALITY: As a condition of employment you'll sign our Confidentiality and Non-Solicitation
            Agreement. It requires you to protect client data and Nashwaak's confidential information and, for
            12 months after you leave, not to solicit any client you worked with. We do not use non-competition
            clauses.""")),
        ("para", P("""
            CONDITIONS: This offer is conditional on a satisfactory criminal record check, two satisfactory
            professional references, and proof of your degree in geography or a related field.""")),
        ("para", P("""
            This letter is governed by the laws of the Province of New Brunswick. To accept, please sign and
            return a copy by 5:00 p.m. Atlantic time on Friday, March 13, 2026.""")),
        ("lines", ["Sincerely,", "", "Colleen Hachey", "Director, People and Culture", "Nashwaak Geospatial Ltd.", "",
                   "I accept the offer set out above.", "Signature: ____________________   Date: ______________"]),
    ],
)


# 12. Australia (Northern Territory), employment agreement with a schedule: DOCX, 3 pages, the schedule
#     as a two-column table. Traps: base salary plus superannuation beside a total fixed remuneration and
#     a tool allowance; "fortnightly"; 38 ordinary hours plus reasonable additional hours; overtime under
#     an award; four weeks' leave and ten days' personal leave; four weeks' notice each way; a relocation
#     reimbursement with a cap, repayable within 12 months; a six-month restraint on soliciting only;
#     medical, drug and alcohol test and police check; Northern Territory law.
letter(
    "au-nt-darwin-heavy-diesel-fitter-agreement-schedule", "docx", datetime(2026, 10, 5, 13, 0),
    "Employment Agreement - Heavy Diesel Fitter", "Top End Plant & Haulage Pty Ltd",
    blocks=[
        ("head", "Top End Plant & Haulage Pty Ltd", "ABN 61 604 558 210  |  14 Wormald Road, Berrimah NT 0828  |  (08) 8955 0162"),
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This agreement is made on 5 October 2026 between Top End Plant & Haulage Pty Ltd (ABN 61 604 558 210)
            (the "Company") and the person named in item 1 of the Schedule (the "Employee"). The Schedule forms
            part of this agreement, and a word in capitals that is not defined in a clause has the meaning the
            Schedule gives it.""")),
        ("heading", "1. Appointment"),
        ("para", P("""
            1.1 The Company employs the Employee in the Position, on the employment basis and at the Location set
            out in the Schedule, starting on the Commencement Date.""")),
        ("para", P("""
            1.2 The employment is ongoing until ended under clause 8. The first six months are a probationary
            period, during which either party may end the employment on one week's notice.""")),
        ("heading", "2. Duties"),
        ("para", P("""
            The Employee will service, diagnose and repair the Company's prime movers, road trains, excavators and
            loaders in the workshop and in the field, and will carry out any other lawful duties consistent with
            the Position. The role is workshop- and field-based and cannot be performed from home.""")),
        ("heading", "3. Hours of work"),
        ("para", P("""
            3.1 The Employee's ordinary hours are set out in the Schedule. The Employee may be required to work
            reasonable additional hours, including call-outs to breakdowns on the Stuart Highway.""")),
        ("para", P("""
            3.2 Overtime is paid at the rates in the Manufacturing and Associated Industries and Occupations Award
            2020, which covers the Position. The Company may ask the Employee to work overtime, and the Employee
            may refuse unreasonable requests.""")),
        ("heading", "4. Remuneration"),
        ("para", P("""
            4.1 The Company will pay the Base Salary and allowances in the Schedule fortnightly in arrears by
            electronic funds transfer, together with superannuation contributions at the rate in the
            Schedule.""")),
        ("para", P("""
            4.2 The Base Salary is set above the Award and is paid in satisfaction of the Employee's entitlements
            under it, other than overtime and call-out payments, which are paid separately. The Company will
            review the Base Salary each July.""")),
        ("heading", "5. Relocation"),
        ("para", P("""
            The Company will reimburse the Employee's reasonable costs of moving from Townsville to Darwin,
            including removalist fees and two weeks of temporary accommodation, up to the amount stated in the
            Schedule. If the Employee resigns, or is dismissed for serious misconduct, within 12 months of the
            Commencement Date, the Employee must repay the reimbursed amount in full.""")),
        ("heading", "6. Leave"),
        ("para", P("""
            The Employee is entitled to the leave in the Schedule and otherwise under the National Employment
            Standards, including parental leave, long service leave under the Long Service Leave Act 1981 (NT),
            compassionate leave and community service leave.""")),
        ("heading", "7. Conditions of employment"),
        ("para", P("""
            This agreement is conditional on the Employee (a) passing a pre-employment medical and a drug and
            alcohol test, (b) providing a satisfactory National Police Check, (c) holding a current HR class
            driver licence, and (d) having the right to work in Australia.""")),
        ("heading", "8. Ending the employment"),
        ("para", P("""
            8.1 After probation, either party may end the employment by giving the notice in the Schedule. The
            Company may pay the Employee in lieu of notice.""")),
        ("para", P("""
            8.2 The Company may end the employment without notice for serious misconduct.""")),
        ("heading", "9. Confidential information and intellectual property"),
        ("para", P("""
            The Employee must keep the Company's confidential information, including its rates, contracts and
            customer details, confidential during and after employment. Any improvement, tooling design or
            procedure the Employee develops in the course of employment is owned by the Company.""")),
        ("heading", "10. Restraint"),
        ("para", P("""
            For the Restraint Period in the Schedule after the employment ends, the Employee must not solicit any
            customer of the Company with whom the Employee dealt in the last 12 months of employment, nor induce
            any employee of the Company to leave.""")),
        ("heading", "11. Governing law"),
        ("para", P("""
            This agreement is governed by the law of the Northern Territory and the Commonwealth. It replaces any
            earlier offer or arrangement between the parties.""")),
        ("lines", ["Signed for Top End Plant & Haulage Pty Ltd:", "Shane Kowalczyk-Rigby, Workshop and Fleet Manager",
                   "Signature: __________________   Date: __________", "",
                   "Signed by the Employee:", "Callum J. Fitzhardinge", "Signature: __________________   Date: __________"]),
        ("pagebreak",),
        ("title", "SCHEDULE"),
        ("table", [
            ["Item", "Details"],
            ["1. Employee", "Callum J. Fitzhardinge, of 31 Flinders Street, Townsville QLD 4810"],
            ["2. Position", "Heavy Diesel Fitter"],
            ["3. Employment basis", "Full-time, ongoing"],
            ["4. Location", "Berrimah workshop, Darwin, Northern Territory, and field sites as directed"],
            ["5. Commencement Date", "2 November 2026"],
            ["6. Ordinary hours", "38 hours per week: Monday to Friday, 6:30 am to 2:36 pm, less an unpaid meal break of 30 minutes, plus reasonable additional hours"],
            ["7. Base Salary", "$104,500 per annum (gross), excluding superannuation"],
            ["8. Superannuation", "12% of Base Salary to the Employee's nominated fund"],
            ["9. Total fixed remuneration", "$117,040 per annum (Base Salary plus superannuation)"],
            ["10. Allowances", "Tool allowance of $1,200 per annum; meal allowance for field call-outs as per Award"],
            ["11. Annual leave", "Four weeks per year of service, plus public holidays in the Northern Territory"],
            ["12. Personal/carer's leave", "10 days per year of service"],
            ["13. Notice", "Four weeks by either party (plus one week where the Company gives notice to an Employee over 45 with at least two years' service)"],
            ["14. Relocation", "Reimbursement of up to $6,500"],
            ["15. Restraint Period", "Six months"],
        ], True),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
