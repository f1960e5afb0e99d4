"""District-owned copies go through the district library (the SIP2 seam, played here by a stand-in): a refusal
writes nothing; an unreachable server writes the loan and queues the transaction in the same unit of work."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import UserError
from app.library import desk
from db.models import AuditEntry
from db.models.library import LibraryLoan
from tests.library.conftest import adult, copy


def _loans(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(LibraryLoan))


def test_district_checkout_sends_card_item_and_a_fresh_txn_id(db, admin, desk_day, district):
    rid = adult(db, "王读者")
    copy(db, "D0001", owner="district")
    district.due = desk_day + dt.timedelta(days=21)
    r = desk.lend(db, admin, rid, "D0001")
    ((op, kw),) = district.calls
    assert op == "checkout" and kw["patron"] == r.card_no and kw["item"] == "D0001" and len(kw["txn_id"]) == 32
    assert r.due_on == district.due and r.district and not r.pending and not district.pending
    desk.return_copy(db, admin, "D0001")
    assert [op for op, _ in district.calls] == ["checkout", "checkin"]
    assert district.calls[0][1]["txn_id"] != district.calls[1][1]["txn_id"]


def test_district_refusal_writes_nothing(db, admin, desk_day, district):
    rid = adult(db, "王读者")
    copy(db, "D0001", owner="district")
    desk.register_reader(db, admin, rid)
    with db.read() as s:
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
    district.mode = "refuse"
    with pytest.raises(UserError, match="读者证已挂失"):
        desk.lend(db, admin, rid, "D0001")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audits
    assert _loans(db) == 0


def test_offline_lends_and_queues_in_order(db, admin, desk_day, district):
    rid = adult(db, "王读者")
    copy(db, "D0001", owner="district")
    district.mode = "offline"
    r = desk.lend(db, admin, rid, "D0001")
    assert r.pending and r.due_on == desk_day + dt.timedelta(days=30)
    loan = desk.desk_status(db, admin, rid).loans[0]
    assert loan.pending
    desk.renew(db, admin, loan.id)
    desk.return_copy(db, admin, "D0001")
    assert [(p["op"], p["item"]) for p in district.pending] == [
        ("checkout", "D0001"),
        ("renew", "D0001"),
        ("checkin", "D0001"),
    ]
    assert len({p["txn_id"] for p in district.pending}) == 3
    assert all(p["patron"] == r.card_no for p in district.pending)


def test_room_copies_never_call_the_district(db, admin, desk_day, district):
    copy(db, "B1")
    desk.lend(db, admin, adult(db, "王读者"), "B1")
    desk.return_copy(db, admin, "B1")
    assert district.calls == []


def test_without_the_sip2_layer_district_books_are_refused_plainly(db, admin, desk_day, monkeypatch):
    monkeypatch.setattr("app.library.district.sip2_layer", lambda: None)
    copy(db, "D1", owner="district")
    with pytest.raises(UserError, match="district library is not set up"):
        desk.lend(db, admin, adult(db, "王读者"), "D1")
    assert _loans(db) == 0


def test_offline_loan_and_its_pending_transaction_are_one_unit_of_work(db, admin, desk_day, district, monkeypatch):
    """If the outbox cannot take the transaction, the loan is not written either."""
    rid = adult(db, "王读者")
    copy(db, "D0001", owner="district")
    desk.register_reader(db, admin, rid)
    district.mode = "offline"

    def broken(session, **kw):
        raise RuntimeError("outbox full")

    monkeypatch.setattr(district, "add_pending", broken)
    with pytest.raises(RuntimeError):
        desk.lend(db, admin, rid, "D0001")
    assert _loans(db) == 0


def test_with_the_link_never_set_up_a_district_loan_is_refused_not_kept(db, admin, desk_day, zh):
    """Clerk's report: with no district link set up, lending a district book said "区图书馆系统暂时连不上" (an outage)
    and kept the loan to send to a library that is not configured. Now: refused, nothing written, ask the admin."""
    from db.models.library_sip import LibrarySipOutbox

    rid = adult(db, "王读者")
    copy(db, "D0001", owner="district")
    desk.register_reader(db, admin, rid)
    with pytest.raises(UserError) as exc:
        desk.lend(db, admin, rid, "D0001")
    text = exc.value.message
    assert text.startswith("尚未设置与区图书馆的对接。") and "管理员" in text and "暂时连不上" not in text
    assert _loans(db) == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(LibrarySipOutbox)) == 0


def test_a_district_return_with_the_link_not_set_up_says_so_not_an_outage(
    db, admin, desk_day, district, monkeypatch, zh
):
    """The book is back on the desk, so the return is kept; the counter is told the link is not set up (ask the
    administrator), not "区图书馆系统暂时连不上"."""
    import importlib

    from db.models.library_sip import LibrarySipOutbox

    rid = adult(db, "王读者")
    copy(db, "D0001", owner="district")
    desk.lend(db, admin, rid, "D0001")  # lent while the stand-in library answered
    real = importlib.import_module("app.library.sip2.api"), importlib.import_module("app.library.sip2.outbox")
    monkeypatch.setattr("app.library.district.sip2_layer", lambda: real)  # now the real layer, no link set up
    r = desk.return_copy(db, admin, "D0001")
    assert r.pending and r.district_note.startswith("尚未设置与区图书馆的对接。") and "管理员" in r.district_note
    assert "暂时连不上" not in r.district_note
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(LibrarySipOutbox)) == 1
