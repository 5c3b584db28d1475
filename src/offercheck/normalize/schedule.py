"""A week of work written out as days and clock times, and the breaks taken off it.

``break_hours`` reads the breaks of a day ("an unpaid half hour at midday", "a lunch break
of one hour and fifteen minutes", "a paid 10-minute rest break"): the hours to take off a
day, 0 where they are paid. ``weekly_hours`` reads a whole schedule: one or more groups of
days, each with its clock times and perhaps its own break ("Tuesday and Thursday 9 am to
5.30 pm, each with an unpaid 30-minute meal break, and Saturday 8.30 am to 1.30 pm"), and
sums them. Both are pure and never raise; ``None`` means "not a reading I can trust".

>>> weekly_hours("Monday to Friday, 07:00 to 15:30, including an unpaid 30 minute break")
Decimal('40')
"""
from __future__ import annotations

import re
from decimal import Decimal

from offercheck.normalize.numbers import TIME_SPAN, WORD_NUMBER, never_raises, parse_number, parse_time_span, tidy

__all__ = ["break_hours", "is_meal_or_unpaid", "weekly_hours", "weekday_count"]

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY = r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?s?\b\.?"
"""One day of the week, in full or short, singular or plural ("Tue", "Thursdays")."""

_NUM = rf"(?:\d{{1,3}}(?:\.\d{{1,2}})?|{WORD_NUMBER}|an?)"
_PAREN = r"(?:\s*\(\s*\d{1,3}(?:\.\d{1,2})?\s*\))?"
_HOURS = rf"(?P<h>{_NUM}){_PAREN}[\s-]*(?:hours?|hrs?)\b(?P<half>\s+and\s+a\s+half\b)?"
_MINUTES = rf"(?P<m>{_NUM}){_PAREN}[\s-]*(?:minutes?|mins?)\b"
_MINUTES2 = _MINUTES.replace("?P<m>", "?P<m2>")
_DURATION_RE = re.compile(
    rf"(?i:(?P<halfhour>\bhalf[\s-]+(?:an[\s-]+)?hour)|(?P<threeq>\bthree[\s-]+quarters?\s+of\s+an\s+hour)"
    rf"|(?P<quarter>\ba\s+quarter\s+of\s+an\s+hour|\bquarter[\s-]+hour)"
    rf"|{_HOURS}(?:,?\s*(?:and\s+)?{_MINUTES})?|{_MINUTES2})")
_UNPAID_RE = re.compile(r"(?i)\bunpaid\b|\bnot\s+(?:be\s+)?(?:paid|counted|included|remunerated)\b|\bwithout\s+pay\b"
                        r"|\bexclud(?:ed|ing)\b|\bdeducted\b|\bon\s+your\s+own\s+time\b")
_PAID_RE = re.compile(r"(?i)(?<!un)\bpaid\b|\bcounts?\s+as\s+(?:working|work)\s+time\b|\bon\s+the\s+clock\b"
                      r"|\bincluded\s+in\s+(?:your\s+)?(?:working|paid)\s+(?:hours|time)\b|\bin\s+addition\s+to\b")
_NO_BREAK_RE = re.compile(r"(?i)\bno\s+(?:unpaid\s+)?(?:breaks?|lunch|meal)\b")
_MEAL_RE = re.compile(r"(?i)\b(?:lunch|meal|dinner|midday|mid-day|noon)\b")
_REST_RE = re.compile(r"(?i)\b(?:rest|tea|coffee|comfort|short)\s+breaks?\b")
_BREAK_WORD_RE = re.compile(r"(?i)\b(?:breaks?|lunch|meal|dinner|midday|mid-day|noon|unpaid)\b")


def is_meal_or_unpaid(text: str) -> bool:
    """Whether a break is a meal or said to be unpaid: the break a working day loses."""
    return bool(_MEAL_RE.search(text) or _UNPAID_RE.search(text))


def _duration(text: str) -> Decimal | None:
    m = _DURATION_RE.search(text)
    if m is None:
        return None
    if m.group("halfhour"):
        return Decimal("0.5")
    if m.group("threeq"):
        return Decimal("0.75")
    if m.group("quarter"):
        return Decimal("0.25")
    hours = _number(m.group("h")) if m.group("h") else Decimal(0)
    minutes_text = m.group("m") or m.group("m2")
    minutes = _number(minutes_text) if minutes_text else Decimal(0)
    if hours is None or minutes is None:
        return None
    if m.group("half"):
        hours += Decimal("0.5")
    return hours + minutes / 60


