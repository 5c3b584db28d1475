"""Money: amount, currency and pay period from a money expression.

Two layers, kept apart on purpose:

* ``parse_money(text)`` reads what the money text itself says: "$30/hr",
  "Rs. 4,80,000 per annum", "€3.650,- bruto", "$120-150k". The optional
  ``context`` (a sentence or window the *caller* chose) is only a fallback for a
  period or a currency the text itself does not give.
* ``currency_of``, ``is_dollar``, ``period_of``, ``rate_period_of`` and
  ``pay_frequency_of`` are the readers it is built from, usable on any text.

Currency. ``currency_of`` returns an ISO 4217 code only where the text names one
unambiguously: a code ("USD", "INR"), a symbol ("£", "€", "₹", "₱"), a prefixed
dollar ("A$", "C$", "NZ$", "S$", "HK$", "US$", "NZD$"), or words ("pounds
sterling", "rupees", "Rs.", "RM", "ringgit", "U.S. dollars", "Canadian dollars").
A bare "$" or "dollars" names no country: ``currency_of`` gives ``None`` and
``is_dollar`` gives ``True``. ``parse_money`` then uses ``default_currency`` (the
letter's own currency, from its jurisdiction) when that is a currency written
with "$", else USD. Three-letter codes match only in capitals ("PHP", not "php").

Period. A rate is per ``hour``, ``day``, ``week``, ``month`` or ``year``
(``values.PERIODS``). TERMS has no fortnight: an amount "per fortnight" /
"bi-weekly" is converted to a weekly amount (halved), and one "per semi-monthly
pay period" to a monthly amount (doubled); ``rate_period_of`` returns that factor.
"pm", "p.m.", "pa", "pw" count only right after an amount of three or more
digits (so "6.45 p.m." is a time, not a salary).
"""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import islice

from offercheck.normalize.numbers import (
    AMOUNT,
    MULTIPLIER,
    WORD_NUMBER,
    clean,
    iter_amounts,
    never_raises,
    parse_number,
    strip_group_names,
    tidy,
)
from offercheck.values import PERIODS, Money, MoneyRange

__all__ = [
    "DOLLAR_CURRENCIES",
    "MONEY",
    "PERIOD",
    "currency_of",
    "format_money",
    "is_dollar",
    "parse_money",
    "pay_frequency_of",
    "period_of",
    "rate_period_of",
    "three_decimal_amount",
]

# --- currency --------------------------------------------------------------

DOLLAR_CURRENCIES = frozenset(
    {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "JMD", "TTD", "BSD", "FJD"}
)
"""Currencies written with a bare "$": the only ones ``default_currency`` may give a "$"."""

_CODES = (
    "USD GBP EUR INR CAD AUD NZD SGD HKD MYR PHP JPY CNY RMB CHF ZAR AED SAR QAR "
    "SEK NOK DKK PLN CZK HUF RON TRY ILS IDR THB VND KRW TWD BRL MXN NGN KES PKR "
    "LKR BDT EGP GHS KWD BHD OMR TZS UGX"
).split()
_CODE = rf"(?-i:\b(?:{'|'.join(_CODES)})\b)"
_SYMBOLS = {"£": "GBP", "€": "EUR", "₹": "INR", "₱": "PHP", "¥": "JPY", "₦": "NGN", "₵": "GHS"}
_SYMBOL = f"[{''.join(_SYMBOLS)}]"

_DOLLAR_PREFIXES = {
    "US": "USD", "U.S.": "USD", "USD": "USD", "A": "AUD", "AU": "AUD", "AUD": "AUD",
    "C": "CAD", "CA": "CAD", "CAD": "CAD", "CDN": "CAD", "Cdn": "CAD", "NZ": "NZD",
    "NZD": "NZD", "S": "SGD", "SG": "SGD", "SGD": "SGD", "HK": "HKD", "HKD": "HKD",
    "NT": "TWD", "MX": "MXN",
}
_DOLLAR_PREFIX = "|".join(
    re.escape(p) for p in sorted(_DOLLAR_PREFIXES, key=len, reverse=True)
)
# "$" or "NZ$": a prefix must not be the tail of a longer word ("US$" is not "S$").
_DOLLAR_SIGN = rf"(?:(?<![A-Za-z.])(?-i:{_DOLLAR_PREFIX})\s?\$|\$)"

