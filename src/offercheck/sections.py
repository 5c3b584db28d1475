"""Section headings: which heading a place in the text sits under.

Letters carry a field's name in the heading more often than in the sentence
("Hours of Work" / "You will work from 9am to 5:30pm, Monday to Friday"), so rules can
ask for the heading as context (``side: section``). Two kinds are read:

* a heading line: short, capitalised or numbered, not a sentence ("7. Notice",
  "ANNUAL LEAVE", "Restrictive Covenants", "Remuneration:"). It holds until the next
  heading of the same or a higher level; numbered sub-headings ("7.2 Garden leave")
  keep their parent ("7. Termination").
* a run-in heading: a capitalised phrase ending in a full stop or colon at the start
  of a paragraph ("Base Salary. You will be paid ...", "Notice period: Either of us
  ..."). It holds for that paragraph only.

>>> text = "TERMINATION\\nEither of us may end this with four weeks' notice.\\nVacation. You get 20 days."
>>> s = Sections(text)
>>> s.heading(text.index("four"))
'TERMINATION'
>>> s.heading(text.index("20 days"))
'TERMINATION / Vacation'
"""
from __future__ import annotations

import bisect
import re

_NUMBERING = (
    r"(?:(?:section|clause|article|schedule|part|item)\s+)?"
    r"(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-Z]\.|\(?[a-z]\)|\(?[ivxIVX]{1,4}[.)])"
)
_NUMBERED = re.compile(rf"^\s*(?P<num>{_NUMBERING})\s+(?=\S)", re.IGNORECASE)
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
          "with", "your", "our", "&", "/", "-", "–"}
_WORD = re.compile(r"[^\W\d_][\w'’&/-]*|&|/")
_RUN_IN = re.compile(
    r"^\s*(?:(?P<num>" + _NUMBERING + r")\s+)?(?P<head>[A-Z][A-Za-z'’&/,() -]{1,60}?)\s*(?P<end>[.:])\s+(?=[A-Za-z(\"“‘'0-9$£€₹])"
)
MAX_WORDS = 8


def _is_title(words: list[str]) -> bool:
    """Every word that is not a small word begins with a capital."""
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and all(w[0].isupper() for w in big)


def _heading_line(line: str) -> tuple[int, str] | None:
    """(level, heading) when the whole line is a heading, else None."""
    s = line.strip().strip("|").strip()
    if not s or len(s) > 80 or "|" in s:
        return None
    num, body = _numbered(s)
    words = _heading_words(body)
    if words is None or not _heading_case(body, words, num):
        return None
    return _level(num), body


def _numbered(s: str) -> tuple[str | None, str]:
    """(clause number or None, the rest without a final ":" or ".", nor a dash or colon
    after the number).

    >>> _numbered("Article 4 - Interim termination")
    ('Article 4', 'Interim termination')
    """
    m = _NUMBERED.match(s)
    num, body = (m.group("num"), s[m.end():]) if m else (None, s)
    if num is not None:  # "Article 4 - Interim termination", "Clause 7: Notice"
        body = re.sub(r"^[-–—:]\s+", "", body)
    if body.endswith((":", ".")) and not body.endswith(".."):
        body = body.rstrip(":").rstrip(".").strip()
    return num, body


def _heading_words(body: str) -> list[str] | None:
    """The words of a would-be heading, or None where it reads as a sentence or a figure:
    a comma or semicolon at its end, a stop inside, three digits in a row, too many
    words, or much besides words."""
    if not body or body[-1] in ",;" or re.search(r"[.!?:]\s", body) or re.search(r"\d{3}", body):
        return None
    words = _WORD.findall(body)
    if not words or len(words) > MAX_WORDS or len(body) - sum(map(len, words)) > len(words) + 6:
        return None
    return words


def _heading_case(body: str, words: list[str], num: str | None) -> bool:
    """Capitals, title case, or sentence case ("7.1 Notice period", "Annual leave") when
    numbered or very short."""
    sentence_case = body[0].isupper() and (num is not None and len(words) <= 6 or len(words) <= 3)
    return body.isupper() or _is_title(words) or sentence_case


def _level(num: str | None) -> int:
    if not num:
        return 1
    digits = re.findall(r"\d+", num)
    if digits and not re.match(r"(?i)\(?[a-z]\)|\(?[ivx]+[.)]", num.strip()):
        return len(digits)
    return 3


def _run_in(line: str) -> str | None:
    m = _RUN_IN.match(line)
    if not m:
        return None
    head = m.group("head").strip()
    words = _WORD.findall(head)
    if not words or len(words) > 6 or words[0].lower() in ("dear", "re", "mr", "ms", "mrs", "dr"):
        return None
      # "Notice period: one month" (sentence case) only before a colon or after a clause number
    # ("(a) Fixed salary. The ..."); otherwise the phrase must be a title ("Base Salary. You
    # ..."), or "You will start. Then" would count
    short = len(words) <= 4
    if not _is_title(words) and not (short and (m.group("end") == ":" or m.group("num"))):
        return None
    if m.group("end") == "." and not re.match(r"[A-Z(\"“‘']", line[m.end():]):
        return None
    return head


class Sections:
    """The heading chain of every line of a text, computed once."""

    def __init__(self, text: str):
        self.text = text
        self._starts: list[int] = []
        self._heads: list[str] = []
        stack: list[tuple[int, str]] = []
        pos = 0
        for line in text.split("\n"):
            heading = _heading_line(line)
            if heading is not None:
                level, body = heading
                stack = [h for h in stack if h[0] < level] + [heading]
                chain = " / ".join(h[1] for h in stack)
            else:
                chain = " / ".join(h[1] for h in stack)
                run_in = _run_in(line)
                if run_in:
                    chain = f"{chain} / {run_in}" if chain else run_in
            self._starts.append(pos)
            self._heads.append(chain)
            pos += len(line) + 1

    def heading(self, offset: int) -> str:
        """The headings above ``offset``, outermost first, joined by " / "; "" where none."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._heads[i] if i >= 0 else ""


def line_heading(line: str) -> str | None:
    """The heading a line opens, whole ("7. Notice", "ANNUAL LEAVE") or run-in ("Base
    Salary. You will ..."), or None: where a clause of an unnumbered letter begins.

    >>> line_heading("Base Salary. You will be paid $5."), line_heading("You will be paid $5.")
    ('Base Salary', None)
    """
    heading = _heading_line(line)
    return heading[1] if heading is not None else _run_in(line)
