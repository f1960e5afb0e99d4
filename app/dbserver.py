"""A workstation's database server (PostgreSQL): what the administrator types, checked, turned into a URL, and
tried ("Test connection"). Stored per PC by the UI (ui/dbserver_store.py); used at the next start.

Several workstations of a center share one PostgreSQL database on one PC (README, "Several workstations").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.errors import KnownDatabaseError, ValidationError
from app.i18n import translate

DEFAULT_PORT = 5432
MAX_NAME = 63  # PostgreSQL's identifier length (role and database names)
MAX_HOST = 253  # a DNS name


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    database: str
    user: str
    password: str = ""

    def url(self) -> str:
        """The SQLAlchemy URL, password included (hand it to the engine only; show `label()`)."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def _bad_chars(value: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value)


def validate(raw: ServerSettings) -> ServerSettings:
    """The settings trimmed, or ValidationError naming each field that is wrong (in the user's language)."""
    host, database, user = raw.host.strip(), raw.database.strip(), raw.user.strip()
    errors: dict[str, str] = {}
    if not host:
        errors["host"] = translate("DatabaseServer", "Enter the server PC's name or IP address.")
    elif len(host) > MAX_HOST:
        errors["host"] = translate(
            "DatabaseServer", "The server name is at most {limit} characters, {length} now."
        ).format(limit=MAX_HOST, length=len(host))
    elif _bad_chars(host) or any(c in host for c in " /@:?#"):
        errors["host"] = translate("DatabaseServer", "The server name may not contain spaces or / @ : ? #.")
    if not 1 <= int(raw.port) <= 65535:
        errors["port"] = translate("DatabaseServer", "The port is a number from 1 to 65535 (PostgreSQL: 5432).")
    if not database:
        errors["database"] = translate("DatabaseServer", "Enter the database name.")
    elif len(database) > MAX_NAME:
        errors["database"] = translate(
            "DatabaseServer", "The database name is at most {limit} characters, {length} now."
        ).format(limit=MAX_NAME, length=len(database))
    elif _bad_chars(database):
        errors["database"] = translate(
            "DatabaseServer", "The database name contains a control character (perhaps from a paste); type it again."
        )
    if not user:
        errors["user"] = translate("DatabaseServer", "Enter the database user (the PostgreSQL role).")
    elif len(user) > MAX_NAME:
        errors["user"] = translate(
            "DatabaseServer", "The user name is at most {limit} characters, {length} now."
        ).format(limit=MAX_NAME, length=len(user))
    elif _bad_chars(user):
        errors["user"] = translate(
            "DatabaseServer", "The user name contains a control character (perhaps from a paste); type it again."
        )
    if len(raw.password) > 200:
        errors["password"] = translate(
            "DatabaseServer", "The password is at most {limit} characters, {length} now."
        ).format(limit=200, length=len(raw.password))
    elif _bad_chars(raw.password):
        errors["password"] = translate("DatabaseServer", "The password contains characters that cannot be used.")
    if errors:
        raise ValidationError(errors)
    return ServerSettings(host, int(raw.port), database, user, raw.password)


@dataclass(frozen=True)
class ConnectionReport:
    server_version: str
    ours: bool  # the database holds Community Desk's schema
    empty: bool  # no tables at all: the first start sets it up
    residents: int | None


def try_connection(settings: ServerSettings) -> ConnectionReport:
    """Connect once (slow when the server is away: run it off the UI thread) and say what is there.

    Raises ValidationError for bad fields, KnownDatabaseError with what to check when the server cannot be
    used (unreachable, wrong user or password, no such database). Writes nothing."""
    from sqlalchemy import text

    from app.database import problem_message
    from db.engine import Database, check_url
    from db.errors import DatabaseProblem

    settings = validate(settings)
    url = settings.url()
    try:
        check_url(url)
        db = Database(url)
        try:
            with db.read() as s:
                version = str(s.execute(text("SHOW server_version")).scalar_one()).split()[0]
                tables = set(
                    s.execute(
                        text(
                            "SELECT tablename FROM pg_tables "
                            "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
                        )
                    ).scalars()
                )
                ours = {"alembic_version", "residents", "users"} <= tables
                residents = int(s.execute(text("SELECT count(*) FROM residents")).scalar_one()) if ours else None
        finally:
            db.dispose()
    except DatabaseProblem as problem:
        raise KnownDatabaseError(problem_message(problem)) from problem
    return ConnectionReport(version, ours, not tables, residents)


def describe(report: ConnectionReport) -> str:
    """The result of a successful test, for the settings screen."""
    if report.ours:
        return translate(
            "DatabaseServer", "Connected (PostgreSQL {version}): a Community Desk database with {n} residents."
        ).format(version=report.server_version, n=report.residents)
    if report.empty:
        return translate(
            "DatabaseServer",
            "Connected (PostgreSQL {version}): the database is empty; Community Desk sets it up at the next start.",
        ).format(version=report.server_version)
    return translate(
        "DatabaseServer",
        "Connected (PostgreSQL {version}), but this database holds another program's tables: choose an empty "
        "database or the center's Community Desk database.",
    ).format(version=report.server_version)
