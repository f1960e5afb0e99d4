"""Create and look up staff accounts."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from app import audit, clock
from app.accounts.passwords import hash_password
from app.actor import ALL_ROLES, Actor
from app.errors import ValidationError
from app.i18n import translate
from db.engine import Database
from db.models import User, UserRole

MIN_PASSWORD = 8


def validate_new_account(username: str, display_name: str, password: str, roles: Iterable[str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    u = (username or "").strip()
    if not u:
        errors["username"] = translate("Accounts", "Enter a user name.")
    elif len(u) > 64 or not all(c.isalnum() or c in "._-" for c in u):
        errors["username"] = translate(
            "Accounts", "A user name is up to 64 letters, digits, dots, dashes or underscores."
        )
    if not (display_name or "").strip():
        errors["display_name"] = translate("Accounts", "Enter the person's name.")
    elif len(display_name) > 100:
        errors["display_name"] = translate("Accounts", "The name is too long (100 characters at most).")
    if len(password or "") < MIN_PASSWORD:
        errors["password"] = translate("Accounts", "The password needs at least {n} characters.").format(n=MIN_PASSWORD)
    roles = list(roles)
    if not roles:
        errors["roles"] = translate("Accounts", "Give the account at least one role.")
    elif any(r not in ALL_ROLES for r in roles):
        errors["roles"] = translate("Accounts", "Unknown role.")
    return errors


def create_user(
    db: Database, actor: Actor, username: str, display_name: str, password: str, roles: Iterable[str]
) -> int:
    roles = list(dict.fromkeys(roles))
    errors = validate_new_account(username, display_name, password, roles)
    if errors:
        raise ValidationError(errors)
    username = username.strip()
    pw_hash = hash_password(password)
    with db.write() as s:
        if s.execute(select(User.id).where(User.username == username)).scalar() is not None:
            raise ValidationError({"username": translate("Accounts", "This user name is taken.")})
        user = User(username=username, display_name=display_name.strip(), password_hash=pw_hash, created_at=clock.now())
        user.roles = [UserRole(role=r) for r in roles]
        s.add(user)
        s.flush()
        audit.record(s, actor, "create", "user", user.id, username, None, {"username": username, "roles": roles})
        return user.id


def actor_for(db: Database, user_id: int, workstation: str = "") -> Actor:
    with db.read() as s:
        user = s.get(User, user_id)
        if user is None:
            raise ValueError(user_id)
        return Actor(user.id, user.username, user.display_name, frozenset(r.role for r in user.roles), workstation)


def any_users(db: Database) -> bool:
    with db.read() as s:
        return s.execute(select(User.id).limit(1)).scalar() is not None
