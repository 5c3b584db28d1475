"""The named, versioned checks a flag rule can call (``when: {check: pay.components.v1}``)
where a flag needs logic: a non-compete's length, uneven notice, a deadline, long hours
without overtime pay, and consistency inside the document (two different salaries, a
monthly figure that is not a twelfth of the annual one, CTC components that do not add
up, look-alike digits, hidden text). Each reads the terms, the findings of the
extraction pass (``_extra_hours``, ``_unpaid_overtime``, ``_signing_block``, ...) and the
Document's structure, and returns Hits; the flag stage (flags.py) words them. The
rulebook's loader checks a rule's check name against CHECKS, so this module imports
neither.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterable

from offercheck.describe import human, plural
from offercheck.model import Evidence, Extraction, Finding, Term
from offercheck.normalize.lookalike import as_digits, look_alike_numerals
from offercheck.normalize.patterns import DURATION, MONEY
from offercheck import values
from offercheck.values import Covenant, Duration, Money

LONG_NON_COMPETE = Duration(Decimal(6), "month")
MIN_WORKING_DAYS = 3
UNEVEN = 1.1
"""Notice counts as uneven past 10% more: "1 month" against "4 weeks" is the same promise."""
LONG_WEEK = Decimal(40)
"""Weekly hours above this are long hours."""
MIN_SCORE = 0.5
"""Findings below this score are not trusted (to raise a flag, or to disagree with the chosen term)."""
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
MAX_EVIDENCE = 4
"""Places quoted, and items named, in one flag."""
TERM_VALUES = {"value"}
"""What a ``when: {term: ...}`` flag's title may hold: the term's value as a person reads it."""


@dataclass(frozen=True)
class Hit:
    """What a check found: the evidence, the values its flag's wording holds, and the
    severity where the check decides it (a short non-compete is milder)."""

    evidence: tuple[Evidence, ...]
    values: dict[str, str] = field(default_factory=dict)
    severity: str | None = None


@dataclass(frozen=True)
class FlagCheck:
    name: str
    fn: Callable[[Extraction, dt.date], "list[Hit]"]
    gives: tuple[str, ...]
    """The values a flag's title and ask may name."""


CHECKS: dict[str, FlagCheck] = {}
"""The registered checks, by versioned name; a flag rule naming another fails at load."""


def check(name: str, *gives: str):
    def deco(fn):
        CHECKS[name] = FlagCheck(name, fn, gives)
        return fn
    return deco


def _term(extraction: Extraction, field: str) -> Term | None:
    t = extraction.terms.get(field)
    return t if t is not None and t.value is not None else None


def _found(extraction: Extraction, select: Callable[[Finding], bool]) -> list[Finding]:
    """Trusted findings of the extraction pass, in the document's order, one per place."""
    spans = {(f.start, f.end): f for f in extraction.findings if select(f) and f.score >= MIN_SCORE}
    return [spans[k] for k in sorted(spans)]


def _quoted(extraction: Extraction, found: Iterable[Finding]) -> tuple[Evidence, ...]:
    return tuple(extraction.document.evidence(f.start, f.end) for f in found)


# -- checks on terms ---------------------------------------------------------------------------


@check("non_compete.v1", "length")
def non_compete(extraction: Extraction, today: dt.date) -> list[Hit]:
    """A non-compete after the job: milder when it is stated and 6 months or shorter."""
    t = _term(extraction, "non_compete")
    if t is None or not (t.value.present if isinstance(t.value, Covenant) else t.value):
        return []
    length = t.value.duration if isinstance(t.value, Covenant) else None
    stated = isinstance(length, Duration)
    long = not stated or length.days() > LONG_NON_COMPETE.days() + 1
    return [Hit(t.evidence, {"length": human(length) if stated else "length not stated"},
                None if long else "medium")]


@check("notice.uneven.v1", "mine", "theirs")
def uneven_notice(extraction: Extraction, today: dt.date) -> list[Hit]:
    mine, theirs = _term(extraction, "notice_employee"), _term(extraction, "notice_employer")
    if mine is None or theirs is None or not isinstance(mine.value, Duration) \
            or not isinstance(theirs.value, Duration) or mine.value.days() <= theirs.value.days() * UNEVEN:
        return []
    return [Hit(mine.evidence + theirs.evidence, {"mine": human(mine.value), "theirs": human(theirs.value)})]


