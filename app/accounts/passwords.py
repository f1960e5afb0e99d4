"""argon2id hashing, tuned so one check takes tens of milliseconds on a 2-core front-desk PC."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _hasher():
    from argon2 import PasswordHasher

    # 19 MiB, 2 passes, 1 lane: the OWASP minimum for argon2id, ~20-40 ms here.
    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored:
        return False
    try:
        return _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher().check_needs_rehash(stored)


# Lower-case letters and digits without the look-alikes 0/o, 1/l/i (and no upper case, so no I, O): what a person
# reads off the screen and types is what was generated.
READABLE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
READABLE_GROUPS = (5, 5, 5)  # 15 characters of 31 symbols: log2(31) x 15 = 74.3 bits, more than the 64 of
# secrets.token_urlsafe(8) this replaces


def readable_password_bits() -> float:
    import math

    return sum(READABLE_GROUPS) * math.log2(len(READABLE_ALPHABET))


def readable_password() -> str:
    """A random password that is easy to read out and copy: `k7m2q-...`, groups joined by "-"."""
    import secrets

    return "-".join("".join(secrets.choice(READABLE_ALPHABET) for _ in range(n)) for n in READABLE_GROUPS)
