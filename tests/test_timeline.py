"""The timeline (issue 13, part 3): the dates that matter, computed from the typed terms,
shown in every view, and written as an iCalendar file with --ics.

The letters are written here, for these tests; the golden calendar file is the US sample's.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from offercheck.api import check_offer, extract_terms
from offercheck.render import by_name
from offercheck.report import build_report
from offercheck.timeline import build_timeline
from test_hostile_support import assert_clean_error, run_cli

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_ICS = ROOT / "tests" / "golden" / "us-offer-letter.ics"
UPDATE = os.environ.get("OFFERCHECK_UPDATE_GOLDEN") == "1"
TODAY = dt.date(2027, 1, 13)

LETTER = """Northwind Tiles Ltd
12 January 2027

Dear Priya Raman,

We are pleased to offer you the position of Kiln Technician at Northwind Tiles Ltd.

Your start date will be 31 January 2027. Your salary will be £34,000 per year, paid monthly.

You will serve a probation period of one (1) month. You must give four weeks' notice to resign.

You will be granted 4,000 share options, vesting over 36 months with a 12-month cliff.

We will pay you a signing bonus of £2,000. If you resign within 6 months of your start date, you must repay the signing bonus in full.

Please sign and return this letter by 26 January 2027.

Yours sincerely,
Tom Hale, Northwind Tiles Ltd
"""
START = "Your start date will be 31 January 2027. "


def _write(tmp_path: Path, text: str, name: str = "offer.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _events(path: Path) -> dict:
    return {e.kind: e for e in build_timeline(extract_terms(path))}


def _report(path: Path):
    return check_offer(path, today=TODAY)


# ---------------------------------------------------------------- the events


def test_each_event_is_counted_from_the_start_date_month_aware(tmp_path):
    events = _events(_write(tmp_path, LETTER))
    assert {k: e.date for k, e in events.items()} == {
        "offer_expiry": dt.date(2027, 1, 26),
        "start": dt.date(2027, 1, 31),
        "probation_end": dt.date(2027, 2, 28),  # 31 Jan + 1 month: the month's last day, not 3 March
        "notice_end": dt.date(2027, 2, 28),  # 31 Jan + 4 weeks
        "repayment_end": dt.date(2027, 7, 31),
        "vesting_cliff": dt.date(2028, 1, 31),
        "vesting_end": dt.date(2030, 1, 31),
    }
    assert events["probation_end"].since == "start_date" and events["probation_end"].since_date == dt.date(2027, 1, 31)
    assert events["start"].after is None  # a date the letter states
    # the repayment window rests on the clause that says so
    assert events["repayment_end"].fields == ("start_date", "clawback", "_repay_within")
    assert any("repay the signing bonus" in e.text or "resign within 6 months" in e.text
               for e in events["repayment_end"].evidence)


def test_events_are_in_calendar_order_and_say_how_they_were_counted(tmp_path):
    report = _report(_write(tmp_path, LETTER))
    dates = [e.date for e in report.timeline]
    assert dates == sorted(dates)
    words = {t.event.kind: t for t in report.text.timeline.events}
    assert words["vesting_cliff"].basis == "12 months after the start date, Mon 31 Jan 2028"
    assert words["probation_end"].basis == "1 month after the start date, Sun 28 Feb 2027"
    assert words["start"].basis == "" and words["start"].when == "Sun 31 Jan 2027"
    assert any("no vesting commencement" in n for n in words["vesting_cliff"].notes)
    assert any("Assumes the full notice applies from your first day" in n for n in words["notice_end"].notes)
    place, quoted = words["probation_end"].quotes[0]
    assert quoted == "You will serve a probation period of one (1) month." and place


def test_without_a_start_date_the_dates_stay_relative(tmp_path):
    report = _report(_write(tmp_path, LETTER.replace(START, "")))
    kinds = {e.kind: e for e in report.timeline}
    assert "start" not in kinds
    assert kinds["offer_expiry"].date == dt.date(2027, 1, 26)  # stated: still dated
    for kind in ("probation_end", "notice_end", "repayment_end", "vesting_cliff", "vesting_end"):
        assert kinds[kind].date is None, kind
    words = {t.event.kind: t for t in report.text.timeline.events}
    assert words["vesting_cliff"].when == "12 months after your start date"
    assert words["repayment_end"].when == "6 months after your start date"
    assert words["vesting_cliff"].basis == ""  # no invented date
    assert "no day yet" in report.text.timeline.undated and "Vesting cliff" in report.text.timeline.undated
    assert [t.event.kind for t in report.text.timeline.events][-1] == "vesting_end"  # the longest last
    assert "2028" not in by_name("terminal")(report).split("Timeline")[1].split("Terms found")[0]


def test_a_fixed_term_ends_on_its_last_day_or_relative_to_the_start(tmp_path):
    term = "You will be employed for a fixed term of twelve (12) months. "
    dated = _events(_write(tmp_path, LETTER.replace(START, START + term), "a.txt"))["fixed_term_end"]
    assert dated.date == dt.date(2028, 1, 30) and dated.last_day and dated.after.value == 12
    undated = _report(_write(tmp_path, LETTER.replace(START, term), "b.txt"))
    words = {t.event.kind: t for t in undated.text.timeline.events}
    assert words["fixed_term_end"].event.date is None
    assert words["fixed_term_end"].when == "the last day of 12 months from your start date"


def test_a_stated_end_date_is_taken_as_stated(tmp_path):
    text = LETTER.replace(START, START + "This is a fixed-term contract ending on 30 June 2027. ")
    event = _events(_write(tmp_path, text))["fixed_term_end"]
    assert event.date == dt.date(2027, 6, 30)
    assert event.after is None and event.fields == ("end_date",)


def test_vesting_counts_from_a_vesting_commencement_date_the_letter_names(tmp_path):
    text = LETTER.replace("12-month cliff.", "12-month cliff. Your vesting commencement date will be 1 March 2027.")
    events = _events(_write(tmp_path, text))
    assert events["vesting_cliff"].date == dt.date(2028, 3, 1) and events["vesting_cliff"].since == "vesting_start"
    assert events["vesting_end"].date == dt.date(2030, 3, 1)
    assert events["probation_end"].date == dt.date(2027, 2, 28)  # the rest still from the start


def test_no_cliff_means_no_cliff_event(tmp_path):
    text = LETTER.replace("with a 12-month cliff", "monthly with no cliff")
    events = _events(_write(tmp_path, text))
    assert "vesting_cliff" not in events and events["vesting_end"].date == dt.date(2030, 1, 31)


def test_an_unsure_term_makes_its_event_unsure_in_every_view(tmp_path):
    path = _write(tmp_path, LETTER)
    extraction = extract_terms(path)
    probation = extraction.terms["probation"]
    terms = dict(extraction.terms, probation=replace(probation, confidence=0.55))
    report = build_report(replace(extraction, terms=terms), None, TODAY)
    words = {t.event.kind: t for t in report.text.timeline.events}
    assert words["probation_end"].unsure and words["probation_end"].notes[0].startswith("Unsure")
    assert not words["start"].unsure
    assert "End of probation  (unsure)" in by_name("terminal")(report)
    assert "End of probation *(unsure)*" in by_name("markdown")(report)
    assert "UNSURE" in by_name("html")(report).split('id="timeline"')[1]
    data = json.loads(by_name("json")(report))
    assert [e["unsure"] for e in data["timeline"] if e["kind"] == "probation_end"] == [True]
    from icalendar import Calendar

    from offercheck.render.ics import render as ics
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(ics(report)).walk("VEVENT")]
    assert [s.endswith("(unsure)") for s in summaries if s.startswith("End of probation (Kiln Technician")] == [True]
    assert [s.endswith("(unsure)") for s in summaries if s.startswith("Start date (Kiln Technician")] == [False]


def test_the_json_timeline_follows_the_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "src" / "offercheck" / "schemas" / "report.schema.json").read_text())
    for text in (LETTER, LETTER.replace(START, "")):
        data = json.loads(by_name("json")(_report(_write(tmp_path, text))))
        jsonschema.validate(data, schema)
        assert data["timeline"] and all("evidence" in e and "uid" in e for e in data["timeline"])


# ---------------------------------------------------------------- --ics


def _ics(capsys, tmp_path: Path, letter: Path, name: str = "dates.ics", *more) -> bytes:
    out = tmp_path / name
    run = run_cli(capsys, letter, "--today", TODAY.isoformat(), "--ics", out, *more)
    assert run.code in (0, 1), run.err
    return out.read_bytes()


def test_the_calendar_file_reads_back_with_icalendar(tmp_path, capsys):
    from icalendar import Calendar
    data = _ics(capsys, tmp_path, _write(tmp_path, LETTER))
    cal = Calendar.from_ical(data)
    events = {str(e["SUMMARY"]).split(" (")[0]: e for e in cal.walk("VEVENT")}
    assert len(events) == 7
    start = events["Start date"]
    assert start["DTSTART"].dt == dt.date(2027, 1, 31) and not isinstance(start["DTSTART"].dt, dt.datetime)
    assert start["DTEND"].dt == dt.date(2027, 2, 1)  # all day: ends the next day
    assert b"DTSTART;VALUE=DATE:20270131" in data and b"DTEND;VALUE=DATE:20270201" in data
    assert start["DTSTAMP"].dt == dt.datetime(2027, 1, 12, tzinfo=dt.timezone.utc)  # the letter's date
    assert "Your start date will be 31 January 2027" in str(start["DESCRIPTION"])
    assert "12 months after the start date, Mon 31 Jan 2028" in str(events["Vesting cliff"]["DESCRIPTION"])
    deadline = events["Deadline to accept the offer"]
    alarms = deadline.walk("VALARM")
    assert len(alarms) == 1 and alarms[0]["ACTION"] == "DISPLAY"
    assert alarms[0]["TRIGGER"].dt == dt.timedelta(hours=-15)  # 9 a.m. the day before
    assert sum(len(e.walk("VALARM")) for e in cal.walk("VEVENT")) == 1  # only the deadline
    assert data.count(b"\r\n") >= len(data.splitlines())  # CRLF, as RFC 5545 asks


def test_the_calendar_file_reads_back_with_a_second_parser(tmp_path, capsys):
    vobject = pytest.importorskip("vobject")
    data = _ics(capsys, tmp_path, _write(tmp_path, LETTER)).decode("utf-8")
    cal = vobject.readOne(data)
    events = {e.summary.value.split(" (")[0]: e for e in cal.vevent_list}
    assert events["End of probation"].dtstart.value == dt.date(2027, 2, 28)
    assert events["Vesting ends"].dtend.value == dt.date(2030, 2, 1)
    assert events["Repayment window closes"].dtstart.value == dt.date(2027, 7, 31)
    assert "repay the signing bonus" in events["Repayment window closes"].description.value
    assert len({e.uid.value for e in cal.vevent_list}) == len(cal.vevent_list)
    assert events["Deadline to accept the offer"].valarm.trigger.value == dt.timedelta(hours=-15)


def test_uids_are_stable_across_runs_and_a_revised_letter(tmp_path, capsys):
    from icalendar import Calendar
    letter = _write(tmp_path, LETTER)
    first, second = _ics(capsys, tmp_path, letter, "one.ics"), _ics(capsys, tmp_path, letter, "two.ics")
    assert first == second  # the same letter, the same bytes
    revised = _write(tmp_path, LETTER.replace("31 January 2027", "14 February 2027"), "revised.txt")
    third = _ics(capsys, tmp_path, revised, "three.ics")

    def by_uid(data: bytes) -> dict:
        return {str(e["UID"]): (str(e["SUMMARY"]), e["DTSTART"].dt) for e in Calendar.from_ical(data).walk("VEVENT")}

    old, new = by_uid(first), by_uid(third)
    assert set(old) == set(new)  # re-importing updates the same entries
    start = next(u for u, (s, _) in old.items() if s.startswith("Start date"))
    assert old[start][1] == dt.date(2027, 1, 31) and new[start][1] == dt.date(2027, 2, 14)


def test_another_job_gets_other_uids(tmp_path, capsys):
    from icalendar import Calendar
    one = _ics(capsys, tmp_path, _write(tmp_path, LETTER), "one.ics")
    other = _ics(capsys, tmp_path, _write(tmp_path, LETTER.replace("Kiln Technician", "Glaze Chemist"), "o.txt"),
                 "other.ics")
    uids = [{str(e["UID"]) for e in Calendar.from_ical(d).walk("VEVENT")} for d in (one, other)]
    assert not uids[0] & uids[1]


def test_undated_events_are_left_out_of_the_calendar_and_the_report_says_so(tmp_path, capsys):
    from icalendar import Calendar
    letter = _write(tmp_path, LETTER.replace(START, ""))
    data = _ics(capsys, tmp_path, letter)
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(data).walk("VEVENT")]
    assert [s.split(" (")[0] for s in summaries] == ["Deadline to accept the offer"]
    run = run_cli(capsys, letter, "--today", TODAY.isoformat())
    said = " ".join(run.out.split())
    assert "Not in the calendar file (--ics), having no day yet: " in said
    assert "End of probation" in said.split("having no day yet: ")[1].split(".")[0]


def test_the_us_sample_calendar_is_byte_identical_to_the_golden_file(tmp_path, capsys):
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        data = _ics(capsys, tmp_path, Path("samples") / "us-offer-letter.pdf", "us.ics",
                    "--expect", Path("samples") / "us-offer-letter.expect.yaml")
    finally:
        os.chdir(cwd)
    if UPDATE:
        GOLDEN_ICS.write_bytes(data)
    assert data == GOLDEN_ICS.read_bytes(), "rerun with OFFERCHECK_UPDATE_GOLDEN=1 after an intended change"
    assert b"PRIVATE" not in data.upper() and b"walk" not in data  # the letter's dates, not the candidate's figures


def test_ics_refuses_the_input_letter_and_bad_paths(tmp_path, capsys):
    letter = _write(tmp_path, LETTER)
    before = letter.read_bytes()
    assert_clean_error(run_cli(capsys, letter, "--ics", letter), "--ics", "input")
    assert letter.read_bytes() == before
    assert_clean_error(run_cli(capsys, letter, "--ics", tmp_path / "no" / "such" / "dates.ics"), "--ics", "folder")
    assert_clean_error(run_cli(capsys, letter, "--ics", tmp_path), "--ics", "folder")
    assert_clean_error(run_cli(capsys, letter, "--ics", "-"), "--ics")
    assert_clean_error(run_cli(capsys, letter, "-o", tmp_path / "r.md", "--ics", tmp_path / "r.md"), "--ics")
    assert_clean_error(run_cli(capsys, letter, letter, "--ics", tmp_path / "d.ics"), "--ics")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offer.txt"]  # nothing half-written


def test_ics_keeps_an_earlier_file_when_the_write_fails(tmp_path, capsys, monkeypatch):
    letter = _write(tmp_path, LETTER)
    target = tmp_path / "dates.ics"
    target.write_text("an earlier calendar\n")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    run = run_cli(capsys, letter, "--ics", target)
    assert_clean_error(run, "--ics", "unchanged")
    assert target.read_text() == "an earlier calendar\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dates.ics", "offer.txt"]


def test_a_deadline_counted_from_the_letter_date_says_so(tmp_path):
    text = LETTER.replace("Please sign and return this letter by 26 January 2027.",
                          "This offer will lapse unless accepted within 10 days of the date of this letter.")
    report = _report(_write(tmp_path, text))
    words = {t.event.kind: t for t in report.text.timeline.events}
    assert words["offer_expiry"].event.date == dt.date(2027, 1, 22)
    assert words["offer_expiry"].basis == "10 days after the letter's date, Fri 22 Jan 2027"


def test_without_a_letter_date_the_calendar_is_stamped_with_today(tmp_path, capsys):
    from icalendar import Calendar
    data = _ics(capsys, tmp_path, _write(tmp_path, LETTER.replace("12 January 2027\n", "")))
    stamps = {e["DTSTAMP"].dt for e in Calendar.from_ical(data).walk("VEVENT")}
    assert stamps == {dt.datetime(2027, 1, 13, tzinfo=dt.timezone.utc)}  # --today


def test_a_length_past_the_calendar_is_not_given_a_day(tmp_path):
    from decimal import Decimal

    from offercheck.values import Duration
    extraction = extract_terms(_write(tmp_path, LETTER))
    probation = replace(extraction.terms["probation"], value=Duration(Decimal(9999), "year"))
    report = build_report(replace(extraction, terms=dict(extraction.terms, probation=probation)), None, TODAY)
    words = {t.event.kind: t for t in report.text.timeline.events}
    assert words["probation_end"].event.date is None and words["probation_end"].when == "9999 years after your start date"
    assert "past the end of the calendar" in " ".join(words["probation_end"].notes)
    assert "End of probation" in report.text.timeline.undated
