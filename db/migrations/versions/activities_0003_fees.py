"""activities: course fees taken and refunded (activity_fee_entries), one payment and one refund per sign-up

Revision ID: activities_0003_fees
Revises: activities_0002_one_live_course
Create Date: 2026-12-01 02:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "activities_0003_fees"
down_revision = "activities_0002_one_live_course"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity_fee_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("payment", sa.String(length=10), nullable=False),
        sa.Column("receipt_no", sa.String(length=30), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", db.types.UTCDateTime(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["enrolment_id"], ["activity_enrolments.id"]),
        sa.ForeignKeyConstraint(["by_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity_fee_entries", schema=None) as batch_op:
        batch_op.create_index("ux_activity_fee_entries_kind", ["enrolment_id", "kind"], unique=True)
        batch_op.create_index("ix_activity_fee_entries_at", ["at"], unique=False)


def downgrade() -> None:
    op.drop_table("activity_fee_entries")
