"""The only module that imports spaCy. A blank English pipeline (no model download)
with a sentencizer (for ``IS_SENT_START`` in token patterns; the context windows take
their sentences from :mod:`offercheck.sentences`), and a token Matcher built from the
rules' ``tokens:`` patterns.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def longest_matcher(label: str, patterns: list[list[dict]]):
    """A spaCy Matcher of several token patterns under one label, keeping the longest of
    overlapping matches (for names: "Acme Widgets, Inc." rather than "Widgets, Inc.")."""
    from spacy.matcher import Matcher

    matcher = Matcher(pipeline().vocab, validate=True)
    matcher.add(label, patterns, greedy="LONGEST")
    return matcher


def tokens(text: str):
    """The text as spaCy tokens (the tokenizer only: no other component runs)."""
    return pipeline().make_doc(text)


def make_matcher(token_patterns: dict[str, list]):
    """A spaCy Matcher over {key: token pattern}; keys are 'rule-id::pattern-name'."""
    from spacy.matcher import Matcher

    matcher = Matcher(pipeline().vocab, validate=True)
    for key, pattern in token_patterns.items():
        matcher.add(key, [pattern])
    return matcher


@lru_cache(maxsize=2)
def parse(text: str):
    """The parsed text; a document's two rule passes and its token patterns share one parse."""
    return pipeline()(text)


def token_matches(doc, matcher) -> list[tuple[str, int, int]]:
    """(key, start_char, end_char) for every match, longest first where they share a start."""
    out = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        out.append((doc.vocab.strings[match_id], span.start_char, span.end_char))
    return out
