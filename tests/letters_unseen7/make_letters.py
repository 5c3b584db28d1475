#!/usr/bin/env python3
"""Build the seventh held-out set under tests/letters_unseen7/<id>/<id>.<ext> from the texts here.

Ten team-written US letters kept apart from tuning: short offer letters of the kind a company
files with the SEC as an exhibit when it hires an officer or senior employee, three start-up
offers to non-executive staff (a firmware engineer, a product designer, an account executive
paid on commission) and one promotion letter that changes an employee's salary. By
December 2026 the rules had been tuned on the dev corpus and on every earlier team-written
set, so none of them measures any more how the extractor does on a letter it has never
seen. These were written blind: without reading rules/, src/, the corpus or the earlier
sets' letters and gold (only the terms contract, the scorer, the earlier sets' README files,
for their jurisdictions and traps, tests/letters_unseen4/make_letters.py, for the format, and
one gold file of that set, for the YAML shape), and without running offercheck on them. The
states are ones no earlier set used (Wisconsin, Virginia, Maryland, Missouri, Indiana,
Connecticut, Oregon, Nevada, South Carolina, Kentucky). Do not tune rules on them; once they
have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen7/make_letters.py             # rewrite every letter
    python tests/letters_unseen7/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen7/make_letters.py --check     # rebuild in memory: fail if a
                                                             # committed file differs or a gold
                                                             # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``) and against the
documents as pypdfium2 and python-docx read them, never against offercheck's reading (the
scanned letter has no text layer at all). Every company, person, address and figure below is
invented, and every sentence was written for this set. The renderers (text, tables, DOCX,
scan) are in tests/blind_letters.py, shared with the earlier blind sets and unchanged.
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

# 1. US (Wisconsin), public instrument maker, CFO offer: PDF, the long one (offer letter plus
#     three exhibits: a severance term summary, the inventions agreement and an arbitration
#     agreement), Letter paper, serif.
#     Traps: "Base Salary" at an annualized rate paid bi-weekly; a 60% target prorated for the
#     first year; a sign-on bonus and a relocation package, both repayable; options subject to
#     Committee approval with the cliff and monthly vesting in the sentences after the grant;
#     severance under a separate plan (not notice); sixty days' resignation notice; a 12-month
#     non-solicit only in Exhibit B; arbitration only in Exhibit C; Wisconsin law.
letter(
    "us-wi-milwaukee-chief-financial-officer-offer", "pdf", datetime(2027, 2, 8, 9, 30),
    "Offer of Employment - L. Achterberg-Okafor", "Menomonee Ridge Instruments, Inc.",
    font="DejaVuSerif", size=10.5, paper="Letter",
    footer="Menomonee Ridge Instruments, Inc. - Personal and Confidential",
    blocks=[
        ("head", "Menomonee Ridge Instruments, Inc.",
         "2150 West Canal Street  ·  Milwaukee, Wisconsin 53233  ·  (414) 555-0187"),
        ("lines", ["February 8, 2027", "", "PERSONAL AND CONFIDENTIAL", "", "Ms. Lorraine Achterberg-Okafor",
                   "48 Laurel Crest Drive", "Naperville, Illinois 60540"]),
        ("para", "Dear Lorraine:"),
        ("para", P("""
            On behalf of the Board of Directors (the "Board") of Menomonee Ridge Instruments, Inc. (the
            "Company"), I am pleased to confirm our offer to you to join the Company as its Executive Vice
            President and Chief Financial Officer. In that role you will report directly to me, as the
            Company's President and Chief Executive Officer, and you will work closely with the Audit
            Committee of the Board. This letter (the "Offer Letter") sets out the terms of the offer.""")),
        ("heading", "1. Position, Duties and Start Date"),
        ("para", P("""
            You will have the duties, authority and responsibilities customary for a chief financial
            officer of a listed company of the Company's size, and such other duties consistent with your
            position as I or the Board may assign from time to time. This is a full-time position, and you
            agree to devote substantially all of your business time and attention to the Company. You may
            serve on one outside for-profit board with the prior written consent of the Board, and on
            civic and charitable boards without consent, provided none of these interferes with your
            duties.""")),
        ("para", P("""
            Your employment will begin on March 29, 2027, or on another date that you and I agree in
            writing (the date you actually begin, the "Start Date"). Your office will be at the Company's
            headquarters in Milwaukee, Wisconsin. The Company's senior leadership team works from
            headquarters in person, and we expect that you will as well, apart from business travel.""")),
        ("heading", "2. Base Salary"),
        ("para", P("""
            The Company will pay you a base salary at an annualized rate of $412,000 (the "Base Salary"),
            less applicable withholdings and deductions, payable in bi-weekly installments in accordance
            with the Company's standard payroll schedule. The Compensation Committee of the Board (the
            "Committee") will review the Base Salary each year beginning in early 2028 and may increase,
            but not decrease, it. Your position is classified as exempt from the overtime provisions of the
            Fair Labor Standards Act and applicable Wisconsin law.""")),
        ("heading", "3. Annual Incentive"),
        ("para", P("""
            Beginning with fiscal year 2027, you will be eligible to take part in the Company's Management
            Incentive Plan (the "MIP"). Your target award will be 60% of the Base Salary actually paid in the
            fiscal year, with a payout that may range from zero to twice the target based on the
            achievement of Company performance goals set by the Committee. Your award for fiscal year
            2027 will be prorated for the portion of the year that you are employed. Any award will be paid
            when MIP awards are paid to other senior executives, and no later than March 15 of the year
            after the year to which it relates. Except as the Executive Severance Plan provides, you must be
            employed on the payment date to receive an award.""")),
        ("heading", "4. Sign-On Bonus"),
        ("para", P("""
            To offset incentive compensation you will forfeit by leaving your current employer, the Company
            will pay you a one-time cash sign-on bonus of $90,000, less withholdings, within thirty (30) days
            after the Start Date. The sign-on bonus is an advance that you earn by remaining employed for
            twelve (12) months. If, before the first anniversary of the Start Date, you resign without Good
            Reason or the Company terminates your employment for Cause (each as defined in the Executive
            Severance Plan), you agree to repay the full gross amount of the sign-on bonus to the Company
            within thirty (30) days after your last day of employment.""")),
        ("heading", "5. Relocation"),
        ("para", P("""
            We understand that you will move your household from the Chicago area to the Milwaukee area
            within six months after the Start Date. To help with that move, the Company will provide the
            following relocation package: (a) payment of the reasonable cost of packing and shipping your
            household goods and up to two vehicles, through the Company's relocation vendor; (b) temporary
            furnished housing in the Milwaukee area for up to ninety (90) days; and (c) a lump-sum
            relocation allowance of $45,000, less withholdings, to be used as you see fit for closing costs,
            travel and other moving expenses. The relocation allowance will be paid within thirty (30) days
            after you submit the Company's relocation acknowledgment.""")),
        ("para", P("""
            If you resign without Good Reason, or the Company terminates your employment for Cause, within
            eighteen (18) months after the Start Date, you must repay the relocation allowance and the
            amounts the Company paid on your behalf under clauses (a) and (b), reduced by one-eighteenth
            for each full month you were employed. You authorize the Company to deduct any repayment owed
            from your final paycheck to the extent Wisconsin law allows.""")),
        ("heading", "6. Initial Equity Award"),
        ("para", P("""
            Subject to approval by the Committee, which we expect at its first regularly scheduled meeting
            after the Start Date, you will be granted a nonqualified option to purchase 180,000 shares of the
            Company's common stock under the Menomonee Ridge Instruments 2024 Omnibus Incentive Plan (the
            "Plan"). The exercise price per share will equal the closing price of the common stock on the
            Nasdaq Global Select Market on the date of grant.""")),
        ("para", P("""
            The option will vest and become exercisable as to 25% of the shares on the first anniversary of
            the Start Date. The remaining 75% will vest in thirty-six (36) substantially equal monthly
            installments over the following three years, so that the option is fully vested on the fourth
            anniversary of the Start Date, in each case if you remain in continuous service through the
            vesting date. The option will have a ten-year term. In all other respects it will be governed
            by the Plan and the Company's standard form of option award agreement for executive
            officers.""")),
        ("para", P("""
            Starting in 2028, you will be considered for annual equity awards at the same time and on the
            same basis as the Company's other executive officers, in amounts the Committee determines.""")),
        ("pagebreak",),
        ("heading", "7. Benefits and Vacation"),
        ("para", P("""
            You will be eligible to participate in the employee benefit plans the Company maintains for its
            senior executives, subject to the terms of those plans, which currently include medical, dental
            and vision coverage, basic and supplemental life insurance, short- and long-term disability
            insurance, and the Menomonee Ridge 401(k) Savings Plan. Under the 401(k) plan the Company
            currently matches 100% of your contributions up to 4% of eligible pay. The Company also offers
            an annual executive physical at no cost to you.""")),
        ("para", P("""
            You will be entitled to four (4) weeks of paid vacation in each calendar year, prorated for
            2027, in addition to the holidays on the Company's published calendar. Vacation is otherwise
            governed by the Company's policies for senior executives.""")),
        ("heading", "8. Severance"),
        ("para", P("""
            You will be designated a Tier 1 participant in the Menomonee Ridge Instruments Executive Severance
            Plan (the "Executive Severance Plan"), a copy of which is enclosed. If your employment ends in a
            qualifying termination, you will be eligible for the severance payments and benefits described in
            that plan, subject to its terms, including your timely signing, and not revoking, a general
            release of claims. A summary of your Tier 1 benefits is attached as Exhibit A for convenience;
            where the summary and the plan differ, the plan governs.""")),
        ("heading", "9. At-Will Employment; Resignation"),
        ("para", P("""
            Your employment with the Company will be "at will." That means you may resign at any time and the
            Company may end your employment at any time, for any reason or no reason, with or without Cause
            and with or without advance notice. The at-will nature of your employment cannot be changed
            except in a written agreement approved by the Board and signed by you and by the Chair of the
            Board. As a courtesy, and to allow an orderly transition of your duties, you agree to give the
            Board no less than sixty (60) days' written notice of any resignation; the Company may waive
            all or part of that period.""")),
        ("heading", "10. Proprietary Information, Inventions and Dispute Resolution"),
        ("para", P("""
            As a condition of your employment, you must sign and comply with the Company's Employee
            Confidential Information, Inventions and Non-Solicitation Agreement, attached as Exhibit B, and
            the Mutual Agreement to Arbitrate, attached as Exhibit C. You confirm that your work for the
            Company will not breach any agreement you have with a former employer or any other party, and
            that you will not bring to the Company, or use in your work, any confidential information that
            belongs to anyone else.""")),
        ("heading", "11. Conditions of This Offer"),
        ("para", P("""
            This offer is contingent upon (a) the satisfactory completion of a background investigation,
            including verification of your education, prior employment and credit history, carried out in
            compliance with the Fair Credit Reporting Act; (b) satisfactory reference checks; and (c) your
            providing, within three business days after the Start Date, documents that establish your
            identity and eligibility to work in the United States, as Form I-9 requires. Your appointment as
            an executive officer is also subject to the Board's formal approval.""")),
        ("heading", "12. Other Terms"),
        ("para", P("""
            The Company will indemnify you, and cover you under its directors' and officers' liability
            insurance, on the same basis as its other executive officers. All payments under this Offer
            Letter are subject to applicable tax withholding and are intended to be exempt from, or comply
            with, Section 409A of the Internal Revenue Code, and this letter will be read accordingly. This
            Offer Letter, with its exhibits, the Plan and the Executive Severance Plan, is the entire
            agreement between you and the Company on its subject matter and replaces any prior
            discussions, term sheets or representations. It may be changed only in a writing signed by you
            and an authorized officer of the Company. This Offer Letter is governed by the internal laws of
            the State of Wisconsin, without giving effect to any choice-of-law rule that would apply the
            law of another state.""")),
        ("para", P("""
            To accept, please sign and date this Offer Letter, Exhibit B and Exhibit C where indicated and
            return them to me. If we have not received your signed acceptance by 5:00 p.m. Central Time on
            February 15, 2027, this offer will lapse.""")),
        ("para", P("""
            Lorraine, the Board and I are excited at the prospect of working with you and believe you will
            make a great contribution to the next chapter of Menomonee Ridge.""")),
        ("lines", ["Sincerely,", "", "MENOMONEE RIDGE INSTRUMENTS, INC.", "", "By: ______________________________",
                   "Gunnar T. Thiessen", "President and Chief Executive Officer", "",
                   "Accepted and agreed:", "", "______________________________", "Lorraine Achterberg-Okafor",
                   "Date: _______________", "",
                   "Enclosures:", "Exhibit A - Summary of Tier 1 Severance Benefits",
                   "Exhibit B - Employee Confidential Information, Inventions and Non-Solicitation Agreement",
                   "Exhibit C - Mutual Agreement to Arbitrate", "Executive Severance Plan"]),
        ("pagebreak",),
        ("title", "EXHIBIT A\nSUMMARY OF TIER 1 SEVERANCE BENEFITS"),
        ("para", P("""
            This summary is provided for convenience only. The Executive Severance Plan controls in every
            respect, and capitalized terms used here have the meanings the plan gives them.""")),
        ("para", P("""
            Qualifying termination outside a change in control. If the Company terminates your employment
            without Cause, or you resign for Good Reason, at any time other than during the Protection
            Period, you will receive: (i) continued payment of your Base Salary for twelve (12) months,
            in installments on the Company's regular payroll dates; (ii) a pro-rata MIP award for the year of
            termination, based on actual performance and paid when awards are paid to active executives;
            and (iii) if you elect COBRA continuation coverage, payment of the employer portion of the
            premiums for up to twelve (12) months.""")),
        ("para", P("""
            Qualifying termination during the Protection Period. If the termination occurs during the period
            starting three (3) months before and ending twenty-four (24) months after a Change in Control,
            you will instead receive: (i) a lump sum equal to 1.5 times the sum of your Base Salary and your
            target MIP award; (ii) a pro-rata target MIP award for the year of termination; (iii) eighteen
            (18) months of COBRA premium payments; and (iv) full vesting of your outstanding time-based equity
            awards.""")),
        ("para", P("""
            Conditions. All severance benefits depend on your signing and not revoking the plan's form of
            separation agreement and general release within the period it specifies, and on your continued
            compliance with Exhibit B. Severance is not payable on a termination for Cause, a resignation
            without Good Reason, or on death or disability. If any payment would be an excess parachute
            payment under Section 280G of the Internal Revenue Code, the payments will be reduced to the
            extent that leaves you in a better after-tax position; there is no tax gross-up.""")),
        ("pagebreak",),
        ("title", "EXHIBIT B\nEMPLOYEE CONFIDENTIAL INFORMATION, INVENTIONS AND NON-SOLICITATION AGREEMENT"),
        ("para", P("""
            In consideration of my employment by Menomonee Ridge Instruments, Inc. or any of its subsidiaries
            (together, the "Company"), the compensation paid to me, and my access to the Company's
            Confidential Information, I agree as follows.""")),
        ("heading", "1. Confidential Information"),
        ("para", P("""
            1.1 Definition. "Confidential Information" means any information, in any form, that the Company
            treats as non-public and that I learn or develop during my employment, including financial
            results before they are announced, forecasts, budgets, pricing, margins, supplier and customer
            terms, product plans, firmware and source code, test data, manufacturing processes, personnel
            information, and information that a customer, supplier or other third party has entrusted to the
            Company. It does not include information that is or becomes public through no wrongful act of
            mine.""")),
        ("para", P("""
            1.2 Non-use and non-disclosure. During my employment and at all times afterwards, I will hold the
            Confidential Information in strict confidence. I will use it only as my duties for the Company
            require, and I will not disclose it to anyone outside the Company without written authorization
            from an officer of the Company. I will follow the Company's insider trading policy and will not
            trade in Company securities while I hold material non-public information.""")),
        ("para", P("""
            1.3 Permitted disclosures. Nothing in this Agreement prevents me from reporting a possible
            violation of law to a government agency, from taking part in an agency investigation, from
            receiving an award for information given to an agency, or from discussing the terms and
            conditions of my employment where the law protects my right to do so. Under the Defend Trade
            Secrets Act, I will not be held liable under any federal or state trade secret law for a
            disclosure of a trade secret made in confidence to a government official or to an attorney
            solely to report or investigate a suspected violation of law, or made in a sealed filing in a
            lawsuit.""")),
        ("para", P("""
            1.4 Return of property. When my employment ends, or earlier if the Company asks, I will return all
            Company property, documents and data in my possession, and I will permanently delete Company
            information from my personal devices and accounts after first giving the Company a copy.""")),
        ("heading", "2. Inventions"),
        ("para", P("""
            2.1 Disclosure and assignment. I will promptly disclose to the Company every invention,
            improvement, design, discovery, work of authorship, process and know-how that I conceive, make or
            reduce to practice, alone or with others, during my employment and that relates to the Company's
            business or results from work I do for the Company (together, "Inventions"). I hereby assign to
            the Company all of my right, title and interest in and to every Invention and every patent,
            copyright, trade secret and other intellectual property right in it.""")),
        ("para", P("""
            2.2 Excluded inventions. The assignment in Section 2.1 does not apply to an invention that I
            develop entirely on my own time, without using the Company's equipment, supplies, facilities or
            Confidential Information, and that neither relates to the Company's business or its actual or
            demonstrably anticipated research nor results from any work I perform for the Company. I have
            listed on Schedule 1 any inventions I made before my employment that I wish to exclude; if I list
            none, there are none.""")),
        ("para", P("""
            2.3 Further assurances. During and after my employment I will sign any papers, and take any other
            lawful step, that the Company reasonably requests to perfect, register or enforce its rights in the
            Inventions, at the Company's expense. Works of authorship I create within the scope of my
            employment are works made for hire.""")),
        ("heading", "3. Non-Solicitation"),
        ("para", P("""
            3.1 Employees. During my employment and for twelve (12) months after it ends for any reason, I
            will not, directly or through anyone else, recruit or solicit any person who is then an employee
            of the Company, and with whom I worked or about whom I obtained Confidential Information during
            my last two years of employment, to leave the Company.""")),
        ("para", P("""
            3.2 Customers and suppliers. During the same twelve-month period, I will not use Confidential
            Information to induce any customer, distributor or supplier of the Company with which I had
            material contact in my last two years of employment to end or reduce its business with the
            Company.""")),
        ("para", P("""
            3.3 Reasonableness. I acknowledge that these restrictions are no broader than needed to protect the
            Company's trade secrets, confidential information and workforce. If a court finds any of them
            unenforceable as written, that provision will be enforced to the fullest extent the court finds
            reasonable, and the other provisions will remain in effect.""")),
        ("heading", "4. General"),
        ("para", P("""
            4.1 No employment contract. This Agreement does not give me a right to continued employment for any
            period and does not change the at-will nature of my employment.""")),
        ("para", P("""
            4.2 Remedies. I agree that a breach of this Agreement would cause the Company irreparable harm, and
            that the Company may seek an injunction in addition to any other remedy, without posting a bond to
            the extent the law permits.""")),
        ("para", P("""
            4.3 Governing law. This Agreement is governed by Wisconsin law. It survives the end of my employment
            and binds my heirs and legal representatives, and the Company may assign it to a successor to its
            business.""")),
        ("lines", ["EMPLOYEE:", "", "______________________________", "Lorraine Achterberg-Okafor",
                   "Date: _______________", "", "Schedule 1 - Prior Inventions:  None  ____  See attached  ____"]),
        ("pagebreak",),
        ("title", "EXHIBIT C\nMUTUAL AGREEMENT TO ARBITRATE"),
        ("para", P("""
            1. Covered claims. Except as stated below, the Company and I agree to resolve by final and binding
            arbitration, rather than in court, any dispute between us arising out of or relating to my
            recruitment, employment, compensation or the end of my employment, including claims under federal,
            state or local statutes and under the common law. This agreement is governed by the Federal
            Arbitration Act.""")),
        ("para", P("""
            2. Excluded claims. This agreement does not cover claims for workers' compensation or unemployment
            insurance benefits, claims under an ERISA plan that has its own claims procedure, claims of sexual
            harassment or sexual assault that I choose to bring in court, or a request by either party for
            temporary injunctive relief in aid of arbitration. It also does not stop me from filing a charge
            with an administrative agency.""")),
        ("para", P("""
            3. Procedure. The arbitration will be administered by JAMS under its Employment Arbitration Rules and
            Procedures then in effect, before a single neutral arbitrator, in Milwaukee County, Wisconsin,
            unless we agree on another place. The arbitrator may award any remedy a court could award and will
            issue a written, reasoned decision. The Company will pay all fees and costs unique to arbitration.
            Each party will otherwise bear its own attorneys' fees unless the law allows the arbitrator to
            shift them.""")),
        ("para", P("""
            4. Individual claims only. Claims may be brought only in a party's individual capacity and not as a
            plaintiff or class member in any purported class or collective proceeding, to the extent the law
            allows such a waiver.""")),
        ("para", P("""
            5. Jury waiver. By signing, the Company and I each give up the right to a jury trial on the covered
            claims.""")),
        ("lines", ["MENOMONEE RIDGE INSTRUMENTS, INC.", "", "By: ______________________________",
                   "Gunnar T. Thiessen, President and Chief Executive Officer", "",
                   "EMPLOYEE:", "", "______________________________", "Lorraine Achterberg-Okafor",
                   "Date: _______________"]),
    ],
)


