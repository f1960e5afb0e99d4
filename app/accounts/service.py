"""Create, change, disable and look up staff accounts. Only admins manage accounts; every change is audited
with the values before and after (never a password or its hash)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from app import audit, clock, field_labels
from app.accounts.passwords import hash_password, verify_password
from app.accounts.permissions import MANAGE_ACCOUNTS, require
from app.actor import ADMIN, ALL_ROLES, Actor
from app.boundary import checked
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from db.engine import Database
from db.models import User, UserRole

MIN_PASSWORD = 8
MAX_PASSWORD = 128
MAX_USERNAME = 64
MAX_DISPLAY_NAME = 100


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _has_control(text: str) -> bool:
    """Control, surrogate, private-use and unassigned characters, and the bidi overrides that can make a name
    display as something else. Right-to-left letters themselves are fine."""
    return any(unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") or c in _BIDI_CONTROLS for c in text)


def validate_username(username: str) -> str | None:
    u = (username or "").strip()
    if not u:
        return translate("Accounts", "Enter a user name.")
    if len(u) > MAX_USERNAME or not all(c.isalnum() or c in "._-" for c in u):
        return translate("Accounts", "A user name is up to 64 letters, digits, dots, dashes or underscores.")
    return None


def validate_display_name(display_name: str) -> str | None:
    name = (display_name or "").strip()
    if not name:
        return translate("Accounts", "Enter the person's name.")
    if len(name) > MAX_DISPLAY_NAME:
        return field_labels.too_long("display_name", MAX_DISPLAY_NAME, len(name))
    if _has_control(name):
        return translate("Accounts", "The name contains control characters; type it again.")
    return None


def validate_password(password: str) -> str | None:
    pw = password or ""
    if len(pw) < MIN_PASSWORD:
        return translate("Accounts", "The password needs at least {n} characters.").format(n=MIN_PASSWORD)
    if len(pw) > MAX_PASSWORD:
        return field_labels.too_long("password", MAX_PASSWORD, len(pw))
    if _has_control(pw):
        return translate("Accounts", "The password contains control characters.")
    if not pw.strip():
        return translate("Accounts", "The password cannot be only spaces.")
    return None


def validate_roles(roles: Iterable[str]) -> str | None:
    roles = list(roles)
    if not roles:
        return translate("Accounts", "Give the account at least one role.")
    if any(r not in ALL_ROLES for r in roles):
        return translate("Accounts", "Unknown role.")
    return None


def validate_new_account(username: str, display_name: str, password: str, roles: Iterable[str]) -> dict[str, str]:
    """Field -> message for everything wrong with a new account; empty when it may be saved."""
    checks = {
        "username": validate_username(username),
        "display_name": validate_display_name(display_name),
        "password": validate_password(password),
        "roles": validate_roles(roles),
    }
    return {k: v for k, v in checks.items() if v}


@dataclass(frozen=True)
class AccountRow:
    id: int
    username: str
    display_name: str
    roles: tuple[str, ...]  # in ALL_ROLES order
    active: bool
    locked: bool
    must_change_password: bool
    created_at: object


def _row(user: User) -> AccountRow:
    held = {r.role for r in user.roles}
    locked = user.locked_until is not None and user.locked_until > clock.now()
    return AccountRow(
        user.id,
        user.username,
        user.display_name,
        tuple(r for r in ALL_ROLES if r in held),
        bool(user.active),
        locked,
        bool(user.must_change_password),
        user.created_at,
    )


def _snapshot(user: User) -> dict[str, object]:
    return {
        "display_name": user.display_name,
        "roles": sorted(r.role for r in user.roles),
        "active": bool(user.active),
        "must_change_password": bool(user.must_change_password),
    }


def role_label(role: str) -> str:
    labels = {
        "admin": translate("Roles", "Administrator"),
        "front_desk": translate("Roles", "Front desk"),
        "cashier": translate("Roles", "Cashier"),
        "childcare": translate("Roles", "Childcare"),
        "volunteer_coordinator": translate("Roles", "Volunteer coordinator"),
        "book_room": translate("Roles", "Book room"),
        "health": translate("Roles", "Health corner"),
    }
    return labels.get(role, role)


@checked
def list_accounts(db: Database, actor: Actor, include_disabled: bool = True) -> list[AccountRow]:
    """Every account (a center has tens of staff, not thousands), by user name."""
    require(actor, MANAGE_ACCOUNTS)
    with db.read() as s:
        q = select(User).order_by(User.username)
        if not include_disabled:
            q = q.where(User.active.is_(True))
        return [_row(u) for u in s.execute(q).scalars()]


@checked
def get_account(db: Database, user_id: int) -> AccountRow:
    with db.read() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(translate("Accounts", "This account does not exist."))
        return _row(user)


@checked
def create_user(
    db: Database,
    actor: Actor,
    username: str,
    display_name: str,
    password: str,
    roles: Iterable[str],
    must_change_password: bool = False,
) -> int:
    """A new account. The first admin is made by the wizard as SYSTEM; later, only admins add accounts."""
    require(actor, MANAGE_ACCOUNTS)
    roles = list(dict.fromkeys(roles))
    errors = validate_new_account(username, display_name, password, roles)
    if errors:
        raise ValidationError(errors)
    username = username.strip()
    pw_hash = hash_password(password)
    with db.write() as s:
        if s.execute(select(User.id).where(User.username == username)).scalar() is not None:
            raise ValidationError({"username": translate("Accounts", "This user name is taken.")})
        user = User(
            username=username,
            display_name=display_name.strip(),
            password_hash=pw_hash,
            created_at=clock.now(),
            must_change_password=must_change_password,
        )
        user.roles = [UserRole(role=r) for r in roles]
        s.add(user)
        s.flush()
        after = {"username": username, **_snapshot(user)}
        audit.record(s, actor, "create", "user", user.id, username, None, after)
        return user.id


def _other_active_admins(s, user_id: int) -> int:
    return len(
        s.execute(
            select(User.id)
            .join(UserRole, UserRole.user_id == User.id)
            .where(UserRole.role == ADMIN, User.active.is_(True), User.id != user_id)
        ).all()
    )


@checked
def update_account(db: Database, actor: Actor, user_id: int, display_name: str, roles: Iterable[str]) -> None:
    """Change a person's name and roles. The last active admin keeps the admin role."""
    require(actor, MANAGE_ACCOUNTS)
    roles = list(dict.fromkeys(roles))
    errors = {
        k: v
        for k, v in {"display_name": validate_display_name(display_name), "roles": validate_roles(roles)}.items()
        if v
    }
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(translate("Accounts", "This account does not exist."))
        before = _snapshot(user)
        if ADMIN in before["roles"] and ADMIN not in roles and user.active and not _other_active_admins(s, user_id):  # type: ignore[operator]
            raise ValidationError({"roles": translate("Accounts", "The last active administrator keeps the role.")})
        user.display_name = display_name.strip()
        current = {r.role: r for r in user.roles}
        for role in list(current):
            if role not in roles:
                user.roles.remove(current[role])
        for role in roles:
            if role not in current:
                user.roles.append(UserRole(role=role))
        s.flush()
        b, a = audit.changed_fields(before, _snapshot(user))
        if a:
            audit.record(s, actor, "change", "user", user.id, user.username, b, a)


