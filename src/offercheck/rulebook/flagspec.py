"""The schema of a flag rule (``rules/flags/*.yaml``): what the report says and when.

A flag rule is a rule with a ``flag:`` mapping instead of a ``field``. Its wording is
data (title, severity, why it matters, what to ask); what raises it is either its own
``patterns`` (wording matched in the extraction pass, like a term rule's) or a ``when``
condition on the resolved terms: a term and a threshold, or a named, versioned check
from the registry in :mod:`offercheck.flag_checks` (``pay.components.v1``).
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from offercheck.values import Duration
from offercheck.yamlio import LINE_KEY

FLAG_KEYS = {"id", "title", "severity", "why", "ask", "order", "items", "signing_blocks"}
ITEM_KEYS = {"group", "quoted", "drop", "none"}
WHEN_KEYS = {"term", "is", "present", "longer_than", "check"}
SEVERITIES = ("high", "medium", "low")
FLAG_FIELD = "_flag"
"""The field of a flag rule's findings: never a term, read only by the flag stage."""


@dataclass(frozen=True)
class Items:
    """What a wording flag names, from one named group of its pattern ("Staff Handbook")."""

    group: str
    quoted: bool = False
    """Shown in quotes in the title (a blank: “[insert]”)."""
    drop: frozenset[str] = frozenset()
    """Names that are no item of their own (a bare "the Agreement" is this very letter)."""
    none: str = ""
    """What ``{items}`` says in the ask when nothing is named."""


@dataclass(frozen=True)
class When:
    """The condition of a flag on the resolved terms."""

    term: str | None = None
    is_: Any = None
    present: bool | None = None
    longer_than: Duration | None = None
    check: str | None = None
    """A registered check's name; it gives the evidence and the title's values itself."""


@dataclass(frozen=True)
class FlagSpec:
    id: str
    """The id reports show (``discretion.terms``): stable, whatever the file is called."""
    title: str
    """May hold ``{items}`` or the values the condition gives (``{value}``)."""
    severity: str
    why: str
    """One sentence: why the clause matters to the candidate."""
    ask: str
    """What to ask the employer (the report's suggestion); may hold the same values."""
    order: int
    """Where the flag comes among flags of the same severity."""
    items: Items | None = None
    signing_blocks: bool = True
    """Whether matches in the signature and acceptance blocks count."""
    when: When | None = None


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class FlagSchema:
    """Parses a flag rule's ``flag`` and ``when`` mappings; ``fail(line, message)`` raises
    the loader's error naming file:line and the rule id."""

    def __init__(self, fail, check_keys, did_you_mean):
        self.fail, self.check_keys, self.did_you_mean = fail, check_keys, did_you_mean

    def spec(self, data: dict, rule_id: str, has_patterns: bool) -> FlagSpec:
        flag, line = data["flag"], data.get(LINE_KEY, 1)
        if not isinstance(flag, dict):
            raise self.fail(line, "flag must be a mapping with title, severity, why and ask")
        fline = flag.get(LINE_KEY, line)
        self.check_keys(flag, FLAG_KEYS, "flag")
        for key in ("title", "severity", "why", "ask", "order"):
            if key not in flag:
                raise self.fail(fline, f"flag needs '{key}'")
        if flag["severity"] not in SEVERITIES:
            raise self.fail(fline, f"severity '{flag['severity']}' is not one of {', '.join(SEVERITIES)}")
        if not isinstance(flag["order"], int) or isinstance(flag["order"], bool):
            raise self.fail(fline, "order must be a whole number")
        when = self.when(data.get("when"), line)
        if (when is None) != has_patterns:
            raise self.fail(line, "a flag rule needs either 'patterns' (wording) or 'when' (a condition), not both")
        items = self.items(flag.get("items"), fline)
        spec = FlagSpec(str(flag.get("id") or rule_id), str(flag["title"]), flag["severity"], str(flag["why"]),
                        str(flag["ask"]), flag["order"], items, bool(flag.get("signing_blocks", True)), when)
        self.check_placeholders(spec, fline)
        return spec

    def items(self, data: Any, line: int) -> Items | None:
        if data is None:
            return None
        if not isinstance(data, dict) or "group" not in data:
            raise self.fail(line, "items must be a mapping with 'group' (the pattern's named group)")
        self.check_keys(data, ITEM_KEYS, "items")
        return Items(str(data["group"]), bool(data.get("quoted", False)),
                     frozenset(str(w).lower() for w in data.get("drop") or ()), str(data.get("none", "")))

    def when(self, data: Any, line: int) -> When | None:
        if data is None:
            return None
        wline = data.get(LINE_KEY, line) if isinstance(data, dict) else line
        if not isinstance(data, dict) or ("term" in data) == ("check" in data):
            raise self.fail(wline, "when must be a mapping with 'term' (and is, present or longer_than) or 'check'")
        self.check_keys(data, WHEN_KEYS, "when")
        if "check" in data:
            return When(check=self.check_name(data["check"], wline))
        from offercheck.fields import FIELDS

        if data["term"] not in FIELDS:
            raise self.fail(wline, f"term '{data['term']}' is not a field{self.did_you_mean(data['term'], FIELDS)}")
        longer = data.get("longer_than")
        if longer is not None:
            from offercheck.normalize.duration import parse_duration
            longer = parse_duration(str(longer))
            if longer is None:
                raise self.fail(wline, "longer_than must be a duration such as 6 months")
        return When(term=data["term"], is_=data.get("is"), present=data.get("present"), longer_than=longer)

    def check_name(self, name: Any, line: int) -> str:
        from offercheck.flag_checks import CHECKS

        if name not in CHECKS:
            raise self.fail(line, f"unknown check '{name}'{self.did_you_mean(name, CHECKS)};"
                                  f" known: {', '.join(sorted(CHECKS))}")
        return name

    def check_placeholders(self, spec: FlagSpec, line: int) -> None:
        from offercheck.flag_checks import CHECKS, TERM_VALUES

        given = (set(CHECKS[spec.when.check].gives) if spec.when and spec.when.check
                 else TERM_VALUES if spec.when else {"items"})
        for text in (spec.title, spec.ask):
            unknown = placeholders(text) - given
            if unknown:
                raise self.fail(line, f"'{{{sorted(unknown)[0]}}}' is not given here; known: "
                                      f"{', '.join('{' + g + '}' for g in sorted(given)) or 'none'}")
