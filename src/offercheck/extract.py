"""Rules x Document -> candidate findings, each with its evidence, base score and the
context words that raised, lowered or vetoed it."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field


from offercheck.context import DocContext
from offercheck.document import Document
from offercheck.model import Finding, Reason
from offercheck.normalize.lookalike import cut_short, with_digits
from offercheck.rulebook.loader import Adjustment, Rule, Rulebook
from offercheck.rulebook.regex import TextIndex, haystack
from offercheck.sections import Sections
from offercheck.sentences import sentence_bounds


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


def _rows_apart(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""Sentences cut where a table row begins or ends: cells carry no full stops, so a key-terms
    table read as one sentence would lend each row the words of the others ("Equity | an option
    ..." beside "Pay | paid on the 10th and the 25th").

    >>> t = "Equity | 100 options\nPay | paid on the 10th and 25th\nThen prose. More."
    >>> [t[a:b] for a, b in _rows_apart(t, sentence_bounds(t))]
    ['Equity | 100 options', 'Pay | paid on the 10th and 25th', 'Then prose.', 'More.']
    """
    out: list[tuple[int, int]] = []
    for lo, hi in bounds:
        if "|" not in text[lo:hi] or "\n" not in text[lo:hi]:
            out.append((lo, hi))
            continue
        cut, last_end, last_row = lo, lo, False
        for line in re.finditer(r"[^\n]+", text[lo:hi]):
            a, b = lo + line.start(), lo + line.end()
            row = "|" in text[a:b]
            if a > cut and (row or last_row):
                out.append((cut, last_end))
                cut = a
            last_end, last_row = b, row
        out.append((cut, hi))
    return [(a, b) for a, b in out if b > a]


class _Sentences:
    def __init__(self, text: str):
        self.text = text
        self._bounds: list[tuple[int, int]] | None = None

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        if self._bounds is None:
            self._bounds = _rows_apart(self.text, sentence_bounds(self.text))
            self._starts = [b[0] for b in self._bounds]
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        j = max(i, bisect.bisect_right(self._starts, max(start, end - 1)) - 1)
        return self._bounds[i][0], self._bounds[j][1]

    def sentence(self, start: int, end: int) -> str:
        lo, hi = self.bounds(start, end)
        return self.text[lo:hi]


class _LazySections:
    """Headings are computed on the first rule that asks for them."""

    def __init__(self, text: str):
        self.text, self._sections = text, None

    def heading(self, offset: int) -> str:
        if self._sections is None:
            self._sections = Sections(self.text)
        return self._sections.heading(offset)


def _window(adj: Adjustment, text: str, start: int, end: int, lines: _Lines, sents: _Sentences,
            sections: Sections) -> list[tuple[int, int]] | str:
    """Where ``adj`` looks for its words around the match [start, end): (lo, hi) spans of
    ``text``, or for "section" the headings above, as a string."""
    if adj.side == "before":
        return [(max(0, start - adj.within), start)]
    if adj.side == "after":
        return [(end, min(len(text), end + adj.within))]
    if adj.side == "line":
        return [lines.bounds(start, end)]
    if adj.side == "match":  # the matched words themselves: the label a figure was read under
        return [(start, end)]
    if adj.side == "sentence":
        return [sents.bounds(start, end)]
    if adj.side == "section":  # the headings above: "Termination / Notice period"
        return sections.heading(start)
    if adj.side == "clause":  # the sentence, cut at line breaks: a list item, a table row
        (l_lo, l_hi), (s_lo, s_hi) = lines.bounds(start, end), sents.bounds(start, end)
        return [(max(l_lo, s_lo), min(l_hi, s_hi))]
    return [(max(0, start - adj.within), start), (end, min(len(text), end + adj.within))]


