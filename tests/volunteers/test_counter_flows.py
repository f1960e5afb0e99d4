"""Issue 16 item 7: the volunteers counter as a coordinator expects it — attendance of a shift that has passed is
typed in with its real times, a check-out in the check-in's minute is a clear message, approving hours says who and
keeps the place in the list, and the week roster shows every post at 1366×768."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from sqlalchemy import select

from app import clock
from app.errors import UserError
from app.volunteers import roster
from db.models.volunteers import HoursEntry, SignUp
from ui.volunteers.page import create_page

MONDAY = dt.date(2026, 11, 23)


def _local(h: int, m: int, day: dt.date = MONDAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(h, m), tzinfo=clock.local_tz())


@pytest.fixture
def booked(db, admin, make_volunteer, make_shift, frozen, posts):
    """李雷 signed up for Monday's canteen shift 09:00–11:00 (signed up at 08:00)."""
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    vid = make_volunteer("李雷")
    sid = make_shift(day=MONDAY, start="09:00", end="11:00")
    roster.sign_up(db, admin, sid, vid)
    return sid


def _open_shift(qtbot, ctx, posts):
    page = create_page(ctx)
    qtbot.addWidget(page)
    tab = page.roster
    tab.select_cell(posts["canteen"], MONDAY)
    tab.people.selectRow(0)
    return page, tab


def _signup(db) -> SignUp:
    with db.read() as s:
        return s.execute(select(SignUp)).scalar_one()


def _minutes(db) -> list[int]:
    with db.read() as s:
        return list(s.execute(select(HoursEntry.minutes)).scalars())


