"""Volunteers, posts, shifts and weekly templates, sign-ups with clash and capacity checks, the waitlist,
check-in / check-out, no-shows and forgotten check-outs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app import audit, clock
from app.accounts.permissions import APPROVE_HOURS, MANAGE_ROSTER, MANAGE_VOLUNTEERS, require
from app.accounts.privacy import shown_phone
from app.actor import Actor
from app.boundary import checked
from app.database import Database
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.typed import fold, search_text
from app.volunteers import ledger
from db.models import Resident
from db.models.volunteers import (
    HoursEntry,
    Shift,
    ShiftTemplate,
    SignUp,
    Volunteer,
    VolunteerPost,
    VolunteerQualification,
)

KINDS = ("student", "party", "resident")
BOOKED, WAITLIST, DROPPED = "booked", "waitlist", "dropped"
BUILTIN_POSTS = ("canteen", "tutoring", "front_desk", "station", "visits")


def kind_label(kind: str) -> str:
    return {
        "student": translate("Volunteers", "University student"),
        "party": translate("Volunteers", "Party member"),
        "resident": translate("Volunteers", "Resident"),
    }.get(kind, kind)


def post_label(code: str | None, name: str) -> str:
    """Built-in posts are shown in the user's language; the center's own posts by the name it gave."""
    return {
        "canteen": translate("Volunteers", "Canteen serving"),
        "tutoring": translate("Volunteers", "Homework tutoring"),
        "front_desk": translate("Volunteers", "Front desk"),
        "station": translate("Volunteers", "Service station"),
        "visits": translate("Volunteers", "Door-to-door visits"),
    }.get(code or "", name)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open intervals [start, end) overlap: a shift ending at 10:00 does not clash with one starting at 10:00."""
    return a_start < b_end and b_start < a_end


DAY_MINUTES = 24 * 60


def shift_minutes(start_min: int, end_min: int) -> int:
    """A shift's length in minutes. Times are local minutes after midnight of the shift's day; an end at or before
    the start means the next day (22:00–02:00 is 240 minutes), and 00:00–24:00 is a whole day."""
    return end_min - start_min if end_min > start_min else end_min + DAY_MINUTES - start_min


def shift_span(day: dt.date, start_min: int, end_min: int) -> tuple[int, int]:
    """The shift as a half-open interval of minutes on one absolute scale (days since year 1 × 1440 + minutes), so
    shifts on neighbouring days compare: 22:00–02:00 on Monday overlaps 01:00–03:00 on Tuesday."""
    start = day.toordinal() * DAY_MINUTES + start_min
    return start, start + shift_minutes(start_min, end_min)


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def time_range_text(start_min: int, end_min: int) -> str:
    """ "09:00-11:00"; a shift that ends after midnight says so: "22:00-次日02:00" (next day)."""
    if end_min <= start_min:
        return translate("Volunteers", "{start}-next day {end}").format(start=hhmm(start_min), end=hhmm(end_min))
    return f"{hhmm(start_min)}-{hhmm(end_min)}"


def parse_hhmm(text: str) -> int:
    try:
        h, m = text.strip().split(":")
        value = int(h) * 60 + int(m)
    except ValueError:
        raise UserError(translate("Volunteers", "Times are written as HH:MM, e.g. 09:30.")) from None
    if not (0 <= int(h) <= 24 and 0 <= int(m) < 60) or value > 24 * 60:
        raise UserError(translate("Volunteers", "Times are written as HH:MM, e.g. 09:30."))
    return value


