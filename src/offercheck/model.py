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

    def to_json(self) -> dict[str, Any]:
        out = {"text": self.text, "page": self.page, "block": self.block, "start": self.start, "end": self.end}
        if self.source:
            out["source"] = self.source
        return out


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
    """Explicit absence: the field was looked for and not found, and why."""

    field: str
    reason: str = "not stated in the document"


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


@dataclass(frozen=True)
class Suggestion:
    """What the candidate can say about a check."""

    ask: str | None = None
    fallback: str | None = None
    reason: str | None = None
    question: str | None = None

    def to_json(self) -> dict[str, Any]:
        if self.question and not self.ask:
            return {"question": self.question}
        return {"ask": self.ask, "fallback": self.fallback, "reason": self.reason}


@dataclass(frozen=True)
class Check:
    """One expectation compared with the document."""

    field: str
    status: str
    """"met", "not_met", "not_stated" or "cannot_compare"."""
    expected: Any
    """The constraint as normalized (JSON-ready)."""
    found: Any
    """The term's value (JSON-ready) or None."""
    priority: str = "must"
    severity: str = "high"
    evidence: tuple[Evidence, ...] = ()
    detail: str = ""
    """A short sentence on how the comparison went (conversions, assumptions)."""
    suggestion: Suggestion | None = None


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
