#!/usr/bin/env python3
"""Build the tenth held-out set under tests/letters_unseen10/<id>/<id>.<ext> from the texts here.

Twelve team-written letters kept apart from tuning: ordinary and mid-level jobs in places no
earlier set used (Dublin, Cork, Glasgow, Auckland, Johannesburg, Abu Dhabi, Hong Kong,
Vancouver, Ahmedabad, Jaipur, Lagos, Tilburg), as local employers write them. By December
2026 the rules had been tuned on the dev corpus and on the earlier team-written sets, so
none of them measures any more how the extractor does on a letter it has never seen. These
were written blind: without reading rules/, src/, the corpus or the earlier sets' letters
and gold (only the README files of tests/letters_unseen to tests/letters_unseen4, for their
jurisdictions and traps, tests/letters_unseen4/make_letters.py, for the format, and one gold
file of that set, for the YAML shape), and without running offercheck on them. Do not tune
rules on them; once they have been used for tuning, write a new set.

Dev-only tool (it needs fpdf2, python-docx, Pillow and the DejaVu fonts); the generated
files are committed, and the tests read only those files and the hand-written gold.yaml
beside each one.

    python tests/letters_unseen10/make_letters.py             # rewrite every letter
    python tests/letters_unseen10/make_letters.py ID ...      # rewrite only these
    python tests/letters_unseen10/make_letters.py --check     # rebuild in memory: fail if a
                                                              # committed file differs or a gold
                                                              # quote is not in the letter's text

Gold quotes are checked against the texts in this file (``source_text``), not against
offercheck's reading of the documents, so that the check never runs the tool under test
(the scanned letter has no text layer at all). Every company, person, address and figure
below is invented, and every sentence was written for this set. The renderers (text, PDF,
DOCX and scan) are the shared ones in tests/blind_letters.py, unchanged. Output is
byte-for-byte reproducible.
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

# 1. Ireland (Dublin), freight forwarder: PDF, about 3 pages, serif.
#     Traps: salary in figures and words; a 39-hour week only from times of day (a shorter
#     Friday) less unpaid lunches; "in addition to the public holidays"; company sick pay
#     that includes statutory sick leave; a group PRSA with an employer rate conditional on
#     the employee's; hybrid only after probation; one week's notice in probation, then one
#     month from the employee and "one month or the statutory minimum, whichever is longer"
#     from the company; exam fees repayable; a customer non-solicit of six months.
letter(
    "ie-dublin-assistant-accountant-salary-in-words", "pdf", datetime(2027, 2, 3, 9, 30),
    "Offer of employment - Aoife Brennan-Kilbride", "Ardmore Quay Logistics Limited",
    font="DejaVuSerif", size=10, footer="Ardmore Quay Logistics Limited - Registered in Ireland No. 000000",
    blocks=[
        ("head", "Ardmore Quay Logistics Limited", "Block C, 40 North Wall Quay, Dublin 1, D01 X0X0  ·  +353 1 000 0000"),
        ("lines", ["3 February 2027", "", "PRIVATE AND CONFIDENTIAL", "Ms Aoife Brennan-Kilbride",
                   "17 Ashgrove Terrace", "Dundrum, Dublin 14"]),
        ("para", "Dear Aoife,"),
        ("title", "Assistant Accountant - Finance Department"),
        ("para", P("""
            Following your interviews with Seán Mulcahy and myself, I am glad to offer you the
            permanent, full-time post of Assistant Accountant with Ardmore Quay Logistics Limited
            ("the Company"). You will report to the Financial Controller. The main terms are set
            out below; the Company's staff handbook, which you will receive on your first day,
            fills in the detail.""")),
        ("heading", "1. Commencement"),
        ("para", P("""
            Your employment will begin on Monday 1 March 2027. No previous employment counts
            towards your continuous service with the Company.""")),
        ("heading", "2. Place of work"),
        ("para", P("""
            You will be based at our head office at 40 North Wall Quay, Dublin 1. For the
            duration of your probation you will work from the office every day. Once you have
            been confirmed in the post, you may work from home on up to two days in each week,
            on days agreed in advance with the Financial Controller; month-end close days are
            always worked in the office.""")),
        ("heading", "3. Salary"),
        ("para", P("""
            Your starting salary will be €48,500 (forty-eight thousand five hundred euro) gross
            per annum. It is paid by credit transfer in equal monthly amounts on the 23rd day of
            each month, or on the working day before it where the 23rd falls at a weekend or on
            a public holiday. Salaries are reviewed each January; an increase is not
            automatic.""")),
        ("para", P("""
            You may also take part in the Company's discretionary bonus scheme, which can pay
            up to 8% of base salary depending on the Company's results and your own. Any payment
            is at the Company's discretion and is not made to anyone who has resigned or been
            given notice by the payment date.""")),
        ("heading", "4. Hours of work"),
        ("para", P("""
            Your working hours are 9.00 a.m. to 5.30 p.m. from Monday to Thursday and 9.00 a.m.
            to 4.30 p.m. on Friday, with an unpaid lunch break of 30 minutes each day. Your
            salary takes account of the extra hours that month-end and the year-end audit
            sometimes call for, and overtime is not paid.""")),
        ("heading", "5. Annual leave"),
        ("para", P("""
            The leave year runs from January to December. You will be entitled to 23 working
            days' paid annual leave in each leave year, in addition to the public holidays. In
            2027 your entitlement is pro-rated from your start date. Up to three unused days may
            be carried into the first quarter of the following year with your manager's
            agreement.""")),
        ("heading", "6. Sickness absence"),
        ("para", P("""
            Once you have completed probation, the Company will pay your full salary for up to
            ten working days of certified sickness absence in any rolling twelve-month period.
            Those ten days include, and are not additional to, your entitlement under the Sick
            Leave Act 2022. During probation only statutory sick leave applies.""")),
        ("heading", "7. Pension and benefits"),
        ("para", P("""
            The Company operates a group PRSA with Glenmore Life. If you contribute at least 4%
            of basic salary, the Company will pay a contribution of 6% of basic salary into
            your PRSA. You can join from the first day of the month after you start.""")),
        ("para", P("""
            The Company pays €600 a year towards a private health insurance plan of your
            choosing, and you may buy a bicycle through the Bike to Work scheme by salary
            sacrifice.""")),
        ("heading", "8. Study support"),
        ("para", P("""
            We support staff who are working towards a professional accountancy qualification
            (ACCA or Chartered Accountants Ireland). The Company pays the examination and
            annual registration fees and gives you three days' study leave for each sitting. If
            you leave the Company of your own accord within twelve months after a sitting, you
            must repay the exam fees we paid for that sitting, and you agree that they may be
            deducted from your final pay.""")),
        ("heading", "9. Probation"),
        ("para", P("""
            The first six months of your employment are a probationary period, which the
            Company may extend by up to three months where it needs more time to assess you.
            During probation, either you or the Company may end the employment by giving one
            week's notice in writing.""")),
        ("heading", "10. Ending your employment"),
        ("para", P("""
            After probation, you must give the Company one month's notice in writing if you
            wish to resign. The Company will give you one month's notice, or the minimum
            notice due to you under the Minimum Notice and Terms of Employment Acts 1973 to
            2005, whichever is longer. The Company may pay salary in lieu of all or part of the
            notice period. Nothing here limits the Company's right to dismiss without notice
            for gross misconduct.""")),
        ("heading", "11. Confidential information and customers"),
        ("para", P("""
            Our customers' shipment, pricing and account details, and the Company's own
            financial information, are confidential. You must not disclose them to anyone
            outside the Company, during your employment or after it ends, unless the law
            requires you to.""")),
        ("para", P("""
            For six months after your employment ends, you must not approach any customer whose
            account you worked on in your last year with us in order to take its freight
            business away from the Company.""")),
        ("heading", "12. Conditions of this offer"),
        ("para", P("""
            This offer depends on our receiving two references that we find satisfactory, one
            of them from your current employer, and on your showing us evidence that you are
            entitled to work in Ireland. Please also bring copies of your degree and
            examination results on your first day.""")),
        ("heading", "13. Law"),
        ("para", "Irish law applies to this contract and to any question about it."),
        ("para", P("""
            If you are happy to accept, please sign and date the enclosed copy of this letter and
            return it to me. This offer remains open until 12 February 2027, after which it will
            lapse unless we agree otherwise in writing.""")),
        ("para", "We look forward to welcoming you to the team."),
        ("lines", ["Yours sincerely,", "", "", "Gráinne Ferriter", "HR Manager",
                   "for and on behalf of Ardmore Quay Logistics Limited", "",
                   "I accept the post of Assistant Accountant on the terms set out above.",
                   "Signed: _____________________________   Date: _______________",
                   "Aoife Brennan-Kilbride"]),
    ],
)