def _age(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# ---------------------------------------------------------------- volunteers


@dataclass
class VolunteerInput:
    resident_id: int
    kind: str = "resident"
    school: str = ""
    student_number: str = ""
    branch: str = ""
    skills: list[str] = field(default_factory=list)
    availability: str = ""
    external_number: str = ""
    guardian_name: str = ""
    guardian_consent_on: dt.date | None = None
    qualifications: list[tuple[str, dt.date | None]] = field(default_factory=list)


@dataclass(frozen=True)
class QualificationRow:
    name: str
    expires_on: dt.date | None

    def expired(self, day: dt.date) -> bool:
        return self.expires_on is not None and self.expires_on < day


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    resident_id: int
    name: str
    kind: str
    skills: str
    external_number: str
    phone: str
    archived: bool
    qualifications: tuple[QualificationRow, ...] = ()


@dataclass(frozen=True)
class VolunteerDetail:
    """A volunteer as the edit form shows it."""

    id: int
    resident_id: int
    name: str
    birth_date: dt.date | None
    input: VolunteerInput


def _minor_without_consent(vol: Volunteer, birth: dt.date | None, day: dt.date) -> bool:
    age = _age(birth, day)
    return age is not None and age < 18 and not (vol.guardian_name.strip() and vol.guardian_consent_on)


@checked
def save_volunteer(db: Database, actor: Actor, inp: VolunteerInput, volunteer_id: int | None = None) -> int:
    require(actor, MANAGE_VOLUNTEERS)
    with db.write() as s:
        resident = s.get(Resident, inp.resident_id)
        if resident is None:
            raise NotFound(translate("Volunteers", "The resident was not found."))
        errors = validate_volunteer(inp, resident.birth_date)
        if errors:
            raise ValidationError(errors)
        return write_volunteer(s, actor, inp, resident, volunteer_id).id


def validate_volunteer(inp: VolunteerInput, birth_date: dt.date | None) -> dict[str, str]:
    """Field → message for everything wrong with a volunteer's record (empty when it may be saved); `birth_date` is
    the resident's (a volunteer under 18 needs a guardian's consent). Pure: the form and the import share it."""
    errors: dict[str, str] = {}
    if inp.kind not in KINDS:
        errors["kind"] = translate("Volunteers", "Choose the type of volunteer.")
    if inp.kind == "student" and not (inp.school.strip() and inp.student_number.strip()):
        errors["school"] = translate("Volunteers", "A university student needs a school and a student number.")
    today = clock.today()
    names = [n.strip() for n, _e in inp.qualifications]
    if any(not n for n in names) or len(set(names)) != len(names):
        errors["qualifications"] = translate("Volunteers", "Each qualification needs a name, listed once.")
    if inp.guardian_consent_on is not None and inp.guardian_consent_on > today:
        errors["guardian_consent_on"] = translate("Volunteers", "The consent date cannot be in the future.")
    age = _age(birth_date, today)
    if age is not None and age < 18 and not (inp.guardian_name.strip() and inp.guardian_consent_on):
        errors["guardian_name"] = translate(
            "Volunteers", "A volunteer under 18 needs a guardian's name and the date of the guardian's consent."
        )
    return errors


def write_volunteer(
    s: Session, actor: Actor, inp: VolunteerInput, resident: Resident, volunteer_id: int | None = None
) -> Volunteer:
    """Create (`volunteer_id` None) or change a volunteer checked by `validate_volunteer`, inside the caller's unit
    of work, audited; a resident is a volunteer once (UserError)."""
    if volunteer_id is None:
        existing = s.execute(select(Volunteer.id).where(Volunteer.resident_id == inp.resident_id)).scalar()
        if existing is not None:
            raise UserError(translate("Volunteers", "This resident is already registered as a volunteer."))
        vol = Volunteer(resident_id=inp.resident_id, created_at=clock.now())
        s.add(vol)
        before: dict[str, object] = {}
    else:
        vol = s.get(Volunteer, volunteer_id)
        if vol is None:
            raise NotFound(translate("Volunteers", "The volunteer was not found."))
        before = _snapshot(vol)
    vol.kind = inp.kind
    vol.school = inp.school.strip()
    vol.student_number = fold(inp.student_number)
    vol.branch = inp.branch.strip()
    vol.skills = ",".join(sorted({k.strip() for k in inp.skills if k.strip()}))
    vol.availability = inp.availability.strip()
    vol.external_number = fold(inp.external_number)
    vol.guardian_name = inp.guardian_name.strip()
    vol.guardian_consent_on = inp.guardian_consent_on
    s.flush()
    old = s.execute(select(VolunteerQualification).where(VolunteerQualification.volunteer_id == vol.id)).scalars()
    old_set = {(q.name, q.expires_on) for q in old}
    new_set = {(n.strip(), e) for n, e in inp.qualifications if n.strip()}
    if old_set != new_set:
        for q in s.execute(
            select(VolunteerQualification).where(VolunteerQualification.volunteer_id == vol.id)
        ).scalars():
            s.delete(q)  # qualifications are a list on the record; the audit keeps the old list
        for n, e in sorted(new_set, key=lambda t: t[0]):
            s.add(VolunteerQualification(volunteer_id=vol.id, name=n, expires_on=e))
    after = _snapshot(vol) | {"qualifications": sorted(f"{n} {e or ''}" for n, e in new_set)}
    before = before | {"qualifications": sorted(f"{n} {e or ''}" for n, e in old_set)}
    if volunteer_id is None:
        audit.record(s, actor, "create", "volunteer", vol.id, resident.name, after=after)
    else:
        b, a = audit.changed_fields(before, after)
        audit.record(s, actor, "update", "volunteer", vol.id, resident.name, before=b, after=a)
    return vol


def _snapshot(v: Volunteer) -> dict[str, object]:
    return {
        "kind": v.kind,
        "school": v.school,
        "student_number": v.student_number,
        "branch": v.branch,
        "skills": v.skills,
        "availability": v.availability,
        "external_number": v.external_number,
        "guardian_name": v.guardian_name,
        "guardian_consent_on": v.guardian_consent_on,
    }


@checked
def archive_volunteer(db: Database, actor: Actor, volunteer_id: int, reason: str) -> int:
    """Archive (never delete) a volunteer who has left: the record, hours and certificates stay; their bookings
    on shifts that have not started are dropped with the reason, and each freed place goes to the waitlist in order.
    Returns the number of bookings dropped."""
    require(actor, MANAGE_VOLUNTEERS)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": translate("Volunteers", "Give a reason.")})
    now = clock.now()
    with db.write() as s:
        vol = s.get(Volunteer, volunteer_id)
        if vol is None or vol.archived_at is not None:
            raise NotFound(translate("Volunteers", "The volunteer was not found."))
        vol.archived_at = now
        vol.archive_reason = reason
        dropped = 0
        rows = s.execute(
            select(SignUp, Shift)
            .join(Shift, Shift.id == SignUp.shift_id)
            .where(
                SignUp.volunteer_id == vol.id,
                SignUp.status != DROPPED,
                SignUp.checked_in_at.is_(None),
                Shift.day >= clock.today(),
                Shift.cancelled_at.is_(None),
            )
            .order_by(Shift.day, Shift.start_min)
        ).all()
        for su, shift in rows:
            if _shift_bounds(shift)[0] <= now:
                continue  # started already: attendance decides
            _locked(s, Shift, shift.id)  # the shift's people change one unit of work at a time (see sign_up)
            was = su.status
            su.status = DROPPED
            su.dropped_at = now
            su.dropped_by_id = actor.user_id
            su.drop_reason = reason
            s.flush()
            audit.record(
                s, actor, "drop", "volunteer_signup", su.id, reason, before={"status": was}, after={"status": DROPPED}
            )
            if was == BOOKED:
                _promote(s, actor, shift.id)
            dropped += 1
        audit.record(s, actor, "archive", "volunteer", vol.id, reason, after={"dropped_bookings": dropped})
        return dropped


@checked
def list_volunteers(db: Database, actor: Actor, text: str = "", limit: int = 200) -> list[VolunteerRow]:
    """Volunteers by pinyin order (names and phones), `text` filtering; PermissionDenied unless `actor` manages
    volunteers (issue 12 item 3)."""
    require(actor, MANAGE_VOLUNTEERS)
    with db.read() as s:
        q = (
            select(Volunteer, Resident.name, Resident.phone)
            .join(Resident, Resident.id == Volunteer.resident_id)
            .order_by(Resident.name_pinyin, Volunteer.id)
            .limit(limit)
        )
        t = search_text(text).lower()
        if t:
            like = f"%{t}%"  # a phone typed in groups is compacted (app.typed.search_text)
            folded = f"%{fold(text).lower()}%"  # names and volunteer numbers as typed, width-folded
            key = f"{t.replace(' ', '')}%"
            q = q.where(
                Resident.name.like(folded)
                | Resident.name_initials.like(key)
                | Resident.name_pinyin.like(key)
                | Resident.name_initials_alt.like(key)
                | Resident.name_pinyin_alt.like(key)
                | Resident.phone.like(like)
                | Volunteer.external_number.ilike(like)
                | Volunteer.external_number.ilike(folded)
            )
        rows = s.execute(q).all()
        quals: dict[int, list[QualificationRow]] = {}
        if rows:
            for vid, qname, expires in s.execute(
                select(
                    VolunteerQualification.volunteer_id, VolunteerQualification.name, VolunteerQualification.expires_on
                )
                .where(VolunteerQualification.volunteer_id.in_([v.id for v, _n, _p in rows]))
                .order_by(VolunteerQualification.name)
            ):
                quals.setdefault(vid, []).append(QualificationRow(qname, expires))
        return [
            VolunteerRow(
                v.id,
                v.resident_id,
                name,
                v.kind,
                v.skills,
                v.external_number,
                shown_phone(actor, phone),
                v.archived_at is not None,
                tuple(quals.get(v.id, ())),
            )
            for v, name, phone in rows
        ]


@checked
def get_volunteer(db: Database, actor: Actor, volunteer_id: int) -> VolunteerDetail:
    """One volunteer's record (name, phone, skills, consent); PermissionDenied unless `actor` manages volunteers
    (issue 12 item 3)."""
    require(actor, MANAGE_VOLUNTEERS)
    with db.read() as s:
        v = s.get(Volunteer, volunteer_id)
        if v is None:
            raise NotFound(translate("Volunteers", "The volunteer was not found."))
        resident = s.get(Resident, v.resident_id)
        quals = s.execute(
            select(VolunteerQualification.name, VolunteerQualification.expires_on)
            .where(VolunteerQualification.volunteer_id == v.id)
            .order_by(VolunteerQualification.name)
        ).all()
        inp = VolunteerInput(
            resident_id=v.resident_id,
            kind=v.kind,
            school=v.school,
            student_number=v.student_number,
            branch=v.branch,
            skills=[k for k in v.skills.split(",") if k],
            availability=v.availability,
            external_number=v.external_number,
            guardian_name=v.guardian_name,
            guardian_consent_on=v.guardian_consent_on,
            qualifications=[(n, e) for n, e in quals],
        )
        return VolunteerDetail(
            v.id, v.resident_id, resident.name if resident else "", resident.birth_date if resident else None, inp
        )


def split_skills(text: str) -> list[str]:
    return [k.strip() for k in text.replace("，", ",").replace("、", ",").split(",") if k.strip()]


def missing_requirements(s: Session, volunteer: Volunteer, shift: Shift) -> list[str]:
    """What the shift requires that the volunteer lacks on its day: a skill they do not have, or a qualification
    that has expired by then (named with its expiry date). Empty when they fit."""
    required = split_skills(shift.required_skills)
    if not required:
        return []
    skills = set(split_skills(volunteer.skills))
    quals = {
        n: e
        for n, e in s.execute(
            select(VolunteerQualification.name, VolunteerQualification.expires_on).where(
                VolunteerQualification.volunteer_id == volunteer.id
            )
        )
    }
    problems = []
    for need in required:
        if need in quals:
            expires = quals[need]
            if expires is not None and expires < shift.day:
                problems.append(
                    translate("Volunteers", "{name} (expired {day})").format(name=need, day=expires.isoformat())
                )
        elif need not in skills:
            problems.append(need)
    return problems


# ---------------------------------------------------------------- posts, shifts, templates


@dataclass(frozen=True)
class PostRow:
    id: int
    code: str | None
    name: str
    place: str

    @property
    def label(self) -> str:
        return post_label(self.code, self.name)


def ensure_builtin_posts(session: Session) -> None:
    have = set(session.execute(select(VolunteerPost.code).where(VolunteerPost.code.is_not(None))).scalars())
    for i, code in enumerate(BUILTIN_POSTS):
        if code not in have:
            session.add(VolunteerPost(code=code, name=code, sort_order=i))
    session.flush()


@checked
def list_posts(db: Database) -> list[PostRow]:
    with db.read() as s:
        have = s.execute(select(func.count()).select_from(VolunteerPost)).scalar_one()
    if not have:
        with db.write() as s:
            ensure_builtin_posts(s)
    with db.read() as s:
        rows = s.execute(
            select(VolunteerPost).where(VolunteerPost.active).order_by(VolunteerPost.sort_order, VolunteerPost.id)
        ).scalars()
        return [PostRow(p.id, p.code, p.name, p.place) for p in rows]


@checked
def add_post(db: Database, actor: Actor, name: str, place: str = "") -> int:
    require(actor, MANAGE_ROSTER)
    name = name.strip()
    if not name:
        raise ValidationError({"name": translate("Volunteers", "Give the post a name.")})
    with db.write() as s:
        ensure_builtin_posts(s)
        if s.execute(select(VolunteerPost.id).where(VolunteerPost.name == name)).first():
            raise UserError(translate("Volunteers", "A post with this name already exists."))
        order = s.execute(select(func.max(VolunteerPost.sort_order))).scalar() or 0
        post = VolunteerPost(name=name, place=place.strip(), sort_order=order + 1)
        s.add(post)
        s.flush()
        audit.record(s, actor, "create", "volunteer_post", post.id, name, after={"name": name})
        return post.id


@dataclass
class ShiftInput:
    post_id: int
    day: dt.date
    start_min: int
    end_min: int
    place: str = ""
    min_people: int = 1
    max_people: int = 1
    required_skills: list[str] = field(default_factory=list)


def _validate_times_people(start: int, end: int, lo: int, hi: int) -> None:
    """Start in 00:00..23:59, end in 00:00..24:00; an end before the start is the next day (a night shift), so
    only an end equal to the start (no length, or exactly 24 hours, which is ambiguous) is refused."""
    errors: dict[str, str] = {}
    if not (0 <= start < DAY_MINUTES and 0 <= end <= DAY_MINUTES) or end == start:
        errors["end"] = translate(
            "Volunteers", "A shift must end after it starts (an end before the start means the next day)."
        )
    if lo < 0 or hi < 1 or lo > hi:
        errors["max_people"] = translate(
            "Volunteers", "The maximum number of people must be at least 1 and not below the minimum."
        )
    if errors:
        raise ValidationError(errors)


@checked
def create_shift(db: Database, actor: Actor, inp: ShiftInput) -> int:
    require(actor, MANAGE_ROSTER)
    _validate_times_people(inp.start_min, inp.end_min, inp.min_people, inp.max_people)
    with db.write() as s:
        if s.get(VolunteerPost, inp.post_id) is None:
            raise NotFound(translate("Volunteers", "The post was not found."))
        shift = Shift(
            post_id=inp.post_id,
            day=inp.day,
            start_min=inp.start_min,
            end_min=inp.end_min,
            place=inp.place.strip(),
            min_people=inp.min_people,
            max_people=inp.max_people,
            required_skills=",".join(k.strip() for k in inp.required_skills if k.strip()),
            created_at=clock.now(),
        )
        s.add(shift)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "volunteer_shift",
            shift.id,
            audit.message(
                "volunteers.shift",
                day=inp.day,
                start=hhmm(inp.start_min),
                end=hhmm(inp.end_min),
                minutes=shift_minutes(inp.start_min, inp.end_min),
            ),
            after={"post_id": inp.post_id, "day": inp.day, "start": inp.start_min, "end": inp.end_min},
        )
        return shift.id


