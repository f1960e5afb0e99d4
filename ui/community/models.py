"""Table models of buildings and visits: household lists, occupants, links, visits, councils, seats, meetings,
tasks, and the building board (floors down, the households of each floor across, coloured by days since the
last visit: one model, no widget per household)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from app import clock, exports
from app.community import households as H
from app.community import service as C
from app.residents.tags import tag_label
from ui.common.paged_model import Column, ListTableModel
from ui.common.row_texts import RowTexts

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GREY = QColor("#8a8a8a")
CELL_ROLE = Qt.ItemDataRole.UserRole + 20

# Days since the last visit → the cell's colour (the legend under the board says the same).
BANDS = (
    (14, QColor("#c8e6c9")),  # within two weeks
    (30, QColor("#fff3c4")),  # within a month
    (60, QColor("#ffd7b0")),  # one to two months
)
OVERDUE = QColor("#f8c4c4")  # more than two months
NEVER = QColor("#e6e6e6")  # never visited


def band_colour(days: int | None) -> QColor:
    if days is None:
        return NEVER
    for limit, colour in BANDS:
        if days <= limit:
            return colour
    return OVERDUE


def _date(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


class HouseholdListModel(RowTexts, ListTableModel):
    CONTEXT = "HouseholdListModel"
    COLUMNS = (
        Column("address", QT_TRANSLATE_NOOP("HouseholdListModel", "Household")),
        Column("people", QT_TRANSLATE_NOOP("HouseholdListModel", "Residents"), RIGHT),
    )

    def display(self, row: H.HouseholdRow, column: int) -> str:
        return row.label if column == 0 else str(row.people)

    def sort_value(self, row: H.HouseholdRow, column: int):
        return row.people if column == 1 else H.natural_key(H.short_label(*row.key))


class OccupantsModel(RowTexts, ListTableModel):
    CONTEXT = "OccupantsModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("OccupantsModel", "Name")),
        Column("gender", QT_TRANSLATE_NOOP("OccupantsModel", "Gender")),
        Column("age", QT_TRANSLATE_NOOP("OccupantsModel", "Age"), RIGHT),
        Column("tags", QT_TRANSLATE_NOOP("OccupantsModel", "Categories")),
    )

    def display(self, row: H.Occupant, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return {
                "M": QCoreApplication.translate("CommunityModels", "Male"),
                "F": QCoreApplication.translate("CommunityModels", "Female"),
            }.get(row.gender or "", "")
        if column == 2:
            return "" if row.age is None else str(row.age)
        return "、".join(tag_label(t) for t in row.tags)

    def sort_value(self, row: H.Occupant, column: int):
        return (row.age or 0) if column == 2 else self.display(row, column)


class LinksModel(RowTexts, ListTableModel):
    CONTEXT = "LinksModel"
    COLUMNS = (
        Column("member", QT_TRANSLATE_NOOP("LinksModel", "Party member")),
        Column("scope", QT_TRANSLATE_NOOP("LinksModel", "Looks after")),
        Column("since", QT_TRANSLATE_NOOP("LinksModel", "Since")),
        Column("until", QT_TRANSLATE_NOOP("LinksModel", "Until")),
    )

    def display(self, row: H.LinkRow, column: int) -> str:
        if column == 0:
            return row.party_member_name
        if column == 1:
            return f"{C.scope_label(row.scope)} {H.short_label(row.building, row.unit, row.room)}"
        if column == 2:
            return _date(row.started_on)
        return _date(row.ended_on)

    def foreground(self, row: H.LinkRow, column: int):
        return QBrush(GREY) if row.ended_on else None


class VisitsModel(RowTexts, ListTableModel):
    CONTEXT = "VisitsModel"
    COLUMNS = (
        Column("day", QT_TRANSLATE_NOOP("VisitsModel", "Date")),
        Column("address", QT_TRANSLATE_NOOP("VisitsModel", "Household")),
        Column("visitor", QT_TRANSLATE_NOOP("VisitsModel", "Visited by")),
        Column("kind", QT_TRANSLATE_NOOP("VisitsModel", "Kind")),
        Column("result", QT_TRANSLATE_NOOP("VisitsModel", "Result")),
        Column("request", QT_TRANSLATE_NOOP("VisitsModel", "Request")),
        Column("findings", QT_TRANSLATE_NOOP("VisitsModel", "What was found")),
    )
    EXPORT_KINDS = {"day": exports.DATE}

    def export_value(self, row: H.VisitRow, column: int):
        return row.visited_on if column == 0 else self.display(row, column)

    def display(self, row: H.VisitRow, column: int) -> str:
        if column == 0:
            return _date(row.visited_on)
        if column == 1:
            return H.short_label(row.building, row.unit, row.room)
        if column == 2:
            return row.visitor
        if column == 3:
            return C.kind_label(row.kind)
        if column == 4:
            return QCoreApplication.translate("CommunityModels", "Voided") if row.voided else C.result_label(row.result)
        if column == 5:
            return row.request_number
        return row.findings.replace("\n", " ")

    def foreground(self, row: H.VisitRow, column: int):
        if row.voided:
            return QBrush(GREY)
        return QBrush(QColor("#b3261e")) if column == 4 and row.result == "need_found" else None

    def tooltip(self, row: H.VisitRow, column: int):
        return row.findings if column == 6 and row.findings else None


class CouncilsModel(RowTexts, ListTableModel):
    CONTEXT = "CouncilsModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("CouncilsModel", "Council")),
        Column("building", QT_TRANSLATE_NOOP("CouncilsModel", "Building")),
    )

    def display(self, row: C.CouncilRow, column: int) -> str:
        return (
            row.name if column == 0 else (row.building or QCoreApplication.translate("CommunityModels", "Whole estate"))
        )


class SeatsModel(RowTexts, ListTableModel):
    CONTEXT = "SeatsModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("SeatsModel", "Name")),
        Column("seat", QT_TRANSLATE_NOOP("SeatsModel", "Role")),
        Column("since", QT_TRANSLATE_NOOP("SeatsModel", "From")),
        Column("until", QT_TRANSLATE_NOOP("SeatsModel", "Until")),
    )
    EXPORT_KINDS = {"since": exports.DATE, "until": exports.DATE}

    def export_value(self, row: C.SeatRow, column: int):
        return {2: row.started_on, 3: row.ended_on}[column] if column in (2, 3) else self.display(row, column)

    def display(self, row: C.SeatRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return C.seat_label(row.seat) + (f" ({row.unit})" if row.unit else "")
        if column == 2:
            return _date(row.started_on)
        return _date(row.ended_on)

    def foreground(self, row: C.SeatRow, column: int):
        return QBrush(GREY) if row.ended_on else None


class MeetingsModel(RowTexts, ListTableModel):
    CONTEXT = "MeetingsModel"
    COLUMNS = (
        Column("day", QT_TRANSLATE_NOOP("MeetingsModel", "Date")),
        Column("council", QT_TRANSLATE_NOOP("MeetingsModel", "Council")),
        Column("title", QT_TRANSLATE_NOOP("MeetingsModel", "Subject")),
        Column("attendees", QT_TRANSLATE_NOOP("MeetingsModel", "Attended"), RIGHT),
        Column("decisions", QT_TRANSLATE_NOOP("MeetingsModel", "Decisions")),
    )
    EXPORT_KINDS = {"day": exports.DATE, "attendees": exports.NUMBER}

    def export_value(self, row: C.MeetingRow, column: int):
        return {0: row.held_on, 3: len(row.attendees)}[column] if column in (0, 3) else self.display(row, column)

    def display(self, row: C.MeetingRow, column: int) -> str:
        if column == 0:
            return _date(row.held_on)
        if column == 1:
            return row.council
        if column == 2:
            return row.title
        if column == 3:
            return str(len(row.attendees))
        return row.decisions.replace("\n", " ")

    def tooltip(self, row: C.MeetingRow, column: int):
        if column == 3:
            return "、".join(row.attendees)
        if column in (2, 4):
            return f"{row.agenda}\n\n{row.decisions}".strip()
        return None


class TasksModel(RowTexts, ListTableModel):
    CONTEXT = "TasksModel"
    COLUMNS = (
        Column("task", QT_TRANSLATE_NOOP("TasksModel", "Task")),
        Column("meeting", QT_TRANSLATE_NOOP("TasksModel", "Meeting")),
        Column("who", QT_TRANSLATE_NOOP("TasksModel", "Who")),
        Column("due", QT_TRANSLATE_NOOP("TasksModel", "Due")),
        Column("done", QT_TRANSLATE_NOOP("TasksModel", "Done")),
    )

    def display(self, row: C.TaskRow, column: int) -> str:
        if column == 0:
            return row.description
        if column == 1:
            return row.meeting_title
        if column == 2:
            return row.assignee
        if column == 3:
            return _date(row.due_on)
        if row.done_at is None:
            return ""
        local = clock.to_local(row.done_at)
        return f"{local:%Y-%m-%d %H:%M} {row.done_by}".strip()

    def foreground(self, row: C.TaskRow, column: int):
        if row.done_at is not None:
            return QBrush(GREY)
        if row.due_on is not None and row.due_on < clock.today():
            return QBrush(QColor("#b3261e"))
        return None


class BuildingsModel(RowTexts, ListTableModel):
    CONTEXT = "BuildingsModel"
    COLUMNS = (
        Column("building", QT_TRANSLATE_NOOP("BuildingsModel", "Building")),
        Column("households", QT_TRANSLATE_NOOP("BuildingsModel", "Households"), RIGHT),
    )

    def display(self, row: H.BuildingRow, column: int) -> str:
        return H.household_label(row.building, "", "") if column == 0 else str(row.households)

    def sort_value(self, row: H.BuildingRow, column: int):
        return H.natural_key(row.building) if column == 0 else row.households

    def tooltip(self, row: H.BuildingRow, column: int):
        return QCoreApplication.translate("CommunityModels", "{n} residents").format(n=row.people)


_FLOOR = re.compile(r"^(\d+?)(\d{2})$")


def floor_of(room: str) -> tuple[int | None, str]:
    """ "1804" → (18, "04"); "301" → (3, "01"); "地下室" → (None, "地下室")."""
    m = _FLOOR.match(room or "")
    if m is None:
        return None, room
    return int(m.group(1)), m.group(2)


class BoardModel(QAbstractTableModel):
    """A building's households as a board: floors down (highest first), unit and door across (2单元 01 …); each
    cell shows the room, the eldest resident and the people, the days since the last visit, and is coloured by
    them. Rooms that carry no floor ("地下室") go in a last row. Answers only for the cells drawn."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int], H.BoardCell] = {}
        self._rows: list[int | None] = []
        self._columns: list[tuple[str, str]] = []
        self._today = clock.today()

    def set_cells(self, cells: list[H.BoardCell]) -> None:
        self.beginResetModel()
        self._today = clock.today()
        floors: set[int | None] = set()
        columns: set[tuple[str, str]] = set()
        placed = []
        extra = 0
        for c in cells:
            floor, door = floor_of(c.room)
            if floor is None:
                door = f"#{extra}"
                extra += 1
            floors.add(floor)
            columns.add((c.unit, door))
            placed.append((floor, (c.unit, door), c))
        numbered = sorted((f for f in floors if f is not None), reverse=True)
        self._rows = numbered + ([None] if None in floors else [])
        self._columns = sorted(columns, key=lambda k: (H.natural_key(k[0]), H.natural_key(k[1])))
        row_of = {f: i for i, f in enumerate(self._rows)}
        col_of = {k: i for i, k in enumerate(self._columns)}
        self._cells = {(row_of[f], col_of[k]): c for f, k, c in placed}
        self.endResetModel()

    def cell(self, row: int, column: int) -> H.BoardCell | None:
        return self._cells.get((row, column))

    def households(self) -> int:
        return len(self._cells)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            unit, door = self._columns[section]
            door_text = "" if door.startswith("#") else door
            return f"{unit}-{door_text}" if unit and door_text else (unit or door_text)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            floor = self._rows[section]
            return (
                QCoreApplication.translate("CommunityModels", "F{n}").format(n=floor)
                if floor is not None
                else QCoreApplication.translate("CommunityModels", "Other")
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._cells.get((index.row(), index.column()))
        if c is None:
            return None
        days = c.days_since(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            who = c.first_name if c.people == 1 else f"{c.first_name}+{c.people - 1}"
            when = (
                QCoreApplication.translate("CommunityModels", "never")
                if days is None
                else QCoreApplication.translate("CommunityModels", "{n} d").format(n=days)
            )
            mark = " ★" if c.alone_80 else ""
            return f"{c.room}{mark}\n{who}\n{when}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(band_colour(days))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1c1b1f"))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [H.household_label("", c.unit, c.room)]
            if c.eldest_age is not None:
                lines.append(QCoreApplication.translate("CommunityModels", "Eldest: {n}").format(n=c.eldest_age))
            if c.alone_80:
                lines.append(QCoreApplication.translate("CommunityModels", "★ An 80+ resident living alone"))
            lines.append(
                QCoreApplication.translate("CommunityModels", "Last visit: {d}").format(
                    d=_date(c.last_visit) or QCoreApplication.translate("CommunityModels", "never")
                )
            )
            return "\n".join(lines)
        if role == CELL_ROLE:
            return c
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or (index.row(), index.column()) not in self._cells:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class BoardDelegate(QStyledItemDelegate):
    """Paints a board cell whatever the theme's stylesheet: its colour, a frame when chosen, and its three lines
    (room, who, days) centred, each elided on its own.

    A board shows a few hundred cells at once, each painted on every repaint: the Qt constants are looked up once
    (each PySide enum lookup and flag operation is Python code), and the two fonts are made once per paint."""

    _SELECTED = QStyle.StateFlag.State_Selected
    _CENTRE = int(Qt.AlignmentFlag.AlignCenter)
    _ELIDE = Qt.TextElideMode.ElideRight
    _BACKGROUND = Qt.ItemDataRole.BackgroundRole
    _DISPLAY = Qt.ItemDataRole.DisplayRole
    _FRAME = QColor("#1a5fb4")
    _TEXT = QColor("#1c1b1f")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Each cell drawn once into a pixmap, kept until the board's cells are set again: a board shown again (a tab
        # switch) repaints a few hundred cells, which is then a copy each, not three texts measured and drawn.
        self._pixmaps: dict[tuple, QPixmap] = {}
        self._model = None

    def _forget(self) -> None:
        self._pixmaps.clear()

    def paint(self, painter, option, index) -> None:
        model = index.model()
        if model is not self._model:  # the cells change with the model's reset: drop their drawings then
            if self._model is not None:
                self._model.modelReset.disconnect(self._forget)
            self._model = model
            model.modelReset.connect(self._forget)
            self._pixmaps.clear()
        selected = bool(option.state & self._SELECTED)
        rect = option.rect
        key = (index.row(), index.column(), rect.width(), rect.height(), selected)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            background = index.data(self._BACKGROUND)
            text = index.data(self._DISPLAY)
            if not isinstance(background, QBrush) or not text:
                return
            ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
            pixmap = QPixmap(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            cell = QPainter(pixmap)
            cell.setFont(painter.font())
            self._draw(cell, QRect(0, 0, rect.width(), rect.height()), background, text, selected)
            cell.end()
            if len(self._pixmaps) > 4000:  # resized many times: keep the memory bounded
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _draw(self, painter, area: QRect, background, text: str, selected: bool) -> None:
        rect = area.adjusted(1, 1, -1, -1)
        painter.fillRect(rect, background)
        if selected:
            painter.setPen(QPen(self._FRAME, 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(self._TEXT)
        regular = painter.font()
        bold = QFont(regular)
        bold.setBold(True)
        metrics = (QFontMetrics(bold), QFontMetrics(regular))
        lines = text.split("\n")
        height = metrics[1].lineSpacing()
        top = rect.top() + max(0, (rect.height() - height * len(lines)) // 2)
        left, width = rect.left() + 2, rect.width() - 4
        for i, line in enumerate(lines):
            first = i == 0
            painter.setFont(bold if first else regular)
            elided = metrics[0 if first else 1].elidedText(line, self._ELIDE, width)
            painter.drawText(QRect(left, top + i * height, width, height), self._CENTRE, elided)
