"""Tables of the district library link (通借通还 over SIP2): the link's settings and the transactions waiting to be sent.

`library_sip_link` is one row (id 1): where the district library's SIP2 server is and how the desk signs in. The
login password is kept here because SIP2 sends it as typed (93 Login, CO field); it is never shown back on screen,
never audited and never logged.

`library_sip_outbox` holds the checkouts, checkins and renewals of district-owned copies done while the library could
not be reached, in the order they were done. Each has the desk's transaction id (unique: the database refuses a second
row for the same transaction), which travels with the message so the library applies it once however often it is
sent. A row moves pending → sending (claimed by one sender, `claimed_at`) → accepted | refused; a refused row stays
on the pending screen until staff mark it resolved with a reason. Nothing is deleted.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.types import UTCDateTime

# Queue states (library_sip_outbox.state)
PENDING = "pending"
SENDING = "sending"
ACCEPTED = "accepted"
REFUSED = "refused"
RESOLVED = "resolved"
STATES = (PENDING, SENDING, ACCEPTED, REFUSED, RESOLVED)

# Transactions (library_sip_outbox.op)
CHECKOUT = "checkout"
CHECKIN = "checkin"
RENEW = "renew"
OPS = (CHECKOUT, CHECKIN, RENEW)


class LibrarySipLink(Base):
    """The district library's SIP2 server and the desk's sign-in there (one row, id 1; absent = not set up)."""

    __tablename__ = "library_sip_link"
    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(L.HOST.length), default="")
    port: Mapped[int] = mapped_column(Integer, default=6001)
    institution_id: Mapped[str] = mapped_column(String(L.SIP_FIELD.length), default="")
    login_user: Mapped[str] = mapped_column(String(L.SIP_FIELD.length), default="")
    login_password: Mapped[str] = mapped_column(String(L.SIP_FIELD.length), default="")
    location_code: Mapped[str] = mapped_column(String(L.SIP_FIELD.length), default="")
    timeout_seconds: Mapped[int] = mapped_column(Integer, default=10)
    encoding: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="utf-8")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class LibrarySipOutbox(Base):
    """A district transaction done at the desk while the library was unreachable, waiting (or sent) in order."""

    __tablename__ = "library_sip_outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    txn_id: Mapped[str] = mapped_column(String(L.SIP_TXN_ID.length), unique=True)
    op: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))
    patron: Mapped[str | None] = mapped_column(String(L.SIP_FIELD.length))
    item: Mapped[str] = mapped_column(String(L.SIP_FIELD.length))
    due: Mapped[dt.date | None] = mapped_column(Date)  # the due date given at the desk (checkout, renewal)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)  # when it was done at the desk
    queued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    queued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    claim_token: Mapped[str | None] = mapped_column(String(L.SIP_TXN_ID.length))
    last_problem: Mapped[str | None] = mapped_column(String(L.CODE.length))  # why the last try did not get through
    last_problem_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    answer_due: Mapped[dt.date | None] = mapped_column(Date)  # the library's due date for an accepted checkout/renewal
    refusal: Mapped[str | None] = mapped_column(String(L.CODE.length))  # blocked | on_hold | unknown_item | refused
    library_message: Mapped[str | None] = mapped_column(String(L.SIP_MESSAGE.length))  # the library's own words
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution_note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_library_sip_outbox_state_id", "state", "id"),)


__all__ = ["LibrarySipLink", "LibrarySipOutbox"]
