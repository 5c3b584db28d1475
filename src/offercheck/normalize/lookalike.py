"""Numbers written with letters that look like digits: "$1OO,OOO" (the letter O, Latin,
Cyrillic or Greek), "l5,000" or "I5,000" (l or I for 1).

A money pattern reads "$1OO,OOO" as "$1" and stops: a salary of one dollar. The rules
read :func:`with_digits` of the text instead, where such letters inside a numeral
become the digits they imitate, letter for letter (same length, so offsets still point
into the document's own text and evidence quotes it as written); red flags name each
place (:func:`look_alike_numerals`). A word ("100 Oak Street", "$10 OFF", "10am") is
left alone: only a token whose every letter is a look-alike (a multiplier such as "k"
may end it) and which holds a real digit is read as a number.
"""
from __future__ import annotations

import re

DIGIT_FOR = {"O": "0", "o": "0", "\u041e": "0", "\u043e": "0", "\u039f": "0", "\u03bf": "0",
             "l": "1", "I": "1"}
"""Letter -> the digit it imitates: Latin O/o, Cyrillic О/о, Greek Ο/ο; l and I for 1."""
_LETTERS = "".join(DIGIT_FOR)
_TO_DIGITS = str.maketrans(DIGIT_FOR)
_CURRENCY = "$£€₹¥"
_NEAR_DIGIT = re.compile(rf"[0-9][{_LETTERS}]|[{_LETTERS}][0-9]|[{_CURRENCY}][{_LETTERS}]")
"""Where a numeral with look-alikes may be: beside a digit, or right after a currency sign."""
_MULTIPLIER_END = re.compile(r"(?i:k|mn?|bn|cr)$")


def look_alike_numerals(text: str) -> list[tuple[int, int]]:
    """The spans of numerals that hold look-alike letters, in order.

    >>> t = "Salary $1OO,OOO (was $9O,OOOk) at 100 Oak Street, $10 OFF, 10am, l5 days, $lOO,OOO, $IPO"
    >>> [t[a:b] for a, b in look_alike_numerals(t)]
    ['1OO,OOO', '9O,OOO', 'l5', 'lOO,OOO']
    """
    spans: list[tuple[int, int]] = []
    for m in _NEAR_DIGIT.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        after_currency = text[m.start()] in _CURRENCY
        span = _numeral_at(text, m.start() + after_currency, after_currency)
        if span is not None and (not spans or span[0] >= spans[-1][1]):
            spans.append(span)
    return spans


def with_digits(text: str) -> str:
    """``text`` with the look-alike letters of numerals replaced by digits; the very same
    string when there are none (the common case, one regex search).

    >>> with_digits("a salary of $1OO,OOO (one hundred thousand) at 1OO Oak Street")
    'a salary of $100,000 (one hundred thousand) at 100 Oak Street'
    """
    spans = look_alike_numerals(text) if _NEAR_DIGIT.search(text) else []
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], as_digits(text[start:end])]
        last = end
    out.append(text[last:])
    return "".join(out)


def as_digits(numeral: str) -> str:
    """One numeral from :func:`look_alike_numerals` with its letters as digits: "lOO" -> "100"."""
    return numeral.translate(_TO_DIGITS)


def cut_short(text: str, end: int) -> bool:
    """Whether a number read up to ``end`` stops inside a token that goes on with
    look-alike letters ("$1" of "$1OOx"): reading it would give a smaller number.

    >>> cut_short("$1OOx", 2), cut_short("$10 OFF", 3)
    (True, False)
    """
    return 0 < end < len(text) and text[end - 1].isdigit() and text[end] in DIGIT_FOR


def _numeral_at(text: str, i: int, after_currency: bool = False) -> tuple[int, int] | None:
    """The numeral token around ``i`` (digits, look-alikes, "," and "."), or None if the
    token is a word: it holds another letter, or no real digit (unless it follows a currency
    sign and has two characters or more: "$lOO,OOO")."""
    start, token = _token_around(text, i)
    multiplier = _MULTIPLIER_END.search(token)
    core = token[:multiplier.start()] if multiplier and multiplier.start() > 0 else token
    if not _is_numeral(core, after_currency and start == i):
        return None
    return start, start + len(core)


def _token_around(text: str, i: int) -> tuple[int, str]:
    """(start, token): the run of letters, digits, "," and "." around ``i``, without the
    commas and stops at its ends."""
    start, end = i, i
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ",."):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in ",."):
        end += 1
    token = text[start:end].rstrip(",.")
    stripped = token.lstrip(",.")
    return start + len(token) - len(stripped), stripped


def _is_numeral(core: str, after_currency: bool) -> bool:
    """Digits, "," and "." with at least one look-alike letter, and a real digit unless
    it follows a currency sign and has two characters or more."""
    if not any(c.isdigit() for c in core) and not (after_currency and len(core) >= 2):
        return False
    return all(c.isdigit() or c in ",." or c in DIGIT_FOR for c in core) and any(c in DIGIT_FOR for c in core)
