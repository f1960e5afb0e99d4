"""A tiny benchmark data set (bench.data.TINY: 600 residents, 3,000 tickets), built once per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tiny_set(tmp_path_factory) -> tuple[Path, dict]:
    """(path, notes) of the tiny data set, built by the very code that builds the full one (never written to)."""
    from bench.data import TINY, full_db

    cache = tmp_path_factory.mktemp("bench-data")
    return full_db(cache, False, log=lambda _m: None, scale=TINY)


@pytest.fixture
def tiny_copy(tiny_set, tmp_path):
    """A copy of the tiny data set a test may write: returns a function giving a fresh copy path each call."""
    path, _notes = tiny_set
    made = []

    def copy() -> Path:
        target = tmp_path / f"copy{len(made)}.sqlite"
        shutil.copyfile(path, target)
        made.append(target)
        return target

    return copy
