"""Named, versioned normalizers that rules refer to (``normalizer: money.v1``).

Each takes the matched text and a MatchContext and returns a value or None. An
unknown name fails when the rules load, listing the valid ones.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Callable

from offercheck.sentences import clause_end
from offercheck.values import Money, MoneyRange

NORMALIZERS: dict[str, Callable[..., Any]] = {}


def register(name: str):
    def deco(fn):
        NORMALIZERS[name] = fn
        return fn
    return deco


HONORIFICS = (r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Mdm|Madam|Mme|Mlle|Shri|Smt|Sri|Kumari|Kum|Encik|Cik|Puan|Tuan|"
              r"Datuk|Datin|Dato['’]?")
"""Titles before a person's name (English, French, Indian, Malay), as one regex alternation:
the ``person`` fragment, ``person.v1`` and the addressee line (``names.py``) read the same ones."""

_COMPANY_FORMS = r"(?:LLC|LLP|INC|LTD|PLC|CORP|CO|PTY|PTE|GMBH|BV|NV|AG|SA|LP|DAC|CLG|ULC|FZE|WLL|PJSC|QSC)\b"
"""A company's legal form in capitals: after a comma it ends a company's name, not a person's."""

# Name-shaped fragments for rules that read parties, titles and places. They expect the
# rule to be case-sensitive (``case: true``), since capitals are what mark a name.
NAME_MACROS = {
    "org": (r"(?:The\s+)?[A-Z][\w&'’.\-]*(?:[ \t]+(?:&|and|of|[A-Z][\w&'’.\-]*|\([A-Z][\w .&\-]{0,40}\))){0,7}?"
            r",?[ \t]+(?:Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Corp\.?|Corporation|Company|Co\.|"
            r"Pty\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Private\s+Limited|Pvt\.?\s+Ltd\.?|GmbH|B\.?V\.?|N\.?V\.?|"
            r"Sdn\.?\s+Bhd\.?|plc|PLC|S\.A\.|AG|L\.P\.|LP|DAC|CLG|ULC|FZ-?LLC|FZE|W\.L\.L\.?|WLL|Q\.S\.C\.?|P\.J\.S\.C\.?|PJSC|"
            # the same suffixes in a name written in capitals ("ACME HOLDINGS CORPORATION INC.")
            r"INC\.?|INCORPORATED|LTD\.?|LIMITED|CORP\.?|CORPORATION|PTY\.?\s+LTD\.?|PTE\.?\s+LTD\.?|"
            r"PRIVATE\s+LIMITED|PVT\.?\s+LTD\.?|SDN\.?\s+BHD\.?)(?![\w])"),
    # a first name or initials ("J.P."), then one to three more names, initials or particles;
    # "MacLeod", "O'Neil" and "E.MacLeod" (initial without a space) are names too
    # capitals include accented ones ("Ó Briain", "Émile") and Central European letters
    # ("Łukasz Wróblewski", "Dvořák": Latin Extended-A); Malay and Indian honorifics too
    "person": (r"(?:(?:" + HONORIFICS + r")\.?\s+)?"
               r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’\-]+(?:[A-Z][a-zß-öø-ÿĀ-ſ'’\-]+){0,2}|(?:[A-Z]\.){1,3})"
               r"(?:(?:[ \t]+|(?<=\.))(?:[A-Z]\.(?:[A-Z]\.)?|[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’\-]+(?:[A-Z][a-zß-öø-ÿĀ-ſ'’\-]+){0,2}"
               r"|van|de|der|den|da|di|von|bin|binti|bte|al|el|del|dos|Ó|Ní|Nic|Mac)){1,3}"),
    "PERSON": (r"(?:(?:MR|MS|MRS|MISS|DR|PROF|ENCIK|PUAN)\.?\s+)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+"
               r"(?:[ \t]+(?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+|Ó|BIN|BINTI)){1,3}"),
    "title": (r"[A-Z][\w/&’'\-]*(?:(?:[ \t]+|,[ \t]+|[ \t]*[/–-][ \t]*)(?:(?:and|of|for|&|in)(?=[ \t]+[A-Z&])|[A-Z][\w/&’'\-]*|"
              r"\d{1,2}[A-Za-z]?(?=[ \t]+[A-Z])|\((?!the\b)[^)\n]{1,30}\))){0,8}"),
    # letters after a name: a degree or credential ("RN", "PhD", "Esq."), or any short capitals
    # after a comma ("Jane Doe, FSA"); a generational suffix too
    "postnominal": (r"(?:,?[ \t]+(?-i:RN|LPN|NP|MD|DO|PhD|Ph\.D\.|MBA|MSc|MSN|BSN|BSc|BA|MA|BEng|MEng|CPA|ACA|FCA|PE|"
                    r"Esq\.?|Jr\.?|Sr\.?|II|III)(?![\w.])|,[ \t]*(?!" + _COMPANY_FORMS + r")(?-i:[A-Z]{2,5})(?![\w.]))"),
    "place": r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2}(?:,[ \t]*[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*)?)?",
    # a word that names a post: where a line could hold a title or a person's or firm's name
    # ("Offer of employment – <post or name>"), a post has one of these
    "role_noun": (r"(?:manager|officer|engineer|analyst|nurse|teacher|director|lead|leader|supervisor|"
                  r"representative|assistant|developer|specialist|coordinator|co-ordinator|executive|"
                  r"consultant|administrator|technician|technologist|clerk|associate|partner|president|"
                  r"accountant|bookkeeper|designer|architect|scientist|chemist|pharmacist|chef|cook|driver|"
                  r"operator|worker|attendant|agent|advis[eo]r|controller|counsel|head|intern|trainee|"
                  r"apprentice|therapist|physiotherapist|physician|doctor|surgeon|dentist|midwife|paramedic|"
                  r"lecturer|professor|instructor|tutor|researcher|writer|editor|planner|buyer|cashier|"
                  r"receptionist|secretary|auditor|inspector|mechanic|electrician|fitter|welder|carpenter|"
                  r"plumber|labou?rer|handler|picker|packer|guard|programmer|tester|strategist|producer|"
                  r"coach|carer|caregiver|aide|housekeeper|cleaner|custodian|foreman|forewoman|"
                  r"superintendent|principal|librarian|counsell?or|psychologist|solicitor|lawyer|attorney|"
                  r"paralegal|barista|waiter|waitress|bartender|merchandiser|salesperson|fellow|"
                  r"statistician|economist|actuary|underwriter|broker|teller|trader|investigator|owner|"
                  r"steward|porter|storeman|storekeeper|dispatcher|estimator|surveyor|draftsman|draughtsman|"
                  r"chief|CEO|CFO|COO|CTO|CIO|VP|SVP|EVP|GM)s?"),
}
# The same names in running prose, where a PDF line may break inside them ("a promotion to
# Vice\nPresident, Sales"): {org_w} and {title_w} let a space be a single line break; {person_w}
# only after a middle initial ("and Jane Q.\nPublic (the "Executive")"), so that a capitalised
# word ending the line before is never taken for a first name.
NAME_MACROS.update({f"{k}_w": NAME_MACROS[k].replace(r"[ \t]+", r"(?:[ \t]+|[ \t]*\n[ \t]*)") for k in ("org", "title")})
NAME_MACROS["person_w"] = NAME_MACROS["person"].replace(r"(?:[ \t]+|(?<=\.))", r"(?:[ \t]+|(?<=\.)(?:[ \t]*\n[ \t]*)?)")
assert NAME_MACROS["person_w"] != NAME_MACROS["person"]


