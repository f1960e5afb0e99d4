"""A brand-new, empty database gets the newest schema in one step instead of walking every migration.

The standard Alembic practice for new databases: `metadata.create_all`, the rows the migrations insert as data,
the append-only triggers, then `stamp heads`. Only for a database with no table at all (a new SQLite file, an empty
PostgreSQL database); an existing database is always migrated step by step (db.migrate.upgrade).
tests/core/test_fresh_schema.py proves a database made here and a migrated one have the same schema and rows.
"""

from __future__ import annotations

from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

# (revision, function): data the migrations insert, run with the migration's own code so the rows cannot drift.
SEED_FUNCTIONS = [("canteen_0001", "_seed_defaults")]


def is_empty(engine: Engine) -> bool:
    """True when the database holds no table at all (nothing of ours, nobody else's)."""
    with engine.connect() as conn:
        return not inspect(conn).get_table_names()


def create_fresh(conn: Connection, script) -> None:
    """Create every table of the models, insert the migrations' seed rows, add the audit trail's append-only
    triggers and stamp the newest revisions. `conn` is in a transaction (the caller commits); `script` is the
    Alembic ScriptDirectory (db.migrate.script_directory())."""
    import sqlalchemy as sa

    from db.audit_chain import GENESIS, ensure_append_only
    from db.models import Base

    Base.metadata.create_all(conn)
    context = MigrationContext.configure(conn)
    with Operations.context(context):
        for revision, name in SEED_FUNCTIONS:
            getattr(script.get_revision(revision).module, name)()
    head = sa.table("audit_chain_head", sa.column("id"), sa.column("last_id"), sa.column("last_hash"))
    conn.execute(sa.insert(head).values(id=1, last_id=None, last_hash=GENESIS))  # as core_0002_audit_chain
    ensure_append_only(conn)
    context.stamp(script, "heads")
