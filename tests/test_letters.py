"""The letters written for testing: extraction scored against their gold, per set.

The sets, each a folder with one sub-folder per letter (the document and gold.yaml):

* tests/letters: sixteen team-written letters, written for testing, not for tuning. The
  rules have since been tuned on them as well, so they no longer measure generalization.
* tests/letters_unseen: twelve held-out letters, written afterwards without reading
  rules/, in phrasing chosen to differ from tests/letters; nobody tunes on them, so their
  score is the honest estimate of how the extractor does on a letter it has not seen. If
  rules are ever tuned on these letters, they stop being held out: write a new set rather
  than raising their floor. (They have since been tuned on: see their README.)
* tests/letters_unseen2: twelve more held-out letters, written in December 2026 without
  reading rules/ or src/, in phrasing chosen to differ from both earlier sets, and scored
  once before anyone tuned on them. The same rule holds: never tune on them.
* tests/letters_unseen3: a third held-out set of twelve, written blind (without reading
  rules/, src/, the corpus or the earlier sets' letters, and without running offercheck on
  them). Not scored here yet: it joins SETS, with its floor, once it has been measured.
* tests/letters_unseen4: a fourth held-out set of twelve, written blind in the same way
  (reading only the earlier sets' README files and the third set's generator), measured
  once and since a regression set.
* tests/letters_unseen5: a fifth held-out set of twelve, written blind (ordinary jobs
  outside the US), measured once (0.841) and since a regression set.
* tests/letters_unseen6: a sixth held-out set of twelve, written blind in the same way, in
  the drafting of executive offer letters and employment agreements (SEC-exhibit style, a
  British Columbia and a Manitoba letter, an English director's service agreement), measured
  without reading it (0.864 with the rules as the day began, 0.891 at its end), then read and
  tuned on the next day: a regression set.
* tests/letters_unseen7: a seventh held-out set of twelve, written blind in the same way (US
  only, in states no earlier set used: SEC-exhibit style offer letters to officers, three
  start-up offers to non-executive staff and a promotion letter). Measured without reading its
  disagreements (0.927 with the rules as 2026-12-07's second day began, 0.947 at its end),
  then read for kinds of wording: a regression set.
* tests/letters_unseen8: an eighth held-out set of twelve, written blind (ordinary and
  mid-level jobs in India, the Philippines, Qatar, England, Ontario, South Australia,
  Tasmania and Malaysia), measured once (0.912) and since a regression set.
* tests/letters_unseen9: a ninth held-out set of ten, written blind in the same way: long
  employment agreements and contracts (six to ten pages: US executive agreements of the
  SEC-exhibit kind in Texas, Minnesota, North Carolina and Utah, an Arizona fixed-term project
  agreement, a Scottish bank's contract with a particulars schedule, an Irish university's
  fixed-term research contract, Singapore (scanned), Hong Kong and Victoria), measured blind
  (0.922) and read on the fourth day: a regression set since.
* tests/letters_unseen10: a tenth held-out set of twelve, written blind (ordinary and mid-level
  jobs in places no earlier set used: Dublin, Cork, Glasgow, Auckland, Johannesburg, Abu Dhabi,
  Hong Kong, Vancouver, Ahmedabad, Jaipur, Lagos, Tilburg), measured once (0.909) and since a
  regression set.
* tests/letters_unseen11: an eleventh held-out set of twelve, written blind in the same way (US
  offer letters of the SEC-exhibit kind from several eras, in Ohio (scanned, 1997), Pennsylvania,
  New York, California, Massachusetts, Florida, Colorado, Illinois, New Jersey and Tennessee,
  plus Quebec and Queensland), without running offercheck on it. Measured blind (0.950) and
  never read: it is in BLIND only, the honest figure.
* tests/letters_unseen12: a twelfth held-out set of twelve, written blind (ordinary to senior jobs
  in Chennai, Kolkata, Noida, Kochi, Makati, Cebu, Sharjah, Riyadh, Swansea, Leeds, Jakarta and
  Tema), without running offercheck on it, measured once (0.888) and since a regression set.
* tests/letters_unseen13: a thirteenth held-out set of twelve, written blind (US offer letters of
  the SEC-exhibit kind in Michigan, Washington, Georgia and Minnesota, and ordinary jobs in Indore,
  Coimbatore, Davao, Dubai, Nottingham, Aberdeen, Saskatoon and Adelaide), without running
  offercheck on it. Measured blind (0.933) and read on the fifth day: a regression set since.
* tests/letters_unseen14: a fourteenth held-out set of twelve, written blind (a mix like the
  letters candidates bring: SEC-exhibit officer offers in Kentucky and Iowa, an hourly Connecticut
  job, a Louisiana start-up offer with options, Nagpur, Visakhapatnam, Johor Bahru, Cork,
  Christchurch, Sheffield (scanned, part-time), Winnipeg and Hobart), without running offercheck on
  it. Measured blind (0.941) and read the same day: a regression set since.
* tests/letters_unseen15: a fifteenth held-out set of twelve, written blind: ten full employment
  agreements and contracts (US executive agreements of the SEC-exhibit kind in Connecticut, South
  Carolina and Nebraska; Bath, Derby, Waterford (scanned), the Gold Coast, Vadodara, Edmonton and
  Durban) and two short US offers (New Mexico hourly, a Rhode Island start-up), without running
  offercheck on it. Measured blind (0.933), read on the sixth day (0.980 by its end): a regression
  set since.
* tests/letters_unseen16: a sixteenth held-out set of twelve, written blind: a mix like the letters
  candidates bring (US officer offers of the SEC-exhibit kind in Maine (2001), Delaware (2015, ten
  pages), Vermont and Hawaii (2024), an Idaho start-up offer with options; Bhopal, Surat, Cagayan de
  Oro (scanned), Ras Al Khaimah, Norwich (part-time), Regina (hourly) and Townsville), without running
  offercheck on it. Measured blind (0.939) and read the same day: a regression set since.
* tests/letters_unseen17: a seventeenth held-out set of twelve, written blind: a mix like the letters
  candidates bring (US offers of the SEC-exhibit kind in Montana (a 2021 start-up offer with options),
  Wyoming (a 2008 officer agreement, nine pages), New Hampshire, Arkansas (hourly plant job) and
  Mississippi (1999, scanned); Patna, Madurai, Bacolod (part-time), Kuwait, Lincoln, Thunder Bay and
  Dunedin), without running offercheck on it. Measured blind (0.942), read on the sixth day (0.996 by
  its end): a regression set since.
* tests/letters_unseen18: an eighteenth held-out set of twelve, written blind: a mix like the letters
  candidates bring (US offers and agreements of the SEC-exhibit kind in Oklahoma (a 2006 CFO agreement,
  eight pages), Kansas (a 2022 biotech start-up offer with options), South Dakota (RSUs), North Dakota
  (1999, scanned) and Alabama (hourly cafe job); Nashik, Mangaluru, General Santos, Sohar, Newport,
  Sudbury and Launceston (part-time)), without running offercheck on it. Measured blind (0.938), read
  on the sixth day (1.000 by its end): a regression set since.
* tests/letters_unseen19: a nineteenth held-out set of twelve, written blind: a mix like the letters
  candidates bring (US offers and agreements of the SEC-exhibit kind in Maryland (a 2003 officer offer),
  Texas (a 2017 COO agreement, eight pages), North Carolina (a 2023 remote start-up offer with options),
  Nevada (hourly warehouse job) and West Virginia (1998, scanned); Bhubaneswar, Gurugram, Iloilo, Ajman,
  Exeter, Fredericton and Darwin), without running offercheck on it. Measured blind (0.974) and never
  read: in BLIND only, an honest figure with the eleventh, twentieth and twenty-first.
* tests/letters_unseen20: a twentieth held-out set of twelve, written blind: a mix like the letters
  candidates bring (US offers and agreements of the SEC-exhibit kind in Wisconsin (a 2011 VP offer with
  a repayable sign-on bonus, RSUs and relocation), Virginia (a 2009 amended and restated CEO agreement,
  eight pages), Washington (a 2025 hybrid engineer offer with a posted range) and Missouri (2001,
  scanned); Bhubaneswar, Ludhiana, Singapore (Tampines), Sligo, Exeter, Moncton, Geelong (part-time,
  under an award) and Wroclaw (in English)), without running offercheck on it. Measured blind (0.953)
  and never read: in BLIND only, an honest figure with the eleventh, nineteenth and twenty-first.
* tests/letters_unseen21: a twenty-first held-out set of twelve, written blind: a mix like the documents
  the tool is judged on (US agreements and offers of the SEC-exhibit kind in Texas (a 2012 chief people
  officer agreement, nine pages), Illinois (1996, scanned), Colorado (a 2019 senior director offer with
  RSUs) and Maine (a 2024 seasonal hourly job); Milton Keynes (a finance director's service agreement,
  eight pages), Hosur, Thiruvananthapuram, St. John's (Newfoundland and Labrador), Canberra, Singapore
  (Jurong), Letterkenny and Baguio), without running offercheck on it. Measured blind (0.953) and never
  read: in BLIND only, an honest figure with the eleventh, nineteenth and twentieth.

Each set's score is held at a floor a little under the figure measured, so that a rule
change that loses ground shows up. The per-field table and every disagreement:
``python scripts/score_letters.py [tests/letters_unseen] --verbose``.

Everything needed is in the repository (documents, gold, scorer): no shared tree.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # letters_scorer lives beside the tests
from letters_scorer import scorer

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class LetterSet:
    name: str           # the folder under tests/, and the test ids' prefix
    label: str          # how messages call it
    count: int          # how many letters it holds
    floor: float | None  # the micro F1 it must keep (None: not measured yet)
    hint: str = ""      # added to the floor's failure message

    @property
    def folder(self) -> Path:
        return ROOT / "tests" / self.name


LETTERS = LetterSet("letters", "team-written letters", 16, floor=0.97)
"""Measured 0.821 (P 0.931, R 0.735) on the 16 letters when they were added."""
UNSEEN = LetterSet("letters_unseen", "held-out letters", 12, floor=0.97,
                   hint=" (and fix the rules on the dev corpus, not on these letters)")
"""Measured 0.847 (P 0.952, R 0.763; macro F1 0.773) on the 12 letters on 2026-11-26,
before anyone had tuned on them."""
UNSEEN2 = LetterSet("letters_unseen2", "second held-out letters", 12, floor=0.97,
                    hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Measured 0.834 (P 0.941, R 0.749; macro F1 0.799) on the 12 letters on 2026-12-07,
before anyone had tuned on them; 0.922 after the rules were generalized that day from the
kinds of wording it missed, so it is a regression set now; 0.966 by the end of the next day's
work (floor 0.95)."""
UNSEEN3 = LetterSet("letters_unseen3", "third held-out letters", 12, floor=0.98,
                    hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind; measured 0.888 (P 0.941, R 0.841) on 2026-12-07 before anyone had tuned on
it; 0.930 after the rules were generalized that day from the kinds of wording it missed, so
it is a regression set now; 0.973 by the end of the next day's work (floor 0.96)."""
UNSEEN4 = LetterSet("letters_unseen4", "fourth held-out letters", 12, floor=0.97,
                    hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind; measured 0.901 (P 0.955, R 0.853) on 2026-12-07 after that day's rule work
(0.895 with the rules as the day began), then read for the two salary errors the day's work
had brought in (0.907 after the fix). A regression set now; 0.977 by the end of the next
day's work (floor 0.96)."""
UNSEEN5 = LetterSet("letters_unseen5", "fifth held-out letters", 12, floor=0.96,
                    hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (ordinary jobs outside the US); measured 0.841 (P 0.941, R 0.760) on 2026-12-07
with the rules of that morning (0.836 with the rules the day began with), before anyone read
it; 0.968 after that day's work on the kinds of wording it and the earlier sets missed. A
regression set now (floor 0.95); the sixth set is the next honest figure."""
UNSEEN6 = LetterSet("letters_unseen6", "sixth held-out letters", 12, floor=0.97,
                    hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (executive agreements and offer letters). Measured without reading it:
0.864 (P 0.934, R 0.803) with the rules as 2026-12-07 began, 0.891 (P 0.942, R 0.845) with
that day's rules. Read the next day (its disagreements, for kinds of wording) and 0.985 by
that day's end: a regression set (floor 0.96)."""
UNSEEN7 = LetterSet("letters_unseen7", "seventh held-out letters", 12, floor=0.98,
                    hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US officer offer letters of the SEC-exhibit kind, start-up offers, a promotion
letter), without running offercheck on it. Measured without reading its disagreements: 0.927
(P 0.976, R 0.883) with the rules as 2026-12-07's second day began, 0.947 (P 0.980, R 0.917)
at its end. Read on 2026-12-07's third day for kinds of wording, 0.999 by its end: a regression set."""
UNSEEN8 = LetterSet("letters_unseen8", "eighth held-out letters", 12, floor=0.97,
                    hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (ordinary jobs outside the US: India, the Philippines, Qatar, England, Ontario,
Australia, Malaysia). Measured once before anyone read it, 0.912 (P 0.979, R 0.854); then read
for kinds of wording, 0.977 by the day's end: a regression set (floor 0.95)."""
UNSEEN9 = LetterSet("letters_unseen9", "ninth held-out letters", 10, floor=0.95,
                    hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (long employment agreements and contracts: US executive agreements of the SEC-exhibit
kind, a Scottish bank's contract, an Irish fixed-term research contract, Singapore, Australia), without
running offercheck on it. Measured without reading its disagreements: 0.919 (P 0.976, R 0.868) on
2026-12-07's third day, 0.922 at its end. Read on the fourth day for kinds of wording (0.964 by
the day's end, floor 0.95): a regression set."""
UNSEEN10 = LetterSet("letters_unseen10", "tenth held-out letters", 12, floor=0.96,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (ordinary jobs in Ireland, Scotland, New Zealand, South Africa, the UAE, Hong
Kong, British Columbia, Gujarat, Rajasthan, Nigeria and the Netherlands), without running
offercheck on it. Measured once before anyone read it, 0.909 (P 0.964, R 0.860), with one wrong
salary at confidence 0.9 or more; then read for kinds of wording on 2026-12-07's third day, 0.984
by its end: a regression set."""
UNSEEN11 = LetterSet("letters_unseen11", "eleventh held-out letters", 12, floor=None,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US offer letters of the SEC-exhibit kind from 1997 to 2027, a Quebec and a
Queensland offer), without running offercheck on it. Measured blind: 0.950 (P 0.984, R 0.918), base
salary 11 of 12 with none wrong. Never read: the honest figure, with the fifteenth and seventeenth."""
UNSEEN12 = LetterSet("letters_unseen12", "twelfth held-out letters", 12, floor=0.93,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (ordinary to senior jobs in India, the Philippines, the UAE, Saudi Arabia, Wales,
England, Indonesia and Ghana), without running offercheck on it. Measured once before anyone read
it, 0.888 (P 0.936, R 0.845), base salary right in 8 of 12; then read for kinds of wording on
2026-12-07's fourth day (0.943 by the day's end, floor 0.93): a regression set."""
UNSEEN13 = LetterSet("letters_unseen13", "thirteenth held-out letters", 12, floor=0.95,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US SEC-exhibit offers in Michigan, Washington, Georgia and Minnesota; India, the
Philippines, the UAE, England, Scotland, Saskatchewan and South Australia), without running
offercheck on it. Measured blind: 0.933 (P 0.974, R 0.896), base salary 12 of 12. Read on
2026-12-07's fifth day for kinds of wording (0.96 by then, floor 0.95): a regression set."""
UNSEEN14 = LetterSet("letters_unseen14", "fourteenth held-out letters", 12, floor=0.97,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US officer offers in Kentucky and Iowa, an hourly Connecticut job, a Louisiana
start-up; India, Malaysia, Ireland, New Zealand, England (scanned), Manitoba and Tasmania), without
running offercheck on it. Measured blind: 0.941 (P 0.977, R 0.908), base salary 11 of 12 (one
wrong: a pay table's gross row over its basic row). Read the same day for kinds of wording (0.985
by then, floor 0.97): a regression set."""
UNSEEN15 = LetterSet("letters_unseen15", "fifteenth held-out letters", 12, floor=0.96,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (full employment agreements and contracts: US executive agreements in Connecticut,
South Carolina and Nebraska, England, Ireland, Queensland, Gujarat, Alberta and KwaZulu-Natal, plus
a New Mexico hourly offer and a Rhode Island start-up offer), without running offercheck on it.
Measured blind: 0.933 (P 0.956, R 0.911), base salary 10 of 12. Read on 2026-12-08's sixth day for
kinds of wording (0.980 by then, floor 0.96): a regression set."""
UNSEEN16 = LetterSet("letters_unseen16", "sixteenth held-out letters", 12, floor=0.95,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US officer offers in Maine, Delaware, Vermont and Hawaii and an Idaho start-up offer;
Madhya Pradesh, Gujarat, the Philippines (scanned), Ras Al Khaimah, England, Saskatchewan and
Queensland), without running offercheck on it. Measured blind: 0.939 (P 0.979, R 0.902), base
salary 9 of 12 (one hourly rate missed for an allowance, a part-timer's full-time figure, a salary
per semi-monthly pay period). Read the same day for kinds of wording (0.980 by then, floor 0.95)."""
UNSEEN17 = LetterSet("letters_unseen17", "seventeenth held-out letters", 12, floor=0.97,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US offers in Montana, Wyoming, New Hampshire, Arkansas and Mississippi; Bihar, Tamil
Nadu, the Philippines, Kuwait, England, Ontario and New Zealand), without running offercheck on it.
Measured blind: 0.942 (P 0.975, R 0.912), base salary 11 of 12. Read on 2026-12-08's sixth day for
kinds of wording (0.996 by then, floor 0.97): a regression set."""
UNSEEN18 = LetterSet("letters_unseen18", "eighteenth held-out letters", 12, floor=0.97,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US offers and agreements in Oklahoma, Kansas, South Dakota, North Dakota and Alabama;
Maharashtra, Karnataka, the Philippines, Oman, Wales, Ontario and Tasmania), without running offercheck
on it. Measured blind: 0.938 (P 0.971, R 0.908), base salary 11 of 12. Read on 2026-12-08's sixth day
for kinds of wording (1.000 by then, floor 0.97): a regression set."""
UNSEEN19 = LetterSet("letters_unseen19", "nineteenth held-out letters", 12, floor=None,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US offers and agreements in Maryland, Texas, North Carolina, Nevada and West Virginia;
Odisha, Haryana, the Philippines, Ajman, England, New Brunswick and the Northern Territory), without
running offercheck on it. Measured blind: 0.974 (P 0.991, R 0.957), macro 0.970, base salary 12 of 12.
Never read."""
UNSEEN20 = LetterSet("letters_unseen20", "twentieth held-out letters", 12, floor=None,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US offers and agreements in Wisconsin, Virginia, Washington and Missouri (scanned);
Odisha, Punjab, Singapore, Ireland, England, New Brunswick, Victoria (part-time, award) and Poland),
without running offercheck on it. Measured blind: 0.953 (P 0.979, R 0.928), macro 0.927, base salary
12 of 12. Never read."""
UNSEEN21 = LetterSet("letters_unseen21", "twenty-first held-out letters", 12, floor=None,
                     hint=" (and fix the rules from kinds of wording, not from these letters' sentences)")
"""Written blind (US agreements and offers in Texas, Illinois (scanned, 1996), Colorado and Maine; England
(Milton Keynes), Tamil Nadu, Kerala, Newfoundland and Labrador, the ACT, Singapore, Ireland (Donegal) and
the Philippines (Baguio)), without running offercheck on it. Measured blind: 0.953 (P 0.969, R 0.937),
macro 0.948, base salary 12 of 12. Never read."""
SETS = [LETTERS, UNSEEN, UNSEEN2, UNSEEN3, UNSEEN4, UNSEEN5, UNSEEN6, UNSEEN7, UNSEEN8, UNSEEN9, UNSEEN10, UNSEEN12,
        UNSEEN13, UNSEEN14, UNSEEN15, UNSEEN16, UNSEEN17, UNSEEN18]
HELD_OUT = [UNSEEN, UNSEEN2, UNSEEN3, UNSEEN4, UNSEEN5, UNSEEN6, UNSEEN7, UNSEEN8, UNSEEN9, UNSEEN10, UNSEEN12, UNSEEN13,
            UNSEEN14, UNSEEN15, UNSEEN16, UNSEEN17, UNSEEN18]
BLIND = [UNSEEN3, UNSEEN4, UNSEEN5, UNSEEN6, UNSEEN7, UNSEEN8, UNSEEN9, UNSEEN10, UNSEEN11, UNSEEN12, UNSEEN13,
         UNSEEN14, UNSEEN15, UNSEEN16, UNSEEN17, UNSEEN18, UNSEEN19, UNSEEN20,
         UNSEEN21]  # written blind: gold checked without running offercheck


DOCS = {s.name: scorer.find_docs(s.folder) for s in SETS + BLIND}


@pytest.fixture(scope="module", params=SETS, ids=[s.name for s in SETS])
def letter_set(request) -> LetterSet:
    return request.param


@pytest.fixture(scope="module")
def scores(letter_set):
    return scorer.score(letter_set.folder)


def test_all_sixteen_team_written_letters_are_present():
    docs = DOCS[LETTERS.name]
    formats = [path.suffix for _, path, _ in docs]
    assert len(docs) >= 16, f"expected the 16 letters under {LETTERS.folder}, found {len(docs)}"
    assert formats.count(".pdf") >= 6 and formats.count(".docx") >= 6


def test_all_twelve_held_out_letters_are_present_in_three_formats():
    docs = DOCS[UNSEEN.name]
    formats = sorted(path.suffix for _, path, _ in docs)
    assert len(docs) == 12, f"expected the 12 held-out letters under {UNSEEN.folder}, found {len(docs)}"
    assert formats == [".docx"] * 4 + [".pdf"] * 4 + [".txt"] * 4


def test_all_twelve_second_held_out_letters_are_present_in_three_formats():
    docs = DOCS[UNSEEN2.name]
    formats = sorted(path.suffix for _, path, _ in docs)
    assert len(docs) == 12, f"expected the 12 held-out letters under {UNSEEN2.folder}, found {len(docs)}"
    assert formats == [".docx"] * 4 + [".pdf"] * 4 + [".txt"] * 4


def _assert_present(letter_set: LetterSet, docx: int, pdf: int, txt: int, scanned: int) -> None:
    """The set's letters are all there, in these formats (PDF counts include the scans)."""
    docs = DOCS[letter_set.name]
    formats = sorted(path.suffix for _, path, _ in docs)
    assert len(docs) == letter_set.count, \
        f"expected the {letter_set.count} held-out letters under {letter_set.folder}, found {len(docs)}"
    assert formats == [".docx"] * docx + [".pdf"] * pdf + [".txt"] * txt
    found = [doc_id for doc_id, _, gold in docs if gold.get("scanned")]
    assert len(found) == scanned, found


def test_all_twelve_third_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN3, docx=4, pdf=4, txt=4, scanned=1)


def test_all_twelve_fourth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN4, docx=4, pdf=5, txt=3, scanned=1)  # 4 PDF + the scan, 4 DOCX, 3 TXT


def test_all_twelve_fifth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN5, docx=4, pdf=5, txt=3, scanned=1)  # 4 PDF + the scan, 4 DOCX, 3 TXT


def test_all_twelve_sixth_held_out_letters_are_present_one_of_them_scanned():
    docs = DOCS[UNSEEN6.name]
    formats = sorted(path.suffix for _, path, _ in docs)
    assert len(docs) == 12, f"expected the 12 held-out letters under {UNSEEN6.folder}, found {len(docs)}"
    assert formats == [".docx"] * 3 + [".pdf"] * 6 + [".txt"] * 3  # 5 PDF + the scan, 3 DOCX, 3 TXT
    scanned = [doc_id for doc_id, _, gold in docs if gold.get("scanned")]
    assert len(scanned) == 1, scanned


def test_all_twelve_seventh_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN7, docx=4, pdf=5, txt=3, scanned=1)  # 4 PDF + the scan, 4 DOCX, 3 TXT


def test_all_twelve_eighth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN8, docx=4, pdf=5, txt=3, scanned=1)  # 4 PDF + the scan, 4 DOCX, 3 TXT


def test_all_ten_ninth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN9, docx=3, pdf=5, txt=2, scanned=1)  # 4 PDF + the scan, 3 DOCX, 2 TXT


def test_all_twelve_tenth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN10, docx=4, pdf=5, txt=3, scanned=1)  # 4 PDF + the scan, 4 DOCX, 3 TXT


