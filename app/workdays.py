"""Working days: Monday to Friday, minus public holidays, plus weekend make-up days (调休).

The holiday calendar is a setting (table `calendar_days`), never a constant here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CalendarDay


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[dt.date] = frozenset()
    make_up_workdays: frozenset[dt.date] = frozenset()

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.holidays:
            return False
        if day in self.make_up_workdays:
            return True
        return day.weekday() < 5

    def is_holiday(self, day: dt.date) -> bool:
        return day in self.holidays

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The date `days` working days after `start` (start itself not counted)."""
        if days < 0:
            raise ValueError("days must be >= 0")
        day = start
        remaining = days
        while remaining > 0:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


def load_calendar(session: Session) -> WorkCalendar:
    rows = session.execute(select(CalendarDay.day, CalendarDay.kind)).all()
    return WorkCalendar(
        holidays=frozenset(r.day for r in rows if r.kind == "holiday"),
        make_up_workdays=frozenset(r.day for r in rows if r.kind == "workday"),
    )


def set_days(session: Session, days: Iterable[tuple[dt.date, str, str]]) -> None:
    """Insert or replace calendar exceptions: (day, "holiday" | "workday", name)."""
    for day, kind, name in days:
        if kind not in ("holiday", "workday"):
            raise ValueError(kind)
        session.merge(CalendarDay(day=day, kind=kind, name=name))


# --- the official calendar -------------------------------------------------------------------------------------------
# The State Council's yearly notice (国务院办公厅关于某年部分节假日安排的通知) fixes the public holidays and the weekend
# days worked in exchange (调休). They come from the maintained `chinesecalendar` package (PyPI, updated each
# November when the next year's notice is published), so nobody types them in each year. Names are the legal ones.
_HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}
OFFICIAL = "official"
CENTER = "center"


def official_days() -> list[tuple[dt.date, str, str]]:
    """Every (day, "holiday" | "workday", name) the official calendar knows, in date order: the holidays (weekend
    days inside a holiday period included) and the make-up working days (调休 weekend days, named e.g. "国庆节调休").
    Empty when the `chinesecalendar` package is not installed."""
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    out = [(day, "holiday", _HOLIDAY_NAMES.get(name, name)) for day, name in chinese_calendar.holidays.items()]
    out += [
        (day, "workday", _HOLIDAY_NAMES.get(name, name) + "调休")
        for day, name in chinese_calendar.workdays.items()
        if day.weekday() >= 5  # the package lists only the weekend days worked, but keep the rule explicit
    ]
    return sorted(out)


def fill_official(session: Session) -> list[tuple[dt.date, str, str]]:
    """Bring the `calendar_days` table up to the official calendar inside the caller's unit of work.

    A day the table does not have is added (`source="official"`); an official row whose kind or name the
    calendar now gives differently is corrected; a row the center entered or edited (`source="center"`, including
    "normal": an official day the center turned back into an ordinary day) is never touched. Returns the
    (day, kind, name) rows added or changed."""
    rows = {c.day: c for c in session.execute(select(CalendarDay)).scalars()}
    changed = []
    for day, kind, name in official_days():
        row = rows.get(day)
        if row is None:
            session.add(CalendarDay(day=day, kind=kind, name=name, source=OFFICIAL))
        elif row.source == OFFICIAL and (row.kind, row.name) != (kind, name):
            row.kind, row.name = kind, name
        else:
            continue
        changed.append((day, kind, name))
    return changed
