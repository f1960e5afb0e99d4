"""Next-day booking (预订): reserve meals for a later day so the kitchen knows how many to cook.

A booking is used up by the sale when the diner comes (`use_booking`, called inside `service.sell`'s unit of
work); cancelling keeps the row with who, when and why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from app import audit, clock, field_labels, settings
from app.accounts.permissions import SELL_MEALS, require
from app.accounts.privacy import shown_phone
from app.actor import Actor
from app.boundary import checked
from app.documents.sheet import Column, Sheet, render_sheet
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.residents.idnumbers import mask_id_number
from db.engine import Database
from db.models import Resident
from db.models.canteen import MealBooking, MealSlot

MAX_DAYS_AHEAD = 31
MAX_BOOKED = 10


@dataclass(frozen=True)
class BookingRow:
    id: int
    day: dt.date
    slot_code: str
    slot_name: str
    resident_id: int
    name: str
    masked_id: str
    phone: str
    quantity: int
    status: str  # booked | used | cancelled
    note: str
    cancel_reason: str


@dataclass(frozen=True)
class KitchenCount:
    slot_code: str
    slot_name: str
    meals: int  # booked and still to come, plus those already used by a sale
    diners: int
    cancelled: int


@checked
def book(
    db: Database, actor: Actor, resident_id: int, day: dt.date, slot_code: str, quantity: int = 1, note: str = ""
) -> int:
    """Reserve `quantity` meals of `slot_code` on `day` (tomorrow up to a month ahead) for a registered diner."""
    require(actor, SELL_MEALS)
    if not isinstance(quantity, int) or not 1 <= quantity <= MAX_BOOKED:
        raise ValidationError({"quantity": translate("Canteen", "Book between 1 and {n} meals.").format(n=MAX_BOOKED)})
    today = clock.today()
    if day <= today:
        raise ValidationError({"day": translate("Canteen", "Bookings are for tomorrow or a later day.")})
    if day > today + dt.timedelta(days=MAX_DAYS_AHEAD):
        raise ValidationError(
            {"day": translate("Canteen", "Bookings go at most {n} days ahead.").format(n=MAX_DAYS_AHEAD)}
        )
    note = (note or "").strip()
    if len(note) > 100:
        raise ValidationError({"note": field_labels.too_long("note", 100, len(note), "book")})
    with db.write() as s:
        slot = s.get(MealSlot, slot_code)
        if slot is None or not slot.active:
            raise NotFound(translate("Canteen", "Unknown meal slot."))
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFound(translate("Canteen", "This diner is not in the registry."))
        if resident.archived_at is not None:
            raise UserError(translate("Canteen", "This diner's record is archived: restore it before booking."))
        if s.execute(
            select(MealBooking.id).where(
                MealBooking.resident_id == resident_id,
                MealBooking.day == day,
                MealBooking.slot_code == slot_code,
                MealBooking.status == "booked",
            )
        ).first():
            raise UserError(
                translate("Canteen", "{name} already has a booking for this meal on {day}.").format(
                    name=resident.name, day=day.isoformat()
                )
            )
        if slot.portion_limit is not None:
            booked = int(
                s.execute(
                    select(func.coalesce(func.sum(MealBooking.quantity), 0)).where(
                        MealBooking.day == day,
                        MealBooking.slot_code == slot_code,
                        MealBooking.status.in_(("booked", "used")),
                    )
                ).scalar_one()
            )
            if booked + quantity > slot.portion_limit:
                raise UserError(
                    translate("Canteen", "Only {n} portions are left for this meal.").format(
                        n=max(0, slot.portion_limit - booked)
                    )
                )
        booking = MealBooking(
            day=day,
            slot_code=slot_code,
            resident_id=resident_id,
            quantity=quantity,
            note=note,
            status="booked",
            created_at=clock.now(),
            created_by_id=actor.user_id,
        )
        s.add(booking)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "meal_booking",
            booking.id,
            audit.message("canteen.booking", name=resident.name, day=day, slot=slot_code, quantity=quantity),
            None,
            {"resident_id": resident_id, "day": day.isoformat(), "slot": slot_code, "quantity": quantity},
        )
        return booking.id


@checked
def cancel(db: Database, actor: Actor, booking_id: int, reason: str) -> None:
    """Cancel a booking that has not been used; the row stays with who, when and why."""
    require(actor, SELL_MEALS)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": translate("Canteen", "Say why the booking is cancelled.")})
    with db.write() as s:
        b = s.get(MealBooking, booking_id)
        if b is None:
            raise NotFound(translate("Canteen", "No such booking."))
        if b.status == "cancelled":
            raise UserError(translate("Canteen", "This booking is already cancelled."))
        if b.status == "used":
            raise UserError(translate("Canteen", "This booking was used by a sale: void the ticket instead."))
        b.status = "cancelled"
        b.cancelled_at = clock.now()
        b.cancelled_by_id = actor.user_id
        b.cancel_reason = reason
        audit.record(s, actor, "cancel", "meal_booking", b.id, reason, {"status": "booked"}, {"status": "cancelled"})


def open_booking(s: Session, resident_id: int | None, day: dt.date, slot_code: str) -> MealBooking | None:
    if resident_id is None:
        return None
    return s.execute(
        select(MealBooking)
        .where(
            MealBooking.resident_id == resident_id,
            MealBooking.day == day,
            MealBooking.slot_code == slot_code,
            MealBooking.status == "booked",
        )
        .order_by(MealBooking.id)
        .limit(1)
    ).scalar_one_or_none()


_OPEN_BOOKING_Q = (
    select(MealBooking.id)
    .where(
        MealBooking.resident_id == bindparam("rid"),
        MealBooking.day == bindparam("day"),
        MealBooking.slot_code == bindparam("slot"),
        MealBooking.status == "booked",
    )
    .order_by(MealBooking.id)
    .limit(1)
)
_USE_BOOKING = (
    update(MealBooking.__table__)
    .where(MealBooking.__table__.c.id == bindparam("booking"))
    .values(status="used", ticket_id=bindparam("ticket"))
)


def use_booking(s: Session, resident_id: int | None, day: dt.date, slot_code: str, ticket_id: int) -> int | None:
    """Inside a sale's unit of work: the diner's booking for this meal, if any, is now used by `ticket_id`."""
    if resident_id is None:
        return None
    conn = s.connection()
    booking_id = conn.execute(_OPEN_BOOKING_Q, {"rid": resident_id, "day": day, "slot": slot_code}).scalar()
    if booking_id is None:
        return None
    conn.execute(_USE_BOOKING, {"booking": booking_id, "ticket": ticket_id})
    return booking_id


def release_booking(s: Session, ticket_id: int) -> None:
    """Inside a void's unit of work: a booking the voided ticket had used is open again."""
    for b in s.execute(select(MealBooking).where(MealBooking.ticket_id == ticket_id)).scalars():
        b.status = "booked"
        b.ticket_id = None


