"""Expectation files typed by hand, or made to hurt, through the CLI: file:line, exit 2, nothing runs."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_hostile_support import SAMPLES, alias_bomb_yaml, assert_clean_error, run_cli

LETTER = SAMPLES / "us-offer-letter.pdf"


@pytest.fixture(scope="module")
def letter_txt(tmp_path_factory) -> Path:
    """A short text letter: checks against it take a fraction of a second."""
    f = tmp_path_factory.mktemp("letter") / "offer.txt"
    f.write_text("Dear Sam,\n\nYour base salary will be $98,000 per year.\n\n"
                 "You will have 25 days of paid time off.\n")
    return f


def check(capsys, letter: Path, tmp_path: Path, text: str | bytes):
    me = tmp_path / "me.yaml"
    me.write_bytes(text if isinstance(text, bytes) else text.encode())
    return run_cli(capsys, "check", letter, "--expect", me)


def test_syntax_error_names_line_and_column(tmp_path: Path, capsys, letter_txt: Path) -> None:
    run = check(capsys, letter_txt, tmp_path, "pto_days: 20\nbase_salary: [90000\njob_title: x\n")
    assert_clean_error(run, "me.yaml:3:10:", "expected ',' or ']'")


def test_tab_indentation(tmp_path: Path, capsys, letter_txt: Path) -> None:
    run = check(capsys, letter_txt, tmp_path, "base_salary:\n\tmin: 90000\n")
    assert_clean_error(run, "me.yaml:2:1:")


def test_unknown_field_did_you_mean(tmp_path: Path, capsys, letter_txt: Path) -> None:
    run = check(capsys, letter_txt, tmp_path, "pto_days: 20\nbase_salry: 90000\n")
    assert_clean_error(run, "me.yaml:2:", "base_salry", "did you mean 'base_salary'?")


def test_unknown_constraint_did_you_mean(tmp_path: Path, capsys, letter_txt: Path) -> None:
    run = check(capsys, letter_txt, tmp_path, "base_salary:\n  mn: 90000\n")
    assert_clean_error(run, "me.yaml:2:", "unknown constraint 'mn'", "did you mean 'min'?")


@pytest.mark.parametrize("text, fragment", [
    ("base_salary: lots\n", "expected an amount"),
    ("pto_days: {min: [1, 2]}\n", "pto_days"),
    ("benefits: health\n", "expected a list"),
    ("start_date: {not_before: tomorrow}\n", "expected a date"),
    ("overtime_eligible: maybe\n", "expected true or false"),
    ("- base_salary: 1\n", "expected a mapping of field names"),
    ('"just a string"\n', "expected a mapping of field names"),
    ("base_salary: {min: 1.0e+400}\n", "is not a finite number"),
    ("pto_days: .nan\n", "is not a finite number"),
    ("pto_days: -.inf\n", "is not a finite number"),
    ("base_salary: " + "9" * 5000 + "\n", "digits is too long"),
    ("? [a, b]\n: c\n", "me.yaml:"),
])
def test_wrong_types_are_explained(tmp_path: Path, capsys, letter_txt: Path, text: str, fragment: str) -> None:
    assert_clean_error(check(capsys, letter_txt, tmp_path, text), fragment)


def test_python_tag_is_refused_and_never_runs(tmp_path: Path, capsys, letter_txt: Path) -> None:
    marker = tmp_path / "pwned"
    for tag in ("!!python/object/apply:os.system", "!!python/object/apply:subprocess.call",
                "!!python/object/new:os.system"):
        text = f"base_salary: {tag} [\"touch {marker}\"]\n"
        run = check(capsys, letter_txt, tmp_path, text)
        assert_clean_error(run, "me.yaml:1:", "tags such as !!python/... are not allowed")
    run = check(capsys, letter_txt, tmp_path, f"!!python/object/apply:os.system [\"touch {marker}\"]\n")
    assert_clean_error(run, "me.yaml:1:")
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly(tmp_path: Path, capsys, letter_txt: Path) -> None:
    started = time.monotonic()
    run = check(capsys, letter_txt, tmp_path, alias_bomb_yaml(9))  # 10^9 strings if expanded
    assert_clean_error(run, "me.yaml:2:", "aliases (*name) are not allowed")
    assert time.monotonic() - started < 2


def test_merge_key_alias_is_refused(tmp_path: Path, capsys, letter_txt: Path) -> None:
    run = check(capsys, letter_txt, tmp_path, "x: &base {min: 1}\nbase_salary:\n  <<: *base\n")
    assert_clean_error(run, "me.yaml:3:", "aliases")


@pytest.mark.parametrize("text", ["", "\n", "# nothing yet\n", "---\n...\n"])
def test_empty_file(tmp_path: Path, capsys, letter_txt: Path, text: str) -> None:
    assert_clean_error(check(capsys, letter_txt, tmp_path, text), "me.yaml is empty", "offercheck init")


def test_deep_nesting(tmp_path: Path, capsys, letter_txt: Path) -> None:
    assert_clean_error(check(capsys, letter_txt, tmp_path, "base_salary: " + "[" * 50_000), "me.yaml")


def test_pure_python_parser_survives_deep_nesting_too(tmp_path: Path) -> None:
    """Without libyaml PyYAML's composer recurses; a RecursionError must become a YamlError."""
    import importlib.util

    import yaml

    spec = importlib.util.find_spec("offercheck.yamlio")
    module = importlib.util.module_from_spec(spec)
    had_c = hasattr(yaml, "CSafeLoader")
    saved = getattr(yaml, "CSafeLoader", None)
    try:
        if had_c:
            del yaml.CSafeLoader  # a private copy of yamlio is built on the pure-Python loader
        spec.loader.exec_module(module)
    finally:
        if had_c:
            yaml.CSafeLoader = saved
    assert module._SafeBase is yaml.SafeLoader
    with pytest.raises(module.YamlError, match="nested too deeply"):
        module.load_yaml("me.yaml", "a: " + "[" * 1500 + "]" * 1500)
    with pytest.raises(module.YamlError, match="aliases"):
        module.load_yaml("me.yaml", alias_bomb_yaml(3))


