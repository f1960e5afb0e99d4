"""Childcare services: programs, children, contacts, enrolment, and the attendance log with the release rules.

The rule that must never fail: a child is released only to an adult on that child's list as guardian or
authorised pick-up, not blocked, not archived, valid on the day — or alone with a guardian's written consent on
file. A blocked adult never; anything else only with the approval of an account holding OVERRIDE_PICKUP, with a
reason, audited and marked in the reports (the rules: `app.childcare.release`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit, clock, field_labels
from app.accounts.permissions import (
    CHILDCARE_DESK,
    EXPORT_PERSONAL_DATA,
    MANAGE_CHILDCARE,
    SEE_CHILDREN,
    SEE_MEDICAL_NOTES,
    may,
    require,
)
from app.actor import Actor
from app.boundary import checked
from app.childcare import release as _release
from app.childcare.release import (  # noqa: F401 - the release rules, still importable from here
    BlockedAdult,
    UnlistedAdult,
    alone_refusal,
    override_kind_label,
    release_check,
    release_refusal,
)
from app.database import Database
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.residents.phones import optional_phone
from app.typed import compact_number, search_text
from db.models import Resident
from db.models.childcare import (
    Child,
    ChildAttendance,
    ChildcareDuty,
    ChildcareProgram,
    ChildContact,
    ChildEnrolment,
)

PROGRAM_KINDS = ("daycare", "after_school", "summer", "evening")
OPTIONS = ("lunch", "nap", "homework", "school_pickup")
ROLES = ("guardian", "pickup", "emergency", "blocked")
METHODS = ("desk", "pin", "qr")
ABSENCE_REASONS = ("notified", "sick", "other")
IN, OUT, ABSENT = "in", "out", "absent"
QR_PREFIX = "CC"
SIGN_IN_EARLY_MIN = 60  # a child may be signed in up to an hour before the window opens


def kind_label(kind: str) -> str:
    return {
        "daycare": translate("Childcare", "Day care (托管)"),
        "after_school": translate("Childcare", "After-school class (四点半课堂)"),
        "summer": translate("Childcare", "Summer care (暑托班)"),
        "evening": translate("Childcare", "Evening care (晚托班)"),
    }.get(kind, kind)


def role_label(role: str) -> str:
    return {
        "guardian": translate("Childcare", "Guardian"),
        "pickup": translate("Childcare", "Authorised pick-up"),
        "emergency": translate("Childcare", "Emergency only"),
        "blocked": translate("Childcare", "Blocked"),
    }.get(role, role)


def hhmm(minutes: int) -> str:
    """Minutes after midnight as HH:MM; a time past 24:00 (an evening that runs into the next day) reads 00:30."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def weekday_in(mask: int, day: dt.date) -> bool:
    return bool(mask & (1 << day.weekday()))


def local_minutes(instant: dt.datetime) -> int:
    local = clock.to_local(instant)
    assert local is not None
    return local.hour * 60 + local.minute


# ---------------------------------------------------------------- programs


@dataclass
class ProgramInput:
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    open_min: int
    close_min: int
    capacity: int
    weekdays: int = 0b11111
    groups: list[str] = field(default_factory=list)
    ratio_children_per_staff: int = 10
    options: list[str] = field(default_factory=list)
    absence_cutoff_min: int | None = None


def _program_snapshot(p: ChildcareProgram) -> dict[str, object]:
    return {
        "name": p.name,
        "kind": p.kind,
        "starts_on": p.starts_on,
        "ends_on": p.ends_on,
        "weekdays": p.weekdays,
        "open_min": p.open_min,
        "close_min": p.close_min,
        "groups": p.groups,
        "capacity": p.capacity,
        "ratio": p.ratio_children_per_staff,
        "options": p.options,
        "absence_cutoff_min": p.absence_cutoff_min,
    }


def overnight_close(open_min: int, close_min: int, kind: str = "evening") -> int:
    """The closing time in minutes after the opening day's midnight. Only evening care (晚托, kind "evening") may run
    into the next day: its close earlier than (or at) the opening time is on the next day (18:00–00:30 closes at
    24:30 = 1470), and a close past 24:00 is kept as given. Other kinds close within the day (a close before the
    opening there is a typing slip, refused by `validate_program`)."""
    if kind != "evening":
        return close_min if close_min <= 24 * 60 else -1
    return close_min + 24 * 60 if close_min <= open_min and close_min <= 24 * 60 else close_min


def validate_program(inp: ProgramInput) -> dict[str, str]:
    """Field → message for everything wrong with a program (empty when it may be saved). Used as the user types."""
    errors: dict[str, str] = {}
    if not inp.name.strip():
        errors["name"] = translate("Childcare", "Give the program a name.")
    elif len(inp.name.strip()) > 100:
        errors["name"] = field_labels.too_long("name", 100, len(inp.name.strip()), "ProgramInput")
    if inp.kind not in PROGRAM_KINDS:
        errors["kind"] = translate("Childcare", "Choose the type of program.")
    if inp.ends_on < inp.starts_on:
        errors["ends_on"] = translate("Childcare", "The term ends before it starts.")
    close = overnight_close(inp.open_min, inp.close_min, inp.kind)
    if not (0 <= inp.open_min < 24 * 60 and inp.open_min < close <= inp.open_min + 24 * 60):
        errors["close_min"] = translate("Childcare", "The daily window must open before it closes.")
    if not (0 < inp.weekdays < 128):
        errors["weekdays"] = translate("Childcare", "Choose at least one weekday.")
    if inp.capacity <= 0:
        errors["capacity"] = translate("Childcare", "Capacity must be at least 1.")
    if inp.ratio_children_per_staff <= 0:
        errors["ratio"] = translate("Childcare", "The ratio must be at least one child per staff member.")
    if any(o not in OPTIONS for o in inp.options):
        errors["options"] = translate("Childcare", "Unknown program option.")
    groups = [g.strip() for g in inp.groups if g.strip()]
    if any("," in g for g in groups) or len(set(groups)) != len(groups):
        errors["groups"] = translate("Childcare", "Group names must be different and contain no commas.")
    elif len(",".join(groups)) > 300:
        errors["groups"] = translate("Childcare", "Too many or too long group names.")
    if inp.absence_cutoff_min is not None and not (inp.open_min <= inp.absence_cutoff_min <= inp.close_min):
        errors["absence_cutoff_min"] = translate("Childcare", "The absence cut-off must lie within the daily window.")
    return errors


@checked
def create_program(db: Database, actor: Actor, inp: ProgramInput) -> int:
    """A new program; a window that ends after midnight is stored with its close past 24:00 (`overnight_close`)."""
    require(actor, MANAGE_CHILDCARE)
    errors = validate_program(inp)
    if not errors:
        inp = dataclasses.replace(inp, close_min=overnight_close(inp.open_min, inp.close_min, inp.kind))
    groups = [g.strip() for g in inp.groups if g.strip()]
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        p = ChildcareProgram(
            name=inp.name.strip(),
            kind=inp.kind,
            starts_on=inp.starts_on,
            ends_on=inp.ends_on,
            weekdays=inp.weekdays,
            open_min=inp.open_min,
            close_min=inp.close_min,
            groups=",".join(groups),
            capacity=inp.capacity,
            ratio_children_per_staff=inp.ratio_children_per_staff,
            options=",".join(inp.options),
            absence_cutoff_min=inp.absence_cutoff_min,
        )
        s.add(p)
        s.flush()
        audit.record(s, actor, "create", "childcare_program", p.id, p.name, after=_program_snapshot(p))
        return p.id


@dataclass(frozen=True)
class ProgramRow:
    id: int
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    weekdays: int
    open_min: int
    close_min: int
    groups: tuple[str, ...]
    capacity: int
    ratio: int
    options: tuple[str, ...]
    absence_cutoff_min: int | None

    def runs_on(self, day: dt.date) -> bool:
        return self.starts_on <= day <= self.ends_on and weekday_in(self.weekdays, day)


def _program_row(p: ChildcareProgram) -> ProgramRow:
    return ProgramRow(
        p.id,
        p.name,
        p.kind,
        p.starts_on,
        p.ends_on,
        p.weekdays,
        p.open_min,
        p.close_min,
        tuple(g for g in p.groups.split(",") if g),
        p.capacity,
        p.ratio_children_per_staff,
        tuple(o for o in p.options.split(",") if o),
        p.absence_cutoff_min,
    )


@checked
def list_programs(db: Database) -> list[ProgramRow]:
    with db.read() as s:
        rows = s.scalars(
            select(ChildcareProgram).where(ChildcareProgram.archived_at.is_(None)).order_by(ChildcareProgram.id)
        ).all()
        return [_program_row(p) for p in rows]


@checked
def get_program(db: Database, program_id: int) -> ProgramRow:
    with db.read() as s:
        p = s.get(ChildcareProgram, program_id)
        if p is None:
            raise NotFound(translate("Childcare", "No such program."))
        return _program_row(p)


def program_input(row: ProgramRow) -> ProgramInput:
    """A program as the edit form's starting values."""
    return ProgramInput(
        name=row.name,
        kind=row.kind,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        open_min=row.open_min,
        close_min=row.close_min,
        capacity=row.capacity,
        weekdays=row.weekdays,
        groups=list(row.groups),
        ratio_children_per_staff=row.ratio,
        options=list(row.options),
        absence_cutoff_min=row.absence_cutoff_min,
    )