# 2. US (Virginia), network company, general counsel offer: DOCX with a key-terms table.
#     Traps: the salary "at an annualized rate of" in a table cell, paid semi-monthly; RSUs as a
#     dollar value whose share count is set later, vesting in four annual installments; PTO
#     days "plus" paid holidays; three office days a week; a non-compete that exists only in an
#     attached agreement the letter names (no duration anywhere); an executive severance policy
#     (not notice); ESPP and paid parental leave; a deadline as "will expire if not accepted by".
letter(
    "us-va-reston-general-counsel-offer-key-terms", "docx", datetime(2027, 3, 1, 14, 0),
    "Offer Letter - Ambrose Delacroix-Whitfield", "Tidewater Lattice Networks Corp.",
    paper="Letter",
    blocks=[
        ("head", "Tidewater Lattice Networks Corp.", "11921 Freedom Landing Drive, Suite 600, Reston, Virginia 20190"),
        ("lines", ["March 1, 2027", "", "Via e-mail", "", "Ambrose Delacroix-Whitfield", "3310 Kings Mill Court",
                   "Alexandria, VA 22306"]),
        ("para", "Dear Ambrose,"),
        ("para", P("""
            I am delighted, on behalf of Tidewater Lattice Networks Corp. ("Tidewater Lattice" or the
            "Company"), to extend to you this offer of employment. We have enjoyed our conversations, and the
            entire leadership team is looking forward to having you join us. The principal terms of the offer
            are summarized in the table below and explained in more detail in the rest of this letter.""")),
        ("table", [
            ["Position", "Senior Vice President, General Counsel and Corporate Secretary"],
            ["Reporting to", "Helena Oduya-Marsh, Chief Executive Officer"],
            ["Anticipated Start Date", "Monday, April 12, 2027"],
            ["Work Location", "Company headquarters, Reston, Virginia (hybrid; see below)"],
            ["Base Salary", "$355,000 at an annualized rate, paid semi-monthly"],
            ["Target Annual Bonus", "45% of Base Salary (prorated for 2027)"],
            ["Sign-On Bonus", "$50,000 (subject to repayment; see below)"],
            ["New-Hire Equity", "Restricted stock units with a grant-date value of $900,000"],
            ["Paid Time Off", "20 days per calendar year, plus the Company's paid holidays"],
            ["Classification", "Full-time, exempt"],
        ], False),
        ("heading", "Role and Working Arrangement"),
        ("para", P("""
            As General Counsel you will lead the Company's legal, compliance and government contracts functions
            and serve as Corporate Secretary to the Board of Directors. Our corporate leadership team is in
            the Reston office at least three days each week, usually Tuesday through Thursday, and works
            remotely on the other days; we ask the same of you, and of course you will be on site more often
            when Board meetings or other business require it. You must maintain your membership in good
            standing of the bar of at least one U.S. state and register with the Virginia State Bar as
            corporate counsel within the period the Bar allows.""")),
        ("heading", "Cash Compensation"),
        ("para", P("""
            Your base salary will be paid at an annualized rate of $355,000 (the "Base Salary"), less
            applicable withholdings, on the 15th and last day of each month in accordance with the
            Company's standard payroll schedule. The Base Salary will be reviewed annually by the
            Compensation Committee of the Board.""")),
        ("para", P("""
            You will participate in the Tidewater Lattice Annual Incentive Plan with a target opportunity of
            45% of your Base Salary. Actual payouts depend on Company and individual results and are approved
            by the Compensation Committee. For 2027 your award will be prorated based on your Start Date.""")),
        ("para", P("""
            The Company will also pay you a sign-on bonus of $50,000, less withholdings, on the first regular
            payday after you have completed thirty days of employment. Should you leave the Company voluntarily,
            or be dismissed for cause, before your first anniversary of employment, you will owe the Company
            the entire sign-on bonus, which you agree to pay back within sixty days of your departure.""")),
        ("heading", "Equity"),
        ("para", P("""
            Management will recommend that the Compensation Committee grant you restricted stock units ("RSUs")
            under the Company's 2022 Stock Incentive Plan with a grant-date value of $900,000. The number of
            RSUs will be determined by dividing that value by the average closing price of the Company's
            common stock over the thirty trading days before the grant date, rounded down to a whole unit.
            Grants to new hires are made on the 15th day of the month after the month in which employment
            begins.""")),
        ("para", P("""
            The RSUs will vest in four equal annual installments, with the first 25% vesting on the first
            anniversary of the grant date, provided you remain employed on each vesting date. Vested RSUs
            will be settled in shares of common stock. The award will be governed by the plan and an RSU
            award agreement.""")),
        ("heading", "Benefits and Time Off"),
        ("para", P("""
            You will be eligible for the benefits the Company offers its U.S. employees, including medical,
            dental and vision plans, company-paid life and long-term disability insurance, the 401(k) plan,
            in which the Company matches 50% of the first 8% of pay that you defer, and our Employee Stock
            Purchase Plan. New parents receive twelve weeks of fully paid parental leave after six months of
            service.""")),
        ("para", P("""
            You will receive 20 days of paid time off each calendar year, accruing ratably each pay period
            and prorated for 2027, in addition to the eleven paid holidays on our calendar. Your time off
            will be scheduled with the Chief Executive Officer's agreement.""")),
        ("heading", "Severance"),
        ("para", P("""
            You will be eligible to participate in the Tidewater Lattice Executive Officer Severance Policy at
            the Senior Vice President level, under which you could receive severance benefits if your
            employment is terminated by the Company without cause, subject to the policy's terms and your
            execution of a release.""")),
        ("heading", "Restrictive Covenants and Company Policies"),
        ("para", P("""
            Because of the position's access to the Company's most sensitive information, this offer requires
            that you sign, before your Start Date, the Company's Employee Non-Competition, Non-Solicitation
            and Confidentiality Agreement (Attachment 2) and its Inventions Assignment Agreement
            (Attachment 3). Please read both attachments carefully, and feel free to have your own counsel
            review them. You will also be expected to follow the Company's Code of Business Conduct, insider
            trading policy and other policies as they apply to executive officers.""")),
        ("heading", "Nature of Employment"),
        ("para", P("""
            Employment with Tidewater Lattice is for no fixed period. You are free to resign at any time, with
            or without a reason, and the Company likewise may end the employment relationship at any time, with
            or without cause or advance notice. Only the Chief Executive Officer, in a writing signed by both
            of you, can alter this arrangement.""")),
        ("heading", "Contingencies"),
        ("para", P("""
            This offer, and your employment, are conditioned on your successful completion of a background
            check and on your providing documents that show your identity and your authorization to work in
            the United States within three business days of your first day. This letter is governed by the
            laws of the Commonwealth of Virginia.""")),
        ("para", P("""
            This offer will expire if not accepted by March 8, 2027. To accept, please sign below and return
            a scanned copy to me; you will then receive the attachments for electronic signature.""")),
        ("para", "Ambrose, we are thrilled at the thought of you joining us."),
        ("lines", ["Best regards,", "", "Helena Oduya-Marsh", "Chief Executive Officer",
                   "Tidewater Lattice Networks Corp.", "", "Attachment 1: Benefits Overview",
                   "Attachment 2: Employee Non-Competition, Non-Solicitation and Confidentiality Agreement",
                   "Attachment 3: Inventions Assignment Agreement", "",
                   "I accept this offer on the terms stated above.", "",
                   "______________________________    Date: ______________", "Ambrose Delacroix-Whitfield"]),
    ],
)


