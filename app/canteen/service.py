"""Canteen services: price a meal for a diner, sell it (all or nothing), void it, serve it, meal cards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app import audit, clock, sequences
from app.actor import ADMIN, Actor
from app.canteen import bookings, outcome, pricing, settlement
from app.canteen.pricing import Diner, Quote
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.residents.idnumbers import age_on
from db.engine import Database
from db.errors import DatabaseProblem
from db.models import CalendarDay, Resident, ResidentTag
from db.models.canteen import (
    DayClose,
    MealBooking,
    MealCard,
    MealCardEntry,
    MealSlot,
    MealTicket,
    SubsidyRule,
    TicketSubsidy,
)

PAYMENTS = ("cash", "wechat", "alipay", "card")
MAX_QUANTITY = 20
MAX_TENDER_FEN = 1_000_000  # ¥10,000: anything above is a typing mistake


def payment_label(code: str) -> str:
    return {
        "cash": translate("Canteen", "Cash"),
        "wechat": translate("Canteen", "WeChat Pay"),
        "alipay": translate("Canteen", "Alipay"),
        "card": translate("Canteen", "Meal card"),
    }.get(code, code)


@dataclass(frozen=True)
class Slot:
    code: str
    name: str
    starts: dt.time
    ends: dt.time
    price_fen: int
    dishes: str
    portion_limit: int | None


@dataclass(frozen=True)
class DinerInfo:
    resident_id: int | None
    name: str
    age: int | None
    tags: frozenset[str]
    is_local: bool
    archived: bool
    card_no: str | None
    balance_fen: int | None


@dataclass(frozen=True)
class SaleRequest:
    resident_id: int | None  # None: a walk-in guest (散客)
    slot_code: str
    quantity: int
    payment: str
    tendered_fen: int | None = None  # cash only
    buyer: str = ""  # a family member buying on the diner's behalf


@dataclass(frozen=True)
class SaleResult:
    ticket_id: int
    number: str
    quote: Quote
    change_fen: int | None
    balance_fen: int | None
    checked_after_loss: bool = False  # the connection dropped while saving; a look-up found it saved


def _time(text: str) -> dt.time:
    h, m = text.split(":")
    return dt.time(int(h), int(m))


def _slot(row: MealSlot) -> Slot:
    return Slot(row.code, row.name, _time(row.starts), _time(row.ends), row.price_fen, row.dishes, row.portion_limit)


def slots(db: Database) -> list[Slot]:
    with db.read() as s:
        rows = s.execute(select(MealSlot).where(MealSlot.active).order_by(MealSlot.sort_order)).scalars()
        return [_slot(r) for r in rows]


def current_slot(db: Database, at: dt.datetime | None = None) -> Slot | None:
    """The slot being served now, else the next one today, else the last one."""
    local = clock.to_local(at or clock.now())
    all_slots = slots(db)
    for slot in all_slots:
        if slot.starts <= local.time() <= slot.ends:
            return slot
    for slot in all_slots:
        if local.time() < slot.starts:
            return slot
    return all_slots[-1] if all_slots else None


def _rule(row: SubsidyRule) -> pricing.SubsidyRule:
    return pricing.SubsidyRule(
        id=row.id,
        name=row.name,
        effective_from=row.effective_from,
        effective_to=row.effective_to,
        min_age=row.min_age,
        max_age=row.max_age,
        any_tags=frozenset(t for t in row.any_tags.split(",") if t),
        local_only=row.local_only,
        weekdays_only=row.weekdays_only,
        skip_holidays=row.skip_holidays,
        slots=frozenset(x for x in row.slots.split(",") if x),
        amounts={"city": row.city_fen, "district": row.district_fen, "street": row.street_fen},
        min_price_fen=row.min_price_fen,
        fixed_price_fen=row.fixed_price_fen,
        fixed_funder=row.fixed_funder,
        limit_per_person=row.limit_per_person,
        limit_scope=row.limit_scope,
    )


# The sale is the rush's hot path: its reads and writes are prebuilt Core statements run on the unit of work's
# connection (a tenth of the ORM's per-statement cost), compiled once per process.
_SLOT_Q = select(
    MealSlot.code,
    MealSlot.name,
    MealSlot.starts,
    MealSlot.ends,
    MealSlot.price_fen,
    MealSlot.dishes,
    MealSlot.portion_limit,
    MealSlot.active,
).where(MealSlot.code == bindparam("code"))
_RULES_Q = select(SubsidyRule.__table__).where(
    SubsidyRule.archived_at.is_(None),
    SubsidyRule.effective_from <= bindparam("day"),
    (SubsidyRule.effective_to.is_(None)) | (SubsidyRule.effective_to >= bindparam("day")),
)
_RESIDENT_Q = select(Resident.birth_date, Resident.is_local, Resident.archived_at).where(
    Resident.id == bindparam("rid")
)
_TAGS_Q = select(ResidentTag.tag).where(ResidentTag.resident_id == bindparam("rid"))
_CALENDAR_Q = select(CalendarDay.kind).where(CalendarDay.day == bindparam("day"))
_CLAIMED_Q = (
    select(MealTicket.slot_code, func.sum(MealTicket.subsidised_meals))
    .where(MealTicket.resident_id == bindparam("rid"), MealTicket.day == bindparam("day"), MealTicket.status == "sold")
    .group_by(MealTicket.slot_code)
)
_DAY_CLOSED_Q = select(DayClose.id).where(
    DayClose.day == bindparam("day"),
    DayClose.cashier_id.is_not_distinct_from(bindparam("cashier")),
    DayClose.reopened_at.is_(None),
)
_SOLD_Q = select(func.coalesce(func.sum(MealTicket.quantity), 0)).where(
    MealTicket.day == bindparam("day"), MealTicket.slot_code == bindparam("slot"), MealTicket.status == "sold"
)
_RESERVED_Q = select(func.coalesce(func.sum(MealBooking.quantity), 0)).where(
    MealBooking.day == bindparam("day"),
    MealBooking.slot_code == bindparam("slot"),
    MealBooking.status == "booked",
    MealBooking.resident_id != bindparam("rid"),
)
_CARD_Q = select(MealCard.id).where(MealCard.resident_id == bindparam("rid"))
_BALANCE_Q = select(func.coalesce(func.sum(MealCardEntry.amount_fen), 0)).where(
    MealCardEntry.card_id == bindparam("card")
)
_INSERT_TICKET = insert(MealTicket.__table__)
_INSERT_LINE = insert(TicketSubsidy.__table__)
_INSERT_CARD_ENTRY = insert(MealCardEntry.__table__)


def quote_columns(q: Quote) -> dict[str, object]:
    """A ticket's price columns, as the quote gave them (the ticket keeps them: later rule changes never alter it)."""
    return {
        "unit_price_fen": q.unit_price_fen,
        "total_fen": q.total_fen,
        "subsidy_fen": q.subsidy_fen,
        "self_paid_fen": q.self_paid_fen,
        "subsidised_meals": q.subsidised_meals,
        "tier": q.tier,
        "reason": q.reason,
        "rule_id": q.rule_id,
    }