@checked
def cancel_shift(db: Database, actor: Actor, shift_id: int, reason: str) -> None:
    require(actor, MANAGE_ROSTER)
    if not reason.strip():
        raise ValidationError({"reason": translate("Volunteers", "Give a reason.")})
    with db.write() as s:
        shift = s.get(Shift, shift_id)
        if shift is None or shift.cancelled_at is not None:
            raise NotFound(translate("Volunteers", "The shift was not found."))
        if s.execute(select(SignUp.id).where(SignUp.shift_id == shift_id, SignUp.checked_in_at.is_not(None))).first():
            raise UserError(translate("Volunteers", "Someone has checked in on this shift; it cannot be cancelled."))
        shift.cancelled_at = clock.now()
        shift.cancel_reason = reason.strip()
        audit.record(s, actor, "cancel", "volunteer_shift", shift.id, reason.strip())


@checked
def add_template(
    db: Database,
    actor: Actor,
    *,
    post_id: int,
    weekday: int,
    start_min: int,
    end_min: int,
    place: str = "",
    min_people: int = 1,
    max_people: int = 1,
    required_skills: list[str] | None = None,
) -> int:
    require(actor, MANAGE_ROSTER)
    if not 0 <= weekday <= 6:
        raise ValidationError({"weekday": translate("Volunteers", "Choose a day of the week.")})
    _validate_times_people(start_min, end_min, min_people, max_people)
    with db.write() as s:
        if s.get(VolunteerPost, post_id) is None:
            raise NotFound(translate("Volunteers", "The post was not found."))
        t = ShiftTemplate(
            post_id=post_id,
            weekday=weekday,
            start_min=start_min,
            end_min=end_min,
            place=place.strip(),
            min_people=min_people,
            max_people=max_people,
            required_skills=",".join(k.strip() for k in required_skills or [] if k.strip()),
        )
        s.add(t)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "volunteer_shift_template",
            t.id,
            audit.message("volunteers.template", weekday=weekday, start=hhmm(start_min), end=hhmm(end_min)),
        )
        return t.id


