"""Councils and their members, 三带一联 links, visits (走访), council meetings (议事) and their follow-up tasks.

Every function here changes data: `require(...)` first (MANAGE_COUNCILS for councils and links, RECORD_VISITS for
visits, meetings and tasks), one unit of work, an audit entry in it. Bad input raises `ValidationError` or
`UserError` in the user's language before anything is written. Nothing is deleted: seats and links end, visits are
voided, tasks are marked done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit, clock
from app.accounts.permissions import MANAGE_COUNCILS, RECORD_VISITS, TAKE_REQUESTS, require
from app.actor import Actor
from app.boundary import checked
from app.community.households import short_label
from app.errors import UserError, ValidationError
from app.i18n import translate
from app.residents.tags import PARTY_MEMBER
from db.engine import Database
from db.models.community import CareLink, Council, CouncilMember, Meeting, MeetingAttendee, MeetingTask, Visit
from db.models.core import Resident, ResidentTag

SCOPES = ("household", "unit", "building")
SEATS = ("chair", "building_head", "unit_head", "member")  # 理事长, 楼栋长, 单元长, 理事
VISIT_KINDS = ("routine", "care", "follow_up", "council")
VISIT_RESULTS = ("all_well", "need_found", "not_home")


def scope_label(scope: str) -> str:
    return {
        "household": translate("Community", "Household"),
        "unit": translate("Community", "Unit"),
        "building": translate("Community", "Building"),
    }.get(scope, scope)


def seat_label(seat: str) -> str:
    return {
        "chair": translate("Community", "Council chair"),
        "building_head": translate("Community", "Building head"),
        "unit_head": translate("Community", "Unit head"),
        "member": translate("Community", "Council member"),
    }.get(seat, seat)


def kind_label(kind: str) -> str:
    return {
        "routine": translate("Community", "Routine visit"),
        "care": translate("Community", "Care visit"),
        "follow_up": translate("Community", "Follow-up visit"),
        "council": translate("Community", "Council visit"),
    }.get(kind, kind)


def result_label(result: str) -> str:
    return {
        "all_well": translate("Community", "All well"),
        "need_found": translate("Community", "Need found"),
        "not_home": translate("Community", "Nobody home"),
    }.get(result, result)


# --- Checks shared by the entry points ---------------------------------------------------------------------------


def _live_resident(s: Session, resident_id: int, fld: str) -> Resident:
    r = s.get(Resident, resident_id)
    if r is None:
        raise ValidationError({fld: translate("Community", "This resident is not registered.")})
    if r.archived_at is not None:
        raise ValidationError(
            {
                fld: translate("Community", "{name} is archived: an archived resident cannot be linked.").format(
                    name=r.name
                )
            }
        )
    return r


def _party_member(s: Session, resident_id: int, fld: str) -> Resident:
    r = _live_resident(s, resident_id, fld)
    tagged = s.execute(
        select(ResidentTag.resident_id).where(ResidentTag.resident_id == r.id, ResidentTag.tag == PARTY_MEMBER)
    ).first()
    if tagged is None:
        raise ValidationError(
            {fld: translate("Community", "{name} is not registered as a party member.").format(name=r.name)}
        )
    return r


def _address_exists(s: Session, building: str, unit: str, room: str, scope: str) -> None:
    conds = [Resident.archived_at.is_(None), Resident.building == building]
    if scope in ("unit", "household"):
        conds.append((Resident.unit == unit) if unit else Resident.unit.is_(None))
    if scope == "household":
        conds.append((Resident.room == room) if room else Resident.room.is_(None))
    if not building or s.execute(select(Resident.id).where(*conds).limit(1)).first() is None:
        raise ValidationError(
            {
                "building": translate("Community", "Nobody registered lives at {address}.").format(
                    address=short_label(building, unit, room) or "—"
                )
            }
        )


def _not_future(day: dt.date, fld: str, what: str) -> None:
    if day > clock.today():
        raise ValidationError({fld: translate("Community", "{what} cannot be in the future.").format(what=what)})


# --- Councils ----------------------------------------------------------------------------------------------------


@checked
def create_council(db: Database, actor: Actor, name: str, building: str = "") -> int:
    """A council for a building ("" = the whole estate); returns its id. Raises ValidationError, PermissionDenied."""
    require(actor, MANAGE_COUNCILS)
    name = name.strip()
    if not name:
        raise ValidationError({"name": translate("Community", "Give the council a name.")})
    with db.write() as s:
        if building:
            _address_exists(s, building, "", "", "building")
        c = Council(name=name, building=building, created_by_id=actor.user_id, created_at=clock.now())
        s.add(c)
        s.flush()
        audit.record(s, actor, "create", "council", c.id, name, None, {"name": name, "building": building})
        return c.id


@checked
def add_council_member(
    db: Database,
    actor: Actor,
    council_id: int,
    resident_id: int,
    seat: str,
    unit: str = "",
    started_on: dt.date | None = None,
) -> int:
    """Seat a resident on a council as `seat` (chair / building_head / unit_head / member) from `started_on`
    (today by default, never in the future). Raises ValidationError (archived resident, unknown seat…),
    PermissionDenied."""
    require(actor, MANAGE_COUNCILS)
    if seat not in SEATS:
        raise ValidationError({"seat": translate("Community", "Choose a role on the council.")})
    start = started_on or clock.today()
    if not isinstance(start, dt.date):
        raise ValidationError({"started_on": translate("Community", "Give the date the role starts.")})
    _not_future(start, "started_on", translate("Community", "The start of a role"))
    with db.write() as s:
        council = s.get(Council, council_id)
        if council is None or council.archived_at is not None:
            raise UserError(translate("Community", "This council does not exist (or is archived)."))
        r = _live_resident(s, resident_id, "resident")
        m = CouncilMember(
            council_id=council.id,
            resident_id=r.id,
            role=seat,
            unit=unit,
            started_on=start,
            created_by_id=actor.user_id,
            created_at=clock.now(),
        )
        s.add(m)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "council_member",
            m.id,
            audit.message("community.seat", council=council.name, council_seat=seat),
            None,
            {"council_id": council.id, "resident_id": r.id, "role": seat, "unit": unit, "started_on": start},
        )
        return m.id


@checked
def end_council_member(db: Database, actor: Actor, member_id: int, ended_on: dt.date | None = None) -> None:
    """End a seat on `ended_on` (today by default); the row stays as history. Raises UserError, PermissionDenied."""
    require(actor, MANAGE_COUNCILS)
    end = ended_on or clock.today()
    _not_future(end, "ended_on", translate("Community", "The end of a role"))
    with db.write() as s:
        m = s.get(CouncilMember, member_id)
        if m is None or m.ended_on is not None:
            raise UserError(translate("Community", "This role has already ended."))
        if end < m.started_on:
            raise ValidationError({"ended_on": translate("Community", "A role cannot end before it starts.")})
        m.ended_on = end
        audit.record(s, actor, "end", "council_member", m.id, "", {"ended_on": None}, {"ended_on": end})


@dataclass(frozen=True)
class CouncilRow:
    id: int
    name: str
    building: str


@dataclass(frozen=True)
class SeatRow:
    id: int
    resident_id: int
    name: str
    seat: str
    unit: str
    started_on: dt.date
    ended_on: dt.date | None


@checked
def list_councils(db: Database, actor: Actor) -> list[CouncilRow]:
    require(actor, RECORD_VISITS)
    with db.read() as s:
        rows = s.execute(select(Council).where(Council.archived_at.is_(None)).order_by(Council.building, Council.id))
        return [CouncilRow(c.id, c.name, c.building) for (c,) in rows]


@checked
def council_seats(db: Database, actor: Actor, council_id: int) -> list[SeatRow]:
    """A council's seats, the current ones first, then the history."""
    require(actor, RECORD_VISITS)
    with db.read() as s:
        rows = s.execute(
            select(CouncilMember, Resident.name)
            .join(Resident, Resident.id == CouncilMember.resident_id)
            .where(CouncilMember.council_id == council_id)
            .order_by(CouncilMember.ended_on.is_not(None), CouncilMember.started_on, CouncilMember.id)
        )
        return [SeatRow(m.id, m.resident_id, n, m.role, m.unit, m.started_on, m.ended_on) for m, n in rows]


