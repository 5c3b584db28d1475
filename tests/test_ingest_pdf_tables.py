"""PDF tables and two-column pages: rows as " | "-joined cells, columns in reading order.

The documents are built here with fpdf2 (names, firms and figures invented). The
regression half reads every PDF in samples/ and the team letters twice, with and
without the table reader, and holds that a page without a table reads exactly as
before and that a table only regroups pdfium's words, never adds or loses one.
"""
from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path
from unittest import mock

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # fixtures_build lives beside the tests

from fixtures_build import check_blocks, make_layout_pdf  # noqa: E402

from offercheck import api  # noqa: E402
from offercheck.ingest import pdf_tables, read_document  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PAY_ROWS = [["Component", "Per month", "Per year"],
            ["Basic salary", "£3,000", "£36,000"],
            ["Shift allowance", "£250", "£3,000"],
            ["Gross pay", "£3,250", "£39,000"],
            ["Total package", "£3,400", "£40,800"]]
KEY_TERMS = [["Job title", "Quality Technician"],
             ["Start date", "3 March 2025"],
             ["Salary", "£31,500 per annum, paid monthly"],
             ["Probationary period", "Six months from your start date, during which either party may "
                                     "end the employment with one week's notice"],
             ["Notice period", "One month's written notice by either party after probation"],
             ["Annual leave", "25 days plus bank holidays"]]
OPENING = "Dear Sam Placeholder, this letter sets out the terms of your employment with Bluefin Instruments."
CLOSING = "Please sign and return a copy of this letter."


def _lines(doc) -> list[str]:
    return doc.text.split("\n")


def _plain(path: Path):
    """The document as the reader gave it before tables: pdfium's text alone."""
    with mock.patch.object(pdf_tables, "read_tables", lambda *a, **k: None), \
            mock.patch.object(pdf_tables, "reflow_columns", lambda *a, **k: None):
        return read_document(path)


def _terms(path: Path) -> dict:
    extraction = api.extract_terms(path)
    for term in extraction.terms.values():
        for ev in term.evidence:
            assert extraction.document.text[ev.start:ev.end] == ev.text
    return extraction.terms


@pytest.fixture
def pay_table(tmp_path: Path) -> Path:
    return make_layout_pdf(tmp_path / "pay.pdf", [("para", OPENING), ("table", PAY_ROWS, "ALL"), ("para", CLOSING)])


def test_ruled_pay_table_rows_become_cells(pay_table: Path) -> None:
    doc = read_document(pay_table)
    assert _lines(doc) == [OPENING, *(" | ".join(row) for row in PAY_ROWS), CLOSING]
    check_blocks(doc)
    cells = [b for b in doc.blocks if b.kind == "cell"]
    assert [(b.table, b.row, b.col) for b in cells] == [(0, r, c) for r in range(5) for c in range(3)]
    assert [doc.text[b.start:b.end] for b in cells] == [value for row in PAY_ROWS for value in row]
    assert {b.page for b in cells} == {1}


def test_pay_table_total_is_not_the_base_salary(pay_table: Path) -> None:
    """Cells without a period say nothing of which figure is the salary's: no guess."""
    base = _terms(pay_table).get("base_salary")
    assert base is None or base.value.amount in (3000, 36000)


def test_base_salary_comes_from_the_basic_row_not_the_total(tmp_path: Path) -> None:
    rows = [["Component", "Amount"], ["Basic salary", "£36,000 per annum"],
            ["Car allowance", "£4,000 per annum"], ["Total package", "£40,000 per annum"]]
    path = make_layout_pdf(tmp_path / "pay2.pdf", [("para", OPENING), ("table", rows, "ALL")])
    base = _terms(path)["base_salary"]
    assert (base.value.amount, base.value.currency, base.value.period) == (36000, "GBP", "year")
    assert base.evidence[0].text == "Basic salary | £36,000"


