"""The whole demo as the first-run wizard or `community-desk demo` writes it, filled once per test process and copied
for each test that reads it (tests/conftest.py `full_demo`, on `filled_db_url`). A test using it carries
`pytest.mark.xdist_group(GROUP)`, so one pytest-xdist worker fills it once for all of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: The xdist_group of the tests that read the full demo.
GROUP = "full-demo"
#: The (frozen) local time the demo is written at: a Monday morning, lunch not served yet.
NOW = dt.datetime(2026, 11, 30, 10, 0)
RESIDENTS = 300
#: The wizard's administrator (user 1 of the test template, user name "admin") renamed as a person would name it.
ADMIN_NAME = "王𠀾"


@dataclass(frozen=True)
class FullDemo:
    """What the filling left besides the database: the demo's context (its staff, the logins it chose, the passwords it
    made, its residents, the random generator as the demo left it), the clock's local time after it, and which rows
    named the administrator before the demo ran."""

    ctx: object  # app.demo.DemoContext
    clock_after: dt.datetime
    admin_rows_before: dict[str, int]


def rows_by_user(db, user_id: int) -> dict[str, int]:
    """Every column that points at an account, with how many rows name `user_id`."""
    from sqlalchemy import func, select

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


def fill(url: str) -> FullDemo:
    """The template's administrator renamed (the wizard's own audit entry), then the whole demo (seed 1, every
    counter) at NOW. `populate` is deterministic for its seed and the frozen clock, so every copy holds what a test's
    own run would have written (only the staff passwords differ from run to run)."""
    from app import clock, demo
    from app.accounts import service
    from app.actor import ADMIN
    from db.engine import Database

    clock.freeze(NOW)
    db = Database(url)
    try:
        admin = service.actor_for(db, 1)
        service.update_account(db, admin, admin.user_id, ADMIN_NAME, [ADMIN])
        before = rows_by_user(db, admin.user_id)
        ctx = demo.populate(db, residents=RESIDENTS, log=lambda _m: None)
        return FullDemo(ctx=ctx, clock_after=clock.local_now().replace(tzinfo=None), admin_rows_before=before)
    finally:
        db.dispose()
