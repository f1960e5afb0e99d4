"""The classes tab as the desk uses it: find a resident with the search everyone knows, Enter, sign up; a full class
offers the waitlist; attendance by ticks, by name and by a scanned sheet code; the course form refuses bad input
with nothing written; the resident's profile lists their classes. Every table model passes qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.accounts import privacy
from app.accounts.permissions import BOOK_ROOM
from app.activities import attendance as T
from app.activities import service as A
from app.actor import CASHIER, Actor
from app.residents.service import ResidentInput, create_resident
from db.models.activities import ActivityCourse
from tests.helpers import type_text
from ui.activities import page as page_module
from ui.activities.course_form import CourseDialog, parse_yuan
from ui.activities.page import ReasonDialog, create_page
from ui.activities.profile import create_profile_section


def _page(qtbot, ctx):
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def _tab(qtbot, page, name):
    """A sub-tab of the shown page, once its first query (on a worker) has answered."""
    tab = getattr(page, name)
    qtbot.waitUntil(lambda: not tab.loader.pending)
    return tab


def test_sign_up_at_the_desk_and_the_waitlist_offer(
    qtbot, qtmodeltester, ctx, db, admin, make_course, make_resident, no_dialogs, monkeypatch
):
    cid = make_course("书法班", capacity=1, min_age=60)
    make_resident("赵善庆")
    make_resident("钱多多")
    young = make_resident("孙小", birth=None)
    page = _page(qtbot, ctx)
    tab = _tab(qtbot, page, "courses")
    qtmodeltester.check(tab.model)
    assert tab.course().id == cid
    type_text(qtbot, tab.picker.search, "赵善庆")
    qtbot.keyClick(tab.picker.search, Qt.Key.Key_Return)  # one match: picked, and Enter signs up
    assert [r.name for r in A.list_enrolments(db, admin, cid)] == ["赵善庆"]
    qtmodeltester.check(tab.people_model)
    # the class is full: the desk is asked, and the answer yes puts her on the waitlist
    type_text(qtbot, tab.picker.search, "钱多多")
    qtbot.keyClick(tab.picker.search, Qt.Key.Key_Return)
    assert no_dialogs.messages[-1][0] == "confirm" and "waitlist" in no_dialogs.messages[-1][1]
    assert [r.status for r in A.list_enrolments(db, admin, cid)] == ["booked", "waitlist"]
    # an age condition not met: a clear message, nothing written
    tab.picker.set_resident(young)
    tab.sign_up_button.click()
    assert no_dialogs.messages[-1][0] == "error" and "date of birth" in no_dialogs.messages[-1][1]
    assert len(A.list_enrolments(db, admin, cid)) == 2
    # withdraw the booked one: the waitlist moves up
    monkeypatch.setattr(page_module, "ask_reason", lambda *_a: "搬家")
    tab.people.selectRow(0)
    tab.withdraw_button.click()
    rows = {r.name: r.status for r in A.list_enrolments(db, admin, cid, include_withdrawn=True)}
    assert rows == {"赵善庆": "withdrawn", "钱多多": "booked"}


def test_attendance_by_ticks_name_and_scan(
    qtbot, qtmodeltester, ctx, db, admin, make_course, make_resident, no_dialogs
):
    cid = make_course("京剧队", kind=A.TROUPE)
    people = [make_resident(n) for n in ("周信芳", "梅兰芳", "程砚秋")]
    for p in people:
        A.sign_up(db, admin, cid, p)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    tab = _tab(qtbot, page, "attendance")
    qtmodeltester.check(tab.sessions_model)
    qtmodeltester.check(tab.ticks)
    session = tab.session()
    assert session is not None and session.day.isoformat() == "2026-11-30"  # the latest that has begun
    tab.ticks.toggle(0)
    tab.save_button.click()
    assert sum(r.present for r in T.attendance_list(db, admin, session.id)) == 1
    type_text(qtbot, tab.find, "梅兰")
    qtbot.keyClick(tab.find, Qt.Key.Key_Return)
    assert "梅兰芳" in tab.message.text()
    qtbot.keyClicks(tab.find, T.qr_payload(session.id, people[2]))
    qtbot.keyClick(tab.find, Qt.Key.Key_Return)
    assert all(r.present for r in T.attendance_list(db, admin, session.id))
    qtbot.keyClicks(tab.find, "CC:1:2026-11-30")
    qtbot.keyClick(tab.find, Qt.Key.Key_Return)
    assert "not from a class sign-in sheet" in tab.message.text()


def test_the_course_form_refuses_bad_input_and_writes_nothing(qtbot, ctx, db, today, no_dialogs):
    dialog = CourseDialog(ctx, None)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "太极拳班")
    dialog.ends.setText("2026-01-01")  # before the start
    dialog.fee.setText("-5")
    dialog.save()
    assert dialog.errors["ends_on"] == "The term ends before it starts."
    assert dialog.errors["fee_fen"] == "The fee cannot be negative; 0 means free."
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ActivityCourse)) == 0
    dialog.ends.setText("2026-12-31")
    dialog.fee.setText("120.50")
    dialog.weekdays.set_mask(0b1)
    dialog.save()
    assert dialog.saved_id and A.get_course(db, dialog.saved_id).fee_fen == 12050
    assert (parse_yuan("¥8"), parse_yuan("0.001"), parse_yuan("abc")) == (800, None, None)


def test_the_profile_lists_the_residents_classes(qtbot, ctx, db, admin, make_course, make_resident):
    rid = make_resident("赵善庆")
    assert create_profile_section(ctx, rid) is None
    cid = make_course("书法班")
    A.sign_up(db, admin, cid, rid)
    box = create_profile_section(ctx, rid)
    qtbot.addWidget(box)
    label = box.findChild(type(box.findChildren(object)[-1]), f"activitiesProfileCourse{cid}")
    assert label is not None and "attended 0" in label.text()


def test_the_course_form_checks_every_field_as_it_changes(qtbot, ctx, db, make_course, no_dialogs, tmp_path):
    """Capacity 0, Save: the error; then 5: the error goes and Save is free at once (no text field touched). The
    same for the length, the ages and the weekdays. The message is shown whole, wrapped (not '…')."""
    cid = make_course("书法班")
    dialog = CourseDialog(ctx, None, A.get_course(db, cid))
    qtbot.addWidget(dialog)
    dialog.resize(1366 // 2, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.capacity.setValue(0)
    dialog.save()
    label = dialog.error_labels["capacity"]
    message = "The capacity must be at least one person."
    assert dialog.errors["capacity"] == message and not dialog.save_button.isEnabled()
    assert label.isVisible() and label.text() == message and label.wordWrap()
    # wrapped: every line shown, inside its field's box
    qtbot.waitUntil(
        lambda: (
            label.height() >= label.heightForWidth(label.width())
            and label.geometry().bottom() < label.parentWidget().height()
        )
    )
    dialog.grab().save(str(tmp_path / "course_form.png"))
    dialog.capacity.setValue(5)
    assert "capacity" not in dialog.errors and not label.isVisible() and dialog.save_button.isEnabled()
    dialog.duration.setValue(0)
    assert "duration_min" in dialog.errors and not dialog.save_button.isEnabled()
    dialog.duration.setValue(60)
    dialog.min_age.setValue(70)
    dialog.max_age.setValue(60)
    assert "max_age" in dialog.errors
    dialog.max_age.setValue(80)
    assert dialog.save_button.isEnabled()
    dialog.weekdays.boxes[2].setChecked(True)
    dialog.save()
    assert A.get_course(db, cid).capacity == 5 and A.get_course(db, cid).weekdays == 0b101


def test_moving_up_from_the_waitlist_is_told_to_the_desk(
    qtbot, ctx, db, admin, make_course, make_resident, no_dialogs, monkeypatch
):
    """Withdrawing 曾军 moves 覃桂平 up: the desk is told who, with the phone to call (in full for a role that may
    see it; masked for one that may not)."""
    cid = make_course("书法班", capacity=1)
    zeng = make_resident("曾军")
    qin = create_resident(
        db, admin, ResidentInput(name="覃桂平", birth_date=dt.date(1955, 3, 1), phone="13912345678", tags={})
    )
    A.sign_up(db, admin, cid, zeng)
    A.sign_up(db, admin, cid, qin, waitlist_if_full=True)
    page = _page(qtbot, ctx)
    tab = _tab(qtbot, page, "courses")
    monkeypatch.setattr(page_module, "ask_reason", lambda *_a: "搬家")
    tab.people.selectRow(0)
    tab.withdraw_button.click()
    assert {r.name: r.status for r in A.list_enrolments(db, admin, cid)} == {"覃桂平": "booked"}
    kind, text = no_dialogs.messages[-1]
    assert kind == "inform" and "覃桂平 has moved up from the waitlist" in text and "13912345678" in text
    promoted = A.list_enrolments(db, admin, cid)[0].id
    book_room = Actor(admin.user_id, "bk", "图书室", frozenset({BOOK_ROOM}))  # calls people: sees phones (SEE_PHONES)
    assert A.promoted_person(db, book_room, promoted) == A.PromotedPerson("覃桂平", "13912345678", "书法班")
    no_phones = Actor(
        admin.user_id, "cx", "收银", frozenset({CASHIER})
    )  # the rule, were a role without SEE_PHONES to ask
    assert privacy.shown_phone(no_phones, "13912345678") == "139****5678"


def test_a_reason_dialog_stays_open_until_a_reason_is_given(qtbot):
    dialog = ReasonDialog(None, "Withdraw", "Why does 曾军 withdraw?")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edit, "   ")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error.isVisible() and dialog.error.text() == "Give a reason."
    type_text(qtbot, dialog.edit, "搬家")
    assert not dialog.error.isVisible()
    dialog.ok_button.click()
    assert not dialog.isVisible() and dialog.result() == 1 and dialog.reason() == "搬家"


@pytest.mark.parametrize("typed", ["99999999999", "30000"])
def test_a_course_fee_too_large_is_said_in_yuan_with_the_limit(qtbot, ctx, db, today, no_dialogs, typed):
    """The fee went through the boundary as fen and came back "Must be a whole number from 0 to 2000000": the same
    kind as the canteen's 实收 called "not a number". One parser (app.typed.parse_yuan) says too large, in yuan."""
    dialog = CourseDialog(ctx, None)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "太极拳班")
    dialog.ends.setText("2026-12-31")
    dialog.weekdays.set_mask(0b1)
    dialog.fee.setText(typed)
    dialog.save()
    assert dialog.errors["fee_fen"] == "The amount is too large: at most ¥20,000."
    assert not dialog.saved_id
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ActivityCourse)) == 0