# 3. US (Maryland), clinical-stage biotech, SVP offer: the SCANNED one (image only).
#     Traps: no text layer; the salary in figures and in words, "in equal monthly installments
#     on the last business day of each month"; RSUs vesting in three annual installments; a
#     flexible time-off policy with no set number of days (unlimited) beside Maryland sick and
#     safe leave in hours; two remote days a week; a Delaware governing-law clause for a Maryland
#     job; a deadline "within five (5) business days of the date of this letter".
letter(
    "us-md-bethesda-svp-regulatory-affairs-scan", "scan", datetime(2027, 1, 22, 16, 0),
    "Offer letter - I. Brandtner", "Chesapeake Lumen Therapeutics, Inc.",
    blocks=[
        ("head", "CHESAPEAKE LUMEN THERAPEUTICS, INC.", "7401 Woodmont Avenue, 9th Floor, Bethesda, MD 20814"),
        ("lines", ["January 22, 2027", "", "Ifeoma Brandtner, Ph.D.", "1207 Fallsmead Way", "Rockville, MD 20854"]),
        ("para", "Dear Dr. Brandtner:"),
        ("para", P("""
            Chesapeake Lumen Therapeutics, Inc. (the "Company") is pleased to offer you employment as Senior
            Vice President, Regulatory Affairs, reporting to our Chief Medical Officer, on the terms below.
            Your first day of employment will be February 22, 2027.""")),
        ("para", P("""
            Location. Your principal place of work will be our Bethesda, Maryland office. Under our current
            workplace guidelines you may work remotely up to two days each week, with the other days in the
            office, as your schedule and the needs of the regulatory team allow.""")),
        ("para", P("""
            Compensation. Your base salary will be $318,000 (three hundred eighteen thousand dollars) per
            year, less required deductions, paid in equal monthly installments on the last business day of
            each month. You will be eligible for an annual performance bonus with a target of 35% of your
            base salary, prorated for 2027; the actual amount, if any, is at the sole discretion of the Board.
            This is an exempt, full-time position.""")),
        ("para", P("""
            Equity. Subject to the approval of the Board, you will receive 60,000 restricted stock units under
            the Company's 2021 Equity Incentive Plan. One third of the units will vest on each of the first
            three anniversaries of the vesting commencement date, which will be your first day of employment,
            so long as you continue to provide services to the Company.""")),
        ("para", P("""
            Time Off. Chesapeake Lumen does not assign a set number of vacation days. Under our Flexible Time
            Off policy, you may take the time away you need, with your manager's approval. Separately, you
            will accrue paid sick and safe leave under the Maryland Healthy Working Families Act, up to 40
            hours each year.""")),
        ("para", P("""
            Benefits. You may enroll in the Company's medical, dental and vision plans, group life and
            disability insurance, and the 401(k) plan, which matches dollar for dollar up to 4% of your
            salary.""")),
        ("para", P("""
            Severance. You will be eligible for benefits under the Company's Executive Severance and Change in
            Control Plan at the level set for senior vice presidents.""")),
        ("para", P("""
            Confidentiality. As a condition of employment, you must sign the Company's Employee Confidential
            Information and Invention Assignment Agreement on or before your first day.""")),
        ("para", P("""
            At-Will Employment. Your employment is not for any particular length of time. Either you or the
            Company may end it whenever either of you chooses, for any lawful reason, and with or without
            prior notice.""")),
        ("para", P("""
            Other. This offer depends on a satisfactory background check and on your completing Form I-9
            when you start. This letter shall be interpreted under Delaware law, without regard to conflict
            of laws principles. Please sign and return this letter within five (5) business days of the date
            of this letter to accept.""")),
        ("lines", ["Very truly yours,", "", "Rupert Vanterpool-Ames", "Chief Executive Officer", "",
                   "ACCEPTED: ___________________________   Date: __________", "Ifeoma Brandtner"]),
    ],
)


