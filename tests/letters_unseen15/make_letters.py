#!/usr/bin/env python3
"""Build the fifteenth held-out set under tests/letters_unseen15/<id>/<id>.<ext> from the texts here.

Twelve team-written documents kept apart from tuning: ten full employment agreements and
contracts (four to about ten pages: US executive agreements of the SEC-exhibit kind for
Delaware corporations with offices in Connecticut, South Carolina and Nebraska, contracts of
employment in Bath and Derby, Waterford, the Gold Coast, Vadodara, Edmonton and Durban) and
two short US offer letters (an hourly laboratory job in New Mexico, a Rhode Island start-up).
They were written blind: without reading rules/, src/, the corpus or any earlier set's letters
and gold (only the README files of tests/letters_unseen to tests/letters_unseen4, for the
jurisdictions and traps already used, tests/letters_unseen4/make_letters.py for the format,
and one gold file of the fourth set for the YAML shape), and without running offercheck on
them. Do not tune rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen15/make_letters.py             # rewrite every letter
    python tests/letters_unseen15/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen15/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``) and against the
documents as pypdfium2 and python-docx read them, never against offercheck's reading (the
scanned letter has no text layer at all). Every company, person, address and figure below
is invented, and every sentence was written for this set. The renderers are in
tests/blind_letters.py, shared with the earlier blind sets. Output is byte-for-byte
reproducible.
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

# 1. US (Connecticut office, Delaware corporation): executive employment agreement of the
#    SEC-exhibit kind, PDF, the long one (8+ pages). Traps: "Base Salary" defined in a
#    definitions article and the rate set later; a term "until the third anniversary of the
#    Effective Date" with no renewal (fixed term; end date the day before); bonus target and
#    maximum; a signing bonus repayable within a year; an inducement RSU award with a
#    one-year cliff then quarterly vesting, and a later annual award that is not the hire
#    grant; severance months beside the notice periods (60 days from the executive, 30 from
#    the company); non-compete and non-solicit periods defined as terms; Delaware named as the
#    state of incorporation while Connecticut law governs; AAA arbitration.
letter(
    "us-ct-stamford-chief-operating-officer-agreement", "pdf", datetime(2027, 2, 3, 9, 0),
    "Executive Employment Agreement - D. Okonkwo-Price", "Halloway Brook Instruments, Inc.",
    font="DejaVuSerif", size=11.5, paper="Letter", footer="Exhibit 10.2 - Executive Employment Agreement",
    blocks=[
        ("title", "EXECUTIVE EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This EXECUTIVE EMPLOYMENT AGREEMENT (this "Agreement") is entered into as of February 3, 2027
            by and between Halloway Brook Instruments, Inc., a Delaware corporation (the "Company"), and
            Danielle R. Okonkwo-Price ("Executive"). The Company and Executive are each a "Party" and
            together the "Parties".""")),
        ("heading", "RECITALS"),
        ("para", P("""
            WHEREAS, the Company designs and manufactures precision flow-measurement and metering
            instruments for utilities, pharmaceutical producers and semiconductor fabrication plants, and
            wishes to secure the services of Executive as its Chief Operating Officer on the terms below;
            and""")),
        ("para", P("""
            WHEREAS, Executive wishes to accept that employment, and both Parties wish to set out in one
            document the compensation, benefits and protective covenants that will apply to it;""")),
        ("para", P("""
            NOW, THEREFORE, in return for the promises each Party makes below, which both Parties accept as
            adequate consideration, the Parties agree as follows.""")),
        ("heading", "ARTICLE 1. DEFINITIONS"),
        ("para", P("""
            Capitalized terms used in this Agreement have the meanings given to them below or where they
            first appear in the text.""")),
        ("para", P("""
            1.1 "Base Salary" means the annual rate of base compensation payable to Executive under
            Section 4.1, as that rate may be increased from time to time by the Compensation Committee.""")),
        ("para", P("""
            1.2 "Board" means the Board of Directors of the Company, and "Compensation Committee" means the
            Compensation and Human Capital Committee of the Board or any successor committee.""")),
        ("para", P("""
            1.3 "Cause" means Executive's (a) conviction of, or plea of guilty or no contest to, a felony or
            any crime involving fraud or dishonesty; (b) willful and continued failure to perform her
            material duties after written notice from the Chief Executive Officer identifying the failure
            and a cure period of not less than thirty (30) days; (c) willful misconduct that causes material
            harm to the Company's business or reputation; or (d) material breach of Article 8 of this
            Agreement or of any written Company policy on harassment, discrimination or securities trading
            that is not cured, if curable, within thirty (30) days after written notice.""")),
        ("para", P("""
            1.4 "Effective Date" means March 1, 2027, or such other date on which Executive actually
            begins employment with the Company as the Parties may agree in writing.""")),
        ("para", P("""
            1.5 "Good Reason" means, without Executive's written consent, (a) a reduction of the Base Salary
            or Target Bonus other than an across-the-board reduction of not more than ten percent (10%)
            applied to all senior officers; (b) a material diminution of Executive's title, authority or
            reporting line; (c) a relocation of Executive's principal place of work by more than forty (40)
            miles; or (d) the Company's material breach of this Agreement; provided that Executive gives
            written notice within sixty (60) days after the condition first arises, the Company fails to
            cure within thirty (30) days, and Executive resigns within thirty (30) days after the cure
            period ends.""")),
        ("para", P("""
            1.6 "Non-Compete Period" means the period of Executive's employment and the twelve (12) months
            following the Termination Date, and "Non-Solicit Period" means the period of Executive's
            employment and the twenty-four (24) months following the Termination Date.""")),
        ("para", P("""
            1.7 "Restricted Business" means the design, manufacture or sale of flow meters, flow
            controllers, custody-transfer metering skids or related calibration services, and "Restricted
            Territory" means the United States, Canada, Mexico and any country in which the Company
            recorded revenue in the twelve (12) months before the Termination Date.""")),
        ("para", P("""
            1.8 "Termination Date" means the last day of Executive's employment with the Company, whatever
            the reason for its end.""")),
        ("heading", "ARTICLE 2. EMPLOYMENT, POSITION AND DUTIES"),
        ("para", P("""
            2.1 Position. Beginning on the Effective Date, the Company shall employ Executive as its Chief
            Operating Officer, reporting to the Chief Executive Officer. Executive shall have the duties and
            authority customary for that position in a company of similar size, including responsibility
            for manufacturing, supply chain, quality and field service, and such other duties consistent
            with her position as the Chief Executive Officer may assign.""")),
        ("para", P("""
            2.2 Full Business Time. During her employment Executive shall devote her full business time,
            attention and skill to the Company. She may serve on one for-profit board with the prior
            consent of the Board, and on civic and charitable boards, so long as those activities do not
            interfere with her duties or create a conflict of interest.""")),
        ("para", P("""
            2.3 Place of Performance. Executive's principal place of employment shall be the Company's
            headquarters at 400 Harbor Point Boulevard, Stamford, Connecticut. Executive is expected to work
            from headquarters at least four days in each week and may work remotely on the remaining
            business day, subject to travel to the Company's plants in Ohio and Jalisco, Mexico as the
            business requires.""")),
        ("heading", "ARTICLE 3. TERM"),
        ("para", P("""
            3.1 Term. Executive's employment under this Agreement shall begin on the Effective Date and shall
            continue until the third anniversary of the Effective Date (the "Term"), unless ended earlier
            under Article 7. This Agreement does not renew automatically. Not later than one hundred eighty
            (180) days before the end of the Term, the Parties shall meet in good faith to discuss whether
            to enter into a new agreement; any extension shall require a written instrument signed by
            Executive and by a duly authorized officer of the Company other than Executive.""")),
        ("para", P("""
            3.2 Employment After the Term. If Executive remains employed after the Term ends without a new
            written agreement, her continued employment shall be terminable by either Party at any time,
            and Sections 7.3 and 7.4 shall no longer apply, although Article 8 shall continue in force.""")),
        ("heading", "ARTICLE 4. COMPENSATION"),
        ("para", P("""
            4.1 Base Salary. The Company shall pay Executive a Base Salary at the annual rate of Four
            Hundred Sixty-Five Thousand Dollars ($465,000), less applicable withholdings, in installments in
            accordance with the Company's regular payroll practices for salaried employees, which at the
            date of this Agreement provide for payment every other Friday. The Compensation Committee shall
            review the Base Salary each year beginning in the first quarter of 2028 and may increase, but
            may not decrease, it.""")),
        ("para", P("""
            4.2 Annual Bonus. For each fiscal year that ends during the Term, Executive shall be eligible
            for an annual cash bonus under the Company's Management Incentive Plan. Her target bonus shall
            be seventy-five percent (75%) of the Base Salary in effect at the end of that fiscal year (the
            "Target Bonus"), and the bonus actually paid may range from zero to one hundred fifty percent
            (150%) of the Base Salary based on the achievement of Company and individual goals set by the
            Compensation Committee. For fiscal year 2027 the bonus shall not be prorated for the partial
            year. Any bonus shall be paid no later than March 15 of the year after the year to which it
            relates, and, except as provided in Article 7, only if Executive is employed on the payment
            date.""")),
        ("para", P("""
            4.3 Sign-On Bonus. The Company shall pay Executive a one-time cash sign-on bonus of One Hundred
            Twenty Thousand Dollars ($120,000) within thirty (30) days after the Effective Date. If, before
            the first anniversary of the Effective Date, Executive resigns without Good Reason or the
            Company terminates her employment for Cause, Executive shall repay the full gross amount of the
            sign-on bonus to the Company within thirty (30) days after the Termination Date.""")),
        ("para", P("""
            4.4 Recovery Policy. All incentive compensation paid under this Agreement is subject to the
            Company's Compensation Recovery Policy adopted under Rule 10D-1 of the Securities Exchange Act
            of 1934, as amended from time to time.""")),
        ("heading", "ARTICLE 5. EQUITY AWARDS"),
        ("para", P("""
            5.1 Inducement Award. As a material inducement to Executive's acceptance of employment, the
            Company shall grant to Executive, on the Effective Date or the first trading day after it,
            eighty-five thousand (85,000) restricted stock units (the "Inducement RSUs"), each representing
            the right to receive one share of the Company's common stock. The Inducement RSUs shall be
            granted outside the Company's 2024 Omnibus Incentive Plan under Nasdaq Listing Rule
            5635(c)(4), but on terms otherwise matching that plan.""")),
        ("para", P("""
            5.2 Vesting. Twenty-five percent (25%) of the Inducement RSUs shall vest on the first anniversary
            of the Effective Date. The balance shall vest in twelve (12) substantially equal quarterly
            installments over the following three years, so that the award is fully vested on the fourth
            anniversary of the Effective Date, in each case subject to Executive's continued service
            through the vesting date.""")),
        ("para", P("""
            5.3 Annual Awards. Beginning with the Company's 2028 annual grant cycle, Executive shall be
            eligible for annual long-term incentive awards on the same basis as other executive officers,
            in amounts and forms determined by the Compensation Committee. No annual award is promised
            for any particular year.""")),
        ("heading", "ARTICLE 6. BENEFITS, VACATION AND EXPENSES"),
        ("para", P("""
            6.1 Benefit Plans. Executive shall be entitled to participate in the employee benefit plans
            that the Company maintains for its senior executives, which currently include medical, dental
            and vision coverage, group term life insurance at two times Base Salary, long-term disability
            insurance and the Halloway Brook 401(k) Savings Plan, under which the Company matches one
            hundred percent (100%) of the first four percent (4%) of eligible compensation that Executive
            defers. The Company may amend or end any plan in accordance with its terms.""")),
        ("para", P("""
            6.2 Vacation. Executive shall be entitled to twenty-five (25) days of paid vacation in each
            calendar year, prorated for 2027, in addition to the paid holidays the Company observes. Unused
            vacation carries over only as the Company's vacation policy permits.""")),
        ("para", P("""
            6.3 Expenses and Physical. The Company shall reimburse Executive for reasonable business
            expenses in accordance with its travel and expense policy, and for an annual executive physical
            examination up to $3,500.""")),
        ("heading", "ARTICLE 7. TERMINATION OF EMPLOYMENT"),
        ("para", P("""
            7.1 Notice. Either Party may end Executive's employment before the end of the Term. The Company
            may terminate Executive's employment for Cause with immediate effect, and without Cause on
            thirty (30) days' prior written notice; the Company may elect to pay Base Salary for all or part
            of that notice period instead of requiring Executive to work it. Executive may resign for Good
            Reason in accordance with Section 1.5, and may resign without Good Reason on not less than sixty
            (60) days' prior written notice to the Chief Executive Officer. Executive's employment ends
            automatically on her death, and the Company may end it on her Disability as defined in the
            long-term disability plan.""")),
        ("para", P("""
            7.2 Accrued Obligations. On any termination, the Company shall pay Executive her earned but
            unpaid Base Salary, accrued but unused vacation, unreimbursed business expenses and any vested
            benefits under the Company's plans (the "Accrued Obligations").""")),
        ("para", P("""
            7.3 Severance. If, during the Term, the Company terminates Executive's employment without Cause
            or Executive resigns for Good Reason, then, in addition to the Accrued Obligations and subject
            to Section 7.5, the Company shall (a) continue to pay the Base Salary for eighteen (18) months
            after the Termination Date; (b) pay a prorated Target Bonus for the year of termination; and
            (c) pay the employer portion of COBRA premiums for up to eighteen (18) months.""")),
        ("para", P("""
            7.4 Change in Control. If the termination described in Section 7.3 occurs within the three months
            before or twelve (12) months after a Change in Control (as defined in the 2024 Omnibus Incentive
            Plan), the salary continuation shall instead be paid in a lump sum equal to two (2) times the
            sum of the Base Salary and the Target Bonus, and all outstanding time-based equity awards shall
            vest in full.""")),
        ("para", P("""
            7.5 Release. The payments in Sections 7.3 and 7.4 are conditioned on Executive signing, and not
            revoking, a general release of claims in the form attached as Exhibit A within sixty (60) days
            after the Termination Date, and on her continued compliance with Article 8.""")),
        ("heading", "ARTICLE 8. RESTRICTIVE COVENANTS"),
        ("para", P("""
            8.1 Confidential Information. Executive shall hold in strict confidence, and shall not use
            except for the Company's benefit, any trade secret or other non-public information of the
            Company or its customers, including product designs, calibration data, pricing, cost models
            and supplier terms. This obligation continues after the Termination Date for as long as the
            information remains non-public. Nothing in this Agreement prevents Executive from reporting
            possible violations of law to a government agency or from making disclosures protected by the
            Defend Trade Secrets Act.""")),
        ("para", P("""
            8.2 Work Product. Executive hereby assigns to the Company all of her right, title and interest
            in every invention, design, improvement, software and other work product that she conceives or
            develops, alone or with others, in the course of her employment or with the Company's
            resources, together with all intellectual property rights in it, and shall sign any document
            the Company reasonably requests to perfect that assignment. This Section does not apply to an
            invention that qualifies for protection under applicable law as one developed entirely on her
            own time without the Company's equipment or information.""")),
        ("para", P("""
            8.3 Non-Competition. During the Non-Compete Period, Executive shall not, anywhere in the
            Restricted Territory, own, manage, operate, be employed by or provide services to any person
            engaged in the Restricted Business, other than as a holder of not more than two percent (2%) of
            the shares of a publicly traded company.""")),
        ("para", P("""
            8.4 Non-Solicitation. During the Non-Solicit Period, Executive shall not, directly or through
            others, (a) solicit or induce any employee or consultant of the Company to leave it, or hire any
            person who was an employee of the Company in the six months before the hiring; or (b) solicit
            any customer or distributor with which the Company did business in the two years before the
            Termination Date for the purpose of selling products of the Restricted Business.""")),
        ("para", P("""
            8.5 Reasonableness; Tolling. Executive agrees that the covenants in this Article are reasonable
            in scope and necessary to protect the Company's goodwill and confidential information. If a
            court or arbitrator finds any covenant too broad, it shall be enforced to the extent found
            reasonable. The Non-Compete Period and the Non-Solicit Period shall be extended by any period in
            which Executive is in breach.""")),
        ("heading", "ARTICLE 9. DISPUTE RESOLUTION"),
        ("para", P("""
            9.1 Arbitration. Except for claims for injunctive relief under Article 8, any dispute arising
            out of or relating to this Agreement or Executive's employment shall be resolved by final and
            binding arbitration before a single arbitrator administered by the American Arbitration
            Association under its Employment Arbitration Rules then in effect. The arbitration shall take
            place in Stamford, Connecticut. The Company shall pay the arbitrator's fees and the costs
            unique to arbitration. Judgment on the award may be entered in any court having
            jurisdiction.""")),
        ("para", P("""
            9.2 Injunctive Relief. Executive agrees that a breach of Article 8 would cause the Company harm
            that money could not fully repair, and that the Company may seek a temporary restraining order
            or injunction from a court without posting a bond.""")),
        ("heading", "ARTICLE 10. GENERAL PROVISIONS"),
        ("para", P("""
            10.1 Governing Law. Although the Company is organized under the laws of Delaware, the laws of the
            State of Connecticut, excluding its conflict-of-laws rules, govern this Agreement and its
            interpretation.""")),
        ("para", P("""
            10.2 Conditions. This Agreement and Executive's employment are conditioned on (a) the
            satisfactory completion of a background check, including a review of her employment history and
            any criminal record, and (b) Executive's providing, within three business days after the
            Effective Date, documents establishing her identity and her eligibility to work in the United
            States.""")),
        ("para", P("""
            10.3 Representations. Executive represents that she is not bound by any agreement with a former
            employer that would prevent her from performing her duties, and that she will not bring to the
            Company any confidential material belonging to another person.""")),
        ("para", P("""
            10.4 Section 409A. The Parties intend the payments under this Agreement to be exempt from, or to
            comply with, Section 409A of the Internal Revenue Code, and this Agreement shall be interpreted
            accordingly. Each installment of severance is a separate payment for purposes of Section 409A.
            If Executive is a specified employee on the Termination Date, any payment of deferred
            compensation that would otherwise be made within six months after it shall instead be made on
            the first business day after that six-month period.""")),
        ("para", P("""
            10.5 Entire Agreement; Amendment. This Agreement, together with the award agreement for the
            Inducement RSUs, is the entire agreement between the Parties about its subject matter and
            replaces the term sheet dated January 12, 2027. It may be amended only in a writing signed by
            both Parties.""")),
        ("para", P("""
            10.6 Notices. Notices shall be in writing and delivered by hand, by overnight courier or by
            e-mail with confirmation, to the Company at its headquarters, attention: General Counsel, and to
            Executive at the most recent home address in the Company's records.""")),
        ("para", P("""
            10.7 Counterparts. This Agreement may be signed in counterparts, including by electronic
            signature, each of which is an original and all of which together are one instrument.""")),
        ("para", "Signed by the Parties, or for the Company by its authorized officer, on the date at the head of this Agreement."),
        ("lines", ["HALLOWAY BROOK INSTRUMENTS, INC.", "", "By: /s/ Gregory T. Vandermolen",
                   "Name: Gregory T. Vandermolen", "Title: President and Chief Executive Officer", "",
                   "EXECUTIVE", "", "/s/ Danielle R. Okonkwo-Price", "Danielle R. Okonkwo-Price"]),
        ("pagebreak",),
        ("title", "EXHIBIT A - FORM OF GENERAL RELEASE"),
        ("para", P("""
            In exchange for the severance benefits described in Section 7 of the Executive Employment
            Agreement between Halloway Brook Instruments, Inc. and the undersigned dated February 3, 2027,
            the undersigned releases the Company, its affiliates and their officers, directors and employees
            from all claims arising on or before the date of signature, including claims under Title VII of
            the Civil Rights Act, the Age Discrimination in Employment Act and the Connecticut Fair
            Employment Practices Act, other than claims that cannot lawfully be released, claims to vested
            benefits and claims to indemnification.""")),
        ("para", P("""
            The undersigned acknowledges that she has been advised to consult an attorney, has had at least
            twenty-one (21) days to consider this release, and may revoke it within seven (7) days after
            signing it by written notice to the Company's General Counsel. This release becomes effective on
            the eighth day after signature if not revoked.""")),
        ("lines", ["Signature: ______________________", "Date: __________________"]),
    ],
)


