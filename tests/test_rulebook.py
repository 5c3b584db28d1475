"""The rule loader: a strict schema checked at load, errors that name file:line, the rule
id and the allowed values; the id is the path; the shipped rules all load.

Rule files are written into ``tmp_path/<folder>/`` and added to the shipped rules with
``load_rulebook([tmp_path])``, the way ``--rules DIR`` adds them.
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from offercheck.errors import RuleError
from offercheck.fields import all_field_names
from offercheck.normalize.registry import NORMALIZERS, macros
from offercheck.rulebook import default_rules_dir, load_rulebook
from offercheck.rulebook import loader
from offercheck.rulebook.flagspec import FLAG_FIELD
from offercheck.rulebook.loader import rule_id_for

# A valid rule; each test below breaks one thing in it. Line numbers matter to the
# assertions: `field` is line 1, `score` line 4, the pattern starts on line 6.
VALID = textwrap.dedent("""\
    field: pto_days
    description: Days off a year, for the loader tests.
    normalizer: number.v1
    score: 0.7
    patterns:
      - name: days-off
        regex: '(?P<value>\\d+)\\s+days\\s+off'
    examples:
      - {text: "You get 20 days off a year.", match: "20 days off", value: 20}
      - {text: "Nothing to see here.", match: null}
    """)
RULE_ID = "mine.days-off"


def write_rule(root: Path, text: str, rel: str = "mine/days-off.yaml") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load_error(tmp_path: Path, text: str) -> str:
    """Load VALID-with-a-change and return the error message (failing if none).

    The shipped rules are swapped for an empty folder here: the error is about the user's
    file, and compiling 40-odd shipped rules for each case would only make the tests slow.
    """
    write_rule(tmp_path, text)
    empty = tmp_path / "no-shipped-rules"
    empty.mkdir()
    with pytest.MonkeyPatch.context() as mp, pytest.raises(RuleError) as info:
        mp.setattr(loader, "default_rules_dir", lambda: empty)
        load_rulebook([tmp_path])
    return info.value.message


def where(tmp_path: Path, line: int) -> str:
    return f"{tmp_path / 'mine' / 'days-off.yaml'}:{line}: rule {RULE_ID}: "


def shipped_rule_ids() -> set[str]:
    root = default_rules_dir()
    return {rule_id_for(root, p) for p in root.rglob("*.yaml")
            if not p.name.startswith("_") and p.relative_to(root).parts[0] != "law"}


# --- a valid user rule, the id is the path ---------------------------------------------

def test_valid_user_rule_loads_alongside_the_shipped_rules(tmp_path):
    write_rule(tmp_path, VALID)
    book = load_rulebook([tmp_path])
    rule = book.by_id(RULE_ID)
    assert rule.field == "pto_days"
    assert [p.name for p in rule.patterns] == ["days-off"]
    assert rule.patterns[0].regex.search("You get 20 days off.").group("value") == "20"
    assert {r.id for r in book.rules} == shipped_rule_ids() | {RULE_ID}


def test_rule_id_is_the_dotted_path_below_the_rules_folder(tmp_path):
    write_rule(tmp_path, VALID, "team/leave/days-off.yaml")
    assert load_rulebook([tmp_path]).by_id("team.leave.days-off").field == "pto_days"


def test_a_single_rule_file_takes_its_name_as_id(tmp_path):
    path = write_rule(tmp_path, VALID, "loose/holiday-days.yaml")
    assert load_rulebook([path]).by_id("holiday-days").field == "pto_days"


def test_a_declared_id_is_refused_because_the_path_is_the_id(tmp_path):
    message = load_error(tmp_path, "id: something.else\n" + VALID)
    assert where(tmp_path, 1) in message
    assert "unknown key 'id'" in message


def test_a_rule_id_already_shipped_is_refused_as_a_duplicate(tmp_path):
    write_rule(tmp_path, VALID.replace("pto_days", "base_salary"), "compensation/base-salary.yaml")
    with pytest.raises(RuleError) as info:
        load_rulebook([tmp_path])
    message = info.value.message
    assert "rule id 'compensation.base-salary' is already defined by" in message
    assert str(default_rules_dir() / "compensation" / "base-salary.yaml") in message


def test_the_same_id_in_two_user_folders_is_refused(tmp_path):
    write_rule(tmp_path / "a", VALID)
    write_rule(tmp_path / "b", VALID)
    with pytest.raises(RuleError, match=r"rule id 'mine\.days-off' is already defined by .*/a/mine/days-off\.yaml"):
        load_rulebook([tmp_path / "a", tmp_path / "b"])


def test_a_missing_rules_folder_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="rules path not found"):
        load_rulebook([tmp_path / "nowhere"])


# --- schema errors: file:line, rule id, what is allowed --------------------------------

def test_unknown_rule_key_names_file_line_rule_and_suggests_the_right_key(tmp_path):
    message = load_error(tmp_path, VALID.replace("score: 0.7", "scroe: 0.7"))
    assert message.startswith(where(tmp_path, 4))  # the key's own line
    assert "unknown key 'scroe' in rule (did you mean 'score'?)" in message
    assert "allowed: context, description, examples, field, normalizer, params, patterns, score" in message


def test_unknown_pattern_key_names_the_keys_line(tmp_path):
    message = load_error(tmp_path, VALID.replace("    regex:", "    regx:"))
    assert message.startswith(where(tmp_path, 7))
    assert "unknown key 'regx' in pattern (did you mean 'regex'?)" in message


def test_unknown_key_error_points_at_the_keys_own_line(tmp_path):
    message = load_error(tmp_path, VALID.replace("score: 0.7", "scroe: 0.7"))
    assert message.startswith(where(tmp_path, 4))


def test_unknown_field_is_refused_with_a_suggestion(tmp_path):
    message = load_error(tmp_path, VALID.replace("field: pto_days", "field: pto_dayz"))
    assert message.startswith(where(tmp_path, 1))
    assert "field 'pto_dayz' is not a known field (did you mean 'pto_days'?)" in message


def test_unknown_normalizer_lists_every_valid_one(tmp_path):
    message = load_error(tmp_path, VALID.replace("number.v1", "numbr.v1"))
    assert message.startswith(where(tmp_path, 6))
    assert "unknown normalizer 'numbr.v1' (did you mean 'number.v1'?)" in message
    known = message.split("known: ", 1)[1]
    assert known.split(", ") == sorted(NORMALIZERS)


def test_a_regex_that_does_not_compile_is_refused_at_load(tmp_path):
    message = load_error(tmp_path, VALID.replace("(?P<value>\\d+)", "(?P<value>\\d+"))
    assert message.startswith(where(tmp_path, 6))
    assert "bad regex: missing )" in message


def test_unknown_macro_is_refused_with_a_suggestion_and_the_known_ones(tmp_path):
    message = load_error(tmp_path, VALID.replace("(?P<value>\\d+)", "(?P<value>{numbr})"))
    assert message.startswith(where(tmp_path, 6))
    assert "unknown macro {numbr} (did you mean 'number'?)" in message
    assert message.split("known: ", 1)[1].split(", ") == sorted(macros())


def test_a_known_macro_expands_into_the_compiled_regex(tmp_path):
    write_rule(tmp_path, VALID.replace("(?P<value>\\d+)", "(?P<value>{number})"))
    regex = load_rulebook([tmp_path]).by_id(RULE_ID).patterns[0].regex
    assert "{number}" not in regex.pattern
    assert regex.search("You get twenty days off.").group("value") == "twenty"


@pytest.mark.parametrize("regex", ["(\\d+)+ days off", "(?:\\w+\\s*)* days off", "(a|\\s+)* days off"])
def test_nested_quantifiers_are_refused(tmp_path, regex):
    message = load_error(tmp_path, VALID.replace("(?P<value>\\d+)\\s+days\\s+off", regex))
    assert message.startswith(where(tmp_path, 6))
    assert "nests quantifiers" in message


def test_a_bounded_repeat_of_a_group_is_allowed(tmp_path):
    write_rule(tmp_path, VALID.replace("(?P<value>\\d+)\\s+days", "(?P<value>\\d+)\\s+(?:\\w+\\s+){0,3}days"))
    regex = load_rulebook([tmp_path]).by_id(RULE_ID).patterns[0].regex
    assert regex.search("You get 20 paid holiday days off.")


def test_a_parameter_the_normalizer_does_not_take_is_refused(tmp_path):
    message = load_error(tmp_path, VALID.replace("score: 0.7", "score: 0.7\nparams: {maximum: 40}"))
    assert message.startswith(where(tmp_path, 7))  # the pattern's line, one lower after the insert
    assert "normalizer number.v1 takes no parameter 'maximum' (did you mean 'max'?); it takes: min, max, per" \
        in message


def test_a_parameter_the_normalizer_takes_is_passed_to_it(tmp_path):
    write_rule(tmp_path, VALID.replace("score: 0.7", "score: 0.7\nparams: {max: 40}"))
    assert load_rulebook([tmp_path]).by_id(RULE_ID).patterns[0].params == {"max": 40}


def test_a_context_side_outside_the_allowed_ones_is_refused(tmp_path):
    text = VALID.replace("score: 0.7", "score: 0.7\ncontext:\n  - {near: holiday, side: around, add: 0.1}")
    message = load_error(tmp_path, text)
    assert "side 'around' is not one of before, after, either, line, sentence" in message
    assert RULE_ID in message


@pytest.mark.parametrize("drop", ["positive", "negative", "both"])
def test_examples_must_include_a_match_and_a_non_match(tmp_path, drop):
    positive = '  - {text: "You get 20 days off a year.", match: "20 days off", value: 20}\n'
    negative = '  - {text: "Nothing to see here.", match: null}\n'
    text = VALID
    if drop in ("positive", "both"):
        text = text.replace(positive, "")
    if drop in ("negative", "both"):
        text = text.replace(negative, "")
    if drop == "both":
        text = text.replace("examples:\n", "")
    message = load_error(tmp_path, text)
    assert message.startswith(where(tmp_path, 1))
    assert "examples must include texts that match and texts that must not" in message


def test_an_example_without_match_is_refused(tmp_path):
    message = load_error(tmp_path, VALID.replace(', match: null}', '}'))
    assert "example 2 needs 'match'" in message


# --- YAML safety ---------------------------------------------------------------------

def test_yaml_syntax_error_names_line_and_column(tmp_path):
    message = load_error(tmp_path, VALID.replace("score: 0.7", "score: 0.7: 1"))
    assert message.startswith(f"{tmp_path / 'mine' / 'days-off.yaml'}:4:11: ")
    assert "mapping values are not allowed" in message


def test_python_object_tags_are_refused(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr("os.system", lambda *a: calls.append(a))
    text = VALID.replace("score: 0.7", "score: !!python/object/apply:os.system ['echo owned']")
    message = load_error(tmp_path, text)
    assert re.match(re.escape(str(tmp_path / "mine" / "days-off.yaml")) + r":4:\d+: ", message)
    assert "tags such as !!python/... are not allowed" in message
    assert calls == []


def test_yaml_aliases_are_refused(tmp_path):
    text = VALID.replace("description: Days off a year, for the loader tests.",
                         "description: &d Days off\nnote: *d")
    message = load_error(tmp_path, text)
    assert re.match(re.escape(str(tmp_path / "mine" / "days-off.yaml")) + r":3:\d+: ", message)
    assert "aliases (*name) are not allowed" in message


def test_files_starting_with_underscore_are_skipped(tmp_path):
    write_rule(tmp_path, "this: [is not a rule", "mine/_draft.yaml")
    write_rule(tmp_path, VALID)
    assert {r.id for r in load_rulebook([tmp_path]).rules} == shipped_rule_ids() | {RULE_ID}


# --- the shipped rules ----------------------------------------------------------------

def test_default_rules_dir_finds_the_shipped_rules():
    root = default_rules_dir()
    assert root.is_dir()
    assert (root / "compensation" / "base-salary.yaml").is_file()


def test_every_shipped_rule_file_loads_with_id_equal_to_its_path():
    book = load_rulebook()
    ids = [r.id for r in book.rules]
    assert len(ids) == len(set(ids))
    assert set(ids) == shipped_rule_ids()
    assert len(ids) >= 40
    for rule in book.rules:
        assert rule_id_for(default_rules_dir(), Path(rule.path)) == rule.id
        if rule.flag is not None:  # a flag rule: its wording (patterns) or a condition on the terms
            assert rule.field == FLAG_FIELD and bool(rule.patterns) != bool(rule.flag.when), rule.id
            continue
        assert rule.field in all_field_names(), rule.id
        assert rule.patterns, rule.id
        assert all(p.regex is not None or p.tokens for p in rule.patterns), rule.id


@pytest.mark.parametrize("regex,refused", [
    (r"(a+)+$", True), (r"(a*)*b", True), (r"(\w+\s?)*$", True), (r"(.*a)*", True), (r"(\d+,?)+", True),
    (r"(?:\.\d+)*", False), (r"(?:[ \t]*\n)*", False), (r"(?:annual\s+|target\s+)*bonus", False),
    (r"(?:[a-z]+\s)+end", False), (r"(?:\s+\w+)*", False), (r"(?:\w+\s+){0,3}", False),
])
def test_nested_repeats_are_refused_only_where_they_can_split_text_many_ways(regex, refused):
    from offercheck.rulebook.regex import backtracks as _backtracks

    assert _backtracks(regex) is refused


# -- flag rules (rules/flags/) -----------------------------------------------------------------

# A valid flag rule on a term; line numbers matter: `flag` is line 1, its `title` line 3,
# `when` line 9.
FLAG = textwrap.dedent("""\
    flag:
      id: probation.long
      title: Probation longer than 6 months ({value})
      severity: medium
      why: During probation you can often be let go on short notice.
      ask: Ask to shorten it.
      order: 40
    description: For the loader tests.
    when: {term: probation, longer_than: 6 months}
    examples:
      - {text: "Your probation period is nine months.", match: "probation period is nine months"}
      - {text: "Your probation period is three months.", match: null}
    """)


def test_a_valid_flag_rule_loads_with_its_wording(tmp_path):
    write_rule(tmp_path, FLAG)
    rule = load_rulebook([tmp_path]).by_id(RULE_ID)
    assert rule.flag.id == "probation.long" and rule.flag.why.startswith("During probation")
    assert rule.flag.when.term == "probation" and rule.flag.when.longer_than.days() > 180


@pytest.mark.parametrize("change, line, message", [
    (("  order: 40\n", "  order: 40\n  sevrity: high\n"), 8, "unknown key 'sevrity' in flag (did you mean 'severity'?)"),
    (("  severity: medium\n", "  severity: urgent\n"), 2, "severity 'urgent' is not one of high, medium, low"),
    (("  why: During probation you can often be let go on short notice.\n", ""), 2, "flag needs 'why'"),
    (("{term: probation, longer_than: 6 months}", "{check: pay.componets.v1}"), 9,
     "unknown check 'pay.componets.v1' (did you mean 'pay.components.v1'?); known: "),
    (("{term: probation, longer_than: 6 months}", "{term: probaton}"), 9,
     "term 'probaton' is not a field (did you mean 'probation'?)"),
    (("({value})", "({length})"), 2, "'{length}' is not given here; known: {value}"),
    (("when: {term: probation, longer_than: 6 months}\n", "when: {term: probation}\npatterns: [{regex: x}]\n"), 1,
     "a flag rule needs either 'patterns' (wording) or 'when' (a condition), not both"),
])
def test_flag_rule_errors_name_file_line_and_the_allowed_values(tmp_path, change, line, message):
    text = FLAG.replace(*change)
    assert text != FLAG
    err = load_error(tmp_path, text)
    assert err.startswith(where(tmp_path, line)) and message in err, err


def test_flag_rules_share_the_macros_of_their_folder(tmp_path):
    write_rule(tmp_path, "verbs: '(?:vary|amend)'\n", "mine/_macros.yaml")
    write_rule(tmp_path, textwrap.dedent("""\
        flag: {title: Changes, severity: high, why: It matters., ask: Ask., order: 1}
        patterns:
          - {name: may, regex: 'may\\s+{verbs}'}
        examples:
          - {text: "We may amend it.", match: "may amend"}
          - {text: "We may not.", match: null}
        """))
    rule = load_rulebook([tmp_path]).by_id(RULE_ID)
    assert rule.flag.id == RULE_ID  # no shown id: the path's
    assert rule.patterns[0].regex.search("we may vary it")