@checked
def update_program(db: Database, actor: Actor, program_id: int, inp: ProgramInput) -> None:
    """Change a program. A group or option still used by a current enrolment cannot be removed."""
    require(actor, MANAGE_CHILDCARE)
    errors = validate_program(inp)
    if errors:
        raise ValidationError(errors)
    inp = dataclasses.replace(inp, close_min=overnight_close(inp.open_min, inp.close_min, inp.kind))
    groups = [g.strip() for g in inp.groups if g.strip()]
    with db.write() as s:
        p = s.get(ChildcareProgram, program_id)
        if p is None or p.archived_at is not None:
            raise NotFound(translate("Childcare", "No such program."))
        current = s.execute(
            select(ChildEnrolment.group_name, ChildEnrolment.options, ChildEnrolment.weekdays).where(
                ChildEnrolment.program_id == program_id, ChildEnrolment.withdrawn_at.is_(None)
            )
        ).all()
        used_groups = {g for g, _o, _w in current if g}
        if groups and (missing := used_groups - set(groups)):
            raise ValidationError(
                {
                    "groups": translate("Childcare", "Children are still enrolled in group {group}.").format(
                        group="、".join(sorted(missing))
                    )
                }
            )
        used_options = {o for _g, opts, _w in current for o in opts.split(",") if o}
        if missing := used_options - set(inp.options):
            raise ValidationError(
                {"options": translate("Childcare", "Children are still enrolled with an option you removed.")}
            )
        if any(w & ~inp.weekdays for _g, _o, w in current):
            raise ValidationError(
                {"weekdays": translate("Childcare", "Children are still enrolled on a weekday you removed.")}
            )
        before = _program_snapshot(p)
        p.name = inp.name.strip()
        p.kind = inp.kind
        p.starts_on = inp.starts_on
        p.ends_on = inp.ends_on
        p.weekdays = inp.weekdays
        p.open_min = inp.open_min
        p.close_min = inp.close_min
        p.groups = ",".join(groups)
        p.capacity = inp.capacity
        p.ratio_children_per_staff = inp.ratio_children_per_staff
        p.options = ",".join(inp.options)
        p.absence_cutoff_min = inp.absence_cutoff_min
        audit.record(s, actor, "update", "childcare_program", p.id, p.name, before=before, after=_program_snapshot(p))


@checked
def archive_program(db: Database, actor: Actor, program_id: int, reason: str) -> None:
    """Close a program: it leaves the lists; its enrolments and attendance stay as the record."""
    require(actor, MANAGE_CHILDCARE)
    if not reason.strip():
        raise ValidationError({"reason": translate("Childcare", "Give a reason.")})
    with db.write() as s:
        p = s.get(ChildcareProgram, program_id)
        if p is None or p.archived_at is not None:
            raise NotFound(translate("Childcare", "No such program."))
        p.archived_at = clock.now()
        audit.record(s, actor, "archive", "childcare_program", p.id, f"{p.name}: {reason.strip()}")


# ---------------------------------------------------------------- children and contacts


@dataclass
class ChildInput:
    name: str
    gender: str | None = None
    birth_date: dt.date | None = None
    school: str = ""
    grade: str = ""
    class_name: str = ""
    allergy_note: str = ""
    medical_note: str = ""
    health_disclosure_on_file: bool = False
    safety_agreement_on_file: bool = False
    resident_id: int | None = None


ALLERGY_MAX = 60


def may_read_medical_note(actor: Actor) -> bool:
    """The private medical note is for childcare staff and administrators only (never a cashier or the front desk)."""
    return may(actor, SEE_MEDICAL_NOTES)


def validate_child(inp: ChildInput, actor: Actor) -> dict[str, str]:
    """Field → message for everything wrong with a child's record (empty when it may be saved)."""
    errors: dict[str, str] = {}
    if not inp.name.strip():
        errors["name"] = translate("Childcare", "Enter the child's name.")
    elif len(inp.name.strip()) > 50:
        errors["name"] = field_labels.too_long("name", 50, len(inp.name.strip()), "ChildInput")
    if inp.gender not in (None, "M", "F"):
        errors["gender"] = translate("Childcare", "Choose the child's gender.")
    if inp.birth_date is not None and inp.birth_date > clock.today():
        errors["birth_date"] = translate("Childcare", "The birth date is in the future.")
    elif inp.birth_date is not None and inp.birth_date < clock.today() - dt.timedelta(days=19 * 366):
        errors["birth_date"] = translate("Childcare", "This birth date is not a child's.")
    for key, value, limit in (
        ("school", inp.school, 100),
        ("grade", inp.grade, 20),
        ("class_name", inp.class_name, 20),
    ):
        if len(value.strip()) > limit:
            errors[key] = field_labels.too_long(key, limit, len(value.strip()), "ChildInput")
    if len(inp.allergy_note.strip()) > ALLERGY_MAX:
        errors["allergy_note"] = translate("Childcare", "Keep the allergy note short (60 characters at most).")
    if inp.medical_note.strip() and not may_read_medical_note(actor):
        errors["medical_note"] = translate("Childcare", "Only childcare staff may record the medical note.")
    return errors


@checked
def create_child(db: Database, actor: Actor, inp: ChildInput) -> int:
    require(actor, MANAGE_CHILDCARE)
    errors = validate_child(inp, actor)
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        c = insert_child(s, actor, inp)
        return c.id


def insert_child(s: Session, actor: Actor, inp: ChildInput) -> Child:
    """Add a child checked by `validate_child` to the caller's unit of work, flushed and audited (`create_child` and
    the spreadsheet import, app.imports, share it)."""
    if inp.resident_id is not None and s.get(Resident, inp.resident_id) is None:
        raise UserError(translate("Childcare", "The linked resident record does not exist."))
    c = Child(
        name=inp.name.strip(),
        gender=inp.gender,
        birth_date=inp.birth_date,
        school=inp.school.strip(),
        grade=inp.grade.strip(),
        class_name=inp.class_name.strip(),
        allergy_note=inp.allergy_note.strip(),
        medical_note=inp.medical_note.strip(),
        health_disclosure_on_file=inp.health_disclosure_on_file,
        safety_agreement_on_file=inp.safety_agreement_on_file,
        resident_id=inp.resident_id,
    )
    s.add(c)
    s.flush()
    audit.record(s, actor, "create", "childcare_child", c.id, c.name, after=_child_snapshot(c))
    return c


def _child_snapshot(c: Child) -> dict[str, object]:
    # The medical note is never written into the audit trail in clear: only whether it is set or changed.
    return {
        "name": c.name,
        "gender": c.gender,
        "birth_date": c.birth_date,
        "school": c.school,
        "grade": c.grade,
        "class": c.class_name,
        "allergy_note": c.allergy_note,
        "medical_note_set": bool(c.medical_note),
        "health_disclosure": c.health_disclosure_on_file,
        "safety_agreement": c.safety_agreement_on_file,
        "resident_id": c.resident_id,
    }


@checked
def get_child(db: Database, actor: Actor, child_id: int) -> ChildInput:
    """A child's record as the edit form's starting values. The medical note is blank for anyone who may not
    read it (and an update by them leaves it as it is)."""
    require(actor, CHILDCARE_DESK)
    with db.read() as s:
        c = s.get(Child, child_id)
        if c is None:
            raise NotFound(translate("Childcare", "No such child."))
        return ChildInput(
            name=c.name,
            gender=c.gender,
            birth_date=c.birth_date,
            school=c.school,
            grade=c.grade,
            class_name=c.class_name,
            allergy_note=c.allergy_note,
            medical_note=c.medical_note if may_read_medical_note(actor) else "",
            health_disclosure_on_file=c.health_disclosure_on_file,
            safety_agreement_on_file=c.safety_agreement_on_file,
            resident_id=c.resident_id,
        )


@checked
def update_child(db: Database, actor: Actor, child_id: int, inp: ChildInput) -> None:
    require(actor, MANAGE_CHILDCARE)
    errors = validate_child(inp, actor)
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        c = s.get(Child, child_id)
        if c is None or c.archived_at is not None:
            raise NotFound(translate("Childcare", "No such child."))
        if inp.resident_id is not None and s.get(Resident, inp.resident_id) is None:
            raise UserError(translate("Childcare", "The linked resident record does not exist."))
        change_child(s, actor, c, inp)


def change_child(s: Session, actor: Actor, c: Child, inp: ChildInput) -> None:
    """Give child `c` the values of `inp` (checked by `validate_child`) inside the caller's unit of work, audited; the
    medical note changes only for a role that may read it (`update_child` and the import share it)."""
    before = _child_snapshot(c)
    old_medical = c.medical_note
    c.name = inp.name.strip()
    c.gender = inp.gender
    c.birth_date = inp.birth_date
    c.school = inp.school.strip()
    c.grade = inp.grade.strip()
    c.class_name = inp.class_name.strip()
    c.allergy_note = inp.allergy_note.strip()
    if may_read_medical_note(actor):
        c.medical_note = inp.medical_note.strip()
    c.health_disclosure_on_file = inp.health_disclosure_on_file
    c.safety_agreement_on_file = inp.safety_agreement_on_file
    c.resident_id = inp.resident_id
    after = _child_snapshot(c)
    after["medical_note_changed"] = c.medical_note != old_medical
    audit.record(s, actor, "update", "childcare_child", c.id, c.name, before=before, after=after)


