"""Which alert rules are true today, and of whom: one set-based query (or one contract call) per rule.

No per-resident queries: each rule reads its rows in one statement (a look-up of names in chunks of ids where a
rule's subjects come from another counter's query module). Dates are local calendar days (`app.clock.today()`);
working days follow the center's calendar (`app.workdays`).

The rules, as issue 19 words them (thresholds are `app.alerts.rules` settings):

- canteen_absent: at least `min_meals` meal tickets (not voided) in the `window_days` days before today, and no
  ticket on the last `absent_working_days` working days before today nor today (today's meal may still come);
  since = the first working day missed.
- alone_unvisited: aged `min_age` or more (周岁, today), living alone (app.community), last visit `days_not_visited`
  or more days ago, or never; since = the last visit + `days_not_visited` (None when never visited).
- health_overdue: a follow-up plan overdue (app.health) by `days_overdue` days or more; since = its due date.
- expiring: a pick-up authorisation (a pick-up or guardian contact's `valid_to`) or a volunteer's qualification
  (`expires_on`) ending today or within `days_ahead` days; since = the first day it was within that window.
- followup_call: a resolved request whose resident agreed to a callback, with no follow-up call yet, resolved at
  least `working_days` working days ago; since = the local day it was resolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app import clock
from app.alerts import rules as R
from app.alerts import sources
from app.requests import workflow as W
from app.workdays import WorkCalendar
from db.models import Resident
from db.models.canteen import MealTicket
from db.models.childcare import Child, ChildContact
from db.models.requests import ServiceRequest
from db.models.volunteers import Volunteer, VolunteerQualification

CHUNK = 2000  # ids per IN (…) look-up: far below SQLite's and PostgreSQL's limits on parameters


@dataclass(frozen=True)
class Hit:
    """One rule true of one subject today. `facts`: the numbers its reason shows (JSON-able)."""

    rule: str
    subject: str
    resident_id: int | None
    name: str
    address: str
    since: dt.date | None
    facts: dict = field(default_factory=dict)


def nth_working_day_back(calendar: WorkCalendar, day: dt.date, n: int) -> dt.date:
    """The n-th working day counting back from `day` (itself counted when it is one); n >= 1."""
    found = 0
    d = day
    for _ in range(4 * R.MAX_THRESHOLD + 14):
        if calendar.is_working_day(d):
            found += 1
            if found == n:
                return d
        d -= dt.timedelta(days=1)
    return d


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier (29 February → 28 February): born on or before it, aged >= years."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _address(building: str | None, unit: str | None, room: str | None) -> str:
    from app.residents.service import format_address

    return format_address(building, unit, room)


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    items = sorted(ids)
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _people(session: Session, ids: Iterable[int], born_by: dt.date | None = None) -> dict[int, tuple]:
    """id -> (name, address, birth_date) of registered (not archived) residents among `ids`."""
    out: dict[int, tuple] = {}
    for chunk in _chunks(ids):
        q = select(Resident.id, Resident.name, Resident.building, Resident.unit, Resident.room, Resident.birth_date).where(
            Resident.id.in_(chunk), Resident.archived_at.is_(None)
        )
        if born_by is not None:
            q = q.where(Resident.birth_date <= born_by)
        for r in session.execute(q):
            out[r.id] = (r.name, _address(r.building, r.unit, r.room), r.birth_date)
    return out


# --- the rules ----------------------------------------------------------------------------------------------------


def canteen_absent(session: Session, rule: R.RuleConfig, today: dt.date, calendar: WorkCalendar) -> list[Hit]:
    window_start = today - dt.timedelta(days=rule["window_days"])
    yesterday = today - dt.timedelta(days=1)
    cutoff = nth_working_day_back(calendar, yesterday, rule["absent_working_days"])  # last meal before it: absent
    t = MealTicket
    meals = func.count(case((t.day < today, 1)))
    last = func.max(t.day)
    grouped = (
        select(t.resident_id.label("rid"), meals.label("meals"), last.label("last_day"))
        .where(t.day >= window_start, t.day <= today, t.status == "sold", t.resident_id.is_not(None))
        .group_by(t.resident_id)
        .having(and_(meals >= rule["min_meals"], last < cutoff))
        .subquery()
    )
    q = select(
        grouped.c.rid, grouped.c.meals, grouped.c.last_day, Resident.name, Resident.building, Resident.unit,
        Resident.room,
    ).join(Resident, Resident.id == grouped.c.rid).where(Resident.archived_at.is_(None))  # fmt: skip
    out = []
    for r in session.execute(q):
        last_day = r.last_day if isinstance(r.last_day, dt.date) else dt.date.fromisoformat(str(r.last_day))
        absent = calendar.working_days_between(last_day, yesterday)
        out.append(
            Hit(
                R.CANTEEN_ABSENT,
                f"resident:{r.rid}",
                r.rid,
                r.name,
                _address(r.building, r.unit, r.room),
                calendar.add_working_days(last_day, 1),
                {"window": rule["window_days"], "meals": int(r.meals), "absent": absent, "last": last_day.isoformat()},
            )
        )
    return out


def alone_unvisited(session: Session, rule: R.RuleConfig, today: dt.date, calendar: WorkCalendar) -> list[Hit]:
    alone = sources.living_alone(session)
    if not alone:
        return []
    people = _people(session, alone, born_by=years_before(today, rule["min_age"]))
    if not people:
        return []
    visits = sources.last_visit_dates(session, sorted(people))
    days = rule["days_not_visited"]
    out = []
    for rid, (name, address, birth) in people.items():
        last = visits.get(rid)
        if last is not None and (today - last).days < days:
            continue
        age = _age(birth, today)
        facts = {"age": age, "days": days, "last": last.isoformat() if last else None,
                 "since_visit": (today - last).days if last else None}  # fmt: skip
        since = last + dt.timedelta(days=days) if last else None
        out.append(Hit(R.ALONE_NOT_VISITED, f"resident:{rid}", rid, name, address, since, facts))
    return out


def _age(birth: dt.date | None, today: dt.date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def health_overdue(session: Session, rule: R.RuleConfig, today: dt.date, calendar: WorkCalendar) -> list[Hit]:
    plans = [
        (rid, pid, due)
        for rid, pid, due in sources.overdue_followups(session, today)
        if (today - due).days >= rule["days_overdue"]
    ]
    people = _people(session, {rid for rid, _p, _d in plans})
    out = []
    for rid, pid, due in plans:
        if rid not in people:
            continue
        name, address, _b = people[rid]
        facts = {"due": due.isoformat(), "days": (today - due).days}
        out.append(Hit(R.HEALTH_OVERDUE, f"plan:{pid}", rid, name, address, due, facts))
    return out


def expiring(session: Session, rule: R.RuleConfig, today: dt.date, calendar: WorkCalendar) -> list[Hit]:
    ahead = rule["days_ahead"]
    last_day = today + dt.timedelta(days=ahead)
    out = []
    c = ChildContact
    q = (
        select(c.id, c.resident_id, c.valid_to, Resident.name, Resident.building, Resident.unit, Resident.room)
        .join(Child, Child.id == c.child_id)
        .join(Resident, Resident.id == c.resident_id)
        .where(
            c.role.in_(("pickup", "guardian")),
            c.archived_at.is_(None),
            Child.archived_at.is_(None),
            Resident.archived_at.is_(None),
            c.valid_to >= today,
            c.valid_to <= last_day,
        )
    )
    for r in session.execute(q):
        facts = {"kind": "pickup", "until": r.valid_to.isoformat(), "left": (r.valid_to - today).days}
        since = r.valid_to - dt.timedelta(days=ahead)
        out.append(
            Hit(R.EXPIRING, f"contact:{r.id}", r.resident_id, r.name, _address(r.building, r.unit, r.room), since, facts)
        )
    v = VolunteerQualification
    q2 = (
        select(v.id, v.name.label("what"), v.expires_on, Volunteer.resident_id, Resident.name, Resident.building,
               Resident.unit, Resident.room)  # fmt: skip
        .join(Volunteer, Volunteer.id == v.volunteer_id)
        .join(Resident, Resident.id == Volunteer.resident_id)
        .where(
            Volunteer.archived_at.is_(None),
            Resident.archived_at.is_(None),
            v.expires_on >= today,
            v.expires_on <= last_day,
        )
    )
    for r in session.execute(q2):
        facts = {"kind": "qualification", "what": r.what, "until": r.expires_on.isoformat(),
                 "left": (r.expires_on - today).days}  # fmt: skip
        since = r.expires_on - dt.timedelta(days=ahead)
        out.append(
            Hit(R.EXPIRING, f"qualification:{r.id}", r.resident_id, r.name, _address(r.building, r.unit, r.room),
                since, facts)  # fmt: skip
        )
    return out


def followup_call(session: Session, rule: R.RuleConfig, today: dt.date, calendar: WorkCalendar) -> list[Hit]:
    n = rule["working_days"]
    cutoff = today if n == 0 else nth_working_day_back(calendar, today, n) - dt.timedelta(days=1)
    _start, end = clock.local_day_bounds(cutoff)  # resolved before the end of the cutoff day
    r_ = ServiceRequest
    q = (
        select(r_.id, r_.number, r_.resident_id, r_.contact_name, r_.resolved_at, Resident.name, Resident.building,
               Resident.unit, Resident.room)  # fmt: skip
        .outerjoin(Resident, Resident.id == r_.resident_id)
        .where(r_.status == W.RESOLVED, r_.callback_ok.is_(True), r_.resolved_at < end)
    )
    tz = clock.local_tz()
    out = []
    for r in session.execute(q):
        resolved_on = r.resolved_at.astimezone(tz).date()
        facts = {"number": r.number, "resolved": resolved_on.isoformat()}
        name = r.name if r.name is not None else (r.contact_name or "")
        address = _address(r.building, r.unit, r.room) if r.name is not None else ""
        out.append(Hit(R.FOLLOW_UP_CALL, f"request:{r.id}", r.resident_id, name, address, resolved_on, facts))
    return out


COMPUTE = {
    R.CANTEEN_ABSENT: canteen_absent,
    R.ALONE_NOT_VISITED: alone_unvisited,
    R.HEALTH_OVERDUE: health_overdue,
    R.EXPIRING: expiring,
    R.FOLLOW_UP_CALL: followup_call,
}


def hits(session: Session, rules: dict[str, R.RuleConfig], today: dt.date, calendar: WorkCalendar) -> list[Hit]:
    """Every enabled rule's hits today, in the rules' order."""
    out: list[Hit] = []
    for spec in R.RULES:
        rule = rules[spec.code]
        if rule.enabled:
            out.extend(COMPUTE[spec.code](session, rule, today, calendar))
    return out
