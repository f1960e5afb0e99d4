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