class _Near:
    """Whether an adjustment's words occur in a window, remembered for the long ones: every
    match in a line (or sentence) shares that window, and a 480,000-character paragraph
    searched once per match made extraction quadratic in the paragraph's length."""

    LONG = 400
    """Windows at least this long are remembered; a shorter one is quicker to search again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[tuple[int, int, int], bool] = {}

    def found(self, adj: Adjustment, window: list[tuple[int, int]] | str) -> bool:
        if isinstance(window, str):
            return adj.near.search(window) is not None
        return any(self._search(adj, lo, hi) for lo, hi in window)

    def _search(self, adj: Adjustment, lo: int, hi: int) -> bool:
        if hi - lo < self.LONG:
            return adj.near.search(self.text[lo:hi]) is not None
        key = (id(adj.near), lo, hi)
        if key not in self._seen:
            self._seen[key] = adj.near.search(self.text[lo:hi]) is not None
        return self._seen[key]


def _words(spec: dict) -> list[str] | None:
    """The words a token spec names (LOWER/ORTH/TEXT, a string or an IN list), lower-cased."""
    for attr in ("LOWER", "ORTH", "TEXT"):
        v = spec.get(attr)
        words = [v] if isinstance(v, str) else v.get("IN") if isinstance(v, dict) else None
        if words and all(isinstance(w, str) for w in words):
            return [haystack(w) for w in words]
    return None


def _token_prefilter(tokens: list) -> re.Pattern | None:
    """A regex the haystack must match for the token pattern to match anywhere: the
    words of its required tokens in order, with room between them for whitespace and
    one token per other token (spaCy's tokens hold no whitespace). None when a token
    repeats without a word to pin it (``*``/``+``), so there is no such bound.

    >>> bool(_token_prefilter([{"LOWER": "at"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "will"}]).search("is at-will"))
    True
    >>> bool(_token_prefilter([{"LOWER": "at"}, {"LOWER": "will"}]).search("at the end, you will"))
    False
    """
    parts = []
    for spec in tokens:
        op, words = spec.get("OP", "1"), _words(spec)
        if op in ("1", "+") and words:
            alts = "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"
            parts.append(alts if op == "1" else rf"{alts}(?:\s*{alts})*")
        elif op in ("?", "!", "1"):
            parts.append(r"(?:\S*\s*)")
        else:
            return None
    return re.compile(r"\s*".join(parts))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Extractor:
    """Runs a rulebook over documents. Build once; call ``findings`` per document."""

    def __init__(self, rulebook: Rulebook):
        from offercheck.normalize.registry import NORMALIZERS

        self.rulebook = rulebook
        self.normalizers = NORMALIZERS
        self._token_patterns = {f"{r.id}::{p.name}": (r, p) for r in rulebook.rules
                                for p in r.patterns if p.tokens is not None}
        self._token_filters = {k: _token_prefilter(p.tokens) for k, (r, p) in self._token_patterns.items()}
        self._matcher = None
        self._index: TextIndex | None = None
        self._views: tuple | None = None
        self._read: tuple | None = None

    def _matches(self, rules: list[Rule], text: str, spacy_doc_fn, index: TextIndex):
        """Every match of the rules' regexes, then of their token patterns: (rule, pattern,
        match span, value span, named groups)."""
        yield from self._regex_matches(rules, text, index)
        yield from self._token_matches(rules, spacy_doc_fn, index.hay)

    @staticmethod
    def _regex_matches(rules: list[Rule], text: str, index: TextIndex):
        for rule in rules:
            for pat in rule.patterns:
                if pat.regex is None or not pat.regex.may_match_in(index):
                    continue
                for m in pat.regex.finditer(text, index):
                    if m.end() == m.start():
                        continue
                    has_value = pat.group in m.re.groupindex and m.group(pat.group) is not None
                    vs, ve = m.span(pat.group) if has_value else m.span()
                    yield rule, pat, m.start(), m.end(), vs, ve, {k: v for k, v in m.groupdict().items() if v}

    def _token_matches(self, rules: list[Rule], spacy_doc_fn, hay: str):
        # spaCy (0.5 s to import) only when some token pattern's words are in the text, in order
        wanted_keys = {f"{r.id}::{p.name}" for r in rules for p in r.patterns if p.tokens}
        if not any(self._token_filters[k] is None or self._token_filters[k].search(hay) for k in wanted_keys):
            return
        from offercheck import nlp
        if self._matcher is None:
            self._matcher = nlp.make_matcher({k: rp[1].tokens for k, rp in self._token_patterns.items()})
        wanted = {r.id for r in rules}
        for key, s, e in nlp.token_matches(spacy_doc_fn(), self._matcher):
            rule, pat = self._token_patterns[key]
            if rule.id in wanted:
                yield rule, pat, s, e, s, e, {}

    def _text_of(self, document: Document) -> str:
        """The text the rules read: "$1OO,OOO" as $100,000 (evidence quotes it as written).
        Made once per document, so every pass over it shares its index and views."""
        if self._read is None or self._read[0] is not document:
            self._read = (document, with_digits(document.text))
        return self._read[1]

    def findings(self, document: Document, rules: list[Rule] | None = None,
                 doc_ctx: DocContext | None = None) -> list[Finding]:
        text = self._text_of(document)
        rules = self.rulebook.rules if rules is None else rules
        doc_ctx = doc_ctx or DocContext()
        if self._views is None or self._views[0].text is not text:
            # both passes over a document share its lines, sentences and headings
            self._views = (_Lines(text), _Sentences(text), _LazySections(text))
        lines, sents, sections = self._views
        cache: dict = {}
        near = _Near(text)

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
            elif cut_short(text, ve):  # "$1" of "$1OOx": never a smaller number
                continue
            else:
                fn = self.normalizers[pat.normalizer]
                value = fn(text[vs:ve], MatchContext(doc_ctx, text, vs, ve, ms, me, groups), **pat.params)
            if value is None:
                continue
            score, reasons, vetoed = pat.score, [], False
            for adj in pat.context:
                if near.found(adj, _window(adj, text, ms, me, lines, sents, sections)):
                    if adj.veto:
                        vetoed = True
                        reasons.append(Reason(f"vetoed by '{adj.name}'", -1.0))
                        break
                    score += adj.add
                    reasons.append(Reason(f"'{adj.name}' {adj.side}", adj.add))
            if vetoed:
                continue
            score = max(0.0, min(0.99, score))
            out.append(Finding(rule.field, value, (document.evidence(ms, me),), rule.id, pat.name,
                               pat.score, score, tuple(reasons)))
        return out