_COUNTRY_DOLLARS = {
    "us": "USD", "u.s.": "USD", "u. s.": "USD", "american": "USD", "united states": "USD",
    "canadian": "CAD", "australian": "AUD", "new zealand": "NZD",
    "singapore": "SGD", "hong kong": "HKD",
}
_COUNTRY = r"(?:u\.\s?s\.|us|american|united\s+states|canadian|australian|new\s+zealand|singapore|hong\s+kong)"
_NAMED_WORDS = (
    r"(?i:(?P<country_dollar>" + _COUNTRY + r")\s+dollars?\b"
    r"|(?P<gbp>pounds?(?:\s+sterling)?|sterling)\b"
    r"|(?P<eur>euros?)\b"
    r"|(?P<inr>(?:indian\s+)?rupees?|rs\.?(?![a-z])|inr)"
    r"|(?P<myr>ringgits?)\b"
    r"|(?P<php>philippine\s+pesos?)\b"
    r"|(?P<jpy>yen)\b"
    r"|(?P<ngn>naira)\b|(?P<aed>(?:uae\s+)?dirhams?)\b|(?P<kes>(?:kenya(?:n)?\s+)?shillings?)\b"
    r"|(?P<zar_word>south\s+african\s+rands?|(?-i:rands?))\b"
    r"|(?P<ghs>(?:ghana(?:ian)?\s+)?cedis?)\b|(?P<idr>(?:indonesian\s+)?rupiahs?)\b"
    r"|(?P<sar>saudi\s+riyals?)\b|(?P<qar>qatari?\s+riyals?)\b"
    r"|(?P<kwd>kuwaiti\s+dinars?)\b|(?P<bhd>bahraini\s+dinars?)\b|(?P<omr>omani\s+ri[ay]als?)\b)"
    r"|(?-i:(?P<rm>RM)(?=\s?\d))"
    # prefixes that mark a currency only right before an amount: "Rp 8.250.000", "SR 4,100", "QR 8,000"
    r"|(?-i:\b(?P<rp>Rp)\.?(?=\s?\d))|(?-i:\b(?P<sr>SR)(?=\s?\d))|(?-i:\b(?P<qr>QR)(?=\s?\d))"
    # the Gulf's dinars and rial by their local initials: "KD 1,250.000", "BD 900.000", "RO 780.000"
    r"|(?-i:\b(?P<kd>KD)(?=\s?\d))|(?-i:\b(?P<bd>BD)(?=\s?\d))|(?-i:\b(?P<ro>RO)(?=\s?\d))"
    # South African rand: a capital "R" right before a thousands-grouped amount ("R 47,250")
    r"|(?-i:(?P<zar>R)(?=\s?\d{1,3}(?:[ ,\u2009]\d{3})))"
)
_EXPLICIT_RE = re.compile(
    rf"(?P<code>{_CODE})|(?P<symbol>{_SYMBOL})"
    rf"|(?<![A-Za-z.])(?-i:(?P<prefix>{_DOLLAR_PREFIX}))\s?\$"
    rf"|\b(?:{_NAMED_WORDS})"
)
_DOLLAR_RE = re.compile(r"\$|\bdollars?\b", re.IGNORECASE)
_WORD_CURRENCY = (
    rf"(?i:(?:{_COUNTRY}\s+)?dollars?|pounds?(?:\s+sterling)?|sterling|euros?"
    r"|(?:indian\s+)?rupees?|ringgits?|(?:philippine\s+)?pesos?|yen)\b"
)


