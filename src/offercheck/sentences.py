"""Sentence boundaries without spaCy: the bounds spaCy's sentencizer gives on its blank
English tokenizer, from a few string rules, in a fraction of spaCy's import time.

A sentence ends after a token that is a full stop, "!" or "?" (or another script's
sentence terminator), once a token that is not punctuation follows. So what matters is
which dots the English tokenizer cuts off as tokens of their own: the dot after a word
ending in a lower-case letter, a digit, a closing bracket or quote, or two capitals
("days.", "1.", "(a).", "USA."), or between a lower-case letter and a capital
("end.The"); not the dot of an abbreviation it keeps whole ("e.g.", "Inc.", "Mr.",
"Jan.", "p.m.", a single letter), of an initial or "U.S." (a capital with a dot before
it), of a number ("1.5"), of a web or mail address, or of a run of dots ("...").

spaCy's quirks are kept on purpose (an opening bracket after a stop stays behind, "etc."
and "No." end a sentence): the rules' context windows were tuned on these bounds.

Bounds are ``[start, end)`` offsets that cover the text in order, as spaCy's
``Span.start_char``/``end_char`` do: a sentence ends at the end of its last token, the
single space after a word belongs to no sentence, and a longer run of white space
(a line break, a blank line) begins the sentence that follows it.

    >>> text = "Dear Ms. Dahlquist, welcome! Pay is 1.5x, i.e. more. Start: Jan. 5."
    >>> [text[a:b] for a, b in sentence_bounds(text)]
    ['Dear Ms. Dahlquist, welcome!', 'Pay is 1.5x, i.e. more.', 'Start: Jan. 5.']
    >>> text = 'He said "stop." (Then) we left.\\n\\n2. Terms'
    >>> [text[a:b] for a, b in sentence_bounds(text)]
    ['He said "stop." (', 'Then) we left.', '\\n\\n2.', 'Terms']
    >>> sentence_bounds("")
    []
"""
from __future__ import annotations

import bisect
import re
import unicodedata

# Sentence terminators (spaCy's sentencizer list, less scripts an offer letter will not
# use; "…" is not in it): a token that is exactly one of these ends a sentence.
_TERMINATORS = frozenset("!.?‼‽⁇⁈⁉。｡．！？﹒﹖﹗։؟۔।॥።፧")
_HAS_TERMINATOR = re.compile("[" + re.escape("".join(sorted(_TERMINATORS))) + "]").search

# The English tokenizer's affixes.
_PUNCT = "…,:;!?¿؟¡()[]{}<>_#*&。？！，、；：～·।،۔؛٪"
_QUOTES = "'\"”“`‘´’‚,„»«「」『』（）〔〕【】《》〈〉〈〉⟦⟧"
_CURRENCY = "$£€¥฿₽﷼₴₠₡₢₣₤₥₦₧₨₩₪₫₭₮₯₰₱₲₳₵₶₷₸₹₺₻₼₾₿"
_CURRENCY_WORDS = ("US$", "C$", "A$")
_PREFIX_CHARS = frozenset("§%=—–" + _PUNCT + _QUOTES + _CURRENCY)
_SUFFIX_CHARS = frozenset(_PUNCT + _QUOTES + "—–")
# what a number may carry glued after it: "5km", "20%", "100$", "2M"
_UNITS = frozenset(("km km² km³ m m² m³ dm dm² dm³ cm cm² cm³ mm mm² mm³ ha µm nm yd in ft "
                    "kg g mg µg t lb oz m/s km/h kmh mph hPa Pa mbar mb MB kb KB gb GB tb TB "
                    "T G M K %").split()) | frozenset(_CURRENCY) | frozenset(_CURRENCY_WORDS)
_UNIT_LENGTHS = sorted({len(u) for u in _UNITS}, reverse=True)
# after one of these (or a lower-case letter, a digit, or two capitals) a final dot is a token
_DOT_AFTER = frozenset("%²-+|" + _PUNCT + _QUOTES)
_DIGITS = frozenset("0123456789")

