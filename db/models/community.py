"""Tables of buildings and care at the door: building councils (楼栋自治理事会) and their members, 三带一联 links,
visits (走访), council meetings (议事) and their follow-up tasks.

Households are not a table: a household is the address its residents share (楼栋 / 单元 / 室 on `residents`), so it
is derived, never retyped. Rows that point at a household (a visit, a link) keep that address as three strings, with
"" for a part the address does not have (a building without units), the way `household_key` in
`app.community.households` spells it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.models.core import Resident
from db.types import UTCDateTime, utcnow

# Residents by address: households, a building's board and the joins of app.community.queries go through it.
Index("ix_residents_address", Resident.building, Resident.unit, Resident.room, Resident.archived_at)


class Council(Base):
    """A building's (or, with no building, the estate's) self-governing council. Archived, never deleted."""

    __tablename__ = "community_councils"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(L.TITLE.length))
    building: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length), default="")  # "" = the whole estate
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class CouncilMember(Base):
    """A resident's seat on a council: role (chair 理事长, building_head 楼栋长, unit_head 单元长, member), from when
    to when. Ending a seat sets `ended_on`; the row stays as history."""

    __tablename__ = "community_council_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("community_councils.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    role: Mapped[str] = mapped_column(String(L.CODE.length))
    unit: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length), default="")  # a 单元长's unit
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (Index("ix_community_council_members_council", "council_id", "ended_on"),)


class CareLink(Base):
    """三带一联: a party member looks after a household, a unit or a building (`scope`), from `started_on` until
    `ended_on`. The address parts not in scope are "" (a unit link has room "")."""

    __tablename__ = "community_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    party_member_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    scope: Mapped[str] = mapped_column(String(L.CODE.length))  # household | unit | building
    building: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length))
    unit: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length), default="")
    room: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length), default="")
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_community_links_address", "building", "unit", "room"),
        Index("ix_community_links_member", "party_member_id"),
        # One live link per member and place, also when two workstations add it at once.
        Index(
            "uq_community_links_live",
            "party_member_id",
            "scope",
            "building",
            "unit",
            "room",
            unique=True,
            sqlite_where=text("ended_on IS NULL"),
            postgresql_where=text("ended_on IS NULL"),
        ),
    )


class Visit(Base):
    """A visit (走访) to a household on a local day: who went (a staff account and/or a party member), whom they met,
    what they found; a need found may have become a request (`request_id`). Voided, never deleted."""

    __tablename__ = "community_visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    visited_on: Mapped[dt.date] = mapped_column(Date)
    building: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length))
    unit: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length), default="")
    room: Mapped[str] = mapped_column(String(L.ADDRESS_PART.length), default="")
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))  # the resident met, if one
    visitor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    visitor_resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))  # a party member
    visitor_name: Mapped[str] = mapped_column(String(L.STAFF_NAME.length), default="")
    kind: Mapped[str] = mapped_column(String(L.CODE.length))  # routine | care | follow_up | council
    result: Mapped[str] = mapped_column(String(L.CODE.length))  # all_well | need_found | not_home
    findings: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_community_visits_address", "building", "unit", "room", "visited_on"),
        Index("ix_community_visits_resident", "resident_id", "visited_on"),
        Index("ix_community_visits_day", "visited_on", "id"),
        Index("ix_community_visits_request", "request_id"),
    )


class Meeting(Base):
    """A council meeting (议事): when, agenda, decisions; attendance in `community_meeting_attendees`."""

    __tablename__ = "community_meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("community_councils.id"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(L.TITLE.length))
    agenda: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (Index("ix_community_meetings_council", "council_id", "held_on"),)


class MeetingAttendee(Base):
    """A resident present at a meeting."""

    __tablename__ = "community_meeting_attendees"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("community_meetings.id"), primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), primary_key=True)


class MeetingTask(Base):
    """A follow-up task a meeting decided: what, who (a resident), by when; done with who recorded it and when."""

    __tablename__ = "community_tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("community_meetings.id"))
    description: Mapped[str] = mapped_column(Text)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    done_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_community_tasks_meeting", "meeting_id"),)


__all__ = ["CareLink", "Council", "CouncilMember", "Meeting", "MeetingAttendee", "MeetingTask", "Visit"]
