#!/usr/bin/env python3
"""Score offercheck's extraction on the team-written letters (tests/letters) against their gold.

    python scripts/score_letters.py [DIR] [--verbose] [--min-f1 F] [--json OUT]

DIR (default tests/letters) holds one folder per document: the document (<id>.pdf,
<id>.docx or <id>.txt) and gold.yaml (the corpus gold format: ``fields:`` with all 34
fields of the terms contract, null where unstated). Extraction runs in-process through
``offercheck.api.extract_terms``.

The agreement rules are the evaluation's own (the shared ``eval/score.py``): copied here,
not imported, because the project must run without the shared tree. Keep them in step
with it. The one difference is that ``.txt`` letters are scored too.

--verbose prints, per document, every disagreement with the value's evidence. The last
line is the overall figure. Exit status 1 when --min-f1 is given and the micro F1 falls
below it, 2 when no document with gold was found.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from offercheck.fields import FIELDS as _CONTRACT_FIELDS
from offercheck.fields import LIST_FIELDS as _CONTRACT_LISTS

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT / "tests" / "letters"
DOC_SUFFIXES = (".pdf", ".docx", ".txt")

# --- agreement rules: a copy of eval/score.py (keep in step) ------------------------------

# The field names are the terms contract's, which the package already lists.
FIELDS = list(_CONTRACT_FIELDS)
LIST_FIELDS = set(_CONTRACT_LISTS)
FUZZY_FIELDS = {"employer", "employee", "job_title", "location", "governing_law"}
PART_FIELDS = {
    "equity": ["kind", "quantity", "value", "vesting_months", "cliff_months"],
    "non_compete": ["present", "duration"],
    "non_solicit": ["present", "duration"],
}
DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
PER_YEAR = {"week": 52.0, "month": 12.0, "year": 1.0}


def _similar(a: str, b: str) -> bool:
    """Alike in words, and not a capture that merely contains the other."""
    short, long_ = sorted((len(a), len(b)))
    return long_ > 0 and short / long_ >= 0.5 and fuzz.token_set_ratio(a, b) >= 85


def _empty(v) -> bool:
    return v is None or v == [] or v == {} or v == ""


def _num(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).replace(",", ""))
    except ValueError:
        return None


def _close(a, b, rel=0.005) -> bool:
    x, y = _num(a), _num(b)
    if x is None or y is None:
        return False
    return abs(x - y) <= rel * max(abs(x), abs(y), 1e-9)


def _norm_str(v) -> str:
    return " ".join(str(v).lower().replace(",", " ").replace(".", " ").split())


def _days(d):
    if not isinstance(d, dict):
        return None
    v, unit = _num(d.get("value")), str(d.get("unit", "")).rstrip("s")
    if v is None or unit not in DAYS:
        return None
    return v * DAYS[unit]


def _scalar_agrees(gold, pred, fuzzy: bool = False) -> bool:
    if isinstance(gold, bool) or isinstance(pred, bool):
        return gold is pred or gold == pred
    if isinstance(gold, (dt.date, dt.datetime)):
        return str(gold)[:10] == str(pred)[:10]
    if isinstance(gold, (int, float)):
        return _close(gold, pred)
    if fuzzy:
        g, p = _norm_str(gold), _norm_str(pred)
        if _similar(g, p):
            return True
        g0, p0 = str(gold).split(",")[0], str(pred).split(",")[0]  # a place's city
        return "," in f"{gold}{pred}" and _similar(_norm_str(g0), _norm_str(p0))
    return str(gold).strip().casefold() == str(pred).strip().casefold()


def _salary_agrees(gold: dict, pred: dict) -> bool:
    if str(gold.get("currency", "")).upper() != str(pred.get("currency", "")).upper():
        return False
    gp, pp = gold.get("period"), pred.get("period")
    if gp == pp and _close(gold.get("amount"), pred.get("amount")):
        return True
    if gp in PER_YEAR and pp in PER_YEAR:
        ga, pa = _num(gold.get("amount")), _num(pred.get("amount"))
        if ga is not None and pa is not None:
            return _close(ga * PER_YEAR[gp], pa * PER_YEAR[pp], rel=0.01)
    return False


def agrees(fld: str, gold, pred) -> bool:
    if not isinstance(gold, dict):
        if isinstance(pred, dict):
            return False
        return _scalar_agrees(gold, pred, fuzzy=fld in FUZZY_FIELDS)
    if not isinstance(pred, dict):
        return False
    if fld == "base_salary":
        return _salary_agrees(gold, pred)
    if set(gold) <= {"value", "unit"}:
        g, p = _days(gold), _days(pred)
        return g is not None and p is not None and abs(g - p) <= 0.03 * max(g, p)
    for key, gv in gold.items():
        if _empty(gv):
            continue
        pv = pred.get(key)
        if _empty(pv):
            return False
        if isinstance(gv, dict):
            if not agrees(key, gv, pv):
                return False
        elif key == "currency":
            if str(gv).upper() != str(pv).upper():
                return False
        elif not _scalar_agrees(gv, pv):
            return False
    return True


def score_doc(gold: dict, terms: dict) -> dict[str, list[int]]:
    """Per field: [hits, misses, false alarms]. ``terms`` is the JSON contract's "terms"."""
    counts: dict[str, list[int]] = {}
    for fld in FIELDS:
        g = gold.get(fld)
        entry = terms.get(fld)
        p = entry.get("value") if isinstance(entry, dict) and "value" in entry else entry
        c = [0, 0, 0]
        if fld in PART_FIELDS and (isinstance(g, dict) or isinstance(p, dict)):
            gd = g if isinstance(g, dict) else {}
            pd = p if isinstance(p, dict) else {}
            for part in PART_FIELDS[fld]:
                gv, pv = gd.get(part), pd.get(part)
                if part == "value" and not _empty(gv):  # a grant's value carries its currency
                    gv, pv = {"amount": gv, "currency": gd.get("currency")}, (
                        {"amount": pv, "currency": pd.get("currency")} if not _empty(pv) else None)
                if _empty(gv) and _empty(pv):
                    continue
                if _empty(pv):
                    c[1] += 1
                elif _empty(gv):
                    c[2] += 1
                elif agrees(part, gv, pv):
                    c[0] += 1
                else:
                    c[1] += 1
                    c[2] += 1
        elif fld in LIST_FIELDS:
            gs = {str(x).lower() for x in (g or [])}
            ps = {str(x).lower() for x in (p or [])} if isinstance(p, list) else set()
            c = [len(gs & ps), len(gs - ps), len(ps - gs)]
        elif _empty(g) and _empty(p):
            pass
        elif _empty(p):
            c = [0, 1, 0]
        elif _empty(g):
            c = [0, 0, 1]
        elif agrees(fld, g, p):
            c = [1, 0, 0]
        else:
            c = [0, 1, 1]
        counts[fld] = c
    return counts


