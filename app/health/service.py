"""The health corner's records (医养): consent, family-doctor signing, chronic conditions, follow-up plans and
follow-ups, readings, referrals to the partner clinic.

Health data is sensitive personal information (个人信息保护法 §28–§29: separate consent, only those who need it):

- every function here starts with `require(actor, RECORD_HEALTH)` (writes); the reads (`app.health.record`) with
  `require(actor, SEE_HEALTH)`; only the health role and administrators hold them (app/accounts/permissions.py);
- nothing but a consent may be recorded for a resident without a consent in force (who gave it, on which day, how);
  a withdrawn consent is kept (when, recorded by whom, why) and the resident drops out of the due lists;
- every write of one resident's health record first locks the resident's row, so two workstations recording for
  the same resident at once queue (PostgreSQL `SELECT … FOR UPDATE`; SQLite's `BEGIN IMMEDIATE` already
  serialises writers); "one consent / one signing / one condition code in force" are partial unique indexes too;
- every change is in the audit trail (entity kinds `health_*`, summaries without values: the trail is read by the
  administrator, and a reading's numbers are not needed there).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock
from app.accounts.permissions import RECORD_HEALTH, require
from app.actor import Actor
from app.boundary import checked
from app.errors import NotFound, UserError, ValidationError
from app.health import readings as R
from app.i18n import translate
from app.requests import service as requests_service
from db.engine import Database
from db.models import Resident
from db.models.health import (
    ATTEMPT_OUTCOMES,
    ChronicCondition,
    FamilyDoctorSigning,
    FollowUp,
    FollowUpAttempt,
    FollowUpPlan,
    HealthConsent,
    HealthReading,
    HealthReferral,
)
from db.models.requests import RequestCategory, RequestDepartment

CONSENT_METHODS = ("written", "verbal", "online")
FOLLOWUP_METHODS = ("center", "home", "phone")
MAX_INTERVAL_MONTHS = 24
#: A family-doctor signing runs for a year unless the team says otherwise (国家卫健委《关于规范家庭医生签约服务管理的
#: 指导意见》, 2016: 签约周期原则上为一年).
SIGNING_MONTHS = 12


def consent_method_label(code: str) -> str:
    if code == "written":
        return translate("Health", "written form")
    if code == "verbal":
        return translate("Health", "verbal, witnessed")
    if code == "online":
        return translate("Health", "online")
    return code


def followup_method_label(code: str) -> str:
    if code == "center":
        return translate("Health", "at the center")
    if code == "home":
        return translate("Health", "home visit")
    if code == "phone":
        return translate("Health", "by phone")
    return code


def attempt_outcome_label(code: str) -> str:
    """Why a follow-up attempt failed (`db.models.health.ATTEMPT_OUTCOMES`), as shown."""
    if code == "unreached":
        return translate("Health", "not reached")
    if code == "refused":
        return translate("Health", "refused")
    if code == "moved":
        return translate("Health", "moved away")
    if code == "other":
        return translate("Health", "other reason")
    return code


def attempts_summary(count: int, last_on: dt.date | None, last_outcome: str | None) -> str:
    """A plan's failed attempts since its latest follow-up as one short text ("2 failed, last 2026-11-28: not
    reached"); "" when there are none."""
    if count <= 0 or last_on is None:
        return ""
    return translate("Health", "{n} failed, last {day}: {why}").format(
        n=count, day=last_on.isoformat(), why=attempt_outcome_label(last_outcome or "")
    )


