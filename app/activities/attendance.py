"""Attendance per session — by list (tick boxes), by name (search) or by scanning the QR code of a row of the printed
sign-in sheet (the childcare sheet's engine: app.documents.sheet with app.childcare.qrcell.QrCell) — and the volunteer
teacher's hours.

A session is *held* once attendance is first taken. When its teacher is a volunteer, holding it writes one entry into
the volunteers' hours ledger (app.volunteers.ledger.record_external_hours, source "class", pending approval like every
entry) and keeps the entry's id on the session (`activity_sessions.hours_entry_id`, unique). The session's row is
locked first (FOR UPDATE on PostgreSQL; SQLite: one writer), so two desks taking attendance at once credit the
teacher once, never twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock
from app.accounts.permissions import RUN_ACTIVITIES, require
from app.activities.service import BOOKED, time_range_text
from app.actor import Actor
from app.boundary import checked
from app.childcare.qrcell import QrCell
from app.database import Database
from app.documents.sheet import MM, Column, Sheet, render_sheet
from app.errors import NotFound, UserError
from app.i18n import translate
from app.settings import center_info
from app.volunteers import ledger
from db.models import Resident
from db.models.activities import ActivityAttendance, ActivityCourse, ActivityEnrolment, ActivitySession

METHODS = ("list", "name", "qr")
QR_PREFIX = "AC"
QR_MM = 15
HOURS_SOURCE = "class"


def qr_payload(session_id: int, resident_id: int) -> str:
    """What a row's QR code on a class sign-in sheet holds: 'AC:<session_id>:<resident_id>'."""
    return f"{QR_PREFIX}:{session_id}:{resident_id}"


def parse_qr(payload: str) -> tuple[int, int]:
    """'AC:<session_id>:<resident_id>' → (session_id, resident_id); anything else is refused with a message."""
    parts = payload.strip().upper().split(":")
    try:
        if len(parts) != 3 or parts[0] != QR_PREFIX:
            raise ValueError
        return int(parts[1]), int(parts[2])
    except ValueError:
        raise UserError(translate("Activities", "This code is not from a class sign-in sheet.")) from None