def test_duplicate_keys_can_be_refused_with_their_lines() -> None:
    from offercheck.yamlio import YamlError, load_yaml

    text = "pto_days: 20\nbase_salary: {min: 1}\nbase_salary: {min: 2}\n"
    assert load_yaml("me.yaml", text)["base_salary"]["min"] == 2  # PyYAML's default: the last wins
    with pytest.raises(YamlError) as info:
        load_yaml("me.yaml", text, unique_keys=True)
    assert (info.value.line, info.value.message) == (3, "'base_salary' appears twice (first on line 2)")
    with pytest.raises(YamlError, match="'min' appears twice"):
        load_yaml("me.yaml", "base_salary: {min: 1, min: 2}\n", unique_keys=True)


def test_not_utf8_and_binary(tmp_path: Path, capsys, letter_txt: Path) -> None:
    assert_clean_error(check(capsys, letter_txt, tmp_path, b"job_title: \xff\xfe\n"), "not UTF-8")
    assert_clean_error(check(capsys, letter_txt, tmp_path, bytes(range(256))), "me.yaml")


def test_oversized_file(tmp_path: Path, capsys, letter_txt: Path) -> None:
    text = "# padding\n" * 300_000 + "pto_days: 20\n"
    assert_clean_error(check(capsys, letter_txt, tmp_path, text), "me.yaml is larger than 2 MB")


def test_expectations_error_comes_before_reading_the_document(tmp_path: Path, capsys) -> None:
    # The check does not spend time on the document when the expectations are broken.
    run = check(capsys, tmp_path / "missing.pdf", tmp_path, "base_salry: 1\n")
    assert_clean_error(run, "did you mean 'base_salary'?")


# ---------------------------------------------------------------- any text at all

