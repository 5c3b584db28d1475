"""A rule's regex as the extractor runs it: compiled on first use (through the on-disk
cache, :mod:`offercheck.rulebook.cache`), skipped where its prefilter rules it out, and
searched only in the windows around its anchors (:mod:`offercheck.rulebook.regex`
works those out from the regex's parse tree).

It sits apart from :mod:`offercheck.rulebook.regex` because the cache stores what that
module computes: the analysis knows nothing of the cache, and this module uses both.
"""
from __future__ import annotations

import bisect
import re

from offercheck.rulebook import cache
from offercheck.rulebook.regex import TextIndex


def _stretches(qs: list[int], before: int, after: int, n: int) -> list[tuple[int, int]]:
    """The merged stretches [q - before, q + after + 1) around sorted offsets ``qs``."""
    out: list[tuple[int, int]] = []
    for q in qs:
        lo, hi = max(0, q - before), min(n, q + after + 1)
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _intersect(xs: list[tuple[int, int]], ys: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where two sorted lists of disjoint stretches overlap.

    >>> _intersect([(0, 10), (20, 30)], [(5, 25), (28, 40)])
    [(5, 10), (20, 25), (28, 30)]
    """
    out, i, j = [], 0, 0
    while i < len(xs) and j < len(ys):
        lo, hi = max(xs[i][0], ys[j][0]), min(xs[i][1], ys[j][1])
        if lo < hi:
            out.append((lo, hi))
        if xs[i][1] < ys[j][1]:
            i += 1
        else:
            j += 1
    return out


def _covered(spans: list[tuple[int, int]]) -> int:
    return sum(hi - lo for lo, hi in spans)


MANY_CHARS = 20_000
"""Windows covering fewer characters are searched at once, without finding beginnings."""

TRY_COST = 4
"""A ``match`` tried from Python costs about as much as this many characters searched."""

SMALL_TEXT = 4000
"""Below this many characters a whole search is as quick as working out windows."""


class RuleRegex:
    """A rule's regex, compiled on first use, with a literal prefilter and anchors.

    Expanding ``{money}`` or ``{date}`` makes a regex large and slow to compile (about
    2 ms each with IGNORECASE), so the shipped rules are compiled only when a document
    could match them: ``required`` lists literal strings the regex cannot match
    without, and :meth:`may_match` checks them against the haystack. Compiled code is
    kept in the on-disk cache (:mod:`offercheck.rulebook.cache`). Anything else
    (``search``, ``groupindex`` ...) is the compiled ``re.Pattern``'s.
    """

    __slots__ = ("source", "flags", "required", "_compiled", "_anchors", "_heads")

    def __init__(self, source: str, flags: int, required: tuple[frozenset[str], ...] = ()):
        self.source, self.flags, self.required = source, flags, required
        self._compiled: re.Pattern | None = None
        self._anchors: tuple = ()
        self._heads: frozenset | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled, (self._anchors, self._heads) = cache.compiled(self.source, int(self.flags))
        return self._compiled

    @property
    def anchors(self) -> tuple:
        return self.compiled and self._anchors

    def may_match(self, haystack: str) -> bool:
        """False only when the regex cannot match text whose :func:`haystack` this is."""
        return all(any(s in haystack for s in req) for req in self.required)

    def may_match_in(self, index: TextIndex) -> bool:
        """:meth:`may_match` on an indexed text, each literal looked up once for all rules."""
        return all(any(index.has(s) for s in req) for req in self.required)

    def windows(self, index: TextIndex) -> list[tuple[int, int]] | None:
        """The stretches of the text outside which no match can lie, or None to search
        it whole (no anchor, or the windows would cover most of it).

        A match lies within reach of an occurrence of every anchor, so within the
        intersection of each anchor's stretches, starting with the cheapest anchor's.
        Each stretch ends one character past the furthest a match can read, so what
        ``finditer`` finds in it is what a search of the whole text finds there."""
        n = len(index.text)
        if n < SMALL_TEXT or not self.anchors or len(index.hay) != n:
            return None
        ranked = sorted((index.count(alts) * (index.reach(before) + index.reach(after)), i)
                        for i, (alts, before, after) in enumerate(self._anchors))
        out: list[tuple[int, int]] | None = None
        for cost, i in ranked:
            if out is not None and (_covered(out) < n // 20 or cost > 40 * n):
                break
            alts, before, after = self._anchors[i]
            key = (alts, index.reach(before), index.reach(after))
            mine = index.stretches.get(key)
            if mine is None:
                mine = index.stretches[key] = _stretches(index.where(alts), key[1], key[2], n)
            out = mine if out is None else _intersect(out, mine)
        if _covered(out) > n // 2:
            return None
        return out

    def finditer(self, text: str, index: TextIndex | None = None):
        """Like ``re.Pattern.finditer(text)``, given the ``index`` of this text: only
        in the windows that can hold a match, and where those still cover much of the
        text, only at the places where a match can begin."""
        compiled = self.compiled
        if index is None:
            yield from compiled.finditer(text)
            return
        spans = self.windows(index)
        if spans is None:
            spans = [(0, len(text))]
        elif not spans:  # an anchor every match holds is nowhere in the text: no match
            return
        covered = _covered(spans)
        if self._heads is not None and index.plain and covered > MANY_CHARS:
            starts = index.starts(self._heads)
            tries = sum(bisect.bisect_left(starts, hi) - bisect.bisect_left(starts, lo) for lo, hi in spans)
            if tries * TRY_COST < covered:
                # what finditer does, trying only where a match can begin: the first
                # match at or after the end of the last (matches are never empty here)
                for lo, hi in spans:
                    pos, i = lo, bisect.bisect_left(starts, lo)
                    while i < len(starts) and starts[i] < hi:
                        at = starts[i]
                        i += 1
                        if at < pos:
                            continue
                        m = compiled.match(text, at, hi)
                        if m is not None:
                            yield m
                            pos = m.end()
                return
        for lo, hi in spans:
            yield from compiled.finditer(text, lo, hi)

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"RuleRegex({self.source[:60]!r})"
