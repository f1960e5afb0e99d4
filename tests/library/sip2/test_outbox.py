"""Transactions kept while the district library is unreachable: sent in order, stopped by an outage, never applied
twice (also after a crash between sending and marking), refusals left for staff to resolve."""

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.errors import UserError, ValidationError
from app.library.sip2 import api, outbox
from app.library.sip2.outbox import add_pending, list_outbox, outbox_summary, resolve_refused, send_pending
from db.models import AuditEntry
from db.models.library_sip import LibrarySipOutbox
from tests.library.sip2.conftest import BLOCKED, COPY, COPY_2, HELD, MONDAY, READER

AT = dt.datetime(2026, 11, 30, 1, 30, tzinfo=dt.UTC)  # 09:30 at the desk


def keep(db, op, item, txn, *, patron=READER, minutes=0, actor=None):
    with db.write() as s:
        add_pending(
            s,
            op=op,
            patron=patron if op != "checkin" else None,
            item=item,
            txn_id=txn,
            at=AT + dt.timedelta(minutes=minutes),
            due=dt.date(2026, 12, 28) if op != "checkin" else None,
            actor=actor,
        )


def rows(db):
    with db.read() as s:
        return {r.txn_id: r for r in s.execute(select(LibrarySipOutbox)).scalars()}


def test_the_loan_and_return_sequence_with_an_outage_in_the_middle(db, admin, linked):
    """Lend a district copy online; the library goes down; the return is answered offline and kept; the library is
    back: the return is sent once; sending again does nothing."""
    lent = api.district_checkout(db, admin, patron=READER, item=COPY, txn_id="loan-1")
    assert lent.ok and linked.items[COPY].out_to == READER

    linked.stop()  # the district library's server goes away
    back = api.district_checkin(db, admin, item=COPY, txn_id="return-1")
    assert back.offline and not back.ok
    with db.write() as s:  # what the book room does with an offline answer, in its own unit of work
        add_pending(s, op="checkin", patron=None, item=COPY, txn_id=back.txn_id, at=AT, actor=admin)
    assert outbox_summary(db, admin).pending == 1
    still_down = send_pending(db, admin)
    assert still_down.problem == "unreachable" and still_down.remaining == 1
    assert linked.items[COPY].out_to == READER  # nothing reached the library

    linked.resume()
    sent = send_pending(db, admin)
    assert (sent.accepted, sent.refused, sent.remaining, sent.problem) == (1, 0, 0, None)
    assert linked.items[COPY].out_to is None
    assert linked.applied["return-1"] == 1 and linked.seen["return-1"] == 1
    assert linked.no_block == [("CheckinRequest", "return-1")]  # sent as done offline, with its own date

    again = send_pending(db, admin)
    assert (again.accepted, again.refused, again.remaining) == (0, 0, 0)
    assert linked.seen["return-1"] == 1  # nothing was sent again
    assert rows(db)["return-1"].state == "accepted"
    assert outbox_summary(db, admin).pending == 0


def test_kept_transactions_go_in_order_and_stop_at_the_first_outage(db, admin, linked):
    keep(db, "checkout", COPY, "a", minutes=0)
    keep(db, "checkin", COPY, "b", minutes=5)
    keep(db, "checkout", COPY_2, "c", minutes=6)
    linked.mode, linked.fail_on = "close", frozenset({"09"})  # the library drops the line at the checkin
    result = send_pending(db, admin)
    assert (result.accepted, result.remaining, result.problem) == (1, 2, "closed")
    assert "closed the connection" in result.message and "2 transactions wait" in result.message
    kept = rows(db)
    assert [kept[t].state for t in "abc"] == ["accepted", "pending", "pending"]
    assert kept["b"].attempts == 1 and kept["b"].last_problem == "closed" and kept["c"].attempts == 0
    assert "c" not in linked.seen  # nothing after the outage was sent

    linked.mode = "normal"
    result = send_pending(db, admin)
    assert (result.accepted, result.remaining) == (2, 0)
    sent = [t for t in linked.seen]
    assert sent == ["a", "b", "c"]
    assert all(count == 1 for count in linked.applied.values())
    assert rows(db)["a"].answer_due == dt.date(2026, 12, 30)


