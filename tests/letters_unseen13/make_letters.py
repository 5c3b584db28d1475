#!/usr/bin/env python3
"""Build the thirteenth held-out set under tests/letters_unseen13/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning, written in December 2026 to give an honest
figure again: by then the rules had been tuned on the dev corpus and on the earlier sets. These
were written blind: the writer read only the terms contract (/work/shared/eval/TERMS.md),
/work/shared/README.md, scripts/score_letters.py and tests/letters_scorer.py, the README files of
tests/letters_unseen .. tests/letters_unseen4 (for the jurisdictions and traps already used),
tests/blind_letters.py and tests/letters_unseen4/make_letters.py (for the format), one gold
file of the fourth set (for the YAML shape) and tests/test_letters.py; not rules/, not src/,
not the corpus, not the later sets, and offercheck was never run on these letters (the gold
quotes are checked against the texts below and against pypdfium2 / python-docx readings).
Do not tune rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen13/make_letters.py             # rewrite every letter
    python tests/letters_unseen13/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen13/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Every company, person, address and figure below is invented, and every sentence was written
for this set. The renderers are in tests/blind_letters.py (unchanged). Output is byte-for-byte
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

# 1. US (Michigan), auto-parts supplier, CFO offer of the SEC-exhibit kind: PDF, 3 pages, Letter.
#     Traps: "Base Salary" as a defined term; target bonus as a percent with a maximum beside it;
#     RSUs vesting in annual quarters (12-month cliff) plus a later performance grant; a signing
#     bonus repayable pro rata within a year; relocation amount; 12-month non-compete and
#     18-month non-solicit in a covenant section; severance (not notice); arbitration; expiry date.
letter(
    "us-mi-troy-chief-financial-officer-rsu", "pdf", datetime(2027, 2, 8, 9, 0),
    "Offer letter - Gwendolyn Asare-Whitcomb", "Oakland Axle Technologies, Inc.",
    font="DejaVuSerif", size=10, paper="Letter", footer="Exhibit 10.1",
    blocks=[
        ("head", "Oakland Axle Technologies, Inc.", "3100 West Big Beaver Road, Troy, Michigan 48084"),
        ("lines", ["February 8, 2027", "", "PERSONAL AND CONFIDENTIAL", "", "Ms. Gwendolyn Asare-Whitcomb",
                   "417 Lone Pine Court", "Bloomfield Hills, MI 48304"]),
        ("para", "Dear Gwendolyn:"),
        ("para", P("""
            On behalf of the Board of Directors (the "Board") of Oakland Axle Technologies, Inc. (the
            "Company"), I am delighted to confirm our offer for you to join the Company as Executive Vice
            President and Chief Financial Officer, reporting to me as Chief Executive Officer. The terms
            below will apply once you countersign this letter.""")),
        ("heading", "1. Commencement and Duties"),
        ("para", P("""
            Your employment will begin on March 15, 2027, or another date we agree in writing (the
            "Start Date"). You will be based at our corporate headquarters in Troy, Michigan, and you
            agree to devote your full business time and attention to the Company. With the Board's
            consent you may sit on one outside for-profit board.""")),
        ("heading", "2. Base Salary"),
        ("para", P("""
            The Company will pay you an annualized base salary of $410,000 (the "Base Salary"), payable
            in accordance with the Company's standard payroll practices, currently every other Friday,
            and subject to withholding. The Compensation Committee will review the Base Salary each year
            beginning in 2028. As an exempt executive you will not receive overtime pay.""")),
        ("heading", "3. Annual Incentive"),
        ("para", P("""
            Starting with fiscal year 2027 you will participate in the Company's Executive Annual
            Incentive Plan. Your target award will equal 65% of the Base Salary earned during the year,
            and the actual award may range from zero to 130% of that target depending on Company and
            individual results. Your 2027 award will not be prorated.""")),
        ("heading", "4. Equity"),
        ("para", P("""
            At the first regularly scheduled Compensation Committee meeting after the Start Date, you
            will receive a grant of 48,000 restricted stock units under the Oakland Axle Technologies
            2024 Omnibus Incentive Plan. The units will vest in four equal annual installments
            beginning on the first anniversary of the grant date, provided you remain employed on each
            vesting date. You will also be eligible for annual long-term incentive awards beginning in
            2028 on the same basis as other senior executives.""")),
        ("heading", "5. Sign-On Payment and Relocation"),
        ("para", P("""
            Within thirty days after the Start Date, the Company will pay you a one-time cash sign-on
            payment of $175,000. If you resign without Good Reason or are terminated for Cause before
            the first anniversary of the Start Date, you will repay a pro rata portion of that payment
            within sixty days of your last day.""")),
        ("para", P("""
            The Company will also reimburse your reasonable costs of moving your household from
            Charlotte, North Carolina to the Detroit area, up to a maximum of $60,000, and will provide
            temporary housing for up to ninety days.""")),
        ("heading", "6. Benefits and Vacation"),
        ("para", P("""
            You will be eligible to take part in the health, dental, vision, life and long-term
            disability plans we offer to senior executives, and in the Company's 401(k) Savings Plan,
            under which the Company currently matches 100% of the first 5% of eligible compensation that
            you defer. You will also be eligible for the executive deferred compensation plan. You will
            receive four weeks of paid vacation each calendar year in addition to Company holidays.""")),
        ("heading", "7. Severance"),
        ("para", P("""
            You will participate in the Company's Executive Severance Plan at the tier for executive vice
            presidents, which currently provides twelve months of Base Salary continuation if the Company
            ends your employment without Cause. Payments are conditioned on your signing and not revoking
            a release of claims.""")),
        ("heading", "8. Restrictive Covenants"),
        ("para", P("""
            As a condition of this offer you will sign the Company's Confidentiality, Inventions
            Assignment and Restrictive Covenant Agreement. Among other things, it provides that for twelve
            (12) months after your employment ends, for any reason, you will not work for or advise any
            business that supplies driveline or axle components to light-vehicle manufacturers in North
            America, and that for eighteen (18) months after that date you will not recruit or hire any
            Company employee or induce any customer to reduce its business with the Company. It also
            protects the Company's confidential information and assigns to the Company inventions you
            make during your employment.""")),
        ("heading", "9. Employment Relationship"),
        ("para", P("""
            This letter does not create a contract for a fixed term. You are free to resign, and the
            Company is free to let you go, whenever either of you decides, whether or not Cause exists,
            subject only to the severance provisions above.""")),
        ("heading", "10. Disputes and Governing Law"),
        ("para", P("""
            Any dispute arising out of this letter or your employment will be settled by confidential
            binding arbitration in Oakland County, Michigan, under the employment rules of the American
            Arbitration Association. This letter will be construed under the laws of the State of
            Michigan without regard to its conflict-of-laws rules.""")),
        ("heading", "11. Conditions"),
        ("para", P("""
            This offer depends on the completion of a background check satisfactory to the Company, on
            your providing documents that establish your eligibility to work in the United States, and on
            your confirmation that you are not bound by any agreement that would prevent you from serving
            in this role.""")),
        ("para", P("""
            Please indicate your acceptance by signing and returning this letter to me no later than
            February 19, 2027, after which this offer will expire.""")),
        ("lines", ["Sincerely,", "", "OAKLAND AXLE TECHNOLOGIES, INC.", "", "By: /s/ Lucian Oberholtzer",
                   "Lucian Oberholtzer, President and Chief Executive Officer", "",
                   "ACCEPTED AND AGREED:", "", "/s/ Gwendolyn Asare-Whitcomb", "Date: February 11, 2027"]),
    ],
)


# 2. US (Washington), seed-stage start-up, engineer offer filed later with an S-1: TXT, 2 pages.
#     Traps: the posted range required by Washington law beside the salary; options with a one-year
#     cliff then monthly; "within five (5) business days" would be ambiguous, so calendar days from the
#     letter date; unlimited PTO ("flexible, no set cap"); Washington paid sick leave accrual (hours,
#     no annual count); a non-solicit but no non-compete (not mentioned at all); no arbitration mention.
letter(
    "us-wa-bellevue-software-developer-startup-options", "txt", datetime(2027, 1, 26, 14, 0),
    "Offer letter - Tomasz Rydzewski", "Cascade Tidewater Robotics, Inc.",
    blocks=[
        ("head", "CASCADE TIDEWATER ROBOTICS, INC.", "10900 NE 8th Street, Suite 1550, Bellevue, WA 98004"),
        ("lines", ["January 26, 2027", "", "Tomasz Rydzewski", "Via email"]),
        ("para", "Re: Offer of Employment"),
        ("para", "Dear Tomasz,"),
        ("para", P("""
            Cascade Tidewater Robotics, Inc. (the "Company") is pleased to offer you employment as a
            Software Developer II on the Fleet Autonomy team, reporting to our VP of Engineering, Ingrid
            Solheim-Baptiste. We'd like you to start on Monday, March 1, 2027. This is a full-time, exempt
            position, and you will work from our Bellevue office at least three days each week, with the
            remaining days at home if you prefer.""")),
        ("para", P("""
            1. Cash. Washington law asks us to share the range we posted for this role, which was $148,000
            to $186,000 a year. Your annual base salary will be $171,000, paid semi-monthly on the Company's
            regular paydays and subject to required deductions. Because the role is exempt, you will not
            be paid overtime.""")),
        ("para", P("""
            2. Stock options. We will recommend that the Board grant you an option to buy 62,500 shares of
            the Company's common stock at the fair market value on the grant date, under the Company's 2025
            Stock Plan. Provided you are still providing services to the Company, 25% of the option shares
            will vest on the one-year anniversary of your vesting commencement date, and 1/48th of the
            total will vest each month thereafter, so that the option is fully vested after four years.
            The Plan and your option agreement will control.""")),
        ("para", P("""
            3. Benefits. You will be eligible for the Company's group medical, dental and vision plans,
            which we pay in full for employees, and a 401(k) plan with no Company match at this time.
            Vacation is flexible, with no set cap, and is taken with your manager's agreement. You will
            also accrue paid sick leave of at least one hour for each 40 hours you work, as Washington law
            requires. We provide an ORCA card for transit and parking at our building.""")),
        ("para", P("""
            4. Company policies and proprietary information. Like all employees, you must sign the
            Company's Proprietary Rights and Confidentiality Agreement as a condition of employment. It
            binds you to keep our non-public information secret, hands the Company ownership of the code
            and inventions you produce for us, and includes a promise not to solicit our employees for
            twelve months after you leave.""")),
        ("para", P("""
            5. At-will employment. Your job with the Company has no fixed duration. You may
            resign whenever you choose, and the Company may end the relationship whenever it chooses, with
            or without cause or advance notice. Only a written agreement signed by you and our CEO could
            change this.""")),
        ("para", P("""
            6. Verification. You will need to provide documentation of your identity and authorization to
            work in the United States within three business days after you start. This offer is also
            contingent on a satisfactory reference check.""")),
        ("para", P("""
            7. Entire agreement. This letter and the agreement referred to in section 4 are the full
            understanding between you and the Company on these subjects, and they are governed by the laws
            of the State of Washington.""")),
        ("para", P("""
            If these terms work for you, please sign and date this letter and return it to me. This offer
            will remain open for seven (7) days from the date of this letter.""")),
        ("lines", ["Very truly yours,", "", "Cascade Tidewater Robotics, Inc.", "", "/s/ Farhan Quddus-Levin",
                   "Farhan Quddus-Levin, Chief Executive Officer", "",
                   "Accepted and agreed: /s/ Tomasz Rydzewski    Date: January 28, 2027"]),
    ],
)


# 3. US (Georgia), specialty-foods company, VP Marketing offer (SEC exhibit): DOCX, 2 pages,
#     a key-terms table.
#     Traps: the table gives the starting salary and, in another row, the raise after the first
#     six months; a bonus stated as a target dollar amount; a 9-month non-compete inside the
#     covenants paragraph; a referral to a separate Georgia-law arbitration; vacation in days
#     beside floating holidays; a deadline with weekday and no year.
letter(
    "us-ga-alpharetta-vp-marketing-key-terms", "docx", datetime(2027, 3, 2, 10, 0),
    "Offer - Delphine Okonkwo-Marsh", "Sweetgum Pantry Brands, Inc.",
    blocks=[
        ("head", "Sweetgum Pantry Brands, Inc.", "2700 Old Milton Parkway, Alpharetta, Georgia 30009"),
        ("lines", ["March 2, 2027", "", "Delphine Okonkwo-Marsh", "88 Habersham Walk", "Roswell, GA 30075"]),
        ("para", "Dear Delphine,"),
        ("para", P("""
            We are excited to extend this offer for you to lead our consumer marketing group. The main
            terms are set out in the table below; the paragraphs that follow explain them.""")),
        ("table", [
            ["Term", "Offer"],
            ["Position", "Vice President, Marketing"],
            ["Reports to", "Chief Commercial Officer"],
            ["Work location", "Alpharetta headquarters; up to two remote days a week"],
            ["First day", "April 5, 2027"],
            ["Starting salary", "$215,000 per year, paid biweekly"],
            ["Salary after six months", "$228,000 per year, once the brand relaunch review is complete"],
            ["Annual bonus", "Target of $55,000, paid each March based on prior-year results"],
            ["Equity", "15,000 performance share units, 2027-2029 cycle (see below)"],
            ["Vacation", "20 days per year plus two floating holidays"],
        ], True),
        ("para", P("""
            Pay. The starting salary shown above is your base salary from your first day. Once the brand
            relaunch review is completed, expected about six months after you start, it will rise to the
            second figure in the table. You are classified as exempt.""")),
        ("para", P("""
            Performance share units. Subject to approval by the Compensation Committee, you will receive an
            award of performance share units that may be earned from 0% to 200% of the number shown
            depending on net sales growth over the three-year cycle, and that vest, if earned, when the
            cycle ends. The award agreement will govern.""")),
        ("para", P("""
            Benefits. Sweetgum offers medical, dental and vision coverage starting on the first of the month
            after you join, company-paid life insurance of two times salary, short- and long-term disability
            coverage, an employee stock purchase plan, and a 401(k) plan with a dollar-for-dollar match on
            the first 4% of pay you contribute. We will pay up to $25,000 toward your relocation from
            Nashville, which you must repay in full if you resign within twelve months of your first day.""")),
        ("para", P("""
            Covenants. You will be asked to sign our Restrictive Covenants Agreement. It requires you to keep
            our trade secrets and confidential information private, assigns to Sweetgum the marketing
            materials and other work you create, and provides that for nine months after your employment
            ends you will not take a marketing leadership role with a competing packaged-snack or baking-mix
            company in the United States. For the same nine months you will not solicit our employees.""")),
        ("para", P("""
            At-will employment; disputes. Employment with Sweetgum is at will, which means either party may
            end it at any time for any reason. You and Sweetgum agree to resolve covered claims through
            individual arbitration under the Mutual Arbitration Agreement enclosed with this letter. This
            letter is governed by Georgia law.""")),
        ("para", P("""
            Contingencies. This offer is contingent on a background and credit check, a pre-employment drug
            screen, and completion of Form I-9.""")),
        ("para", P("""
            Please sign below by Friday, March 12 if you accept. We look forward to working with you.""")),
        ("lines", ["Sincerely,", "", "Rosalind Tebbetts-Huang", "Chief People Officer", "", "Agreed: ____________________   Date: ________"]),
    ],
)


# 4. US (Minnesota), medical-device maker, Chief Scientific Officer (a chemist) offer of the
#     SEC-exhibit kind: PDF, 2 pages.
#     Traps: the salary in words only; the bonus target in words as a percent; a statement that
#     there is NO non-compete (Minnesota law) beside a 12-month non-solicit; stock options vesting
#     annually in thirds; PTO under a "Time Away" heading in hours; no deadline; Minnesota law.
letter(
    "us-mn-maple-grove-chief-scientific-officer", "pdf", datetime(2027, 4, 14, 11, 0),
    "Offer letter - Dr. Anneliese Vuorinen", "Northstar Polymer Medical Corporation",
    font="DejaVuSans", size=10, paper="Letter", footer="Exhibit 10.3",
    blocks=[
        ("head", "NORTHSTAR POLYMER MEDICAL CORPORATION", "12800 Arbor Lakes Parkway, Maple Grove, Minnesota 55369"),
        ("lines", ["April 14, 2027", "", "Dr. Anneliese Vuorinen", "2206 Marshall Street NE", "Minneapolis, MN 55418"]),
        ("para", "Dear Anneliese:"),
        ("para", P("""
            I am pleased to set out the terms on which Northstar Polymer Medical Corporation ("Northstar")
            will employ you as its Chief Scientific Officer. You will lead our materials chemistry and
            coatings research groups and report to me.""")),
        ("para", P("""
            Start. We expect your employment to begin on May 17, 2027. Your office will be at our research
            campus in Maple Grove, Minnesota, and this is a full-time role.""")),
        ("para", P("""
            Compensation. Northstar will pay you a base salary at the annual rate of two hundred
            ninety-five thousand dollars, in equal installments on our regular semi-monthly paydays. Your
            performance will be reviewed annually. You will be eligible for an annual cash incentive with a
            target of fifty percent of base salary under the Management Incentive Plan, payable if the
            Board-approved goals are met.""")),
        ("para", P("""
            Equity. Management will recommend that the Compensation Committee grant you a non-qualified stock
            option to purchase 120,000 shares of Northstar common stock at the closing price on the grant
            date. One third of the option will vest on each of the first three anniversaries of the grant
            date.""")),
        ("para", P("""
            Time Away. You will accrue 200 hours of paid time off each year, which may be used for vacation,
            illness or personal matters, and Northstar observes nine paid holidays.""")),
        ("para", P("""
            Benefits. You may enroll in the medical, dental, life and disability insurance plans offered to
            Northstar executives, and in the Northstar 401(k) Plan, which matches half of your
            contributions up to 6% of pay. The plans' documents govern their terms.""")),
        ("para", P("""
            Protective covenants. Minnesota law does not permit covenants not to compete, and none is part of
            this offer. You will sign Northstar's Employee Confidentiality and Invention Agreement, which
            obliges you to protect confidential information, to assign inventions relating to Northstar's
            business, and not to solicit Northstar's employees or customers for twelve months after your
            employment ends.""")),
        ("para", P("""
            Nature of employment. Your employment is not for any definite term; either you or Northstar may
            terminate it at will, at any time. If Northstar terminates your employment other than for cause,
            you will receive severance equal to nine months of base salary under the terms of the
            Executive Severance Policy.""")),
        ("para", P("""
            Conditions. This offer is conditioned on satisfactory results of a background investigation and
            on your providing proof of identity and employment eligibility as federal law requires.""")),
        ("para", P("""
            This letter is governed by Minnesota law. Please sign below to show your acceptance.""")),
        ("lines", ["Sincerely,", "", "/s/ Joaquin Halvorsen-Reyes", "Joaquin Halvorsen-Reyes", "President and Chief Executive Officer", "",
                   "Accepted: /s/ Anneliese Vuorinen        Dated: April 20, 2027"]),
    ],
)


