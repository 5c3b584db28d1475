"""Red flags: clauses that deserve a second look, with or without expectations.

Three kinds, all computed from the document and its terms, each flag carrying the
document's own words as evidence:

- **terms** the rules found (a non-compete, a clawback, arbitration, a long probation,
  uneven notice, a deadline): one small function each;
- **wording** found with a small regex (another document the letter relies on, a blank
  left in it, terms the employer may change at its discretion, IP assignment beyond the
  job): one row each in TEXT_FLAGS, a table of id, title, severity, regex and
  suggestion (the rulebook's loader binds rules to fields, so these live here as data);
- **consistency** inside the document: a monthly figure that is not a twelfth of the
  annual one, CTC components that do not add up to the stated total, two different
  salaries or start dates among the findings.

Every check is a function ``(extraction, today) -> list of Flag`` in FLAG_CHECKS.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Iterable

from offercheck.describe import human, plural
from offercheck.model import Evidence, Extraction, Finding, Flag, Term
from offercheck.normalize.lookalike import as_digits, look_alike_numerals
from offercheck.normalize.patterns import DURATION, MONEY
from offercheck.values import Covenant, Duration, Money

LONG_PROBATION = Duration(Decimal(6), "month")
LONG_NON_COMPETE = Duration(Decimal(6), "month")
MIN_WORKING_DAYS = 3
UNEVEN = 1.1
"""Notice counts as uneven past 10% more: "1 month" against "4 weeks" is the same promise."""
LONG_WEEK = Decimal(40)
"""Weekly hours above this are long hours."""
MIN_SCORE = 0.5
"""Findings below this score are not trusted to disagree with the chosen term."""
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

FlagCheck = Callable[[Extraction, dt.date], "list[Flag]"]


def find_flags(extraction: Extraction, today: dt.date) -> tuple[Flag, ...]:
    """Every flag that applies to the letter, the most severe first (then in the order of
    FLAG_CHECKS)."""
    flags = [flag for check in FLAG_CHECKS for flag in check(extraction, today)]
    return tuple(sorted(flags, key=lambda f: SEVERITY_ORDER.get(f.severity, 3)))


def _term(extraction: Extraction, field: str) -> Term | None:
    t = extraction.terms.get(field)
    return t if t is not None and t.value is not None else None


def _evidence(document, start: int, end: int) -> Evidence:
    """A verbatim slice of the document as evidence, with its page and block."""
    block = document.block_at(start) if hasattr(document, "block_at") else None
    page = document.page_at(start) if hasattr(document, "page_at") else None
    return Evidence(document.text[start:end], start, end, page, block.index if block and page is None else None,
                    block.source if block else None)


# -- flags from terms ------------------------------------------------------------------


def non_compete(extraction: Extraction, today: dt.date) -> list[Flag]:
    t = _term(extraction, "non_compete")
    if t is None or not (t.value.present if isinstance(t.value, Covenant) else t.value):
        return []
    length = t.value.duration if isinstance(t.value, Covenant) else None
    long = length is None or not isinstance(length, Duration) or length.days() > LONG_NON_COMPETE.days() + 1
    title = (f"Non-compete after you leave ({human(length)})" if isinstance(length, Duration)
             else "Non-compete after you leave (length not stated)")
    return [Flag("clause.non_compete", title, "high" if long else "medium", t.evidence,
                 "Ask whether it can be removed, or narrowed to a shorter period and direct competitors "
                 "only, and whether you are paid while it applies.")]


def clawback(extraction: Extraction, today: dt.date) -> list[Flag]:
    t = _term(extraction, "clawback")
    if t is None or t.value is not True:
        return []
    return [Flag("clause.clawback", "Clawback: money to repay if you leave early", "medium", t.evidence,
                 "Ask for the amount to repay to shrink month by month, and to apply only if you resign.")]


def arbitration(extraction: Extraction, today: dt.date) -> list[Flag]:
    t = _term(extraction, "arbitration")
    if t is None or t.value is not True:
        return []
    return [Flag("clause.arbitration", "Disputes go to arbitration instead of a court", "medium", t.evidence,
                 "Ask which claims it covers, who pays for it, and whether you may opt out.")]


def long_probation(extraction: Extraction, today: dt.date) -> list[Flag]:
    t = _term(extraction, "probation")
    # a day's grace: "26 weeks" and "6 months" are the same promise
    if t is None or not isinstance(t.value, Duration) or t.value.days() <= LONG_PROBATION.days() + 1:
        return []
    return [Flag("probation.long", f"Probation longer than 6 months ({human(t.value)})", "medium", t.evidence,
                 "Ask to shorten it to 6 months or less, and what notice applies while it lasts.")]


def uneven_notice(extraction: Extraction, today: dt.date) -> list[Flag]:
    mine, theirs = _term(extraction, "notice_employee"), _term(extraction, "notice_employer")
    if mine is None or theirs is None or not isinstance(mine.value, Duration) \
            or not isinstance(theirs.value, Duration) or mine.value.days() <= theirs.value.days() * UNEVEN:
        return []
    return [Flag("notice.uneven",
                 f"You must give more notice ({human(mine.value)}) than the employer ({human(theirs.value)})",
                 "medium", mine.evidence + theirs.evidence,
                 f"Ask for the same notice on both sides: {human(theirs.value)} from you, or "
                 f"{human(mine.value)} from them.")]


def letter_date(extraction: Extraction) -> dt.date | None:
    """The letter's own date, when the rules found it (an internal field)."""
    dates = [f for f in extraction.findings if f.field == "_letter_date" and isinstance(f.value, dt.date)]
    if not dates:
        return None
    return sorted(dates, key=lambda f: (-f.score, f.start))[0].value


