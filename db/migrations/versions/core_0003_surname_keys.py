"""core: residents' search keys read the surname as a surname, and keep the ordinary reading beside it

Revision ID: core_0003_surname_keys
Revises: core_0002_audit_chain
Create Date: 2026-11-30 05:30:00

Adds residents.name_pinyin_alt / name_initials_alt (the ordinary reading when the surname reading differs) with
their indexes, and re-indexes every existing resident with db.name_keys.name_keys (what the service uses) (阚泽 was indexed
hz; it becomes kz, with hz kept as the alternative). Downgrade drops the columns; the primary keys stay re-read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "core_0003_surname_keys"
down_revision = "core_0003_official_calendar"
branch_labels = None
depends_on = None

_BATCH = 1000


def upgrade() -> None:
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_pinyin_alt", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("name_initials_alt", sa.String(length=50), nullable=True))
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.create_index("ix_residents_name_initials_alt", ["name_initials_alt", "id"], unique=False)
        batch_op.create_index("ix_residents_name_pinyin_alt", ["name_pinyin_alt", "id"], unique=False)
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
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.drop_index("ix_residents_name_pinyin_alt")
        batch_op.drop_index("ix_residents_name_initials_alt")
        batch_op.drop_column("name_initials_alt")
        batch_op.drop_column("name_pinyin_alt")
