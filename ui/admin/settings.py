"""The center's settings (admins only): details on every document, the idle lock, where backups go and how
many are kept, and the holiday calendar (public holidays and weekend make-up working days)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock, settings
from app.accounts import center_admin
from app.accounts.center_admin import CalendarEntry
from app.errors import UserError, ValidationError
from ui.common import dialogs
from ui.common.layout import fit_window
from ui.common.lazy import quiet_tab_bar
from ui.common.paged_model import Column, ListTableModel
from ui.common.saving import one_click, saves_once
from ui.context import AppContext


class CalendarModel(ListTableModel):
    CONTEXT = "CalendarModel"
    DAY, WEEKDAY, KIND, NAME = range(4)
    COLUMNS = (
        Column("day", QT_TRANSLATE_NOOP("CalendarModel", "Date")),
        Column("weekday", QT_TRANSLATE_NOOP("CalendarModel", "Weekday")),
        Column("kind", QT_TRANSLATE_NOOP("CalendarModel", "Kind")),
        Column("name", QT_TRANSLATE_NOOP("CalendarModel", "Name")),
    )
    WEEKDAYS = (
        QT_TRANSLATE_NOOP("CalendarModel", "Mon"),
        QT_TRANSLATE_NOOP("CalendarModel", "Tue"),
        QT_TRANSLATE_NOOP("CalendarModel", "Wed"),
        QT_TRANSLATE_NOOP("CalendarModel", "Thu"),
        QT_TRANSLATE_NOOP("CalendarModel", "Fri"),
        QT_TRANSLATE_NOOP("CalendarModel", "Sat"),
        QT_TRANSLATE_NOOP("CalendarModel", "Sun"),
    )

    def display(self, row: CalendarEntry, column: int) -> str:
        if column == self.DAY:
            return row.day.isoformat()
        if column == self.WEEKDAY:
            return QCoreApplication.translate("CalendarModel", self.WEEKDAYS[row.day.weekday()])
        if column == self.KIND:
            if row.kind == "holiday":
                return QCoreApplication.translate("CalendarModel", "Holiday")
            return QCoreApplication.translate("CalendarModel", "Make-up working day")
        if column == self.NAME:
            return row.name
        return ""


def choose_folder(parent: QWidget, start: str) -> str | None:
    """A folder picked by the admin, or None. Tests replace this."""
    path = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("SettingsDialog", "Backup folder"), start
    )
    return path or None


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        fit_window(self, 720, 520)
        values = settings.get_all(ctx.db)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings"))
        quiet_tab_bar(self.tabs)  # the bar never takes the focus (Ctrl+Tab switches)
        self.error_labels: dict[str, QLabel] = {}

        # Center
        center = QWidget(self)
        form = QFormLayout(center)
        self.name = self._line("settingsCenterName", self.tr("Center name"), values["center.name"], 100)
        self.address = self._line("settingsAddress", self.tr("Address"), values["center.address"], 200)
        self.phone = self._line("settingsPhone", self.tr("Phone"), values["center.phone"], 30)
        self.person = self._line(
            "settingsPersonInCharge", self.tr("Person in charge"), values.get("center.person_in_charge", ""), 50
        )
        self.width = QComboBox(center)
        self.width.setObjectName("settingsReceiptWidth")
        self.width.setAccessibleName(self.tr("Receipt paper width"))
        self.width.addItem(self.tr("80 mm"), 80)
        self.width.addItem(self.tr("58 mm"), 58)
        self.width.setCurrentIndex(max(0, self.width.findData(int(values["receipt.width_mm"]))))
        form.addRow(self.tr("Center name *"), self._with_error("center.name", self.name))
        form.addRow(self.tr("Address"), self._with_error("center.address", self.address))
        form.addRow(self.tr("Phone"), self._with_error("center.phone", self.phone))
        form.addRow(self.tr("Person in charge"), self._with_error("center.person_in_charge", self.person))
        form.addRow(self.tr("Receipt paper"), self.width)
        self.tabs.addTab(center, self.tr("Center"))

        # Security and backups
        security = QWidget(self)
        sform = QFormLayout(security)
        self.idle_minutes = QSpinBox(security)
        self.idle_minutes.setObjectName("settingsIdleMinutes")
        self.idle_minutes.setAccessibleName(self.tr("Lock the screen after minutes without input"))
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(int(values["security.idle_lock_minutes"]))
        self.backup_folder = self._line("settingsBackupFolder", self.tr("Backup folder"), values["backup.folder"], 500)
        self.backup_folder.setPlaceholderText(self.tr("Empty: the app's own data folder"))
        browse = QPushButton(self.tr("Choose…"), security)
        browse.setObjectName("settingsBrowseBackup")
        browse.setAccessibleName(self.tr("Choose the backup folder"))
        browse.clicked.connect(self.browse_backup)
        folder_row = QWidget(security)
        fr = QHBoxLayout(folder_row)
        fr.setContentsMargins(0, 0, 0, 0)
        fr.addWidget(self.backup_folder, 1)
        fr.addWidget(browse)
        self.backup_keep = QSpinBox(security)
        self.backup_keep.setObjectName("settingsBackupKeep")
        self.backup_keep.setAccessibleName(self.tr("Number of backups to keep"))
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(int(values["backup.keep"]))
        sform.addRow(self.tr("Idle lock after"), self._with_error("security.idle_lock_minutes", self.idle_minutes))
        sform.addRow(self.tr("Backup folder"), self._with_error("backup.folder", folder_row))
        sform.addRow(self.tr("Backups to keep"), self._with_error("backup.keep", self.backup_keep))
        hint = QLabel(
            self.tr(
                "A USB drive works well as the backup folder; the oldest backups beyond the number kept are removed."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        sform.addRow("", hint)
        self.tabs.addTab(security, self.tr("Security and backups"))

        # Holidays
        holidays = QWidget(self)
        hl = QVBoxLayout(holidays)
        top = QHBoxLayout()
        self.year = QSpinBox(holidays)
        self.year.setObjectName("calendarYear")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        top.addWidget(QLabel(self.tr("Year"), holidays))
        top.addWidget(self.year)
        top.addStretch(1)
        hl.addLayout(top)
        self.calendar_model = CalendarModel(self)
        self.calendar_table = QTableView(holidays)
        self.calendar_table.setObjectName("calendarTable")
        self.calendar_table.setAccessibleName(self.tr("Holidays and make-up working days"))
        self.calendar_table.setModel(self.calendar_model)
        self.calendar_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.calendar_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calendar_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calendar_table.verticalHeader().hide()
        self.calendar_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.calendar_table.horizontalHeader().setStretchLastSection(True)
        hl.addWidget(self.calendar_table, 1)
        add_row = QHBoxLayout()
        self.day = QDateEdit(holidays)
        self.day.setObjectName("calendarDay")
        self.day.setAccessibleName(self.tr("Date"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = clock.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox(holidays)
        self.kind.setObjectName("calendarKind")
        self.kind.setAccessibleName(self.tr("Kind of day"))
        self.kind.addItem(self.tr("Holiday"), "holiday")
        self.kind.addItem(self.tr("Make-up working day"), "workday")
        self.day_name = QLineEdit(holidays)
        self.day_name.setObjectName("calendarName")
        self.day_name.setAccessibleName(self.tr("Name of the day"))
        self.day_name.setPlaceholderText(self.tr("e.g. 春节"))
        add = QPushButton(self.tr("Add"), holidays)
        add.setObjectName("calendarAdd")
        add.setAccessibleName(self.tr("Add the day"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_day)
        self.day_name.installEventFilter(self)  # Enter adds the day (eventFilter)
        remove = QPushButton(self.tr("Remove"), holidays)
        remove.setObjectName("calendarRemove")
        remove.setAccessibleName(self.tr("Remove the selected day"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_day)
        one_click(add, remove)  # a double click adds or removes one day (ui.common.saving)
        for w in (self.day, self.kind):
            add_row.addWidget(w)
        add_row.addWidget(self.day_name, 1)
        add_row.addWidget(add)
        add_row.addWidget(remove)
        hl.addLayout(add_row)
        self.calendar_error = QLabel(holidays)
        self.calendar_error.setObjectName("calendarError")
        self.calendar_error.setProperty("role", "error")
        hl.addWidget(self.calendar_error)
        self.tabs.addTab(holidays, self.tr("Holidays"))

        # This workstation's database server (kept on this PC, not in the database)
        from ui.admin.dbserver import DatabaseServerForm

        self.server_form = DatabaseServerForm(self, ctx)
        self.tabs.addTab(self.server_form, self.tr("Database server"))
        self.year.valueChanged.connect(lambda _y: self.reload_calendar())

        self.summary = QLabel(self)
        self.summary.setObjectName("settingsError")
        self.summary.setProperty("role", "error")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close"))
        cancel.setAccessibleName(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        one_click(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        for edit in (self.name, self.address, self.phone, self.person, self.backup_folder):
            edit.textChanged.connect(self.validate)
        self.reload_calendar()
        self.validate()

    def _line(self, name: str, accessible: str, value: str, max_len: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        # No maxLength: an over-long paste is kept and the field's message gives its true length (nothing is
        # cut silently); `max_len` is the service's limit, checked there.
        edit.setText(value or "")
        return edit

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        label = QLabel(box)
        label.setObjectName(f"error_{key}")
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        v.addWidget(label)
        self.error_labels[key] = label
        return box

    def values(self) -> dict[str, object]:
        return {
            "center.name": self.name.text(),
            "center.address": self.address.text(),
            "center.phone": self.phone.text(),
            "center.person_in_charge": self.person.text(),
            "receipt.width_mm": int(self.width.currentData()),
            "security.idle_lock_minutes": self.idle_minutes.value(),
            "backup.folder": self.backup_folder.text(),
            "backup.keep": self.backup_keep.value(),
        }

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        # Enter in the holiday's name adds the day, and only that: it no longer also presses the dialog's Save
        # (a QLineEdit passes Enter on to its dialog after returnPressed)
        if (
            obj is self.day_name
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_day()
            return True
        return super().eventFilter(obj, event)

    def validate(self) -> bool:
        values = {k: (v.strip() if isinstance(v, str) else v) for k, v in self.values().items()}
        errors = center_admin.validate_center_settings(values)
        self.show_errors(errors)
        return not errors

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.error_labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        self.summary.setText("\n".join(m for k, m in errors.items() if k not in self.error_labels))
        self.save_button.setEnabled(not errors)

    def browse_backup(self) -> None:
        path = choose_folder(self, self.backup_folder.text())
        if path:
            self.backup_folder.setText(path)

    @saves_once
    def save(self) -> None:
        if not self.validate():
            return
        try:
            center_admin.save_center_settings(self.ctx.db, self.ctx.actor, self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.ctx.reload_settings()
        self.accept()

    # --- holiday calendar ----------------------------------------------------------------------
    def reload_calendar(self) -> None:
        self.calendar_model.set_rows(center_admin.list_calendar_days(self.ctx.db, self.year.value()))

    def add_day(self) -> None:
        day: dt.date = self.day.date().toPython()
        name = self.day_name.text().strip()
        model = self.calendar_model
        listed = next((e for e in (model.row_at(i) for i in range(model.rowCount())) if e.day == day), None)
        if listed is not None and listed.kind == self.kind.currentData() and name in ("", listed.name):
            # already in the calendar as asked: the second press of Enter and a click on Add writes nothing (and
            # does not blank the name just given)
            self.calendar_error.clear()
            return
        try:
            center_admin.set_calendar_day(
                self.ctx.db, self.ctx.actor, day, self.kind.currentData(), self.day_name.text()
            )
        except ValidationError as exc:
            self.calendar_error.setText("\n".join(exc.errors.values()))
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.calendar_error.clear()
        self.day_name.clear()
        if self.year.value() != day.year:
            self.year.setValue(day.year)  # reloads
        else:
            self.reload_calendar()
        self.ctx.reload_settings()

    def remove_day(self) -> None:
        index = self.calendar_table.currentIndex()
        if not index.isValid():
            return
        entry: CalendarEntry = self.calendar_model.row_at(index.row())
        try:
            center_admin.remove_calendar_day(self.ctx.db, self.ctx.actor, entry.day)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload_calendar()
        self.ctx.reload_settings()
