"""The words every view shares: a field's label, a value as a person reads it, a
constraint in a phrase, where a piece of evidence is (page and clause number), and the
sentence around it.

compare, flags, suggest and report write their sentences with these functions, so the
terminal, Markdown, HTML, JSON and e-mail say things the same way. Nothing here decides
anything; it only words it.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from offercheck.clauses import clause_number, line_start as _line_start
from offercheck.fields import ENUMS, LIST_FIELDS
from offercheck.sentences import sentence_bounds
from offercheck.values import Bonus, Covenant, Duration, Equity, Money, MoneyRange

DISCLAIMER = "This is a checklist to prepare a conversation, not legal advice."

LABELS = {
    "employer": "employer", "employee": "employee name", "job_title": "job title",
    "employment_type": "employment type", "fixed_term": "fixed term", "start_date": "start date",
    "end_date": "end date", "offer_expiry": "deadline to accept", "location": "place of work",
    "remote_policy": "working arrangement", "base_salary": "base salary",
    "pay_frequency": "pay frequency", "hours_per_week": "weekly hours",
    "overtime_eligible": "overtime pay", "signing_bonus": "signing bonus",
    "annual_bonus": "annual bonus", "equity": "equity", "pto_days": "paid time off",
    "sick_days": "paid sick days", "probation": "probation",
    "notice_employee": "notice you must give", "notice_employer": "notice the employer must give",
    "non_compete": "non-compete", "non_solicit": "non-solicitation clause",
    "confidentiality": "confidentiality clause", "ip_assignment": "IP assignment clause",
    "arbitration": "arbitration clause", "at_will": "at-will clause", "clawback": "clawback clause",
    "benefits": "benefits", "retirement_match_percent": "retirement match",
    "relocation": "relocation payment", "governing_law": "governing law",
    "contingencies": "conditions of the offer",
}
_UNITS = {"hours_per_week": "hours a week", "pto_days": "days", "sick_days": "days"}
_WORDY = set(LIST_FIELDS) | set(ENUMS)


def label(field: str) -> str:
    """The field as the candidate calls it: ``notice_employee`` -> "notice you must give"."""
    return LABELS.get(field, field.replace("_", " "))


_TO_RECRUITER = {"notice_employee": "notice I would have to give",
                 "notice_employer": "notice the company would have to give",
                 "employee": "name on the letter"}


def spoken(field: str) -> str:
    """The field as the candidate names it to the recruiter, where "you" would mislead:
    ``notice_employee`` -> "notice I would have to give"."""
    return _TO_RECRUITER.get(field, label(field))


_PACKAGES = ((re.compile(r"\bCTC\b|\bcost[\s-]+to[\s-]+(?:the[\s-]+)?company\b", re.I), "CTC (total cost to company)"),
             (re.compile(r"\btotal\s+(?:annual\s+)?remuneration\b", re.I), "total remuneration"),
             (re.compile(r"\btotal\s+(?:annual\s+)?(?:compensation|package)\b|\bpackage\b", re.I), "total package"))
"""A pay figure that is a whole package, and its name as the letter gives it: never "base salary"."""


def named(field: str, evidence=(), to_recruiter: bool = False, value: Any = None) -> str:
    """The field as this letter names it: a salary figure stated as a CTC or a package is
    called that, not "base salary" (its basic pay is another, smaller sum). Otherwise
    ``label`` (``spoken`` for text meant for the employer)."""
    if field == "base_salary":
        words = " ".join(e.text for e in evidence)
        for rx, name in _PACKAGES:
            if rx.search(words):
                return name
        if isinstance(value, Money) and value.period == "hour":
            return "hourly rate"
    return spoken(field) if to_recruiter else label(field)


def a_label(field: str) -> str:
    """The label with its article: "a non-compete", "an arbitration clause"."""
    text = label(field)
    return f"an {text}" if text[:1].lower() in "aeiou" else f"a {text}"


def plural(n: int, word: str) -> str:
    """ "1 day", "3 days" """
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def number(n: Any) -> str:
    """A number with thousands separators and no trailing zeros: 85000 -> "85,000"."""
    d = Decimal(str(n))
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d.quantize(Decimal('0.01')):,}".rstrip("0").rstrip(".")


def money(amount: Any, currency: str | None, period: str | None = None) -> str:
    """ "$128,000 a year", "CAD 95,000", "£12.50 an hour" (cents only when not whole)."""
    from offercheck.normalize.money import format_money
    d = Decimal(str(amount))
    d = d.to_integral_value() if d == d.to_integral_value() else d.quantize(Decimal("0.01"))
    text = format_money(Money(d, currency, period))
    return text if currency else f"{text} (currency not stated)"


def duration(value: Any, unit: str) -> str:
    from offercheck.normalize.duration import format_duration
    return format_duration(Duration(Decimal(str(value)), unit))


def human(value: Any, field: str | None = None) -> str:
    """A value as a person reads it: the program's values (Money, Duration, Covenant,
    Bonus, Equity, date, Decimal, str, list)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    for kind, words in _WORDERS:
        if isinstance(value, kind):
            return words(value)
    if isinstance(value, (int, float, Decimal)):
        text = number(value)
        if field == "retirement_match_percent":
            return f"{text}%"
        return f"{text} {_UNITS[field]}" if field in _UNITS else text
    if isinstance(value, str):
        return value.replace("_", " ") if field in _WORDY else value
    if isinstance(value, (list, tuple)):
        return ", ".join(human(v, field) for v in value) if value else "none"
    return str(value)


