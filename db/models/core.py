"""Tables every counter shares: settings, staff, residents, the calendar, sequences, the audit trail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    DDL,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db import limits as L
from db import name_grams
from db.models.base import Base
from db.types import UTCDateTime, utcnow


class Setting(Base):
    """One center-wide setting; `value` is JSON text."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(L.SETTING_KEY.length), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class User(Base):
    """A staff account. Roles live in `user_roles`; a person may hold several."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(L.USERNAME.length), unique=True)
    display_name: Mapped[str] = mapped_column(String(L.STAFF_NAME.length))
    password_hash: Mapped[str | None] = mapped_column(String(L.PASSWORD_HASH.length))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    roles: Mapped[list[UserRole]] = relationship(back_populates="user", cascade="all, delete-orphan", lazy="selectin")


class UserRole(Base):
    __tablename__ = "user_roles"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(L.ROLE.length), primary_key=True)
    user: Mapped[User] = relationship(back_populates="roles")


class Resident(Base):
    """A resident of the community, registered once and shared by every counter (一人一档)."""

    __tablename__ = "residents"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.PERSON_NAME.length))
    gender: Mapped[str | None] = mapped_column(String(L.GENDER.length))  # "M" / "F"
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(L.ID_NUMBER.length), unique=True)
    phone: Mapped[str | None] = mapped_column(String(L.PHONE.length))
    building: Mapped[str | None] = mapped_column(String(L.ADDRESS_PART.length))
    unit: Mapped[str | None] = mapped_column(String(L.ADDRESS_PART.length))
    room: Mapped[str | None] = mapped_column(String(L.ADDRESS_PART.length))
    household: Mapped[str | None] = mapped_column(String(L.PERSON_NAME.length))
    is_local: Mapped[bool] = mapped_column(Boolean, default=True)
    emergency_contact: Mapped[str | None] = mapped_column(String(L.PERSON_NAME.length))
    emergency_phone: Mapped[str | None] = mapped_column(String(L.PHONE.length))
    notes: Mapped[str | None] = mapped_column(Text)
    # Search keys, maintained by app.residents on every save.
    name_pinyin: Mapped[str] = mapped_column(String(L.PINYIN.length), default="")
    name_initials: Mapped[str] = mapped_column(String(L.INITIALS.length), default="")
    # The ordinary reading when the surname's differs (阚泽: kanze/kz above, hanze/hz here), so either finds them.
    name_pinyin_alt: Mapped[str | None] = mapped_column(String(L.PINYIN.length))
    name_initials_alt: Mapped[str | None] = mapped_column(String(L.INITIALS.length))
    id_reversed: Mapped[str | None] = mapped_column(String(L.ID_NUMBER.length))
    phone_reversed: Mapped[str | None] = mapped_column(String(L.PHONE.length))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    archived_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    archive_reason: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[ResidentTag]] = relationship(
        back_populates="resident", cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (
        Index("ix_residents_name", "name", "id"),
        Index("ix_residents_name_initials", "name_initials", "id"),
        Index("ix_residents_name_pinyin", "name_pinyin", "id"),
        Index("ix_residents_name_initials_alt", "name_initials_alt", "id"),
        Index("ix_residents_name_pinyin_alt", "name_pinyin_alt", "id"),
        Index("ix_residents_id_reversed", "id_reversed"),
        Index("ix_residents_phone", "phone"),
        Index("ix_residents_phone_reversed", "phone_reversed"),
        Index("ix_residents_name_birth", "name", "birth_date"),
    )


#: The columns resident search ranges over (app.residents.service.search_sql).
SEARCH_COLUMNS = (
    "name",
    "name_initials",
    "name_initials_alt",
    "name_pinyin",
    "name_pinyin_alt",
    "phone",
    "phone_reversed",
    "id_number",
    "id_reversed",
)
# PostgreSQL only: resident search compares its prefix ranges COLLATE "C" (code-point order, whatever the database's
# own collation), and an index serves a comparison only in its own collation, so each searched column has a "C"
# index beside the ordinary one (migration core_0004_search_c_collate). SQLite compares text in code-point order
# (BINARY) already, and its ordinary indexes serve the search. The collation rides in `postgresql_ops`, which
# PostgreSQL's CREATE INDEX places after the column (`name COLLATE "C"`): a plain column index, as the server
# reflects it, where an expression (`name.collate("C")`) would not compare equal to what is migrated.
for _column in SEARCH_COLUMNS:
    Index(f"ix_residents_{_column}_c", Resident.__table__.c[_column], postgresql_ops={_column: 'COLLATE "C"'}).ddl_if(
        dialect="postgresql"
    )
del _column


class ResidentNameGram(Base):
    """One character, or two adjacent ones, of a resident's name: the index behind finding a resident by any part of
    the name (db.name_grams; filled by triggers on residents, never written by the app)."""

    __tablename__ = "resident_name_grams"
    gram: Mapped[str] = mapped_column(String(L.NAME_GRAM.length), primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = {"sqlite_with_rowid": False}


for _ddl in name_grams.SQLITE_TRIGGERS:
    event.listen(ResidentNameGram.__table__, "after_create", DDL(_ddl).execute_if(dialect="sqlite"))
for _ddl in name_grams.POSTGRESQL_TRIGGERS:
    event.listen(ResidentNameGram.__table__, "after_create", DDL(_ddl).execute_if(dialect="postgresql"))
del _ddl


class ResidentTag(Base):
    """A category tag (低保, 党员 …) with an optional detail such as the party branch or disability grade."""

    __tablename__ = "resident_tags"
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(L.ROLE.length), primary_key=True)
    detail: Mapped[str | None] = mapped_column(String(L.TAG_DETAIL.length))
    resident: Mapped[Resident] = relationship(back_populates="tags")

    __table_args__ = (Index("ix_resident_tags_tag", "tag", "resident_id"),)


class CalendarDay(Base):
    """An exception to the Monday–Friday week: a public holiday, or a weekend made a working day (调休)."""

    __tablename__ = "calendar_days"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    # "holiday" | "workday" | "normal" (the center made an official holiday or make-up day an ordinary day)
    kind: Mapped[str] = mapped_column(String(L.SHORT_CODE.length))
    name: Mapped[str] = mapped_column(String(L.LABEL.length), default="")
    # "official": filled from the State Council's calendar (app.workdays.fill_official); "center": the center's own
    # entry or edit, which the official fill never changes
    source: Mapped[str] = mapped_column(String(L.SHORT_CODE.length), default="center", server_default="center")


class Sequence(Base):
    """Gapless counters (request numbers per year, ticket numbers per day and slot).

    Incremented inside the same write transaction as the record that uses the number, so a rolled-back
    save leaves no gap and two workstations never get the same number.
    """

    __tablename__ = "sequences"
    name: Mapped[str] = mapped_column(String(L.SETTING_KEY.length), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Append-only trail of who did what; the database refuses updates and deletes (see migration)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(L.USERNAME.length), default="")
    action: Mapped[str] = mapped_column(String(L.AUDIT_ACTION.length))
    entity: Mapped[str] = mapped_column(String(L.AUDIT_KEY.length), default="")
    entity_id: Mapped[str | None] = mapped_column(String(L.AUDIT_KEY.length))
    summary: Mapped[str] = mapped_column(Text, default="")
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    workstation: Mapped[str] = mapped_column(String(L.WORKSTATION.length), default="")
    # The hash chain (db.audit_chain): the previous entry's seal and this entry's own.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_user", "user_id", "at"),
    )


class AuditChainHead(Base):
    """One row (id 1): the newest audit entry and its seal. Every append locks it (SELECT … FOR UPDATE on
    PostgreSQL; SQLite's BEGIN IMMEDIATE serialises writers anyway), so the chain never forks; it also shows
    when the newest entries were removed."""

    __tablename__ = "audit_chain_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int | None] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