def _rules_in_force(s: Session | Connection, day: dt.date) -> list[pricing.SubsidyRule]:
    conn = s.connection() if isinstance(s, Session) else s
    return [_rule(r) for r in conn.execute(_RULES_Q, {"day": day})]


def _diner(s: Session | Connection, resident_id: int | None, day: dt.date) -> tuple[Diner, object | None]:
    """The diner as the pricing engine sees them, and their row (birth_date, is_local, archived_at) or None."""
    if resident_id is None:
        return Diner(age=None, guest=True), None
    conn = s.connection() if isinstance(s, Session) else s
    r = conn.execute(_RESIDENT_Q, {"rid": resident_id}).first()
    if r is None:
        raise NotFound(translate("Canteen", "This diner is not in the registry."))
    tags = frozenset(conn.execute(_TAGS_Q, {"rid": resident_id}).scalars())
    return Diner(age=age_on(r.birth_date, day), tags=tags, is_local=r.is_local), r


def _claimed(s: Session | Connection, resident_id: int | None, day: dt.date, slot_code: str) -> tuple[int, int]:
    if resident_id is None:
        return 0, 0
    conn = s.connection() if isinstance(s, Session) else s
    rows = conn.execute(_CLAIMED_Q, {"rid": resident_id, "day": day}).all()
    today = sum(int(n or 0) for _c, n in rows)
    in_slot = sum(int(n or 0) for c, n in rows if c == slot_code)
    return today, in_slot


