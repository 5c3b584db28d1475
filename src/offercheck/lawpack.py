"""Law packs: the legal minimums of a jurisdiction as data (``rules/law/<ID>.yaml``), their
schema, and the wording of the flags they raise (``rules/law/_wording.yaml``).

A pack names its jurisdiction (``name``, ``country``, an optional ``region`` with the
words that place a letter there), the packs that apply with it (a US state's pack with
the federal one) and its facts. Each fact has a ``kind`` (what law.py checks), a value
and unit where it has one, whom it applies to, an ``as_of`` date, a ``source`` (the law,
its section and the official page) and ``checked``: the stored copy of an official page
it was checked against, or null where it is the statute as known (``basis`` says which).
Unknown keys are an error naming file:line; a pack is read once.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from offercheck.errors import RuleError
from offercheck.yamlio import LINE_KEY, YamlError, key_line, load_yaml, strip_lines

KINDS = ("annual_leave", "sick_leave", "weekly_hours", "notice_employer", "probation",
         "minimum_wage", "non_compete", "equal_notice")
PACK_KEYS = {"name", "country", "region", "aliases", "applies_with", "signals", "excluded_by", "as_of", "facts"}
FACT_KEYS = {"kind", "value", "unit", "applies_to", "after", "public_holidays", "public_holidays_count",
             "limit", "rates", "currency", "status", "threshold", "exempt_titles", "as_of", "source",
             "checked", "basis"}
SOURCE_KEYS = {"law", "section", "url"}
WORDING_KEYS = {"severity", "title", "why", "ask"}
UNITS = {"annual_leave": ("days",), "sick_leave": ("days",), "weekly_hours": ("hours",),
         "notice_employer": ("day", "week", "month"), "probation": ("months",), "minimum_wage": ("hour",)}
STATUSES = ("void", "prohibited", "void_below_earnings")
LIMITS = ("maximum", "average", "ordinary")
NUMBERED = ("annual_leave", "sick_leave", "weekly_hours", "notice_employer", "probation")
CHOICES = {"non_compete": {"status": STATUSES}, "weekly_hours": {"limit": LIMITS},
           "annual_leave": {"public_holidays": ("counted", "on_top")}}


def law_dir() -> Path:
    from offercheck.rulebook.loader import default_rules_dir
    return default_rules_dir() / "law"


@dataclass(frozen=True)
class Source:
    law: str
    section: str
    url: str

    @property
    def citation(self) -> str:
        """ "Working Time Regulations 1998, regs 13 and 13A" """
        return f"{self.law}, {self.section}"


@dataclass(frozen=True)
class Rate:
    value: Decimal
    start: dt.date
    """The date of effect."""


@dataclass(frozen=True)
class Fact:
    kind: str
    as_of: dt.date
    source: Source
    applies_to: str
    checked: str | None
    """The stored official page it was checked against; None: the statute as known."""
    basis: str
    value: Decimal | None = None
    unit: str | None = None
    after: str | None = None
    public_holidays: str | None = None
    """ "counted" (may count towards the minimum) or "on_top" (given besides it)."""
    public_holidays_count: int | None = None
    limit: str | None = None
    rates: tuple[Rate, ...] = ()
    currency: str | None = None
    status: str | None = None
    exempt_titles: str | None = None

    def rate_on(self, day: dt.date) -> Rate | None:
        """The rate in force on ``day`` (None before the first date of effect)."""
        past = [r for r in self.rates if r.start <= day]
        return max(past, key=lambda r: r.start) if past else None


@dataclass(frozen=True)
class LawPack:
    id: str
    """The file's name: ``UK-EW``, ``US-CA``."""
    name: str
    country: str
    region: str | None
    aliases: tuple[str, ...]
    applies_with: tuple[str, ...]
    signals: re.Pattern | None
    """Words that place a letter in the region (a region's pack only)."""
    excluded_by: re.Pattern | None
    """Words that place a letter outside the pack although in its country."""
    as_of: dt.date
    """The oldest of its facts' dates: how old the pack is."""
    facts: tuple[Fact, ...]

    def of_kind(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]


@dataclass(frozen=True)
class Wording:
    severity: str
    title: str
    why: str
    ask: str


