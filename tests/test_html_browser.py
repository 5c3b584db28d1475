"""The HTML report opened in a real headless browser (Debian's chromium): the DOM the
browser builds has the checks table, every red flag and the disclaimer; a screenshot
and a printed PDF come out. Skipped where no chromium is installed
(``apt-get install chromium``)."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from offercheck.api import check_offer
from offercheck.describe import DISCLAIMER, label
from offercheck.report import STATUS_WORDS
from offercheck.render import by_name

ROOT = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER = os.environ.get("OFFERCHECK_CHROMIUM") or next(filter(None, map(shutil.which, BROWSERS)), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless chromium installed")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """Chromium headless, offline and with a throwaway profile."""
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
           f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


class _Dom(HTMLParser):
    """The parts of the page the test looks at, from the browser's own serialization."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.check_rows: list[list[str]] = []
        self.flags: list[str] = []
        self.flag_titles: list[str] = []
        self.footer = ""
        self.checklist: list[str] = []
        self.external: list[str] = []
        self._cell: list[str] | None = None
        self._text = ""

    def _inside(self, tag: str, **attrs) -> bool:
        return any(t == tag and all(a.get(k) == v for k, v in attrs.items()) for t, a in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key):
                self.external.append(a[key])
        if tag in ("meta", "link", "img", "br", "input"):
            return
        self.stack.append((tag, a))
        if tag == "tr" and self._inside("table", id="checks") and self._inside("tbody"):
            self.check_rows.append([])
        if tag == "td" and self._inside("table", id="checks") and self.check_rows:
            self._cell = []
        if tag == "article" and "flag" in (a.get("class") or "").split():
            self.flags.append(a.get("data-flag", ""))
        if tag in ("h3", "footer", "li"):
            self._text = ""

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self.check_rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        if tag == "h3" and self._inside("article"):
            self.flag_titles.append(" ".join(self._text.split()))
        if tag == "footer":
            self.footer = " ".join(self._text.split())
        if tag == "li" and self._inside("ul", id="checklist"):
            self.checklist.append(" ".join(self._text.split()))
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        self._text += data


@pytest.fixture(scope="module")
def report():
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return check_offer(Path("samples/us-offer-letter.pdf"), Path("samples/us-offer-letter.expect.yaml"),
                           today=dt.date(2025, 3, 5))
    finally:
        os.chdir(cwd)


@pytest.fixture
def page(tmp_path, report) -> Path:
    path = tmp_path / "report.html"
    path.write_text(by_name("html")(report), encoding="utf-8")
    return path


def test_browser_dom_has_the_checks_the_flags_and_the_disclaimer(tmp_path, page, report):
    dom = _Dom()
    dom.feed(chromium(tmp_path, "--dump-dom", page.as_uri()).stdout)
    # the checks table: one row per expectation, with its field, status and severity
    assert len(dom.check_rows) == len(report.checks) > 0
    for row, check in zip(dom.check_rows, report.checks):
        assert row[0] == label(check.field) and row[1] == STATUS_WORDS[check.status]
        assert row[2] == ("—" if check.status == "met" else check.severity.upper())
    # every red flag, in order, with its severity word and title
    assert dom.flags == [f.id for f in report.flags] and dom.flags
    for title, flag in zip(dom.flag_titles, report.flags):
        assert title == f"{flag.severity.upper()} {flag.title}"
    assert dom.checklist == list(report.checklist)
    assert dom.footer == DISCLAIMER
    assert dom.external == []  # one self-contained file


def test_browser_screenshot_and_print(tmp_path, page):
    shot = tmp_path / "report.png"
    chromium(tmp_path, "--window-size=1200,1600", "--hide-scrollbars", f"--screenshot={shot}", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1600)
    assert len(data) > 50_000  # a page with content, not a blank one

    pdf = tmp_path / "report.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = len(doc)
        first = doc[0].get_textpage().get_text_range()
        last = doc[pages - 1].get_textpage().get_text_range()
    finally:
        doc.close()
    assert 1 <= pages <= 12
    assert "Offer check" in first and "Checks" in first
    assert DISCLAIMER in " ".join(last.split())  # the last printed page ends with it
