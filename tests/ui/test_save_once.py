"""A double click on Save makes one record, in every form that creates something (the course form made two
identical courses). A double click as the window system delivers it (press, release, DblClick, release), and a
second click that arrives after the first save closed its dialog, each save once; no refusal is shown for the
second click either. The guard is ui.common.saving (one_click + @saves_once); the last test checks that every
create form's save slot carries it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea
from sqlalchemy import func, select

from tests.helpers import double_click

TODAY = dt.datetime(2026, 11, 30, 10, 0)  # a Monday


@pytest.fixture
def monday(frozen):
    frozen(TODAY)


def _count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar()


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _course_dialog(qtbot, ctx):
    from ui.activities.course_form import CourseDialog

    dialog = _show(qtbot, CourseDialog(ctx, None))
    dialog.name.setText("老年大学·书法班")
    dialog.place.setText("二楼教室")
    dialog.weekdays.boxes[0].setChecked(True)
    dialog.ends.setText("2026-12-31")
    return dialog


def test_double_click_on_save_in_the_course_form_makes_one_course(qtbot, ctx, no_dialogs, monday):
    from db.models.activities import ActivityCourse

    dialog = _course_dialog(qtbot, ctx)
    double_click(qtbot, dialog.save_button)
    assert _count(ctx.db, ActivityCourse) == 1
    assert no_dialogs.messages == [] and dialog.errors == {}


def test_a_click_arriving_after_the_course_form_closed_saves_nothing(qtbot, ctx, no_dialogs, monday):
    """The second click of a slow double click lands after the first save accepted the dialog."""
    from db.models.activities import ActivityCourse

    dialog = _course_dialog(qtbot, ctx)
    dialog.save_button.click()
    assert not dialog.isVisible()
    dialog.save_button.click()
    assert _count(ctx.db, ActivityCourse) == 1
    assert no_dialogs.messages == [] and dialog.errors == {}


def test_double_click_on_save_in_the_resident_form_makes_one_resident(qtbot, ctx, no_dialogs, monday):
    from db.models import Resident
    from ui.residents.form import ResidentForm

    form = _show(qtbot, ResidentForm(ctx, None))
    form.name.setText("赵善庆")
    double_click(qtbot, form.save_button)
    assert _count(ctx.db, Resident) == 1
    assert no_dialogs.messages == []


def test_double_click_on_save_at_the_request_intake_takes_one_request(
    qtbot, ctx, admin, no_dialogs, monday, monkeypatch
):
    from app.requests import service as S
    from db.models.requests import ServiceRequest as Request
    from ui.common import documents
    from ui.requests.intake import IntakeForm

    monkeypatch.setattr(documents, "print_silently", lambda path: False)
    dep = S.create_department(ctx.db, admin, "社会事务办")
    S.create_category(ctx.db, admin, "社会保障", deadline_days=3, default_department_id=dep)
    form = _show(qtbot, IntakeForm(ctx))
    form.reload_categories()
    form.description.setPlainText("咨询医保报销")
    double_click(qtbot, form.save_button)
    assert _count(ctx.db, Request) == 1
    assert no_dialogs.messages == []  # the second click is not a refused empty request either


def test_double_click_on_record_at_the_health_corner_takes_one_reading(qtbot, db, admin, no_dialogs, monday):
    from app.accounts.service import actor_for
    from app.health import service as H
    from app.residents.service import ResidentInput, create_resident
    from db.models.health import HealthReading
    from ui.context import AppContext
    from ui.health.page import RecordsTab

    rid = create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    H.record_consent(db, admin, rid, "赵善庆", "written", TODAY.date() - dt.timedelta(days=30))
    tab = RecordsTab(AppContext(db, actor_for(db, 1)))
    tab.resize(1366, 768)
    _show(qtbot, tab)
    tab.open_resident(rid)
    panel = tab.panel
    tab.findChild(QScrollArea).ensureWidgetVisible(panel.reading_btn)
    panel.systolic.setText("142")
    panel.diastolic.setText("88")
    double_click(qtbot, panel.reading_btn)
    assert _count(db, HealthReading) == 1
    assert panel.reading_error.text() == "" and no_dialogs.messages == []


def test_double_click_on_ok_in_the_visit_form_records_one_visit(qtbot, ctx, admin, no_dialogs, monday):
    from app.community.households import get_household
    from app.residents.service import ResidentInput, create_resident
    from db.models.community import Visit
    from ui.community.dialogs import VisitDialog

    create_resident(
        ctx.db, admin, ResidentInput(name="王阿姨", birth_date=dt.date(1940, 1, 1), building="6", unit="2", room="301")
    )
    dialog = _show(qtbot, VisitDialog(ctx, None, get_household(ctx.db, ctx.actor, "6", "2", "301")))
    double_click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert _count(ctx.db, Visit) == 1
    assert no_dialogs.messages == []


def test_double_click_on_save_in_the_book_form_adds_one_copy(qtbot, ctx, no_dialogs, monday):
    from db.models.library import LibraryCopy
    from ui.library.catalogue import LibraryCopyDialog

    dialog = _show(qtbot, LibraryCopyDialog(ctx, None))
    dialog.barcode.setText("A0001")
    dialog.title_edit.setText("平凡的世界")
    double_click(qtbot, dialog.findChild(QDialogButtonBox, "copyButtons").button(QDialogButtonBox.StandardButton.Save))
    assert _count(ctx.db, LibraryCopy) == 1
    assert dialog.error.text() == ""


def test_double_click_on_save_at_the_volunteers_desk_registers_once(qtbot, ctx, admin, no_dialogs, monday):
    from app.residents.service import ResidentInput, create_resident
    from db.models.volunteers import Volunteer
    from ui.volunteers.page import VolunteersTab

    create_resident(ctx.db, admin, ResidentInput(name="李雷", birth_date=dt.date(1990, 1, 1)))
    vt = VolunteersTab(ctx)
    vt.resize(1366, 768)
    _show(qtbot, vt)
    vt.resident_search.setText("李雷")
    vt.find_residents()
    double_click(qtbot, vt.save_btn)
    assert _count(ctx.db, Volunteer) == 1
    assert no_dialogs.messages == []


def test_double_click_on_save_in_the_child_form_registers_one_child(qtbot, ctx, no_dialogs, monday):
    """The child's form stays open after a new child is saved (the adults come next); its Save is one click too."""
    from db.models.childcare import Child
    from ui.childcare.children import ChildDialog

    dialog = _show(qtbot, ChildDialog(ctx, None))
    dialog.name.setText("王小明")
    dialog.birth.setText("2018-06-01")
    double_click(qtbot, dialog.save_button)
    assert _count(ctx.db, Child) == 1
    assert no_dialogs.messages == []


