"""Receipts, the day close (日结) with its X and Z reports."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import bindparam, func, select

from app import audit, clock, settings
from app.accounts.permissions import MANAGE_CANTEEN, REOPEN_DAY, SELL_MEALS, require
from app.actor import CASHIER, Actor
from app.boundary import checked
from app.canteen import settlement
from app.canteen.pricing import funder_label, money
from app.canteen.service import payment_label
from app.documents.receipt import Receipt, render_receipt
from app.documents.sheet import Column, Sheet, render_sheet
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from db.engine import Database
from db.models import Resident, User, UserRole
from db.models.canteen import DayClose, MealSlot, MealTicket, TicketSubsidy

DENOMINATIONS_FEN = (10000, 5000, 2000, 1000, 500, 100, 50, 10)


_RECEIPT_Q = (
    select(
        MealTicket.number,
        MealTicket.slot_code,
        MealTicket.quantity,
        MealTicket.buyer,
        MealTicket.total_fen,
        MealTicket.subsidy_fen,
        MealTicket.self_paid_fen,
        MealTicket.payment,
        MealTicket.tendered_fen,
        MealTicket.change_fen,
        MealTicket.sold_at,
        MealTicket.status,
        MealSlot.name.label("slot_name"),
        Resident.name.label("diner"),
    )
    .select_from(MealTicket)
    .outerjoin(MealSlot, MealSlot.code == MealTicket.slot_code)
    .outerjoin(Resident, Resident.id == MealTicket.resident_id)
    .where(MealTicket.id == bindparam("tid"))
)
_RECEIPT_LINES_Q = (
    select(TicketSubsidy.funder, TicketSubsidy.amount_fen)
    .where(TicketSubsidy.ticket_id == bindparam("tid"), TicketSubsidy.reversal.is_(False))
    .order_by(TicketSubsidy.id)
)


@checked
def ticket_receipt(db: Database, ticket_id: int, *, copy: bool = False) -> bytes:
    """The receipt: number, QR code, the price split "政府补贴 ¥X | 自付 ¥Y"; a reprint is marked 副本."""
    with db.read() as s:
        conn = s.connection()
        t = conn.execute(_RECEIPT_Q, {"tid": ticket_id}).first()
        if t is None:
            raise NotFound(translate("Canteen", "No such ticket."))
        lines = [(f, a) for f, a in conn.execute(_RECEIPT_LINES_Q, {"tid": ticket_id})]
        center = settings.center_info_in(conn)
    r = Receipt(translate("Canteen", "Meal ticket"), copy=copy)
    r.big(t.number)
    r.pair(translate("Canteen", "Meal"), f"{t.slot_name or t.slot_code} × {t.quantity}")
    r.pair(translate("Canteen", "Diner"), t.diner if t.diner is not None else translate("Canteen", "Guest"))
    if t.buyer:
        r.pair(translate("Canteen", "Bought by"), t.buyer)
    r.pair(translate("Canteen", "Price"), money(t.total_fen))
    for funder, amount in lines:
        r.pair(funder_label(funder), money(amount))
    r.text(
        translate("Canteen", "Government subsidy {x} | Self-paid {y}").format(
            x=money(t.subsidy_fen), y=money(t.self_paid_fen)
        )
    )
    r.pair(translate("Canteen", "Paid by"), payment_label(t.payment))
    if t.tendered_fen is not None:
        r.pair(translate("Canteen", "Tendered"), money(t.tendered_fen))
        r.pair(translate("Canteen", "Change"), money(t.change_fen or 0))
    r.pair(translate("Canteen", "Time"), clock.to_local(t.sold_at).strftime("%Y-%m-%d %H:%M"))
    if t.status == "void":
        r.big(translate("Canteen", "VOID"))
    r.qr(t.number)
    return render_receipt(r, center)


@dataclass
class DaySummary:
    day: dt.date
    cashier_id: int | None
    cashier: str
    tickets: int = 0
    meals: int = 0
    total_fen: int = 0
    subsidy_fen: int = 0
    self_paid_fen: int = 0
    by_payment: dict[str, int] = field(default_factory=dict)  # self-paid per payment method
    by_funder: dict[str, int] = field(default_factory=dict)
    meals_by_slot: dict[str, int] = field(default_factory=dict)
    card_topups_cash_fen: int = 0
    # each meal-card top-up or refund paid in cash that day: (local time "HH:MM", card number, fen; refunds < 0)
    card_movements_cash: list[tuple[str, str, int]] = field(default_factory=list)
    voids: list[tuple[str, str, str, str]] = field(default_factory=list)  # number, amount, by, reason
    closed: DayClose | None = None
    closed_by: str = ""  # who closed it, when closed

    @property
    def expected_cash_fen(self) -> int:
        return self.by_payment.get("cash", 0) + self.card_topups_cash_fen

    @property
    def difference_fen(self) -> int | None:
        """Counted minus expected cash as recorded at the close (> 0 over, 长款; < 0 short, 短款); None while open."""
        if self.closed is None:
            return None
        return self.closed.counted_cash_fen - self.closed.expected_cash_fen


@checked
def day_summary(db: Database, day: dt.date, cashier_id: int | None) -> DaySummary:
    """Everything a day close shows for the cashier's day.

    An open day is aggregated in SQL over the cashier's tickets and meal-card movements of the day; a closed
    day gives the figures stored at its close (the Z report prints exactly what it printed then, whatever
    happened since)."""
    with db.read() as s:
        return _summary(s, day, cashier_id)


_SNAPSHOT_FIELDS = (
    "tickets",
    "meals",
    "total_fen",
    "subsidy_fen",
    "self_paid_fen",
    "by_payment",
    "by_funder",
    "meals_by_slot",
    "card_topups_cash_fen",
    "card_movements_cash",
    "voids",
)


def _snapshot(summary: DaySummary) -> str:
    data = {k: getattr(summary, k) for k in _SNAPSHOT_FIELDS}
    data["cashier"] = summary.cashier
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _from_snapshot(close: DayClose, cashier_id: int | None) -> DaySummary:
    data = json.loads(close.figures or "{}")
    out = DaySummary(close.day, cashier_id, data.get("cashier", ""))
    for key in _SNAPSHOT_FIELDS:
        if key in data:
            setattr(out, key, data[key])
    out.voids = [tuple(v) for v in out.voids]
    out.card_movements_cash = [tuple(m) for m in out.card_movements_cash]
    out.closed = close
    return out


def _summary(s, day: dt.date, cashier_id: int | None, *, live: bool = False) -> DaySummary:
    from db.models.canteen import MealCard, MealCardEntry

    closed = s.execute(
        select(DayClose).where(DayClose.day == day, DayClose.cashier_id == cashier_id, DayClose.reopened_at.is_(None))
    ).scalar_one_or_none()
    closer = ""
    if closed is not None and closed.closed_by_id is not None:
        by = s.get(User, closed.closed_by_id)
        closer = (by.display_name or by.username) if by is not None else ""
    if closed is not None and not live:
        s.expunge(closed)
        if closed.figures:
            out = _from_snapshot(closed, cashier_id)
            out.closed_by = closer
            return out
    user = s.get(User, cashier_id) if cashier_id else None
    out = DaySummary(day, cashier_id, user.display_name if user else "")
    base = (MealTicket.day == day) & (MealTicket.cashier_id == cashier_id)
    sold = base & (MealTicket.status == "sold")
    row = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(MealTicket.quantity), 0),
            func.coalesce(func.sum(MealTicket.total_fen), 0),
            func.coalesce(func.sum(MealTicket.subsidy_fen), 0),
            func.coalesce(func.sum(MealTicket.self_paid_fen), 0),
        ).where(sold)
    ).one()
    out.tickets, out.meals, out.total_fen, out.subsidy_fen, out.self_paid_fen = (int(x) for x in row)
    for pay, amount in s.execute(
        select(MealTicket.payment, func.sum(MealTicket.self_paid_fen)).where(sold).group_by(MealTicket.payment)
    ):
        out.by_payment[pay] = int(amount)
    for slot, n in s.execute(
        select(MealTicket.slot_code, func.sum(MealTicket.quantity)).where(sold).group_by(MealTicket.slot_code)
    ):
        out.meals_by_slot[slot] = int(n)
    for funder, amount in s.execute(
        select(TicketSubsidy.funder, func.sum(TicketSubsidy.amount_fen))
        .join(MealTicket, MealTicket.id == TicketSubsidy.ticket_id)
        .where(base)
        .group_by(TicketSubsidy.funder)
    ):
        if amount:
            out.by_funder[funder] = int(amount)
    start, end = clock.local_day_bounds(day)
    out.card_topups_cash_fen = int(
        s.execute(
            select(func.coalesce(func.sum(MealCardEntry.amount_fen), 0)).where(
                MealCardEntry.user_id == cashier_id,
                MealCardEntry.kind.in_(("topup", "refund")),
                MealCardEntry.payment == "cash",
                MealCardEntry.at >= start,
                MealCardEntry.at < end,
            )
        ).scalar_one()
    )
    movements = s.execute(
        select(MealCardEntry.at, MealCard.card_no, MealCardEntry.amount_fen)
        .join(MealCard, MealCard.id == MealCardEntry.card_id)
        .where(
            MealCardEntry.user_id == cashier_id,
            MealCardEntry.kind.in_(("topup", "refund")),
            MealCardEntry.payment == "cash",
            MealCardEntry.at >= start,
            MealCardEntry.at < end,
        )
        .order_by(MealCardEntry.at, MealCardEntry.id)
    ).all()
    out.card_movements_cash = [
        (clock.to_local(at).strftime("%H:%M"), card_no, int(amount)) for at, card_no, amount in movements
    ]
    voids = s.execute(
        select(MealTicket.number, MealTicket.self_paid_fen, User.display_name, MealTicket.void_reason)
        .join(User, User.id == MealTicket.void_approved_by_id, isouter=True)
        .where(base, MealTicket.status == "void")
        .order_by(MealTicket.id)
    ).all()
    out.voids = [(n, money(a), by or "", reason or "") for n, a, by, reason in voids]
    out.closed = closed
    out.closed_by = closer
    return out


def count_cash(denominations: dict[int, int]) -> int:
    """Sum of a denomination count {fen value: pieces}; refuses negative or unknown pieces."""
    total = 0
    for value, pieces in denominations.items():
        if value not in DENOMINATIONS_FEN or not isinstance(pieces, int) or pieces < 0 or pieces > 100_000:
            raise ValidationError({"denominations": translate("Canteen", "Count each note and coin as 0 or more.")})
        total += value * pieces
    return total


REASON_MAX = 200  # characters of a cash difference's reason


def difference_refusal(difference_fen: int) -> str:
    """What a close with a cash difference and no reason is refused with, naming the amount."""
    return translate("Canteen", "{difference}: say why the cash differs before the day is closed.").format(
        difference=difference_text(difference_fen)
    )


@checked
def close_day(
    db: Database,
    actor: Actor,
    day: dt.date,
    denominations: dict[int, int],
    cashier_id: int | None = None,
    reason: str | None = None,
) -> DaySummary:
    """Close the acting cashier's day — or, for a canteen manager (MANAGE_CANTEEN: an administrator closing for a
    cashier who has gone home), `cashier_id`'s day: record counted vs expected cash and store the Z report's
    figures. The close records who closed it (`closed_by_id`) and whose drawer it was (`cashier_id`).

    Closed means closed (DOMAIN "Day close"): afterwards every money movement of that cashier's day — a sale,
    a void of its tickets, a meal-card top-up or refund — is refused until an admin reopens the day (logged),
    and the Z report prints the figures stored here. The close takes the cashier-day lock first and adds up the
    day inside the same unit of work, so a sale at another till lands wholly before the close (and in its
    figures) or comes after it and is refused, never half in the report.

    A day after today (local time) is refused (ValidationError on "day"): closing it would refuse every sale of a
    day that has not begun (issue 12). Past days may be closed.

    Counted cash that differs from the expected (长款 over, 短款 short) closes only with `reason` (ValidationError on
    "reason", naming the difference, nothing written): the reason is kept with the close, audited and printed on
    the Z report. The difference is worked out inside the unit of work, against the expected cash at that moment.
    """
    require(actor, SELL_MEALS)
    from app.canteen.service import lock_cashier_day

    if cashier_id is None or cashier_id == actor.user_id:
        cashier_id = actor.user_id
    else:
        require(actor, MANAGE_CANTEEN)  # another cashier's drawer
    if day > clock.today():
        raise ValidationError(
            {
                "day": translate(
                    "Canteen", "{day} has not come yet: only today or an earlier day can be closed."
                ).format(day=day.isoformat())
            }
        )
    counted = count_cash(denominations)
    reason = (reason or "").strip()
    if len(reason) > REASON_MAX:
        raise ValidationError(
            {"reason": translate("Canteen", "Say why in at most {n} characters.").format(n=REASON_MAX)}
        )
    with db.write() as s:
        if cashier_id != actor.user_id and s.get(User, cashier_id) is None:
            raise NotFound(translate("Canteen", "No such cashier."))
        lock_cashier_day(s.connection(), day, cashier_id)
        summary = _summary(s, day, cashier_id, live=True)
        if summary.closed is not None:
            raise UserError(translate("Canteen", "This day is already closed."))
        difference = counted - summary.expected_cash_fen
        if difference and not reason:
            raise ValidationError({"reason": difference_refusal(difference)})
        close = DayClose(
            day=day,
            cashier_id=cashier_id,
            closed_at=clock.now(),
            closed_by_id=actor.user_id,
            expected_cash_fen=summary.expected_cash_fen,
            counted_cash_fen=counted,
            denominations=json.dumps({str(k): v for k, v in denominations.items()}),
            figures=_snapshot(summary),
            difference_reason=reason if difference else None,
        )
        s.add(close)
        s.flush()
        audit.record(
            s,
            actor,
            "close_day",
            "canteen_day",
            close.id,
            day.isoformat(),
            None,
            {
                "expected": summary.expected_cash_fen,
                "counted": counted,
                "cashier_id": cashier_id,
                **({"reason": reason} if difference else {}),
            },
        )
    return day_summary(db, day, cashier_id)


@dataclass(frozen=True)
class DayDrawer:
    """A cashier's drawer of one day, for the day-close picker."""

    cashier_id: int
    name: str
    tickets: int
    closed: bool