# 2. Ireland (Cork), community pharmacy: TXT, 1 page.
#     Traps: part-time hours stated as a weekly figure beside a four-day rota; hourly rate
#     with decimals and a Sunday premium; weekly pay "one week in arrears"; leave counted
#     for a four-day week "plus public holidays"; statutory sick leave of five days; extra
#     hours at the normal rate (overtime paid); auto-enrolment with a stated employer rate;
#     employee notice only, the employer's "statutory minimum" (null); a deadline in working
#     days from the letter date.
letter(
    "ie-cork-pharmacy-technician-part-time-hourly", "txt", datetime(2027, 2, 16, 17, 5),
    "Offer - Pharmacy Technician", "Shandon Street Pharmacy Ltd",
    blocks=[
        ("head", "SHANDON STREET PHARMACY LTD", "54 Shandon Street, Cork T23 X0X0 | Tel: 021 000 0000"),
        ("lines", ["Tuesday, 16 February 2027", "", "Darragh Lenihan", "Apt 6, Lower Glanmire Road", "Cork"]),
        ("para", "Dear Darragh,"),
        ("para", "Re: Pharmacy Technician (part-time)"),
        ("para", P("""
            Thanks for coming in on Friday to meet Eimear and me. We'd like to offer you a
            permanent part-time job as a Pharmacy Technician here at the shop on Shandon
            Street, starting Monday 8 March 2027. Here are the main points; a full contract will
            be given to you in your first week.""")),
        ("para", P("""
            Hours: 28 hours a week, worked over four days on the rota (7 hours a day, usually
            9am to 4.30pm with half an hour unpaid for lunch). The rota is published two weeks
            ahead and includes one Sunday in four. If you work more than your 28 hours at our
            request, the extra hours are paid at your normal hourly rate.""")),
        ("para", P("""
            Pay: €17.85 per hour, with time plus one third for hours worked on a Sunday. You
            are paid weekly by bank transfer every Thursday, one week in arrears.""")),
        ("para", P("""
            Annual leave: 16 days a year (that's four weeks for someone working a four-day
            week), plus public holidays. Sick leave is paid under the statutory scheme, which is
            currently five days a year at 70% of normal pay up to the daily cap.""")),
        ("para", P("""
            Pension: if you qualify, you will be enrolled in the State's auto-enrolment
            retirement savings scheme and we will contribute at the statutory employer rate,
            currently 1.5% of your gross pay.""")),
        ("para", P("""
            Probation: six months. During probation either of us can end things with one
            week's notice. After probation, we ask for two weeks' notice in writing from you if
            you decide to move on; from our side you will get at least the statutory minimum
            notice.""")),
        ("para", P("""
            Everything you learn about our patients and their prescriptions stays in the
            dispensary. Breaching patient confidentiality is treated as gross misconduct.""")),
        ("para", P("""
            Before you start we'll need two references (one from your placement pharmacy) and
            your PPS number.""")),
        ("para", P("""
            Could you let me know within five working days of the date of this letter whether
            you're taking the job? A text or email is fine, and you can sign the contract on
            your first morning.""")),
        ("lines", ["Kind regards,", "", "Eimear Doherty MPSI", "Supervising Pharmacist and Director"]),
    ],
)


# 3. Scotland (Glasgow), city-centre hotel: DOCX, 2 pages, a key-terms table at the top.
#     Traps: pay as a weekly figure paid weekly; the employer a company trading as a hotel;
#     45 hours over five shifts; hours over 45 given back as time off, not paid; 33 days
#     "inclusive of" the 9 public holidays the hotel recognises (24); company sick pay after
#     six months; four weeks from the employee vs two weeks (or statutory if greater) from
#     the employer; tronc that is not contractual pay; a staff non-solicit; Scots law; a
#     deadline with a time of day.
letter(
    "sco-glasgow-hotel-sous-chef-weekly-pay", "docx", datetime(2027, 3, 9, 11, 20),
    "Offer of employment - Sous Chef", "Kelvinhaugh Hotels Limited",
    blocks=[
        ("head", "The Merchant Quarter Hotel", "112 Ingram Street, Glasgow G1 1XX  ·  Kelvinhaugh Hotels Limited, registered in Scotland SC000000"),
        ("lines", ["9 March 2027", "", "Mr Callum Ferrie", "3/2, 48 Dumbarton Road", "Glasgow G11 6XX"]),
        ("para", "Dear Callum,"),
        ("para", P("""
            Thank you for the trial shift last week. Chef and I were impressed, and I am
            delighted to offer you the position of Sous Chef at The Merchant Quarter Hotel. Your
            employer will be Kelvinhaugh Hotels Limited, which owns and runs the hotel. The key
            terms are in the table below, and the rest of this letter explains them.""")),
        ("table", [
            ["Position", "Sous Chef, reporting to the Head Chef"],
            ["Start date", "Monday 5 April 2027"],
            ["Place of work", "The Merchant Quarter Hotel, 112 Ingram Street, Glasgow"],
            ["Contract", "Permanent, full-time"],
            ["Pay", "£655.00 gross per week"],
            ["Hours", "45 hours per week over five shifts"],
            ["Holidays", "33 days per holiday year, inclusive of public holidays"],
            ["Probation", "3 months"],
        ], False),
        ("heading", "Pay and tronc"),
        ("para", P("""
            Your pay is £655.00 gross per week, paid each Friday by BACS for the week just
            worked. You will also be a member of the hotel's tronc scheme, which shares out
            service charge among the kitchen and restaurant teams on a points basis. Tronc
            payments depend on the service charge collected, are made by the independent
            troncmaster and are not part of your contractual pay.""")),
        ("heading", "Hours"),
        ("para", P("""
            Your contracted hours are 45 per week, worked as five shifts out of seven days on
            the kitchen rota, which will include evenings and weekends. Hours worked above 45 in
            a week are recorded and given back as time off in lieu within the following four
            weeks; they are not paid.""")),
        ("heading", "Holidays"),
        ("para", P("""
            The holiday year runs from 1 April to 31 March. Your entitlement is 33 days in
            each holiday year, and this is inclusive of the 9 public holidays the hotel
            recognises. Because the hotel is open every day, public holidays are taken on
            rota dates agreed with the Head Chef rather than on the day itself.""")),
        ("heading", "Sickness"),
        ("para", P("""
            During your first six months, sick pay is Statutory Sick Pay only. After six months'
            service you will receive company sick pay at your normal pay for up to 5 working
            days in any holiday year, and SSP after that where you qualify.""")),
        ("heading", "Pension and staff benefits"),
        ("para", P("""
            You will be auto-enrolled into our workplace pension with NOW: Pensions once you are
            eligible. We contribute 3% of your qualifying earnings. You will have meals on duty,
            uniform and laundry, discounted rooms in our sister hotels, and free confidential
            counselling through our Employee Assistance Programme.""")),
        ("heading", "Probation and notice"),
        ("para", P("""
            Your first three months are a probationary period, during which either side may end
            the employment with one week's notice. Once you have passed probation, you must give
            us four weeks' notice in writing to resign. We will give you two weeks' notice, or
            your statutory notice if that is longer.""")),
        ("heading", "Recipes, staff and conduct"),
        ("para", P("""
            The hotel's recipes, supplier prices and menus under development belong to the
            business and must not be shared outside it, now or after you leave. For six months
            after you leave, you must not try to recruit any member of our kitchen brigade to
            join you at another restaurant or hotel.""")),
        ("heading", "Before you start"),
        ("para", P("""
            The offer depends on two satisfactory references and on your showing us a document
            that proves your right to work in the UK. Please also bring your REHIS Elementary
            Food Hygiene certificate, or its equivalent, on your first day.""")),
        ("para", P("""
            This letter and your employment with Kelvinhaugh Hotels Limited are subject to Scots
            law.""")),
        ("para", P("""
            To accept, please sign and return the second copy of this letter by 5pm on Friday
            19 March 2027. If we have not heard from you by then, the offer will be withdrawn.""")),
        ("lines", ["Yours sincerely,", "", "Morag Lindsay", "General Manager", "The Merchant Quarter Hotel", "",
                   "Accepted: ____________________  Date: __________"]),
    ],
)


