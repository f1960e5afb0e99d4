"""Was the sale saved? The answer a cashier gets when the database server goes away in the middle of a sale.

A sale that fails before its commit is not saved: the server rolls back what a dropped connection began. A
sale whose connection drops *while it commits* is in doubt: the server may have written it and the answer got
lost. Then the ticket is looked up, after reconnecting, by what only this attempt has: its number *and* the
cashier *and* the instant it was sold (microseconds, taken from the clock once per sale). The number alone
would mislead, since a lost number may have been taken by another till since. So the screen says one of:
saved (the receipt prints as usual), not saved (sell again), or, while the server stays unreachable, not
known yet (do not sell again: the screen asks again until the server answers, `sale_saved`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.boundary import checked
from app.errors import UserError
from app.i18n import translate
from db.engine import Database
from db.errors import DatabaseProblem
from db.models.canteen import MealTicket

# The kinds of problem that mean "the way to the server failed", not "the data is wrong".
LOST = (DatabaseProblem.CONNECTION_LOST, DatabaseProblem.UNREACHABLE)


@dataclass(frozen=True)
class SaleAttempt:
    """What identifies one attempt to sell (see the module docstring)."""

    number: str
    cashier_id: int | None
    sold_at: dt.datetime  # aware UTC, exactly as written


class SaleNotSaved(UserError):
    """The server lost the sale: nothing was written; the cashier may sell again."""


class SaleInDoubt(UserError):
    """The server could not be asked yet whether `attempt` was saved; ask again with `sale_saved`."""

    def __init__(self, message: str, attempt: SaleAttempt) -> None:
        super().__init__(message)
        self.attempt = attempt


@checked
def sale_saved(db: Database, attempt: SaleAttempt, *, attempts: int = 1, pause_s: float = 1.0) -> int | None:
    """The ticket id when the ticket of `attempt` is in the database, None when it is not.

    Raises DatabaseProblem (CONNECTION_LOST or UNREACHABLE) while the server still cannot answer."""
    q = select(MealTicket.id).where(
        MealTicket.number == attempt.number,
        MealTicket.cashier_id == attempt.cashier_id,
        MealTicket.sold_at == attempt.sold_at,
    )
    return db.read_retrying(lambda s: s.execute(q).scalar(), attempts=attempts, pause_s=pause_s)


def not_saved(problem: DatabaseProblem) -> SaleNotSaved:
    if problem.kind == DatabaseProblem.UNREACHABLE:
        text = translate(
            "Canteen",
            "NOT saved: the database server cannot be reached. Check the network and the server PC, then sell again.",
        )
    else:
        text = translate(
            "Canteen",
            "NOT saved: the connection to the database server was lost before the sale was saved. Sell it again.",
        )
    return SaleNotSaved(text)


@checked
def settle(db: Database, attempt: SaleAttempt, *, attempts: int = 5, pause_s: float = 1.0) -> bool:
    """After a commit in doubt: True (saved) or raise SaleNotSaved / SaleInDoubt (the server still away)."""
    try:
        saved = sale_saved(db, attempt, attempts=attempts, pause_s=pause_s)
    except DatabaseProblem as problem:
        if problem.kind not in LOST:
            raise
        raise SaleInDoubt(
            translate(
                "Canteen",
                "NOT KNOWN YET whether ticket {number} was saved: the connection to the database server was lost "
                "while saving and the server does not answer. Do not sell it again; this screen says which as soon "
                "as the server is back.",
            ).format(number=attempt.number),
            attempt,
        ) from problem
    if saved is not None:
        return True
    raise SaleNotSaved(
        translate(
            "Canteen",
            "NOT saved: the connection to the database server was lost while saving ticket {number}, and it is not "
            "in the database. Sell it again.",
        ).format(number=attempt.number)
    )