# 4. US (Missouri), specialty-food group, VP marketing offer: TXT.
#     Traps: the employer named only in the letterhead and the signature block ("the Company"
#     everywhere else); an initial salary with a scheduled increase in 2028 in the same
#     paragraph (the first figure counts); "every other Friday" in brackets after the standard
#     payroll schedule; three office days with Mondays and Fridays at home; profits-interest
#     units vesting 20% a year; a sign-on bonus repaid pro rata; non-compete and non-solicit
#     with different durations under a covenants heading; a drug screen; "by close of business".
letter(
    "us-mo-st-louis-vp-brand-marketing-offer", "txt", datetime(2027, 4, 9, 11, 0),
    "Offer - C. Vashti-Lindqvist", "Bellefontaine Mercantile Group, LLC",
    blocks=[
        ("head", "BELLEFONTAINE MERCANTILE GROUP, LLC", "900 Washington Avenue, Suite 1200 | St. Louis, Missouri 63101"),
        ("lines", ["April 9, 2027", "", "Corinne Vashti-Lindqvist", "6314 Pershing Avenue", "University City, MO 63130"]),
        ("para", "Re: Offer of Employment"),
        ("para", "Dear Corinne,"),
        ("para", P("""
            Thank you for the time you have spent with our leadership team over the past month. I am very
            pleased to offer you the position of Vice President, Brand Marketing with the Company. You will
            report to Malcolm Eberhart-Nunez, our Chief Commercial Officer, and you will lead our brand,
            creative and consumer insights teams across all four of our product lines.""")),
        ("para", P("""
            START DATE AND WORK ARRANGEMENT. Your employment will start on Monday, May 3, 2027. Your
            home base will be our downtown St. Louis office. Members of the marketing leadership team are
            expected in the office Tuesday, Wednesday and Thursday each week; on Mondays and Fridays you may
            work from home if you wish.""")),
        ("para", P("""
            COMPENSATION. The Company will pay you an initial base salary at an annualized rate of $228,000,
            payable in accordance with the Company's standard payroll schedule (currently every other Friday)
            and subject to applicable withholdings. Provided you are still employed on that date, your base
            salary will increase to an annualized rate of $241,000 effective April 1, 2028. After that, your
            salary will be reviewed each spring with those of the other members of the leadership team. This
            position is exempt from overtime.""")),
        ("para", P("""
            ANNUAL INCENTIVE. You will be eligible for an annual incentive with a target of 30% of your base
            salary, based on the Company's EBITDA and on goals you and Malcolm agree each year. For 2027 the
            incentive will be prorated from your start date.""")),
        ("para", P("""
            SIGN-ON BONUS. You will receive a one-time sign-on bonus of $25,000, less withholdings, with your
            first paycheck. If you resign, or the Company terminates your employment for misconduct, within
            twelve months of your start date, you agree to repay a prorated portion of the sign-on bonus
            based on the number of full months remaining in that twelve-month period.""")),
        ("para", P("""
            INCENTIVE UNITS. Subject to approval by the Board of Managers, you will be granted 1,500,000 Class
            P Units of the Company under its Management Incentive Unit Plan. The Class P Units are profits
            interests. Twenty percent (20%) of the units will vest on each of the first five anniversaries of
            your start date, as long as you remain employed by the Company, and the grant will be subject to
            the terms of the plan and your award agreement, including the Company's repurchase rights.""")),
        ("para", P("""
            BENEFITS AND TIME OFF. You will be eligible to participate in the Company's health, dental and
            vision plans and its 401(k) plan (with a Company match of 100% of the first 3% you contribute),
            subject to their terms. You will receive twenty-two (22) days of paid time off annually, in addition
            to Company holidays, prorated in your first year.""")),
        ("para", P("""
            RESTRICTIVE COVENANTS. Your position will give you access to the Company's recipes, pricing,
            retailer programs and marketing plans. For that reason, as a condition of this offer, you will
            sign the Company's Confidentiality and Restrictive Covenant Agreement, under which: (a) you will
            keep the Company's confidential information secret during and after your employment; (b) work
            product you create for the Company belongs to the Company; (c) for twelve (12) months after your
            employment ends, you will not work in a marketing or general management role for a competing
            packaged-food business in the United States; and (d) for eighteen (18) months after your
            employment ends, you will not solicit any Company employee to leave or any retail customer to
            reduce its business with the Company.""")),
        ("para", P("""
            AT-WILL EMPLOYMENT. Nothing in this letter promises employment for any period of time. Your
            employment will be at will, which means that you or the Company may end it at any time, with or
            without cause or notice.""")),
        ("para", P("""
            CONDITIONS. This offer depends on the results of a background check and a pre-employment drug
            screen satisfactory to the Company, and on your completing Form I-9 within three days of your
            start date. This letter will be governed by the laws of the State of Missouri.""")),
        ("para", P("""
            Please let me know your decision by close of business on Friday, April 16, 2027. To accept, sign
            and date below and e-mail a copy to me. We are excited about what you will bring to the
            Company.""")),
        ("lines", ["Sincerely,", "", "/s/ Deirdre Kapoor-Mallory", "Deirdre Kapoor-Mallory",
                   "Chief Executive Officer", "Bellefontaine Mercantile Group, LLC", "",
                   "ACCEPTED AND AGREED:", "", "______________________________", "Corinne Vashti-Lindqvist",
                   "Date: ____________"]),
    ],
)


