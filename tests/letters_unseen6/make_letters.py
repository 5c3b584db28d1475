#!/usr/bin/env python3
"""Build the sixth held-out set under tests/letters_unseen6/<id>/<id>.<ext> from the texts here.

Team-written executive offer letters and employment agreements in the drafting style of the
exhibits filed with the SEC (EDGAR) and their Canadian and English counterparts: recitals,
Articles and numbered Sections, defined terms ("Base Salary", "Cause", "Good Reason",
"Restricted Period", "Effective Date"), terms that end on an anniversary or renew
themselves, Compensation Committee reviews, target bonuses as a percent, option, RSU,
restricted-share and profits-interest grants with vesting described over several
sentences, severance, restrictive covenants in their own Article, arbitration, governing
law, exhibits and schedules.

By December 2026 the rules had been tuned on the dev corpus and on every earlier
team-written set, so none of them measures any more how the extractor does on a letter it
has never seen. These were written blind: without reading rules/, src/, the corpus or the
earlier sets' letters and gold (only the README files of tests/letters_unseen2, 3 and 4,
for the jurisdictions and traps already used, tests/letters_unseen4/make_letters.py for the
format, and one gold file of the fourth set for the YAML shape), and without running
offercheck on them: gold quotes are checked against the texts here and against the
documents as pypdfium2 and python-docx read them. Do not tune rules on them; once they have
been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen6/make_letters.py             # rewrite every letter
    python tests/letters_unseen6/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen6/make_letters.py --check     # rebuild in memory: fail if a
                                                             # committed file differs or a gold
                                                             # quote is not in the letter's text

Every company, person, address and figure below is invented, and every sentence was
written for this set (no clause is copied from a real agreement). The renderers are in
tests/blind_letters.py, shared with the third and fourth sets. Output is byte-for-byte
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

# 1. US (Minnesota), listed medical-device company: PDF, the long one (10+ pages, Letter).
#     Traps: the employer is named only in the preamble, as a defined term ("the Company");
#     Base Salary "payable in accordance with the Company's normal payroll practices" (no
#     frequency); a three-year term that renews itself (fixed_term false); at will despite the
#     Term; an inducement option whose cliff and monthly vesting are in the sentences after
#     the grant; sign-on and relocation repayable; 60 days' notice from the Executive vs 30
#     from the Company; severance that is not notice; Minnesota's ban on non-competes stated
#     in the covenants Article (non_compete present: false) beside an 18-month non-solicit;
#     JAMS arbitration; exhibits.
letter(
    "us-mn-eden-prairie-cfo-employment-agreement", "pdf", datetime(2027, 3, 15, 9, 0),
    "Employment Agreement - Chief Financial Officer", "Legal Department",
    font="DejaVuSerif", size=10.5, paper="Letter", footer="CFO Employment Agreement - Execution Version",
    blocks=[
        ("title", "EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This EMPLOYMENT AGREEMENT (this "Agreement") is made and entered into as of March 15, 2027, by and
            between Tamarack Valve Sciences, Inc., a Delaware corporation (the "Company"), and Rosalind
            Achebe-Strand ("Executive"). The Company and Executive are each referred to below as a "Party" and
            together as the "Parties".""")),
        ("title", "RECITALS"),
        ("para", P("""
            WHEREAS, the Company designs and sells implantable heart-valve systems and related delivery
            instruments, and its common stock is listed on the Nasdaq Global Select Market;""")),
        ("para", P("""
            WHEREAS, the Board of Directors of the Company (the "Board") has concluded that it is in the best
            interests of the Company and its stockholders to secure the services of Executive as the Company's
            principal financial officer, on the terms set out below; and""")),
        ("para", P("""
            WHEREAS, Executive wishes to accept that employment on those terms;""")),
        ("para", P("""
            NOW, THEREFORE, each Party, having received in the promises of the other a value it considers
            adequate, agrees as follows.""")),
        ("heading", "ARTICLE 1 - DEFINITIONS"),
        ("para", P("""
            1.1 Defined Terms. Capitalized words used in this Agreement have the meanings given to them in this
            Article 1 or where they first appear in quotation marks.""")),
        ("para", P("""
            (a) "Accrued Amounts" means (i) Base Salary earned but not yet paid through the Termination Date,
            (ii) any annual bonus for a fiscal year that ended before the Termination Date that has been
            determined but not yet paid, (iii) business expenses incurred but not yet reimbursed, and (iv) any
            vested benefits under the Company's employee benefit plans, which will be paid according to the terms
            of those plans.""")),
        ("para", P("""
            (b) "Cause" means any of the following, as determined by the Board in good faith: (i) Executive's
            willful and continued refusal to carry out the lawful directions of the Chief Executive Officer or the
            Board, after written notice describing the refusal and fifteen (15) days to correct it; (ii)
            Executive's conviction of, or plea of guilty or no contest to, a felony or any crime involving fraud
            or dishonesty; (iii) Executive's embezzlement or misappropriation of Company property; (iv) a
            material breach by Executive of Article 6 or of any written policy of the Company on securities
            trading, financial reporting or harassment; or (v) Executive's gross negligence or willful
            misconduct that causes, or is reasonably likely to cause, material harm to the Company.""")),
        ("para", P("""
            (c) "Code" means the Internal Revenue Code of 1986, as amended, and the regulations and guidance
            issued under it.""")),
        ("para", P("""
            (d) "Disability" means Executive's inability, because of a physical or mental condition, to perform
            the essential functions of Executive's position, with or without reasonable accommodation, for one
            hundred twenty (120) consecutive days or one hundred eighty (180) days in any twelve-month period,
            as determined by a physician selected by the Company and reasonably acceptable to Executive.""")),
        ("para", P("""
            (e) "Good Reason" means the occurrence of any of the following without Executive's written consent:
            (i) a material reduction in Executive's Base Salary or Target Bonus percentage, other than an
            across-the-board reduction of not more than ten percent (10%) that applies to all senior officers;
            (ii) a material diminution in Executive's authority, duties or responsibilities, including Executive
            ceasing to report directly to the Chief Executive Officer; (iii) relocation of Executive's principal
            place of employment by more than fifty (50) miles; or (iv) a material breach of this Agreement by the
            Company. Good Reason exists only if Executive gives the Company written notice of the condition within
            sixty (60) days after it first arises, the Company fails to cure the condition within thirty (30) days
            after receiving that notice, and Executive resigns within thirty (30) days after the cure period
            ends.""")),
        ("para", P("""
            (f) "Termination Date" means the last day of Executive's employment with the Company, whatever the
            reason for the termination.""")),
        ("heading", "ARTICLE 2 - EMPLOYMENT, DUTIES AND TERM"),
        ("para", P("""
            2.1 Position. The Company hereby employs Executive, and Executive accepts employment, as Chief
            Financial Officer of the Company, reporting to the Chief Executive Officer. Executive will have the
            duties, authority and responsibilities customarily held by the chief financial officer of a public
            company of similar size, together with such other duties consistent with that office as the Chief
            Executive Officer may assign from time to time.""")),
        ("para", P("""
            2.2 Commencement. Executive's employment under this Agreement will begin on April 5, 2027, or on such
            other date as the Parties agree in writing (the date on which it actually begins, the "Effective
            Date").""")),
        ("para", P("""
            2.3 Full Business Time. During the Term, Executive shall devote Executive's full business time,
            attention and skill to the business of the Company. With the prior written approval of the
            Nominating and Governance Committee, Executive may serve on the board of directors of one
            for-profit company that does not compete with the Company, and may take part in civic and charitable
            activities, so long as those activities do not interfere with Executive's duties here.""")),
        ("para", P("""
            2.4 Place of Performance. Executive's principal place of employment will be the Company's headquarters
            in Eden Prairie, Minnesota. Executive is expected to work from headquarters at least three (3) days in
            each week and may work remotely on the remaining business days, subject to business travel reasonably
            required by the position.""")),
        ("para", P("""
            2.5 Term. The initial term of this Agreement begins on the Effective Date and ends on the third
            anniversary of the Effective Date (the "Initial Term"). On that anniversary, and on each anniversary
            after it, the term will extend automatically for an additional period of one (1) year (each, a
            "Renewal Term") unless either Party gives the other written notice of non-renewal at least ninety (90)
            days before the date on which the term would otherwise extend. The Initial Term together with any
            Renewal Terms is the "Term". A notice of non-renewal given by the Company is not a termination without
            Cause unless Executive's employment in fact ends within the Term.""")),
        ("para", P("""
            2.6 Nature of Employment. Despite the Term, Executive's employment is not for any guaranteed period:
            either Party may end the employment relationship at any time and for any reason, with or without
            Cause or Good Reason, subject only to the notice requirements of Article 5 and to the payments that
            Article 5 provides. The relationship is, in that sense, an employment at will.""")),
        ("heading", "ARTICLE 3 - COMPENSATION"),
        ("para", P("""
            3.1 Base Salary. During the Term, the Company shall pay Executive an annual base salary at the rate of
            Four Hundred Twenty-Five Thousand Dollars ($425,000), payable in accordance with the Company's normal
            payroll practices and subject to required withholdings. The Compensation Committee of the Board (the
            "Committee") will review Executive's base salary at least once a year, beginning with the review that
            takes place in the first quarter of 2028, and may increase it but may not decrease it except as
            Section 1.1(e)(i) permits. The base salary in effect from time to time is the "Base Salary".""")),
        ("para", P("""
            3.2 Annual Bonus. For each fiscal year of the Company ending during the Term, Executive will be
            eligible to earn an annual cash bonus under the Company's Executive Incentive Plan. Executive's target
            bonus opportunity is fifty-five percent (55%) of the Base Salary paid for that fiscal year (the
            "Target Bonus"), and the maximum opportunity is twice the Target Bonus. The amount of any bonus will
            be determined by the Committee based on the achievement of corporate and individual goals that the
            Committee sets after consulting with the Chief Executive Officer. For fiscal year 2027, the bonus will
            be prorated for the portion of the year after the Effective Date. Except as Article 5 provides,
            Executive must be employed on the date the bonus is paid in order to earn it, and any bonus will be
            paid no later than March 15 of the year following the year to which it relates.""")),
        ("para", P("""
            3.3 Sign-On Payment. The Company will pay Executive a one-time cash payment of One Hundred Thousand
            Dollars ($100,000) (the "Sign-On Payment") within thirty (30) days after the Effective Date. If, before
            the first anniversary of the Effective Date, Executive resigns without Good Reason or the Company
            terminates Executive's employment for Cause, Executive shall repay the gross amount of the Sign-On
            Payment to the Company within thirty (30) days after the Termination Date.""")),
        ("para", P("""
            3.4 Inducement Option. As a material inducement to Executive's entry into employment with the Company,
            and in reliance on the employment inducement exception in Nasdaq Listing Rule 5635(c)(4), the
            Committee will grant Executive, on the Effective Date or the first trading day after it, a
            nonqualified option to purchase 180,000 shares of the Company's common stock (the "Inducement
            Option"). The exercise price per share will equal the closing price of the common stock on the date of
            grant.""")),
        ("para", P("""
            No part of the Inducement Option will be exercisable during Executive's first year of service.
            Twenty-five percent (25%) of the shares subject to it will vest on the first anniversary of the
            Effective Date. The remaining seventy-five percent (75%) will vest in thirty-six (36) substantially
            equal monthly installments on the corresponding day of each month after that anniversary, so that the
            Inducement Option is fully vested on the fourth anniversary of the Effective Date, in each case subject
            to Executive's continued service through the vesting date. The Inducement Option will have a term of
            ten (10) years and will be governed by a stand-alone option agreement on terms no less favorable to
            Executive than those that apply to options granted under the Company's 2022 Equity Incentive Plan (the
            "Plan").""")),
        ("para", P("""
            3.5 Later Awards. Beginning with the Company's annual grant cycle in 2028, Executive will be eligible
            for annual equity awards under the Plan at the times, in the forms and in the amounts the Committee
            determines, on the same basis as the Company's other senior officers.""")),
        ("heading", "ARTICLE 4 - BENEFITS AND EXPENSES"),
        ("para", P("""
            4.1 Benefit Plans. Executive may participate in the group medical, dental and vision plans, the group
            term life and long-term disability insurance programs and the 401(k) retirement savings plan that the
            Company makes available to its senior officers, subject to the terms of those plans as they stand from
            time to time. The Company may amend or end any plan in accordance with its terms.""")),
        ("para", P("""
            4.2 Vacation. Executive will receive four (4) weeks of paid vacation in each calendar year, prorated
            for 2027, in addition to the paid holidays that the Company observes. Vacation is to be taken at
            times that suit the needs of the business, and up to five (5) unused days may be carried into the
            following year.""")),
        ("para", P("""
            4.3 Business Expenses. The Company will reimburse Executive for reasonable business expenses that
            Executive incurs in performing Executive's duties, in accordance with the Company's expense policy,
            on presentation of suitable receipts.""")),
        ("para", P("""
            4.4 Relocation. Executive currently lives in Chicago, Illinois. The Company will reimburse Executive
            for reasonable and documented costs of moving Executive's household to the Minneapolis-Saint Paul
            area, including temporary housing for up to four (4) months and real estate commissions on the sale
            of Executive's current home, up to an aggregate maximum of Eighty-Five Thousand Dollars ($85,000),
            grossed up for income taxes. If Executive resigns without Good Reason within twelve (12) months after
            the Effective Date, Executive shall repay the amounts reimbursed under this Section 4.4, reduced by
            one-twelfth for each full month of employment completed.""")),
        ("para", P("""
            4.5 Indemnification and Insurance. The Company will indemnify Executive, and advance expenses to
            Executive, to the fullest extent that its certificate of incorporation, its bylaws and Delaware law
            permit, and will enter into its standard form of indemnification agreement for directors and officers
            with Executive. Executive will be covered by the Company's directors' and officers' liability insurance
            on the same basis as its other officers, both during the Term and for six (6) years afterwards for
            acts and omissions during the Term.""")),
        ("heading", "ARTICLE 5 - TERMINATION OF EMPLOYMENT"),
        ("para", P("""
            5.1 Death or Disability. Executive's employment ends automatically on Executive's death. The Company
            may end Executive's employment because of Disability by giving Executive written notice. In either
            case the Company will pay the Accrued Amounts and a prorated Target Bonus for the year of
            termination.""")),
        ("para", P("""
            5.2 By the Company for Cause. The Company may terminate Executive's employment for Cause at any time by
            written notice that states the grounds. Executive will then receive only the Accrued Amounts.""")),
        ("para", P("""
            5.3 By the Company without Cause. The Company may terminate Executive's employment without Cause by
            giving Executive at least thirty (30) days' prior written notice. During the notice period the Company
            may relieve Executive of some or all duties, or may pay Executive's Base Salary for the notice period
            (or the part of it that remains) instead of the notice, in which case the employment will end on the
            date the Company specifies.""")),
        ("para", P("""
            5.4 By Executive. Executive may resign for Good Reason in the manner that Section 1.1(e) describes.
            Executive may resign without Good Reason by giving the Company not less than sixty (60) days' prior
            written notice; the Company may waive all or part of that period, and a waiver does not turn the
            resignation into a termination without Cause.""")),
        ("para", P("""
            5.5 Severance. If the Company terminates Executive's employment without Cause, or Executive resigns for
            Good Reason, Executive will receive the Accrued Amounts and, subject to Section 5.6, (a) continued
            payment of the Base Salary for twelve (12) months after the Termination Date (the "Severance Period"),
            paid on the Company's regular payroll dates, (b) a payment equal to the Target Bonus for the year in
            which the Termination Date falls, prorated for the days worked in that year, and (c) if Executive
            timely elects continuation coverage under COBRA, payment of the employer share of the premium for that
            coverage until the earlier of the end of the Severance Period and the date Executive becomes eligible
            for group health coverage elsewhere. If such a termination occurs within the three (3) months before or
            the twelve (12) months after a Change in Control (as the Plan defines it), the Severance Period is
            eighteen (18) months, the bonus payment is one and one-half times the full Target Bonus, and all
            outstanding time-based equity awards vest in full.""")),
        ("para", P("""
            5.6 Release. Executive will receive the payments and benefits in Section 5.5 only if Executive signs
            a general release of claims in substantially the form of Exhibit A, and the release becomes
            effective and irrevocable within sixty (60) days after the Termination Date, and only for as long as
            Executive complies with Article 6.""")),
        ("para", P("""
            5.7 Resignation from Offices. When Executive's employment ends for any reason, Executive will be
            treated as having resigned from every office and directorship Executive then holds with the Company
            or any of its subsidiaries, and will sign any document reasonably needed to record that.""")),
        ("para", P("""
            5.8 Section 280G. If any payment or benefit Executive would receive in connection with a change in
            ownership or control would be a "parachute payment" under Section 280G of the Code and would be subject
            to the excise tax of Section 4999 of the Code, that payment will be either delivered in full or reduced
            to the largest amount that would not trigger the excise tax, whichever leaves Executive with the
            greater amount after all taxes. A nationally recognized accounting firm chosen by the Company will make
            the calculations, at the Company's expense.""")),
        ("heading", "ARTICLE 6 - RESTRICTIVE COVENANTS"),
        ("para", P("""
            6.1 Confidential Information. Executive will hold in strict confidence, and will not use except for the
            benefit of the Company, all non-public information about the Company's products, clinical data,
            regulatory submissions, pricing, customers, suppliers, finances and plans ("Confidential
            Information"), both during the employment and at all times afterwards. This obligation does not apply
            to information that becomes public other than through Executive's breach. Nothing in this Agreement
            prevents Executive from reporting possible violations of law to a government agency, from making
            disclosures that whistleblower laws protect, or from disclosing a trade secret in the circumstances
            described in 18 U.S.C. Section 1833(b).""")),
        ("para", P("""
            6.2 Inventions. Executive agrees that every invention, design, improvement, work of authorship and
            other development that Executive conceives or reduces to practice, alone or with others, during the
            employment and that relates to the Company's business or results from work performed for the Company
            (together, "Company Inventions") belongs to the Company, and Executive hereby assigns to the Company
            all of Executive's right, title and interest in the Company Inventions. This Section 6.2 does not
            apply to an invention that qualifies for the exclusion in Minnesota Statutes Section 181.78, and this
            paragraph is the written notice that statute requires. Inventions Executive made before the Effective
            Date and wishes to exclude are listed in Exhibit B.""")),
        ("para", P("""
            6.3 No Covenant Not to Compete. The Parties acknowledge that Minnesota Statutes Section 181.988
            makes a covenant not to compete unenforceable against an employee in Minnesota. Accordingly, nothing
            in this Agreement restricts Executive from working for any employer, or from carrying on any business,
            after the Termination Date, and no payment under this Agreement is conditioned on Executive's refraining
            from doing so.""")),
        ("para", P("""
            6.4 Non-Solicitation. During the employment and for eighteen (18) months after the Termination Date
            (the "Restricted Period"), Executive will not, directly or through others, (a) solicit or encourage
            any employee or consultant of the Company with whom Executive worked during the last two years of the
            employment to leave the Company, or hire any such person, or (b) solicit any hospital, distributor or
            group purchasing organization that was a customer of the Company during that period to reduce or end
            its business with the Company. General advertisements not aimed at the Company's employees are not a
            breach.""")),
        ("para", P("""
            6.5 Return of Property. On the Termination Date, or earlier at the Company's request, Executive will
            return all Company property and all documents and data containing Confidential Information, and will
            not keep copies.""")),
        ("para", P("""
            6.6 Remedies. Executive agrees that a breach of this Article 6 would harm the Company in ways that money
            alone could not remedy, and that the Company may seek an injunction from a court of competent
            jurisdiction to stop an actual or threatened breach without posting a bond, in addition to any other
            remedy. The Restricted Period will be extended by any period during which Executive is in breach of
            Section 6.4.""")),
        ("heading", "ARTICLE 7 - DISPUTE RESOLUTION"),
        ("para", P("""
            7.1 Arbitration. Except for a claim for injunctive relief under Section 6.6, any dispute between the
            Parties that arises out of or relates to this Agreement or to Executive's employment or its
            termination will be settled by final and binding arbitration before a single arbitrator in
            Minneapolis, Minnesota, administered by JAMS under its Employment Arbitration Rules and Procedures
            then in force. The Company will pay the arbitrator's fees and the costs of the forum. The arbitrator
            will issue a written, reasoned award, and judgment on the award may be entered in any court having
            jurisdiction. Each Party gives up its right to a trial by jury of any claim that is subject to this
            Section.""")),
        ("para", P("""
            7.2 Governing Law. This Agreement and every claim under or about it are governed by the internal laws
            of the State of Minnesota, without giving effect to any rule that would require the law of another
            jurisdiction to apply.""")),
        ("heading", "ARTICLE 8 - GENERAL PROVISIONS"),
        ("para", P("""
            8.1 Conditions. This Agreement, and Executive's employment under it, depend on (a) the satisfactory
            completion of a background check, including verification of Executive's education and professional
            credentials, and (b) Executive's providing, within three (3) business days after the Effective Date,
            documents that establish Executive's identity and authorization to work in the United States.""")),
        ("para", P("""
            8.2 Executive's Representations. Executive represents that Executive is not bound by any agreement,
            order or obligation that would prevent or restrict Executive from performing the duties described in
            this Agreement, and that Executive will not bring to the Company or use in its work any confidential
            information belonging to a former employer.""")),
        ("para", P("""
            8.3 Section 409A. The Parties intend that the payments under this Agreement be exempt from, or comply
            with, Section 409A of the Code, and this Agreement will be read accordingly. Each installment of
            severance is a separate payment for purposes of Section 409A. References to a termination of employment
            mean a "separation from service" within the meaning of Section 409A. If Executive is a "specified
            employee" when the separation from service occurs, any payment of deferred compensation that would
            otherwise be made during the six months after separation will instead be made, without interest, on
            the first business day after those six months end (or on Executive's death, if earlier). Any
            reimbursement that is taxable will be paid no later than the end of the year after the year in which
            the expense was incurred, and the amount eligible for reimbursement in one year will not affect the
            amount eligible in any other year.""")),
        ("para", P("""
            8.4 Clawback Policy. Any incentive compensation paid to Executive is subject to recovery under the
            Company's Compensation Recovery Policy, adopted to comply with Nasdaq Listing Rule 5608, as in effect
            from time to time.""")),
        ("para", P("""
            8.5 Notices. Notices under this Agreement must be in writing and are effective when delivered by hand,
            one business day after they are sent by a national overnight courier, or when sent by email with a
            copy by courier. Notices to the Company go to the attention of the General Counsel at its headquarters;
            notices to Executive go to the most recent home address in the Company's payroll records.""")),
        ("para", P("""
            8.6 Entire Agreement; Amendment; Waiver. This Agreement, with its Exhibits, the option agreement and the
            indemnification agreement, is the complete understanding of the Parties about its subject and replaces
            the term sheet dated February 26, 2027 and all other earlier discussions. It may be changed only by a
            written document signed by Executive and by a duly authorized officer of the Company other than
            Executive. A waiver of any breach is not a waiver of any other breach.""")),
        ("para", P("""
            8.7 Assignment; Successors. Executive may not assign this Agreement. The Company may assign it only to a
            successor to all or substantially all of its business or assets, and will require any such successor
            to assume this Agreement expressly.""")),
        ("para", P("""
            8.8 Severability. If a court or arbitrator holds any provision of this Agreement invalid or
            unenforceable, the remaining provisions stay in effect, and the affected provision will be enforced to
            the greatest extent permitted.""")),
        ("para", P("""
            8.9 Withholding. All payments under this Agreement are subject to the withholding of taxes and other
            amounts that the law requires.""")),
        ("para", P("""
            8.10 Counterparts. This Agreement may be signed in counterparts, including by electronic signature, each
            of which is an original and all of which together are one instrument.""")),
        ("para", "IN WITNESS WHEREOF, the Parties have signed this Agreement, to take effect as of March 15, 2027."),
        ("lines", ["THE COMPANY", "", "By: ______________________________", "Name: Lucian Farrow-Meeks",
                   "Title: President and Chief Executive Officer", "", "EXECUTIVE", "",
                   "______________________________", "Rosalind Achebe-Strand"]),
        ("pagebreak",),
        ("title", "EXHIBIT A"),
        ("title", "FORM OF GENERAL RELEASE"),
        ("para", P("""
            This General Release (this "Release") is given by Rosalind Achebe-Strand ("Executive") under Section 5.6
            of the Employment Agreement between Executive and the Company dated March 15, 2027 (the "Agreement").
            Capitalized words not defined here have the meanings the Agreement gives them.""")),
        ("para", P("""
            1. Release of Claims. In exchange for the payments and benefits in Section 5.5 of the Agreement, which
            Executive acknowledges exceed anything to which Executive would otherwise be entitled, Executive, on
            behalf of Executive and Executive's heirs and assigns, releases the Company, its subsidiaries and
            affiliates, and their current and former directors, officers, employees and agents from all claims of
            every kind, known or unknown, that arise from anything that happened up to the date Executive signs this
            Release, including claims under Title VII of the Civil Rights Act of 1964, the Age Discrimination in
            Employment Act, the Americans with Disabilities Act, the Family and Medical Leave Act, the Minnesota
            Human Rights Act and any other federal, state or local law.""")),
        ("para", P("""
            2. Claims Not Released. This Release does not waive (a) rights to the payments under Section 5.5 of the
            Agreement, (b) vested rights under any benefit plan, (c) rights to indemnification or insurance
            coverage, (d) claims that cannot be waived by law, or (e) the right to file a charge with, or take part
            in an investigation by, a government agency, although Executive waives any right to recover money in
            connection with such a charge except an award from a government agency for information provided.""")),
        ("para", P("""
            3. Review and Revocation. Executive has been advised to consult an attorney before signing this
            Release and has had at least twenty-one (21) days to consider it. Executive may revoke this Release
            within fifteen (15) days after signing it, by written notice delivered to the Company's General Counsel,
            and this Release will not become effective until that revocation period has passed without a
            revocation. Executive understands that Minnesota law gives Executive this fifteen-day period and that it
            runs at the same time as the seven-day period under federal law.""")),
        ("para", P("""
            4. Continuing Obligations. Executive reaffirms Executive's obligations under Article 6 of the Agreement,
            which continue after the Termination Date.""")),
        ("lines", ["", "______________________________", "Rosalind Achebe-Strand", "Date: _______________"]),
        ("pagebreak",),
        ("title", "EXHIBIT B"),
        ("title", "PRIOR INVENTIONS"),
        ("para", P("""
            The following is a complete list of the inventions, original works of authorship, developments and
            improvements that Executive made or owned, alone or jointly, before the Effective Date, that relate to
            the Company's business and that Executive wishes to exclude from Section 6.2 of the Agreement.""")),
        ("lines", ["[X] None.", "[  ] See below:", "", "______________________________________________",
                   "______________________________________________", "", "Initials of Executive: ________"]),
    ],
)