# 4. New Zealand (Auckland), chilled distribution centre: PDF, 2 pages.
#     Traps: "$" only, with an Auckland address (NZD); hourly rate with decimals beside a
#     per-hour chiller allowance; hours from a shift (6.00am to 2.30pm less an unpaid 30-minute
#     meal break); overtime at time and a half; weekly pay on Wednesdays; four weeks' annual
#     holidays; ten days' sick leave after six months; a 90-day trial period; KiwiSaver 3%;
#     two weeks' notice each side; drug test; deadline with a time of day.
letter(
    "nz-auckland-chiller-storeperson-hourly-shift", "pdf", datetime(2027, 2, 17, 14, 0),
    "Offer of employment - Storeperson", "Onehunga Cold Chain Limited",
    font="DejaVuSans", size=10, footer="Onehunga Cold Chain Limited",
    blocks=[
        ("head", "Onehunga Cold Chain Limited", "21 Neilson Street, Onehunga, Auckland 1061  |  jobs@onehungacoldchain.example"),
        ("lines", ["17 February 2027", "", "Sione Fifita", "14 Hastie Avenue", "Māngere Bridge, Auckland 2022"]),
        ("para", "Kia ora Sione,"),
        ("title", "Your offer: Storeperson (Chiller), permanent full-time"),
        ("para", P("""
            Thanks for your time at the interview and the site walk-through. We're pleased to
            offer you a permanent full-time position as a Storeperson in our chiller team at the
            Neilson Street distribution centre in Onehunga, Auckland. This letter sets out the
            main terms. Your individual employment agreement, attached, contains the full
            terms, and you are welcome to take independent advice on it before you sign.""")),
        ("heading", "Start date"),
        ("para", "Your first day will be Monday 8 March 2027, starting at 6.00am with a site induction."),
        ("heading", "Hours and shifts"),
        ("para", P("""
            You will work day shift, Monday to Friday, from 6.00am to 2.30pm. Each shift has two
            paid 10-minute rest breaks and an unpaid 30-minute meal break. Any hours worked
            over your rostered hours in a week will be paid at time and a half. We will give you
            as much notice as we can of any extra hours.""")),
        ("heading", "Pay"),
        ("para", P("""
            Your base rate is $27.35 per hour. Because you will work inside the chiller, you
            will also receive a chiller allowance of $1.10 for each hour worked there. Wages are
            paid weekly, every Wednesday, by direct credit, for the week ending the previous
            Sunday. Pay rates are reviewed each July.""")),
        ("heading", "KiwiSaver"),
        ("para", P("""
            If you are a KiwiSaver member, we will contribute 3% of your gross taxable earnings
            to your KiwiSaver account, on top of your pay.""")),
        ("heading", "Leave"),
        ("para", P("""
            You will be entitled to four weeks' paid annual holidays after each 12 months of
            continuous employment, and to be paid for public holidays that fall on a day you
            would otherwise work. After six months' employment you will be entitled to 10 days'
            sick leave a year. Bereavement and family violence leave follow the law.""")),
        ("heading", "Trial period"),
        ("para", P("""
            Your employment starts with a trial period of 90 days, under section 67A of the
            Employment Relations Act 2000. During the trial period, we may end your employment
            by giving you one week's notice, and if we do you will not be able to bring a
            personal grievance for unjustified dismissal.""")),
        ("heading", "Ending employment"),
        ("para", P("""
            After the trial period, you or we may end the employment by giving two weeks'
            notice in writing. We may pay you for the notice period instead of having you work
            it.""")),
        ("heading", "Safety and clothing"),
        ("para", P("""
            We will provide you with a freezer jacket, thermal gloves and safety boots, which
            must be worn on the floor at all times. You will be trained and assessed on our
            reach trucks before you operate one.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer is subject to a negative result from a pre-employment drug test at our
            provider's clinic, and to your providing evidence that you are a New Zealand
            citizen or resident, or hold a visa that allows you to do this work.""")),
        ("para", P("""
            If you'd like to accept, please sign the employment agreement and send it back to
            me. This offer is open until 4pm on Friday 26 February 2027.""")),
        ("para", "Ngā mihi,"),
        ("lines", ["", "Renee Tuhiwai-Brooks", "Site Operations Manager", "Onehunga Cold Chain Limited"]),
    ],
)


# 5. South Africa (Johannesburg), contact centre: TXT, 1.5 pages.
#     Traps: pay only as a monthly cost-to-company figure with a space as the thousands
#     separator; a 13th cheque provided for inside the CTC (not a bonus); 45 ordinary hours
#     on a shift roster; overtime under the BCEA; 15 working days' leave; sick leave only "in
#     terms of the BCEA" (no number); provident fund 7.5% inside the CTC; medical aid
#     optional; calendar-month notice after probation; criminal and credit checks; matric
#     verification.
letter(
    "za-jhb-customer-support-agent-ctc-monthly", "txt", datetime(2027, 2, 22, 8, 45),
    "Letter of offer - Customer Support Agent", "Kwena Contact Solutions (Pty) Ltd",
    blocks=[
        ("head", "Kwena Contact Solutions (Pty) Ltd", "Reg. No. 2014/000000/07 | 19 Baker Street, Rosebank, Johannesburg, 2196"),
        ("lines", ["22 February 2027", "", "Ms Lerato Mokoena-Dube", "45 Eighth Avenue", "Highlands North", "Johannesburg, 2192"]),
        ("para", "Dear Lerato"),
        ("para", "LETTER OF OFFER: CUSTOMER SUPPORT AGENT (INBOUND VOICE)"),
        ("para", P("""
            We refer to your recent interview and assessment, and are pleased to offer you
            permanent employment with Kwena Contact Solutions (Pty) Ltd ("the Company") on the
            terms below. A full contract of employment will be issued for signature on your
            first day.""")),
        ("para", "1. POSITION AND START"),
        ("para", P("""
            You are appointed as a Customer Support Agent on the Inbound Voice team, reporting
            to your Team Leader. Your employment starts on Thursday, 1 April 2027. This is a
            full-time position based at our contact centre in Rosebank, Johannesburg. The role
            is office-based; working from home is not offered for this team.""")),
        ("para", "2. REMUNERATION"),
        ("para", P("""
            Your package is R24 850.00 per month, cost to company. It is paid into your bank
            account on the 25th of each month (or the last working day before it), after
            statutory deductions and the deductions for the benefits you choose below.""")),
        ("para", P("""
            Your cost to company already provides for a 13th cheque: one-twelfth of the annual
            amount is set aside from each month's package and paid to you in December, pro rata
            in your first year.""")),
        ("para", P("""
            Membership of the Kwena Provident Fund is a condition of employment. The Company's
            contribution of 7.5% of pensionable salary is funded from within your cost to
            company. Medical aid membership is optional; if you join one of the two Company
            medical aid options, the full contribution comes from your package.""")),
        ("para", "3. WORKING HOURS"),
        ("para", P("""
            Your ordinary hours are 45 per week, worked on a rotating shift roster between
            07:00 and 22:00, Monday to Saturday, with one hour's meal interval per shift.
            Overtime worked at the Company's request is paid at one and a half times your
            normal wage, as section 10 of the Basic Conditions of Employment Act provides.""")),
        ("para", "4. LEAVE"),
        ("para", P("""
            You will receive 15 working days' annual leave in each annual leave cycle, on full
            pay. Sick leave, family responsibility leave and maternity and parental leave are
            granted in terms of the Basic Conditions of Employment Act.""")),
        ("para", "5. PROBATION AND TERMINATION"),
        ("para", P("""
            The first three months of your employment are probationary, and during them either
            party may end the employment on one week's written notice. After that, either
            party must give one calendar month's written notice.""")),
        ("para", "6. CONFIDENTIALITY AND POPIA"),
        ("para", P("""
            You will handle our clients' customer records. You may not copy, remove or disclose
            any customer personal information, or any Company information, except as your work
            requires, during or after your employment.""")),
        ("para", "7. CONDITIONS"),
        ("para", P("""
            This offer is conditional upon satisfactory criminal and credit checks, which you
            consent to by signing below, and upon our verifying your National Senior Certificate
            (matric) with Umalusi.""")),
        ("para", P("""
            Please sign and return this letter to recruitment on or before 5 March 2027 to
            confirm your acceptance.""")),
        ("lines", ["Yours faithfully", "", "Thandiwe Nkosi", "Talent Acquisition Partner",
                   "Kwena Contact Solutions (Pty) Ltd", "",
                   "ACCEPTED: ___________________________  DATE: _______________"]),
    ],
)


