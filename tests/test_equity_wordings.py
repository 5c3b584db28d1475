"""The equity grant read whole, from paragraphs written for this test: each part of the
composite (kind, quantity, value, vesting, cliff) comes from the grant the letter actually
promises, where a rule example only checks one part alone.

The wordings are the kinds a letter uses beyond the dev corpus: a company's name inside
"shares of ... common stock", Canadian "common shares of the Corporation", LLC units, restricted
shares, a grant given by value, a cliff told in a sentence of its own, the rest in instalments
told in the next sentence, and a second award (a make-whole grant) beside the principal one.
"""
from __future__ import annotations

import pytest

from offercheck.api import extract_document
from offercheck.document import DocumentBuilder
from offercheck.render.json import term_value

LETTERS = {
    "canadian-common-shares": (
        "Dear Ms. Okafor,\n\nEquity. As soon as practicable after your start, and subject to the approval of "
        "the Board, the Corporation will grant you, under its Share Option Plan and at an exercise price equal "
        "to the market price on the grant date, options to purchase 48,000 common shares of the Corporation. "
        "No options will vest before the first anniversary of the grant. One third of the options will vest on "
        "each of the first, second and third anniversaries of the grant date.\n",
        {"kind": "options", "quantity": 48000, "vesting_months": 36, "cliff_months": 12}),
    "llc-incentive-units": (
        "Dear Sam,\n\nSubject to approval by the managers, you will be issued 30,000 incentive units (profits "
        "interests) under the Holdings LLC Agreement. None of the units vests during your first year. On the "
        "first anniversary of your start, one-fourth of the units will vest; thereafter the balance will vest "
        "in 12 equal quarterly instalments.\n",
        {"kind": "units", "quantity": 30000, "vesting_months": 48, "cliff_months": 12}),
    "principal-award-and-make-whole": (
        "Dear Lee,\n\nEquity | Stock options: 60,000; RSUs: 8,000\n\nYour main new-hire grant will be an option "
        "to buy 60,000 shares of Northgate Robotics common stock. It vests over four years, with 25% of the "
        "shares vesting on the first anniversary of your start date and 1/48th of the shares each month "
        "thereafter. To make you whole for the bonus you are giving up at your current employer, we will also "
        "grant you 8,000 RSUs, which vest in full on the first anniversary of grant.\n",
        {"kind": "options", "quantity": 60000, "vesting_months": 48, "cliff_months": 12}),
    "uk-option-by-value": (
        "Dear Tom,\n\nShare award. Following your start you will be granted a nil-cost option over ordinary "
        "shares in Brindle Analytics plc worth 100% of salary, with a face value of £190,000 at grant. The "
        "option vests on the third anniversary of grant, subject to performance; no part of it will vest "
        "until then.\n",
        {"kind": "options", "quantity": None, "value": 190000, "currency": "GBP", "vesting_months": 36,
         "cliff_months": 36}),
    "restricted-shares-named-stock": (
        "Dear Ana,\n\nOn the Start Date the Company shall grant to you 20,000 restricted shares of Bellweather "
        "Labs, Inc. common stock. The restricted shares will vest in four equal annual installments on each "
        "of the first four anniversaries of the Start Date.\n",
        {"kind": "shares", "quantity": 20000, "vesting_months": 48, "cliff_months": 12}),
    "performance-units-cliff-vest": (
        "Dear Jo,\n\nThe Company will grant the Executive an award of 25,000 performance-based restricted stock "
        "units. The PSUs will cliff vest at the end of a three-year performance period.\n",
        {"kind": "rsu", "quantity": 25000, "vesting_months": 36, "cliff_months": 36}),
}


def _equity(text: str) -> dict | None:
    b = DocumentBuilder()
    b.add(text, sep="")
    term = extract_document(b.build("letter.txt", "txt")).terms.get("equity")
    return None if term is None else term_value(term)


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_equity_grant_read_whole(name):
    text, expected = LETTERS[name]
    got = _equity(text)
    assert got is not None, "no equity read"
    assert {k: got.get(k) for k in expected} == expected


NO_GRANT = {
    "plan-only-mentioned": "Dear Jo,\n\nYou will be eligible to participate in the Company's equity incentive plan, "
                           "subject to Board approval. Future grants, if any, will be at the Board's discretion.\n",
    "purchase-plan": "Dear Jo,\n\nYou may join our Employee Stock Purchase Plan, which lets you buy shares at a 15% "
                     "discount every six months.\n",
    "units-held-by-others": "Dear Jo,\n\nThe Company is a limited liability company whose Class A Units are held by "
                            "the founders. You will not receive equity.\n",
    "retirement-match-vesting": "Dear Jo,\n\nYour 401(k) match vests 20% per year over five years of service.\n",
}


@pytest.mark.parametrize("name", sorted(NO_GRANT))
def test_no_grant_no_equity(name):
    assert _equity(NO_GRANT[name]) is None
