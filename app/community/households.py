"""Households, units and buildings, derived from residents' addresses (楼栋 / 单元 / 室), never retyped.

A household is the address its residents share. Its key is `(building, unit, room)` as stored on `residents`, with
"" for a part the address lacks; visits and links store the same three strings. Typing "6-2-301", "6栋2单元301",
"6号楼2单元301室" or "６－２－３０１" finds it (`parse_address`); stored values with or without 栋/单元/室 match.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app import clock
from app.accounts.permissions import RECORD_VISITS, require
from app.actor import Actor
from app.boundary import checked
from app.i18n import translate
from app.residents.tags import LIVING_ALONE, PARTY_MEMBER
from app.typed import fold
from db.engine import Database
from db.models.community import CareLink, Visit
from db.models.core import Resident, ResidentTag

HouseholdKey = tuple[str, str, str]

_MARKS = re.compile(r"(号楼|栋|幢|单元|室|号|楼)")
_SEPARATORS = re.compile(r"[\s\-–—/\\,，、.]+")
_BUILDING_SUFFIXES = ("", "栋", "号楼", "幢", "号")
_UNIT_SUFFIXES = ("", "单元")
_ROOM_SUFFIXES = ("", "室", "号")


@dataclass(frozen=True)
class AddressQuery:
    """What was typed, split: building, and optionally unit and room. `second` is a part after the building whose
    kind the typing did not say ("6-301": a unit or a room)."""

    building: str
    unit: str | None = None
    room: str | None = None
    second: str | None = None


def parse_address(text: str) -> AddressQuery | None:
    """ "6-2-301" / "6栋2单元301" / "6号楼2单元301室" / "6栋" / "6-2" → the parts; None when nothing is typed."""
    folded = fold(text or "").strip()
    if not folded:
        return None
    had_unit = "单元" in folded
    had_room = "室" in folded
    parts = [p for p in _SEPARATORS.split(_MARKS.sub("-", folded)) if p]
    if not parts:
        return None
    if len(parts) == 1:
        return AddressQuery(parts[0])
    if len(parts) == 2:
        if had_unit:
            return AddressQuery(parts[0], unit=parts[1])
        if had_room:
            return AddressQuery(parts[0], room=parts[1])
        return AddressQuery(parts[0], second=parts[1])
    return AddressQuery(parts[0], unit=parts[1], room="".join(parts[2:]))


def _spellings(value: str, suffixes: tuple[str, ...]) -> list[str]:
    bare = _MARKS.sub("", value)
    return sorted({bare + s for s in suffixes} | {value})


def household_label(building: str, unit: str, room: str) -> str:
    """ "6栋2单元301室" in Chinese, "Bldg 6, unit 2, room 301" in English; parts already marked are kept."""
    b = building if not building or _MARKS.search(building) else translate("Community", "Bldg {b}").format(b=building)
    u = unit if not unit or _MARKS.search(unit) else translate("Community", "unit {u}").format(u=unit)
    r = room if not room or _MARKS.search(room) else translate("Community", "room {r}").format(r=room)
    return (
        translate("Community", "{building} {unit} {room}").format(building=b, unit=u, room=r).replace("  ", " ").strip()
    )


def short_label(building: str, unit: str, room: str) -> str:
    """ "6-2-301": what staff type."""
    return "-".join(p for p in (building, unit, room) if p)


def natural_key(text: str) -> tuple:
    """Sort "2" before "10", "2单元" before "10单元"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text or "") if p)


@dataclass(frozen=True)
class HouseholdRow:
    building: str
    unit: str
    room: str
    people: int

    @property
    def key(self) -> HouseholdKey:
        return (self.building, self.unit, self.room)

    @property
    def label(self) -> str:
        return household_label(self.building, self.unit, self.room)