# 6. UAE (Abu Dhabi), resort hotel: DOCX with a pay table, 2.5 pages.
#     Traps: basic, housing and transport allowances and a total in a table (basic is the
#     salary); a limited contract of two years from the joining date (end date derived);
#     48 hours over six days; overtime under the Labour Law; 30 calendar days' leave; sick
#     leave "as per" the law; probation with different notice per side, then 30 days each;
#     gratuity (not a pension); a 12-month non-compete; police clearance, medical fitness,
#     attested certificates; validity ten days from the date of issue.
letter(
    "ae-abu-dhabi-hotel-front-office-supervisor-package", "docx", datetime(2027, 3, 8, 10, 0),
    "Employment offer - Front Office Supervisor", "Saadiyat Pearl Hospitality LLC",
    blocks=[
        ("head", "Saadiyat Pearl Hospitality LLC", "Saadiyat Cultural District, P.O. Box 000000, Abu Dhabi, United Arab Emirates"),
        ("lines", ["Ref: SPH/HR/OL/2027/0412", "Date: 08 March 2027", "",
                   "Ms. Maria Theresa Dizon", "Unit 5B, Acacia Residences", "Mandaluyong City, Philippines"]),
        ("title", "EMPLOYMENT OFFER"),
        ("para", "Dear Ms. Dizon,"),
        ("para", P("""
            With reference to your application and the interviews held with our Rooms
            Division, we are pleased to offer you employment with Saadiyat Pearl Hospitality
            LLC (the "Company") as Front Office Supervisor at the Saadiyat Pearl Resort, Abu
            Dhabi, on the following terms and conditions.""")),
        ("heading", "1. Contract"),
        ("para", P("""
            You will be employed on a limited (fixed-term) contract of two (2) years from your
            date of joining, registered with the Ministry of Human Resources and Emiratisation.
            Your expected date of joining is 15 April 2027. The contract may be renewed by a new
            agreement between the parties before it expires.""")),
        ("heading", "2. Monthly remuneration"),
        ("para", "Your monthly salary, payable in UAE Dirhams through the Wage Protection System, is as follows:"),
        ("table", [
            ["Component", "AED per month"],
            ["Basic Salary", "4,200"],
            ["Housing Allowance", "1,800"],
            ["Transport Allowance", "600"],
            ["Total Monthly Salary", "6,600"],
        ], True),
        ("para", P("""
            Salaries are paid monthly, by the fifth day of the following month. The basic
            salary is the amount used for calculating end of service gratuity and any other
            entitlement that the law links to basic pay.""")),
        ("heading", "3. Working hours"),
        ("para", P("""
            Your working hours will be 48 hours a week: eight hours a day over six days, with one
            day off per week on a rotating roster. Overtime worked at the request of your Head
            of Department will be compensated in accordance with the Labour Law.""")),
        ("heading", "4. Probation"),
        ("para", P("""
            You will be on probation for six (6) months from the date of joining. During
            probation, the Company may end your employment by giving you 14 days' written
            notice, and you may resign by giving the Company one (1) month's written notice.""")),
        ("heading", "5. Leave"),
        ("para", P("""
            You are entitled to annual leave of 30 calendar days with full pay for each
            completed year of service. Sick leave and other leave will be granted as per the UAE
            Labour Law.""")),
        ("heading", "6. Benefits"),
        ("bullets", [
            "Medical insurance under the Company's group policy, as required in Abu Dhabi.",
            "Group life insurance cover of AED 50,000.",
            "One economy class air ticket to Manila on joining, and one return ticket after each completed year of service.",
            "Duty meals in the colleague restaurant and laundry of uniforms.",
            "End of service gratuity calculated as set out in the Labour Law.",
        ]),
        ("heading", "7. Termination"),
        ("para", P("""
            After confirmation, either party may terminate the employment contract by giving
            the other thirty (30) days' written notice, or by paying basic salary in lieu of
            the notice period.""")),
        ("heading", "8. Confidentiality and competition"),
        ("para", P("""
            You will keep the guest information and commercial information of the Company
            confidential during your employment and after it ends. For a period of twelve (12)
            months after your employment ends, you will not work for a competing hotel or resort
            on Saadiyat Island or Yas Island, as permitted by Article 10 of the Labour Law.""")),
        ("heading", "9. Conditions of this offer"),
        ("para", P("""
            This offer is conditional upon the issue of your employment visa and work permit,
            your passing the medical fitness test required for residence, a police clearance
            certificate from the Philippines, and your degree certificate being attested by the
            UAE Embassy and the Ministry of Foreign Affairs.""")),
        ("heading", "10. Applicable law"),
        ("para", P("""
            UAE federal labour law applies to your employment, and anything this letter does not
            cover is dealt with under that law and the Company's policies.""")),
        ("para", P("""
            This offer is valid for ten (10) days from the date of issue. Please sign each page
            and return a scanned copy to our Talent Acquisition team.""")),
        ("lines", ["For Saadiyat Pearl Hospitality LLC", "", "Khalid Al Mansoori", "Director of Human Resources", "",
                   "Accepted and agreed: ____________________", "Maria Theresa Dizon        Date: ____________"]),
    ],
)


# 7. Hong Kong (Kowloon), office equipment dealer: DOCX, 2 pages.
#     Traps: "HK$" monthly basic salary beside a commission plan and a transport allowance;
#     a guaranteed 13th-month payment (not a bonus target); hours from times less lunch,
#     with alternate Saturday mornings; 14 working days' leave "in addition to" statutory
#     holidays; sickness allowance per the Employment Ordinance (no number); MPF at the
#     mandatory 5%; staged notice in probation; one month each side after; a six-month
#     customer non-solicit; HKSAR law.
letter(
    "hk-kowloon-sales-representative-commission", "docx", datetime(2027, 3, 10, 15, 30),
    "Offer of employment - Sales Representative", "Harbourline Office Solutions Limited",
    blocks=[
        ("head", "Harbourline Office Solutions Limited", "Unit 1203, 12/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon, Hong Kong"),
        ("lines", ["10 March 2027", "", "Private & Confidential", "Ms Chan Ka Yan", "Flat C, 18/F, Block 2",
                   "Laguna Verde, Hung Hom, Kowloon"]),
        ("para", "Dear Ms Chan,"),
        ("para", "Offer of Employment - Sales Representative, Commercial Accounts"),
        ("para", P("""
            We are pleased to offer you the position of Sales Representative in our Commercial
            Accounts team, on the terms and conditions below. You will report to Mr Leung Wai
            Ming, Sales Manager.""")),
        ("kv", [
            ("Commencement date", "6 April 2027"),
            ("Place of work", "Our office and showroom in Kwun Tong, Kowloon, and customers' premises across Hong Kong"),
            ("Employment", "Full-time, permanent"),
        ]),
        ("heading", "1. Remuneration"),
        ("para", P("""
            (a) Your monthly basic salary will be HK$19,500, payable on or before the last
            working day of each calendar month by autopay to your bank account.""")),
        ("para", P("""
            (b) You will receive a transport allowance of HK$1,500 per month to cover travel to
            customers. The allowance is not part of your basic salary.""")),
        ("para", P("""
            (c) You are eligible for sales commission under the Company's Sales Commission Plan
            for 2027, calculated on the gross profit of machines and service contracts you sell
            and paid monthly in arrears. The Plan, which the Company may revise each year, will
            be given to you on your first day.""")),
        ("para", P("""
            (d) A 13th-month payment equal to one month's basic salary is paid with the
            December salary to employees in service on 31 December, pro-rated in the year you
            join.""")),
        ("heading", "2. Working hours"),
        ("para", P("""
            Office hours are 9:00 a.m. to 6:00 p.m. from Monday to Friday, with a one-hour lunch
            break, and 9:00 a.m. to 1:00 p.m. on alternate Saturdays. Customer visits outside
            office hours may be needed from time to time; your commission takes account of
            this.""")),
        ("heading", "3. Leave and holidays"),
        ("para", P("""
            You are entitled to 14 working days of paid annual leave per year, in addition to
            the statutory holidays. Sick leave and sickness allowance are provided as the
            Employment Ordinance sets out.""")),
        ("heading", "4. Benefits"),
        ("para", P("""
            You will be covered under the Company's group medical insurance for outpatient
            and hospitalisation benefits from your first day. The Company will enrol you in its
            MPF master trust scheme and will make the mandatory employer contribution of 5% of
            your relevant income, subject to the statutory maximum.""")),
        ("heading", "5. Probation"),
        ("para", P("""
            You will serve a probationary period of three months. Within the first month of
            probation, either party may end the employment without notice; after the first
            month and until the end of probation, seven days' notice is required.""")),
        ("heading", "6. Termination"),
        ("para", P("""
            After you have been confirmed, either party may terminate your employment by giving
            one month's written notice or one month's salary in lieu.""")),
        ("heading", "7. Confidentiality and customers"),
        ("para", P("""
            You shall not, during or after your employment, disclose the Company's price lists,
            customer lists or dealer terms to any person. For six months after your employment
            ends, you shall not approach any customer you handled in your last twelve months with
            the Company to sell it office equipment that competes with ours.""")),
        ("heading", "8. Governing law"),
        ("para", "The laws of the Hong Kong Special Administrative Region govern this offer and your employment."),
        ("para", P("""
            Please sign and return the duplicate copy of this letter to the Human Resources
            Department by 22 March 2027 to confirm your acceptance.""")),
        ("lines", ["Yours sincerely,", "For and on behalf of", "Harbourline Office Solutions Limited", "", "",
                   "Winnie Tsang", "Human Resources Manager", "",
                   "I, Chan Ka Yan, accept the above offer.", "Signature: __________________   Date: __________"]),
    ],
)


