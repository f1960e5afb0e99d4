"""Reading the health records: one resident's record (every opening audited) and the due / overdue list.

Every function starts with `require(actor, SEE_HEALTH)`: only the health role and administrators read health data,
whatever screen, script or second workstation asks. ID numbers in lists are masked (first 6 + last 4); a phone is
shown to roles that see phones (SEE_PHONES, app.accounts.privacy: the health corner calls residents for follow-ups),
masked for any other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, Integer, String, and_, cast, exists, func, literal, null, or_, select, union_all

from app import audit, clock
from app.accounts.permissions import SEE_HEALTH, require
from app.accounts.privacy import shown_phone
from app.actor import Actor
from app.boundary import checked
from app.errors import NotFound
from app.health.service import attempts_summary
from app.i18n import translate
from app.residents.idnumbers import age_on, mask_id_number
from app.residents.service import format_address
from db.engine import Database
from db.models import Resident, User
from db.models.health import (
    ChronicCondition,
    FamilyDoctorSigning,
    FollowUp,
    FollowUpAttempt,
    FollowUpPlan,
    HealthConsent,
    HealthReading,
    HealthReferral,
)
from db.models.requests import RequestDepartment, ServiceRequest

READINGS_SHOWN = 30
FOLLOWUPS_SHOWN = 30
ATTEMPTS_SHOWN = 30


def _attempts_since_last_followup():
    """The plan's failed attempts since its latest completed follow-up (all of them before the first): the ones
    that still count against the follow-up now due. An attempt on the day of the latest follow-up is behind it."""
    return and_(
        FollowUpAttempt.plan_id == FollowUpPlan.id,
        or_(FollowUpPlan.last_followup_on.is_(None), FollowUpAttempt.attempted_on > FollowUpPlan.last_followup_on),
    )


def _attempt_columns() -> tuple:
    """(count, last day, last outcome) of `_attempts_since_last_followup`, correlated to the plan of the enclosing
    query: each an index look-up (plan_id, attempted_on), the same SQL on SQLite and PostgreSQL."""
    since = _attempts_since_last_followup()
    count = select(func.count(FollowUpAttempt.id)).where(since).correlate(FollowUpPlan).scalar_subquery()
    last = (
        select(FollowUpAttempt.id)
        .where(since)
        .order_by(FollowUpAttempt.attempted_on.desc(), FollowUpAttempt.id.desc())
        .limit(1)
        .correlate(FollowUpPlan)
        .scalar_subquery()
    )
    day = select(FollowUpAttempt.attempted_on).where(FollowUpAttempt.id == last).scalar_subquery()
    outcome = select(FollowUpAttempt.outcome).where(FollowUpAttempt.id == last).scalar_subquery()
    return count.label("attempts"), day.label("last_attempt_on"), outcome.label("last_attempt_outcome")


@dataclass(frozen=True)
class ConsentRow:
    id: int
    given_by: str
    relation: str
    method: str
    given_on: dt.date
    recorded_by: str
    recorded_at: dt.datetime
    withdrawn_at: dt.datetime | None
    withdrawal_note: str | None


@dataclass(frozen=True)
class SigningRow:
    id: int
    team: str
    doctor: str
    signed_on: dt.date
    renewal_due: dt.date
    ended_at: dt.datetime | None
    end_reason: str | None


@dataclass(frozen=True)
class ConditionRow:
    id: int
    code: str
    name: str
    diagnosed_on: dt.date | None


@dataclass(frozen=True)
class PlanRow:
    id: int
    condition: str  # the condition's name, "" for a general plan
    condition_id: int | None
    interval_months: int
    started_on: dt.date
    last_followup_on: dt.date | None
    next_due: dt.date
    # failed attempts since the latest completed follow-up (they leave the plan due), and the last of them
    attempts: int = 0
    last_attempt_on: dt.date | None = None
    last_attempt_outcome: str | None = None


@dataclass(frozen=True)
class AttemptRow:
    """A follow-up tried that did not happen: when (local day), how, why, the note, who recorded it and when."""

    id: int
    plan_id: int
    attempted_on: dt.date
    method: str
    outcome: str
    note: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    plan_id: int
    condition: str
    done_on: dt.date
    method: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class ReadingRow:
    """Units as stored: mmHg, /min, tenths of mmol/L, tenths of kg; `taken_at` UTC (show `clock.to_local`)."""

    id: int
    taken_at: dt.datetime
    taken_by: str
    systolic: int | None
    diastolic: int | None
    pulse: int | None
    glucose_tenths: int | None
    glucose_timing: str | None
    weight_tenths: int | None
    note: str
    voided: bool


@dataclass(frozen=True)
class ReferralRow:
    id: int
    created_at: dt.datetime
    partner: str
    reason: str
    request_id: int
    request_number: str
    request_status: str


@dataclass(frozen=True)
class HealthRecord:
    resident_id: int
    name: str
    masked_id: str
    gender: str | None
    age: int | None
    phone: str
    address: str
    archived: bool
    consent: ConsentRow | None  # in force
    consents: list[ConsentRow]  # every consent, newest first (withdrawals kept)
    signing: SigningRow | None  # in force
    conditions: list[ConditionRow]
    plans: list[PlanRow]
    followups: list[FollowUpRow]
    readings: list[ReadingRow]
    referrals: list[ReferralRow]
    attempts: list[AttemptRow]  # failed follow-up attempts of the plans in force, newest first


def _staff_names(s, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())


@checked
def get_record(db: Database, actor: Actor, resident_id: int, where: str = "") -> HealthRecord:
    """One resident's health record. Opening it is a reveal of sensitive personal information: audited (action
    `reveal_health`, `where` it was opened) in the same unit of work as the read. NotFound for an unknown resident."""
    require(actor, SEE_HEALTH)
    with db.write() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFound(translate("Health", "This resident is not registered."))
        consents = (
            s.execute(
                select(HealthConsent)
                .where(HealthConsent.resident_id == resident_id)
                .order_by(HealthConsent.recorded_at.desc(), HealthConsent.id.desc())
            )
            .scalars()
            .all()
        )
        signing = s.execute(
            select(FamilyDoctorSigning).where(
                FamilyDoctorSigning.resident_id == resident_id, FamilyDoctorSigning.ended_at.is_(None)
            )
        ).scalar_one_or_none()
        conditions = (
            s.execute(
                select(ChronicCondition)
                .where(ChronicCondition.resident_id == resident_id, ChronicCondition.ended_at.is_(None))
                .order_by(ChronicCondition.code)
            )
            .scalars()
            .all()
        )
        plans = s.execute(
            select(FollowUpPlan, ChronicCondition.name, *_attempt_columns())
            .outerjoin(ChronicCondition, ChronicCondition.id == FollowUpPlan.condition_id)
            .where(FollowUpPlan.resident_id == resident_id, FollowUpPlan.ended_at.is_(None))
            .order_by(FollowUpPlan.next_due, FollowUpPlan.id)
        ).all()
        followups = s.execute(
            select(FollowUp, ChronicCondition.name)
            .join(FollowUpPlan, FollowUpPlan.id == FollowUp.plan_id)
            .outerjoin(ChronicCondition, ChronicCondition.id == FollowUpPlan.condition_id)
            .where(FollowUp.resident_id == resident_id)
            .order_by(FollowUp.done_on.desc(), FollowUp.id.desc())
            .limit(FOLLOWUPS_SHOWN)
        ).all()
        attempts = (
            s.execute(
                select(FollowUpAttempt)
                .join(FollowUpPlan, FollowUpPlan.id == FollowUpAttempt.plan_id)
                .where(FollowUpAttempt.resident_id == resident_id, FollowUpPlan.ended_at.is_(None))
                .order_by(FollowUpAttempt.attempted_on.desc(), FollowUpAttempt.id.desc())
                .limit(ATTEMPTS_SHOWN)
            )
            .scalars()
            .all()
        )
        readings = (
            s.execute(
                select(HealthReading)
                .where(HealthReading.resident_id == resident_id)
                .order_by(HealthReading.taken_at.desc(), HealthReading.id.desc())
                .limit(READINGS_SHOWN)
            )
            .scalars()
            .all()
        )
        referrals = s.execute(
            select(HealthReferral, RequestDepartment.name, ServiceRequest.number, ServiceRequest.status)
            .join(RequestDepartment, RequestDepartment.id == HealthReferral.department_id)
            .join(ServiceRequest, ServiceRequest.id == HealthReferral.request_id)
            .where(HealthReferral.resident_id == resident_id)
            .order_by(HealthReferral.created_at.desc(), HealthReferral.id.desc())
        ).all()
        staff = _staff_names(
            s,
            {c.recorded_by_id for c in consents}
            | {f.recorded_by_id for f, _ in followups}
            | {a.recorded_by_id for a in attempts}
            | {x.taken_by_id for x in readings},
        )
        audit.record(
            s,
            actor,
            "reveal_health",
            "resident",
            resident_id,
            audit.message("health.record_opened_where", where=where)
            if where
            else audit.message("health.record_opened"),
        )
        consent_rows = [
            ConsentRow(
                c.id,
                c.given_by,
                c.relation,
                c.method,
                c.given_on,
                staff.get(c.recorded_by_id or 0, ""),
                c.recorded_at,
                c.withdrawn_at,
                c.withdrawal_note,
            )
            for c in consents
        ]
        return HealthRecord(
            resident_id=r.id,
            name=r.name,
            masked_id=mask_id_number(r.id_number),
            gender=r.gender,
            age=age_on(r.birth_date, clock.today()),
            phone=shown_phone(actor, r.phone),
            address=format_address(r.building, r.unit, r.room),
            archived=r.archived_at is not None,
            consent=next((c for c in consent_rows if c.withdrawn_at is None), None),
            consents=consent_rows,
            signing=SigningRow(
                signing.id,
                signing.team,
                signing.doctor,
                signing.signed_on,
                signing.renewal_due,
                signing.ended_at,
                signing.end_reason,
            )
            if signing is not None
            else None,
            conditions=[ConditionRow(c.id, c.code, c.name, c.diagnosed_on) for c in conditions],
            plans=[
                PlanRow(
                    p.id,
                    cname or "",
                    p.condition_id,
                    p.interval_months,
                    p.started_on,
                    p.last_followup_on,
                    p.next_due,
                    int(n or 0),
                    last_on,
                    last_outcome,
                )
                for p, cname, n, last_on, last_outcome in plans
            ],
            attempts=[
                AttemptRow(
                    a.id,
                    a.plan_id,
                    a.attempted_on,
                    a.method,
                    a.outcome,
                    a.note,
                    staff.get(a.recorded_by_id or 0, ""),
                    a.recorded_at,
                )
                for a in attempts
            ],
            followups=[
                FollowUpRow(
                    f.id, f.plan_id, cname or "", f.done_on, f.method, f.note, staff.get(f.recorded_by_id or 0, "")
                )
                for f, cname in followups
            ],
            readings=[
                ReadingRow(
                    x.id,
                    x.taken_at,
                    staff.get(x.taken_by_id or 0, ""),
                    x.systolic,
                    x.diastolic,
                    x.pulse,
                    x.glucose_tenths,
                    x.glucose_timing,
                    x.weight_tenths,
                    x.note,
                    x.voided_at is not None,
                )
                for x in readings
            ],
            referrals=[
                ReferralRow(f.id, f.created_at, partner, f.reason, f.request_id, number, status)
                for f, partner, number, status in referrals
            ],
        )


# --- the due / overdue list ---------------------------------------------------------------------------------------
FOLLOWUP = "followup"
RENEWAL = "renewal"


@dataclass(frozen=True)
class DueRow:
    """A follow-up or a signing renewal due by the list's day. `kind` FOLLOWUP (ref_id = plan id, what = the
    condition's name) or RENEWAL (ref_id = signing id, what = the team); `overdue` when due before today."""

    kind: str
    ref_id: int
    resident_id: int
    name: str
    masked_id: str
    phone: str
    what: str
    due: dt.date
    overdue: bool
    # a follow-up's failed attempts since its latest completed follow-up, and the last of them (0 / None: renewals)
    attempts: int = 0
    last_attempt_on: dt.date | None = None
    last_attempt_outcome: str | None = None