#: Chronic conditions the 国家基本公共卫生服务 follows up, with their ICD-10 codes and a usual interval in months
#: (hypertension and type 2 diabetes: at least four follow-ups a year, 国家基本公共卫生服务规范 第三版).
#: The center may record any other code and name.
def condition_catalogue() -> list[tuple[str, str, int]]:
    """[(ICD-10 code, name in the user's language, usual follow-up interval in months)]."""
    return [
        ("I10", translate("Health", "Hypertension"), 3),
        ("E11", translate("Health", "Type 2 diabetes"), 3),
        ("I25", translate("Health", "Coronary heart disease"), 3),
        ("I64", translate("Health", "Stroke (after-care)"), 3),
        ("J44", translate("Health", "COPD"), 6),
        ("E78", translate("Health", "Hyperlipidaemia"), 6),
        ("M81", translate("Health", "Osteoporosis"), 12),
    ]


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole calendar months, the day clamped to the month's end (31 Jan + 1 = 28 or 29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_due_after(last_followup_on: dt.date | None, started_on: dt.date, interval_months: int) -> dt.date:
    """A plan's next follow-up: the last follow-up's day (or the start, before the first) + the interval."""
    return add_months(last_followup_on or started_on, interval_months)


# --- shared checks ------------------------------------------------------------------------------------------------
def _resident_locked(s: Session, resident_id: int) -> Resident:
    """The resident, locked for the rest of the unit of work; refused when unknown or archived."""
    r = s.execute(select(Resident).where(Resident.id == resident_id).with_for_update()).scalar_one_or_none()
    if r is None:
        raise NotFound(translate("Health", "This resident is not registered."))
    if r.archived_at is not None:
        raise UserError(translate("Health", "This resident's record is archived."))
    return r


def consent_in_force(s: Session, resident_id: int) -> HealthConsent | None:
    return s.execute(
        select(HealthConsent).where(HealthConsent.resident_id == resident_id, HealthConsent.withdrawn_at.is_(None))
    ).scalar_one_or_none()


def _with_consent(s: Session, resident_id: int) -> Resident:
    r = _resident_locked(s, resident_id)
    if consent_in_force(s, resident_id) is None:
        raise UserError(translate("Health", "Record the resident's consent first: no health data is kept without it."))
    return r


def _not_future(day: dt.date | None, field: str) -> None:
    if day is not None and day > clock.today():
        raise ValidationError({field: translate("Health", "The date cannot be in the future.")})


def _text(value: str, field: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError({field: message})
    return value


# --- consent ------------------------------------------------------------------------------------------------------
@checked
def record_consent(
    db: Database,
    actor: Actor,
    resident_id: int,
    given_by: str,
    method: str,
    given_on: dt.date,
    relation: str = "",
    note: str = "",
) -> int:
    """Record the resident's consent to keeping their health data: `given_by` (the resident, or a guardian or relative
    with `relation`), `method` (written | verbal | online), `given_on` (local day, not in the future). Refused while
    a consent is in force. Returns the consent's id."""
    require(actor, RECORD_HEALTH)
    given_by = _text(given_by, "given_by", translate("Health", "Who gave the consent?"))
    if method not in CONSENT_METHODS:
        raise ValidationError({"method": translate("Health", "Choose how the consent was given.")})
    _not_future(given_on, "given_on")
    with db.write() as s:
        _resident_locked(s, resident_id)
        if consent_in_force(s, resident_id) is not None:
            raise UserError(translate("Health", "A consent is already recorded for this resident."))
        c = HealthConsent(
            resident_id=resident_id,
            given_by=given_by,
            relation=relation.strip(),
            method=method,
            given_on=given_on,
            recorded_at=clock.now(),
            recorded_by_id=actor.user_id,
            note=note.strip(),
        )
        s.add(c)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "health_consent",
            c.id,
            audit.message("health.consent", method=method, day=given_on.isoformat()),
            None,
            {"resident_id": resident_id, "method": method, "given_on": given_on.isoformat()},
        )
        return c.id


