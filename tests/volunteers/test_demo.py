"""Demo data: volunteers, a few weeks of shifts and hours, consistent with the rules."""

import datetime as dt

from sqlalchemy import func, select

from app import demo
from app.volunteers import demo as volunteers_demo
from app.volunteers import roster
from db.models.volunteers import HoursEntry, Shift, SignUp, Volunteer


def test_demo_fills_volunteers_shifts_and_hours_without_clashes(db, frozen):
    frozen(dt.datetime(2026, 11, 26, 20, 0))
    ctx = demo.populate(db, residents=300, counters=False, log=lambda _m: None)
    volunteers_demo.populate(db, ctx)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Volunteer)) >= 30
        days = s.scalars(select(Shift.day).distinct()).all()
        assert min(days) <= dt.date(2026, 11, 2) and max(days) >= dt.date(2026, 11, 28)
        statuses = dict(s.execute(select(HoursEntry.status, func.count()).group_by(HoursEntry.status)).all())
        assert statuses["approved"] > 0 and statuses["pending"] > 0
        booked = s.execute(
            select(SignUp.volunteer_id, Shift.day, Shift.start_min, Shift.end_min)
            .join(Shift, Shift.id == SignUp.shift_id)
            .where(SignUp.status == "booked")
        ).all()
    by_day: dict = {}
    for vid, day, a, b in booked:
        for a2, b2 in by_day.get((vid, day), []):
            assert not roster.overlaps(a, b, a2, b2)
        by_day.setdefault((vid, day), []).append((a, b))
    assert any(r.needs_review for r in roster.pending_hours(db))


def test_demo_twice_registers_no_resident_twice_and_repeats_no_shift(db, frozen):
    """Residents who are volunteers already (a party member credited for a request claim, or an earlier demo run)
    are not registered again; the templates and their shifts are not doubled."""
    from app.volunteers.ledger import volunteer_for_resident
    from db.models.volunteers import ShiftTemplate

    frozen(dt.datetime(2026, 11, 26, 20, 0))
    ctx = demo.populate(db, residents=300, counters=False, log=lambda _m: None)
    from app.residents.tags import PARTY_MEMBER
    from db.models import ResidentTag

    with db.write() as s:
        party = s.scalars(select(ResidentTag.resident_id).where(ResidentTag.tag == PARTY_MEMBER)).all()
        volunteer_for_resident(s, ctx.actor, party[0])  # as a credited request claim does
    volunteers_demo.populate(db, ctx)
    with db.read() as s:
        first = (
            s.scalar(select(func.count()).select_from(Volunteer)),
            s.scalar(select(func.count()).select_from(ShiftTemplate)),
            s.scalar(select(func.count()).select_from(Shift)),
        )
    volunteers_demo.populate(db, ctx)
    with db.read() as s:
        residents = s.scalars(select(Volunteer.resident_id)).all()
        assert len(residents) == len(set(residents))
        assert s.scalar(select(func.count()).select_from(ShiftTemplate)) == first[1]
        assert s.scalar(select(func.count()).select_from(Shift)) == first[2]
    assert party[0] in residents and first[0] >= 30
