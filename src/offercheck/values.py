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
DEFAULT_HOURS = Decimal(40)
"""Weekly hours assumed where neither the letter nor the candidate states them."""
PER_YEAR = {"year": Decimal(1), "month": Decimal(12), "week": Decimal(52), "day": Decimal(260)}
INFINITY = Decimal("Infinity")


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
class Covenant:
    """A restrictive covenant (non-compete, non-solicitation): whether the letter has one,
    and how long it lasts after the job ends."""

    present: bool = True
    duration: Duration | None = None
    """None where the clause gives no length."""

    def to_json(self) -> dict[str, Any]:
        return {"present": self.present, "duration": to_json(self.duration)}


@dataclass(frozen=True)
class Bonus:
    """A yearly bonus: a target percent of salary, or an amount (never both: the letter's
    main statement wins)."""

    target_percent: Decimal | None = None
    amount: Money | None = None

    def to_json(self) -> dict[str, Any]:
        if self.amount is None:
            return {"target_percent": to_json(self.target_percent)}
        return self.amount.to_json(with_period=False)


@dataclass(frozen=True)
class Equity:
    """A grant of shares, options or units, assembled from parts found separately."""

    kind: str | None = None
    """"options", "rsu", "shares", ... as equity.kind reads it."""
    quantity: Decimal | None = None
    value: Money | None = None
    """What the grant is said to be worth."""
    currency: str | None = None
    """The value's currency, or one stated beside the grant where no value is."""
    vesting_months: Decimal | None = None
    cliff_months: Decimal | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "quantity": to_json(self.quantity),
                "value": None if self.value is None else json_number(self.value.amount),
                "currency": self.currency, "vesting_months": to_json(self.vesting_months),
                "cliff_months": to_json(self.cliff_months)}


def per_year(amount: Decimal, period: str, hours: Decimal = DEFAULT_HOURS) -> Decimal:
    """Pay a year: 52 weeks, 12 months, 260 working days, ``hours`` a week.

    >>> per_year(Decimal(25), "hour")
    Decimal('52000')
    """
    return amount * (hours * 52 if period == "hour" else PER_YEAR[period])


def order_key(value: Any, hours: Decimal = DEFAULT_HOURS) -> Any:
    """A value on one scale for ordering within a field: pay per year, durations in days,
    dates, numbers ("unlimited" above them all). None when the value has no order.

    >>> order_key(Money(Decimal(5000), "USD", "month")), order_key(Duration(Decimal(2), "week"))
    (Decimal('60000'), Decimal('14.0'))
    """
    if isinstance(value, Money):
        return per_year(value.amount, value.period, hours) if value.period else value.amount
    if isinstance(value, Duration):
        return Decimal(str(value.days()))
    if isinstance(value, (dt.date, Decimal, int, float)) and not isinstance(value, bool):
        return value if isinstance(value, dt.date) else Decimal(str(value))
    if value == "unlimited":
        return INFINITY
    return None


def same_value(a: Any, b: Any) -> bool:
    """Whether two values say the same, whatever text each was read from.

    >>> same_value(Money(Decimal(5), "USD", raw="$5"), Money(Decimal("5.00"), "USD", raw="5 dollars"))
    True
    """
    return to_json(a) == to_json(b)


def value_key(value: Any) -> str:
    """A hashable form of a value: equal for values that :func:`same_value` calls the same.

    >>> value_key(Money(Decimal(5), "USD", raw="$5")) == value_key(Money(Decimal("5.00"), "USD"))
    True
    """
    import json
    return json.dumps(to_json(value), sort_keys=True, default=str)


def to_json(value: Any) -> Any:
    """Any normalized value as TERMS.md writes it."""
    if value is None or isinstance(value, (bool, str, int, float)):
        return value
    if isinstance(value, Decimal):
        return json_number(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