def working_days(start: dt.date, end: dt.date) -> int:
    """Weekdays after ``start`` up to and including ``end`` (public holidays not known)."""
    return sum(1 for n in range(1, (end - start).days + 1) if (start + dt.timedelta(n)).weekday() < 5)


def deadline(extraction: Extraction, today: dt.date) -> list[Flag]:
    t = _term(extraction, "offer_expiry")
    if t is None or not isinstance(t.value, dt.date):
        return []
    expiry = t.value
    if expiry < today:
        return [Flag("deadline.passed", f"The deadline to accept ({expiry.isoformat()}) has passed", "high",
                     t.evidence, "Ask whether the offer still stands before you sign anything.")]
    dated = letter_date(extraction)
    if dated is not None and dated <= expiry and working_days(dated, expiry) < MIN_WORKING_DAYS:
        n = working_days(dated, expiry)
        return [Flag("deadline.short",
                     f"Short deadline: {plural(n, 'working day')} between the letter "
                     f"({dated.isoformat()}) and the deadline ({expiry.isoformat()})", "medium", t.evidence,
                     "Ask for more time to read it and take advice; a week is a common and reasonable request.")]
    return []


# -- flags from the wording ---------------------------------------------------------------


@dataclass(frozen=True)
class TextFlag:
    """A red flag found in the wording of the document itself."""

    id: str
    title: str
    """May hold ``{items}``: the distinct values of the ``item`` group, joined."""
    severity: str
    regex: str
    """Compiled case-insensitively unless it says otherwise with ``(?-i:...)``."""
    suggestion: str
    """May hold ``{items}`` too."""
    item: str | None = None
    """The named group whose text names what was found ("Staff Handbook")."""
    unless: str | None = None
    """A match whose sentence also matches this is not a flag (a carve-out, a negation)."""
    signing_blocks: bool = True
    """Whether matches in the signature and acceptance blocks count."""


_CHANGE = r"(?:vary|change|amend|alter|modify|revise|replace|reduce)"
_VERBS = r"(?:vary|change|amend|alter|modify|revise|replace|reduce|withdraw|end|terminate|cancel|discontinue)"
"""Ending a contract is not changing it; ending a benefit plan is."""
_OPENING = r"(?:may|can|reserves?\s+the\s+right\s+to|is\s+entitled\s+to)"
_WHENEVER = (r"(?:\s*(?:,|at\s+any\s+time|from\s+time\s+to\s+time|unilaterally"
             r"|at\s+(?:its|our)\s+(?:sole\s+|absolute\s+)?discretion))*\s+")
_DOC_WORDS = r"(?:Handbook|Policy|Policies|Plan|Agreement|Manual|Code\s+of\s+Conduct|Procedures|Scheme)"
# a document named in title case and read as a whole name: "the Company's 2021 Equity
# Incentive Plan", not "the Summary Plan" of "the Summary Plan Description"
_DOCS = rf"(?-i:{_DOC_WORDS})(?!\s+(?-i:[A-Z]))"
_NAME_WORD = rf"(?-i:(?!{_DOC_WORDS}\b)[A-Z0-9][\w’'&-]*)"
_GENERIC = {"agreement", "plan", "policy", "policies", "handbook", "manual", "scheme", "procedures"}
"""A bare "the Agreement" is most often this very letter: not another document."""

