"""The demo's past actions are done by the demo's own staff accounts, never by the real administrator the first-run
wizard made (found: "2026-11-28 09:57 王𠀾" on demo task completions, voids and approvals)."""

from __future__ import annotations

from sqlalchemy import func, select

from app import demo
from app.accounts import service
from app.actor import ADMIN
from db.models import User


def _rows_by_user(db, user_id: int) -> dict[str, int]:
    """Every column that points at an account, with how many rows name `user_id`."""
    from db.models import Base

    found: dict[str, int] = {}
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if any(fk.column.table.name == "users" for fk in column.foreign_keys) and table.name not in (
                    "users",
                    "user_roles",
                ):
                    n = s.execute(select(func.count()).select_from(table).where(column == user_id)).scalar_one()
                    if n:
                        found[f"{table.name}.{column.name}"] = n
    return found


def test_the_demo_never_acts_as_the_real_administrator(db, admin):
    # the wizard's administrator, with the user name a person is likely to pick
    with db.read() as s:
        real = s.get(User, admin.user_id)
        assert real.username == "admin"
    service.update_account(db, admin, admin.user_id, "王𠀾", [ADMIN])
    before = _rows_by_user(db, admin.user_id)  # the wizard's own audit entry
    ctx = demo.populate(db, residents=300, log=lambda _m: None)
    assert admin.user_id not in ctx.staff.values()
    assert _rows_by_user(db, admin.user_id) == before
    # the demo made its own administrator under a free user name, listed with its password
    demo_admin = ctx.staff["admin"]
    with db.read() as s:
        made = s.get(User, demo_admin)
        assert made.username != "admin" and made.display_name == "管理员 王静"
    assert any(a.username == made.username for a in demo.demo_accounts(ctx))
    assert _rows_by_user(db, demo_admin)  # it did act (voids approved, tasks done, …)

    # a second run finds the demo's own accounts again and makes no more
    again = demo.populate(db, residents=0, log=lambda _m: None, counters=False)
    assert again.staff == ctx.staff and not again.passwords