# 5. India (Madhya Pradesh), agri-inputs distributor, sales representative: DOCX, 3 pages, the
#     CTC break-up as a table in an annexure.
#     Traps: fixed CTC in lakh notation; a sales incentive "over and above" the CTC and an
#     on-target figure adding the two; a two-wheeler allowance per km; monthly gross in the table;
#     probation of six months with 15 days' notice during it; 30 days' notice from the employee vs one
#     month's salary in lieu from the company; PL + CL + SL; a deadline counted from receipt (no date).
letter(
    "in-mp-indore-sales-representative-incentive", "docx", datetime(2027, 1, 11, 10, 0),
    "Appointment letter - Harshvardhan Solanki", "Malwa Greenfield Agritech Pvt. Ltd.",
    blocks=[
        ("head", "Malwa Greenfield Agritech Pvt. Ltd.", "Plot 41, Sector C, Sanwer Road Industrial Area, Indore 452015, Madhya Pradesh"),
        ("lines", ["Ref. No.: MGA/HR/2027/014", "Date: 11.01.2027", "", "To,", "Mr. Harshvardhan Solanki",
                   "S/o Shri Ramkishore Solanki", "23, Sudama Nagar, Indore"]),
        ("para", "Subject: Offer of appointment as Sales Representative - Crop Nutrition"),
        ("para", "Dear Mr. Solanki,"),
        ("para", P("""
            We are pleased to appoint you as Sales Representative - Crop Nutrition in our Field Sales
            function. You will be headquartered at our Indore depot and will cover the dealers of Dhar and
            Jhabua districts. Please report for duty on 1st February 2027 at 9:30 a.m.""")),
        ("para", P("""
            1. Remuneration: Your fixed compensation will be Rs. 4.2 Lakh per annum (Rupees Four Lakh Twenty
            Thousand only) Cost to Company, as detailed in Annexure A. Salary is paid monthly by bank
            transfer on or before the 7th of the following month.""")),
        ("para", P("""
            2. Sales Incentive: Over and above the fixed CTC, you will be eligible for the Quarterly Sales
            Incentive Scheme. At 100% achievement of your annual collection target the incentive works out to
            Rs. 1,20,000 per year, taking your on-target earnings to Rs. 5,40,000. Incentive is not paid on
            sales below 70% of target.""")),
        ("para", P("""
            3. Travel: For field travel on your own two-wheeler you will be reimbursed at Rs. 3.50 per
            kilometre as per the approved tour plan, in addition to a daily allowance of Rs. 250 for days
            spent outside headquarters.""")),
        ("para", P("""
            4. Probation: You will be on probation for six months from the date of joining. During this time
            either side may end the employment by giving fifteen days' notice.""")),
        ("para", P("""
            5. Notice after confirmation: You shall give thirty (30) days' written notice of resignation. The
            Company may terminate your services by giving one month's notice or one month's gross salary in
            lieu of notice.""")),
        ("para", P("""
            6. Leave: You will be entitled to 15 days of privilege leave, 7 days of casual leave and 7 days of
            sick leave in a calendar year, in addition to the declared holidays of the Indore office.""")),
        ("para", P("""
            7. Working days: The field sales week runs from Monday to Saturday. Timings in the field will be
            as per the market plan.""")),
        ("para", P("""
            8. Confidentiality: You shall keep dealer price lists, scheme details and all other business
            information of the Company secret, both while employed and afterwards.""")),
        ("para", P("""
            9. Documents: This appointment is subject to verification of your educational certificates,
            two references from previous employers and a valid driving licence.""")),
        ("para", P("""
            Kindly sign the duplicate copy of this letter as your acceptance and return it to the HR
            department within 5 days of receiving it.""")),
        ("lines", ["For Malwa Greenfield Agritech Pvt. Ltd.", "", "Sunanda Bhargava", "Manager - HR & Admin"]),
        ("pagebreak",),
        ("title", "Annexure A - Compensation Structure"),
        ("para", "Name: Harshvardhan Solanki      Designation: Sales Representative - Crop Nutrition"),
        ("table", [
            ["Component", "Per month (Rs.)", "Per annum (Rs.)"],
            ["Basic", "14,000", "1,68,000"],
            ["House Rent Allowance", "5,600", "67,200"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "8,517", "1,02,204"],
            ["Gross Salary", "29,717", "3,56,604"],
            ["Employer PF (12% of Basic)", "1,680", "20,160"],
            ["Gratuity (4.81% of Basic)", "673", "8,076"],
            ["Group Mediclaim and Accident Cover", "-", "35,160"],
            ["Fixed CTC", "-", "4,20,000"],
        ], True),
        ("para", P("""
            The Group Mediclaim policy covers you, your spouse and two children up to Rs. 3,00,000. The
            sales incentive described in clause 2 is not included in the figures above.""")),
    ],
)