def test_all_twelve_eleventh_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN11, docx=3, pdf=6, txt=3, scanned=1)  # 5 PDF + the scan, 3 DOCX, 3 TXT


def test_all_twelve_twelfth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN12, docx=4, pdf=5, txt=3, scanned=1)  # 4 PDF + the scan, 4 DOCX, 3 TXT


def test_all_twelve_thirteenth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN13, docx=4, pdf=6, txt=2, scanned=1)  # 5 PDF + the scan, 4 DOCX, 2 TXT


def test_all_twelve_fourteenth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN14, docx=4, pdf=6, txt=2, scanned=1)  # 5 PDF + the scan, 4 DOCX, 2 TXT


def test_all_twelve_fifteenth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN15, docx=4, pdf=6, txt=2, scanned=1)  # 5 PDF + the scan, 4 DOCX, 2 TXT


def test_all_twelve_sixteenth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN16, docx=4, pdf=6, txt=2, scanned=1)  # 5 PDF + the scan, 4 DOCX, 2 TXT


def test_all_twelve_seventeenth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN17, docx=4, pdf=6, txt=2, scanned=1)  # 5 PDF + the scan, 4 DOCX, 2 TXT


def test_all_twelve_eighteenth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN18, docx=3, pdf=7, txt=2, scanned=1)  # 6 PDF + the scan, 3 DOCX, 2 TXT


