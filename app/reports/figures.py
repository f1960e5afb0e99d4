"""The month at a glance: one function per figure of the statistics page and the district report pack.

Each returns plain data (dataclasses of ints, strings and dates; no Qt, no documents) for one calendar month of
local days (Asia/Shanghai by default, `app.clock`). Units: money in fen, service time in minutes, counts in
requests, meals, child-days. Each checks `require(actor, VIEW_STATISTICS)` first: the figures are counts and sums
(no person's name, phone or ID number), so every counter role may see them; the district report pack
(`app.reports.district`) builds on the same functions. A month that has not begun is refused (ValidationError);
a month with no data gives rows of zeros, never an error.

Definitions are those of the counters themselves, not new ones:
- requests: the three rates of `app.requests.reports` over the requests received in the month (response within one
  working day, resolution, satisfaction of their answered follow-up calls, calls that reached nobody counted apart
  as not reached), computed there by `monthly_figures` and per group by its `GroupRates`;
- canteen: the tickets' stored price split and subsidy lines, sold tickets only (a voided ticket and its reversed
  subsidy lines count nowhere), as the settlement (`app.canteen.settlement`) adds them up;
- childcare: live (not voided) attendance rows; a child-day is a sign-in, an absence a recorded absence;
- volunteers: the hours ledger by the day served; approved hours count, pending ones are shown apart, rejected never.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select

from app import clock
from app.accounts.permissions import VIEW_STATISTICS, require
from app.actor import Actor
from app.boundary import checked
from app.canteen.pricing import FUNDERS, funder_label
from app.errors import ValidationError
from app.i18n import translate
from app.requests import reports as request_reports
from app.requests.reports import CATEGORY, CHANNEL, GroupRates
from app.volunteers import ledger
from app.volunteers.roster import KINDS, kind_label
from db.engine import Database
from db.models.canteen import MealTicket, TicketSubsidy
from db.models.childcare import ChildAttendance, ChildcareProgram
from db.models.volunteers import HoursEntry, Volunteer

TREND_MONTHS = 6  # the requests' rates: the chosen month and the five before it


def month_days(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last local day of the month."""
    return dt.date(year, month, 1), dt.date(year, month, _cal.monthrange(year, month)[1])


def month_label(year: int, month: int) -> str:
    return f"{year}-{month:02d}"


def _check_month(year: int, month: int) -> tuple[dt.date, dt.date]:
    first, last = month_days(year, month)
    if first > clock.today():
        raise ValidationError({"month": translate("Reports", "Choose a month that has begun.")})
    return first, last


def _previous(year: int, month: int, back: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) - back
    return n // 12, n % 12 + 1


# --- requests -------------------------------------------------------------------------------------------------------


@dataclass
class RateRow(GroupRates):
    """One category, channel or month: counts of the requests received in the month, of those answered and not
    reached at their follow-up, and the three rates (`GroupRates`' properties, fractions 0..1 or None when there is
    nothing to divide by). `unreached` None: a district pack issued before it was counted (app.reports.pack)."""

    name: str = ""


@dataclass
class RequestFigures:
    """Requests taken in during the month (cancelled ones left out), by category and by channel, largest first;
    `trend`: the month and the ones before it, oldest first (`name` "YYYY-MM"); `total`: the whole month."""

    year: int
    month: int
    by_category: list[RateRow] = field(default_factory=list)
    by_channel: list[RateRow] = field(default_factory=list)
    trend: list[RateRow] = field(default_factory=list)
    total: RateRow = field(default_factory=RateRow)
    cancelled: int = 0


def _rows(groups: dict[str, GroupRates]) -> list[RateRow]:
    out = [
        RateRow(g.requests, g.responded_in_time, g.resolved, g.followups, g.satisfied, g.unreached, name=name)
        for name, g in groups.items()
    ]
    return sorted(out, key=lambda r: (-r.requests, -r.followups, r.name))


def _month_total(f: request_reports.MonthlyFigures, name: str) -> RateRow:
    return RateRow(f.counted, f.responded_in_time, f.resolved, f.followups, f.satisfied, f.unreached, name=name)


