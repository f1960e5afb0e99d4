"""childcare: staff names as long as a staff member's display name (100; PostgreSQL refused 51-100 in varchar(50))

Revision ID: childcare_0003_pg_staff_names
Revises: childcare_0002
Create Date: 2026-11-30 04:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "childcare_0003_pg_staff_names"
down_revision = "childcare_0002"
branch_labels = None
depends_on = None

COLUMNS = (
    ("childcare_attendance", "staff_name", False),
    ("childcare_attendance", "override_staff", True),
    ("childcare_attendance", "voided_by", True),
    ("childcare_duty", "updated_by", False),
)


def upgrade() -> None:
    # SQLite does not enforce varchar lengths: only PostgreSQL's columns change (no table rebuild on SQLite).
    if op.get_bind().dialect.name != "sqlite":
        for table, column, nullable in COLUMNS:
            op.alter_column(table, column, type_=sa.String(length=100), existing_nullable=nullable)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for table, column, nullable in COLUMNS:
            op.alter_column(table, column, type_=sa.String(length=50), existing_nullable=nullable)
