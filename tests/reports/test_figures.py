"""The month's figures against the small month counted by hand (tests/reports/conftest.py), on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.reports import figures as F


def test_requests_by_category_and_channel_with_the_three_rates(db, month):
    r = F.request_figures(db, month, 2026, 11)
    assert r.cancelled == 1
    t = r.total
    assert (t.requests, t.responded_in_time, t.resolved, t.followups, t.satisfied) == (3, 2, 1, 2, 1)
    assert t.response_rate == pytest.approx(2 / 3) and t.resolution_rate == pytest.approx(1 / 3)
    assert t.satisfaction_rate == 0.5
    cats = {x.name: x for x in r.by_category}
    assert [x.name for x in r.by_category] == ["社会保障", "法律援助"]  # largest first
    assert (cats["社会保障"].requests, cats["社会保障"].responded_in_time, cats["社会保障"].resolved) == (2, 2, 1)
    assert (cats["社会保障"].followups, cats["社会保障"].satisfied) == (1, 1)
    assert (cats["法律援助"].requests, cats["法律援助"].responded_in_time, cats["法律援助"].resolved) == (1, 0, 0)
    assert cats["法律援助"].satisfaction_rate == 0.0
    channels = {x.name: x.requests for x in r.by_channel}
    assert channels == {"walk-in": 2, "phone": 1}
    assert sum(x.requests for x in r.by_category) == sum(x.requests for x in r.by_channel) == t.requests


def test_the_rates_against_the_previous_months(db, month):
    r = F.request_figures(db, month, 2026, 11)
    assert [x.name for x in r.trend] == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    october = r.trend[-2]
    assert (october.requests, october.response_rate, october.resolution_rate) == (1, 1.0, 1.0)
    assert october.satisfaction_rate is None  # no follow-up call in October: nothing to divide by
    assert r.trend[0].requests == 0 and r.trend[0].response_rate is None
    assert r.trend[-1] == r.total.__class__(**{**r.total.__dict__, "name": "2026-11"})


def test_meals_and_subsidy_by_funder_per_day_and_tier(db, month):
    c = F.canteen_figures(db, month, 2026, 11)
    assert len(c.days) == 30 and c.days[0].name == "2026-11-01" and c.days[-1].name == "2026-11-30"
    nov3, nov4 = c.days[2], c.days[3]
    assert (nov3.tickets, nov3.meals, nov3.subsidised_meals, nov3.total_fen, nov3.subsidy_fen) == (2, 3, 2, 3000, 400)
    assert nov3.funders == {"city": 100, "district": 300, "street": 0}  # the voided ticket counts nowhere
    assert (nov4.meals, nov4.subsidy_fen, nov4.funders["street"]) == (1, 200, 200)
    assert all(d.meals == 0 and d.funders == {"city": 0, "district": 0, "street": 0} for d in c.days[4:])
    t = c.total
    assert (t.tickets, t.meals, t.subsidised_meals, t.total_fen, t.subsidy_fen, t.self_paid_fen) == (
        3, 4, 3, 4000, 600, 3400,
    )  # fmt: skip
    assert t.funders == {"city": 100, "district": 300, "street": 200}
    assert t.diners == 2
    tiers = {x.name: x for x in c.tiers}
    assert (tiers["80–89岁"].meals, tiers["80–89岁"].subsidy_fen, tiers["80–89岁"].diners) == (3, 600, 2)
    assert tiers["80–89岁"].funders == {"city": 100, "district": 300, "street": 200}
    assert (tiers["全价"].meals, tiers["全价"].subsidy_fen, tiers["全价"].diners) == (1, 0, 0)
    assert sum(x.subsidy_fen for x in c.days) == sum(x.subsidy_fen for x in c.tiers) == t.subsidy_fen


def test_childcare_attendance_per_program(db, month):
    k = F.childcare_figures(db, month, 2026, 11)
    programs = {p.name: p for p in k.programs}
    assert set(programs) == {"四点半课堂", "晚托班"}  # the summer program did not run in November
    p = programs["四点半课堂"]
    assert (p.capacity, p.open_days, p.child_days, p.children, p.absences) == (40, 2, 3, 2, 1)
    assert p.average == 1.5
    e = programs["晚托班"]
    assert (e.open_days, e.child_days, e.children, e.absences) == (1, 1, 1, 0)
    assert (k.total.child_days, k.total.children, k.total.absences, k.total.open_days, k.total.capacity) == (
        4, 2, 1, 3, 60,
    )  # fmt: skip
    daily = dict(k.daily)
    names = [p.name for p in k.programs]
    assert daily[dt.date(2026, 11, 3)][names.index("四点半课堂")] == 2
    assert daily[dt.date(2026, 11, 2)][names.index("四点半课堂")] == 1  # the voided sign-in is not counted
    assert daily[dt.date(2026, 11, 4)][names.index("晚托班")] == 1
    assert len(k.daily) == 30


def test_volunteer_hours_by_kind(db, month):
    v = F.volunteer_figures(db, month, 2026, 11)
    kinds = {k.kind: k for k in v.kinds}
    assert [k.kind for k in v.kinds] == ["student", "party", "resident"]
    assert (kinds["student"].approved_minutes, kinds["student"].pending_minutes, kinds["student"].volunteers) == (
        90, 30, 1,
    )  # fmt: skip
    assert kinds["student"].by_source == {"shift": 90, "manual": 0, "request": 0, "class": 0}
    assert (kinds["party"].approved_minutes, kinds["party"].pending_minutes) == (45, 0)  # rejected never counts
    assert kinds["party"].by_source["request"] == 45
    assert (kinds["resident"].approved_minutes, kinds["resident"].volunteers) == (0, 0)  # served in October
    assert (v.total.approved_minutes, v.total.pending_minutes, v.total.volunteers) == (135, 30, 2)


def test_a_month_without_data_gives_zeros(db, month):
    r = F.request_figures(db, month, 2026, 8)
    assert r.total.requests == 0 and r.by_category == [] and r.total.response_rate is None
    c = F.canteen_figures(db, month, 2026, 8)
    assert len(c.days) == 31 and c.total.meals == 0 and c.tiers == []
    k = F.childcare_figures(db, month, 2026, 8)
    assert {p.name for p in k.programs} == {"暑托班"} and k.total.child_days == 0
    v = F.volunteer_figures(db, month, 2026, 8)
    assert v.total.approved_minutes == 0 and len(v.kinds) == 3


@pytest.mark.parametrize(
    "figure", [F.request_figures, F.canteen_figures, F.childcare_figures, F.volunteer_figures], ids=lambda f: f.__name__
)
def test_a_month_that_has_not_begun_is_refused(db, admin, frozen, figure):
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    with pytest.raises(ValidationError):
        figure(db, admin, 2026, 12)
    with pytest.raises(ValidationError):
        figure(db, admin, 2026, 13)
