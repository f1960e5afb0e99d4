"""The health corner's month in the district report pack: counts only, totals rows, no person's data."""

from __future__ import annotations

import datetime as dt

import pytest

from app import clock
from app.errors import PermissionDenied
from app.health import service as H
from app.health.report import month_section
from tests.health.conftest import TODAY


def _cells(section) -> str:
    return " ".join(
        " ".join([t.title, *t.headings, *(c for row in t.rows for c in row), *(t.total or [])]) for t in section.tables
    ) + " ".join(f"{a} {b}" for a, b in section.lines)


def test_the_month_counts(db, health, consented, clinic, cashier, frozen):
    cond = H.add_condition(db, health, consented, "I10", "高血压")
    # a plan due 2026-11-01 with no follow-up by the month's end: overdue then
    H.start_plan(db, health, consented, 3, condition_id=cond, started_on=dt.date(2026, 8, 1))
    done = H.start_plan(db, health, consented, 1, started_on=dt.date(2026, 10, 1))
    H.record_followup(db, health, done, dt.date(2026, 11, 2), "phone")  # next due 12-02: not overdue in November
    H.record_reading(db, health, H.ReadingInput(consented, systolic=150, diastolic=95, pulse=80))
    H.record_reading(db, health, H.ReadingInput(consented, weight_tenths=625))
    voided = H.record_reading(db, health, H.ReadingInput(consented, weight_tenths=626))
    H.void_reading(db, health, voided, "重复")
    H.record_signing(db, health, H.SigningInput(consented, "幸福里团队", "李医生", TODAY - dt.timedelta(days=3)))
    H.refer(db, health, H.ReferralInput(consented, clinic, "血压偏高"))

    section = month_section(db, cashier, 2026, 11)  # statistics: counts, which the cashier may see
    assert section.key == "health"
    followups, readings, services = section.tables
    assert followups.rows == [["高血压", "0", "1"], ["General", "1", "0"]]
    assert followups.total == ["Total", "1", "1"]
    assert readings.rows[0] == ["Blood pressure", "1", "1"] and readings.rows[2] == ["Weight", "1", "1"]
    # the totals row adds up the rows (a pressure reading with its pulse counts in both); the voided one is left out
    assert readings.total == ["Total", str(sum(int(r[1]) for r in readings.rows)), "1"]
    assert dict(section.lines)["Visits to the health corner"] == "2"  # two visits to the corner, the voided one out
    assert services.rows == [
        ["New family-doctor signings", "1"],
        ["Signings renewed", "0"],
        ["Referrals to the partner clinic", "1"],
    ]
    assert services.total == ["Total", "2"]
    text = _cells(section)
    assert "赵善庆" not in text and "0014" not in text and "13812345678" not in text

    # October, as it stood: nothing overdue yet (the plan fell due on 1 November)
    october = month_section(db, cashier, 2026, 10)
    assert october.tables[0].total == ["Total", "0", "0"]


def test_a_renewal_counts_as_renewed(db, health, consented, cashier):
    H.record_signing(db, health, H.SigningInput(consented, "团队", "李医生", dt.date(2025, 11, 20)))
    H.record_signing(db, health, H.SigningInput(consented, "团队", "李医生", dt.date(2026, 11, 20)))
    services = month_section(db, cashier, 2026, 11).tables[2]
    assert services.rows[0][1] == "0" and services.rows[1][1] == "1"


def test_the_month_is_statistics_only(db, admin, consented):
    from tests.health.conftest import make_account

    with pytest.raises(PermissionDenied):
        month_section(db, make_account(db, "nobody"), 2026, 11)
    assert clock.today() == TODAY