# Layout: the start of a labelled line or table cell, after any bullet or clause number
# ("• Notice period: 2 months", "3.1 Hourly Rate: ...", "| Salary | ...", "Item 4 – Salary | ...").
LAYOUT_MACROS = {
    "bol": (r"(?:^|\n|\|)[ \t]*(?:[•●▪◦·*\-–][ \t]*|\(?[a-z0-9]{1,3}[.)][ \t]+|\d+(?:\.\d+)+\.?[ \t]+)?"
            r"(?:(?i:item|schedule)[ \t]+\d+[a-z]?[ \t]*[–—:.\-][ \t]*)?"),
    # Between a label and its value: "Salary: £1", "Salary | £1", and "Salary: | £1", a
    # table's label cell that keeps its colon (DOCX and PDF rows alike); dsep also a dash.
    "sep": r"\s*(?::[ \t]*\|?|\|)\s*",
    "dsep": r"\s*(?:[:\-–][ \t]*\|?|\|)\s*",
}


def macros() -> dict[str, str]:
    from offercheck.normalize.patterns import MACROS
    out = dict(MACROS)
    out.update(NAME_MACROS)
    out.update(LAYOUT_MACROS)
    return out


def _money(text: str, ctx) -> Money | None:
    from offercheck.normalize.money import parse_money
    from offercheck.normalize.money import is_dollar
    m = parse_money(text, default_currency=ctx.doc.currency if ctx is not None else None,
                    dollar=ctx.doc.dollar if ctx is not None else "USD")
    if isinstance(m, MoneyRange):
        m = m.low
    if m is None or m.amount <= 0:
        return None
    if m.currency is None and ctx is not None and ctx.doc.currency and not is_dollar(text):
        m = Money(m.amount, ctx.doc.currency, m.period, m.raw)
    if ctx is not None:
        m = _currency_in_words(m, ctx)
    return m


_MISREAD_SYMBOL = {("JPY", "NGN")}
"""(currency of the symbol read, the document's currency) where the symbol is a scan's misreading
of the document's own: OCR reads the naira sign (₦) as a yen sign (¥)."""


def _currency_in_words(m: Money, ctx) -> Money:
    """The amount written again in words names its currency ("₦240,000.00 (Two Hundred and
    Forty Thousand Naira only)"): the words settle it, a symbol being what a scan
    misreads; a yen sign in a letter whose country's sign OCR reads as one is that country's."""
    from offercheck.normalize.money import currency_of
    words = _IN_WORDS.match(ctx.after(130))
    named = currency_of(words.group(0)) if words else None
    if named and named != m.currency:
        return Money(m.amount, named, m.period, m.raw)
    if (m.currency, ctx.doc.currency) in _MISREAD_SYMBOL:
        return Money(m.amount, ctx.doc.currency, m.period, m.raw)
    return m


# "$240,000, paid monthly": how often pay is paid, not what the amount is per
# ("£44,000 for the role, paid monthly": a few words about the post may come between)
_PAID_EVERY = re.compile(r"^\W*(?:(?-i:[a-z]+)[\s,]+){0,4}?(?:(?:to\s+be\s+|which\s+(?:will\s+be|is)\s+)?(?:paid|payable|disbursed)\b"
                         r"|in\s+(?:\w+\s+)?(?:equal\s+)?(?:monthly|weekly|bi-?weekly|fortnightly)\s+instal)", re.I)
_NAMED_PAY = re.compile(r"(?<![\w-])(annual(?:ized)?|yearly|monthly|weekly|hourly|daily)\s+(?:(?:base|basic|gross|"
                        r"starting|initial|fixed)\s+){0,2}(?:salary|wages?|pay(?!\s+period)|rate(?:\s+of\s+pay)?|"
                        r"compensation|CTC)\b"
                        r"[^.;$£€₹\d\n]{0,30}$", re.I)
_IN_WORDS = re.compile(r"^\s*\([^()\d]{3,120}\)")
_SALARY_SCALE_CURRENCIES = {"USD", "GBP", "EUR", "CAD", "AUD", "NZD", "SGD", "CHF"}


def _is_pay_frequency_only(tail: str, period: str, m: Money) -> bool:
    """Whether the period word after an amount only says how often it is paid, and the
    amount is a year's pay: 20,000 or more in a currency where no month's salary is that
    large in an offer letter (not rupees, pesos or yen)."""
    return (period in ("month", "week") and _PAID_EVERY.match(tail) is not None
            and m.currency in _SALARY_SCALE_CURRENCIES and m.amount >= 20000)


_A_YEARS_FIGURE = re.compile(r"(?i)\d[\d,.]*\s*(?:k\b)?\s*\)?\s*(?:(?:per\s+|an?\s+)?(?:annum|year)\b|annual)|\bannuali[sz]ed\b"
                             r"|\b(?:annual|yearly)\s+(?:base\s+|gross\s+)?(?:salary|pay|rate|equivalent)\b")
"""A year's figure written beside a pay period's amount ("$3,846 bi-weekly ($100,000 annualized)");
"24 pay periods a year" counts periods and is none."""


def _per_pay_period(m: Money, words: str, tail: str) -> tuple[Money, str | None]:
    """ "paid $6,250 semi-monthly", "$3,500 bi-weekly": an amount paid twice a month or every
    two weeks, as a month's or a week's pay (times 2, times 0.5); not where the amount is a
    year's pay and the word only says how often it is paid ("$150,000, paid bi-weekly"), nor
    where the year's figure is written after it. ``words`` is what follows the amount up to
    the next figure, ``tail`` the text after it.

    >>> _per_pay_period(Money(Decimal("6250"), "USD"), " semi-monthly", " semi-monthly")
    (Money(amount=Decimal('12500'), currency='USD', period=None, raw=''), 'month')
    >>> _per_pay_period(Money(Decimal("150000"), "USD"), ", paid bi-weekly", ", paid bi-weekly")[1] is None
    True
    >>> _per_pay_period(Money(Decimal("4375"), "USD"), " per semi-monthly pay period", " per semi-monthly pay period (24 pay periods a year)")
    (Money(amount=Decimal('8750'), currency='USD', period=None, raw=''), 'month')
    """
    from offercheck.normalize.money import rate_period_of

    found = rate_period_of(words)
    if found is None or found[1] == 1 or _A_YEARS_FIGURE.search(tail):
        return m, None  # the year's figure written next to it is the one to read
    period, factor = found
    scaled = Money(m.amount * factor, m.currency, None, m.raw)
    if _is_pay_frequency_only(tail, period, scaled) or m.amount >= 20000:
        return m, None
    return scaled, period


