"""Must show (issue 18): the loan-and-return sequence of the book room's desk against the test SIP2 server playing the
district library, with an outage in the middle. Lend a district copy online; the library goes down; return it at the
desk (answered offline: the return is recorded and the transaction kept); the library comes back: the kept return is
sent once; sending again does nothing."""

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.library import desk
from app.library.sip2.outbox import list_outbox, outbox_summary, send_pending
from db.models.library import LibraryLoan
from db.models.library_sip import LibrarySipOutbox
from tests.library.conftest import NOON, adult, copy
from tests.library.sip2.conftest import BLOCKED_NAME, COPY, HELD
from tests.library.sip2.server import Patron


@pytest.fixture
def reader(db, admin, linked, frozen):
    """A resident with a book room card that the district library knows too (通借通还: one card for both)."""
    frozen(NOON)
    rid = adult(db, "欧阳秀英")
    card = desk.register_reader(db, admin, rid, "SQ2026000417")
    linked.patrons[card] = Patron("欧阳秀英")
    copy(db, COPY, "三体", owner="district")
    copy(db, HELD, "活着", owner="district")
    return rid, card


def test_loan_and_return_with_an_outage_in_the_middle(db, admin, linked, reader):
    rid, card = reader
    lent = desk.lend(db, admin, rid, COPY)  # online: the district library lends it and gives the due day
    assert lent.district and not lent.pending and lent.due_on == dt.date(2026, 12, 30)
    assert linked.items[COPY].out_to == card

    linked.stop()  # the outage
    back = desk.return_copy(db, admin, COPY)  # the desk keeps working
    assert back.district and back.pending
    with db.read() as s:
        loan = s.execute(select(LibraryLoan)).scalar_one()
        assert loan.returned_at is not None  # the return is recorded at the desk
        (kept,) = s.execute(select(LibrarySipOutbox)).scalars().all()
    assert kept.op == "checkin" and kept.state == "pending" and kept.item == COPY
    assert linked.items[COPY].out_to == card  # the library does not know yet
    assert send_pending(db, admin).problem == "unreachable"  # the background sender finds it still down

    linked.resume()  # the library is back
    sent = send_pending(db, admin)
    assert (sent.accepted, sent.refused, sent.remaining) == (1, 0, 0)
    assert linked.items[COPY].out_to is None
    assert linked.seen[kept.txn_id] == 1 and linked.applied[kept.txn_id] == 1
    assert linked.no_block == [("CheckinRequest", kept.txn_id)]

    again = send_pending(db, admin)  # a second run (another desk, the timer): nothing goes out again
    assert (again.accepted, again.remaining) == (0, 0) and linked.seen[kept.txn_id] == 1
    assert outbox_summary(db, admin).pending == 0 and list_outbox(db, admin) == []


def test_a_loan_kept_offline_loses_its_pending_mark_once_the_library_has_it(db, admin, linked, reader):
    rid, card = reader
    linked.stop()
    lent = desk.lend(db, admin, rid, COPY)
    assert lent.pending
    assert desk.desk_status(db, admin, rid).loans[0].pending
    linked.resume()
    assert send_pending(db, admin).accepted == 1
    assert not desk.desk_status(db, admin, rid).loans[0].pending
    assert linked.items[COPY].out_to == card


def test_the_librarys_refusals_reach_the_desk_and_nothing_is_written(db, admin, linked, reader):
    rid, card = reader
    with pytest.raises(UserError, match="on hold for another reader"):
        desk.lend(db, admin, rid, HELD)
    linked.patrons[card].blocked = True
    with pytest.raises(UserError, match="blocked this reader's card") as info:
        desk.lend(db, admin, rid, COPY)
    assert BLOCKED_NAME not in info.value.message
    with db.read() as s:
        assert s.execute(select(LibraryLoan)).first() is None
        assert s.execute(select(LibrarySipOutbox)).first() is None


def test_a_garbage_answer_at_the_desk_keeps_the_loan_to_send(db, admin, linked, reader):
    rid, _card = reader
    linked.mode = "garbage"
    lent = desk.lend(db, admin, rid, COPY)
    assert lent.pending
    linked.mode = "normal"
    assert send_pending(db, admin).accepted == 1


def test_a_return_never_overtakes_the_kept_loan_it_ends(db, admin, linked, reader):
    """The library comes back before the background sender has run; the reader returns the book at once: the kept
    loan goes out first, then the return (else the library would keep the copy on the reader's card)."""
    rid, card = reader
    linked.stop()
    assert desk.lend(db, admin, rid, COPY).pending
    linked.resume()
    back = desk.return_copy(db, admin, COPY)
    assert not back.pending
    with db.read() as s:
        (kept,) = s.execute(select(LibrarySipOutbox)).scalars().all()
        loan = s.execute(select(LibraryLoan)).scalar_one()
    assert kept.state == "accepted" and kept.op == "checkout" and not loan.district_pending
    assert list(linked.seen)[0] == kept.txn_id and len(linked.seen) == 2  # the loan first, then the return
    assert linked.items[COPY].out_to is None


def test_while_another_desk_is_sending_the_kept_ones_a_new_return_waits_behind_them(db, admin, linked, reader):
    from app import clock

    rid, _card = reader
    linked.stop()
    desk.lend(db, admin, rid, COPY)
    linked.resume()
    with db.write() as s:  # another workstation has just claimed the kept loan and is talking to the library
        row = s.execute(select(LibrarySipOutbox)).scalar_one()
        row.state, row.claim_token, row.claimed_at = "sending", "other-desk", clock.now()
    back = desk.return_copy(db, admin, COPY)
    assert back.pending
    assert linked.seen == {}  # nothing overtook the loan being sent
    with db.read() as s:
        assert [r.op for r in s.execute(select(LibrarySipOutbox).order_by(LibrarySipOutbox.id)).scalars()] == [
            "checkout",
            "checkin",
        ]
