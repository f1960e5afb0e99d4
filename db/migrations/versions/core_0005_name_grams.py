"""core: find a resident by any part of the name; initials only of the characters that have a reading

Revision ID: core_0005_name_grams
Revises: core_0004_search_c_collate
Create Date: 2026-12-01 02:45:00

Adds resident_name_grams (every character and every pair of adjacent characters of each name), the triggers on
residents that keep it (db.name_grams), and fills it for the residents already registered: name search found only
names that start with what was typed (浩淑 did not find 白浩淑; 龘 did not find 𠀾䶮龘).

Re-indexes the pinyin keys with db.name_keys.name_keys, which now leaves out a character without a pinyin reading
(𠀾䶮龘 was indexed "𠀾yd", a key nobody can type; now "yd").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db import name_grams

revision = "core_0005_name_grams"
down_revision = "core_0004_search_c_collate"
branch_labels = None
depends_on = None

_BATCH = 1000


def upgrade() -> None:
    op.create_table(
        "resident_name_grams",
        sa.Column("gram", sa.String(length=2), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["resident_id"], ["residents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("gram", "resident_id"),
        sqlite_with_rowid=False,
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for ddl in name_grams.SQLITE_TRIGGERS if sqlite else name_grams.POSTGRESQL_TRIGGERS:
        op.execute(ddl)
    op.execute(name_grams.SQLITE_BACKFILL if sqlite else name_grams.POSTGRESQL_BACKFILL)
    reindex(op.get_bind())


def reindex(conn: sa.Connection) -> int:
    """Recompute the name keys of every resident, in id order and batches; returns how many rows changed."""
    from db.name_keys import name_keys

    update = sa.text(
        "UPDATE residents SET name_pinyin = :p, name_initials = :i, name_pinyin_alt = :pa, name_initials_alt = :ia "
        "WHERE id = :id"
    )
    changed = 0
    last = 0
    while True:
        rows = conn.execute(
            sa.text(
                "SELECT id, name, name_pinyin, name_initials, name_pinyin_alt, name_initials_alt FROM residents "
                "WHERE id > :last ORDER BY id LIMIT :n"
            ),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            return changed
        params = []
        for rid, name, p, i, pa, ia in rows:
            (np, ni), alt = name_keys(name or "")
            npa, nia = alt if alt is not None else (None, None)
            if (np, ni, npa, nia) != (p, i, pa, ia):
                params.append({"id": rid, "p": np, "i": ni, "pa": npa, "ia": nia})
        if params:
            conn.execute(update, params)
            changed += len(params)
        last = rows[-1][0]


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for ddl in name_grams.SQLITE_DROP if sqlite else name_grams.POSTGRESQL_DROP:
        op.execute(ddl)
    op.drop_table("resident_name_grams")
