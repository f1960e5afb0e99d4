"""Read the audit trail for the admin viewer: filtered in SQL, newest first, a page at a time (keyset on id)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, text

from app import audit_text, clock
from app.accounts.permissions import VIEW_AUDIT, require
from app.actor import Actor
from app.boundary import checked
from db.engine import Database
from db.models import AuditEntry, Resident, User
from db.models.activities import ActivityCourse, ActivityEnrolment, ActivitySession
from db.models.alerts import Alert
from db.models.canteen import DayClose, MealBooking, MealCard, MealSlot, MealTicket, SettlementPeriod, SubsidyRule
from db.models.childcare import Child, ChildAttendance, ChildcareProgram, ChildContact, ChildEnrolment
from db.models.health import (
    ChronicCondition,
    FamilyDoctorSigning,
    FollowUp,
    FollowUpPlan,
    HealthConsent,
    HealthReading,
    HealthReferral,
)
from db.models.library import LibraryCopy, LibraryHold, LibraryLoan, LibraryReader
from db.models.requests import RequestCategory, RequestDepartment, ServiceRequest, StationService, StationVisit
from db.models.volunteers import HoursEntry, Shift, SignUp, Volunteer, VolunteerPost


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""  # exact user name, "" for everyone
    action: str = ""  # exact action, "" for all
    entity: str = ""  # exact entity, "" for all
    day_from: dt.date | None = None  # local days, inclusive
    day_to: dt.date | None = None
    text: str = ""  # anywhere in the summary, the entity id or the before/after values


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    workstation: str
    user_name: str = ""  # the account's display name now ("" for a name typed at a failed sign-in)
    entity_name: str = ""  # what the record is called now: a person's name, a ticket or request number…

    def who(self) -> str:
        """ "李四 (li)"; the user name alone when there is no account behind it."""
        if self.user_name and self.user_name != self.username:
            return f"{self.user_name} ({self.username})"
        return self.username

    def record(self) -> str:
        """The record in the reader's language with its name: "Meal ticket No. 20261130-0001", "Staff account 李四"."""
        return audit_text.record_label(self.entity, self.entity_id, self.entity_name)

    def summary_text(self) -> str:
        """The summary in the reader's language (app.audit_text). A summary that only repeats the record's name
        or number (a request's transitions, a ticket sold) gives way to the note written with it, if any."""
        text = audit_text.render_summary(self.summary, self.action)
        if text and text == self.entity_name:
            note = (self.after or {}).get("note")
            return str(note) if note else ""
        return text


def _load(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"": value}


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@checked
def page_audit(
    db: Database, actor: Actor, flt: AuditFilter, after_id: int | None, limit: int
) -> list[tuple[int, AuditRow]]:
    """Up to `limit` entries older than `after_id` (None: the newest), newest first, as (key, row)."""
    require(actor, VIEW_AUDIT)
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if after_id is not None:
        q = q.where(AuditEntry.id < after_id)
    if flt.username:
        q = q.where(AuditEntry.username == flt.username)
    if flt.action:
        q = q.where(AuditEntry.action == flt.action)
    if flt.entity:
        q = q.where(AuditEntry.entity == flt.entity)
    if flt.day_from is not None:
        q = q.where(AuditEntry.at >= clock.local_day_bounds(flt.day_from)[0])
    if flt.day_to is not None:
        q = q.where(AuditEntry.at < clock.local_day_bounds(flt.day_to)[1])
    text = flt.text.strip()
    if text:
        pattern = _like(text)
        # What the reader sees is worded at display time (app.audit_text): a word of the wording ("签到",
        # "密码错误") finds the entries whose action, record kind or message says it, as well as stored text.
        worded = audit_text.codes_worded(text)
        q = q.where(
            or_(
                AuditEntry.summary.like(pattern, escape="\\"),
                AuditEntry.entity_id.like(pattern, escape="\\"),
                AuditEntry.before_json.like(pattern, escape="\\"),
                AuditEntry.after_json.like(pattern, escape="\\"),
                AuditEntry.action.in_(worded.actions),
                AuditEntry.entity.in_(worded.entities),
                *(AuditEntry.summary.like(_like(f'"m":"{key}"'), escape="\\") for key in worded.messages),
            )
        )
    with db.read() as s:
        rows = s.execute(q).scalars().all()
        names = _entity_names(s, [(e.entity, e.entity_id) for e in rows if e.entity_id])
        users = _user_names(s, {e.user_id for e in rows if e.user_id is not None})
        return [
            (
                e.id,
                AuditRow(
                    e.id,
                    e.at,
                    e.username,
                    e.action,
                    e.entity,
                    e.entity_id or "",
                    e.summary or "",
                    _load(e.before_json),
                    _load(e.after_json),
                    e.workstation or "",
                    users.get(e.user_id, "") if e.user_id is not None else "",
                    names.get((e.entity, e.entity_id or ""), ""),
                ),
            )
            for e in rows
        ]


def _user_names(s, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())


def _day_name(day) -> str:
    return day.isoformat() if day is not None else ""


