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
