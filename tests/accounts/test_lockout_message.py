"""The lock-out message gives the minutes left rounded up: a 5-minute lock says 5, never 6 (issue 12, item 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.accounts import login
from app.errors import UserError


def _lock(db, frozen) -> None:
    frozen(dt.datetime(2026, 11, 30, 9, 0))
    for _ in range(login.MAX_FAILURES):
        with pytest.raises(UserError):
            login.login(db, "admin", "nope")


@pytest.mark.parametrize(
    ("at", "minutes"),
    [
        (dt.datetime(2026, 11, 30, 9, 0), 5),  # just locked: the whole 5 minutes (said "6" before)
        (dt.datetime(2026, 11, 30, 9, 0, 59), 5),
        (dt.datetime(2026, 11, 30, 9, 1), 4),  # exactly 4 minutes left
        (dt.datetime(2026, 11, 30, 9, 4, 30), 1),
        (dt.datetime(2026, 11, 30, 9, 4, 59, 900_000), 1),
    ],
)
def test_the_lock_out_message_rounds_the_minutes_left_up(db, admin, frozen, at, minutes):
    _lock(db, frozen)
    frozen(at)
    with pytest.raises(UserError) as caught:
        login.login(db, "admin", "admin-password")
    assert f"try again in {minutes} minutes" in caught.value.message


def test_the_lock_out_message_in_chinese_says_5_minutes(db, admin, frozen, zh):
    _lock(db, frozen)
    with pytest.raises(UserError) as caught:
        login.login(db, "admin", "admin-password")
    assert "5 分钟" in caught.value.message and "6 分钟" not in caught.value.message


def test_minutes_left():
    assert login.minutes_left(dt.timedelta(minutes=5)) == 5
    assert login.minutes_left(dt.timedelta(minutes=4, seconds=1)) == 5
    assert login.minutes_left(dt.timedelta(seconds=1)) == 1
    assert login.minutes_left(dt.timedelta(0)) == 1
