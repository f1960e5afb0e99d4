"""The demo's past actions are done by the demo's own staff accounts, never by the real administrator the first-run
wizard made (found: "2026-11-28 09:57 王𠀾" on demo task completions, voids and approvals)."""

from __future__ import annotations

import pytest

from app import demo
from db.models import User
from tests.full_demo import ADMIN_NAME, GROUP, rows_by_user

# The whole demo written after the wizard's administrator (user 1, "admin") was named 王𠀾 (tests/full_demo.py),
# filled once per worker for this test and the other readers of the full demo.
pytestmark = pytest.mark.xdist_group(GROUP)


def test_the_demo_never_acts_as_the_real_administrator(full_demo):
    db, made = full_demo
    ctx, real_id = made.ctx, 1
    # the wizard's administrator, with the user name a person is likely to pick
    with db.read() as s:
        real = s.get(User, real_id)
        assert real.username == "admin" and real.display_name == ADMIN_NAME
    assert made.admin_rows_before  # the wizard's own audit entry, made before the demo ran
    assert real_id not in ctx.staff.values()
    assert rows_by_user(db, real_id) == made.admin_rows_before
    # the demo made its own administrator under a free user name, listed with its password
    demo_admin = ctx.staff["admin"]
    with db.read() as s:
        made_admin = s.get(User, demo_admin)
        assert made_admin.username != "admin" and made_admin.display_name == "管理员 王静"
    assert any(a.username == made_admin.username for a in demo.demo_accounts(ctx))
    assert rows_by_user(db, demo_admin)  # it did act (voids approved, tasks done, …)

    # a second run finds the demo's own accounts again and makes no more
    again = demo.populate(db, residents=0, log=lambda _m: None, counters=False)
    assert again.staff == ctx.staff and not again.passwords