# 5. US (Indiana), freight logistics, director offer: PDF with ruled tables (a compensation
#     summary with base, target incentive, total target cash and sign-on rows, and an equity
#     table), 3 pages.
#     Traps: the base salary row beside a total-target-cash row; "semi-monthly" in a table cell;
#     hours from times of day less a lunch hour; vacation in weeks and sick days; RSUs in a table
#     with annual vesting over three years; a 12-month non-compete and non-solicit in one
#     sentence; a tiered 401(k) match; the place of work a suburb of Indianapolis; "remains open
#     through".
letter(
    "us-in-plainfield-director-network-operations-tables", "pdf", datetime(2027, 3, 12, 10, 0),
    "Offer of Employment - D. Achebe-Kowalczyk", "Whitewater Crossbeam Logistics, Inc.",
    font="DejaVuSans", size=10, paper="Letter", footer="Whitewater Crossbeam Logistics, Inc.",
    blocks=[
        ("head", "Whitewater Crossbeam Logistics, Inc.", "One Crossbeam Parkway  |  Plainfield, IN 46168  |  whitewatercrossbeam.example"),
        ("lines", ["March 12, 2027", "", "Desmond Achebe-Kowalczyk", "5527 Brendon Way Drive", "Indianapolis, IN 46226"]),
        ("para", "Dear Desmond:"),
        ("para", P("""
            We are pleased to offer you the position of Director of Network Operations at Whitewater Crossbeam
            Logistics, Inc. ("Whitewater Crossbeam" or "we"). In this role you will report to Angela
            Fairweather-Stroud, Vice President of Operations, and lead the planning and performance of our
            linehaul and cross-dock network across eleven terminals. The key terms of our offer are set out
            below.""")),
        ("heading", "Start Date, Location and Schedule"),
        ("para", P("""
            Your start date will be Monday, April 5, 2027. Your work location will be our Plainfield, Indiana
            headquarters and network operations center. This role is based on site five days a week, because
            the network control room runs in person. Our standard office schedule is 8:00 a.m. to 5:00 p.m.,
            Monday through Friday, including a one-hour unpaid lunch, although we expect you to be available
            when network disruptions require it.""")),
        ("heading", "Compensation Summary"),
        ("table", [
            ["Component", "Annual amount", "Notes"],
            ["Base salary", "$178,500", "Paid semi-monthly"],
            ["Target annual incentive (20% of base)", "$35,700", "Prorated for 2027"],
            ["Total target cash", "$214,200", "Base plus target incentive"],
            ["Sign-on bonus (one time)", "$15,000", "Repayable; see below"],
        ], True),
        ("para", P("""
            Your base salary will be paid on the 15th and the last business day of each month, less applicable
            taxes and withholdings. The annual incentive is paid under the Whitewater Crossbeam Leadership
            Incentive Plan; actual payouts range from 0% to 150% of target depending on company and individual
            results, and are paid in March of the following year to participants who are then employed. The
            position is classified as exempt, so it is not eligible for overtime pay.""")),
        ("para", P("""
            The sign-on bonus will be paid within your first thirty days. If you leave the company voluntarily
            within one year of your start date, you agree to pay the sign-on bonus back in full.""")),
        ("heading", "Equity Award"),
        ("table", [
            ["Award", "Restricted stock units (RSUs)"],
            ["Number of units", "4,200"],
            ["Grant date", "First business day of the month after your start date, subject to approval by the Compensation Committee"],
            ["Vesting", "One third on each of the first three anniversaries of the grant date"],
        ], False),
        ("heading", "Time Off"),
        ("para", P("""
            You will receive three (3) weeks of vacation per year, prorated for 2027, together with five (5)
            paid sick days per year and the ten company-paid holidays. Unused sick days do not carry over.""")),
        ("heading", "Benefits"),
        ("para", P("""
            You will be eligible for medical, dental and vision coverage starting on your first day, basic life
            and AD&D insurance, short-term and long-term disability coverage, and the Whitewater Crossbeam
            401(k) Savings Plan. We match 100% of the first 3% of pay you save and 50% of the next 4%. Employees
            with a year of service may also use our tuition assistance program, up to $5,250 a year.""")),
        ("heading", "Restrictive Covenants"),
        ("para", P("""
            Before you start you will be required to sign our Confidentiality, Non-Solicitation and
            Non-Competition Agreement. Among other things it provides that, for a period of twelve (12) months
            following the end of your employment, you will neither work for a competing less-than-truckload or
            freight network business within the states where we operate terminals nor solicit our customers or
            employees. It also assigns to Whitewater Crossbeam the rights in any process improvements or
            software you develop in the course of your work, and it obliges you to protect our confidential
            information.""")),
        ("heading", "Employment Relationship"),
        ("para", P("""
            Your employment with Whitewater Crossbeam will be employment-at-will, which means either party may
            terminate it at any time, with or without cause or notice. This letter is not a contract for any
            specific period of employment.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is conditional on (1) a satisfactory background check, including a motor vehicle
            record review; (2) a negative result on a pre-employment drug test, which is required of all
            employees with access to our terminals; and (3) proof of your identity and employment eligibility
            as required by federal law. This letter is governed by the laws of the State of Indiana.""")),
        ("para", P("""
            This offer remains open through March 19, 2027. If you accept, please sign below and return the
            letter to Human Resources.""")),
        ("para", "We look forward to welcoming you to the team."),
        ("lines", ["Sincerely,", "", "Angela Fairweather-Stroud", "Vice President of Operations",
                   "Whitewater Crossbeam Logistics, Inc.", "", "I accept the offer described above.", "",
                   "Signature: ____________________________   Date: ______________",
                   "Desmond Achebe-Kowalczyk"]),
    ],
)


# 6. US (Connecticut), consumer brands company, chief accounting officer: DOCX, numbered
#     sections whose headings carry the meaning.
#     Traps: "the Base Salary" as a defined term with no pay frequency; a target bonus beside a
#     maximum; RSUs as a target value vesting in thirds; "five (5) weeks" of vacation; a
#     "Notice of Resignation" heading over a sentence that never says resignation notice in the
#     usual words; a 12-month non-compete and a 24-month non-solicit inside a covenants section;
#     AAA arbitration; a compensation recovery policy that is not a clawback of pay for leaving
#     early; no acceptance deadline at all.
letter(
    "us-ct-stamford-chief-accounting-officer-offer", "docx", datetime(2027, 4, 26, 9, 0),
    "Offer Letter - Priscilla Ng-Halvorsen", "Saugatuck Harbor Brands, Inc.",
    paper="Letter",
    blocks=[
        ("head", "SAUGATUCK HARBOR BRANDS, INC.", "300 Atlantic Street, 14th Floor, Stamford, Connecticut 06901"),
        ("lines", ["April 26, 2027", "", "Priscilla Ng-Halvorsen", "18 Old Farm Road", "Darien, CT 06820"]),
        ("para", "Dear Priscilla:"),
        ("para", P("""
            Saugatuck Harbor Brands, Inc. (the "Company") is pleased to offer you the position of Vice
            President and Chief Accounting Officer, reporting to the Company's Chief Financial Officer. This
            letter agreement (this "Agreement") describes the terms of your employment.""")),
        ("heading", "1. Commencement and Duties"),
        ("para", P("""
            Your employment will begin on May 17, 2027 (the "Start Date"). You will serve as the Company's
            principal accounting officer for purposes of its filings with the Securities and Exchange
            Commission, and you will perform the duties that the Chief Financial Officer assigns to you from
            time to time. You will work from the Company's offices in Stamford, Connecticut, and you will
            devote your full business time and best efforts to the Company.""")),
        ("heading", "2. Base Salary"),
        ("para", P("""
            The Company will pay you an annual base salary of $298,000 (as in effect from time to time, the
            "Base Salary"). The Base Salary will be paid in accordance with the Company's regular payroll
            practices and is subject to annual review by the Chief Financial Officer and the Compensation
            Committee.""")),
        ("heading", "3. Annual Bonus"),
        ("para", P("""
            For each fiscal year beginning with fiscal 2027, you will be eligible for an annual cash bonus under
            the Company's Short-Term Incentive Plan. Your target bonus opportunity will equal 40% of the Base
            Salary, and the maximum will equal 80% of the Base Salary. The bonus for fiscal 2027 will be
            prorated for the portion of the year after the Start Date.""")),
        ("heading", "4. Equity"),
        ("para", P("""
            As soon as practicable after the Start Date, and subject to the approval of the Compensation
            Committee, the Company will grant you an award of restricted stock units with a target value of
            $450,000 under the Saugatuck Harbor Brands 2023 Long-Term Incentive Plan. The number of units
            will be calculated using the closing stock price on the grant date.""")),
        ("para", P("""
            The units will vest in equal one-third installments on each of the first three anniversaries of the
            grant date, subject to your continued employment through each vesting date. Beginning with the
            2028 grant cycle, you will be eligible for annual long-term incentive awards with a target value
            set by the Compensation Committee.""")),
        ("heading", "5. Benefits and Vacation"),
        ("para", P("""
            You will be eligible to participate in the Company's medical, dental, vision, life and disability
            programs and the Saugatuck Harbor Brands Retirement Savings Plan, on the terms that apply to
            similarly situated employees. You will be entitled to five (5) weeks of paid vacation per year,
            prorated for 2027, in addition to Company-observed holidays.""")),
        ("heading", "6. Severance"),
        ("para", P("""
            You will participate in the Saugatuck Harbor Brands Severance Pay Plan for Officers. Any severance
            will be determined exclusively under that plan.""")),
        ("heading", "7. Notice of Resignation"),
        ("para", P("""
            You agree to provide not less than ninety (90) days' advance written notice to the Chief Financial
            Officer before the effective date of your departure, so that the Company can arrange an orderly
            transition of the accounting function and of its periodic reporting. During that period the
            Company may relieve you of some or all of your duties.""")),
        ("heading", "8. Restrictive Covenants"),
        ("para", P("""
            8.1 Confidential Information. You will not disclose or use, except in the performance of your
            duties, any non-public information concerning the Company, its brands, customers or finances,
            either during your employment or at any time after it ends.""")),
        ("para", P("""
            8.2 Work Product. All inventions, works and other work product that you create in the course of
            your employment are the sole property of the Company, and you assign to the Company any rights you
            may have in them.""")),
        ("para", P("""
            8.3 Non-Competition. For twelve (12) months after the termination of your employment for any reason,
            you will not become employed by, or provide services to, any business that sells household cleaning
            or personal care products in competition with the Company in North America.""")),
        ("para", P("""
            8.4 Non-Solicitation. For twenty-four (24) months after the termination of your employment for any
            reason, you will not solicit or hire any employee of the Company, or induce any customer or
            supplier to curtail its business with the Company.""")),
        ("heading", "9. At-Will Employment"),
        ("para", P("""
            Your employment is and will remain at will. Subject to Section 7, either you or the Company may
            terminate the employment relationship at any time and for any reason.""")),
        ("heading", "10. Compensation Recovery"),
        ("para", P("""
            Incentive compensation paid to you will be subject to the Company's Compensation Recovery Policy,
            adopted under the listing standards of the New York Stock Exchange, as it may be amended.""")),
        ("heading", "11. Dispute Resolution"),
        ("para", P("""
            Any controversy arising out of or relating to this Agreement or your employment will be settled by
            binding arbitration administered by the American Arbitration Association under its Employment
            Arbitration Rules, before a single arbitrator sitting in Stamford, Connecticut. Either party may,
            however, seek injunctive relief in court to enforce Section 8.""")),
        ("heading", "12. Conditions"),
        ("para", P("""
            This offer is subject to a background check satisfactory to the Company, to your eligibility to
            work in the United States, and to your signing the Company's standard Indemnification Agreement
            for officers.""")),
        ("heading", "13. Governing Law; Entire Agreement"),
        ("para", P("""
            The laws of the State of Connecticut govern this Agreement. This Agreement sets out the entire
            understanding between you and the Company about your employment and may be amended only in a
            writing signed by both parties.""")),
        ("para", P("""
            We look forward to your joining us. Please confirm your acceptance by signing below.""")),
        ("lines", ["Saugatuck Harbor Brands, Inc.", "", "By: ____________________________",
                   "Name: Everett Quansah-Lindgren", "Title: Executive Vice President and Chief Financial Officer", "",
                   "Accepted and agreed:", "", "____________________________", "Priscilla Ng-Halvorsen",
                   "Date: ______________"]),
    ],
)


