"""The district library link's settings: host, port, institution id, the desk's SIP2 sign-in, location code, how long
to wait, the text encoding. One row (library_sip_link, id 1); changed by MANAGE_BOOK_ROOM, audited without the
password, which is never read back to a screen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app import audit, clock
from app.accounts.permissions import MANAGE_BOOK_ROOM, require
from app.actor import Actor
from app.boundary import checked
from app.errors import ValidationError
from app.i18n import translate
from app.library.sip2.client import Link
from db.engine import Database
from db.models.library_sip import LibrarySipLink

ENCODINGS = ("utf-8", "gbk", "cp850")  # what Chinese library systems speak, and SIP2's own default
DEFAULT_PORT = 6001
DEFAULT_TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class LinkSettings:
    """The link as the settings form shows and saves it. `login_password`: None keeps the stored one (the form never
    shows it); "" clears it. `has_password` is read-only (whether one is stored)."""

    host: str = ""
    port: int = DEFAULT_PORT
    institution_id: str = ""
    login_user: str = ""
    login_password: str | None = None
    location_code: str = ""
    timeout_seconds: int = DEFAULT_TIMEOUT_SECONDS
    encoding: str = "utf-8"
    enabled: bool = True
    has_password: bool = False

    boundary_input = True


@checked
def get_link_settings(db: Database, actor: Actor) -> LinkSettings:
    """The stored settings (defaults when never saved), without the password."""
    require(actor, MANAGE_BOOK_ROOM)
    with db.read() as s:
        row = s.get(LibrarySipLink, 1)
        if row is None:
            return LinkSettings()
        return LinkSettings(
            host=row.host,
            port=row.port,
            institution_id=row.institution_id,
            login_user=row.login_user,
            login_password=None,
            location_code=row.location_code,
            timeout_seconds=row.timeout_seconds,
            encoding=row.encoding,
            enabled=row.enabled,
            has_password=bool(row.login_password),
        )


@checked
def save_link_settings(db: Database, actor: Actor, settings: LinkSettings) -> None:
    """Store the link's settings in one unit of work, audited (the password only as "changed").

    Raises ValidationError {field: message} for a missing host while the link is on, an unknown encoding."""
    require(actor, MANAGE_BOOK_ROOM)
    errors: dict[str, str] = {}
    host = settings.host.strip()
    if settings.enabled and not host:
        errors["host"] = translate("DistrictLibrary", "Enter the district library server's address.")
    if settings.enabled and not settings.institution_id.strip():
        errors["institution_id"] = translate("DistrictLibrary", "Enter the institution id the library gave you.")
    if settings.encoding not in ENCODINGS:
        errors["encoding"] = translate("DistrictLibrary", "Choose UTF-8, GBK or CP850.")
    if errors:
        raise ValidationError(errors)
    values = {
        "host": host,
        "port": settings.port,
        "institution_id": settings.institution_id.strip(),
        "login_user": settings.login_user.strip(),
        "location_code": settings.location_code.strip(),
        "timeout_seconds": settings.timeout_seconds,
        "encoding": settings.encoding,
        "enabled": settings.enabled,
    }
    with db.write() as s:
        row = s.get(LibrarySipLink, 1)
        before = {key: getattr(row, key) for key in values} if row is not None else {}
        if row is None:
            row = LibrarySipLink(id=1, login_password="")
            s.add(row)
        for key, value in values.items():
            setattr(row, key, value)
        password_changed = settings.login_password is not None and settings.login_password != row.login_password
        if settings.login_password is not None:
            row.login_password = settings.login_password
        row.updated_at = clock.now()
        row.updated_by_id = actor.user_id
        b, a = audit.changed_fields(before, values)
        if password_changed:
            b["login_password"], a["login_password"] = "***", "***"  # the key says it changed; never the value
        if a:
            audit.record(
                s, actor, "change", "library_sip_link", 1, audit.message("settings.changed", keys=sorted(a)), b, a
            )


@checked
def load_link(db: Database) -> Link | None:
    """The link the services use (with the password), or None when not set up or switched off. Internal: no
    actor, because it returns nothing about a person (the district calls that use it check LEND_BOOKS)."""
    with db.read() as s:
        row = s.execute(select(LibrarySipLink).where(LibrarySipLink.id == 1)).scalar_one_or_none()
        if row is None or not row.enabled or not row.host:
            return None
        return Link(
            host=row.host,
            port=row.port,
            institution_id=row.institution_id,
            login_user=row.login_user,
            login_password=row.login_password,
            location_code=row.location_code,
            timeout_seconds=float(row.timeout_seconds),
            encoding=row.encoding,
        )


def stale_after(link: Link | None) -> dt.timedelta:
    """How long a transaction may be "sending" before another sender may take it over (a sender that crashed):
    longer than the longest exchange of one transaction (sign-in, status, request, two questions about a refusal)."""
    seconds = link.timeout_seconds if link is not None else DEFAULT_TIMEOUT_SECONDS
    return dt.timedelta(seconds=6 * seconds + 10)
