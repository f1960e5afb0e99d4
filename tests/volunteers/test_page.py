"""The counter as a coordinator uses it: a week from a template, sign-ups (one clash refused), check in and out,
approve the hours, issue the certificate. Every table model passes qtmodeltester."""

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from sqlalchemy import func, select

from app.volunteers import roster
from db.models.volunteers import HoursEntry, SignUp
from tests.helpers import type_text
from tests.pdfcheck import assert_pdf_ok
from tests.volunteers.conftest import MONDAY
from ui.volunteers.page import create_page
from ui.volunteers.profile import create_profile_section


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_week_from_template_signups_attendance_approval_certificate(
    qtbot, qtmodeltester, ctx, make_volunteer, posts, frozen, no_dialogs, previews
):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    li = make_volunteer("李雷", external_number="ZYH001")
    han = make_volunteer("韩梅梅")
    page = create_page(ctx)
    qtbot.addWidget(page)
    tab = page.roster
    assert tab.monday == MONDAY

    # two weekly shifts on Monday that overlap, then the week from the templates
    for post, start, end in (("canteen", QTime(9, 0), QTime(11, 0)), ("tutoring", QTime(10, 0), QTime(12, 0))):
        _choose(tab.post_combo, posts[post])
        _choose(tab.weekday_combo, 0)
        tab.start_edit.setTime(start)
        tab.end_edit.setTime(end)
        tab.min_spin.setValue(2)
        tab.max_spin.setValue(2)
        qtbot.mouseClick(tab.add_template_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.generate_btn, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "inform"
    qtmodeltester.check(tab.model)
    canteen_row = [p.id for p in tab.model.week.posts].index(posts["canteen"])
    tutoring_row = [p.id for p in tab.model.week.posts].index(posts["tutoring"])
    assert tab.model.index(canteen_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # below its minimum

    def sign_up(row, name, text):
        tab.grid.setCurrentIndex(tab.model.index(row, 0))
        tab.volunteer_search.clear()
        type_text(qtbot, tab.volunteer_search, text)
        qtbot.keyClick(tab.volunteer_search, Qt.Key.Key_Return)
        assert tab.volunteer_choice.currentText().startswith(name)
        qtbot.mouseClick(tab.signup_btn, Qt.MouseButton.LeftButton)

    sign_up(canteen_row, "李雷", "李雷")
    sign_up(canteen_row, "韩梅梅", "hmm")
    assert tab.model.index(canteen_row, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # staffed now
    # the clash is refused (the override question is left empty) and nothing is written
    sign_up(tutoring_row, "李雷", "李雷")
    assert no_dialogs.messages[-1][0] == "error" and "09:00" in no_dialogs.messages[-1][1]
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SignUp)) == 2

    # check in at 09:00, out at 11:00
    tab.grid.setCurrentIndex(tab.model.index(canteen_row, 0))
    qtmodeltester.check(tab.people_model)
    frozen(dt.datetime(2026, 11, 23, 9, 0))
    for i in range(2):
        tab.people.selectRow(i)
        qtbot.mouseClick(tab.in_btn, Qt.MouseButton.LeftButton)
    frozen(dt.datetime(2026, 11, 23, 11, 0))
    for i in range(2):
        tab.people.selectRow(i)
        qtbot.mouseClick(tab.out_btn, Qt.MouseButton.LeftButton)
    assert [tab.people_model.index(i, 2).data() for i in range(2)] == ["Checked out", "Checked out"]

    # approve both
    page.tabs.setCurrentWidget(page.hours)
    hours = page.hours
    qtmodeltester.check(hours.model)
    assert hours.model.rowCount() == 2
    hours.table.selectAll()
    qtbot.mouseClick(hours.approve_btn, Qt.MouseButton.LeftButton)
    assert hours.model.rowCount() == 0
    with ctx.db.read() as s:
        assert s.scalars(select(HoursEntry.status)).all() == ["approved", "approved"]

    # certificate for 李雷
    page.tabs.setCurrentWidget(page.volunteers)
    vt = page.volunteers
    qtmodeltester.check(vt.model)
    type_text(qtbot, vt.search, "李雷")
    assert vt.model.rowCount() == 1
    vt.cert_from.setDate(QDate(2026, 11, 1))
    vt.cert_to.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(vt.cert_btn, Qt.MouseButton.LeftButton)
    assert len(previews) == 1
    assert_pdf_ok(previews[0], "李雷", "ZYH001", "2.0")

    section = create_profile_section(ctx, roster.list_volunteers(ctx.db, ctx.actor, "李雷")[0].resident_id)
    qtbot.addWidget(section)
    assert section.findChild(type(section.children()[1]), "volunteersProfileApproved").text() == "2.0"
    assert li != han


def test_register_a_minor_needs_consent(qtbot, ctx, no_dialogs, frozen):
    from app.residents.service import ResidentInput, create_resident

    frozen(dt.datetime(2026, 11, 23, 8, 0))
    create_resident(ctx.db, ctx.actor, ResidentInput(name="王小明", birth_date=dt.date(2013, 6, 1)))
    page = create_page(ctx)
    qtbot.addWidget(page)
    vt = page.volunteers
    type_text(qtbot, vt.resident_search, "王小明")
    qtbot.keyClick(vt.resident_search, Qt.Key.Key_Return)
    qtbot.mouseClick(vt.save_btn, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "error" and "18" in no_dialogs.messages[-1][1]
    assert vt.model.rowCount() == 0
    type_text(qtbot, vt.guardian, "王芳")
    vt.consent.setDate(QDate(2026, 11, 20))
    qtbot.mouseClick(vt.save_btn, Qt.MouseButton.LeftButton)
    assert vt.model.rowCount() == 1


def test_profile_and_pending_list_show_hours_by_the_one_rule(qtbot, ctx, frozen):
    """75 minutes show as 1.3 on every screen; the profile's lines by source add up to its approved total."""
    from PySide6.QtWidgets import QLabel

    from app.residents.service import ResidentInput, create_resident
    from app.volunteers import ledger
    from ui.volunteers.models import PendingHoursModel

    frozen(dt.datetime(2026, 11, 25, 12, 0))
    db, admin = ctx.db, ctx.actor
    rid = create_resident(db, admin, ResidentInput(name="王芳"))
    vol = roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=rid))
    with db.write() as s:
        e_req = ledger.record_external_hours(
            s, admin, resident_id=rid, source="request", source_ref="2026-000200", day=MONDAY, minutes=45, note=""
        )
    e_man = roster.add_manual_hours(db, admin, vol, MONDAY, 30, "整理书架")
    roster.add_manual_hours(db, admin, vol, MONDAY + dt.timedelta(days=1), 75, "待审")
    pending = PendingHoursModel()
    pending.set_rows(roster.pending_hours(db))
    shown = sorted(pending.display(pending.row_at(i), 2) for i in range(pending.rowCount()))
    assert shown == ["0.5", "0.8", "1.3"]
    roster.decide_hours(db, admin, e_req, approve=True)
    roster.decide_hours(db, admin, e_man, approve=True)
    section = create_profile_section(ctx, rid)
    qtbot.addWidget(section)
    assert section.findChild(QLabel, "volunteersProfileApproved").text() == "1.3"
    texts = [w.text() for w in section.findChildren(QLabel)]
    assert "1.3" in texts and "0.8" in texts and "0.5" in texts  # approved, request, manual; pending 1.3 too


def test_a_night_shift_is_added_from_the_form_and_shown_on_the_day_it_begins(qtbot, ctx, posts, frozen, no_dialogs):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    tab = page.roster
    _choose(tab.post_combo, posts["station"])
    tab.start_edit.setTime(QTime(22, 0))
    tab.end_edit.setTime(QTime(2, 0))
    tab.oneoff_day.setDate(QDate(2026, 11, 25))
    qtbot.mouseClick(tab.add_oneoff_btn, Qt.MouseButton.LeftButton)
    assert not [m for m in no_dialogs.messages if m[0] != "inform"], no_dialogs.messages  # no "same day" refusal
    row = [p.id for p in tab.model.week.posts].index(posts["station"])
    assert "22:00-next day 02:00" in tab.model.index(row, 2).data()  # Wednesday's column
    assert tab.shift_combo.currentText().startswith("2026-11-25 22:00-next day 02:00")
