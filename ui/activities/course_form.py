"""The course set-up form (administrators and the front desk's MANAGE_ACTIVITIES): kind, term, weekly or one-off
schedule, place, capacity, teacher (a resident, a volunteer, or a partner organisation's teacher), conditions, fee."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.activities import service as A
from app.requests import service as requests
from app.residents.tags import ALL_TAGS, tag_label
from app.typed import AmountTooLarge, fold, parse_yuan
from ui.childcare.forms import FormDialog, WeekdayBoxes, parse_date, parse_hhmm
from ui.common.layout import fit_window
from ui.common.resident_picker import ResidentPicker
from ui.context import AppContext


class CourseDialog(FormDialog):
    """New course (`row` None) or change one. Enter saves; errors show under each field."""

    def __init__(self, ctx: AppContext, parent: QWidget, row: A.CourseRow | None = None) -> None:
        super().__init__(parent, "courseDialog")
        self.ctx = ctx
        self.row = row
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Change course") if row else self.tr("New course or group"))
        self.name = self.line("courseName", self.tr("Name"), self.tr("e.g. 老年大学·书法班"))
        self.kind = QComboBox(self, objectName="courseKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        for k in A.KINDS:
            self.kind.addItem(A.kind_label(k), k)
        self.starts = self.line("courseStarts", self.tr("Term starts"), "YYYY-MM-DD", 10)
        self.ends = self.line("courseEnds", self.tr("Term ends"), "YYYY-MM-DD", 10)
        self.weekdays = WeekdayBoxes("courseWeekdays", self)
        self.start = self.line("courseStart", self.tr("Starts at"), "HH:MM", 5)
        self.duration = QSpinBox(self, objectName="courseDuration")
        self.duration.setAccessibleName(self.tr("Length in minutes"))
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.place = self.line("coursePlace", self.tr("Place"))
        self.capacity = QSpinBox(self, objectName="courseCapacity")
        self.capacity.setAccessibleName(self.tr("Capacity"))
        self.capacity.setRange(0, 10000)
        self.fee = self.line("courseFee", self.tr("Fee in yuan (empty or 0: free)"), "0", 12)
        self.min_age = QSpinBox(self, objectName="courseMinAge")
        self.min_age.setAccessibleName(self.tr("Lowest age"))
        self.min_age.setRange(0, 150)
        self.min_age.setSpecialValueText(self.tr("no limit"))
        self.min_age.setSuffix(self.tr(" years"))
        self.max_age = QSpinBox(self, objectName="courseMaxAge")
        self.max_age.setAccessibleName(self.tr("Highest age"))
        self.max_age.setRange(0, 150)
        self.max_age.setSpecialValueText(self.tr("no limit"))
        self.max_age.setSuffix(self.tr(" years"))
        self.tag = QComboBox(self, objectName="courseTag")
        self.tag.setAccessibleName(self.tr("Residents' category"))
        self.tag.addItem(self.tr("Anyone"), "")
        for t in ALL_TAGS:
            self.tag.addItem(tag_label(t), t)
        self.teacher_kind = QComboBox(self, objectName="courseTeacherKind")
        self.teacher_kind.setAccessibleName(self.tr("Teacher"))
        for k in A.TEACHER_KINDS:
            self.teacher_kind.addItem(A.teacher_kind_label(k), k)
        self.teacher = ResidentPicker(ctx, "courseTeacher", self.tr("Find the teacher"), self)
        self.partner = QComboBox(self, objectName="coursePartner")
        self.partner.setAccessibleName(self.tr("Partner organisation"))
        for d in requests.departments(ctx.db):
            if d.is_partner:
                self.partner.addItem(d.name, d.id)
        self.teacher_name = self.line("courseTeacherName", self.tr("Outside teacher's name"))

        # Every box has words of its own, as the label's buddy (the screen reader reads it; Alt+letter reaches it):
        # a row of two boxes reads "学期 [起] 至 [止]", "年龄（周岁） [60 岁] 至 [80 岁]".
        form = QFormLayout()
        form.addRow(self._label("courseNameLabel", self.tr("Name"), self.name), self.with_error("name", self.name))
        form.addRow(self._label("courseKindLabel", self.tr("Kind"), self.kind), self.kind)
        term = QHBoxLayout()
        term.addWidget(self.with_error("starts_on", self.starts))
        term.addWidget(self._label("courseTermTo", self.tr("to"), self.ends))
        term.addWidget(self.with_error("ends_on", self.ends))
        form.addRow(self._label("courseTermLabel", self.tr("Term"), self.starts), term)
        form.addRow(self.tr("Weekly on (none: one session)"), self.with_error("weekdays", self.weekdays))
        times = QHBoxLayout()
        times.addWidget(self.with_error("start_min", self.start))
        times.addWidget(self._label("courseLengthLabel", self.tr("for"), self.duration))
        times.addWidget(self.with_error("duration_min", self.duration))
        form.addRow(self._label("courseTimeLabel", self.tr("Starts at"), self.start), times)
        form.addRow(self._label("coursePlaceLabel", self.tr("Place"), self.place), self.with_error("place", self.place))
        places = QHBoxLayout()
        places.addWidget(self.with_error("capacity", self.capacity))
        places.addWidget(self._label("courseFeeLabel", self.tr("Fee (yuan)"), self.fee))
        places.addWidget(self.with_error("fee_fen", self.fee))
        form.addRow(self._label("courseCapacityLabel", self.tr("Capacity"), self.capacity), places)
        ages = QHBoxLayout()
        ages.addWidget(self.min_age)
        ages.addWidget(self._label("courseAgeTo", self.tr("to"), self.max_age))
        ages.addWidget(self.with_error("max_age", self.max_age))
        ages.addWidget(self._label("courseTagLabel", self.tr("Category"), self.tag))
        ages.addWidget(self.tag, 1)
        form.addRow(self._label("courseAgeLabel", self.tr("Age (whole years)"), self.min_age), ages)
        form.addRow(self._label("courseTeacherLabel", self.tr("Teacher"), self.teacher_kind), self.teacher_kind)
        form.addRow("", self.with_error("teacher_resident_id", self.teacher))
        partner = QHBoxLayout()
        self.partner_label = self._label("coursePartnerLabel", self.tr("Organisation"), self.partner)
        partner.addWidget(self.partner_label)
        partner.addWidget(self.with_error("teacher_department_id", self.partner), 1)
        self.teacher_name_label = self._label("courseTeacherNameLabel", self.tr("Teacher's name"), self.teacher_name)
        partner.addWidget(self.teacher_name_label)
        partner.addWidget(self.with_error("teacher_name", self.teacher_name), 1)
        form.addRow("", partner)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.teacher_kind.currentIndexChanged.connect(self._teacher_kind_changed)
        # Tab follows the form from top to bottom (wrapping a field for its error line moved it to the chain's end)
        chain = [
            self.name,
            self.kind,
            self.starts,
            self.ends,
            *self.weekdays.boxes,
            self.start,
            self.duration,
            self.place,
            self.capacity,
            self.fee,
            self.min_age,
            self.max_age,
            self.tag,
            self.teacher_kind,
            self.teacher.search,
            self.teacher.results,
            self.partner,
            self.teacher_name,
            self.save_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._fill(row)
        self._teacher_kind_changed()
        # every field re-validates when it changes, not only the text fields (FormDialog.line): a capacity put
        # right clears its error and frees Save at once
        changes = [
            self.duration.valueChanged,
            self.capacity.valueChanged,
            self.min_age.valueChanged,
            self.max_age.valueChanged,
            self.kind.currentIndexChanged,
            self.tag.currentIndexChanged,
            self.teacher_kind.currentIndexChanged,
            self.partner.currentIndexChanged,
            self.teacher.changed,
            *(b.toggled for b in self.weekdays.boxes),
        ]
        for signal in changes:
            signal.connect(self._changed)
        # an error is shown whole, wrapped under its field, never cut short
        for label in self.error_labels.values():
            label.setWordWrap(True)
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
            policy.setHeightForWidth(True)
            label.setSizePolicy(policy)
        fit_window(self, 760, 640)

    def _label(self, name: str, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self, objectName=name)
        label.setBuddy(buddy)
        return label

    def _changed(self, *_args) -> None:
        self.touched = True
        self.validate()

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        for label in self.error_labels.values():
            full = label.property("fullText") or ""
            if label.text() != full:
                label.setText(full)
            self._fit_height(label)

    def _fit_height(self, label) -> None:
        """The wrapped message's lines, at the label's width (at least one line, reserved: see reserve_line)."""
        line = label.fontMetrics().height()
        width = label.width() if label.isVisible() and label.width() > 20 else 0
        lines = label.heightForWidth(width) if width and label.text() else line
        label.setMinimumHeight(max(line, lines))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for label in self.error_labels.values():
            self._fit_height(label)

    def _fill(self, row: A.CourseRow | None) -> None:
        if row is None:
            today = clock.today()
            self.starts.setText(today.isoformat())
            self.ends.setText(today.isoformat())
            self.start.setText("09:00")
            self.duration.setValue(90)
            self.capacity.setValue(20)
            return
        self.name.setText(row.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.starts.setText(row.starts_on.isoformat())
        self.ends.setText(row.ends_on.isoformat())
        self.weekdays.set_mask(row.weekdays)
        self.start.setText(A.hhmm(row.start_min))
        self.duration.setValue(row.duration_min)
        self.place.setText(row.place)
        self.capacity.setValue(row.capacity)
        self.fee.setText(f"{Decimal(row.fee_fen) / 100:.2f}" if row.fee_fen else "")
        self.min_age.setValue(row.min_age or 0)
        self.max_age.setValue(row.max_age or 0)
        self.tag.setCurrentIndex(max(0, self.tag.findData(row.required_tags[0] if row.required_tags else "")))
        self.teacher_kind.setCurrentIndex(max(0, self.teacher_kind.findData(row.teacher_kind)))
        if row.teacher_resident_id:
            self.teacher.set_resident(row.teacher_resident_id)
        if row.teacher_department_id:
            self.partner.setCurrentIndex(max(0, self.partner.findData(row.teacher_department_id)))
        self.teacher_name.setText(row.teacher_name)

    def _teacher_kind_changed(self, *_args) -> None:
        kind = self.teacher_kind.currentData()
        self.teacher.setVisible(kind in ("resident", "volunteer"))
        for widget in (self.partner, self.partner_label, self.teacher_name, self.teacher_name_label):
            widget.setVisible(kind == "partner")

    # --- FormDialog -----------------------------------------------------------------------------------------
    def collect(self) -> tuple[A.CourseInput | None, dict[str, str]]:
        errors: dict[str, str] = {}
        try:
            starts = parse_date(self.starts.text())
        except ValueError:
            starts, errors["starts_on"] = None, self.tr("Write the date as YYYY-MM-DD.")
        try:
            ends = parse_date(self.ends.text())
        except ValueError:
            ends, errors["ends_on"] = None, self.tr("Write the date as YYYY-MM-DD.")
        try:
            start = parse_hhmm(self.start.text())
        except ValueError:
            start, errors["start_min"] = None, self.tr("Write the time as HH:MM.")
        if start is None:
            errors.setdefault("start_min", self.tr("Write the time as HH:MM."))
        fee_text = fold(self.fee.text())
        try:  # one parser of typed money (app.typed): empty is free; a number too large names the limit
            fee = parse_yuan(fee_text) if fee_text else 0
            if fee is None and fee_text.startswith("-") and parse_yuan(fee_text[1:]) is not None:
                fee = -1
        except AmountTooLarge as exc:
            fee, errors["fee_fen"] = None, exc.message
        if fee is None:
            errors.setdefault("fee_fen", self.tr("Write the fee in yuan, e.g. 120 or 120.50."))
        elif fee < 0:
            errors["fee_fen"] = self.tr("The fee cannot be negative; 0 means free.")
        if starts is None:
            errors.setdefault("starts_on", self.tr("Write the date as YYYY-MM-DD."))
        if ends is None:
            errors.setdefault("ends_on", self.tr("Write the date as YYYY-MM-DD."))
        if starts is None or ends is None or start is None:
            return None, errors
        # a bad fee is reported with the rest (the dates and times are still checked); Save stays refused
        fee = fee if fee is not None and fee >= 0 else 0
        tag = self.tag.currentData()
        return (
            A.CourseInput(
                name=self.name.text(),
                kind=self.kind.currentData(),
                starts_on=starts,
                ends_on=ends,
                weekdays=self.weekdays.mask(),
                start_min=min(start, 24 * 60 - 1),
                duration_min=self.duration.value(),
                capacity=self.capacity.value(),
                place=self.place.text(),
                teacher_kind=self.teacher_kind.currentData(),
                teacher_resident_id=self.teacher.resident_id,
                teacher_department_id=self.partner.currentData(),
                teacher_name=self.teacher_name.text(),
                min_age=self.min_age.value() or None,
                max_age=self.max_age.value() or None,
                required_tags=[tag] if tag else [],
                fee_fen=fee,
                group_id=self.row.group_id if self.row else None,
                note=self.row.note if self.row else "",
            ),
            errors,
        )

    def check(self, inp: A.CourseInput) -> dict[str, str]:
        # what needs no database, said as the user types; the rest comes back from the service on Save
        errors: dict[str, str] = {}
        if not inp.name.strip():
            errors["name"] = self.tr("Give the course a name.")
        if inp.ends_on < inp.starts_on:
            errors["ends_on"] = self.tr("The term ends before it starts.")
        if inp.duration_min < 1:
            errors["duration_min"] = self.tr("A session must end after it starts.")
        if inp.capacity < 1:
            errors["capacity"] = self.tr("The capacity must be at least one person.")
        if inp.min_age and inp.max_age and inp.max_age < inp.min_age:
            errors["max_age"] = self.tr("The highest age is below the lowest age.")
        return errors

    def store(self, inp: A.CourseInput) -> bool | None:
        self.saved_id = A.save_course(self.ctx.db, self.ctx.actor, inp, self.row.id if self.row else None)
        return True
