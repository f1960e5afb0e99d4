"""The monthly report of the requests counter (PDF): counts, the three rates, overdue, time to resolve.

One rule for every figure: a month's row describes one set of requests, those received (taken in, 受理) during the
month (local days; cancelled ones left out), as they stand when the report is made — whenever their dispatch, their
resolution or their follow-up call happened. A request received on 30 November and followed up on 2 December counts
in November's row, once, on both SQLite and PostgreSQL (`intake_day` is a local date; nothing is cut by instants).
- response rate (响应率): share that got a response — signed for by a department (签收) or handled on the spot —
  no later than one working day after the day they were taken in;
- resolution rate (办结率): share resolved or closed by the time the report is made;
- followed up (回访): requests whose follow-up call was answered (the resident gave a rating); satisfaction rate
  (满意率): of those, the share whose latest answer is satisfied or basically satisfied. A call that did not reach
  the resident (no answer, declined) is no answer and counts nowhere in the rate;
- not reached: requests with follow-up calls that did not reach the resident and no answered one (still waiting
  for the call, or closed by an administrator without it);
- overdue: still open (and not waiting on the resident) after the due date, or resolved after it;
- average time to resolve: from intake to the (last) resolution, in days.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, case, exists, func, literal, select

from app import audit, clock, settings
from app.accounts.permissions import EXPORT_PERSONAL_DATA, require
from app.actor import Actor
from app.boundary import checked
from app.documents.sheet import Column, Sheet, render_sheet
from app.errors import ValidationError
from app.i18n import translate
from app.requests import workflow as W
from app.workdays import load_calendar
from db.engine import Database
from db.models import Resident
from db.models.requests import (
    RequestCategory,
    RequestClaim,
    RequestDepartment,
    RequestFollowUp,
    ServiceRequest,
)
from db.types import UTCDateTime


@dataclass
class GroupRates:
    """The three rates of one category, department, channel or claimer (same definitions as the whole month)."""

    requests: int = 0
    responded_in_time: int = 0
    resolved: int = 0
    followups: int = 0  # of `requests`: answered follow-up calls (the resident rated)
    satisfied: int = 0
    unreached: int = 0  # of `requests`: follow-up calls that reached nobody, no answer yet

    @property
    def response_rate(self) -> float | None:
        return self.responded_in_time / self.requests if self.requests else None

    @property
    def resolution_rate(self) -> float | None:
        return self.resolved / self.requests if self.requests else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.followups if self.followups else None


CATEGORY, DEPARTMENT, CHANNEL, CLAIMER = "category", "department", "channel", "claimer"


@dataclass
class MonthlyFigures:
    year: int
    month: int
    total: int = 0
    cancelled: int = 0
    by_category: Counter = field(default_factory=Counter)
    by_department: Counter = field(default_factory=Counter)
    by_channel: Counter = field(default_factory=Counter)
    responded_in_time: int = 0
    resolved: int = 0
    followups: int = 0
    satisfied: int = 0
    unreached: int = 0
    reopened: int = 0
    overdue_open: int = 0
    resolved_late: int = 0
    resolve_days_total: float = 0.0
    resolve_count: int = 0
    # (grouping, name) -> rates; grouping is CATEGORY, DEPARTMENT, CHANNEL or CLAIMER
    rates: dict[tuple[str, str], GroupRates] = field(default_factory=dict)

    def group(self, grouping: str) -> dict[str, GroupRates]:
        return {name: g for (kind, name), g in self.rates.items() if kind == grouping}

    @property
    def counted(self) -> int:
        return self.total - self.cancelled

    @staticmethod
    def _rate(part: int, whole: int) -> float | None:
        return part / whole if whole else None

    @property
    def response_rate(self) -> float | None:
        return self._rate(self.responded_in_time, self.counted)

    @property
    def resolution_rate(self) -> float | None:
        return self._rate(self.resolved, self.counted)

    @property
    def satisfaction_rate(self) -> float | None:
        return self._rate(self.satisfied, self.followups)

    @property
    def average_days_to_resolve(self) -> float | None:
        return self.resolve_days_total / self.resolve_count if self.resolve_count else None


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, _cal.monthrange(year, month)[1])


@checked
def monthly_figures(db: Database, year: int, month: int, times: bool = True) -> MonthlyFigures:
    """The month's figures (definitions in the module docstring) over the requests taken in during the month
    (local days), follow-ups included whenever they were made. Counted in the database, a group per (category, department,
    channel, status): a month of about 5,500 requests is read in milliseconds, not as 5,500 records (that took
    1–4 s a month on the benchmark's data set, and the statistics page reads six months).

    `times=False` leaves out what needs each resolved request's own instants (`resolved_late`,
    `resolve_days_total`, left 0), which the statistics page does not show. Raises ValidationError for a month
    that has not begun."""
    today = clock.today()
    if not 1 <= month <= 12 or dt.date(year, month, 1) > today:
        raise ValidationError({"month": translate("Requests", "Choose a month that has begun.")})
    first, last = month_bounds(year, month)
    f = MonthlyFigures(year, month)
    r = ServiceRequest
    taken_in = and_(r.intake_day >= first, r.intake_day <= last)
    start, _ = clock.local_day_bounds(first)
    _, end = clock.local_day_bounds(last)
    with db.read() as s:
        cal = load_calendar(s)
        cats = dict(s.execute(select(RequestCategory.id, RequestCategory.name)).all())
        deps = dict(s.execute(select(RequestDepartment.id, RequestDepartment.name)).all())
        not_dispatched = translate("Requests", "(not dispatched)")
        channels: dict[str, str] = {}

        def names(category_id, department_id, channel) -> list[tuple[str, str]]:
            if channel not in channels:
                channels[channel] = W.channel_label(channel)
            return [
                (CATEGORY, cats.get(category_id, "")),
                (DEPARTMENT, deps.get(department_id, not_dispatched)),
                (CHANNEL, channels[channel]),
            ]

        def rates(key: tuple[str, str]) -> GroupRates:
            return f.rates.setdefault(key, GroupRates())

        # responded in time: by the end (local) of the first working day after the day it was taken in
        day, deadline = first, {}
        while day <= last:
            deadline[day] = literal(clock.local_day_bounds(cal.add_working_days(day, 1))[1], UTCDateTime())
            day += dt.timedelta(days=1)
        in_time = _one_if(and_(r.responded_at.is_not(None), r.responded_at < case(deadline, value=r.intake_day)))
        resolved = _one_if(and_(r.status.in_(W.FINISHED_STATES), r.resolved_at.is_not(None)))
        reopened = _one_if(r.reopen_count > 0)
        overdue = _one_if(and_(r.status.in_(W.OPEN_STATES), r.waiting_since.is_(None), r.due_date < today))
        # the follow-up of each request: its latest answer (`satisfaction`, written by answered calls only), or calls
        # that reached nobody and no answer
        followup = RequestFollowUp
        unanswered_call = exists().where(followup.request_id == r.id, followup.outcome != W.ANSWERED)
        answered = _one_if(r.satisfaction.is_not(None))
        good = _one_if(r.satisfaction.in_(W.GOOD_RATINGS))
        unreached = _one_if(and_(r.satisfaction.is_(None), unanswered_call))
        counts = (
            func.count(),
            func.sum(in_time),
            func.sum(resolved),
            func.sum(answered),
            func.sum(good),
            func.sum(unreached),
            func.sum(reopened),
            func.sum(overdue),
        )
        groups = (r.category_id, r.department_id, r.channel)
        for row in s.execute(select(*groups, r.status, *counts).where(taken_in).group_by(*groups, r.status)):
            *group, status, n = row[:5]
            figures, (n_reopened, n_overdue) = row[5:10], row[10:]
            f.total += n
            if status == W.CANCELLED:
                f.cancelled += n
                continue
            keys = names(*group)
            f.by_category[keys[0][1]] += n
            f.by_department[keys[1][1]] += n
            f.by_channel[keys[2][1]] += n
            for key in keys:
                _add(rates(key), n, *figures)
            _add(f, n, *figures)
            f.resolve_count += int(figures[1] or 0)
            f.reopened += int(n_reopened or 0)
            f.overdue_open += int(n_overdue or 0)
        # a party member's claims: one group per claimer's name (a request counts once per claim)
        for name, *figures in s.execute(
            select(Resident.name, *counts[:6])
            .select_from(r)
            .join(RequestClaim, RequestClaim.request_id == r.id)
            .join(Resident, Resident.id == RequestClaim.resident_id)
            .where(taken_in, r.status != W.CANCELLED)
            .group_by(Resident.name)
        ):
            _add(rates((CLAIMER, name)), *figures)
        if times:
            late_from: dict[dt.date, dt.datetime] = {}
            for due, created_at, resolved_at in s.execute(
                select(r.due_date, r.created_at, r.resolved_at).where(
                    taken_in, r.status.in_(W.FINISHED_STATES), r.resolved_at.is_not(None)
                )
            ):
                f.resolve_days_total += (resolved_at - created_at).total_seconds() / 86400
                if due not in late_from:
                    late_from[due] = clock.local_day_bounds(due)[1]
                if resolved_at >= late_from[due]:  # resolved on a local day after the due date
                    f.resolved_late += 1
    return f


def _add(g: GroupRates | MonthlyFigures, n, in_time, resolved, answered, good, unreached) -> None:
    """Add one group's counts (None from SUM over no row is 0); `requests` only to a GroupRates (the month's
    total counts every request, cancelled ones too, apart)."""
    if isinstance(g, GroupRates):
        g.requests += int(n)
    g.responded_in_time += int(in_time or 0)
    g.resolved += int(resolved or 0)
    g.followups += int(answered or 0)
    g.satisfied += int(good or 0)
    g.unreached += int(unreached or 0)


def _one_if(condition):
    return case((condition, 1), else_=0)


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


@checked
def monthly_report_pdf(db: Database, actor: Actor, year: int, month: int) -> bytes:
    require(actor, EXPORT_PERSONAL_DATA)
    f = monthly_figures(db, year, month)
    rows: list[list[str]] = []
    for title, grouping in (
        (translate("Requests", "Category"), CATEGORY),
        (translate("Requests", "Department"), DEPARTMENT),
        (translate("Requests", "Claimer"), CLAIMER),
        (translate("Requests", "Channel"), CHANNEL),
    ):
        groups = f.group(grouping)
        for name, g in sorted(groups.items(), key=lambda kv: (-kv[1].requests, -kv[1].followups, kv[0])):
            rows.append(
                [
                    title,
                    name,
                    str(g.requests),
                    _pct(g.response_rate),
                    _pct(g.resolution_rate),
                    _pct(g.satisfaction_rate),
                ]
            )
    from app.requests.station import tally

    first, last = month_bounds(year, month)
    for c in tally(db, first, last):
        rows.append([translate("Requests", "Service station"), c.name, str(c.count), "", "", ""])
    avg = f.average_days_to_resolve
    footer = [
        translate(
            "Requests", "Every figure counts the requests received in the month, as they stand on {today}."
        ).format(today=clock.today().isoformat()),
        translate("Requests", "Requests received in the month: {total} (cancelled {cancelled})").format(
            total=f.total, cancelled=f.cancelled
        ),
        translate("Requests", "Response rate: {rate} — signed for or handled on the spot within 1 working day").format(
            rate=_pct(f.response_rate)
        ),
        translate("Requests", "Resolution rate: {rate} — resolved or closed").format(rate=_pct(f.resolution_rate)),
        translate(
            "Requests",
            "Satisfaction rate: {rate} — satisfied or basically satisfied, of {n} requests whose follow-up call was "
            "answered; not reached: {unreached} (left out of the rate)",
        ).format(rate=_pct(f.satisfaction_rate), n=f.followups, unreached=f.unreached),
        translate(
            "Requests", "Overdue: {open} still open past the due date, {late} resolved late; reopened: {reopened}"
        ).format(open=f.overdue_open, late=f.resolved_late, reopened=f.reopened),
        translate("Requests", "Average time to resolve: {days} days").format(days="—" if avg is None else f"{avg:.1f}"),
    ]
    sheet = Sheet(
        title=translate("Requests", "Requests monthly report"),
        subtitle=f"{year}-{month:02d}",
        columns=[
            Column(translate("Requests", "Grouping"), 24),
            Column(translate("Requests", "Name"), 62),
            Column(translate("Requests", "Received"), 20, "RIGHT"),
            Column(translate("Requests", "Response"), 22, "RIGHT"),
            Column(translate("Requests", "Resolution"), 22, "RIGHT"),
            Column(translate("Requests", "Satisfaction"), 22, "RIGHT"),
        ],
        rows=rows,
        footer_lines=footer,
    )
    pdf = render_sheet(sheet, settings.center_info(db))
    with db.write() as s:
        audit.record(
            s, actor, "export", "request_report", f"{year}-{month:02d}", audit.message("requests.monthly_report")
        )
    return pdf