def _year_by_scale(m: Money, text: str) -> str | None:
    """ "Your salary is $85,000": no period written, but an amount no month's or week's
    pay reaches in an offer letter, in a currency where that holds, is a year's.

    >>> _year_by_scale(Money(Decimal(85000), "USD"), "$85,000"), _year_by_scale(Money(Decimal(4200), "GBP"), "£4,200")
    ('year', None)
    >>> _year_by_scale(Money(Decimal(85000), "INR"), "Rs. 85,000"), _year_by_scale(Money(Decimal(95000)), "$95,000")
    (None, 'year')
    >>> _year_by_scale(Money(Decimal(60000), "USD"), "$60,000 - $75,000") is None
    True
    """
    from offercheck.normalize.money import is_dollar

    at_scale = Decimal(15000) <= m.amount <= Decimal(2000000)
    known = m.currency in _SALARY_SCALE_CURRENCIES or (m.currency is None and is_dollar(text))
    return "year" if at_scale and known and not _A_RANGE.search(text) else None


_A_RANGE = re.compile(r"\d\s*(?:-{1,2}|–|—|\bto\b)\s*\D{0,4}\d")
"""Two amounts as a range ("$104,000 - $136,000"): a band, whose period a scale cannot settle."""


@register("money.v1")
def money_v1(text: str, ctx, period: str | None = None, after: int = 45, before: int = 60,
             min_amount: float = 0, year_by_scale: bool = False) -> Money | None:
    """A pay rate: amount, currency, and the period from the text or just around it; with
    ``year_by_scale``, where none is written, a year for an amount only a year's pay reaches."""
    from offercheck.normalize.money import period_of
    m = _money(text, ctx)
    if m is None or m.amount < Decimal(str(min_amount)):
        return None
    p = m.period
    if p is None and ctx is not None:
        # "a monthly salary of $X (that is, an annual salary of $Y)": the word that names
        # the pay itself, right before its amount, says what the amount is per
        named = _NAMED_PAY.search(ctx.before(before))
        p = period_of(named.group(1)) if named else None
    if p is None and ctx is not None:
        # the amount again in words, "(Ringgit: Two Thousand Two Hundred only)", is skipped
        tail = _IN_WORDS.sub("", ctx.after(after + 120), count=1)[:after]
        tail = tail[:clause_end(tail)]  # the words about this amount
        # A period word after another amount belongs to that amount: "$20,416 a month
        # ($245,000 annualized)" is monthly; so read up to the next amount first.
        p = period_of(re.split(r"[$£€₹]|\d", tail, maxsplit=1)[0])
        if p is not None and _is_pay_frequency_only(tail, p, m):
            p = "year"
        if p is None:
            m, p = _per_pay_period(m, re.split(r"[$£€₹]|\d", tail, maxsplit=1)[0], ctx.after(after + 120))
        if p is None:
            head = re.split(r"[.;\n]", ctx.before(before))[-1]
            p = period_of(head) or period_of(re.sub(r"\([^()]*\)", " ", tail)) or period_of(tail)
    p = p or period or (_year_by_scale(m, text) if year_by_scale else None)
    if p is None:
        return None
    if p == "hour":
        from offercheck.normalize.money import as_hourly
        m = as_hourly(m)
    return Money(m.amount, m.currency, p, text)


@register("amount.v1")
def amount_v1(text: str, ctx, min_amount: float = 0, lakh_letter: bool = False) -> Money | None:
    """A one-off sum (a bonus, an allowance): amount and currency, no period. With
    ``lakh_letter`` a figure's "L" is a lakh, as an Indian CTC split writes it ("0.50 L").

    >>> amount_v1("0.75 L", None, lakh_letter=True).amount, amount_v1("0.75 L", None) is None
    (Decimal('75000.00'), True)
    """
    lakh = re.fullmatch(r"\s*(\d{1,3}(?:\.\d{1,2})?)\s*L\.?\s*", text) if lakh_letter else None
    if lakh:
        text = f"Rs. {lakh.group(1)} lakh"
    elif re.fullmatch(r"\s*\d{1,3}(?:\.\d{1,2})?\s*L\.?\s*", text):
        return None
    m = _money(text, ctx)
    if m is None or m.amount < Decimal(str(min_amount)):
        return None
    return Money(m.amount, m.currency, None, text)


@register("duration.v1")
def duration_v1(text: str, ctx, max_days: float | None = None, unit: str | None = None):
    """A duration. With ``unit``, the text is a count or an ordinal of that unit: "the third
    anniversary" read with ``unit: year`` is three years."""
    from offercheck.normalize.duration import parse_duration
    if unit is not None:
        from offercheck.normalize.numbers import parse_number, parse_ordinal
        from offercheck.values import Duration
        n = parse_ordinal(text)
        n = Decimal(n) if n is not None else parse_number(text)
        return Duration(Decimal(n), unit, text) if n is not None and 0 < n <= 100 else None
    d = parse_duration(text)
    if d is None or d.value <= 0 or (max_days is not None and d.days() > max_days):
        return None
    return d


# One defined period, a length per covenant: '"Restricted Period" means six months ... for
# purposes of clause (a) and a year for purposes of clause (b)'. The clause a length is given
# for is found in the text (the lettered or numbered item nearest the definition) and read.
_ITEM_KEY = re.compile(r"\(\s*([a-z]|[ivx]{1,4}|\d{1,2})\s*\)\s*$|^(\d{1,2}(?:\.\d{1,2})+)$", re.I)
_ITEM_NAMED = re.compile(r"(?:\b(?:clauses?|paragraphs?|sub-?clauses?|sub-?paragraphs?|sections?|sub-?sections?|"
                         r"items?|limbs?)\s+(?:\d{1,2}(?:\.\d{1,2})*\s*)?|\)\s*(?:,|and|or|to)\s*)$", re.I)
_ITEM_END = re.compile(r"\(\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*\)\s|[.;](?:\s|$)|\n\s*\n", re.I)
_SOLICITING = re.compile(r"\b(?:solicit|entic|canvass|poach|recruit|hire|hiring|induc|persuad|approach|deal\s+with)\w*", re.I)
_COMPETING = re.compile(r"\b(?:compet\w*|rival\w*|engag\w*\s+in|carry\w*\s+on|(?:provid|render|perform)\w*\s+(?:any\s+)?"
                        r"services|(?:be|become)\s+(?:employed|engaged|interested)|employed\s+by|work\w*\s+(?:for|with|as)"
                        r"|serv\w*\s+as|(?:similar|competing|restricted)\s+business\w*|business\w*\s+(?:that|which)"
                        r"|(?:take|taking|accept\w*)\s+(?:up\s+)?(?:a\s+|an\s+|any\s+)?(?:job|role|post|position|employment|work)"
                        r"|join\w*\s+(?:a|an|any)\b)", re.I)


