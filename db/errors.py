"""Database problems a user can act on, each with a kind the UI turns into a message.

File databases (SQLite) fail by their file: locked, full, not a database. Server databases (PostgreSQL) fail by
the way to them: the server cannot be reached, it refuses the user or password, it has no such database, or the
connection drops in the middle of a shift (`CONNECTION_LOST`; with `in_doubt` when it dropped while a unit of
work was committing, so the caller must look up whether its record was saved before saying either way).
"""

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
    # server databases
    BAD_URL = "bad_url"
    DRIVER_MISSING = "driver_missing"
    UNREACHABLE = "unreachable"
    LOGIN_FAILED = "login_failed"
    NO_SUCH_DATABASE = "no_database"
    CONNECTION_LOST = "connection_lost"

    def __init__(self, kind: str, detail: str = "", path: str | None = None, *, in_doubt: bool = False) -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail
        self.path = path  # a file's path, or a server database's "user@host:port/name" (never the password)
        self.in_doubt = in_doubt


# Ordered: a refused login or a missing database is reported by libpq inside a "connection failed" message.
_SERVER_SIGNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (DatabaseProblem.LOGIN_FAILED, ("password authentication failed", "no password supplied", "pg_hba.conf",
                                    "authentication failed")),
    (DatabaseProblem.NO_SUCH_DATABASE, ("does not exist",)),  # 'database "x" does not exist' at connect
    (DatabaseProblem.CONNECTION_LOST, ("server closed the connection", "terminating connection", "connection is lost",
                                       "ssl syscall", "consuming input failed", "the connection is closed",
                                       "connection reset by peer", "broken pipe", "server conn crashed",
                                       "sending query failed", "could not receive data", "could not send data")),
    (DatabaseProblem.UNREACHABLE, ("connection refused", "could not translate host name", "name or service not known",
                                   "failed to resolve host", "timeout expired", "no route to host",
                                   "network is unreachable", "could not connect to server", "connection failed",
                                   "the database system is starting up", "the database system is shutting down",
                                   "temporary failure in name resolution")),
)  # fmt: skip


def classify_operational_error(exc: BaseException) -> str | None:
    """Map a DB-API error to a DatabaseProblem kind, or None when it is a bug."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
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
    if not _is_server_error(orig):
        return None
    for kind, signs in _SERVER_SIGNS:
        if any(sign in text for sign in signs):
            return kind
    if getattr(exc, "connection_invalidated", False):  # SQLAlchemy saw a disconnect it knows
        return DatabaseProblem.CONNECTION_LOST
    return None


def _is_server_error(orig: BaseException) -> bool:
    """Only the driver's operational and interface errors (not a constraint or a syntax error) say the way to
    the server failed."""
    module = type(orig).__module__ or ""
    if not module.startswith("psycopg"):
        return False
    return any(cls.__name__ in {"OperationalError", "InterfaceError"} for cls in type(orig).__mro__)
