"""Demo data of 今日关注: every rule fires at least once on the demo data, and the list is raised with one alert
turned into a visit request and one dismissed, so the page shows each state.

Runs after the other counters' demo modules. What the counters made already mostly fires by itself (regular diners
who happened to stay away, elderly people living alone, resolved requests waiting for their call); what would not
is added through the counters' own services: a pick-up authorisation and a volunteer's qualification ending within
the rule's days, a request resolved two working days ago. The health rule fires only when the health counter's
demo made follow-up plans (its module, when present, runs before this one); without the community counter nobody
is "not visited" and no household has a linked party member, and the visit request stays unassigned.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app import clock
from app.accounts.service import actor_for
from app.alerts import rules as R
from app.alerts import service as A
from app.errors import UserError
from db.engine import Database
from db.models import Resident


def populate(db: Database, ctx) -> None:
    admin_id = ctx.staff.get("admin")
    desk_id = ctx.staff.get("qiantai") or admin_id
    if admin_id is None or not ctx.resident_ids:
        return
    admin = actor_for(db, admin_id)
    desk = actor_for(db, desk_id)
    today = ctx.today
    _expiring_authorisation(db, admin, ctx, today)
    _expiring_qualification(db, admin, ctx, today)
    _waiting_for_call(db, desk, admin, ctx, today)
    alerts = A.today_alerts(db, desk)
    counts = alerts.counts()
    acted = dismissed = 0
    for row in alerts:
        if row.can_visit and not acted:
            try:
                A.to_visit_request(db, desk, row.id)
                acted += 1
            except UserError:
                pass
        elif row.rule == R.EXPIRING and not dismissed:
            A.dismiss(db, desk, row.id, "已电话提醒家长，周五来续签")
            dismissed += 1
        if acted and dismissed:
            break
    fired = ", ".join(f"{code} {counts.get(code, 0)}" for code in (r.code for r in R.RULES))
    ctx.log(f"alerts: {len(alerts)} today ({fired}); {acted} turned into a visit request, {dismissed} dismissed")


def _adult(db: Database, ctx, skip: int) -> int | None:
    with db.read() as s:
        return s.execute(
            select(Resident.id)
            .where(Resident.id.in_(ctx.resident_ids[skip : skip + 200]), Resident.archived_at.is_(None))
            .where(Resident.birth_date < today_minus_years(ctx.today, 25))
            .order_by(Resident.id)
            .limit(1)
        ).scalar_one_or_none()


def today_minus_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year - years, day=min(day.day, 28))


def _expiring_authorisation(db: Database, admin, ctx, today: dt.date) -> None:
    """A grandparent's pick-up authorisation ending in ten days (the childcare demo's first child)."""
    try:
        from app.childcare import service as CS
        from db.models.childcare import Child
    except ImportError:
        return
    with db.read() as s:
        child_id = s.execute(select(Child.id).where(Child.archived_at.is_(None)).order_by(Child.id).limit(1)).scalar()
    adult = _adult(db, ctx, 900)
    if child_id is None or adult is None:
        return
    try:
        CS.add_contact(
            db,
            admin,
            CS.ContactInput(child_id=child_id, resident_id=adult, role="pickup", relation="外祖父",
                            valid_from=today - dt.timedelta(days=80), valid_to=today + dt.timedelta(days=10)),
        )  # fmt: skip
    except UserError as exc:
        ctx.log(f"alerts: no pick-up authorisation added ({exc.message})")


def _expiring_qualification(db: Database, admin, ctx, today: dt.date) -> None:
    """A volunteer's first-aid certificate ending in a week."""
    try:
        from app.volunteers import roster
        from db.models.volunteers import Volunteer
    except ImportError:
        return
    with db.read() as s:
        vid = s.execute(
            select(Volunteer.id).where(Volunteer.archived_at.is_(None)).order_by(Volunteer.id).limit(1)
        ).scalar()
    if vid is None:
        return
    detail = roster.get_volunteer(db, admin, vid)
    inp = detail.input
    inp.qualifications = [(n, e) for n, e in inp.qualifications if n != "急救证"] + [
        ("急救证", today + dt.timedelta(days=7))
    ]
    try:
        roster.save_volunteer(db, admin, inp, vid)
    except UserError as exc:
        ctx.log(f"alerts: no qualification added ({exc.message})")


def _waiting_for_call(db: Database, desk, admin, ctx, today: dt.date) -> None:
    """A request resolved two working days ago that nobody has called back about yet."""
    from app.requests import service as RS
    from app.workdays import load_calendar

    cats = RS.categories(db)
    deps = RS.departments(db)
    who = _adult(db, ctx, 1200)
    if not cats or not deps or who is None:
        return
    with db.read() as s:
        cal = load_calendar(s)
    day = today - dt.timedelta(days=1)
    for _ in range(2):  # two working days back
        while not cal.is_working_day(day):
            day -= dt.timedelta(days=1)
        resolved_on = day
        day -= dt.timedelta(days=1)
    real_now = clock.now()
    was_frozen = clock._frozen is not None
    try:
        clock.freeze(dt.datetime.combine(resolved_on, dt.time(9, 10), clock.local_tz()))
        saved = RS.take_in(db, desk, RS.IntakeInput(channel="walk_in", category_id=cats[0].id,
                                                    description="楼道扶手松动，请求加固", resident_id=who,
                                                    received_on=resolved_on))  # fmt: skip
        RS.dispatch(db, desk, saved.id, cats[0].default_department_id or deps[0].id)
        RS.accept(db, desk, saved.id)
        RS.start(db, desk, saved.id)
        clock.freeze(dt.datetime.combine(resolved_on, dt.time(15, 30), clock.local_tz()))
        RS.resolve(db, admin, saved.id, "已联系物业加固扶手", minutes_per_claimer=0)
    except UserError as exc:
        ctx.log(f"alerts: no resolved request added ({exc.message})")
    finally:
        clock.freeze(real_now if was_frozen else None)