# 2. US (Ohio), growth-stage LLC: DOCX offer letter with a key-terms table, 2 pages.
#     Traps: the employer named only in the letterhead and the signature block (the body says
#     "we" and "the company"); salary in a table cell with the posted range in the same cell;
#     "paid in accordance with the company's normal payroll practices" (no frequency); profits
#     interests (Class B Units) with cliff and quarterly vesting in the sentences after; a
#     prorated sign-on repayment; 12-month non-compete and non-solicit in one sentence about a
#     separate agreement; a deadline with a weekday and a time.
letter(
    "us-oh-columbus-vp-enterprise-sales-offer", "docx", datetime(2027, 5, 27, 14, 0),
    "Offer - Vice President, Enterprise Sales", "Talent Team",
    blocks=[
        ("head", "Olentangy Signal Works, LLC", "580 North Fourth Street, Suite 300  |  Columbus, Ohio 43215  |  talent@olentangysignal.example"),
        ("lines", ["May 27, 2027", "", "PERSONAL AND CONFIDENTIAL", "", "Mr. Bartholomew Nkemelu-Gray",
                   "4471 Riverside Drive", "Upper Arlington, OH 43221"]),
        ("para", "Dear Bart,"),
        ("para", P("""
            Thank you for the time you spent with our leadership team over the past month. We were impressed by
            what you built at your last two companies, and we are pleased to offer you employment on the terms
            below. The key points are in the table; the paragraphs after it explain the rest.""")),
        ("table", [
            ["Term", "Detail"],
            ["Position", "Vice President, Enterprise Sales"],
            ["Reports to", "Chief Revenue Officer"],
            ["Start date", "Monday, June 21, 2027 (or another date we agree in writing)"],
            ["Work location", "Our Short North office in Columbus, Ohio, with customer travel as needed"],
            ["Base salary", "$228,000 per year, paid in accordance with the company's normal payroll practices (posted range for this role: $205,000 to $255,000)"],
            ["Annual incentive", "Target of 35% of base salary under the Sales Leadership Incentive Plan"],
            ["Sign-on bonus", "$30,000, paid with your first regular paycheck"],
            ["Equity", "75,000 Class B Units (profits interests), subject to Board approval"],
            ["Classification", "Full-time, exempt"],
        ], True),
        ("heading", "Working arrangements"),
        ("para", P("""
            Our commercial teams work together in the office on Tuesdays, Wednesdays and Thursdays. On Mondays and
            Fridays you may work from home or from the office, as you prefer. Because the role is exempt, you will
            not be paid overtime for hours worked beyond forty in a week.""")),
        ("heading", "Incentive and sign-on bonus"),
        ("para", P("""
            Your actual incentive for any year will depend on bookings against quota and on the company's results,
            and will be prorated for 2027. The plan document, which may change from year to year, controls the
            details. If you leave the company voluntarily, or are let go for cause, before your first anniversary,
            you agree to pay back the sign-on bonus, reduced by one-twelfth for each full month you worked.""")),
        ("heading", "Profits interests"),
        ("para", P("""
            We will recommend to the Board of Managers that you be granted 75,000 Class B Units under the
            company's Incentive Unit Plan at its first meeting after your start date. The units are profits
            interests: they share only in the growth of the company's value after the grant date. None of the units
            will vest before the first anniversary of your start date, when 25% of them will vest. After that, the
            remaining units will vest in twelve equal quarterly installments, so that all of them will have vested
            four years after your start date if you are still with us. The grant agreement and the company's
            operating agreement will govern the units, including what happens on a sale of the company.""")),
        ("heading", "Time off and benefits"),
        ("para", P("""
            You will receive twenty (20) days of paid time off each year, prorated in your first year, for
            vacation, illness and personal needs, plus ten paid company holidays. You and your family will be
            eligible for our medical, dental and vision plans from the first of the month after your start date,
            and we provide life and short-term and long-term disability insurance at no cost to you. You may join
            our 401(k) plan immediately; we match dollar for dollar up to 4% of your eligible pay. We also pay
            for your parking at the Short North garage.""")),
        ("heading", "Protecting our business"),
        ("para", P("""
            As a condition of this offer you will sign our Confidentiality, Inventions and Restrictive Covenant
            Agreement, under which you will keep our information confidential, assign to the company what you
            create in your work, and, for twelve (12) months after your employment ends, neither work for a
            direct competitor in a sales leadership role nor solicit our customers or employees.""")),
        ("heading", "Other terms"),
        ("para", P("""
            This offer depends on the satisfactory results of a background check and a check of the references you
            gave us, and on your proving within three business days of starting that you are authorized to work in
            the United States.""")),
        ("para", P("""
            Your employment will be on an at-will basis. That means you or the company may end it at any time, with
            or without cause and with or without advance notice. Only the Chief Executive Officer, in a signed
            writing, can change that. This letter is governed by Ohio law.""")),
        ("para", P("""
            To accept, please sign and return this letter by 5:00 p.m. Eastern on Friday, June 4, 2027, after which
            the offer will lapse. We are very much looking forward to working with you.""")),
        ("lines", ["Sincerely,", "", "Harriet Ojukwu-Baines", "Chief Revenue Officer", "Olentangy Signal Works, LLC",
                   "", "Accepted and agreed:", "", "______________________________    Date: ______________",
                   "Bartholomew Nkemelu-Gray"]),
    ],
)