def currency_of(text: str) -> str | None:
    """The ISO code the text names unambiguously, leftmost first; else ``None``.

    >>> currency_of("£32,000"), currency_of("Rs. 12,00,000"), currency_of("NZD$97,000")
    ('GBP', 'INR', 'NZD')
    >>> currency_of("S$6,500"), currency_of("$88,500 U.S. dollars"), currency_of("RM 3,500")
    ('SGD', 'USD', 'MYR')
    >>> currency_of("$120,000") is None, currency_of("forty dollars") is None
    (True, True)
    >>> currency_of("(Two Hundred Thousand Naira only)"), currency_of("(Nine Thousand Dirhams)")
    ('NGN', 'AED')
    >>> currency_of("Rp 8.250.000"), currency_of("SR 4,100"), currency_of("GH₵ 4,800"), currency_of("(Five Thousand Cedis only)")
    ('IDR', 'SAR', 'GHS', 'GHS')
    >>> currency_of("SR-71 Blackbird") is None, currency_of("Qatari riyals"), currency_of("QR 7,500")
    (True, 'QAR', 'QAR')
    >>> currency_of("KD 1,250.000"), currency_of("BD 900.000"), currency_of("Omani rials"), currency_of("RO-RO ferry") is None
    ('KWD', 'BHD', 'OMR', True)
    """
    if not isinstance(text, str):
        return None
    m = _EXPLICIT_RE.search(text)
    if not m:
        return None
    if m.group("code"):
        return "CNY" if m.group("code") == "RMB" else m.group("code")
    if m.group("symbol"):
        return _SYMBOLS[m.group("symbol")]
    if m.group("prefix"):
        return _DOLLAR_PREFIXES[m.group("prefix")]
    if m.group("country_dollar"):
        return _COUNTRY_DOLLARS[re.sub(r"\s+", " ", m.group("country_dollar").lower())]
    for group, code in (("gbp", "GBP"), ("eur", "EUR"), ("inr", "INR"), ("myr", "MYR"),
                        ("rm", "MYR"), ("php", "PHP"), ("jpy", "JPY"), ("zar", "ZAR"), ("ngn", "NGN"),
                        ("aed", "AED"), ("kes", "KES"), ("zar_word", "ZAR"), ("ghs", "GHS"), ("idr", "IDR"),
                        ("sar", "SAR"), ("qar", "QAR"), ("rp", "IDR"), ("sr", "SAR"), ("qr", "QAR"),
                        ("kwd", "KWD"), ("bhd", "BHD"), ("omr", "OMR"), ("kd", "KWD"), ("bd", "BHD"), ("ro", "OMR")):
        if m.group(group):
            return code
    return None  # pragma: no cover - every alternative is named above


def is_dollar(text: str) -> bool:
    """Whether the text marks a dollar of any country ("$", "A$", "dollars").

    >>> is_dollar("$120,000"), is_dollar("A$95,000"), is_dollar("£5"), is_dollar("forty dollars")
    (True, True, False, True)
    """
    return isinstance(text, str) and _DOLLAR_RE.search(text) is not None


# --- period ----------------------------------------------------------------

# After an amount of three or more digits (optionally with cents, "k" or "/-"),
# with at most one space between: "41,200 p.m." but not "6.45 p.m.".
_AFTER_AMOUNT = "(?:" + "|".join(
    f"(?<={lb})" for lb in (
        r"\d\d\d", r"\d\d\d ", r"\d\d\d\.\d\d", r"\d\d\d\.\d\d ",
        r"\dk", r"\dk ", r"\dK", r"\dK ", "/-", "/- ", ",-", ",- ",
    )
) + ")"

_RATE_NAMED = (
    r"(?i:(?P<semimonth>\b(?:per\s+)?semi-?\s?monthly(?:\s+pay(?:\s+period)?)?"
    r"|\btwice\s+(?:a|per|each)\s+month)\b"
    r"|(?P<fortnight>\bper\s+(?:bi-?\s?weekly\s+pay\s+period|fortnight|two\s+weeks)"
    r"|\ba\s+fortnight|\bfortnightly|\bbi-?\s?weekly)\b"
    r"|(?P<year>\bper\s+(?:annum|year|calendar\s+year)\b|\ban?\s+year\b|\beach\s+year\b"
    r"|\bannual(?:ly|ized|ised)?\b|\byearly\b|/\s?(?:yr|year|annum)\b"
    rf"|\bp\.\s?a\b\.?|{_AFTER_AMOUNT}pa\b|(?<=\d)\s?LPA\b)"
    r"|(?P<month>\bper\s+(?:calendar\s+)?month\b|\bper\s+mensem\b|\ba\s+month\b|\bmonthly\b"
    rf"|/\s?(?:mo|mth|month)\b|{_AFTER_AMOUNT}p\.\s?m\b\.?|{_AFTER_AMOUNT}pm\b)"
    r"|(?P<week>\bper\s+week\b|\ba\s+week\b|\bweekly\b|/\s?(?:wk|week)\b"
    rf"|{_AFTER_AMOUNT}p\.\s?w\b\.?|{_AFTER_AMOUNT}pw\b)"
    r"|(?P<day>\bper\s+(?:working\s+)?(?:day|diem)\b|\ba\s+day\b|\bdaily\b|/\s?day\b)"
    r"|(?P<hour>\bper\s+(?:ordinary\s+)?hour\b|\ban\s+hour\b|\bhourly\b|/\s?(?:hr|hour|h)\b|\bp\.\s?h\b\.?"
    rf"|{_AFTER_AMOUNT}ph\b))"
)
_RATE_RE = re.compile(_RATE_NAMED)

