"""Towns by name: every town of 5,000 people or more that GeoNames lists, with its country
and population (``data/places.tsv``, built by ``scripts/build_places.py``; CC BY 4.0).

The file is sorted, read once and searched by bisection: no table is built at start-up.
The place-of-work normalizer uses it to tell a town from a district before it ("Westlands,
Nairobi"), and ``places.py`` to find the towns a letter names.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from importlib import resources


REGIONS = frozenset(r.strip() for r in """
    Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia, Hawaii,
    Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan,
    Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico,
    New York, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island,
    South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia,
    Wisconsin, Wyoming, District of Columbia, D.C., DC, AL, AK, AZ, AR, CA, CO, CT, DE, FL, GA, HI, ID, IL, IN,
    IA, KS, KY, LA, ME, MD, MA, MI, MN, MS, MO, MT, NE, NV, NH, NJ, NM, NY, NC, ND, OH, OK, OR, PA, RI, SC, SD,
    TN, TX, UT, VT, VA, WA, WV, WI, WY, Alberta, British Columbia, Manitoba, New Brunswick,
    Newfoundland and Labrador, Nova Scotia, Ontario, Prince Edward Island, Quebec, Québec, Saskatchewan,
    Yukon, AB, BC, MB, NB, NL, NS, ON, PE, QC, SK, New South Wales, Queensland, South Australia, Tasmania,
    Victoria, Western Australia, Northern Territory, Australian Capital Territory, NSW, QLD, SA, TAS, VIC,
    WA, NT, ACT, England, Scotland, Wales, Northern Ireland, Maharashtra, Karnataka, Tamil Nadu, Telangana,
    Gujarat, Kerala, Haryana, Uttar Pradesh, West Bengal, Rajasthan, Punjab, Delhi, Andhra Pradesh,
    Madhya Pradesh, Odisha, Selangor, Penang, Johor, Metro Manila, Gauteng, Western Cape, KwaZulu-Natal""".split(","))
"""States, provinces and regions a letter writes after a town ("Denver, Colorado")."""


@lru_cache(maxsize=1)
def _rows() -> list[str]:
    text = resources.files("offercheck").joinpath("data/places.tsv").read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]


def lookup(name: str) -> list[tuple[str, int]]:
    """(country code, population) of every town of that exact name; a country has population -1.

    >>> lookup('Hyderabad')[0][0], lookup('Nowhereville-upon-Sea')
    ('IN', [])
    """
    rows, key = _rows(), name + "\t"
    i, out = bisect.bisect_left(rows, key), []
    while i < len(rows) and rows[i].startswith(key):
        _, cc, pop = rows[i].split("\t")
        out.append((cc, int(pop)))
        i += 1
    return out


def is_town(name: str) -> bool:
    """Whether ``name`` is a town (not a country) the gazetteer knows.

    >>> is_town('Townsville'), is_town('Gachibowli'), is_town('India')
    (True, False, False)
    """
    return any(pop >= 0 for _, pop in lookup(name))


def population(name: str) -> int:
    """The largest town of that name's population; 0 where no town has the name.

    >>> population('Nairobi') > population('Westlands')
    True
    """
    return max((pop for _, pop in lookup(name)), default=0)
