"""Values a careful reader derives from others (TERMS.md, "reading conventions").

Each derivation is a small named function from the resolved terms (and the internal
fields) to a new Term; it never overrides a value the document states directly.
"""
from __future__ import annotations

from decimal import Decimal

from offercheck.context import DocContext, letter_date_term
from offercheck.model import Finding, Term
from offercheck.values import Money
from offercheck.normalize.numbers import tidy

# Regions a place of work names, for "the laws of the State where you usually work".
REGIONS = {
    "NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "WA": "Western Australia",
    "SA": "South Australia", "TAS": "Tasmania", "ACT": "Australian Capital Territory",
    "NT": "Northern Territory", "ON": "Ontario", "BC": "British Columbia", "AB": "Alberta",
    "QC": "Quebec", "MB": "Manitoba", "NS": "Nova Scotia", "CA": "California", "NY": "New York",
    "TX": "Texas", "MA": "Massachusetts", "IL": "Illinois", "NJ": "New Jersey",
    "FL": "Florida", "CO": "Colorado", "GA": "Georgia", "PA": "Pennsylvania", "VA": "Virginia",
}
PLACE_OF_WORK = "@place_of_work"


def _region_of(text: str) -> str | None:
    import re
    for word in re.findall(r"[A-Za-z]+(?:\s+[A-Z][a-z]+)*", text or ""):
        if word in REGIONS:
            return REGIONS[word]
    names = {v for v in REGIONS.values()}
    for name in names:
        if name in (text or ""):
            return name
    return None


def _safe_date(fn, date, duration):
    """Date arithmetic, or None past the calendar's end ("a term of 99999 years")."""
    try:
        return fn(date, duration)
    except (OverflowError, ValueError):
        return None


def _derived(field: str, value, sources: list[Term], confidence: float, why: str) -> Term:
    evidence = tuple(e for t in sources for e in t.evidence)
    lead = sources[0].finding
    finding = None
    if lead is not None:
        finding = Finding(field, value, evidence, f"derive.{field}", why, lead.base_score,
                          confidence, lead.reasons)
    return Term(field, value, evidence, round(confidence, 2), finding, ())


# _hours_per_day patterns that read a bare span of clock times, break and all
GROSS_SPANS = {"clock-span", "clock-span-days", "days-clock-span", "work-from-span"}
# a gross day longer than this with no word on its break likely hides an unpaid lunch
LONGEST_UNSAID_DAY = Decimal("8.5")


def _working_day(internal: dict[str, Term]) -> tuple[Decimal, list[Term]] | None:
    """Hours worked a day: a stated length, or a span of clock times less an unpaid break."""
    per_day = internal.get("_hours_per_day")
    if per_day is None:
        return None
    value = Decimal(per_day.value)
    if per_day.finding is None or per_day.finding.pattern not in GROSS_SPANS:
        return value, [per_day]
    pause = internal.get("_break_hours")
    if pause is None:
        return (value, [per_day]) if value <= LONGEST_UNSAID_DAY else None
    value -= Decimal(pause.value)
    return (value, [per_day, pause]) if value >= 3 else None


def _weekly_hours(internal: dict[str, Term]) -> Term | None:
    """Hours a week from the working day and the days a week (a stated week wins elsewhere)."""
    day, days = _working_day(internal), internal.get("_days_per_week")
    if day is None or days is None:
        return None
    per_day, sources = day
    value = tidy(per_day * Decimal(days.value))
    if not 5 <= value <= 80:
        return None
    confidence = min(t.confidence for t in [*sources, days]) - 0.1
    why = "hours a day less the break x days a week" if len(sources) > 1 else "hours a day x days a week"
    return _derived("hours_per_week", value, [*sources, days], confidence, why)


# leave patterns that read hours a year in 8-hour days (pto_days, sick_days)
LEAVE_IN_HOURS = {"hours-of-pto-a-year", "pto-hours-a-year", "sick-hours-cap", "hours-of-sick-leave-a-year",
                  "leave-hours-in-a-year", "sick-hours-in-a-year", "hours-of-sick-leave-in-a-year"}
