"""Organisation names found by spaCy token patterns, and the employer chosen from them."""
from __future__ import annotations

import pytest

from offercheck.api import extract_terms
from offercheck.names import employer_candidate, org_candidates


def names(text: str) -> list[str]:
    return [c.text for c in org_candidates(text)]


def test_names_end_in_a_legal_suffix_or_an_institution_word():
    text = ("Harbour Lane Logistics Pvt. Ltd. is glad to welcome you. You will teach at the University of "
            "Westmere and at St. Brigid’s Grammar School. Copperleaf Holdings, Inc. is our parent.")
    assert names(text) == ["Harbour Lane Logistics Pvt. Ltd.", "University of Westmere",
                           "St. Brigid’s Grammar School", "Copperleaf Holdings, Inc."]


def test_descriptions_and_generic_words_are_not_names():
    text = ("Copperleaf Holdings, Inc., a Delaware corporation (the Company), and any Group Company. "
            "The Company observes bank holidays. Your title is Analyst of Copperleaf Pty Ltd.")
    assert names(text) == ["Copperleaf Holdings, Inc.", "Copperleaf Pty Ltd."]


def test_the_employer_is_the_name_in_the_parties_clause_signature_or_used_most():
    parties = ("EMPLOYMENT AGREEMENT\nThis agreement is made between Quillon Analytics Limited (the “Company”) "
               "and Dana Roe.\nThe Company's supplier, Marrow Paper Ltd, delivers on Mondays.")
    assert employer_candidate(parties)[0].text == "Quillon Analytics Limited"
    signature = ("Dear Dana,\nWe are glad to offer you this role.\nYours sincerely,\nFor and on behalf of\n"
                 "BRAMBLE & SONS LIMITED\n")
    assert employer_candidate(signature)[0].text == "BRAMBLE & SONS LIMITED"
    most = ("Dear Dana,\nThe University of Westmere offers you a teaching post. The University of Westmere "
            "pays monthly. Parking is at Kestrel College.\nThe University of Westmere library opens at 9.")
    assert employer_candidate(most)[0].text == "University of Westmere"


def test_one_passing_mention_is_not_enough():
    assert employer_candidate("Dear Dana,\nWe enclose a brochure printed by Marrow Paper Ltd for you.\n"
                              "Your manager will call.\nKind wishes,\nJo") is None


def test_the_employer_is_filled_where_the_rules_find_none(tmp_path):
    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Dana Roe,\nThe Governing Board of the University of Westmere is pleased to appoint "
                      "you Lecturer in Chemistry. The University of Westmere will pay you a salary of £41,000 "
                      "a year.\nWith best wishes,\nRegistrar, University of Westmere\n", encoding="utf-8")
    term = extract_terms(letter).terms["employer"]
    assert term.value == "University of Westmere"
    assert term.finding.rule == "names.employer"
    assert letter.read_text(encoding="utf-8")[term.evidence[0].start:term.evidence[0].end] == term.value


def test_spacy_is_asked_only_when_the_candidates_can_change_the_employer():
    from offercheck.model import Term
    from offercheck.names import needs_names

    text = "Dear Sam,\nFinlay Merchandising & Buying, Inc. offers you the role. Also: Harbour Freight Ltd.\n"
    assert needs_names({}, text)
    assert needs_names({"employer": Term("employer", "Buying, Inc.", (), 0.8)}, text)  # a tail of a name
    assert not needs_names({"employer": Term("employer", "Harbour Freight Ltd", (), 0.8)}, text)


def test_a_huge_paragraph_is_read_in_pieces_around_the_names():
    # one paragraph of over a million characters: spaCy refuses such a text whole
    text = ("word " * 100 + "Acme Holdings Inc. ") * 2000
    found = names(text)
    assert len(found) == 2000 and set(found) == {"Acme Holdings Inc."}


def terms_of(tmp_path, text: str) -> dict:
    """The terms of a letter written to a file."""
    letter = tmp_path / "offer.txt"
    letter.write_text(text, encoding="utf-8")
    return extract_terms(letter).terms


