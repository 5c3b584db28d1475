"""Windowed matching finds what a whole search finds, for random regexes on random texts.

tests/test_regex_windows.py holds the shipped rules to that; this holds the analysis in
offercheck.rulebook.regex to it for any regex: random ones from a grammar of what ``re``
supports and the rules use (literals with upper case and non-ASCII letters, classes,
groups with inline flags, alternation, every kind of repeat, atomic groups, lookaround,
anchors and word boundaries, back references), on texts over ``SMALL_TEXT`` made of the
regex's own literals and the runs that set the bounds (spaces, long lines, long words,
dashes, non-ASCII digits and spaces), close together and far apart. Each example is
checked as shipped and with ``match`` tried from beginnings wherever it can be.

More examples (for a long hunt): ``REGEX_FUZZ_EXAMPLES=20000 pytest tests/test_regex_fuzz.py``.
"""
from __future__ import annotations

import gc
import itertools
import os
import re
import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offercheck.rulebook import regex, rule_regex
from offercheck.rulebook.regex import (
    TextIndex,
    backtracks,
    build,
    compile_entry,
    prefilter,
)
from offercheck.rulebook.rule_regex import SMALL_TEXT, RuleRegex

EXAMPLES = int(os.environ.get("REGEX_FUZZ_EXAMPLES", "200"))

KELVIN = "\u212a"
# single characters a literal is made of: upper case, digits, space, line break,
# punctuation, symbols with no case, letters with tricky case folding
CHARS = list("abcdxyzABCDXYZ0123456789") + [" ", "\n", ".", ",", "-", "'", "(", ")", "$", "£", "₹", "’",
                                              "é", "É", KELVIN, "k", "s", "ſ", "ß", "İ", "ı", "i", "_", ":",
                                              "\u00a0", "\u2009"]
WORDS = ["ab", "cd", "xyz", "aa", "aba", "abab", "Ab", "AB", "notice", "per", "£5", "₹", "é", "ß", "ss", "İi", "ſs",
         "k", "K", "a-b", "(1)", "’s", "it's", "x.y", "12", "1,000", "a b", "ab\ncd", "\n\n", "  "]
CLASSES = [r"\d", r"\w", r"\s", r"\S", r"\W", r"\D", r"[^.\n]", "[a-z]", "[A-Z0-9]", "[^a-c]", r"[\d,.]",
           r"[ \t]", "[-–—]", "[’']", "[é€£]", "[\u0345 ]", r"[^\W\d_]", r"[\w-]", r"[^\s]", "[0-9]",
           "[A-Fx-z]", "[J-L]", "[r-t]", "[h-j]", r"[^\d\s]", r"[.\n]", r"[\s\S]", "[\u00a0 ]"]
BROAD = [r"\w", r"\S", ".", r"[^\n]", "[a-z]", r"\D", r"[\s\S]", r"[\w ]", r"[^.]"]
ASSERTIONS = [r"\b", r"\B", "^", "$", r"\A", r"\Z"]
# (?a: cannot turn ASCII off again, nor be used inside a group that has it
SCOPED = ["(?i:", "(?-i:", "(?s:", "(?-s:", "(?m:", "(?-m:", "(?is:", "(?i-s:"]


# characters a class or ``.`` is sampled from when a text is made to match the regex
SAMPLE = sorted(set(CHARS + list("efgmnopqrtuvw!?;_\t\u00a0\u0663\u03b9\u0399\u0345\u2028—–€")))


def _chars_of(cls: str) -> list[str]:
    """What the class can match, with or without IGNORECASE and ASCII."""
    try:
        rxs = [re.compile(cls, f | re.DOTALL) for f in (0, re.IGNORECASE, re.ASCII, re.ASCII | re.IGNORECASE)]
    except re.error:
        return SAMPLE
    return [c for c in SAMPLE if any(rx.fullmatch(c) for rx in rxs)] or SAMPLE


