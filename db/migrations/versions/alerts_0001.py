"""alerts: 未诉先办 — the alert rules' settings and the alerts raised (one current alert per rule and subject)

Revision ID: alerts_0001
Revises: core_0004_search_c_collate
Create Date: 2026-11-30 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "alerts_0001"
down_revision = "core_0004_search_c_collate"
branch_labels = ("alerts",)
depends_on = ("requests_0001", "canteen_0001")

CURRENT = "ended_on IS NULL"
AWAITING_CALLBACK = "status = 'resolved'"


def upgrade() -> None:
    op.create_table(
        "alert_rules",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_alert_rules_updated_by_id_users")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_alert_rules")),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("raised_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("handled_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("handled_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["resident_id"], ["residents.id"], name=op.f("fk_alerts_resident_id_residents")),
        sa.ForeignKeyConstraint(["handled_by_id"], ["users.id"], name=op.f("fk_alerts_handled_by_id_users")),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"], name=op.f("fk_alerts_request_id_requests")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
    )
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.create_index(
            "ux_alerts_current",
            ["rule", "subject"],
            unique=True,
            sqlite_where=sa.text(CURRENT),
            postgresql_where=sa.text(CURRENT),
        )
        batch_op.create_index("ix_alerts_raised_on", ["raised_on", "rule"], unique=False)
        batch_op.create_index("ix_alerts_handled_at", ["handled_at"], unique=False)
        batch_op.create_index("ix_alerts_ended_on", ["ended_on"], unique=False)
    # the canteen rule's month of tickets, read from the index alone (app.alerts.compute.canteen_absent)
    op.create_index("ix_meal_tickets_day_resident", "meal_tickets", ["day", "status", "resident_id"], unique=False)
    # the follow-up call rule's resolved requests, read from this partial index alone
    op.create_index(
        "ix_requests_awaiting_callback",
        "requests",
        ["resolved_at", "id", "resident_id", "number", "contact_name", "callback_ok"],
        unique=False,
        sqlite_where=sa.text(AWAITING_CALLBACK),
        postgresql_where=sa.text(AWAITING_CALLBACK),
    )


def downgrade() -> None:
    op.drop_index("ix_requests_awaiting_callback", table_name="requests")
    op.drop_index("ix_meal_tickets_day_resident", table_name="meal_tickets")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_ended_on")
        batch_op.drop_index("ix_alerts_handled_at")
        batch_op.drop_index("ix_alerts_raised_on")
        batch_op.drop_index("ux_alerts_current")
    op.drop_table("alerts")
    op.drop_table("alert_rules")