@checked
def generate_from_templates(db: Database, actor: Actor, first: dt.date, last: dt.date) -> int:
    """Create the shifts of every active template for the days in [first, last]; days already generated are skipped."""
    require(actor, MANAGE_ROSTER)
    if last < first:
        raise ValidationError({"last": translate("Volunteers", "The end date is before the start date.")})
    if (last - first).days > 366:
        raise ValidationError({"last": translate("Volunteers", "Generate at most one year at a time.")})
    with db.write() as s:
        templates = list(s.execute(select(ShiftTemplate).where(ShiftTemplate.active)).scalars())
        done = set(
            s.execute(
                select(Shift.template_id, Shift.day).where(
                    Shift.template_id.is_not(None), Shift.day >= first, Shift.day <= last
                )
            )
        )
        now = clock.now()
        made = 0
        day = first
        while day <= last:
            for t in templates:
                if t.weekday == day.weekday() and (t.id, day) not in done:
                    s.add(
                        Shift(
                            post_id=t.post_id,
                            day=day,
                            start_min=t.start_min,
                            end_min=t.end_min,
                            place=t.place,
                            min_people=t.min_people,
                            max_people=t.max_people,
                            required_skills=t.required_skills,
                            template_id=t.id,
                            created_at=now,
                        )
                    )
                    made += 1
            day += dt.timedelta(days=1)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "volunteer_shift",
            None,
            audit.message("volunteers.from_templates", n=made, first=first, last=last),
            after={"count": made},
        )
        return made