# 8. Canada (British Columbia, Vancouver), outdoor retailer: PDF, 2.5 pages.
#     Traps: a posted salary range beside the actual salary, "$" with a Vancouver address
#     (CAD); bi-weekly pay; 37.5 hours from times; overtime under the ESA; three weeks'
#     vacation; five paid sick days; benefits after three months, group RRSP match up to
#     4%; a 6% incentive target; a signing bonus repayable within 12 months; hybrid days;
#     greater-of employer notice vs two weeks from the employee; a non-solicit inside an
#     agreement; a deadline as "end of day on March 3".
letter(
    "ca-bc-vancouver-data-analyst-posted-range", "pdf", datetime(2027, 2, 24, 16, 0),
    "Offer letter - Data Analyst", "Tidewater Outfitters Ltd.",
    font="DejaVuSans", size=10, paper="Letter", footer="Tidewater Outfitters Ltd.",
    blocks=[
        ("head", "Tidewater Outfitters Ltd.", "1180 Homer Street, Vancouver, BC V6B 0X0  ·  careers@tidewateroutfitters.example"),
        ("lines", ["February 24, 2027", "", "Harpreet Kaur Gill", "6612 Knight Street", "Vancouver, BC V5P 0X0"]),
        ("para", "Dear Harpreet,"),
        ("para", P("""
            Thank you for the time you spent with our Merchandise Planning team. I'm pleased to
            offer you the full-time position of Data Analyst at Tidewater Outfitters Ltd.,
            reporting to Danielle Fortier, Manager, Planning Analytics. The details of our
            offer follow.""")),
        ("heading", "Start date and location"),
        ("para", P("""
            Your first day will be Monday, March 22, 2027. You'll be based at our support
            office at 1180 Homer Street in Vancouver. Our support office teams are in the
            office Tuesday through Thursday and can work from home on Mondays and Fridays.""")),
        ("heading", "Compensation"),
        ("para", P("""
            The salary range we posted for this role was $74,000 to $88,000 a year. We are
            offering you an annual base salary of $81,500, paid bi-weekly by direct deposit
            and subject to the usual deductions.""")),
        ("para", P("""
            You'll take part in our annual incentive plan, with a target of 6% of your base
            salary; the actual payout depends on company results and your own performance, and
            for 2027 it will be prorated from your start date.""")),
        ("para", P("""
            We will also pay you a signing bonus of $2,500 with your first pay. If you resign
            within twelve months of your start date, you agree to pay the signing bonus back in
            full.""")),
        ("heading", "Hours"),
        ("para", P("""
            Your regular hours are 8:30 a.m. to 4:30 p.m., Monday to Friday, with an unpaid
            half-hour lunch, for 37.5 hours a week. Overtime must be approved in advance by your
            manager and is paid as the Employment Standards Act requires.""")),
        ("heading", "Time away"),
        ("para", P("""
            You will have three weeks of paid vacation each year, accrued monthly, plus the
            statutory holidays observed in British Columbia. You also get five paid sick days a
            year, as the Employment Standards Act requires, and two paid personal days.""")),
        ("heading", "Benefits"),
        ("para", P("""
            After three months of employment, you and your eligible dependants will be covered
            by our group benefits plan: extended health, dental and vision care, life insurance
            and long-term disability. At the same point you may join the group RRSP, and we will
            match your contributions dollar for dollar up to 4% of your base salary. All staff
            also receive a 30% discount on Tidewater gear.""")),
        ("heading", "Probation and ending employment"),
        ("para", P("""
            The first three months of your employment are a probationary period. If you decide
            to resign, we ask that you give us two weeks' written notice. After the
            probationary period, Tidewater may end your employment without cause by giving you
            four weeks' notice or pay in lieu, or the notice required by the Employment
            Standards Act if that is greater.""")),
        ("heading", "Your agreement with us"),
        ("para", P("""
            Before you start, you'll need to sign our Confidentiality and Intellectual Property
            Agreement, which protects Tidewater's confidential business information and
            confirms that the analyses, models and code you create for us belong to Tidewater.
            It also provides that for twelve months after you leave you will not solicit our
            employees to leave Tidewater.""")),
        ("heading", "Conditions"),
        ("para", P("""
            This offer depends on a satisfactory criminal record check and on satisfactory
            references from two recent managers.""")),
        ("heading", "Governing law"),
        ("para", "This letter is governed by the laws of British Columbia and the federal laws of Canada that apply there."),
        ("para", P("""
            To accept, please sign below and return a copy to me. If we haven't heard from you
            by end of day on March 3, the offer will lapse.""")),
        ("lines", ["Best regards,", "", "Colleen Ashdown", "Director, People & Culture", "Tidewater Outfitters Ltd.", "",
                   "I accept this offer:", "______________________________   Date: ______________",
                   "Harpreet Kaur Gill"]),
    ],
)


