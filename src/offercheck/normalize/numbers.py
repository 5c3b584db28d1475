"""Numbers as offer letters write them: digits with any grouping, words, or both.

``parse_number`` reads one number expression and returns a ``Decimal``, or ``None``
when the text is not a number. It never raises on any ``str``.

Grouping is decided by the pattern of separators, not by locale:

* ``120,000`` and ``1,000,000`` (Western), ``1,20,000`` and ``12,00,000`` (Indian
  lakh grouping): commas are thousands separators.
* ``3.650,-``, ``3.650,00``, ``1.234.567`` (continental): dots are thousands
  separators and a comma, if any, is the decimal point. A single dot followed by
  exactly three digits at the end (``3.650``) is read as thousands, because money
  is not written to three decimals; the cost is that ``1.234`` means 1234.
* ``16,20`` (a comma followed by one or two digits at the end): decimal comma.
* ``120k``, ``1.2m``, ``2 million``, ``2.5 lakh``, ``1.5 crore``: multipliers.
  With a multiplier a dot is always a decimal point (``1.500 lakh`` = 150000).
* Words: ``forty-five thousand``, ``one hundred and twenty thousand five hundred``,
  ``Three Lakh``, ``one and a half``, ``a``/``an`` (1), ``half`` (0.5).
* ``three (3)`` and ``3 (three)``: the digits win.

The regex fragments here (``WORD_NUMBER``, ``AMOUNT``, ``MULTIPLIER``,
``ORDINAL_WORD``) contain no capturing groups and carry their own ``(?i:...)``, so
they embed in larger patterns with or without ``re.IGNORECASE``;
``offercheck.normalize.patterns`` collects them.
"""
from __future__ import annotations

import functools
import re
from decimal import Decimal, localcontext
from typing import Callable, Iterator, NamedTuple, TypeVar

__all__ = [
    "AMOUNT",
    "AmountMatch",
    "MULTIPLIER",
    "ORDINAL_WORD",
    "SHARE",
    "TIME_SPAN",
    "WORD_NUMBER",
    "clean",
    "iter_amounts",
    "never_raises",
    "parse_number",
    "parse_ordinal",
    "parse_share",
    "parse_time_span",
    "strip_group_names",
    "tidy",
]

F = TypeVar("F", bound=Callable)


def never_raises(fn: F) -> F:
    """Make a parser total: data-dependent arithmetic errors become ``None``.

    The parsers are written not to raise; this is the safety net for what the
    tests did not think of (a million-digit amount overflowing ``Decimal``, a
    date past year 9999). Tests call ``fn.__wrapped__`` so that real bugs still
    show.
    """

    @functools.wraps(fn)
    def wrapper(text, *args, **kwargs):
        if not isinstance(text, str):
            return None
        try:
            return fn(text, *args, **kwargs)
        except (ValueError, ArithmeticError):
            return None

    return wrapper  # type: ignore[return-value]


