"""Two desks lend the same copy at the same moment: exactly one loan, the other desk is told (real processes)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func, select

from app import clock
from app.accounts.service import actor_for
from app.library import desk, rules
from db.models.library import LibraryLoan
from tests.library.conftest import NOON, adult, copy
from tests.race import race

ROUNDS = 12


def lend_same_copy(db, round_no, worker, residents):
    clock.freeze(NOON)
    return desk.lend(db, actor_for(db, 1), residents[worker], f"R{round_no:03d}").loan_id


def test_two_desks_lending_one_copy_exactly_one_wins(db, db_url, desk_day):
    rules.save_rules(db, actor_for(db, 1), dataclasses.replace(rules.DEFAULTS, max_loans=100))
    residents = [adult(db, "甲读者"), adult(db, "乙读者")]
    for n in range(ROUNDS):
        copy(db, f"R{n:03d}")
    for rid in residents:
        desk.register_reader(db, actor_for(db, 1), rid)  # cards first, so each round is just the loan
    results = race(db_url, "tests.library.test_race:lend_same_copy", processes=2, rounds=ROUNDS, args=(residents,))
    for round_no, outcomes in enumerate(results.rounds):
        won = [o for o in outcomes if o.ok]
        lost = [o for o in outcomes if not o.ok]
        assert len(won) == 1 and len(lost) == 1, (round_no, outcomes)
        assert lost[0].error.startswith("UserError"), lost[0].error
    with db.read() as s:
        open_loans = s.execute(
            select(LibraryLoan.copy_id, func.count())
            .where(LibraryLoan.returned_at.is_(None))
            .group_by(LibraryLoan.copy_id)
        ).all()
    assert len(open_loans) == ROUNDS and all(n == 1 for _, n in open_loans)


def lend_to_one_card(db, round_no, worker, residents):
    clock.freeze(NOON)
    return desk.lend(db, actor_for(db, 1), residents[round_no], f"L{round_no:03d}-{worker}").loan_id


def test_two_desks_lending_to_one_card_keep_its_limit(db, db_url, desk_day):
    """A card that may hold one book; two desks lend it a different book each at the same moment (a new card each
    round): one loan, one refusal. The card's reader row is locked before its loans are counted."""
    admin = actor_for(db, 1)
    rules.save_rules(db, admin, dataclasses.replace(rules.DEFAULTS, max_loans=1))
    rounds = 8
    residents = []
    for n in range(rounds):
        residents.append(adult(db, f"读者{n}"))
        desk.register_reader(db, admin, residents[-1])
        for w in range(2):
            copy(db, f"L{n:03d}-{w}")
    results = race(db_url, "tests.library.test_race:lend_to_one_card", processes=2, rounds=rounds, args=(residents,))
    for round_no, outcomes in enumerate(results.rounds):
        assert sum(o.ok for o in outcomes) == 1, (round_no, outcomes)
        assert all(o.ok or o.error.startswith("UserError") for o in outcomes), outcomes


def pay_same_fine(db, round_no, worker, loans):
    from app.library import fines

    clock.freeze(NOON)
    return fines.record_payment(db, actor_for(db, 1), [loans[round_no]], 10).receipt_no


def test_two_desks_taking_one_fine_record_it_once(db, db_url, frozen):
    """The same fine paid at two desks at the same moment: one payment and one receipt number, the other desk told
    it was settled (the loan's row lock, and the one-standing-settlement index behind it)."""
    from app.library import fines

    admin = actor_for(db, 1)
    rounds = 6
    rules.save_rules(db, admin, dataclasses.replace(rules.DEFAULTS, fines_on=True, fine_per_day_fen=10, max_loans=50))
    rid = adult(db, "甲读者")
    frozen(NOON - dt.timedelta(days=31))
    loans = []
    for n in range(rounds):
        copy(db, f"F{n:03d}")
        loans.append(desk.lend(db, admin, rid, f"F{n:03d}").loan_id)
    frozen(NOON)
    for n in range(rounds):
        desk.return_copy(db, admin, f"F{n:03d}")
    results = race(db_url, "tests.library.test_race:pay_same_fine", processes=2, rounds=rounds, args=(loans,))
    for round_no, outcomes in enumerate(results.rounds):
        assert sum(o.ok for o in outcomes) == 1, (round_no, outcomes)
        assert all(o.ok or o.error.startswith("UserError") for o in outcomes), outcomes
    ledger = fines.fines_ledger(db, admin)
    assert ledger.totals.paid == (rounds, rounds * 10) and ledger.totals.outstanding == (0, 0)
    assert sorted({r.receipt_no for r in ledger.rows}) == [f"FK2026-{n:06d}" for n in range(1, rounds + 1)]
