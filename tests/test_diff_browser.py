"""The HTML view of `offercheck diff` opened in headless Chromium, like the report's
(tests/test_html_browser.py): the DOM the browser builds holds one card per changed
term and clause, the deleted and inserted words as <del>/<ins>, the expectations table
and the disclaimer; it prints to PDF. Skipped where no chromium is installed."""
from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import pytest

from offercheck.api import diff_offers
from offercheck.describe import DISCLAIMER
from offercheck.render.revision import by_name
from revisions_build import EDITS, version, write
from test_diff import EXPECT
from test_html_browser import BROWSER, chromium

pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless chromium installed")


class _Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.cards: list[tuple[str, str]] = []
        self.deleted: list[str] = []
        self.inserted: list[str] = []
        self.check_rows = 0
        self.external: list[str] = []
        self.footer = ""
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.external += [a[k] for k in ("src", "href") if a.get(k)]
        if tag in ("meta", "link", "img", "br", "input"):
            return
        self.stack.append((tag, a))
        classes = (a.get("class") or "").split()
        if tag == "article" and "card" in classes:
            self.cards.append((classes[1], classes[2]))
        if tag == "tr" and any(t == "tbody" for t, _ in self.stack[:-1]):
            self.check_rows += 1
        if tag in ("del", "ins", "footer"):
            self._text = ""

    def handle_endtag(self, tag):
        if tag == "del":
            self.deleted.append(self._text)
        elif tag == "ins":
            self.inserted.append(self._text)
        elif tag == "footer":
            self.footer = " ".join(self._text.split())
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        self._text += data


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, object]:
    folder = tmp_path_factory.mktemp("diff-browser")
    old, new = write(folder / "old.pdf", version()), write(folder / "new.docx", version(*EDITS))
    (folder / "me.yaml").write_text(EXPECT, encoding="utf-8")
    diff = diff_offers(old, new, folder / "me.yaml", today=dt.date(2025, 7, 20))
    path = folder / "diff.html"
    path.write_text(by_name("html")(diff), encoding="utf-8")
    return path, diff


def test_browser_dom_has_every_change(tmp_path, page):
    path, diff = page
    dom = _Dom()
    dom.feed(chromium(tmp_path, "--dump-dom", path.as_uri()).stdout)
    assert [c for c in dom.cards if c[0] == "term"] == [("term", t.kind) for t in diff.terms]
    assert [c for c in dom.cards if c[0] == "clause"] == [("clause", c.kind) for c in diff.clauses]
    assert "£38,750" in dom.deleted and "£41,500" in dom.inserted
    assert dom.check_rows == len(diff.checks) == 5
    assert dom.footer == DISCLAIMER and dom.external == []


def test_browser_prints_the_diff(tmp_path, page):
    path, _ = page
    pdf = tmp_path / "diff.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", path.as_uri())
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        pages = len(doc)
    finally:
        doc.close()
    text = " ".join(text.split())
    assert 1 <= pages <= 8
    assert "Offer revision" in text and "Terms that changed" in text and DISCLAIMER in text

