"""The book room's lending rules (a setting each, DOMAIN "The city book room"): loan period, per-reader limit,
renewals, whether overdue books stop further loans, fines (off unless the center turns them on), and the age below
which a resident borrows on a guardian's record."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from app import audit, clock
from app.accounts.permissions import MANAGE_BOOK_ROOM, require
from app.actor import Actor
from app.boundary import checked
from app.errors import ValidationError
from app.i18n import translate
from db import limits
from db.engine import Database
from db.models.library import LibrarySettings


@dataclass(frozen=True)
class LendingRules:
    """`loan_days`: calendar days from the day lent to the due day; `max_loans`: open loans one reader card may
    hold (a child's loans count on the guardian's card); `max_renewals` per loan; `refuse_overdue`: a card with an
    overdue book borrows nothing more until it is back; `fines_on` with `fine_per_day_fen` (integer fen per calendar
    day late, charged at return); `child_age`: residents younger (whole years) borrow on a guardian's record."""

    loan_days: int = 30
    max_loans: int = 5
    max_renewals: int = 1
    refuse_overdue: bool = True
    fines_on: bool = False
    fine_per_day_fen: int = 0
    child_age: int = 14


DEFAULTS = LendingRules()


def rules_in(s: Session) -> LendingRules:
    """The rules as stored (the defaults when the center never changed them), read in the caller's unit of work."""
    row = s.get(LibrarySettings, 1)
    if row is None:
        return DEFAULTS
    return LendingRules(
        loan_days=row.loan_days,
        max_loans=row.max_loans,
        max_renewals=row.max_renewals,
        refuse_overdue=row.refuse_overdue,
        fines_on=row.fines_on,
        fine_per_day_fen=row.fine_per_day_fen,
        child_age=row.child_age,
    )


@checked
def get_rules(db: Database) -> LendingRules:
    """The lending rules (no personal data)."""
    with db.read() as s:
        return rules_in(s)


def _validate(r: LendingRules) -> None:
    errors: dict[str, str] = {}
    if not 1 <= r.loan_days <= limits.DAYS.high:
        errors["loan_days"] = translate("Library", "The loan period is 1 to 366 days.")
    if not 1 <= r.max_loans <= 100:
        errors["max_loans"] = translate("Library", "A reader may hold 1 to 100 books at once.")
    if not 0 <= r.max_renewals <= 20:
        errors["max_renewals"] = translate("Library", "Renewals are 0 to 20 per loan.")
    if not 0 <= r.fine_per_day_fen <= 10_000:
        errors["fine_per_day_fen"] = translate("Library", "The fine is 0 to ¥100.00 a day.")
    if r.fines_on and r.fine_per_day_fen <= 0:
        errors["fine_per_day_fen"] = translate("Library", "Give the fine per day, or turn fines off.")
    if not 0 <= r.child_age <= 18:
        errors["child_age"] = translate("Library", "The age for borrowing on one's own record is 0 to 18.")
    if errors:
        raise ValidationError(errors)


@checked
def save_rules(db: Database, actor: Actor, rules: LendingRules) -> None:
    """Store the lending rules (audited with the values before). Raises ValidationError for a value out of range."""
    require(actor, MANAGE_BOOK_ROOM)
    for name, value in asdict(rules).items():
        if type(value) is not (bool if isinstance(getattr(DEFAULTS, name), bool) else int):
            raise ValidationError({name: translate("Library", "Expected a whole number.")})
    _validate(rules)
    with db.write() as s:
        before = rules_in(s)
        row = s.get(LibrarySettings, 1)
        if row is None:
            row = LibrarySettings(id=1)
            s.add(row)
        for name, value in asdict(rules).items():
            setattr(row, name, value)
        row.updated_at = clock.now()
        row.updated_by_id = actor.user_id
        b, a = audit.changed_fields(asdict(before), asdict(rules))
        audit.record(s, actor, "change", "library_settings", 1, audit.message("library.rules"), before=b, after=a)
