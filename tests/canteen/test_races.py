"""Canteen rules across workstations (issue 13 item 3), raced by two real processes on the test's database.

Backend-agnostic: both processes open `db_url` (SQLite now; PostgreSQL when the fixture gives its URL), freeze
their clocks at the same local moment and meet at a barrier before each round, so their sales collide.
Bounded rounds; no timing thresholds.
"""

from __future__ import annotations

import datetime as dt
import random
import traceback

import pytest
from sqlalchemy import func, select

from app.accounts.service import actor_for, create_user
from app.canteen import admin as canteen_admin
from app.canteen import reports
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models import Sequence
from db.models.canteen import DayClose, MealTicket, SubsidyClaim
from tests.race import process_context

ROUNDS = 12
FIRST_DAY = dt.date(2026, 11, 2)  # a Monday
BARRIER_TIMEOUT = 120


def _weekdays(n: int) -> list[dt.date]:
    out, day = [], FIRST_DAY
    while len(out) < n:
        if day.weekday() < 5:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def _worker(kind: str, url: str, user_id: int, plan: list, barrier, results) -> None:
    """One till. `plan`: per round (day, payload); reports what it did per round, or its traceback."""
    from app import clock
    from app.canteen import reports, service
    from app.canteen.service import SaleRequest
    from app.errors import UserError
    from db.engine import Database

    db = Database(url)
    try:
        actor = actor_for(db, user_id)
        done = []
        for day, payload in plan:
            clock.freeze(dt.datetime.combine(day, dt.time(11, 30)))
            barrier.wait(BARRIER_TIMEOUT)
            if kind == "subsidy":
                try:
                    res = service.sell(db, actor, SaleRequest(payload, "lunch", 1, "wechat"))
                    done.append(("sold", res.quote.subsidy_fen))
                except UserError as exc:
                    done.append(("refused", exc.message))
            elif kind == "portions":
                sold = 0
                for _ in range(payload):
                    try:
                        service.sell(db, actor, SaleRequest(None, "lunch", 1, "wechat"))
                        sold += 1
                    except UserError:
                        pass
                done.append(("sold", sold))
            elif kind == "seller":
                sold = refused = 0
                for _ in range(payload):
                    try:
                        service.sell(db, actor, SaleRequest(None, "lunch", 1, "cash", tendered_fen=1000))
                        sold += 1
                    except UserError:
                        refused += 1
                done.append(("sold", sold, refused))
            elif kind == "closer":
                # close somewhere in the middle of the other till's run of sales
                for _ in range(payload):
                    service.quote_for(db, None, "lunch")
                clock.freeze(dt.datetime.combine(day, dt.time(11, 30)))
                summary = reports.close_day(db, actor, day, {}, reason="race test: drawer not counted")
                done.append(("closed", summary.tickets))
        results.put((kind, user_id, done, None))
    except BaseException:
        results.put((kind, user_id, None, traceback.format_exc()))
    finally:
        db.dispose()


