"""Several offers side by side (``offercheck offers A B C``): every term in one table,
the candidate's checks per offer, and the pay over the first year and over N years.

Works on the finished reports of each letter (``api.check_offer``), never on their text:
the typed values of ``values.py`` (Money, Bonus, Equity ...) and their confidence. Pay
in other periods is put on a year with each letter's own hours; currencies are converted
only with rates the user gives, never guessed. Everything shown is worded here into an
``OffersReport`` (``offers_model.py``); the renderers only lay it out.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from offercheck import describe as d
from offercheck.confidence import is_unsure
from offercheck.errors import UsageError
from offercheck.fields import FIELDS
from offercheck.model import Report, Term
from offercheck.offers_model import OfferColumn, OffersReport, PayCell, PayRow, Rate, Row
from offercheck.values import Bonus, Equity, Money, MoneyRange

MAX_YEARS = 30
"""--years beyond this says nothing a letter's terms could support."""
MAX_RATE = Decimal(1_000_000)
LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PER_YEAR_WORDS = {"year": (Decimal(1), "a year"), "month": (Decimal(12), "a month × 12"),
                  "week": (Decimal(52), "a week × 52"),
                  "day": (Decimal(260), "a day × 260 (5 days a week × 52 weeks, assumed)")}
"""How an amount in each period becomes a year's; an hour's uses the letter's own hours."""

BASIS_NOTE = ("Pay is put on a year with each letter's own terms: hourly × the letter's weekly hours × 52, "
              "weekly × 52, monthly × 12, daily × 260 (5 days a week, assumed). An hourly rate in a letter "
              "that states no weekly hours is not annualised.")
BONUS_NOTE = ("The annual bonus is a target, not a guaranteed amount: it is counted at its full target "
              "every year, the first year too (a letter may pro-rate it or pay it later).")
EQUITY_NOTE = ("Equity is counted as it vests: evenly month by month over the vesting period, nothing before "
               "the cliff. RSUs and shares at the value the letter states (or --price); options only at a "
               "value per option you give with --price, else shown as a count, never as money.")
RETIREMENT_NOTE = ("The retirement match is the employer's contribution as a percent of base pay, counted at the "
                   "full percent (a match may need your own contribution).")
SIGNING_NOTE = "The signing bonus is counted once, in the first year; see its repayment terms."
NO_EXPECTATIONS = ("No expectations given: the offers are not checked. Pass --expect FILE to see which offer "
                   "meets your must-haves (`offercheck init` writes a starter file).")
NOT_RANKED = ("Only must-haves are counted; wants and nice-to-haves are shown, not weighed: how much each "
              "matters is yours to decide.")


# -- the user's options --------------------------------------------------------------------

_CODE = re.compile(r"[A-Za-z]{3}")


def parse_rates(specs: list[str] | None, currency: str | None) -> tuple[str | None, tuple[Rate, ...]]:
    """The target currency and the rates: ``GBP:USD=1.27`` (1 GBP = 1.27 USD) or, with
    --currency USD, ``GBP=1.27``. A bad rate is a UsageError.

    >>> parse_rates(["gbp:usd=1.27"], None)[1][0].text
    '1 GBP = 1.27 USD'
    """
    target = _code(currency, "--currency") if currency else None
    rates: dict[tuple[str, str], Rate] = {}
    for spec in specs or ():
        rate = _rate(spec, target)
        old = rates.get((rate.source, rate.target))
        if old is not None and old.rate != rate.rate:
            raise UsageError(f"--rate {rate.source}:{rate.target} is given twice ({old.rate} and {rate.rate})")
        rates[(rate.source, rate.target)] = rate
    targets = {r.target for r in rates.values()}
    if target is None and len(targets) > 1:
        raise UsageError(f"--rate converts into several currencies ({', '.join(sorted(targets))})",
                         "Name the one to compare in with --currency, e.g. --currency USD.")
    if target is not None and targets - {target}:
        raise UsageError(f"--rate converts into {', '.join(sorted(targets - {target}))}, not --currency {target}",
                         f"Write each rate as FROM:{target}=RATE.")
    return target or next(iter(targets), None), tuple(rates.values())


def _code(text: str, option: str) -> str:
    if not _CODE.fullmatch(text or ""):
        raise UsageError(f"{option} needs a three-letter currency code such as USD, GBP or EUR, not '{text}'")
    return text.upper()