def _tidy(d: Decimal) -> Decimal:
    d = d.quantize(Decimal("0.01"))
    return tidy(d) if d == d.to_integral_value() else d.normalize()


def _number(text: str) -> Decimal | None:
    text = re.sub(r"\s*\(.*\)", "", text).strip()
    return Decimal(1) if text.lower() in ("a", "an") else parse_number(text)


@never_raises
def break_hours(text: str) -> Decimal | None:
    """The hours the breaks a text names take off the working day: each break's length where
    it is unpaid, 0 where it is paid; ``None`` where no length is given. A meal break is unpaid
    unless said to be paid; a rest or tea break is paid unless said to be unpaid, and so is any
    break under half an hour that names no meal. Several breaks are read one by one, and a
    word for them all ("breaks are paid") holds for each that says nothing itself.

    >>> break_hours("with an unpaid 30-minute break"), break_hours("an unpaid half hour at midday")
    (Decimal('0.5'), Decimal('0.5'))
    >>> break_hours("a lunch break of one hour and fifteen minutes"), break_hours("1 hr 15 mins for lunch")
    (Decimal('1.25'), Decimal('1.25'))
    >>> break_hours("a 45-minute meal break that is not paid"), break_hours("a one (1) hour meal break")
    (Decimal('0.75'), Decimal('1'))
    >>> break_hours("a paid 10-minute rest break"), break_hours("two 15-minute rest breaks")
    (Decimal('0'), Decimal('0'))
    >>> break_hours("an hour and a half for lunch"), break_hours("a paid 30-minute lunch")
    (Decimal('1.5'), Decimal('0'))
    >>> break_hours("breaks are paid"), break_hours("a lunch break") is None
    (Decimal('0'), True)
    >>> break_hours("two paid 15-minute rest breaks and an unpaid 30-minute meal break")
    Decimal('0.5')
    >>> break_hours("a 30-minute lunch break, and all breaks are paid")
    Decimal('0')
    """
    if _BREAK_WORD_RE.search(text) is None:
        return None
    if _NO_BREAK_RE.search(text):
        return Decimal(0)
    parts = _break_parts(text)
    said = [p for p in parts if _length(p) is None]  # "all breaks are paid": a word for every break
    paid = any(_PAID_RE.search(p) and not _UNPAID_RE.search(p) for p in said)
    unpaid = any(_UNPAID_RE.search(p) for p in said)
    taken = [_one_break(p, paid, unpaid) for p in parts if _length(p) is not None]
    if not taken:
        return Decimal(0) if paid and not unpaid else None
    if any(t is None for t in taken):
        return None
    total = sum(taken, Decimal(0))
    return _tidy(total) if total == total.quantize(Decimal("0.01")) else total


_PART_CUT = re.compile(r"(?i),\s*(?:and\s+|plus\s+)?|;\s*|\s+(?:and|plus)\s+")


def _break_parts(text: str) -> list[str]:
    """The text cut into its breaks: at commas and "and"s, a piece that names no break
    joined to the one before it ("an hour | and fifteen minutes") or, first, to the next."""
    pieces, cuts, last = [], [], 0
    for m in _PART_CUT.finditer(text):
        pieces.append(text[last:m.start()])
        cuts.append(m.group())
        last = m.end()
    pieces.append(text[last:])
    parts: list[str] = []
    carry = ""
    for i, piece in enumerate(pieces):
        joined = carry + piece
        if _BREAK_WORD_RE.search(piece) is None and _length(piece) is not None and parts == [] and i + 1 < len(pieces):
            carry = joined + cuts[i]  # "one hour | and fifteen minutes for lunch"
        elif _BREAK_WORD_RE.search(piece) is None and parts:
            parts[-1] += cuts[i - 1] + joined
            carry = ""
        else:
            parts.append(joined)
            carry = ""
    if carry:
        parts.append(carry)
    return parts


def _length(text: str) -> Decimal | None:
    return _duration(re.sub(r"(?i)\b(?:un)?paid\s+", "", text))  # "an unpaid hour"


def _one_break(text: str, all_paid: bool, all_unpaid: bool) -> Decimal | None:
    length = _length(text)
    if length is None or not 0 < length <= 3:
        return None
    if _UNPAID_RE.search(text):
        return length
    if _PAID_RE.search(text) or _REST_RE.search(text) or all_paid:
        return Decimal(0)
    if all_unpaid or _MEAL_RE.search(text) or length >= Decimal("0.5"):
        return length
    return Decimal(0)  # a short break that names no meal: a paid rest


