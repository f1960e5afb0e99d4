"""The monthly report of the requests counter (PDF): counts, the three rates, overdue, time to resolve.

Definitions, over the requests taken in during the month (cancelled ones left out):
- response rate (响应率): share that got a response — signed for by a department (签收) or handled on the spot —
  no later than one working day after the day they were taken in;
- resolution rate (办结率): share resolved or closed by the time the report is made;
- satisfaction rate (满意率): of the follow-up calls recorded in the month, the share rated satisfied or basically
  satisfied;
- overdue: still open (and not waiting on the resident) after the due date, or resolved after it;
- average time to resolve: from intake to the (last) resolution, in days.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select

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


@dataclass
class GroupRates:
    """The three rates of one category, department, channel or claimer (same definitions as the whole month)."""

    requests: int = 0
    responded_in_time: int = 0
    resolved: int = 0
    followups: int = 0
    satisfied: int = 0

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
def monthly_figures(db: Database, year: int, month: int) -> MonthlyFigures:
    today = clock.today()
    if not 1 <= month <= 12 or dt.date(year, month, 1) > today:
        raise ValidationError({"month": translate("Requests", "Choose a month that has begun.")})
    first, last = month_bounds(year, month)
    f = MonthlyFigures(year, month)
    with db.read() as s:
        cal = load_calendar(s)
        cats = dict(s.execute(select(RequestCategory.id, RequestCategory.name)).all())
        deps = dict(s.execute(select(RequestDepartment.id, RequestDepartment.name)).all())
        rows = s.execute(
            select(ServiceRequest).where(ServiceRequest.intake_day >= first, ServiceRequest.intake_day <= last)
        ).scalars()
        claimers: dict[int, list[str]] = {}
        not_dispatched = translate("Requests", "(not dispatched)")

        def groups_of(r: ServiceRequest) -> list[tuple[str, str]]:
            out = [
                (CATEGORY, cats.get(r.category_id, "")),
                (DEPARTMENT, deps.get(r.department_id, not_dispatched)),
                (CHANNEL, W.channel_label(r.channel)),
            ]
            return out + [(CLAIMER, name) for name in claimers.get(r.id, [])]

        def claimers_of(ids: list[int]) -> None:
            for chunk in range(0, len(ids), 500):
                for rid, name in s.execute(
                    select(RequestClaim.request_id, Resident.name)
                    .join(Resident, Resident.id == RequestClaim.resident_id)
                    .where(RequestClaim.request_id.in_(ids[chunk : chunk + 500]))
                    .order_by(RequestClaim.id)
                ):
                    claimers.setdefault(rid, []).append(name)

        rows = list(rows)
        claimers_of([r.id for r in rows])
        for r in rows:
            f.total += 1
            if r.status == W.CANCELLED:
                f.cancelled += 1
                continue
            f.by_category[cats.get(r.category_id, "")] += 1
            f.by_department[deps.get(r.department_id, not_dispatched)] += 1
            f.by_channel[W.channel_label(r.channel)] += 1
            groups = [f.rates.setdefault(key, GroupRates()) for key in groups_of(r)]
            for g in groups:
                g.requests += 1
            if r.responded_at is not None:
                responded = clock.to_local(r.responded_at).date()
                if responded <= cal.add_working_days(r.intake_day, 1):
                    f.responded_in_time += 1
                    for g in groups:
                        g.responded_in_time += 1
            f.reopened += 1 if r.reopen_count else 0
            if r.status in W.FINISHED_STATES and r.resolved_at is not None:
                f.resolved += 1
                for g in groups:
                    g.resolved += 1
                f.resolve_count += 1
                f.resolve_days_total += (r.resolved_at - r.created_at).total_seconds() / 86400
                if clock.to_local(r.resolved_at).date() > r.due_date:
                    f.resolved_late += 1
            elif r.status in W.OPEN_STATES and r.waiting_since is None and r.due_date < today:
                f.overdue_open += 1
        start, _ = clock.local_day_bounds(first)
        _, end = clock.local_day_bounds(last)
        followups = s.execute(
            select(RequestFollowUp.request_id, RequestFollowUp.rating).where(
                RequestFollowUp.at >= start, RequestFollowUp.at < end
            )
        ).all()
        rated_ids = sorted({rid for rid, _ in followups})
        rated: dict[int, ServiceRequest] = {}
        for chunk in range(0, len(rated_ids), 500):
            for r in s.execute(
                select(ServiceRequest).where(ServiceRequest.id.in_(rated_ids[chunk : chunk + 500]))
            ).scalars():
                rated[r.id] = r
        claimers_of([rid for rid in rated_ids if rid not in claimers])
        for rid, rating in followups:
            good = rating in (W.SATISFIED, W.BASICALLY_SATISFIED)
            f.followups += 1
            f.satisfied += 1 if good else 0
            if rid in rated:
                for key in groups_of(rated[rid]):
                    g = f.rates.setdefault(key, GroupRates())
                    g.followups += 1
                    g.satisfied += 1 if good else 0
    return f


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
        translate("Requests", "Requests taken in: {total} (cancelled {cancelled})").format(
            total=f.total, cancelled=f.cancelled
        ),
        translate("Requests", "Response rate: {rate} — signed for or handled on the spot within 1 working day").format(
            rate=_pct(f.response_rate)
        ),
        translate("Requests", "Resolution rate: {rate} — resolved or closed").format(rate=_pct(f.resolution_rate)),
        translate("Requests", "Satisfaction rate: {rate} — satisfied or basically satisfied, of {n} follow-ups").format(
            rate=_pct(f.satisfaction_rate), n=f.followups
        ),
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
            Column(translate("Requests", "Requests"), 20, "RIGHT"),
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