# 9. India (Gujarat, Ahmedabad), infrastructure contractor: PDF, the long one (8+ pages),
#     ruled tables (the CTC annexure with monthly and annual columns, the leave table and a
#     joining checklist).
#     Traps: CTC in lakh notation in figures and words; the break-up's gross, PF, gratuity and
#     mediclaim rows; a date "on or before"; a six-day week from site timings less lunch
#     (51 hours); no overtime for the grade; earned + casual leave in a table with sick
#     leave apart; 15 days' notice in probation, then 60 days from the employee vs 30 days
#     from the company; relocation assistance with an amount, recoverable within a year;
#     arbitration with a seat; Indian law; a 12-month non-solicit; deadline seven days from
#     a dotted day-first date.
letter(
    "in-gj-ahmedabad-site-engineer-appointment-annexures", "pdf", datetime(2027, 3, 12, 11, 0),
    "Appointment letter - Kunal Bhavsar", "Sabarmati Infraprojects Private Limited",
    font="DejaVuSerif", size=10.5,
    footer="Sabarmati Infraprojects Private Limited - CIN U45200GJ2009PTC000000",
    blocks=[
        ("head", "Sabarmati Infraprojects Private Limited",
         "Regd. Office: 7th Floor, Shivalik Corporate Park, Ashram Road, Ahmedabad - 380009, Gujarat"),
        ("lines", ["Ref. No.: SIPL/HR/APT/2027/118", "Date: 12.03.2027", "",
                   "To,", "Mr. Kunal Bhavsar", "B-34, Shantinath Society", "Near Kankaria Lake, Maninagar",
                   "Ahmedabad - 380008"]),
        ("para", "Subject: Letter of Appointment - Site Engineer (Civil)"),
        ("para", "Dear Mr. Bhavsar,"),
        ("para", P("""
            With reference to your application and the subsequent interviews you had with us,
            we are pleased to appoint you as Site Engineer (Civil) in Grade E1 of the Projects
            Division of Sabarmati Infraprojects Private Limited (hereinafter "the Company"), on
            the terms and conditions set out in this letter and its Annexures A to D, which form
            part of it.""")),
        ("para", P("""
            1. Date of joining: You are requested to join duty on or before 01.04.2027 at our
            Registered Office, where you will complete the joining formalities listed in
            Annexure D. Your employment will be counted from the date on which you actually
            report for duty.""")),
        ("para", P("""
            2. Place of posting: Your initial place of posting will be our warehouse project
            site at Naroda GIDC, Ahmedabad. Given the nature of the Company's business, you may
            be transferred or deputed to any project site, regional office or associate
            concern of the Company anywhere in India, and the terms of this letter will continue
            to apply.""")),
        ("para", P("""
            3. Remuneration: Your Cost to Company (CTC) will be Rs. 5,40,000/- (Rupees Five
            Lakh Forty Thousand only) per annum. The component-wise break-up of the CTC, with
            monthly and annual figures, is given in Annexure A. Your remuneration is personal to
            you and must not be discussed with other employees.""")),
        ("para", P("""
            4. Probation: The first six (6) months from your date of joining shall be a period of
            probation. On satisfactory completion, your confirmation will be communicated to
            you in writing. The Company may extend the probation by up to three (3) months if
            your performance needs further review. Unless confirmed in writing, you shall
            continue to be on probation.""")),
        ("para", P("""
            5. Notice period: During probation, either party may terminate the employment by
            giving fifteen (15) days' notice in writing or salary in lieu thereof. After
            confirmation, you shall give sixty (60) days' notice in writing if you wish to
            resign, and the Company may terminate your services by giving you thirty (30) days'
            notice in writing or one month's gross salary in lieu thereof. The Company may, at
            its discretion, waive or shorten the notice you give.""")),
        ("para", P("""
            6. Relocation assistance: As you are moving from Vadodara, the Company will
            reimburse your relocation expenses up to Rs. 20,000/- (Rupees Twenty Thousand only)
            against original bills, once. If you leave the Company for any reason within twelve
            (12) months of your date of joining, the entire amount reimbursed shall be recovered
            from your full and final settlement.""")),
        ("para", P("""
            7. This appointment is subject to the General Terms of Service in Annexure B, the
            leave rules in Annexure C, satisfactory verification of the documents and
            particulars listed in Annexure D, and your being found medically fit.""")),
        ("para", P("""
            Kindly sign the duplicate copy of this letter and all its annexures as a token of
            your acceptance and return it to the undersigned within seven (7) days of the date
            of this letter, failing which this offer of appointment shall stand withdrawn
            without further communication.""")),
        ("para", "We welcome you to the Sabarmati family and wish you a long and rewarding career with us."),
        ("lines", ["Yours faithfully,", "For Sabarmati Infraprojects Private Limited", "", "",
                   "Bhavna Trivedi", "Head - Human Resources", "",
                   "Encl.: Annexures A, B, C and D"]),
        ("pagebreak",),
        ("title", "ANNEXURE A - COMPENSATION STRUCTURE"),
        ("lines", ["Name: Mr. Kunal Bhavsar", "Designation: Site Engineer (Civil)", "Grade: E1",
                   "Location: Naroda GIDC project site, Ahmedabad"]),
        ("table", [
            ["Component", "Monthly (Rs.)", "Annual (Rs.)"],
            ["Basic Salary", "18,000", "2,16,000"],
            ["House Rent Allowance", "9,000", "1,08,000"],
            ["Conveyance Allowance", "1,600", "19,200"],
            ["Special Allowance", "12,500", "1,50,000"],
            ["Gross Salary (A)", "41,100", "4,93,200"],
            ["Employer's Contribution to PF", "2,160", "25,920"],
            ["Gratuity", "866", "10,392"],
            ["Group Mediclaim Premium", "874", "10,488"],
            ["Employer Contributions and Benefits (B)", "3,900", "46,800"],
            ["Cost to Company (A + B)", "45,000", "5,40,000"],
        ], True),
        ("heading", "Notes to Annexure A"),
        ("bullets", [
            "The Company contributes to the Employees' Provident Fund at 12% of basic salary, as shown above; an equal amount is deducted from your salary as your own contribution.",
            "Gratuity is provided at 4.81% of basic salary and is payable in accordance with the Payment of Gratuity Act, 1972, on completion of five years of continuous service.",
            "Group mediclaim covers you, your spouse and up to two children for hospitalisation up to Rs. 3,00,000 in a policy year.",
            "You are covered under the Company's group term life policy for Rs. 10,00,000 from the date of joining; its premium is borne by the Company outside the CTC.",
            "A field allowance of Rs. 300 per day is paid on actuals for days spent at outstation sites. It is not part of the CTC.",
            "Salary for each month is credited to your bank account by the 7th of the following month, after deduction of income tax at source, professional tax and your PF contribution.",
        ]),
        ("pagebreak",),
        ("title", "ANNEXURE B - GENERAL TERMS OF SERVICE"),
        ("para", P("""
            1. Whole-time employment: You are a whole-time employee of the Company and shall
            devote your full working time and attention to the Company's business. While in
            service you shall not take up any other employment, business, consultancy or
            part-time work, paid or unpaid, without the prior written permission of the
            Company.""")),
        ("para", P("""
            2. Working hours: Site timings are 8:30 a.m. to 6:00 p.m., Monday to Saturday, with a
            lunch break of one hour. Sunday is the weekly off. Depending on the needs of the
            project, you may be required to work on a Sunday or a holiday, in which case a
            compensatory day off will be given within thirty days.""")),
        ("para", P("""
            3. Overtime: Employees in staff grades E1 and above are not eligible for overtime
            wages. Extra time spent at site for pours, inspections or client visits is taken
            into account in your grade and CTC.""")),
        ("para", P("""
            4. Duties: You will supervise execution of civil works at site in line with approved
            drawings, specifications and quality plans; maintain the daily progress report,
            measurement book and material reconciliation; coordinate with sub-contractors and
            the client's engineers; and carry out any other work the Project Manager assigns to
            you from time to time.""")),
        ("para", P("""
            5. Safety: Wearing a helmet, safety shoes and high-visibility jacket is compulsory at
            all sites. You are responsible for ensuring that workers under your supervision
            follow the site safety plan. A breach of safety rules will be treated as
            misconduct.""")),
        ("para", P("""
            6. Transfer: The Company may transfer you from one site, department or location to
            another as business needs require. You will be paid transfer travel and a joining
            allowance as per the Company's travel policy at the time.""")),
        ("para", P("""
            7. Confidentiality: During your service and afterwards, you shall keep secret all
            drawings, tender documents, rates, client information and other information of the
            Company or its clients that comes to your knowledge, and shall not disclose it to any
            person or use it except for the Company's work.""")),
        ("para", P("""
            8. Intellectual property: All drawings, designs, method statements, software,
            reports and other work you produce in the course of your employment shall be the
            exclusive property of the Company, and you hereby assign to the Company all rights
            in them.""")),
        ("para", P("""
            9. Non-solicitation: For a period of twelve (12) months after you leave the
            Company's service, you shall not, directly or indirectly, solicit or induce any
            employee, sub-contractor or client of the Company to leave it or to reduce its
            business with it.""")),
        ("para", P("""
            10. Company property: Any instruments, laptop, mobile phone, SIM card, vehicle or
            documents issued to you remain the Company's property and must be returned in good
            condition on transfer or separation. The value of any item not returned may be
            recovered from your dues.""")),
        ("para", P("""
            11. Information given by you: This appointment is made on the basis of the
            particulars you have given in your application and at interview. If any of them is
            found to be false, or if you are found to have suppressed any material information,
            your services may be terminated without notice at any time.""")),
        ("para", P("""
            12. Background verification: The Company will verify your previous employment,
            educational qualifications and residential address, directly or through an agency.
            Your continued employment is subject to the verification being satisfactory.""")),
        ("para", P("""
            13. Absence: If you remain absent without sanctioned leave for eight (8) consecutive
            days, you shall be deemed to have abandoned your employment of your own accord.""")),
        ("para", P("""
            14. Retirement: You shall retire from the service of the Company on the last day of
            the month in which you attain the age of fifty-eight (58) years.""")),
        ("para", P("""
            15. Conduct: You shall abide by the Company's Code of Conduct, standing orders and
            policies in force from time to time, including the policy on prevention of sexual
            harassment at the workplace.""")),
        ("para", P("""
            16. Termination for cause: The Company may terminate your services without notice
            or salary in lieu for misconduct, including dishonesty, insubordination, breach of
            safety rules, or any act prejudicial to the Company's interests.""")),
        ("para", P("""
            17. Dispute resolution: Any dispute or difference arising out of or in connection
            with this appointment shall be referred to a sole arbitrator appointed by the
            Managing Director of the Company, under the Arbitration and Conciliation Act, 1996.
            The seat of arbitration shall be Ahmedabad and its language English.""")),
        ("para", P("""
            18. Law and jurisdiction: This appointment is governed by the laws of India, and,
            subject to clause 17, the courts at Ahmedabad alone shall have jurisdiction.""")),
        ("pagebreak",),
        ("title", "ANNEXURE C - LEAVE AND HOLIDAYS"),
        ("para", P("""
            The leave year is the calendar year. Leave for the year in which you join is
            credited in proportion to the months remaining.""")),
        ("table", [
            ["Type of leave", "Days per year", "Rules"],
            ["Earned Leave", "15", "Credited monthly; up to 45 days may be accumulated"],
            ["Casual Leave", "7", "Not more than 3 days at a time; lapses on 31 December"],
            ["Sick Leave", "7", "Medical certificate needed for more than 2 days"],
        ], True),
        ("para", P("""
            Maternity leave and benefits are allowed under the Maternity Benefit Act, 1961, and
            male employees may take five days' paternity leave on the birth of a child.""")),
        ("para", P("""
            In addition, the Company observes ten paid holidays a year: Republic Day,
            Uttarayan, Holi, Independence Day, Raksha Bandhan, Janmashtami, Gandhi Jayanti,
            Dussehra and two days for Diwali. Site holidays may differ where a client's calendar
            requires it, and are notified at the start of each year.""")),
        ("pagebreak",),
        ("title", "ANNEXURE D - JOINING FORMALITIES"),
        ("para", "Please bring the following on your date of joining, with one set of self-attested photocopies:"),
        ("table", [
            ["Document", "Remarks"],
            ["Degree certificate and mark sheets (B.E. Civil)", "Originals for verification; returned the same day"],
            ["Relieving letter and last three salary slips", "From your previous employer"],
            ["PAN card and Aadhaar card", "For payroll and PF registration"],
            ["Medical fitness certificate", "From a registered medical practitioner (MBBS or above)"],
            ["Four passport-size photographs", "-"],
            ["Cancelled cheque", "For the salary account"],
        ], True),
        ("para", P("""
            Your Universal Account Number (UAN), if you already have one, should be given to HR
            so that your PF account can be linked.""")),
        ("pagebreak",),
        ("title", "ACCEPTANCE"),
        ("para", P("""
            I have read and understood this letter of appointment and Annexures A, B, C and D.
            I accept the appointment on the terms and conditions stated in them and will report
            for duty on _______________.""")),
        ("lines", ["", "Signature: ______________________________", "",
                   "Name: Kunal Bhavsar", "", "Date: ____________      Place: ____________"]),
    ],
)


