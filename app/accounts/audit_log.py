"""Read the audit trail for the admin viewer: filtered in SQL, newest first, a page at a time (keyset on id)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, text

from app import clock
from app.accounts.permissions import VIEW_AUDIT, require
from app.actor import Actor
from app.boundary import checked
from db.engine import Database
from db.models import AuditEntry, User


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""  # exact user name, "" for everyone
    action: str = ""  # exact action, "" for all
    entity: str = ""  # exact entity, "" for all
    day_from: dt.date | None = None  # local days, inclusive
    day_to: dt.date | None = None
    text: str = ""  # anywhere in the summary, the entity id or the before/after values


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    workstation: str


def _load(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"": value}


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@checked
def page_audit(
    db: Database, actor: Actor, flt: AuditFilter, after_id: int | None, limit: int
) -> list[tuple[int, AuditRow]]:
    """Up to `limit` entries older than `after_id` (None: the newest), newest first, as (key, row)."""
    require(actor, VIEW_AUDIT)
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if after_id is not None:
        q = q.where(AuditEntry.id < after_id)
    if flt.username:
        q = q.where(AuditEntry.username == flt.username)
    if flt.action:
        q = q.where(AuditEntry.action == flt.action)
    if flt.entity:
        q = q.where(AuditEntry.entity == flt.entity)
    if flt.day_from is not None:
        q = q.where(AuditEntry.at >= clock.local_day_bounds(flt.day_from)[0])
    if flt.day_to is not None:
        q = q.where(AuditEntry.at < clock.local_day_bounds(flt.day_to)[1])
    text = flt.text.strip()
    if text:
        pattern = _like(text)
        q = q.where(
            or_(
                AuditEntry.summary.like(pattern, escape="\\"),
                AuditEntry.entity_id.like(pattern, escape="\\"),
                AuditEntry.before_json.like(pattern, escape="\\"),
                AuditEntry.after_json.like(pattern, escape="\\"),
            )
        )
    with db.read() as s:
        rows = s.execute(q).scalars().all()
        return [
            (
                e.id,
                AuditRow(
                    e.id,
                    e.at,
                    e.username,
                    e.action,
                    e.entity,
                    e.entity_id or "",
                    e.summary or "",
                    _load(e.before_json),
                    _load(e.after_json),
                    e.workstation or "",
                ),
            )
            for e in rows
        ]


KNOWN_ACTIONS = (
    "create", "change", "update", "void", "archive", "restore", "remove", "cancel", "override", "export",
    "login", "login_failed", "logout", "lock", "unlock", "reveal_id", "approval", "approval_failed",
    "approval_refused", "disable", "enable", "reset_password", "change_password", "reopen_day", "settle",
)  # fmt: skip
RECENT_FOR_CHOICES = 20_000


@checked
def filter_choices(db: Database, actor: Actor) -> tuple[list[str], list[str], list[str]]:
    """The user names, actions and entities for the filter drop-downs, without scanning the whole trail:
    staff accounts; known actions plus those of the latest entries; entities by a walk along their index."""
    require(actor, VIEW_AUDIT)
    with db.read() as s:
        users = [u for (u,) in s.execute(select(User.username).order_by(User.username))]
        recent = select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(RECENT_FOR_CHOICES).subquery()
        seen = {a for (a,) in s.execute(select(recent.c.action).distinct()) if a}
        entities = [
            e
            for (e,) in s.execute(
                text(
                    "WITH RECURSIVE t(e) AS (SELECT MIN(entity) FROM audit_log UNION ALL "
                    "SELECT (SELECT MIN(entity) FROM audit_log WHERE entity > t.e) FROM t WHERE t.e IS NOT NULL) "
                    "SELECT e FROM t WHERE e IS NOT NULL"
                )
            )
            if e
        ]
    actions = sorted(seen | set(KNOWN_ACTIONS))
    return users, actions, entities


def format_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    """(field, before, after) lines for display, every field of either side once, in a stable order."""
    before = before or {}
    after = after or {}
    keys = list(dict.fromkeys([*before.keys(), *after.keys()]))

    def show(value: Any, present: bool) -> str:
        if not present:
            return ""
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    return [(k, show(before.get(k), k in before), show(after.get(k), k in after)) for k in keys]