def _item_text(text: str, label: str, near: int, within: int = 3000) -> str | None:
    """The words of the item ``label`` ("(a)", "9(b)", "7.2") nearest offset ``near``, up to
    the next item, the end of its sentence or 300 characters; None where there is none."""
    m = _ITEM_KEY.search(label.strip())
    if m is None:
        return None
    if m.group(1):
        start = re.compile(r"(?<![\w(])\(\s*" + re.escape(m.group(1)) + r"\s*\)\s*", re.I)
    else:
        start = re.compile(r"(?m)^[ \t]*" + re.escape(m.group(2)) + r"\.?\s+")
    lo = max(0, near - within)
    spots = [s for s in start.finditer(text, lo, min(len(text), near + within))
             if not _ITEM_NAMED.search(text[max(0, s.start() - 40):s.start()])]
    if not spots:
        return None
    s = min(spots, key=lambda s: abs(s.start() - near))
    body = text[s.end():s.end() + 300]
    stop = _ITEM_END.search(body)
    return body[:stop.start()] if stop else body


@register("covenant_period.v1")
def covenant_period_v1(text: str, ctx, covenant: str = "compete", item: str = "item",
                       max_days: float | None = None):
    """A length the text gives one clause of several (its label in the group ``item``), kept
    where that clause is the covenant asked: ``solicit`` (it names soliciting, hiring or
    enticing people) or ``compete`` (working for, engaging in or serving a business). A
    clause of both counts for both; a clause of neither, or none found, gives None.

    >>> from offercheck.extract import MatchContext
    >>> from offercheck.context import DocContext
    >>> t = ("You will not (a) work for any bakery within ten miles, or (b) solicit our "
    ...      "caterers. The period is nine months for clause (a) and a year for clause (b).")
    >>> def at(s, label):
    ...     i = t.index(s)
    ...     return MatchContext(DocContext(), t, i, i + len(s), i, i + len(s), {"item": label})
    >>> covenant_period_v1("nine months", at("nine months", "(a)"))
    Duration(value=Decimal('9'), unit='month', raw='nine months')
    >>> covenant_period_v1("nine months", at("nine months", "(a)"), covenant="solicit") is None
    True
    >>> covenant_period_v1("a year", at("a year", "(b)"), covenant="solicit").value
    Decimal('1')
    >>> covenant_period_v1("a year", at("a year", "(b)")) is None
    True
    >>> covenant_period_v1("a year", at("a year", "(c)")) is None
    True
    """
    label = (ctx.groups or {}).get(item) if ctx is not None else None
    words = _item_text(ctx.text, label, ctx.match_start) if label else None
    if not words:
        return None
    soliciting = bool(_SOLICITING.search(words))
    competing = bool(_COMPETING.search(words))
    if not (soliciting if covenant == "solicit" else competing):
        return None
    return duration_v1(text, ctx, max_days)


@register("months.v1")
def months_v1(text: str, ctx, each: int | None = None, plus: int = 0):
    """A duration as a whole number of months (vesting, cliff).

    With ``each``, the text is the share that vests every ``each`` months ("25%" a
    year, "1/48" a month) and the result is the whole schedule: 25% with each=12 is 48.
    ``plus`` adds months that come before the duration read ("a third after one year,
    the rest over the following two years" is 24 plus 12).
    """
    if plus:
        n = months_v1(text, ctx, each)
        return None if n is None else n + plus
    if each is not None:
        from offercheck.normalize.numbers import parse_share
        share = parse_share(text)
        if share is None:
            return None
        instalments = 1 / share
        if abs(instalments - round(instalments)) > Decimal("0.1"):
            return None
        return int(round(instalments)) * each
    d = duration_v1(text, ctx)
    if d is None:
        return None
    factor = {"year": 12, "month": 1}.get(d.unit)
    if factor is None:
        return None
    return int(d.value * factor)


@register("date.v1")
def date_v1(text: str, ctx, term: str | None = None):
    """A date. ``term`` names a group holding a duration counted from that date: the result
    is the term's last day, the day before the anniversary ("12 months from 1 May 2026")."""
    from offercheck.normalize.dates import end_of_term, next_day, next_weekday, parse_date
    date = parse_date(text, dayfirst=ctx.doc.dayfirst if ctx is not None else None)
    if date is None and ctx is not None and ctx.doc.letter_date is not None:
        # "by Friday, January 22": the letter's year; "by Thursday": the Thursday after the letter
        date = next_day(text, ctx.doc.letter_date) or next_weekday(text, ctx.doc.letter_date)
    if term is None or date is None:
        return date
    length = duration_v1(ctx.groups.get(term, "") if ctx is not None else "", ctx)
    if length is None:
        return None
    try:
        return end_of_term(date, length)
    except (OverflowError, ValueError):
        return None


# How often a share vests, read after the share in its sentence: "1/48th of the shares at
# the end of each one-month period thereafter shall vest", "25% on the first anniversary"
_VEST_EVERY = (
    (1, re.compile(r"\b(?:monthly|(?:each|every|per)\s+(?:(?:one|1)[- ]month|calendar\s+month|full\s+month|month)"
                   r"(?:ly)?\b)", re.I)),
    (3, re.compile(r"\b(?:quarterly|(?:each|every|per)\s+(?:calendar\s+|fiscal\s+)?quarter"
                   r"|(?:each|every)\s+(?:three|3)[- ]month)", re.I)),
    (12, re.compile(r"\b(?:annually|(?:each|every|per)\s+(?:full\s+)?year|on\s+each\s+(?:of\s+the\s+)?"
                    r"(?:\w+\s+){0,2}anniversar|on\s+the\s+first\s+anniversary)", re.I)),
)
_REST_FOLLOWS = re.compile(r"\b(?:remain\w*|remainder|balance|rest\s+of|the\s+rest|thereafter|then|additional|further)\b", re.I)
_SHARE_OF_REST = re.compile(r"\b(?:remaining|remainder|balance|rest)\b[^.;]{0,20}$", re.I)


@register("vest_share.v1")
def vest_share_v1(text: str, ctx, within: int = 140):
    """Months over which a grant vests, from one share and how often it vests: 1/48 each
    month is 48, 25% each year (or on the first anniversary) is 48, 1/12 each quarter 36.
    None where the share is of what remains ("the remaining 75% monthly"), where no
    vesting frequency follows the share in its sentence, or where the share is no whole
    fraction of the grant."""
    from offercheck.normalize.numbers import SHARE, parse_share
    share = parse_share(text)
    if share is None or not 0 < share <= Decimal("0.5") or ctx is None:
        return None
    if _SHARE_OF_REST.search(ctx.before(40)):
        return None
    after = re.split(r"(?<![\d.])\.(?!\d)|;", ctx.after(within), maxsplit=1)[0]
    # how often *this* share vests: stop at the next share ("a quarter ..., then 1/48 monthly")
    after = re.split(SHARE, after, maxsplit=1)[0]
    after = _REST_FOLLOWS.split(after, maxsplit=1)[0]  # "... and the remainder monthly": not this share
    hits = [(m.start(), each) for each, rx in _VEST_EVERY for m in [rx.search(after)] if m]
    if not hits or "vest" not in (ctx.before(120) + text + after).lower():
        return None
    each = min(hits)[1]
    parts = 1 / share
    if abs(parts - round(parts)) > Decimal("0.05"):
        return None
    return int(round(parts)) * each


