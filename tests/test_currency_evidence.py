"""A bare "$" takes its country from the letter's own evidence, or is reported unknown."""
from offercheck.api import check_offer, extract_terms
from offercheck.render.json import term_value

NO_COUNTRY = """Dear Sam,
We are delighted to offer you the role of Data Analyst at Brightwater Labs.
Your salary will be $84,000 per year, paid every two weeks.
Please sign and return this letter.
"""

US = NO_COUNTRY.replace("Brightwater Labs.", "Brightwater Labs in Denver, Colorado.")
CANADA = NO_COUNTRY.replace("Brightwater Labs.", "Brightwater Labs, 40 King Street West, Toronto, Ontario.")
UK = NO_COUNTRY.replace("Brightwater Labs.", "Brightwater Labs in Leeds, with 25 days holiday plus bank holidays.")


def _salary(tmp_path, text):
    p = tmp_path / "letter.txt"
    p.write_text(text, encoding="utf-8")
    return term_value(extract_terms(p).terms["base_salary"])


def test_the_dollar_is_the_country_the_letter_names(tmp_path):
    assert _salary(tmp_path, US)["currency"] == "USD"
    assert _salary(tmp_path, CANADA)["currency"] == "CAD"


def test_a_dollar_with_no_country_or_in_a_pound_letter_is_unknown(tmp_path):
    for text in (NO_COUNTRY, UK):
        s = _salary(tmp_path, text)
        assert s["amount"] == 84000 and s["currency"] is None


def test_an_unknown_currency_is_not_compared_but_asked(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text(NO_COUNTRY, encoding="utf-8")
    expect = tmp_path / "expect.yaml"
    expect.write_text("base_salary:\n  min: 80000\n  currency: USD\n  period: year\n", encoding="utf-8")
    report = check_offer(letter, expect)
    check = next(c for c in report.checks if c.field == "base_salary")
    assert check.status == "cannot_compare"
    assert "which currency" in check.detail
    assert report.exit_code == 1
