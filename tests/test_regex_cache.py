"""The on-disk cache of compiled rule regexes: same patterns as re.compile, written
whole or not at all, ignored when damaged, never holding anything of a document."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from offercheck.rulebook import cache as cache_mod
from offercheck.rulebook.cache import RegexCache, cache_dir
from offercheck.rulebook.regex import build, compile_entry

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [r"(?P<value>\d{1,3}(?:,\d{3})+)\s+per\s+(?P<per>annum|year)", r"notice\s+period", r"£|\bGBP\b"]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A cache of this test's own, in place of the process-wide one."""
    monkeypatch.setenv("OFFERCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache_mod, "_CACHE", RegexCache(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.mark.parametrize("source", SOURCES)
def test_built_pattern_is_the_one_re_compile_makes(source):
    text = "Salary 1,250,000 per annum; notice  period; £5 or 10 GBP"
    for flags in (0, re.IGNORECASE):
        mine, plain = build(source, compile_entry(source, flags)), re.compile(source, flags)
        assert (mine.pattern, mine.flags, mine.groups, mine.groupindex) == \
               (plain.pattern, plain.flags, plain.groups, plain.groupindex)
        assert [m.groupdict() | {"": m.span()} for m in mine.finditer(text)] == \
               [m.groupdict() | {"": m.span()} for m in plain.finditer(text)]


def test_entries_saved_at_exit_are_read_back_by_the_next_run(fresh):
    fresh.mkdir()
    stale = fresh / f"regex-{sys.implementation.cache_tag}-0-1-oldcode.marshal"
    stale.write_bytes(b"left by an older offercheck")
    other = fresh / "regex-cpython-399-0-1-x.marshal"
    other.write_bytes(b"another Python's")
    pattern, _ = cache_mod.compiled(SOURCES[0], re.IGNORECASE)
    cache_mod.regex_cache().save()
    files = sorted(fresh.iterdir())
    assert not stale.exists() and other.exists()  # only this Python's stale files go
    files = [f for f in files if f != other]
    assert len(files) == 1 and files[0].name.startswith("regex-")
    again = RegexCache(fresh)
    entry = again.get(("re", SOURCES[0], re.IGNORECASE))
    assert entry is not None and build(SOURCES[0], entry).groupindex == pattern.groupindex
    assert not again.dirty


def test_a_damaged_file_is_an_empty_cache_and_is_replaced(fresh):
    fresh.mkdir()
    (fresh / cache_mod._file_name()).write_bytes(b"\x00not marshal at all" * 10)
    c = RegexCache(fresh)
    assert c.entries == {}
    cache_mod._CACHE = c
    pattern, _ = cache_mod.compiled(SOURCES[1], 0)
    assert pattern.search("notice period")
    c.save()
    assert RegexCache(fresh).get(("re", SOURCES[1], 0)) is not None


def test_a_damaged_entry_is_compiled_afresh(fresh):
    c = cache_mod.regex_cache()
    entry = list(compile_entry(SOURCES[1], 0))
    entry[1] = [1, 2, 3]  # not valid engine code
    c.put(("re", SOURCES[1], 0), tuple(entry))
    pattern, _ = cache_mod.compiled(SOURCES[1], 0)
    assert pattern.search("the notice period")


def test_an_unwritable_cache_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    c = RegexCache(blocker / "cache")  # a folder inside a file cannot be made
    c.put(("check", "x"), (False, ()))
    c.save()
    assert blocker.read_text() == "in the way" and c.dirty


def test_no_cache_when_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("OFFERCHECK_NO_CACHE", "1")
    assert cache_dir() is None
    c = RegexCache(cache_dir())
    c.put(("check", "x"), (False, ()))
    c.save()  # nowhere to write: nothing happens
    monkeypatch.delenv("OFFERCHECK_NO_CACHE")
    monkeypatch.delenv("OFFERCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "offercheck"


def test_a_run_leaves_one_cache_file_and_no_word_of_the_letter(tmp_path):
    env = dict(os.environ, OFFERCHECK_CACHE_DIR=str(tmp_path / "c"))
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Vexmorrow Zarathustrine,\n\nWe offer you the post of Analyst at a salary of "
                      "£43,917 per annum. Your notice period is one month.\n")
    for _ in range(2):  # the second run reads what the first wrote
        r = subprocess.run([sys.executable, "-m", "offercheck", "extract", str(letter), "--format", "json"],
                           capture_output=True, text=True, env=env, cwd=ROOT)
        assert r.returncode == 0, r.stderr
        assert "Vexmorrow" in r.stdout
    files = list((tmp_path / "c").iterdir())
    assert [f.name for f in files] == [cache_mod._file_name()]
    data = files[0].read_bytes()
    assert b"Vexmorrow" not in data and b"Zarathustrine" not in data and b"43,917" not in data


def test_a_cached_rule_file_gives_the_same_data_and_the_same_error_lines(fresh, tmp_path):
    from offercheck.errors import RuleError
    from offercheck.rulebook import load_rulebook
    from offercheck.yamlio import load_yaml

    good = ROOT / "rules" / "termination" / "notice-employer.yaml"
    first, again = cache_mod.rule_file(good), cache_mod.rule_file(good)  # parsed, then cached
    assert again == first == load_yaml(good, unique_keys=True)
    assert again["__line__"].keys == first["__line__"].keys

    root = tmp_path / "mine"
    (root / "x").mkdir(parents=True)
    (root / "x" / "bad.yaml").write_text("field: at_will\npatterns:\n  - name: p\n    value: true\n"
                                         "    regx: 'at will'\n", encoding="utf-8")
    messages = []
    for _ in range(2):  # the second load reads the file from the cache
        with pytest.raises(RuleError) as e:
            load_rulebook([root])
        messages.append(str(e.value))
    assert messages[0] == messages[1] and "bad.yaml:5" in messages[0] and "regx" in messages[0]


def test_a_rule_file_with_a_date_is_read_but_not_cached(fresh, tmp_path):
    f = tmp_path / "dated.yaml"
    f.write_text("when: 2026-03-01\nwhat: x\n", encoding="utf-8")
    import datetime as dt
    assert cache_mod.rule_file(f)["when"] == dt.date(2026, 3, 1)
    assert not cache_mod.regex_cache().dirty
