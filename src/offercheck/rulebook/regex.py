"""A rule's regex, checked and analysed from its parse tree, so that it is compiled
only when a document could match it and run only where it can match.

Most of a 50-page contract is text a given rule cannot match, yet a regex that begins
with ``{duration}`` is tried by ``re`` at every one of its 200,000 positions (about
120 ms each time). So each regex is analysed once:

* ``required`` (:func:`prefilter`): literal strings it cannot match without, read with
  its macros left out; a document lacking one of them is skipped before compiling.
* ``anchors`` (:func:`anchors`): literal strings any match contains, each with how far
  a match can reach before and after it. Unbounded repeats are bounded by the
  document's own longest runs (of whitespace, of non-space characters, of a line), so
  the reach is exact, not a guess. ``RuleRegex.finditer``
  (:mod:`offercheck.rulebook.rule_regex`) then searches only the windows around the
  chosen anchor's occurrences, and finds exactly what a search of the whole text finds
  (tests/test_regex_windows.py checks this over every rule).
"""
from __future__ import annotations

import bisect
import _sre
import re
from re import _constants as C
from re import _parser

# -- the haystack -------------------------------------------------------------------

# Characters that IGNORECASE matches with an ASCII letter but that str.lower() leaves
# alone (re's case equivalences); tests/test_batch.py checks this over the whole BMP.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def haystack(text: str) -> str:
    """The text literals are looked for in: lower-cased, case equivalents folded, and
    as long as ``text``, so an offset in one is the same offset in the other."""
    return text.translate(_FOLD).lower()


# -- nested repeats that backtrack for ever ------------------------------------------

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)

_SAMPLE = [chr(c) for c in range(32, 127)] + list("\t\n\u00a0é’“”€£₹")


def _edge(items, last: bool = False) -> set[str] | None:
    """The sample characters a parsed (sre) sequence can start with (or end with, when
    ``last``); None for 'any character'; an empty set when it can match nothing at all."""
    seq = list(items)
    order = list(reversed(seq)) if last else seq
    for k, (op, av) in enumerate(order):
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.NOT_LITERAL:
            return {c for c in _SAMPLE if c != chr(av)}
        if op is C.IN:
            return _in_set(av)
        if op is C.ANY:
            return None
        if op is C.SUBPATTERN:
            inner = _edge(av[-1], last)
            if inner == set():
                continue
            return inner
        if op is C.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                f = _edge(branch, last)
                if f is None:
                    return None
                out |= f
            return out
        if op in _REPEATS:
            f = _edge(av[2], last)
            if av[0] > 0 or f is None:
                return f
            rest_items = order[k + 1:]
            rest = _edge(list(reversed(rest_items)) if last else rest_items, last)
            return None if rest is None else f | rest
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        return None
    return set()


_CATEGORY_TESTS = {C.CATEGORY_DIGIT: str.isdecimal, C.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
                   C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
                   C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
                   C.CATEGORY_SPACE: str.isspace, C.CATEGORY_NOT_SPACE: lambda c: not c.isspace()}


def _in_set(av) -> set[str] | None:
    negate, out = False, set()
    for op, v in av:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            out.add(chr(v))
        elif op is C.RANGE:
            out |= {c for c in _SAMPLE if v[0] <= ord(c) <= v[1]}
        elif op is C.CATEGORY and v in _CATEGORY_TESTS:
            out |= {c for c in _SAMPLE if _CATEGORY_TESTS[v](c)}
        else:
            return None
    return {c for c in _SAMPLE if c not in out} if negate else out


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op is C.SUBPATTERN:
        return [av[-1]]
    if op is C.BRANCH:
        return list(av[1])
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    return []


def _unbounded_repeats(items, outer=None):
    """Yield (outer item, inner item) for each unbounded repeat inside another one."""
    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] == C.MAXREPEAT:
            if outer is not None:
                yield outer, av[2]
            yield from _unbounded_repeats(av[2], av[2])
        else:
            for child in _children(op, av):
                yield from _unbounded_repeats(child, outer)


