"""The weekly hours of invented letters, read through the whole chain with the shipped rules:
a day of clock times less an unpaid break, days given as a list or a count, several groups
of days summed, 24-hour and noon times, and the near misses (a stated week wins; opening,
core and on-call hours are not the week). Every figure is worked out by hand beside it.
"""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from offercheck.api import extract_document
from offercheck.document import DocumentBuilder
from offercheck.normalize.schedule import break_hours, weekday_count, weekly_hours
from offercheck.render.json import term_value


def terms(*paragraphs: str) -> dict:
    b = DocumentBuilder()
    for p in paragraphs:
        b.add(p, sep="\n\n")
    found = extract_document(b.build("letter.txt", "txt")).terms
    return {k: term_value(t) for k, t in found.items()}


OPENING = "Dear Sam,\n\nWe are pleased to offer you the post of Stores Clerk with Fenwick Supplies Ltd."

WEEKS = [
    # 1. a span with a break that is unpaid, however it is worded
    pytest.param("Your hours are 7.45 a.m. to 4.15 p.m., Monday to Friday, with an unpaid 30-minute break.",
                 40, id="unpaid-30-minute-break"),       # 8.5 - 0.5 = 8, x 5
    pytest.param("Hours: Monday to Friday 08:00 to 16:30, including an unpaid half-hour break.",
                 40, id="including-unpaid-half-hour"),   # 8.5 - 0.5 = 8, x 5
    pytest.param("You will work 07:00 to 15:30, Monday to Friday, with an unpaid half hour at midday.",
                 40, id="unpaid-half-hour-at-midday"),   # 8.5 - 0.5 = 8, x 5
    pytest.param("Normal hours of work are 8.00 a.m. to 5.30 p.m., Monday to Friday, with a lunch break of "
                 "one hour and fifteen minutes.", 41.25, id="hour-and-a-quarter"),  # 9.5 - 1.25 = 8.25, x 5
    pytest.param("Shifts run Monday to Thursday, 06:00 to 16:45, with a 45-minute meal break that is not paid.",
                 40, id="meal-break-not-paid"),          # 10.75 - 0.75 = 10, x 4
    pytest.param("Your hours are 9 am to 5 pm, Monday to Friday, with a paid 20-minute rest break.",
                 40, id="paid-rest-break-stays"),        # 8, nothing off, x 5
    pytest.param("Your shift is 06:00 to 14:45, Monday to Friday, with two paid 10-minute rest breaks and an "
                 "unpaid 45-minute meal break.", 40, id="paid-rests-and-an-unpaid-meal"),  # 8.75 - 0.75, x 5
    pytest.param("Hours: 8.00 am to 4.30 pm, Monday to Friday, with a 30-minute lunch; all breaks are paid.",
                 42.5, id="breaks-are-paid"),            # 8.5, nothing off, x 5
    # 2. days as a list or a count
    pytest.param("You will work three days a week (Monday, Tuesday and Thursday) from 8.00 a.m. to "
                 "2.30 p.m. with an unpaid lunch of 30 minutes.", 18, id="three-days-listed"),  # (6.5 - 0.5) x 3
    pytest.param("Your hours are Tuesdays and Fridays, 10.00 am to 6.00 pm, with one hour unpaid for lunch.",
                 14, id="two-days-plural"),             # (8 - 1) x 2
    pytest.param("4. HOURS OF WORK\n\nYou shall work six (6) days a week. Each shift is nine (9) hours, "
                 "inclusive of a one (1) hour meal break that is not counted as working time.",
                 48, id="count-and-shift-length"),      # (9 - 1) x 6
    # 3. several groups of days with different times
    pytest.param("Your regular pattern is Monday and Wednesday from 8.30 am to 5.00 pm, each with an unpaid "
                 "30-minute lunch, and Saturday from 9.00 am to 1.00 pm.", 20, id="two-groups"),  # 2 x 8 + 4
    pytest.param("Working hours: Monday to Friday 8:00 to 17:00 with a one-hour lunch, and alternate "
                 "Saturdays 8:00 to 12:00.", 42, id="alternate-saturdays"),  # 5 x 8 + 4 / 2
    # 4. 24-hour times, noon
    pytest.param("Rota: Sunday to Thursday 22:00 to 06:30, with an unpaid 30-minute meal break.",
                 40, id="night-24-hour"),                # 8.5 - 0.5 = 8, x 5
    pytest.param("You will work Saturdays and Sundays from 8 am until noon, and Wednesdays midday to 6 pm, "
                 "with no unpaid breaks.", 14, id="noon-and-midday"),  # 2 x 4 + 6
    # 5. a stated week wins over a computed one
    pytest.param("You will work 37.5 hours a week: 9 to 5.30, Monday to Friday, with an unpaid hour for lunch.",
                 37.5, id="stated-week-wins"),
    pytest.param("Your contract is for 35 hours a week. Your hours are 8 am to 5 pm, Monday to Friday, with an "
                 "unpaid hour for lunch.", 35, id="stated-week-wins-over-a-different-sum"),  # not (9 - 1) x 5
    pytest.param("The regular weekly working time is 39 hours, excluding breaks.", 39, id="weekly-working-time"),
]


