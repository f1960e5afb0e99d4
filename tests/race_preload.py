"""Imported once by the start-up process of `tests.race.process_context()` (never by a test): everything a race
worker would otherwise import afresh. Nothing here may open a database, start a thread or read the environment
into a module-level value: each worker is a fork of a process that ran only these imports."""

from __future__ import annotations

import importlib
import pkgutil

import psycopg  # noqa: F401 - the PostgreSQL driver and its libpq
import pytest  # noqa: F401 - test modules a worker imports for its target import it
import sqlalchemy.dialects.postgresql.psycopg  # noqa: F401
import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401

import app
import db.engine  # noqa: F401
import db.models  # noqa: F401

for _info in pkgutil.walk_packages(app.__path__, "app."):
    if _info.name.rsplit(".", 1)[-1] not in ("cli", "__main__"):
        importlib.import_module(_info.name)