@checked
def booked_quantity(db: Database, resident_id: int, day: dt.date, slot_code: str) -> int:
    """What the diner booked and has not yet bought for this meal (the sale screen shows it)."""
    with db.read() as s:
        b = open_booking(s, resident_id, day, slot_code)
        return b.quantity if b is not None else 0


@checked
def kitchen_counts(db: Database, day: dt.date) -> list[KitchenCount]:
    """Per active slot: meals and diners booked for `day` (bookings already used by a sale count too)."""
    with db.read() as s:
        slots = s.execute(select(MealSlot).where(MealSlot.active).order_by(MealSlot.sort_order)).scalars().all()
        live = dict(
            (code, (int(n), int(d)))
            for code, n, d in s.execute(
                select(
                    MealBooking.slot_code,
                    func.coalesce(func.sum(MealBooking.quantity), 0),
                    func.count(func.distinct(MealBooking.resident_id)),
                )
                .where(MealBooking.day == day, MealBooking.status.in_(("booked", "used")))
                .group_by(MealBooking.slot_code)
            )
        )
        cancelled = dict(
            s.execute(
                select(MealBooking.slot_code, func.count())
                .where(MealBooking.day == day, MealBooking.status == "cancelled")
                .group_by(MealBooking.slot_code)
            ).all()
        )
        return [
            KitchenCount(
                sl.code,
                sl.name,
                live.get(sl.code, (0, 0))[0],
                live.get(sl.code, (0, 0))[1],
                int(cancelled.get(sl.code, 0)),
            )
            for sl in slots
        ]


