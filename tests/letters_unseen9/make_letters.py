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


def W(text: str, width: int = 76) -> str:
    """A paragraph hard-wrapped at ``width`` columns, as EDGAR text exhibits are (TXT only)."""
    import textwrap

    return textwrap.fill(P(text), width, break_long_words=False, break_on_hyphens=False)

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
            unless ended earlier under Article VI, shall continue until the third anniversary of the Start Date
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
            5.2 Vesting. One quarter (25%) of the shares subject to the Inducement Option shall vest, and may be
            exercised, on the first anniversary of the Start Date. The remaining shares shall vest in
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
            8.3 Governing Law. The laws of the State of Texas govern this Agreement, without giving effect to any
            choice-of-law rule that would apply the law of another jurisdiction.""")),
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
    font="DejaVuSerif", size=11, paper="A4", footer="Contract of Employment (Grades F1 to F8) - Version 2027/1",
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
        ("heading", "13A. Regulatory conduct and fitness and propriety"),
        ("para", P("""
            13A.1 You must observe the Individual Conduct Rules in the FCA's Code of Conduct sourcebook and the PRA
            Rulebook: to act with integrity, with due skill, care and diligence, to be open and cooperative with the
            regulators, to pay due regard to the interests of customers and treat them fairly, and to observe proper
            standards of market conduct. You must complete the Bank's mandatory conduct training within the
            deadlines set.""")),
        ("para", P("""
            13A.2 You must tell People Services at once if you are charged with or convicted of any criminal
            offence (other than a minor road traffic offence), if a county court judgment or decree is made
            against you, if you become the subject of a sequestration, trust deed or individual voluntary
            arrangement, or if anything else happens that could reasonably affect the Bank's assessment of your
            fitness and propriety.""")),
        ("para", P("""
            13A.3 The Bank may repeat its background and credit checks during your employment, and you agree to
            cooperate with them. When you leave, the Bank will give any regulatory reference the rules require,
            which may include information about breaches of the Conduct Rules.""")),
        ("heading", "13B. Social media and use of the Bank's systems"),
        ("para", P("""
            13B.1 You must not post anything online that discloses confidential information, refers to customers, or
            could damage the Bank's reputation, and you must not conduct Bank business through personal email,
            messaging applications or devices that the Bank has not approved. Messages about Bank business must be
            sent only through recorded channels.""")),
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
        ("heading", "17A. Suspension"),
        ("para", P("""
            17A.1 The Bank may suspend you on full pay for as long as it reasonably needs to investigate an
            allegation of misconduct against you, to hold a disciplinary hearing, or while a regulator or the police
            investigates a matter that concerns you. Suspension is not a disciplinary sanction and does not imply that
            any decision has been made.""")),
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
        ("heading", "24. Notices"),
        ("para", P("""
            24.1 Notices under this contract must be in writing. The Bank may give notice to you by hand, by post
            to the last home address you gave it, or by email to your Bank or personal email address. You may give
            notice to the Bank by hand or by post to People Services at its registered office, or by email to your
            manager with a copy to People Services. A notice sent by email is given when it is sent, if sent before
            5.00 pm on a working day, and otherwise on the next working day.""")),
        ("heading", "25. Third party rights"),
        ("para", P("""
            25.1 Other members of the Group may enforce clauses 14, 15 and 20 in their own right. No other person has
            any right to enforce any term of this contract.""")),
        ("heading", "26. Governing law"),
        ("para", P("""
            26.1 The law of Scotland governs this contract, and the Scottish courts have exclusive jurisdiction over
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


# 3. US (Minnesota), medical devices: DOCX with two tables, about 9 pages, an employment
#     agreement with exhibits.
#     Traps: a base salary schedule over three years in a table (the first year's is the
#     salary) and a summary table of the package; "bi-weekly"; exempt; a target bonus beside a
#     payout range; a sign-on RSU award as a dollar value vesting in annual thirds, beside
#     annual PSU awards; a "make-whole" cash payment (the signing bonus) repayable pro rata;
#     flexible time off with no fixed number of days (unlimited) and sick time only "as the
#     law requires"; at-will in a section that also has severance; 30 days' resignation notice
#     and none from the Company; NO non-compete (Minnesota law) beside an 18-month
#     non-solicit; courts and a jury waiver, no arbitration; a deadline with a time of day.
letter(
    "us-mn-eden-prairie-svp-operations-employment-agreement", "docx", datetime(2027, 3, 24, 15, 30),
    "Employment Agreement - Okonkwo-Lindqvist", "Larkspur Vascular Technologies, Inc.",
    blocks=[
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This Employment Agreement (the "Agreement") is made on March 24, 2027, between Larkspur Vascular
            Technologies, Inc., a Minnesota corporation with its principal office at 9950 Flying Cloud Drive,
            Eden Prairie, Minnesota 55347 (the "Company"), and Tobias Okonkwo-Lindqvist ("Executive").""")),
        ("heading", "Background"),
        ("para", P("""
            The Company designs and manufactures catheters, sheaths and other devices for peripheral vascular
            procedures. It wishes to hire Executive to lead its manufacturing, supply chain and quality
            operations, and Executive wishes to accept that role, on the terms below.""")),
        ("heading", "Section 1. Employment"),
        ("para", P("""
            1.1 Position. The Company will employ Executive as Senior Vice President, Global Operations,
            reporting to the President and Chief Executive Officer. Executive will be a member of the Company's
            Executive Leadership Team and will have the duties and authority that the Chief Executive Officer
            assigns from time to time, consistent with that position.""")),
        ("para", P("""
            1.2 Start Date. Executive's employment will begin on May 3, 2027 (the "Start Date"), or on another
            date the Chief Executive Officer and Executive agree in writing.""")),
        ("para", P("""
            1.3 Exclusive Service. Executive will work full time for the Company and will not render services to
            any other business for pay while employed, except that Executive may continue to serve on the
            advisory board of the University of Minnesota's medical device center and, with the Board's approval,
            on the board of one other company.""")),
        ("para", P("""
            1.4 Work Location. Executive's office will be at the Company's headquarters in Eden Prairie,
            Minnesota. Executive is expected to work on site there at least four days each week, and may work
            remotely on the remaining workday, in addition to regular travel to the Company's plants in Coon
            Rapids, Minnesota and Heredia, Costa Rica.""")),
        ("para", P("""
            1.5 At-Will Employment. Executive's employment with the Company is "at will". Either Executive or the
            Company may end it at any time, for any reason or for no reason, with or without Cause. Section 5 does
            not change that; it only decides what Executive receives when the employment ends.""")),
        ("heading", "Section 2. Compensation"),
        ("para", P("""
            2.1 Base Salary. The Company will pay Executive an annual base salary (the "Base Salary") at the rates
            shown in the table below, in bi-weekly installments on the Company's regular paydays, less required
            withholdings. Executive's position is classified as exempt from the overtime provisions of the Fair
            Labor Standards Act and the Minnesota Fair Labor Standards Act.""")),
        ("table", [
            ["Period", "Annual Base Salary"],
            ["Start Date through December 31, 2027", "$410,000"],
            ["January 1, 2028 through December 31, 2028", "$425,000"],
            ["January 1, 2029 and after", "$440,000, subject to annual review"],
        ], True),
        ("para", P("""
            The increases for 2028 and 2029 are guaranteed if Executive is employed on January 1 of the year in
            question. From 2029, the Compensation Committee of the Board (the "Committee") will review the Base
            Salary each year and may increase it.""")),
        ("para", P("""
            2.2 Annual Incentive. Executive will participate in the Company's Management Incentive Plan (the
            "MIP"). Executive's target award for each plan year will be fifty-five percent (55%) of the Base
            Salary paid during that year, and the actual award may range from zero to one hundred fifty percent
            (150%) of the target, depending on Company and individual performance against goals the Committee
            approves. Executive's 2027 award will be pro-rated from the Start Date. Awards are paid by March 15 of
            the following year, and Executive must be employed on the payment date to receive one, except as
            Section 5 provides.""")),
        ("para", P("""
            2.3 Make-Whole Payment. To compensate Executive for the annual bonus Executive will forfeit by leaving
            Executive's current employer, the Company will pay Executive a sign-on make-whole payment of $180,000,
            in two equal installments: the first on the first regular payday after the Start Date, and the second
            on the first regular payday after the six-month anniversary of the Start Date. If Executive resigns
            without Good Reason, or the Company ends Executive's employment for Cause, within twenty-four (24)
            months after the Start Date, Executive will repay a pro-rated share of the installments already
            received, reduced by one twenty-fourth for each full month of employment, within sixty (60) days
            after the Separation Date.""")),
        ("heading", "Section 3. Equity"),
        ("para", P("""
            3.1 Sign-On RSU Award. On the fifteenth day of the month after the Start Date, the Committee will grant
            Executive restricted stock units under the Larkspur Vascular Technologies, Inc. 2025 Equity Incentive
            Plan (the "Plan") with a grant-date value of $900,000, the number of units being that value divided by
            the average closing price of the Company's common stock over the twenty trading days before the grant
            date, rounded down to a whole unit.""")),
        ("para", P("""
            3.2 Vesting. One-third of the units will vest on each of the first three anniversaries of the grant
            date, if Executive remains employed through the vesting date. Vested units will be settled in shares
            within thirty days after each vesting date.""")),
        ("para", P("""
            3.3 Annual Awards. From 2028, Executive will be eligible for annual long-term incentive awards on the
            same basis as the Company's other senior vice presidents, currently half in performance share units
            with a three-year performance period and half in time-based restricted stock units. The size and terms
            of any annual award are for the Committee to decide.""")),
        ("para", P("""
            3.4 Plan Governs. The sign-on award and any later awards will be governed by the Plan and the award
            agreements, which will control over this Agreement if they conflict.""")),
        ("heading", "Summary of Compensation"),
        ("para", "For convenience only, the main elements of Executive's compensation for 2027 are:"),
        ("table", [
            ["Element", "2027 terms"],
            ["Base Salary", "$410,000 per year, paid bi-weekly"],
            ["MIP target", "55% of Base Salary paid (range 0% to 150% of target), pro-rated for 2027"],
            ["Make-whole payment", "$180,000 in two installments, repayable pro rata within 24 months"],
            ["Sign-on RSU award", "$900,000 grant-date value; vests one-third a year over three years"],
            ["Annual LTI", "Eligible from 2028 (PSUs and RSUs)"],
            ["Time off", "Flexible Time Off; no fixed accrual"],
        ], True),
        ("heading", "Section 4. Benefits and Time Off"),
        ("para", P("""
            4.1 Benefit Plans. Executive may participate in the benefit plans the Company offers to its salaried
            employees in the United States, subject to their terms: medical, dental and vision coverage; basic and
            supplemental life insurance; short- and long-term disability insurance; and the Larkspur 401(k)
            Retirement Plan, under which the Company currently matches one hundred percent (100%) of the first four
            percent (4%) of eligible pay that Executive contributes. The Company will also pay for an annual
            executive physical examination at a clinic of Executive's choice.""")),
        ("para", P("""
            4.2 Flexible Time Off. Executive will be covered by the Company's Flexible Time Off policy for senior
            leaders. Under that policy there is no fixed number of vacation days and no annual accrual; Executive
            may take the time away from work that Executive's responsibilities allow, in coordination with the
            Chief Executive Officer. Executive will also receive earned sick and safe time as Minnesota law
            requires, and the Company's ten paid holidays.""")),
        ("para", P("""
            4.3 Expenses. The Company will reimburse Executive's reasonable business expenses under its travel and
            expense policy, including business-class air travel on flights of more than five hours.""")),
        ("heading", "Section 5. Termination"),
        ("para", P("""
            5.1 Resignation. Executive agrees to give the Company at least thirty (30) days' written notice before
            resigning. The Company may accept the resignation effective on an earlier date, and doing so will not
            make the resignation a termination without Cause.""")),
        ("para", P("""
            5.2 Definitions. For this Agreement, "Cause" means Executive's (a) willful and repeated failure to
            perform material duties after written notice and thirty days to cure; (b) conviction of, or plea of
            guilty to, a felony; (c) fraud, embezzlement or theft against the Company; (d) material breach of the
            Company's Code of Conduct, including its policies on interactions with health care professionals; or
            (e) material breach of Exhibit B. "Good Reason" means, without Executive's consent, (i) a reduction of
            more than ten percent in Base Salary or target MIP percentage, (ii) a material reduction in
            Executive's duties or reporting line, or (iii) a move of Executive's principal office by more than
            forty miles, in each case after notice to the Company within sixty days and a thirty-day cure period
            that the Company fails to use. "Separation Date" means the last day of Executive's employment.""")),
        ("para", P("""
            5.3 Severance. If the Company ends Executive's employment without Cause, or Executive resigns for Good
            Reason, the Company will, subject to Section 5.5: (a) continue Executive's Base Salary for twelve (12)
            months after the Separation Date; (b) pay Executive's MIP award for the year of separation, pro-rated
            and based on actual performance, when awards are paid to others; and (c) pay the employer share of
            COBRA premiums for Executive and covered dependants for up to twelve (12) months.""")),
        ("para", P("""
            5.4 Change in Control. If that termination happens within eighteen (18) months after a Change in
            Control (as the Plan defines it), the Company will instead pay Executive, in a lump sum, eighteen (18)
            months of Base Salary plus one and one-half times Executive's target MIP award, and all of Executive's
            unvested time-based equity awards will vest. Payments under this Agreement will be reduced to the
            extent needed to avoid the excise tax under Section 4999 of the Internal Revenue Code, if the reduction
            leaves Executive better off after taxes.""")),
        ("para", P("""
            5.5 Release. Executive will receive the payments in Sections 5.3 and 5.4 only if Executive signs the
            separation agreement and release in the form of Exhibit A within forty-five (45) days after the
            Separation Date, does not rescind it within the fifteen-day rescission period the Minnesota Human
            Rights Act allows, and continues to comply with Exhibit B.""")),
        ("para", P("""
            5.6 Other Terminations. If Executive's employment ends because of death or disability, for Cause, or by
            Executive's resignation without Good Reason, the Company will owe only accrued but unpaid Base Salary,
            unreimbursed expenses and vested benefits.""")),
        ("heading", "Section 6. Protective Covenants"),
        ("para", P("""
            6.1 Confidentiality and Inventions. As a condition of employment, Executive will sign, on or before the
            Start Date, the Company's Confidentiality and Assignment of Inventions Agreement attached as Exhibit B,
            under which Executive agrees to keep the Company's confidential information secret during and after
            employment and assigns to the Company all inventions, designs and improvements Executive conceives in
            the course of employment, subject to Minnesota Statutes section 181.78.""")),
        ("para", P("""
            6.2 No Non-Compete. Consistent with Minnesota Statutes section 181.988, this Agreement contains no
            covenant not to compete, and Executive is free to work for any employer after the Separation Date.""")),
        ("para", P("""
            6.3 Non-Solicitation. For eighteen (18) months after the Separation Date, Executive will not, directly
            or indirectly, (a) solicit any employee of the Company whom Executive managed or worked with closely in
            the last year of employment to leave the Company, or (b) use the Company's confidential information to
            solicit any hospital, distributor or group purchasing organization that was a Company customer during
            that year to move its business to a competitor.""")),
        ("para", P("""
            6.4 Return of Property. On the Separation Date, Executive will return every Company device, document
            and file, and will keep no copies.""")),
        ("heading", "Section 7. Conditions"),
        ("para", P("""
            7.1 This offer of employment depends on (a) Executive's passing the Company's standard pre-employment
            drug screen and background check, (b) Executive's proof of eligibility to work in the United States,
            and (c) Executive's signing Exhibit B.""")),
        ("para", P("""
            7.2 Executive confirms that Executive is not bound by any agreement that would prevent Executive from
            performing this role, and will not bring to the Company any confidential information of a former
            employer.""")),
        ("heading", "Section 8. General"),
        ("para", P("""
            8.1 Governing Law; Venue. Minnesota law governs this Agreement. Any lawsuit arising out of it will be
            brought only in the state or federal courts located in Hennepin County, Minnesota, and each party waives
            trial by jury in any such lawsuit.""")),
        ("para", P("""
            8.2 Section 409A. Payments under this Agreement are intended to be exempt from or to comply with Section
            409A of the Internal Revenue Code, and each installment is a separate payment for that purpose.""")),
        ("para", P("""
            8.3 Clawback. Incentive compensation is subject to the Company's Executive Compensation Recoupment Policy
            adopted under the Nasdaq listing rules.""")),
        ("para", P("""
            8.4 Notices. Notices must be in writing and delivered by hand, by overnight courier or by email with
            confirmation: to the Company, at its principal office, to the attention of the Chief Legal Officer; and to
            Executive, at the address in the Company's payroll records.""")),
        ("para", P("""
            8.5 Entire Agreement. This Agreement and its Exhibits are the whole agreement between the parties about
            Executive's employment and replace the offer summary dated March 10, 2027. Any change must be in writing
            and signed by Executive and the Chief Executive Officer.""")),
        ("para", P("""
            8.6 Acceptance. If Executive has not signed and returned this Agreement by 5:00 p.m. Central Time on April
            2, 2027, the Company's offer of employment on these terms is withdrawn.""")),
        ("lines", ["LARKSPUR VASCULAR TECHNOLOGIES, INC.", "", "By: ______________________________",
                   "Renata Sjoberg-Adeyemi, President and Chief Executive Officer", "",
                   "EXECUTIVE", "", "______________________________", "Tobias Okonkwo-Lindqvist",
                   "Date: ____________________"]),
        ("pagebreak",),
        ("title", "EXHIBIT A - SEPARATION AGREEMENT AND RELEASE (FORM)"),
        ("para", P("""
            In exchange for the severance described in Section 5 of my Employment Agreement, I release the Company
            and its officers, directors, employees and agents from all claims I have against them as of the date I
            sign, including claims under the Minnesota Human Rights Act, the Age Discrimination in Employment Act,
            Title VII of the Civil Rights Act of 1964 and any other law about employment, wages or discrimination. I
            do not release claims that the law does not allow me to release, my rights to vested benefits, or my
            rights to indemnification.""")),
        ("para", P("""
            I understand that I have twenty-one (21) days to consider this release, that I may revoke it as to
            claims under the Age Discrimination in Employment Act within seven (7) days after signing it, and that I
            may rescind it as to claims under the Minnesota Human Rights Act within fifteen (15) days after signing
            it, by written notice delivered to the Chief Legal Officer. I have been advised to consult a lawyer.""")),
        ("pagebreak",),
        ("title", "EXHIBIT B - CONFIDENTIALITY AND ASSIGNMENT OF INVENTIONS AGREEMENT"),
        ("para", P("""
            1. Confidential Information. I will hold in confidence, and will not use except for the Company's
            benefit, all information about the Company's products under development, manufacturing processes,
            suppliers, costs, regulatory submissions, clinical data and customers that is not publicly known. This
            duty continues after my employment ends for as long as the information remains confidential.""")),
        ("para", P("""
            2. Inventions. I will promptly disclose to the Company every invention, design, process or improvement
            that I make, alone or with others, while employed and that relates to the Company's business or results
            from my work for it ("Inventions"). I assign all my rights in Inventions to the Company. Under Minnesota
            Statutes section 181.78, this assignment does not apply to an invention for which no equipment,
            supplies, facility or trade secret information of the Company was used, which was developed entirely on
            my own time, and which does not relate to the Company's business or result from work I performed for the
            Company.""")),
        ("para", P("""
            3. Prior Inventions. I have listed below any inventions I made before my employment that I want to keep
            out of this agreement. If none are listed, there are none.""")),
        ("para", P("""
            4. Protected Activity. Nothing in this agreement limits my right to communicate with a government agency
            or to discuss my own wages and working conditions.""")),
        ("lines", ["Prior inventions: ____________________________________________",
                   "Signed: ______________________________   Date: ______________",
                   "Tobias Okonkwo-Lindqvist"]),
    ],
)