@checked
def withdraw_consent(db: Database, actor: Actor, resident_id: int, note: str) -> None:
    """The resident withdraws their consent: kept with when, who recorded it and `note` (required). The records stay
    (nothing is deleted) but the resident leaves the due lists and nothing new may be recorded until a new consent."""
    require(actor, RECORD_HEALTH)
    note = _text(note, "note", translate("Health", "Say how the resident withdrew the consent."))
    with db.write() as s:
        _resident_locked(s, resident_id)
        c = consent_in_force(s, resident_id)
        if c is None:
            raise UserError(translate("Health", "No consent is in force for this resident."))
        c.withdrawn_at = clock.now()
        c.withdrawn_by_id = actor.user_id
        c.withdrawal_note = note
        audit.record(s, actor, "withdraw", "health_consent", c.id, note, None, {"resident_id": resident_id})


# --- family-doctor signing ----------------------------------------------------------------------------------------
@dataclass
class SigningInput:
    resident_id: int
    team: str
    doctor: str
    signed_on: dt.date
    renewal_due: dt.date | None = None  # None: a year after signing (SIGNING_MONTHS)


@checked
def record_signing(db: Database, actor: Actor, inp: SigningInput) -> int:
    """家庭医生签约 (or its renewal): a signing in force is ended ("renewed") and the new one recorded. The renewal is
    due `renewal_due`, by default SIGNING_MONTHS after `signed_on`; it must come after the signing day."""
    require(actor, RECORD_HEALTH)
    errors: dict[str, str] = {}
    team = (inp.team or "").strip()
    doctor = (inp.doctor or "").strip()
    if not team:
        errors["team"] = translate("Health", "Enter the family-doctor team.")
    if not doctor:
        errors["doctor"] = translate("Health", "Enter the family doctor.")
    if inp.signed_on > clock.today():
        errors["signed_on"] = translate("Health", "The date cannot be in the future.")
    renewal = inp.renewal_due or add_months(inp.signed_on, SIGNING_MONTHS)
    if renewal <= inp.signed_on:
        errors["renewal_due"] = translate("Health", "The renewal is due after the signing day.")
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        _with_consent(s, inp.resident_id)
        now = clock.now()
        old = s.execute(
            select(FamilyDoctorSigning).where(
                FamilyDoctorSigning.resident_id == inp.resident_id, FamilyDoctorSigning.ended_at.is_(None)
            )
        ).scalar_one_or_none()
        if old is not None:
            if inp.signed_on < old.signed_on:
                raise ValidationError(
                    {"signed_on": translate("Health", "A renewal is signed on or after the current signing.")}
                )
            old.ended_at, old.ended_by_id, old.end_reason = now, actor.user_id, "renewed"
            s.flush()
        row = FamilyDoctorSigning(
            resident_id=inp.resident_id,
            team=team,
            doctor=doctor,
            signed_on=inp.signed_on,
            renewal_due=renewal,
            recorded_at=now,
            recorded_by_id=actor.user_id,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "health_signing",
            row.id,
            audit.message("health.signing", team=team, doctor=doctor, due=renewal.isoformat()),
            {"signing_id": old.id} if old is not None else None,
            {
                "resident_id": inp.resident_id,
                "signed_on": inp.signed_on.isoformat(),
                "renewal_due": renewal.isoformat(),
            },
        )
        return row.id


@checked
def end_signing(db: Database, actor: Actor, resident_id: int, reason: str) -> None:
    """The signing in force ends without renewal (the resident signed elsewhere, moved …); `reason` required."""
    require(actor, RECORD_HEALTH)
    reason = _text(reason, "reason", translate("Health", "Say why the signing ends."))
    with db.write() as s:
        _resident_locked(s, resident_id)
        row = s.execute(
            select(FamilyDoctorSigning).where(
                FamilyDoctorSigning.resident_id == resident_id, FamilyDoctorSigning.ended_at.is_(None)
            )
        ).scalar_one_or_none()
        if row is None:
            raise UserError(translate("Health", "This resident has no family-doctor signing in force."))
        row.ended_at, row.ended_by_id, row.end_reason = clock.now(), actor.user_id, reason
        audit.record(s, actor, "end", "health_signing", row.id, reason, None, {"resident_id": resident_id})


