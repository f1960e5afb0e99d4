"""Capacity and the teacher's hours across workstations (issue 18 item 1), raced by two real processes.

Each round has its own course with one place left (or its own session), prepared beforehand; both processes meet at
the harness's barrier and act at once. Bounded rounds, no timing thresholds; the same test runs on SQLite and
PostgreSQL (`--backend postgresql`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.accounts.service import actor_for
from app.activities import attendance as T
from app.activities import service as A
from db.models.activities import ActivityEnrolment
from db.models.volunteers import HoursEntry
from tests.race import race

from .conftest import TODAY

ROUNDS = 12


def _last_place(db, round_no, worker, plan, waitlist):
    """Desk `worker` signs its own resident up for this round's course (one place left)."""
    from app import clock

    clock.freeze(TODAY)
    course_id, residents = plan[round_no]
    try:
        return A.sign_up(db, actor_for(db, 1), course_id, residents[worker], waitlist_if_full=waitlist).status
    except A.CourseFull:
        return "full"


def _take_attendance(db, round_no, worker, plan):
    """Desk `worker` marks its own resident present at this round's session."""
    from app import clock

    clock.freeze(TODAY)
    session_id, residents = plan[round_no]
    return T.mark_present(db, actor_for(db, 1), session_id, residents[worker]).already


def _booked(db, course_id):
    with db.read() as s:
        return dict(
            s.execute(
                select(ActivityEnrolment.status, func.count())
                .where(ActivityEnrolment.course_id == course_id)
                .group_by(ActivityEnrolment.status)
            ).all()
        )


def _plan(db, admin, make_course, make_resident, capacity=2):
    keeper, a, b = make_resident("常驻"), make_resident("甲"), make_resident("乙")
    plan = []
    for r in range(ROUNDS):
        cid = make_course(f"课程{r}", capacity=capacity)
        A.sign_up(db, admin, cid, keeper)
        plan.append((cid, (a, b)))
    return plan


def test_two_desks_sign_up_for_the_last_place_one_is_refused(db, db_url, admin, make_course, make_resident):
    plan = _plan(db, admin, make_course, make_resident)
    results = race(db_url, f"{__name__}:_last_place", processes=2, rounds=ROUNDS, args=(plan, False))
    assert not results.errors()
    for r, (cid, _) in enumerate(plan):
        assert sorted(results.values(r)) == ["booked", "full"], (r, results.rounds[r])
        assert _booked(db, cid) == {"booked": 2}  # never over capacity


def test_two_desks_sign_up_for_the_last_place_one_is_waitlisted(db, db_url, admin, make_course, make_resident):
    plan = _plan(db, admin, make_course, make_resident)
    results = race(db_url, f"{__name__}:_last_place", processes=2, rounds=ROUNDS, args=(plan, True))
    assert not results.errors()
    for r, (cid, _) in enumerate(plan):
        assert sorted(results.values(r)) == ["booked", "waitlist"], (r, results.rounds[r])
        assert _booked(db, cid) == {"booked": 2, "waitlist": 1}


def test_two_desks_taking_attendance_at_once_credit_the_teacher_once(
    db, db_url, admin, make_course, make_resident, make_volunteer
):
    teacher = make_volunteer("林同学")
    cid = make_course(teacher_kind="volunteer", teacher_resident_id=teacher, weekdays=0b1111111, duration_min=60)
    a, b = make_resident("甲"), make_resident("乙")
    A.sign_up(db, admin, cid, a)
    A.sign_up(db, admin, cid, b)
    with db.write() as s:  # signed up before the term (attendance is refused at sessions before one's sign-up)
        for e in s.execute(select(ActivityEnrolment).where(ActivityEnrolment.course_id == cid)).scalars():
            e.created_at = dt.datetime(2026, 8, 20, tzinfo=dt.UTC)
    sessions = [x for x in A.list_sessions(db, cid) if x.day <= TODAY.date()][-ROUNDS:]
    plan = [(x.id, (a, b)) for x in sessions]
    results = race(db_url, f"{__name__}:_take_attendance", processes=2, rounds=ROUNDS, args=(plan,))
    assert not results.errors()
    with db.read() as s:
        per_day = s.execute(
            select(HoursEntry.day, func.count()).where(HoursEntry.source == "class").group_by(HoursEntry.day)
        ).all()
    assert len(per_day) == ROUNDS and all(n == 1 for _, n in per_day)
    assert all(x.present == 2 for x in A.list_sessions(db, cid) if x.id in {p[0] for p in plan})
    assert {d for d, _ in per_day} == {x.day for x in sessions}
    assert all(isinstance(d, dt.date) for d, _ in per_day)


def _take_the_fee(db, round_no, worker, places):
    """Desk `worker` takes this round's place's fee."""
    from app import clock
    from app.activities import fees

    clock.freeze(TODAY)
    return fees.collect_fee(db, actor_for(db, 1), places[round_no], 5000).receipt_no


def test_two_desks_taking_one_fee_take_it_once(db, db_url, admin, make_course, make_resident):
    """The same place's fee taken at two desks at the same moment: one payment, one receipt; the other told."""
    from db.models.activities import ActivityFeeEntry

    rounds = 6
    course = make_course("国画班", fee_fen=5000, capacity=rounds)
    places = [A.sign_up(db, admin, course, make_resident(f"学员{n}")).enrolment_id for n in range(rounds)]
    results = race(db_url, "tests.activities.test_races:_take_the_fee", processes=2, rounds=rounds, args=(places,))
    for round_no, outcomes in enumerate(results.rounds):
        assert sum(o.ok for o in outcomes) == 1, (round_no, outcomes)
        assert all(o.ok or o.error.startswith("UserError") for o in outcomes), outcomes
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ActivityFeeEntry)) == rounds
