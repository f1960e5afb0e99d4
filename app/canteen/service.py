"""Canteen services: price a meal for a diner, sell it (all or nothing), void it, serve it, meal cards."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit, clock, field_labels, sequences
from app.accounts.approval import confirm_approver, holds_role
from app.accounts.permissions import LATE_SALE, SELL_MEALS, VOID_TICKET, may, require
from app.actor import ADMIN, Actor
from app.boundary import checked
from app.canteen import bookings, outcome, pricing, settlement
from app.canteen.pricing import Diner, Quote
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.residents.idnumbers import age_on
from app.typed import yuan_limit
from db.engine import Database
from db.errors import DatabaseProblem
from db.models import CalendarDay, Resident, ResidentTag, Setting, User
from db.models.canteen import (
    CashierDay,
    DayClose,
    MealBooking,
    MealCard,
    MealCardEntry,
    MealSlot,
    MealTicket,
    PortionCount,
    SubsidyClaim,
    SubsidyRule,
    TicketSubsidy,
)

PAYMENTS = ("cash", "wechat", "alipay", "card")
MAX_QUANTITY = 20
MAX_TENDER_FEN = 1_000_000  # ¥10,000: anything above is a typing mistake
MAX_CARD_MOVEMENT_FEN = 500_000  # ¥5,000: the most one top-up or refund of a meal card moves
# What a subsidised sale outside the slot's serving hours does without a supervisor's approval (a setting):
# "refuse" (the default) or "full_price".
LATE_SALE_SETTING = "canteen.late_sale"
LATE_SALE_POLICIES = ("refuse", "full_price")


class LateSaleNeedsApproval(UserError):
    """A subsidised sale outside the serving hours: refused unless a supervisor holding LATE_SALE approves it."""


class RepeatMealNeedsConfirmation(UserError):
    """The diner already had a subsidised meal today and this one would be at full price (often a double scan):
    refused unless the sale says `repeat_ok` — the screen asks the cashier first, naming the earlier ticket.
    `earlier` is that ticket (number, local time "HH:MM", cashier's name), `total_fen` what this sale would cost."""

    def __init__(self, message: str, earlier: EarlierMeal, total_fen: int) -> None:
        super().__init__(message)
        self.earlier = earlier
        self.total_fen = total_fen


@dataclass(frozen=True)
class EarlierMeal:
    number: str
    time: str  # local "HH:MM"
    cashier: str  # the till: who sold it


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
    late_approver: Actor | None = None  # a supervisor (LATE_SALE) approving a subsidised sale outside the hours
    repeat_ok: bool = (
        False  # the cashier confirmed a second meal of the day at full price (RepeatMealNeedsConfirmation)
    )


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


@checked
def slots(db: Database) -> list[Slot]:
    with db.read() as s:
        rows = s.execute(select(MealSlot).where(MealSlot.active).order_by(MealSlot.sort_order)).scalars()
        return [_slot(r) for r in rows]


@checked
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
_CLAIMS_Q = select(SubsidyClaim.funder, SubsidyClaim.slot_code, SubsidyClaim.scope_key, SubsidyClaim.n).where(
    SubsidyClaim.resident_id == bindparam("rid"),
    SubsidyClaim.day == bindparam("day"),
    SubsidyClaim.released_at.is_(None),
)
_INSERT_CLAIM = insert(SubsidyClaim.__table__)
_RELEASE_CLAIMS = (
    update(SubsidyClaim.__table__)
    .where(SubsidyClaim.ticket_id == bindparam("tid"), SubsidyClaim.released_at.is_(None))
    .values(released_at=bindparam("released"))
)
_EARLIER_MEAL_Q = (
    select(MealTicket.number, MealTicket.sold_at, User.display_name, User.username)
    .join(SubsidyClaim, SubsidyClaim.ticket_id == MealTicket.id)
    .outerjoin(User, User.id == MealTicket.cashier_id)
    .where(
        SubsidyClaim.resident_id == bindparam("rid"),
        SubsidyClaim.day == bindparam("day"),
        SubsidyClaim.released_at.is_(None),
    )
    .order_by(MealTicket.sold_at.desc(), MealTicket.id.desc())
    .limit(1)
)
_LATE_POLICY_Q = select(Setting.value).where(Setting.key == LATE_SALE_SETTING)


def _upserts(dialect) -> dict[str, object]:
    """The lock-taking upserts, written with the dialect's own INSERT … ON CONFLICT (SQLite ≥ 3.24, PostgreSQL)."""
    day_row = dialect.insert(CashierDay.__table__).values(day=bindparam("b_day"), cashier_id=bindparam("cashier"))
    portions = dialect.insert(PortionCount.__table__).values(
        day=bindparam("b_day"), slot_code=bindparam("slot"), sold=bindparam("quantity")
    )
    return {
        # touching the row on conflict takes its row lock (PostgreSQL) until the unit of work ends
        "cashier_day": day_row.on_conflict_do_update(
            index_elements=["day", "cashier_id"], set_={"day": day_row.excluded.day}
        ),
        "portions": portions.on_conflict_do_update(
            index_elements=["day", "slot_code"],
            set_={"sold": PortionCount.__table__.c.sold + portions.excluded.sold},
        ).returning(PortionCount.__table__.c.sold),
    }


_UPSERTS = {"sqlite": _upserts(sqlite), "postgresql": _upserts(postgresql)}
_RETURN_PORTIONS = (
    update(PortionCount.__table__)
    .where(PortionCount.day == bindparam("b_day"), PortionCount.slot_code == bindparam("slot"))
    .values(sold=PortionCount.__table__.c.sold - bindparam("quantity"))
)


def lock_cashier_day(conn: Connection, day: dt.date, cashier_id: int | None) -> None:
    """Take the cashier-day lock (see CashierDay) for the rest of the caller's unit of work.

    On PostgreSQL the upsert holds the row lock until commit, so a sale, a void, a meal-card movement and the day
    close of one cashier and day run one after another even from different workstations; on SQLite the write
    transaction (BEGIN IMMEDIATE) already serialises every writer and the upsert only records the day.
    """
    conn.execute(_UPSERTS[conn.dialect.name]["cashier_day"], {"b_day": day, "cashier": cashier_id or 0})


def _take_portions(conn: Connection, day: dt.date, slot_code: str, quantity: int) -> int:
    """Add `quantity` to the slot's portions sold that day (locking its count row); the new count."""
    return int(
        conn.execute(
            _UPSERTS[conn.dialect.name]["portions"], {"b_day": day, "slot": slot_code, "quantity": quantity}
        ).scalar_one()
    )


_DAY_CLOSED_Q = select(DayClose.id).where(
    DayClose.day == bindparam("day"),
    DayClose.cashier_id.is_not_distinct_from(bindparam("cashier")),
    DayClose.reopened_at.is_(None),
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


def _used(s: Session | Connection, resident_id: int | None, day: dt.date, slot_code: str) -> list:
    """The diner's live subsidy claims of `day`: rows (funder, slot_code, scope_key, n)."""
    if resident_id is None:
        return []
    conn = s.connection() if isinstance(s, Session) else s
    return conn.execute(_CLAIMS_Q, {"rid": resident_id, "day": day}).all()


def _used_by_funder(claims: list, slot_code: str) -> pricing.Used:
    out: dict[str, tuple[int, int]] = {}
    for funder, slot, _scope, _n in claims:
        today, in_slot = out.get(funder, (0, 0))
        out[funder] = (today + 1, in_slot + (slot == slot_code))
    return out


def _claim_rows(claims: list, q: Quote, resident_id: int, day: dt.date, slot_code: str, ticket_id: int) -> list:
    """One row per subsidised meal and funder, each taking the lowest number still free in its scope."""
    rows = []
    for claim in q.claims:
        scope_key = f"slot:{slot_code}" if claim.scope == "slot" else "day"
        taken = {n for f, _s, k, n in claims if f == claim.funder and k == scope_key}
        n = 0
        for _ in range(claim.meals):
            n += 1
            while n in taken:
                n += 1
            rows.append(
                {
                    "resident_id": resident_id,
                    "day": day,
                    "slot_code": slot_code,
                    "scope_key": scope_key,
                    "funder": claim.funder,
                    "n": n,
                    "ticket_id": ticket_id,
                    "released_at": None,
                }
            )
    return rows


def _quote(
    s: Session | Connection,
    resident_id: int | None,
    slot,
    quantity: int,
    at: dt.datetime,
    diner: tuple[Diner, object | None] | None = None,
    claims: list | None = None,
) -> Quote:
    """Price `quantity` meals of `slot` (a MealSlot or a _SLOT_Q row) for the diner at `at`."""
    conn = s.connection() if isinstance(s, Session) else s
    day = clock.to_local(at).date()
    d, _r = diner if diner is not None else _diner(conn, resident_id, day)
    kinds = set(conn.execute(_CALENDAR_Q, {"day": day}).scalars())
    holiday = "holiday" in kinds
    working_day = False if holiday else ("workday" in kinds or day.weekday() < 5)
    used = _used_by_funder(claims if claims is not None else _used(conn, resident_id, day, slot.code), slot.code)
    return pricing.quote(
        d,
        slot.code,
        slot.price_fen,
        quantity,
        day,
        _rules_in_force(conn, day),
        working_day=working_day,
        holiday=holiday,
        used=used,
    )


def _check_quantity(quantity: int) -> None:
    if not isinstance(quantity, int) or quantity < 1:
        raise ValidationError({"quantity": translate("Canteen", "The quantity must be at least 1.")})
    if quantity > MAX_QUANTITY:
        raise ValidationError(
            {"quantity": translate("Canteen", "At most {n} meals in one sale.").format(n=MAX_QUANTITY)}
        )


@checked
def quote_for(
    db: Database,
    resident_id: int | None,
    slot_code: str,
    quantity: int = 1,
    at: dt.datetime | None = None,
    *,
    late_approved: bool = False,
) -> Quote:
    """The price split the sale would give at `at` (default now), serving window included.

    Outside the serving hours with the setting "refuse" the subsidised quote is returned as it is (the sale
    asks for the approval); with "full_price" the quote is full price and `withheld_fen` says what was withheld.
    """
    _check_quantity(quantity)
    at = at or clock.now()
    with db.read() as s:
        conn = s.connection()
        slot = conn.execute(_SLOT_Q, {"code": slot_code}).first()
        if slot is None:
            raise NotFound(translate("Canteen", "Unknown meal slot."))
        q = _quote(conn, resident_id, slot, quantity, at)
        try:
            return _apply_window(conn, slot, q, at, approved=late_approved)
        except LateSaleNeedsApproval:
            return q


@checked
def needs_late_approval(db: Database, slot_code: str, subsidy_at_stake_fen: int, at: dt.datetime | None = None) -> bool:
    """Whether a sale in `slot_code` now (or at `at`) needs a supervisor's LATE_SALE approval, to sell at all or at
    the subsidised price. `subsidy_at_stake_fen`: the quote's subsidy plus any subsidy it withheld (fen)."""
    if subsidy_at_stake_fen <= 0:
        return False
    with db.read() as s:
        slot = s.connection().execute(_SLOT_Q, {"code": slot_code}).first()
    return slot is not None and outside_serving_hours(slot, at or clock.now())


@checked
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


_CARD_NO = re.compile("[A-Za-z0-9]{1,30}")


def card_number(text: str) -> str | None:
    """A typed or scanned meal card number as stored, or None when it is not one.

    Folded with NFKC first (a full-width "１２３４" typed with a Chinese input method is "1234"), then only ASCII
    letters and digits, 1 to 30 of them (spaces and hyphens between groups dropped): a card reader types ASCII, so "卡号一" or "١٢٣" is no card number."""
    folded = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", text or ""))  # "1234 5678", "1234-5678" as typed
    return folded if _CARD_NO.fullmatch(folded) else None


@checked
def find_card(db: Database, card_no: str) -> int | None:
    """The resident holding meal card `card_no` (folded as `card_number`), for a scanned or typed card; None if
    none."""
    folded = card_number(card_no)
    if folded is None:
        return None
    with db.read() as s:
        return s.execute(select(MealCard.resident_id).where(MealCard.card_no == folded)).scalar()


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


def _window(slot) -> tuple[dt.time, dt.time]:
    return _time(slot.starts), _time(slot.ends)


def _late_policy(conn: Connection) -> str:
    import json

    raw = conn.execute(_LATE_POLICY_Q).scalar()
    value = json.loads(raw) if raw is not None else "refuse"
    return value if value in LATE_SALE_POLICIES else "refuse"


@checked
def late_sale_policy(db: Database) -> str:
    """The setting for a subsidised sale outside the serving hours: "refuse" (default) or "full_price"."""
    with db.read() as s:
        return _late_policy(s.connection())


def outside_serving_hours(slot, at: dt.datetime) -> bool:
    """Whether local time `at` lies outside `slot`'s serving window (both ends included in the window)."""
    starts, ends = _window(slot)
    return not starts <= clock.to_local(at).time().replace(second=0, microsecond=0) <= ends


def _late_refusal(slot) -> LateSaleNeedsApproval:
    return LateSaleNeedsApproval(
        translate(
            "Canteen",
            "{slot} is served {starts}–{ends}: a subsidised meal outside these hours needs a supervisor's approval.",
        ).format(slot=slot.name, starts=slot.starts, ends=slot.ends)
    )


def _check_late_approver(approver: Actor | None) -> None:
    if approver is not None and (approver.user_id is None or not may(approver, LATE_SALE)):
        raise UserError(
            translate("Canteen", "{name} may not approve a subsidised meal outside serving hours.").format(
                name=approver.display_name
            )
        )


def _apply_window(conn: Connection, slot, q: Quote, at: dt.datetime, approved: bool) -> Quote:
    """The serving-window rule (DOMAIN "Serving window") on a quote at local time `at`.

    Inside the window, or approved by a supervisor holding LATE_SALE, or no subsidy at stake: the quote stands.
    Otherwise, by the setting `canteen.late_sale`: "refuse" raises LateSaleNeedsApproval; "full_price" prices
    the meals at full price (the subsidy withheld, the reason saying why).
    """
    if approved or not q.subsidy or not outside_serving_hours(slot, at):
        return q
    if _late_policy(conn) == "refuse":
        raise _late_refusal(slot)
    return Quote(
        q.unit_price_fen,
        q.quantity,
        q.total_fen,
        {},
        0,
        None,
        translate("Canteen", "Full price"),
        translate("Canteen", "Outside serving hours ({starts}–{ends}): full price").format(
            starts=slot.starts, ends=slot.ends
        ),
        withheld_fen=q.subsidy_fen,
    )


@checked
def sell(db: Database, actor: Actor, req: SaleRequest) -> SaleResult:
    """One sale, all or nothing: the ticket, its subsidy lines and claims, any card entry commit together.

    Refused (UserError, nothing written): the cashier's day is closed or the day lies in a settled period (a sale
    is always dated now: a closed day takes no more money until an admin reopens it); the portion limit is
    reached (booked portions of other diners kept back); a subsidised meal outside the slot's serving hours
    without `req.late_approver` holding LATE_SALE when the setting says "refuse" (LateSaleNeedsApproval; with
    "full_price" the meal sells at full price); a `late_approver` the database does not bear out (an inactive
    account, stored roles without LATE_SALE, or the cashier themselves: `approval.confirm_approver`); the diner's subsidised meal was just taken at another till.

    Across workstations the database holds the rules (issue 13): the cashier-day row lock orders the sale and a
    day close; the portion count row is incremented in place, locking it, before the limit is compared; one
    claim row per subsidised meal and funder under a unique index (diner, day, scope, funder, n) refuses a second
    till's concurrent claim of the same meal. Hot path: prebuilt Core statements on the unit of work's connection.

    When the database server goes away, the cashier is told which: `outcome.SaleNotSaved` (nothing written,
    sell again), the result with `checked_after_loss` (the commit's answer was lost, a look-up found the
    ticket), or `outcome.SaleInDoubt` (the server still away; the screen asks again). See app/canteen/outcome.py.
    """
    require(actor, SELL_MEALS)
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
    if req.tendered_fen is not None and req.tendered_fen > MAX_TENDER_FEN:
        raise ValidationError(
            {
                "tendered": translate("Canteen", "The amount tendered is too large: at most {most}.").format(
                    most=yuan_limit(MAX_TENDER_FEN)
                )
            }
        )
    if req.tendered_fen is not None and req.tendered_fen < 0:
        raise ValidationError({"tendered": translate("Canteen", "The amount tendered is not plausible.")})
    buyer = (req.buyer or "").strip()
    if len(buyer) > 50:
        raise ValidationError({"buyer": field_labels.too_long("buyer", 50, len(buyer), "SaleRequest")})
    _check_late_approver(req.late_approver)
    now = clock.now()
    day = clock.to_local(now).date()
    with db.write() as s:
        if req.late_approver is not None:
            confirm_approver(s, req.late_approver, LATE_SALE, actor)
        conn = s.connection()
        lock_cashier_day(conn, day, actor.user_id)
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
        # the card is checked before anything asks the cashier or a supervisor (a second meal, a late sale)
        card_id = None
        balance = None
        if req.payment == "card":
            card_id = conn.execute(_CARD_Q, {"rid": req.resident_id}).scalar()
            if card_id is None:
                raise UserError(translate("Canteen", "This diner has no meal card."))
            balance = int(conn.execute(_BALANCE_Q, {"card": card_id}).scalar_one())
        sold = _take_portions(conn, day, slot.code, req.quantity)
        if slot.portion_limit is not None:
            # portions booked by others and not yet bought are kept for them
            reserved = int(
                conn.execute(_RESERVED_Q, {"day": day, "slot": slot.code, "rid": req.resident_id or 0}).scalar_one()
            )
            if sold + reserved > slot.portion_limit:
                raise UserError(
                    translate("Canteen", "Only {n} portions are left for this meal.").format(
                        n=max(0, slot.portion_limit - (sold - req.quantity) - reserved)
                    )
                )
        claims = _used(conn, req.resident_id, day, slot.code)
        q = _quote(conn, req.resident_id, slot, req.quantity, now, diner, claims)
        _check_balance(balance, q)
        if claims and not req.repeat_ok:
            _refuse_unconfirmed_repeat(conn, req, slot, q, now, diner)
        q = _apply_window(conn, slot, q, now, approved=req.late_approver is not None)
        late_approved = req.late_approver is not None and q.subsidy and outside_serving_hours(slot, now)
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
        _check_balance(balance, q)  # again at the price the serving window gave
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
        if q.claims and req.resident_id is not None:
            try:
                conn.execute(_INSERT_CLAIM, _claim_rows(claims, q, req.resident_id, day, slot.code, ticket_id))
            except IntegrityError as exc:
                raise UserError(
                    translate(
                        "Canteen",
                        "This diner's subsidised meal was just sold at another till: check the price and sell again.",
                    )
                ) from exc
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
                **({"late_approved_by": req.late_approver.username} if late_approved else {}),
            },
        )
        attempt["attempt"] = outcome.SaleAttempt(number, actor.user_id, now)
        attempt["result"] = SaleResult(ticket_id, number, q, change, balance)
        return attempt["result"]  # type: ignore[return-value]