# Record kind -> (query of (id, name) for a list of integer ids). A person's name, a number, a day: what the clerk
# knows the record by. One query per kind on the page (at most a hundred ids each).
def _health_named(model):
    """A health record is named by its resident (the administrator reading the trail sees who, not what)."""
    return lambda ids: (
        select(model.id, Resident.name).join(Resident, Resident.id == model.resident_id).where(model.id.in_(ids))
    )


_NAMED = {
    "alert": lambda ids: (
        select(Alert.id, Resident.name).join(Resident, Resident.id == Alert.resident_id).where(Alert.id.in_(ids))
    ),
    "user": lambda ids: select(User.id, User.display_name).where(User.id.in_(ids)),
    "resident": lambda ids: select(Resident.id, Resident.name).where(Resident.id.in_(ids)),
    "meal_ticket": lambda ids: select(MealTicket.id, MealTicket.number).where(MealTicket.id.in_(ids)),
    "meal_card": lambda ids: select(MealCard.id, MealCard.card_no).where(MealCard.id.in_(ids)),
    "meal_booking": lambda ids: (
        select(MealBooking.id, Resident.name)
        .join(Resident, Resident.id == MealBooking.resident_id)
        .where(MealBooking.id.in_(ids))
    ),
    "subsidy_rule": lambda ids: select(SubsidyRule.id, SubsidyRule.name).where(SubsidyRule.id.in_(ids)),
    "canteen_day": lambda ids: (
        select(DayClose.id, DayClose.day, User.display_name)
        .join(User, User.id == DayClose.cashier_id)
        .where(DayClose.id.in_(ids))
    ),
    "canteen_settlement": lambda ids: select(SettlementPeriod.id, SettlementPeriod.starts).where(
        SettlementPeriod.id.in_(ids)
    ),
    "childcare_program": lambda ids: select(ChildcareProgram.id, ChildcareProgram.name).where(
        ChildcareProgram.id.in_(ids)
    ),
    "childcare_document": lambda ids: select(ChildcareProgram.id, ChildcareProgram.name).where(
        ChildcareProgram.id.in_(ids)
    ),
    "childcare_child": lambda ids: select(Child.id, Child.name).where(Child.id.in_(ids)),
    "library_copy": lambda ids: select(LibraryCopy.id, LibraryCopy.title).where(LibraryCopy.id.in_(ids)),
    "library_loan": lambda ids: (
        select(LibraryLoan.id, LibraryCopy.title)
        .join(LibraryCopy, LibraryCopy.id == LibraryLoan.copy_id)
        .where(LibraryLoan.id.in_(ids))
    ),
    "library_hold": lambda ids: (
        select(LibraryHold.id, LibraryCopy.title)
        .join(LibraryCopy, LibraryCopy.id == LibraryHold.copy_id)
        .where(LibraryHold.id.in_(ids))
    ),
    "library_reader": lambda ids: (
        select(LibraryReader.id, Resident.name)
        .join(Resident, Resident.id == LibraryReader.resident_id)
        .where(LibraryReader.id.in_(ids))
    ),
    "childcare_contact": lambda ids: (
        select(ChildContact.id, Resident.name, Child.name)
        .join(Resident, Resident.id == ChildContact.resident_id)
        .join(Child, Child.id == ChildContact.child_id)
        .where(ChildContact.id.in_(ids))
    ),
    "childcare_enrolment": lambda ids: (
        select(ChildEnrolment.id, Child.name)
        .join(Child, Child.id == ChildEnrolment.child_id)
        .where(ChildEnrolment.id.in_(ids))
    ),
    "childcare_attendance": lambda ids: (
        select(ChildAttendance.id, Child.name, ChildAttendance.day)
        .join(Child, Child.id == ChildAttendance.child_id)
        .where(ChildAttendance.id.in_(ids))
    ),
    "request": lambda ids: select(ServiceRequest.id, ServiceRequest.number).where(ServiceRequest.id.in_(ids)),
    "req_department": lambda ids: select(RequestDepartment.id, RequestDepartment.name).where(
        RequestDepartment.id.in_(ids)
    ),
    "req_category": lambda ids: select(RequestCategory.id, RequestCategory.name).where(RequestCategory.id.in_(ids)),
    "station_service": lambda ids: select(StationService.id, StationService.name).where(StationService.id.in_(ids)),
    "station_visit": lambda ids: (
        select(StationVisit.id, StationService.name, StationVisit.day)
        .join(StationService, StationService.id == StationVisit.service_id)
        .where(StationVisit.id.in_(ids))
    ),
    "volunteer": lambda ids: (
        select(Volunteer.id, Resident.name)
        .join(Resident, Resident.id == Volunteer.resident_id)
        .where(Volunteer.id.in_(ids))
    ),
    "volunteer_post": lambda ids: select(VolunteerPost.id, VolunteerPost.name).where(VolunteerPost.id.in_(ids)),
    "volunteer_shift": lambda ids: (
        select(Shift.id, VolunteerPost.name, Shift.day)
        .join(VolunteerPost, VolunteerPost.id == Shift.post_id)
        .where(Shift.id.in_(ids))
    ),
    "volunteer_signup": lambda ids: (
        select(SignUp.id, Resident.name, Shift.day)
        .join(Volunteer, Volunteer.id == SignUp.volunteer_id)
        .join(Resident, Resident.id == Volunteer.resident_id)
        .join(Shift, Shift.id == SignUp.shift_id)
        .where(SignUp.id.in_(ids))
    ),
    "volunteer_hours": lambda ids: (
        select(HoursEntry.id, Resident.name, HoursEntry.day)
        .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
        .join(Resident, Resident.id == Volunteer.resident_id)
        .where(HoursEntry.id.in_(ids))
    ),
    "activity_course": lambda ids: select(ActivityCourse.id, ActivityCourse.name).where(ActivityCourse.id.in_(ids)),
    "activity_session": lambda ids: (
        select(ActivitySession.id, ActivityCourse.name, ActivitySession.day)
        .join(ActivityCourse, ActivityCourse.id == ActivitySession.course_id)
        .where(ActivitySession.id.in_(ids))
    ),
    "activity_enrolment": lambda ids: (
        select(ActivityEnrolment.id, Resident.name, ActivityCourse.name)
        .join(Resident, Resident.id == ActivityEnrolment.resident_id)
        .join(ActivityCourse, ActivityCourse.id == ActivityEnrolment.course_id)
        .where(ActivityEnrolment.id.in_(ids))
    ),
    "health_consent": _health_named(HealthConsent),
    "health_signing": _health_named(FamilyDoctorSigning),
    "health_condition": _health_named(ChronicCondition),
    "health_plan": _health_named(FollowUpPlan),
    "health_followup": _health_named(FollowUp),
    "health_reading": _health_named(HealthReading),
    "health_referral": _health_named(HealthReferral),
}