def test_all_twelve_nineteenth_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN19, docx=4, pdf=6, txt=2, scanned=1)  # 5 PDF + the scan, 4 DOCX, 2 TXT


def test_all_twelve_twenty_first_held_out_letters_are_present_one_of_them_scanned():
    _assert_present(UNSEEN21, docx=4, pdf=6, txt=2, scanned=1)  # 5 PDF + the scan, 4 DOCX, 2 TXT


def test_every_letter_is_read(scores):
    failed = {d.id: d.error for d in scores.docs if d.error}
    assert not failed


def test_micro_f1_stays_above_floor(letter_set, scores):
    p, r, f1 = scores.micro
    assert f1 >= letter_set.floor, (
        f"micro F1 on the {letter_set.label} is {f1:.3f} (P {p:.3f}, R {r:.3f}), below the floor "
        f"{letter_set.floor}; run scripts/score_letters.py tests/{letter_set.name} --verbose to see what "
        f"changed{letter_set.hint}\n" + scorer.table(scores))
    print(f"\n{letter_set.label}: {scorer.summary(scores)}")


def test_evidence_is_a_verbatim_slice_of_the_text(letter_set, scores):
    bad = {d.id: d.bad_evidence for d in scores.docs if d.bad_evidence}
    assert not bad
    # and the check looks at something: most letters yield a dozen terms or more
    # (234 terms on the 12 held-out letters when first measured)
    assert sum(len(d.terms) for d in scores.docs) > letter_set.count * 12, \
        {d.id: len(d.terms) for d in scores.docs}


