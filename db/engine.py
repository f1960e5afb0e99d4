"""One engine and session factory per database, with SQLite set up for a front-desk PC.

Every SQLite connection gets foreign keys, WAL, a busy timeout and synchronous=FULL. Write units of
work start with BEGIN IMMEDIATE, so two workstations (or two windows) queue on the write lock
instead of failing half-way through a transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db import changes
from db.errors import DatabaseProblem, classify_operational_error
from db.files import create_private_file, tighten_database

BUSY_TIMEOUT_MS = 10_000
# PRAGMA application_id marks a file as a Community Desk database ("CDK1").
APPLICATION_ID = 0x43444B31


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url[len("sqlite:///") :])
    return None


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


def make_engine(url: str, *, echo: bool = False) -> Engine:
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
        engine = create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
    return engine


class Database:
    """An open database: `read()` for queries, `write()` for one unit of work that commits or rolls back whole."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        changes.track(self.engine)  # committed writes tell the other workstations' screens (db/changes.py)
        self._on_dispose: list[Callable[[], None]] = []
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with translate_errors(self.path), self._read() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        with translate_errors(self.path), self._write.begin() as session:
            yield session

    def on_dispose(self, callback: Callable[[], None]) -> None:
        """Call `callback` when the database is closed (e.g. to stop a change feed's thread and connection)."""
        self._on_dispose.append(callback)

    def dispose(self) -> None:
        while self._on_dispose:
            self._on_dispose.pop()()
        self.engine.dispose()


@contextlib.contextmanager
def translate_errors(path: Path | None = None) -> Iterator[None]:
    """Turn DB-API errors a user can act on into DatabaseProblem; let bugs through unchanged."""
    try:
        yield
    except DBAPIError as exc:
        kind = classify_operational_error(exc)
        if kind is None:
            raise
        raise DatabaseProblem(kind, str(exc.orig), str(path) if path else None) from exc
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


__all__ = ["Database", "DatabaseProblem", "copy_aside", "make_engine", "probe_sqlite_file"]