def _quote(
    s: Session | Connection,
    resident_id: int | None,
    slot,
    quantity: int,
    at: dt.datetime,
    diner: tuple[Diner, object | None] | None = None,
) -> Quote:
    """Price `quantity` meals of `slot` (a MealSlot or a _SLOT_Q row) for the diner at `at`."""
    conn = s.connection() if isinstance(s, Session) else s
    day = clock.to_local(at).date()
    d, _r = diner if diner is not None else _diner(conn, resident_id, day)
    kinds = set(conn.execute(_CALENDAR_Q, {"day": day}).scalars())
    holiday = "holiday" in kinds
    working_day = False if holiday else ("workday" in kinds or day.weekday() < 5)
    today, in_slot = _claimed(conn, resident_id, day, slot.code)
    return pricing.quote(
        d,
        slot.code,
        slot.price_fen,
        quantity,
        day,
        _rules_in_force(conn, day),
        working_day=working_day,
        holiday=holiday,
        claimed_today=today,
        claimed_in_slot=in_slot,
    )


def _check_quantity(quantity: int) -> None:
    if not isinstance(quantity, int) or quantity < 1:
        raise ValidationError({"quantity": translate("Canteen", "The quantity must be at least 1.")})
    if quantity > MAX_QUANTITY:
        raise ValidationError(
            {"quantity": translate("Canteen", "At most {n} meals in one sale.").format(n=MAX_QUANTITY)}
        )


def quote_for(
    db: Database, resident_id: int | None, slot_code: str, quantity: int = 1, at: dt.datetime | None = None
) -> Quote:
    _check_quantity(quantity)
    with db.read() as s:
        conn = s.connection()
        slot = conn.execute(_SLOT_Q, {"code": slot_code}).first()
        if slot is None:
            raise NotFound(translate("Canteen", "Unknown meal slot."))
        return _quote(conn, resident_id, slot, quantity, at or clock.now())


def diner_info(db: Database, resident_id: int) -> DinerInfo:
    with db.read() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFound(translate("Canteen", "This diner is not in the registry."))
        card = s.execute(select(MealCard).where(MealCard.resident_id == resident_id)).scalar_one_or_none()
        balance = _balance(s, card.id) if card else None
        return DinerInfo(
            r.id,
            r.name,
            age_on(r.birth_date, clock.today()),
            frozenset(t.tag for t in r.tags),
            r.is_local,
            r.archived_at is not None,
            card.card_no if card else None,
            balance,
        )


def find_card(db: Database, card_no: str) -> int | None:
    """The resident holding meal card `card_no`, for a scanned card."""
    with db.read() as s:
        return s.execute(select(MealCard.resident_id).where(MealCard.card_no == card_no.strip())).scalar()


def _balance(s: Session, card_id: int) -> int:
    return int(
        s.execute(
            select(func.coalesce(func.sum(MealCardEntry.amount_fen), 0)).where(MealCardEntry.card_id == card_id)
        ).scalar_one()
    )


def _day_closed(s: Session, day: dt.date, cashier_id: int | None) -> bool:
    return (
        s.execute(
            select(DayClose.id).where(
                DayClose.day == day, DayClose.cashier_id == cashier_id, DayClose.reopened_at.is_(None)
            )
        ).first()
        is not None
    )


