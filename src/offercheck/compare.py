"""Terms x expectations -> checks (met / not met / not stated / cannot compare), each with
the verdict that decided it. suggest.py words the counter-proposal or question from the
verdict, and report.py gathers them into the Report.

Pay compares across periods (52 weeks and 12 months a year, 5 days a week, the letter's
weekly hours or else the candidate's default); amounts in different currencies are
never converted. Durations compare in days, dates as dates, names fuzzily.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Iterator

from offercheck.confidence import is_unsure
from offercheck.describe import a_label, human, label, money, named, spoken
from offercheck.expectations import KIND, Defaults, Expectation
from offercheck.model import Check, Extraction, Term, Verdict
from offercheck.values import (DAYS_PER_UNIT, DEFAULT_HOURS, INFINITY, Bonus, Covenant, Duration, Equity, Money,
                               MoneyRange, order_key, per_year)

SEVERITY = {"must": "high", "want": "medium", "nice": "low"}
RAISED = {"low": "medium", "medium": "high", "high": "high"}
TOLERANCE = {"money": Decimal("0.005"), "number": Decimal("0.005"), "duration": Decimal("0.03")}
TITLE_WORDS = {"sr": "senior", "jr": "junior", "mgr": "manager", "eng": "engineer", "assoc": "associate",
               "asst": "assistant", "dir": "director", "vp": "vice president"}


# -- one check -----------------------------------------------------------------------


class _CannotCompare(Exception):
    def __init__(self, reason: str, ask: str):
        super().__init__(reason)
        self.reason, self.ask = reason, ask

    def verdict(self, constraint: str, target: Any) -> Verdict:
        return Verdict(None, constraint, target, None, self.reason[:1].upper() + self.reason[1:] + ".",
                        ask=self.ask)


@dataclass(frozen=True)
class _Basis:
    """What a comparison may need from elsewhere in the letter."""

    hours: Decimal
    hours_basis: str
    """How the weekly hours were chosen, for the check's detail."""
    salary: Money | None = None
    """The base salary, to turn a bonus percent into an amount and back."""


def check_expectation(exp: Expectation, extraction: Extraction, defaults: Defaults = Defaults()) -> Check:
    """Compare one expectation with the letter. The check carries the verdict that decided
    it; suggest.py words the ask or question from it (report.py calls it)."""
    field = exp.field
    term = extraction.terms.get(field)
    sev = SEVERITY[exp.priority]
    if term is None or term.value is None:
        if exp.allowed is False:
            return Check(field, "met", exp, None, exp.priority, sev, (), f"No {label(field)} found in the letter.")
        return Check(field, "not_stated", exp, None, exp.priority, sev, (),
                     f"The letter does not state the {label(field)}.")
    exp, assumed = _assume_currency(exp, term)
    if is_unsure(term):
        # a reading the tool is unsure of is neither met nor not met: the candidate checks it
        what = named(field, term.evidence, value=term.value)
        detail = (f"Unsure reading: the letter seems to give the {what} as {human(term.value, field)} "
                  f"(confidence {term.confidence:.2f}); read the quoted clause and confirm it.")
        verdict = Verdict(None, "confirm", None, term.value, detail,
                          ask=f"could you confirm the {named(field, term.evidence, True, term.value)} the letter states?")
        return Check(field, "cannot_compare", exp, term.value, exp.priority, sev, term.evidence, detail,
                     verdict=verdict)
    verdicts = list(_verdicts(exp, term, _basis_of(extraction, defaults)))
    detail = " ".join([v.said for v in verdicts if v.said] + ([assumed] if assumed else []))
    failed = [v for v in verdicts if v.ok is False]
    unsure = [v for v in verdicts if v.ok is None]
    if failed:
        walked = any(v.walked for v in verdicts)
        return Check(field, "not_met", exp, term.value, exp.priority, RAISED[sev] if walked else sev,
                     term.evidence, detail, verdict=replace(failed[0], walked=walked))
    if unsure:
        return Check(field, "cannot_compare", exp, term.value, exp.priority, sev, term.evidence, detail,
                     verdict=_with_part(unsure[0], exp, term))
    return Check(field, "met", exp, term.value, exp.priority, sev, term.evidence, detail)


def _with_part(v: Verdict, exp: Expectation, term: Term) -> Verdict:
    """A verdict that could not compare says what the letter does state instead."""
    if v.part is not None:
        return v
    part = _part(exp.field, term.value, v.target)
    return replace(v, part=term.value if part is None else part)


