import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.accounts import login, service
from app.actor import ADMIN, CASHIER, Actor
from app.errors import PermissionDenied, UserError, ValidationError
from db.models import AuditEntry, User

NASTY = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            "'; DROP TABLE users; --",
            "admin' OR '1'='1",
            "x" * 10_000,
            "😀👨‍👩‍👧 emoji",
            "مرحبا بالعالم",  # Arabic, right to left
            "שלום",
            "\u202egnp.exe",
            "a\x00b",
            "tab\there",
            "line\nbreak",
            "   ",
            "王静",
            "\ud800",
        ]
    ),
)
FIELD_CHECKS = [
    service.validate_username,
    service.validate_display_name,
    service.validate_password,
]


def _audit(db, action=None):
    with db.read() as s:
        q = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            q = q.where(AuditEntry.action == action)
        return s.execute(q).scalars().all()


@given(NASTY)
@settings(max_examples=300)
def test_validators_return_a_message_or_none_never_crash(text):
    for check in FIELD_CHECKS:
        result = check(text)
        assert result is None or (isinstance(result, str) and result)
    errors = service.validate_new_account(text, text, text, [CASHIER])
    assert all(isinstance(m, str) and m for m in errors.values())


@given(NASTY)
@settings(max_examples=300)
def test_control_characters_and_overlong_text_are_refused(text):
    kept = text.strip()  # surrounding whitespace is trimmed, like every text field
    bad = any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in kept) or "\u202e" in kept
    if bad:
        assert service.validate_display_name(text) is not None
    if len(text.strip()) > 100:
        assert service.validate_display_name(text) is not None
    if len(text) > 128:
        assert service.validate_password(text) is not None


@given(NASTY)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_display_name_is_stored_exactly_or_refused_and_nothing_else_changes(db, admin, text):
    with db.read() as s:
        other_before = s.get(User, 1).display_name
    try:
        service.update_account(db, admin, 1, text, [ADMIN])
    except ValidationError as exc:
        assert "display_name" in exc.errors
        assert service.get_account(db, 1).display_name == other_before
        return
    assert service.get_account(db, 1).display_name == text.strip()
    service.update_account(db, admin, 1, other_before, [ADMIN])


def test_sql_looking_user_name_is_refused_and_emoji_name_round_trips(db, admin):
    with pytest.raises(ValidationError) as info:
        service.create_user(db, admin, "x' OR 1=1 --", "Robert", "long-enough-pw", [CASHIER])
    assert "username" in info.value.errors
    uid = service.create_user(db, admin, "wang.jing", "王静 😀 مرحبا", "long-enough-pw", [CASHIER])
    assert service.get_account(db, uid).display_name == "王静 😀 مرحبا"
    assert login.login(db, "wang.jing", "long-enough-pw").display_name == "王静 😀 مرحبا"


def test_only_admins_manage_accounts(db, admin):
    uid = service.create_user(db, admin, "cash", "Cashier", "cashier-pw1", [CASHIER])
    cashier = service.actor_for(db, uid)
    with pytest.raises(PermissionDenied):
        service.create_user(db, cashier, "x", "X", "long-enough-pw", [ADMIN])
    with pytest.raises(PermissionDenied):
        service.update_account(db, cashier, uid, "Cashier", [ADMIN])
    with pytest.raises(PermissionDenied):
        service.list_accounts(db, cashier)
    with pytest.raises(PermissionDenied):
        service.reset_password(db, cashier, 1, "new-password-1")
    assert service.get_account(db, uid).roles == (CASHIER,)


def test_changes_are_audited_with_before_and_after_never_passwords(db, admin):
    uid = service.create_user(db, admin, "li", "李四", "secret-pass-1", [CASHIER])
    service.update_account(db, admin, uid, "李四 (收银)", [CASHIER, "front_desk"])
    service.set_active(db, admin, uid, False, "left the center")
    service.set_active(db, admin, uid, True)
    service.reset_password(db, admin, uid, "temporary-9")
    entries = [e for e in _audit(db) if e.entity == "user" and e.entity_id == str(uid)]
    assert [e.action for e in entries] == ["create", "change", "disable", "enable", "reset_password"]
    change = entries[1]
    assert '"李四"' in change.before_json and "李四 (收银)" in change.after_json
    assert '"front_desk"' in change.after_json
    assert entries[2].summary == "left the center"
    for e in entries:
        for text in (e.before_json or "", e.after_json or "", e.summary):
            assert "secret-pass-1" not in text and "temporary-9" not in text and "argon2" not in text


