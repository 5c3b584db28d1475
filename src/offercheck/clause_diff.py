"""Two versions of a letter, clause by clause: which clauses' words changed, which were
added and which removed, whatever the layout.

A letter is cut into clauses where one begins: a numbered line (the Document's
numbering, ``clauses.py``), or a paragraph or heading (``sections.line_heading``) after a
finished line (so a page break inside a sentence starts nothing). A clause's
words are compared by a key that ignores what layout does to them: line wrapping and
page breaks (whitespace), a hyphen at a line's end, soft hyphens, curly against straight
quotes, capitals (a title set in capitals), bullets and table rules, and the clause's own number (a clause renumbered by an
insertion above it has not changed). Runs of clauses with the same keys are set aside
with difflib; between two such runs the words are compared end to end (so a paragraph
one reader cut in two and another kept whole changes nothing), and each change is shown
under the clause it stands in. Where the words between two runs are too many for that,
the clauses there are first paired by their words (rapidfuzz), heading and number.

>>> from offercheck.document import DocumentBuilder
>>> def doc(*lines):
...     b = DocumentBuilder()
...     for line in lines:
...         b.add(line)
...     return b.build("x.txt", "txt")
>>> old = doc("1. Pay", "1.1 Your salary is £30,000 a year.", "2. Leave", "2.1 You get 25 days.", "3. Notice",
...           "3.1 One month.")
>>> new = doc("1. Pay", "1.1 Your salary is £32,000 a year.", "2. Leave", "2.1 You get 25 days.", "3. Notice",
...           "3.1 One month.")
>>> [(c.kind, c.old.number, c.pieces) for c in compare_clauses(old, new)]
[('changed', '1.1', (('same', 'Your salary is'), ('del', '£30,000'), ('ins', '£32,000'), ('same', 'a year.')))]
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from offercheck.sections import Sections, line_heading

CONTEXT_WORDS = 8
"""Unchanged words shown either side of a change."""
PAIR_AT = 0.6
"""The least likeness (0-1: words, plus a bonus for the same heading or number) at which
a clause of the old letter and one of the new are the same clause, changed."""
LEAST_WORDS = 0.4
"""...and the least likeness of their words alone."""

_FINISHED = re.compile(r"[.:;!?)\]”\"'’]\s*$")
_NUMBER = re.compile(r"\s*(?:(?:Clause|Section|Article)\s+)?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+")
_LINE_END_HYPHEN = re.compile(r"(\w)[-\u00ad]\s*\n\s*(?=[a-z])")
_LAYOUT_ONLY = {"•", "·", "-", "–", "—", "|", "*", "▪", "◦", "○", "●", "■", "□", "☐"}
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00ad": None, "-": None, "‐": None})


@dataclass(frozen=True)
class Clause:
    """One clause of a letter, its words ready to compare."""

    start: int
    """Offset of its first character in ``Document.text``."""
    end: int
    number: str | None
    """Its clause number ("5.1"), where the letter numbers its clauses."""
    heading: str
    """The heading it opens ("Base Salary"), or ""."""
    section: str
    """The headings it sits under, outermost first ("Pay"), or ""."""
    words: tuple[str, ...]
    """Its words as the letter writes them, without the clause number."""
    keys: tuple[str, ...]
    """Each word as compared: layout, hyphens and quote styles left out."""
    page: int | None = None
    paragraph: int | None = None
    """The DOCX paragraph (or cell) it starts in, where the letter has no pages."""

    @property
    def label(self) -> str:
        """ "clause 5.1 (Pay)", "Base Salary", or its first words."""
        about = self.heading or self.section
        if self.number:
            return f"clause {self.number}" + (f" ({about})" if about and about != self.number else "")
        if about:
            return about
        head = " ".join(self.words[:6])
        return f"“{head}{'…' if len(self.words) > 6 else ''}”"

    @property
    def where(self) -> str:
        """ "p. 2, clause 5.1", "p. 2", "clause 5.1", "¶ 12" (as describe.where) or ""."""
        parts = ([f"p. {self.page}"] if self.page is not None else []) + \
                ([f"clause {self.number}"] if self.number else [])
        if not parts and self.paragraph is not None:
            parts.append(f"¶ {self.paragraph}")
        return ", ".join(parts)


@dataclass(frozen=True)
class ClauseChange:
    """A clause whose words changed, or that one version has and the other has not."""

    kind: str
    """"changed", "added", "removed" or "moved" (the same words elsewhere in the letter)."""
    old: Clause | None
    new: Clause | None
    pieces: tuple[tuple[str, str], ...]
    """The words in reading order: ("same", ...), ("del", ...), ("ins", ...), ("gap", "…"),
    unchanged runs cut to CONTEXT_WORDS either side of a change; an added or removed clause
    is one "ins" or "del" piece, a moved one has none."""


def _key(word: str) -> str:
    return unicodedata.normalize("NFKC", word).translate(_QUOTES).casefold()


def _words(text: str, numbered: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if numbered:
        m = _NUMBER.match(text)
        text = text[m.end():] if m else text
    text = _LINE_END_HYPHEN.sub(r"\1-", text)
    words = tuple(w for w in text.split() if w not in _LAYOUT_ONLY)
    joined = "\0".join(words)
    if "\0" in text or not words:
        return words, tuple(_key(w) for w in words)
    return words, tuple(_key(joined).split("\0"))  # in one call: a word at a time is slow


_RUN_IN_LABEL = re.compile(r"\s*(?P<head>[A-Z][\w’'&/-]*(?:[ -][\w’'&/-]+){0,3})[.:]\s+(?=[A-Z0-9\"“‘'(])")
"""A short lead-in phrase that names a paragraph ("Base salary. You will ..."): a label
only, where sections.py (which must not mistake "You will start. Then ..." for a
heading) reads no heading."""


def _starts(document) -> dict[int, str | None]:
    """Where each clause starts, and its number where it has one: a numbered line, or a
    line that opens with a capital, a digit or a quote after a finished one (a paragraph;
    a heading). A line after an unfinished one carries it on (a page break, a wrapped
    table cell), whatever it looks like."""
    numbering = getattr(document, "numbering", None)
    numbered = dict(zip(numbering.starts, numbering.numbers)) if numbering else {}
    out: dict[int, str | None] = {0: None}
    pos, finished = 0, True
    for line in document.text.split("\n"):
        probe = line.replace(" | ", "   ").strip()  # a table row reads as its words, as a text file lays it out
        if probe:
            heading = line_heading(probe)
            if pos in numbered or (finished and not probe[0].islower()):
                out[pos] = numbered.get(pos)
            whole = heading is not None and probe.rstrip(".:").endswith(heading)
            finished = whole or bool(_FINISHED.search(probe))
        pos += len(line) + 1
    return out


def clauses(document) -> list[Clause]:
    """The clauses of a document, in reading order; a document without headings or numbers
    is one clause."""
    text = document.text
    starts = _starts(document)
    bounds = sorted(starts) + [len(text)]
    sections = Sections(text)
    out = []
    for start, end in zip(bounds, bounds[1:]):
        number = starts[start]
        words, keys = _words(text[start:end], number is not None)
        if not words:
            continue
        lead = start + len(text[start:end]) - len(text[start:end].lstrip())
        eol = text.find("\n", lead)
        line = text[lead:eol if eol >= 0 else len(text)]
        heading = line_heading(line) or ("" if number else _label(line))
        block = document.block_at(lead)
        out.append(Clause(start=lead, end=end, number=number, heading=heading,
                          section=sections.heading(lead).split(" / ")[0] if number else "", words=words, keys=keys,
                          page=document.page_at(lead), paragraph=block.index if block is not None else None))
    return out


def _label(line: str) -> str:
    m = _RUN_IN_LABEL.match(line)
    return m.group("head") if m else ""


def _likeness(a: Clause, b: Clause) -> tuple[float, float]:
    """(words alone, words with the heading and number bonus), each 0 to about 1."""
    from rapidfuzz import fuzz

    words = fuzz.ratio(" ".join(a.keys), " ".join(b.keys)) / 100
    bonus = (0.25 if a.heading and a.heading == b.heading else 0) + (0.1 if a.number and a.number == b.number else 0)
    return words, words + bonus


def _pair(olds: list[Clause], news: list[Clause]) -> list[tuple[Clause | None, Clause | None]]:
    """The clauses between two unchanged runs, paired in order where alike enough; the
    rest added (new only) or removed (old only)."""
    out: list[tuple[Clause | None, Clause | None]] = []
    j = 0
    for old in olds:
        scored = [(_likeness(old, new), k) for k, new in enumerate(news[j:], j)]
        best = max(scored, key=lambda s: s[0][1], default=None)
        if best is None or best[0][0] < LEAST_WORDS or best[0][1] < PAIR_AT:
            out.append((old, None))
            continue
        out += [(None, new) for new in news[j:best[1]]]
        out.append((old, news[best[1]]))
        j = best[1] + 1
    return out + [(None, new) for new in news[j:]]


def _trimmed(words: tuple[str, ...], first: bool, last: bool) -> list[tuple[str, str]]:
    """An unchanged run of words with only the context around its changes."""
    n = CONTEXT_WORDS
    if first and last:
        return []
    if first:
        return ([("gap", "…")] if len(words) > n else []) + [("same", " ".join(words[-n:]))]
    if last:
        return [("same", " ".join(words[:n]))] + ([("gap", "…")] if len(words) > n else [])
    if len(words) <= 2 * n + 1:
        return [("same", " ".join(words))]
    return [("same", " ".join(words[:n])), ("gap", "…"), ("same", " ".join(words[-n:]))]


def word_changes(old: Clause, new: Clause) -> tuple[tuple[str, str], ...]:
    """The words of ``new`` against ``old``: deletions and insertions with some context."""
    ops = SequenceMatcher(None, old.keys, new.keys, autojunk=False).get_opcodes()
    out: list[tuple[str, str]] = []
    for i, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            out += _trimmed(new.words[j1:j2], i == 0, i == len(ops) - 1)
            continue
        if i2 > i1:
            out.append(("del", " ".join(old.words[i1:i2])))
        if j2 > j1:
            out.append(("ins", " ".join(new.words[j1:j2])))
    return tuple(out)


WORDS_AT_MOST = 4_000_000
"""Past this many (old words x new words) between two unchanged runs, the clauses there
are paired whole (rapidfuzz) before their words are compared: difflib over two long
unrelated texts takes seconds."""


@dataclass(frozen=True)
class _Op:
    """One difflib opcode over the words between two unchanged runs of clauses."""

    tag: str
    i1: int
    i2: int
    j1: int
    j2: int


@dataclass(frozen=True)
class _Gap:
    """The clauses between two unchanged runs, their words laid end to end."""

    olds: list
    news: list
    old_words: tuple[str, ...]
    new_words: tuple[str, ...]
    old_owner: tuple[int, ...]
    """The index (in ``olds``) of the clause each old word belongs to."""
    new_owner: tuple[int, ...]

    @classmethod
    def of(cls, olds: list[Clause], news: list[Clause]) -> "_Gap":
        return cls(olds, news, tuple(w for c in olds for w in c.words), tuple(w for c in news for w in c.words),
                   tuple(k for k, c in enumerate(olds) for _ in c.words),
                   tuple(k for k, c in enumerate(news) for _ in c.words))

    def span(self, side: str, k: int) -> tuple[int, int]:
        """Where clause ``k`` of a side lies among that side's words."""
        owner = self.old_owner if side == "old" else self.new_owner
        return owner.index(k), len(owner) - owner[::-1].index(k)