# ---------------------------------------------------------------- sign-ups


@dataclass(frozen=True)
class SignUpResult:
    signup_id: int
    status: str  # booked | waitlist


def _booked_count(s: Session, shift_id: int) -> int:
    return s.execute(
        select(func.count()).select_from(SignUp).where(SignUp.shift_id == shift_id, SignUp.status == BOOKED)
    ).scalar_one()


def _clashes(s: Session, volunteer_id: int, shift: Shift) -> list[Shift]:
    """The volunteer's booked shifts that overlap this one, the day before and after included (night shifts)."""
    others = s.execute(
        select(Shift)
        .join(SignUp, SignUp.shift_id == Shift.id)
        .where(
            SignUp.volunteer_id == volunteer_id,
            SignUp.status == BOOKED,
            Shift.day >= shift.day - dt.timedelta(days=1),
            Shift.day <= shift.day + dt.timedelta(days=1),
            Shift.id != shift.id,
            Shift.cancelled_at.is_(None),
        )
    ).scalars()
    here = shift_span(shift.day, shift.start_min, shift.end_min)
    return [o for o in others if overlaps(*shift_span(o.day, o.start_min, o.end_min), *here)]


@checked
def sign_up(
    db: Database,
    actor: Actor,
    shift_id: int,
    volunteer_id: int,
    *,
    override_reason: str = "",
    waitlist_if_full: bool = False,
) -> SignUpResult:
    """Book a volunteer on a shift. A clash or a full shift is refused unless `override_reason` is given;
    with `waitlist_if_full` a full shift puts the volunteer on its waitlist instead.

    Capacity and the waitlist hold across workstations because the database serialises every change to one
    shift's people: the shift's row is locked first (`SELECT … FOR UPDATE` on PostgreSQL; on SQLite the write
    unit's BEGIN IMMEDIATE already admits one writer at a time and FOR UPDATE is not rendered), and only then are
    its booked places counted. Two coordinators booking the last place at once queue on that lock; the second
    counts the first's booking and is waitlisted or refused. The volunteer's row is locked too (after the shift,
    always in that order), so two shifts booked for one volunteer at once see each other in the clash check.
    Raises NotFound, UserError (clash, lacking skill, full, minor without consent)."""
    require(actor, MANAGE_ROSTER)
    reason = override_reason.strip()
    with db.write() as s:
        shift = _locked(s, Shift, shift_id)
        if shift is None or shift.cancelled_at is not None:
            raise NotFound(translate("Volunteers", "The shift was not found."))
        vol = _locked(s, Volunteer, volunteer_id)
        if vol is None or vol.archived_at is not None:
            raise NotFound(translate("Volunteers", "The volunteer was not found."))
        birth = s.execute(select(Resident.birth_date).where(Resident.id == vol.resident_id)).scalar()
        if _minor_without_consent(vol, birth, shift.day):
            raise UserError(
                translate("Volunteers", "This volunteer is under 18 and has no guardian's consent on file.")
            )
        if s.execute(
            select(SignUp.id).where(
                SignUp.shift_id == shift_id, SignUp.volunteer_id == volunteer_id, SignUp.status != DROPPED
            )
        ).first():
            raise UserError(translate("Volunteers", "This volunteer is already on this shift."))
        clash = _clashes(s, volunteer_id, shift)
        if clash and not reason:
            c = clash[0]
            raise UserError(
                translate("Volunteers", "This volunteer already has a shift on {day} {time} that overlaps.").format(
                    day=c.day.isoformat(), time=time_range_text(c.start_min, c.end_min)
                )
            )
        lacking = missing_requirements(s, vol, shift)
        if lacking and not reason:
            raise UserError(
                translate(
                    "Volunteers",
                    "This shift requires {needs}, which this volunteer lacks. Override with a reason "
                    "if they may serve anyway.",
                ).format(needs="、".join(lacking))
            )
        full = _booked_count(s, shift_id) >= shift.max_people
        status = BOOKED
        if full:
            if waitlist_if_full:
                status = WAITLIST
            elif not reason:
                raise UserError(
                    translate(
                        "Volunteers",
                        "This shift is full ({count} people). Put the volunteer on the waitlist or "
                        "override with a reason.",
                    ).format(count=shift.max_people)
                )
        su = SignUp(
            shift_id=shift_id,
            volunteer_id=volunteer_id,
            status=status,
            created_at=clock.now(),
            created_by_id=actor.user_id,
            override_reason=reason or None if (clash or lacking or (full and status == BOOKED)) else None,
        )
        s.add(su)
        s.flush()
        action = "override" if su.override_reason else "create"
        audit.record(
            s,
            actor,
            action,
            "volunteer_signup",
            su.id,
            audit.message("volunteers.signup_override", status=status, reason=reason)
            if su.override_reason
            else audit.message("volunteers.signup", status=status),
            after={
                "status": status,
                "clash": bool(clash),
                "full": full,
                "lacking": lacking,
                "reason": su.override_reason,
            },
        )
        return SignUpResult(su.id, status)


