"""health: follow-up attempts that failed (未随访) and plans closed as lost to follow-up (失访)

Revision ID: health_0002_followup_attempts
Revises: health_0001
Create Date: 2026-12-01 02:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types  # noqa: F401

revision = "health_0002_followup_attempts"
down_revision = "health_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "health_followup_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("attempted_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "outcome IN ('unreached', 'refused', 'moved', 'other')",
            name=op.f("ck_health_followup_attempts_attempt_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["health_followup_plans.id"],
            name=op.f("fk_health_followup_attempts_plan_id_health_followup_plans"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_health_followup_attempts_recorded_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_health_followup_attempts_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_followup_attempts")),
    )
    with op.batch_alter_table("health_followup_attempts", schema=None) as batch_op:
        batch_op.create_index("ix_health_followup_attempts_plan", ["plan_id", "attempted_on"], unique=False)
    # a plain ADD COLUMN on both backends (SQLite's batch mode does not rebuild the table for it)
    with op.batch_alter_table("health_followup_plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lost_to_followup", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("health_followup_plans", schema=None) as batch_op:
        batch_op.drop_column("lost_to_followup")
    with op.batch_alter_table("health_followup_attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_health_followup_attempts_plan")
    op.drop_table("health_followup_attempts")