# --- chronic conditions -------------------------------------------------------------------------------------------
@checked
def add_condition(
    db: Database, actor: Actor, resident_id: int, code: str, name: str, diagnosed_on: dt.date | None = None
) -> int:
    """A chronic condition (ICD-10 `code` such as I10, and its `name` as shown). Refused when the same code is in
    force already. Returns its id."""
    require(actor, RECORD_HEALTH)
    code = _text(code, "code", translate("Health", "Enter the condition's code (e.g. I10).")).upper()
    name = _text(name, "name", translate("Health", "Enter the condition's name."))
    _not_future(diagnosed_on, "diagnosed_on")
    with db.write() as s:
        _with_consent(s, resident_id)
        clash = s.execute(
            select(ChronicCondition.id).where(
                ChronicCondition.resident_id == resident_id,
                ChronicCondition.code == code,
                ChronicCondition.ended_at.is_(None),
            )
        ).first()
        if clash is not None:
            raise UserError(translate("Health", "This condition is recorded already."))
        row = ChronicCondition(
            resident_id=resident_id,
            code=code,
            name=name,
            diagnosed_on=diagnosed_on,
            recorded_at=clock.now(),
            recorded_by_id=actor.user_id,
        )
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "health_condition", row.id, "", None, {"resident_id": resident_id})
        return row.id


@checked
def remove_condition(db: Database, actor: Actor, condition_id: int, reason: str) -> None:
    """A condition recorded by mistake or no longer followed: ended with `reason`; its plans in force end too."""
    require(actor, RECORD_HEALTH)
    reason = _text(reason, "reason", translate("Health", "Say why the condition is removed."))
    with db.write() as s:
        row = s.get(ChronicCondition, condition_id)
        if row is None:
            raise NotFound(translate("Health", "No such condition."))
        _resident_locked(s, row.resident_id)
        if row.ended_at is not None:
            raise UserError(translate("Health", "This condition was removed already."))
        now = clock.now()
        row.ended_at, row.ended_by_id, row.end_reason = now, actor.user_id, reason
        plans = s.execute(
            select(FollowUpPlan).where(FollowUpPlan.condition_id == condition_id, FollowUpPlan.ended_at.is_(None))
        ).scalars()
        for plan in plans:
            plan.ended_at, plan.ended_by_id, plan.end_reason = now, actor.user_id, reason
        audit.record(s, actor, "remove", "health_condition", row.id, reason, None, {"resident_id": row.resident_id})


# --- follow-up plans and follow-ups -------------------------------------------------------------------------------
@checked
def start_plan(
    db: Database,
    actor: Actor,
    resident_id: int,
    interval_months: int,
    condition_id: int | None = None,
    started_on: dt.date | None = None,
    first_due: dt.date | None = None,
) -> int:
    """A follow-up plan: every `interval_months` (1–24) months, for `condition_id` (one of the resident's conditions
    in force) or general. The first follow-up is due `first_due`, by default the start (today) plus the interval.
    Returns the plan's id."""
    require(actor, RECORD_HEALTH)
    if not 1 <= interval_months <= MAX_INTERVAL_MONTHS:
        raise ValidationError(
            {"interval_months": translate("Health", "Follow up every 1 to {n} months.").format(n=MAX_INTERVAL_MONTHS)}
        )
    start = started_on or clock.today()
    _not_future(start, "started_on")
    if first_due is not None and first_due < start:
        raise ValidationError({"first_due": translate("Health", "The first follow-up cannot be due before the start.")})
    with db.write() as s:
        _with_consent(s, resident_id)
        if condition_id is not None:
            cond = s.get(ChronicCondition, condition_id)
            if cond is None or cond.resident_id != resident_id or cond.ended_at is not None:
                raise ValidationError({"condition_id": translate("Health", "Choose one of the resident's conditions.")})
        plan = FollowUpPlan(
            resident_id=resident_id,
            condition_id=condition_id,
            interval_months=interval_months,
            started_on=start,
            next_due=first_due or next_due_after(None, start, interval_months),
            created_at=clock.now(),
            created_by_id=actor.user_id,
        )
        s.add(plan)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "health_plan",
            plan.id,
            audit.message("health.plan", months=interval_months, due=plan.next_due.isoformat()),
            None,
            {"resident_id": resident_id},
        )
        return plan.id