# Words with a dot the tokenizer keeps whole. Capitals with dots ("U.S.", "J.") need no
# entry: a dot after a capital that follows a dot or begins the word is never cut off.
_ABBREVIATIONS = frozenset("""
    a.m. p.m. e.g. E.g. E.G. i.e. I.e. I.E. vs. v.s. co. Co. Corp. Inc. Ltd. Bros. Messrs.
    Mr. Mrs. Ms. Dr. Prof. Jr. St. Mt. Adm. Gen. Gov. Rep. Rev. Sen. Ph.D. Id.
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
    Ak. Ala. Ariz. Ark. Calif. Colo. Conn. D.C. Del. Fla. Ga. Ia. Ill. Ind. Kan. Kans. Ky.
    La. Mass. Md. Mich. Minn. Miss. Mo. Mont. N.C. N.D. N.H. N.J. N.M. N.Y. Neb. Nebr.
    Nev. Okla. Ore. Pa. S.C. Tenn. Va. Wash. Wis.
    ä. ö. ü. o.O O.o o.o O.O o.0 0.o 0.0 v.v V.V
    """.split()) | {f"{c}." for c in "abcdefghijklmnopqrstuvwxyz"}
# Contractions it keeps whole though they begin with an apostrophe.
_CONTRACTIONS = frozenset(f"{q}{w}" for q in "'’" for w in
                          "s S d em ll re bout cause cos coz cuz Cause Cos Coz Cuz nuff".split()) | {"‘s", "‘S"}
# A temperature with a full stop is three tokens, the stop among them: "°F."
_DEGREES = frozenset(f"°{u}." for u in "CFKcfk")
_CLOCK = re.compile(r"(?:[1-9]|1[0-2])[ap]\.m\.")
_LONGEST_SPECIAL = 7

# A web or mail address is one token, dots and all (its last label lower-case).
_HOST = r"[A-Za-z0-9\u00a1-\uffff]"
_ADDRESS = re.compile(rf"(?:[\w+.-]{{2,}}://)?(?:\S+@)?(?:(?:{_HOST}[\w\u00a1-\uffff-]{{0,62}})?{_HOST}\.)+"
                      r"[a-zß-öø-ÿ]{2,63}(?::\d{2,5})?(?:[/?#]\S*)?")
# Places the tokenizer cuts inside a word; a lone dot only between a lower-case letter
# (or quote) and a capital (or quote), which _is_cut_dot checks. A letter is a word
# character that is no digit, "_" or "²".
_LETTER = r"[^\W\d_²³¹¼½¾]"
_INFIX = re.compile(rf"\.\.+|…|\.|(?<=[0-9])[-+*^](?=[0-9-])|(?<={_LETTER}),(?={_LETTER})"
                    rf"|(?<={_LETTER}|[0-9])(?:-|–|—|--|---|——|~|[:<>=/])(?={_LETTER})")


def _is_abbreviation(s: str) -> bool:
    return s in _ABBREVIATIONS or _CLOCK.fullmatch(s) is not None


def _is_special(s: str) -> bool:
    """A word the tokenizer does not cut by its affixes: an abbreviation, a contraction
    with its apostrophe, a temperature with its stop."""
    return _is_abbreviation(s) or s in _CONTRACTIONS or s in _DEGREES


def _is_icon(c: str) -> bool:
    return c > "\x7f" and unicodedata.category(c) == "So"


def _is_punct(token: str) -> bool:
    return all(unicodedata.category(c).startswith("P") for c in token)


def _prefix_len(s: str) -> int:
    c = s[0]
    if c == ".":
        n = len(s) - len(s.lstrip("."))
        return n if n > 1 else 0
    if c == "+":
        return 0 if s[1:2] and s[1] in _DIGITS else 1
    for word in _CURRENCY_WORDS:
        if s.startswith(word):
            return len(word)
    return 1 if c in _PREFIX_CHARS or _is_icon(c) else 0


def _suffix_len(s: str) -> int:
    """The length of the affix the tokenizer cuts off the end of ``s`` (the one that
    starts leftmost wins, as in a regex search)."""
    return _long_suffix_len(s) or _last_char_suffix_len(s)


_TWO_CHAR_SUFFIXES = ("……", "'s", "'S", "’s", "’S")


