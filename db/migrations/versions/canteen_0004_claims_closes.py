"""canteen: subsidy claims, cashier-day and portion-count lock rows, the day close's stored figures

Revision ID: canteen_0004
Revises: canteen_0003
Create Date: 2026-11-30 04:20:00

Existing sold, subsidised tickets get their claims (one per subsidised meal and funder, numbered in the order
sold), so a diner's claims of today count after the upgrade. A rule entered before schemes stacked keeps
working: it pays its funders as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "canteen_0004"
down_revision = "canteen_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "canteen_cashier_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "cashier_id", name=op.f("pk_canteen_cashier_days")),
    )
    op.create_table(
        "canteen_portion_counts",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("slot_code", sa.String(length=20), nullable=False),
        sa.Column("sold", sa.Integer(), nullable=False),
        sa.CheckConstraint("sold >= 0", name=op.f("ck_canteen_portion_counts_sold_not_negative")),
        sa.PrimaryKeyConstraint("day", "slot_code", name=op.f("pk_canteen_portion_counts")),
    )
    op.create_table(
        "canteen_subsidy_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("slot_code", sa.String(length=20), nullable=False),
        sa.Column("scope_key", sa.String(length=30), nullable=False),
        sa.Column("funder", sa.String(length=20), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("released_at", db.types.UTCDateTime(), nullable=True),
        sa.CheckConstraint("n >= 1", name=op.f("ck_canteen_subsidy_claims_n_positive")),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_canteen_subsidy_claims_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["meal_tickets.id"], name=op.f("fk_canteen_subsidy_claims_ticket_id_meal_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_canteen_subsidy_claims")),
    )
    with op.batch_alter_table("canteen_subsidy_claims", schema=None) as batch_op:
        batch_op.create_index("ix_canteen_subsidy_claims_ticket", ["ticket_id"], unique=False)
        batch_op.create_index(
            "uq_canteen_subsidy_claims_live",
            ["resident_id", "day", "scope_key", "funder", "n"],
            unique=True,
            sqlite_where=sa.text("released_at IS NULL"),
            postgresql_where=sa.text("released_at IS NULL"),
        )
    with op.batch_alter_table("canteen_day_closes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("figures", sa.Text(), nullable=True))
    with op.batch_alter_table("meal_tickets", schema=None) as batch_op:
        batch_op.alter_column("tier", existing_type=sa.String(length=50), type_=sa.String(length=120))
    _backfill_claims()


def _backfill_claims() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT t.id, t.resident_id, t.day, t.slot_code, t.subsidised_meals, l.funder, r.limit_scope "
            "FROM meal_tickets t "
            "JOIN meal_ticket_subsidies l ON l.ticket_id = t.id AND l.reversal = :false AND l.amount_fen > 0 "
            "LEFT JOIN subsidy_rules r ON r.id = t.rule_id "
            "WHERE t.status = 'sold' AND t.resident_id IS NOT NULL AND t.subsidised_meals > 0 "
            "ORDER BY t.id, l.funder"
        ),
        {"false": False},
    ).all()
    taken: dict[tuple, int] = {}
    out = []
    for tid, rid, day, slot, meals, funder, scope in rows:
        scope_key = f"slot:{slot}" if scope == "slot" else "day"
        for _ in range(int(meals)):
            key = (rid, str(day), scope_key, funder)
            taken[key] = taken.get(key, 0) + 1
            out.append(
                {"rid": rid, "day": day, "slot": slot, "scope": scope_key, "funder": funder, "n": taken[key], "t": tid}
            )
    if out:
        conn.execute(
            sa.text(
                "INSERT INTO canteen_subsidy_claims (resident_id, day, slot_code, scope_key, funder, n, ticket_id) "
                "VALUES (:rid, :day, :slot, :scope, :funder, :n, :t)"
            ),
            out,
        )


def downgrade() -> None:
    with op.batch_alter_table("meal_tickets", schema=None) as batch_op:
        batch_op.alter_column("tier", existing_type=sa.String(length=120), type_=sa.String(length=50))
    with op.batch_alter_table("canteen_day_closes", schema=None) as batch_op:
        batch_op.drop_column("figures")
    with op.batch_alter_table("canteen_subsidy_claims", schema=None) as batch_op:
        batch_op.drop_index("uq_canteen_subsidy_claims_live")
        batch_op.drop_index("ix_canteen_subsidy_claims_ticket")
    op.drop_table("canteen_subsidy_claims")
    op.drop_table("canteen_portion_counts")
    op.drop_table("canteen_cashier_days")