def sell(db: Database, actor: Actor, req: SaleRequest) -> SaleResult:
    """One sale, all or nothing: the ticket, its subsidy lines and any card entry commit together.

    When the database server goes away, the cashier is told which: `outcome.SaleNotSaved` (nothing written,
    sell again), the result with `checked_after_loss` (the commit's answer was lost, a look-up found the
    ticket), or `outcome.SaleInDoubt` (the server still away; the screen asks again). See app/canteen/outcome.py.
    """
    attempt: dict[str, object] = {}
    try:
        return _sell(db, actor, req, attempt)
    except DatabaseProblem as problem:
        if problem.kind not in outcome.LOST:
            raise
        if not problem.in_doubt or "result" not in attempt:
            raise outcome.not_saved(problem) from problem
        outcome.settle(db, attempt["attempt"])  # raises SaleNotSaved / SaleInDoubt
        result = attempt["result"]
        assert isinstance(result, SaleResult)
        return SaleResult(**{**result.__dict__, "checked_after_loss": True})


def _sell(db: Database, actor: Actor, req: SaleRequest, attempt: dict[str, object]) -> SaleResult:
    _check_quantity(req.quantity)
    if req.payment not in PAYMENTS:
        raise ValidationError({"payment": translate("Canteen", "Choose how the diner pays.")})
    if req.payment == "card" and req.resident_id is None:
        raise ValidationError({"payment": translate("Canteen", "A guest cannot pay with a meal card.")})
    if req.tendered_fen is not None and not 0 <= req.tendered_fen <= MAX_TENDER_FEN:
        raise ValidationError({"tendered": translate("Canteen", "The amount tendered is not plausible.")})
    buyer = (req.buyer or "").strip()
    if len(buyer) > 50:
        raise ValidationError({"buyer": translate("Canteen", "The buyer's name is too long (50 characters at most).")})
    now = clock.now()
    day = clock.to_local(now).date()
    with db.write() as s:
        conn = s.connection()
        slot = conn.execute(_SLOT_Q, {"code": req.slot_code}).first()
        if slot is None or not slot.active:
            raise NotFound(translate("Canteen", "Unknown meal slot."))
        if conn.execute(_DAY_CLOSED_Q, {"day": day, "cashier": actor.user_id}).first() is not None:
            raise UserError(translate("Canteen", "Your day is closed: no more sales today unless an admin reopens it."))
        settlement.refuse_if_locked(s, day)
        diner = _diner(conn, req.resident_id, day)
        resident = diner[1]
        if resident is not None and resident.archived_at is not None:
            raise UserError(translate("Canteen", "This diner's record is archived: restore it before selling."))
        if slot.portion_limit is not None:
            sold = int(conn.execute(_SOLD_Q, {"day": day, "slot": slot.code}).scalar_one())
            # portions booked by others and not yet bought are kept for them
            reserved = int(
                conn.execute(_RESERVED_Q, {"day": day, "slot": slot.code, "rid": req.resident_id or 0}).scalar_one()
            )
            if sold + reserved + req.quantity > slot.portion_limit:
                raise UserError(
                    translate("Canteen", "Only {n} portions are left for this meal.").format(
                        n=max(0, slot.portion_limit - sold - reserved)
                    )
                )
        q = _quote(conn, req.resident_id, slot, req.quantity, now, diner)
        change = None
        if req.payment == "cash":
            if req.tendered_fen is not None:
                if req.tendered_fen < q.self_paid_fen:
                    raise ValidationError(
                        {
                            "tendered": translate("Canteen", "Tendered {t} is less than the {d} due.").format(
                                t=pricing.money(req.tendered_fen), d=pricing.money(q.self_paid_fen)
                            )
                        }
                    )
                change = req.tendered_fen - q.self_paid_fen
        card_id = None
        balance = None
        if req.payment == "card":
            card_id = conn.execute(_CARD_Q, {"rid": req.resident_id}).scalar()
            if card_id is None:
                raise UserError(translate("Canteen", "This diner has no meal card."))
            balance = int(conn.execute(_BALANCE_Q, {"card": card_id}).scalar_one())
            if balance < q.self_paid_fen:
                raise UserError(
                    translate("Canteen", "The meal card holds {b}, less than the {d} due.").format(
                        b=pricing.money(balance), d=pricing.money(q.self_paid_fen)
                    )
                )
        seq = sequences.next_value(s, f"meal:{day.isoformat()}:{slot.code}")
        number = f"{day:%Y%m%d}-{slot.code[0].upper()}-{seq:04d}"
        ticket_id = conn.execute(
            _INSERT_TICKET,
            {
                "number": number,
                "day": day,
                "slot_code": slot.code,
                "sold_at": now,
                "resident_id": req.resident_id,
                "guest": req.resident_id is None,
                "buyer": buyer or None,
                "quantity": req.quantity,
                **quote_columns(q),
                "payment": req.payment,
                "tendered_fen": req.tendered_fen if req.payment == "cash" else None,
                "change_fen": change,
                "cashier_id": actor.user_id,
                "status": "sold",
            },
        ).inserted_primary_key[0]
        if q.subsidy:
            conn.execute(
                _INSERT_LINE,
                [
                    {"ticket_id": ticket_id, "funder": funder, "amount_fen": amount, "reversal": False}
                    for funder, amount in q.subsidy.items()
                ],
            )
        booking_id = bookings.use_booking(s, req.resident_id, day, slot.code, ticket_id)
        if card_id is not None:
            conn.execute(
                _INSERT_CARD_ENTRY,
                {
                    "card_id": card_id,
                    "at": now,
                    "kind": "sale",
                    "amount_fen": -q.self_paid_fen,
                    "ticket_id": ticket_id,
                    "user_id": actor.user_id,
                },
            )
            balance = (balance or 0) - q.self_paid_fen
        audit.record(
            s,
            actor,
            "create",
            "meal_ticket",
            ticket_id,
            number,
            None,
            {
                "resident_id": req.resident_id,
                "slot": slot.code,
                "quantity": req.quantity,
                "total": q.total_fen,
                "subsidy": q.subsidy,
                "self_paid": q.self_paid_fen,
                "payment": req.payment,
                "buyer": buyer,
                "booking_id": booking_id,
            },
        )
        attempt["attempt"] = outcome.SaleAttempt(number, actor.user_id, now)
        attempt["result"] = SaleResult(ticket_id, number, q, change, balance)
        return attempt["result"]  # type: ignore[return-value]


