"""Every example of every rule is a test: ids ``<rule-id>::<example>``.

A ``match`` example must give, as the rule's best finding, exactly that evidence text
(and ``value`` where given); a ``match: null`` example must give nothing; a ``todo``
example is a known gap, run as a strict xfail.

A flag rule's example runs the whole pipeline (extraction, then the flag stage, on
FLAG_TODAY): a ``match`` example must raise the flag with that text as its first
evidence (and that ``title`` where given); a ``match: null`` example must not raise it.
"""
from __future__ import annotations

import datetime as dt

import pytest

from offercheck.api import _extractor, extract_document
from offercheck.flags import find_flags
from offercheck.context import CONTEXT_FIELDS, DocContext, doc_context
from offercheck.document import DocumentBuilder
from offercheck.render.json import term_value
from offercheck.resolve import _term
from offercheck.fields import LIST_FIELDS

EXTRACTOR = _extractor(())
CONTEXT_RULES = [r for r in EXTRACTOR.rulebook.rules if r.field in CONTEXT_FIELDS]
FLAG_TODAY = dt.date(2025, 3, 5)
CASES = [pytest.param(rule, ex, id=f"{rule.id}::{ex.name}",
                      marks=[pytest.mark.xfail(strict=True, reason=str(ex.todo))] if ex.todo else [])
         for rule in EXTRACTOR.rulebook.rules for ex in rule.examples]


def _doc(text: str):
    b = DocumentBuilder()
    b.add(text, sep="")
    return b.build("example.txt", "txt")


def _context(doc) -> DocContext:
    """An example is read as the pipeline reads a letter: in the light of the facts its
    own text gives (a country, the letter's date). One that gives no country is read as a
    snippet, where a bare "$" is US dollars."""
    ctx = doc_context(EXTRACTOR.findings(doc, CONTEXT_RULES))
    return ctx if ctx.jurisdiction else DocContext(letter_date=ctx.letter_date)


@pytest.mark.parametrize("rule,example", CASES)
def test_rule_example(rule, example):
    doc = _doc(example.text)
    if rule.flag is not None:
        return _flag_example(rule, example, doc)
    findings = [f for f in EXTRACTOR.findings(doc, [rule], _context(doc)) if f.score >= 0.5]
    if example.match is None:
        assert findings == [], f"should not match, got {[f.evidence[0].text for f in findings]}"
        return
    assert findings, "no match"
    if rule.field in LIST_FIELDS:  # one value per finding: the example names one of them
        hits = [f for f in findings if f.evidence[0].text == example.match]
        assert hits, f"no finding with {example.match!r}: {[f.evidence[0].text for f in findings]}"
        assert not example.has_value or hits[0].value == example.value
        return
    term = _term(rule.field, findings)
    best = term.finding
    assert best.evidence[0].text == example.match
    ev = best.evidence[0]
    assert doc.text[ev.start:ev.end] == ev.text  # evidence is a verbatim slice
    if example.has_value:
        got = term_value(term) if not isinstance(term.value, list) else best.value
        if isinstance(example.value, dict) and isinstance(got, dict):
            got = {k: got.get(k) for k in example.value}
        if isinstance(example.value, float) or isinstance(got, float):
            assert float(got) == pytest.approx(float(example.value))
        else:
            assert got == example.value


def _flag_example(rule, example, doc):
    flags = [f for f in find_flags(extract_document(doc), FLAG_TODAY) if f.id == rule.flag.id]
    if example.match is None:
        assert flags == [], f"should not raise {rule.flag.id}, got {[f.title for f in flags]}"
        return
    assert flags, f"{rule.flag.id} not raised"
    flag = flags[0]
    assert flag.evidence[0].text == example.match
    assert all(doc.text[e.start:e.end] == e.text for e in flag.evidence)  # evidence is a verbatim slice
    assert not example.has_value or flag.title == example.value
    assert flag.why and flag.suggestion


def test_every_rule_has_positive_and_negative_examples():
    for rule in EXTRACTOR.rulebook.rules:
        assert any(e.match for e in rule.examples), rule.id
        assert any(e.match is None for e in rule.examples), rule.id


def test_every_pattern_has_a_matching_example():
    """Each pattern earns its place by a match-example it finds itself (a known gap, a
    ``todo``, does not count): a pattern no example reaches is untested."""
    missing = []
    for rule in EXTRACTOR.rulebook.rules:
        found = {f.pattern for e in rule.examples if e.match and not e.todo
                 for f in EXTRACTOR.findings(_doc(e.text), [rule]) if f.score >= 0.5}
        missing += [f"{rule.id}::{p.name}" for p in rule.patterns if p.name not in found]
    assert not missing, f"patterns with no match-example of their own: {missing}"