# 2. US (South Carolina office, Delaware corporation): general counsel's employment agreement,
#    DOCX (about 6 pages) with a compensation summary table in Schedule 1. Traps: at-will
#    "Employment Period" with no end date; semi-monthly pay in words; PTO only as 200 hours a
#    year; a new-hire RSU award stated as a dollar value vesting in three annual instalments,
#    beside a PSU award; a 50%-of-6% 401(k) match; relocation allowance with an amount,
#    repayable pro rata within 24 months; 30 days' notice from the executive, none from the
#    company; a nine-month non-compete beside an eighteen-month non-solicit; JAMS arbitration;
#    bar admission as a condition (not a listed contingency).
letter(
    "us-sc-greenville-general-counsel-employment-agreement", "docx", datetime(2027, 3, 8, 14, 0),
    "Employment Agreement - Corinne A. Baptiste-Lindqvist", "Saluda Ridge Logistics Holdings, Inc.",
    paper="Letter",
    blocks=[
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            THIS EMPLOYMENT AGREEMENT (the "Agreement") is made and entered into on March 8, 2027 between
            SALUDA RIDGE LOGISTICS HOLDINGS, INC., a Delaware corporation having its principal executive
            offices in Greenville, South Carolina (together with its successors, the "Company"), and
            CORINNE A. BAPTISTE-LINDQVIST, an individual ("Executive").""")),
        ("heading", "1. Definitions"),
        ("para", P("""
            For purposes of this Agreement: (a) "Start Date" means April 5, 2027; (b) "Employment Period"
            means the period from the Start Date until Executive's employment ends under Section 7; (c)
            "Base Salary" has the meaning in Section 4(a); (d) "Code" means the Internal Revenue Code of
            1986, as amended; (e) "Affiliate" means any entity that controls, is controlled by or is under
            common control with the Company; and (f) "Covenant Agreement" means the Confidentiality,
            Inventions and Restrictive Covenant Agreement attached as Exhibit B.""")),
        ("heading", "2. Position and Reporting"),
        ("para", P("""
            The Company hereby employs Executive, and Executive accepts employment, as General Counsel and
            Corporate Secretary of the Company, reporting to the Chief Executive Officer and, on matters of
            governance and compliance, with direct access to the Audit Committee of the Board of Directors
            (the "Board"). Executive shall supervise the Company's legal, compliance, risk and
            government-contracts functions and shall perform the other duties customarily associated with
            the chief legal officer of a public company.""")),
        ("para", P("""
            Executive shall devote substantially all of her business time and efforts to the Company. She
            may continue to teach one evening course per academic year at a law school, provided the
            commitment does not interfere with her responsibilities.""")),
        ("heading", "3. Nature of Employment; Location"),
        ("para", P("""
            (a) At-Will Employment. Executive's employment with the Company is "at will": Executive may
            resign, and the Company may end her employment, at any time and for any reason or no reason,
            subject only to the notice and payment obligations in Section 7. No officer other than the
            Chief Executive Officer, acting with the approval of the Board, may change the at-will nature of
            the employment, and only in a signed writing.""")),
        ("para", P("""
            (b) Location. Executive will be based at the Company's corporate office at 215 Pelham Crossing
            Drive, Greenville, South Carolina, and will travel to the Company's terminals in Savannah,
            Charlotte and Jacksonville as needed.""")),
        ("para", P("""
            (c) Bar Membership. Executive is a member in good standing of the Georgia bar. Within one hundred
            eighty (180) days after the Start Date she shall obtain a limited certificate to practice as
            in-house counsel in South Carolina, and the Company shall pay the fees involved.""")),
        ("heading", "4. Compensation"),
        ("para", P("""
            (a) Base Salary. During the Employment Period the Company shall pay Executive an annual base
            salary of $385,000 (the "Base Salary"), payable in substantially equal installments twice each
            month, on the fifteenth day and on the last business day of the month, less required
            withholdings and any deductions Executive authorizes. The Base Salary shall be reviewed annually
            by the Compensation Committee of the Board and may be increased at its discretion.""")),
        ("para", P("""
            (b) Annual Incentive. Executive shall participate in the Company's Annual Incentive Plan with a
            target award opportunity of fifty percent (50%) of the Base Salary. The actual award, which may
            be more or less than target, will depend on the Company's performance against goals set by the
            Compensation Committee. Executive's award for 2027 will be prorated from the Start Date.""")),
        ("para", P("""
            (c) New-Hire Equity. On the first regularly scheduled grant date after the Start Date, the
            Company shall grant Executive restricted stock units under the Saluda Ridge 2022 Equity
            Incentive Plan with a grant-date value of $900,000, the number of units to be determined by
            dividing that value by the average closing price of the Company's common stock over the twenty
            trading days before the grant date. The restricted stock units will vest in three equal annual
            installments on the first, second and third anniversaries of the grant date, provided Executive
            remains employed on each vesting date.""")),
        ("para", P("""
            (d) Performance Share Units. Executive shall also receive, in the 2028 annual cycle,
            performance share units with a target value of $300,000, on the terms that apply to the
            Company's other executive officers, vesting at the end of a three-year performance period.""")),
        ("para", P("""
            (e) Relocation. The Company shall reimburse the cost of moving Executive's household goods from
            Atlanta, Georgia to the Greenville area under its executive relocation policy, and shall pay her
            a lump-sum relocation allowance of $40,000 within thirty days after the Start Date. If Executive
            resigns, or is terminated for Cause, within twenty-four (24) months after the Start Date, she
            shall repay a pro rata part of the relocation allowance, reduced by one twenty-fourth for each
            full month of employment completed.""")),
        ("heading", "5. Benefits and Time Off"),
        ("para", P("""
            (a) Plans. Executive shall be eligible to participate in the Company's group medical, dental
            and vision plans, basic and supplemental life insurance, short- and long-term disability
            coverage and the Saluda Ridge 401(k) Retirement Plan, under which the Company currently makes a
            matching contribution of fifty cents for each dollar Executive contributes, up to six percent
            (6%) of eligible pay. Executive may also buy Company shares at a discount through the Employee
            Stock Purchase Plan.""")),
        ("para", P("""
            (b) Paid Time Off. Executive shall accrue paid time off at the rate that applies to senior
            executives under the Company's PTO policy, currently 200 hours per year, usable for vacation,
            personal business or illness. The Company also observes ten paid holidays each year.""")),
        ("para", P("""
            (c) Expenses and Professional Costs. The Company shall reimburse reasonable business expenses,
            annual bar dues, and continuing legal education costs, on submission of receipts.""")),
        ("heading", "6. Protective Covenants"),
        ("para", P("""
            As a condition of employment, Executive shall sign the Covenant Agreement on or before the Start
            Date. Under it, Executive (i) shall keep the Company's confidential and privileged information
            secret during and after her employment; (ii) assigns to the Company all rights in work product
            she creates in the course of her employment; (iii) for nine (9) months after her employment
            ends, shall not serve as an officer or in-house lawyer of a third-party logistics, freight
            brokerage or warehousing company that competes with the Company in the southeastern United
            States; and (iv) for eighteen (18) months after her employment ends, shall not solicit the
            Company's employees to leave or its customers to move business away from it. The Covenant
            Agreement does not restrict Executive's practice of law to any extent that would violate the
            South Carolina Rules of Professional Conduct.""")),
        ("heading", "7. Termination"),
        ("para", P("""
            (a) Resignation. Executive agrees to give the Company at least thirty (30) days' advance
            written notice of her resignation, so that an orderly transition of the legal function can be
            arranged. The Company may waive all or part of that period and, if it does, will pay Executive's
            Base Salary only through the date her employment actually ends.""")),
        ("para", P("""
            (b) By the Company. The Company may end Executive's employment at any time, with or without
            Cause (as defined in the Company's Executive Severance Plan).""")),
        ("para", P("""
            (c) Severance. If the Company ends Executive's employment without Cause, it shall pay her, in
            exchange for a release of claims that becomes effective within sixty days, (i) twelve (12)
            months of Base Salary in installments on the regular payroll schedule and (ii) a lump sum equal
            to twelve months of COBRA premiums for her and her covered dependents. Severance in connection
            with a change in control is governed by the Company's Change in Control Severance Plan and is
            not duplicated under this Section.""")),
        ("heading", "8. Arbitration"),
        ("para", P("""
            Any controversy or claim arising out of this Agreement or Executive's employment, other than a
            claim for workers' compensation or unemployment benefits, or an action to enforce the Covenant
            Agreement by injunction, shall be settled by confidential binding arbitration administered by
            JAMS in Greenville, South Carolina, before one arbitrator experienced in employment matters.
            The Parties waive any right to a jury trial of those claims.""")),
        ("heading", "9. Miscellaneous"),
        ("para", P("""
            (a) Governing Law. This Agreement shall be governed by the law of the State of South Carolina,
            excluding its choice-of-law principles.""")),
        ("para", P("""
            (b) Conditions. The Company's obligations under this Agreement are conditioned on the completion
            of a background investigation with results acceptable to the Company and on Executive's
            verification of her authorization to work in the United States on Form I-9.""")),
        ("para", P("""
            (c) Withholding; Section 409A. All payments are subject to required tax withholding. Each
            payment under this Agreement is intended to be exempt from or compliant with Section 409A of
            the Code, and the Agreement shall be read that way.""")),
        ("para", P("""
            (d) Entire Agreement. This Agreement, the Covenant Agreement and the equity award agreements
            are the complete agreement between the Company and Executive about her employment and supersede
            the letter of intent dated February 19, 2027. Any amendment must be in writing and signed by
            Executive and the Chief Executive Officer.""")),
        ("para", P("""
            (e) Indemnification. The Company shall indemnify Executive and advance her expenses to the
            fullest extent allowed by its certificate of incorporation, its bylaws and Delaware law, and
            shall cover her under its directors' and officers' liability insurance on the same basis as
            other officers.""")),
        ("para", "IN WITNESS WHEREOF, the parties have signed this Agreement on the date written above."),
        ("lines", ["SALUDA RIDGE LOGISTICS HOLDINGS, INC.", "", "By: ______________________________",
                   "Leland P. Armistead", "Chief Executive Officer", "", "EXECUTIVE", "",
                   "______________________________", "Corinne A. Baptiste-Lindqvist"]),
        ("pagebreak",),
        ("heading", "SCHEDULE 1 - COMPENSATION SUMMARY"),
        ("para", "This summary is for convenience only; if it conflicts with the body of the Agreement, the body controls."),
        ("table", [["Element", "Terms"],
                   ["Title", "General Counsel and Corporate Secretary"],
                   ["Start Date", "April 5, 2027"],
                   ["Base Salary", "$385,000 per year, paid semi-monthly"],
                   ["Annual incentive", "Target 50% of Base Salary"],
                   ["New-hire RSUs", "$900,000 grant-date value; vests 1/3 per year over 3 years"],
                   ["2028 PSUs", "$300,000 target value; 3-year performance period"],
                   ["Relocation", "Household goods move plus $40,000 lump sum (repayable pro rata within 24 months)"],
                   ["Severance", "12 months' Base Salary plus 12 months of COBRA premiums"],
                   ["Restrictive covenants", "Non-compete 9 months; non-solicit 18 months"]], True),
        ("heading", "EXHIBIT B - CONFIDENTIALITY, INVENTIONS AND RESTRICTIVE COVENANT AGREEMENT"),
        ("para", "[Provided separately for signature on or before the Start Date.]"),
    ],
)