# 3. US (Arizona), listed water utility holding company: TXT employment agreement, about 3 pages.
#     Traps: a fixed term ending "on the third anniversary of the Effective Date" with no
#     automatic renewal (end date derived: the day before the anniversary); the first Contract
#     Year's salary in Section 3.1 and later years in Schedule 1 (several years' salary);
#     "bi-weekly installments"; RSUs as a dollar value with annual vesting in the sentences after;
#     no at-will statement; 90 days' notice from the Executive vs 30 from the Company; no
#     non-compete because of the lawyers' ethics rule, a 12-month employee non-solicit; AAA
#     arbitration.
letter(
    "us-az-phoenix-general-counsel-agreement", "txt", datetime(2027, 6, 14, 9, 0),
    "Employment Agreement - General Counsel", "Corporate Secretary",
    blocks=[
        ("title", "Employment Agreement"),
        ("para", P("""
            This Employment Agreement (the "Agreement") is entered into on June 14, 2027 between Saguaro Basin
            Water Holdings Corp., an Arizona corporation (the "Company"), and Evangeline Castillo-Brandt (the
            "Executive").""")),
        ("heading", "BACKGROUND"),
        ("para", P("""
            A. The Company, through its regulated subsidiaries, supplies water and wastewater services to
            communities in central and southern Arizona.""")),
        ("para", P("""
            B. The Company wishes to employ the Executive as its Senior Vice President, General Counsel and
            Corporate Secretary for a fixed period, and the Executive wishes to accept that employment, in each
            case on the terms of this Agreement.""")),
        ("para", "The parties therefore agree as follows:"),
        ("heading", "SECTION 1. EMPLOYMENT AND TERM"),
        ("para", P("""
            1.1 Employment. The Company employs the Executive as Senior Vice President, General Counsel and
            Corporate Secretary. The Executive will report to the Chief Executive Officer and will have direct
            access to the Audit Committee of the Board of Directors (the "Board").""")),
        ("para", P("""
            1.2 Effective Date. The Executive's employment under this Agreement begins on July 12, 2027 (the
            "Effective Date").""")),
        ("para", P("""
            1.3 Term. The term of employment will end on the third anniversary of the Effective Date, unless it
            ends earlier under Section 4 (the "Term"). This Agreement does not renew by itself. If the parties
            wish the Executive's employment to continue beyond the Term, they will do so only by a new written
            agreement or a written amendment signed by both of them, and the Company will tell the Executive at
            least six (6) months before the Term ends whether it wishes to discuss one.""")),
        ("para", P("""
            1.4 Duties; Location. The Executive will work full time for the Company and will be based at the
            Company's principal office in Phoenix, Arizona. The Executive will remain an active member in good
            standing of the State Bar of Arizona throughout the Term, and the Company will pay the related dues
            and continuing legal education costs.""")),
        ("para", P("""
            1.5 "Contract Year" means each period of twelve (12) months beginning on the Effective Date or on an
            anniversary of it.""")),
        ("heading", "SECTION 2. INDEPENDENCE OF COUNSEL"),
        ("para", P("""
            The Company acknowledges that the Executive's professional obligations as a lawyer take priority over
            any instruction from the Company, and that the Executive's compliance with the Arizona Rules of
            Professional Conduct will never be grounds for discipline, for a reduction of compensation or for a
            termination for Cause.""")),
        ("heading", "SECTION 3. COMPENSATION"),
        ("para", P("""
            3.1 Base Salary. For the first Contract Year, the Company will pay the Executive a base salary of
            $312,000 (the "Base Salary"), in bi-weekly installments in line with the Company's payroll calendar.
            For each later Contract Year, the Base Salary will be the amount stated for that year in Schedule 1,
            unless the Compensation Committee of the Board sets a higher figure.""")),
        ("para", P("""
            3.2 Annual Incentive. The Executive will take part in the Company's Annual Incentive Program. The
            Executive's target award is forty percent (40%) of the Base Salary earned in the year, and the actual
            award may range from zero to 200% of target depending on the Company's results against the goals the
            Compensation Committee approves. The award for 2027 will be prorated from the Effective Date.""")),
        ("para", P("""
            3.3 Initial Equity Award. On the first business day of the month after the Effective Date, the Company
            will grant the Executive restricted stock units under the Company's 2024 Long-Term Incentive Plan with
            a grant-date value of $450,000. The number of units will be that value divided by the average closing
            price of the Company's common stock on the New York Stock Exchange over the twenty trading days before
            the grant date, rounded down to a whole unit. One-third of the units will vest on each of the first
            three anniversaries of the grant date, provided the Executive is still employed on each vesting date.
            Vested units will be settled in shares within thirty days after they vest.""")),
        ("para", P("""
            3.4 Benefits. The Executive may join the health, dental, vision, life and disability plans the Company
            offers to its officers. Under the Company's 401(k) Savings Plan the Company matches the Executive's
            contributions up to five percent (5%) of eligible compensation.""")),
        ("para", P("""
            3.5 Paid Time Off. The Executive will receive twenty-five (25) days of paid time off in each calendar
            year, prorated for 2027, to be used for vacation and personal needs, together with the Company's
            published holidays. Sick leave is provided separately under the Arizona Fair Wages and Healthy Families
            Act, at the rate that statute requires.""")),
        ("heading", "SECTION 4. TERMINATION"),
        ("para", P("""
            4.1 By the Company for Cause. The Company may end the Executive's employment for Cause (as defined in
            Schedule 2) by written notice effective immediately.""")),
        ("para", P("""
            4.2 By the Company without Cause. The Company may end the Executive's employment before the end of the
            Term without Cause on thirty (30) days' written notice to the Executive.""")),
        ("para", P("""
            4.3 Resignation. The Executive may resign before the end of the Term by giving the Company at least
            ninety (90) days' written notice, which the Company may shorten.""")),
        ("para", P("""
            4.4 Severance. If the Company ends the Executive's employment without Cause before the end of the
            Term, the Company will pay the Executive, subject to a release of claims, a lump sum equal to the
            greater of (a) twelve months of Base Salary and (b) the Base Salary for the rest of the Term, together
            with twelve months of COBRA premiums. No severance is payable when the Term expires on its own.""")),
        ("heading", "SECTION 5. CONFIDENTIALITY, WORK PRODUCT AND NON-SOLICITATION"),
        ("para", P("""
            5.1 The Executive will keep confidential, during and after the Term, all information about the
            Company that is not public, and all information protected by the attorney-client privilege, except as
            the law or the rules of professional conduct require.""")),
        ("para", P("""
            5.2 All memoranda, filings, contracts and other work product the Executive prepares for the Company
            are the Company's property, and the Executive assigns to the Company any rights in them.""")),
        ("para", P("""
            5.3 Because Arizona's ethics rule ER 5.6 forbids an agreement that limits a lawyer's right to practise
            after the relationship ends, this Agreement contains no restriction on competition of any kind, and
            the Executive may represent any client after the employment ends, subject to the rules on conflicts
            of interest.""")),
        ("para", P("""
            5.4 For twelve (12) months after the employment ends, the Executive will not recruit or hire any
            employee of the Company or its subsidiaries, or induce one to leave.""")),
        ("heading", "SECTION 6. DISPUTES AND GOVERNING LAW"),
        ("para", P("""
            6.1 Any dispute arising from this Agreement or the employment will be decided by binding arbitration
            in Phoenix under the Employment Arbitration Rules of the American Arbitration Association. Either party
            may ask a court for temporary relief while an arbitration is pending.""")),
        ("para", P("""
            6.2 Arizona law governs this Agreement, without regard to the conflict-of-laws principles of any
            jurisdiction.""")),
        ("heading", "SECTION 7. CONDITIONS"),
        ("para", P("""
            The Company's obligations under this Agreement depend on the Executive's passing the Company's
            standard background check and its pre-employment drug screen, which the Company applies to all
            employees who may enter its treatment facilities.""")),
        ("heading", "SECTION 8. MISCELLANEOUS"),
        ("para", P("""
            This Agreement, with its Schedules, is the whole agreement between the parties about the Executive's
            employment. It can be changed only in a writing signed by both parties. If any part of it is held
            unenforceable, the rest remains in force. It may be signed in counterparts.""")),
        ("lines", ["SAGUARO BASIN WATER HOLDINGS CORP.", "", "By: /s/ Maximilian Oyelowo-Tran",
                   "Maximilian Oyelowo-Tran, Chief Executive Officer", "", "EXECUTIVE", "",
                   "/s/ Evangeline Castillo-Brandt", "Evangeline Castillo-Brandt"]),
        ("heading", "SCHEDULE 1 - BASE SALARY BY CONTRACT YEAR"),
        ("table", [
            ["Contract Year", "Period", "Base Salary"],
            ["First", "July 12, 2027 - July 11, 2028", "$312,000"],
            ["Second", "July 12, 2028 - July 11, 2029", "$324,500"],
            ["Third", "July 12, 2029 - July 11, 2030", "$337,500"],
        ], True),
        ("heading", "SCHEDULE 2 - CAUSE"),
        ("para", P("""
            "Cause" means (a) the Executive's conviction of a felony; (b) the Executive's disbarment or suspension
            from the practice of law; (c) fraud or embezzlement against the Company; or (d) a willful and material
            failure to perform the Executive's duties that continues for thirty (30) days after written notice
            from the Chief Executive Officer. Nothing done in good faith on the advice of outside counsel is
            Cause.""")),
    ],
)