@checked
def end_plan(db: Database, actor: Actor, plan_id: int, reason: str) -> None:
    """Stop following up under this plan (`reason` required); its follow-ups stay. (A resident who cannot be
    followed up is closed with `close_lost` instead, so the figures tell the two apart.)"""
    require(actor, RECORD_HEALTH)
    reason = _text(reason, "reason", translate("Health", "Say why the plan ends."))
    with db.write() as s:
        plan = _plan_locked(s, plan_id)
        plan.ended_at, plan.ended_by_id, plan.end_reason = clock.now(), actor.user_id, reason
        audit.record(s, actor, "end", "health_plan", plan.id, reason, None, {"resident_id": plan.resident_id})


def _plan_locked(s: Session, plan_id: int) -> FollowUpPlan:
    plan = s.get(FollowUpPlan, plan_id)
    if plan is None:
        raise NotFound(translate("Health", "No such follow-up plan."))
    _resident_locked(s, plan.resident_id)
    s.refresh(plan)  # read again under the resident's lock: another desk's follow-up is seen
    if plan.ended_at is not None:
        raise UserError(translate("Health", "This follow-up plan has ended."))
    return plan


@checked
def record_followup(db: Database, actor: Actor, plan_id: int, done_on: dt.date, method: str, note: str = "") -> dt.date:
    """A follow-up done under the plan on local day `done_on` (not in the future, not before the plan's start), `method`
    center | home | phone. The plan's next due day becomes the latest follow-up's day + the interval (a follow-up
    entered late, older than the latest, changes nothing). Returns the next due day."""
    require(actor, RECORD_HEALTH)
    if method not in FOLLOWUP_METHODS:
        raise ValidationError({"method": translate("Health", "Choose how the follow-up was done.")})
    _not_future(done_on, "done_on")
    with db.write() as s:
        plan = _plan_locked(s, plan_id)
        _with_consent(s, plan.resident_id)
        if done_on < plan.started_on:
            raise ValidationError({"done_on": translate("Health", "The follow-up cannot be before the plan started.")})
        row = FollowUp(
            plan_id=plan.id,
            resident_id=plan.resident_id,
            done_on=done_on,
            method=method,
            note=note.strip(),
            recorded_at=clock.now(),
            recorded_by_id=actor.user_id,
        )
        s.add(row)
        if plan.last_followup_on is None or done_on > plan.last_followup_on:
            plan.last_followup_on = done_on
            plan.next_due = next_due_after(done_on, plan.started_on, plan.interval_months)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "health_followup",
            row.id,
            audit.message("health.followup", day=done_on.isoformat(), due=plan.next_due.isoformat()),
            None,
            {"resident_id": plan.resident_id, "plan_id": plan.id},
        )
        return plan.next_due