# 3. US (Nebraska office, Delaware corporation): chief data officer's employment agreement, TXT
#    (about 6 pages). Traps: an initial two-year term that renews itself year by year (not a
#    fixed term) and an express "not at will" sentence (at_will false); salary paid monthly; a
#    signing bonus in two instalments, both repayable; options with a one-year cliff and monthly
#    vesting in the next sentence; a tiered 401(k) match; vacation in weeks; notice of 90 days
#    from the executive and 60 from the company beside a non-renewal notice; covenant periods
#    in years; disputes expressly kept out of arbitration (arbitration false).
letter(
    "us-ne-omaha-chief-data-officer-employment-agreement", "txt", datetime(2027, 4, 20, 11, 0),
    "Employment Agreement - Rohan S. Tiwari-Kessler", "Platte Meridian Financial Corporation",
    blocks=[
        ("title", "Employment Agreement"),
        ("para", P("""
            This Employment Agreement ("Agreement") is dated April 20, 2027, and is between Platte Meridian
            Financial Corporation, a Delaware corporation with its principal office at 1650 Farnam Street,
            Omaha, Nebraska 68102 ("Platte Meridian" or the "Corporation"), and Rohan S. Tiwari-Kessler
            ("Executive").""")),
        ("para", P("""
            Background. The Corporation, through its bank and insurance subsidiaries, is building an
            enterprise data and analytics function and wishes to hire Executive to lead it. Executive is
            willing to serve on the terms below.""")),
        ("heading", "SECTION 1 - CERTAIN DEFINED TERMS"),
        ("para", P("""
            1.1 "Commencement Date" means June 1, 2027.
            1.2 "Base Salary" means Executive's annual base salary as fixed under Section 4.1 and adjusted
            under that Section.
            1.3 "Committee" means the Compensation Committee of the Corporation's Board of Directors.
            1.4 "Competing Business" means any bank holding company, insurer or consumer-lending business
            with operations in Nebraska, Iowa, Kansas, Missouri, South Dakota or Colorado.
            1.5 "Protected Person" means any employee, customer or vendor of the Corporation or its
            subsidiaries with whom Executive had material contact in the last two years of employment.""")),
        ("heading", "SECTION 2 - EMPLOYMENT AND DUTIES"),
        ("para", P("""
            2.1 Title. The Corporation shall employ Executive as Executive Vice President and Chief Data
            Officer. Executive shall report to the President and Chief Operating Officer and shall lead data
            governance, data engineering, analytics, model risk support and the Corporation's data
            platforms.""")),
        ("para", P("""
            2.2 Exclusive Service. Executive shall devote his full working time to the Corporation and shall
            not engage in other paid employment. Passive personal investments are permitted.""")),
        ("para", P("""
            2.3 Office. Executive's office shall be at the Corporation's headquarters in Omaha, Nebraska. He
            will travel to the Lincoln and Des Moines operations centers when his duties require.""")),
        ("heading", "SECTION 3 - TERM OF EMPLOYMENT"),
        ("para", P("""
            3.1 Initial Term and Renewal. The employment period under this Agreement begins on the
            Commencement Date and runs for an initial term of two (2) years. On each anniversary of the
            Commencement Date starting with the second, the term automatically extends for one additional
            year unless either party gives the other written notice of non-renewal at least ninety (90)
            days before that anniversary.""")),
        ("para", P("""
            3.2 Not At Will. During the term, Executive's employment is not at will; it may be ended only in
            the circumstances and with the notice described in Section 6.""")),
        ("heading", "SECTION 4 - COMPENSATION"),
        ("para", P("""
            4.1 Base Salary. Beginning on the Commencement Date, the Corporation shall pay Executive a Base
            Salary of $372,500 per year. The Base Salary shall be paid in twelve equal monthly installments
            on the last business day of each calendar month, subject to withholding. The Committee shall
            consider an increase each February.""")),
        ("para", P("""
            4.2 Short-Term Incentive. Executive shall participate in the Corporation's Short-Term Incentive
            Plan. His target award is sixty percent (60%) of Base Salary and the maximum award is one
            hundred twenty percent (120%) of Base Salary. Awards depend on corporate financial results
            and on objectives for the data function agreed with the President each year.""")),
        ("para", P("""
            4.3 Signing Bonus. The Corporation shall pay Executive a signing bonus of $50,000 in two equal
            installments: $25,000 with the first regular payroll after the Commencement Date and $25,000 with
            the payroll after he completes six months of service. If Executive resigns, other than for Good
            Reason as defined in Section 6.4, or is dismissed for Cause before the first anniversary of the
            Commencement Date, he shall repay to the Corporation every installment already paid, within
            forty-five days after his employment ends.""")),
        ("para", P("""
            4.4 Stock Option. Subject to approval by the Committee, which is expected at its meeting
            following the Commencement Date, Executive shall be granted a non-qualified option to purchase
            150,000 shares of the Corporation's common stock at an exercise price equal to the closing price
            on the grant date. One-fourth of the option shall become exercisable on the first anniversary
            of the Commencement Date. The rest shall become exercisable in thirty-six equal monthly
            portions after that, so that the option is fully exercisable four years after the Commencement
            Date. The option shall have a ten-year term and be governed by the Corporation's 2023 Long-Term
            Incentive Plan and an award agreement.""")),
        ("heading", "SECTION 5 - BENEFITS AND VACATION"),
        ("para", P("""
            5.1 Benefits. Executive may participate in all benefit programs offered to the Corporation's
            senior officers, including its medical and dental plans, group life and accidental death
            insurance, long-term disability insurance, the Platte Meridian 401(k) Plan and the Executive
            Deferred Compensation Plan. Under the 401(k) Plan the Corporation currently matches 100% of
            deferrals up to 3% of pay and 50% of deferrals on the next 2% of pay.""")),
        ("para", P("""
            5.2 Vacation. Executive shall receive four (4) weeks of paid vacation per calendar year, to be
            scheduled with the President's agreement, in addition to the Corporation's paid holidays. Up to
            five unused days may be carried into the next year.""")),
        ("para", P("""
            5.3 Professional Development. The Corporation shall pay the reasonable cost of one industry
            conference each year and of Executive's memberships in professional data-management
            associations.""")),
        ("heading", "SECTION 6 - ENDING THE EMPLOYMENT"),
        ("para", P("""
            6.1 By Executive. Executive may resign during the term on ninety (90) days' written notice to the
            Corporation. The Corporation may shorten the notice period by paying Base Salary for the part
            of the period it waives.""")),
        ("para", P("""
            6.2 By the Corporation Without Cause. The Corporation may end Executive's employment without
            Cause by giving him sixty (60) days' written notice, or Base Salary in lieu of all or part of
            that notice.""")),
        ("para", P("""
            6.3 For Cause. The Corporation may end the employment immediately for Cause, which means fraud,
            embezzlement, a felony conviction, a regulatory bar from serving in a financial institution,
            or a willful and material breach of this Agreement that remains uncured twenty days after
            written notice.""")),
        ("para", P("""
            6.4 Good Reason; Severance. Executive may resign for Good Reason (a material cut in duties or pay,
            or a required move of his office more than fifty miles from Omaha) after giving notice and a
            thirty-day cure period. If the employment ends under Section 6.2 or for Good Reason, the
            Corporation shall, on receipt of a signed release, continue the Base Salary for twelve months
            and pay a pro rata short-term incentive at target. Non-renewal by the Corporation under Section
            3.1 shall be treated as a termination without Cause.""")),
        ("heading", "SECTION 7 - CONFIDENTIALITY, INVENTIONS AND COVENANTS"),
        ("para", P("""
            7.1 Confidential Information. Executive shall not use or disclose customer data, nonpublic
            personal information, models, source code, credit strategies or any other confidential
            information of the Corporation, except in performing his duties or as the law requires. The
            Gramm-Leach-Bliley Act and the Corporation's information security policies also apply.""")),
        ("para", P("""
            7.2 Inventions. All data products, algorithms, software, documentation and other works that
            Executive makes during his employment and that relate to the Corporation's business are the
            Corporation's property as works made for hire, and to the extent any is not, Executive
            assigns it to the Corporation.""")),
        ("para", P("""
            7.3 Non-Competition. For one (1) year after his employment ends for any reason, Executive shall
            not accept employment with or provide services to a Competing Business in a role that involves
            data strategy, analytics or data governance.""")),
        ("para", P("""
            7.4 Non-Solicitation. For two (2) years after his employment ends, Executive shall not solicit
            or encourage any Protected Person to end or reduce that person's relationship with the
            Corporation.""")),
        ("heading", "SECTION 8 - DISPUTES AND GOVERNING LAW"),
        ("para", P("""
            8.1 Courts, Not Arbitration. The parties have agreed that disputes under this Agreement will not
            be submitted to arbitration. Any action shall be brought only in the state courts in Douglas
            County, Nebraska or the United States District Court for the District of Nebraska, and each
            party consents to those courts' jurisdiction and waives trial by jury.""")),
        ("para", P("""
            8.2 Governing Law. Nebraska law governs this Agreement and all claims relating to Executive's
            employment, without regard to conflict-of-laws principles.""")),
        ("heading", "SECTION 9 - OTHER TERMS"),
        ("para", P("""
            9.1 Pre-Employment Screening. This Agreement takes effect only if Executive passes the
            Corporation's pre-employment screening, which includes a criminal background check, a credit
            report and fingerprinting for purposes of Section 19 of the Federal Deposit Insurance Act.""")),
        ("para", P("""
            9.2 Clawback. Incentive compensation is subject to recovery under the Corporation's clawback
            policy, as amended.""")),
        ("para", P("""
            9.3 Entire Agreement. This document states the whole agreement of the parties concerning
            Executive's employment and may be changed only by a writing signed by both of them. If any part
            is held unenforceable, the rest remains in effect.""")),
        ("para", P("""
            9.4 Assignment. The Corporation may assign this Agreement to a successor to all or substantially
            all of its business. Executive may not assign it.""")),
        ("para", P("""
            9.5 Indemnification. The Corporation shall indemnify Executive, and advance his defense costs, to
            the extent its certificate of incorporation and bylaws allow for officers, and shall keep him
            covered under its directors' and officers' insurance during and for six years after his
            employment.""")),
        ("para", P("""
            9.6 Section 409A. Payments under this Agreement are meant to be exempt from or to comply with
            Section 409A of the Internal Revenue Code. A termination of employment means a separation from
            service for that purpose, and each installment is a separate payment.""")),
        ("para", P("""
            9.7 Notices. Notices must be in writing and are effective when delivered by hand, by a national
            courier, or by e-mail with confirmation of receipt, to the Corporation's General Counsel at the
            Farnam Street office or to Executive at his last home address on file.""")),
        ("para", P("""
            9.8 Survival. Sections 7, 8 and 9 continue to apply after the employment ends, whatever the
            reason.""")),
        ("lines", ["Signed:", "",
                   "PLATTE MERIDIAN FINANCIAL CORPORATION",
                   "By: Teresa M. Hollenbeck, President and Chief Operating Officer",
                   "Date: April 20, 2027", "",
                   "EXECUTIVE",
                   "Rohan S. Tiwari-Kessler",
                   "Date: April 22, 2027"]),
    ],
)