class _Gen:
    """Makes a random regex; each part comes with a sampler, ``sampler(draw, env)``, that
    makes a string near what the part matches, so the texts hold matches (``env`` holds
    what each group took, for back references, and what lookaheads look for after)."""

    def __init__(self, draw, kinds: list[str]):
        self.draw = draw
        self.kinds = kinds
        self.groups = 0
        self.closed: list[int] = []
        self.named: dict[str, int] = {}
        self.literals: list[str] = []

    def pick(self, xs):
        return self.draw(st.sampled_from(xs))

    def n(self, lo, hi):
        return self.draw(st.integers(lo, hi))

    # -- any width -------------------------------------------------------------------

    def seq(self, depth: int):
        parts = [self.piece(depth) for _ in range(self.n(1, 5))]
        return "".join(p[0] for p in parts), lambda draw, env: "".join(p[1](draw, env) for p in parts)

    def alternation(self, depth: int):
        branches = [self.seq(depth) for _ in range(self.n(2, 4))]
        return ("|".join(b[0] for b in branches),
                lambda draw, env: draw(st.sampled_from(branches))[1](draw, env))

    def piece(self, depth: int):
        kind = self.pick(self.kinds)
        if kind == "assert":
            a = self.pick(ASSERTIONS)
            return a, lambda draw, env: draw(st.sampled_from(["", "", "\n", " "]))
        if kind == "look" and depth > 0:
            # most lookaheads that matter read over what follows them and on: a broad
            # run, then something more
            body, sample = self.seq(depth - 1) if self.draw(st.booleans()) else self.broad_run(depth - 1)

            def ahead(draw, env):
                # what it looks for: nowhere, here, or after what follows (env["after"])
                where = draw(st.integers(0, 2))
                if where == 0:
                    return ""
                out = sample(draw, dict(env))
                if where == 1:
                    return out
                env.setdefault("after", []).append(out)
                return ""
            return self.pick(["(?=", "(?!"]) + body + ")", ahead
        if kind == "behind" and depth > 0:
            body, sample = self.fixed(depth - 1)
            return (self.pick(["(?<=", "(?<!"]) + body + ")",
                    lambda draw, env: sample(draw, dict(env)) if draw(st.booleans()) else "")
        if kind == "ref" and self.closed:
            number = self.pick(self.closed)
            names = [k for k, v in self.named.items() if v == number]
            src = f"(?P={names[0]})" if names and self.draw(st.booleans()) else f"(?:\\{number})"
            return src, lambda draw, env: env.get(number, "")
        src, sample = self.atom(kind, depth)
        if kind == "lit" and self.n(0, 2):
            return src, sample  # most literals as they are: anchors
        return self.quantified(src, sample)

    def atom(self, kind: str, depth: int):
        if kind == "class":
            return self.cls()
        if kind == "dot":
            return ".", lambda draw, env: draw(st.sampled_from(SAMPLE))
        if kind in ("group", "alt", "atomic") and depth > 0:
            opener = "(?>" if kind == "atomic" else self.pick(["(", "(", "(?:", "(?:", "(?P<", "scoped"])
            if opener == "scoped":
                opener = self.pick(SCOPED)
            number = None
            if opener in ("(", "(?P<"):  # numbered as re numbers groups: by where they open
                self.groups += 1
                number = self.groups
            body, sample = (self.alternation(depth - 1) if kind == "alt" or self.n(0, 3) == 0
                            else self.seq(depth - 1))
            if number is None:
                return opener + body + ")", sample
            if opener == "(?P<":
                self.named[f"g{number}"] = number
                src = f"(?P<g{number}>{body})"
            else:
                src = "(" + body + ")"
            self.closed.append(number)

            def captured(draw, env):
                env[number] = out = sample(draw, env)
                return out
            return src, captured
        return self.literal()

    def broad_run(self, depth: int):
        run = self.pick(BROAD)
        chars = _chars_of(run)
        quantifier = self.pick(["*", "+", "*?", "{0,40}", "*+", "{3,}"])
        tail, sample = self.seq(depth)

        def sampled(draw, env):
            return "".join(draw(st.lists(st.sampled_from(chars), max_size=50))) + sample(draw, env)
        return run + quantifier + tail, sampled

    def literal(self):
        if self.n(0, 2):
            word = self.pick(WORDS)
        else:
            word = "".join(self.pick(CHARS) for _ in range(self.n(1 if self.n(0, 3) == 0 else 2, 6)))
        self.literals.append(word)
        return re.escape(word), lambda draw, env: draw(st.sampled_from(_variants(word)))

    def cls(self):
        if self.n(0, 2):
            src = self.pick(CLASSES)
        else:
            items = []
            for _ in range(self.n(1, 4)):
                c = self.pick(CHARS + [r"\d", r"\s", r"\w", r"\W", "a-f", "0-9", "A-Z", "x-z"])
                items.append(c if c.startswith("\\") or "-" in c[1:] else re.escape(c))
            src = "[" + self.pick(["", "", "^"]) + "".join(items) + "]"
        chars = _chars_of(src)
        return src, lambda draw, env: draw(st.sampled_from(chars))

    def quantified(self, src: str, sample):
        q = self.pick(["", "", "", "?", "*", "+", "{2}", "{0,3}", "{1,4}", "{2,}", "{,2}"])
        if not q:
            return src, sample
        lo = {"?": 0, "*": 0, "+": 1, "{2}": 2, "{0,3}": 0, "{1,4}": 1, "{2,}": 2, "{,2}": 0}[q]
        hi = {"?": 1, "{2}": 2, "{0,3}": 3, "{1,4}": 4, "{,2}": 2}.get(q, 60)

        def repeated(draw, env):
            # a few turns, now and then many (a long run), never a huge text
            out = []
            for _ in range(draw(st.integers(lo, min(hi, lo + 3) if draw(st.integers(0, 7)) else hi))):
                out.append(sample(draw, env))
                if sum(map(len, out)) > 200:
                    break
            return "".join(out)
        return src + q + self.pick(["", "", "?", "+"]), repeated  # greedy, lazy, possessive

    # -- a fixed width, for lookbehinds ----------------------------------------------

    def fixed(self, depth: int):
        parts = []
        for _ in range(self.n(1, 3)):
            kind = self.pick(["lit", "lit", "class", "dot", "assert", "rep", "alt", "look"])
            if kind == "lit":
                parts.append(self.literal())
            elif kind == "class":
                parts.append(self.cls())
            elif kind == "dot":
                parts.append(self.atom("dot", 0))
            elif kind == "assert":
                parts.append((self.pick(ASSERTIONS), lambda draw, env: ""))
            elif kind == "rep":
                k = self.n(1, 3)
                src, sample = self.cls()
                parts.append((f"{src}{{{k}}}",
                              lambda draw, env, s=sample, k=k: "".join(s(draw, env) for _ in range(k))))
            elif kind == "alt":
                width = self.n(1, 3)
                words = [w for w in WORDS if len(w) == width] or ["ab"]
                branch = [self.pick(words) for _ in range(self.n(2, 3))]
                self.literals.extend(branch)
                parts.append(("(?:" + "|".join(map(re.escape, branch)) + ")",
                              lambda draw, env, b=branch: draw(st.sampled_from(b))))
            elif kind == "look":
                src, sample = self.seq(max(depth, 0))
                parts.append((self.pick(["(?=", "(?!"]) + src + ")", lambda draw, env: ""))
        return "".join(p[0] for p in parts), lambda draw, env: "".join(p[1](draw, env) for p in parts)