PERIOD = strip_group_names(_RATE_NAMED)
"""A pay-period phrase: "per annum", "p.a.", "monthly", "/hr", "bi-weekly" ..."""

_FACTORS = {
    "fortnight": ("week", Decimal("0.5")),
    "semimonth": ("month", Decimal(2)),
}


def rate_period_of(text: str) -> tuple[str, Decimal] | None:
    """The leftmost rate phrase as ``(period, factor)``: multiply the amount by the factor.

    >>> rate_period_of("$2,000 per fortnight")
    ('week', Decimal('0.5'))
    >>> rate_period_of("$8,750.00 per semi-monthly pay period")
    ('month', Decimal('2'))
    >>> rate_period_of("Rs. 41,200 p.m."), rate_period_of("until 6.15 p.m.")
    (('month', Decimal('1')), None)
    """
    if not isinstance(text, str):
        return None
    m = _RATE_RE.search(clean(text))
    if not m:
        return None
    kind = next(k for k in ("semimonth", "fortnight", *PERIODS) if m.group(k))
    return _FACTORS.get(kind, (kind, Decimal(1)))


def period_of(text: str) -> str | None:
    """The leftmost pay-period phrase naming one of ``PERIODS``, else ``None``.

    Fortnightly and semi-monthly phrases give ``None`` here, since no period in
    TERMS matches them; ``rate_period_of`` converts them.

    >>> period_of("$30.00 per hour"), period_of("£32,000 p.a."), period_of("annual base salary")
    ('hour', 'year', 'year')
    >>> period_of("paid fortnightly") is None, period_of("Section 3.1") is None
    (True, True)
    """
    rate = rate_period_of(text)
    return rate[0] if rate and rate[1] == 1 else None


_FREQUENCY_RE = re.compile(
    r"(?i:(?P<semimonthly>semi-?\s?monthly|bi-?\s?monthly|twice\s+(?:a|per|each|every)\s+month"
    r"|twice\s+monthly|\b(?:1st|first)\s+and\s+(?:the\s+)?(?:15th|fifteenth)\b"
    r"|\b(?:15th|fifteenth)\s+and\s+(?:the\s+)?(?:last|30th|end)\b)"
    r"|(?P<biweekly>bi-?\s?weekly|fortnightly|every\s+(?:two|2|other|second)\s+weeks?"
    r"|(?:a|per|each|every)\s+fortnight"
    r"|alternate\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days|alternate\s+weeks)\b"
    r"|(?P<monthly>monthly|(?:once\s+)?(?:a|per)\s+(?:calendar\s+)?month\b(?!\s*(?:'|’)?s)"
    r"|(?:each|every)\s+(?:calendar\s+)?month|(?:day|date)\s+of\s+(?:the|each|every)\s+month"
    r"|\b12\s+(?:equal\s+)?(?:monthly\s+)?instal?ments)\b"
    r"|(?P<weekly>weekly|(?:each|every)\s+week|once\s+a\s+week)\b)"
)


