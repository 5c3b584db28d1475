"""The candidate's expectations file: schema, validation, did-you-mean.

A YAML mapping from TERMS.md field names to what the candidate was told or wants,
plus ``defaults:``. Each field takes a bare value (shorthand) or a mapping of
constraints and modifiers::

    defaults: {currency: USD, hours_per_week: 40}
    base_salary: {min: 135000, walk_away: 125000, note: "the figure in the phone call"}
    probation: 3 months            # at most
    benefits: [health, dental]     # all required
    non_compete: {allowed: false}

Every error names ``file:line``, the key, and what was expected.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from offercheck.errors import ExpectationsError
from offercheck.fields import (BOOL_FIELDS, DATE_FIELDS, DURATION_FIELDS, ENUMS, FIELDS, LIST_FIELDS,
                               MONEY_FIELDS, NUMBER_FIELDS, TEXT_FIELDS)
from offercheck.describe import human
from offercheck.values import DEFAULT_HOURS, PERIODS, Duration, Money, MoneyRange, order_key
from offercheck.yamlio import LINE_KEY, MAX_BYTES, YamlError, load_yaml, strip_lines

PRIORITIES = ("must", "want", "nice")
CONSTRAINTS = ("min", "max", "equals", "one_of", "not_before", "not_after", "required", "allowed")
MODIFIERS = ("priority", "walk_away", "note", "currency", "period")
DEFAULT_KEYS = ("currency", "hours_per_week", "jurisdiction")
# clauses a candidate may not want at all; `false` for them means "not allowed"
UNWANTED_CLAUSES = {"non_compete", "non_solicit", "arbitration", "clawback", "at_will",
                    "ip_assignment", "confidentiality"}
CLAUSE_FIELDS = {"non_compete", "non_solicit"}
MAX_EXPONENT = 15
"""No count, rate or amount an offer states reaches 10**15 (or needs digits below 10**-15);
past that a Decimal is refused before any arithmetic (1e999999999 would take the memory)."""
SCIENTIFIC = re.compile(r"\d\s*[eE]\s*[+-]?\d")
PERIOD_WORDS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                "annual": "year", "annually": "year", "yearly": "year", "annum": "year"}


def _kind(field: str) -> str:
    if field in MONEY_FIELDS:
        return "money"
    if field in NUMBER_FIELDS or field == "pto_days":
        return "number"
    if field in DURATION_FIELDS:
        return "duration"
    if field in DATE_FIELDS:
        return "date"
    if field in ENUMS:
        return "enum"
    if field in TEXT_FIELDS:
        return "text"
    if field in CLAUSE_FIELDS:
        return "clause"
    if field in BOOL_FIELDS:
        return "bool"
    if field in LIST_FIELDS:
        return "list"
    return field  # annual_bonus, equity: shapes of their own


KIND = {f: _kind(f) for f in FIELDS}
ALLOWED_CONSTRAINTS = {
    "money": ("min", "max", "equals", "required"),
    "number": ("min", "max", "equals", "required"),
    "duration": ("min", "max", "equals", "required"),
    "date": ("equals", "not_before", "not_after", "required"),
    "enum": ("equals", "one_of", "required"),
    "text": ("equals", "one_of", "required"),
    "bool": ("equals", "required", "allowed"),
    "clause": ("equals", "max", "required", "allowed"),
    "list": ("required",),
    "annual_bonus": ("min", "max", "equals", "required"),
    "equity": ("min", "max", "equals", "one_of", "required"),
}
# what a bare value means, by kind; a few fields read better another way
SHORTHAND = {"money": "min", "number": "min", "duration": "max", "date": "equals", "enum": "equals",
             "text": "equals", "bool": "equals", "clause": "equals", "list": "required",
             "annual_bonus": "min", "equity": "min"}
SHORTHAND_BY_FIELD = {"hours_per_week": "max", "offer_expiry": "not_before"}


@dataclass(frozen=True)
class Defaults:
    """Assumptions the candidate states once for the whole file."""

    currency: str | None = None
    """ISO 4217 code for bare amounts; None leaves amounts in the letter's currency."""
    hours_per_week: Decimal = DEFAULT_HOURS
    """Used to compare hourly and yearly pay when the letter does not state its hours."""
    hours_given: bool = False
    """Whether hours_per_week came from the file (True) or is the built-in 40 (False)."""
    jurisdiction: str | None = None
    """Where the job is, as a law pack names it (``UK``, ``California``): the law the letter
    is checked against (offercheck.law); None lets the letter tell."""


