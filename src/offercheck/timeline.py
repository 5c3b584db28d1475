"""The dates that matter, from the finished terms: the deadline to accept, the start, the
end of probation and of a fixed term, the vesting cliff and its end, the day a repayment
window closes, and the earliest day notice can end the job.

Each event is computed from typed values (``date``, ``Duration``, ``Equity``) and carries
the evidence of the terms it comes from; nothing here reads the letter's text. A date
counted from a start date the letter does not give stays relative (``date`` None, ``after``
the Duration): it is never guessed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from offercheck.model import Evidence, Extraction, Term, TimelineEvent
from offercheck.values import Duration, Equity

KINDS = ("offer_expiry", "start", "probation_end", "fixed_term_end", "vesting_cliff", "vesting_end",
         "repayment_end", "notice_end")
"""Every kind of event, in the order of a day's events when two fall on the same day."""

def build_timeline(extraction: Extraction) -> tuple[TimelineEvent, ...]:
    """The events of one letter, dated ones in calendar order, then those without a day."""
    terms = extraction.terms
    internal = _internal(extraction)
    start = _dated(terms.get("start_date"))
    events = [_offer_expiry(terms.get("offer_expiry"), internal), _stated("start", start),
              _after_start("probation_end", start, terms.get("probation")),
              _fixed_term_end(terms, start, internal.get("_term_length")),
              *_vesting(terms.get("equity"), start, _dated(internal.get("_vesting_start"))),
              _repayment(terms, start, internal.get("_repay_within")),
              _notice_end(terms, start)]
    events = [e for e in events if e is not None]
    return tuple(sorted(events, key=_order))


def _order(e: TimelineEvent) -> tuple:
    """Dated events by day; then those relative to the start, by how long after it."""
    later = e.after.days() if e.date is None and isinstance(e.after, Duration) else 0.0
    return (e.date is None, e.date or dt.date.min, later, KINDS.index(e.kind))


def _internal(extraction: Extraction) -> dict[str, Term]:
    """The internal terms a timeline reads (a term's length, a repayment window, a vesting
    commencement date), resolved from the extraction's findings as derive resolves them."""
    from offercheck.resolve import resolve_scalars
    from offercheck.context import context_of, letter_date_term
    wanted = {"_term_length", "_repay_within", "_vesting_start", "_expiry_within"}
    internal = resolve_scalars([f for f in extraction.findings if f.field in wanted])
    dated = letter_date_term(context_of(extraction))  # the one reading of the letter's date
    return internal if dated is None else {**internal, "_letter_date": dated}


def letter_date(extraction: Extraction) -> dt.date | None:
    """The letter's own date, where it gives one (what a calendar file is stamped with)."""
    term = _dated(_internal(extraction).get("_letter_date"))
    return term.value if term is not None else None


def _dated(term: Term | None) -> Term | None:
    return term if term is not None and isinstance(term.value, dt.date) else None


def _stated(kind: str, term: Term | None) -> TimelineEvent | None:
    """A day the letter gives (or derive computed from days it gives)."""
    if _dated(term) is None:
        return None
    return TimelineEvent(kind, term.value, term.evidence, (term.field,), term.confidence)


def _offer_expiry(expiry: Term | None, internal: dict[str, Term]) -> TimelineEvent | None:
    """The deadline to accept: stated, or counted from the letter's date ("within 7 days of
    the date of this letter"), as derive counted it."""
    within, dated = internal.get("_expiry_within"), _dated(internal.get("_letter_date"))
    derived = expiry is not None and expiry.finding is not None and expiry.finding.rule == "derive.offer_expiry"
    if not derived or within is None or dated is None or not isinstance(within.value, Duration):
        return _stated("offer_expiry", expiry)
    return replace(_counted("offer_expiry", dated, "letter_date", within.value, [within]),
                   date=expiry.value, fields=("offer_expiry", "_letter_date", "_expiry_within"),
                   confidence=expiry.confidence)


