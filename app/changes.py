"""Which topics other connections committed: the read side of the live screens (no Qt).

`ChangeFeed.for_database(db)` gives the one feed of an open database. Its thread holds a dedicated connection (not
one of the pool's) and calls each subscriber with a frozenset of topics (names in `db.changes.TOPICS`) *from that
thread*; the UI bridges to its own thread (ui/common/live.py).

- PostgreSQL: ``LISTEN community_desk``; the thread sleeps in select() on the connection's socket and on a wake-up
  pipe, so a NOTIFY is passed on at once and `stop()` is immediate. Notifications arriving within `COALESCE_S`
  of each other are passed on together.
- SQLite: ``PRAGMA data_version`` every `POLL_S` (a few microseconds: it reads a counter in the shared memory);
  when it moved, the handful of rows of ``change_topics`` say which topics did.

The feed sees its own process's writes too (they come through other connections): a screen that has just
refreshed itself after its own save refreshes once more, keeping its selection and scroll position.

When the connection fails (server restarted, network gone, file replaced by a restore) the feed reconnects every
`RETRY_S` seconds, and once back passes on every topic, since what changed meanwhile is unknown.
"""

from __future__ import annotations

import logging
import os
import selectors
import threading
from collections.abc import Callable
from typing import Any

from db.changes import ALL_TOPICS, CHANNEL
from db.engine import Database

log = logging.getLogger(__name__)

Subscriber = Callable[[frozenset[str]], None]

POLL_S = 0.5
COALESCE_S = 0.05
RETRY_S = 2.0


class ChangeFeed:
    """One thread per open database telling subscribers which topics changed (see the module docstring)."""

    def __init__(self, db: Database, *, poll_s: float = POLL_S) -> None:
        self.db = db
        self.poll_s = poll_s
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = os.pipe()
        self.connected = threading.Event()  # set while the feed's connection is up (tests wait on it)
        self.backend_pid: int | None = None  # PostgreSQL: the server process of the LISTEN connection
        db.on_dispose(self.stop)

    @classmethod
    def for_database(cls, db: Database) -> ChangeFeed:
        """The feed of `db`, created (and started) on first use; stopped by `db.dispose()`."""
        feed = getattr(db, "_change_feed", None)
        if feed is None:
            feed = cls(db)
            db._change_feed = feed  # type: ignore[attr-defined]
            feed.start()
        return feed

    # --- subscribers ----------------------------------------------------------------------------------------
    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback(topics)` from the feed's thread after each change; returns the function that unsubscribes."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def _publish(self, topics: frozenset[str]) -> None:
        if not topics:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(topics)
            except Exception:  # noqa: BLE001 - one broken subscriber must not silence the others
                log.exception("change subscriber failed")

    # --- thread ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="community-desk-changes", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread and close its connection (waits up to `timeout` seconds)."""
        self._stop.set()
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        self._thread = None
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._wake_r = self._wake_w = -1

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception:  # noqa: BLE001 - the server may be down: try again
                log.debug("change feed cannot connect", exc_info=True)
                self._stop.wait(RETRY_S)
                continue
            try:
                if not first:
                    self._publish(ALL_TOPICS)  # back after a failure: anything may have changed meanwhile
                first = False
                self.connected.set()
                if self.db.is_sqlite:
                    self._poll_sqlite(conn)
                else:
                    self._listen_postgresql(conn)
            except Exception:  # noqa: BLE001 - a lost connection: reconnect
                if not self._stop.is_set():
                    log.info("change feed lost its connection; reconnecting", exc_info=True)
            finally:
                self.connected.clear()
                try:
                    conn.close()
                except Exception:  # noqa: BLE001
                    pass
            self._stop.wait(RETRY_S)

    def _connect(self) -> Any:
        """A DB-API connection of the engine's own making (same URL, options and pragmas), out of the pool."""
        fairy = self.db.engine.raw_connection()
        fairy.detach()
        dbapi = fairy.dbapi_connection
        if self.db.is_sqlite:
            dbapi.isolation_level = None  # every statement sees the newest commit
        else:
            dbapi.autocommit = True
            dbapi.execute(f"LISTEN {CHANNEL}")
            self.backend_pid = dbapi.info.backend_pid
        return dbapi

    def _poll_sqlite(self, conn: Any) -> None:
        def versions() -> dict[str, int]:
            return dict(conn.execute("SELECT topic, version FROM change_topics").fetchall())

        seen_data = conn.execute("PRAGMA data_version").fetchone()[0]
        seen = versions()
        while not self._stop.wait(self.poll_s):
            data = conn.execute("PRAGMA data_version").fetchone()[0]
            if data == seen_data:
                continue
            seen_data = data
            now = versions()
            changed = frozenset(t for t, v in now.items() if seen.get(t) != v)
            seen = now
            self._publish(changed)

    def _listen_postgresql(self, conn: Any) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(conn.fileno(), selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stop.is_set():
                wait = COALESCE_S
                if not selector.select(timeout=60):
                    # A quiet minute: ask the server something, so a dead connection is found and replaced (and
                    # what arrived meanwhile waits in psycopg's backlog, read below).
                    conn.execute("SELECT 1")
                    wait = 0.0
                if self._stop.is_set():
                    return
                topics: set[str] = set()
                for note in conn.notifies(timeout=wait):
                    topics.update(t for t in note.payload.split(",") if t)
                self._publish(frozenset(topics))


__all__ = ["ChangeFeed"]