def _locked_session(s: Session, session_id: int) -> tuple[ActivitySession, ActivityCourse]:
    x = s.execute(
        select(ActivitySession)
        .where(ActivitySession.id == session_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar()
    if x is None:
        raise NotFound(translate("Activities", "The session was not found."))
    if x.cancelled_at is not None:
        raise UserError(translate("Activities", "This session was cancelled."))
    if x.day > clock.today():
        raise UserError(translate("Activities", "This session has not taken place yet."))
    course = s.get(ActivityCourse, x.course_id)
    assert course is not None
    return x, course


def _hold(s: Session, actor: Actor, x: ActivitySession, course: ActivityCourse) -> None:
    """Mark the session held and credit a volunteer teacher once (the caller holds the session's row lock)."""
    if x.held_at is None:
        x.held_at = clock.now()
    if course.teacher_kind != "volunteer" or course.teacher_resident_id is None or x.hours_entry_id is not None:
        return
    minutes = min(x.duration_min, ledger.MAX_DAY_MINUTES)
    x.hours_entry_id = ledger.record_external_hours(
        s,
        actor,
        resident_id=course.teacher_resident_id,
        source=HOURS_SOURCE,
        source_ref=f"AS{x.id}",
        day=x.day,
        minutes=minutes,
        note=f"{course.name} {x.day.isoformat()} {time_range_text(x.start_min, x.duration_min)}",
    )


def _live(s: Session, session_id: int) -> dict[int, ActivityAttendance]:
    return {
        a.resident_id: a
        for a in s.execute(
            select(ActivityAttendance).where(
                ActivityAttendance.session_id == session_id, ActivityAttendance.voided_at.is_(None)
            )
        ).scalars()
    }


def _booked_ids(s: Session, course_id: int) -> set[int]:
    return set(_booked_since(s, course_id))


def _booked_since(s: Session, course_id: int) -> dict[int, dt.date]:
    """Everyone booked on the course → the local day their place began (promoted from the waitlist, or signed up)."""
    return {
        rid: clock.to_local(promoted or created).date()  # type: ignore[union-attr]
        for rid, created, promoted in s.execute(
            select(ActivityEnrolment.resident_id, ActivityEnrolment.created_at, ActivityEnrolment.promoted_at).where(
                ActivityEnrolment.course_id == course_id, ActivityEnrolment.status == BOOKED
            )
        ).all()
    }


def _refuse_before_sign_up(s: Session, x: ActivitySession, since: dict[int, dt.date], ids) -> None:
    """A resident cannot have attended a session held before they took their place on the course (UserError)."""
    early = sorted(rid for rid in ids if rid in since and x.day < since[rid])
    if early:
        names = s.execute(select(Resident.name).where(Resident.id.in_(early)).order_by(Resident.id)).scalars().all()
        raise UserError(
            translate(
                "Activities",
                "{names} signed up on {since}, after this session ({day}); they cannot be marked present at it.",
            ).format(names="、".join(names), since=since[early[0]].isoformat(), day=x.day.isoformat())
        )


@dataclass(frozen=True)
class AttendanceRow:
    resident_id: int
    name: str
    present: bool
    method: str


@checked
def attendance_list(db: Database, actor: Actor, session_id: int) -> list[AttendanceRow]:
    """The tick list of a session: everyone signed up (and anyone marked present who has since withdrawn), by name."""
    require(actor, RUN_ACTIVITIES)
    with db.read() as s:
        x = s.get(ActivitySession, session_id)
        if x is None:
            raise NotFound(translate("Activities", "The session was not found."))
        live = _live(s, session_id)
        ids = _booked_ids(s, x.course_id) | set(live)
        names = dict(s.execute(select(Resident.id, Resident.name).where(Resident.id.in_(ids))).all())
    rows = [AttendanceRow(rid, names.get(rid, ""), rid in live, live[rid].method if rid in live else "") for rid in ids]
    return sorted(rows, key=lambda r: (r.name, r.resident_id))


@checked
def set_attendance(db: Database, actor: Actor, session_id: int, present_ids: list[int]) -> tuple[int, int]:
    """Save the tick list: ticked residents are recorded present (method "list"), unticked ones who were present are
    voided (kept, with who and why). Only residents signed up for the course may be ticked, and not at a session held
    before the day they took their place (UserError). Holds the session (see
    the module docstring). Returns (added, voided)."""
    require(actor, RUN_ACTIVITIES)
    wanted = set(present_ids)
    with db.write() as s:
        x, course = _locked_session(s, session_id)
        live = _live(s, session_id)
        since = _booked_since(s, course.id)
        strangers = wanted - set(since) - set(live)
        if strangers:
            raise UserError(translate("Activities", "Only residents signed up for the course can be ticked."))
        _refuse_before_sign_up(s, x, since, wanted - set(live))
        now = clock.now()
        added = voided = 0
        for rid in sorted(wanted - set(live)):
            s.add(
                ActivityAttendance(
                    session_id=x.id, resident_id=rid, method="list", at=now, recorded_by_id=actor.user_id
                )
            )
            added += 1
        for rid in sorted(set(live) - wanted):
            a = live[rid]
            a.voided_at = now
            a.voided_by_id = actor.user_id
            a.void_reason = translate("Activities", "Unticked on the list")
            voided += 1
        _hold(s, actor, x, course)
        if added or voided:
            audit.record(
                s,
                actor,
                "change",
                "activity_session",
                x.id,
                audit.message("activities.attendance", course=course.name, day=x.day, present=len(wanted)),
                after={"added": added, "voided": voided},
            )
        return added, voided


@dataclass(frozen=True)
class MarkResult:
    resident_id: int
    name: str
    already: bool  # was marked present before (a second scan changes nothing)


@checked
def mark_present(db: Database, actor: Actor, session_id: int, resident_id: int, method: str = "name") -> MarkResult:
    """Mark one resident present (found by name, or scanned: method "qr"). A resident not signed up is refused; a
    second mark of the same person is harmless (`already`). Holds the session."""
    require(actor, RUN_ACTIVITIES)
    if method not in METHODS:
        raise UserError(translate("Activities", "Unknown way of taking attendance."))
    with db.write() as s:
        x, course = _locked_session(s, session_id)
        name = s.execute(select(Resident.name).where(Resident.id == resident_id)).scalar()
        if name is None:
            raise NotFound(translate("Activities", "The resident was not found."))
        live = _live(s, session_id)
        if resident_id in live:
            _hold(s, actor, x, course)
            return MarkResult(resident_id, name, True)
        since = _booked_since(s, course.id)
        if resident_id not in since:
            raise UserError(
                translate("Activities", "{name} is not signed up for {course}.").format(name=name, course=course.name)
            )
        _refuse_before_sign_up(s, x, since, [resident_id])
        s.add(
            ActivityAttendance(
                session_id=x.id, resident_id=resident_id, method=method, at=clock.now(), recorded_by_id=actor.user_id
            )
        )
        _hold(s, actor, x, course)
        audit.record(
            s,
            actor,
            "create",
            "activity_session",
            x.id,
            audit.message("activities.present", name=name, course=course.name, day=x.day, method=method),
        )
        return MarkResult(resident_id, name, False)


@checked
def scan(db: Database, actor: Actor, payload: str, session_id: int | None = None) -> MarkResult:
    """A scanned row code of a printed sign-in sheet marks that resident present at that session. With `session_id`
    (the session open on screen) a code from another session's sheet is refused rather than counted elsewhere."""
    require(actor, RUN_ACTIVITIES)
    sid, rid = parse_qr(payload)
    if session_id is not None and sid != session_id:
        raise UserError(translate("Activities", "This code is from the sheet of another session."))
    return mark_present(db, actor, sid, rid, "qr")


@checked
def build_session_sheet(db: Database, actor: Actor, session_id: int) -> Sheet:
    """The A4 sign-in sheet of one session: every resident signed up, a signature box and a QR code per row that
    the desk scans afterwards (app.documents.sheet's direct engine, as the childcare sheet)."""
    require(actor, RUN_ACTIVITIES)
    with db.read() as s:
        x = s.get(ActivitySession, session_id)
        if x is None:
            raise NotFound(translate("Activities", "The session was not found."))
        course = s.get(ActivityCourse, x.course_id)
        assert course is not None
        people = s.execute(
            select(Resident.id, Resident.name)
            .join(ActivityEnrolment, ActivityEnrolment.resident_id == Resident.id)
            .where(ActivityEnrolment.course_id == course.id, ActivityEnrolment.status == BOOKED)
            .order_by(Resident.name_pinyin, Resident.id)
        ).all()
        teacher = course.teacher_name
        if course.teacher_resident_id:
            teacher = s.execute(select(Resident.name).where(Resident.id == course.teacher_resident_id)).scalar() or ""
    columns = [
        Column(translate("Activities", "No."), 10, "CENTER"),
        Column(translate("Activities", "Name"), 40),
        Column(translate("Activities", "Signature"), 60),
        Column(translate("Activities", "Note"), 50),
        Column(translate("Activities", "Code"), QR_MM + 4, "CENTER"),
    ]
    rows: list[list[object]] = [
        [str(i), name, None, None, QrCell(qr_payload(x.id, rid), QR_MM * MM)] for i, (rid, name) in enumerate(people, 1)
    ]
    title = translate("Activities", "Class sign-in sheet: {course}").format(course=course.name)
    subtitle = translate("Activities", "{day} {time}  Place: {place}  Teacher: {teacher}  Signed up: {n}").format(
        day=x.day.isoformat(),
        time=time_range_text(x.start_min, x.duration_min),
        place=x.place or "—",
        teacher=teacher or "—",
        n=len(people),
    )
    footer = [translate("Activities", "Present: ______    Taken by: ____________    Teacher: ____________")]
    return Sheet(
        title=title,
        subtitle=subtitle,
        columns=columns,
        rows=rows,
        footer_lines=footer,
        direct=True,
        running_title=f"{title}  {x.day.isoformat()}",
    )


@checked
def render_session_sheet(db: Database, actor: Actor, session_id: int) -> bytes:
    """The A4 PDF (bytes) of a session's sign-in sheet (names only: no phone or ID number). Audited as a document
    printed (entity "activity_session")."""
    require(actor, RUN_ACTIVITIES)
    sheet = build_session_sheet(db, actor, session_id)
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export",
            "activity_session",
            session_id,
            audit.message("activities.sheet", n=len(sheet.rows)),
        )
    return render_sheet(sheet, center_info(db))


def session_start(day: dt.date, start_min: int) -> dt.datetime:
    """The UTC instant a session starting at local minute `start_min` of local `day` begins."""
    start, _ = clock.local_day_bounds(day)
    return start + dt.timedelta(minutes=start_min)