def _add(day: dt.date | None, length: Duration, last_day: bool = False) -> dt.date | None:
    """``day`` + ``length`` (the day before, for the last day of a period), None past the calendar."""
    from offercheck.normalize.dates import add_duration, end_of_term
    if day is None:
        return None
    try:
        return (end_of_term if last_day else add_duration)(day, length)
    except (OverflowError, ValueError):
        return None


def _counted(kind: str, since: Term | None, since_name: str, length: Duration, sources: list[Term],
             last_day: bool = False) -> TimelineEvent:
    """An event ``length`` after the day ``since`` (relative only where the letter gives no day)."""
    terms = ([since] if since is not None else []) + sources
    day = since.value if since is not None else None
    # the evidence is the event's own terms': the day counted from is an event (or a line) of its own
    return TimelineEvent(kind, _add(day, length, last_day), _evidence(sources), tuple(t.field for t in terms),
                         min(t.confidence for t in terms), after=length, since=since_name, since_date=day,
                         last_day=last_day)


def _evidence(terms: list[Term]) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    for t in terms:
        out += [e for e in t.evidence if e not in out]
    return tuple(out)


def _after_start(kind: str, start: Term | None, length: Term | None) -> TimelineEvent | None:
    """Probation's end, or the earliest day notice given on the first day ends the job."""
    if length is None or not isinstance(length.value, Duration) or length.value.value <= 0:
        return None
    return _counted(kind, start, "start_date", length.value, [length])


def _notice_end(terms: dict[str, Term], start: Term | None) -> TimelineEvent | None:
    """The earliest day your notice, given on your first day, ends the job (at will, the job
    may end sooner: the event then names the at-will term too)."""
    event = _after_start("notice_end", start, terms.get("notice_employee"))
    at_will = terms.get("at_will")
    if event is None or at_will is None or at_will.value is not True:
        return event
    return replace(event, fields=event.fields + ("at_will",), evidence=event.evidence + at_will.evidence)


def _fixed_term_end(terms: dict[str, Term], start: Term | None, length: Term | None) -> TimelineEvent | None:
    """The last day of a fixed term: the end date (stated, or derived from the start and the
    term's length), or the length alone, relative to a start the letter does not give."""
    fixed = terms.get("fixed_term")
    if fixed is not None and fixed.value is False:
        return None
    end = _dated(terms.get("end_date"))
    if end is not None:
        derived = end.finding is not None and end.finding.rule == "derive.end_date"
        if derived and start is not None and length is not None and isinstance(length.value, Duration):
            return _counted("fixed_term_end", start, "start_date", length.value, [length], last_day=True)
        return _stated("fixed_term_end", end)
    if length is None or not isinstance(length.value, Duration) or start is not None:
        return None  # with a start date, derive would have given the end date
    return _counted("fixed_term_end", None, "start_date", length.value, [length], last_day=True)


def _vesting(equity: Term | None, start: Term | None, commencement: Term | None) -> list[TimelineEvent | None]:
    """The cliff and the last vesting day, counted from the vesting commencement (or grant)
    date where the letter gives one, else from the start date."""
    if equity is None or not isinstance(equity.value, Equity):
        return []
    since, name = (commencement, "vesting_start") if commencement is not None else (start, "start_date")
    out: list[TimelineEvent | None] = []
    for kind, months in (("vesting_cliff", equity.value.cliff_months), ("vesting_end", equity.value.vesting_months)):
        if months is not None and months > 0:
            out.append(_counted(kind, since, name, Duration(Decimal(months), "month"), [equity]))
    return out


def _repayment(terms: dict[str, Term], start: Term | None, within: Term | None) -> TimelineEvent | None:
    """The day a window to repay a signing bonus, a move's costs or the like closes (the
    clawback clause and its period): leave before it, repay. Counted from the start date."""
    clawback = terms.get("clawback")
    if clawback is None or clawback.value is not True or within is None or not isinstance(within.value, Duration) \
            or within.value.value <= 0:
        return None
    # the clause says what is repaid (a bonus, a move's costs, training): the letter's other
    # payments are not quoted beside it, which would suggest they are the money meant
    return _counted("repayment_end", start, "start_date", within.value, [clawback, within])