@dataclass(frozen=True)
class Expectation:
    """What the candidate expects of one field. Values are normalized: Money for money,
    Duration for durations, date for dates, Decimal for numbers, str for names and enums."""

    field: str
    min: Any = None
    max: Any = None
    equals: Any = None
    one_of: tuple = ()
    not_before: dt.date | None = None
    not_after: dt.date | None = None
    required: bool | tuple[str, ...] = False
    """True: the letter must state the field; a tuple: list members that must be present."""
    allowed: bool | None = None
    """False: the clause must not be in the letter."""
    priority: str = "must"
    walk_away: Any = None
    """Past this value the candidate would decline; same type and direction as min/max."""
    note: str | None = None
    """Why: the candidate's own reason, quoted back in the suggestion."""
    currency: str | None = None
    period: str | None = None
    line: int | None = None
    """Line of the field in the file, for messages."""

    @property
    def walk_away_side(self) -> str | None:
        """Which bound the walk-away extends: "min" (a floor) or "max" (a ceiling)."""
        if self.walk_away is None:
            return None
        return _walk_away_side(self)


@dataclass(frozen=True)
class Expectations:
    path: str
    items: tuple[Expectation, ...]
    defaults: Defaults = Defaults()

    def get(self, field: str) -> Expectation | None:
        return next((e for e in self.items if e.field == field), None)


def load_expectations(path: str | Path) -> Expectations:
    """Read and validate an expectations file; raise ExpectationsError naming file:line."""
    p = Path(path)
    try:
        if not p.exists():
            raise ExpectationsError(f"expectations file {p} not found",
                                    "Run `offercheck init` to write a starter file.")
        if p.is_dir():
            raise ExpectationsError(f"expectations file {p} is a folder, not a YAML file")
    except PermissionError:  # a folder on the path that this user may not open
        raise ExpectationsError(f"cannot read {p}: permission denied (a folder on its path cannot be opened)") from None
    try:
        text = _read_regular(p).decode("utf-8")
        data = load_yaml(p, text=text, unique_keys=True)
    except YamlError as e:
        at = f"{p}:{e.line}:{e.column}" if e.line else str(p)
        raise ExpectationsError(f"{at}: {e.message}") from None
    except UnicodeDecodeError:
        raise ExpectationsError(f"{p} is not UTF-8 text; save it as UTF-8 YAML") from None
    except OSError as e:
        raise ExpectationsError(f"cannot read {p}: {e.strerror or e}") from None
    if data is None or (isinstance(data, dict) and set(data) <= {LINE_KEY}):
        raise ExpectationsError(f"{p} is empty; run `offercheck init` to write a starter file")
    if not isinstance(data, dict):
        raise ExpectationsError(f"{p}:1: expected a mapping of field names to expectations "
                                f"(e.g. `base_salary: 90000`), not a {_type_name(data)}")
    return _Parser(p, text).parse(data)


def _read_regular(p: Path) -> bytes:
    """The bytes of ``p`` if it is a regular file of at most MAX_BYTES: /dev/zero would be
    read for ever, and a FIFO would block the open until a writer came."""
    if not stat.S_ISREG(p.stat().st_mode):
        raise ExpectationsError(f"expectations file {p} is not a regular file (a device, FIFO or socket)")
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # swapped for a FIFO since: no wait
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ExpectationsError(f"expectations file {p} is not a regular file (a device, FIFO or socket)")
        raw = f.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ExpectationsError(f"{p} is larger than {MAX_BYTES // 1_000_000} MB; is it the right file?")
    return raw


# -- parsing ---------------------------------------------------------------------------


def _type_name(v: Any) -> str:
    if isinstance(v, bool):
        return "yes/no value"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, (dt.date, dt.datetime)):
        return "date"
    return {dict: "mapping", list: "list", str: "text"}.get(type(v), type(v).__name__)


def did_you_mean(word: str, choices) -> str:
    """ "; did you mean 'base_salary'?" or "" (rapidfuzz, names compared without punctuation)."""
    from rapidfuzz import process, utils
    best = process.extractOne(str(word), list(choices), processor=utils.default_process, score_cutoff=70)
    return f"; did you mean '{best[0]}'?" if best else ""


def _shown(v: Any) -> str:
    text = repr(v) if isinstance(v, str) else str(strip_lines(v))
    return text if len(text) <= 40 else text[:39] + "…"