# --- 三带一联 links ----------------------------------------------------------------------------------------------


@checked
def add_link(
    db: Database, actor: Actor, party_member_id: int, scope: str, building: str, unit: str = "", room: str = ""
) -> int:
    """Link a party member (三带一联) to a household, a unit or a building where residents live. Refused with a
    clear message: an archived or unknown resident, a resident not tagged 党员, an address where nobody lives, a
    live link already there (also when two workstations add it at once: a partial unique index). Raises
    ValidationError, UserError, PermissionDenied."""
    require(actor, MANAGE_COUNCILS)
    if scope not in SCOPES:
        raise ValidationError({"scope": translate("Community", "Choose a household, a unit or a building.")})
    if scope == "building":
        unit, room = "", ""
    elif scope == "unit":
        room = ""
    try:
        with db.write() as s:
            member = _party_member(s, party_member_id, "party_member")
            _address_exists(s, building, unit, room, scope)
            live = s.execute(
                select(CareLink.id).where(
                    CareLink.party_member_id == member.id,
                    CareLink.scope == scope,
                    CareLink.building == building,
                    CareLink.unit == unit,
                    CareLink.room == room,
                    CareLink.ended_on.is_(None),
                )
            ).first()
            if live is not None:
                raise UserError(
                    translate("Community", "{name} already looks after this place.").format(name=member.name)
                )
            link = CareLink(
                party_member_id=member.id,
                scope=scope,
                building=building,
                unit=unit,
                room=room,
                started_on=clock.today(),
                created_by_id=actor.user_id,
                created_at=clock.now(),
            )
            s.add(link)
            s.flush()
            audit.record(
                s,
                actor,
                "create",
                "care_link",
                link.id,
                audit.message("community.link", address=short_label(building, unit, room), link_scope=scope),
                None,
                {"party_member_id": member.id, "scope": scope, "building": building, "unit": unit, "room": room},
            )
            return link.id
    except IntegrityError:  # another desk added the same link a moment ago (uq_community_links_live)
        with db.read() as s:
            name = s.execute(select(Resident.name).where(Resident.id == party_member_id)).scalar() or ""
        raise UserError(translate("Community", "{name} already looks after this place.").format(name=name)) from None