def test_a_crash_between_sending_and_marking_does_not_apply_it_twice(db, admin, linked, frozen, monkeypatch):
    keep(db, "checkout", COPY, "crash-1")
    real = outbox._record_answer

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # the sender dies after the library answered, before the answer is stored

    monkeypatch.setattr(outbox, "_record_answer", crash)
    with pytest.raises(KeyboardInterrupt):
        send_pending(db, admin)
    monkeypatch.setattr(outbox, "_record_answer", real)
    assert rows(db)["crash-1"].state == "sending" and linked.applied["crash-1"] == 1

    # another sender right away: the claim is fresh (its sender might still be waiting for the answer): hands off
    result = send_pending(db, admin)
    assert (result.accepted, result.remaining) == (0, 1) and linked.seen["crash-1"] == 1

    frozen(MONDAY + dt.timedelta(minutes=5))  # past stale_after: the claim was abandoned
    result = send_pending(db, admin)
    assert (result.accepted, result.remaining) == (1, 0)
    assert linked.seen["crash-1"] == 2 and linked.applied["crash-1"] == 1  # sent again, applied once
    row = rows(db)["crash-1"]
    assert row.state == "accepted" and row.attempts == 2


def test_a_refused_kept_checkout_waits_for_staff(db, admin, linked):
    keep(db, "checkout", HELD, "held-1")
    keep(db, "checkout", COPY, "blocked-1", patron=BLOCKED, minutes=1)
    keep(db, "checkout", COPY, "fine-1", minutes=2)
    result = send_pending(db, admin)
    assert (result.accepted, result.refused, result.remaining) == (1, 2, 0)  # a refusal does not stop the queue
    listed = list_outbox(db, admin)
    assert [(r.txn_id, r.state, r.refusal) for r in listed] == [
        ("held-1", "refused", "on_hold"),
        ("blocked-1", "refused", "blocked"),
    ]
    assert listed[0].library_message == "Item on hold for another patron"
    assert outbox_summary(db, admin).refused == 2

    with pytest.raises(ValidationError):
        resolve_refused(db, admin, listed[0].id, "  ")
    resolve_refused(db, admin, listed[0].id, "读者已归还，电话告知区馆")
    assert [r.txn_id for r in list_outbox(db, admin)] == ["blocked-1"]
    assert {r.txn_id: r.state for r in list_outbox(db, admin, include_done=True)}["held-1"] == "resolved"
    with pytest.raises(UserError):
        resolve_refused(db, admin, listed[0].id, "again")
    fine = next(r for r in list_outbox(db, admin, include_done=True) if r.txn_id == "fine-1")
    with pytest.raises(UserError):
        resolve_refused(db, admin, fine.id, "not refused")
    with db.read() as s:
        actions = [e.action for e in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()]
    assert actions.count("district_sent") == 3 and actions.count("district_resolve") == 1


def test_a_transaction_id_is_kept_once(db, admin):
    keep(db, "checkin", COPY, "dup")
    with pytest.raises(IntegrityError):  # the database refuses the second row (unique txn_id)
        keep(db, "checkin", COPY, "dup")
    assert len(rows(db)) == 1


def test_add_pending_refuses_what_the_book_room_should_never_ask(db):
    with db.write() as s:
        for bad in (
            {"op": "lend", "patron": READER, "item": COPY, "txn_id": "x", "at": AT},
            {"op": "checkout", "patron": None, "item": COPY, "txn_id": "x", "at": AT},
            {"op": "checkin", "patron": None, "item": COPY, "txn_id": "x", "at": AT.replace(tzinfo=None)},
            {"op": "checkin", "patron": None, "item": COPY, "txn_id": "a|b", "at": AT},
        ):
            with pytest.raises(ValueError):
                add_pending(s, **bad)


def test_nothing_is_sent_while_the_link_is_not_set_up(db, admin):
    keep(db, "checkin", COPY, "ns")
    result = send_pending(db, admin)
    assert result.problem == "not_set_up" and result.remaining == 1
    row = rows(db)["ns"]
    assert row.state == "pending" and row.last_problem == "not_set_up"


def test_two_workstations_sending_at_once_send_each_transaction_once_and_in_order(db, db_url, admin, linked):
    """Real processes: each round both workstations keep a return and send at the same moment."""
    from tests.race import race

    results = race(db_url, "tests.library.sip2.race_worker:keep_and_send", processes=2, rounds=8)
    for outcomes in results.rounds:
        assert all(o.error is None for o in outcomes), outcomes
    send_pending(db, admin)  # a row kept just after the other workstation's run ended waits for the next run
    kept = sorted(rows(db).values(), key=lambda r: r.id)
    assert len(kept) == 16 and all(r.state == "accepted" for r in kept)
    assert all(linked.seen[r.txn_id] == 1 and linked.applied[r.txn_id] == 1 for r in kept)
    assert list(linked.seen) == [r.txn_id for r in kept]  # the library got them in the order they were kept
