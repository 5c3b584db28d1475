#!/usr/bin/env python3
"""Build the ninth held-out set under tests/letters_unseen9/<id>/<id>.<ext> from the texts here.

Long employment agreements and contracts (six to fifteen pages), the kind candidates for
senior, regulated or fixed-term roles are sent: US executive employment agreements in the
style of SEC exhibits, a Scottish bank's contract with a particulars schedule, an Irish
university's fixed-term research contract, a Singapore employment agreement (scanned), and
an Australian employment agreement with a schedule. Kept apart from tuning.

Written blind: the writer read only the terms contract (/work/shared/eval/TERMS.md),
/work/shared/README.md, scripts/score_letters.py and tests/letters_scorer.py (how gold is
read), the README files of tests/letters_unseen to tests/letters_unseen4 (for the
jurisdictions and traps already used), tests/blind_letters.py and
tests/letters_unseen4/make_letters.py (for the format) and one gold file of the fourth set
(for the YAML shape); not rules/, not src/, not the corpus, not any other letter or gold of
an earlier set, nothing of the fifth to eighth sets beyond the list of places they covered,
and offercheck was never run on these letters (the gold quotes are checked against the
texts here and against pypdfium2's and python-docx's reading of the documents). Do not tune
rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen9/make_letters.py             # rewrite every letter
    python tests/letters_unseen9/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen9/make_letters.py --check     # rebuild in memory: fail if a
                                                             # committed file differs or a gold
                                                             # quote is not in the letter's text

Every company, person, address and figure below is invented, and every sentence was written
for this set. The renderers are the shared ones in tests/blind_letters.py (unchanged).
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

# 1. US (Texas), midstream energy holding company: PDF, Letter paper, about 11 pages, an
#     executive employment agreement filed as Exhibit 10.1.
#     Traps: no letterhead; the employer's full legal name only in the parties clause and the
#     signature block ("the Company" everywhere else); "Base Salary" as a defined term in a
#     definitions article; a three-year initial term that renews itself (open-ended); pay "no
#     less frequently than monthly" (not a pay frequency); a target bonus with a maximum; an
#     option grant whose cliff and monthly vesting follow in the next sentences, beside a
#     future annual award expressed as a percent of salary; a sign-on bonus and relocation
#     cap repayable on early resignation; resignation notice 60 days vs 30 days from the
#     Company; 12-month non-compete and 24-month non-solicit inside definitions; 280G;
#     arbitration with a jury waiver.
letter(
    "us-tx-houston-cfo-executive-employment-agreement", "pdf", datetime(2027, 2, 8, 9, 0),
    "Executive Employment Agreement", "Legal Department",
    font="DejaVuSerif", size=11, paper="Letter", footer="Executive Employment Agreement",
    blocks=[
        ("lines", ["Exhibit 10.1"]),
        ("title", "EXECUTIVE EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This EXECUTIVE EMPLOYMENT AGREEMENT (this "Agreement") is entered into as of February 8, 2027
            (the "Effective Date"), by and between Brazos Meridian Midstream Holdings, Inc., a Delaware
            corporation (the "Company"), and Corliss A. Vandermeer (the "Executive"). The Company and the
            Executive are each referred to in this Agreement as a "Party" and together as the "Parties".""")),
        ("heading", "RECITALS"),
        ("para", P("""
            WHEREAS, the Company wishes to secure the services of the Executive as its Executive Vice President
            and Chief Financial Officer from and after the Start Date (as defined below), and the Executive is
            willing to serve in that capacity; and""")),
        ("para", P("""
            WHEREAS, the Parties wish to record in writing the terms on which the Executive will serve, including
            the compensation she will receive and the covenants she gives in return for it;""")),
        ("para", P("""
            NOW, THEREFORE, in consideration of the mutual promises set out below, and for other good and
            valuable consideration whose receipt and sufficiency the Parties acknowledge, the Parties agree as
            follows:""")),
        ("heading", "ARTICLE I - DEFINITIONS"),
        ("para", P("""
            1.1 Defined Terms. Capitalized words used in this Agreement have the meanings set out in this
            Section 1.1 or where they are first defined in the text.""")),
        ("para", P("""
            (a) "Base Salary" means the annual rate of base salary payable to the Executive under Section 4.1,
            as adjusted from time to time.""")),
        ("para", P("""
            (b) "Board" means the Board of Directors of the Company, and "Committee" means the Compensation
            and Human Capital Committee of the Board or any successor committee.""")),
        ("para", P("""
            (c) "Cause" means the Executive's (i) conviction of, or plea of guilty or no contest to, a felony or
            any crime involving fraud or dishonesty; (ii) willful and continued failure to perform her material
            duties after written notice describing the failure and a cure period of thirty (30) days; (iii)
            willful misconduct that causes material harm to the Company; (iv) material breach of Article VII;
            or (v) material violation of a written Company policy on harassment, securities trading or
            financial reporting. No act or omission is "willful" if the Executive believed in good faith that
            it was in the best interests of the Company.""")),
        ("para", P("""
            (d) "Change in Control" has the meaning given in the Equity Plan as in effect on the Effective
            Date.""")),
        ("para", P("""
            (e) "Code" means the Internal Revenue Code of 1986, as amended, and the Treasury Regulations and
            guidance issued under it.""")),
        ("para", P("""
            (f) "Date of Termination" means the date on which the Executive's employment with the Company and
            its affiliates ends for any reason.""")),
        ("para", P("""
            (g) "Equity Plan" means the Company's 2024 Omnibus Incentive Compensation Plan, as amended from time
            to time, or any successor plan.""")),
        ("para", P("""
            (h) "Good Reason" means, without the Executive's written consent: (i) a material reduction in the
            Base Salary or Target Bonus percentage, other than an across-the-board reduction of not more than
            ten percent (10%) applied to all senior executives; (ii) a material diminution in her title,
            authority or duties, or her ceasing to report directly to the Chief Executive Officer; (iii) a
            relocation of her principal place of employment by more than fifty (50) miles; or (iv) a material
            breach of this Agreement by the Company. A resignation is for Good Reason only if the Executive
            gives written notice of the condition within sixty (60) days of its first occurrence, the Company
            fails to cure it within thirty (30) days of that notice, and she resigns within thirty (30) days
            after the cure period ends.""")),
        ("para", P("""
            (i) "Restricted Business" means the gathering, processing, transportation, storage or marketing of
            natural gas, natural gas liquids or crude oil in the Restricted Territory.""")),
        ("para", P("""
            (j) "Restricted Territory" means the States of Texas, New Mexico, Oklahoma and Louisiana, and any
            other state in which the Company or its subsidiaries own or operate pipeline or processing assets
            on the Date of Termination.""")),
        ("para", P("""
            (k) "Non-Competition Period" means the period of the Executive's employment and the twelve (12)
            months immediately following the Date of Termination.""")),
        ("para", P("""
            (l) "Non-Solicitation Period" means the period of the Executive's employment and the twenty-four
            (24) months immediately following the Date of Termination.""")),
        ("para", P("""
            (m) "Start Date" means March 15, 2027, or such other date as the Parties agree in writing.""")),
        ("para", P("""
            (n) "Target Bonus" has the meaning given in Section 4.2.""")),
        ("heading", "ARTICLE II - EMPLOYMENT AND DUTIES"),
        ("para", P("""
            2.1 Position. Beginning on the Start Date, the Company shall employ the Executive as its Executive
            Vice President and Chief Financial Officer. She shall report directly to the Chief Executive Officer
            and shall have the duties, authority and responsibilities customary for a chief financial officer of
            a publicly traded company of similar size, together with any other duties consistent with her
            position that the Chief Executive Officer assigns.""")),
        ("para", P("""
            2.2 Full Business Time. During the Term, the Executive shall devote substantially all of her
            business time and attention to the business of the Company. She may serve on the board of one
            for-profit company that does not compete with the Company, with the prior written consent of the
            Board, and may manage her personal investments and take part in civic and charitable activities,
            in each case so long as those activities do not interfere with her duties.""")),
        ("para", P("""
            2.3 Place of Performance. The Executive's principal place of employment shall be the Company's
            headquarters in Houston, Texas, subject to business travel reasonably required by her duties.""")),
        ("para", P("""
            2.4 Conditions. The Executive's employment is conditioned on the Company's receipt of a satisfactory
            report from the background investigation she has authorized, and on her providing documents that
            establish her identity and authorization to work in the United States, as Form I-9 requires.""")),
        ("heading", "ARTICLE III - TERM"),
        ("para", P("""
            3.1 Initial Term. The Executive's employment under this Agreement shall begin on the Start Date and,
            unless ended earlier under Article V, shall continue until the third anniversary of the Start Date
            (the "Initial Term").""")),
        ("para", P("""
            3.2 Renewal. On the expiry of the Initial Term and on each anniversary after it, the term of
            employment shall extend automatically for one additional year unless either Party delivers written
            notice of non-renewal to the other at least ninety (90) days before the date on which the term would
            otherwise extend. The Initial Term and every extension are together the "Term". A notice of
            non-renewal by the Company is treated as a termination without Cause effective at the end of the
            Term then in effect.""")),
        ("heading", "ARTICLE IV - COMPENSATION AND BENEFITS"),
        ("para", P("""
            4.1 Base Salary. The Company shall pay the Executive a Base Salary at an initial annual rate of Five
            Hundred Thirty-Five Thousand Dollars ($535,000), in installments under the Company's normal payroll
            practices for senior executives, but no less frequently than monthly. The Committee shall review the
            Base Salary at least once each year and may increase it, but not decrease it except as Section
            1.1(h)(i) allows.""")),
        ("para", P("""
            4.2 Annual Bonus. For each fiscal year ending during the Term, beginning with fiscal year 2027, the
            Executive shall be eligible to earn an annual cash bonus under the Company's Annual Incentive Plan.
            Her target bonus opportunity shall be eighty percent (80%) of the Base Salary in effect at the end
            of that fiscal year (the "Target Bonus"), and the maximum bonus shall be twice the Target Bonus. The
            bonus actually paid shall depend on the achievement of performance goals the Committee sets after
            consulting the Chief Executive Officer. The bonus for fiscal year 2027 shall not be pro-rated for
            the part of the year before the Start Date. Any bonus earned shall be paid in the calendar year
            after the year to which it relates, when annual bonuses are paid to the Company's other senior
            executives and in any event by March 15 of that year.""")),
        ("para", P("""
            4.3 Sign-On Bonus. The Company shall pay the Executive a one-time cash sign-on bonus of $250,000
            within thirty (30) days after the Start Date. If, before the first anniversary of the Start Date,
            the Executive resigns without Good Reason or the Company terminates her employment for Cause, she
            shall repay the full after-tax amount of the sign-on bonus to the Company within thirty (30) days
            after the Date of Termination.""")),
        ("para", P("""
            4.4 Relocation. The Executive shall relocate her principal residence to the Houston metropolitan
            area no later than September 30, 2027. The Company shall reimburse her reasonable and documented
            relocation expenses under its executive relocation policy, up to a total of $100,000, including
            temporary housing for up to six months, home-finding trips and the movement of household goods. The
            repayment obligation in Section 4.3 applies to these reimbursements on the same terms.""")),
        ("para", P("""
            4.5 Benefit Plans. The Executive shall be eligible to participate in the employee benefit plans the
            Company maintains for its senior executives from time to time, on the terms of those plans,
            including its medical, dental and vision plans, group term life and long-term disability insurance,
            the Brazos Meridian 401(k) Savings Plan and the Employee Stock Purchase Plan. The Company may amend
            or end any plan at any time.""")),
        ("para", P("""
            4.6 Vacation. The Executive shall be entitled to four (4) weeks of paid vacation in each calendar
            year, pro-rated for partial years, in addition to the holidays the Company observes, to be taken at
            times that do not unreasonably disrupt the Company's business.""")),
        ("para", P("""
            4.7 Business Expenses. The Company shall reimburse the Executive for reasonable business expenses she
            incurs in performing her duties, in line with the Company's expense and travel policies.""")),
        ("para", P("""
            4.8 Indemnification. The Company shall indemnify the Executive and advance her expenses to the
            fullest extent its certificate of incorporation and bylaws permit, and she shall be covered by its
            directors' and officers' liability insurance on the same basis as its other executive officers.""")),
        ("heading", "ARTICLE V - EQUITY AWARDS"),
        ("para", P("""
            5.1 Inducement Option. As soon as practicable after the Start Date, and in any event within thirty
            (30) days after it, the Committee shall grant the Executive an option to purchase 240,000 shares of
            the Company's common stock (the "Inducement Option") under the Equity Plan, with an exercise price
            per share equal to the closing price of a share on the date of grant.""")),
        ("para", P("""
            5.2 Vesting. Twenty-five percent (25%) of the shares subject to the Inducement Option shall vest and
            become exercisable on the first anniversary of the Start Date. The remaining shares shall vest in
            thirty-six (36) substantially equal monthly installments on the same day of each month after that
            anniversary, so that the Inducement Option is fully vested on the fourth anniversary of the Start
            Date, subject in each case to the Executive's continued employment through the vesting date. The
            Inducement Option shall have a term of ten years and shall otherwise be governed by the Equity Plan
            and the award agreement the Committee approves.""")),
        ("para", P("""
            5.3 Annual Awards. Beginning with the Company's 2028 annual grant cycle, the Executive shall be
            eligible for annual long-term incentive awards under the Equity Plan. The Committee expects, but is
            not bound, to set her annual award at a grant-date value of about two hundred percent (200%) of her
            Base Salary, in the forms and on the vesting terms it sets for the Company's other executive
            officers.""")),
        ("para", P("""
            5.4 Clawback Policy. Any incentive compensation paid or awarded to the Executive is subject to the
            Company's Compensation Recovery Policy, as in effect from time to time, and to any recovery that
            applicable law or listing standards require.""")),
        ("heading", "ARTICLE VI - TERMINATION OF EMPLOYMENT"),
        ("para", P("""
            6.1 Generally. The Executive's employment may be ended during the Term by either Party as this
            Article VI provides. On any termination, the Executive shall receive (a) her Base Salary earned but
            not yet paid through the Date of Termination, (b) any annual bonus earned for a completed fiscal
            year but not yet paid, (c) reimbursement of unreimbursed business expenses, and (d) vested benefits
            under the Company's benefit plans (together, the "Accrued Obligations").""")),
        ("para", P("""
            6.2 Death or Disability. The Executive's employment ends automatically on her death. The Company may
            end it upon her Disability, meaning her inability, because of a physical or mental condition, to
            perform the essential functions of her position, with or without reasonable accommodation, for one
            hundred twenty (120) consecutive days or one hundred eighty (180) days in any twelve-month period.""")),
        ("para", P("""
            6.3 By the Company. The Company may terminate the Executive's employment for Cause at any time. The
            Company may terminate her employment without Cause upon not less than thirty (30) days' prior
            written notice, and it may, in its discretion, pay her Base Salary for all or part of that notice
            period in lieu of notice.""")),
        ("para", P("""
            6.4 By the Executive. The Executive may resign for Good Reason under the procedure in Section
            1.1(h). She may resign without Good Reason by giving the Company at least sixty (60) days' prior
            written notice; the Company may waive all or part of that notice period, in which case her
            resignation shall take effect on the date it specifies.""")),
        ("para", P("""
            6.5 Severance. If the Company terminates the Executive's employment without Cause (other than because
            of death or Disability), or she resigns for Good Reason, then, in addition to the Accrued
            Obligations and subject to Section 6.7, the Company shall: (a) pay her an amount equal to one and
            one-half (1.5) times the sum of her Base Salary and Target Bonus, in substantially equal
            installments over eighteen (18) months on the Company's regular payroll dates; (b) pay her a
            pro-rated annual bonus for the fiscal year in which the Date of Termination falls, based on actual
            performance; and (c) if she timely elects COBRA continuation coverage, pay the employer portion of
            the premiums for her and her covered dependants for up to eighteen (18) months.""")),
        ("para", P("""
            6.6 Change in Control. If the termination described in Section 6.5 occurs within three (3) months
            before or twenty-four (24) months after a Change in Control, the multiple in Section 6.5(a) shall be
            two and one-half (2.5) instead of one and one-half, the amount shall be paid in a single lump sum,
            and all of her outstanding time-based equity awards shall vest in full.""")),
        ("para", P("""
            6.7 Release. The payments and benefits in Sections 6.5 and 6.6, other than the Accrued Obligations,
            are conditioned on the Executive's signing and not revoking a general release of claims
            substantially in the form of Exhibit A, which must become effective within sixty (60) days after the
            Date of Termination, and on her continued compliance with Article VII.""")),
        ("para", P("""
            6.8 Section 280G. If any payment or benefit the Executive would receive in connection with a change
            in ownership or control would be a "parachute payment" within the meaning of Section 280G of the Code
            and would be subject to the excise tax under Section 4999 of the Code, then those payments shall be
            either paid in full or reduced to the largest amount that would trigger no excise tax, whichever
            leaves the Executive with the greater amount after all taxes. Any reduction shall be made in the
            order that gives her the greatest economic benefit, and the Company shall pay for the calculations,
            which an accounting firm it selects shall make. The Company shall not gross up any excise tax.""")),
        ("para", P("""
            6.9 Resignation from Offices. On any termination, the Executive shall be deemed to have resigned from
            every office and directorship she then holds with the Company and its affiliates.""")),
        ("heading", "ARTICLE VII - RESTRICTIVE COVENANTS"),
        ("para", P("""
            7.1 Confidential Information. The Executive shall not, during the Term or at any time afterward, use
            or disclose any trade secret or other confidential or proprietary information of the Company or its
            affiliates, except as her duties require or the law compels. Nothing in this Agreement prevents her
            from reporting possible violations of law to a government agency, making disclosures that
            whistleblower laws protect, or disclosing a trade secret in the circumstances 18 U.S.C. Section 1833(b)
            describes.""")),
        ("para", P("""
            7.2 Work Product. All inventions, analyses, models, documents and other work product that the
            Executive creates, alone or with others, in the course of her employment belong to the Company. She
            hereby assigns to the Company all of her right, title and interest in that work product and shall
            sign any document reasonably needed to confirm or register the Company's ownership.""")),
        ("para", P("""
            7.3 Non-Competition. During the Non-Competition Period, the Executive shall not, directly or
            indirectly, own, manage, operate, be employed by, consult for or otherwise provide services to any
            person engaged in the Restricted Business, in a role similar to any she held with the Company in the
            two years before the Date of Termination. Owning less than two percent (2%) of a publicly traded
            company's stock, as a passive investment, does not breach this Section.""")),
        ("para", P("""
            7.4 Non-Solicitation. During the Non-Solicitation Period, the Executive shall not, directly or
            through others, (a) solicit or hire any person who is, or within the six months before was, an
            employee of the Company or its subsidiaries at the level of manager or above, or (b) solicit any
            shipper, producer or customer of the Company with whom she had material contact to stop or reduce
            its business with the Company.""")),
        ("para", P("""
            7.5 Non-Disparagement. The Executive shall not make any public statement that disparages the Company,
            its directors or its officers, and the Company shall instruct its directors and executive officers
            not to disparage her.""")),
        ("para", P("""
            7.6 Reasonableness; Remedies. The Executive agrees that the covenants in this Article VII are
            ancillary to an otherwise enforceable agreement, including the Company's promise to give her
            confidential information, and are reasonable in time, territory and scope. If a court finds any of
            them too broad, it shall reform the covenant to the extent needed to make it enforceable. A breach
            would cause the Company irreparable harm, so the Company may seek injunctive relief in addition to
            any other remedy, without posting a bond.""")),
        ("heading", "ARTICLE VIII - DISPUTE RESOLUTION"),
        ("para", P("""
            8.1 Arbitration. Except for a claim for injunctive relief under Section 7.6, any dispute, controversy
            or claim between the Parties arising out of or relating to this Agreement or the Executive's
            employment shall be resolved by final and binding arbitration before a single arbitrator
            administered by JAMS under its Employment Arbitration Rules & Procedures, in Houston, Texas. The
            Company shall pay the arbitrator's fees and the administrative costs of the arbitration.""")),
        ("para", P("""
            8.2 Jury Waiver. TO THE EXTENT ANY DISPUTE IS HEARD IN A COURT, EACH PARTY KNOWINGLY AND VOLUNTARILY
            WAIVES ANY RIGHT TO A TRIAL BY JURY.""")),
        ("para", P("""
            8.3 Governing Law. This Agreement shall be governed by the laws of the State of Texas, without giving
            effect to any choice-of-law rule that would apply the law of another jurisdiction.""")),
        ("heading", "ARTICLE IX - GENERAL PROVISIONS"),
        ("para", P("""
            9.1 Notices. Any notice under this Agreement must be in writing and is given when delivered by hand,
            one business day after it is sent by a national overnight courier, or when sent by email with a copy
            by courier, addressed as follows (or to any other address a Party gives by notice):""")),
        ("lines", ["If to the Company: 1400 Post Oak Boulevard, Suite 2600, Houston, Texas 77056,",
                   "Attention: General Counsel (legalnotices@brazosmeridian.example)",
                   "If to the Executive: at the most recent home address on file with the Company."]),
        ("para", P("""
            9.2 Section 409A. The Parties intend this Agreement to comply with, or be exempt from, Section 409A of
            the Code, and it shall be interpreted accordingly. Each installment is a separate payment. If the
            Executive is a "specified employee" on her separation from service, any payment of deferred
            compensation due because of that separation shall be delayed until the first business day after the
            six-month anniversary of the separation, to the extent required to avoid tax under Section 409A.""")),
        ("para", P("""
            9.3 Entire Agreement. This Agreement, together with the Equity Plan and the award agreements under
            it, contains the entire understanding of the Parties on its subject and supersedes the term sheet
            dated January 20, 2027 and all other prior discussions. It may be amended only in a writing signed by
            the Executive and an authorized officer of the Company.""")),
        ("para", P("""
            9.4 Withholding. The Company may withhold from any amount payable under this Agreement the taxes and
            other amounts that applicable law requires.""")),
        ("para", P("""
            9.5 Survival; Assignment. Articles VI through IX survive the end of the Executive's employment. The
            Company may assign this Agreement to a successor to all or substantially all of its business; the
            Executive may not assign it.""")),
        ("para", P("""
            9.6 Counterparts. This Agreement may be signed in counterparts, including by electronic signature,
            each of which is an original and all of which are one instrument.""")),
        ("para", "[Signature page follows]"),
        ("pagebreak",),
        ("para", P("""
            IN WITNESS WHEREOF, the Parties have signed this Executive Employment Agreement as of the Effective
            Date.""")),
        ("lines", ["BRAZOS MERIDIAN MIDSTREAM HOLDINGS, INC.", "", "By: /s/ Hollis T. Abernathy",
                   "Name: Hollis T. Abernathy", "Title: President and Chief Executive Officer", "", "",
                   "EXECUTIVE", "", "/s/ Corliss A. Vandermeer", "Corliss A. Vandermeer"]),
        ("pagebreak",),
        ("title", "EXHIBIT A - FORM OF GENERAL RELEASE"),
        ("para", P("""
            In exchange for the severance payments and benefits described in Section 6.5 (and, if it applies,
            Section 6.6) of the Executive Employment Agreement between the Company and me (the "Agreement"), which
            I would not otherwise receive, I, on behalf of myself, my heirs and my assigns, release and forever
            discharge the Company, its subsidiaries and affiliates, and their directors, officers, employees and
            agents (the "Released Parties") from every claim I have or may have against any of them, known or
            unknown, up to the date I sign this release, including any claim arising from my employment or its
            end, and any claim under Title VII of the Civil Rights Act of 1964, the Age Discrimination in
            Employment Act, the Americans with Disabilities Act, the Family and Medical Leave Act, Chapter 21 of
            the Texas Labor Code, or any other federal, state or local law.""")),
        ("para", P("""
            This release does not cover (a) my rights under the Agreement to the severance payments and
            benefits, (b) my vested rights under the Company's benefit plans and equity awards, (c) my rights to
            indemnification and insurance coverage as an officer, or (d) any claim that cannot be released by
            law. Nothing here prevents me from filing a charge with, or taking part in an investigation by, the
            Equal Employment Opportunity Commission or another agency, although I waive any right to recover
            money from the Released Parties in such a proceeding, other than an award from a government agency
            for information I provide.""")),
        ("para", P("""
            I acknowledge that I have been advised in writing to consult a lawyer before signing this release;
            that I have had at least twenty-one (21) days to consider it; that I may revoke it within seven (7)
            days after I sign it by written notice to the General Counsel; and that it becomes effective on the
            eighth day after I sign it if I have not revoked it.""")),
        ("para", P("""
            I confirm that I have been paid all compensation owed to me through the date I sign this release,
            other than the amounts the Agreement still provides for, that I have reported any workplace injury,
            and that I have returned all Company property.""")),
        ("lines", ["Signature: ______________________________", "Corliss A. Vandermeer",
                   "Date: ______________________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