@register("number.v1")
def number_v1(text: str, ctx, min: float | None = None, max: float | None = None, per: float = 1,
              span: bool = False, less: float = 0, plus: str | None = None,
              plus_per: float | None = None, minus: str | None = None, ordinal: bool = False):
    """A number; times ``per`` (weeks to days), less ``less``. With ``span``, the text is
    two clock times and the number is the hours between them ("9 am to 5:30 pm" is 8.5).
    ``plus`` names a regex group whose number is added (earned leave plus casual leave);
    with ``plus_per`` the two are weighted apart: ``value x per + plus x plus_per - less``
    (a week of four long days and a short Friday), and with ``span`` both are clock spans.
    ``minus`` names a group whose number is subtracted (a total "which includes the
    eight public holidays"). With ``ordinal`` the text is an ordinal ("fourth", "3rd")."""
    from offercheck.normalize.numbers import parse_number, parse_ordinal, parse_time_span
    if ordinal:
        k = parse_ordinal(text)
        n = None if k is None else Decimal(k)
    else:
        n = parse_time_span(text) if span else parse_number(text)
    if n is None:
        return None
    if plus is not None:
        raw = ctx.groups.get(plus, "") if ctx is not None else ""
        extra = (parse_time_span(raw) if span and plus_per is not None else parse_number(raw)) if raw else None
        if extra is None:
            return None
        if plus_per is not None:
            n = n * Decimal(str(per)) + extra * Decimal(str(plus_per)) - Decimal(str(less))
            per, less = 1, 0
        else:
            n += extra
    if minus is not None:
        raw = ctx.groups.get(minus, "") if ctx is not None else ""
        taken = parse_number(raw) if raw else None
        if taken is None:
            return None
        n -= taken
    n = n * Decimal(str(per)) - Decimal(str(less))
    if (min is not None and n < Decimal(str(min))) or (max is not None and n > Decimal(str(max))):
        return None
    return n


@register("schedule.v1")
def schedule_v1(text: str, ctx, min: float = 1, max: float = 80):  # noqa: A002 (the rules' words)
    """Hours a week from a schedule of days and clock times less unpaid breaks
    (``normalize/schedule.py``); None outside ``min``..``max``."""
    from offercheck.normalize.schedule import weekly_hours
    n = weekly_hours(text)
    return n if n is not None and Decimal(str(min)) <= n <= Decimal(str(max)) else None


@register("break.v1")
def break_v1(text: str, ctx, min: float = 0, max: float = 3):  # noqa: A002 (the rules' words)
    """The hours an unpaid break takes off a day, 0 for a paid one (``normalize/schedule.py``)."""
    from offercheck.normalize.schedule import break_hours, is_meal_or_unpaid
    if not is_meal_or_unpaid(text):  # a short rest break alone says nothing of the lunch
        return None
    n = break_hours(text)
    return n if n is not None and Decimal(str(min)) <= n <= Decimal(str(max)) else None


@register("weekdays.v1")
def weekdays_v1(text: str, ctx, min: float = 1, max: float = 7):  # noqa: A002 (the rules' words)
    """How many days a list or run of weekdays names ("Tuesdays and Thursdays" is 2)."""
    from offercheck.normalize.schedule import weekday_count
    n = weekday_count(text)
    return n if n is not None and Decimal(str(min)) <= n <= Decimal(str(max)) else None


@register("percent.v1")
def percent_v1(text: str, ctx, max: float = 100, of: str | None = None, then: str | None = None,
               then_of: str | None = None):
    """A percentage ("5%", "7,5 %", "6 per cent"). ``of`` names a group holding a second
    percentage that this one is taken of: "50% of the first 6% of pay" is 3, and so is
    "half of the first 6%". ``then`` and ``then_of`` name a second tier's share and base,
    added: "100% of the first 3% and 50% of the next 2%" is 3 + 1 = 4, the most the tiers give.
    A share in words is a fraction ("half") or a count of cents in the dollar ("fifty"):
    "fifty cents for every dollar, on up to 6%" is 3, as "half of the first 6%" is.

    >>> percent_v1("7,5%", None), percent_v1("6 per cent", None), percent_v1("45%", None, max=30)
    (Decimal('7.5'), Decimal('6'), None)
    >>> from types import SimpleNamespace
    >>> up_to_6 = SimpleNamespace(groups={"first": "6%"})
    >>> percent_v1("fifty", up_to_6, of="first"), percent_v1("half", up_to_6, of="first")
    (Decimal('3'), Decimal('3.0'))
    """
    def pct(t: str):
        return number_v1(_PERCENT_SIGN.sub(" ", t), ctx, min=0.01, max=None if of else max)

    def group(name: str):
        return pct(ctx.groups.get(name) or "") if ctx is not None else None
    n = pct(text)
    if n is None or of is None:
        return n
    if not re.search(r"\d", text) and n <= 1:  # "half of the first 6%": a share in words
        n = n * 100
    base = group(of)
    if base is None:
        return None
    n = n * base / Decimal(100)
    if then is not None and then_of is not None:
        share, rest = group(then), group(then_of)
        n = n + share * rest / Decimal(100) if share is not None and rest is not None else n
    return n if n <= Decimal(str(max)) else None


_PERCENT_SIGN = re.compile(r"%|\bper\s?cent\b", re.I)


_QUOTES = "\"'“”‘’`«»"


@register("text.v1")
def text_v1(text: str, ctx, max_words: int = 12, min_chars: int = 2):
    """A name, title or place as written: spaces collapsed, quotes and trailing punctuation off."""
    t = " ".join(text.replace("|", " ").split())
    t = t.strip(_QUOTES + " ,;:-–—").rstrip(".") if not t.lower().endswith(("inc.", "ltd.", "co.", "corp.", "l.p.", "s.a.", "b.v.", "n.v.", "p.c.", "llc.", "pvt.", "bhd.")) else t.strip(_QUOTES + " ,;:-")
    t = t.strip(_QUOTES + " ")
    if len(t) < min_chars or len(t.split()) > max_words:
        return None
    return t


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


@register("enum.v1")
def enum_v1(text: str, ctx, map: dict | None = None):
    """A word from a small vocabulary, mapped to its canonical value (``map`` in the rule)."""
    table = {_key(k): v for k, v in (map or {}).items()}
    return table.get(_key(text))


_POSTCODE = re.compile(r"\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{2,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s*\d[A-Z]\d)\s*$")
_POSTCODE_ONLY = re.compile(r"^(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s*\d[A-Z]\d|[A-Z]{2,3}\s+\d{4,5}|[\d\s\-]+)$")
_STREET = re.compile(r"^(?:(?:level|floor|suite|unit|flat|apartment|building|plot|blk|block|lot)\s+\S+.*|(?:no\.?|#)\s*\d.*|"
                     r"\d[\w\-/]*\s+\w.*|"
                     # Malaysian, Philippine and Indian street and locality words ("Jalan Tun Razak",
                     # "Seksyen 26", "Brgy. Lahug", "Sector 62")
                     r"(?:jalan|jln|lorong|persiaran|seksyen|sector|phase|brgy|barangay)\b.*)$", re.I)