def _check_balance(balance: int | None, q: Quote) -> None:
    """A meal card's balance (None: not paid by card) must cover the self-paid part."""
    if balance is not None and balance < q.self_paid_fen:
        raise UserError(
            translate("Canteen", "The meal card holds {b}, less than the {d} due.").format(
                b=pricing.money(balance), d=pricing.money(q.self_paid_fen)
            )
        )


def _refuse_unconfirmed_repeat(conn: Connection, req: SaleRequest, slot, q: Quote, now: dt.datetime, diner) -> None:
    """Raise RepeatMealNeedsConfirmation when the diner's earlier subsidised meal today is what makes this sale
    cost more (the same sale with no earlier meal would be subsidised more): a second lunch, a double scan."""
    first = _quote(conn, req.resident_id, slot, req.quantity, now, diner, [])
    if first.subsidy_fen <= q.subsidy_fen:
        return
    row = conn.execute(_EARLIER_MEAL_Q, {"rid": req.resident_id, "day": clock.to_local(now).date()}).first()
    if row is None:
        return
    local = clock.to_local(row.sold_at)
    earlier = EarlierMeal(row.number, local.strftime("%H:%M") if local else "", row.display_name or row.username or "")
    raise RepeatMealNeedsConfirmation(
        translate(
            "Canteen",
            "This diner already had a subsidised meal today (ticket {number} at {time}, sold by {cashier}); "
            "another one costs the full {price}. Confirm to sell it at full price.",
        ).format(
            number=earlier.number, time=earlier.time, cashier=earlier.cashier, price=pricing.money(q.self_paid_fen)
        ),
        earlier,
        q.self_paid_fen,
    )