def pay_frequency_of(text: str) -> str | None:
    """How often pay is paid: ``weekly``, ``biweekly``, ``semimonthly`` or ``monthly``.

    Reads the leftmost phrase. "Bi-monthly" is read as ``semimonthly``, the
    Philippine and Indian usage TERMS records (in the US it can mean every two
    months). Give it the pay clause, not a salary figure: "per month" alone
    counts, so "$5,000 per month" says ``monthly``.

    >>> pay_frequency_of("paid bi-weekly"), pay_frequency_of("payable fortnightly")
    ('biweekly', 'biweekly')
    >>> pay_frequency_of("paid semi-monthly"), pay_frequency_of("credited on the 28th day of each month")
    ('semimonthly', 'monthly')
    >>> pay_frequency_of("paid on alternate Thursdays"), pay_frequency_of("paid weekly in arrears")
    ('biweekly', 'weekly')
    >>> pay_frequency_of("a bonus") is None
    True
    """
    if not isinstance(text, str):
        return None
    m = _FREQUENCY_RE.search(clean(text))
    if not m:
        return None
    return next(k for k in ("semimonthly", "biweekly", "monthly", "weekly") if m.group(k))


# --- the money fragment ----------------------------------------------------

_PREFIX = rf"(?:{_CODE}\s?\$|{_DOLLAR_SIGN}|{_CODE}|{_SYMBOL}|(?i:\brs(?![a-z])\.?|\brupees\b|\beuro\b)|(?-i:\bRM(?![A-Za-z]))|(?-i:\b(?:Rp\.?|SR|QR|KD|BD|RO)(?=\s?\d))|(?-i:\bR(?=\s?\d{{1,3}}(?:[ ,]\d{{3}}))))"
# After digits, "pounds" alone is too often a weight ("lift 50 pounds"): sterling only.
_SUFFIX_WORDS = (
    rf"(?i:(?:{_COUNTRY}\s+)?dollars?|pounds?\s+sterling|sterling|euros?"
    r"|(?:indian\s+)?rupees?|ringgits?|(?:philippine\s+)?pesos?|yen)\b"
)
_SUFFIX = rf"(?:{_CODE}|{_SYMBOL}|\b{_SUFFIX_WORDS})"
_AMT = rf"(?:{AMOUNT}(?:{MULTIPLIER})?)"
_RANGE_TAIL = rf"(?:\s{{0,3}}(?:-{{1,2}}|–|—|\bto\b|\bthrough\b)\s{{0,3}}(?:{_PREFIX}\s{{0,2}})?{_AMT})"
_WORDS_IN_PARENS = (
    rf"(?:\s*\(\s*(?:{_WORD_CURRENCY}\s+)?{WORD_NUMBER}(?:\s+{_WORD_CURRENCY})?(?:\s+(?i:only))?\s*\))"
)
# "one hundred thousand and 00/100 dollars": the cents as a cheque writes them
_CHEQUE_CENTS = r"(?:\s+(?i:and)\s+\d{1,2}/100)"
_CHEQUE_CENTS_RE = re.compile(r"\s+and\s+(?P<cents>\d{1,2})/100\b", re.I)

_SPACED_AMT = r"\d{1,3}(?: \d{3})+(?:[.,]\d{2})?(?![.,]?\d)"
"""An amount grouped by plain spaces ("R 47 500,00", "€ 52 000"): read only right after a
currency marker, where the spaces cannot be between two numbers."""
_PREFIX_RE = re.compile(rf"\s*{_PREFIX}\s{{0,2}}")
_SPACED_GAP_RE = re.compile(r"(?<=\d) (?=\d{3}(?![\d]))")

MONEY = (
    rf"(?:(?:{_PREFIX}\s{{0,2}}(?:{_SPACED_AMT}|{_AMT}{_RANGE_TAIL}?)(?:\s{{0,2}}{_SUFFIX})?"
    rf"|{_AMT}{_RANGE_TAIL}?\s{{0,2}}{_SUFFIX}"
    rf"|{WORD_NUMBER}{_CHEQUE_CENTS}?\s+{_WORD_CURRENCY}"
    rf"(?:\s+(?i:and)\s+{WORD_NUMBER}\s+(?i:cents?|pence|paise)\b)?"
    rf"(?:\s*\(\s*{_PREFIX}?\s{{0,2}}{_AMT}\s*\))?"
    rf"){_WORDS_IN_PARENS}?)"
)
"""An amount with a currency marker: "$120,000", "USD 120k", "57,000 AUD",
"Rs. 4,50,000 (Rupees Four Lakh Fifty Thousand Only)", "€3.650,-", "$120-150k", "forty-five
thousand dollars ($45,000)". A bare number is ``numbers.AMOUNT``."""

