"""The edit forms, driven like a user: typing, validation as one types, saving, archiving; every change audited."""

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app import clock
from app.accounts.approval import verify_approver
from app.accounts.service import create_user
from app.actor import Actor
from app.childcare import service as cc
from db.models import AuditEntry
from db.models.childcare import Child, ChildContact, ChildEnrolment
from tests.helpers import type_text
from ui.childcare.children import ChildDialog, ChildListModel, ChildrenPanel, ContactModel, EnrolmentModel
from ui.childcare.programs import ProgramListModel, ProgramsPanel
from ui.context import AppContext


def audits(db, entity, action=None):
    with db.read() as s:
        q = select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == entity)
        if action:
            q = q.where(AuditEntry.action == action)
        return s.scalar(q)


def set_text(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, text)


def test_program_form_validates_as_typed_saves_edits_and_archives(qtbot, qtmodeltester, ctx, db, no_dialogs, frozen):
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    panel = ProgramsPanel(ctx)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    dialog = panel.new()
    assert not dialog.error_labels["name"].isVisibleTo(dialog)  # nothing shouted before the user types
    assert not dialog.save_button.isEnabled()  # but an unnamed program cannot be saved
    type_text(qtbot, dialog.name, "暑托班")
    assert dialog.save_button.isEnabled()
    set_text(qtbot, dialog.closes, "08:00")  # closes before it opens (16:00)
    assert dialog.error_labels["close_min"].isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    set_text(qtbot, dialog.opens, "8:00")
    set_text(qtbot, dialog.closes, "17:3x")
    assert "HH:MM" in dialog.error_labels["close_min"].text()
    set_text(qtbot, dialog.closes, "17:30")
    dialog.kind.setCurrentIndex(dialog.kind.findData("summer"))
    set_text(qtbot, dialog.ends, "2026-02-30")
    assert not dialog.save_button.isEnabled()
    set_text(qtbot, dialog.starts, "2027-07-01")
    set_text(qtbot, dialog.ends, "2027-08-20")
    for b in dialog.weekdays.boxes:
        b.setChecked(False)
    assert dialog.error_labels["weekdays"].isVisibleTo(dialog)
    for b in dialog.weekdays.boxes[:5]:
        b.setChecked(True)
    set_text(qtbot, dialog.groups, "小班，大班")
    dialog.capacity.setValue(2)
    dialog.ratio.setValue(8)
    dialog.option_boxes["lunch"].setChecked(True)
    dialog.option_boxes["nap"].setChecked(True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == dialog.DialogCode.Accepted
    [p] = cc.list_programs(db)
    assert (p.name, p.kind, p.open_min, p.close_min, p.groups, p.options, p.weekdays, p.capacity, p.ratio) == (
        "暑托班",
        "summer",
        8 * 60,
        17 * 60 + 30,
        ("小班", "大班"),
        ("lunch", "nap"),
        0b11111,
        2,
        8,
    )
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)
    assert audits(db, "childcare_program", "create") == 1

    # edit: a group with children enrolled cannot be removed; the message shows under the field, nothing written
    child = cc.create_child(db, ctx.actor, cc.ChildInput(name="小明"))
    cc.enrol(db, ctx.actor, child, p.id, group="小班")
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    edit = panel.edit()
    set_text(qtbot, edit.groups, "大班")
    edit.save()
    assert edit.error_labels["groups"].isVisibleTo(edit) and "小班" in edit.error_labels["groups"].text()
    assert cc.get_program(db, p.id).groups == ("小班", "大班")
    set_text(qtbot, edit.groups, "小班, 大班, 中班")
    edit.capacity.setValue(30)
    edit.save()
    assert edit.result() == edit.DialogCode.Accepted
    assert cc.get_program(db, p.id).capacity == 30 and cc.get_program(db, p.id).groups == ("小班", "大班", "中班")
    assert audits(db, "childcare_program", "update") == 1

    # archive: a reason is asked; cancelling writes nothing
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    no_dialogs.text_answers[:] = [None]
    panel.archive()
    assert len(cc.list_programs(db)) == 1
    no_dialogs.text_answers[:] = ["学期结束"]
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.archive()
    assert cc.list_programs(db) == [] and panel.model.rowCount() == 0
    assert audits(db, "childcare_program", "archive") == 1