# 4. US (North Carolina), logistics: TXT as filed on EDGAR, about 8 pages, an amended and
#     restated employment agreement with an officer already employed.
#     Traps: a restatement (the executive has worked there since 2019: no start date); the
#     prior agreement's salary beside the new one; "semi-monthly"; a rolling two-year term
#     (open-ended); a cash retention bonus (not a signing bonus) repayable on early
#     resignation; restricted stock vesting half after three years and half after four; 90
#     days' notice from either side, with pay in lieu; 12-month non-compete and 18-month
#     non-solicit; a SERP and a car allowance; AAA arbitration in Charlotte.
letter(
    "us-nc-charlotte-general-counsel-amended-restated-agreement", "txt", datetime(2027, 1, 4, 9, 0),
    "Amended and Restated Employment Agreement", "Sandhill Crescent Logistics Corporation",
    blocks=[
        ("lines", ["EX-10.2 3 sclc-ex10_2.txt EXHIBIT 10.2", "", "Exhibit 10.2"]),
        ("title", "Amended and Restated Employment Agreement"),
        ("para", W("""
            THIS AMENDED AND RESTATED EMPLOYMENT AGREEMENT (the "Agreement") is made and entered into effective as
            of January 1, 2027 (the "Effective Date"), by and between SANDHILL CRESCENT LOGISTICS CORPORATION, a
            North Carolina corporation (the "Company"), and DESMOND R. ACHTERBERG (the "Executive").""")),
        ("para", "W I T N E S S E T H:"),
        ("para", W("""
            WHEREAS, the Executive has served as General Counsel of the Company since June 3, 2019, under an
            Employment Agreement dated May 20, 2019 between the Company and the Executive (the "Prior
            Agreement");""")),
        ("para", W("""
            WHEREAS, the Board of Directors of the Company (the "Board") has appointed the Executive to the
            additional offices of Executive Vice President and Corporate Secretary, and the Company and the
            Executive wish to amend and restate the Prior Agreement in its entirety to reflect his expanded role
            and the other changes set forth herein;""")),
        ("para", W("""
            NOW, THEREFORE, in consideration of the premises and the mutual covenants contained herein, the parties
            agree as follows:""")),
        ("para", W("""
            1. EMPLOYMENT AND DUTIES. The Company shall continue to employ the Executive, and the Executive shall
            continue in the employ of the Company, as its Executive Vice President, General Counsel and Corporate
            Secretary, reporting to the Chief Executive Officer and, on matters of corporate governance, to the
            Chair of the Board. The Executive shall devote his full business time, attention and skill to the
            Company and its subsidiaries, and shall perform his duties from the Company's headquarters in
            Charlotte, North Carolina, except for travel reasonably required by his duties.""")),
        ("para", W("""
            2. TERM OF EMPLOYMENT. The term of the Executive's employment under this Agreement began on the
            Effective Date and shall continue for two (2) years from the Effective Date; provided, however, that on
            each day after the Effective Date the term shall automatically be extended by one additional day, so
            that the remaining term is always two (2) years, unless either party gives the other written notice
            that the term shall cease to extend. If such a notice is given, the term shall end on the second
            anniversary of the date of the notice, unless employment ends sooner under Section 6 (the period of
            employment under this Agreement, the "Term").""")),
        ("para", "3. COMPENSATION."),
        ("para", W("""
            (a) Base Salary. Effective as of the Effective Date, the Company shall pay the Executive a base salary
            at the annual rate of $465,000 (an increase from the annual rate of $430,000 in effect under the Prior
            Agreement), payable in semi-monthly installments in accordance with the Company's payroll practices
            ("Base Salary"). The Compensation Committee of the Board (the "Committee") shall review Base Salary no
            less often than annually and may increase (but not decrease) it, and any increased rate shall be Base
            Salary for all purposes of this Agreement.""")),
        ("para", W("""
            (b) Annual Incentive. For each fiscal year of the Company ending during the Term, the Executive shall be
            eligible to receive an annual incentive award under the Sandhill Crescent Annual Incentive Plan, with a
            target of seventy percent (70%) of Base Salary and a maximum of one hundred forty percent (140%) of Base
            Salary, based on the attainment of performance objectives established by the Committee. Any annual
            incentive award shall be paid no later than March 15 of the year following the year in which it is
            earned.""")),
        ("para", W("""
            (c) Retention Bonus. In recognition of his expanded duties, the Company shall pay the Executive a cash
            retention bonus of $300,000 within fifteen (15) days after the Effective Date. If, before December 31,
            2028, the Executive terminates his employment other than for Good Reason, or the Company terminates his
            employment for Cause, the Executive shall repay to the Company the gross amount of the retention bonus
            within thirty (30) days after his termination date.""")),
        ("para", W("""
            (d) Restricted Stock. On the Effective Date, the Company granted to the Executive 30,000 shares of
            restricted common stock under the Sandhill Crescent Logistics Corporation 2022 Long-Term Incentive Plan
            (the "LTIP"). Fifty percent (50%) of the restricted shares shall vest on the third anniversary of the
            Effective Date and the remaining fifty percent (50%) shall vest on the fourth anniversary of the
            Effective Date, subject to the Executive's continued employment through each such date, and subject
            further to the terms of the LTIP and the applicable award agreement. The restricted stock is in
            addition to any annual award the Committee may grant the Executive under the LTIP.""")),
        ("para", "4. BENEFITS AND PERQUISITES."),
        ("para", W("""
            (a) Welfare and Retirement Plans. The Executive shall continue to participate in all health, dental,
            vision, life insurance, disability, 401(k) and other benefit plans of the Company on the same terms as
            other senior executives of the Company, as such plans may be in effect from time to time.""")),
        ("para", W("""
            (b) Supplemental Retirement. The Executive shall continue to participate in the Sandhill Crescent
            Supplemental Executive Retirement Plan, under which the Company credits to his account at the end of each
            calendar year an amount equal to eight percent (8%) of his Base Salary for that year, in addition to
            any matching contribution he receives under the 401(k) plan. Amounts credited vest after five years of
            service, which the Executive has already completed.""")),
        ("para", W("""
            (c) Vacation. The Executive shall receive five (5) weeks of paid vacation in each calendar year,
            to be taken at such times as shall not unreasonably interfere with the Company's operations. Unused
            vacation may be carried over to the following year to the extent permitted by Company policy.""")),
        ("para", W("""
            (d) Automobile Allowance. The Company shall pay the Executive an automobile allowance of $1,200 per
            month, which shall not be considered Base Salary for any purpose.""")),
        ("para", W("""
            (e) Professional Dues. The Company shall pay the Executive's annual bar membership dues and the cost of
            continuing legal education he needs to maintain his license to practice law.""")),
        ("para", W("""
            5. EXPENSES. The Company shall reimburse the Executive for all reasonable expenses incurred by him in
            performing his duties, in accordance with the Company's policies as in effect from time to time.""")),
        ("para", "6. TERMINATION OF EMPLOYMENT."),
        ("para", W("""
            (a) Death or Disability. The Executive's employment shall terminate upon his death, and the Company may
            terminate his employment upon his Disability. "Disability" means his inability to perform his essential
            duties for one hundred eighty (180) days in any period of twelve consecutive months by reason of
            physical or mental illness, as determined by a physician selected by the Company and reasonably
            acceptable to the Executive.""")),
        ("para", W("""
            (b) By the Company for Cause. The Company may terminate the Executive's employment for Cause upon
            written notice. "Cause" means (i) the Executive's conviction of a felony; (ii) his willful misconduct or
            gross negligence in the performance of his duties that results in material harm to the Company; (iii)
            his material breach of this Agreement that remains uncured thirty (30) days after notice; or (iv) his
            suspension or disbarment from the practice of law.""")),
        ("para", W("""
            (c) By the Company without Cause; by the Executive. Either the Company (other than for Cause) or the
            Executive (with or without Good Reason) may terminate the Executive's employment by giving the other
            party not less than ninety (90) days' prior written notice. The Company may elect to pay the Executive
            his Base Salary for the notice period, or any remaining part of it, in lieu of such notice.""")),
        ("para", W("""
            (d) Good Reason. "Good Reason" means the occurrence, without the Executive's consent, of any of the
            following: (i) a reduction in Base Salary or target annual incentive; (ii) a material diminution in his
            duties, titles or reporting relationships; (iii) the relocation of his principal office to a location
            more than thirty-five (35) miles from Charlotte, North Carolina; or (iv) the Company's notice that the
            Term shall cease to extend; provided that the Executive gives notice of the condition within ninety (90)
            days of its initial existence and the Company fails to remedy it within thirty (30) days thereafter.""")),
        ("para", "7. PAYMENTS UPON TERMINATION."),
        ("para", W("""
            (a) Accrued Amounts. Upon any termination, the Company shall pay the Executive his earned but unpaid
            Base Salary, any annual incentive earned for a completed year but not yet paid, accrued unused vacation,
            and unreimbursed expenses, and he shall receive his vested benefits under the Company's plans.""")),
        ("para", W("""
            (b) Severance. If the Company terminates the Executive's employment other than for Cause, death or
            Disability, or the Executive terminates his employment for Good Reason, then, subject to Section 7(d),
            the Company shall pay the Executive an amount equal to two (2) times the sum of (i) his Base Salary and
            (ii) his target annual incentive, payable in equal installments over twenty-four (24) months, and shall
            reimburse his COBRA premiums for up to eighteen (18) months.""")),
        ("para", W("""
            (c) Change in Control. If such termination occurs within two (2) years after a Change in Control (as
            defined in the LTIP), the multiple in Section 7(b) shall be two and one-half (2.5), the amount shall be
            paid in a lump sum within sixty (60) days after termination, and all of the Executive's outstanding
            equity awards shall become fully vested, with any performance-based awards vesting at target. If any
            payment to the Executive would be subject to the excise tax imposed by Section 4999 of the Internal
            Revenue Code of 1986, as amended (the "Code"), the
            payments shall be reduced so that no portion is subject to the excise tax, but only if the reduction
            would result in a greater after-tax amount to the Executive than payment in full.""")),
        ("para", W("""
            (d) Release. The Executive's receipt of the payments and benefits in Sections 7(b) and 7(c) is subject to
            his execution, and non-revocation within the applicable period, of a general release of claims in a form
            reasonably satisfactory to the Company, which must become irrevocable within sixty (60) days after his
            termination date.""")),
        ("para", "8. PROTECTION OF THE COMPANY'S INTERESTS."),
        ("para", W("""
            (a) Confidentiality. The Executive acknowledges that, as General Counsel, he holds privileged and
            confidential information of the Company. He shall not at any time, during or after the Term, disclose or
            use any such information except in the performance of his duties, as required by law or by the rules of
            professional conduct, or as authorized by the Board.""")),
        ("para", W("""
            (b) Work Product. All documents, analyses and other work product prepared by the Executive in the course
            of his employment are the exclusive property of the Company, and the Executive hereby assigns to the
            Company any rights he may have in them.""")),
        ("para", W("""
            (c) Non-Competition. For a period of twelve (12) months following the termination of his employment for
            any reason, the Executive shall not serve as general counsel, chief legal officer or in any senior
            executive capacity for any third-party logistics, freight brokerage or trucking company that competes
            with the Company in the States of North Carolina, South Carolina, Georgia, Virginia or Tennessee. The
            parties intend this covenant to be limited so as to be consistent with the Executive's obligations
            under Rule 5.6 of the North Carolina Rules of Professional Conduct, and nothing in it restricts his
            right to practice law.""")),
        ("para", W("""
            (d) Non-Solicitation. For a period of eighteen (18) months following the termination of his employment
            for any reason, the Executive shall not, directly or indirectly, recruit, solicit or hire any employee
            of the Company at the level of director or above, or induce any customer of the Company to terminate or
            reduce its relationship with the Company.""")),
        ("para", W("""
            (e) Reasonableness. The Executive agrees that the restrictions in this Section 8 are supported by the
            consideration provided in this Agreement, including the increased Base Salary and the retention bonus,
            and are reasonable as to time, geography and scope. If a court determines otherwise, it may revise the
            restriction to the extent it deems reasonable, and enforce it as revised.""")),
        ("para", W("""
            9. ARBITRATION. Any dispute between the parties that arises out of this Agreement or its breach, or out
            of the Executive's employment, shall be settled by arbitration administered by the American
            Arbitration Association under its Employment Arbitration Rules, before a single arbitrator sitting in
            Charlotte, North Carolina, and judgment on the award may be entered in any court having jurisdiction.
            Either party may, however, seek temporary injunctive relief in court to enforce Section 8.""")),
        ("para", W("""
            10. GOVERNING LAW. The laws of the State of North Carolina govern this Agreement and its interpretation,
            without reference to that State's principles of conflicts of law.""")),
        ("para", W("""
            11. EFFECT ON PRIOR AGREEMENT. As of the Effective Date, this Agreement supersedes the Prior Agreement in
            its entirety, except that the Executive's service since June 3, 2019 shall count for all purposes under
            the Company's benefit plans and the LTIP.""")),
        ("para", W("""
            12. SECTION 409A. This Agreement is intended to comply with Section 409A of the Code and shall be
            interpreted and administered accordingly. Any payment that is deferred compensation and is payable upon
            a termination of employment shall be paid only upon a "separation from service", and, if the Executive
            is a specified employee, shall be delayed for six months to the extent Section 409A requires.""")),
        ("para", W("""
            13. NOTICES. All notices under this Agreement shall be in writing and shall be deemed given when
            delivered personally or three (3) days after mailing by certified mail, return receipt requested, to the
            Company at 6100 Westinghouse Boulevard, Charlotte, North Carolina 28273, Attention: Chair of the
            Compensation Committee, and to the Executive at the most recent address on the Company's records.""")),
        ("para", W("""
            14. MISCELLANEOUS. This Agreement may be amended only by a written instrument signed by both parties. No
            waiver of any breach shall be deemed a waiver of any later breach. If any provision is held invalid, the
            remaining provisions shall continue in full force. This Agreement may be executed in counterparts.""")),
        ("para", W("""
            IN WITNESS WHEREOF, the Company, by its duly authorized officer, and the Executive have signed this
            Agreement effective as of the Effective Date.""")),
        ("lines", ["SANDHILL CRESCENT LOGISTICS CORPORATION", "", "By: /s/ Lorraine B. Whitfield-Oduya",
                   "    Lorraine B. Whitfield-Oduya", "    Chair, Compensation Committee", "",
                   "EXECUTIVE", "", "/s/ Desmond R. Achterberg", "Desmond R. Achterberg"]),
    ],
)


