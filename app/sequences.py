"""Gapless numbers (request 2026-000123, ticket numbers per day and slot)."""

from __future__ import annotations

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session

from db.models import Sequence

_TAKE = (
    update(Sequence)
    .where(Sequence.name == bindparam("seq_name"))
    .values(value=Sequence.value + 1)
    .returning(Sequence.value)
)
# The same SQL on SQLite (3.24+) and PostgreSQL: create the counter at 0 unless it exists or is being created.
_CREATE = text("INSERT INTO sequences (name, value) VALUES (:seq_name, 0) ON CONFLICT (name) DO NOTHING")


def next_value(session: Session, name: str) -> int:
    """Take the next number (1, 2, 3 …) of the counter `name` inside the caller's write transaction.

    Gapless and race-free on both backends, enforced by the database, not by a read in Python:
    - the number is taken by `UPDATE … SET value = value + 1 … RETURNING value`, which locks the counter's row
      (PostgreSQL: a row lock; SQLite: the write lock that `db.write()` takes with BEGIN IMMEDIATE) until the
      caller commits or rolls back. A second workstation waits, then sees the committed value; a rolled-back
      save gives its number back, so there are no gaps.
    - the first number of a counter (a new day's tickets): when no row exists yet, `INSERT … ON CONFLICT (name)
      DO NOTHING` creates it at 0 and the update takes 1. If another transaction is inserting the same name
      at that moment, PostgreSQL makes the insert wait for it and then does nothing; the update then locks the
      row the other one committed (READ COMMITTED takes a fresh snapshot per statement) and takes 2. Two tills
      selling the day's first meal at once therefore get 1 and 2, never a UniqueViolation (which a plain INSERT
      gave before) and never the same number.
    The common case (the counter exists) is one statement.
    """
    conn = session.connection()
    result = conn.execute(_TAKE, {"seq_name": name}).scalar_one_or_none()
    if result is None:
        conn.execute(_CREATE, {"seq_name": name})
        result = conn.execute(_TAKE, {"seq_name": name}).scalar_one()
    return int(result)


def peek(session: Session, name: str) -> int:
    return int(session.execute(select(Sequence.value).where(Sequence.name == name)).scalar_one_or_none() or 0)
