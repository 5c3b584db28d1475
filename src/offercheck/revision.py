"""Two versions of an offer -> a DiffReport: the terms that changed (old value -> new
value, each with its quote and place), were added or were removed; the clauses whose
words changed (``clause_diff``); with expectations, which checks the revision met or
unmet and what is still open; the red flags raised or cleared.

It takes the two finished Reports (``api.diff_offers`` runs each letter through the
pipeline) and compares their typed values with ``values.value_key``: a term reworded but
worth the same is not a changed term (its clause may still show among the clauses). Every
sentence a view shows is worded here; the renderers (``render/revision.py``,
``render/json.py``) only lay them out.
"""
from __future__ import annotations

from dataclasses import dataclass
from offercheck import describe as d
from offercheck.clause_diff import ClauseChange, compare_clauses
from offercheck.confidence import UNSURE_BELOW, is_unsure
from offercheck.fields import FIELDS
from offercheck.model import CheckText, FlagText, Report, Term, TermRow
from offercheck.values import value_key

QUOTE_CHARS = 200


@dataclass(frozen=True)
class TermSide:
    """One version's reading of a term, in words and typed."""

    term: Term
    """The term (typed value, evidence, confidence), for the JSON view."""
    value: str
    """The value read for people, with the basis the letter gives ("£38,750 a year")."""
    quote: str
    """The sentence the value was read from, verbatim, on one line."""
    where: str
    """Page and clause of the quote ("p. 1, clause 5.1"), or ""."""
    clause: str | None
    """The clause number of the quote, where the letter numbers its clauses."""
    unsure: bool
    """The reading's confidence is below UNSURE_BELOW."""
    explain: tuple[str, ...] = ()
    """The trail for --explain: rule, pattern, score, reasons, runners-up (the report's)."""


@dataclass(frozen=True)
class TermChange:
    """A term that differs between the two versions."""

    field: str
    label: str
    """The field as the letters name it ("base salary", "CTC (total cost to company)")."""
    kind: str
    """"changed", "added" (only the new version states it) or "removed"."""
    old: TermSide | None
    new: TermSide | None
    sentence: str
    """The change in a line: "base salary: £38,750 a year → £41,000 a year"."""

    @property
    def unsure(self) -> bool:
        return any(side is not None and side.unsure for side in (self.old, self.new))


@dataclass(frozen=True)
class ClauseText:
    """A clause that changed, as the views show it."""

    change: ClauseChange
    kind: str
    """"changed", "added", "removed" or "moved"."""
    label: str
    """ "clause 5.1 (Pay)", "Base Salary", or the clause's first words."""
    where: str
    """ "p. 1, clause 5.1 → p. 1, clause 5.1", or one side's place for an added or removed clause."""
    pieces: tuple[tuple[str, str], ...]
    """("same" | "del" | "ins" | "gap", words), in reading order (see ClauseChange)."""
    terms: tuple[str, ...]
    """The changed terms quoted from this clause ("base salary",)."""


@dataclass(frozen=True)
class CheckChange:
    """One expectation checked against both versions."""

    old: CheckText
    new: CheckText
    kind: str
    """"now_met" (not met before, met now), "no_longer_met", "still_open" or "still_met"."""
    field: str
    before: str
    """The status before, in words ("NOT MET")."""
    now: str
    expected: str
    found_before: str
    found_now: str
    found: str
    """What the letters state: "£38,750 a year → £41,500 a year", or one value where the same."""
    change: str
    """The kind in words: "now met", "no longer met", "still open", "still met"."""
    where: str
    """Where the new version states it."""
    advice: tuple[tuple[str, str], ...]
    """What to ask or put as a question now (the new check's), for a check still open."""
    sentence: str
    """ "base salary: NOT MET → MET (£38,750 a year → £41,000 a year; expected at least £40,000 a year)" """


@dataclass(frozen=True)
class FlagChange:
    """A red flag one version raises and the other does not."""

    flag: FlagText
    kind: str
    """"raised" (by the new version) or "cleared"."""
    sentence: str
    """ "cleared: Non-compete clause" """
    quotes: tuple[tuple[str, str], ...]
    """(where, sentence) of what the flag quotes, in the version that has it."""


