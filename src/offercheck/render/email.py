"""One polite reply to the recruiter (``--email``): thanks, enthusiasm, the asks and the
questions, in one message, as plain text ready to paste.

The points come from ``suggest.reply``; this module only words the frame around them.
What the candidate keeps to themselves (walk-aways, fallbacks, private notes) is not
in the points, so it cannot end up here.
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


def _and(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _sentence_end(text: str) -> str:
    """ "Acme, Inc." ends a sentence as it is; "Acme Ltd" takes a full stop."""
    return text if text.endswith(".") else text + "."


def render(report, explain: bool = False, color: bool = False) -> str:
    from offercheck.suggest import reply

    r = reply(report)
    role = f"the {r.role} role" if r.role else "the role"
    at = f" at {r.employer}" if r.employer else ""
    out = [f"Subject: Re: Offer of employment{' – ' + r.role if r.role else ''}", "",
           "Dear [recruiter's name],", "",
           _para(_sentence_end(f"Thank you very much for the offer of {role}{at}") +
                 " I am excited about the opportunity and look forward to joining the team."), ""]
    n = 0
    questions = list(r.questions)
    if r.unstated:
        what = _and(f"the {x}" for x in r.unstated)
        questions.insert(0, f"The letter does not mention {what}; could you confirm "
                            f"{'it' if len(r.unstated) == 1 else 'them'} in writing?")
    if r.asks or questions:
        out += [_para("I have read the offer carefully, and before I sign I would like to raise a few "
                      "points together in this one message."), ""]
    if r.asks:
        out += ["Points I would like to discuss:", ""]
        for ask in r.asks:
            n += 1
            out += [_item(n, ask), ""]
    if questions:
        out += ["Questions I would like to confirm in writing:", ""]
        for question in questions:
            n += 1
            out += [_item(n, question), ""]
    if r.asks or questions:
        when = f" before the deadline of {r.deadline}" if r.deadline else ""
        out += [_para(f"I would be glad to talk these through on a call if that is easier, and I hope we can "
                      f"settle them{when}."), ""]
    else:
        when = f" before {r.deadline}" if r.deadline else ""
        out += [_para(f"I have read the offer carefully and it reflects what we discussed. I will sign and "
                      f"return it{when}, together with the documents requested."), ""]
    out += [_para("Thank you again for your time and for the offer."), "", "Kind regards,",
            r.candidate or "[your name]", ""]
    return printable("\n".join(out))  # the employer's and role's names come from the letter