def test_the_rules_were_not_written_from_the_held_out_letters():
    """A held-out set stops being one when its text is copied into the rules: no invented
    company name, and no long gold quote, of any held-out set (a blind set not yet measured
    included) may appear in rules/ or src/."""
    sources = [p for d in ("rules", "src") for p in (ROOT / d).rglob("*")
               if p.is_file() and p.suffix in (".yaml", ".yml", ".py")]
    corpus = "\n".join(" ".join(p.read_text(encoding="utf-8", errors="replace").split()).casefold()
                       for p in sources)
    leaks = []
    for doc_id, _, gold in (doc for held_out in dict.fromkeys(HELD_OUT + BLIND) for doc in DOCS[held_out.name]):
        needles = [str(gold["fields"]["employer"])]
        for quotes in (gold.get("evidence") or {}).values():
            needles += [str(q) for q in (quotes if isinstance(quotes, list) else [quotes]) if len(str(q)) >= 45]
        leaks += [f"{doc_id}: {n!r}" for n in needles if " ".join(n.split()).casefold() in corpus]
    assert sources and not leaks, "text of the held-out letters appears in rules/ or src/"


# --- the gold files themselves ---------------------------------------------------------

ENUMS = {
    "employment_type": {"full_time", "part_time"},
    "remote_policy": {"onsite", "hybrid", "remote"},
    "pay_frequency": {"weekly", "biweekly", "semimonthly", "monthly"},
}
BENEFITS = {"health", "dental", "vision", "life", "disability", "retirement", "parental_leave", "relocation",
            "education", "commuter", "wellness", "stock_purchase"}