def test_double_click_on_top_up_moves_money_once(qtbot, ctx, admin, no_dialogs, monday):
    from app.canteen import service as canteen
    from app.residents.service import ResidentInput, create_resident
    from db.models.canteen import MealCardEntry
    from ui.canteen.card_dialog import MealCardDialog

    rid = create_resident(ctx.db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    canteen.open_card(ctx.db, admin, rid, "K0001")
    before = _count(ctx.db, MealCardEntry)
    dialog = _show(qtbot, MealCardDialog(ctx, rid, None))
    dialog.amount.setText("50")
    double_click(qtbot, dialog.topup_button)
    assert _count(ctx.db, MealCardEntry) == before + 1
    assert no_dialogs.messages == []  # the second click is not an "enter the amount" warning either


def test_every_create_form_saves_once():
    """The sweep: each form that creates records guards its save slot (ui.common.saving.saves_once)."""
    from ui.activities.page import EventsTab
    from ui.admin.accounts import AccountForm
    from ui.admin.settings import SettingsDialog
    from ui.canteen.card_dialog import MealCardDialog
    from ui.canteen.settings_dialog import RuleEditor, SlotEditor
    from ui.childcare.children import ChildDialog
    from ui.childcare.forms import FormDialog
    from ui.childcare.release import ReleaseDialog
    from ui.community.dialogs import _ServiceDialog
    from ui.health.page import RecordPanel
    from ui.library.catalogue import LibraryCopyDialog
    from ui.requests.intake import IntakeForm
    from ui.residents.form import ResidentForm
    from ui.volunteers.page import VolunteersTab

    slots = [
        (FormDialog, "save"),  # courses, contacts, enrolments, programs
        (ResidentForm, "save"),
        (IntakeForm, "save"),
        (VolunteersTab, "save"),
        (_ServiceDialog, "submit"),  # visits, 三带一联 links, councils, seats, meetings
        (RecordPanel, "save_reading"),
        (RecordPanel, "save_followup"),
        (RecordPanel, "save_signing"),
        (RecordPanel, "save_consent"),
        (LibraryCopyDialog, "save"),
        (EventsTab, "save"),
        (AccountForm, "save"),
        (MealCardDialog, "move"),  # meal-card top-ups and refunds
        (MealCardDialog, "open_card"),
        (ChildDialog, "save"),
        (ReleaseDialog, "try_release"),  # a forced release, approved once
        (RuleEditor, "on_add"),  # subsidy rule versions
        (SlotEditor, "on_save"),
        (SettingsDialog, "save"),
    ]
    unguarded = [f"{cls.__name__}.{name}" for cls, name in slots if not hasattr(getattr(cls, name), "__wrapped__")]
    assert unguarded == []


def _child_writes(db) -> int:
    from db.models import AuditEntry

    with db.read() as s:
        q = select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "childcare_child")
        return s.execute(q).scalar()


