"""How often is a term right at each confidence level? (dev tool; needs a scored corpus)

    python scripts/calibration.py ../shared/corpus/dev [--scorer ../shared/eval/score.py] [--blind]

With --blind (for a set written blind that nobody has read yet), the values wrong at 0.9
or more are counted by field only: no document, value or gold is printed.

Runs the extraction in-process on every document with a gold.yaml and, using the
scorer's own agreement rules, counts right and wrong values per confidence band.
A value where gold says null counts as wrong.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--scorer", type=Path, default=None)
    ap.add_argument("--blind", action="store_true", help="name only the fields of wrong values, not the values")
    args = ap.parse_args()
    scorer_path = args.scorer or args.corpus.parent.parent / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("scorer", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    from offercheck.api import extract_terms
    from offercheck.render.json import terms_json

    bands = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.5, 0.7), (0.0, 0.5)]  # a derived value may fall below the rules' 0.5
    counts: dict = defaultdict(lambda: [0, 0])
    wrong: list = []
    for doc_id, path, gold in scorer.find_docs(args.corpus):
        try:
            terms = terms_json(extract_terms(path))
        except Exception as e:  # noqa: BLE001 - a dev report, keep going
            print(f"{doc_id}: {e}", file=sys.stderr)
            continue
        for field, entry in terms.items():
            g, p = gold.get(field), entry["value"]
            if field in scorer.LIST_FIELDS:
                gs = {str(x).lower() for x in g or []}
                ok_items = [str(x).lower() in gs for x in p or []]
                right, total = sum(ok_items), len(ok_items)
            else:
                right = int(not scorer._empty(g) and scorer.agrees(field, g, p)) if not scorer._empty(p) else 0
                total = 1
            band = next(b for b in bands if b[0] <= entry["confidence"] < b[1])
            counts[band][0] += right
            counts[band][1] += total
            if right < total and band == bands[0]:
                wrong.append(field if args.blind else f"{doc_id}: {field} = {p!r} (gold {g!r})")
    print(f"{'confidence':>12} {'right':>6} {'of':>5} {'share':>6}")
    for band in bands:
        r, n = counts[band]
        print(f"{band[0]:>5.2f}-{min(band[1], 1):<5.2f} {r:6} {n:5} {r / n if n else 0:6.1%}")
    if args.blind:
        by_field = {f: wrong.count(f) for f in sorted(set(wrong))}
        print("  wrong at >= 0.9, by field:", ", ".join(f"{f} {n}" for f, n in by_field.items()) or "none")
    else:
        for line in wrong:
            print("  wrong at >= 0.9:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