TEXT_FLAGS: tuple[TextFlag, ...] = (
    TextFlag(
        "refers.other_document", "Terms set out in another document: {items}", "medium",
        rf"\b(?:the|our|its|your|an?|enclosed|attached|separate|Company[’']s)\s+(?P<doc>(?!Company[’']s\b)"
        rf"(?:{_NAME_WORD}\s+(?:(?:and|of|for|&)\s+)?){{0,6}}{_DOCS})\b",
        "Ask for a copy of the {items} before you sign, and which parts of them bind you.",
        item="doc"),
    TextFlag(
        "blank.placeholder", "A blank left in the letter: {items}", "medium",
        r"(?P<blank>\[\s*(?:[●•…]|\.{2,}|_+|x{2,}|insert\b[^\]\n]{0,40}|to\s+be\s+(?:confirmed|agreed|determined)"
        r"|(?-i:TB[CDA]|[A-Z][A-Z /]{2,24}))?\s*\]|<<[^<>\n]{0,40}>>|\{\{[^{}\n]{0,40}\}\}|(?-i:\bTB[CD]\b))",
        "Ask for the blank to be completed before you sign; a blank can be filled in later "
        "without you.", item="blank"),
    TextFlag(
        "blank.line", "A blank to fill in, outside the signature block", "low",
        r"(?<![\w:])(?P<blank>_{4,}|\.{8,})",
        "Check whether the blank is yours to fill in; if the employer's, ask for it to be completed "
        "before you sign.",
        unless=r"(?i)\b(?:signature|signed|sign|date|dated|name|place|witness|title|designation)\b[^\n]{0,60}$"
               r"|^[\s_.]*$",  # a line of nothing but blanks is a signature line
        signing_blocks=False),
    TextFlag(
        "discretion.terms", "The employer may change your terms at its discretion", "high",
        rf"\b{_OPENING}{_WHENEVER}{_CHANGE}(?:\s+(?:or|and|and/or)\s+{_VERBS})?\s+(?:any\s+(?:of\s+)?|all\s+(?:of\s+)?)?"
        r"(?:these|the|this|your|its|our)\s+(?:\w+\s+){0,2}?"
        r"(?:terms|contract|agreement|conditions|salary|remuneration|pay|compensation|duties|hours|role|job"
        r"|position|place\s+of\s+work|working\s+hours)\b",
        "Ask for changes to need your written agreement, or to be limited to reasonable changes with notice.",
        unless=r"(?i)\b(?:in\s+writing\s+signed\s+by\s+(?:you|both)|with\s+your\s+(?:written\s+)?(?:consent|agreement)|by\s+mutual)\b"),
    TextFlag(
        "discretion.policies", "The employer may change benefits or policies that apply to you", "medium",
        rf"\b{_OPENING}{_WHENEVER}{_VERBS}(?:(?:\s*,\s*|\s+(?:or|and|and/or)\s+){_VERBS}){{0,3}}\s+"
        r"(?:any\s+(?:of\s+)?|all\s+(?:of\s+)?)?"
        r"(?:these|the|this|your|its|our)\s+(?:\w+\s+){0,2}?"
        r"(?:benefits?|benefit\s+plans?|plans|policies|bonus|handbook)\b"
        rf"|\b(?:{_DOCS}|policies|rules)\s+as\s+(?:amended|changed|revised|updated|varied)\s+from\s+time\s+to\s+time"
        # "The Staff Handbook may be updated from time to time", "policies may be varied or withdrawn"
        r"|\b(?:handbook|policies|policy|procedures|benefits?(?:\s+plans?)?)\b[^.;\n]{0,60}?\b(?:may|can)\s+"
        r"(?:\w+\s+){0,2}?be\s+(?:\w+\s+)?(?:amended|changed|revised|updated|varied|replaced|withdrawn|modified"
        r"|altered|reduced|discontinued)\b",
        "Ask which benefits and policies are contractual, and for notice before any change that affects you.",
        unless=r"(?i)\bwith\s+your\s+(?:prior\s+)?(?:written\s+)?(?:consent|agreement)\b|\bby\s+mutual\b"),
    TextFlag(
        "deduction.losses", "The employer may deduct losses or damage from your pay", "medium",
        r"\b(?:deduct|withhold|set\s+off|recover)\b[^.;\n]{0,120}?\b(?:loss(?:es)?|damage|shortages?|breakages?)\b"
        r"|\b(?:loss(?:es)?|damage|shortages?|breakages?)\b[^.;\n]{0,120}?\b(?:deducted|recovered|withheld)\s+"
        r"from\s+(?:your\s+)?(?:pay|salary|wages|remuneration)",
        "Ask for any deduction to need your written agreement each time, to cover only losses you caused "
        "deliberately or through gross negligence, and never to take your pay below the legal minimum."),
    TextFlag(
        "confidential.pay", "You may not discuss your pay", "medium",
        r"\b(?:must|shall|will|may|should)\s+not\s+(?:discuss|disclose|reveal|share|divulge)\s+(?:\w+\s+){0,5}?"
        r"(?:salary|pay|remuneration|compensation|wages?|pay\s+package)\b"
        r"|\bkeep\s+(?:your|the\s+details\s+of\s+your|the)\s+(?:salary|pay|remuneration|compensation)"
        r"(?:\s+\w+){0,3}?\s+(?:strictly\s+)?(?:confidential|private|secret)\b",
        "In many places the law protects discussing pay with colleagues (in the US and the UK, for "
        "example); ask for the clause to be removed or limited to what the law allows."),
    TextFlag(
        "discretion.transfer", "The employer may move you to another place of work", "medium",
        r"\bmay\s+(?:\w+\s+){0,2}?(?:transfer|relocate|move|deploy|post)\s+you\s+to\s+(?:any|another|other)\b",
        "Ask for any transfer to need your agreement, or to be limited to a reasonable distance, "
        "with relocation costs paid."),
    TextFlag(
        "ip.beyond_job", "IP assignment reaches beyond your job", "high",
        r"\b(?:inventions?|intellectual\s+property|work\s+product|works|creations?|developments?|ideas)\b"
        r"[^.;\n]{0,200}?\b(?:whether\s+or\s+not\s+(?:(?:during|within)\s+(?:normal\s+|regular\s+)?(?:working|business|office)\s+hours"
        r"|in\s+the\s+course\s+of|using|with\s+the\s+use\s+of|(?:related|relating)\s+to"
        r"|(?:made|conceived|created|developed)\s+(?:during|in|within|using|with|at))"
        r"|outside\s+(?:of\s+)?(?:normal\s+|your\s+|regular\s+)?(?:working|business|office)\s+hours"
        r"|on\s+your\s+own\s+time|in\s+your\s+(?:own|spare|free)\s+time"
        r"|(?:made|created|conceived|developed|authored|invented)\s+(?:\w+\s+){0,4}?(?:before|prior\s+to)\s+"
        r"(?:the\s+(?:start|commencement)\s+of\s+)?your\s+employment"
        r"|(?:whether|even\s+if)\s+(?:or\s+not\s+)?(?:they\s+are\s+|it\s+is\s+)?(?:not\s+)?related\s+to\s+(?:the\s+|our\s+)?(?:Company[’']s\s+)?business)",
        "Ask to limit the assignment to work done in the course of your job or with the employer's "
        "resources, and to list your own prior inventions and side projects as excluded.",
        unless=r"(?i)\b(?:does\s+not\s+apply|do\s+not\s+apply|shall\s+not\s+apply|excluding|except|other\s+than|2870)\b"),
)

