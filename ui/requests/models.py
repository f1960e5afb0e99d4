"""Table models of the requests counter: the paged request list, a request's timeline, the station tally."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from app import clock, exports
from app.requests import listing as L
from app.requests import workflow as W
from app.requests.service import EventRow
from app.requests.station import ServiceCount
from db.engine import Database
from ui.common.paged_model import Column, KeysetTableModel, ListTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

OVERDUE_COLOR = QColor("#c62828")
DUE_SOON_COLOR = QColor("#ef6c00")
PAUSED_COLOR = QColor("#607d8b")


class RequestListModel(KeysetTableModel):
    CONTEXT = "RequestListModel"
    FIRST_PAGE = 50  # the screen shows about 25; scrolling fetches the rest PAGE at a time
    COLUMNS = (
        Column("number", QT_TRANSLATE_NOOP("RequestListModel", "Number")),
        Column("status", QT_TRANSLATE_NOOP("RequestListModel", "Status")),
        Column("category", QT_TRANSLATE_NOOP("RequestListModel", "Category")),
        Column("resident", QT_TRANSLATE_NOOP("RequestListModel", "Resident")),
        Column("department", QT_TRANSLATE_NOOP("RequestListModel", "Department")),
        Column("channel", QT_TRANSLATE_NOOP("RequestListModel", "Channel")),
        Column("intake", QT_TRANSLATE_NOOP("RequestListModel", "Taken in")),
        Column("due", QT_TRANSLATE_NOOP("RequestListModel", "Due")),
        Column("deadline", QT_TRANSLATE_NOOP("RequestListModel", "Deadline")),
        Column("description", QT_TRANSLATE_NOOP("RequestListModel", "Description")),
    )

    EXPORT_KINDS = {"intake": exports.DATE, "due": exports.DATE}

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = L.RequestFilter()

    def export_rows(self, actor=None):
        """Every request the current filter selects (a snapshot of it), a page at a time: for ui.common.export."""
        db, f = self.db, self.filter

        def rows():
            after = None
            while True:
                page = L.page_requests(db, f, after, 1000)
                yield from page
                if len(page) < 1000:
                    return
                after = page[-1].id

        return rows

    def export_value(self, row: L.RequestRow, column: int):
        key = self.COLUMNS[column].key
        if key == "intake":
            return row.intake_day
        if key == "due":
            return row.due_date
        if key == "description":
            return row.description
        return self.display(row, column)

    def set_filter(self, f: L.RequestFilter) -> None:
        self.filter = f
        self.reload()

    def fetch_page(self, after, limit):
        return [(r.id, r) for r in L.page_requests(self.db, self.filter, after, limit)]

    def display(self, row: L.RequestRow, column: int) -> str:
        key = self.COLUMNS[column].key
        if key == "number":
            return row.number
        if key == "status":
            return W.status_label(row.status)
        if key == "category":
            return row.category
        if key == "resident":
            return row.resident
        if key == "department":
            return row.department
        if key == "channel":
            return W.channel_label(row.channel)
        if key == "intake":
            return row.intake_day.isoformat()
        if key == "due":
            return row.due_date.isoformat()
        if key == "description":
            return " ".join(row.description.split())  # one line in the list; the whole text in the tooltip
        return {
            L.OVERDUE: self.tr("overdue"),
            L.DUE_SOON: self.tr("due soon"),
            L.PAUSED: self.tr("waiting for resident"),
            L.ON_TIME: self.tr("on time"),
            L.FOLLOW_UP_DUE: self.tr("follow-up due"),
            L.FOLLOW_UP_LATE: self.tr("follow-up overdue"),
            L.NO_CALLBACK: self.tr("no callback wanted"),
        }.get(row.deadline, "")

    def tooltip(self, row: L.RequestRow, column: int) -> str | None:
        return row.description if self.COLUMNS[column].key == "description" and row.description else None

    def foreground(self, row: L.RequestRow, column: int):
        color = {
            L.OVERDUE: OVERDUE_COLOR,
            L.DUE_SOON: DUE_SOON_COLOR,
            L.PAUSED: PAUSED_COLOR,
            L.FOLLOW_UP_LATE: OVERDUE_COLOR,
        }.get(row.deadline)
        return QBrush(color) if color is not None else None


class TimelineModel(ListTableModel):
    CONTEXT = "TimelineModel"
    COLUMNS = (
        Column("at", QT_TRANSLATE_NOOP("TimelineModel", "When")),
        Column("who", QT_TRANSLATE_NOOP("TimelineModel", "Who")),
        Column("what", QT_TRANSLATE_NOOP("TimelineModel", "What")),
        Column("from", QT_TRANSLATE_NOOP("TimelineModel", "From")),
        Column("to", QT_TRANSLATE_NOOP("TimelineModel", "To")),
        Column("note", QT_TRANSLATE_NOOP("TimelineModel", "Note")),
    )

    def display(self, row: EventRow, column: int) -> str:
        key = self.COLUMNS[column].key
        if key == "at":
            local = clock.to_local(row.at)
            return local.strftime("%Y-%m-%d %H:%M") if local else ""
        if key == "who":
            return row.username
        if key == "what":
            return W.action_label(row.action)
        if key == "from":
            return W.status_label(row.from_status) if row.from_status else ""
        if key == "to":
            return W.status_label(row.to_status)
        return row.note


class TallyModel(ListTableModel):
    CONTEXT = "TallyModel"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("TallyModel", "Service")),
        Column("count", QT_TRANSLATE_NOOP("TallyModel", "Count"), RIGHT),
    )

    def display(self, row: ServiceCount, column: int) -> str:
        return row.name if column == 0 else str(row.count)

    def sort_value(self, row: ServiceCount, column: int):
        return row.name if column == 0 else row.count