def _split(op: _Op, gap: _Gap) -> list[_Op]:
    """An insertion or deletion that runs over several clauses, cut at their bounds."""
    if op.tag not in ("insert", "delete"):
        return [op]
    owner, lo, hi = (gap.new_owner, op.j1, op.j2) if op.tag == "insert" else (gap.old_owner, op.i1, op.i2)
    cuts = [lo] + [x for x in range(lo + 1, hi) if owner[x] != owner[x - 1]] + [hi]
    if op.tag == "insert":
        return [_Op("insert", op.i1, op.i1, a, b) for a, b in zip(cuts, cuts[1:])]
    return [_Op("delete", a, b, op.j1, op.j1) for a, b in zip(cuts, cuts[1:])]


def _anchor(op: _Op, gap: _Gap) -> tuple[str, int]:
    """The clause a change is shown under: a clause wholly removed under itself, else the
    new clause where the change stands."""
    if op.tag == "delete" and gap.span("old", gap.old_owner[op.i1]) == (op.i1, op.i2):
        return "old", gap.old_owner[op.i1]
    if not gap.new_words:
        return "old", gap.old_owner[op.i1]
    at = op.j1 if op.tag != "delete" or op.j1 == 0 else op.j1 - 1
    return "new", gap.new_owner[min(at, len(gap.new_words) - 1)]