@checked
def day_drawers(db: Database, actor: Actor, day: dt.date) -> list[DayDrawer]:
    """The drawers of `day`: every active cashier account, anyone who sold tickets or took meal-card cash that day,
    and `actor` (first), then by name.

    For the day close an administrator opens: they choose whose drawer they close (their own often holds
    nothing). PermissionDenied unless `actor` manages the canteen (MANAGE_CANTEEN)."""
    require(actor, MANAGE_CANTEEN)
    from db.models.canteen import MealCardEntry

    start, end = clock.local_day_bounds(day)
    with db.read() as s:
        counts = dict(
            s.execute(
                select(MealTicket.cashier_id, func.count())
                .where(MealTicket.day == day, MealTicket.cashier_id.is_not(None))
                .group_by(MealTicket.cashier_id)
            ).all()
        )
        card_users = set(
            s.execute(
                select(MealCardEntry.user_id).where(
                    MealCardEntry.at >= start, MealCardEntry.at < end, MealCardEntry.user_id.is_not(None)
                )
            ).scalars()
        )
        cashiers = set(
            s.execute(
                select(User.id).join(UserRole, UserRole.user_id == User.id).where(UserRole.role == CASHIER, User.active)
            ).scalars()
        )
        ids = set(counts) | card_users | cashiers | ({actor.user_id} if actor.user_id is not None else set())
        closed = set(
            s.execute(select(DayClose.cashier_id).where(DayClose.day == day, DayClose.reopened_at.is_(None))).scalars()
        )
        users = {u.id: u for u in s.execute(select(User).where(User.id.in_(ids))).scalars()}
        rows = [
            DayDrawer(uid, users[uid].display_name or users[uid].username, int(counts.get(uid, 0)), uid in closed)
            for uid in ids
            if uid in users
        ]
    return sorted(rows, key=lambda d: (d.cashier_id != actor.user_id, d.name))


