"""childcare: release by approved override, adults not on the list, one live sign-in / sign-out per child and day

Revision ID: childcare_0003_release
Revises: childcare_0002
Create Date: 2026-11-30 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "childcare_0003_release"
down_revision = "childcare_0003_limits"
branch_labels = None
depends_on = None

LIVE_IN = "kind = 'in' AND voided_at IS NULL"
LIVE_OUT = "kind = 'out' AND voided_at IS NULL"


def _void_duplicates(kind: str) -> None:
    """Older databases were guarded in Python only: before the unique index, any second live row of a kind for
    the same child and day is voided (kept, marked), so the upgrade cannot fail on old data."""
    op.execute(
        sa.text(
            "UPDATE childcare_attendance SET voided_at = created_at, voided_by = 'upgrade', "
            "void_reason = 'duplicate (childcare_0003_release)' "
            "WHERE kind = :kind AND voided_at IS NULL AND EXISTS ("
            " SELECT 1 FROM childcare_attendance AS earlier WHERE earlier.child_id = childcare_attendance.child_id"
            " AND earlier.day = childcare_attendance.day AND earlier.kind = :kind AND earlier.voided_at IS NULL"
            " AND earlier.id < childcare_attendance.id)"
        ).bindparams(kind=kind)
    )


def upgrade() -> None:
    with op.batch_alter_table("childcare_attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("adult_phone", sa.String(length=20), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("adult_id_masked", sa.String(length=18), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("override_by_user_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("override_kind", sa.String(length=20), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_childcare_attendance_override_by_user_id_users"), "users", ["override_by_user_id"], ["id"]
        )
    _void_duplicates("in")
    _void_duplicates("out")
    with op.batch_alter_table("childcare_attendance", schema=None) as batch_op:
        batch_op.create_index(
            "ux_childcare_attendance_live_in",
            ["child_id", "day"],
            unique=True,
            sqlite_where=sa.text(LIVE_IN),
            postgresql_where=sa.text(LIVE_IN),
        )
        batch_op.create_index(
            "ux_childcare_attendance_live_out",
            ["child_id", "day"],
            unique=True,
            sqlite_where=sa.text(LIVE_OUT),
            postgresql_where=sa.text(LIVE_OUT),
        )


def downgrade() -> None:
    with op.batch_alter_table("childcare_attendance", schema=None) as batch_op:
        batch_op.drop_index("ux_childcare_attendance_live_out")
        batch_op.drop_index("ux_childcare_attendance_live_in")
        batch_op.drop_constraint(op.f("fk_childcare_attendance_override_by_user_id_users"), type_="foreignkey")
        batch_op.drop_column("override_kind")
        batch_op.drop_column("override_by_user_id")
        batch_op.drop_column("adult_id_masked")
        batch_op.drop_column("adult_phone")
