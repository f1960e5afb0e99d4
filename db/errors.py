"""Database problems a user can act on, each with a kind the UI turns into a message."""

from __future__ import annotations


class DatabaseProblem(Exception):
    NOT_A_DATABASE = "not_database"
    NOT_OURS = "not_ours"
    LOCKED = "locked"
    TOO_NEW = "too_new"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    DAMAGED = "damaged"

    def __init__(self, kind: str, detail: str = "", path: str | None = None) -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail
        self.path = path


def classify_operational_error(exc: BaseException) -> str | None:
    """Map a DB-API error to a DatabaseProblem kind, or None when it is a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "file is not a database" in text or "file is encrypted" in text:
        return DatabaseProblem.NOT_A_DATABASE
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseProblem.LOCKED
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseProblem.DISK_FULL
    if "readonly database" in text or "read-only" in text:
        return DatabaseProblem.READ_ONLY
    if "unable to open database" in text:
        return DatabaseProblem.CANNOT_OPEN
    if "malformed" in text or "disk image" in text:
        return DatabaseProblem.DAMAGED
    return None
