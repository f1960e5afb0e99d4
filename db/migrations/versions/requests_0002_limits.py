"""requests: urgency holds every urgency code ("very_urgent" is 11 characters; PostgreSQL refused it in varchar(10))

Revision ID: requests_0002_limits
Revises: requests_0001
Create Date: 2026-11-30 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "requests_0002_limits"
down_revision = "requests_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.alter_column("urgency", existing_type=sa.String(length=10), type_=sa.String(length=20))


def downgrade() -> None:
    # PostgreSQL refuses to narrow the column while a request holds "very_urgent": data is never cut to fit.
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.alter_column("urgency", existing_type=sa.String(length=20), type_=sa.String(length=10))