# 6. India (Tamil Nadu), speciality-chemicals maker, research chemist: PDF, 9 pages, ruled tables
#     (a CTC annexure, a leave table, a documents checklist), a letter and five annexures.
#     Traps: CTC in figures and words with a variable-pay row inside it (the bonus as an amount);
#     monthly gross in the table; hours from times less lunch; EL + CL with SL apart, in a table;
#     probation extendable; 90 days' notice from the employee vs 30 days' from the company, in
#     different annexures; a six-month non-compete and twelve-month non-solicit; a service
#     agreement for sponsored training in future (not clawback); a deadline by date in dd.mm.yyyy.
_CHEM_TERMS = [
    ("1. Appointment and place of work", """
        Your appointment is to the post of Research Chemist - Process Development in Grade R2. You
        will work at the Company's Research and Technology Centre at Kurichi, Coimbatore. The Company
        may transfer you to any of its plants or offices in India, and you will be given reasonable
        notice of any such transfer."""),
    ("2. Working hours", """
        The Research and Technology Centre works from Monday to Friday, 8:30 a.m. to 5:30 p.m., with a
        lunch interval of one hour from 12:30 p.m. Laboratory staff may be asked to attend on a Saturday
        to complete a running batch, and a compensatory day off will be granted for such attendance. As
        a member of the management cadre you are not eligible for overtime wages."""),
    ("3. Remuneration", """
        Your remuneration is set out in Annexure I. Salary is credited to your bank account on the last
        working day of each month after statutory deductions, including income tax at source and your
        own contribution to the Provident Fund. Salary revisions take place in April every year on the
        basis of performance appraisal; your first revision will be due in April 2028."""),
    ("4. Variable pay", """
        The variable pay shown in Annexure I is paid once a year, after the annual accounts are adopted,
        and depends on the Company's performance and your appraisal rating. The amount shown is the
        payout at full achievement; the actual amount may be lower or nil. You must be on the rolls on
        the date of payment to receive it."""),
    ("5. Probation and confirmation", """
        You will be on probation for six months from your date of joining. The Company may extend the
        probation by a further period of up to three months. Unless confirmed in writing, you will
        continue to be on probation. During probation, your services may be terminated by either party
        with seven days' notice."""),
    ("6. Retirement benefits", """
        You will be a member of the Employees' Provident Fund, to which the Company contributes 12% of
        your basic salary, and you will be covered by the Payment of Gratuity Act, 1972. Both are
        included in your CTC."""),
    ("7. Insurance", """
        You and your dependants (spouse, two children and parents) will be covered under the Group
        Mediclaim Policy for a sum insured of Rs. 4,00,000 per year on a floater basis. You will also be
        covered under a group term life policy for three times your annual CTC and a group personal
        accident policy."""),
    ("8. Training", """
        If the Company nominates you for a sponsored course or overseas training costing more than
        Rs. 2,00,000, you will be required before the course to sign a separate service agreement
        setting out the period you will serve after completing it."""),
    ("9. Confidentiality and intellectual property", """
        All formulations, process parameters, analytical methods, laboratory notebooks and other
        technical or commercial information of the Company are confidential. You will not disclose any
        of it, during your employment or after it ends, except as your duties require. Any invention,
        improvement, process or know-how developed by you, alone or with others, in the course of your
        employment will belong to the Company absolutely, and you will sign all documents needed to
        record or protect the Company's rights in it, including patent applications."""),
    ("10. Restrictions after leaving", """
        For six months after you leave the Company, you will not take up employment with any
        manufacturer of textile auxiliaries or leather chemicals that competes with the Company in
        India. For twelve months after leaving, you will not induce any employee of the Company to
        resign, nor approach any customer of the Company for business in competing products."""),
    ("11. Separation after confirmation", """
        After confirmation, you may resign by giving ninety (90) days' notice in writing. The Company
        may, at its discretion, accept a shorter notice period, or allow you to pay basic salary in lieu
        of the unserved notice. The Company may terminate your employment after confirmation by giving
        you thirty (30) days' notice in writing or thirty days' gross salary in lieu of notice. No
        notice is required where the termination is for misconduct proved after an inquiry."""),
    ("12. Retirement age", """
        You will retire from the services of the Company on the last day of the month in which you
        complete fifty-eight years of age."""),
    ("13. General", """
        You will be governed by the Company's service rules and policies, as amended from time to time.
        This appointment is governed by the laws of India, and courts in Coimbatore alone will have
        jurisdiction over any dispute arising from it."""),
]