# 4. US (Utah), venture-backed start-up: PDF offer letter, 2 pages, core Helvetica.
#     Traps: an option grant whose vesting and cliff are in the sentences after the grant (no
#     "cliff" word: nothing vests for twelve months, then 25%, then 1/48 a month); "paid
#     twice a month"; discretionary time off with no set number (unlimited); fully remote with
#     a home office as the place of work; Utah's one-year statutory cap on non-competes; a
#     separate arbitration agreement; at will in legal wording ("no fixed duration ... employment at will");
#     a deadline counted in business days from the letter's date.
letter(
    "us-ut-ogden-vp-engineering-startup-offer", "pdf", datetime(2027, 8, 2, 16, 0),
    "Offer Letter", "Kestrel Switchyard, Inc.",
    font="Helvetica", size=10, paper="Letter",
    blocks=[
        ("head", "KESTREL SWITCHYARD, INC.", "2901 N. Ashton Boulevard, Floor 3, Lehi, Utah 84043"),
        ("lines", ["Monday, August 2, 2027", "", "VIA DOCUSIGN", "", "Anneliese Mwangi-Thorsen",
                   "1187 Jefferson Avenue", "Ogden, UT 84401"]),
        ("para", "Re: Offer of Employment"),
        ("para", "Dear Anneliese:"),
        ("para", P("""
            Kestrel Switchyard, Inc., a Delaware corporation (the "Company"), is pleased to offer you the position
            of Vice President of Engineering on the following terms. You will report to the Company's Chief
            Executive Officer, and you will lead our platform, firmware and site-reliability teams.""")),
        ("para", P("""
            1. Start Date; Location. Your employment will begin on Monday, August 23, 2027, unless we agree on
            another date. This is a remote role: your home office in Ogden, Utah will be your regular place of
            work, and we will ask you to spend about three days each month with the team in Lehi and to join our
            quarterly planning week in person. The Company will pay the reasonable cost of that travel.""")),
        ("para", P("""
            2. Compensation. Your starting salary will be at the annual rate of $238,000, less payroll deductions
            and withholdings, paid twice a month on the Company's regular paydays. As an exempt employee you will
            be expected to work the hours your duties require, without additional pay for overtime.""")),
        ("para", P("""
            3. Stock Option. Subject to approval by the Company's Board of Directors, the Company will grant you an
            option covering 310,000 shares of its Common Stock. The exercise price will be the fair market value of
            a share on the grant date, as the Board determines it. The option will be
            subject to the terms of the Company's 2025 Stock Incentive Plan and a stock option agreement. Nothing
            will vest during the first twelve months of your continuous service. On the first anniversary of your
            start date, 25% of the shares will vest, and an additional 1/48th of the total number of shares will
            vest at the end of each month of continuous service after that, until all of the shares have vested.
            If the Company is acquired and, within twelve months after the acquisition, your employment is ended
            without cause, all of your then unvested shares will vest.""")),
        ("para", P("""
            4. Benefits. You will be eligible to take part in the Company's medical, dental and vision plans, and
            in its 401(k) plan, on the terms of those plans. The Company does not make matching contributions to
            the 401(k) plan at this time. The Company also offers twelve weeks of paid parental leave to employees
            who have completed six months of service.""")),
        ("para", P("""
            5. Time Off. The Company has a discretionary time off policy: there is no set number of vacation days,
            no accrual and no cap, and you may take the time you need in consultation with your manager. The
            Company also observes ten holidays each year.""")),
        ("para", P("""
            6. Confidentiality and Inventions; Restrictive Covenants. As a condition of employment, you must sign
            and comply with the Company's Confidential Information and Invention Assignment Agreement, which
            prohibits unauthorized use or disclosure of Company information and assigns to the Company the
            inventions you make during your employment. That agreement also provides that for one (1) year after
            your employment ends, which is the longest period Utah Code Section 34-51-201 allows, you will not work
            for a business that competes with the Company in grid-edge switching hardware, and you will not solicit
            the Company's employees or customers.""")),
        ("para", P("""
            7. Arbitration. You and the Company will each sign the Company's Mutual Arbitration Agreement, under
            which disputes about your employment will be resolved by binding arbitration rather than in court.""")),
        ("para", P("""
            8. At-Will Employment. Your employment with the Company has no fixed duration; it is employment at
            will. Accordingly, you and the Company may each bring it to an end whenever either chooses, for a
            reason or for none, and without first giving notice. Any contrary
            representation is superseded by this letter.""")),
        ("para", P("""
            9. Conditions. Before your first day we will run a background check, and this offer stands only if the
            results are satisfactory to the Company. You will also need to provide, within three business days after
            your start date, documents that establish your identity and eligibility for employment in the United
            States.""")),
        ("para", P("""
            10. Entire Agreement; Governing Law. This letter, the agreements referred to above and the option
            documents are the full understanding between you and the Company about the terms of your employment.
            This letter is governed by the laws of the State of Utah.""")),
        ("para", P("""
            This offer remains open until 11:59 p.m. Mountain Time on the third business day after the date of this
            letter. To accept, please sign through DocuSign before then.""")),
        ("lines", ["Very truly yours,", "", "KESTREL SWITCHYARD, INC.", "", "By: Teodoro Vance-Okafor",
                   "Chief Executive Officer", "", "ACCEPTED AND AGREED:", "", "Anneliese Mwangi-Thorsen",
                   "Date: ____________________"]),
    ],
)


# 5. US (North Carolina), listed life-science tools company: TXT offer letter, 2 pages.
#     Traps: pay stated per biweekly pay period with the annual equivalent after it; a sign-on
#     RSU award stated as a dollar value, vesting in thirds; repayable sign-on bonus and
#     relocation allowance (tiered); vacation and sick time in hours; at will in other words
#     ("either you or the Company may end the relationship at any time"); hybrid days; no
#     arbitration clause; a deadline in the middle of a paragraph.
letter(
    "us-nc-durham-senior-director-biweekly-offer", "txt", datetime(2027, 9, 27, 11, 0),
    "Offer letter - Senior Director, Assay Development", "Talent Acquisition",
    blocks=[
        ("head", "HAW RIVER BIOSCIENCES, INC. (NASDAQ: HRVB)", "5400 Page Road, Research Triangle Park, Durham, North Carolina 27703"),
        ("lines", ["September 27, 2027", "", "Dr. Ignatius Oyelaran-Whitfield", "62 Cedar Hollow Lane",
                   "Ann Arbor, Michigan 48105"]),
        ("para", "Dear Dr. Oyelaran-Whitfield,"),
        ("para", P("""
            On behalf of Haw River Biosciences, Inc. (the "Company"), it is my pleasure to confirm our offer for the
            position of Senior Director, Assay Development, reporting to Dr. Celestine Abara, Chief Scientific
            Officer. We hope you will join us on Monday, November 1, 2027.""")),
        ("para", P("""
            WHERE YOU WILL WORK. Your primary work location will be our Research Triangle Park campus in Durham,
            North Carolina. Laboratory leaders work on site Tuesday through Thursday and may work remotely on
            Mondays and Fridays.""")),
        ("para", P("""
            BASE PAY. You will be paid $8,461.54 per biweekly pay period, which is equivalent to an annual base
            salary of $220,000. This is an exempt position. Pay is deposited every other Friday.""")),
        ("para", P("""
            MANAGEMENT INCENTIVE PLAN. You will be eligible for the Company's Management Incentive Plan with a target
            of 25% of your eligible base earnings, based on Company and individual performance. Awards are made at
            the discretion of the Compensation Committee and are not guaranteed.""")),
        ("para", P("""
            SIGN-ON RSU AWARD. Management will recommend to the Compensation Committee that you receive a sign-on
            award of restricted stock units with a target value of $300,000. The number of units will be determined
            by dividing that value by the average closing price of the Company's stock over the 30 trading days
            before the grant date, which will be the 15th day of the month after your start date. The award will
            vest in three equal annual installments starting on the first anniversary of the grant date, as long
            as you remain employed. The award will be subject to the 2023 Omnibus Incentive Plan and an award
            agreement.""")),
        ("para", P("""
            SIGN-ON BONUS AND RELOCATION. You will receive a one-time sign-on bonus of $40,000, less withholdings,
            within 30 days after you start. We will also pay you a lump-sum relocation allowance of $35,000 to help
            with your move from Michigan. If you resign, or are terminated for cause, within 12 months of your start
            date you must repay 100% of both amounts; between 12 and 24 months, 50%.""")),
        ("para", P("""
            TIME OFF. You will accrue 160 hours of vacation per year and receive 40 hours of sick time at the start
            of each calendar year, in addition to eleven paid Company holidays.""")),
        ("para", P("""
            BENEFITS. You will be eligible for the Company's medical, dental, vision, basic life and disability
            insurance, and for the 401(k) plan, under which the Company matches 100% of the first 3% and 50% of the
            next 2% of the pay you defer. You may also buy Company stock at a 15% discount through the Employee
            Stock Purchase Plan.""")),
        ("para", P("""
            RESTRICTIVE COVENANTS. Before you start, you will sign the Company's Employee Restrictive Covenants
            Agreement. Among other things it protects the Company's confidential information and trade secrets,
            assigns to the Company the inventions you make in your work, bars you for twelve (12) months after
            leaving from working for a competitor in assay development, and bars you for twenty-four (24) months
            from soliciting the Company's employees or customers.""")),
        ("para", P("""
            CONDITIONS. Our offer is contingent on a background check, a drug screen, confirmation of your doctoral
            degree and your completing Form I-9.""")),
        ("para", P("""
            NATURE OF EMPLOYMENT. This letter is not a contract for a fixed period of employment. Either you or the
            Company may end the relationship at any time, with or without cause or notice, although we ask that you
            give us at least two weeks' notice if you decide to resign. This letter is governed by the laws of the
            State of North Carolina.""")),
        ("para", P("""
            We hope you will accept and would appreciate your answer by October 8, 2027; please sign below and return
            a copy to me. If you have any questions before then, call me at any time.""")),
        ("lines", ["Sincerely,", "", "Philippa Nakamura-Osei", "Vice President, Talent", "Haw River Biosciences, Inc.",
                   "", "I accept the offer on the terms above.", "", "Signature: ______________________  Date: __________"]),
    ],
)


