"""One engine and session factory per database, with SQLite set up for a front-desk PC.

Every SQLite connection gets foreign keys, WAL, a busy timeout and synchronous=FULL. Write units of
work start with BEGIN IMMEDIATE, so two workstations (or two windows) queue on the write lock
instead of failing half-way through a transaction.

A PostgreSQL server is reached over the center's network, which may drop or restart mid-shift. Its engine
pings a pooled connection before handing it out (`pool_pre_ping`: a connection the server closed while it sat
in the pool is replaced, so the first action after a restart works), gives up connecting after
`CONNECT_TIMEOUT_S` instead of hanging the counter, and uses TCP keepalives so a dead link is noticed within
about half a minute. A disconnect invalidates the whole pool (SQLAlchemy does so on any connection-lost
error), so the next unit of work connects afresh. Failures become `DatabaseProblem`s (see db/errors.py); a
connection lost while a unit of work was committing is marked `in_doubt`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from db import changes
from db.errors import DatabaseProblem, classify_operational_error
from db.files import create_private_file, sqlite_path, tighten_database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 5
# libpq's keepalives: a link that died without a word (a cable, a switched-off PC) is given up after ~25 s.
_PG_CONNECT_DEFAULTS = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "application_name": "community-desk",
}
# PRAGMA application_id marks a file as a Community Desk database ("CDK1").
APPLICATION_ID = 0x43444B31


def _on_connect(dbapi_conn, _record) -> None:
    # The driver must not open transactions on its own: we emit BEGIN ourselves (see _on_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _on_begin(conn) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _private_file_before_connect(path: Path):
    """A `do_connect` hook: the database file is created owner-only before SQLite opens (and would create) it,
    so its -wal and -shm, which SQLite gives the main file's permissions, are owner-only too; an existing
    database and its files lose any group/other permissions."""

    def hook(_dialect, _record, _cargs, _cparams) -> None:
        if path.parent.is_dir():
            if not create_private_file(path):
                tighten_database(path)

    return hook


def normalise_url(url: str) -> str:
    """`postgres://` and `postgresql://` (what PostgreSQL's own tools and most guides write) mean our driver,
    psycopg 3; SQLAlchemy would otherwise refuse the first and look for psycopg2 for the second."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def server_label(url: str) -> str:
    """`user@host:port/database` for messages and logs: never the password."""
    try:
        u = make_url(url)
    except (ArgumentError, ValueError):
        return url.split("@")[-1].split("?")[0]
    user = f"{u.username}@" if u.username else ""
    port = f":{u.port}" if u.port else ""
    return f"{user}{u.host or 'localhost'}{port}/{u.database or ''}"


def check_url(url: str) -> None:
    """Raise DatabaseProblem (BAD_URL, DRIVER_MISSING) when `url` cannot even be tried."""
    try:
        u = make_url(normalise_url(url))
        if u.get_backend_name() not in ("sqlite", "postgresql"):
            raise DatabaseProblem(DatabaseProblem.BAD_URL, u.drivername, server_label(url))
        u.get_dialect()
        if u.get_backend_name() == "postgresql":
            if u.port is not None and not 0 < u.port < 65536:
                raise ValueError(u.port)
            __import__("psycopg")
    except (ArgumentError, ValueError, NoSuchModuleError) as exc:
        raise DatabaseProblem(DatabaseProblem.BAD_URL, str(exc), server_label(url)) from exc
    except ImportError as exc:
        raise DatabaseProblem(DatabaseProblem.DRIVER_MISSING, str(exc), server_label(url)) from exc


def make_engine(url: str, *, echo: bool = False) -> Engine:
    url = normalise_url(url)
    # hide_parameters: an error's message never carries the values (names, ID numbers) it was writing.
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            echo=echo,
            hide_parameters=True,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        path = sqlite_path(url)
        if path is not None:
            event.listen(engine, "do_connect", _private_file_before_connect(path))
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
    else:
        query = make_url(url).query
        connect_args = {k: v for k, v in _PG_CONNECT_DEFAULTS.items() if k not in query}
        engine = create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True)
    return engine


