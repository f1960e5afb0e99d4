"""library: holds on a title, any copy (library_holds.title_key, carried over from each hold's copy)

Revision ID: library_0003_title_holds
Revises: library_0002_desk_due
Create Date: 2026-11-30 13:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "library_0003_title_holds"
down_revision = "library_0002_desk_due"
branch_labels = None
depends_on = None

# db.models.library.title_key() in SQL: the ISBN-13, else "t:" + title + "/" + author ("||" on both dialects)
_KEY_OF_HOLDS_COPY = (
    "UPDATE library_holds SET title_key = ("
    "SELECT CASE WHEN c.isbn <> '' THEN c.isbn ELSE 't:' || c.title || '/' || c.author END "
    "FROM library_copies c WHERE c.id = library_holds.copy_id)"
)


def upgrade() -> None:
    with op.batch_alter_table("library_holds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_key", sa.String(length=303), nullable=True))
    op.execute(_KEY_OF_HOLDS_COPY)
    with op.batch_alter_table("library_holds", schema=None) as batch_op:
        batch_op.alter_column("title_key", existing_type=sa.String(length=303), nullable=False)
        batch_op.create_index("ix_library_holds_title_status", ["title_key", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("library_holds", schema=None) as batch_op:
        batch_op.drop_index("ix_library_holds_title_status")
        batch_op.drop_column("title_key")
