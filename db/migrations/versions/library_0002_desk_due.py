"""library: the desk's due day a district library's later answer replaced (library_loans.desk_due_on)

Revision ID: library_0002_desk_due
Revises: library_0001_tables
Create Date: 2026-11-30 13:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "library_0002_desk_due"
down_revision = "library_0001_tables"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("library_loans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("desk_due_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("library_loans", schema=None) as batch_op:
        batch_op.drop_column("desk_due_on")
