"""The data that flows between stages. Frozen dataclasses; one docstring per field."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """A verbatim slice of the canonical text: ``document.text[start:end] == text``."""

    text: str
    start: int
    end: int
    page: int | None = None
    block: int | None = None
    source: str | None = None
    """Where the text came from when page and block do not say ("form field BaseSalary")."""


@dataclass(frozen=True)
class Reason:
    """Why a finding's score went up or down."""

    what: str
    delta: float


@dataclass(frozen=True)
class Finding:
    """A candidate value for one field, from one rule pattern."""

    field: str
    value: Any
    """The normalized value (Money, Duration, date, str, bool, list ...)."""
    evidence: tuple[Evidence, ...]
    rule: str
    """Rule id, e.g. ``compensation.base-salary``."""
    pattern: str
    base_score: float
    score: float
    reasons: tuple[Reason, ...] = ()

    @property
    def start(self) -> int:
        return self.evidence[0].start

    @property
    def end(self) -> int:
        return self.evidence[-1].end


@dataclass(frozen=True)
class NotFound:
    """Explicit absence: the field was looked for and not found (the report says "not stated")."""

    field: str


@dataclass(frozen=True)
class Term:
    """The resolved value of one field, with its evidence and the runners-up."""

    field: str
    value: Any
    evidence: tuple[Evidence, ...]
    confidence: float
    finding: Finding | None = None
    runners_up: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """All terms of one document: fields found, and fields not found with reasons."""

    document: Any
    """The Document."""
    terms: dict[str, Term]
    missing: dict[str, NotFound]
    findings: tuple[Finding, ...] = ()
    context: Any = None
    """The DocContext the terms were read in (context.py): the one reading of where the
    letter is from and when it is dated; None for an Extraction a test builds by hand."""


@dataclass(frozen=True)
class Suggestion:
    """What the candidate can say about a check."""

    ask: str | None = None
    fallback: str | None = None
    reason: str | None = None
    question: str | None = None


@dataclass(frozen=True)
class Verdict:
    """How one constraint of an expectation went, as compare.py decided it."""

    ok: bool | None
    """True met, False not met, None cannot compare."""
    constraint: str
    """"min", "max", "equals", "one_of", "not_before", "not_after", "required", "allowed",
    or "confirm" (a reading the tool is unsure of)."""
    target: Any
    """What the constraint asks for (restated in the letter's period where they differ)."""
    part: Any = None
    """The part of the found value compared (a duration inside a non-compete ...)."""
    said: str = ""
    """How the comparison went, in a sentence (the check's detail)."""
    walked: bool = False
    """The found value is past the walk-away."""
    mid: Any = None
    """Halfway between what was found and what was expected, where that means something."""
    ask: str = ""
    """For a constraint that could not compare: the question to put."""
    equivalent: Any = None
    """The candidate's own figure, when the target is restated in the letter's period."""


@dataclass(frozen=True)
class Check:
    """One expectation compared with the document."""

    field: str
    status: str
    """"met", "not_met", "not_stated" or "cannot_compare"."""
    expected: Any
    """The Expectation compared, its values typed (Money, Duration, date ...), with the
    letter's currency filled in where the candidate named none."""
    found: Any
    """The term's value as the letter gives it (Money, Duration, Covenant ...), or None."""
    priority: str = "must"
    severity: str = "high"
    evidence: tuple[Evidence, ...] = ()
    detail: str = ""
    """A short sentence on how the comparison went (conversions, assumptions)."""
    suggestion: Suggestion | None = None
    """The ask or question, worded by suggest.py when the report is built."""
    verdict: Verdict | None = None
    """The constraint that decided a not-met or cannot-compare check; None otherwise."""


@dataclass(frozen=True)
class Flag:
    """A clause that deserves a second look, with or without expectations."""

    id: str
    title: str
    severity: str
    evidence: tuple[Evidence, ...] = ()
    suggestion: str = ""
    """What to ask the employer."""
    why: str = ""
    """One sentence on why the clause matters to the candidate."""
    law: "LawRef | None" = None
    """The law a law flag (offercheck.law) measures the letter against; None for other flags."""


@dataclass(frozen=True)
class LawRef:
    """The law behind a law flag: where, which statute and section, and how current."""

    jurisdiction: str
    """The law pack's name ("England and Wales (United Kingdom)")."""
    citation: str
    """The statute and section ("Working Time Regulations 1998, regs 13 and 13A")."""
    as_of: str
    """The fact's as-of date (ISO)."""
    url: str = ""
    """The official page."""
    applies_to: str = ""
    """Whom the law's figure covers ("a full-time worker on a five-day week ...")."""


@dataclass(frozen=True)
class Report:
    """Everything a renderer shows. Renderers hold no logic of their own."""

    extraction: Extraction
    checks: tuple[Check, ...] = ()
    flags: tuple[Flag, ...] = ()
    checklist: tuple[str, ...] = ()
    today: str = ""
    expectations_path: str | None = None
    exit_code: int = 0
    notes: tuple[str, ...] = field(default=())
    days_left: int | None = None
    """Days from today to the deadline to accept (negative once passed); None without one."""
    text: "ReportText | None" = None
    """Every sentence the views show (report.build_report always sets it)."""