def backtracks(source: str) -> bool:
    """A repeat holding another unbounded repeat, whose turns can split the same text in
    more than one way: ``(a+)+``, ``(\\w+\\s?)*``, ``(a*)*``. Safe when what ends one turn
    cannot begin the next (``(?:\\.\\d+)*``, ``(?:[a-z]+\\s)+``)."""
    try:
        tree = _parser.parse(source).data
    except Exception:  # noqa: BLE001 - re.compile reports the syntax error
        return False
    for outer, inner in _unbounded_repeats(tree):
        start, end = _edge(outer), _edge(outer, last=True)
        if start is None or end is None or not start or not end:
            return True
        first, final = _edge(inner), _edge(inner, last=True)
        if first is None or final is None:
            return bool(start & end)
        # a character that can end one turn, begin the next, and be taken by the inner
        # repeat lets the turns split the same text in many ways
        if start & end & (first | final):
            return True
    return False


# -- literals a match cannot do without --------------------------------------------


def _required(items) -> list[frozenset[str]]:
    """Literal strings a parsed (sre) sequence cannot match without: each entry is a set
    of alternatives one of which occurs in any text it matches (ASCII runs, lower-cased)."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush():
        if len(run) >= 2:
            out.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in items:
        if op is C.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        if op is C.SUBPATTERN:
            out.extend(_required(av[-1]))
        elif op is C.ATOMIC_GROUP:
            out.extend(_required(av))
        elif op in _REPEATS and av[0] >= 1:
            out.extend(_required(av[2]))
        elif op is C.BRANCH:
            alts: set[str] = set()
            for branch in av[1]:
                best = _best(_required(branch))
                if best is None:
                    break
                alts |= best
            else:
                out.append(frozenset(alts))
    flush()
    return out


def _best(reqs: list[frozenset[str]]) -> frozenset[str] | None:
    return max(reqs, key=lambda r: min(map(len, r)), default=None)


def prefilter(source: str) -> tuple[frozenset[str], ...]:
    """At most two of the most selective requirements of ``source`` (macros left out)."""
    try:
        reqs = _required(_parser.parse(re.sub(r"\{([A-Za-z_]+)\}", "(?:.)", source)).data)
    except Exception:  # noqa: BLE001 - no prefilter; the compile reports real errors
        return ()
    reqs = [r for r in reqs if min(map(len, r)) >= 3]
    return tuple(sorted(reqs, key=lambda r: -min(map(len, r)))[:2])


# -- how far a match reaches ----------------------------------------------------------
#
# A width is (chars, ws, tok, nonword, line): at most ``chars`` characters plus that
# many of the document's longest runs of whitespace, of characters other than space
# and line break, of characters that are not letters or digits, and of a line: what an
# unbounded repeat can take, by the characters it can match. None when unbounded.

WS, TOK, NONWORD, LINE = 1, 2, 3, 4
ZERO = (0, 0, 0, 0, 0)
ONE = (1, 0, 0, 0, 0)
_UNITS = (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY)
MIN_ANCHOR = 2
"""Shorter literals are no use as anchors, but for a symbol such as ₹."""


def _plain(code: int) -> bool:
    """A character the haystack holds as the regex does: ASCII (lower-cased), or one
    with no case at all (₹, €, ’), which IGNORECASE matches only with itself."""
    c = chr(code)
    return code < 128 or (c.lower() == c == c.upper() and not c.isspace())


def _add(a, b):
    if a is None or b is None:
        return None
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4])


def _wider(a, b):
    # strict: a width of the wrong length is a bug, not a shorter width
    return None if a is None or b is None else tuple(max(x, y) for x, y in zip(a, b, strict=True))


def _unit_matches(op, av, ch: str, dotall: bool) -> bool:
    """Can the one-character item (op, av) match ``ch``? True when unsure."""
    if op is C.LITERAL:
        return ord(ch) == av
    if op is C.NOT_LITERAL:
        return ord(ch) != av
    if op is C.ANY:
        return dotall or ch != "\n"
    negate, hit = False, False
    for o, v in av:
        if o is C.NEGATE:
            negate = True
        elif o is C.LITERAL:
            hit = hit or ord(ch) == v
        elif o is C.RANGE:
            hit = hit or v[0] <= ord(ch) <= v[1]
        elif o is C.CATEGORY and v in _CATEGORY_TESTS:
            hit = hit or _CATEGORY_TESTS[v](ch)
        else:
            return True
    return hit != negate


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _only(op, av, test, flags: int) -> bool:
    """Does the one-character item match only characters that pass ``test``? False when
    unsure. ``test`` is str.isspace or 'not a word character'.

    With IGNORECASE a character with case also matches its case equivalents, which need
    not pass (U+0345, not a word character, matches the Greek letter iota), so only
    characters without case are known; with ASCII, ``\\W`` matches every non-ASCII letter."""
    def known(code: int) -> bool:
        return test(chr(code)) and not (flags & C.SRE_FLAG_IGNORECASE and _sre.unicode_iscased(code))

    if op is C.LITERAL:
        return known(av)
    if op is not C.IN:
        return False
    for o, v in av:
        if o is C.LITERAL and known(v):
            continue
        if o is C.RANGE and v[1] - v[0] < 256 and all(known(i) for i in range(v[0], v[1] + 1)):
            continue
        if o is C.CATEGORY and (v is C.CATEGORY_SPACE or v is C.CATEGORY_NOT_WORD and test is not str.isspace
                                and not flags & C.SRE_FLAG_ASCII):
            continue
        return False
    return True


def _not_word(c: str) -> bool:
    return not _is_word(c)


def _props(op, av, flags: int) -> tuple[bool, bool, bool, bool]:
    """(can take a space or line break, takes only whitespace, takes no letter or digit,
    can take a line break) for a one-character item."""
    dotall = bool(flags & C.SRE_FLAG_DOTALL)
    return (_unit_matches(op, av, " ", dotall) or _unit_matches(op, av, "\n", dotall),
            _only(op, av, str.isspace, flags), _only(op, av, _not_word, flags), _unit_matches(op, av, "\n", dotall))


def _run_kind(props: list) -> int | None:
    """Which of the document's longest runs bounds a run of characters that these
    one-character items take; 0 when there are none."""
    if not props:
        return 0
    if not any(p[0] for p in props):
        return TOK
    if all(p[1] for p in props):
        return WS
    if all(p[2] for p in props):
        return NONWORD
    if not any(p[3] for p in props):
        return LINE
    return None


def _collect(items, flags: int, props: list):
    """Add the properties of every one-character item ``items`` can take to ``props``;
    return how far its lookaheads read (a width), or None when unknown."""
    ahead = ZERO
    for item in items:
        op, av = item
        if op in _UNITS:
            props.append(_props(op, av, flags))
            continue
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):  # $ and lookaheads read on
            ahead = _wider(ahead, _item_width(item, flags))
            continue
        if op is C.SUBPATTERN:
            subs = [(av[-1], _flags(flags, av))]
        elif op is C.ATOMIC_GROUP:
            subs = [(av, flags)]
        elif op is C.BRANCH:
            subs = [(b, flags) for b in av[1]]
        elif op in _REPEATS:
            subs = [(av[2], flags)]
        else:
            return None
        for sub, f in subs:
            ahead = _wider(ahead, _collect(sub, f, props))
        if ahead is None:
            return None
    return ahead


def _unbounded(item, flags: int):
    """The width of an unbounded repeat of ``item``: the longest run of the characters
    it can take, plus what its lookaheads read past that."""
    props: list = []
    ahead = _collect(item, flags, props)
    kind = _run_kind(props)
    if ahead is None or kind is None:
        return None
    return _add(tuple(int(i == kind) for i in range(5)) if kind else ZERO, ahead)


def _flags(flags: int, av) -> int:
    return (flags | av[1]) & ~av[2]


_MEMO: dict | None = None
"""Widths of the items of the tree being analysed, by id (set only during :func:`anchors`)."""


def _width(items, flags: int):
    total = ZERO
    for item in items:
        total = _add(total, _item_width(item, flags))
        if total is None:
            return None
    return total


def _item_width(item, flags: int):
    key = (id(item), flags)
    if _MEMO is not None and key in _MEMO:
        return _MEMO[key]
    op, av = item
    if op in _UNITS:
        w = ONE
    elif op is C.AT:
        # $ (not MULTILINE) also matches before a line break that ends the text: it reads
        # one character on, and whether the text ends after it
        w = ONE if av is C.AT_END else ZERO
    elif op is C.SUBPATTERN:
        w = _width(av[-1], _flags(flags, av))
    elif op is C.ATOMIC_GROUP:
        w = _width(av, flags)
    elif op is C.BRANCH:
        w = ZERO
        for branch in av[1]:
            w = _wider(w, _width(branch, flags))
    elif op in _REPEATS:
        lo, hi, sub = av
        if hi != C.MAXREPEAT:
            w = _width(sub, flags)
            w = None if w is None else tuple(x * hi for x in w)
        else:
            w = _unbounded(sub, flags)
    elif op in (C.ASSERT, C.ASSERT_NOT):
        # a lookahead reads past the match: count it as if it were taken; so does a
        # lookbehind holding one (it starts behind, but reads on from there)
        w = _width(av[1], flags) if av[0] == 1 or _reads_ahead(av[1]) else ZERO
    else:  # group references and conditionals: no bound
        w = None
    if _MEMO is not None:
        _MEMO[key] = w
    return w


def _reads_ahead(items) -> bool:
    """Can a parsed sequence read past what it takes, or decide by what lies past it?
    Lookaheads and ``$`` read on; an atomic group or a possessive repeat keeps the first
    way it matches, found by reading on, even when the match then takes less."""
    for op, av in items:
        if op in (C.ATOMIC_GROUP, C.POSSESSIVE_REPEAT) or op is C.AT and av is C.AT_END:
            return True
        if op in (C.ASSERT, C.ASSERT_NOT) and av[0] == 1:
            return True
        if any(_reads_ahead(child) for child in _children(op, av)):
            return True
    return False


def _anchors(items, flags: int) -> list:
    """(alternatives, before, after) for each literal requirement of a parsed sequence:
    any match holds one of the alternatives, starting at most ``before`` after the
    match's start, and nothing a match reads (what it takes, what its lookaheads read,
    what decides its atomic groups) lies more than ``after`` after the alternative's start.

    An item before the literal reads at most its own width past where it starts, so at
    most that past the literal's start: a lookahead or atomic group there can read past
    the end of the match."""
    items = list(items)
    n = len(items)
    j, lit = _literal_run(items, 0)
    if n and j == n:  # a word, as in most branches
        return [(frozenset([lit]), ZERO, (n, 0, 0, 0, 0))] if _is_anchor(lit) else []
    suffix = [ZERO] * (n + 1)
    for k in range(n - 1, -1, -1):
        suffix[k] = _add(_item_width(items[k], flags), suffix[k + 1])
    out, prefix, k = [], ZERO, 0
    ahead = ZERO  # how far past its start an item before k can read
    while k < n:
        j, lit = _literal_run(items, k)
        if j > k:
            if _is_anchor(lit):
                out.append((frozenset([lit]), prefix, _wider(suffix[k], ahead)))
            prefix = _add(prefix, (j - k, 0, 0, 0, 0))
            k = j
            continue
        for alts, b, a in _item_anchors(items[k], flags):
            out.append((alts, _add(prefix, b), _wider(_add(a, suffix[k + 1]), ahead)))
        prefix = _add(prefix, _item_width(items[k], flags))
        if _reads_ahead([items[k]]):
            ahead = _wider(ahead, _item_width(items[k], flags))
        k += 1
    return [x for x in out if x[1] is not None and x[2] is not None]


def _literal_run(items, k: int) -> tuple[int, str]:
    """(j, text): ``items[k:j]`` is the longest run of plain literals from ``k``, and
    ``text`` what it spells, lower-cased."""
    j = k
    while j < len(items) and items[j][0] is C.LITERAL and _plain(items[j][1]):
        j += 1
    return j, "".join(chr(items[i][1]) for i in range(k, j)).lower()


def _is_anchor(lit: str) -> bool:
    """Long enough to be worth finding (a single non-ASCII character is rare enough)."""
    return len(lit) >= MIN_ANCHOR or not lit.isascii()


def _item_anchors(item, flags: int) -> list:
    """The anchors inside one item that is not a plain literal, relative to its start."""
    op, av = item
    if op is C.SUBPATTERN:
        return _anchors(av[-1], _flags(flags, av))
    if op is C.ATOMIC_GROUP:
        return _anchors(av, flags)
    if op in _REPEATS and av[0] >= 1:
        whole = _item_width(item, flags)
        return [(alts, whole, whole) for alts, _, _ in _anchors(av[2], flags)]
    if op is C.BRANCH:
        return _branch_anchors(av[1], flags)
    return []


def _branch_anchors(branches, flags: int) -> list:
    """One anchor for an alternation: each branch's most selective one, united, reaching
    as far as the furthest; none when some branch has none."""
    picks = []
    for branch in branches:
        found = _anchors(branch, flags)
        if not found:
            return []
        picks.append(max(found, key=lambda a: min(map(len, a[0]))))
    if not picks:
        return []
    before = after = ZERO
    for _, b, a in picks:
        before, after = _wider(before, b), _wider(after, a)
    return [(frozenset().union(*(p[0] for p in picks)), before, after)]


def anchors(tree, flags: int) -> tuple:
    """The anchors of a parsed regex, most selective alternatives first."""
    global _MEMO
    _MEMO = {}
    state = getattr(tree, "state", None)
    if state is not None:  # flags set inside the regex, (?s) or (?a), hold for all of it
        flags |= state.flags
    try:
        found = _anchors(tree, flags)
    finally:
        _MEMO = None
    return tuple(sorted(set(found), key=lambda a: (-min(map(len, a[0])), sorted(a[0]))))


# -- where a match can begin ---------------------------------------------------------
#
# A regex that begins with {duration} or (position|role|...) can only start where a
# number or one of those words starts: a few thousand places in a 50-page contract,
# against 200,000 that ``re`` would try. ``heads`` lists how a match can begin (its
# first HEAD characters, lower-cased; a shorter string is a whole match) so
# ``RuleRegex.finditer`` can try ``match`` at those places only.

HEAD = 3
MAX_HEADS = 3000
DIGIT = "\x00"
"""Stands for any digit in a beginning (0-9, the only digits a plain text has)."""


class _NoHeads(Exception):
    pass


def _cut(strings, k: int) -> frozenset:
    out = frozenset(s[:k] for s in strings)
    if len(out) > MAX_HEADS:
        raise _NoHeads
    return out


def _concat(left, right, k: int) -> frozenset:
    return _cut([a if len(a) >= k else a + b for a in left for b in right], k)


def _one_char(op, av) -> frozenset:
    """The lower-cased characters a one-character item can match, where few and plain."""
    if op is C.LITERAL:
        c = chr(av)
        if c.isascii() or _plain(av):
            return frozenset(c.lower())
        if c.isspace():
            return frozenset()  # TextIndex.plain: never in the text
        raise _NoHeads
    if op is not C.IN:
        raise _NoHeads
    out: set[str] = set()
    for o, v in av:
        out |= _set_member_chars(o, v)
    return frozenset(out)


_CATEGORY_CHARS = {
    C.CATEGORY_DIGIT: frozenset([DIGIT]),  # TextIndex.plain: the text has no other digits
    C.CATEGORY_SPACE: frozenset(" \n"),  # TextIndex.plain: nor other whitespace
}


def _set_member_chars(o, v) -> frozenset:
    """The lower-cased characters one member of a character set ``[...]`` matches."""
    if o is C.LITERAL and chr(v).isspace() and chr(v) not in " \n":
        return frozenset()  # TextIndex.plain: the text has no such whitespace
    if o is C.LITERAL and (v < 128 or _plain(v)):
        return frozenset([chr(v).lower()])
    if o is C.RANGE and v[1] - v[0] < 16 and v[1] < 128:
        return frozenset(chr(i).lower() for i in range(v[0], v[1] + 1))
    if o is C.CATEGORY and v in _CATEGORY_CHARS:
        return _CATEGORY_CHARS[v]
    raise _NoHeads


def _heads_seq(items, k: int) -> frozenset:
    out = frozenset([""])
    for item in items:
        if all(len(s) >= k for s in out):
            break
        out = _concat(out, _heads_item(item, k), k)
    return out


def _heads_item(item, k: int) -> frozenset:
    op, av = item
    if op in (C.LITERAL, C.IN):
        return _one_char(op, av)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset([""])  # takes nothing (its condition is left out: more places, not fewer)
    if op is C.SUBPATTERN:
        return _heads_seq(av[-1], k)
    if op is C.ATOMIC_GROUP:
        return _heads_seq(av, k)
    if op is C.BRANCH:
        return _cut([s for branch in av[1] for s in _heads_seq(branch, k)], k)
    if op in _REPEATS:
        lo, hi, sub = av
        one = _heads_seq(sub, k)
        out: set[str] = set()
        cur, j = frozenset([""]), 0
        while True:  # cur: how j copies can begin
            if j >= lo:
                out |= cur
            if j == hi:
                break
            nxt = _concat(cur, one, k)
            if nxt == cur:  # more copies begin no differently
                out |= cur
                break
            cur, j = nxt, j + 1
            if j > lo + k + 8:
                raise _NoHeads
        return _cut(out, k)
    raise _NoHeads


def heads(tree) -> frozenset | None:
    """How a match of the parsed regex can begin: each string its first HEAD characters
    lower-cased (a whole match when shorter); None when that cannot be told, or when a
    match could be empty."""
    try:
        out = _heads_seq(list(tree), HEAD)
    except _NoHeads:
        return None
    return None if "" in out else out


# -- compiling ------------------------------------------------------------------------

def compile_entry(source: str, flags: int) -> tuple:
    """What :func:`build` needs to make the compiled pattern, and the anchors: plain
    data (ints, strings, tuples), so it can be cached on disk like a .pyc file."""
    from re import _compiler

    tree = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)
    return (int(flags | tree.state.flags), [int(c) for c in code], tree.state.groups - 1,
            dict(tree.state.groupdict), anchors(tree, flags), heads(tree))


def build(source: str, entry: tuple) -> re.Pattern:
    """The compiled pattern from :func:`compile_entry`'s data, as ``re.compile`` makes it."""
    import _sre

    cflags, code, groups, groupindex = entry[:4]
    indexgroup = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(source, cflags, code, groups, groupindex, tuple(indexgroup))


