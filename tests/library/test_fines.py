"""Fines at the book room (outside tester, session 8): a late return's fine can be recorded paid (cash, one receipt
number for the fines paid together) or waived (administrators, with the reason), never deleted; the desk shows a
reader's outstanding fines; the fines ledger lists paid / waived / outstanding with totals and prints."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from app.actor import BOOK_ROOM, Actor
from app.errors import PermissionDenied, UserError, ValidationError
from app.library import desk, fines, rules
from db.models import AuditEntry
from db.models.library import LibraryFineSettlement, LibraryLoan
from tests.library.conftest import NOON, adult, copy
from tests.pdfcheck import assert_pdf_ok


def _two_late_returns(db, admin, frozen, name: str = "王读者", prefix: str = "B") -> tuple[int, list[int]]:
    """A reader who brought two books back 3 days late with fines at ¥0.10 a day: 30 fen each."""
    rules.save_rules(db, admin, dataclasses.replace(rules.DEFAULTS, fines_on=True, fine_per_day_fen=10))
    frozen(NOON - dt.timedelta(days=33))
    rid = adult(db, name)
    one, two = f"{prefix}1", f"{prefix}2"
    copy(db, one)
    copy(db, two, "围城")
    ids = [desk.lend(db, admin, rid, one).loan_id, desk.lend(db, admin, rid, two).loan_id]
    frozen(NOON)
    assert desk.return_copy(db, admin, one).fine_fen == 30
    assert desk.return_copy(db, admin, two).fine_fen == 30
    return rid, ids


def _counts(db):
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(LibraryFineSettlement)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


def test_the_desk_shows_a_readers_outstanding_fines_and_a_payment_clears_them(db, admin, frozen):
    rid, ids = _two_late_returns(db, admin, frozen)
    status = desk.desk_status(db, admin, rid)
    assert status.fines_fen == 60 and sorted(x.loan_id for x in status.fines) == ids
    assert [x.state for x in fines.fines_ledger(db, admin, fines.OUTSTANDING).rows] == ["outstanding"] * 2

    paid = fines.record_payment(db, admin, ids, 60)
    assert paid.receipt_no == "FK2026-000001" and (paid.amount_fen, paid.loans) == (60, 2)
    assert desk.desk_status(db, admin, rid).fines == []
    ledger = fines.fines_ledger(db, admin)
    assert {(x.state, x.receipt_no, x.settled_by) for x in ledger.rows} == {("paid", "FK2026-000001", "Test Admin")}
    assert ledger.totals.paid == (2, 60) and ledger.totals.outstanding == (0, 0)
    assert fines.fines_ledger(db, admin, fines.OUTSTANDING).rows == []
    with db.read() as s:  # the fine itself is untouched
        assert [x.fine_fen for x in s.scalars(select(LibraryLoan).order_by(LibraryLoan.id))] == [30, 30]
    # the next payment takes the next number
    _rid2, more = _two_late_returns(db, admin, frozen, "李读者", "C")
    assert fines.record_payment(db, admin, more[:1], 30).receipt_no == "FK2026-000002"


def test_a_wrong_amount_a_settled_fine_or_a_loan_without_fine_is_refused_and_nothing_written(db, admin, frozen):
    _rid, ids = _two_late_returns(db, admin, frozen)
    before = _counts(db)
    with pytest.raises(ValidationError, match="¥0.60"):
        fines.record_payment(db, admin, ids, 50)
    with pytest.raises(ValidationError):
        fines.record_payment(db, admin, [], 0)
    assert _counts(db) == before
    fines.record_payment(db, admin, ids[:1], 30)
    before = _counts(db)
    with pytest.raises(UserError, match="already paid"):
        fines.record_payment(db, admin, ids, 60)
    with pytest.raises(UserError, match="already paid"):
        fines.waive_fine(db, admin, ids[0], "老人忘了")
    assert _counts(db) == before
    frozen(NOON + dt.timedelta(days=1))
    rid = adult(db, "准时读者")
    copy(db, "B3")
    on_time = desk.lend(db, admin, rid, "B3").loan_id
    desk.return_copy(db, admin, "B3")
    with pytest.raises(UserError, match="no fine"):
        fines.record_payment(db, admin, [on_time], 0)


def test_only_an_administrator_waives_with_a_reason_and_the_ledger_says_who_and_why(db, admin, frozen):
    _rid, ids = _two_late_returns(db, admin, frozen)
    book_room = Actor(admin.user_id, "tushu", "书房 小刘", frozenset({BOOK_ROOM}))
    before = _counts(db)
    with pytest.raises(PermissionDenied):
        fines.waive_fine(db, book_room, ids[0], "老人忘了")
    with pytest.raises(ValidationError):
        fines.waive_fine(db, admin, ids[0], "   ")
    assert _counts(db) == before
    fines.record_payment(db, book_room, ids[1:], 30)  # the desk's own staff take the money
    fines.waive_fine(db, admin, ids[0], "低保户，主任同意免除")
    rows = {x.loan_id: x for x in fines.fines_ledger(db, admin).rows}
    assert (rows[ids[0]].state, rows[ids[0]].reason, rows[ids[0]].settled_by) == (
        "waived",
        "低保户，主任同意免除",
        "Test Admin",
    )
    t = fines.fines_ledger(db, admin).totals
    assert (t.paid, t.waived, t.outstanding, t.all) == ((1, 30), (1, 30), (0, 0), (2, 60))


def test_a_mistaken_record_is_undone_not_deleted_and_the_fine_is_outstanding_again(db, admin, frozen):
    rid, ids = _two_late_returns(db, admin, frozen)
    fines.record_payment(db, admin, ids, 60)
    paid = fines.fines_ledger(db, admin).rows[0]
    book_room = Actor(admin.user_id, "tushu", "书房 小刘", frozenset({BOOK_ROOM}))
    with pytest.raises(PermissionDenied):
        fines.void_settlement(db, book_room, paid.settlement_id, "记错了")
    fines.void_settlement(db, admin, paid.settlement_id, "记错了读者")
    with pytest.raises(UserError, match="already undone"):
        fines.void_settlement(db, admin, paid.settlement_id, "again")
    assert desk.desk_status(db, admin, rid).fines_fen == 30
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(LibraryFineSettlement)) == 2  # kept, one marked void
    assert fines.record_payment(db, admin, [paid.loan_id], 30).receipt_no == "FK2026-000002"


def test_the_ledger_prints_every_fine_with_totals_and_signature_lines(db, admin, frozen):
    _rid, ids = _two_late_returns(db, admin, frozen)
    fines.record_payment(db, admin, ids[:1], 30)
    pdf = fines.fines_ledger_pdf(db, admin)
    text = assert_pdf_ok(pdf, "B1", "B2", "FK2026-000001")
    assert "¥0.30" in text and "¥0.60" in text
    frozen(NOON + dt.timedelta(days=5))
    with pytest.raises(ValidationError):
        fines.fines_ledger(db, admin, "everything")
    assert fines.fines_ledger(db, admin, fines.ALL, since=NOON.date() + dt.timedelta(days=1)).rows == []