# a building, campus or street rather than a town
_FACILITY = re.compile(r"\b(?:Centre|Center|Building|House|Tower|Campus|Plaza|Square|Street|St|Road|Rd|Avenue|Ave|"
                       r"Lane|Drive|Boulevard|Blvd|Way|Court|Floor|Level|Suite|Unit|Mall|Hospital|School|Academy|College|Crescent|"
                       r"Works|Mills?|Wharf|Layout|Nagar|(?:Business|Industrial|Technology|Tech|Science|Office|"
                       r"Retail|IT|Software)\s+(?:Park|Estate|Centre|Center)|(?:Industrial|Trading)\s+Estate)\b\.?$")
_NOT_PLACE = re.compile(r"^(?:the\s+)?(?:company|employer|office|head\s*office|headquarters|hybrid|remote|tbd|tba|n/?a)\b", re.I)
_NOT_PLACE_WORD = re.compile(r"\b(?:Terms|Schedule|Agreement|Company|Employer|Employee|Clause|Section|Annex\w*|Cover|"
                             r"Salary|Work|Remote|Hybrid|Policy|Letter|Offer|Manager|Department|Team|Position|Role|"
                             r"Inc|Ltd|LLC|Corp|Corporation|Limited|Pty|Pte|plc|GmbH|LLP)\b")
# lowercase words a town's name may hold ("Newcastle upon Tyne", "Stratford-upon-Avon")
_PLACE_SMALL = {"of", "upon", "on", "the", "de", "la", "del", "am", "an", "der", "en", "sur", "&"}
# the last "in/at/within ..." of a phrase names the place: "our offices in Newark, New Jersey"
_LEAD_IN = re.compile(r"^.*?\b(?:in|at|within|near\s+to|near|from|is|be)\s+(?=(?:the\s+)?[A-Z0-9#])", re.S)


@register("place.v1")
def place_v1(text: str, ctx, max_words: int = 6):
    """A place of work from a label's value, a sentence or an address: the town (and region),
    without street, unit, building or postcode.

    >>> place_v1('Level 5, 60 Margaret St, Sydney NSW 2000', None)
    'Sydney NSW'
    >>> place_v1("the Company's offices in Newark, New Jersey", None)
    'Newark, New Jersey'
    >>> place_v1('client homes within the Dublin area', None)
    'Dublin'
    >>> place_v1('University of Kent Summer Centre, Canterbury', None)
    'Canterbury'
    >>> place_v1('Suite 4C, 12-14 Weaver Yard, Greater London, E2 7QP, United Kingdom', None)
    'London, United Kingdom'
    >>> place_v1('Austin, Texas office', None)
    'Austin, Texas'
    >>> place_v1('Lot 12, Jalan Perdana 4, Seksyen 9, Shah Alam, Selangor', None)
    'Shah Alam, Selangor'
    >>> place_v1('Unit 2, Kilbarry Business Park, Waterford', None)
    'Waterford'
    >>> place_v1('Noida', None)
    'Noida'
    >>> place_v1('our Harbourside depot, Hull', None), place_v1('North campus, Ann Arbor, MI', None)
    ('Hull', 'Ann Arbor, MI')
    >>> place_v1('the assembly line of our Hosur plant, Krishnagiri', None)
    'Krishnagiri'
    >>> place_v1('Pune office, India', None), place_v1('our Salt Lake plant, India', None)
    ('Pune', 'Salt Lake')
    >>> place_v1('Work may be performed on-site', None) is None
    True
    >>> place_v1('office at 14 Harcourt Street, Dublin 2', None), place_v1('regional office, 22 Collins Street, Melbourne VIC 3000', None)
    ('Dublin', 'Melbourne VIC')
    >>> place_v1('head office at 9 Quay Road, Galway', None), place_v1('site in Dublin 15', None)
    ('Galway', 'Dublin')
    >>> place_v1('our office in Westlands, Nairobi', None), place_v1('Whitefield, Bengaluru, Karnataka', None)
    ('Nairobi', 'Bengaluru, Karnataka')
    >>> place_v1('London, Ontario', None), place_v1('Richmond, Virginia', None)
    ('London, Ontario', 'Richmond, Virginia')
    >>> place_v1('Waterloo, Ontario', None)
    'Waterloo, Ontario'
    >>> place_v1("the Company's works in Lapu-Lapu City, Cebu", None), place_v1('Pasig City, Manila', None)
    ('Lapu-Lapu City, Cebu', 'Pasig City, Manila')
    >>> place_v1('our Andheri East branch, Mumbai', None), place_v1('the Banjara Hills office, Hyderabad', None)
    ('Mumbai', 'Hyderabad')
    >>> place_v1('Monday, February 15, 2027', None) is None, place_v1('the week of Tuesday, March', None) is None
    (True, True)
    """
    parts = _place_parts(_place_phrase(text))
    if not parts or _NOT_PLACE.match(parts[0]) or not parts[0][:1].isupper():
        return None
    if len(parts) > 1 and _district_then_city(parts[0], parts[1]):
        parts = parts[1:]  # "Westlands, Nairobi", "Malviya Nagar, New Delhi": the district, then the city
    place = ", ".join(parts[:2])
    words = place.replace(",", " ").split()
    if (_NOT_PLACE_WORD.search(place) or _CALENDAR_WORD.search(place)
            or any(not w[:1].isupper() and w.lower() not in _PLACE_SMALL for w in words)):
        return None
    return text_v1(place, ctx, max_words=max_words)


_GREATER = re.compile(r"^(?:Greater|Metro(?:politan)?)\s+")
_CALENDAR_WORD = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                            r"April|June|July|August|September|October|November|December)\b")
"""A weekday or month is a date's word, never a place's ("Monday, February 15")."""
_PLACE_KIND = re.compile(r"\s+(?:area|region|office|offices|premises|headquarters|HQ|branch|campus|site|store|"
                         r"facility|distribution|centre|center|depot|warehouse|plant|clinic|location)\b.*$")


# a part of an address naming a site by its kind: "Riverside store", "Chakan plant" (an
# office or branch is most often named after its town: "Kolkata office, India")
_SITE_NAME = re.compile(r"\b(?:premises|campus|site|store|shop|facility|centre|center|depot|warehouse|plant|"
                        r"factory|clinic|hospital|yard|mill|works)\s*$", re.I)


def _district_then_city(first: str, second: str) -> bool:
    """Whether "first, second" is a district or suburb and then its city ("Westlands, Nairobi",
    "Malviya Nagar, New Delhi"): the second a town (the gazetteer's) at least twice the size of
    any town the first names; never a state or province ("London, Ontario", "Waterloo, Ontario")."""
    from offercheck.normalize.gazetteer import REGIONS, population
    if _A_CITY.search(first):
        return False  # "Mandaue City, Cebu": a city, then its province
    city = population(second)
    return second not in REGIONS and city >= 20_000 and 2 * population(first) < city


