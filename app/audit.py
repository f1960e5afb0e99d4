"""Append-only audit trail: who, when, what, and for a change the values before and after.

Tamper-evident: each entry is sealed with SHA-256 over the previous entry's seal and its own fields
(db.audit_chain), so a deleted, edited or truncated trail shows in `verify_chain` (`community-desk verify-audit`,
and the audit viewer's banner) even when someone with the file dropped the append-only triggers first.

Every open of a database puts missing append-only triggers back and audits that they were missing
(`restore_guards`). An outside anchor: at each verify, backup (the app's exit backup included), init and restore
the chain head's hash and the entry count are appended to an owner-only, append-only file — beside a SQLite
database (`<file>.audit-anchor.log`), in the user data folder for a PostgreSQL server (`audit-anchors/`, keyed by
`user@host:port/database`). `verify_chain` compares the trail with the newest anchor: entries removed after it,
or a trail re-sealed at or before it, are found even when the head row was rewritten to match.

The remaining limit, honestly: there is no secret key. Someone who can write both the database and the anchor file
(the same OS account on the counter PC, or an administrator) can re-seal the trail and append a matching anchor
line; and changes made after the newest anchor and re-sealed before the next one are not detectable. The anchor
raises the bar (it must be edited too, and it lives outside the database); copies kept elsewhere (backups on
another drive, printed verify results) are what survive an attacker who holds the PC.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, event, func, insert, select, update
from sqlalchemy.orm import Session

from app import clock
from app.actor import Actor
from app.audit_text import Message, message
from app.audit_text import encode as encode_summary
from app.boundary import checked
from app.i18n import translate
from db.audit_chain import ANCHOR_SUFFIX, FIELDS, GENESIS, append_anchor, ensure_append_only, last_anchor, seal
from db.engine import Database, server_label, sqlite_path
from db.models import AuditChainHead, AuditEntry

_LOG = AuditEntry.__table__
_HEAD = AuditChainHead.__table__
_INSERT = insert(_LOG)
# FOR UPDATE holds the head row until commit on PostgreSQL, so appends from several workstations queue and the
# chain never forks; SQLite ignores it (BEGIN IMMEDIATE already holds the only write lock).
_READ_HEAD = select(_HEAD.c.last_hash).where(_HEAD.c.id == 1).with_for_update()
_MOVE_HEAD = (
    update(_HEAD).where(_HEAD.c.id == 1).values(last_id=bindparam("b_last_id"), last_hash=bindparam("b_last_hash"))
)
_NEW_HEAD = insert(_HEAD).values(id=1, last_id=bindparam("b_last_id"), last_hash=bindparam("b_last_hash"))


def _dump(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str = "",
    entity_id: object | None = None,
    summary: str | Message = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add an audit entry to the caller's unit of work (it commits or rolls back with the change).

    The entry is kept with the session and written, sealed into the chain, when the unit of work commits
    (`_seal_pending`, prebuilt statements: every action records one, so it is kept cheap). Sealing last means the
    chain head is locked only for the moment of the commit: appends from several workstations queue there, and
    no transaction ever waits for another lock while holding the head (no deadlock on PostgreSQL).

    `summary`: a `app.audit_text.message(key, **args)` for anything worded (worded in the reader's language when
    the trail is shown: entries can never be rewritten), or plain data (a name, a number, a typed reason).
    """
    session.info.setdefault(_PENDING, []).append(
        {
            "at": clock.now(),
            "user_id": actor.user_id,
            "username": str(actor.username),
            "action": str(action),
            "entity": str(entity),
            "entity_id": None if entity_id is None else str(entity_id),
            "summary": encode_summary(summary),
            "before_json": _dump(before),
            "after_json": _dump(after),
            "workstation": str(actor.workstation),
        }
    )


_PENDING = "audit.pending"


