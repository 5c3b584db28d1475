"""Places of work as typed candidates: every town a gazetteer knows, found in the sentences
that say where the job is, scored by the words around it.

The location rules read the phrasings they were written for ("Location: ...", "you will
be based at ..."). Letters say it in many other ways ("Your base is our Wellington
office", "at our Cavehill Road surgery in Belfast", "the Midtown Atlanta office"), and a
rule's capture is sometimes a district or a site rather than the town ("Gachibowli office,
Hyderabad"). A town is a closed class: GeoNames lists every one of 5,000 people or more
(``normalize/gazetteer.py``), so a town named in a sentence about where the work is done
is a place of work, whatever the wording around it.

Each mention is scored by where it stands: in a "Location:" or "Place of work" line, after
a word that places the job ("based", "located", "work from", "report to"), beside a site
("our ... office in", "the ... depot"), in a sentence about the job; never in a sentence
about the employer's registered office, the governing law, the candidate's move or travel.
The best fills ``location`` where the rules found none, or replaces a rule's capture that
names no known town where a known one stands in the same words ("Gachibowli office,
Hyderabad" is Hyderabad). Lookups are a binary search in the sorted file, read once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from offercheck.model import Finding, Reason, Term
from offercheck.normalize.gazetteer import REGIONS as _REGIONS
from offercheck.normalize.gazetteer import is_town, lookup, population
from offercheck.sentences import sentence_bounds

MIN_SCORE = 0.6
"""A mention scoring less is not a place of work."""

# words that say where the job is done; a town after one of them in its sentence is the
# place of work
_PLACING = re.compile(
    r"(?i)\b(?:(?:based|located|situated|stationed|posted|deployed)(?:\s+\w+ly)?\s+(?:at|in|from|out\s+of|within)|"
    r"work(?:s|ed|ing)?\s+(?:\w+\s+)?(?:at|in|from|out\s+of)|"
    r"place\s+of\s+(?:work|employment|posting|assignment|duty)|(?:work|job|office|primary|posting)\s+location|"
    r"workplace|work\s*site|(?:your|the|our)\s+base\s+(?:is|will\s+be)|report(?:ing)?\s+(?:for\s+work\s+)?(?:to|at)\s+"
    r"(?:our|the)|duty\s+station|head\s*quartered\s+at|home\s+office\s+(?:is|will\s+be))\b")
# a line that is a label or heading for the place of work: "Location:", "Place of work |"
_LABEL = re.compile(
    r"(?im)^[ \t]*(?:[•·▪◦*\-–][ \t]*)?(?:\d+(?:\.\d+)*\.?[ \t]+|\(?[a-z]\)[ \t]+)?(?:(?:primary|main|normal|principal|usual)\s+)?"
    r"(?:(?:work|job|office|posting|base)\s+)?(?:location|place\s+of\s+(?:work|employment|posting|assignment)|"
    r"work\s*place|work\s*site|base|posting|assignment(?=[ \t]*[:|]))[ \t]*(?::|\||\n|[ \t]{2,}|$)")
_SITE = (r"office|offices|premises|headquarters|HQ|site|branch|campus|depot|warehouse|plant|store|shop|"
         r"facility|factory|studio|kitchen|surgery|clinic|practice|hospital|restaurant|hotel|centre|center|"
         r"showroom|yard|mill|works|laboratory|lab|distribution\s+(?:centre|center)|hub|terminal|base|bakery|caf[eé]|"
         r"salon|pharmacy|school|ward|gym|hotel|venue|site\s+office|branch\s+office|service\s+centre|refinery|"
         r"smelter|quarry|dockyard|shipyard|airport")
# "our Atlanta office", "the Belfast surgery", "Calgary head office": a town naming a site
_SITE_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’.\-]*){0,2}(?:,[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*)?)?[ \t]+"
                         r"(?:(?:head|main|regional|central|city|corporate|production|distribution|local)\s+)?"
                         r"(?i:" + _SITE + r")\b")
# "office in Denver", "our ... studio in Denver, Colorado", "surgery in Belfast", and with the
# street between: "our clinic on Harbour Road in Sligo", "our shop on Main Street, Dundee"
_STREET_NAMED = (r"(?:\s+on\s+(?:[A-Z][\w'’.\-]*\s+){1,3}?(?i:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|"
                 r"way|highway|parade|terrace|crescent)\.?(?:\s+(?-i:N|S|E|W|NE|NW|SE|SW)\b)?)?")
_SITE_BEFORE = re.compile(r"(?i)\b(?:" + _SITE + r")(?:\s+\([^)]{1,30}\))?" + _STREET_NAMED +
                          r"(?:\s*,\s*|\s+(?:in|at|of)\s+)(?:\d[\w\-/]*\s+)?(?:[A-Z][\w'’.\-]*\s+){0,4}$")
_ABOUT_JOB = re.compile(r"(?i)\b(?:you|your|the\s+employee|the\s+executive|position|role|job|post|appointment|"
                        r"employment|team|we)\b")
# a sentence about anything but the place of work
_ELSEWHERE = re.compile(
    r"(?i)\b(?:registered\s+(?:office|address)|incorporated|organi[sz]ed\s+under|governed|governing|laws?\s+of|"
    r"courts?|tribunals?|jurisdiction|venue|arbitrat\w*|relocat\w*|mov(?:e|ing)\s+from|travel\w*|visa|"
    r"residen(?:ce|cy|ts?|tial)|reside|citizen\w*|nationality|born|studied|home\s+address|"
    r"occasional\w*|from\s+time\s+to\s+time|other\s+(?:locations?|offices?|sites?|places?)|anywhere|"
    r"temporar\w*|second(?:ed|ment)|transfer\w*|client\s+sites?|previous|former|currently\s+(?:live|work))\b")
_RUN = re.compile(r"[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|(?:upon|on|de|la|del|of|the|am|sur|en)\b))*")
_REGION_AFTER = re.compile(r",?[ \t]+([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})")
_NOT_TOWN = frozenset("""
    The This That Our Your Its Their Company Employer Employee Executive Office Head Main Street Road Avenue
    Suite Floor Level Unit Building House Centre Center Park Place Base Salary Bonus Notice Section Schedule
    Agreement Letter Offer Terms Date Start Work Location Site Store Branch Union Victoria Georgia Jersey
    Washington Lincoln Jackson Franklin Hamilton Clinton Madison Monroe Marion Warren Florence
    Independence Liberty Commerce Industry Opportunity Welcome Friendship Enterprise Progress Mobile Reading
    Bath Deal Sale Street Wells Cobham Weston March May June August Christmas Easter Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February April July September October November December
    Human Resources Manager Director Officer President Chief Dear Sincerely Regards Mr Mrs Ms Dr
    """.split())
"""Capitalised words that are also towns somewhere but in a letter are most often something
else (a weekday, a surname, a role, a heading, a state); they count as a town only after
a placing word or a label ("based in Reading")."""
@dataclass(frozen=True)
class Mention:
    name: str     # the town as the gazetteer spells it
    region: str   # the region written after it, or ""
    start: int
    end: int      # through the region where there is one


def towns_in(text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """Every known town in ``text[lo:hi]``, longest first where names overlap, with the
    region written after it.

    >>> [(m.name, m.region) for m in towns_in('at our Midtown Atlanta office and in Denver, Colorado.')]
    [('Atlanta', ''), ('Denver', 'Colorado')]
    """
    hi = len(text) if hi is None else hi
    out: list[Mention] = []
    for run in _RUN.finditer(text, lo, hi):
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", run.group())]
        i = 0
        while i < len(words):
            small = _small_town(text, run, words, i)
            if small is not None:
                out.append(small)
                break
            j = _longest_town(run.group(), words, i)
            if j is None or (len(words) > 1 and run.group()[words[i][0]:words[j][1]] in _NOT_TOWN):
                i += 1
                continue
            s, e = run.start() + words[i][0], run.start() + words[j][1]
            e = s + len(text[s:e].rstrip(".,'’"))
            if (not out or s >= out[-1].end) and not _part_of_a_name(run.group(), words, j):
                out.append(_with_region(text, text[s:e], s, e))
            i = j + 1
    return out


_SITE_WORD = re.compile(r"(?i)(?:" + _SITE + r"|head|main|regional|central|city|metro|area|region)$")


def _part_of_a_name(run: str, words: list[tuple[int, int]], j: int) -> bool:
    """Whether the capitalised word after a town in its run makes it part of a longer name
    ("Vice President", "Beaumont Enterprise Centre", "Reading Road"), not a town: any word
    but a site's ("Atlanta Office") or a region ("Denver Colorado")."""
    last = run[words[j][0]:words[j][1]]
    if j + 1 >= len(words) or run[words[j][1]:words[j][1] + 1] in ",." or (last.endswith(".") and len(last) > 4):
        return False  # a comma or a full stop ends the name ("... in Bacolod City. The post ..."), not "St."
    nxt = run[words[j + 1][0]:words[j + 1][1]].rstrip(".,'’")
    return not (_SITE_WORD.match(nxt) or nxt in _REGIONS or not nxt[:1].isupper())