def letter_date(extraction: Extraction) -> dt.date | None:
    """The letter's own date as the document context read it."""
    from offercheck.context import context_of, letter_date_term

    term = letter_date_term(context_of(extraction))
    return term.value if term is not None else None


def working_days(start: dt.date, end: dt.date) -> int:
    """Weekdays after ``start`` up to and including ``end`` (public holidays not known)."""
    return sum(1 for n in range(1, (end - start).days + 1) if (start + dt.timedelta(n)).weekday() < 5)


def _expiry(extraction: Extraction) -> Term | None:
    t = _term(extraction, "offer_expiry")
    return t if t is not None and isinstance(t.value, dt.date) else None


@check("deadline.passed.v1", "expiry")
def deadline_passed(extraction: Extraction, today: dt.date) -> list[Hit]:
    t = _expiry(extraction)
    if t is None or t.value >= today:
        return []
    return [Hit(t.evidence, {"expiry": t.value.isoformat()})]


@check("deadline.short.v1", "days", "dated", "expiry")
def deadline_short(extraction: Extraction, today: dt.date) -> list[Hit]:
    t = _expiry(extraction)
    if t is None or t.value < today:
        return []
    expiry, dated = t.value, letter_date(extraction)
    if dated is None or dated > expiry or working_days(dated, expiry) >= MIN_WORKING_DAYS:
        return []
    return [Hit(t.evidence, {"days": plural(working_days(dated, expiry), "working day"),
                             "dated": dated.isoformat(), "expiry": expiry.isoformat()})]


def _long_week(extraction: Extraction) -> Term | None:
    hours = _term(extraction, "hours_per_week")
    long = hours is not None and isinstance(hours.value, (int, float, Decimal)) \
        and not isinstance(hours.value, bool) and Decimal(str(hours.value)) > LONG_WEEK
    return hours if long else None


def _overtime(extraction: Extraction) -> tuple[str, tuple[Evidence, ...], dict] | None:
    """Long hours (a week over 40, or extra hours asked for) and what the letter says of
    their pay: "unpaid", "unstated", or None where there are no long hours or they are paid."""
    long_week = _long_week(extraction)
    extra = _found(extraction, lambda f: f.field == "_extra_hours")
    if long_week is None and not extra:
        return None
    long_ev = (long_week.evidence if long_week else ()) + _quoted(extraction, extra[:2])
    ot = _term(extraction, "overtime_eligible")
    unpaid = _found(extraction, lambda f: f.field == "_unpaid_overtime")
    if ot is not None and ot.value is True:
        return None
    if (ot is not None and ot.value is False) or unpaid:
        ev = _quoted(extraction, unpaid[:1]) or (ot.evidence if ot else ())
        how = human(long_week.value, "hours_per_week") if long_week else "extra hours when needed"
        return "unpaid", long_ev + ev, {"how": how}
    return "unstated", long_ev, {}


@check("overtime.unpaid.v1", "how")
def overtime_unpaid(extraction: Extraction, today: dt.date) -> list[Hit]:
    """No overtime pay with long hours: extra hours expected (or a week over 40 hours) and
    overtime not paid."""
    found = _overtime(extraction)
    return [Hit(found[1], found[2])] if found and found[0] == "unpaid" else []


@check("overtime.unstated.v1")
def overtime_unstated(extraction: Extraction, today: dt.date) -> list[Hit]:
    """Extra hours with no word on their pay: a question to ask."""
    found = _overtime(extraction)
    return [Hit(found[1], found[2])] if found and found[0] == "unstated" else []


# -- consistency inside the document ---------------------------------------------------------

# the salary periods whose figures are compared (an hourly or daily rate is not a salary)
PER_YEAR = {p: values.PER_YEAR[p] for p in ("year", "month", "week")}
MEASURES = ("ctc", "net", "gross", "basic")
"""What a pay figure may measure (rules/flags/pay-measure.yaml), the first found winning."""


