"""The canteen's demo data is consistent with what a sale writes, and the same for the same seed."""

import datetime as dt

from sqlalchemy import func, select

from app import demo as core_demo
from app import sequences
from app.actor import SYSTEM
from app.canteen import demo, reports, settlement
from db.engine import Database
from db.models.canteen import DayClose, MealBooking, MealCardEntry, MealTicket, TicketSubsidy

TODAY = dt.date(2026, 11, 30)


def _fill(db):
    ctx = core_demo.populate(db, residents=600, seed=7, log=lambda _m: None, today=TODAY, counters=False)
    demo.populate(db, ctx)
    return ctx


def test_demo_tickets_are_complete_and_days_closed(db, frozen, another_db_url):
    frozen(dt.datetime(2026, 11, 30, 9, 0))
    ctx = _fill(db)
    with db.read() as s:
        tickets = s.execute(select(MealTicket)).scalars().all()
        assert len(tickets) > 1000
        assert any(t.guest for t in tickets) and any(t.payment == "card" for t in tickets)
        voids = [t for t in tickets if t.status == "void"]
        assert voids and all(t.void_reason and t.void_approved_by_id for t in voids)
        lines = dict(
            s.execute(
                select(TicketSubsidy.ticket_id, func.sum(TicketSubsidy.amount_fen)).group_by(TicketSubsidy.ticket_id)
            ).all()
        )
        for t in tickets:
            assert t.total_fen == t.subsidy_fen + t.self_paid_fen
            assert lines.get(t.id, 0) == (0 if t.status == "void" else t.subsidy_fen)
        card_sales = dict(
            s.execute(
                select(MealCardEntry.ticket_id, func.sum(MealCardEntry.amount_fen))
                .where(MealCardEntry.ticket_id.is_not(None))
                .group_by(MealCardEntry.ticket_id)
            ).all()
        )
        for t in tickets:
            if t.payment == "card":
                assert card_sales[t.id] == (0 if t.status == "void" else -t.self_paid_fen)
        balances = s.execute(select(func.sum(MealCardEntry.amount_fen)).group_by(MealCardEntry.card_id)).scalars().all()
        assert balances and min(balances) >= 0
        closes = s.execute(select(DayClose)).scalars().all()
        first = min(t.day for t in tickets)
        assert sequences.peek(s, f"meal:{first.isoformat()}:lunch") == max(
            int(t.number[-4:]) for t in tickets if t.day == first and t.slot_code == "lunch"
        )
        assert s.execute(select(func.count()).select_from(MealBooking)).scalar() > 10
    assert len(closes) == 21
    cashier = ctx.staff["shouyin"]
    for c in closes:
        assert reports.day_summary(db, c.day, cashier).expected_cash_fen == c.expected_cash_fen
    # every past day is closed: last month can be settled
    frozen(dt.datetime(2026, 12, 2, 9, 0))
    st = settlement.compute(db, SYSTEM, "month", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert st.meals > 0 and st.distinct_diners > 10
    assert settlement.open_days(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == []

    # the same seed gives the same sales
    other = Database(another_db_url)
    try:
        frozen(dt.datetime(2026, 11, 30, 9, 0))
        _fill(other)
        with db.read() as s, other.read() as o:
            q = select(MealTicket.number, MealTicket.resident_id, MealTicket.self_paid_fen, MealTicket.status).order_by(
                MealTicket.id
            )
            assert s.execute(q).all() == o.execute(q).all()
    finally:
        other.dispose()