def test_attendance_of_a_past_shift_is_entered_with_the_shift_times(qtbot, ctx, posts, booked, frozen, no_dialogs):
    frozen(dt.datetime(2026, 11, 23, 16, 20))  # the afternoon: the paper sheet of the morning is typed in
    page, tab = _open_shift(qtbot, ctx, posts)
    assert tab.in_time.text() == "11-23 09:00" and tab.out_time.text() == "11-23 11:00"
    qtbot.mouseClick(tab.in_btn, Qt.MouseButton.LeftButton)
    assert clock.to_local(_signup(ctx.db).checked_in_at) == _local(9, 0)
    qtbot.mouseClick(tab.out_btn, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages == []
    assert clock.to_local(_signup(ctx.db).checked_out_at) == _local(11, 0)
    assert _minutes(ctx.db) == [120]


def test_the_clerk_may_change_the_times(qtbot, ctx, posts, booked, frozen, no_dialogs):
    frozen(dt.datetime(2026, 11, 24, 10, 0))  # the next day
    page, tab = _open_shift(qtbot, ctx, posts)
    tab.in_time.setDateTime(QDateTime.fromString("2026-11-23 09:10", "yyyy-MM-dd HH:mm"))
    qtbot.mouseClick(tab.in_btn, Qt.MouseButton.LeftButton)
    tab.out_time.setDateTime(QDateTime.fromString("2026-11-23 10:40", "yyyy-MM-dd HH:mm"))
    qtbot.mouseClick(tab.out_btn, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages == [] and _minutes(ctx.db) == [90]


def test_a_check_out_in_the_check_ins_minute_is_a_clear_message(qtbot, ctx, posts, booked, frozen, no_dialogs):
    frozen(dt.datetime(2026, 11, 23, 9, 30, 10))  # during the shift: now is proposed
    page, tab = _open_shift(qtbot, ctx, posts)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert tab.in_time.text() == "11-23 09:30"
    qtbot.mouseClick(tab.in_btn, Qt.MouseButton.LeftButton)
    frozen(dt.datetime(2026, 11, 23, 9, 30, 40))
    qtbot.mouseClick(tab.out_btn, Qt.MouseButton.LeftButton)
    kind, text = no_dialogs.messages[-1]
    assert kind == "error" and "at least a minute" in text and "09:30" in text
    assert _signup(ctx.db).checked_out_at is None and _minutes(ctx.db) == []
    assert tab.out_time.hasFocus()
    # the clerk types when the volunteer left
    frozen(dt.datetime(2026, 11, 23, 10, 45))
    tab.out_time.setDateTime(QDateTime.fromString("2026-11-23 10:30", "yyyy-MM-dd HH:mm"))
    qtbot.mouseClick(tab.out_btn, Qt.MouseButton.LeftButton)
    assert _minutes(ctx.db) == [60]  # the check-in was recorded to the minute: 09:30 to 10:30


def test_the_service_says_the_same_to_a_script(db, admin, booked, frozen):
    frozen(dt.datetime(2026, 11, 23, 9, 0))
    su = _signup(db)
    roster.check_in(db, admin, su.id)
    frozen(dt.datetime(2026, 11, 23, 9, 0, 40))
    with pytest.raises(UserError, match=r"at least a minute after the check-in \(11-23 09:00\)"):
        roster.check_out(db, admin, su.id)
    with pytest.raises(UserError, match="at least a minute after the check-in"):
        roster.check_out(db, admin, su.id, _local(8, 55))
    assert _minutes(db) == []


def test_attendance_defaults():
    # a shift that has ended: its own times; under way or to come: now (to the minute)
    start, end = roster.attendance_defaults(MONDAY, 9 * 60, 11 * 60, _local(11, 0))
    assert (start, end) == (_local(9, 0), _local(11, 0))
    assert roster.attendance_defaults(MONDAY, 9 * 60, 11 * 60, _local(10, 59)) == (_local(10, 59), _local(10, 59))
    night = roster.attendance_defaults(MONDAY, 22 * 60, 2 * 60, _local(3, 0, MONDAY + dt.timedelta(days=1)))
    assert night == (_local(22, 0), _local(2, 0, MONDAY + dt.timedelta(days=1)))


def test_approving_hours_says_who_and_keeps_the_place(qtbot, ctx, make_volunteer, frozen, no_dialogs):
    frozen(dt.datetime(2026, 11, 23, 16, 0))
    names = ["甲一", "乙二", "丙三", "丁四"]
    for i, name in enumerate(names):
        vid = make_volunteer(name)
        roster.add_manual_hours(ctx.db, ctx.actor, vid, MONDAY, 60 + i * 30, "活动")
    page = create_page(ctx)
    qtbot.addWidget(page)
    hours = page.hours
    listed = [hours.model.row_at(i).name for i in range(hours.model.rowCount())]
    hours.table.selectRow(1)
    chosen = listed[1]
    qtbot.mouseClick(hours.approve_btn, Qt.MouseButton.LeftButton)
    assert f"Approved: {chosen}" in hours.feedback.text() and "(1 in all)" in hours.feedback.text()
    # the entry that took its place is selected, and the feedback names it: not the first row
    assert hours.table.currentIndex().row() == 1
    following = hours.model.row_at(1).name
    assert following == listed[2] and f"Selected now: {following}" in hours.feedback.text()
    with ctx.db.read() as s:
        approved = s.execute(select(HoursEntry).where(HoursEntry.status == "approved")).scalars().all()
        assert len(approved) == 1
    # a refresh keeps the selected entry
    hours.reload()
    assert hours.model.row_at(hours.table.currentIndex().row()).name == following
    # the last row approved: the new last row is selected
    hours.table.selectRow(hours.model.rowCount() - 1)
    qtbot.mouseClick(hours.approve_btn, Qt.MouseButton.LeftButton)
    assert hours.table.currentIndex().row() == hours.model.rowCount() - 1


def test_every_post_of_the_week_is_on_screen_at_1366x768(qtbot, ctx, posts, make_shift, frozen):
    from ui.main_window import MainWindow

    frozen(dt.datetime(2026, 11, 23, 8, 0))
    for post in posts:
        make_shift(post=post)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("volunteersPage")
    qtbot.waitExposed(window)
    grid = window.page("volunteersPage").roster.grid
    qtbot.waitUntil(lambda: grid.model().week is not None)  # shown at once, the week queried on a worker
    week = grid.model().week
    assert len(week.posts) == len(posts) == 5
    qtbot.waitUntil(lambda: grid.viewport().height() > 0)
    viewport = grid.viewport().rect()
    for row in range(len(week.posts)):
        rect = grid.visualRect(grid.model().index(row, 0))
        assert viewport.contains(rect), (week.posts[row].name, rect, viewport)
        assert rect.height() >= grid.fontMetrics().lineSpacing() * 2