# 4. UK (England, Bath): a finance director's contract of employment, PDF (about 7 pages),
#    the particulars in Schedule 1 that the clauses point to. Traps: "the Salary" defined by
#    reference to the Schedule; a car allowance and a bonus ceiling near it; hours from times of
#    day less an unpaid hour; no overtime; 27 days "plus" bank holidays; company sick pay in
#    working days; 6 months from the Company and 3 from the Executive, one month either side in
#    probation; garden leave; a 6-month non-compete beside 12-month non-dealing and
#    non-solicitation covenants; "the laws of England and Wales"; no offer deadline.
letter(
    "uk-eng-bath-finance-director-contract", "pdf", datetime(2027, 3, 29, 10, 0),
    "Contract of Employment - Finance Director", "Combe Down Stoneworks Limited",
    font="DejaVuSans", size=10, paper="A4", footer="Combe Down Stoneworks Limited - Private and Confidential",
    blocks=[
        ("head", "Combe Down Stoneworks Limited", "Registered in England No. 04418832  ·  Registered office: Unit 6, Brassmill Enterprise Centre, Bath BA1 3JF"),
        ("title", "CONTRACT OF EMPLOYMENT"),
        ("para", P("""
            This contract is made on 29 March 2027 between Combe Down Stoneworks Limited (the "Company")
            and Harriet Penhaligon-Ashdown of 14 Widcombe Crescent, Bath BA2 6AH (the "Executive"). It sets
            out the terms on which the Executive is employed, and together with Schedule 1 forms the written
            statement of particulars required by Part I of the Employment Rights Act 1996.""")),
        ("heading", "1. Interpretation"),
        ("para", P("""
            1.1 In this contract: "Board" means the board of directors of the Company; "Group" means the
            Company and its subsidiaries and holding companies from time to time; "Commencement Date" means
            the date shown in Schedule 1; "Salary" means the basic annual salary shown in Schedule 1, as
            reviewed under clause 6; and "Termination Date" means the date on which the employment
            ends.""")),
        ("para", P("""
            1.2 Clause headings are for convenience only. References to a statute include it as amended or
            re-enacted.""")),
        ("heading", "2. Appointment and commencement"),
        ("para", P("""
            2.1 The Company appoints the Executive as Finance Director, reporting to the Managing Director.
            The Executive's duties include the Group's financial reporting, treasury, tax, payroll and
            information technology functions, and any other duties reasonably assigned by the Board.""")),
        ("para", P("""
            2.2 The employment begins on the Commencement Date. No employment with a previous employer
            counts as part of the Executive's period of continuous employment.""")),
        ("para", P("""
            2.3 The first six months of employment are a probationary period. The Board may extend it by up
            to three months if it has not been able to assess the Executive's performance. During
            probation either party may end the employment by giving one month's written notice.""")),
        ("para", P("""
            2.4 The employment is conditional on the Executive providing evidence of her right to work in the
            United Kingdom, two references satisfactory to the Company, the result of a basic disclosure
            check from the Disclosure and Barring Service, and her original certificate of membership of the
            Institute of Chartered Accountants in England and Wales.""")),
        ("heading", "3. Place of work"),
        ("para", P("""
            3.1 The Executive's normal place of work is the Company's head office at the Brassmill Enterprise
            Centre, Bath, or any other place within 25 miles of it that the Company reasonably requires.""")),
        ("para", P("""
            3.2 Under the Company's hybrid working policy the Executive may work from home on up to two days
            in each week, on days agreed with the Managing Director, and must attend the head office on the
            other working days and whenever the Board meets. She may be required to travel to the Group's
            quarries in Somerset and Wiltshire.""")),
        ("heading", "4. Hours of work"),
        ("para", P("""
            4.1 The Executive's normal hours are 9.00 am to 5.30 pm, Monday to Friday, with an unpaid lunch
            break of one hour. She must also work any additional hours needed for the proper performance of
            her duties, including at month end and year end.""")),
        ("para", P("""
            4.2 No overtime is paid for additional hours; the Salary reflects them. The Executive agrees that
            the 48-hour average weekly limit in regulation 4 of the Working Time Regulations 1998 does not
            apply to her, and may end that agreement on three months' written notice.""")),
        ("heading", "5. Duties and exclusive service"),
        ("para", P("""
            5.1 During the employment the Executive shall devote the whole of her working time and attention to
            the business of the Group, act in good faith, and comply with the Company's policies, including
            those on anti-bribery, data protection and financial authorities.""")),
        ("para", P("""
            5.2 She shall not, without the Board's written consent, be engaged or interested in any other
            business, except as the holder of not more than three per cent of the listed shares of a
            company.""")),
        ("heading", "6. Remuneration"),
        ("para", P("""
            6.1 The Company shall pay the Executive the Salary, which accrues from day to day and is payable
            monthly in arrears on or about the 28th day of each month by credit transfer. The Salary is
            reviewed each April; there is no obligation to increase it.""")),
        ("para", P("""
            6.2 The Executive is eligible for the car allowance shown in Schedule 1, paid with the Salary.
            The allowance is not pensionable and is not taken into account for the bonus.""")),
        ("para", P("""
            6.3 The Executive may participate in the Company's discretionary annual bonus scheme, under
            which a bonus of up to 30% of the Salary may be paid on the achievement of targets set by the
            Board. Any bonus is paid after the audited accounts for the year are approved. The Executive
            has no right to a bonus if, on the payment date, she is under notice given by either party or
            is no longer employed.""")),
        ("heading", "7. Pension and benefits"),
        ("para", P("""
            7.1 The Executive will be enrolled in the Combe Down Group Personal Pension Plan. The Company will
            contribute 8% of the Salary each month, provided the Executive contributes at least 4%. A
            contracting-out certificate is not in force.""")),
        ("para", P("""
            7.2 The Company will provide, subject to the rules of the schemes and the insurers' terms:
            private medical insurance for the Executive, her spouse and dependent children; life assurance
            of four times the Salary; and income protection insurance paying 60% of the Salary after
            twenty-six weeks of incapacity.""")),
        ("heading", "8. Holidays"),
        ("para", P("""
            8.1 The holiday year runs from 1 January to 31 December. The Executive is entitled to 27 working
            days' paid holiday in each holiday year, plus the usual bank and public holidays in England. In
            the years in which the employment starts and ends the entitlement is calculated pro rata.""")),
        ("para", P("""
            8.2 Up to five days' unused holiday may be carried forward to the first quarter of the next
            holiday year. On termination the Executive is paid for accrued untaken holiday, and must repay
            the Company for any holiday taken in excess of her accrued entitlement.""")),
        ("heading", "9. Sickness"),
        ("para", P("""
            9.1 If the Executive is absent through illness or injury she must notify the Managing Director by
            10.00 am on the first day of absence, and must provide a fit note for any absence of more than
            seven calendar days.""")),
        ("para", P("""
            9.2 Provided she complies with clause 9.1, the Executive will be paid her full Salary for up to 20
            working days of sickness absence in any rolling period of twelve months. After that she will
            receive Statutory Sick Pay only, if she qualifies for it. Company sick pay includes any
            Statutory Sick Pay due for the same days.""")),
        ("para", P("""
            9.3 The Company may require the Executive to attend a medical examination by a doctor it
            nominates, at its expense, and she consents to the doctor reporting to the Company.""")),
        ("heading", "10. Termination and notice"),
        ("para", P("""
            10.1 After the probationary period, the Company may end the employment by giving the Executive not
            less than six months' written notice, and the Executive may end it by giving the Company not less
            than three months' written notice.""")),
        ("para", P("""
            10.2 The Company may, at its discretion, end the employment at any time with immediate effect by
            paying a sum equal to the Salary (excluding any bonus, car allowance or benefits) for the notice
            period, or for any remaining part of it.""")),
        ("para", P("""
            10.3 The Company may end the employment without notice or payment in lieu if the Executive
            commits gross misconduct, is disqualified from acting as a director, becomes bankrupt, or is
            convicted of an offence involving dishonesty.""")),
        ("heading", "11. Garden leave"),
        ("para", P("""
            11.1 After notice has been given by either party, or if the Executive purports to resign without
            giving proper notice, the Company may for all or part of the notice period require her not to
            attend work, not to perform some or all of her duties, and not to contact customers, suppliers
            or staff of the Group. During that garden leave she remains an employee, continues to receive
            the Salary and contractual benefits, and remains bound by her duties of good faith.""")),
        ("para", P("""
            11.2 Any holiday accrued during garden leave is deemed taken during it unless the Company states
            otherwise.""")),
        ("heading", "12. Confidential information"),
        ("para", P("""
            12.1 The Executive shall not, during the employment or at any time after it ends, use or disclose
            any confidential information about the business, finances, customers or suppliers of the Group,
            except in the proper performance of her duties, with the Board's consent, or as required by
            law. This restriction does not apply to information that has become public other than through
            her default, or to a protected disclosure under the Public Interest Disclosure Act 1998.""")),
        ("heading", "13. Intellectual property"),
        ("para", P("""
            13.1 All copyright, database rights, inventions and other intellectual property created by the
            Executive in the course of the employment belong to the Company. To the extent they do not
            vest in the Company automatically, the Executive assigns them to the Company by way of present
            assignment of future rights, and waives any moral rights in them.""")),
        ("heading", "14. Restrictive covenants"),
        ("para", P("""
            14.1 In this clause, "Restricted Customer" means any person who was a customer of the Group in the
            twelve months before the Termination Date and with whom the Executive dealt, and "Key Employee"
            means any employee of the Group at the level of manager or above with whom she worked in that
            period.""")),
        ("para", P("""
            14.2 The Executive shall not, for six months after the Termination Date, be employed by or
            engaged in any business within the United Kingdom that quarries, cuts or supplies natural
            building stone in competition with the Group.""")),
        ("para", P("""
            14.3 The Executive shall not, for twelve months after the Termination Date, solicit or deal with
            any Restricted Customer in competition with the Group, or solicit or entice away any Key
            Employee.""")),
        ("para", P("""
            14.4 The periods in clauses 14.2 and 14.3 are reduced by one day for each day the Executive spends
            on garden leave under clause 11. Each restriction is separate, and if one is found unenforceable
            the others remain in force.""")),
        ("heading", "15. Disciplinary and grievance procedures"),
        ("para", P("""
            15.1 The disciplinary and grievance procedures are in the staff handbook; they are not
            contractual. A grievance should be raised in writing with the Chair of the Board.""")),
        ("heading", "16. Collective agreements and other matters"),
        ("para", P("""
            16.1 No collective agreement affects the Executive's terms of employment. There is no requirement
            to work outside the United Kingdom for more than one month at a time.""")),
        ("para", P("""
            16.2 The Company may deduct from the Salary, or any other sum it owes the Executive, any money
            she owes it, including any overpayment of salary or holiday pay.""")),
        ("heading", "17. Law"),
        ("para", P("""
            17.1 This contract is governed by the laws of England and Wales, and the courts of England and
            Wales have exclusive jurisdiction over any claim arising from it.""")),
        ("para", P("""
            17.2 This contract and Schedule 1 contain the entire agreement between the parties and supersede
            the letter of 12 March 2027 in which the Company offered the Executive this role.""")),
        ("lines", ["Signed for and on behalf of Combe Down Stoneworks Limited", "",
                   "Graham Illingworth-Tozer, Managing Director          Date: 29 March 2027", "",
                   "Signed by the Executive", "", "Harriet Penhaligon-Ashdown          Date: ____________"]),
        ("pagebreak",),
        ("title", "SCHEDULE 1 - PARTICULARS"),
        ("table", [["Item", "Particulars"],
                   ["Executive", "Harriet Penhaligon-Ashdown"],
                   ["Job title", "Finance Director"],
                   ["Commencement Date", "Monday 3 May 2027"],
                   ["Salary", "£112,000 per annum"],
                   ["Car allowance", "£7,200 per annum"],
                   ["Annual bonus", "Discretionary, up to 30% of Salary"],
                   ["Normal hours", "37.5 per week (9.00 am to 5.30 pm, one hour unpaid lunch)"],
                   ["Holidays", "27 working days plus bank and public holidays"],
                   ["Pension", "Company 8%, Executive 4%"],
                   ["Notice (after probation)", "Company: 6 months; Executive: 3 months"],
                   ["Restrictions", "Non-compete 6 months; non-dealing and non-solicitation 12 months"]], True),
    ],
)


