"""The demo's holiday calendar is the official one (app.workdays), not a second typed copy: a tester found the demo
treating 2026-09-27, a 中秋节 holiday, as a make-up working day, and since typed rows are the center's own the
official fill never corrected it.

The 2026 days below are those of 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, as published by Xinhua)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app import demo
from app.workdays import load_calendar, official_days
from db.models import CalendarDay

D = dt.date
# 一、元旦 … 七、国庆节: the holiday periods and the make-up working days (上班) of the notice
HOLIDAYS_2026 = (
    [D(2026, 1, d) for d in (1, 2, 3)]
    + [D(2026, 2, d) for d in range(15, 24)]
    + [D(2026, 4, d) for d in (4, 5, 6)]
    + [D(2026, 5, d) for d in range(1, 6)]
    + [D(2026, 6, d) for d in (19, 20, 21)]
    + [D(2026, 9, d) for d in (25, 26, 27)]
    + [D(2026, 10, d) for d in range(1, 8)]
)
WORKDAYS_2026 = [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)]


def test_the_official_calendar_is_the_2026_notice():
    days = official_days()
    assert sorted(d for d, k, _n in days if k == "holiday" and d.year == 2026) == HOLIDAYS_2026
    assert sorted(d for d, k, _n in days if k == "workday" and d.year == 2026) == WORKDAYS_2026
    names = {d: n for d, _k, n in days}
    assert names[D(2026, 9, 27)] == "中秋节" and names[D(2026, 9, 20)] == "国庆节调休"


def test_the_demo_calendar_is_the_official_one(db):
    demo.populate(db, residents=0, log=lambda _m: None, counters=False)
    with db.read() as s:
        cal = load_calendar(s)
        rows = {c.day: (c.kind, c.name, c.source) for c in s.execute(select(CalendarDay)).scalars()}
    # the tester's day: 中秋节, not a working day; and the days the typed copy had wrong or missed
    assert cal.is_holiday(D(2026, 9, 27)) and not cal.is_working_day(D(2026, 9, 27))
    assert all(cal.is_holiday(d) and not cal.is_working_day(d) for d in HOLIDAYS_2026)
    assert all(cal.is_working_day(d) and not cal.is_holiday(d) for d in WORKDAYS_2026)
    assert cal.is_working_day(D(2026, 10, 8))  # 国庆节 is 1–7 October in 2026; Thursday the 8th is worked
    # every row is the official calendar's, so a later fill keeps it current and the center can still edit it
    assert rows == {d: (k, n, "official") for d, k, n in official_days()}