def prf(h: int, m: int, f: int) -> tuple[float, float, float]:
    p = h / (h + f) if h + f else 1.0
    r = h / (h + m) if h + m else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- running the extractor ----------------------------------------------------------------

@dataclass
class DocResult:
    id: str
    path: Path
    gold: dict
    gold_evidence: dict
    terms: dict
    """The terms as the JSON contract writes them: field -> {value, evidence, confidence}."""
    counts: dict[str, list[int]]
    bad_evidence: list[str] = field(default_factory=list)
    """Evidence that is not a verbatim slice of the document text."""
    error: str | None = None


@dataclass
class Scores:
    docs: list[DocResult]
    totals: dict[str, list[int]]

    @property
    def micro(self) -> tuple[float, float, float]:
        return prf(*(sum(t[i] for t in self.totals.values()) for i in range(3)))

    @property
    def macro_f1(self) -> float:
        scored = [prf(*self.totals[f])[2] for f in FIELDS if sum(self.totals[f])]
        return sum(scored) / len(scored) if scored else 0.0


def find_docs(root: Path) -> list[tuple[str, Path, dict]]:
    docs = []
    for gold_path in sorted(root.glob("*/gold.yaml")):
        folder = gold_path.parent
        found = [p for p in sorted(folder.iterdir())
                 if p.suffix.lower() in DOC_SUFFIXES and p.stem == folder.name]
        if found:
            docs.append((folder.name, found[0], yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}))
    return docs


def evidence_problems(extraction) -> list[str]:
    """Evidence of any term that is not exactly document.text[start:end]."""
    text = extraction.document.text
    out = []
    for fld, term in extraction.terms.items():
        for e in term.evidence:
            if text[e.start:e.end] != e.text:
                out.append(f"{fld}: evidence {e.text!r} != text[{e.start}:{e.end}] {text[e.start:e.end]!r}")
    return out


