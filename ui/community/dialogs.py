"""Dialogs of buildings and visits: record a visit (and turn its need into a request), link a party member
(三带一联), a new council, a seat on a council, record a meeting with its follow-up tasks.

Each dialog calls the service itself when OK is pressed and stays open on a refusal (the message shown through
`ui.common.dialogs`), so nothing half-typed is lost; `saved` holds what the service returned."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts.permissions import TAKE_REQUESTS, may
from app.community import households as H
from app.community import service as C
from app.errors import UserError
from app.requests import service as R
from ui.common import dialogs
from ui.common.saving import one_click, saves_once
from ui.context import AppContext


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _date_edit(name: str, accessible: str, day: dt.date, latest: dt.date | None = None) -> QDateEdit:
    edit = named(QDateEdit(qdate(day)), name, accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


class _ServiceDialog(QDialog):
    """OK runs `save()`; a UserError is shown and the dialog stays open."""

    def __init__(self, ctx: AppContext, parent: QWidget, title: str, name: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = None
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName(f"{name}Buttons")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        one_click(self.buttons.button(QDialogButtonBox.StandardButton.Ok))  # a double click saves once

    def save(self):
        raise NotImplementedError

    @saves_once
    def submit(self) -> None:
        try:
            self.saved = self.save()
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.accept()


class VisitDialog(_ServiceDialog):
    """A visit to one household: day (not after today), kind, whom they met, the party member who came along, what
    was found; "Turn the need into a request" takes the category and words of the request (channel 走访)."""

    def __init__(self, ctx: AppContext, parent: QWidget, household: H.Household) -> None:
        super().__init__(
            ctx, parent, self.tr("Record a visit: {address}").format(address=household.label), "visitDialog"
        )
        self.household = household
        today = clock.today()
        self.day = _date_edit("visitDay", self.tr("Date of the visit"), today, today)
        self.kind = named(QComboBox(), "visitKind", self.tr("Kind of visit"))
        for k in C.VISIT_KINDS:
            self.kind.addItem(C.kind_label(k), k)
        self.outcome = named(QComboBox(), "visitResult", self.tr("What the visit found"))
        for r in C.VISIT_RESULTS:
            self.outcome.addItem(C.result_label(r), r)
        self.met = named(QComboBox(), "visitMet", self.tr("Resident met"))
        self.met.addItem(self.tr("— nobody in particular —"), None)
        for o in household.occupants:
            self.met.addItem(o.name, o.id)
        self.member = named(QComboBox(), "visitMember", self.tr("Party member who went"))
        self.member.addItem(self.tr("— staff only —"), None)
        seen = set()
        for link in household.links:
            if link.ended_on is None and link.party_member_id not in seen:
                seen.add(link.party_member_id)
                self.member.addItem(f"{link.party_member_name} ({C.scope_label(link.scope)})", link.party_member_id)
        for p in C.party_members(ctx.db, ctx.actor, household.building):
            if p.id not in seen:
                seen.add(p.id)
                self.member.addItem(f"{p.name} {H.short_label(p.building, p.unit, p.room)}".strip(), p.id)
        self.findings = named(QPlainTextEdit(), "visitFindings", self.tr("What was found"))
        self.findings.setTabChangesFocus(True)
        self.findings.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.need_box = named(QGroupBox(self.tr("Turn the need into a request (channel: visit)")), "visitNeed", "")
        self.need_box.setAccessibleName(self.tr("Turn the need into a request"))
        self.need_box.setCheckable(True)
        self.need_box.setChecked(False)
        self.category = named(QComboBox(), "visitNeedCategory", self.tr("Request category"))
        self.category.addItem(self.tr("— choose a category —"), None)  # no default: a wrong one misroutes the request
        for c in R.categories(ctx.db):
            self.category.addItem(c.name, c.id)
        self.need_for = named(QComboBox(), "visitNeedResident", self.tr("Whom the request is for"))
        self.need_for.addItem(self.tr("— choose who —"), None)
        for o in household.occupants:
            self.need_for.addItem(o.name, o.id)
        if len(household.occupants) == 1:
            self.need_for.setCurrentIndex(1)
        self.met.currentIndexChanged.connect(self._met_changed)
        self.need_text = named(QLineEdit(), "visitNeedText", self.tr("The request"))
        self.urgent = named(QCheckBox(self.tr("Urgent")), "visitNeedUrgent", self.tr("Urgent"))
        need_form = QFormLayout(self.need_box)
        need_form.addRow(self.tr("For"), self.need_for)
        need_form.addRow(self.tr("Category"), self.category)
        need_form.addRow(self.tr("Request"), self.need_text)
        need_form.addRow("", self.urgent)
        self.need_box.toggled.connect(self._need_toggled)
        if not may(ctx.actor, TAKE_REQUESTS):
            self.need_box.setEnabled(False)
            self.need_box.setToolTip(self.tr("Your role may not take in requests: tell the front desk about the need."))

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Result"), self.outcome)
        form.addRow(self.tr("Met"), self.met)
        form.addRow(self.tr("Party member"), self.member)
        form.addRow(self.tr("Found"), self.findings)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.need_box)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _met_changed(self, _index: int) -> None:
        met = self.met.currentData()
        if met is not None:
            self.need_for.setCurrentIndex(max(self.need_for.findData(met), 0))

    def _need_toggled(self, on: bool) -> None:
        if on:
            self.outcome.setCurrentIndex(self.outcome.findData("need_found"))
            if not self.need_text.text().strip():
                self.need_text.setText(self.findings.toPlainText().strip().replace("\n", " "))

    def visit_input(self) -> C.VisitInput:
        need = None
        if self.need_box.isChecked():
            need = C.NeedInput(
                self.category.currentData(),
                self.need_text.text(),
                "urgent" if self.urgent.isChecked() else "normal",
                self.need_for.currentData(),
            )
        return C.VisitInput(
            self.household.building,
            self.household.unit,
            self.household.room,
            pydate(self.day.date()),
            kind=self.kind.currentData(),
            result=self.outcome.currentData(),
            findings=self.findings.toPlainText(),
            resident_id=self.met.currentData(),
            visitor_resident_id=self.member.currentData(),
            need=need,
        )

    def save(self):
        return C.record_visit(self.ctx.db, self.ctx.actor, self.visit_input())


class LinkDialog(_ServiceDialog):
    """三带一联: a party member looks after this household, its unit or its building."""

    def __init__(self, ctx: AppContext, parent: QWidget, household: H.Household) -> None:
        super().__init__(ctx, parent, self.tr("Link a party member (三带一联)"), "linkDialog")
        self.household = household
        self.member = named(QComboBox(), "linkMember", self.tr("Party member"))
        self.member.setEditable(True)
        self.member.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in C.party_members(ctx.db, ctx.actor, household.building):
            branch = f" · {p.branch}" if p.branch else ""
            self.member.addItem(f"{p.name} {H.short_label(p.building, p.unit, p.room)}{branch}".strip(), p.id)
        self.member.setCurrentIndex(-1)
        self.scope = named(QComboBox(), "linkScope", self.tr("Looks after"))
        for scope, where in (
            ("household", H.short_label(household.building, household.unit, household.room)),
            ("unit", H.short_label(household.building, household.unit, "")),
            ("building", household.building),
        ):
            self.scope.addItem(f"{C.scope_label(scope)} {where}", scope)
        form = QFormLayout()
        form.addRow(self.tr("Party member"), self.member)
        form.addRow(self.tr("Looks after"), self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def chosen_member(self) -> int | None:
        i = self.member.findText(self.member.currentText())
        return self.member.itemData(i) if i >= 0 else None

    def save(self):
        member = self.chosen_member()
        if member is None:
            raise UserError(self.tr("Choose a party member from the list."))
        h = self.household
        return C.add_link(self.ctx.db, self.ctx.actor, member, self.scope.currentData(), h.building, h.unit, h.room)


class CouncilDialog(_ServiceDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(ctx, parent, self.tr("New building council"), "councilDialog")
        self.building = named(QComboBox(), "councilBuilding", self.tr("Building"))
        self.building.addItem(self.tr("Whole estate"), "")
        for b in H.buildings(ctx.db, ctx.actor):
            self.building.addItem(H.household_label(b.building, "", ""), b.building)
        self.name = named(QLineEdit(), "councilName", self.tr("Council name"))
        self.building.currentIndexChanged.connect(self._suggest)
        form = QFormLayout()
        form.addRow(self.tr("Building"), self.building)
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._suggest()

    def _suggest(self) -> None:
        b = self.building.currentData()
        self.name.setText(
            self.tr("{building} self-governing council").format(building=H.household_label(b, "", ""))
            if b
            else self.tr("Estate self-governing council")
        )

    def save(self):
        return C.create_council(self.ctx.db, self.ctx.actor, self.name.text(), self.building.currentData())


class SeatDialog(_ServiceDialog):
    """A resident takes a role on the council (理事长, 楼栋长, 单元长, 理事) from a day."""

    def __init__(self, ctx: AppContext, parent: QWidget, council_id: int) -> None:
        super().__init__(ctx, parent, self.tr("Add to the council"), "seatDialog")
        from ui.common.resident_picker import ResidentPicker

        self.council_id = council_id
        self.picker = ResidentPicker(ctx, "seatResident", self.tr("Resident"), self)
        self.seat = named(QComboBox(), "seatRole", self.tr("Role"))
        for s in C.SEATS:
            self.seat.addItem(C.seat_label(s), s)
        self.unit = named(QLineEdit(), "seatUnit", self.tr("Unit (for a unit head)"))
        self.start = _date_edit("seatStart", self.tr("From"), clock.today(), clock.today())
        form = QFormLayout()
        form.addRow(self.tr("Resident"), self.picker)
        form.addRow(self.tr("Role"), self.seat)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("From"), self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def save(self):
        if self.picker.resident_id is None:
            raise UserError(self.tr("Find and choose the resident first."))
        return C.add_council_member(
            self.ctx.db,
            self.ctx.actor,
            self.council_id,
            self.picker.resident_id,
            self.seat.currentData(),
            self.unit.text().strip(),
            pydate(self.start.date()),
        )


class _TaskRow(QWidget):
    def __init__(self, people: list[tuple[int, str]], index: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = named(QLineEdit(), f"meetingTask{index}", self.tr("Follow-up task {n}").format(n=index + 1))
        self.text.setPlaceholderText(self.tr("What is to be done"))
        self.who = named(QComboBox(), f"meetingTaskWho{index}", self.tr("Who does it"))
        self.who.addItem(self.tr("— who —"), None)
        for rid, name in people:
            self.who.addItem(name, rid)
        self.due = _date_edit(f"meetingTaskDue{index}", self.tr("Due"), clock.today() + dt.timedelta(days=14))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 3)
        row.addWidget(self.who, 1)
        row.addWidget(self.due)

    def task(self) -> C.TaskInput | None:
        if not self.text.text().strip():
            return None
        return C.TaskInput(self.text.text(), self.who.currentData(), pydate(self.due.date()))


class MeetingDialog(_ServiceDialog):
    """A council meeting: day (not after today), subject, agenda, who attended (the council's current members,
    ticked), decisions, and follow-up tasks (what, who, by when)."""

    def __init__(self, ctx: AppContext, parent: QWidget, council: C.CouncilRow) -> None:
        super().__init__(ctx, parent, self.tr("Council meeting: {name}").format(name=council.name), "meetingDialog")
        self.council = council
        seats = [s for s in C.council_seats(ctx.db, ctx.actor, council.id) if s.ended_on is None]
        people = list(dict.fromkeys((s.resident_id, s.name) for s in seats))
        self.day = _date_edit("meetingDay", self.tr("Date of the meeting"), clock.today(), clock.today())
        self.title_edit = named(QLineEdit(), "meetingTitle", self.tr("Subject"))
        self.agenda = named(QPlainTextEdit(), "meetingAgenda", self.tr("Agenda"))
        self.decisions = named(QPlainTextEdit(), "meetingDecisions", self.tr("Decisions"))
        for edit in (self.agenda, self.decisions):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.attendees = named(QListWidget(), "meetingAttendees", self.tr("Who attended"))
        for rid, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.attendees.addItem(item)
        self.attendees.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.tasks_box = QVBoxLayout()
        self.task_rows: list[_TaskRow] = []
        self._people = people
        self.add_task_btn = named(QPushButton(self.tr("Add a task")), "meetingAddTask", self.tr("Add a task"))
        self.add_task_btn.clicked.connect(self.add_task)
        for _ in range(2):
            self.add_task()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Subject"), self.title_edit)
        form.addRow(self.tr("Agenda"), self.agenda)
        form.addRow(self.tr("Attended"), self.attendees)
        form.addRow(self.tr("Decisions"), self.decisions)
        tasks = QGroupBox(self.tr("Follow-up tasks"))
        tasks.setObjectName("meetingTasks")
        tl = QVBoxLayout(tasks)
        tl.addLayout(self.tasks_box)
        tl.addWidget(self.add_task_btn, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tasks)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def add_task(self) -> None:
        row = _TaskRow(self._people, len(self.task_rows), self)
        self.task_rows.append(row)
        self.tasks_box.addWidget(row)
        if len(self.task_rows) > 2:
            row.text.setFocus()

    def meeting_input(self) -> C.MeetingInput:
        ticked = [
            self.attendees.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.attendees.count())
            if self.attendees.item(i).checkState() == Qt.CheckState.Checked
        ]
        return C.MeetingInput(
            self.council.id,
            pydate(self.day.date()),
            self.title_edit.text(),
            self.agenda.toPlainText(),
            self.decisions.toPlainText(),
            ticked,
            [t for r in self.task_rows if (t := r.task()) is not None],
        )

    def save(self):
        return C.record_meeting(self.ctx.db, self.ctx.actor, self.meeting_input())