# --- the days of a group ------------------------------------------------------------------

_SEP = r"\s*(?:,|/|&|\band\b|\bor\b|\+)\s*(?:and\s+)?"
_EVERY_OTHER = (r"(?P<other>\b(?:alternate|alternating|every\s+(?:other|second)|fortnightly\s+on|"
                r"one\s+in\s+two|every\s+two\s+weeks\s+on)\s+)?")
_COUNT = (rf"(?:\ban?\s+(?=\d|{WORD_NUMBER}))?(?P<count>\b{_NUM}){_PAREN}(?:\s+(?:working\s+|work\s+)?days\s+(?:a|per|each|every|in\s+a|in\s+each)\s+week\b"
          r"|[\s-]+days?\s+(?:working\s+|work\s+)?week\b)")
_DAYS_RE = re.compile(
    rf"(?i:{_COUNT}|{_EVERY_OTHER}(?:(?P<weekdays>\b(?:each\s+|every\s+)?weekdays?\b)"
    rf"|(?P<run>{DAY}\s*(?:to|through|thru|until|till|-|–|—)\s*{DAY})|(?P<list>{DAY}(?:{_SEP}{DAY})*)))"
    # a day named as a day off is not a working day
    rf"(?!\s*(?:,\s*)?(?:(?:is|are|as)\s+(?:your\s+|a\s+|the\s+)?(?:rest|days?\s+off|off|free|weekly\s+off)|off\b|free\b|closed\b))")


def weekday_count(text: str) -> Decimal | None:
    """How many days a day expression names: a run counted ends included, a list by its
    distinct days, "weekdays" 5, "N days a week" N; "alternate Saturdays" is half a day.

    >>> [weekday_count(t) for t in ("Tuesday, Wednesday and Friday", "Tuesdays and Thursdays", "Sun-Thu")]
    [Decimal('3'), Decimal('2'), Decimal('5')]
    >>> weekday_count("alternate Saturdays"), weekday_count("five (5) days a week"), weekday_count("weekdays")
    (Decimal('0.5'), Decimal('5'), Decimal('5'))
    >>> weekday_count("a 4-day week"), weekday_count("a four-day working week")
    (Decimal('4'), Decimal('4'))
    """
    m = _DAYS_RE.fullmatch(text.strip())
    return _days_of(m) if m else None


def _days_of(m: re.Match) -> Decimal | None:
    if m.group("count"):
        n = _number(m.group("count"))
        return n if n is not None and 1 <= n <= 7 and n == n.to_integral_value() else None
    if m.group("weekdays"):
        n = Decimal(5)
    else:
        days = [d.lower()[:3] for d in re.findall(r"[A-Za-z]+", m.group("run") or m.group("list"))]
        days = [d for d in days if d in _WEEKDAYS]
        if m.group("run"):
            n = Decimal((_WEEKDAYS.index(days[1]) - _WEEKDAYS.index(days[0])) % 7 + 1)
        else:
            n = Decimal(len(set(days)))
    return n / 2 if m.group("other") else n


# --- a schedule ---------------------------------------------------------------------------

_NOON = r"(?:12\s*)?(?:noon|midday|mid-day)"
_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?\s?m\.?)?"
SPAN = (rf"(?:{TIME_SPAN}|(?i:(?<![\d.:]){_CLOCK}\s*(?:to|until|till|-|–|—)\s*{_NOON}\b"
        rf"|\b{_NOON}\s*(?:to|until|till|-|–|—)\s*{_CLOCK}(?![\d.:])))")
"""Two clock times, noon and midday among them ("8 am to noon", "midday to 5.30 pm")."""

_TOKEN_RE = re.compile(rf"(?P<span>{SPAN})|(?P<days>{_DAYS_RE.pattern})")
# the clock times of the break itself: "(lunch 12.30 to 1.30)"
_BREAK_SPAN_BEFORE = re.compile(r"(?i)\b(?:lunch|meal|break)(?:\s+(?:break|hour|time|period|interval))?"
                                r"\s*(?:is\s+|will\s+be\s+)?(?:[:–-]\s*)?(?:from\s+|between\s+|taken\s+)?$")
_EACH_DAY = re.compile(r"(?i)\b(?:each|every|a|per)\s+(?:working\s+)?day\b|\bdaily\b|\bon\s+(?:all|each\s+of)\b")
_EACH_GROUP = re.compile(r"(?i)^\W*(?:each|both|all)\b")
LONGEST_UNSAID_DAY = Decimal("8.5")
"""A day of clock times longer than this with no word on its break likely hides a lunch."""
SHORT_DAY = Decimal(5)
"""A day this long or shorter takes no break stated for the longer days of a week."""