class Database:
    """An open database: `read()` for queries, `write()` for one unit of work that commits or rolls back whole."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        url = normalise_url(url)
        self.url = url
        self.engine = engine or make_engine(url)
        changes.track(self.engine)  # committed writes tell the other workstations' screens (db/changes.py)
        self._on_dispose: list[Callable[[], None]] = []
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        # The ORM's sessions are made on first use: opening a database to look at it (the self-check, a schema
        # check) does not load the ORM (0.1 s of imports).
        self._sessions: tuple[sessionmaker, sessionmaker] | None = None

    def _makers(self) -> tuple[sessionmaker, sessionmaker]:
        """(read, write) session factories; two threads asking at once may each make a pair, either serves."""
        makers = self._sessions
        if makers is None:
            from sqlalchemy.orm import sessionmaker

            writer = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
            makers = self._sessions = (
                sessionmaker(self.engine, expire_on_commit=False),
                sessionmaker(writer, expire_on_commit=False),
            )
        return makers

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with translate_errors(self.path, self.url), self._makers()[0]() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work. A connection lost while it commits raises DatabaseProblem(CONNECTION_LOST,
        in_doubt=True): the server may or may not have kept it, and only a look-up can tell."""
        committing = False
        try:
            with translate_errors(self.path, self.url):
                with self._makers()[1].begin() as session:
                    yield session
                    committing = True
        except DatabaseProblem as problem:
            if committing and problem.kind == DatabaseProblem.CONNECTION_LOST:
                problem.in_doubt = True
            raise

    def read_retrying(self, fn, attempts: int = 3, pause_s: float = 1.0):
        """`fn(session)` in a read, tried again after a lost connection or an unreachable server (a server
        restarting is back within seconds); the last problem is raised when every attempt failed."""
        import time

        for attempt in range(attempts):
            try:
                with self.read() as s:
                    return fn(s)
            except DatabaseProblem as problem:
                if problem.kind not in (DatabaseProblem.CONNECTION_LOST, DatabaseProblem.UNREACHABLE):
                    raise
                if attempt == attempts - 1:
                    raise
                time.sleep(pause_s)
        raise AssertionError("unreachable")  # pragma: no cover

    def on_dispose(self, callback: Callable[[], None]) -> None:
        """Call `callback` when the database is closed (e.g. to stop a change feed's thread and connection)."""
        self._on_dispose.append(callback)

    def dispose(self) -> None:
        while self._on_dispose:
            self._on_dispose.pop()()
        self.engine.dispose()


@contextlib.contextmanager
def translate_errors(path: Path | None = None, url: str | None = None) -> Iterator[None]:
    """Turn DB-API errors a user can act on into DatabaseProblem; let bugs through unchanged."""
    try:
        yield
    except DBAPIError as exc:
        kind = classify_operational_error(exc)
        if kind is None:
            raise
        where = str(path) if path else (server_label(url) if url else None)
        raise DatabaseProblem(kind, str(exc.orig), where) from exc
    except sqlite3.DatabaseError as exc:
        kind = classify_operational_error(exc)
        if kind is None:
            raise
        raise DatabaseProblem(kind, str(exc), str(path) if path else None) from exc


def probe_sqlite_file(path: Path) -> None:
    """Raise DatabaseProblem if `path` exists but cannot be used as our database."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseProblem(DatabaseProblem.CANNOT_OPEN, "is a folder", str(path))
    with path.open("rb") as fh:
        head = fh.read(16)
    if head and head != b"SQLite format 3\x00":
        raise DatabaseProblem(DatabaseProblem.NOT_A_DATABASE, "", str(path))
    if not head:
        return
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        kind = classify_operational_error(exc) or DatabaseProblem.NOT_A_DATABASE
        raise DatabaseProblem(kind, str(exc), str(path)) from exc
    if tables and app_id != APPLICATION_ID:
        raise DatabaseProblem(DatabaseProblem.NOT_OURS, "", str(path))


def copy_aside(path: Path, suffix: str) -> Path:
    """Copy a database file (through SQLite's backup API, so WAL contents come too) before migrating it."""
    dest = path.with_name(f"{path.name}.{suffix}.bak")
    create_private_file(dest)
    src = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def set_application_id(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def quick_check(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(text("PRAGMA quick_check")).scalar() == "ok"


__all__ = [
    "Database",
    "DatabaseProblem",
    "check_url",
    "copy_aside",
    "make_engine",
    "normalise_url",
    "probe_sqlite_file",
    "server_label",
]
