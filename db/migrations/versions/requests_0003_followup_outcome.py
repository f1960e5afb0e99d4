"""requests: a follow-up call records its outcome — answered (with the resident's rating), not reached or declined —
so a call that did not reach the resident is kept as an attempt without a rating (rating NULL)

Revision ID: requests_0003_followup_outcome
Revises: requests_0002_limits
Create Date: 2026-12-01 02:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "requests_0003_followup_outcome"
down_revision = "requests_0002_limits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # every call recorded so far was recorded with a rating: answered
    with op.batch_alter_table("request_followups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=20), server_default="answered", nullable=False))
        batch_op.alter_column("rating", existing_type=sa.String(length=20), nullable=True)


def downgrade() -> None:
    # refused while unanswered attempts exist (their rating is NULL): an attempt is never turned into a rating
    with op.batch_alter_table("request_followups", schema=None) as batch_op:
        batch_op.alter_column("rating", existing_type=sa.String(length=20), nullable=False)
        batch_op.drop_column("outcome")