# -- the report's words: every sentence a view shows, worked out once (report.py) ----------


@dataclass(frozen=True)
class CheckText:
    """One check as every view shows it."""

    check: Check
    """The check these words are about; its status and severity choose a view's colours."""
    field: str
    """The field as this letter names it ("CTC (total cost to company)", "hourly rate")."""
    status: str
    """The status in words: "MET", "NOT MET", "NOT STATED", "CANNOT COMPARE"."""
    severity: str
    """"HIGH", "MEDIUM" or "LOW"; "—" for a met check, which has nothing to resolve."""
    expected: str
    """The expectation in a phrase: "at least $135,000 a year"."""
    found: str
    """What the letter states, read for people: "$128,000 a year", "not stated", "none found"."""
    where: str
    """Page and clause of the piece of evidence quoted ("p. 1, clause 4"); "" without evidence."""
    clauses: tuple[str | None, ...]
    """The clause number of each piece of evidence, None where the letter numbers no clause."""
    detail: str
    """How the comparison went, where it says something the row does not; else ""."""
    advice: tuple[tuple[str, str], ...]
    """(label, sentence) of the suggestion in reading order: the ask (the clause quoted), the
    fallback and the reason (labelled private), or the question."""
    private: tuple[str, ...]
    """The JSON paths that hold the candidate's private figures and words."""


@dataclass(frozen=True)
class FlagText:
    """One red flag as every view shows it."""

    flag: Flag
    """The flag these words are about; its severity chooses a view's colours."""
    severity: str
    """"HIGH", "MEDIUM" or "LOW"."""
    title: str
    """What the clause does, in a line."""
    advice: str
    """What to do about it, or ""."""
    quotes: tuple[tuple[str, str], ...]
    """(where, sentence) of each place the flag quotes, at most 160 characters a sentence."""
    long_quotes: tuple[tuple[str, str], ...]
    """The same places quoted at up to 300 characters, for a view with room (HTML)."""
    clauses: tuple[str | None, ...]
    """The clause number of each piece of evidence, None where the letter numbers no clause."""
    law: str = ""
    """For a law flag: the law, its as-of date, its page, and the not-legal-advice line."""


@dataclass(frozen=True)
class TermRow:
    """One term as the tables show it."""

    field: str
    """The field as this letter names it."""
    value: str
    """The value read for people, with the basis the letter gives ("25 days plus bank holidays")."""
    evidence: str
    """The evidence on one line, cut at 70 characters."""
    long_evidence: str
    """The evidence cut at 120 characters, for a view with room (HTML)."""
    where: str
    """Page and clause of the evidence: "p. 2, clause 5.1"."""
    confidence: str
    """ "0.93", or "0.55 unsure"."""
    explain: tuple[str, ...]
    """The trail for --explain: rule, pattern, score, reasons, runners-up."""


@dataclass(frozen=True)
class TermsText:
    """The terms found in one document, as the tables show them."""

    heading: str
    """The document in one line: "offer.pdf · PDF, 3 pages"."""
    rows: tuple[TermRow, ...]
    """One row a term, in the order of the fields."""


@dataclass(frozen=True)
class ReplyText:
    """One polite reply to the recruiter: the sentences the e-mail view wraps and numbers.
    The candidate's walk-aways, fallbacks and private notes are never in it."""

    subject: str
    """ "Re: Offer of employment – Senior Engineer" """
    thanks: str
    """The opening paragraph: thanks for the offer, and enthusiasm."""
    raising: str
    """The sentence that announces the points, or "" when there are none."""
    asks: tuple[str, ...]
    """What the candidate asks to change, each with the clause quoted."""
    questions: tuple[str, ...]
    """What the candidate asks to confirm in writing."""
    closing: str
    """The paragraph after the points (or, with none, that the candidate will sign)."""
    name: str
    """The candidate's name as the letter gives it, or "[your name]"."""


@dataclass(frozen=True)
class ReportText:
    """Every sentence a view of the report shows; renderers only lay these out."""

    title: str
    """The document in one line: "offer.pdf · PDF, 3 pages"."""
    subtitle: str
    """The expectations file and the date the report is for."""
    summary: str
    """How many expectations are met, and which musts are not; "" without checks."""
    checks: tuple[CheckText, ...]
    """One for each of Report.checks, in the same order."""
    asks: tuple[CheckText, ...]
    """The checks with something to ask or a question to put ("What to ask for")."""
    flags: tuple[FlagText, ...]
    """One for each of Report.flags, in the same order."""
    terms: TermsText
    """The terms found."""
    reply: ReplyText
    """The reply to the recruiter (``--email``)."""
    disclaimer: str
    """What the report is not."""