@pytest.mark.parametrize("borders", ["ALL", "NONE"])
def test_key_terms_table_label_beside_value(tmp_path: Path, borders: str) -> None:
    """Ruled or not, a label column beside wrapping values reads "label | value"."""
    path = make_layout_pdf(tmp_path / "terms.pdf", [("para", OPENING), ("table", KEY_TERMS, borders),
                                                    ("para", CLOSING)])
    doc = read_document(path)
    assert _lines(doc) == [OPENING, *(" | ".join(row) for row in KEY_TERMS), CLOSING]
    check_blocks(doc)
    terms = _terms(path)
    assert terms["job_title"].value == "Quality Technician"
    assert str(terms["start_date"].value) == "2025-03-03"
    assert (terms["base_salary"].value.amount, terms["base_salary"].value.period) == (31500, "year")
    assert terms["pto_days"].value == 25
    assert (terms["probation"].value.value, terms["probation"].value.unit) == (6, "month")
    assert (terms["notice_employee"].value.value, terms["notice_employee"].value.unit) == (1, "month")


def test_plain_text_lost_the_value_beside_a_wrapped_label(tmp_path: Path) -> None:
    """What the table reader is for: pdfium alone splits a label from its wrapped value."""
    path = make_layout_pdf(tmp_path / "terms.pdf", [("para", OPENING), ("table", KEY_TERMS, "ALL")])
    assert "Probationary period\nSix months" in _plain(path).text
    assert "Probationary period | Six months" in read_document(path).text


def test_two_columns_written_line_by_line_read_column_after_column(tmp_path: Path) -> None:
    left = "Your salary will be $72,000 per year, paid every two weeks by direct deposit and reviewed each January."
    right = "Either party may end the employment by giving two weeks' written notice. During probation none is due."
    path = make_layout_pdf(tmp_path / "columns.pdf", [("para", "Dear Alex Sample,"), ("columns", left, right),
                                                       ("para", "We look forward to working with you.")])
    doc = read_document(path)
    assert doc.text == f"Dear Alex Sample,\n{left}\n{right}\nWe look forward to working with you."
    check_blocks(doc)
    assert left not in _plain(path).text.replace("\n", " ")  # pdfium mixes the two columns' lines
    terms = _terms(path)
    assert (terms["base_salary"].value.amount, terms["base_salary"].value.period) == (72000, "year")
    assert terms["pay_frequency"].value == "biweekly"
    assert (terms["notice_employer"].value.value, terms["notice_employer"].value.unit) == (2, "week")


def test_two_columns_of_text_in_a_ruled_frame_are_not_one_row(tmp_path: Path) -> None:
    left = ("The Employee shall perform the duties reasonably assigned by the Employer and shall comply with "
            "its policies. Your salary will be $64,000 per year, paid twice a month. ") * 2
    right = ("Either party may end the employment by giving four weeks' written notice. The Company may pay "
             "salary in lieu of notice. Confidential information includes customer lists. ") * 2
    path = make_layout_pdf(tmp_path / "framed.pdf", [("para", "Dear Kim Sample,"), ("table", [[left, right]], "ALL")])
    doc = read_document(path)
    assert doc.text == f"Dear Kim Sample,\n{left.strip()}\n{right.strip()}"
    assert not any(b.kind == "cell" for b in doc.blocks)


def test_a_ruled_table_and_two_columns_on_one_page(tmp_path: Path) -> None:
    left = "Your salary is reviewed each April against the pay table below, your performance and the market."
    right = "Either party may end the employment by giving four weeks' written notice to the other party."
    path = make_layout_pdf(tmp_path / "both.pdf", [("columns", left, right), ("table", PAY_ROWS, "ALL")])
    assert _lines(read_document(path)) == [left, right, *(" | ".join(row) for row in PAY_ROWS)]


def test_pdfplumber_pages_are_capped(pay_table: Path) -> None:
    searched = pdf_tables.STATS.pages_searched
    with mock.patch.object(pdf_tables, "MAX_SEARCHED_PAGES", 0):
        read_document(pay_table, isolate=False)
    assert pdf_tables.STATS.pages_searched == searched


