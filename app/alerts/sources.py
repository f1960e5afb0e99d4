"""What the alerts read from the counters built beside them (issue 19 items 1 and 2), through their query modules.

- `app.community.queries`: `last_visit_dates(session, resident_ids=None) -> dict[int, date]`,
  `caretaker_of(session, resident_id) -> int | None` (the party member linked by 三带一联), `living_alone(session) ->
  set[int]`, `aged_living_alone(session, born_by) -> list[(id, name, building, unit, room, birth_date, last_visit)]`;
- `app.health.queries`: `overdue_followups(session, today) -> list[tuple[resident_id, plan_id, due_date]]`.

A build without one of those counters simply has no alerts of the rules that need it (and no caretaker to assign a
visit to): the import is looked up when called, never at import time.
"""

from __future__ import annotations

import datetime as dt
import importlib
from types import ModuleType

from sqlalchemy.orm import Session


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is None or not name.startswith(exc.name):
            raise
        return None


def community() -> ModuleType | None:
    return _module("app.community.queries")


def health() -> ModuleType | None:
    return _module("app.health.queries")


def living_alone(session: Session) -> set[int]:
    m = community()
    return set(m.living_alone(session)) if m is not None else set()


def aged_living_alone(session: Session, born_by: dt.date) -> list[tuple]:
    m = community()
    return list(m.aged_living_alone(session, born_by)) if m is not None else []


def last_visit_dates(session: Session, resident_ids: list[int] | None) -> dict[int, dt.date]:
    m = community()
    return dict(m.last_visit_dates(session, resident_ids)) if m is not None else {}


def caretaker_of(session: Session, resident_id: int) -> int | None:
    m = community()
    return m.caretaker_of(session, resident_id) if m is not None else None


def overdue_followups(session: Session, today: dt.date) -> list[tuple[int, int, dt.date]]:
    m = health()
    return list(m.overdue_followups(session, today)) if m is not None else []
