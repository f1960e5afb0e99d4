"""The canteen's list queries: the ticket history a page at a time, and a diner's totals for the profile.

Table models in ui/canteen ask these functions for rows and only format them (STYLE.md: queries live in app/).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import func, select

from app.boundary import checked
from db.engine import Database, translate_errors
from db.models import Resident
from db.models.canteen import MealTicket

_PAGE_SQL = (
    "SELECT t.id, t.number, t.sold_at, t.slot_code, r.name, t.quantity, t.subsidy_fen, t.self_paid_fen, t.payment, "
    "t.status, t.served_at FROM meal_tickets t LEFT JOIN residents r ON r.id = t.resident_id"
)


class TicketRow(NamedTuple):  # a page holds a hundred: a tuple is built several times faster than a dataclass
    id: int
    number: str
    sold_at: dt.datetime  # aware UTC
    slot: str
    diner: str  # the resident's name, or the `guest` label given to ticket_page
    quantity: int
    subsidy_fen: int
    self_paid_fen: int
    payment: str
    status: str  # "sold" | "void"
    served: bool


@checked
def ticket_page(db: Database, day: dt.date | None, after: int | None, limit: int, guest: str) -> list[TicketRow]:
    """Up to `limit` tickets newest first (by id), with id < `after` when given; only `day`'s (local date) when given.

    A keyset page: the next page passes the last row's id as `after`. `guest` is the diner text of a ticket sold
    without a resident. On SQLite the same statement runs through one pooled DB-API connection (no ORM session):
    the history's first page is on the cashier's screen at every start (tests/bench/test_tickets_fast_path.py
    checks both paths give the same rows).
    """
    if db.is_sqlite:
        return _page_sqlite(db, day, after, limit, guest)
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
        )
        .join(Resident, Resident.id == MealTicket.resident_id, isouter=True)
        .order_by(MealTicket.id.desc())
        .limit(limit)
    )
    if day is not None:
        stmt = stmt.where(MealTicket.day == day)
    if after is not None:
        stmt = stmt.where(MealTicket.id < after)
    with db.read() as s:
        rows = s.execute(stmt).all()
    return [
        TicketRow(r[0], r[1], r[2], r[3], r[4] or guest, r[5], r[6], r[7], r[8], r[9], r[10] is not None) for r in rows
    ]


def _page_sqlite(db: Database, day: dt.date | None, after: int | None, limit: int, guest: str) -> list[TicketRow]:
    where, params = [], []
    if day is not None:
        where.append("t.day = ?")
        params.append(day.isoformat())
    if after is not None:
        where.append("t.id < ?")
        params.append(after)
    sql = _PAGE_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY t.id DESC LIMIT ?"
    params.append(limit)
    with translate_errors(db.path):
        conn = db.engine.raw_connection()
        try:
            rows = conn.driver_connection.execute(sql, params).fetchall()
        finally:
            conn.close()
    # 50 to 100 rows a page, on the cashier's screen at every start: the tuples are made directly (a NamedTuple's
    # own __new__ is a Python function) and the UTC text parsed with its offset in one call
    make, iso, row_of = TicketRow, dt.datetime.fromisoformat, tuple.__new__
    return [
        row_of(make, (r[0], r[1], iso(r[2] + "+00:00") if r[2].__class__ is str else r[2], r[3], r[4] or guest, r[5],
                      r[6], r[7], r[8], r[9], r[10] is not None))
        for r in rows
    ]  # fmt: skip


class DinerTotals(NamedTuple):
    tickets: int  # tickets sold to the resident, voids not counted
    subsidy_fen: int  # subsidy those tickets received
    last_day: dt.date | None  # the day of the latest one


@checked
def diner_totals(db: Database, resident_id: int) -> DinerTotals:
    """What the resident's profile shows of the canteen: tickets, subsidy received (fen), last meal day."""
    with db.read() as s:
        n, subsidy, last = s.execute(
            select(func.count(), func.coalesce(func.sum(MealTicket.subsidy_fen), 0), func.max(MealTicket.day)).where(
                MealTicket.resident_id == resident_id, MealTicket.status == "sold"
            )
        ).one()
    return DinerTotals(int(n), int(subsidy), last)