def _consent_for(resident_col):
    return exists().where(and_(HealthConsent.resident_id == resident_col, HealthConsent.withdrawn_at.is_(None)))


def _due_statement(until: dt.date):
    plans = (
        select(
            literal(FOLLOWUP).label("kind"),
            FollowUpPlan.id.label("ref_id"),
            FollowUpPlan.resident_id.label("resident_id"),
            func.coalesce(ChronicCondition.name, "").label("what"),
            FollowUpPlan.next_due.label("due"),
            *_attempt_columns(),
        )
        .outerjoin(ChronicCondition, ChronicCondition.id == FollowUpPlan.condition_id)
        .where(FollowUpPlan.ended_at.is_(None), FollowUpPlan.next_due <= until, _consent_for(FollowUpPlan.resident_id))
    )
    signings = select(
        literal(RENEWAL).label("kind"),
        FamilyDoctorSigning.id.label("ref_id"),
        FamilyDoctorSigning.resident_id.label("resident_id"),
        FamilyDoctorSigning.team.label("what"),
        FamilyDoctorSigning.renewal_due.label("due"),
        literal(0, Integer).label("attempts"),
        cast(null(), Date).label("last_attempt_on"),
        cast(null(), String).label("last_attempt_outcome"),
    ).where(
        FamilyDoctorSigning.ended_at.is_(None),
        FamilyDoctorSigning.renewal_due <= until,
        _consent_for(FamilyDoctorSigning.resident_id),
    )
    due = union_all(plans, signings).subquery("due")
    return (
        select(due, Resident.name, Resident.id_number, Resident.phone)
        .join(Resident, Resident.id == due.c.resident_id)
        .where(Resident.archived_at.is_(None))
        .order_by(due.c.due, Resident.name, due.c.kind, due.c.ref_id)
    )


