"""A supervisor's approval at the moment of a void, an override or a reopening: they re-enter their password."""

from __future__ import annotations

from sqlalchemy import select

from app import audit
from app.accounts.login import workstation
from app.accounts.passwords import verify_password
from app.actor import ADMIN, Actor
from app.boundary import checked
from app.errors import UserError
from app.i18n import translate
from db.engine import Database
from db.models import User


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