def _rate(spec: str, target: str | None) -> Rate:
    example = "Write it as FROM:TO=RATE, e.g. --rate GBP:USD=1.27 (1 GBP = 1.27 USD)."
    pair, sep, number = spec.partition("=")
    if not sep:
        raise UsageError(f"--rate '{spec}' has no '='", example)
    source, colon, to = pair.partition(":")
    if not colon:
        if target is None:
            raise UsageError(f"--rate '{spec}' names no currency to convert into", example + " Or give --currency.")
        to = target
    source, to = _code(source.strip(), "--rate"), _code(to.strip(), "--rate")
    if source == to:
        raise UsageError(f"--rate '{spec}' converts {source} into itself")
    try:
        rate = Decimal(number.strip())
    except InvalidOperation:
        raise UsageError(f"--rate '{spec}': '{number}' is not a number", example) from None
    if not rate.is_finite() or rate <= 0 or rate > MAX_RATE:
        raise UsageError(f"--rate '{spec}': the rate must be a positive number below {MAX_RATE:,}")
    return Rate(source, to, rate, f"1 {source} = {d.number(rate)} {to}")


def check_paths(paths: list) -> None:
    """At least two offers, none given twice (by name or as the same file)."""
    import os
    if len(paths) < 2:
        raise UsageError("offers compares two or more letters; give at least two files",
                         "To check one letter, run: offercheck check FILE")
    if len(paths) > len(LABELS):
        raise UsageError(f"offers compares at most {len(LABELS)} letters, not {len(paths)}")
    for i, a in enumerate(paths):
        for b in paths[:i]:
            try:
                same = os.path.samefile(a, b)
            except OSError:
                same = os.path.abspath(a) == os.path.abspath(b)
            if same:
                raise UsageError(f"{a} is given twice (as {b}); give each offer once")


def check_years(years: int) -> int:
    if not 1 <= years <= MAX_YEARS:
        raise UsageError(f"--years must be between 1 and {MAX_YEARS}, not {years}")
    return years


def parse_prices(specs: list[str] | None, count: int) -> dict[str, Decimal]:
    """``--price B=12.50``: what one share, unit or option of offer B is worth, in the
    grant's currency (for options: your estimate of a share's value less the exercise price)."""
    out: dict[str, Decimal] = {}
    labels = LABELS[:count]
    for spec in specs or ():
        label, sep, number = spec.partition("=")
        label = label.strip().upper()
        if not sep or label not in labels:
            raise UsageError(f"--price '{spec}' must name an offer by its letter ({', '.join(labels)}) "
                             "and a value, e.g. --price B=12.50")
        try:
            price = Decimal(number.strip())
        except InvalidOperation:
            raise UsageError(f"--price '{spec}': '{number}' is not a number") from None
        if not price.is_finite() or price < 0 or price > MAX_RATE:
            raise UsageError(f"--price '{spec}': the value must be a number from 0 to {MAX_RATE:,}")
        out[label] = price
    return out


# -- one offer's pay -------------------------------------------------------------------------