letter(
    "in-tn-coimbatore-research-chemist-annexures", "pdf", datetime(2027, 2, 10, 10, 30),
    "Letter of Appointment - Ms. Kavipriya Ramalingam", "Noyyal Speciality Chemicals Limited",
    font="DejaVuSerif", size=11, footer="Noyyal Speciality Chemicals Limited - Private and Confidential",
    blocks=[
        ("head", "Noyyal Speciality Chemicals Limited", "Regd. Office: 58, Avinashi Road, Peelamedu, Coimbatore 641004, Tamil Nadu"),
        ("lines", ["NSCL/HRD/APP/2027/031", "10.02.2027", "", "Ms. Kavipriya Ramalingam",
                   "14/7, Thiruvalluvar Street, Saibaba Colony", "Coimbatore 641011"]),
        ("title", "LETTER OF APPOINTMENT"),
        ("para", "Dear Ms. Kavipriya,"),
        ("para", P("""
            Further to your interviews with our Research and Technology Centre and the Human Resources
            department, we are happy to appoint you as Research Chemist - Process Development in the
            Textile Auxiliaries division of Noyyal Speciality Chemicals Limited (the "Company").""")),
        ("para", P("""
            Your annual Cost to Company will be Rs. 7,80,000/- (Rupees Seven Lakh Eighty Thousand only),
            including the variable pay, as shown in Annexure I. The other terms of your appointment are in
            Annexure II, and your leave entitlement is in Annexure III.""")),
        ("para", P("""
            We request you to join duty on or before 15.03.2027. On your date of joining, please report to
            the HR department at the Registered Office at 9:00 a.m. with the documents listed in Annexure
            IV. Your induction will include a two-day safety programme at our Perundurai plant, after which
            you will take up your position at the Research and Technology Centre.""")),
        ("para", P("""
            This offer is subject to your being found medically fit by the Company's medical officer, to
            satisfactory reports from your references, and to verification of your academic records. The
            Company reserves the right to withdraw it if any information you have furnished is found to be
            incorrect.""")),
        ("para", P("""
            Please sign the duplicate copy of this letter and the annexures, and the acceptance form at the
            end, and return them to us by 20.02.2027. If we do not hear from you by then, the offer will
            stand withdrawn.""")),
        ("para", "We welcome you to the Noyyal family and wish you a rewarding career with us."),
        ("lines", ["Yours sincerely,", "For Noyyal Speciality Chemicals Limited", "", "",
                   "V. Senthilnathan", "General Manager - Human Resources"]),
        ("pagebreak",),
        ("title", "ANNEXURE I - COMPENSATION"),
        ("para", "Name: Ms. Kavipriya Ramalingam. Designation: Research Chemist - Process Development. Grade: R2."),
        ("table", [
            ["Component", "Monthly (Rs.)", "Annual (Rs.)"],
            ["Basic Salary", "24,000", "2,88,000"],
            ["House Rent Allowance", "9,600", "1,15,200"],
            ["Leave Travel Allowance", "2,000", "24,000"],
            ["Special Allowance", "15,224", "1,82,688"],
            ["Gross Salary (A)", "50,824", "6,09,888"],
            ["Provident Fund - employer share", "2,880", "34,560"],
            ["Gratuity", "1,154", "13,848"],
            ["Medical insurance premium", "-", "21,704"],
            ["Fixed CTC (B)", "-", "6,80,000"],
            ["Annual Performance Pay, full payout (C)", "-", "1,00,000"],
            ["Total CTC (B + C)", "-", "7,80,000"],
        ], True),
        ("para", P("""
            Notes: (1) Income tax will be deducted at source as applicable. (2) Variable pay is governed by
            clause 4 of Annexure II. (3) The Leave Travel Allowance is paid in full in the month of your
            first claim each year on production of travel proof.""")),
        ("pagebreak",),
        ("title", "ANNEXURE II - TERMS AND CONDITIONS OF SERVICE"),
        *[item for heading, text in _CHEM_TERMS for item in (("heading", heading), ("para", P(text)))],
        ("pagebreak",),
        ("title", "ANNEXURE III - LEAVE AND HOLIDAYS"),
        ("para", P("""
            Leave is credited on a calendar-year basis and is prorated in the year of joining. The entitlements
            applicable to Grade R2 are:""")),
        ("table", [
            ["Type of leave", "Days per year", "Conditions"],
            ["Earned Leave", "18", "Accumulates up to 45 days"],
            ["Casual Leave", "7", "Not carried forward"],
            ["Sick Leave", "10", "Medical certificate for more than 2 days"],
            ["Maternity Leave", "182", "As per the Maternity Benefit Act"],
        ], True),
        ("para", P("""
            In addition, the Company declares 12 paid holidays each year, including the national holidays,
            Pongal and the other festival holidays notified by the Tamil Nadu Government.""")),
        ("pagebreak",),
        ("title", "ANNEXURE IV - DOCUMENTS TO BE SUBMITTED ON JOINING"),
        ("table", [
            ["No.", "Document", "Copies"],
            ["1", "Relieving letter from the previous employer", "1 original"],
            ["2", "Last three months' pay slips", "1 copy each"],
            ["3", "M.Sc. (Chemistry) degree and mark sheets", "Originals for verification"],
            ["4", "PAN card and Aadhaar card", "1 copy each"],
            ["5", "Passport-size photographs", "4"],
            ["6", "Cancelled cheque of salary account", "1"],
        ], True),
        ("pagebreak",),
        ("title", "ANNEXURE V - LABORATORY SAFETY UNDERTAKING"),
        ("para", P("""
            I undertake to follow the Company's laboratory safety manual, to wear the personal protective
            equipment issued to me in all designated areas, to record every experiment in a bound laboratory
            notebook that remains the Company's property, and to report every incident or near miss to my
            section head on the same day.""")),
        ("para", P("""
            I understand that breach of the safety manual is a serious matter that may lead to disciplinary
            action.""")),
        ("lines", ["Signature: ____________________", "Name: ____________________", "Date: ____________"]),
        ("pagebreak",),
        ("title", "ACCEPTANCE"),
        ("para", P("""
            I have read and understood the letter of appointment dated 10.02.2027 and its annexures, and I
            accept the appointment on the terms and conditions stated in them. I will join duty on
            ____________.""")),
        ("lines", ["Signature: ____________________", "Name: Kavipriya Ramalingam", "Place: ____________   Date: ____________"]),
    ],
)