def _basis_of(extraction: Extraction, defaults: Defaults) -> _Basis:
    salary = extraction.terms.get("base_salary")
    salary = salary.value if salary is not None and isinstance(salary.value, Money) else None
    t = extraction.terms.get("hours_per_week")
    if t is not None and t.value:
        return _Basis(Decimal(str(t.value)), "as the letter states", salary)
    if defaults.hours_given:
        return _Basis(defaults.hours_per_week, "your defaults.hours_per_week; the letter does not state its hours",
                      salary)
    return _Basis(DEFAULT_HOURS, "assumed: the letter does not state its hours; "
                                 "set defaults.hours_per_week to change", salary)


def _assume_currency(exp: Expectation, term: Term) -> tuple[Expectation, str | None]:
    """Amounts the candidate wrote without a currency are read in the letter's currency."""
    v = term.value
    currency = v.currency if isinstance(v, Money) else v.low.currency if isinstance(v, MoneyRange) else (
        v.amount.currency if isinstance(v, Bonus) and v.amount else v.currency if isinstance(v, Equity) else None)
    if currency is None:
        return exp, None
    def bare(m: Any) -> bool:
        return isinstance(m, Money) and not m.currency

    def fill(m: Any) -> Any:
        return Money(m.amount, currency, m.period, m.raw) if bare(m) else m

    changes: dict[str, Any] = {k: fill(getattr(exp, k)) for k in ("min", "max", "equals", "walk_away")
                               if bare(getattr(exp, k))}
    if any(bare(x) for x in exp.one_of):
        changes["one_of"] = tuple(fill(x) for x in exp.one_of)
    if not changes:
        return exp, None
    return replace(exp, **changes), f"Your expectation names no currency; read as {currency}."


def _present(value: Any) -> bool:
    """Whether a clause is in the letter: True, or a composite with present: true."""
    if isinstance(value, Covenant):
        return value.present
    return bool(value)


def _verdicts(exp: Expectation, term: Term, basis: _Basis) -> Iterator[Verdict]:
    found, field = term.value, exp.field
    if exp.allowed is False:
        there = _present(found)
        yield Verdict(not there, "allowed", False, found,
                       f"The letter has {a_label(field)}." if there else f"The letter rules out {a_label(field)}.")
    if exp.required is True:
        ok = bool(found) if isinstance(found, list) else True
        yield Verdict(ok, "required", True, found, "" if ok else f"The letter lists no {label(field)}.")
    elif isinstance(exp.required, tuple):
        have = found if isinstance(found, list) else []
        missing = [x for x in exp.required if x not in have]
        yield Verdict(not missing, "required", exp.required, missing,
                       f"Missing: {human(missing, field)}." if missing else f"All of {human(list(exp.required), field)} listed.")
    if exp.one_of:
        yield _choice(exp, found, exp.one_of)
    for name in ("equals", "min", "max", "not_before", "not_after"):
        target = getattr(exp, name)
        if target is None:
            continue
        if name == "equals" and isinstance(target, (str, bool)):
            yield _choice(exp, found, (target,))
            continue
        try:
            yield _ordered(exp, term, name, target, basis)
        except _CannotCompare as e:
            yield e.verdict(name, target)


def _choice(exp: Expectation, found: Any, choices: tuple) -> Verdict:
    """equals / one_of for names, enums, kinds of grant and yes/no clauses."""
    field = exp.field
    constraint = "equals" if len(choices) == 1 and exp.equals is not None else "one_of"
    part = _part(field, found, choices[0])
    if part is None:
        what = "kind of grant" if field == "equity" else label(field)
        return _CannotCompare(f"the letter does not state the {what}",
                              f"could you confirm the {what}?").verdict(constraint, choices)
    ok = any(_same(field, part, c) for c in choices)
    shown = " or ".join(human(c, field) for c in choices)
    said = (f"{human(part, field)} matches {shown}." if ok else f"{human(part, field)} is not {shown}.")
    return Verdict(ok, constraint, choices if constraint == "one_of" else choices[0], part, said)


def _same(field: str, found: Any, want: Any) -> bool:
    if isinstance(want, bool) or KIND.get(field) == "enum" or field == "equity":
        return found == want
    return same_text(str(found), str(want), title=field == "job_title",
                     place=field in ("location", "governing_law"))


