import datetime as dt

import pytest

from app.activities import service as A
from app.residents.service import ResidentInput, create_resident
from app.volunteers import roster

# A Monday; the term of the test courses runs September to December 2026.
TODAY = dt.datetime(2026, 11, 30, 10, 0)
TERM = (dt.date(2026, 9, 1), dt.date(2026, 12, 31))


@pytest.fixture
def today(frozen):
    frozen(TODAY)
    return TODAY.date()


@pytest.fixture
def make_resident(db, admin):
    def make(name: str, birth: dt.date | None = dt.date(1955, 3, 1), tags: dict | None = None) -> int:
        return create_resident(
            db, admin, ResidentInput(name=name, birth_date=birth, phone="", tags=tags or {}), confirm_duplicate=True
        )

    return make


@pytest.fixture
def make_volunteer(db, admin, make_resident):
    def make(name: str) -> int:
        rid = make_resident(name, dt.date(2004, 6, 1))
        roster.save_volunteer(
            db,
            admin,
            roster.VolunteerInput(resident_id=rid, kind="student", school="南京大学", student_number="2024001"),
        )
        return rid

    return make


@pytest.fixture
def make_course(db, admin, today):
    def make(name: str = "书法班", **kw) -> int:
        values = dict(
            name=name,
            kind=A.SENIOR_COLLEGE,
            starts_on=TERM[0],
            ends_on=TERM[1],
            weekdays=0b0000001,  # Mondays
            start_min=9 * 60,
            duration_min=90,
            capacity=20,
            place="二楼教室",
        )
        values.update(kw)
        return A.save_course(db, admin, A.CourseInput(**values))

    return make