# 7. US (Oregon), robotics start-up, firmware engineer: TXT, an e-mail style offer.
#     Traps: pay stated only per biweekly pay period (no annual figure anywhere); a fully remote
#     role with the employee's home town as the place of work; unlimited vacation beside
#     Oregon sick time in hours; options with a one-year cliff and monthly vesting; a statement
#     that no non-compete is asked for; a home-office stipend and a wellness stipend; a 401(k)
#     with no match; a deadline with a weekday and "the end of the day".
letter(
    "us-or-eugene-firmware-engineer-remote-startup", "txt", datetime(2027, 2, 24, 15, 30),
    "Your offer from Fernhollow Robotics", "Fernhollow Robotics, Inc.",
    blocks=[
        ("lines", ["From: Noor Castellanos-Webb <noor@fernhollow.example>",
                   "To: Kaito Brennan-Osei",
                   "Date: Wednesday, February 24, 2027",
                   "Subject: Your offer from Fernhollow Robotics"]),
        ("para", "Hi Kaito,"),
        ("para", P("""
            I'm really happy to send you this. Everyone you met on Friday was unanimous, and we'd love for you
            to join Fernhollow Robotics, Inc. as a Senior Firmware Engineer on the motion-control team. You'd
            report to Linnea Hargrove-Tan, our firmware lead. The details are below; the formal offer letter is
            attached for your signature and matches this e-mail.""")),
        ("para", P("""
            Role. Full-time, exempt (so no overtime pay). Your first day would be Monday, March 22, 2027, and
            you'd spend your first week in Portland with the hardware team, with travel paid by us.""")),
        ("para", P("""
            Where you'll work. This position is fully remote. You'll work from your home in Eugene, Oregon, and
            come to our Portland shop about once a quarter for planning weeks. We'll give you a one-time $1,200
            home-office stipend for a desk, chair and monitors, plus a $75 a month internet allowance.""")),
        ("para", P("""
            Pay. You'll be paid $7,115.38 per biweekly pay period, before taxes and deductions, by direct
            deposit every other Friday.""")),
        ("para", P("""
            Equity. We'll recommend to the board that you be granted options to buy 18,000 shares of our common
            stock at the fair market value on the grant date. None of them vest during your first twelve months;
            on your one-year anniversary 25% vest, and the remainder vests monthly in equal parts over the next
            36 months. Our last 409A valuation put the common stock at $1.86 per share, but the board sets the
            actual exercise price when it approves the grant.""")),
        ("para", P("""
            Time off. We have an unlimited vacation policy: take what you need to do your best work, coordinated
            with your team. Oregon sick time is separate; you'll accrue one hour for every 30 hours you work,
            up to 40 hours a year. We also close the whole company between December 24 and January 1.""")),
        ("para", P("""
            Benefits. Medical, dental and vision insurance for you and your family, with Fernhollow paying 100%
            of your premium and 75% of dependents'. You can save in our 401(k) from day one; we don't match
            contributions yet. There's also a $60 monthly wellness stipend for a gym, classes or a
            climbing-gym membership.""")),
        ("para", P("""
            The paperwork. You'll need to sign our Confidential Information and Invention Assignment Agreement
            on or before your first day. It covers keeping our technology confidential and assigns to
            Fernhollow the inventions and code you create for us. We don't ask engineers to sign a non-compete,
            and there's nothing like that in the agreement.""")),
        ("para", P("""
            Employment at Fernhollow is at-will. There's no set term, and either of us can end it at any time,
            for any reason. The offer letter is governed by Oregon law. As with all new hires, you'll need to
            complete Form I-9 and show that you're eligible to work in the US during your first three days.""")),
        ("para", P("""
            This offer expires at the end of the day on Wednesday, March 3, 2027, Pacific time. Happy to get on
            a call if you have questions about any of it.""")),
        ("lines", ["Cheers,", "Noor", "", "Noor Castellanos-Webb", "Head of People, Fernhollow Robotics, Inc.",
                   "1420 SE Water Avenue, Portland, OR 97214"]),
    ],
)


# 8. US (Nevada), analytics start-up, account executive on commission: DOCX with a pay table.
#     Traps: a compensation table with base, target commission and on-target earnings rows
#     (the base is the salary); a recoverable-draw-free guarantee for the first quarter;
#     commission paid monthly beside salary paid semi-monthly; four office days and remote
#     Fridays; 15 PTO days "plus" holidays; Nevada's paid leave law for everyone; options with
#     a one-year cliff; a sign-on bonus repayable within six months; a 12-month customer
#     non-solicit and no non-compete; a separate arbitration agreement; a deadline with a time.
letter(
    "us-nv-las-vegas-account-executive-ote-table", "docx", datetime(2027, 2, 19, 13, 0),
    "Offer Letter - Marisela Ochoa-Duvall", "Sandstone Pulse Analytics, Inc.",
    paper="Letter",
    blocks=[
        ("head", "Sandstone Pulse Analytics, Inc.", "1980 Festival Plaza Drive, Suite 300 · Las Vegas, NV 89135"),
        ("lines", ["February 19, 2027", "", "Marisela Ochoa-Duvall", "8872 Canyon Breeze Lane", "Henderson, NV 89052"]),
        ("para", "Dear Marisela,"),
        ("para", P("""
            Congratulations! Sandstone Pulse Analytics, Inc. ("Sandstone Pulse") is excited to offer you a
            full-time position as Account Executive, Mid-Market, reporting to Tobias Reinholt-Achebe, Regional
            Sales Director. We think your background selling to hospitality and gaming operators will help us
            grow quickly in the Mountain West.""")),
        ("para", P("""
            Your first day will be Monday, March 8, 2027. You will be based in our Summerlin office in Las Vegas.
            Our sales floor is in the office Monday through Thursday, and Fridays are remote days for the whole
            go-to-market team.""")),
        ("heading", "Your compensation"),
        ("para", "Your annual compensation at 100% attainment of your sales quota is summarized below."),
        ("table", [
            ["Element", "Annual amount"],
            ["Base salary", "$82,000"],
            ["Target commission (at 100% of quota)", "$78,000"],
            ["On-target earnings (OTE)", "$160,000"],
        ], True),
        ("para", P("""
            Your base salary will be paid semi-monthly, on the 10th and the 25th, in line with our regular
            payroll, less applicable withholdings. Commission is uncapped and is earned and paid under the FY2027
            Sales Compensation Plan, which you will receive separately; commissions are paid monthly, in arrears,
            for deals that have closed and been invoiced. Because a new territory takes time to build, for your
            first three full months we will guarantee commission of at least $4,000 a month. This position is
            classified as exempt, so you will not receive overtime pay.""")),
        ("heading", "Sign-on bonus"),
        ("para", P("""
            You will receive a $5,000 sign-on bonus, less withholdings, in your first paycheck. If you leave
            Sandstone Pulse of your own choice within six (6) months after your first day, you agree to return
            the sign-on bonus in full.""")),
        ("heading", "Stock options"),
        ("para", P("""
            We will recommend that our Board of Directors grant you an option to purchase 3,000 shares of
            Sandstone Pulse common stock. The shares subject to the option vest over four years: 25% on the first
            anniversary of your vesting start date, and 1/48th of the total each month after that, as long as
            you keep working for us. The option will be governed by our 2025 Stock Plan and your option
            agreement.""")),
        ("heading", "Time off and benefits"),
        ("para", P("""
            You will have 15 days of paid time off a year, plus the nine company holidays on our calendar. Nevada
            law also gives every employee paid leave that may be used for any reason, which our PTO policy
            satisfies. You will be eligible for medical, dental and vision insurance on the first of the month
            after your start date, and for our 401(k) plan, to which the company adds fifty cents for every dollar
            you put in, on contributions of up to 6% of your pay. We also reimburse up to $100 a month of your mobile phone bill.""")),
        ("heading", "Agreements you will sign"),
        ("bullets", [
            "Employee Confidentiality and Invention Assignment Agreement: you will keep Sandstone Pulse's "
            "confidential information private, and inventions, software and materials you create in your work "
            "will belong to the company. It also provides that for twelve (12) months after you leave you will "
            "not solicit any customer you sold to or managed.",
            "Mutual Arbitration Agreement: you and Sandstone Pulse will resolve employment-related claims by "
            "individual binding arbitration instead of a court or jury.",
        ]),
        ("para", P("""
            We do not require sales staff to sign a non-compete agreement.""")),
        ("heading", "The rest"),
        ("para", P("""
            Your employment with Sandstone Pulse is at will. That means either you or the company can end it at
            any time, with or without notice and with or without a reason. This letter is governed by the laws
            of the State of Nevada.""")),
        ("para", P("""
            This offer is contingent on a background check that is satisfactory to us and on your completing
            Form I-9 verification of your work authorization.""")),
        ("para", P("""
            To accept, please sign this letter electronically by 5:00 p.m. Pacific Time on Friday, February 26,
            2027.""")),
        ("lines", ["Welcome aboard!", "", "Jolene Ferreira-Banks", "VP, People & Talent",
                   "Sandstone Pulse Analytics, Inc.", "", "Accepted: ____________________________   "
                   "Date: ____________", "Marisela Ochoa-Duvall"]),
    ],
)