# --- parsing ---------------------------------------------------------------

_RANGE_SEPARATOR_RE = re.compile(r"\s*(?:-{1,2}|\bto\b|\band\b|\bthrough\b|\buntil\b|\btill\b)\s*", re.I)
_CURRENCY_ANY_RE = re.compile(rf"{_CODE}\s?\$|{_DOLLAR_SIGN}|{_CODE}|{_SYMBOL}|\b{_NAMED_WORDS}|\b{_WORD_CURRENCY}")
_CENTS_RE = re.compile(rf"\band\s+(?P<cents>{WORD_NUMBER})\s+(?:cents?|pence|paise)\b", re.I)


def _currency(text: str, default: str | None, context: str, dollar: str | None = "USD") -> str | None:
    code = currency_of(text)
    if code:
        return code
    dollar_default = default if default in DOLLAR_CURRENCIES else dollar
    if is_dollar(text):
        return dollar_default
    # A bare number: the caller's context may name the currency ("57,000 AUD").
    code = currency_of(context) or (dollar_default if is_dollar(context) else None)
    return code or default


def _words_amount(text: str) -> Decimal | None:
    """"forty-five thousand dollars and ten cents" -> 45000.10."""
    cents = Decimal(0)
    m = _CENTS_RE.search(text)
    if m:
        cents = (parse_number(m.group("cents")) or Decimal(0)) / 100
        text = text[: m.start()] + text[m.end():]
    text = _CURRENCY_ANY_RE.sub(" ", text)
    text = re.sub(r"\b(?:only|gross|net)\b|[()\"]", " ", text, flags=re.I)
    value = parse_number(re.sub(r"\s+", " ", text).strip())
    return None if value is None else value + cents


def _money(amount: Decimal, currency, rate, raw: str) -> Money:
    period, factor = rate if rate else (None, Decimal(1))
    return Money(tidy(amount * factor) if factor != 1 else amount, currency, period, raw)


