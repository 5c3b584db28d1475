"""`offercheck diff OLD NEW`: pairs of versions made from the team's UK statement of
particulars (tests/revisions_build.py) -- a salary raised, a notice lengthened, a
non-compete removed, a clause added, a clause reworded with the same figures, an old PDF
against a new DOCX of the same words -- each lists every changed term and nothing else;
the clause diff ignores layout; --expect says which checks the revision met; the views
are stored under tests/golden/ (diff-uk-revision.*).
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from offercheck import cli
from offercheck.api import diff_offers, read
from offercheck.clause_diff import clauses, compare_clauses
from offercheck.document import DocumentBuilder
from offercheck.render.revision import by_name
from revisions_build import EDITS, version, write
from test_golden import GOLDEN, _compare

TODAY = dt.date(2025, 7, 20)
EXPECT = """\
defaults: {currency: GBP}
base_salary: {min: 40000, period: year}           # not met before (38,750), met now (41,500)
notice_employee: {max: 1 month}                   # met before, not met now (two months)
non_compete: {allowed: false}                     # not met before, met now (removed)
pto_days: {min: 25, priority: want}               # 20 either way: still open
probation: {max: 6 months}                        # met either way
"""


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> Path:
    """Every version, in one folder: base.{pdf,docx,txt}, <edit>.docx, all.docx, all.pdf."""
    folder = tmp_path_factory.mktemp("revisions")
    for ext in ("pdf", "docx", "txt"):
        write(folder / f"base.{ext}", version())
    for edit in EDITS:
        write(folder / f"{edit}.docx", version(edit))
    write(folder / "all.docx", version(*EDITS))
    (folder / "me.yaml").write_text(EXPECT, encoding="utf-8")
    return folder


def _diff(folder: Path, old: str, new: str, expect: str | None = None):
    cwd = os.getcwd()
    os.chdir(folder)  # relative names, so the stored views name the files the same everywhere
    try:
        return diff_offers(Path(old), Path(new), Path(expect) if expect else None, today=TODAY)
    finally:
        os.chdir(cwd)


def _changes(diff) -> dict[str, str]:
    return {t.field: t.kind for t in diff.terms}


# -- every changed term listed, nothing unchanged --------------------------------------------


@pytest.mark.parametrize("edit, terms, clause_kinds", [
    ("salary", {"base_salary": "changed"}, [("changed", "5.1")]),
    ("notice", {"notice_employee": "changed"}, [("changed", "12.2")]),
    ("no-non-compete", {"non_compete": "removed"}, [("removed", "13.2")]),
    # the new clause gives a joining bonus that must be repaid on an early exit
    ("joining-bonus", {"signing_bonus": "added", "clawback": "added"}, [("added", "5.3")]),
    # the same figures in other words: no term changed, the clause's words did
    ("reworded", {}, [("changed", "7.1")]),
])
def test_each_revision_lists_its_changed_terms_and_nothing_else(letters, edit, terms, clause_kinds):
    diff = _diff(letters, "base.docx", f"{edit}.docx")
    assert _changes(diff) == terms
    assert [(c.kind, (c.change.new or c.change.old).number) for c in diff.clauses] == clause_kinds
    assert diff.same_terms == len(diff.old.extraction.terms) - sum(k != "added" for k in terms.values())


def test_a_changed_term_carries_both_values_quotes_and_places(letters):
    diff = _diff(letters, "base.pdf", "salary.docx")
    (t,) = diff.terms
    assert t.sentence == "base salary: £38,750 a year → £41,500 a year"
    assert t.old.where == "p. 1, clause 5.1" and t.new.where == "clause 5.1"
    assert "£38,750 a year" in t.old.quote and "£41,500 a year" in t.new.quote
    # each quote comes from its own letter
    assert t.old.term.evidence[0].text in diff.old.extraction.document.text
    assert t.new.term.evidence[0].text in diff.new.extraction.document.text
    (c,) = diff.clauses
    assert ("del", "£38,750") in c.pieces and ("ins", "£41,500") in c.pieces and c.terms == ("base salary",)


def test_a_removed_non_compete_clears_its_flag(letters):
    diff = _diff(letters, "base.docx", "no-non-compete.docx")
    (t,) = diff.terms
    assert t.kind == "removed" and t.new is None and t.old.value.startswith("yes, 12 months")
    assert [(f.kind, f.flag.flag.id) for f in diff.flags] == [("cleared", "clause.non_compete")]


@pytest.mark.parametrize("old, new", [("base.pdf", "base.docx"), ("base.docx", "base.pdf"),
                                      ("base.docx", "base.docx")])
def test_the_same_words_in_another_format_change_nothing(letters, old, new):
    diff = _diff(letters, old, new)
    assert diff.terms == () and diff.clauses == () and diff.flags == ()
    assert diff.summary.startswith("No terms changed") and "No clauses changed" in diff.summary


def test_a_text_file_of_the_same_words_changes_no_clause(letters):
    # (its tables are columns of spaces, which the pipeline may read otherwise: the
    # terms are the pipeline's, the clause words are the letter's)
    assert _diff(letters, "base.txt", "base.pdf").clauses == ()


def test_old_pdf_against_new_docx_with_every_edit(letters):
    diff = _diff(letters, "base.pdf", "all.docx")
    assert _changes(diff) == {"base_salary": "changed", "notice_employee": "changed", "non_compete": "removed",
                              "signing_bonus": "added", "clawback": "added"}
    assert [(c.kind, (c.change.new or c.change.old).number) for c in diff.clauses] == [
        ("changed", "5.1"), ("added", "5.3"), ("changed", "7.1"), ("changed", "12.2"), ("removed", "13.2")]


# -- expectations ----------------------------------------------------------------------------


def test_expect_says_which_checks_the_revision_met_and_what_is_open(letters):
    diff = _diff(letters, "base.pdf", "all.docx", "me.yaml")
    kinds = {c.old.check.field: c.kind for c in diff.checks}
    assert kinds == {"base_salary": "now_met", "notice_employee": "no_longer_met", "non_compete": "now_met",
                     "pto_days": "still_open", "probation": "still_met"}
    assert [c.old.check.field for c in diff.still_open] == ["notice_employee", "pto_days"]
    assert all(c.advice for c in diff.still_open)
    assert "2 now met, 1 no longer met, 2 open, 1 still met" in diff.summary
    # the exit status is a check's of the new version: the notice (a must) is not met there
    assert diff.exit_code == diff.new.exit_code == 1


def test_without_expectations_the_exit_status_is_zero_and_a_note_says_so(letters):
    diff = _diff(letters, "base.docx", "salary.docx")
    assert diff.exit_code == 0 and diff.checks == ()
    assert any("--expect" in n for n in diff.notes)


def test_an_unsure_reading_is_marked_unsure(letters):
    from dataclasses import replace

    from offercheck.revision import compare_reports
    diff = _diff(letters, "base.docx", "salary.docx")
    new = diff.new
    low = replace(new.extraction.terms["base_salary"], confidence=0.4)
    unsure = replace(new, extraction=replace(new.extraction, terms={**new.extraction.terms, "base_salary": low}))
    (t,) = compare_reports(diff.old, unsure).terms
    assert t.new.unsure and not t.old.unsure and "unsure reading of the new letter" in t.sentence
    assert any("unsure" in n for n in compare_reports(diff.old, unsure).notes)


def test_a_list_in_another_order_is_the_same_term(letters):
    from dataclasses import replace

    from offercheck.revision import compare_reports
    diff = _diff(letters, "base.docx", "base.pdf")
    new = diff.new
    benefits = new.extraction.terms["benefits"]
    assert len(benefits.value) > 1
    turned = replace(benefits, value=list(reversed(benefits.value)))
    other = replace(new, extraction=replace(new.extraction, terms={**new.extraction.terms, "benefits": turned}))
    assert compare_reports(diff.old, other).terms == ()
    fewer = replace(benefits, value=list(benefits.value)[1:])
    other = replace(new, extraction=replace(new.extraction, terms={**new.extraction.terms, "benefits": fewer}))
    assert [t.field for t in compare_reports(diff.old, other).terms] == ["benefits"]


# -- the clause diff alone ---------------------------------------------------------------------


def _doc(text: str, fmt: str = "txt"):
    b = DocumentBuilder()
    b.add(text)
    return b.build(f"x.{fmt}", fmt)


OLD_TEXT = ("1. Pay\n1.1 Your salary is £30,000 a year, paid monthly.\n2. Leave\n2.1 You get 25 days of leave "
            "each year.\n3. Notice\n3.1 Either party may give one month's notice.\n")


def test_renumbered_clauses_are_not_changed_and_the_inserted_one_is_added():
    new = OLD_TEXT.replace("2. Leave\n2.1", "2. Bonus\n2.1 A bonus of 5% may be paid.\n3. Leave\n3.1") \
        .replace("3. Notice\n3.1", "4. Notice\n4.1")
    changes = compare_clauses(_doc(OLD_TEXT), _doc(new))
    assert [(c.kind, c.new.number if c.new else None) for c in changes] == [("added", "2"), ("added", "2.1")]


def test_a_clause_moved_with_the_same_words_is_moved_not_removed_and_added():
    new = OLD_TEXT.replace("1. Pay\n1.1 Your salary is £30,000 a year, paid monthly.\n", "") + \
        "4. Pay\n4.1 Your salary is £30,000 a year, paid monthly.\n"
    changes = compare_clauses(_doc(OLD_TEXT), _doc(new))
    assert [(c.kind, c.old.number, c.new.number, c.pieces) for c in changes] == [
        ("moved", "1", "4", ()), ("moved", "1.1", "4.1", ())]


def test_long_unrelated_runs_are_paired_by_clause_first(monkeypatch):
    from offercheck import clause_diff
    monkeypatch.setattr(clause_diff, "WORDS_AT_MOST", 0)
    new = OLD_TEXT.replace("£30,000", "£31,000").replace("3. Notice\n3.1 Either party may give one month's notice.\n",
                                                         "3. Garden leave\n3.1 We may ask you to stay at home.\n")
    changes = compare_clauses(_doc(OLD_TEXT), _doc(new))
    assert [(c.kind, (c.new or c.old).number) for c in changes] == [
        ("changed", "1.1"), ("removed", "3"), ("removed", "3.1"), ("added", "3"), ("added", "3.1")]
    assert ("del", "£30,000") in changes[0].pieces and ("ins", "£31,000") in changes[0].pieces


def test_wrapping_hyphens_page_breaks_and_quote_styles_are_not_changes():
    wrapped = OLD_TEXT.replace("paid monthly.", "paid\nmonth-\nly.").replace("25 days of leave each", "25 days of\n\nleave each") \
        .replace("month's", "month’s").replace("1.1 Your salary", "1.1 YOUR SALARY")
    assert compare_clauses(_doc(OLD_TEXT), _doc(wrapped)) == ()


def test_a_page_break_inside_a_sentence_starts_no_clause():
    text = OLD_TEXT.replace("leave each year.", "paid leave in each\n\nYear.")
    assert len(clauses(_doc(text))) == len(clauses(_doc(OLD_TEXT)))


def test_an_unnumbered_letter_is_cut_at_its_headings():
    old = "Dear Sam,\nBase Salary. You will be paid $90,000 a year.\nNotice. Two weeks' notice either way.\n"
    new = old.replace("Two weeks'", "Four weeks'")
    (c,) = compare_clauses(_doc(old), _doc(new))
    assert c.kind == "changed" and c.old.label == "Notice" and ("ins", "Four") in c.pieces


def test_a_paragraph_added_to_an_unnumbered_letter_is_one_added_clause():
    old = ("Dear Sam,\nWe are pleased to offer you the role.\nBase salary. You will be paid $90,000 a year, "
           "payable monthly.\nAnnual bonus. You may earn a bonus of up to 10% of your salary.\n")
    new = old.replace("$90,000", "$95,000").replace(
        "Annual bonus.", "Relocation. We will pay up to $5,000 of your moving costs.\nAnnual bonus.")
    changes = compare_clauses(_doc(old), _doc(new))
    assert [(c.kind, c.new.label) for c in changes] == [("changed", "Base salary"), ("added", "Relocation")]
    assert changes[0].pieces[1:3] == (("del", "$90,000"), ("ins", "$95,000"))
    # and a reader that cut a paragraph in two at a page break changes nothing
    assert compare_clauses(_doc(old), _doc(old.replace("up to 10% of", "up to 10% of\n\n"))) == ()


# -- the command line ----------------------------------------------------------------------------


def run(capsys, *args):
    with pytest.raises(SystemExit) as info:
        cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return info.value.code, out, err


def test_cli_diff_exit_status_is_a_check_of_new(letters, capsys):
    code, out, err = run(capsys, "diff", letters / "base.pdf", letters / "all.docx", "--expect",
                         letters / "me.yaml", "--today", "2025-07-20", "--format", "json")
    data = json.loads(out)
    assert code == 1 == data["exit_code"] and err == ""
    assert {t["field"]: t["change"] for t in data["terms"]} == {
        "base_salary": "changed", "notice_employee": "changed", "non_compete": "removed", "signing_bonus": "added",
        "clawback": "added"}
    code, out, _ = run(capsys, "diff", letters / "base.docx", letters / "salary.docx", "--today", "2025-07-20",
                       "--jurisdiction", "UK")
    assert code == 0 and "base salary: £38,750 a year → £41,500 a year" in out


def test_cli_diff_explain_shows_the_rule_behind_each_changed_term(letters, capsys):
    import jsonschema
    code, out, _ = run(capsys, "diff", letters / "base.docx", letters / "salary.docx", "--explain", "-f", "json")
    (term,) = json.loads(out)["terms"]
    assert term["old"]["explain"]["rule"] and term["new"]["explain"]["rule"]
    schema = json.loads((Path(cli.__file__).parent / "schemas" / "diff.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(json.loads(out))
    code, out, _ = run(capsys, "diff", letters / "base.docx", letters / "salary.docx", "--explain")
    assert code == 0 and f"rule {term['new']['explain']['rule']}" in out


def test_cli_diff_writes_the_format_its_output_names(letters, tmp_path, capsys):
    target = tmp_path / "changes.html"
    code, out, err = run(capsys, "diff", letters / "base.docx", letters / "salary.docx", "-o", target)
    assert code == 0 and out == "" and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, out, err = run(capsys, "diff", letters / "base.docx", letters / "salary.docx", "-o", tmp_path / "c.md",
                         "--format", "json")
    assert code == 2 and out == "" and "--format is json" in err and not (tmp_path / "c.md").exists()


def test_cli_diff_never_writes_over_either_letter(letters, capsys):
    before = (letters / "salary.docx").read_bytes()
    code, out, err = run(capsys, "diff", letters / "base.docx", letters / "salary.docx", "-o",
                         letters / "salary.docx", "-f", "terminal")
    assert code == 2 and "input files" in err and (letters / "salary.docx").read_bytes() == before


@pytest.mark.parametrize("args, needle", [
    (["missing.pdf", "{base}"], "missing.pdf"),
    (["{base}", "{base}", "--expect", "nope.yaml"], "nope.yaml"),
    (["{base}", "{base}", "--today", "soon"], "--today"),
    (["{base}"], "'new'"),
    (["{base}", "{base}", "--jurisdiction", "Atlantis"], "Atlantis"),
])
def test_cli_diff_bad_input_is_a_short_message_and_exit_2(letters, capsys, args, needle):
    code, out, err = run(capsys, "diff", *[a.format(base=letters / "base.docx") for a in args])
    lines = err.strip().splitlines()
    assert code == 2 and out == "" and 1 <= len(lines) <= 3 and "Traceback" not in err, err
    assert needle in err


def test_a_letters_markup_is_shown_as_text_in_every_view(tmp_path):
    old = tmp_path / "old.txt"
    old.write_text("Dear Sam,\nBase Salary. You will be paid $90,000 a year.\nNotice. Two weeks' notice.\n",
                   encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(old.read_text(encoding="utf-8").replace("Two weeks'", "<script>x</script> ~~Four~~ [weeks'](y)"),
                   encoding="utf-8")
    diff = diff_offers(old, new, today=TODAY)
    html_ = by_name("html")(diff)
    assert "<script>x" not in html_ and "&lt;script&gt;x&lt;/script&gt;" in html_
    md = by_name("markdown")(diff)
    assert "<script>" not in md and "\\~\\~Four\\~\\~" in md and "\\[weeks" in md


def test_a_renderer_for_an_unknown_format_is_refused():
    from offercheck.errors import UsageError
    with pytest.raises(UsageError):
        by_name("pdf")


# -- the stored views ------------------------------------------------------------------------------

VIEWS = {"txt": "terminal", "md": "markdown", "html": "html", "json": "json"}


@pytest.fixture(scope="module")
def revision(letters):
    return _diff(letters, "base.pdf", "all.docx", "me.yaml")


@pytest.mark.parametrize("ext", list(VIEWS))
def test_golden_diff(revision, ext):
    _compare(GOLDEN / f"diff-uk-revision.{ext}", by_name(VIEWS[ext])(revision, color=False))


@pytest.mark.parametrize("expect", ["me.yaml", None])
def test_diff_json_follows_its_schema(letters, expect):
    import jsonschema
    schema = json.loads((Path(cli.__file__).parent / "schemas" / "diff.schema.json").read_text(encoding="utf-8"))
    data = json.loads(by_name("json")(_diff(letters, "base.pdf", "all.docx", expect)))
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    data["terms"][0]["change"] = "moved"
    assert not jsonschema.Draft7Validator(schema).is_valid(data)


def test_diff_json_quotes_are_verbatim_slices_of_each_letter(revision, letters):
    data = json.loads(by_name("json")(revision))
    from offercheck.render.json import DIFF_SCHEMA_VERSION
    assert data["schema_version"] == DIFF_SCHEMA_VERSION and data["old"]["path"] == "base.pdf" and data["new"]["format"] == "docx"
    texts = {"old": read(letters / "base.pdf").text, "new": read(letters / "all.docx").text}
    for term in data["terms"]:
        for side in ("old", "new"):
            for e in (term[side] or {}).get("evidence", []):
                assert texts[side][e["start"]:e["end"]] == e["text"]
    for clause in data["clauses"]:
        for side in ("old", "new"):
            if clause[side]:
                start, end = clause[side]["start"], clause[side]["end"]
                assert texts[side][start:end].strip()
