"""Amounts written with letters that look like digits (issue 11, category 5): "$1OO,OOO" with the
letter O (Latin, Cyrillic, Greek), or l / I for 1, was read as a salary of $1."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_hostile_support import run_cli

LETTER = "Dear Sam,\n\nOur office is at 100 Oak Street, Portland, Oregon.\n\nYour base salary will be {amount} per year.\n"


def extract(capsys, tmp_path: Path, amount: str, name: str = "offer.txt") -> dict:
    letter = tmp_path / name
    letter.write_text(LETTER.format(amount=amount), encoding="utf-8")
    run = run_cli(capsys, "extract", letter)
    assert run.code == 0, run.err
    return json.loads(run.out)


def flags(capsys, tmp_path: Path) -> dict:
    run = run_cli(capsys, "check", tmp_path / "offer.txt", "--format", "json")
    assert run.code in (0, 1), run.err
    return {f["id"]: f for f in json.loads(run.out)["flags"]}


@pytest.mark.parametrize("amount", ["$1OO,OOO", "$1oo,ooo", "$1\u041e\u041e,\u041e\u041e\u041e",
                                    "$1\u043e\u043e,\u043e\u043e\u043e", "$1\u039f\u039f,\u039f\u039f\u039f",
                                    "$l00,000", "$I00,000", "$1OOk", "$lOO,OOO"],
                         ids=["latin-O", "latin-o", "cyrillic-O", "cyrillic-o", "greek-O", "l", "I", "k", "no-digit"])
def test_look_alike_letters_read_as_the_number_with_a_flag(tmp_path: Path, capsys, amount: str) -> None:
    salary = extract(capsys, tmp_path, amount)["terms"]["base_salary"]
    assert salary["value"]["amount"] == 100000 and salary["value"]["currency"] == "USD"
    assert amount in salary["evidence"]["text"]  # quoted as the letter writes it
    flag = flags(capsys, tmp_path)["text.look_alike_digits"]
    quoted = flag["evidence"][0]["text"]
    assert quoted == amount.lstrip("$").rstrip("k") and not quoted.isdigit()
    assert flag["severity"] == "high" and f"“{quoted}” (read as 100" in flag["title"]


def test_ordinary_words_beside_numbers_are_untouched(tmp_path: Path, capsys) -> None:
    """No flag either for a look-alike that is no term ("Suite 1O"): the flag is about terms."""
    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Sam,\n\nOur office is at 100 Oak Street, Suite 1O.\n\n"
                      "Your base salary will be $98,000 per year. Lunch is $10 OFF at 10am. Ask about $IPO plans.\n")
    run = run_cli(capsys, "text", letter)
    assert "100 Oak Street" in run.out and "$10 OFF at 10am" in run.out
    terms = json.loads(run_cli(capsys, "extract", letter).out)["terms"]
    assert terms["base_salary"]["value"]["amount"] == 98000
    assert "text.look_alike_digits" not in flags(capsys, tmp_path)


def test_a_token_that_is_partly_a_number_is_never_read_smaller(tmp_path: Path, capsys) -> None:
    """A token that cannot be read as a number ("1OOx,OOO") is not stated, never $1."""
    terms = extract(capsys, tmp_path, "$1OOx,OOO")["terms"]
    assert "base_salary" not in terms, terms["base_salary"]  # before: {"amount": 1, ...}
