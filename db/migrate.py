"""Apply Alembic migrations at start.

Each counter keeps its own migration branch (branch label = counter name) on top of the core
revision, so the counters can evolve independently; `upgrade heads` applies them all. A database that
carries a revision this program does not know was written by a newer version and is refused.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from db.engine import copy_aside, set_application_id, sqlite_path
from db.errors import DatabaseProblem
from db.migration_files import MIGRATIONS_DIR


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def head_revisions() -> set[str]:
    return set(script_directory().get_heads())


def needs_upgrade(engine: Engine) -> bool:
    return current_revisions(engine) != head_revisions()


def check_not_newer(engine: Engine) -> None:
    unknown = current_revisions(engine) - known_revisions()
    if unknown:
        raise DatabaseProblem(DatabaseProblem.TOO_NEW, ", ".join(sorted(unknown)))


def upgrade(engine: Engine, url: str, *, walk: bool = False) -> Path | None:
    """Bring the schema to the newest revision; returns the path of the copy made first, if any.

    A brand-new database with no table at all is created in one step (db.fresh: the models, the migrations' seed
    rows, stamped at the heads); with `walk`, or for any database that has a table, every migration is applied."""
    from alembic import command

    check_not_newer(engine)
    current = current_revisions(engine)
    if current == head_revisions():
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
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    set_application_id(engine)
    return backup
