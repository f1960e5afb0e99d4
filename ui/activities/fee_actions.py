"""The course fee at the 报名 desk (app.activities.fees): asked with a sign-up for a paid course, taken later for a
place paid for afterwards (or moved up from the waitlist), refunded by an administrator after the term has begun.
Kept apart from page.py, which holds the counter's three tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.activities import fees
from app.activities import service as A
from app.documents.common import yuan
from app.errors import UserError
from ui.common import dialogs


def ask_fee_at_sign_up(parent: QWidget, course: A.CourseRow) -> str | None:
    """For a paid course with a place free: "cash" when the desk takes the fee now (Yes), None to sign up unpaid
    (No: the list shows the place unpaid). A full course is not asked: the waitlist pays when a place comes."""
    if course.fee_fen <= 0 or course.booked >= course.capacity:
        return None
    question = QCoreApplication.translate(
        "ActivityFees", "{course} costs {fee}. Take the fee in cash now? (No: sign up now, pay later.)"
    ).format(course=course.name, fee=yuan(course.fee_fen))
    return (
        "cash"
        if dialogs.confirm(parent, question, QCoreApplication.translate("ActivityFees", "Course fee"), default_yes=True)
        else None
    )


def take_fee(parent: QWidget, ctx, course: A.CourseRow, row: A.EnrolmentRow) -> bool:
    """Take the fee for the chosen place in cash; says the receipt number. True when taken."""
    question = QCoreApplication.translate("ActivityFees", "Take {fee} in cash from {name} for {course}?").format(
        fee=yuan(course.fee_fen), name=row.name, course=course.name
    )
    if not dialogs.confirm(parent, question, QCoreApplication.translate("ActivityFees", "Course fee")):
        return False
    try:
        got = fees.collect_fee(ctx.db, ctx.actor, row.id, course.fee_fen)
    except UserError as exc:
        dialogs.show_user_error(parent, exc)
        return False
    dialogs.inform(
        parent,
        QCoreApplication.translate("ActivityFees", "{fee} taken from {name}: receipt {receipt}.").format(
            fee=yuan(got.amount_fen), name=got.name, receipt=got.receipt_no
        ),
    )
    return True


def refund_fee(parent: QWidget, ctx, row: A.EnrolmentRow) -> bool:
    """An administrator gives the chosen sign-up's fee back, with the reason."""
    reason = dialogs.ask_text(
        parent,
        QCoreApplication.translate("ActivityFees", "Refund the course fee"),
        QCoreApplication.translate("ActivityFees", "Why is {fee} given back to {name}?").format(
            fee=yuan(row.fee.paid_fen), name=row.name
        ),
    )
    if reason is None:
        return False
    try:
        back = fees.refund_fee(ctx.db, ctx.actor, row.id, reason)
    except UserError as exc:
        dialogs.show_user_error(parent, exc)
        return False
    dialogs.inform(
        parent,
        QCoreApplication.translate("ActivityFees", "Give {fee} back to {name}.").format(fee=yuan(back), name=row.name),
    )
    return True
