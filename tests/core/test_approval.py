import pytest
from sqlalchemy import select

from app.accounts.approval import verify_approver
from app.accounts.service import create_user
from app.errors import UserError
from db.models import AuditEntry


def test_approval_needs_the_right_role_and_password(db, admin):
    create_user(db, admin, "sup", "主管", "supervisor-pw", ["cashier"])
    create_user(db, admin, "kid", "托管员", "childcare-pw", ["childcare"])
    approver = verify_approver(db, "sup", "supervisor-pw", ("cashier",), "void ticket 1")
    assert approver.username == "sup"
    with pytest.raises(UserError):
        verify_approver(db, "sup", "wrong", ("cashier",), "void ticket 1")
    with pytest.raises(UserError, match="may not approve"):
        verify_approver(db, "kid", "childcare-pw", ("cashier",), "void ticket 1")
    assert verify_approver(db, "admin", "admin-password", ("cashier",), "x").username == "admin"
    with db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(AuditEntry.entity == "approval"))]
    assert actions == ["approval", "approval_failed", "approval_refused", "approval"]
