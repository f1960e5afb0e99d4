"""Two workstations at the same moment (real processes): one consent in force per resident; two follow-ups on one
plan both count and the next due day follows the later one, whichever commits last."""

from __future__ import annotations

import datetime as dt

from app import clock
from app.actor import HEALTH, Actor
from app.health import service as H
from app.residents.service import ResidentInput, create_resident
from db.models.health import FollowUpPlan, HealthConsent
from tests.race import race

NOW = dt.datetime(2026, 11, 30, 10, 0)
ROUNDS = 8


def _nurse(worker: int) -> Actor:
    return Actor(1, "admin", "护士", frozenset({HEALTH}))


def consent_at_once(db, round_no, worker, resident_ids):
    clock.freeze(NOW)
    return H.record_consent(db, _nurse(worker), resident_ids[round_no], f"家属{worker}", "written", NOW.date())


def followup_at_once(db, round_no, worker, plan_ids):
    clock.freeze(NOW)
    day = dt.date(2026, 11, 20) if worker == 0 else dt.date(2026, 11, 25)
    return H.record_followup(db, _nurse(worker), plan_ids[round_no], day, "center").isoformat()


def test_one_consent_in_force_when_two_desks_record_it_at_once(db, db_url, admin, frozen):
    frozen(NOW)
    ids = [create_resident(db, admin, ResidentInput(name=f"居民{i}"), confirm_duplicate=True) for i in range(ROUNDS)]
    results = race(db_url, "tests.health.test_races:consent_at_once", processes=2, rounds=ROUNDS, args=(ids,))
    for outcomes in results.rounds:
        assert sorted(o.ok for o in outcomes) == [False, True], outcomes
        refused = next(o for o in outcomes if not o.ok)
        assert refused.error.startswith("UserError")
    with db.read() as s:
        for rid in ids:
            live = s.query(HealthConsent).filter_by(resident_id=rid, withdrawn_at=None).count()
            assert live == 1


def test_two_follow_ups_at_once_both_count(db, db_url, admin, frozen):
    frozen(NOW)
    plans = []
    for i in range(ROUNDS):
        rid = create_resident(db, admin, ResidentInput(name=f"随访{i}"), confirm_duplicate=True)
        H.record_consent(db, admin, rid, "本人", "written", NOW.date())
        plans.append(H.start_plan(db, admin, rid, 3, started_on=dt.date(2026, 8, 1)))
    results = race(db_url, "tests.health.test_races:followup_at_once", processes=2, rounds=ROUNDS, args=(plans,))
    assert results.errors() == []
    with db.read() as s:
        for pid in plans:
            plan = s.get(FollowUpPlan, pid)
            assert plan.last_followup_on == dt.date(2026, 11, 25) and plan.next_due == dt.date(2027, 2, 25)