@checked
def archive_child(db: Database, actor: Actor, child_id: int, reason: str) -> None:
    """A child who leaves: archived (never deleted) and withdrawn from every current enrolment, in one unit."""
    require(actor, MANAGE_CHILDCARE)
    if not reason.strip():
        raise ValidationError({"reason": translate("Childcare", "Give a reason.")})
    with db.write() as s:
        c = s.get(Child, child_id)
        if c is None or c.archived_at is not None:
            raise NotFound(translate("Childcare", "No such child."))
        now = clock.now()
        c.archived_at = now
        for e in s.scalars(
            select(ChildEnrolment).where(ChildEnrolment.child_id == child_id, ChildEnrolment.withdrawn_at.is_(None))
        ):
            e.withdrawn_at = now
            e.withdraw_reason = reason.strip()
        audit.record(s, actor, "archive", "childcare_child", c.id, f"{c.name}: {reason.strip()}")


@dataclass(frozen=True)
class ChildRow:
    id: int
    name: str
    gender: str | None
    birth_date: dt.date | None
    school: str
    grade: str
    class_name: str
    allergy_note: str
    programs: str  # names of the current enrolments


@checked
def list_children(db: Database, actor: Actor, text: str = "", limit: int = 500) -> list[ChildRow]:
    """Children on the books (not archived), by name; `text` filters on name or school, in SQL.
    Rows carry allergy notes: PermissionDenied unless `actor` works the childcare desk (issue 12 item 3)."""
    require(actor, CHILDCARE_DESK)
    with db.read() as s:
        q = select(Child).where(Child.archived_at.is_(None)).order_by(Child.name, Child.id).limit(limit)
        t = search_text(text)
        if t:
            like = f"%{t}%"
            q = q.where(Child.name.like(like) | Child.school.like(like))
        children = s.scalars(q).all()
        ids = [c.id for c in children]
        enrolled: dict[int, list[str]] = {}
        if ids:
            for cid, pname in s.execute(
                select(ChildEnrolment.child_id, ChildcareProgram.name)
                .join(ChildcareProgram, ChildcareProgram.id == ChildEnrolment.program_id)
                .where(
                    ChildEnrolment.child_id.in_(ids),
                    ChildEnrolment.withdrawn_at.is_(None),
                    ChildEnrolment.ends_on >= clock.today(),
                    ChildcareProgram.archived_at.is_(None),
                )
                .order_by(ChildEnrolment.id)
            ):
                enrolled.setdefault(cid, []).append(pname)
        return [
            ChildRow(
                c.id,
                c.name,
                c.gender,
                c.birth_date,
                c.school,
                c.grade,
                c.class_name,
                c.allergy_note,
                "、".join(enrolled.get(c.id, [])),
            )
            for c in children
        ]


@dataclass
class ContactInput:
    child_id: int
    resident_id: int
    role: str
    relation: str = ""
    phone: str = ""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    id_last_digits: str = ""
    may_leave_alone_consent: bool = False


def validate_contact(inp: ContactInput) -> dict[str, str]:
    """Field → message for everything wrong with a contact (empty when it may be saved)."""
    errors: dict[str, str] = {}
    if inp.role not in ROLES:
        errors["role"] = translate("Childcare", "Choose the contact's role.")
    if inp.valid_from and inp.valid_to and inp.valid_to < inp.valid_from:
        errors["valid_to"] = translate("Childcare", "The authorisation ends before it starts.")
    digits = compact_number(inp.id_last_digits).upper()
    if digits and not (1 <= len(digits) <= 6 and all(ch.isdigit() or ch == "X" for ch in digits)):
        errors["id_last_digits"] = translate("Childcare", "Enter up to six last digits of the ID number.")
    try:
        optional_phone(inp.phone)  # the residents' phone rule (app.residents.phones), not one of its own
    except UserError as exc:
        errors["phone"] = exc.message
    if len(inp.relation.strip()) > 20:
        errors["relation"] = field_labels.too_long("relation", 20, len(inp.relation.strip()), "ContactInput")
    if inp.may_leave_alone_consent and inp.role != "guardian":
        errors["may_leave_alone_consent"] = translate(
            "Childcare", "Only a guardian can give consent for the child to leave alone."
        )
    return errors


def _refuse_blocked_person(s: Session, actor: Actor, child: Child, inp: ContactInput, contact_id: int | None) -> None:
    """Refuse (UserError) a contact who is a blocked adult of the child: the same resident, ID number, phone (the
    resident's or the one given for the contact) or name (`release.blocked_person_for`)."""
    people = [
        _release.person_of_resident(s, inp.resident_id, "", inp.id_last_digits.strip()),
        _release.Person(None, "", inp.phone.strip()),
    ]
    for person in people:
        if _release.blocked_person_for(s, child.id, person, except_contact=contact_id) is not None:
            raise UserError(_release.blocked_match_message(), field="resident")


def _lifts_block(before: ChildContact, inp: ContactInput, today: dt.date) -> bool:
    """Whether changing a blocked contact to `inp` lifts (or narrows) the block: a new role, or dates that no longer
    cover today (or that end sooner)."""
    if before.role != "blocked":
        return False
    if inp.role != "blocked":
        return True
    if inp.valid_from is not None and inp.valid_from > today:
        return True
    if inp.valid_to is not None and (before.valid_to is None or inp.valid_to < before.valid_to):
        return True
    return False


@checked
def add_contact(db: Database, actor: Actor, inp: ContactInput) -> int:
    """Add an adult to a child's list. Refused (UserError) when the adult — any role but `blocked` — is the same
    person as a blocked adult of the child (resident, ID number, phone or normalised name:
    `release.blocked_person_for`), also when the blocked row is archived."""
    require(actor, MANAGE_CHILDCARE)
    errors = validate_contact(inp)
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        return insert_contact(s, actor, inp).id


def insert_contact(s: Session, actor: Actor, inp: ContactInput) -> ChildContact:
    """Add a contact checked by `validate_contact` to the caller's unit of work, flushed and audited, with every
    rule of `add_contact` (a known child and adult, not listed twice, not a blocked person); the spreadsheet import
    (app.imports) shares it."""
    digits = compact_number(inp.id_last_digits).upper()
    child = s.get(Child, inp.child_id)
    if child is None or child.archived_at is not None:
        raise NotFound(translate("Childcare", "No such child."))
    resident = s.get(Resident, inp.resident_id)
    if resident is None or resident.archived_at is not None:
        raise UserError(translate("Childcare", "Unknown adult: register them as a resident first."))
    existing = s.scalar(
        select(ChildContact).where(
            ChildContact.child_id == inp.child_id,
            ChildContact.resident_id == inp.resident_id,
            ChildContact.archived_at.is_(None),
        )
    )
    if existing is not None:
        raise UserError(translate("Childcare", "This adult is already on the child's list."))
    if inp.role != "blocked":
        _refuse_blocked_person(s, actor, child, inp, None)
    c = ChildContact(
        child_id=inp.child_id,
        resident_id=inp.resident_id,
        role=inp.role,
        relation=inp.relation.strip(),
        phone=optional_phone(inp.phone) or (resident.phone or ""),
        valid_from=inp.valid_from,
        valid_to=inp.valid_to,
        id_last_digits=digits,
        may_leave_alone_consent=inp.may_leave_alone_consent,
    )
    s.add(c)
    s.flush()
    audit.record(
        s,
        actor,
        "create",
        "childcare_contact",
        c.id,
        f"{child.name} ← {resident.name} ({inp.role})",
        after={
            "child_id": c.child_id,
            "resident_id": c.resident_id,
            "role": c.role,
            "valid_from": c.valid_from,
            "valid_to": c.valid_to,
            "consent_alone": c.may_leave_alone_consent,
        },
    )
    return c


def _contact_snapshot(c: ChildContact) -> dict[str, object]:
    return {
        "role": c.role,
        "relation": c.relation,
        "phone": c.phone,
        "valid_from": c.valid_from,
        "valid_to": c.valid_to,
        "id_last_digits": c.id_last_digits,
        "consent_alone": c.may_leave_alone_consent,
    }


@checked
def get_contact(db: Database, actor: Actor, contact_id: int) -> ContactInput:
    """One contact as the edit form's input (phone, last ID digits, validity). PermissionDenied unless `actor`
    works the childcare desk (issue 12 item 3)."""
    require(actor, CHILDCARE_DESK)
    with db.read() as s:
        c = s.get(ChildContact, contact_id)
        if c is None:
            raise NotFound(translate("Childcare", "No such contact."))
        return ContactInput(
            child_id=c.child_id,
            resident_id=c.resident_id,
            role=c.role,
            relation=c.relation,
            phone=c.phone,
            valid_from=c.valid_from,
            valid_to=c.valid_to,
            id_last_digits=c.id_last_digits,
            may_leave_alone_consent=c.may_leave_alone_consent,
        )


