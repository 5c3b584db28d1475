"""The law where the job is: which law packs apply to a letter, and the red flags for terms
below a legal minimum (or a clause the law voids), each citing its law.

Where the job is comes from the candidate (``--jurisdiction``, or ``defaults:
{jurisdiction: ...}`` in the expectations), else from the letter: the country the context
pass weighed (its ``_jurisdiction`` findings), and the region a pack's ``signals`` find in
those findings, the place of work and the governing law. When it cannot be told, nothing
is checked against the law and the report says so. Packs and the flags' wording are data
(``offercheck.lawpack``); this module only compares the resolved terms with them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from offercheck.confidence import is_unsure
from offercheck.context import doc_context
from offercheck.describe import human, sentence
from offercheck.flag_checks import UNEVEN
from offercheck.lawpack import Fact, LawPack, find_pack, load_packs, load_wording
from offercheck.model import Evidence, Extraction, Flag, LawRef, Term
from offercheck.values import Covenant, Duration, Money, per_year

NOT_ADVICE = "Not legal advice: confirm with an adviser or the official source."
STALE_AFTER_DAYS = 365
"""A pack older than this (by its as_of) is used with a warning."""
COUNTRY_NAMES = {"US": "the United States", "UK": "the United Kingdom", "CA": "Canada", "IN": "India",
                 "AU": "Australia", "NZ": "New Zealand", "SG": "Singapore", "IE": "Ireland",
                 "PH": "the Philippines", "NL": "the Netherlands", "DE": "Germany", "MY": "Malaysia",
                 "AE": "the United Arab Emirates", "ZA": "South Africa", "HK": "Hong Kong", "FR": "France",
                 "JP": "Japan", "KE": "Kenya", "NG": "Nigeria"}
REGION_WORD = {"US": "state", "CA": "province"}
SET_IT = ("set it with --jurisdiction or `defaults: {{jurisdiction: ...}}` in your expectations "
          "(known: {known})")
# pto_days patterns that already took England and Wales' 8 bank holidays out of a total
SUBTRACTED_8 = {"including-bank-holidays", "bank-holidays-counted-in", "weeks-including-bank-holidays"}
HOLIDAYS_INCLUDED = re.compile(r"\b(?:includ\w*|inclusive\s+of)\b[^.]{0,30}?\b(?:public|bank|statutory)\s+holidays",
                               re.I)


@dataclass(frozen=True)
class Place:
    """Where the job is, as far as the law is concerned."""

    packs: tuple[LawPack, ...]
    """The packs checked (a state's with the federal one); empty: nothing is checked."""
    note: str
    """The report's sentence on it, with its evidence or why it could not be told."""
    evidence: tuple[Evidence, ...] = ()


# -- where the job is ----------------------------------------------------------------------


def _with_companions(pack: LawPack, packs: dict[str, LawPack]) -> tuple[LawPack, ...]:
    return (pack,) + tuple(packs[p] for p in pack.applies_with)


def _packs_line(chosen: tuple[LawPack, ...]) -> str:
    return " and ".join(f"{p.name} (as of {p.as_of.isoformat()})" for p in chosen)


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"


def where(extraction: Extraction, override: str | None = None,
          packs: dict[str, LawPack] | None = None) -> Place:
    """The packs that apply to the letter and the sentence that says why."""
    packs = packs if packs is not None else load_packs()
    if override:
        pack = find_pack(override, packs)
        if pack is None:  # the CLI and the expectations loader refuse an unknown name first
            return Place((), f"Where the job is: “{override}” is not a jurisdiction offercheck knows, so nothing "
                             f"was checked against the law.")
        chosen = _with_companions(pack, packs)
        return Place(chosen, f"Where the job is: {pack.name}, as you set it. Checked against the law of "
                             f"{_packs_line(chosen)}. {NOT_ADVICE}")
    return _from_letter(extraction, packs)


PLACE_WEIGHT, LAW_WEIGHT = 3, 2
"""The place of work counts most, then the governing law, then each other mention (1)."""


def _signals(extraction: Extraction, country: str) -> list[tuple[Evidence, int]]:
    """The places the letter names, each with its weight: the place of work, the governing
    law, and each place or currency the context pass found."""
    out = [(f.evidence[0], 1) for f in extraction.findings
           if f.field == "_jurisdiction" and f.value == country and f.evidence]
    for field, weight in (("location", PLACE_WEIGHT), ("governing_law", LAW_WEIGHT)):
        t = extraction.terms.get(field)
        if t is not None and t.evidence:
            out.append((t.evidence[0], weight))
    return out


def _region(regions: list[LawPack], signals: list[tuple[Evidence, int]]) -> tuple[LawPack | None, tuple]:
    """The one region the signals point to most (None on a tie or none), with its evidence.
    Where the letter states a place of work or a governing law, the region must be one of
    them: a head office's address elsewhere does not move the job."""
    scored = []
    for pack in regions:
        hits = sorted(((e, w) for e, w in signals if pack.signals.search(e.text)), key=lambda h: -h[1])
        if hits:
            scored.append((sum(w for _, w in hits), pack, tuple(e for e, _ in hits), hits[0][1]))
    scored.sort(key=lambda s: -s[0])
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None, ()
    stated = any(w > 1 for _, w in signals)
    if stated and scored[0][3] == 1:
        return None, ()
    return scored[0][1], scored[0][2]


def _country_pack(country: str, packs: dict[str, LawPack], signals) -> LawPack | None:
    """The country's own pack, unless the letter places the job where it does not reach."""
    base = next((p for p in packs.values() if p.country == country and p.region is None), None)
    if base is not None and base.excluded_by is not None and any(base.excluded_by.search(e.text) for e, _ in signals):
        return None
    return base


def _from_letter(extraction: Extraction, packs: dict[str, LawPack]) -> Place:
    found = [f for f in extraction.findings if f.field == "_jurisdiction"]
    country = doc_context(found).jurisdiction
    known = ", ".join(sorted(packs))
    if country is None:
        return Place((), "Where the job is: the letter does not say clearly, so nothing was checked against the "
                         "law; " + SET_IT.format(known=known) + ".")
    signals = _signals(extraction, country)
    best = max((f for f in found if f.value == country), key=lambda f: f.score)
    seen = f"{COUNTRY_NAMES.get(country, country)}, from {_quote(best.evidence[0].text)}"
    region, evidence = _region([p for p in packs.values() if p.country == country and p.signals], signals)
    if region is not None:
        chosen = _with_companions(region, packs)
        return Place(chosen, f"Where the job is: {region.name}, from the letter ({_quote(evidence[0].text)}). "
                             f"Checked against the law of {_packs_line(chosen)}. {NOT_ADVICE}", evidence)
    base = _country_pack(country, packs, signals)
    if base is None:
        part = REGION_WORD.get(country)
        regional = any(p.country == country for p in packs.values())
        why = (f"not in a {part} offercheck has a law pack for (or not which one)" if part and regional
               else "where offercheck has no law pack")
        return Place((), f"Where the job is: {seen}, but {why}, so nothing was checked against the law; "
                         + SET_IT.format(known=known) + ".", best.evidence)
    chosen = _with_companions(base, packs)
    part = f" (the {REGION_WORD[country]} could not be told, so only {base.name} law)" if country in REGION_WORD else ""
    return Place(chosen, f"Where the job is: {seen}{part}. Checked against the law of {_packs_line(chosen)}. "
                         f"{NOT_ADVICE}", best.evidence)


# -- the checks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Shortfall:
    """What a check found: the evidence and the words for the flag's placeholders."""

    evidence: tuple[Evidence, ...]
    letter: str
    minimum: str
    severity: str | None = None


def _sure(extraction: Extraction, field: str) -> Term | None:
    """The term, if the letter states it and the reading is not unsure."""
    t = extraction.terms.get(field)
    return t if t is not None and t.value is not None and not is_unsure(t) else None


def _part_time(extraction: Extraction) -> bool:
    t = extraction.terms.get("employment_type")
    return t is not None and t.value == "part_time"


def _days(n: Decimal) -> str:
    return f"{human(n)} day" + ("" if n == 1 else "s")


def _after(fact: Fact) -> str:
    return f" (after {fact.after} of service)" if fact.after else ""


def leave_besides_holidays(term: Term, fact: Fact, document=None) -> Decimal:
    """The letter's paid leave besides public holidays. The extraction takes England and
    Wales' 8 bank holidays out of a total that includes them; another count is put right
    here, and a total whose sentence includes public holidays without a number loses the
    pack's count (as the report's words on the term read that sentence)."""
    v, count = term.value, fact.public_holidays_count
    pattern = term.finding.pattern if term.finding is not None else ""
    if pattern in SUBTRACTED_8:
        return v + 8 - (count if count is not None else 8)
    if pattern == "including-n-public-holidays" or not term.evidence:
        return v
    around = sentence(document, term.evidence[0], 400) if document is not None else term.evidence[0].text
    return v - (count or 0) if HOLIDAYS_INCLUDED.search(around) else v


def annual_leave_need(fact: Fact) -> Decimal:
    """The least paid leave besides public holidays that meets the fact."""
    counted = fact.public_holidays == "counted"
    return fact.value - (fact.public_holidays_count or 0) if counted else fact.value


def _annual_leave(ex: Extraction, fact: Fact, today: dt.date) -> list[Shortfall]:
    t = _sure(ex, "pto_days")
    if t is None or not isinstance(t.value, Decimal) or _part_time(ex):
        return []
    days = leave_besides_holidays(t, fact, ex.document)
    if days >= annual_leave_need(fact):
        return []
    if fact.public_holidays == "counted":
        count = fact.public_holidays_count or 0
        letter = f"{_days(days)} plus {count} public holidays ({human(days + count)} in all)"
        minimum = f"{_days(fact.value)} a year, public holidays included{_after(fact)}"
    else:
        letter = f"{_days(days)} besides public holidays"
        minimum = f"{_days(fact.value)} a year besides public holidays{_after(fact)}"
    return [Shortfall(t.evidence, letter, minimum)]


def _sick_leave(ex: Extraction, fact: Fact, today: dt.date) -> list[Shortfall]:
    t = _sure(ex, "sick_days")
    if t is None or not isinstance(t.value, Decimal) or _part_time(ex) or t.value >= fact.value:
        return []
    return [Shortfall(t.evidence, f"{_days(t.value)} a year", f"{_days(fact.value)} a year{_after(fact)}")]


HOURS_LIMIT = {"maximum": ("a maximum of {v} hours a week", "medium"),
               "average": ("an average of at most {v} hours a week", "medium"),
               "ordinary": ("{v} ordinary hours a week plus reasonable additional hours", "low")}


def _weekly_hours(ex: Extraction, fact: Fact, today: dt.date) -> list[Shortfall]:
    t = _sure(ex, "hours_per_week")
    if t is None or not isinstance(t.value, Decimal) or t.value <= fact.value:
        return []
    words, severity = HOURS_LIMIT[fact.limit]
    return [Shortfall(t.evidence, f"{human(t.value)} hours a week", words.format(v=human(fact.value)), severity)]


def _duration(fact: Fact) -> Duration:
    return Duration(fact.value, fact.unit.rstrip("s"))


def _notice_employer(ex: Extraction, fact: Fact, today: dt.date) -> list[Shortfall]:
    t = _sure(ex, "notice_employer")
    least = _duration(fact)
    if t is None or not isinstance(t.value, Duration) or t.value.days() >= least.days() - 0.5:
        return []
    return [Shortfall(t.evidence, human(t.value), f"{human(least)}{_after(fact)}")]


def _probation(ex: Extraction, fact: Fact, today: dt.date) -> list[Shortfall]:
    t = _sure(ex, "probation")
    most = _duration(fact)
    # a day's grace: "26 weeks" and "6 months" are the same promise
    if t is None or not isinstance(t.value, Duration) or t.value.days() <= most.days() + 1:
        return []
    return [Shortfall(t.evidence, human(t.value), human(most))]


def _on(ex: Extraction, today: dt.date) -> dt.date:
    """The day whose law applies: the start date when the letter gives one, else today."""
    t = _sure(ex, "start_date")
    return t.value if t is not None and isinstance(t.value, dt.date) else today


def _hourly(ex: Extraction, money: Money) -> tuple[Decimal, str] | None:
    """The pay an hour and how it was worked out; None where the hours are not stated, or
    the job is not said to be full time (a part-time or term-time salary may pay for fewer
    weeks than 52)."""
    if money.period == "hour":
        return money.amount, ""
    kind = _sure(ex, "employment_type")
    if kind is None or kind.value != "full_time":
        return None
    hours = _sure(ex, "hours_per_week")
    if money.period is None or hours is None or not isinstance(hours.value, Decimal) or hours.value <= 0:
        return None
    hourly = per_year(money.amount, money.period) / (hours.value * 52)
    return hourly, f" ({human(money)} for {human(hours.value)} hours a week)"


def _minimum_wage(ex: Extraction, fact: Fact, today: dt.date) -> list[Shortfall]:
    t = _sure(ex, "base_salary")
    if t is None or not isinstance(t.value, Money) or t.value.currency != fact.currency:
        return []
    rate = fact.rate_on(_on(ex, today))
    pay = _hourly(ex, t.value)
    if rate is None or pay is None or round(pay[0], 2) >= rate.value:
        return []
    shown = human(Money(round(pay[0], 2), fact.currency, "hour"))
    minimum = f"{human(Money(rate.value, fact.currency, 'hour'))} from {rate.start.isoformat()}"
    return [Shortfall(t.evidence, shown + pay[1], minimum)]


VOID_WORDS = {"void": "a non-compete clause is void",
              "prohibited": "an employer may not enter into a non-compete agreement with an employee",
              "void_below_earnings": "a non-compete is void against an employee earning no more than {t} a year"}


def _earnings(ex: Extraction, currency: str | None) -> Decimal | None:
    t = _sure(ex, "base_salary")
    if t is None or not isinstance(t.value, Money) or t.value.currency != currency or t.value.period is None:
        return None
    return per_year(t.value.amount, t.value.period)


def _non_compete(ex: Extraction, fact: Fact, today: dt.date) -> list[Shortfall]:
    t = _sure(ex, "non_compete")
    if t is None or not isinstance(t.value, Covenant) or not t.value.present:
        return []
    title = _sure(ex, "job_title")
    if fact.exempt_titles and title is not None and re.search(fact.exempt_titles, str(title.value), re.I):
        return []
    letter = "a non-compete" + (f" for {human(t.value.duration)}" if t.value.duration else "")
    severity, words = None, VOID_WORDS[fact.status]
    if fact.status == "void_below_earnings":
        rate = fact.rate_on(_on(ex, today))
        if rate is None:
            return []
        earns = _earnings(ex, fact.currency)
        if earns is not None and earns > rate.value:
            return []
        words = words.format(t=human(Money(rate.value, fact.currency)))
        severity = "high" if earns is not None else "medium"
    return [Shortfall(t.evidence, letter, words, severity)]


def _equal_notice(ex: Extraction, fact: Fact, today: dt.date) -> list[Shortfall]:
    you, them = _sure(ex, "notice_employee"), _sure(ex, "notice_employer")
    if you is None or them is None or not isinstance(you.value, Duration) or not isinstance(them.value, Duration):
        return []
    a, b = sorted((you.value.days(), them.value.days()))
    if a <= 0 or b <= a * UNEVEN:
        return []
    return [Shortfall(you.evidence + them.evidence, f"{human(you.value)} from you, {human(them.value)} from the employer",
                    "the same notice for both sides")]


CHECKS: dict[str, Callable[[Extraction, Fact, dt.date], list[Shortfall]]] = {
    "annual_leave": _annual_leave, "sick_leave": _sick_leave, "weekly_hours": _weekly_hours,
    "notice_employer": _notice_employer, "probation": _probation, "minimum_wage": _minimum_wage,
    "non_compete": _non_compete, "equal_notice": _equal_notice,
}
"""One check per kind of fact (lawpack.KINDS)."""


def law_flags(extraction: Extraction, place: Place, today: dt.date) -> tuple[Flag, ...]:
    """A flag for each fact of the place's packs the letter falls short of."""
    wording = load_wording()
    out = []
    for pack in place.packs:
        for fact in pack.facts:
            w = wording[fact.kind]
            for hit in CHECKS[fact.kind](extraction, fact, today):
                values = {"place": pack.name, "letter": hit.letter, "minimum": hit.minimum,
                          "law": fact.source.citation, "applies": fact.applies_to}
                out.append(Flag(f"law.{fact.kind}", w.title.format(**values), hit.severity or w.severity,
                                hit.evidence, w.ask.format(**values), w.why,
                                LawRef(pack.name, fact.source.citation, fact.as_of.isoformat(), fact.source.url,
                                       fact.applies_to)))
    return tuple(out)


def law_line(ref: LawRef) -> str:
    """The law under a flag, as every view shows it."""
    applies = f", for {ref.applies_to}" if ref.applies_to else ""
    return f"Law: {ref.citation} ({ref.jurisdiction}){applies}; as of {ref.as_of}; {ref.url}. {NOT_ADVICE}"


# -- the candidate's expectations and the pack's age -----------------------------------------


def _bound(e, side: str) -> list[tuple[str, object]]:
    """(what, value) for the candidate's figure on ``side`` and their walk-away there."""
    out = [("expectation", getattr(e, side))] if getattr(e, side) is not None else []
    if e.walk_away is not None and e.walk_away_side == side:
        out.append(("walk-away", e.walk_away))
    return out


def _below(e, fact: Fact) -> list[tuple[str, str]]:
    """(what, the candidate's figure) where it asks for less than the law gives (or more than it allows)."""
    if fact.kind == "annual_leave":
        return [(w, human(v)) for w, v in _bound(e, "min") if isinstance(v, Decimal) and v < annual_leave_need(fact)]
    if fact.kind == "sick_leave":
        return [(w, human(v)) for w, v in _bound(e, "min") if isinstance(v, Decimal) and v < fact.value]
    if fact.kind == "probation":
        return [(w, human(v)) for w, v in _bound(e, "max")
                if isinstance(v, Duration) and v.days() > _duration(fact).days() + 1]
    return []


FIELD_OF = {"annual_leave": ("pto_days", "paid leave"), "sick_leave": ("sick_days", "paid sick leave"),
            "probation": ("probation", "probation")}


def expectation_notes(expectations, place: Place) -> tuple[str, ...]:
    """A note for each expectation that asks for less than the law gives where the job is."""
    if expectations is None:
        return ()
    out = []
    for pack in place.packs:
        for fact in pack.facts:
            if fact.kind not in FIELD_OF:
                continue
            field, words = FIELD_OF[fact.kind]
            e = expectations.get(field)
            for what, figure in _below(e, fact) if e is not None else ():
                limit = "above the legal maximum" if fact.kind == "probation" else "below the legal minimum"
                out.append(f"Your {what} for {words} ({figure}) is {limit} in {pack.name} "
                           f"({_fact_figure(fact)}; {fact.source.citation}, as of {fact.as_of.isoformat()}): "
                           f"you can ask for at least the law's figure. {NOT_ADVICE}")
    return tuple(out)


def _fact_figure(fact: Fact) -> str:
    if fact.kind == "annual_leave":
        if fact.public_holidays == "counted":
            return (f"{_days(fact.value)} a year with public holidays, "
                    f"{_days(annual_leave_need(fact))} besides them")
        return f"{_days(fact.value)} a year besides public holidays"
    if fact.kind == "sick_leave":
        return f"{_days(fact.value)} a year"
    return f"at most {human(_duration(fact))}"


def stale_notes(place: Place, today: dt.date) -> tuple[str, ...]:
    return tuple(f"The law pack for {p.name} is older than 12 months (as of {p.as_of.isoformat()}): the law may "
                 f"have changed since; confirm with the official source." for p in place.packs
                 if (today - p.as_of).days > STALE_AFTER_DAYS)


def law_stage(extraction: Extraction, expectations, today: dt.date,
              jurisdiction: str | None = None) -> tuple[tuple[Flag, ...], tuple[str, ...]]:
    """The law flags and the report's notes on where the job is, the packs' age and any
    expectation below the law. ``jurisdiction`` (the CLI's) wins over the expectations'."""
    override = jurisdiction or (getattr(expectations.defaults, "jurisdiction", None) if expectations else None)
    place = where(extraction, override)
    notes = (place.note,) + stale_notes(place, today) + expectation_notes(expectations, place)
    return law_flags(extraction, place, today), notes
