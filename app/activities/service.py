"""Courses and groups, their sessions, sign-ups with a waitlist, and events with their participants.

Built on what the other counters have: residents are the one registry (conditions read their birth date and tags),
a partner organisation teacher is a department of the requests counter (`req_departments`, is_partner), a volunteer
teacher's hours go into the volunteers' ledger (app.activities.attendance). Times of sessions are local (see
db/models/activities.py); money is integer fen (`fee_fen`), shown with app.documents.common.yuan.

Capacity holds across workstations: `sign_up` and `withdraw` lock the course's row first (`SELECT … FOR UPDATE`
on PostgreSQL; on SQLite the write unit's BEGIN IMMEDIATE admits one writer at a time) and only then count the
booked places, so two desks signing up for the last place queue on that lock and the second is waitlisted or
refused (tests/activities/test_races.py). The waitlist moves up in order of signing up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit, clock
from app.accounts.permissions import MANAGE_ACTIVITIES, RUN_ACTIVITIES, require
from app.accounts.privacy import shown_phone
from app.activities import fees
from app.actor import Actor
from app.boundary import checked
from app.database import Database
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.residents.idnumbers import age_on
from app.residents.tags import ALL_TAGS, tag_label
from db.models import Resident, ResidentTag
from db.models.activities import ActivityAttendance, ActivityCourse, ActivityEnrolment, ActivitySession
from db.models.requests import RequestDepartment
from db.models.volunteers import Volunteer

SENIOR_COLLEGE, TROUPE, INTEREST, EVENT = "senior_college", "troupe", "interest", "event"
KINDS = (SENIOR_COLLEGE, TROUPE, INTEREST, EVENT)
TEACHER_KINDS = ("none", "resident", "volunteer", "partner")
BOOKED, WAITLIST, WITHDRAWN = "booked", "waitlist", "withdrawn"
DAY_MINUTES = 24 * 60


def kind_label(kind: str) -> str:
    return {
        SENIOR_COLLEGE: translate("Activities", "Senior college course"),
        TROUPE: translate("Activities", "Arts or sports group"),
        INTEREST: translate("Activities", "Interest class"),
        EVENT: translate("Activities", "One-off event"),
    }.get(kind, kind)


def teacher_kind_label(kind: str) -> str:
    return {
        "none": translate("Activities", "No teacher"),
        "resident": translate("Activities", "Resident"),
        "volunteer": translate("Activities", "Volunteer"),
        "partner": translate("Activities", "Partner organisation's teacher"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        BOOKED: translate("Activities", "Signed up"),
        WAITLIST: translate("Activities", "Waitlist"),
        WITHDRAWN: translate("Activities", "Withdrawn"),
    }.get(status, status)


def hhmm(minutes: int) -> str:
    """Local minutes after midnight as HH:MM (a time past midnight reads 00:30)."""
    minutes %= DAY_MINUTES
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def time_range_text(start_min: int, duration_min: int) -> str:
    """ "19:30–23:00", or "20:00–次日01:00" when the session ends after midnight."""
    end = start_min + duration_min
    if end > DAY_MINUTES:
        return translate("Activities", "{start}–next day {end}").format(start=hhmm(start_min), end=hhmm(end))
    return f"{hhmm(start_min)}–{hhmm(end)}"


def weekdays_text(mask: int) -> str:
    names = [
        translate("Activities", "Mon"),
        translate("Activities", "Tue"),
        translate("Activities", "Wed"),
        translate("Activities", "Thu"),
        translate("Activities", "Fri"),
        translate("Activities", "Sat"),
        translate("Activities", "Sun"),
    ]
    return "、".join(n for i, n in enumerate(names) if mask & (1 << i))


class CourseFull(UserError):
    """The course has no place left; the desk may offer the waitlist (`sign_up(..., waitlist_if_full=True)`)."""


# ------------------------------------------------------------------------------------------------------- courses


@dataclass
class CourseInput:
    """A course or group as the set-up form gives it. `weekdays` 0 = one session on `starts_on`; `start_min` local
    minutes after midnight, `duration_min` minutes (may end after midnight); `fee_fen` integer fen, 0 = free;
    `required_tags` resident tag codes (any one suffices); ages 周岁 on the term's first day, both included."""

    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    start_min: int
    duration_min: int
    capacity: int
    weekdays: int = 0
    place: str = ""
    teacher_kind: str = "none"
    teacher_resident_id: int | None = None
    teacher_department_id: int | None = None
    teacher_name: str = ""
    min_age: int | None = None
    max_age: int | None = None
    required_tags: list[str] = field(default_factory=list)
    fee_fen: int = 0
    group_id: int | None = None
    note: str = ""