@checked
def set_active(db: Database, actor: Actor, user_id: int, active: bool, reason: str = "") -> None:
    """Disable (never delete) or enable an account. Nobody disables themself or the last active admin."""
    require(actor, MANAGE_ACCOUNTS)
    reason = (reason or "").strip()
    if not active and not reason:
        raise ValidationError({"reason": translate("Accounts", "Say why the account is disabled.")})
    if len(reason) > 200:
        raise ValidationError({"reason": field_labels.too_long("reason", 200, len(reason), "set_active")})
    with db.write() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(translate("Accounts", "This account does not exist."))
        if bool(user.active) == active:
            return
        if not active and user.id == actor.user_id:
            raise UserError(translate("Accounts", "You cannot disable your own account."))
        if not active and ADMIN in {r.role for r in user.roles} and not _other_active_admins(s, user_id):
            raise UserError(translate("Accounts", "The last active administrator cannot be disabled."))
        before = _snapshot(user)
        user.active = active
        if active:
            user.failed_attempts = 0
            user.locked_until = None
        audit.record(
            s,
            actor,
            "enable" if active else "disable",
            "user",
            user.id,
            reason or user.username,
            {"active": before["active"]},
            {"active": active},
        )


@checked
def reset_password(db: Database, actor: Actor, user_id: int, temporary_password: str) -> None:
    """The admin sets a temporary password; the person must choose their own at the next sign-in."""
    require(actor, MANAGE_ACCOUNTS)
    problem = validate_password(temporary_password)
    if problem:
        raise ValidationError({"password": problem})
    pw_hash = hash_password(temporary_password)
    with db.write() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(translate("Accounts", "This account does not exist."))
        before = {"must_change_password": bool(user.must_change_password), "locked": user.locked_until is not None}
        user.password_hash = pw_hash
        user.must_change_password = True
        user.failed_attempts = 0
        user.locked_until = None
        audit.record(
            s,
            actor,
            "reset_password",
            "user",
            user.id,
            user.username,
            before,
            {"must_change_password": True, "locked": False},
        )


@checked
def change_own_password(db: Database, actor: Actor, current: str, new: str) -> None:
    """A person changes their own password (required after a reset); the current one is checked first."""
    problem = validate_password(new)
    if problem:
        raise ValidationError({"new_password": problem})
    if new == current:
        raise ValidationError({"new_password": translate("Accounts", "Choose a password different from the old one.")})
    with db.read() as s:
        user = s.get(User, actor.user_id) if actor.user_id is not None else None
        stored = user.password_hash if user is not None else None
    if user is None or not verify_password(stored, current or ""):
        raise ValidationError({"current_password": translate("Accounts", "The current password is wrong.")})
    pw_hash = hash_password(new)
    with db.write() as s:
        user = s.get(User, actor.user_id)
        assert user is not None
        before = {"must_change_password": bool(user.must_change_password)}
        user.password_hash = pw_hash
        user.must_change_password = False
        audit.record(
            s, actor, "change_password", "user", user.id, user.username, before, {"must_change_password": False}
        )


@checked
def must_change_password(db: Database, user_id: int | None) -> bool:
    if user_id is None:
        return False
    with db.read() as s:
        return bool(s.execute(select(User.must_change_password).where(User.id == user_id)).scalar())


@checked
def actor_for(db: Database, user_id: int, workstation: str = "") -> Actor:
    """The Actor (id, username, display name, roles read from the database now) for `user_id`.

    Raises NotFound ("This account does not exist.") for an id with no account."""
    with db.read() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(translate("Accounts", "This account does not exist."))
        return Actor(user.id, user.username, user.display_name, frozenset(r.role for r in user.roles), workstation)


@checked
def any_users(db: Database) -> bool:
    with db.read() as s:
        return s.execute(select(User.id).limit(1)).scalar() is not None
