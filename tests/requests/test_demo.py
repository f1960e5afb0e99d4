"""Demo data: requests in every state, waiting, extensions, reopened ones, and station tallies."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.requests import workflow as W
from db.models.requests import RequestClaim, ServiceRequest, StationVisit
from db.models.volunteers import HoursEntry, Volunteer
from tests.full_demo import GROUP, NOW

# Both tests read the whole demo (seed 1, 300 residents, at tests/full_demo.NOW), filled once per worker
# (tests/conftest.py `full_demo`).
pytestmark = pytest.mark.xdist_group(GROUP)


@pytest.fixture
def demo_db(full_demo):
    db, made = full_demo
    return db, made.clock_after


def test_demo_has_every_state(demo_db):
    db, _clock_after = demo_db
    with db.read() as s:
        states = set(s.execute(select(ServiceRequest.status).distinct()).scalars())
        waiting = s.execute(select(func.count()).where(ServiceRequest.waiting_since.is_not(None))).scalar_one()
        asked = s.execute(select(func.count()).where(ServiceRequest.extension_days.is_not(None))).scalar_one()
        reopened = s.execute(select(func.count()).where(ServiceRequest.reopen_count > 0)).scalar_one()
        claims = s.execute(select(func.count()).select_from(RequestClaim)).scalar_one()
        clicks = s.execute(select(func.count()).select_from(StationVisit)).scalar_one()
    assert states == set(W.STATES)
    assert waiting and asked and reopened and claims and clicks
    with db.read() as s:  # completed claims earned hours; the volunteers demo registered nobody twice
        credited = s.execute(select(func.count()).where(HoursEntry.source == "request")).scalar_one()
        residents = s.execute(select(Volunteer.resident_id)).scalars().all()
    assert credited and len(residents) == len(set(residents))


def test_demo_requests_move_along_in_time_so_the_report_means_something(demo_db):
    from app import clock
    from app.requests import reports

    db, clock_after = demo_db
    assert clock_after == NOW  # the demo gave the clock back
    with db.read() as s:
        rows = s.execute(select(ServiceRequest)).scalars().all()
    assert all(clock.to_local(r.created_at).date() == r.intake_day for r in rows)
    finished = [r for r in rows if r.resolved_at is not None]
    assert all(r.created_at <= r.resolved_at for r in finished)
    assert any(r.resolved_at > r.created_at for r in finished)
    figures = reports.monthly_figures(db, 2026, 11)
    assert figures.resolve_days_total > 0 and figures.responded_in_time > 0