def test_child_form_contacts_and_enrolment_with_capacity_override(
    qtbot, qtmodeltester, ctx, db, world, no_dialogs, approvals
):
    small = cc.create_program(
        db,
        ctx.actor,
        cc.ProgramInput(
            name="晚托班",
            kind="evening",
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2027, 1, 20),
            open_min=18 * 60 + 30,
            close_min=20 * 60,
            capacity=1,
            options=["homework"],
        ),
    )
    cc.enrol(db, ctx.actor, cc.create_child(db, ctx.actor, cc.ChildInput(name="占位")), small)
    grandma = world["adult"]("陈外婆")
    panel = ChildrenPanel(ctx)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    dialog = panel.new()
    assert isinstance(dialog, ChildDialog)
    assert not dialog.contacts_box.isEnabled() and dialog.first_save_hint.isVisibleTo(dialog)
    type_text(qtbot, dialog.name, "刘小雨")
    set_text(qtbot, dialog.birth, "2030-01-01")
    assert dialog.error_labels["birth_date"].isVisibleTo(dialog) and not dialog.save_button.isEnabled()
    set_text(qtbot, dialog.birth, "2019-05-06")
    dialog.gender.setCurrentIndex(dialog.gender.findData("F"))
    type_text(qtbot, dialog.school, "育才小学")
    type_text(qtbot, dialog.grade, "二年级")
    type_text(qtbot, dialog.class_name, "3班")
    type_text(qtbot, dialog.allergy, "芒果" * 31)
    assert "60" in dialog.error_labels["allergy_note"].text() and not dialog.save_button.isEnabled()
    set_text(qtbot, dialog.allergy, "芒果过敏")
    assert dialog.medical is not None  # an administrator sees and writes the private note
    dialog.medical.setPlainText("癫痫，发作时侧卧")
    dialog.health.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.child_id is not None  # a new child's dialog stays open for the adults
    assert dialog.contacts_box.isEnabled() and not dialog.first_save_hint.isVisibleTo(dialog)
    with db.read() as s:
        c = s.get(Child, dialog.child_id)
        assert (c.name, c.grade, c.class_name, c.allergy_note, c.medical_note, c.health_disclosure_on_file) == (
            "刘小雨",
            "二年级",
            "3班",
            "芒果过敏",
            "癫痫，发作时侧卧",
            True,
        )
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "childcare_child", AuditEntry.entity_id == str(dialog.child_id)
            )
        ).one()
        assert "癫痫" not in (entry.after_json or "") + entry.summary  # never in clear in the audit trail

    # an adult found by name, as a one-day authorised pick-up
    contact = dialog.add_contact()
    assert not contact.save_button.isEnabled()  # nobody chosen
    type_text(qtbot, contact.picker.search, "陈外婆")
    assert contact.picker.results.count() == 1
    contact.picker.results.setCurrentRow(0)
    assert contact.picker.resident_id == grandma
    contact.role.setCurrentIndex(contact.role.findData("pickup"))
    assert not contact.consent.isEnabled()  # only a guardian can consent to leaving alone
    type_text(qtbot, contact.relation, "外婆")
    set_text(qtbot, contact.phone, "1380013x")
    assert contact.error_labels["phone"].isVisibleTo(contact)
    set_text(qtbot, contact.phone, "13800138000")
    set_text(qtbot, contact.valid_from, "2026-12-02")
    set_text(qtbot, contact.valid_to, "2026-12-01")
    assert contact.error_labels["valid_to"].isVisibleTo(contact) and not contact.save_button.isEnabled()
    qtbot.mouseClick(contact.today_only, Qt.MouseButton.LeftButton)
    assert contact.valid_from.text() == contact.valid_to.text() == clock.today().isoformat()
    qtbot.mouseClick(contact.save_button, Qt.MouseButton.LeftButton)
    assert contact.result() == contact.DialogCode.Accepted
    assert dialog.contact_model.rowCount() == 1
    qtmodeltester.check(dialog.contact_model)
    row = dialog.contact_model.row_at(0)
    assert row.valid_from == row.valid_to == clock.today() and row.refusal is None
    assert "only" in dialog.contact_model.data(dialog.contact_model.index(0, 4))

    # the same adult again is refused with a message, nothing written
    again = dialog.add_contact()
    type_text(qtbot, again.picker.search, "陈外婆")
    again.picker.results.setCurrentRow(0)
    again.save()
    assert no_dialogs.messages[-1][0] == "error" and again.isVisible()
    again.reject()

    # change her to blocked: the desk would now refuse her
    dialog.contact_table.setCurrentIndex(dialog.contact_model.index(0, 0))
    edit = dialog.edit_contact()
    assert edit.picker.search.isHidden()  # the adult of an existing contact stays the same
    edit.role.setCurrentIndex(edit.role.findData("blocked"))
    edit.save()
    assert dialog.contact_model.row_at(0).role == "blocked" and dialog.contact_model.row_at(0).refusal
    assert audits(db, "childcare_contact", "update") == 1

    # enrolment: the evening program is full; the refusal opens the reason field; with a reason it is enrolled
    enrol = dialog.add_enrolment()
    enrol.program.setCurrentIndex(enrol.program.findData(small))
    assert not enrol.option_boxes["lunch"].isEnabled() and enrol.option_boxes["homework"].isEnabled()
    assert not enrol.weekdays.boxes[5].isEnabled()  # Saturday: the program does not run
    enrol.option_boxes["homework"].setChecked(True)
    assert "1 of 1" in enrol.places.text()
    enrol.save()
    assert no_dialogs.messages[-1][0] == "error" and "full" in no_dialogs.messages[-1][1]
    assert enrol.override_wanted and enrol.override_row.isVisibleTo(enrol) and not enrol.save_button.isEnabled()
    type_text(qtbot, enrol.override, "低保家庭，主任同意")
    qtbot.mouseClick(enrol.save_button, Qt.MouseButton.LeftButton)
    assert enrol.result() == enrol.DialogCode.Accepted
    qtmodeltester.check(dialog.enrol_model)
    [e] = [dialog.enrol_model.row_at(i) for i in range(dialog.enrol_model.rowCount())]
    assert e.program_id == small and e.options == ("homework",)
    assert audits(db, "childcare_enrolment", "override") == 1

    # an enrolment that overlaps in time is refused, nothing written
    overlap = dialog.add_enrolment()
    overlap.program.setCurrentIndex(overlap.program.findData(small))
    overlap.show_override(True)
    type_text(qtbot, overlap.override, "再来一次")
    overlap.save()
    assert "overlapping" in no_dialogs.messages[-1][1]
    overlap.reject()
    with db.read() as s:
        n = s.scalar(select(func.count()).select_from(ChildEnrolment).where(ChildEnrolment.child_id == dialog.child_id))
        assert n == 1

    # change the weekdays of the enrolment
    dialog.enrol_table.setCurrentIndex(dialog.enrol_model.index(0, 0))
    change = dialog.edit_enrolment()
    change.weekdays.boxes[4].setChecked(False)  # not on Fridays
    change.save()
    assert dialog.enrol_model.row_at(0).weekdays == 0b01111
    assert audits(db, "childcare_enrolment", "update") == 1

    # withdraw and remove the adult: reasons asked, rows stay as the record
    no_dialogs.text_answers[:] = ["搬家", "不再接送"]
    dialog.enrol_table.setCurrentIndex(dialog.enrol_model.index(0, 0))
    dialog.withdraw()
    dialog.contact_table.setCurrentIndex(dialog.contact_model.index(0, 0))
    dialog.archive_contact()  # she is blocked: taking her off the list needs an administrator, who says no
    assert dialog.contact_model.rowCount() == 1 and approvals.purposes and "禁止接送" in approvals.purposes[-1]
    create_user(db, ctx.actor, "boss", "主任 周", "boss-password-12", ["admin"])
    approvals.answers[:] = [verify_approver(db, "boss", "boss-password-12", ("admin",), "t")]
    no_dialogs.text_answers[:] = ["不再接送"]
    dialog.archive_contact()
    assert dialog.enrol_model.rowCount() == 0 and dialog.contact_model.rowCount() == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ChildContact).where(ChildContact.resident_id == grandma)) == 1
    dialog.close_button.click()
    panel.search.setText("刘小雨")
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)


