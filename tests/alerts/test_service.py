"""今日关注: alerts raised once while true, remembered when acted on or dismissed, turned into visit requests."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.accounts.service import actor_for, create_user
from app.actor import CASHIER, FRONT_DESK, HEALTH
from app.alerts import rules as R
from app.alerts import service as A
from app.errors import PermissionDenied, UserError, ValidationError
from app.requests import service as RS
from app.requests import workflow as W
from app.residents.tags import LIVING_ALONE, PARTY_MEMBER
from db.models.alerts import Alert
from db.models.community import CareLink
from db.models.health import FollowUpPlan, HealthConsent
from db.models.requests import RequestClaim, ServiceRequest
from tests.alerts.conftest import FRIDAY, weekdays


def _user(db, admin, name, *roles):
    uid = create_user(db, admin, name, name, "Secret-pass-123", list(roles))
    return actor_for(db, uid)


@pytest.fixture
def desk(db, admin):
    return _user(db, admin, "desk", FRONT_DESK)


@pytest.fixture
def regular(make_resident, meals, on_day):
    """A regular diner absent since Tuesday 24 November, seen on Friday 27."""
    rid = make_resident("常来", building="6", unit="2", room="301")
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    on_day(FRIDAY)
    return rid


def _category(db, admin):
    dep = RS.create_department(db, admin, "社会事务办")
    return RS.create_category(db, admin, "养老服务", deadline_days=5, default_department_id=dep)


def test_the_list_shows_who_why_and_since(db, desk, regular):
    rows = A.today_alerts(db, desk)
    assert [(r.rule, r.resident_id) for r in rows] == [(R.CANTEEN_ABSENT, regular)]
    row = rows[0]
    assert row.name == "常来" and row.since == dt.date(2026, 11, 24) and row.state == A.OPEN
    assert "12" in row.reason and "3" in row.reason and row.can_visit


def test_an_alert_is_raised_once_while_it_stays_true(db, desk, regular, meals, on_day):
    first = A.today_alerts(db, desk)[0]
    again = A.today_alerts(db, desk)[0]
    assert again.id == first.id
    on_day(dt.date(2026, 11, 30))  # still absent on Monday: the same alert, more days
    monday = A.today_alerts(db, desk)[0]
    assert monday.id == first.id and monday.raised_on == FRIDAY
    meals(regular, [dt.date(2026, 11, 30)])  # came back: the alert ends
    assert A.today_alerts(db, desk) == []
    with db.read() as s:
        ended = s.execute(select(Alert.ended_on).where(Alert.id == first.id)).scalar_one()
    assert ended == dt.date(2026, 11, 30)


def test_a_dismissed_alert_is_remembered_with_who_and_why(db, desk, regular):
    alert = A.today_alerts(db, desk)[0]
    with pytest.raises(ValidationError):
        A.dismiss(db, desk, alert.id, "  ")
    A.dismiss(db, desk, alert.id, "住院了，家属已告知")
    row = A.today_alerts(db, desk)[0]
    assert row.id == alert.id and row.state == A.DISMISSED
    assert row.handled_by == "desk" and row.note == "住院了，家属已告知"
    assert A.today_alerts(db, desk, include_handled=False) == []
    with pytest.raises(UserError):
        A.dismiss(db, desk, alert.id, "again")


def test_visit_request_goes_to_the_linked_party_member(db, admin, desk, regular, make_resident):
    _category(db, admin)
    member = make_resident("党员王", building="6", unit="2", room="101", tags={PARTY_MEMBER: "第一支部"})
    with db.write() as s:
        s.add(CareLink(party_member_id=member, scope="unit", building="6", unit="2", started_on=dt.date(2026, 1, 1)))
    alert = A.today_alerts(db, desk)[0]
    out = A.to_visit_request(db, desk, alert.id)
    assert out.claimer_id == member and out.claimer_name == "党员王" and out.problem is None
    with db.read() as s:
        req = s.get(ServiceRequest, out.request_id)
        assert req.channel == "visit" and req.resident_id == regular and req.status == W.CLAIMED
        claims = s.execute(select(RequestClaim.resident_id).where(RequestClaim.request_id == req.id)).scalars().all()
        assert claims == [member]
    row = A.today_alerts(db, desk)[0]
    assert row.state == A.ACTED and row.request_number == out.number and row.request_status == W.status_label(W.CLAIMED)
    with pytest.raises(UserError):
        A.to_visit_request(db, desk, alert.id)  # one request per alert


def test_visit_request_without_a_linked_member_is_unassigned_and_said(db, admin, desk, regular):
    _category(db, admin)
    alert = A.today_alerts(db, desk)[0]
    out = A.to_visit_request(db, desk, alert.id)
    assert out.claimer_id is None and out.problem
    with db.read() as s:
        assert s.get(ServiceRequest, out.request_id).status == W.NEW


def test_visit_request_needs_a_category_and_gives_the_alert_back(db, desk, regular):
    alert = A.today_alerts(db, desk)[0]
    with pytest.raises(UserError):
        A.to_visit_request(db, desk, alert.id)
    assert A.today_alerts(db, desk)[0].state == A.OPEN


def test_health_alert_detail_only_for_the_health_role(db, admin, desk, make_resident, on_day):
    rid = make_resident("血压")
    with db.write() as s:
        s.add(HealthConsent(resident_id=rid, given_by="本人", method="written", given_on=dt.date(2026, 1, 5)))
        s.add(FollowUpPlan(resident_id=rid, interval_months=3, started_on=dt.date(2026, 1, 5),
                           next_due=dt.date(2026, 11, 20)))  # fmt: skip
    on_day(FRIDAY)
    nurse = _user(db, admin, "nurse", HEALTH)
    seen_by_desk = A.today_alerts(db, desk)[0]
    seen_by_nurse = A.today_alerts(db, nurse)[0]
    assert seen_by_desk.id == seen_by_nurse.id
    assert seen_by_desk.reason == A.reason(R.HEALTH_OVERDUE, {}, detail=False) and seen_by_desk.since is None
    assert "7" in seen_by_nurse.reason and seen_by_nurse.since == dt.date(2026, 11, 20)


def test_only_roles_with_see_alerts(db, admin, regular):
    cashier = _user(db, admin, "cashier", CASHIER)
    with pytest.raises(PermissionDenied):
        A.today_alerts(db, cashier)
    with pytest.raises(PermissionDenied):
        R.update_rule(db, _user(db, admin, "desk2", FRONT_DESK), R.CANTEEN_ABSENT, True, {})


def test_threshold_change_applies_to_the_list(db, admin, desk, regular):
    R.update_rule(db, admin, R.CANTEEN_ABSENT, True, {"window_days": 30, "min_meals": 13, "absent_working_days": 3})
    assert A.today_alerts(db, desk) == []
    R.update_rule(db, admin, R.CANTEEN_ABSENT, True, {"window_days": 30, "min_meals": 12, "absent_working_days": 3})
    assert len(A.today_alerts(db, desk)) == 1


def test_living_alone_rule_in_the_list(db, desk, make_resident, on_day):
    rid = make_resident("独居", room="701", birth=dt.date(1935, 6, 1), tags={LIVING_ALONE: ""})
    on_day(FRIDAY)
    rows = A.today_alerts(db, desk)
    assert [(r.rule, r.resident_id, r.since) for r in rows] == [(R.ALONE_NOT_VISITED, rid, None)]


def test_two_desks_raise_one_alert(db_url, db, desk, regular):
    """Two processes compute the list at the same moment: one alert row per rule and subject (the database's
    partial unique index, not a check in Python)."""
    from tests.race import race

    race(db_url, "tests.alerts.race_jobs:compute_list", processes=2, rounds=3)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Alert)).scalar_one() == 1


def test_two_desks_click_visit_once(db_url, db, admin, desk, regular):
    _category(db, admin)
    alert = A.today_alerts(db, desk)[0]
    from tests.race import race

    results = race(db_url, "tests.alerts.race_jobs:visit_request", processes=2, rounds=1, args=(alert.id, desk.user_id))
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(ServiceRequest)).scalar_one() == 1
    outcomes = results.rounds[0]
    assert sorted(o.ok for o in outcomes) == [False, True]


def test_an_unassigned_visit_request_says_not_assigned_once(db, admin, desk, regular, zh):
    """Clerk: 「走访请求 2026-000045 已生成，但尚未指派：这户没有挂钩党员：走访请求暂未指派，请到"诉求"页派单。」"""
    _category(db, admin)
    alert = A.today_alerts(db, desk)[0]
    out = A.to_visit_request(db, desk, alert.id)
    text = A.unassigned_visit_text(out.number, out.problem)
    assert out.number in text and "挂钩党员" in text and "诉求" in text
    assert text.count("未指派") == 1, text
    assert "：" not in text.split("：", 1)[1], text  # one colon: "…尚未指派：这户没有挂钩党员。…"
