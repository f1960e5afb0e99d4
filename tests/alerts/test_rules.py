"""Each alert rule at its threshold (it fires) and one day before (it does not), on the default thresholds."""

import datetime as dt
from types import SimpleNamespace

import pytest

from app import clock
from app.alerts import compute as C
from app.alerts import rules as R
from app.residents.tags import LIVING_ALONE
from app.workdays import load_calendar, set_days
from db.models.childcare import Child, ChildContact
from db.models.community import Visit
from db.models.health import FollowUpPlan, HealthConsent
from db.models.requests import ServiceRequest
from db.models.volunteers import Volunteer, VolunteerQualification
from tests.alerts.conftest import FRIDAY, weekdays


def hits(db, code: str) -> dict[str, SimpleNamespace]:
    """The rule's hits today (the frozen clock), by subject: resident_id, since and facts."""
    with db.read() as s:
        ctx = C.Context(clock.today(), load_calendar(s), R.load_rules(s))
        found = C.COMPUTE[code](s, ctx.rules[code], ctx)
    out = {}
    for h in found:
        since, facts = C.details(h, ctx)
        out[h.subject] = SimpleNamespace(resident_id=h.resident_id, since=since, facts=facts)
    return out


# --- 1. a regular canteen diner absent for 3 working days ----------------------------------------------------------


def test_regular_diner_absent_three_working_days(db, make_resident, meals, on_day):
    rid = make_resident("常来")
    # 12 lunches on the 12 weekdays 6–23 November (Monday 23 the last): a regular
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    on_day(FRIDAY)  # Tue 24, Wed 25, Thu 26 missed: 3 working days
    hit = hits(db, R.CANTEEN_ABSENT)[f"resident:{rid}"]
    assert hit.facts["meals"] == 12 and hit.facts["absent"] == 3
    assert hit.since == dt.date(2026, 11, 24)
    on_day(FRIDAY - dt.timedelta(days=1))  # Thursday: only Tue and Wed missed
    assert hits(db, R.CANTEEN_ABSENT) == {}


def test_diner_with_one_meal_too_few_is_not_a_regular(db, make_resident, meals, on_day):
    rid = make_resident("偶尔")
    meals(rid, weekdays(dt.date(2026, 11, 9), dt.date(2026, 11, 23)))  # 11 meals
    on_day(FRIDAY)
    assert f"resident:{rid}" not in hits(db, R.CANTEEN_ABSENT)


def test_diner_absence_counts_working_days_only(db, make_resident, meals, on_day):
    """A holiday on the Wednesday is not a day missed: on Friday only two working days were."""
    rid = make_resident("节假")
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    with db.write() as s:
        set_days(s, [(dt.date(2026, 11, 25), "holiday", "测试假日")])
    on_day(FRIDAY)
    assert hits(db, R.CANTEEN_ABSENT) == {}
    on_day(dt.date(2026, 11, 30))  # Monday: Tue, Thu, Fri missed
    assert hits(db, R.CANTEEN_ABSENT)[f"resident:{rid}"].facts["absent"] == 3


def test_voided_tickets_and_todays_meal(db, make_resident, meals, on_day):
    rid = make_resident("作废")
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    meals(rid, [dt.date(2026, 11, 26)], status="void")  # a voided ticket is no meal
    on_day(FRIDAY)
    assert f"resident:{rid}" in hits(db, R.CANTEEN_ABSENT)
    meals(rid, [FRIDAY])  # came today after all
    assert hits(db, R.CANTEEN_ABSENT) == {}


# --- 2. aged 80+, living alone, not visited for 30 days ------------------------------------------------------------


def _visit(db, day, building, unit, room):
    with db.write() as s:
        s.add(Visit(visited_on=day, building=building, unit=unit, room=room, visitor_name="x", kind="routine",
                    result="all_well", findings=""))  # fmt: skip


