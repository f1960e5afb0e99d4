"""Course fees (outside tester, session 8): a course had `fee_fen` but nothing took or gave back the money. At
sign-up for a paid course the desk records the payment (integer fen, who took it, a receipt number); a resident on
the waitlist pays only when a place comes; withdrawing before the term refunds (a reversal with the reason); later
only an administrator refunds, with a reason; the course's list shows paid / unpaid."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.activities import fees
from app.activities import service as A
from app.actor import FRONT_DESK, Actor
from app.errors import PermissionDenied, UserError, ValidationError
from db.models import AuditEntry
from db.models.activities import ActivityFeeEntry

NEXT_TERM = (dt.date(2027, 3, 1), dt.date(2027, 6, 30))  # begins after TODAY (2026-11-30)


def _entries(db) -> list[tuple[int, str, int, str | None, str | None, int | None]]:
    with db.read() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(
                    ActivityFeeEntry.enrolment_id,
                    ActivityFeeEntry.kind,
                    ActivityFeeEntry.amount_fen,
                    ActivityFeeEntry.receipt_no,
                    ActivityFeeEntry.reason,
                    ActivityFeeEntry.by_id,
                ).order_by(ActivityFeeEntry.id)
            )
        ]


def _audits(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def _row(db, admin, course, enrolment):
    return next(r for r in A.list_enrolments(db, admin, course, include_withdrawn=True) if r.id == enrolment)


def test_the_fee_is_taken_with_the_sign_up_and_the_list_shows_paid_and_unpaid(db, admin, make_course, make_resident):
    course = make_course("国画班", fee_fen=12000, starts_on=NEXT_TERM[0], ends_on=NEXT_TERM[1])
    paid = A.sign_up(db, admin, course, make_resident("王秀英"), fee_payment="cash")
    assert paid.status == A.BOOKED and paid.receipt_no == "KC2026-000001"
    later = A.sign_up(db, admin, course, make_resident("李建国")).enrolment_id  # pays later
    assert _entries(db) == [(paid.enrolment_id, "payment", 12000, "KC2026-000001", None, admin.user_id)]
    assert fees.fee_text(12000, A.BOOKED, _row(db, admin, course, paid.enrolment_id).fee) == "Paid ¥120.00 (KC2026-000001)"
    assert fees.fee_text(12000, A.BOOKED, _row(db, admin, course, later).fee) == "Unpaid ¥120.00"
    receipt = fees.collect_fee(db, admin, later, 12000, "wechat")
    assert receipt.receipt_no == "KC2026-000002" and receipt.name == "李建国"
    assert _row(db, admin, course, later).fee.paid_fen == 12000


def test_a_free_course_takes_nothing_and_wrong_or_double_payments_are_refused(db, admin, make_course, make_resident):
    free = make_course("太极拳")
    free_signup = A.sign_up(db, admin, free, make_resident("赵一"), fee_payment="cash")
    assert free_signup.receipt_no == "" and _entries(db) == []
    course = make_course("国画班", fee_fen=12000)
    e = A.sign_up(db, admin, course, make_resident("王秀英")).enrolment_id
    before = _audits(db)
    with pytest.raises(ValidationError, match="¥120.00"):
        fees.collect_fee(db, admin, e, 10000)
    with pytest.raises(UserError, match="free"):
        fees.collect_fee(db, admin, free_signup.enrolment_id, 0)
    assert _entries(db) == [] and _audits(db) == before
    fees.collect_fee(db, admin, e, 12000)
    with pytest.raises(UserError, match="already paid"):
        fees.collect_fee(db, admin, e, 12000)
    assert len(_entries(db)) == 1


def test_the_waitlist_pays_only_when_a_place_comes(db, admin, make_course, make_resident):
    course = make_course("国画班", fee_fen=12000, capacity=1, starts_on=NEXT_TERM[0], ends_on=NEXT_TERM[1])
    first = A.sign_up(db, admin, course, make_resident("王秀英"), fee_payment="cash").enrolment_id
    waiting = A.sign_up(db, admin, course, make_resident("李建国"), waitlist_if_full=True, fee_payment="cash")
    assert waiting.status == A.WAITLIST and waiting.receipt_no == ""  # nothing taken for a waitlist place
    assert [x[0] for x in _entries(db)] == [first]
    assert fees.fee_text(12000, A.WAITLIST, _row(db, admin, course, waiting.enrolment_id).fee) == (
        "Pays when a place comes"
    )
    with pytest.raises(UserError, match="waitlist pays only when a place comes"):
        fees.collect_fee(db, admin, waiting.enrolment_id, 12000)
    promoted = A.withdraw(db, admin, first, "搬家了")
    assert promoted == waiting.enrolment_id
    assert fees.collect_fee(db, admin, promoted, 12000).receipt_no == "KC2026-000002"


def test_withdrawing_before_the_term_refunds_with_the_reason(db, admin, make_course, make_resident):
    course = make_course("国画班", fee_fen=12000, starts_on=NEXT_TERM[0], ends_on=NEXT_TERM[1])
    e = A.sign_up(db, admin, course, make_resident("王秀英"), fee_payment="cash").enrolment_id
    A.withdraw(db, admin, e, "时间冲突")
    assert _entries(db)[1] == (e, "refund", -12000, None, "时间冲突", admin.user_id)
    row = _row(db, admin, course, e)
    assert row.fee.held_fen == 0 and fees.fee_text(12000, row.status, row.fee) == "Refunded ¥120.00"
    with pytest.raises(UserError, match="already refunded"):
        fees.refund_fee(db, admin, e, "再退一次")


def test_after_the_term_begins_only_an_administrator_refunds_with_a_reason(db, admin, make_course, make_resident):
    course = make_course("国画班", fee_fen=12000)  # the term began in September
    e = A.sign_up(db, admin, course, make_resident("王秀英"), fee_payment="cash").enrolment_id
    A.withdraw(db, admin, e, "身体不适")
    assert [x[1] for x in _entries(db)] == ["payment"]  # no refund by itself
    desk = Actor(admin.user_id, "qiantai", "前台 小王", frozenset({FRONT_DESK}))
    before = _audits(db)
    with pytest.raises(PermissionDenied):
        fees.refund_fee(db, desk, e, "住院")
    with pytest.raises(ValidationError):
        fees.refund_fee(db, admin, e, "  ")
    assert len(_entries(db)) == 1 and _audits(db) == before
    assert fees.refund_fee(db, admin, e, "住院，主任同意退费") == 12000
    assert _entries(db)[1][1:5] == ("refund", -12000, None, "住院，主任同意退费")
    other = A.sign_up(db, admin, course, make_resident("李建国")).enrolment_id
    with pytest.raises(UserError, match="nothing to refund"):
        fees.refund_fee(db, admin, other, "没缴")
