"""The audit trail's hash chain: each entry's seal is SHA-256 over the previous seal and the entry's fields.

Deleting an entry breaks the link of the one after it; changing one breaks its own seal; removing the newest
entries leaves the chain head (table `audit_chain_head`) pointing past the end. The encoding is a format:
changing it needs a migration that reseals every entry. Plain standard library (used by the migration too).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

GENESIS = "0" * 64  # the "previous seal" of the first entry
FIELDS = (
    "at",
    "user_id",
    "username",
    "action",
    "entity",
    "entity_id",
    "summary",
    "before_json",
    "after_json",
    "workstation",
)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def canonical_at(at: dt.datetime) -> str:
    """An instant as UTC with microseconds, `2026-11-30T01:02:03.000004Z` (a naive value is taken as UTC,
    which is how the column stores it)."""
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def seal(prev_hash: str, fields: dict) -> str:
    """The seal of an entry: hex SHA-256 of `prev_hash` and the entry's FIELDS as compact JSON (UTF-8).

    `fields` holds at least FIELDS (`at` an aware or naive-UTC datetime, `user_id` an int or None, the rest
    text or None)."""
    values = [prev_hash]
    for name in FIELDS:
        value = fields.get(name)
        values.append(canonical_at(value) if name == "at" and value is not None else value)
    payload = _ENCODER.encode(values)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- the append-only triggers ------------------------------------------------------------------------------------

SQLITE_TRIGGERS = {
    "audit_log_no_update": (
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    ),
    "audit_log_no_delete": (
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    ),
}
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"
)
_PG_TRIGGER = (
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()"
)


def ensure_append_only(conn, *, repair: bool = True) -> list[str]:
    """Re-create the audit trail's append-only triggers where they are missing (or, on PostgreSQL, disabled);
    the names of those that were, [] when all were in place. `conn` is a SQLAlchemy Connection in a transaction
    (the caller commits); with `repair` False only the names are returned. A database without an audit_log table yet (before migration) is left alone."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "audit_log" not in tables:
            return []
        missing = [name for name in SQLITE_TRIGGERS if name not in names]
        for name in missing if repair else ():
            conn.exec_driver_sql(SQLITE_TRIGGERS[name])
        return missing
    if dialect == "postgresql":
        if conn.exec_driver_sql("SELECT to_regclass('audit_log')").scalar() is None:
            return []
        state = conn.exec_driver_sql(
            "SELECT t.tgenabled FROM pg_trigger t WHERE t.tgrelid = 'audit_log'::regclass "
            "AND t.tgname = 'audit_log_append_only'"
        ).scalar()
        function = conn.exec_driver_sql("SELECT to_regproc('audit_log_refuse')").scalar()
        if (state is None or function is None or state == "D") and not repair:
            return ["audit_log_append_only"]
        if state is None or function is None:
            conn.exec_driver_sql(_PG_FUNCTION)
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
            conn.exec_driver_sql(_PG_TRIGGER)
            return ["audit_log_append_only"]
        if state == "D":
            conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
            return ["audit_log_append_only (disabled)"]
    return []


# --- the outside anchor ------------------------------------------------------------------------------------------

ANCHOR_SUFFIX = ".audit-anchor.log"


def append_anchor(path, event: str, entries: int, last_id: int | None, last_hash: str) -> bool:
    """Append one line `{"at", "event", "entries", "last_id", "last_hash"}` (JSON) to the anchor file `path`,
    created owner-only and only ever appended to; False (nothing raised) when the file cannot be written."""
    import os

    from db.files import FILE_MODE, owner_only

    line = json.dumps(
        {
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "event": event,
            "entries": entries,
            "last_id": last_id,
            "last_hash": last_hash,
        },
        sort_keys=True,
    )
    try:
        with owner_only():
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            os.write(fd, (line + "\n").encode("utf-8"))
        finally:
            os.close(fd)
    except OSError:
        return False
    return True


def last_anchor(path) -> dict | None:
    """The newest readable line of the anchor file `path`, or None (no file, or no readable line)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    for line in reversed(lines):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict) and isinstance(value.get("entries"), int) and "last_hash" in value:
            return value
    return None


def sqlite_head(path) -> tuple[int, int | None, str] | None:
    """(entries, last_id, last_hash) of the SQLite database file `path` (plain sqlite3), or None without a head."""
    import sqlite3
    from pathlib import Path

    con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        head = con.execute("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1").fetchone()
        if head is None:
            return None
        n = con.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        return n, head[0], head[1]
    except sqlite3.DatabaseError:
        return None
    finally:
        con.close()