def same_text(a: str, b: str, title: bool = False, place: bool = False) -> bool:
    """Names, titles and places agree fuzzily (rapidfuzz, case-folded, >= 85).

    Titles use token_sort_ratio rather than token_set_ratio: the set ratio scores
    "Software Engineer" against "Senior Software Engineer" at 100, and the missing word
    is exactly what the candidate wants to notice. A place also agrees on its city.
    """
    from rapidfuzz import fuzz, utils
    clean = utils.default_process  # case-folded, punctuation to spaces
    if title:
        words = lambda s: " ".join(TITLE_WORDS.get(w, w) for w in clean(s).split())  # noqa: E731
        return fuzz.token_sort_ratio(words(a), words(b)) >= 85
    if fuzz.token_set_ratio(a, b, processor=clean) >= 85:
        return True
    return place and fuzz.token_set_ratio(a.split(",")[0], b.split(",")[0], processor=clean) >= 85


def _part(field: str, found: Any, target: Any) -> Any:
    """The piece of a found value that a target speaks about."""
    if KIND.get(field) == "clause":
        if isinstance(target, bool):
            return _present(found)
        return found.duration if isinstance(found, Covenant) and found.present else Duration(Decimal(0), "day")
    if isinstance(found, Equity):
        if isinstance(target, str):
            return found.kind
        if isinstance(target, Money):
            return None if found.value is None else Money(found.value.amount, found.currency)
        return found.quantity
    if isinstance(found, Bonus):
        if found.amount is None:
            return ("percent", Decimal(str(found.target_percent)))
        return found.amount
    if isinstance(found, MoneyRange):
        return found.low  # the floor of a range is what is promised
    return found


def _convert(amount: Decimal, src: str, dst: str, hours: Decimal) -> Decimal:
    return per_year(amount, src, hours) / per_year(Decimal(1), dst, hours)


def _assumed(periods: set[str], basis: _Basis) -> str:
    said = []
    if "hour" in periods:
        said.append(f"{human(basis.hours)} hours a week, {basis.hours_basis}")
    if periods & {"hour", "day", "week"}:
        said.append("52 weeks a year")
    if "day" in periods:
        said.append("5 days a week")
    if "month" in periods:
        said.append("12 months a year")
    return "; ".join(said)


@dataclass(frozen=True)
class _Scale:
    """The found value and the target on one scale, as _ordered compares them."""

    a: Any
    """The found value."""
    b: Any
    """The target."""
    kind: str
    """"money", "number", "duration" or "date": which tolerance and halfway apply."""
    shown: str
    """The found value as the check's detail says it."""
    notes: list[str]
    """Conversions and assumptions made on the way."""
    part: Any
    """The part of the found value compared, in the expectation's form (a bonus percent ...)."""


def _ordered(exp: Expectation, term: Term, name: str, target: Any, basis: _Basis) -> Verdict:
    """min / max / equals / not_before / not_after on amounts, numbers, durations, dates."""
    field = exp.field
    scale = _on_scale(exp, term, _ordered_part(field, term, target), target, basis)
    a, b, kind, part = scale.a, scale.b, scale.kind, scale.part
    ok = _holds(name, a, b, kind)
    want = human(target, field) if field != "annual_bonus" or isinstance(target, Money) else f"{human(target)}%"
    said = _said(name, ok, scale.shown, want)
    if scale.notes:
        said += " (" + "; ".join(scale.notes) + ")"
    walked, mid = (False, None) if ok else _short_of(exp, name, scale, target, basis)
    if not ok and isinstance(target, Money) and isinstance(part, Money) and part.period and target.period \
            and part.period != target.period:
        asked = _in_period(target, part.period, basis, name)
        mid = mid and _midpoint(part.amount, asked.amount, asked, kind, field)
        return Verdict(ok, name, asked, part, said, walked, mid, equivalent=target)
    return Verdict(ok, name, target, part, said, walked, mid)


def _ordered_part(field: str, term: Term, target: Any) -> Any:
    """The part of the found value an ordered constraint compares, or _CannotCompare."""
    part = _part(field, term.value, target)
    if isinstance(target, Duration) and not isinstance(part, Duration):
        raise _CannotCompare(f"the letter states {a_label(field)} without its length",
                             f"could you confirm how long the {label(field)} lasts?")
    if part is None:
        what = {"equity": "size of the grant", "annual_bonus": "bonus"}.get(field, label(field))
        raise _CannotCompare(f"the letter does not state the {what}", f"could you confirm the {what}?")
    return part


