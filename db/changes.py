"""What a committed transaction changed, told to the other workstations: the write side of the live screens.

Every write on an engine passes `before_cursor_execute`; an INSERT, UPDATE or DELETE notes its table on the
connection. When the transaction commits, the tables are turned into *topics* (`TOPICS`: "canteen.tickets",
"childcare.attendance", "requests", "volunteers.roster", …) and, still inside the transaction, so that they are
seen exactly when the data is:

- PostgreSQL: one ``SELECT pg_notify('community_desk', 'topic,topic')``. PostgreSQL delivers a NOTIFY only when
  its transaction commits, and never when it rolls back. The topics' rows of ``change_topics`` are bumped as well
  (one statement), for readers that compare versions instead of listening (the alerts' sync).
- SQLite: each topic's row of ``change_topics`` is bumped (``version + 1``). A reader polls ``PRAGMA
  data_version`` (which moves when any other connection commits) and, when it moved, reads the few rows of
  ``change_topics`` to learn which topics did.

Nothing in the services publishes by hand: every path that writes (ORM flushes, the hot paths' prebuilt Core
statements, raw SQL through SQLAlchemy) is seen here. The cost is a cached look-up per statement (a regular expression the first time a text is seen) and, per
write transaction that touched a watched table, one statement (SQLite: one upsert per topic) — tens of
microseconds. The reading side (threads, LISTEN, polling) is `app.changes.ChangeFeed`.
"""

from __future__ import annotations

import functools
import logging
import re

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import InvalidRequestError

log = logging.getLogger(__name__)

#: The PostgreSQL channel every workstation LISTENs on.
CHANNEL = "community_desk"

#: Topic → the tables whose changes it stands for. A screen subscribes to the topics it shows; a table that is in no
#: topic (the audit trail, sequences, settings…) is written without telling anyone.
TOPICS: dict[str, tuple[str, ...]] = {
    "canteen.tickets": ("meal_tickets",),
    "canteen.bookings": ("meal_bookings",),
    "childcare.attendance": ("childcare_attendance", "childcare_duty"),
    "childcare.children": ("childcare_children", "childcare_contacts", "childcare_enrolments", "childcare_programs"),
    "requests": ("requests", "request_events", "request_claims", "request_followups"),
    "requests.station": ("station_visits",),
    "volunteers.roster": (
        "volunteer_shifts",
        "volunteer_signups",
        "volunteer_shift_templates",
        "volunteer_posts",
        "volunteer_hours",
    ),
    "volunteers": ("volunteers", "volunteer_qualifications", "volunteer_certificates"),
    "residents": ("residents", "resident_tags"),
    "library.district": ("library_sip_outbox",),  # district transactions waiting to be sent (app.library.sip2.outbox)
    "library.loans": ("library_loans", "library_holds", "library_renewals"),
    "library.catalogue": ("library_copies",),
    "activities": (
        "activity_courses",
        "activity_sessions",
        "activity_enrolments",
        "activity_attendance",
        "activity_certificates",
    ),
    "alerts": ("alerts", "alert_rules"),
    "community.visits": ("community_visits", "community_links"),
    "community.councils": (
        "community_councils",
        "community_council_members",
        "community_meetings",
        "community_meeting_attendees",
        "community_tasks",
    ),
    "health": (
        "health_consents",
        "health_signings",
        "health_conditions",
        "health_followup_plans",
        "health_followups",
        "health_followup_attempts",
        "health_readings",
        "health_referrals",
    ),
}
TOPIC_OF_TABLE: dict[str, str] = {table: topic for topic, tables in TOPICS.items() for table in tables}

#: A narrower topic beside "residents": it moves with the writes that can change who is registered (a resident added,
#: removed, archived or restored), when they were born, where they live and how they are tagged — every write to
#: `resident_tags`, an INSERT or DELETE on `residents`, an UPDATE of `residents` whose text names one of
#: `REGISTRY_COLUMNS` (anywhere in the statement: when in doubt it moves) — and not with an ordinary edit (a name, a
#: phone, a note), which moves "residents" alone. Readers whose results depend on nothing else of a resident (the
#: alert rules, app.alerts.sync) compare its counter instead of "residents".
REGISTRY = "residents.registry"
REGISTRY_COLUMNS = ("archived_at", "birth_date", "building", "unit", "room")
#: Narrower still: who is registered — an INSERT or DELETE on `residents`, an UPDATE of `residents` naming
#: `archived_at` (an archive or a restore) — for readers that read of a resident only whether they are archived.
ARCHIVE = "residents.archive"
ALL_TOPICS: frozenset[str] = frozenset(TOPICS) | {REGISTRY, ARCHIVE}

# INSERT [OR …] INTO t / UPDATE [OR …] t / DELETE FROM t, optionally after a WITH …; quoted names too.
_WRITE = re.compile(
    r"^\s*(?:WITH\b.*?\)\s*)?(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"
    r"(?:\"?\w+\"?\.)?\"?(\w+)\"?",
    re.IGNORECASE | re.DOTALL,
)
_PENDING = "community_desk_changed_topics"  # key in the DB-API connection's info dict

_SQLITE_BUMP = (
    "INSERT INTO change_topics (topic, version) VALUES (?, 1) "
    "ON CONFLICT (topic) DO UPDATE SET version = change_topics.version + 1"
)


