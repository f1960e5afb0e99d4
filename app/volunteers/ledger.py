"""The single hours ledger. Every entry carries its source (shift, manual, request) and counts only once approved.

`record_external_hours` is the interface other counters call (the requests counter, when a request is resolved,
once per claiming party member) inside their own write transaction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock
from app.actor import Actor
from app.errors import NotFound, UserError
from app.i18n import translate
from app.residents.tags import PARTY_MEMBER
from db.models import Resident, ResidentTag
from db.models.volunteers import HoursEntry, Volunteer

SOURCES = ("shift", "manual", "request", "class")  # class: a session taught (app/activities/attendance.py)
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
MAX_DAY_MINUTES = 24 * 60


def volunteer_for_resident(session: Session, actor: Actor, resident_id: int) -> Volunteer:
    """The resident's volunteer record, created (party member or resident, from the tags) when there is none."""
    vol = session.execute(select(Volunteer).where(Volunteer.resident_id == resident_id)).scalar_one_or_none()
    if vol is not None:
        return vol
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound(translate("Volunteers", "The resident was not found."))
    branch = session.execute(
        select(ResidentTag.detail).where(ResidentTag.resident_id == resident_id, ResidentTag.tag == PARTY_MEMBER)
    ).first()
    vol = Volunteer(
        resident_id=resident_id,
        kind="party" if branch is not None else "resident",
        branch=(branch[0] or "") if branch is not None else "",
        created_at=clock.now(),
    )
    session.add(vol)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "volunteer",
        vol.id,
        audit.message("volunteers.record_created"),
        after={"resident_id": resident_id, "kind": vol.kind},
    )
    return vol


def check_minutes(
    session: Session, volunteer_id: int, day: dt.date, minutes: int, exclude_id: int | None = None
) -> None:
    """Refuse minutes outside 1..1440, a future day, or a day whose counted hours would pass 24."""
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= MAX_DAY_MINUTES:
        raise UserError(translate("Volunteers", "Minutes must be between 1 and 1440 (24 hours)."), field="minutes")
    if day > clock.today():
        raise UserError(translate("Volunteers", "Hours cannot be recorded for a day in the future."), field="day")
    q = select(HoursEntry.minutes).where(
        HoursEntry.volunteer_id == volunteer_id, HoursEntry.day == day, HoursEntry.status != REJECTED
    )
    if exclude_id is not None:
        q = q.where(HoursEntry.id != exclude_id)
    already = sum(session.execute(q).scalars())
    if already + minutes > MAX_DAY_MINUTES:
        raise UserError(
            translate("Volunteers", "This would make more than 24 hours on {day} for this volunteer.").format(
                day=day.isoformat()
            ),
            field="minutes",
        )


def add_entry(
    session: Session,
    actor: Actor,
    *,
    volunteer_id: int,
    source: str,
    source_ref: str,
    day: dt.date,
    minutes: int,
    note: str = "",
    signup_id: int | None = None,
    needs_review: bool = False,
    review_reason: str = "",
) -> int:
    """Add a pending entry to the ledger in the caller's transaction; returns its id."""
    if source not in SOURCES:
        raise ValueError(f"unknown hours source {source!r}")
    check_minutes(session, volunteer_id, day, minutes)
    entry = HoursEntry(
        volunteer_id=volunteer_id,
        source=source,
        source_ref=source_ref or "",
        signup_id=signup_id,
        day=day,
        minutes=minutes,
        note=note or "",
        status=PENDING,
        needs_review=needs_review,
        review_reason=review_reason,
        created_at=clock.now(),
        created_by_id=actor.user_id,
    )
    session.add(entry)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "volunteer_hours",
        entry.id,
        audit.message("volunteers.hours", minutes=minutes, source=source, ref=source_ref or "", day=day),
        after={
            "volunteer_id": volunteer_id,
            "source": source,
            "source_ref": source_ref,
            "day": day,
            "minutes": minutes,
            "needs_review": needs_review,
        },
    )
    return entry.id


def record_external_hours(
    session: Session,
    actor: Actor,
    *,
    resident_id: int,
    source: str,
    source_ref: str,
    day: dt.date,
    minutes: int,
    note: str,
) -> int:
    """Add hours earned at another counter (e.g. source="request", source_ref="2026-000123"), pending approval.

    Runs inside the caller's write transaction and does not commit. Creates the resident's volunteer record
    (party member or resident) when there is none. Raises UserError for bad input; nothing is written then.
    """
    if source not in SOURCES:
        raise UserError(translate("Volunteers", "Unknown source of hours."), field="source")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= MAX_DAY_MINUTES:
        raise UserError(translate("Volunteers", "Minutes must be between 1 and 1440 (24 hours)."), field="minutes")
    if day > clock.today():
        raise UserError(translate("Volunteers", "Hours cannot be recorded for a day in the future."), field="day")
    vol = volunteer_for_resident(session, actor, resident_id)
    return add_entry(
        session, actor, volunteer_id=vol.id, source=source, source_ref=source_ref, day=day, minutes=minutes, note=note
    )


def decide(session: Session, actor: Actor, entry_id: int, *, approve: bool, note: str = "") -> None:
    """Approve or reject a pending entry (a rejected entry stays, with who and why)."""
    entry = session.get(HoursEntry, entry_id)
    if entry is None:
        raise NotFound(translate("Volunteers", "The hours entry was not found."))
    if entry.status != PENDING:
        raise UserError(translate("Volunteers", "These hours have already been decided."))
    if not approve and not (note or "").strip():
        raise UserError(translate("Volunteers", "Give a reason for rejecting the hours."), field="note")
    before = {"status": entry.status}
    entry.status = APPROVED if approve else REJECTED
    entry.decided_at = clock.now()
    entry.decided_by_id = actor.user_id
    entry.decision_note = (note or "").strip() or None
    audit.record(
        session,
        actor,
        "approve" if approve else "reject",
        "volunteer_hours",
        entry.id,
        audit.message("volunteers.hours_decided", status=entry.status),
        before=before,
        after={"status": entry.status, "note": entry.decision_note},
    )
