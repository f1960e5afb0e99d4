"""The test set-up's shared compiled statements (tests/conftest.py `_share_compiled_statements`): a test's new engine
finds the statements earlier tests of its process compiled, while its database, engine and pool stay its own."""

from __future__ import annotations

from sqlalchemy import func, select

from db.engine import Database
from db.models import Resident


def test_a_new_engine_reuses_what_earlier_engines_compiled(db_url, another_db_url):
    first = Database(db_url)
    with first.read() as s:  # a connection initialises a dialect: from now on it serves every new engine
        s.execute(select(func.count()).select_from(Resident)).scalar_one()
    second, third = Database(db_url), Database(another_db_url)
    try:
        assert second.engine is not third.engine and second.engine.pool is not third.engine.pool
        assert second.engine.dialect is third.engine.dialect
        assert second.engine._compiled_cache is third.engine._compiled_cache
        counting = select(func.count()).select_from(Resident).where(Resident.name == "x")
        with second.read() as s:
            assert s.execute(counting).scalar_one() == 0
        compiled = len(second.engine._compiled_cache)
        with third.read() as s:  # the other database: the same statement, not compiled again
            assert s.execute(counting).scalar_one() == 0
        assert len(third.engine._compiled_cache) == compiled
    finally:
        for database in (first, second, third):
            database.dispose()
