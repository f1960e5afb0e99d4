"""requests: urgency holds "very_urgent" (11 characters; PostgreSQL refused it in varchar(10))

Revision ID: requests_0002_pg_urgency
Revises: requests_0001
Create Date: 2026-11-30 04:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "requests_0002_pg_urgency"
down_revision = "requests_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite does not enforce varchar lengths: only PostgreSQL's column changes (no table rebuild on SQLite).
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("requests", "urgency", type_=sa.String(length=20), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("requests", "urgency", type_=sa.String(length=10), existing_nullable=False)
