"""The coordinator's daily work beyond the roster: editing a volunteer (type fields, skills, qualifications with
expiry), shifts that require a skill (an expired qualification is flagged and refused unless overridden), the
waitlist in the page, hours entered by hand for approval, and exports read back against the database."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from app import demo
from app.errors import UserError, ValidationError
from app.volunteers import demo as volunteers_demo
from app.volunteers import hours, reports, roster
from db.models import AuditEntry, Resident
from db.models.volunteers import HoursEntry, SignUp, Volunteer
from tests.helpers import type_text
from tests.volunteers.conftest import MONDAY
from ui.volunteers.page import create_page


def _count(db, model, *where) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def _skill_shift(db, admin, posts, skills: list[str], day=MONDAY) -> int:
    return roster.create_shift(
        db,
        admin,
        roster.ShiftInput(
            post_id=posts["station"], day=day, start_min=9 * 60, end_min=11 * 60, max_people=3, required_skills=skills
        ),
    )


def test_a_required_skill_or_an_expired_qualification_is_refused_unless_overridden(
    db, admin, make_volunteer, posts, frozen
):
    frozen(dt.datetime(2026, 11, 20, 8, 0))
    shift = _skill_shift(db, admin, posts, ["急救证"])
    current = make_volunteer("李雷", qualifications=[("急救证", dt.date(2027, 6, 30))])
    lapsed = make_volunteer("韩梅梅", qualifications=[("急救证", dt.date(2026, 11, 22))])  # lapses before the shift
    skilled = make_volunteer("王芳", skills=["急救证"])
    none = make_volunteer("赵强")
    assert roster.sign_up(db, admin, shift, current).status == roster.BOOKED
    assert roster.sign_up(db, admin, shift, skilled).status == roster.BOOKED
    with pytest.raises(UserError, match="2026-11-22"):
        roster.sign_up(db, admin, shift, lapsed)
    with pytest.raises(UserError, match="急救证"):
        roster.sign_up(db, admin, shift, none)
    assert _count(db, SignUp) == 2
    su = roster.sign_up(db, admin, shift, lapsed, override_reason="证书已在复审，站长陪同")
    with db.read() as s:
        assert s.get(SignUp, su.signup_id).override_reason == "证书已在复审，站长陪同"
        assert (
            s.scalar(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "volunteer_signup")
                .order_by(AuditEntry.id.desc())
                .limit(1)
            )
            == "override"
        )
    # a shift without requirements takes anyone
    assert roster.sign_up(db, admin, _skill_shift(db, admin, posts, [], MONDAY + dt.timedelta(days=1)), none)


def test_editing_keeps_one_record_and_checks_the_type_fields(db, admin, make_volunteer, frozen):
    frozen(dt.datetime(2026, 11, 20, 8, 0))
    vid = make_volunteer("李雷", qualifications=[("急救证", dt.date(2027, 6, 30))])
    d = roster.get_volunteer(db, admin, vid)
    assert (d.name, d.input.kind, d.input.qualifications) == ("李雷", "resident", [("急救证", dt.date(2027, 6, 30))])
    d.input.kind = "student"
    with pytest.raises(ValidationError) as err:
        roster.save_volunteer(db, admin, d.input, vid)
    assert "school" in err.value.errors
    d.input.school, d.input.student_number = "南京大学", "2024123"
    d.input.qualifications = [("急救证", dt.date(2028, 6, 30)), ("急救证", None)]
    with pytest.raises(ValidationError) as err:
        roster.save_volunteer(db, admin, d.input, vid)
    assert "qualifications" in err.value.errors
    d.input.qualifications = [("急救证", dt.date(2028, 6, 30)), ("教师资格证", None)]
    assert roster.save_volunteer(db, admin, d.input, vid) == vid
    again = roster.get_volunteer(db, admin, vid).input
    assert (again.kind, again.school, again.qualifications) == (
        "student",
        "南京大学",
        [("急救证", dt.date(2028, 6, 30)), ("教师资格证", None)],
    )
    assert _count(db, Volunteer) == 1
    with pytest.raises(UserError):  # registering the same resident again
        roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=d.resident_id))


def test_edit_form_in_the_page(qtbot, qtmodeltester, ctx, make_volunteer, no_dialogs, frozen):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_volunteer("李雷", external_number="ZYH001")
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.show()
    vt = page.volunteers
    page.tabs.setCurrentWidget(vt)
    assert not vt.school.isVisible() and not vt.branch.isVisible()  # a resident volunteer: no type fields
    type_text(qtbot, vt.search, "李雷")
    vt.table.selectRow(0)
    qtbot.mouseClick(vt.edit_btn, Qt.MouseButton.LeftButton)
    assert vt.editing is not None and vt.resident_name.text() == "李雷" and not vt.resident_search.isVisible()
    assert vt.external.text() == "ZYH001"
    vt.kind.setCurrentIndex(vt.kind.findData("student"))
    assert vt.school.isVisible() and vt.student_number.isVisible() and not vt.branch.isVisible()
    qtbot.mouseClick(vt.save_btn, Qt.MouseButton.LeftButton)  # a student without school: refused
    assert no_dialogs.messages[-1][0] == "error"
    type_text(qtbot, vt.school, "东南大学")
    type_text(qtbot, vt.student_number, "213201")
    type_text(qtbot, vt.skills, "书法，电脑")
    type_text(qtbot, vt.qual_name, "急救证")
    vt.qual_expiry.setDate(QDate(2026, 10, 31))  # already expired
    qtbot.keyClick(vt.qual_name, Qt.Key.Key_Return)
    type_text(qtbot, vt.qual_name, "教师资格证")
    qtbot.mouseClick(vt.qual_add, Qt.MouseButton.LeftButton)
    qtmodeltester.check(vt.quals_model)
    assert [vt.quals_model.index(i, 2).data() for i in range(2)] == ["Expired", "Valid"]
    assert vt.quals_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    qtbot.mouseClick(vt.save_btn, Qt.MouseButton.LeftButton)
    assert vt.editing is None  # back to registering
    d = roster.get_volunteer(ctx.db, ctx.actor, roster.list_volunteers(ctx.db, ctx.actor, "李雷")[0].id).input
    assert (d.kind, d.school, d.student_number, d.skills) == ("student", "东南大学", "213201", ["书法", "电脑"])
    assert d.qualifications == [("急救证", dt.date(2026, 10, 31)), ("教师资格证", None)]
    qtmodeltester.check(vt.model)
    q_col = vt.model.QUALIFICATIONS
    assert "2026-10-31" in vt.model.index(0, q_col).data()
    assert vt.model.index(0, q_col).data(Qt.ItemDataRole.ForegroundRole) is not None  # flagged


def test_waitlist_in_the_page_promotes_in_order(
    qtbot, qtmodeltester, ctx, make_volunteer, make_shift, posts, no_dialogs, frozen
):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    for name in ("李雷", "韩梅梅", "王芳"):
        make_volunteer(name)
    make_shift(hi=1, lo=1)
    page = create_page(ctx)
    qtbot.addWidget(page)
    tab = page.roster
    row = [p.id for p in tab.model.week.posts].index(posts["canteen"])
    tab.grid.setCurrentIndex(tab.model.index(row, 0))

    def choose(name):
        tab.volunteer_search.clear()
        type_text(qtbot, tab.volunteer_search, name)
        qtbot.keyClick(tab.volunteer_search, Qt.Key.Key_Return)

    choose("李雷")
    qtbot.mouseClick(tab.waitlist_btn, Qt.MouseButton.LeftButton)  # room left: sign up instead
    assert no_dialogs.messages[-1][0] == "warn"
    qtbot.mouseClick(tab.signup_btn, Qt.MouseButton.LeftButton)
    choose("韩梅梅")
    qtbot.mouseClick(tab.signup_btn, Qt.MouseButton.LeftButton)  # full: refused (no override given)
    assert no_dialogs.messages[-1][0] == "error"
    qtbot.mouseClick(tab.waitlist_btn, Qt.MouseButton.LeftButton)
    choose("王芳")
    qtbot.mouseClick(tab.waitlist_btn, Qt.MouseButton.LeftButton)
    qtmodeltester.check(tab.people_model)

    def people():
        return [
            (tab.people_model.index(i, 0).data(), tab.people_model.index(i, 1).data())
            for i in range(tab.people_model.rowCount())
        ]

    assert people() == [("李雷", "Booked"), ("韩梅梅", "Waitlist #1"), ("王芳", "Waitlist #2")]
    tab.people.selectRow(0)
    no_dialogs.text_answers.append("生病请假")
    qtbot.mouseClick(tab.drop_btn, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1] == ("inform", "韩梅梅 moved up from the waitlist.")
    assert people() == [("韩梅梅", "Booked"), ("王芳", "Waitlist #1")]


def test_manual_hours_form_goes_to_approval(qtbot, ctx, make_volunteer, no_dialogs, frozen):
    frozen(dt.datetime(2026, 11, 23, 18, 0))
    vid = make_volunteer("李雷")
    page = create_page(ctx)
    qtbot.addWidget(page)
    hours = page.hours
    type_text(qtbot, hours.manual_search, "李雷")
    qtbot.keyClick(hours.manual_search, Qt.Key.Key_Return)
    assert hours.manual_volunteer.currentData() == vid
    hours.manual_hours.setValue(2.5)
    qtbot.keyClick(hours.manual_note, Qt.Key.Key_Return)  # no reason: refused, nothing written
    assert no_dialogs.messages[-1][0] == "error" and _count(ctx.db, HoursEntry) == 0
    type_text(qtbot, hours.manual_note, "社区义诊活动帮忙")
    qtbot.keyClick(hours.manual_note, Qt.Key.Key_Return)
    with ctx.db.read() as s:
        e = s.scalars(select(HoursEntry)).one()
        assert (e.source, e.minutes, e.status, e.note, e.day) == (
            "manual",
            150,
            "pending",
            "社区义诊活动帮忙",
            dt.date(2026, 11, 23),
        )
    assert hours.model.rowCount() == 1 and hours.model.index(0, 3).data() == "Manual"
    # 22 more hours the same day would pass 24: refused
    type_text(qtbot, hours.manual_search, "李雷")
    qtbot.keyClick(hours.manual_search, Qt.Key.Key_Return)
    hours.manual_hours.setValue(22)
    type_text(qtbot, hours.manual_note, "夜间值守")
    qtbot.mouseClick(hours.manual_add, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "error" and _count(ctx.db, HoursEntry) == 1


def test_full_id_on_the_certificate_only_when_asked_and_recorded(qtbot, ctx, db, admin, no_dialogs, previews, frozen):
    from app.residents.service import ResidentInput, create_resident
    from tests.pdfcheck import extract_text

    frozen(dt.datetime(2026, 11, 23, 18, 0))
    rid = create_resident(db, admin, ResidentInput(name="韩梅梅", id_number="11010519491231002X"))
    vid = roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=rid))
    with db.write() as s:
        from app.volunteers import ledger

        e = ledger.add_entry(
            s,
            admin,
            volunteer_id=vid,
            source="manual",
            source_ref="",
            day=dt.date(2026, 11, 20),
            minutes=120,
            note="义诊",
        )
        ledger.decide(s, admin, e, approve=True)
    page = create_page(ctx)
    qtbot.addWidget(page)
    vt = page.volunteers
    vt.cert_from.setDate(QDate(2026, 11, 1))
    vt.cert_to.setDate(QDate(2026, 11, 30))
    vt.table.selectRow(0)
    qtbot.mouseClick(vt.cert_btn, Qt.MouseButton.LeftButton)
    assert "11010519491231002X" not in extract_text(previews[-1]) and "110105********002X" in extract_text(previews[-1])
    vt.cert_full_id.setChecked(True)
    qtbot.mouseClick(vt.cert_btn, Qt.MouseButton.LeftButton)
    assert "11010519491231002X" in extract_text(previews[-1])
    assert _count(db, AuditEntry, AuditEntry.action == "reveal_id") == 1


def test_hours_excel_read_back_equals_the_database(db, frozen, tmp_path):
    from openpyxl import load_workbook

    frozen(dt.datetime(2026, 11, 26, 20, 0))
    ctx = demo.populate(db, residents=300, counters=False, log=lambda _m: None)
    volunteers_demo.populate(db, ctx)
    first, last = dt.date(2026, 10, 1), dt.date(2026, 11, 30)
    rows = reports.hours_by_month(db, first, last)
    ws = load_workbook(io.BytesIO(reports.hours_xlsx(rows, first, last))).active
    values = [tuple(c.value for c in r) for r in ws.iter_rows(min_row=3)]
    body, total = values[:-1], values[-1]
    with db.read() as s:
        expected = {}
        for name, day, status, minutes in s.execute(  # every entry, summed here: an independent count
            select(Resident.name, HoursEntry.day, HoursEntry.status, HoursEntry.minutes)
            .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
            .join(Resident, Resident.id == Volunteer.resident_id)
            .where(HoursEntry.day >= first, HoursEntry.day <= last, HoursEntry.status != "rejected")
        ):
            rec = expected.setdefault((name, day.strftime("%Y-%m")), [0, 0])
            rec[0 if status == "approved" else 1] += minutes
        all_approved = s.scalar(
            select(func.sum(HoursEntry.minutes)).where(
                HoursEntry.status == "approved", HoursEntry.day >= first, HoursEntry.day <= last
            )
        )
    got: dict = {}
    for name, m, _approved, _pending, approved_min, pending_min in body:
        rec = got.setdefault((name, m), [0, 0])
        rec[0] += approved_min
        rec[1] += pending_min
    assert got == expected and len(body) > 20
    assert total[4] == all_approved
    # the hours as printed: the total by the one rule, and the lines add up to it (issue 14 item 4)
    assert Decimal(str(total[2])) == Decimal(hours.hours_text(all_approved))
    assert sum(Decimal(str(r[2])) for r in body) == Decimal(str(total[2]))
    assert sum(Decimal(str(r[3])) for r in body) == Decimal(str(total[3]))


def test_archiving_a_volunteer_drops_coming_bookings_and_promotes_the_waitlist(
    qtbot, ctx, db, admin, make_volunteer, make_shift, no_dialogs, frozen
):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    leaving = make_volunteer("李雷")
    waiting = make_volunteer("韩梅梅")
    today_shift = make_shift(hi=1)  # Monday 09:00, not begun at 08:00
    later = make_shift(day=MONDAY + dt.timedelta(days=2), hi=1)
    roster.sign_up(db, admin, today_shift, leaving)
    roster.sign_up(db, admin, later, leaving)
    assert roster.sign_up(db, admin, later, waiting, waitlist_if_full=True).status == roster.WAITLIST
    page = create_page(ctx)
    qtbot.addWidget(page)
    vt = page.volunteers
    type_text(qtbot, vt.search, "李雷")
    vt.table.selectRow(0)
    qtbot.mouseClick(vt.archive_btn, Qt.MouseButton.LeftButton)  # cancelled: nothing happens
    assert not roster.list_volunteers(db, admin, "李雷")[0].archived
    no_dialogs.text_answers.append("搬离本社区")
    qtbot.mouseClick(vt.archive_btn, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "inform" and "2" in no_dialogs.messages[-1][1]
    assert roster.list_volunteers(db, admin, "李雷")[0].archived
    assert vt.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    with db.read() as s:
        statuses = dict(s.execute(select(SignUp.volunteer_id, SignUp.status).where(SignUp.shift_id == later)).all())
        assert s.get(Volunteer, leaving).archive_reason == "搬离本社区"
    assert statuses == {leaving: roster.DROPPED, waiting: roster.BOOKED}
    with pytest.raises(UserError):  # archived volunteers cannot be booked
        roster.sign_up(db, admin, make_shift(day=MONDAY + dt.timedelta(days=3)), leaving)


def test_every_interactive_widget_is_named(qtbot, ctx):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTabBar,
        QTableView,
        QWidget,
    )

    page = create_page(ctx)
    qtbot.addWidget(page)
    missing = []
    for w in page.findChildren(QWidget):
        if not isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox | QTableView):
            continue
        if w.objectName() in ("qt_spinbox_lineedit", "qt_tableview_cornerbutton") or isinstance(
            w.parent(), QTabBar | QComboBox | QAbstractSpinBox
        ):
            continue
        if not w.objectName() or not w.accessibleName():
            missing.append((type(w).__name__, w.objectName()))
    assert not missing, missing


def test_one_off_shift_and_cancelling_a_shift_in_the_page(
    qtbot, ctx, db, admin, make_volunteer, posts, no_dialogs, frozen
):
    from db.models.volunteers import Shift

    frozen(dt.datetime(2026, 11, 23, 8, 0))
    vid = make_volunteer("李雷")
    page = create_page(ctx)
    qtbot.addWidget(page)
    tab = page.roster
    tab.post_combo.setCurrentIndex(tab.post_combo.findData(posts["visits"]))
    tab.oneoff_day.setDate(QDate(2026, 12, 5))  # Saturday of next week
    tab.start_edit.setTime(tab.start_edit.time().fromString("14:00", "HH:mm"))
    tab.end_edit.setTime(tab.end_edit.time().fromString("16:30", "HH:mm"))
    type_text(qtbot, tab.skills_edit, "急救证")
    qtbot.mouseClick(tab.add_oneoff_btn, Qt.MouseButton.LeftButton)
    assert tab.monday == dt.date(2026, 11, 30)  # the page moved to that week and chose the cell
    assert tab.current_shift_id() is not None
    with db.read() as s:
        shift = s.get(Shift, tab.current_shift_id())
        assert (shift.day, shift.start_min, shift.end_min, shift.required_skills, shift.template_id) == (
            dt.date(2026, 12, 5),
            14 * 60,
            16 * 60 + 30,
            "急救证",
            None,
        )
    sid = tab.current_shift_id()
    roster.sign_up(db, admin, sid, vid, override_reason="陪同有急救证的社工")
    qtbot.mouseClick(tab.cancel_shift_btn, Qt.MouseButton.LeftButton)  # no reason given: nothing happens
    no_dialogs.text_answers.append("天气预警，走访改期")
    qtbot.mouseClick(tab.cancel_shift_btn, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(Shift, sid).cancel_reason == "天气预警，走访改期"
    assert tab.current_shift_id() is None  # gone from the week
    # a shift someone has checked in on cannot be cancelled
    today = roster.create_shift(
        db, admin, roster.ShiftInput(post_id=posts["canteen"], day=MONDAY, start_min=7 * 60, end_min=9 * 60)
    )
    su = roster.sign_up(db, admin, today, vid)
    roster.check_in(db, admin, su.signup_id)
    with pytest.raises(UserError, match="checked in"):
        roster.cancel_shift(db, admin, today, "x")


def test_hours_exports_from_the_page_run_off_the_ui_thread_and_are_recorded(
    qtbot, ctx, db, admin, make_volunteer, no_dialogs, previews, frozen
):
    from openpyxl import load_workbook

    from app.volunteers import ledger

    frozen(dt.datetime(2026, 11, 23, 18, 0))
    vid = make_volunteer("李雷")
    with db.write() as s:
        e = ledger.add_entry(
            s,
            admin,
            volunteer_id=vid,
            source="manual",
            source_ref="",
            day=dt.date(2026, 11, 20),
            minutes=90,
            note="义诊",
        )
        ledger.decide(s, admin, e, approve=True)
    page = create_page(ctx)
    qtbot.addWidget(page)
    hours = page.hours
    hours.first.setDate(QDate(2026, 11, 1))
    hours.last.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(hours.pdf_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 1)
    qtbot.mouseClick(hours.xlsx_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _t in no_dialogs.messages))
    path = next(p for p in no_dialogs.messages[-1][1].split() if p.endswith(".xlsx"))
    ws = load_workbook(path).active
    assert [c.value for c in ws[3]] == ["李雷", "2026-11", 1.5, 0, 90, 0]
    assert _count(db, AuditEntry, AuditEntry.action == "export", AuditEntry.entity == "volunteer_report") == 2
    hours.first.setDate(QDate(2026, 12, 1))  # end before start: refused at once
    qtbot.mouseClick(hours.pdf_btn, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "warn" and hours.pdf_btn.isEnabled()


def test_an_over_long_manual_hours_note_is_named_as_on_the_form(db, admin, make_volunteer, frozen, zh):
    """The hours form's box is 服务内容; the refusal named a 备注 the clerk could not see (a new clerk's finding)."""
    frozen(dt.datetime(2026, 11, 23, 18, 0))
    vid = make_volunteer("李雷")
    with pytest.raises(ValidationError) as refused:
        roster.add_manual_hours(db, admin, vid, dt.date(2026, 11, 23), 60, "帮" * 2001)
    assert refused.value.errors == {"note": "服务内容最多2000字，现在2001字"}
    assert _count(db, HoursEntry) == 0


def test_a_refresh_after_a_certificate_keeps_the_volunteer_chosen(qtbot, ctx, db, admin, no_dialogs, previews, frozen):
    """A tester issued 崔勇's certificate; the list's refresh (the certificate is a change the live feed reports) then
    selected the first row, and the next 出具证明 issued 陈海志's certificate with his full ID number."""
    from app.residents.service import ResidentInput, create_resident
    from app.volunteers import ledger
    from tests.pdfcheck import extract_text

    frozen(dt.datetime(2026, 11, 23, 18, 0))
    for name in ("陈海志", "崔勇", "邓珍明"):
        rid = create_resident(db, admin, ResidentInput(name=name), confirm_duplicate=True)
        vid = roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=rid))
        with db.write() as s:
            e = ledger.add_entry(
                s, admin, volunteer_id=vid, source="manual", source_ref="", day=dt.date(2026, 11, 20), minutes=120,
                note="义诊",
            )
            ledger.decide(s, admin, e, approve=True)
    page = create_page(ctx)
    qtbot.addWidget(page)
    vt = page.volunteers
    vt.cert_from.setDate(QDate(2026, 11, 1))
    vt.cert_to.setDate(QDate(2026, 11, 30))
    chosen = next(r for r in range(vt.model.rowCount()) if vt.model.row_at(r).name == "崔勇")
    assert chosen != 0
    vt.table.selectRow(chosen)
    qtbot.mouseClick(vt.cert_btn, Qt.MouseButton.LeftButton)
    assert "崔勇" in extract_text(previews[-1])
    vt.load_in_background()  # the live feed's refresh after the certificate
    qtbot.waitUntil(lambda: not vt.loader.pending)
    assert vt.model.row_at(vt.table.currentIndex().row()).name == "崔勇"
    qtbot.mouseClick(vt.cert_btn, Qt.MouseButton.LeftButton)
    assert "崔勇" in extract_text(previews[-1]) and "陈海志" not in extract_text(previews[-1])
