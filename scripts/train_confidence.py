#!/usr/bin/env python3
"""Train the confidence model (offercheck/confidence.py) and print its calibration table.

    python scripts/train_confidence.py ../shared/corpus/dev tests/letters tests/letters_unseen \
        [--folds 5] [--write src/offercheck/data/confidence.json] [--dump ROWS.json] [--add ROWS.json ...]

Each folder holds one folder per document with its gold.yaml (the corpus format). Every
term the extraction gives becomes one example: its features (confidence.features) and
whether it is right by the scorer's agreement rules (a list is right when every item is).
The calibration table and the ranking figures come from document-level
cross-validation: each document's terms are scored by a model that never saw that
document. --write then fits on every document and writes the coefficients. Needs
scikit-learn (a developer tool, not a dependency of the package); deterministic.

Rules tuned on a corpus are right on it nearly always, so a model trained only on their
output learns that everything is right. --dump writes the examples of one run, and --add
brings in those of another: an earlier rule set's run over the same documents (with
PYTHONPATH pointing at that checkout's src, this file's features copied in) shows what
wrong values look like to rules that had not seen the letters. Rows of one document stay
in one fold, whichever run they come from.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

BANDS = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.5, 0.7), (0.0, 0.5)]


def examples(folders: list[Path]):
    """(group, field, features, right, rule confidence) for every term of every document."""
    import score_letters as scorer
    from offercheck.api import extract_terms
    from offercheck.confidence import features
    from offercheck.render.json import term_value

    out = []
    for folder in folders:
        for doc_id, path, gold in scorer.find_docs(folder):
            gold = gold.get("fields", gold)
            try:
                try:
                    ex = extract_terms(path, raw_confidence=True)
                except TypeError:  # an earlier rule set, from before calibration
                    ex = extract_terms(path)
            except Exception as e:  # noqa: BLE001 - a dev tool: report and go on
                print(f"{doc_id}: {e}", file=sys.stderr)
                continue
            findings = list(ex.findings)
            for field, term in ex.terms.items():
                g, p = gold.get(field), term_value(term)
                if field in scorer.LIST_FIELDS:
                    have = {str(x).lower() for x in g or []}
                    right = bool(p) and all(str(x).lower() in have for x in p)
                else:
                    right = not scorer._empty(g) and scorer.agrees(field, g, p)
                out.append((f"{folder.name}/{doc_id}", field, features(term, findings), bool(right),
                            term.confidence))
    return out


def table(probs, labels, title: str) -> list[str]:
    counts = defaultdict(lambda: [0, 0])
    for p, y in zip(probs, labels):
        band = next(b for b in BANDS if b[0] <= p < b[1])
        counts[band][0] += y
        counts[band][1] += 1
    lines = [title, f"  {'confidence':<11} {'values':>6} {'right':>6} {'share':>7}"]
    for band in BANDS:
        r, n = counts[band]
        lines.append(f"  {band[0]:.2f}-{min(band[1], 1.0):.2f}   {n:6} {r:6} {r / n if n else 0:7.1%}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--C", type=float, default=0.5, help="inverse L2 strength")
    ap.add_argument("--write", type=Path, default=None)
    ap.add_argument("--dump", type=Path, default=None, help="write this run's examples as JSON")
    ap.add_argument("--add", type=Path, nargs="*", default=[], help="examples of other runs (--dump)")
    args = ap.parse_args()

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss, roc_auc_score
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler

    rows = examples(args.folders)
    n_own = len(rows)
    if args.dump:
        args.dump.write_text(json.dumps(rows), encoding="utf-8")
    for extra in args.add:
        rows += [tuple(r) for r in json.loads(extra.read_text(encoding="utf-8"))]
    names = sorted(rows[0][2])
    X = np.array([[r[2].get(n, 0.0) for n in names] for r in rows])
    y = np.array([r[3] for r in rows], dtype=int)
    groups = np.array([r[0] for r in rows])  # folder/document: both runs of a document share a fold
    rule_conf = np.array([r[4] for r in rows])

    def fit(Xt, yt):
        scaler = StandardScaler().fit(Xt)
        lr = LogisticRegression(C=args.C, max_iter=2000).fit(scaler.transform(Xt), yt)
        return scaler, lr

    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=args.folds).split(X, y, groups):
        scaler, lr = fit(X[train], y[train])
        oof[test] = lr.predict_proba(scaler.transform(X[test]))[:, 1]

    n_docs = len(set(groups))
    own = slice(0, n_own)
    print(f"{len(y)} values from {n_docs} documents, {y.mean():.1%} right"
          + (f"; this run {n_own} values, {y[own].mean():.1%} right" if n_own < len(y) else ""))
    print("\n".join(table(rule_conf[own], y[own], "rule scores (before), this run:")))
    print("\n".join(table(oof[own], y[own], f"model, {args.folds}-fold cross-validation by document, this run:")))
    if n_own < len(y):
        rest = slice(n_own, len(y))
        print("\n".join(table(oof[rest], y[rest], "model, same folds, the added runs:")))
    print(f"  AUC rule {roc_auc_score(y, rule_conf):.3f} -> model {roc_auc_score(y, oof):.3f}; "
          f"Brier rule {brier_score_loss(y, rule_conf):.3f} -> model {brier_score_loss(y, oof):.3f}")
    wrong_high = [(r[0], r[1]) for r, p in zip(rows[:n_own], oof[:n_own]) if p >= 0.9 and not r[3]]
    for doc, field in wrong_high:
        print(f"  wrong at >= 0.9: {doc} {field}")

    if args.write:
        scaler, lr = fit(X, y)
        model = {"about": "offercheck confidence model; made by scripts/train_confidence.py",
                 "trained_on": f"{len(y)} values, {n_docs} documents",
                 "features": names, "coef": [round(float(c), 6) for c in lr.coef_[0]],
                 "intercept": round(float(lr.intercept_[0]), 6),
                 "mean": [round(float(m), 6) for m in scaler.mean_],
                 "scale": [round(float(s), 6) for s in scaler.scale_]}
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
