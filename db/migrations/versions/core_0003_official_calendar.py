"""core: calendar days remember whether they came from the official calendar or from the center

Revision ID: core_0003_official_calendar
Revises: core_0002_audit_chain
Create Date: 2026-11-30 05:30:00

Rows that exist already were typed in by the center: they become `source = 'center'`, so the official fill
(app.workdays.fill_official) never overwrites them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db import limits as L

revision = "core_0003_official_calendar"
down_revision = "core_0002_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("calendar_days") as batch:
        batch.add_column(sa.Column("source", sa.String(L.SHORT_CODE.length), nullable=False, server_default="center"))


def downgrade() -> None:
    with op.batch_alter_table("calendar_days") as batch:
        batch.drop_column("source")