def _money_range(v: MoneyRange) -> str:
    from offercheck.normalize.money import format_money
    return format_money(v)


def _bonus(v: Bonus) -> str:
    if v.amount is not None:
        return money(v.amount.amount, v.amount.currency)
    return "—" if v.target_percent is None else f"{number(v.target_percent)}% target"


def _covenant(v: Covenant) -> str:
    if not v.present:
        return "none"
    return f"yes, {human(v.duration)}" if v.duration is not None else "yes (length not stated)"


def _equity(v: Equity) -> str:
    parts = []
    if v.quantity is not None:
        parts.append(f"{number(v.quantity)} {v.kind or 'units'}")
    elif v.kind:
        parts.append(str(v.kind))
    if v.value is not None:
        parts.append(f"worth {money(v.value.amount, v.currency)}")
    if v.vesting_months is not None:
        parts.append(f"vesting over {number(v.vesting_months)} months")
    if v.cliff_months is not None:
        parts.append(f"{number(v.cliff_months)}-month cliff")
    return ", ".join(parts) or "a grant (details not stated)"


_WORDERS = ((Money, lambda v: money(v.amount, v.currency, v.period)), (MoneyRange, _money_range),
            (Duration, lambda v: duration(v.value, v.unit)), ((dt.date, dt.datetime), lambda v: v.isoformat()[:10]),
            (Bonus, _bonus), (Covenant, _covenant), (Equity, _equity))
"""How each value type reads, in the order human() tries them."""


_PHRASES = (("equals", "{}"), ("one_of", "one of {}"), ("min", "at least {}"), ("max", "at most {}"),
            ("not_before", "on or after {}"), ("not_after", "on or before {}"))


def describe_expected(expected, field: str | None = None) -> str:
    """A check's expectation in a phrase: "at least $135,000 a year"."""
    if expected is None:
        return "—"
    parts = []
    if expected.allowed is False:
        parts.append("none")
    for key, phrase in _PHRASES:
        v = getattr(expected, key)
        if v is not None and v != ():
            text = " or ".join(human(x, field) for x in v) if key == "one_of" else human(v, field)
            parts.append(phrase.format(text))
    req = expected.required
    if isinstance(req, tuple):
        parts.append("includes " + human(req, field))
    elif req and not parts:
        parts.append("stated")
    return "; ".join(parts) or "—"