@dataclass(frozen=True)
class DiffReport:
    """Everything the views of ``offercheck diff`` show: every sentence worded."""

    old: Report
    new: Report
    title: str
    """ "offer-v1.pdf · PDF, 3 pages → offer-v2.docx · DOCX" """
    subtitle: str
    """The expectations file and the date the comparison is for."""
    summary: str
    """How many terms and clauses changed (and, with expectations, checks met)."""
    terms: tuple[TermChange, ...]
    same_terms: int
    """Terms both versions state with the same value."""
    clauses: tuple[ClauseText, ...]
    checks: tuple[CheckChange, ...]
    """One for each expectation, in the file's order; () without expectations."""
    flags: tuple[FlagChange, ...]
    notes: tuple[str, ...]
    today: str
    expectations_path: str | None
    exit_code: int
    """As a check of the new version: 1 where a must-have is not met there, else 0."""
    disclaimer: str

    @property
    def still_open(self) -> tuple[CheckChange, ...]:
        return tuple(c for c in self.checks if c.kind in ("still_open", "no_longer_met"))


# -- terms ---------------------------------------------------------------------------------


def _side(term: Term, row: TermRow, document) -> TermSide:
    piece = d.quoted_piece(term.field)
    evidence = term.evidence
    quote = d.sentence(document, evidence[piece], QUOTE_CHARS) if evidence else ""
    clause = d.clause_number(document, evidence[piece].start) if evidence else None
    return TermSide(term=term, value=row.value, quote=quote, where=d.where(evidence, document, piece),
                    clause=clause, unsure=is_unsure(term), explain=row.explain)


def _rows(report: Report) -> dict[str, TermRow]:
    return dict(zip(report.extraction.terms, report.text.terms.rows))


def _term_sentence(label: str, old: TermSide | None, new: TermSide | None) -> str:
    if old is None:
        line = f"{label}: added, {new.value}"
    elif new is None:
        line = f"{label}: removed (was {old.value})"
    else:
        line = f"{label}: {old.value} → {new.value}"
    unsure = [name for name, side in (("old", old), ("new", new)) if side is not None and side.unsure]
    if unsure:
        line += f" (unsure reading of the {' and '.join(unsure)} letter)"
    return line


def same_value(a, b) -> bool:
    """Whether two readings say the same: a list (benefits, conditions) whatever its order.

    >>> same_value(["health", "dental"], ("dental", "health")), same_value(["health"], ["dental"])
    (True, False)
    """
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return sorted(map(value_key, a)) == sorted(map(value_key, b))
    return value_key(a) == value_key(b)


def term_changes(old: Report, new: Report) -> tuple[tuple[TermChange, ...], int]:
    """The terms that differ, in the order of the fields, and how many are the same."""
    old_rows, new_rows = _rows(old), _rows(new)
    a_terms, b_terms = old.extraction.terms, new.extraction.terms
    out, same = [], 0
    for field in FIELDS:
        a, b = a_terms.get(field), b_terms.get(field)
        if a is None and b is None:
            continue
        if a is not None and b is not None and same_value(a.value, b.value):
            same += 1
            continue
        sa = _side(a, old_rows[field], old.extraction.document) if a is not None else None
        sb = _side(b, new_rows[field], new.extraction.document) if b is not None else None
        label = (new_rows.get(field) or old_rows[field]).field
        kind = "changed" if a is not None and b is not None else "added" if a is None else "removed"
        out.append(TermChange(field, label, kind, sa, sb, _term_sentence(label, sa, sb)))
    return tuple(out), same


# -- clauses -------------------------------------------------------------------------------


def _clause_text(change: ClauseChange, terms: tuple[TermChange, ...]) -> ClauseText:
    old, new = change.old, change.new
    clause = new or old
    if old is not None and new is not None:
        where = old.where + " → " + new.where if old.where != new.where else new.where
    else:
        where = clause.where
    quoted = [t.label for t in terms
              if (t.new is not None and new is not None and new.start <= t.new.term.evidence[-1].start < new.end)
              or (t.old is not None and old is not None and old.start <= t.old.term.evidence[-1].start < old.end)]
    return ClauseText(change=change, kind=change.kind, label=clause.label, where=where, pieces=change.pieces,
                      terms=tuple(dict.fromkeys(quoted)))


# -- checks and flags ----------------------------------------------------------------------


_KINDS = {(False, True): "now_met", (True, False): "no_longer_met", (False, False): "still_open",
          (True, True): "still_met"}