def _measure(extraction: Extraction, finding: Finding) -> str | None:
    """What a salary figure measures, from the words just before it on its line ("total
    remuneration package of X, comprising: Salary Y"): an Indian CTC, a gross, an in-hand
    or a basic figure are different sums, never compared with one another."""
    text = getattr(extraction.document, "text", "") or ""
    raw = getattr(finding.value, "raw", "") or ""
    pos = text.find(raw, finding.start, finding.end + len(raw)) if text and raw else -1
    if pos < 0:
        lo, hi = finding.evidence[0].start, finding.evidence[0].end
    else:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        lo = max(text.rfind("\n", 0, pos) + 1, pos - 60, text.rfind(";", 0, pos) + 1, text.rfind(". ", 0, pos) + 1)
        hi = min(line_end, pos + len(raw) + 15)
    said = {f.value for f in extraction.findings if f.field == "_pay_measure" and lo <= f.start and f.end <= hi}
    return next((name for name in MEASURES if name in said), None)


def _salary_findings(extraction: Extraction) -> list[Finding]:
    return [f for f in extraction.findings
            if f.field == "base_salary" and f.score >= MIN_SCORE and isinstance(f.value, Money)
            and f.value.period in PER_YEAR]


def _salary_mismatch(extraction: Extraction, month_and_year: bool) -> tuple[Term, Finding] | None:
    """The chosen salary and the first trusted finding of the same measure and currency that
    disagrees with it (runners-up included): with ``month_and_year`` a month's figure against
    a year's, else two figures for the same period (or a week against a year), so that one
    kind of disagreement never hides the other."""
    term = _term(extraction, "base_salary")
    if term is None or not isinstance(term.value, Money) or term.value.period not in PER_YEAR:
        return None
    chosen = term.value
    chosen_measure = _measure(extraction, term.finding) if term.finding is not None else None
    for f in _salary_findings(extraction):
        v = f.value
        if (v.currency != chosen.currency or ({chosen.period, v.period} == {"month", "year"}) != month_and_year
                or _measure(extraction, f) != chosen_measure):
            continue
        a, b = chosen.amount * PER_YEAR[chosen.period], v.amount * PER_YEAR[v.period]
        if abs(a - b) > Decimal("0.01") * max(a, b):
            return term, f
    return None


@check("pay.monthly_annual.v1", "month", "twelve", "year")
def monthly_annual(extraction: Extraction, today: dt.date) -> list[Hit]:
    """A monthly salary that is not a twelfth of the annual one."""
    found = _salary_mismatch(extraction, month_and_year=True)
    if found is None:
        return []
    term, f = found
    month, year = (term.value, f.value) if term.value.period == "month" else (f.value, term.value)
    return [Hit(term.evidence + f.evidence, {"month": human(month), "year": human(year),
                                             "twelve": human(Money(month.amount * 12, month.currency, "year"))})]


@check("pay.two_salaries.v1", "chosen", "other")
def two_salaries(extraction: Extraction, today: dt.date) -> list[Hit]:
    """Two different salaries for the same period (or a week against a year)."""
    found = _salary_mismatch(extraction, month_and_year=False)
    if found is None:
        return []
    term, f = found
    return [Hit(term.evidence + f.evidence, {"chosen": human(term.value), "other": human(f.value)})]


@check("start.two_dates.v1", "chosen", "other")
def start_dates(extraction: Extraction, today: dt.date) -> list[Hit]:
    term = _term(extraction, "start_date")
    if term is None or not isinstance(term.value, dt.date):
        return []
    for f in extraction.findings:
        if f.field == "start_date" and f.score >= MIN_SCORE and isinstance(f.value, dt.date) and f.value != term.value:
            return [Hit(term.evidence + f.evidence, {"chosen": human(term.value), "other": human(f.value)})]
    return []


# an annex table of pay: "Basic Salary 40,000 4,80,000", "Salary | £2,000 | £24,000"; its
# header and rows are found in the extraction pass (rules/flags/pay-table-header.yaml, pay-rows.yaml)
_MAX_GAP = 3
"""Lines without figures (a section heading) that may sit inside one table."""


