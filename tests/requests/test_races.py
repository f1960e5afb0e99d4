"""Request transitions from two desks at the same moment (issue 13 item 3), raced by two real processes.

Before, every transition read the request, checked its state in Python and wrote: on PostgreSQL two desks both read
"accepted", so both claims were recorded as accepted → claimed (the history lost a step), a claim and a cancel both
went through with the last commit deciding the state (the other change lost), and the same party member claimed at
once from two desks raised an uncaught UniqueViolation. Now the request's row is locked for the whole unit of work
(SELECT … FOR UPDATE; SQLite's BEGIN IMMEDIATE) and the state is checked under that lock.

Invariant checked after every race: the request's history is one unbroken chain (each entry starts from the state the
previous one ended in) ending in the request's current state, and every claim is recorded.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.requests import service as S
from db.models.requests import RequestClaim, RequestEvent, ServiceRequest
from tests.race import race

ROUNDS = 20
MODULE = "tests.requests.test_races"


# --- what each desk does (module level: the spawned workers import it) -----------------------------------------------
def _actor(db):
    from app.accounts.service import actor_for

    return actor_for(db, 1)


def claim_member(db, round_no: int, worker: int, request_ids: list[int], member_ids: list[int]) -> str:
    """Desk `worker` records party member `member_ids[worker]` (or the same member, when only one is given)."""
    member = member_ids[worker % len(member_ids)]
    S.claim(db, _actor(db), request_ids[round_no], [member])
    return "claimed"


def accept_or_return(db, round_no: int, worker: int, request_ids: list[int]) -> str:
    """One desk signs for the request (签收) while the other returns it (退单)."""
    if worker == 0:
        S.accept(db, _actor(db), request_ids[round_no])
        return "accepted"
    S.return_request(db, _actor(db), request_ids[round_no], "不属于本部门")
    return "returned"


def resolve_or_cancel(db, round_no: int, worker: int, request_ids: list[int]) -> str:
    if worker == 0:
        S.resolve(db, _actor(db), request_ids[round_no], "已办好", minutes_per_claimer=0)
        return "resolved"
    S.cancel(db, _actor(db), request_ids[round_no], "居民撤回")
    return "cancelled"


def claim_or_cancel(db, round_no: int, worker: int, request_ids: list[int], member_id: int) -> str:
    if worker == 0:
        S.claim(db, _actor(db), request_ids[round_no], [member_id])
        return "claimed"
    S.cancel(db, _actor(db), request_ids[round_no], "居民撤回")
    return "cancelled"


# --- set-up and checks -----------------------------------------------------------------------------------------------
def _requests(db, admin, cat, n: int, upto: str) -> list[int]:
    """`n` requests brought to `upto` (dispatched / accepted / in_progress)."""
    ids = []
    for _ in range(n):
        saved = S.take_in(
            db, admin, S.IntakeInput(channel="walk_in", category_id=cat.category_id, description="修路灯")
        )
        S.dispatch(db, admin, saved.id, cat.department_id)
        if upto in ("accepted", "in_progress"):
            S.accept(db, admin, saved.id)
        if upto == "in_progress":
            S.start(db, admin, saved.id)
        ids.append(saved.id)
    return ids


def _history(db, request_id: int) -> tuple[str, list[tuple[str | None, str]], list[int]]:
    with db.read() as s:
        status = s.get(ServiceRequest, request_id).status
        steps = [
            (e.from_status, e.to_status)
            for e in s.execute(
                select(RequestEvent).where(RequestEvent.request_id == request_id).order_by(RequestEvent.id)
            ).scalars()
        ]
        claimers = sorted(
            s.execute(select(RequestClaim.resident_id).where(RequestClaim.request_id == request_id)).scalars()
        )
    return status, steps, claimers


def _assert_unbroken(db, request_id: int) -> tuple[str, list[tuple[str | None, str]], list[int]]:
    status, steps, claimers = _history(db, request_id)
    for (_f, before), (after_from, _t) in zip(steps, steps[1:], strict=False):
        assert after_from == before, f"request {request_id}: history lost a step: {steps}"
    assert steps[-1][1] == status, f"request {request_id}: state {status} is not where its history ends: {steps}"
    return status, steps, claimers


def _refused(outcome, *words: str) -> bool:
    return not outcome.ok and outcome.error.startswith("UserError") and any(w in outcome.error for w in words)


# --- the races -------------------------------------------------------------------------------------------------------
def test_two_desks_claiming_at_once_record_both_claims_in_one_history(db, db_url, admin, catalogue):
    ids = _requests(db, admin, catalogue, ROUNDS, "accepted")
    results = race(db_url, f"{MODULE}:claim_member", rounds=ROUNDS, args=(ids, catalogue.member_ids))
    assert results.errors() == []
    for rid in ids:
        status, steps, claimers = _assert_unbroken(db, rid)
        assert status == "claimed"
        assert steps[-2:] == [("accepted", "claimed"), ("claimed", "claimed")]
        assert claimers == sorted(catalogue.member_ids)


def test_the_same_member_claimed_from_two_desks_at_once_is_recorded_once(db, db_url, admin, catalogue):
    ids = _requests(db, admin, catalogue, ROUNDS, "accepted")
    results = race(db_url, f"{MODULE}:claim_member", rounds=ROUNDS, args=(ids, catalogue.member_ids[:1]))
    for round_no, rid in enumerate(ids):
        outcomes = results.rounds[round_no]
        assert sorted(o.ok for o in outcomes) == [False, True], outcomes
        # the second desk is told in words, never with a database error
        assert _refused(next(o for o in outcomes if not o.ok), "已领", "claimed this request already"), outcomes
        _status, _steps, claimers = _assert_unbroken(db, rid)
        assert claimers == catalogue.member_ids[:1]


@pytest.mark.parametrize(
    ("target", "upto", "outcomes"),
    [
        ("accept_or_return", "dispatched", ("accepted", "returned")),
        ("resolve_or_cancel", "in_progress", ("resolved", "cancelled")),
    ],
)
def test_two_desks_moving_a_request_two_ways_at_once_one_wins(db, db_url, admin, catalogue, target, upto, outcomes):
    """签收 against 退单, 办结 against 撤销: the state can take only one of them; the other desk is refused."""
    ids = _requests(db, admin, catalogue, ROUNDS, upto)
    results = race(db_url, f"{MODULE}:{target}", rounds=ROUNDS, args=(ids,))
    for round_no, rid in enumerate(ids):
        done = results.rounds[round_no]
        winners = [o.value for o in done if o.ok]
        assert len(winners) == 1, done
        assert all(_refused(o, "cannot be", "不能") for o in done if not o.ok), done
        status, steps, _claimers = _assert_unbroken(db, rid)
        assert status == winners[0] and steps[-1] == (upto, winners[0])


def test_a_claim_and_a_cancel_at_once_never_leave_a_cancelled_request_claimed(db, db_url, admin, catalogue):
    ids = _requests(db, admin, catalogue, ROUNDS, "accepted")
    member = catalogue.member_ids[0]
    results = race(db_url, f"{MODULE}:claim_or_cancel", rounds=ROUNDS, args=(ids, member))
    for round_no, rid in enumerate(ids):
        claim_done, cancel_done = results.rounds[round_no]
        assert cancel_done.ok, cancel_done  # a claim never blocks a cancel
        status, steps, claimers = _assert_unbroken(db, rid)
        assert status == "cancelled"
        if claim_done.ok:  # claimed first, then cancelled
            assert steps[-2:] == [("accepted", "claimed"), ("claimed", "cancelled")] and claimers == [member]
        else:  # cancelled first: the claim is refused and nothing of it is written
            assert _refused(claim_done, "cannot be", "不能"), claim_done
            assert steps[-1] == ("accepted", "cancelled") and claimers == []
