"""Demo data for the canteen: three weeks of meal sales priced by the real subsidy engine, meal cards with top-ups,
a few voids with reasons, every past day closed, and bookings for tomorrow.

Deterministic for the seed; written with bulk inserts that keep what `service.sell` guarantees: each ticket has
its subsidy lines (and reversals when void), card payments and top-ups are card ledger entries, ticket numbers
match their day's sequence, and each day close expects exactly the cash the tickets and top-ups say.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, insert, select

from app import audit, clock
from app.canteen import pricing, reports, service
from app.workdays import load_calendar
from db.engine import Database
from db.models import Resident, ResidentTag, Sequence
from db.models.canteen import (
    DayClose,
    MealBooking,
    MealCard,
    MealCardEntry,
    MealSlot,
    MealTicket,
    TicketSubsidy,
)

DAYS = 21
VOID_REASONS = ("老人临时有事，退餐", "收银点错了餐次", "重复收费", "家属已代买")
WINDOWS = ("1号窗口", "2号窗口")
PER_SLOT = {"breakfast": (12, 25), "lunch": (55, 95), "dinner": (18, 35)}


def _at(day: dt.date, hhmm: str, minutes: int) -> dt.datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    local = dt.datetime.combine(day, dt.time(h, m), tzinfo=clock.local_tz()) + dt.timedelta(minutes=minutes)
    return local.astimezone(dt.UTC)


def populate(db: Database, ctx) -> None:
    rng, today = ctx.rng, ctx.today
    cashier_id = ctx.staff.get("shouyin") or ctx.staff.get("admin")
    approver_id = ctx.staff.get("admin") or cashier_id
    if cashier_id is None or not ctx.resident_ids:
        return
    with db.read() as s:
        people = s.execute(
            select(Resident.id, Resident.birth_date, Resident.is_local).where(
                Resident.id.in_(ctx.resident_ids[:4000]), Resident.archived_at.is_(None)
            )
        ).all()
        tag_rows = s.execute(
            select(ResidentTag.resident_id, ResidentTag.tag).where(ResidentTag.resident_id.in_([p.id for p in people]))
        ).all()
        slots = s.execute(select(MealSlot).where(MealSlot.active).order_by(MealSlot.sort_order)).scalars().all()
        slots = [(sl.code, sl.starts, sl.ends, sl.price_fen) for sl in slots]
        cal = load_calendar(s)
        first_day = today - dt.timedelta(days=DAYS)
        rules = {
            first_day + dt.timedelta(days=i): service._rules_in_force(s, first_day + dt.timedelta(days=i))
            for i in range(DAYS)
        }
        next_ticket = int(s.execute(select(func.coalesce(func.max(MealTicket.id), 0))).scalar_one()) + 1
        next_card = int(s.execute(select(func.coalesce(func.max(MealCard.id), 0))).scalar_one()) + 1
        taken_cards = set(s.execute(select(MealCard.resident_id)).scalars())
    tags: dict[int, set[str]] = {}
    for rid, tag in tag_rows:
        tags.setdefault(rid, set()).add(tag)
    if not slots:
        return

    def age(birth: dt.date | None, day: dt.date) -> int | None:
        if birth is None:
            return None
        return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))

    elders = [p for p in people if (age(p.birth_date, today) or 0) >= 60]
    others = [p for p in people if 18 <= (age(p.birth_date, today) or 0) < 60]
    regulars = rng.sample(elders, min(len(elders), 160))
    occasional = rng.sample(others, min(len(others), 12))
    if not regulars:
        return
    card_holders = [p.id for p in regulars[:30] if p.id not in taken_cards]
    diner_of = {p.id: p for p in regulars + occasional}

    now = clock.now()
    cards, card_entries, tickets, lines, sequences, closes = [], [], [], [], [], []
    card_of: dict[int, int] = {}
    balance: dict[int, int] = {}
    for i, rid in enumerate(card_holders):
        card_id = next_card + i
        card_of[rid] = card_id
        cards.append(
            {"id": card_id, "card_no": f"C{rid:06d}", "resident_id": rid, "created_at": _at(first_day, "08:00", i)}
        )
        balance[card_id] = 0
    cash_by_day: dict[dt.date, int] = {}

    def top_up(card_id: int, day: dt.date, minutes: int) -> None:
        amount = rng.choice((10000, 20000, 30000))
        pay = rng.choice(("cash", "cash", "wechat"))
        card_entries.append(
            {
                "card_id": card_id,
                "at": _at(day, "08:30", minutes),
                "kind": "topup",
                "amount_fen": amount,
                "ticket_id": None,
                "user_id": cashier_id,
                "payment": pay,
                "note": "",
            }
        )
        balance[card_id] += amount
        if pay == "cash":
            cash_by_day[day] = cash_by_day.get(day, 0) + amount

    tid = next_ticket
    voids = 0
    for offset in range(DAYS):
        day = first_day + dt.timedelta(days=offset)
        working, holiday = cal.is_working_day(day), cal.is_holiday(day)
        claimed: dict[int, int] = {}
        cash_by_day.setdefault(day, 0)
        for i, card_id in enumerate(card_of.values()):
            if balance[card_id] < 2000:
                top_up(card_id, day, i)
        for code, starts, ends, price in slots:
            low, high = PER_SLOT.get(code, (10, 20))
            if not working:
                low, high = low // 2, high // 2
            n = rng.randint(low, high)
            diners = rng.sample(regulars, min(n, len(regulars)))
            if code == "lunch":
                diners += rng.sample(occasional, min(len(occasional), rng.randint(0, 3)))
            window = (int(ends[:2]) * 60 + int(ends[3:])) - (int(starts[:2]) * 60 + int(starts[3:]))
            entries: list[int | None] = [p.id for p in diners] + [None] * (rng.randint(1, 5) if code == "lunch" else 0)
            rng.shuffle(entries)
            for seq, rid in enumerate(entries, 1):
                minute = min(window - 1, int(window * seq / (len(entries) + 1)))
                sold_at = _at(day, starts, minute)
                quantity = 1 if rid is not None and rng.random() < 0.9 else rng.randint(1, 2)
                if rid is None:
                    diner = pricing.Diner(age=None, guest=True)
                else:
                    p = diner_of[rid]
                    diner = pricing.Diner(
                        age=age(p.birth_date, day), tags=frozenset(tags.get(rid, ())), is_local=p.is_local
                    )
                q = pricing.quote(
                    diner,
                    code,
                    price,
                    quantity,
                    day,
                    rules[day],
                    working_day=working,
                    holiday=holiday,
                    claimed_today=claimed.get(rid or 0, 0),
                    claimed_in_slot=0,
                )
                if rid is not None:
                    claimed[rid] = claimed.get(rid, 0) + q.subsidised_meals
                card_id = card_of.get(rid) if rid is not None else None
                if card_id is not None and balance[card_id] >= q.self_paid_fen and rng.random() < 0.8:
                    payment = "card"
                else:
                    payment = rng.choices(("cash", "wechat", "alipay"), (5, 4, 1))[0]
                tendered = change = None
                if payment == "cash":
                    tendered = q.self_paid_fen if rng.random() < 0.5 else ((q.self_paid_fen // 1000) + 1) * 1000
                    change = tendered - q.self_paid_fen
                void = rng.random() < 0.012
                ticket = {
                    "id": tid,
                    "number": f"{day:%Y%m%d}-{code[0].upper()}-{seq:04d}",
                    "day": day,
                    "slot_code": code,
                    "sold_at": sold_at,
                    "resident_id": rid,
                    "guest": rid is None,
                    "buyer": rng.choice(("女儿", "儿子", "老伴")) if rid is not None and rng.random() < 0.05 else None,
                    "quantity": quantity,
                    **service.quote_columns(q),
                    "payment": payment,
                    "tendered_fen": tendered,
                    "change_fen": change,
                    "cashier_id": cashier_id,
                    "status": "void" if void else "sold",
                    "voided_at": sold_at + dt.timedelta(minutes=3) if void else None,
                    "voided_by_id": cashier_id if void else None,
                    "void_approved_by_id": approver_id if void else None,
                    "void_reason": rng.choice(VOID_REASONS) if void else None,
                    "served_at": None if void else sold_at + dt.timedelta(minutes=rng.randint(1, 8)),
                    "served_by_id": None if void else cashier_id,
                    "served_window": None if void else rng.choice(WINDOWS),
                    "reprints": 0,
                }
                tickets.append(ticket)
                for funder, amount in q.subsidy.items():
                    lines.append({"ticket_id": tid, "funder": funder, "amount_fen": amount, "reversal": False})
                    if void:
                        lines.append({"ticket_id": tid, "funder": funder, "amount_fen": -amount, "reversal": True})
                if payment == "card":
                    card_entries.append(
                        {
                            "card_id": card_id,
                            "at": sold_at,
                            "kind": "sale",
                            "amount_fen": -q.self_paid_fen,
                            "ticket_id": tid,
                            "user_id": cashier_id,
                            "payment": None,
                            "note": "",
                        }
                    )
                    balance[card_id] -= q.self_paid_fen
                    if void:
                        card_entries.append(
                            {
                                "card_id": card_id,
                                "at": ticket["voided_at"],
                                "kind": "void",
                                "amount_fen": q.self_paid_fen,
                                "ticket_id": tid,
                                "user_id": cashier_id,
                                "payment": None,
                                "note": ticket["void_reason"],
                            }
                        )
                        balance[card_id] += q.self_paid_fen
                if void:
                    voids += 1
                    if rid is not None:
                        claimed[rid] -= q.subsidised_meals
                elif payment == "cash":
                    cash_by_day[day] += q.self_paid_fen
                tid += 1
            sequences.append({"name": f"meal:{day.isoformat()}:{code}", "value": len(entries)})
        expected = cash_by_day[day]
        short = 1000 if offset == DAYS - 4 else 0  # one evening the drawer was ¥10 short
        counted = expected - short
        notes = {}
        rest = counted
        for value in (10000, 5000, 2000, 1000, 500, 100, 50, 10):
            notes[str(value)], rest = divmod(rest, value)
        closes.append(
            {
                "day": day,
                "cashier_id": cashier_id,
                "closed_at": _at(day, "19:00", 0),
                "closed_by_id": cashier_id,
                "expected_cash_fen": expected,
                "counted_cash_fen": counted,
                "denominations": json.dumps({k: v for k, v in notes.items() if v}),
                "reopened_at": None,
                "reopened_by_id": None,
                "reopen_reason": None,
            }
        )

    tomorrow = today + dt.timedelta(days=1)
    booking_rows = []
    for code, n in (("lunch", 30), ("dinner", 8)):
        if code not in {sl[0] for sl in slots}:
            continue
        for p in rng.sample(regulars, min(n, len(regulars))):
            booking_rows.append(
                {
                    "day": tomorrow,
                    "slot_code": code,
                    "resident_id": p.id,
                    "quantity": 1 if rng.random() < 0.9 else 2,
                    "note": rng.choice(("", "", "", "少盐", "软一点", "不要辣")),
                    "status": "booked",
                    "created_at": now,
                    "created_by_id": cashier_id,
                    "ticket_id": None,
                    "cancelled_at": None,
                    "cancelled_by_id": None,
                    "cancel_reason": None,
                }
            )
    if booking_rows:
        booking_rows[0].update(
            status="cancelled", cancelled_at=now, cancelled_by_id=cashier_id, cancel_reason="家里来人接去吃饭"
        )

    with db.write() as s:
        if cards:
            s.execute(insert(MealCard), cards)
        if tickets:
            s.execute(insert(MealTicket), tickets)
        if lines:
            s.execute(insert(TicketSubsidy), lines)
        if card_entries:
            s.execute(insert(MealCardEntry), card_entries)
        existing = set(s.execute(select(Sequence.name).where(Sequence.name.like("meal:%"))).scalars())
        s.execute(insert(Sequence), [r for r in sequences if r["name"] not in existing])
        s.execute(insert(DayClose), closes)
        if booking_rows:
            s.execute(insert(MealBooking), booking_rows)
        service.rebuild_guards(s, sorted({t["day"] for t in tickets}))
        for close in s.execute(select(DayClose).where(DayClose.figures.is_(None))).scalars().all():
            close.figures = reports._snapshot(reports._summary(s, close.day, close.cashier_id, live=True))
        audit.record(
            s,
            ctx.actor,
            "create",
            "canteen_demo",
            None,
            audit.message(
                "canteen.demo", tickets=len(tickets), voids=voids, cards=len(cards), bookings=len(booking_rows)
            ),
        )
    ctx.log(f"canteen: {len(tickets)} tickets over {DAYS} days, {voids} voids, {len(cards)} meal cards")
