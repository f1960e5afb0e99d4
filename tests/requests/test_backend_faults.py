"""Faults PostgreSQL showed and SQLite hid (issue 13): the suite runs these on both backends."""

from __future__ import annotations

from app.requests import service as S


def test_a_very_urgent_request_is_saved(db, admin, catalogue, monday):
    # "very_urgent" is 11 characters: PostgreSQL refused it in the old varchar(10) column, so `demo` stopped.
    saved = S.take_in(
        db, admin, S.IntakeInput("walk_in", catalogue.category_id, "独居老人家中漏水", urgency="very_urgent")
    )
    with db.read() as s:
        from db.models.requests import ServiceRequest

        assert s.get(ServiceRequest, saved.id).urgency == "very_urgent"