_A_CITY = re.compile(r"\S\s+City$")
"""A town named as a city ("Quezon City", "Mandaue City"), never a district of the next."""


_SITE_LEAD = re.compile(r"^(?:[a-z]+\s+){0,2}(?:office|offices|premises|headquarters|site|branch|campus|depot|"
                        r"warehouse|plant|store|facility)(?:\s+(?:at|in|on)\s+|\s*,\s*)(?=\S)")
"""A site described in lower case before its address: "regional office, 22 Collins Street"."""
_DUBLIN_DISTRICT = re.compile(r"(?<=\bDublin)\s+\d{1,2}[Ww]?$")
"""Dublin's postal districts ("Dublin 2", "Dublin 6W"): part of the postcode, not the town."""


_COUNTRY = re.compile(r"\s*(?:India|United\s+Kingdom|UK|U\.?S\.?A?\.?|United\s+States|Canada|Australia|Ireland|"
                      r"Singapore|Philippines|Malaysia|New\s+Zealand|UAE|United\s+Arab\s+Emirates|South\s+Africa|"
                      r"Germany|Netherlands|France)\s*$")


def _place_phrase(text: str) -> str:
    """The words naming the place: up to a bracket, a dash or a sentence's end, without
    lead-ins ("based at", "the"), "Greater" or "Metro", and what kind of site it is
    ("office", "area")."""
    t = " ".join(re.split(r"[(;|]|\s[-–—]\s|(?<!\bCo)(?<!\bSt)(?<!\bMt)(?<!\bFt)\.\s", text, maxsplit=1)[0].split()).strip(" .,:")
    t = re.sub(r"(?<=[a-z])\s+(?:the\s+)?(?:Greater|Metro(?:politan)?)\s+(?=[A-Z])", " ", t)
    while True:
        m = _LEAD_IN.match(t)
        if not m or not t[m.end():].strip():
            break
        t = t[m.end():]
    t = re.sub(r"^(?:(?:the|our|its|their|your)\s+)+", "", t, flags=re.I)
    t = _SITE_LEAD.sub("", t)  # "office at 14 Harcourt Street, ...", "regional office, 22 Collins Street, ..."
    t = _GREATER.sub("", t)
    parts = t.split(",")
    while len(parts) > 1 and _site_then_town(parts[0], parts[1]):
        parts = parts[1:]  # "Stourton depot, Leeds", "Main campus, Boston, MA": the site, then the town
    return _PLACE_KIND.sub("", ",".join(parts).strip())


_BRANCH_NAME = re.compile(r"\b(?:office|offices|branch|headquarters)\s*$", re.I)
"""A part naming an office or branch, most often after its town ("Pune office") but sometimes
after a district ("Andheri East branch"): dropped only where a gazetteer town follows it."""


def _site_then_town(first: str, second: str) -> bool:
    """Whether "first, second" names a site and then the town it is in: a site of any kind
    ("Stourton depot, Leeds"), or an office or branch named after a district where the next
    part is a town of the gazetteer ("Salt Lake Sector V branch, Kolkata")."""
    from offercheck.normalize.gazetteer import population
    second = second.strip()
    if not second or _COUNTRY.match(second):
        return False
    return bool(_SITE_NAME.search(first)) or (bool(_BRANCH_NAME.search(first)) and population(second) >= 20_000)


def _place_parts(t: str) -> list[str]:
    """The comma-separated parts of an address that name a town or region: no street,
    postcode or facility."""
    parts = [p.strip() for p in t.split(",") if p.strip()]
    parts = [_DUBLIN_DISTRICT.sub("", _POSTCODE.sub("", p)).strip() for p in parts if not _STREET.match(p)]
    parts = [p for p in parts if p and not _STREET.match(p) and not _POSTCODE_ONLY.match(p)
             and not _FACILITY.search(p)]
    return [_GREATER.sub("", p) for p in parts]


_HONORIFIC = re.compile(r"^(?:(?:" + HONORIFICS + r")\.?\s+)+", re.I)
_POSTNOMINAL = re.compile(r"(?:,?\s+(?i:Esq|M\.?D|Ph\.?\s?D|J\.?D|MBA|CPA|CFA|FCA|ACA|BSc|MSc)\.?|,\s*(?!" + _COMPANY_FORMS
                          + r")[A-Z]{2,5})+$")
_DEFINED_AS = re.compile(r"\s*\(\s*(?:hereinafter\s+)?(?:the\s+)?[\"“”'‘’]*\w+[\"“”'‘’]*\s*\)?\s*$", re.I)
# words that make a capitalised pair a heading, an organisation or a role rather than a person
_NOT_PERSON = re.compile(
    r"\b(?:company|employer|employee|candidate|executive|human|resources|sincerely|faithfully|regards|"
    r"date|signature|signed|director|manager|officer|president|limited|ltd|inc|llc|corp|corporation|"
    r"group|team|department|street|road|avenue|lane|drive|offer|letter|appointment|agreement|contract|"
    r"terms|employment|dear|name|accepted|agreed|private|confidential|annexure|schedule|page|exhibit|"
    r"university|college|school|bank|services|solutions|technologies|systems|labs|holdings|the|city|"
    # a company's legal form: "Veldhoven Sensors B.V." signs as a company, not a person
    r"b\.?v|n\.?v|gmbh|pty|pvt|pte|sdn|bhd|plc|llp|dac|ag)\b", re.I)


@register("person.v1")
def person_v1(text: str, ctx, max_words: int = 5):
    """A person's name as written, without honorifics, post-nominals or a defined term; a
    name written in capitals is put in title case. ``Dr. JANE Q. DOE, Esq.`` is ``Jane Q. Doe``.

    >>> person_v1('Mr. T.W. van Leeuwen', None)
    'T.W. van Leeuwen'
    >>> person_v1('Lindqvist Robotics B.V', None) is None, person_v1('Harbour Foods DAC', None) is None
    (True, True)
    >>> person_v1('NOEL E. FARROW', None)
    'Noel E. Farrow'
    >>> person_v1('Ewan R. MacLeod, Esq.', None)
    'Ewan R. MacLeod'
    >>> person_v1('Encik Ahmad Zaki bin Osman', None)
    'Ahmad Zaki bin Osman'
    >>> person_v1('Cebu City', None) is None
    True
    >>> person_v1('Human Resources', None) is None
    True
    """
    t = text_v1(text, ctx, max_words=max_words + 3)
    if t is None:
        return None
    t = _DEFINED_AS.sub("", t)
    t = _POSTNOMINAL.sub("", t)
    t = _HONORIFIC.sub("", t).strip(" ,.")
    t = t + "." if re.search(r"(?:^|\s)[A-Z]$", t) else t
    if len(t.split()) < 2 and not re.match(r"(?:[A-Z]\.){1,3}\s*\S", t):
        return None
    if _NOT_PERSON.search(t) or len(t.split()) > max_words:
        return None
    if t.isupper():
        t = " ".join(w if re.fullmatch(r"(?:[A-Z]\.)+", w) else w.capitalize() for w in t.split())
    return t