# 7. Philippines (Davao), private hospital, staff nurse: a SCANNED PDF (image only), 1.5 pages.
#     Traps: no text layer; monthly basic with a meal/rice allowance and a night differential beside
#     it; "every 15th and 30th"; eight-hour shifts five days; probationary six months; 13th month pay;
#     vacation and sick leave separately; 30 days' notice from the employee only; no deadline.
letter(
    "ph-davao-staff-nurse-probationary-scan", "scan", datetime(2027, 3, 22, 9, 0),
    "Offer of Probationary Employment - Mary Grace Dumanjog", "Talomo Bay Medical Center, Inc.",
    blocks=[
        ("head", "TALOMO BAY MEDICAL CENTER, INC.", "J.P. Laurel Avenue, Bajada, Davao City 8000  |  Tel. (082) 000-0000"),
        ("lines", ["22 March 2027", "", "Ms. Mary Grace Dumanjog, RN", "Purok 5, Barangay Catalunan Grande", "Davao City"]),
        ("para", "Dear Ms. Dumanjog:"),
        ("para", P("""
            We are pleased to offer you probationary employment as Staff Nurse I assigned to the Medical-Surgical
            Ward of Talomo Bay Medical Center, Inc. (the "Hospital") in Davao City, effective 5 April 2027.""")),
        ("para", P("""
            Compensation. Your basic salary is Twenty-Six Thousand Five Hundred Pesos (PHP 26,500.00) a month.
            You will also receive a rice subsidy of PHP 2,000.00 a month and a night shift differential of 10%
            of your hourly rate for work between 10:00 p.m. and 6:00 a.m. Salaries are released every 15th and
            30th of the month through your payroll account.""")),
        ("para", P("""
            Schedule. You will work eight-hour shifts on a rotating schedule, five days a week. Work beyond
            your shift that is approved by the Chief Nurse is paid as overtime under the Labor Code.""")),
        ("para", P("""
            Probation. Your probationary period is six (6) months. You will be assessed against the standards
            for the Staff Nurse position, which were explained to you at your orientation and are attached.
            If you meet them, you will be made a regular employee.""")),
        ("para", P("""
            Leave and benefits. You will earn 12 days of vacation leave and 12 days of sick leave per year,
            usable after six months of service. You will receive 13th month pay in December, SSS, PhilHealth
            and Pag-IBIG coverage, free consultation and a 30% discount on hospital charges for you and your
            dependents, and a yearly uniform allowance.""")),
        ("para", P("""
            Training. The Hospital will send you to its basic IV therapy course at no cost to you.""")),
        ("para", P("""
            Confidentiality. You must keep all patient records and hospital information confidential in
            accordance with the Data Privacy Act and the Hospital's policies.""")),
        ("para", P("""
            Resignation. Should you decide to resign, you must give the Hospital written notice at least
            thirty (30) days before your intended last day.""")),
        ("para", P("""
            Requirements. Before your start date, please submit your PRC license, NBI clearance,
            pre-employment medical results and your Basic Life Support certificate.""")),
        ("para", "Kindly sign below to signify your acceptance."),
        ("lines", ["Very truly yours,", "", "Ma. Theresa Villaflor-Sarmiento", "HR Manager", "",
                   "Conforme: ______________________   Date: ____________", "Mary Grace Dumanjog"]),
    ],
)


