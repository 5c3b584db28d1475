"""Rules x Document -> candidate findings, each with its evidence, base score and the
context words that raised, lowered or vetoed it."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from offercheck.document import Document
from offercheck.model import Evidence, Finding, Reason
from offercheck.rulebook.loader import Adjustment, Pattern, Rule, Rulebook
from offercheck.rulebook.regex import TextIndex, haystack
from offercheck.sentences import sentence_bounds


@dataclass
class DocContext:
    """What the whole document tells the normalizers: where it is from, when it is dated."""

    jurisdiction: str | None = None
    currency: str | None = None
    dayfirst: bool | None = None
    letter_date: Any = None


@dataclass
class MatchContext:
    """What a normalizer sees besides the matched text."""

    doc: DocContext
    text: str
    """The whole canonical text."""
    start: int
    """Offsets of the text to normalize."""
    end: int
    match_start: int
    match_end: int
    groups: dict = field(default_factory=dict)

    def after(self, n: int = 60) -> str:
        return self.text[self.end:self.end + n]

    def before(self, n: int = 60) -> str:
        return self.text[max(0, self.start - n):self.start]


class _Lines:
    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, start) - 1
        j = bisect.bisect_right(self.starts, max(start, end - 1)) - 1
        lo = self.starts[i]
        hi = self.starts[j + 1] - 1 if j + 1 < len(self.starts) else len(self.text)
        return lo, hi

    def line(self, start: int, end: int) -> str:
        lo, hi = self.bounds(start, end)
        return self.text[lo:hi]


class _Sentences:
    def __init__(self, text: str):
        self.text = text
        self._bounds: list[tuple[int, int]] | None = None

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        if self._bounds is None:
            self._bounds = sentence_bounds(self.text)
            self._starts = [b[0] for b in self._bounds]
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        j = max(i, bisect.bisect_right(self._starts, max(start, end - 1)) - 1)
        return self._bounds[i][0], self._bounds[j][1]

    def sentence(self, start: int, end: int) -> str:
        lo, hi = self.bounds(start, end)
        return self.text[lo:hi]


def _window(adj: Adjustment, text: str, start: int, end: int, lines: _Lines, sents: _Sentences) -> list[str]:
    if adj.side == "before":
        return [text[max(0, start - adj.within):start]]
    if adj.side == "after":
        return [text[end:end + adj.within]]
    if adj.side == "line":
        return [lines.line(start, end)]
    if adj.side == "sentence":
        return [sents.sentence(start, end)]
    if adj.side == "clause":  # the sentence, cut at line breaks: a list item, a table row
        (l_lo, l_hi), (s_lo, s_hi) = lines.bounds(start, end), sents.bounds(start, end)
        return [text[max(l_lo, s_lo):min(l_hi, s_hi)]]
    return [text[max(0, start - adj.within):start], text[end:end + adj.within]]


def _token_words(tokens: list) -> list[set[str]]:
    """For each token a match needs that names its words (LOWER/ORTH/TEXT, a string or an
    IN list), those words lower-cased: a text holding none of them cannot match."""
    out = []
    for spec in tokens:
        if spec.get("OP", "1") in ("?", "*", "!"):
            continue
        for attr in ("LOWER", "ORTH", "TEXT"):
            v = spec.get(attr)
            words = [v] if isinstance(v, str) else v.get("IN") if isinstance(v, dict) else None
            if words and all(isinstance(w, str) for w in words):
                out.append({haystack(w) for w in words})
                break
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def evidence(document: Document, start: int, end: int) -> Evidence:
    start, end = _trim(document.text, start, end)
    block = document.block_at(start)
    return Evidence(document.text[start:end], start, end, document.page_at(start),
                    None if document.format == "pdf" or block is None else block.index)


class Extractor:
    """Runs a rulebook over documents. Build once; call ``findings`` per document."""

    def __init__(self, rulebook: Rulebook):
        from offercheck.normalize.registry import NORMALIZERS

        self.rulebook = rulebook
        self.normalizers = NORMALIZERS
        self._token_patterns = {f"{r.id}::{p.name}": (r, p) for r in rulebook.rules
                                for p in r.patterns if p.tokens is not None}
        self._token_words = {k: _token_words(p.tokens) for k, (r, p) in self._token_patterns.items()}
        self._matcher = None
        self._index: TextIndex | None = None

    def _matches(self, rules: list[Rule], text: str, spacy_doc_fn, index: TextIndex):
        hay = index.hay
        for rule in rules:
            for pat in rule.patterns:
                if pat.regex is None or not pat.regex.may_match(hay):
                    continue
                for m in pat.regex.finditer(text, index):
                    if m.end() == m.start():
                        continue
                    if pat.group in m.re.groupindex and m.group(pat.group) is not None:
                        vs, ve = m.span(pat.group)
                    else:
                        vs, ve = m.span()
                    yield rule, pat, m.start(), m.end(), vs, ve, {k: v for k, v in m.groupdict().items() if v}
        # spaCy (0.5 s to import) only when some token pattern's words are all in the text
        wanted_keys = {f"{r.id}::{p.name}" for r in rules for p in r.patterns if p.tokens}
        if any(all(any(w in hay for w in alts) for alts in self._token_words[k]) for k in wanted_keys):
            if self._matcher is None:
                from offercheck import nlp
                self._matcher = nlp.make_matcher({k: rp[1].tokens for k, rp in self._token_patterns.items()})
            from offercheck import nlp
            wanted = {r.id for r in rules}
            for key, s, e in nlp.token_matches(spacy_doc_fn(), self._matcher):
                rule, pat = self._token_patterns[key]
                if rule.id in wanted:
                    yield rule, pat, s, e, s, e, {}

    def findings(self, document: Document, rules: list[Rule] | None = None,
                 doc_ctx: DocContext | None = None) -> list[Finding]:
        text = document.text
        rules = self.rulebook.rules if rules is None else rules
        doc_ctx = doc_ctx or DocContext()
        lines, sents = _Lines(text), _Sentences(text)
        cache: dict = {}

        def spacy_doc():
            if "doc" not in cache:
                from offercheck import nlp
                cache["doc"] = nlp.parse(text)
            return cache["doc"]

        out: list[Finding] = []
        if self._index is None or self._index.text is not text:
            self._index = TextIndex(text)  # both passes over a document share one
        for rule, pat, ms, me, vs, ve, groups in self._matches(rules, text, spacy_doc, self._index):
            ms, me = _trim(text, ms, me)
            if ms >= me:
                continue
            if pat.has_value:
                value = pat.value
            else:
                fn = self.normalizers[pat.normalizer]
                value = fn(text[vs:ve], MatchContext(doc_ctx, text, vs, ve, ms, me, groups), **pat.params)
            if value is None:
                continue
            score, reasons, vetoed = pat.score, [], False
            for adj in pat.context:
                if any(adj.near.search(w) for w in _window(adj, text, ms, me, lines, sents)):
                    if adj.veto:
                        vetoed = True
                        reasons.append(Reason(f"vetoed by '{adj.name}'", -1.0))
                        break
                    score += adj.add
                    reasons.append(Reason(f"'{adj.name}' {adj.side}", adj.add))
            if vetoed:
                continue
            score = max(0.0, min(0.99, score))
            out.append(Finding(rule.field, value, (evidence(document, ms, me),), rule.id, pat.name,
                               pat.score, score, tuple(reasons)))
        return out
