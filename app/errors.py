"""Errors a user can act on. Anything else is a bug and goes to the crash dialog."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused action. `message` is already in the user's language."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class ValidationError(UserError):
    """One or more fields are wrong; `errors` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        first = next(iter(errors.values()))
        super().__init__(first, field=next(iter(errors)))
        self.errors = dict(errors)


class NotFound(UserError):
    pass


class PermissionDenied(UserError):
    pass


class KnownDatabaseError(UserError):
    """The database cannot be used for a reason outside the program: locked, not a database, too new, disk full."""
