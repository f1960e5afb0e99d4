"""Center-wide settings kept in the database (per-machine choices such as theme live in QSettings)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app import audit, clock
from app.accounts.permissions import CHANGE_SETTINGS, require
from app.actor import Actor
from app.errors import ValidationError
from app.i18n import translate
from db.engine import Database
from db.models import Setting

DEFAULTS: dict[str, Any] = {
    "center.name": "",
    "center.address": "",
    "center.phone": "",
    "center.person_in_charge": "",
    "receipt.width_mm": 80,
    "timezone": "Asia/Shanghai",
    "security.idle_lock_minutes": 5,
    "backup.folder": "",
    "backup.keep": 14,
    "setup.completed": False,
}


@dataclass(frozen=True)
class CenterInfo:
    """What every printed document puts in its header."""

    name: str
    address: str
    phone: str
    receipt_width_mm: int
    person_in_charge: str = ""


def get_all(db: Database) -> dict[str, Any]:
    values = dict(DEFAULTS)
    with db.read() as s:
        for row in s.execute(select(Setting.key, Setting.value)):
            values[row.key] = json.loads(row.value)
    return values


def get(db: Database, key: str) -> Any:
    with db.read() as s:
        raw = s.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    return json.loads(raw) if raw is not None else DEFAULTS.get(key)


def validate(values: dict[str, Any]) -> None:
    errors: dict[str, str] = {}
    if "receipt.width_mm" in values and values["receipt.width_mm"] not in (58, 80):
        errors["receipt.width_mm"] = translate("Settings", "Receipt paper is 58 mm or 80 mm wide.")
    if "center.name" in values and not str(values["center.name"]).strip():
        errors["center.name"] = translate("Settings", "The center's name is required.")
    if "center.name" in values and len(str(values["center.name"])) > 100:
        errors["center.name"] = translate("Settings", "The center's name is too long (100 characters at most).")
    minutes = values.get("security.idle_lock_minutes")
    if minutes is not None and (not isinstance(minutes, int) or not 1 <= minutes <= 240):
        errors["security.idle_lock_minutes"] = translate("Settings", "The idle lock is 1 to 240 minutes.")
    if errors:
        raise ValidationError(errors)


def set_many(db: Database, actor: Actor, values: dict[str, Any]) -> None:
    """Save several settings in one unit of work, audited with their old values."""
    require(actor, CHANGE_SETTINGS)
    validate(values)
    with db.write() as s:
        existing = {r.key: r for r in s.execute(select(Setting).where(Setting.key.in_(list(values)))).scalars()}
        before: dict[str, Any] = {}
        for key, value in values.items():
            row = existing.get(key)
            before[key] = json.loads(row.value) if row else DEFAULTS.get(key)
            text = json.dumps(value, ensure_ascii=False)
            if row is None:
                s.add(Setting(key=key, value=text, updated_at=clock.now(), updated_by_id=actor.user_id))
            else:
                row.value = text
                row.updated_at = clock.now()
                row.updated_by_id = actor.user_id
        b, a = audit.changed_fields(before, values)
        if a:
            audit.record(s, actor, "change", "settings", None, ", ".join(sorted(a)), b, a)


def center_info(db: Database) -> CenterInfo:
    v = get_all(db)
    return CenterInfo(
        name=v["center.name"] or translate("Settings", "Community Service Center"),
        address=v["center.address"],
        phone=v["center.phone"],
        receipt_width_mm=int(v["receipt.width_mm"]),
        person_in_charge=v.get("center.person_in_charge", ""),
    )