def _validate(s: Session, inp: CourseInput) -> None:
    errors: dict[str, str] = {}
    if not inp.name.strip():
        errors["name"] = translate("Activities", "Give the course a name.")
    if inp.kind not in KINDS:
        errors["kind"] = translate("Activities", "Choose what kind of course or activity this is.")
    if inp.ends_on < inp.starts_on:
        errors["ends_on"] = translate("Activities", "The term ends before it starts.")
    if not 0 <= inp.start_min < DAY_MINUTES:
        errors["start_min"] = translate("Activities", "The start time must be within the day (00:00–23:59).")
    if inp.duration_min < 1:
        errors["duration_min"] = translate("Activities", "A session must end after it starts.")
    if inp.capacity < 1:
        errors["capacity"] = translate("Activities", "The capacity must be at least one person.")
    if inp.fee_fen < 0:
        errors["fee_fen"] = translate("Activities", "The fee cannot be negative; 0 means free.")
    if inp.min_age is not None and inp.max_age is not None and inp.max_age < inp.min_age:
        errors["max_age"] = translate("Activities", "The highest age is below the lowest age.")
    unknown = [t for t in inp.required_tags if t not in ALL_TAGS]
    if unknown:
        errors["required_tags"] = translate("Activities", "Unknown resident category: {tags}").format(
            tags="、".join(unknown)
        )
    if inp.kind == EVENT and inp.weekdays:
        errors["weekdays"] = translate("Activities", "A one-off event has one session, not a weekly schedule.")
    if inp.teacher_kind not in TEACHER_KINDS:
        errors["teacher_kind"] = translate("Activities", "Choose who teaches.")
    elif inp.teacher_kind in ("resident", "volunteer"):
        r = s.get(Resident, inp.teacher_resident_id) if inp.teacher_resident_id else None
        if r is None or r.archived_at is not None:
            errors["teacher_resident_id"] = translate("Activities", "Find and choose the teacher.")
        elif inp.teacher_kind == "volunteer":
            vol = s.execute(
                select(Volunteer.id).where(Volunteer.resident_id == r.id, Volunteer.archived_at.is_(None))
            ).first()
            if vol is None:
                errors["teacher_resident_id"] = translate(
                    "Activities", "{name} is not a volunteer; register them at the volunteers counter first."
                ).format(name=r.name)
    elif inp.teacher_kind == "partner":
        d = s.get(RequestDepartment, inp.teacher_department_id) if inp.teacher_department_id else None
        if d is None or d.archived_at is not None:
            errors["teacher_department_id"] = translate("Activities", "Choose the partner organisation.")
        if not inp.teacher_name.strip():
            errors["teacher_name"] = translate("Activities", "Type the outside teacher's name.")
    if inp.group_id is not None and s.get(ActivityCourse, inp.group_id) is None:
        errors["group_id"] = translate("Activities", "The group was not found.")
    if errors:
        raise ValidationError(errors)


def schedule_days(starts_on: dt.date, ends_on: dt.date, weekdays: int) -> list[dt.date]:
    """The local days a course meets: every day of the term on one of `weekdays` (bit 0 = Monday); a one-off
    (`weekdays` 0) meets once, on `starts_on`."""
    if not weekdays:
        return [starts_on]
    out, day = [], starts_on
    while day <= ends_on:
        if weekdays & (1 << day.weekday()):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def _sync_sessions(s: Session, course: ActivityCourse) -> None:
    """Make the sessions follow the schedule: missing ones are created (a cancelled one at the same time comes
    back), ones the schedule no longer has are cancelled unless they were held (then they stay, as history)."""
    wanted = {(d, course.start_min) for d in schedule_days(course.starts_on, course.ends_on, course.weekdays)}
    existing = {
        (x.day, x.start_min): x
        for x in s.execute(select(ActivitySession).where(ActivitySession.course_id == course.id)).scalars()
    }
    now = clock.now()
    for key, x in existing.items():
        if key in wanted:
            x.duration_min = course.duration_min
            x.place = course.place
            if x.cancelled_at is not None:
                x.cancelled_at = None
                x.cancel_reason = None
        elif x.cancelled_at is None and x.held_at is None:
            x.cancelled_at = now
            x.cancel_reason = translate("Activities", "The schedule changed.")
    for day, start in sorted(wanted - set(existing)):
        s.add(
            ActivitySession(
                course_id=course.id,
                day=day,
                start_min=start,
                duration_min=course.duration_min,
                place=course.place,
                created_at=now,
            )
        )


def _snapshot(c: ActivityCourse) -> dict[str, object]:
    return {
        "name": c.name,
        "kind": c.kind,
        "starts_on": c.starts_on,
        "ends_on": c.ends_on,
        "weekdays": c.weekdays,
        "start_min": c.start_min,
        "duration_min": c.duration_min,
        "place": c.place,
        "capacity": c.capacity,
        "teacher_kind": c.teacher_kind,
        "teacher_resident_id": c.teacher_resident_id,
        "teacher_department_id": c.teacher_department_id,
        "teacher_name": c.teacher_name,
        "min_age": c.min_age,
        "max_age": c.max_age,
        "required_tags": c.required_tags,
        "fee_fen": c.fee_fen,
    }


