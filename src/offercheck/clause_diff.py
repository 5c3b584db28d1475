"""Two versions of a letter, clause by clause: which clauses' words changed, which were
added and which removed, whatever the layout.

A letter is cut into clauses where one begins: a numbered line (the Document's
numbering, ``clauses.py``) or a heading line or run-in heading (``sections.line_heading``)
after a finished line (so a page break inside a sentence starts nothing). A clause's
words are compared by a key that ignores what layout does to them: line wrapping and
page breaks (whitespace), a hyphen at a line's end, soft hyphens, curly against straight
quotes, capitals (a title set in capitals), bullets and table rules, and the clause's own number (a clause renumbered by an
insertion above it has not changed). Clauses are aligned with difflib over their keys,
and the clauses left between two unchanged runs are paired by their words (rapidfuzz),
their heading and their number.

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
        """ "p. 2, clause 5.1", "p. 2", "clause 5.1" or ""."""
        parts = ([f"p. {self.page}"] if self.page is not None else []) + \
                ([f"clause {self.number}"] if self.number else [])
        return ", ".join(parts)


@dataclass(frozen=True)
class ClauseChange:
    """A clause whose words changed, or that one version has and the other has not."""

    kind: str
    """"changed", "added" or "removed"."""
    old: Clause | None
    new: Clause | None
    pieces: tuple[tuple[str, str], ...]
    """The words in reading order: ("same", ...), ("del", ...), ("ins", ...), ("gap", "…"),
    unchanged runs cut to CONTEXT_WORDS either side of a change; an added or removed clause
    is one "ins" or "del" piece."""


def _key(word: str) -> str:
    return unicodedata.normalize("NFKC", word).translate(_QUOTES).casefold()


def _words(text: str, numbered: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if numbered:
        m = _NUMBER.match(text)
        text = text[m.end():] if m else text
    text = _LINE_END_HYPHEN.sub(r"\1-", text)
    words = tuple(w for w in text.split() if w not in _LAYOUT_ONLY)
    return words, tuple(_key(w) for w in words)


def _starts(document) -> dict[int, str | None]:
    """Where each clause starts, and its number where it has one."""
    numbering = getattr(document, "numbering", None)
    numbered = dict(zip(numbering.starts, numbering.numbers)) if numbering else {}
    out: dict[int, str | None] = {0: None}
    pos, finished = 0, True
    for line in document.text.split("\n"):
        if line.strip():
            probe = line.replace(" | ", "   ")  # a table row reads as its words, as a text file lays it out
            heading = line_heading(probe)
            if pos in numbered or (heading is not None and finished):
                out[pos] = numbered.get(pos)
            whole = heading is not None and probe.strip().rstrip(".:").endswith(heading)
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
        line = text[lead:text.find("\n", lead) if "\n" in text[lead:] else len(text)]
        out.append(Clause(start=lead, end=end, number=number, heading=line_heading(line) or "",
                          section=sections.heading(lead).split(" / ")[0], words=words, keys=keys,
                          page=document.page_at(lead)))
    return out


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


def compare_clauses(old_document, new_document) -> tuple[ClauseChange, ...]:
    """The clauses that changed between two documents, in the new one's reading order
    (a removed clause where it stood)."""
    olds, news = clauses(old_document), clauses(new_document)
    matcher = SequenceMatcher(None, [c.keys for c in olds], [c.keys for c in news], autojunk=False)
    out: list[ClauseChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for old, new in _pair(olds[i1:i2], news[j1:j2]):
            if old is None:
                out.append(ClauseChange("added", None, new, (("ins", " ".join(new.words)),)))
            elif new is None:
                out.append(ClauseChange("removed", old, None, (("del", " ".join(old.words)),)))
            elif old.keys != new.keys:
                out.append(ClauseChange("changed", old, new, word_changes(old, new)))
    return tuple(out)