def score(root: Path = DEFAULT_DIR) -> Scores:
    from offercheck.api import extract_terms
    from offercheck.errors import OffercheckError
    from offercheck.render.json import terms_json

    results = []
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for doc_id, path, gold_file in find_docs(root):
        gold = gold_file.get("fields") or {}
        terms, bad, error = {}, [], None
        try:
            extraction = extract_terms(path)
            terms = json.loads(json.dumps(terms_json(extraction), default=str))
            bad = evidence_problems(extraction)
        except OffercheckError as e:
            error = str(e)
        counts = score_doc(gold, terms)
        for fld, c in counts.items():
            for i in range(3):
                totals[fld][i] += c[i]
        results.append(DocResult(doc_id, path, gold, gold_file.get("evidence") or {}, terms, counts, bad, error))
    return Scores(results, dict(totals))


def _quote(entry) -> str:
    ev = entry.get("evidence") if isinstance(entry, dict) else None
    if not ev:
        return ""
    ev = ev if isinstance(ev, list) else [ev]
    return " / ".join(" ".join(str(e.get("text", "")).split()) for e in ev)


def disagreements(doc: DocResult) -> list[dict]:
    """One record per field with a miss or a false alarm: gold, got, and both quotes."""
    out = []
    for fld, c in doc.counts.items():
        if c[1] or c[2]:
            entry = doc.terms.get(fld)
            got = entry.get("value") if isinstance(entry, dict) else entry
            gold_q = doc.gold_evidence.get(fld)
            if isinstance(gold_q, list):
                gold_q = " / ".join(map(str, gold_q))
            out.append({"field": fld, "gold": doc.gold.get(fld), "got": got,
                        "gold_evidence": gold_q, "got_evidence": _quote(entry),
                        "misses": c[1], "false_alarms": c[2]})
    return out


def table(scores: Scores) -> str:
    lines = [f"{'field':26} {'P':>6} {'R':>6} {'F1':>6}  hits miss false"]
    for fld in FIELDS:
        h, m, f = scores.totals.get(fld, [0, 0, 0])
        if h + m + f:
            p, r, f1 = prf(h, m, f)
            lines.append(f"{fld:26} {p:6.3f} {r:6.3f} {f1:6.3f}  {h:4} {m:4} {f:5}")
    return "\n".join(lines)


def summary(scores: Scores) -> str:
    p, r, f1 = scores.micro
    failed = sum(1 for d in scores.docs if d.error)
    return (f"micro F1 {f1:.3f} (P {p:.3f} R {r:.3f}), macro F1 {scores.macro_f1:.3f}, "
            f"over {len(scores.docs)} documents, {failed} failed")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path, nargs="?", default=DEFAULT_DIR)
    ap.add_argument("--verbose", action="store_true", help="show every disagreement with its evidence")
    ap.add_argument("--min-f1", type=float)
    ap.add_argument("--json", type=Path, help="write per-document disagreements and figures as JSON")
    args = ap.parse_args(argv)

    scores = score(args.dir)
    if not scores.docs:
        print(f"no documents with gold.yaml under {args.dir}", file=sys.stderr)
        return 2
    for doc in scores.docs:
        h, m, f = (sum(c[i] for c in doc.counts.values()) for i in range(3))
        if doc.error:
            print(f"{doc.id}: FAILED ({doc.error[:160]})")
        elif args.verbose:
            print(f"{doc.id}: hits {h}, misses {m}, false alarms {f}")
        if args.verbose:
            for d in disagreements(doc):
                print(f"    {d['field']}: gold={d['gold']!r} got={d['got']!r}")
                if d["gold_evidence"]:
                    print(f"        gold says: {d['gold_evidence']}")
                if d["got_evidence"]:
                    print(f"        got from:  {d['got_evidence']}")
        for problem in doc.bad_evidence:
            print(f"{doc.id}: BAD EVIDENCE {problem}")
    print()
    print(table(scores))
    if args.json:
        p, r, f1 = scores.micro
        args.json.write_text(json.dumps({
            "micro": {"p": p, "r": r, "f1": f1}, "macro_f1": scores.macro_f1,
            "fields": {f: dict(zip(("hits", "misses", "false_alarms"), scores.totals[f])) for f in FIELDS},
            "docs": {d.id: {"error": d.error, "bad_evidence": d.bad_evidence, "disagreements": disagreements(d)}
                     for d in scores.docs},
        }, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(summary(scores))
    if args.min_f1 is not None and scores.micro[2] < args.min_f1:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
