"""The hours ledger interface other counters call (record_external_hours)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import UserError
from app.residents.service import ResidentInput, create_resident
from app.volunteers import ledger
from db.models import AuditEntry
from db.models.volunteers import HoursEntry, Volunteer


@pytest.fixture
def party_member(db, admin):
    return create_resident(db, admin, ResidentInput(name="赵善庆", tags={"party_member": "第一党支部"}))


def test_request_hours_create_a_party_volunteer_and_a_pending_entry(db, admin, party_member, frozen):
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    with db.write() as s:
        entry_id = ledger.record_external_hours(
            s,
            admin,
            resident_id=party_member,
            source="request",
            source_ref="2026-000123",
            day=dt.date(2026, 11, 29),
            minutes=90,
            note="帮助独居老人",
        )
    with db.read() as s:
        entry = s.get(HoursEntry, entry_id)
        vol = s.get(Volunteer, entry.volunteer_id)
        assert (entry.source, entry.source_ref, entry.minutes, entry.status) == (
            "request",
            "2026-000123",
            90,
            "pending",
        )
        assert (vol.resident_id, vol.kind, vol.branch) == (party_member, "party", "第一党支部")
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "volunteer_hours")) == 1
    # a second claim reuses the same volunteer record
    with db.write() as s:
        second = ledger.record_external_hours(
            s,
            admin,
            resident_id=party_member,
            source="request",
            source_ref="2026-000124",
            day=dt.date(2026, 11, 30),
            minutes=30,
            note="",
        )
    with db.read() as s:
        assert s.get(HoursEntry, second).volunteer_id == entry.volunteer_id
        assert s.scalar(select(func.count()).select_from(Volunteer)) == 1


@pytest.mark.parametrize(
    ("day", "minutes"),
    [(dt.date(2026, 12, 1), 60), (dt.date(2026, 11, 29), 0), (dt.date(2026, 11, 29), 1441)],
)
def test_bad_external_hours_are_refused_and_nothing_is_written(db, admin, party_member, frozen, day, minutes):
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    with pytest.raises(UserError):
        with db.write() as s:
            ledger.record_external_hours(
                s,
                admin,
                resident_id=party_member,
                source="request",
                source_ref="2026-000001",
                day=day,
                minutes=minutes,
                note="",
            )
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(HoursEntry)) == 0
        assert s.scalar(select(func.count()).select_from(Volunteer)) == 0


def test_more_than_24_hours_in_a_day_is_refused(db, admin, party_member, frozen):
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    day = dt.date(2026, 11, 29)
    with db.write() as s:
        ledger.record_external_hours(
            s, admin, resident_id=party_member, source="request", source_ref="a", day=day, minutes=1400, note=""
        )
    with pytest.raises(UserError, match="24"):
        with db.write() as s:
            ledger.record_external_hours(
                s, admin, resident_id=party_member, source="request", source_ref="b", day=day, minutes=41, note=""
            )
