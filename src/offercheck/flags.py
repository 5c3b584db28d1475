"""Red flags: clauses that deserve a second look, with or without expectations.

Each flag is one small function ``(extraction, today) -> Flag | None`` in FLAG_CHECKS;
adding a flag is adding a function to that list.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Callable

from offercheck.model import Extraction, Flag, Term
from offercheck.render import human
from offercheck.values import Duration

LONG_PROBATION = Duration(Decimal(6), "month")
LONG_NON_COMPETE = Duration(Decimal(6), "month")
MIN_WORKING_DAYS = 3
UNEVEN = 1.1
"""Notice counts as uneven past 10% more: "1 month" against "4 weeks" is the same promise."""

FlagCheck = Callable[[Extraction, dt.date], "Flag | None"]


def find_flags(extraction: Extraction, today: dt.date) -> tuple[Flag, ...]:
    """Every flag that applies to the letter, in the order of FLAG_CHECKS."""
    return tuple(flag for check in FLAG_CHECKS if (flag := check(extraction, today)) is not None)


def _term(extraction: Extraction, field: str) -> Term | None:
    t = extraction.terms.get(field)
    return t if t is not None and t.value is not None else None


def non_compete(extraction: Extraction, today: dt.date) -> Flag | None:
    t = _term(extraction, "non_compete")
    if t is None or not (t.value.get("present") if isinstance(t.value, dict) else t.value):
        return None
    length = t.value.get("duration") if isinstance(t.value, dict) else None
    long = length is None or not isinstance(length, Duration) or length.days() > LONG_NON_COMPETE.days() + 1
    title = (f"Non-compete after you leave ({human(length)})" if isinstance(length, Duration)
             else "Non-compete after you leave (length not stated)")
    return Flag("clause.non_compete", title, "high" if long else "medium", t.evidence,
                "Ask whether it can be removed, or narrowed to a shorter period and direct competitors "
                "only, and whether you are paid while it applies.")


def clawback(extraction: Extraction, today: dt.date) -> Flag | None:
    t = _term(extraction, "clawback")
    if t is None or t.value is not True:
        return None
    return Flag("clause.clawback", "Clawback: money to repay if you leave early", "medium", t.evidence,
                "Ask for the amount to repay to shrink month by month, and to apply only if you resign.")


def arbitration(extraction: Extraction, today: dt.date) -> Flag | None:
    t = _term(extraction, "arbitration")
    if t is None or t.value is not True:
        return None
    return Flag("clause.arbitration", "Disputes go to arbitration instead of a court", "medium", t.evidence,
                "Ask which claims it covers, who pays for it, and whether you may opt out.")


def long_probation(extraction: Extraction, today: dt.date) -> Flag | None:
    t = _term(extraction, "probation")
    # a day's grace: "26 weeks" and "6 months" are the same promise
    if t is None or not isinstance(t.value, Duration) or t.value.days() <= LONG_PROBATION.days() + 1:
        return None
    return Flag("probation.long", f"Probation longer than 6 months ({human(t.value)})", "medium", t.evidence,
                "Ask to shorten it to 6 months or less, and what notice applies while it lasts.")


def uneven_notice(extraction: Extraction, today: dt.date) -> Flag | None:
    mine, theirs = _term(extraction, "notice_employee"), _term(extraction, "notice_employer")
    if mine is None or theirs is None or not isinstance(mine.value, Duration) \
            or not isinstance(theirs.value, Duration) or mine.value.days() <= theirs.value.days() * UNEVEN:
        return None
    return Flag("notice.uneven",
                f"You must give more notice ({human(mine.value)}) than the employer ({human(theirs.value)})",
                "medium", mine.evidence + theirs.evidence,
                f"Ask for the same notice on both sides: {human(theirs.value)} from you, or "
                f"{human(mine.value)} from them.")


def letter_date(extraction: Extraction) -> dt.date | None:
    """The letter's own date, when the rules found it (an internal field)."""
    dates = [f for f in extraction.findings if f.field == "_letter_date" and isinstance(f.value, dt.date)]
    if not dates:
        return None
    return sorted(dates, key=lambda f: (-f.score, f.start))[0].value


def working_days(start: dt.date, end: dt.date) -> int:
    """Weekdays after ``start`` up to and including ``end`` (public holidays not known)."""
    return sum(1 for n in range(1, (end - start).days + 1) if (start + dt.timedelta(n)).weekday() < 5)


def deadline(extraction: Extraction, today: dt.date) -> Flag | None:
    t = _term(extraction, "offer_expiry")
    if t is None or not isinstance(t.value, dt.date):
        return None
    expiry = t.value
    if expiry < today:
        return Flag("deadline.passed", f"The deadline to accept ({expiry.isoformat()}) has passed", "high",
                    t.evidence, "Ask whether the offer still stands before you sign anything.")
    dated = letter_date(extraction)
    if dated is not None and dated <= expiry and working_days(dated, expiry) < MIN_WORKING_DAYS:
        n = working_days(dated, expiry)
        return Flag("deadline.short",
                    f"Short deadline: {n} working day{'' if n == 1 else 's'} between the letter "
                    f"({dated.isoformat()}) and the deadline ({expiry.isoformat()})", "medium", t.evidence,
                    "Ask for more time to read it and take advice; a week is a common and reasonable request.")
    return None


FLAG_CHECKS: list[FlagCheck] = [non_compete, clawback, arbitration, long_probation, uneven_notice, deadline]