@never_raises
def parse_money(
    text: str, *, default_currency: str | None = None, context: str = "", dollar: str | None = "USD"
) -> Money | MoneyRange | None:
    """A money expression as ``Money`` (or ``MoneyRange``); ``None`` if there is no amount.

    Reads the first amount in digits (words only where there are no digits;
    "forty-five thousand dollars ($45,000)" therefore reads the digits). Two
    amounts joined by "-", "to" or "through" ("and" after "between") are a
    range; otherwise the second amount and what follows it are ignored
    ("$6,000 ($72,000 annualized)" is 6000 with no period). The period is read
    from the money text up to the next amount, then from ``context``; the
    currency from the text, then (for a bare number) from ``context``, then
    ``default_currency``. A bare "$" is ``default_currency`` where that is a dollar,
    else ``dollar``: None says the country of the dollar is unknown.

    >>> parse_money("$4,000", default_currency="GBP", dollar=None).currency is None
    True

    >>> parse_money("$120,000 per annum")
    Money(amount=Decimal('120000'), currency='USD', period='year', raw='$120,000 per annum')
    >>> m = parse_money("$102,000", default_currency="AUD", context="a package of $102,000 per annum")
    >>> m.amount, m.currency, m.period
    (Decimal('102000'), 'AUD', 'year')
    >>> m = parse_money("INR 3.84 LPA"); m.amount, m.currency, m.period
    (Decimal('384000'), 'INR', 'year')
    >>> parse_money("Rs 12.5 lpa").amount
    Decimal('1250000')
    >>> m = parse_money("Rs. 12,00,000"); m.amount, m.currency
    (Decimal('1200000'), 'INR')
    >>> m = parse_money("€3.650,- bruto"); m.amount, m.currency
    (Decimal('3650'), 'EUR')
    >>> r = parse_money("$120-150k"); r.low.amount, r.high.amount
    (Decimal('120000'), Decimal('150000'))
    >>> m = parse_money("forty-five thousand dollars ($45,000)"); m.amount, m.currency
    (Decimal('45000'), 'USD')
    >>> m = parse_money("Sixty thousand and 00/100 dollars ($60,000.00)"); m.amount, m.currency
    (Decimal('60000.00'), 'USD')
    >>> parse_money("seventy-two thousand and 50/100 dollars").amount
    Decimal('72000.50')
    >>> parse_money("$18.500 per hour").amount, parse_money("€18.500 per year").amount
    (Decimal('18.500'), Decimal('18500'))
    >>> m = parse_money("$2,000 per fortnight"); m.amount, m.period
    (Decimal('1000'), 'week')
    >>> parse_money("per annum") is None
    True
    >>> m = parse_money("R 47 500,00 per month"); m.amount, m.currency, m.period
    (Decimal('47500.00'), 'ZAR', 'month')
    >>> parse_money("€ 52 000 gross a year").amount, parse_money("$12 a day, 500 days").amount
    (Decimal('52000'), Decimal('12'))
    """
    default_currency = default_currency.strip().upper() or None if isinstance(default_currency, str) else None
    s = clean(text)
    lead = _PREFIX_RE.match(s)
    if lead and re.match(_SPACED_AMT, s[lead.end():].lstrip()):  # "R 47 500,00": thin spaces, as numbers reads them
        s = s[:lead.end()] + _SPACED_GAP_RE.sub("\u2009", s[lead.end():])
    context = clean(context) if isinstance(context, str) else ""
    cheque = _CHEQUE_CENTS_RE.search(s)
    if cheque:  # "... and 00/100 dollars ($11,250.00)": the cents are no amount of their own
        s = s[: cheque.start()] + " " + s[cheque.end():]
    amounts = list(islice(iter_amounts(s), 2))  # the first amount, and a range's end
    if not amounts:
        value = _words_amount(s)
        if value is None:
            return None
        if cheque:
            value += Decimal(cheque.group("cents")) / 100
        return _money(value, _currency(s, default_currency, context, dollar), _rate(s, context), text)
    currency = _currency(s, default_currency, context, dollar)
    first = amounts[0]
    if len(amounts) >= 2 and _is_range(s, first, amounts[1]):
        low, high = _range_ends(first, amounts[1])
        rate = _rate(s, context)
        return MoneyRange(_money(low, currency, rate, text), _money(high, currency, rate, text))
    # a second amount that is no range's end, and what follows it, say nothing of the first
    rate = _rate(s[: amounts[1].start] if len(amounts) >= 2 else s, context)
    value = _hourly_decimal(first.value, s[first.start:first.end]) if rate and rate[0] == "hour" else first.value
    return _money(_fils(value, s[first.start:first.end], currency), currency, rate, text)


def _rate(s: str, context: str) -> tuple[str, Decimal] | None:
    """The period (and its factor) the money text states, else the one its context does."""
    return rate_period_of(s) or rate_period_of(context)


def _is_range(s: str, first, second) -> bool:
    """Whether the two amounts are a range's ends: only a separator (and currencies)
    between them, and "and" only after "between" ("$5,000 and $10,000" are two sums)."""
    between = _CURRENCY_ANY_RE.sub("", s[first.end : second.start])
    sep = _RANGE_SEPARATOR_RE.fullmatch(between)
    if sep is None:
        return False
    return sep.group().strip().lower() != "and" or re.search(r"\bbetween\b", s[: first.start], re.I) is not None


def _range_ends(first, second) -> tuple[Decimal, Decimal]:
    """(low, high), a multiplier written on one end only applying to both: "120-150k",
    "1.2m-1.5"."""
    low, high = first.value, second.value
    if first.multiplier == 1 and second.multiplier > 1 and low < 1000 and low * second.multiplier <= high:
        low = tidy(low * second.multiplier)
    if second.multiplier == 1 and first.multiplier > 1 and high < 1000 and high * first.multiplier >= low:
        high = tidy(high * first.multiplier)
    return low, high


_DOT_THOUSANDS = re.compile(r"\d{1,2}\.\d{3}")


def _hourly_decimal(value: Decimal, digits: str) -> Decimal:
    """"$18.500 per hour" is eighteen and a half, not eighteen thousand five hundred: an
    hourly rate never runs to thousands, so a dot before three digits is a decimal point
    there (a European "€18.500 per year", or a day rate, keeps its thousands)."""
    if value >= 1000 and _DOT_THOUSANDS.fullmatch(digits.strip()):
        return Decimal(digits.strip())
    return value