@pytest.mark.parametrize("text, hours", WEEKS)
def test_the_weekly_hours_of_a_written_schedule(text, hours):
    assert terms(OPENING, text).get("hours_per_week") == hours


NOT_THE_WEEK = [
    pytest.param("The depot is open Monday to Saturday from 6 am to 10 pm, with a break for deliveries at noon.",
                 id="opening-hours"),
    pytest.param("Flexitime applies: core hours are 10 to 4, Monday to Friday, with a 30-minute unpaid lunch.",
                 id="core-hours"),
    pytest.param("On-call hours are weekdays 6 pm to 10 pm and Saturdays 9 am to 1 pm, with a paid meal break.",
                 id="on-call"),
    pytest.param("Our opening hours are Tuesday to Saturday, 9:00 to 17:30, with lunch from 1 to 2.", id="shop-hours"),
]


@pytest.mark.parametrize("text", NOT_THE_WEEK)
def test_hours_that_are_not_the_working_week(text):
    assert terms(OPENING, text).get("hours_per_week") is None


def test_a_full_week_computed_says_full_time_and_a_short_one_does_not():
    full = terms(OPENING, "Hours: Monday to Friday 08:00 to 16:30, including an unpaid half-hour break.")
    assert full["hours_per_week"] == 40 and full["employment_type"] == "full_time"
    short = terms(OPENING, "You will work Tuesdays and Thursdays, 9 am to 3.30 pm, with a 30-minute unpaid lunch.")
    assert short["hours_per_week"] == 12 and "employment_type" not in short  # 2 x 6; nothing stated


def test_a_break_stated_apart_from_the_day_is_still_taken_off():
    # the schedule alone says nothing of the break: derive combines the day, the break and the days
    found = terms(OPENING, "Your hours are 8.30 am to 5.00 pm, Monday to Friday.",
                  "Staff take an unpaid lunch break of 30 minutes each day.")
    assert found["hours_per_week"] == 40  # (8.5 - 0.5) x 5


def test_break_lengths_in_words():
    assert break_hours("an unpaid break of one and a half hours") == D("1.5")
    assert break_hours("a lunch break of 1 hr 30 mins") == D("1.5")
    assert break_hours("three-quarters of an hour for lunch") == D("0.75")
    assert break_hours("a paid meal break of 30 minutes") == 0
    assert break_hours("a 10-minute tea break") == 0
    assert break_hours("a break for prayers") is None  # no length: nothing to take off


def test_day_groups_and_their_counts():
    assert weekday_count("Mon/Wed/Fri") == 3
    assert weekday_count("every other Sunday") == D("0.5")
    assert weekday_count("Thursday to Monday") == 5
    assert weekday_count("four (4) days a week") == 4
    assert weekday_count("ten days a week") is None


def test_a_schedule_that_cannot_be_read_is_not_guessed():
    assert weekly_hours("Monday to Friday, with an unpaid lunch") is None  # no clock times
    assert weekly_hours("9 am to 5 pm and 10 am to 2 pm, with an unpaid 30-minute lunch") is None  # no days
    assert weekly_hours("three days a week, Monday and Tuesday, 9 to 5, unpaid 30-minute lunch") is None  # 3 or 2?
    assert weekly_hours("Monday to Friday 8 to 6 and Saturday 8 to 6") is None  # long days, no word on the break