# -- one document's index -------------------------------------------------------------

_WORDY = re.compile(r"\w+")
"""A run of word characters: the haystack's words, and the literals that lie inside one."""


class TextIndex:
    """What windowed matching needs to know of one text, computed once and shared by
    every rule: the haystack, the longest runs, where each literal occurs."""

    def __init__(self, text: str):
        self.text = text
        self.hay = haystack(text)
        self._runs = None
        self._counts: dict[str, int] = {}
        self._where: dict[frozenset, list[int]] = {}
        self._starts: dict[frozenset, list[int]] = {}
        self._led: dict[tuple[str, frozenset], list[int]] = {}
        self._has: dict[str, bool] = {}
        self._reach: dict[tuple, int] = {}
        self._alt_counts: dict[frozenset, int] = {}
        self.stretches: dict[tuple, list[tuple[int, int]]] = {}
        """The windows around an anchor's occurrences, by (alternatives, reach before, reach
        after): many rules share an anchor ("salary", "notice"), so each is worked out once."""
        self._vocab: tuple[str, list[int], list[str], dict[str, list[int]]] | None = None
        self.plain = re.search(r"[^\S \n]|(?![0-9])\d|\x00", text) is None
        """No whitespace but space and line break, no digits but 0-9: what :func:`heads`
        assumes of the text it finds beginnings in."""

    def has(self, literal: str) -> bool:
        """Whether the haystack holds ``literal``; many rules ask after the same words."""
        found = self._has.get(literal)
        if found is None:
            found = self._has[literal] = literal in (
                self._words()[0] if _WORDY.fullmatch(literal) else self.hay)
        return found

    def _words(self) -> tuple[str, list[int], list[str], dict[str, list[int]]]:
        """The haystack's distinct words joined by line breaks, where each begins in that
        string, the words, and where each occurs in the haystack. A literal of word
        characters only lies inside one word wherever it occurs, so it is found in the
        few thousand characters of the distinct words, not the whole text."""
        if self._vocab is None:
            where: dict[str, list[int]] = {}
            for m in _WORDY.finditer(self.hay):
                where.setdefault(m.group(), []).append(m.start())
            words = list(where)
            starts, at = [], 0
            for w in words:
                starts.append(at)
                at += len(w) + 1
            self._vocab = ("\n".join(words), starts, words, where)
        return self._vocab

    def _in_words(self, literal: str):
        """(offset within the word, the word's offsets in the haystack) for every
        occurrence, overlapping ones included, of a word-character ``literal``."""
        joined, starts, words, where = self._words()
        i = joined.find(literal)
        while i != -1:
            k = bisect.bisect_right(starts, i) - 1
            yield i - starts[k], where[words[k]]
            i = joined.find(literal, i + 1)

    @property
    def runs(self) -> tuple[int, int, int, int, int]:
        if self._runs is None:
            text = self.text
            ws = 2 if re.search(r"\s{3}", text) is None else max(
                len(m.group()) for m in re.finditer(r"\s{3,}", text))
            tok = max(map(len, text.replace("\n", " ").split(" ")), default=0)
            nonword = max(map(len, re.findall(r"\W{2,}", text)), default=1)
            line = max(map(len, text.split("\n")), default=0)
            self._runs = (1, ws, tok, nonword, line)
        return self._runs

    def reach(self, width) -> int:
        found = self._reach.get(width)
        if found is None:
            found = self._reach[width] = sum(a * b for a, b in zip(width, self.runs, strict=True))
        return found

    def count(self, alts: frozenset) -> int:
        """Occurrences of ``alts`` in the haystack (overlapping ones counted for a literal of
        word characters, not for others: the count only ranks anchors); every rule's
        anchors ask, many alike."""
        found = self._alt_counts.get(alts)
        if found is None:
            found = 0
            for s in alts:
                if s not in self._counts:
                    self._counts[s] = (sum(len(offsets) for _, offsets in self._in_words(s))
                                       if _WORDY.fullmatch(s) else self.hay.count(s))
                found += self._counts[s]
            self._alt_counts[alts] = found
        return found

    def where(self, alts: frozenset) -> list[int]:
        """Every offset where one of ``alts`` occurs, overlapping occurrences included."""
        if alts not in self._where:
            hay, out = self.hay, []
            for s in alts:
                if _WORDY.fullmatch(s):
                    for k, offsets in self._in_words(s):
                        out.extend([q + k for q in offsets] if k else offsets)
                    continue
                i = hay.find(s)
                while i != -1:
                    out.append(i)
                    i = hay.find(s, i + 1)
            self._where[alts] = sorted(set(out))
        return self._where[alts]


    def starts(self, beginnings: frozenset) -> list[int]:
        """Every offset where one of ``beginnings`` (see :func:`heads`) occurs."""
        if beginnings not in self._starts:
            lists = [self._led_by(first, frozenset(rests)) for first, rests in _by_first(beginnings).items()]
            # none at all when every beginning holds a character a plain text lacks (\u00a0)
            self._starts[beginnings] = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
        return self._starts[beginnings]

    def _led_by(self, first: str, rests: frozenset) -> list[int]:
        """Offsets where ``first`` occurs followed by one of ``rests`` (kept, as many
        rules begin alike). One character is taken at a time, so overlapping
        occurrences are all found, and re skips ahead to each ``first``."""
        key = (first, rests)
        if key not in self._led:
            tail = "" if "" in rests else "(?=" + _trie(rests) + ")"
            scanner = re.compile(_esc(first) + tail)
            self._led[key] = [m.start() for m in scanner.finditer(self.hay)]
        return self._led[key]


def _esc(s: str) -> str:
    return "".join("[0-9]" if c == DIGIT else re.escape(c) for c in s)


def _by_first(strings) -> dict[str, set[str]]:
    """Non-empty ``strings`` grouped by their first character: {first: {rests}}."""
    out: dict[str, set[str]] = {}
    for s in strings:
        out.setdefault(s[0], set()).add(s[1:])
    return out


def _trie(strings) -> str:
    """A regex matching what begins with one of ``strings``, as a trie: (?:a[bc]|d)."""
    if "" in strings:
        return ""
    by_first = _by_first(strings)
    leaves = sorted(c for c, rests in by_first.items() if "" in rests)
    parts = [_esc(c) + _trie(rests) for c, rests in sorted(by_first.items()) if "" not in rests]
    if leaves:
        parts.append(_esc(leaves[0]) if len(leaves) == 1 else
                     "[" + "".join("0-9" if c == DIGIT else re.escape(c) for c in leaves) + "]")
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
