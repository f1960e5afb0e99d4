"""canteen: the reason a day was closed with cash over or short (长款/短款)

Revision ID: canteen_0005
Revises: canteen_0004
Create Date: 2026-12-01 02:40:00

A close with a cash difference keeps the cashier's reason with it; closes before this column have none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "canteen_0005"
down_revision = "canteen_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("canteen_day_closes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("difference_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("canteen_day_closes", schema=None) as batch_op:
        batch_op.drop_column("difference_reason")
