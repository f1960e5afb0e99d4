"""The canteen's tables: today's tickets (paged, newest first), a day's bookings, the subsidy rule versions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app import clock, exports
from app.canteen import listing
from app.canteen.bookings import BookingRow
from app.canteen.listing import TicketRow
from app.canteen.pricing import money
from app.canteen.service import PAYMENTS, payment_label
from db.engine import Database
from ui.common.paged_model import Column, KeysetTableModel, ListTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DISPLAY = Qt.ItemDataRole.DisplayRole
VOID_COLOR = "#c62828"
_ROOT = QModelIndex()  # the default parent of index(): a flat table's only parent


class TicketsModel(KeysetTableModel):
    """Tickets newest first, by keyset on id; filter to a day (None: the whole history)."""

    CONTEXT = "TicketsModel"
    NUMBER, TIME, DINER, QUANTITY, SUBSIDY, SELF_PAID, PAYMENT, STATUS = range(8)
    COLUMNS = (
        Column("number", QT_TRANSLATE_NOOP("TicketsModel", "Ticket")),
        Column("time", QT_TRANSLATE_NOOP("TicketsModel", "Time")),
        Column("diner", QT_TRANSLATE_NOOP("TicketsModel", "Diner")),
        Column("quantity", QT_TRANSLATE_NOOP("TicketsModel", "Qty"), RIGHT),
        Column("subsidy", QT_TRANSLATE_NOOP("TicketsModel", "Subsidy"), RIGHT),
        Column("self_paid", QT_TRANSLATE_NOOP("TicketsModel", "Self-paid"), RIGHT),
        Column("payment", QT_TRANSLATE_NOOP("TicketsModel", "Payment")),
        Column("status", QT_TRANSLATE_NOOP("TicketsModel", "Status")),
    )
    _NCOLS = len(COLUMNS)

    EXPORT_KINDS = {
        "time": exports.DATETIME,
        "quantity": exports.NUMBER,
        "subsidy": exports.MONEY,
        "self_paid": exports.MONEY,
    }

    def __init__(self, db: Database, day: dt.date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.day = day
        self.PAGE = 100
        self.FIRST_PAGE = 50  # the screen shows about 30; scrolling fetches the rest a hundred at a time
        # translated once per model, not once per cell (the first page is read cell by cell)
        self._payment = {code: payment_label(code) for code in PAYMENTS}
        self._void = QCoreApplication.translate("TicketsModel", "Void")
        self._served = QCoreApplication.translate("TicketsModel", "Served")
        self._cells: list[tuple[str, ...] | None] = []  # each loaded row's texts, made when first asked for
        self._void_look: tuple[QBrush, QFont] | None = None  # made for the first voided row shown

    def fetch_page(self, after: Any, limit: int) -> list[tuple[Any, TicketRow]]:
        guest = QCoreApplication.translate("TicketsModel", "Guest")
        return [(row.id, row) for row in listing.ticket_page(self.db, self.day, after, limit, guest)]

    def reload(self) -> None:
        self._cells = []
        super().reload()

    def export_rows(self, actor=None):
        """Every ticket of the day shown (or of the whole history), newest first, a page at a time: for
        ui.common.export (the view never loads them all)."""
        db, day = self.db, self.day
        guest = QCoreApplication.translate("TicketsModel", "Guest")

        def rows():
            after = None
            while True:
                page = listing.ticket_page(db, day, after, 1000, guest)
                yield from page
                if len(page) < 1000:
                    return
                after = page[-1].id

        return rows

    def export_value(self, row: TicketRow, column: int):
        if column == self.TIME:
            return row.sold_at
        if column == self.QUANTITY:
            return row.quantity
        if column == self.SUBSIDY:
            return row.subsidy_fen
        if column == self.SELF_PAID:
            return row.self_paid_fen
        return self.display(row, column)

    def index(self, row: int, column: int, parent: QModelIndex = _ROOT) -> QModelIndex:
        # asked for every cell of every repaint, before data(): the flat table's bounds, the parent checked only
        # when one is given
        if 0 <= row < len(self._rows) and 0 <= column < self._NCOLS and (parent is _ROOT or not parent.isValid()):
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, index, role: int = DISPLAY):
        # The history is read cell by cell on every repaint: a row's texts are made once, all eight together,
        # and kept by row number (rows are only ever appended, and a reload starts the list again).
        if role == DISPLAY:
            r = index.row()
            cells = self._cells
            if 0 <= r < len(cells):
                texts = cells[r]
                if texts is None:
                    texts = cells[r] = self._row_cells(self._rows[r])
                return texts[index.column()]
            if 0 <= r < len(self._rows):
                cells.extend([None] * (len(self._rows) - len(cells)))
                texts = cells[r] = self._row_cells(self._rows[r])
                return texts[index.column()]
            return None
        return super().data(index, role)

    def _row_cells(self, row: TicketRow) -> tuple[str, ...]:
        local = clock.to_local(row.sold_at)
        return (
            row.number,
            f"{local.hour:02d}:{local.minute:02d}",
            row.diner,
            str(row.quantity),
            money(row.subsidy_fen),
            money(row.self_paid_fen),
            self._payment.get(row.payment) or payment_label(row.payment),
            self._void if row.status == "void" else (self._served if row.served else ""),
        )

    def display(self, row: TicketRow, column: int) -> str:
        if column == self.NUMBER:
            return row.number
        if column == self.TIME:
            local = clock.to_local(row.sold_at)
            return f"{local.hour:02d}:{local.minute:02d}"
        if column == self.DINER:
            return row.diner
        if column == self.QUANTITY:
            return str(row.quantity)
        if column == self.SUBSIDY:
            return money(row.subsidy_fen)
        if column == self.SELF_PAID:
            return money(row.self_paid_fen)
        if column == self.PAYMENT:
            return self._payment.get(row.payment) or payment_label(row.payment)
        if column == self.STATUS:
            if row.status == "void":
                return self._void
            return self._served if row.served else ""
        return ""

    def sort_value(self, row: TicketRow, column: int):
        if column in (self.SUBSIDY, self.SELF_PAID):
            return row.subsidy_fen if column == self.SUBSIDY else row.self_paid_fen
        if column == self.QUANTITY:
            return row.quantity
        return self.display(row, column)

    def _void_style(self) -> tuple[QBrush, QFont]:
        if self._void_look is None:
            font = QFont()  # only the strike-out is set: the view's own font gives the rest
            font.setStrikeOut(True)
            self._void_look = (QBrush(QColor(VOID_COLOR)), font)
        return self._void_look

    def foreground(self, row: TicketRow, column: int):
        return self._void_style()[0] if row.status == "void" else None

    def font(self, row: TicketRow, column: int):
        """A voided ticket is struck through (and red, see `foreground`): it stands out without scrolling."""
        return self._void_style()[1] if row.status == "void" else None


class BookingsModel(ListTableModel):
    """A day's bookings (a few hundred at most), set whole."""

    CONTEXT = "BookingsModel"
    EXPORT_KINDS = {"id": exports.ID_NUMBER, "phone": exports.PHONE, "quantity": exports.NUMBER}
    SLOT, DINER, ID, PHONE, QUANTITY, NOTE, STATUS = range(7)
    COLUMNS = (
        Column("slot", QT_TRANSLATE_NOOP("BookingsModel", "Meal")),
        Column("diner", QT_TRANSLATE_NOOP("BookingsModel", "Diner")),
        Column("id", QT_TRANSLATE_NOOP("BookingsModel", "ID number")),
        Column("phone", QT_TRANSLATE_NOOP("BookingsModel", "Phone")),
        Column("quantity", QT_TRANSLATE_NOOP("BookingsModel", "Meals"), RIGHT),
        Column("note", QT_TRANSLATE_NOOP("BookingsModel", "Note")),
        Column("status", QT_TRANSLATE_NOOP("BookingsModel", "Status")),
    )

    def display(self, row: BookingRow, column: int) -> str:
        if column == self.SLOT:
            return row.slot_name
        if column == self.DINER:
            return row.name
        if column == self.ID:
            return row.masked_id
        if column == self.PHONE:
            return row.phone
        if column == self.QUANTITY:
            return str(row.quantity)
        if column == self.NOTE:
            return row.note
        if column == self.STATUS:
            if row.status == "cancelled":
                return QCoreApplication.translate("BookingsModel", "Cancelled: {reason}").format(
                    reason=row.cancel_reason
                )
            if row.status == "used":
                return QCoreApplication.translate("BookingsModel", "Bought")
            return QCoreApplication.translate("BookingsModel", "Booked")
        return ""

    def sort_value(self, row: BookingRow, column: int):
        return row.quantity if column == self.QUANTITY else self.display(row, column)

    def export_value(self, row: BookingRow, column: int):
        return row.quantity if column == self.QUANTITY else self.display(row, column)

    def foreground(self, row: BookingRow, column: int):
        return QBrush(QColor("#9e9e9e")) if row.status == "cancelled" else None