# 8. UAE (Dubai), logistics group, HR business partner: TXT, 2 pages.
#     Traps: a limited (fixed-term) contract of two years; a monthly package table with basic,
#     housing, transport and other allowances and a gross total (basic is the salary); leave in
#     working days; an annual ticket; end-of-service gratuity; 60 days' notice each side after a
#     six-month probation with 14 days' notice in it; expiry by date.
letter(
    "ae-dubai-hr-business-partner-limited-contract", "txt", datetime(2027, 3, 1, 9, 0),
    "Offer of Employment - Rukhsana Qadri", "Jebel Crescent Logistics LLC",
    blocks=[
        ("head", "Jebel Crescent Logistics LLC", "Office 1204, Gate Avenue, DIFC area, P.O. Box 000000, Dubai, United Arab Emirates"),
        ("lines", ["Date: 1 March 2027", "", "Ms. Rukhsana Qadri", "Al Nahda 2, Dubai", "Nationality: Pakistani"]),
        ("title", "Offer of Employment"),
        ("para", "Dear Ms. Qadri,"),
        ("para", P("""
            Following your recent interviews, Jebel Crescent Logistics LLC (the "Company") is pleased to offer
            you the position of HR Business Partner - Operations on a limited-term employment contract, on the
            terms below. The Ministry of Human Resources and Emiratisation contract will reflect the same
            terms.""")),
        ("kv", [
            ("Position", "HR Business Partner - Operations"),
            ("Reporting to", "Head of People"),
            ("Work location", "Jebel Ali Free Zone South warehouse campus, Dubai"),
            ("Contract type", "Limited, two (2) years from the joining date"),
            ("Expected joining date", "5 April 2027"),
        ]),
        ("para", "Monthly remuneration (AED):"),
        ("table", [
            ["Element", "AED per month"],
            ["Basic salary", "17,500"],
            ["Housing allowance", "7,000"],
            ["Transport allowance", "2,000"],
            ["Other allowance", "1,500"],
            ["Total monthly gross", "28,000"],
        ], True),
        ("para", P("""
            Salary is paid monthly through the Wage Protection System by the last working day of the month.""")),
        ("para", P("""
            Working hours: Monday to Friday, 8:00 a.m. to 5:00 p.m., with one hour for lunch. Hours are reduced
            during Ramadan as the law provides.""")),
        ("para", P("""
            Annual leave: 22 working days of paid leave for each year of service, in addition to the official
            public holidays announced by the UAE Government. After each year of service you will receive an
            economy-class return air ticket to Karachi or its cash value.""")),
        ("para", P("""
            Medical: the Company provides health insurance for you, your spouse and up to two children under
            its group policy. Life and personal accident cover of 24 times basic monthly salary is also
            provided.""")),
        ("para", P("""
            Probation: six (6) months, during which either party may end the contract with fourteen days'
            written notice.""")),
        ("para", P("""
            Termination: after probation, either party may end the contract before its expiry by giving sixty
            (60) days' written notice. End-of-service gratuity will be paid according to the UAE Labour Law.""")),
        ("para", P("""
            Confidentiality: all employee records, salary data and Company information that you see in the
            course of your duties must be kept confidential during and after your employment.""")),
        ("para", P("""
            This offer is conditional upon successful completion of the UAE visa medical test, obtaining your
            employment visa and work permit, and submission of your degree certificate attested by the UAE
            Embassy and the Ministry of Foreign Affairs.""")),
        ("para", P("""
            This offer is governed by Federal Decree-Law No. 33 of 2021 on the Regulation of Labour Relations
            in the United Arab Emirates. It remains valid until 12 March 2027.""")),
        ("lines", ["For Jebel Crescent Logistics LLC", "", "Omar Fadhel Al Mazrouei", "Head of People", "",
                   "Accepted by: ____________________  Date: __________"]),
    ],
)