# 9. US (South Carolina), fintech start-up, product designer: PDF in core Helvetica, 2 pages.
#     Traps: a salary range for the level beside the actual figure; "twice a month, on the 7th and
#     22nd"; a 90-day introductory period; PTO accrued per pay period as a days figure "plus"
#     holidays; two studio days; options whose cliff is stated as "nothing vests until"; a SIMPLE
#     IRA with a 3% match; a learning budget; "we ask that you give us two weeks' notice"; a
#     deadline "within one week of the date of this letter".
letter(
    "us-sc-charleston-product-designer-startup", "pdf", datetime(2027, 2, 19, 10, 0),
    "Offer - Julianne Mbeki-Rourke", "Palmetto Tidewright, Inc.",
    font="Helvetica", size=10.5, paper="Letter",
    blocks=[
        ("head", "Palmetto Tidewright, Inc.", "454 King Street, 3rd Floor - Charleston, SC 29403"),
        ("lines", ["February 19, 2027", "", "Julianne Mbeki-Rourke", "Via email"]),
        ("para", "Dear Julianne,"),
        ("para", P("""
            We're thrilled to offer you the position of Product Designer II at Palmetto Tidewright, Inc.
            ("Tidewright"). You'll join our Payments Experience pod and report to Sunil Aggarwal-Brandt, Design
            Manager. This is a full-time position.""")),
        ("heading", "Where and when"),
        ("para", P("""
            Your proposed start date is Monday, March 15, 2027. You'll work out of our Charleston, South
            Carolina studio on King Street on Mondays and Wednesdays, which are our in-studio collaboration
            days, and from home the rest of the week. We ask everyone to be online for core hours between
            10:00 a.m. and 3:00 p.m. Eastern.""")),
        ("heading", "Pay"),
        ("para", P("""
            The salary range for a Product Designer II at Tidewright is $96,000 to $118,000. Your starting base
            salary will be $104,000 annually, paid twice a month, on the 7th and 22nd, less required
            withholdings. The role is exempt from overtime.""")),
        ("heading", "Equity"),
        ("para", P("""
            Subject to board approval, you'll be granted an option to purchase 6,500 shares of Tidewright's common
            stock. The option vests over four years. Nothing vests until you have worked here for a full year, at
            which point one quarter of the shares vest; after that the option vests in equal monthly amounts over
            the remaining three years.""")),
        ("heading", "Time off"),
        ("para", P("""
            You'll accrue 15 days of paid time off per year, earned a little each pay period, plus our ten paid
            company holidays. Unused PTO of up to five days carries into the next year.""")),
        ("heading", "Benefits"),
        ("para", P("""
            Tidewright offers medical, dental and vision coverage, with the company paying 85% of the employee
            premium, and a SIMPLE IRA retirement plan with a dollar-for-dollar match of up to 3% of your pay. You
            will also have a $1,500 annual learning budget for courses, conferences and books.""")),
        ("heading", "Introductory period"),
        ("para", P("""
            Your first 90 days will be an introductory period, during which you and your manager will meet every
            two weeks to review how things are going. Completing the introductory period does not change the
            at-will nature of your employment.""")),
        ("heading", "At-will employment"),
        ("para", P("""
            Your employment with Tidewright is at will, meaning that you or Tidewright may end it at any time,
            with or without cause. If you decide to leave, we ask that you give us two weeks' notice so that we
            can plan a good handoff.""")),
        ("heading", "Confidentiality and inventions"),
        ("para", P("""
            Like everyone at Tidewright, you'll sign our Proprietary Information and Inventions Agreement, which
            requires you to protect our confidential information and assigns to Tidewright the rights in the
            designs and other work you create for us.""")),
        ("heading", "Before you start"),
        ("para", P("""
            This offer depends on a successful background check, on satisfactory references from two former
            managers, and on your providing proof of eligibility to work in the United States. This letter is
            governed by the laws of the State of South Carolina.""")),
        ("para", P("""
            Please reply within one week of the date of this letter by signing below. We can't wait to have you
            on the team!""")),
        ("lines", ["Best,", "", "Wren Okonjo-Whitaker", "Co-founder and Chief Executive Officer",
                   "Palmetto Tidewright, Inc.", "", "Accepted: ____________________________",
                   "Julianne Mbeki-Rourke          Date: ______________"]),
    ],
)


# 10. US (Kentucky), distiller, promotion letter: TXT, a letter that changes the terms of an
#      existing employee.
#      Traps: an employee already employed (start_date null, an effective date instead); the
#      salary "will increase from ... to ..." (the new figure is this letter's salary); the
#      bonus target raised from one percent to another; a promotion RSU grant; a new restrictive
#      covenant agreement with a non-solicit; "all other terms ... remain unchanged"; no
#      governing-law clause; a countersignature date.
letter(
    "us-ky-louisville-promotion-letter-fp-and-a-director", "txt", datetime(2027, 6, 10, 9, 0),
    "Promotion letter - T. Abernathy-Soto", "Limestone Fork Distilling Company",
    blocks=[
        ("head", "LIMESTONE FORK DISTILLING COMPANY", "1601 West Main Street, Louisville, Kentucky 40203"),
        ("lines", ["June 10, 2027", "", "PERSONAL AND CONFIDENTIAL", "", "Terrence Abernathy-Soto", "Finance Department"]),
        ("para", "Dear Terrence,"),
        ("para", P("""
            I am very pleased to confirm your promotion from Senior Manager, Financial Planning to Director,
            Financial Planning & Analysis, effective July 1, 2027 (the "Effective Date"). This promotion
            recognizes the leadership you showed during our warehouse expansion and the new budgeting process you
            built for the bottling operation. In your new role you will continue to report to Margaret
            Okereke-Haas, Vice President, Finance, and will now manage a team of five analysts.""")),
        ("para", "The changes to your compensation are as follows."),
        ("bullets", [
            "Base salary: your annual base salary will increase from $142,000 to $161,500, effective with the "
            "first full pay period on or after the Effective Date. You will continue to be paid bi-weekly.",
            "Annual bonus: beginning with fiscal year 2028, your target bonus under the Limestone Fork Annual "
            "Incentive Program will increase from 15% to 20% of your base salary. Your fiscal 2027 bonus will be "
            "calculated on a blended basis.",
            "Promotion grant: subject to approval by the Compensation Committee, you will receive a one-time "
            "award of 1,200 restricted stock units, vesting in four equal annual installments beginning on the "
            "first anniversary of the grant date.",
            "Paid time off: as a Director, you will receive twenty-five (25) days of paid time off each year "
            "instead of your current twenty, in addition to company holidays.",
        ]),
        ("para", P("""
            Because directors receive broader access to our pricing, distributor and acquisition information,
            this promotion is conditioned on your signing the enclosed Director Confidentiality and
            Non-Solicitation Agreement. Under it you agree to keep that information confidential and, for
            twelve (12) months after your employment ends, not to solicit any Limestone Fork employee or
            distributor relationship you worked with.""")),
        ("para", P("""
            Your place of work remains our Louisville headquarters. All other terms and conditions of your
            employment stay the same, including your eligibility for our health, dental and 401(k) plans. Your
            employment continues to be at will, meaning that either you or the company may end it at any time
            and for any reason.""")),
        ("para", P("""
            Please sign below to acknowledge these changes and return this letter, with the signed agreement, to
            Human Resources by June 18, 2027.""")),
        ("para", "Congratulations, Terrence. This is well deserved."),
        ("lines", ["Sincerely,", "", "Margaret Okereke-Haas", "Vice President, Finance",
                   "Limestone Fork Distilling Company", "", "cc: Personnel file", "",
                   "Acknowledged and agreed:", "", "______________________________   Date: ___________",
                   "Terrence Abernathy-Soto"]),
    ],
)