# a party, not a post: "the Company", "Employee"; "Company Driver" and "Employee Relations
# Manager" are posts
_TITLE_NOT = re.compile(r"^(?:the|a|an|our|your|this|that)\b|^company\b(?!\s+[a-z]*[A-Za-z])|\bcompany(?:['’]s)?\s*$"
                        r"|\bemployee\b(?!\s+(?:relations|experience|engagement|benefits|success|communications))"
                        r"|\b(?:employer|candidate|executive\s+is|entity|affiliate|subsidiary)\b", re.I)
_TITLE_TAIL = re.compile(r"(?:,?\s+(?:and|or|of|for|in|with|at|&))+$|,$", re.I)
# the first word of the next sentence, caught where a line broke after the title
_TITLE_NEXT = re.compile(r"(?:\s+(?:The|This|That|These|You|Your|We|Our|It|In|As|At|If|Please|I|On|For))+$")
# a grade, level or qualification in brackets is not part of the title: "Data Scientist (Level: 25)",
# "Pharmacy Technician (Certificate III)"
_TITLE_GRADE = re.compile(r"\s*\((?:[^()]*\d[^()]*|\s*(?:level|grade|band|certificate|cert\.|diploma|degree|qualified)\b[^()]*)\)", re.I)
# the employer named after the title: "Chief Technology Officer of Acme Robotics, Inc.", "Controller
# of the Company" (a title that names its own unit, "Director of Sales", keeps it)
_TITLE_ORG = re.compile(r"\s+(?:of|at|with|for)\s+(?:(?:the\s+)?(?:Company|Corporation|Employer|Bank|Partnership)"
                        r"|" + NAME_MACROS["org"] + r")\.?$")
_FUNCTIONS = (r"(?:Human\s+Resources|Finance|Accounts|Sales|Marketing|Operations|Administration|Engineering|Quality|"
              r"Production|Purchase|Purchasing|Procurement|Legal|Compliance|Business\s+Development|Customer\s+Service|"
              r"Supply\s+Chain|Logistics|Research|Maintenance|Training|Projects|Information\s+Technology|Treasury|"
              r"Taxation|Audit|Talent\s+Acquisition|Stores)")
"""Functions of a business: after a spaced dash they are part of the post ("Executive – Sales")."""
# a dash then a unit: "Alarm Monitor- Security Operations Center" is the title and its department
_TITLE_UNIT = re.compile(r"\s*[-–—]\s*[A-Z][\w&' ]*\b(?:Center|Centre|Department|Team|Division|Group|Unit|Office)$"
                         # a spaced dash sets off where or in what unit, a name of two words or more:
                         # "Head Chef – Harbour View Hotel" (but "Data Analyst – Trainee" is one post, and
                         # "Manager – Human Resources" names the post's function, as Indian letters write it)
                         r"|\s+[-–—]\s+(?!(?:[A-Z&][\w&'’.]*\s+)*" + _FUNCTIONS + r"\b)"
                         r"[A-Z][\w&'’.]*(?:\s+[A-Z&][\w&'’.]*)+$")


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@register("weekday_run.v1")
def weekday_run_v1(text: str, ctx, min: int = 2, max: int = 7) -> int | None:  # noqa: A002 (the rules' words)
    """How many days a run of weekdays covers, ends included, wrapping past Sunday; None
    outside ``min``..``max``.

    >>> weekday_run_v1("Sunday to Thursday", None), weekday_run_v1("Tue-Sat", None)
    (5, 5)
    >>> weekday_run_v1("Monday through Friday", None), weekday_run_v1("Fri - Mon", None)
    (5, 4)
    """
    days = [d.lower()[:3] for d in re.findall(r"[A-Za-z]+", text) if d.lower()[:3] in _WEEKDAYS]
    if len(days) != 2:
        return None
    span = (_WEEKDAYS.index(days[1]) - _WEEKDAYS.index(days[0])) % 7 + 1
    return span if 2 <= span and min <= span <= max else None


@register("title.v1")
def title_v1(text: str, ctx, max_words: int = 12):
    """A job title as written, without a trailing connector, a grade in brackets or a
    department after a dash; a defined party ("The Employee") is not a title.

    >>> title_v1('Vice President, Finance, and', None)
    'Vice President, Finance'
    >>> title_v1('Data Scientist (Level: 25)', None)
    'Data Scientist'
    >>> title_v1('Pharmacy Technician (Certificate III)', None), title_v1('Early Years Educator (Diploma qualified)', None)
    ('Pharmacy Technician', 'Early Years Educator')
    >>> title_v1('Junior Developer (Summer Student)', None)
    'Junior Developer (Summer Student)'
    >>> title_v1('Alarm Monitor- Security Operations Center', None)
    'Alarm Monitor'
    >>> title_v1('The Employee', None) is None
    True
    >>> title_v1('COMPANY DRIVER', None), title_v1('Employee Relations Manager', None), title_v1('Company', None)
    ('COMPANY DRIVER', 'Employee Relations Manager', None)
    >>> title_v1('Head Chef – Harbour View Hotel', None), title_v1('Data Analyst – Trainee', None)
    ('Head Chef', 'Data Analyst – Trainee')
    >>> title_v1('Manager – Human Resources', None), title_v1('Assistant Manager - Accounts and Taxation', None)
    ('Manager – Human Resources', 'Assistant Manager - Accounts and Taxation')
    >>> title_v1('Store Manager – Leeds City Centre', None)
    'Store Manager'
    >>> title_v1('Chief Operating Officer of Brightline Tools, Inc', None), title_v1('Controller of the Company', None)
    ('Chief Operating Officer', 'Controller')
    >>> title_v1('Director of Sales', None), title_v1('Head of People and Culture', None)
    ('Director of Sales', 'Head of People and Culture')
    """
    t = text_v1(text, ctx, max_words=max_words + 4)
    if t is None:
        return None
    t = _TITLE_NEXT.sub("", t)
    t = _TITLE_GRADE.sub("", t)
    t = _TITLE_UNIT.sub("", t)
    t = _TITLE_ORG.sub("", t)
    t = _TITLE_TAIL.sub("", t).strip(" ,;:-–")
    if not t or _TITLE_NOT.search(t) or len(t.split()) > max_words:
        return None
    return t


@register("pay_row.v1")
def pay_row_v1(text: str, ctx) -> tuple[Decimal, ...] | None:
    """A pay table row, found by its label: the figures that follow the label on its line,
    as written (multipliers such as "k" applied), left to right.

    >>> from offercheck.extract import MatchContext
    >>> from offercheck.context import DocContext
    >>> line = "Basic Salary 40,000 4,80,000\\nNext"
    >>> pay_row_v1("Basic Salary", MatchContext(DocContext(), line, 0, 12, 0, 12))
    (Decimal('40000'), Decimal('480000'))
    """
    from offercheck.normalize.numbers import iter_amounts

    end = ctx.text.find("\n", ctx.match_end)
    figures = tuple(a.value * a.multiplier for a in
                    iter_amounts(ctx.text[ctx.match_end:len(ctx.text) if end < 0 else end]))
    return figures or None
