"""Table models of the volunteers counter: the week grid, a shift's people, pending hours, volunteers."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app import clock
from app.volunteers import reports, roster
from app.volunteers.hours import hours_text
from ui.common.paged_model import Column, ListTableModel

Index = QModelIndex | QPersistentModelIndex
CELLS_ROLE = Qt.ItemDataRole.UserRole + 10
SHORT = QColor("#fde2e1")
SHORT_TEXT = QColor("#b3261e")
ARCHIVED_TEXT = QColor("#8a8a8a")


# The roles and flags the week grid answers, as plain ints and one flag value: the view asks for every cell and
# header at each paint, and naming a Qt enum member or or-ing two of them costs microseconds in Python each time.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_TEXT_ROLES = (Qt.ItemDataRole.AccessibleTextRole.value, Qt.ItemDataRole.ToolTipRole.value)
_CELLS = CELLS_ROLE
_HORIZONTAL = Qt.Orientation.Horizontal
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class WeekModel(QAbstractTableModel):
    """Posts down, the seven days across; each cell lists that day's shifts of the post. Shifts below
    their minimum colour the cell. Texts are worked out once per week shown (a cell's when first drawn), not at
    every paint: the roster shown again repaints every cell and header."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._week: roster.WeekRoster | None = None
        self._text: dict[tuple[int, int], str] = {}
        self._short: dict[tuple[int, int], bool] = {}
        self._days: list[str] = []  # the seven column titles of the week shown

    def set_week(self, week: roster.WeekRoster) -> None:
        self.beginResetModel()
        self._week = week
        self._text = {}
        self._short = {}
        self._days = []
        self.endResetModel()

    @property
    def week(self) -> roster.WeekRoster | None:
        return self._week

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._week is None else len(self._week.posts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != _DISPLAY or self._week is None:
            return None
        if orientation == _HORIZONTAL:
            if 0 <= section < 7:
                if not self._days:  # in the language shown, once per week
                    monday = self._week.monday
                    days = [monday + dt.timedelta(days=i) for i in range(7)]
                    self._days = [f"{reports.weekday_name(i)} {d.month}/{d.day}" for i, d in enumerate(days)]
                return self._days[section]
            return None
        if 0 <= section < len(self._week.posts):
            return self._week.posts[section].label
        return None

    def cells(self, row: int, column: int) -> list[roster.ShiftCell]:
        if self._week is None or not (0 <= row < len(self._week.posts)) or not (0 <= column < 7):
            return []
        return self._week.cells.get((self._week.posts[row].id, column), [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._week is None:
            return None
        r, c = index.row(), index.column()
        if role == _DISPLAY:
            key = (r, c)
            if key not in self._text:  # built as the view draws it
                self._text[key] = reports.cell_text(self.cells(r, c))
            return self._text[key]
        if role == _BACKGROUND or role == _FOREGROUND:
            short = self._short.get((r, c))
            if short is None:  # worked out once per cell, not at every paint
                short = self._short[(r, c)] = any(x.understaffed for x in self.cells(r, c))
            if not short:
                return None
            return QBrush(SHORT if role == _BACKGROUND else SHORT_TEXT)
        if role in _TEXT_ROLES:
            return self.data(index)
        if role == _CELLS:
            return [x.shift_id for x in self.cells(r, c)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS


LINE = "\u2028"
WORD_JOINER = "\u2060"  # no line break on either side (Unicode line breaking, which Qt follows)


def _kept_whole(text: str) -> str:
    """`text` with the pieces a wrapped line must not split glued: a bracketed mark (【缺人】), a head-count (0/12)
    and "候补 2 人" (+n waiting). The model's text stays as it is (exports, the tooltip)."""
    if not text:
        return text
    waiting = re.escape(QCoreApplication.translate("Volunteers", "+{n} waiting")).replace(r"\{n\}", r"\d+")
    pattern = re.compile(rf"【[^】{LINE}]*】|\([^){LINE}]*\)|{waiting}")
    return pattern.sub(lambda m: WORD_JOINER.join(m.group(0)), text)


class WeekCellDelegate(QStyledItemDelegate):
    """Draws only the lines of a roster cell that fit its row, the last one ending in "…" when more are hidden (the
    whole text is the cell's tooltip). A busy cell holds some forty lines; laying all of them out on every paint
    took most of the time of showing the roster."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        text = option.text = _kept_whole(option.text)  # 【缺人】 never "【缺" / "人】" in a narrow day's column
        if LINE not in text:  # Qt has turned the model's "\n" into the line separator U+2028
            return
        room = max(1, (option.rect.height() - 4) // max(1, option.fontMetrics.lineSpacing()))
        lines = text.split(LINE)
        if len(lines) > room:
            option.text = LINE.join([*lines[: room - 1], lines[room - 1] + " …"])


class ShiftPeopleModel(ListTableModel):
    CONTEXT = "ShiftPeopleModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("ShiftPeopleModel", "Volunteer")),
        Column("status", QT_TRANSLATE_NOOP("ShiftPeopleModel", "Status")),
        Column("attendance", QT_TRANSLATE_NOOP("ShiftPeopleModel", "Attendance")),
    )

    def display(self, row: roster.RosterPerson, column: int) -> str:

        if column == 0:
            return row.name
        if column == 1:
            if row.status == roster.BOOKED:
                return QCoreApplication.translate("ShiftPeopleModel", "Booked")
            place = 1 + sum(1 for r in self._rows[: self._rows.index(row)] if r.status == roster.WAITLIST)
            return QCoreApplication.translate("ShiftPeopleModel", "Waitlist #{n}").format(n=place)
        if row.no_show:
            return QCoreApplication.translate("ShiftPeopleModel", "No-show")
        if row.checked_out:
            return QCoreApplication.translate("ShiftPeopleModel", "Checked out")
        if row.checked_in:
            return QCoreApplication.translate("ShiftPeopleModel", "Checked in")
        return ""


class PendingHoursModel(ListTableModel):
    CONTEXT = "PendingHoursModel"
    EXPORT_KINDS = {"day": "date", "hours": "number"}  # app.exports.DATE, NUMBER (hours, 2 decimals)

    def export_value(self, row: roster.PendingRow, column: int):
        if column == 1:
            return row.day
        if column == 2:
            from decimal import Decimal

            return (Decimal(row.minutes) / 60).quantize(Decimal("0.01"))
        return self.display(row, column)

    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("PendingHoursModel", "Volunteer")),
        Column("day", QT_TRANSLATE_NOOP("PendingHoursModel", "Day")),
        Column(
            "hours",
            QT_TRANSLATE_NOOP("PendingHoursModel", "Hours"),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        ),
        Column("source", QT_TRANSLATE_NOOP("PendingHoursModel", "Source")),
        Column("review", QT_TRANSLATE_NOOP("PendingHoursModel", "Review")),
    )

    def display(self, row: roster.PendingRow, column: int) -> str:

        if column == 0:
            return row.name
        if column == 1:
            return row.day.isoformat()
        if column == 2:
            return hours_text(row.minutes)
        if column == 3:
            label = {
                "shift": QCoreApplication.translate("PendingHoursModel", "Shift"),
                "manual": QCoreApplication.translate("PendingHoursModel", "Manual"),
                "request": QCoreApplication.translate("PendingHoursModel", "Request"),
                "class": QCoreApplication.translate("PendingHoursModel", "Class taught"),
            }.get(row.source, row.source)
            return f"{label} {row.source_ref}".strip() if row.source == "request" else label
        if row.needs_review:
            return QCoreApplication.translate("PendingHoursModel", "Forgotten check-out: scheduled length credited")
        return row.note

    def sort_value(self, row: roster.PendingRow, column: int):
        return row.minutes if column == 2 else self.display(row, column)


def qualification_text(q: roster.QualificationRow, today: dt.date) -> str:
    if q.expires_on is None:
        return q.name
    if q.expired(today):
        return QCoreApplication.translate("VolunteersModel", "{name} (expired {day})").format(
            name=q.name, day=q.expires_on.isoformat()
        )
    return QCoreApplication.translate("VolunteersModel", "{name} (until {day})").format(
        name=q.name, day=q.expires_on.isoformat()
    )


class VolunteersModel(ListTableModel):
    """The volunteer list; an expired qualification shows in red."""

    CONTEXT = "VolunteersModel"
    EXPORT_KINDS = {"phone": "phone"}  # app.exports.PHONE: masked unless the role may export personal data
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("VolunteersModel", "Name")),
        Column("kind", QT_TRANSLATE_NOOP("VolunteersModel", "Type")),
        Column("skills", QT_TRANSLATE_NOOP("VolunteersModel", "Skills")),
        Column("qualifications", QT_TRANSLATE_NOOP("VolunteersModel", "Qualifications")),
        Column("number", QT_TRANSLATE_NOOP("VolunteersModel", "Volunteer number")),
        Column("phone", QT_TRANSLATE_NOOP("VolunteersModel", "Phone")),
    )
    QUALIFICATIONS = 3

    def display(self, row: roster.VolunteerRow, column: int) -> str:
        if column == self.QUALIFICATIONS:
            today = clock.today()
            return "、".join(qualification_text(q, today) for q in row.qualifications)
        name = (
            QCoreApplication.translate("VolunteersModel", "{name} (archived)").format(name=row.name)
            if row.archived
            else row.name
        )
        return (name, roster.kind_label(row.kind), row.skills, "", row.external_number, row.phone)[column]

    def foreground(self, row: roster.VolunteerRow, column: int):
        if row.archived:
            return QBrush(ARCHIVED_TEXT)
        if column == self.QUALIFICATIONS and any(q.expired(clock.today()) for q in row.qualifications):
            return QBrush(SHORT_TEXT)
        return None


class QualificationsModel(ListTableModel):
    """The qualifications being edited in the volunteer form: name and expiry; expired ones in red."""

    CONTEXT = "QualificationsModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("QualificationsModel", "Qualification")),
        Column("expires", QT_TRANSLATE_NOOP("QualificationsModel", "Valid until")),
        Column("state", QT_TRANSLATE_NOOP("QualificationsModel", "State")),
    )

    def display(self, row: roster.QualificationRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return (
                row.expires_on.isoformat()
                if row.expires_on
                else QCoreApplication.translate("QualificationsModel", "no expiry")
            )
        if row.expired(clock.today()):
            return QCoreApplication.translate("QualificationsModel", "Expired")
        return QCoreApplication.translate("QualificationsModel", "Valid")

    def foreground(self, row: roster.QualificationRow, column: int):
        return QBrush(SHORT_TEXT) if row.expired(clock.today()) else None

    def rows(self) -> list[roster.QualificationRow]:
        return [self.row_at(i) for i in range(self.rowCount())]
