"""Demo data of the requests counter: departments, partners, categories, requests in every state, station tallies."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from app import clock
from app.actor import Actor
from app.demo import DemoContext
from app.errors import UserError
from app.requests import service as S
from app.requests import station as ST
from app.requests import workflow as W
from app.residents import tags as T
from db.engine import Database
from db.models import ResidentTag, User
from db.models.requests import StationVisit

DEPARTMENTS = (
    ("社会事务办", False, "025-84123401"),
    ("综合治理办（网格）", False, "025-84123402"),
    ("城市管理办", False, "025-84123403"),
    ("社区卫生服务中心", True, "025-84123410"),
    ("幸福里物业公司", True, "025-84123420"),
    ("街道图书馆", True, "025-84123430"),
    ("司法所·法律援助", True, "025-84123440"),
)
CATEGORIES = (  # name, deadline (working days), default department index
    ("政策咨询", 1, 0),
    ("社会保障", 5, 0),
    ("养老服务", 5, 0),
    ("医疗健康", 3, 3),
    ("物业与房屋", 5, 4),
    ("矛盾调解", 7, 1),
    ("法律援助", 10, 6),
    ("证明开具", 2, 0),
    ("环境卫生", 3, 2),
    ("新就业群体服务", 3, 1),
    ("投诉", 5, 1),
    ("建议", 10, 0),
)
DESCRIPTIONS = (
    "咨询高龄津贴申领条件",
    "楼道灯不亮，请求维修",
    "邻居装修噪音扰民",
    "申请居家养老上门服务",
    "办理居住证明",
    "小区垃圾清运不及时",
    "咨询医保异地备案",
    "外卖骑手希望增设充电点",
    "建议增加老年人智能手机课程",
    "楼上漏水，协调物业处理",
    "劳动报酬纠纷，咨询法律援助",
    "家庭医生签约咨询",
)


def populate(db: Database, ctx: DemoContext) -> None:
    rng = ctx.rng
    desk = _actor(db, ctx, "qiantai")
    boss = _actor(db, ctx, "admin")
    deps = [S.create_department(db, boss, n, is_partner=p, phone=ph) for n, p, ph in DEPARTMENTS]
    cats = [S.create_category(db, boss, n, deadline_days=d, default_department_id=deps[i]) for n, d, i in CATEGORIES]
    with db.read() as s:
        members = list(
            s.execute(select(ResidentTag.resident_id).where(ResidentTag.tag == T.PARTY_MEMBER).limit(40)).scalars()
        )
    residents = ctx.resident_ids[:400] or [None]
    # Each plan: how far along the workflow the request goes.
    plans = [
        W.NEW, W.DISPATCHED, W.RETURNED, W.ACCEPTED, W.CLAIMED, W.IN_PROGRESS, W.RESOLVED, W.CLOSED, W.CANCELLED,
        "waiting", "reopened", "on_spot", "extension",
    ] * 3  # fmt: skip
    rng.shuffle(plans)
    made = 0
    # Each request is taken in and moved along at plausible past moments (the clock walks forward from a time on
    # its intake day, never past now), so the monthly report's response rate and time to resolve mean something.
    real_now = clock.now()
    was_frozen = clock._frozen is not None
    try:
        for i, plan in enumerate(plans):
            made += _one(db, ctx, desk, boss, deps, cats, members, residents, i, plan, real_now)
    finally:
        clock.freeze(real_now if was_frozen else None)
    ctx.log(f"requests: {made}")
    _tallies(db, ctx, desk)


def _one(db, ctx: DemoContext, desk, boss, deps, cats, members, residents, i: int, plan: str, real_now) -> int:
    rng = ctx.rng
    back = rng.randint(0, 20)
    day = ctx.today - dt.timedelta(days=back)
    inp = S.IntakeInput(
        channel=rng.choice(W.CHANNELS),
        category_id=rng.choice(cats),
        description=rng.choice(DESCRIPTIONS),
        resident_id=rng.choice(residents) if rng.random() < 0.85 else None,
        contact_name="" if rng.random() < 0.85 else "匿名来电",
        urgency=rng.choice(W.URGENCIES[:2]) if i % 5 else "very_urgent",
        callback_ok=rng.random() < 0.9,
        handled_on_spot=plan == "on_spot",
        resolution_note="当场解答" if plan == "on_spot" else "",
        received_on=day,
    )
    steps = random.Random(i)  # its own generator: the shared one's sequence (other counters' demo) is unchanged
    moment = dt.datetime.combine(day, dt.time(8, 30), clock.local_tz()) + dt.timedelta(minutes=steps.randint(0, 480))

    def tick() -> None:
        nonlocal moment
        clock.freeze(min(moment, real_now))
        moment += dt.timedelta(minutes=steps.randint(20, 1500))

    tick()
    saved = S.take_in(db, desk, inp)
    _advance(db, desk, boss, saved.id, plan, rng.choice(deps), members, rng, tick)
    return 1


def _advance(db, desk: Actor, boss: Actor, rid: int, plan: str, dep: int, members: list[int], rng, tick) -> None:
    """Move a request along its plan; `tick` moves the clock on before each step."""
    order = [W.DISPATCHED, W.ACCEPTED, W.CLAIMED, W.IN_PROGRESS, W.RESOLVED, W.CLOSED]
    if plan in (W.NEW, "on_spot"):
        return
    if plan == W.CANCELLED:
        tick()
        S.cancel(db, desk, rid, "居民已自行解决")
        return
    tick()
    S.dispatch(db, desk, rid, dep)
    if plan == W.RETURNED:
        tick()
        S.return_request(db, boss, rid, "不属于本部门职责")
        return
    target = {"waiting": W.ACCEPTED, "extension": W.IN_PROGRESS, "reopened": W.CLOSED}.get(plan, plan)
    steps = order[: order.index(target) + 1]
    for step in steps[1:]:
        if step == W.ACCEPTED:
            tick()
            S.accept(db, boss, rid)
        elif step == W.CLAIMED:
            if members:
                tick()
                S.claim(db, boss, rid, rng.sample(members, min(len(members), rng.randint(1, 2))))
        elif step == W.IN_PROGRESS:
            tick()
            S.start(db, boss, rid)
        elif step == W.RESOLVED:
            # Claimers are credited service hours (pending approval in the volunteers counter, which reuses
            # their volunteer records); a member who would pass 24 hours today is resolved without credit.
            tick()
            try:
                S.resolve(db, boss, rid, "已联系居民并办理完毕", minutes_per_claimer=60)
            except UserError:
                S.resolve(db, boss, rid, "已联系居民并办理完毕", minutes_per_claimer=0)
        elif step == W.CLOSED:
            if plan == "reopened":
                tick()
                S.follow_up(db, desk, rid, W.UNSATISFIED, "问题未彻底解决")
                tick()
                S.resolve(db, boss, rid, "重新上门处理完毕", minutes_per_claimer=0)
            tick()
            S.follow_up(db, desk, rid, rng.choice((W.SATISFIED, W.SATISFIED, W.BASICALLY_SATISFIED)))
    if plan == "waiting":
        tick()
        S.pause(db, boss, rid, "等待居民补交材料")
    elif plan == "extension":
        tick()
        S.request_extension(db, boss, rid, 3, "需协调多个部门")


def _tallies(db: Database, ctx: DemoContext, desk: Actor) -> None:
    ST.ensure_default_services(db, desk)
    services = [c.id for c in ST.tally(db, ctx.today, ctx.today)]
    now = clock.now()
    rows = []
    for back in range(0, 30):
        day = ctx.today - dt.timedelta(days=back)
        for sid in services:
            for _ in range(ctx.rng.randint(0, 8)):
                rows.append(StationVisit(service_id=sid, day=day, at=now, delta=1, user_id=desk.user_id))
    with db.write() as s:
        s.add_all(rows)
    ctx.log(f"station clicks: {len(rows)}")


def _actor(db: Database, ctx: DemoContext, username: str) -> Actor:
    from app.accounts.service import actor_for

    uid = ctx.staff.get(username)
    if uid is None:
        with db.read() as s:
            uid = s.execute(select(User.id).order_by(User.id).limit(1)).scalar_one_or_none()
    return actor_for(db, uid) if uid is not None else ctx.actor