_STATE = frozenset(r for r in _REGIONS if len(r) > 3 and r not in ("Victoria", "Georgia", "Washington", "Delhi"))
_STREETISH = re.compile(r"(?i)\b(?:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way|court|suite|floor|"
                        r"level|unit|building|house|tower|(?:business|industrial|office|science|technology|retail)\s+park|centre|center|plaza|square|county|city\s+of)\.?$")


def _small_town(text: str, run: re.Match, words: list[tuple[int, int]], i: int) -> Mention | None:
    """A town too small for the gazetteer, known by the state or province written after it
    ("Bedford Park, Illinois"): the last one to three words of a run before ", <state>"."""
    if len(words) - i > 3 or run.group()[words[i][0]:words[i][1]] in _NOT_TOWN:
        return None
    name = run.group()[words[i][0]:].rstrip(".,'’")
    m = _REGION_AFTER.match(text, run.start() + words[i][0] + len(name))
    if not m or text[run.start() + words[i][0] + len(name)] != "," or _STREETISH.search(name):
        return None
    region = " ".join(m.group(1).split()[:3])
    for cut in range(len(region.split()), 0, -1):
        part = " ".join(region.split()[:cut])
        if part in _STATE:
            s = run.start() + words[i][0]
            return Mention(name, part, s, m.start(1) + len(part))
    return None