class _Pay:
    """One offer's pay components: each a PayCell (its words and its amounts)."""

    def __init__(self, report: Report, years: int, price: Decimal | None):
        self.terms = report.extraction.terms
        self.years = Decimal(years)
        self.price = price
        self.notes: list[str] = []
        self.base, self.base_text, self.base_counted = self._base()

    def _term(self, field: str) -> Term | None:
        return self.terms.get(field)

    def _unsure(self, term: Term) -> str:
        self.notes.append(f"the {d.named(term.field, term.evidence)} reading is unsure (confidence "
                          f"{term.confidence:.2f}): shown, not counted in the totals; check it in the letter")
        return f" (unsure reading, confidence {term.confidence:.2f}: not counted)"

    def _base(self) -> tuple[Money | None, str, bool]:
        term = self._term("base_salary")
        if term is None or not isinstance(term.value, (Money, MoneyRange)):
            return None, "not stated", False
        money = term.value.low if isinstance(term.value, MoneyRange) else term.value
        annual, how = self._annual(money)
        name = d.named("base_salary", term.evidence, value=money)
        if name != "base salary":
            how = f"{name}: {how}"
        if name not in ("base salary", "hourly rate"):
            self.notes.append(f"the pay figure is a {name}: it may hold more than salary (the employer's "
                              "contributions, allowances, variable pay), so it is counted as stated and is not "
                              "a base salary to set beside the others' as like for like")
        if isinstance(term.value, MoneyRange):
            how += " (the lower end of the range stated)"
        if annual is None:
            return None, how, False
        if is_unsure(term):
            return annual, how + self._unsure(term), False
        return annual, how, True

    def _annual(self, money: Money) -> tuple[Money | None, str]:
        stated = d.money(money.amount, money.currency, money.period)
        if money.period == "hour":
            hours = self._term("hours_per_week")
            weekly = _number(hours.value) if hours is not None else None
            if weekly is None or weekly <= 0:
                return None, f"{stated}: the letter states no weekly hours, so it cannot be put on a year"
            if is_unsure(hours):
                return None, f"{stated}: the weekly hours read are unsure, so it is not put on a year"
            annual = money.amount * weekly * 52
            return (Money(annual, money.currency, "year"),
                    f"{stated} × {d.number(weekly)} hours a week × 52 = {_m(annual, money.currency)} a year")
        if money.period not in PER_YEAR_WORDS:
            return None, f"{stated}: the letter gives no period, so it cannot be put on a year"
        factor, words = PER_YEAR_WORDS[money.period]
        annual = money.amount * factor
        if money.period == "year":
            return Money(annual, money.currency, "year"), f"{_m(annual, money.currency)} a year"
        amount = d.money(money.amount, money.currency)
        return Money(annual, money.currency, "year"), f"{amount} {words} = {_m(annual, money.currency)} a year"

    def components(self) -> dict[str, PayCell | None]:
        """Each pay component (None where the letter has none), by PAY_ROWS key."""
        return {"base": self.base_cell(), "bonus": self.bonus_cell(), "signing": self.signing_cell(),
                "equity": self.equity_cell(), "retirement": self.retirement_cell()}

    def base_cell(self) -> PayCell:
        if self.base is None or not self.base_counted:
            return PayCell(self.base_text, counted=False)
        return self._yearly(self.base.amount, self.base.currency, self.base_text)

    def _yearly(self, amount: Decimal, currency: str | None, how: str) -> PayCell:
        first, over = Money(cents(amount), currency), Money(cents(amount * self.years), currency)
        text = f"{_m(amount, currency)} first year · {_m(over.amount, currency)} over {_years(self.years)} ({how})"
        return PayCell(text, (first,), (over,))

    def _of_base(self, percent: Decimal, what: str, note: str = "", prefix: str = "") -> PayCell:
        """A percent of base pay, each year."""
        if self.base is None:
            return PayCell(f"{d.number(percent)}% {what}; no base pay to apply it to", counted=False)
        amount = self.base.amount * percent / 100
        how = f"{prefix}{d.number(percent)}% of {_m(self.base.amount, self.base.currency)}{note}"
        if not self.base_counted:
            return PayCell(f"{how}: not counted, as the base pay is not", counted=False)
        return self._yearly(amount, self.base.currency, how)

    def bonus_cell(self) -> PayCell | None:
        term = self._term("annual_bonus")
        if term is None or not isinstance(term.value, Bonus):
            return None
        bonus: Bonus = term.value
        if bonus.amount is not None:
            cell = self._yearly(bonus.amount.amount, bonus.amount.currency, "target, not guaranteed")
        elif bonus.target_percent is not None:
            cell = self._of_base(bonus.target_percent, "target", "; target, not guaranteed")
        else:
            return PayCell("a bonus, amount not stated", counted=False)
        return _unsure_cell(cell, term, self) if is_unsure(term) else cell

    def signing_cell(self) -> PayCell | None:
        term = self._term("signing_bonus")
        if term is None or not isinstance(term.value, Money):
            return None
        money = term.value
        clawback = self._term("clawback")
        if clawback is not None and clawback.value is True and clawback.evidence:
            repay = f"repayable: “{d.quote(clawback.evidence[0].text, 90)}”"
        else:
            repay = "no repayment clause found"
        amount = Money(cents(money.amount), money.currency)
        cell = PayCell(f"{_m(money.amount, money.currency)} once, in the first year; {repay}", (amount,), (amount,))
        return _unsure_cell(cell, term, self) if is_unsure(term) else cell

    def equity_cell(self) -> PayCell | None:
        term = self._term("equity")
        if term is None or not isinstance(term.value, Equity):
            return None
        cell = _equity_cell(term.value, self.price, int(self.years), self.base.currency if self.base else None)
        return _unsure_cell(cell, term, self) if is_unsure(term) and cell.counted else cell

    def retirement_cell(self) -> PayCell | None:
        term = self._term("retirement_match_percent")
        percent = _number(term.value) if term is not None else None
        if percent is None:
            return None
        cell = self._of_base(percent, "of base pay", prefix="up to ")
        return _unsure_cell(cell, term, self) if is_unsure(term) and cell.counted else cell