@checked
def record_attempt(
    db: Database, actor: Actor, plan_id: int, attempted_on: dt.date, method: str, outcome: str, note: str = ""
) -> int:
    """A follow-up tried on local day `attempted_on` that did not happen (未随访): `method` as a follow-up's (center:
    the resident did not come; home: nobody at home or no entry; phone: the call failed), `outcome` unreached |
    refused | moved | other (`other` needs a `note`). Kept with who recorded it and when. It is not a follow-up:
    the plan's next due day stays as it was, so the plan stays on the due list and its overdue alert stays, until a
    completed follow-up is recorded (`record_followup`). Returns the attempt's id."""
    require(actor, RECORD_HEALTH)
    errors: dict[str, str] = {}
    if method not in FOLLOWUP_METHODS:
        errors["method"] = translate("Health", "Choose how the follow-up was tried.")
    if outcome not in ATTEMPT_OUTCOMES:
        errors["outcome"] = translate("Health", "Choose why the follow-up did not happen.")
    note = (note or "").strip()
    if outcome == "other" and not note:
        errors["note"] = translate("Health", "Say in the note why the follow-up did not happen.")
    if attempted_on > clock.today():
        errors["attempted_on"] = translate("Health", "The date cannot be in the future.")
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        plan = _plan_locked(s, plan_id)
        _with_consent(s, plan.resident_id)
        if attempted_on < plan.started_on:
            raise ValidationError(
                {"attempted_on": translate("Health", "The attempt cannot be before the plan started.")}
            )
        row = FollowUpAttempt(
            plan_id=plan.id,
            resident_id=plan.resident_id,
            attempted_on=attempted_on,
            method=method,
            outcome=outcome,
            note=note,
            recorded_at=clock.now(),
            recorded_by_id=actor.user_id,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "health_attempt",
            row.id,
            audit.message("health.attempt", day=attempted_on.isoformat(), attempt_outcome=outcome),
            None,
            {"resident_id": plan.resident_id, "plan_id": plan.id},
        )
        return row.id


@checked
def close_lost(db: Database, actor: Actor, plan_id: int, reason: str) -> None:
    """Close the plan as lost to follow-up (失访): the resident cannot be followed up (moved without a new address,
    refuses every contact …); `reason` required. The plan ends (off the due list, its overdue alert ends) and is
    counted as lost, not as followed up; its follow-ups and attempts stay. For the health role and administrators
    (RECORD_HEALTH)."""
    require(actor, RECORD_HEALTH)
    reason = _text(reason, "reason", translate("Health", "Say why the resident is lost to follow-up."))
    with db.write() as s:
        plan = _plan_locked(s, plan_id)
        plan.ended_at, plan.ended_by_id, plan.end_reason = clock.now(), actor.user_id, reason
        plan.lost_to_followup = True
        audit.record(s, actor, "lost", "health_plan", plan.id, reason, None, {"resident_id": plan.resident_id})


# --- readings -----------------------------------------------------------------------------------------------------
@dataclass
class ReadingInput:
    """Readings taken at one moment. Units: mmHg, beats/min, tenths of mmol/L, tenths of kg (app.health.readings)."""

    resident_id: int
    systolic: int | None = None
    diastolic: int | None = None
    pulse: int | None = None
    glucose_tenths: int | None = None
    glucose_timing: str | None = None  # fasting | after_meal | random, required with a glucose
    weight_tenths: int | None = None
    taken_at: dt.datetime | None = None  # None: now; never in the future
    note: str = ""


@checked
def record_reading(db: Database, actor: Actor, inp: ReadingInput) -> int:
    """Store readings taken at the health corner by `actor`. Values outside the physical limits
    (`app.health.readings.LIMITS`: systolic 50–300 mmHg, diastolic 20–200 and below the systolic, pulse 20–250/min,
    glucose 0.6–33.3 mmol/L, weight 2–300 kg) are refused with ValidationError naming the field and the limits;
    nothing is written. Returns the reading's id."""
    require(actor, RECORD_HEALTH)
    values = {
        "systolic": inp.systolic,
        "diastolic": inp.diastolic,
        "pulse": inp.pulse,
        "glucose_tenths": inp.glucose_tenths,
        "weight_tenths": inp.weight_tenths,
    }
    errors = R.check_values(values, inp.glucose_timing)
    now = clock.now()
    taken_at = inp.taken_at or now
    if taken_at.tzinfo is None:
        taken_at = taken_at.replace(tzinfo=clock.local_tz())
    if taken_at > now + dt.timedelta(minutes=1):
        errors["taken_at"] = translate("Health", "A reading cannot be taken in the future.")
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        _with_consent(s, inp.resident_id)
        row = HealthReading(
            resident_id=inp.resident_id,
            taken_at=taken_at,
            taken_by_id=actor.user_id,
            glucose_timing=inp.glucose_timing if inp.glucose_tenths is not None else None,
            note=inp.note.strip(),
            recorded_at=now,
            **values,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "health_reading",
            row.id,
            audit.message("health.reading", kinds=", ".join(k for k, v in values.items() if v is not None)),
            None,
            {"resident_id": inp.resident_id},
        )
        return row.id