@checked
def list_bookings(
    db: Database, actor: Actor, day: dt.date, slot_code: str | None = None, include_cancelled: bool = True
) -> list[BookingRow]:
    """The day's bookings (a day holds at most a few hundred), by slot then name. Rows carry diners' names, phones
    and masked ID numbers: PermissionDenied unless `actor` works the canteen (SELL_MEALS; issue 12 item 3). Phones
    as `actor` may see them (`privacy.shown_phone`: masked for the cashier, who holds no SEE_PHONES)."""
    require(actor, SELL_MEALS)
    with db.read() as s:
        stmt = (
            select(MealBooking, Resident.name, Resident.id_number, Resident.phone, MealSlot.name, MealSlot.sort_order)
            .join(Resident, Resident.id == MealBooking.resident_id)
            .join(MealSlot, MealSlot.code == MealBooking.slot_code)
            .where(MealBooking.day == day)
            .order_by(MealSlot.sort_order, Resident.name_pinyin, MealBooking.id)
        )
        if slot_code:
            stmt = stmt.where(MealBooking.slot_code == slot_code)
        if not include_cancelled:
            stmt = stmt.where(MealBooking.status != "cancelled")
        return [
            BookingRow(
                b.id,
                b.day,
                b.slot_code,
                slot_name,
                b.resident_id,
                name,
                mask_id_number(id_number) if id_number else "",
                shown_phone(actor, phone),
                b.quantity,
                b.status,
                b.note,
                b.cancel_reason or "",
            )
            for b, name, id_number, phone, slot_name, _order in s.execute(stmt).all()
        ]


@checked
def kitchen_list_pdf(db: Database, actor: Actor, day: dt.date) -> bytes:
    """The kitchen's A4 list (PDF bytes) for local `day`: counts per slot, then every booked diner (name, last four
    phone digits, note) with a tick box. For the canteen's roles (SELL_MEALS, else PermissionDenied); the printout
    is audited as an export (entity "kitchen_list"). Rule: issue 12 item 3."""
    require(actor, SELL_MEALS)
    counts = kitchen_counts(db, day)
    rows: list[list[object]] = [
        [c.slot_name, translate("Canteen", "{n} diners").format(n=c.diners), "", str(c.meals), ""] for c in counts
    ]
    rows.append([translate("Canteen", "Total"), "", "", str(sum(c.meals for c in counts)), ""])
    rows.append(["", "", "", "", ""])
    booked = list_bookings(db, actor, day, include_cancelled=False)
    for b in booked:
        rows.append([b.slot_name, b.name, b.phone[-4:] if b.phone else "", str(b.quantity), b.note])
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export",
            "kitchen_list",
            None,
            audit.message("canteen.kitchen_list", day=day),
            None,
            {"rows": len(booked)},
        )
    sheet = Sheet(
        translate("Canteen", "Kitchen list: meals booked"),
        translate("Canteen", "{day} · printed {now}").format(
            day=day.isoformat(), now=clock.local_now().strftime("%Y-%m-%d %H:%M")
        ),
        [
            Column(translate("Canteen", "Meal"), 25),
            Column(translate("Canteen", "Diner"), 40),
            Column(translate("Canteen", "Phone (last 4)"), 25),
            Column(translate("Canteen", "Meals"), 20, "RIGHT"),
            Column(translate("Canteen", "Note"), 76),
        ],
        rows,
        footer_lines=[translate("Canteen", "Kitchen: ____________    Checked by: ____________")],
    )
    return render_sheet(sheet, settings.center_info(db))
