"""Programs: the list, and the form to add or change one (type, term, weekdays, daily window, groups, capacity,
staff ratio target, options). A program is archived, never deleted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.childcare import service as cc
from app.errors import UserError
from ui.childcare.forms import FormDialog, WeekdayBoxes, option_label, parse_date, parse_hhmm, weekdays_text
from ui.common import dialogs, steps
from ui.common import export as list_export
from ui.common.layout import fit_window, scrolling, size_columns_always
from ui.common.loading import Loader
from ui.common.paged_model import Column, ListTableModel
from ui.context import AppContext


class ProgramListModel(ListTableModel):
    CONTEXT = "ChildcareProgramModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("ChildcareProgramModel", "Program")),
        Column("kind", QT_TRANSLATE_NOOP("ChildcareProgramModel", "Type")),
        Column("term", QT_TRANSLATE_NOOP("ChildcareProgramModel", "Term")),
        Column("days", QT_TRANSLATE_NOOP("ChildcareProgramModel", "Weekdays")),
        Column("window", QT_TRANSLATE_NOOP("ChildcareProgramModel", "Daily window")),
        Column("groups", QT_TRANSLATE_NOOP("ChildcareProgramModel", "Groups")),
        Column("capacity", QT_TRANSLATE_NOOP("ChildcareProgramModel", "Capacity")),
        Column("ratio", QT_TRANSLATE_NOOP("ChildcareProgramModel", "Children per staff")),
    )

    def display(self, row: cc.ProgramRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return cc.kind_label(row.kind)
        if column == 2:
            return f"{row.starts_on.isoformat()} – {row.ends_on.isoformat()}"
        if column == 3:
            return weekdays_text(row.weekdays)
        if column == 4:
            return f"{cc.hhmm(row.open_min)}–{cc.hhmm(row.close_min)}"
        if column == 5:
            return "、".join(row.groups)
        if column == 6:
            return str(row.capacity)
        return str(row.ratio)

    def sort_value(self, row: cc.ProgramRow, column: int):
        if column == 6:
            return row.capacity
        if column == 7:
            return row.ratio
        return self.display(row, column)


def split_groups(text: str) -> list[str]:
    """Groups typed as '一年级, 二年级' (Chinese commas and 、 too)."""
    for sep in ("，", "、", ";", "；"):
        text = text.replace(sep, ",")
    return [g.strip() for g in text.split(",") if g.strip()]


class ProgramDialog(FormDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget, program_id: int | None = None) -> None:
        super().__init__(parent, "childcareProgramForm")
        self.ctx = ctx
        self.program_id = program_id
        self.setWindowTitle(self.tr("Edit program") if program_id else self.tr("New program"))
        self.name = self.line("programName", self.tr("Program name"), max_len=100)
        self.kind = QComboBox(self, objectName="programKind")
        self.kind.setAccessibleName(self.tr("Type"))
        for kind in cc.PROGRAM_KINDS:
            self.kind.addItem(cc.kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self.validate)
        self.starts = self.line("programStarts", self.tr("Term starts"), self.tr("YYYY-MM-DD"), 10)
        self.ends = self.line("programEnds", self.tr("Term ends"), self.tr("YYYY-MM-DD"), 10)
        self.weekdays = WeekdayBoxes("programWeekday", self)
        for b in self.weekdays.boxes:
            b.toggled.connect(self.validate)
        self.opens = self.line("programOpens", self.tr("Opens at"), "16:00", 5)
        self.closes = self.line("programCloses", self.tr("Closes at"), "18:30", 5)
        self.cutoff = self.line(
            "programCutoff", self.tr("Absence cut-off"), self.tr("HH:MM (empty: 30 minutes after opening)"), 5
        )
        self.groups = self.line("programGroups", self.tr("Groups"), self.tr("e.g. 一年级, 二年级 (may be empty)"), 300)
        self.capacity = QSpinBox(self, objectName="programCapacity")
        self.capacity.setRange(0, 1000)
        self.capacity.setAccessibleName(self.tr("Capacity"))
        self.capacity.valueChanged.connect(self.validate)
        self.ratio = QSpinBox(self, objectName="programRatio")
        self.ratio.setRange(0, 100)
        self.ratio.setAccessibleName(self.tr("Children per staff member"))
        self.ratio.valueChanged.connect(self.validate)
        self.option_boxes: dict[str, QCheckBox] = {}
        options = QWidget(self)
        orow = QHBoxLayout(options)
        orow.setContentsMargins(0, 0, 0, 0)
        for opt in cc.OPTIONS:
            box = QCheckBox(option_label(opt), options)
            box.setObjectName(f"programOption_{opt}")
            box.setAccessibleName(option_label(opt))
            box.toggled.connect(self.validate)
            self.option_boxes[opt] = box
            orow.addWidget(box)
        orow.addStretch(1)
        window = QWidget(self)
        wrow = QHBoxLayout(window)
        wrow.setContentsMargins(0, 0, 0, 0)
        wrow.addWidget(self.opens)
        wrow.addWidget(self.closes)
        term = QWidget(self)
        trow = QHBoxLayout(term)
        trow.setContentsMargins(0, 0, 0, 0)
        trow.addWidget(self.starts)
        trow.addWidget(self.ends)

        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.with_error("name", self.name))
        form.addRow(self.tr("Type"), self.with_error("kind", self.kind))
        form.addRow(self.tr("Term (from – to)"), self.with_error("ends_on", term))
        form.addRow(self.tr("Weekdays"), self.with_error("weekdays", self.weekdays))
        form.addRow(self.tr("Daily window (opens – closes)"), self.with_error("close_min", window))
        form.addRow(self.tr("Absence cut-off"), self.with_error("absence_cutoff_min", self.cutoff))
        form.addRow(self.tr("Groups"), self.with_error("groups", self.groups))
        form.addRow(self.tr("Capacity"), self.with_error("capacity", self.capacity))
        form.addRow(self.tr("Children per staff member"), self.with_error("ratio", self.ratio))
        form.addRow(self.tr("Options"), self.with_error("options", options))
        # Ten fields, each with its error line: the form scrolls when the screen is short (issue 16).
        fields = QWidget(self, objectName="programFields")
        fields.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(fields), 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        fit_window(self, self.sizeHint().width(), fields.sizeHint().height() + self.buttons.sizeHint().height() + 60)

        if program_id is not None:
            self._load(cc.program_input(cc.get_program(ctx.db, program_id)))
        else:
            today = clock.today()
            self._load(
                cc.ProgramInput(
                    name="",
                    kind="after_school",
                    starts_on=today,
                    ends_on=today + dt.timedelta(days=120),
                    open_min=16 * 60,
                    close_min=18 * 60 + 30,
                    capacity=30,
                )
            )
        self.name.setFocus()
        self.validate()

    def _load(self, inp: cc.ProgramInput) -> None:
        self.name.setText(inp.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(inp.kind)))
        self.starts.setText(inp.starts_on.isoformat())
        self.ends.setText(inp.ends_on.isoformat())
        self.weekdays.set_mask(inp.weekdays)
        self.opens.setText(cc.hhmm(inp.open_min))
        self.closes.setText(cc.hhmm(inp.close_min))
        self.cutoff.setText(cc.hhmm(inp.absence_cutoff_min) if inp.absence_cutoff_min is not None else "")
        self.groups.setText(", ".join(inp.groups))
        self.capacity.setValue(inp.capacity)
        self.ratio.setValue(inp.ratio_children_per_staff)
        for opt, box in self.option_boxes.items():
            box.setChecked(opt in inp.options)

    def collect(self) -> tuple[cc.ProgramInput | None, dict[str, str]]:
        errors: dict[str, str] = {}
        bad_date = self.tr("Write the date as YYYY-MM-DD, e.g. 2026-09-01.")
        bad_time = self.tr("Write the time as HH:MM, e.g. 16:30.")
        try:
            starts = parse_date(self.starts.text())
        except ValueError:
            starts, errors["ends_on"] = None, bad_date
        try:
            ends = parse_date(self.ends.text())
        except ValueError:
            ends, errors["ends_on"] = None, bad_date
        if (starts is None or ends is None) and "ends_on" not in errors:
            errors["ends_on"] = self.tr("Enter both term dates.")
        try:
            opens, closes = parse_hhmm(self.opens.text()), parse_hhmm(self.closes.text())
        except ValueError:
            opens = closes = None
            errors["close_min"] = bad_time
        if (opens is None or closes is None) and "close_min" not in errors:
            errors["close_min"] = self.tr("Enter the opening and closing times.")
        try:
            cutoff = parse_hhmm(self.cutoff.text())
        except ValueError:
            cutoff, errors["absence_cutoff_min"] = None, bad_time
        if errors:
            return None, errors
        assert starts and ends and opens is not None and closes is not None
        inp = cc.ProgramInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            starts_on=starts,
            ends_on=ends,
            open_min=opens,
            close_min=closes,
            capacity=self.capacity.value(),
            weekdays=self.weekdays.mask(),
            groups=split_groups(self.groups.text()),
            ratio_children_per_staff=self.ratio.value(),
            options=[o for o, b in self.option_boxes.items() if b.isChecked()],
            absence_cutoff_min=cutoff,
        )
        return inp, errors

    def check(self, inp) -> dict[str, str]:
        return cc.validate_program(inp)

    def store(self, inp) -> None:
        if self.program_id is None:
            self.program_id = cc.create_program(self.ctx.db, self.ctx.actor, inp)
        else:
            cc.update_program(self.ctx.db, self.ctx.actor, self.program_id, inp)
        self.saved.emit(self.program_id)


class ProgramsPanel(QWidget):
    """The programs tab: list, new, edit, archive."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("childcarePrograms")
        self.model = ProgramListModel(self)
        self.table = QTableView(self, objectName="childcareProgramTable")
        self.table.setAccessibleName(self.tr("Programs"))
        self.table.setModel(self.model)
        list_export.install(self.table, "programs", ctx=ctx)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.new_button = QPushButton(self.tr("New program…"), self, objectName="childcareNewProgram")
        self.edit_button = QPushButton(self.tr("Edit…"), self, objectName="childcareEditProgram")
        self.archive_button = QPushButton(self.tr("Archive…"), self, objectName="childcareArchiveProgram")
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.archive_button):
            b.setAccessibleName(b.text())
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        size_columns_always(self.table)  # every header and name whole (issue 16)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.archive_button.clicked.connect(self.archive)
        self.loader = Loader(self)  # the list read on a worker on the sub-tab's first show, the newest answer only
        if steps.holding():  # built to be seen: the frame is painted first, the programs are read after
            db = ctx.db
            self.loader.run(lambda: cc.list_programs(db), self.model.set_rows)
        else:
            self.reload()

    def reload(self) -> None:
        self.loader.drop()  # an answer still awaited from the first show's read is older: dropped
        self.model.set_rows(cc.list_programs(self.ctx.db))

    def current(self) -> cc.ProgramRow | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def _open(self, program_id: int | None) -> ProgramDialog:
        dialog = ProgramDialog(self.ctx, self, program_id)
        dialog.saved.connect(lambda _pid: (self.reload(), self.changed.emit()))
        return dialog

    def new(self) -> ProgramDialog:
        dialog = self._open(None)
        dialog.open()
        return dialog

    def edit(self) -> ProgramDialog | None:
        row = self.current()
        if row is None:
            dialogs.warn(self, self.tr("Choose a program first."))
            return None
        dialog = self._open(row.id)
        dialog.open()
        return dialog

    def archive(self) -> None:
        row = self.current()
        if row is None:
            dialogs.warn(self, self.tr("Choose a program first."))
            return
        reason = dialogs.ask_text(
            self, self.tr("Archive program"), self.tr("Why is {name} closed?").format(name=row.name)
        )
        if reason is None:
            return
        try:
            cc.archive_program(self.ctx.db, self.ctx.actor, row.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()
        self.changed.emit()