def _same_course(s: Session, inp: CourseInput, course_id: int | None) -> ActivityCourse | None:
    """The live course that is this one entered again (same name, term, schedule and place), if any."""
    ends_on = inp.ends_on if inp.weekdays else inp.starts_on
    query = select(ActivityCourse).where(
        ActivityCourse.archived_at.is_(None),
        ActivityCourse.name == inp.name.strip(),
        ActivityCourse.starts_on == inp.starts_on,
        ActivityCourse.ends_on == ends_on,
        ActivityCourse.weekdays == inp.weekdays,
        ActivityCourse.start_min == inp.start_min,
        ActivityCourse.place == inp.place.strip(),
    )
    if course_id is not None:
        query = query.where(ActivityCourse.id != course_id)
    return s.execute(query.limit(1)).scalar()


def _already_entered(c: ActivityCourse) -> ValidationError:
    return ValidationError(
        {
            "name": translate(
                "Activities",
                "{name} is already entered with the same term, time and place ({schedule}, {place}). "
                "Open that course to change it instead.",
            ).format(
                name=c.name,
                schedule=weekdays_text(c.weekdays) or c.starts_on.isoformat(),
                place=c.place or translate("Activities", "no place given"),
            )
        }
    )


@checked
def save_course(db: Database, actor: Actor, inp: CourseInput, course_id: int | None = None) -> int:
    """Create (course_id None) or change a course; its sessions follow the schedule. Returns the course id.

    Raises ValidationError (bad input: term or session in the wrong order, negative fee, a volunteer teacher who is
    not a volunteer …; a live course with the same name, term, weekly schedule, start time and place already
    entered, also by another desk at the same moment: index ux_activity_courses_live_same) with nothing written;
    NotFound for an unknown course."""
    require(actor, MANAGE_ACTIVITIES)
    try:
        return _save_course(db, actor, inp, course_id)
    except IntegrityError:
        # another desk (or a second click) entered the same course a moment ago: say which, in words
        with db.read() as s:
            same = _same_course(s, inp, course_id)
        if same is None:
            raise
        raise _already_entered(same) from None


def _save_course(db: Database, actor: Actor, inp: CourseInput, course_id: int | None) -> int:
    with db.write() as s:
        _validate(s, inp)
        same = _same_course(s, inp, course_id)
        if same is not None:
            raise _already_entered(same)
        if course_id is None:
            c = ActivityCourse(created_at=clock.now(), created_by_id=actor.user_id)
            before: dict[str, object] = {}
        else:
            found = _locked(s, course_id)
            if found is None or found.archived_at is not None:
                raise NotFound(translate("Activities", "The course was not found."))
            c = found
            before = _snapshot(c)
        c.name = inp.name.strip()
        c.kind = inp.kind
        c.starts_on, c.ends_on = inp.starts_on, inp.ends_on if inp.weekdays else inp.starts_on
        c.weekdays = inp.weekdays
        c.start_min, c.duration_min = inp.start_min, inp.duration_min
        c.place = inp.place.strip()
        c.capacity = inp.capacity
        c.teacher_kind = inp.teacher_kind
        c.teacher_resident_id = inp.teacher_resident_id if inp.teacher_kind in ("resident", "volunteer") else None
        c.teacher_department_id = inp.teacher_department_id if inp.teacher_kind == "partner" else None
        c.teacher_name = inp.teacher_name.strip() if inp.teacher_kind == "partner" else ""
        c.min_age, c.max_age = inp.min_age, inp.max_age
        c.required_tags = ",".join(inp.required_tags)
        c.fee_fen = inp.fee_fen
        c.group_id = inp.group_id
        c.note = inp.note.strip()
        if course_id is None:
            s.add(c)
        s.flush()
        _sync_sessions(s, c)
        if course_id is None:
            audit.record(s, actor, "create", "activity_course", c.id, c.name, after=_snapshot(c))
        else:
            b, a = audit.changed_fields(before, _snapshot(c))
            if a:
                audit.record(s, actor, "change", "activity_course", c.id, c.name, b, a)
            # a place freed by a larger capacity goes to the waitlist, in order
            _promote(s, actor, c)
        return c.id


@checked
def archive_course(db: Database, actor: Actor, course_id: int, reason: str) -> None:
    """End a course early or retire a group: kept with who, when and why; its coming sessions are cancelled."""
    require(actor, MANAGE_ACTIVITIES)
    if not reason.strip():
        raise ValidationError({"reason": translate("Activities", "Give a reason.")})
    with db.write() as s:
        c = _locked(s, course_id)
        if c is None or c.archived_at is not None:
            raise NotFound(translate("Activities", "The course was not found."))
        c.archived_at = clock.now()
        c.archive_reason = reason.strip()
        for x in s.execute(
            select(ActivitySession).where(
                ActivitySession.course_id == course_id,
                ActivitySession.held_at.is_(None),
                ActivitySession.cancelled_at.is_(None),
                ActivitySession.day >= clock.today(),
            )
        ).scalars():
            x.cancelled_at = c.archived_at
            x.cancel_reason = reason.strip()
        audit.record(s, actor, "archive", "activity_course", c.id, reason.strip())