@dataclass(frozen=True)
class _Row:
    label: str
    values: tuple[Decimal, ...]
    start: int
    end: int
    kinds: frozenset[str] = frozenset()
    """The patterns that found it: "row", and "total", "grand-total" or "deduction"."""


def _rows_below(extraction: Extraction, after: int) -> list[_Row]:
    """The pay rows found below ``after`` (each found by its label, with the figures the
    rule read after it on its line), in the document's order."""
    text = extraction.document.text
    found: dict[tuple[int, int], tuple[set[str], Finding]] = {}
    for f in extraction.findings:
        if f.field == "_pay_row" and f.start > after and f.score >= MIN_SCORE:
            found.setdefault((f.start, f.end), (set(), f))[0].add(f.pattern)
    rows = []
    for (start, end), (kinds, f) in sorted(found.items(), key=lambda kv: kv[0]):
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        rows.append(_Row(f.evidence[0].text.strip(" |:"), f.value, line_start, line_end, frozenset(kinds)))
    return rows


def _pay_table(extraction: Extraction) -> tuple[list[_Row], int] | None:
    """The rows under the first header that names monthly and annual columns: which of the
    two columns is monthly (0 or 1), and the rows up to the grand total."""
    headers = _found(extraction, lambda f: f.field == "_pay_table_header")
    if not headers:
        return None
    h = headers[0].evidence[0].text.lower()
    monthly_first = h.find("month") < max(h.find("annu"), h.find("year"))
    text = extraction.document.text
    line_end = text.find("\n", headers[0].end)
    above = len(text) if line_end < 0 else line_end
    rows: list[_Row] = []
    for row in _rows_below(extraction, headers[0].end):
        if rows and text.count("\n", above, row.start) - 1 > _MAX_GAP:
            break
        if "deduction" in row.kinds:
            break  # below this the table subtracts: a different sum
        rows.append(row)
        above = row.end
        if {"grand-total", "total"} <= row.kinds:
            break
    if len(rows) < 3:
        return None
    return rows, 0 if monthly_first else 1


@dataclass(frozen=True)
class _Table:
    """A pay table with a grand total, its components, and the letter's currency."""

    rows: list[_Row]
    monthly: int
    grand: _Row
    parts: list[_Row]
    currency: str | None

    def amount(self, d: Decimal, period: str | None = None) -> str:
        return human(Money(d, self.currency, period)) if self.currency else human(d) + (f" a {period}" if period else "")


def _table(extraction: Extraction) -> _Table | None:
    """The document's pay table (an Indian CTC break-up, say), when it has a grand total and
    every component has as many figures as the total."""
    found = _pay_table(extraction)
    if found is None:
        return None
    rows, monthly = found
    grand = next((r for r in reversed(rows) if {"grand-total", "total"} <= r.kinds), None)
    if grand is None:
        return None
    parts = [r for r in rows if "total" not in r.kinds]
    if not parts or any(len(r.values) != len(grand.values) for r in parts):
        return None
    salary = _term(extraction, "base_salary")
    currency = salary.value.currency if salary is not None and isinstance(salary.value, Money) else None
    return _Table(rows, monthly, grand, parts, currency)


def _row_evidence(extraction: Extraction, rows: Iterable[_Row]) -> tuple[Evidence, ...]:
    return tuple(extraction.document.evidence(r.start, r.end) for r in rows)


@check("pay.components.v1", "which", "total", "stated")
def pay_components(extraction: Extraction, today: dt.date) -> list[Hit]:
    """Components of a pay table that do not add up to its total (a rupee of rounding each)."""
    table = _table(extraction)
    if table is None:
        return []
    width = len(table.grand.values)
    for col in range(width):
        total = sum(r.values[col] for r in table.parts)
        if abs(total - table.grand.values[col]) > Decimal(len(table.parts)):
            which = ("monthly" if col == table.monthly else "annual") if width == 2 else f"column {col + 1}"
            return [Hit(_row_evidence(extraction, [table.grand] + table.parts[:3]),
                        {"which": which, "total": table.amount(total), "stated": table.amount(table.grand.values[col])})]
    return []


