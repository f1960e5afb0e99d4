"""Children: the list, the child's form (with the private medical note shown only to childcare staff and
administrators), the adults on the child's list (guardian, authorised pick-up, emergency only, blocked) and
the child's enrolments. Everything is archived or withdrawn with a reason, never deleted; the services audit it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts.permissions import LIFT_PICKUP_BLOCK, roles_with
from app.childcare import service as cc
from app.errors import UserError, ValidationError
from app.residents.service import get_resident
from ui.accounts import approval
from ui.childcare.delegate import RoleColourDelegate
from ui.childcare.forms import FormDialog, WeekdayBoxes, option_label, parse_date, weekdays_text
from ui.common import dialogs
from ui.common import export as list_export
from ui.common.layout import fit_window, set_available, size_columns_always
from ui.common.lazy import quiet_tab_bar
from ui.common.loading import Loader
from ui.common.nothing_found import NothingFound
from ui.common.paged_model import Column, ListTableModel
from ui.common.resident_picker import ResidentPicker
from ui.common.saving import saves_once
from ui.context import AppContext

# ---------------------------------------------------------------------------------------------- models


class ChildListModel(ListTableModel):
    CONTEXT = "ChildcareChildModel"
    EXPORT_KINDS = {"birth": "date"}  # app.exports.DATE

    def export_value(self, row: cc.ChildRow, column: int):
        return row.birth_date if column == 1 else self.display(row, column)

    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("ChildcareChildModel", "Name")),
        Column("birth", QT_TRANSLATE_NOOP("ChildcareChildModel", "Birth date")),
        Column("school", QT_TRANSLATE_NOOP("ChildcareChildModel", "School")),
        Column("class", QT_TRANSLATE_NOOP("ChildcareChildModel", "Grade and class")),
        Column("allergy", QT_TRANSLATE_NOOP("ChildcareChildModel", "Allergy")),
        Column("programs", QT_TRANSLATE_NOOP("ChildcareChildModel", "Enrolled in")),
    )

    def display(self, row: cc.ChildRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.birth_date.isoformat() if row.birth_date else ""
        if column == 2:
            return row.school
        if column == 3:
            return " ".join(x for x in (row.grade, row.class_name) if x)
        if column == 4:
            return row.allergy_note
        return row.programs

    def foreground(self, row: cc.ChildRow, column: int):
        return QBrush(QColor("#b00020")) if column == 4 and row.allergy_note else None


class ContactModel(ListTableModel):
    CONTEXT = "ChildcareContactModel"
    EXPORT_KINDS = {"phone": "phone"}  # app.exports.PHONE: masked unless the role may export personal data
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("ChildcareContactModel", "Adult")),
        Column("role", QT_TRANSLATE_NOOP("ChildcareContactModel", "Role")),
        Column("relation", QT_TRANSLATE_NOOP("ChildcareContactModel", "Relation")),
        Column("phone", QT_TRANSLATE_NOOP("ChildcareContactModel", "Phone")),
        Column("valid", QT_TRANSLATE_NOOP("ChildcareContactModel", "Valid")),
        Column("alone", QT_TRANSLATE_NOOP("ChildcareContactModel", "Consent to leave alone")),
        Column("today", QT_TRANSLATE_NOOP("ChildcareContactModel", "May collect today")),
    )

    def display(self, row: cc.ContactRow, column: int) -> str:
        if column == 0:
            return f"{row.name} {row.masked_id}".strip()
        if column == 1:
            return cc.role_label(row.role)
        if column == 2:
            return row.relation
        if column == 3:
            return row.phone
        if column == 4:
            if row.valid_from is None and row.valid_to is None:
                return self.tr("always")
            if row.valid_from == row.valid_to:
                return self.tr("{day} only").format(day=row.valid_from.isoformat())
            return "{a} – {b}".format(
                a=row.valid_from.isoformat() if row.valid_from else "…",
                b=row.valid_to.isoformat() if row.valid_to else "…",
            )
        if column == 5:
            return self.tr("yes") if row.may_leave_alone_consent else ""
        return self.tr("no") if row.refusal else self.tr("yes")

    def foreground(self, row: cc.ContactRow, column: int):
        if row.role == "blocked" or (column == 6 and row.refusal):
            return QBrush(QColor("#b00020"))
        return None

    def tooltip(self, row: cc.ContactRow, column: int) -> str | None:
        return row.refusal


class EnrolmentModel(ListTableModel):
    CONTEXT = "ChildcareEnrolmentModel"
    COLUMNS = (
        Column("program", QT_TRANSLATE_NOOP("ChildcareEnrolmentModel", "Program")),
        Column("group", QT_TRANSLATE_NOOP("ChildcareEnrolmentModel", "Group")),
        Column("days", QT_TRANSLATE_NOOP("ChildcareEnrolmentModel", "Weekdays")),
        Column("options", QT_TRANSLATE_NOOP("ChildcareEnrolmentModel", "Options")),
        Column("dates", QT_TRANSLATE_NOOP("ChildcareEnrolmentModel", "Dates")),
    )

    def display(self, row: cc.EnrolmentRow, column: int) -> str:
        if column == 0:
            return row.program_name
        if column == 1:
            return row.group
        if column == 2:
            return weekdays_text(row.weekdays)
        if column == 3:
            return "、".join(option_label(o) for o in row.options)
        return f"{row.starts_on.isoformat()} – {row.ends_on.isoformat()}"


def _table(
    parent: QWidget, name: str, accessible: str, model: ListTableModel, colour_columns: tuple[int, ...] | None = None
) -> QTableView:
    """A list of the childcare screens; `colour_columns`: the only columns the model colours (they get the colour
    delegate, which paints in Python cell by cell; the others the stock one), None when whole rows may be."""
    table = QTableView(parent, objectName=name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    # Widths from the header and the first rows, each time the rows are set: not re-measured on every layout, as
    # ResizeToContents does (thousands of data() calls under the stylesheet on a first show).
    size_columns_always(table)
    table.setMinimumHeight(150)
    if colour_columns is None:
        table.setItemDelegate(RoleColourDelegate(table))
    else:
        colours = RoleColourDelegate(table)
        for column in colour_columns:
            table.setItemDelegateForColumn(column, colours)
    return table


def _current(table: QTableView):
    idx = table.currentIndex()
    return table.model().row_at(idx.row()) if idx.isValid() else None


# ---------------------------------------------------------------------------------------------- contact dialog


class ContactDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget, child_id: int, contact_id: int | None = None) -> None:
        super().__init__(parent, "childcareContactForm")
        self.ctx = ctx
        self.child_id = child_id
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Edit adult") if contact_id else self.tr("Add an adult to the child's list"))
        self.picker = ResidentPicker(ctx, "contactAdult", self.tr("Adult"), self)
        self.picker.changed.connect(self._adult_chosen)
        self.picker.entered.connect(lambda: self.role.setFocus())
        self.role = QComboBox(self, objectName="contactRole")
        self.role.setAccessibleName(self.tr("Role"))
        for role in cc.ROLES:
            self.role.addItem(cc.role_label(role), role)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.relation = self.line("contactRelation", self.tr("Relation"), self.tr("e.g. 母亲, 外婆, 邻居"), 20)
        self.phone = self.line("contactPhone", self.tr("Phone"), "", 20)
        self.valid_from = self.line("contactValidFrom", self.tr("Valid from"), self.tr("YYYY-MM-DD or empty"), 10)
        self.valid_to = self.line("contactValidTo", self.tr("Valid to"), self.tr("YYYY-MM-DD or empty"), 10)
        self.today_only = QPushButton(self.tr("Today only"), self, objectName="contactTodayOnly")
        self.today_only.setAccessibleName(self.tr("One-day authorisation for today"))
        self.today_only.setAutoDefault(False)
        self.today_only.clicked.connect(self._one_day)
        self.id_digits = self.line("contactIdDigits", self.tr("Last digits of ID checked"), self.tr("e.g. 1234"), 6)
        self.consent = QCheckBox(self.tr("Written consent for the child to leave alone is on file"), self)
        self.consent.setObjectName("contactConsent")
        self.consent.setAccessibleName(self.consent.text())
        self.consent.toggled.connect(self.validate)
        dates = QWidget(self)
        drow = QHBoxLayout(dates)
        drow.setContentsMargins(0, 0, 0, 0)
        drow.addWidget(self.valid_from)
        drow.addWidget(self.valid_to)
        drow.addWidget(self.today_only)
        form = QFormLayout()
        form.addRow(self.tr("Adult *"), self.with_error("resident", self.picker))
        form.addRow(self.tr("Role"), self.with_error("role", self.role))
        form.addRow(self.tr("Relation"), self.with_error("relation", self.relation))
        form.addRow(self.tr("Phone"), self.with_error("phone", self.phone))
        form.addRow(self.tr("Valid (from – to)"), self.with_error("valid_to", dates))
        form.addRow(self.tr("ID digits checked"), self.with_error("id_last_digits", self.id_digits))
        form.addRow("", self.with_error("may_leave_alone_consent", self.consent))
        self.hint = QLabel(self, objectName="contactHint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        if contact_id is not None:
            inp = cc.get_contact(ctx.db, ctx.actor, contact_id)
            self.picker.set_resident(inp.resident_id)
            self.picker.fix()
            self.role.setCurrentIndex(self.role.findData(inp.role))
            self.relation.setText(inp.relation)
            self.phone.setText(inp.phone)
            self.valid_from.setText(inp.valid_from.isoformat() if inp.valid_from else "")
            self.valid_to.setText(inp.valid_to.isoformat() if inp.valid_to else "")
            self.id_digits.setText(inp.id_last_digits)
            self.consent.setChecked(inp.may_leave_alone_consent)
            self.role.setFocus()
        else:
            self.role.setCurrentIndex(self.role.findData("pickup"))
            self.picker.search.setFocus()
        self._role_changed()

    def _adult_chosen(self) -> None:
        self.touched = True
        if self.picker.resident_id is not None and not self.phone.text():
            phone = get_resident(self.ctx.db, self.picker.resident_id).row.phone
            if phone:
                self.phone.setText(phone)
        self.validate()

    def _role_changed(self, *_args) -> None:
        role = self.role.currentData()
        self.consent.setEnabled(role == "guardian")
        if role != "guardian":
            self.consent.setChecked(False)
        self.hint.setText(
            {
                "guardian": self.tr("A guardian may collect the child and may give consent for them to leave alone."),
                "pickup": self.tr("An authorised adult may collect the child on the valid days."),
                "emergency": self.tr("Called in an emergency; may NOT collect the child."),
                "blocked": self.tr("May never collect the child. The desk refuses them."),
            }[role]
        )
        self.validate()

    def _one_day(self) -> None:
        today = clock.today().isoformat()
        self.touched = True
        self.valid_from.setText(today)
        self.valid_to.setText(today)

    def collect(self):
        errors: dict[str, str] = {}
        bad = self.tr("Write the date as YYYY-MM-DD, e.g. 2026-11-30.")
        try:
            start = parse_date(self.valid_from.text())
            end = parse_date(self.valid_to.text())
        except ValueError:
            start = end = None
            errors["valid_to"] = bad
        if self.picker.resident_id is None:
            errors["resident"] = self.tr("Find and choose the adult (register them as a resident first).")
        inp = cc.ContactInput(
            child_id=self.child_id,
            resident_id=self.picker.resident_id or 0,
            role=self.role.currentData(),
            relation=self.relation.text(),
            phone=self.phone.text(),
            valid_from=start,
            valid_to=end,
            id_last_digits=self.id_digits.text(),
            may_leave_alone_consent=self.consent.isChecked(),
        )
        return inp, errors

    def check(self, inp) -> dict[str, str]:
        return cc.validate_contact(inp)

    def store(self, inp) -> None:
        if self.contact_id is None:
            self.contact_id = cc.add_contact(self.ctx.db, self.ctx.actor, inp)
        else:
            try:
                cc.update_contact(self.ctx.db, self.ctx.actor, self.contact_id, inp)
            except UserError as exc:
                if exc.field != "approver":
                    raise
                # lifting a block: a reason and an administrator's approval (another person)
                reason = dialogs.ask_text(
                    self, self.tr("Lift the block"), self.tr("Why is the block (禁止接送) lifted?")
                )
                if not reason:
                    raise UserError(self.tr("Not approved: the block stays.")) from None
                who = ask_lift_approval(self, self.ctx, reason)
                if who is None:
                    raise UserError(self.tr("Not approved: the block stays.")) from None
                cc.update_contact(self.ctx.db, self.ctx.actor, self.contact_id, inp, approver=who, reason=reason)


def ask_lift_approval(parent: QWidget, ctx: AppContext, reason: str):
    """An administrator's approval (another account holding LIFT_PICKUP_BLOCK) for lifting a block, or None."""
    purpose = QCoreApplication.translate(
        "ContactDialog", "Lift a pick-up block (禁止接送). Reason: {reason} An administrator approves; not {name}."
    ).format(reason=reason, name=ctx.actor.display_name)
    return approval.ask_approval(parent, ctx, purpose, roles_with(LIFT_PICKUP_BLOCK))


