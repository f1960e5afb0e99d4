import datetime as dt

import pytest

from app.residents.service import ResidentInput, create_resident


@pytest.fixture
def make_resident(db, admin):
    """A resident at building-unit-room ("6", "2", "301"); tags {code: detail}."""

    def make(name: str, building="6", unit="2", room="301", birth=dt.date(1950, 5, 1), tags=None) -> int:
        return create_resident(
            db,
            admin,
            ResidentInput(
                name=name, birth_date=birth, phone="", building=building, unit=unit, room=room, tags=dict(tags or {})
            ),
            confirm_duplicate=True,
        )

    return make
