import datetime as dt

import pytest

from app.residents.service import ResidentInput, create_resident
from app.volunteers import roster

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def make_volunteer(db, admin):
    def make(name: str, birth: dt.date | None = dt.date(1990, 5, 1), **kw) -> int:
        rid = create_resident(db, admin, ResidentInput(name=name, birth_date=birth, phone=""), confirm_duplicate=True)
        return roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=rid, **kw))

    return make


@pytest.fixture
def posts(db):
    return {p.code: p.id for p in roster.list_posts(db)}


@pytest.fixture
def make_shift(db, admin, posts):
    def make(day=MONDAY, start="09:00", end="11:00", post="canteen", lo=1, hi=2) -> int:
        return roster.create_shift(
            db,
            admin,
            roster.ShiftInput(
                post_id=posts[post],
                day=day,
                start_min=roster.parse_hhmm(start),
                end_min=roster.parse_hhmm(end),
                min_people=lo,
                max_people=hi,
            ),
        )

    return make
