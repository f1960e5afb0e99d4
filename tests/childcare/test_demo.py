import datetime as dt
import random

from sqlalchemy import func, select

from app import clock
from app.childcare import demo
from app.childcare import service as cc
from app.demo import DemoContext
from app.residents.service import ResidentInput, create_resident
from db.models.childcare import ChildAttendance, ChildContact


def test_demo_has_programs_children_contacts_and_weeks_of_attendance(db, admin, frozen):
    frozen(dt.datetime(2026, 11, 30, 15, 0))
    ids = [
        create_resident(
            db, admin, ResidentInput(name=f"居民{i}", birth_date=dt.date(1980, 1, 1), phone=""), confirm_duplicate=True
        )
        for i in range(30)
    ]
    ctx = DemoContext(rng=random.Random(1), today=clock.today(), actor=admin, resident_ids=ids, log=lambda m: None)
    demo.populate(db, ctx)
    programs = cc.list_programs(db)
    assert len(programs) == 2
    with db.read() as s:
        days = s.scalar(select(func.count(func.distinct(ChildAttendance.day))))
        assert days >= 14
        assert s.scalar(select(func.count()).select_from(ChildContact).where(ChildContact.role == "blocked")) == 1
    rows = cc.day_rows(db, admin, programs[0].id, clock.today())
    assert rows and all(r.state == "expected" for r in rows)
    # the demo's children can be signed in today through the service
    child = rows[0].child_id
    guardian = next(c for c in cc.list_contacts(db, admin, child) if c.role == "guardian")
    frozen(dt.datetime(2026, 11, 30, 16, 5))
    cc.sign_in(db, admin, child, guardian.id)


def test_demo_has_staff_on_duty_and_an_override_in_the_reports(db, admin, frozen):
    from app.childcare.sheets import build_weekly_summary

    frozen(dt.datetime(2026, 11, 30, 15, 0))
    ids = [
        create_resident(
            db, admin, ResidentInput(name=f"居民{i}", birth_date=dt.date(1980, 1, 1), phone=""), confirm_duplicate=True
        )
        for i in range(40)
    ]
    ctx = DemoContext(rng=random.Random(3), today=clock.today(), actor=admin, resident_ids=ids, log=lambda m: None)
    demo.populate(db, ctx)
    programs = cc.list_programs(db)
    assert cc.staff_on_duty(db, programs[0].id, dt.date(2026, 11, 27))  # last Friday
    by_program = {
        p.id: cc.overrides_between(db, admin, p.id, dt.date(2026, 11, 9), dt.date(2026, 11, 29)) for p in programs
    }
    [(pid, [override])] = [(pid, found) for pid, found in by_program.items() if found]
    assert override.alone and override.kind == "alone"
    assert override.override_staff == admin.display_name and override.approver_id == admin.user_id
    monday = override.day - dt.timedelta(days=override.day.weekday())
    week = build_weekly_summary(db, admin, pid, monday)
    assert "Releases by override: 1" in week.footer_lines