@checked
def request_figures(db: Database, actor: Actor, year: int, month: int) -> RequestFigures:
    """Requests of the month by category and channel with the three rates, and the rates of the month and the
    five before it (`TREND_MONTHS`). Counts are requests; rates are fractions (0..1) or None."""
    require(actor, VIEW_STATISTICS)
    _check_month(year, month)
    f = request_reports.monthly_figures(db, year, month, times=False)
    out = RequestFigures(year, month, cancelled=f.cancelled)
    out.by_category = _rows(f.group(CATEGORY))
    out.by_channel = _rows(f.group(CHANNEL))
    out.total = _month_total(f, translate("Reports", "Total"))
    for back in range(TREND_MONTHS - 1, 0, -1):
        y, m = _previous(year, month, back)
        trend = request_reports.monthly_figures(db, y, m, times=False)
        out.trend.append(_month_total(trend, month_label(y, m)))
    out.trend.append(_month_total(f, month_label(year, month)))
    return out


# --- canteen --------------------------------------------------------------------------------------------------------


@dataclass
class MealsRow:
    """Sold tickets of one day or tier: `meals` = portions sold (quantity), `subsidised_meals` = meals that carried a
    subsidy (人次), money in fen, `funders` = {funder code: fen} for every code of `FUNDERS`."""

    name: str  # the day ("2026-11-03") or the tier as printed on the tickets
    tickets: int = 0
    meals: int = 0
    subsidised_meals: int = 0
    diners: int = 0  # distinct diners with a resident record (guests not counted)
    total_fen: int = 0
    subsidy_fen: int = 0
    self_paid_fen: int = 0
    funders: dict[str, int] = field(default_factory=dict)


@dataclass
class CanteenFigures:
    """Meals and subsidy of the month per day (every day of the month, zeros included, in order) and per tier
    (largest first); `total` the month; `funders` the funder codes in order with `funder_names` as printed."""

    year: int
    month: int
    days: list[MealsRow] = field(default_factory=list)
    tiers: list[MealsRow] = field(default_factory=list)
    total: MealsRow = field(default_factory=lambda: MealsRow(""))
    funders: tuple[str, ...] = FUNDERS
    funder_names: dict[str, str] = field(default_factory=dict)


def _empty_funders() -> dict[str, int]:
    return {f: 0 for f in FUNDERS}


@checked
def canteen_figures(db: Database, actor: Actor, year: int, month: int) -> CanteenFigures:
    """Meals sold and subsidy by funder per day and per tier for the month (fen; meals; tickets)."""
    require(actor, VIEW_STATISTICS)
    first, last = _check_month(year, month)
    out = CanteenFigures(year, month, funder_names={f: funder_label(f) for f in FUNDERS})
    sold = and_(MealTicket.day >= first, MealTicket.day <= last, MealTicket.status == "sold")
    sums = (
        func.count(),
        func.coalesce(func.sum(MealTicket.quantity), 0),
        func.coalesce(func.sum(MealTicket.subsidised_meals), 0),
        func.count(func.distinct(MealTicket.resident_id)),
        func.coalesce(func.sum(MealTicket.total_fen), 0),
        func.coalesce(func.sum(MealTicket.subsidy_fen), 0),
        func.coalesce(func.sum(MealTicket.self_paid_fen), 0),
    )
    no_tier = translate("Reports", "No subsidy")
    with db.read() as s:
        per_day = {r[0]: r[1:] for r in s.execute(select(MealTicket.day, *sums).where(sold).group_by(MealTicket.day))}
        day_funders: dict[dt.date, dict[str, int]] = {}
        for day, funder, amount in s.execute(
            select(MealTicket.day, TicketSubsidy.funder, func.sum(TicketSubsidy.amount_fen))
            .join(TicketSubsidy, TicketSubsidy.ticket_id == MealTicket.id)
            .where(sold)
            .group_by(MealTicket.day, TicketSubsidy.funder)
        ):
            day_funders.setdefault(day, _empty_funders())[funder] = int(amount or 0)
        per_tier = list(s.execute(select(MealTicket.tier, *sums).where(sold).group_by(MealTicket.tier)))
        tier_funders: dict[str, dict[str, int]] = {}
        for tier, funder, amount in s.execute(
            select(MealTicket.tier, TicketSubsidy.funder, func.sum(TicketSubsidy.amount_fen))
            .join(TicketSubsidy, TicketSubsidy.ticket_id == MealTicket.id)
            .where(sold)
            .group_by(MealTicket.tier, TicketSubsidy.funder)
        ):
            tier_funders.setdefault(tier or "", _empty_funders())[funder] = int(amount or 0)
        total = s.execute(select(*sums).where(sold)).one()
    day = first
    while day <= last:
        figures = per_day.get(day)
        row = MealsRow(day.isoformat(), funders=day_funders.get(day, _empty_funders()))
        if figures is not None:
            _fill(row, figures)
        out.days.append(row)
        day += dt.timedelta(days=1)
    for tier, *figures in per_tier:
        row = MealsRow(tier or no_tier, funders=tier_funders.get(tier or "", _empty_funders()))
        _fill(row, figures)
        out.tiers.append(row)
    out.tiers.sort(key=lambda r: (-r.meals, r.name))
    out.total = MealsRow(translate("Reports", "Total"), funders=_empty_funders())
    _fill(out.total, total)
    for row in out.days:
        for f, amount in row.funders.items():
            out.total.funders[f] = out.total.funders.get(f, 0) + amount
    return out


