"""Section headings as rule context (``side: section``), on text the team wrote."""
from offercheck.document import DocumentBuilder
from offercheck.extract import Extractor
from offercheck.rulebook import load_rulebook
from offercheck.sections import Sections

LETTER = """OFFER OF EMPLOYMENT
Dear Tomas,
1. Hours of Work
You will work from 8:30am to 5pm, Monday to Friday.
7. Termination
7.1 Notice period
Either of us may end your employment with four weeks' written notice.
7.2 Garden leave
We may ask you to stay away from work during notice.
Salary: $61,500 per year
Annual Leave. You will receive 22 days a year.
Notice period: one month from either side.
We are glad you will join us. Please sign below.
"""


def heading_of(phrase: str) -> str:
    return Sections(LETTER).heading(LETTER.index(phrase))


def test_a_heading_line_holds_until_the_next_one():
    assert heading_of("8:30am") == "Hours of Work"


def test_a_numbered_sub_heading_keeps_its_parent():
    assert heading_of("four weeks") == "Termination / Notice period"
    assert heading_of("stay away") == "Termination / Garden leave"


def test_run_in_headings_hold_for_their_paragraph_only():
    assert heading_of("22 days").endswith("/ Annual Leave")
    assert heading_of("one month from").endswith("/ Notice period")
    assert "Annual Leave" not in heading_of("glad you will join")


def test_labels_and_sentences_are_not_headings():
    # "Salary: $61,500 per year" is a label and its value, not a heading for what follows
    assert "Salary" not in heading_of("Annual Leave")
    assert "Dear" not in heading_of("8:30am")
    assert heading_of("Dear Tomas") == "OFFER OF EMPLOYMENT"


def test_a_rule_can_ask_for_the_heading(tmp_path):
    (tmp_path / "probe.yaml").write_text("""
field: probation
normalizer: duration.v1
score: 0.3
context:
  - {name: a probation heading, near: "\\\\bprobation", side: section, add: 0.4}
patterns:
  - name: any-duration
    regex: "(?P<value>{duration})"
examples:
  - {text: "Probation. Six months.", match: "Six months", value: {value: 6, unit: month}}
  - {text: "No time here.", match: null}
""", encoding="utf-8")
    book = load_rulebook([tmp_path])
    rules = [r for r in book.rules if r.id == "probe"]
    b = DocumentBuilder()
    for line in ["Probationary Period", "The first six months are a trial.", "Benefits",
                 "Cover starts after three months."]:
        b.add(line)
    found = Extractor(book).findings(b.build("x.txt", "txt"), rules)
    by_text = {f.evidence[0].text: f.score for f in found}
    assert by_text["six months"] >= 0.7
    assert by_text["three months"] < 0.5
