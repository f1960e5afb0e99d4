"""Service-station tally: one click each, undo by a reversing record, daily and monthly tallies."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import UserError, ValidationError
from app.requests import station as ST
from db.models.requests import StationVisit


def test_clicks_undo_and_tallies(db, admin, clerk, frozen):
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    ST.ensure_default_services(db, admin)
    ST.ensure_default_services(db, admin)  # only once
    extra = ST.add_service(db, admin, "打气")
    with pytest.raises(ValidationError):
        ST.add_service(db, admin, "打气")
    services = {c.name: c.id for c in ST.tally(db, dt.date(2026, 11, 30), dt.date(2026, 11, 30))}
    assert len(services) == 7
    water = services["Drinking water"]
    for _ in range(3):
        ST.record_visit(db, admin, water)
    ST.record_visit(db, clerk, extra)
    ST.record_visit(db, admin, extra)
    assert ST.undo_last(db, admin) == "打气"  # the admin's last click
    assert ST.undo_last(db, admin) == "Drinking water"
    day = {c.name: c.count for c in ST.tally(db, dt.date(2026, 11, 30), dt.date(2026, 11, 30))}
    assert day["Drinking water"] == 2 and day["打气"] == 1
    frozen(dt.datetime(2026, 12, 1, 9, 0))
    ST.record_visit(db, admin, water)
    with pytest.raises(UserError):
        ST.undo_last(db, clerk)  # nothing of the clerk's today
    month = {c.name: c.count for c in ST.tally(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))}
    assert month["Drinking water"] == 2
    assert ST.daily_tally(db, dt.date(2026, 11, 1), dt.date(2026, 12, 31)) == [
        (dt.date(2026, 11, 30), 3),
        (dt.date(2026, 12, 1), 1),
    ]
    with db.read() as s:  # nothing deleted: 7 clicks and 2 reversals
        assert s.execute(select(func.count()).select_from(StationVisit)).scalar_one() == 8
    with pytest.raises(UserError):
        ST.record_visit(db, admin, 999)
