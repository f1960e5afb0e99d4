"""Gapless numbers when two workstations take the first number of a day at the same moment (issue 13).

Before app.sequences created a missing counter with a plain INSERT: on PostgreSQL the second till got an uncaught
UniqueViolation on the day's first sale. Both backends, real processes, every round a new day's counter.
"""

from __future__ import annotations

import time

from app import sequences
from tests.race import race

ROUNDS = 25


def take_first_number(db, round_no: int, worker: int, hold_s: float) -> int:
    with db.write() as s:
        number = sequences.next_value(s, f"ticket-2026-11-{round_no:02d}-lunch")
        time.sleep(hold_s)  # keep the transaction open a moment, like a sale writing its ticket, audit and receipt
    return number


def test_two_processes_taking_the_first_number_of_a_day_get_1_and_2(db, db_url):
    results = race(db_url, "tests.core.test_race_sequences:take_first_number", processes=2, rounds=ROUNDS, args=(0.02,))
    assert results.errors() == []
    for round_no in range(ROUNDS):
        assert sorted(results.values(round_no)) == [1, 2], round_no
    with db.read() as s:
        assert [sequences.peek(s, f"ticket-2026-11-{r:02d}-lunch") for r in range(ROUNDS)] == [2] * ROUNDS


def fail_or_take(db, round_no: int, worker: int) -> int:
    """Worker 0 takes a number and rolls back; worker 1 takes one and keeps it: no gap may remain."""
    try:
        with db.write() as s:
            number = sequences.next_value(s, f"req-{round_no}")
            if worker == 0:
                raise LookupError("save refused")
    except LookupError:
        return 0
    return number


def test_a_rolled_back_first_number_leaves_no_gap_across_processes(db, db_url):
    results = race(db_url, "tests.core.test_race_sequences:fail_or_take", processes=2, rounds=10)
    assert results.errors() == []
    assert all(sorted(results.values(r)) == [0, 1] for r in range(10))