@checked
def find_households(db: Database, actor: Actor, query: str, limit: int = 200) -> list[HouseholdRow]:
    """Households whose address matches what was typed ("6-2-301", "6栋2单元301", "6栋", "6-2"), in address order,
    with how many residents (not archived) live there; at most `limit`. Raises PermissionDenied."""
    require(actor, RECORD_VISITS)
    parsed = parse_address(query)
    if parsed is None:
        return []
    conds = [Resident.archived_at.is_(None), Resident.building.in_(_spellings(parsed.building, _BUILDING_SUFFIXES))]
    if parsed.unit is not None:
        conds.append(Resident.unit.in_(_spellings(parsed.unit, _UNIT_SUFFIXES)))
    if parsed.room is not None:
        conds.append(Resident.room.in_(_spellings(parsed.room, _ROOM_SUFFIXES)))
    if parsed.second is not None:
        conds.append(
            or_(
                Resident.unit.in_(_spellings(parsed.second, _UNIT_SUFFIXES)),
                Resident.room.in_(_spellings(parsed.second, _ROOM_SUFFIXES)),
            )
        )
    q = (
        select(Resident.building, Resident.unit, Resident.room, func.count())
        .where(*conds)
        .group_by(Resident.building, Resident.unit, Resident.room)
    )
    with db.read() as s:
        rows = [HouseholdRow(b, u or "", r or "", n) for b, u, r, n in s.execute(q)]
    rows.sort(key=lambda h: (natural_key(h.building), natural_key(h.unit), natural_key(h.room)))
    return rows[:limit]


@dataclass(frozen=True)
class Occupant:
    id: int
    name: str
    gender: str | None
    age: int | None
    tags: tuple[str, ...]

    @property
    def living_alone(self) -> bool:
        return LIVING_ALONE in self.tags

    @property
    def party_member(self) -> bool:
        return PARTY_MEMBER in self.tags


@dataclass(frozen=True)
class LinkRow:
    id: int
    party_member_id: int
    party_member_name: str
    scope: str  # household | unit | building
    building: str
    unit: str
    room: str
    started_on: dt.date
    ended_on: dt.date | None


@dataclass(frozen=True)
class VisitRow:
    id: int
    visited_on: dt.date
    building: str
    unit: str
    room: str
    resident_name: str
    visitor: str  # the staff member and/or the party member
    kind: str
    result: str
    findings: str
    request_id: int | None
    request_number: str
    voided: bool


@dataclass(frozen=True)
class Household:
    building: str
    unit: str
    room: str
    occupants: list[Occupant]
    links: list[LinkRow]  # live links first, then the ended ones (history)
    visits: list[VisitRow]  # newest first

    @property
    def label(self) -> str:
        return household_label(self.building, self.unit, self.room)

    @property
    def last_visit(self) -> dt.date | None:
        return next((v.visited_on for v in self.visits if not v.voided), None)


