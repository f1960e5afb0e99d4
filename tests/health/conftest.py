from __future__ import annotations

import datetime as dt

import pytest

from app.accounts import service as accounts
from app.actor import CASHIER, FRONT_DESK, HEALTH, Actor
from app.health import service as H
from app.requests import service as RS
from app.residents.service import ResidentInput, create_resident
from db.models import User, UserRole

NOW = dt.datetime(2026, 11, 30, 10, 0)  # local time, a Monday
TODAY = NOW.date()


def make_account(db, role: str) -> Actor:
    with db.write() as s:
        u = User(username=f"u_{role}", display_name=f"职员{role}")
        u.roles = [UserRole(role=role)]
        s.add(u)
        s.flush()
        uid = u.id
    return accounts.actor_for(db, uid)


@pytest.fixture
def health(db) -> Actor:
    return make_account(db, HEALTH)


@pytest.fixture
def cashier(db) -> Actor:
    return make_account(db, CASHIER)


@pytest.fixture
def desk(db) -> Actor:
    return make_account(db, FRONT_DESK)


@pytest.fixture
def now(frozen):
    frozen(NOW)
    return NOW


@pytest.fixture
def resident(db, admin, now) -> int:
    return create_resident(
        db,
        admin,
        ResidentInput(
            name="赵善庆",
            birth_date=dt.date(1944, 5, 1),
            id_number="110105194405010014",
            phone="13812345678",
            building="6",
            unit="2",
            room="301",
        ),
    )


@pytest.fixture
def consented(db, health, resident) -> int:
    H.record_consent(db, health, resident, "赵善庆", "written", TODAY - dt.timedelta(days=30))
    return resident


@pytest.fixture
def clinic(db, admin) -> int:
    dep = RS.create_department(db, admin, "社区卫生服务中心", is_partner=True, phone="025-84123410")
    RS.create_category(db, admin, "医疗健康", deadline_days=3, default_department_id=dep)
    return dep