def _on_scale(exp: Expectation, term: Term, part: Any, target: Any, basis: _Basis) -> _Scale:
    """The found part and the target on one scale: money in the target's currency and
    period, a bonus as the expectation states it, durations in days, dates, numbers."""
    field = exp.field
    notes: list[str] = []
    if field == "annual_bonus":
        part, notes = _bonus_as(part, target, basis)
    if isinstance(target, Money):
        a, b, more = _money_pair(named(field, term.evidence, to_recruiter=True), part, target, basis)
        return _Scale(a, b, "money", money(a, target.currency or part.currency, target.period), notes + more, part)
    if field == "annual_bonus":
        return _Scale(part, target, "number", f"{human(part)}%", notes, part)
    if isinstance(target, Duration):
        return _Scale(Decimal(str(part.days())), Decimal(str(target.days())), "duration", human(part), notes, part)
    if isinstance(target, dt.date):
        if not isinstance(part, dt.date):
            raise _CannotCompare(f"the {label(field)} is not a date",
                                 f"could you confirm the {spoken(field)} as a date?")
        return _Scale(part, target, "date", human(part), notes, part)
    a, b = order_key(part), order_key(target)
    if a is None or b is None:
        raise _CannotCompare(f"the letter's {label(field)} ({human(part, field)}) is not a number",
                             f"could you confirm the {spoken(field)} as a number?")
    return _Scale(a, b, "number", human(part, field), notes, part)


def _short_of(exp: Expectation, name: str, scale: _Scale, target: Any, basis: _Basis) -> tuple[bool, Any]:
    """For a bound not met: whether the found value is past the walk-away, and the halfway
    point to propose (None where nothing lies between, or the candidate pinned the value)."""
    if name not in ("min", "max", "not_before", "not_after"):
        return False, None
    walked = False
    if exp.walk_away is not None and exp.walk_away_side == ("min" if name in ("min", "not_before") else "max"):
        w = _pair_value(exp, target, exp.walk_away, basis)
        walked = w is not None and (scale.a < w if exp.walk_away_side == "min" else scale.a > w)
    mid = None if _pinned(exp) else _midpoint(scale.a, scale.b, target, scale.kind, exp.field)
    return walked, mid


def _in_period(m: Money, period: str, basis: _Basis, name: str) -> Money:
    """An amount asked for in the letter's own period (an hourly letter is asked per hour),
    to the cent, rounded so that the ask still reaches the candidate's figure."""
    from decimal import ROUND_CEILING, ROUND_FLOOR
    amount = _convert(m.amount, m.period, period, basis.hours)
    rounding = ROUND_CEILING if name in ("min", "not_before") else ROUND_FLOOR
    return Money(amount.quantize(Decimal("0.01"), rounding=rounding), m.currency, period)


def _holds(name: str, a: Any, b: Any, kind: str) -> bool:
    if name in ("min", "not_before"):
        return a >= b
    if name in ("max", "not_after"):
        return a <= b
    if kind == "date" or b in (0, INFINITY) or a == INFINITY:
        return a == b
    return abs(a - b) <= TOLERANCE.get(kind, Decimal("0.005")) * abs(b)


def _said(name: str, ok: bool, found: str, want: str) -> str:
    phrases = {
        "min": ("meets your minimum of", "is below your minimum of"),
        "max": ("is within your maximum of", "is above your maximum of"),
        "equals": ("matches", "is not"),
        "not_before": ("is on or after", "is before"),
        "not_after": ("is on or before", "is after"),
    }
    return f"{found} {phrases[name][0 if ok else 1]} {want}."


def _money_pair(name: str, found: Any, target: Money, basis: _Basis) -> tuple[Decimal, Decimal, list[str]]:
    """The found amount in the target's currency and period, and what was assumed; ``name``
    is the field as the letter names it (``describe.named``)."""
    if not isinstance(found, Money):
        raise _CannotCompare(f"the letter's {name} is not an amount", f"could you confirm the {name}?")
    notes = []
    fc, tc = found.currency, target.currency
    if fc and tc and fc != tc:
        raise _CannotCompare(f"the letter states the {name} in {fc} and you expect {tc}; "
                             "amounts in different currencies are not converted",
                             f"could you confirm the {name} in {tc}, or that {fc} is intended?")
    if fc and not tc:
        notes.append(f"your expectation names no currency; read as {fc}")
    elif tc and not fc:
        # a bare "$" or a bare number in a letter that does not say which country's: not a guess
        raise _CannotCompare(f"the letter does not say which currency the {name} is in",
                             f"could you confirm the currency of the {name}?")
    a = found.amount
    if found.period and target.period and found.period != target.period:
        a = _convert(a, found.period, target.period, basis.hours)
        notes.append(f"{human(found)} is about {money(a.quantize(Decimal('0.01')), fc or tc, target.period)}: "
                     f"{_assumed({found.period, target.period}, basis)}")
    return a, target.amount, notes


