"""Sentence bounds without spaCy: what splits and what does not, the bounds spaCy's
sentencizer gives on the same texts, and a run that needs no token pattern never
importing spaCy. The sentence windows of context rules are tested with the other
context tests (test_extract_resolve.py)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offercheck.sentences import clause_end, sentence_at, sentence_bounds


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_bounds(text)]


# --- what ends a sentence -------------------------------------------------------------

def test_a_full_stop_question_or_exclamation_mark_ends_a_sentence():
    assert sentences("We are glad. Are you? Welcome aboard! Yes") == [
        "We are glad.", "Are you?", "Welcome aboard!", "Yes"]


def test_a_word_run_into_the_next_after_its_stop_is_split_there():
    assert sentences("the offer stands.Please sign") == ["the offer stands.", "Please sign"]


@pytest.mark.parametrize("text", [
    "Benefits, e.g. dental, start at once.",
    "Benefits, i.e. dental, start at once.",
    "Northwind Inc. pays monthly.",
    "Tallow Ltd. pays monthly.",
    "Mr. Oyelaran and Dr. Kowalczyk will sign.",
    "Mrs. Thistlewood and Ms. Marchetti will sign.",
    "A U.S. employer pays monthly.",
    "The start date is Jan. 6 this year.",
    "Call at 9 a.m. or at 5 p.m. on Monday.",
    "Signed by J. R. Halvorsen on Monday.",
    "See clause a. below for details.",
])
def test_an_abbreviation_the_tokenizer_keeps_whole_does_not_end_a_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    # as spaCy's tokenizer: these abbreviations are not in its list, so their stop is a token
    ("Lunch, travel etc. Then the rest.", ["Lunch, travel etc.", "Then the rest."]),
    ("Employee No. 42 joins.", ["Employee No.", "42 joins."]),
    # two capitals before the stop: an acronym at the end of a sentence
    ("She reports to the CEO. He agrees.", ["She reports to the CEO.", "He agrees."]),
])
def test_an_abbreviation_the_tokenizer_cuts_ends_a_sentence_as_in_spacy(text, expected):
    assert sentences(text) == expected


def test_decimals_and_amounts_do_not_end_a_sentence():
    text = "A raise of 1.5 percent on $82,000.50 applies, or 3.75x the rate."
    assert sentences(text) == [text]


def test_a_number_ending_a_sentence_ends_it():
    assert sentences("The rate is 3.14. It is fixed.") == ["The rate is 3.14.", "It is fixed."]


def test_a_numbered_heading_is_split_after_its_number():
    assert sentences("Section 1. Duties of the role") == ["Section 1.", "Duties of the role"]
    assert sentences("The terms follow.\n2. Salary and pay") == ["The terms follow.", "\n2.", "Salary and pay"]


def test_a_dot_run_does_not_end_a_sentence():
    text = "We will see... then decide."
    assert sentences(text) == [text]


def test_web_and_mail_addresses_keep_their_dots():
    text = "Write to hr.Team@example.org or see www.Example.com/Jobs today."
    assert sentences(text) == [text]


# --- what follows the stop ---------------------------------------------------------

def test_closing_quotes_and_brackets_stay_with_the_sentence_they_close():
    assert sentences('He said "sign it." Then we met.') == ['He said "sign it."', "Then we met."]
    assert sentences("It is paid (monthly.) Then more.") == ["It is paid (monthly.)", "Then more."]
    assert sentences("Paid by Northwind (Inc.). Then more.") == ["Paid by Northwind (Inc.).", "Then more."]


def test_an_opening_bracket_after_the_stop_stays_behind_as_in_spacy():
    # the next sentence starts at the first token that is not punctuation
    assert sentences("We agree. (a) Salary is due.") == ["We agree. (", "a) Salary is due."]


def test_repeated_marks_end_one_sentence():
    assert sentences("Really?! Yes.") == ["Really?!", "Yes."]


def test_a_symbol_after_the_stop_starts_the_next_sentence():
    assert sentences("Pay is monthly. $5,000 gross.") == ["Pay is monthly.", "$5,000 gross."]


# --- white space, and covering the text ---------------------------------------------

def test_a_line_break_alone_does_not_end_a_sentence():
    text = "Your salary is paid\nmonthly in arrears."
    assert sentences(text) == [text]


def test_a_blank_line_after_a_stop_begins_the_next_sentence():
    text = "Welcome aboard.\n\nTerms of employment"
    assert sentence_bounds(text) == [(0, 15), (15, len(text))]
    assert sentences(text) == ["Welcome aboard.", "\n\nTerms of employment"]


def test_the_single_space_after_a_sentence_belongs_to_neither():
    assert sentence_bounds("One. Two.") == [(0, 4), (5, 9)]
    assert sentence_bounds("One.  Two.") == [(0, 4), (5, 10)]  # the second space begins "Two."


def test_leading_and_trailing_white_space_is_kept_in_a_sentence():
    assert sentences("  One. Two  ") == ["  One.", "Two  "]
    # white space after the last stop is a "sentence" of its own, as in spaCy
    assert sentences("  One. Two.  ") == ["  One.", "Two.", " "]


def test_empty_and_blank_texts():
    assert sentence_bounds("") == []
    assert sentence_bounds("   ") == [(0, 3)]
    assert sentence_bounds("\n\n") == [(0, 2)]


def test_a_text_without_a_stop_is_one_sentence():
    text = "Offer of employment\nSenior analyst"
    assert sentence_bounds(text) == [(0, len(text))]


WORDS = ["the", "offer", "Salary", "CEO", "USA", "Inc", "Ltd", "Mr", "e.g", "i.e", "etc", "No",
         "U.S", "J", "a", "Jan", "p.m", "5", "1.5", "100%", "$", "£2,000", "5km", "3M", "12kg",
         "Section", "end.The", "www.Example.com", "hr.team@example.org", "foo-Inc", "it’s",
         "(a)", "[1]", "IV", "Dr", "co", "approx", "’s", "'s", "©", "•", "☐", "–", "—", "-",
         "/", "*", "#", "&", "+", "'", '"', "“", "”", "(", ")", "[", "]", "…", "...", "..",
         "!", "?", ".", "°F", "Émile", "naïve"]
GLUE = ["", ".", "!", "?", ")", '"', "”", ",", "-", "'", "(", "...", ".)", '."', "?!"]
SPACES = [" ", " ", " ", "", "\n", "\n\n", "  ", " \n", "\t", "\u00a0"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE), st.sampled_from(GLUE),
                           st.sampled_from(SPACES)), max_size=14).map(
    lambda parts: "".join(pre + word + post + space for word, pre, post, space in parts))


@pytest.fixture(scope="module")
def spacy_bounds():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return lambda text: [(s.start_char, s.end_char) for s in nlp(text).sents]


@given(texts)
@settings(max_examples=400)
def test_the_bounds_are_spacys_on_letter_like_texts(spacy_bounds, text):
    assert sentence_bounds(text) == spacy_bounds(text)


@given(texts)
@settings(max_examples=200)
def test_the_bounds_cover_the_text_in_order(text):
    bounds = sentence_bounds(text)
    assert bounds == sorted(bounds)
    at = 0
    for a, b in bounds:
        assert a < b
        assert text[at:a] in ("", " ")  # at most the one space after a word is left out
        at = b
    assert text[at:] in ("", " ")
    assert bool(bounds) == bool(text)


# --- the sentence around a span, the clause after a value -------------------------------

@given(texts, st.integers(0, 200), st.integers(0, 40))
@settings(max_examples=200)
def test_the_sentence_at_a_span_holds_it_and_is_made_of_whole_sentences(text, start, length):
    start = min(start, len(text))
    end = min(len(text), start + length)
    bounds = sentence_bounds(text)
    s, e = sentence_at(text, start, end)
    assert (s, e) == sentence_at(text, start, end, bounds)
    if bounds:
        assert s in [a for a, _ in bounds] and e in [b for _, b in bounds]
        assert s <= start
        # the span's last character lies inside, unless it is the space after the last sentence
        assert end <= e or text[e:end].strip() == ""


def test_the_sentence_at_a_span_across_a_boundary_is_both_sentences():
    text = "Salary is $90,000. It is paid monthly. Notice"
    assert text[slice(*sentence_at(text, 10, 22))] == "Salary is $90,000. It is paid monthly."
    assert text[slice(*sentence_at(text, 19, 21))] == "It is paid monthly."


def test_a_clause_after_a_value_ends_at_a_stop_semicolon_or_line_break_not_at_p_a():
    for tail, kept in [(" per annum. Bonus", " per annum"), (" p.a. gross", " p.a. gross"),
                       (" a month; paid", " a month"), (" a year\nBenefits", " a year"),
                       (" at 9 a.m. daily", " at 9 a.m. daily"), (" Acme Ltd. pays", " Acme Ltd"),
                       (" per hour", " per hour"), ("", "")]:
        assert tail[:clause_end(tail)] == kept


# --- a run without token patterns ------------------------------------------------------

def test_extracting_a_letter_without_token_pattern_words_does_not_import_spacy():
    """spaCy costs a third of a cold run; the notice rules' sentence windows must not need it."""
    letter = ("Dear Ms. Dahlquist,\n\nYour base salary is $82,000 a year, paid monthly. Your notice "
              "period is one month, e.g. on resigning. The employer gives two weeks' notice.\n")
    code = textwrap.dedent(f"""\
        import sys
        from offercheck.api import extract_document
        from offercheck.document import DocumentBuilder
        builder = DocumentBuilder()
        builder.add({letter!r})
        terms = extract_document(builder.build("letter.txt", "txt")).terms
        print("notice_employee" in terms, "spacy" in sys.modules)
        """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "False"]
