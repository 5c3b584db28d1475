"""The confidence model's feature vectors on a few team letters, stored when the model
was shipped: data/confidence.json was trained on these features, so a refactor of
``confidence.features`` must give them back to the bit.

After a deliberate change to the features (and a retrained model), rewrite the file:
``python tests/test_confidence_features.py``.
"""
from __future__ import annotations

import json
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from offercheck import api
from offercheck.confidence import features, model
from offercheck.model import Evidence, Finding, Reason, Term
from offercheck.values import Money

ROOT = Path(__file__).resolve().parent.parent
STORED = ROOT / "tests" / "data" / "confidence_features.json"
# between them every feature is set somewhere (a section heading's boost, a derived
# value, a veto, rivals, lists); a salary without a currency is the synthetic case below
LETTERS = [
    "tests/letters/nz-wellington-individual-agreement-kiwisaver/nz-wellington-individual-agreement-kiwisaver.txt",
    "tests/letters/au-vic-employment-agreement-restraint/au-vic-employment-agreement-restraint.docx",
    "tests/letters/ca-bc-offer-rsu-relocation-programmer/ca-bc-offer-rsu-relocation-programmer.pdf",
    "tests/letters/in-mh-appointment-letter-ctc-lakh/in-mh-appointment-letter-ctc-lakh.pdf",
]
SYNTHETIC = "synthetic: a salary without a currency, two rival amounts"


def vectors(letter: str) -> dict[str, dict[str, float]]:
    """Each term's features, as ``calibrate`` computes them (from the raw rule scores)."""
    if letter == SYNTHETIC:
        return _no_currency()
    extraction = api.extract_document(api.read(ROOT / letter), raw_confidence=True)
    findings = list(extraction.findings)
    return {field: features(term, findings) for field, term in extraction.terms.items()}


def _no_currency() -> dict[str, dict[str, float]]:
    ev = Evidence("Your salary will be 91,000 per year.", 0, 36, 1)
    lead = Finding("base_salary", Money(D(91000), None, "year", "91,000"), (ev,), "compensation.base-salary",
                   "p", 0.8, 0.9, (Reason("'a pay heading' section", 0.25), Reason("'bonus' nearby", -0.1)))
    rivals = [Finding("base_salary", Money(D(5000 + i), "USD", "year", "x"), (ev,), "compensation.base-salary",
                      "q", 0.7, 0.7) for i in range(2)]
    term = Term("base_salary", lead.value, (ev,), 0.8, lead)
    return {"base_salary": features(term, [lead, *rivals])}


@pytest.mark.parametrize("letter", LETTERS + [SYNTHETIC], ids=lambda p: Path(p).stem)
def test_the_feature_vectors_are_the_ones_the_model_was_trained_on(letter):
    stored = json.loads(STORED.read_text(encoding="utf-8"))
    got = vectors(letter)
    assert list(got) == list(stored[letter])
    for field, x in got.items():
        assert list(x) == stored["names"], field  # the same features, in the same order
        assert [float(v).hex() for v in x.values()] == [float(v).hex() for v in stored[letter][field]], field


def test_the_model_reads_only_features_that_exist():
    term_features = next(iter(vectors(LETTERS[0]).values()))
    assert set(model()["features"]) <= set(term_features)


if __name__ == "__main__":
    data = {letter: vectors(letter) for letter in LETTERS + [SYNTHETIC]}
    names = list(data[SYNTHETIC]["base_salary"])
    assert all(list(x) == names for terms in data.values() for x in terms.values())
    lines = [f" {json.dumps(letter)}: {{" + ",".join(
        f"\n  {json.dumps(field)}: {json.dumps(list(x.values()))}" for field, x in terms.items()) + "}"
        for letter, terms in data.items()]
    STORED.write_text(f'{{"names": {json.dumps(names)},\n' + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    sys.exit(0)