@checked
def update_contact(
    db: Database,
    actor: Actor,
    contact_id: int,
    inp: ContactInput,
    *,
    approver: Actor | None = None,
    reason: str = "",
) -> None:
    """Change a contact's role, relation, phone, dates or consent. The adult and the child stay the same (add
    another contact for another adult).

    Lifting a block — a `blocked` contact given another role, or dates that start after today or end sooner — needs
    `approver`: another signed-in account holding LIFT_PICKUP_BLOCK (administrators), checked in the database, and
    a `reason`; the audit entry `lift_block` names both (`release.check_lift`, UserError otherwise). A contact who
    is the same person as a blocked adult of the child cannot be given a role other than `blocked`."""
    require(actor, MANAGE_CHILDCARE)
    errors = validate_contact(inp)
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        c = s.get(ChildContact, contact_id)
        if c is None or c.archived_at is not None:
            raise NotFound(translate("Childcare", "No such contact."))
        if inp.resident_id != c.resident_id or inp.child_id != c.child_id:
            raise UserError(translate("Childcare", "Add a new contact for another adult."))
        lifting = _lifts_block(c, inp, clock.today())
        if lifting:
            _release.check_lift(s, actor, approver, reason)
        elif inp.role != "blocked":
            child = s.get(Child, c.child_id)
            assert child is not None
            _refuse_blocked_person(s, actor, child, inp, c.id)
        before = _contact_snapshot(c)
        c.role = inp.role
        c.relation = inp.relation.strip()
        c.phone = optional_phone(inp.phone)
        c.valid_from = inp.valid_from
        c.valid_to = inp.valid_to
        c.id_last_digits = compact_number(inp.id_last_digits).upper()
        c.may_leave_alone_consent = inp.may_leave_alone_consent
        audit.record(
            s, actor, "update", "childcare_contact", c.id, f"{c.role}", before=before, after=_contact_snapshot(c)
        )
        if lifting:
            assert approver is not None
            _audit_lift(s, actor, approver, c.id, reason, "update")


def _audit_lift(s: Session, actor: Actor, approver: Actor, contact_id: int, reason: str, how: str) -> None:
    audit.record(
        s,
        actor,
        "lift_block",
        "childcare_contact",
        contact_id,
        f"{approver.display_name}: {reason.strip()}",
        after={"approver_id": approver.user_id, "approver": approver.username, "reason": reason.strip(), "how": how},
    )


@checked
def archive_contact(db: Database, actor: Actor, contact_id: int, reason: str, *, approver: Actor | None = None) -> None:
    """Take a contact off the child's list. A `blocked` contact only with `approver` (another account holding
    LIFT_PICKUP_BLOCK, checked in the database; `release.check_lift`) — and even then the archived row still blocks
    the person (`release.blocked_person_for`): a block is lifted by changing the role, with the same approval."""
    require(actor, MANAGE_CHILDCARE)
    if not reason.strip():
        raise ValidationError({"reason": translate("Childcare", "Give a reason.")})
    with db.write() as s:
        c = s.get(ChildContact, contact_id)
        if c is None or c.archived_at is not None:
            raise NotFound(translate("Childcare", "No such contact."))
        if c.role == "blocked":
            _release.check_lift(s, actor, approver, reason)
        c.archived_at = clock.now()
        audit.record(s, actor, "archive", "childcare_contact", c.id, reason.strip())
        if c.role == "blocked":
            assert approver is not None
            _audit_lift(s, actor, approver, c.id, reason, "archive")


@dataclass(frozen=True)
class ContactRow:
    id: int
    child_id: int
    resident_id: int
    name: str
    masked_id: str
    role: str
    relation: str
    phone: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    id_last_digits: str
    may_leave_alone_consent: bool
    refusal: str | None  # why they may not collect today, None when they may


@checked
def list_contacts(db: Database, actor: Actor, child_id: int, day: dt.date | None = None) -> list[ContactRow]:
    """The child's current contacts (adults' names, masked ID numbers, phones, and why one may not collect on local
    `day`, default today). PermissionDenied unless `actor` works the childcare desk (issue 12 item 3)."""
    require(actor, CHILDCARE_DESK)
    from app.residents.idnumbers import mask_id_number

    day = day or clock.today()
    with db.read() as s:
        rows = s.execute(
            select(ChildContact, Resident.name, Resident.id_number)
            .join(Resident, Resident.id == ChildContact.resident_id)
            .where(ChildContact.child_id == child_id, ChildContact.archived_at.is_(None))
            .order_by(ChildContact.role != "guardian", ChildContact.id)
        ).all()
        return [
            ContactRow(
                c.id,
                c.child_id,
                c.resident_id,
                name,
                mask_id_number(idn),
                c.role,
                c.relation,
                c.phone,
                c.valid_from,
                c.valid_to,
                c.id_last_digits,
                c.may_leave_alone_consent,
                release_refusal(c.role, c.valid_from, c.valid_to, False, day),
            )
            for c, name, idn in rows
        ]


# ---------------------------------------------------------------- enrolment


@checked
def enrol(
    db: Database,
    actor: Actor,
    child_id: int,
    program_id: int,
    *,
    group: str = "",
    weekdays: int | None = None,
    options: list[str] | tuple[str, ...] = (),
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
    capacity_override_reason: str = "",
) -> int:
    """Enrol a child in a program (and group, weekdays, options, dates within the term).

    Capacity holds across workstations: the program's row is locked (`SELECT … FOR UPDATE` on PostgreSQL) before
    the places are counted, so two desks enrolling the last place at once queue on that lock and the second counts
    the first's enrolment; on SQLite the write unit's BEGIN IMMEDIATE already lets one writer in at a time (FOR
    UPDATE is not rendered there). The child's row is locked too, so the overlap check sees the child's other
    enrolments. A full program raises CapacityFull unless `capacity_override_reason` is given (audited)."""
    require(actor, MANAGE_CHILDCARE)
    with db.write() as s:
        program = _locked(s, ChildcareProgram, program_id)
        child = _locked(s, Child, child_id)
        if program is None or program.archived_at is not None:
            raise NotFound(translate("Childcare", "No such program."))
        if child is None or child.archived_at is not None:
            raise NotFound(translate("Childcare", "No such child."))
        mask = program.weekdays if weekdays is None else weekdays
        start = starts_on or program.starts_on
        end = ends_on or program.ends_on
        errors = validate_enrolment(_program_row(program), group, mask, start, end, options)
        if errors:
            raise ValidationError(errors)
        _refuse_overlap(s, child, program, start, end, mask)
        count = (
            s.scalar(
                select(func.count())
                .select_from(ChildEnrolment)
                .where(
                    ChildEnrolment.program_id == program_id,
                    ChildEnrolment.withdrawn_at.is_(None),
                    ChildEnrolment.starts_on <= end,
                    ChildEnrolment.ends_on >= start,
                )
            )
            or 0
        )
        override = capacity_override_reason.strip()
        if count >= program.capacity and not override:
            raise CapacityFull(
                translate(
                    "Childcare", "{program} is full ({count} of {capacity}). Give a reason to enrol anyway."
                ).format(program=program.name, count=count, capacity=program.capacity)
            )
        e = ChildEnrolment(
            child_id=child_id,
            program_id=program_id,
            group_name=group,
            weekdays=mask,
            options=",".join(options),
            starts_on=start,
            ends_on=end,
        )
        s.add(e)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "childcare_enrolment",
            e.id,
            f"{child.name} → {program.name}",
            after={"group": group, "weekdays": mask, "options": e.options, "starts_on": start, "ends_on": end},
        )
        if count >= program.capacity:
            audit.record(
                s,
                actor,
                "override",
                "childcare_enrolment",
                e.id,
                audit.message(
                    "childcare.capacity_override", count=count + 1, capacity=program.capacity, reason=override
                ),
                after={"reason": override},
            )
        return e.id


def _locked(s: Session, model, row_id: int):
    """The row, locked for the rest of the unit of work (FOR UPDATE on PostgreSQL; SQLite has one writer)."""
    return s.scalar(select(model).where(model.id == row_id).with_for_update())


class CapacityFull(UserError):
    """The program is full on those dates; enrolling anyway needs a reason (an audited override)."""


def validate_enrolment(
    program: ProgramRow,
    group: str,
    mask: int,
    start: dt.date,
    end: dt.date,
    options: list[str] | tuple[str, ...],
) -> dict[str, str]:
    """Field → message for an enrolment's own fields (overlap and capacity are checked on saving)."""
    groups = program.groups
    errors: dict[str, str] = {}
    if groups and group not in groups:
        errors["group"] = translate("Childcare", "Choose one of the program's groups.")
    if not (0 < mask < 128) or mask & ~program.weekdays:
        errors["weekdays"] = translate("Childcare", "Choose weekdays on which the program runs.")
    if start > end or start < program.starts_on or end > program.ends_on:
        errors["starts_on"] = translate("Childcare", "The enrolment dates must lie within the program's term.")
    if any(o not in program.options for o in options):
        errors["options"] = translate("Childcare", "The program does not offer that option.")
    return errors


def _refuse_overlap(
    s: Session,
    child: Child,
    program: ChildcareProgram,
    start: dt.date,
    end: dt.date,
    mask: int,
    exclude_id: int | None = None,
) -> None:
    """A child cannot be in two places at once: refuse an enrolment that shares a day and a time with another."""
    q = (
        select(ChildEnrolment, ChildcareProgram)
        .join(ChildcareProgram, ChildcareProgram.id == ChildEnrolment.program_id)
        .where(ChildEnrolment.child_id == child.id, ChildEnrolment.withdrawn_at.is_(None))
    )
    if exclude_id is not None:
        q = q.where(ChildEnrolment.id != exclude_id)
    for e, p in s.execute(q).all():
        same_days = e.starts_on <= end and start <= e.ends_on and (e.weekdays & mask)
        same_time = p.open_min < program.close_min and program.open_min < p.close_min
        if same_days and same_time:
            raise UserError(
                translate(
                    "Childcare", "{child} is already enrolled in {program} at overlapping days and times."
                ).format(child=child.name, program=p.name)
            )


@checked
def places_taken(db: Database, program_id: int, start: dt.date, end: dt.date) -> int:
    """Current enrolments in the program that share a day with start..end (what capacity is checked against)."""
    with db.read() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(ChildEnrolment)
                .where(
                    ChildEnrolment.program_id == program_id,
                    ChildEnrolment.withdrawn_at.is_(None),
                    ChildEnrolment.starts_on <= end,
                    ChildEnrolment.ends_on >= start,
                )
            )
            or 0
        )