# 5. Ireland (Athlone), a university: DOCX with a salary-scale table, about 7 pages, a
#     fixed-term research contract with a covering letter.
#     Traps: a fixed term ending "on the second anniversary of the Start Date" (the end date
#     is the anniversary itself, derived from the Start Date); salary as a point on a scale
#     in a table, with the increment to the next point already scheduled; "whole-time"; 37
#     hours; no overtime; leave "in addition to public holidays"; public-service sick leave
#     counted over four years (no yearly number); probation; one month each side, the
#     University's "or the statutory minimum if greater"; blended working two days a week;
#     a pension with no employer percentage; no restrictive covenants; IP owned by the
#     University; a deadline fourteen days from the letter date.
letter(
    "ie-athlone-postdoctoral-researcher-fixed-term-contract", "docx", datetime(2027, 6, 21, 12, 0),
    "Contract of Employment - Fixed Term - Dr T. Wierzbicki-Doyle", "Shannonside University",
    blocks=[
        ("head", "Shannonside University", "Human Resources Office · University Road, Athlone, Co. Westmeath N37 X1Y4 · hr@shannonside.example"),
        ("lines", ["21 June 2027", "", "Dr Tomasz Wierzbicki-Doyle", "14 Ballymahon Road", "Mullingar",
                   "Co. Westmeath N91 K2P8", "", "Our ref: RES/2027/0412"]),
        ("para", "Dear Dr Wierzbicki-Doyle,"),
        ("para", P("""
            Following your interview on 10 June, I am pleased to offer you a fixed-term appointment as
            Postdoctoral Researcher in the School of Engineering, working on the project "Low-Carbon Binders for
            Precast Concrete" (the Project), which is funded by Research Ireland under grant 26/RIF/3318.""")),
        ("para", P("""
            Two copies of your contract are enclosed. If you wish to accept, please sign both and return one to
            the Human Resources Office within fourteen days of the date of this letter. If we have not received
            your acceptance by then, the offer will lapse and the University may offer the post to another
            candidate.""")),
        ("para", P("""
            Your appointment is subject to the University receiving two satisfactory references, sight of your
            original doctoral award certificate, and your completing the occupational health questionnaire,
            which will be reviewed in confidence by the University's occupational health physician. As you are
            not an EEA national, it is also subject to your holding a valid permission to work in Ireland for the
            duration of the contract; the University will support a hosting agreement application if you need
            one.""")),
        ("lines", ["Yours sincerely,", "", "Gráinne Fallon", "Senior Human Resources Partner (Research Staff)"]),
        ("pagebreak",),
        ("title", "CONTRACT OF EMPLOYMENT (FIXED TERM)"),
        ("para", P("""
            This contract is made between Shannonside University, of University Road, Athlone, Co. Westmeath (the
            University), and Dr Tomasz Wierzbicki-Doyle (the Researcher, or you). It is a statement of your terms
            of employment for the purposes of the Terms of Employment (Information) Acts 1994 to 2014.""")),
        ("heading", "1. Appointment"),
        ("para", P("""
            1.1 The University appoints you to the post of Postdoctoral Researcher, at Level 2 of the Irish
            Universities Association research career framework, in the School of Engineering. You will report to
            the Principal Investigator of the Project, Professor Siobhán Ó Riada, or to such other person as the
            Head of School nominates.""")),
        ("para", P("""
            1.2 Your duties are those set out in the job description attached to this contract, together with
            any other duties consistent with your grade that the Principal Investigator reasonably assigns. They
            include carrying out the Project's laboratory programme, preparing papers and reports, and helping to
            supervise postgraduate students.""")),
        ("heading", "2. Duration of this contract"),
        ("para", P("""
            2.1 Your employment under this contract will commence on 1 September 2027 (the Start Date) and will
            end, without further notice, on the second anniversary of the Start Date, unless it is ended earlier
            in accordance with clause 14.""")),
        ("para", P("""
            2.2 This is a fixed-term contract. The objective grounds for its fixed duration are that the post is
            funded by an external grant for a specific research project of limited duration, and that the funding
            for the post ends with the Project. The exclusions in the Unfair Dismissals Acts 1977 to 2015 will
            apply to the expiry of this contract, as you confirm by signing clause 20.""")),
        ("para", P("""
            2.3 If further funding is obtained, the University may offer you a new contract. Nothing in this
            contract creates any expectation of further employment after it ends.""")),
        ("heading", "3. Probation"),
        ("para", P("""
            3.1 The first six months of your employment are a probationary period. Your progress will be reviewed
            at three months and at the end of the period. During probation, either party may end the contract by
            giving one week's written notice.""")),
        ("heading", "4. Place of work"),
        ("para", P("""
            4.1 Your place of work is the University's main campus in Athlone. Under the University's Blended
            Working Policy, and with the agreement of the Principal Investigator, you may work remotely for up to
            two days each week when your work does not require you to be in the laboratory. You may be required to
            travel to partner sites and conferences in Ireland and abroad.""")),
        ("heading", "5. Salary"),
        ("para", P("""
            5.1 Your salary is on the Postdoctoral Researcher (Level 2) salary scale shown below. You will be placed
            on point 3 of the scale on appointment.""")),
        ("table", [
            ["Scale point", "Annual salary (gross)"],
            ["Point 1", "€44,960"],
            ["Point 2", "€46,420"],
            ["Point 3 (your starting point)", "€47,885"],
            ["Point 4", "€49,350"],
            ["Point 5", "€50,810"],
        ], True),
        ("para", P("""
            5.2 Subject to satisfactory performance, you will move to point 4 on 1 September 2028. The scale may be
            revised from time to time in line with national public pay agreements, and any revision will apply to
            you.""")),
        ("para", P("""
            5.3 Your salary will be paid monthly in arrears by credit transfer, on the 26th of each month or on the
            previous working day when the 26th is not one. Income tax, Universal Social Charge, PRSI and your
            pension contributions will be deducted at source.""")),
        ("heading", "6. Hours of work"),
        ("para", P("""
            6.1 This is a whole-time post. The standard working week is 37 hours, normally worked between 8.00 a.m.
            and 7.00 p.m. Monday to Friday, with a break of at least 30 minutes after four and a half hours of work.
            Research may sometimes require you to work outside those times, for example to complete a curing
            cycle in the laboratory.""")),
        ("para", P("""
            6.2 Researchers are not paid overtime. Where the Principal Investigator asks you to work substantial
            additional hours, time off in lieu may be agreed.""")),
        ("heading", "7. Annual leave and public holidays"),
        ("para", P("""
            7.1 Your annual leave entitlement is 25 working days in each leave year (1 January to 31 December), in
            addition to the public holidays. In the years in which the contract begins and ends, your entitlement
            will be pro rata. Leave should be booked with the Principal Investigator in advance and should, where
            possible, be taken during periods when the laboratory is closed.""")),
        ("para", P("""
            7.2 Leave not taken by the end of the contract should be taken before the end date; payment in lieu of
            untaken leave is made only where the law requires it.""")),
        ("heading", "8. Sick leave"),
        ("para", P("""
            8.1 If you are unable to attend work because of illness, you must notify the Principal Investigator
            before 10.00 a.m. on the first day. A medical certificate is required for absences of more than two
            consecutive days.""")),
        ("para", P("""
            8.2 Paid sick leave is granted under the Public Service Sick Leave Scheme, which allows up to 92 days on
            full pay and a further 91 days on half pay in a rolling period of four years, subject to a maximum of
            183 days of paid sick leave in that period. These limits include any statutory sick leave due to you
            under the Sick Leave Act 2022.""")),
        ("heading", "9. Pension"),
        ("para", P("""
            9.1 As a new entrant to the public service, you will be a member of the Single Public Service Pension
            Scheme, which is mandatory for your post. Your contributions will be deducted from your salary at the
            rates the scheme sets. Details are in the scheme booklet available from the Pensions Office.""")),
        ("heading", "10. Other leave and benefits"),
        ("para", P("""
            10.1 You are entitled to maternity, adoption, paternity, parent's and parental leave in accordance with
            the relevant Acts and the University's policies, which provide for the top-up of maternity and adoption
            benefit to full salary for eligible staff.""")),
        ("para", P("""
            10.2 You may also join the TaxSaver commuter ticket scheme and the cycle-to-work scheme, use the
            University's Employee Assistance Programme and staff wellbeing programme, and apply for remission of
            fees for part-time courses at the University.""")),
        ("heading", "11. Research integrity and outside work"),
        ("para", P("""
            11.1 You must carry out your research in accordance with the University's Research Integrity Policy and
            the conditions of the grant. You must not undertake any paid work outside the University without the
            prior written approval of the Head of School.""")),
        ("heading", "12. Intellectual property"),
        ("para", P("""
            12.1 All intellectual property arising from your work for the University, including under the Project,
            is owned by the University in accordance with its Intellectual Property Policy and the national IP
            protocol, and you assign to the University any rights in it that would otherwise vest in you. You will
            share in any revenue from commercialisation as that policy provides.""")),
        ("heading", "13. Confidentiality and data protection"),
        ("para", P("""
            13.1 You must keep confidential, during and after your employment, any information about the Project's
            industry partners, unpublished results and the personal data of students and staff that you learn in
            the course of your work, except where the University authorises publication.""")),
        ("heading", "14. Notice"),
        ("para", P("""
            14.1 After you have completed probation, you may end this contract before its end date by giving the
            University one month's written notice. The University may end it before its end date by giving you one
            month's written notice, or the statutory minimum notice if that is greater, including where the
            funding for the Project ends early.""")),
        ("para", P("""
            14.2 The University may end your employment without notice for gross misconduct, following the
            disciplinary procedure.""")),
        ("heading", "15. Grievance and disciplinary procedures"),
        ("para", P("""
            15.1 The University's grievance and disciplinary procedures for research staff apply to you and are
            available on the staff intranet.""")),
        ("heading", "16. Collective agreements"),
        ("para", P("""
            16.1 National public service agreements on pay and conditions apply to your employment to the extent
            they cover research staff in the university sector.""")),
        ("heading", "17. Changes"),
        ("para", P("""
            17.1 The University will notify you in writing of any change to the particulars in this contract within
            one month of the change.""")),
        ("heading", "18. Governing law"),
        ("para", "18.1 Irish law governs this contract."),
        ("heading", "19. Entire agreement"),
        ("para", P("""
            19.1 This contract, the job description and the University policies it refers to are the whole of the
            terms of your employment.""")),
        ("heading", "20. Acceptance"),
        ("para", P("""
            I accept the post of Postdoctoral Researcher on the terms of this contract. I agree that the Unfair
            Dismissals Acts 1977 to 2015 shall not apply to a dismissal consisting only of the expiry of this
            fixed term.""")),
        ("lines", ["Signed for Shannonside University: ______________________  Date: ____________",
                   "Gráinne Fallon, Senior Human Resources Partner", "",
                   "Signed by the Researcher: ______________________  Date: ____________",
                   "Dr Tomasz Wierzbicki-Doyle"]),
    ],
)