_COMPILED = {t.id: re.compile(t.regex, re.IGNORECASE) for t in TEXT_FLAGS}
_UNLESS = {t.id: re.compile(t.unless) for t in TEXT_FLAGS if t.unless}
# the candidate's own signature and acceptance blocks, where blank lines belong
_SIGNING = re.compile(
    r"(?im)^[ \t]*(?:acceptance\b[^\n]{0,40}|accepted\s+and\s+agreed[^\n]{0,40}|agreed\s+and\s+accepted[^\n]{0,40}"
    r"|acknowledg(?:e)?ment[^\n]{0,40}|declaration[^\n]{0,40}|signed\s+for\s+and\s+on\s+behalf\b[^\n]{0,60}"
    # "I accept the offer on these terms.", "I, Jo Bloggs, hereby accept ...", a "Signature:" label alone
    r"|I(?:,[^\n,]{0,60},)?\s+(?:hereby\s+)?(?:accept|agree\s+to)\b[^\n]{0,200}"
    r"|(?:(?:employee|candidate)[’']?s?\s+)?(?:signature|signed|acceptance|declaration)\s*:?)$")


def _signing_start(text: str) -> int:
    """Where the first signature or acceptance block begins (the end of the text if none)."""
    m = _SIGNING.search(text)
    return m.start() if m else len(text)


