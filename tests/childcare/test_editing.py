"""Service rules behind the edit forms: validation, what a change may not break, and the audit trail."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app import clock
from app.childcare import service as cc
from app.errors import NotFound, UserError, ValidationError
from db.models import AuditEntry


def base_program(**kw):
    values = dict(
        name="托管",
        kind="daycare",
        starts_on=dt.date(2026, 9, 1),
        ends_on=dt.date(2027, 1, 20),
        open_min=8 * 60,
        close_min=17 * 60,
        capacity=10,
    )
    values.update(kw)
    return cc.ProgramInput(**values)


@given(open_min=st.integers(-10, 1500), close_min=st.integers(-10, 1500))
def test_daily_window_must_open_before_it_closes_within_the_day(open_min, close_min):
    errors = cc.validate_program(base_program(open_min=open_min, close_min=close_min))
    assert ("close_min" in errors) == (not (0 <= open_min < close_min <= 1440))


@given(open_min=st.integers(-10, 1500), close_min=st.integers(-10, 3000))
def test_evening_care_may_close_after_midnight_within_a_day_of_opening(open_min, close_min):
    """晚托: a close at or before the opening time is the next day (18:00–00:30); a close past 24:00 is too."""
    errors = cc.validate_program(base_program(kind="evening", open_min=open_min, close_min=close_min))
    close = close_min + 1440 if close_min <= open_min and close_min <= 1440 else close_min
    assert ("close_min" in errors) == (not (0 <= open_min < 1440 and open_min < close <= open_min + 1440))


def test_absence_cutoff_within_window_and_group_names(db, admin):
    assert "absence_cutoff_min" in cc.validate_program(base_program(absence_cutoff_min=7 * 60))
    assert cc.validate_program(base_program(absence_cutoff_min=9 * 60)) == {}
    assert "groups" in cc.validate_program(base_program(groups=["一班", "一班"]))


def test_update_program_keeps_what_enrolments_use(db, admin, world):
    pid = world["program"]
    inp = cc.program_input(cc.get_program(db, pid))
    inp.weekdays = 0b01111  # drop Friday: the child is enrolled Mon–Fri
    with pytest.raises(ValidationError) as e:
        cc.update_program(db, admin, pid, inp)
    assert "weekdays" in e.value.errors
    c = cc.create_child(db, admin, cc.ChildInput(name="选项"))
    cc.enrol(db, admin, c, pid, group="二年级", options=["homework"])
    inp = cc.program_input(cc.get_program(db, pid))
    inp.options = ["school_pickup"]
    with pytest.raises(ValidationError) as e:
        cc.update_program(db, admin, pid, inp)
    assert "options" in e.value.errors
    inp = cc.program_input(cc.get_program(db, pid))
    inp.close_min = 19 * 60
    cc.update_program(db, admin, pid, inp)
    assert cc.get_program(db, pid).close_min == 19 * 60
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
        assert '"close_min": 1110' in entry.before_json and '"close_min": 1140' in entry.after_json


def test_update_contact_rules_and_audit(db, admin, world):
    cid = world["contacts"]["pickup"]
    inp = cc.get_contact(db, admin, cid)
    inp.may_leave_alone_consent = True
    with pytest.raises(ValidationError):
        cc.update_contact(db, admin, cid, inp)
    inp = cc.get_contact(db, admin, cid)
    inp.resident_id = world["adult"]("别人")
    with pytest.raises(UserError):
        cc.update_contact(db, admin, cid, inp)
    inp = cc.get_contact(db, admin, cid)
    inp.valid_to = clock.today() - dt.timedelta(days=1)
    cc.update_contact(db, admin, cid, inp)
    cc.sign_in(db, admin, world["child"])
    with pytest.raises(UserError, match="ended"):
        cc.sign_out(db, admin, world["child"], cid)
    cc.archive_contact(db, admin, cid, "不再接送")
    with pytest.raises(NotFound):
        cc.update_contact(db, admin, cid, cc.get_contact(db, admin, cid))


def test_update_enrolment_refuses_overlap_with_another(db, admin, world):
    [first] = cc.list_enrolments(db, world["child"])
    dates = {"starts_on": first.starts_on, "ends_on": first.ends_on}
    cc.update_enrolment(db, admin, first.id, group="一年级", weekdays=0b11110, options=(), **dates)  # Tue–Fri
    # 18:00–20:00 overlaps 16:00–18:30, but only on Mondays, when the child is no longer in 四点半课堂
    evening = cc.create_program(db, admin, base_program(name="晚托", kind="evening", open_min=1080, close_min=1200))
    eid = cc.enrol(db, admin, world["child"], evening, weekdays=0b00001)
    with pytest.raises(UserError, match="overlapping"):
        cc.update_enrolment(db, admin, first.id, group="一年级", weekdays=0b11111, options=(), **dates)
    with pytest.raises(ValidationError):
        cc.update_enrolment(db, admin, first.id, group="三年级", weekdays=0b11110, options=(), **dates)
    assert {e.id: e.weekdays for e in cc.list_enrolments(db, world["child"])} == {first.id: 0b11110, eid: 0b00001}


def test_staff_on_duty(db, admin, world):
    pid = world["program"]
    assert cc.staff_on_duty(db, pid, clock.today()) == []
    assert cc.set_staff_on_duty(db, admin, pid, clock.today(), [" 刘老师", "刘老师", "", "陈老师"]) == [
        "刘老师",
        "陈老师",
    ]
    with pytest.raises(UserError):
        cc.set_staff_on_duty(db, admin, pid, clock.today() + dt.timedelta(days=1), ["刘老师"])
    with pytest.raises(ValidationError):
        cc.set_staff_on_duty(db, admin, pid, clock.today(), ["长" * 40])
    cc.set_staff_on_duty(db, admin, pid, clock.today(), [])
    assert cc.staff_on_duty(db, pid, clock.today()) == []


def test_longer_enrolment_dates_meet_the_capacity(db, admin):
    summer = cc.create_program(
        db,
        admin,
        base_program(
            name="暑托", kind="summer", starts_on=dt.date(2027, 7, 1), ends_on=dt.date(2027, 8, 31), capacity=1
        ),
    )
    a = cc.create_child(db, admin, cc.ChildInput(name="甲"))
    b = cc.create_child(db, admin, cc.ChildInput(name="乙"))
    cc.enrol(db, admin, a, summer, starts_on=dt.date(2027, 7, 1), ends_on=dt.date(2027, 7, 31))
    eid = cc.enrol(db, admin, b, summer, starts_on=dt.date(2027, 8, 1), ends_on=dt.date(2027, 8, 31))
    with pytest.raises(cc.CapacityFull):
        cc.update_enrolment(
            db,
            admin,
            eid,
            group="",
            weekdays=0b11111,
            options=(),
            starts_on=dt.date(2027, 7, 15),
            ends_on=dt.date(2027, 8, 31),
        )
    cc.update_enrolment(
        db,
        admin,
        eid,
        group="",
        weekdays=0b00111,
        options=(),
        starts_on=dt.date(2027, 8, 1),
        ends_on=dt.date(2027, 8, 31),
    )
    assert [e.starts_on for e in cc.list_enrolments(db, b)] == [dt.date(2027, 8, 1)]