# 6. Singapore, a commodity trading house: a SCANNED PDF (image only), about 6 pages, an
#     employment agreement in numbered clauses with a remuneration table.
#     Traps: no text layer; monthly basic salary in figures and words in a table with an
#     allowance and a total monthly gross; AWS (13th month) and a discretionary bonus with no
#     figure; "on or before the last working day of each month"; hours from times less a lunch
#     hour; no overtime (outside Part IV); 18 days rising with service; outpatient sick leave
#     within hospitalisation leave; probation with a week's notice; three months from the
#     employee vs two months from the Company; a repayable sign-on bonus; CPF at statutory
#     rates (no percent); a six-month non-compete and twelve-month non-solicit; SIAC
#     arbitration; "valid until" a date.
letter(
    "sg-marina-bay-senior-freight-trader-agreement-scan", "scan", datetime(2027, 7, 5, 10, 0),
    "Employment Agreement - Vanessa Chua Hui Min", "Tanjong Rhu Commodities Pte. Ltd.",
    blocks=[
        ("head", "TANJONG RHU COMMODITIES PTE. LTD.",
         "Co. Reg. No. 201733918K  ·  10 Marina Boulevard, #31-02, Singapore 018983"),
        ("lines", ["5 July 2027", "", "PRIVATE & CONFIDENTIAL", "Ms Vanessa Chua Hui Min",
                   "Blk 418 Bedok North Avenue 2, #07-115", "Singapore 460418"]),
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This Agreement is made on the date above between TANJONG RHU COMMODITIES PTE. LTD., a company
            incorporated in Singapore with its registered office at 10 Marina Boulevard, #31-02, Singapore 018983
            (the "Company"), and Ms Vanessa Chua Hui Min, NRIC No. S88xxxx2D (the "Employee"). The Company
            employs the Employee on the terms and conditions below.""")),
        ("heading", "1. APPOINTMENT"),
        ("para", P("""
            1.1 The Employee is appointed as Senior Freight Trader in the Dry Bulk Freight desk, reporting to the
            Head of Freight Trading. Her employment will commence on 2 August 2027 (the "Commencement Date").""")),
        ("para", P("""
            1.2 The Employee shall devote her whole working time and attention to the Company's business and shall
            not take up any other employment or business without the Company's written consent.""")),
        ("para", P("""
            1.3 Her place of work is the Company's office at Marina Bay, Singapore, or any other place in Singapore
            the Company may reasonably designate. She may be required to travel overseas on the Company's business.""")),
        ("heading", "2. PROBATION AND CONFIRMATION"),
        ("para", P("""
            2.1 The Employee will serve a probationary period of three (3) months from the Commencement Date. The
            Company may extend the probationary period by up to a further three (3) months by notice in writing.
            During probation, either party may terminate the employment by giving one (1) week's notice in writing
            or one week's basic salary in lieu of notice.""")),
        ("para", P("""
            2.2 Upon satisfactory completion of probation, the Company will confirm the Employee's appointment in
            writing.""")),
        ("heading", "3. REMUNERATION"),
        ("para", P("""
            3.1 The Employee's monthly remuneration shall be as follows:""")),
        ("table", [
            ["Item", "Monthly (S$)"],
            ["Basic salary", "14,500.00"],
            ["Fixed transport allowance", "600.00"],
            ["Total monthly gross", "15,100.00"],
        ], True),
        ("para", P("""
            3.2 The basic salary of Singapore Dollars Fourteen Thousand Five Hundred (S$14,500) per month shall be
            paid on or before the last working day of each month by GIRO transfer to the Employee's bank account,
            after deduction of the Employee's CPF contributions and any other lawful deductions. The transport
            allowance is paid with salary and is not part of basic salary for any purpose.""")),
        ("para", P("""
            3.3 Annual Wage Supplement. The Employee is eligible for an Annual Wage Supplement (AWS) equivalent to
            one (1) month's basic salary, payable in December each year, pro-rated for service of less than
            twelve months in the calendar year. The AWS is not payable if, on the payment date, the Employee has
            resigned or is serving notice.""")),
        ("para", P("""
            3.4 Performance Bonus. The Employee may be awarded a discretionary performance bonus based on the
            profitability of the Dry Bulk Freight desk and her own performance. The amount of any bonus is at the
            sole discretion of the Company. Part of any bonus above two months' basic salary may be deferred over
            two years under the Company's Deferred Bonus Scheme.""")),
        ("para", P("""
            3.5 Sign-on Bonus. The Company will pay the Employee a one-time sign-on bonus of S$20,000 together with
            her first month's salary. If the Employee resigns, or is dismissed for misconduct, within twelve (12)
            months of the Commencement Date, she shall repay the sign-on bonus in full to the Company within
            thirty (30) days of her last day of service.""")),
        ("para", P("""
            3.6 The Employee's salary will be reviewed annually in March, the first review being in March 2028.
            Any adjustment is at the Company's discretion.""")),
        ("heading", "4. CENTRAL PROVIDENT FUND"),
        ("para", P("""
            4.1 The Company and the Employee will contribute to the Central Provident Fund at the rates prescribed
            by the Central Provident Fund Act 1953 for Singapore citizens.""")),
        ("heading", "5. HOURS OF WORK"),
        ("para", P("""
            5.1 The normal hours of work are 9.00 a.m. to 6.00 p.m., Monday to Friday, with a lunch break of one
            hour. Because freight markets operate across time zones, the Employee may be required to work
            additional hours, including evenings, as her duties reasonably require.""")),
        ("para", P("""
            5.2 As the Employee is employed in a managerial and executive capacity, Part IV of the Employment Act
            1968 does not apply to her, and she will not be paid for overtime work.""")),
        ("heading", "6. ANNUAL LEAVE"),
        ("para", P("""
            6.1 The Employee is entitled to eighteen (18) working days of paid annual leave in each calendar year,
            increasing by one (1) day for each completed year of service up to a maximum of twenty-one (21) days.
            Leave in the first and last years of service is pro-rated. Gazetted public holidays are additional.""")),
        ("para", P("""
            6.2 Up to five (5) days of unused leave may be carried forward to the next year and must be used by 31
            March, after which they are forfeited. Leave may not be encashed except on termination.""")),
        ("heading", "7. SICK LEAVE AND MEDICAL BENEFITS"),
        ("para", P("""
            7.1 After confirmation, the Employee is entitled to paid outpatient sick leave of fourteen (14) days a
            year, and paid hospitalisation leave of up to sixty (60) days a year, inclusive of the outpatient sick
            leave, on production of a medical certificate from a registered medical practitioner. During probation,
            sick leave is granted in accordance with the Employment Act.""")),
        ("para", P("""
            7.2 The Employee will be covered by the Company's group hospitalisation and surgical insurance, group
            term life insurance (three times annual basic salary) and group personal accident insurance. Outpatient
            medical consultations at the Company's panel clinics are free of charge, and dental treatment is
            reimbursed up to S$400 a year.""")),
        ("heading", "8. OTHER LEAVE"),
        ("para", P("""
            8.1 Maternity, paternity, childcare and other statutory leave will be granted in accordance with the
            Employment Act and the Child Development Co-Savings Act 2001.""")),
        ("heading", "9. TERMINATION"),
        ("para", P("""
            9.1 After confirmation, the Employee may terminate her employment by giving the Company three (3)
            months' notice in writing. The Company may terminate the employment by giving the Employee two (2)
            months' notice in writing. Either party may instead pay the other basic salary in lieu of the notice
            period or any part of it.""")),
        ("para", P("""
            9.2 The Company may terminate the employment summarily, without notice or payment in lieu, if the
            Employee is guilty of serious misconduct, breaches the Company's trading limits or risk policies, or
            commits any act that brings the Company into disrepute.""")),
        ("para", P("""
            9.3 During any notice period, the Company may require the Employee to remain away from the office and
            not to contact clients or counterparties, while continuing to pay her salary and benefits.""")),
        ("heading", "10. CONFIDENTIALITY"),
        ("para", P("""
            10.1 The Employee shall not, during or after her employment, disclose to any person any confidential
            information concerning the Company, its positions, counterparties, freight books or trading strategies,
            except as required in the course of her duties or by law. Her remuneration is also confidential and she
            shall not discuss it with other employees.""")),
        ("heading", "11. INTELLECTUAL PROPERTY"),
        ("para", P("""
            11.1 All models, spreadsheets, software and other works created by the Employee in the course of her
            employment belong to the Company, and the Employee assigns to the Company all her rights in them.""")),
        ("heading", "12. RESTRICTIVE COVENANTS"),
        ("para", P("""
            12.1 For six (6) months after the termination of her employment, the Employee shall not, within
            Singapore, Malaysia or Indonesia, be employed by or provide services to any business that trades dry
            bulk freight or freight derivatives in competition with the Company.""")),
        ("para", P("""
            12.2 For twelve (12) months after the termination of her employment, the Employee shall not solicit or
            entice away any counterparty or broker with whom she dealt in her last twelve months of service, or
            any employee of the Company.""")),
        ("para", P("""
            12.3 Any period of garden leave under clause 9.3 will be deducted from the periods in clauses 12.1 and
            12.2. The Employee agrees that these restrictions are reasonable and necessary to protect the Company's
            legitimate interests.""")),
        ("heading", "13. CONDITIONS"),
        ("para", P("""
            13.1 This appointment is subject to the Employee passing a pre-employment medical examination by the
            Company's panel doctor, satisfactory background screening, and verification of her academic and
            professional certificates.""")),
        ("heading", "14. COMPANY POLICIES"),
        ("para", P("""
            14.1 The Employee shall comply with the Company's Employee Handbook, Code of Conduct, Personal Trading
            Policy and Trading Risk Policy, as amended from time to time.""")),
        ("heading", "15. PERSONAL TRADING AND CONFLICTS"),
        ("para", P("""
            15.1 The Employee shall not, for her own account or for any person other than the Company, deal in
            freight forward agreements, bunker swaps or any other instrument the Company trades, and shall obtain
            the prior approval of Compliance before dealing in any listed shipping or commodity security.""")),
        ("para", P("""
            15.2 The Employee shall disclose to the Company any gift, entertainment or other benefit above S$200 in
            value offered to her by a broker, shipowner, charterer or other counterparty, and shall not accept any
            such benefit that could reasonably be seen as affecting her judgement.""")),
        ("para", P("""
            15.3 All calls on the trading desk's lines and all messages sent through the Company's chat and email
            systems are recorded and may be reviewed by Compliance. The Employee may use only Company-approved
            channels to communicate with counterparties.""")),
        ("heading", "16. COMPANY PROPERTY"),
        ("para", P("""
            16.1 On the termination of her employment, or earlier if the Company asks, the Employee shall return to
            the Company all documents, devices, access cards, keys and other property of the Company in her
            possession, and shall delete any Company information held on her personal devices.""")),
        ("heading", "17. PERSONAL DATA"),
        ("para", P("""
            17.1 The Employee consents to the Company collecting, using and disclosing her personal data for the
            purposes of managing her employment, administering payroll, CPF and insurance, complying with
            regulatory requirements and carrying out background screening, in accordance with the Personal Data
            Protection Act 2012 and the Company's Employee Data Protection Notice.""")),
        ("heading", "18. RETIREMENT"),
        ("para", P("""
            18.1 The Company's retirement and re-employment practices will follow the Retirement and Re-employment
            Act 1993, as amended from time to time.""")),
        ("heading", "19. ENTIRE AGREEMENT AND VARIATION"),
        ("para", P("""
            19.1 This Agreement, with the Employee Handbook and the policies it refers to, is the entire agreement
            between the parties on the Employee's employment and replaces any earlier discussions, term sheets or
            letters. The Company may amend its policies from time to time; any change to this Agreement must be
            agreed in writing by both parties.""")),
        ("heading", "20. NOTICES"),
        ("para", P("""
            20.1 Any notice under this Agreement shall be in writing and may be delivered by hand, sent by
            registered post to the recipient's last known address, or sent by email to the recipient's Company
            email address or, after the employment ends, to her personal email address on record.""")),
        ("heading", "21. DISPUTE RESOLUTION AND GOVERNING LAW"),
        ("para", P("""
            21.1 This Agreement is governed by the laws of Singapore. Any dispute arising out of or in connection
            with it, which the parties cannot settle by discussion, shall be referred to and finally resolved by
            arbitration in Singapore under the Arbitration Rules of the Singapore International Arbitration Centre
            before a sole arbitrator, except that either party may apply to the Employment Claims Tribunals where
            the law permits.""")),
        ("heading", "22. ACCEPTANCE"),
        ("para", P("""
            22.1 This offer is valid until 16 July 2027. Please sign and return the duplicate copy of this Agreement
            to Human Resources by that date to confirm your acceptance.""")),
        ("pagebreak",),
        ("para", "IN WITNESS WHEREOF the parties have signed this Agreement."),
        ("lines", ["For and on behalf of", "TANJONG RHU COMMODITIES PTE. LTD.", "", "____________________",
                   "Koh Wei Liang", "Director, Human Resources", "", "",
                   "I, Vanessa Chua Hui Min, have read and understood this Agreement and accept employment",
                   "on its terms.", "", "Signature: ____________________     Date: ______________"]),
        ("pagebreak",),
        ("title", "ANNEX A - JOB DESCRIPTION"),
        ("kv", [("Position", "Senior Freight Trader"), ("Desk", "Dry Bulk Freight (Panamax and Supramax)"),
                ("Reports to", "Head of Freight Trading"), ("Grade", "T3")]),
        ("heading", "Main responsibilities"),
        ("bullets", [
            "Trade freight forward agreements and physical voyage and time charters within the desk's approved "
            "limits, to hedge the Company's cargo book and to take proprietary positions where authorised.",
            "Build and maintain relationships with shipowners, operators, brokers and clearing houses in Asia.",
            "Monitor market fundamentals (fleet supply, port congestion, grain and coal flows) and present a weekly "
            "view to the desk.",
            "Ensure every trade is captured in the trading system on the day it is done, and reconcile positions "
            "with Middle Office daily.",
            "Comply with the Trading Risk Policy, including stop-loss and value-at-risk limits, and escalate any "
            "breach at once.",
            "Coach junior traders and analysts on the desk.",
        ]),
        ("heading", "Trading authority"),
        ("para", P("""
            The Employee's initial trading limits are set out in her Trading Mandate, which the Head of Freight
            Trading and the Chief Risk Officer will issue on the Commencement Date and may revise at any time.""")),
        ("pagebreak",),
        ("title", "ANNEX B - SUMMARY OF INSURANCE BENEFITS"),
        ("table", [
            ["Cover", "Benefit"],
            ["Group hospitalisation and surgical", "Ward class A1, private hospitals, as-charged"],
            ["Group term life", "3 x annual basic salary"],
            ["Group personal accident", "3 x annual basic salary"],
            ["Outpatient (panel clinics)", "Free consultation and medication"],
            ["Dental", "Reimbursed up to S$400 a year"],
        ], True),
        ("para", P("""
            This summary is for information only. The terms of the insurance policies, as renewed each year,
            decide what is covered.""")),
    ],
)


# 7. Australia (Victoria), infrastructure contractor: PDF with a ruled Schedule table, about
#     9 pages, an employment agreement whose personal terms are all in Schedule 1.
#     Traps: "Base Salary" defined as the amount in Item 5, stated "exclusive of
#     superannuation", beside superannuation at 12% and a larger Total Fixed Remuneration;
#     "fortnightly in arrears" in a clause; 38 hours "plus reasonable additional hours" and a
#     set-off clause (no overtime); four weeks' annual leave and ten days' personal/carer's
#     leave in the Schedule; probation with a week's notice; six weeks from the Employer vs four
#     from the Employee; STI "up to 15%"; a cascading restraint (12, 6 or 3 months) beside a
#     12-month non-solicitation; relocation assistance up to a cap, repayable pro rata;
#     hybrid working; a deadline with a time of day.
_MELBOURNE_SCHEDULE = [
    ["Item", "Details"],
    ["1. Employee", "Priya Ramanathan-Walsh"],
    ["2. Position", "Senior Project Controls Manager, Major Projects (Rail)"],
    ["3. Commencement Date", "Monday 6 September 2027"],
    ["4. Location", "Melbourne (Docklands office) and project sites in metropolitan Melbourne"],
    ["5. Base Salary", "$182,000 per annum (gross), exclusive of superannuation"],
    ["6. Superannuation", "Superannuation Guarantee contributions at 12% of ordinary time earnings, up to the maximum contribution base"],
    ["7. Total Fixed Remuneration", "$203,840 per annum (Base Salary plus superannuation)"],
    ["8. Short Term Incentive", "Eligible for the Project Delivery STI Plan: up to 15% of Base Salary"],
    ["9. Ordinary Hours", "38 hours per week, Monday to Friday, plus reasonable additional hours"],
    ["10. Leave", "Annual leave: 4 weeks per year. Personal/carer's leave: 10 days per year. Long service leave under the Long Service Leave Act 2018 (Vic)"],
    ["11. Probationary Period", "6 months"],
    ["12. Notice Period", "By the Employer: 6 weeks (or the NES period, if longer). By the Employee: 4 weeks"],
    ["13. Restraint Period", "(a) 12 months; (b) 6 months; (c) 3 months"],
    ["14. Restraint Area", "(a) Victoria; (b) the Melbourne metropolitan area"],
    ["15. Relocation Assistance", "Up to $15,000 (see clause 8.3)"],
]

