"""Demo data of the health corner: consents, signings, conditions, plans with some overdue, readings, a referral."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.health import demo as health_demo
from app.health.queries import overdue_followups
from db.models.health import (
    FamilyDoctorSigning,
    FollowUpAttempt,
    FollowUpPlan,
    HealthConsent,
    HealthReading,
    HealthReferral,
)
from tests.full_demo import GROUP

# The health corner's demo as the first-run wizard writes it: within the whole demo (after the requests demo made the
# partner clinic), filled once per worker for the readers of the full demo (tests/full_demo.py).
pytestmark = pytest.mark.xdist_group(GROUP)


def test_demo_fills_the_health_corner_with_something_overdue(full_demo):
    db, made = full_demo
    ctx = made.ctx
    with db.read() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert count(HealthConsent) >= 20
        assert count(FamilyDoctorSigning) >= 10 and count(FollowUpPlan) >= 10 and count(HealthReading) >= 20
        assert count(HealthReferral) == 1
        overdue = overdue_followups(s, ctx.today)
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
