"""Table models of the classes counter: courses, who signed up, a course's sessions, a session's tick list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app import exports
from app.activities import attendance as T
from app.activities import fees
from app.activities import service as A
from app.documents.common import yuan
from ui.common.paged_model import Column, ListTableModel

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FULL_TEXT = QColor("#b3261e")
MUTED_TEXT = QColor("#8a8a8a")


class CoursesModel(ListTableModel):
    """Every course and group: kind, schedule, places taken of the capacity (red when full), waitlist, fee."""

    CONTEXT = "ActivityCoursesModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("ActivityCoursesModel", "Course or group")),
        Column("kind", QT_TRANSLATE_NOOP("ActivityCoursesModel", "Kind")),
        Column("schedule", QT_TRANSLATE_NOOP("ActivityCoursesModel", "Schedule")),
        Column("place", QT_TRANSLATE_NOOP("ActivityCoursesModel", "Place")),
        Column("teacher", QT_TRANSLATE_NOOP("ActivityCoursesModel", "Teacher")),
        Column("places", QT_TRANSLATE_NOOP("ActivityCoursesModel", "Signed up"), RIGHT),
        Column("waiting", QT_TRANSLATE_NOOP("ActivityCoursesModel", "Waitlist"), RIGHT),
        Column("fee", QT_TRANSLATE_NOOP("ActivityCoursesModel", "Fee"), RIGHT),
        Column("conditions", QT_TRANSLATE_NOOP("ActivityCoursesModel", "Conditions")),
    )
    NAME, KIND, SCHEDULE, PLACE, TEACHER, PLACES, WAITING, FEE, CONDITIONS = range(9)
    EXPORT_KINDS = {"fee": exports.MONEY, "waiting": exports.NUMBER}  # fen in, yuan out (app.exports)

    def tooltip(self, row: A.CourseRow, column: int) -> str | None:
        """The whole text of a column the list may elide (ui.activities.page: a long place or teacher)."""
        return self.display(row, column) if column in (self.SCHEDULE, self.PLACE, self.TEACHER) else None

    def export_value(self, row: A.CourseRow, column: int):
        if column == self.WAITING:
            return row.waiting
        if column == self.FEE:
            return row.fee_fen
        return self.display(row, column)

    def display(self, row: A.CourseRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return A.kind_label(row.kind)
        if column == 2:
            return row.schedule_text
        if column == 3:
            return row.place
        if column == 4:
            return row.teacher
        if column == 5:
            return f"{row.booked}/{row.capacity}"
        if column == 6:
            return str(row.waiting) if row.waiting else ""
        if column == 7:
            return yuan(row.fee_fen) if row.fee_fen else QCoreApplication.translate("ActivityCoursesModel", "Free")
        return row.conditions_text

    def sort_value(self, row: A.CourseRow, column: int):
        return {5: row.booked, 6: row.waiting, 7: row.fee_fen}.get(column, self.display(row, column))

    def foreground(self, row: A.CourseRow, column: int):
        if row.archived:
            return QBrush(MUTED_TEXT)
        if column == 5 and row.booked >= row.capacity:
            return QBrush(FULL_TEXT)
        return None


class EnrolmentsModel(ListTableModel):
    """Who signed up for the chosen course, then the waitlist in order (and who withdrew, greyed, with why), with
    what each paid (app.activities.fees): the fee column stands next to the status, where the narrow panel shows it."""

    CONTEXT = "ActivityEnrolmentsModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("ActivityEnrolmentsModel", "Name")),
        Column("age", QT_TRANSLATE_NOOP("ActivityEnrolmentsModel", "Age"), RIGHT),
        Column("status", QT_TRANSLATE_NOOP("ActivityEnrolmentsModel", "Status")),
        Column("fee", QT_TRANSLATE_NOOP("ActivityEnrolmentsModel", "Fee")),
        Column("attended", QT_TRANSLATE_NOOP("ActivityEnrolmentsModel", "Attended"), RIGHT),
        Column("since", QT_TRANSLATE_NOOP("ActivityEnrolmentsModel", "Signed up on")),
    )
    FEE, ATTENDED, SINCE = 3, 4, 5
    EXPORT_KINDS = {"age": exports.NUMBER, "attended": exports.NUMBER, "since": exports.DATE}

    def export_value(self, row: A.EnrolmentRow, column: int):
        if column == 1:
            return row.age
        if column == self.ATTENDED:
            return row.attended
        if column == self.SINCE:
            from app import clock

            local = clock.to_local(row.created_at)
            return local.date() if local else None
        return self.display(row, column)

    def display(self, row: A.EnrolmentRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return "" if row.age is None else str(row.age)
        if column == 2:
            label = A.status_label(row.status)
            return f"{label}：{row.withdraw_reason}" if row.withdraw_reason else label
        if column == self.FEE:  # paid (receipt) / unpaid / refunded; empty for a free course
            return fees.fee_text(row.fee_fen, row.status, row.fee)
        if column == self.ATTENDED:
            return str(row.attended)
        from app import clock

        local = clock.to_local(row.created_at)
        return local.strftime("%Y-%m-%d") if local else ""

    def sort_value(self, row: A.EnrolmentRow, column: int):
        return {1: row.age or 0, self.ATTENDED: row.attended}.get(column, self.display(row, column))

    def foreground(self, row: A.EnrolmentRow, column: int):
        if column == self.FEE and row.status == A.BOOKED and row.fee_fen and not row.fee.paid_fen:
            return QBrush(FULL_TEXT)  # a place not paid for yet
        return QBrush(MUTED_TEXT) if row.status != A.BOOKED else None


class SessionsModel(ListTableModel):
    """A course's sessions: day, time, place, present, whether held; cancelled ones greyed."""

    CONTEXT = "ActivitySessionsModel"
    COLUMNS = (
        Column("day", QT_TRANSLATE_NOOP("ActivitySessionsModel", "Day")),
        Column("time", QT_TRANSLATE_NOOP("ActivitySessionsModel", "Time")),
        Column("present", QT_TRANSLATE_NOOP("ActivitySessionsModel", "Present"), RIGHT),
        Column("state", QT_TRANSLATE_NOOP("ActivitySessionsModel", "State")),
    )
    EXPORT_KINDS = {"day": exports.DATE}

    def export_value(self, row: A.SessionRow, column: int):
        return row.day if column == 0 else self.display(row, column)

    def display(self, row: A.SessionRow, column: int) -> str:
        if column == 0:
            return row.day.isoformat()
        if column == 1:
            return row.time_text
        if column == 2:
            return str(row.present) if row.held else ""
        if row.cancelled:
            return QCoreApplication.translate("ActivitySessionsModel", "Cancelled")
        if row.held:
            return QCoreApplication.translate("ActivitySessionsModel", "Held")
        return ""

    def foreground(self, row: A.SessionRow, column: int):
        return QBrush(MUTED_TEXT) if row.cancelled else None


