"""Tables of the canteen counter: meal slots, subsidy rules, tickets with their subsidy lines, meal cards, day closes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db import limits as L
from db.models.base import Base
from db.types import UTCDateTime, utcnow


class MealSlot(Base):
    """Breakfast, lunch, dinner: serving window, set price, the day's dishes, an optional portion limit."""

    __tablename__ = "meal_slots"
    code: Mapped[str] = mapped_column(String(L.CODE.length), primary_key=True)
    name: Mapped[str] = mapped_column(String(L.LABEL.length))
    starts: Mapped[str] = mapped_column(String(L.CLOCK_TIME.length))  # "11:00", local time
    ends: Mapped[str] = mapped_column(String(L.CLOCK_TIME.length))
    price_fen: Mapped[int] = mapped_column(Integer)
    dishes: Mapped[str] = mapped_column(Text, default="")
    portion_limit: Mapped[int | None] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SubsidyRule(Base):
    """Who qualifies and what each funder pays; effective dates keep past tickets as they were sold."""

    __tablename__ = "subsidy_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.LABEL.length))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date)
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    any_tags: Mapped[str] = mapped_column(String(L.LIST.length), default="")  # comma-separated tag codes
    local_only: Mapped[bool] = mapped_column(Boolean, default=True)
    weekdays_only: Mapped[bool] = mapped_column(Boolean, default=True)
    skip_holidays: Mapped[bool] = mapped_column(Boolean, default=True)
    # comma-separated slot codes, empty = all
    slots: Mapped[str] = mapped_column(String(L.SHORT_LIST.length), default="")
    city_fen: Mapped[int] = mapped_column(Integer, default=0)
    district_fen: Mapped[int] = mapped_column(Integer, default=0)
    street_fen: Mapped[int] = mapped_column(Integer, default=0)
    min_price_fen: Mapped[int] = mapped_column(Integer, default=0)
    fixed_price_fen: Mapped[int | None] = mapped_column(Integer)
    fixed_funder: Mapped[str] = mapped_column(String(L.CODE.length), default="street")
    limit_per_person: Mapped[int] = mapped_column(Integer, default=1)
    limit_scope: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="day")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class MealTicket(Base):
    """One sale. The price split is stored, so a later rule change never changes a sold ticket."""

    __tablename__ = "meal_tickets"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(L.NUMBER.length), unique=True)
    day: Mapped[dt.date] = mapped_column(Date)
    slot_code: Mapped[str] = mapped_column(ForeignKey("meal_slots.code"))
    sold_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    guest: Mapped[bool] = mapped_column(Boolean, default=False)
    # a family member buying on the diner's behalf
    buyer: Mapped[str | None] = mapped_column(String(L.PERSON_NAME.length))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    total_fen: Mapped[int] = mapped_column(Integer)
    subsidy_fen: Mapped[int] = mapped_column(Integer)
    self_paid_fen: Mapped[int] = mapped_column(Integer)
    subsidised_meals: Mapped[int] = mapped_column(Integer, default=0)
    tier: Mapped[str] = mapped_column(String(L.TIER.length), default="")  # the schemes applied: "80–89岁 + 特困"
    reason: Mapped[str] = mapped_column(Text, default="")
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("subsidy_rules.id"))
    payment: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # cash | wechat | alipay | card
    tendered_fen: Mapped[int | None] = mapped_column(Integer)
    change_fen: Mapped[int | None] = mapped_column(Integer)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="sold")  # sold | void
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    void_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)
    served_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    served_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    served_window: Mapped[str | None] = mapped_column(String(L.LABEL.length))
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    lines: Mapped[list[TicketSubsidy]] = relationship(back_populates="ticket", lazy="selectin")

    __table_args__ = (
        Index("ix_meal_tickets_day_cashier", "day", "cashier_id"),
        Index("ix_meal_tickets_resident_day", "resident_id", "day"),
        Index("ix_meal_tickets_sold", "sold_at", "id"),
        # covers the settlement's aggregation over a month of tickets (no row lookups)
        Index(
            "ix_meal_tickets_settlement",
            "day",
            "status",
            "subsidy_fen",
            "resident_id",
            "tier",
            "subsidised_meals",
            "total_fen",
            "self_paid_fen",
        ),
    )


class TicketSubsidy(Base):
    """A funder's share of a ticket; a void adds the negative line, nothing is deleted."""

    __tablename__ = "meal_ticket_subsidies"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("meal_tickets.id"))
    funder: Mapped[str] = mapped_column(String(L.CODE.length))
    amount_fen: Mapped[int] = mapped_column(Integer)
    reversal: Mapped[bool] = mapped_column(Boolean, default=False)
    ticket: Mapped[MealTicket] = relationship(back_populates="lines")

    __table_args__ = (Index("ix_meal_ticket_subsidies_ticket", "ticket_id", "funder", "amount_fen"),)