@pytest.mark.parametrize("target", ["pdfplumber.open", "pdfplumber.page.Page.find_tables"])
def test_a_pdfplumber_failure_leaves_the_plain_text(pay_table: Path, target: str) -> None:
    """pdfminer cannot parse some files pdfium reads: then the page reads as before."""
    with mock.patch(target, side_effect=ValueError("unreadable")), \
            mock.patch.object(pdf_tables, "reflow_columns", lambda *a, **k: None):
        assert read_document(pay_table, isolate=False).text == _plain(pay_table).text


def test_borderless_pay_table_splits_at_every_gutter(tmp_path: Path) -> None:
    path = make_layout_pdf(tmp_path / "pay.pdf", [("para", OPENING), ("table", PAY_ROWS, "NONE"), ("para", CLOSING)])
    assert _lines(read_document(path)) == [OPENING, *(" | ".join(row) for row in PAY_ROWS), CLOSING]


def test_bullets_and_numbers_hanging_beside_text_are_not_columns(tmp_path: Path) -> None:
    items = ["Medical and dental insurance from your first day of work.",
             "Life assurance at four times your annual salary.",
             "Twenty-five days of paid annual leave each year."]
    rows = [[f"({'abc'[k]})" if k % 2 else f"{k + 1}.", item] for k, item in enumerate(items)]
    path = make_layout_pdf(tmp_path / "list.pdf", [("para", OPENING), ("table", rows, "NONE")])
    assert read_document(path).text == _plain(path).text
    assert "|" not in read_document(path).text


def test_a_box_around_a_paragraph_is_not_a_table(tmp_path: Path) -> None:
    path = make_layout_pdf(tmp_path / "box.pdf", [("para", OPENING), ("table", [[CLOSING]], "ALL")])
    assert read_document(path).text == _plain(path).text == f"{OPENING}\n{CLOSING}"


UNMEASURED_BLIND_SETS: set[str] = set()
"""Blind sets not yet measured: their PDFs stay out of this reader regression (which runs offercheck's
reader on every letter) until the lead has measured the set; add them then, with their tables below."""
REGRESSION_PDFS = sorted(p for p in [*REPO.glob("samples/*.pdf"), *REPO.glob("tests/letters*/*/*.pdf")]
                         if not UNMEASURED_BLIND_SETS & set(p.relative_to(REPO).parts))
