"""The HTML view of `offercheck offers` opened in headless Chromium (as the report's is in
test_html_browser.py): the browser's DOM has one column per offer in every table, the pay
totals and the rates used, and nothing external; a screenshot and a printed PDF come out."""
from __future__ import annotations

import datetime as dt
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from offercheck.api import check_offers
from offercheck.describe import DISCLAIMER
from offercheck.render.offers import by_name
from test_html_browser import BROWSER, chromium

ROOT = Path(__file__).resolve().parents[1]
LETTERS = [Path("tests/offers") / n for n in ("us-staff-engineer-rsu.txt", "uk-analyst-monthly.txt",
                                               "ca-hourly-options.txt")]
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless chromium installed")


class _Tables(HTMLParser):
    """Each table's rows (header row included) as the browser serialized them, by table id."""

    def __init__(self):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.current: str | None = None
        self.cell: list[str] | None = None
        self.notes: list[str] = []
        self.footer = ""
        self.external: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.external += [a[k] for k in ("src", "href") if a.get(k)]
        if tag == "table":
            self.current = a.get("id")
            self.tables[self.current] = []
        elif tag == "tr" and self.current:
            self.tables[self.current].append([])
        elif tag in ("td", "th") and self.current:
            self.cell = []
        elif tag in ("li", "footer"):
            self._in.append(tag)
            self.cell = []

    def handle_endtag(self, tag):
        text = " ".join("".join(self.cell or []).split())
        if tag in ("td", "th") and self.current and self.cell is not None:
            self.tables[self.current][-1].append(text)
            self.cell = None
        elif tag == "table":
            self.current = None
        elif tag in ("li", "footer") and self._in:
            self._in.pop()
            if tag == "footer":
                self.footer = text
            else:
                self.notes.append(text)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, object]:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        report = check_offers(LETTERS, Path("tests/offers/expect.yaml"), today=dt.date(2026, 6, 3),
                              rates=["GBP:USD=1.27", "CAD:USD=0.73"])
    finally:
        os.chdir(cwd)
    path = tmp_path_factory.mktemp("offers") / "offers.html"
    path.write_text(by_name("html")(report), encoding="utf-8")
    return path, report


def test_browser_dom_has_a_column_per_offer_and_the_totals(tmp_path, page):
    path, report = page
    dom = _Tables()
    dom.feed(chromium(tmp_path, "--dump-dom", path.as_uri()).stdout)
    assert set(dom.tables) == {"terms", "checks", "pay"}
    for rows in dom.tables.values():
        assert rows[0][1:] == ["A", "B", "C"]
        assert all(len(r) == 4 for r in rows)
    pay = {r[0]: r[1:] for r in dom.tables["pay"]}
    assert pay["total in USD, first year"] == ["$264,200", "$88,392 (at 1 GBP = 1.27 USD)",
                                               "$58,648.20 (at 1 CAD = 0.73 USD)"]
    terms = {r[0]: r[1:] for r in dom.tables["terms"]}
    assert terms["base salary"] == ["$180,000 a year", "£5,000 a month", "C$40 an hour"]
    assert "Rates used (yours): 1 GBP = 1.27 USD; 1 CAD = 0.73 USD." in dom.notes
    assert any(line.startswith("A: tests/offers/us-staff-engineer-rsu.txt") for line in dom.notes)
    assert dom.footer == DISCLAIMER
    assert dom.external == []


def test_browser_screenshot_and_print(tmp_path, page):
    path, _ = page
    shot = tmp_path / "offers.png"
    chromium(tmp_path, "--window-size=1200,1600", "--hide-scrollbars", f"--screenshot={shot}", path.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000
    pdf = tmp_path / "offers.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", path.as_uri())
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        text = " ".join(" ".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc)))
    finally:
        doc.close()
    assert "Offers compared" in text and "total in USD, first year" in text and DISCLAIMER in text