# 10. India (Rajasthan, Jaipur), private senior secondary school: TXT, 1.5 pages.
#     Traps: a consolidated monthly salary in figures and words (no CTC); a pay scale
#     range beside it; a day-first slashed date; school hours Monday to Saturday (36
#     hours); casual leave only (vacations instead of earned leave) and medical leave
#     apart; probation of one year; three months' notice each side; EPF with no rate;
#     police verification; an offer valid "till" a date.
letter(
    "in-rj-jaipur-school-teacher-consolidated-salary", "txt", datetime(2027, 6, 2, 12, 0),
    "Appointment letter - TGT English", "Amber Valley Public School",
    blocks=[
        ("head", "AMBER VALLEY PUBLIC SCHOOL", "(Affiliated to CBSE, Affiliation No. 0000000)  Sector 9, Jagatpura, Jaipur - 302017 (Rajasthan)"),
        ("lines", ["No. AVPS/ADM/2027-28/046", "Dated: 02/06/2027", "",
                   "Ms. Ritika Shekhawat", "W/o Shri Vikram Singh Shekhawat", "22, Gangotri Nagar, Tonk Road", "Jaipur - 302018"]),
        ("para", "Subject: Appointment as Trained Graduate Teacher (English)"),
        ("para", "Dear Madam,"),
        ("para", P("""
            With reference to your application dated 14/05/2027 and the demonstration class and
            interview held on 28/05/2027, the Management of Amber Valley Public School, Jaipur
            (hereinafter "the School") is pleased to appoint you as Trained Graduate Teacher
            (English) for classes VI to X on the following terms and conditions:""")),
        ("para", P("""
            1. You are requested to join duty on 01/07/2027, the first working day of the
            academic session 2027-28, at the School campus at Jagatpura, Jaipur, which will be
            your place of work.""")),
        ("para", P("""
            2. You will be paid a consolidated salary of Rs. 31,500/- (Rupees Thirty-One
            Thousand Five Hundred only) per month. The School's pay band for a TGT is Rs.
            28,000/- to Rs. 46,000/- per month; your place in the band has been fixed taking
            your four years of teaching experience into account. Salary is credited to your bank
            account by the 7th of each month.""")),
        ("para", P("""
            3. You will be enrolled in the Employees' Provident Fund as required by law.
            Professional tax and income tax, where applicable, will be deducted from your
            salary.""")),
        ("para", P("""
            4. School timings for teachers are 7:30 a.m. to 1:30 p.m., Monday to Saturday. You
            may also be required to attend parent-teacher meetings, examination duties and
            co-curricular events outside these hours.""")),
        ("para", P("""
            5. As a teacher you will avail the summer and winter vacations as notified by the
            School, and you will not earn any earned leave. You will be entitled to 12 days of
            casual leave and 10 days of medical leave in each academic session. Medical leave
            of more than two days needs a doctor's certificate.""")),
        ("para", P("""
            6. You will be on probation for one year from the date of joining, which the
            Management may extend. You will be confirmed in writing on satisfactory completion of
            probation.""")),
        ("para", P("""
            7. Either side may terminate this appointment by giving three months' notice in
            writing or three months' salary in lieu of notice. As far as possible, a
            resignation should take effect at the end of an academic term so that classes are
            not disturbed.""")),
        ("para", P("""
            8. You shall not take private tuition of any student of the School. Question papers,
            marks and other records of the School are confidential and must not be shown or
            given to anyone who is not authorised to see them.""")),
        ("para", P("""
            9. This appointment is subject to police verification of your character and
            antecedents, verification of your original B.A. and B.Ed. certificates, and a
            certificate of medical fitness.""")),
        ("para", P("""
            10. This offer is valid till 15/06/2027. If you accept, please sign the duplicate
            copy and return it to the School office on or before that date.""")),
        ("lines", ["", "(Dr. Anjali Mathur)", "Principal", "Amber Valley Public School, Jaipur", "",
                   "I accept the appointment on the above terms and conditions.",
                   "Signature: ________________    Date: ____________"]),
    ],
)