_THREE_DECIMALS = frozenset({"BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD"})
"""Currencies counted to three decimals (a dinar or rial of 1,000 fils or baisa)."""
_THREE_DECIMAL_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{3}")


def _fils(value: Decimal, digits: str, currency: str | None) -> Decimal:
    """"BHD 1,250.000" and "KWD 850.000" are dinars to three decimals, not thousands: in a
    currency of a thousand fils a dot before three digits is the decimal point.

    >>> _fils(Decimal("850000"), "850.000", "KWD"), _fils(Decimal("1250000"), "1,250.000", "BHD")
    (Decimal('850.000'), Decimal('1250.000'))
    >>> _fils(Decimal("850000"), "850.000", "EUR")
    Decimal('850000')
    """
    fils = three_decimal_amount(digits, currency)
    return fils if fils is not None and value >= 1000 else value


def three_decimal_amount(figure: str, currency: str | None) -> Decimal | None:
    """The amount of a figure written to three decimals in a currency counted so ("450.000"
    Kuwaiti dinars are 450), else ``None`` (a dot there groups thousands in other currencies).

    >>> three_decimal_amount("450.000", "KWD"), three_decimal_amount("1,000.000", "OMR")
    (Decimal('450.000'), Decimal('1000.000'))
    >>> three_decimal_amount("450.000", "IDR") is None, three_decimal_amount("450.00", "KWD") is None
    (True, True)
    """
    figure = figure.strip()
    if currency in _THREE_DECIMALS and _THREE_DECIMAL_FIGURE.fullmatch(figure):
        return Decimal(figure.replace(",", ""))
    return None


def as_hourly(money: Money) -> Money:
    """``money`` read as an hourly rate, where its period came from the words around it
    ("Your hourly rate will be $21.625"): the amount's dot is then a decimal point."""
    first = next(iter_amounts(clean(money.raw or "")), None)
    if first is None or first.multiplier != 1:
        return money
    value = _hourly_decimal(money.amount, clean(money.raw)[first.start:first.end])
    return money if value == money.amount else Money(value, money.currency, money.period, money.raw)


# --- formatting ------------------------------------------------------------

_FORMAT_PREFIX = {
    "USD": "$", "GBP": "£", "EUR": "€", "INR": "₹", "PHP": "₱", "JPY": "¥",
    "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "SGD": "S$", "HKD": "HK$",
}
_FORMAT_PERIOD = {"hour": "an hour", "day": "a day", "week": "a week", "month": "a month", "year": "a year"}


def _group(amount: Decimal, indian: bool) -> str:
    sign = "-" if amount < 0 else ""
    text = format(abs(amount), "f")
    whole, _, fraction = text.partition(".")
    if len(fraction) == 3:
        fraction += "0"  # "1.2340", not "1.234", which would read back as 1234
    if indian and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        whole = ",".join([head, *groups, tail])
    else:
        whole = f"{int(whole):,}" if len(whole) <= 4000 else whole
    return sign + whole + ("." + fraction if fraction else "")


def format_money(money: Money | MoneyRange) -> str:
    """Money as a person would write it; ``parse_money`` reads it back.

    >>> format_money(Money(Decimal(120000), "USD", "year"))
    '$120,000 a year'
    >>> format_money(Money(Decimal(1200000), "INR", "year"))
    '₹12,00,000 a year'
    >>> format_money(Money(Decimal("3500.50"), "MYR", "month"))
    'MYR 3,500.50 a month'
    >>> format_money(MoneyRange(Money(Decimal(120000), "USD"), Money(Decimal(150000), "USD")))
    '$120,000 - $150,000'
    """
    if isinstance(money, MoneyRange):
        low = format_money(Money(money.low.amount, money.low.currency))
        high = format_money(Money(money.high.amount, money.high.currency))
        text = f"{low} - {high}"
        period = money.low.period
    else:
        code = money.currency
        amount = _group(money.amount, indian=code == "INR")
        if code in _FORMAT_PREFIX:
            text = _FORMAT_PREFIX[code] + amount
        elif code:
            text = f"{code} {amount}"
        else:
            text = amount
        period = money.period
    return f"{text} {_FORMAT_PERIOD[period]}" if period in _FORMAT_PERIOD else text