# 5. UK (England, Derby): a project engineer's contract, DOCX (about 5 pages) opening with a
#    main-terms table. Traps: hours from times of day with a short Friday and an unpaid
#    half-hour lunch (37 a week); overtime paid at time and a half; 33 days "including" the
#    eight bank holidays; company sick pay in weeks at full and half pay by service; one week's
#    notice in probation, then one month from the employee and the greater of one month or the
#    statutory minimum from the company; a nine-month non-solicitation covenant and no
#    non-compete; "site-based" work; a 6% pension contribution under salary sacrifice.
letter(
    "uk-eng-derby-project-engineer-contract", "docx", datetime(2027, 5, 10, 9, 30),
    "Statement of main terms - T. Wilkinson-Adeyemi", "Darley Meadow Traction Systems Ltd",
    blocks=[
        ("head", "Darley Meadow Traction Systems Ltd", "Unit 4, Pride Park Technology Village, Derby DE24 8HX  ·  Company No. 09917264"),
        ("title", "CONTRACT OF EMPLOYMENT AND STATEMENT OF MAIN TERMS"),
        ("para", P("""
            This document sets out the terms and conditions on which Darley Meadow Traction Systems Ltd
            ("DMTS", "we", "us") employs you. Please read it with the Employee Handbook, which contains our
            policies and procedures. The Handbook is not part of your contract except where this document
            says so.""")),
        ("table", [["Main term", "Details"],
                   ["Employee", "Tomasz Wilkinson-Adeyemi"],
                   ["Job title", "Project Engineer (Traction Upgrades)"],
                   ["Reports to", "Engineering Programme Manager"],
                   ["Start date", "Monday 7 June 2027"],
                   ["Continuous employment", "Begins on the start date"],
                   ["Place of work", "DMTS Engineering Centre, Pride Park, Derby"],
                   ["Basic salary", "£46,500 per annum"],
                   ["Salary band", "Engineer Grade E3: £42,000 to £51,000"],
                   ["Contract type", "Permanent, full-time"],
                   ["Probationary period", "6 months"]], True),
        ("heading", "1. Your job"),
        ("para", P("""
            You will manage the engineering delivery of traction and auxiliary power upgrades for our rail
            customers, from the design review through factory acceptance testing to the return of units
            to service. We may ask you to do other work that is reasonable for someone of your skills and
            grade.""")),
        ("heading", "2. Where you will work"),
        ("para", P("""
            This is a site-based role. You will work at the Engineering Centre in Derby, and working from
            home is not part of this role except in emergencies agreed with your manager. You may need to
            travel to customer depots and suppliers in the United Kingdom and occasionally in Europe; we pay
            travel expenses under our expenses policy.""")),
        ("heading", "3. Hours of work"),
        ("para", P("""
            Your normal working hours are 8.00 am to 4.30 pm Monday to Thursday and 8.00 am to 1.00 pm on
            Friday, with an unpaid lunch break of 30 minutes on Monday to Thursday. You may be asked to work
            additional hours to meet project milestones.""")),
        ("heading", "4. Overtime"),
        ("para", P("""
            Additional hours that your manager authorises in advance are paid at time and a half of your
            basic hourly rate, or, if you prefer and your manager agrees, taken as time off in lieu at the
            same rate.""")),
        ("heading", "5. Pay"),
        ("para", P("""
            Your basic salary is shown in the main terms table. It is paid monthly by bank transfer on the
            last working day of each month, and includes payment for the bank holidays described in clause 7.
            Salaries are reviewed every July; your first review will be in July 2028.""")),
        ("heading", "6. Pension"),
        ("para", P("""
            You will be automatically enrolled in the DMTS Group Pension Plan after your first month. Through
            salary sacrifice you contribute 4% of basic salary and DMTS contributes 6% of basic salary. You
            may opt out, but you will then lose the DMTS contribution.""")),
        ("heading", "7. Holidays"),
        ("para", P("""
            You are entitled to 33 days' paid holiday each holiday year (1 April to 31 March), including the
            eight bank holidays in England. The holiday entitlement for a part year is worked out pro rata.
            Three days each year are reserved for the shutdown between Christmas and New Year. You may carry
            over up to three days to the next holiday year with your manager's approval.""")),
        ("heading", "8. Sickness absence"),
        ("para", P("""
            If you cannot come to work because you are ill, phone your manager before 9.00 am on the first
            day. You can self-certify for up to seven calendar days; after that we need a fit note.""")),
        ("para", P("""
            Company sick pay depends on your length of service, as set out in the Handbook. During your first
            year of service it is four weeks at full pay and four weeks at half pay in any rolling twelve
            months; this rises after one year and again after five years. Company sick pay includes any
            Statutory Sick Pay you are entitled to.""")),
        ("heading", "9. Other benefits"),
        ("bullets", [
            "Life assurance of three times basic salary, from your first day.",
            "Enhanced maternity, adoption and paternity pay after 26 weeks' service.",
            "The Cycle to Work scheme and free parking at the Engineering Centre.",
            "A confidential employee assistance programme, open to you and your household.",
            "Payment of your annual IMechE or IET membership subscription.",
        ]),
        ("heading", "10. Probation"),
        ("para", P("""
            Your first six months are probationary. We will review your progress at three months and at the
            end of the period. During probation either of us can end the employment by giving one week's
            notice.""")),
        ("heading", "11. Notice"),
        ("para", P("""
            Once you have completed probation, you must give us one month's written notice if you wish to
            leave. We will give you one month's written notice, or the statutory minimum notice if that is
            longer (one week for each complete year of service, up to twelve weeks). We may pay you in lieu
            of notice, and may ask you to stay away from work for all or part of the notice period.""")),
        ("heading", "12. Confidentiality"),
        ("para", P("""
            You must not disclose to anyone outside DMTS, during or after your employment, any drawings,
            specifications, test results, pricing or other information about DMTS or its customers that is
            not public, and you must return all such material when you leave. Some of our customers'
            information is also covered by non-disclosure agreements that bind you.""")),
        ("heading", "13. Inventions and designs"),
        ("para", P("""
            Any designs, software, drawings, inventions or improvements you make in the course of your
            employment belong to DMTS. You agree to transfer your rights in them to DMTS and to help us
            register or protect them, at our cost, during and after your employment.""")),
        ("heading", "14. After you leave"),
        ("para", P("""
            For nine months after your employment ends you must not, on behalf of yourself or a competing
            business, try to take away from DMTS any rail operator or rolling-stock owner you dealt with in
            your last year, and you must not recruit or try to recruit any DMTS engineer you worked with in
            that year.""")),
        ("heading", "15. Expenses and business travel"),
        ("para", P("""
            We will repay travel, hotel and subsistence costs you reasonably incur on DMTS business, in line
            with the expenses policy, when you claim them within two months with receipts. If you use your
            own car for business journeys we pay the mileage rate in the policy, and you must hold a full
            driving licence and business-use insurance.""")),
        ("heading", "16. Health and safety"),
        ("para", P("""
            Much of your work will be in depots and test bays. You must follow the site safety rules, wear
            the personal protective equipment we provide, hold a valid Personal Track Safety card where your
            work takes you onto or near the line, and report any accident or near miss the same day. You
            must not work under the influence of alcohol or drugs, and rail industry rules allow for testing
            for cause.""")),
        ("heading", "17. Training and development"),
        ("para", P("""
            We will agree a development plan with you each year. We encourage engineers to work towards
            professional registration and will give you time during working hours to prepare your
            application and to attend mentoring sessions.""")),
        ("heading", "18. Company property and IT"),
        ("para", P("""
            You will be given a laptop, a mobile phone and access to our engineering systems. They remain DMTS
            property, must be used in line with our IT and acceptable use policy, and must be returned on
            the last day of your employment. We may monitor the use of our systems as that policy explains.""")),
        ("heading", "19. Other work and conflicts of interest"),
        ("para", P("""
            While you work for us you must not take on other paid work that conflicts with DMTS's business or
            affects your ability to do your job, and you must tell us about any interest you hold in a
            supplier or customer.""")),
        ("heading", "20. Deductions and data protection"),
        ("para", P("""
            You agree that we may deduct from your pay any money you owe DMTS, such as an overpayment of
            salary or expenses, or the value of unreturned property. We process your personal data as our
            employee privacy notice explains; it is not part of your contract.""")),
        ("heading", "21. Conditions"),
        ("para", P("""
            Your employment is subject to our receiving two references we find satisfactory, your completing
            a pre-employment health questionnaire, proof of your right to work in the UK, and Baseline
            Personnel Security Standard clearance, which some of our customers require.""")),
        ("heading", "22. Disciplinary, grievance and other matters"),
        ("para", P("""
            The disciplinary and grievance procedures are in the Handbook and are not contractual. No
            collective agreement applies to your employment. You will not be required to work outside the UK
            for more than four weeks at a time.""")),
        ("heading", "23. Law"),
        ("para", "This contract is governed by English law."),
        ("para", P("""
            Please sign both copies, keep one and return the other to the HR team before your start
            date.""")),
        ("lines", ["Signed on behalf of Darley Meadow Traction Systems Ltd", "",
                   "Rebecca Ashworth-Mbeki, HR Business Partner", "10 May 2027", "",
                   "I accept the terms of this contract.", "",
                   "Signed: ___________________   Tomasz Wilkinson-Adeyemi   Date: ___________"]),
    ],
)


# 6. Ireland (Waterford): a senior staff nurse's fixed-term contract, a SCANNED PDF (image
#    only, about 4 pages). Traps: no text layer; a fixed term ending on a stated date with the
#    objective reason; a pay scale and its points beside the salary point; fortnightly pay on
#    alternate Thursdays; 39 hours from a roster, with premiums for unsocial hours; overtime
#    at time and a half; 25 days' leave "in addition to" the public holidays; ten days of
#    company sick pay "inclusive of" statutory sick leave; four weeks' notice each side after
#    probation, one week during it; Garda vetting and occupational health as conditions; a
#    health insurance contribution, an education grant, pension 5%; Irish law.
letter(
    "ie-waterford-senior-staff-nurse-fixed-term-scan", "scan", datetime(2027, 5, 24, 15, 0),
    "Fixed-term contract - Senior Staff Nurse", "Suirview Specialist Hospital Limited",
    blocks=[
        ("head", "Suirview Specialist Hospital Limited", "Cork Road, Waterford X91 KT62  ·  Human Resources Department  ·  CRO No. 571204"),
        ("title", "CONTRACT OF EMPLOYMENT (FIXED TERM)"),
        ("para", P("""
            This contract is between Suirview Specialist Hospital Limited (the "Hospital") and Aoife
            Ní Bhriain-Costello of 7 Ballytruckle Road, Waterford (the "Employee"). It is dated 24 May 2027
            and is given under the Terms of Employment (Information) Acts 1994 to 2014.""")),
        ("heading", "1. Position"),
        ("para", P("""
            1.1 The Hospital employs you as a Senior Staff Nurse in the Day Surgery and Endoscopy Unit,
            reporting to the Clinical Nurse Manager 2. Your duties are described in the job description
            given to you with this contract.""")),
        ("para", P("""
            1.2 You must hold active registration in the General Division of the Register of Nurses and
            Midwives maintained by the Nursing and Midwifery Board of Ireland throughout your employment,
            and show evidence of renewal each year.""")),
        ("heading", "2. Duration"),
        ("para", P("""
            2.1 Your employment begins on 14 June 2027 and will end, without further notice, on 31 May 2028.
            The objective reason for the fixed term is that the post covers the approved maternity leave
            and parental leave of a permanent member of staff. The Unfair Dismissals Acts 1977 to 2015 shall
            not apply to a dismissal consisting only of the expiry of this term.""")),
        ("para", P("""
            2.2 If the Hospital decides to offer you further employment, it will do so in writing before the
            end of the term. Nothing in this contract promises that such an offer will be made.""")),
        ("heading", "3. Place of work"),
        ("para", P("""
            3.1 You will work at the Hospital on the Cork Road, Waterford. You may be asked to work in other
            units of the Hospital on the same site when patient needs require it.""")),
        ("heading", "4. Salary"),
        ("para", P("""
            4.1 Your salary is €52,340 a year, which is point 5 of the Hospital's Senior Staff Nurse scale
            (€48,120 to €58,905 in nine points). You will move up one point on each anniversary of your start
            date, subject to satisfactory performance, if your employment continues.""")),
        ("para", P("""
            4.2 Salary is paid fortnightly, on alternate Thursdays, by credit transfer to your bank account,
            with tax, USC and PRSI deducted.""")),
        ("heading", "5. Hours of work"),
        ("para", P("""
            5.1 Your contracted hours are 39 hours a week, worked according to the unit roster, which is
            published four weeks in advance. The unit is open from 7.00 am to 9.00 pm Monday to Friday, and
            shifts include a 30-minute unpaid meal break.""")),
        ("para", P("""
            5.2 Evening hours after 8.00 pm and any Saturday list attract the unsocial hours premiums in
            the Hospital's Nursing Pay Policy. Overtime must be approved in advance by the Clinical Nurse
            Manager and is paid at time and a half.""")),
        ("heading", "6. Annual leave and public holidays"),
        ("para", P("""
            6.1 You are entitled to 25 days' annual leave in each leave year (1 April to 31 March), pro rata
            for the length of your contract, in addition to the public holidays. Leave is booked through the
            roster and must be agreed with the Clinical Nurse Manager.""")),
        ("para", P("""
            6.2 For each public holiday you will receive a paid day off on the day, or a paid day off within a
            month, or an extra day's annual leave, as the Organisation of Working Time Act 1997 provides.""")),
        ("heading", "7. Sick leave"),
        ("para", P("""
            7.1 You must tell the Clinical Nurse Manager on duty of any absence at least two hours before the
            start of your shift. A medical certificate is needed from the third day.""")),
        ("para", P("""
            7.2 The Hospital pays full salary for up to 10 days of certified sick leave in any leave year,
            inclusive of your entitlement to statutory sick leave under the Sick Leave Act 2022. Further
            absence is unpaid, and you may claim Illness Benefit from the Department of Social Protection.""")),
        ("heading", "8. Pension, health insurance and education"),
        ("para", P("""
            8.1 After three months you may join the Suirview Staff Pension Scheme, a defined contribution
            scheme. The Hospital contributes 5% of basic salary when you contribute at least 5%. If you do
            not join, you will be enrolled in the national auto-enrolment scheme where the law requires.""")),
        ("para", P("""
            8.2 The Hospital contributes half the cost of your membership of its group health insurance
            scheme. It will also contribute up to €1,500 in each year towards the fees of a postgraduate
            course in perioperative or endoscopy nursing approved by the Director of Nursing.""")),
        ("heading", "9. Probation"),
        ("para", P("""
            9.1 The first six months of your employment are a probationary period. Your performance will be
            reviewed at three months and before the end of probation. During probation either party may
            end the contract by giving one week's notice in writing.""")),
        ("heading", "10. Notice"),
        ("para", P("""
            10.1 After probation and before the end of the fixed term, you must give the Hospital four weeks'
            notice in writing if you wish to resign, and the Hospital will give you four weeks' notice in
            writing, or the notice the Minimum Notice and Terms of Employment Acts require, if greater. The
            Hospital may end the contract without notice for gross misconduct.""")),
        ("heading", "11. Confidentiality"),
        ("para", P("""
            11.1 You must keep all patient information, medical records and Hospital business information
            confidential, during and after your employment, and comply with the Hospital's data protection
            policy and the Code of Professional Conduct and Ethics of the Nursing and Midwifery Board.""")),
        ("heading", "12. Conditions of employment"),
        ("para", P("""
            12.1 This contract is conditional on satisfactory Garda vetting through the National Vetting
            Bureau, clearance by the Hospital's Occupational Health Department (including evidence of
            immunity to hepatitis B), two satisfactory references, and your current NMBI registration.""")),
        ("heading", "13. Grievance, discipline and law"),
        ("para", P("""
            13.1 The Hospital's grievance and disciplinary procedures, based on the Code of Practice in S.I.
            No. 146 of 2000, apply to you. There is no collective agreement that directly affects your
            terms.""")),
        ("para", "13.2 The law of Ireland governs this contract."),
        ("heading", "14. Uniform, indemnity and health and safety"),
        ("para", P("""
            14.1 The Hospital provides scrubs and laundered uniforms. You must wear your identity badge at
            all times on duty and follow the infection prevention and control policy.""")),
        ("para", P("""
            14.2 The Hospital's clinical indemnity insurance covers you for work done within the scope of
            your employment. You must report any incident or near miss through the incident reporting
            system before the end of your shift.""")),
        ("para", P("""
            14.3 You must take reasonable care of your own safety and that of others, use the equipment and
            protective clothing provided, and complete the mandatory training the Hospital schedules,
            including manual handling, basic life support and fire safety, within the times it sets.""")),
        ("heading", "15. Records of working time and breaks"),
        ("para", P("""
            15.1 You must clock in and out at the start and end of each shift. Rest breaks are taken as the
            unit's workload allows and in line with the Organisation of Working Time Act 1997, and the
            Clinical Nurse Manager keeps the records the Act requires.""")),
        ("heading", "16. Changes to this contract"),
        ("para", P("""
            16.1 The Hospital may make reasonable changes to its policies. Any change to the terms of this
            contract will be notified to you in writing within one month of the change taking effect.""")),
        ("pagebreak",),
        ("lines", ["Signed for the Hospital:", "Mairéad Kinsella-Power, Director of Human Resources", "", "",
                   "I accept the terms of this fixed-term contract.", "",
                   "Signed: ______________________  Aoife Ní Bhriain-Costello   Date: __________"]),
        ("pagebreak",),
        ("title", "APPENDIX - JOB DESCRIPTION (SUMMARY)"),
        ("kv", [("Post", "Senior Staff Nurse, Day Surgery and Endoscopy Unit"),
                ("Grade", "Senior Staff Nurse scale"),
                ("Responsible to", "Clinical Nurse Manager 2"),
                ("Purpose", "To plan, deliver and evaluate safe perioperative care for day-case patients")]),
        ("bullets", [
            "Admit and assess patients, check consent and pre-procedure preparation.",
            "Assist in endoscopy lists and recover patients after sedation.",
            "Lead the shift in the absence of the Clinical Nurse Manager.",
            "Supervise staff nurses, healthcare assistants and student nurses on placement.",
            "Maintain accurate nursing records in the electronic patient record.",
            "Take part in audit, quality improvement and the decontamination programme.",
        ]),
    ],
)


