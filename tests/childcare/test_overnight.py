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


def test_session_of_an_evening_past_midnight_is_the_evening_until_it_opens_again(db, admin, world):
    pid, _child, _guardian = _evening_program(db, admin, world)
    p = cc.get_program(db, pid)
    assert cc.session_of(p, dt.datetime(2026, 11, 30, 18, 10)) == (MONDAY, 18 * 60 + 10)
    assert cc.session_of(p, dt.datetime(2026, 12, 1, 0, 10)) == (MONDAY, 24 * 60 + 10)
    assert cc.session_of(p, dt.datetime(2026, 12, 1, 17, 59)) == (MONDAY, 24 * 60 + 17 * 60 + 59)
    assert cc.session_of(p, dt.datetime(2026, 12, 1, 18, 0)) == (TUESDAY, 18 * 60)
    day_program = cc.get_program(db, world["program"])  # an ordinary afternoon program: always today
    assert cc.session_of(day_program, dt.datetime(2026, 12, 1, 0, 10)) == (TUESDAY, 10)


def test_after_midnight_the_desk_still_shows_the_child_in_and_flags_one_not_collected(
    qtbot, ctx, db, admin, world, frozen, no_dialogs
):
    """At 00:10 the evening's child is still on the desk as in; after the 00:30 closing, flagged as not signed out
    (before, the desk had moved on to the new day and the child had vanished from it)."""
    from ui.childcare.page import create_page

    pid, child, guardian = _evening_program(db, admin, world)
    frozen(dt.datetime(2026, 11, 30, 18, 10))
    cc.sign_in(db, admin, child, guardian, program_id=pid)
    frozen(dt.datetime(2026, 12, 1, 0, 10))
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.program.setCurrentIndex(page.program.findData(pid))
    page.reload()
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert [(r.child_id, r.state) for r in rows if r.child_id == child] == [(child, "in")]
    frozen(dt.datetime(2026, 12, 1, 0, 45))
    page.reload()
    assert page.closing_banner.text() and "晚托娃" in page.closing_banner.text()