@event.listens_for(Session, "before_commit")
def _seal_pending(session: Session) -> None:
    """Write the unit of work's audit entries, each sealed with the previous seal, and move the chain head.

    On PostgreSQL `SELECT … FOR UPDATE` holds the head row until the commit that follows at once; on SQLite the
    unit of work's BEGIN IMMEDIATE already holds the only write lock."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    conn = session.connection()
    prev = conn.execute(_READ_HEAD).scalar()
    had_head = prev is not None
    prev = prev or GENESIS
    new_id = None
    for entry in pending:
        entry["prev_hash"] = prev
        entry["entry_hash"] = prev = seal(prev, entry)
        new_id = conn.execute(_INSERT, entry).inserted_primary_key[0]
    moved = {"b_last_id": new_id, "b_last_hash": prev}
    conn.execute(_MOVE_HEAD if had_head else _NEW_HEAD, moved)  # a missing head row starts again


@event.listens_for(Session, "after_soft_rollback")
def _drop_pending(session: Session, _previous) -> None:
    """A rolled-back unit of work leaves no audit entries behind for the next one on the same session."""
    if not session.in_transaction():
        session.info.pop(_PENDING, None)


@dataclass(frozen=True)
class ChainCheck:
    """What `verify_chain` found. `problem`: "" (intact), "changed" (the entry `at_id` differs from its seal),
    "removed" (the link into `at_id` is broken: an entry before it was removed or changed), "unsealed" (`at_id`
    was not written by the app), "truncated" (entries after `at_id` are gone; the head names `head_id`),
    "no_head" (the chain head is missing), "behind_anchor" (entries up to #`head_id`, recorded in the outside
    anchor, are gone), "resealed" (entry `at_id` no longer has the seal the outside anchor recorded)."""

    entries: int
    problem: str = ""
    at_id: int | None = None
    head_id: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problem

    def message(self) -> str:
        """One sentence in the user's language."""
        if self.problem == "changed":
            return translate("Audit", "Audit entry #{id} was changed after it was written.").format(id=self.at_id)
        if self.problem == "removed":
            return translate(
                "Audit", "The audit chain is broken before entry #{id}: an entry before it was removed or changed."
            ).format(id=self.at_id)
        if self.problem == "unsealed":
            return translate("Audit", "Audit entry #{id} has no seal: it was not written by Community Desk.").format(
                id=self.at_id
            )
        if self.problem == "truncated":
            return translate(
                "Audit", "Audit entries after #{id} were removed (the newest entry written was #{head})."
            ).format(id=self.at_id if self.at_id is not None else 0, head=self.head_id)
        if self.problem == "behind_anchor":
            return translate(
                "Audit",
                "Audit entries were removed: the outside anchor recorded entries up to #{head}, the trail now ends "
                "at #{id}.",
            ).format(id=self.at_id if self.at_id is not None else 0, head=self.head_id)
        if self.problem == "resealed":
            return translate(
                "Audit",
                "The audit trail was rewritten and sealed again: entry #{id} differs from the outside anchor.",
            ).format(id=self.at_id)
        if self.problem == "no_head":
            return translate("Audit", "The audit chain's head is missing: the trail cannot be vouched for.")
        return translate("Audit", "The audit trail is intact: {n} entries checked.").format(n=self.entries)


_WALK = select(_LOG.c.id, *(_LOG.c[name] for name in FIELDS), _LOG.c.prev_hash, _LOG.c.entry_hash).order_by(_LOG.c.id)


@checked
def verify_chain(db: Database) -> ChainCheck:
    """Walk the whole trail in id order, recomputing every seal, and compare it with the newest outside anchor;
    the first problem found, or an intact result (which is then anchored: event "verify").

    Read in one transaction (a consistent snapshot), streamed in batches; about a second per 100,000 entries.
    No permission is needed: the result names entry numbers only."""
    check = walk_chain(db, anchor=last_anchor(anchor_path(db)))
    if check.ok:
        write_anchor(db, "verify")
    return check