@checked
def end_link(db: Database, actor: Actor, link_id: int) -> None:
    """End a 三带一联 link today; it stays as history. Raises UserError, PermissionDenied."""
    require(actor, MANAGE_COUNCILS)
    with db.write() as s:
        link = s.get(CareLink, link_id)
        if link is None or link.ended_on is not None:
            raise UserError(translate("Community", "This link has already ended."))
        link.ended_on = clock.today()
        link.ended_by_id = actor.user_id
        audit.record(s, actor, "end", "care_link", link.id, "", {"ended_on": None}, {"ended_on": link.ended_on})


@dataclass(frozen=True)
class PartyMemberRow:
    id: int
    name: str
    branch: str
    building: str
    unit: str
    room: str


@checked
def party_members(db: Database, actor: Actor, building: str = "") -> list[PartyMemberRow]:
    """Party members (tag 党员, not archived), those of `building` first, then by building and name."""
    require(actor, RECORD_VISITS)
    with db.read() as s:
        rows = s.execute(
            select(Resident.id, Resident.name, ResidentTag.detail, Resident.building, Resident.unit, Resident.room)
            .join(ResidentTag, ResidentTag.resident_id == Resident.id)
            .where(ResidentTag.tag == PARTY_MEMBER, Resident.archived_at.is_(None))
        ).all()
    from app.community.households import natural_key

    out = [PartyMemberRow(i, n, d or "", b or "", u or "", r or "") for i, n, d, b, u, r in rows]
    out.sort(key=lambda p: (p.building != building, natural_key(p.building), natural_key(p.unit), p.name, p.id))
    return out


@checked
def links_of_member(db: Database, actor: Actor, party_member_id: int):
    """The places a party member looks after (live first, then history): `households.LinkRow`s."""
    require(actor, RECORD_VISITS)
    from app.community.households import _link_rows

    with db.read() as s:
        return _link_rows(s, (CareLink.party_member_id == party_member_id,))


# --- Visits ------------------------------------------------------------------------------------------------------


@dataclass
class NeedInput:
    """A need found on a visit, to become a request (channel 走访) in the same step."""

    category_id: int | None  # required: no default category (a wrong one sends the request to the wrong office)
    description: str
    urgency: str = "normal"
    resident_id: int | None = None  # whom the request is for; None = the resident met, else the household's only one