def void_ticket(db: Database, actor: Actor, approver: Actor, ticket_id: int, reason: str) -> None:
    """Void against the original: subsidy lines and card entries reversed by new records, nothing deleted."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": translate("Canteen", "Say why the ticket is voided.")})
    if not approver.has(ADMIN) or approver.user_id is None:
        raise UserError(translate("Canteen", "A void needs the approval of a supervisor (an administrator)."))
    now = clock.now()
    with db.write() as s:
        t = s.get(MealTicket, ticket_id)
        if t is None:
            raise NotFound(translate("Canteen", "No such ticket."))
        if t.status == "void":
            raise UserError(translate("Canteen", "This ticket is already void."))
        if t.served_at is not None:
            raise UserError(translate("Canteen", "This meal has been served: it cannot be voided."))
        if _day_closed(s, t.day, t.cashier_id):
            raise UserError(translate("Canteen", "That day is closed: an admin must reopen it before a void."))
        settlement.refuse_if_locked(s, t.day)
        t.status = "void"
        t.voided_at = now
        t.voided_by_id = actor.user_id
        t.void_approved_by_id = approver.user_id
        t.void_reason = reason
        bookings.release_booking(s, t.id)
        for line in list(t.lines):
            if not line.reversal:
                s.add(TicketSubsidy(ticket_id=t.id, funder=line.funder, amount_fen=-line.amount_fen, reversal=True))
        for entry in (
            s.execute(select(MealCardEntry).where(MealCardEntry.ticket_id == t.id, MealCardEntry.kind == "sale"))
            .scalars()
            .all()
        ):
            s.add(
                MealCardEntry(
                    card_id=entry.card_id,
                    at=now,
                    kind="void",
                    amount_fen=-entry.amount_fen,
                    ticket_id=t.id,
                    user_id=actor.user_id,
                    note=reason,
                )
            )
        audit.record(
            s,
            actor,
            "void",
            "meal_ticket",
            t.id,
            reason,
            {"status": "sold"},
            {"status": "void", "approved_by": approver.username},
        )


def record_reprint(db: Database, actor: Actor, ticket_id: int) -> int:
    """Count and audit a reprint (the copy is marked 副本); returns how many reprints the ticket now has."""
    with db.write() as s:
        t = s.get(MealTicket, ticket_id)
        if t is None:
            raise NotFound(translate("Canteen", "No such ticket."))
        t.reprints = (t.reprints or 0) + 1
        audit.record(s, actor, "reprint", "meal_ticket", t.id, t.number, None, {"reprints": t.reprints})
        return t.reprints


def serve_ticket(db: Database, actor: Actor, number: str, window: str) -> MealTicket:
    """Serving window: mark a scanned ticket served; a second scan is refused with when and where."""
    number = (number or "").strip()
    with db.write() as s:
        t = s.execute(select(MealTicket).where(MealTicket.number == number)).scalar_one_or_none()
        if t is None:
            raise NotFound(translate("Canteen", "No ticket {n}.").format(n=number))
        if t.status == "void":
            raise UserError(translate("Canteen", "Ticket {n} was voided: do not serve it.").format(n=number))
        if t.served_at is not None:
            when = clock.to_local(t.served_at).strftime("%H:%M")
            raise UserError(
                translate("Canteen", "Ticket {n} was already served at {when} at {where}.").format(
                    n=number, when=when, where=t.served_window or ""
                )
            )
        if t.day != clock.today():
            raise UserError(translate("Canteen", "Ticket {n} is for {day}, not today.").format(n=number, day=t.day))
        t.served_at = clock.now()
        t.served_by_id = actor.user_id
        t.served_window = window
        s.flush()
        s.expunge(t)
        return t


def open_card(db: Database, actor: Actor, resident_id: int, card_no: str) -> int:
    card_no = (card_no or "").strip()
    if not card_no or len(card_no) > 30 or not card_no.isalnum():
        raise ValidationError({"card_no": translate("Canteen", "A card number is 1 to 30 letters or digits.")})
    with db.write() as s:
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFound(translate("Canteen", "This diner is not in the registry."))
        if resident.archived_at is not None:
            raise UserError(translate("Canteen", "This diner's record is archived: restore it before issuing a card."))
        if s.execute(select(MealCard.id).where(MealCard.resident_id == resident_id)).first():
            raise UserError(translate("Canteen", "This diner already has a meal card."))
        if s.execute(select(MealCard.id).where(MealCard.card_no == card_no)).first():
            raise UserError(translate("Canteen", "This card number is taken."))
        card = MealCard(card_no=card_no, resident_id=resident_id, created_at=clock.now())
        s.add(card)
        s.flush()
        audit.record(s, actor, "create", "meal_card", card.id, card_no)
        return card.id


def card_movement(
    db: Database, actor: Actor, resident_id: int, amount_fen: int, kind: str, payment: str = "cash"
) -> int:
    """Top up (amount > 0) or refund (kind 'refund', amount > 0 taken off); returns the new balance."""
    if kind not in ("topup", "refund"):
        raise ValueError(kind)
    if not isinstance(amount_fen, int) or not 0 < amount_fen <= 500_000:
        raise ValidationError({"amount": translate("Canteen", "Enter an amount between ¥0.01 and ¥5000.")})
    with db.write() as s:
        card = s.execute(select(MealCard).where(MealCard.resident_id == resident_id)).scalar_one_or_none()
        if card is None:
            raise UserError(translate("Canteen", "This diner has no meal card."))
        balance = _balance(s, card.id)
        delta = amount_fen if kind == "topup" else -amount_fen
        if balance + delta < 0:
            raise UserError(
                translate("Canteen", "The card holds only {b}: it cannot refund more.").format(b=pricing.money(balance))
            )
        s.add(
            MealCardEntry(
                card_id=card.id, at=clock.now(), kind=kind, amount_fen=delta, user_id=actor.user_id, payment=payment
            )
        )
        audit.record(
            s,
            actor,
            kind,
            "meal_card",
            card.id,
            pricing.money(amount_fen),
            {"balance": balance},
            {"balance": balance + delta},
        )
        return balance + delta
