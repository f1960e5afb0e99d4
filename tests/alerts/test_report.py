"""今日关注 in the monthly district pack: alerts raised and acted on, by rule, with a totals row."""

import datetime as dt

import pytest

from app.accounts.service import actor_for, create_user
from app.actor import CHILDCARE
from app.alerts import report
from app.alerts import rules as R
from app.alerts import service as A
from app.errors import PermissionDenied
from app.requests import service as RS
from tests.alerts.conftest import FRIDAY, weekdays


def test_month_section_counts_by_rule(db, admin, make_resident, meals, on_day):
    dep = RS.create_department(db, admin, "社会事务办")
    RS.create_category(db, admin, "养老服务", deadline_days=5, default_department_id=dep)
    people = [make_resident(f"常来{i}") for i in range(3)]
    for rid in people:
        meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    on_day(FRIDAY)
    rows = A.today_alerts(db, admin)
    A.to_visit_request(db, admin, rows[0].id)
    A.dismiss(db, admin, rows[1].id, "住院")
    meals(people[2], [FRIDAY])  # came today: the third alert ends
    A.today_alerts(db, admin)
    section = report.month_section(db, admin, 2026, 11)
    assert section.key == "alerts"
    table = section.tables[0]
    assert [r[0] for r in table.rows] == [spec.label() for spec in R.RULES]
    assert table.rows[0][1:] == ["3", "1", "1", "1"]
    assert table.total[1:] == ["3", "1", "1", "1"]
    assert all(r[1:] == ["0", "0", "0", "0"] for r in table.rows[1:])
    october = report.month_section(db, admin, 2026, 10)
    assert october.tables[0].total[1:] == ["0", "0", "0", "0"]


def test_month_section_needs_statistics(db, admin):
    uid = create_user(db, admin, "tuoguan2", "托管", "Secret-pass-123", [CHILDCARE])
    report.month_section(db, actor_for(db, uid), 2026, 11)  # childcare staff view statistics
    from app.actor import Actor

    with pytest.raises(PermissionDenied):
        report.month_section(db, Actor(user_id=None, username="x", display_name="x", roles=frozenset()), 2026, 11)