_KIND_WORDS = {"now_met": "now met", "no_longer_met": "no longer met", "still_open": "still open",
               "still_met": "still met"}


def check_changes(old: Report, new: Report) -> tuple[CheckChange, ...]:
    """Each expectation as the old version and the new one met it (the same file, so the
    same checks in the same order)."""
    out = []
    for a, b in zip(old.text.checks, new.text.checks):
        kind = _KINDS[(a.check.status == "met", b.check.status == "met")]
        found = f"{a.found} → {b.found}" if a.found != b.found else b.found
        status = f"{a.status} → {b.status}" if a.status != b.status else b.status
        sentence = f"{b.field}: {_KIND_WORDS[kind]}, {status} ({found}; expected {b.expected})"
        advice = tuple((k, v) for k, v in b.advice if k in ("Ask", "Question")) if kind != "still_met" else ()
        out.append(CheckChange(old=a, new=b, kind=kind, field=b.field, before=a.status, now=b.status,
                               expected=b.expected, found_before=a.found, found_now=b.found, found=found,
                               change=_KIND_WORDS[kind], where=b.where,
                               advice=advice, sentence=sentence))
    return tuple(out)


def flag_changes(old: Report, new: Report) -> tuple[FlagChange, ...]:
    """Flags the new version raises that the old did not, then those it cleared."""
    old_ids = {f.flag.id for f in old.text.flags}
    new_ids = {f.flag.id for f in new.text.flags}
    raised = [FlagChange(f, "raised", f"raised: {f.title}", f.quotes) for f in new.text.flags if f.flag.id not in old_ids]
    cleared = [FlagChange(f, "cleared", f"cleared: {f.title}", f.quotes)
               for f in old.text.flags if f.flag.id not in new_ids]
    return tuple(raised + cleared)


# -- the whole -----------------------------------------------------------------------------


def _count(items, kinds: tuple[str, ...], nouns: tuple[str, str]) -> str:
    counts = [(k, sum(i.kind == k for i in items)) for k in kinds]
    said = [f"{n} {k}" for k, n in counts if n]
    if not said:
        return f"No {nouns[1]} changed"
    first = said[0].split(" ", 1)
    head = f"{first[0]} {nouns[0] if first[0] == '1' else nouns[1]} {first[1]}"
    return ", ".join([head] + said[1:])


def summary(terms, same: int, clauses, checks) -> str:
    """One paragraph: the terms, the clauses and the checks, counted."""
    line = _count(terms, ("changed", "added", "removed"), ("term", "terms")) + f" ({same} the same). "
    line += _count(clauses, ("changed", "added", "removed", "moved"), ("clause", "clauses")) + "."
    if checks:
        counts = {k: sum(c.kind == k for c in checks) for k in _KIND_WORDS}
        line += (f" Expectations: {counts['now_met']} now met, {counts['no_longer_met']} no longer met, "
                 f"{counts['still_open'] + counts['no_longer_met']} open, {counts['still_met']} still met.")
    return line


NO_EXPECTATIONS = ("No expectations given: pass --expect FILE to see which of your checks the revision met "
                   "and what is still open.")
UNSURE = (f"A reading marked unsure (confidence below {UNSURE_BELOW:g}) may be misread: check it against "
          "the letter itself.")


def compare_reports(old: Report, new: Report) -> DiffReport:
    """The DiffReport of two checked versions of an offer (the same expectations, if any)."""
    terms, same = term_changes(old, new)
    clauses = tuple(_clause_text(c, terms) for c in compare_clauses(old.extraction.document, new.extraction.document))
    checks = check_changes(old, new)
    notes = []
    if old.expectations_path is None:
        notes.append(NO_EXPECTATIONS)
    if any(t.unsure for t in terms):
        notes.append(UNSURE)
    exp = f"expectations: {new.expectations_path}" if new.expectations_path else "no expectations file"
    return DiffReport(old=old, new=new, title=f"{old.text.title} → {new.text.title}",
                      subtitle=f"{exp} · today {new.today}", summary=summary(terms, same, clauses, checks),
                      terms=terms, same_terms=same, clauses=clauses, checks=checks, flags=flag_changes(old, new),
                      notes=tuple(notes), today=new.today, expectations_path=new.expectations_path,
                      exit_code=new.exit_code, disclaimer=d.DISCLAIMER)
