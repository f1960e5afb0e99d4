"""Service-station tally (新就业群体服务驿站): one click per service; undo adds a reversing record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app import audit, clock
from app.accounts.permissions import MANAGE_REQUESTS, TAKE_REQUESTS, require
from app.actor import SYSTEM, Actor
from app.boundary import checked
from app.errors import UserError, ValidationError
from app.i18n import translate
from db.engine import Database
from db.models.requests import StationService, StationVisit


def default_service_names() -> list[str]:
    return [
        translate("Requests", "Drinking water"),
        translate("Requests", "Phone charging"),
        translate("Requests", "Rest"),
        translate("Requests", "Heating a meal"),
        translate("Requests", "Toilet"),
        translate("Requests", "First-aid kit"),
    ]


@dataclass(frozen=True)
class ServiceCount:
    id: int
    name: str
    count: int


@checked
def add_service(db: Database, actor: Actor, name: str) -> int:
    require(actor, MANAGE_REQUESTS)
    name = (name or "").strip()
    if not name or len(name) > 50:
        raise ValidationError({"name": translate("Requests", "The service needs a name (50 characters at most).")})
    with db.write() as s:
        if s.execute(select(StationService.id).where(StationService.name == name)).first():
            raise ValidationError({"name": translate("Requests", "This service exists already.")})
        order = len(s.execute(select(StationService.id)).all())
        svc = StationService(name=name, sort_order=order, created_at=clock.now())
        s.add(svc)
        s.flush()
        audit.record(s, actor, "create", "station_service", svc.id, name)
        return svc.id


@checked
def ensure_default_services(db: Database, actor: Actor) -> None:
    require(actor, TAKE_REQUESTS)
    with db.read() as s:
        if s.execute(select(StationService.id).limit(1)).first():
            return
    for name in default_service_names():  # the built-in list is the system's, whoever opens the station first
        add_service(db, SYSTEM, name)


@checked
def record_visit(db: Database, actor: Actor, service_id: int) -> int:
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        svc = s.get(StationService, service_id)
        if svc is None or svc.archived_at is not None:
            raise UserError(translate("Requests", "No such station service."))
        v = StationVisit(service_id=svc.id, day=clock.today(), at=clock.now(), delta=1, user_id=actor.user_id)
        s.add(v)
        s.flush()
        audit.record(s, actor, "create", "station_visit", v.id, svc.name)
        return v.id


@checked
def undo_last(db: Database, actor: Actor) -> str:
    """Reverse this user's last click of today that is not reversed yet; returns the service's name."""
    require(actor, TAKE_REQUESTS)
    today = clock.today()
    with db.write() as s:
        reversed_ids = select(StationVisit.reverses_id).where(StationVisit.reverses_id.is_not(None))
        q = select(StationVisit).where(
            StationVisit.day == today, StationVisit.delta == 1, StationVisit.id.not_in(reversed_ids)
        )
        if actor.user_id is not None:
            q = q.where(StationVisit.user_id == actor.user_id)
        last = s.execute(q.order_by(StationVisit.id.desc()).limit(1)).scalar_one_or_none()
        if last is None:
            raise UserError(translate("Requests", "There is no click of today to undo."))
        s.add(
            StationVisit(
                service_id=last.service_id,
                day=today,
                at=clock.now(),
                delta=-1,
                reverses_id=last.id,
                user_id=actor.user_id,
            )
        )
        name = s.get(StationService, last.service_id).name
        audit.record(s, actor, "void", "station_visit", last.id, name)
        return name


@checked
def tally(db: Database, start: dt.date, end: dt.date) -> list[ServiceCount]:
    """Counts per service for days start..end inclusive (one day: start == end; a month: its first and last day)."""
    with db.read() as s:
        sums = dict(
            s.execute(
                select(StationVisit.service_id, func.sum(StationVisit.delta))
                .where(StationVisit.day >= start, StationVisit.day <= end)
                .group_by(StationVisit.service_id)
            ).all()
        )
        services = s.execute(
            select(StationService).where(StationService.archived_at.is_(None)).order_by(StationService.sort_order)
        ).scalars()
        return [ServiceCount(svc.id, svc.name, int(sums.get(svc.id) or 0)) for svc in services]


@checked
def daily_tally(db: Database, start: dt.date, end: dt.date) -> list[tuple[dt.date, int]]:
    with db.read() as s:
        return [
            (d, int(n))
            for d, n in s.execute(
                select(StationVisit.day, func.sum(StationVisit.delta))
                .where(StationVisit.day >= start, StationVisit.day <= end)
                .group_by(StationVisit.day)
                .order_by(StationVisit.day)
            )
        ]
