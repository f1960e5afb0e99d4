import datetime as dt

import pytest
from sqlalchemy import insert

from app import clock
from app.residents.service import ResidentInput, create_resident
from db.models.canteen import MealTicket

FRIDAY = dt.date(2026, 11, 27)


@pytest.fixture
def make_resident(db, admin):
    """A resident at building-unit-room; tags {code: detail}. Born 1960 unless said (not one of the 80+)."""
    counter = iter(range(100, 10_000))

    def make(name: str, building="6", unit="2", room=None, birth=dt.date(1960, 5, 1), tags=None) -> int:
        return create_resident(
            db,
            admin,
            ResidentInput(
                name=name,
                birth_date=birth,
                phone="",
                building=building,
                unit=unit,
                room=room or str(next(counter)),
                tags=dict(tags or {}),
            ),
            confirm_duplicate=True,
        )

    return make


@pytest.fixture
def meals(db):
    """meals(resident_id, days, status="sold"): one lunch ticket per day, written as raw rows."""
    counter = iter(range(1, 100_000))

    def add(resident_id: int, days, status: str = "sold") -> None:
        rows = []
        for day in days:
            n = next(counter)
            rows.append(
                {
                    "number": f"T{n:06d}",
                    "day": day,
                    "slot_code": "lunch",
                    "sold_at": dt.datetime.combine(day, dt.time(4, 0), dt.UTC),
                    "resident_id": resident_id,
                    "guest": False,
                    "quantity": 1,
                    "unit_price_fen": 1000,
                    "total_fen": 1000,
                    "subsidy_fen": 0,
                    "self_paid_fen": 1000,
                    "subsidised_meals": 0,
                    "tier": "",
                    "reason": "",
                    "payment": "cash",
                    "status": status,
                    "reprints": 0,
                }
            )
        with db.write() as s:
            s.execute(insert(MealTicket.__table__), rows)

    return add


@pytest.fixture
def on_day():
    """Freeze the clock at 09:00 local on `day`."""

    def freeze(day: dt.date) -> None:
        clock.freeze(dt.datetime.combine(day, dt.time(9, 0), clock.local_tz()))

    return freeze


def weekdays(start: dt.date, end: dt.date) -> list[dt.date]:
    out = []
    d = start
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out
