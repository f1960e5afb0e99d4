"""childcare: staff on duty per program and day

Revision ID: childcare_0002
Revises: childcare_0001
Create Date: 2026-11-29 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "childcare_0002"
down_revision = "childcare_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "childcare_duty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("staff_names", sa.Text(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"], ["childcare_programs.id"], name=op.f("fk_childcare_duty_program_id_childcare_programs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_childcare_duty")),
    )
    with op.batch_alter_table("childcare_duty", schema=None) as batch_op:
        batch_op.create_index("ix_childcare_duty_program_day", ["program_id", "day"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("childcare_duty", schema=None) as batch_op:
        batch_op.drop_index("ix_childcare_duty_program_day")
    op.drop_table("childcare_duty")
