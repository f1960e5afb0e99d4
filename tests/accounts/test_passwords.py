"""The password hasher the product ships (the tests use a fast one: tests/conftest.py, _fast_password_hashing)."""

from __future__ import annotations

from app.accounts import passwords


def test_the_shipped_hasher_is_argon2id_at_the_owasp_minimum(shipped_password_hashing):
    stored = passwords.hash_password("admin-password")
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")  # OWASP: argon2id, 19 MiB, 2 passes, 1 lane
    assert passwords.verify_password(stored, "admin-password")
    assert not passwords.verify_password(stored, "admin-passwort")
    assert not passwords.needs_rehash(stored)


def test_a_hash_made_at_another_strength_still_checks(shipped_password_hashing):
    """A hash carries its parameters: one made at other settings (an older version, or the tests' fast hasher) is
    checked as it was made, and is marked for hashing again at the shipped strength."""
    from argon2 import PasswordHasher

    older = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("admin-password")
    assert passwords.verify_password(older, "admin-password")
    assert not passwords.verify_password(older, "wrong")
    assert passwords.needs_rehash(older)


def test_the_tests_hash_fast():
    assert passwords.hash_password("x").startswith("$argon2id$v=19$m=8,t=1,p=1$")
