"""The change feed without Qt: which topics a commit announces, none for a rollback, and the feed's lifetime."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from app.changes import ChangeFeed
from db.changes import ALL_TOPICS, TOPICS, topics_of_statement
from db.engine import Database
from db.models import Base


def test_every_topic_names_real_tables():
    tables = set(Base.metadata.tables)
    for topic, names in TOPICS.items():
        assert set(names) <= tables, f"{topic}: {set(names) - tables} are not tables (renamed?)"


@pytest.mark.parametrize(
    ("sql", "topic"),
    [
        ("INSERT INTO meal_tickets (id) VALUES (1)", "canteen.tickets"),
        ('insert into "meal_tickets" (id) values (?)', "canteen.tickets"),
        ("INSERT OR REPLACE INTO childcare_attendance VALUES (1)", "childcare.attendance"),
        ("UPDATE requests SET status = 'dispatched'", "requests"),
        ("\n  UPDATE volunteer_signups SET status = ?", "volunteers.roster"),
        ("DELETE FROM request_claims WHERE id = 1", "requests"),
        ("WITH x AS (SELECT (1)) INSERT INTO meal_tickets SELECT * FROM x", "canteen.tickets"),
        ("SELECT * FROM meal_tickets", None),
        ("UPDATE sequences SET value = value + 1", None),
        ("INSERT INTO audit_log (id) VALUES (1)", None),
    ],
)
def test_topics_of_statement(sql, topic):
    assert topics_of_statement(sql) == topic


def _collect(feed: ChangeFeed) -> tuple[list[frozenset[str]], threading.Event]:
    got: list[frozenset[str]] = []
    arrived = threading.Event()

    def on_change(topics: frozenset[str]) -> None:
        got.append(topics)
        arrived.set()

    feed.subscribe(on_change)
    return got, arrived


def test_a_commit_announces_its_topics_and_a_rollback_nothing(db, db_url):
    feed = ChangeFeed(db)
    got, arrived = _collect(feed)
    feed.start()
    assert feed.connected.wait(10)
    other = Database(db_url)
    try:
        with pytest.raises(RuntimeError), other.write() as s:
            s.execute(text("UPDATE requests SET status = status"))
            raise RuntimeError("the user's save fails: nothing written, nobody told")
        with other.write() as s:
            s.execute(text("UPDATE meal_tickets SET quantity = quantity"))
            s.execute(text("UPDATE childcare_attendance SET child_id = child_id"))
        assert arrived.wait(10)
        assert got[0] == {"canteen.tickets", "childcare.attendance"}
    finally:
        other.dispose()
        feed.stop()


def test_the_feed_stops_with_its_database(db_url):
    db = Database(db_url)
    feed = ChangeFeed.for_database(db)
    assert ChangeFeed.for_database(db) is feed
    assert feed.connected.wait(10)
    thread = feed._thread
    db.dispose()
    assert thread is not None and not thread.is_alive()
    assert not feed.connected.is_set()


def test_after_a_lost_connection_the_feed_reconnects_and_tells_every_topic(db, db_url):
    """The server ends the LISTEN connection (a restart, a dropped network): the feed connects again by itself and,
    not knowing what changed meanwhile, tells every topic; then it follows changes as before."""
    if db.is_sqlite:
        pytest.skip("SQLite: the feed reads a local file; there is no server connection to lose")
    feed = ChangeFeed(db)
    got, arrived = _collect(feed)
    feed.start()
    try:
        assert feed.connected.wait(10)
        lost = feed.backend_pid
        with db.engine.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": lost})
        assert arrived.wait(20)
        assert got[0] == ALL_TOPICS and feed.backend_pid != lost
        arrived.clear()
        with db.write() as s:
            s.execute(text("UPDATE requests SET status = status"))
        assert arrived.wait(10)
        assert got[-1] == {"requests"}
    finally:
        feed.stop()
