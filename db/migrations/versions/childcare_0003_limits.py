"""childcare: staff names copied into attendance and duty rows take the full display name (100, as users.display_name)

Revision ID: childcare_0003_limits
Revises: childcare_0002
Create Date: 2026-11-30 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "childcare_0003_limits"
down_revision = "childcare_0002"
branch_labels = None
depends_on = None

# Fixed numbers, not db.limits: a migration records what it did, whatever the limits become later.
_WIDENED = {
    "childcare_attendance": ("staff_name", "override_staff", "voided_by"),
    "childcare_duty": ("updated_by",),
}


def _alter(old: int, new: int) -> None:
    for table, columns in _WIDENED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(column, existing_type=sa.String(length=old), type_=sa.String(length=new))


def upgrade() -> None:
    _alter(50, 100)


def downgrade() -> None:
    _alter(100, 50)
