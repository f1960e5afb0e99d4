"""Open the database the way every entry point needs it: checked, migrated, with clear messages."""

from __future__ import annotations

from pathlib import Path

from app.errors import KnownDatabaseError
from app.i18n import translate
from db.engine import Database, probe_sqlite_file, sqlite_path, translate_errors
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
    }
    text = messages.get(problem.kind, translate("Database", "The database cannot be used{where}."))
    return text.format(where=where)


def open_database(url: str, *, migrate: bool = True, create: bool = True) -> Database:
    """Open `url`, refuse what is not ours or too new, and bring the schema up to date.

    Raises KnownDatabaseError with a message in the user's language for everything a user can act on.
    """
    from db import migrate as migrations

    path = sqlite_path(url)
    try:
        if path is not None:
            probe_sqlite_file(path)
            if not path.exists():
                if not create:
                    raise DatabaseProblem(DatabaseProblem.CANNOT_OPEN, "missing", str(path))
                make_private_dir(path.parent)
        db = Database(url)
        try:
            with translate_errors(path):
                migrations.check_not_newer(db.engine)
                if migrate:
                    migrations.upgrade(db.engine, url)
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
    return str(path) if path else url.split("@")[-1]


def is_file_url(url: str) -> Path | None:
    return sqlite_path(url)