# how often each kind of part is drawn: everything, or mostly what reads past a literal
# or decides by what lies past it (lookaround, atomic groups, anchors, unbounded runs)
KINDS = {"all": ["lit"] * 5 + ["class"] * 3 + ["dot", "ref"] + ["assert", "group", "alt", "look", "behind",
                                                              "atomic"] * 2,
         "edges": ["lit"] * 4 + ["class"] * 3 + ["look"] * 3 + ["behind", "atomic", "assert"] * 2 + ["alt"]}


@st.composite
def regexes(draw):
    """(source, flags, the literals it was built from, a sampler of near matches)."""
    gen = _Gen(draw, KINDS[draw(st.sampled_from(sorted(KINDS)))])
    body, sample = gen.seq(draw(st.integers(1, 3))) if draw(st.integers(0, 4)) else gen.alternation(2)
    prefix = draw(st.sampled_from(["", "", "", "", "(?s)", "(?i)", "(?m)", "(?a)", "(?ai)"]))
    flags = draw(st.sampled_from([0, re.IGNORECASE, re.IGNORECASE, re.IGNORECASE | re.MULTILINE,
                                  re.IGNORECASE | re.DOTALL, re.MULTILINE, re.DOTALL]))
    return prefix + body, flags, gen.literals, sample


# -- texts ----------------------------------------------------------------------------

FILLER = ["fghj lmno pqr.", "tuv wfg hjl mnop.", "qr tuvw fgh, jlm.", "nop q rtu vwf ghj lmn."]
FRAGMENTS = [" ", "  ", " " * 7, " " * 40, "\n", "\n\n", "\n" * 5, "-", "--", "-" * 30, "—", "...", ".",
             ",", "'", "’", "(", ")", "$", "£", "₹", "1", "42", "1,50,000", "2024", "x" * 60, "ab" * 25,
             "word", "Word", "WORD", "w" * 200, "_", "\u00a0", "\u0663", "\t", "\r\n", "é", "É", "ß",
             "İ", "ı", "ſ", KELVIN, "\u03b9", "\u0399", "\u0345", "\u2028", "!", "?", ":", ";"]