@dataclass(frozen=True)
class EnrolmentRow:
    id: int
    program_id: int
    program_name: str
    group: str
    weekdays: int
    options: tuple[str, ...]
    starts_on: dt.date
    ends_on: dt.date


@checked
def list_enrolments(db: Database, child_id: int) -> list[EnrolmentRow]:
    """A child's current enrolments (not withdrawn)."""
    with db.read() as s:
        rows = s.execute(
            select(ChildEnrolment, ChildcareProgram.name)
            .join(ChildcareProgram, ChildcareProgram.id == ChildEnrolment.program_id)
            .where(ChildEnrolment.child_id == child_id, ChildEnrolment.withdrawn_at.is_(None))
            .order_by(ChildEnrolment.starts_on, ChildEnrolment.id)
        ).all()
        return [
            EnrolmentRow(
                e.id,
                e.program_id,
                name,
                e.group_name,
                e.weekdays,
                tuple(o for o in e.options.split(",") if o),
                e.starts_on,
                e.ends_on,
            )
            for e, name in rows
        ]


@checked
def update_enrolment(
    db: Database,
    actor: Actor,
    enrolment_id: int,
    *,
    group: str,
    weekdays: int,
    options: list[str] | tuple[str, ...],
    starts_on: dt.date,
    ends_on: dt.date,
) -> None:
    """Change the group, weekdays, options or dates of an enrolment; the overlap and (for longer dates) capacity
    checks apply again, under the same row locks as `enrol`."""
    require(actor, MANAGE_CHILDCARE)
    with db.write() as s:
        e = s.get(ChildEnrolment, enrolment_id)
        if e is None or e.withdrawn_at is not None:
            raise NotFound(translate("Childcare", "No such enrolment."))
        program = _locked(s, ChildcareProgram, e.program_id)
        child = _locked(s, Child, e.child_id)
        assert program is not None and child is not None
        errors = validate_enrolment(_program_row(program), group, weekdays, starts_on, ends_on, options)
        if errors:
            raise ValidationError(errors)
        _refuse_overlap(s, child, program, starts_on, ends_on, weekdays, exclude_id=e.id)
        if starts_on < e.starts_on or ends_on > e.ends_on:  # longer dates may meet a full program
            others = (
                s.scalar(
                    select(func.count())
                    .select_from(ChildEnrolment)
                    .where(
                        ChildEnrolment.program_id == program.id,
                        ChildEnrolment.id != e.id,
                        ChildEnrolment.withdrawn_at.is_(None),
                        ChildEnrolment.starts_on <= ends_on,
                        ChildEnrolment.ends_on >= starts_on,
                    )
                )
                or 0
            )
            if others >= program.capacity:
                raise CapacityFull(
                    translate("Childcare", "{program} is full on those dates ({count} of {capacity}).").format(
                        program=program.name, count=others, capacity=program.capacity
                    )
                )
        before = {
            "group": e.group_name,
            "weekdays": e.weekdays,
            "options": e.options,
            "starts_on": e.starts_on,
            "ends_on": e.ends_on,
        }
        e.group_name = group
        e.weekdays = weekdays
        e.options = ",".join(options)
        e.starts_on = starts_on
        e.ends_on = ends_on
        after = {
            "group": e.group_name,
            "weekdays": e.weekdays,
            "options": e.options,
            "starts_on": starts_on,
            "ends_on": ends_on,
        }
        audit.record(
            s,
            actor,
            "update",
            "childcare_enrolment",
            e.id,
            f"{child.name} → {program.name}",
            before=before,
            after=after,
        )


@checked
def withdraw(db: Database, actor: Actor, enrolment_id: int, reason: str) -> None:
    require(actor, MANAGE_CHILDCARE)
    if not reason.strip():
        raise ValidationError({"reason": translate("Childcare", "Give a reason.")})
    with db.write() as s:
        e = s.get(ChildEnrolment, enrolment_id)
        if e is None or e.withdrawn_at is not None:
            raise NotFound(translate("Childcare", "No such enrolment."))
        e.withdrawn_at = clock.now()
        e.withdraw_reason = reason.strip()
        audit.record(s, actor, "withdraw", "childcare_enrolment", e.id, reason.strip())


@dataclass(frozen=True)
class _Place:
    """Where a child is expected on a day: the program and its daily window (columns only, no ORM objects —
    this runs on every sign-in)."""

    program_id: int
    open_min: int
    close_min: int


# Sign-in and sign-out are the counter's hot path: prebuilt Core statements on the unit of work's connection.
_ENROLMENT_Q = (
    select(ChildEnrolment.weekdays, ChildcareProgram.id, ChildcareProgram.open_min, ChildcareProgram.close_min)
    .join(ChildcareProgram, ChildcareProgram.id == ChildEnrolment.program_id)
    .where(
        ChildEnrolment.child_id == bindparam("child"),
        ChildEnrolment.withdrawn_at.is_(None),
        ChildEnrolment.starts_on <= bindparam("day"),
        ChildEnrolment.ends_on >= bindparam("day"),
        ChildcareProgram.archived_at.is_(None),
    )
)
_ENROLMENT_IN_Q = _ENROLMENT_Q.where(ChildEnrolment.program_id == bindparam("program"))
_CHILD_Q = select(Child.name, Child.archived_at).where(Child.id == bindparam("child"))
_EVENTS_Q = (
    select(ChildAttendance.id, ChildAttendance.kind, ChildAttendance.at, ChildAttendance.program_id)
    .where(
        ChildAttendance.child_id == bindparam("child"),
        ChildAttendance.day == bindparam("day"),
        ChildAttendance.voided_at.is_(None),
    )
    .order_by(ChildAttendance.at, ChildAttendance.id)
)
_CONTACT_Q = (
    select(
        ChildContact.child_id,
        ChildContact.resident_id,
        ChildContact.role,
        ChildContact.valid_from,
        ChildContact.valid_to,
        ChildContact.archived_at,
        Resident.name,
    )
    .join(Resident, Resident.id == ChildContact.resident_id)
    .where(ChildContact.id == bindparam("contact"))
)
# Leaving alone: a guardian's written consent, from a guardian still on the list and valid that day.
_CONSENT_Q = (
    select(func.count())
    .select_from(ChildContact)
    .where(
        ChildContact.child_id == bindparam("child"),
        ChildContact.archived_at.is_(None),
        ChildContact.role == "guardian",
        ChildContact.may_leave_alone_consent.is_(True),
        or_(ChildContact.valid_from.is_(None), ChildContact.valid_from <= bindparam("day")),
        or_(ChildContact.valid_to.is_(None), ChildContact.valid_to >= bindparam("day")),
    )
)
_INSERT_ATTENDANCE = insert(ChildAttendance.__table__)
_SUPERSEDE_ABSENCE = (
    update(ChildAttendance.__table__)
    .where(ChildAttendance.__table__.c.id == bindparam("absence"))
    .values(voided_at=bindparam("now"), voided_by=bindparam("by"), void_reason="arrived")
)


def _enrolment_on(s: Session, child_id: int, day: dt.date, program_id: int | None = None) -> _Place | None:
    params: dict[str, object] = {"child": child_id, "day": day}
    if program_id is not None:
        params["program"] = program_id
    q = _ENROLMENT_Q if program_id is None else _ENROLMENT_IN_Q
    for mask, pid, open_min, close_min in s.connection().execute(q, params).all():
        if weekday_in(mask, day):
            return _Place(pid, open_min, close_min)
    return None


@checked
def program_today(db: Database, child_id: int, day: dt.date) -> int | None:
    """The program the child is enrolled in on `day` (None: not enrolled that day)."""
    with db.read() as s:
        found = _enrolment_on(s, child_id, day)
        return found.program_id if found else None


# ---------------------------------------------------------------- attendance


def parse_qr(payload: str) -> tuple[int, dt.date]:
    """'CC:<child_id>:<YYYY-MM-DD>' → (child_id, day); anything else is refused with a message."""
    parts = payload.strip().split(":")
    try:
        if len(parts) != 3 or parts[0] != QR_PREFIX:
            raise ValueError
        return int(parts[1]), dt.date.fromisoformat(parts[2])
    except ValueError:
        raise UserError(translate("Childcare", "This code is not from a childcare sign-in sheet.")) from None


def qr_payload(child_id: int, day: dt.date) -> str:
    return f"{QR_PREFIX}:{child_id}:{day.isoformat()}"


def _live_events(s: Session, child_id: int, day: dt.date):
    """The day's attendance rows of the child that are not void (id, kind, at, program_id), in time order."""
    return s.connection().execute(_EVENTS_Q, {"child": child_id, "day": day}).all()


_PROGRAM_WINDOW_Q = select(ChildcareProgram.open_min, ChildcareProgram.close_min).where(
    ChildcareProgram.id == bindparam("program")
)


def _open_evening(s: Session, child_id: int, day: dt.date, minute: int):
    """(the day before, its live events) when the child's sign-in of the day before is still open and belongs to a
    program whose window runs past midnight (close > 24:00) and has not opened again yet today (`minute` is the
    local time of the sign-out); None otherwise. The sign-out is then stored on the sign-in's day, so the day's
    record, board and summaries count it on the day it began and the one-live-sign-out index
    (`ux_childcare_attendance_live_out`, child and day) keys on that day too."""
    before = day - dt.timedelta(days=1)
    events = _live_events(s, child_id, before)
    ins = [ev for ev in events if ev.kind == IN]
    if not ins or any(ev.kind == OUT for ev in events):
        return None
    window = s.connection().execute(_PROGRAM_WINDOW_Q, {"program": ins[0].program_id}).first()
    if window is None or window.close_min <= 24 * 60 or minute >= window.open_min:
        return None
    return before, events