ASSUMED_DAY = Decimal(8)


def _contract_day(terms: dict[str, Term], internal: dict[str, Term]) -> Decimal | None:
    """The contract's own working day in hours: stated, from clock times, or a week / its days."""
    day = _working_day(internal)
    if day is not None:
        return day[0]
    week, days = terms.get("hours_per_week"), internal.get("_days_per_week")
    if week is not None and days is not None and Decimal(days.value) > 0:
        return Decimal(week.value) / Decimal(days.value)
    return None


def _leave_at_contract_day(out: dict[str, Term], internal: dict[str, Term]) -> None:
    """Leave stated in hours converts at the contract's daily hours, else at 8 (TERMS.md)."""
    day = _contract_day(out, internal)
    if day is None or day == ASSUMED_DAY or not 3 <= day <= 13:
        return
    for field in ("pto_days", "sick_days"):
        leave = out.get(field)
        if leave is None or leave.finding is None or leave.finding.pattern not in LEAVE_IN_HOURS:
            continue
        days = tidy((Decimal(leave.value) * ASSUMED_DAY / day).quantize(Decimal("0.01")))
        out[field] = _derived(field, days, [leave], leave.confidence - 0.05,
                              f"leave in hours at the contract's {tidy(day)}-hour day")


PAYS_A_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


def _salary_from_instalment(out: dict[str, Term], internal: dict[str, Term]) -> None:
    """A year's pay from the amount of one pay and how often pay is paid ("$2,884.62 per pay
    period", paid bi-weekly: $75,000.12 a year), where the letter states no salary itself."""
    each, freq = internal.get("_pay_per_period"), out.get("pay_frequency")
    if "base_salary" in out or each is None or freq is None or freq.value not in PAYS_A_YEAR:
        return
    m = each.value
    year = Money((m.amount * PAYS_A_YEAR[freq.value]).quantize(Decimal("0.01")), m.currency, "year", m.raw)
    out["base_salary"] = _derived("base_salary", year, [each, freq], min(each.confidence, freq.confidence) - 0.1,
                                  "one pay x pays a year")


def bonus_from_months(terms: dict[str, Term], internal: dict[str, Term]) -> dict[str, Term]:
    """An annual bonus given as months of pay ("up to one month's basic salary") as an amount:
    that many months of the salary, where the letter states no bonus figure itself. Run once
    the salary is final (after a pay table has settled its period)."""
    months, salary = internal.get("_bonus_months"), terms.get("base_salary")
    if "annual_bonus" in terms or months is None or salary is None or not isinstance(salary.value, Money):
        return terms
    per_month = {"month": Decimal(1), "year": Decimal(1) / 12}.get(salary.value.period)
    if per_month is None:
        return terms
    amount = (salary.value.amount * per_month * Decimal(months.value)).quantize(Decimal("1"))
    bonus = Money(amount, salary.value.currency, None, months.evidence[0].text)
    return {**terms, "annual_bonus": _derived("annual_bonus", bonus, [months, salary],
                                              min(months.confidence, salary.confidence) - 0.1,
                                              "months of pay x the monthly salary")}


TO_AN_ANNIVERSARY = {"on-nth-anniversary"}
"""Term-length patterns that name the day the term ends ("ending on the second anniversary of
the Start Date"): the anniversary itself, not the day before it as in "for two years" or
"until the second anniversary"."""


def _to_anniversary(length: Term | None) -> bool:
    return length is not None and length.finding is not None and length.finding.pattern in TO_AN_ANNIVERSARY