class MealCard(Base):
    __tablename__ = "meal_cards"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_no: Mapped[str] = mapped_column(String(L.NUMBER.length), unique=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class MealCardEntry(Base):
    """Append-only ledger of a meal card: the balance is the sum of the entries."""

    __tablename__ = "meal_card_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("meal_cards.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # topup | refund | sale | void
    amount_fen: Mapped[int] = mapped_column(Integer)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("meal_tickets.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    payment: Mapped[str | None] = mapped_column(String(L.SHORT_CODE.length))  # how a top-up was paid
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_meal_card_entries_card", "card_id", "id"),)


class DayClose(Base):
    """A cashier's closed day (日结): what was counted; reopening is recorded, never erased."""

    __tablename__ = "canteen_day_closes"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    expected_cash_fen: Mapped[int] = mapped_column(Integer)
    counted_cash_fen: Mapped[int] = mapped_column(Integer)
    denominations: Mapped[str] = mapped_column(Text, default="{}")
    # the Z report's figures as printed at the close (JSON, fen): a closed day prints these, never a recount
    figures: Mapped[str | None] = mapped_column(Text)
    # why the counted cash differs from the expected (长款/短款): required for such a close, printed on the Z report
    difference_reason: Mapped[str | None] = mapped_column(Text)
    reopened_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    reopened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reopen_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_canteen_day_closes_day", "day", "cashier_id"),)


class MealBooking(Base):
    """A meal reserved for a later day, so the kitchen knows how many to cook; a sale uses it up.

    Cancelling keeps the row with who, when and why.
    """

    __tablename__ = "meal_bookings"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    slot_code: Mapped[str] = mapped_column(ForeignKey("meal_slots.code"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="booked")  # booked | used | cancelled
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("meal_tickets.id"))
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cancelled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    cancel_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_meal_bookings_day_slot", "day", "slot_code"),
        Index("ix_meal_bookings_resident_day", "resident_id", "day"),
    )


class SettlementPeriod(Base):
    """A settled month or quarter (补贴结算): its figures as locked; no sale, void or reopening inside it.

    An admin may unlock it (recorded, never erased); settling again makes a new row.
    """

    __tablename__ = "canteen_settlements"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # month | quarter
    starts: Mapped[dt.date] = mapped_column(Date)
    ends: Mapped[dt.date] = mapped_column(Date)  # inclusive
    locked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    locked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    figures: Mapped[str] = mapped_column(Text, default="{}")  # totals as settled (JSON, fen)
    unlocked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    unlocked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    unlock_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_canteen_settlements_period", "starts", "ends"),)


class CashierDay(Base):
    """One row per cashier and day: the lock that a sale, a void, a meal-card movement and the day close take.

    Every money movement of a cashier's day first locks this row (SELECT … FOR UPDATE on PostgreSQL; on SQLite the
    write transaction already holds the database's write lock), so a day close and a sale at another till follow
    one another: the sale lands in the closed figures, or it sees the close and is refused.
    """

    __tablename__ = "canteen_cashier_days"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    cashier_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # users.id; 0 for no account


class PortionCount(Base):
    """Portions sold per day and slot, kept by every sale and void in the same transaction.

    A sale adds its quantity with one conditional UPDATE (`sold + quantity + reserved <= limit`), which locks the
    row, so two tills can never both take the last portion; the CHECK keeps the count from going below zero.
    """

    __tablename__ = "canteen_portion_counts"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    slot_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    sold: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("sold >= 0", name="sold_not_negative"),)


class SubsidyClaim(Base):
    """One subsidised meal taken from one funder's scheme by a diner: the database's guard on the per-person limit.

    The n-th subsidised meal of a diner, day, scope ("day", or "slot:<code>" for a per-slot limit) and funder is one
    row; a unique index over the live rows (not released) means two tills selling to the same diner at the same
    moment cannot both take meal n: the second sale fails on the index and is refused. A void releases its claims
    (released_at), so the diner may have that subsidised meal again; nothing is deleted.
    """

    __tablename__ = "canteen_subsidy_claims"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    slot_code: Mapped[str] = mapped_column(String(20))
    scope_key: Mapped[str] = mapped_column(String(30))
    funder: Mapped[str] = mapped_column(String(20))
    n: Mapped[int] = mapped_column(Integer)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("meal_tickets.id"))
    released_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index(
            "uq_canteen_subsidy_claims_live",
            "resident_id",
            "day",
            "scope_key",
            "funder",
            "n",
            unique=True,
            sqlite_where=text("released_at IS NULL"),
            postgresql_where=text("released_at IS NULL"),
        ),
        Index("ix_canteen_subsidy_claims_ticket", "ticket_id"),
        CheckConstraint("n >= 1", name="n_positive"),
    )


__all__ = [
    "CashierDay",
    "DayClose",
    "MealBooking",
    "MealCard",
    "MealCardEntry",
    "MealSlot",
    "MealTicket",
    "PortionCount",
    "SettlementPeriod",
    "SubsidyClaim",
    "SubsidyRule",
    "TicketSubsidy",
]