letter(
    "au-vic-melbourne-project-controls-manager-agreement-schedule", "pdf", datetime(2027, 8, 16, 14, 0),
    "Employment Agreement - P Ramanathan-Walsh", "Ironbark Yarra Constructions Pty Ltd",
    font="DejaVuSans", size=10.5, paper="A4", footer="Ironbark Yarra Constructions Pty Ltd ACN 618 204 377 - Employment Agreement (Salaried Staff)",
    blocks=[
        ("head", "Ironbark Yarra Constructions", "Level 9, 710 Collins Street, Docklands VIC 3008  ·  ABN 41 618 204 377"),
        ("lines", ["16 August 2027", "", "Ms Priya Ramanathan-Walsh", "22 Bonney Street", "Ascot QLD 4007"]),
        ("para", "Dear Priya,"),
        ("title", "Offer of employment - Senior Project Controls Manager"),
        ("para", P("""
            I am very pleased to offer you employment with Ironbark Yarra Constructions Pty Ltd on the terms of the
            enclosed Employment Agreement. Your personal details, including your remuneration, hours, leave and
            notice period, are set out in Schedule 1 at the back of the Agreement.""")),
        ("para", P("""
            This offer remains open until 5.00 pm (AEST) on Friday 27 August 2027. To accept it, please sign the
            Agreement where marked and return a scanned copy to careers@ironbarkyarra.example. We have also enclosed
            the Fair Work Information Statement, which we are required to give you.""")),
        ("para", P("""
            We know that moving from Brisbane is a big step, and we look forward to having you on the Metro West
            team.""")),
        ("lines", ["Kind regards,", "", "Declan Fitzroy-Hale", "General Manager, Major Projects (Rail)"]),
        ("pagebreak",),
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            Parties: Ironbark Yarra Constructions Pty Ltd ACN 618 204 377 of Level 9, 710 Collins Street, Docklands,
            Victoria (the Employer), and the person named in Item 1 of Schedule 1 (the Employee).""")),
        ("heading", "1. Definitions and interpretation"),
        ("para", P("""
            1.1 In this Agreement: Base Salary means the amount set out in Item 5, as varied under clause 7.3;
            Commencement Date means the date in Item 3; Confidential Information means all information of the
            Group that is not in the public domain, including tender pricing, project cost reports, schedules,
            subcontractor rates and client information; Group means the Employer and its related bodies corporate;
            NES means the National Employment Standards in the Fair Work Act 2009 (Cth); Policies means the
            Employer's policies and procedures as in force from time to time; and Schedule means Schedule 1 to this
            Agreement.""")),
        ("para", P("""
            1.2 A reference to an Item is to an item of the Schedule. Headings do not affect interpretation. If the
            Schedule and the clauses are inconsistent, the Schedule prevails.""")),
        ("heading", "2. Appointment and commencement"),
        ("para", P("""
            2.1 The Employer employs the Employee in the position in Item 2 on a full-time, ongoing basis, starting
            on the Commencement Date. The Employee's period of continuous service starts on that date.""")),
        ("para", P("""
            2.2 This Agreement is conditional on: (a) the Employee holding Australian citizenship, permanent residency
            or a visa that allows her to work in the position; (b) a satisfactory National Police Check; and (c)
            the Employee passing the Employer's pre-employment medical assessment, including a drug and alcohol test,
            which is required for access to rail corridor sites.""")),
        ("heading", "3. Duties"),
        ("para", P("""
            3.1 The Employee must perform the duties of the position and any other duties the Employer reasonably
            directs that are consistent with her skills, including duties for other members of the Group. She must
            comply with all lawful and reasonable directions and with the Policies, which do not form part of this
            Agreement.""")),
        ("para", P("""
            3.2 The Employee must serve the Employer faithfully, act in its best interests and avoid any conflict of
            interest, and must not engage in any other business or employment without the Employer's written
            consent.""")),
        ("heading", "4. Probation"),
        ("para", P("""
            4.1 The first part of the Employee's employment, of the length in Item 11, is a probationary period.
            During it, either party may end the employment by giving one week's notice, or, in the Employer's case,
            payment instead of notice.""")),
        ("heading", "5. Location and flexible work"),
        ("para", P("""
            5.1 The Employee's location is set out in Item 4. She may be required to work at other sites and to
            travel within Australia as the projects she supports require.""")),
        ("para", P("""
            5.2 Under the Employer's Flexible Work Policy, the Employee may work from home for up to two days in each
            week, on days agreed with her manager, provided that she attends the Docklands office or a project site on
            the other days and whenever a project milestone requires it.""")),
        ("heading", "6. Hours of work"),
        ("para", P("""
            6.1 The Employee's ordinary hours are set out in Item 9. The Employee may be required to work reasonable
            additional hours, having regard to the matters in section 62 of the Fair Work Act, to meet the needs of
            the projects, including during commissioning and possession periods on weekends.""")),
        ("para", P("""
            6.2 The Base Salary has been set to compensate the Employee for all hours worked, including reasonable
            additional hours, and she will not receive any separate overtime payment, penalty rate or allowance for
            them.""")),
        ("heading", "7. Remuneration"),
        ("para", P("""
            7.1 The Employer will pay the Employee the Base Salary, in equal fortnightly instalments in arrears, by
            electronic funds transfer into an account she nominates, less tax withheld as the law requires.""")),
        ("para", P("""
            7.2 The Employee's position may be covered by the Professional Employees Award 2020. The Base Salary is
            paid in satisfaction of every entitlement under any award that applies to her, including minimum wages,
            overtime, penalty rates, allowances and annual leave loading, and the Employer may set off the Base Salary
            against any such entitlement. The Employer will check at least once a year that the Base Salary exceeds
            what the award would have required.""")),
        ("para", P("""
            7.3 The Employer will review the Base Salary each year in September, starting in September 2028. A review
            does not oblige the Employer to increase it.""")),
        ("para", P("""
            7.4 The Employer will make superannuation contributions for the Employee as set out in Item 6 to a
            complying fund she chooses, or failing a choice, to her stapled fund or the Employer's default fund.""")),
        ("para", P("""
            7.5 The Employee is eligible to take part in the short term incentive plan described in Item 8, on the
            terms of that plan. Payments depend on project and individual performance against a scorecard agreed each
            financial year, are pro-rated for part years, and are not payable if, on the payment date, the Employee
            has given or received notice of termination.""")),
        ("heading", "8. Expenses and relocation"),
        ("para", P("""
            8.1 The Employer will reimburse the Employee for reasonable expenses she properly incurs in performing her
            duties, on production of tax invoices and in line with the Travel and Expenses Policy.""")),
        ("para", P("""
            8.2 The Employee will receive a mobile phone and a laptop for business use.""")),
        ("para", P("""
            8.3 The Employer will reimburse the Employee's reasonable costs of relocating from Brisbane to Melbourne,
            including removalist fees, flights for her and her partner and up to four weeks of temporary
            accommodation, up to the amount set out in Item 15. If the Employee resigns, or is dismissed for serious
            misconduct, within twelve months after the Commencement Date, she must repay a proportion of the amount
            reimbursed equal to the number of whole months remaining in those twelve months divided by twelve.""")),
        ("heading", "9. Leave"),
        ("para", P("""
            9.1 The Employee is entitled to annual leave as set out in Item 10, which accrues progressively according
            to her ordinary hours and accumulates from year to year. Leave is to be taken at times agreed with the
            Employer, which may direct her to take leave during the Christmas shutdown or where she has accrued more
            than eight weeks.""")),
        ("para", P("""
            9.2 The Employee is entitled to paid personal/carer's leave as set out in Item 10, and to unpaid
            carer's leave, compassionate leave, family and domestic violence leave and community service leave, in
            accordance with the NES.""")),
        ("para", P("""
            9.3 After twelve months of continuous service, the Employee may access the Employer's Parental Leave
            Policy, which currently provides 16 weeks of paid leave to a primary carer and 4 weeks to a secondary
            carer, in addition to unpaid parental leave under the NES and government parental leave pay.""")),
        ("para", P("""
            9.4 Public holidays are dealt with under the NES. Long service leave is governed by the Act named in Item
            10.""")),
        ("heading", "10. Workplace health and safety"),
        ("para", P("""
            10.1 The Employee must comply with the Occupational Health and Safety Act 2004 (Vic), the Employer's
            safety management system, and the rail operator's safety requirements on site, including fitness for
            duty and drug and alcohol testing on site.""")),
        ("heading", "11. Confidential information"),
        ("para", P("""
            11.1 The Employee must not, during or after her employment, use or disclose any Confidential Information
            except in the proper performance of her duties, with the Employer's consent or as required by law. This
            obligation survives the termination of this Agreement.""")),
        ("heading", "12. Intellectual property"),
        ("para", P("""
            12.1 All intellectual property created by the Employee in the course of her employment, including
            schedules, cost models, templates and reports, vests in the Employer on creation. To the extent it does
            not, the Employee assigns it to the Employer, and she consents to the Employer's use of her works in ways
            that might otherwise infringe her moral rights.""")),
        ("heading", "13. Termination"),
        ("para", P("""
            13.1 After the probationary period, either party may end the Employee's employment by giving the other
            written notice of the period set out for it in Item 12.""")),
        ("para", P("""
            13.2 The Employer may pay the Employee her Base Salary for all or part of the notice period instead of
            requiring her to work it. The Employer may also direct her, during all or part of a notice period, not to
            attend work, not to perform duties or not to contact clients or colleagues.""")),
        ("para", P("""
            13.3 The Employer may end the employment without notice for serious misconduct, or in any other
            circumstances in which the law permits summary dismissal.""")),
        ("para", P("""
            13.4 If the Employee's position becomes redundant, she will receive notice under clause 13.1 and
            redundancy pay under the NES, in addition to any benefit under the Employer's Redundancy Policy.""")),
        ("para", P("""
            13.5 On termination the Employee must return all of the Employer's property, including documents,
            devices and access passes, and must not keep copies.""")),
        ("heading", "14. Restraint"),
        ("para", P("""
            14.1 To protect the Group's Confidential Information, client relationships and workforce, the Employee
            must not, during the Restraint Period and within the Restraint Area, be engaged in any capacity in a
            business that bids for or delivers rail or transport infrastructure projects in competition with the
            Group, in a role similar to the one she held in her last twelve months with the Employer.""")),
        ("para", P("""
            14.2 Separately, for twelve months after her employment ends, the Employee must not solicit, canvass or
            approach any client or subcontractor of the Group with whom she dealt in her last twelve months, or
            induce any employee of the Group to leave it.""")),
        ("para", P("""
            14.3 The Restraint Period and the Restraint Area are set out in Items 13 and 14. Each combination of a
            period and an area in those Items is a separate restraint. If any combination is unenforceable, it is
            severed and the others remain in force.""")),
        ("para", P("""
            14.4 The Employee acknowledges that each restraint is reasonable and that her remuneration includes
            consideration for it. Nothing in this clause prevents her from holding up to five per cent of the shares
            of a listed company.""")),
        ("heading", "15. Privacy"),
        ("para", P("""
            15.1 The Employee consents to the Employer collecting and holding her personal information, including
            health information and police check results, for purposes connected with her employment.""")),
        ("heading", "16. General"),
        ("para", P("""
            16.1 This Agreement is the whole agreement between the parties about the Employee's employment and
            replaces all earlier representations. It continues to apply if the Employee's position, duties or
            remuneration change, unless the parties agree otherwise in writing.""")),
        ("para", P("""
            16.2 The laws of Victoria govern this Agreement, and the parties submit to the non-exclusive
            jurisdiction of its courts and of the Fair Work Commission.""")),
        ("pagebreak",),
        ("title", "SCHEDULE 1"),
        ("table", _MELBOURNE_SCHEDULE, True),
        ("heading", "Execution"),
        ("lines", ["Signed for Ironbark Yarra Constructions Pty Ltd by its authorised officer:", "",
                   "______________________________", "Declan Fitzroy-Hale, General Manager, Major Projects (Rail)",
                   "Date: 16 August 2027", "",
                   "Signed by the Employee:", "",
                   "______________________________", "Priya Ramanathan-Walsh", "Date: ________________"]),
    ],
)


