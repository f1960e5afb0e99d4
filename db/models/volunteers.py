"""Tables of the volunteers counter: volunteers, posts, shifts and templates, sign-ups, the hours ledger, certificates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.types import UTCDateTime, utcnow


class Volunteer(Base):
    """A resident who volunteers. One record per resident; archived, never deleted."""

    __tablename__ = "volunteers"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # student | party | resident
    school: Mapped[str] = mapped_column(String(L.TITLE.length), default="")
    student_number: Mapped[str] = mapped_column(String(L.EXTERNAL_NUMBER.length), default="")
    branch: Mapped[str] = mapped_column(String(L.TITLE.length), default="")
    skills: Mapped[str] = mapped_column(String(L.LONG_LIST.length), default="")  # comma-separated
    availability: Mapped[str] = mapped_column(String(L.LIST.length), default="")
    external_number: Mapped[str] = mapped_column(String(L.EXTERNAL_NUMBER.length), default="")  # 志愿汇 / i志愿
    guardian_name: Mapped[str] = mapped_column(String(L.PERSON_NAME.length), default="")
    guardian_consent_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    archive_reason: Mapped[str | None] = mapped_column(Text)


class VolunteerQualification(Base):
    """A certificate a volunteer holds (first aid, teacher's licence …) with its expiry."""

    __tablename__ = "volunteer_qualifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    name: Mapped[str] = mapped_column(String(L.TITLE.length))
    expires_on: Mapped[dt.date | None] = mapped_column(Date)


class VolunteerPost(Base):
    """Where volunteers serve. Built-in posts carry a code (translated name); the center may add its own."""

    __tablename__ = "volunteer_posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(L.CODE.length), unique=True)
    name: Mapped[str] = mapped_column(String(L.LABEL.length))
    place: Mapped[str] = mapped_column(String(L.TITLE.length), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ShiftTemplate(Base):
    """A weekly repeating shift: weekday (0 = Monday) it begins on and local times in minutes after midnight
    (an end at or before the start is the next day)."""

    __tablename__ = "volunteer_shift_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("volunteer_posts.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(L.TITLE.length), default="")
    min_people: Mapped[int] = mapped_column(Integer, default=1)
    max_people: Mapped[int] = mapped_column(Integer, default=1)
    required_skills: Mapped[str] = mapped_column(String(L.LIST.length), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Shift(Base):
    """One dated shift. Times are local minutes after midnight of `day`, the day it begins; an end at or before the
    start is on the next day (22:00–02:00), see app.volunteers.roster.shift_minutes."""

    __tablename__ = "volunteer_shifts"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("volunteer_posts.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(L.TITLE.length), default="")
    min_people: Mapped[int] = mapped_column(Integer, default=1)
    max_people: Mapped[int] = mapped_column(Integer, default=1)
    required_skills: Mapped[str] = mapped_column(String(L.LIST.length), default="")
    template_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer_shift_templates.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_volunteer_shifts_day", "day", "post_id"),
        UniqueConstraint("template_id", "day", name="uq_volunteer_shifts_template_day"),
    )


class SignUp(Base):
    """A volunteer on a shift: booked, waitlisted or dropped (kept with who and why), and attendance."""

    __tablename__ = "volunteer_signups"
    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("volunteer_shifts.id"))
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))
    status: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # booked | waitlist | dropped
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    promoted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    dropped_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    dropped_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    drop_reason: Mapped[str | None] = mapped_column(Text)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    checked_out_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    no_show: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_volunteer_signups_shift", "shift_id", "status"),
        Index("ix_volunteer_signups_volunteer", "volunteer_id", "status"),
    )


class HoursEntry(Base):
    """The single hours ledger. Every entry has a source (shift, manual, request) and counts only when approved."""

    __tablename__ = "volunteer_hours"
    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))
    source: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # shift | manual | request
    source_ref: Mapped[str] = mapped_column(String(L.EXTERNAL_NUMBER.length), default="")
    signup_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer_signups.id"), unique=True)
    day: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="pending")  # pending | approved | rejected
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    review_reason: Mapped[str] = mapped_column(String(L.REVIEW_REASON.length), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_volunteer_hours_volunteer_day", "volunteer_id", "day"),
        Index("ix_volunteer_hours_status", "status", "day"),
    )


class VolunteerCertificate(Base):
    """An issued 志愿服务记录证明. The figures are stored, so issuing it again reproduces them exactly."""

    __tablename__ = "volunteer_certificates"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(L.NUMBER.length), unique=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    total_minutes: Mapped[int] = mapped_column(Integer)
    content_json: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (UniqueConstraint("volunteer_id", "period_from", "period_to", name="uq_volunteer_cert_period"),)
