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
from app.actor import Actor
from app.documents.sheet import Column, Sheet, render_sheet
from app.errors import ValidationError
from app.i18n import translate
from app.requests import workflow as W
from app.workdays import load_calendar
from db.engine import Database
from db.models.requests import RequestCategory, RequestDepartment, RequestFollowUp, ServiceRequest


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
        for r in rows:
            f.total += 1
            if r.status == W.CANCELLED:
                f.cancelled += 1
                continue
            f.by_category[cats.get(r.category_id, "")] += 1
            f.by_department[deps.get(r.department_id, translate("Requests", "(not dispatched)"))] += 1
            f.by_channel[W.channel_label(r.channel)] += 1
            if r.responded_at is not None:
                responded = clock.to_local(r.responded_at).date()
                if responded <= cal.add_working_days(r.intake_day, 1):
                    f.responded_in_time += 1
            f.reopened += 1 if r.reopen_count else 0
            if r.status in W.FINISHED_STATES and r.resolved_at is not None:
                f.resolved += 1
                f.resolve_count += 1
                f.resolve_days_total += (r.resolved_at - r.created_at).total_seconds() / 86400
                if clock.to_local(r.resolved_at).date() > r.due_date:
                    f.resolved_late += 1
            elif r.status in W.OPEN_STATES and r.waiting_since is None and r.due_date < today:
                f.overdue_open += 1
        start, _ = clock.local_day_bounds(first)
        _, end = clock.local_day_bounds(last)
        for (rating,) in s.execute(
            select(RequestFollowUp.rating).where(RequestFollowUp.at >= start, RequestFollowUp.at < end)
        ):
            f.followups += 1
            if rating in (W.SATISFIED, W.BASICALLY_SATISFIED):
                f.satisfied += 1
    return f


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def monthly_report_pdf(db: Database, actor: Actor, year: int, month: int) -> bytes:
    f = monthly_figures(db, year, month)
    rows: list[list[str]] = []
    for title, counter in (
        (translate("Requests", "Category"), f.by_category),
        (translate("Requests", "Department"), f.by_department),
        (translate("Requests", "Channel"), f.by_channel),
    ):
        for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            rows.append([title, name, str(n)])
    from app.requests.station import tally

    first, last = month_bounds(year, month)
    for c in tally(db, first, last):
        rows.append([translate("Requests", "Service station"), c.name, str(c.count)])
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
            Column(translate("Requests", "Grouping"), 30),
            Column(translate("Requests", "Name"), 110),
            Column(translate("Requests", "Requests"), 30, "RIGHT"),
        ],
        rows=rows,
        footer_lines=footer,
    )
    pdf = render_sheet(sheet, settings.center_info(db))
    with db.write() as s:
        audit.record(s, actor, "export", "request_report", f"{year}-{month:02d}", "monthly report")
    return pdf