def _check_time(at: dt.datetime | None) -> dt.datetime:
    now = clock.now()
    if at is None:
        return now
    if at.tzinfo is None:
        at = at.replace(tzinfo=clock.local_tz())
    at = at.astimezone(dt.UTC)
    if at > now + dt.timedelta(seconds=60):
        raise UserError(translate("Childcare", "The time is in the future."))
    return at


@dataclass(frozen=True)
class AttendanceResult:
    attendance_id: int
    child_name: str
    adult_name: str
    overridden: bool


def _contact_for(s: Session, child_id: int, contact_id: int):
    """The contact row (role, valid_from, valid_to, archived_at, …) and the adult's name; refused when the contact
    is not on this child's list."""
    row = s.connection().execute(_CONTACT_Q, {"contact": contact_id}).first()
    if row is None or row.child_id != child_id:
        raise UserError(translate("Childcare", "Unknown adult: this person is not on the child's list."))
    return row, row.name


def _child(s: Session, child_id: int):
    """The child's (name, archived_at), or NotFound."""
    child = s.connection().execute(_CHILD_Q, {"child": child_id}).first()
    if child is None:
        raise NotFound(translate("Childcare", "No such child."))
    return child


def _insert_attendance(s: Session, **values: object) -> int:
    return s.connection().execute(_INSERT_ATTENDANCE, values).inserted_primary_key[0]


def _is_live_duplicate(exc: IntegrityError) -> bool:
    """Whether an IntegrityError comes from the one-live-row-per-child-and-day indexes (SQLite names the columns,
    PostgreSQL the index)."""
    text = str(exc.orig)
    return "ux_childcare_attendance_live" in text or "childcare_attendance.child_id, childcare_attendance.day" in text


def _child_name(db: Database, child_id: int) -> str:
    with db.read() as s:
        return s.scalar(select(Child.name).where(Child.id == child_id)) or ""


@checked
def sign_in(
    db: Database,
    actor: Actor,
    child_id: int,
    contact_id: int | None = None,
    *,
    at: dt.datetime | None = None,
    method: str = "desk",
    program_id: int | None = None,
) -> AttendanceResult:
    """Record arrival. `contact_id` is the adult who brought the child (None: arrived alone or from school).

    One sign-in per child and day, also when two workstations sign the same child in at the same moment: the
    partial unique index `ux_childcare_attendance_live_in` refuses the second (see `ChildAttendance`), and its
    IntegrityError becomes the same UserError as the check here. A blocked adult is refused (BlockedAdult) and
    the attempt audited."""
    require(actor, CHILDCARE_DESK)
    try:
        return _sign_in(db, actor, child_id, contact_id, at=at, method=method, program_id=program_id)
    except BlockedAdult as exc:
        _release._audit_blocked_attempt(db, actor, exc)
        raise
    except IntegrityError as exc:
        if not _is_live_duplicate(exc):
            raise
        name = _child_name(db, child_id)
        raise UserError(translate("Childcare", "{child} is already signed in today.").format(child=name)) from None


def _sign_in(
    db: Database,
    actor: Actor,
    child_id: int,
    contact_id: int | None,
    *,
    at: dt.datetime | None,
    method: str,
    program_id: int | None,
) -> AttendanceResult:
    if method not in METHODS:
        raise ValidationError({"method": translate("Childcare", "Unknown sign-in method.")})
    at = _check_time(at)
    local = clock.to_local(at)
    assert local is not None
    day = local.date()
    with db.write() as s:
        child = _child(s, child_id)
        if child.archived_at is not None:
            raise NotFound(translate("Childcare", "No such child."))
        found = _enrolment_on(s, child_id, day, program_id)
        if found is None:
            raise UserError(translate("Childcare", "{child} is not enrolled today.").format(child=child.name))
        program = found
        minute = local.hour * 60 + local.minute
        if not (program.open_min - SIGN_IN_EARLY_MIN <= minute < program.close_min):
            raise UserError(
                translate("Childcare", "{time} is outside today's window ({start}–{end}).").format(
                    time=hhmm(minute), start=hhmm(program.open_min), end=hhmm(program.close_min)
                )
            )
        events = _live_events(s, child_id, day)
        if any(ev.kind == IN for ev in events):
            raise UserError(translate("Childcare", "{child} is already signed in today.").format(child=child.name))
        adult = ""
        if contact_id is not None:
            contact, adult = _contact_for(s, child_id, contact_id)
            if contact.role == "blocked" or _release.blocked_contact_for(s, child_id, resident_id=contact.resident_id):
                raise BlockedAdult(child_id, child.name, adult, contact_id, "sign_in")
            if contact.archived_at is not None:
                raise UserError(translate("Childcare", "This adult is no longer on the child's list."))
        absent = [ev for ev in events if ev.kind == ABSENT]
        ev_id = _insert_attendance(
            s,
            child_id=child_id,
            program_id=program.program_id,
            day=day,
            kind=IN,
            at=at,
            contact_id=contact_id,
            adult_name=adult,
            method=method,
            staff_user_id=actor.user_id,
            staff_name=actor.display_name,
        )
        for a in absent:  # the child came after all: the absence mark is superseded, not deleted
            s.connection().execute(_SUPERSEDE_ABSENCE, {"absence": a.id, "now": clock.now(), "by": actor.display_name})
        audit.record(
            s,
            actor,
            "sign_in",
            "childcare_attendance",
            ev_id,
            audit.message("childcare.sign_in", child=child.name, time=hhmm(minute)),
            after={"child_id": child_id, "contact_id": contact_id, "method": method},
        )
        return AttendanceResult(ev_id, child.name, adult, False)


@checked
def sign_out(
    db: Database,
    actor: Actor,
    child_id: int,
    contact_id: int | None = None,
    *,
    alone: bool = False,
    unlisted: UnlistedAdult | None = None,
    at: dt.datetime | None = None,
    method: str = "desk",
    approver: Actor | None = None,
    override_reason: str = "",
) -> AttendanceResult:
    """Release a child: to the contact `contact_id`, `alone`, or to an adult not on the list (`unlisted`: name plus
    phone or ID number) — exactly one of the three.

    The rules (`app.childcare.release`): a blocked adult is refused with BlockedAdult whatever else is given — no
    override exists — and the attempt is audited in its own unit of work. Any other refusal (not authorised that
    day, emergency-only, off the list, alone without consent, not on the list) is overridden only when `approver`
    is a signed-in account (`app.accounts.approval.verify_approver`) holding OVERRIDE_PICKUP, with
    `override_reason`; the row records the approver's id and name, the reason and the kind, and the audit trail the
    override. A wrong approver is refused (UserError) and nothing is written. One live sign-out per child and day,
    across workstations (index `ux_childcare_attendance_live_out`).
    """
    require(actor, CHILDCARE_DESK)
    if method not in METHODS:
        raise ValidationError({"method": translate("Childcare", "Unknown sign-in method.")})
    if (contact_id is not None) + bool(alone) + (unlisted is not None) != 1:
        raise ValidationError({"contact": translate("Childcare", "Choose the adult collecting the child.")})
    checked: _release.CheckedAdult | None = None
    if unlisted is not None:
        checked, errors = _release.check_unlisted(unlisted, clock.today())
        if errors:
            raise ValidationError(errors)
    override_reason = (override_reason or "").strip()
    if approver is not None:
        if not override_reason:
            raise ValidationError({"reason": translate("Childcare", "Give the reason for the override.")})
        _release.check_approver(approver, actor)
    at = _check_time(at)
    try:
        return _sign_out(db, actor, child_id, contact_id, checked, at, method, approver, override_reason)
    except BlockedAdult as exc:
        _release._audit_blocked_attempt(db, actor, exc)
        raise
    except IntegrityError as exc:
        if not _is_live_duplicate(exc):
            raise
        name = _child_name(db, child_id)
        raise UserError(
            translate("Childcare", "{child} has already been signed out today.").format(child=name)
        ) from None