@checked
def due_list(
    db: Database, actor: Actor, today: dt.date, within_days: int = 14, overdue_only: bool = False, limit: int = 500
) -> list[DueRow]:
    """Follow-ups and family-doctor renewals due by `today` + `within_days` (local days), oldest first, at most
    `limit` rows: residents with a consent in force, not archived, plans and signings in force. `overdue` marks those
    due before `today` (the same rule as `app.health.queries.overdue_followups`)."""
    require(actor, SEE_HEALTH)
    until = today - dt.timedelta(days=1) if overdue_only else today + dt.timedelta(days=within_days)
    with db.read() as s:
        rows = s.execute(_due_statement(until).limit(limit)).all()
    return [
        DueRow(
            r.kind,
            r.ref_id,
            r.resident_id,
            r.name,
            mask_id_number(r.id_number),
            shown_phone(actor, r.phone),
            r.what,
            r.due,
            r.due < today,
            int(r.attempts or 0),
            r.last_attempt_on,
            r.last_attempt_outcome,
        )
        for r in rows
    ]


@checked
def has_consent(db: Database, actor: Actor, resident_id: int) -> bool:
    """Whether the resident has a consent in force (itself health information: SEE_HEALTH only)."""
    require(actor, SEE_HEALTH)
    with db.read() as s:
        return (
            s.execute(
                select(HealthConsent.id).where(
                    HealthConsent.resident_id == resident_id, HealthConsent.withdrawn_at.is_(None)
                )
            ).first()
            is not None
        )


