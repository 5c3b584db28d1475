"""Clause numbers: which lines of a letter open a numbered clause ("5.1 Your salary",
"4. Compensation."), worked out once per document as a value (``Document.numbering``),
and the number of the clause that holds an offset.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# "5.1 Your salary", "4. Compensation.", "Clause 12 (a)": a number that opens a line and is
# followed by a capitalised word; a bare "6 January" does not count (no dot after the 6)
_NUMBERED = re.compile(
    r"(?m)^[ \t]*(?:(?:Clause|Section|Article)[ \t]+)?"
    r"(?P<num>\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}(?=[.)]))[.)]?[ \t]+(?=[A-Z\"“‘'(])")
_MIN_NUMBERED = 3


@dataclass(frozen=True)
class Numbering:
    """The numbered clauses of one text; empty where the text does not number its clauses."""

    starts: tuple[int, ...] = ()
    """Offset of each numbered line's start, ascending."""
    numbers: tuple[str, ...] = ()
    """Each line's clause number ("5.1"), beside its start."""


def number_clauses(text: str) -> Numbering:
    """The clause numbers of ``text``. A text numbers its clauses when at least three lines
    open with a number and the top-level numbers never go backwards; a list that starts
    again at 1 further on (notes under an annex table) is not the clauses.

    >>> number_clauses("1. Role\\nYou are hired.\\n2. Pay\\n$5.\\n3. Notice\\nA week.").numbers
    ('1', '2', '3')
    >>> number_clauses("1. Role\\n2. Pay").numbers
    ()
    """
    starts: list[int] = []
    nums: list[str] = []
    top = 0
    for m in _NUMBERED.finditer(text):
        n = int(m.group("num").split(".")[0])
        if (top == 0 and n <= 2) or top <= n <= top + 10:
            starts.append(m.start())
            nums.append(m.group("num"))
            top = n
    return Numbering(tuple(starts), tuple(nums)) if len(starts) >= _MIN_NUMBERED else Numbering()


def line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _continues(line: str) -> bool:
    """A line that carries on the one before: lowercase, a bullet, "(b) ..."."""
    s = line.lstrip()
    return bool(s) and (s[0].islower() or s[0] in "•·-–(")


def _paragraph_start(text: str, offset: int) -> int:
    """The start of the line that opens the paragraph holding ``offset`` (continuation lines
    walked back over, at most 20)."""
    start = line_start(text, offset)
    for _ in range(20):
        end = text.find("\n", start)
        if not _continues(text[start:end if end >= 0 else None]) or start == 0:
            break
        start = line_start(text, start - 1)
    return start


def clause_number(document, offset: int) -> str | None:
    """The number of the clause holding ``offset`` ("5.1"), where the document numbers
    its clauses; None otherwise. A paragraph under a short numbered heading takes the
    heading's number."""
    numbering = getattr(document, "numbering", None)
    if not numbering or not numbering.starts:
        return None
    text, starts, nums = document.text, numbering.starts, numbering.numbers
    start = _paragraph_start(text, offset)
    i = bisect.bisect_left(starts, start)
    if i < len(starts) and line_start(text, starts[i]) == start:
        return nums[i]
    # the line before may be a heading of its own: "5. Salary" then the paragraph
    if start > 0 and i > 0:
        prev = line_start(text, start - 1)
        heading = text[prev:start - 1]
        if line_start(text, starts[i - 1]) == prev and len(heading.split()) <= 8:
            return nums[i - 1]
    return None
