"""Shift capacity and the waitlist across workstations (issue 13 item 3), raced by two real processes.

Each round has its own shift, prepared beforehand; both processes meet at the harness's barrier and then act on it at
once. Bounded rounds, no timing thresholds; the same test runs on SQLite and PostgreSQL (`--backend postgresql`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.accounts.service import actor_for
from app.volunteers import roster
from db.models.volunteers import SignUp
from tests.race import race

ROUNDS = 20
DAY = dt.date(2026, 11, 23)


def _book_last_place(db, round_no, worker, plan, waitlist):
    """Coordinator `worker` books its own volunteer on this round's shift (one place left)."""
    from app.errors import UserError

    shift_id, volunteers = plan[round_no]
    actor = actor_for(db, 1)
    try:
        res = roster.sign_up(db, actor, shift_id, volunteers[worker], waitlist_if_full=waitlist)
    except UserError as exc:
        return ("refused", exc.message)
    return (res.status, res.signup_id)


def _cancel(db, round_no, worker, plan):
    """Coordinator `worker` drops its booked volunteer from this round's shift; returns the promoted sign-up."""
    shift_id, drops = plan[round_no]
    return roster.drop(db, actor_for(db, 1), drops[worker], "cannot come")


def _statuses(db, shift_id):
    with db.read() as s:
        return dict(s.execute(select(SignUp.id, SignUp.status).where(SignUp.shift_id == shift_id)).all())


def _promoted_at(db, signup_id):
    with db.read() as s:
        return s.execute(select(SignUp.promoted_at).where(SignUp.id == signup_id)).scalar_one()


def test_two_coordinators_book_the_last_place_one_is_waitlisted(db, db_url, admin, make_shift, make_volunteer):
    keeper, a, b = make_volunteer("常驻甲"), make_volunteer("甲"), make_volunteer("乙")
    plan = []
    for r in range(ROUNDS):
        sid = make_shift(start="09:00", end="11:00", hi=2, day=DAY + dt.timedelta(days=r))
        roster.sign_up(db, admin, sid, keeper)
        plan.append((sid, (a, b)))
    results = race(db_url, f"{__name__}:_book_last_place", processes=2, rounds=ROUNDS, args=(plan, True))
    assert not results.errors()
    for r, (sid, _) in enumerate(plan):
        statuses = sorted(v[0] for v in results.values(r))
        assert statuses == ["booked", "waitlist"], (r, results.rounds[r])
        held = _statuses(db, sid)
        assert sorted(held.values()) == ["booked", "booked", "waitlist"], (r, held)


def test_two_coordinators_book_the_last_place_one_is_refused(db, db_url, admin, make_shift, make_volunteer):
    keeper, a, b = make_volunteer("常驻甲"), make_volunteer("甲"), make_volunteer("乙")
    plan = []
    for r in range(ROUNDS):
        sid = make_shift(start="14:00", end="16:00", hi=2, day=DAY + dt.timedelta(days=r))
        roster.sign_up(db, admin, sid, keeper)
        plan.append((sid, (a, b)))
    results = race(db_url, f"{__name__}:_book_last_place", processes=2, rounds=ROUNDS, args=(plan, False))
    assert not results.errors()
    for r, (sid, _) in enumerate(plan):
        outcomes = sorted(v[0] for v in results.values(r))
        assert outcomes == ["booked", "refused"], (r, results.rounds[r])
        assert sorted(_statuses(db, sid).values()) == ["booked", "booked"]


def test_two_cancellations_at_once_promote_the_waitlist_in_order(db, db_url, admin, make_shift, make_volunteer):
    a, b, c, d = (make_volunteer(n) for n in ("甲", "乙", "丙", "丁"))
    plan, waiting = [], []
    for r in range(ROUNDS):
        sid = make_shift(start="18:00", end="20:00", hi=2, day=DAY + dt.timedelta(days=r))
        sa = roster.sign_up(db, admin, sid, a).signup_id
        sb = roster.sign_up(db, admin, sid, b).signup_id
        first = roster.sign_up(db, admin, sid, c, waitlist_if_full=True)
        second = roster.sign_up(db, admin, sid, d, waitlist_if_full=True)
        assert first.status == second.status == "waitlist"
        plan.append((sid, (sa, sb)))
        waiting.append((first.signup_id, second.signup_id))
    results = race(db_url, f"{__name__}:_cancel", processes=2, rounds=ROUNDS, args=(plan,))
    assert not results.errors()
    for r, (sid, (sa, sb)) in enumerate(plan):
        promoted = results.values(r)
        # each cancellation promoted someone, and together the first and the second in line, never one twice
        assert sorted(promoted) == sorted(waiting[r]), (r, promoted, waiting[r])
        held = _statuses(db, sid)
        assert held[sa] == held[sb] == "dropped"
        assert held[waiting[r][0]] == held[waiting[r][1]] == "booked"
        # the cancellation that got the shift first promoted the first in line
        assert _promoted_at(db, waiting[r][0]) <= _promoted_at(db, waiting[r][1])
