"""community: building councils and members, 三带一联 links, visits (走访), council meetings (议事) and their tasks

Revision ID: community_0001_tables
Revises: core_0004_search_c_collate
Create Date: 2026-11-30 10:11:11.307980
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "community_0001_tables"
down_revision = "core_0004_search_c_collate"
branch_labels = ("community",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "community_councils",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("building", sa.String(length=20), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("archived_at", db.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_community_councils_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_councils")),
    )
    op.create_table(
        "community_council_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["community_councils.id"],
            name=op.f("fk_community_council_members_council_id_community_councils"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_community_council_members_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_community_council_members_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_council_members")),
    )
    with op.batch_alter_table("community_council_members", schema=None) as batch_op:
        batch_op.create_index("ix_community_council_members_council", ["council_id", "ended_on"], unique=False)

    op.create_table(
        "community_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("party_member_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("building", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("room", sa.String(length=20), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_community_links_created_by_id_users")),
        sa.ForeignKeyConstraint(["ended_by_id"], ["users.id"], name=op.f("fk_community_links_ended_by_id_users")),
        sa.ForeignKeyConstraint(
            ["party_member_id"], ["residents.id"], name=op.f("fk_community_links_party_member_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_links")),
    )
    with op.batch_alter_table("community_links", schema=None) as batch_op:
        batch_op.create_index("ix_community_links_address", ["building", "unit", "room"], unique=False)
        batch_op.create_index("ix_community_links_member", ["party_member_id"], unique=False)
        batch_op.create_index(
            "uq_community_links_live",
            ["party_member_id", "scope", "building", "unit", "room"],
            unique=True,
            sqlite_where=sa.text("ended_on IS NULL"),
            postgresql_where=sa.text("ended_on IS NULL"),
        )

    op.create_table(
        "community_meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["council_id"], ["community_councils.id"], name=op.f("fk_community_meetings_council_id_community_councils")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_community_meetings_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_meetings")),
    )
    with op.batch_alter_table("community_meetings", schema=None) as batch_op:
        batch_op.create_index("ix_community_meetings_council", ["council_id", "held_on"], unique=False)

    op.create_table(
        "community_meeting_attendees",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["community_meetings.id"],
            name=op.f("fk_community_meeting_attendees_meeting_id_community_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_community_meeting_attendees_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("meeting_id", "resident_id", name=op.f("pk_community_meeting_attendees")),
    )
    op.create_table(
        "community_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("done_note", sa.Text(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["residents.id"], name=op.f("fk_community_tasks_assignee_id_residents")
        ),
        sa.ForeignKeyConstraint(["done_by_id"], ["users.id"], name=op.f("fk_community_tasks_done_by_id_users")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["community_meetings.id"], name=op.f("fk_community_tasks_meeting_id_community_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_tasks")),
    )
    with op.batch_alter_table("community_tasks", schema=None) as batch_op:
        batch_op.create_index("ix_community_tasks_meeting", ["meeting_id"], unique=False)

    op.create_table(
        "community_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("building", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("room", sa.String(length=20), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("visitor_user_id", sa.Integer(), nullable=True),
        sa.Column("visitor_resident_id", sa.Integer(), nullable=True),
        sa.Column("visitor_name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("voided_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_community_visits_created_by_id_users")),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"], name=op.f("fk_community_visits_request_id_requests")),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_community_visits_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["visitor_resident_id"], ["residents.id"], name=op.f("fk_community_visits_visitor_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["visitor_user_id"], ["users.id"], name=op.f("fk_community_visits_visitor_user_id_users")
        ),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"], name=op.f("fk_community_visits_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_visits")),
    )
    with op.batch_alter_table("community_visits", schema=None) as batch_op:
        batch_op.create_index("ix_community_visits_address", ["building", "unit", "room", "visited_on"], unique=False)
        batch_op.create_index("ix_community_visits_day", ["visited_on", "id"], unique=False)
        batch_op.create_index("ix_community_visits_request", ["request_id"], unique=False)
        batch_op.create_index("ix_community_visits_resident", ["resident_id", "visited_on"], unique=False)

    op.create_index("ix_residents_address", "residents", ["building", "unit", "room", "archived_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_residents_address", table_name="residents")

    with op.batch_alter_table("community_visits", schema=None) as batch_op:
        batch_op.drop_index("ix_community_visits_resident")
        batch_op.drop_index("ix_community_visits_request")
        batch_op.drop_index("ix_community_visits_day")
        batch_op.drop_index("ix_community_visits_address")

    op.drop_table("community_visits")
    with op.batch_alter_table("community_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_community_tasks_meeting")

    op.drop_table("community_tasks")
    op.drop_table("community_meeting_attendees")
    with op.batch_alter_table("community_meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_community_meetings_council")

    op.drop_table("community_meetings")
    with op.batch_alter_table("community_links", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_community_links_live",
            sqlite_where=sa.text("ended_on IS NULL"),
            postgresql_where=sa.text("ended_on IS NULL"),
        )
        batch_op.drop_index("ix_community_links_member")
        batch_op.drop_index("ix_community_links_address")

    op.drop_table("community_links")
    with op.batch_alter_table("community_council_members", schema=None) as batch_op:
        batch_op.drop_index("ix_community_council_members_council")

    op.drop_table("community_council_members")
    op.drop_table("community_councils")
