"""Places of work read as typed candidates (offercheck.places): a town the gazetteer knows,
in a sentence that says where the job is. Phrasings are the team's own; each kind has two
or more ways of saying it and near misses that must not give a place of work."""
from __future__ import annotations

import pytest

from offercheck.api import extract_terms
from offercheck.places import lookup, plausible, towns_in, workplace_candidates, Mention


def best(text: str, country: str | None = None) -> str | None:
    cands = workplace_candidates(text, country)
    if not cands:
        return None
    m = cands[0][0]
    return f"{m.name}, {m.region}" if m.region else m.name


@pytest.mark.parametrize("text,country,place", [
    # a town naming the site, with no "based at" anywhere
    ("Your base is our Auckland office.", "NZ", "Auckland"),
    ("Your home office will be our Leeds branch.", "GB", "Leeds"),
    ("The role sits in our downtown Minneapolis office.", "US", "Minneapolis"),
    # a site of some other kind, then "in <town>"
    ("You will work at our Ridgeway Lane clinic in Swansea on weekdays.", "GB", "Swansea"),
    ("Shifts are worked at our bakery in Geelong.", "AU", "Geelong"),
    ("Our team works from the Old Mill studio in Boise, Idaho most days.", "US", "Boise, Idaho"),
    # a district or site name before the town: the town
    ("Place of work: Salt Lake campus, Kolkata, West Bengal", "IN", "Kolkata, West Bengal"),
    ("You will be posted to our Hinjewadi plant, Pune.", "IN", "Pune"),
    ("You will be based at our Riverside depot in Durban.", "ZA", "Durban"),
    # a town too small for the gazetteer, known by the state after it
    ("You will report for work at our Elm Grove, Wisconsin warehouse.", "US", "Elm Grove, Wisconsin"),
    ("The position is located in Sugar Hill, Georgia, at our assembly plant.", "US", "Sugar Hill, Georgia"),
    # a label or heading, the town in a longer address
    ("Work location | Level 3, 88 Queen Street, Brisbane", "AU", "Brisbane"),
    ("Place of work\nUnit 7, Harbour Trading Estate, Galway", "IE", "Galway"),
    # a common word that is a town only after a placing word
    ("You will be based in Reading.", "GB", "Reading"),
    # the street between the site and its town
    ("Shifts are worked at our clinic on Harbour Road in Galway.", "IE", "Galway"),
    ("The role is at our shop on Nethergate Street, Dundee.", "GB", "Dundee"),
    ("You will work shifts at our depot on Broadway Boulevard NE in Tucson, Arizona.", "US", "Tucson, Arizona"),
    # an industrial site, and words between the site and its town
    ("The post sits in the assay team at our smelter in Kalgoorlie.", "AU", "Kalgoorlie"),
    ("We offer you the post of chemist in the laboratory at our refinery in Sarnia, Ontario.", "CA", "Sarnia, Ontario"),
    # the town ends a sentence and the next begins with a capital
    ("You will work at our depot in Bacolod City. The depot opens at six.", "PH", "Bacolod City"),
    ("The job is based in Hamilton. Hours are flexible.", "NZ", "Hamilton"),
    # a row or line labelled as the assignment
    ("Assignment: Packing Plant 2, Cebu City", "PH", "Cebu City"),
    ("Assignment | Stores Building, Rajkot", "IN", "Rajkot"),
    ("• Work location: Plot 12, Riverside Estate, Kisumu", "KE", "Kisumu"),
    ("- Place of work: the Harbour Depot, Napier", "NZ", "Napier"),
])
def test_a_town_in_a_sentence_about_the_place_of_work(text, country, place):
    assert best(text, country) == place


