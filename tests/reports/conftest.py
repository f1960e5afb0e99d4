"""A small month whose figures are counted by hand (November 2026, with one request in October).

Requests go through the service (the rates depend on the workflow's timestamps); tickets, attendance and hours are
written as rows (their figures are what is stored, so a row is the setting, not the thing under test).

By hand:
- requests, November: 4 taken in, 1 cancelled → 3 counted. 社会保障 ×2 (walk-in, phone), 法律援助 ×1 (walk-in).
  Responded in time: #1 (accepted the same day), #2 (accepted the next working day); #3 accepted 3 days later.
  Resolved: #1, #3. Follow-ups in November: #1 satisfied, #3 not satisfied (reopens it, so #3 is no longer
  resolved) → satisfaction 1/2. October: 1 request, accepted the same day, resolved → 100%, 100%, no follow-up.
- canteen, November: 3 Nov: ticket A (2 meals, ¥20, subsidy city ¥1 + district ¥3, tier 80–89岁), ticket B
  (1 meal, ¥10, no subsidy, tier 全价), ticket C voided (counts nowhere); 4 Nov: ticket D (1 meal, ¥10, street ¥2,
  tier 80–89岁, diner 2). Totals: 4 meals, ¥40, subsidy ¥6 (city 100, district 300, street 200 fen).
- childcare, November: 四点半课堂 (capacity 40): child 1 in on 2 and 3 Nov, child 2 in on 3 Nov, a voided sign-in
  of child 2 on 2 Nov, child 2 absent on 4 Nov; 晚托班 (capacity 20): child 1 in on 4 Nov (one sign-in a day).
  → 四点半课堂 3 child-days, 2 children, 2 days open, 1 absence; 晚托班 1, 1, 1, 0; total 4 child-days,
  2 distinct children, 3 days with attendance.
- volunteers, November: a student 90 min approved (shift) + 30 pending; a party member 45 approved (request) and
  60 rejected; a resident 45 approved (manual) on 31 Oct (another month).
"""

from __future__ import annotations

import datetime as dt

import pytest

from app import clock
from app.accounts import service as accounts
from app.actor import FRONT_DESK, SYSTEM
from app.requests import service as S
from app.requests import workflow as W
from app.residents import service as residents
from db.models import User, UserRole
from db.models.canteen import MealTicket, TicketSubsidy
from db.models.childcare import Child, ChildAttendance, ChildcareProgram
from db.models.volunteers import HoursEntry, Volunteer

NOW = dt.datetime(2026, 11, 30, 10, 0)


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, 0)