@dataclass
class VisitInput:
    building: str
    unit: str
    room: str
    visited_on: dt.date
    kind: str = "routine"
    result: str = "all_well"
    findings: str = ""
    resident_id: int | None = None  # the resident met
    visitor_resident_id: int | None = None  # the party member who went (with or without staff)
    need: NeedInput | None = None


@dataclass(frozen=True)
class SavedVisit:
    id: int
    request_id: int | None
    request_number: str


@checked
def record_visit(db: Database, actor: Actor, inp: VisitInput) -> SavedVisit:
    """Record a visit (走访) to a household by the signed-in staff member (and a party member, if one went).
    A need found becomes a request (channel "visit") in the same unit of work, linked both ways (the visit keeps
    `request_id`; the request's intake day is the visit's day). The request is for a resident of the household:
    `need.resident_id`, else the resident met, else the household's only resident; it carries their name and phone
    as contact and the household's address ("6栋2单元304室：…") at the head of its description. Refused: a visit
    dated in the future, an address where nobody lives, an archived resident met or visiting, a need without a
    category or words, a need at a household of several residents with nobody chosen, a need for someone who does not
    live there. Raises
    ValidationError, PermissionDenied (RECORD_VISITS; TAKE_REQUESTS too when a need becomes a request)."""
    require(actor, RECORD_VISITS)
    if inp.need is not None:
        require(actor, TAKE_REQUESTS)
    errors: dict[str, str] = {}
    if inp.visited_on > clock.today():
        errors["visited_on"] = translate("Community", "A visit cannot be dated in the future.")
    if inp.kind not in VISIT_KINDS:
        errors["kind"] = translate("Community", "Choose the kind of visit.")
    if inp.result not in VISIT_RESULTS:
        errors["result"] = translate("Community", "Choose what the visit found.")
    if inp.result == "need_found" and inp.need is None and not inp.findings.strip():
        errors["findings"] = translate("Community", "Say what need was found.")
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        _address_exists(s, inp.building, inp.unit, inp.room, "household")
        if inp.resident_id is not None:
            _live_resident(s, inp.resident_id, "resident")
        if inp.visitor_resident_id is not None:
            _party_member(s, inp.visitor_resident_id, "visitor")
        who = _need_resident(s, inp) if inp.need is not None else None
        visit = Visit(
            visited_on=inp.visited_on,
            building=inp.building,
            unit=inp.unit,
            room=inp.room,
            resident_id=inp.resident_id,
            visitor_user_id=actor.user_id,
            visitor_resident_id=inp.visitor_resident_id,
            visitor_name=actor.display_name,
            kind=inp.kind,
            result=inp.result,
            findings=inp.findings.strip(),
            created_by_id=actor.user_id,
            created_at=clock.now(),
        )
        s.add(visit)
        s.flush()
        number = ""
        if inp.need is not None:
            from app.community.households import household_label
            from app.requests.service import IntakeInput, take_in_session

            assert who is not None
            words = inp.need.description.strip()
            saved = take_in_session(
                s,
                actor,
                IntakeInput(
                    channel="visit",
                    category_id=inp.need.category_id,
                    description=translate("Community", "{address}: {need}").format(
                        address=household_label(inp.building, inp.unit, inp.room), need=words
                    )
                    if words
                    else "",
                    resident_id=who.id,
                    contact_name=who.name,
                    contact_phone=who.phone or "",
                    urgency=inp.need.urgency,
                    received_on=inp.visited_on,
                ),
            )
            visit.request_id = saved.id
            number = saved.number
        audit.record(
            s,
            actor,
            "create",
            "visit",
            visit.id,
            audit.message(
                "community.visit",
                address=short_label(inp.building, inp.unit, inp.room),
                day=inp.visited_on.isoformat(),
                visit_result=inp.result,
            ),
            None,
            {"visited_on": inp.visited_on, "result": inp.result, "request": number or None},
        )
        return SavedVisit(visit.id, visit.request_id, number)