WITH_TABLES = {"india-appointment-letter", "in-mh-appointment-letter-ctc-lakh", "ph-cebu-probationary-contract-accountant",
               "us-ca-vp-engineering-executive-offer", "in-ts-campus-offer-ctc-fixed-variable",
               # tests/letters_unseen2: a pay table, a CTC annexure, a shift-pay table
               "au-wa-perth-cfo-executive-services-agreement", "in-mh-pune-graduate-engineer-trainee-ctc",
               "us-ma-boston-staff-nurse-night-shift",
               # tests/letters_unseen3: a leave table and a CTC annexure
               "in-ka-bengaluru-test-automation-ctc-annexure",
               # tests/letters_unseen4: a CTC letter with ruled tables
               "in-tg-hyderabad-associate-data-analyst-ctc",
               # tests/letters_unseen5: a CTC annexure, a pay-and-hours table, a statement's schedule
               "in-gj-vadodara-junior-production-engineer-ctc", "uk-eng-bristol-teaching-assistant-term-time-pro-rata",
               "uk-eng-leeds-staff-nurse-written-statement",
               # tests/letters_unseen6: a term sheet in three ruled tables
               "us-pa-pittsburgh-chief-technology-officer-term-sheet",
               # tests/letters_unseen7: ruled tables of pay and equity
               "us-in-plainfield-director-network-operations-tables",
               # tests/letters_unseen8: a CTC annexure, a statement's schedule, labels beside values
               "in-tn-chennai-payments-operations-associate-ctc", "uk-eng-birmingham-transport-planner-written-statement",
               "uk-eng-london-dental-receptionist-part-time-hourly",
               # tests/letters_unseen9: schedules and appendices in ruled tables
               "au-vic-melbourne-project-controls-manager-agreement-schedule",
               "hk-quarry-bay-head-of-compliance-terms-of-employment", "uk-sco-glasgow-bank-credit-risk-contract-schedule",
               # tests/letters_unseen10: an appointment letter's annexures in ruled tables
               "in-gj-ahmedabad-site-engineer-appointment-annexures",
               # tests/letters_unseen11: a commission plan and exhibits in ruled tables
               "us-co-fort-collins-sales-director-commission", "us-nj-princeton-vp-regulatory-offer-exhibits",
               # tests/letters_unseen12: pay and allowance tables, a CTC annexure, a shift table, schedules
               "ae-sharjah-store-manager-limited-contract-offer", "in-tn-chennai-senior-software-engineer-ctc-annexure",
               "ph-makati-customer-service-representative-night-shift", "uk-eng-leeds-qa-manager-contract-long",
               # tests/letters_unseen13: a letter's five annexures in ruled tables; a one-page letter's table
               "in-tn-coimbatore-research-chemist-annexures", "au-sa-adelaide-laboratory-chemist-hourly",
               # tests/letters_unseen14: a CTC letter, a pay table
               "in-mh-nagpur-senior-accountant-ctc", "my-johor-bahru-retail-store-manager",
               # tests/letters_unseen15: a schedule of key terms, a CTC annexure, a particulars table
               "au-qld-gold-coast-store-manager-employment-agreement", "in-gj-vadodara-plant-manager-appointment-ctc",
               "uk-eng-bath-finance-director-contract",
               # tests/letters_unseen16: a pay table, a CTC annexure
               "ae-rak-production-supervisor-pay-table", "in-mp-bhopal-qa-engineer-ctc-annexure",
               # tests/letters_unseen17: a CTC annexure, a pay table, an exhibit's table
               "in-br-patna-qc-microbiologist-ctc-annexure", "kw-kuwait-city-pharmacist-allowances",
               "us-wy-casper-chief-medical-officer-agreement",
               # tests/letters_unseen18: a CTC table, a pay table
               "in-ka-mangaluru-it-support-analyst", "om-sohar-civil-site-engineer-fixed-term",
               # tests/letters_unseen19: a CTC annexure, a package table
               "in-or-bhubaneswar-procurement-assistant-manager-ctc", "ae-ajman-mep-maintenance-supervisor-limited-contract",
               # tests/letters_unseen20: an appointment letter's table, a schedule, a pay table
               "in-pb-ludhiana-production-supervisor-appointment", "ca-nb-moncton-customer-insights-manager-agreement",
               "sg-tampines-accounts-executive-appointment-aws",
               # tests/letters_unseen21: a CTC annexure, a service agreement's schedule, a contract's table
               "in-tn-hosur-plant-engineer-appointment-ctc-annexure", "uk-eng-milton-keynes-finance-director-service-agreement",
               "sg-jurong-procurement-executive-employment-contract"}
KNOWN_REGROUP_DEFECTS = {
    "in-tn-coimbatore-research-chemist-annexures":
        "the table reader repeats one token ('1') of this letter's annexures; not investigated yet",
}
"""Letters whose table regrouping is known to add or lose a word: xfail until fixed (and the test
fails, telling to remove the entry, once it is)."""
KNOWN_ORDER_DEFECTS = {
    "us-wy-casper-chief-medical-officer-agreement":
        "the regrouping moves a line of prose beside this letter's exhibit table out of order; not "
        "investigated yet (the set was blind when it was found)",
}
"""Letters whose regrouping keeps every word but moves a line of prose out of order: xfail, the same way."""