# ---------------------------------------------------------------------------------------------- enrolment dialog


class EnrolmentDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget, child_id: int, enrolment: cc.EnrolmentRow | None = None):
        super().__init__(parent, "childcareEnrolmentForm")
        self.ctx = ctx
        self.child_id = child_id
        self.enrolment = enrolment
        self.setWindowTitle(self.tr("Change enrolment") if enrolment else self.tr("Enrol in a program"))
        self.programs = {p.id: p for p in cc.list_programs(ctx.db)}
        self.program = QComboBox(self, objectName="enrolProgram")
        self.program.setAccessibleName(self.tr("Program"))
        for p in self.programs.values():
            kind = cc.kind_label(p.kind)
            self.program.addItem(p.name if p.name in kind else f"{p.name} · {kind}", p.id)
        self.group = QComboBox(self, objectName="enrolGroup")
        self.group.setAccessibleName(self.tr("Group"))
        self.group.currentIndexChanged.connect(self.validate)
        self.weekdays = WeekdayBoxes("enrolWeekday", self)
        for b in self.weekdays.boxes:
            b.toggled.connect(self.validate)
        self.option_boxes: dict[str, QCheckBox] = {}
        options = QWidget(self)
        orow = QHBoxLayout(options)
        orow.setContentsMargins(0, 0, 0, 0)
        for opt in cc.OPTIONS:
            box = QCheckBox(option_label(opt), options)
            box.setObjectName(f"enrolOption_{opt}")
            box.setAccessibleName(option_label(opt))
            box.toggled.connect(self.validate)
            self.option_boxes[opt] = box
            orow.addWidget(box)
        orow.addStretch(1)
        self.starts = self.line("enrolStarts", self.tr("From"), self.tr("YYYY-MM-DD"), 10)
        self.ends = self.line("enrolEnds", self.tr("To"), self.tr("YYYY-MM-DD"), 10)
        dates = QWidget(self)
        drow = QHBoxLayout(dates)
        drow.setContentsMargins(0, 0, 0, 0)
        drow.addWidget(self.starts)
        drow.addWidget(self.ends)
        self.places = QLabel(self, objectName="enrolPlaces")
        self.override = self.line(
            "enrolCapacityOverride", self.tr("Reason to enrol although full"), self.tr("Why enrol although full"), 200
        )
        self.override_row = self.with_error("capacity_override", self.override)
        self.override_wanted = False
        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("Program"), self.with_error("program", self.program))
        form.addRow(self.tr("Group"), self.with_error("group", self.group))
        form.addRow(self.tr("Weekdays"), self.with_error("weekdays", self.weekdays))
        form.addRow(self.tr("Options"), self.with_error("options", options))
        form.addRow(self.tr("Dates (from – to)"), self.with_error("starts_on", dates))
        form.addRow(self.tr("Places"), self.places)
        form.addRow(self.tr("Capacity override"), self.override_row)
        form.setRowVisible(self.override_row, False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.program.currentIndexChanged.connect(self._program_changed)
        if enrolment is not None:
            self.program.setCurrentIndex(self.program.findData(enrolment.program_id))
            self.program.setEnabled(False)
            self._program_changed()
            self.group.setCurrentIndex(max(0, self.group.findData(enrolment.group)))
            self.weekdays.set_mask(enrolment.weekdays)
            for opt, box in self.option_boxes.items():
                box.setChecked(opt in enrolment.options)
            self.starts.setText(enrolment.starts_on.isoformat())
            self.ends.setText(enrolment.ends_on.isoformat())
        else:
            self._program_changed()
        self.program.setFocus()
        self.validate()

    def current_program(self) -> cc.ProgramRow | None:
        pid = self.program.currentData()
        return self.programs.get(pid) if pid is not None else None

    def _program_changed(self, *_args) -> None:
        p = self.current_program()
        self.group.blockSignals(True)
        self.group.clear()
        if p is not None:
            if not p.groups:
                self.group.addItem(self.tr("(no groups)"), "")
            for g in p.groups:
                self.group.addItem(g, g)
        self.group.blockSignals(False)
        if p is not None:
            self.weekdays.limit_to(p.weekdays)
            self.weekdays.set_mask(p.weekdays)
            for opt, box in self.option_boxes.items():
                box.setEnabled(opt in p.options)
                box.setChecked(False)
            start = max(p.starts_on, clock.today()) if p.ends_on >= clock.today() else p.starts_on
            self.starts.setText(start.isoformat())
            self.ends.setText(p.ends_on.isoformat())
        self.override.clear()
        self.show_override(False)
        self.validate()

    def show_override(self, visible: bool) -> None:
        """The reason field for enrolling into a full program appears only once the program turned out full."""
        self.override_wanted = visible
        self.form.setRowVisible(self.override_row, visible)

    def collect(self):
        errors: dict[str, str] = {}
        p = self.current_program()
        if p is None:
            return None, {"program": self.tr("Add a program first (Programs tab).")}
        try:
            start, end = parse_date(self.starts.text()), parse_date(self.ends.text())
        except ValueError:
            return None, {"starts_on": self.tr("Write the date as YYYY-MM-DD, e.g. 2026-11-30.")}
        if start is None or end is None:
            return None, {"starts_on": self.tr("Enter both dates.")}
        taken = cc.places_taken(self.ctx.db, p.id, start, end) - (1 if self.enrolment else 0)
        self.places.setText(self.tr("{taken} of {capacity} places taken").format(taken=taken, capacity=p.capacity))
        inp = (
            p,
            self.group.currentData() or "",
            self.weekdays.mask(),
            start,
            end,
            [o for o, b in self.option_boxes.items() if b.isChecked()],
        )
        if self.override_wanted and not self.override.text().strip():
            errors["capacity_override"] = self.tr("The program is full: give a reason to enrol anyway.")
        return inp, errors

    def check(self, inp) -> dict[str, str]:
        return cc.validate_enrolment(*inp)

    def store(self, inp) -> bool:
        p, group, mask, start, end, options = inp
        if self.enrolment is not None:
            cc.update_enrolment(
                self.ctx.db,
                self.ctx.actor,
                self.enrolment.id,
                group=group,
                weekdays=mask,
                options=options,
                starts_on=start,
                ends_on=end,
            )
            return True
        try:
            cc.enrol(
                self.ctx.db,
                self.ctx.actor,
                self.child_id,
                p.id,
                group=group,
                weekdays=mask,
                options=options,
                starts_on=start,
                ends_on=end,
                capacity_override_reason=self.override.text() if self.override_wanted else "",
            )
        except cc.CapacityFull as exc:
            # Full: say so, and open the reason field; Save again enrols with the reason (an audited override).
            dialogs.show_user_error(self, exc)
            self.show_override(True)
            self.override.setFocus()
            self.validate()
            return False
        return True


# ---------------------------------------------------------------------------------------------- child dialog


class ChildDialog(FormDialog):
    """The child's record, and (once saved) the adults on their list and their enrolments."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget, child_id: int | None = None) -> None:
        super().__init__(parent, "childcareChildForm")
        self.ctx = ctx
        self.child_id = child_id
        self.may_read_medical = cc.may_read_medical_note(ctx.actor)
        self.stored: cc.ChildInput | None = None  # what this dialog last saved (a new child's dialog stays open)
        self.setWindowTitle(self.tr("Edit child") if child_id else self.tr("New child"))
        self.name = self.line("childName", self.tr("Child's name"), max_len=50)
        self.gender = QComboBox(self, objectName="childGender")
        self.gender.setAccessibleName(self.tr("Gender"))
        self.gender.addItem(self.tr("(not given)"), None)
        self.gender.addItem(self.tr("Boy"), "M")
        self.gender.addItem(self.tr("Girl"), "F")
        self.gender.currentIndexChanged.connect(self.validate)
        self.birth = self.line("childBirth", self.tr("Birth date"), self.tr("YYYY-MM-DD"), 10)
        self.school = self.line("childSchool", self.tr("School"), "", 100)
        self.grade = self.line("childGrade", self.tr("Grade"), self.tr("e.g. 二年级"), 20)
        self.class_name = self.line("childClass", self.tr("Class"), self.tr("e.g. 3班"), 20)
        self.allergy = self.line(
            "childAllergy", self.tr("Allergy note (printed)"), self.tr("Short, printed on the sheet"), 80
        )
        self.medical: QPlainTextEdit | None = None
        if self.may_read_medical:
            self.medical = QPlainTextEdit(self, objectName="childMedical")
            self.medical.setAccessibleName(self.tr("Private medical note (never printed)"))
            self.medical.setFixedHeight(54)
            self.medical.textChanged.connect(self._touch)
            self.medical.textChanged.connect(self.validate)
            medical: QWidget = self.medical
        else:
            medical = QLabel(self.tr("Only childcare staff can see the private medical note."), self)
            medical.setObjectName("childMedicalHidden")
            medical.setProperty("role", "hint")
        self.health = QCheckBox(self.tr("Health disclosure on file (健康状况告知书)"), self)
        self.health.setObjectName("childHealthDisclosure")
        self.health.setAccessibleName(self.health.text())
        self.safety = QCheckBox(self.tr("Safety agreement on file (安全责任协议)"), self)
        self.safety.setObjectName("childSafetyAgreement")
        self.safety.setAccessibleName(self.safety.text())
        self.resident = ResidentPicker(ctx, "childResident", self.tr("Child's resident record"), self)
        self.unlink = QPushButton(self.tr("No resident record"), self, objectName="childUnlinkResident")
        self.unlink.setAccessibleName(self.unlink.text())
        self.unlink.setAutoDefault(False)
        self.unlink.clicked.connect(lambda: self.resident.set_resident(None))
        self.resident.changed.connect(self.validate)
        school = QWidget(self)
        srow = QHBoxLayout(school)
        srow.setContentsMargins(0, 0, 0, 0)
        srow.addWidget(self.school, 2)
        srow.addWidget(self.grade, 1)
        srow.addWidget(self.class_name, 1)
        papers = QWidget(self)
        prow = QHBoxLayout(papers)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.health)
        prow.addWidget(self.safety)
        link = QWidget(self)
        lrow = QHBoxLayout(link)
        lrow.setContentsMargins(0, 0, 0, 0)
        lrow.addWidget(self.resident, 1)
        lrow.addWidget(self.unlink, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.with_error("name", self.name))
        form.addRow(self.tr("Gender"), self.with_error("gender", self.gender))
        form.addRow(self.tr("Birth date"), self.with_error("birth_date", self.birth))
        form.addRow(self.tr("School, grade, class"), self.with_error("school", school))
        form.addRow(self.tr("Allergy (may print)"), self.with_error("allergy_note", self.allergy))
        form.addRow(self.tr("Medical note (private)"), self.with_error("medical_note", medical))
        form.addRow(self.tr("On file"), papers)
        form.addRow(self.tr("Resident record"), link)

        # the adults on the child's list
        self.contacts_box = QWidget(self, objectName="childContactsBox")
        self.contact_model = ContactModel(self)
        self.contact_table = _table(self, "childContacts", self.tr("Adults on the child's list"), self.contact_model)
        list_export.install(self.contact_table, "contacts", ctx=self.ctx)
        self.contact_table.doubleClicked.connect(lambda *_: self.edit_contact())
        self.add_contact_button = QPushButton(self.tr("Add adult…"), self, objectName="childAddContact")
        self.edit_contact_button = QPushButton(self.tr("Edit adult…"), self, objectName="childEditContact")
        self.archive_contact_button = QPushButton(self.tr("Remove from list…"), self, objectName="childArchiveContact")
        cbuttons = QHBoxLayout()
        for b in (self.add_contact_button, self.edit_contact_button, self.archive_contact_button):
            b.setAccessibleName(b.text())
            b.setAutoDefault(False)
            cbuttons.addWidget(b)
        cbuttons.addStretch(1)
        cl = QVBoxLayout(self.contacts_box)
        cl.addLayout(cbuttons)
        cl.addWidget(self.contact_table)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.archive_contact_button.clicked.connect(self.archive_contact)

        # enrolments
        self.enrol_box = QWidget(self, objectName="childEnrolBox")
        self.enrol_model = EnrolmentModel(self)
        self.enrol_table = _table(self, "childEnrolments", self.tr("Enrolments"), self.enrol_model)
        self.enrol_table.doubleClicked.connect(lambda *_: self.edit_enrolment())
        self.enrol_button = QPushButton(self.tr("Enrol…"), self, objectName="childEnrol")
        self.edit_enrol_button = QPushButton(self.tr("Change…"), self, objectName="childEditEnrolment")
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), self, objectName="childWithdraw")
        ebuttons = QHBoxLayout()
        for b in (self.enrol_button, self.edit_enrol_button, self.withdraw_button):
            b.setAccessibleName(b.text())
            b.setAutoDefault(False)
            ebuttons.addWidget(b)
        ebuttons.addStretch(1)
        el = QVBoxLayout(self.enrol_box)
        el.addLayout(ebuttons)
        el.addWidget(self.enrol_table)
        self.enrol_button.clicked.connect(self.add_enrolment)
        self.edit_enrol_button.clicked.connect(self.edit_enrolment)
        self.withdraw_button.clicked.connect(self.withdraw)

        self.first_save_hint = QLabel(self.tr("Save the child first, then add the adults and the enrolments."), self)
        self.first_save_hint.setObjectName("childFirstSaveHint")
        self.first_save_hint.setProperty("role", "hint")
        self.save_button.setText(self.tr("Save"))
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.close_button.text())
        self.sections = QTabWidget(self, objectName="childSections")
        self.sections.setAccessibleName(self.tr("Adults and enrolments"))
        quiet_tab_bar(self.sections)  # the bar never takes the focus (Ctrl+Tab switches)
        self.sections.addTab(self.contacts_box, self.tr("Adults: who may collect, who may not"))
        self.sections.addTab(self.enrol_box, self.tr("Enrolments"))
        # The child on the left, the adults and enrolments beside it: the whole record fits a 1366×768 screen
        # (issue 16), Save and Close always in view.
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.summary)
        left.addWidget(self.first_save_hint)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addWidget(self.sections, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        fit_window(self, 1240, 640)

        if child_id is not None:
            self._load(cc.get_child(ctx.db, ctx.actor, child_id))
        self._sections()
        self.name.setFocus()
        self.validate()

    def _load(self, inp: cc.ChildInput) -> None:
        self.name.setText(inp.name)
        self.gender.setCurrentIndex({None: 0, "M": 1, "F": 2}.get(inp.gender, 0))
        self.birth.setText(inp.birth_date.isoformat() if inp.birth_date else "")
        self.school.setText(inp.school)
        self.grade.setText(inp.grade)
        self.class_name.setText(inp.class_name)
        self.allergy.setText(inp.allergy_note)
        if self.medical is not None:
            self.medical.setPlainText(inp.medical_note)
        self.health.setChecked(inp.health_disclosure_on_file)
        self.safety.setChecked(inp.safety_agreement_on_file)
        if inp.resident_id is not None:
            self.resident.set_resident(inp.resident_id)
        self.touched = False

    def _sections(self) -> None:
        saved = self.child_id is not None
        self.contacts_box.setEnabled(saved)
        self.enrol_box.setEnabled(saved)
        self.first_save_hint.setVisible(not saved)
        if saved:
            assert self.child_id is not None
            self.contact_model.set_rows(cc.list_contacts(self.ctx.db, self.ctx.actor, self.child_id))
            self.enrol_model.set_rows(cc.list_enrolments(self.ctx.db, self.child_id))

    # --- the child's fields -----------------------------------------------------------------------
    def collect(self):
        errors: dict[str, str] = {}
        try:
            birth = parse_date(self.birth.text())
        except ValueError:
            birth = None
            errors["birth_date"] = self.tr("Write the date as YYYY-MM-DD, e.g. 2018-03-01.")
        inp = cc.ChildInput(
            name=self.name.text(),
            gender=self.gender.currentData(),
            birth_date=birth,
            school=self.school.text(),
            grade=self.grade.text(),
            class_name=self.class_name.text(),
            allergy_note=self.allergy.text(),
            medical_note=self.medical.toPlainText() if self.medical is not None else "",
            health_disclosure_on_file=self.health.isChecked(),
            safety_agreement_on_file=self.safety.isChecked(),
            resident_id=self.resident.resident_id,
        )
        return inp, errors

    def check(self, inp) -> dict[str, str]:
        errors = cc.validate_child(inp, self.ctx.actor)
        # the school row shows the first of its three fields' errors
        for key in ("grade", "class_name"):
            if key in errors:
                errors.setdefault("school", errors.pop(key))
        return errors

    def store(self, inp) -> None:
        if self.child_id is None:
            self.child_id = cc.create_child(self.ctx.db, self.ctx.actor, inp)
        else:
            cc.update_child(self.ctx.db, self.ctx.actor, self.child_id, inp)
        self.saved.emit(self.child_id)

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        if not errors and self.stored is not None and self.collect()[0] == self.stored:
            # just saved and nothing changed since: a second Enter or click has nothing to save (Close closes)
            set_available(self.save_button, self.tr("Saved. Change something to save again, or Close."))

    @saves_once
    def save(self) -> None:
        """Save the child's fields. A new child's dialog stays open so the adults and enrolments can follow; a save
        with nothing changed since the last one writes nothing (an Enter and a click on Save are one save)."""
        was_new = self.child_id is None
        self.touched = True
        if not self.validate():
            return
        inp, _ = self.collect()
        if self.stored is not None and inp == self.stored:
            return
        try:
            self.store(inp)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        if was_new:
            self.stored = inp
            self.setWindowTitle(self.tr("Edit child"))
            self._sections()
            self.validate()
            self.add_contact_button.setFocus()
            return
        self.accept()

    # --- contacts -----------------------------------------------------------------------------------
    def add_contact(self):
        assert self.child_id is not None
        dialog = ContactDialog(self.ctx, self, self.child_id)
        dialog.accepted.connect(self._after_contact)
        dialog.open()
        return dialog

    def edit_contact(self):
        row = _current(self.contact_table)
        if row is None:
            dialogs.warn(self, self.tr("Choose an adult first."))
            return
        dialog = ContactDialog(self.ctx, self, row.child_id, row.id)
        dialog.accepted.connect(self._after_contact)
        dialog.open()
        return dialog

    def archive_contact(self) -> None:
        row = _current(self.contact_table)
        if row is None:
            dialogs.warn(self, self.tr("Choose an adult first."))
            return
        reason = dialogs.ask_text(
            self, self.tr("Remove from list"), self.tr("Why is {name} removed from the list?").format(name=row.name)
        )
        if reason is None:
            return
        who = None
        if row.role == "blocked":
            who = ask_lift_approval(self, self.ctx, reason)
            if who is None:
                dialogs.warn(self, self.tr("Not approved: the block stays."))
                return
        try:
            cc.archive_contact(self.ctx.db, self.ctx.actor, row.id, reason, approver=who)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self._after_contact()

    def _after_contact(self) -> None:
        self._sections()
        if self.child_id is not None:
            for c in cc.list_contacts(self.ctx.db, self.ctx.actor, self.child_id):
                self.ctx.resident_changed.emit(c.resident_id)

    # --- enrolments ---------------------------------------------------------------------------------
    def add_enrolment(self):
        assert self.child_id is not None
        dialog = EnrolmentDialog(self.ctx, self, self.child_id)
        dialog.accepted.connect(self._sections)
        dialog.open()
        return dialog

    def edit_enrolment(self):
        row = _current(self.enrol_table)
        if row is None:
            dialogs.warn(self, self.tr("Choose an enrolment first."))
            return
        assert self.child_id is not None
        dialog = EnrolmentDialog(self.ctx, self, self.child_id, row)
        dialog.accepted.connect(self._sections)
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        row = _current(self.enrol_table)
        if row is None:
            dialogs.warn(self, self.tr("Choose an enrolment first."))
            return
        reason = dialogs.ask_text(
            self, self.tr("Withdraw"), self.tr("Why is the child leaving {program}?").format(program=row.program_name)
        )
        if reason is None:
            return
        try:
            cc.withdraw(self.ctx.db, self.ctx.actor, row.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self._sections()


# ---------------------------------------------------------------------------------------------- children tab


class ChildrenPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("childcareChildren")
        self.search = QLineEdit(self, objectName="childcareChildSearch")
        self.search.setAccessibleName(self.tr("Find a child"))
        self.search.setPlaceholderText(self.tr("Name or school"))
        self.model = ChildListModel(self)
        # only the allergy note is red (ChildListModel.foreground)
        self.table = _table(self, "childcareChildTable", self.tr("Children"), self.model, colour_columns=(4,))
        self.nothing_found = NothingFound(self.table, self.search)  # "没有找到…" over an empty answer
        list_export.install(self.table, "children", ctx=ctx, filter_text=list_export.filter_of(self.search))
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.new_button = QPushButton(self.tr("New child…"), self, objectName="childcareNewChild")
        self.edit_button = QPushButton(self.tr("Open…"), self, objectName="childcareEditChild")
        self.archive_button = QPushButton(self.tr("Archive…"), self, objectName="childcareArchiveChild")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for b in (self.new_button, self.edit_button, self.archive_button):
            b.setAccessibleName(b.text())
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(lambda *_: self.reload())
        self.search.returnPressed.connect(self.edit)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.archive_button.clicked.connect(self.archive)
        self.loader = Loader(self)  # the list read on a worker, the newest answer only
        if parent is not None and parent.isVisible():
            self._read_later()  # built to be seen (the sub-tab's first show): the frame first, the list after
        else:
            self.reload()

    def reload(self) -> None:
        self.loader.drop()  # an answer still awaited from a read off the UI thread is older: dropped
        self._show_rows(cc.list_children(self.ctx.db, self.ctx.actor, self.search.text()))

    def _show_rows(self, rows: list[cc.ChildRow]) -> None:
        self.model.set_rows(rows)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _read_later(self) -> None:
        """Read the children on a worker (ui/common/loading.py) and show them when it answers; an answer overtaken
        by a newer read (a search typed meanwhile) is dropped."""
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        self.loader.run(lambda: cc.list_children(db, actor, text), self._show_rows)

    def current(self) -> cc.ChildRow | None:
        return _current(self.table)

    def open_child(self, child_id: int | None) -> ChildDialog:
        dialog = ChildDialog(self.ctx, self, child_id)
        dialog.finished.connect(lambda *_: (self.reload(), self.changed.emit()))
        dialog.open()
        return dialog

    def new(self) -> ChildDialog:
        return self.open_child(None)

    def edit(self) -> ChildDialog | None:
        row = self.current()
        if row is None:
            dialogs.warn(self, self.tr("Choose a child first."))
            return None
        return self.open_child(row.id)

    def archive(self) -> None:
        row = self.current()
        if row is None:
            dialogs.warn(self, self.tr("Choose a child first."))
            return
        reason = dialogs.ask_text(
            self, self.tr("Archive child"), self.tr("Why does {name} leave the center?").format(name=row.name)
        )
        if reason is None:
            return
        try:
            cc.archive_child(self.ctx.db, self.ctx.actor, row.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()
        self.changed.emit()
