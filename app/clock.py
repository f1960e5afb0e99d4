"""The one place that says what time it is, so tests can move it and every counter agrees on 'today'."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

_tz = ZoneInfo("Asia/Shanghai")
_frozen: dt.datetime | None = None
_ticks: float | None = None  # tests: the monotonic clock as driven (seconds)


def set_timezone(name: str) -> None:
    global _tz
    _tz = ZoneInfo(name)


def local_tz() -> ZoneInfo:
    return _tz


def now() -> dt.datetime:
    """Aware UTC now (or the frozen instant in tests)."""
    if _frozen is not None:
        return _frozen
    return dt.datetime.now(dt.UTC)


def local_now() -> dt.datetime:
    return now().astimezone(_tz)


def today() -> dt.date:
    return local_now().date()


def freeze(instant: dt.datetime | None) -> None:
    """Tests: pin `now()` to an aware instant (None releases it)."""
    global _frozen
    if instant is not None and instant.tzinfo is None:
        instant = instant.replace(tzinfo=_tz)
    _frozen = instant.astimezone(dt.UTC) if instant is not None else None


def monotonic() -> float:
    """Seconds on a clock that never goes back (`time.monotonic`; its zero is arbitrary), or the value tests drive
    with `drive_monotonic`. For short intervals on one workstation (a scanner's echo), never for records."""
    if _ticks is not None:
        return _ticks
    return time.monotonic()


def drive_monotonic(seconds: float | None) -> None:
    """Tests: pin `monotonic()` to `seconds` (None releases it to the real clock)."""
    global _ticks
    _ticks = seconds


def local_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a local calendar day, as aware UTC instants for queries."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=_tz)
    end = start + dt.timedelta(days=1)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def to_local(instant: dt.datetime | None) -> dt.datetime | None:
    return instant.astimezone(_tz) if instant is not None else None
