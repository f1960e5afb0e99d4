"""Tables of the city book room (城市书房): copies, readers, loans, holds and the room's lending settings.

Copies are never deleted: a copy taken out of the collection is `withdrawn` or `lost`, with who, when and why.
A loan is closed by its return (`returned_at`), never deleted; a hold by fulfilment or cancellation.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.types import UTCDateTime, utcnow

# Copy owners: this room's own books, or the district library's (lent through its system over SIP2).
OWNER_ROOM = "room"
OWNER_DISTRICT = "district"
# Copy status: on the shelf (or on loan: an open loan says so), or out of the collection for good.
AVAILABLE = "available"
WITHDRAWN = "withdrawn"
LOST = "lost"

# The open loans: the predicate of the one-open-loan-per-copy index (literal SQL both SQLite and PostgreSQL accept).
OPEN_LOAN = "returned_at IS NULL"
# The loans that carry a fine (set at return when the center charges fines): the fines ledger's partial index.
FINED = "fine_fen > 0"

# A title's key (holds are on a title, any copy): the compact ISBN-13 when the copy has one, else "t:" + title + "/" +
# author as catalogued (folded and spaced by app.library.catalogue.clean_copy).


def title_key(isbn: str, title: str, author: str) -> str:
    """The title a copy is a copy of, for holds: "9787020002207", or "t:平凡的世界/路遥" for a book without an ISBN.
    The migration library_0002 computes the same in SQL for the holds it carries over."""
    return isbn if isbn else f"t:{title}/{author}"


class LibraryCopy(Base):
    """One physical copy, by its barcode. `isbn` is the compact ISBN-13 ("" when the book has none)."""

    __tablename__ = "library_copies"
    id: Mapped[int] = mapped_column(primary_key=True)
    barcode: Mapped[str] = mapped_column(String(L.BARCODE.length), unique=True)
    title: Mapped[str] = mapped_column(String(L.BOOK_TITLE.length))
    author: Mapped[str] = mapped_column(String(L.TITLE.length), default="")
    isbn: Mapped[str] = mapped_column(String(L.ISBN.length), default="", index=True)
    call_number: Mapped[str] = mapped_column(String(L.CALL_NUMBER.length), default="")
    owner: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default=OWNER_ROOM)  # room | district
    status: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default=AVAILABLE)  # available|withdrawn|lost
    source: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="desk")  # desk | marc | sheet | demo
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    retired_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    retire_reason: Mapped[str | None] = mapped_column(Text)


class LibraryReader(Base):
    """A resident registered as a reader, with the number of the reader card they scan (also the patron identifier
    sent to the district library). A child has no reader record of their own: they borrow on a guardian's."""

    __tablename__ = "library_readers"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), unique=True)
    card_no: Mapped[str] = mapped_column(String(L.NUMBER.length), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class LibraryLoan(Base):
    """A copy lent to a reader. `reader_id` is the card it counts on; `borrower_resident_id` the person who took it
    (a child on a guardian's card, or the reader). `due_on` is a local day.

    One open loan per copy across every workstation: the partial unique index `ux_library_loans_open_copy` over the
    open loans (`returned_at IS NULL`). SQLite's one writer makes the service's own check refuse first; on
    PostgreSQL the second desk's insert waits on the first's index entry and fails when it commits, which the
    service turns into the same message (app.library.desk).

    `district_txn_id`: the SIP2 transaction id of the checkout of a district copy (uuid4 hex), and
    `district_pending` whether it still waits in the SIP2 outbox because the library's server was unreachable."""

    __tablename__ = "library_loans"
    __table_args__ = (
        Index(
            "ux_library_loans_open_copy",
            "copy_id",
            unique=True,
            sqlite_where=text(OPEN_LOAN),
            postgresql_where=text(OPEN_LOAN),
        ),
        Index("ix_library_loans_reader_open", "reader_id", "returned_at"),
        Index("ix_library_loans_due", "returned_at", "due_on"),
        Index("ix_library_loans_lent_at", "lent_at"),
        # the fines ledger: the few loans that carry a fine, by return
        Index("ix_library_loans_fined", "returned_at", sqlite_where=text(FINED), postgresql_where=text(FINED)),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("library_copies.id"))
    reader_id: Mapped[int] = mapped_column(ForeignKey("library_readers.id"))
    borrower_resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    lent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    lent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_on: Mapped[dt.date] = mapped_column(Date)
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    last_renewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    returned_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    fine_fen: Mapped[int] = mapped_column(Integer, default=0)  # set at return when the center charges fines
    district_txn_id: Mapped[str | None] = mapped_column(String(L.TXN_ID.length))
    district_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    reminded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # the due day the desk gave, when the district library later (a checkout or renewal kept while it was
    # unreachable) accepted it with another one, now `due_on`; None when the desk's day stands
    desk_due_on: Mapped[dt.date | None] = mapped_column(Date)


class LibraryRenewal(Base):
    """One renewal of a loan (history: the month's renewals count these), with the due day before and after."""

    __tablename__ = "library_renewals"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("library_loans.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_before: Mapped[dt.date] = mapped_column(Date)
    due_after: Mapped[dt.date] = mapped_column(Date)
    district_txn_id: Mapped[str | None] = mapped_column(String(L.TXN_ID.length))
    district_pending: Mapped[bool] = mapped_column(Boolean, default=False)


class LibraryHold(Base):
    """A hold (预约) on a title, any copy (`title_key`, see `title_key()`): the queue is the waiting and ready holds
    of the title in `placed_at`, `id` order. `status`: waiting → ready (the first copy of the title to come back is
    put aside for the first in line) → fulfilled (lent to them), or cancelled.

    `copy_id`: the copy the hold names — the one scanned when it was placed while it waits, the copy put aside for
    the reader once ready (and lent when fulfilled)."""

    __tablename__ = "library_holds"
    __table_args__ = (
        Index("ix_library_holds_copy_status", "copy_id", "status"),
        Index("ix_library_holds_title_status", "title_key", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("library_copies.id"))
    title_key: Mapped[str] = mapped_column(String(L.TITLE_KEY.length))
    reader_id: Mapped[int] = mapped_column(ForeignKey("library_readers.id"))
    borrower_resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    status: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="waiting")
    placed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    placed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ready_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    close_reason: Mapped[str | None] = mapped_column(Text)


class LibrarySettings(Base):
    """The book room's lending rules: one row (id 1); a database without the row uses the defaults
    (app.library.rules.DEFAULTS)."""

    __tablename__ = "library_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_days: Mapped[int] = mapped_column(Integer)
    max_loans: Mapped[int] = mapped_column(Integer)
    max_renewals: Mapped[int] = mapped_column(Integer)
    refuse_overdue: Mapped[bool] = mapped_column(Boolean)
    fines_on: Mapped[bool] = mapped_column(Boolean)
    fine_per_day_fen: Mapped[int] = mapped_column(Integer)
    child_age: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


# How a loan's fine was settled (library_fine_settlements.kind).
FINE_PAID = "paid"
FINE_WAIVED = "waived"
# The settlements that stand: the predicate of the one-settlement-per-loan index (a voided one is kept, not counted).
STANDING_SETTLEMENT = "voided_at IS NULL"


class LibraryFineSettlement(Base):
    """How a loan's fine (`LibraryLoan.fine_fen`, set at its return and never changed) was settled: paid in cash at
    the desk (`receipt_no`, the gapless fine receipt number, shared by the fines paid together) or waived
    (`reason`). A settlement recorded by mistake is voided with who, when and why, never deleted; the loan's fine
    then stands outstanding again.

    One standing settlement per loan across every workstation: the partial unique index
    `ux_library_fine_settlements_loan` over the settlements not voided."""

    __tablename__ = "library_fine_settlements"
    __table_args__ = (
        Index(
            "ux_library_fine_settlements_loan",
            "loan_id",
            unique=True,
            sqlite_where=text(STANDING_SETTLEMENT),
            postgresql_where=text(STANDING_SETTLEMENT),
        ),
        Index("ix_library_fine_settlements_at", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("library_loans.id"))
    kind: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # paid | waived
    amount_fen: Mapped[int] = mapped_column(Integer)  # the loan's fine, as settled
    receipt_no: Mapped[str | None] = mapped_column(String(L.NUMBER.length), index=True)  # paid: "FK2026-000001"
    reason: Mapped[str | None] = mapped_column(Text)  # waived: why
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)