def _number(value) -> Decimal | None:
    """A number term's value as a Decimal; None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    return Decimal(str(value))


def _unsure_cell(cell: PayCell, term: Term, pay: _Pay) -> PayCell:
    return PayCell(cell.text + pay._unsure(term), counted=False)


CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    """An amount to the cent, as every component and total is counted (half up).

    >>> cents(Decimal(20000) * 12 / 36)
    Decimal('6666.67')
    """
    from decimal import ROUND_HALF_UP
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


def _m(amount: Decimal, currency: str | None) -> str:
    return d.money(amount, currency)


def _years(n: Decimal | int) -> str:
    return d.plural(int(n), "year")


def vested_fraction(months: int, vesting: Decimal | int, cliff: Decimal | int) -> Decimal:
    """The part of a grant vested after ``months``: nothing before the cliff, then evenly
    by the month (at the cliff, what has built up since the start).

    >>> vested_fraction(12, Decimal(48), Decimal(12)), vested_fraction(11, Decimal(48), Decimal(12))
    (Decimal('0.25'), Decimal('0'))
    """
    vesting, cliff = Decimal(str(vesting)), Decimal(str(cliff))
    if months < cliff or vesting <= 0:
        return Decimal(0)
    return min(Decimal(months), vesting) / vesting


def _equity_cell(equity: Equity, price: Decimal | None, years: int, pay_currency: str | None) -> PayCell:
    total, basis = _grant_value(equity, price, pay_currency)
    if total is None:
        return PayCell(basis, counted=False)
    if equity.vesting_months is None:
        return PayCell(f"{basis}; the vesting schedule is not stated, so it is not spread over years", counted=False)
    cliff = equity.cliff_months or Decimal(0)
    first = cents(total.amount * vested_fraction(12, equity.vesting_months, cliff))
    over = cents(total.amount * vested_fraction(12 * years, equity.vesting_months, cliff))
    schedule = f"vesting over {d.number(equity.vesting_months)} months, " + (
        f"{d.number(cliff)}-month cliff" if equity.cliff_months is not None else "no cliff stated")
    text = (f"{_m(first, total.currency)} first year · {_m(over, total.currency)} over {_years(years)} "
            f"({basis}, {schedule})")
    return PayCell(text, (Money(first, total.currency),), (Money(over, total.currency),))


GRANT_WORDS = {"options": "options", "rsu": "RSUs", "shares": "shares", "units": "units"}


def _grant_value(equity: Equity, price: Decimal | None, pay_currency: str | None) -> tuple[Money | None, str]:
    """The grant's whole value and how it was reached; None (with why) where it has none.
    A --price is in the grant's currency, else in the letter's pay currency."""
    kind = GRANT_WORDS.get(equity.kind or "units", str(equity.kind))
    what = f"{d.number(equity.quantity)} {kind}" if equity.quantity is not None else f"a grant of {kind}"
    currency = equity.currency or (equity.value.currency if equity.value is not None else None)
    if price is not None:
        if equity.quantity is None:
            return None, f"{what}: the number granted is not stated, so --price cannot value it"
        currency = currency or pay_currency
        total = equity.quantity * price
        return Money(total, currency), f"{what} × {_m(price, currency)} (your --price) = {_m(total, currency)}"
    if equity.kind == "options":
        return None, f"{what}: a count, not money (give --price with what one option is worth to you)"
    if equity.value is not None:
        return Money(equity.value.amount, currency), f"{what} worth {_m(equity.value.amount, currency)} as stated"
    return None, f"{what}: no value stated (give --price with what one is worth)"


def _total(cells: list[PayCell]) -> PayCell:
    """The counted cells summed, per currency: a total's amounts (its text is set by the row)."""
    first, over = _sum(c.first_year for c in cells if c.counted), _sum(c.over_years for c in cells if c.counted)
    return PayCell("", first, over, counted=bool(first or over))


def _split(total: PayCell, years: int, how: str = "") -> tuple[PayCell, PayCell]:
    """A total as two rows' cells: the first year, and the N years."""
    if not total.counted:
        return (PayCell(total.text or "nothing to count", counted=False),) * 2
    return (PayCell(_amounts(total.first_year) + how, first_year=total.first_year),
            PayCell(_amounts(total.over_years) + how, over_years=total.over_years))


