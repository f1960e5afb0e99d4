"""Evening care (晚托) that runs past midnight (issue 14 item 5).

Before, a child signed in at 18:10 and collected at 00:10 could not be signed out ("has not been signed in today")
and the evening's record stayed open; a program could not even close after 24:00.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.childcare import service as cc
from app.errors import UserError
from db.models.childcare import ChildAttendance

MONDAY = dt.date(2026, 11, 30)
TUESDAY = MONDAY + dt.timedelta(days=1)


def _evening_program(db, admin, world):
    pid = cc.create_program(
        db,
        admin,
        cc.ProgramInput(
            name="晚托班",
            kind="evening",
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2027, 1, 20),
            open_min=18 * 60,
            close_min=30,  # before it opens: 00:30 the next day
            weekdays=127,
            capacity=20,
            groups=["一年级"],
        ),
    )
    child = cc.create_child(db, admin, cc.ChildInput(name="晚托娃", gender="F", birth_date=dt.date(2017, 5, 1)))
    cc.enrol(db, admin, child, pid, group="一年级")
    guardian = cc.add_contact(
        db, admin, cc.ContactInput(child_id=child, resident_id=world["adult"]("晚托家长"), role="guardian")
    )
    return pid, child, guardian


def test_a_child_signed_in_at_1810_is_collected_at_0010_and_counted_on_the_evening(db, admin, world, frozen):
    pid, child, guardian = _evening_program(db, admin, world)
    assert cc.get_program(db, pid).close_min == 24 * 60 + 30
    frozen(dt.datetime(2026, 11, 30, 18, 10))
    cc.sign_in(db, admin, child, guardian, program_id=pid)
    frozen(dt.datetime(2026, 12, 1, 0, 10))
    cc.sign_out(db, admin, child, guardian)
    with db.read() as s:
        rows = s.query(ChildAttendance).filter(ChildAttendance.child_id == child).order_by(ChildAttendance.id).all()
        assert [(r.kind, r.day) for r in rows] == [("in", MONDAY), ("out", MONDAY)]
    monday = {r.child_id: r for r in cc.day_rows(db, admin, pid, MONDAY)}[child]
    assert monday.state == "out" and cc.hhmm(cc.local_minutes(monday.out_at)) == "00:10"
    assert child not in {r.child_id for r in cc.day_rows(db, admin, pid, TUESDAY) if r.state != "expected"}
    with pytest.raises(UserError):  # the evening is closed: no second sign-out
        cc.sign_out(db, admin, child, guardian)


def test_a_sign_out_at_0010_without_an_open_evening_is_still_refused(db, admin, world, frozen):
    pid, child, guardian = _evening_program(db, admin, world)
    frozen(dt.datetime(2026, 12, 1, 0, 10))
    with pytest.raises(UserError, match="signed in|签到"):
        cc.sign_out(db, admin, child, guardian)
    # nor does a day program's open sign-in of the day before reach past midnight
    frozen(dt.datetime(2026, 11, 30, 16, 30))
    cc.sign_in(db, admin, world["child"], world["contacts"]["guardian"])
    frozen(dt.datetime(2026, 12, 1, 0, 10))
    with pytest.raises(UserError, match="signed in|签到"):
        cc.sign_out(db, admin, world["child"], world["contacts"]["guardian"])
