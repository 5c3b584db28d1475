"""The words and numbers of ``offercheck offers``: several offers side by side.

Frozen dataclasses, built once by ``offers.py``; the renderers (``render/offers.py``,
``render/json.py``) only lay them out.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from offercheck.values import Money


@dataclass(frozen=True)
class OfferColumn:
    """One offer: a column of every table."""

    label: str
    """ "A", "B", "C" ... in the order given on the command line."""
    heading: str
    """ "A: offer.pdf (Acme Ltd)": the letter, the file and the employer."""
    path: str
    """The file as given."""
    employer: str
    """The employer as the letter names it, or "" where it names none."""
    report: Any
    """The offer's own Report (the check of that letter alone)."""
    musts: int = 0
    """How many must-haves the expectations hold."""
    musts_met: int = 0
    """How many of them this offer meets."""


@dataclass(frozen=True)
class Row:
    """A row of a side-by-side table: a label and one cell per offer."""

    key: str
    """A stable name for the row ("base_salary", "total_first_year" ...)."""
    label: str
    """The row as a person reads it."""
    cells: tuple[str, ...]
    """One sentence per offer, in the order of the columns."""


@dataclass(frozen=True)
class PayCell:
    """One pay component (or total) of one offer, over the first year and over N years."""

    text: str
    """What a view shows: the amounts and how they were reached."""
    first_year: tuple[Money, ...] = ()
    """The amount over the first year, one Money per currency; () where nothing is counted."""
    over_years: tuple[Money, ...] = ()
    """The amount over the N years compared, one Money per currency."""
    counted: bool = True
    """False where the component is shown but left out of the totals (unsure, no price, no hours)."""


@dataclass(frozen=True)
class PayRow:
    """A pay component (or a total) across the offers."""

    key: str
    """ "base", "bonus", "signing", "equity", "retirement", "total", "total_converted"."""
    label: str
    cells: tuple[PayCell, ...]


@dataclass(frozen=True)
class Rate:
    """An exchange rate the user gave: 1 ``source`` = ``rate`` ``target``."""

    source: str
    target: str
    rate: Decimal
    text: str
    """ "1 GBP = 1.27 USD" """


@dataclass(frozen=True)
class OffersReport:
    """Every sentence and number the views of ``offercheck offers`` show."""

    title: str
    subtitle: str
    """The expectations file, today, the years compared."""
    offers: tuple[OfferColumn, ...]
    terms: tuple[Row, ...]
    """Every term found in any of the letters, one row each."""
    checks: tuple[Row, ...]
    """Each expectation, as each offer meets it (empty without --expect)."""
    musts_summary: str
    """Which offer meets more must-haves; "" without --expect."""
    pay: tuple[PayRow, ...]
    """The pay components, then the totals (and the totals converted, where rates allow)."""
    years: int
    currency: str | None
    """The currency totals are converted into, or None."""
    rates: tuple[Rate, ...]
    """The rates used, each shown."""
    rates_text: str
    """The rates used in a sentence ("Rates used: none." without any)."""
    pay_notes: tuple[str, ...]
    """How pay was put on one scale, and what was left out of the totals and why."""
    notes: tuple[str, ...]
    today: str
    expectations_path: str | None
    exit_code: int
    disclaimer: str
