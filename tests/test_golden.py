"""Golden reports: each sample letter checked against its expectations, as the terminal
report (no colour, 100 columns), the JSON report and the reply to the recruiter, compared
with the files stored under tests/golden/. Any change to a report shows up here as a
readable diff.

To accept the current output after an intended change (a rule, a wording):

    OFFERCHECK_UPDATE_GOLDEN=1 python -m pytest -q tests/test_golden.py

then review the diff of tests/golden/ before committing it.
"""
from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import warnings
from pathlib import Path

import pytest

from offercheck.api import check_offer
from offercheck.render import by_name

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = dt.date(2025, 3, 5)
"""A fixed today: days left before a deadline must not change with the calendar."""
SAMPLES = ("us-offer-letter.pdf", "uk-contract.docx", "india-appointment-letter.pdf")
VIEWS = {"txt": "terminal", "json": "json", "email.txt": "email"}
UPDATE = os.environ.get("OFFERCHECK_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def reports():
    """Each sample's report, read by relative path from the project root (as the README's
    command does), so the stored reports name the files the same way on every machine."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        out = {}
        for sample in SAMPLES:
            stem = sample.rsplit(".", 1)[0]
            out[stem] = check_offer(Path("samples") / sample, Path("samples") / f"{stem}.expect.yaml", today=TODAY)
        return out
    finally:
        os.chdir(cwd)


def _compare(path: Path, actual: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != actual:
            path.write_text(actual, encoding="utf-8")
            warnings.warn(f"rewrote {path.relative_to(ROOT)}")
        return
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing; run OFFERCHECK_UPDATE_GOLDEN=1 python -m pytest "
                    "tests/test_golden.py to write it")
    expected = path.read_text(encoding="utf-8")
    if expected != actual:
        diff = "".join(difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                            f"{path.name} (stored)", f"{path.name} (now)", n=2))
        pytest.fail(f"the report changed; if the change is intended, run\n"
                    f"  OFFERCHECK_UPDATE_GOLDEN=1 python -m pytest -q tests/test_golden.py\n"
                    f"and review the diff of tests/golden/.\n\n{diff}", pytrace=False)


@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("sample", [s.rsplit(".", 1)[0] for s in SAMPLES])
def test_golden_report(reports, sample, view):
    text = by_name(VIEWS[view])(reports[sample], color=False)
    _compare(GOLDEN / f"{sample}.{view}", text)


@pytest.mark.parametrize("sample", [s.rsplit(".", 1)[0] for s in SAMPLES])
def test_golden_json_follows_the_report_schema(sample):
    import jsonschema
    schema = json.loads((ROOT / "src" / "offercheck" / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    path = GOLDEN / f"{sample}.json"
    if not path.exists():
        pytest.skip("no stored report yet")
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    assert data["today"] == TODAY.isoformat() and data["document"]["path"].startswith("samples/")
    # every quote is a verbatim slice of the text the rules read
    from offercheck.api import read
    text = read(ROOT / data["document"]["path"]).text
    for item in data["checks"] + data["flags"]:
        for e in item["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]


def test_golden_terminal_reports_end_with_the_disclaimer():
    from offercheck.describe import DISCLAIMER
    for path in GOLDEN.glob("*.txt"):
        if not path.name.endswith(".email.txt"):
            assert path.read_text(encoding="utf-8").rstrip().splitlines()[-1] == DISCLAIMER, path.name
