"""Tables of the activities and classes counter (活动与课程): courses and groups, their sessions, sign-ups with a
waitlist, attendance per session and completion certificates.

Times of a session are **local** (the center's time zone): the local date it begins (`day`), minutes after that
local midnight (`start_min`) and a length in minutes (`duration_min`), so a rehearsal 19:30 + 270 min ends at 00:00
the next day without a second date. Instants (`*_at`) are UTC (`UTCDateTime`).

Rules that hold across workstations live here: one live course per name, term, schedule and place, one live
sign-up per resident and course and one live attendance per resident and session (partial unique indexes), one
ledger entry per session taught (a unique column), fees and capacities never negative, a session never ending
before it starts (CHECKs). Capacity is kept by locking the
course's row before counting (app.activities.service.sign_up).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.types import UTCDateTime, utcnow

LIVE_ENROLMENT = "status <> 'withdrawn'"
LIVE_ATTENDANCE = "voided_at IS NULL"
LIVE_COURSE = "archived_at IS NULL"
# what makes two courses the same one entered twice: name, term, weekly schedule, start time and place
SAME_COURSE = ("name", "starts_on", "ends_on", "weekdays", "start_min", "place")


class ActivityCourse(Base):
    """A course or group: 老年大学 course (`senior_college`), 文体队伍 (`troupe`), interest class (`interest`), or a
    one-off event or performance (`event`, one session; `group_id` the troupe that performed).

    Schedule: `weekdays` a mask (bit 0 = Monday; 0 for a one-off on `starts_on`), each session from local minute
    `start_min` for `duration_min` minutes. Teacher: `teacher_kind` resident | volunteer (`teacher_resident_id`) or
    partner (`teacher_department_id`, a partner organisation of the requests counter, and `teacher_name`).
    Conditions: age reached (周岁) on the term's first day within `min_age`..`max_age`, and, when `required_tags`
    is set, at least one of those resident tags (app/residents/tags.py). `fee_fen` 0 is free."""

    __tablename__ = "activity_courses"
    __table_args__ = (
        CheckConstraint("capacity >= 1", name="capacity_positive"),
        CheckConstraint("fee_fen >= 0", name="fee_not_negative"),
        CheckConstraint("duration_min >= 1", name="duration_positive"),
        CheckConstraint("ends_on >= starts_on", name="term_in_order"),
        # one live course per name, term, schedule and place: a double click on Save, or two desks entering the
        # same course at once, cannot make two (app.activities.service.save_course says so in words)
        Index(
            "ux_activity_courses_live_same",
            *SAME_COURSE,
            unique=True,
            sqlite_where=text(LIVE_COURSE),
            postgresql_where=text(LIVE_COURSE),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.TITLE.length))
    kind: Mapped[str] = mapped_column(String(L.CODE.length))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    weekdays: Mapped[int] = mapped_column(Integer, default=0)
    start_min: Mapped[int] = mapped_column(Integer)
    duration_min: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(L.TITLE.length), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    teacher_kind: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="none")
    teacher_resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    # req_departments.id and volunteer_hours.id below are plain integers, not foreign keys: those tables live on the
    # requests and volunteers migration branches, which this branch cannot depend on without leaving extra heads
    teacher_department_id: Mapped[int | None] = mapped_column(Integer)
    teacher_name: Mapped[str] = mapped_column(String(L.PERSON_NAME.length), default="")
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    required_tags: Mapped[str] = mapped_column(String(L.LIST.length), default="")  # comma-separated tag codes
    fee_fen: Mapped[int] = mapped_column(Integer, default=0)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("activity_courses.id"))
    audience: Mapped[int | None] = mapped_column(Integer)  # an event's audience, counted
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    archive_reason: Mapped[str | None] = mapped_column(Text)


class ActivitySession(Base):
    """One dated session: local `day`, local minute `start_min` of that day, `duration_min` long (it may end after
    midnight). `held_at` is set when attendance was first taken; a volunteer teacher's hours for it are the ledger
    entry `hours_entry_id` (unique: one entry per session taught, never two)."""

    __tablename__ = "activity_sessions"
    __table_args__ = (
        Index("ux_activity_sessions_course_start", "course_id", "day", "start_min", unique=True),
        Index("ix_activity_sessions_day", "day"),
        CheckConstraint("duration_min >= 1", name="duration_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("activity_courses.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    start_min: Mapped[int] = mapped_column(Integer)
    duration_min: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(L.TITLE.length), default="")
    held_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    hours_entry_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(Text)


class ActivityEnrolment(Base):
    """A resident's place in a course: `booked`, `waitlist` (in order of `created_at`, id) or `withdrawn` (kept,
    with who, when and why). One live (not withdrawn) sign-up per resident and course."""

    __tablename__ = "activity_enrolments"
    __table_args__ = (
        Index("ix_activity_enrolments_course", "course_id", "status"),
        Index("ix_activity_enrolments_resident", "resident_id"),
        Index(
            "ux_activity_enrolments_live",
            "course_id",
            "resident_id",
            unique=True,
            sqlite_where=text(LIVE_ENROLMENT),
            postgresql_where=text(LIVE_ENROLMENT),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("activity_courses.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    status: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # booked | waitlist | withdrawn
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    promoted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    withdraw_reason: Mapped[str | None] = mapped_column(Text)


class ActivityAttendance(Base):
    """A resident present at a session, by `method` list | name | qr. Unticked later: voided (who, when, why), never
    deleted; one live row per resident and session."""

    __tablename__ = "activity_attendance"
    __table_args__ = (
        Index("ix_activity_attendance_resident", "resident_id"),
        Index(
            "ux_activity_attendance_live",
            "session_id",
            "resident_id",
            unique=True,
            sqlite_where=text(LIVE_ATTENDANCE),
            postgresql_where=text(LIVE_ATTENDANCE),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("activity_sessions.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    method: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)


class ActivityCertificate(Base):
    """An issued 结业证书. The printed figures are stored, so issuing it again reproduces it exactly."""

    __tablename__ = "activity_certificates"
    __table_args__ = (Index("ux_activity_certificates_course_resident", "course_id", "resident_id", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(L.NUMBER.length), unique=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("activity_courses.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    attended: Mapped[int] = mapped_column(Integer)
    sessions: Mapped[int] = mapped_column(Integer)
    content_json: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


# A course fee's ledger (activity_fee_entries.kind): the fee taken at the desk, and its refund.
FEE_PAYMENT = "payment"
FEE_REFUND = "refund"


class ActivityFeeEntry(Base):
    """Money for a place on a paid course, append-only: the fee taken (`payment`, amount > 0, a gapless receipt
    number `KC2026-000001`, the payment method) and, if it is given back, its reversal (`refund`, the negative
    amount, with why). Never changed or deleted. One payment and at most one refund per sign-up across every
    workstation: the unique index `ux_activity_fee_entries_kind` (a second desk's insert fails and the service says
    the fee is already taken)."""

    __tablename__ = "activity_fee_entries"
    __table_args__ = (
        Index("ux_activity_fee_entries_kind", "enrolment_id", "kind", unique=True),
        Index("ix_activity_fee_entries_at", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("activity_enrolments.id"))
    kind: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # payment | refund
    amount_fen: Mapped[int] = mapped_column(Integer)  # payment > 0, refund < 0
    payment: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="cash")  # cash | wechat | alipay
    receipt_no: Mapped[str | None] = mapped_column(String(L.NUMBER.length))
    reason: Mapped[str | None] = mapped_column(Text)  # a refund's why
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