@pytest.mark.parametrize("text,country", [
    # the employer's registered office, the law, the courts
    ("Our registered office is at 3 Albion Street, Leeds.", "GB"),
    ("This letter is governed by the laws of Ontario and the courts of Toronto.", "CA"),
    # the candidate's move or travel, somewhere else now and then
    ("We will reimburse your move from Perth to the office.", "AU"),
    ("You may travel to our Chicago office from time to time.", "US"),
    ("You may be asked to work at other sites, including our Bristol office, when needed.", "GB"),
    # a town's name inside a longer name: a title, a street, a building
    ("We are pleased to offer you the position of Senior Vice President.", "US"),
    ("You will be based at 14 Reading Road.", "GB"),
    ("You will work at our office in the Beaumont Enterprise Centre.", "GB"),
    # a town and a site word that begin the employer's name, written whole elsewhere
    ("Welcome to Denver Warehouse Outfitters Inc. Working at Denver Warehouse is a team effort.", "US"),
    ("Boulder Studio Partners LLP\nEveryone working at Boulder Studio shares the on-call rota.", "US"),
    # "based on" is no placing
    ("Your bonus will be based on the profitability of Badger.", "US"),
    # a short word or one the letter also writes in lower case
    ("As agreed, you will be based at the office. As a reminder, as noted, bring your ID.", "BE"),
    # an address with no word about work
    ("Acme Widgets Ltd, 10 High Street, Leicester LE1 1AA", "GB"),
    ("Dear Austin,\nThank you for your time.", "US"),
])
def test_near_misses_give_no_place_of_work(text, country):
    assert best(text, country) is None


def test_the_region_after_a_town_is_kept_and_not_read_as_a_second_town():
    mentions = towns_in("at our office in Denver, Colorado, and in Halifax, Nova Scotia.")
    assert [(m.name, m.region) for m in mentions] == [("Denver", "Colorado"), ("Halifax", "Nova Scotia")]


def test_a_small_town_counts_only_in_the_letters_own_country():
    text = "You will work at our plant in Chakan, three shifts a week."
    chakan = towns_in(text)[0]
    assert plausible(chakan, text, "IN") and not plausible(chakan, text, "US")
    assert plausible(Mention("Mumbai", "", 0, 6), "Mumbai", "US")  # a big town anywhere


def test_the_gazetteer_knows_towns_their_common_spellings_and_countries():
    assert ("IN", 8495492) in lookup("Bangalore") or lookup("Bangalore")[0][0] == "IN"
    assert lookup("Bengaluru")[0][0] == "IN"
    assert any(pop < 0 for _, pop in lookup("Ireland"))
    assert lookup("Nowhere-on-Ooze") == []


@pytest.mark.parametrize("body,place", [
    # the rules read none of these wordings; the candidates do
    ("Your base will be our Hamilton office, with one day a week from home.", "Hamilton"),
    ("Most of the team sits in our Midtown Atlanta office.", "Atlanta"),
])
def test_the_place_of_work_is_filled_where_the_rules_find_none(tmp_path, body, place):
    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Sam Lee,\nWe are pleased to offer you the role of Analyst. " + body +
                      "\nYour salary will be $70,000 a year.\nYours sincerely,\nHR\n", encoding="utf-8")
    term = extract_terms(letter).terms["location"]
    assert term.value == place
    assert term.finding.rule == "places.location"
    assert letter.read_text(encoding="utf-8")[term.evidence[0].start:term.evidence[0].end] == place


def test_a_rule_capture_naming_a_site_gives_way_to_the_town_in_the_same_words(tmp_path):
    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Sam Lee,\nWe are pleased to offer you the role of Fitter.\n"
                      "Place of work: Thornbury Works, Coimbatore, Tamil Nadu\n"
                      "Your salary will be Rs. 4,80,000 per annum.\n", encoding="utf-8")
    assert extract_terms(letter).terms["location"].value in ("Coimbatore, Tamil Nadu", "Coimbatore")


def test_a_date_is_never_a_place(tmp_path):
    letter = tmp_path / "offer.txt"
    letter.write_text("Start date and where you'll work\nWe'd like you to start on Monday, March 1, 2027.\n"
                      "You will work from our Tucson, Arizona office.\n", encoding="utf-8")
    assert extract_terms(letter).terms["location"].value == "Tucson, Arizona"


@pytest.mark.parametrize("line,place", [
    ("Work location: 18 Chapel Street, Fitzroy (Melbourne)", "Melbourne"),
    ("Place of work: Unit 2, Salford Quays (Manchester)", "Manchester"),
    ("Location: Hamilton (Waikato)", "Hamilton"),  # near miss: the bracket is a region, not a bigger town
])
def test_a_suburb_with_its_city_in_brackets_is_the_city(tmp_path, line, place):
    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Sam Lee,\nWe are pleased to offer you the role of Clerk.\n" + line + "\nRegards,\n",
                      encoding="utf-8")
    assert extract_terms(letter).terms["location"].value.split(",")[0] == place
