"""Gapless numbers (request 2026-000123, ticket numbers per day and slot)."""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from db.models import Sequence

_TAKE = (
    update(Sequence)
    .where(Sequence.name == bindparam("seq_name"))
    .values(value=Sequence.value + 1)
    .returning(Sequence.value)
)


def next_value(session: Session, name: str) -> int:
    """Take the next number of `name` inside the caller's write transaction.

    The row update holds the write lock until commit, so two workstations saving at the same moment
    get consecutive numbers; a rolled-back save gives its number back, so there are no gaps.
    """
    result = session.connection().execute(_TAKE, {"seq_name": name}).scalar_one_or_none()
    if result is not None:
        return int(result)
    session.add(Sequence(name=name, value=1))
    session.flush()
    return 1


def peek(session: Session, name: str) -> int:
    return int(session.execute(select(Sequence.value).where(Sequence.name == name)).scalar_one_or_none() or 0)