def _fill(row: MealsRow, figures) -> None:
    n, meals, subsidised, diners, total, subsidy, self_paid = (int(v or 0) for v in figures)
    row.tickets, row.meals, row.subsidised_meals, row.diners = n, meals, subsidised, diners
    row.total_fen, row.subsidy_fen, row.self_paid_fen = total, subsidy, self_paid


# --- childcare ------------------------------------------------------------------------------------------------------


@dataclass
class ProgramRow:
    """One program's month: `child_days` live sign-ins (one per child and day), `children` distinct children signed
    in, `open_days` days with at least one sign-in, `absences` recorded absences, `capacity` places;
    `average` child-days per open day (None when it never opened)."""

    name: str
    capacity: int = 0
    open_days: int = 0
    child_days: int = 0
    children: int = 0
    absences: int = 0

    @property
    def average(self) -> float | None:
        return self.child_days / self.open_days if self.open_days else None


@dataclass
class ChildcareFigures:
    """Attendance per program (programs running in the month or with attendance in it, by name) and per day:
    `daily[i]` = (the day, child-days per program in `programs` order); `total` the month (children = distinct
    children over all programs)."""

    year: int
    month: int
    programs: list[ProgramRow] = field(default_factory=list)
    daily: list[tuple[dt.date, list[int]]] = field(default_factory=list)
    total: ProgramRow = field(default_factory=lambda: ProgramRow(""))


@checked
def childcare_figures(db: Database, actor: Actor, year: int, month: int) -> ChildcareFigures:
    """Childcare attendance per program and day for the month (child-days, children, absences)."""
    require(actor, VIEW_STATISTICS)
    first, last = _check_month(year, month)
    out = ChildcareFigures(year, month)
    live = and_(ChildAttendance.day >= first, ChildAttendance.day <= last, ChildAttendance.voided_at.is_(None))
    start, _ = clock.local_day_bounds(first)
    with db.read() as s:
        per_day = list(
            s.execute(
                select(ChildAttendance.program_id, ChildAttendance.day, func.count())
                .where(live, ChildAttendance.kind == "in")
                .group_by(ChildAttendance.program_id, ChildAttendance.day)
            )
        )
        children = dict(
            s.execute(
                select(ChildAttendance.program_id, func.count(func.distinct(ChildAttendance.child_id)))
                .where(live, ChildAttendance.kind == "in")
                .group_by(ChildAttendance.program_id)
            ).all()
        )
        absences = dict(
            s.execute(
                select(ChildAttendance.program_id, func.count())
                .where(live, ChildAttendance.kind == "absent")
                .group_by(ChildAttendance.program_id)
            ).all()
        )
        all_children = s.execute(
            select(func.count(func.distinct(ChildAttendance.child_id))).where(live, ChildAttendance.kind == "in")
        ).scalar_one()
        seen = {pid for pid, _, _ in per_day} | set(absences)
        running = and_(
            ChildcareProgram.starts_on <= last,
            ChildcareProgram.ends_on >= first,
            (ChildcareProgram.archived_at.is_(None)) | (ChildcareProgram.archived_at >= start),
        )
        programs = s.execute(
            select(ChildcareProgram.id, ChildcareProgram.name, ChildcareProgram.capacity)
            .where(running | ChildcareProgram.id.in_(sorted(seen) or [0]))
            .order_by(ChildcareProgram.name, ChildcareProgram.id)
        ).all()
    index = {pid: i for i, (pid, _, _) in enumerate(programs)}
    out.programs = [
        ProgramRow(name, capacity, children=int(children.get(pid, 0)), absences=int(absences.get(pid, 0)))
        for pid, name, capacity in programs
    ]
    counts: dict[dt.date, list[int]] = {}
    for pid, day, n in per_day:
        row = out.programs[index[pid]]
        row.open_days += 1
        row.child_days += int(n)
        counts.setdefault(day, [0] * len(programs))[index[pid]] = int(n)
    day = first
    while day <= last:
        out.daily.append((day, counts.get(day, [0] * len(programs))))
        day += dt.timedelta(days=1)
    out.total = ProgramRow(
        translate("Reports", "Total"),
        capacity=sum(p.capacity for p in out.programs),
        open_days=len(counts),
        child_days=sum(p.child_days for p in out.programs),
        children=int(all_children),
        absences=sum(p.absences for p in out.programs),
    )
    return out


