"""canteen: covering indexes for the settlement's aggregation

Revision ID: canteen_0003
Revises: canteen_0002
Create Date: 2026-11-29 02:45:00
"""

from __future__ import annotations

from alembic import op

revision = "canteen_0003"
down_revision = "canteen_0002"
branch_labels = None
depends_on = None

SETTLEMENT_COLUMNS = [
    "day",
    "status",
    "subsidy_fen",
    "resident_id",
    "tier",
    "subsidised_meals",
    "total_fen",
    "self_paid_fen",
]


def upgrade() -> None:
    with op.batch_alter_table("meal_tickets", schema=None) as batch_op:
        batch_op.create_index("ix_meal_tickets_settlement", SETTLEMENT_COLUMNS, unique=False)
    with op.batch_alter_table("meal_ticket_subsidies", schema=None) as batch_op:
        batch_op.drop_index("ix_meal_ticket_subsidies_ticket")
        batch_op.create_index("ix_meal_ticket_subsidies_ticket", ["ticket_id", "funder", "amount_fen"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meal_ticket_subsidies", schema=None) as batch_op:
        batch_op.drop_index("ix_meal_ticket_subsidies_ticket")
        batch_op.create_index("ix_meal_ticket_subsidies_ticket", ["ticket_id"], unique=False)
    with op.batch_alter_table("meal_tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_meal_tickets_settlement")
