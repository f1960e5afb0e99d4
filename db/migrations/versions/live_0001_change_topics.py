"""live screens: change counters that SQLite workstations poll (PostgreSQL uses LISTEN/NOTIFY)

Revision ID: live_0001_change_topics
Revises: 0001_core
Create Date: 2026-11-30 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "live_0001_change_topics"
down_revision = "0001_core"
branch_labels = ("live",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_topics",
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("topic", name=op.f("pk_change_topics")),
    )


def downgrade() -> None:
    op.drop_table("change_topics")
