"""A resident's volunteer hours at a glance (for the resident profile)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.boundary import checked
from app.database import Database
from app.volunteers import ledger
from db.models.volunteers import HoursEntry, Volunteer


@dataclass(frozen=True)
class ResidentHours:
    volunteer_id: int
    kind: str
    external_number: str
    approved_minutes: int
    pending_minutes: int
    by_source: dict[str, int]  # approved minutes by source


@checked
def resident_hours(db: Database, resident_id: int) -> ResidentHours | None:
    with db.read() as s:
        vol = s.execute(select(Volunteer).where(Volunteer.resident_id == resident_id)).scalar_one_or_none()
        if vol is None:
            return None
        rows = s.execute(
            select(HoursEntry.status, HoursEntry.source, func.sum(HoursEntry.minutes))
            .where(HoursEntry.volunteer_id == vol.id, HoursEntry.status != ledger.REJECTED)
            .group_by(HoursEntry.status, HoursEntry.source)
        ).all()
        by_source = {src: int(m) for st, src, m in rows if st == ledger.APPROVED}
        pending = sum(int(m) for st, _, m in rows if st == ledger.PENDING)
        return ResidentHours(vol.id, vol.kind, vol.external_number, sum(by_source.values()), pending, by_source)
