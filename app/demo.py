"""Realistic, deterministic demo data: `community-desk demo --residents N --seed S`.

The core fills the center's settings, a holiday calendar, staff accounts and residents; each counter
adds its own data through `app/<counter>/demo.py: populate(db, rng, ctx)` when that module exists.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from stdnum.cn import ric

from app import clock, settings
from app.actor import ADMIN, BOOK_ROOM, CASHIER, CHILDCARE, FRONT_DESK, HEALTH, SYSTEM, VOLUNTEER_COORDINATOR, Actor
from app.residents import tags as T
from app.residents.search_keys import name_keys, reversed_digits
from db.engine import Database
from db.models import Resident, ResidentTag, User, UserRole

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "慕容")
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华玉兰德明淑珍志强海燕文博子轩浩然梓涵欣怡雨桐"
    "思远宇轩嘉怡佳琪子墨一诺梓萱善庆凤英秀珍桂兰玉梅金凤红梅国庆卫东建军小红春生秋菊冬梅"
)
# Region codes that existed through the whole century (stdnum's table), so every demo number validates.
REGIONS = ("110105", "110108", "310104")
PARTY_BRANCHES = ("第一党支部", "第二党支部", "退休党支部", "幸福里小区党支部")
EMPLOYMENT = ("外卖骑手", "快递员", "网约车司机")
STAFF = (
    ("admin", "管理员 王静", (ADMIN,)),
    ("qiantai", "前台 李敏", (FRONT_DESK,)),
    ("shouyin", "收银 张强", (CASHIER,)),
    ("tuoguan", "托管 刘芳", (CHILDCARE,)),
    ("zhiyuan", "志愿 陈杰", (VOLUNTEER_COORDINATOR,)),
    ("shufang", "书房 周静", (BOOK_ROOM,)),
    ("yiyang", "医养 周琳", (HEALTH,)),
)

COUNTER_MODULES = (
    "app.requests.demo",
    "app.canteen.demo",
    "app.childcare.demo",
    "app.volunteers.demo",
    "app.library.demo",
    "app.activities.demo",
    "app.community.demo",
    "app.health.demo",
    "app.alerts.demo",  # after the other counters: their data is what the alerts find
)


@dataclass
class DemoContext:
    """What the core made, handed to each counter's populate()."""

    rng: random.Random
    today: dt.date
    actor: Actor
    staff: dict[str, int] = field(default_factory=dict)  # username -> user id
    passwords: dict[str, str] = field(default_factory=dict)  # user name signed in with -> password, made this run
    logins: dict[str, str] = field(default_factory=dict)  # STAFF user name -> the user name it got ("admin2")
    resident_ids: list[int] = field(default_factory=list)
    log: Callable[[str], None] = print


@dataclass(frozen=True)
class DemoAccount:
    """A demo staff account as shown once after the demo data is written: who signs in with it and for what."""

    username: str
    display_name: str
    roles: str  # the roles in the user's language, "、"-joined
    password: str


def demo_accounts(ctx: DemoContext) -> list[DemoAccount]:
    """The accounts this run created (an account already there keeps its password and is not listed), in STAFF
    order, each with its role so the person setting up knows which password opens which counter."""
    from app.accounts.service import role_label

    return [
        DemoAccount(login, display, "、".join(role_label(r) for r in roles), ctx.passwords[login])
        for username, display, roles in STAFF
        if (login := ctx.logins.get(username, username)) in ctx.passwords
    ]


def _demo_login(s, username: str, display: str) -> tuple[str, User | None]:
    """The user name of the demo's own account for `username`, and that account when an earlier run made it.

    A name already taken by a real person (the first-run wizard's administrator is often "admin") is left to them:
    the demo's account becomes "admin2" (or the next free number), so the demo's past voids, approvals and tasks are
    never signed with the real person's name."""
    for n in range(1, 100):
        login = username if n == 1 else f"{username}{n}"
        existing = s.query(User).filter_by(username=login).one_or_none()
        if existing is None or existing.display_name == display:
            return login, existing
    raise RuntimeError(f"no free demo user name for {username}")


def make_name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.02 else rng.choice(SURNAMES)
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return surname + given[:2]


def make_id_number(rng: random.Random, birth: dt.date, gender: str) -> str:
    seq = rng.randrange(0, 100) * 10 + (rng.choice((1, 3, 5, 7, 9)) if gender == "M" else rng.choice((0, 2, 4, 6, 8)))
    body = rng.choice(REGIONS) + birth.strftime("%Y%m%d") + f"{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


def make_phone(rng: random.Random) -> str:
    return rng.choice(("138", "139", "135", "186", "187", "159", "177", "151")) + f"{rng.randrange(10**8):08d}"


def _birth(rng: random.Random, today: dt.date) -> dt.date:
    # Ages from children to 100+, weighted toward the elderly who use the canteen.
    bucket = rng.random()
    if bucket < 0.12:
        age = rng.randint(3, 14)
    elif bucket < 0.45:
        age = rng.randint(18, 59)
    elif bucket < 0.97:
        age = rng.randint(60, 95)
    else:
        age = rng.randint(96, 104)
    return today - dt.timedelta(days=age * 365 + rng.randrange(365))