# 11. US (Delaware), payments company, chief commercial officer: PDF, 3 pages, numbered
#      paragraphs.
#      Traps: the salary stated per month with its annualized figure in brackets; "payable
#      semi-monthly"; a sign-on bonus in two instalments with repayment; options vesting monthly
#      with "no cliff" (cliff 0); notice differing by side (30 days from the Company, with pay in
#      lieu, 60 days from the executive) beside an at-will sentence; a 27-day PTO bank for
#      vacation and illness together; free parking; a six-month non-compete and a twelve-month
#      non-solicit inside a "Restricted Period" definition; the Court of Chancery; a deadline
#      counted as ten days from the letter's date.
letter(
    "us-de-wilmington-chief-commercial-officer-offer", "pdf", datetime(2027, 3, 22, 12, 0),
    "Offer Letter - O. Hartigan-Pryce", "Lantern Quay Payments, Inc.",
    font="DejaVuSans", size=10, paper="Letter", footer="Lantern Quay Payments, Inc. | Confidential",
    blocks=[
        ("head", "Lantern Quay Payments, Inc.", "200 Justison Street, Wilmington, Delaware 19801"),
        ("lines", ["March 22, 2027", "", "Oluwaseun Hartigan-Pryce", "41 Rockland Road", "Chadds Ford, PA 19317"]),
        ("para", "Dear Seun:"),
        ("para", P("""
            I am pleased to set out below the terms on which Lantern Quay Payments, Inc. (the "Company") offers
            to employ you as its Chief Commercial Officer. You will report to the Chief Executive Officer and
            will be responsible for sales, partnerships and account management for the Company's merchant
            acquiring and embedded payments businesses.""")),
        ("para", P("""
            1. Start Date; Location. Your employment under this letter will begin on May 3, 2027 (the "Start
            Date"). You will be based at the Company's principal office in Wilmington, Delaware. You may work
            remotely one day a week; otherwise we expect you in the office, and you will travel regularly to meet
            partners and clients.""")),
        ("para", P("""
            2. Base Salary. The Company will pay you a base salary at the rate of $29,500 per month ($354,000 on
            an annualized basis), payable semi-monthly under the Company's usual payroll procedures and subject
            to applicable withholding. The Board's Compensation Committee will review your base salary at least
            once a year.""")),
        ("para", P("""
            3. Annual Bonus. You will be eligible for an annual performance bonus under the Company's Executive
            Bonus Program. Your target bonus will be 50% of base salary, and payouts may range up to 150% of
            target. For 2027, your bonus will be prorated according to the number of days you are employed
            during the year.""")),
        ("para", P("""
            4. Sign-On Bonus. The Company will pay you a sign-on bonus of $60,000 in two equal installments of
            $30,000: the first with your first regular paycheck, and the second with the first regular paycheck
            after you complete six months of employment. If you resign other than for Good Reason, or are
            terminated for Cause, before the first anniversary of the Start Date, you must repay every
            installment you have received, in full, within thirty (30) days.""")),
        ("para", P("""
            5. Stock Option. On or shortly after the Start Date, and subject to approval by the Board, the
            Company will grant you an option to purchase 220,000 shares of its common stock under the Lantern
            Quay Payments, Inc. 2020 Stock Option and Grant Plan, at an exercise price equal to the fair market
            value per share on the grant date. The option will vest in thirty-six (36) equal monthly installments
            beginning one month after the Start Date, with no cliff, subject to your continued service. If there
            is a Sale Event (as the plan defines it) and, within twelve months afterwards, your employment is
            terminated without Cause or you resign for Good Reason, any unvested portion of the option will
            vest in full.""")),
        ("para", P("""
            6. Benefits; Paid Time Off. You may participate in the Company's employee benefit plans on the same
            terms as other senior executives, currently including medical, dental and vision insurance,
            employer-paid life and disability insurance, and a 401(k) plan with a Company match of 100% of the
            first 6% of pay you contribute. The Company provides free parking at our Justison Street garage. You
            will receive 27 days of paid time off each year, to be used for vacation, personal days and illness,
            in addition to the Company's paid holidays.""")),
        ("para", P("""
            7. Termination and Notice. Your employment is at will and is not for any fixed term. The Company may
            terminate your employment without Cause by giving you thirty (30) days' written notice, or base
            salary in lieu of all or part of that notice. You agree to give the Company sixty (60) days' written
            notice of your resignation. If the Company terminates your employment without Cause, or you resign
            for Good Reason, you will receive severance under the separate Severance Letter Agreement being
            delivered to you with this letter, subject to your signing a release of claims.""")),
        ("para", P("""
            8. Restrictive Covenants. During your employment and the Restricted Period, you will not (a) engage
            in, or provide services to, any business that offers merchant acquiring or payment facilitation
            services in the United States, or (b) solicit or hire any employee of the Company or solicit any
            merchant or partner of the Company to end or reduce its relationship with the Company. "Restricted
            Period" means six (6) months after your employment ends for purposes of clause (a) and twelve (12)
            months after your employment ends for purposes of clause (b). You will also sign the Company's
            Confidentiality and Assignment of Inventions Agreement, which protects the Company's confidential
            information and assigns to the Company the intellectual property you create in your work.""")),
        ("para", P("""
            9. Regulatory Matters; Conditions. Because the Company is a licensed money transmitter, this offer
            is conditioned on the satisfactory results of a criminal background check and fingerprinting, and on
            your providing any information that state regulators require of our executive officers. You must
            also provide proof of your identity and authorization to work in the United States as federal law
            requires.""")),
        ("para", P("""
            10. Governing Law; Forum. This letter is governed by the laws of the State of Delaware. Any action
            arising from it must be brought in the Court of Chancery of the State of Delaware, and each party
            waives trial by jury.""")),
        ("para", P("""
            This offer will remain open for ten (10) days from the date of this letter. To accept, please sign
            and return a copy of this letter to me.""")),
        ("lines", ["Yours sincerely,", "", "LANTERN QUAY PAYMENTS, INC.", "", "By: ____________________________",
                   "Cassandra Whitlow-Mbatha", "Chief Executive Officer", "",
                   "Accepted and agreed:", "", "____________________________", "Oluwaseun Hartigan-Pryce",
                   "Date: ______________"]),
    ],
)


# 12. US (Iowa), mutual insurer, chief actuary: DOCX whose salary is only in a schedule table.
#      Traps: "the Base Salary stated in Schedule A" with two years' figures in the table (the
#      first counts); "twenty-six bi-weekly installments"; a long-term incentive paid in cash (a
#      mutual company has no stock: equity null); hours from times of day less a lunch; vacation
#      in weeks and sick days apart; a relocation policy with an allowance and a repayment
#      clause; a pension and a 401(k) match; exam fees (education); a 12-month non-compete limited
#      to three states and a 12-month non-solicit; "countersign no later than".
letter(
    "us-ia-des-moines-chief-actuary-schedule", "docx", datetime(2027, 5, 7, 10, 0),
    "Offer of Employment - H. Vukovic-Sandoval", "Prairie Loess Mutual Insurance Company",
    paper="Letter",
    blocks=[
        ("head", "Prairie Loess Mutual Insurance Company", "801 Grand Avenue · Des Moines, Iowa 50309 · Home Office"),
        ("lines", ["May 7, 2027", "", "Henrietta Vukovic-Sandoval, FCAS", "2716 Hampden Court", "Lincoln, NE 68502"]),
        ("para", "Dear Henrietta:"),
        ("para", P("""
            Prairie Loess Mutual Insurance Company (the "Company") is pleased to offer you the position of
            Senior Vice President and Chief Actuary, a full-time officer position reporting to the Chief
            Financial Officer. Subject to your acceptance and the conditions below, you will also be appointed
            the Company's Appointed Actuary for statutory reporting purposes.""")),
        ("para", P("""
            Your first day will be Tuesday, June 1, 2027. You will work at the Company's Home Office in Des
            Moines, Iowa. Home Office hours are 7:30 a.m. to 4:00 p.m., Monday through Friday, with a
            thirty-minute lunch period.""")),
        ("heading", "Compensation"),
        ("para", P("""
            Your compensation is set out in Schedule A to this letter. You will be paid the Base Salary stated
            in Schedule A in twenty-six bi-weekly installments each year, less applicable withholdings. Your
            position is exempt from overtime. The Base Salary and incentive targets are reviewed by the
            Compensation Committee of the Board each February.""")),
        ("para", P("""
            As a mutual company, Prairie Loess does not issue stock, and you will not receive any equity
            award. Instead, you will take part in the Long-Term Cash Incentive Plan, under which awards are
            earned over three-year performance cycles based on the Company's surplus growth and combined
            ratio.""")),
        ("heading", "Relocation"),
        ("para", P("""
            You will be eligible for relocation assistance under the Company's Tier II Relocation Policy,
            including the direct payment of moving costs, up to sixty days of temporary housing in Des Moines,
            and a miscellaneous relocation allowance of $12,500. If you voluntarily leave the Company within
            twelve (12) months after your first day, you agree to repay the relocation assistance you received,
            as the policy describes.""")),
        ("heading", "Time Off and Benefits"),
        ("para", P("""
            You will receive four weeks of vacation each year and eight days of sick leave, plus the Company's
            ten paid holidays. You will be eligible for the Company's medical, dental and vision plans, group
            term life and long-term disability insurance, the Prairie Loess Retirement Plan (a defined benefit
            pension plan), and the Prairie Loess 401(k) Plan, under which the Company matches 50% of your
            contributions up to 6% of your salary. The Company also pays your Casualty Actuarial Society dues
            and continuing education costs.""")),
        ("heading", "Restrictive Covenants"),
        ("para", P("""
            You agree that, for twelve (12) months after your employment ends, you will not serve as an actuary
            or actuarial executive for any property and casualty insurer writing personal lines in Iowa,
            Nebraska or Minnesota, and you will not solicit any Company employee to leave the Company. You also
            agree to hold the Company's confidential information, including its rate filings before they are
            public, reserving data and policyholder information, in confidence during and after your
            employment.""")),
        ("heading", "Employment Relationship"),
        ("para", P("""
            Employment with the Company is not for a definite term, and you or the Company may end it at any
            time, for any reason. This letter is governed by Iowa law.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is conditioned on (a) a background check satisfactory to the Company, (b) confirmation of
            your degree and of your Fellowship in the Casualty Actuarial Society, and (c) your providing proof of
            eligibility to work in the United States within three days after you start.""")),
        ("para", P("""
            Please countersign this letter no later than Friday, May 14, 2027. We look forward to welcoming you
            to Des Moines.""")),
        ("lines", ["Sincerely,", "", "Bartholomew Icaza-Lindahl", "Chief Financial Officer",
                   "Prairie Loess Mutual Insurance Company", "", "Accepted:", "",
                   "______________________________   Date: ____________", "Henrietta Vukovic-Sandoval"]),
        ("pagebreak",),
        ("title", "Schedule A - Compensation"),
        ("table", [
            ["Item", "Amount"],
            ["Base Salary (2027)", "$268,000 per year"],
            ["Base Salary (2028)", "$279,000 per year, from January 1, 2028"],
            ["Target Annual Incentive", "35% of Base Salary (2027 prorated from your first day)"],
            ["Long-Term Cash Incentive", "Target 40% of Base Salary per three-year cycle, paid in cash"],
            ["Relocation allowance", "$12,500 (in addition to direct moving costs)"],
        ], True),
    ],
)


if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