def test_disabled_account_cannot_sign_in_and_is_never_deleted(db, admin):
    uid = service.create_user(db, admin, "gone", "Gone", "secret-pass-1", [CASHIER])
    with pytest.raises(ValidationError):
        service.set_active(db, admin, uid, False, "")  # a reason is required
    service.set_active(db, admin, uid, False, "moved away")
    with pytest.raises(UserError, match="disabled"):
        login.login(db, "gone", "secret-pass-1")
    assert any(r.username == "gone" and not r.active for r in service.list_accounts(db, admin))


def test_last_admin_and_self_protection(db, admin):
    with pytest.raises(UserError):
        service.set_active(db, admin, 1, False, "oops")
    with pytest.raises(ValidationError):
        service.update_account(db, admin, 1, "Test Admin", [CASHIER])
    uid = service.create_user(db, admin, "admin2", "Second", "secret-pass-1", [ADMIN])
    service.update_account(db, admin, 1, "Test Admin", [ADMIN, CASHIER])
    second = service.actor_for(db, uid)
    service.set_active(db, second, 1, False, "handover")  # another admin remains: allowed
    assert not service.get_account(db, 1).active


def test_reset_password_forces_a_change_at_next_sign_in(db, admin):
    uid = service.create_user(db, admin, "zhao", "赵", "first-pass-1", [CASHIER])
    service.reset_password(db, admin, uid, "temporary-9")
    with pytest.raises(UserError):
        login.login(db, "zhao", "first-pass-1")
    zhao = login.login(db, "zhao", "temporary-9")
    assert service.must_change_password(db, uid)
    with pytest.raises(ValidationError) as info:
        service.change_own_password(db, zhao, "wrong", "my-own-pass-2")
    assert "current_password" in info.value.errors
    with pytest.raises(ValidationError):
        service.change_own_password(db, zhao, "temporary-9", "temporary-9")
    service.change_own_password(db, zhao, "temporary-9", "my-own-pass-2")
    assert not service.must_change_password(db, uid)
    assert login.login(db, "zhao", "my-own-pass-2").user_id == uid


def test_no_default_passwords(db, admin):
    with pytest.raises(ValidationError):
        service.create_user(db, admin, "nopass", "No pass", "", [CASHIER])
    with pytest.raises(ValidationError):
        service.reset_password(db, admin, 1, "short")


def test_login_failure_logout_lock_and_unlock_are_audited(db, admin):
    with pytest.raises(UserError):
        login.login(db, "admin", "wrong-password")
    with pytest.raises(UserError):
        login.login(db, "nobody", "whatever")
    me = login.login(db, "admin", "admin-password")
    login.record_lock(db, me, "idle")
    with pytest.raises(UserError):
        login.unlock(db, me, "wrong")
    login.unlock(db, me, "admin-password")
    login.logout(db, me, "quit")
    actions = [e.action for e in _audit(db)]
    assert actions == ["login_failed", "login_failed", "login", "lock", "login_failed", "unlock", "logout"]


def test_five_wrong_passwords_lock_the_account(db, admin, frozen):
    import datetime as dt

    frozen(dt.datetime(2026, 11, 30, 9, 0))
    for _ in range(5):
        with pytest.raises(UserError):
            login.login(db, "admin", "nope")
    with pytest.raises(UserError, match="try again"):
        login.login(db, "admin", "admin-password")
    frozen(dt.datetime(2026, 11, 30, 9, 6))
    assert login.login(db, "admin", "admin-password").username == "admin"


def test_actor_with_no_account_cannot_change_a_password(db):
    ghost = Actor(None, "ghost", "Ghost", frozenset())
    with pytest.raises(ValidationError):
        service.change_own_password(db, ghost, "x", "long-enough-pw")