def _group_pieces(ops: list[_Op], first: int, last: int, gap: _Gap, anchor: tuple[str, int]):
    """The words of one clause's changes, ops[first..last], with context inside the clause."""
    lo, hi = gap.span("new", anchor[1]) if anchor[0] == "new" else (0, 0)
    out: list[tuple[str, str]] = []
    for k in range(max(first - 1, 0), min(last + 2, len(ops))):
        op = ops[k]
        if op.tag == "equal":
            a, b = max(op.j1, lo), min(op.j2, hi)
            if a < b and first <= k <= last:
                out += _trimmed(gap.new_words[a:b], False, False)
            elif a < b:
                out += _trimmed(gap.new_words[a:b], k < first, k > last)
                if (k < first and a > lo) or (k > last and b < hi):
                    out = [("gap", "…")] + out if k < first else out + [("gap", "…")]
            continue
        if op.i2 > op.i1:
            out.append(("del", " ".join(gap.old_words[op.i1:op.i2])))
        if op.j2 > op.j1:
            out.append(("ins", " ".join(gap.new_words[op.j1:op.j2])))
    return _merge_gaps(out)


def _merge_gaps(pieces: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for piece in pieces:
        if not (piece[0] == "gap" and out and out[-1][0] == "gap"):
            out.append(piece)
    return tuple(out)


def _kind(ops: list[_Op], gap: _Gap, anchor: tuple[str, int]) -> str:
    """ "added" where the clause is wholly new words, "removed" where wholly deleted."""
    if anchor[0] == "old":
        return "removed"
    if all(op.tag == "insert" for op in ops) and len(ops) == 1 and \
            gap.span("new", anchor[1]) == (ops[0].j1, ops[0].j2):
        return "added"
    return "changed"


def _word_changes(gap: _Gap) -> list[ClauseChange]:
    """The changes between two unchanged runs, word by word, one per clause they touch."""
    matcher = SequenceMatcher(None, [k for c in gap.olds for k in c.keys], [k for c in gap.news for k in c.keys],
                              autojunk=False)
    ops = [part for op in matcher.get_opcodes() for part in _split(_Op(*op), gap)]
    groups: dict[tuple[str, int], list[int]] = {}
    for k, op in enumerate(ops):
        if op.tag != "equal":
            groups.setdefault(_anchor(op, gap), []).append(k)
    out = []
    for anchor, members in groups.items():
        kind = _kind([ops[k] for k in members], gap, anchor)
        first = ops[members[0]]
        if anchor[0] == "old":
            old, new = gap.olds[anchor[1]], None
        else:
            new = gap.news[anchor[1]]
            old = gap.olds[gap.old_owner[min(first.i1, len(gap.old_words) - 1)]] if gap.old_words else None
        pieces = _group_pieces(ops, members[0], members[-1], gap, anchor)
        out.append(ClauseChange(kind, None if kind == "added" else old, new, pieces))
    return out


def _paired_changes(olds: list[Clause], news: list[Clause]) -> list[ClauseChange]:
    """Many clauses on both sides: paired whole first, then each pair's words compared."""
    out = []
    for old, new in _pair(olds, news):
        if old is None:
            out.append(ClauseChange("added", None, new, (("ins", " ".join(new.words)),)))
        elif new is None:
            out.append(ClauseChange("removed", old, None, (("del", " ".join(old.words)),)))
        elif old.keys != new.keys:
            out.append(ClauseChange("changed", old, new, word_changes(old, new)))
    return out


def compare_clauses(old_document, new_document) -> tuple[ClauseChange, ...]:
    """The clauses that changed between two documents, in the new one's reading order
    (a removed clause where it stood). Runs of clauses with the same words are set aside
    first (difflib over the clauses); between them the words are compared end to end, so
    a paragraph cut in two by one reader and whole in another changes nothing."""
    olds, news = clauses(old_document), clauses(new_document)
    matcher = SequenceMatcher(None, [c.keys for c in olds], [c.keys for c in news], autojunk=False)
    out: list[ClauseChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        gap = _Gap.of(olds[i1:i2], news[j1:j2])
        if len(gap.old_words) * len(gap.new_words) > WORDS_AT_MOST:
            out += _paired_changes(olds[i1:i2], news[j1:j2])
        else:
            out += _word_changes(gap)
    return _moves(out)


def _moves(changes: list[ClauseChange]) -> tuple[ClauseChange, ...]:
    """A clause removed in one place and added with the same words in another is moved:
    one change where it now stands."""
    removed: dict[tuple[str, ...], ClauseChange] = {}
    for c in changes:
        if c.kind == "removed":
            removed.setdefault(c.old.keys, c)
    out, gone = [], set()
    for c in changes:
        twin = removed.get(c.new.keys) if c.kind == "added" else None
        if twin is not None and id(twin) not in gone:
            gone.add(id(twin))
            c = ClauseChange("moved", twin.old, c.new, ())
        out.append(c)
    return tuple(c for c in out if id(c) not in gone)