class _Parser:
    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = text.splitlines()
        self.defaults = Defaults()

    def fail(self, line: int | None, key: str, problem: str, hint: str | None = None):
        at = f"{self.path}:{line}" if line else str(self.path)
        raise ExpectationsError(f"{at}: {key}: {problem}", hint)

    def key_line(self, mapping: dict, key: str) -> int | None:
        """The line a key is written on: its mapping's line plus the offset of the key."""
        start = mapping.get(LINE_KEY)
        name = r"[\"']?" + re.escape(str(key)) + r"[\"']?\s*:"
        block, flow = re.compile(r"^\s*(?:-\s+)?" + name), re.compile(r"[{,]\s*" + name)
        for i in range((start or 1) - 1, len(self.lines)):
            if block.match(self.lines[i]) or flow.search(self.lines[i]):
                return i + 1
        return start

    def parse(self, data: dict) -> Expectations:
        if "defaults" in data:
            self.defaults = self.parse_defaults(data["defaults"], self.key_line(data, "defaults"))
        items = []
        for key, value in data.items():
            if key in (LINE_KEY, "defaults"):
                continue
            line = self.key_line(data, key)
            if key not in KIND:
                self.fail(line, str(key), "not a field of the terms contract" +
                          did_you_mean(key, FIELDS + ("defaults",)),
                          "`offercheck fields` lists them; `offercheck init` writes a starter file.")
            items.append(self.parse_field(key, value, line))
        return Expectations(str(self.path), tuple(items), self.defaults)

    def parse_defaults(self, value: Any, line: int | None) -> Defaults:
        if not isinstance(value, dict):
            self.fail(line, "defaults", f"expected a mapping (currency, hours_per_week, jurisdiction), not a {_type_name(value)}")
        currency, hours, given, where = None, DEFAULT_HOURS, False, None
        for key, v in value.items():
            if key == LINE_KEY:
                continue
            kline = self.key_line(value, key)
            if key == "jurisdiction":
                where = self.jurisdiction(v, kline)
            elif key == "currency":
                currency = self.currency(v, kline, "defaults.currency")
            elif key == "hours_per_week":
                hours, given = self.number(v, kline, "defaults.hours_per_week"), True
                if not 0 < hours <= 168:
                    self.fail(kline, "defaults.hours_per_week", f"expected hours between 1 and 168, not {_shown(v)}")
            else:
                self.fail(kline, f"defaults.{key}", "unknown default" + did_you_mean(key, DEFAULT_KEYS),
                          f"defaults takes: {', '.join(DEFAULT_KEYS)}")
        return Defaults(currency, hours, given, where)

    def jurisdiction(self, value: Any, line: int | None) -> str:
        """A jurisdiction a law pack knows (``UK``, ``US-CA``, ``California``)."""
        from offercheck.lawpack import find_pack, known_names

        if not isinstance(value, str) or find_pack(value) is None:
            self.fail(line, "defaults.jurisdiction", f"not a jurisdiction offercheck knows: {_shown(value)}",
                      f"known: {', '.join(known_names())} (or a name such as UK, California, Ontario)")
        return value

    def parse_field(self, field: str, value: Any, line: int | None) -> Expectation:
        kind = KIND[field]
        value = self.as_mapping(field, kind, value, line)
        mline = value.get(LINE_KEY, line)
        raw = {k: v for k, v in value.items() if k != LINE_KEY}

        def kl(key: str) -> int | None:
            return self.key_line(value, key) or mline

        self.check_keys(field, kind, raw, kl)
        currency = self.currency(raw["currency"], kl("currency"), field) if "currency" in raw else None
        period = self.period(raw["period"], kl("period"), field) if "period" in raw else None
        ctx = _Ctx(field, kind, currency or self.defaults.currency, period, currency is not None)
        out: dict[str, Any] = {"field": field, "currency": ctx.currency, "period": period, "line": line}
        out.update(self.constraints(raw, kl, ctx))
        out.update(self.modifiers(field, raw, kl))
        # `false` on an unwanted clause means "not allowed": absent from the letter is then fine
        if out.get("equals") is False and field in UNWANTED_CLAUSES:
            out.pop("equals")
            out["allowed"] = False
        if not any(out.get(k) not in (None, (), False) for k in CONSTRAINTS) and out.get("allowed") is not False:
            out["required"] = True  # only modifiers (priority, note): the field must be stated
        exp = Expectation(**out)
        self.check_consistent(exp, kl)
        return exp

    def as_mapping(self, field: str, kind: str, value: Any, line: int | None) -> dict:
        """A bare value as the mapping it stands for: ``probation: 3 months`` is ``{max: 3 months}``."""
        if value is None:
            self.fail(line, field, "has no value; give one (e.g. `probation: 3 months`) or remove the line")
        if isinstance(value, dict):
            return value
        if kind == "list" and not isinstance(value, list):
            self.fail(line, field, f"expected a list such as [{', '.join(LIST_FIELDS[field][:2])}], "
                                   f"not {_shown(value)}")
        if isinstance(value, list) and kind in ("enum", "text"):
            return {"one_of": value, LINE_KEY: line}
        return {SHORTHAND_BY_FIELD.get(field, SHORTHAND[kind]): value, LINE_KEY: line}

    def check_keys(self, field: str, kind: str, raw: dict, kl) -> None:
        """Every key a constraint or modifier this field takes."""
        for key in raw:
            if key not in CONSTRAINTS + MODIFIERS:
                self.fail(kl(key), field, f"unknown constraint '{key}'" + did_you_mean(key, CONSTRAINTS + MODIFIERS),
                          f"{field} takes: {', '.join(ALLOWED_CONSTRAINTS[kind] + MODIFIERS)}")
            if key in CONSTRAINTS and key not in ALLOWED_CONSTRAINTS[kind]:
                self.fail(kl(key), field, f"'{key}' does not apply to {field}",
                          f"{field} takes: {', '.join(ALLOWED_CONSTRAINTS[kind])}")
            if key in ("currency", "period") and kind not in ("money", "annual_bonus", "equity"):
                self.fail(kl(key), field, f"'{key}' applies to amounts of money only")

    def constraints(self, raw: dict, kl, ctx: "_Ctx") -> dict[str, Any]:
        """The field's constraints and walk-away, as typed values."""
        field = ctx.field
        out: dict[str, Any] = {}
        for key in ("min", "max", "equals", "walk_away"):
            if key in raw:
                out[key] = self.value(raw[key], kl(key), f"{field}.{key}", ctx, key)
        for key in ("not_before", "not_after"):
            if key in raw:
                out[key] = self.date(raw[key], kl(key), f"{field}.{key}")
        if "one_of" in raw:
            if not isinstance(raw["one_of"], list) or not raw["one_of"]:
                self.fail(kl("one_of"), field, f"one_of expects a list, not {_shown(raw['one_of'])}")
            out["one_of"] = tuple(self.value(v, kl("one_of"), f"{field}.one_of", ctx, "one_of")
                                  for v in raw["one_of"])
        if "required" in raw:
            out["required"] = self.required(raw["required"], kl("required"), field, ctx.kind)
        if "allowed" in raw:
            if not isinstance(raw["allowed"], bool):
                self.fail(kl("allowed"), field, f"allowed expects true or false, not {_shown(raw['allowed'])}")
            if raw["allowed"] is False and field not in UNWANTED_CLAUSES:
                self.fail(kl("allowed"), field, "'allowed: false' applies to clauses only",
                          f"clauses: {', '.join(sorted(UNWANTED_CLAUSES))}")
            out["allowed"] = raw["allowed"]
        return out

    def modifiers(self, field: str, raw: dict, kl) -> dict[str, Any]:
        """priority and note (currency and period are read first: the values need them)."""
        out: dict[str, Any] = {}
        if "priority" in raw:
            if raw["priority"] not in PRIORITIES:
                self.fail(kl("priority"), field, f"priority must be one of {', '.join(PRIORITIES)}, not "
                          f"{_shown(raw['priority'])}" + did_you_mean(raw["priority"], PRIORITIES))
            out["priority"] = raw["priority"]
        if "note" in raw:
            if not isinstance(raw["note"], (str, int, float)) or isinstance(raw["note"], bool):
                self.fail(kl("note"), field, f"note expects text, not a {_type_name(raw['note'])}")
            out["note"] = str(raw["note"]).strip()
        return out

    # -- values --

    def value(self, v: Any, line, key: str, ctx: "_Ctx", constraint: str) -> Any:
        kind = ctx.kind
        if kind == "duration" or (kind == "clause" and constraint in ("max", "walk_away")):
            return self.duration(v, line, key)
        read = {"money": self.money, "number": self.count, "date": self.date_value, "enum": self.choice,
                "text": self.text, "bool": self.yes_no, "clause": self.yes_no, "annual_bonus": self.bonus,
                "equity": self.shares if constraint in ("equals", "one_of") else self.grant}.get(kind)
        if read is None:
            # a constraint that has no meaning for this kind of field (walk_away on a list ...)
            self.fail(line, key, f"{constraint} does not apply to {ctx.field}")
        return read(v, line, key, ctx)

    def count(self, v: Any, line, key: str, ctx: "_Ctx") -> Any:
        if ctx.field == "pto_days" and isinstance(v, str) and v.strip().lower() == "unlimited":
            return "unlimited"
        return self.number(v, line, key)

    def date_value(self, v: Any, line, key: str, ctx: "_Ctx") -> dt.date:
        return self.date(v, line, key)

    def choice(self, v: Any, line, key: str, ctx: "_Ctx") -> str:
        return self.enum(v, line, key, ENUMS[ctx.field])

    def text(self, v: Any, line, key: str, ctx: "_Ctx") -> str:
        if not isinstance(v, str) or not v.strip():
            self.fail(line, key, f"expected text, not {_shown(v)}")
        return v.strip()

    def yes_no(self, v: Any, line, key: str, ctx: "_Ctx") -> bool:
        if not isinstance(v, bool):
            self.fail(line, key, f"expected true or false, not {_shown(v)}")
        return v

    def bonus(self, v: Any, line, key: str, ctx: "_Ctx") -> Any:
        if isinstance(v, str) and v.strip().endswith("%"):
            return self.number(v.strip()[:-1], line, key)
        if isinstance(v, (int, float)) and not isinstance(v, bool) and v <= 100:
            return self.number(v, line, key)  # a percent of salary
        return self.money(v, line, key, ctx, hint="a percent such as 10% or an amount such as \"$10,000\"")

    def shares(self, v: Any, line, key: str, ctx: "_Ctx") -> str:
        """The kind of grant."""
        return self.enum(v, line, key, ("options", "rsu", "shares", "units"))

    def grant(self, v: Any, line, key: str, ctx: "_Ctx") -> Any:
        """The size of a grant: a number of shares or units, or its value."""
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return self.number(v, line, key)  # a number of shares or units
        return self.money(v, line, key, ctx, hint="a number of shares or an amount such as \"$40,000\"")

    def money(self, v: Any, line, key: str, ctx: "_Ctx", hint: str | None = None) -> Money:
        hint = hint or 'an amount such as 90000 or "£42,000 per year"'
        default_period = ctx.period or ("year" if ctx.field == "base_salary" else None)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if v <= 0:
                self.fail(line, key, f"expected a positive amount, not {v}")
            return Money(self.sane(Decimal(str(v)), v, line, key), ctx.currency, default_period, str(v))
        if isinstance(v, str) and v.strip():
            from offercheck.normalize.money import parse_money
            if SCIENTIFIC.search(v):  # 1e400: YAML leaves it text; it is no amount
                self.fail(line, key, f"expected an amount written in digits, not {_shown(v)}")
            m = parse_money(v, default_currency=ctx.currency)
            if isinstance(m, MoneyRange):
                self.fail(line, key, f"expected one amount, not the range {_shown(v)}",
                          "Write the least you want as `min:` (and the most as `max:` if you must).")
            if m is not None and m.amount > 0:
                if ctx.explicit_currency and m.currency and m.currency != ctx.currency:
                    self.fail(line, key, f"{_shown(v)} is in {m.currency} but currency says {ctx.currency}")
                period = m.period or default_period
                return Money(m.amount, m.currency or ctx.currency, period if ctx.field == "base_salary" else m.period, v)
        self.fail(line, key, f"expected {hint}, not {_shown(v)}")

    def number(self, v: Any, line, key: str) -> Decimal:
        """A number of at least 0 (the schema's minimum), finite and of a sane size."""
        d = None
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            d = Decimal(str(v))
        elif isinstance(v, str):
            try:
                d = Decimal(v.replace(",", "").replace("%", "").strip())
            except InvalidOperation:
                pass
        if d is None:
            self.fail(line, key, f"expected a number, not {_shown(v)}")
        d = self.sane(d, v, line, key)
        if d < 0:
            self.fail(line, key, f"expected a number of at least 0, not {_shown(v)}")
        return d

    def sane(self, d: Decimal, v: Any, line, key: str) -> Decimal:
        """Refuse NaN, Infinity and absurd exponents before any arithmetic touches them."""
        if not d.is_finite():
            self.fail(line, key, f"expected a real number, not {_shown(v)}")
        if d and not -MAX_EXPONENT <= d.adjusted() <= MAX_EXPONENT:
            self.fail(line, key, f"{_shown(v)} is out of range for an offer (at most 15 digits)")
        return d

    def duration(self, v: Any, line, key: str) -> Duration:
        if isinstance(v, str) and (re.match(r"\s*(?:[-\u2212\u2013]|minus\b|negative\b)", v, re.I)
                                   or SCIENTIFIC.search(v)):
            self.fail(line, key, f"expected a positive duration such as \"3 months\", not {_shown(v)}")
        if isinstance(v, str) and v.strip():
            from offercheck.normalize.duration import parse_duration
            d = parse_duration(v)
            if d is not None and d.value > 0:
                return d
        self.fail(line, key, f'expected a duration such as "3 months" or "2 weeks", not {_shown(v)}')

    def date(self, v: Any, line, key: str) -> dt.date:
        if isinstance(v, dt.datetime):
            return v.date()
        if isinstance(v, dt.date):
            return v
        if isinstance(v, str) and v.strip():
            from offercheck.normalize.dates import parse_date
            d = parse_date(v)
            if d is not None:
                return d
        self.fail(line, key, f"expected a date such as 2025-04-01, not {_shown(v)}")

    def enum(self, v: Any, line, key: str, choices) -> str:
        if isinstance(v, str):
            norm = v.strip().lower().replace("-", "_").replace(" ", "_")
            if norm in choices:
                return norm
        self.fail(line, key, f"expected one of {', '.join(choices)}, not {_shown(v)}" +
                  (did_you_mean(v, choices) if isinstance(v, str) else ""))

    def currency(self, v: Any, line, key: str) -> str:
        if isinstance(v, str) and re.fullmatch(r"[A-Za-z]{3}", v.strip()):
            return v.strip().upper()
        self.fail(line, key, f"expected a 3-letter currency code such as USD, GBP, EUR, not {_shown(v)}")

    def period(self, v: Any, line, key: str) -> str:
        if isinstance(v, str):
            p = v.strip().lower()
            p = PERIOD_WORDS.get(p, p)
            if p in PERIODS:
                return p
        self.fail(line, key, f"period must be one of {', '.join(PERIODS)}, not {_shown(v)}" +
                  (did_you_mean(v, PERIODS) if isinstance(v, str) else ""))

    def required(self, v: Any, line, field: str, kind: str) -> bool | tuple[str, ...]:
        if isinstance(v, bool):
            return v
        if kind == "list" and isinstance(v, list) and v:
            choices = LIST_FIELDS[field]
            return tuple(self.enum(x, line, f"{field}.required", choices) for x in v)
        what = f"true or a list of {', '.join(LIST_FIELDS[field][:3])} ..." if kind == "list" else "true or false"
        self.fail(line, field, f"required expects {what}, not {_shown(v)}")

    def check_consistent(self, e: Expectation, kl) -> None:
        lo, hi = e.min if e.min is not None else e.not_before, e.max if e.max is not None else e.not_after
        if lo is not None and hi is not None:
            a, b = order_key(lo, self.defaults.hours_per_week), order_key(hi, self.defaults.hours_per_week)
            if a is not None and b is not None and a > b:
                self.fail(e.line, e.field, "the lower bound is above the upper bound")
        if e.walk_away is None:
            return
        side = _walk_away_side(e)
        if side is None:
            self.fail(kl("walk_away"), e.field, "walk_away needs a min or max (or not_before / not_after) "
                      "to extend", "A walk-away is the point past which you would decline.")
        bound = lo if side == "min" else hi
        a = order_key(e.walk_away, self.defaults.hours_per_week)
        b = order_key(bound, self.defaults.hours_per_week)
        if a is None or b is None:
            self.fail(kl("walk_away"), e.field, f"walk_away must be the same kind of value as {side}")
        if (side == "min" and a > b) or (side == "max" and a < b):
            word = "below" if side == "min" else "above"
            self.fail(kl("walk_away"), e.field, f"walk_away should be {word} or at {human(bound)}: "
                      "it is the point past which you would decline")