@functools.lru_cache(maxsize=1024)  # SQLAlchemy hands the same compiled strings again and again
def topics_of_statement(statement: str) -> str | None:
    """The topic a SQL statement changes, or None (a query, or a table no screen watches)."""
    head = statement[:40].lstrip()[:6].upper()
    if not head.startswith(("INSERT", "UPDATE", "DELETE", "WITH")):
        return None
    m = _WRITE.match(statement)
    return TOPIC_OF_TABLE.get(m.group(1).lower()) if m else None


_UPDATE_OR = re.compile(r"^\s*UPDATE\s+OR\b", re.IGNORECASE)
_REGISTRY_WORDS = re.compile(r"\b(?:" + "|".join(REGISTRY_COLUMNS) + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def moves_registry(statement: str) -> bool:
    """Whether a write to "residents" (`topics_of_statement`) also moves `REGISTRY`: any write to resident_tags,
    an INSERT or DELETE on residents, an UPDATE of residents naming a `REGISTRY_COLUMNS` column."""
    m = _WRITE.match(statement)
    if m is None or m.group(1).lower() != "residents":
        return True  # resident_tags (or a statement we cannot read: move it)
    if statement.lstrip()[:6].upper() != "UPDATE" or _UPDATE_OR.match(statement):
        return True  # INSERT, DELETE, UPDATE OR REPLACE (may delete), or an UPDATE after a WITH …
    return _REGISTRY_WORDS.search(statement) is not None


_ARCHIVE_WORD = re.compile(r"\barchived_at\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def moves_archive(statement: str) -> bool:
    """Whether a write to "residents" (`topics_of_statement`) also moves `ARCHIVE`: an INSERT or DELETE on
    residents, an UPDATE of residents naming `archived_at`; never a write to resident_tags."""
    m = _WRITE.match(statement)
    if m is not None and m.group(1).lower() == "resident_tags":
        return False
    if m is None or statement.lstrip()[:6].upper() != "UPDATE" or _UPDATE_OR.match(statement):
        return True  # INSERT, DELETE, UPDATE OR REPLACE (may delete), or an UPDATE after a WITH …
    return _ARCHIVE_WORD.search(statement) is not None


def _before_cursor_execute(conn: Connection, _cursor, statement: str, _params, _context, _executemany) -> None:
    topic = topics_of_statement(statement)
    if topic is not None:
        pending = conn.info.setdefault(_PENDING, set())
        pending.add(topic)
        if topic == "residents":
            if moves_registry(statement):
                pending.add(REGISTRY)
            if moves_archive(statement):
                pending.add(ARCHIVE)


def _on_commit(conn: Connection) -> None:
    topics = conn.info.pop(_PENDING, None)
    if not topics:
        return
    dbapi = conn.connection.dbapi_connection
    try:
        cursor = dbapi.cursor()
        try:
            if conn.dialect.name == "postgresql":
                _pg_bump(cursor, sorted(topics))
                cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, ",".join(sorted(topics))))
            else:
                cursor.executemany(_SQLITE_BUMP, [(t,) for t in sorted(topics)])
        finally:
            cursor.close()
    except Exception:  # noqa: BLE001 - telling the other screens never costs the user their save
        # e.g. a database migrated before change_topics existed; the commit itself goes on (on SQLite a failed
        # statement does not end the transaction; on PostgreSQL pg_notify fails only in an already failed one).
        log.debug("change notification not sent for %s", topics, exc_info=True)


def _pg_bump(cursor, topics: list[str]) -> None:
    """PostgreSQL: bump the topics' counters too (for readers that compare versions rather than listen, such as
    the alerts' sync, app.alerts.sync), inside a savepoint so that a failure (an old database without the table)
    never fails the user's transaction. Topics are in sorted order, so two transactions never wait on each other's
    rows in a cycle; each row is held only while the transaction commits."""
    values = ", ".join(f"('{t}', 1)" for t in topics if t in ALL_TOPICS)  # our own names only, never user text
    if not values:
        return
    try:
        cursor.execute(
            "SAVEPOINT change_topics; INSERT INTO change_topics (topic, version) VALUES "
            + values
            + " ON CONFLICT (topic) DO UPDATE SET version = change_topics.version + 1; RELEASE SAVEPOINT change_topics"
        )
    except Exception:  # noqa: BLE001 - see _on_commit
        cursor.execute("ROLLBACK TO SAVEPOINT change_topics")
        log.debug("change counters not bumped for %s", topics, exc_info=True)


def _on_rollback(conn: Connection) -> None:
    try:
        conn.info.pop(_PENDING, None)
    except InvalidRequestError:  # a connection lost mid-transaction: it is discarded, and its pending topics with it
        pass


def track(engine: Engine) -> None:
    """Publish the topics of every committed write on `engine` (idempotent)."""
    if event.contains(engine, "before_cursor_execute", _before_cursor_execute):
        return
    event.listen(engine, "before_cursor_execute", _before_cursor_execute)
    event.listen(engine, "commit", _on_commit)
    event.listen(engine, "rollback", _on_rollback)


__all__ = [
    "ALL_TOPICS",
    "ARCHIVE",
    "CHANNEL",
    "REGISTRY",
    "REGISTRY_COLUMNS",
    "TOPICS",
    "moves_archive",
    "moves_registry",
    "topics_of_statement",
    "track",
]