def test_enter_then_a_click_in_the_child_form_saves_once_and_stays_open(qtbot, ctx, no_dialogs, monday):
    """The fault: Enter saved the new child (the form stays open for the adults), the click that followed saved it
    again (a second write) and closed the form before any adult was added."""
    from PySide6.QtCore import Qt

    from db.models.childcare import Child
    from ui.childcare.children import ChildDialog

    dialog = _show(qtbot, ChildDialog(ctx, None))
    dialog.name.setText("王小明")
    dialog.birth.setText("2018-06-01")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert _count(ctx.db, Child) == 1 and _child_writes(ctx.db) == 1
    assert dialog.isVisible() and dialog.contacts_box.isEnabled() and no_dialogs.messages == []
    assert not dialog.save_button.isEnabled() and dialog.save_button.toolTip()  # says why
    dialog.school.setText("幸福里小学")  # a real change saves again, and closes the form
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _child_writes(ctx.db) == 2 and not dialog.isVisible()


def test_the_child_form_save_is_guarded_against_reentry():
    from ui.childcare.children import ChildDialog

    assert hasattr(ChildDialog.save, "__wrapped__")  # ui.common.saving.saves_once



def test_double_click_on_add_hours_after_the_fact_adds_once_and_says_nothing(qtbot, ctx, admin, no_dialogs, monday):
    """Fresh clerk test: a double click on 补录时长 (add hours for approval) saved one record, then said "choose a
    volunteer first" for the second click (the form had been cleared)."""
    from app.residents.service import ResidentInput, create_resident
    from app.volunteers import roster
    from db.models.volunteers import HoursEntry
    from ui.volunteers.page import HoursTab

    rid = create_resident(ctx.db, admin, ResidentInput(name="李雷", birth_date=dt.date(1990, 1, 1)))
    roster.save_volunteer(ctx.db, admin, roster.VolunteerInput(resident_id=rid))
    tab = HoursTab(ctx)
    tab.resize(1366, 768)
    _show(qtbot, tab)
    tab.manual_search.setText("李雷")
    tab.find_manual_volunteers()
    tab.manual_note.setText("社区义诊帮忙")
    double_click(qtbot, tab.manual_add)
    assert _count(ctx.db, HoursEntry) == 1
    assert no_dialogs.messages == []


# The buttons of the counters' pages that write a record: each presses once on a double click (ui.common.saving).
WRITE_BUTTONS = {
    "manualAdd", "rosterSignUp", "rosterWaitlist", "rosterCheckIn", "rosterCheckOut", "rosterNoShow",
    "templateAdd", "oneOffAdd", "hoursApprove", "hoursReject", "rosterGenerate", "rosterSettle",
    "qualificationAdd", "certIssue", "volunteerSave",
    "activitiesSignUpButton", "attendanceSave", "eventSave",
    "childcareSignIn", "childcareSignOut", "childcareAbsent",
    "libraryRenew", "librarySettingsSave",
    "healthReadingSave", "healthFollowUpSave", "healthConsentSave", "healthSign", "healthConditionAdd",
    "saveRequest",
}  # fmt: skip


def test_every_write_button_of_the_pages_presses_once_on_a_double_click(qtbot, ctx, monday):
    """The sweep over the pages as the administrator sees them, every step made: each button that writes carries
    the one-click guard (the canteen's Sell, the request catalogue's buttons are checked by their own classes)."""
    from PySide6.QtWidgets import QPushButton, QTabWidget

    from ui.common.lazy import LazyTabs
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    for name in window.page_names():
        page = window.page(name)
        for tabs in page.findChildren(QTabWidget):
            lazy = LazyTabs.of(tabs)
            for sub in lazy.names() if lazy is not None else ():
                lazy.page(sub)
    found = {b.objectName(): b for b in window.findChildren(QPushButton) if b.objectName() in WRITE_BUTTONS}
    assert set(found) == WRITE_BUTTONS
    assert sorted(n for n, b in found.items() if b.property("oneClick") is not True) == []
