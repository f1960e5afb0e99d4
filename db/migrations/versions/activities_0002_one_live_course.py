"""activities: one live course per name, term, schedule and place (a double click on Save made two)

Live courses entered twice before this rule are put right first: of each set of identical live courses the one
with the most live sign-ups (then the oldest) stays; the others are ended (archived, never deleted) with a reason
that names the course kept, and their coming sessions are cancelled.

Revision ID: activities_0002_one_live_course
Revises: activities_0001
Create Date: 2026-11-30 13:40:00
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "activities_0002_one_live_course"
down_revision = "activities_0001"
branch_labels = None
depends_on = None

# Fixed here, not taken from db.models: a migration records what it did, whatever the models become later.
SAME = ("name", "starts_on", "ends_on", "weekdays", "start_min", "place")
LIVE = "archived_at IS NULL"
REASON = "重复录入的课程（与 #{kept} 相同），升级时自动结束"


def _end_duplicates() -> None:
    bind = op.get_bind()
    columns = ", ".join(SAME)
    rows = bind.execute(
        sa.text(
            f"SELECT c.id, {', '.join('c.' + x for x in SAME)}, "
            "(SELECT COUNT(*) FROM activity_enrolments e WHERE e.course_id = c.id AND e.status <> 'withdrawn') "
            f"FROM activity_courses c WHERE c.{LIVE} ORDER BY {columns}, c.id"
        )
    ).all()
    groups: dict[tuple, list[tuple[int, int]]] = {}
    for row in rows:
        groups.setdefault(tuple(row[1:-1]), []).append((row[0], row[-1]))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    today = dt.date.today()
    for same in groups.values():
        if len(same) < 2:
            continue
        kept = max(same, key=lambda x: (x[1], -x[0]))[0]
        for course_id, _booked in same:
            if course_id == kept:
                continue
            reason = REASON.format(kept=kept)
            bind.execute(
                sa.text(
                    "UPDATE activity_courses SET archived_at = :now, archive_reason = :reason WHERE id = :id"
                ).bindparams(sa.bindparam("now", type_=sa.DateTime())),
                {"now": now, "reason": reason, "id": course_id},
            )
            bind.execute(
                sa.text(
                    "UPDATE activity_sessions SET cancelled_at = :now, cancel_reason = :reason "
                    "WHERE course_id = :id AND held_at IS NULL AND cancelled_at IS NULL AND day >= :today"
                ).bindparams(sa.bindparam("now", type_=sa.DateTime()), sa.bindparam("today", type_=sa.Date())),
                {"now": now, "reason": reason, "id": course_id, "today": today},
            )


def upgrade() -> None:
    _end_duplicates()
    with op.batch_alter_table("activity_courses", schema=None) as batch_op:
        batch_op.create_index(
            "ux_activity_courses_live_same",
            list(SAME),
            unique=True,
            sqlite_where=sa.text(LIVE),
            postgresql_where=sa.text(LIVE),
        )


def downgrade() -> None:
    with op.batch_alter_table("activity_courses", schema=None) as batch_op:
        batch_op.drop_index("ux_activity_courses_live_same")