def _sum(groups) -> tuple[Money, ...]:
    sums: dict[str | None, Decimal] = {}
    for group in groups:
        for m in group:
            sums[m.currency] = sums.get(m.currency, Decimal(0)) + m.amount
    return tuple(Money(v, k) for k, v in sums.items())


def _amounts(moneys: tuple[Money, ...]) -> str:
    return " + ".join(_m(m.amount, m.currency) for m in moneys) or _m(Decimal(0), None)


def _convert(moneys: tuple[Money, ...], target: str, rates: dict[str, Rate],
             used: dict[str, Rate]) -> tuple[Money | None, str]:
    """The amounts in ``target``, or None and the currency no rate converts."""
    total = Decimal(0)
    for m in moneys:
        if m.currency != target and m.currency not in rates:
            return None, m.currency or "an amount whose currency the letter does not state"
    for m in moneys:
        if m.currency == target:
            total += m.amount
        else:
            total += m.amount * rates[m.currency].rate
            used[m.currency] = rates[m.currency]
    return Money(cents(total), target), ""


def _converted(total: PayCell, target: str, rates: dict[str, Rate], used: dict[str, Rate]) -> tuple[PayCell, str]:
    """A total in ``target`` (and how it was converted), or why it cannot be."""
    if not total.counted:
        return PayCell("nothing to convert", counted=False), ""
    first, missing = _convert(total.first_year, target, rates, used)
    over, missing2 = _convert(total.over_years, target, rates, used)
    if first is None or over is None:
        return PayCell(f"not converted: no --rate for {missing or missing2} into {target}", counted=False), ""
    via = sorted({m.currency for m in total.first_year} - {target})
    how = f" (at {', '.join(rates[c].text for c in via)})" if via else ""
    return PayCell("", (first,), (over,)), how


# -- the side-by-side report ---------------------------------------------------------------

PAY_ROWS = (("base", "base pay, put on a year"), ("bonus", "annual bonus (target, not guaranteed)"),
            ("signing", "signing bonus"), ("equity", "equity, as it vests"),
            ("retirement", "retirement match (employer)"))


def pay_rows(reports: list[Report], labels: list[str], years: int, prices: dict[str, Decimal],
             target: str | None, rates: tuple[Rate, ...]) -> tuple[tuple[PayRow, ...], tuple[Rate, ...], list[str]]:
    """The pay components of each offer, their totals, and the totals converted where rates
    allow; the rates used and the notes on what was left out."""
    pays = [_Pay(r, years, prices.get(label)) for r, label in zip(reports, labels)]
    columns = [p.components() for p in pays]
    rows = _component_rows(columns)
    totals = tuple(_total([c for c in col.values() if c is not None]) for col in columns)
    rows += _total_rows("total", "total counted", [_split(t, years) for t in totals], years)
    notes = [f"{label}: {note}." for label, p in zip(labels, pays) for note in p.notes]
    used: dict[str, Rate] = {}
    currencies = sorted({m.currency or "?" for t in totals for m in t.first_year})
    if target is not None:
        by_source = {r.source: r for r in rates}
        converted = [_split(cell, years, how) for cell, how in
                     (_converted(t, target, by_source, used) for t in totals)]
        rows += _total_rows("total_converted", f"total in {target}", converted, years)
    elif len(currencies) > 1:
        notes.append(f"The offers pay in different currencies ({', '.join(currencies)}) and no --rate was given: "
                     "each total stays in its own currency and the totals are not compared. To compare them, "
                     "give the rates you trust, e.g. --rate GBP:USD=1.27 (1 GBP = 1.27 USD).")
    return tuple(rows), tuple(used.values()), notes


def _component_rows(columns: list[dict[str, PayCell | None]]) -> list[PayRow]:
    """A row per pay component that any offer has ("not stated" in the others)."""
    rows = []
    for key, label in PAY_ROWS:
        cells = [c[key] for c in columns]
        if any(cell is not None for cell in cells):
            rows.append(PayRow(key, label, tuple(cell or PayCell("not stated", counted=False) for cell in cells)))
    return rows


def _total_rows(key: str, label: str, pairs: list[tuple[PayCell, PayCell]], years: int) -> list[PayRow]:
    return [PayRow(f"{key}_first_year", f"{label}, first year", tuple(p[0] for p in pairs)),
            PayRow(f"{key}_over_years", f"{label}, over {_years(years)}", tuple(p[1] for p in pairs))]