# 8. US (Utah), software: TXT (long lines, as saved from a word processor), about 7 pages, an
#     at-will executive employment agreement with a term sheet at the top.
#     Traps: a "Summary of Key Terms" block of "Label: value" lines before the agreement (and
#     the same terms again in the text); "on or about" a start date; semi-monthly pay; exempt;
#     bonus target with a maximum; time-based RSUs (one-year cliff, then quarterly) beside a
#     performance share award; a combined PTO bank (sick days null); four weeks' resignation
#     notice and none from the Company; a 12-month non-compete (the Utah statutory cap) and a
#     24-month non-solicit; arbitration; a 401(k) match "up to 5%"; a sign-on bonus repayable
#     within a year; the employer's full name in the parties clause and signature block only.
letter(
    "us-ut-lehi-cto-executive-employment-agreement", "txt", datetime(2027, 4, 30, 16, 0),
    "Executive Employment Agreement - M. Halvorsen-Tui", "Wasatch Quill Software, Inc.",
    blocks=[
        ("title", "Executive Employment Agreement"),
        ("para", "SUMMARY OF KEY TERMS (for reference only; the Agreement below controls)"),
        ("kv", [
            ("Executive", "Marguerite Halvorsen-Tui"),
            ("Position", "Chief Technology Officer"),
            ("Reports to", "Chief Executive Officer"),
            ("Start Date", "On or about June 1, 2027"),
            ("Base Salary", "$395,000 per year"),
            ("Target Bonus", "50% of Base Salary (maximum 100%)"),
            ("New-Hire RSUs", "85,000 RSUs; 4-year vesting, 1-year cliff, quarterly thereafter"),
            ("Performance Shares", "40,000 PSUs at target; 3-year performance period"),
            ("Sign-On Bonus", "$75,000"),
            ("Severance", "9 months' Base Salary plus COBRA"),
            ("Non-Compete / Non-Solicit", "12 months / 24 months"),
        ]),
        ("para", "-----"),
        ("para", P("""
            This Executive Employment Agreement (this "Agreement") is made as of April 30, 2027 by Wasatch Quill
            Software, Inc., a Delaware corporation with its headquarters at 3300 North Digital Drive, Lehi, Utah 84043
            (the "Company"), and Marguerite Halvorsen-Tui ("Executive").""")),
        ("para", "1. POSITION AND DUTIES"),
        ("para", P("""
            1.1 Role. The Company will employ Executive as its Chief Technology Officer, reporting to the Chief
            Executive Officer. Executive will lead the Company's engineering, architecture, security and cloud
            operations organizations and will perform the duties customarily associated with that role, together
            with such other duties as the Chief Executive Officer may assign.""")),
        ("para", P("""
            1.2 Start Date. Executive's employment will begin on or about June 1, 2027, the actual first day of
            employment being the "Start Date".""")),
        ("para", P("""
            1.3 Work Location. Executive will be based at the Company's headquarters in Lehi, Utah. The Company's
            engineering leadership works from headquarters Tuesday through Thursday each week and may work remotely
            on Mondays and Fridays, and Executive will follow that schedule, subject to business travel.""")),
        ("para", P("""
            1.4 Outside Activities. While employed, Executive will devote her full working time and efforts to the
            Company. With the CEO's prior approval, Executive may serve on one outside board and may continue to
            advise the nonprofit coding program she founded, provided neither interferes with her duties.""")),
        ("para", "2. AT-WILL EMPLOYMENT"),
        ("para", P("""
            Executive's employment is at-will and this Agreement does not provide for any fixed term. The Company or
            Executive may end the employment whenever either of them chooses, for any reason or none, and without
            advance notice, except as Section 6.1 requires of Executive. Any severance is governed solely by Section 6.""")),
        ("para", "3. CASH COMPENSATION"),
        ("para", P("""
            3.1 Base Salary. The Company will pay Executive an annual base salary of $395,000 ("Base Salary"),
            payable semi-monthly on the 15th and the last business day of each month under the Company's standard
            payroll practices. The Board's Compensation Committee will review the Base Salary annually. Executive is
            an exempt employee and is not eligible for overtime pay.""")),
        ("para", P("""
            3.2 Annual Bonus. Executive will be eligible for an annual performance bonus under the Company's Executive
            Bonus Plan, with a target of 50% of Base Salary and a maximum of 100% of Base Salary, based on corporate
            and individual objectives the Compensation Committee sets each year. For 2027, the bonus will be pro-rated
            from the Start Date. To earn a bonus, Executive must be employed on the date it is paid.""")),
        ("para", P("""
            3.3 Sign-On Bonus. The Company will pay Executive a one-time sign-on bonus of $75,000, less withholdings,
            with her first regular paycheck. If Executive resigns without Good Reason or is terminated for Cause
            within twelve months after the Start Date, she must repay the full gross amount of the sign-on bonus
            within thirty days after her last day of employment.""")),
        ("para", "4. EQUITY"),
        ("para", P("""
            4.1 New-Hire RSUs. Subject to approval by the Compensation Committee, Executive will receive 85,000
            restricted stock units under the Company's 2021 Equity Incentive Plan (the "Plan") on the first Company
            grant date after the Start Date. Twenty-five percent of the RSUs will vest on the first quarterly vesting
            date (February 15, May 15, August 15 or November 15) on or after the first anniversary of the Start Date.
            The remaining seventy-five percent will vest in twelve equal quarterly installments on the quarterly
            vesting dates after that, so long as Executive remains in continuous service through each vesting date.""")),
        ("para", P("""
            4.2 Performance Shares. At the same time, Executive will receive a performance share award covering
            40,000 shares at target, which may be earned from 0% to 200% of target based on the Company's relative
            total shareholder return over a three-year performance period beginning January 1, 2027.""")),
        ("para", P("""
            4.3 Plan Terms. The RSUs and performance shares will be subject to the Plan and to the Company's standard
            award agreements, except that Section 6.3 will govern their acceleration on a qualifying termination in
            connection with a change in control.""")),
        ("para", "5. BENEFITS"),
        ("para", P("""
            5.1 Benefit Plans. Executive will be eligible to participate in the Company's benefit programs for
            U.S. employees, including medical, dental and vision insurance, life and AD&D insurance, short- and
            long-term disability, the 401(k) plan (under which the Company matches 100% of Executive's contributions
            up to 5% of eligible compensation) and the Employee Stock Purchase Plan. The Company also provides a UTA
            transit pass and a $3,000 annual learning budget for conferences and courses.""")),
        ("para", P("""
            5.2 Paid Time Off. Executive will receive 25 days of paid time off each year, which she may use for
            vacation, illness or personal matters, plus the eleven Company holidays. Paid time off accrues each pay
            period and may be carried over up to a cap of 30 days.""")),
        ("para", P("""
            5.3 Expenses. The Company will reimburse Executive's reasonable business expenses in accordance with
            its policies.""")),
        ("para", "6. TERMINATION"),
        ("para", P("""
            6.1 Resignation. Executive agrees to give the Company at least four weeks' written notice of her
            resignation, and to assist with the transition of her responsibilities during that period. The Company
            may relieve Executive of her duties during the notice period while continuing her pay.""")),
        ("para", P("""
            6.2 Severance. If the Company terminates Executive's employment without Cause, or Executive resigns for
            Good Reason, and in either case Executive signs and does not revoke a separation agreement containing a
            general release of claims within the period it specifies, the Company will (a) continue Executive's Base
            Salary for nine months, (b) pay the employer portion of her COBRA premiums for up to nine months, and (c)
            accelerate the vesting of the RSUs that would have vested in the six months after termination.""")),
        ("para", P("""
            6.3 Change in Control. If that termination occurs within twelve months after a Change in Control (as the
            Plan defines it), the salary continuation and COBRA periods will be twelve months, Executive will also
            receive her target bonus for the year of termination, and all of her RSUs will vest in full, with the
            performance shares vesting at the greater of target and actual performance through the Change in
            Control. If any payment would be subject to the excise tax under Section 4999 of the Internal Revenue
            Code, it will be reduced to avoid the tax only if that leaves Executive better off after taxes.""")),
        ("para", P("""
            6.4 Definitions. "Cause" means Executive's (i) commission of a felony or a crime of dishonesty; (ii)
            fraud or embezzlement against the Company; (iii) gross negligence or willful misconduct in performing her
            duties; or (iv) material breach of this Agreement or her Proprietary Information and Inventions Agreement,
            uncured within 30 days after written notice if curable. "Good Reason" means, without Executive's consent,
            (i) a material reduction in Base Salary, (ii) a material reduction in her duties or authority, or her
            ceasing to report to the CEO, or (iii) a relocation of her principal workplace by more than 35 miles, in
            each case uncured within 30 days after Executive's written notice, given within 60 days after the
            condition first occurs, and followed by Executive's resignation within 30 days after the cure period.""")),
        ("para", "7. RESTRICTIVE COVENANTS"),
        ("para", P("""
            7.1 Proprietary Information and Inventions Agreement. As a condition of employment, Executive will sign
            the Company's Proprietary Information and Inventions Agreement (the "PIIA"), under which she agrees to
            protect the Company's confidential information during and after employment and assigns to the Company
            the inventions, software and other work product she creates within the scope of her employment.""")),
        ("para", P("""
            7.2 Non-Competition. In accordance with the Utah Post-Employment Restrictions Act, for twelve (12) months
            after the termination of her employment for any reason, Executive will not provide services as an
            executive officer or senior technology leader to any business that develops or sells cloud-based field
            service management software in competition with the Company in North America. The parties acknowledge
            that this period does not exceed the one-year limit set by that Act.""")),
        ("para", P("""
            7.3 Non-Solicitation. For twenty-four (24) months after the termination of her employment for any reason,
            Executive will not, directly or indirectly, solicit or encourage any employee or independent contractor of
            the Company to leave the Company, or solicit any customer of the Company for the purpose of providing a
            competing product.""")),
        ("para", "8. CONDITIONS OF EMPLOYMENT"),
        ("para", P("""
            This offer of employment is contingent upon (a) satisfactory results of a background check, (b)
            Executive's providing proof of her identity and eligibility to work in the United States within three
            business days of the Start Date, and (c) her signing the PIIA.""")),
        ("para", "9. DISPUTE RESOLUTION"),
        ("para", P("""
            Executive and the Company agree to resolve any dispute arising out of or relating to this Agreement or
            Executive's employment exclusively by final and binding arbitration before a single arbitrator of the
            American Arbitration Association in Salt Lake County, Utah, under its Employment Arbitration Rules. The
            Company will pay all arbitration fees other than the filing fee that Executive would have paid in court.
            This section does not prevent either party from seeking provisional relief in court, or Executive from
            filing an administrative charge with a government agency.""")),
        ("para", "10. GENERAL"),
        ("para", P("""
            10.1 Governing Law. This Agreement is governed by the laws of the State of Utah, without regard to
            conflict-of-laws principles.""")),
        ("para", P("""
            10.2 Section 409A. The payments under this Agreement are intended to be exempt from, or to comply with,
            Section 409A of the Internal Revenue Code, and each payment is a separate payment.""")),
        ("para", P("""
            10.3 Clawback. Executive's incentive compensation will be subject to any clawback policy the Company
            adopts to comply with law or Nasdaq listing standards.""")),
        ("para", P("""
            10.4 Entire Agreement. This Agreement, with the PIIA and the equity award agreements, is the entire
            agreement between the parties on its subject and supersedes all prior negotiations, including the summary
            of terms emailed to Executive on April 22, 2027. It may be modified only in writing signed by Executive and
            the Chief Executive Officer.""")),
        ("para", P("""
            10.5 Notices. Notices to the Company go to its Chief Legal Officer at the headquarters address above, and
            notices to Executive go to her home address in the Company's records.""")),
        ("para", P("""
            10.6 Acceptance. This offer and Agreement will be void unless Executive signs and returns it to the
            Company by May 7, 2027.""")),
        ("lines", ["WASATCH QUILL SOFTWARE, INC.", "", "By: ____________________________",
                   "Name: Jonas Ekwueme-Barlow", "Title: Chief Executive Officer", "Date: April 30, 2027", "",
                   "EXECUTIVE", "", "____________________________", "Marguerite Halvorsen-Tui",
                   "Date: ________________"]),
        ("para", "-----"),
        ("para", "EXHIBIT A - PROPRIETARY INFORMATION AND INVENTIONS AGREEMENT"),
        ("para", P("""
            In consideration of my employment and the compensation paid to me, I agree with the Company as
            follows.""")),
        ("para", P("""
            1. Confidential Information. I will hold in strictest confidence, and will not use or disclose except
            as my work for the Company requires, any of the Company's confidential information, including its source
            code, product roadmaps, security architecture, customer data, pricing and financial results. My
            obligations continue after my employment ends, for as long as the information is not generally known.
            I understand that I may disclose information in confidence to a government official or to my lawyer for
            the purpose of reporting a suspected violation of law, as federal law allows.""")),
        ("para", P("""
            2. Assignment of Inventions. I will promptly disclose to the Company, and I hereby assign to it, all
            inventions, works of authorship, software, designs and improvements that I make or conceive during my
            employment, alone or with others, that relate to the Company's business or that I make using its time,
            equipment or information ("Company Inventions"). I will help the Company, at its expense, to obtain and
            enforce patents, copyrights and other rights in Company Inventions, during and after my employment.""")),
        ("para", P("""
            3. Excluded Inventions. Consistent with Utah Code section 34-39-3, this agreement does not apply to an
            invention that I develop entirely on my own time without using the Company's equipment, supplies,
            facilities or trade secrets, and that does not relate to the Company's business or research and does not
            result from my work for the Company. I have listed on the attached schedule any inventions I made before
            my employment that I wish to exclude.""")),
        ("para", P("""
            4. Return of Materials. When my employment ends, I will return all Company property and documents,
            including all copies, and will permanently delete Company information from my personal devices and
            accounts after giving the Company a copy of anything it asks for.""")),
        ("para", P("""
            5. No Conflicting Obligations. I am not bound by any agreement that conflicts with this one or with my
            duties to the Company, and I will not bring to the Company, or use in my work, any confidential
            information of a former employer or any other person.""")),
        ("para", P("""
            6. Notification. During the twelve months after my employment ends, I will tell any new employer about
            my obligations under this agreement and under Sections 7.2 and 7.3 of my Executive Employment
            Agreement, and I consent to the Company doing so.""")),
        ("lines", ["Signature: ____________________________", "Name: Marguerite Halvorsen-Tui",
                   "Date: ________________", "", "Schedule of excluded prior inventions: None."]),
    ],
)