@checked
def cancel_session(db: Database, actor: Actor, session_id: int, reason: str) -> None:
    """Call off one session (teacher ill, hall needed): kept, marked, with the reason. A held session cannot be."""
    require(actor, MANAGE_ACTIVITIES)
    if not reason.strip():
        raise ValidationError({"reason": translate("Activities", "Give a reason.")})
    with db.write() as s:
        x = s.get(ActivitySession, session_id)
        if x is None or x.cancelled_at is not None:
            raise NotFound(translate("Activities", "The session was not found."))
        if x.held_at is not None:
            raise UserError(translate("Activities", "Attendance was taken at this session; it cannot be cancelled."))
        x.cancelled_at = clock.now()
        x.cancel_reason = reason.strip()
        audit.record(
            s,
            actor,
            "cancel",
            "activity_session",
            x.id,
            audit.message("activities.session", day=x.day, time=time_range_text(x.start_min, x.duration_min)),
            after={"reason": x.cancel_reason},
        )


def _locked(s: Session, course_id: int) -> ActivityCourse | None:
    """The course's row, locked until the unit of work ends (FOR UPDATE on PostgreSQL; SQLite: one writer)."""
    return s.execute(
        select(ActivityCourse)
        .where(ActivityCourse.id == course_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar()


@dataclass(frozen=True)
class CourseRow:
    """A course as the lists show it (no person's details beyond the teacher's name)."""

    id: int
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    weekdays: int
    start_min: int
    duration_min: int
    place: str
    capacity: int
    booked: int
    waiting: int
    fee_fen: int
    teacher_kind: str
    teacher: str
    min_age: int | None
    max_age: int | None
    required_tags: tuple[str, ...]
    archived: bool
    sessions: int
    held: int
    teacher_resident_id: int | None = None
    teacher_department_id: int | None = None
    teacher_name: str = ""
    group_id: int | None = None
    audience: int | None = None
    note: str = ""

    @property
    def schedule_text(self) -> str:
        times = time_range_text(self.start_min, self.duration_min)
        if not self.weekdays:
            return f"{self.starts_on.isoformat()} {times}"
        return translate("Activities", "Every {days} {times}").format(days=weekdays_text(self.weekdays), times=times)

    @property
    def conditions_text(self) -> str:
        parts = []
        if self.min_age is not None and self.max_age is not None:
            parts.append(translate("Activities", "aged {low}–{high}").format(low=self.min_age, high=self.max_age))
        elif self.min_age is not None:
            parts.append(translate("Activities", "{low}+").format(low=self.min_age))
        elif self.max_age is not None:
            parts.append(translate("Activities", "up to {high}").format(high=self.max_age))
        if self.required_tags:
            parts.append("/".join(tag_label(t) for t in self.required_tags))
        return "；".join(parts)

    def to_input(self) -> CourseInput:
        return CourseInput(
            name=self.name,
            kind=self.kind,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            start_min=self.start_min,
            duration_min=self.duration_min,
            capacity=self.capacity,
            weekdays=self.weekdays,
            place=self.place,
            teacher_kind=self.teacher_kind,
            teacher_resident_id=self.teacher_resident_id,
            teacher_department_id=self.teacher_department_id,
            teacher_name=self.teacher_name,
            min_age=self.min_age,
            max_age=self.max_age,
            required_tags=list(self.required_tags),
            fee_fen=self.fee_fen,
            group_id=self.group_id,
            note=self.note,
        )


def _course_rows(s: Session, where) -> list[CourseRow]:
    counts: dict[tuple[int, str], int] = {
        (cid, st): n
        for cid, st, n in s.execute(
            select(ActivityEnrolment.course_id, ActivityEnrolment.status, func.count())
            .where(ActivityEnrolment.status != WITHDRAWN)
            .group_by(ActivityEnrolment.course_id, ActivityEnrolment.status)
        )
    }
    sessions: dict[int, tuple[int, int]] = {
        cid: (int(n), int(h or 0))
        for cid, n, h in s.execute(
            select(
                ActivitySession.course_id,
                func.count(),
                func.count(ActivitySession.held_at),
            )
            .where(ActivitySession.cancelled_at.is_(None))
            .group_by(ActivitySession.course_id)
        )
    }
    teachers = {
        rid: name
        for rid, name in s.execute(
            select(Resident.id, Resident.name).where(
                Resident.id.in_(
                    select(ActivityCourse.teacher_resident_id).where(ActivityCourse.teacher_resident_id > 0)
                )
            )
        )
    }
    partners = dict(s.execute(select(RequestDepartment.id, RequestDepartment.name)).all())
    out = []
    for c in s.execute(
        select(ActivityCourse).where(*where).order_by(ActivityCourse.starts_on.desc(), ActivityCourse.id)
    ).scalars():
        if c.teacher_kind == "partner":
            teacher = f"{c.teacher_name}（{partners.get(c.teacher_department_id, '')}）"
        else:
            teacher = teachers.get(c.teacher_resident_id, "") if c.teacher_resident_id else ""
        n, held = sessions.get(c.id, (0, 0))
        out.append(
            CourseRow(
                id=c.id,
                name=c.name,
                kind=c.kind,
                starts_on=c.starts_on,
                ends_on=c.ends_on,
                weekdays=c.weekdays,
                start_min=c.start_min,
                duration_min=c.duration_min,
                place=c.place,
                capacity=c.capacity,
                booked=counts.get((c.id, BOOKED), 0),
                waiting=counts.get((c.id, WAITLIST), 0),
                fee_fen=c.fee_fen,
                teacher_kind=c.teacher_kind,
                teacher=teacher,
                min_age=c.min_age,
                max_age=c.max_age,
                required_tags=tuple(t for t in c.required_tags.split(",") if t),
                archived=c.archived_at is not None,
                sessions=n,
                held=held,
                teacher_resident_id=c.teacher_resident_id,
                teacher_department_id=c.teacher_department_id,
                teacher_name=c.teacher_name,
                group_id=c.group_id,
                audience=c.audience,
                note=c.note,
            )
        )
    return out


@checked
def list_courses(db: Database, include_archived: bool = False) -> list[CourseRow]:
    """Every course and group (newest term first), with places taken, the waitlist and sessions held."""
    with db.read() as s:
        return _course_rows(s, () if include_archived else (ActivityCourse.archived_at.is_(None),))


@checked
def get_course(db: Database, course_id: int) -> CourseRow:
    with db.read() as s:
        rows = _course_rows(s, (ActivityCourse.id == course_id,))
    if not rows:
        raise NotFound(translate("Activities", "The course was not found."))
    return rows[0]


@dataclass(frozen=True)
class SessionRow:
    id: int
    course_id: int
    day: dt.date
    start_min: int
    duration_min: int
    place: str
    held: bool
    cancelled: bool
    present: int
    teacher_hours_credited: bool

    @property
    def time_text(self) -> str:
        return time_range_text(self.start_min, self.duration_min)


@checked
def list_sessions(db: Database, course_id: int) -> list[SessionRow]:
    """The course's sessions in time order (cancelled ones included, marked) with how many were present."""
    with db.read() as s:
        present = dict(
            s.execute(
                select(ActivityAttendance.session_id, func.count())
                .join(ActivitySession, ActivitySession.id == ActivityAttendance.session_id)
                .where(ActivitySession.course_id == course_id, ActivityAttendance.voided_at.is_(None))
                .group_by(ActivityAttendance.session_id)
            ).all()
        )
        return [
            SessionRow(
                x.id,
                x.course_id,
                x.day,
                x.start_min,
                x.duration_min,
                x.place,
                x.held_at is not None,
                x.cancelled_at is not None,
                int(present.get(x.id, 0)),
                x.hours_entry_id is not None,
            )
            for x in s.execute(
                select(ActivitySession)
                .where(ActivitySession.course_id == course_id)
                .order_by(ActivitySession.day, ActivitySession.start_min)
            ).scalars()
        ]


# ------------------------------------------------------------------------------------------------------- sign-up


@dataclass(frozen=True)
class SignUpResult:
    enrolment_id: int
    status: str  # booked | waitlist
    receipt_no: str = ""  # the fee's receipt, when it was taken with the sign-up (app.activities.fees)
    waitlist_position: int = 0  # 1 for the first in line, when put on the waitlist; 0 for a place


def _booked(s: Session, course_id: int) -> int:
    return int(
        s.execute(
            select(func.count()).where(ActivityEnrolment.course_id == course_id, ActivityEnrolment.status == BOOKED)
        ).scalar_one()
    )


def check_conditions(s: Session, course: ActivityCourse, resident: Resident) -> str | None:
    """Why `resident` may not join `course` (age in whole years 周岁 on the term's first day, said with that day so it
    matches no age shown for today; category tags), in the user's language; None when they may."""
    if course.min_age is not None or course.max_age is not None:
        age = age_on(resident.birth_date, course.starts_on)
        if age is None:
            return translate(
                "Activities", "This course has an age condition and {name}'s date of birth is not on record."
            ).format(name=resident.name)
        if course.min_age is not None and age < course.min_age:
            return translate(
                "Activities", "{name} was {age} when the course began ({start}); it is for people aged {low} and over."
            ).format(name=resident.name, age=age, start=course.starts_on.isoformat(), low=course.min_age)
        if course.max_age is not None and age > course.max_age:
            return translate(
                "Activities", "{name} was {age} when the course began ({start}); it is for people up to {high}."
            ).format(name=resident.name, age=age, start=course.starts_on.isoformat(), high=course.max_age)
    wanted = [t for t in course.required_tags.split(",") if t]
    if wanted:
        held = set(
            s.execute(
                select(ResidentTag.tag).where(ResidentTag.resident_id == resident.id, ResidentTag.tag.in_(wanted))
            ).scalars()
        )
        if not held:
            return translate("Activities", "{name} is not in the category this course is for: {tags}.").format(
                name=resident.name, tags="/".join(tag_label(t) for t in wanted)
            )
    return None


@checked(choices={"fee_payment": fees.PAYMENTS})
def sign_up(
    db: Database,
    actor: Actor,
    course_id: int,
    resident_id: int,
    *,
    waitlist_if_full: bool = False,
    fee_payment: str | None = None,
) -> SignUpResult:
    """Sign a resident up at the desk. A full course raises `CourseFull` (offer the waitlist) unless
    `waitlist_if_full`, which puts them on the waitlist instead. Refused (UserError, nothing written): an age or
    category condition not met, already signed up or waiting, a course archived or ended.

    `fee_payment` ("cash", "wechat", "alipay"): the desk takes a paid course's fee with the sign-up, in the same
    unit of work (app.activities.fees: receipt number, who took it). Only a place is paid for: a resident put on
    the waitlist pays nothing now (the result has no receipt) and pays when a place comes to them.

    The course's row is locked before the places are counted (module docstring), so capacity holds when two desks
    sign up for the last place at the same moment."""
    require(actor, RUN_ACTIVITIES)
    with db.write() as s:
        course = _locked(s, course_id)
        if course is None or course.archived_at is not None:
            raise NotFound(translate("Activities", "The course was not found."))
        if course.ends_on < clock.today():
            raise UserError(translate("Activities", "This course has ended; sign-ups are closed."))
        resident = s.get(Resident, resident_id)
        if resident is None or resident.archived_at is not None:
            raise NotFound(translate("Activities", "The resident was not found."))
        problem = check_conditions(s, course, resident)
        if problem:
            raise UserError(problem)
        existing = s.execute(
            select(ActivityEnrolment.status).where(
                ActivityEnrolment.course_id == course_id,
                ActivityEnrolment.resident_id == resident_id,
                ActivityEnrolment.status != WITHDRAWN,
            )
        ).scalar()
        if existing == BOOKED:
            raise UserError(translate("Activities", "{name} is already signed up.").format(name=resident.name))
        if existing == WAITLIST:
            raise UserError(translate("Activities", "{name} is already on the waitlist.").format(name=resident.name))
        status = BOOKED
        if _booked(s, course_id) >= course.capacity:
            if not waitlist_if_full:
                raise CourseFull(
                    translate("Activities", "{course} is full ({capacity} places). Put {name} on the waitlist?").format(
                        course=course.name, capacity=course.capacity, name=resident.name
                    )
                )
            status = WAITLIST
        e = ActivityEnrolment(
            course_id=course_id,
            resident_id=resident_id,
            status=status,
            created_at=clock.now(),
            created_by_id=actor.user_id,
        )
        s.add(e)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "activity_enrolment",
            e.id,
            audit.message("activities.signup", name=resident.name, course=course.name, status=status),
            after={"course_id": course_id, "resident_id": resident_id, "status": status},
        )
        receipt = ""
        if fee_payment is not None and status == BOOKED and course.fee_fen > 0:
            receipt = fees.take_fee(s, actor, e, course, fee_payment)
        position = 0
        if status == WAITLIST:  # in the order places are offered (_promote_waitlist)
            line = s.execute(
                select(ActivityEnrolment.id)
                .where(ActivityEnrolment.course_id == course_id, ActivityEnrolment.status == WAITLIST)
                .order_by(ActivityEnrolment.created_at, ActivityEnrolment.id)
            ).scalars()
            position = next(i for i, eid in enumerate(line, 1) if eid == e.id)
        return SignUpResult(e.id, status, receipt, position)


@checked
def withdraw(db: Database, actor: Actor, enrolment_id: int, reason: str) -> int | None:
    """Take a resident off a course or its waitlist: kept, marked withdrawn with who, when and why. A booked place
    freed goes to the first on the waitlist (who fits the conditions); returns that enrolment's id, if any.
    Before the term's first day a fee paid is refunded with the same reason (app.activities.fees); later only an
    administrator refunds it (`fees.refund_fee`)."""
    require(actor, RUN_ACTIVITIES)
    if not reason.strip():
        raise ValidationError({"reason": translate("Activities", "Give a reason.")})
    with db.write() as s:
        course_id = s.execute(select(ActivityEnrolment.course_id).where(ActivityEnrolment.id == enrolment_id)).scalar()
        course = _locked(s, course_id) if course_id is not None else None
        e = s.execute(
            select(ActivityEnrolment)
            .where(ActivityEnrolment.id == enrolment_id)
            .execution_options(populate_existing=True)
        ).scalar()
        if e is None or course is None or e.status == WITHDRAWN:
            raise NotFound(translate("Activities", "The sign-up was not found."))
        was = e.status
        e.status = WITHDRAWN
        e.withdrawn_at = clock.now()
        e.withdrawn_by_id = actor.user_id
        e.withdraw_reason = reason.strip()
        audit.record(
            s,
            actor,
            "withdraw",
            "activity_enrolment",
            e.id,
            reason.strip(),
            before={"status": was},
            after={"status": WITHDRAWN},
        )
        s.flush()
        fees.refund_on_withdrawal(s, actor, e, course, reason.strip())
        return _promote(s, actor, course) if was == BOOKED else None


def _promote(s: Session, actor: Actor, course: ActivityCourse) -> int | None:
    """Move the first on the waitlist up while places are free; the caller holds the course's row lock.
    Returns the first promoted enrolment's id."""
    first = None
    free = course.capacity - _booked(s, course.id)
    if free <= 0:
        return None
    waiting = list(
        s.execute(
            select(ActivityEnrolment)
            .where(ActivityEnrolment.course_id == course.id, ActivityEnrolment.status == WAITLIST)
            .order_by(ActivityEnrolment.created_at, ActivityEnrolment.id)
        ).scalars()
    )
    for w in waiting:
        if free <= 0:
            break
        w.status = BOOKED
        w.promoted_at = clock.now()
        free -= 1
        first = first or w.id
        name = s.execute(select(Resident.name).where(Resident.id == w.resident_id)).scalar() or ""
        audit.record(
            s,
            actor,
            "promote",
            "activity_enrolment",
            w.id,
            audit.message("activities.promoted", name=name, course=course.name),
            before={"status": WAITLIST},
            after={"status": BOOKED},
        )
    return first


@dataclass(frozen=True)
class PromotedPerson:
    """Who moved up from the waitlist, to be called: `phone` in full for a role that sees phones (SEE_PHONES),
    masked otherwise (138****5678; `app.accounts.privacy.shown_phone`); '' when none is on record."""

    name: str
    phone: str
    course: str


@checked
def promoted_person(db: Database, actor: Actor, enrolment_id: int) -> PromotedPerson:
    """The resident of a sign-up just moved up from the waitlist (`withdraw`'s answer), for the desk's notice.
    NotFound when there is no such sign-up."""
    require(actor, RUN_ACTIVITIES)
    with db.read() as s:
        found = s.execute(
            select(Resident.name, Resident.phone, ActivityCourse.name)
            .join(ActivityEnrolment, ActivityEnrolment.resident_id == Resident.id)
            .join(ActivityCourse, ActivityCourse.id == ActivityEnrolment.course_id)
            .where(ActivityEnrolment.id == enrolment_id)
        ).first()
    if found is None:
        raise NotFound(translate("Activities", "The sign-up was not found."))
    name, phone, course = found
    return PromotedPerson(name, shown_phone(actor, phone), course)


@dataclass(frozen=True)
class EnrolmentRow:
    id: int
    resident_id: int
    name: str
    age: int | None
    status: str
    created_at: dt.datetime
    withdraw_reason: str | None
    attended: int
    fee_fen: int = 0  # the course's fee (0: free)
    fee: fees.FeeState = field(default_factory=fees.FeeState)  # what this sign-up paid and got back


@checked
def list_enrolments(db: Database, actor: Actor, course_id: int, include_withdrawn: bool = False) -> list[EnrolmentRow]:
    """Who is signed up (then the waitlist in order, then, if asked, who withdrew), with age and sessions attended."""
    require(actor, RUN_ACTIVITIES)
    with db.read() as s:
        attended = dict(
            s.execute(
                select(ActivityAttendance.resident_id, func.count())
                .join(ActivitySession, ActivitySession.id == ActivityAttendance.session_id)
                .where(ActivitySession.course_id == course_id, ActivityAttendance.voided_at.is_(None))
                .group_by(ActivityAttendance.resident_id)
            ).all()
        )
        q = (
            select(ActivityEnrolment, Resident.name, Resident.birth_date)
            .join(Resident, Resident.id == ActivityEnrolment.resident_id)
            .where(ActivityEnrolment.course_id == course_id)
        )
        if not include_withdrawn:
            q = q.where(ActivityEnrolment.status != WITHDRAWN)
        order = {BOOKED: 0, WAITLIST: 1, WITHDRAWN: 2}
        fee_fen = s.execute(select(ActivityCourse.fee_fen).where(ActivityCourse.id == course_id)).scalar() or 0
        found = s.execute(q.order_by(ActivityEnrolment.created_at, ActivityEnrolment.id)).all()
        paid = fees.fee_states(s, [e.id for e, _n, _b in found])
        rows = [
            EnrolmentRow(
                e.id,
                e.resident_id,
                name,
                age_on(birth, clock.today()),
                e.status,
                e.created_at,
                e.withdraw_reason,
                int(attended.get(e.resident_id, 0)),
                int(fee_fen),
                paid.get(e.id, fees.FeeState()),
            )
            for e, name, birth in found
        ]
    return sorted(rows, key=lambda r: order.get(r.status, 3))


@dataclass(frozen=True)
class ResidentClass:
    """One of a resident's classes for their profile (names of courses and counts only)."""

    course_id: int
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    status: str
    attended: int
    held: int
    teaches: bool = False


@checked
def classes_of_resident(db: Database, resident_id: int) -> list[ResidentClass]:
    """The courses a resident signed up for (withdrawn ones too) and teaches, newest first."""
    with db.read() as s:
        held = dict(
            s.execute(
                select(ActivitySession.course_id, func.count(ActivitySession.held_at)).group_by(
                    ActivitySession.course_id
                )
            ).all()
        )
        attended = dict(
            s.execute(
                select(ActivitySession.course_id, func.count())
                .join(ActivityAttendance, ActivityAttendance.session_id == ActivitySession.id)
                .where(ActivityAttendance.resident_id == resident_id, ActivityAttendance.voided_at.is_(None))
                .group_by(ActivitySession.course_id)
            ).all()
        )
        out = [
            ResidentClass(
                c.id,
                c.name,
                c.kind,
                c.starts_on,
                c.ends_on,
                e.status,
                int(attended.get(c.id, 0)),
                int(held.get(c.id) or 0),
            )
            for e, c in s.execute(
                select(ActivityEnrolment, ActivityCourse)
                .join(ActivityCourse, ActivityCourse.id == ActivityEnrolment.course_id)
                .where(ActivityEnrolment.resident_id == resident_id)
                .order_by(ActivityCourse.starts_on.desc(), ActivityEnrolment.id.desc())
            ).all()
        ]
        out += [
            ResidentClass(c.id, c.name, c.kind, c.starts_on, c.ends_on, "teacher", 0, int(held.get(c.id) or 0), True)
            for c in s.execute(
                select(ActivityCourse)
                .where(ActivityCourse.teacher_resident_id == resident_id)
                .order_by(ActivityCourse.starts_on.desc())
            ).scalars()
        ]
        return out


# ------------------------------------------------------------------------------------------------ events


@dataclass
class EventInput:
    """A performance or one-off event as it happened: local day and minute, length in minutes, the participants
    (residents), the group that performed (a troupe's course id, optional) and the audience counted."""

    name: str
    day: dt.date
    start_min: int
    duration_min: int
    place: str = ""
    participant_ids: list[int] = field(default_factory=list)
    group_id: int | None = None
    audience: int | None = None
    note: str = ""


@checked
def record_event(db: Database, actor: Actor, inp: EventInput) -> int:
    """Record a performance or one-off event with its participants, in one unit of work: a one-off course (kind
    `event`), its one session, each participant signed up and present. Returns the course id. Refused: no
    participant, a day in the future, a bad time (ValidationError; nothing written)."""
    require(actor, RUN_ACTIVITIES)
    errors: dict[str, str] = {}
    if not inp.name.strip():
        errors["name"] = translate("Activities", "Give the event a name.")
    if not inp.participant_ids:
        errors["participant_ids"] = translate("Activities", "Add at least one participant.")
    if inp.day > clock.today():
        errors["day"] = translate("Activities", "An event is recorded once it has taken place.")
    if not 0 <= inp.start_min < DAY_MINUTES:
        errors["start_min"] = translate("Activities", "The start time must be within the day (00:00–23:59).")
    if inp.duration_min < 1:
        errors["duration_min"] = translate("Activities", "A session must end after it starts.")
    if inp.audience is not None and inp.audience < 0:
        errors["audience"] = translate("Activities", "The audience cannot be negative.")
    if errors:
        raise ValidationError(errors)
    people = list(dict.fromkeys(inp.participant_ids))
    with db.write() as s:
        if inp.group_id is not None and s.get(ActivityCourse, inp.group_id) is None:
            raise NotFound(translate("Activities", "The group was not found."))
        found = set(
            s.execute(select(Resident.id).where(Resident.id.in_(people), Resident.archived_at.is_(None))).scalars()
        )
        if len(found) != len(people):
            raise NotFound(translate("Activities", "The resident was not found."))
        now = clock.now()
        c = ActivityCourse(
            name=inp.name.strip(),
            kind=EVENT,
            starts_on=inp.day,
            ends_on=inp.day,
            weekdays=0,
            start_min=inp.start_min,
            duration_min=inp.duration_min,
            place=inp.place.strip(),
            capacity=len(people),
            teacher_kind="none",
            fee_fen=0,
            group_id=inp.group_id,
            audience=inp.audience,
            note=inp.note.strip(),
            created_at=now,
            created_by_id=actor.user_id,
        )
        s.add(c)
        s.flush()
        x = ActivitySession(
            course_id=c.id,
            day=inp.day,
            start_min=inp.start_min,
            duration_min=inp.duration_min,
            place=c.place,
            held_at=now,
            created_at=now,
        )
        s.add(x)
        s.flush()
        for rid in people:
            s.add(
                ActivityEnrolment(
                    course_id=c.id, resident_id=rid, status=BOOKED, created_at=now, created_by_id=actor.user_id
                )
            )
            s.add(
                ActivityAttendance(
                    session_id=x.id, resident_id=rid, method="list", at=now, recorded_by_id=actor.user_id
                )
            )
        audit.record(
            s,
            actor,
            "create",
            "activity_course",
            c.id,
            audit.message("activities.event", name=c.name, day=inp.day, n=len(people)),
            after={"participants": people, "audience": inp.audience, "group_id": inp.group_id},
        )
        return c.id