_NIGHT_24H = re.compile(r"(?P<a>[01]?\d|2[0-3])[:.h]?(?P<am>[0-5]\d)\s*(?:hrs?|h)?\s*(?:to|until|till|-|–|—)\s*"
                        r"(?P<b>[01]?\d|2[0-3])[:.h]?(?P<bm>[0-5]\d)\s*(?:hrs?|h)?")


def _span_hours(text: str) -> Decimal | None:
    """Hours between two clock times; noon and midday are 12 pm, and a span of the 24-hour
    clock past midnight ("22:00 to 06:00") is a night's shift of up to 14 hours."""
    text = re.sub(rf"(?i){_NOON}", "12:00 pm", text)
    hours = parse_time_span(text)
    night = _NIGHT_24H.fullmatch(text.strip())
    if hours is None and night is not None and (night["a"] + night["b"]).isdigit():
        start = int(night["a"]) + Decimal(int(night["am"])) / 60
        end = int(night["b"]) + Decimal(int(night["bm"])) / 60
        hours = end + 24 - start if end < start and start >= 12 else None
        hours = hours if hours is not None and hours <= 14 else None
    return hours


class _Group:
    __slots__ = ("days", "span", "pause")

    def __init__(self) -> None:
        self.days: Decimal | None = None
        self.span: Decimal | None = None
        self.pause: Decimal | None = None


def _tokens(text: str):
    """(kind, value, start, end) for each span of clock times, group of days and break,
    in order; a break is read from the words between the others."""
    last = 0
    for m in _TOKEN_RE.finditer(text):
        gap = text[last:m.start()]
        if m.group("span") and _BREAK_SPAN_BEFORE.search(gap):
            yield "break", _span_hours(m.group("span")), m.start(), m.end()
        else:
            if _BREAK_WORD_RE.search(gap):
                yield from _gap_break(gap, last, m.start())
            if m.group("span"):
                yield "span", _span_hours(m.group("span")), m.start(), m.end()
            else:
                yield "days", _days_of(_DAYS_RE.fullmatch(m.group("days"))), m.start(), m.end()
        last = m.end()
    if _BREAK_WORD_RE.search(text[last:]):
        yield from _gap_break(text[last:], last, len(text))


def _gap_break(gap: str, start: int, end: int):
    """The break the words between two pieces state; a bare "unpaid" with no length and no
    break named qualifies the break beside it ("lunch 12.30 to 1.15 unpaid")."""
    pause = break_hours(gap)
    if pause is not None or _MEAL_RE.search(gap) or re.search(r"(?i)\bbreaks?\b", gap):
        yield "break", pause, start, end


def _groups(text: str) -> tuple[list[_Group], list[Decimal]] | None:
    """The groups of days with their clock times and own breaks, and the breaks stated for
    the whole week; None where a piece cannot be read."""
    groups: list[_Group] = []
    shared: list[Decimal] = []
    tokens = list(_tokens(text))
    skip: set[int] = set()
    for i, (kind, value, start, _end) in enumerate(tokens):
        if i in skip:
            continue
        if value is None:
            return None
        last = groups[-1] if groups else None
        named = _days_named_for_break(tokens, i, text, groups) if kind == "break" else None
        if named is not None:  # "with an unpaid lunch on Monday to Thursday": that group's own
            named.pause = value
            skip.add(i + 1)
        elif kind == "days":
            if last is not None and last.days is None:
                last.days = value
            elif last is not None and last.span is None:
                if last.days != value:  # "three days a week, Tuesday, Wednesday and Friday"
                    return None
            else:
                groups.append(_Group())
                groups[-1].days = value
        elif kind == "span":
            if last is not None and last.span is None:
                last.span = value
            else:
                groups.append(_Group())
                groups[-1].span = value
        elif _owns_break(last, tokens[i + 1:], text[start:_end]):
            last.pause = value
        elif _EACH_DAY.search(text[start:_end]):  # "with an unpaid half hour each day": every group's
            for g in groups:
                g.pause = value if g.pause is None else g.pause
        else:
            shared.append(value)
    return groups, shared