def _sentence_of(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[lo:min(hi_candidates) if hi_candidates else len(text)]


def _same_name(a: str, b: str) -> bool:
    """ "Confidentiality Agreement" is the short name of "Employee Confidentiality and
    Invention Assignment Agreement"."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _items(found: Iterable[str], drop_generic: bool = False) -> list[str]:
    """Distinct names, the same document once: its defined short name ("Confidentiality
    Agreement") where it has one, its full name where the short one is a bare word ("Plan")."""
    out: list[str] = []
    for item in found:
        item = " ".join(item.split())
        same = next((i for i, x in enumerate(out) if _same_name(item, x)), None)
        if same is None:
            out.append(item)
        else:
            short, long = sorted((item, out[same]), key=len)
            out[same] = long if len(short.split()) == 1 else short
    if drop_generic:
        out = [x for x in out if x.lower() not in _GENERIC]
    return out


def _and(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C" """
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def text_flags(extraction: Extraction, today: dt.date) -> list[Flag]:
    """The rows of TEXT_FLAGS that match the document: one flag per row, its evidence the
    first few places, its title naming what was found."""
    document = extraction.document
    text = getattr(document, "text", "") or ""
    signing = _signing_start(text)
    out = []
    for row in TEXT_FLAGS:
        spans: list[tuple[int, int]] = []
        items: list[str] = []
        for m in _COMPILED[row.id].finditer(text):
            if not row.signing_blocks and m.start() >= signing:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start:len(text) if line_end < 0 else line_end]
            if row.unless and (_UNLESS[row.id].search(text[line_start:m.start()]) or _UNLESS[row.id].fullmatch(line)
                               if row.id == "blank.line"
                               else _UNLESS[row.id].search(_sentence_of(text, m.start(), m.end()))):
                continue
            spans.append((m.start(), m.end()))
            if row.item:
                items.append(m.group(row.item))
        if not spans:
            continue
        named = _items(items, drop_generic=row.id == "refers.other_document")
        if row.item and not named:
            continue
        shown = ", ".join(f"“{x}”" if row.id.startswith("blank") else x for x in named[:4])
        if len(named) > 4:
            shown += f" and {len(named) - 4} more"
        evidence = tuple(_evidence(document, a, b) for a, b in spans[:4])
        out.append(Flag(row.id, row.title.format(items=shown), row.severity, evidence,
                        row.suggestion.format(items=_and(named[:4]) or "document")))
    return out


_UNPAID_OVERTIME = re.compile(
    r"(?:will\s+not|shall\s+not|won[’']t|are\s+not|is\s+not)\s+(?:be\s+)?(?:receive|paid|entitled\s+to|eligible\s+for)"
    r"\s+(?:any\s+)?(?:extra|additional|overtime)\s+(?:pay|payment|remuneration|compensation)?"
    r"(?=[^.\n]{0,40}\b(?:hours|overtime|time\s+worked)\b)"  # pay for hours, not for a directorship
    r"|not\s+(?:be\s+)?(?:eligible|entitled)\s+(?:for|to)\s+overtime"
    r"|\bno\s+(?:overtime|extra|additional)\s+(?:pay|payment|remuneration|compensation)"
    r"|overtime\s+(?:is|will\s+be)\s+(?:not\s+paid|unpaid)"
    r"|\b(?:hours|overtime)\b[^.\n]{0,80}?\bwithout\s+(?:additional|extra|further)\s+(?:pay|payment|remuneration|compensation)"
    r"|salary\s+(?:includes|covers)\s+(?:any\s+)?(?:overtime|additional\s+hours)",
    re.IGNORECASE)
_EXTRA_HOURS = re.compile(
    r"(?:required|expected|asked|obliged)\s+to\s+work\s+(?:\w+\s+){0,3}?(?:additional|extra|longer|further|such)\s+hours"
    r"|work\s+(?:\w+\s+){0,2}?(?:beyond|outside|in\s+excess\s+of)\s+(?:these|your|normal|the\s+above|standard|contracted|office)\s+hours"
    r"|(?:such\s+)?(?:additional\s+)?hours\s+as\s+(?:are\s+|may\s+be\s+)?(?:reasonably\s+)?(?:necessary|required|needed)",
    re.IGNORECASE)


def overtime(extraction: Extraction, today: dt.date) -> list[Flag]:
    """No overtime pay with long hours: extra hours expected (or a week over 40 hours) and
    overtime not paid. Extra hours with no word on their pay is a question to ask."""
    document = extraction.document
    text = getattr(document, "text", "") or ""
    hours = _term(extraction, "hours_per_week")
    long_week = hours is not None and isinstance(hours.value, (int, float, Decimal)) \
        and not isinstance(hours.value, bool) and Decimal(str(hours.value)) > LONG_WEEK
    extra = [m for m in _EXTRA_HOURS.finditer(text)]
    if not long_week and not extra:
        return []
    long_ev = (hours.evidence if long_week else ()) + tuple(_evidence(document, m.start(), m.end()) for m in extra[:2])
    ot = _term(extraction, "overtime_eligible")
    unpaid = list(_UNPAID_OVERTIME.finditer(text))
    if ot is not None and ot.value is True:
        return []
    if (ot is not None and ot.value is False) or unpaid:
        ev = tuple(_evidence(document, m.start(), m.end()) for m in unpaid[:1]) or (ot.evidence if ot else ())
        how = f"{human(hours.value, 'hours_per_week')}" if long_week else "extra hours when needed"
        return [Flag("overtime.unpaid", f"No overtime pay, with long hours ({how})", "medium", long_ev + ev,
                     "Ask how many extra hours are usual, and for time off in lieu or overtime pay past a limit.")]
    return [Flag("overtime.unstated", "Extra hours may be required; the letter does not say they are paid", "low",
                 long_ev, "Ask how often extra hours are needed and whether they are paid or given back as time off.")]


# -- consistency inside the document ---------------------------------------------------------

_MEASURES = (("ctc", re.compile(r"\bCTC\b|cost\s+to\s+(?:the\s+)?company|\bpackage\b|total\s+remuneration"
                                r"|superannuation", re.I)),
             ("net", re.compile(r"\bnet\b|in[- ]hand|take[- ]home", re.I)),
             ("gross", re.compile(r"\bgross\b", re.I)),
             ("basic", re.compile(r"\bbasic\b", re.I)))
PER_YEAR = {"year": 1, "month": 12, "week": 52}


def _measure(document, finding: Finding) -> str | None:
    """What a salary figure measures, from the words just before it on its line ("total
    remuneration package of X, comprising: Salary Y"): an Indian CTC, a gross, an in-hand
    or a basic figure are different sums, never compared with one another."""
    text = getattr(document, "text", "") or ""
    raw = getattr(finding.value, "raw", "") or ""
    pos = text.find(raw, finding.start, finding.end + len(raw)) if text and raw else -1
    if pos < 0:
        around = finding.evidence[0].text
    else:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        cut = max(text.rfind("\n", 0, pos) + 1, pos - 60, text.rfind(";", 0, pos) + 1, text.rfind(". ", 0, pos) + 1)
        around = text[cut:min(line_end, pos + len(raw) + 15)]
    return next((name for name, rx in _MEASURES if rx.search(around)), None)


def _salary_findings(extraction: Extraction) -> list[Finding]:
    return [f for f in extraction.findings
            if f.field == "base_salary" and f.score >= MIN_SCORE and isinstance(f.value, Money)
            and f.value.period in PER_YEAR]


def salaries(extraction: Extraction, today: dt.date) -> list[Flag]:
    """Two different salaries, or a monthly figure that is not a twelfth of the annual one,
    among the places the letter states its pay (runners-up included)."""
    term = _term(extraction, "base_salary")
    if term is None or not isinstance(term.value, Money) or term.value.period not in PER_YEAR:
        return []
    document = extraction.document
    chosen, chosen_measure = term.value, None
    if term.finding is not None:
        chosen_measure = _measure(document, term.finding)
    for f in _salary_findings(extraction):
        v = f.value
        if v.currency != chosen.currency or _measure(document, f) != chosen_measure:
            continue
        a = chosen.amount * PER_YEAR[chosen.period]
        b = v.amount * PER_YEAR[v.period]
        if abs(a - b) <= Decimal("0.01") * max(a, b):
            continue
        if {chosen.period, v.period} == {"month", "year"}:
            month, year = (chosen, v) if chosen.period == "month" else (v, chosen)
            return [Flag("pay.monthly_annual",
                         f"Monthly and annual pay do not agree: {human(month)} × 12 is "
                         f"{human(Money(month.amount * 12, month.currency, 'year'))}, not {human(year)}",
                         "high", term.evidence + f.evidence,
                         "Ask which figure is your pay, and for the letter to state one figure per period.")]
        return [Flag("pay.two_salaries", f"Two different salaries: {human(chosen)} and {human(v)}", "high",
                     term.evidence + f.evidence,
                     "Ask which salary is the one you are offered, and for the letter to be corrected.")]
    return []


def start_dates(extraction: Extraction, today: dt.date) -> list[Flag]:
    term = _term(extraction, "start_date")
    if term is None or not isinstance(term.value, dt.date):
        return []
    for f in extraction.findings:
        if f.field == "start_date" and f.score >= MIN_SCORE and isinstance(f.value, dt.date) and f.value != term.value:
            return [Flag("start.two_dates",
                         f"Two different start dates: {human(term.value)} and {human(f.value)}", "medium",
                         term.evidence + f.evidence, "Ask which start date is right, and for the letter to be corrected.")]
    return []


# an annex table of pay: "Basic Salary 40,000 4,80,000", "Salary | £2,000 | £24,000"
_ROW = re.compile(r"(?m)^(?P<label>[^\n\d]*[A-Za-z][^\n\d]*?)[\s|:]+(?P<nums>(?:(?:Rs\.?|INR|₹|[$£€])?\s?"
                  r"\d[\d,]*(?:\.\d+)?\s*(?:/-)?[\s|]*){1,3})$")
_TOTAL = re.compile(r"\b(?:total|sub-?total|gross|net|ctc|cost\s+to\s+(?:the\s+)?company)\b", re.I)
_GRAND = re.compile(r"\bctc\b|cost\s+to\s+(?:the\s+)?company|\bgrand\s+total\b|\btotal\s+(?:annual\s+)?(?:package|compensation|remuneration)\b", re.I)
_DEDUCTION = re.compile(r"\b(?:less|deductions?|deducted|employee[’']?s?\s+contribution|take[- ]home|net\s+(?:pay|salary))\b", re.I)
_HEADER = re.compile(r"(?im)^(?=[^\n]{0,80}$)[^\n]*\b(?:monthly|per\s+month)\b[^\n]*\b(?:annual|annually|per\s+annum|yearly)\b[^\n]*$"
                     r"|^(?=[^\n]{0,80}$)[^\n]*\b(?:annual|annually|per\s+annum|yearly)\b[^\n]*\b(?:monthly|per\s+month)\b[^\n]*$")
_MAX_GAP = 3
"""Lines without figures (a section heading) that may sit inside one table."""


@dataclass(frozen=True)
class _Row:
    label: str
    values: tuple[Decimal, ...]
    start: int
    end: int


def _pay_table(text: str) -> tuple[list[_Row], int] | None:
    """The rows under the first header that names monthly and annual columns: which of the
    two columns is monthly (0 or 1), and the rows up to the grand total."""
    from offercheck.normalize.numbers import iter_amounts

    header = _HEADER.search(text)
    if not header:
        return None
    h = header.group().lower()
    monthly_first = h.find("month") < max(h.find("annu"), h.find("year"))
    rows: list[_Row] = []
    gap = 0
    pos = header.end() + 1
    for line in text[pos:].split("\n"):
        start = pos
        pos += len(line) + 1
        m = _ROW.match(line)
        if not m:
            gap += 1
            if gap > _MAX_GAP and rows:
                break
            continue
        gap = 0
        label = m.group("label").strip(" |:")
        if _DEDUCTION.search(label):
            break  # below this the table subtracts: a different sum
        values = tuple(a.value for a in iter_amounts(m.group("nums")))
        rows.append(_Row(label, values, start, start + len(line)))
        if _GRAND.search(label) and _TOTAL.search(label):
            break
    if len(rows) < 3:
        return None
    return rows, 0 if monthly_first else 1


def ctc_table(extraction: Extraction, today: dt.date) -> list[Flag]:
    """A pay table (an Indian CTC break-up, say) whose components do not add up to its
    total, whose annual column is not twelve times the monthly one, or whose total is
    not the salary the letter states."""
    document = extraction.document
    text = getattr(document, "text", "") or ""
    found = _pay_table(text)
    if found is None:
        return []
    rows, monthly = found
    grand = next((r for r in reversed(rows) if _GRAND.search(r.label) and _TOTAL.search(r.label)), None)
    if grand is None:
        return []
    parts = [r for r in rows if not _TOTAL.search(r.label)]
    width = len(grand.values)
    if not parts or any(len(r.values) != width for r in parts):
        return []
    flags = []
    salary = _term(extraction, "base_salary")
    currency = salary.value.currency if salary is not None and isinstance(salary.value, Money) else None

    def amount(d: Decimal, period: str | None = None) -> str:
        return human(Money(d, currency, period)) if currency else human(d) + (f" a {period}" if period else "")

    rounding = Decimal(len(parts))  # a rupee of rounding per component
    for col in range(width):
        total = sum(r.values[col] for r in parts)
        if abs(total - grand.values[col]) > rounding:
            which = ("monthly" if col == monthly else "annual") if width == 2 else f"column {col + 1}"
            flags.append(Flag(
                "pay.components", f"The {which} pay components add up to {amount(total)}, "
                f"not the stated total of {amount(grand.values[col])}", "high",
                (_evidence(document, grand.start, grand.end),) + tuple(_evidence(document, r.start, r.end) for r in parts[:3]),
                "Ask for a corrected break-up, and which total is the one you are offered."))
            break
    if width == 2:
        annual = 1 - monthly
        for r in rows:
            if abs(r.values[monthly] * 12 - r.values[annual]) > 12:
                flags.append(Flag(
                    "pay.monthly_annual", f"{r.label}: {amount(r.values[monthly], 'month')} × 12 is "
                    f"{amount(r.values[monthly] * 12)}, not {amount(r.values[annual], 'year')}", "medium",
                    (_evidence(document, r.start, r.end),),
                    "Ask which figure is right, and for a corrected break-up."))
                break
        term = salary
        if term is not None and isinstance(term.value, Money) and term.value.period == "year" \
                and term.finding is not None and _measure(document, term.finding) == "ctc":
            stated, table = term.value.amount, grand.values[annual]
            if abs(stated - table) > Decimal("0.01") * stated:
                flags.append(Flag(
                    "pay.two_salaries", f"The letter's CTC ({human(term.value)}) is not the total of its "
                    f"break-up ({amount(table, 'year')})", "high",
                    term.evidence + (_evidence(document, grand.start, grand.end),),
                    "Ask which figure is your CTC, and for the letter or its annexure to be corrected."))
    return flags


def look_alike_digits(extraction: Extraction, today: dt.date) -> list[Flag]:
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
    return [Flag("text.look_alike_digits", f"Figures written with letters that look like digits: {shown}{more}",
                 "high", tuple(_evidence(document, a, b) for a, b in spans[:4]),
                 "Ask for a corrected letter with every figure in plain digits, and confirm the amounts "
                 "in writing before you sign.")]


_STATES_TERMS = re.compile(
    rf"{MONEY}|{DURATION}|\d\s*%|\b(?:salary|wages?|pay|bonus|compensation|notice|terminat\w*|probation"
    r"|non-?compet\w*|non-?solicit\w*|equity|shares|options|leave|holiday|vacation|hours|overtime|start\s+date"
    r"|clawback|repay|arbitration|relocat\w*|benefits?)\b", re.IGNORECASE)
HIDDEN_QUOTE = 90
"""Characters of hidden text quoted in the flag's title."""


def hidden_text(extraction: Extraction, today: dt.date) -> list[Flag]:
    """Text the file holds but does not show (invisible, white on white, off the page) that
    states terms: not read as terms, but said, quoted, since someone put it there."""
    document = extraction.document
    stating = [h for h in getattr(document, "hidden", ()) if _STATES_TERMS.search(h.text)]
    if not stating or not document.blocks:
        return []
    first = stating[0]
    quote = first.text if len(first.text) <= HIDDEN_QUOTE else first.text[:HIDDEN_QUOTE - 1].rstrip() + "…"
    where = f"page {first.page}, {first.why}" if first.page else first.why
    more = f" and {plural(len(stating) - 1, 'more passage')}" if len(stating) > 1 else ""
    pages = {h.page for h in stating}
    near = [b for b in document.blocks if b.page in pages] or list(document.blocks)
    return [Flag("text.hidden_terms", f"Hidden text states terms you cannot see: “{quote}” ({where}){more}",
                 "high", (_evidence(document, near[0].start, near[0].end),),
                 "The file holds text a reader of the page cannot see; only what is visible was read. Ask "
                 "the employer what it is, and for a clean copy whose text is all visible, before you sign.")]


FLAG_CHECKS: list[FlagCheck] = [non_compete, clawback, arbitration, long_probation, uneven_notice, deadline,
                                text_flags, overtime, salaries, start_dates, ctc_table, look_alike_digits,
                                hidden_text]