def _walk_away_side(e: Expectation) -> str | None:
    has_lo = e.min is not None or e.not_before is not None
    has_hi = e.max is not None or e.not_after is not None
    if has_lo and not has_hi:
        return "min"
    if has_hi and not has_lo:
        return "max"
    if has_lo and has_hi:
        w = order_key(e.walk_away)
        lo = order_key(e.min if e.min is not None else e.not_before)
        return "min" if w is not None and lo is not None and w <= lo else "max"
    return None


@dataclass(frozen=True)
class _Ctx:
    field: str
    kind: str
    currency: str | None
    """The field's own currency, else defaults.currency."""
    period: str | None
    explicit_currency: bool
    """Whether the field itself names the currency (then an amount in another one is an error)."""




# -- the starter file and the JSON Schema -----------------------------------------------

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "expectations.schema.json"
"""Shipped with the package; editors that read ``# yaml-language-server: $schema=...``
complete and check the file against it."""

STARTER = """\
# What you were told at interview and what you want, for `offercheck`:
#
#     offercheck offer.pdf --expect {name}
#
# Each key is a term of the offer. Give a bare value, or a mapping of constraints:
#   min / max               amounts, numbers, durations ("3 months", "30 days")
#   equals / one_of         names, titles, places, hybrid / remote / onsite ...
#   not_before / not_after  dates (YYYY-MM-DD)
#   required                true (the letter must state it), or a list of benefits
#   allowed: false          a clause you do not accept (non_compete, arbitration, clawback)
# and, for any key:
#   priority                must (the default), want or nice: only a `must` gap
#                           makes offercheck exit with status 1
#   walk_away               past this value you would decline (below a min, above a max)
#   note                    why, in your own words; quoted back beside the ask
#   currency / period       for amounts: USD, GBP, EUR, INR ...; hour, week, month, year
#
# A bare number means "at least" (base_salary: 90000), a bare duration "at most"
# (probation: 3 months), a bare word "exactly" (remote_policy: hybrid).
# Replace the example values below with yours, and delete the keys you do not need.
#
# `offercheck fields` lists every key. Editors that check YAML against a JSON Schema
# (yaml-language-server) can check this file with the one that ships with offercheck
# (offercheck/schemas/expectations.schema.json): copy it beside this file and add the
# line `# yaml-language-server: $schema=expectations.schema.json` at the top. (No path
# into your Python environment is written here: it would break when that is rebuilt.)

defaults:
  # currency: USD             # for amounts written without one (else the letter's currency)
  hours_per_week: 40          # to compare an hourly rate with a salary
  # jurisdiction: UK          # where the job is, for the law's minimums (else read from the letter)

base_salary:
  min: 90000                  # the figure you were told
  period: year
  # walk_away: 85000          # below this you would decline
  note: The figure discussed at interview.

pto_days: {{min: 20, priority: want}}
# remote_policy: hybrid
# job_title: Senior Data Engineer
# start_date: {{not_before: 2025-04-01, priority: nice}}
# probation: {{max: 3 months, priority: want}}
notice_employee: {{max: 1 month, priority: want}}
non_compete: {{allowed: false, note: I want to stay free to work in my field.}}
# arbitration: {{allowed: false, priority: want}}
# benefits: {{required: [health, dental, retirement]}}
# signing_bonus: {{min: 5000, priority: nice}}
# annual_bonus: {{min: 10%, priority: want}}
# offer_expiry: {{not_before: 2025-03-14, note: I need time to hear back from another company.}}
"""


