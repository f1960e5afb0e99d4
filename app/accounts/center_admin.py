"""The admin's settings screen: center details, idle lock, backups, and the holiday calendar. Only admins
change them; every change is audited (settings.set_many records before/after; calendar days here)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app import audit, field_labels, settings
from app.accounts.permissions import CHANGE_SETTINGS, require
from app.actor import Actor
from app.boundary import checked
from app.errors import ValidationError
from app.i18n import translate
from db import limits
from db.engine import Database
from db.models import CalendarDay

EDITABLE_KEYS = (
    "center.name",
    "center.address",
    "center.phone",
    "center.person_in_charge",
    "receipt.width_mm",
    "security.idle_lock_minutes",
    "backup.folder",
    "backup.keep",
)
MAX_TEXT = {
    "center.address": limits.SETTING_TEXT.length,
    "center.phone": limits.OFFICE_PHONE.length,
    "center.person_in_charge": limits.PERSON_NAME.length,
    "backup.folder": limits.PATH.length,
}


def _has_control(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") for c in text)


def validate_center_settings(values: dict[str, Any]) -> dict[str, str]:
    """Field -> message; includes app.settings' own checks."""
    errors: dict[str, str] = {}
    try:
        settings.validate(values)
    except ValidationError as exc:
        errors.update(exc.errors)
    for key, limit in MAX_TEXT.items():
        if key in values:
            text = str(values[key])
            if len(text) > limit:
                errors[key] = field_labels.too_long(key, limit, len(text))
            elif _has_control(text):
                errors[key] = translate("CenterAdmin", "Contains control characters; type it again.")
    if "center.name" in values and "center.name" not in errors and _has_control(str(values["center.name"])):
        errors["center.name"] = translate("CenterAdmin", "Contains control characters; type it again.")
    keep = values.get("backup.keep")
    if keep is not None and (not isinstance(keep, int) or isinstance(keep, bool) or not 1 <= keep <= 365):
        errors["backup.keep"] = translate("CenterAdmin", "Keep 1 to 365 backups.")
    unknown = [k for k in values if k not in EDITABLE_KEYS]
    if unknown:
        errors["settings"] = translate("CenterAdmin", "Unknown setting: {key}").format(key=unknown[0])
    return errors


@checked
def save_center_settings(db: Database, actor: Actor, values: dict[str, Any]) -> None:
    require(actor, CHANGE_SETTINGS)
    cleaned = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    errors = validate_center_settings(cleaned)
    if errors:
        raise ValidationError(errors)
    settings.set_many(db, actor, cleaned)


@dataclass(frozen=True)
class CalendarEntry:
    day: dt.date
    kind: str  # "holiday" | "workday"
    name: str


@checked
def list_calendar_days(db: Database, year: int | None = None) -> list[CalendarEntry]:
    with db.read() as s:
        q = select(CalendarDay).where(CalendarDay.kind != "normal").order_by(CalendarDay.day)
        if year is not None:
            q = q.where(CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day <= dt.date(year, 12, 31))
        return [CalendarEntry(c.day, c.kind, c.name or "") for c in s.execute(q).scalars()]


@checked
def set_calendar_day(db: Database, actor: Actor, day: dt.date, kind: str, name: str) -> None:
    """Mark a day as a public holiday, or a weekend day as a make-up working day (调休). The row becomes the
    center's own (`source="center"`): the official fill never changes it afterwards."""
    require(actor, CHANGE_SETTINGS)
    name = (name or "").strip()
    errors: dict[str, str] = {}
    if kind not in ("holiday", "workday"):
        errors["kind"] = translate("CenterAdmin", "Choose holiday or make-up working day.")
    if len(name) > 50:
        errors["name"] = field_labels.too_long("name", 50, len(name), "set_calendar_day")
    elif _has_control(name):
        errors["name"] = translate("CenterAdmin", "Contains control characters; type it again.")
    if kind == "workday" and day.weekday() < 5:
        errors["kind"] = translate("CenterAdmin", "A make-up working day falls on a Saturday or Sunday.")
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        row = s.get(CalendarDay, day)
        before = None if row is None else {"kind": row.kind, "name": row.name}
        if row is None:
            s.add(CalendarDay(day=day, kind=kind, name=name, source="center"))
        else:
            before = None if row.kind == "normal" else before
            row.kind = kind
            row.name = name
            row.source = "center"
        audit.record(
            s,
            actor,
            "create" if row is None else "change",
            "calendar_day",
            day.isoformat(),
            audit.message("calendar.day", day=day, kind=kind, name=name),
            before,
            {"kind": kind, "name": name},
        )


@checked
def remove_calendar_day(db: Database, actor: Actor, day: dt.date) -> None:
    """The day goes back to the ordinary week. The row stays as the center's choice (`kind="normal"`,
    `source="center"`), so the official fill does not bring an official holiday back; the audit keeps what it was."""
    require(actor, CHANGE_SETTINGS)
    with db.write() as s:
        row = s.get(CalendarDay, day)
        if row is None or row.kind == "normal":
            return
        before = {"kind": row.kind, "name": row.name}
        row.kind, row.name, row.source = "normal", "", "center"
        audit.record(
            s,
            actor,
            "remove",
            "calendar_day",
            day.isoformat(),
            audit.message("calendar.removed", day=day, kind=before["kind"]),
            before,
            None,
        )


@checked
def fill_official_calendar(db: Database, actor: Actor) -> int:
    """Add the official holidays and make-up working days (调休) of every year the maintained calendar knows
    (app.workdays.fill_official), keeping every day the center entered, edited or removed. Returns the number of
    days added or corrected; audited when there are any. Also run, as the system, each time the database opens."""
    require(actor, CHANGE_SETTINGS)
    from app.workdays import fill_official

    with db.write() as s:
        changed = fill_official(s)
        if changed:
            years = sorted({d.year for d, _k, _n in changed})
            audit.record(
                s,
                actor,
                "fill",
                "calendar_day",
                None,
                audit.message("calendar.official", n=len(changed), first=years[0], last=years[-1]),
                None,
                {"days": len(changed), "years": years},
            )
        return len(changed)
