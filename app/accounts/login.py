"""Check a user name and password; wrong passwords are counted and lock the account for a while."""

from __future__ import annotations

import datetime as dt
import math
import socket

from sqlalchemy import select

from app import audit, clock
from app.accounts.passwords import verify_password
from app.actor import Actor
from app.boundary import checked
from app.errors import UserError
from app.i18n import translate
from db.engine import Database
from db.models import User

MAX_FAILURES = 5
LOCK_MINUTES = 5


def minutes_left(remaining: dt.timedelta) -> int:
    """Whole minutes to wait, rounded up: a 5-minute lock says 5 at its start and 1 in its last minute."""
    return max(1, math.ceil(remaining.total_seconds() / 60))


def workstation() -> str:
    try:
        return socket.gethostname()[:100]
    except OSError:  # pragma: no cover
        return ""


@checked(choices={"action": ("login", "unlock")})
def login(db: Database, username: str, password: str, action: str = "login") -> Actor:
    """Return the signed-in Actor, or raise UserError. A failure is recorded (and committed) first.

    `action` names the success in the audit trail: "login" at start or when switching user, "unlock" when
    the same person unlocks an idle-locked screen. Failures are always "login_failed" and count toward the
    lockout, whatever screen they were typed into.
    """
    if action not in ("login", "unlock"):
        raise ValueError(action)
    username = (username or "").strip()
    if not username or not password:
        raise UserError(translate("Login", "Enter your user name and password."))
    refusal: str | None = None
    actor: Actor | None = None
    with db.write() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        ghost = Actor(None, username[:64], username[:64], frozenset(), workstation())
        now = clock.now()
        if user is None:
            verify_password(None, password)
            audit.record(s, ghost, "login_failed", "user", None, audit.message("login.unknown_user"))
            refusal = translate("Login", "Wrong user name or password.")
        elif user.locked_until is not None and user.locked_until > now:
            minutes = minutes_left(user.locked_until - now)
            audit.record(s, ghost, "login_failed", "user", user.id, audit.message("login.locked"))
            refusal = translate("Login", "Too many wrong passwords: try again in {n} minutes.").format(n=minutes)
        elif not user.active:
            audit.record(s, ghost, "login_failed", "user", user.id, audit.message("login.disabled"))
            refusal = translate("Login", "This account is disabled. Ask an administrator.")
        elif not verify_password(user.password_hash, password):
            user.failed_attempts += 1
            summary = audit.message("login.wrong_password", n=user.failed_attempts)
            if user.failed_attempts >= MAX_FAILURES:
                summary = audit.message("login.wrong_password_locked", n=user.failed_attempts)
                user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                user.failed_attempts = 0
            audit.record(s, ghost, "login_failed", "user", user.id, summary)
            refusal = translate("Login", "Wrong user name or password.")
        else:
            user.failed_attempts = 0
            user.locked_until = None
            actor = Actor(
                user.id, user.username, user.display_name, frozenset(r.role for r in user.roles), workstation()
            )
            audit.record(s, actor, action, "user", user.id, "")
    if refusal is not None or actor is None:
        raise UserError(refusal or translate("Login", "Wrong user name or password."))
    return actor


@checked
def unlock(db: Database, actor: Actor, password: str) -> Actor:
    """The person who locked the screen types their password again; refused like a wrong login."""
    if not password:
        raise UserError(translate("Login", "Enter your password."))
    return login(db, actor.username, password, action="unlock")


@checked
def logout(db: Database, actor: Actor, reason: str = "") -> None:
    """Record that `actor` signed out (quit, or another person switched in at the lock screen)."""
    if actor.user_id is None:
        return
    with db.write() as s:
        audit.record(s, actor, "logout", "user", actor.user_id, reason)


@checked
def record_lock(db: Database, actor: Actor, reason: str) -> None:
    """The screen was locked (idle, or on request): who was signed in and why."""
    if actor.user_id is None:
        return
    with db.write() as s:
        audit.record(s, actor, "lock", "user", actor.user_id, reason)
