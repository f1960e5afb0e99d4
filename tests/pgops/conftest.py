"""A PostgreSQL server of these tests' own (see server.py): skipped with the reason when PostgreSQL is missing."""

from __future__ import annotations

import pytest

from tests.pgops.server import OpsServer, binaries_missing


@pytest.fixture(scope="session")
def pg_server():
    reason = binaries_missing()
    if reason:
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("the PostgreSQL driver psycopg is not installed")
    server = OpsServer()
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def pg_empty(pg_server) -> str:
    """The URL (as the app's role) of a new, empty database."""
    return pg_server.app_url(pg_server.new_database())


@pytest.fixture
def pg_url(pg_server) -> str:
    """The URL of a new database migrated by the app, with user 1 = admin (like the SQLite `db` fixture)."""
    from app.accounts.passwords import hash_password
    from app.database import open_database
    from db.models import User, UserRole

    url = pg_server.app_url(pg_server.new_database())
    db = open_database(url)
    with db.write() as s:
        admin = User(username="admin", display_name="Test Admin", password_hash=hash_password("admin-password"))
        admin.roles = [UserRole(role="admin")]
        s.add(admin)
    db.dispose()
    return url
