"""A course entered twice (a double click on Save, or two desks at once) is one course: the same name, term, weekly
schedule, start time and place while the first is live is refused in words, on one desk and across workstations
(a partial unique index, raced by two real processes). Ended courses and courses that differ in one of those do not
count."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.accounts.service import actor_for
from app.activities import service as A
from app.errors import ValidationError
from db.models.activities import ActivityCourse
from tests.race import race

from .conftest import TERM, TODAY

ROUNDS = 10


def _course(name="书法班", **kw) -> A.CourseInput:
    values = dict(
        name=name,
        kind=A.SENIOR_COLLEGE,
        starts_on=TERM[0],
        ends_on=TERM[1],
        weekdays=0b0000001,
        start_min=9 * 60,
        duration_min=90,
        capacity=20,
        place="二楼教室",
    )
    values.update(kw)
    return A.CourseInput(**values)


def _live(db, name="书法班") -> int:
    with db.read() as s:
        return s.execute(
            select(func.count()).where(ActivityCourse.name == name, ActivityCourse.archived_at.is_(None))
        ).scalar()


def test_the_same_course_entered_again_is_refused_with_words(db, admin, today):
    first = A.save_course(db, admin, _course())
    with pytest.raises(ValidationError) as exc:
        A.save_course(db, admin, _course(name=" 书法班 ", capacity=30))  # the name as typed, spaces around
    message = exc.value.errors["name"]
    assert "书法班" in message and "二楼教室" in message
    assert _live(db) == 1
    # one thing different is another course: another place, another weekday, another start, another term
    A.save_course(db, admin, _course(place="一楼大厅"))
    A.save_course(db, admin, _course(weekdays=0b0000010))
    A.save_course(db, admin, _course(start_min=14 * 60))
    A.save_course(db, admin, _course(starts_on=TERM[0].replace(month=10)))
    assert _live(db) == 5
    # changing another course into this one is refused too; changing the course itself is not
    other = A.save_course(db, admin, _course(name="国画班"))
    with pytest.raises(ValidationError):
        A.save_course(db, admin, _course(), other)
    A.save_course(db, admin, _course(capacity=25), first)
    # once the first has ended, the same course may be entered again
    A.archive_course(db, admin, first, "换老师")
    A.save_course(db, admin, _course())
    assert _live(db) == 5


def _enter_course(db, round_no, worker, plan):
    """Desk `worker` enters this round's course; both desks enter the very same one."""
    from app import clock

    clock.freeze(TODAY)
    try:
        A.save_course(db, actor_for(db, 1), _course(name=plan[round_no]))
    except ValidationError as exc:
        return "refused" if "name" in exc.errors else repr(exc.errors)
    return "saved"


def test_two_desks_entering_the_same_course_at_once_make_one(db, db_url, admin, today):
    plan = [f"合唱团{r}" for r in range(ROUNDS)]
    results = race(db_url, f"{__name__}:_enter_course", processes=2, rounds=ROUNDS, args=(plan,))
    assert not results.errors()
    for r, name in enumerate(plan):
        assert sorted(results.values(r)) == ["refused", "saved"], (r, results.rounds[r])
        assert _live(db, name) == 1
