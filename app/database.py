"""Open the database the way every entry point needs it: checked, migrated, with clear messages."""

from __future__ import annotations

from pathlib import Path

from app.errors import KnownDatabaseError
from app.i18n import translate
from db.engine import Database, check_url, normalise_url, probe_sqlite_file, server_label, sqlite_path, translate_errors
from db.errors import DatabaseProblem
from db.files import make_private_dir


def problem_message(problem: DatabaseProblem) -> str:
    where = f" ({problem.path})" if problem.path else ""
    messages = {
        DatabaseProblem.NOT_A_DATABASE: translate("Database", "This file is not a database{where}."),
        DatabaseProblem.NOT_OURS: translate(
            "Database", "This database belongs to another program, not Community Desk{where}."
        ),
        DatabaseProblem.LOCKED: translate(
            "Database", "The database is in use by another program and stayed locked{where}. Close it and try again."
        ),
        DatabaseProblem.TOO_NEW: translate(
            "Database",
            "This database was written by a newer version of Community Desk{where}. Install the newer version.",
        ),
        DatabaseProblem.DISK_FULL: translate("Database", "The disk is full: nothing was saved{where}."),
        DatabaseProblem.READ_ONLY: translate("Database", "The database cannot be written to{where}."),
        DatabaseProblem.CANNOT_OPEN: translate("Database", "The database cannot be opened{where}."),
        DatabaseProblem.DAMAGED: translate("Database", "The database is damaged{where}."),
        DatabaseProblem.BAD_URL: translate(
            "Database",
            "The database address is not valid{where}. A server database is written like "
            "postgresql+psycopg://user:password@host:5432/database; check the address in the settings or after --db.",
        ),
        DatabaseProblem.DRIVER_MISSING: translate(
            "Database",
            "The PostgreSQL driver (psycopg) is not installed, so the database server cannot be used{where}. "
            "Reinstall Community Desk.",
        ),
        DatabaseProblem.UNREACHABLE: translate(
            "Database",
            "The database server cannot be reached{where}. Check that the server PC is on and PostgreSQL is "
            "running there, the network cable or Wi-Fi, and the host name and port in the settings.",
        ),
        DatabaseProblem.LOGIN_FAILED: translate(
            "Database",
            "The database server refused the user name or password{where}. Check the user and password in the "
            "settings (they are the PostgreSQL role's, not a staff sign-in).",
        ),
        DatabaseProblem.NO_SUCH_DATABASE: translate(
            "Database",
            "The database server has no database of that name{where}. Check the database name in the settings, "
            "or create it on the server first.",
        ),
        DatabaseProblem.CONNECTION_LOST: translate(
            "Database",
            "The connection to the database server was lost{where}. Nothing from this step was saved; the app "
            "reconnects by itself when the server is back. Check the network and the server PC, then try again.",
        ),
    }
    if problem.kind == DatabaseProblem.CONNECTION_LOST and problem.in_doubt:
        return translate(
            "Database",
            "The connection to the database server was lost while saving{where}: it may or may not have been "
            "saved. Look it up before doing it again.",
        ).format(where=where)
    text = messages.get(problem.kind, translate("Database", "The database cannot be used{where}."))
    return text.format(where=where)


def _fill_official_calendar(db: Database) -> None:
    """The official holidays and 调休 days of every year the maintained calendar knows, kept current each time the
    database opens (the center's own entries are never changed; see app.workdays.fill_official)."""
    from app.accounts.center_admin import fill_official_calendar
    from app.actor import SYSTEM

    fill_official_calendar(db, SYSTEM)


def open_database(url: str, *, migrate: bool = True, create: bool = True, official_calendar: bool = False) -> Database:
    """Open `url`, refuse what is not ours or too new, and bring the schema up to date; with `official_calendar`
    (the app and the command line) also bring the holiday calendar up to the official one, keeping the center's
    own days (app.workdays.fill_official).
    With `migrate`, the audit trail's append-only triggers are also put back if missing, and that is audited
    (app.audit.restore_guards).

    Raises KnownDatabaseError with a message in the user's language for everything a user can act on.
    """
    from db import migrate as migrations

    url = normalise_url(url)
    path = sqlite_path(url)
    try:
        if path is None:
            check_url(url)
        if path is not None:
            probe_sqlite_file(path)
            if not path.exists():
                if not create:
                    raise DatabaseProblem(DatabaseProblem.CANNOT_OPEN, "missing", str(path))
                make_private_dir(path.parent)
        db = Database(url)
        try:
            with translate_errors(path, url):
                if migrate:
                    migrations.upgrade(db.engine, url)  # refuses a newer database first
                    from app.audit import restore_guards

                    restore_guards(db)  # append-only triggers dropped by hand or missing from a restored copy
                else:
                    migrations.check_not_newer(db.engine)
            if migrate and official_calendar:
                _fill_official_calendar(db)
        except BaseException:
            db.dispose()  # a refused database leaves no connection open (on a server, one per attempt)
            raise
        return db
    except DatabaseProblem as problem:
        raise KnownDatabaseError(problem_message(problem)) from problem
    except OSError as exc:
        raise KnownDatabaseError(
            translate("Database", "The database folder cannot be used: {error}").format(error=exc.strerror or exc)
        ) from exc


def database_label(url: str) -> str:
    path = sqlite_path(url)
    return str(path) if path else server_label(url)


def is_file_url(url: str) -> Path | None:
    return sqlite_path(url)
