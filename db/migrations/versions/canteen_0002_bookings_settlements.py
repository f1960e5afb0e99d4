"""canteen: next-day bookings and settlement periods

Revision ID: canteen_0002
Revises: canteen_0001
Create Date: 2026-11-29 02:25:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "canteen_0002"
down_revision = "canteen_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meal_bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("slot_code", sa.String(length=20), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("cancelled_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("cancelled_by_id", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["slot_code"], ["meal_slots.code"], name=op.f("fk_meal_bookings_slot_code_meal_slots")),
        sa.ForeignKeyConstraint(["resident_id"], ["residents.id"], name=op.f("fk_meal_bookings_resident_id_residents")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_meal_bookings_created_by_id_users")),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["meal_tickets.id"], name=op.f("fk_meal_bookings_ticket_id_meal_tickets")
        ),
        sa.ForeignKeyConstraint(["cancelled_by_id"], ["users.id"], name=op.f("fk_meal_bookings_cancelled_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meal_bookings")),
    )
    with op.batch_alter_table("meal_bookings", schema=None) as batch_op:
        batch_op.create_index("ix_meal_bookings_day_slot", ["day", "slot_code"], unique=False)
        batch_op.create_index("ix_meal_bookings_resident_day", ["resident_id", "day"], unique=False)

    op.create_table(
        "canteen_settlements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("ends", sa.Date(), nullable=False),
        sa.Column("locked_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("locked_by_id", sa.Integer(), nullable=True),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("unlocked_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("unlocked_by_id", sa.Integer(), nullable=True),
        sa.Column("unlock_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["locked_by_id"], ["users.id"], name=op.f("fk_canteen_settlements_locked_by_id_users")),
        sa.ForeignKeyConstraint(
            ["unlocked_by_id"], ["users.id"], name=op.f("fk_canteen_settlements_unlocked_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_canteen_settlements")),
    )
    with op.batch_alter_table("canteen_settlements", schema=None) as batch_op:
        batch_op.create_index("ix_canteen_settlements_period", ["starts", "ends"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("canteen_settlements", schema=None) as batch_op:
        batch_op.drop_index("ix_canteen_settlements_period")
    op.drop_table("canteen_settlements")
    with op.batch_alter_table("meal_bookings", schema=None) as batch_op:
        batch_op.drop_index("ix_meal_bookings_resident_day")
        batch_op.drop_index("ix_meal_bookings_day_slot")
    op.drop_table("meal_bookings")
