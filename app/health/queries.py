"""Set-based questions other counters ask of the health records, without any person's health details.

`overdue_followups` is what the 未诉先办 alert "a health follow-up overdue" (app/alerts) reads. It takes a session,
not an actor: the alerts service checks its own permission (SEE_ALERTS) and shows only that a follow-up is overdue,
never a condition or a reading.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, and_, bindparam, exists, select
from sqlalchemy.orm import Session

from db.models.core import Resident
from db.models.health import FollowUpPlan, HealthConsent

_CONSENT_IN_FORCE = exists().where(
    and_(HealthConsent.resident_id == FollowUpPlan.resident_id, HealthConsent.withdrawn_at.is_(None))
)

# One range scan of the (next_due, resident_id) index; each row is checked against its resident (primary key) and
# its consent (the partial unique index on resident_id): tens of milliseconds on 100,000 residents.
_OVERDUE = (
    select(FollowUpPlan.resident_id, FollowUpPlan.id, FollowUpPlan.next_due)
    .join(Resident, Resident.id == FollowUpPlan.resident_id)
    .where(
        FollowUpPlan.next_due < bindparam("today", type_=Date()),
        FollowUpPlan.ended_at.is_(None),
        Resident.archived_at.is_(None),
        _CONSENT_IN_FORCE,
    )
    .order_by(FollowUpPlan.next_due, FollowUpPlan.resident_id, FollowUpPlan.id)
)


def overdue_followups(session: Session, today: dt.date) -> list[tuple[int, int, dt.date]]:
    """Every follow-up overdue on local day `today`: (resident_id, plan_id, due date), oldest due first.

    A plan counts when it is in force (not ended), its resident is not archived and has a consent in force (not
    withdrawn), and its next follow-up was due before `today` (due on `today` itself is due, not yet overdue).
    The due date is the last follow-up's local day (or the plan's start) plus the plan's interval in months
    (`app.health.service.next_due_after`). One SQL statement, the same on SQLite and PostgreSQL; the caller
    decides who may see the result.
    """
    rows = session.execute(_OVERDUE, {"today": today}).all()
    return [(int(r[0]), int(r[1]), r[2]) for r in rows]