def _bonus_as(part: Any, target: Any, basis: _Basis) -> tuple[Any, list[str]]:
    """A bonus in the form the expectation uses: a percent (Decimal) or an amount (Money),
    converting through the base salary a year when the letter states it."""
    pct = part[1] if isinstance(part, tuple) else None
    if (pct is not None) == (not isinstance(target, Money)):
        return (pct if pct is not None else part), []
    salary = basis.salary
    if salary is None or salary.period is None:
        form = "an amount" if isinstance(target, Money) else "a percent of salary"
        raise _CannotCompare(f"the letter states the bonus {'as a percent' if pct is not None else 'as an amount'} "
                             f"and no yearly salary to convert it; you expect {form}",
                             f"could you confirm the bonus target as {form}?")
    yearly = per_year(salary.amount, salary.period, basis.hours)
    year_pay = Money(yearly, salary.currency, "year")
    if pct is not None:
        amount = (yearly * pct / 100).quantize(Decimal("0.01"))
        return Money(amount, salary.currency), [f"{human(pct)}% of {human(year_pay)}"]
    if part.currency and salary.currency and part.currency != salary.currency:
        raise _CannotCompare("the bonus and the salary are in different currencies",
                             "could you confirm the bonus target as a percent of salary?")
    share = (part.amount / yearly * 100).quantize(Decimal("0.1"))
    return share, [f"{human(part)} is {human(share)}% of {human(year_pay)}"]


def _pair_value(exp: Expectation, target: Any, value: Any, basis: _Basis) -> Any:
    """A walk-away on the scale of the constraint it extends (the target's period)."""
    if isinstance(value, Money):
        if isinstance(target, Money) and value.period and target.period and value.period != target.period:
            return _convert(value.amount, value.period, target.period, basis.hours)
        return value.amount
    if isinstance(value, Duration):
        return Decimal(str(value.days()))
    return order_key(value)


HALFWAY_UNITS = {"notice_employee": ("week",), "notice_employer": ("week",), "probation": ("month", "week"),
                 "non_compete": ("month", "week"), "non_solicit": ("month", "week")}
"""The units a halfway duration is rounded to, coarsest first (else the target's, then weeks, then days)."""
WHOLE_NUMBERS = {"pto_days", "sick_days", "hours_per_week"}
"""Numbers whose halfway is a whole one: days of leave, hours."""


def _pinned(exp: Expectation) -> bool:
    """A date the candidate fixed (``equals``, or ``not_before`` and ``not_after`` on the same
    day): there is nothing to meet halfway. (A walk-away at the bound itself needs no rule:
    anything short of the bound is past it, and the fallback says so.)"""
    return exp.equals is not None or (exp.not_before is not None and exp.not_before == exp.not_after)


def _round(x: Decimal, toward_up: bool) -> Decimal:
    """To a whole number, a half going toward the candidate's ask."""
    from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP
    x = x.quantize(Decimal("0.0001"))  # 6 x 30.44 days is 182.64000000000001 in a float
    return x.quantize(Decimal(1), rounding=ROUND_HALF_UP if toward_up else ROUND_HALF_DOWN)


def _midpoint(a: Any, b: Any, target: Any, kind: str, field: str = "") -> Any:
    """Halfway between the found value ``a`` and the target ``b``, in the target's terms and
    rounded to the field's natural unit (weeks of notice, days of leave, whole currency
    units); None where no such value lies strictly between the two."""
    if INFINITY in (a, b) or (kind != "date" and b == 0):  # nothing, or a clause to remove
        return None
    up = b > a

    def between(x: Any) -> bool:
        return min(a, b) < x < max(a, b)

    if kind == "date":
        mid = a + dt.timedelta(days=int(_round(Decimal((b - a).days) / 2, up)))
        return mid if between(mid) else None
    mid = (a + b) / 2
    if isinstance(target, Money):
        steps = [Decimal(500) if mid >= 10000 else Decimal(10) if mid >= 1000 else None, Decimal(1),
                 Decimal("0.25") if mid < 100 else None]  # an hourly rate may have no whole unit between
        for step in filter(None, steps):
            amount = _round(mid / step, up) * step
            if between(amount):
                return Money(amount, target.currency, target.period)
        return None
    if isinstance(target, Duration):
        units = HALFWAY_UNITS.get(field) or tuple(dict.fromkeys((target.unit, "week", "day")))
        for unit in units:
            size = Decimal(str(DAYS_PER_UNIT[unit]))
            value = _round(mid / size, up)
            if value > 0 and between(value * size):
                return Duration(value, unit)
        return None
    value = _round(mid, up) if field in WHOLE_NUMBERS else _round(mid * 2, up) / 2
    return value if between(value) else None