# --- volunteers -----------------------------------------------------------------------------------------------------


@dataclass
class HoursRow:
    """Hours of one kind of volunteer (student, party member, resident) in minutes: approved ones (`by_source`:
    {shift | manual | request: minutes}), pending ones apart; `volunteers` = distinct volunteers with approved time."""

    kind: str
    name: str
    volunteers: int = 0
    approved_minutes: int = 0
    pending_minutes: int = 0
    by_source: dict[str, int] = field(default_factory=dict)


@dataclass
class VolunteerFigures:
    """Hours of the month by kind of volunteer (every kind, in `KINDS` order), `source_names` as printed."""

    year: int
    month: int
    kinds: list[HoursRow] = field(default_factory=list)
    total: HoursRow = field(default_factory=lambda: HoursRow("", ""))
    source_names: dict[str, str] = field(default_factory=dict)


def source_label(source: str) -> str:
    return {
        "shift": translate("Reports", "Shifts"),
        "manual": translate("Reports", "Entered by hand"),
        "request": translate("Reports", "Request claims"),
        "class": translate("Reports", "Classes taught"),
    }.get(source, source)


@checked
def volunteer_figures(db: Database, actor: Actor, year: int, month: int) -> VolunteerFigures:
    """Volunteer hours of the month (minutes, by the day served) by kind of volunteer and source."""
    require(actor, VIEW_STATISTICS)
    first, last = _check_month(year, month)
    out = VolunteerFigures(year, month, source_names={src: source_label(src) for src in ledger.SOURCES})
    in_month = and_(HoursEntry.day >= first, HoursEntry.day <= last)
    with db.read() as s:
        rows = s.execute(
            select(Volunteer.kind, HoursEntry.status, HoursEntry.source, func.sum(HoursEntry.minutes))
            .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
            .where(in_month, HoursEntry.status != ledger.REJECTED)
            .group_by(Volunteer.kind, HoursEntry.status, HoursEntry.source)
        ).all()
        people = dict(
            s.execute(
                select(Volunteer.kind, func.count(func.distinct(HoursEntry.volunteer_id)))
                .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
                .where(in_month, HoursEntry.status == ledger.APPROVED)
                .group_by(Volunteer.kind)
            ).all()
        )
        everyone = s.execute(
            select(func.count(func.distinct(HoursEntry.volunteer_id))).where(
                in_month, HoursEntry.status == ledger.APPROVED
            )
        ).scalar_one()
    kinds = {k: HoursRow(k, kind_label(k), by_source={src: 0 for src in ledger.SOURCES}) for k in KINDS}
    for kind, status, source, minutes in rows:
        row = kinds.setdefault(kind, HoursRow(kind, kind_label(kind), by_source={src: 0 for src in ledger.SOURCES}))
        if status == ledger.APPROVED:
            row.approved_minutes += int(minutes)
            row.by_source[source] = row.by_source.get(source, 0) + int(minutes)
        else:
            row.pending_minutes += int(minutes)
    for kind, n in people.items():
        kinds[kind].volunteers = int(n)
    out.kinds = list(kinds.values())
    out.total = HoursRow("", translate("Reports", "Total"), volunteers=int(everyone))
    out.total.by_source = {src: sum(k.by_source.get(src, 0) for k in out.kinds) for src in ledger.SOURCES}
    out.total.approved_minutes = sum(k.approved_minutes for k in out.kinds)
    out.total.pending_minutes = sum(k.pending_minutes for k in out.kinds)
    return out