def resident_rows(rng: random.Random, n: int, today: dt.date, seen: set[str] | None = None) -> list[Resident]:
    """Build (not save) `n` residents whose ID numbers are not in `seen` (which grows)."""
    seen = set() if seen is None else seen
    out: list[Resident] = []
    now = clock.now()
    for _ in range(n):
        gender = rng.choice("MF")
        birth = _birth(rng, today)
        number = make_id_number(rng, birth, gender)
        while number in seen:
            number = make_id_number(rng, birth, gender)
        seen.add(number)
        name = make_name(rng)
        (full, initials), alt = name_keys(name)
        phone = make_phone(rng) if rng.random() < 0.9 else None
        building = str(rng.randint(1, 30))
        unit = str(rng.randint(1, 4))
        room = f"{rng.randint(1, 18)}{rng.randint(1, 4):02d}"
        r = Resident(
            name=name,
            gender=gender,
            birth_date=birth,
            id_number=number if rng.random() < 0.95 else None,
            phone=phone,
            building=building,
            unit=unit,
            room=room,
            household=f"{building}-{unit}-{room}",
            is_local=rng.random() < 0.93,
            name_pinyin=full,
            name_initials=initials,
            name_pinyin_alt=alt[0] if alt else None,
            name_initials_alt=alt[1] if alt else None,
            emergency_contact=make_name(rng) if rng.random() < 0.5 else None,
            emergency_phone=make_phone(rng) if rng.random() < 0.5 else None,
            created_at=now,
            updated_at=now,
        )
        r.id_reversed = reversed_digits(r.id_number)
        r.phone_reversed = reversed_digits(r.phone)
        age = (today - birth).days // 365
        tags: list[ResidentTag] = []
        if age >= 18 and rng.random() < 0.08:
            tags.append(ResidentTag(tag=T.PARTY_MEMBER, detail=rng.choice(PARTY_BRANCHES)))
        if rng.random() < 0.04:
            tags.append(ResidentTag(tag=T.DIBAO))
        elif rng.random() < 0.01:
            tags.append(ResidentTag(tag=T.TEKUN))
        if rng.random() < 0.03:
            tags.append(ResidentTag(tag=T.DISABILITY, detail=rng.choice(("一级", "二级", "三级", "四级"))))
        if age >= 70 and rng.random() < 0.15:
            tags.append(ResidentTag(tag=T.LIVING_ALONE))
        if 18 <= age < 60 and rng.random() < 0.05:
            tags.append(ResidentTag(tag=T.NEW_EMPLOYMENT, detail=rng.choice(EMPLOYMENT)))
        if 40 <= age and rng.random() < 0.02:
            tags.append(ResidentTag(tag=T.VETERAN))
        r.tags = tags
        out.append(r)
    return out


def populate(
    db: Database,
    residents: int = 2000,
    seed: int = 1,
    log: Callable[[str], None] = print,
    today: dt.date | None = None,
    counters: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
) -> DemoContext:
    """Fill `db` (already migrated). Deterministic for a given seed, except the staff passwords.

    `progress(done, total, "")`, when given, is called after each step (the staff, each batch of residents, each
    counter's records), from the thread that runs this (the first-run wizard runs it on a worker)."""
    from app.accounts.passwords import hash_password, readable_password

    batch = 5000
    total_steps = 1 + -(-residents // batch) + (len(COUNTER_MODULES) if counters else 0)
    steps_done = 0

    def step() -> None:
        nonlocal steps_done
        steps_done += 1
        if progress is not None:
            progress(steps_done, total_steps, "")

    rng = random.Random(seed)
    today = today or clock.today()
    ctx = DemoContext(rng=rng, today=today, actor=SYSTEM, log=log)
    settings.set_many(
        db,
        SYSTEM,
        {
            "center.name": "幸福里社区党群服务中心",
            "center.address": "幸福路88号",
            "center.phone": "025-84123456",
            "center.person_in_charge": "王静",
            "receipt.width_mm": 80,
            "setup.completed": True,
        },
    )
    with db.write() as s:
        from app.workdays import fill_official

        # the official holidays and 调休 days (app.workdays), as a real center's database has them: one source, not a
        # second typed copy (which had 2026-09-27, a 中秋节 holiday, as a make-up working day, and kept it for good:
        # rows typed in are the center's own, never corrected by the official fill)
        fill_official(s)
        for username, display, roles in STAFF:
            login, existing = _demo_login(s, username, display)
            ctx.logins[username] = login
            if existing is not None:
                ctx.staff[username] = existing.id
                continue
            password = readable_password()
            user = User(
                username=login, display_name=display, password_hash=hash_password(password), created_at=clock.now()
            )
            user.roles = [UserRole(role=r) for r in roles]
            s.add(user)
            s.flush()
            ctx.staff[username] = user.id
            ctx.passwords[login] = password
    step()
    made = 0
    seen: set[str] = set()
    while made < residents:
        rows = resident_rows(rng, min(batch, residents - made), today, seen)
        with db.write() as s:
            s.add_all(rows)
            s.flush()
            ctx.resident_ids.extend(r.id for r in rows)
        made += len(rows)
        step()
    log(f"residents: {made}")
    if counters:
        for name in COUNTER_MODULES:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name is None or not name.startswith(exc.name):
                    raise
                step()
                continue
            module.populate(db, ctx)
            step()
    return ctx
