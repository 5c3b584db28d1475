"""Organisation names as typed candidates, found once per document with spaCy's Matcher.

A letter names its employer in the letterhead, the opening ("On behalf of Acme Widgets,
Inc., ..."), the parties ("between Acme Widgets Pty Ltd (the "Company") and ..."), or
the signature block ("For and on behalf of ACME WIDGETS LIMITED"), and often in no
sentence a rule would read as "the employer is". Token patterns are the right tool for
a name: a run of capitalised tokens (with "&", "of", "and" inside) closed by a legal
suffix ("Inc.", "Pvt. Ltd.", "Pty Ltd", "LLC", "GmbH") or an institution's word
("University of ...", "... College", "... School").

Each candidate is scored by the places it stands in; the best fills ``employer`` where
the rules found none, or completes a rule's capture that is only its tail ("Buying, Inc."
of "Finlay Merchandising & Buying, Inc."). Only paragraphs holding a suffix or an
institution word are tokenized, so a long contract costs little.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from offercheck.model import Evidence, Finding, Reason, Term
from offercheck.normalize.registry import HONORIFICS

SUFFIXES = ("inc", "inc.", "incorporated", "llc", "l.l.c.", "ltd", "ltd.", "limited", "corp", "corp.",
            "corporation", "company", "co.", "plc", "llp", "l.p.", "lp", "pty", "gmbh", "ag", "b.v.", "bv",
            "n.v.", "s.a.", "sa", "sdn", "bhd", "bhd.", "pte", "pte.", "pvt", "pvt.", "private", "partners",
            "dac", "clg", "ulc", "fze")
INSTITUTIONS = ("university", "college", "school", "hospital", "institute", "council", "academy", "trust",
                "foundation", "polytechnic")
_PREFILTER = re.compile(r"(?i)\b(?:" + "|".join(re.escape(s.rstrip(".")) for s in SUFFIXES + INSTITUTIONS) + r")\b")
GENERIC = {"the", "this", "that", "such", "any", "our", "your", "its", "parent", "group", "holding", "operating",
           "successor", "affiliated", "subsidiary", "member", "new", "other", "each", "a", "an", "said",
           "employing", "participating", "insurance", "and", "of", "&", "high", "secondary", "medical"}

# Where a name stands that makes it the employer, and how much each place counts
PLACES = (
    ("on behalf of", re.compile(r"(?i)\b(?:on\s+behalf\s+of|for\s+and\s+on\s+behalf\s+of|for)\s*[:,]?\s*$"), 0.25),
    ("the parties", re.compile(r"(?i)\b(?:between|by\s+and\s+between)\s*[:,]?\s*$"), 0.25),
    ("a join or offer", re.compile(r"(?i)\b(?:join(?:ing)?|employment\s+with|position\s+(?:at|with)|offer\s+(?:you\s+)?"
                                   r"(?:employment\s+)?(?:at|with)|employed\s+by|role\s+(?:at|with)|welcome\s+to)"
                                   r"\s+(?:the\s+)?$"), 0.2),
    ("defined as the employer", re.compile(r"(?i)^[\s,]*\(?\s*(?:hereinafter\s+)?(?:referred\s+to\s+as\s+)?(?:the\s+)?"
                                            r"[\"“”']\s*(?:company|employer|corporation)\b"), 0.3),
)
SIGNATURE = re.compile(r"(?i)\b(?:yours\s+(?:sincerely|faithfully|truly)|sincerely|regards|very\s+truly\s+yours)\b")
_DESCRIPTION = re.compile(r"(?i)\ban?\s+$")
MIN_SCORE = 0.55


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _matcher():
    from offercheck import nlp

    # no "of" or "and" inside (except "University of ..."): "Analyst of Acme, Inc." is no name
    name_token = {"TEXT": {"REGEX": r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|&|['’]s)$"}}
    # a name begins with a capitalised word that is not a sentence's opening word
    first = {"TEXT": {"REGEX": r"^(?!(?:The|This|That|Our|Your|Dear|Between|And|Each|Any|Such|For|On|At|By|With|"
                               r"Of|In|To|As|If|All|Your|Its|A|An)$)[A-ZÀ-ÖØ-Þ][\w'’.\-]*$"}}
    capital = {"TEXT": {"REGEX": r"^[A-ZÀ-ÖØ-Þ][\w'’.\-]*$"}}
    suffix = {"LOWER": {"IN": list(SUFFIXES)}}
    dot = {"ORTH": ".", "OP": "?"}
    return nlp.longest_matcher("ORG", [
        [first, name_token | {"OP": "{0,7}"}, {"ORTH": ",", "OP": "?"}, suffix, dot,
         {"LOWER": {"IN": ["ltd", "ltd.", "limited", "bhd", "bhd.", "inc", "inc."]}, "OP": "?"}, dot],
        [first, name_token | {"OP": "{0,7}"}, {"LOWER": {"IN": list(INSTITUTIONS)}}],
        # a name in capitals ending "CO." (the tokenizer splits the dot off): two or more words
        # before it, so that a town and a state ("Boulder CO.") is no company
        [{"IS_UPPER": True, "IS_ALPHA": True}, {"IS_UPPER": True, "OP": "{1,6}"}, {"ORTH": "CO"}, {"ORTH": "."}],
        [{"LOWER": {"IN": list(INSTITUTIONS)}, "IS_TITLE": True}, {"LOWER": "of"}, capital, capital | {"OP": "?"}],
    ])


def org_candidates(text: str) -> list[Candidate]:
    """Every organisation-like name in the text, in order, longest where they overlap."""
    from offercheck import nlp

    out: list[Candidate] = []
    for lo, hi in _pieces(text):
        piece = text[lo:hi]
        doc = nlp.tokens(piece)
        spans = sorted((doc[s:e] for _, s, e in _matcher()(doc)), key=lambda sp: (sp.start_char, -len(sp)))
        last = -1
        for sp in spans:
            if sp.start_char < last:
                continue
            words = [t.lower_ for t in sp if t.is_alpha]
            if all(w in GENERIC or w in SUFFIXES or w in INSTITUTIONS for w in words):  # "The Company"
                continue
            if _DESCRIPTION.search(piece[:sp.start_char]):  # "a Delaware corporation" describes
                continue
            last = sp.end_char
            out.append(Candidate(sp.text, lo + sp.start_char, lo + sp.end_char))
    return out


PIECE = 400
"""Characters read on either side of a suffix in a paragraph longer than ``2 * PIECE``: a
name is short, and a 500,000-character paragraph must not be tokenized whole."""


def _pieces(text: str):
    """(start, end) of each paragraph holding a suffix or an institution word; within a
    long paragraph, of the stretches around those words (merged where they overlap)."""
    pos = 0
    for para in text.split("\n"):
        hits = [m.start() for m in _PREFILTER.finditer(para)]
        if hits and len(para) <= 2 * PIECE:
            yield pos, pos + len(para)
        elif hits:
            lo, hi = max(0, hits[0] - PIECE), min(len(para), hits[0] + PIECE)
            for h in hits[1:]:
                if h - PIECE > hi or hi - lo > 8 * PIECE:  # apart, or a stretch long enough
                    yield pos + lo, pos + hi
                    lo = max(0, h - PIECE)
                hi = min(len(para), h + PIECE)
            yield pos + lo, pos + hi
        pos += len(para) + 1


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9&]+", " ", name.lower()).strip()


def employer_candidate(text: str) -> tuple[Candidate, float, tuple[Reason, ...]] | None:
    """The organisation most likely the employer, its score and the reasons, or None."""
    cands = org_candidates(text)
    if not cands:
        return None
    by_name: dict[str, list[Candidate]] = {}
    for c in cands:
        by_name.setdefault(_key(c.text), []).append(c)
    head_end = _letterhead_end(text)
    tail_start = next((m.end() for m in SIGNATURE.finditer(text)), len(text))
    best = None
    for key, occ in by_name.items():
        others = [other for k, other in by_name.items() if k != key]
        reasons = [*_place_reasons(occ, text), *_position_reasons(occ, head_end, tail_start, text),
                   *_repeat_reasons(occ, others)]
        score = 0.3 + sum(r.delta for r in reasons)
        lead = max(occ, key=lambda c: len(c.text))
        if best is None or score > best[1]:
            best = (lead, score, tuple(reasons))
    return best if best[1] >= MIN_SCORE else None


def _letterhead_end(text: str) -> int:
    """Where the letterhead ends: the first lines, where they are short (a name, an
    address), not sentences."""
    head_end = 0
    for line in text.split("\n")[:3]:
        if len(line.split()) > 8:
            break
        head_end += len(line) + 1
    return head_end


def _place_reasons(occ: list[Candidate], text: str) -> list[Reason]:
    """A reason for each of PLACES where some occurrence of the name stands."""
    def near(what: str, c: Candidate) -> str:
        return text[c.end:c.end + 40] if what == "defined as the employer" else text[max(0, c.start - 40):c.start]
    return [Reason(f"'{what}'", add) for what, rx, add in PLACES if any(rx.search(near(what, c)) for c in occ)]


def _position_reasons(occ: list[Candidate], head_end: int, tail_start: int, text: str = "") -> list[Reason]:
    reasons = []
    if any(c.start < head_end for c in occ):
        reasons.append(Reason("'the letterhead'", 0.15))
        if any(not text[:c.start].strip() and text[c.end:].split("\n", 1)[0].strip() == "" for c in occ):
            reasons.append(Reason("'the letter's first line, whole'", 0.15))
    signing = [c for c in occ if tail_start <= c.start < tail_start + 400]
    if signing:
        reasons.append(Reason("'the signature block'", 0.15))
    # "Yours sincerely, / Ann Lee / Partner / Lee & Co.": the line under the signatory's name
    if any(text[:c.start].endswith("\n") for c in signing):
        reasons.append(Reason("'a line of its own under the signatory'", 0.1))
    return reasons


def _repeat_reasons(occ: list[Candidate], others: list[list[Candidate]]) -> list[Reason]:
    """How often the name stands, and whether it stands at least twice as often as any other."""
    if len(occ) <= 1:
        return []
    reasons = [Reason(f"'named {len(occ)} times'", round(0.15 * math.log(len(occ)), 2))]
    if all(len(occ) >= 2 * len(other) for other in others):
        reasons.append(Reason("'the name the letter uses most'", 0.1))
    return reasons


def needs_names(terms: dict[str, Term], text: str) -> bool:
    """Whether the candidates can change anything: the rules found no employer, or their
    capture has capitalised words right before or after it in the text ("Finlay Merchandising &
    Buying, Inc." read as "Buying, Inc.", "Tern Valley Credit Union Limited" as "Tern Valley").
    Else spaCy is not loaded at all (half a second)."""
    current = terms.get("employer")
    if current is None:
        return True
    name = re.escape(str(current.value))
    return re.search(r"[A-Z][\w'’.\-]*[ \t]*&?[ \t]*" + name + r"|" + name + r"[ \t]+[A-Z]", text) is not None


def fill_employer(terms: dict[str, Term], document) -> dict[str, Term]:
    """``employer`` from the best organisation candidate where the rules found none, or where
    the rules' capture is only the end of that candidate's name."""
    if not needs_names(terms, document.text):
        return terms
    found = employer_candidate(document.text)
    if found is None:
        return terms
    cand, score, reasons = found
    current = terms.get("employer")
    if current is not None:
        mine, theirs = _key(cand.text), _key(str(current.value))
        if not (theirs and (mine.endswith(theirs) or mine.startswith(theirs + " ")) and len(mine) > len(theirs) + 3):
            return terms

    ev = document.evidence(cand.start, cand.end)
    value = document.text[ev.start:ev.end]
    finding = Finding("employer", value, (ev,), "names.employer", "organisation-candidate", 0.3,
                      round(min(0.9, score), 2), reasons)
    out = dict(terms)
    out["employer"] = Term("employer", value, (ev,), finding.score, finding, ())
    return out


_HONORIFIC_LINE = re.compile(r"(?m)^[ \t]*(?i:" + HONORIFICS + r")\.?[ \t]+"
                             r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’\-]+\.?(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|van|de|der|da|di|von|bin|binti|Ní|Nic|Mac|Ó)){1,4})"
                             r"[ \t]*(?:,[ \t]*[^\n,]{1,40})?[ \t]*,?[ \t]*$")  # a degree after a comma: "..., B.Sc. Nursing"
_SALUTATION = re.compile(r"(?m)^[ \t]*(?:Dear|Hi|Hello)[ \t]+(?:(?:" + HONORIFICS + r")\.?[ \t]+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w'’\-]+)[ \t]*[,:!]")
HEAD_CHARS = 1500
"""How far into a letter its addressee is looked for."""


def addressee_candidate(text: str) -> tuple[int, int] | None:
    """(start, end) of the addressee's name in a letter's head: a line that is only an
    honorific and a name ("Mr. Rafael Lindstrom"), or a line before the salutation that
    begins with the name the salutation uses ("Yesenia Ruiz-Albrecht" above "Dear Yesenia,").

    >>> s, e = addressee_candidate("Acme Ltd\\n2 May 2027\\nPuan Nur Aisyah binti Rahman\\nJalan Ampang\\n\\nDear Puan Nur,\\nWe")
    >>> "Acme Ltd\\n2 May 2027\\nPuan Nur Aisyah binti Rahman\\nJalan Ampang\\n\\nDear Puan Nur,\\nWe"[s:e]
    'Nur Aisyah binti Rahman'
    >>> t = "Date: 3/1/2027\\nMs. Leela Thomas, M.Sc. Nursing\\nKottayam\\nDear Ms. Leela,\\nWe"
    >>> s, e = addressee_candidate(t); t[s:e]
    'Leela Thomas'
    >>> s, e = addressee_candidate("Acme Ltd\\nMarch 1, 2027\\n\\nTomas Brandt-Ito\\nby email\\n\\nDear Tomas,\\nWe")
    >>> "Acme Ltd\\nMarch 1, 2027\\n\\nTomas Brandt-Ito\\nby email\\n\\nDear Tomas,\\nWe"[s:e]
    'Tomas Brandt-Ito'
    >>> t = "Acme Labs, Inc.\\nJuly 2, 2027\\nPriya Okafor-Lund\\nvia e-mail\\nHi Priya,\\nWe're glad"
    >>> s, e = addressee_candidate(t); t[s:e]
    'Priya Okafor-Lund'
    """
    head = text[:HEAD_CHARS]
    dear = _SALUTATION.search(head)
    # the letter's body begins at a line of running prose: eight words or more, five in lower case
    first_sentence = next((m for m in re.finditer(r"(?m)^.*$", head)
                           if len(m.group().split()) >= 8 and sum(w[:1].islower() for w in m.group().split()) >= 5), None)
    cut = dear.start() if dear else (first_sentence.start() if first_sentence else len(head))
    m = _HONORIFIC_LINE.search(head, 0, cut)
    if m:
        return m.start("name"), m.end("name")
    if not dear:
        return None
    first = re.escape(dear.group("name"))
    line = re.search(r"(?m)^[ \t]*(?P<name>" + first + r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?){1,3})[ \t]*,?[ \t]*$",
                     head[:dear.start()])
    return (line.start("name"), line.end("name")) if line else None


def fill_employee(terms: dict[str, Term], document) -> dict[str, Term]:
    """``employee`` from the addressee lines where the rules found none, or where what they
    found is the letterhead's first line or the employer's name."""
    current = terms.get("employee")
    if current is not None and not _is_letterhead_or_employer(str(current.value), terms, document.text):
        return terms
    span = addressee_candidate(document.text)
    if span is None:
        return terms
    from offercheck.normalize.registry import person_v1
    value = person_v1(document.text[span[0]:span[1]], None)
    if not value:
        return terms
    ev = document.evidence(*span)
    finding = Finding("employee", value, (ev,), "names.employee", "addressee-line", 0.3, 0.75,
                      (Reason("'the addressee of the letter'", 0.45),))
    return {**terms, "employee": Term("employee", value, (ev,), finding.score, finding, ())}


def _is_letterhead_or_employer(name: str, terms: dict[str, Term], text: str) -> bool:
    employer = terms.get("employer")
    first_line = text.lstrip().split("\n", 1)[0].strip()
    return _key(name) in {_key(first_line), _key(str(employer.value)) if employer is not None else None}