# 7. Australia (Queensland, Gold Coast): a store manager's employment agreement, PDF with ruled
#    tables (about 6 pages): a covering letter, the clauses, and a Schedule of key terms with the
#    salary for three years in a table. Traps: the salary only in the Schedule, three years of
#    it (the first counts), "plus superannuation" at the guarantee rate; fortnightly pay; 38
#    ordinary hours plus reasonable additional hours, salary covering overtime; four weeks'
#    leave plus public holidays; ten days' personal/carer's leave; a notice table by years of
#    service (the first year after probation: two weeks) beside four weeks from the employee; a
#    cascading restraint (12, 6 or 3 months) and a 12-month non-solicit; a store bonus "up to
#    10%"; an acceptance date in the covering letter.
letter(
    "au-qld-gold-coast-store-manager-employment-agreement", "pdf", datetime(2027, 6, 21, 9, 0),
    "Employment Agreement - Store Manager, Southport", "Broadwater Outdoor & Marine Pty Ltd",
    font="DejaVuSans", size=10, paper="A4", footer="Broadwater Outdoor & Marine Pty Ltd ABN 61 604 228 917",
    blocks=[
        ("head", "Broadwater Outdoor & Marine Pty Ltd", "ABN 61 604 228 917  ·  Support Office: 2 Marina Quays Drive, Hope Island QLD 4212  ·  careers@broadwateroutdoor.example"),
        ("lines", ["21 June 2027", "", "Jarrah Pemberton-Liu", "31 Queen Street", "Southport QLD 4215"]),
        ("para", "Dear Jarrah,"),
        ("para", P("""
            Following your interviews with our Regional Operations Manager, we are delighted to offer you
            the role of Store Manager at our Southport store. Your employment agreement is enclosed: the
            clauses set out the general terms, and the Schedule at the end sets out the details that are
            particular to you, including your salary.""")),
        ("para", P("""
            To accept, please sign the agreement and return it to People & Culture by 5.00 pm on Friday 2 July
            2027. If we have not received it by then, this offer will lapse. We look forward to welcoming you
            to the Broadwater team.""")),
        ("lines", ["Kind regards,", "", "Nerida Calloway", "Head of People & Culture"]),
        ("pagebreak",),
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This agreement is between Broadwater Outdoor & Marine Pty Ltd ABN 61 604 228 917 (the
            "Employer") and the person named as the Employee in Item 1 of the Schedule (the "Employee").""")),
        ("heading", "1. Appointment"),
        ("para", P("""
            1.1 The Employer employs the Employee in the position in Item 2 of the Schedule on a full-time,
            ongoing basis, starting on the Commencement Date in Item 3. The Employee's duties are described
            in the position description and include running the store profitably, leading and rostering the
            store team, stock control, visual merchandising and workplace health and safety.""")),
        ("para", P("""
            1.2 The General Retail Industry Award 2020 (the "Award") covers the Employee's employment. The
            Award is not incorporated into this agreement, but nothing in this agreement reduces the
            Employee's entitlements under the Award or the National Employment Standards (the "NES").""")),
        ("heading", "2. Probation"),
        ("para", P("""
            2.1 The first six months of employment are a probationary period. During it either party may end
            the employment by giving one week's notice, or the Employer may pay one week's pay in lieu.""")),
        ("heading", "3. Place of work"),
        ("para", P("""
            3.1 The Employee's place of work is the store in Item 4 of the Schedule. The Employer may ask the
            Employee to work at another Gold Coast store for short periods, or to cover a store in northern
            New South Wales, and will pay reasonable travel costs when it does.""")),
        ("heading", "4. Hours of work"),
        ("para", P("""
            4.1 The Employee's ordinary hours are 38 per week, worked according to a roster that may include
            weekends and public holidays, plus reasonable additional hours that the role requires, such as
            stocktakes, store refits and peak trading periods.""")),
        ("para", P("""
            4.2 The salary in Item 5 compensates the Employee for all hours worked, including reasonable
            additional hours, and for any overtime, penalty rates, allowances and loadings that would
            otherwise be payable under the Award. The Employer will review the Employee's hours each year to
            make sure the salary is at least what the Award would have provided.""")),
        ("heading", "5. Remuneration"),
        ("para", P("""
            5.1 The Employer will pay the Employee the annual salary for the relevant year in Item 5 of the
            Schedule, plus superannuation contributions at the rate required by the Superannuation
            Guarantee legislation, which is 12% of ordinary time earnings at the date of this agreement.""")),
        ("para", P("""
            5.2 The salary is paid fortnightly in arrears by electronic funds transfer into the Employee's
            nominated account. Contributions are made to the fund the Employee chooses, or otherwise to the
            Employer's default fund.""")),
        ("para", P("""
            5.3 The Employee may take part in the Store Manager Incentive Plan, which pays a bonus of up to
            10% of the annual salary when the store meets its sales, margin and shrinkage targets for the
            financial year. The plan is discretionary and may be varied each year.""")),
        ("heading", "6. Leave"),
        ("para", P("""
            6.1 Annual leave. The Employee is entitled to four weeks of paid annual leave for each year of
            service, accruing progressively, plus public holidays. Because the store trades from Boxing Day
            to the end of January at peak levels, leave in that period will generally not be approved.""")),
        ("para", P("""
            6.2 Personal/carer's leave. The Employee is entitled to 10 days of paid personal/carer's leave for
            each year of service, accruing progressively, in accordance with the NES. The Employer may
            ask for a medical certificate or statutory declaration for any absence.""")),
        ("para", P("""
            6.3 Other leave. The Employee is also entitled to compassionate leave, family and domestic
            violence leave, community service leave, long service leave under the Industrial Relations Act
            2016 (Qld), and parental leave under the NES and the Employer's policy, which adds four weeks'
            paid parental leave after twelve months' service.""")),
        ("heading", "7. Benefits"),
        ("para", P("""
            7.1 The Employee receives a 30% discount on products in Broadwater stores, free access to the
            Employee Assistance Program, and a uniform allowance of four shirts and two jackets each
            year.""")),
        ("heading", "8. Confidential information and intellectual property"),
        ("para", P("""
            8.1 The Employee must not, during or after the employment, use or disclose any confidential
            information of the Employer, including sales data, supplier pricing, store budgets, customer
            lists and staff records, except in performing the role or as required by law.""")),
        ("para", P("""
            8.2 All intellectual property created by the Employee in the course of the employment, including
            store layouts, training material and promotional ideas, belongs to the Employer from the moment
            it is created.""")),
        ("heading", "9. Ending the employment"),
        ("para", P("""
            9.1 After probation, the Employer may end the employment by giving the period of written notice
            in the table below, based on the Employee's continuous service at the date the notice ends. An
            Employee who is over 45 years old and has at least two years' service receives one additional
            week.""")),
        ("table", [["Period of continuous service", "Notice from the Employer"],
                   ["Not more than 1 year", "2 weeks"],
                   ["More than 1 year but not more than 3 years", "3 weeks"],
                   ["More than 3 years but not more than 5 years", "4 weeks"],
                   ["More than 5 years", "5 weeks"]], True),
        ("para", P("""
            9.2 After probation, the Employee must give the Employer four weeks' written notice of
            resignation, whatever the length of service.""")),
        ("para", P("""
            9.3 Either party may agree to pay or accept payment in lieu of all or part of the notice period.
            The Employer may end the employment without notice for serious misconduct, and may direct the
            Employee not to attend work during the notice period.""")),
        ("heading", "10. Restraint"),
        ("para", P("""
            10.1 For the Restraint Period after the employment ends, the Employee must not work in a
            management role for an outdoor, camping, fishing or marine retail business within 25 kilometres
            of the Southport store. The Restraint Period is 12 months; if that is found unenforceable, 6
            months; and if that is found unenforceable, 3 months.""")),
        ("para", P("""
            10.2 For 12 months after the employment ends, the Employee must not solicit or induce any person
            who was a member of the Employee's store team in the last six months of the employment to leave
            the Employer.""")),
        ("para", P("""
            10.3 The Employee acknowledges that these restraints are reasonable to protect the Employer's
            goodwill and confidential information, and that the Employee has had the opportunity to obtain
            independent advice on them.""")),
        ("heading", "11. Pre-employment checks and policies"),
        ("para", P("""
            11.1 This offer depends on the Employee holding the right to work in Australia and on a national
            police check that the Employer considers satisfactory. The Employee must comply with the
            Employer's policies, which do not form part of this agreement.""")),
        ("heading", "12. General"),
        ("para", P("""
            12.1 This agreement is governed by the laws of Queensland. It is the entire agreement between the
            parties about the employment, and may be varied only in writing signed by both parties.""")),
        ("lines", ["Signed for Broadwater Outdoor & Marine Pty Ltd:", "", "Nerida Calloway, Head of People & Culture", "",
                   "Signed by the Employee:", "", "____________________________   Date: ______________"]),
        ("pagebreak",),
        ("title", "SCHEDULE"),
        ("table", [["Item", "Details"],
                   ["1. Employee", "Jarrah Pemberton-Liu"],
                   ["2. Position", "Store Manager"],
                   ["3. Commencement Date", "Monday 19 July 2027"],
                   ["4. Store", "Southport store, 88 Scarborough Street, Southport, Gold Coast QLD"],
                   ["6. Reports to", "Regional Operations Manager, South East Queensland"]], True),
        ("para", "Item 5. Annual salary (excluding superannuation)"),
        ("table", [["Year", "Period", "Annual salary"],
                   ["Year 1", "19 July 2027 to 30 June 2028", "$92,000"],
                   ["Year 2", "1 July 2028 to 30 June 2029", "$95,500"],
                   ["Year 3", "1 July 2029 to 30 June 2030", "$99,000"]], True),
        ("para", P("""
            After Year 3 the salary is reviewed each July. The Year 2 and Year 3 amounts apply only if the
            Employee is still employed as Store Manager at that time.""")),
    ],
)


