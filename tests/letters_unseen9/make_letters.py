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


# 2. UK (Scotland), a bank: PDF with ruled tables, about 12 pages: a covering letter, a
#     contract of employment in 24 numbered clauses, and a particulars schedule at the end.
#     Traps: salary, hours, holiday and notice only in the Schedule, which the clauses point to
#     by item number; salary in figures and words beside its grade range; "on or about the
#     22nd"; hours from times less a lunch hour; "in addition to" public holidays, rising with
#     service; company sick pay in weeks (full and half pay); probation with a week's notice;
#     three months from the employee vs one month from the Bank in the first two years; PILON
#     and garden leave; a six-month non-compete and twelve-month non-solicit, reduced by garden
#     leave; discretionary variable pay with no figure (and Remuneration Code malus/clawback);
#     qualification fees repayable; regulatory references; "the law of Scotland".
_GLASGOW_SCHEDULE = [
    ["Item", "Particulars"],
    ["1. Employee", "Eilidh Margaret Rossiter"],
    ["2. Job title", "Senior Credit Risk Manager, Corporate and Commercial Banking"],
    ["3. Reporting to", "Head of Credit Risk, Corporate and Commercial Banking"],
    ["4. Commencement Date", "Monday 5 April 2027. No previous employment counts towards your period of continuous employment."],
    ["5. Place of work", "Glasgow (120 St Vincent Street), under the Bank's hybrid working arrangements described in clause 5.2"],
    ["6. Salary", "£78,500 (seventy-eight thousand five hundred pounds) gross per annum, within Grade F5 (salary range £71,000 to £96,000), paid in equal monthly instalments on or about the 22nd of each month"],
    ["7. Normal hours", "35 hours per week: Monday to Friday, 9.00 am to 5.00 pm, with an unpaid lunch break of one hour each day"],
    ["8. Holiday entitlement", "27 working days in each holiday year (1 January to 31 December), in addition to 9 public and bank holidays, rising to 30 working days after five years' continuous service"],
    ["9. Notice", "During probation: one week by either party. After probation: by you, three months; by the Bank, one month until you have two years' continuous service and three months after that"],
    ["10. Pension", "Clydeholm Retirement Savings Plan: Bank contribution 10% of Salary; your contribution 4% of Salary (by salary sacrifice unless you opt out of it)"],
    ["11. Restricted Periods", "Non-competition: 6 months. Non-solicitation and non-dealing (clients): 12 months. Non-poaching (staff): 12 months. Each is reduced by any period of Garden Leave."],
    ["12. Collective agreements", "None"],
]