def test_medical_note_is_hidden_from_a_cashier_and_kept_when_they_edit(qtbot, db, world, no_dialogs, monkeypatch):
    from app.accounts import permissions as P

    # a center lets its cashier keep children's records too, but not read medical notes
    extra = {P.CHILDCARE_DESK, P.MANAGE_CHILDCARE}
    monkeypatch.setitem(P.ROLE_PERMISSIONS, "cashier", P.ROLE_PERMISSIONS["cashier"] | extra)
    cashier = AppContext(db, Actor(None, "cashier", "收银员", frozenset({"cashier"})))
    dialog = ChildDialog(cashier, None, world["child"])
    qtbot.addWidget(dialog)
    assert dialog.medical is None
    assert dialog.findChild(object, "childMedical") is None
    assert dialog.findChild(object, "childMedicalHidden") is not None
    set_text(qtbot, dialog.school, "实验小学")
    dialog.save()
    with db.read() as s:
        c = s.get(Child, world["child"])
        assert c.school == "实验小学" and c.medical_note == "哮喘"  # untouched
    assert cc.get_child(db, cashier.actor, world["child"]).medical_note == ""
    staff = Actor(None, "teacher", "刘老师", frozenset({"childcare"}))
    assert cc.get_child(db, staff, world["child"]).medical_note == "哮喘"


