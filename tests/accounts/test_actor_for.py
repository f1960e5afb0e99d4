"""actor_for with an id that has no account is a NotFound in the user's language, not a bare ValueError
(clerk findings item 11)."""

from __future__ import annotations

import pytest

from app.accounts.service import actor_for
from app.errors import NotFound


@pytest.mark.parametrize("user_id", [2147483647, 999_999])
def test_an_unknown_account_is_not_found(db, admin, user_id):
    with pytest.raises(NotFound) as info:
        actor_for(db, user_id)
    assert "account" in info.value.message.lower()


def test_a_known_account_gives_its_actor(db, admin):
    fresh = actor_for(db, admin.user_id, "desk-1")
    assert fresh.username == admin.username and fresh.workstation == "desk-1"