def _age(birth: dt.date | None, today: dt.date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _at(model, building: str, unit: str, room: str):
    """Residents' rows at an address ("" = no unit / room stored as NULL)."""
    return (
        model.building == building,
        (model.unit == unit) if unit else model.unit.is_(None),
        (model.room == room) if room else model.room.is_(None),
    )


def occupants(s: Session, building: str, unit: str, room: str) -> list[Occupant]:
    """The residents (not archived) at an address, by name."""
    today = clock.today()
    rows = s.execute(
        select(Resident.id, Resident.name, Resident.gender, Resident.birth_date)
        .where(Resident.archived_at.is_(None), *_at(Resident, building, unit, room))
        .order_by(Resident.birth_date.asc().nulls_last(), Resident.id)
    ).all()
    tags: dict[int, list[str]] = {}
    if rows:
        for rid, tag in s.execute(
            select(ResidentTag.resident_id, ResidentTag.tag).where(ResidentTag.resident_id.in_([r.id for r in rows]))
        ):
            tags.setdefault(rid, []).append(tag)
    return [Occupant(r.id, r.name, r.gender, _age(r.birth_date, today), tuple(tags.get(r.id, ()))) for r in rows]


def _link_rows(s: Session, where) -> list[LinkRow]:
    q = (
        select(CareLink, Resident.name)
        .join(Resident, Resident.id == CareLink.party_member_id)
        .where(*where)
        .order_by(CareLink.ended_on.is_not(None), CareLink.started_on.desc(), CareLink.id.desc())
    )
    return [
        LinkRow(k.id, k.party_member_id, name, k.scope, k.building, k.unit, k.room, k.started_on, k.ended_on)
        for k, name in s.execute(q)
    ]


def links_for_household(s: Session, building: str, unit: str, room: str) -> list[LinkRow]:
    """Links reaching this household: to it, to its unit, to its building (live and ended)."""
    return _link_rows(
        s,
        (
            CareLink.building == building,
            or_(
                CareLink.scope == "building",
                (CareLink.scope == "unit") & (CareLink.unit == unit),
                (CareLink.scope == "household") & (CareLink.unit == unit) & (CareLink.room == room),
            ),
        ),
    )


def visit_rows(s: Session, where, limit: int = 100) -> list[VisitRow]:
    from db.models.core import User
    from db.models.requests import ServiceRequest

    met = Resident.__table__.alias("met")
    member = Resident.__table__.alias("member")
    q = (
        select(
            Visit,
            met.c.name,
            member.c.name,
            User.display_name,
            ServiceRequest.number,
        )
        .outerjoin(met, met.c.id == Visit.resident_id)
        .outerjoin(member, member.c.id == Visit.visitor_resident_id)
        .outerjoin(User, User.id == Visit.visitor_user_id)
        .outerjoin(ServiceRequest, ServiceRequest.id == Visit.request_id)
        .where(*where)
        .order_by(Visit.visited_on.desc(), Visit.id.desc())
        .limit(limit)
    )
    out = []
    for v, met_name, member_name, staff_name, number in s.execute(q):
        who = " / ".join(x for x in (staff_name or v.visitor_name, member_name) if x)
        out.append(
            VisitRow(
                v.id,
                v.visited_on,
                v.building,
                v.unit,
                v.room,
                met_name or "",
                who,
                v.kind,
                v.result,
                v.findings,
                v.request_id,
                number or "",
                v.voided_at is not None,
            )
        )
    return out


@checked
def get_household(db: Database, actor: Actor, building: str, unit: str, room: str) -> Household:
    """Who lives at this address, the party members looking after it (三带一联, with history) and its visits.
    Raises PermissionDenied."""
    require(actor, RECORD_VISITS)
    with db.read() as s:
        return Household(
            building,
            unit,
            room,
            occupants(s, building, unit, room),
            links_for_household(s, building, unit, room),
            visit_rows(s, (Visit.building == building, Visit.unit == unit, Visit.room == room)),
        )


@checked
def household_of(db: Database, actor: Actor, resident_id: int) -> HouseholdKey | None:
    """The address key of a resident, or None when they have no building. Raises PermissionDenied."""
    require(actor, RECORD_VISITS)
    with db.read() as s:
        row = s.execute(
            select(Resident.building, Resident.unit, Resident.room).where(Resident.id == resident_id)
        ).first()
    if row is None or not row.building:
        return None
    return (row.building, row.unit or "", row.room or "")


# --- The building board --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildingRow:
    building: str
    households: int
    people: int


@checked
def buildings(db: Database, actor: Actor) -> list[BuildingRow]:
    """Every building with residents (not archived): households and people, in natural order. One grouped query on
    the address index. Raises PermissionDenied."""
    require(actor, RECORD_VISITS)
    inner = (
        select(Resident.building, Resident.unit, Resident.room, func.count().label("n"))
        .where(Resident.archived_at.is_(None), Resident.building.is_not(None))
        .group_by(Resident.building, Resident.unit, Resident.room)
        .subquery()
    )
    q = select(inner.c.building, func.count(), func.sum(inner.c.n)).group_by(inner.c.building)
    with db.read() as s:
        rows = [BuildingRow(b, h, int(p)) for b, h, p in s.execute(q)]
    rows.sort(key=lambda r: natural_key(r.building))
    return rows


@dataclass(frozen=True)
class BoardCell:
    """One household on a building's board."""

    unit: str
    room: str
    people: int
    first_name: str  # the eldest resident's name, to recognise the household
    eldest_age: int | None
    alone_80: bool  # an 80+ resident living alone (by the 独居 tag or alone at the address)
    last_visit: dt.date | None

    def days_since(self, today: dt.date) -> int | None:
        return None if self.last_visit is None else (today - self.last_visit).days


@checked
def board(db: Database, actor: Actor, building: str) -> list[BoardCell]:
    """Every household of a building with its last visit (not voided), in unit and room order: three statements on
    the address indexes, however many households. Raises PermissionDenied."""
    require(actor, RECORD_VISITS)
    today = clock.today()
    with db.read() as s:
        people = s.execute(
            select(Resident.id, Resident.unit, Resident.room, Resident.name, Resident.birth_date)
            .where(Resident.archived_at.is_(None), Resident.building == building)
            .order_by(Resident.unit, Resident.room, Resident.birth_date.asc().nulls_last(), Resident.id)
        ).all()
        alone_tagged = {
            rid
            for (rid,) in s.execute(
                select(ResidentTag.resident_id)
                .join(Resident, Resident.id == ResidentTag.resident_id)
                .where(ResidentTag.tag == LIVING_ALONE, Resident.building == building, Resident.archived_at.is_(None))
            )
        }
        last = {
            (u, r): (dt.date.fromisoformat(d) if isinstance(d, str) else d)
            for u, r, d in s.execute(
                select(Visit.unit, Visit.room, func.max(Visit.visited_on))
                .where(Visit.building == building, Visit.voided_at.is_(None))
                .group_by(Visit.unit, Visit.room)
            )
        }
    groups: dict[tuple[str, str], list] = {}
    for p in people:
        groups.setdefault((p.unit or "", p.room or ""), []).append(p)
    cells = []
    for (unit, room), members in groups.items():
        ages = [_age(m.birth_date, today) for m in members]
        eldest = max((a for a in ages if a is not None), default=None)
        alone_80 = any(
            (a is not None and a >= 80) and (len(members) == 1 or m.id in alone_tagged)
            for m, a in zip(members, ages, strict=True)
        )
        first = members[0].name  # ordered by birth date: the eldest first
        cells.append(BoardCell(unit, room, len(members), first, eldest, alone_80, last.get((unit, room))))
    cells.sort(key=lambda c: (natural_key(c.unit), natural_key(c.room)))
    return cells


__all__ = [
    "AddressQuery",
    "BoardCell",
    "BuildingRow",
    "Household",
    "HouseholdRow",
    "LinkRow",
    "Occupant",
    "VisitRow",
    "board",
    "buildings",
    "find_households",
    "get_household",
    "household_label",
    "household_of",
    "parse_address",
    "short_label",
]


@dataclass(frozen=True)
class ResidentCommunity:
    """A resident's part in buildings and visits, for their profile."""

    household: HouseholdKey | None
    last_visit: dt.date | None
    caretaker_name: str  # the party member looking after them (三带一联), "" when none
    seats: list[tuple[str, str, dt.date]]  # (council, seat code, since) held now
    looks_after: list[LinkRow]  # as a party member: the places they look after (live first, then history)


@checked
def resident_community(db: Database, actor: Actor, resident_id: int) -> ResidentCommunity:
    """Their household, last visit, caretaker, council roles and (for a party member) the places they look after.
    Raises PermissionDenied."""
    require(actor, RECORD_VISITS)
    from app.community.queries import caretaker_of, last_visit_dates
    from db.models.community import Council, CouncilMember

    with db.read() as s:
        row = s.execute(
            select(Resident.building, Resident.unit, Resident.room).where(Resident.id == resident_id)
        ).first()
        key = (row.building, row.unit or "", row.room or "") if row is not None and row.building else None
        last = last_visit_dates(s, [resident_id]).get(resident_id)
        carer = caretaker_of(s, resident_id)
        carer_name = s.execute(select(Resident.name).where(Resident.id == carer)).scalar() if carer else ""
        seats = [
            (name, seat, since)
            for name, seat, since in s.execute(
                select(Council.name, CouncilMember.role, CouncilMember.started_on)
                .join(Council, Council.id == CouncilMember.council_id)
                .where(CouncilMember.resident_id == resident_id, CouncilMember.ended_on.is_(None))
            )
        ]
        links = _link_rows(s, (CareLink.party_member_id == resident_id,))
    return ResidentCommunity(key, last, carer_name or "", seats, links)
