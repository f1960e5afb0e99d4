"""Demo data of the health corner: consents, family-doctor signings (some due for renewal), chronic conditions,
follow-up plans (some overdue, so the due list and the 未诉先办 alert have something to show; some of those were
tried and not reached), readings over the last weeks, a referral to the partner clinic. Everything through the
services, as the health account."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app import audit, clock
from app.actor import Actor
from app.demo import DemoContext
from app.errors import UserError
from app.health import service as H
from db.engine import Database
from db.models import Resident, User
from db.models.health import HealthConsent
from db.models.requests import RequestDepartment

TEAMS = ("幸福里家庭医生一团队", "幸福里家庭医生二团队")
DOCTORS = ("李建华", "王秀兰", "陈志强", "刘海燕")
MAX_PEOPLE = 80


def _actor(db: Database, ctx: DemoContext) -> Actor:
    from app.accounts.service import actor_for

    uid = ctx.staff.get("yiyang") or ctx.staff.get("admin")
    if uid is None:
        with db.read() as s:
            uid = s.execute(select(User.id).order_by(User.id).limit(1)).scalar_one_or_none()
    return actor_for(db, uid) if uid is not None else ctx.actor


def populate(db: Database, ctx: DemoContext) -> None:
    rng, today = ctx.rng, ctx.today
    nurse = _actor(db, ctx)
    with db.read() as s:
        elders = [
            rid
            for rid, birth in s.execute(
                select(Resident.id, Resident.birth_date).where(
                    Resident.id.in_(ctx.resident_ids[:3000]), Resident.archived_at.is_(None)
                )
            )
            if birth is not None and birth <= today.replace(year=today.year - 60)
        ]
        already = set(s.execute(select(HealthConsent.resident_id)).scalars())
        clinic = s.execute(
            select(RequestDepartment.id)
            .where(RequestDepartment.is_partner.is_(True), RequestDepartment.name.like("%卫生%"))
            .order_by(RequestDepartment.id)
            .limit(1)
        ).scalar_one_or_none()
    people = [r for r in elders if r not in already][:MAX_PEOPLE]
    counts = {"consents": 0, "signings": 0, "plans": 0, "readings": 0, "attempts": 0}
    followed: list[int] = []  # residents with a chronic condition: the referral goes to one of them
    catalogue = H.condition_catalogue()
    for i, rid in enumerate(people):
        H.record_consent(
            db,
            nurse,
            rid,
            "本人" if i % 5 else "家属代签",
            "written" if i % 4 else "verbal",
            today - dt.timedelta(days=rng.randint(40, 400)),
            relation="" if i % 5 else "子女",
        )
        counts["consents"] += 1
        if rng.random() < 0.7:
            # signed 11–13 months ago: some renewals are due within weeks, a few have passed
            signed = today - dt.timedelta(days=rng.randint(330, 380))
            H.record_signing(db, nurse, H.SigningInput(rid, rng.choice(TEAMS), rng.choice(DOCTORS), signed))
            counts["signings"] += 1
        chosen = [catalogue[0]] if rng.random() < 0.6 else []
        if rng.random() < 0.35:
            chosen.append(catalogue[1])
        if rng.random() < 0.1:
            chosen.append(rng.choice(catalogue[2:]))
        if chosen:
            followed.append(rid)
        for code, name, months in chosen:
            cond = H.add_condition(db, nurse, rid, code, name, today - dt.timedelta(days=rng.randint(400, 3000)))
            start = today - dt.timedelta(days=rng.randint(100, 300))
            plan = H.start_plan(db, nurse, rid, months, condition_id=cond, started_on=start)
            counts["plans"] += 1
            # most are followed up on time; some are left overdue
            day = H.add_months(start, months)
            while day <= today and rng.random() < 0.92:
                H.record_followup(db, nurse, plan, day, rng.choice(H.FOLLOWUP_METHODS), "")
                day = H.add_months(day, months)
            # some of those left overdue were tried and not reached (chosen without the generator, so the rest of
            # the demo stays as it was)
            for n, tried in enumerate((day + dt.timedelta(days=3), day + dt.timedelta(days=10))):
                if tried <= today and plan % (2 + n) == 0:
                    H.record_attempt(db, nurse, plan, tried, "phone" if n == 0 else "home", "unreached", "")
                    counts["attempts"] += 1
        for _ in range(rng.randint(0, 4)):
            back = rng.randint(0, 45)
            at = dt.datetime.combine(today - dt.timedelta(days=back), dt.time(8, 30), clock.local_tz())
            at += dt.timedelta(minutes=rng.randint(0, 240))
            if at > clock.now():
                continue
            sys_ = rng.randint(112, 165)
            H.record_reading(
                db,
                nurse,
                H.ReadingInput(
                    rid,
                    systolic=sys_,
                    diastolic=sys_ - rng.randint(35, 60),
                    pulse=rng.randint(60, 92),
                    glucose_tenths=rng.randint(48, 98) if rng.random() < 0.4 else None,
                    glucose_timing="fasting",
                    weight_tenths=rng.randint(480, 820) if rng.random() < 0.5 else None,
                    taken_at=at,
                ),
            )
            counts["readings"] += 1
    if clinic is not None and (followed or people):
        try:
            H.refer(db, nurse, H.ReferralInput((followed or people)[0], clinic, "血压控制欠佳，建议家庭医生调整用药"))
        except UserError:  # no request category goes to the clinic in this center's catalogue
            pass
    with db.write() as s:
        audit.record(s, nurse, "demo", "health_demo", None, audit.message("health.demo", **counts))
    ctx.log(
        f"health: {counts['consents']} consents, {counts['signings']} signings, {counts['plans']} plans, "
        f"{counts['attempts']} failed follow-up attempts, {counts['readings']} readings"
    )