@check("pay.table_row.v1", "label", "month", "twelve", "year")
def pay_table_row(extraction: Extraction, today: dt.date) -> list[Hit]:
    """The first row of a monthly and annual pay table whose annual figure is not twelve
    times its monthly one."""
    table = _table(extraction)
    if table is None or len(table.grand.values) != 2:
        return []
    m, y = table.monthly, 1 - table.monthly
    for r in table.rows:
        if abs(r.values[m] * 12 - r.values[y]) > 12:
            return [Hit(_row_evidence(extraction, [r]), {
                "label": r.label, "month": table.amount(r.values[m], "month"),
                "twelve": table.amount(r.values[m] * 12), "year": table.amount(r.values[y], "year")})]
    return []


@check("pay.ctc_total.v1", "ctc", "table")
def pay_ctc_total(extraction: Extraction, today: dt.date) -> list[Hit]:
    """The letter's annual CTC against the grand total of its monthly and annual table."""
    table, term = _table(extraction), _term(extraction, "base_salary")
    if table is None or len(table.grand.values) != 2 or term is None or not isinstance(term.value, Money) \
            or term.value.period != "year" or term.finding is None \
            or _measure(extraction, term.finding) != "ctc":
        return []
    stated, total = term.value.amount, table.grand.values[1 - table.monthly]
    if abs(stated - total) <= Decimal("0.01") * stated:
        return []
    return [Hit(term.evidence + _row_evidence(extraction, [table.grand]),
                {"ctc": human(term.value), "table": table.amount(total, "year")})]


@check("look_alike_digits.v1", "shown")
def look_alike_digits(extraction: Extraction, today: dt.date) -> list[Hit]:
    """Figures written with letters that imitate digits ("$1OO,OOO"): read as the number they
    imitate, and said, since a copy or a payroll system may read them otherwise."""
    document = extraction.document
    read = [(e.start, e.end) for f in extraction.findings for e in f.evidence]
    spans = [(a, b) for a, b in look_alike_numerals(getattr(document, "text", "") or "")
             if any(s < b and a < e for s, e in read)]  # only figures the rules read as terms
    if not spans:
        return []
    text = document.text
    shown = ", ".join(f"“{text[a:b]}” (read as {as_digits(text[a:b])})" for a, b in spans[:3])
    more = f" and {len(spans) - 3} more" if len(spans) > 3 else ""
    return [Hit(tuple(document.evidence(a, b) for a, b in spans[:4]), {"shown": shown + more})]


_STATES_TERMS = re.compile(
    rf"{MONEY}|{DURATION}|\d\s*%|\b(?:salary|wages?|pay|bonus|compensation|notice|terminat\w*|probation"
    r"|non-?compet\w*|non-?solicit\w*|equity|shares|options|leave|holiday|vacation|hours|overtime|start\s+date"
    r"|clawback|repay|arbitration|relocat\w*|benefits?)\b", re.IGNORECASE)
"""Words and figures that state terms, in text the Document holds apart (never in its text)."""
HIDDEN_QUOTE = 90
"""Characters of hidden text quoted in the flag's title."""


@check("hidden_text.v1", "quote", "where", "more")
def hidden_text(extraction: Extraction, today: dt.date) -> list[Hit]:
    """Text the file holds but does not show (invisible, white on white, off the page) that
    states terms: not read as terms, but said, quoted, since someone put it there."""
    document = extraction.document
    stating = [h for h in getattr(document, "hidden", ()) if _STATES_TERMS.search(h.text)]
    if not stating or not document.blocks:
        return []
    first = stating[0]
    quote = first.text if len(first.text) <= HIDDEN_QUOTE else first.text[:HIDDEN_QUOTE - 1].rstrip() + "…"
    pages = {h.page for h in stating}
    near = [b for b in document.blocks if b.page in pages] or list(document.blocks)
    return [Hit((document.evidence(near[0].start, near[0].end),), {
        "quote": quote, "where": f"page {first.page}, {first.why}" if first.page else first.why,
        "more": f" and {plural(len(stating) - 1, 'more passage')}" if len(stating) > 1 else ""})]
