"""The timeline as an iCalendar file (``--ics FILE``), written with the icalendar library.

Each dated event is an all-day event (DTSTART;VALUE=DATE, DTEND the next day) whose UID
comes worded in the report from the letter's identity and the event's kind, never from
its date or the time of the run: importing a revised letter's file updates the entries
instead of adding new ones. DTSTAMP is the report's stamp (the letter's date, else
--today), so the same letter gives the same bytes. The deadline to accept carries a
reminder the day before. Events with no day (counted from a start date the letter does
not give) are left out; the report says which.
"""
from __future__ import annotations

import datetime as dt

from offercheck.textout import printable

PRODID = "-//offercheck//timeline//EN"
REMINDER = dt.timedelta(hours=-15)
"""Before the start of the deadline's day: 9 in the morning the day before."""


def _description(e) -> str:
    lines = [e.label + "."] + ([e.basis + "."] if e.basis else []) + list(e.notes)
    lines += [f"{place + ': ' if place else ''}“{quoted}”" for place, quoted in e.quotes]
    return printable("\n".join(lines))


def _event(e, stamp: dt.datetime):
    from icalendar import Alarm, Event

    ev = Event()
    ev.add("uid", e.uid)
    ev.add("dtstamp", stamp)
    ev.add("dtstart", e.event.date)
    ev.add("dtend", e.event.date + dt.timedelta(days=1))
    ev.add("summary", printable(e.summary + (" (unsure)" if e.unsure else "")))
    ev.add("description", _description(e))
    ev.add("transp", "TRANSPARENT")  # a date to remember, not a busy day
    if e.event.kind == "offer_expiry":
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", printable(f"Tomorrow: {e.summary}"))
        alarm.add("trigger", REMINDER)
        ev.add_component(alarm)
    return ev


def render(report) -> str:
    """The dated events of the report's timeline as one VCALENDAR."""
    from icalendar import Calendar

    timeline = report.text.timeline
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", printable(timeline.calendar_name))
    stamp = dt.datetime.combine(dt.date.fromisoformat(timeline.stamp), dt.time(0, 0), tzinfo=dt.timezone.utc)
    for e in timeline.events:
        if e.event.date is not None:
            cal.add_component(_event(e, stamp))
    return cal.to_ical().decode("utf-8")