# 9. US (Arizona), battery plant construction: DOCX with a compensation table, about 7 pages,
#     a FIXED-TERM employment agreement for a project role.
#     Traps: an 18-month term "ending eighteen (18) months after the Start Date" (end date the
#     day before the anniversary); a MONTHLY salary paid biweekly, with its annualized
#     equivalent in a table; four ten-hour days less an unpaid meal (40 hours); exempt; PTO in
#     hours at ten-hour days; sick time only "as Arizona law provides"; a completion bonus
#     (not annual, not signing); incentive units of an LLC vesting monthly with no cliff; a
#     relocation lump sum repayable within six months; no at-will (early termination only for
#     Cause or project cancellation, on 30 days' notice) vs 60 days from the employee; a
#     six-month employee non-solicit and no non-compete; a safe-harbor 4% contribution; no
#     deadline.
letter(
    "us-az-buckeye-commissioning-director-fixed-term-agreement", "docx", datetime(2027, 9, 13, 8, 30),
    "Fixed-Term Employment Agreement - R. Montoya-Birch", "Sonoran Cellworks Manufacturing, LLC",
    blocks=[
        ("head", "SONORAN CELLWORKS", "Project Saguaro  ·  24100 West Broadway Road, Buckeye, Arizona 85326"),
        ("title", "FIXED-TERM EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This Fixed-Term Employment Agreement ("Agreement") is entered into on September 13, 2027 by Sonoran
            Cellworks Manufacturing, LLC, an Arizona limited liability company ("Sonoran" or the "Company"), and
            Rafael Q. Montoya-Birch ("Employee").""")),
        ("heading", "1. Purpose"),
        ("para", P("""
            The Company is building a lithium iron phosphate cell manufacturing plant in Buckeye, Arizona (the
            "Project"). The Company needs an experienced commissioning leader for the period from mechanical
            completion of the first production line through the start of commercial production, and Employee has
            agreed to join the Company for that period on the terms below.""")),
        ("heading", "2. Position and Duties"),
        ("para", P("""
            2.1 Employee will serve as Commissioning Director for the Project, reporting to the Project Executive.
            Employee will lead the commissioning, start-up and handover of the formation, aging and dry-room systems,
            direct the commissioning contractors and vendor representatives, and own the commissioning schedule and
            punch list.""")),
        ("para", P("""
            2.2 Employee will work full time and exclusively for the Company during the Term. Employee's place of
            work is the Project site in Buckeye, Arizona. Because the role requires hands-on direction of field
            work, Employee must work on site; remote work is not available for this position.""")),
        ("para", P("""
            2.3 The standard site schedule for the commissioning team is Monday through Thursday, 6:00 a.m. to 4:30
            p.m., with a 30-minute unpaid meal period each day. Employee is expected to adjust that schedule, and to
            work additional days, when start-up activities require. Employee's position is exempt under the Fair
            Labor Standards Act, and Employee will not receive overtime pay.""")),
        ("heading", "3. Term"),
        ("para", P("""
            3.1 Employee's employment will begin on October 4, 2027 (the "Start Date") and will end eighteen (18)
            months after the Start Date (the "Term"), unless it ends earlier under Section 8 or the parties extend it
            by a written amendment signed by both of them. If the Term is not extended, Employee's employment will
            end automatically at the end of the Term without any further notice.""")),
        ("para", P("""
            3.2 Employee understands that this is a fixed-term position tied to the Project, that the Company makes no
            promise of employment after the Term, and that any later employment would be on new terms.""")),
        ("heading", "4. Compensation"),
        ("para", P("""
            4.1 Base Salary. The Company will pay Employee a base salary of $16,250 per month, payable in equal
            installments on the Company's biweekly payroll schedule, less applicable withholdings.""")),
        ("para", P("""
            4.2 Completion Bonus. If Employee remains employed through the earlier of (a) the end of the Term and (b)
            the date the Company declares the first production line ready for commercial production, the Company
            will pay Employee a completion bonus of $40,000 within thirty days after that date. The completion bonus
            will also be paid if the Company ends Employee's employment early because of Project Cancellation. It
            will not be paid if Employee resigns or is terminated for Cause before that date.""")),
        ("para", P("""
            4.3 Relocation. The Company will pay Employee a relocation lump sum of $12,000, less withholdings, with
            Employee's first paycheck, to help with the cost of moving from Georgetown, Texas to the Phoenix area. If
            Employee resigns or is terminated for Cause within six months after the Start Date, Employee must repay
            the full lump sum to the Company within thirty days.""")),
        ("para", P("""
            4.4 Incentive Units. Subject to the approval of the Company's Board of Managers and to Employee's signing
            the Company's standard Incentive Unit Award Agreement, the Company will grant Employee 15,000 Class B
            Incentive Units of the Company, intended to be profits interests. The units will vest in eighteen equal
            monthly installments, beginning one month after the Start Date, so long as Employee remains employed on
            each vesting date. Any unvested units will be forfeited when Employee's employment ends.""")),
        ("para", "4.5 The following table summarizes the compensation under this Section 4:"),
        ("table", [
            ["Element", "Amount"],
            ["Base salary", "$16,250 per month"],
            ["Annualized equivalent (for reference)", "$195,000"],
            ["Completion bonus", "$40,000 (Section 4.2)"],
            ["Relocation lump sum", "$12,000 (Section 4.3)"],
            ["Class B Incentive Units", "15,000 units, vesting monthly over 18 months"],
        ], True),
        ("heading", "5. Benefits and Time Off"),
        ("para", P("""
            5.1 Employee will be eligible for the Company's group medical, dental and vision plans, basic life
            insurance and the Sonoran Cellworks 401(k) Plan from the first of the month after the Start Date, on the
            terms of those plans. The 401(k) Plan is a safe-harbor plan: the Company contributes 4% of eligible
            compensation for each participant each pay period, whether or not the participant contributes.""")),
        ("para", P("""
            5.2 Employee will receive 80 hours of paid time off for each twelve months of the Term, prorated for the
            last six months, to be scheduled with the Project Executive around commissioning milestones. Employee
            will also accrue earned paid sick time as Arizona law provides, and will be paid for the Company's
            observed holidays.""")),
        ("heading", "6. Conditions"),
        ("para", P("""
            6.1 Employee's employment is conditioned on Employee's (a) passing a pre-employment drug and alcohol test
            and a fit-for-duty physical examination, both of which are required for work on the Project site; (b)
            satisfactory results of a background check; and (c) completing Form I-9 with documents showing that
            Employee is authorized to work in the United States.""")),
        ("heading", "7. Safety"),
        ("para", P("""
            7.1 Employee must follow the Project's site safety plan, lockout/tagout procedures and permit-to-work
            system at all times, and must hold or obtain the OSHA 30-hour construction certification within sixty
            days after the Start Date.""")),
        ("heading", "8. Early Termination"),
        ("para", P("""
            8.1 By the Company. During the Term, the Company may end Employee's employment only (a) for Cause,
            immediately on written notice, or (b) if the Company suspends or cancels the Project or the commissioning
            scope (a "Project Cancellation"), on thirty (30) days' written notice or pay of base salary in lieu of
            that notice. "Cause" means Employee's serious safety violation, dishonesty, violation of the Company's
            drug and alcohol policy, material failure to perform Employee's duties after written warning, or
            conviction of a felony.""")),
        ("para", P("""
            8.2 By Employee. Employee may resign before the end of the Term by giving the Company at least sixty (60)
            days' written notice. The Company may accept the resignation effective earlier and pay Employee only
            through the date it chooses.""")),
        ("para", P("""
            8.3 Payments. When Employee's employment ends for any reason, the Company will pay Employee's earned but
            unpaid salary and any other amounts Arizona law requires, on the schedule Arizona law sets. If the Company
            ends the employment because of Project Cancellation, it will also pay the completion bonus under Section
            4.2 and continue Employee's base salary for the shorter of three months and the rest of the Term, if
            Employee signs a release of claims in the Company's standard form.""")),
        ("heading", "9. Confidentiality, Work Product and Non-Solicitation"),
        ("para", P("""
            9.1 Employee will keep confidential, during and after employment, all non-public information about the
            Company's processes, equipment specifications, vendors, costs and production plans, and will use it only
            to do Employee's job.""")),
        ("para", P("""
            9.2 All procedures, test records, drawings, software and other work product Employee creates for the
            Company belong to the Company, and Employee assigns to the Company all rights in them.""")),
        ("para", P("""
            9.3 For six (6) months after Employee's employment ends, Employee will not solicit any employee of the
            Company to leave it, or hire any employee of the Company for another employer. This Agreement does not
            restrict where Employee may work after the Term.""")),
        ("heading", "10. Expenses, Vehicle and Vendor Relations"),
        ("para", P("""
            10.1 The Company will reimburse Employee's reasonable business expenses, including travel to vendor
            factory acceptance tests, under its travel and expense policy. Employee will be assigned a Company
            pickup truck for use on the Project site and for travel between the site and the Phoenix area, subject
            to the Company's vehicle policy.""")),
        ("para", P("""
            10.2 Employee must not accept any gift, meal, travel or other benefit worth more than $100 from a
            contractor, equipment vendor or supplier of the Project, and must disclose to the Project Executive any
            financial interest Employee or a family member holds in any of them.""")),
        ("heading", "11. Return of Property"),
        ("para", P("""
            11.1 When Employee's employment ends, Employee will return the Company truck, laptop, phone, badge,
            keys, personal protective equipment issued for the Project, and all documents and data of the Company,
            without keeping copies.""")),
        ("heading", "12. Remedies"),
        ("para", P("""
            12.1 Employee agrees that a breach of Section 9 would cause the Company harm that money damages could
            not fully repair, and that the Company may seek an injunction to stop or prevent a breach, in addition to
            any other remedy, without posting a bond beyond what the court requires.""")),
        ("heading", "13. General"),
        ("para", P("""
            13.1 This Agreement is governed by Arizona law. Any lawsuit about it must be brought in the state or
            federal courts in Maricopa County, Arizona.""")),
        ("para", P("""
            13.2 This Agreement and the Incentive Unit Award Agreement are the entire agreement between the parties
            about Employee's employment. Any change must be in writing and signed by both parties.""")),
        ("para", P("""
            13.3 If any provision of this Agreement is held unenforceable, the rest of it will remain in effect.
            Sections 9, 11, 12 and 13 survive the end of Employee's employment.""")),
        ("para", P("""
            13.4 Notices under this Agreement must be in writing and delivered by hand, by overnight courier or by
            email with confirmation of receipt: to the Company, at the Project address above, attention Project
            Executive, with a copy to its General Counsel at 1 North Central Avenue, Suite 1800, Phoenix, Arizona
            85004; and to Employee, at the most recent home address in the Company's payroll records.""")),
        ("para", P("""
            13.5 Payments under this Agreement are intended to be exempt from Section 409A of the Internal Revenue
            Code as short-term deferrals or separation pay, and will be interpreted that way. The Company may
            withhold from any payment the taxes the law requires.""")),
        ("para", P("""
            13.6 The Company may assign this Agreement to an affiliate that takes over the Project. Employee may not
            assign it. This Agreement may be signed electronically and in counterparts.""")),
        ("lines", ["SONORAN CELLWORKS MANUFACTURING, LLC", "", "By: ______________________________",
                   "Thandiwe Okafor-Grant, Project Executive", "", "EMPLOYEE", "",
                   "______________________________", "Rafael Q. Montoya-Birch", "Date: __________________"]),
        ("pagebreak",),
        ("title", "EXHIBIT A - SCOPE OF THE COMMISSIONING DIRECTOR ROLE"),
        ("bullets", [
            "Prepare and maintain the integrated commissioning plan for Line 1 (electrode coating, calendering, "
            "assembly, formation and aging) and the plant utilities, including the dry rooms and the solvent "
            "recovery system.",
            "Chair the daily commissioning coordination meeting and the weekly readiness review with the Project "
            "Executive, Operations and Quality.",
            "Approve system turnover packages from the construction contractors and confirm that each system is "
            "mechanically complete before pre-commissioning begins.",
            "Direct vendor start-up representatives and the Company's commissioning technicians, including the "
            "allocation of shifts during start-up.",
            "Manage the commissioning budget and report variances monthly.",
            "Track and close punch-list items and handover documentation before turnover to Operations.",
            "Lead the root-cause investigation of start-up failures and equipment damage during commissioning.",
        ]),
        ("para", P("""
            The Project Executive may update this scope as the Project moves from construction to production. A
            change in scope does not change the Term or the compensation unless the parties agree in writing.""")),
        ("pagebreak",),
        ("title", "EXHIBIT B - FORM OF RELEASE (PROJECT CANCELLATION)"),
        ("para", P("""
            In exchange for the completion bonus and salary continuation described in Section 8.3 of my Fixed-Term
            Employment Agreement, which I would not otherwise receive, I release the Company, its members, managers,
            officers, employees and affiliates from all claims, known or unknown, that I have against them up to the
            date I sign this release, including claims arising from my employment or its end and claims under
            federal, Arizona or local employment laws. I do not release claims that cannot be waived by law, my
            rights to vested benefits, or my rights under the Incentive Unit Award Agreement to units that vested
            before my employment ended.""")),
        ("para", P("""
            I have been advised to consult a lawyer and have had at least twenty-one days to consider this release.
            If I am 40 or older, I may revoke it within seven days after signing it, and it will not become effective
            until that period has passed.""")),
        ("lines", ["Signature: ______________________________   Date: ______________",
                   "Rafael Q. Montoya-Birch"]),
    ],
)


# 10. Hong Kong, asset manager: PDF with a ruled particulars table, 10 pages, an offer
#     letter with terms and conditions of employment in 30 clauses and four appendices.
#     Traps: "Monthly Basic Salary" as a defined term; a 13th-month double pay beside a target
#     discretionary bonus stated as a percent of annual basic salary; "not later than the last
#     day of each month"; hours from times less a lunch hour; no overtime compensation; 20
#     working days "in addition to" statutory holidays, rising with service; sick leave at full
#     pay "inclusive of" statutory sickness days; a probation with no notice in its first month
#     and seven days after; three months each way with PILON and garden leave; MPF mandatory
#     contributions (5%, capped) topped up to 10% of basic salary; a sign-on payment repayable
#     pro rata over 24 months; a six-month non-compete and twelve-month non-solicitation; SFC
#     licensing as a condition; a deadline seven days from the letter date.
_HK_PARTICULARS = [
    ["Item", "Particulars"],
    ["Employee", "LEUNG Ka-ho, Kelvin"],
    ["Position", "Head of Compliance, Asia Pacific"],
    ["Reporting line", "Chief Executive Officer, Hong Kong (with a functional line to the Group Chief Compliance Officer)"],
    ["Commencement Date", "1 November 2027"],
    ["Place of work", "Level 27, 1088 King's Road, Quarry Bay, Hong Kong"],
    ["Monthly Basic Salary", "HK$128,000"],
    ["Year-end double pay", "One month's Monthly Basic Salary (clause 6)"],
    ["Target discretionary bonus", "30% of annual basic salary (clause 7)"],
    ["Sign-on payment", "HK$250,000 (clause 8)"],
    ["Annual leave", "20 working days (clause 12)"],
    ["Probation", "3 months"],
    ["Notice after probation", "3 months by either party"],
    ["Restricted periods", "Non-competition 6 months; non-solicitation and non-dealing 12 months; non-poaching 12 months"],
]

letter(
    "hk-quarry-bay-head-of-compliance-terms-of-employment", "pdf", datetime(2027, 9, 20, 10, 0),
    "Offer of Employment and Terms and Conditions - LEUNG Ka-ho", "Tai Tam Bay Asset Management (Hong Kong) Limited",
    font="DejaVuSans", size=11, paper="A4", footer="Strictly private and confidential",
    blocks=[
        ("head", "Tai Tam Bay Asset Management", "Level 27, 1088 King's Road, Quarry Bay, Hong Kong  ·  SFC CE No. BQX217"),
        ("lines", ["20 September 2027", "", "Mr LEUNG Ka-ho, Kelvin", "Flat C, 15/F, Block 3, Ocean Shores Phase 2",
                   "Tseung Kwan O, New Territories", "", "By email and by hand"]),
        ("para", "Dear Kelvin,"),
        ("heading", "Offer of Employment - Head of Compliance, Asia Pacific"),
        ("para", P("""
            We are pleased to offer you employment with Tai Tam Bay Asset Management (Hong Kong) Limited (the
            "Company") as Head of Compliance, Asia Pacific, on the terms and conditions of employment attached to
            this letter (the "Terms"). The main particulars of your employment are summarised in Appendix 1.""")),
        ("para", P("""
            This offer is conditional on the matters set out in clause 3 of the Terms, including the Securities and
            Futures Commission approving your accreditation to the Company as a licensed representative and your
            appointment as a Manager-In-Charge of the compliance function.""")),
        ("para", P("""
            If you wish to accept this offer, please sign and return the duplicate of this letter and the Terms to
            me within seven (7) days of the date of this letter. If we do not receive your acceptance within that
            time, this offer will lapse automatically.""")),
        ("para", P("""
            We are delighted at the prospect of your joining us and look forward to working with you.""")),
        ("lines", ["Yours sincerely,", "For and on behalf of",
                   "Tai Tam Bay Asset Management (Hong Kong) Limited", "", "", "Winifred Szeto",
                   "Head of Human Resources, Asia Pacific"]),
        ("pagebreak",),
        ("title", "TERMS AND CONDITIONS OF EMPLOYMENT"),
        ("heading", "1. Definitions"),
        ("para", P("""
            1.1 In these Terms: "Commencement Date" means the date stated in Appendix 1; "Group" means the Company,
            its ultimate holding company and every subsidiary of that holding company; "Monthly Basic Salary" means
            your monthly basic salary as stated in clause 5.1 and as revised from time to time; "Ordinance" means the
            Employment Ordinance (Cap. 57); "SFC" means the Securities and Futures Commission; and "you" means the
            employee named in Appendix 1.""")),
        ("para", P("""
            1.2 The Appendices form part of these Terms. If a clause and Appendix 1 differ, the clause prevails.""")),
        ("heading", "2. Appointment"),
        ("para", P("""
            2.1 The Company will employ you as Head of Compliance, Asia Pacific, with effect from the Commencement
            Date. You will report to the Chief Executive Officer, Hong Kong, with a functional reporting line to the
            Group Chief Compliance Officer in London. Your employment is permanent and full-time.""")),
        ("para", P("""
            2.2 You will be responsible for the compliance function of the Company and of the Group's operations in
            Singapore, Japan and Australia, including regulatory compliance monitoring, anti-money laundering, the
            personal account dealing programme, regulatory filings and liaison with the SFC and other regulators in
            the region. The Company may assign other duties to you that are consistent with your position.""")),
        ("para", P("""
            2.3 No previous employment with any other company counts towards your continuous employment with the
            Company.""")),
        ("heading", "3. Conditions"),
        ("para", P("""
            3.1 This offer and your employment are conditional upon: (a) the SFC approving the transfer of your
            accreditation to the Company as a licensed representative for Type 4 and Type 9 regulated activities,
            and your appointment as a Manager-In-Charge, before the Commencement Date or such later date as the
            Company may agree; (b) the Company receiving references satisfactory to it from your two most recent
            employers, including the regulatory information it requests from them; (c) satisfactory results from the
            Company's background screening, which includes litigation, bankruptcy and directorship searches; (d)
            verification of your academic and professional qualifications; and (e) your having the right to work in
            Hong Kong without restriction.""")),
        ("para", P("""
            3.2 If any condition is not satisfied, the Company may withdraw this offer or, if your employment has
            begun, terminate it immediately without notice or payment in lieu.""")),
        ("heading", "4. Probation"),
        ("para", P("""
            4.1 The first three (3) months of your employment will be a probationary period. During the first month
            of probation, either party may terminate your employment at any time without notice or payment in lieu.
            After the first month and until the end of probation, either party may terminate your employment by
            giving seven (7) days' notice in writing or payment in lieu.""")),
        ("para", P("""
            4.2 The Company may extend your probation by up to three (3) further months. It will confirm the
            successful completion of probation in writing.""")),
        ("heading", "5. Salary"),
        ("para", P("""
            5.1 Your Monthly Basic Salary is HK$128,000 (Hong Kong Dollars One Hundred and Twenty-Eight Thousand).
            It will be paid monthly in arrears by autopay into your bank account not later than the last day of each
            month, less your mandatory MPF contributions and any other deduction the Ordinance permits.""")),
        ("para", P("""
            5.2 Your salary will be reviewed each year in March as part of the Company's annual compensation review,
            the first review being in March 2029 because you join after the 2028 review has been prepared. Any
            increase is at the Company's discretion.""")),
        ("heading", "6. Year-end double pay"),
        ("para", P("""
            6.1 You are entitled to a year-end payment of one month's Monthly Basic Salary, paid with your December
            salary. If you have worked for less than the full calendar year, the payment will be made pro rata. It
            will not be paid if, on the payment date, you have given or been given notice of termination, except as
            the Ordinance requires.""")),
        ("heading", "7. Discretionary bonus"),
        ("para", P("""
            7.1 You will be eligible to be considered for a discretionary bonus for each financial year (1 January
            to 31 December) under the Group's Variable Compensation Policy. Your target bonus is 30% of your annual
            basic salary. The actual bonus may be higher or lower than the target, or nil, depending on the
            performance of the Group and of the compliance function, your individual performance and conduct, and
            any regulatory requirement.""")),
        ("para", P("""
            7.2 A bonus in excess of HK$500,000 may be paid partly in deferred awards under the Group's Deferred
            Incentive Plan, vesting over three years. You will not be eligible for any bonus if, on the date bonuses
            are paid, you are no longer employed or are serving notice.""")),
        ("heading", "8. Sign-on payment"),
        ("para", P("""
            8.1 The Company will pay you a one-off sign-on payment of HK$250,000 with your first salary payment, to
            compensate you for the deferred awards you will forfeit on leaving your current employer.""")),
        ("para", P("""
            8.2 If you resign, or your employment is terminated summarily under clause 19.3, within twenty-four (24)
            months after the Commencement Date, you must repay to the Company a proportion of the sign-on payment
            equal to the number of complete months remaining in that twenty-four month period divided by twenty-four.
            You authorise the Company to deduct the sum due from any amount it owes you on termination, to the extent
            the Ordinance permits.""")),
        ("heading", "9. Mandatory Provident Fund"),
        ("para", P("""
            9.1 You will be enrolled in the Company's master trust scheme under the Mandatory Provident Fund Schemes
            Ordinance (Cap. 485). The Company will make the mandatory employer contribution of 5% of your relevant
            income, subject to the statutory maximum (currently HK$1,500 a month), and a voluntary contribution such
            that the Company's total contribution each month equals 10% of your Monthly Basic Salary. Voluntary
            contributions vest in you according to the vesting scale in the scheme rules, reaching 100% after ten
            years of service.""")),
        ("heading", "10. Hours of work"),
        ("para", P("""
            10.1 Your normal working hours are from 9:00 a.m. to 6:00 p.m., Monday to Friday, with a lunch break of
            one hour. Because of the seniority of your role, you will be expected to work such additional hours as
            are needed to carry out your duties, including during regulatory inspections, and you will not be
            entitled to any overtime compensation.""")),
        ("para", P("""
            10.2 Under the Company's Flexible Working Guidelines, you may work from home on one day in each week,
            agreed in advance with the Chief Executive Officer, save during periods when your presence in the office
            is required. The guidelines are not contractual and may be changed or withdrawn.""")),
        ("heading", "11. Holidays"),
        ("para", P("""
            11.1 You are entitled to the general holidays under the Ordinance with pay.""")),
        ("heading", "12. Annual leave"),
        ("para", P("""
            12.1 You are entitled to twenty (20) working days of paid annual leave in each calendar year, in
            addition to the general holidays, increasing to twenty-five (25) working days after five complete years
            of service. Your entitlement for the year in which your employment begins or ends will be pro-rated.""")),
        ("para", P("""
            12.2 Your annual leave includes your statutory annual leave under the Ordinance. You must take at least
            ten (10) consecutive working days of leave each year, during which you must not access the Company's
            systems, as required by the Group's block leave policy for control functions.""")),
        ("para", P("""
            12.3 You may carry forward up to five (5) days of untaken leave to the following year, which must be used
            by 31 March. Any other untaken leave beyond your statutory entitlement will lapse without payment.""")),
        ("heading", "13. Sickness"),
        ("para", P("""
            13.1 If you are absent because of sickness or injury, you must inform your manager by 10:00 a.m. on the
            first day you are absent, and provide a medical certificate for any absence of more than one day.""")),
        ("para", P("""
            13.2 You will be entitled to paid sick leave at full pay of up to fourteen (14) days in each calendar
            year, inclusive of any paid sickness days under the Ordinance. After that, sickness allowance will be
            paid only as the Ordinance provides.""")),
        ("heading", "14. Other leave"),
        ("para", P("""
            14.1 You are entitled to maternity leave or paternity leave in accordance with the Ordinance. The Company
            also grants an additional five (5) days of paid paternity leave, and ten (10) days of paid leave for
            adoption, under its Family Leave Policy.""")),
        ("para", P("""
            14.2 You may be granted up to three (3) days of paid compassionate leave on the death of an immediate
            family member, and study and examination leave under the Company's training policy.""")),
        ("heading", "15. Benefits"),
        ("para", P("""
            15.1 You and your eligible dependants will be covered by the Company's group medical insurance
            (inpatient and outpatient, with dental cover for you), and you will be covered by its group life
            insurance (four times your annual basic salary) and long-term disability insurance, subject to the terms
            of the policies in force from time to time. You will also be offered an annual health check.""")),
        ("para", P("""
            15.2 The Company will pay your SFC annual licensing fees and reimburse up to HK$15,000 a year for
            professional training courses and membership of one professional body relevant to your role.""")),
        ("heading", "16. Compliance with laws and policies"),
        ("para", P("""
            16.1 You must comply with the Securities and Futures Ordinance (Cap. 571), the SFC's Code of Conduct for
            Persons Licensed by or Registered with the Securities and Futures Commission, the Fund Manager Code of
            Conduct, and the Group's policies, including its Code of Ethics and its anti-bribery, sanctions and
            anti-money laundering policies. Breach of any of them may lead to disciplinary action.""")),
        ("para", P("""
            16.2 You must comply with the Group's Personal Account Dealing Policy, pre-clear every personal
            transaction in covered securities, and disclose all your brokerage accounts.""")),
        ("para", P("""
            16.3 You must tell the Company immediately if you become the subject of any investigation, disciplinary
            action or criminal proceedings, or if anything happens that may affect your fitness and properness to
            remain licensed.""")),
        ("heading", "17. Outside interests"),
        ("para", P("""
            17.1 During your employment you must devote your whole working time and attention to the Company and
            must not be engaged in any other business or take any directorship outside the Group without the written
            consent of the Chief Executive Officer.""")),
        ("heading", "18. Confidentiality"),
        ("para", P("""
            18.1 You must not, during your employment or at any time after it ends, disclose to any person or use for
            your own purposes any confidential information about the Group, its funds, clients, investors,
            investment strategies, regulatory matters or employees, except in the proper performance of your duties,
            with the Company's consent, or as required by law or by a regulator.""")),
        ("heading", "19. Termination"),
        ("para", P("""
            19.1 After the end of probation, either party may terminate your employment by giving the other not less
            than three (3) months' notice in writing, or by paying the other party wages in lieu of notice
            calculated in accordance with the Ordinance.""")),
        ("para", P("""
            19.2 During any period of notice, the Company may require you to stay away from the office, to perform no
            duties or only some duties, and to have no contact with clients, regulators or colleagues, while
            continuing to receive your salary and contractual benefits (garden leave).""")),
        ("para", P("""
            19.3 The Company may terminate your employment summarily, without notice or payment in lieu, in any of
            the circumstances in section 9 of the Ordinance, or if you cease to be licensed or fit and proper to
            perform your role.""")),
        ("para", P("""
            19.4 On termination, you must return all property of the Group, including documents, devices, passes and
            keys, and resign from any office you hold in the Group.""")),
        ("heading", "20. Restrictive covenants"),
        ("para", P("""
            20.1 In this clause, "Termination Date" means the date your employment ends, and each restricted period
            is reduced by any period of garden leave under clause 19.2.""")),
        ("para", P("""
            20.2 For six (6) months after the Termination Date, you must not, in Hong Kong or Singapore, be employed
            or engaged as head of compliance or in any senior compliance or risk role by an asset manager that
            competes with the Group's business in which you were involved in your last twelve months of
            employment.""")),
        ("para", P("""
            20.3 For twelve (12) months after the Termination Date, you must not solicit or deal with, in competition
            with the Group, any client or investor of the Group with whom you had material dealings in your last
            twelve months of employment.""")),
        ("para", P("""
            20.4 For twelve (12) months after the Termination Date, you must not induce or try to induce any employee
            of the Group of the rank of Vice President or above, with whom you worked in your last twelve months of
            employment, to leave the Group.""")),
        ("para", P("""
            20.5 Each of these restrictions is a separate covenant. You agree that they are reasonable and go no
            further than is necessary to protect the Group's legitimate business interests.""")),
        ("heading", "21. Intellectual property"),
        ("para", P("""
            21.1 All rights in any work, including policies, procedures, manuals, reports and software, that you
            create in the course of your employment belong to the Company, and you assign to the Company all such
            rights, present and future.""")),
        ("heading", "22. Personal data"),
        ("para", P("""
            22.1 The Company will collect, hold and use your personal data in accordance with the Personal Data
            (Privacy) Ordinance (Cap. 486) and its Personal Information Collection Statement for employees, which you
            acknowledge having read. Your data may be transferred to other members of the Group outside Hong Kong.""")),
        ("heading", "23. Monitoring"),
        ("para", P("""
            23.1 The Company records telephone lines and monitors the use of its email, messaging and other systems,
            as regulators require. You must not use personal messaging applications for the Company's business.""")),
        ("heading", "24. Employees' compensation"),
        ("para", P("""
            24.1 The Company maintains employees' compensation insurance as required by the Employees' Compensation
            Ordinance (Cap. 282).""")),
        ("heading", "25. Expenses and travel"),
        ("para", P("""
            25.1 The Company will reimburse reasonable expenses you incur in carrying out your duties, including
            travel to the Group's offices in the region, in accordance with the Group's travel and expenses policy.""")),
        ("heading", "26. Disciplinary and grievance procedures"),
        ("para", P("""
            26.1 The Employee Handbook describes the Company's disciplinary and grievance procedures, which do not
            form part of your contract.""")),
        ("heading", "27. Changes"),
        ("para", P("""
            27.1 The Company may amend its policies and the Employee Handbook from time to time. Any change to these
            Terms must be agreed in writing.""")),
        ("heading", "28. Entire agreement"),
        ("para", P("""
            28.1 The offer letter, these Terms and the Appendices are the entire agreement between you and the
            Company and replace any earlier discussions or documents about your employment.""")),
        ("heading", "29. Notices"),
        ("para", P("""
            29.1 Notices under these Terms must be in writing and may be given by hand, by post to your last known
            address or to the Company's office, or by email.""")),
        ("heading", "30. Governing law"),
        ("para", P("""
            30.1 These Terms are governed by the laws of the Hong Kong Special Administrative Region, and the parties
            submit to the non-exclusive jurisdiction of the Hong Kong courts.""")),
        ("pagebreak",),
        ("title", "APPENDIX 1 - PARTICULARS OF EMPLOYMENT"),
        ("table", _HK_PARTICULARS, True),
        ("title", "APPENDIX 2 - ACCEPTANCE"),
        ("para", P("""
            I, LEUNG Ka-ho, Kelvin, accept the offer of employment on the terms of the offer letter dated 20
            September 2027, the Terms and Conditions of Employment and these Appendices. I confirm that I am not
            bound by any restriction that would prevent me from taking up this employment, other than the notice
            period I owe my current employer.""")),
        ("lines", ["Signature: ______________________________", "HKID No.: ____________________",
                   "Date: ____________________"]),
        ("pagebreak",),
        ("title", "APPENDIX 3 - ROLE PROFILE"),
        ("kv", [("Role", "Head of Compliance, Asia Pacific"), ("Function", "Legal and Compliance"),
                ("Regulatory status", "Licensed representative (Types 4 and 9); Manager-In-Charge of Compliance"),
                ("Direct reports", "Six (Hong Kong four, Singapore two)")]),
        ("heading", "Purpose of the role"),
        ("para", P("""
            To lead an independent compliance function that helps the Company and the Group's regional offices meet
            their regulatory obligations, manage conduct risk and protect the interests of the funds and clients
            they manage.""")),
        ("heading", "Key accountabilities"),
        ("bullets", [
            "Own the annual compliance plan and the compliance monitoring programme for Hong Kong, Singapore, "
            "Japan and Australia, and report the results to the regional Risk and Compliance Committee each "
            "quarter.",
            "Act as the Company's main point of contact with the SFC, and coordinate responses to inspections, "
            "thematic reviews and information requests from regulators in the region.",
            "Oversee the anti-money laundering and counter-terrorist financing programme, including investor "
            "due diligence, sanctions screening and suspicious transaction reporting, and act as Money Laundering "
            "Reporting Officer unless another officer is appointed.",
            "Maintain the personal account dealing, gifts and entertainment, and conflicts of interest registers, "
            "and review exceptions.",
            "Advise portfolio management, distribution and operations teams on regulatory requirements for new "
            "funds, mandates and products, including marketing materials.",
            "Deliver annual compliance training to all staff and targeted training for front-office teams.",
            "Lead, develop and appraise the regional compliance team.",
        ]),
        ("heading", "Key relationships"),
        ("para", P("""
            Chief Executive Officer, Hong Kong; Group Chief Compliance Officer; Chief Investment Officer, Asia;
            Head of Distribution, Asia; Chief Operating Officer, Asia; the SFC, the Monetary Authority of Singapore
            and other regulators; external auditors and legal counsel.""")),
        ("pagebreak",),
        ("title", "APPENDIX 4 - PERSONAL INFORMATION COLLECTION STATEMENT (EMPLOYEES)"),
        ("para", P("""
            1. The Company collects personal data about you for purposes connected with your employment, including
            recruitment and background screening, payroll, MPF and insurance administration, performance management,
            compensation and benefits, regulatory licensing and reporting, compliance monitoring, business
            continuity planning and the administration of the Group's share and incentive plans.""")),
        ("para", P("""
            2. Supplying the data requested is voluntary, but if you do not supply it the Company may be unable to
            employ you, to administer your pay and benefits, or to apply to the SFC for your accreditation.""")),
        ("para", P("""
            3. Your data may be transferred, inside or outside Hong Kong, to other members of the Group, to the
            Company's insurers, MPF trustee, payroll provider, background screening agency and professional
            advisers, and to regulators, courts and law enforcement agencies where the law requires it.""")),
        ("para", P("""
            4. The Company keeps personal data of former employees for no longer than seven years after their
            employment ends, unless a longer period is required by law or for a legal or regulatory proceeding.""")),
        ("para", P("""
            5. You have the right to ask whether the Company holds personal data about you, to obtain a copy, and to
            ask for data that is inaccurate to be corrected. Requests should be sent to the Data Privacy Officer,
            Human Resources, at the Company's address. The Company may charge a reasonable fee for processing a data
            access request.""")),
        ("lines", ["I acknowledge that I have read and understood this Statement.", "",
                   "Signature: ______________________________   Date: ____________________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