def _entity_names(s, refs: list[tuple[str, str | None]]) -> dict[tuple[str, str], str]:
    """(entity, entity_id) -> the record's name now, for the kinds in `_NAMED` (others: their reference is already
    a name, a day or a number: meal slots by code, calendar days, certificates by number, report kinds)."""
    wanted: dict[str, set[int]] = {}
    names: dict[tuple[str, str], str] = {}
    for entity, ref in refs:
        if not ref:
            continue
        if entity in _NAMED and ref.isdigit():
            wanted.setdefault(entity, set()).add(int(ref))
        elif entity == "volunteer_report":
            names[(entity, ref)] = audit_text.code_label("what", ref)
        elif entity in ("volunteer_certificate", "calendar_day", "request_report"):
            names[(entity, ref)] = ref
    slot_codes = {ref for entity, ref in refs if entity == "meal_slot" and ref}
    if slot_codes:
        names.update(
            (("meal_slot", code), name)
            for code, name in s.execute(select(MealSlot.code, MealSlot.name).where(MealSlot.code.in_(slot_codes)))
        )
    for entity, ids in wanted.items():
        for row in s.execute(_NAMED[entity](sorted(ids))):
            key, *parts = row
            names[(entity, str(key))] = " · ".join(
                p.isoformat() if hasattr(p, "isoformat") else str(p) for p in parts if p is not None and p != ""
            )
    return names


KNOWN_ACTIONS = (
    "create", "change", "update", "void", "archive", "restore", "remove", "cancel", "override", "export",
    "login", "login_failed", "logout", "lock", "unlock", "reveal_id", "approval", "approval_failed",
    "approval_refused", "disable", "enable", "reset_password", "change_password", "reopen_day", "settle",
)  # fmt: skip
RECENT_FOR_CHOICES = 20_000


@checked
def filter_choices(db: Database, actor: Actor) -> tuple[list[str], list[str], list[str]]:
    """The user names, actions and entities for the filter drop-downs, without scanning the whole trail:
    staff accounts; known actions plus those of the latest entries; entities by a walk along their index."""
    require(actor, VIEW_AUDIT)
    with db.read() as s:
        users = [u for (u,) in s.execute(select(User.username).order_by(User.username))]
        recent = select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(RECENT_FOR_CHOICES).subquery()
        seen = {a for (a,) in s.execute(select(recent.c.action).distinct()) if a}
        entities = [
            e
            for (e,) in s.execute(
                text(
                    "WITH RECURSIVE t(e) AS (SELECT MIN(entity) FROM audit_log UNION ALL "
                    "SELECT (SELECT MIN(entity) FROM audit_log WHERE entity > t.e) FROM t WHERE t.e IS NOT NULL) "
                    "SELECT e FROM t WHERE e IS NOT NULL"
                )
            )
            if e
        ]
    actions = sorted(seen | set(KNOWN_ACTIONS))
    return users, actions, entities


def format_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    """(field, before, after) lines for display, every field of either side once, in a stable order."""
    before = before or {}
    after = after or {}
    keys = list(dict.fromkeys([*before.keys(), *after.keys()]))

    def show(value: Any, present: bool) -> str:
        if not present:
            return ""
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    return [(k, show(before.get(k), k in before), show(after.get(k), k in after)) for k in keys]
