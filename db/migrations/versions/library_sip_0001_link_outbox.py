"""library_sip: the district library's SIP2 link (library_sip_link) and the district transactions waiting to be sent
(library_sip_outbox), for 通借通还

Revision ID: library_sip_0001_link_outbox
Revises: core_0004_search_c_collate
Create Date: 2026-11-30 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "library_sip_0001_link_outbox"
down_revision = "core_0004_search_c_collate"
branch_labels = ("library_sip",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "library_sip_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(length=253), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.String(length=64), nullable=False),
        sa.Column("login_user", sa.String(length=64), nullable=False),
        sa.Column("login_password", sa.String(length=64), nullable=False),
        sa.Column("location_code", sa.String(length=64), nullable=False),
        sa.Column("timeout_seconds", sa.Integer(), nullable=False),
        sa.Column("encoding", sa.String(length=10), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_library_sip_link_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_sip_link")),
    )
    op.create_table(
        "library_sip_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("txn_id", sa.String(length=40), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("patron", sa.String(length=64), nullable=True),
        sa.Column("item", sa.String(length=64), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("at", db.types.UTCDateTime(), nullable=False),
        sa.Column("queued_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("queued_by_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("claim_token", sa.String(length=40), nullable=True),
        sa.Column("last_problem", sa.String(length=20), nullable=True),
        sa.Column("last_problem_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("answered_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("answer_due", sa.Date(), nullable=True),
        sa.Column("refusal", sa.String(length=20), nullable=True),
        sa.Column("library_message", sa.String(length=255), nullable=True),
        sa.Column("resolved_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolution_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["queued_by_id"], ["users.id"], name=op.f("fk_library_sip_outbox_queued_by_id_users")),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["users.id"], name=op.f("fk_library_sip_outbox_resolved_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_sip_outbox")),
        sa.UniqueConstraint("txn_id", name=op.f("uq_library_sip_outbox_txn_id")),
    )
    op.create_index("ix_library_sip_outbox_state_id", "library_sip_outbox", ["state", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_library_sip_outbox_state_id", table_name="library_sip_outbox")
    op.drop_table("library_sip_outbox")
    op.drop_table("library_sip_link")