@pytest.fixture
def month(db, frozen):
    """The small month above, made in `db`; the clock stays at 30 Nov 2026 10:00."""
    admin = accounts.actor_for(db, 1)
    with db.write() as s:
        u = User(username="caller", display_name="回访员", password_hash="x")
        u.roles = [UserRole(role=FRONT_DESK)]
        s.add(u)
        s.flush()
        caller_id = u.id
    caller = accounts.actor_for(db, caller_id)
    d1 = residents.create_resident(db, SYSTEM, residents.ResidentInput(name="赵一", birth_date=dt.date(1944, 1, 1)))
    d2 = residents.create_resident(db, SYSTEM, residents.ResidentInput(name="钱二", birth_date=dt.date(1945, 1, 1)))
    dep = S.create_department(db, SYSTEM, "社会事务办")
    social = S.create_category(db, SYSTEM, "社会保障", deadline_days=3, default_department_id=dep)
    legal = S.create_category(db, SYSTEM, "法律援助", deadline_days=3, default_department_id=dep)

    def request(day: dt.date, channel: str, category: int, accept_after: int | None, resolve: bool) -> int:
        frozen(_at(day))
        rid = S.take_in(db, admin, S.IntakeInput(channel, category, "事项", d1)).id
        S.dispatch(db, admin, rid, dep)
        if accept_after is not None:
            frozen(_at(day + dt.timedelta(days=accept_after), 11))
            S.accept(db, admin, rid)
            if resolve:
                S.start(db, admin, rid)
                S.resolve(db, admin, rid, "办好了", minutes_per_claimer=0)
        return rid

    request(dt.date(2026, 10, 13), "walk_in", social, 0, True)  # October
    r1 = request(dt.date(2026, 11, 2), "walk_in", social, 0, True)  # Mon: same day
    request(dt.date(2026, 11, 5), "phone", social, 1, False)  # Thu → Fri: next working day
    r3 = request(dt.date(2026, 11, 9), "walk_in", legal, 3, True)  # Mon → Thu: late
    frozen(_at(dt.date(2026, 11, 10)))
    r4 = S.take_in(db, admin, S.IntakeInput("walk_in", legal, "撤回的", d1)).id
    S.cancel(db, admin, r4, "居民撤回")
    frozen(_at(dt.date(2026, 11, 20)))
    S.follow_up(db, caller, r1, W.SATISFIED)
    S.follow_up(db, caller, r3, W.UNSATISFIED)

    frozen(NOW)
    nov3, nov4 = dt.date(2026, 11, 3), dt.date(2026, 11, 4)
    with db.write() as s:

        def ticket(number, day, rid, qty, total, subsidy, tier, lines, status="sold"):
            t = MealTicket(
                number=number, day=day, slot_code="lunch", resident_id=rid, quantity=qty, unit_price_fen=1000,
                total_fen=total, subsidy_fen=subsidy, self_paid_fen=total - subsidy,
                subsidised_meals=qty if subsidy else 0, tier=tier, payment="cash", status=status,
            )  # fmt: skip
            s.add(t)
            s.flush()
            for funder, amount in lines:
                s.add(TicketSubsidy(ticket_id=t.id, funder=funder, amount_fen=amount))
                if status == "void":
                    s.add(TicketSubsidy(ticket_id=t.id, funder=funder, amount_fen=-amount, reversal=True))

        ticket("T1", nov3, d1, 2, 2000, 400, "80–89岁", [("city", 100), ("district", 300)])
        ticket("T2", nov3, None, 1, 1000, 0, "全价", [])
        ticket("T3", nov3, d1, 1, 1000, 400, "80–89岁", [("district", 400)], status="void")
        ticket("T4", nov4, d2, 1, 1000, 200, "80–89岁", [("street", 200)])

        after = ChildcareProgram(
            name="四点半课堂", kind="after_school", starts_on=dt.date(2026, 9, 1), ends_on=dt.date(2027, 1, 20),
            open_min=960, close_min=1110, capacity=40,
        )  # fmt: skip
        evening = ChildcareProgram(
            name="晚托班", kind="evening", starts_on=dt.date(2026, 9, 1), ends_on=dt.date(2027, 1, 20),
            open_min=1080, close_min=1290, capacity=20,
        )  # fmt: skip
        old = ChildcareProgram(
            name="暑托班", kind="summer", starts_on=dt.date(2026, 7, 1), ends_on=dt.date(2026, 8, 31),
            open_min=480, close_min=1020, capacity=30,
        )  # fmt: skip
        c1, c2 = Child(name="王小明"), Child(name="李小红")
        s.add_all([after, evening, old, c1, c2])
        s.flush()

        def att(child, program, day, kind="in", voided=False):
            s.add(
                ChildAttendance(
                    child_id=child.id, program_id=program.id, day=day, kind=kind,
                    at=clock.local_day_bounds(day)[0] + dt.timedelta(hours=9),
                    voided_at=clock.now() if voided else None,
                )
            )  # fmt: skip

        att(c1, after, dt.date(2026, 11, 2))
        att(c1, after, nov3)
        att(c2, after, nov3)
        att(c2, after, dt.date(2026, 11, 2), voided=True)
        att(c2, after, nov4, kind="absent")
        att(c1, evening, nov4)

    vols = {
        kind: residents.create_resident(db, SYSTEM, residents.ResidentInput(name=name))
        for name, kind in (("学生甲", "student"), ("党员乙", "party"), ("居民丙", "resident"))
    }
    with db.write() as s:
        ids = {}
        for kind, rid in vols.items():
            v = Volunteer(resident_id=rid, kind=kind)
            s.add(v)
            s.flush()
            ids[kind] = v.id

        def hours(kind, day, minutes, status, source):
            s.add(HoursEntry(volunteer_id=ids[kind], source=source, day=day, minutes=minutes, status=status))

        hours("student", nov3, 90, "approved", "shift")
        hours("student", nov4, 30, "pending", "shift")
        hours("party", nov3, 45, "approved", "request")
        hours("party", nov4, 60, "rejected", "manual")
        hours("resident", dt.date(2026, 10, 31), 45, "approved", "manual")
    return admin


def sections_of_this_checkout() -> tuple[str, ...]:
    """The further counters' report modules that are part of this checkout.

    The shared development venv has the project installed in editable mode from the main checkout: a counter
    missing from a branch's checkout (app/library in a branch made before it) is then imported from the main
    checkout, against this checkout's database models, and fails. In a merged tree every module is present and
    this leaves SECTION_MODULES as it is."""
    from pathlib import Path

    import app
    from app.reports import pack

    root = Path(app.__file__).parent
    return tuple(m for m in pack.SECTION_MODULES if (root / m.split(".")[1]).is_dir())


@pytest.fixture(autouse=True)
def _sections_of_this_checkout(monkeypatch):
    from app.reports import pack

    monkeypatch.setattr(pack, "SECTION_MODULES", sections_of_this_checkout())