@pytest.mark.parametrize("sign_off,employer", [
    ("Kind regards,\nPriya Raman\nOperations Manager\nHollyhock Dental Care Pty Ltd ATF the Raman Trust\n",
     "Hollyhock Dental Care Pty Ltd"),
    ("Yours sincerely,\n\nNiamh Ó Briain\nPartner\nÓ Briain Lynch & Co.\n", "Ó Briain Lynch & Co."),
])
def test_the_organisation_on_its_own_line_under_the_signatory_is_the_employer(tmp_path, sign_off, employer):
    terms = terms_of(tmp_path, "Dear Tom Reid,\nWe are happy to offer you the role of Receptionist, starting on 3 May. "
                               "Your pay will be $31.50 an hour.\n" + sign_off + "I accept this offer.\nSigned: ______\n")
    assert terms["employer"].value == employer


def test_a_rule_capture_that_is_only_the_start_of_the_name_is_completed(tmp_path):
    terms = terms_of(tmp_path, "Dear Ana Cruz,\nOn behalf of Tern Valley, I am pleased to offer you the post of Teller.\n"
                               "Sincerely,\nMark Olsen\nBranch Manager\nTern Valley Credit Union Limited\n")
    assert terms["employer"].value == "Tern Valley Credit Union Limited"


def test_a_second_organisation_mid_line_in_the_signature_is_not_the_employer(tmp_path):
    # near miss: the recruiting agency is named inside a sentence of the sign-off, not on a line of its own
    terms = terms_of(tmp_path, "Dear Ana Cruz,\nWe are pleased to offer you the post of Analyst.\nSincerely,\n"
                               "Mark Olsen, on secondment from Bluefin Recruitment Ltd\n")
    assert "employer" not in terms


@pytest.mark.parametrize("head,employee", [
    ("Harrow Vale Hotels L.L.C.\nDate: 4 May 2027\nMs. Ines Carvalho-Reyes\nPorto, Portugal\nOFFER OF EMPLOYMENT\n",
     "Ines Carvalho-Reyes"),
    ("Brightkite Studio\nMay 4, 2027\n\nTomasz Wierzbicki-Lund\nby email\n\nDear Tomasz,\n", "Tomasz Wierzbicki-Lund"),
])
def test_the_addressee_lines_give_the_employee_where_the_rules_find_none(tmp_path, head, employee):
    terms = terms_of(tmp_path, head + "We are pleased to offer you the position of Designer at a salary of $70,000 "
                                      "a year, starting on June 1, 2027.\nSincerely,\nHR\n")
    assert terms["employee"].value == employee


def test_a_signatory_with_an_honorific_is_not_the_addressee(tmp_path):
    # near miss: the only honorific line is the sender's, under the sign-off
    terms = terms_of(tmp_path, "Brightkite Studio\nWe are pleased to offer you the position of Designer at a salary of "
                               "$70,000 a year.\nYours sincerely,\nMs. Harriet Okoye\nStudio Director\n")
    assert "employee" not in terms


def test_a_name_alone_on_the_letters_first_line_is_the_employer():
    capitals = ("HALBERD VALLEY MILLWORK CO.\n18 Kiln Road, Joplin, MO 64801\n\nDear Casey,\n"
                "We are glad to offer you a job in our finishing shop. Safety boots come from Tri-County Supply Council.\n")
    assert names(capitals)[0] == "HALBERD VALLEY MILLWORK CO."
    assert employer_candidate(capitals)[0].text == "HALBERD VALLEY MILLWORK CO."
    title_case = "Fernbrook Bakeries Inc.\n44 Mill Lane, Dayton, OH\n\nDear Casey,\nWelcome aboard as a baker.\n"
    assert employer_candidate(title_case)[0].text == "Fernbrook Bakeries Inc."


def test_a_town_and_its_state_in_capitals_is_no_company_and_a_name_in_a_sentence_is_not_first():
    assert names("Our plant is in BOULDER CO. and in Golden.") == []
    mention = ("Dear Casey,\nYour boots will come from Fernbrook Supply Inc. as before.\n"
               "We look forward to working with you.\n")
    assert employer_candidate(mention) is None