# 9. UK (Nottingham), housing association, part-time finance manager: DOCX, 3 pages, numbered
#     clauses.
#     Traps: part-time three days (22.5 hours); a full-time-equivalent salary beside the actual
#     pro-rata salary; "on the 28th"; holiday already prorated "plus" bank holidays on working days;
#     one office day a week (hybrid); three months from the employee vs one month from the employer;
#     probation with one week's notice; a 6% employer pension contribution (employee 4%); company
#     sick pay in weeks; no deadline (verbal acceptance already given).
letter(
    "uk-eng-nottingham-finance-manager-part-time", "docx", datetime(2027, 4, 6, 10, 0),
    "Offer of employment - Ruairi Pendlebury", "Trentside Homes Association Limited",
    blocks=[
        ("head", "Trentside Homes Association Limited", "Meadow Lane Court, 41 Canal Street, Nottingham NG1 7EH"),
        ("lines", ["6 April 2027", "", "Mr Ruairi Pendlebury", "12 Mapperley Rise", "Nottingham NG3 5AB"]),
        ("para", "Dear Ruairi,"),
        ("para", "Offer of employment: Finance Manager (Service Charges), part-time"),
        ("para", P("""
            Thank you for accepting our offer by telephone yesterday. I am writing to confirm the main terms of
            your appointment with Trentside Homes Association Limited ("Trentside"). Your contract of employment
            will be sent to you before you start.""")),
        ("para", P("""
            1. Start date. Your employment will begin on Monday 10 May 2027. No previous employment counts
            towards your continuous service.""")),
        ("para", P("""
            2. Hours. This is a part-time post of 22.5 hours a week, worked as three days of 7.5 hours. We have
            agreed that your working days will be Monday, Tuesday and Thursday.""")),
        ("para", P("""
            3. Place of work. Your contractual base is our office at Canal Street, Nottingham. You will be in the
            office on at least one of your working days each week and may work the others from home under our
            hybrid working policy.""")),
        ("para", P("""
            4. Salary. The full-time equivalent salary for this post is £51,500 per annum. As you will work 22.5
            of our standard 37.5 hours, your actual salary is £30,900 per annum, paid monthly in arrears by
            credit transfer on the 28th of each month. Any additional hours you are asked to work are
            recognised through time off in lieu rather than overtime payments.""")),
        ("para", P("""
            5. Annual leave. Your entitlement is 16.2 days a year, which is our full-time allowance of 27 days
            reduced in proportion to your hours, plus the bank holidays that fall on your working days. The
            holiday year runs from 1 April to 31 March.""")),
        ("para", P("""
            6. Sickness. After you complete probation you will qualify for occupational sick pay of four weeks at
            full pay and four weeks at half pay in any rolling twelve months. Before then you will receive
            Statutory Sick Pay if eligible.""")),
        ("para", P("""
            7. Pension. You will be enrolled in the Social Housing Pension Scheme defined contribution section.
            Trentside will contribute 6% of your pensionable salary and you will contribute 4%.""")),
        ("para", P("""
            8. Probation. The first six months of your employment are probationary. During that time, either of
            us may end your employment by giving one week's notice.""")),
        ("para", P("""
            9. Notice. Once you have passed probation, you must give Trentside three months' notice in writing if
            you wish to resign. Trentside will give you one month's notice, rising to one week for each complete
            year of service over four years.""")),
        ("para", P("""
            10. Other benefits. You will have access to our employee assistance programme, an eye-test voucher
            scheme and a cycle-to-work salary sacrifice arrangement. We will also pay for your CIMA membership
            subscription each year.""")),
        ("para", P("""
            11. Confidentiality. Tenants' personal and financial data, and Trentside's own financial
            information, must be kept confidential at all times.""")),
        ("para", P("""
            12. Pre-employment checks. This offer remains conditional on two satisfactory references, one from
            your current employer, on evidence of your right to work in the UK, and on a basic DBS check.""")),
        ("para", P("""
            13. Law. Your employment is governed by the law of England and Wales.""")),
        ("para", "We look forward to welcoming you to the finance team."),
        ("lines", ["Yours sincerely,", "", "Bethan Okafor-Lindqvist", "Director of Finance and Resources"]),
    ],
)


# 10. UK (Scotland, Aberdeen), fabrication yard, plant supervisor: PDF, 2 pages.
#     Traps: the employer named only in the letterhead ("the Company" everywhere else); salary per
#     annum beside a shift allowance percentage; an average weekly hours figure from a shift rota;
#     25 days plus 8 public holidays fixed by the Company; one month each side; a six-month
#     non-solicit; pension 5%; deadline with weekday and date; Scots law.
letter(
    "uk-sct-aberdeen-plant-supervisor-shifts", "pdf", datetime(2027, 3, 29, 8, 30),
    "Offer of Employment - Plant Supervisor", "Dee Estuary Fabrication Limited",
    font="DejaVuSans", size=10, footer="Registered in Scotland No. SC000000",
    blocks=[
        ("head", "Dee Estuary Fabrication Limited", "Greyhope Yard, Sinclair Road, Torry, Aberdeen AB11 9PR"),
        ("lines", ["29 March 2027", "", "Mr Callum Strachan-Ferrie", "7 Kincorth Circle", "Aberdeen AB12 5NR"]),
        ("para", "Dear Callum,"),
        ("para", P("""
            Following your interview with Alasdair Buchan and me on 24 March, I am delighted to offer you the
            position of Plant Supervisor in the Company's Heavy Fabrication Hall. This is a permanent, full-time
            position, and I hope you will accept it.""")),
        ("heading", "Start and place of work"),
        ("para", P("""
            Your start date will be Monday 3 May 2027. You will be based at the Company's Greyhope Yard in
            Aberdeen, although you may occasionally be asked to support work at customer sites in the north-east.""")),
        ("heading", "Hours"),
        ("para", P("""
            You will work the supervisors' rota of four 12-hour shifts (two days, two nights) followed by four
            days off, with paid breaks, which averages 42 hours per week over the eight-week cycle.""")),
        ("heading", "Salary"),
        ("para", P("""
            Your basic salary will be £47,250 per annum. In addition, you will receive a shift allowance of 15%
            of basic salary while you work the rota. Salary is paid monthly, on the 20th, directly into your bank
            account. Overtime is not paid to supervisory staff.""")),
        ("heading", "Holidays"),
        ("para", P("""
            25 days each holiday year, plus 8 public holidays on dates the Company sets each December. Holidays
            are booked through the rota so that the Hall always has a supervisor on shift.""")),
        ("heading", "Pension"),
        ("para", P("""
            You will be auto-enrolled in the Company's group personal pension, to which the Company pays 5% of
            basic salary if you pay at least 3%. Life cover of four times basic salary is provided through the
            pension scheme.""")),
        ("heading", "Probationary period"),
        ("para", P("""
            Your appointment is subject to a probationary period of six months, during which one week's notice
            applies on either side.""")),
        ("heading", "Notice"),
        ("para", P("""
            After the probationary period, one month on either side, or such longer period as the law requires
            once your service exceeds four years.""")),
        ("heading", "Restrictive Covenants"),
        ("para", P("""
            For six months after your employment ends, you must not entice away any employee of the Company with
            whom you worked in your last year, and you must never disclose the Company's confidential
            information, including tender prices and weld procedures.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is subject to a satisfactory pre-employment medical, including a drug and alcohol screen,
            proof of your right to work in the United Kingdom and a Basic Disclosure from Disclosure Scotland.""")),
        ("para", P("""
            A written statement of particulars will be issued on your first day. Your employment will be governed
            by the law of Scotland.""")),
        ("para", P("""
            Please confirm your acceptance by signing and returning the enclosed copy by Friday 9 April 2027.""")),
        ("lines", ["Yours sincerely,", "", "Morag Ingleby", "Operations Manager", "For and on behalf of the Company"]),
    ],
)


