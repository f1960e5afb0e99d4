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
  least `working_days` working days ago and within the last `window_days` days (DOMAIN.md: the call is made within
  one working day; a request left uncalled for longer is a matter for the requests' own reports, not a list of
  thousands at the desk); since = the local day it was resolved.

Speed: a rule is computed only when something it reads has changed (app.alerts.sync; the desk opening the list
again reads the `alerts` table). When it is, rows are read as plain tuples through Core on the session's
connection, and a hit keeps its raw columns (`data`); its `since` and the numbers its reason keeps (`stored`) are
worked out only for the hits that are new or changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

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
from db.models.volunteers import Volunteer, VolunteerQualification

CHUNK = 5000  # ids per IN (…) look-up: below SQLite's (32,766) and PostgreSQL's (65,535) limits on parameters


class Hit(NamedTuple):
    """One rule true of one subject today; `data`: the rule's raw columns (see `details`). `name` None: the
    resident's name and address are read when the row is shown (`people`)."""

    rule: str
    subject: str
    resident_id: int | None
    name: str
    building: str | None
    unit: str | None
    room: str | None
    data: tuple


class Context(NamedTuple):
    today: dt.date
    calendar: WorkCalendar
    rules: dict[str, R.RuleConfig]


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


def as_date(value: Any) -> dt.date:
    """SQLite hands MAX() of a date column back as text."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    items = sorted(ids)
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _in_list(n: int) -> str:
    """n placeholders (`raw` turns them into the driver's style): a long IN (…) sent as it is, not expanded by
    SQLAlchemy for each call."""
    return ",".join(["?"] * n)


def raw(conn, sql: str, params: tuple = ()) -> list[tuple]:
    """Run `sql` ("?" marks its parameters) straight on the driver: for the few statements that read thousands of
    rows each time the list is computed, where SQLAlchemy's compiling and result rows cost more than the query."""
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    cursor = conn.connection.dbapi_connection.cursor()  # this unit of work's own connection and transaction
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def _date_param(conn, day: dt.date) -> object:
    return day.isoformat() if conn.dialect.name == "sqlite" else day


def people(session: Session, ids: Iterable[int], born_by: dt.date | None = None) -> dict[int, tuple]:
    """id -> (id, name, building, unit, room, birth_date) of registered (not archived) residents among `ids`, born
    on or before `born_by` when given (birth_date as the driver gives it: text on SQLite, see `as_date`)."""
    conn = session.connection()
    out: dict[int, tuple] = {}
    for chunk in _chunks(ids):
        sql = (
            "SELECT id, name, building, unit, room, birth_date FROM residents WHERE archived_at IS NULL AND id IN ("
            + _in_list(len(chunk))
            + ")"
        )
        params: tuple = tuple(chunk)
        if born_by is not None:
            sql += " AND birth_date <= " + _in_list(1)
            params += (_date_param(conn, born_by),)
        for r in raw(conn, sql, params):
            out[r[0]] = r
    return out


def age_on(birth: dt.date | None, today: dt.date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


# --- the rules: each returns its hits (raw); `details` works out since and facts -----------------------------------


def canteen_absent(session: Session, rule: R.RuleConfig, ctx: Context) -> list[Hit]:
    today = ctx.today
    window_start = today - dt.timedelta(days=rule["window_days"])
    cutoff = nth_working_day_back(ctx.calendar, today - dt.timedelta(days=1), rule["absent_working_days"])
    t = MealTicket
    # `resident_id + 0`: group by a value, not the column, so SQLite reads the day range of the covering index
    # ix_meal_tickets_day_resident (one month of tickets) instead of skip-scanning every diner's index entries.
    rid = (t.resident_id + 0).label("rid")
    meals = func.count(case((t.day < today, 1)))
    last = func.max(t.day)
    grouped = (
        select(rid, meals.label("meals"), last.label("last_day"))
        .where(t.day >= window_start, t.day <= today, t.status == "sold", t.resident_id.is_not(None))
        .group_by(rid)
        .having(and_(meals >= rule["min_meals"], last < cutoff))
        .subquery()
    )
    q = select(
        grouped.c.rid, grouped.c.meals, grouped.c.last_day, Resident.name, Resident.building, Resident.unit,
        Resident.room,
    ).join(Resident, Resident.id == grouped.c.rid).where(Resident.archived_at.is_(None)).order_by(
        grouped.c.last_day, Resident.name, grouped.c.rid
    )  # fmt: skip
    return [
        Hit(R.CANTEEN_ABSENT, f"resident:{r[0]}", r[0], r[3], r[4], r[5], r[6], (int(r[1]), as_date(r[2])))
        for r in session.connection().execute(q).all()
    ]


def alone_unvisited(session: Session, rule: R.RuleConfig, ctx: Context) -> list[Hit]:
    # the aged living alone with their last visits, in one statement (app.community.queries.aged_living_alone)
    found = sources.aged_living_alone(session, years_before(ctx.today, rule["min_age"]))
    latest_ok = ctx.today - dt.timedelta(days=rule["days_not_visited"])  # visited after this day: not an alert
    out = [
        Hit(R.ALONE_NOT_VISITED, f"resident:{rid}", rid, name, building, unit, room, (birth, last))
        for rid, name, building, unit, room, birth, last in found
        if last is None or last <= latest_ok
    ]
    never = dt.date.min
    out.sort(key=lambda h: (h.data[1] or never, h.name, h.resident_id))  # never visited first, then the longest ago
    return out


def health_overdue(session: Session, rule: R.RuleConfig, ctx: Context) -> list[Hit]:
    latest_due = ctx.today - dt.timedelta(days=rule["days_overdue"])
    # (overdue_followups leaves out archived residents; names are read when the rows are shown)
    return [
        Hit(R.HEALTH_OVERDUE, f"plan:{pid}", rid, None, None, None, None, (due,))
        for rid, pid, due in sources.overdue_followups(session, ctx.today)
        if due <= latest_due
    ]


def expiring(session: Session, rule: R.RuleConfig, ctx: Context) -> list[Hit]:
    today = ctx.today
    last_day = today + dt.timedelta(days=rule["days_ahead"])
    conn = session.connection()
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
        .order_by(c.valid_to, c.id)
    )
    out = [
        Hit(R.EXPIRING, f"contact:{r[0]}", r[1], r[3], r[4], r[5], r[6], ("pickup", r[2], "")) for r in conn.execute(q)
    ]
    v = VolunteerQualification
    q2 = (
        select(
            v.id,
            Volunteer.resident_id,
            v.expires_on,
            Resident.name,
            Resident.building,
            Resident.unit,
            Resident.room,
            v.name,
        )  # fmt: skip
        .join(Volunteer, Volunteer.id == v.volunteer_id)
        .join(Resident, Resident.id == Volunteer.resident_id)
        .where(
            Volunteer.archived_at.is_(None),
            Resident.archived_at.is_(None),
            v.expires_on >= today,
            v.expires_on <= last_day,
        )
        .order_by(v.expires_on, v.id)
    )
    out += [
        Hit(R.EXPIRING, f"qualification:{r[0]}", r[1], r[3], r[4], r[5], r[6], ("qualification", r[2], r[7]))
        for r in conn.execute(q2)
    ]
    out.sort(key=lambda h: h.data[1])  # by the day it ends (stable: contacts before qualifications on a day)
    return out


def followup_call(session: Session, rule: R.RuleConfig, ctx: Context) -> list[Hit]:
    n = rule["working_days"]
    cutoff = ctx.today if n == 0 else nth_working_day_back(ctx.calendar, ctx.today, n) - dt.timedelta(days=1)
    _start, end = clock.local_day_bounds(cutoff)  # resolved before the end of the cutoff day
    # … and on or after the first day of the window (`window_days` days before today, today not counted)
    first, _end = clock.local_day_bounds(ctx.today - dt.timedelta(days=rule["window_days"]))
    # read from the partial index ix_requests_awaiting_callback alone (a range of resolved_at, its first column);
    # the residents' names when shown
    conn = session.connection()
    naive_end = end.astimezone(dt.UTC).replace(tzinfo=None)  # stored naive UTC (db.types.UTCDateTime)
    naive_first = first.astimezone(dt.UTC).replace(tzinfo=None)
    # the status is written into the statement, not bound: a partial index serves only a query whose WHERE
    # states its predicate literally
    sql = (
        "SELECT id, resident_id, number, contact_name, resolved_at FROM requests WHERE status = 'resolved' AND "
        "callback_ok = ? AND resolved_at >= ? AND resolved_at < ? ORDER BY resolved_at, id"
    )
    assert W.RESOLVED == "resolved"
    if conn.dialect.name == "sqlite":
        bounds: tuple = tuple(b.strftime("%Y-%m-%d %H:%M:%S.%f") for b in (naive_first, naive_end))
    else:
        bounds = (naive_first, naive_end)
    return [
        Hit(
            R.FOLLOW_UP_CALL,
            f"request:{r[0]}",
            r[1],
            None if r[1] is not None else r[3],
            None,
            None,
            None,
            (r[2], r[4]),
        )  # fmt: skip
        for r in raw(conn, sql, (True, *bounds))
    ]


COMPUTE: dict[str, Callable[[Session, R.RuleConfig, Context], list[Hit]]] = {
    R.CANTEEN_ABSENT: canteen_absent,
    R.ALONE_NOT_VISITED: alone_unvisited,
    R.HEALTH_OVERDUE: health_overdue,
    R.EXPIRING: expiring,
    R.FOLLOW_UP_CALL: followup_call,
}


def hits(session: Session, ctx: Context) -> list[Hit]:
    """Every enabled rule's hits today, in the rules' order."""
    out: list[Hit] = []
    for spec in R.RULES:
        rule = ctx.rules[spec.code]
        if rule.enabled:
            out.extend(COMPUTE[spec.code](session, rule, ctx))
    return out


def stored(hit: Hit, ctx: Context) -> tuple[dt.date | None, dict]:
    """(since, facts) of a hit as the `alerts` row keeps them: the day the alert's condition began and the numbers
    of its reason that do not move with the calendar (JSON-able). The numbers that do (days absent, age, days since
    the visit, days overdue, days left) are worked out from these on the day the row is shown (`shown`), so an
    alert's row changes only when its facts do, not every morning."""
    rule = ctx.rules[hit.rule]
    if hit.rule == R.CANTEEN_ABSENT:
        meals, last = hit.data
        facts = {"window": rule["window_days"], "meals": meals, "last": last.isoformat()}
        return ctx.calendar.add_working_days(last, 1), facts
    if hit.rule == R.ALONE_NOT_VISITED:
        _birth, last = hit.data
        days = rule["days_not_visited"]
        return (last + dt.timedelta(days=days) if last else None), {"days": days,
                                                                    "last": last.isoformat() if last else None}
    if hit.rule == R.HEALTH_OVERDUE:
        (due,) = hit.data
        return due, {"due": due.isoformat()}
    if hit.rule == R.EXPIRING:
        kind, until, what = hit.data
        facts = {"kind": kind, "until": until.isoformat()}
        if what:
            facts["what"] = what
        return until - dt.timedelta(days=rule["days_ahead"]), facts
    if hit.rule == R.FOLLOW_UP_CALL:
        number, resolved_at = hit.data  # naive UTC, as stored (SQLite: its text; read raw, thousands of rows)
        if isinstance(resolved_at, str):
            resolved_at = dt.datetime.fromisoformat(resolved_at)
        resolved_on = resolved_at.replace(tzinfo=dt.UTC).astimezone(clock.local_tz()).date()
        return resolved_on, {"number": number, "resolved": resolved_on.isoformat()}
    return None, {}


def shown(rule: str, facts: dict, ctx: Context, birth: Any = None) -> dict:
    """The facts a reason shows today: the stored ones (`stored`) with the numbers that move with the calendar
    worked out for `ctx.today` — canteen: `absent` (working days since the last meal, today not counted); alone:
    `age` (from `birth`, the resident's birth date) and `since_visit` (days); health: `days` overdue; expiring:
    `left` (days)."""
    today = ctx.today
    out = dict(facts)
    try:
        if rule == R.CANTEEN_ABSENT and facts.get("last"):
            last = as_date(facts["last"])
            out["absent"] = ctx.calendar.working_days_between(last, today - dt.timedelta(days=1))
        elif rule == R.ALONE_NOT_VISITED:
            if birth is not None:
                out["age"] = age_on(as_date(birth), today)
            last = facts.get("last")
            out["since_visit"] = (today - as_date(last)).days if last else None
        elif rule == R.HEALTH_OVERDUE and facts.get("due"):
            out["days"] = (today - as_date(facts["due"])).days
        elif rule == R.EXPIRING and facts.get("until"):
            out["left"] = (as_date(facts["until"]) - today).days
    except ValueError:  # a row written by hand: show what it holds
        pass
    return out


def details(hit: Hit, ctx: Context) -> tuple[dt.date | None, dict]:
    """(since, facts) of a hit as shown today: `stored` with `shown`'s numbers."""
    since, facts = stored(hit, ctx)
    birth = hit.data[0] if hit.rule == R.ALONE_NOT_VISITED else None
    return since, shown(hit.rule, facts, ctx, birth)
