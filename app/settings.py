"""Center-wide settings kept in the database (per-machine choices such as theme live in QSettings)."""

from __future__ import annotations

import json
import zoneinfo
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app import audit, clock, field_labels
from app.accounts.permissions import CHANGE_SETTINGS, require
from app.actor import Actor
from app.boundary import checked
from app.documents.center import CenterInfo
from app.errors import ValidationError
from app.i18n import translate
from db import limits
from db.engine import Database
from db.limits import IntRange, TextLimit
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
    # a subsidised canteen meal outside the serving hours without approval: "refuse" or "full_price"
    # (app/canteen/service.py LATE_SALE_SETTING reads it)
    "canteen.late_sale": "refuse",
    # the columns an import mapped by hand, remembered for the next file: {normalised header text: field}
    # (app/imports/service.py remember_mapping)
    "imports.mapping.residents": {},
    "imports.mapping.children": {},
    "imports.mapping.volunteers": {},
    # a completion certificate (结业证书) needs at least this share of a course's held sessions attended, in per cent
    # (app/activities/certificates.py)
    "activities.completion_percent": 75,
}


@checked
def get_all(db: Database) -> dict[str, Any]:
    values = dict(DEFAULTS)
    with db.read() as s:
        for row in s.execute(select(Setting.key, Setting.value)):
            values[row.key] = _stored(row.key, row.value)
    return values


@checked
def get(db: Database, key: str) -> Any:
    with db.read() as s:
        raw = s.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    return _stored(key, raw) if raw is not None else DEFAULTS.get(key)


def _stored(key: str, raw: str) -> Any:
    """A stored value, or its default when an older version stored one its rule refuses (None as the idle lock)."""
    value = json.loads(raw)
    rule = _READ_RULES.get(key) or RULES.get(key)
    if rule is not None and key in DEFAULTS and rule(value) is not None:
        return DEFAULTS[key]
    return value


def _text_rule(limit: TextLimit, key: str, *, required: bool = False) -> Callable[[Any], str | None]:
    """A text setting's rule; `key` (the setting's key) names it in the too-long message."""

    def rule(value: Any) -> str | None:
        if not isinstance(value, str):
            return translate("Settings", "Expected text.")
        if required and not value.strip():
            return translate("Settings", "A value is required.")
        if len(value) > limit.length:
            return field_labels.too_long(key, limit.length, len(value))
        if limits.refused_character(value, limit.multiline) is not None:
            return translate("Settings", "Contains control characters; type it again.")
        return None

    return rule


def _office_phone_rule(value: Any) -> str | None:
    """The center's phone: text of its length, and phone-shaped (app.residents.phones.office_phone_problem): it is
    printed on every receipt, so "abc" is refused while 0571-88886666转123、13812345678 is taken."""
    from app.residents.phones import office_phone_problem

    return _text_rule(limits.OFFICE_PHONE, "center.phone")(value) or office_phone_problem(value)


def _whole_number_rule(rng: IntRange, message: Callable[[], str]) -> Callable[[Any], str | None]:
    def rule(value: Any) -> str | None:
        if type(value) is not int or not rng.low <= value <= rng.high:  # True, 12.5, "5" and None are refused
            return message()
        return None

    return rule


def _width_rule(value: Any) -> str | None:
    if type(value) is int and value in (58, 80):
        return None
    return translate("Settings", "Receipt paper is 58 mm or 80 mm wide.")


def _timezone_rule(value: Any) -> str | None:
    try:
        if isinstance(value, str) and len(value) <= 64 and limits.refused_character(value) is None:
            zoneinfo.ZoneInfo(value)
            return None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        pass
    return translate("Settings", "Not a known time zone (for example Asia/Shanghai).")


def _choice_rule(choices: tuple[str, ...], message: Callable[[], str]) -> Callable[[Any], str | None]:
    def rule(value: Any) -> str | None:
        return None if isinstance(value, str) and value in choices else message()

    return rule


def _yes_no_rule(value: Any) -> str | None:
    return None if value is True or value is False else translate("Settings", "Expected yes or no.")


def _mapping_rule(value: Any) -> str | None:
    """A remembered import mapping: header text (a setting key's length) → field code ("" = leave the column out)."""
    if not isinstance(value, dict) or len(value) > 500:
        return translate("Settings", "Expected a table of column names and fields.")
    for key, field in value.items():
        if not isinstance(key, str) or not isinstance(field, str) or len(key) > limits.SETTING_KEY.length:
            return translate("Settings", "Expected a table of column names and fields.")
        if len(field) > limits.CODE.length or limits.refused_character(key) or limits.refused_character(field):
            return translate("Settings", "Expected a table of column names and fields.")
    return None


