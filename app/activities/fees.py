"""Course fees (课程费用): taken at the desk for a place on a paid course, given back on withdrawal.

- A resident with a place (`booked`) pays the course's `fee_fen`, in full, at sign-up (`service.sign_up` with
  `fee_payment`) or later (`collect_fee`): a ledger row with the amount, the payment method, who took it and a
  gapless receipt number (`KC2026-000001`). A resident on the waitlist pays nothing until a place comes to them.
- Withdrawing before the term's first day gives the fee back (`refund_on_withdrawal`, called by
  `service.withdraw` in its unit of work): a reversal row with the withdrawal's reason. Once the term has begun the
  center decides: an administrator may refund with a reason (`refund_fee`, `REFUND_CLASS_FEE`).
- Nothing is changed or deleted (`ActivityFeeEntry`); one payment and one refund per sign-up is a unique index, so
  two desks cannot both take (or give back) the same fee. Callers lock the course's row first, as sign-ups do.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit, clock, sequences
from app.accounts.permissions import REFUND_CLASS_FEE, RUN_ACTIVITIES, require
from app.actor import Actor
from app.boundary import checked
from app.database import Database
from app.documents.common import yuan
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from db.models import Resident
from db.models.activities import FEE_PAYMENT, FEE_REFUND, ActivityCourse, ActivityEnrolment, ActivityFeeEntry

PAYMENTS = ("cash", "wechat", "alipay")
RECEIPT_PREFIX = "KC"  # 课程: a course fee receipt, e.g. KC2026-000001
_BOOKED, _WAITLIST = "booked", "waitlist"  # app.activities.service's sign-up states (that module imports this one)


@dataclass(frozen=True)
class FeeState:
    """What a sign-up has paid: `paid_fen` taken (0: nothing), `refunded_fen` given back (> 0), the receipt."""

    paid_fen: int = 0
    refunded_fen: int = 0
    receipt_no: str = ""
    payment: str = ""

    @property
    def held_fen(self) -> int:
        return self.paid_fen - self.refunded_fen


def fee_states(s: Session, enrolment_ids: list[int]) -> dict[int, FeeState]:
    """The fee ledger of these sign-ups, in one query (the course's list)."""
    out: dict[int, FeeState] = {}
    if not enrolment_ids:
        return out
    for e_id, kind, amount, receipt, payment in s.execute(
        select(
            ActivityFeeEntry.enrolment_id,
            ActivityFeeEntry.kind,
            ActivityFeeEntry.amount_fen,
            ActivityFeeEntry.receipt_no,
            ActivityFeeEntry.payment,
        ).where(ActivityFeeEntry.enrolment_id.in_(enrolment_ids))
    ):
        st = out.get(e_id, FeeState())
        if kind == FEE_PAYMENT:
            st = FeeState(amount, st.refunded_fen, receipt or "", payment)
        else:
            st = FeeState(st.paid_fen, -amount, st.receipt_no, st.payment)
        out[e_id] = st
    return out


def payment_label(code: str) -> str:
    return {
        "cash": translate("Activities", "Cash"),
        "wechat": translate("Activities", "WeChat Pay"),
        "alipay": translate("Activities", "Alipay"),
    }.get(code, code)


def take_fee(s: Session, actor: Actor, e: ActivityEnrolment, course: ActivityCourse, payment: str) -> str:
    """Record the course fee paid for a booked sign-up inside the caller's unit of work (the course's row locked);
    returns the receipt number. Raises UserError as `collect_fee` says."""
    if payment not in PAYMENTS:
        raise ValidationError({"payment": translate("Activities", "Choose cash, WeChat Pay or Alipay.")})
    if course.fee_fen <= 0:
        raise UserError(translate("Activities", "This course is free: there is no fee to take."))
    if e.status == _WAITLIST:
        raise UserError(translate("Activities", "A resident on the waitlist pays only when a place comes to them."))
    if e.status != _BOOKED:
        raise UserError(translate("Activities", "This sign-up was withdrawn: no fee is taken for it."))
    if fee_states(s, [e.id]).get(e.id, FeeState()).paid_fen:
        raise UserError(translate("Activities", "The fee for this place is already paid."))
    now = clock.now()
    year = clock.to_local(now).year
    receipt = f"{RECEIPT_PREFIX}{year}-{sequences.next_value(s, f'activity_fee_receipt:{year}'):06d}"
    s.add(
        ActivityFeeEntry(
            enrolment_id=e.id, kind=FEE_PAYMENT, amount_fen=course.fee_fen, payment=payment, receipt_no=receipt,
            at=now, by_id=actor.user_id,
        )
    )  # fmt: skip
    s.flush()
    audit.record(
        s,
        actor,
        "fee_paid",
        "activity_enrolment",
        e.id,
        audit.message("activities.fee_paid", course=course.name, fee=yuan(course.fee_fen), receipt=receipt),
        after={"amount_fen": course.fee_fen, "payment": payment, "receipt_no": receipt},
    )
    return receipt


def _give_back(s: Session, actor: Actor, e: ActivityEnrolment, course: ActivityCourse, reason: str) -> int:
    st = fee_states(s, [e.id]).get(e.id, FeeState())
    if not st.paid_fen:
        raise UserError(translate("Activities", "No fee was paid for this place: there is nothing to refund."))
    if st.refunded_fen:
        raise UserError(translate("Activities", "The fee for this place was already refunded."))
    s.add(
        ActivityFeeEntry(
            enrolment_id=e.id, kind=FEE_REFUND, amount_fen=-st.paid_fen, payment=st.payment, reason=reason,
            at=clock.now(), by_id=actor.user_id,
        )
    )  # fmt: skip
    s.flush()
    audit.record(
        s,
        actor,
        "fee_refunded",
        "activity_enrolment",
        e.id,
        audit.message("activities.fee_refunded", course=course.name, fee=yuan(st.paid_fen), reason=reason),
        after={"amount_fen": -st.paid_fen, "reason": reason},
    )
    return st.paid_fen


def refund_on_withdrawal(s: Session, actor: Actor, e: ActivityEnrolment, course: ActivityCourse, reason: str) -> int:
    """At a withdrawal before the term's first day: give back the fee paid, if any (returns the fen given back; 0
    when none was paid, or the term has begun — then only an administrator refunds, `refund_fee`)."""
    if clock.today() >= course.starts_on:
        return 0
    st = fee_states(s, [e.id]).get(e.id, FeeState())
    if not st.paid_fen or st.refunded_fen:
        return 0
    return _give_back(s, actor, e, course, reason)


def _locked_enrolment(s: Session, enrolment_id: int) -> tuple[ActivityEnrolment, ActivityCourse]:
    course_id = s.execute(select(ActivityEnrolment.course_id).where(ActivityEnrolment.id == enrolment_id)).scalar()
    course = (
        s.execute(select(ActivityCourse).where(ActivityCourse.id == course_id).with_for_update()).scalar()
        if course_id is not None
        else None
    )
    e = s.get(ActivityEnrolment, enrolment_id, populate_existing=True)
    if e is None or course is None:
        raise NotFound(translate("Activities", "The sign-up was not found."))
    return e, course


def _clash(exc: IntegrityError) -> bool:
    return "ux_activity_fee_entries_kind" in str(exc.orig) or "activity_fee_entries.enrolment_id" in str(exc.orig)


@dataclass(frozen=True)
class FeeReceipt:
    receipt_no: str
    amount_fen: int
    name: str
    course: str


@checked(choices={"payment": PAYMENTS})
def collect_fee(db: Database, actor: Actor, enrolment_id: int, amount_fen: int, payment: str = "cash") -> FeeReceipt:
    """Take the course fee for a place (a sign-up made unpaid, or moved up from the waitlist). `amount_fen` is what
    the desk took: the course's fee in full. Refused (UserError, nothing written): a free course, a resident still
    on the waitlist, a withdrawn sign-up, a fee already paid, another amount."""
    require(actor, RUN_ACTIVITIES)
    try:
        with db.write() as s:
            e, course = _locked_enrolment(s, enrolment_id)
            if course.fee_fen > 0 and amount_fen != course.fee_fen:
                raise ValidationError(
                    {
                        "amount_fen": translate("Activities", "The fee is {fee}, not {amount}.").format(
                            fee=yuan(course.fee_fen), amount=yuan(amount_fen)
                        )
                    }
                )
            receipt = take_fee(s, actor, e, course, payment)
            name = s.execute(select(Resident.name).where(Resident.id == e.resident_id)).scalar() or ""
            return FeeReceipt(receipt, course.fee_fen, name, course.name)
    except IntegrityError as exc:
        if _clash(exc):
            raise UserError(translate("Activities", "The fee for this place is already paid.")) from None
        raise


@checked
def refund_fee(db: Database, actor: Actor, enrolment_id: int, reason: str) -> int:
    """Give a paid fee back with the reason, whenever the center decides (administrators: `REFUND_CLASS_FEE`;
    before the term a withdrawal refunds by itself). Returns the fen given back. Refused (UserError, nothing
    written): no reason, no fee paid, already refunded."""
    require(actor, REFUND_CLASS_FEE)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": translate("Activities", "Say why the fee is refunded.")})
    try:
        with db.write() as s:
            e, course = _locked_enrolment(s, enrolment_id)
            return _give_back(s, actor, e, course, reason)
    except IntegrityError as exc:
        if _clash(exc):
            raise UserError(translate("Activities", "The fee for this place was already refunded.")) from None
        raise


def fee_text(fee_fen: int, status: str, st: FeeState | None) -> str:
    """The course list's fee column: paid (receipt), refunded, unpaid, or nothing for a free course."""
    st = st or FeeState()
    if st.refunded_fen:
        return translate("Activities", "Refunded {amount}").format(amount=yuan(st.refunded_fen))
    if st.paid_fen:
        return translate("Activities", "Paid {amount} ({receipt})").format(
            amount=yuan(st.paid_fen), receipt=st.receipt_no
        )
    if fee_fen <= 0:
        return ""
    if status == _WAITLIST:
        return translate("Activities", "Pays when a place comes")
    if status == _BOOKED:
        return translate("Activities", "Unpaid {amount}").format(amount=yuan(fee_fen))
    return ""
