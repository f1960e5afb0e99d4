"""Fixtures of the requests counter: a small catalogue, residents, a second staff member."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest


@dataclass
class Catalogue:
    department_id: int
    partner_id: int
    category_id: int  # 3 working days, default department
    quick_category_id: int  # 0 days
    resident_id: int
    member_ids: list[int]


@pytest.fixture
def catalogue(db, admin):
    from app.requests import service as S
    from app.residents import tags as T
    from db.models import Resident, ResidentTag

    dep = S.create_department(db, admin, "社会事务办")
    partner = S.create_department(db, admin, "社区医院", is_partner=True, phone="025-84123410")
    cat = S.create_category(db, admin, "社会保障", deadline_days=3, default_department_id=dep)
    quick = S.create_category(db, admin, "政策咨询", deadline_days=0, default_department_id=dep)
    with db.write() as s:
        plain = Resident(name="赵善庆", phone="13800000001", name_pinyin="zhaoshanqing", name_initials="zsq")
        members = [Resident(name=n, name_pinyin="", name_initials="") for n in ("钱党员", "孙党员")]
        s.add_all([plain, *members])
        s.flush()
        for m in members:
            s.add(ResidentTag(resident_id=m.id, tag=T.PARTY_MEMBER, detail="第一党支部"))
        ids = (plain.id, [m.id for m in members])
    return Catalogue(dep, partner, cat, quick, ids[0], ids[1])


@pytest.fixture
def clerk(db):
    """A second staff member (front desk), who may rate what the admin resolved."""
    from app.accounts.service import actor_for
    from db.models import User, UserRole

    with db.write() as s:
        u = User(username="qiantai", display_name="前台 李敏")
        u.roles = [UserRole(role="front_desk")]
        s.add(u)
        s.flush()
        uid = u.id
    return actor_for(db, uid)


@pytest.fixture
def monday(frozen):
    """Monday 2026-11-30, 10:00 local."""
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    return dt.date(2026, 11, 30)