def test_elderly_alone_not_visited_for_30_days(db, make_resident, on_day):
    rid = make_resident("独居老人", room="501", birth=dt.date(1940, 3, 1), tags={LIVING_ALONE: ""})
    _visit(db, FRIDAY - dt.timedelta(days=30), "6", "2", "501")
    on_day(FRIDAY)
    hit = hits(db, R.ALONE_NOT_VISITED)[f"resident:{rid}"]
    assert hit.facts["since_visit"] == 30 and hit.facts["age"] == 86
    assert hit.since == FRIDAY
    on_day(FRIDAY - dt.timedelta(days=1))  # visited 29 days ago
    assert f"resident:{rid}" not in hits(db, R.ALONE_NOT_VISITED)


def test_elderly_alone_turning_80(db, make_resident, on_day):
    """Never visited, living alone: the alert starts on the 80th birthday, not the day before."""
    rid = make_resident("刚满八十", room="502", birth=dt.date(1946, 11, 27), tags={LIVING_ALONE: ""})
    on_day(FRIDAY)
    hit = hits(db, R.ALONE_NOT_VISITED)[f"resident:{rid}"]
    assert hit.facts["last"] is None and hit.facts["age"] == 80
    on_day(FRIDAY - dt.timedelta(days=1))
    assert f"resident:{rid}" not in hits(db, R.ALONE_NOT_VISITED)


def test_elderly_not_living_alone_is_not_an_alert(db, make_resident, on_day):
    make_resident("老甲", room="503", birth=dt.date(1930, 1, 1))
    make_resident("老乙", room="503", birth=dt.date(1932, 1, 1))  # two at the same address
    on_day(FRIDAY)
    assert hits(db, R.ALONE_NOT_VISITED) == {}


# --- 3. a health follow-up overdue ---------------------------------------------------------------------------------


def _plan(db, resident_id, due):
    with db.write() as s:
        s.add(HealthConsent(resident_id=resident_id, given_by="本人", method="written", given_on=dt.date(2026, 1, 5)))
        plan = FollowUpPlan(resident_id=resident_id, interval_months=3, started_on=dt.date(2026, 1, 5), next_due=due)
        s.add(plan)
        s.flush()
        return plan.id


def test_health_follow_up_overdue(db, make_resident, on_day):
    rid = make_resident("随访")
    due = dt.date(2026, 11, 26)
    plan = _plan(db, rid, due)
    on_day(due + dt.timedelta(days=1))  # overdue by 1 day (the default threshold)
    hit = hits(db, R.HEALTH_OVERDUE)[f"plan:{plan}"]
    assert hit.since == due and hit.facts["days"] == 1 and hit.resident_id == rid
    on_day(due)  # due today: not yet overdue
    assert hits(db, R.HEALTH_OVERDUE) == {}


def test_health_follow_up_overdue_threshold_setting(db, admin, make_resident, on_day):
    rid = make_resident("随访七天")
    plan = _plan(db, rid, dt.date(2026, 11, 20))
    R.update_rule(db, admin, R.HEALTH_OVERDUE, True, {"days_overdue": 7})
    on_day(FRIDAY)  # 7 days overdue
    assert f"plan:{plan}" in hits(db, R.HEALTH_OVERDUE)
    on_day(FRIDAY - dt.timedelta(days=1))
    assert hits(db, R.HEALTH_OVERDUE) == {}


# --- 4. a pick-up authorisation or a volunteer qualification expiring within 14 days -------------------------------


def test_pickup_authorisation_expiring_within_14_days(db, make_resident, on_day):
    adult = make_resident("接送人")
    until = FRIDAY + dt.timedelta(days=14)
    with db.write() as s:
        child = Child(name="小明")
        s.add(child)
        s.flush()
        contact = ChildContact(child_id=child.id, resident_id=adult, role="pickup", valid_to=until)
        blocked = ChildContact(child_id=child.id, resident_id=adult, role="blocked", valid_to=until)
        s.add_all([contact, blocked])
        s.flush()
        contact_id, blocked_id = contact.id, blocked.id
    on_day(FRIDAY)  # 14 days left
    found = hits(db, R.EXPIRING)
    assert found[f"contact:{contact_id}"].facts["left"] == 14
    assert f"contact:{blocked_id}" not in found  # a blocked adult has no authorisation to renew
    on_day(FRIDAY - dt.timedelta(days=1))  # 15 days left
    assert hits(db, R.EXPIRING) == {}
    on_day(until + dt.timedelta(days=1))  # expired yesterday: nothing left to renew
    assert hits(db, R.EXPIRING) == {}


