"""Sign-ups: clashes, capacity, overrides, waitlist promotion, minors; attendance and the hours it makes."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.errors import UserError, ValidationError
from app.volunteers import roster
from db.models import AuditEntry
from db.models.volunteers import HoursEntry, SignUp
from tests.volunteers.conftest import MONDAY

interval = st.tuples(st.integers(0, 1439), st.integers(1, 1440)).filter(lambda t: t[0] < t[1])


@given(interval, interval)
def test_overlap_is_symmetric_and_matches_shared_minutes(a, b):
    shared = set(range(*a)) & set(range(*b))
    assert roster.overlaps(*a, *b) == roster.overlaps(*b, *a) == bool(shared)


def _count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_an_overlapping_shift_is_refused_unless_overridden(db, admin, make_volunteer, make_shift):
    vol = make_volunteer("李雷")
    first = make_shift(start="09:00", end="11:00")
    clash = make_shift(start="10:30", end="12:00", post="front_desk")
    after = make_shift(start="11:00", end="12:00", post="station")
    roster.sign_up(db, admin, first, vol)
    with pytest.raises(UserError, match="09:00"):
        roster.sign_up(db, admin, clash, vol)
    assert _count(db, SignUp) == 1
    assert roster.sign_up(db, admin, after, vol).status == "booked"  # touching is not overlapping
    res = roster.sign_up(db, admin, clash, vol, override_reason="两处相邻，可兼顾")
    with db.read() as s:
        assert s.get(SignUp, res.signup_id).override_reason == "两处相邻，可兼顾"
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "override")) == 1


def test_a_full_shift_is_refused_waitlisted_or_overridden(db, admin, make_volunteer, make_shift):
    shift = make_shift(hi=1)
    a, b, c = make_volunteer("甲"), make_volunteer("乙"), make_volunteer("丙")
    roster.sign_up(db, admin, shift, a)
    with pytest.raises(UserError, match="full"):
        roster.sign_up(db, admin, shift, b)
    assert roster.sign_up(db, admin, shift, b, waitlist_if_full=True).status == "waitlist"
    assert roster.sign_up(db, admin, shift, c, override_reason="人手紧张").status == "booked"
    with pytest.raises(UserError):
        roster.sign_up(db, admin, shift, a)  # already on it


def test_the_waitlist_promotes_in_order_when_someone_drops(db, admin, make_volunteer, make_shift, frozen):
    frozen(dt.datetime(2026, 11, 20, 9, 0))
    shift = make_shift(hi=1)
    first, second, third = make_volunteer("一"), make_volunteer("二"), make_volunteer("三")
    booked = roster.sign_up(db, admin, shift, first).signup_id
    w2 = roster.sign_up(db, admin, shift, second, waitlist_if_full=True).signup_id
    frozen(dt.datetime(2026, 11, 20, 9, 5))
    w3 = roster.sign_up(db, admin, shift, third, waitlist_if_full=True).signup_id
    with pytest.raises(ValidationError):
        roster.drop(db, admin, booked, "")
    assert roster.drop(db, admin, booked, "生病") == w2
    assert roster.drop(db, admin, w2, "临时有事") == w3
    with db.read() as s:
        dropped = s.get(SignUp, booked)
        assert (dropped.status, dropped.drop_reason, dropped.dropped_by_id) == ("dropped", "生病", admin.user_id)
        assert s.get(SignUp, w3).status == "booked"


def test_a_minor_needs_a_guardians_consent(db, admin, make_volunteer, make_shift, frozen):
    frozen(dt.datetime(2026, 11, 20, 9, 0))
    with pytest.raises(ValidationError, match="18"):
        make_volunteer("小明", birth=dt.date(2012, 3, 1))
    vol = make_volunteer(
        "小红", birth=dt.date(2012, 3, 1), guardian_name="王芳", guardian_consent_on=dt.date(2026, 11, 1)
    )
    assert roster.sign_up(db, admin, make_shift(), vol).status == "booked"


def test_a_student_needs_school_and_number(db, admin, make_volunteer):
    with pytest.raises(ValidationError):
        make_volunteer("韩梅梅", kind="student", school="南京大学")
    assert make_volunteer("韩梅梅", kind="student", school="南京大学", student_number="2024001")


def test_check_in_and_out_make_pending_hours_and_refuse_bad_times(db, admin, make_volunteer, make_shift, frozen):
    frozen(dt.datetime(2026, 11, 23, 12, 0))
    vol = make_volunteer("李雷")
    su = roster.sign_up(db, admin, make_shift(), vol).signup_id
    with pytest.raises(UserError):
        roster.check_out(db, admin, su)  # not checked in
    tz = dt.timezone(dt.timedelta(hours=8))
    roster.check_in(db, admin, su, dt.datetime(2026, 11, 23, 9, 2, tzinfo=tz))
    with pytest.raises(UserError, match="after"):
        roster.check_out(db, admin, su, dt.datetime(2026, 11, 23, 9, 0, tzinfo=tz))
    assert _count(db, HoursEntry) == 0
    entry = roster.check_out(db, admin, su, dt.datetime(2026, 11, 23, 11, 0, tzinfo=tz))
    with db.read() as s:
        e = s.get(HoursEntry, entry)
        assert (e.minutes, e.status, e.source, e.needs_review) == (118, "pending", "shift", False)


def test_forgotten_check_out_credits_the_scheduled_length_for_review(db, admin, make_volunteer, make_shift, frozen):
    frozen(dt.datetime(2026, 11, 23, 9, 0))
    a, b = make_volunteer("甲"), make_volunteer("乙")
    shift = make_shift(start="09:00", end="11:30", hi=3)
    sa = roster.sign_up(db, admin, shift, a).signup_id
    sb = roster.sign_up(db, admin, shift, b).signup_id
    roster.check_in(db, admin, sa)
    assert roster.settle_day(db, admin, MONDAY) == (0, 0)  # the shift has not ended yet
    frozen(dt.datetime(2026, 11, 23, 18, 0))
    assert roster.settle_day(db, admin, MONDAY) == (1, 1)
    assert roster.settle_day(db, admin, MONDAY) == (0, 0)
    review = roster.pending_hours(db)
    assert [(r.minutes, r.needs_review) for r in review] == [(150, True)]
    with db.read() as s:
        assert s.get(SignUp, sb).no_show is True


def test_hours_are_approved_or_rejected_once_with_a_reason(db, admin, make_volunteer, frozen):
    frozen(dt.datetime(2026, 11, 23, 9, 0))
    vol = make_volunteer("甲")
    e1 = roster.add_manual_hours(db, admin, vol, MONDAY, 60, "整理图书")
    e2 = roster.add_manual_hours(db, admin, vol, MONDAY, 30, "打扫")
    roster.decide_hours(db, admin, e1, approve=True)
    with pytest.raises(UserError):
        roster.decide_hours(db, admin, e1, approve=False, note="x")
    with pytest.raises(UserError):
        roster.decide_hours(db, admin, e2, approve=False)
    roster.decide_hours(db, admin, e2, approve=False, note="重复登记")
    with db.read() as s:
        assert [s.get(HoursEntry, e).status for e in (e1, e2)] == ["approved", "rejected"]
        assert s.get(HoursEntry, e2).decision_note == "重复登记"
    assert roster.pending_hours(db) == []


def test_templates_generate_a_week_once(db, admin, posts):
    for wd in range(5):
        roster.add_template(db, admin, post_id=posts["canteen"], weekday=wd, start_min=660, end_min=780, max_people=3)
    roster.add_template(
        db, admin, post_id=posts["tutoring"], weekday=2, start_min=960, end_min=1080, min_people=2, max_people=4
    )
    assert roster.generate_from_templates(db, admin, MONDAY, MONDAY + dt.timedelta(days=6)) == 6
    assert roster.generate_from_templates(db, admin, MONDAY, MONDAY + dt.timedelta(days=13)) == 6
    week = roster.week_roster(db, MONDAY + dt.timedelta(days=3))
    assert week.monday == MONDAY
    assert len(week.cells[(posts["canteen"], 4)]) == 1
    tutoring = week.cells[(posts["tutoring"], 2)][0]
    assert tutoring.understaffed and tutoring.time_text == "16:00-18:00"


def test_bad_shift_times_are_refused(db, admin, make_shift):
    with pytest.raises(ValidationError):
        make_shift(start="12:00", end="12:00")  # no length (an end before the start is the next day: test_midnight)
    with pytest.raises(ValidationError):
        make_shift(start="24:00", end="02:00")
    with pytest.raises(ValidationError):
        make_shift(lo=3, hi=2)
