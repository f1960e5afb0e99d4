"""Live screens run on SQLite and on PostgreSQL.

STOPGAP until the suite-wide backend fixture (tests/conftest.py: `--backend postgresql`) is merged: here `db_url` is
parametrised over both backends, so every test of this folder runs twice. The PostgreSQL run needs a server:
``COMMUNITY_DESK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:54337/postgres`` (a role with CREATEDB; one
database per test is made from a migrated template and dropped after); without it those runs are skipped, saying so.
Once the suite-wide fixture is in, delete this file: the tests use `db`/`db_url` and follow the run's backend.
"""

from __future__ import annotations

import itertools
import os

import pytest

PG_ENV = "COMMUNITY_DESK_TEST_PG_URL"
_TEMPLATE = "cd_live_template"
_numbers = itertools.count(1)


def _admin_engine(url: str):
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def _pg_server():
    """The given PostgreSQL server, with a migrated template database holding the administrator (user 1)."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server given: set {PG_ENV}=postgresql+psycopg://user@host:port/postgres")
    from sqlalchemy.engine import make_url

    from app.accounts.passwords import hash_password
    from app.database import open_database
    from db.models import User, UserRole

    engine = _admin_engine(url)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{_TEMPLATE}"')
    template_url = make_url(url).set(database=_TEMPLATE).render_as_string(hide_password=False)
    db = open_database(template_url)
    with db.write() as s:
        admin = User(username="admin", display_name="Test Admin", password_hash=hash_password("admin-password"))
        admin.roles = [UserRole(role="admin")]
        s.add(admin)
    db.dispose()
    yield url, engine
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)')
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request):
    """This test's fresh, migrated database on each backend (see the module docstring)."""
    if request.param == "sqlite":
        yield "sqlite:///" + str(request.getfixturevalue("db_path"))
        return
    from sqlalchemy.engine import make_url

    url, engine = request.getfixturevalue("_pg_server")
    name = f"cd_live_{os.getpid()}_{next(_numbers)}"
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{_TEMPLATE}"')
    yield make_url(url).set(database=name).render_as_string(hide_password=False)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
