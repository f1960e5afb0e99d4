"""Apply Alembic migrations at start.

Each counter keeps its own migration branch (branch label = counter name) on top of the core
revision, so the counters can evolve independently; `upgrade heads` applies them all. A database that
carries a revision this program does not know was written by a newer version and is refused.

Which revisions the database carries, and which this program knows, are read without Alembic: its version table by a
plain query, the migrations' identifiers from their files' headers (db.migration_files.read_revisions). Opening a
current database, which is every start but the first after an update, so does not import Alembic (0.25 s of CPU) nor
load the migrations through it (0.2 s more for the three questions a start asks); it is imported when an upgrade runs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import column, select, table
from sqlalchemy.engine import Connection, Engine

from db import migration_files
from db.engine import copy_aside, set_application_id, sqlite_path
from db.errors import DatabaseProblem
from db.migration_files import MIGRATIONS_DIR

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return revisions_in(conn)


def revisions_in(conn: Connection) -> set[str]:
    """The revisions the database carries: the rows of the version table, none when there is no such table. What
    Alembic's MigrationContext.get_current_heads() answers, asked the same way (the dialect's has_table for the
    table in the default schema, then its rows) without importing Alembic."""
    if not conn.dialect.has_table(conn, VERSION_TABLE):
        return set()
    return set(conn.execute(select(table(VERSION_TABLE, column("version_num")).c.version_num)).scalars())


def known_revisions() -> set[str]:
    return {f.revision for f in migration_files.read_revisions()}


def head_revisions() -> set[str]:
    return migration_files.heads(migration_files.read_revisions())


def needs_upgrade(engine: Engine) -> bool:
    return current_revisions(engine) != head_revisions()


def check_not_newer(engine: Engine) -> None:
    _refuse_unknown(current_revisions(engine), known_revisions())


def _refuse_unknown(current: set[str], known: set[str]) -> None:
    unknown = current - known
    if unknown:
        raise DatabaseProblem(DatabaseProblem.TOO_NEW, ", ".join(sorted(unknown)))


def upgrade(engine: Engine, url: str, *, walk: bool = False) -> Path | None:
    """Bring the schema to the newest revision; returns the path of the copy made first, if any.

    A brand-new database with no table at all is created in one step (db.fresh: the models, the migrations' seed
    rows, stamped at the heads); with `walk`, or for any database that has a table, every migration is applied.
    A current database is left as it is without importing Alembic."""
    files = migration_files.read_revisions()
    current = current_revisions(engine)
    _refuse_unknown(current, {f.revision for f in files})
    if current == migration_files.heads(files):
        return None
    if not current and not walk:
        from db import fresh

        if fresh.is_empty(engine):
            with engine.begin() as conn:
                fresh.create_fresh(conn, script_directory())
            set_application_id(engine)
            return None
    backup = None
    path = sqlite_path(url)
    if path is not None and path.exists() and current:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = copy_aside(path, f"pre-migrate-{stamp}")
    from alembic import command

    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    set_application_id(engine)
    return backup
