"""reports: the district report packs as issued (district_report_issues), so a sent month is re-issued identically

Revision ID: reports_0001_district_issues
Revises: 0001_core
Create Date: 2026-11-30 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "reports_0001_district_issues"
down_revision = "0001_core"
branch_labels = ("reports",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "district_report_issues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("figures_json", sa.Text(), nullable=False),
        sa.Column("issued_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("issued_by_name", sa.String(length=100), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("xlsx_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["issued_by_id"], ["users.id"], name=op.f("fk_district_report_issues_issued_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district_report_issues")),
        sa.UniqueConstraint("year", "month", name="uq_district_report_issues_month"),
    )


def downgrade() -> None:
    op.drop_table("district_report_issues")
