"""The change feed without Qt: which topics a commit announces, none for a rollback, and the feed's lifetime."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from sqlalchemy import text

from app.changes import ChangeFeed
from db.changes import ALL_TOPICS, ARCHIVE, REGISTRY, TOPICS, moves_archive, moves_registry, topics_of_statement
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


@pytest.mark.parametrize(
    ("sql", "moves", "archive"),
    [
        ("UPDATE residents SET name=?, phone=?, updated_at=? WHERE residents.id = ?", False, False),  # an edit
        ('UPDATE "residents" SET notes = notes WHERE id = (SELECT max(id) FROM residents)', False, False),
        ("UPDATE residents SET room=?, updated_at=? WHERE residents.id = ?", True, False),
        ("UPDATE residents SET archived_at=?, archived_by_id=?, archive_reason=? WHERE residents.id = ?", True, True),
        ("UPDATE residents SET archived_at=NULL, archived_by_id=NULL WHERE residents.id = ?", True, True),  # restored
        ("update residents set BIRTH_DATE = ? where id = ?", True, False),
        ("UPDATE residents SET building = ?, unit = ?", True, False),
        ("UPDATE residents SET notes = '' WHERE unit IS NULL", True, False),  # names a column: when in doubt it moves
        ("UPDATE OR REPLACE residents SET id_number = ?", True, True),  # may delete a row
        ("WITH x AS (SELECT 1) UPDATE residents SET notes = ?", True, True),
        ("INSERT INTO residents (name) VALUES (?)", True, True),
        ("DELETE FROM residents WHERE id = ?", True, True),
        ("INSERT INTO resident_tags (resident_id, tag) VALUES (?, ?)", True, False),
        ("UPDATE resident_tags SET detail=? WHERE resident_tags.resident_id = ?", True, False),
        ("DELETE FROM resident_tags WHERE resident_id = ?", True, False),
    ],
)
def test_which_writes_to_residents_move_the_registry_and_the_archive(sql, moves, archive):
    assert topics_of_statement(sql) == "residents"
    assert moves_registry(sql) is moves
    assert moves_archive(sql) is archive


def test_an_ordinary_edit_moves_residents_but_not_the_registry_a_move_not_the_archive(db, admin):
    """On both databases: the counters as the alerts' sync reads them (db.changes.REGISTRY)."""
    from app.residents.service import ResidentInput, archive_resident, create_resident, get_resident, update_resident

    def versions() -> dict[str, int]:
        with db.read() as s:
            return {t: v for t, v in s.execute(text("SELECT topic, version FROM change_topics"))}

    rid = create_resident(db, admin, ResidentInput(name="张三", building="6", unit="2", room="301"))
    before = versions()
    assert before[REGISTRY] >= 1 and before[ARCHIVE] >= 1  # a resident added moves both
    form = get_resident(db, rid, actor=admin).to_input()
    update_resident(db, admin, rid, dataclasses.replace(form, name="张叁", phone="13800138000", notes="新号码"))
    after = versions()
    assert after["residents"] == before["residents"] + 1
    assert (after[REGISTRY], after[ARCHIVE]) == (before[REGISTRY], before[ARCHIVE])
    update_resident(db, admin, rid, dataclasses.replace(form, room="302"))
    moved = versions()
    assert moved["residents"] == after["residents"] + 1
    assert (moved[REGISTRY], moved[ARCHIVE]) == (after[REGISTRY] + 1, after[ARCHIVE])
    archive_resident(db, admin, rid, "搬走")
    archived = versions()
    assert (archived[REGISTRY], archived[ARCHIVE]) == (moved[REGISTRY] + 1, moved[ARCHIVE] + 1)


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