@checked
def drop(db: Database, actor: Actor, signup_id: int, reason: str) -> int | None:
    """Take a volunteer off a shift (kept with who and why); the first waitlisted who fits is promoted.
    Returns the promoted sign-up's id, if any.

    Like `sign_up`, the shift's row is locked (FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite) before the
    sign-up is read again and the places are counted, so two coordinators dropping two people at once promote the
    first and then the second in line, never the same person twice. Raises NotFound, UserError."""
    require(actor, MANAGE_ROSTER)
    if not reason.strip():
        raise ValidationError({"reason": translate("Volunteers", "Give a reason.")})
    with db.write() as s:
        shift_id = s.execute(select(SignUp.shift_id).where(SignUp.id == signup_id)).scalar()
        if shift_id is not None:
            _locked(s, Shift, shift_id)
        su = s.execute(select(SignUp).where(SignUp.id == signup_id).execution_options(populate_existing=True)).scalar()
        if su is None or su.status == DROPPED:
            raise NotFound(translate("Volunteers", "The sign-up was not found."))
        if su.checked_in_at is not None:
            raise UserError(translate("Volunteers", "A volunteer who has checked in cannot be dropped."))
        was = su.status
        su.status = DROPPED
        su.dropped_at = clock.now()
        su.dropped_by_id = actor.user_id
        su.drop_reason = reason.strip()
        audit.record(
            s,
            actor,
            "drop",
            "volunteer_signup",
            su.id,
            reason.strip(),
            before={"status": was},
            after={"status": DROPPED},
        )
        s.flush()
        if was == BOOKED:
            return _promote(s, actor, su.shift_id)
        return None


def _locked(s: Session, model, row_id: int):
    """The row, locked until the unit of work ends (FOR UPDATE on PostgreSQL; SQLite has one writer at a time)."""
    return s.execute(
        select(model).where(model.id == row_id).with_for_update().execution_options(populate_existing=True)
    ).scalar()


def _promote(s: Session, actor: Actor, shift_id: int) -> int | None:
    """Book the first waitlisted volunteer who fits; the caller holds the shift's row lock."""
    shift = s.get(Shift, shift_id)
    assert shift is not None
    if _booked_count(s, shift_id) >= shift.max_people:
        return None
    waiting = s.execute(
        select(SignUp)
        .where(SignUp.shift_id == shift_id, SignUp.status == WAITLIST)
        .order_by(SignUp.created_at, SignUp.id)
    ).scalars()
    for w in list(waiting):
        _locked(s, Volunteer, w.volunteer_id)  # their other bookings stay put while we look (shift, then volunteer)
        if _clashes(s, w.volunteer_id, shift):
            continue  # booked elsewhere at that time since; the next one in line moves up
        w.status = BOOKED
        w.promoted_at = clock.now()
        audit.record(
            s,
            actor,
            "promote",
            "volunteer_signup",
            w.id,
            audit.message("volunteers.promoted"),
            before={"status": WAITLIST},
            after={"status": BOOKED},
        )
        return w.id
    return None


# ---------------------------------------------------------------- attendance


def _shift_bounds(shift: Shift) -> tuple[dt.datetime, dt.datetime]:
    """Local start and end; the end of a night shift falls on the next day."""
    tz = clock.local_tz()
    start = dt.datetime.combine(shift.day, dt.time(0), tzinfo=tz) + dt.timedelta(minutes=shift.start_min)
    return start, start + dt.timedelta(minutes=shift_minutes(shift.start_min, shift.end_min))


def shift_bounds(day: dt.date, start_min: int, end_min: int) -> tuple[dt.datetime, dt.datetime]:
    """Local (aware) start and end of a shift on `day` from minutes after midnight; a night shift ends the next day."""
    tz = clock.local_tz()
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz) + dt.timedelta(minutes=start_min)
    return start, start + dt.timedelta(minutes=shift_minutes(start_min, end_min))


def attendance_defaults(
    day: dt.date, start_min: int, end_min: int, now: dt.datetime | None = None
) -> tuple[dt.datetime, dt.datetime]:
    """The check-in and check-out times the desk proposes (local, to the minute): for a shift that has ended, its
    own start and end (attendance typed in afterwards from the paper sheet); otherwise now for both."""
    now = clock.to_local(now or clock.now()).replace(second=0, microsecond=0)
    start, end = shift_bounds(day, start_min, end_min)
    if end <= now:
        return start, end
    return now, now


