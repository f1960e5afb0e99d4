"""Tables of the childcare counter: programs, children, their contacts, enrolments and the attendance log.

Attendance is append-only: a sign-in, a sign-out or an absence is one row; a mistake is corrected by voiding
the row (who, when, why) and recording the right one, never by deleting.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, utcnow


class ChildcareProgram(Base):
    """A program (托管, 四点半课堂, 暑托班, 晚托班). Times are local minutes after midnight; weekdays a mask (bit 0 = Monday)."""

    __tablename__ = "childcare_programs"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))  # daycare | after_school | summer | evening
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    weekdays: Mapped[int] = mapped_column(Integer, default=0b11111)
    open_min: Mapped[int] = mapped_column(Integer)
    close_min: Mapped[int] = mapped_column(Integer)
    groups: Mapped[str] = mapped_column(String(300), default="")  # comma-separated group names
    capacity: Mapped[int] = mapped_column(Integer)
    ratio_children_per_staff: Mapped[int] = mapped_column(Integer, default=10)
    options: Mapped[str] = mapped_column(String(100), default="")  # comma-separated: lunch,nap,homework,school_pickup
    absence_cutoff_min: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Child(Base):
    """A child. `medical_note` is private: only childcare staff and admins may read it; it never prints."""

    __tablename__ = "childcare_children"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    school: Mapped[str] = mapped_column(String(100), default="")
    grade: Mapped[str] = mapped_column(String(20), default="")
    class_name: Mapped[str] = mapped_column(String(20), default="")
    allergy_note: Mapped[str] = mapped_column(String(60), default="")
    medical_note: Mapped[str] = mapped_column(Text, default="")
    health_disclosure_on_file: Mapped[bool] = mapped_column(Boolean, default=False)
    safety_agreement_on_file: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class ChildContact(Base):
    """An adult linked to a child: guardian, authorised pick-up, emergency only, or blocked."""

    __tablename__ = "childcare_contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("childcare_children.id"), index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    role: Mapped[str] = mapped_column(String(10))  # guardian | pickup | emergency | blocked
    relation: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    id_last_digits: Mapped[str] = mapped_column(String(6), default="")
    may_leave_alone_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class ChildEnrolment(Base):
    """A child's place in a program and group, on some weekdays (mask), between two dates."""

    __tablename__ = "childcare_enrolments"
    __table_args__ = (Index("ix_childcare_enrolments_program_group", "program_id", "group_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("childcare_children.id"), index=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("childcare_programs.id"))
    group_name: Mapped[str] = mapped_column(String(50), default="")
    weekdays: Mapped[int] = mapped_column(Integer)
    options: Mapped[str] = mapped_column(String(100), default="")
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    withdraw_reason: Mapped[str | None] = mapped_column(Text)


class ChildAttendance(Base):
    """One attendance event: kind `in`, `out` or `absent`. Voided rows stay, with who and why."""

    __tablename__ = "childcare_attendance"
    __table_args__ = (
        Index("ix_childcare_attendance_child_day", "child_id", "day"),
        Index("ix_childcare_attendance_program_day", "program_id", "day"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("childcare_children.id"))
    program_id: Mapped[int] = mapped_column(ForeignKey("childcare_programs.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("childcare_contacts.id"))
    adult_name: Mapped[str] = mapped_column(String(50), default="")
    alone: Mapped[bool] = mapped_column(Boolean, default=False)
    method: Mapped[str] = mapped_column(String(10), default="desk")  # desk | pin | qr
    absence_reason: Mapped[str] = mapped_column(String(20), default="")  # notified | sick | other
    note: Mapped[str] = mapped_column(Text, default="")
    override_staff: Mapped[str | None] = mapped_column(String(100))
    override_reason: Mapped[str | None] = mapped_column(Text)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    staff_name: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    voided_by: Mapped[str | None] = mapped_column(String(100))
    void_reason: Mapped[str | None] = mapped_column(Text)


class ChildcareDuty(Base):
    """Who is on duty for a program on a day (names, one per line): the live board's staff-to-child ratio and the
    day's record. One current row per program and day; a change replaces the names and is audited."""

    __tablename__ = "childcare_duty"
    __table_args__ = (Index("ix_childcare_duty_program_day", "program_id", "day", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("childcare_programs.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    staff_names: Mapped[str] = mapped_column(Text, default="")  # newline-separated
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
