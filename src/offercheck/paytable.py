"""The basic salary read from a pay table, with the period and currency its header gives.

Outside India a letter often sets out pay as a table of components: basic salary, then
allowances (housing, transport), then a gross or total line. The terms contract records
the basic salary where basic and a total with allowances are both stated (in India the
annual CTC is the salary, so Indian letters are left to the rules). A row's cell seldom
says what period its figure is for: the table's header does ("Component | Monthly (AED)",
"Emoluments (per month)", "Annual | Monthly"), or a sentence that states the total with
its period ("your gross monthly salary will be AED 13,800" beside a total row of 13,800).

Rows are lines of cells joined by " | " in ``Document.text`` (every reader writes a table
row so), so this reads the same table from a DOCX, a PDF or a text file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from offercheck.model import Finding, Reason, Term
from offercheck.normalize.money import currency_of, period_of, three_decimal_amount
from offercheck.normalize.numbers import parse_number
from offercheck.values import Money

_BASIC = re.compile(r"(?i)^\s*(?:\d+[.)]?\s+|[a-z][.)]\s+)?(?:monthly\s+|annual\s+|gross\s+)?(?:basic|base)"
                    r"(?:\s+(?:salary|pay|wages?|monthly\s+salary))?(?:\s*\([^)]{0,30}\))?\s*:?\s*$")
_TOTAL = re.compile(r"(?i)\b(?:gross|total)\b")
_ALLOWANCE = re.compile(r"(?i)\b(?:allowance|housing|house\s+rent|HRA|transport|conveyance|car|meal|utility|"
                        r"medical|leave\s+travel|special|shift|uniform|telephone|education)\b")
_MONTH = re.compile(r"(?i)\b(?:monthly|per\s+month|a\s+month|p\.\s?m\.?|/\s*month|pm|month)\b")
_YEAR = re.compile(r"(?i)\b(?:annual(?:ly)?|yearly|per\s+annum|per\s+year|a\s+year|p\.\s?a\.?|/\s*year|pa|year)\b")
_HEADER_LINES = 3
"""Lines above a table read for its caption ("Emoluments (per month)")."""


@dataclass(frozen=True)
class Cell:
    amount: Decimal
    start: int
    end: int
    col: int


@dataclass(frozen=True)
class PayTable:
    basic: Cell
    basic_row: tuple[int, int]      # the basic row's line (start, end)
    totals: tuple[Decimal, ...]     # the amounts of gross or total rows
    period: str | None              # from the header or caption
    currency: str | None            # from the header, caption or cells


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


# a row set out with spaces, as a scan's text gives it: a label, then two or three amounts that
# each carry their currency ("Basic salary R 47 500,00 R570 000,00")
_MARKED_AMOUNT = r"(?:[A-Z]{3}|Rs\.?|Rp\.?|R|GH₵|[$£€₹₦₵])\s?\d{1,3}(?:[ ,.]\d{3})*(?:[.,]\d{1,2})?"
_SPACED_ROW = re.compile(r"^\s*(?P<label>[A-Za-z][^|]*?[A-Za-z)%])\s+"
                         r"(?P<amounts>" + _MARKED_AMOUNT + r"(?:\s+" + _MARKED_AMOUNT + r"){1,2})\s*$")


def _is_row(line: str) -> bool:
    return " | " in line or line.rstrip().endswith(" |") or _SPACED_ROW.match(line) is not None


def _tables(text: str):
    """Runs of consecutive lines with cells (" | ", or a label and amounts set out with
    spaces), with the lines above each run."""
    run: list[tuple[int, str]] = []
    above: list[tuple[int, str]] = []
    for pos, line in _lines(text):
        if _is_row(line):
            run.append((pos, line))
            continue
        if len(run) >= 3:
            yield above[-_HEADER_LINES:], run
        if run:
            above = []
        run = []
        above.append((pos, line))
    if len(run) >= 3:
        yield above[-_HEADER_LINES:], run


def _cells(pos: int, line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a row line.

    >>> [c[2] for c in _cells(0, "Basic salary R 47 500,00 R570 000,00")]
    ['Basic salary', 'R 47 500,00', 'R570 000,00']
    >>> [c[2] for c in _cells(0, "Basic salary Rp 8.250.000 Rp 99.000.000")]
    ['Basic salary', 'Rp 8.250.000', 'Rp 99.000.000']
    """
    spaced = None if "|" in line else _SPACED_ROW.match(line)
    if spaced:
        label = spaced.group("label")
        cells = [(pos + spaced.start("label"), pos + spaced.start("label") + len(label.rstrip()), label.strip())]
        base = spaced.start("amounts")
        for m in re.finditer(_MARKED_AMOUNT, spaced.group("amounts")):
            cells.append((pos + base + m.start(), pos + base + m.end(), m.group()))
        return cells
    out, at = [], 0
    for part in line.split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((pos + at + lead, pos + at + len(part.rstrip()), part.strip()))
        at += len(part) + 1
    return out