@checked
def reopen_day(db: Database, admin: Actor, day: dt.date, cashier_id: int, reason: str) -> None:
    require(admin, REOPEN_DAY)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": translate("Canteen", "Say why the day is reopened.")})
    from app.canteen.service import lock_cashier_day

    with db.write() as s:
        lock_cashier_day(s.connection(), day, cashier_id)
        close = s.execute(
            select(DayClose).where(
                DayClose.day == day, DayClose.cashier_id == cashier_id, DayClose.reopened_at.is_(None)
            )
        ).scalar_one_or_none()
        if close is None:
            raise UserError(translate("Canteen", "That day is not closed."))
        settlement.refuse_if_locked(s, day)
        close.reopened_at = clock.now()
        close.reopened_by_id = admin.user_id
        close.reopen_reason = reason
        audit.record(s, admin, "reopen_day", "canteen_day", close.id, reason, {"closed": True}, {"closed": False})


def difference_text(difference_fen: int) -> str:
    """Counted minus expected cash in words a cashier uses: "Over ¥54" (长款), "Short ¥54" (短款) or "Balanced"."""
    if difference_fen > 0:
        return translate("Canteen", "Over {amount}").format(amount=money(difference_fen))
    if difference_fen < 0:
        return translate("Canteen", "Short {amount}").format(amount=money(-difference_fen))
    return translate("Canteen", "Balanced")