def _term_rows(reports: list[Report]) -> tuple[Row, ...]:
    values = []
    for r in reports:
        shown = {}
        for field, row in zip(r.extraction.terms, r.text.terms.rows):
            term = r.extraction.terms[field]
            named = f"{row.field}: " if row.field != d.label(field) else ""  # "CTC (total cost to company): "
            shown[field] = named + row.value + (f" (unsure, {term.confidence:.2f})" if is_unsure(term) else "")
        values.append(shown)
    return tuple(Row(f, d.label(f), tuple(v.get(f, "not stated") for v in values))
                 for f in FIELDS if any(f in v for v in values))


def _check_rows(reports: list[Report]) -> tuple[Row, ...]:
    first = reports[0].text.checks
    rows = []
    for i, ct in enumerate(first):
        c = ct.check
        label = f"{d.label(c.field)}: {ct.expected} ({c.priority})"
        cells = tuple(_check_cell(r.text.checks[i]) for r in reports)
        rows.append(Row(c.field, label, cells))
    return tuple(rows)


def _check_cell(ct) -> str:
    """ "NOT MET: 15 days"; the status alone where nothing was found."""
    return ct.status if ct.found in ("not stated", "—", "") else f"{ct.status}: {ct.found}"


def _musts(report: Report) -> tuple[int, int]:
    musts = [c for c in report.checks if c.priority == "must"]
    return len(musts), sum(c.status == "met" for c in musts)


def musts_summary(columns: list[OfferColumn]) -> str:
    """Which offer meets more must-haves, and nothing more."""
    total = columns[0].musts
    if total == 0:
        return "The expectations hold no must-haves, so no offer is preferred on them. " + NOT_RANKED
    each = "; ".join(f"{c.label} meets {c.musts_met} of {total}" for c in columns)
    every = [c.label for c in columns if c.musts_met == total]
    if len(every) == len(columns):
        lead = "Every offer meets every must-have."
    elif every:
        lead = f"{_and(every)} meet{'s' if len(every) == 1 else ''} every must-have."
    else:
        best = max(c.musts_met for c in columns)
        leaders = [c.label for c in columns if c.musts_met == best]
        lead = (f"No offer meets every must-have; {_and(leaders)} meet{'s' if len(leaders) == 1 else ''} "
                f"the most ({best} of {total}).")
    return f"Must-haves: {each}. {lead} {NOT_RANKED}"


def _and(labels: list[str]) -> str:
    """ "A", "A and B", "A, B and C" """
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"


def build_offers(reports: list[Report], paths: list[str], *, years: int = 4, prices: dict[str, Decimal] | None = None,
                 currency: str | None = None, rates: tuple[Rate, ...] = (), expectations_path: str | None = None,
                 today: str = "") -> OffersReport:
    """The side-by-side report of the offers' own reports (one per letter, in order)."""
    labels = list(LABELS[:len(reports)])
    columns = []
    for label, path, report in zip(labels, paths, reports):
        employer = report.extraction.terms.get("employer")
        musts, met = _musts(report)
        name = str(employer.value) if employer else ""
        columns.append(OfferColumn(label, f"{label}: {path}" + (f" ({name})" if name else ""), path, name,
                                   report, musts, met))
    pay, used, pay_notes = pay_rows(reports, labels, years, prices or {}, currency, rates)
    checked = expectations_path is not None
    exit_code = 0 if not checked or any(c.musts_met == c.musts for c in columns) else 1
    exp = f"expectations: {expectations_path}" if checked else "no expectations file"
    return OffersReport(
        title="Offers compared",
        subtitle=f"{exp} · today {today} · pay over {_years(years)}",
        offers=tuple(columns), terms=_term_rows(reports), checks=_check_rows(reports) if checked else (),
        musts_summary=musts_summary(columns) if checked else "", pay=pay, years=years, currency=currency,
        rates=used, rates_text=("Rates used (yours): " + "; ".join(r.text for r in used) + ".") if used
        else "Rates used: none.", pay_notes=(BASIS_NOTE, BONUS_NOTE, SIGNING_NOTE, EQUITY_NOTE, RETIREMENT_NOTE, *pay_notes),
        notes=() if checked else (NO_EXPECTATIONS,), today=today, expectations_path=expectations_path,
        exit_code=exit_code, disclaimer=d.DISCLAIMER)