def _amount_cells(cells, currency: str | None = None) -> list[Cell]:
    """The cells of a row that hold an amount of 100 or more; ``currency`` is the table's,
    which says whether "450.000" is 450 (dinars to three decimals) or 450,000.

    >>> [c.amount for c in _amount_cells(_cells(0, "Basic salary | 450.000 | 5,400.000"), "KWD")]
    [Decimal('450.000'), Decimal('5400.000')]
    >>> [c.amount for c in _amount_cells(_cells(0, "Basic salary | 8.450.000 | 450.000"), "IDR")]
    [Decimal('8450000')]
    """
    out = []
    for col, (s, e, c) in enumerate(cells[1:], start=1):
        # a currency before the figure: a code, local initials ("RM", "SR", "KD"), a sign or "S$"
        digits = re.sub(r"(?i)^(?:[A-Z]{1,3}\$|[A-Z]{2,3}\.?|GH₵|[$£€₹₦₵R]|KSh)\s*|\s*/-\s*$", "", c)
        fils = three_decimal_amount(digits, currency_of(c) or currency)
        if fils is not None:
            if fils >= 100:
                out.append(Cell(fils, s, e, col))
            continue
        # "9.500.000", "12.345,50" (not "850.000": three decimals in a dinar or a rial)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?|\d{1,3}\.\d{3},\d{1,2}", digits):
            digits = digits.replace(".", "").replace(",", ".")
        if re.fullmatch(r"\d[\d,\s]*(?:[.,]\d{1,2})?", digits):
            amount = parse_number(digits.replace(" ", ""))
            if amount is None and re.fullmatch(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?", digits):
                amount = Decimal(re.sub(r"[ \u00a0]", "", digits).replace(",", "."))  # "47 500,00"
            if amount is not None and amount >= 100:
                out.append(Cell(amount, s, e, col))
    return out


def _column_period(header_cells, col: int) -> str | None:
    if col < len(header_cells):
        head = header_cells[col][2]
        if _MONTH.search(head) and not _YEAR.search(head):
            return "month"
        if _YEAR.search(head) and not _MONTH.search(head):
            return "year"
    return None


def _spaced_header_period(above, first_row: str, col: int) -> str | None:
    """The period of amount column ``col`` of a table set out with spaces, from the line
    above its rows that names a period per column, in order ("Component Per month Per annum").

    >>> _spaced_header_period([(0, "Component Per month Per annum")], "Basic R 1 000,00 R12 000,00", 2)
    'year'
    """
    if "|" in first_row or not above:
        return None
    header = above[-1][1]
    periods = [("month" if _MONTH.fullmatch(m.group()) else "year")
               for m in re.finditer(_MONTH.pattern[4:] + "|" + _YEAR.pattern[4:], header, re.I)]
    return periods[col - 1] if len(periods) >= 2 and col - 1 < len(periods) else None


def _caption_period(texts: list[str]) -> str | None:
    joined = " ".join(texts)
    month, year = bool(_MONTH.search(joined)), bool(_YEAR.search(joined))
    return "month" if month and not year else "year" if year and not month else None


def read_pay_table(text: str, currency: str | None = None) -> PayTable | None:
    """The first table with a basic row and a total or allowance row; ``currency`` (the
    document's) tells how to read a figure whose header and cell name none.

    >>> t = read_pay_table("Pay item | Monthly (KES)\\nBasic salary | 120,000\\nHouse allowance | 18,000\\n"
    ...                    "Gross pay | 138,000\\n")
    >>> t.basic.amount, t.totals, t.period, t.currency
    (Decimal('120000'), (Decimal('138000'),), 'month', 'KES')
    >>> read_pay_table("Name | Role | Start\\nA | B | C\\nD | E | F\\n") is None
    True
    >>> t = read_pay_table("Component Per month Per annum\\nBasic salary R 31 000,00 R372 000,00\\n"
    ...                    "Pension (employer, 5%) R 1 550,00 R 18 600,00\\nTotal cost to company R 32 550,00 R390 600,00\\n")
    >>> t.basic.amount, t.totals, t.period
    (Decimal('31000.00'), (Decimal('32550.00'),), 'month')
    >>> t = read_pay_table("Item | Amount per month\\nBasic salary | RM 4,200.00\\nTravel allowance | RM 300.00\\n"
    ...                    "Gross monthly salary | RM 4,500.00\\n")
    >>> t.basic.amount, t.totals, t.period, t.currency
    (Decimal('4200.00'), (Decimal('4500.00'),), 'month', 'MYR')
    >>> t = read_pay_table("Item | Per month\\nBasic salary | Rp 8.250.000\\nMeal allowance | Rp 500.000\\n"
    ...                    "Total | Rp 8.750.000\\n")
    >>> t.basic.amount, t.totals, t.period, t.currency
    (Decimal('8250000'), (Decimal('8750000'),), 'month', 'IDR')
    """
    for above, run in _tables(text):
        rows = [_cells(pos, line) for pos, line in run]
        header = rows[0]
        caption = [line for _, line in above] + [header[0][2]]
        head_currency = currency_of(" ".join(caption + [c[2] for c in header]))
        basic, basic_row, totals, others = None, None, [], 0
        for (pos, line), cells in zip(run, rows):
            amounts = _amount_cells(cells, head_currency or currency)
            if not amounts:
                continue
            label = cells[0][2]
            if _BASIC.match(label) and basic is None:
                basic, basic_row = amounts[0], (pos, pos + len(line))
            elif _TOTAL.search(label):
                totals.append(amounts[0].amount)
            elif _ALLOWANCE.search(label):
                others += 1
        if basic is None or not (totals or others):
            continue
        period = (_column_period(header, basic.col) or _spaced_header_period(above, run[0][1], basic.col)
                  or _caption_period(caption) or _caption_period([cells[0][2] for cells in rows]))
        # the header's currency, else the one the basic cell itself is written in ("IDR 8.250.000")
        return PayTable(basic, basic_row, tuple(totals), period,
                        head_currency or currency_of(text[basic.start:basic.end]))
    return None


def _same(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= max(Decimal(1), b * Decimal("0.001"))


def _a_year_of(value: Money, table: PayTable) -> bool:
    """Whether ``value`` is a year of the monthly table's total ("annual gross salary of 7,800,000"
    beside a table whose monthly total is 650,000): the gross, where the basic row is the salary."""
    return (table.period == "month" and value.period == "year"
            and any(_same(value.amount, t * 12) for t in table.totals))


def fill_base_salary(terms: dict[str, Term], document, jurisdiction: str | None,
                     currency: str | None) -> dict[str, Term]:
    """``base_salary`` from a pay table's basic row, outside India: where the rules found
    none, read a gross or total row of that table (or a sentence stating that total), or
    read the basic row with no period or another period than the table's header gives."""
    if jurisdiction == "IN":
        return terms
    table = read_pay_table(document.text, currency)
    if table is None:
        return terms
    current = terms.get("base_salary")
    value = current.value if current is not None else None
    period = table.period
    if isinstance(value, Money) and value.period and any(_same(value.amount, t) for t in table.totals):
        period = period or value.period  # "gross monthly salary of AED 13,800" is the total row
        why = "the basic row of a pay table whose total the rules read"
    elif isinstance(value, Money) and _a_year_of(value, table):
        why = "the basic row of a pay table whose total the rules read for a year"
    elif isinstance(value, Money) and _same(value.amount, table.basic.amount):
        if not period or period == value.period:
            return terms
        why = "the period the pay table's header gives"
    elif current is None:
        why = "the basic row of a pay table"
    else:
        return terms
    if period is None:
        return terms
    money = Money(table.basic.amount, table.currency or (value.currency if isinstance(value, Money) else None)
                  or currency, period, document.text[table.basic.start:table.basic.end])
    ev = document.evidence(table.basic_row[0], table.basic_row[1])
    finding = Finding("base_salary", money, (ev,), "paytable.base_salary", "basic-row", 0.5, 0.8,
                      (Reason(f"'{why}'", 0.3),))
    out = dict(terms)
    out["base_salary"] = Term("base_salary", money, (ev,), finding.score, finding, ())
    return out


_PACKAGE_PATTERNS = frozenset({"ctc", "ctc-annual", "ctc-cell"})
"""Base-salary patterns that read a cost-to-company figure: the salary in India (TERMS), a
package beside the basic salary elsewhere."""


def basic_over_package(terms: dict[str, Term], jurisdiction: str | None) -> dict[str, Term]:
    """Outside India, a basic salary the letter states beside its cost to company ("basic salary
    of R38,500 a month ... total cost to company R45,262.50 a month") is the salary: the
    package adds the employer's contributions. Where the country is unknown, the CTC stays.

    >>> from offercheck.model import Evidence
    >>> ev, said = (Evidence("cost to company is R45,000", 0, 1),), (Evidence("basic salary is R38,000", 0, 1),)
    >>> ctc = Finding("base_salary", Money(Decimal("45000"), "ZAR", "month"), ev, "compensation.base-salary", "ctc", 0.8, 0.82)
    >>> basic = Finding("base_salary", Money(Decimal("38000"), "ZAR", "month"), said, "compensation.base-salary", "salary-phrase", 0.8, 0.8)
    >>> t = {"base_salary": Term("base_salary", ctc.value, ev, 0.82, ctc, (basic,))}
    >>> basic_over_package(t, "ZA")["base_salary"].value.amount, basic_over_package(t, "IN")["base_salary"].value.amount
    (Decimal('38000'), Decimal('45000'))
    """
    current = terms.get("base_salary")
    if jurisdiction in (None, "IN") or current is None or current.finding is None:
        return terms
    if current.finding.pattern not in _PACKAGE_PATTERNS or not isinstance(current.value, Money):
        return terms
    for other in current.runners_up:
        v = other.value
        if (other.pattern not in _PACKAGE_PATTERNS and isinstance(v, Money) and v.period == current.value.period
                and v.currency == current.value.currency and v.amount < current.value.amount
                and other.score >= current.finding.score - 0.1
                and re.search(r"(?i)\b(?:basic|base)\b", other.evidence[0].text if other.evidence else "")):
            out = dict(terms)
            out["base_salary"] = Term("base_salary", v, other.evidence, other.score, other,
                                      (current.finding,) + tuple(r for r in current.runners_up if r is not other))
            return out
    return terms
