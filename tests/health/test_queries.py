"""app.health.queries.overdue_followups: the set-based question the 未诉先办 alert asks (issue 19, items 2–3)."""

from __future__ import annotations

import datetime as dt

from app import clock
from app.health.queries import overdue_followups
from app.residents.service import ResidentInput, archive_resident, create_resident
from db.models.health import FollowUpPlan, HealthConsent

DUE = dt.date(2026, 12, 1)


def _resident(db, admin, name: str) -> int:
    return create_resident(db, admin, ResidentInput(name=name, phone=""), confirm_duplicate=True)


def _consent(s, resident_id: int, *, withdrawn: bool = False) -> None:
    s.add(
        HealthConsent(
            resident_id=resident_id,
            given_by="本人",
            method="written",
            given_on=dt.date(2026, 1, 5),
            withdrawn_at=clock.now() if withdrawn else None,
        )
    )


def _plan(s, resident_id: int, due: dt.date = DUE, *, ended: bool = False) -> int:
    plan = FollowUpPlan(
        resident_id=resident_id,
        interval_months=3,
        started_on=dt.date(2026, 9, 1),
        next_due=due,
        ended_at=clock.now() if ended else None,
    )
    s.add(plan)
    s.flush()
    return plan.id


def test_overdue_only_after_the_due_day(db, admin):
    rid = _resident(db, admin, "赵善庆")
    with db.write() as s:
        _consent(s, rid)
        plan_id = _plan(s, rid)
    with db.read() as s:
        assert overdue_followups(s, DUE - dt.timedelta(days=1)) == []
        assert overdue_followups(s, DUE) == []  # due today: due, not yet overdue
        assert overdue_followups(s, DUE + dt.timedelta(days=1)) == [(rid, plan_id, DUE)]


def test_only_plans_in_force_of_residents_with_consent(db, admin):
    ok = _resident(db, admin, "甲")
    no_consent = _resident(db, admin, "乙")
    withdrawn = _resident(db, admin, "丙")
    ended = _resident(db, admin, "丁")
    archived = _resident(db, admin, "戊")
    with db.write() as s:
        _consent(s, ok)
        first = _plan(s, ok, DUE - dt.timedelta(days=30))
        second = _plan(s, ok)
        _plan(s, no_consent)
        _consent(s, withdrawn, withdrawn=True)
        _plan(s, withdrawn)
        _consent(s, ended)
        _plan(s, ended, ended=True)
        _consent(s, archived)
        _plan(s, archived)
    archive_resident(db, admin, archived, "搬离")
    with db.read() as s:
        got = overdue_followups(s, DUE + dt.timedelta(days=1))
    assert got == [(ok, first, DUE - dt.timedelta(days=30)), (ok, second, DUE)]
    assert all(isinstance(v, int) for r in got for v in r[:2]) and all(type(r[2]) is dt.date for r in got)


def test_a_withdrawn_consent_followed_by_a_new_one_counts(db, admin):
    rid = _resident(db, admin, "己")
    with db.write() as s:
        _consent(s, rid, withdrawn=True)
        _consent(s, rid)
        plan_id = _plan(s, rid)
    with db.read() as s:
        assert overdue_followups(s, DUE + dt.timedelta(days=1)) == [(rid, plan_id, DUE)]
