"""core: a hash chain over the audit trail (each entry sealed with the previous seal), and its head

Revision ID: core_0002_audit_chain
Revises: 0001_core
Create Date: 2026-11-30 04:20:00

Existing entries are sealed in id order. The append-only triggers are set aside for that one update (and put
back as they were); the chain head then points at the newest entry.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types
from db.audit_chain import FIELDS, GENESIS, seal

revision = "core_0002_audit_chain"
down_revision = "0001_core"
branch_labels = None
depends_on = None

_SQLITE_NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
_SQLITE_NO_DELETE = (
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("entry_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=True),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    _seal_existing()


def _seal_existing() -> None:
    bind = op.get_bind()
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("at", db.types.UTCDateTime()),
        *(sa.column(name, sa.Integer() if name == "user_id" else sa.Text()) for name in FIELDS if name != "at"),
        sa.column("prev_hash", sa.String()),
        sa.column("entry_hash", sa.String()),
    )
    columns = [log.c.id, log.c.at, *(log.c[name] for name in FIELDS if name != "at")]
    stamp = (
        sa.update(log)
        .where(log.c.id == sa.bindparam("b_id"))
        .values(prev_hash=sa.bindparam("b_prev"), entry_hash=sa.bindparam("b_hash"))
    )
    dialect = bind.dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
    prev, last_id, batch = GENESIS, None, []
    for row in bind.execute(sa.select(*columns).order_by(log.c.id)).mappings().all():
        entry = seal(prev, dict(row))
        batch.append({"b_id": row["id"], "b_prev": prev, "b_hash": entry})
        prev, last_id = entry, row["id"]
        if len(batch) >= 5000:
            bind.execute(stamp, batch)
            batch = []
    if batch:
        bind.execute(stamp, batch)
    if dialect == "sqlite":
        op.execute(_SQLITE_NO_UPDATE)
    elif dialect == "postgresql":
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
    head = sa.table("audit_chain_head", sa.column("id"), sa.column("last_id"), sa.column("last_hash"))
    bind.execute(sa.insert(head).values(id=1, last_id=last_id, last_hash=prev))


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("entry_hash")
        batch_op.drop_column("prev_hash")
    if dialect == "sqlite":  # a batch rebuild on SQLite drops the table's triggers: put them back
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        op.execute(_SQLITE_NO_UPDATE)
        op.execute(_SQLITE_NO_DELETE)
