"""The holiday calendar pre-filled from China's official holidays and 调休 days (issue 14), still the center's to edit.

Before, `calendar_days` was empty until someone typed each year's holidays in: deadlines ran through 国庆 and a 调休
Saturday was not a working day.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.accounts import center_admin
from app.workdays import fill_official, load_calendar
from db.models import CalendarDay

D = dt.date


def _calendar(db):
    with db.read() as s:
        return load_calendar(s)


def test_the_2026_national_day_week_and_its_make_up_saturday_come_filled_in(db, admin):
    assert center_admin.fill_official_calendar(db, admin) > 0
    cal = _calendar(db)
    # 国务院办公厅 2026 notice: 国庆节 10月1日至7日放假调休; 9月20日（周日）、10月10日（周六）上班.
    assert all(cal.is_holiday(D(2026, 10, d)) and not cal.is_working_day(D(2026, 10, d)) for d in range(1, 8))
    assert cal.is_working_day(D(2026, 10, 8))  # Thursday: work again
    assert D(2026, 10, 10).weekday() == 5 and cal.is_working_day(D(2026, 10, 10))  # the 调休 Saturday
    assert cal.is_working_day(D(2026, 9, 20))  # the 调休 Sunday before
    # a deadline of 3 working days from Wednesday 30 September skips the week and counts the 调休 Saturday
    assert cal.add_working_days(D(2026, 9, 30), 3) == D(2026, 10, 10)
    days = {e.day: e for e in center_admin.list_calendar_days(db, 2026)}
    assert days[D(2026, 10, 1)].name == "国庆节" and days[D(2026, 10, 10)].kind == "workday"


def test_the_centers_edits_and_removals_are_kept_by_the_next_fill(db, admin):
    center_admin.fill_official_calendar(db, admin)
    # the center keeps 8 October closed too, renames 1 October, and works on 2 October (an ordinary day to it)
    center_admin.set_calendar_day(db, admin, D(2026, 10, 8), "holiday", "中心补休")
    center_admin.set_calendar_day(db, admin, D(2026, 10, 1), "holiday", "国庆节（本中心）")
    center_admin.remove_calendar_day(db, admin, D(2026, 10, 2))
    assert center_admin.fill_official_calendar(db, admin) == 0  # nothing official left to add or correct
    cal = _calendar(db)
    assert cal.is_holiday(D(2026, 10, 8)) and cal.is_working_day(D(2026, 10, 2))
    names = {e.day: e.name for e in center_admin.list_calendar_days(db, 2026)}
    assert names[D(2026, 10, 1)] == "国庆节（本中心）" and D(2026, 10, 2) not in names
    # a day the center adds back after removing it is its own again
    center_admin.set_calendar_day(db, admin, D(2026, 10, 2), "holiday", "国庆节")
    assert _calendar(db).is_holiday(D(2026, 10, 2))


def test_rows_typed_in_before_the_fill_existed_stay_the_centers(db, admin):
    center_admin.set_calendar_day(db, admin, D(2026, 10, 1), "holiday", "自定")
    with db.write() as s:  # an official row the calendar would now name differently is corrected
        s.add(CalendarDay(day=D(2026, 10, 3), kind="holiday", name="旧名", source="official"))
    with db.write() as s:
        changed = fill_official(s)
    assert (D(2026, 10, 3), "holiday", "国庆节") in changed
    assert all(day != D(2026, 10, 1) for day, _k, _n in changed)
    with db.read() as s:
        rows = {c.day: (c.kind, c.name, c.source) for c in s.execute(select(CalendarDay)).scalars()}
    assert rows[D(2026, 10, 1)] == ("holiday", "自定", "center")
    assert rows[D(2026, 10, 3)] == ("holiday", "国庆节", "official")


def test_opening_the_database_fills_the_calendar(db, db_url):
    from app.database import open_database

    assert not _calendar(db).is_working_day(D(2026, 10, 10))  # the test database starts with no calendar
    opened = open_database(db_url, official_calendar=True)
    try:
        assert _calendar(opened).is_working_day(D(2026, 10, 10))
    finally:
        opened.dispose()
