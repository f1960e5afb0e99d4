"""Append-only audit trail: who, when, what, and for a change the values before and after."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app import clock
from app.actor import Actor
from db.models import AuditEntry

_INSERT = insert(AuditEntry.__table__)


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
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add an audit entry to the caller's unit of work (it commits or rolls back with the change).

    Written at once on the unit of work's connection (a prebuilt insert: every action records one, so it is kept
    cheap); the transaction still decides whether it stays.
    """
    session.connection().execute(
        _INSERT,
        {
            "at": clock.now(),
            "user_id": actor.user_id,
            "username": actor.username,
            "action": action,
            "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id),
            "summary": summary,
            "before_json": _dump(before),
            "after_json": _dump(after),
            "workstation": actor.workstation,
        },
    )


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, for a compact before/after pair."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