@pytest.mark.deferred_steps
def test_the_courses_paint_first_then_the_sign_up_panel_which_works(qtbot, ctx, db, admin, make_course, make_resident):
    """Issue 15: the courses list and its buttons are painted first; the chosen course's people and the resident
    search are made after (ui/common/steps.py), and a resident is signed up through them."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    from ui.activities.page import CoursesTab
    from ui.common import steps

    cid = make_course("书法班", capacity=5)
    make_resident("赵善庆")
    page = _page(qtbot, ctx)
    tab = page.tabs.currentWidget()
    assert isinstance(tab, CoursesTab) and tab.steps.deferred and not tab.steps.finished
    assert tab.table.isVisible() and tab.findChild(QLineEdit, "activitiesSignUpSearch") is None
    qtbot.waitUntil(lambda: steps.pending() == 0 and not tab.loader.pending)
    assert tab.findChild(QWidget, "activitiesSignUpSearch").isVisible() and tab.people.isVisible()
    assert tab.course().id == cid and "书法班" in tab.title.text()
    type_text(qtbot, tab.picker.search, "赵善庆")
    qtbot.keyClick(tab.picker.search, Qt.Key.Key_Return)
    assert [r.name for r in A.list_enrolments(db, admin, cid)] == ["赵善庆"]
    assert tab.people_model.rowCount() == 1


@pytest.mark.deferred_steps
def test_the_events_paint_first_then_the_form_which_records(qtbot, ctx, db, admin, make_resident, no_dialogs):
    """The events list first; the form to record one after the first paint, which records an event."""
    from PySide6.QtWidgets import QLineEdit

    from ui.common import steps

    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.tabs.setCurrentIndex(2)
    tab = page.tabs.currentWidget()
    assert tab.steps.deferred and tab.findChild(QLineEdit, "eventName") is None
    qtbot.waitUntil(lambda: steps.pending() == 0 and not tab.loader.pending)
    assert tab.name.isVisible() and tab.group.count() >= 1
    tab.name.setText("重阳节演出")
    tab.place.setText("活动室")
    tab.day.setDate(tab.day.date().addDays(-1))  # an event as it happened
    tab.picker.set_resident(make_resident("赵善庆"))
    tab.add_participant()
    tab.save_button.click()
    assert no_dialogs.messages == []
    assert tab.model.rowCount() == 1


@pytest.mark.deferred_steps
def test_the_attendance_paints_its_tick_list_first_then_the_sessions_which_work(
    qtbot, ctx, db, admin, make_course, make_resident, no_dialogs
):
    """Issue 15: the course, the find box and the tick list are painted first; the course's sessions are listed
    after (ui/common/steps.py), under the course, Tab going course, sessions, find box as before; a name typed and
    Enter marks the person present at the session chosen."""
    from PySide6.QtWidgets import QTableView

    from ui.common import steps

    cid = make_course("京剧队", kind=A.TROUPE)
    people = [make_resident(n) for n in ("周信芳", "梅兰芳")]
    for p in people:
        A.sign_up(db, admin, cid, p)
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.tabs.setCurrentIndex(1)
    tab = page.tabs.currentWidget()
    assert tab.steps.deferred and tab.findChild(QTableView, "attendanceSessions") is None
    assert tab.find.isVisible() and tab.list.isVisible() and tab.course.isVisible()
    qtbot.waitUntil(lambda: steps.pending() == 0 and not tab.loader.pending)
    assert tab.sessions.isVisible() and tab.sessions.y() > tab.course.y()
    order, widget = [], tab.course
    for _ in range(50):
        if widget.objectName() in ("attendanceCourse", "attendanceSessions", "attendanceFind"):
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert order[:3] == ["attendanceCourse", "attendanceSessions", "attendanceFind"]
    session = tab.session()
    assert session is not None and session.day.isoformat() == "2026-11-30"
    type_text(qtbot, tab.find, "梅兰")
    qtbot.keyClick(tab.find, Qt.Key.Key_Return)
    assert "梅兰芳" in tab.message.text()
    assert [r.name for r in T.attendance_list(db, admin, session.id) if r.present] == ["梅兰芳"]


def test_the_waitlist_is_confirmed_with_the_place_in_line_and_the_picker_is_reset(
    qtbot, ctx, db, admin, make_course, make_resident, no_dialogs
):
    """Found: putting someone on a full class's waitlist only changed the "候补5人" count, and the old matches
    stayed under "Nobody chosen yet". Now the line under the picker says "on the waitlist: number N" and the picker
    is emptied the way a sign-up empties it."""
    cid = make_course("书法班", capacity=1)
    first = make_resident("赵善庆")
    A.sign_up(db, admin, cid, first)
    make_resident("王一鸣")
    make_resident("王一凡")
    page = _page(qtbot, ctx)
    tab = _tab(qtbot, page, "courses")
    for n, name in enumerate(("王一鸣", "王一凡"), 1):
        type_text(qtbot, tab.picker.search, "王一")  # two matches: chosen from the list
        assert tab.picker.results.count() == 2
        qtbot.keyClick(tab.picker.search, Qt.Key.Key_Down)
        row = next(i for i in range(2) if tab.picker.results.item(i).text().startswith(name))
        tab.picker.results.setCurrentRow(row)
        no_dialogs.confirm_answers.append(True)
        qtbot.keyClick(tab.picker.results, Qt.Key.Key_Return)
        assert [r.status for r in A.list_enrolments(db, admin, cid)][-1] == "waitlist"
        message = tab.sign_up_message.text()
        assert name in message and "waitlist" in message and f"number {n}" in message
        assert not tab.picker.results.isVisible() and tab.picker.results.count() == 0
        assert tab.picker.search.text() == "" and tab.picker.resident_id is None