def walk_chain(database: Database, anchor: dict | None = None) -> ChainCheck:
    """(Infrastructure, not a service entry point: no user input reaches it.)

    `verify_chain`'s walk without writing an anchor; compared with `anchor` (a line of the anchor file) if
    given. Also used on a backup before it is restored."""
    prev, last_id, n = GENESIS, None, 0
    anchor_id = anchor.get("last_id") if anchor else None
    anchor_seen = anchor_id is None
    with database.read() as s:
        # a server-side cursor on PostgreSQL: closed also when the walk stops at a problem
        with s.connection().execution_options(yield_per=5000).execute(_WALK) as rows:
            for row in rows.mappings():
                n += 1
                if row["entry_hash"] is None:
                    return ChainCheck(n, "unsealed", row["id"])
                if seal(row["prev_hash"] or "", row) != row["entry_hash"]:
                    return ChainCheck(n, "changed", row["id"])
                if row["prev_hash"] != prev:
                    return ChainCheck(n, "removed", row["id"])
                if anchor_id is not None and row["id"] == anchor_id:
                    if row["entry_hash"] != anchor.get("last_hash"):
                        return ChainCheck(n, "resealed", row["id"])
                    anchor_seen = True
                prev, last_id = row["entry_hash"], row["id"]
        head = s.execute(select(_HEAD.c.last_id, _HEAD.c.last_hash).where(_HEAD.c.id == 1)).first()
    if head is None:
        return ChainCheck(n, "no_head", last_id)
    if head.last_hash != prev:
        return ChainCheck(n, "truncated", last_id, head.last_id)
    if anchor is not None and (not anchor_seen or n < anchor["entries"]):
        return ChainCheck(n, "behind_anchor", last_id, anchor_id)
    return ChainCheck(n)


def anchor_path(database: Database) -> Path:
    """Where `database`'s outside anchor is kept: `<database file>.audit-anchor.log` beside a SQLite file; for a server,
    `audit-anchors/<user@host_port_database>.audit-anchor.log` in the user data folder."""
    path = sqlite_path(database.url)
    if path is not None:
        return path.with_name(path.name + ANCHOR_SUFFIX)
    from app.paths import data_dir
    from db.files import make_app_dir

    label = re.sub(r"[^A-Za-z0-9@._-]+", "_", server_label(database.url))
    return make_app_dir(data_dir() / "audit-anchors") / (label + ANCHOR_SUFFIX)


def write_anchor(database: Database, event: str) -> bool:
    """Append the chain head's hash and the entry count to `database`'s anchor file (`anchor_path`); `event` says why
    ("verify", "backup", "init", "restore", "exit"). False when there is no head yet or the file cannot be
    written (never raises for that: an anchor is extra evidence, not a reason to stop a backup)."""
    with database.read() as s:
        head = s.execute(select(_HEAD.c.last_id, _HEAD.c.last_hash).where(_HEAD.c.id == 1)).first()
        n = s.execute(select(func.count()).select_from(_LOG)).scalar() or 0
    if head is None:
        return False
    try:
        path = anchor_path(database)
    except OSError:
        return False
    return append_anchor(path, event, n, head.last_id, head.last_hash)


def restore_guards(database: Database, actor: Actor | None = None) -> list[str]:
    """Put back the append-only triggers if any is missing (dropped by hand, or absent from a restored copy),
    and audit that they were missing ("audit_guard" entry naming them). Called at every open. The names that
    were missing; [] (nothing written) when all were in place."""
    from app.actor import SYSTEM

    with database.read() as s:  # the usual case, without taking the write lock
        if not ensure_append_only(s.connection(), repair=False):
            return []
    with database.write() as s:
        missing = ensure_append_only(s.connection())
        if missing:
            record(
                s,
                actor or SYSTEM,
                "audit_guard",
                "audit_log",
                None,
                message("audit.guard_restored"),
                None,
                {"missing": missing},
            )
    return missing


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, for a compact before/after pair."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