def _void_refusal(s: Session, t: MealTicket) -> str | None:
    if t.status == "void":
        return translate("Canteen", "This ticket is already void.")
    if t.served_at is not None:
        return translate("Canteen", "This meal has been served: it cannot be voided.")
    if _day_closed(s, t.day, t.cashier_id):
        return translate("Canteen", "That day is closed: an admin must reopen it before a void.")
    try:
        settlement.refuse_if_locked(s, t.day)
    except UserError as exc:
        return exc.message
    return None


@checked
def void_refusal(db: Database, ticket_id: int) -> str | None:
    """Why the ticket cannot be voided now (already void, served, its day closed or settled), or None.

    Asked before the screen asks for a reason and a supervisor's password: nobody approves what would be
    refused. `void_ticket` checks the same again inside its unit of work."""
    with db.read() as s:
        t = s.get(MealTicket, ticket_id)
        if t is None:
            return translate("Canteen", "No such ticket.")
        return _void_refusal(s, t)


@checked
def void_ticket(db: Database, actor: Actor, approver: Actor, ticket_id: int, reason: str) -> None:
    """Void against the original: subsidy lines and card entries reversed by new records, nothing deleted.

    The void belongs to the ticket's own day and cashier: refused (UserError) when that cashier's day is closed
    (an admin reopens it first) or the day lies in a settled period. The void releases the ticket's subsidy
    claims (the diner may have that subsidised meal again) and gives its portions back."""
    require(actor, SELL_MEALS)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": translate("Canteen", "Say why the ticket is voided.")})
    if approver is None or approver.user_id is None:
        raise UserError(translate("Canteen", "A void needs the approval of a supervisor (an administrator)."))
    now = clock.now()
    with db.write() as s:
        confirm_approver(s, approver, VOID_TICKET, actor)
        if not holds_role(s, approver.user_id, ADMIN):
            raise UserError(
                translate("Canteen", "A void needs the approval of a supervisor (an administrator)."), field="approver"
            )
        t = s.get(MealTicket, ticket_id)
        if t is None:
            raise NotFound(translate("Canteen", "No such ticket."))
        lock_cashier_day(s.connection(), t.day, t.cashier_id)
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
        conn = s.connection()
        conn.execute(_RELEASE_CLAIMS, {"tid": t.id, "released": now})
        conn.execute(_RETURN_PORTIONS, {"b_day": t.day, "slot": t.slot_code, "quantity": t.quantity})
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