def starter_file(name: str = "expectations.yaml") -> str:
    """A commented starter expectations file that loads as it is."""
    return STARTER.format(name=name)


def _schema_value(kind: str, field: str, constraint: str) -> dict[str, Any]:
    """The JSON Schema of one constraint's value."""
    number = {"type": "number", "exclusiveMinimum": 0}
    amount = {"anyOf": [number, {"type": "string", "minLength": 1}],
              "description": 'An amount: 90000, or as written, "£42,000 per year", "$35 an hour".'}
    duration = {"type": "string", "minLength": 1, "examples": ["3 months", "30 days", "2 weeks"],
                "description": 'A duration as people write it: "3 months", "30 days".'}
    if constraint in ("not_before", "not_after") or kind == "date":
        return {"type": "string", "minLength": 1, "examples": ["2025-04-01"],
                "description": "A date, best as YYYY-MM-DD."}
    if kind == "money":
        return amount
    if kind == "number":
        if field == "pto_days":
            return {"anyOf": [{"type": "number", "minimum": 0}, {"const": "unlimited"}]}
        return {"type": "number", "minimum": 0}
    if kind == "duration" or (kind == "clause" and constraint in ("max", "walk_away")):
        return duration
    if kind == "enum":
        return {"type": "string", "enum": _enum_spellings(ENUMS[field])}
    if kind == "text":
        return {"type": "string", "minLength": 1}
    if kind in ("bool", "clause"):
        return {"type": "boolean"}
    if kind == "annual_bonus":
        return {"anyOf": [number, {"type": "string", "minLength": 1}],
                "description": 'A percent of salary (10 or "10%") or an amount ("$10,000").'}
    if kind == "equity":
        if constraint in ("equals", "one_of"):
            return {"type": "string", "enum": ["options", "rsu", "shares", "units"]}
        return {"anyOf": [number, {"type": "string", "minLength": 1}],
                "description": 'A number of shares or units, or a value ("$40,000").'}
    raise AssertionError(kind)