def _race(db_url: str, jobs: list[tuple[str, int, list]]) -> list:
    ctx = process_context()  # real processes, started warm (tests/race.py)
    barrier = ctx.Barrier(len(jobs))
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(k, db_url, uid, plan, barrier, results)) for k, uid, plan in jobs]
    for p in procs:
        p.start()
    out = [results.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    for kind, _uid, _done, error in out:
        assert error is None, f"{kind} worker failed:\n{error}"
    return out


@pytest.fixture
def tills(db, admin):
    """Two cashier accounts (two tills); the ticket number sequences of the race days exist already."""
    a = create_user(db, admin, "till1", "一号收银", "till-one-pw", ["cashier"])
    b = create_user(db, admin, "till2", "二号收银", "till-two-pw", ["cashier"])
    with db.write() as s:
        for day in _weekdays(ROUNDS):
            for slot in ("lunch",):
                s.add(Sequence(name=f"meal:{day.isoformat()}:{slot}", value=0))
    return a, b


def _id(x) -> int:
    return x if isinstance(x, int) else x.id


def test_two_tills_selling_to_the_same_diner_give_one_subsidised_meal(db, db_url, admin, tills):
    days = _weekdays(ROUNDS)
    diners = [
        residents.create_resident(db, admin, ResidentInput(name=f"老人{i}", birth_date=dt.date(1944, 5, 1)))
        for i in range(ROUNDS)
    ]
    plan = list(zip(days, diners, strict=True))
    out = _race(db_url, [("subsidy", _id(tills[0]), plan), ("subsidy", _id(tills[1]), plan)])
    for i, day in enumerate(days):
        outcomes = [done[i] for _k, _u, done, _e in out]
        subsidised = [o for o in outcomes if o[0] == "sold" and o[1] > 0]
        assert len(subsidised) == 1, (day, outcomes)
    with db.read() as s:
        per_diner = dict(
            s.execute(
                select(MealTicket.resident_id, func.count())
                .where(MealTicket.subsidy_fen > 0, MealTicket.status == "sold")
                .group_by(MealTicket.resident_id)
            ).all()
        )
        claims = s.execute(
            select(func.count()).select_from(SubsidyClaim).where(SubsidyClaim.released_at.is_(None))
        ).scalar()
    assert per_diner == {d: 1 for d in diners}
    assert claims == 2 * ROUNDS  # district and street, one meal each


def test_two_tills_never_sell_more_portions_than_the_limit(db, db_url, admin, tills):
    limit = 5
    lunch = next(sl for sl in canteen_admin.all_slots(db) if sl.code == "lunch")
    canteen_admin.update_slot(
        db,
        admin,
        "lunch",
        canteen_admin.SlotInput(lunch.name, lunch.starts, lunch.ends, lunch.price_fen, lunch.dishes, limit),
    )
    plan = [(day, limit) for day in _weekdays(ROUNDS)]
    out = _race(db_url, [("portions", _id(tills[0]), plan), ("portions", _id(tills[1]), plan)])
    for i, day in enumerate(_weekdays(ROUNDS)):
        assert sum(done[i][1] for _k, _u, done, _e in out) == limit, day
    with db.read() as s:
        per_day = dict(
            s.execute(
                select(MealTicket.day, func.sum(MealTicket.quantity))
                .where(MealTicket.status == "sold")
                .group_by(MealTicket.day)
            ).all()
        )
    assert set(per_day.values()) == {limit}


def test_a_day_close_while_the_same_cashier_sells_at_another_till_is_never_half_in_the_report(db, db_url, admin, tills):
    cashier = _id(tills[0])
    rng = random.Random(13)
    days = _weekdays(ROUNDS)
    sales_plan = [(day, 25) for day in days]
    close_plan = [(day, rng.randint(0, 20)) for day in days]
    out = _race(db_url, [("seller", cashier, sales_plan), ("closer", cashier, close_plan)])
    seller = next(done for kind, _u, done, _e in out if kind == "seller")
    closer = next(done for kind, _u, done, _e in out if kind == "closer")
    for i, day in enumerate(days):
        with db.read() as s:
            sold_in_db = s.execute(
                select(func.count())
                .select_from(MealTicket)
                .where(MealTicket.day == day, MealTicket.cashier_id == cashier)
            ).scalar()
            close = s.execute(select(DayClose).where(DayClose.day == day, DayClose.cashier_id == cashier)).scalar_one()
        summary = reports.day_summary(db, day, cashier)
        # every sale of the day is in the closed figures; the rest were refused
        assert summary.tickets == sold_in_db == seller[i][1] == closer[i][1], (day, seller[i], closer[i])
        assert close.expected_cash_fen == summary.expected_cash_fen == 1000 * sold_in_db
        assert seller[i][1] + seller[i][2] == 25