@checked
def record_reprint(db: Database, actor: Actor, ticket_id: int) -> int:
    """Count and audit a reprint (the copy is marked 副本); returns how many reprints the ticket now has."""
    require(actor, SELL_MEALS)
    with db.write() as s:
        t = s.get(MealTicket, ticket_id)
        if t is None:
            raise NotFound(translate("Canteen", "No such ticket."))
        t.reprints = (t.reprints or 0) + 1
        audit.record(s, actor, "reprint", "meal_ticket", t.id, t.number, None, {"reprints": t.reprints})
        return t.reprints


@checked
def serve_ticket(db: Database, actor: Actor, number: str, window: str) -> MealTicket:
    """Serving window: mark a scanned ticket served; a second scan is refused with when and where."""
    require(actor, SELL_MEALS)
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


@checked
def open_card(db: Database, actor: Actor, resident_id: int, card_no: str) -> int:
    """Issue a meal card to a resident; returns its id. `card_no` is folded by `card_number` ("１２３４" -> "1234";
    anything but ASCII letters and digits refused). Refused (UserError): archived diner, a second card, a number
    taken."""
    require(actor, SELL_MEALS)
    folded = card_number(card_no)
    if folded is None:
        raise ValidationError(
            {"card_no": translate("Canteen", "A card number is 1 to 30 letters (A–Z) or digits (0–9).")}
        )
    card_no = folded
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