@checked
def day_report_pdf(db: Database, summary: DaySummary, final: bool) -> bytes:
    """Z-report (final, after the close) or X-report (mid-shift) as an A4 sheet.

    Three columns: item, count (tickets, meals) and amount (yuan from fen), so an amount column never holds a
    count. A closed day's sheet names when and by whom it was closed, and says whether the drawer was over
    (长款) or short (短款)."""
    center = settings.center_info(db)
    title = translate("Canteen", "Day close (Z report)") if final else translate("Canteen", "Mid-shift (X report)")
    rows: list[list[object]] = [
        [translate("Canteen", "Tickets"), str(summary.tickets), ""],
        [translate("Canteen", "Meals"), str(summary.meals), ""],
    ]
    with db.read() as s:
        names = dict(s.execute(select(MealSlot.code, MealSlot.name)).all())
        closer = ""
        if summary.closed is not None and summary.closed.closed_by_id is not None:
            user = s.get(User, summary.closed.closed_by_id)
            closer = user.display_name if user is not None else ""
    for slot, n in sorted(summary.meals_by_slot.items()):
        rows.append([translate("Canteen", "Meals: {slot}").format(slot=names.get(slot, slot)), str(n), ""])
    rows += [
        [translate("Canteen", "Total price"), "", money(summary.total_fen)],
        [translate("Canteen", "Government subsidy"), "", money(summary.subsidy_fen)],
        [translate("Canteen", "Self-paid"), "", money(summary.self_paid_fen)],
    ]
    for pay, amount in sorted(summary.by_payment.items()):
        rows.append([translate("Canteen", "Paid by {method}").format(method=payment_label(pay)), "", money(amount)])
    for funder, amount in sorted(summary.by_funder.items()):
        rows.append([funder_label(funder), "", money(amount)])
    rows.append([translate("Canteen", "Meal card top-ups in cash"), "", money(summary.card_topups_cash_fen)])
    rows.append([translate("Canteen", "Expected cash"), "", money(summary.expected_cash_fen)])
    if summary.closed is not None:
        rows.append([translate("Canteen", "Counted cash"), "", money(summary.closed.counted_cash_fen)])
        rows.append(
            [
                translate("Canteen", "Difference"),
                "",
                difference_text(summary.closed.counted_cash_fen - summary.closed.expected_cash_fen),
            ]
        )
    for number, amount, by, reason in summary.voids:
        rows.append(
            [
                translate("Canteen", "Void {n}, approved by {by}: {reason}").format(n=number, by=by, reason=reason),
                "",
                amount,
            ]
        )
    subtitle = translate("Canteen", "{day} · cashier {name}").format(day=summary.day.isoformat(), name=summary.cashier)
    if summary.closed is not None:
        closed_at = clock.to_local(summary.closed.closed_at)
        subtitle += " · " + translate("Canteen", "closed {at} by {name}").format(
            at=closed_at.strftime("%Y-%m-%d %H:%M") if closed_at else "", name=closer
        )
    footer = [translate("Canteen", "Cashier signature: ____________    Checked by: ____________")]
    if summary.closed is not None and summary.closed.difference_reason:  # why the cash was over or short
        reason = translate("Canteen", "Reason for the difference: {reason}")
        footer.insert(0, reason.format(reason=summary.closed.difference_reason))
    sheet = Sheet(
        title,
        subtitle,
        [
            Column(translate("Canteen", "Item"), 100),
            Column(translate("Canteen", "Count"), 25, "RIGHT"),
            Column(translate("Canteen", "Amount"), 55, "RIGHT"),
        ],
        rows,
        footer_lines=footer,
    )
    return render_sheet(sheet, center)
