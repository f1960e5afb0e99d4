"""Demo data (households from residents, councils, links, visits with some 80+ living-alone households left 30+
days, meetings with tasks) and the month's section of the district report pack."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import demo
from app.community import households as H
from app.community import report
from app.community import service as C
from app.community.demo import populate
from app.community.queries import last_visit_dates, living_alone
from app.errors import PermissionDenied, ValidationError
from app.requests import demo as requests_demo
from app.residents.tags import PARTY_MEMBER
from db.models import Resident
from db.models.community import CareLink, Council, Meeting, MeetingTask, Visit

NOW = dt.datetime(2026, 11, 30, 10, 0)


def test_demo_builds_councils_links_visits_and_unvisited_elders(db, frozen):
    frozen(NOW)
    ctx = demo.populate(db, residents=600, counters=False, log=lambda _m: None)
    requests_demo.populate(db, ctx)
    populate(db, ctx)
    today = NOW.date()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Council)) == 3
        assert s.scalar(select(func.count()).select_from(CareLink)) > 10
        assert s.scalar(select(func.count()).select_from(Meeting)) == 6
        done = s.scalar(select(func.count()).select_from(MeetingTask).where(MeetingTask.done_at.is_not(None)))
        assert 0 < done < s.scalar(select(func.count()).select_from(MeetingTask))
        assert s.scalar(select(func.count()).select_from(Visit).where(Visit.request_id.is_not(None))) >= 1
        births = dict(s.execute(select(Resident.id, Resident.birth_date)).all())
        alone = living_alone(s)
        last = last_visit_dates(s, alone)
    old_alone = [r for r in alone if births[r] and (today - births[r]).days >= 80 * 366]
    stale = [r for r in old_alone if r not in last or (today - last[r]).days >= 30]
    assert old_alone and stale and len(stale) < len(old_alone)
    assert all(d <= today for d in last.values())
    # running it again adds nothing
    populate(db, ctx)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Council)) == 3


def test_month_section_counts_visits_needs_meetings_tasks(db, admin, make_resident, frozen):
    frozen(NOW)
    make_resident("王秀英")
    member = make_resident("李党员", room="101", tags={PARTY_MEMBER: "一支部"})
    from app.requests import service as R

    cat = R.create_category(db, admin, "养老服务", deadline_days=3)
    C.record_visit(db, admin, C.VisitInput("6", "2", "301", dt.date(2026, 11, 3), kind="care"))
    C.record_visit(db, admin, C.VisitInput("6", "2", "301", dt.date(2026, 11, 4), result="not_home"))
    C.record_visit(
        db,
        admin,
        C.VisitInput("6", "2", "101", dt.date(2026, 11, 5), result="need_found", need=C.NeedInput(cat, "助餐")),
    )
    C.record_visit(db, admin, C.VisitInput("6", "2", "101", dt.date(2026, 10, 31)))  # October
    voided = C.record_visit(db, admin, C.VisitInput("6", "2", "101", dt.date(2026, 11, 6))).id
    C.void_visit(db, admin, voided, "重复")
    council = C.create_council(db, admin, "6栋理事会", "6")
    C.record_meeting(
        db,
        admin,
        C.MeetingInput(
            council, dt.date(2026, 11, 10), "议事", attendee_ids=[member], tasks=[C.TaskInput("a"), C.TaskInput("b")]
        ),
    )
    C.complete_task(db, admin, C.list_tasks(db, admin)[0].id)
    sec = report.month_section(db, admin, 2026, 11)
    assert sec.key == "community"
    assert dict(sec.lines) == {"Visits": "3", "Households visited": "2", "Needs turned into requests": "1"}
    visits, meetings = sec.tables
    assert visits.total == ["Total", "1", "1", "1", "3"]
    assert visits.rows[0] == ["Routine visit", "0", "1", "1", "2"]
    assert meetings.rows == [["6栋理事会", "1", "2", "1", "1"]]
    assert meetings.total == ["Total", "1", "2", "1", "1"]
    october = report.month_section(db, admin, 2026, 10)
    assert october.tables[0].total[-1] == "1" and october.tables[1].rows == []
    with pytest.raises(ValidationError):
        report.month_section(db, admin, 2027, 1)


def test_month_section_needs_statistics_permission(db, admin):
    from app.actor import Actor

    with pytest.raises(PermissionDenied):
        report.month_section(db, Actor(99, "x", "x", frozenset()), 2026, 11)
    assert H.buildings(db, admin) == []
