"""The health corner's part of the monthly district report pack: counts only, no person's data.

Counted over one calendar month of local days (as `app.reports.figures`):

- follow-ups done in the month (completed ones only: a failed attempt, 未随访, is not a follow-up and is counted
  apart, as are the plans closed as lost to follow-up, 失访), and follow-ups overdue at the month's end (the rule of
  `app.health.queries.overdue_followups` applied to the records as they stood on the last day: plans in force then,
  consent in force then, the due day from the follow-ups done by then), per condition (a general plan: "General");
- readings taken at the health corner (voided ones left out) per kind, and the residents measured;
- family-doctor signings: new, renewed; referrals to the partner clinic.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, or_, select

from app import clock
from app.accounts.permissions import VIEW_STATISTICS, require
from app.actor import Actor
from app.boundary import checked
from app.health.service import next_due_after
from app.i18n import translate
from app.reports.figures import month_days
from app.reports.pack import Section, Table
from db.engine import Database
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


def _overdue_at_end(s, last: dt.date, end: dt.datetime) -> dict[str, int]:
    """{condition name or "": plans overdue at the end of local day `last`} (`end`: that moment, UTC)."""
    done = (
        select(FollowUp.plan_id, func.max(FollowUp.done_on).label("last_done"))
        .where(FollowUp.done_on <= last)
        .group_by(FollowUp.plan_id)
        .subquery()
    )
    consent_then = (
        select(HealthConsent.id)
        .where(
            HealthConsent.resident_id == FollowUpPlan.resident_id,
            HealthConsent.recorded_at < end,
            or_(HealthConsent.withdrawn_at.is_(None), HealthConsent.withdrawn_at >= end),
        )
        .exists()
    )
    rows = s.execute(
        select(
            FollowUpPlan.started_on,
            FollowUpPlan.interval_months,
            done.c.last_done,
            func.coalesce(ChronicCondition.name, ""),
        )
        .outerjoin(done, done.c.plan_id == FollowUpPlan.id)
        .outerjoin(ChronicCondition, ChronicCondition.id == FollowUpPlan.condition_id)
        .where(
            FollowUpPlan.created_at < end,
            or_(FollowUpPlan.ended_at.is_(None), FollowUpPlan.ended_at >= end),
            FollowUpPlan.started_on <= last,
            consent_then,
        )
    ).all()
    out: dict[str, int] = {}
    for started_on, months, last_done, name in rows:
        if next_due_after(last_done, started_on, months) <= last:
            out[name] = out.get(name, 0) + 1
    return out


@checked
def month_section(db: Database, actor: Actor, year: int, month: int) -> Section:
    """The health corner's month (see the module docstring); tables with totals rows, counts only."""
    require(actor, VIEW_STATISTICS)
    first, last = month_days(year, month)
    start, _ = clock.local_day_bounds(first)
    _, end = clock.local_day_bounds(last)
    general = translate("HealthReport", "General")
    with db.read() as s:
        done: dict[str, int] = {}
        for name, n in s.execute(
            select(ChronicCondition.name, func.count())
            .select_from(FollowUp)
            .join(FollowUpPlan, FollowUpPlan.id == FollowUp.plan_id)
            .outerjoin(ChronicCondition, ChronicCondition.id == FollowUpPlan.condition_id)
            .where(FollowUp.done_on >= first, FollowUp.done_on <= last)
            .group_by(ChronicCondition.name)
        ):
            done[name or ""] = done.get(name or "", 0) + int(n)
        overdue = _overdue_at_end(s, last, end)
        attempts = int(
            s.execute(
                select(func.count()).where(FollowUpAttempt.attempted_on >= first, FollowUpAttempt.attempted_on <= last)
            ).scalar_one()
        )
        lost = int(
            s.execute(
                select(func.count()).where(
                    FollowUpPlan.lost_to_followup.is_(True),
                    FollowUpPlan.ended_at >= start,
                    FollowUpPlan.ended_at < end,
                )
            ).scalar_one()
        )
        taken = and_(HealthReading.taken_at >= start, HealthReading.taken_at < end, HealthReading.voided_at.is_(None))
        kinds = s.execute(
            select(
                func.count(),
                func.count(func.distinct(HealthReading.resident_id)),
                func.count(HealthReading.systolic),
                func.count(HealthReading.glucose_tenths),
                func.count(HealthReading.weight_tenths),
                func.count(HealthReading.pulse),
            ).where(taken)
        ).one()
        per_kind = {}
        for key, column in (
            ("bp", HealthReading.systolic),
            ("glucose", HealthReading.glucose_tenths),
            ("weight", HealthReading.weight_tenths),
            ("pulse", HealthReading.pulse),
        ):
            per_kind[key] = int(
                s.execute(
                    select(func.count(func.distinct(HealthReading.resident_id))).where(taken, column.is_not(None))
                ).scalar_one()
            )
        signings = s.execute(
            select(FamilyDoctorSigning.resident_id, FamilyDoctorSigning.signed_on).where(
                FamilyDoctorSigning.signed_on >= first, FamilyDoctorSigning.signed_on <= last
            )
        ).all()
        earlier = set(
            s.execute(
                select(FamilyDoctorSigning.resident_id).where(
                    FamilyDoctorSigning.signed_on < first,
                    FamilyDoctorSigning.resident_id.in_({r for r, _ in signings} or {0}),
                )
            ).scalars()
        )
        referrals = int(
            s.execute(
                select(func.count()).where(HealthReferral.created_at >= start, HealthReferral.created_at < end)
            ).scalar_one()
        )
        residents_referred = int(
            s.execute(
                select(func.count(func.distinct(HealthReferral.resident_id))).where(
                    HealthReferral.created_at >= start, HealthReferral.created_at < end
                )
            ).scalar_one()
        )

    names = sorted(set(done) | set(overdue), key=lambda n: (n == "", n))
    followup_rows = [[n or general, str(done.get(n, 0)), str(overdue.get(n, 0))] for n in names]
    followups = Table(
        translate("HealthReport", "Follow-ups by condition"),
        [
            translate("HealthReport", "Condition"),
            translate("HealthReport", "Follow-ups done"),
            translate("HealthReport", "Overdue at month end"),
        ],
        followup_rows,
        [translate("HealthReport", "Total"), str(sum(done.values())), str(sum(overdue.values()))],
        ["LEFT", "RIGHT", "RIGHT"],
        [3.0, 1.5, 1.5],
    )
    total, measured, bp, glucose, weight, pulse = (int(v) for v in kinds)
    readings = Table(
        translate("HealthReport", "Readings at the health corner"),
        [
            translate("HealthReport", "Reading"),
            translate("HealthReport", "Readings"),
            translate("HealthReport", "Residents"),
        ],
        [
            [translate("HealthReport", "Blood pressure"), str(bp), str(per_kind["bp"])],
            [translate("HealthReport", "Blood glucose"), str(glucose), str(per_kind["glucose"])],
            [translate("HealthReport", "Weight"), str(weight), str(per_kind["weight"])],
            [translate("HealthReport", "Pulse"), str(pulse), str(per_kind["pulse"])],
        ],
        # the totals row sums the readings; its residents are counted once each (one may have several readings)
        [translate("HealthReport", "Total"), str(bp + glucose + weight + pulse), str(measured)],
        ["LEFT", "RIGHT", "RIGHT"],
        [3.0, 1.5, 1.5],
    )
    renewed = sum(1 for r, _ in signings if r in earlier)
    new = len(signings) - renewed
    services = Table(
        translate("HealthReport", "Family doctors and referrals"),
        [translate("HealthReport", "Service"), translate("HealthReport", "Count")],
        [
            [translate("HealthReport", "New family-doctor signings"), str(new)],
            [translate("HealthReport", "Signings renewed"), str(renewed)],
            [translate("HealthReport", "Referrals to the partner clinic"), str(referrals)],
        ],
        [translate("HealthReport", "Total"), str(new + renewed + referrals)],
        ["LEFT", "RIGHT"],
        [3.0, 1.5],
    )
    return Section(
        key="health",
        title=translate("HealthReport", "Health services (医养)"),
        tables=[followups, readings, services],
        lines=[
            (translate("HealthReport", "Visits to the health corner"), str(total)),
            (translate("HealthReport", "Residents measured"), str(measured)),
            (translate("HealthReport", "Residents referred"), str(residents_referred)),
            (translate("HealthReport", "Follow-up attempts that failed"), str(attempts)),
            (translate("HealthReport", "Plans closed as lost to follow-up"), str(lost)),
        ],
    )