def same_minute_message(checked_in_at: dt.datetime, out: dt.datetime) -> str:
    """What the desk says when a check-out is not at least a minute after the check-in (both aware)."""
    fmt = "%m-%d %H:%M"
    return translate(
        "Volunteers",
        "The check-out ({out}) must be at least a minute after the check-in ({in_}): enter the time the volunteer "
        "left.",
    ).format(out=clock.to_local(out).strftime(fmt), in_=clock.to_local(checked_in_at).strftime(fmt))


@checked
def check_in(db: Database, actor: Actor, signup_id: int, at: dt.datetime | None = None) -> None:
    """签到 at `at` (aware; default now; the desk proposes the shift's start for a past shift). Refused
    (UserError): not booked, already checked in, a time in the future."""
    require(actor, MANAGE_ROSTER)
    at = at or clock.now()
    with db.write() as s:
        su = s.get(SignUp, signup_id)
        if su is None or su.status != BOOKED:
            raise UserError(translate("Volunteers", "Only a booked volunteer can check in."))
        if su.checked_in_at is not None:
            raise UserError(translate("Volunteers", "This volunteer has already checked in."))
        if at > clock.now():
            raise UserError(translate("Volunteers", "A check-in cannot be in the future."))
        su.checked_in_at = at
        su.no_show = False
        audit.record(s, actor, "check_in", "volunteer_signup", su.id, audit.message("volunteers.check_in", at=at))