def _days_named_for_break(tokens: list, i: int, text: str, groups: list[_Group]) -> _Group | None:
    """The one group whose days the words right after a break name ("an unpaid half-hour lunch
    on Monday to Thursday"), where the break comes after every group's times."""
    if i + 1 >= len(tokens) or tokens[i + 1][0] != "days" or not groups or groups[-1].span is None:
        return None
    if not re.search(r"(?i)\b(?:on|for|from)\s*$", text[tokens[i][2]:tokens[i + 1][2]]):
        return None
    same = [g for g in groups if g.days == tokens[i + 1][1] and g.pause is None]
    return same[0] if len(same) == 1 else None


def _owns_break(group: _Group | None, rest: list, words: str) -> bool:
    """A break belongs to the group before it where another group follows (", each with an
    unpaid lunch, and Saturday ..."), or where it says "each"; a break after the last group
    is the whole week's (unless it says every day, it is still the whole week's)."""
    if group is None or group.span is None or group.pause is not None or _EACH_DAY.search(words):
        return False
    return bool(_EACH_GROUP.search(words)) or any(kind in ("span", "days") for kind, *_ in rest)


def _day_hours(group: _Group, shared: list[Decimal], alone: bool, has_break: bool) -> Decimal | None:
    span = group.span
    if group.pause is not None:
        return span - group.pause
    if shared and (alone or span > SHORT_DAY):
        return span - max(shared)
    if not has_break and span > LONGEST_UNSAID_DAY:
        return None
    return span


@never_raises
def weekly_hours(text: str) -> Decimal | None:
    """The hours of a week written as groups of days and clock times, each day less its
    unpaid break; ``None`` where a group lacks its days or times, or where a single group
    states no break (the break may be stated elsewhere: the day and the break are then
    read apart, and a careful reader combines them).

    >>> weekly_hours("Tuesday and Thursday from 9.00 am to 5.30 pm, each with an unpaid "
    ...              "30-minute meal break, and Saturday from 8.30 am to 1.30 pm with a paid 10-minute rest break")
    Decimal('21')
    >>> weekly_hours("Monday to Friday 9:00 to 18:00 with a one-hour lunch, and alternate Saturdays 9:00 to 13:00")
    Decimal('42')
    >>> weekly_hours("three days a week (Mon, Wed and Fri), 8.30 a.m. to 4.30 p.m., with an unpaid lunch of 30 minutes")
    Decimal('22.5')
    >>> weekly_hours("0800-1630, Monday to Friday, with a lunch break of one hour and fifteen minutes")
    Decimal('36.25')
    >>> weekly_hours("Mon–Thu 08:00 to 17:00 and Fri 08:00 to 16:00, with an unpaid hour for lunch")
    Decimal('39')
    >>> weekly_hours("Mon–Thu 08:00 to 16:30 and Fri 08:00 to 13:00, with a 30-minute unpaid break each day")
    Decimal('36.5')
    >>> weekly_hours("8.30 am to 5.00 pm Monday to Thursday and 8.30 am to 1.30 pm on Friday, with an "
    ...              "unpaid 30-minute lunch on Monday to Thursday")
    Decimal('37')
    >>> weekly_hours("Mon-Wed 7:00 to 15:30 and Thu-Fri 7:00 to 12:00, with a half-hour unpaid break on Mon-Wed")
    Decimal('34')
    >>> weekly_hours("Saturdays 8 am to noon and Sundays midday to 5 pm")
    Decimal('9')
    >>> weekly_hours("Sunday to Thursday 22:00 to 06:30, with an unpaid 30-minute meal break")
    Decimal('40')
    >>> weekly_hours("16h00 to 00h30, Monday to Friday, with a 30 minute unpaid meal break")
    Decimal('40')
    >>> weekly_hours("Monday to Friday, 9 am to 5 pm") is None  # the break may be stated elsewhere
    True
    >>> weekly_hours("Monday to Friday, 9 am to 5 pm, with Saturday and Sunday off; breaks are paid")
    Decimal('40')
    """
    read = _groups(text)
    if read is None:
        return None
    groups, shared = read
    while groups and groups[-1].span is None and len(groups) > 1:
        groups.pop()  # a day named after the schedule ("and on Monday you report to ...")
    if not groups or any(g.days is None or g.span is None for g in groups):
        return None
    has_break = bool(shared) or any(g.pause is not None for g in groups)
    if len(groups) == 1 and not has_break:
        return None
    total = Decimal(0)
    for g in groups:
        day = _day_hours(g, shared, len(groups) == 1, has_break)
        if day is None or day < 1:
            return None
        total += day * g.days
    if not 1 <= total <= 80 or sum(g.days for g in groups) > 7:
        return None
    return _tidy(total)
