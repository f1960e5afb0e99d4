"""Demo data of the classes counter: the seed's senior-college course, Peking-opera troupe, summer interest class and
performance, consistent with the rules (issue 18 item 3)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import demo
from app.accounts.service import actor_for
from app.activities import certificates as C
from app.activities import demo as activities_demo
from app.activities import service as A
from app.errors import UserError
from app.volunteers import demo as volunteers_demo
from db.models.activities import ActivityCertificate
from db.models.volunteers import HoursEntry


def test_demo_has_the_four_things_the_seed_describes(db, frozen):
    frozen(dt.datetime(2026, 11, 26, 20, 0))
    ctx = demo.populate(db, residents=400, counters=False, log=lambda _m: None)
    volunteers_demo.populate(db, ctx)
    activities_demo.populate(db, ctx)
    admin = actor_for(db, 1)
    courses = {c.kind: c for c in A.list_courses(db)}
    college, troupe, summer, show = (courses[k] for k in (A.SENIOR_COLLEGE, A.TROUPE, A.INTEREST, A.EVENT))
    assert college.min_age == 60 and college.booked == college.capacity and college.waiting > 0
    assert college.fee_fen == 10000 and college.held > 0
    assert troupe.booked == 10 and troupe.teacher == "周玉芳（县京剧团）"
    assert summer.teacher_kind == "volunteer" and summer.held > 0
    assert show.group_id == troupe.id and show.booked == 10 and show.audience == 180
    ages = [e.age for e in A.list_enrolments(db, admin, college.id)]
    assert all(a is not None and a >= 60 for a in ages)
    with db.read() as s:
        credited = s.scalar(select(func.count()).select_from(HoursEntry).where(HoursEntry.source == "class"))
        certificates = s.scalar(select(func.count()).select_from(ActivityCertificate))
    assert credited == summer.held and certificates > 0
    with db.read() as s:
        assert set(s.scalars(select(ActivityCertificate.course_id))) == {summer.id}  # the finished course only
    with pytest.raises(UserError, match="not finished"):  # the calligraphy course runs to January
        C.issue_certificates(db, admin, college.id)
