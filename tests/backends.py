"""What a test may ask about the database backend of this run (see tests/conftest.py)."""

from __future__ import annotations

import os

import pytest


def backend() -> str:
    """ "sqlite" or "postgresql": the backend every test of this run uses."""
    return os.environ.get("COMMUNITY_DESK_TEST_BACKEND", "sqlite")


def is_postgresql() -> bool:
    return backend() == "postgresql"


def sqlite_only(reason: str) -> pytest.MarkDecorator:
    """Mark a test that truly cannot apply to PostgreSQL (it is about the SQLite file itself); `reason` says why."""
    return pytest.mark.sqlite_only(reason=reason)


WIDGETS_ONLY = (
    "keys, focus, layout and help: the widgets behave the same on either database; every screen's reads are "
    "opened on PostgreSQL by tests/accounts/test_role_screens.py and the pages' own tests"
)


def widgets_only(reason: str = WIDGETS_ONLY) -> pytest.MarkDecorator:
    """Mark a test of the widgets' own behaviour (keys, focus, layout, help) that needs a database only to show a
    page: it behaves the same on either backend, so the SQLite pass runs it and the PostgreSQL pass skips it with
    `reason` (which says where the same pages' reads are tested on PostgreSQL)."""
    return pytest.mark.widgets_only(reason=reason)


def backend_free(reason: str) -> pytest.MarkDecorator:
    """Mark a test that reaches no database of the run's backend although its module names the backend (it works on
    a SQLite file of its own, or on none): like the tests `conftest._touches_no_database` finds by itself, the SQLite
    pass runs it and the PostgreSQL pass skips it, since it would repeat exactly the same work. `reason` says why."""
    return pytest.mark.backend_free(reason=reason)
