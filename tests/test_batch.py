"""Batch mode: several files or a folder, every core, results in input order, a failing
file reported in its place without stopping the others; and the rule prefilter that
lets the shipped rules compile lazily."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from offercheck import batch
from offercheck.rulebook import load_rulebook
from offercheck.rulebook.regex import haystack, prefilter as _prefilter

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
US, INDIA, UK = SAMPLES / "us-offer-letter.pdf", SAMPLES / "india-appointment-letter.pdf", SAMPLES / "uk-contract.docx"


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "offercheck", *map(str, args)], capture_output=True,
                          text=True, timeout=300)


@pytest.fixture
def bad(tmp_path) -> Path:
    p = tmp_path / "broken.pdf"
    p.write_text("not a pdf at all")
    return p


def test_extract_many_files_jsonl_in_input_order_with_a_failure_in_its_place(bad):
    r = run("extract", UK, bad, US, INDIA, "-j", "2")
    assert r.returncode == 2  # a file failed; the others were still done
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [line["document"]["path"] for line in lines] == [str(UK), str(bad), str(US), str(INDIA)]
    assert "error" in lines[1] and "broken.pdf" in lines[1]["error"] and "terms" not in lines[1]
    for i in (0, 2, 3):
        assert set(lines[i]) == {"document", "terms"}
    assert lines[2]["terms"]["employer"]["value"] == "Lanternfish Analytics, Inc."
    assert r.stderr.strip().splitlines() == [lines[1]["error"]]


def test_batch_results_equal_single_runs():
    r = run("extract", US, INDIA, "-j", "2")
    assert r.returncode == 0
    got = [json.loads(line) for line in r.stdout.splitlines()]
    for path, obj in zip((US, INDIA), got):
        single = json.loads(run("extract", path, "--format", "json").stdout)
        assert obj == single


def test_single_file_output_unchanged_and_jsonl_is_one_line():
    single = run("extract", US)
    assert single.stdout.startswith("{\n")  # today's indented JSON, not JSON Lines
    one = run("extract", US, "--format", "jsonl")
    assert one.stdout.count("\n") == 1 and json.loads(one.stdout) == json.loads(single.stdout)


def test_folder_is_searched_in_sorted_order(tmp_path):
    for name, src in (("b.pdf", US), ("a.docx", UK), ("sub/c.pdf", INDIA)):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(src, tmp_path / name)
    (tmp_path / "notes.md").write_text("ignored")
    r = run("extract", tmp_path)
    assert r.returncode == 0, r.stderr
    paths = [json.loads(line)["document"]["path"] for line in r.stdout.splitlines()]
    assert paths == [str(tmp_path / "a.docx"), str(tmp_path / "b.pdf"), str(tmp_path / "sub/c.pdf")]


def test_check_over_several_files_headers_and_exit_code(bad):
    r = run("check", US, bad, INDIA, "-f", "markdown")
    assert r.returncode == 2
    assert re.findall(r"^==> (.*) <==$", r.stdout, re.M) == [str(US), str(INDIA)]
    assert "broken.pdf" in r.stderr


def test_run_keeps_order_when_later_files_finish_first():
    import time

    def job(p: Path):
        time.sleep(0.3 if p.name == "0" else 0.0)
        if p.name == "2":
            raise ValueError("boom")
        return p.name, 0

    out = list(batch.run(job, [Path(str(i)) for i in range(5)], jobs=2))
    assert [o.path.name for o in out] == ["0", "1", "2", "3", "4"]
    assert out[2].error and "ValueError" in out[2].error and out[3].text == "3"


def test_empty_folder_is_a_usage_error(tmp_path):
    r = run("extract", tmp_path)
    assert r.returncode == 2 and "holds no PDF, DOCX or TXT files" in r.stderr


# -- the prefilter that decides which shipped regexes need compiling ----------------

def test_prefilter_never_rejects_a_text_its_regex_matches():
    book = load_rulebook()
    checked = 0
    for rule in book.rules:
        for pat in rule.patterns:
            if pat.regex is None:
                continue
            assert pat.regex.compiled  # every shipped regex compiles
            for ex in rule.examples:
                if pat.regex.search(ex.text):
                    assert pat.regex.may_match(haystack(ex.text)), (rule.id, pat.name, ex.text)
                    checked += 1
    assert checked > 100


def test_prefilter_reads_literals_and_branches():
    assert set(_prefilter(r"notice\s+period of {duration}")) == {frozenset({"notice"}), frozenset({"period of "})}
    assert frozenset({"annual", "yearly"}) in _prefilter(r"(?:annual|yearly)\s+leave")
    assert _prefilter(r"(?:bonus)?\s*{money}") == ()  # optional: not required


def test_haystack_folds_every_character_ignorecase_matches_with_ascii():
    letters = re.compile("[a-z]", re.IGNORECASE)
    for cp in range(128, 0x10000):
        c = chr(cp)
        if letters.fullmatch(c):
            assert len(haystack(c)) == 1 and haystack(c) in "abcdefghijklmnopqrstuvwxyz", hex(cp)