def _long_suffix_len(s: str) -> int:
    """The length of a run of dots, of "'s" or "……", or of a unit glued to a number
    ("5km", "20%"), at the end of ``s``; else 0."""
    n = len(s)
    dots = n - len(s.rstrip("."))
    if dots > 1:
        return dots
    if n > 1 and s[-2:] in _TWO_CHAR_SUFFIXES:
        return 2
    # longest first, so the leftmost start
    return next((k for k in _UNIT_LENGTHS if n > k and s[-k:] in _UNITS and s[-k - 1] in _DIGITS), 0)


def _last_char_suffix_len(s: str) -> int:
    """1 where the last character of ``s`` is an affix of its own: punctuation, a quote,
    a symbol, a "+" after a digit, or a full stop the tokenizer cuts off; else 0."""
    c = s[-1]
    if c in _SUFFIX_CHARS or _is_icon(c):
        return 1
    if len(s) == 1:
        return 0
    if c == "+":
        return int(s[-2] in _DIGITS)
    return int(c == "." and _is_cut_stop(s))


def _is_cut_stop(s: str) -> bool:
    """Whether the final stop of ``s`` (two characters or more) is a token: after a
    digit, a lower-case letter, a closing mark, two capitals ("USA.") or a temperature
    ("°F.")."""
    n, p = len(s), s[-2]
    if p in _DIGITS or p in _DOT_AFTER or p.islower() or (p.isupper() and n > 2 and s[-3].isupper()):
        return True
    return n > 2 and s[-3] == "°" and p in "FfCcKk"


def _is_cut_dot(s: str, i: int) -> bool:
    """A dot inside a word that is a token of its own: "end.The"."""
    if i == 0 or i + 1 == len(s):
        return False
    before, after = s[i - 1], s[i + 1]
    return (before.islower() or before in _QUOTES) and (after.isupper() or after in _QUOTES)


def _tokens(word: str) -> list[tuple[int, int]]:
    """[start, end) of the tokens of ``word`` (a run of non-space characters), as the
    English tokenizer cuts it: prefixes, the middle split at its infixes, suffixes."""
    lo, hi = 0, len(word)
    prefixes: list[tuple[int, int]] = []
    suffixes: list[tuple[int, int]] = []
    last = -1
    while lo < hi and hi - lo != last:
        s = word[lo:hi]
        if _is_special(s):
            break
        last = hi - lo
        pre = _prefix_len(s)
        if pre and _is_special(s[pre:]):
            prefixes.append((lo, lo + pre))
            lo += pre
            break
        suf = _suffix_len(s[pre:]) if pre < len(s) else 0
        if suf and suf < len(s) and _is_special(s[:-suf]):
            suffixes.append((hi - suf, hi))
            hi -= suf
            break
        if pre and suf and pre + suf <= len(s):
            prefixes.append((lo, lo + pre))
            suffixes.append((hi - suf, hi))
            lo, hi = lo + pre, hi - suf
        elif pre:
            prefixes.append((lo, lo + pre))
            lo += pre
        elif suf:
            suffixes.append((hi - suf, hi))
            hi -= suf
    return _join_specials(word, prefixes + _middle(word, lo, hi) + suffixes[::-1])


