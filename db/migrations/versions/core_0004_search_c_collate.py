"""core: indexes in code-point order ("C") for resident search on PostgreSQL

Revision ID: core_0004_search_c_collate
Revises: core_0003_surname_keys
Create Date: 2026-11-30 08:00:00

Resident search compares its prefix ranges COLLATE "C" on PostgreSQL (app.residents.service.search_sql), and an
index serves a comparison only in the index's own collation: with the ordinary indexes every keystroke read the
whole table. Adds `ix_residents_<column>_c` on each searched column (db.models.core.SEARCH_COLUMNS). On SQLite,
which compares text in code-point order already, there is nothing to do.
"""

from __future__ import annotations

from alembic import op

revision = "core_0004_search_c_collate"
down_revision = "core_0003_surname_keys"
branch_labels = None
depends_on = None

# As in db.models.core.SEARCH_COLUMNS when this revision was written (a migration never follows later model edits).
_COLUMNS = (
    "name",
    "name_initials",
    "name_initials_alt",
    "name_pinyin",
    "name_pinyin_alt",
    "phone",
    "phone_reversed",
    "id_number",
    "id_reversed",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in _COLUMNS:
        op.execute(f'CREATE INDEX ix_residents_{column}_c ON residents ({column} COLLATE "C")')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in _COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_residents_{column}_c")