class _Reader:
    def __init__(self, path: Path):
        self.path = path

    def fail(self, line, message: str) -> RuleError:
        return RuleError(f"{self.path}:{line or 1}: {message}")

    def keys(self, data: Any, allowed: set[str], what: str, line) -> dict:
        if not isinstance(data, dict):
            raise self.fail(line, f"{what} must be a mapping")
        unknown = sorted(k for k in data if k != LINE_KEY and k not in allowed)
        if unknown:
            raise self.fail(key_line(data, unknown[0]), f"unknown key '{unknown[0]}' in {what}; "
                                                        f"allowed: {', '.join(sorted(allowed))}")
        return data

    def date(self, data: dict, key: str, what: str) -> dt.date:
        v = data.get(key)
        if not isinstance(v, dt.date):
            raise self.fail(key_line(data, key), f"{what} needs '{key}' as a date (YYYY-MM-DD)")
        return v

    def text(self, data: dict, key: str, what: str) -> str:
        v = data.get(key)
        if not isinstance(v, str) or not v.strip():
            raise self.fail(key_line(data, key), f"{what} needs '{key}' (text)")
        return v

    def regex(self, data: dict, key: str) -> re.Pattern | None:
        if data.get(key) is None:
            return None
        try:
            return re.compile(str(data[key]))
        except re.error as e:
            raise self.fail(key_line(data, key), f"'{key}' is not a valid regex: {e}") from None

    def pack(self, data: Any) -> LawPack:
        data = self.keys(data, PACK_KEYS, "a law pack", 1)
        facts = data.get("facts")
        if not isinstance(facts, list) or not facts:
            raise self.fail(key_line(data, "facts"), "a law pack needs 'facts' (a list)")
        parsed = tuple(self.fact(f) for f in facts)
        as_of = self.date(data, "as_of", "a law pack")
        if as_of > min(f.as_of for f in parsed):
            raise self.fail(key_line(data, "as_of"), "the pack's as_of must be no later than its oldest fact's")
        return LawPack(self.path.stem, self.text(data, "name", "a law pack"), self.text(data, "country", "a law pack"),
                       data.get("region"), tuple(str(a) for a in data.get("aliases") or ()),
                       tuple(str(a) for a in data.get("applies_with") or ()), self.regex(data, "signals"),
                       self.regex(data, "excluded_by"), as_of, parsed)

    def fact(self, data: Any) -> Fact:
        line = data.get(LINE_KEY) if isinstance(data, dict) else None
        data = self.keys(data, FACT_KEYS, "a fact", line)
        kind = data.get("kind")
        if kind not in KINDS:
            raise self.fail(line, f"kind '{kind}' is not one of {', '.join(KINDS)}")
        src = self.keys(data.get("source"), SOURCE_KEYS, "a fact's source", line)
        source = Source(*(self.text(src, k, "a fact's source") for k in ("law", "section", "url")))
        if not source.url.startswith("https://") and not source.url.startswith("http://"):
            raise self.fail(line, "a fact's source url must be a web address")
        if "checked" not in data:
            raise self.fail(line, "a fact needs 'checked': the stored official page, or null")
        self.check_kind(data, kind, line)
        unit = data.get("unit")
        threshold = data.get("threshold") or {}
        rates = self.rates(data if kind == "minimum_wage" else threshold, line)
        if kind == "minimum_wage" and not rates:
            raise self.fail(line, "a minimum_wage fact needs 'rates', each with a value and a date of effect")
        value = data.get("value")
        return Fact(kind, self.date(data, "as_of", "a fact"), source, self.text(data, "applies_to", "a fact"),
                    data.get("checked"), self.text(data, "basis", "a fact"),
                    Decimal(str(value)) if value is not None else None, unit, data.get("after"),
                    data.get("public_holidays"), data.get("public_holidays_count"), data.get("limit"), rates,
                    data.get("currency") or threshold.get("currency"), data.get("status"), data.get("exempt_titles"))

    def check_kind(self, data: dict, kind: str, line) -> None:
        """What a fact of this kind must hold: its unit, its number, its status or limit."""
        if kind in UNITS and kind != "minimum_wage" and data.get("unit") not in UNITS[kind]:
            raise self.fail(line, f"a {kind} fact's unit must be one of {', '.join(UNITS[kind])}")
        if kind in NUMBERED and not isinstance(data.get("value"), (int, float)):
            raise self.fail(line, f"a {kind} fact needs a number 'value'")
        for key, allowed in CHOICES.get(kind, {}).items():
            if data.get(key) not in allowed:
                raise self.fail(line, f"a {kind} fact's {key} must be one of {', '.join(allowed)}")

    def rates(self, data: dict, line) -> tuple[Rate, ...]:
        out = []
        for r in data.get("rates") or ():
            if not isinstance(r, dict) or not isinstance(r.get("value"), (int, float)) \
                    or not isinstance(r.get("from"), dt.date):
                raise self.fail(line, "each rate needs a number 'value' and a date 'from'")
            out.append(Rate(Decimal(str(r["value"])), r["from"]))
        return tuple(sorted(out, key=lambda r: r.start))


def _read(path: Path) -> Any:
    try:
        return load_yaml(path, unique_keys=True)
    except YamlError as e:
        raise RuleError(f"{path}:{e.line or 1}: {e.message}") from None


@lru_cache(maxsize=2)
def load_packs(folder: str | None = None) -> dict[str, LawPack]:
    """Every pack under ``rules/law`` (or ``folder``), by id."""
    root = Path(folder) if folder else law_dir()
    packs = {}
    for path in sorted(root.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        packs[path.stem] = _Reader(path).pack(_read(path))
    for pack in packs.values():
        for other in pack.applies_with:
            if other not in packs:
                raise RuleError(f"{root / (pack.id + '.yaml')}: applies_with names no pack '{other}'")
    return packs


@lru_cache(maxsize=2)
def load_wording(folder: str | None = None) -> dict[str, Wording]:
    """What each kind of law flag says (``rules/law/_wording.yaml``)."""
    path = (Path(folder) if folder else law_dir()) / "_wording.yaml"
    data = _read(path)
    reader = _Reader(path)
    out = {}
    for kind in KINDS:
        w = reader.keys(data.get(kind), WORDING_KEYS, f"the wording of {kind}", 1)
        out[kind] = Wording(*(str(strip_lines(w)[k]) for k in ("severity", "title", "why", "ask")))
    return out


def find_pack(name: str, packs: dict[str, LawPack] | None = None) -> LawPack | None:
    """The pack a candidate names (``UK``, ``California``, ``US-CA``), case and spacing aside."""
    packs = packs if packs is not None else load_packs()
    key = " ".join(str(name).lower().replace("_", "-").split())
    for pack in packs.values():
        if key == pack.id.lower() or key in (a.lower() for a in pack.aliases):
            return pack
    return None


def known_names(packs: dict[str, LawPack] | None = None) -> list[str]:
    packs = packs if packs is not None else load_packs()
    return sorted(packs)
