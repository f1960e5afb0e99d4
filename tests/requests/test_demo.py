"""Demo data: requests in every state, waiting, extensions, reopened ones, and station tallies."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app import demo
from app.requests import workflow as W
from db.engine import Database
from db.models.requests import RequestClaim, ServiceRequest, StationVisit
from db.models.volunteers import HoursEntry, Volunteer

# Both tests read the same demo population: one worker fills it once (tests/conftest.py `filled_db_url`).
pytestmark = pytest.mark.xdist_group("requests-demo")

NOW = dt.datetime(2026, 11, 30, 10, 0)


def _populate(url: str) -> dt.datetime:
    """The whole demo (seed 1, 300 residents) at NOW, as each test made it for itself: `populate` is deterministic for
    its seed and the frozen clock, so every copy holds what a test's own run would have written (only the staff
    passwords differ from run to run, and no test reads them). Returns the clock's local time after it."""
    from app import clock

    clock.freeze(NOW)
    db = Database(url)
    try:
        demo.populate(db, residents=300, log=lambda _m: None)
        return clock.local_now().replace(tzinfo=None)
    finally:
        db.dispose()


@pytest.fixture
def demo_db(filled_db_url, frozen):
    frozen(NOW)
    url, clock_after = filled_db_url("requests-demo", _populate)
    db = Database(url)
    yield db, clock_after
    db.dispose()


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
