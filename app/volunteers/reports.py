"""Printed and exported outputs: the week roster for posting, hours by volunteer and month (PDF and Excel)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import extract, func, select

from app import audit
from app.accounts.permissions import EXPORT_PERSONAL_DATA, require
from app.actor import Actor
from app.boundary import checked
from app.database import Database
from app.documents.sheet import Column, Sheet, render_sheet
from app.documents.text import keep
from app.i18n import translate
from app.settings import CenterInfo
from app.volunteers import hours, ledger
from app.volunteers.roster import WAITLIST, WeekRoster
from db.models import Resident
from db.models.volunteers import HoursEntry, Volunteer

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekday_name(i: int) -> str:
    return (
        translate("Volunteers", "Mon"),
        translate("Volunteers", "Tue"),
        translate("Volunteers", "Wed"),
        translate("Volunteers", "Thu"),
        translate("Volunteers", "Fri"),
        translate("Volunteers", "Sat"),
        translate("Volunteers", "Sun"),
    )[i]


def cell_text(cells, *, whole: Callable[[str], str] = str) -> str:
    """One roster cell: each shift's time, head-count and names (understaffed marked). `whole` marks the pieces a
    wrapped line must not split (the PDF passes app.documents.text.keep: "【缺" / "人】" on two lines was read as
    two words); the screen's delegate keeps them whole itself (ui.volunteers.models.WeekCellDelegate)."""
    parts = []
    for c in cells:
        names = "、".join(p.name for p in c.people if p.status != WAITLIST)
        mark = " " + whole(translate("Volunteers", "[short]")) if c.understaffed else ""
        line = f"{whole(c.time_text)} {whole(f'({c.booked}/{c.max_people})')}{mark}"
        if c.waiting:
            line += " " + whole(translate("Volunteers", "+{n} waiting").format(n=c.waiting))
        parts.append(line + ("\n" + names if names else ""))
    return "\n".join(parts)


def roster_pdf(week: WeekRoster, center: CenterInfo) -> bytes:
    days = week.days()
    cols = [Column(translate("Volunteers", "Post"), 31)] + [
        Column(f"{weekday_name(i)} {d.month}/{d.day}", 35) for i, d in enumerate(days)
    ]
    rows = [[p.label] + [cell_text(week.cells.get((p.id, i), []), whole=keep) for i in range(7)] for p in week.posts]
    sheet = Sheet(
        title=translate("Volunteers", "Volunteer roster"),
        subtitle=translate("Volunteers", "Week of {start} to {end}").format(
            start=days[0].isoformat(), end=days[-1].isoformat()
        ),
        columns=cols,
        rows=rows,
        landscape=True,
        font_size=8,
        footer_lines=[translate("Volunteers", "(booked/maximum); [short]: below the minimum number of people")],
    )
    return render_sheet(sheet, center)


@dataclass(frozen=True)
class MonthHours:
    volunteer_id: int
    name: str
    month: str  # YYYY-MM
    approved_minutes: int
    pending_minutes: int


@checked
def hours_by_month(db: Database, first: dt.date, last: dt.date) -> list[MonthHours]:
    # extract() is portable (SQLite: strftime, PostgreSQL: EXTRACT, which gives a numeric: hence int()).
    year, month = extract("year", HoursEntry.day), extract("month", HoursEntry.day)
    with db.read() as s:
        rows = s.execute(
            select(Volunteer.id, Resident.name, year, month, HoursEntry.status, func.sum(HoursEntry.minutes))
            .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
            .join(Resident, Resident.id == Volunteer.resident_id)
            .where(HoursEntry.day >= first, HoursEntry.day <= last, HoursEntry.status != ledger.REJECTED)
            .group_by(Volunteer.id, Resident.name, Resident.name_pinyin, year, month, HoursEntry.status)
            .order_by(Resident.name_pinyin, Volunteer.id, year, month)
        )
        acc: dict[tuple[int, str], list] = {}
        for vid, name, y, mo, status, minutes in rows:
            m = f"{int(y):04d}-{int(mo):02d}"
            rec = acc.setdefault((vid, m), [name, 0, 0])
            rec[1 if status == ledger.APPROVED else 2] += int(minutes)
    return [MonthHours(vid, n, m, a, p) for (vid, m), (n, a, p) in acc.items()]