NOT_PLAIN = set("\u00a0\u2009\u0663\t\r\u2028")
"""What a text with beginnings (TextIndex.plain) lacks."""


def _variants(word: str) -> list[str]:
    """The word as written and as IGNORECASE would still match it."""
    out = [word, word.upper(), word.lower(), word.swapcase(), word.title()]
    out.append(word.replace("k", KELVIN).replace("K", KELVIN))
    out.append(word.replace("s", "ſ").replace("S", "ſ"))
    out.append(word.replace("i", "İ").replace("I", "ı"))
    return out


@st.composite
def texts(draw, literals: list[str], sample=None):
    plain = draw(st.booleans())
    frags = [f for f in FRAGMENTS if not (plain and NOT_PLAIN & set(f))]
    words = [v for w in literals for v in _variants(w)] or ["ab"]
    if plain:
        words = [w for w in words if not NOT_PLAIN & set(w)] or ["ab"]
    piece = st.one_of(st.sampled_from(words), st.sampled_from(words), st.sampled_from(frags))
    glue = st.sampled_from(["", "", "", " ", " ", "\n"])

    def cluster():
        parts = draw(st.lists(st.tuples(piece, glue), min_size=1, max_size=14))
        out = "".join(a + b for a, b in parts)
        if sample is not None and draw(st.integers(0, 3)):
            env: dict = {}
            near = sample(draw, env)  # one near match, among the pieces
            near += "".join(env.get("after", []))
            if plain:
                near = "".join(c for c in near if c not in NOT_PLAIN)
            cut = draw(st.integers(0, len(out)))
            out = out[:cut] + near + out[cut:]
        return out

    def filler(size):
        out, i = [], draw(st.integers(0, 3))
        while sum(map(len, out)) < size:
            out.append(FILLER[i % len(FILLER)] + ("\n" if i % 3 else " "))
            i += 1
        return "".join(out)

    chunks = [filler(draw(st.integers(0, 300)))]
    for _ in range(draw(st.integers(1, 6))):
        chunks.append(cluster())
        # far apart (past any window) or close together (windows that merge)
        chunks.append(filler(draw(st.sampled_from([0, 3, 20, 80, 600, 1500]))))
    text = "".join(chunks)
    if len(text) < SMALL_TEXT + 200:
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + filler(SMALL_TEXT + 200 - len(text)) + text[cut:]
    return text


# -- the check ------------------------------------------------------------------------

class _Slow(Exception):
    pass


@contextmanager
def _time_limit(seconds: float):
    """Give up on a regex that backtracks too long on this text (re checks for signals)."""
    if not hasattr(signal, "setitimer"):  # not on Windows: no limit
        yield
        return

    def stop(*_):
        raise _Slow
    old = signal.signal(signal.SIGALRM, stop)
    collecting = gc.isenabled()
    gc.disable()  # the alarm must not land in a collection's callback, where it is lost
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if collecting:
            gc.enable()


def _rule_regex(source: str, flags: int) -> RuleRegex | None:
    """A RuleRegex compiled here, not through the on-disk cache (random regexes would
    fill it); None for a regex re refuses or that backtracks for ever."""
    try:
        entry = compile_entry(source, flags)
        pattern = build(source, entry)
    except (re.error, OverflowError, RecursionError, ValueError, TypeError, IndexError):
        return None
    if backtracks(source):
        return None
    rx = RuleRegex(source, flags, prefilter(source))
    rx._compiled, (rx._anchors, rx._heads) = pattern, entry[4:6]
    return rx


def _found(matches) -> list:
    return [(m.span(), [m.span(i) for i in range(len(m.groups()) + 1)], m.groups(), m.groupdict(),
             m.lastindex) for m in matches]


def _windowed(rx: RuleRegex, text: str) -> list:
    return _found(rx.finditer(text, TextIndex(text)))


def check(source: str, flags: int, text: str) -> bool:
    """Assert the windowed search finds what the whole search finds, in both modes;
    False when the example says nothing (a bad regex, or one too slow on this text)."""
    rx = _rule_regex(source, flags)
    if rx is None:
        return False
    try:
        with _time_limit(0.25):
            whole = _found(rx.compiled.finditer(text))
    except _Slow:
        return False
    if whole:
        assert rx.may_match(regex.haystack(text)), (source, flags)
    assert _windowed(rx, text) == whole, ("as shipped", source, flags)
    saved = rule_regex.MANY_CHARS, rule_regex.TRY_COST
    rule_regex.MANY_CHARS, rule_regex.TRY_COST = -1, 0
    try:
        assert _windowed(rx, text) == whole, ("from beginnings", source, flags)
    finally:
        rule_regex.MANY_CHARS, rule_regex.TRY_COST = saved
    return True