def _longest_town(run: str, words: list[tuple[int, int]], i: int) -> int | None:
    """The last word of the longest known town starting at word ``i`` of a capitalised run."""
    for j in range(min(len(words), i + 4) - 1, i - 1, -1):
        name = run[words[i][0]:words[j][1]].rstrip(".,'’")
        if name[:1].isupper() and is_town(name):
            return j
    return None


def _with_region(text: str, name: str, s: int, e: int) -> Mention:
    m = _REGION_AFTER.match(text, e)
    if m and text[e] == ",":
        region = " ".join(m.group(1).split()).rstrip(".")
        for cut in range(len(region.split()), 0, -1):
            part = " ".join(region.split()[:cut])
            if _is_region(part):
                return Mention(name, part, s, m.start(1) + len(part))
    return Mention(name, "", s, e)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a mention, read from a window of the text (a contract can be long)."""
    lo, hi = max(0, start - 400), min(len(text), end + 300)
    for a, b in sentence_bounds(text[lo:hi]):
        if a <= start - lo < b or (start - lo < a):
            return lo + a, max(lo + b, end)
    return start, end


_TOWN_AFTER_SITE = re.compile(r"(?:,[ \t]*|[ \t]+(?:in|at)[ \t]+)(?=[A-Z])")
"""After a site: the town it is in ("our Chakan plant, Pune", "our Epping depot in Cape Town")."""
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:but|however|although|though|while|whilst)\b|\.\s+However\b")


def _clause(sentence: str, at: int) -> str:
    """The clause of a sentence holding offset ``at``: between semicolons or a "but"."""
    cuts = [0, *(c.start() for c in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    for a, b in zip(cuts, cuts[1:]):
        if a <= at < b:
            return sentence[a:b]
    return sentence


def _score(text: str, m: Mention, sections) -> tuple[float, tuple[Reason, ...]]:
    s, e = _sentence(text, m.start, m.end)
    before, sentence = text[s:m.start], text[s:e]
    line_start = text.rfind("\n", 0, m.start) + 1
    prev_line = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:line_start]
    reasons: list[Reason] = []
    label = _LABEL.match(text[line_start:m.start] + "\n") or (not text[line_start:m.start].strip()
                                                            and _LABEL.fullmatch(prev_line.strip() + "\n"))
    if label:
        reasons.append(Reason("'a place-of-work label'", 0.45))
    elif _ELSEWHERE.search(_clause(sentence, m.start - s)):
        return 0.0, (Reason("'about somewhere else'", -1.0),)
    placed = _PLACING.search(before[-100:]) is not None
    if placed:
        reasons.append(Reason("'a word placing the job'", 0.35))
    site = _SITE_AFTER.match(text, m.end)
    if site and _TOWN_AFTER_SITE.match(text, site.end()) and towns_in(text, site.end(), site.end() + 60):
        return 0.0, (Reason("'a site named after a place, in a town named next'", -1.0),)
    if site and re.search(re.escape(text[m.start:site.end()]) + r"[ \t]+[A-Z]", text):
        return 0.0, (Reason("'the start of a longer name (the employer's, say)'", -1.0),)
    if site or _SITE_BEFORE.search(before[-80:]):
        reasons.append(Reason("'a site of the employer'", 0.2))
    if _ABOUT_JOB.search(sentence):
        reasons.append(Reason("'a sentence about the job'", 0.1))
    if re.search(r"(?i)\b(?:location|place\s+of\s+work|where\s+you(?:['’]ll|\s+will)\s+work)\b", sections.heading(m.start)):
        reasons.append(Reason("'under a place-of-work heading'", 0.25))
    if m.region:
        reasons.append(Reason("'a town with its region'", 0.05))
    if m.name in _NOT_TOWN and not (label or placed):
        return 0.0, (Reason("'a word that is seldom a town'", -1.0),)
    return 0.3 + sum(r.delta for r in reasons), tuple(reasons)


_CUE = re.compile(_PLACING.pattern + "|" + _LABEL.pattern.replace("(?im)", "") + r"|(?i:\b(?:" + _SITE + r")\b)",
                  re.I | re.M)


def workplace_candidates(text: str, country: str | None = None) -> list[tuple[Mention, float, tuple[Reason, ...]]]:
    """Every town in a sentence that has a placing word, a label or a site, with its score,
    best first (the earliest among equals)."""
    from offercheck.sections import Sections

    sections = Sections(text)
    seen: set[int] = set()
    out = []
    for cue in _CUE.finditer(text):
        s, e = _sentence(text, cue.start(), cue.end())
        line_end = text.find("\n", cue.end())
        e = max(e, len(text) if line_end < 0 else min(line_end, cue.end() + 120))
        if cue.group().strip().endswith(("\n",)) or text[cue.end() - 1:cue.end()] == "\n":
            nxt = text.find("\n", cue.end())
            e = max(e, len(text) if nxt < 0 else nxt)
        for m in towns_in(text, s, e):
            if m.start in seen or not plausible(m, text, country):
                continue
            seen.add(m.start)
            score, reasons = _score(text, m, sections)
            if score >= MIN_SCORE:
                out.append((m, round(score, 2), reasons))
    return sorted(out, key=lambda c: (-c[1], c[0].start))


BIG = 100_000
"""A town this size is known by name anywhere; a smaller one counts where the letter's own
country has a town of that name."""


def _is_region(part: str) -> bool:
    """A state, province or region written after a town, or a country."""
    return part in _REGIONS or any(pop < 0 for _, pop in lookup(part))


def plausible(m: Mention, text: str, country: str | None) -> bool:
    """Whether a mention is likely the town and not a word or a far-away namesake: a word the
    letter also writes in lower case ("Street", "Officer", "As") or of three letters or
    fewer must be a big town; a smaller town must be in the letter's country (where known).

    >>> text = "As agreed, you will be based at our office in As."
    >>> plausible(Mention('As', '', 47, 49), text, 'BE')
    False
    """
    pops = [(cc, pop) for cc, pop in lookup(m.name) if pop >= 0]
    big = population(m.name) >= BIG
    if len(m.name) <= 3 or (" " not in m.name and re.search(r"\b" + re.escape(m.name.lower()) + r"\b", text)):
        return big
    if m.region in _REGIONS:
        return True  # "Bedford Park, Illinois": the state vouches for the town
    if country is None:
        return big or population(m.name) >= 15_000
    return big or any(cc == country for cc, _ in pops)


def _value(m: Mention) -> str:
    return f"{m.name}, {m.region}" if m.region else m.name


def _names_a_place(value: str, text: str, country: str | None) -> bool:
    """Whether a rule's capture names a likely town (in any of its words: "Midtown Atlanta")
    or a region after a comma ("Round Mountain, Nevada")."""
    parts = [p.strip() for p in value.split(",")]
    return (any(w not in _NOT_TOWN and is_town(w) and plausible(Mention(w, "", 0, 0), text, country)
                for w in _sub_names(parts[0]))
            or any(_is_region(p) or _is_region(re.sub(r"^(?:Co\.?|County)\s+", "", p))
                   or (p.startswith(("Co. ", "County ")) and is_town(p.split(None, 1)[1])) for p in parts[1:]))


def _sub_names(words: str) -> list[str]:
    parts = words.split()
    return [" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]


_BRACKET_AFTER = re.compile(r"[ \t]*\(([A-Z][\w'’. \-]{2,40})\)")


def _city_in_brackets(current: Term, document) -> Term | None:
    """"Brunswick (Melbourne)": a suburb with its city in brackets after it is the city, where
    the bracket names a bigger town than the capture."""
    for ev in current.evidence:
        at = document.text.find(str(current.value).split(",")[0], ev.start, ev.end + 1)
        if at < 0:
            continue
        m = _BRACKET_AFTER.match(document.text, at + len(str(current.value).split(",")[0]))
        if not m:
            continue
        city, mine = m.group(1).strip(), str(current.value).split(",")[0]
        if population(city) >= BIG and population(city) > population(mine):
            new = document.evidence(m.start(1), m.end(1))
            finding = Finding("location", city, (new,), "places.location", "city-in-brackets", 0.3, 0.8,
                              (Reason("'the city in brackets after a suburb'", 0.5),))
            return Term("location", city, (new,), finding.score, finding, ())
    return None


def fill_location(terms: dict[str, Term], document, jurisdiction: str | None = None) -> dict[str, Term]:
    """``location`` from the best town in a sentence about the place of work, where the rules
    found none, or where the rules' capture names no known town but one stands in the
    same words (a district or site before the town)."""
    current = terms.get("location")
    text = document.text
    country = {"UK": "GB"}.get(jurisdiction or "", jurisdiction)
    country = country and country[:2]
    bracketed = _city_in_brackets(current, document) if current is not None else None
    if bracketed is not None:
        return {**terms, "location": bracketed}
    if current is not None and _names_a_place(str(current.value), text, country):
        return terms
    cands = workplace_candidates(text, country)
    if current is not None:
        spans = [(ev.start, ev.end) for ev in current.evidence]
        lo = min(s for s, _ in spans) if spans else 0
        hi = max(e for _, e in spans) if spans else 0
        s, e = _sentence(text, lo, hi)
        cands = [c for c in cands if s <= c[0].start < max(e, hi)]
    if not cands:
        return terms
    m, score, reasons = cands[0]
    ev = document.evidence(m.start, m.end)
    value = _value(m)
    finding = Finding("location", value, (ev,), "places.location", "town-candidate", 0.3,
                      round(min(0.9, score), 2), reasons)
    out = dict(terms)
    out["location"] = Term("location", value, (ev,), finding.score, finding, ())
    return out
