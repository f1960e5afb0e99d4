"""library: fines paid or waived (library_fine_settlements), and an index of the loans that carry a fine

Revision ID: library_0004_fine_settlements
Revises: library_0003_title_holds
Create Date: 2026-12-01 02:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "library_0004_fine_settlements"
down_revision = "library_0003_title_holds"
branch_labels = None
depends_on = None

STANDING = "voided_at IS NULL"
FINED = "fine_fen > 0"


def upgrade() -> None:
    op.create_table(
        "library_fine_settlements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("receipt_no", sa.String(length=30), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", db.types.UTCDateTime(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("voided_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["loan_id"], ["library_loans.id"]),
        sa.ForeignKeyConstraint(["by_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("library_fine_settlements", schema=None) as batch_op:
        batch_op.create_index(
            "ux_library_fine_settlements_loan",
            ["loan_id"],
            unique=True,
            sqlite_where=sa.text(STANDING),
            postgresql_where=sa.text(STANDING),
        )
        batch_op.create_index("ix_library_fine_settlements_at", ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_library_fine_settlements_receipt_no"), ["receipt_no"], unique=False)
    with op.batch_alter_table("library_loans", schema=None) as batch_op:
        batch_op.create_index(
            "ix_library_loans_fined",
            ["returned_at"],
            unique=False,
            sqlite_where=sa.text(FINED),
            postgresql_where=sa.text(FINED),
        )


def downgrade() -> None:
    with op.batch_alter_table("library_loans", schema=None) as batch_op:
        batch_op.drop_index("ix_library_loans_fined")
    op.drop_table("library_fine_settlements")