letter(
    "uk-sco-glasgow-bank-credit-risk-contract-schedule", "pdf", datetime(2027, 2, 26, 11, 0),
    "Contract of Employment - E M Rossiter", "Clydeholm Mercantile Bank plc",
    font="DejaVuSerif", size=10.5, paper="A4", footer="Contract of Employment (Grades F1 to F8) - Version 2027/1",
    blocks=[
        ("head", "Clydeholm Mercantile Bank plc",
         "Registered office: 120 St Vincent Street, Glasgow G2 5HF  ·  Registered in Scotland No. SC400917"),
        ("lines", ["Private and confidential", "", "Ms Eilidh Rossiter", "Flat 3/1, 48 Hyndland Road",
                   "Glasgow G12 9UP", "", "26 February 2027"]),
        ("para", "Dear Eilidh,"),
        ("para", P("""
            Further to your conversation with Fraser Dunleavy last week, I am delighted to enclose two copies
            of your contract of employment. The contract is made up of the terms and conditions below and the
            Schedule at the end, which sets out the particulars that apply to you personally.""")),
        ("para", P("""
            Please read the contract carefully, sign both copies where indicated on the last page, and return
            one of them to me. If we have not received your signed copy by 12 March 2027, the offer of
            employment will be withdrawn. Because the role is a certification function under the Senior
            Managers and Certification Regime, please also complete the regulatory reference form enclosed,
            listing each employer you have had in the last six years.""")),
        ("para", P("""
            If you have any questions about the contract, please call me on 0141 000 4417. We look forward to
            welcoming you to the Credit Risk team.""")),
        ("lines", ["Yours sincerely,", "", "Morag Kilbride", "Head of Resourcing, People Services"]),
        ("pagebreak",),
        ("title", "CONTRACT OF EMPLOYMENT"),
        ("para", P("""
            This contract is made between Clydeholm Mercantile Bank plc, whose registered office is at 120 St
            Vincent Street, Glasgow G2 5HF (the "Bank"), and the person named in Item 1 of the Schedule ("you").
            It sets out the terms and conditions of your employment and, together with the Schedule, forms the
            written statement of particulars required by section 1 of the Employment Rights Act 1996.""")),
        ("heading", "1. Interpretation"),
        ("para", P("""
            1.1 In this contract: "Group" means the Bank, its holding company and their subsidiaries from time to
            time; "Garden Leave" means any period during which the Bank exercises its rights under clause 19;
            "Salary" means your basic annual salary from time to time, as set out in Item 6 of the Schedule;
            "Schedule" means the schedule of particulars at the end of this contract; and "Termination Date"
            means the date on which your employment ends, however it ends.""")),
        ("para", P("""
            1.2 References to an Item are to the numbered item of the Schedule. The headings are for convenience
            only. If there is a conflict between the clauses and the Schedule, the Schedule prevails.""")),
        ("heading", "2. Conditions of this contract"),
        ("para", P("""
            2.1 Your employment is conditional on: (a) the Bank receiving regulatory references that it considers
            satisfactory from each of your employers in the last six years; (b) a basic disclosure from Disclosure
            Scotland and a credit reference check, each of which the Bank considers satisfactory; and (c) your
            producing, before the Commencement Date, original documents that show you have the right to work in
            the United Kingdom.""")),
        ("para", P("""
            2.2 If any of these conditions is not met, the Bank may withdraw this contract or, if you have
            already started work, end your employment by giving you one week's notice or pay instead of it.""")),
        ("heading", "3. Commencement and continuous employment"),
        ("para", P("""
            3.1 Your employment with the Bank will begin on the Commencement Date stated in Item 4. Your period
            of continuous employment begins on that date, unless Item 4 states otherwise.""")),
        ("para", P("""
            3.2 Your employment is permanent, subject to the probationary period in clause 4 and to termination
            under this contract.""")),
        ("heading", "4. Probationary period"),
        ("para", P("""
            4.1 The first six months of your employment are a probationary period, during which your manager will
            review your performance and conduct with you regularly. The Bank may extend the probationary period
            once, by up to three months, if it needs more time to assess your suitability.""")),
        ("para", P("""
            4.2 During probation, the notice to be given by either party is the probation notice in Item 9. The
            Bank will confirm in writing when you have completed probation successfully.""")),
        ("heading", "5. Job title, duties and place of work"),
        ("para", P("""
            5.1 You are employed in the role stated in Item 2 and will report to the person stated in Item 3. You
            will carry out the duties the Bank assigns to you from time to time, which may include duties for
            other Group companies, and you must follow the Bank's policies, its code of conduct and the rules of
            the Financial Conduct Authority and the Prudential Regulation Authority that apply to you.""")),
        ("para", P("""
            5.2 Your normal place of work is stated in Item 5. Under the Bank's hybrid working arrangements, you
            are expected to work from that office for at least three days each week and may work from your home
            in the United Kingdom on the other days, as agreed with your manager. The Bank may change or end these
            arrangements on reasonable notice if business needs change. You may be required to travel within the
            United Kingdom, and occasionally abroad, as your role reasonably needs.""")),
        ("para", P("""
            5.3 As a certification function, your role requires the Bank to certify at least once a year that you
            are fit and proper to perform it. If the Bank cannot do so, it may end your employment under clause
            17.""")),
        ("heading", "6. Remuneration"),
        ("para", P("""
            6.1 The Bank will pay you the Salary stated in Item 6, which accrues from day to day and is payable as
            set out in that Item, by credit transfer to a bank or building society account in your name. Your
            payslip will show how the payment is calculated and what has been deducted.""")),
        ("para", P("""
            6.2 Your Salary will be reviewed each year with effect from 1 April, the first review being in April
            2028. The Bank is not obliged to increase your Salary following a review.""")),
        ("para", P("""
            6.3 The Bank may deduct from your pay any sum you owe it, including any overpayment of salary, any
            unrepaid advance and any sum payable under clause 11.4. By signing this contract you consent to such
            deductions.""")),
        ("heading", "7. Variable pay"),
        ("para", P("""
            7.1 You are eligible to be considered for a discretionary award under the Bank's Variable Pay Plan for
            each performance year. Whether an award is made, and its amount, are at the Bank's absolute discretion
            and will depend on the performance of the Bank, your business area and you, and on your conduct. An
            award in one year gives no right to an award in any later year.""")),
        ("para", P("""
            7.2 You will not be eligible for an award if, on the date awards are made, you are under notice of
            termination given by either party or are no longer employed.""")),
        ("para", P("""
            7.3 Any award is subject to the rules of the Variable Pay Plan and to the Bank's remuneration policy,
            which may require part of an award to be deferred, paid in shares or reduced, cancelled or recovered
            (malus and clawback) where the PRA Rulebook or the FCA's Remuneration Code requires it.""")),
        ("heading", "8. Hours of work"),
        ("para", P("""
            8.1 Your normal hours of work are stated in Item 7. Because of the nature of your role, you may have
            to work such additional hours as are reasonably necessary to perform your duties properly. Your Salary
            takes account of this, and you will not be paid overtime for additional hours.""")),
        ("para", P("""
            8.2 The Working Time Regulations 1998 limit average weekly working time to 48 hours. You may opt out
            of that limit by signing the Bank's separate form, and you may withdraw your opt-out by giving three
            months' written notice.""")),
        ("heading", "9. Holidays"),
        ("para", P("""
            9.1 Your holiday entitlement for each holiday year is stated in Item 8. Holidays must be agreed in
            advance with your manager. Under the Bank's Mandatory Leave Policy, you must take at least ten
            consecutive working days of holiday in each holiday year, during which you will have no access to
            the Bank's systems.""")),
        ("para", P("""
            9.2 In the holiday years in which your employment begins and ends, your entitlement will be
            calculated pro rata. You may carry forward up to five days of untaken holiday to the next holiday year;
            otherwise untaken holiday is lost unless the law requires otherwise.""")),
        ("para", P("""
            9.3 On termination, the Bank will pay you for accrued holiday not taken or, if you have taken more than
            your accrued entitlement, deduct the excess from your final pay at 1/260th of your Salary for each
            day.""")),
        ("heading", "10. Sickness absence"),
        ("para", P("""
            10.1 If you are absent because of sickness or injury, you must tell your manager by 9.30 am on the
            first day of absence and follow the Sickness Absence Policy. For absences longer than seven calendar
            days you must provide a fit note from a doctor.""")),
        ("para", P("""
            10.2 Once you have completed probation and subject to your compliance with the Sickness Absence
            Policy, the Bank will pay you company sick pay of up to 13 weeks at full Salary and a further 13 weeks
            at half Salary in any rolling period of twelve months. During probation you are entitled to Statutory
            Sick Pay only. Company sick pay includes any Statutory Sick Pay due to you.""")),
        ("para", P("""
            10.3 The Bank may ask you at any time to undergo a medical examination by a doctor it nominates, at its
            expense, and you agree that the doctor's report may be disclosed to the Bank.""")),
        ("heading", "11. Pension, benefits and professional development"),
        ("para", P("""
            11.1 You will be enrolled automatically in the Clydeholm Retirement Savings Plan, a defined
            contribution arrangement, and the Bank and you will contribute at the rates stated in Item 10, subject
            to the rules of the plan. A contracting-out certificate is not in force.""")),
        ("para", P("""
            11.2 Subject to the rules of each scheme and to your eligibility, you will also receive: private
            medical insurance for yourself (you may add your family at a discounted rate); life assurance of four
            times your Salary; group income protection after 26 weeks of absence; and the right to join the Bank's
            Sharesave plan whenever it is offered. The Bank may change or withdraw any benefit, or its provider.""")),
        ("para", P("""
            11.3 You may take maternity, paternity, adoption and shared parental leave in line with the law and the
            Bank's Family Leave Policy, which currently provides full pay for the first 26 weeks of maternity or
            adoption leave.""")),
        ("para", P("""
            11.4 The Bank will pay the tuition and examination fees for one professional qualification approved by
            your manager (for example the Chartered Banker or a credit risk qualification). If you resign, or are
            dismissed for gross misconduct, within 24 months of the date of the last payment the Bank made for
            you, you must repay those fees, reduced by one twenty-fourth for each complete month of service after
            that payment.""")),
        ("heading", "12. Expenses"),
        ("para", P("""
            12.1 The Bank will reimburse expenses you properly incur in performing your duties, if you claim them in
            line with the Travel and Expenses Policy and provide receipts.""")),
        ("heading", "13. Outside interests and personal dealing"),
        ("para", P("""
            13.1 During your employment you must not, without the Bank's written consent, be engaged or interested
            in any other business, except holding as an investment no more than three per cent of the shares of a
            listed company.""")),
        ("para", P("""
            13.2 You must comply with the Bank's Personal Account Dealing Policy and disclose any conflict of
            interest to Compliance as soon as you become aware of it.""")),
        ("heading", "14. Confidential information"),
        ("para", P("""
            14.1 You must not, either during your employment or after it ends, use or disclose to anyone any
            confidential information of the Group or of its customers, except in the proper performance of your
            duties, with the Bank's written consent or as required by law. Confidential information includes
            customer identities, credit files, pricing, risk models, and the terms of your own remuneration.""")),
        ("para", P("""
            14.2 Nothing in this contract prevents you from making a protected disclosure under the Public
            Interest Disclosure Act 1998 or from reporting a concern to the FCA or the PRA.""")),
        ("heading", "15. Intellectual property"),
        ("para", P("""
            15.1 All intellectual property rights in any models, methodologies, documents, software and other works
            you create in the course of your employment belong to the Bank. To the extent they do not vest in the
            Bank automatically, you assign them to it by signing this contract, and you waive any moral rights in
            them.""")),
        ("heading", "16. Data protection and monitoring"),
        ("para", P("""
            16.1 The Bank will process your personal data as described in its Employee Privacy Notice. The Bank
            records telephone lines and monitors the use of its systems and email to meet its regulatory
            obligations.""")),
        ("heading", "17. Termination and notice"),
        ("para", P("""
            17.1 Either party may end your employment by giving the other written notice of the length stated in
            Item 9.""")),
        ("para", P("""
            17.2 The Bank may end your employment without notice, or pay instead of notice, if you commit an act of
            gross misconduct, if you materially breach this contract, if you cease to be fit and proper for your
            role, or if you become bankrupt or enter into a trust deed for creditors.""")),
        ("para", P("""
            17.3 Your employment will end automatically, without notice, at the end of the month in which you reach
            any compulsory retirement age that may be lawfully set, although none currently applies.""")),
        ("heading", "18. Payment in lieu of notice"),
        ("para", P("""
            18.1 The Bank may, at its sole discretion, end your employment at any time with immediate effect by
            paying you a sum equal to the Salary you would have received during the notice period, or during the
            rest of it if notice has already been given. The payment will not include any amount for variable pay,
            benefits or holiday that would have accrued during that period, and it may be paid in instalments.""")),
        ("heading", "19. Garden leave"),
        ("para", P("""
            19.1 During all or any part of a notice period, whichever party gave notice, the Bank may require you
            not to attend work, not to carry out some or all of your duties and not to contact customers,
            suppliers or colleagues. During Garden Leave you remain an employee, you continue to receive your
            Salary and contractual benefits, and you remain bound by your duties of good faith and
            confidentiality. You must take any accrued holiday during Garden Leave if the Bank so requires.""")),
        ("heading", "20. Post-termination restrictions"),
        ("para", P("""
            20.1 You will have access to confidential information and to the Bank's client relationships, and the
            Bank needs to protect them. You therefore agree to the restrictions in this clause, each of which
            applies for the Restricted Period stated for it in Item 11, counted from the Termination Date and
            reduced by any period of Garden Leave.""")),
        ("para", P("""
            20.2 Non-competition. You will not, without the Bank's written consent, be employed or engaged in a
            senior credit, lending or risk role by any bank or lender that competes with the corporate and
            commercial banking business of the Group in Scotland or the North of England, in which you were
            materially involved in the twelve months before the Termination Date.""")),
        ("para", P("""
            20.3 Non-solicitation and non-dealing. You will not solicit, or deal with, any client of the Group with
            whom you had material dealings, or for whom you were responsible, in the twelve months before the
            Termination Date, with a view to providing banking services that compete with the Group.""")),
        ("para", P("""
            20.4 Non-poaching. You will not induce or try to induce any employee of the Group at grade F3 or above,
            with whom you worked in the twelve months before the Termination Date, to leave the Group.""")),
        ("para", P("""
            20.5 Each restriction is separate and reasonable. If any of them is held unenforceable but would be
            valid if part of it were deleted or its period reduced, it will apply with the modification needed to
            make it valid.""")),
        ("heading", "21. Disciplinary and grievance procedures"),
        ("para", P("""
            21.1 The Bank's disciplinary and grievance procedures are on the intranet; they do not form part of
            your contract. If you are dissatisfied with a disciplinary decision, you may appeal in writing to the
            Head of Employee Relations within five working days. If you have a grievance, raise it first with your
            manager, and then in writing with People Services.""")),
        ("heading", "22. Changes to this contract"),
        ("para", P("""
            22.1 The Bank may make reasonable changes to the terms of your employment. It will give you at least one
            month's written notice of any significant change, and policies that are not contractual may be changed
            at any time.""")),
        ("heading", "23. Entire agreement"),
        ("para", P("""
            23.1 This contract and the Schedule are the entire agreement between you and the Bank and replace any
            earlier offer, representation or arrangement, whether written or oral.""")),
        ("heading", "24. Governing law"),
        ("para", P("""
            24.1 The law of Scotland governs this contract, and the Scottish courts have exclusive jurisdiction over
            any dispute arising from it.""")),
        ("pagebreak",),
        ("title", "SCHEDULE - PARTICULARS OF EMPLOYMENT"),
        ("para", P("""
            This Schedule forms part of the contract of employment between the Bank and the Employee named in Item
            1. The particulars below apply in place of any general statement in the clauses.""")),
        ("table", _GLASGOW_SCHEDULE, True),
        ("para", P("""
            Signed for and on behalf of Clydeholm Mercantile Bank plc by its authorised signatory, and signed by the
            Employee to confirm acceptance of these terms.""")),
        ("lines", ["For Clydeholm Mercantile Bank plc", "", "Signed: ______________________________",
                   "Morag Kilbride, Head of Resourcing", "Date: 26 February 2027", "",
                   "Employee", "", "Signed: ______________________________",
                   "Eilidh Margaret Rossiter", "Date: ______________________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
