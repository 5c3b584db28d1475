"""Windowed matching finds exactly what a search of the whole text finds.

offercheck searches a rule's regex only around the occurrences of literals every match
must hold (its anchors), as far as the regex can reach from them
(offercheck.rulebook.regex). These tests hold that to the whole-text search: every
shipped regex on long texts made of the team's letters and the rules' own examples,
hand-made regexes whose reach is known, and random texts with the runs that set the
bounds (long lines, dashes, spaces).
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offercheck import api
from offercheck.rulebook import load_rulebook
from offercheck.rulebook.regex import TextIndex, anchors
from offercheck.rulebook.rule_regex import SMALL_TEXT, RuleRegex

ROOT = Path(__file__).resolve().parent.parent
LETTERS = sorted(p for d in ("tests/letters", "tests/letters_unseen") for p in (ROOT / d).glob("*/*")
                 if p.suffix in (".pdf", ".docx", ".txt"))


def _regexes():
    book = load_rulebook()
    out = {}
    for rule in book.rules:
        for pat in rule.patterns:
            if pat.regex is not None:
                out[f"{rule.id}::{pat.name}"] = pat.regex
            for adj in pat.context:
                out.setdefault(f"near::{adj.near.source}", adj.near)
    return book, out


BOOK, REGEXES = _regexes()


@pytest.fixture(params=["as shipped", "beginnings always"])
def mode(request, monkeypatch):
    """As shipped, and with every regex that can be run from its beginnings run so."""
    from offercheck.rulebook import rule_regex
    if request.param == "beginnings always":
        monkeypatch.setattr(rule_regex, "MANY_CHARS", -1)
        monkeypatch.setattr(rule_regex, "TRY_COST", 0)
    return request.param


def _spans(it):
    return [(m.span(), m.groupdict()) for m in it]


def _same_everywhere(text: str, regexes=None) -> int:
    """Assert windowed == whole for every regex on ``text``; return how many were windowed."""
    index, windowed = TextIndex(text), 0
    for name, rx in (regexes or REGEXES).items():
        if not rx.may_match(index.hay):
            continue
        whole = _spans(rx.compiled.finditer(text))
        if rx.windows(index) is not None:
            windowed += 1
        assert _spans(rx.finditer(text, index)) == whole, name
    return windowed


@pytest.fixture(scope="module")
def letter_texts():
    return [api.read(p).text for p in LETTERS]


def test_every_shipped_regex_finds_the_same_in_each_letter(letter_texts, mode):
    assert len(letter_texts) >= 20
    windowed = sum(_same_everywhere(t) for t in letter_texts if len(t) >= SMALL_TEXT)
    assert windowed > 200  # the windows are really used, not skipped


def test_every_shipped_regex_finds_the_same_in_one_long_document(letter_texts, mode):
    examples = [ex.text for rule in BOOK.rules for ex in rule.examples]
    pieces = letter_texts + examples
    random.Random(7).shuffle(pieces)
    text = "\n\n".join(pieces)
    assert len(text) > 100_000
    assert _same_everywhere(text) > 300


def test_the_rules_examples_each_within_filler_text(mode):
    filler = ("The parties agree that this section is general. " * 60).strip()
    checked = 0
    for rule in BOOK.rules:
        regexes = {f"{rule.id}::{p.name}": p.regex for p in rule.patterns if p.regex is not None}
        for ex in rule.examples:
            text = f"{filler}\n{ex.text}\n{filler}"
            checked += _same_everywhere(text, regexes)
    assert checked > 300


def _rx(source: str, flags: int = re.IGNORECASE) -> RuleRegex:
    return RuleRegex(source, flags)


def test_anchor_reach_is_what_the_regex_can_take():
    # "notice" starts at most 2 digits and a run of whitespace in; the match ends 6
    # characters after it starts; widths are (chars, ws, tok, nonword, line) runs
    (alts, before, after), = [a for a in _rx(r"\d{1,2}\s+notice").anchors if "notice" in a[0]]
    assert alts == frozenset({"notice"}) and before == (2, 1, 0, 0, 0) and after == (6, 0, 0, 0, 0)
    # digits in groups are one run of non-space characters
    (_, before, _), = _rx(r"(?:,\d{3})+ per annum").anchors
    assert before == (0, 0, 1, 0, 0)
    # a lookahead reads past the match: it counts on the after side
    (_, _, after), = _rx(r"salary(?=\s+of)").anchors
    assert after == (8, 1, 0, 0, 0)
    # alternatives: one of them in every branch
    assert frozenset({"annual", "yearly"}) in {a[0] for a in _rx(r"(?:annual|yearly)\s+leave").anchors}


def test_no_anchor_where_the_reach_has_no_bound_or_a_branch_has_no_literal():
    assert _rx(r"bonus[\s\S]*salary").anchors == ()       # any character, line breaks too
    assert all("x" not in a[0] for a in _rx(r"(?:x|\d)\d").anchors)
    assert _rx(r"(a)\1bc").anchors == ()                  # a back reference: no bound


def test_text_index_runs():
    text = "ab  cd\n\nefghij ---- k\n" + "x" * 30
    index = TextIndex(text)
    assert index.runs == (1, 2, 30, 6, 30)
    assert index.where(frozenset({"cd", "ef"})) == [4, 8]
    assert TextIndex("a     b").runs[1] == 5


def test_small_texts_and_unanchored_regexes_are_searched_whole():
    short = "Notice period: 3 months."
    assert _rx(r"\d+\s+months").windows(TextIndex(short)) is None
    long = "filler words here. " * 400 + short
    rx = _rx(r"notice\s+period:\s+\d+")
    (lo, hi), = rx.windows(TextIndex(long))
    assert len(long) - len(short) - 5 <= lo <= len(long) - len(short) and hi == len(long)
    assert _spans(rx.finditer(long, TextIndex(long))) == _spans(rx.compiled.finditer(long))


_PIECES = ["notice", "Notice", "period", "of", "three", "3", "(3)", "months", "month's", "days", "salary",
           "£", "$", "₹", "50,000", "1,50,000", "per", "annum", "year", "—", "-----", "......", "\n", "\n\n",
           " ", "  ", "   ", "\t", "a", "the", "employer", "employee", "after", "termination", "business",
           "competitor", "weeks", "working", "hours", "per week", ".", ",", ":", "|"]


@settings(max_examples=60)
@given(st.lists(st.sampled_from(_PIECES), min_size=50, max_size=900), st.integers(0, 10_000))
def test_random_texts_find_the_same(words, seed):
    rng = random.Random(seed)
    text = "".join(w + rng.choice(["", " ", " ", "\n"]) for w in words)
    text = (text + " ") * max(1, SMALL_TEXT // max(1, len(text)) + 1)
    names = sorted(REGEXES)
    picked = {n: REGEXES[n] for n in rng.sample(names, 40)}
    _same_everywhere(text, picked)


def test_anchors_are_sorted_and_deterministic():
    rx = BOOK.by_id("termination.notice-employer").patterns[0].regex
    from re import _parser
    tree = _parser.parse(rx.source, rx.flags)
    assert anchors(tree, rx.flags) == anchors(tree, rx.flags) == rx.anchors


@settings(max_examples=40)
@given(st.lists(st.sampled_from(_PIECES + ["٣", "\u00a0", "twenty-four", "one hundred and five"]),
                min_size=50, max_size=600), st.integers(0, 10_000))
def test_random_texts_find_the_same_from_their_beginnings(words, seed):
    from offercheck.rulebook import rule_regex
    saved = rule_regex.MANY_CHARS, rule_regex.TRY_COST
    rule_regex.MANY_CHARS, rule_regex.TRY_COST = -1, 0
    try:
        test_random_texts_find_the_same.hypothesis.inner_test(words, seed)
    finally:
        rule_regex.MANY_CHARS, rule_regex.TRY_COST = saved


def test_beginnings_of_a_match():
    from re import _parser

    from offercheck.rulebook.regex import DIGIT, heads

    def h(src):
        return heads(_parser.parse(src, re.IGNORECASE))
    # the first three characters, lower-cased; DIGIT stands for 0-9
    assert h(r"(?:Position|role|job)\s+of") == {"pos", "rol", "job"}
    assert h(r"\$\d") == {"$" + DIGIT}              # a whole match, shorter than three
    assert h(r"a?bc") == {"abc", "bc"}
    assert h(r"\bnotice") == {"not"}                  # assertions take nothing
    assert h(r"\d\s") == {DIGIT + " ", DIGIT + "\n"}
    assert h(r"x*") is None                           # could match nothing
    assert h(r"[A-Z]\w+") is None                     # too many ways to begin


def test_beginnings_are_used_only_where_the_text_is_plain():
    assert TextIndex("Salary 50 000 a year").plain
    assert not TextIndex("Salary 50\u00a0000 a year").plain       # another space
    assert not TextIndex("Salary \u0665\u0660 a year").plain      # another kind of digit


def test_a_long_line_between_two_words_is_within_reach():
    # the reach before "xyz" is 3 characters and the longest line: a long line must not
    # put the start of the match outside the window
    rx = _rx(r"abc[^\n]*xyz")
    text = "filler line.\n" * 400 + "abc " + "word " * 2000 + "xyz\n" + "filler line.\n" * 400
    index = TextIndex(text)
    (_, before, _), = [a for a in rx.anchors if "xyz" in a[0]]
    assert before == (3, 0, 0, 0, 1)
    assert _spans(rx.finditer(text, index)) == _spans(rx.compiled.finditer(text)) != []


@settings(max_examples=80)
@given(st.text(alphabet="aAbé_1 \n-.'’\u00a0İ", max_size=400),
       st.lists(st.text(alphabet="aAbé_1 -.İ", min_size=1, max_size=4), min_size=1, max_size=5))
def test_literals_are_found_where_a_search_of_the_haystack_finds_them(text, literals):
    # word-character literals are looked up among the text's distinct words: the same
    # offsets (overlapping ones too) and the same yes/no as a scan of the whole haystack
    index = TextIndex(text)
    hay = index.hay
    literals = [s.lower() for s in literals]
    brute = sorted({m.start() for s in literals for m in re.finditer(f"(?={re.escape(s)})", hay)})
    assert index.where(frozenset(literals)) == brute
    for s in literals:
        assert index.has(s) == (s in hay)
        # a count only ranks anchors: overlapping occurrences may or may not be counted
        assert hay.count(s) <= index.count(frozenset([s])) <= len(re.findall(f"(?={re.escape(s)})", hay))