def _sign_out(
    db: Database,
    actor: Actor,
    child_id: int,
    contact_id: int | None,
    unlisted: _release.CheckedAdult | None,
    at: dt.datetime,
    method: str,
    approver: Actor | None,
    override_reason: str,
) -> AttendanceResult:
    local = clock.to_local(at)
    assert local is not None
    day = local.date()
    alone = contact_id is None and unlisted is None
    with db.write() as s:
        child = _child(s, child_id)
        if child.archived_at is not None:
            raise NotFound(translate("Childcare", "No such child."))
        events = _live_events(s, child_id, day)
        ins = [ev for ev in events if ev.kind == IN]
        if not ins:
            evening = _open_evening(s, child_id, day, local_minutes(at))
            if evening is not None:  # after midnight: this closes the evening that began the day before
                day, events = evening
                ins = [ev for ev in events if ev.kind == IN]
        if not ins:
            raise UserError(translate("Childcare", "{child} has not been signed in today.").format(child=child.name))
        if any(ev.kind == OUT for ev in events):
            raise UserError(
                translate("Childcare", "{child} has already been signed out today.").format(child=child.name)
            )
        if at < ins[0].at:
            raise UserError(translate("Childcare", "The sign-out time is before the sign-in time."))
        adult = ""
        refusal: _release.Refusal | None
        if unlisted is not None:
            adult = unlisted.name
            if _release.blocked_contact_for(s, child_id, adult=unlisted) is not None:
                raise BlockedAdult(child_id, child.name, adult, None, "sign_out_unlisted", approver)
            refusal = _release.unlisted_refusal()
        elif alone:
            consent = s.connection().execute(_CONSENT_Q, {"child": child_id, "day": day}).scalar()
            message = alone_refusal(bool(consent))
            refusal = _release.Refusal(_release.ALONE, message) if message else None
        else:
            assert contact_id is not None
            contact, adult = _contact_for(s, child_id, contact_id)
            refusal = release_check(
                contact.role, contact.valid_from, contact.valid_to, contact.archived_at is not None, day
            )
            if (refusal is not None and refusal.blocked) or _release.blocked_contact_for(
                s, child_id, resident_id=contact.resident_id
            ) is not None:
                raise BlockedAdult(child_id, child.name, adult, contact_id, "sign_out", approver)
        if refusal is not None and approver is None:
            raise UserError(refusal.message)
        if refusal is not None:
            assert approver is not None
            _release.confirm_approver_in(s, approver)
        overridden = refusal is not None
        ev_id = _insert_attendance(
            s,
            child_id=child_id,
            program_id=ins[0].program_id,
            day=day,
            kind=OUT,
            at=at,
            contact_id=contact_id,
            adult_name=adult,
            adult_phone=unlisted.phone if unlisted else "",
            adult_id_masked=unlisted.id_masked if unlisted else "",
            alone=alone,
            method=method,
            staff_user_id=actor.user_id,
            staff_name=actor.display_name,
            override_staff=approver.display_name if overridden and approver else None,
            override_by_user_id=approver.user_id if overridden and approver else None,
            override_kind=refusal.kind if refusal else None,
            override_reason=override_reason if overridden else None,
        )
        audit.record(
            s,
            actor,
            "sign_out",
            "childcare_attendance",
            ev_id,
            audit.message("childcare.sign_out", child=child.name, adult=adult, time=hhmm(local_minutes(at)))
            if adult
            else audit.message("childcare.sign_out_alone", child=child.name, time=hhmm(local_minutes(at))),
            after={"child_id": child_id, "contact_id": contact_id, "alone": alone, "method": method},
        )
        if refusal is not None:
            assert approver is not None
            audit.record(
                s,
                actor,
                "override",
                "childcare_attendance",
                ev_id,
                f"{child.name}: {refusal.message} — {approver.display_name}: {override_reason}",
                after={
                    "approver_id": approver.user_id,
                    "approver": approver.username,
                    "reason": override_reason,
                    "kind": refusal.kind,
                    "refusal": refusal.message,
                    "adult": adult,
                    "adult_phone": unlisted.phone if unlisted else "",
                    "adult_id": unlisted.id_masked if unlisted else "",
                },
            )
        return AttendanceResult(ev_id, child.name, adult, overridden)


@checked
def void_attendance(
    db: Database, actor: Actor, attendance_id: int, reason: str, *, approver: Actor | None = None
) -> None:
    """Correct a mistaken record: it stays, marked void with who, when and why; record the right one after.

    A release made by override is voided only with `approver`: another signed-in account holding OVERRIDE_PICKUP
    (checked in the database), UserError otherwise. The voided override stays on the daily record and the weekly
    summary, marked as corrected (`overrides_between`, `DayRow.voided_overrides`)."""
    require(actor, CHILDCARE_DESK)
    if not reason.strip():
        raise ValidationError({"reason": translate("Childcare", "Give a reason for the correction.")})
    with db.write() as s:
        ev = s.get(ChildAttendance, attendance_id)
        if ev is None or ev.voided_at is not None:
            raise NotFound(translate("Childcare", "No such attendance record."))
        if ev.override_reason is not None:
            if approver is None:
                raise UserError(
                    translate(
                        "Childcare",
                        "This release was an override: correcting it needs the approval of another account that "
                        "may approve overrides.",
                    ),
                    field="approver",
                )
            _release.check_approver(approver, actor)
            _release.confirm_approver_in(s, approver)
        if ev.kind == IN and any(e.kind == OUT for e in _live_events(s, ev.child_id, ev.day)):
            raise UserError(translate("Childcare", "Correct the sign-out first."))
        ev.voided_at = clock.now()
        ev.voided_by = actor.display_name
        ev.void_reason = reason.strip()
        audit.record(
            s,
            actor,
            "void",
            "childcare_attendance",
            ev.id,
            reason.strip(),
            before={"kind": ev.kind, "at": ev.at, "contact_id": ev.contact_id},
            after={"approver_id": approver.user_id, "approver": approver.username} if approver else None,
        )


@checked
def mark_absent(
    db: Database, actor: Actor, child_id: int, reason: str, note: str = "", day: dt.date | None = None
) -> int:
    require(actor, CHILDCARE_DESK)
    if reason not in ABSENCE_REASONS:
        raise ValidationError({"reason": translate("Childcare", "Choose the reason for the absence.")})
    day = day or clock.today()
    if day > clock.today():
        raise UserError(translate("Childcare", "The day is in the future."))
    with db.write() as s:
        child = s.get(Child, child_id)
        if child is None:
            raise NotFound(translate("Childcare", "No such child."))
        found = _enrolment_on(s, child_id, day)
        if found is None:
            raise UserError(translate("Childcare", "{child} is not enrolled today.").format(child=child.name))
        events = _live_events(s, child_id, day)
        if any(ev.kind in (IN, ABSENT) for ev in events):
            raise UserError(
                translate("Childcare", "{child} is already signed in or marked absent.").format(child=child.name)
            )
        ev = ChildAttendance(
            child_id=child_id,
            program_id=found.program_id,
            day=day,
            kind=ABSENT,
            at=clock.now(),
            absence_reason=reason,
            note=note.strip(),
            staff_user_id=actor.user_id,
            staff_name=actor.display_name,
        )
        s.add(ev)
        s.flush()
        audit.record(s, actor, "absent", "childcare_attendance", ev.id, f"{child.name} {reason}")
        return ev.id


# ---------------------------------------------------------------- the day (board and sheets)


@dataclass
class DayRow:
    child_id: int
    name: str
    group: str
    allergy_note: str
    in_at: dt.datetime | None = None
    in_adult: str = ""
    in_id: int | None = None
    out_at: dt.datetime | None = None
    out_adult: str = ""
    out_alone: bool = False
    out_id: int | None = None
    override: str = ""  # "approver: reason" when released by override
    override_kind: str = ""  # what was overridden (app.childcare.release.OVERRIDE_KINDS)
    absent_reason: str = ""
    # releases by override that were voided (corrected): "HH:MM adult (kind): approver: reason — voided by …: why";
    # they stay on the printed record
    voided_overrides: list[str] = field(default_factory=list)

    @property
    def state(self) -> str:
        if self.out_at is not None:
            return "out"
        if self.in_at is not None:
            return "in"
        if self.absent_reason:
            return "absent"
        return "expected"


@checked
def day_rows(db: Database, actor: Actor, program_id: int, day: dt.date, group: str | None = None) -> list[DayRow]:
    """Every child enrolled in the program on `day` (optionally one group), with the day's attendance.
    Two queries whatever the number of children. Rows carry names, allergy notes and who collected whom:
    PermissionDenied unless `actor` works the childcare desk (issue 12 item 3)."""
    require(actor, CHILDCARE_DESK)
    with db.read() as s:
        q = (
            select(
                ChildEnrolment.child_id,
                ChildEnrolment.group_name,
                ChildEnrolment.weekdays,
                Child.name,
                Child.allergy_note,
            )
            .join(Child, Child.id == ChildEnrolment.child_id)
            .where(
                ChildEnrolment.program_id == program_id,
                ChildEnrolment.withdrawn_at.is_(None),
                ChildEnrolment.starts_on <= day,
                ChildEnrolment.ends_on >= day,
                Child.archived_at.is_(None),
            )
            .order_by(ChildEnrolment.group_name, Child.name)
        )
        if group is not None:
            q = q.where(ChildEnrolment.group_name == group)
        rows: dict[int, DayRow] = {}
        for cid, grp, mask, name, allergy in s.execute(q).all():
            if weekday_in(mask, day):
                rows[cid] = DayRow(cid, name, grp, allergy)
        events = s.scalars(
            select(ChildAttendance)
            .where(
                ChildAttendance.program_id == program_id,
                ChildAttendance.day == day,
                ChildAttendance.voided_at.is_(None),
            )
            .order_by(ChildAttendance.at)
        ).all()
        for ev in events:
            r = rows.get(ev.child_id)
            if r is None:
                continue
            if ev.kind == IN:
                r.in_at, r.in_adult, r.in_id = ev.at, ev.adult_name, ev.id
            elif ev.kind == OUT:
                r.out_at, r.out_adult, r.out_alone, r.out_id = ev.at, _collected_by(ev), ev.alone, ev.id
                if ev.override_reason:
                    r.override = f"{ev.override_staff}: {ev.override_reason}"
                    r.override_kind = ev.override_kind or ""
            elif ev.kind == ABSENT:
                r.absent_reason = ev.absence_reason
        voided = s.scalars(
            select(ChildAttendance)
            .where(
                ChildAttendance.program_id == program_id,
                ChildAttendance.day == day,
                ChildAttendance.voided_at.is_not(None),
                ChildAttendance.override_reason.is_not(None),
            )
            .order_by(ChildAttendance.at)
        ).all()
        for ev in voided:
            r = rows.get(ev.child_id)
            if r is not None:
                r.voided_overrides.append(_voided_override_text(ev))
        return list(rows.values())