# 11. Nigeria (Lagos), private hospital: a SCANNED PDF (image only), 1-2 pages.
#     Traps: no text layer; the employer named only in the letterhead ("the Hospital" in the
#     text, no company in the signature block); naira with the ₦ sign; a gross monthly
#     figure beside a basic / housing / transport / utility table (basic is the salary);
#     hours only as a roster average; 21 working days' leave "exclusive of" public holidays;
#     12 days' sick leave; the contributory pension at 10%; guarantors as references; a
#     licence to practise; acceptance within one week of the letter date.
letter(
    "ng-lagos-staff-nurse-offer-scan", "scan", datetime(2027, 1, 18, 9, 0),
    "Offer of appointment - Staff Nurse", "Lekki Haven Specialist Hospital Limited",
    blocks=[
        ("head", "Lekki Haven Specialist Hospital Limited", "Plot 9, Admiralty Way, Lekki Phase 1, Lagos  ·  RC 0000000  ·  hr@lekkihaven.example"),
        ("lines", ["LHSH/HR/APP/27/009", "18th January, 2027", "", "Miss Chiamaka Nwosu", "12 Adeola Street",
                   "Ogudu, Lagos"]),
        ("para", "Dear Miss Nwosu,"),
        ("title", "OFFER OF APPOINTMENT: STAFF NURSE"),
        ("para", P("""
            Following your interview with the Director of Nursing Services, we are pleased to
            offer you appointment as a Staff Nurse in the Hospital, on the terms below.""")),
        ("para", P("""
            1. Resumption: You are to resume duty on Monday, 1st February, 2027 at the
            Hospital's Lekki Phase 1, Lagos facility, which will be your place of work.""")),
        ("para", P("""
            2. Remuneration: Your gross monthly salary is ₦385,000.00 (Three Hundred and
            Eighty-Five Thousand Naira only), made up as follows:""")),
        ("table", [
            ["Basic salary", "₦154,000.00"],
            ["Housing allowance", "₦115,500.00"],
            ["Transport allowance", "₦57,750.00"],
            ["Utility allowance", "₦57,750.00"],
            ["Gross monthly salary", "₦385,000.00"],
        ], False),
        ("para", P("""
            Salaries are paid monthly, on or before the 27th day of the month, subject to PAYE
            tax and other statutory deductions.""")),
        ("para", P("""
            3. Pension: You will be enrolled in the Contributory Pension Scheme with a Pension
            Fund Administrator of your choice. The Hospital contributes 10% and you contribute
            8% of your monthly basic, housing and transport allowances.""")),
        ("para", P("""
            4. Duty roster: You will work morning, afternoon and night shifts on the ward
            roster, averaging 40 hours a week. Extra shifts approved by the Matron are paid at
            the Hospital's locum rate.""")),
        ("para", P("""
            5. Leave: You are entitled to 21 working days' annual leave, exclusive of public
            holidays, after twelve months of service. Sick leave on full pay is up to 12 working
            days in a year, on certification by a Hospital doctor.""")),
        ("para", P("""
            6. Other benefits: Health cover for you under the Hospital's HMO plan, group life
            insurance as the Pension Reform Act requires, and sponsorship of your mandatory
            continuing professional development each year.""")),
        ("para", P("""
            7. Probation and notice: You will be on probation for six months, during which
            either party may end the appointment with one week's notice or one week's salary in
            lieu. After confirmation, either party must give one month's notice or one month's
            basic salary in lieu.""")),
        ("para", P("""
            8. Confidentiality: Patients' records and all information about patients are
            strictly confidential, during and after your appointment.""")),
        ("para", P("""
            9. This offer is subject to sighting your current practising licence from the
            Nursing and Midwifery Council of Nigeria, two duly completed guarantor forms, and a
            satisfactory pre-employment medical screening.""")),
        ("para", P("""
            Kindly indicate your acceptance by signing the attached copy within one week of the
            date of this letter.""")),
        ("lines", ["Yours faithfully,", "For: Management", "", "Mrs. Omolara Bankole-Ibe", "Head, Human Resources"]),
    ],
)


# 12. Netherlands (Tilburg), logistics service provider: DOCX, 2.5 pages, an employment
#     agreement in English in numbered articles.
#     Traps: an annual gross salary "excluding holiday allowance" with its monthly figure;
#     8% holiday allowance paid in May (not a bonus); a collective profit share "up to 5%";
#     40 hours; 25 vacation days "based on a full-time working week"; continued pay in
#     illness (no sick days); indefinite period with two months' probation; one month from
#     the employee, the employer's notice "statutory" (null); a 12-month non-competition and
#     relationship clause; a study-cost repayment clause; one day a week at home; VOG.
letter(
    "nl-tilburg-logistics-planner-indefinite", "docx", datetime(2027, 5, 14, 10, 0),
    "Employment agreement - Logistics Planner", "Brabant Crossdock B.V.",
    blocks=[
        ("head", "Brabant Crossdock B.V.", "Kraaivenstraat 40, 5048 AB Tilburg, the Netherlands  ·  KvK 00000000"),
        ("title", "EMPLOYMENT AGREEMENT FOR AN INDEFINITE PERIOD"),
        ("para", "The undersigned:"),
        ("para", P("""
            1. Brabant Crossdock B.V., having its registered office in Tilburg, represented by
            Ms E.J.M. van den Heuvel, HR Director (the "Employer"); and""")),
        ("para", P("""
            2. Mr Tomasz Wiśniewski, born on 3 September 1994, residing at Ringbaan-West 212,
            5038 KG Tilburg (the "Employee"),""")),
        ("para", "agree as follows."),
        ("heading", "Article 1 - Position and start"),
        ("para", P("""
            1.1 The Employee enters the Employer's service on 1 July 2027 in the position of
            Logistics Planner in the Transport Planning department, for an indefinite period.
            1.2 The first two months of employment are a probationary period as referred to in
            Article 7:652 of the Dutch Civil Code, during which either party may end the
            agreement with immediate effect.""")),
        ("heading", "Article 2 - Place of work"),
        ("para", P("""
            The Employee's place of work is the Employer's distribution centre at Kraaivenstraat
            40 in Tilburg. After consultation with his manager, the Employee may work from home
            on one fixed day per week; on the other days he works at the distribution
            centre.""")),
        ("heading", "Article 3 - Working hours"),
        ("para", P("""
            The working week is 40 hours, normally worked from Monday to Friday between 07:00
            and 18:00 on the planning rota. Overtime is only worked at the Employer's request and
            is compensated in time off, hour for hour.""")),
        ("heading", "Article 4 - Salary and holiday allowance"),
        ("para", P("""
            4.1 The Employee's gross annual salary is EUR 46,800, excluding holiday allowance,
            which is paid in twelve equal monthly instalments of EUR 3,900 gross, by the 25th of
            each month.""")),
        ("para", P("""
            4.2 The Employee accrues a holiday allowance of 8% of the gross salary from 1 June
            to 31 May, which is paid with the May salary.""")),
        ("para", P("""
            4.3 The Employee takes part in the Employer's collective profit-sharing scheme,
            under which up to 5% of gross annual salary may be paid out each spring if the
            company result for the previous year exceeds the target set by the board.""")),
        ("heading", "Article 5 - Holidays"),
        ("para", P("""
            The Employee is entitled to 25 vacation days per calendar year, based on a
            full-time working week, in addition to the recognised public holidays. Vacation is
            taken in consultation with the manager, with at least two consecutive weeks in the
            summer period where possible.""")),
        ("heading", "Article 6 - Illness"),
        ("para", P("""
            In case of illness, the Employee reports sick to his manager before 09:00 on the
            first day. During illness the Employer continues to pay 100% of the salary in the
            first year and 70% in the second year, subject to the Employee's cooperation with
            reintegration.""")),
        ("heading", "Article 7 - Pension and expenses"),
        ("para", P("""
            7.1 The Employee will take part in the pension scheme of the Employer's industry
            pension fund from the start date; the Employer pays two thirds of the premium.
            7.2 For commuting, the Employer pays a travel allowance of EUR 0.23 per kilometre
            for each day travelled to the distribution centre, up to the tax-free limit.""")),
        ("heading", "Article 8 - Training costs"),
        ("para", P("""
            Where the Employer pays for a course or certification costing more than EUR 1,000
            that is not required by law for the position, the Employee will repay part of those
            costs if he leaves at his own request within two years of completing it: 100% in the
            first year and 50% in the second year. The parties will record the course in a
            separate study agreement.""")),
        ("heading", "Article 9 - Termination"),
        ("para", P("""
            After the probationary period, the Employee may terminate this agreement in
            writing with one month's notice, to the end of a calendar month. The Employer will
            observe the statutory notice period. The agreement ends in any event, without
            notice, on the date the Employee reaches the state pension age.""")),
        ("heading", "Article 10 - Confidentiality"),
        ("para", P("""
            The Employee will keep confidential everything he learns about the business of the
            Employer and its customers, including rates, volumes and routes, both during and
            after the employment.""")),
        ("heading", "Article 11 - Non-competition and relationship clause"),
        ("para", P("""
            11.1 For twelve months after this agreement ends, the Employee will not work, paid or
            unpaid, for a logistics service provider established in the Netherlands or Belgium
            that competes with the Employer. 11.2 For the same twelve months, the Employee will
            not approach or do business with customers of the Employer with whom he had contact
            in the last year of his employment. 11.3 For each breach of this article the Employee
            forfeits a penalty of EUR 2,500, plus EUR 250 for each day the breach continues.""")),
        ("heading", "Article 12 - Certificate of conduct"),
        ("para", P("""
            This agreement is entered into on condition that the Employee provides a
            Certificate of Conduct (VOG) issued no more than three months before the start
            date.""")),
        ("heading", "Article 13 - Applicable law"),
        ("para", "Dutch law governs this agreement."),
        ("para", P("""
            The Employer's offer on these terms remains valid until 31 May 2027. Please return
            a signed copy before then.""")),
        ("lines", ["Signed in duplicate in Tilburg on 14 May 2027.", "",
                   "Brabant Crossdock B.V.                                    The Employee",
                   "", "______________________                                    ______________________",
                   "E.J.M. van den Heuvel, HR Director                 T. Wiśniewski"]),
    ],
)


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main(LETTERS, __doc__))
