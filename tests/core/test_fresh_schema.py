"""A brand-new database is created in one step (models + seed rows + stamp, db.fresh); it must be the same database
as one that walked every migration: same tables, columns, defaults, keys, indexes, triggers, and the same rows."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from db import migrate
from db.engine import Database


@pytest.fixture
def walked_db_url(request, tmp_path, empty_db_url):
    """A second empty database, on the same backend as `empty_db_url`."""
    if empty_db_url.startswith("sqlite"):
        yield "sqlite:///" + str(tmp_path / "walked.sqlite3")
        return
    databases = request.getfixturevalue("pg_databases")
    url = databases.create(empty=True)
    yield url
    databases.drop(url)


def _schema(engine) -> dict:
    shape = {}
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        for table in sorted(inspector.get_table_names()):
            columns = {
                c["name"]: (str(c["type"]), c["nullable"], str(c.get("default")), c.get("autoincrement"))
                for c in inspector.get_columns(table)
            }
            indexes = sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in inspector.get_indexes(table)
            )
            uniques = sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(table))
            foreign = sorted(
                (tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]))
                for f in inspector.get_foreign_keys(table)
            )
            checks = sorted(" ".join(c["sqltext"].split()) for c in inspector.get_check_constraints(table))
            primary = tuple(inspector.get_pk_constraint(table)["constrained_columns"])
            shape[table] = {
                "columns": columns,
                "indexes": indexes,
                "uniques": uniques,
                "foreign": foreign,
                "checks": checks,
                "primary": primary,
            }
        if engine.dialect.name == "sqlite":
            shape["triggers"] = sorted(
                (name, " ".join(sql.split()))
                for name, sql in conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            )
            shape["application_id"] = conn.exec_driver_sql("PRAGMA application_id").scalar()
        else:
            shape["triggers"] = sorted(
                tuple(r)
                for r in conn.exec_driver_sql(
                    "SELECT c.relname, t.tgname, t.tgenabled, pg_get_triggerdef(t.oid) FROM pg_trigger t "
                    "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
                )
            )
            shape["functions"] = sorted(
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'public'"
                )
            )
    return shape


#: Not data but the live screens' change counters (db.changes): a migration's UPDATE bumps one, a new database starts
#: without rows (version 0), and a reader treats both alike.
_COUNTERS = {"change_topics"}


def _rows(engine) -> dict:
    rows = {}
    with engine.connect() as conn:
        metadata = sa.MetaData()
        metadata.reflect(conn)
        for name, table in sorted(metadata.tables.items()):
            if name in _COUNTERS:
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            rows[name] = [tuple(r) for r in conn.execute(sa.select(table).order_by(*order))]
    return rows


def _open(url: str, *, walk: bool) -> Database:
    database = Database(url)
    migrate.upgrade(database.engine, url, walk=walk)
    return database


def test_a_new_database_is_created_in_one_step_and_stamped_at_the_heads(empty_db_url, monkeypatch):
    from alembic import command

    def no_walking(*args, **kwargs):
        raise AssertionError("a brand-new database walked the migrations")

    monkeypatch.setattr(command, "upgrade", no_walking)
    database = _open(empty_db_url, walk=False)
    try:
        assert migrate.current_revisions(database.engine) == migrate.head_revisions()
        assert not migrate.needs_upgrade(database.engine)
    finally:
        database.dispose()


def test_a_new_database_equals_a_migrated_one_in_schema_and_rows(empty_db_url, walked_db_url):
    fresh = _open(empty_db_url, walk=False)
    walked = _open(walked_db_url, walk=True)
    try:
        fresh_schema, walked_schema = _schema(fresh.engine), _schema(walked.engine)
        assert fresh_schema.keys() == walked_schema.keys()
        for name in walked_schema:
            assert fresh_schema[name] == walked_schema[name], name
        fresh_rows, walked_rows = _rows(fresh.engine), _rows(walked.engine)
        assert fresh_rows == walked_rows
        assert fresh_rows["meal_slots"] and fresh_rows["subsidy_rules"] and fresh_rows["audit_chain_head"]
    finally:
        fresh.dispose()
        walked.dispose()


def test_a_database_with_tables_is_always_migrated_step_by_step(empty_db_url, monkeypatch):
    """Someone else's (or a half-made) database is never created over: it walks, and stays refused or migrated as
    before."""
    from alembic import command

    from db import fresh

    database = Database(empty_db_url)
    try:
        with database.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE leftover (id INTEGER PRIMARY KEY)")
        assert not fresh.is_empty(database.engine)
        walked = []
        real = command.upgrade
        monkeypatch.setattr(command, "upgrade", lambda *a, **k: (walked.append(a[1]), real(*a, **k)))
        migrate.upgrade(database.engine, empty_db_url)
        assert walked == ["heads"]
        assert not migrate.needs_upgrade(database.engine)
    finally:
        database.dispose()
