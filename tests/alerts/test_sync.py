"""The alerts kept in step with the facts (app.alerts.sync): a rule is computed again only when something it reads
changed, and then its alerts are right — after a meal sold, a visit recorded, a follow-up done, a request called
back, a resident archived, a new day, a setting or the calendar changed — also when another workstation made the
change."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, update

from app import clock
from app.alerts import compute as C
from app.alerts import rules as R
from app.alerts import service as A
from app.alerts import sync as S
from app.residents.service import archive_resident, get_resident, restore_resident, update_resident
from app.residents.tags import LIVING_ALONE
from app.workdays import set_days
from db.changes import ARCHIVE, REGISTRY
from db.models import Resident
from db.models.alerts import Alert
from db.models.community import Visit
from db.models.health import FollowUpPlan, HealthConsent
from db.models.requests import ServiceRequest
from tests.alerts.conftest import FRIDAY, weekdays


@pytest.fixture
def computed(monkeypatch):
    """The rules computed, in order, from now on (each rule's function wrapped)."""
    calls: list[str] = []
    for code, fn in list(C.COMPUTE.items()):
        monkeypatch.setitem(C.COMPUTE, code, lambda s, rule, ctx, fn=fn, code=code: calls.append(code) or fn(s, rule, ctx))
    return calls


@pytest.fixture
def regular(make_resident, meals, on_day):
    rid = make_resident("常来", building="6", unit="2", room="301")
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    on_day(FRIDAY)
    return rid


def _subjects(db, admin) -> set[tuple[str, str]]:
    return {(r.rule, r.subject) for r in A.today_alerts(db, admin)}


def test_opening_the_list_again_computes_nothing(db, admin, regular, computed):
    assert _subjects(db, admin) == {(R.CANTEEN_ABSENT, f"resident:{regular}")}
    assert sorted(computed) == sorted(r.code for r in R.RULES)  # the first opening computes every rule
    computed.clear()
    rows = A.today_alerts(db, admin)
    assert computed == [] and len(rows) == 1 and rows[0].facts["absent"] == 3


def test_a_meal_sold_computes_the_canteen_rule_alone(db, admin, regular, meals, computed):
    A.today_alerts(db, admin)
    computed.clear()
    meals(regular, [FRIDAY])  # today's lunch: back
    assert _subjects(db, admin) == set()
    assert computed == [R.CANTEEN_ABSENT]


def test_a_new_day_moves_the_numbers_without_rewriting_the_row(db, admin, regular, on_day):
    first = A.today_alerts(db, admin)[0]
    with db.read() as s:
        stored = s.execute(select(Alert.facts, Alert.since)).one()
    on_day(dt.date(2026, 11, 30))  # Monday: one more working day missed
    monday = A.today_alerts(db, admin)[0]
    assert monday.id == first.id and monday.facts["absent"] == 4 and monday.since == dt.date(2026, 11, 24)
    assert "4" in monday.reason
    with db.read() as s:
        assert s.execute(select(Alert.facts, Alert.since)).one() == stored


def test_a_visit_recorded_ends_the_alone_alert(db, admin, make_resident, on_day, computed):
    rid = make_resident("独居老人", room="501", birth=dt.date(1940, 3, 1), tags={LIVING_ALONE: ""})
    on_day(FRIDAY)
    row = A.today_alerts(db, admin)[0]
    assert row.subject == f"resident:{rid}" and row.facts["age"] == 86 and row.facts["last"] is None
    computed.clear()
    with db.write() as s:
        s.add(Visit(visited_on=FRIDAY, building="6", unit="2", room="501", visitor_name="网格员", kind="routine",
                    result="all_well", findings=""))  # fmt: skip
    assert _subjects(db, admin) == set()
    assert computed == [R.ALONE_NOT_VISITED]


def test_a_follow_up_done_ends_the_health_alert(db, admin, make_resident, on_day):
    rid = make_resident("随访")
    with db.write() as s:
        s.add(HealthConsent(resident_id=rid, given_by="本人", method="written", given_on=dt.date(2026, 1, 5)))
        plan = FollowUpPlan(resident_id=rid, interval_months=3, started_on=dt.date(2026, 1, 5),
                            next_due=dt.date(2026, 11, 20))  # fmt: skip
        s.add(plan)
        s.flush()
        plan_id = plan.id
    on_day(FRIDAY)
    row = A.today_alerts(db, admin)[0]
    assert row.subject == f"plan:{plan_id}" and row.facts["days"] == 7
    with db.write() as s:  # the follow-up is done: the next one is due in three months
        s.execute(update(FollowUpPlan).where(FollowUpPlan.id == plan_id).values(next_due=dt.date(2027, 2, 27)))
    assert _subjects(db, admin) == set()


def _resolved(db, make_resident, day) -> int:
    from tests.alerts.test_rules import _resolved_request

    return _resolved_request(db, make_resident, day)


def test_a_request_called_back_ends_its_alert(db, admin, make_resident, on_day):
    req = _resolved(db, make_resident, FRIDAY - dt.timedelta(days=1))
    on_day(FRIDAY)
    assert _subjects(db, admin) == {(R.FOLLOW_UP_CALL, f"request:{req}")}
    with db.write() as s:
        s.execute(update(ServiceRequest).where(ServiceRequest.id == req).values(status="closed"))
    assert _subjects(db, admin) == set()


def test_the_follow_up_call_looks_back_30_days(db, admin, make_resident, on_day):
    """The window's threshold: resolved 30 days before today is on the list, 31 days before is not."""
    req = _resolved(db, make_resident, FRIDAY - dt.timedelta(days=30))
    on_day(FRIDAY)
    assert _subjects(db, admin) == {(R.FOLLOW_UP_CALL, f"request:{req}")}
    on_day(FRIDAY + dt.timedelta(days=1))  # now 31 days ago
    assert _subjects(db, admin) == set()
    R.update_rule(db, admin, R.FOLLOW_UP_CALL, True, {"working_days": 1, "window_days": 31})
    assert _subjects(db, admin) == {(R.FOLLOW_UP_CALL, f"request:{req}")}


def test_an_archived_resident_ends_the_alert(db, admin, regular):
    A.today_alerts(db, admin)
    with db.write() as s:
        s.execute(update(Resident).where(Resident.id == regular).values(archived_at=clock.now()))
    assert _subjects(db, admin) == set()


def test_a_holiday_added_computes_the_calendar_rules_again(db, admin, regular, computed):
    A.today_alerts(db, admin)
    computed.clear()
    with db.write() as s:
        set_days(s, [(dt.date(2026, 11, 25), "holiday", "测试假日")])  # Wednesday: only two working days missed
    assert _subjects(db, admin) == set()
    assert sorted(computed) == sorted(S.CALENDAR_RULES)


def test_a_threshold_changed_computes_its_rule_again(db, admin, regular, computed):
    A.today_alerts(db, admin)
    computed.clear()
    R.update_rule(db, admin, R.CANTEEN_ABSENT, True, {"window_days": 30, "min_meals": 13, "absent_working_days": 3})
    assert _subjects(db, admin) == set()
    assert computed == [R.CANTEEN_ABSENT]


def test_facts_changed_while_computing_are_not_taken_as_in_step(db, admin, regular, meals, monkeypatch):
    """A meal sold while the canteen rule is being computed: its stale result is not stored, and the next opening
    computes it again."""
    real = C.COMPUTE[R.CANTEEN_ABSENT]

    def compute_while_a_meal_is_sold(s, rule, ctx):
        found = real(s, rule, ctx)
        meals(regular, [FRIDAY])  # committed by another unit of work meanwhile
        return found

    monkeypatch.setitem(C.COMPUTE, R.CANTEEN_ABSENT, compute_while_a_meal_is_sold)
    A.today_alerts(db, admin)
    monkeypatch.setitem(C.COMPUTE, R.CANTEEN_ABSENT, real)
    with db.read() as s:
        assert S.stale(s, FRIDAY)[2] == [R.CANTEEN_ABSENT]
    assert _subjects(db, admin) == set()


def _edit(db, admin, rid, **changes) -> None:
    """The desk's edit form saved for resident `rid` (app.residents.service.update_resident), with `changes`."""
    form = get_resident(db, rid, actor=admin).to_input()
    update_resident(db, admin, rid, dataclasses.replace(form, **changes), confirm_duplicate=True)


def test_an_ordinary_edit_of_a_resident_computes_nothing(db, admin, make_resident, on_day, computed):
    """A name, a phone or a note changed: no rule reads them (the names are read when a row is shown), so the next
    opening computes nothing and shows the new name."""
    rid = make_resident("独居老人", room="501", birth=dt.date(1940, 3, 1), tags={LIVING_ALONE: ""})
    on_day(FRIDAY)
    assert _subjects(db, admin) == {(R.ALONE_NOT_VISITED, f"resident:{rid}")}
    computed.clear()
    _edit(db, admin, rid, name="独居老人甲", phone="13800138000", notes="耳背，敲门大声些")
    rows = A.today_alerts(db, admin)
    assert computed == [] and [(r.subject, r.name) for r in rows] == [(f"resident:{rid}", "独居老人甲")]


@pytest.mark.parametrize(
    ("change", "still"),
    [
        ({"room": "502"}, True),  # moved to an empty flat: still alone (a move is computed again all the same)
        ({"room": "601"}, False),  # moved in with the neighbour of 601: and no longer tagged as living alone
        ({"tags": {}}, False),  # the 独居 tag taken off, and not alone at the address
        ({"birth_date": dt.date(1950, 3, 1)}, False),  # a birth date corrected: 76, not 80+
    ],
)
def test_a_resident_moved_retagged_or_redated_computes_the_resident_rules(
    db, admin, make_resident, on_day, computed, change, still
):
    rid = make_resident("独居老人", room="501", birth=dt.date(1940, 3, 1), tags={LIVING_ALONE: ""})
    make_resident("邻居", room="601")
    make_resident("同住", room="501")  # 501 is alone by its tag only
    on_day(FRIDAY)
    assert _subjects(db, admin) == {(R.ALONE_NOT_VISITED, f"resident:{rid}")}
    computed.clear()
    if change.get("room") == "601":
        change = {**change, "tags": {}}
    _edit(db, admin, rid, **change)
    assert _subjects(db, admin) == ({(R.ALONE_NOT_VISITED, f"resident:{rid}")} if still else set())
    assert computed == [R.ALONE_NOT_VISITED]  # the one rule that reads birth dates, addresses and tags


def test_a_housemate_archived_makes_a_resident_alone(db, admin, make_resident, on_day, computed):
    """The rule reads the other residents at the address: archiving the only housemate raises the alert."""
    rid = make_resident("老人", room="501", birth=dt.date(1940, 3, 1))
    mate = make_resident("同住", room="501")
    on_day(FRIDAY)
    assert _subjects(db, admin) == set()
    computed.clear()
    archive_resident(db, admin, mate, "搬走")
    assert _subjects(db, admin) == {(R.ALONE_NOT_VISITED, f"resident:{rid}")}
    assert sorted(computed) == sorted(code for code, topics in S.DEPENDS.items() if set(topics) & {REGISTRY, ARCHIVE})
    assert len(computed) == 4  # every rule that reads residents: all but the follow-up call rule
    restore_resident(db, admin, mate)
    assert _subjects(db, admin) == set()


def test_every_write_moves_the_change_counters(db, make_resident):
    """On both databases (PostgreSQL too, where the screens also LISTEN): what the alerts' key is made of."""
    with db.read() as s:
        before = S._versions(s).get("residents", 0)
    make_resident("新居民")
    with db.read() as s:
        assert S._versions(s)["residents"] == before + 1


def test_a_meal_sold_at_another_workstation_is_seen(db_url, db, admin, regular):
    from tests.race import race

    assert _subjects(db, admin) == {(R.CANTEEN_ABSENT, f"resident:{regular}")}
    race(db_url, "tests.alerts.race_jobs:sell_meal", processes=1, rounds=1, args=(regular,))
    assert _subjects(db, admin) == set()
    with db.read() as s:
        assert s.execute(select(Alert.ended_on)).scalar_one() == FRIDAY
