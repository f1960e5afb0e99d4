"""Tables of the requests counter: 群众点单 → 中心派单 → 部门签收 → 党员领单 → 办结 → 回访, and the service station."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.types import UTCDateTime, utcnow


class RequestDepartment(Base):
    """A department of the center or a partner organisation (红色合伙人: hospital, library, property company…)."""

    __tablename__ = "req_departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.TITLE.length), unique=True)
    is_partner: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(L.OFFICE_PHONE.length), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class RequestCategory(Base):
    """What a request is about; proposes the department and the deadline in working days."""

    __tablename__ = "req_categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.TITLE.length), unique=True)
    default_department_id: Mapped[int | None] = mapped_column(ForeignKey("req_departments.id"))
    deadline_days: Mapped[int] = mapped_column(Integer, default=5)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class DepartmentCategory(Base):
    """Which categories a department or partner handles."""

    __tablename__ = "req_department_categories"
    department_id: Mapped[int] = mapped_column(ForeignKey("req_departments.id"), primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("req_categories.id"), primary_key=True)


class ServiceRequest(Base):
    """One request of a resident (or an anonymous caller), numbered `2026-000123`."""

    __tablename__ = "requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(L.REQUEST_NUMBER.length), unique=True)
    channel: Mapped[str] = mapped_column(String(L.CODE.length))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    contact_name: Mapped[str] = mapped_column(String(L.PERSON_NAME.length), default="")
    contact_phone: Mapped[str] = mapped_column(String(L.PHONE.length), default="")
    category_id: Mapped[int] = mapped_column(ForeignKey("req_categories.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("req_departments.id"))
    urgency: Mapped[str] = mapped_column(String(L.CODE.length), default="normal")  # normal | urgent | very_urgent
    description: Mapped[str] = mapped_column(Text)
    callback_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(L.CODE.length))
    intake_day: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    waiting_since: Mapped[dt.date | None] = mapped_column(Date)  # the clock stops while waiting on the resident
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    extension_days: Mapped[int | None] = mapped_column(Integer)  # a pending extension request
    extension_reason: Mapped[str | None] = mapped_column(Text)
    resolution_note: Mapped[str | None] = mapped_column(Text)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[str | None] = mapped_column(String(L.CODE.length))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    responded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_requests_status_id", "status", "id"),
        Index("ix_requests_department_id", "department_id", "id"),
        Index("ix_requests_category_id", "category_id", "id"),
        Index("ix_requests_channel_id", "channel", "id"),
        Index("ix_requests_resident_id", "resident_id", "id"),
        Index("ix_requests_created_by_id", "created_by_id", "id"),
        Index("ix_requests_assigned_to_id", "assigned_to_id", "id"),
        Index("ix_requests_intake_day", "intake_day", "id"),
        Index("ix_requests_due_date", "due_date", "status"),
    )


class RequestEvent(Base):
    """The status history: who, when, from, to, what and a note. Append-only."""

    __tablename__ = "request_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(L.USERNAME.length), default="")
    action: Mapped[str] = mapped_column(String(L.HISTORY_ACTION.length))
    from_status: Mapped[str | None] = mapped_column(String(L.CODE.length))
    to_status: Mapped[str] = mapped_column(String(L.CODE.length))
    note: Mapped[str] = mapped_column(Text, default="")


class RequestClaim(Base):
    """A party member (a resident tagged 党员) who claimed the work (领单)."""

    __tablename__ = "request_claims"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    minutes_credited: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("request_id", "resident_id", name="uq_request_claims_member"),)


class RequestFollowUp(Base):
    """A follow-up call (回访): answered, with the resident's rating (satisfied, basically satisfied, unsatisfied), or
    an attempt that did not reach the resident (`outcome` not_reached or declined, no rating). Append-only."""

    __tablename__ = "request_followups"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(L.CODE.length), default="answered", server_default="answered")
    rating: Mapped[str | None] = mapped_column(String(L.CODE.length))  # None: not answered
    note: Mapped[str] = mapped_column(Text, default="")


class StationService(Base):
    """A one-click service of the station (饮水, 充电…); the center may add its own."""

    __tablename__ = "station_services"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.LABEL.length), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class StationVisit(Base):
    """One click: +1, or -1 reversing an earlier click (`reverses_id`). Never deleted."""

    __tablename__ = "station_visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("station_services.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    delta: Mapped[int] = mapped_column(Integer, default=1)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("station_visits.id"), unique=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (Index("ix_station_visits_day", "day", "service_id"),)