def _voided_override_text(ev: ChildAttendance) -> str:
    local = clock.to_local(ev.at)
    return translate(
        "Childcare", "{time} {adult} ({kind}): approved by {who}: {reason} — VOIDED by {by}: {why}"
    ).format(
        time=local.strftime("%H:%M") if local else "",
        adult=translate("Childcare", "(left alone)") if ev.alone else _collected_by(ev),
        kind=override_kind_label(ev.override_kind),
        who=ev.override_staff or "",
        reason=ev.override_reason or "",
        by=ev.voided_by or "",
        why=ev.void_reason or "",
    )


def _collected_by(ev: ChildAttendance) -> str:
    """The adult of a sign-out as every screen and report shows them (an adult not on the list: name, phone, masked
    ID number)."""
    if ev.override_kind == _release.UNLISTED:
        return _release.unlisted_label(ev.adult_name, ev.adult_phone, ev.adult_id_masked)
    return ev.adult_name


@dataclass(frozen=True)
class OverrideRow:
    day: dt.date
    at: dt.datetime
    child_name: str
    adult_name: str
    alone: bool
    override_staff: str  # the approving account's name
    override_reason: str
    recorded_by: str
    kind: str = ""  # what was overridden (app.childcare.release.OVERRIDE_KINDS)
    approver_id: int | None = None
    voided: bool = False  # corrected afterwards: still listed, marked
    voided_by: str = ""
    void_reason: str = ""


@checked
def overrides_between(db: Database, actor: Actor, program_id: int, first: dt.date, last: dt.date) -> list[OverrideRow]:
    """Releases made by override in a program between two days, voided ones included (`voided` set): they belong
    in every report, and a correction must not make an override disappear from print. PermissionDenied unless
    `actor` works the childcare desk (issue 12 item 3)."""
    require(actor, CHILDCARE_DESK)
    with db.read() as s:
        rows = s.execute(
            select(ChildAttendance, Child.name)
            .join(Child, Child.id == ChildAttendance.child_id)
            .where(
                ChildAttendance.program_id == program_id,
                ChildAttendance.day >= first,
                ChildAttendance.day <= last,
                ChildAttendance.override_reason.is_not(None),
            )
            .order_by(ChildAttendance.at, ChildAttendance.id)
        ).all()
        return [
            OverrideRow(
                ev.day,
                ev.at,
                name,
                _collected_by(ev),
                ev.alone,
                ev.override_staff or "",
                ev.override_reason or "",
                ev.staff_name,
                ev.override_kind or "",
                ev.override_by_user_id,
                ev.voided_at is not None,
                ev.voided_by or "",
                ev.void_reason or "",
            )
            for ev, name in rows
        ]


# ---------------------------------------------------------------- the live board


@checked
def staff_on_duty(db: Database, program_id: int, day: dt.date) -> list[str]:
    """Names of the staff recorded on duty for the program that day."""
    with db.read() as s:
        names = s.scalar(
            select(ChildcareDuty.staff_names).where(ChildcareDuty.program_id == program_id, ChildcareDuty.day == day)
        )
        return [n for n in (names or "").split("\n") if n]


@checked
def set_staff_on_duty(db: Database, actor: Actor, program_id: int, day: dt.date, names: list[str]) -> list[str]:
    """Record who is on duty (the board's ratio counts them; the day's record prints them). Audited."""
    require(actor, CHILDCARE_DESK)
    clean: list[str] = []
    for n in names:
        n = n.strip()
        if n and n not in clean:
            clean.append(n)
    if any(len(n) > 30 for n in clean) or len(clean) > 50:
        raise ValidationError({"staff": translate("Childcare", "Write one short name per staff member.")})
    if day > clock.today():
        raise UserError(translate("Childcare", "The day is in the future."))
    with db.write() as s:
        if s.get(ChildcareProgram, program_id) is None:
            raise NotFound(translate("Childcare", "No such program."))
        row = s.scalar(select(ChildcareDuty).where(ChildcareDuty.program_id == program_id, ChildcareDuty.day == day))
        before = row.staff_names.split("\n") if row and row.staff_names else []
        if before == clean:
            return clean
        if row is None:
            row = ChildcareDuty(program_id=program_id, day=day)
            s.add(row)
        row.staff_names = "\n".join(clean)
        row.updated_at = clock.now()
        row.updated_by = actor.display_name
        s.flush()
        audit.record(
            s,
            actor,
            "update",
            "childcare_duty",
            row.id,
            f"{day.isoformat()}: {len(clean)}",
            before={"staff": before},
            after={"staff": clean},
        )
        return clean


@dataclass(frozen=True)
class BoardSummary:
    inside: int
    expected: int
    absent: int
    gone: int
    capacity: int
    staff_needed: int
    staff_on_duty: int
    over_capacity: bool
    under_staffed: bool
    by_group: tuple[tuple[str, int, int], ...] = ()  # (group, in now, expected today incl. in/out/absent)
    not_out_after_closing: int = 0


def session_of(program: ProgramRow, local_now: dt.datetime) -> tuple[dt.date, int]:
    """The program day whose session the desk and board show at local time `local_now`, and the minute of that
    day (minutes may pass 24:00): a program whose window runs past midnight (close > 24:00, evening care 晚托)
    still shows the evening that began the day before until its window opens again, with minutes counted from
    that evening's midnight (00:10 is minute 1450), so a child still in is on the board and one not collected
    after closing is flagged; every other program shows today. Pure: no database."""
    day = local_now.date()
    minute = local_now.hour * 60 + local_now.minute
    if program.close_min > 24 * 60 and minute < program.open_min:
        return day - dt.timedelta(days=1), minute + 24 * 60
    return day, minute


def board_summary(
    rows: list[DayRow], program: ProgramRow, staff_on_duty: int, minute: int | None = None
) -> BoardSummary:
    """Headcount against capacity and against the ratio for the staff on duty, per group; `minute` (local minutes
    after midnight) counts those still in at or after closing time."""
    inside = sum(1 for r in rows if r.state == "in")
    needed = -(-inside // program.ratio) if inside else 0
    groups: dict[str, list[int]] = {}
    for r in rows:
        g = groups.setdefault(r.group, [0, 0])
        g[0] += r.state == "in"
        g[1] += 1
    return BoardSummary(
        inside=inside,
        expected=sum(1 for r in rows if r.state == "expected"),
        absent=sum(1 for r in rows if r.state == "absent"),
        gone=sum(1 for r in rows if r.state == "out"),
        capacity=program.capacity,
        staff_needed=needed,
        staff_on_duty=staff_on_duty,
        over_capacity=inside > program.capacity,
        under_staffed=staff_on_duty < needed,
        by_group=tuple((g, v[0], v[1]) for g, v in groups.items()),
        not_out_after_closing=inside if minute is not None and minute >= program.close_min else 0,
    )


def row_alert(row: DayRow, program: ProgramRow, minute: int) -> str:
    """'' or why the row must stand out now: not signed out at closing, or an unexplained absence after the cut-off."""
    if row.state == "in" and minute >= program.close_min:
        return "not_out"
    cutoff = program.absence_cutoff_min if program.absence_cutoff_min is not None else program.open_min + 30
    if row.state == "expected" and minute >= cutoff:
        return "unexplained"
    return ""


# ---------------------------------------------------------------- an adult's children (resident profile)


@dataclass(frozen=True)
class AdultLink:
    contact_id: int
    child_id: int
    child_name: str
    role: str
    relation: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    refusal: str | None


@checked
def links_of_adult(db: Database, actor: Actor, resident_id: int, day: dt.date | None = None) -> list[AdultLink]:
    """The children this adult is a contact of, with why they may not collect on local `day` (default today).
    PermissionDenied unless `actor` may see which children an adult collects (SEE_CHILDREN; issue 12 item 3)."""
    require(actor, SEE_CHILDREN)
    day = day or clock.today()
    with db.read() as s:
        rows = s.execute(
            select(ChildContact, Child.name)
            .join(Child, Child.id == ChildContact.child_id)
            .where(
                ChildContact.resident_id == resident_id, ChildContact.archived_at.is_(None), Child.archived_at.is_(None)
            )
            .order_by(Child.name)
        ).all()
        return [
            AdultLink(
                c.id,
                c.child_id,
                name,
                c.role,
                c.relation,
                c.valid_from,
                c.valid_to,
                release_refusal(c.role, c.valid_from, c.valid_to, False, day),
            )
            for c, name in rows
        ]


@checked
def enrolments_of_resident(db: Database, actor: Actor, resident_id: int) -> list[tuple[str, EnrolmentRow]]:
    """When the resident is themselves a child at the center: (child's name, enrolment) for their current places.
    PermissionDenied unless `actor` may see children's data on a profile (SEE_CHILDREN; issue 12 item 3)."""
    require(actor, SEE_CHILDREN)
    with db.read() as s:
        children = s.execute(
            select(Child.id, Child.name).where(Child.resident_id == resident_id, Child.archived_at.is_(None))
        ).all()
    return [(name, e) for cid, name in children for e in list_enrolments(db, cid) if e.ends_on >= clock.today()]


@checked
def record_document(db: Database, actor: Actor, kind: str, program_id: int, day: dt.date) -> None:
    """A sign-in sheet, day's record or weekly summary was produced (names of children leave the screen): audited."""
    require(actor, EXPORT_PERSONAL_DATA)
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export",
            "childcare_document",
            program_id,
            audit.message("childcare.document", what=kind, day=day),
        )