@dataclass(frozen=True)
class RuleRow:
    id: int
    name: str
    effective_from: dt.date
    effective_to: dt.date | None
    who: str
    amounts: str
    limit: str


class RulesModel(ListTableModel):
    """Every version of the subsidy rules (a few dozen)."""

    CONTEXT = "RulesModel"
    NAME, FROM, TO, WHO, AMOUNTS, LIMIT = range(6)
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("RulesModel", "Tier")),
        Column("from", QT_TRANSLATE_NOOP("RulesModel", "From")),
        Column("to", QT_TRANSLATE_NOOP("RulesModel", "Until")),
        Column("who", QT_TRANSLATE_NOOP("RulesModel", "Who qualifies")),
        Column("amounts", QT_TRANSLATE_NOOP("RulesModel", "Subsidy")),
        Column("limit", QT_TRANSLATE_NOOP("RulesModel", "Limit")),
    )

    def display(self, row: RuleRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.FROM:
            return row.effective_from.isoformat()
        if column == self.TO:
            return row.effective_to.isoformat() if row.effective_to else "—"
        if column == self.WHO:
            return row.who
        if column == self.AMOUNTS:
            return row.amounts
        if column == self.LIMIT:
            return row.limit
        return ""

    def sort_value(self, row: RuleRow, column: int):
        if column == self.FROM:
            return row.effective_from
        if column == self.TO:
            return row.effective_to or dt.date.max
        return self.display(row, column)
