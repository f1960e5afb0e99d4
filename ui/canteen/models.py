"""The canteen's tables: today's tickets (paged, newest first)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from sqlalchemy import select

from app import clock
from app.canteen.pricing import money
from app.canteen.service import payment_label
from db.engine import Database
from db.models import Resident
from db.models.canteen import MealTicket
from ui.common.paged_model import Column, KeysetTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class TicketRow:
    id: int
    number: str
    sold_at: dt.datetime
    slot: str
    diner: str
    quantity: int
    subsidy_fen: int
    self_paid_fen: int
    payment: str
    status: str
    served: bool


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

    def __init__(self, db: Database, day: dt.date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.day = day
        self.PAGE = 100

    def fetch_page(self, after: Any, limit: int) -> list[tuple[Any, TicketRow]]:
        stmt = (
            select(
                MealTicket.id,
                MealTicket.number,
                MealTicket.sold_at,
                MealTicket.slot_code,
                Resident.name,
                MealTicket.quantity,
                MealTicket.subsidy_fen,
                MealTicket.self_paid_fen,
                MealTicket.payment,
                MealTicket.status,
                MealTicket.served_at,
                MealTicket.guest,
            )
            .join(Resident, Resident.id == MealTicket.resident_id, isouter=True)
            .order_by(MealTicket.id.desc())
            .limit(limit)
        )
        if self.day is not None:
            stmt = stmt.where(MealTicket.day == self.day)
        if after is not None:
            stmt = stmt.where(MealTicket.id < after)
        guest = QCoreApplication.translate("TicketsModel", "Guest")
        with self.db.read() as s:
            rows = s.execute(stmt).all()
        return [
            (r[0], TicketRow(r[0], r[1], r[2], r[3], r[4] or guest, r[5], r[6], r[7], r[8], r[9], r[10] is not None))
            for r in rows
        ]

    def display(self, row: TicketRow, column: int) -> str:
        if column == self.NUMBER:
            return row.number
        if column == self.TIME:
            return clock.to_local(row.sold_at).strftime("%H:%M")
        if column == self.DINER:
            return row.diner
        if column == self.QUANTITY:
            return str(row.quantity)
        if column == self.SUBSIDY:
            return money(row.subsidy_fen)
        if column == self.SELF_PAID:
            return money(row.self_paid_fen)
        if column == self.PAYMENT:
            return payment_label(row.payment)
        if column == self.STATUS:
            if row.status == "void":
                return QCoreApplication.translate("TicketsModel", "Void")
            return QCoreApplication.translate("TicketsModel", "Served") if row.served else ""
        return ""

    def sort_value(self, row: TicketRow, column: int):
        if column in (self.SUBSIDY, self.SELF_PAID):
            return row.subsidy_fen if column == self.SUBSIDY else row.self_paid_fen
        if column == self.QUANTITY:
            return row.quantity
        return self.display(row, column)

    def foreground(self, row: TicketRow, column: int):
        return QBrush(QColor("#9e9e9e")) if row.status == "void" else None