def _enum_spellings(values) -> list[str]:
    """The spellings the loader accepts: "full_time", "full-time", "full time", "Full time"."""
    out: list[str] = []
    for v in values:
        for s in (v, v.replace("_", "-"), v.replace("_", " ")):
            for c in (s, s.capitalize()):
                if c not in out:
                    out.append(c)
    return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft-07, which yaml-language-server reads) of the expectations
    file, built from the same tables the loader checks against. ``schemas/
    expectations.schema.json`` is this, written out; a test keeps the two equal."""
    from offercheck.describe import label

    modifiers: dict[str, Any] = {
        "priority": {"type": "string", "enum": list(PRIORITIES), "default": "must",
                     "description": "must: a gap makes offercheck exit 1; want and nice gaps only show."},
        "note": {"type": "string", "description": "Why, in your own words; quoted back beside the ask."},
    }
    properties: dict[str, Any] = {
        "defaults": {
            "type": "object", "additionalProperties": False,
            "description": "Assumptions for the whole file.",
            "properties": {
                "currency": {"type": "string", "pattern": "^[A-Za-z]{3}$",
                             "description": "ISO 4217 code for amounts written without one (USD, GBP, INR ...)."},
                "hours_per_week": {"type": "number", "exclusiveMinimum": 0, "maximum": 168,
                                   "description": "Hours a week, to compare an hourly rate with a salary "
                                                  "when the letter does not state its hours."},
                "jurisdiction": {"type": "string",
                                 "description": "Where the job is, as a law pack names it (UK, Ireland, US, "
                                                "California, New York, Washington, Ontario, British Columbia, "
                                                "India, Australia, New Zealand, Singapore, Philippines): the "
                                                "law the letter is checked against."}}}}
    for field in FIELDS:
        kind = KIND[field]
        allowed = ALLOWED_CONSTRAINTS[kind]
        props: dict[str, Any] = {}
        for c in allowed:
            if c == "required":
                props[c] = ({"anyOf": [{"type": "boolean"}, {"type": "array", "minItems": 1,
                                                             "items": {"type": "string", "enum": list(LIST_FIELDS[field])}}]}
                            if kind == "list" else {"type": "boolean"})
            elif c == "allowed":
                props[c] = {"type": "boolean", "description": "false: you do not accept this clause."}
            elif c == "one_of":
                props[c] = {"type": "array", "minItems": 1, "items": _schema_value(kind, field, c)}
            else:
                props[c] = _schema_value(kind, field, c)
        if any(c in allowed for c in ("min", "max", "not_before", "not_after")):
            props["walk_away"] = dict(_schema_value(kind, field, "walk_away"),
                                      description="Past this value you would decline (below a min, above a max).")
        props.update(modifiers)
        if kind in ("money", "annual_bonus", "equity"):
            props["currency"] = {"type": "string", "pattern": "^[A-Za-z]{3}$"}
            props["period"] = {"type": "string", "enum": list(PERIODS) + list(PERIOD_WORDS)}
        shorthand = SHORTHAND_BY_FIELD.get(field, SHORTHAND[kind])
        if kind == "list":
            bare: dict[str, Any] = {"type": "array", "minItems": 1,
                                    "items": {"type": "string", "enum": list(LIST_FIELDS[field])}}
        elif kind in ("enum", "text"):
            value = _schema_value(kind, field, "equals")
            bare = {"anyOf": [value, {"type": "array", "minItems": 1, "items": value}]}
        else:
            bare = _schema_value(kind, field, shorthand)
        meaning = {"min": "at least", "max": "at most", "equals": "exactly", "not_before": "on or after",
                   "required": "all of"}[shorthand]
        properties[field] = {
            "description": f"The {label(field)}. A bare value means {meaning} that value.",
            "anyOf": [bare, {"type": "object", "additionalProperties": False, "minProperties": 1,
                             "properties": props}]}
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "urn:offercheck:expectations:1",
        "title": "offercheck expectations",
        "description": "What the candidate was told or wants, one key per term of the offer "
                       "(the fields of the terms contract). Run `offercheck init` for a commented starter file.",
        "type": "object",
        "minProperties": 1,
        "additionalProperties": False,
        "properties": properties,
    }
