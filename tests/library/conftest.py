"""The book room's test world: residents (adults, a child with a guardian as the childcare counter links them),
copies of both owners, and a stand-in district library behind `app.library.district.sip2_layer`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from app.actor import SYSTEM
from app.childcare import service as cc
from app.library import catalogue
from app.residents import service as residents

NOON = dt.datetime(2026, 11, 30, 11, 0)  # local time, a Monday


@dataclass
class Answer:
    """The shape of app.library.sip2.api.DistrictAnswer."""

    ok: bool
    offline: bool
    message: str
    due: dt.date | None
    txn_id: str


@dataclass
class FakeDistrict:
    """Plays the district library: `mode` "ok" | "refuse" | "offline"; records every call and every pending
    transaction with the session it was added in."""

    mode: str = "ok"
    due: dt.date | None = None
    calls: list[tuple[str, dict]] = field(default_factory=list)
    pending: list[dict] = field(default_factory=list)

    def _answer(self, op: str, kw: dict) -> Answer:
        self.calls.append((op, kw))
        if self.mode == "refuse":
            return Answer(False, False, "区图书馆：读者证已挂失", None, kw["txn_id"])
        if self.mode == "offline":
            return Answer(False, True, "", None, kw["txn_id"])
        return Answer(True, False, "", self.due, kw["txn_id"])

    # api
    def district_checkout(self, db, actor, **kw):
        return self._answer("checkout", kw)

    def district_checkin(self, db, actor, **kw):
        return self._answer("checkin", kw)

    def district_renew(self, db, actor, **kw):
        return self._answer("renew", kw)

    def district_patron_status(self, db, actor, **kw):
        return self._answer("status", kw)

    # outbox
    def add_pending(self, session, **kw):
        assert session.in_transaction()
        self.pending.append(kw)


@pytest.fixture
def district(monkeypatch):
    fake = FakeDistrict()
    monkeypatch.setattr("app.library.district.sip2_layer", lambda: (fake, fake))
    return fake


def adult(db, name: str, birth=dt.date(1980, 3, 1), phone: str | None = None) -> int:
    return residents.create_resident(
        db, SYSTEM, residents.ResidentInput(name=name, birth_date=birth, phone=phone or ""), confirm_duplicate=True
    )


def child_with_guardian(db, child_name: str, guardian_id: int) -> int:
    rid = residents.create_resident(
        db, SYSTEM, residents.ResidentInput(name=child_name, birth_date=dt.date(2018, 6, 1)), confirm_duplicate=True
    )
    child = cc.create_child(db, SYSTEM, cc.ChildInput(name=child_name, birth_date=dt.date(2018, 6, 1), resident_id=rid))
    cc.add_contact(
        db, SYSTEM, cc.ContactInput(child_id=child, resident_id=guardian_id, role="guardian", relation="母亲")
    )
    return rid


def copy(db, barcode: str, title: str = "平凡的世界", owner: str = "room", isbn: str = "") -> int:
    return catalogue.add_copy(db, SYSTEM, catalogue.CopyInput(barcode, title, "路遥", isbn, "I247.5/12", owner))


@pytest.fixture
def desk_day(frozen):
    frozen(NOON)
    return NOON.date()