@checked
def check_out(db: Database, actor: Actor, signup_id: int, at: dt.datetime | None = None) -> int:
    """Record the check-out and add the worked minutes to the ledger (pending approval). Returns the entry id."""
    require(actor, MANAGE_ROSTER)
    at = at or clock.now()
    with db.write() as s:
        su = s.get(SignUp, signup_id)
        if su is None or su.status != BOOKED or su.checked_in_at is None:
            raise UserError(translate("Volunteers", "This volunteer has not checked in."))
        if su.checked_out_at is not None:
            raise UserError(translate("Volunteers", "This volunteer has already checked out."))
        if at > clock.now():
            raise UserError(translate("Volunteers", "A check-out cannot be in the future."))
        minutes = int((at - su.checked_in_at).total_seconds() // 60)
        if minutes < 1:
            raise UserError(same_minute_message(su.checked_in_at, at))
        if minutes > ledger.MAX_DAY_MINUTES:
            raise UserError(translate("Volunteers", "Minutes must be between 1 and 1440 (24 hours)."))
        su.checked_out_at = at
        shift = s.get(Shift, su.shift_id)
        assert shift is not None
        audit.record(s, actor, "check_out", "volunteer_signup", su.id, audit.message("volunteers.check_out", at=at))
        return ledger.add_entry(
            s,
            actor,
            volunteer_id=su.volunteer_id,
            source="shift",
            source_ref=str(shift.id),
            # counted on the day the shift began, even when the check-out is after midnight
            day=min(shift.day, clock.to_local(at).date()),
            minutes=minutes,
            signup_id=su.id,
        )


@checked
def mark_no_show(db: Database, actor: Actor, signup_id: int) -> None:
    require(actor, MANAGE_ROSTER)
    with db.write() as s:
        su = s.get(SignUp, signup_id)
        if su is None or su.status != BOOKED:
            raise UserError(translate("Volunteers", "Only a booked volunteer can be marked as not shown."))
        if su.checked_in_at is not None:
            raise UserError(translate("Volunteers", "This volunteer has already checked in."))
        su.no_show = True
        audit.record(s, actor, "no_show", "volunteer_signup", su.id, audit.message("volunteers.no_show"))


@checked
def settle_day(db: Database, actor: Actor, day: dt.date) -> tuple[int, int]:
    """After the day's shifts have ended: a forgotten check-out credits the scheduled length and goes to review;
    a booked volunteer who never checked in is recorded as a no-show. Returns (forgotten, no-shows).

    The day's shifts are those that began on `day`; a night shift of the day before (22:00–02:00) that has ended
    by now is settled too, so settling "today" each morning leaves none open. Hours are booked on the day the
    shift began."""
    require(actor, MANAGE_ROSTER)
    now = clock.now()
    forgotten = absent = 0
    with db.write() as s:
        rows = s.execute(
            select(SignUp, Shift)
            .join(Shift, Shift.id == SignUp.shift_id)
            .where(
                Shift.day >= day - dt.timedelta(days=1),
                Shift.day <= day,
                Shift.cancelled_at.is_(None),
                SignUp.status == BOOKED,
                SignUp.checked_out_at.is_(None),
                SignUp.no_show.is_(False),
            )
            .order_by(SignUp.id)
        )
        for su, shift in rows:
            start, end = _shift_bounds(shift)
            if end > now:
                continue
            if su.checked_in_at is None:
                su.no_show = True
                audit.record(
                    s, actor, "no_show", "volunteer_signup", su.id, audit.message("volunteers.no_show_settled")
                )
                absent += 1
                continue
            su.checked_out_at = end
            audit.record(
                s, actor, "check_out", "volunteer_signup", su.id, audit.message("volunteers.forgotten_check_out")
            )
            ledger.add_entry(
                s,
                actor,
                volunteer_id=su.volunteer_id,
                source="shift",
                source_ref=str(shift.id),
                day=shift.day,
                minutes=shift_minutes(shift.start_min, shift.end_min),
                signup_id=su.id,
                needs_review=True,
                review_reason="forgotten_checkout",
            )
            forgotten += 1
    return forgotten, absent


@checked
def add_manual_hours(db: Database, actor: Actor, volunteer_id: int, day: dt.date, minutes: int, note: str) -> int:
    require(actor, MANAGE_ROSTER)
    if not note.strip():
        raise ValidationError({"note": translate("Volunteers", "Say what the volunteer did.")})
    with db.write() as s:
        if s.get(Volunteer, volunteer_id) is None:
            raise NotFound(translate("Volunteers", "The volunteer was not found."))
        return ledger.add_entry(
            s,
            actor,
            volunteer_id=volunteer_id,
            source="manual",
            source_ref="",
            day=day,
            minutes=minutes,
            note=note.strip(),
        )


@checked
def decide_hours(db: Database, actor: Actor, entry_id: int, *, approve: bool, note: str = "") -> None:
    require(actor, APPROVE_HOURS)
    with db.write() as s:
        ledger.decide(s, actor, entry_id, approve=approve, note=note)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class PendingRow:
    id: int
    volunteer_id: int
    name: str
    day: dt.date
    minutes: int
    source: str
    source_ref: str
    note: str
    needs_review: bool


@checked
def pending_hours(db: Database, limit: int = 500) -> list[PendingRow]:
    """Hours waiting for approval; forgotten check-outs first (the review list)."""
    with db.read() as s:
        q = (
            select(HoursEntry, Resident.name)
            .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
            .join(Resident, Resident.id == Volunteer.resident_id)
            .where(HoursEntry.status == ledger.PENDING)
            .order_by(HoursEntry.needs_review.desc(), HoursEntry.day, HoursEntry.id)
            .limit(limit)
        )
        return [
            PendingRow(e.id, e.volunteer_id, name, e.day, e.minutes, e.source, e.source_ref, e.note, e.needs_review)
            for e, name in s.execute(q)
        ]


@dataclass(frozen=True)
class RosterPerson:
    signup_id: int
    volunteer_id: int
    name: str
    status: str
    checked_in: bool
    checked_out: bool
    no_show: bool


@dataclass
class ShiftCell:
    shift_id: int
    post_id: int
    day: dt.date
    start_min: int
    end_min: int
    place: str
    min_people: int
    max_people: int
    people: list[RosterPerson] = field(default_factory=list)

    @property
    def booked(self) -> int:
        return sum(1 for p in self.people if p.status == BOOKED)

    @property
    def waiting(self) -> int:
        return sum(1 for p in self.people if p.status == WAITLIST)

    @property
    def understaffed(self) -> bool:
        return self.booked < self.min_people

    @property
    def time_text(self) -> str:
        return time_range_text(self.start_min, self.end_min)


@dataclass
class WeekRoster:
    monday: dt.date
    posts: list[PostRow]
    cells: dict[tuple[int, int], list[ShiftCell]]  # (post_id, weekday) -> shifts by start time

    def days(self) -> list[dt.date]:
        return [self.monday + dt.timedelta(days=i) for i in range(7)]


@checked
def week_roster(db: Database, monday: dt.date) -> WeekRoster:
    """The week's shifts by post and day with their people: two queries whatever the number of shifts."""
    monday = monday - dt.timedelta(days=monday.weekday())
    sunday = monday + dt.timedelta(days=6)
    posts = list_posts(db)
    with db.read() as s:
        shifts = s.execute(
            select(
                Shift.id,
                Shift.post_id,
                Shift.day,
                Shift.start_min,
                Shift.end_min,
                Shift.place,
                Shift.min_people,
                Shift.max_people,
            )
            .where(Shift.day >= monday, Shift.day <= sunday, Shift.cancelled_at.is_(None))
            .order_by(Shift.day, Shift.start_min, Shift.id)
        ).all()
        by_id: dict[int, ShiftCell] = {}
        cells: dict[tuple[int, int], list[ShiftCell]] = {}
        for sid, post_id, day, a, b, place, lo, hi in shifts:
            cell = ShiftCell(sid, post_id, day, a, b, place, lo, hi)
            by_id[sid] = cell
            cells.setdefault((post_id, day.weekday()), []).append(cell)
        if by_id:
            people = s.execute(
                select(
                    SignUp.id,
                    SignUp.shift_id,
                    SignUp.volunteer_id,
                    Resident.name,
                    SignUp.status,
                    SignUp.checked_in_at,
                    SignUp.checked_out_at,
                    SignUp.no_show,
                )
                .join(Shift, Shift.id == SignUp.shift_id)
                .join(Volunteer, Volunteer.id == SignUp.volunteer_id)
                .join(Resident, Resident.id == Volunteer.resident_id)
                .where(and_(Shift.day >= monday, Shift.day <= sunday), SignUp.status != DROPPED)
                .order_by(SignUp.created_at, SignUp.id)
            )
            for suid, sid, vid, name, status, cin, cout, ns in people:
                if sid in by_id:
                    by_id[sid].people.append(
                        RosterPerson(suid, vid, name, status, cin is not None, cout is not None, ns)
                    )
    known = {p.id for p in posts}
    if any(pid not in known for pid, _ in cells):
        with db.read() as s:
            extra = s.execute(
                select(VolunteerPost).where(VolunteerPost.id.in_({p for p, _ in cells} - known))
            ).scalars()
            posts += [PostRow(p.id, p.code, p.name, p.place) for p in extra]
    return WeekRoster(monday, posts, cells)