@checked
def export_due_list(
    db: Database, actor: Actor, today: dt.date, within_days: int = 14, overdue_only: bool = False
) -> bytes:
    """The due / overdue list (as `due_list`, every row) as an .xlsx call list: due day, state, what, resident,
    masked ID number, phone, condition or team, failed attempts since the latest follow-up. An export of health
    data: checked (SEE_HEALTH) and recorded in the audit trail (how many rows, which days) before the file is
    made."""
    require(actor, SEE_HEALTH)
    import io

    from openpyxl import Workbook

    rows = due_list(db, actor, today, within_days=within_days, overdue_only=overdue_only, limit=100_000)
    until = today - dt.timedelta(days=1) if overdue_only else today + dt.timedelta(days=within_days)
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export",
            "health_list",
            None,
            audit.message("export.detail", what="health due list", detail=f"{today.isoformat()}..{until.isoformat()}"),
            None,
            {"rows": len(rows)},
        )
    wb = Workbook()
    ws = wb.active
    ws.title = translate("Health", "Due and overdue")
    ws.append(
        [
            translate("Health", "Due"),
            translate("Health", "State"),
            translate("Health", "What is due"),
            translate("Health", "Resident"),
            translate("Health", "ID number"),
            translate("Health", "Phone"),
            translate("Health", "Condition / team"),
            translate("Health", "Failed attempts"),
        ]
    )
    for r in rows:
        state = (
            translate("Health", "Overdue {n} d").format(n=(today - r.due).days)
            if r.overdue
            else translate("Health", "Due")
        )
        kind = translate("Health", "Follow-up") if r.kind == FOLLOWUP else translate("Health", "Family-doctor renewal")
        tried = attempts_summary(r.attempts, r.last_attempt_on, r.last_attempt_outcome)
        ws.append([r.due, state, kind, r.name, r.masked_id, r.phone, r.what, tried])
    for cell in ws["A"][1:]:
        cell.number_format = "yyyy-mm-dd"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["E"].width = 20
    ws.column_dimensions["H"].width = 30
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
