"""Tables of 未诉先办 (acting before residents ask): the alert rules' settings and the alerts raised.

An alert is one rule true of one subject (a resident, a follow-up plan, a pick-up authorisation, a volunteer's
qualification, a request), named by `subject` ("resident:12"). While the rule stays true of it the alert is the same
row: `ux_alerts_current`, a partial unique index on (rule, subject) over the rows not yet ended, keeps two desks that
compute the list at the same moment from raising it twice. When the rule stops being true the row is ended
(`ended_on`); if it becomes true again later, that is a new alert.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.models.canteen import MealTicket
from db.models.requests import ServiceRequest
from db.types import UTCDateTime, utcnow

# The rows of alerts still true: the predicate of the partial unique index (SQLite and PostgreSQL both accept it).
CURRENT = "ended_on IS NULL"


class AlertRuleSetting(Base):
    """A rule's stored settings (the admin's edits); a rule without a row runs with its defaults
    (app.alerts.rules.RULES). `params` is JSON {threshold name: whole number}."""

    __tablename__ = "alert_rules"
    code: Mapped[str] = mapped_column(String(L.CODE.length), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    params: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Alert(Base):
    """One alert: rule × subject, from the day it was raised until the rule stops being true (`ended_on`).

    `state`: open | acted (turned into a visit request: `request_id`) | dismissed (with who and why)."""

    __tablename__ = "alerts"
    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(L.CODE.length))
    subject: Mapped[str] = mapped_column(String(L.AUDIT_KEY.length))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    raised_on: Mapped[dt.date] = mapped_column(Date)
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    since: Mapped[dt.date | None] = mapped_column(Date)
    facts: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the numbers when it was raised
    state: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="open")
    handled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    ended_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        Index(
            "ux_alerts_current",
            "rule",
            "subject",
            unique=True,
            sqlite_where=text(CURRENT),
            postgresql_where=text(CURRENT),
        ),
        Index("ix_alerts_raised_on", "raised_on", "rule"),
        Index("ix_alerts_handled_at", "handled_at"),
        Index("ix_alerts_ended_on", "ended_on"),
    )


# The canteen rule reads one month of tickets by day (app.alerts.compute.canteen_absent): this index covers it (day,
# status, diner), so the month is one range of the index, never the table's rows. Created by migration alerts_0001.
Index("ix_meal_tickets_day_resident", MealTicket.__table__.c.day, MealTicket.__table__.c.status,
      MealTicket.__table__.c.resident_id)  # fmt: skip

# The follow-up call rule reads the resolved requests (app.alerts.compute.followup_call) from this partial index
# alone: the few columns it shows, only for the rows waiting for their call. Created by migration alerts_0001.
AWAITING_CALLBACK = "status = 'resolved'"
_req = ServiceRequest.__table__.c
Index("ix_requests_awaiting_callback", _req.resolved_at, _req.id, _req.resident_id, _req.number, _req.contact_name,
      _req.callback_ok, sqlite_where=text(AWAITING_CALLBACK), postgresql_where=text(AWAITING_CALLBACK))  # fmt: skip
del _req