def derive(terms: dict[str, Term], internal: dict[str, Term], ctx: DocContext) -> dict[str, Term]:
    """The terms with what follows from them added, in order: a later step reads what an
    earlier one derived (the weekly hours say full time; an end date says fixed term)."""
    from offercheck.normalize.dates import add_duration, end_of_term

    out = dict(terms)
    if out.get("hours_per_week") is None:
        hours = _weekly_hours(internal)
        if hours is not None:
            out["hours_per_week"] = hours
    _leave_at_contract_day(out, internal)
    _salary_from_instalment(out, internal)
    _full_time(out)
    _start_on_letter_date(out, internal, ctx)
    length = internal.get("_term_length")
    _date_after(out, "end_date", out.get("start_date"), length, add_duration if _to_anniversary(length) else end_of_term,
                "start date + term")
    _date_after(out, "offer_expiry", letter_date_term(ctx), internal.get("_expiry_within"), add_duration,
                "letter date + days to accept")
    _law_of_place_of_work(out)
    stated = out.get("fixed_term")
    if stated is not None and stated.value is False and "end_date" in out:
        del out["end_date"]  # an end date is a fixed term's: a self-renewing one has none
    if "fixed_term" not in out:
        fixed = _fixed_term(out, internal)
        if fixed is not None:
            out["fixed_term"] = fixed
    return out


def _start_on_letter_date(out: dict[str, Term], internal: dict[str, Term], ctx: DocContext) -> None:
    """The start date where the employment begins "on the date of this Agreement": the letter's date."""
    said, dated = internal.get("_starts_on_letter_date"), letter_date_term(ctx)
    if "start_date" in out or said is None or said.value is not True or dated is None:
        return
    out["start_date"] = _derived("start_date", dated.value, [said, dated], min(said.confidence, dated.confidence) - 0.1,
                                 "the date of the letter, on which it says the employment begins")


def _full_time(out: dict[str, Term]) -> None:
    hours = out.get("hours_per_week")
    if "employment_type" not in out and hours is not None and Decimal(hours.value) >= 35:
        out["employment_type"] = _derived("employment_type", "full_time", [hours], 0.6,
                                          "35 hours a week or more")


def _date_after(out: dict[str, Term], field: str, date: Term | None, length: Term | None, add, why: str) -> None:
    """``field`` as ``add(date, length)`` where the letter does not state it (and the
    sum stays within the calendar)."""
    if field in out or date is None or length is None:
        return
    value = _safe_date(add, date.value, length.value)
    if value is not None:
        out[field] = _derived(field, value, [date, length], min(date.confidence, length.confidence) - 0.1, why)


def _law_of_place_of_work(out: dict[str, Term]) -> None:
    """ "The laws of the State where you usually work": the region the place of work
    names, or no governing law where it names none."""
    law = out.get("governing_law")
    if law is None or law.value != PLACE_OF_WORK:
        return
    place = out.get("location")
    region = _region_of(place.value) if place is not None else None
    if region is None and place is not None:
        region = _region_of(" ".join(e.text for e in place.evidence))
    if region is None:
        del out["governing_law"]
    else:
        out["governing_law"] = _derived("governing_law", region, [law, place],
                                        min(law.confidence, place.confidence) - 0.1,
                                        "the law of the place of work")


# fields that show the document is a contract of employment (not an amendment or a covenant)
EMPLOYMENT_SIGNS = ("start_date", "base_salary", "job_title", "pay_frequency", "equity", "annual_bonus",
                    "hours_per_week", "pto_days")


def _fixed_term(out: dict[str, Term], internal: dict[str, Term]) -> Term | None:
    """True where the employment ends on a date or after a period; false where it is open-ended:
    it ends by notice or at will, or an offer of employment states no term at all (TERMS.md)."""
    if "end_date" in out:
        return _derived("fixed_term", True, [out["end_date"]], 0.7, "an end date")
    if "_term_length" in internal:
        return _derived("fixed_term", True, [internal["_term_length"]], 0.6, "a term of a stated length")
    open_ended = [out[k] for k in ("at_will", "notice_employee", "notice_employer", "probation")
                  if k in out and out[k].value not in (False, None)]
    if open_ended:
        return _derived("fixed_term", False, open_ended[:1], 0.6, "ends by notice or at will")
    signs = [out[k] for k in EMPLOYMENT_SIGNS if k in out]
    if len(signs) >= 2 and "_casual" not in internal:  # casual work is not plainly open-ended
        return _derived("fixed_term", False, signs[:1], 0.5, "an offer of employment with no term or end date")
    return None