def quote(text: str, limit: int = 140) -> str:
    """Evidence on one line, cut at a word boundary with "…" past ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit + 1].rsplit(" ", 1)[0] if " " in flat[:limit + 1] else flat[:limit]  # never mid-word
    return cut.rstrip(" ,;:") + "…"


# -- where a piece of evidence is --------------------------------------------------------


def where(evidence, document=None, piece: int = 0) -> str:
    """ "p. 2, clause 5.1", "p. 2", "clause 14.1", "¶ 14" (a DOCX paragraph or cell), or "".
    ``piece`` chooses which piece of the evidence (-1: the last)."""
    if not evidence:
        return ""
    e = evidence[piece]
    clause = clause_number(document, e.start)
    parts = []
    if e.page is not None:
        parts.append(f"p. {e.page}")
    if clause:
        parts.append(f"clause {clause}")
    elif e.page is None and e.block is not None:
        parts.append(f"¶ {e.block}")
    if getattr(e, "source", None):
        parts.append(e.source)
    return ", ".join(parts)


_LEADING_NUMBER = re.compile(r"[ \t]*(?:(?:Clause|Section|Article)[ \t]+)?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?[ \t]+")
_SHORT = 30
"""A sentence shorter than this is a heading ("Non-competition."): the next one joins it."""


_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[–—]\s|\s-\s")
"""Where a clause ends inside a sentence: a quote cut short stops (or starts) there."""
_WEAK_END = re.compile(r"\s+(?:the|a|an|of|in|on|at|to|for|by|with|and|or|nor|its|your|their|our|any|\d[\d.,]*)$",
                       re.I)
"""A word a cut quote must not end on ("… in the 12…")."""


def sentence(document, evidence, limit: int = 200) -> str:
    """The sentence around a piece of evidence, verbatim from the document and on one
    line: a clause reads better quoted whole than as the fragment a rule matched. Past
    ``limit`` characters the sentence is cut around the evidence with "…"; the evidence
    itself is always kept whole. Without the document, the evidence alone."""
    text = getattr(document, "text", None)
    if not text or text[evidence.start:evidence.end] != evidence.text:
        return quote(evidence.text, limit)
    line_start = _line_start(text, evidence.start)
    line_end = text.find("\n", evidence.end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    a, b = evidence.start - line_start, evidence.end - line_start
    lo, hi = _sentence_around(line, a, b)
    found = " ".join(line[lo:hi].split())
    if len(found) <= limit:
        return found
    core = " ".join(evidence.text.split())
    if len(core) >= limit:
        return quote(core, limit)
    return _cut_around(line, lo, hi, a, b, limit)


def _sentence_around(line: str, a: int, b: int) -> tuple[int, int]:
    """``[lo, hi)`` of the sentences of ``line`` that hold ``line[a:b]`` (sentences.py's
    bounds), a short heading joined to the sentence after it, a leading clause number left out."""
    bounds = [0] + [start for start, _ in sentence_bounds(line)[1:]] + [len(line)]
    lo = max(x for x in bounds if x <= a)
    hi = next((x for x in bounds if x >= b), len(line))
    while len(line[lo:hi].strip()) < _SHORT and hi < len(line):
        hi = min([x for x in bounds if x > hi] or [len(line)])
    if lo == 0:  # the clause number is said apart ("clause 17.1"), not quoted
        number_ = _LEADING_NUMBER.match(line)
        if number_ and number_.end() <= a:
            lo = number_.end()
    return lo, hi


def _cut_around(line: str, lo: int, hi: int, a: int, b: int, limit: int) -> str:
    """A sentence too long to quote whole, cut around the evidence ``line[a:b]``: as many
    words either side as fit, alternating sides, then ended at a clause's end."""
    words = [(m.start() + lo, m.end() + lo) for m in re.finditer(r"\S+", line[lo:hi])]
    left = [w for w in words if w[1] <= a]
    right = [w for w in words if w[0] >= b]
    i, j = a, b  # the slice kept: line[i:j]
    while left or right:
        take_right = bool(right) and (not left or (j - b) <= (a - i))
        w = right[0] if take_right else left[-1]
        new_i, new_j = (i, w[1]) if take_right else (w[0], j)
        if len(" ".join(line[new_i:new_j].split())) > limit - 2:
            break
        i, j = new_i, new_j
        (right.pop(0) if take_right else left.pop())
    if right:
        j = _clause_end(line, b, j)
    if left:  # start at a clause's beginning before the evidence
        starts = [m.end() for m in _CLAUSE_END.finditer(line, i, a)]
        if starts:
            i = starts[0]
    out = " ".join(line[i:j].split())
    return ("…" if left else "") + out.rstrip(" ,;:") + ("…" if right else "")


def _clause_end(line: str, b: int, j: int) -> int:
    """Where a quote cut at ``j`` should end: at a clause's end after the evidence (which
    ends at ``b``), else not on a dangling little word."""
    ends = [m.start() for m in _CLAUSE_END.finditer(line, b, j + 1) if m.start() < j]
    if ends:
        return ends[-1]
    while j > b and _WEAK_END.search(line, b, j):
        j = _WEAK_END.search(line, b, j).start()
    return j


def quoted_piece(field: str) -> int:
    """Which piece of a term's evidence to quote and place: a value read from several places
    rests on its last one ("For 12 months after ..." under the "Non-competition" heading,
    "within 7 days of the date of this letter" after the date); a list on its first."""
    return 0 if field in LIST_FIELDS else -1


def cite(document, evidence, limit: int = 200, piece: int = 0) -> str:
    """Where a clause is and what it says: 'Clause 5.1 (p. 2) says “Your salary is …”'.
    ``piece`` chooses which piece of the evidence to quote (-1: the last)."""
    if not evidence:
        return "The letter"
    e = evidence[piece]
    clause = clause_number(document, e.start)
    page = f"p. {e.page}" if e.page is not None else ""
    if clause:
        head = f"Clause {clause}" + (f" ({page})" if page else "")
    else:
        head = "The letter" + (f" ({page})" if page else "")
    return f"{head} says “{sentence(document, e, limit).rstrip(' .;:,')}”"