@dataclass(frozen=True)
class PrintedHours:
    """The report's hours as printed (app.volunteers.hours): each column's lines add up to its total."""

    approved: list[str]
    pending: list[str]
    total_approved: str
    total_pending: str


def printed_hours(rows: list[MonthHours]) -> PrintedHours:
    approved, total_a = hours.apportion_text([r.approved_minutes for r in rows])
    pending, total_p = hours.apportion_text([r.pending_minutes for r in rows])
    return PrintedHours(approved, pending, total_a, total_p)


def hours_pdf(rows: list[MonthHours], first: dt.date, last: dt.date, center: CenterInfo) -> bytes:
    """Hours by volunteer and month; the figures of each column add up to the totals printed beneath."""
    shown = printed_hours(rows)
    sheet = Sheet(
        title=translate("Volunteers", "Volunteer hours by month"),
        subtitle=f"{first.isoformat()} — {last.isoformat()}",
        columns=[
            Column(translate("Volunteers", "Volunteer"), 50),
            Column(translate("Volunteers", "Month"), 30),
            Column(translate("Volunteers", "Approved hours"), 40, "RIGHT"),
            Column(translate("Volunteers", "Pending hours"), 40, "RIGHT"),
        ],
        rows=[[r.name, r.month, a, p] for r, a, p in zip(rows, shown.approved, shown.pending, strict=True)],
        footer_lines=[
            translate("Volunteers", "Total approved hours: {hours}").format(hours=shown.total_approved),
            translate("Volunteers", "Total pending hours: {hours}").format(hours=shown.total_pending),
            translate(
                "Volunteers",
                "Hours have one decimal, rounded half up from the minutes; lines are shared out so that they add up "
                "to the total.",
            ),
        ],
    )
    return render_sheet(sheet, center)


def hours_xlsx(rows: list[MonthHours], first: dt.date, last: dt.date) -> bytes:
    """The same figures as the PDF (hours as printed, adding up to the totals) with the minutes of record beside
    them; hours are numbers with one decimal, so a SUM in the sheet gives the printed total."""
    from decimal import Decimal

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = translate("Volunteers", "Hours")
    ws.append([translate("Volunteers", "Volunteer hours by month"), f"{first.isoformat()} — {last.isoformat()}"])
    ws.append(
        [
            translate("Volunteers", "Volunteer"),
            translate("Volunteers", "Month"),
            translate("Volunteers", "Approved hours"),
            translate("Volunteers", "Pending hours"),
            translate("Volunteers", "Approved minutes"),
            translate("Volunteers", "Pending minutes"),
        ]
    )
    shown = printed_hours(rows)
    for r, a, p in zip(rows, shown.approved, shown.pending, strict=True):
        ws.append([r.name, r.month, Decimal(a), Decimal(p), r.approved_minutes, r.pending_minutes])
    ws.append(
        [
            translate("Volunteers", "Total"),
            "",
            Decimal(shown.total_approved),
            Decimal(shown.total_pending),
            sum(r.approved_minutes for r in rows),
            sum(r.pending_minutes for r in rows),
        ]
    )
    for row in ws.iter_rows(min_row=3, min_col=3, max_col=4):
        for cell in row:
            cell.number_format = "0.0"
    ws.column_dimensions["A"].width = 16
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@checked
def record_export(db: Database, actor: Actor, what: str, detail: str, rows: int | None = None) -> None:
    """Every export (roster PDF, hours PDF or Excel) leaves an audit entry: who, what and which period."""
    require(actor, EXPORT_PERSONAL_DATA)
    with db.write() as s:
        audit.record(s, actor, "export", "volunteer_report", what, detail, after={"rows": rows})
