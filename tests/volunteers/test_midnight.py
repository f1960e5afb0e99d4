"""Shifts that end after midnight (issue 14 item 5): 22:00–02:00 is rostered, its length is 240 minutes, overlaps are
checked across midnight, the week view and the reports count it on the day it began, check-in/out work across it."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.errors import UserError, ValidationError
from app.volunteers import reports, roster
from db.models.volunteers import HoursEntry, SignUp
from tests.volunteers.conftest import MONDAY

TUESDAY = MONDAY + dt.timedelta(days=1)
TZ = dt.timezone(dt.timedelta(hours=8))


def test_a_shift_from_22_00_to_02_00_can_be_rostered(db, admin, make_shift):
    sid = make_shift(start="22:00", end="02:00")  # was: "A shift must end after it starts, on the same day."
    week = roster.week_roster(db, MONDAY)
    cells = [c for cs in week.cells.values() for c in cs]
    assert [(c.shift_id, c.day) for c in cells] == [(sid, MONDAY)]  # on the day it began
    assert cells[0].time_text == "22:00-next day 02:00"
    assert "22:00-next day 02:00" in reports.cell_text(cells)
    assert roster.shift_minutes(22 * 60, 2 * 60) == 240
    assert roster.shift_minutes(22 * 60, 0) == 120  # ends at midnight
    assert roster.shift_minutes(0, 24 * 60) == 24 * 60


def test_weekly_night_template_generates_and_a_shift_without_length_is_refused(db, admin, posts):
    tid = roster.add_template(db, admin, post_id=posts["station"], weekday=0, start_min=22 * 60, end_min=2 * 60)
    assert tid
    assert roster.generate_from_templates(db, admin, MONDAY, MONDAY + dt.timedelta(days=6)) == 1
    with pytest.raises(ValidationError):
        roster.create_shift(db, admin, roster.ShiftInput(posts["station"], MONDAY, 9 * 60, 9 * 60))


def test_overlap_is_checked_across_midnight(db, admin, make_volunteer, make_shift):
    vol = make_volunteer("夜班")
    night = make_shift(start="22:00", end="02:00")
    early = make_shift(day=TUESDAY, start="01:00", end="03:00", post="station")
    after = make_shift(day=TUESDAY, start="02:00", end="04:00", post="front_desk")
    before = make_shift(start="20:00", end="22:00", post="visits")
    roster.sign_up(db, admin, night, vol)
    with pytest.raises(UserError, match="22:00"):
        roster.sign_up(db, admin, early, vol)
    assert roster.sign_up(db, admin, after, vol).status == "booked"  # touching at 02:00 is not overlapping
    assert roster.sign_up(db, admin, before, vol).status == "booked"


def test_night_shift_signed_up_after_a_next_morning_booking_clashes(db, admin, make_volunteer, make_shift):
    vol = make_volunteer("早班")
    roster.sign_up(db, admin, make_shift(day=TUESDAY, start="00:30", end="01:00", post="station"), vol)
    with pytest.raises(UserError):
        roster.sign_up(db, admin, make_shift(start="23:00", end="01:00"), vol)


span = st.tuples(st.integers(0, 6), st.integers(0, 1439), st.integers(0, 1440)).filter(lambda t: t[1] != t[2])


@given(span, span)
def test_overlap_of_spans_matches_shared_minutes(a, b):
    def minutes(t):
        day, start, end = t
        first = day * 1440 + start
        return set(range(first, first + roster.shift_minutes(start, end)))

    sa = roster.shift_span(MONDAY + dt.timedelta(days=a[0]), a[1], a[2])
    sb = roster.shift_span(MONDAY + dt.timedelta(days=b[0]), b[1], b[2])
    assert roster.overlaps(*sa, *sb) == bool(minutes(a) & minutes(b))


def test_check_in_and_out_across_midnight_count_on_the_day_it_began(db, admin, make_volunteer, make_shift, frozen):
    frozen(dt.datetime(2026, 11, 24, 3, 0))
    vol = make_volunteer("夜班")
    su = roster.sign_up(db, admin, make_shift(start="22:00", end="02:00"), vol).signup_id
    roster.check_in(db, admin, su, dt.datetime(2026, 11, 23, 21, 58, tzinfo=TZ))
    entry = roster.check_out(db, admin, su, dt.datetime(2026, 11, 24, 2, 3, tzinfo=TZ))
    with db.read() as s:
        e = s.get(HoursEntry, entry)
        assert (e.day, e.minutes) == (MONDAY, 245)


def test_forgotten_check_out_of_a_night_shift_is_settled_next_morning(db, admin, make_volunteer, make_shift, frozen):
    frozen(dt.datetime(2026, 11, 23, 21, 0))
    a, b = make_volunteer("甲"), make_volunteer("乙")
    shift = make_shift(start="22:00", end="02:00", hi=2)
    sa = roster.sign_up(db, admin, shift, a).signup_id
    sb = roster.sign_up(db, admin, shift, b).signup_id
    frozen(dt.datetime(2026, 11, 23, 22, 1))
    roster.check_in(db, admin, sa)
    frozen(dt.datetime(2026, 11, 23, 23, 30))
    assert roster.settle_day(db, admin, MONDAY) == (0, 0)  # not over yet
    frozen(dt.datetime(2026, 11, 24, 8, 0))
    assert roster.settle_day(db, admin, TUESDAY) == (1, 1)  # settling "today" closes last night's shift
    assert [(r.day, r.minutes, r.needs_review) for r in roster.pending_hours(db)] == [(MONDAY, 240, True)]
    with db.read() as s:
        assert s.scalar(select(SignUp.no_show).where(SignUp.id == sb)) is True


def test_month_report_counts_a_night_shift_in_the_month_it_began(db, admin, make_volunteer, make_shift, frozen):
    frozen(dt.datetime(2026, 12, 1, 3, 0))
    vol = make_volunteer("跨月")
    last_day = dt.date(2026, 11, 30)
    su = roster.sign_up(db, admin, make_shift(day=last_day, start="22:00", end="02:00"), vol).signup_id
    roster.check_in(db, admin, su, dt.datetime(2026, 11, 30, 22, 0, tzinfo=TZ))
    entry = roster.check_out(db, admin, su, dt.datetime(2026, 12, 1, 2, 0, tzinfo=TZ))
    roster.decide_hours(db, admin, entry, approve=True)
    rows = reports.hours_by_month(db, dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    assert [(r.month, r.approved_minutes) for r in rows] == [("2026-11", 240)]
