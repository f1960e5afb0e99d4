"""The childcare counter: the day's children of a program, sign-in / sign-out with the pickup check, sheets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.childcare import service as cc
from app.childcare.sheets import render_daily_sheet, render_weekly_summary
from app.errors import UserError
from ui.common import dialogs, documents
from ui.common.paged_model import Column, ListTableModel
from ui.context import AppContext


class DayModel(ListTableModel):
    CONTEXT = "ChildcareDayModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("ChildcareDayModel", "Child")),
        Column("group", QT_TRANSLATE_NOOP("ChildcareDayModel", "Group")),
        Column("allergy", QT_TRANSLATE_NOOP("ChildcareDayModel", "Allergy")),
        Column("state", QT_TRANSLATE_NOOP("ChildcareDayModel", "Status")),
        Column("in", QT_TRANSLATE_NOOP("ChildcareDayModel", "In")),
        Column("out", QT_TRANSLATE_NOOP("ChildcareDayModel", "Out")),
        Column("by", QT_TRANSLATE_NOOP("ChildcareDayModel", "Collected by")),
    )

    def display(self, row: cc.DayRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.group
        if column == 2:
            return row.allergy_note
        if column == 3:
            return {
                "in": self.tr("In"),
                "out": self.tr("Gone home"),
                "absent": self.tr("Absent"),
                "expected": self.tr("Expected"),
            }[row.state]
        if column == 4:
            t = clock.to_local(row.in_at)
            return t.strftime("%H:%M") if t else ""
        if column == 5:
            t = clock.to_local(row.out_at)
            return t.strftime("%H:%M") if t else ""
        return self.tr("(alone)") if row.out_alone else row.out_adult

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.alerts: dict[int, str] = {}

    def set_day(self, rows: list[cc.DayRow], alerts: dict[int, str]) -> None:
        self.alerts = alerts
        self.set_rows(rows)

    def foreground(self, row: cc.DayRow, column: int):
        if self.alerts.get(row.child_id) or (column == 2 and row.allergy_note):
            return QBrush(QColor("#b00020"))
        return None

    def tooltip(self, row: cc.DayRow, column: int) -> str | None:
        alert = self.alerts.get(row.child_id)
        if alert == "not_out":
            return self.tr("Closing time has passed and this child is not signed out.")
        if alert == "unexplained":
            return self.tr("Not arrived and no absence recorded after the cut-off time.")
        return None


class ChildcarePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("childcarePage")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.program = QComboBox(objectName="childcareProgram")
        self.program.setAccessibleName(self.tr("Program"))
        top.addWidget(QLabel(self.tr("Program")))
        top.addWidget(self.program, 1)
        self.find = QLineEdit(objectName="childcareFind")
        self.find.setAccessibleName(self.tr("Find or scan a child"))
        self.find.setPlaceholderText(self.tr("Name, or scan the code on the sheet, then Enter"))
        top.addWidget(self.find, 2)
        self.staff = QSpinBox(objectName="childcareStaffOnDuty")
        self.staff.setRange(0, 50)
        self.staff.setValue(2)
        self.staff.setAccessibleName(self.tr("Staff on duty"))
        top.addWidget(QLabel(self.tr("Staff on duty")))
        top.addWidget(self.staff)
        self.headcount = QLabel(objectName="childcareHeadcount")
        top.addWidget(self.headcount)
        layout.addLayout(top)
        self.model = DayModel(self)
        self.table = QTableView(objectName="childcareDay")
        self.table.setAccessibleName(self.tr("Today's children"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.adult = QComboBox(objectName="childcareAdult")
        self.adult.setAccessibleName(self.tr("Adult"))
        row.addWidget(QLabel(self.tr("Adult")))
        row.addWidget(self.adult, 2)
        self.sign_in_button = QPushButton(self.tr("Sign in"), objectName="childcareSignIn")
        self.sign_out_button = QPushButton(self.tr("Sign out"), objectName="childcareSignOut")
        self.override_button = QPushButton(self.tr("Release with override…"), objectName="childcareOverride")
        self.absence_reason = QComboBox(objectName="childcareAbsenceReason")
        self.absence_reason.setAccessibleName(self.tr("Absence reason"))
        self.absence_reason.addItem(self.tr("Notified by family"), "notified")
        self.absence_reason.addItem(self.tr("Sick"), "sick")
        self.absence_reason.addItem(self.tr("Other"), "other")
        self.absent_button = QPushButton(self.tr("Mark absent"), objectName="childcareAbsent")
        self.blank_button = QPushButton(self.tr("Blank sheet"), objectName="childcareBlankSheet")
        self.filled_button = QPushButton(self.tr("Day's record"), objectName="childcareFilledSheet")
        for b in (self.sign_in_button, self.sign_out_button, self.override_button):
            b.setAccessibleName(b.text())
            row.addWidget(b)
        row.addWidget(self.absence_reason)
        self.week_button = QPushButton(self.tr("Week summary"), objectName="childcareWeek")
        for b in (self.absent_button, self.blank_button, self.filled_button, self.week_button):
            b.setAccessibleName(b.text())
            row.addWidget(b)
        layout.addLayout(row)
        self.status = QLabel(objectName="childcareStatus")
        layout.addWidget(self.status)

        for p in cc.list_programs(ctx.db):
            self.program.addItem(p.name, p.id)
        self.program.currentIndexChanged.connect(self.reload)
        self.staff.valueChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_contacts())
        self.find.returnPressed.connect(self._find)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button.clicked.connect(lambda: self.sign_out(False))
        self.override_button.clicked.connect(lambda: self.sign_out(True))
        self.absent_button.clicked.connect(self.mark_absent)
        self.blank_button.clicked.connect(lambda: self._sheet(False))
        self.filled_button.clicked.connect(lambda: self._sheet(True))
        self.week_button.clicked.connect(self._week)
        self.reload()

    # ------------------------------------------------------------------ data
    def program_id(self) -> int | None:
        return self.program.currentData()

    def reload(self) -> None:
        pid = self.program_id()
        current = self.current_child()
        if pid is None:
            self.model.set_day([], {})
            return
        p = cc.get_program(self.ctx.db, pid)
        rows = cc.day_rows(self.ctx.db, pid, clock.today())
        now = clock.local_now()
        minute = now.hour * 60 + now.minute
        self.model.set_day(rows, {r.child_id: a for r in rows if (a := cc.row_alert(r, p, minute))})
        b = cc.board_summary(rows, p, self.staff.value())
        text = self.tr("In now: {n} / capacity {cap} · expected {exp} · absent {abs} · gone {gone}").format(
            n=b.inside, cap=b.capacity, exp=b.expected, abs=b.absent, gone=b.gone
        )
        text += " · " + self.tr("staff needed {need}").format(need=b.staff_needed)
        if b.under_staffed or b.over_capacity:
            text += " ⚠"
        self.headcount.setText(text)
        self.headcount.setStyleSheet("color: #b00020;" if b.under_staffed or b.over_capacity else "")
        if current is not None:
            self.select_child(current)

    def current_child(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()).child_id if idx.isValid() else None

    def select_child(self, child_id: int) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).child_id == child_id:
                self.table.selectRow(i)
                self.table.setCurrentIndex(self.model.index(i, 0))
                self._load_contacts()
                return True
        return False

    def _load_contacts(self) -> None:
        self.adult.clear()
        child = self.current_child()
        if child is None:
            return
        for c in cc.list_contacts(self.ctx.db, child):
            label = f"{c.name} · {cc.role_label(c.role)}" + (f" · {c.relation}" if c.relation else "")
            if c.refusal:
                label += " ⚠"
            self.adult.addItem(label, c.id)
        self.adult.addItem(self.tr("Alone (consent needed)"), -1)

    def _find(self) -> None:
        text = self.find.text().strip()
        if not text:
            return
        if text.upper().startswith(cc.QR_PREFIX + ":"):
            try:
                child_id, day = cc.parse_qr(text)
            except UserError as exc:
                dialogs.show_user_error(self, exc)
                return
            if day != clock.today():
                dialogs.warn(self, self.tr("This code is from the sheet of {day}, not today.").format(day=day))
                return
            found = self.select_child(child_id)
        else:
            found = False
            for i in range(self.model.rowCount()):
                if text in self.model.row_at(i).name:
                    found = self.select_child(self.model.row_at(i).child_id)
                    break
        if not found:
            dialogs.warn(self, self.tr("No child enrolled today matches “{text}”.").format(text=text))
            return
        self.find.clear()
        self.adult.setFocus()

    # ------------------------------------------------------------------ actions
    def _chosen(self) -> tuple[int | None, int | None, bool]:
        child = self.current_child()
        data = self.adult.currentData()
        alone = data == -1
        return child, (None if alone or data is None else int(data)), alone

    def sign_in(self) -> None:
        child, contact, _alone = self._chosen()
        if child is None:
            dialogs.warn(self, self.tr("Choose a child first."))
            return
        try:
            r = cc.sign_in(self.ctx.db, self.ctx.actor, child, contact, program_id=self.program_id())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.status.setText(self.tr("{child} signed in.").format(child=r.child_name))
        self.reload()
        self.find.setFocus()

    def sign_out(self, override: bool) -> None:
        child, contact, alone = self._chosen()
        if child is None:
            dialogs.warn(self, self.tr("Choose a child first."))
            return
        staff = reason = ""
        if override:
            staff = dialogs.ask_text(self, self.tr("Override"), self.tr("Staff member taking responsibility")) or ""
            if not staff.strip():
                return
            reason = dialogs.ask_text(self, self.tr("Override"), self.tr("Reason for the override")) or ""
            if not reason.strip():
                return
        try:
            r = cc.sign_out(
                self.ctx.db, self.ctx.actor, child, contact, alone=alone, override_staff=staff, override_reason=reason
            )
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        text = self.tr("{child} signed out.").format(child=r.child_name)
        if r.overridden:
            text += " " + self.tr("(override recorded)")
        self.status.setText(text)
        self.reload()
        self.find.setFocus()

    def mark_absent(self) -> None:
        child = self.current_child()
        if child is None:
            dialogs.warn(self, self.tr("Choose a child first."))
            return
        try:
            cc.mark_absent(self.ctx.db, self.ctx.actor, child, self.absence_reason.currentData())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()
        self.find.setFocus()

    def _week(self) -> None:
        pid = self.program_id()
        if pid is None:
            return
        today = clock.today()
        monday = today - dt.timedelta(days=today.weekday())
        data = render_weekly_summary(self.ctx.db, pid, monday)
        path = documents.write_document(data, "childcare", f"week-{pid}-{monday.isoformat()}")
        documents.preview(self, path)

    def _sheet(self, filled: bool) -> None:
        pid = self.program_id()
        if pid is None:
            return
        data = render_daily_sheet(self.ctx.db, pid, clock.today(), None, filled=filled)
        path = documents.write_document(data, "childcare", f"sheet-{pid}-{clock.today().isoformat()}")
        documents.preview(self, path)


def create_page(ctx: AppContext) -> QWidget:
    return ChildcarePage(ctx)