def _need_resident(s: Session, inp: VisitInput) -> Resident:
    """The resident a visit's need is for (see `record_visit`); ValidationError on "need_resident" otherwise."""
    assert inp.need is not None
    from app.community.households import _at

    living = s.execute(
        select(Resident).where(Resident.archived_at.is_(None), *_at(Resident, inp.building, inp.unit, inp.room))
    ).scalars().all()
    chosen = inp.need.resident_id if inp.need.resident_id is not None else inp.resident_id
    if chosen is None:
        if len(living) == 1:
            return living[0]
        raise ValidationError(
            {"need_resident": translate("Community", "Several residents live here: choose who the request is for.")}
        )
    found = next((r for r in living if r.id == chosen), None)
    if found is None:
        raise ValidationError(
            {
                "need_resident": translate(
                    "Community", "The request must be for a resident of {address}: choose one who lives there."
                ).format(address=short_label(inp.building, inp.unit, inp.room))
            }
        )
    return found


@checked
def void_visit(db: Database, actor: Actor, visit_id: int, reason: str) -> None:
    """Void a visit recorded by mistake (with the reason); a request it raised stays. Raises ValidationError,
    UserError, PermissionDenied."""
    require(actor, RECORD_VISITS)
    if not reason.strip():
        raise ValidationError({"reason": translate("Community", "Say why the visit is voided.")})
    with db.write() as s:
        v = s.get(Visit, visit_id)
        if v is None or v.voided_at is not None:
            raise UserError(translate("Community", "This visit is already voided."))
        v.voided_at = clock.now()
        v.voided_by_id = actor.user_id
        v.void_reason = reason.strip()
        audit.record(s, actor, "void", "visit", v.id, reason.strip(), None, None)


@checked
def visit_of_request(db: Database, actor: Actor, request_id: int):
    """The visit a request came from (a `households.VisitRow`), or None."""
    require(actor, RECORD_VISITS)
    from app.community.households import visit_rows

    with db.read() as s:
        rows = visit_rows(s, (Visit.request_id == request_id,), limit=1)
    return rows[0] if rows else None


@checked
def recent_visits(db: Database, actor: Actor, limit: int = 200):
    """The latest visits, newest first (`households.VisitRow`s)."""
    require(actor, RECORD_VISITS)
    from app.community.households import visit_rows

    with db.read() as s:
        return visit_rows(s, (), limit=limit)


# --- Council meetings and their tasks --------------------------------------------------------------------------


@dataclass
class TaskInput:
    description: str
    assignee_id: int | None = None
    due_on: dt.date | None = None


@dataclass
class MeetingInput:
    council_id: int
    held_on: dt.date
    title: str
    agenda: str = ""
    decisions: str = ""
    attendee_ids: list[int] = field(default_factory=list)
    tasks: list[TaskInput] = field(default_factory=list)


@checked
def record_meeting(db: Database, actor: Actor, inp: MeetingInput) -> int:
    """Record a council meeting (议事) held on a day (not in the future): agenda, who attended, decisions and the
    follow-up tasks decided (none due before the meeting's day). Returns its id. Raises ValidationError, UserError, PermissionDenied."""
    require(actor, RECORD_VISITS)
    errors: dict[str, str] = {}
    if not inp.title.strip():
        errors["title"] = translate("Community", "Give the meeting a subject.")
    if inp.held_on > clock.today():
        errors["held_on"] = translate("Community", "A meeting cannot be recorded before it is held.")
    for t in inp.tasks:
        if not t.description.strip():
            errors["tasks"] = translate("Community", "Say what each follow-up task is.")
        elif t.due_on is not None and t.due_on < inp.held_on:
            errors["tasks"] = translate(
                "Community", "The task “{task}” is due {due}, before the meeting ({held}): give a later due date."
            ).format(task=t.description.strip(), due=t.due_on.isoformat(), held=inp.held_on.isoformat())
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        council = s.get(Council, inp.council_id)
        if council is None or council.archived_at is not None:
            raise UserError(translate("Community", "This council does not exist (or is archived)."))
        for rid in set(inp.attendee_ids):
            _live_resident(s, rid, "attendee_ids")
        for t in inp.tasks:
            if t.assignee_id is not None:
                _live_resident(s, t.assignee_id, "tasks")
        m = Meeting(
            council_id=council.id,
            held_on=inp.held_on,
            title=inp.title.strip(),
            agenda=inp.agenda.strip(),
            decisions=inp.decisions.strip(),
            created_by_id=actor.user_id,
            created_at=clock.now(),
        )
        s.add(m)
        s.flush()
        s.add_all(MeetingAttendee(meeting_id=m.id, resident_id=rid) for rid in sorted(set(inp.attendee_ids)))
        s.add_all(
            MeetingTask(
                meeting_id=m.id,
                description=t.description.strip(),
                assignee_id=t.assignee_id,
                due_on=t.due_on,
                created_at=clock.now(),
            )
            for t in inp.tasks
        )
        audit.record(
            s,
            actor,
            "create",
            "council_meeting",
            m.id,
            audit.message("community.meeting", title=m.title, day=inp.held_on.isoformat(), tasks=len(inp.tasks)),
            None,
            {"council_id": council.id, "held_on": inp.held_on, "attendees": len(set(inp.attendee_ids))},
        )
        return m.id


