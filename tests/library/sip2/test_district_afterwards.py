"""What happens after the district library has answered: a kept checkout it accepts later with its own due date
(the loan takes that day, audited, shown on the reader's loans), and a checkout it accepted that the desk could not
write (another desk lent the copy first, the card reached its limit meanwhile): the district is told (a compensating
check-in kept in the outbox, and the standing loan sent again when it is on another card)."""

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.library import desk
from app.library.sip2 import api
from app.library.sip2.outbox import send_pending
from db.models import AuditEntry
from db.models.library import LibraryLoan
from db.models.library_sip import LibrarySipOutbox
from tests.library.conftest import NOON, adult, copy
from tests.library.sip2.conftest import COPY, COPY_2
from tests.library.sip2.server import Patron


@pytest.fixture
def reader(db, admin, linked, frozen):
    frozen(NOON)
    rid = adult(db, "欧阳秀英")
    card = desk.register_reader(db, admin, rid, "SQ2026000417")
    linked.patrons[card] = Patron("欧阳秀英")
    copy(db, COPY, "三体", owner="district")
    copy(db, COPY_2, "平凡的世界", owner="district")
    return rid, card


def _outbox(db) -> list[LibrarySipOutbox]:
    with db.read() as s:
        return list(s.execute(select(LibrarySipOutbox).order_by(LibrarySipOutbox.id)).scalars())


def test_a_kept_checkout_accepted_later_takes_the_librarys_due_date(db, admin, linked, reader, qapp):
    rid, _card = reader
    linked.stop()
    lent = desk.lend(db, admin, rid, COPY)
    assert lent.pending and lent.due_on == dt.date(2026, 12, 30)
    linked.today = dt.date(2026, 12, 2)  # the library takes it two days later and counts from its own day
    linked.resume()
    assert send_pending(db, admin).accepted == 1
    (loan,) = desk.desk_status(db, admin, rid).loans
    assert loan.due_on == dt.date(2027, 1, 1) and loan.desk_due_on == dt.date(2026, 12, 30) and not loan.pending
    with db.read() as s:
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "library_loan", AuditEntry.action == "change")
        ).scalar_one()
    assert '"2026-12-30"' in entry.before_json and '"2027-01-01"' in entry.after_json
    from app.audit_text import render_summary

    worded = render_summary(entry.summary, entry.action)
    assert "2027-01-01" in worded and "2026-12-30" in worded
    # the reader's loans at the desk say it
    from ui.library.models import LoansModel

    model = LoansModel()
    model.set_rows([loan])
    note = model.display(loan, 6)
    assert "district library" in note and "2026-12-30" in note


def test_a_kept_renewal_accepted_later_takes_the_librarys_due_date(db, admin, linked, reader):
    rid, _card = reader
    desk.lend(db, admin, rid, COPY)  # online, due 2026-12-30
    linked.stop()
    loan_id = desk.desk_status(db, admin, rid).loans[0].id
    assert desk.renew(db, admin, loan_id) == dt.date(2026, 12, 30)  # kept; the desk's day: today + 30
    linked.today = dt.date(2026, 12, 5)
    linked.resume()
    assert send_pending(db, admin).accepted == 1
    (loan,) = desk.desk_status(db, admin, rid).loans
    assert loan.due_on == dt.date(2027, 1, 4) and loan.desk_due_on == dt.date(2026, 12, 30)


def test_the_same_due_date_changes_nothing(db, admin, linked, reader):
    rid, _card = reader
    linked.stop()
    desk.lend(db, admin, rid, COPY)
    linked.resume()
    send_pending(db, admin)
    (loan,) = desk.desk_status(db, admin, rid).loans
    assert loan.due_on == dt.date(2026, 12, 30) and loan.desk_due_on is None


def _interleave(monkeypatch, after_accepted):
    """Run `after_accepted()` (the other desk's work) between the library's answer and the desk's unit of work."""
    real = api.district_checkout
    state = {"inside": False}

    def checkout(db, actor, **kw):
        answer = real(db, actor, **kw)
        if not state["inside"]:
            state["inside"] = True
            try:
                after_accepted()
            finally:
                state["inside"] = False
        return answer

    monkeypatch.setattr(api, "district_checkout", checkout)


def test_losing_the_copy_to_another_desk_sends_a_check_in_and_the_standing_loan(db, admin, linked, reader, monkeypatch):
    """Deterministic interleaving: the library lends the copy on our card; before our unit of work, another desk
    (its own district call answered offline, so its checkout is kept) lends it to another reader. Our desk refuses,
    and keeps a check-in (so the library does not think our reader has it) and the other desk's loan again after it:
    once everything is sent, the library has the copy on the other reader's card, as the book room does."""
    rid, card = reader
    other = adult(db, "李读者")
    other_card = desk.register_reader(db, admin, other, "SQ2026000500")
    linked.patrons[other_card] = Patron("李读者")

    def other_desk():
        linked.stop()
        assert desk.lend(db, admin, other, COPY).pending
        linked.resume()

    _interleave(monkeypatch, other_desk)
    with pytest.raises(UserError, match="a return is kept"):
        desk.lend(db, admin, rid, COPY)
    assert linked.items[COPY].out_to == card  # the library lent it to us
    rows = _outbox(db)
    assert [(r.op, r.patron, r.state) for r in rows] == [
        ("checkout", other_card, "resolved"),  # the other desk's, kept offline: replaced by the last one
        ("checkin", None, "pending"),  # ours undone
        ("checkout", other_card, "pending"),  # the standing loan, after the check-in
    ]
    sent = send_pending(db, admin)
    assert (sent.accepted, sent.refused, sent.remaining) == (2, 0, 0)  # nothing for staff to sort out
    assert linked.items[COPY].out_to == other_card
    with db.read() as s:
        (loan,) = s.execute(select(LibraryLoan)).scalars().all()
        assert loan.borrower_resident_id == other and not loan.district_pending


