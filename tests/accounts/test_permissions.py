import pytest

from app.accounts import permissions as p
from app.actor import ADMIN, ALL_ROLES, CASHIER, CHILDCARE, FRONT_DESK, VOLUNTEER_COORDINATOR, Actor
from app.errors import PermissionDenied, UserError


def actor(*roles: str) -> Actor:
    return Actor(7, "u", "U", frozenset(roles))


def test_admin_holds_every_permission():
    for perm in p.ALL_PERMISSIONS:
        assert p.may(actor(ADMIN), perm)


@pytest.mark.parametrize("perm", [p.MANAGE_ACCOUNTS, p.CHANGE_SETTINGS, p.VIEW_AUDIT, p.REOPEN_DAY])
def test_only_admins_manage_accounts_settings_audit_and_reopening(perm):
    for role in ALL_ROLES:
        assert p.may(actor(role), perm) == (role == ADMIN), role
    # holding every other role together still is not enough
    assert not p.may(actor(*[r for r in ALL_ROLES if r != ADMIN]), perm)


def test_cashier_sees_no_full_ids_and_no_medical_notes():
    cashier = actor(CASHIER)
    for perm in (p.SEE_FULL_ID, p.REVEAL_ID, p.SEE_MEDICAL_NOTES, p.EXPORT_PERSONAL_DATA):
        assert not p.may(cashier, perm)
    assert p.may(cashier, p.VOID_TICKET)


def test_roles_combine_as_a_union():
    both = actor(CASHIER, CHILDCARE)
    assert p.may(both, p.SEE_MEDICAL_NOTES) and p.may(both, p.VOID_TICKET)
    assert p.may(actor(FRONT_DESK), p.REVEAL_ID)
    assert p.may(actor(VOLUNTEER_COORDINATOR), p.SEE_FULL_ID)
    assert not p.may(actor(), p.EDIT_RESIDENTS)
    assert not p.may(None, p.EDIT_RESIDENTS)


def test_require_raises_a_translated_user_error():
    with pytest.raises(PermissionDenied) as info:
        p.require(actor(CASHIER), p.EXPORT_PERSONAL_DATA)
    assert isinstance(info.value, UserError) and "export" in info.value.message
    p.require(actor(FRONT_DESK), p.EXPORT_PERSONAL_DATA)  # allowed: no exception


def test_unknown_permission_is_a_bug_not_a_refusal():
    with pytest.raises(ValueError):
        p.may(actor(ADMIN), "launch_rockets")


def test_roles_with_lists_approvers():
    assert set(p.roles_with(p.VOID_TICKET)) == {ADMIN, CASHIER}
    assert set(p.roles_with(p.OVERRIDE_PICKUP)) == {ADMIN, CHILDCARE}


def test_every_permission_has_a_refusal_message(zh):
    for perm in p.ALL_PERMISSIONS:
        message = p.refusal_message(perm)
        assert message and any("\u4e00" <= c <= "\u9fff" for c in message), (perm, message)