@checked(choices={"kind": ("topup", "refund"), "payment": PAYMENTS})
def card_movement(
    db: Database, actor: Actor, resident_id: int, amount_fen: int, kind: str, payment: str = "cash"
) -> int:
    """Top up (kind 'topup') or refund (kind 'refund') `amount_fen` fen (> 0); returns the new balance in fen.

    A meal-card movement is money at the counter, dated now and counted in the acting cashier's day (its cash
    goes into that day's expected cash). Once that cashier's day is closed it is refused (UserError) like a
    sale: the drawer is counted and the Z report printed, so the top-up or refund waits for the next day, or an
    admin reopens the day (logged) and the close is done again. Also refused when today lies in a settled period,
    and a cash refund larger than the cash the acting cashier's drawer took today (its expected cash would go below
    zero: the money must come out of a drawer that holds it — another cashier's till, or a WeChat / Alipay refund).
    """
    require(actor, SELL_MEALS)
    if kind not in ("topup", "refund"):
        raise ValueError(kind)
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or not 0 < amount_fen <= MAX_CARD_MOVEMENT_FEN:
        raise ValidationError({"amount": translate("Canteen", "Enter an amount between ¥0.01 and ¥5000.")})
    now = clock.now()
    day = clock.to_local(now).date()
    with db.write() as s:
        lock_cashier_day(s.connection(), day, actor.user_id)
        if s.connection().execute(_DAY_CLOSED_Q, {"day": day, "cashier": actor.user_id}).first() is not None:
            raise UserError(
                translate(
                    "Canteen",
                    "Your day is closed: no more top-ups or refunds today unless an admin reopens it.",
                )
            )
        settlement.refuse_if_locked(s, day)
        card = s.execute(select(MealCard).where(MealCard.resident_id == resident_id)).scalar_one_or_none()
        if card is None:
            raise UserError(translate("Canteen", "This diner has no meal card."))
        balance = _balance(s, card.id)
        delta = amount_fen if kind == "topup" else -amount_fen
        if balance + delta < 0:
            raise UserError(
                translate("Canteen", "The card holds only {b}: it cannot refund more.").format(b=pricing.money(balance))
            )
        if kind == "refund" and payment == "cash":
            in_drawer = drawer_cash_fen(s, day, actor.user_id)
            if in_drawer < amount_fen:
                raise UserError(
                    translate(
                        "Canteen",
                        "Your drawer has taken only {cash} in cash today, less than this {amount} refund: the cash "
                        "must come out of a drawer that holds it. Have a cashier whose drawer took cash today give "
                        "the refund at their till, or refund it by WeChat Pay or Alipay.",
                    ).format(cash=pricing.money(in_drawer), amount=pricing.money(amount_fen)),
                    field="amount",
                )
        s.add(
            MealCardEntry(card_id=card.id, at=now, kind=kind, amount_fen=delta, user_id=actor.user_id, payment=payment)
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


_DRAWER_SALES_Q = select(func.coalesce(func.sum(MealTicket.self_paid_fen), 0)).where(
    MealTicket.day == bindparam("day"),
    MealTicket.cashier_id.is_not_distinct_from(bindparam("cashier")),
    MealTicket.status == "sold",
    MealTicket.payment == "cash",
)
_DRAWER_CARD_Q = select(func.coalesce(func.sum(MealCardEntry.amount_fen), 0)).where(
    MealCardEntry.user_id.is_not_distinct_from(bindparam("cashier")),
    MealCardEntry.kind.in_(("topup", "refund")),
    MealCardEntry.payment == "cash",
    MealCardEntry.at >= bindparam("start"),
    MealCardEntry.at < bindparam("end"),
)


def drawer_cash_fen(s: Session, day: dt.date, cashier_id: int | None) -> int:
    """The cash a cashier's drawer should hold for the day so far: the day close's expected cash (cash sales not
    voided, plus meal-card top-ups less refunds paid in cash; `app.canteen.reports.DaySummary.expected_cash_fen`).
    Read inside the caller's unit of work after `lock_cashier_day`, so another till of the same cashier waits."""
    start, end = clock.local_day_bounds(day)
    conn = s.connection()
    sales = conn.execute(_DRAWER_SALES_Q, {"day": day, "cashier": cashier_id}).scalar_one()
    cards = conn.execute(_DRAWER_CARD_Q, {"cashier": cashier_id, "start": start, "end": end}).scalar_one()
    return int(sales) + int(cards)


def rebuild_guards(s: Session, days: list[dt.date]) -> None:
    """For tickets written in bulk (the demo, an import): their subsidy claims and the portion counts of `days`.

    A sold, subsidised ticket without claims gets one claim per subsidised meal and funder (numbered in the
    order sold, scope from its rule); each day's portion counts become the sum of its sold tickets.
    """
    conn = s.connection()
    scope_of = dict(conn.execute(select(SubsidyRule.id, SubsidyRule.limit_scope)).all())
    have: dict[tuple, set[int]] = {}
    for rid, day, key, funder, n in conn.execute(
        select(
            SubsidyClaim.resident_id, SubsidyClaim.day, SubsidyClaim.scope_key, SubsidyClaim.funder, SubsidyClaim.n
        ).where(SubsidyClaim.day.in_(days), SubsidyClaim.released_at.is_(None))
    ):
        have.setdefault((rid, day, key, funder), set()).add(n)
    claimed = set(conn.execute(select(SubsidyClaim.ticket_id).where(SubsidyClaim.day.in_(days))).scalars())
    rows = []
    for tid, rid, day, slot, meals, rule_id, funder in conn.execute(
        select(
            MealTicket.id,
            MealTicket.resident_id,
            MealTicket.day,
            MealTicket.slot_code,
            MealTicket.subsidised_meals,
            MealTicket.rule_id,
            TicketSubsidy.funder,
        )
        .join(TicketSubsidy, TicketSubsidy.ticket_id == MealTicket.id)
        .where(
            MealTicket.day.in_(days),
            MealTicket.status == "sold",
            MealTicket.resident_id.is_not(None),
            MealTicket.subsidised_meals > 0,
            TicketSubsidy.reversal.is_(False),
            TicketSubsidy.amount_fen > 0,
        )
        .order_by(MealTicket.id, TicketSubsidy.funder)
    ):
        if tid in claimed:
            continue
        key = f"slot:{slot}" if scope_of.get(rule_id) == "slot" else "day"
        taken = have.setdefault((rid, day, key, funder), set())
        n = 0
        for _ in range(int(meals)):
            n += 1
            while n in taken:
                n += 1
            taken.add(n)
            rows.append(
                {
                    "resident_id": rid,
                    "day": day,
                    "slot_code": slot,
                    "scope_key": key,
                    "funder": funder,
                    "n": n,
                    "ticket_id": tid,
                    "released_at": None,
                }
            )
    if rows:
        conn.execute(_INSERT_CLAIM, rows)
    upsert = _UPSERTS[conn.dialect.name]
    for day, slot, n in conn.execute(
        select(MealTicket.day, MealTicket.slot_code, func.sum(MealTicket.quantity))
        .where(MealTicket.day.in_(days), MealTicket.status == "sold")
        .group_by(MealTicket.day, MealTicket.slot_code)
    ):
        current = conn.execute(
            select(PortionCount.sold).where(PortionCount.day == day, PortionCount.slot_code == slot)
        ).scalar()
        conn.execute(upsert["portions"], {"b_day": day, "slot": slot, "quantity": int(n) - int(current or 0)})