# 11. Canada (Saskatchewan), farm-equipment parts distributor, warehouse lead: DOCX, 2 pages.
#     Traps: the salary stated only per weekly pay period (no annual figure); hours from times less an
#     unpaid half hour; overtime paid after 8 in a day or 40 in a week; three weeks' vacation; the
#     employer's notice only "as required by The Saskatchewan Employment Act" (no number) vs two weeks
#     from the employee; group RRSP matched up to 4%; deadline by date.
letter(
    "ca-sk-saskatoon-warehouse-lead-weekly-pay", "docx", datetime(2027, 3, 15, 13, 0),
    "Offer - Warehouse Lead - Desmond Kwasniewski", "Prairie Hitch Parts Supply Ltd.",
    blocks=[
        ("head", "Prairie Hitch Parts Supply Ltd.", "3315 Millar Avenue, Saskatoon, Saskatchewan S7K 5Y2"),
        ("lines", ["March 15, 2027", "", "Desmond Kwasniewski", "214 Avenue P South", "Saskatoon, SK S7M 2W4"]),
        ("para", "Dear Desmond,"),
        ("para", P("""
            It is my pleasure to offer you the position of Warehouse Lead at Prairie Hitch Parts Supply Ltd. (the
            "Company"), reporting to the Distribution Centre Manager. You would be responsible for the receiving
            and shipping crews on day shift at our Millar Avenue distribution centre in Saskatoon.""")),
        ("heading", "Start date"),
        ("para", "Your first day will be Monday, April 12, 2027."),
        ("heading", "Pay"),
        ("para", P("""
            You will be paid a salary of $1,284.00 for each weekly pay period, by direct deposit every Friday for
            the week ending the previous Saturday. Your pay will be reviewed after your first twelve months.""")),
        ("heading", "Hours of work"),
        ("para", P("""
            Your regular shift is Monday to Friday, 6:30 a.m. to 3:00 p.m., with an unpaid thirty-minute meal
            break. Hours worked beyond eight in a day or forty in a week will be paid at one and one-half times
            your regular rate, as provincial law requires.""")),
        ("heading", "Vacation and holidays"),
        ("para", P("""
            You will receive three weeks of paid vacation each year, and the ten public holidays observed in
            Saskatchewan. After five years of service your vacation increases to four weeks.""")),
        ("heading", "Benefits"),
        ("para", P("""
            After three months you will be enrolled in the Company's group benefits plan, which includes
            extended health, dental, group life and accidental death insurance, and long-term disability. You may
            join the group RRSP, in which the Company matches your contributions up to 4% of your earnings. Safety
            boots are reimbursed up to $250 a year.""")),
        ("heading", "Probation"),
        ("para", P("""
            The first three months of your employment will be a probationary period.""")),
        ("heading", "Ending employment"),
        ("para", P("""
            If you decide to leave, we ask for two weeks' written notice. The Company may end your employment by
            giving you the notice, or pay in lieu of notice, required by The Saskatchewan Employment Act.""")),
        ("heading", "Confidential information"),
        ("para", P("""
            You agree not to share the Company's customer lists, pricing or supplier terms with anyone outside
            the Company, during or after your employment.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer depends on a clear criminal record check and on your holding a current forklift operator
            certificate, or obtaining one within your first thirty days.""")),
        ("para", P("""
            This letter is governed by the laws of the Province of Saskatchewan. To accept, please sign and
            return a copy to me by March 24, 2027.""")),
        ("lines", ["Best regards,", "", "Lorna Baptiste-Friesen", "Human Resources Manager", "Prairie Hitch Parts Supply Ltd.", "",
                   "I accept the offer as set out above.", "Signature: ____________________   Date: __________"]),
    ],
)


# 12. Australia (South Australia), wine-analysis laboratory, laboratory chemist: PDF (core
#     Helvetica), 1 page.
#     Traps: an hourly rate "plus superannuation" beside a weekly equivalent; 38 hours from times less
#     an unpaid lunch; overtime under the award; four weeks' annual leave plus personal/carer's leave;
#     fortnightly pay; probation six months; notice of four weeks from the employer vs two from the
#     employee; no deadline and no covenant beyond confidentiality.
letter(
    "au-sa-adelaide-laboratory-chemist-hourly", "pdf", datetime(2027, 5, 3, 9, 0),
    "Letter of Offer - Laboratory Chemist", "Onkaparinga Vintners Analytical Pty Ltd",
    font="Helvetica", size=10, footer="Onkaparinga Vintners Analytical Pty Ltd  ABN 00 000 000 000",
    blocks=[
        ("head", "Onkaparinga Vintners Analytical Pty Ltd", "22 Glynburn Road, Glynde SA 5070"),
        ("lines", ["3 May 2027", "", "Ms Priya Nandakumar-Holt", "5/18 Portrush Road", "Payneham SA 5070"]),
        ("para", "Dear Priya,"),
        ("title", "Letter of Offer - Laboratory Chemist"),
        ("para", P("""
            We are pleased to offer you full-time employment with Onkaparinga Vintners Analytical Pty Ltd ABN 00
            000 000 000 (OVA) as a Laboratory Chemist in our wine and spirits testing laboratory. Your employment
            will be covered by the Manufacturing and Associated Industries and Occupations Award 2020.""")),
        ("kv", [
            ("Commencement", "Monday 7 June 2027"),
            ("Location", "Glynde laboratory, Adelaide, South Australia"),
            ("Rate of pay", "$43.40 per hour, plus superannuation"),
            ("Ordinary hours", "38 per week"),
        ]),
        ("para", P("""
            Pay. At 38 ordinary hours your weekly pay will be $1,649.20 before tax. Wages are paid fortnightly
            into your nominated account. OVA will contribute superannuation at the Superannuation Guarantee rate,
            currently 12% of ordinary time earnings, to the fund you choose.""")),
        ("para", P("""
            Hours. Your ordinary hours are 7:30 am to 3:36 pm, Monday to Friday, with a 30-minute unpaid lunch
            break. During vintage (February to April) you may be asked to work additional hours, which will be
            paid at the overtime rates in the Award.""")),
        ("para", P("""
            Leave. You are entitled to four weeks' annual leave each year, ten days of paid personal/carer's leave
            and the other leave provided by the National Employment Standards, including paid family and domestic
            violence leave and long service leave under South Australian legislation. Public holidays are paid.""")),
        ("para", P("""
            Probation. The first six months are a probationary period. During it, either party may end the
            employment with one week's notice.""")),
        ("para", P("""
            Termination. After probation, OVA will give you four weeks' notice of termination, or payment in lieu,
            except in cases of serious misconduct. You are required to give OVA two weeks' notice of resignation.""")),
        ("para", P("""
            Confidentiality and results. Client samples, test results and method files are confidential. Methods,
            spreadsheets and reports you develop while employed belong to OVA.""")),
        ("para", P("""
            Conditions. This offer is subject to a satisfactory National Police Check and to your having the right
            to work in Australia.""")),
        ("para", P("""
            This offer is governed by the laws of South Australia. Please sign and return one copy of this letter
            to confirm your acceptance.""")),
        ("lines", ["Yours sincerely,", "", "Hamish Loveday-Tran", "Laboratory Manager", "", "Accepted: ____________________  Date: __________"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
