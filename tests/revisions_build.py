"""Revised versions of one of the team's letters, for `offercheck diff`.

The base is the UK statement of particulars written in tests/letters/make_letters.py
(a docx there), with a non-compete of our own added as clause 13.2. Each revision edits
its blocks the way an employer's second draft would; ``write`` builds any version as
PDF, DOCX or TXT with make_letters' own builders, so an old PDF can be set against a
new DOCX of the same words. Every edit's wording is the team's own.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

LETTERS = Path(__file__).resolve().parent / "letters" / "make_letters.py"
BASE_ID = "uk-statement-of-particulars-production-planner"

NON_COMPETE = ("13.2 For twelve months after your employment ends you must not work for or be engaged by any "
               "business in the United Kingdom that competes with the Company in the printing of food packaging.")
SALARY = ("5.1 Your salary is £38,750 a year", "5.1 Your salary is £41,500 a year")
NOTICE = ("you must give the Company one month’s written notice", "you must give the Company two months’ written notice")
HOLIDAY = ("7.1 The holiday year runs from 1 January to 31 December. You are entitled to 28 days’ paid holiday in "
           "each holiday year, which includes the eight public holidays normally observed in England.",
           "7.1 The holiday year runs from 1 January to 31 December. In each holiday year you may take 28 days’ "
           "paid holiday, and that figure includes the eight public holidays usually observed in England.")
JOINING_BONUS = ("5.3 You will receive a one-off joining bonus of £1,500, paid with your first monthly salary. "
                 "If you resign within six months of your start date you must repay it in full.")

EDITS = ("salary", "notice", "no-non-compete", "joining-bonus", "reworded")
"""What each revision does: raise the salary, lengthen the notice you give, drop the
non-compete (13.2), add a joining bonus clause (5.3), reword the holiday clause (7.1)
with the same figures."""


def _make_letters():
    if "make_letters" not in sys.modules:
        spec = importlib.util.spec_from_file_location("make_letters", LETTERS)
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_letters"] = module  # dataclasses look the module up while it loads
        spec.loader.exec_module(module)
    return sys.modules["make_letters"]


def _replace(blocks: list, old: str, new: str | None) -> list:
    """The blocks with one paragraph's words replaced (or the paragraph dropped, new=None)."""
    out, hits = [], 0
    for block in blocks:
        if block[0] == "para" and old in block[1]:
            hits += 1
            if new is None:
                continue
            block = ("para", block[1].replace(old, new))
        out.append(block)
    assert hits == 1, f"{old!r} found {hits} times"
    return out


def _insert_after(blocks: list, anchor: str, text: str) -> list:
    i = next(i for i, b in enumerate(blocks) if b[0] == "para" and b[1].startswith(anchor))
    return blocks[:i + 1] + [("para", text)] + blocks[i + 1:]


def version(*edits: str) -> list:
    """The base letter's blocks (with its non-compete) after ``edits`` (names from EDITS)."""
    blocks = next(x for x in _make_letters().LETTERS if x.id == BASE_ID).blocks
    blocks = _insert_after(list(blocks), "13.1 ", NON_COMPETE)
    for edit in edits:
        if edit == "salary":
            blocks = _replace(blocks, *SALARY)
        elif edit == "notice":
            blocks = _replace(blocks, *NOTICE)
        elif edit == "no-non-compete":
            blocks = _replace(blocks, NON_COMPETE, None)
        elif edit == "joining-bonus":
            blocks = _insert_after(blocks, "5.2 ", JOINING_BONUS)
        elif edit == "reworded":
            blocks = _replace(blocks, *HOLIDAY)
        else:
            raise ValueError(f"unknown edit {edit!r}; one of {EDITS}")
    return blocks


def write(path: Path, blocks: list) -> Path:
    """One version as the file ``path`` names (.pdf, .docx or .txt)."""
    ml = _make_letters()
    base = next(x for x in ml.LETTERS if x.id == BASE_ID)
    letter = dataclasses.replace(base, fmt=path.suffix[1:], blocks=blocks)
    if letter.fmt == "pdf" and not (ml.DEJAVU_DIR / f"{letter.font}.ttf").exists():
        # no DejaVu here: the core font, with the one character it lacks written plainly
        letter = dataclasses.replace(letter, font="Helvetica", blocks=[
            tuple(x.replace("’", "'").replace("·", "-") if isinstance(x, str) else x for x in b) for b in blocks])
    path.write_bytes(ml.build(letter))
    return path