def test_a_card_at_its_limit_meanwhile_undoes_the_district_loan(db, admin, linked, reader, monkeypatch):
    from app.library.rules import LendingRules, save_rules

    rid, card = reader
    save_rules(db, admin, LendingRules(max_loans=1))
    copy(db, "B-ROOM-1", "小王子")

    def other_desk():  # the same reader takes a room book at the other desk: the card is full
        desk.lend(db, admin, rid, "B-ROOM-1")

    _interleave(monkeypatch, other_desk)
    with pytest.raises(UserError, match="limit"):
        desk.lend(db, admin, rid, COPY)
    assert [(r.op, r.item) for r in _outbox(db)] == [("checkin", COPY)]
    assert send_pending(db, admin).accepted == 1
    assert linked.items[COPY].out_to is None


def test_the_same_card_winning_sends_nothing_back(db, admin, linked, reader, monkeypatch):
    """A child on this reader's card took the copy at the other desk: the library's record (this card) is right."""
    from tests.library.conftest import child_with_guardian

    rid, card = reader
    kid = child_with_guardian(db, "欧阳小宝", rid)

    def other_desk():
        desk.lend(db, admin, kid, COPY)  # the same card: the library lends it again to it

    _interleave(monkeypatch, other_desk)
    with pytest.raises(UserError):
        desk.lend(db, admin, rid, COPY)
    assert _outbox(db) == []
    assert linked.items[COPY].out_to == card


# A renewal the district library accepted that the desk then refuses (the loan changed at another desk meanwhile).
# SIP2 cannot take a renewal back (a check-in and a new checkout would restart the library's loan), so — unlike a
# checkout, which is reversed with a kept check-in — the library's due day is recorded on the loan, the way a kept
# renewal it accepts later is (outbox.apply_library_due), and the clerk is told.


def _interleave_renew(monkeypatch, after_accepted):
    real = api.district_renew

    def renew(db, actor, **kw):
        answer = real(db, actor, **kw)
        after_accepted()
        return answer

    monkeypatch.setattr(api, "district_renew", renew)


def test_a_renewal_the_library_accepted_but_the_desk_refused_records_the_librarys_day(
    db, admin, linked, reader, monkeypatch
):
    rid, card = reader
    desk.lend(db, admin, rid, COPY)  # online, due 2026-12-30
    loan_id = desk.desk_status(db, admin, rid).loans[0].id
    other = adult(db, "李读者")
    linked.today = dt.date(2026, 12, 10)  # the library counts from its own day: due 2027-01-09

    def other_desk():  # another reader is put in the queue for the title meanwhile
        desk.place_hold(db, admin, other, COPY)

    _interleave_renew(monkeypatch, other_desk)
    with pytest.raises(UserError, match="on hold for another reader") as refused:
        desk.renew(db, admin, loan_id)
    assert "already renewed" in refused.value.message and "2027-01-09" in refused.value.message
    (loan,) = desk.desk_status(db, admin, rid).loans
    assert loan.due_on == dt.date(2027, 1, 9) and loan.desk_due_on == dt.date(2026, 12, 30)
    with db.read() as s:
        loan_row = s.get(LibraryLoan, loan_id)
        assert loan_row.renewals == 0  # the desk's rule refused the renewal: only the library's day is recorded
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "library_loan", AuditEntry.action == "change")
        ).scalar_one()
    assert '"2026-12-30"' in entry.before_json and '"2027-01-09"' in entry.after_json
    assert _outbox(db) == []  # nothing to send: the library's record is the day now kept here


def test_a_renewal_accepted_for_a_book_returned_meanwhile_changes_nothing(db, admin, linked, reader, monkeypatch):
    """Returned at the other desk: that return's check-in ends the loan at the library too; nothing is recorded."""
    rid, card = reader
    desk.lend(db, admin, rid, COPY)
    loan_id = desk.desk_status(db, admin, rid).loans[0].id
    _interleave_renew(monkeypatch, lambda: desk.return_copy(db, admin, COPY))
    with pytest.raises(UserError, match="already been returned") as refused:
        desk.renew(db, admin, loan_id)
    assert "already renewed" not in refused.value.message
    assert linked.items[COPY].out_to is None  # the return reached the library after the renewal
    with db.read() as s:
        assert s.get(LibraryLoan, loan_id).due_on == dt.date(2026, 12, 30)
