"""Normalized value types. Pure data; JSON conversion follows TERMS.md.

Amounts are ``Decimal`` inside and JSON numbers outside.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

PERIODS = ("hour", "day", "week", "month", "year")
UNITS = ("day", "week", "month", "year")
DAYS_PER_UNIT = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}


def json_number(d: Decimal | int | float) -> int | float:
    """A Decimal as the plainest JSON number.

    >>> json_number(Decimal("85000.00")), json_number(Decimal("12.5"))
    (85000, 12.5)
    """
    d = Decimal(d)
    if d == d.to_integral_value():
        return int(d)
    return float(d)


@dataclass(frozen=True)
class Money:
    """An amount of money as the document states it."""

    amount: Decimal
    """The amount, exact."""
    currency: str | None = None
    """ISO 4217 code, or None where the text gives no clue."""
    period: str | None = None
    """One of PERIODS, or None where the amount is not a rate (a bonus, an allowance)."""
    raw: str = ""
    """The text the amount was read from."""

    def to_json(self, with_period: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"amount": json_number(self.amount), "currency": self.currency}
        if with_period:
            out["period"] = self.period
        return out


@dataclass(frozen=True)
class MoneyRange:
    """A range such as "$120-150k"."""

    low: Money
    high: Money

    def to_json(self, with_period: bool = True) -> dict[str, Any]:
        out = self.low.to_json(with_period)
        out["amount_max"] = json_number(self.high.amount)
        return out


@dataclass(frozen=True)
class Duration:
    """A length of time ("three (3) months")."""

    value: Decimal
    unit: str
    """One of UNITS."""
    raw: str = ""

    def days(self) -> float:
        return float(self.value) * DAYS_PER_UNIT[self.unit]

    def to_json(self) -> dict[str, Any]:
        return {"value": json_number(self.value), "unit": self.unit}


@dataclass(frozen=True)
class Percent:
    value: Decimal
    raw: str = ""


def to_json(value: Any) -> Any:
    """Any normalized value as TERMS.md writes it."""
    if value is None or isinstance(value, (bool, str, int, float)):
        return value
    if isinstance(value, Decimal):
        return json_number(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, Percent):
        return json_number(value.value)
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
