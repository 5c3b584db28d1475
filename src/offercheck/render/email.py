"""One polite reply to the recruiter (``--email``): thanks, enthusiasm, the asks and the
questions, in one message, as plain text ready to paste.

Its sentences come worded in the report (``Report.text.reply``, built by report.py);
this module only wraps and numbers them. What the candidate keeps to themselves
(walk-aways, fallbacks, private notes) is not in the points, so it cannot end up here.
"""
from __future__ import annotations

import textwrap

from offercheck.textout import printable

WIDTH = 76


def _para(text: str) -> str:
    return textwrap.fill(text, WIDTH, break_long_words=False, break_on_hyphens=False)


def _item(n: int, text: str) -> str:
    head = f"{n}. "
    return textwrap.fill(text, WIDTH, initial_indent=head, subsequent_indent=" " * len(head),
                         break_long_words=False, break_on_hyphens=False)


def render(report, explain: bool = False, color: bool = False) -> str:
    r = report.text.reply
    out = [f"Subject: {r.subject}", "", "Dear [recruiter's name],", "", _para(r.thanks), ""]
    if r.raising:
        out += [_para(r.raising), ""]
    n = 0
    for heading, points in (("Points I would like to discuss:", r.asks),
                            ("Questions I would like to confirm in writing:", r.questions)):
        if points:
            out += [heading, ""]
        for point in points:
            n += 1
            out += [_item(n, point), ""]
    out += [_para(r.closing), "", _para("Thank you again for your time and for the offer."), "", "Kind regards,",
            r.name, ""]
    return printable("\n".join(out))  # the employer's and role's names come from the letter
