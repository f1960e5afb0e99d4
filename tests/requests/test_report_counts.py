"""The month's figures are counted in the database (a group per category, department, channel and status), no longer
record by record: the same numbers as the definitions read request by request, on a varied month — responses on
either side of the deadline's local midnight, over a weekend, a holiday and a make-up working day, cancelled
requests with follow-ups, claims by two party members of the same name, follow-ups made in a later month (counted
with their request's month), calls that reached nobody."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from app import clock
from app.i18n import translate
from app.requests import reports as R
from app.requests import workflow as W
from app.workdays import load_calendar, set_days
from db.models import Resident
from db.models.requests import RequestClaim, RequestFollowUp, ServiceRequest

STATUSES = (*W.OPEN_STATES, *W.FINISHED_STATES, W.CANCELLED)
CHANNELS = ("walk_in", "phone", "grid", "hotline_12345")
OUTCOMES = (*W.RATINGS, *W.UNANSWERED)


def _fill(db, catalogue, seed: int) -> None:
    rnd = random.Random(seed)
    with db.write() as s:
        set_days(s, [(dt.date(2026, 10, 1), "holiday", "国庆"), (dt.date(2026, 10, 10), "workday", "调休")])
        namesake = Resident(name="钱党员", name_pinyin="", name_initials="")  # the same name as a catalogue member
        s.add(namesake)
        s.flush()
        members = [*catalogue.member_ids, namesake.id]
        requests = []
        for i in range(300):
            intake = dt.date(2026, 9, 1) + dt.timedelta(days=rnd.randrange(80))
            start, end = clock.local_day_bounds(intake)
            created = start + dt.timedelta(hours=rnd.uniform(8, 17))
            status = rnd.choice(STATUSES)
            responded = None
            if rnd.random() < 0.8:  # around the deadline's local midnight, or days later
                deadline_end = clock.local_day_bounds(load_calendar(s).add_working_days(intake, 1))[1]
                responded = deadline_end + rnd.choice(
                    [dt.timedelta(seconds=-1), dt.timedelta(0), dt.timedelta(hours=-20), dt.timedelta(days=2)]
                )
                responded = max(responded, created)
            resolved = None
            if status in W.FINISHED_STATES or rnd.random() < 0.1:
                resolved = created + dt.timedelta(hours=rnd.uniform(0, 200))
            r = ServiceRequest(
                number=f"T{seed}-{i}",
                channel=rnd.choice(CHANNELS),
                category_id=rnd.choice([catalogue.category_id, catalogue.quick_category_id]),
                department_id=rnd.choice([None, catalogue.department_id, catalogue.partner_id]),
                description="x",
                status=status,
                intake_day=intake,
                due_date=intake + dt.timedelta(days=rnd.randrange(0, 8)),
                waiting_since=rnd.choice([None, None, intake]),
                reopen_count=rnd.choice([0, 0, 1]),
                created_at=created,
                responded_at=responded,
                resolved_at=resolved,
            )
            s.add(r)
            requests.append(r)
        s.flush()
        for r in requests:
            for member in rnd.sample(members, rnd.choice([0, 0, 1, 2])):
                s.add(RequestClaim(request_id=r.id, resident_id=member))
            at = clock.local_day_bounds(r.intake_day)[0]
            for _ in range(rnd.choice([0, 0, 1, 2, 3])):
                at += dt.timedelta(days=rnd.uniform(0, 20))
                outcome = rnd.choice(OUTCOMES)
                if outcome in W.UNANSWERED:
                    s.add(RequestFollowUp(request_id=r.id, at=at, outcome=outcome))
                else:  # an answer: the request's satisfaction is its latest (app.requests.service.follow_up)
                    s.add(RequestFollowUp(request_id=r.id, at=at, outcome=W.ANSWERED, rating=outcome))
                    r.satisfaction = outcome


def _as_read_one_by_one(db, year: int, month: int) -> R.MonthlyFigures:
    """The definitions applied request by request (how `monthly_figures` counted before it counted in SQL)."""
    first, last = R.month_bounds(year, month)
    today = clock.today()
    f = R.MonthlyFigures(year, month)
    NOT_DISPATCHED = translate("Requests", "(not dispatched)")  # noqa: N806
    with db.read() as s:
        cal = load_calendar(s)
        cats = {c.id: c.name for c in s.query(R.RequestCategory)}
        deps = {d.id: d.name for d in s.query(R.RequestDepartment)}
        claimers: dict[int, list[str]] = {}
        for c in s.query(RequestClaim).order_by(RequestClaim.id):
            claimers.setdefault(c.request_id, []).append(s.get(Resident, c.resident_id).name)

        def keys(r):
            out = [
                (R.CATEGORY, cats.get(r.category_id, "")),
                (R.DEPARTMENT, deps.get(r.department_id, NOT_DISPATCHED)),
                (R.CHANNEL, W.channel_label(r.channel)),
            ]
            return out + [(R.CLAIMER, n) for n in claimers.get(r.id, [])]

        for r in s.query(ServiceRequest).filter(ServiceRequest.intake_day.between(first, last)):
            f.total += 1
            if r.status == W.CANCELLED:
                f.cancelled += 1
                continue
            f.by_category[cats.get(r.category_id, "")] += 1
            f.by_department[deps.get(r.department_id, NOT_DISPATCHED)] += 1
            f.by_channel[W.channel_label(r.channel)] += 1
            groups = [f.rates.setdefault(k, R.GroupRates()) for k in keys(r)]
            for g in groups:
                g.requests += 1
            if r.responded_at is not None:
                if clock.to_local(r.responded_at).date() <= cal.add_working_days(r.intake_day, 1):
                    f.responded_in_time += 1
                    for g in groups:
                        g.responded_in_time += 1
            f.reopened += 1 if r.reopen_count else 0
            calls = s.query(RequestFollowUp).filter(RequestFollowUp.request_id == r.id).all()
            answered = [c for c in sorted(calls, key=lambda c: c.at) if c.outcome == W.ANSWERED]
            good = unreached = 0
            if answered:
                assert r.satisfaction == answered[-1].rating
                good = answered[-1].rating in (W.SATISFIED, W.BASICALLY_SATISFIED)
            else:
                unreached = any(c.outcome in W.UNANSWERED for c in calls)
            f.followups += bool(answered)
            f.satisfied += good
            f.unreached += unreached
            for g in groups:
                g.followups += bool(answered)
                g.satisfied += good
                g.unreached += unreached
            if r.status in W.FINISHED_STATES and r.resolved_at is not None:
                f.resolved += 1
                f.resolve_count += 1
                for g in groups:
                    g.resolved += 1
                f.resolve_days_total += (r.resolved_at - r.created_at).total_seconds() / 86400
                if clock.to_local(r.resolved_at).date() > r.due_date:
                    f.resolved_late += 1
            elif r.status in W.OPEN_STATES and r.waiting_since is None and r.due_date < today:
                f.overdue_open += 1
    return f


@pytest.mark.parametrize("seed", [1, 2])
def test_counted_in_the_database_as_defined_request_by_request(db, catalogue, frozen, seed):
    frozen(dt.datetime(2026, 11, 20, 10, 0))
    _fill(db, catalogue, seed)
    for month in (9, 10, 11):
        expected = _as_read_one_by_one(db, 2026, month)
        got = R.monthly_figures(db, 2026, month)
        assert got.responded_in_time > 0 and got.cancelled > 0
        assert got.resolve_days_total == pytest.approx(expected.resolve_days_total)
        got.resolve_days_total = expected.resolve_days_total
        assert got == expected
        quick = R.monthly_figures(db, 2026, month, times=False)  # the statistics page's read: the same but the times
        assert (quick.resolved_late, quick.resolve_days_total) == (0, 0)
        quick.resolved_late, quick.resolve_days_total = expected.resolved_late, expected.resolve_days_total
        assert quick == expected
