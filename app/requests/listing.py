"""The request list: filters in SQL, newest first, paged by keyset on the id (indexes in db/models/requests.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select

from app import clock
from app.boundary import checked
from app.requests import workflow as W
from app.workdays import load_calendar
from db.engine import Database
from db.models import Resident
from db.models.requests import RequestCategory, RequestDepartment, ServiceRequest

NUMBER = re.compile(r"\d{4}-\d{6}")
ON_TIME, DUE_SOON, OVERDUE, PAUSED = "on_time", "due_soon", "overdue", "paused"
# a resolved request waits for its follow-up call (回访), due within one working day of the resolution — unless the
# resident asked at intake not to be called back (NO_CALLBACK: nobody is to call; as the 今日关注 alert, app.alerts)
FOLLOW_UP_DUE, FOLLOW_UP_LATE, NO_CALLBACK = "follow_up_due", "follow_up_late", "no_callback"


@dataclass(frozen=True)
class RequestFilter:
    status: str | None = None  # a state, or "open"
    department_id: int | None = None
    category_id: int | None = None
    channel: str | None = None
    overdue_only: bool = False
    date_from: dt.date | None = None  # intake day, inclusive
    date_to: dt.date | None = None
    text: str = ""  # number, description, resident name
    mine_user_id: int | None = None  # "my queue": taken in by or assigned to this staff member, still open
    resident_id: int | None = None


@dataclass(frozen=True)
class RequestRow:
    id: int
    number: str
    status: str
    channel: str
    urgency: str
    category: str
    department: str
    resident: str
    intake_day: dt.date
    due_date: dt.date
    waiting: bool
    deadline: str  # ON_TIME / DUE_SOON / OVERDUE / PAUSED, FOLLOW_UP_DUE / FOLLOW_UP_LATE / NO_CALLBACK, or ""
    description: str = ""  # what the resident asked, whole (the list shows its start)


def deadline_state(
    status: str,
    due: dt.date,
    waiting: bool,
    today: dt.date,
    soon_limit: dt.date,
    follow_up_by: dt.date | None = None,
    callback_ok: bool = True,
) -> str:
    if status == W.RESOLVED and not callback_ok:
        return NO_CALLBACK
    if status == W.RESOLVED and follow_up_by is not None:
        return FOLLOW_UP_LATE if follow_up_by < today else FOLLOW_UP_DUE
    if status not in W.OPEN_STATES:
        return ""
    if waiting:
        return PAUSED
    if due < today:
        return OVERDUE
    if due <= soon_limit:
        return DUE_SOON
    return ON_TIME


@checked
def page_requests(db: Database, f: RequestFilter, after_id: int | None = None, limit: int = 200) -> list[RequestRow]:
    """One page, newest first, of the requests matching `f`, starting after `after_id`."""
    today = clock.today()
    R = ServiceRequest
    q = (
        select(
            R.id,
            R.number,
            R.status,
            R.channel,
            R.urgency,
            RequestCategory.name,
            RequestDepartment.name,
            Resident.name,
            R.contact_name,
            R.intake_day,
            R.due_date,
            R.waiting_since,
            R.resolved_at,
            R.callback_ok,
            R.description,
        )
        .join(RequestCategory, RequestCategory.id == R.category_id)
        .outerjoin(RequestDepartment, RequestDepartment.id == R.department_id)
        .outerjoin(Resident, Resident.id == R.resident_id)
    )
    if f.status == "open":
        q = q.where(R.status.in_(W.OPEN_STATES))
    elif f.status:
        q = q.where(R.status == f.status)
    if f.department_id is not None:
        q = q.where(R.department_id == f.department_id)
    if f.category_id is not None:
        q = q.where(R.category_id == f.category_id)
    if f.channel:
        q = q.where(R.channel == f.channel)
    if f.resident_id is not None:
        q = q.where(R.resident_id == f.resident_id)
    if f.overdue_only:
        q = q.where(R.due_date < today, R.status.in_(W.OPEN_STATES), R.waiting_since.is_(None))
    if f.date_from:
        q = q.where(R.intake_day >= f.date_from)
    if f.date_to:
        q = q.where(R.intake_day <= f.date_to)
    if f.mine_user_id is not None:
        q = q.where(
            (R.created_by_id == f.mine_user_id) | (R.assigned_to_id == f.mine_user_id),
            R.status.in_(W.OPEN_STATES + (W.RESOLVED,)),
        )
    text = f.text.strip()
    if NUMBER.fullmatch(text):  # a scanned receipt QR or a typed full number: the unique index answers
        q = q.where(R.number == text)
    elif text:
        like = f"%{text}%"
        q = q.where(
            R.number.like(like) | R.description.like(like) | Resident.name.like(like) | R.contact_name.like(like)
        )
    if after_id is not None:
        q = q.where(R.id < after_id)
    q = q.order_by(R.id.desc()).limit(limit)
    with db.read() as s:
        rows = s.execute(q).all()
        calendar = load_calendar(s)
    soon = calendar.add_working_days(today, 1)

    def follow_up_by(status: str, resolved_at: dt.datetime | None) -> dt.date | None:
        if status != W.RESOLVED or resolved_at is None:
            return None
        return calendar.add_working_days(clock.to_local(resolved_at).date(), 1)

    return [
        RequestRow(
            id=t[0],
            number=t[1],
            status=t[2],
            channel=t[3],
            urgency=t[4],
            category=t[5],
            department=t[6] or "",
            resident=t[7] or t[8] or "",
            intake_day=t[9],
            due_date=t[10],
            waiting=t[11] is not None,
            deadline=deadline_state(
                t[2], t[10], t[11] is not None, today, soon, follow_up_by(t[2], t[12]), callback_ok=bool(t[13])
            ),
            description=t[14] or "",
        )
        for t in rows
    ]