def test_volunteer_qualification_expiring_within_14_days(db, make_resident, on_day):
    rid = make_resident("志愿者")
    until = FRIDAY + dt.timedelta(days=14)
    with db.write() as s:
        v = Volunteer(resident_id=rid, kind="resident")
        s.add(v)
        s.flush()
        q = VolunteerQualification(volunteer_id=v.id, name="急救证", expires_on=until)
        s.add(q)
        s.flush()
        qid = q.id
    on_day(FRIDAY)
    hit = hits(db, R.EXPIRING)[f"qualification:{qid}"]
    assert hit.facts["what"] == "急救证" and hit.since == FRIDAY
    on_day(FRIDAY - dt.timedelta(days=1))
    assert hits(db, R.EXPIRING) == {}


# --- 5. a resolved request waiting for its follow-up call ----------------------------------------------------------


def _resolved_request(db, make_resident, resolved_on: dt.date, callback_ok=True) -> int:
    rid = make_resident("来访")
    from db.models.requests import RequestCategory

    resolved_at = dt.datetime.combine(resolved_on, dt.time(15, 0), clock.local_tz())
    with db.write() as s:
        cat = RequestCategory(name=f"类{resolved_on}{callback_ok}", deadline_days=5)
        s.add(cat)
        s.flush()
        r = ServiceRequest(number=f"2026-{resolved_on.day:04d}{int(callback_ok)}", channel="walk_in", resident_id=rid,
                           category_id=cat.id, description="x", callback_ok=callback_ok, status="resolved",
                           intake_day=resolved_on, due_date=resolved_on, resolved_at=resolved_at)  # fmt: skip
        s.add(r)
        s.flush()
        return r.id


def test_resolved_request_waiting_for_follow_up_call(db, make_resident, on_day):
    thursday = FRIDAY - dt.timedelta(days=1)
    req = _resolved_request(db, make_resident, thursday)
    on_day(FRIDAY)  # one working day after it was resolved
    hit = hits(db, R.FOLLOW_UP_CALL)[f"request:{req}"]
    assert hit.since == thursday
    on_day(thursday)  # the day it was resolved
    assert hits(db, R.FOLLOW_UP_CALL) == {}


def test_follow_up_call_counts_working_days(db, make_resident, on_day):
    req = _resolved_request(db, make_resident, FRIDAY)
    no_call = _resolved_request(db, make_resident, FRIDAY, callback_ok=False)  # declined a callback: no call
    on_day(FRIDAY + dt.timedelta(days=2))  # Sunday: no working day yet
    assert hits(db, R.FOLLOW_UP_CALL) == {}
    on_day(FRIDAY + dt.timedelta(days=3))  # Monday
    found = hits(db, R.FOLLOW_UP_CALL)
    assert f"request:{req}" in found and f"request:{no_call}" not in found


# --- settings -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [r.code for r in R.RULES])
def test_a_negative_threshold_is_refused(db, admin, code):
    from app.errors import ValidationError

    name = R.SPECS[code].thresholds[0].name
    with pytest.raises(ValidationError) as exc:
        R.update_rule(db, admin, code, True, {name: -1})
    assert "negative" in exc.value.errors[name]
    with db.read() as s:
        assert R.load_rules(s)[code] == R.defaults(code)  # nothing written


def test_a_disabled_rule_raises_nothing(db, admin, make_resident, meals, on_day):
    rid = make_resident("停用")
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    on_day(FRIDAY)
    R.update_rule(db, admin, R.CANTEEN_ABSENT, False, {})
    with db.read() as s:
        assert C.hits(s, C.Context(clock.today(), load_calendar(s), R.load_rules(s))) == []