# 6. US (Florida), listed hospitality group: DOCX employment agreement, about 5 pages, with a
#     Schedule A compensation table and a First Amendment bound in after the signatures.
#     Traps: the Base Salary is only in Schedule A, in a table with a car allowance and a
#     total fixed cash row; the First Amendment (signed later) raises the Base Salary from
#     2028 (the initial figure stands); a two-year term that renews itself (fixed_term false);
#     restricted stock vesting in four annual installments; "not less than thirty (30) days'
#     prior written notice" from the Executive, immediate termination by the Company with
#     severance; a 24-month Restricted Period for both covenants; a jury waiver and Florida
#     courts but no arbitration; the employer named in the preamble and the signature block.
letter(
    "us-fl-tampa-coo-employment-agreement-amended", "docx", datetime(2027, 12, 1, 10, 0),
    "Employment Agreement and First Amendment - Chief Operating Officer", "Corporate Legal",
    blocks=[
        ("title", "EXECUTIVE EMPLOYMENT AGREEMENT"),
        ("para", P("""
            THIS EXECUTIVE EMPLOYMENT AGREEMENT (the "Agreement") is dated as of January 4, 2027 and is between
            PELICAN KEY HOSPITALITY GROUP, INC., a Florida corporation with its principal office at 1200 Channelside
            Drive, Tampa, Florida 33602 (the "Company"), and DESMOND ACHTERBERG-LUNA (the "Executive").""")),
        ("heading", "RECITALS"),
        ("para", P("""
            WHEREAS, the Company owns and operates resort hotels, marinas and private clubs on the Gulf Coast of
            Florida through its subsidiaries (together with the Company, the "Company Group");""")),
        ("para", P("""
            WHEREAS, the Company desires to employ the Executive as its Chief Operating Officer, and the Executive
            desires to accept such employment; and""")),
        ("para", P("""
            WHEREAS, the Executive will obtain confidential information about, and relationships with the guests,
            members and business partners of, the Company Group, which the Company has a legitimate business
            interest in protecting under Section 542.335, Florida Statutes;""")),
        ("para", P("""
            NOW, THEREFORE, for good and valuable consideration, the sufficiency of which is acknowledged, the
            parties agree as follows:""")),
        ("heading", "1. Employment; Term"),
        ("para", P("""
            1.1 Position. The Company shall employ the Executive as Chief Operating Officer, reporting to the Chief
            Executive Officer. The Executive shall oversee the operations of all properties of the Company Group
            and shall perform the other duties customary for that office.""")),
        ("para", P("""
            1.2 Effective Date. The Executive's employment under this Agreement shall commence on February 1, 2027
            (the "Effective Date").""")),
        ("para", P("""
            1.3 Term. The term of this Agreement shall begin on the Effective Date and shall continue for two (2)
            years (the "Initial Term"). Thereafter, this Agreement shall automatically renew for successive one-year
            periods (each a "Renewal Term") unless either party delivers written notice of non-renewal to the other
            at least ninety (90) days before the end of the Initial Term or the then-current Renewal Term. The
            Initial Term and all Renewal Terms are the "Term".""")),
        ("para", P("""
            1.4 Exclusive Service; Location. During the Term, the Executive shall devote all of the Executive's
            business time and efforts to the Company Group. The Executive shall be based at the Company's principal
            office in Tampa, Florida, and shall travel to the Company Group's properties as the business requires.""")),
        ("heading", "2. Compensation"),
        ("para", P("""
            2.1 Base Salary. The Company shall pay the Executive the annual base salary set out in Schedule A (as
            adjusted from time to time, the "Base Salary"), in installments in accordance with the Company's
            customary payroll practices for senior executives. The Compensation Committee of the Board of Directors
            (the "Committee") shall review the Base Salary each year and may increase it in its discretion.""")),
        ("para", P("""
            2.2 Annual Bonus. For each fiscal year during the Term, the Executive shall be eligible for an annual
            bonus with a target of fifty percent (50%) of the Base Salary (the "Target Bonus") and a maximum of one
            hundred percent (100%) of the Base Salary, based on performance objectives established by the Committee
            after consultation with the Executive. The bonus shall be paid when bonuses are paid to the Company's
            other senior executives, and in any event by March 15 of the following year.""")),
        ("para", P("""
            2.3 Restricted Stock. On the Effective Date, the Company shall grant the Executive 60,000 restricted
            shares of the Company's common stock (the "Restricted Shares") under the Pelican Key Hospitality Group
            2021 Equity Incentive Plan. The Restricted Shares shall vest in four equal annual installments on each
            of the first four anniversaries of the Effective Date, subject to the Executive's continued employment
            through each vesting date, and shall otherwise be governed by the Plan and the related award
            agreement.""")),
        ("para", P("""
            2.4 Automobile Allowance. The Company shall pay the Executive the monthly automobile allowance stated in
            Schedule A, which shall cover all costs of the Executive's vehicle used for Company business.""")),
        ("heading", "3. Benefits"),
        ("para", P("""
            3.1 Employee Benefits. The Executive shall be entitled to participate in all employee benefit plans the
            Company maintains for its senior executives, including its group health, dental and vision plans and
            its 401(k) plan, in accordance with their terms.""")),
        ("para", P("""
            3.2 Life and Disability Insurance. The Company shall maintain, at its expense, a term life insurance
            policy on the life of the Executive with a death benefit of $1,500,000 payable to beneficiaries the
            Executive names, and a supplemental long-term disability policy that replaces sixty percent (60%) of
            the Base Salary.""")),
        ("para", P("""
            3.3 Paid Time Off. The Executive shall be entitled to four (4) weeks of paid vacation per year, in
            addition to the Company's paid holidays, to be scheduled with due regard to the seasonal needs of the
            Company Group's properties.""")),
        ("para", P("""
            3.4 Club Privileges. The Executive and the Executive's immediate family may use the facilities of the
            Company Group's private clubs without membership fees, in accordance with the Company's policies.""")),
        ("heading", "4. Termination"),
        ("para", P("""
            4.1 Termination by the Company. The Company may terminate the Executive's employment at any time, with
            or without Cause, effective upon delivery of written notice to the Executive.""")),
        ("para", P("""
            4.2 Resignation by the Executive. The Executive may terminate the Executive's employment for any reason
            upon not less than thirty (30) days' prior written notice to the Company. The Company may accept the
            resignation effective on an earlier date, in which case it shall pay the Base Salary for the rest of the
            thirty-day period.""")),
        ("para", P("""
            4.3 Definitions. "Cause" means (a) the Executive's conviction of, or plea of nolo contendere to, a felony;
            (b) fraud, theft or embezzlement against the Company Group; (c) the Executive's willful failure to
            perform material duties after written notice and a fifteen-day opportunity to cure; or (d) a material
            breach of Section 5. "Good Reason" means, without the Executive's consent, (i) a reduction of the Base
            Salary or Target Bonus, (ii) a material reduction in the Executive's duties, or (iii) a requirement that
            the Executive be based more than forty (40) miles from Tampa, in each case not cured within thirty (30)
            days after the Executive's written notice.""")),
        ("para", P("""
            4.4 Severance. If the Company terminates the Executive's employment without Cause, or the Executive
            resigns for Good Reason, the Company shall, subject to the Executive's execution of a release of claims
            satisfactory to the Company, continue the Base Salary for eighteen (18) months and pay the Executive a
            pro rata Target Bonus for the year of termination. The Company's non-renewal of the Term shall be
            treated as a termination without Cause.""")),
        ("heading", "5. Restrictive Covenants"),
        ("para", P("""
            5.1 Confidentiality. The Executive shall not, during or after the Term, disclose or use any confidential
            or proprietary information of the Company Group, including guest and member lists, pricing, development
            plans and financial information, except in the performance of the Executive's duties or as required by
            law.""")),
        ("para", P("""
            5.2 Work Product. All work product, including any trade names, marketing programs and software, that the
            Executive creates in the course of employment shall be the sole property of the Company, and the
            Executive assigns all rights in it to the Company.""")),
        ("para", P("""
            5.3 Restricted Period. For purposes of this Section 5, the "Restricted Period" means the period of the
            Executive's employment and the twenty-four (24) months following its termination for any reason.""")),
        ("para", P("""
            5.4 Non-Competition. During the Restricted Period, the Executive shall not own, manage, operate or be
            employed by any hotel, resort, marina or private club located in any county of Florida in which the
            Company Group operates a property on the date employment ends.""")),
        ("para", P("""
            5.5 Non-Solicitation. During the Restricted Period, the Executive shall not solicit for employment any
            general manager or corporate employee of the Company Group, and shall not solicit any group, wedding or
            corporate client of the Company Group to move its business to a competitor.""")),
        ("para", P("""
            5.6 Enforcement. The Executive agrees that the restrictions in this Section 5 are reasonably necessary
            to protect the legitimate business interests of the Company Group, and that a court shall construe
            them in favor of providing reasonable protection to those interests.""")),
        ("heading", "6. Governing Law; Venue; Jury Waiver"),
        ("para", P("""
            Florida law, and no other, governs this Agreement and its interpretation. Any action concerning this
            Agreement shall be brought only in the state or federal courts sitting in Hillsborough County, Florida.
            EACH PARTY KNOWINGLY AND VOLUNTARILY WAIVES ANY RIGHT TO A TRIAL BY JURY IN ANY SUCH ACTION.""")),
        ("heading", "7. Miscellaneous"),
        ("para", P("""
            7.1 Conditions. This Agreement is conditioned on the Executive's satisfactory completion of the
            Company's background screening, including the screening required by the Florida Division of Alcoholic
            Beverages and Tobacco for officers of licensed businesses.""")),
        ("para", P("""
            7.2 Entire Agreement. This Agreement, including Schedule A, contains the entire agreement of the
            parties about its subject and may be amended only by a written instrument signed by both parties.""")),
        ("para", P("""
            7.3 Notices. Notices shall be in writing and delivered by hand or by overnight courier to the Company at
            its principal office, attention General Counsel, and to the Executive at the address on file.""")),
        ("para", P("""
            7.4 Section 409A. This Agreement is intended to comply with Section 409A of the Internal Revenue Code or
            an exemption from it, and shall be interpreted accordingly.""")),
        ("para", "IN WITNESS WHEREOF, each party has signed below, intending to be bound from the date at the top of the first page."),
        ("lines", ["PELICAN KEY HOSPITALITY GROUP, INC.", "", "By: ______________________________",
                   "Name: Octavia Brennan-Sato", "Title: Chief Executive Officer", "", "EXECUTIVE", "",
                   "______________________________", "Desmond Achterberg-Luna"]),
        ("pagebreak",),
        ("title", "SCHEDULE A"),
        ("title", "COMPENSATION"),
        ("table", [
            ["Item", "Amount"],
            ["Base Salary (annual)", "$365,000"],
            ["Automobile allowance", "$1,500 per month ($18,000 per year)"],
            ["Total fixed cash compensation", "$383,000 per year"],
            ["Target Bonus", "50% of Base Salary"],
            ["Restricted Shares", "60,000 shares, vesting 25% per year"],
        ], True),
        ("pagebreak",),
        ("title", "FIRST AMENDMENT TO EXECUTIVE EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This First Amendment (the "Amendment") is made as of December 1, 2027 between Pelican Key Hospitality
            Group, Inc. (the "Company") and Desmond Achterberg-Luna (the "Executive"), and amends the Executive
            Employment Agreement between them dated as of January 4, 2027 (the "Agreement").""")),
        ("para", P("""
            1. Base Salary. Effective January 1, 2028, the line of Schedule A to the Agreement headed "Base Salary
            (annual)" is amended to read "$392,000", and the line headed "Total fixed cash compensation" is amended
            to read "$410,000 per year".""")),
        ("para", P("""
            2. Target Bonus. Effective for fiscal year 2028 and later years, the Target Bonus in Section 2.2 of the
            Agreement is increased to sixty percent (60%) of the Base Salary.""")),
        ("para", P("""
            3. No Other Changes. Except as this Amendment provides, the Agreement remains unchanged and in full
            force. This Amendment shall be governed by the same law as the Agreement.""")),
        ("lines", ["PELICAN KEY HOSPITALITY GROUP, INC.", "", "By: ______________________________",
                   "Name: Octavia Brennan-Sato", "Title: Chief Executive Officer", "", "EXECUTIVE", "",
                   "______________________________", "Desmond Achterberg-Luna"]),
    ],
)


# 7. US (New Jersey), listed biopharma company: a SCANNED PDF (image only), 1 dense page.
#     Traps: no text layer; salary in figures and words; "on the 15th and last business day";
#     target bonus beside a maximum; options with the usual cliff in one sentence; PTO days
#     and New Jersey earned sick leave in hours; a deadline seven days from the letter's date;
#     four days on site; 12-month non-compete and non-solicit in a separate agreement; an
#     at-will sentence; New Jersey law.
letter(
    "us-nj-princeton-vp-clinical-operations-scan", "scan", datetime(2027, 7, 19, 10, 0),
    "Offer of Employment - Vice President, Clinical Operations", "Human Resources",
    blocks=[
        ("head", "Millstone Ridge Therapeutics, Inc.", "100 College Road East, Suite 2200, Princeton, New Jersey 08540"),
        ("lines", ["July 19, 2027", "", "Ms. Yevgenia Adeyemi-Lorenz", "31 Witherspoon Court",
                   "Lawrenceville, NJ 08648"]),
        ("para", "Dear Yevgenia:"),
        ("para", P("""
            We are delighted to offer you the position of Vice President, Clinical Operations with Millstone Ridge
            Therapeutics, Inc. ("Millstone Ridge"), reporting to our Chief Medical Officer. We propose a start date
            of Monday, September 13, 2027. This is a full-time, exempt position.""")),
        ("para", P("""
            Location. You will be based at our Princeton, New Jersey headquarters. Our leadership team is in the
            office Monday through Thursday; Fridays may be worked from home.""")),
        ("para", P("""
            Salary. Your base salary will be $318,000 (three hundred eighteen thousand dollars) per year, paid in
            equal installments on the 15th and last business day of each month.""")),
        ("para", P("""
            Annual Bonus. You will be eligible for an annual bonus with a target of 35% of your base salary and a
            maximum of 52.5%, based on company and individual goals set by the Board. Your 2027 bonus, if any,
            will be prorated.""")),
        ("para", P("""
            Stock Options. We will recommend to the Compensation Committee that you be granted an option to buy
            45,000 shares of Millstone Ridge common stock at the closing price on the grant date, vesting over four
            years with 25% vesting on the first anniversary of your start date and the balance in equal monthly
            installments over the following 36 months.""")),
        ("para", P("""
            Time Off. You will receive 22 days of paid time off each year, prorated in 2027, in addition to 12 paid
            holidays. You will also accrue earned sick leave under the New Jersey Earned Sick Leave Law, up to 40
            hours per benefit year.""")),
        ("para", P("""
            Benefits. You will be eligible for our medical, dental, vision, life and disability coverage and our
            401(k) plan, which matches 100% of your contributions up to 4% of your salary. Millstone Ridge also
            offers a commuter benefit and an annual wellness reimbursement of up to $600.""")),
        ("para", P("""
            Agreement. You will be required to sign our Employee Confidentiality, Invention Assignment,
            Non-Competition and Non-Solicitation Agreement, which includes a non-competition covenant and a
            non-solicitation covenant each lasting twelve (12) months after employment ends.""")),
        ("para", P("""
            At-Will Employment. Your employment with Millstone Ridge will be at will, meaning that either you or
            Millstone Ridge may end it at any time for any reason.""")),
        ("para", P("""
            Conditions. This offer is contingent on satisfactory reference checks, a background check and your
            providing proof of eligibility to work in the United States. This letter is governed by New Jersey
            law.""")),
        ("para", P("""
            To accept, please sign and return this letter. The offer remains open for seven (7) calendar days from
            the date shown above. We look forward to having you on the team.""")),
        ("lines", ["Sincerely,", "", "Cornelius Whitaker-Ansah", "Senior Vice President, Human Resources",
                   "", "Accepted: ______________________   Date: ___________", "Yevgenia Adeyemi-Lorenz"]),
    ],
)


# 8. US (Pennsylvania), robotics company: PDF with ruled tables, 3 pages.
#     Traps: a compensation table with base salary, target bonus in dollars, total target cash
#     and a sign-on row; the salary also in words in the text; "bi-weekly"; an equity table with
#     options AND an RSU award (the option is the main new-hire grant, named so in the text);
#     vacation in weeks and Pittsburgh paid sick time in hours (72 hours); sign-on repayable
#     pro rata; 12-month non-compete, 18-month non-solicit in a covenants section; arbitration;
#     at will; a deadline as "close of business on" a date.
letter(
    "us-pa-pittsburgh-chief-technology-officer-term-sheet", "pdf", datetime(2027, 10, 25, 9, 0),
    "Offer Letter and Term Sheet - Chief Technology Officer", "Monongahela Gantry Robotics, Inc.",
    font="DejaVuSans", size=9.5, paper="Letter", footer="Monongahela Gantry Robotics, Inc. - Confidential",
    blocks=[
        ("head", "Monongahela Gantry Robotics, Inc.", "3200 Smallman Street, Pittsburgh, PA 15201"),
        ("lines", ["October 25, 2027", "", "Dr. Saoirse Villanueva-Okonjo", "718 Negley Avenue", "Pittsburgh, PA 15232"]),
        ("para", "Dear Saoirse,"),
        ("para", P("""
            I am pleased to offer you the position of Chief Technology Officer of Monongahela Gantry Robotics, Inc.
            (the "Company"). This letter and the attached term sheet set out the terms we have discussed. You
            will report to me and will serve as a member of the Company's executive leadership team.""")),
        ("heading", "Summary of Terms"),
        ("table", [
            ["Term", "Detail"],
            ["Title", "Chief Technology Officer"],
            ["Start Date", "January 3, 2028"],
            ["Principal Work Location", "Strip District headquarters, Pittsburgh, Pennsylvania"],
            ["Employment Type", "Full-time, exempt"],
            ["Reporting Line", "Chief Executive Officer"],
        ], True),
        ("heading", "Annual Cash Compensation"),
        ("table", [
            ["Component", "Annual amount", "Notes"],
            ["Base salary", "$335,000", "Paid bi-weekly"],
            ["Target annual bonus (40%)", "$134,000", "Company and individual goals"],
            ["Total target cash", "$469,000", "Base salary plus target bonus"],
            ["Sign-on bonus (one time)", "$60,000", "Repayable pro rata, see Section 4"],
        ], True),
        ("heading", "New-Hire Equity"),
        ("table", [
            ["Award", "Number", "Vesting"],
            ["Stock options", "140,000", "25% after 12 months, then monthly over 36 months"],
            ["Restricted stock units", "20,000", "100% on the first anniversary of grant"],
        ], True),
        ("heading", "1. Base Salary"),
        ("para", P("""
            Your base salary will be three hundred thirty-five thousand dollars ($335,000) per year, paid bi-weekly
            through the Company's payroll and subject to withholding. The Board's Compensation Committee reviews
            executive salaries each February.""")),
        ("heading", "2. Annual Bonus"),
        ("para", P("""
            You will be eligible for an annual bonus with a target of 40% of your base salary. The actual bonus may be
            higher or lower than the target and will be determined by the Compensation Committee. For 2028 the bonus
            will not be prorated.""")),
        ("heading", "3. Equity"),
        ("para", P("""
            Your principal new-hire award is an option to purchase 140,000 shares of the Company's common stock under
            the 2024 Equity Incentive Plan, with an exercise price equal to the fair market value on the grant date.
            The option vests as to 25% of the shares on the first anniversary of your start date and as to the rest in
            36 equal monthly installments after that, subject to your continued service. You will also receive a
            one-time award of 20,000 restricted stock units that vests in full on the first anniversary of its grant
            date, to replace equity you will forfeit at your current employer.""")),
        ("heading", "4. Sign-On Bonus"),
        ("para", P("""
            The Company will pay you a sign-on bonus of $60,000 within 30 days after your start date. If you resign
            without Good Reason, or the Company terminates your employment for Cause (as those terms are defined in the
            Company's Executive Severance Plan), within 24 months after your start date, you will repay a pro rata
            portion of the sign-on bonus based on the number of months remaining in that 24-month period.""")),
        ("heading", "5. Benefits and Time Off"),
        ("para", P("""
            You will be eligible for the Company's health, dental and vision plans, life and disability insurance,
            and the 401(k) plan with a Company match of 100% of the first 5% of eligible compensation you contribute.
            You will receive four weeks of paid vacation each year plus the Company's holidays, and paid sick time
            of up to 72 hours a year under the Pittsburgh Paid Sick Days Act.""")),
        ("heading", "6. Severance"),
        ("para", P("""
            You will participate in the Company's Executive Severance Plan as a Tier 1 participant. Under the plan, if
            your employment is terminated by the Company without Cause, or you resign for Good Reason, you will receive
            twelve months of base salary continuation, subject to signing a release of claims.""")),
        ("heading", "7. Restrictive Covenants"),
        ("para", P("""
            You will be required to sign the Company's Proprietary Information, Inventions Assignment and Restrictive
            Covenants Agreement. It includes your agreement to keep the Company's proprietary information confidential
            and to assign inventions to the Company. It also contains a non-competition covenant that applies for
            twelve (12) months after your employment ends and a non-solicitation covenant covering employees and
            customers that applies for eighteen (18) months after your employment ends. You acknowledge that the
            equity and sign-on bonus described in this letter are consideration for those covenants.""")),
        ("heading", "8. Dispute Resolution"),
        ("para", P("""
            To the fullest extent permitted by law, you and the Company agree that any dispute arising out of your
            employment will be resolved through final and binding arbitration in Pittsburgh under the Employment
            Arbitration Rules of the American Arbitration Association. This letter will be governed by the laws of the
            Commonwealth of Pennsylvania.""")),
        ("heading", "9. At-Will Employment"),
        ("para", P("""
            Your employment with the Company will be at will. Either you or the Company may terminate the employment at
            any time, for any reason, with or without cause or advance notice. Eligibility for severance under Section 6
            does not change the at-will nature of your employment.""")),
        ("heading", "10. Conditions"),
        ("para", P("""
            This offer is contingent on a satisfactory background check, verification of your academic degrees and
            your eligibility to work in the United States, which you will document by completing Form I-9.""")),
        ("para", P("""
            This offer will remain open until the close of business on November 5, 2027. To accept, please sign and
            return this letter to me by that time.""")),
        ("lines", ["Sincerely,", "", "Ambrose Delacroix-Nwosu", "Chief Executive Officer",
                   "Monongahela Gantry Robotics, Inc.", "", "Accepted and agreed:", "",
                   "______________________________   Date: ______________", "Saoirse Villanueva-Okonjo"]),
    ],
)


# 9. Canada (British Columbia), TSX-listed hydrogen company: DOCX executive employment
#     agreement, about 3 pages, with a Schedule A compensation table.
#     Traps: CAD, salary "in equal semi-monthly instalments"; the notice owed by the Company in
#     the first year (12 months, rising by a month a year) vs "not less than sixty (60) days'
#     prior written notice" from the Executive; five weeks' vacation and the five paid sick days
#     of the Employment Standards Act; a group RRSP match; options vesting in thirds (vesting
#     and cliff in the sentences after the grant); 12-month non-compete and non-solicit
#     defined through "Restricted Period"; no probation, stated; BC law and courts.
letter(
    "ca-bc-burnaby-evp-operations-executive-agreement", "docx", datetime(2027, 4, 19, 10, 0),
    "Executive Employment Agreement - EVP Operations", "Fraserline Hydrogen Systems Ltd.",
    blocks=[
        ("title", "EXECUTIVE EMPLOYMENT AGREEMENT"),
        ("para", P("""
            THIS AGREEMENT is made as of the 19th day of April, 2027.""")),
        ("lines", ["BETWEEN:", "", "FRASERLINE HYDROGEN SYSTEMS LTD., a company existing under the laws of British Columbia",
                   "(the \"Corporation\")", "", "AND:", "", "PRIYAMVADA SINCLAIR-OKORO, of the City of Calgary, Alberta",
                   "(the \"Executive\")"]),
        ("para", P("""
            WHEREAS the Corporation wishes to employ the Executive as its Executive Vice President, Operations, and the
            Executive wishes to accept that employment, on the terms and conditions of this Agreement;""")),
        ("para", P("""
            NOW THEREFORE in consideration of the mutual covenants in this Agreement, the parties agree as follows:""")),
        ("heading", "PART 1 - EMPLOYMENT"),
        ("para", P("""
            1.1 Position. The Corporation will employ the Executive in the position of Executive Vice President,
            Operations, reporting to the President and Chief Executive Officer. The Executive will be responsible
            for the Corporation's manufacturing, supply chain, quality and field service functions.""")),
        ("para", P("""
            1.2 Commencement. The Executive's employment will commence on June 1, 2027 (the "Start Date"). The
            Executive's employment is for an indefinite term and is not subject to any probationary period.""")),
        ("para", P("""
            1.3 Place of Work. The Executive will work from the Corporation's head office and production facility in
            Burnaby, British Columbia. The Executive will relocate to the Lower Mainland before the Start Date.""")),
        ("para", P("""
            1.4 Full Time and Attention. The Executive will devote the whole of the Executive's working time and
            attention to the business of the Corporation and will not engage in any other business without the
            written consent of the Chief Executive Officer.""")),
        ("heading", "PART 2 - REMUNERATION"),
        ("para", P("""
            2.1 Base Salary. The Corporation will pay the Executive the base salary stated in Schedule A (the "Base
            Salary"), less statutory deductions, in equal semi-monthly instalments. The Human Resources and
            Compensation Committee of the Board will review the Base Salary annually.""")),
        ("para", P("""
            2.2 Short-Term Incentive. The Executive will participate in the Corporation's short-term incentive plan,
            with a target award of fifty percent (50%) of the Base Salary and a maximum of one hundred percent
            (100%), payable in cash after the Corporation's audited results for the year are released.""")),
        ("para", P("""
            2.3 Stock Options. On the first day after the Start Date on which trading in the Corporation's shares is
            permitted under its insider trading policy, the Corporation will grant the Executive options to purchase
            200,000 common shares of the Corporation under its Stock Option Plan, at an exercise price equal to the
            closing price of the shares on the Toronto Stock Exchange on the last trading day before the grant. The
            options will not vest in the first year. One third of them will vest on each of the first, second and
            third anniversaries of the grant date. The options will expire five years after the grant date, subject
            to earlier expiry under the Stock Option Plan.""")),
        ("para", P("""
            2.4 Relocation. The Corporation will reimburse the Executive for reasonable costs of moving from Calgary
            to the Lower Mainland, up to a maximum of $40,000, on production of receipts. If the Executive resigns
            within twelve (12) months after the Start Date, the Executive will repay all amounts reimbursed under
            this section.""")),
        ("heading", "PART 3 - BENEFITS AND VACATION"),
        ("para", P("""
            3.1 Benefits. The Executive will be eligible for the Corporation's group benefits plan, which includes
            extended health, dental, vision care, group life and long-term disability insurance, subject to the
            terms of the plan and the insurer's requirements.""")),
        ("para", P("""
            3.2 Group RRSP. The Corporation will match the Executive's contributions to the Corporation's group
            registered retirement savings plan up to five percent (5%) of the Base Salary.""")),
        ("para", P("""
            3.3 Vacation. The Executive will be entitled to five (5) weeks of paid vacation in each calendar year,
            prorated for 2027, in addition to statutory holidays.""")),
        ("para", P("""
            3.4 Sick Leave. The Executive will receive five (5) paid sick days a year as the Employment Standards Act
            (British Columbia) provides, and salary continuance thereafter under the Corporation's short-term
            disability policy.""")),
        ("heading", "PART 4 - TERMINATION"),
        ("para", P("""
            4.1 Resignation. The Executive may resign by giving the Corporation not less than sixty (60) days' prior
            written notice. The Corporation may waive all or part of that notice by paying the Base Salary for the
            part of the notice period it waives.""")),
        ("para", P("""
            4.2 Just Cause. The Corporation may terminate the Executive's employment at any time for just cause
            without notice or pay in lieu of notice.""")),
        ("para", P("""
            4.3 Without Cause. The Corporation may terminate the Executive's employment at any time without just cause
            by giving the Executive twelve (12) months' notice of termination, pay in lieu of that notice, or a
            combination of the two, plus one (1) additional month for each completed year of service after the first,
            to a maximum of eighteen (18) months in total. The Executive's benefits will continue during the notice
            period to the extent the insurers permit. The amounts in this section include all notice, severance and
            termination pay owed under the Employment Standards Act (British Columbia).""")),
        ("heading", "PART 5 - CONFIDENTIALITY AND RESTRICTIVE COVENANTS"),
        ("para", P("""
            5.1 Confidential Information. The Executive will not, during the employment or afterwards, disclose to
            anyone or use for any purpose other than the Corporation's business any confidential information of the
            Corporation, including its stack designs, process recipes, cost data and customer contracts.""")),
        ("para", P("""
            5.2 Intellectual Property. All inventions, designs and works that the Executive makes in the course of the
            employment belong to the Corporation. The Executive assigns them to the Corporation and waives the
            Executive's moral rights in them.""")),
        ("para", P("""
            5.3 Restricted Period. In this Part, "Restricted Period" means the twelve (12) months after the Executive's
            employment ends, for any reason.""")),
        ("para", P("""
            5.4 Non-Competition. During the Restricted Period the Executive will not be employed by or provide
            services to any business in Canada or the United States that manufactures fuel-cell stacks or
            electrolysers in competition with the Corporation.""")),
        ("para", P("""
            5.5 Non-Solicitation. During the Restricted Period the Executive will not solicit any customer of the
            Corporation with which the Executive dealt in the last year of employment, and will not induce any
            employee of the Corporation to leave.""")),
        ("heading", "PART 6 - GENERAL"),
        ("para", P("""
            6.1 Governing Law. This Agreement is governed by the laws of the Province of British Columbia and the
            federal laws of Canada applicable there, and the parties attorn to the courts of British Columbia.""")),
        ("para", P("""
            6.2 Independent Legal Advice. The Executive acknowledges having had the opportunity to obtain independent
            legal advice before signing this Agreement.""")),
        ("para", P("""
            6.3 Entire Agreement. This Agreement, with Schedule A, replaces all earlier discussions and offers between
            the parties about the Executive's employment.""")),
        ("para", P("""
            6.4 Acceptance. This Agreement will be of no effect unless the Executive signs and returns it to the
            Corporation on or before April 30, 2027.""")),
        ("lines", ["FRASERLINE HYDROGEN SYSTEMS LTD.", "", "Per: ______________________________",
                   "Authorized Signatory", "", "SIGNED by the Executive in the presence of a witness:", "",
                   "______________________________", "Priyamvada Sinclair-Okoro"]),
        ("title", "SCHEDULE A - COMPENSATION"),
        ("table", [
            ["Element", "Amount"],
            ["Base Salary", "CAD $268,000 per year"],
            ["Short-term incentive target", "50% of Base Salary (maximum 100%)"],
            ["Stock options", "200,000, vesting one third per year over three years"],
            ["Group RRSP match", "Up to 5% of Base Salary"],
            ["Vacation", "5 weeks per year"],
        ], True),
    ],
)


# 10. UK (England), AIM/Main Market plc: PDF director's service agreement, 5 pages.
#     Traps: "the Company" and "the Executive" defined in a parties clause with a company
#     number; salary "shall accrue from day to day and be payable by equal monthly
#     instalments in arrears"; 30 working days' holiday "in addition to" bank holidays; sick pay
#     as 26 weeks' full salary; hours from times with a lunch hour; twelve months' notice from
#     the Company vs six from the Executive, with a PILON clause and garden leave; a nil-cost
#     option award as a value (150% of salary) with three-year cliff vesting; pension
#     contribution or cash in lieu; malus and clawback of bonus under a policy (not an
#     early-leaving repayment); non-compete 9 months and non-solicit 12 months, each reduced by
#     garden leave; English law and courts.
letter(
    "uk-eng-reading-cfo-service-agreement", "pdf", datetime(2027, 6, 30, 12, 0),
    "Service Agreement - Chief Financial Officer", "Company Secretariat",
    font="DejaVuSans", size=10, paper="A4", footer="Kennet Meridian Data plc - Service Agreement (CFO)",
    blocks=[
        ("title", "SERVICE AGREEMENT"),
        ("para", "THIS AGREEMENT is dated 30 June 2027"),
        ("heading", "PARTIES"),
        ("para", P("""
            (1) KENNET MERIDIAN DATA PLC incorporated and registered in England and Wales with company number
            09876543 whose registered office is at Forbury Place, 43 Forbury Road, Reading RG1 3JH (the
            "Company").""")),
        ("para", P("""
            (2) HARRIET ODUYA-PEMBERTON of 17 Kendrick Road, Reading RG1 5DU (the "Executive").""")),
        ("heading", "AGREED TERMS"),
        ("heading", "1. Interpretation"),
        ("para", P("""
            1.1 In this agreement: "Appointment" means the employment of the Executive by the Company on the terms of
            this agreement; "Board" means the board of directors of the Company or a duly authorised committee of it;
            "Commencement Date" means 1 September 2027; "Garden Leave" means any period during which the Company has
            exercised its rights under clause 16; "Group Company" means the Company and each of its subsidiaries and
            holding companies from time to time; "Remuneration Committee" means the remuneration committee of the
            Board; and "Termination Date" means the date on which the Appointment ends.""")),
        ("para", P("""
            1.2 The headings in this agreement do not affect its interpretation. A reference to a statute includes it
            as amended or re-enacted from time to time.""")),
        ("heading", "2. Appointment and term"),
        ("para", P("""
            2.1 The Company shall employ the Executive, and the Executive shall serve the Company, as Chief Financial
            Officer on the terms of this agreement.""")),
        ("para", P("""
            2.2 The Appointment shall begin on the Commencement Date and shall continue, subject to the remaining terms
            of this agreement, until terminated by either party giving the other written notice as follows: (a) the
            Company shall give the Executive not less than twelve months' notice; and (b) the Executive shall give the
            Company not less than six months' notice.""")),
        ("para", P("""
            2.3 No employment with a previous employer counts towards the Executive's period of continuous
            employment.""")),
        ("para", P("""
            2.4 The Executive warrants that she is entitled to work in the United Kingdom without any additional
            approvals and will notify the Company immediately if she ceases to be so entitled.""")),
        ("heading", "3. Duties"),
        ("para", P("""
            3.1 The Executive shall serve as a director of the Company for so long as the Appointment continues, subject
            to re-election by the shareholders at each annual general meeting. She shall report to the Chief Executive
            Officer and shall comply with the UK Corporate Governance Code, the Market Abuse Regulation and the
            Company's share dealing code.""")),
        ("para", P("""
            3.2 The Executive shall not, without the Board's prior consent, hold any other office or take part in any
            other business, except that she may hold one non-executive directorship of a company that is not a
            competitor, and may keep any fees from it.""")),
        ("heading", "4. Place of work"),
        ("para", P("""
            The Executive's normal place of work is the Company's head office at Forbury Place, Reading, or such other
            place within 30 miles of it as the Company may reasonably require. The Executive may work from home for up
            to one day in each week with the agreement of the Chief Executive Officer.""")),
        ("heading", "5. Hours of work"),
        ("para", P("""
            The Executive's normal working hours are 9.00 am to 5.30 pm on Monday to Friday, with one hour for lunch,
            together with such additional hours as are necessary for the proper performance of her duties. She will
            not receive further remuneration for those additional hours. The parties agree that the nature of the
            Executive's role means that her working time is not measured or predetermined for the purposes of
            regulation 20 of the Working Time Regulations 1998.""")),
        ("heading", "6. Salary"),
        ("para", P("""
            6.1 The Executive shall be paid a salary of £292,000 per annum (inclusive of any fees due to her as a
            director of the Company or of any Group Company).""")),
        ("para", P("""
            6.2 The salary shall accrue from day to day and be payable by equal monthly instalments in arrears on or
            about the 26th day of each month directly into the Executive's bank or building society account.""")),
        ("para", P("""
            6.3 The Remuneration Committee shall review the salary in the first quarter of each calendar year, the first
            review being in 2029. There is no obligation to increase it.""")),
        ("heading", "7. Annual bonus"),
        ("para", P("""
            7.1 The Executive shall be eligible to participate in the Company's annual bonus scheme. For the financial
            year ending 31 March 2028 and each later year, her on-target bonus opportunity is 75% of salary and her
            maximum bonus opportunity is 150% of salary, subject to performance conditions set by the Remuneration
            Committee. Any bonus for the year in which the Commencement Date falls shall be pro-rated.""")),
        ("para", P("""
            7.2 Any part of a bonus above 100% of salary shall be deferred into shares of the Company for three years
            under the Deferred Bonus Plan. All bonus awards are subject to the malus and clawback provisions of the
            Company's directors' remuneration policy, which allow the Remuneration Committee to reduce unpaid awards
            or to recover amounts paid in the event of a material misstatement of results, an error in calculation or
            serious misconduct.""")),
        ("heading", "8. Long-term incentive"),
        ("para", P("""
            8.1 As soon as practicable after the Commencement Date, and subject to the rules of the Kennet Meridian
            Performance Share Plan 2025 (the "PSP"), the Company shall grant the Executive an award in the form of a
            nil-cost option over ordinary shares in the Company with a market value at grant of £438,000, being 150% of
            her salary.""")),
        ("para", P("""
            8.2 The award will vest on the third anniversary of its grant, to the extent that the performance
            conditions set by the Remuneration Committee at grant are met. No part of it vests before then. Vested
            shares, after sales to cover tax, must be held for a further two years.""")),
        ("heading", "9. Pension"),
        ("para", P("""
            9.1 The Company shall contribute an amount equal to 10% of the Executive's salary to a group personal
            pension plan of her choice each month, or, at her election, shall pay her a cash allowance of the same
            amount less employer national insurance contributions.""")),
        ("para", P("""
            9.2 A contracting-out certificate is not in force in respect of the Appointment.""")),
        ("heading", "10. Insured benefits"),
        ("para", P("""
            The Executive and her spouse and dependent children are entitled to private medical expenses insurance. The
            Executive is also entitled to life assurance cover of four times salary and to permanent health insurance,
            subject in each case to the rules of the schemes and the insurer's terms.""")),
        ("heading", "11. Holidays"),
        ("para", P("""
            11.1 The Company's holiday year runs from 1 January to 31 December. The Executive shall be entitled to 30
            working days' paid holiday in each holiday year, in addition to the usual public holidays in England.
            Holiday shall be taken at times agreed with the Chief Executive Officer.""")),
        ("para", P("""
            11.2 Up to five days of unused holiday may be carried forward to the next holiday year. On termination the
            Executive will be paid in lieu of accrued but untaken holiday, or will repay holiday taken in excess of
            her pro-rated entitlement.""")),
        ("heading", "12. Incapacity"),
        ("para", P("""
            12.1 If the Executive is absent because of sickness or injury and complies with the Company's sickness
            absence procedures, she shall continue to receive her full salary for up to 26 weeks in aggregate in any
            period of 12 months. Thereafter she will be paid only Statutory Sick Pay, if eligible.""")),
        ("para", P("""
            12.2 The Executive agrees to undergo a medical examination by a doctor nominated by the Company at any time
            during the Appointment, at the Company's expense.""")),
        ("heading", "13. Expenses"),
        ("para", P("""
            The Company shall reimburse the Executive for all reasonable expenses properly incurred in performing her
            duties, subject to production of VAT receipts or other evidence the Company reasonably requires.""")),
        ("heading", "14. Confidential information"),
        ("para", P("""
            14.1 The Executive shall not, during the Appointment or at any time after it ends, use or communicate to any
            person any confidential information of any Group Company, including its price-sensitive information,
            except in the proper course of her duties, as required by law or as authorised by the Board.""")),
        ("para", P("""
            14.2 Nothing in this clause prevents the Executive from making a protected disclosure within the meaning of
            section 43A of the Employment Rights Act 1996 or from reporting a criminal offence.""")),
        ("heading", "15. Intellectual property"),
        ("para", P("""
            All copyright, database rights, inventions and other intellectual property created by the Executive in the
            course of the Appointment shall belong to the Company absolutely. To the extent that any of them do not vest
            in the Company automatically, the Executive holds them on trust for the Company and hereby assigns them to
            it, and waives any moral rights in them.""")),
        ("heading", "16. Garden leave"),
        ("para", P("""
            16.1 Following service of notice by either party, or if the Executive purports to resign without giving
            the notice clause 2.2 requires, the Board may require the Executive to stay away from work for all or part
            of the remaining period of the Appointment.""")),
        ("para", P("""
            16.2 During Garden Leave the Executive remains an employee, shall continue to receive her salary and
            contractual benefits, shall not contact any client, supplier or employee of any Group Company without the
            Board's consent, and shall remain available to assist with the handover of her duties.""")),
        ("heading", "17. Termination"),
        ("para", P("""
            17.1 The Company may terminate the Appointment with immediate effect, without notice or payment in lieu, if
            the Executive commits gross misconduct, becomes bankrupt, is disqualified from acting as a director, is
            convicted of an offence under any law relating to insider dealing or market abuse, or is guilty of any
            other serious breach of this agreement.""")),
        ("para", P("""
            17.2 Payment in lieu of notice. The Company may, in its sole discretion, terminate the Appointment at any
            time with immediate effect by notifying the Executive that it is exercising its right under this clause and
            by paying her, in monthly instalments over the period of notice then remaining, a sum equal to her salary
            for that period, together with the cost to the Company of providing her contractual benefits. Any such
            instalment will be reduced by the amount the Executive earns from alternative employment during the
            remaining notice period.""")),
        ("para", P("""
            17.3 On termination, the Executive shall resign from any office she holds with any Group Company and return
            all property of the Company in her possession.""")),
        ("heading", "18. Restrictions after the Appointment ends"),
        ("para", P("""
            18.1 In this clause, "Restricted Business" means the business of any Group Company in which the Executive was
            involved to a material extent in the 12 months before the Termination Date, and "Restricted Customer" means
            any firm or company that was a customer of a Group Company during that period and with which the Executive
            had material dealings.""")),
        ("para", P("""
            18.2 For nine months after the Termination Date, the Executive shall not, without the prior written consent
            of the Board, be engaged in or concerned with any business in the United Kingdom that is, or is preparing
            to be, in competition with the Restricted Business.""")),
        ("para", P("""
            18.3 For twelve months after the Termination Date, the Executive shall not, on her own behalf or for
            anyone else, solicit or try to entice away from the Company the business of any Restricted Customer, or
            offer employment to or try to entice away any senior employee of a Group Company with whom she worked in
            the last 12 months of the Appointment.""")),
        ("para", P("""
            18.4 Any period the Executive spends on Garden Leave immediately before the Termination Date shall be
            deducted from the periods in clauses 18.2 and 18.3. Each of the restrictions is a separate obligation, and
            the parties consider each of them reasonable.""")),
        ("heading", "19. Data protection"),
        ("para", P("""
            The Executive confirms that she has read the Company's privacy notice for staff, which explains how the
            Company processes personal data about her in connection with the Appointment.""")),
        ("heading", "20. Collective agreements and grievances"),
        ("para", P("""
            There is no collective agreement that affects the Appointment. If the Executive has a grievance or is
            dissatisfied with a disciplinary decision, she may raise it in writing with the Chair of the Board, whose
            decision shall be final.""")),
        ("heading", "21. Entire agreement and variation"),
        ("para", P("""
            This agreement is the entire agreement between the parties and replaces the letter of 12 May 2027 setting
            out heads of terms. No variation of it is effective unless it is in writing and signed by or on behalf of
            each party.""")),
        ("heading", "22. Governing law and jurisdiction"),
        ("para", P("""
            English law governs this agreement and any dispute or claim, including a non-contractual one, that arises
            from it or from the Appointment. Each party irrevocably submits to the exclusive jurisdiction of the
            courts of England and Wales.""")),
        ("para", "This agreement has been entered into as a deed on the date stated at the beginning of it."),
        ("lines", ["Executed as a deed by KENNET MERIDIAN DATA PLC acting by two directors:", "",
                   "Director: ______________________   Alasdair Penhaligon-Reyes", "",
                   "Director: ______________________   Nneka Fairbrother", "",
                   "Signed as a deed by HARRIET ODUYA-PEMBERTON in the presence of:", "",
                   "Signature: ______________________", "", "Witness name: ___________________",
                   "Witness address: _________________"]),
    ],
)


# 11. Canada (Manitoba), credit union: TXT offer letter for a senior manager, 1 page.
#     Traps: pay stated per month ("$11,250.00 per month, paid on the 15th and the last day"),
#     hours from times of day less an unpaid 30-minute lunch (37.5), six months' probation with
#     one week's notice during it, four weeks' notice from the employee after it vs only "the
#     notice required by The Employment Standards Code" from the employer (null), four weeks'
#     vacation "plus statutory holidays", a defined-benefit pension with a 7.5% employer
#     contribution, a deadline as a weekday with no year, the employer named in the letterhead
#     and in capitals in the body.
letter(
    "ca-mb-winnipeg-senior-manager-risk-offer", "txt", datetime(2027, 3, 1, 9, 0),
    "Offer of employment - Senior Manager, Enterprise Risk", "People and Culture",
    blocks=[
        ("head", "Red River Prairie Credit Union Limited", "1650 Portage Avenue, Winnipeg, Manitoba R3J 0C9"),
        ("lines", ["March 1, 2027", "", "PRIVATE AND CONFIDENTIAL", "", "Mr. Thaddeus Bjornson-Achterlonie",
                   "88 Lindsay Street", "Winnipeg, MB R3N 1G8"]),
        ("para", "Dear Thaddeus,"),
        ("para", P("""
            Further to your interviews with our Chief Risk Officer and the Audit and Risk Committee chair, I am pleased to
            offer you the permanent, full-time position of Senior Manager, Enterprise Risk with RED RIVER PRAIRIE CREDIT
            UNION LIMITED ("the Credit Union"). Your first day will be Monday, April 5, 2027.""")),
        ("para", P("""
            1. Salary. Your salary will be $11,250.00 per month, paid in two equal deposits on the 15th and the last day of
            each month. The salary grade for this position (Grade M4) runs from $9,800 to $13,400 per month. Salaries
            are reviewed each January.""")),
        ("para", P("""
            2. Hours of Work. You will work at our administrative office at 1650 Portage Avenue, Winnipeg. Your regular
            hours are 8:30 a.m. to 4:30 p.m., Monday to Friday, with a 30-minute unpaid lunch. As a member of
            management, you are not eligible for overtime pay. After probation you may work from home one day a week
            under our flexible work guideline.""")),
        ("para", P("""
            3. Incentive. You will participate in the Credit Union's Management Incentive Program. The payout for your
            grade is up to 12% of base salary, depending on the Credit Union's results and your own.""")),
        ("para", P("""
            4. Vacation. You will be entitled to four (4) weeks of paid vacation per year, plus statutory holidays. In
            your first calendar year vacation is prorated from your start date.""")),
        ("para", P("""
            5. Pension and Benefits. You will join the Credit Union's defined benefit pension plan on your first day;
            you contribute 6% of salary and the Credit Union contributes 7.5%. You will also be enrolled in our group
            benefits plan (extended health, dental, vision, life insurance and long-term disability) after three months
            of service.""")),
        ("para", P("""
            6. Probation. The first six (6) months of your employment are a probationary period. During probation,
            either you or the Credit Union may end the employment on one (1) week's written notice.""")),
        ("para", P("""
            7. Ending Employment. After probation, we ask that you give four (4) weeks' written notice if you resign.
            The Credit Union will give you the notice required by The Employment Standards Code (Manitoba), or pay in
            lieu of it, if it ends your employment without cause.""")),
        ("para", P("""
            8. Confidentiality and Conduct. Members' information is confidential. You will sign our Code of Conduct and
            Confidentiality Agreement on your first day, and you will be asked to reaffirm it each year.""")),
        ("para", P("""
            9. Conditions. This offer is conditional on a satisfactory criminal record check and credit check, on the
            verification of your CPA designation and on two satisfactory professional references.""")),
        ("para", P("""
            Please sign and return a copy of this letter by Friday, March 5 to confirm your acceptance. We look
            forward to welcoming you.""")),
        ("lines", ["Yours truly,", "", "Marisa Dueck-Kaminski", "Director, People and Culture",
                   "", "I accept the position on the terms set out above.", "",
                   "________________________________   Date: ______________", "Thaddeus Bjornson-Achterlonie"]),
    ],
)


# 12. US (Tennessee), bank holding company: PDF amended and restated employment agreement,
#     2 pages.
#     Traps: a restatement for an officer already employed (start_date null); a term that ends on a
#     calendar date unless extended by a written amendment (fixed_term true, end date stated);
#     Base Salary with a later step-up in the same section (the initial figure); "semi-monthly";
#     a retention RSU award that cliff-vests in full on the third anniversary; 90 days' notice
#     from the Executive vs 30 from the Bank; "Restricted Period" of 24 months for the
#     non-compete and non-solicit; a regulatory clawback (golden parachute rules) and a
#     forfeiture of the retention bonus on early resignation; Tennessee law; no arbitration.
letter(
    "us-tn-nashville-president-amended-restated-agreement", "pdf", datetime(2027, 11, 15, 9, 0),
    "Amended and Restated Employment Agreement", "Harpeth Ledger Bancshares, Inc.",
    font="DejaVuSerif", size=10, paper="Letter", footer="Amended and Restated Employment Agreement",
    blocks=[
        ("title", "AMENDED AND RESTATED EMPLOYMENT AGREEMENT"),
        ("para", P("""
            This Amended and Restated Employment Agreement (this "Agreement") is entered into as of November 15, 2027
            (the "Restatement Date") between Harpeth Ledger Bank, a Tennessee state-chartered bank (the "Bank"), and
            Cordelia Ashworth-Mbeki (the "Executive"). The Bank's parent, Harpeth Ledger Bancshares, Inc., a Tennessee
            corporation (the "Holding Company"), joins in this Agreement only for the purposes of Sections 3.3 and 4.""")),
        ("heading", "RECITALS"),
        ("para", P("""
            A. The Executive has served as President and Chief Operating Officer of the Bank since 2022 under an
            employment agreement dated March 1, 2022 (the "Prior Agreement").""")),
        ("para", P("""
            B. The Boards of Directors of the Bank and the Holding Company have determined that it is in the best
            interests of the Bank to retain the Executive's services through the planned succession of the Chief Executive Officer,
            and to amend and restate the Prior Agreement in its entirety as set out below.""")),
        ("para", "The parties therefore agree as follows:"),
        ("heading", "Section 1. Position and Duties"),
        ("para", P("""
            The Executive shall continue to serve as President and Chief Operating Officer of the Bank and shall also
            serve as Executive Vice President of the Holding Company. The Executive's office shall remain at the Bank's
            main office in Nashville, Tennessee. The Executive shall devote her full business time to the Bank and the
            Holding Company.""")),
        ("heading", "Section 2. Term"),
        ("para", P("""
            The term of this Agreement began on the Restatement Date and shall end on December 31, 2030, unless it ends
            earlier under Section 5. The term shall not be extended except by a written amendment approved by both
            Boards and signed by the Executive.""")),
        ("heading", "Section 3. Compensation"),
        ("para", P("""
            3.1 Base Salary. The Bank shall pay the Executive a base salary at the annual rate of $560,000 (the "Base
            Salary"), payable semi-monthly. Effective January 1, 2028, the Base Salary shall increase to $590,000. The
            Compensation Committee of the Holding Company's Board shall review the Base Salary each year after that.""")),
        ("para", P("""
            3.2 Incentive Compensation. The Executive shall participate in the Bank's Annual Incentive Plan with a
            target award of 45% of Base Salary, based on the Bank's return on average assets, asset quality and
            efficiency ratio, and on individual goals.""")),
        ("para", P("""
            3.3 Retention Award. On the Restatement Date the Holding Company granted the Executive 85,000 restricted
            stock units under its 2023 Equity Compensation Plan. The units will not vest in part. They will vest in full
            on the third anniversary of the Restatement Date if the Executive is still employed then, and will vest
            earlier only on the Executive's death or Disability or on a Change in Control.""")),
        ("para", P("""
            3.4 Retention Bonus. The Bank shall pay the Executive a cash retention bonus of $250,000 within ten days after
            the Restatement Date. If the Executive resigns other than for Good Reason before December 31, 2028, she shall
            repay the retention bonus to the Bank in full within thirty days after her last day of employment.""")),
        ("para", P("""
            3.5 Benefits. The Executive shall remain eligible for the health, dental, vision, life and disability plans
            and the 401(k) and supplemental executive retirement plans that the Bank maintains, and shall receive
            five (5) weeks of paid vacation each year in addition to Bank holidays.""")),
        ("heading", "Section 4. Regulatory Provisions"),
        ("para", P("""
            Any payment under this Agreement is subject to, and shall be reduced or withheld as needed to comply with,
            Section 18(k) of the Federal Deposit Insurance Act and the regulations at 12 C.F.R. Part 359 on golden
            parachute payments. Incentive compensation is also subject to the Holding Company's clawback policy.""")),
        ("heading", "Section 5. Termination"),
        ("para", P("""
            5.1 By the Bank. The Bank may end the Executive's employment for Cause at any time by written notice, or
            without Cause by giving her no fewer than thirty (30) days' notice in writing. If the Bank ends it without Cause, or the
            Executive resigns for Good Reason, the Bank shall pay the Executive severance equal to two times the sum of
            the Base Salary and the target award, in installments over twenty-four months, subject to a release.""")),
        ("para", P("""
            5.2 By the Executive. The Executive may resign without Good Reason on ninety (90) days' written notice to
            the Boards.""")),
        ("heading", "Section 6. Restrictive Covenants"),
        ("para", P("""
            6.1 The Executive shall keep the Bank's confidential information, including customer financial
            information, confidential during and after employment, and all work product she develops belongs to the
            Bank.""")),
        ("para", P("""
            6.2 "Restricted Period" means the twenty-four (24) months after the Executive's employment ends. During the
            Restricted Period the Executive shall not serve as an officer, director or employee of any bank, savings
            institution or credit union with an office within fifty (50) miles of the Bank's main office, and shall not
            solicit any customer or employee of the Bank to move to such an institution. The Executive agrees that
            these limits are reasonable under Tennessee Code Annotated Section 47-25-101 and the common law.""")),
        ("heading", "Section 7. General"),
        ("para", P("""
            This Agreement replaces the Prior Agreement from the Restatement Date. It is governed by the laws of the
            State of Tennessee, and any lawsuit about it shall be brought in the Chancery Court for Davidson County,
            Tennessee. It may be amended only in writing signed by all parties.""")),
        ("lines", ["HARPETH LEDGER BANCSHARES, INC.", "By: /s/ Winslow Abernathy-Cho, Chairman of the Board", "",
                   "HARPETH LEDGER BANK", "By: /s/ Winslow Abernathy-Cho, Chairman of the Board", "",
                   "EXECUTIVE", "/s/ Cordelia Ashworth-Mbeki"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