CONTINGENCIES = {"background_check", "drug_test", "right_to_work", "references", "medical",
                 "education_verification", "agreement_signature"}
BOOLS = {"fixed_term", "overtime_eligible", "confidentiality", "ip_assignment", "arbitration", "at_will",
         "clawback"}
DATES = {"start_date", "end_date", "offer_expiry"}
DURATIONS = {"probation", "notice_employee", "notice_employer"}


def _gold_problems(gold: dict) -> list[str]:
    fields = gold.get("fields") or {}
    problems = [f"missing field {f}" for f in scorer.FIELDS if f not in fields]
    problems += [f"unknown field {f}" for f in fields if f not in scorer.FIELDS]
    for f, v in fields.items():
        if v is None:
            continue
        if f in ENUMS and v not in ENUMS[f]:
            problems.append(f"{f}: {v!r} is not one of {sorted(ENUMS[f])}")
        elif f in BOOLS and not isinstance(v, bool):
            problems.append(f"{f}: {v!r} is not a bool")
        elif f in DATES and not (isinstance(v, str) and dt.date.fromisoformat(v)):
            problems.append(f"{f}: {v!r} is not a quoted YYYY-MM-DD date")
        elif f in DURATIONS and not (isinstance(v, dict) and v.get("unit") in scorer.DAYS):
            problems.append(f"{f}: {v!r} is not a duration")
        elif f == "benefits" and not set(v) <= BENEFITS:
            problems.append(f"benefits: unknown {sorted(set(v) - BENEFITS)}")
        elif f == "contingencies" and not set(v) <= CONTINGENCIES:
            problems.append(f"contingencies: unknown {sorted(set(v) - CONTINGENCIES)}")
        elif f == "base_salary" and not re.fullmatch(r"[A-Z]{3}", str(v.get("currency"))):
            problems.append(f"base_salary: currency {v.get('currency')!r} is not an ISO code")
    evidence = gold.get("evidence") or {}
    problems += [f"{f} has a value but no evidence quote" for f, v in fields.items()
                 if v is not None and f not in evidence]
    return problems


