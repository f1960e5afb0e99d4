from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def sample():
    """The messy sample sheets built by tests/data/make_import_samples.py: sample("residents.xlsx") → path."""

    def path(name: str) -> str:
        kind, suffix = name.split(".")
        p = DATA / f"import_{kind}.{suffix}"
        if not p.exists():
            pytest.skip(f"{p.name} is built only where LibreOffice is installed (tests/data/make_import_samples.py)")
        return str(p)

    return path
