"""Tables of the childcare counter: programs, children, their contacts, enrolments and the attendance log.

Attendance is append-only: a sign-in, a sign-out or an absence is one row; a mistake is corrected by voiding
the row (who, when, why) and recording the right one, never by deleting.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.types import UTCDateTime, utcnow


class ChildcareProgram(Base):
    """A program (托管, 四点半课堂, 暑托班, 晚托班). Times are local minutes after midnight; weekdays a mask (bit 0 = Monday)."""

    __tablename__ = "childcare_programs"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.TITLE.length))
    kind: Mapped[str] = mapped_column(String(L.CODE.length))  # daycare | after_school | summer | evening
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    weekdays: Mapped[int] = mapped_column(Integer, default=0b11111)
    open_min: Mapped[int] = mapped_column(Integer)
    close_min: Mapped[int] = mapped_column(Integer)
    groups: Mapped[str] = mapped_column(String(L.LONG_LIST.length), default="")  # comma-separated group names
    capacity: Mapped[int] = mapped_column(Integer)
    ratio_children_per_staff: Mapped[int] = mapped_column(Integer, default=10)
    # comma-separated: lunch,nap,homework,school_pickup
    options: Mapped[str] = mapped_column(String(L.SHORT_LIST.length), default="")
    absence_cutoff_min: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Child(Base):
    """A child. `medical_note` is private: only childcare staff and admins may read it; it never prints."""

    __tablename__ = "childcare_children"
    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), index=True)
    name: Mapped[str] = mapped_column(String(L.PERSON_NAME.length))
    gender: Mapped[str | None] = mapped_column(String(L.GENDER.length))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    school: Mapped[str] = mapped_column(String(L.TITLE.length), default="")
    grade: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length), default="")
    class_name: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length), default="")
    allergy_note: Mapped[str] = mapped_column(String(L.ALLERGY_NOTE.length), default="")
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
    role: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))  # guardian | pickup | emergency | blocked
    relation: Mapped[str] = mapped_column(String(L.RELATION.length), default="")
    phone: Mapped[str] = mapped_column(String(L.PHONE.length), default="")
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    id_last_digits: Mapped[str] = mapped_column(String(L.ID_LAST_DIGITS.length), default="")
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
    group_name: Mapped[str] = mapped_column(String(L.LABEL.length), default="")
    weekdays: Mapped[int] = mapped_column(Integer)
    options: Mapped[str] = mapped_column(String(L.SHORT_LIST.length), default="")
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    withdraw_reason: Mapped[str | None] = mapped_column(Text)


# The live (not voided) rows of one kind: the predicate of the partial unique indexes below. Literal SQL that
# SQLite (3.8+) and PostgreSQL both accept as a partial index's WHERE clause.
LIVE_IN = "kind = 'in' AND voided_at IS NULL"
LIVE_OUT = "kind = 'out' AND voided_at IS NULL"


class ChildAttendance(Base):
    """One attendance event: kind `in`, `out` or `absent`. Voided rows stay, with who and why.

    Across workstations the database itself keeps the day's rules (DOMAIN "Several workstations": one sign-in per
    child per day), not a read-then-write in Python that two desks pass at the same moment:

    - `ux_childcare_attendance_live_in`: a partial unique index on (child_id, day) over the live `in` rows, so a
      second live sign-in of the same child and day cannot be stored; a voided sign-in no longer counts, so a
      corrected record can be written again.
    - `ux_childcare_attendance_live_out`: the same for `out`: one open sign-out, so two desks releasing the same
      child at once store one release, never two.

    Both are ordinary partial indexes (`CREATE UNIQUE INDEX … WHERE …`) that SQLite and PostgreSQL enforce alike.
    On SQLite a write unit already starts with BEGIN IMMEDIATE (one writer at a time), so the service's own check
    refuses first and the index is the backstop; on PostgreSQL (READ COMMITTED) the second transaction waits on the
    first's index entry and fails with a unique violation when it commits, which the service turns into the same
    message as its own check (`app.childcare.service`).

    A release by override records the approving account (`override_by_user_id`, name in `override_staff`), the
    reason, what was overridden (`override_kind`), and for an adult not on the child's list their name
    (`adult_name`), phone (`adult_phone`) and, when an ID card was shown, only its masked form (`adult_id_masked`,
    `320302********1234`): what the record needs, not the full number.
    """

    __tablename__ = "childcare_attendance"
    __table_args__ = (
        Index("ix_childcare_attendance_child_day", "child_id", "day"),
        Index("ix_childcare_attendance_program_day", "program_id", "day"),
        Index(
            "ux_childcare_attendance_live_in",
            "child_id",
            "day",
            unique=True,
            sqlite_where=text(LIVE_IN),
            postgresql_where=text(LIVE_IN),
        ),
        Index(
            "ux_childcare_attendance_live_out",
            "child_id",
            "day",
            unique=True,
            sqlite_where=text(LIVE_OUT),
            postgresql_where=text(LIVE_OUT),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("childcare_children.id"))
    program_id: Mapped[int] = mapped_column(ForeignKey("childcare_programs.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("childcare_contacts.id"))
    adult_name: Mapped[str] = mapped_column(String(L.PERSON_NAME.length), default="")
    alone: Mapped[bool] = mapped_column(Boolean, default=False)
    method: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="desk")  # desk | pin | qr
    absence_reason: Mapped[str] = mapped_column(String(L.CODE.length), default="")  # notified | sick | other
    note: Mapped[str] = mapped_column(Text, default="")
    # an adult not on the list: their phone and ID number (masked)
    adult_phone: Mapped[str] = mapped_column(String(L.PHONE.length), default="", server_default="")
    adult_id_masked: Mapped[str] = mapped_column(String(L.ID_NUMBER.length), default="", server_default="")
    # the approving account's display name
    override_staff: Mapped[str | None] = mapped_column(String(L.STAFF_NAME.length))
    override_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    override_kind: Mapped[str | None] = mapped_column(String(L.CODE.length))  # see app.childcare.release.OVERRIDE_KINDS
    override_reason: Mapped[str | None] = mapped_column(Text)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    staff_name: Mapped[str] = mapped_column(String(L.STAFF_NAME.length), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    voided_by: Mapped[str | None] = mapped_column(String(L.STAFF_NAME.length))
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
    updated_by: Mapped[str] = mapped_column(String(L.STAFF_NAME.length), default="")