def _middle(word: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The tokens of ``word[lo:hi]``, what is left once the affixes are cut off."""
    s = word[lo:hi]
    if not s:
        return []
    if s in _DEGREES:
        return [(lo, lo + 1), (lo + 1, lo + 2), (lo + 2, hi)]
    if _is_special(s) or _ADDRESS.fullmatch(s):
        return [(lo, hi)]
    cuts = [m.span() for m in _INFIX.finditer(s) if m.group() != "." or _is_cut_dot(s, m.start())]
    if not s.isascii():  # symbols ("°", "©", "☐") are tokens of their own
        cuts = sorted(cuts + [(i, i + 1) for i, c in enumerate(s) if _is_icon(c)])
    out, at = [], 0
    for a, b in cuts:
        if a == 0:  # a word's first character is never cut off as an infix
            continue
        if a != at:
            out.append((lo + at, lo + a))
        out.append((lo + a, lo + b))
        at = b
    if at < len(s):
        out.append((lo + at, hi))
    return out


def _join_specials(word: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An abbreviation or contraction that the affixes and infixes cut apart is one token
    again ("foo-Inc." gives "foo", "-", "Inc."); a temperature, its three."""
    i = 0
    while i < len(tokens):
        for j in range(len(tokens) - 1, i, -1):
            a, b = tokens[i][0], tokens[j][1]
            if b - a > _LONGEST_SPECIAL:
                continue
            if _is_abbreviation(word[a:b]) or word[a:b] in _CONTRACTIONS:
                tokens[i:j + 1] = [(a, b)]
                break
            if word[a:b] in _DEGREES:
                tokens[i:j + 1] = [(a, a + 1), (a + 1, a + 2), (a + 2, b)]
                break
        i += 1
    return tokens


def ends_with_stop(text: str) -> bool:
    """Whether ``text`` already ends as a sentence does: its last token a terminator, or an
    abbreviation whose dot a full stop would double ("Acme, Inc.").

    >>> ends_with_stop("Acme, Inc."), ends_with_stop("Acme Ltd"), ends_with_stop("Acme (UK) Ltd.")
    (True, False, True)
    """
    words = text.split()
    if not words:
        return False
    tokens = _tokens(words[-1])
    a, b = tokens[-1]
    last = words[-1][a:b]
    return last in _TERMINATORS or (last.endswith(".") and len(last) > 1)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of ``text``, in order.

    >>> sentence_bounds("See Section 1. It applies.  Signed")
    [(0, 14), (15, 26), (27, 34)]
    """
    bounds: list[tuple[int, int]] = []
    start = end = 0  # the sentence being read; the end of its last token so far
    ended = False  # a terminator was read, and only punctuation since
    for m in re.finditer(r"\s+|\S+", text):
        a, b = m.span()
        if text[a].isspace():
            if a and text[a] == " ":  # the one space after a word is not a token
                a += 1
            if a < b:
                if ended:
                    bounds.append((start, end))
                    start, ended = a, False
                end = b
            continue
        if not ended and not _HAS_TERMINATOR(text, a, b):
            end = b
            continue
        word = text[a:b]
        for ta, tb in _tokens(word):
            token = word[ta:tb]
            if token in _TERMINATORS:
                ended = True
            elif ended and not _is_punct(token):
                bounds.append((start, end))
                start, ended = a + ta, False
            end = a + tb
    if text:
        bounds.append((start, end))
    return bounds


def sentence_at(text: str, start: int, end: int,
                bounds: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """``[s, e)`` of the sentence of ``text`` holding the span ``[start, end)``: from
    the start of the sentence its first character is in to the end of the one its last
    character is in (a span across a boundary gets both sentences). A span in the space
    between two sentences belongs to the one before. ``bounds`` is
    ``sentence_bounds(text)``, to pass when looking up many spans in one text.

    >>> text = "See Section 1. It applies from 1 May.  Signed"
    >>> s, e = sentence_at(text, 26, 36)
    >>> text[s:e]
    'It applies from 1 May.'
    >>> text[slice(*sentence_at(text, 4, 17))]
    'See Section 1. It applies from 1 May.'
    >>> sentence_at("", 0, 0)
    (0, 0)
    """
    if bounds is None:
        bounds = sentence_bounds(text)
    if not bounds:
        return 0, 0
    starts = [b[0] for b in bounds]
    i = max(0, bisect.bisect_right(starts, start) - 1)
    j = max(i, bisect.bisect_right(starts, max(start, end - 1)) - 1)
    return bounds[i][0], bounds[j][1]


_CLAUSE_END = re.compile(r"(?<!\b[a-zA-Z])\.(?=\s|$)|[;\n]")


def clause_end(text: str) -> int:
    """Where the first clause of a short stretch of ``text`` ends (its length if it does
    not): at a semicolon, a line break, or a full stop before white space or the end,
    but not the stop of a one-letter abbreviation ("p.a.", "p.m."). It is a quick cut
    for the few words after a value (what a salary is per), not :func:`sentence_bounds`:
    it also stops at "Ltd." and at a line break, and does not stop at "!" or "?".
    ``text`` is read from its own start, so a letter just before the stretch counts
    for nothing.

    >>> tail = " per annum (p.a.), paid monthly. Bonus"
    >>> tail[:clause_end(tail)]
    ' per annum (p.a.), paid monthly'
    >>> clause_end("a month; or more"), clause_end("per hour")
    (7, 8)
    """
    m = _CLAUSE_END.search(text)
    return len(text) if m is None else m.start()