def _center_name_rule(value: Any) -> str | None:
    if isinstance(value, str) and not value.strip():
        return translate("Settings", "The center's name is required.")
    if isinstance(value, str) and len(value) > limits.TITLE.length:
        return field_labels.too_long("center.name", limits.TITLE.length, len(value))
    return _text_rule(limits.TITLE, "center.name")(value)


# One rule per known key; the settings screen reads these values back and trusts their types.
RULES: dict[str, Callable[[Any], str | None]] = {
    "center.name": _center_name_rule,
    "center.address": _text_rule(limits.SETTING_TEXT, "center.address"),
    "center.phone": _office_phone_rule,
    "center.person_in_charge": _text_rule(limits.PERSON_NAME, "center.person_in_charge"),
    "receipt.width_mm": _width_rule,
    "timezone": _timezone_rule,
    "security.idle_lock_minutes": _whole_number_rule(
        limits.IDLE_LOCK_MINUTES, lambda: translate("Settings", "The idle lock is 1 to 240 minutes.")
    ),
    "backup.folder": _text_rule(limits.PATH, "backup.folder"),
    "backup.keep": _whole_number_rule(
        limits.BACKUPS_KEPT, lambda: translate("Settings", "Keep 1 to 365 backups (a whole number).")
    ),
    "setup.completed": _yes_no_rule,
    "canteen.late_sale": _choice_rule(
        ("refuse", "full_price"), lambda: translate("Settings", "Either refuse or sell at full price.")
    ),
    "imports.mapping.residents": _mapping_rule,
    "imports.mapping.children": _mapping_rule,
    "imports.mapping.volunteers": _mapping_rule,
    "activities.completion_percent": _whole_number_rule(
        limits.PERCENT, lambda: translate("Settings", "The attendance needed for a certificate is 0 to 100 per cent.")
    ),
}

# A stored value is read back by these rules when they differ from RULES: a phone saved before the phone-shaped rule
# (a label such as "办公室" beside the number) still heads the receipts; the rule applies when it is next changed.
_READ_RULES: dict[str, Callable[[Any], str | None]] = {
    "center.phone": _text_rule(limits.OFFICE_PHONE, "center.phone"),
}


def validate(values: dict[str, Any]) -> None:
    """Check every value by its key's rule (`RULES`).

    Only the keys the app reads (`DEFAULTS`, one rule each) are accepted: a typo such as "receipt.width" would be
    stored and never read, so it is refused (issue 12). Raises `ValidationError` {key: message}; nothing is
    coerced ("5" is not 5, True is not 1, None is no value)."""
    if not isinstance(values, dict):
        raise ValidationError({"settings": translate("Settings", "Expected a table of values.")})
    errors: dict[str, str] = {}
    for key, value in values.items():
        if not isinstance(key, str) or not key or len(key) > limits.SETTING_KEY.length or limits.refused_character(key):
            errors["settings"] = translate("Settings", "Not a setting's name: {key}").format(key=repr(key)[:60])
            continue
        rule = RULES.get(key)
        if rule is None or key not in DEFAULTS:
            errors[key] = translate("Settings", "Unknown setting: {key}").format(key=key)
            continue
        problem = rule(value)
        if problem is not None:
            errors[key] = problem
    if errors:
        raise ValidationError(errors)


@checked
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
            audit.record(s, actor, "change", "settings", None, audit.message("settings.changed", keys=sorted(a)), b, a)


_CENTER_KEYS = ("center.name", "center.address", "center.phone", "center.person_in_charge", "receipt.width_mm")
_CENTER_Q = select(Setting.key, Setting.value).where(Setting.key.in_(_CENTER_KEYS))


@checked
def center_info(db: Database) -> CenterInfo:
    """The header of every printed document. Read for every receipt (another workstation may have changed it):
    only its five settings, one prebuilt statement (get_all read and checked every setting, ~0.4 ms a receipt)."""
    with db.read() as s:
        return center_info_in(s.connection())


def center_info_in(conn: Connection) -> CenterInfo:
    """center_info read on `conn`, inside the caller's unit of work (a receipt reads its ticket and the header in
    one read, not two)."""
    v = {key: DEFAULTS[key] for key in _CENTER_KEYS}
    for key, raw in conn.execute(_CENTER_Q):
        v[key] = _stored(key, raw)
    return CenterInfo(
        name=v["center.name"] or translate("Settings", "Community Service Center"),
        address=v["center.address"],
        phone=v["center.phone"],
        receipt_width_mm=int(v["receipt.width_mm"]),
        person_in_charge=v.get("center.person_in_charge", ""),
    )