# 8. India (Gujarat, Vadodara): a plant manager's appointment letter with annexures, PDF with
#    ruled tables (about 5 pages). Traps: annual CTC in figures and words, the break-up in
#    Annexure A with a monthly and an annual column (gross and variable pay inside the CTC);
#    a joining bonus outside the CTC, repayable within twelve months; a 24-month service bond
#    with a fixed sum (not a clawback); relocation reimbursed up to an amount; a six-day week
#    from times of day less lunch; privilege, casual and sick leave; 30 days' notice in
#    probation, then 90 days from the employee and 60 from the company; a courts-only
#    jurisdiction clause (governing law null) beside an arbitration clause; acceptance within
#    seven days of the letter.
letter(
    "in-gj-vadodara-plant-manager-appointment-ctc", "pdf", datetime(2027, 4, 12, 11, 0),
    "Letter of Appointment - Plant Manager", "Vishwamitri Speciality Chemicals Pvt. Ltd.",
    font="DejaVuSerif", size=10, paper="A4", footer="Vishwamitri Speciality Chemicals Pvt. Ltd. - CIN U24299GJ2009PTC057731",
    blocks=[
        ("head", "Vishwamitri Speciality Chemicals Pvt. Ltd.", "Corporate Office: 5th Floor, Sun Arcade, Old Padra Road, Vadodara 390 015, Gujarat  ·  Works: Plot 214, GIDC Nandesari"),
        ("lines", ["Ref.: VSCPL/HR/APT/2027/118", "Date: 12th April 2027", "",
                   "Mr. Kunal Dineshbhai Trivedi", "B-42, Shreeji Park, Near Akota Stadium", "Vadodara 390 020"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Mr. Trivedi,"),
        ("para", P("""
            With reference to your application and the subsequent discussions you had with us, we are
            pleased to appoint you as Plant Manager in Grade M6 at our manufacturing works at GIDC
            Nandesari, Vadodara, on the following terms and conditions.""")),
        ("heading", "1. Date of joining"),
        ("para", P("""
            Your date of joining will be 1st June 2027. You will report to the Director - Operations at the
            Nandesari works at 9.00 a.m. on that day with the documents listed in Annexure C.""")),
        ("heading", "2. Remuneration"),
        ("para", P("""
            2.1 Your annual Cost to Company (CTC) will be Rs. 32,40,000/- (Rupees Thirty-Two Lakh Forty
            Thousand only). The break-up of the CTC is given in Annexure A. The variable component is paid
            once a year after the Board adopts the audited accounts, on the basis of plant and individual
            performance.""")),
        ("para", P("""
            2.2 Your monthly salary is paid into your bank account by the 7th of the next month,
            after deduction of income tax at source, professional tax and your contribution to provident
            fund.""")),
        ("para", P("""
            2.3 Your remuneration is personal to you and must not be discussed with other employees.""")),
        ("heading", "3. Joining bonus and relocation"),
        ("para", P("""
            3.1 You will receive a one-time joining bonus of Rs. 1,50,000/- with your first month's salary.
            This amount is not part of the CTC. If you resign or your services are terminated for misconduct
            within twelve months of joining, the full joining bonus will be recovered from your final
            settlement or must be refunded by you.""")),
        ("para", P("""
            3.2 The Company will reimburse the actual cost of shifting your household from Pune to Vadodara,
            up to Rs. 75,000/-, against bills, together with rent for a company guest house for your first
            thirty days.""")),
        ("heading", "4. Probation and confirmation"),
        ("para", P("""
            You will be on probation for six months from the date of joining. On satisfactory completion, your
            confirmation will be communicated to you in writing. During probation either side may end the
            employment by giving 30 days' notice or salary in lieu.""")),
        ("heading", "5. Working hours"),
        ("para", P("""
            The general shift at the works is from 8.30 a.m. to 5.00 p.m., Monday to Saturday, with a lunch
            break of 30 minutes. As Plant Manager you are responsible for the plant round the clock and will
            be available for emergencies outside these hours. You are not eligible for overtime.""")),
        ("heading", "6. Leave and holidays"),
        ("para", P("""
            You will be entitled to 18 days of privilege leave and 8 days of casual leave in each calendar
            year, credited pro rata in the year of joining, and 7 days of sick leave. The works observes 10
            paid festival and national holidays as per the holiday list issued each January.""")),
        ("heading", "7. Benefits"),
        ("para", P("""
            You and your family (spouse, two children and dependent parents) will be covered under the
            Company's group mediclaim policy for a sum insured of Rs. 5,00,000/- per year. You will also be
            covered by group term life insurance of three times your annual fixed pay and group personal
            accident insurance. The company bus service from Vadodara city to the Nandesari works is
            available to you free of charge.""")),
        ("heading", "8. Service bond"),
        ("para", P("""
            As the Company will invest in your training in process safety management at its technology
            partner's plant in Germany, you will execute a service bond on the stamp paper provided, under
            which you agree to serve the Company for a minimum of 24 months from the date of joining. If you
            leave before completing 24 months, you will pay the Company Rs. 3,00,000/- as liquidated
            damages.""")),
        ("heading", "9. Notice and termination"),
        ("para", P("""
            After confirmation, you may resign by giving 90 days' notice in writing. The Company may end your
            employment by giving you 60 days' notice in writing or basic salary in lieu of notice. Notice pay
            cannot be set off against leave balance without the approval of the Director - Operations. The
            Company may terminate your services without notice for misconduct as defined in the Certified
            Standing Orders.""")),
        ("heading", "10. Confidentiality and intellectual property"),
        ("para", P("""
            You will keep strictly confidential all process technology, formulations, batch records,
            customer information and commercial terms of the Company, during your employment and after it.
            Any process improvement, invention or know-how developed by you during your employment shall be
            the exclusive property of the Company, and you shall execute any documents required to record
            this.""")),
        ("heading", "11. Non-competition and non-solicitation"),
        ("para", P("""
            For twelve months after leaving the Company, you shall not take up employment with any
            manufacturer of agrochemical or pharmaceutical intermediates in Gujarat that competes with the
            Company. For eighteen months after leaving, you shall not induce any employee of the Company to
            leave it or approach any customer of the Company for competing business.""")),
        ("heading", "12. Other conditions"),
        ("para", P("""
            This appointment is subject to your being found medically fit by the Company's medical officer, to
            satisfactory background verification through our agency, and to verification of your original
            educational certificates. You will be a whole-time employee and shall not take up any other work,
            paid or honorary, while in the Company's service.""")),
        ("heading", "13. Disputes"),
        ("para", P("""
            Any dispute arising out of this appointment shall be referred to a sole arbitrator appointed by
            the Managing Director under the Arbitration and Conciliation Act, 1996, and the seat of
            arbitration shall be Vadodara. Subject to this, the courts at Vadodara alone shall have
            jurisdiction.""")),
        ("heading", "14. Acceptance"),
        ("para", P("""
            Please sign the duplicate copy of this letter and of Annexures A and B in token of your acceptance
            and return it to us within seven days of the date of this letter, failing which this offer shall
            stand withdrawn.""")),
        ("lines", ["Yours faithfully,", "For Vishwamitri Speciality Chemicals Pvt. Ltd.", "", "",
                   "Rupal Mehta-Shah", "General Manager - Human Resources", "",
                   "Encl.: Annexure A (CTC break-up), Annexure B (Service bond terms), Annexure C (Documents)"]),
        ("pagebreak",),
        ("title", "ANNEXURE A - COMPENSATION STRUCTURE"),
        ("kv", [("Name", "Mr. Kunal Dineshbhai Trivedi"), ("Designation", "Plant Manager"),
                ("Grade", "M6"), ("Location", "Nandesari Works, Vadodara")]),
        ("table", [["Component", "Monthly (Rs.)", "Annual (Rs.)"],
                   ["Basic Salary", "90,000", "10,80,000"],
                   ["House Rent Allowance", "45,000", "5,40,000"],
                   ["Special Allowance", "62,200", "7,46,400"],
                   ["Leave Travel Allowance", "7,500", "90,000"],
                   ["Medical Allowance", "1,250", "15,000"],
                   ["Gross Salary (A)", "2,05,950", "24,71,400"],
                   ["Employer's PF Contribution (12% of Basic)", "10,800", "1,29,600"],
                   ["Gratuity (4.81% of Basic)", "4,329", "51,948"],
                   ["Retirals (B)", "15,129", "1,81,548"],
                   ["Fixed Pay (A + B)", "2,21,079", "26,52,948"],
                   ["Annual Variable Pay (at 100%)", "-", "5,87,052"],
                   ["Total Cost to Company", "-", "32,40,000"]], True),
        ("para", P("""
            Notes: (1) Variable pay is paid between 0% and 100% of the amount shown, depending on plant
            safety, output and cost targets and your individual rating. (2) The joining bonus and the
            mediclaim premium are in addition to the CTC. (3) Tax is deducted as per the regime you
            choose.""")),
        ("title", "ANNEXURE B - SERVICE BOND (SUMMARY OF TERMS)"),
        ("bullets", [
            "Bond period: 24 months from the date of joining.",
            "Amount payable on leaving before the end of the bond period: Rs. 3,00,000/-.",
            "The bond is executed on non-judicial stamp paper of Rs. 300 and witnessed by two persons.",
            "The bond lapses if the Company terminates your employment other than for misconduct.",
        ]),
        ("title", "ANNEXURE C - DOCUMENTS TO BE SUBMITTED ON JOINING"),
        ("bullets", [
            "Relieving letter and last three salary slips from your present employer.",
            "Original and photocopies of degree certificates and mark sheets.",
            "PAN card, Aadhaar card and four passport-size photographs.",
            "Bank account details with a cancelled cheque, and your UAN for provident fund transfer.",
        ]),
    ],
)


# 9. Canada (Alberta, Edmonton): a project engineer's employment agreement, DOCX (about 5
#    pages) with a summary table. Traps: vacation in weeks rising with service; paid personal
#    days; hours from times with a lunch; overtime excluded under the professional exemption;
#    termination notice from the Employment Standards Code by service (one week in the first
#    two years) beside two weeks from the employee; a 90-day probation with no notice in it;
#    a relocation allowance with an amount, not repayable; an RRSP match; hybrid days; a
#    12-month non-solicit and no non-compete; an acceptance date with a time.
letter(
    "ca-ab-edmonton-project-engineer-employment-agreement", "docx", datetime(2027, 7, 26, 13, 0),
    "Employment Agreement - Priya Sandhu-Lachance", "Whitemud Ridge Engineering Ltd.",
    paper="Letter",
    blocks=[
        ("head", "Whitemud Ridge Engineering Ltd.", "Suite 1200, 10235 Jasper Avenue NW, Edmonton, Alberta T5J 0X2"),
        ("lines", ["July 26, 2027", "", "Priya Sandhu-Lachance", "418 Ermineskin Crescent", "Saskatoon, Saskatchewan S7K 3M4"]),
        ("para", "Dear Priya,"),
        ("para", P("""
            We are pleased to confirm our offer of employment as Project Engineer, Pipeline Integrity, with
            Whitemud Ridge Engineering Ltd. ("Whitemud Ridge" or the "Company"). This letter and the attached
            terms form your employment agreement. A summary of the main terms is below; the full terms
            follow it.""")),
        ("table", [["Term", "Summary"],
                   ["Position", "Project Engineer, Pipeline Integrity"],
                   ["Start date", "Monday, August 16, 2027"],
                   ["Work location", "Edmonton office, with two home-office days a week"],
                   ["Annual salary", "$104,000, paid bi-weekly"],
                   ["Vacation", "Three weeks a year; four weeks from your fifth anniversary"],
                   ["Personal days", "Six paid personal days a year"],
                   ["Probation", "90 days"],
                   ["Relocation", "$6,000 taxable allowance"]], True),
        ("heading", "1. Position and duties"),
        ("para", P("""
            You will report to the Manager, Integrity Engineering, and will lead integrity assessments,
            in-line inspection reviews and dig programs for our midstream clients in Alberta and
            Saskatchewan. This is a full-time, permanent position. You must hold, or obtain within six
            months of your start date, registration as a Professional Engineer with APEGA, and the Company
            will pay your annual dues.""")),
        ("heading", "2. Start date and work location"),
        ("para", P("""
            Your employment will start on the start date shown above. You will work from our office on Jasper
            Avenue in Edmonton on Monday, Wednesday and Thursday, and may work from home on Tuesday and
            Friday, unless field work, client meetings or project needs require you in the office or on
            site. Field work may involve overnight stays.""")),
        ("heading", "3. Hours of work and overtime"),
        ("para", P("""
            Office hours are 8:00 a.m. to 4:30 p.m., Monday to Friday, with a thirty-minute unpaid lunch.
            As a professional engineer you are exempt from the overtime provisions of the Alberta Employment
            Standards Code, and your salary covers all hours you work. Extra hours in the field may be
            recognized with time off at your manager's discretion.""")),
        ("heading", "4. Salary"),
        ("para", P("""
            Your salary is $104,000 per year, paid by direct deposit every second Friday. Salaries are
            reviewed each January; your first review will be in January 2029. The salary range for the
            position is $92,000 to $118,000.""")),
        ("heading", "5. Relocation"),
        ("para", P("""
            To help you move from Saskatoon, we will pay you a relocation allowance of $6,000, less
            withholdings, with your first pay. You do not have to repay it if you leave.""")),
        ("heading", "6. Vacation and personal days"),
        ("para", P("""
            You will earn three weeks of paid vacation a year, increasing to four weeks a year from your fifth
            service anniversary. Vacation pay is included in your salary while you take the time off. You
            will also receive six paid personal days each year, which you may use for illness, medical
            appointments or family responsibilities. Statutory holidays are paid in addition.""")),
        ("heading", "7. Benefits"),
        ("para", P("""
            You are eligible for the Company's group benefits plan from your first day: extended health care,
            dental, vision, basic life and accidental death and dismemberment insurance, short- and
            long-term disability, and an employee and family assistance program. The Company matches your
            contributions to the group RRSP dollar for dollar up to 5% of your salary. You will also have a
            professional development budget of $2,000 a year for courses and conferences.""")),
        ("heading", "8. Probation"),
        ("para", P("""
            Your first 90 days are a probationary period. As the Employment Standards Code allows, the
            Company may end your employment during probation without notice or pay in lieu.""")),
        ("heading", "9. Ending employment"),
        ("para", P("""
            9.1 Resignation. If you decide to resign, please give us two weeks' written notice so that your
            projects can be handed over.""")),
        ("para", P("""
            9.2 Termination without cause. After probation, the Company may end your employment without cause
            by giving you written notice, or pay in lieu of notice, equal to the notice required by the
            Employment Standards Code, which is one week if you have been employed for more than 90 days
            but less than two years, two weeks for two to four years, four weeks for four to six years, five
            weeks for six to eight years, six weeks for eight to ten years, and eight weeks for ten years
            or more. You agree that this notice, together with any other payments the Code requires, is all
            you are entitled to, and that you will have no further claim for notice at common law.""")),
        ("para", P("""
            9.3 Termination for cause. The Company may end your employment for just cause at any time
            without notice or pay in lieu.""")),
        ("heading", "10. Confidentiality and intellectual property"),
        ("para", P("""
            Before you start you will sign our Confidentiality and Intellectual Property Agreement. In it you
            agree to keep client data and the Company's methods confidential during and after your
            employment, and that reports, software, calculation tools and other work you create in your
            employment belong to the Company.""")),
        ("heading", "11. Non-solicitation"),
        ("para", P("""
            For twelve months after your employment ends, you will not solicit any client you worked for in
            your last year with us to move integrity engineering work away from the Company, and you will
            not solicit any of our employees to leave. The Company does not ask you to agree not to
            work for a competitor.""")),
        ("heading", "12. Conditions"),
        ("para", P("""
            This offer is conditional on satisfactory reference checks and a criminal record check, and on
            your signing the Confidentiality and Intellectual Property Agreement.""")),
        ("heading", "13. Expenses and field work"),
        ("para", P("""
            The Company will reimburse reasonable travel, meal and accommodation costs for field work and
            client visits under its expense policy. When you use your own vehicle for Company business you
            will be paid the per-kilometre rate in the policy, and you must carry business-use insurance.
            A Company truck is available for longer field trips.""")),
        ("heading", "14. Safety"),
        ("para", P("""
            Our health and safety program follows the Alberta Occupational Health and Safety Act and our
            clients' site rules. You will complete H2S Alive, Standard First Aid and Ground Disturbance Level
            II training in your first three months, at the Company's cost and on paid time.""")),
        ("heading", "15. Company property"),
        ("para", P("""
            Your laptop, phone, software licences and field equipment belong to the Company. You will return
            them, together with all client documents and data, on your last day or earlier if asked.""")),
        ("heading", "16. Outside activities"),
        ("para", P("""
            You may take part in professional, volunteer and community activities, but you must not do paid
            engineering work for anyone else, or work that competes with the Company, while you are employed
            by us, and you must disclose any conflict of interest to your manager.""")),
        ("heading", "17. Professional obligations"),
        ("para", P("""
            You are expected to practise in line with the APEGA Code of Ethics and the Company's quality
            management system. If an instruction would require you to act against that code, you should
            raise it with the Vice President, Engineering, and you will not be disciplined for doing so in
            good faith.""")),
        ("heading", "18. Privacy"),
        ("para", P("""
            The Company collects and uses your personal information to administer your employment and
            benefits, in accordance with Alberta's Personal Information Protection Act and our privacy
            policy.""")),
        ("heading", "19. General"),
        ("para", P("""
            This agreement is governed by the laws of the Province of Alberta and the federal laws of Canada
            that apply there. It replaces any earlier discussions about your employment.""")),
        ("para", P("""
            Please confirm your acceptance by signing below and returning a copy to me by 5:00 p.m. Mountain
            Time on Monday, August 2, 2027. We look forward to having you on the team.""")),
        ("lines", ["Sincerely,", "", "Douglas Ferreira-MacLeod", "Vice President, Engineering",
                   "Whitemud Ridge Engineering Ltd.", "",
                   "Accepted and agreed:", "", "_____________________________   Date: _______________",
                   "Priya Sandhu-Lachance"]),
    ],
)


# 10. South Africa (KwaZulu-Natal, Durban): a key account executive's contract, TXT (about 4
#     pages). Traps: a monthly basic salary beside a total cost-to-company figure and a
#     cellphone allowance; "on the 25th" (or the last working day before it); hours from times
#     less a lunch hour; overtime excluded above the BCEA earnings threshold; 20 working days'
#     leave "exclusive of public holidays"; 12 days' sick leave a year; a 13th cheque and a
#     commission plan beside an annual bonus capped at one month's basic; provident fund 7.5% of
#     basic; probation with a week's notice; a calendar month each side after it; a 12-month
#     restraint of trade beside an 18-month client non-solicitation; South African law.
letter(
    "za-kzn-durban-key-account-executive-contract", "txt", datetime(2027, 8, 9, 10, 0),
    "Contract of Employment - Key Account Executive", "Maydon Quay Freight Solutions (Pty) Ltd",
    blocks=[
        ("head", "MAYDON QUAY FREIGHT SOLUTIONS (PTY) LTD", "Reg. No. 2011/084417/07  |  3rd Floor, 41 Margaret Mncadi Avenue, Durban, 4001  |  Tel 031 000 0000"),
        ("title", "Contract of Employment"),
        ("kv", [("Employer", "Maydon Quay Freight Solutions (Pty) Ltd (\"the Company\")"),
                ("Employee", "Thandeka Mthembu-Naidoo (\"the Employee\")"),
                ("Identity number", "On file"),
                ("Date", "9 August 2027")]),
        ("heading", "1. APPOINTMENT"),
        ("para", P("""
            1.1 The Company appoints the Employee as Key Account Executive in its Sales Division, and the
            Employee accepts the appointment, on the terms in this contract.""")),
        ("para", P("""
            1.2 The appointment is permanent and full-time and begins on 1 September 2027 (the "Commencement
            Date"). The Employee's service with any previous employer does not count as service with the
            Company.""")),
        ("para", P("""
            1.3 The Employee will report to the Sales Manager: KwaZulu-Natal and will manage and grow a
            portfolio of import and export customers, including shipping lines' direct clients, for sea
            freight, customs clearing and road transport.""")),
        ("heading", "2. PROBATION"),
        ("para", P("""
            2.1 The first three months of employment are probationary, in accordance with item 8 of the Code
            of Good Practice: Dismissal. During probation either party may end this contract on one week's
            written notice. The Company may extend probation once, by up to three months, after a review
            meeting.""")),
        ("heading", "3. PLACE OF WORK"),
        ("para", P("""
            3.1 The Employee's place of work is the Company's offices in Durban. The Employee will visit
            customers throughout the greater eThekwini area and at the Port of Durban, and from time to time
            in Pietermaritzburg and Richards Bay.""")),
        ("heading", "4. REMUNERATION"),
        ("para", P("""
            4.1 The Employee's basic salary is R38,500.00 (thirty-eight thousand five hundred rand) gross per
            month. With the Company's contributions to the provident fund and medical aid described in
            clause 7, the Employee's total cost to company is R45,262.50 per month.""")),
        ("para", P("""
            4.2 Salaries are paid by electronic transfer on the 25th day of each month, or on the last working
            day before it if the 25th falls on a weekend or public holiday. PAYE, UIF and any other
            deductions required by law or agreed in writing are deducted.""")),
        ("para", P("""
            4.3 The Company will pay a cellphone allowance of R800.00 per month, which is taxable and does not
            form part of the basic salary.""")),
        ("para", P("""
            4.4 The Employee will receive a 13th cheque equal to one month's basic salary in December of each
            year, pro rata in the first year of employment.""")),
        ("heading", "5. COMMISSION AND BONUS"),
        ("para", P("""
            5.1 The Employee participates in the Sales Commission Scheme, under which commission is paid
            monthly on the gross profit of new business booked, at the rates in the scheme rules for each
            financial year.""")),
        ("para", P("""
            5.2 In addition, the Company may pay an annual performance bonus of up to one month's basic salary
            if the Employee meets the retention and customer satisfaction targets agreed at the start of
            the financial year. The bonus is discretionary.""")),
        ("heading", "6. HOURS OF WORK"),
        ("para", P("""
            6.1 The Employee's normal hours of work are 08:00 to 17:00, Monday to Friday, with a one-hour
            lunch break. The Employee may be required to attend customer functions and to answer urgent
            customer calls outside these hours.""")),
        ("para", P("""
            6.2 Because the Employee earns more than the threshold determined by the Minister under section
            6(3) of the Basic Conditions of Employment Act, 1997 (the "BCEA"), the overtime provisions of the
            BCEA do not apply, and no overtime is paid.""")),
        ("heading", "7. BENEFITS"),
        ("para", P("""
            7.1 Provident fund. Membership of the Maydon Quay Provident Fund is compulsory. The Company
            contributes 7.5% of basic salary and the Employee contributes 7.5% of basic salary each month.
            The fund provides group life cover of three times annual basic salary and disability income
            cover.""")),
        ("para", P("""
            7.2 Medical aid. The Company pays 50% of the Employee's contribution to its approved medical scheme,
            up to R4,000.00 per month, for the Employee and registered dependants.""")),
        ("heading", "8. LEAVE"),
        ("para", P("""
            8.1 Annual leave. The Employee is entitled to 20 working days' paid annual leave in each leave
            cycle of twelve months, exclusive of public holidays, to be taken at times agreed with the Sales
            Manager. Up to five days may be carried into the next cycle.""")),
        ("para", P("""
            8.2 Sick leave. The Employee is entitled to 12 days' paid sick leave in each year of employment.
            A medical certificate is required for absences of more than two consecutive days, or on more
            than two occasions in eight weeks.""")),
        ("para", P("""
            8.3 Family responsibility, maternity and parental leave. The Employee is entitled to family
            responsibility leave and to maternity or parental leave as set out in the BCEA. During maternity
            leave the Company pays the difference between the UIF benefit and the Employee's basic salary for
            the first two months.""")),
        ("heading", "9. TERMINATION"),
        ("para", P("""
            9.1 After probation, either party may end this contract by giving one calendar month's written
            notice. Notice may not be given during, or run concurrently with, annual leave.""")),
        ("para", P("""
            9.2 The Company may pay the Employee's basic salary in lieu of all or part of the notice period.
            Nothing in this clause affects the Company's right to dismiss summarily for serious misconduct
            after a fair hearing.""")),
        ("heading", "10. CONFIDENTIALITY"),
        ("para", P("""
            10.1 The Employee shall keep confidential, during employment and at all times afterwards, all
            information about the Company's customers, rates, margins, agents and systems, and shall return
            all Company documents and devices when the employment ends.""")),
        ("heading", "11. RESTRAINT OF TRADE"),
        ("para", P("""
            11.1 For 12 months after the employment ends, the Employee shall not be employed by, or have any
            interest in, a freight forwarding or customs clearing business operating in KwaZulu-Natal.""")),
        ("para", P("""
            11.2 For 18 months after the employment ends, the Employee shall not solicit or accept freight
            business from any customer whose account the Employee handled in the 12 months before leaving.""")),
        ("para", P("""
            11.3 The parties agree that the restraint is reasonable and necessary to protect the Company's
            customer connections, which the Employee will build at the Company's expense.""")),
        ("heading", "12. TRAVEL AND VEHICLE"),
        ("para", P("""
            12.1 The Employee must hold a valid driver's licence and use a roadworthy vehicle for customer
            visits. The Company pays a travel allowance of R5,500.00 per month, which is taxable and is not
            part of the basic salary, and the Employee must keep a logbook of business kilometres.""")),
        ("heading", "13. DUTIES AND CONDUCT"),
        ("para", P("""
            13.1 The Employee shall serve the Company diligently, follow its reasonable instructions and
            policies, including the anti-bribery, gifts and customs compliance policies, and shall not accept
            any commission or favour from a customer, shipping line or supplier.""")),
        ("para", P("""
            13.2 The Employee shall not, without the Company's written consent, take up any other paid work or
            hold an interest in any business that competes with or supplies the Company.""")),
        ("heading", "14. COMPANY PROPERTY AND PERSONAL INFORMATION"),
        ("para", P("""
            14.1 The laptop, cellphone and any other equipment issued to the Employee remain the property of
            the Company and must be returned on request or when employment ends.""")),
        ("para", P("""
            14.2 The Employee consents to the Company processing personal information about the Employee for
            employment purposes, in accordance with the Protection of Personal Information Act, 2013.""")),
        ("heading", "15. DEDUCTIONS"),
        ("para", P("""
            15.1 The Employee agrees in writing, as section 34 of the BCEA requires, that the Company may deduct
            from remuneration any amount the Employee owes it for loss or damage caused through the
            Employee's fault, after a fair procedure, and any amount owed for unreturned property.""")),
        ("heading", "16. CONDITIONS"),
        ("para", P("""
            16.1 This contract is subject to a satisfactory criminal record and credit check, verification of
            the Employee's matric and diploma certificates, and two satisfactory references.""")),
        ("heading", "17. DISCIPLINARY CODE AND GRIEVANCES"),
        ("para", P("""
            17.1 The Company's disciplinary code and grievance procedure apply to the Employee but are not
            part of this contract. Disputes about dismissal may be referred to the CCMA in terms of the
            Labour Relations Act, 1995.""")),
        ("heading", "18. GOVERNING LAW"),
        ("para", "18.1 This contract is governed by the laws of the Republic of South Africa."),
        ("lines", ["SIGNED at Durban on 9 August 2027.", "",
                   "For the Company: ____________________  Bongani Govender, Human Resources Manager", "",
                   "SIGNED at Durban on ____________ 2027.", "",
                   "Employee: ____________________  Thandeka Mthembu-Naidoo"]),
    ],
)


# 11. US (New Mexico, Albuquerque): a short hourly offer for a laboratory technician, PDF, no
#     letterhead: the employer is named only in the signature block. Traps: an hourly rate
#     with a weekend differential; "every other Thursday"; hours from times less an unpaid
#     half hour; time-and-a-half over 40; vacation in hours; New Mexico sick leave as an
#     accrual capped in hours; a deadline of five business days from the letter's date.
letter(
    "us-nm-albuquerque-lab-technician-hourly-offer", "pdf", datetime(2027, 7, 6, 16, 0),
    "Offer of employment", "Rio Puerco Analytical Services, LLC",
    font="Helvetica", size=10.5, paper="Letter",
    blocks=[
        ("lines", ["July 6, 2027", "", "Mateo Archuleta-Byrne", "1127 Girard Boulevard NE", "Albuquerque, NM 87106"]),
        ("para", "Dear Mateo,"),
        ("para", P("""
            Thanks for spending Friday afternoon with our inorganics team. We'd like you to join us as a
            Laboratory Technician II in the metals and wet chemistry section, reporting to Dr. Lucinda
            Montoya-Hart, Laboratory Supervisor. This is a full-time, non-exempt, hourly position.""")),
        ("para", P("""
            Start date and place. Your first day would be Monday, July 26, 2027. The job is done entirely on
            site at our laboratory on Jefferson Street NE in Albuquerque, New Mexico; sample preparation and
            instrument work can't be done from home.""")),
        ("para", P("""
            Pay. Your rate will be $23.40 per hour. When you work a weekend sample-receiving rotation, you
            earn an extra $1.25 per hour for those weekend hours. Payday is every other Thursday, by direct
            deposit.""")),
        ("para", P("""
            Schedule. Your regular shift is Monday through Friday, 6:30 a.m. to 3:00 p.m., with a 30-minute
            unpaid lunch. Because the position is non-exempt, hours over 40 in a workweek are paid at one
            and one-half times your regular rate, and all overtime must be approved by your supervisor in
            advance.""")),
        ("para", P("""
            Time off. You will earn 80 hours of vacation in your first year, accrued each pay period, and paid
            sick leave under the New Mexico Healthy Workplaces Act at one hour for every 30 hours worked, up
            to 64 hours a year. We also close for eight paid holidays.""")),
        ("para", P("""
            Benefits. You'll be eligible for medical, dental and vision coverage on the first of the month
            after you start. You may join our 401(k) plan right away, and we match 100% of what you put in up
            to 3% of your pay. After six months we reimburse tuition for approved chemistry courses up to
            $2,500 a year.""")),
        ("para", P("""
            Before you start. This offer depends on a negative drug screen, a background check, and the
            documents you bring on your first day to complete Form I-9. You'll also be asked to sign our
            data integrity and confidentiality acknowledgment, since client results must never leave the
            lab.""")),
        ("para", P("""
            Employment at will. Your employment will be at will, which means either you or we can end it at any
            time, with or without a reason or notice. This letter is governed by New Mexico law and is the
            whole of our offer.""")),
        ("para", P("""
            If you'd like to accept, sign below and e-mail a scan to me within five business days of the date
            of this letter. Call me at 505-000-0000 with any questions.""")),
        ("lines", ["Best regards,", "", "Gabriel Ortiz-Kaminski", "Operations and HR Manager",
                   "Rio Puerco Analytical Services, LLC", "", "Accepted: ______________________   Date: ____________"]),
    ],
)


# 12. US (Rhode Island, Providence): a short start-up offer for an account executive, DOCX with
#     a compensation table. Traps: base salary beside an on-target commission and an OTE total;
#     "the 15th and last day of each month"; options with a one-year cliff then monthly, the
#     count in one sentence and the schedule in the next; a signing bonus repayable within six
#     months; flexible (unlimited) time off beside a sick-time statute in hours; hybrid days; no
#     401(k) match (match null); an expiry with a time and a weekday.
letter(
    "us-ri-providence-account-executive-startup-offer", "docx", datetime(2027, 6, 8, 12, 0),
    "Offer letter - Account Executive", "Narragansett Loop Software, Inc.",
    paper="Letter",
    blocks=[
        ("head", "Narragansett Loop Software, Inc.", "Wexford Innovation Center, 225 Dyer Street, Providence, RI 02903"),
        ("lines", ["June 8, 2027", "", "Imogen Castellanos-Reid", "via e-mail"]),
        ("para", "Hi Imogen,"),
        ("para", P("""
            We're thrilled to offer you the position of Account Executive at Narragansett Loop Software, Inc.
            ("Loop"), selling our scheduling platform to mid-sized clinics across the Northeast. You'll report
            to Desmond Achebe-Walsh, our VP of Sales. This is a full-time, exempt role.""")),
        ("heading", "Where and when"),
        ("para", P("""
            We'd love you to start on Monday, June 28, 2027. The sales team sits together in our Providence
            office on Tuesdays and Thursdays; the rest of the week you can work from home.""")),
        ("heading", "Cash"),
        ("table", [["Component", "Annual amount"],
                   ["Base salary", "$78,000"],
                   ["Commission at 100% of quota", "$62,000"],
                   ["On-target earnings (OTE)", "$140,000"]], True),
        ("para", P("""
            Your base salary is paid on the 15th and last day of each month. Commission is paid monthly
            under the FY2028 sales compensation plan, which you'll receive with this letter; it's uncapped.
            You'll also get a $5,000 signing bonus in your first paycheck. If you leave Loop voluntarily
            within six months of your start date, you agree to pay the signing bonus back in full.""")),
        ("heading", "Equity"),
        ("para", P("""
            Subject to board approval, you'll be granted an option to buy 12,000 shares of Loop common stock at
            the fair market value on the grant date. The option vests over four years: 25% after your first
            year of service, and the remainder monthly over the next 36 months, as long as you keep working
            for Loop.""")),
        ("heading", "Time off and benefits"),
        ("para", P("""
            We have a flexible time off policy with no fixed number of vacation days; we ask that you plan
            time away with your manager. Separately, Rhode Island law gives you up to 40 hours of paid sick
            and safe leave a year. Loop pays 90% of the premiums for medical, dental and vision coverage for
            you and your dependents. You can contribute to our 401(k) plan, though we don't offer a company
            match right now. Everyone gets a $75 monthly wellness stipend and a RIPTA transit pass.""")),
        ("heading", "The fine print"),
        ("para", P("""
            Like everyone at Loop, you'll need to sign our Proprietary Information and Inventions Assignment
            Agreement, which covers keeping our information confidential and assigns to Loop what you create
            for us. This offer is also contingent on a background check and on proof of your eligibility to
            work in the U.S.""")),
        ("para", P("""
            Employment at Loop is at will: you or Loop may end it at any time, for any reason. Rhode Island law
            governs this letter.""")),
        ("para", P("""
            This offer expires at 5:00 p.m. Eastern on Friday, June 18, 2027. To accept, sign in DocuSign
            before then.""")),
        ("lines", ["Welcome aboard (we hope)!", "", "Farah Quinlan-Osei", "Co-founder & CEO", "",
                   "Accepted: ______________________   Date: ____________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