@checked
def void_reading(db: Database, actor: Actor, reading_id: int, reason: str) -> None:
    """A reading entered by mistake: voided with `reason` (kept, shown struck through, left out of figures)."""
    require(actor, RECORD_HEALTH)
    reason = _text(reason, "reason", translate("Health", "Say why the reading is voided."))
    with db.write() as s:
        row = s.get(HealthReading, reading_id)
        if row is None:
            raise NotFound(translate("Health", "No such reading."))
        _resident_locked(s, row.resident_id)
        if row.voided_at is not None:
            raise UserError(translate("Health", "This reading was voided already."))
        row.voided_at, row.voided_by_id, row.void_reason = clock.now(), actor.user_id, reason
        audit.record(s, actor, "void", "health_reading", row.id, reason, None, {"resident_id": row.resident_id})


# --- referrals ----------------------------------------------------------------------------------------------------
@dataclass
class ReferralInput:
    resident_id: int
    department_id: int  # the partner clinic (a partner department of the requests service)
    reason: str  # the clinical reason: kept on the health side only
    category_id: int | None = None  # None: the first category whose default department is the partner
    urgency: str = "normal"


@dataclass(frozen=True)
class Referral:
    id: int
    request_id: int
    request_number: str


@checked
def refer(db: Database, actor: Actor, inp: ReferralInput) -> Referral:
    """Refer the resident to the partner clinic: in one unit of work a request is taken in (channel walk-in, the
    resident's own) and dispatched to the partner department, and the referral links the health record to it.

    The request's description only says it is a health referral, without the reason: requests are read by the front
    desk, the reason stays on the health record. The partner must be a partner department (红色合伙人), not archived.
    """
    require(actor, RECORD_HEALTH)
    reason = _text(inp.reason, "reason", translate("Health", "Say why the resident is referred."))
    with db.write() as s:
        _with_consent(s, inp.resident_id)
        dep = s.get(RequestDepartment, inp.department_id)
        if dep is None or dep.archived_at is not None or not dep.is_partner:
            raise ValidationError({"department_id": translate("Health", "Choose the partner clinic.")})
        category_id = inp.category_id
        if category_id is None:
            category_id = s.execute(
                select(RequestCategory.id)
                .where(RequestCategory.default_department_id == dep.id, RequestCategory.archived_at.is_(None))
                .order_by(RequestCategory.sort_order, RequestCategory.id)
                .limit(1)
            ).scalar()
        if category_id is None:
            raise ValidationError(
                {"category_id": translate("Health", "No request category goes to this partner: choose a category.")}
            )
        saved = requests_service.intake(
            s,
            actor,
            requests_service.IntakeInput(
                channel="walk_in",
                category_id=category_id,
                description=translate(
                    "Health", "Health referral to {partner} (the reason is on the health record)."
                ).format(partner=dep.name),
                resident_id=inp.resident_id,
                urgency=inp.urgency,
            ),
        )
        requests_service.dispatch_in(s, actor, saved.id, dep.id)
        row = HealthReferral(
            resident_id=inp.resident_id,
            request_id=saved.id,
            department_id=dep.id,
            reason=reason,
            created_at=clock.now(),
            created_by_id=actor.user_id,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "health_referral",
            row.id,
            audit.message("health.referral", partner=dep.name, number=saved.number),
            None,
            {"resident_id": inp.resident_id, "request_id": saved.id},
        )
        return Referral(row.id, saved.id, saved.number)