def test_archiving_a_child_withdraws_and_keeps_the_record(qtbot, ctx, db, world, no_dialogs):
    panel = ChildrenPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 1
    no_dialogs.text_answers[:] = ["转学"]
    panel.archive()
    assert panel.model.rowCount() == 0
    assert cc.list_enrolments(db, world["child"]) == []
    assert cc.day_rows(db, ctx.actor, world["program"], clock.today()) == []
    with db.read() as s:
        assert s.get(Child, world["child"]).archived_at is not None
    assert audits(db, "childcare_child", "archive") == 1


def test_empty_models_pass_the_model_tester(qtmodeltester, qapp):
    for model in (ProgramListModel(), ChildListModel(), ContactModel(), EnrolmentModel()):
        qtmodeltester.check(model)


def test_every_interactive_widget_is_named(qtbot, ctx, db, world, no_dialogs):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    from ui.childcare.children import ContactDialog, EnrolmentDialog
    from ui.childcare.page import create_page
    from ui.childcare.programs import ProgramDialog

    page = create_page(ctx)
    qtbot.addWidget(page)
    child = ChildDialog(ctx, page, world["child"])
    windows = [
        page,
        child,
        ContactDialog(ctx, child, world["child"]),
        EnrolmentDialog(ctx, child, world["child"]),
        ProgramDialog(ctx, page, world["program"]),
    ]
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)
    missing = []
    checked = 0
    for window in windows:
        for w in (w for w in window.findChildren(QWidget) if isinstance(w, kinds)):
            inside_combo = isinstance(w.parent(), QComboBox) or (
                w.parent() and isinstance(w.parent().parent(), QComboBox)
            )
            if w.objectName().startswith("qt_") or inside_combo or isinstance(w.parentWidget(), QAbstractSpinBox):
                continue
            if w.metaObject().className() in ("QComboBoxListView", "QHeaderView", "QTableCornerButton"):
                continue
            checked += 1
            if not w.objectName() or not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text())):
                missing.append((window.objectName(), type(w).__name__, w.objectName(), w.accessibleName()))
    assert not missing
    assert checked > 80