ALL_DOCS = [(s.name, *doc) for s in SETS for doc in DOCS[s.name]]


@pytest.mark.parametrize("set_name,doc_id,path,gold", ALL_DOCS, ids=[f"{d[0]}/{d[1]}" for d in ALL_DOCS])
def test_gold_is_complete_and_quotes_the_letter(set_name, doc_id, path, gold):
    from offercheck.api import read

    assert gold.get("id") == doc_id
    assert not _gold_problems(gold)
    if any(s.name == set_name for s in BLIND) and doc_id.endswith("-scan"):
        # a blind set's scan: its quotes are held to the text it was drawn from (below), and
        # OCR may read a name's accent or an apostrophe otherwise
        return
    text = " ".join(read(path).text.split())
    if any(s.name == set_name for s in BLIND):
        # written without offercheck's reader: a table row's cells are joined by " | " there
        text = text.replace(" | ", " ")
    missing = []
    for f, quotes in (gold.get("evidence") or {}).items():
        for quote in quotes if isinstance(quotes, list) else [quotes]:
            if " ".join(str(quote).split()) not in text:
                missing.append(f"{f}: {quote!r}")
    assert not missing, "gold evidence not found in the letter's text"


@functools.cache
def _generator(set_name: str = UNSEEN3.name):
    """tests/<set>/make_letters.py of a blind set as a module (it imports only the standard
    library until it renders, so the tests need none of its rendering packages)."""
    import importlib.util

    path = ROOT / "tests" / set_name / "make_letters.py"
    spec = importlib.util.spec_from_file_location(f"{set_name}_make_letters", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _own_text(path: Path) -> str:
    """A document's text read without offercheck (the blind sets are kept blind: their gold
    is checked against the document, never against the tool under test)."""
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


BLIND_DOCS = [(s.name, *doc) for s in BLIND for doc in DOCS[s.name]]


@pytest.mark.parametrize("set_name,doc_id,path,gold", BLIND_DOCS, ids=[f"{d[0]}/{d[1]}" for d in BLIND_DOCS])
def test_blind_set_gold_is_complete_and_quotes_the_letter(set_name, doc_id, path, gold):
    generator = _generator(set_name)
    letters = {item.id: item for item in generator.LETTERS}
    assert gold.get("id") == doc_id and doc_id in letters
    assert not _gold_problems(gold)
    source = generator.source_text(letters[doc_id])
    # the scan has no text layer: its quotes are checked against the text it was drawn from
    own = source if gold.get("scanned") else " ".join(_own_text(path).split())
    if gold.get("scanned"):
        assert not _own_text(path).strip(), "the scanned letter must have no text layer"
    missing = []
    for f, quotes in (gold.get("evidence") or {}).items():
        for quote in quotes if isinstance(quotes, list) else [quotes]:
            q = " ".join(str(quote).split())
            if q not in source or q not in own:
                missing.append(f"{f}: {quote!r}")
    assert not missing, "gold evidence not found in the letter's text"


# --- the scorer's agreement rules (a copy of the evaluation's) ------------------------

def test_scorer_agreement_rules():
    agrees = scorer.agrees
    # salaries annualise across periods, within 1%, in the same currency only
    assert agrees("base_salary", {"amount": 8400, "currency": "SGD", "period": "month"},
                  {"amount": 100800, "currency": "SGD", "period": "year"})
    assert not agrees("base_salary", {"amount": 8400, "currency": "SGD", "period": "month"},
                      {"amount": 100800, "currency": "USD", "period": "year"})
    assert not agrees("base_salary", {"amount": 19.75, "currency": "USD", "period": "hour"},
                      {"amount": 41080, "currency": "USD", "period": "year"})
    # places: the city part agrees; a capture that merely contains the answer does not
    assert agrees("location", "Toronto, Ontario", "Toronto")
    assert not agrees("location", "Leeds", "Kirkstall Forge Works, Leeds")
    # durations in days within 3%; numbers within 0.5%; enums exactly
    assert agrees("probation", {"value": 3, "unit": "month"}, {"value": 13, "unit": "week"})
    assert not agrees("notice_employer", {"value": 1, "unit": "month"}, {"value": 1, "unit": "week"})
    assert agrees("hours_per_week", 37.5, 37.5) and not agrees("hours_per_week", 40, 42.5)
    assert not agrees("pay_frequency", "semimonthly", "monthly")


def test_scorer_counts_parts_and_list_elements():
    gold = {f: None for f in scorer.FIELDS}
    gold.update(benefits=["health", "dental"],
                equity={"kind": "rsu", "quantity": 3600, "vesting_months": 36, "cliff_months": 12},
                pto_days=20)
    terms = {"benefits": {"value": ["health", "life"]},
             "equity": {"value": {"kind": "rsu", "quantity": None, "vesting_months": None, "cliff_months": 12}},
             "pto_days": {"value": 28}, "sick_days": {"value": 5}}
    counts = scorer.score_doc(gold, terms)
    assert counts["benefits"] == [1, 1, 1]
    assert counts["equity"] == [2, 2, 0]      # kind and cliff agree; quantity and vesting missed
    assert counts["pto_days"] == [0, 1, 1]    # a wrong value is a miss and a false alarm
    assert counts["sick_days"] == [0, 0, 1]   # a value where gold is null