@pytest.mark.parametrize("path", REGRESSION_PDFS, ids=[p.stem for p in REGRESSION_PDFS])
def test_text_unchanged_where_there_is_no_table(path: Path) -> None:
    doc, plain = read_document(path), _plain(path)
    check_blocks(doc)
    has_rows = any(b.kind == "cell" for b in doc.blocks)
    assert has_rows == (path.stem in WITH_TABLES)
    if not has_rows:
        assert doc.text == plain.text and doc.blocks == plain.blocks
        return
    # a table regroups pdfium's words: none added, none lost, every other line kept in order
    same_words = Counter(doc.text.replace("|", " ").split()) == Counter(plain.text.replace("|", " ").split())
    if path.stem in KNOWN_REGROUP_DEFECTS:
        assert not same_words, f"{path.stem} is read right now: remove it from KNOWN_REGROUP_DEFECTS"
        pytest.xfail(KNOWN_REGROUP_DEFECTS[path.stem])
    assert same_words
    rows = {doc.text[b.start:b.end] for b in doc.blocks if b.kind == "cell"}
    kept = iter(plain.text.split("\n"))
    out_of_order = [line for line in doc.text.split("\n")
                    if line and not any(cell in line for cell in rows) and line not in kept]
    if path.stem in KNOWN_ORDER_DEFECTS:
        assert out_of_order, f"{path.stem} is read right now: remove it from KNOWN_ORDER_DEFECTS"
        pytest.xfail(KNOWN_ORDER_DEFECTS[path.stem])
    assert not out_of_order, out_of_order[0]


def test_pdfplumber_runs_only_on_pages_with_ruling(tmp_path: Path, pay_table: Path) -> None:
    plain = make_layout_pdf(tmp_path / "plain.pdf", [("para", OPENING), ("para", CLOSING)])
    stats = pdf_tables.STATS
    before = (stats.pages_checked, stats.pages_searched, stats.tables)
    read_document(plain, isolate=False)  # in this process, where the counts are kept
    assert (stats.pages_checked, stats.pages_searched, stats.tables) == (before[0] + 1, *before[1:])
    read_document(pay_table, isolate=False)
    assert (stats.pages_checked, stats.pages_searched, stats.tables) == (before[0] + 2, before[1] + 1, before[2] + 1)


def test_pdfplumber_is_imported_only_for_a_page_with_ruling(tmp_path: Path, pay_table: Path) -> None:
    plain = make_layout_pdf(tmp_path / "plain.pdf", [("para", OPENING), ("para", CLOSING)])
    code = ("import sys; from pathlib import Path; from offercheck.ingest.pdf import read_pdf; "
            "read_pdf(Path(sys.argv[1])); print('pdfplumber' in sys.modules)")
    imported = [subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                               check=True).stdout.strip() for path in (plain, pay_table)]
    assert imported == ["False", "True"]


def test_text_hidden_in_a_table_page_stays_out_of_its_cells(tmp_path):
    """A ruled table's page is read again for its cells; what the page does not show (white
    text here) must stay out of them, as it does from the plain text."""
    from fpdf import FPDF

    from offercheck.api import extract_terms

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Dear Sam, we are pleased to offer you the role of Analyst in Austin, Texas.",
                   new_x="LMARGIN", new_y="NEXT")
    with pdf.table(borders_layout="ALL", first_row_as_headings=False, col_widths=(35, 65)) as table:
        for label, value in [("Position", "Analyst"), ("Base salary", "$98,000 per year"), ("Start date", "1 May 2027")]:
            row = table.row()
            row.cell(label)
            row.cell(value)
    pdf.set_text_color(255, 255, 255)
    pdf.text(60, 45, "Base salary $250,000 per year")
    path = tmp_path / "offer.pdf"
    pdf.output(str(path))
    ex = extract_terms(path)
    assert "250,000" not in ex.document.text
    assert ex.terms["base_salary"].value.amount == 98000


def test_lines_that_narrow_the_gap_below_a_gutter_are_not_a_grid():
    # each line's left text ends a little past the gap's start (within the tolerance that
    # lets it count as left of the gap), so what no line covers is narrower than a gutter
    gap = (100.0, 100.0 + pdf_tables._MIN_GUTTER)
    ends = [gap[0] + pdf_tables._NEAR - 0.2 * k for k in range(4)]
    lines = [pdf_tables._Line(10.0 * k, 10.0 * k + 8, [(20.0, end), (gap[1], 300.0)]) for k, end in enumerate(ends)]
    assert pdf_tables._gutters(lines) == []
    grid, used = pdf_tables._column_grid(lines, *gap, 400.0, lambda line, segment: "Label")
    assert grid is None and used == len(lines)