@settings(deadline=None, max_examples=EXAMPLES,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(st.data())
def test_random_regexes_find_the_same_windowed_as_whole(data):
    source, flags, literals, sample = data.draw(regexes(), label="regex")
    text = data.draw(texts(literals, sample), label="text")
    check(source, flags, text)


# -- what the fuzzing found, and what reading the analysis found ----------------------

def _padded(middle: str, filler: str = "fghj lmno pqr.\n") -> str:
    """``middle`` far inside short lines: windows, not a whole search."""
    pad = filler * (SMALL_TEXT // len(filler) + 1)
    return pad + middle + pad


@pytest.mark.parametrize("source, flags, text", [
    # (?s) at the start holds for the whole regex: . takes line breaks, so its reach is
    # not the longest line (found by the fuzzing as (?s)£5ß’,ab?.*)
    (r"(?s)ab.*", 0, _padded("ab\n" + "fghj lmno\n" * 30)),
    # $ also matches before a line break that ends the text, as a window's end did
    # (found as Ab[0x-zx][0,a]$)
    (r"ab$", 0, _padded("ab\n")),
    (r"ab$", re.MULTILINE, _padded("ab\n")),
    # a lookahead before the literal reads past the end of the match (found as
    # (?i)[\d,.][^c](?=[^\n]+ab)(?>aa) and (?![sa-fé]{1,4}?\Z)aa)
    (r"(?=[^\n]+ab)aa", 0, _padded(" aa fghj ab ")),
    (r"(?![a-z]{0,4}\Z)aa", 0, _padded(" aab ")),
    (r"(?=ab[a-z]*!)abcd", 0, _padded(" abcdzz! ")),
    (r"(?!ab[a-z]*!)abcd", 0, _padded(" abcdzz! ")),
    (r"(?=(ab[a-z]*!|ab))abcd", 0, _padded(" abcdzz! ")),  # the group it captured
    # an atomic group keeps the first way it matches, found by reading past the window
    (r"(?>ab[a-z]*!|ab)cd", 0, _padded(" abcdzzzz! ", "ab fghj lmno pqr.\n")),
    (r"(?:ab[a-z]*!|ab)++cd", 0, _padded(" abcdzzzz! ", "ab fghj lmno pqr.\n")),
    # a lookbehind holding a lookahead reads on from where it starts
    (r"ab(?<=b(?=\w{10}))", 0, _padded(" abcdefghijklmn ")),
    # with ASCII, \W takes every non-ASCII letter: a run of é is no run of non-word characters
    (r"(?a)xy\W+zw", 0, _padded(" xy" + "é" * 30 + "zw ")),
    # with IGNORECASE, U+0345 (not a word character) matches iota, which is one
    (r"xy[\u0345 ]+zw", re.IGNORECASE, _padded(" xy" + "\u03b9 " * 30 + "zw ")),
    # no beginning at all in a plain text, where a match must begin with a no-break
    # space: no place to try, not an IndexError
    ("\u00a0ab", 0, _padded(" ab ")),
    ("[\u00a0\u2009]ab", 0, _padded(" ab ")),
])
def test_what_was_found(source, flags, text):
    assert check(source, flags, text)


def test_plain_characters_have_no_case_for_re():
    """The haystack holds a non-ASCII character the analysis calls plain as the regex
    does: re's IGNORECASE matches it with nothing else."""
    import _sre
    assert not [hex(c) for c in range(128, 0x110000) if regex._plain(c) and _sre.unicode_iscased(c)]


@given(st.lists(st.integers(0, 300), max_size=12), st.lists(st.integers(0, 300), max_size=12),
       st.integers(0, 20), st.integers(0, 20))
def test_intersected_stretches_hold_what_both_hold(xs, ys, before, after):
    a = rule_regex._stretches(sorted(xs), before, after, 320)
    b = rule_regex._stretches(sorted(ys), before // 2, after + 3, 320)
    both = rule_regex._intersect(a, b)

    def cells(spans):
        return {i for lo, hi in spans for i in range(lo, hi)}
    assert cells(both) == cells(a) & cells(b)
    assert all(lo < hi for lo, hi in both) and all(x[1] < y[0] for x, y in itertools.pairwise(both))