class AttendanceModel(ListTableModel):
    """The tick list of a session: a check box per resident signed up; `ticked()` is what to save."""

    CONTEXT = "ActivityAttendanceModel"
    COLUMNS = (
        Column("present", QT_TRANSLATE_NOOP("ActivityAttendanceModel", "Present")),
        Column("name", QT_TRANSLATE_NOOP("ActivityAttendanceModel", "Name")),
        Column("method", QT_TRANSLATE_NOOP("ActivityAttendanceModel", "Recorded by")),
    )
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ticks: set[int] = set()

    def set_rows(self, rows: list[T.AttendanceRow]) -> None:
        self._ticks = {r.resident_id for r in rows if r.present}
        super().set_rows(rows)

    def ticked(self) -> list[int]:
        return sorted(self._ticks)

    def display(self, row: T.AttendanceRow, column: int) -> str:
        if column == 0:
            return ""
        if column == 1:
            return row.name
        return {
            "list": QCoreApplication.translate("ActivityAttendanceModel", "List"),
            "name": QCoreApplication.translate("ActivityAttendanceModel", "Name"),
            "qr": QCoreApplication.translate("ActivityAttendanceModel", "Sheet code"),
        }.get(row.method, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row_at(index.row())
            return Qt.CheckState.Checked if row.resident_id in self._ticks else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and index.column() == 0 else base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        rid = self.row_at(index.row()).resident_id
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        (self._ticks.add if checked else self._ticks.discard)(rid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit()
        return True

    def toggle(self, row: int) -> None:
        idx = self.index(row, 0)
        on = self.row_at(row).resident_id in self._ticks
        self.setData(idx, Qt.CheckState.Unchecked if on else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
