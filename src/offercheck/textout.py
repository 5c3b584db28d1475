"""Text for a stdout that is not UTF-8 (``PYTHONIOENCODING=cp1252``, an old console).

What the encoding can hold is written as it is. Of the rest: in JSON, a ``\\uXXXX``
escape (the JSON stays valid, and loses nothing); in HTML, a character reference
(``&#8377;``); in plain text, an ASCII stand-in (arrows, quotes, dashes, check marks,
currency signs), else the letter without its accent, else "?".

JSON and HTML declare UTF-8, so on any other encoding they are written as pure ASCII.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

ASCII = {
    "→": "->", "←": "<-", "⇒": "=>", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-", "―": "-", "−": "-", "…": "...",
    "✓": "[x]", "✔": "[x]", "✗": "[ ]", "✘": "[ ]", "☐": "[ ]", "☑": "[x]", "☒": "[x]",
    "·": "-", "•": "*", "×": "x", "≈": "~", "≤": "<=", "≥": ">=", "¶": "para.", "§": "s.",
    "₹": "INR ", "€": "EUR ", "£": "GBP ", "¥": "JPY ", "₱": "PHP ", "₩": "KRW ", "₦": "NGN ",
    "─": "-", "━": "-", "│": "|", "┃": "|", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u200b": "", "\ufeff": "",
}
"""Plain-text stand-ins for what a narrow encoding cannot hold."""


def _plain(error: UnicodeEncodeError) -> tuple[str, int]:
    out = []
    for c in error.object[error.start:error.end]:
        if c in ASCII:
            out.append(ASCII[c])
            continue
        bare = "".join(x for x in unicodedata.normalize("NFKD", c) if x.isascii())
        out.append(bare or "?")
    return "".join(out), error.end


def _json(error: UnicodeEncodeError) -> tuple[str, int]:
    out = []
    for c in error.object[error.start:error.end]:
        b = c.encode("utf-16-be", "surrogatepass")
        out += [f"\\u{int.from_bytes(b[i:i + 2], 'big'):04x}" for i in range(0, len(b), 2)]
    return "".join(out), error.end


_CONTROLS = dict.fromkeys([*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0)])


def printable(text: str) -> str:
    r"""``text`` without the control characters a terminal obeys: C0 but tab and newline,
    DEL and C1 (U+0080-U+009F). A letter or a file name must never drive the user's
    terminal (``\x1b[31m``, a bell, U+009B, the one-byte CSI).

    >>> printable("\x1b[31mSalary\x07 \x9b2J£5\tper\nyear")
    '[31mSalary 2J£5\tper\nyear'
    """
    return text.translate(_CONTROLS)


codecs.register_error("offercheck-plain", _plain)
codecs.register_error("offercheck-json", _json)


TARGET: str | None = None
"""The encoding the text being drawn will be written in (stdout's), set by the CLI with
``aim``; None: UTF-8, a file. The terminal renderer fits each cell to it before laying
out the table, so a stand-in wider than its character ("INR " for "₹") keeps the
columns straight."""


def aim(encoding: str | None) -> None:
    global TARGET
    TARGET = encoding


_UNDECODABLE = re.compile("[\udc80-\udcff]")


def undecodable(text: str, kind: str = "text") -> str:
    """The bytes of a file name that are not UTF-8 (``os.fsdecode`` keeps each as a lone
    surrogate, which no UTF-8 output can hold) as ``\\xNN``: ``offer-\\xff.txt``. In
    JSON, where they stand inside strings, the backslash is escaped: the value reads the same.
    """
    if not _UNDECODABLE.search(text):
        return text
    slash = "\\\\" if kind == "json" else "\\"
    return _UNDECODABLE.sub(lambda m: f"{slash}x{ord(m.group()) - 0xdc00:02x}", text)


def _is_utf(encoding: str | None) -> bool:
    return bool(encoding) and codecs.lookup(encoding).name.startswith("utf")


def fit(text: str, encoding: str | None = None, kind: str = "text") -> str:
    """``text`` as ``encoding`` can write it; ``kind`` is "text", "json" or "html".

    >>> fit("₹12,00,000 → “CTC”", "cp1252")
    'INR 12,00,000 -> “CTC”'
    >>> fit('{"a": "₹ 5 £"}', "cp1252", "json")
    '{"a": "\\\\u20b9 5 \\\\u00a3"}'
    >>> fit("<p>₹</p>", "latin-1", "html")
    '<p>&#8377;</p>'
    """
    text = undecodable(text, kind)
    encoding = encoding or TARGET
    if not encoding or _is_utf(encoding):
        return text
    if kind == "json":
        return text.encode("ascii", "offercheck-json").decode("ascii")
    if kind == "html":
        return text.encode("ascii", "xmlcharrefreplace").decode("ascii")
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode(encoding, "offercheck-plain").decode(encoding)
    except UnicodeEncodeError:  # a stand-in the encoding cannot hold either
        return text.encode("ascii", "offercheck-plain").decode("ascii")
