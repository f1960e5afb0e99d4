"""Issue 13 item 3: the childcare rules that must hold across workstations, raced by two real processes.

Each round, two desks (two 'spawn' processes on the same database, `db_url`) meet at a barrier and at the same
moment (1) sign the same child in, (2) sign the same child out, (3) enrol two different children into the last
place of a program. Exactly one of each pair may succeed; the other is refused with a clear UserError (never an
IntegrityError or a second row). Bounded: 20 rounds, every wait has a timeout.
"""

from __future__ import annotations

import datetime as dt
import queue

from sqlalchemy import func, select

from app.childcare import service as cc
from db.models.childcare import ChildAttendance, ChildEnrolment
from tests.childcare import race_worker
from tests.race import process_context

ROUNDS = 20
MOMENT = dt.datetime(2026, 11, 30, 16, 30)  # a Monday inside the world's window (local time)


def test_two_desks_racing_keep_one_sign_in_one_sign_out_and_the_capacity(db, db_url, admin, world, frozen):
    pid = world["program"]
    plans: list[list[tuple[int, str, tuple[int, ...]]]] = [[], []]
    children, programs = [], []
    for r in range(ROUNDS):
        child = cc.create_child(db, admin, cc.ChildInput(name=f"赛跑{r}"))
        cc.enrol(db, admin, child, pid, group="一年级")
        guardian = cc.add_contact(
            db, admin, cc.ContactInput(child_id=child, resident_id=world["adult"](f"家长{r}"), role="guardian")
        )
        small = cc.create_program(
            db,
            admin,
            cc.ProgramInput(
                name=f"名额一个{r}",
                kind="summer",
                starts_on=dt.date(2026, 12, 1),
                ends_on=dt.date(2026, 12, 31),
                open_min=8 * 60,
                close_min=12 * 60,
                capacity=1,
            ),
        )
        kids = [cc.create_child(db, admin, cc.ChildInput(name=f"报名{r}-{i}")) for i in range(2)]
        children.append(child)
        programs.append(small)
        for desk in (0, 1):
            plans[desk] += [
                (r, "sign_in", (child, guardian)),
                (r, "sign_out", (child, guardian)),
                (r, "enrol", (kids[desk], small)),
            ]
    ctx = process_context()  # real processes, started warm (tests/race.py)
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    desks = [
        ctx.Process(target=race_worker.run, args=(db_url, plans[i], barrier, results, MOMENT), daemon=True)
        for i in (0, 1)
    ]
    for p in desks:
        p.start()
    reports = []
    try:
        for _ in range(2 * 3 * ROUNDS):
            reports.append(results.get(timeout=120))
    except queue.Empty:
        raise AssertionError(f"the desks stopped after {len(reports)} reports") from None
    finally:
        for p in desks:
            p.join(timeout=60)
            if p.is_alive():
                p.kill()
    assert [r for r in reports if r[2] == "error"] == []
    by_step: dict[tuple[int, str], list[str]] = {}
    for round_no, action, outcome, _detail in reports:
        by_step.setdefault((round_no, action), []).append(outcome)
    assert len(by_step) == 3 * ROUNDS
    assert all(sorted(v) == ["ok", "refused"] for v in by_step.values()), by_step
    refusals = {(a, d.split("(")[0]) for _r, a, o, d in reports if o == "refused"}
    assert all(("already" in d) or ("full" in d) for _a, d in refusals), refusals
    with db.read() as s:
        live = s.execute(
            select(ChildAttendance.child_id, ChildAttendance.kind, func.count())
            .where(ChildAttendance.voided_at.is_(None), ChildAttendance.child_id.in_(children))
            .group_by(ChildAttendance.child_id, ChildAttendance.kind)
        ).all()
        places = s.execute(
            select(ChildEnrolment.program_id, func.count())
            .where(ChildEnrolment.program_id.in_(programs), ChildEnrolment.withdrawn_at.is_(None))
            .group_by(ChildEnrolment.program_id)
        ).all()
    assert sorted(live) == sorted([(c, k, 1) for c in children for k in ("in", "out")])
    assert sorted(places) == sorted((p, 1) for p in programs)


def test_the_database_itself_refuses_a_second_live_sign_in_or_sign_out(db, admin, world):
    """The partial unique indexes, without the service's own check: a second live `in` (or `out`) row of a child
    and day cannot be stored; a voided one does not count."""
    import pytest
    from sqlalchemy.exc import IntegrityError

    from app import clock

    def row(kind: str, voided: bool = False) -> ChildAttendance:
        return ChildAttendance(
            child_id=world["child"],
            program_id=world["program"],
            day=clock.today(),
            kind=kind,
            at=clock.now(),
            voided_at=clock.now() if voided else None,
        )

    for kind in ("in", "out"):
        with db.write() as s:
            s.add(row(kind, voided=True))
            s.add(row(kind))
        with pytest.raises(IntegrityError), db.write() as s:
            s.add(row(kind))
    with db.write() as s:
        s.add(row("absent"))
        s.add(row("absent"))  # absences are not covered by the indexes


def test_a_duplicate_the_check_could_not_see_becomes_the_same_clear_refusal(db, admin, world, monkeypatch):
    """On PostgreSQL the other desk's sign-in is invisible until it commits, and the index refuses at insert: the
    IntegrityError is turned into the same UserError as the check (simulated here by hiding the rows)."""
    import pytest

    from app.errors import UserError

    c, g = world["child"], world["contacts"]["guardian"]
    cc.sign_in(db, admin, c, g)
    cc.sign_out(db, admin, c, g)
    real = cc._live_events
    monkeypatch.setattr(cc, "_live_events", lambda s, child_id, day: [])
    with pytest.raises(UserError, match="already signed in"):
        cc.sign_in(db, admin, c, g)
    monkeypatch.setattr(
        cc, "_live_events", lambda s, child_id, day: [e for e in real(s, child_id, day) if e.kind == "in"]
    )
    with pytest.raises(UserError, match="already been signed out"):
        cc.sign_out(db, admin, c, g)
