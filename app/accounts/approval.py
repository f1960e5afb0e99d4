"""A supervisor's approval at the moment of a void, an override or a reopening: they re-enter their password."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.accounts.login import workstation
from app.accounts.passwords import verify_password
from app.accounts.permissions import permissions_of, refusal_message
from app.actor import ADMIN, Actor
from app.boundary import checked
from app.errors import UserError
from app.i18n import translate
from db.engine import Database
from db.models import User, UserRole


@checked
def verify_approver(db: Database, username: str, password: str, roles: tuple[str, ...], purpose: str) -> Actor:
    """Return the approving Actor if `username` holds one of `roles` (admins always may) and the password is right.

    Every attempt is audited with `purpose`; a refusal raises UserError and approves nothing.
    """
    username = (username or "").strip()
    refusal: str | None = None
    approver: Actor | None = None
    with db.write() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None or not user.active or not verify_password(user.password_hash, password or ""):
            refusal = translate("Approval", "Wrong user name or password: not approved.")
            ghost = Actor(user.id if user else None, username[:64], username[:64], frozenset(), workstation())
            audit.record(s, ghost, "approval_failed", "approval", None, purpose)
        else:
            held = {r.role for r in user.roles}
            if not (ADMIN in held or held.intersection(roles)):
                refusal = translate("Approval", "{name} may not approve this.").format(name=user.display_name)
            approver = Actor(user.id, user.username, user.display_name, frozenset(held), workstation())
            audit.record(s, approver, "approval" if refusal is None else "approval_refused", "approval", None, purpose)
    if refusal is not None or approver is None:
        raise UserError(refusal or translate("Approval", "Not approved."))
    return approver


def confirm_approver(session_or_db: Session | Database, approver: Actor | None, permission: str, actor: Actor) -> None:
    """Refuse (UserError, field "approver") an approval that the database does not bear out.

    An `Actor` is only a claim: a script can build one with any roles. So the approving account is read again —
    it must exist, be active and hold `permission` through the roles stored for it now — and it must not be the
    person doing the act (four eyes: nobody approves their own void, late sale or override). Call it inside the
    act's own unit of work (pass its Session) so a role removed a moment ago counts.
    """
    if approver is None or approver.user_id is None:
        raise UserError(translate("Approval", "This needs a supervisor's approval."), field="approver")
    if actor.user_id is not None and approver.user_id == actor.user_id:
        raise UserError(
            translate("Approval", "{name} cannot approve their own action: another person must approve it.").format(
                name=approver.display_name
            ),
            field="approver",
        )
    if isinstance(session_or_db, Session):
        _confirm_in(session_or_db, approver, permission)
    else:
        with session_or_db.read() as s:
            _confirm_in(s, approver, permission)


def _confirm_in(s: Session, approver: Actor, permission: str) -> None:
    user = s.get(User, approver.user_id)
    if user is None or not user.active:
        raise UserError(
            translate("Approval", "{name} cannot approve: no such active account.").format(name=approver.display_name),
            field="approver",
        )
    stored = set(s.scalars(select(UserRole.role).where(UserRole.user_id == user.id)).all())
    if permission not in permissions_of(stored):
        raise UserError(
            translate("Approval", "{name} may not approve this: {why}").format(
                name=user.display_name, why=refusal_message(permission)
            ),
            field="approver",
        )


def holds_role(s: Session, user_id: int, role: str) -> bool:
    """Whether the account's roles as stored now include `role`."""
    return (
        s.execute(select(UserRole.role).where(UserRole.user_id == user_id, UserRole.role == role)).first() is not None
    )