_yaml_atoms = st.sampled_from([
    "base_salary", "pto_days", "probation", "benefits", "start_date", "defaults", "currency", "min",
    "max", "one_of", "required", "allowed", "priority", "walk_away", "note", "period", "equals",
    "not_before", ":", ": ", "- ", "[", "]", "{", "}", ",", "\n", "\n  ", "  ", "&a", "*a", "!!str",
    "!!python/name:os.system", "'", '"', "#", "|", ">", "?", "~", "null", "true", "1e9", "90000",
    "$90,000", "3 months", "2025-04-01", "USD", "year", "health", "-1", ".inf", "0x1F", "<<",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.lists(_yaml_atoms, max_size=30).map("".join), st.text(max_size=200)))
def test_any_text_loads_or_gives_an_expectations_error(tmp_path: Path, text: str) -> None:
    from offercheck.errors import ExpectationsError
    from offercheck.expectations import load_expectations

    me = tmp_path / "me.yaml"
    me.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_expectations(me)
    except ExpectationsError as e:
        assert e.message and "Traceback" not in e.message


def test_walk_away_on_a_list_field_is_explained(tmp_path: Path, capsys, letter_txt: Path) -> None:
    run = check(capsys, letter_txt, tmp_path, "benefits: {required: [health], walk_away: dental}\n")
    assert_clean_error(run, "me.yaml:1:", "walk_away")


@pytest.mark.parametrize("text, fragment", [
    ("pto_days: NaN\n", "me.yaml:1: pto_days.min: expected a real number"),
    ("pto_days: Infinity\n", "me.yaml:1: pto_days.min: expected a real number"),
    ("sick_days: {max: -Infinity}\n", "me.yaml:1: sick_days.max:"),
    ("annual_bonus: NaN%\n", "me.yaml:1: annual_bonus.min: expected a real number"),
    ("pto_days: 1e99999\n", "me.yaml:1: pto_days.min: '1e99999' is out of range"),
    ("hours_per_week: 1e99999\n", "me.yaml:1: hours_per_week.max: '1e99999' is out of range"),
    ("defaults:\n  hours_per_week: 1e99999\n", "me.yaml:2: defaults.hours_per_week: '1e99999' is out"),
    ("base_salary: 1.0e+300\n", "me.yaml:1: base_salary.min: 1e+300 is out of range"),
    ("pto_days: {min: -5}\n", "me.yaml:1: pto_days.min: expected a number of at least 0"),
    ("probation: -3 months\n", "me.yaml:1: probation.max: expected a positive duration"),
    ("notice_employee: {max: minus 2 weeks}\n", "me.yaml:1: notice_employee.max: expected a positive"),
    ("probation: 1e9 days\n", "me.yaml:1: probation.max: expected a positive duration"),
    ("start_date: 2025-02-30\n", "me.yaml:1: start_date.equals: expected a date"),
    ("start_date: 2025-13-01\n", "me.yaml:1: start_date.equals: expected a date"),
    ("start_date: 0000-01-01\n", "me.yaml:1: start_date.equals: expected a date"),
    ("pto_days: 20\nstart_date:\n  not_before: 2025-02-30\n", "me.yaml:3: start_date.not_before:"),
])
def test_values_that_are_no_real_number_or_date(tmp_path: Path, capsys, letter_txt: Path,
                                                text: str, fragment: str) -> None:
    started = time.monotonic()
    assert_clean_error(check(capsys, letter_txt, tmp_path, text), fragment)
    assert time.monotonic() - started < 1


def test_a_huge_exponent_is_refused_at_once(tmp_path: Path, letter_txt: Path) -> None:
    """1e999999999 once grew memory without end in Decimal arithmetic: a subprocess, so a
    regression fails on the timeout instead of hanging the suite."""
    import subprocess
    import sys
    me = tmp_path / "me.yaml"
    me.write_text("base_salary: 90000\npto_days: 1e999999999\n")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "offercheck", str(letter_txt), "-e", str(me)],
                          capture_output=True, text=True, timeout=20)
    assert proc.returncode == 2, proc.stderr
    assert f"{me}:2: pto_days.min: '1e999999999' is out of range" in proc.stderr
    assert len(proc.stderr.splitlines()) <= 3 and "Traceback" not in proc.stderr
    assert time.monotonic() - started < 10  # the interpreter's start and imports included
