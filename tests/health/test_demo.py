"""Demo data of the health corner: consents, signings, conditions, plans with some overdue, readings, a referral."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app import demo
from app.health import demo as health_demo
from app.health.queries import overdue_followups
from app.requests import demo as requests_demo
from db.models.health import (
    FamilyDoctorSigning,
    FollowUpAttempt,
    FollowUpPlan,
    HealthConsent,
    HealthReading,
    HealthReferral,
)


def test_demo_fills_the_health_corner_with_something_overdue(db, frozen):
    frozen(dt.datetime(2026, 11, 26, 20, 0))
    ctx = demo.populate(db, residents=300, counters=False, log=lambda _m: None)
    requests_demo.populate(db, ctx)
    health_demo.populate(db, ctx)
    with db.read() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert count(HealthConsent) >= 20
        assert count(FamilyDoctorSigning) >= 10 and count(FollowUpPlan) >= 10 and count(HealthReading) >= 20
        assert count(HealthReferral) == 1
        overdue = overdue_followups(s, dt.date(2026, 11, 26))
        assert overdue
        # some overdue plans were tried and not reached: they stay overdue
        tried = set(s.execute(select(FollowUpAttempt.plan_id)).scalars())
        assert tried and tried <= {plan for _r, plan, _d in overdue}
    assert "yiyang" in ctx.staff
    # run again: nobody gets a second consent
    health_demo.populate(db, ctx)
    with db.read() as s:
        per = s.execute(
            select(HealthConsent.resident_id, func.count()).group_by(HealthConsent.resident_id).having(func.count() > 1)
        ).all()
        assert per == []