def strip_group_names(pattern: str) -> str:
    """Turn every named group into a non-capturing one.

    Parsers write a pattern once with named groups; the fragment offered to rules
    is the same pattern without captures, so the two cannot drift apart.

    >>> strip_group_names(r"(?P<day>\\d+)-(?P<month>\\d+)")
    '(?:\\\\d+)-(?:\\\\d+)'
    """
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u2032`"), "'")


def clean(text: str) -> str:
    """Unify dashes and apostrophes; keep everything else (offsets included).

    Non-breaking and thin spaces stay: ``\\s`` matches them, and between digits
    they are thousands separators.

    >>> clean("4 weeks\u2019 notice \u2013 at least")
    "4 weeks' notice - at least"
    """
    return text.translate(_DASHES).translate(_QUOTES)


# --- words -----------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {
    "thousand": 10**3, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5,
    "million": 10**6, "crore": 10**7, "crores": 10**7, "billion": 10**9,
}


def _alt(words) -> str:
    # Longest first, so "seventeen" is tried before "seven".
    return "|".join(sorted(words, key=len, reverse=True))


_WORD = rf"(?:{_alt([*_UNITS, *_TEENS, *_TENS, 'hundred', *_SCALES])})\b"

WORD_NUMBER = (
    rf"(?i:\b(?:an?[\s-]+(?=(?:hundred|thousand|million|lakh|crore)\b))?{_WORD}"
    rf"(?:(?:[\s-]+|\s*,\s*)(?:and[\s-]+)?{_WORD}){{0,12}}"
    rf"(?:[\s-]+and[\s-]+a[\s-]+half\b)?)"
)
"""Number words: "three", "forty-five thousand", "one and a half", "Three Lakh"."""

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
ORDINAL_WORD = (
    rf"(?i:\b(?:(?:{_alt(_TENS)})[\s-]?)?(?:{_alt(_ORDINALS)})\b)"
)
"""Ordinal words up to ninety-ninth: "first", "twenty-first", "thirtieth"."""


def _parse_words(s: str) -> Decimal | None:
    s = s.lower()
    if not re.fullmatch(r"[a-z]+(?:[\s,-]+[a-z]+)*", s):
        return None
    tokens = re.findall(r"[a-z]+", s)
    fraction = Decimal(0)
    if tokens[-3:] == ["and", "a", "half"]:
        fraction, tokens = Decimal("0.5"), tokens[:-3]
    elif tokens in (["half"], ["a", "half"]):
        return Decimal("0.5")
    if not tokens:
        return None
    if tokens[0] in ("a", "an"):  # "a hundred", "a million"; "a" alone is one
        if len(tokens) > 1 and tokens[1] != "hundred" and tokens[1] not in _SCALES:
            return None
        tokens = ["one", *tokens[1:]]
    total = _words_total(tokens)
    return None if total is None else Decimal(total) + fraction


_WORD_VALUES = {**_UNITS, **_TEENS, **_TENS}
_CANNOT_FOLLOW = {
    "and": {None, "and", "unit", "teen", "tens"},  # only after "hundred" or a scale
    "unit": {"unit", "teen"},
    "teen": {"unit", "teen", "tens"},
    "tens": {"unit", "teen", "tens"},
    "hundred": {"hundred"},
    "scale": {"scale"},
}
"""For each kind of number word, the kinds of word it cannot come right after ("five
twelve", "twenty thirty"); None is the start."""


def _word_kind(t: str) -> str | None:
    if t == "and" or t == "hundred":
        return t
    if t in _UNITS:
        return "unit"
    if t in _TEENS:
        return "teen"
    if t in _TENS:
        return "tens"
    return "scale" if t in _SCALES else None


def _words_total(tokens: list[str]) -> int | None:
    """The number that number words spell ("two hundred and five thousand"), or None
    where they are no number."""
    total = current = 0
    last = None  # the kind of the previous word
    for t in tokens:
        kind = _word_kind(t)
        if kind is None or last in _CANNOT_FOLLOW[kind]:
            return None
        if kind == "hundred":
            if current >= 100:
                return None
            current = (current or 1) * 100
        elif kind == "scale":
            total += (current or 1) * _SCALES[t]
            current = 0
        elif kind != "and":
            current += _WORD_VALUES[t]
        last = kind
    return None if last == "and" else total + current


@never_raises
def parse_ordinal(text: str) -> int | None:
    """An ordinal ("first", "twenty-first", "30th", "thirtieth (30th)") as an int.

    >>> parse_ordinal("twenty-first"), parse_ordinal("30th"), parse_ordinal("thirtieth (30th)")
    (21, 30, 30)
    >>> parse_ordinal("first"), parse_ordinal("thirty") is None
    (1, True)
    """
    s = clean(text).strip().lower()
    if s.endswith(")") and "(" in s:
        s = s[s.rindex("(") + 1 : -1].strip()  # "thirtieth (30th)": the digits win
    m = re.fullmatch(r"(\d{1,4})(?:st|nd|rd|th)", s)
    if m:
        return int(m.group(1))
    if s in _ORDINALS:
        return _ORDINALS[s]
    for tens, value in _TENS.items():  # "twenty-first", "twenty first", "twentyfirst"
        unit = _ORDINALS.get(s[len(tens):].lstrip(" -"), 10) if s.startswith(tens) else 10
        if unit < 10:
            return value + unit
    return None


# --- digits ----------------------------------------------------------------

_THIN = "\u00a0\u2007\u2009\u202f'\u2019"
# Each alternative is a plain sequence of bounded groups; the lookbehinds stop a
# search from starting inside a longer number, which keeps scans linear.
_AMOUNT_NAMED = (
    r"(?<!\d)(?<!\d[.,])(?:"
    r"(?P<western>\d{1,3}(?:,\d{3})+(?:\.\d+)?)"
    r"|(?P<indian>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?)"
    r"|(?P<continental>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?:\.\d{3})*,\d{1,2})"
    rf"|(?P<spaced>\d{{1,3}}(?:[{_THIN}]\d{{3}})+(?:,\d{{1,2}}|\.\d+)?)"
    r"|(?P<plain>\d+(?:\.\d+)?)"
    r")(?![.,]?\d)(?P<dash>,-|/-|\.-)?"
)
AMOUNT = strip_group_names(_AMOUNT_NAMED)
"""A bare amount in digits with any grouping: "120,000", "12,00,000", "3.650,-"."""

_MULTIPLIER_NAMED = (
    r"(?i:(?P<letter>k|mn?|bn|cr)\b"
    r"|\s{0,2}(?P<word>thousand|million|billion|lakhs?|lacs?|crores?|cr|lpa)\b)"
)
MULTIPLIER = strip_group_names(_MULTIPLIER_NAMED)
"""A multiplier right after an amount: "k", "m", "mn", "bn", "cr" attached; words spaced."""

_MULTIPLIERS = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6,
    "bn": 10**9, "billion": 10**9, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5,
    "lacs": 10**5, "cr": 10**7, "crore": 10**7, "crores": 10**7,
    "lpa": 10**5,  # "INR 3.84 LPA": lakh per annum, India's way of stating a yearly CTC
}

_NUMERIC_RE = re.compile(rf"{_AMOUNT_NAMED}(?P<mult>{_MULTIPLIER_NAMED})?", re.IGNORECASE)


def tidy(d: Decimal) -> Decimal:
    """Drop a fractional part of zeros that arithmetic produced (1.2 x 10^6).

    >>> tidy(Decimal("1.2") * 1000000), tidy(Decimal("45.50"))
    (Decimal('1200000'), Decimal('45.50'))
    """
    if d.as_tuple().exponent < 0 and d == d.to_integral_value():
        with localcontext() as ctx:
            ctx.prec = max(28, len(d.as_tuple().digits) + 2)
            return d.quantize(Decimal(1))
    return d


MAX_DIGITS = 18
"""The most digits an amount may have. A year's pay in Vietnamese dong or Indonesian rupiah
has 10 or 11, a share count 9; a longer run of digits is no amount in a letter (18 digits times a
billion still fits Decimal's 28 places exactly; one
of 5,000 digits would be rounded by Decimal arithmetic and refused by ``int``/``str``)."""


def _numeric_value(m: re.Match) -> Decimal | None:
    """The amount ``m`` writes; None (no amount) past MAX_DIGITS digits."""
    kind = next(k for k in ("western", "indian", "continental", "spaced", "plain") if m.group(k))
    written = m.group(kind)
    mult = m.group("mult")
    if kind in ("western", "indian"):
        digits = written.replace(",", "")
    elif kind == "continental" and mult and "," not in written:
        digits = written  # "1.500 lakh": with a multiplier the dot is a decimal point
    elif kind == "continental":
        digits = written.replace(".", "").replace(",", ".")
    elif kind == "spaced":  # "47 500,00" with thin or no-break spaces: the comma is a decimal point
        digits = re.sub(rf"[{_THIN}]", "", written).replace(",", ".")
    else:
        digits = written
    if sum(c.isdigit() for c in digits) > MAX_DIGITS:
        return None
    if not mult:
        return Decimal(digits)
    return tidy(Decimal(digits) * _MULTIPLIERS[mult.strip().lower()])


class AmountMatch(NamedTuple):
    """An amount in digits found in a text, with where it was."""

    start: int
    end: int
    value: Decimal
    """The value, multiplier applied."""
    multiplier: int
    """1, or the factor a "k", "lakh", "million" ... applied."""


def iter_amounts(text: str) -> Iterator[AmountMatch]:
    """Every amount written in digits in ``text``, left to right (a run of more than
    MAX_DIGITS digits is none).

    >>> [(a.value, a.multiplier) for a in iter_amounts("$120-150k or Rs. 3,00,000/-")]
    [(Decimal('120'), 1), (Decimal('150000'), 1000), (Decimal('300000'), 1)]
    """
    for m in _NUMERIC_RE.finditer(text):
        mult = m.group("mult")
        factor = _MULTIPLIERS[mult.strip().lower()] if mult else 1
        value = _numeric_value(m)
        if value is not None:
            yield AmountMatch(m.start(), m.end(), value, factor)


def _parse_digits(s: str) -> Decimal | None:
    m = _NUMERIC_RE.fullmatch(s)
    return _numeric_value(m) if m else None


@never_raises
def parse_number(text: str) -> Decimal | None:
    """One number expression as a ``Decimal``; ``None`` if it is not one.

    >>> parse_number("120,000"), parse_number("1,20,000"), parse_number("12,00,000")
    (Decimal('120000'), Decimal('120000'), Decimal('1200000'))
    >>> parse_number("3.650,-"), parse_number("3.650,00"), parse_number("45.50")
    (Decimal('3650'), Decimal('3650.00'), Decimal('45.50'))
    >>> parse_number("120k"), parse_number("1.2m"), parse_number("2 million")
    (Decimal('120000'), Decimal('1200000'), Decimal('2000000'))
    >>> parse_number("2.5 lakh"), parse_number("12 lakhs"), parse_number("1.5 crore")
    (Decimal('250000'), Decimal('1200000'), Decimal('15000000'))
    >>> parse_number("forty-five thousand")
    Decimal('45000')
    >>> parse_number("one hundred and twenty thousand five hundred")
    Decimal('120500')
    >>> parse_number("three (3)"), parse_number("twelve"), parse_number("a"), parse_number("half")
    (Decimal('3'), Decimal('12'), Decimal('1'), Decimal('0.5'))
    >>> parse_number("one and a half"), parse_number("Rupees") is None, parse_number("Section 3.1") is None
    (Decimal('1.5'), True, True)
    """
    s = clean(text).strip()
    s = re.sub(r"(?<![,/.])[.,;:]$", "", s).strip()  # sentence punctuation, not ",-"
    if not s:
        return None
    if s.endswith(")") and s.count("(") == 1 and s.count(")") == 1:
        # "three (3)", "3 (three)": the digits win; the other side must be a number too.
        outside, inside = (part.strip() for part in s[:-1].split("("))
        digits, words = (inside, outside) if re.search(r"\d", inside) else (outside, inside)
        if re.search(r"\d", words) or words and _parse_words(words) is None:
            return None
        return _parse_digits(digits)
    if re.search(r"\d", s):
        return _parse_digits(s)
    return _parse_words(s)


# --- shares of a whole ("25%", "one-fourth", "1/48th") ----------------------

_FRACTION_WORDS = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "eighth": 8, "tenth": 10, "twelfth": 12, "sixteenth": 16, "twentieth": 20,
    "twenty-fourth": 24, "thirty-sixth": 36, "forty-eighth": 48, "sixtieth": 60,
}
_FRACTION_WORD = _alt(w.replace("-", "[\\s-]") for w in _FRACTION_WORDS)

_SHARE_NAMED = (
    r"(?i:(?P<pct>\d{1,3}(?:\.\d{1,2})?)\s*(?:%|per\s?cent\b)"
    rf"|(?P<pctwords>{WORD_NUMBER})\s+per\s?cent\b(?:\s*\(\s*\d{{1,3}}(?:\.\d{{1,2}})?\s*%\s*\))?"
    r"|(?P<num>\d{1,2})\s*/\s*(?P<den>\d{1,3})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<wnum>one|a)[\s-]+(?P<wden>{_FRACTION_WORD})s?\b)"
)
SHARE = strip_group_names(_SHARE_NAMED)
"""A share of a whole: "25%", "twenty percent (20%)", "1/48", "1/48th", "one-fourth", "a quarter"."""

_SHARE_RE = re.compile(_SHARE_NAMED)


@never_raises
def parse_share(text: str) -> Decimal | None:
    """A share of a whole as a fraction greater than 0 and at most 1; ``None`` otherwise.

    >>> parse_share("25%"), parse_share("20 percent"), parse_share("one-fourth")
    (Decimal('0.25'), Decimal('0.2'), Decimal('0.25'))
    >>> parse_share("1/48th") == Decimal(1) / 48, parse_share("a quarter"), parse_share("Twenty percent (20%)")
    (True, Decimal('0.25'), Decimal('0.2'))
    >>> parse_share("120%") is None, parse_share("0/4") is None, parse_share("vesting") is None
    (True, True, True)
    """
    m = _SHARE_RE.fullmatch(clean(text).strip())
    if m is None:
        return None
    if m.group("pct"):
        value = Decimal(m.group("pct")) / 100
    elif m.group("pctwords"):
        inner = re.search(r"\((\s*\d[\d.]*)\s*%", text)
        words = _parse_words(m.group("pctwords"))
        value = Decimal(inner.group(1).strip()) / 100 if inner else (words / 100 if words is not None else None)
    elif m.group("num"):
        value = Decimal(m.group("num")) / Decimal(m.group("den"))
    else:
        den = re.sub(r"[\s-]+", "-", m.group("wden").lower())
        value = Decimal(1) / _FRACTION_WORDS[den]
    if value is None or not 0 < value <= 1:
        return None
    return tidy(value) if value == value.quantize(Decimal("0.0001")) else value


# --- a span of clock times ("9:00 am to 5:30 pm") -----------------------------

_CLOCK_NAMED = (
    r"(?P<{p}h>\d{{1,2}})(?:(?:[.:]|(?<=\d)h(?=[0-5]\d))(?P<{p}m>[0-5]\d))?\s*(?:(?P<{p}ap>[ap])\.\s?m\.?|(?P<{p}ap2>[ap])\s?m\b|hrs\b|hours\b|h\b)?"
)
# the 24-hour clock without a separator ("0830 to 1630 hrs"): both ends four digits
_CLOCK_24_NAMED = r"(?P<{p}H>[01]\d|2[0-4])(?P<{p}M>[0-5]\d)(?:\s*(?:hrs|hours|h)\b)?"
_TIME_SPAN_NAMED = (
    "(?i:(?<![\\d.:])(?:" + _CLOCK_24_NAMED.format(p="a") + r"\s*(?:to|until|till|through|and|-|–|—)\s*"
    + _CLOCK_24_NAMED.format(p="b") + r"(?!\d)|"
    + _CLOCK_NAMED.format(p="a") + r"\s*(?:to|until|till|through|and|-|–|—)\s*"
    + _CLOCK_NAMED.format(p="b") + "))"
)
TIME_SPAN = strip_group_names(_TIME_SPAN_NAMED)
"""Two clock times: "9:00 am to 5:30 pm", "8.30 a.m. - 5.30 p.m.", "09:00-17:30"."""

_TIME_SPAN_RE = re.compile(_TIME_SPAN_NAMED)


def _clock(m: re.Match, p: str, pm_default: bool | None) -> Decimal | None:
    hour, minute = int(m.group(p + "h")), int(m.group(p + "m") or 0)
    ap = (m.group(p + "ap") or m.group(p + "ap2") or "").lower()
    if hour > 24 or (ap and not 1 <= hour <= 12):
        return None
    if ap == "p" and hour != 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    elif not ap and pm_default and hour < 12:
        hour += 12
    return Decimal(hour) + Decimal(minute) / 60


@never_raises
def parse_time_span(text: str) -> Decimal | None:
    """The hours between two clock times, as a ``Decimal``; ``None`` if it is not a span.

    A bare end time earlier than the start is read as afternoon ("9 to 5" is 8 hours).

    >>> parse_time_span("9:00 am to 5:30 pm"), parse_time_span("8.30 a.m. - 5.30 p.m.")
    (Decimal('8.5'), Decimal('9'))
    >>> parse_time_span("09:00-17:30"), parse_time_span("9 to 5"), parse_time_span("Section 3 to 5") is None
    (Decimal('8.5'), Decimal('8'), True)
    >>> parse_time_span("0830 to 1630 hrs"), parse_time_span("1:00 pm and 2:00 pm"), parse_time_span("2019 to 2021") is None
    (Decimal('8'), Decimal('1'), True)
    >>> parse_time_span("7:00 p.m. to 7:30 a.m."), parse_time_span("10 pm to 6 am"), parse_time_span("9 am to 8 am") is None
    (Decimal('12.5'), Decimal('8'), True)
    >>> parse_time_span("5 pm to 9 am") is None  # sixteen hours: office hours written backwards, not a shift
    True
    >>> parse_time_span("08h00 to 17h00"), parse_time_span("07h30 - 16h15")  # the h of South Africa and France
    (Decimal('9'), Decimal('8.75'))
    """
    m = _TIME_SPAN_RE.fullmatch(clean(text).strip())
    if m is None:
        return None
    hours = _hours_between_24h(m) if m.group("aH") else _hours_between_clock_times(m, text)
    if hours is None:
        return None
    return tidy(hours.quantize(Decimal("0.01")).normalize()) if hours != hours.to_integral_value() else tidy(hours)


def _hours_between_24h(m: re.Match) -> Decimal | None:
    """ "09:00-17:30", "0830 to 1630 hrs"; None for what are years ("2019 to 2021")."""
    start, end = (Decimal(int(m.group(p + "H"))) + Decimal(int(m.group(p + "M"))) / 60 for p in "ab")
    if end - start < 1 or end > 24:
        return None
    return end - start


_SPAN_MARKS = ("am", "aap", "aap2", "bm", "bap", "bap2")
"""Groups of _TIME_SPAN_RE that make two numbers clock times: minutes, or am/pm."""


NIGHT_SHIFT_MAX = 14
"""The longest span past midnight read as one night's shift ("7 pm to 7:30 am")."""


def _hours_between_clock_times(m: re.Match, text: str) -> Decimal | None:
    """ "9:00 am to 5:30 pm", "9 to 5": a bare end earlier than the start is afternoon.
    Two bare numbers are a span only when joined by "to", "until" or "till"."""
    if not (any(m.group(g) for g in _SPAN_MARKS) or re.search(r"\b(?:to|until|till)\b", text)):
        return None
    start = _clock(m, "a", None)
    end = _clock(m, "b", None)
    if start is None or end is None:
        return None
    if end <= start and not (m.group("bap") or m.group("bap2")):
        end = _clock(m, "b", True)
    elif end <= start and start >= 12 > end and end + 24 - start <= NIGHT_SHIFT_MAX:
        end += 24  # a night shift: "7:00 p.m. to 7:30 a.m." ends the next morning
    if end is None or end <= start:
        return None
    return end - start
