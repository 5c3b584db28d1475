"""The text of a DOCX ``w:altChunk``: a part in another format (HTML, plain text, another
.docx) that Word imports and shows in place, where the element sits in the body.

Only the text is taken, a line per paragraph (HTML block element), table rows as cells
joined by " | ", as the main reader does; an MHTML chunk (a web archive) by its HTML
part. RTF chunks are not read.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

AF_CHUNK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
MHT_TYPES = ("message/rfc822", "multipart/related", "application/x-mimearchive")
DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
MAX_DEPTH = 3
"""A chunk may hold chunks; deeper than this they are not read (a loop of parts ends here)."""


def kind_of(content_type: str, partname: str) -> str | None:
    """'html', 'mht', 'text' or 'docx' by content type (or extension), None for a format not read."""
    ct = content_type.split(";")[0].strip().lower()
    ext = partname.rsplit(".", 1)[-1].lower()
    if ct in HTML_TYPES or ext in ("htm", "html", "xhtml"):
        return "html"
    if ct in MHT_TYPES or ext in ("mht", "mhtml"):
        return "mht"
    if ct in TEXT_TYPES or ext == "txt":
        return "text"
    if ct in DOCX_TYPES or ext == "docx":
        return "docx"
    return None


def decode(blob: bytes, declared: str | None = None) -> str:
    """Bytes as text: a BOM wins, then a declared charset, then UTF-8 (bad bytes replaced)."""
    if blob.startswith((b"\xff\xfe", b"\xfe\xff")):
        return blob.decode("utf-16", errors="replace")
    for encoding in (declared, "utf-8-sig"):
        if encoding:
            try:
                return blob.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return blob.decode("utf-8", errors="replace")


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def html_lines(blob: bytes, charset: str | None = None) -> list[str]:
    """The visible text of an HTML chunk, a line per block element.

    >>> html_lines(b"<html><head><title>t</title><style>p{}</style></head><body><h1>Offer</h1>"
    ...            b"<p>Salary: <b>$98,000</b>&nbsp;a year</p><table><tr><td>Bonus</td><td>10%</td></tr>"
    ...            b"</table><script>x()</script></body></html>")
    ['Offer', 'Salary: $98,000 a year', 'Bonus | 10%']
    """
    m = _CHARSET.search(blob[:4096])
    parser = _TextParser()
    parser.feed(decode(blob, m.group(1).decode("ascii") if m else charset))
    parser.close()
    return parser.lines()


def mht_lines(blob: bytes) -> list[str]:
    """The text of the first HTML part of a web archive (MIME; quoted-printable or base64).

    >>> mht_lines(b'MIME-Version: 1.0\\r\\nContent-Type: multipart/related; boundary="b"\\r\\n\\r\\n--b\\r\\n'
    ...           b'Content-Type: text/html; charset="utf-8"\\r\\nContent-Transfer-Encoding: quoted-printable'
    ...           b'\\r\\n\\r\\n<p>Salary: $98,=\\r\\n000</p>\\r\\n--b--\\r\\n')
    ['Salary: $98,000']
    """
    import email
    import email.policy

    message = email.message_from_bytes(blob, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            return html_lines(payload, part.get_content_charset()) if isinstance(payload, bytes) else []
    return []


def text_lines(blob: bytes) -> list[str]:
    return [line for line in (" ".join(raw.split()) for raw in decode(blob).splitlines()) if line]


_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
           "blockquote", "pre", "section", "article", "header", "footer", "dt", "dd", "hr", "body"}
_CELLS = {"td", "th"}
_UNSEEN = {"head", "script", "style", "template", "noscript", "title"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[list[str]] = [[]]
        self._cell: list[str] = []
        self._unseen = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _UNSEEN:
            self._unseen += 1
        elif tag in _BLOCKS:
            self._break()
        elif tag in _CELLS:
            self._end_cell()

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNSEEN:
            self._unseen = max(self._unseen - 1, 0)
        elif tag in _BLOCKS:
            self._break()
        elif tag in _CELLS:
            self._end_cell()

    def handle_data(self, data: str) -> None:
        if not self._unseen:
            self._cell.append(data)

    def _end_cell(self) -> None:
        text = " ".join("".join(self._cell).split())
        if text:
            self._lines[-1].append(text)
        self._cell = []

    def _break(self) -> None:
        self._end_cell()
        if self._lines[-1]:
            self._lines.append([])

    def lines(self) -> list[str]:
        self._break()
        return [" | ".join(cells) for cells in self._lines if cells]
