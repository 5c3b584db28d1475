"""User rules passed with --rules: a broken file names file:line; a runaway regex is refused or bounded."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from test_hostile_support import assert_clean_error, run_cli

GOOD_RULE = """\
field: signing_bonus
normalizer: amount.v1
patterns:
  - name: welcome-payment
    regex: "welcome payment of (?P<value>{money})"
examples:
  - {text: "a welcome payment of $5,000", match: "welcome payment of $5,000"}
  - {text: "no bonus", match: null}
"""


@pytest.fixture(scope="module")
def letter(tmp_path_factory) -> Path:
    f = tmp_path_factory.mktemp("letter") / "offer.txt"
    f.write_text("Dear Sam,\n\nYour base salary will be $98,000 per year. You will also receive "
                 "a welcome payment of $5,000.\n\n" + "a" * 40 + "!\n")
    return f


def rules_dir(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    folder = tmp_path / "my-rules"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text)
    return folder


def test_a_good_user_rule_is_used(tmp_path: Path, capsys, letter: Path) -> None:
    run = run_cli(capsys, "extract", letter, "--rules", rules_dir(tmp_path, GOOD_RULE))
    assert run.code == 0, run.err
    assert '"signing_bonus"' in run.out and "welcome payment of $5,000" in run.out


def test_yaml_syntax_error_names_file_line_and_column(tmp_path: Path, capsys, letter: Path) -> None:
    broken = GOOD_RULE.replace('    regex: "welcome', '    regex: [welcome')
    run = run_cli(capsys, "extract", letter, "--rules", rules_dir(tmp_path, broken))
    assert_clean_error(run, "my-rules/mine.yaml:5:42:", "expected ',' or ']'")


def test_unknown_key_names_file_line_and_suggests(tmp_path: Path, capsys, letter: Path) -> None:
    broken = GOOD_RULE.replace("    regex:", "    regx:")
    run = run_cli(capsys, "check", letter, "--rules", rules_dir(tmp_path, broken))
    assert_clean_error(run, "my-rules/mine.yaml:5:", "rule mine", "unknown key 'regx'", "did you mean 'regex'?")


def test_bad_regex_names_file_and_line(tmp_path: Path, capsys, letter: Path) -> None:
    broken = GOOD_RULE.replace("(?P<value>{money})", "(?P<value>{money}")
    run = run_cli(capsys, "extract", letter, "--rules", rules_dir(tmp_path, broken))
    assert_clean_error(run, "my-rules/mine.yaml:4:", "bad regex")


def test_unknown_field_suggests(tmp_path: Path, capsys, letter: Path) -> None:
    run = run_cli(capsys, "extract", letter, "--rules",
                  rules_dir(tmp_path, GOOD_RULE.replace("field: signing_bonus", "field: signing_bonsu")))
    assert_clean_error(run, "my-rules/mine.yaml:1:", "signing_bonsu", "did you mean 'signing_bonus'?")


def test_a_single_rule_file_can_be_given(tmp_path: Path, capsys, letter: Path) -> None:
    folder = rules_dir(tmp_path, GOOD_RULE.replace("normalizer: amount.v1", "normalizer: amount.v9"))
    run = run_cli(capsys, "extract", letter, "--rules", folder / "mine.yaml")
    assert_clean_error(run, "mine.yaml:", "unknown normalizer 'amount.v9'", "amount.v1")


def test_python_tag_in_a_rule_is_refused(tmp_path: Path, capsys, letter: Path) -> None:
    marker = tmp_path / "pwned"
    evil = GOOD_RULE.replace("normalizer: amount.v1", f'normalizer: !!python/object/apply:os.system ["touch {marker}"]')
    assert_clean_error(run_cli(capsys, "extract", letter, "--rules", rules_dir(tmp_path, evil)),
                       "mine.yaml:2:", "tags such as !!python/... are not allowed")
    assert not marker.exists()


def _runaway_rule(regex: str) -> str:
    return GOOD_RULE.replace('"welcome payment of (?P<value>{money})"', "'" + regex + "'")


@pytest.mark.parametrize("regex", [r"(\s*\w+)*:", r"(\d*)+$", r"(.+)+x"])
def test_nested_quantifier_is_refused_at_load(tmp_path: Path, capsys, letter: Path, regex) -> None:
    started = time.monotonic()
    run = run_cli(capsys, "extract", letter, "--rules", rules_dir(tmp_path, _runaway_rule(regex)),
                  "--timeout", "3")
    assert_clean_error(run, "my-rules/mine.yaml:4:", "nests quantifiers")
    assert time.monotonic() - started < 10


def test_classic_catastrophic_pattern_is_refused_at_load(tmp_path: Path, capsys, letter: Path) -> None:
    run = run_cli(capsys, "extract", letter, "--rules", rules_dir(tmp_path, _runaway_rule(r"(a+)+$")),
                  "--timeout", "3")
    assert_clean_error(run, "my-rules/mine.yaml:4:", "nests quantifiers")


@pytest.mark.parametrize("regex", [r"(a+)+$", r"(\w+\s?)*$", r"(a|aa)+$", r"(a*)*b"])
def test_runaway_regex_that_passes_the_load_check_is_stopped_by_the_deadline(
        tmp_path: Path, capsys, letter: Path, regex) -> None:
    # Whatever the static check misses, matching user rules runs under the deadline.
    started = time.monotonic()
    run = run_cli(capsys, "extract", letter, "--rules", rules_dir(tmp_path, _runaway_rule(regex)),
                  "--timeout", "2")
    elapsed = time.monotonic() - started
    if "nests quantifiers" in run.err:  # refused at load: the better outcome
        assert_clean_error(run, "my-rules/mine.yaml:4:")
    else:
        assert_clean_error(run, "--rules", "matching the rules took longer than 2 s", "backtrack")
    assert elapsed < 10


def test_duplicate_rule_id_is_refused(tmp_path: Path, capsys, letter: Path) -> None:
    folder = tmp_path / "rules-copy"
    (folder / "compensation").mkdir(parents=True)
    (folder / "compensation" / "base-salary.yaml").write_text(GOOD_RULE)
    run = run_cli(capsys, "extract", letter, "--rules", folder)
    assert_clean_error(run, "rule id 'compensation.base-salary' is already defined")