@checked
def complete_task(db: Database, actor: Actor, task_id: int, note: str = "") -> None:
    """Mark a follow-up task done now, by the signed-in staff member. Raises UserError, PermissionDenied."""
    require(actor, RECORD_VISITS)
    with db.write() as s:
        t = s.get(MeetingTask, task_id)
        if t is None or t.done_at is not None:
            raise UserError(translate("Community", "This task is already done."))
        t.done_at = clock.now()
        t.done_by_id = actor.user_id
        t.done_note = note.strip() or None
        audit.record(s, actor, "complete", "council_task", t.id, note.strip(), None, None)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    council: str
    held_on: dt.date
    title: str
    agenda: str
    decisions: str
    attendees: list[str]


@dataclass(frozen=True)
class TaskRow:
    id: int
    meeting_id: int
    meeting_title: str
    description: str
    assignee: str
    due_on: dt.date | None
    done_at: dt.datetime | None
    done_by: str
    done_note: str


@checked
def list_meetings(db: Database, actor: Actor, limit: int = 200) -> list[MeetingRow]:
    """Meetings, newest first, with who attended."""
    require(actor, RECORD_VISITS)
    with db.read() as s:
        rows = s.execute(
            select(Meeting, Council.name)
            .join(Council, Council.id == Meeting.council_id)
            .order_by(Meeting.held_on.desc(), Meeting.id.desc())
            .limit(limit)
        ).all()
        names: dict[int, list[str]] = {}
        if rows:
            for mid, name in s.execute(
                select(MeetingAttendee.meeting_id, Resident.name)
                .join(Resident, Resident.id == MeetingAttendee.resident_id)
                .where(MeetingAttendee.meeting_id.in_([m.id for m, _ in rows]))
                .order_by(Resident.name)
            ):
                names.setdefault(mid, []).append(name)
        return [MeetingRow(m.id, c, m.held_on, m.title, m.agenda, m.decisions, names.get(m.id, [])) for m, c in rows]


@checked
def list_tasks(db: Database, actor: Actor, open_only: bool = False, limit: int = 500) -> list[TaskRow]:
    """Follow-up tasks: open ones first by due date, then the done ones (newest first)."""
    require(actor, RECORD_VISITS)
    from db.models.core import User

    q = (
        select(MeetingTask, Meeting.title, Resident.name, User.display_name)
        .join(Meeting, Meeting.id == MeetingTask.meeting_id)
        .outerjoin(Resident, Resident.id == MeetingTask.assignee_id)
        .outerjoin(User, User.id == MeetingTask.done_by_id)
        .order_by(
            MeetingTask.done_at.is_not(None),
            MeetingTask.due_on.asc().nulls_last(),
            MeetingTask.done_at.desc(),
            MeetingTask.id,
        )
        .limit(limit)
    )
    if open_only:
        q = q.where(MeetingTask.done_at.is_(None))
    with db.read() as s:
        return [
            TaskRow(
                t.id, t.meeting_id, title, t.description, who or "", t.due_on, t.done_at, by or "", t.done_note or ""
            )
            for t, title, who, by in s.execute(q)
        ]


__all__ = [
    "SCOPES",
    "SEATS",
    "VISIT_KINDS",
    "VISIT_RESULTS",
    "MeetingInput",
    "NeedInput",
    "TaskInput",
    "VisitInput",
    "add_council_member",
    "add_link",
    "complete_task",
    "create_council",
    "end_council_member",
    "end_link",
    "record_meeting",
    "record_visit",
    "void_visit",
]
