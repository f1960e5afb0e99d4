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
